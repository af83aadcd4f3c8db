"""Rule messages in the documents' language: every rule's message in all twelve languages.

A handful of broken procurements trigger every message of the rules (the test
checks that none is left untriggered); each language's rule-check report of them
must have no English left (the same check as the drafts') and the messages must
be the right ones, values written as the language writes them. At the terminal
the messages stay English, with the file's ISO dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from leadocs.i18n import flatten
from leadocs.tender.input import load_procurement
from leadocs.tender.pack import build_pack
from leadocs.tender.rules import RuleProblem, RuleReport, problem_text
from leadocs.tender.rules.messages import Amount, Article, Message, render_message
from leadocs.tender.texts import tender_catalogue
from tests.helpers.docx_text import docx_to_text
from tests.tender.test_rules import data
from tests.tender.test_tender_languages import SHIPPED, english_left
from tests.tender.test_tender_law import write

DAY = dt.date(2026, 9, 1)
YAML_CODE = re.compile(r"'[a-z_]+(?::[ a-z-]*)?'")
"""What a message quotes from the file format ('award_basis: fixed-price-quality'): code."""
Values = dict[str, Any]


def _pcp_money_and_phases() -> Values:
    """A PCP whose budget, phases, criteria, codes and dates break every PCP rule they can."""
    v = data("pcp")
    v["budget"].update(total=3_000_000, estimated_value=2_900_000, supplies_value=2_000_000)
    v["buyers"]["lead"]["contribution"] = 10_000
    v["funding"]["contribution"] = 100_000
    first, second, third = v["phases"]
    first.update(contracts=2, max_per_contract=500_000)  # above the phase budget; few contracts
    second.update(contracts=4, max_per_contract=400_000)  # more than phase 1; 4 x cap > budget
    del third["contracts"]
    third["duration_months"] = 2  # February to November is about 10 months
    first["gate_criteria"] = [{"name": "A", "weight": 60}, {"name": "B", "weight": 30}]
    second["gate_criteria"] = [{"name": "A", "weight": 60}, "B"]
    v["purchase"] = {"max_cost": 100_000}
    v["criteria"]["award_basis"] = "lowest-price"
    v["criteria"]["award"][1]["weight"] = 30
    v["criteria"]["award"][2]["name"] = v["criteria"]["award"][0]["name"]
    v["cpv_main"] = "80420000-4"  # not an R&D service
    v["cpv_additional"] = ["48190000-6", "48190000-6", "73110000-5"]  # twice; wrong digit
    v["ipr"]["ownership"] = "procurer"
    tl = v["timeline"]
    tl.update(information_day="2026-10-01", clarification_deadline="2026-12-04")
    tl.update(tender_deadline="2026-10-20", award_date="2026-10-19", contract_start="2026-10-25")
    return v


def _pcp_few() -> Values:
    """A PCP of too few phases, and one of two phases ending with a single contract."""
    v = data("pcp")
    del v["ipr"]
    v["phases"] = v["phases"][:1]
    v["criteria"]["award_basis"] = "lowest-cost"
    v["timeline"]["tender_deadline"] = v["timeline"]["notice_dispatch"]
    v["timeline"]["award_sent_electronically"] = False
    v["timeline"]["contract_start"] = "2027-02-20"
    return v


def _pcp_last_phase() -> Values:
    v = data("pcp")
    v["phases"] = v["phases"][1:]
    v["phases"][-1]["contracts"] = 1
    v["criteria"]["award_basis"] = "fixed-price-quality"
    v["buyers"]["members"][0]["contribution"] = 10_000
    del v["funding"]
    return v


def _ppi_without_procedure() -> Values:
    v = data("ppi")
    del v["procedure_type"], v["market_consultation"]
    v["criteria"]["award"] = [{"name": "Price", "kind": "price", "weight": 100}]
    del v["timeline"]["notice_dispatch"]
    return v


def _ppi_open() -> Values:
    v = data("ppi")
    v["procedure_type"] = "open"
    v["criteria"]["max_candidates"] = 5
    v["criteria"]["award"] = [{"name": "Quality", "weight": 100}]
    tl = v["timeline"]
    tl.update(
        pin_dispatch=str(dt.date.fromisoformat(str(tl["notice_dispatch"])) - dt.timedelta(10))
    )
    tl.update(request_deadline=tl["tender_deadline"], tender_deadline=None)
    return v


def _ppi_restricted() -> Values:
    v = data("ppi")
    v["procedure_type"] = "restricted"
    v["authority_type"] = "central"
    v["criteria"]["max_candidates"] = 2
    tl = v["timeline"]
    notice = dt.date.fromisoformat(str(tl["notice_dispatch"]))
    tl.update(agreed_tender_deadline=True, urgency="Floods closed the schools", e_submission=True)
    tl.update(request_deadline=str(notice + dt.timedelta(5)), invitation_dispatch=None)
    tl.update(tender_deadline=str(notice + dt.timedelta(8)))
    tl.update(
        award_date=str(notice + dt.timedelta(40)), contract_start=str(notice + dt.timedelta(42))
    )
    return v


def _ppi_negotiation() -> Values:
    """Tenders too soon after the invitation, even with a prior information notice."""
    v = data("ppi")
    v["procedure_type"] = "competitive-negotiation"
    tl = v["timeline"]
    notice = dt.date.fromisoformat(str(tl["notice_dispatch"]))
    tl.update(
        pin_dispatch=str(notice - dt.timedelta(60)), request_deadline=str(notice + dt.timedelta(30))
    )
    tl.update(
        invitation_dispatch=str(notice + dt.timedelta(35)),
        tender_deadline=str(notice + dt.timedelta(40)),
    )
    return v


def _ppi_agreed() -> Values:
    """A sub-central authority's tender deadline agreed with the candidates, but not given."""
    v = data("ppi")
    v["procedure_type"] = "restricted"
    v["authority_type"] = "sub-central"
    tl = v["timeline"]
    notice = dt.date.fromisoformat(str(tl["notice_dispatch"]))
    tl.update(agreed_tender_deadline=True, request_deadline=str(notice + dt.timedelta(30)))
    tl.update(tender_deadline=None)
    return v


def _ppi_dialogue() -> Values:
    v = data("ppi")
    v["procedure_type"] = "competitive-dialogue"
    v["timeline"]["urgency"] = "Floods closed the schools"
    return v


def _partnership() -> Values:
    """An innovation partnership missing what Art. 31 asks for."""
    v = data("ip")
    v["procedure_type"] = "restricted"
    v["criteria"]["award_basis"] = "lowest-price"
    v["criteria"]["award"] = [{"name": "Price", "kind": "price", "weight": 100}]
    v["criteria"]["selection"] = []
    v["challenge"]["minimum_requirements"] = []
    del v["challenge"]["market_gap"]
    first, second = v["phases"][0], v["phases"][1]
    first["intermediate_targets"] = []
    first["instalments"] = [{"milestone": "M", "share": 40}]
    del second["instalments"]
    v["purchase"] = {"max_cost": 100_000_000}
    v["budget"]["estimated_value"] = 1000
    v["partnership"]["terminate_after_phase"] = True
    v["partnership"].pop("termination_conditions", None)
    del v["ipr"]
    v["timeline"]["pin_dispatch"] = "2027-01-01"
    return v


def _partnership_purchase() -> Values:
    v = data("ip")
    v["purchase"] = {"description": "The solution, for every school of the buyers"}
    return v


def _bare_partnership() -> Values:
    v = data("ip")
    del v["purchase"], v["partnership"]
    v["phases"] = []
    return v


def _contract_terms() -> Values:
    """A PCP paid too late (over 60 days) whose first phase's instalments miss 100 %."""
    v = data("pcp")
    v["contract"]["payment_days"] = 61
    v["phases"][0]["instalments"] = [
        {"milestone": "Signed", "share": 40},
        {"milestone": "Report", "share": 50},
    ]
    return v


def _contract_late() -> Values:
    """A PPI paid and accepted later than 30 days, which needs an express agreement."""
    v = data("ppi")
    v["contract"].update(payment_days=45, acceptance_days=45)
    return v


BROKEN: dict[str, Callable[[], Values]] = {
    "contract-terms": _contract_terms,
    "contract-late": _contract_late,
    "pcp-money": _pcp_money_and_phases,
    "pcp-few": _pcp_few,
    "pcp-last": _pcp_last_phase,
    "ppi-bare": _ppi_without_procedure,
    "ppi-open": _ppi_open,
    "ppi-restricted": _ppi_restricted,
    "ppi-negotiation": _ppi_negotiation,
    "ppi-agreed": _ppi_agreed,
    "ppi-dialogue": _ppi_dialogue,
    "ip": _partnership,
    "ip-purchase": _partnership_purchase,
    "ip-bare": _bare_partnership,
}


def _all(report: RuleReport) -> list[RuleProblem]:
    problems = [*report.errors, *report.warnings, *report.notes]
    assert all(isinstance(p, RuleProblem) for p in problems)
    return [p for p in problems if isinstance(p, RuleProblem)]


def _keys(message: Message) -> Iterator[str]:
    yield message.key
    for value in message.values.values():
        if isinstance(value, Message):
            yield from _keys(value)


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Each broken procurement, loaded, with its rule report."""
    folder = tmp_path_factory.mktemp("broken")
    loaded = {}
    for name, make in BROKEN.items():
        (folder / name).mkdir()
        procurement = load_procurement(write(folder / name, make()))
        loaded[name] = (procurement, procurement.check())
    return loaded


def test_the_broken_procurements_trigger_every_rule_message(broken: dict[str, Any]) -> None:
    used = {key for _, report in broken.values() for p in _all(report) for key in _keys(p.text)}
    messages = {f"rules.{key}" for key in tender_catalogue("en")["rules"] if key != "article"}
    assert ", ".join(sorted(messages - used)) == ""


@pytest.mark.parametrize("lang", SHIPPED[1:])
def test_rule_check_reports_have_no_english_left(broken: dict[str, Any], lang: str) -> None:
    for name, (loaded, report) in broken.items():
        rules = build_pack(loaded, report, lang=lang, today=DAY).files[5]
        text = docx_to_text(rules.data)
        assert english_left(YAML_CODE.sub("«code»", text), lang) == [], name
        for problem in _all(report):
            assert _flat(problem_text(problem, lang)) in _flat(text)


def _report_text(broken: dict[str, Any], name: str, lang: str) -> str:
    loaded, report = broken[name]
    return _flat(docx_to_text(build_pack(loaded, report, lang=lang, today=DAY).files[5].data))


def _flat(text: str) -> str:
    """Lines joined, spaces collapsed; no-break spaces kept (they are part of amounts)."""
    return re.sub(r"[ \n\t]+", " ", text)


def test_finnish_messages_write_values_as_finnish_does(broken: dict[str, Any]) -> None:
    text = _report_text(broken, "pcp-money", "fi")
    assert (
        "vaiheiden budjetit ja hankinnan enimmäiskustannus" not in text
    )  # a PCP's purchase is not counted: the PCP message
    assert (
        "vaiheiden budjetit ovat yhteensä 3\u00a0800\u00a0000\u00a0€, enemmän kuin "
        "kokonaisbudjetti 3\u00a0000\u00a0000\u00a0€" in text
    )
    assert "vertailuperusteiden painoarvot ovat yhteensä 105 (30 + 30 + 15 + 10 + 20)" in text
    assert "vaiheen 1 arviointiperusteiden painoarvot ovat yhteensä 90 (60 + 30), eivät 100" in text
    assert "tavarahankintojen osuus on 53\u00a0% esikaupallisen hankinnan sopimusarvosta" in text
    assert "sopimus allekirjoitetaan 25. lokakuuta 2026, ennen kuin 10 päivän odotusaika" in text
    few = _report_text(broken, "pcp-few", "fi")  # a PCP under Art. 14: a note, not an error
    assert "ennen kuin 15 päivän odotusaika muuten kuin sähköisesti" in few
    assert "ulkopuolella, mutta kansallinen laki voi silti edellyttää odotusaikaa [tarkista" in few


def test_greek_and_portuguese_messages(broken: dict[str, Any]) -> None:
    greek = _report_text(broken, "ppi-restricted", "el")
    assert "πρέπει να προσκληθούν τουλάχιστον 5 υποψήφιοι" in greek
    assert "10 ημέρες λόγω επείγοντος (άρθρο 28 παρ. 6 στοιχ. β)" in greek
    portuguese = _report_text(broken, "ip", "pt")
    assert "a fase 'Research and concept' não tem objetivos intermédios" in portuguese
    assert "é superior ao limiar da UE de 216\u00a0000\u00a0€" in portuguese
    assert "as prestações da fase" in portuguese and "somam 40 %, não 100 %" in portuguese
    assert "uma parceria para a inovação adjudica apenas com base na melhor" in portuguese


def test_the_terminal_keeps_english_with_iso_dates(broken: dict[str, Any]) -> None:
    _, report = broken["pcp-money"]
    messages = " ".join(p.message for p in _all(report))
    assert "the contract is signed on 2026-10-25, before the standstill period" in messages
    assert "the phase budgets add up to €3,800,000, more than the total budget" in messages


@pytest.mark.parametrize("lang", SHIPPED)
def test_articles_are_cited_as_each_language_does(lang: str) -> None:
    cited = render_message(
        Message("rules.basis_urgency", {"days": 10, "article": Article(28, 6, "b")}), lang
    )
    expected = {
        "en": "10 days in urgency (Art. 28(6)(b))",
        "fi": "10 päivää kiireellisessä tilanteessa (28 artiklan 6 kohdan b alakohta)",
        "de": "10 Tage bei Dringlichkeit (Art. 28 Abs. 6 Buchst. b)",
        "sv": "10 dagar vid brådska (artikel 28.6 b)",
        "el": "10 ημέρες λόγω επείγοντος (άρθρο 28 παρ. 6 στοιχ. β)",
        "pt": "10 dias em caso de urgência (artigo 28.º, n.º 6, alínea b)",
    }
    if lang in expected:
        assert cited == expected[lang]
    assert "28" in cited and "6" in cited


def test_amounts_and_dates_as_the_language_writes_them() -> None:
    message = Message("rules.before_notice", {"day": dt.date(2027, 3, 1), "notice": DAY})
    assert render_message(message, "de") == (
        "1. März 2027 liegt vor der Absendung der Auftragsbekanntmachung (1. September 2026)"
    )
    assert "2027-03-01" in render_message(message, "de", iso_dates=True)
    amount = Message("rules.cap_over_phase", {"cap": Amount(1_200_000, "SEK"), "budget": 5})
    assert "1\u00a0200\u00a0000\u00a0kr" in render_message(amount, "sv")


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_language_has_every_rule_message(lang: str) -> None:
    rules = flatten(tender_catalogue(lang)["rules"])
    assert set(rules) == set(flatten(tender_catalogue("en")["rules"]))
    assert all(text.strip() for text in rules.values())


def test_any_other_problem_keeps_its_message(tmp_path: Path) -> None:
    from leadocs.errors import DataProblem

    plain = DataProblem("f.yaml", 1, 1, "procurement.title", "as it is")
    assert problem_text(plain, "fi") == "as it is"
