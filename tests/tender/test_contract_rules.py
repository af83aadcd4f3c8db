"""The contract terms of the procurement format: each rule fails one way and passes the other.

Payment within 30 days, 60 at most, and acceptance within 30 days (Directive
2011/7/EU, Art. 4); instalments of a PCP or PPI phase add up to 100 %; the
buyers' signatories. Problems read ``file:line:column: dotted.path: message``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from leadocs.formats.loading import load_yaml
from leadocs.tender.input import check_loaded, load_procurement
from tests.tender.test_rules import check, data, found
from tests.tender.test_tender_law import write


@pytest.mark.parametrize(("days", "errors", "warnings"), [(30, 0, 0), (45, 0, 1), (61, 1, 0)])
def test_payment_days_follow_the_late_payment_directive(
    days: int, errors: int, warnings: int
) -> None:
    values = data("pcp")
    values["contract"]["payment_days"] = days
    report = check(values)
    field = "procurement.contract.payment_days"
    assert [p.field for p in report.errors] == [field] * errors
    assert [p.field for p in report.warnings] == [field] * warnings
    if errors:
        assert found(report.errors, field, "61 days: a public authority pays within 30 days")
        assert "write at most 60" in report.errors[0].message
    if warnings:
        assert found(report.warnings, field, "expressly agreed in the contract and objectively")


@pytest.mark.parametrize(("days", "warnings"), [(30, 0), (31, 1)])
def test_acceptance_days_beyond_30_need_an_express_agreement(days: int, warnings: int) -> None:
    values = data("ppi")
    values["contract"]["acceptance_days"] = days
    report = check(values)
    assert report.errors == []
    assert len(report.warnings) == warnings
    if warnings:
        assert found(report.warnings, "procurement.contract.acceptance_days", "not grossly unfair")


@pytest.mark.parametrize("kind", ["pcp", "ppi"])
def test_instalments_of_a_phase_add_up_to_100(kind: str) -> None:
    values = data(kind)
    phase = values["phases"][0]
    phase["instalments"] = [
        {"milestone": "Signed", "share": 50},
        {"milestone": "Report", "share": 50},
    ]
    assert check(values).errors == []
    phase["instalments"][1]["share"] = 40
    report = check(values)
    assert found(report.errors, "procurement.phases[0].instalments", "add up to 90 %, not 100 %")


def test_partnership_instalments_are_checked_once() -> None:
    values = data("ip")
    values["phases"][0]["instalments"][0]["share"] = 10
    errors = [p for p in check(values).errors if p.field.endswith("instalments")]
    assert len(errors) == 1


@pytest.mark.parametrize("value", [0, -5, "thirty"])
def test_payment_days_must_be_a_positive_number(tmp_path: Path, value: object) -> None:
    values = data("pcp")
    values["contract"]["payment_days"] = value
    result = check_loaded(load_yaml(write(tmp_path, values)))
    assert [p.field for p in result.problems] == ["procurement.contract.payment_days"]


def test_problems_are_located_in_the_file(tmp_path: Path) -> None:
    values = data("pcp")
    values["contract"]["payment_days"] = 90
    path = write(tmp_path, values)
    result = check_loaded(load_yaml(path))
    problem = result.problems[0]
    assert problem.line is not None
    line = path.read_text(encoding="utf-8").splitlines()[problem.line - 1]
    assert line.strip() == "payment_days: 90"
    assert str(problem).startswith(f"{path}:{problem.line}:")
    assert "procurement.contract.payment_days: 90 days" in str(problem)


def test_cli_validate_reports_the_contract_rules(run, tmp_path: Path) -> None:
    values = data("pcp")
    values["contract"]["payment_days"] = 75
    result = run("validate", write(tmp_path, values))
    assert result.exit_code == 1
    assert "procurement.contract.payment_days: 75 days" in result.output + result.stderr


def test_a_buyer_without_organisation_file_names_its_signatory(tmp_path: Path) -> None:
    values = data("pcp")
    inline = values["buyers"]["members"][-1]
    assert "organisation" not in inline
    inline["signatory"] = {"name": "Marta Soler", "title": "Alcaldessa"}
    buyers = load_procurement(write(tmp_path, values)).buyers
    assert buyers[-1].signatory is not None and buyers[-1].signatory.name == "Marta Soler"
    assert buyers[0].signatory is not None  # from the lead's organisation file
    assert buyers[0].signatory.title == "Municipal Manager"
    inline["signatory"] = {"name": "Marta Soler"}
    result = check_loaded(load_yaml(write(tmp_path, values)))
    assert [p.field for p in result.problems] == ["procurement.buyers.members[2].signatory"]
    assert "title" in result.problems[0].message
