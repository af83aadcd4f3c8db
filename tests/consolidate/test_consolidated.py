"""The coordinator's consolidated report: counts, errors, charts in the .docx and the PDF, text."""

from __future__ import annotations

import datetime as dt
import io
import re
import textwrap
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from leadocs.consolidate.document import consolidated_report
from leadocs.consolidate.figures import consolidate
from leadocs.consolidate.records import load_records
from leadocs.errors import DataError
from leadocs.formats.files import builtin_network
from tests.helpers import EXAMPLES, check_golden
from tests.helpers.docx_text import docx_to_text

RETURNED = EXAMPLES / "returned-reports"
DAY = dt.date(2019, 11, 5)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def records(tmp_path: Path) -> Path:
    """ENTER at M15 and M20, Braga at M20 only, with an additional member abroad."""
    write(
        tmp_path,
        "enter-m15.yaml",
        """\
        report:
          partner: ENTER
          period: M15
          member_states:
            - {code: AT, member: Wien}
            - {code: GR, member: null}
          additional_members:
            - {organisation: Graz, country: AT, status: contacted}
        """,
    )
    write(
        tmp_path,
        "enter-m20.yaml",
        """\
        report:
          partner: enter
          period: M20
          member_states:
            - {code: AT, member: Wien}
            - {code: GR, member: Athina}
            - {code: SK, member: Kosice}
          additional_members:
            - {organisation: Graz, country: AT, status: loi-signed}
            - {organisation: Valletta, country: MT, status: contacted}
        """,
    )
    write(
        tmp_path,
        "braga.yaml",
        """\
        report:
          partner: Braga Municipality
          period: M20
          member_states: [{code: PT, member: Braga}]
          additional_members:
            - {organisation: Vigo, country: ES, status: loi-signed}
        """,
    )
    return tmp_path


def test_counts_member_states_members_per_partner_and_progress(records: Path) -> None:
    network = builtin_network()
    figures = consolidate(network, [r.report for r in load_records(records, network)])
    assert figures.covered == ("AT", "GR", "PT", "SK", "ES")  # the source's order
    assert (figures.committed, figures.contacted, figures.reached) == (6, 1, False)
    enter = next(p for p in figures.partners if p.partner == "ENTER")
    assert (enter.latest, enter.previous) == ("M20", "M15")
    assert (enter.previous_committed, enter.committed) == (1, 4)
    assert (enter.previous_covered, enter.covered) == (1, ("AT", "GR", "SK"))
    assert enter.contacted == 1
    braga = next(p for p in figures.partners if p.partner == "Braga Municipality")
    assert (braga.previous, braga.committed, braga.covered) == (None, 2, ("PT",))
    assert [(c.period, c.covered) for c in figures.coverage] == [("M15", 1), ("M20", 5)]
    states = {s.code: s for s in figures.states}
    assert states["AT"].committed == ("Wien", "Graz")
    assert (states["MT"].committed, states["MT"].contacted) == ((), 1)
    assert states["ES"].partners == ("Ajuntament de Viladecans",)
    assert [s.number for s in figures.states] == list(range(1, 29))
    assert (states["NO"].number, states["NO"].eea) == (28, True)


def test_a_record_that_does_not_validate_names_file_line_and_field(records: Path) -> None:
    bad = write(
        records,
        "bad.yaml",
        """\
        report:
          partner: ENTER
          period: M15
          member_states:
            - {code: SE, member: Stockholm}
        """,
    )
    with pytest.raises(DataError) as caught:
        load_records(records, builtin_network())
    assert str(caught.value).splitlines() == [
        f"{bad}:5:14: report.member_states[0].code: SE is not a member state of ENTER "
        "(AT, GR, MT, SK); list members elsewhere under additional_members",
        f"{records / 'enter-m15.yaml'}:1:1: report: ENTER M15 is reported in {bad} too; "
        "keep one of them",
        "2 problems found; nothing was written.",
    ]


def test_the_other_files_of_a_collect_folder_are_passed_over(records: Path) -> None:
    write(records, "collected.yaml", "returned:\n  - {file: a.pdf, kind: report}\n")
    write(records, "konnevesi.yaml", "organisation:\n  name: Konnevesi\n")
    assert len(load_records(records, builtin_network())) == 3
    typo = write(records, "typo.yaml", "reprot:\n  partner: ENTER\n")
    with pytest.raises(DataError) as caught:
        load_records(records, builtin_network())
    assert str(caught.value).startswith(f"{typo}:1:1: expected a top-level 'report:' mapping")


def test_a_value_the_format_refuses_is_located(records: Path) -> None:
    bad = write(
        records,
        "typo.yaml",
        """\
        report:
          partner: ICLEI
          period: M20
          additional_members:
            - {organisation: Utrecht, country: NL, status: signed}
        """,
    )
    with pytest.raises(DataError) as caught:
        load_records(records, builtin_network())
    (problem,) = caught.value.problems
    assert (problem.file, problem.line) == (str(bad), 5)
    assert problem.field == "report.additional_members[0].status"
    assert "contacted" in problem.message and "loi-signed" in problem.message


def test_report_consolidate_on_the_command_line(run, records: Path) -> None:
    result = run("report", "--consolidate", records, "-o", "c.docx", "--date", "2019-11-05")
    assert result.exit_code == 0, result.output
    text = docx_to_text(Path("c.docx"))
    assert "| 1 | Austria | ENTER | Wien ↵ Graz | |" in text
    assert "| ENTER | AT, GR, MT, SK | M20 | 1 → 3 / 4 | 1 → 4 | 1 |" in text


def test_a_partner_not_in_the_network_is_a_clear_error(run, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "x.yaml", "report:\n  partner: Acme\n  period: M15\n")
    result = run("report", "--consolidate", folder, "-o", "c.docx")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert f"{folder / 'x.yaml'}:2:12: report.partner: 'Acme' is not a partner of LEA-N" in (
        result.output
    )
    assert not Path("c.docx").exists()


def test_consolidate_and_partner_do_not_go_together(run, records: Path) -> None:
    result = run("report", "--consolidate", records, "--partner", "ENTER")
    assert result.exit_code == 2
    assert "--consolidate makes one report of every partner" in result.output


def test_a_folder_without_records_is_an_error(run, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("report", "--consolidate", tmp_path / "empty")
    assert result.exit_code == 2 and "no partner report records" in result.output
    write(tmp_path / "empty", "collected.yaml", "returned: []\n")  # a collect folder, no reports
    result = run("report", "--consolidate", tmp_path / "empty")
    assert result.exit_code == 2 and "no partner report records" in result.output


def _pictures(docx: bytes) -> list[bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        names = [n for n in package.namelist() if n.startswith("word/media/")]
        return [package.read(name) for name in names]


def test_both_charts_are_in_the_docx_and_grey(records: Path) -> None:
    network = builtin_network()
    document = consolidated_report(network, load_records(records, network), lang="en", today=DAY)
    pictures = _pictures(document.data)
    assert len(pictures) == 2
    for picture in pictures:
        image = Image.open(io.BytesIO(picture)).convert("RGB")
        assert image.width > 600  # 200 dpi: sharp in print
        colours = {colour for _count, colour in image.getcolors(1 << 20) or []}
        assert all(r == g == b for r, g, b in colours), "charts are drawn in grey only"
    assert "[leadocs-chart:" not in docx_to_text_bytes(document.data)


def docx_to_text_bytes(data: bytes) -> str:
    return str(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))


def test_golden_text_of_the_example_in_english(update_golden: bool, tmp_path: Path) -> None:
    network = builtin_network()
    document = consolidated_report(network, load_records(RETURNED, network), lang="en", today=DAY)
    path = tmp_path / "c.docx"
    path.write_bytes(document.data)
    check_golden("consolidated-lea-en.txt", docx_to_text(path), update_golden)


def test_the_report_is_in_the_network_language_given(records: Path, tmp_path: Path) -> None:
    network = builtin_network()
    document = consolidated_report(network, load_records(records, network), lang="fi", today=DAY)
    path = tmp_path / "c.docx"
    path.write_bytes(document.data)
    text = docx_to_text(path)
    assert "| 1 | Itävalta | ENTER | Wien ↵ Graz | |" in text
    assert "| 28 | Norja" in text


def _drawn_images(page: Any) -> list[tuple[int, int]]:
    """Sizes of the images ``page`` draws (LibreOffice shares one resource list among pages)."""
    drawn = set(re.findall(rb"/([^\s/]+)\s+Do\b", page.get_contents().get_data()))
    objects = page["/Resources"]["/XObject"]
    return [
        (int(objects[name]["/Width"]), int(objects[name]["/Height"]))
        for name in objects
        if name[1:].encode() in drawn and objects[name]["/Subtype"] == "/Image"
    ]


@pytest.mark.soffice
def test_the_charts_are_on_the_pdf_pages(run, records: Path) -> None:
    from pypdf import PdfReader

    from tests.helpers.soffice_required import require_soffice

    require_soffice()
    result = run("report", "--consolidate", records, "-o", "c.docx", "--pdf")
    assert result.exit_code == 0, result.output
    pages = PdfReader("c.pdf").pages
    drawn = [_drawn_images(page) for page in pages]
    assert len(drawn[0]) == 1, "the coverage chart is on the first page"
    width, height = drawn[0][0]
    assert width > height  # the coverage chart is wider than high; members is taller
    assert sum(len(found) for found in drawn) == 2
    assert "Key performance indicators" in pages[0].extract_text()
