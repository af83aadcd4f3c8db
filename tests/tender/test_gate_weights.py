"""Weighted phase-gate criteria: file format, checks, request for tenders, score sheet.

``phases[].gate_criteria`` items are ``{name, weight}`` (weights in per cent, 100 per
gate) or plain names (the gate's criteria then weigh equally). The score sheet
takes the weights from the file and computes each gate's weighted score with
formulas; LibreOffice recalculates a filled-in copy to check the totals.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from leadocs.tender.input import load_procurement
from leadocs.tender.pack import TenderPack, build_pack
from tests.helpers.docx_text import docx_to_text
from tests.tender.test_procurement_model import copy_example, problems_of
from tests.tender.test_rules import check, data, found
from tests.tender.test_tender_law import write
from tests.tender.test_tender_pack import book, recalculated

DAY = dt.date(2026, 9, 1)
PHASE_1 = "        - name: Quality of the solution design and its fit with the challenge\n"


def pack(tmp_path: Path, values: dict[str, Any], lang: str = "en") -> TenderPack:
    loaded = load_procurement(write(tmp_path, values))
    return build_pack(loaded, loaded.check(), lang=lang, today=DAY)


# -- the file format and its checks -------------------------------------------------------


@pytest.mark.parametrize("weight", ["0", "-10", "120", "heavy"])
def test_a_weight_is_a_positive_per_cent(tmp_path: Path, weight: str) -> None:
    old = PHASE_1 + "          weight: 60\n"
    path = copy_example(tmp_path, old=old, new=PHASE_1 + f"          weight: {weight}\n")
    found_ = problems_of(path)
    assert len(found_) == 1
    assert ":112:19: procurement.phases[0].gate_criteria[0].weight: " in found_[0], found_


def test_the_weights_of_a_gate_add_up_to_100() -> None:
    values = data("pcp")
    values["phases"][0]["gate_criteria"][1]["weight"] = 30
    report = check(values)
    where = "procurement.phases[0].gate_criteria"
    assert found(report.errors, where, "phase 1 add up to 90 (60 + 30), not 100")
    values["phases"][0]["gate_criteria"][1]["weight"] = 40.0
    assert check(values).errors == []


def test_every_criterion_of_a_gate_or_none_has_a_weight() -> None:
    values = data("pcp")
    gate = values["phases"][1]["gate_criteria"]
    gate[1] = gate[1]["name"]  # a plain name next to a weighted criterion
    assert found(check(values).errors, "procurement.phases[1].gate_criteria", "only some criteria")
    gate[0] = gate[0]["name"]  # no weights at all: equal weights, no error
    assert check(values).errors == []


def test_the_file_error_names_file_line_and_path(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = PHASE_1 + "          weight: 60\n"
    path = copy_example(tmp_path, old=old, new=PHASE_1 + "          weight: 50\n")
    result = run("tender", path, "-o", tmp_path / "out.docx")
    assert result.exit_code == 1
    assert f"{path}:110:7: procurement.phases[0].gate_criteria: the weights of the gate" in (
        result.stderr
    )
    assert not (tmp_path / "out.docx").exists()


def test_the_schema_offers_both_forms(run) -> None:  # type: ignore[no-untyped-def]
    result = run("schema", "procurement")
    schema = json.loads(result.output)
    items = schema["$defs"]["Phase"]["properties"]["gate_criteria"]["items"]
    assert {"type": "string"} in items["anyOf"]
    criterion = schema["$defs"]["GateCriterion"]["properties"]
    assert (criterion["weight"]["anyOf"][0]["gt"], criterion["weight"]["anyOf"][0]["le"]) == (
        0,
        100,
    )


# -- the request for tenders --------------------------------------------------------------


def test_the_request_for_tenders_shows_each_gate_weight(tmp_path: Path) -> None:
    text = docx_to_text(pack(tmp_path, data("pcp")).files[1].data)
    assert "Quality of the solution design and its fit with the challenge – 60\u00a0%" in text
    assert "Credibility of the plan and cost for phase 2 – 40\u00a0%" in text
    assert "sum of its criteria's scores multiplied by their weights" in text
    assert "weigh equally" not in text
    finnish = docx_to_text(pack(tmp_path, data("pcp"), "fi").files[1].data)
    assert "Credibility of the plan and cost for phase 2 – 40\u00a0%" in finnish
    assert "painoarvoilla kerrottuina" in finnish


def test_a_gate_without_weights_says_its_criteria_weigh_equally(tmp_path: Path) -> None:
    values = data("pcp")
    for phase in values["phases"]:
        phase["gate_criteria"] = [c["name"] for c in phase["gate_criteria"]]
    text = docx_to_text(pack(tmp_path, values).files[1].data)
    assert "The criteria of each gate weigh equally" in text
    assert "– 60\u00a0%" not in text
    sheet = book(pack(tmp_path, values).files[4].data)["Evaluator 1"]
    titles = [c.value for c in sheet["A"]]
    assert "Gate at the end of phase 1: Solution design (equal weights)" in titles
    assert sheet["B14"].value == pytest.approx(0.5)


# -- the score sheet -----------------------------------------------------------------------


def test_the_score_sheet_takes_the_weights_from_the_file(tmp_path: Path) -> None:
    workbook = book(pack(tmp_path, data("pcp")).files[4].data)
    sheet = workbook["Evaluator 1"]
    assert sheet["A12"].value == "Gate at the end of phase 1: Solution design"
    assert [sheet[f"B{r}"].value for r in (14, 15)] == [pytest.approx(0.6), pytest.approx(0.4)]
    assert sheet["D14"].value == '=IF(C14="","",B14*C14*10)'
    assert sheet["D16"].value == "=SUM(D14:D15)"
    summary = workbook["Summary"]
    assert [c.value for c in summary[4]] == ["Evaluator", "Weighted points", "Gate 1", "Gate 2",
                                             "Gate 3"]  # fmt: skip
    assert summary["C5"].value == "='Evaluator 1'!D16"
    assert summary["E8"].value == "=AVERAGE(E5:E7)"


@pytest.mark.soffice
def test_the_weighted_gate_scores_compute(tmp_path: Path) -> None:
    workbook = book(pack(tmp_path, data("pcp")).files[4].data)
    marks = {"Evaluator 1": (8, 5), "Evaluator 2": (10, 10), "Evaluator 3": (4, 0)}
    for name, (design, plan) in marks.items():
        workbook[name]["C14"], workbook[name]["C15"] = design, plan
        workbook[name]["C26"] = 7  # the single criterion of gate 3, weight 100
    result = recalculated(workbook, tmp_path)
    for name, (design, plan) in marks.items():
        assert result[name]["D16"].value == pytest.approx(0.6 * design * 10 + 0.4 * plan * 10)
        assert result[name]["B16"].value == pytest.approx(1)
        assert result[name]["D27"].value == pytest.approx(70)
    assert result["Summary"]["C8"].value == pytest.approx((68 + 100 + 24) / 3)
    assert result["Summary"]["E8"].value == pytest.approx(70)
