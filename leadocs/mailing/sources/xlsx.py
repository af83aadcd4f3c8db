"""Reading Excel workbooks (``.xlsx``) straight from their XML.

The small parts are read with lxml, the worksheet with the standard library's
C ElementTree parser, whose elements cost far less to visit; it resolves no
external entities and stops entity expansion bombs. openpyxl's helpers decode
what Excel encodes (date formats, serial dates): openpyxl's own cell objects
cost about ten times more than the rest of a mailing's validation, and a
ten-thousand-row list should not wait seconds for them. Values come out as
openpyxl's ``values_only`` gives them: ``str``, ``int``, ``float``, ``bool``,
``datetime`` or None.

A :class:`Worksheet` is opened once (its shared strings and date styles
read) and can then be read row by row, or its rows decoded from chunks cut
elsewhere (:mod:`leadocs.mailing.sources.xlsx_chunks`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import posixpath
import re
import zipfile
import zlib
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree

from lxml import etree

from leadocs.errors import DataError

__all__ = ["READ_ERRORS", "Row", "Worksheet", "sheet_names"]

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_ROW = f"{{{_MAIN}}}row"
_SHEET_DATA = f"{{{_MAIN}}}sheetData"
_VALUE = f"{{{_MAIN}}}v"
_TEXT = f"{{{_MAIN}}}t"
_RUN = f"{{{_MAIN}}}r"
_INLINE = f"{{{_MAIN}}}is"
_STRING_ITEM = f"{{{_MAIN}}}si"
_SAFE = etree.XMLParser(resolve_entities=False, no_network=True)
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
READ_ERRORS = (KeyError, ElementTree.ParseError, ValueError, IndexError)
"""What a broken worksheet raises while its rows are decoded."""

_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError)
"""What a damaged package raises while its parts are read (RuntimeError: an encrypted part)."""

_BLOCK = 1 << 20
_MAX_SPACES = 1 << 16
_MAX_CELL = 32_767
"""Excel's limit on the characters of one cell."""
_LONG_SPACES = re.compile(rb"[ \t\r\n]{%d,}" % (_MAX_SPACES + 1))

Row = tuple[int, list[Any]]
"""A row number (the first row is 1) and its values, one per column from A."""


def sheet_names(path: Path) -> list[str]:
    """The worksheet names of a workbook, in tab order."""
    with _open_zip(path) as package:
        return [name for name, _part in _sheets(package, path)]


class Worksheet:
    """One worksheet of a workbook, opened: its part, shared strings and date styles.

    Plain data, so it pickles: worker processes decode rows with it.

    Raises:
        DataError: not a workbook, or no such sheet.
    """

    def __init__(self, path: Path, sheet: str | None = None) -> None:
        self.path = path
        with _open_zip(path) as package:
            self.part = _sheet_part(package, path, sheet)
            self.strings = _shared_strings(package, path)
            self.dates = _date_styles(package)

    def rows(self) -> Generator[Row, None, None]:
        """Every row, in order; rows missing from the file (empty rows) are skipped.

        Raises:
            DataError: broken XML.
        """
        with self.open() as source:
            try:
                yield from _rows(_SqueezedSpaces(source), self.strings, self.dates)
            except READ_ERRORS as exc:
                raise self.unreadable(exc) from None

    @contextlib.contextmanager
    def open(self) -> Iterator[IO[bytes]]:
        """The worksheet's XML as a binary stream."""
        with _open_zip(self.path) as package:
            try:
                source = package.open(self.part)
            except KeyError as exc:  # the workbook names a part it does not have
                raise self.unreadable(exc) from None
            with source:
                yield source

    def decode_rows(self, element: Any, counter: int) -> list[Row]:
        """The ``<row>`` elements under a parsed ``element``, decoded in order.

        ``counter`` is the number of the row before them: a row without an ``r``
        attribute follows the one before it.
        """
        rows = []
        for row in element.iter(_ROW):
            counter, values = _decode_row(row, counter, self.strings, self.dates)
            rows.append((counter, values))
        return rows

    def unreadable(self, reason: Exception | str) -> DataError:
        """The error for a worksheet whose XML cannot be decoded."""
        return DataError.single(self.path, f"the worksheet cannot be read: {reason}")


@contextlib.contextmanager
def _open_zip(path: Path) -> Iterator[zipfile.ZipFile]:
    try:
        package = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not a zip package"
        hint = (
            "; save it as an Excel workbook (.xlsx)"
            if path.suffix.lower() != ".xls"
            else ("; old .xls files are not supported: save it as .xlsx")
        )
        raise DataError.single(
            path, f"cannot be read as an .xlsx workbook ({reason}){hint}"
        ) from None
    with package:
        try:
            yield package
        except _DAMAGED as exc:  # found while reading a part: a bad CRC, cut-off data
            raise DataError.single(
                path, f"cannot be read as an .xlsx workbook (damaged: {exc}); save it again"
            ) from None


def _xml(package: zipfile.ZipFile, part: str, path: Path) -> Any:
    try:
        return etree.fromstring(package.read(part), _SAFE)
    except KeyError:
        raise DataError.single(path, f"is not an .xlsx workbook (no {part})") from None
    except etree.XMLSyntaxError as exc:
        raise DataError.single(path, f"broken workbook part {part}: {exc}") from None


def _sheets(package: zipfile.ZipFile, path: Path) -> list[tuple[str, str]]:
    """``(name, part)`` of every worksheet, from ``xl/workbook.xml`` and its relationships."""
    book_part = _office_document(package, path)
    book = _xml(package, book_part, path)
    rels_part = posixpath.join(
        posixpath.dirname(book_part), "_rels", posixpath.basename(book_part) + ".rels"
    )
    targets = {
        rel.get("Id"): rel.get("Target", "")
        for rel in _xml(package, rels_part, path).iter(f"{{{_PKG_REL}}}Relationship")
    }
    found = []
    for node in book.iter(f"{{{_MAIN}}}sheet"):
        target = targets.get(node.get(f"{{{_REL}}}id"), "")
        part = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(posixpath.dirname(book_part), target))
        )
        found.append((node.get("name", ""), part))
    return found


def _office_document(package: zipfile.ZipFile, path: Path) -> str:
    for rel in _xml(package, "_rels/.rels", path).iter(f"{{{_PKG_REL}}}Relationship"):
        if rel.get("Type", "").endswith("/officeDocument"):
            return str(rel.get("Target", "xl/workbook.xml")).lstrip("/")
    return "xl/workbook.xml"


def _sheet_part(package: zipfile.ZipFile, path: Path, name: str | None) -> str:
    sheets = _sheets(package, path)
    if not sheets:
        raise DataError.single(path, "the workbook has no worksheet")
    if name is None:
        return sheets[0][1]
    for sheet, part in sheets:
        if sheet == name:
            return part
    names = [sheet for sheet, _ in sheets]
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.5)
    hint = f"did you mean '{close[0]}'?" if close else f"the sheets are: {', '.join(names)}"
    raise DataError.single(path, f"no sheet named '{name}'; {hint}")


def _shared_strings(package: zipfile.ZipFile, path: Path) -> list[str]:
    part = next((n for n in package.namelist() if n.lower() == "xl/sharedstrings.xml"), None)
    if part is None:
        return []
    strings: list[str] = []
    try:
        with package.open(part) as source:
            for _event, item in ElementTree.iterparse(source):
                if item.tag == _STRING_ITEM:
                    strings.append(_string_item(item))
                    item.clear()
    except ElementTree.ParseError as exc:
        raise DataError.single(path, f"broken shared strings: {exc}") from None
    return strings


def _string_item(item: Any) -> str:
    """The text of an ``<si>`` or ``<is>``: its ``<t>``, or its runs' ``<t>`` (not phonetics)."""
    text = item.find(_TEXT)
    if text is not None:
        return _unescape(text.text or "")
    return _unescape("".join(run.findtext(_TEXT) or "" for run in item.iter(_RUN)))


def _unescape(text: str) -> str:
    # Excel writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


# The built-in number formats (ECMA-376 18.8.30) that show a date or time, as
# openpyxl's is_date_format finds them; openpyxl itself is imported only for a
# workbook with formats of its own (importing it costs a tenth of a second).
_BUILTIN_DATE_FORMATS = frozenset({*range(14, 23), 45, 46, 47})


def _date_styles(package: zipfile.ZipFile) -> frozenset[int]:
    """Indexes of the cell styles whose number format shows a date or time."""
    try:
        styles = etree.fromstring(package.read("xl/styles.xml"), _SAFE)
    except (KeyError, etree.XMLSyntaxError):
        return frozenset()
    custom = {
        int(fmt.get("numFmtId", "-1")): fmt.get("formatCode", "")
        for fmt in styles.iter(f"{{{_MAIN}}}numFmt")
    }
    found = set()
    cell_xfs = styles.find(f"{{{_MAIN}}}cellXfs")
    for index, xf in enumerate(cell_xfs if cell_xfs is not None else ()):
        number = int(xf.get("numFmtId", "0"))
        if number in custom:
            from openpyxl.styles.numbers import is_date_format

            if is_date_format(custom[number]):
                found.add(index)
        elif number in _BUILTIN_DATE_FORMATS:
            found.add(index)
    return frozenset(found)


class _SqueezedSpaces:
    """A worksheet's bytes with every run of whitespace cut to :data:`_MAX_SPACES` bytes.

    ElementTree keeps the text between two tags as one string, so a worksheet
    padded with hundreds of megabytes of spaces would take as much memory.
    No real run is that long: a cell holds at most 32,767 characters.
    """

    def __init__(self, source: IO[bytes]) -> None:
        self._source = source
        self._pending = b""

    def read(self, _size: int = -1) -> bytes:
        """The next block (of any length), squeezed; empty at the end."""
        while True:
            block = self._source.read(_BLOCK)
            data = _LONG_SPACES.sub(_squeeze, self._pending + block)
            if not block:
                self._pending = b""
                return data
            # Whitespace at the end may go on in the next block: hold it back.
            kept = data.rstrip(b" \t\r\n")
            self._pending = data[len(kept) :]
            if kept:
                return kept


def _squeeze(run: re.Match[bytes]) -> bytes:
    return run.group(0)[:_MAX_SPACES]


def _rows(
    source: IO[bytes] | _SqueezedSpaces, strings: list[str], dates: frozenset[int]
) -> Iterator[Row]:
    counter = 0
    sheet_data: Any = None
    for event, element in ElementTree.iterparse(source, events=("start", "end")):
        if event == "start":
            if element.tag == _SHEET_DATA:
                sheet_data = element
            continue
        if element.tag != _ROW:
            continue
        counter, values = _decode_row(element, counter, strings, dates)
        # Drop the parsed row: memory stays flat however long the sheet is.
        if sheet_data is not None:
            sheet_data.remove(element)
        yield counter, values


def _decode_row(element: Any, counter: int, strings: list[str], dates: frozenset[int]) -> Row:
    """A parsed ``<row>``'s number and values; ``counter`` is the previous row's number."""
    number = int(element.get("r") or counter + 1)
    values: list[Any] = []
    for cell in element:
        ref = cell.get("r")
        column = _column_index(ref) if ref else len(values)
        if column > len(values):
            values.extend([None] * (column - len(values)))
        value = _value(cell, strings, dates)
        if isinstance(value, str) and len(value) > _MAX_CELL:
            # Not written by Excel, which stops at its limit; never a recipient's value.
            raise ValueError(
                f"cell {ref or column + 1} of row {number} holds {len(value):,} characters; "
                f"a cell holds at most {_MAX_CELL:,}"
            )
        values.append(value)
    return number, values


def _column_index(ref: str) -> int:
    # Every row repeats the same few column letters ("B" of "B2", "B3", ...).
    letters = ref.rstrip("0123456789")
    index = _COLUMN_OF.get(letters)
    if index is None:
        index = _COLUMN_OF[letters] = _letters_index(letters)
    return index


_COLUMN_OF: dict[str, int] = {}


def _letters_index(ref: str) -> int:
    index = 0
    for char in ref:
        if char.isdigit():
            break
        index = index * 26 + (ord(char.upper()) - 64)
    return index - 1


def _value(cell: Any, strings: list[str], dates: frozenset[int]) -> Any:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(_INLINE)
        return None if inline is None else _string_item(inline)
    text = cell.findtext(_VALUE)
    if text is None:
        return None
    if kind == "s":
        return strings[int(text)]
    if kind == "b":
        return text.strip() == "1"
    if kind in ("str", "e"):
        return text
    if kind == "d":
        return dt.datetime.fromisoformat(text)
    number: int | float = float(text) if any(c in text for c in ".eE") else int(text)
    style = cell.get("s")
    if style is not None and int(style) in dates:
        from openpyxl.utils.datetime import from_excel

        return from_excel(number)
    return number
