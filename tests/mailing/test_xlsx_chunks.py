"""Rows decoded from cut chunks are exactly the rows the sequential reader gives."""

from __future__ import annotations

import datetime as dt
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from leadocs.errors import DataError
from leadocs.mailing.sources.xlsx import Worksheet
from leadocs.mailing.sources.xlsx_chunks import cut_rows, decode_chunk

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def workbook(path: Path, sheet_xml: str, *, strings: str = "") -> Path:
    """A minimal workbook whose only worksheet is ``sheet_xml`` (bytes as given)."""
    package_rel = "http://schemas.openxmlformats.org/package/2006/relationships"
    parts = {
        "_rels/.rels": f'<Relationships xmlns="{package_rel}"><Relationship Id="rId1" '
        f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet '
        'name="List" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{package_rel}"><Relationship '
        f'Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    if strings:
        parts["xl/sharedStrings.xml"] = f'<sst xmlns="{MAIN}">{strings}</sst>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in parts.items():
            package.writestr(name, text.encode("utf-8"))
    return path


def chunked(path: Path, size: int) -> tuple[list[tuple[int, list[object]]], int]:
    sheet = Worksheet(path)
    chunks = list(cut_rows(sheet, size))
    rows = [row for chunk in chunks for row in decode_chunk(sheet, chunk)]
    return rows, sum(1 for chunk in chunks if chunk.xml)


def sequential(path: Path) -> list[tuple[int, list[object]]]:
    return list(Worksheet(path).rows())


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
def test_openpyxl_workbook(tmp_path: Path, size: int) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["name", "contact.email", "since", "count"])
    for number in range(1, 40):
        if number % 9 == 0:
            sheet.append([])  # an empty row: not in the file
            continue
        sheet.append(
            [
                f"Kunta {number} & <co>",
                f"a{number}@example.fi",
                dt.date(2026, 1, number % 28 + 1),
                number * 1.5,
            ]
        )
    path = tmp_path / "list.xlsx"
    book.save(path)
    rows, cut = chunked(path, size)
    assert rows == sequential(path) and len(rows) == 36 and cut > 0
    assert rows[1][1] == ["Kunta 1 & <co>", "a1@example.fi", dt.datetime(2026, 1, 2), 1.5]


ROWS = (
    '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>'
    "Łódź</x:t></x:is></x:c></x:row>"
    '<x:row r="3" spans="1:3"/>'  # empty, self-closing
    '<x:row><x:c><x:v>7</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>'  # no r: row 4
    '<x:row spans="1:2" r="6"><x:c r="B6" t="s"><x:v>1</x:v></x:c></x:row>'
    '<x:row><x:c t="str"><x:v>a &lt;/x:row&gt; b</x:v></x:c></x:row>'  # row 7
    '<x:row r="9"/><x:row r="10"/>'
    "<x:row><x:c><x:v>2.5</x:v></x:c></x:row>"  # row 11
)


def prefixed(rows: str, *, before: str = "", declaration: str = "") -> str:
    return (
        f'{declaration}{before}<x:worksheet xmlns:x="{MAIN}" xmlns:r="{REL}"><x:dimension '
        f'ref="A1:C11"/><x:sheetData>{rows}</x:sheetData><x:rowBreaks count="0"/>'
        "</x:worksheet>"
    )


@pytest.mark.parametrize("size", [1, 2, 3, 4, 100])
def test_prefixes_missing_numbers_and_self_closing_rows(tmp_path: Path, size: int) -> None:
    strings = "<si><t>name</t></si><si><r><t>rich</t></r><r><t> text</t></r></si>"
    path = workbook(
        tmp_path / "x.xlsx",
        prefixed(ROWS, declaration='<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'),
        strings=strings,
    )
    rows, cut = chunked(path, size)
    assert cut > 0
    assert (
        rows
        == sequential(path)
        == [
            (1, ["name", None, "Łódź"]),
            (3, []),
            (4, [7, True]),
            (6, [None, "rich text"]),
            (7, ["a </x:row> b"]),
            (9, []),
            (10, []),
            (11, [2.5]),
        ]
    )


@pytest.mark.parametrize(
    ("rows", "before", "declaration"),
    [
        (ROWS.replace('<x:row r="9"/>', '<!-- </x:row> --><x:row r="9"/>'), "", ""),
        (ROWS.replace("a &lt;/x:row&gt; b", "<![CDATA[a </x:row> b]]>"), "", ""),
        (ROWS, "", '<?xml version="1.0" encoding="ISO-8859-1"?>'),
        (ROWS.replace('<x:row r="9"/>', '<?mso-hint x?><x:row r="9"/>'), "", ""),
    ],
    ids=["comment", "cdata", "latin-1", "instruction"],
)
def test_worksheets_that_cannot_be_cut_are_decoded_in_order(
    tmp_path: Path, rows: str, before: str, declaration: str
) -> None:
    sheet_xml = prefixed(rows, before=before, declaration=declaration)
    path = tmp_path / "odd.xlsx"
    workbook(path, sheet_xml, strings="<si><t>name</t></si><si><t>rich text</t></si>")
    found, cut = chunked(path, 2)
    assert cut == 0
    assert found == sequential(path)
    assert [number for number, _ in found] == [1, 3, 4, 6, 7, 9, 10, 11]


def test_broken_worksheet_is_a_data_error(tmp_path: Path) -> None:
    sheet_xml = prefixed(ROWS)
    path = workbook(
        tmp_path / "broken.xlsx",
        sheet_xml.replace('</x:c></x:row><x:row r="3"', '</x:row><x:row r="3"'),
        strings="<si><t>n</t></si><si><t>r</t></si>",
    )
    with pytest.raises(DataError, match=r"cannot be read: mismatched tag \(at or after row 1\)$"):
        chunked(path, 2)
    truncated = workbook(tmp_path / "cut.xlsx", sheet_xml[: len(sheet_xml) // 2])
    with pytest.raises(DataError, match="the worksheet cannot be read"):
        chunked(truncated, 2)


def test_worksheet_without_rows(tmp_path: Path) -> None:
    for sheet_xml in (
        f'<worksheet xmlns="{MAIN}"><sheetData/></worksheet>',
        f'<worksheet xmlns="{MAIN}"><sheetData></sheetData></worksheet>',
        f'<worksheet xmlns="{MAIN}"/>',
    ):
        path = workbook(tmp_path / "empty.xlsx", sheet_xml)
        assert chunked(path, 5)[0] == sequential(path) == []


# -- padding: linear time, bounded memory (issue 17) -------------------------------------


def padded_sheet(where: str, padding: int) -> str:
    rows = "".join(
        f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>v{i}</t></is></c></row>'
        for i in range(1, 30)
    )
    more = rows.replace('r="', 'r="1')
    pad = " " * padding
    inner = {
        "before-sheet-data": f"{pad}<sheetData>{rows}</sheetData>",
        "between-rows": f"<sheetData>{rows}{pad}{more}</sheetData>",
        "before-its-end": f"<sheetData>{rows}{pad}</sheetData>",
    }[where]
    return f'<worksheet xmlns="{MAIN}">{inner}</worksheet>'


def cutting_peak(path: Path) -> tuple[int, list[tuple[int, list[object]]]]:
    """Peak memory (bytes) while cutting the sheet, and its rows."""
    sheet = Worksheet(path)
    tracemalloc.start()
    try:
        chunks = list(cut_rows(sheet, 10))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak, [row for chunk in chunks for row in decode_chunk(sheet, chunk)]


@pytest.mark.parametrize("where", ["before-sheet-data", "between-rows", "before-its-end"])
def test_padding_does_not_grow_the_cutters_memory(tmp_path: Path, where: str) -> None:
    # The cutter once kept all padding and searched it again for every block read:
    # quadratic time, memory as large as the padding. Its memory must not follow the padding.
    small = workbook(tmp_path / "small.xlsx", padded_sheet(where, 4 << 20))
    large = workbook(tmp_path / "large.xlsx", padded_sheet(where, 32 << 20))
    small_peak, small_rows = cutting_peak(small)
    large_peak, large_rows = cutting_peak(large)
    assert large_rows == small_rows == sequential(small)
    assert large_peak < 8 << 20  # a few blocks, not 32 MiB of spaces
    assert large_peak < small_peak * 2


def reading_peak(path: Path) -> tuple[int, list[tuple[int, list[object]]]]:
    """Peak memory (bytes) while reading the sheet's rows in order, and the rows."""
    tracemalloc.start()
    try:
        rows = sequential(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak, rows


@pytest.mark.parametrize("where", ["before-sheet-data", "between-rows", "before-its-end"])
def test_padding_does_not_grow_the_readers_memory(tmp_path: Path, where: str) -> None:
    small = workbook(tmp_path / "small.xlsx", padded_sheet(where, 4 << 20))
    large = workbook(tmp_path / "large.xlsx", padded_sheet(where, 32 << 20))
    small_peak, small_rows = reading_peak(small)
    large_peak, large_rows = reading_peak(large)
    assert large_rows == small_rows
    assert len(large_rows) > 20
    assert large_peak < 8 << 20
    assert large_peak < small_peak * 2


def test_spaces_inside_a_cell_are_kept(tmp_path: Path) -> None:
    cell = '<c r="A1" t="inlineStr"><is><t xml:space="preserve">  a   b  </t></is></c>'
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{cell}</row></sheetData></worksheet>'
    assert sequential(workbook(tmp_path / "spaces.xlsx", sheet)) == [(1, ["  a   b  "])]


def test_a_cell_past_excels_limit_is_an_error(tmp_path: Path) -> None:
    # Excel stops at 32,767 characters; a longer cell was made to hurt, not typed.
    cell = f'<c r="B2" t="inlineStr"><is><t>{"x" * 40_000}</t></is></c>'
    rows = (
        f'<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row><row r="2">{cell}</row>'
    )
    path = workbook(
        tmp_path / "long.xlsx",
        f'<worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData></worksheet>',
    )
    for read in (sequential, lambda p: chunked(p, 1)):
        with pytest.raises(
            DataError, match="cell B2 of row 2 holds 40,000 characters; a cell holds"
        ):
            read(path)
