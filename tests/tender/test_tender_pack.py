"""The tender pack: every document of the call for tenders, in the procedure's language.

The workbooks' formulas are checked twice: their text here, and their results
after LibreOffice recalculates a filled-in copy (tests marked soffice).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from leadocs.tender.input import load_procurement
from leadocs.tender.pack import TenderPack, build_pack
from leadocs.tender.texts import tender_catalogue
from tests.helpers.docx_text import docx_to_text
from tests.helpers.soffice_required import require_soffice
from tests.tender.test_procurement_model import PROCUREMENTS
from tests.tender.test_rules import data
from tests.tender.test_tender_languages import SHIPPED, english_left
from tests.tender.test_tender_law import write

DAY = dt.date(2026, 9, 1)
PCP = PROCUREMENTS / "pcp-personalised-stem.yaml"
IP = PROCUREMENTS / "innovation-partnership-reading-assistant.yaml"


def pack_of(path: Path, lang: str = "en") -> TenderPack:
    loaded = load_procurement(path)
    return build_pack(loaded, loaded.check(), lang=lang, today=DAY)


def book(data_: bytes) -> Workbook:
    return load_workbook(io.BytesIO(data_))


def test_the_pack_holds_every_document_and_its_index() -> None:
    pack = pack_of(PCP)
    names = [f.name for f in pack.files]
    assert names == [
        "00-index.docx",
        "01-tender-pcp-LEA-PCP-2026-01.docx",
        "02-declaration-of-honour.docx",
        "03-price-schedule-LEA-PCP-2026-01.xlsx",
        "04-evaluation-score-sheet-LEA-PCP-2026-01.xlsx",
        "05-rule-check.docx",
        "07-framework-agreement.docx",
        "08-specific-contract-phase-1.docx",
        "09-specific-contract-phase-2.docx",
        "10-specific-contract-phase-3.docx",
    ]
    assert [f.published for f in pack.files] == [False, True, True, True, False, False] + [True] * 4
    index = docx_to_text(pack.files[0].data)
    for file in pack.files[1:]:
        assert f"| {file.title} | {file.name} |" in index


@pytest.mark.parametrize(
    ("lang", "names"),
    [
        ("fi", ["00-sisallys.docx", "01-tarjouspyynto-pcp-LEA-PCP-2026-01.docx",
                "02-tarjoajan-vakuutus.docx", "03-hintaliite-LEA-PCP-2026-01.xlsx",
                "04-arviointilomake-LEA-PCP-2026-01.xlsx", "05-saantotarkistus.docx",
                "07-puitejarjestely.docx", "08-erillissopimus-vaihe-1.docx",
                "09-erillissopimus-vaihe-2.docx", "10-erillissopimus-vaihe-3.docx"]),
        ("el", ["00-periechomena.docx", "01-prosklisi-pcp-LEA-PCP-2026-01.docx",
                "02-ypefthyni-dilosi.docx", "03-timologio-LEA-PCP-2026-01.xlsx",
                "04-fyllo-axiologisis-LEA-PCP-2026-01.xlsx", "05-elegchos-kanonon.docx",
                "07-symfonia-plaisio.docx", "08-ektelestiki-symvasi-fasi-1.docx",
                "09-ektelestiki-symvasi-fasi-2.docx", "10-ektelestiki-symvasi-fasi-3.docx"]),
    ],
)  # fmt: skip
def test_file_names_are_in_the_pack_language(lang: str, names: list[str]) -> None:
    pack = pack_of(PCP, lang)
    assert [f.name for f in pack.files] == names
    index = docx_to_text(pack.files[0].data)
    for file in pack.files[1:]:
        assert f"| {file.title} | {file.name} |" in index
    assert (
        pack.merged_name
        == "06-"
        + ("tarjouspyyntoaineisto" if lang == "fi" else "fakelos-diagonismou")
        + "-LEA-PCP-2026-01.pdf"
    )


@pytest.mark.parametrize("lang", SHIPPED)
def test_file_names_are_short_ascii_slugs_in_every_language(lang: str) -> None:
    slugs = tender_catalogue(lang)["files"]
    for key, slug in slugs.items():
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", slug), (lang, key, slug)
        assert len(slug) <= 50, (lang, key)
    if lang != "en":  # every language names its files itself
        assert slugs["declaration"] != tender_catalogue("en")["files"]["declaration"]
    pack = pack_of(IP, lang)
    names = [f.name for f in pack.files] + [pack.merged_name]
    assert len(set(names)) == len(names)


def test_the_request_for_tenders_leaves_the_rule_check_to_its_own_report() -> None:
    pack = pack_of(PCP)
    draft = docx_to_text(pack.files[1].data)
    assert "Rule check of this draft" not in draft
    report = docx_to_text(pack.files[5].data)
    assert "[Title] Rule check: Personalised learning environments" in report
    assert "[Heading 2] Notes" in report
    assert "outside Directive 2014/24/EU under Art. 14" in report


def test_declaration_of_honour_and_espd_pointer() -> None:
    pcp = docx_to_text(pack_of(PCP).files[2].data)
    assert "(Art. 57(1));" in pcp
    assert "takes the place of the European Single Procurement Document" in pcp
    ip = docx_to_text(pack_of(IP).files[2].data)
    assert "Fill it in with the national ESPD service" in ip
    assert "| Signature | |" in ip


def test_price_schedule_has_the_maximum_prices_and_totals() -> None:
    sheet = book(pack_of(PCP).files[3].data).active
    assert sheet is not None
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4, max_row=8)]
    assert rows[0] == ["Phase", "Maximum price (excl. VAT)", "Your price (excl. VAT)",
                       "Within the maximum?"]  # fmt: skip
    assert rows[1][:2] == ["Phase 1: Solution design", 47500]
    assert rows[3][:2] == ["Phase 3: Original development and test series", 950000]
    assert rows[4][:3] == ["Total", "=SUM(B5:B7)", "=SUM(C5:C7)"]
    assert str(rows[1][3]).startswith('=IF(C5="","",IF(OR(B5="",C5<=B5),"yes"')


def test_innovation_partnership_prices_include_the_purchase() -> None:
    sheet = book(pack_of(IP).files[3].data).active
    assert sheet is not None
    names = [sheet.cell(r, 1).value for r in range(5, 10)]
    assert "Final purchase" in names
    assert sheet.cell(5 + names.index("Final purchase"), 2).value == 2400000


def test_score_sheet_has_one_sheet_per_evaluator_and_the_weights(tmp_path: Path) -> None:
    values = data("pcp")
    values["criteria"]["evaluators"] = 4
    loaded = load_procurement(write(tmp_path, values))
    workbook = book(build_pack(loaded, loaded.check(), lang="en", today=DAY).files[4].data)
    assert workbook.sheetnames == ["Summary", *(f"Evaluator {n}" for n in range(1, 5))]
    sheet = workbook["Evaluator 2"]
    assert sheet["A5"].value == "Quality and innovation of the proposed solution"
    assert sheet["B5"].value == pytest.approx(0.30)
    assert sheet["D5"].value == '=IF(C5="","",B5*C5*10)'
    assert sheet["D10"].value == "=SUM(D5:D9)"
    assert "Gate at the end of phase 1: Solution design" in [c.value for c in sheet["A"]]
    assert workbook["Summary"]["B9"].value == "=AVERAGE(B5:B8)"


@pytest.mark.parametrize("lang", ["fi", "el", "pt"])
def test_pack_documents_have_no_english_left(lang: str) -> None:
    pack = pack_of(PCP, lang)
    for file in (pack.files[0], pack.files[2]):
        assert english_left(docx_to_text(file.data), lang) == [], file.name
    sheet = book(pack.files[3].data).active
    assert sheet is not None
    texts = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "Maximum price" not in texts and "Your price" not in texts and "Phase 1" not in texts


@pytest.mark.parametrize(
    "name",
    ["pcp-matematiikka-fi.yaml", "ppi-plataforma-aprendizagem-pt.yaml",
     "sympraxi-kainotomias-el.yaml"],
)  # fmt: skip
def test_contracts_of_the_non_english_examples_have_no_english_left(name: str) -> None:
    loaded = load_procurement(PROCUREMENTS / name)
    lang = loaded.procurement.language
    pack = build_pack(loaded, loaded.check(), lang=lang, today=DAY)
    contracts = [f for f in pack.files if f.name >= "07"]
    assert contracts
    for file in contracts:
        assert english_left(docx_to_text(file.data), lang) == [], file.name


# -- the formulas compute (LibreOffice recalculates a filled-in copy) -------------------------


def recalculated(workbook: Workbook, folder: Path) -> Workbook:
    source = folder / "filled.xlsx"
    workbook.save(source)
    program = require_soffice()
    out = folder / "out"
    subprocess.run(
        [str(program), f"-env:UserInstallation=file://{folder / 'profile'}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return load_workbook(out / "filled.xlsx", data_only=True)


@pytest.mark.soffice
def test_price_schedule_formulas_compute(tmp_path: Path) -> None:
    workbook = book(pack_of(PCP).files[3].data)
    sheet = workbook.active
    assert sheet is not None
    sheet["C5"], sheet["C6"], sheet["C7"] = 45000, 400000, 900000  # phase 2 above its maximum
    result = recalculated(workbook, tmp_path).active
    assert result is not None
    assert result["B8"].value == 47500 + 380000 + 950000
    assert result["C8"].value == 45000 + 400000 + 900000
    assert [result[f"D{r}"].value for r in (5, 6, 7)] == ["yes", "NO – above the maximum", "yes"]


@pytest.mark.soffice
def test_score_sheet_formulas_compute(tmp_path: Path) -> None:
    workbook = book(pack_of(PCP).files[4].data)
    scores = {"Evaluator 1": [10, 8, 6, 4, 10], "Evaluator 2": [5] * 5, "Evaluator 3": [0] * 5}
    for name, marks in scores.items():
        for row, mark in enumerate(marks, 5):
            workbook[name][f"C{row}"] = mark
    result = recalculated(workbook, tmp_path)
    weights = [0.30, 0.25, 0.15, 0.10, 0.20]
    expected = {
        n: sum(w * m * 10 for w, m in zip(weights, marks, strict=True))
        for n, marks in scores.items()
    }
    for name, total in expected.items():
        assert result[name]["D10"].value == pytest.approx(total)
        assert result[name]["B10"].value == pytest.approx(1)
    assert result["Summary"]["B8"].value == pytest.approx(sum(expected.values()) / 3)


# -- the command line -----------------------------------------------------------------------


def test_cli_writes_the_pack_in_the_procedure_language(run, tmp_path: Path) -> None:
    values = data("ppi")
    values["language"] = "pt"
    path = write(tmp_path, values)
    result = run("tender", path, "--pack", tmp_path / "pack", "--date", "2026-09-01")
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in (tmp_path / "pack").iterdir())
    assert len(files) == 7 and files[0] == "00-indice.docx"
    assert files[-1] == "07-contrato.docx"
    assert "[Title] Caderno de encargos" in docx_to_text(tmp_path / "pack" / files[1])
    assert "[Title] Peças do procedimento" in docx_to_text(tmp_path / "pack" / files[0])


def test_cli_pack_keeps_existing_files(run, tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "02-declaration-of-honour.docx").write_bytes(b"signed copy")
    result = run("tender", PCP, "--pack", folder)
    assert result.exit_code == 1
    assert "already exists" in result.stderr
    assert [p.name for p in folder.iterdir()] == ["02-declaration-of-honour.docx"]
    assert (folder / "02-declaration-of-honour.docx").read_bytes() == b"signed copy"
    assert run("tender", PCP, "--pack", folder, "--force").exit_code == 0
    assert len(list(folder.iterdir())) == 10  # six files and four contracts


def test_cli_merge_needs_a_pack(run, tmp_path: Path) -> None:
    result = run("tender", PCP, "--merge")
    assert result.exit_code == 2
    assert "--merge needs --pack" in result.stderr
    result = run("tender", PCP, "--pack", tmp_path / "p", "-o", tmp_path / "x.docx")
    assert result.exit_code == 2


@pytest.mark.soffice
def test_cli_pack_pdf_and_merge(run, tmp_path: Path) -> None:
    require_soffice()
    folder = tmp_path / "pack"
    result = run("tender", IP, "--pack", folder, "--lang", "el", "--merge")
    assert result.exit_code == 0, result.output
    from pypdf import PdfReader

    pdfs = sorted(p.name for p in folder.glob("*.pdf"))
    assert len(pdfs) == 8  # seven files (the partnership agreement last) and the merged one
    merged = PdfReader(folder / "06-fakelos-diagonismou-BRG-IP-2027-01.pdf")
    titles = [item.title for item in merged.outline]
    assert titles == ["Έγγραφα της σύμβασης", "Υπεύθυνη δήλωση για τους λόγους αποκλεισμού",
                      "Τιμολόγιο", "Συμφωνία σύμπραξης καινοτομίας"]  # fmt: skip
    parts = ("01-engrafa-sympraxi-kainotomias-BRG-IP-2027-01.pdf", "02-ypefthyni-dilosi.pdf",
             "03-timologio-BRG-IP-2027-01.pdf",
             "07-symfonia-sympraxis-kainotomias.pdf")  # fmt: skip
    assert len(merged.pages) == sum(len(PdfReader(folder / name).pages) for name in parts)


# -- the sections real calls for tenders have -----------------------------------------------


def test_request_for_tenders_has_the_sections_of_a_real_call(tmp_path: Path) -> None:
    draft = docx_to_text(pack_of(PCP).files[1].data)
    for heading in (
        "Questions and answers",
        "Content of the tender",
        "Prices and VAT",
        "Opening of tenders and evaluation committee",
        "Obligations of the EU funding",
    ):
        assert f"[Heading 2] {heading}\n" in draft, heading
    assert "declaration of absence of conflict of interests (Art. 24)" in draft
    assert "annexes excluded: [to complete]" in draft
    assert "the remainder may be used in the later phases" in draft
    assert "A gate's score is the sum of its criteria's scores multiplied by their weights" in draft
    assert "to the end of the last phase, in months: 21" in draft  # March 2027 – November 2028
    assert "European Anti-Fraud Office (OLAF) and the European Court of Auditors" in draft
    values = data("pcp")
    values["tendering"]["page_limit"] = 30
    del values["funding"]
    values["buyers"]["members"][0]["contribution"] = 3_615_000
    loaded = load_procurement(write(tmp_path, values))
    draft = docx_to_text(build_pack(loaded, loaded.check(), lang="en", today=DAY).files[1].data)
    assert "annexes excluded: 30" in draft
    assert "OLAF" not in draft


@pytest.mark.parametrize("path", [PROCUREMENTS / "ppi-learning-platform.yaml", IP])
def test_ppi_and_partnership_say_why_there_are_no_lots(path: Path, tmp_path: Path) -> None:
    draft = docx_to_text(pack_of(path).files[1].data)
    reasons = "The contract is not divided into lots; the main reasons (Art. 46(1)): [to complete]"
    assert reasons in draft
    assert "lots" not in docx_to_text(pack_of(PCP).files[1].data)
