"""Every procurement rule both ways: the examples pass it, one change breaks it."""

from __future__ import annotations

import copy
import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import pydantic
import pytest
import yaml

from leadocs.errors import DataProblem
from leadocs.tender.model import Procurement
from leadocs.tender.rules import RuleReport, check_procurement

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "procurements"
FILES = {
    "pcp": "pcp-personalised-stem.yaml",
    "ppi": "ppi-learning-platform.yaml",
    "ip": "innovation-partnership-reading-assistant.yaml",
}


@cache
def _example(kind: str) -> dict[str, Any]:
    text = (EXAMPLES / FILES[kind]).read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)["procurement"]
    return data


def data(kind: str) -> dict[str, Any]:
    """A fresh, changeable copy of an example's procurement mapping."""
    return copy.deepcopy(_example(kind))


def check(values: dict[str, Any]) -> RuleReport:
    return check_procurement(Procurement.model_validate(values))


def found(problems: list[DataProblem], field: str, text: str) -> bool:
    return any(p.field == field and text in p.message for p in problems)


def fields(problems: list[DataProblem]) -> list[str]:
    return [p.field for p in problems]


D = dt.date


# -- the examples pass every rule ---------------------------------------------------------


@pytest.mark.parametrize("kind", FILES)
def test_examples_pass_every_rule(kind: str) -> None:
    report = check(data(kind))
    assert report.errors == []
    assert report.warnings == []
    assert len(report.notes) == 1  # the EU publication line


# -- award criteria -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", FILES)
def test_award_weights_must_add_up_to_100(kind: str) -> None:
    values = data(kind)
    values["criteria"]["award"][0]["weight"] += 5
    report = check(values)
    assert found(report.errors, "procurement.criteria.award", "add up to 105")


def test_award_weights_may_have_decimals_that_add_up_to_100() -> None:
    values = data("ppi")
    award = values["criteria"]["award"]
    award[0]["weight"], award[1]["weight"] = 34.5, 15.5
    assert check(values).errors == []


@pytest.mark.parametrize("basis", ["lowest-price", "lowest-cost", "fixed-price-quality"])
def test_innovation_partnership_awards_on_best_price_quality_ratio_only(basis: str) -> None:
    values = data("ip")
    values["criteria"]["award_basis"] = basis
    report = check(values)
    assert found(report.errors, "procurement.criteria.award_basis", "best price-quality ratio only")


def test_a_ppi_may_award_on_lowest_price_with_price_alone() -> None:
    values = data("ppi")
    values["criteria"]["award_basis"] = "lowest-price"
    values["criteria"]["award"] = [{"name": "Price", "kind": "price", "weight": 100}]
    assert check(values).errors == []


def test_lowest_price_with_quality_criteria_is_an_error() -> None:
    values = data("ppi")
    values["criteria"]["award_basis"] = "lowest-price"
    assert found(check(values).errors, "procurement.criteria.award_basis", "price alone")


def test_fixed_price_with_a_price_criterion_is_an_error() -> None:
    values = data("ppi")
    values["criteria"]["award_basis"] = "fixed-price-quality"
    assert found(check(values).errors, "procurement.criteria.award_basis", "fixed price")


def test_best_price_quality_ratio_needs_quality_and_warns_without_price() -> None:
    values = data("ppi")
    values["criteria"]["award"] = [{"name": "Quality", "weight": 100}]
    report = check(values)
    assert report.errors == []
    assert found(report.warnings, "procurement.criteria.award", "no price or cost criterion")
    values["criteria"]["award"] = [{"name": "Cost", "kind": "cost", "weight": 100}]
    assert found(check(values).errors, "procurement.criteria.award", "quality criterion")


def test_a_criterion_named_twice_is_an_error() -> None:
    values = data("pcp")
    values["criteria"]["award"][1]["name"] = values["criteria"]["award"][0]["name"].upper()
    assert found(check(values).errors, "procurement.criteria.award[1].name", "listed twice")


def test_innovation_partnership_selects_on_rd_capacity() -> None:
    values = data("ip")
    values["criteria"]["selection"][0]["kind"] = "technical-professional"
    assert found(check(values).warnings, "procurement.criteria.selection", "Art. 31(6)")


@pytest.mark.parametrize(
    ("kind", "procedure_type", "fewest"),
    [("ip", None, 3), ("ppi", "restricted", 5), ("ppi", "competitive-negotiation", 3)],
)
def test_fewest_candidates_invited(kind: str, procedure_type: str | None, fewest: int) -> None:
    values = data(kind)
    if procedure_type:
        values["procedure_type"] = procedure_type
        values["timeline"].update(request_deadline=D(2027, 4, 16), tender_deadline=D(2027, 5, 28))
    values["criteria"]["max_candidates"] = fewest
    assert not found(check(values).errors, "procurement.criteria.max_candidates", "at least")
    values["criteria"]["max_candidates"] = fewest - 1
    assert found(check(values).errors, "procurement.criteria.max_candidates", f"at least {fewest}")


def test_open_procedure_does_not_limit_candidates() -> None:
    values = data("ppi")
    values["criteria"]["max_candidates"] = 5
    assert found(check(values).warnings, "procurement.criteria.max_candidates", "open procedure")


# -- budget and phases --------------------------------------------------------------------


@pytest.mark.parametrize("kind", FILES)
def test_phase_budgets_add_up_to_no_more_than_the_total(kind: str) -> None:
    values = data(kind)
    values["budget"]["total"] -= 1
    report = check(values)
    assert found(report.errors, "procurement.budget.total", "more than the total budget")


def test_innovation_partnership_total_includes_the_purchase() -> None:
    values = data("ip")
    values["purchase"]["max_cost"] += 1
    assert found(check(values).errors, "procurement.budget.total", "purchase's maximum cost")


def test_pcp_contracts_per_phase_never_increase() -> None:
    values = data("pcp")
    values["phases"][1]["contracts"] = 9
    values["phases"][1]["budget"] = 9 * 380000
    values["budget"]["total"] = 3800000 + 8 * 380000
    report = check(values)
    assert found(report.errors, "procurement.phases[1].contracts", "can only stay or shrink")
    values["phases"][1]["contracts"] = 8  # staying equal is fine
    assert not found(check(values).errors, "procurement.phases[1].contracts", "shrink")


def test_pcp_budget_per_contract_never_decreases() -> None:
    values = data("pcp")
    values["phases"][2]["max_per_contract"] = 300000
    report = check(values)
    assert found(report.errors, "procurement.phases[2].max_per_contract", "falls from €380,000")
    values["phases"][2]["max_per_contract"] = 380000  # staying equal is fine
    assert not found(check(values).errors, "procurement.phases[2].max_per_contract", "falls")


def test_pcp_budget_per_contract_without_a_maximum_is_budget_over_contracts() -> None:
    values = data("pcp")
    for phase in values["phases"]:
        del phase["max_per_contract"]
    assert check(values).errors == []
    values["phases"][2]["contracts"] = 4  # 1 900 000 / 4 = 475 000 > 380 000: still rising
    values["phases"][1]["contracts"] = 4
    assert check(values).errors == []
    values["phases"][2]["budget"] = 1000000  # 250 000 per contract: falls
    values["budget"]["total"] = 2900000
    assert found(check(values).errors, "procurement.phases[2].budget", "falls")


def test_pcp_warns_below_three_contracts_in_the_first_phase() -> None:
    values = data("pcp")
    values["phases"][0].update(contracts=3, budget=142500)
    values["phases"][1].update(contracts=2, budget=760000)
    values["budget"].update(total=142500 + 760000 + 1900000, supplies_value=0)
    values["funding"]["contribution"] = 142500 + 760000 + 1900000
    report = check(values)
    assert (report.errors, report.warnings) == ([], [])
    values["phases"][0].update(contracts=2, budget=95000)
    report = check(values)
    assert report.errors == []
    assert found(report.warnings, "procurement.phases[0].contracts", "at least 3")


def test_pcp_warns_below_two_contracts_in_the_last_phase() -> None:
    values = data("pcp")
    values["phases"][2].update(contracts=1)
    report = check(values)
    assert report.errors == []
    assert found(report.warnings, "procurement.phases[2].contracts", "competition is kept")


def test_pcp_needs_phases() -> None:
    values = data("pcp")
    values["phases"] = values["phases"][:1]
    assert found(check(values).warnings, "procurement.phases", "at least 2 phases")


def test_pcp_supplies_stay_below_half_of_the_value() -> None:
    values = data("pcp")
    values["budget"]["supplies_value"] = 1899999
    assert check(values).errors == []
    values["budget"]["supplies_value"] = 1900000
    assert found(check(values).errors, "procurement.budget.supplies_value", "below 50 %")


def test_pcp_buys_no_commercial_volumes() -> None:
    values = data("pcp")
    values["purchase"] = {"description": "Licences for all schools", "max_cost": 1000}
    assert found(check(values).errors, "procurement.purchase", "R&D services only")


def test_maximum_per_contract_within_the_phase_budget() -> None:
    values = data("pcp")
    values["phases"][0]["max_per_contract"] = 400000
    assert found(check(values).errors, "procurement.phases[0].max_per_contract", "more than")
    values["phases"][0]["max_per_contract"] = 50000  # 8 × 50 000 > 380 000
    assert found(check(values).warnings, "procurement.phases[0].contracts", "fewer contracts")


def test_contributions_that_do_not_cover_the_budget_warn() -> None:
    values = data("pcp")
    values["funding"]["contribution"] = 3000000
    assert found(check(values).warnings, "procurement.buyers", "less than the total budget")


def test_estimated_value_below_the_budget_warns() -> None:
    values = data("ppi")
    values["budget"]["estimated_value"] = 1000000
    assert found(check(values).warnings, "procurement.budget.estimated_value", "Art. 5(1)")


# -- CPV -----------------------------------------------------------------------------------


def test_pcp_main_cpv_code_inside_the_art14_list() -> None:
    values = data("pcp")
    values["cpv_additional"].append("48190000-6")  # the prototypes' code: a note only
    report = check(values)
    assert report.errors == [] and report.warnings == []
    assert found(report.notes, "procurement.cpv_additional[2]", "not an R&D service")
    values["cpv_main"] = "80420000-4"
    assert found(check(values).warnings, "procurement.cpv_main", "Art. 14")


@pytest.mark.parametrize(
    "code",
    [
        "73000000-2",
        "73100000-3",
        "73110000-6",
        "73120000-9",
        "73300000-5",
        "73420000-2",
        "73430000-5",
    ],
)
def test_every_art14_code_passes(code: str) -> None:
    values = data("pcp")
    values.update(cpv_main=code, cpv_additional=[])
    assert check(values).warnings == []


def test_other_procedures_may_use_any_cpv_code() -> None:
    assert not check(data("ppi")).warnings  # 48190000-6 is not an R&D code


@pytest.mark.parametrize("code", ["73000000", "7300000-2", "73000000-22", "73 000000-2", "x"])
def test_cpv_codes_must_be_well_formed(code: str) -> None:
    values = data("ppi")
    values["cpv_additional"] = [code]
    with pytest.raises(pydantic.ValidationError, match="is not a CPV code"):
        Procurement.model_validate(values)


def test_cpv_code_given_twice_warns() -> None:
    values = data("ppi")
    values["cpv_additional"].append(values["cpv_main"])
    assert found(check(values).warnings, "procurement.cpv_additional[2]", "twice")


# -- dates in order -------------------------------------------------------------------------


def test_tender_deadline_before_the_notice_is_an_error() -> None:
    values = data("ppi")
    values["timeline"]["tender_deadline"] = D(2027, 3, 15)  # the notice date itself
    report = check(values)
    assert found(report.errors, "procurement.timeline.tender_deadline", "on or before")


def test_overlapping_phases_are_an_error() -> None:
    values = data("pcp")
    values["phases"][1]["start"] = D(2027, 5, 1)
    assert found(check(values).errors, "procurement.phases[1].start", "phases[0].end")


def test_phase_ending_before_it_starts_is_an_error() -> None:
    values = data("ip")
    values["phases"][0]["end"] = D(2027, 6, 1)
    assert found(check(values).errors, "procurement.phases[0].end", "before")


def test_award_before_the_tender_deadline_is_an_error() -> None:
    values = data("pcp")
    values["timeline"]["award_date"] = D(2026, 12, 1)
    assert found(check(values).errors, "procurement.timeline.award_date", "tender_deadline")


def test_clarification_deadline_inside_the_tender_period() -> None:
    values = data("pcp")
    values["timeline"]["clarification_deadline"] = D(2026, 12, 4)
    assert found(check(values).errors, "procurement.timeline.clarification_deadline", "not before")
    values["timeline"]["clarification_deadline"] = D(2026, 10, 1)
    assert found(check(values).errors, "procurement.timeline.clarification_deadline", "before the")


def test_market_consultation_comes_before_the_notice() -> None:
    values = data("ppi")
    values["market_consultation"]["end"] = D(2027, 3, 20)
    assert found(check(values).errors, "procurement.timeline.notice_dispatch", "before")


def test_phase_duration_disagreeing_with_its_dates_warns() -> None:
    values = data("pcp")
    values["phases"][0]["duration_months"] = 6
    assert found(check(values).warnings, "procurement.phases[0].duration_months", "agree")


# -- minimum time limits ------------------------------------------------------------------


def _open(days: int, **claims: Any) -> RuleReport:
    values = data("ppi")
    notice = D(2027, 3, 15)
    values["timeline"] = {
        "notice_dispatch": notice,
        "e_submission": False,
        "tender_deadline": notice + dt.timedelta(days=days),
        **claims,
    }
    values["market_consultation"].update(end=D(2026, 12, 18))
    return check(values)


def _late(report: RuleReport, key: str) -> bool:
    return found(report.errors, f"procurement.timeline.{key}", "the minimum is")


@pytest.mark.parametrize(
    ("days", "claims", "ok"),
    [
        (35, {}, True),
        (34, {}, False),
        (30, {"e_submission": True}, True),
        (29, {"e_submission": True}, False),
        (15, {"pin_dispatch": D(2027, 1, 4)}, True),
        (14, {"pin_dispatch": D(2027, 1, 4)}, False),
        (15, {"urgency": "Schools reopen after a flood"}, True),
        (14, {"urgency": "Schools reopen after a flood"}, False),
    ],
)
def test_open_procedure_time_limits(days: int, claims: dict[str, Any], ok: bool) -> None:
    assert _late(_open(days, **claims), "tender_deadline") is not ok


def test_a_pin_sent_too_late_does_not_shorten_the_time_limit() -> None:
    report = _open(20, pin_dispatch=D(2027, 3, 1))  # 14 days before the notice
    assert found(report.warnings, "procurement.timeline.pin_dispatch", "not applied")
    assert _late(report, "tender_deadline")


def _two_stage(kind: str, requests: int, tenders: int, **claims: Any) -> RuleReport:
    values = data("ppi")
    notice = D(2027, 3, 15)
    request_deadline = notice + dt.timedelta(days=requests)
    invitation = request_deadline + dt.timedelta(days=7)
    values["procedure_type"] = kind
    values["timeline"] = {
        "notice_dispatch": notice,
        "request_deadline": request_deadline,
        "invitation_dispatch": invitation,
        "e_submission": False,
        "tender_deadline": invitation + dt.timedelta(days=tenders),
        **claims,
    }
    return check(values)


@pytest.mark.parametrize("kind", ["restricted", "competitive-negotiation"])
@pytest.mark.parametrize(
    ("requests", "tenders", "claims", "requests_ok", "tenders_ok"),
    [
        (30, 30, {}, True, True),
        (29, 29, {}, False, False),
        (30, 25, {"e_submission": True}, True, True),
        (30, 24, {"e_submission": True}, True, False),
        (30, 10, {"pin_dispatch": D(2027, 1, 4)}, True, True),
        (30, 9, {"pin_dispatch": D(2027, 1, 4)}, True, False),
        (15, 10, {"urgency": "A court order"}, True, True),
        (14, 9, {"urgency": "A court order"}, False, False),
        (30, 3, {"agreed_tender_deadline": True}, True, True),
    ],
)
def test_two_stage_time_limits(
    kind: str,
    requests: int,
    tenders: int,
    claims: dict[str, Any],
    requests_ok: bool,
    tenders_ok: bool,
) -> None:
    report = _two_stage(kind, requests, tenders, **claims)
    assert _late(report, "request_deadline") is not requests_ok
    assert _late(report, "tender_deadline") is not tenders_ok


def test_only_sub_central_authorities_agree_the_tender_deadline() -> None:
    values = data("ppi")
    values["authority_type"] = "central"
    values["procedure_type"] = "restricted"
    values["timeline"].update(
        request_deadline=D(2027, 4, 16), tender_deadline=D(2027, 5, 28), agreed_tender_deadline=True
    )
    assert found(
        check(values).errors, "procurement.timeline.agreed_tender_deadline", "only sub-central"
    )


def test_tender_limit_counts_from_the_request_deadline_without_an_invitation_date() -> None:
    values = data("ppi")
    values["procedure_type"] = "restricted"
    values["timeline"].update(request_deadline=D(2027, 4, 16), tender_deadline=D(2027, 5, 10))
    report = check(values)
    assert found(report.errors, "procurement.timeline.tender_deadline", "no invitation date")


def test_competitive_dialogue_requests_30_days() -> None:
    values = data("ppi")
    values["procedure_type"] = "competitive-dialogue"
    values["timeline"].update(request_deadline=D(2027, 4, 14), tender_deadline=D(2027, 6, 1))
    assert _late(check(values), "request_deadline") is False
    values["timeline"]["request_deadline"] = D(2027, 4, 13)
    assert _late(check(values), "request_deadline")


def test_innovation_partnership_requests_at_least_30_days() -> None:
    values = data("ip")
    values["timeline"]["request_deadline"] = D(2027, 2, 10)  # 30 days after 11 January
    assert check(values).errors == []
    values["timeline"]["request_deadline"] = D(2027, 2, 9)
    report = check(values)
    assert found(report.errors, "procurement.timeline.request_deadline", "30 days (Art. 31(1))")


def test_innovation_partnership_has_no_shortened_time_limits() -> None:
    values = data("ip")
    values["timeline"].update(request_deadline=D(2027, 1, 27), urgency="Urgent")
    report = check(values)
    assert found(report.warnings, "procurement.timeline.urgency", "not available")
    assert found(report.errors, "procurement.timeline.request_deadline", "the minimum is")


def test_pcp_is_outside_the_directive_time_limits() -> None:
    values = data("pcp")
    values["timeline"].update(
        information_day=None, clarification_deadline=D(2026, 10, 8), tender_deadline=D(2026, 10, 15)
    )
    assert check(values).errors == []


def test_missing_notice_date_warns_that_time_limits_cannot_be_checked() -> None:
    values = data("ppi")
    del values["timeline"]["notice_dispatch"]
    assert found(check(values).warnings, "procurement.timeline", "cannot be checked")


# -- EU thresholds ---------------------------------------------------------------------------


def eur(amount: int) -> str:
    return f"€{amount:,}"


def _note(values: dict[str, Any]) -> str:
    notes = check(values).notes
    assert len(notes) == 1
    assert notes[0].field == "procurement.budget"
    return notes[0].message


def _priced(value: int, notice: dt.date, **changes: Any) -> dict[str, Any]:
    values = data("ppi")
    values.update(changes)
    values["budget"] = {"total": value}
    values["phases"] = []
    values["timeline"] = {"notice_dispatch": notice, "tender_deadline": notice + dt.timedelta(40)}
    values["market_consultation"] = None
    return values


@pytest.mark.parametrize(
    ("value", "notice", "authority", "required", "threshold"),
    [
        (216000, D(2026, 1, 1), "sub-central", True, 216000),
        (215999, D(2027, 12, 31), "sub-central", False, 216000),
        (221000, D(2025, 12, 31), "sub-central", True, 221000),
        (220999, D(2024, 1, 1), "sub-central", False, 221000),
        (142000, D(2025, 6, 1), "central", False, 143000),
        (142000, D(2026, 6, 1), "central", True, 140000),
    ],
)
def test_thresholds_by_period_and_authority(
    value: int, notice: dt.date, authority: str, required: bool, threshold: int
) -> None:
    note = _note(_priced(value, notice, authority_type=authority))
    assert f"the EU threshold of {eur(threshold)} for supplies and services" in note
    assert ("EU-wide publication is required" in note) is required
    assert ("is not required" in note) is not required


def test_works_threshold() -> None:
    note = _note(_priced(5500000, D(2025, 6, 1), contract_type="works"))
    assert f"below the EU threshold of {eur(5538000)} for works" in note
    note = _note(_priced(5500000, D(2026, 6, 1), contract_type="works"))
    assert f"above the EU threshold of {eur(5404000)} for works" in note


def test_innovation_partnership_value_is_rd_of_all_phases_plus_purchase() -> None:
    values = data("ip")
    for phase in values["phases"]:
        phase.update(budget=30000, max_per_contract=10000)
    values["purchase"]["max_cost"] = 120000
    values["budget"] = {"total": 210000, "estimated_value": 100000}
    report = check(values)
    assert found(report.errors, "procurement.budget.estimated_value", "Art. 5")
    del values["budget"]["estimated_value"]
    note = _note(values)  # 3 × 30 000 + 120 000 = 210 000 < 216 000
    assert f"{eur(210000)} (R&D of all phases plus the final purchase" in note
    assert "below" in note
    values["purchase"]["max_cost"] = 126000  # 216 000: at the threshold
    values["budget"]["total"] = 216000
    assert "EU-wide publication is required" in _note(values)


def test_exempt_pcp_gets_an_exemption_note() -> None:
    assert "outside Directive 2014/24/EU under Art. 14" in _note(data("pcp"))
    values = data("pcp")
    values["cpv_main"] = "72212190-7"  # not an R&D service: the directive applies
    publication = [n for n in check(values).notes if n.field == "procurement.budget"]
    assert "EU-wide publication is required" in publication[0].message


def test_unknown_threshold_period_says_so() -> None:
    assert "no EU threshold table" in _note(_priced(500000, D(2028, 2, 1)))


def test_other_currencies_compare_with_the_national_equivalent() -> None:
    values = _priced(3000000, D(2026, 6, 1))
    values["budget"]["currency"] = "SEK"
    assert "national-currency equivalent" in _note(values)


# -- innovation partnership ------------------------------------------------------------------


def _disproportionate(values: dict[str, Any]) -> None:
    values["purchase"]["max_cost"] = 17_500_001  # the R&D is 1 750 000
    values["budget"]["total"] = 19_250_001
    values["buyers"]["lead"]["contribution"] = 19_250_001


IP_CASES = [
    (
        "minimum requirements",
        lambda v: v["challenge"].pop("minimum_requirements"),
        "errors",
        "procurement.challenge",
        "minimum_requirements",
    ),
    ("phases", lambda v: v.update(phases=[]), "errors", "procurement.phases", "successive"),
    (
        "intermediate targets",
        lambda v: v["phases"][1].pop("intermediate_targets"),
        "errors",
        "procurement.phases[1]",
        "intermediate targets",
    ),
    (
        "instalments",
        lambda v: v["phases"][0].pop("instalments"),
        "errors",
        "procurement.phases[0]",
        "instalments",
    ),
    (
        "instalment shares",
        lambda v: v["phases"][0]["instalments"][0].update(share=30),
        "errors",
        "procurement.phases[0].instalments",
        "add up to 90",
    ),
    ("purchase", lambda v: v.pop("purchase"), "errors", "procurement", "add 'purchase:'"),
    (
        "maximum cost",
        lambda v: v["purchase"].pop("max_cost"),
        "errors",
        "procurement.purchase",
        "maximum cost",
    ),
    (
        "performance levels",
        lambda v: v["purchase"].pop("performance_levels"),
        "errors",
        "procurement.purchase",
        "performance levels",
    ),
    ("IPR", lambda v: v.pop("ipr"), "errors", "procurement", "intellectual property"),
    ("empty IPR", lambda v: v.update(ipr={}), "errors", "procurement.ipr", "intellectual"),
    (
        "termination conditions",
        lambda v: v["partnership"].pop("termination_conditions"),
        "errors",
        "procurement.partnership",
        "conditions",
    ),
    ("partnership", lambda v: v.pop("partnership"), "errors", "procurement", "partners"),
    (
        "procedure type",
        lambda v: v.update(procedure_type="open"),
        "errors",
        "procurement.procedure_type",
        "procedure of its own",
    ),
    (
        "market gap",
        lambda v: v["challenge"].pop("market_gap"),
        "warnings",
        "procurement.challenge",
        "market_gap",
    ),
    (
        "proportion",
        lambda v: _disproportionate(v),
        "warnings",
        "procurement.purchase.max_cost",
        "disproportionate",
    ),
]


@pytest.mark.parametrize(
    ("case", "change", "kind", "field", "text"), IP_CASES, ids=[c[0] for c in IP_CASES]
)
def test_innovation_partnership_contents(
    case: str, change: Any, kind: str, field: str, text: str
) -> None:
    values = data("ip")
    assert not getattr(check(values), kind)
    change(values)
    assert found(getattr(check(values), kind), field, text), getattr(check(values), kind)


def test_termination_conditions_not_needed_without_the_option() -> None:
    values = data("ip")
    values["partnership"].pop("termination_conditions")
    values["partnership"]["terminate_after_phase"] = False
    assert check(values).errors == []


def test_innovation_partnership_rules_do_not_apply_to_a_pcp() -> None:
    values = data("pcp")
    values["challenge"].pop("minimum_requirements")
    assert check(values).errors == []


# -- procedure-specific -------------------------------------------------------------------


def test_pcp_ipr_stays_with_the_contractor() -> None:
    values = data("pcp")
    values["ipr"]["ownership"] = "procurer"
    assert found(check(values).warnings, "procurement.ipr.ownership", "State aid")
    values.pop("ipr")
    assert found(check(values).warnings, "procurement", "in advance")


def test_ppi_needs_a_procedure_type() -> None:
    values = data("ppi")
    values.pop("procedure_type")
    assert found(check(values).errors, "procurement.procedure", "procedure_type")


def test_ppi_without_market_consultation_warns() -> None:
    values = data("ppi")
    values.pop("market_consultation")
    assert found(check(values).warnings, "procurement", "Art. 40")


def test_rule_problems_are_located_in_the_file() -> None:
    from leadocs.tender.input import load_procurement

    loaded = load_procurement(EXAMPLES / FILES["pcp"])
    report = check_procurement(loaded.procurement, file="x.yaml", source=loaded.loaded.source)
    note = report.notes[0]
    assert (note.file, note.field) == ("x.yaml", "procurement.budget")
    text = (EXAMPLES / FILES["pcp"]).read_text(encoding="utf-8").splitlines()
    assert note.line is not None
    assert text[note.line - 1].strip() == "budget:"
    assert fields(report.errors) == []
