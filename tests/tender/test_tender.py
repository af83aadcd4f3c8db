"""Tender skeletons: golden text of each procedure, the draft's contents, and the CLI."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from leadocs.tender.draft import tender_document
from leadocs.tender.input import load_procurement
from tests.helpers import check_golden
from tests.helpers.docx_text import docx_to_text
from tests.helpers.soffice_required import require_soffice
from tests.tender.test_procurement_model import PCP, PROCUREMENTS, copy_example

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DAY = dt.date(2026, 9, 1)
KINDS = {
    "pcp": "pcp-personalised-stem.yaml",
    "ppi": "ppi-learning-platform.yaml",
    "innovation-partnership": "innovation-partnership-reading-assistant.yaml",
}


def render(path: Path) -> bytes:
    loaded = load_procurement(path)
    return tender_document(loaded, loaded.check(), today=DAY).data


def body_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read("word/document.xml"))


@pytest.mark.parametrize("kind", KINDS)
def test_golden_text(kind: str, update_golden: bool) -> None:
    check_golden(
        f"tender-{kind}.txt", docx_to_text(render(PROCUREMENTS / KINDS[kind])), update_golden
    )


@pytest.mark.parametrize("kind", KINDS)
def test_no_template_tags_left_and_markers_highlighted(kind: str) -> None:
    data = render(PROCUREMENTS / KINDS[kind])
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.endswith(".xml"):
                text = package.read(name).decode("utf-8")
                for tag in ("{{", "{%", "{#", "%}", "}}"):
                    assert tag not in text, (name, tag)
    root = body_xml(data)
    highlighted = [
        "".join(run.itertext())
        for run in root.iter(f"{W}r")
        if run.find(f"{W}rPr/{W}highlight") is not None
    ]
    assert "[check national law]" in highlighted
    assert "Draft – to be checked against national law" in docx_to_text(data)


@pytest.mark.parametrize(
    ("kind", "sections"),
    [
        (
            "pcp",
            [
                "1.3 Legal basis",
                "2.3 Minimum requirements (pass/fail)",
                "3 Phases and budget",
                "4 Timetable",
                "5 Tendering rules",
                "6 Exclusion grounds",
                "7 Selection criteria",
                "8 Compliance criteria",
                "9 Award criteria and scoring",
                "10.1 Framework agreement and specific contracts",
                "10.2 Intellectual property rights",
                "11 Annexes",
            ],
        ),
        (
            "ppi",
            [
                "3 Functional and performance specification",
                "4 Preceding market consultation",
                "5 Procedure and timetable",
                "6 Exclusion grounds and ESPD",
                "7 Selection criteria",
                "8 Award criteria",
                "9 Conformance testing",
                "10 Contract conditions",
                "12 Annexes",
            ],
        ),
        (
            "innovation-partnership",
            [
                "2 The need that the market cannot meet",
                "3.3 Minimum requirements – not negotiable",
                "6 Selection: research, development and innovation capacity",
                "7 Award: best price-quality ratio",
                "8 Negotiation",
                "9 Structure of the partnership",
                "Final phase: purchase of the solution",
                "10 Ending the partnership or reducing partners",
                "11 Intellectual property and confidentiality",
                "12 Estimated value",
            ],
        ),
    ],
)
def test_each_skeleton_has_its_sections(kind: str, sections: list[str]) -> None:
    text = docx_to_text(render(PROCUREMENTS / KINDS[kind]))
    for section in sections:
        assert f"] {section}\n" in text, section


def test_tables_are_filled_from_the_file() -> None:
    text = docx_to_text(render(PCP))
    assert "| 1 | Solution design | 3 | 8 | €47,500 | €380,000 | 10\u00a0% |" in text
    assert "| | All phases | | | | €3,800,000 | 100\u00a0% |" in text
    assert "| Price | price | 20\u00a0% | – |" in text
    assert "| Total | | 100\u00a0% | |" in text
    assert "| Deadline for tenders | 4 December 2026, 12:00 EET |" in text
    assert (
        "| Phase 3: Original development and test series | 1 February 2028 – 30 November 2028 |"
        in text
    )
    assert (
        "| Ajuntament de Viladecans | Spain | Buyer | Laia Ferrer ↵"
        " laia.ferrer@viladecans.cat | €90,000 | 2.4\u00a0% |" in text
    )


def test_innovation_partnership_value_and_time_limits() -> None:
    text = docx_to_text(render(PROCUREMENTS / KINDS["innovation-partnership"]))
    assert "| Estimated value (Art. 5(6)) | €4,150,000 |" in text
    assert "| Final purchase (maximum) | €2,400,000 (58\u00a0%) |" in text
    assert (
        "| Requests to participate | the contract notice is sent | 30 days (Art. 31(1)) | 32 days |"
        in text
    )
    assert "EU-wide publication is required" in text


def test_missing_text_shows_to_complete(tmp_path: Path) -> None:
    path = copy_example(tmp_path, old="    current_situation: >-\n", new="    market_gap: >-\n")
    text = docx_to_text(render(path))
    assert "[Normal] Current situation. [to complete]" in text


MINIMAL = """\
procurement:
  procedure: {procedure}
  title: Minimal
  reference: MIN-1
  authority_type: central
  buyers:
    lead:
      name: Ministry of Education
      country: FI
      contact: {{name: Anna Virtanen, email: anna.virtanen@example.fi}}
  cpv_main: 73000000-2
  challenge:
    need: Something
  budget:
    total: 100000
  criteria:
    award:
      - {{name: Quality, weight: 100}}
"""


@pytest.mark.parametrize("kind", KINDS)
def test_a_minimal_file_renders_with_markers(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "minimal.yaml"
    path.write_text(MINIMAL.format(procedure=kind), encoding="utf-8")
    loaded = load_procurement(path)
    text = docx_to_text(tender_document(loaded, loaded.check(), today=DAY).data)
    assert text.count("[to complete]") > 30
    assert "| Ownership of results | [to complete] |" in text
    assert ("[Normal] Phases: [to complete]" in text) is (kind != "ppi")  # optional in a PPI


def test_warnings_are_listed_in_the_last_annex(tmp_path: Path) -> None:
    path = copy_example(tmp_path, old="cpv_main: 73000000-2", new="cpv_main: 72212190-7")
    text = docx_to_text(render(path))
    annex = text.split("Rule check of this draft\n", 1)[1]
    assert "[Heading 2] Warnings" in annex
    assert (
        "[List Bullet] procurement.cpv_main (line 40): the main CPV code 72212190-7 is not an"
        in annex
    )
    assert "The rule check found 1 warning(s)" in text
    assert "No warnings" not in annex


# -- the command line -----------------------------------------------------------------------


def test_tender_writes_the_draft(run, tmp_path: Path) -> None:
    result = run("tender", PCP, "--date", "2026-09-01")
    assert result.exit_code == 0, result.output
    target = tmp_path / "tender-pcp-LEA-PCP-2026-01.docx"
    assert target.is_file()
    assert docx_to_text(target) == docx_to_text(render(PCP))
    assert "outside Directive 2014/24/EU under Art. 14" in result.stderr
    assert "(note)" in result.stderr and "(warning)" not in result.stderr


@pytest.mark.parametrize("kind", KINDS)
def test_tender_each_procedure(run, tmp_path: Path, kind: str) -> None:
    result = run("tender", PROCUREMENTS / KINDS[kind], "-o", tmp_path / "out.docx")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out.docx").is_file()


def test_warnings_are_printed_and_strict_makes_them_fatal(run, tmp_path: Path) -> None:
    path = copy_example(tmp_path, old="contracts: 2\n", new="contracts: 1\n")
    result = run("tender", path, "-o", tmp_path / "draft.docx")
    assert result.exit_code == 0, result.output
    assert f"{path}:147:18: procurement.phases[2].contracts: only 1 contract" in result.stderr
    assert "(warning)" in result.stderr
    assert "only 1 contract in the last phase" in docx_to_text(tmp_path / "draft.docx")

    result = run("tender", path, "-o", tmp_path / "strict.docx", "--strict")
    assert result.exit_code == 4
    assert f"{path}:147:18: procurement.phases[2].contracts: only 1 contract" in result.stderr
    assert not (tmp_path / "strict.docx").exists()


BAD = [
    ("missing-file", None, None, "file not found"),
    ("yaml-syntax", "title: Personalised", "title: [Personalised", ":8:"),
    (
        "wrong-type",
        "contracts: 8",
        "contracts: [8]",
        ":109:7: procurement.phases[0].contracts: Input should be a valid integer",
    ),
    (
        "misspelt-key",
        "max_per_contract: 47500",
        "max_per_contrct: 47500",
        ":108:7: procurement.phases[0].max_per_contrct: unknown key 'max_per_contrct'; did"
        " you mean 'max_per_contract'?",
    ),
    (
        "rule-error",
        "weight: 30",
        "weight: 35",
        ":174:5: procurement.criteria.award: the award weights add up to 105 (35 + 25 + 15"
        " + 10 + 20), not 100",
    ),
    (
        "time-order",
        "award_date: 2027-02-12",
        "award_date: 2026-11-30",
        ":217:17: procurement.timeline.award_date: 2026-11-30 is before timeline.tender_deadline",
    ),
]


@pytest.mark.parametrize(("case", "old", "new", "expected"), BAD, ids=[c[0] for c in BAD])
def test_bad_input_writes_nothing(
    run, tmp_path: Path, case: str, old: str | None, new: str | None, expected: str
) -> None:
    path = (
        tmp_path / "absent.yaml" if old is None else copy_example(tmp_path, old=old, new=new or "")
    )
    existing = tmp_path / "keep.docx"
    existing.write_bytes(b"the officer's own file")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run("tender", path)
    assert result.exit_code == 1, result.output
    assert f"Error: {path}" in result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    result = run("tender", path, "-o", existing, "--force")
    assert result.exit_code == 1
    assert existing.read_bytes() == b"the officer's own file"


def test_existing_output_needs_force(run, tmp_path: Path) -> None:
    target = tmp_path / "draft.docx"
    target.write_bytes(b"old")
    result = run("tender", PCP, "-o", target)
    assert result.exit_code == 1
    assert "already exists" in result.stderr
    assert target.read_bytes() == b"old"
    assert run("tender", PCP, "-o", target, "--force").exit_code == 0
    assert target.read_bytes() != b"old"


def test_edited_template(run, tmp_path: Path) -> None:
    assert run("templates", "export", "tender-ppi", tmp_path).exit_code == 0
    result = run(
        "tender",
        PROCUREMENTS / KINDS["ppi"],
        "--template",
        tmp_path / "tender-ppi.docx",
        "-o",
        tmp_path / "out.docx",
    )
    assert result.exit_code == 0, result.output
    assert "Tender specifications" in docx_to_text(tmp_path / "out.docx")


def test_validate_reports_procurement_rules(run, tmp_path: Path) -> None:
    path = copy_example(tmp_path, old="weight: 30", new="weight: 35")
    result = run("validate", path)
    assert result.exit_code == 1
    assert (
        f"{path}:174:5: procurement.criteria.award: the award weights add up to 105"
        in result.stderr
    )
    assert "Art. 14" in result.stderr  # the EU publication note


@pytest.mark.soffice
def test_tender_pdf(run, tmp_path: Path) -> None:
    require_soffice()
    result = run(
        "tender",
        PROCUREMENTS / KINDS["innovation-partnership"],
        "-o",
        tmp_path / "ip.pdf",
        "--pdf-only",
    )
    assert result.exit_code == 0, result.output
    from pypdf import PdfReader

    reader = PdfReader(tmp_path / "ip.pdf")
    assert len(reader.pages) >= 6
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Estimated value" in text and "[to complete]" in text
    assert reader.metadata is not None
    assert reader.metadata.title.startswith("Procurement documents: AI-based teaching assistant")
