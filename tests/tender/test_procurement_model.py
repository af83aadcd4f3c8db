"""The procurement format: the model, loading with organisation files, validate and schema."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadocs.errors import DataError
from leadocs.tender.input import check_loaded, load_procurement
from leadocs.tender.model import Procedure, Procurement, ProcurementFile

ROOT = Path(__file__).resolve().parents[2]
PROCUREMENTS = ROOT / "examples" / "procurements"
EXAMPLES = sorted(PROCUREMENTS.glob("*.yaml"))
PCP = PROCUREMENTS / "pcp-personalised-stem.yaml"


def copy_example(tmp_path: Path, name: Path = PCP, old: str = "", new: str = "") -> Path:
    """The example in ``tmp_path`` with ``old`` replaced, organisation paths made absolute."""
    text = name.read_text(encoding="utf-8").replace("../orgs/", f"{ROOT / 'examples' / 'orgs'}/")
    if old:
        assert old in text, old
        text = text.replace(old, new, 1)
    target = tmp_path / name.name
    target.write_text(text, encoding="utf-8")
    return target


def problems_of(path: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_procurement(path)
    return [str(p) for p in caught.value.problems]


def test_three_examples_one_per_procedure() -> None:
    kinds = {load_procurement(path).procurement.procedure for path in EXAMPLES}
    assert kinds == set(Procedure)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_examples_load_and_validate_cleanly(path: Path) -> None:
    loaded = load_procurement(path)
    assert loaded.buyers[0].role == "lead"
    assert all(b.role == "member" for b in loaded.buyers[1:])
    from leadocs.formats.loading import load_yaml

    result = check_loaded(load_yaml(path))
    assert (result.problems, result.warnings) == ([], [])
    assert len(result.notes) == 1


def test_buyers_come_from_organisation_files_or_the_file_itself() -> None:
    buyers = load_procurement(PCP).buyers
    assert [b.short_name for b in buyers] == [
        "Konnevesi",
        "GR",
        "Braga",
        "Ajuntament de Viladecans",
    ]
    assert buyers[0].contact is not None
    assert buyers[0].contact.email == "paivi.hakkinen@konnevesi.fi"  # from ../orgs/konnevesi.yaml
    assert buyers[3].country == "ES"
    assert [b.contribution for b in buyers] == [100000, 95000, 95000, 90000]


def test_missing_organisation_file_is_located(tmp_path: Path) -> None:
    path = copy_example(tmp_path, old="goteborg.yaml", new="gothenburg.yaml")
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}:19:23: procurement.buyers.members[0].organisation: ")
    assert "organisation file" in problem and "gothenburg.yaml' not found" in problem


def test_bad_organisation_file_reports_its_own_location(tmp_path: Path) -> None:
    org = tmp_path / "org.yaml"
    org.write_text("organisation:\n  name: X\n  country: Finland\n", encoding="utf-8")
    konnevesi = ROOT / "examples" / "orgs" / "konnevesi.yaml"
    path = copy_example(tmp_path, old=f"organisation: {konnevesi}", new=f"organisation: {org}")
    found = problems_of(path)
    assert any(p.startswith(f"{org}:3:12: organisation.country: 'Finland'") for p in found)


def test_buyer_needs_an_organisation_file_or_name_country_contact(tmp_path: Path) -> None:
    path = copy_example(tmp_path, old="        country: ES\n", new="")
    (problem,) = problems_of(path)
    assert (
        ": procurement.buyers.members[2]: give 'organisation: path/to/org.yaml' or else country"
        in problem
    )


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "cpv_main: 73000000-2",
            "cpv_main: 73000000",
            ":40:13: procurement.cpv_main: '73000000' is not a CPV code",
        ),
        (
            "[73120000-9, 73430000-5]",
            "[73120000-9, 7343000-5]",
            ":41:32: procurement.cpv_additional[1]: '7343000-5' is not a CPV code",
        ),
        (
            "[FI198, SE232",
            "[Keski-Suomi, SE232",
            ":42:26: procurement.place_of_performance[0]: 'Keski-Suomi' is not a NUTS code",
        ),
        (
            "procedure: pcp",
            "procedure: pc",
            ":6:14: procurement.procedure: 'pc' is not one of 'pcp', 'ppi' or"
            " 'innovation-partnership'",
        ),
        (
            "authority_type: sub-central",
            "authority_type: local",
            ":10:19: procurement.authority_type: 'local' is not an authority type; write 'central'",
        ),
        (
            "total: 3800000",
            "total: -1",
            ":92:12: procurement.budget.total: Input should be greater than or equal to 0",
        ),
        (
            "total: 3800000",
            "total: yes",
            ":92:12: procurement.budget.total: must be a number, not true/false",
        ),
        (
            "total: 3800000",
            "total: 3 800 000",
            ":92:12: procurement.budget.total: must be a number",
        ),
        (
            "weight: 30",
            "weight: 130",
            ":176:17: procurement.criteria.award[0].weight: Input should be less than or"
            " equal to 100",
        ),
        (
            "contracts: 8",
            "contracts: eight",
            ":109:18: procurement.phases[0].contracts: must be a whole number",
        ),
        (
            "start: 2027-03-01",
            "start: 2027-02-30",
            ":105:14: cannot read this value: day is out of range for month",
        ),
        (
            "  reference: LEA-PCP-2026-01\n",
            "",
            ":5:1: procurement: 'reference' is required but missing",
        ),
        (
            "supplies_value:",
            "supply_value:",
            ":93:5: procurement.budget.supply_value: unknown key 'supply_value'; did you"
            " mean 'supplies_value'?",
        ),
        (
            "  tendering:\n",
            "  tenderng:\n",
            "procurement.tenderng: unknown key 'tenderng'; did you mean 'tendering'?",
        ),
        (
            "gate_criteria:",
            "gate_criterias:",
            "procurement.phases[0].gate_criterias: unknown key 'gate_criterias'; did you"
            " mean 'gate_criteria'?",
        ),
    ],
)
def test_model_problems_are_located(tmp_path: Path, old: str, new: str, expected: str) -> None:
    path = copy_example(tmp_path, old=old, new=new)
    found = problems_of(path)
    assert any(expected in p for p in found), found
    assert all(p.startswith(str(path)) for p in found)


def test_top_level_key_with_did_you_mean(tmp_path: Path) -> None:
    path = copy_example(tmp_path, old="procurement:", new="procurment:")
    (problem,) = problems_of(path)
    assert (
        "expected a top-level 'procurement:' mapping, found 'procurment'; did you mean"
        " 'procurement'?" in problem
    )


def test_procurement_is_registered_with_validate_and_schema() -> None:
    from leadocs.validate import check_file, schemas

    assert schemas()["procurement"] is ProcurementFile
    result = check_file(PCP)
    assert result.problems == [] and result.notes


def test_schema_documents_every_field() -> None:
    schema = ProcurementFile.model_json_schema()
    procurement = schema["$defs"]["Procurement"]
    assert procurement["additionalProperties"] is False
    for name, field in procurement["properties"].items():
        # pydantic leaves out a field's description when it repeats its model's docstring
        ref = field.get("$ref", "").rsplit("/", 1)[-1]
        assert field.get("description") or schema["$defs"][ref]["description"], name
    assert (
        "Art. 28(4)"
        in schema["$defs"]["Timeline"]["properties"]["agreed_tender_deadline"]["description"]
    )


def test_models_are_frozen() -> None:
    procurement = load_procurement(PCP).procurement
    with pytest.raises(Exception, match="frozen"):
        procurement.title = "x"  # type: ignore[misc]
    assert isinstance(procurement, Procurement)
