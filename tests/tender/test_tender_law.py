"""The tender drafts are right in law: each rule of issue 11 fails before its fix, passes after.

Rules are checked on the examples' data with one value changed (as in test_rules.py);
what the drafts print is checked on the rendered text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pydantic
import pytest
import yaml

from leadocs.tender.draft import tender_document
from leadocs.tender.input import load_procurement
from leadocs.tender.model import Procurement
from leadocs.tender.rules.tables import ART14_RD_CPV, Standstill, art14_rd_code
from tests.helpers.docx_text import docx_to_text
from tests.tender.test_procurement_model import PROCUREMENTS, ROOT
from tests.tender.test_rules import check, data, found

D = dt.date
DAY = D(2026, 9, 1)
FILES = {
    "pcp": "pcp-personalised-stem.yaml",
    "ppi": "ppi-learning-platform.yaml",
    "ip": "innovation-partnership-reading-assistant.yaml",
}


def write(tmp_path: Path, values: dict[str, Any]) -> Path:
    """A procurement file of ``values`` whose organisation paths still resolve."""
    text = yaml.safe_dump({"procurement": values}, allow_unicode=True, sort_keys=False)
    text = text.replace("../orgs/", f"{ROOT / 'examples' / 'orgs'}/")
    path = tmp_path / "procurement.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def draft(tmp_path: Path, values: dict[str, Any]) -> str:
    loaded = load_procurement(write(tmp_path, values))
    return docx_to_text(tender_document(loaded, loaded.check(), today=DAY).data)


def cover_of(text: str) -> str:
    return text.split("⤓", 1)[0]


def section(text: str, start: str, end: str) -> str:
    return text.split(start, 1)[1].split(end, 1)[0]


# -- Art. 14: the R&D codes -----------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "73000000-2",
        "73100000-3",
        "73110000-6",
        "73111000-3",
        "73112000-0",
        "73120000-9",
        "73300000-5",
        "73420000-2",
        "73430000-5",
    ],
)
def test_the_whole_art14_range_is_rd_services(code: str) -> None:
    assert art14_rd_code(code)
    values = data("pcp")
    values.update(cpv_main=code, cpv_additional=[])
    report = check(values)
    assert report.warnings == []
    assert any("outside Directive 2014/24/EU under Art. 14" in n.message for n in report.notes)


@pytest.mark.parametrize("code", ["73200000-4", "73210000-7", "73400000-6", "72212190-7"])
def test_codes_outside_the_art14_list_are_not_rd_services(code: str) -> None:
    assert not art14_rd_code(code)


def test_a_pcp_whose_main_code_is_not_rd_warns() -> None:
    values = data("pcp")
    values["cpv_main"] = "72212190-7"
    report = check(values)
    assert found(report.warnings, "procurement.cpv_main", "not an R&D service")
    assert not any("outside Directive" in n.message for n in report.notes)


def test_a_pcp_may_add_codes_for_its_prototypes() -> None:
    values = data("pcp")
    values["cpv_additional"].append("48190000-6")
    report = check(values)
    assert report.warnings == []
    assert found(report.notes, "procurement.cpv_additional[2]", "main subject")


def test_art14_facts_live_in_the_tables() -> None:
    assert set(ART14_RD_CPV) >= {"73000000-2", "73120000-9", "73300000-5", "73420000-2"}


def test_cover_and_legal_basis_agree_for_an_rd_pcp(tmp_path: Path) -> None:
    text = draft(tmp_path, data("pcp"))
    basis = section(text, "1.3 Legal basis", "[Heading 1] 2 ")
    assert "outside Directive 2014/24/EU under Art. 14" in cover_of(text)
    assert "falls outside the directive" in basis


def test_cover_and_legal_basis_agree_for_a_pcp_that_is_not_rd(tmp_path: Path) -> None:
    values = data("pcp")
    values["cpv_main"] = "72212190-7"
    text = draft(tmp_path, values)
    basis = section(text, "1.3 Legal basis", "[Heading 1] 2 ")
    assert "outside Directive 2014/24/EU" not in cover_of(text)
    assert "falls outside the directive" not in basis
    assert "the directive applies" in basis


# -- standstill -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("electronic", "gap", "ok"),
    [(True, 10, False), (True, 11, True), (False, 15, False), (False, 16, True)],
)
def test_no_contract_before_the_standstill_ends(electronic: bool, gap: int, ok: bool) -> None:
    values = data("ppi")
    timeline = values["timeline"]
    timeline["award_sent_electronically"] = electronic
    timeline["contract_start"] = timeline["award_date"] + dt.timedelta(days=gap)
    report = check(values)
    assert found(report.errors, "procurement.timeline.contract_start", "standstill") is not ok
    assert Standstill.ELECTRONIC == 10 and Standstill.OTHER == 15


def test_standstill_is_a_note_for_a_pcp_under_art14() -> None:
    values = data("pcp")
    values["timeline"]["contract_start"] = values["timeline"]["award_date"] + dt.timedelta(days=3)
    report = check(values)
    assert not found(report.errors, "procurement.timeline.contract_start", "standstill")
    assert found(report.notes, "procurement.timeline.contract_start", "standstill")


# -- dates ----------------------------------------------------------------------------------


def test_a_market_consultation_may_come_before_a_pin() -> None:
    values = data("ppi")
    values["market_consultation"]["start"] = D(2026, 9, 1)
    values["market_consultation"]["end"] = D(2026, 10, 30)
    values["timeline"]["pin_dispatch"] = D(2026, 12, 1)
    assert check(values).errors == []


def test_a_short_pcp_tender_period_warns() -> None:
    values = data("pcp")
    values["timeline"].update(
        information_day=D(2026, 10, 8), clarification_deadline=D(2026, 10, 15)
    )
    values["timeline"]["tender_deadline"] = D(2026, 10, 25)  # 20 days after the notice
    assert found(check(values).warnings, "procurement.timeline.tender_deadline", "20 days")
    values["timeline"]["tender_deadline"] = D(2026, 11, 4)  # 30 days, tenders sent online
    assert check(values).warnings == []


# -- the file's values ----------------------------------------------------------------------


def test_authority_type_error_explains_the_choice() -> None:
    values = data("pcp")
    for given, expected in (("municipality", "sub-central"), ("federal", "municipality or region")):
        values["authority_type"] = given
        with pytest.raises(pydantic.ValidationError) as caught:
            Procurement.model_validate(values)
        message = str(caught.value)
        assert "sub-central" in message and expected in message, given


def test_a_cpv_code_with_a_wrong_check_digit_is_reported_as_such() -> None:
    values = data("pcp")
    values["cpv_main"] = "73000000-3"
    report = check(values)
    assert found(report.errors, "procurement.cpv_main", "wrong check digit")
    assert found(report.errors, "procurement.cpv_main", "73000000-2")


# -- what the drafts print ------------------------------------------------------------------


def test_innovation_partnership_cover_shows_the_request_deadline(tmp_path: Path) -> None:
    cover = cover_of(draft(tmp_path, data("ip")))
    assert "| Deadline for requests to participate | 12 February 2027, 17:00 WET |" in cover


def test_pcp_prints_the_market_consultation(tmp_path: Path) -> None:
    text = draft(tmp_path, data("pcp"))
    assert "Open market consultation with an information day in Brussels" in text


def test_a_single_buyer_has_no_joint_procurement(tmp_path: Path) -> None:
    values = data("pcp")
    values["buyers"]["members"] = []
    values["buyers"]["agreement"] = ""
    text = draft(tmp_path, values)
    assert "joint procurement" not in text.casefold()
    assert "Art. 39" not in text


def test_buyers_of_several_member_states_get_the_cross_border_text(tmp_path: Path) -> None:
    text = draft(tmp_path, data("pcp"))
    assert "Joint procurement agreement" in text
    assert "Art. 39" in text


def test_buyers_of_one_member_state_have_no_cross_border_text(tmp_path: Path) -> None:
    values = data("pcp")
    values["buyers"]["members"] = [values["buyers"]["members"][2]]  # Viladecans, ES
    values["buyers"]["members"][0]["country"] = "FI"
    text = draft(tmp_path, values)
    assert "Joint procurement agreement" in text
    assert "Art. 39" not in text


@pytest.mark.parametrize("kind", ["ppi", "ip"])
def test_ipr_text_has_no_pcp_only_rows(tmp_path: Path, kind: str) -> None:
    text = draft(tmp_path, data(kind))
    assert "Call-back" not in text
    assert "each contractor owns the results" not in text


def test_pcp_ipr_keeps_its_rows(tmp_path: Path) -> None:
    text = draft(tmp_path, data("pcp"))
    assert "| Call-back |" in text
    assert "each contractor owns the results" in text


def test_deadlines_carry_an_hour_and_a_time_zone(tmp_path: Path) -> None:
    values = data("pcp")
    del values["timeline"]["deadline_time"], values["timeline"]["time_zone"]
    text = draft(tmp_path, values)
    assert "| Deadline for tenders | 4 December 2026, [to complete] |" in text
    values["timeline"].update(deadline_time="12:00", time_zone="Europe/Helsinki")
    text = draft(tmp_path, values)
    assert "| Deadline for tenders | 4 December 2026, 12:00 EET |" in cover_of(text)
    assert "| Deadline for questions | 16 November 2026, 12:00 EET |" in text


def test_every_cpv_code_prints_its_label(tmp_path: Path) -> None:
    values = data("ppi")
    values["cpv_additional"].append("30213100-6")  # not shipped: its label is to complete
    cover = cover_of(draft(tmp_path, values))
    assert "48190000-6 – Educational software package" in cover
    assert "80420000-4 – E-learning services" in cover
    assert "30213100-6 – [label]" in cover


def test_innovation_partnership_value_cites_art_5_6(tmp_path: Path) -> None:
    text = draft(tmp_path, data("ip"))
    assert "| Estimated value (Art. 5(6)) |" in text
    assert "(Art. 5(6))" in section(text, "12 Estimated value", "[Heading 1] 13")
    assert any("Art. 5(6)" in n.message for n in check(data("ip")).notes)


def test_examples_are_unchanged_by_the_rules() -> None:
    for kind in FILES:
        report = check(data(kind))
        assert report.errors == [] and report.warnings == [], kind
    assert (PROCUREMENTS / FILES["pcp"]).is_file()
