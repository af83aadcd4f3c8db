"""Reading the rows of CSV files and Excel workbooks, streaming and fast.

CSV files are read with :mod:`csv` (UTF-8, the delimiter is the one the
header uses most: Excel writes ``;`` where the decimal comma is used).
Workbooks are read by :mod:`leadocs.mailing.sources.xlsx`; both give rows as
``(number, values)`` with values as openpyxl's ``values_only`` gives them.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import IO, Any

from leadocs.errors import DataError
from leadocs.mailing.sources.xlsx import Row, Worksheet, sheet_names

__all__ = ["Row", "cell_value", "column_letter", "csv_rows", "sheet_names", "xlsx_rows"]


def column_letter(index: int) -> str:
    """Spreadsheet letters of a 0-based column index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_value(value: Any) -> Any:
    """A cell's value as the data formats want it; None for an empty cell.

    Text is stripped, whole floats become ints (Excel stores 44300 as 44300.0
    in some files), dates become ISO text.
    """
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


# -- CSV ----------------------------------------------------------------------------------


def csv_rows(path: Path) -> Generator[Row, None, None]:
    """Every record of a CSV file, numbered as a spreadsheet shows them.

    Raises:
        DataError: the file cannot be read, is not UTF-8 (with the line) or is not
            CSV, or a quote left open has swallowed the rows after it.
    """
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise DataError.single(path, f"cannot be read: {exc.strerror}") from None
    with handle:
        lines = _decoded_lines(handle, path)
        first = next(lines, "")
        # Excel writes ';' where the decimal comma is used (most of Europe), ',' elsewhere.
        delimiter = max(",;\t", key=first.count)
        reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
        number, line, columns = 0, 0, 0
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise DataError.single(
                    path, f"not valid CSV: {exc}", line=reader.line_num
                ) from None
            number += 1
            columns = columns or len(values)
            if reader.line_num > line + 1:
                _check_spanning(path, number, line + 1, values, columns, delimiter)
            line = reader.line_num
            yield number, values


def _check_spanning(
    path: Path, number: int, line: int, values: list[str], columns: int, delimiter: str
) -> None:
    """Refuse a record over several lines that holds whole rows inside a quoted cell.

    A cell may hold line breaks (an address typed with Alt+Enter), but when a
    quote is left open the rows after it end up in one cell, their values lost
    to their own recipients and shown in this one's letter.
    """
    row_like = max(2, (columns - 1) // 2)
    swallowed = any(
        part.count(delimiter) >= row_like for value in values for part in value.splitlines()[1:]
    )
    if swallowed or (len(values) != columns and any("\n" in value for value in values)):
        where = f" (line {line} of the file)" if line != number else ""
        raise DataError.single(
            path,
            f'a quote (") opened in this row{where} is not closed where its cell ends, so the '
            "rows after it were read into one cell; add the missing quote or remove the stray "
            "one",
            line=number,
        )


def _decoded_lines(handle: IO[bytes], path: Path) -> Iterator[str]:
    """The file's lines as text, so that a decoding error names its line."""
    for number, raw in enumerate(handle, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise DataError.single(
                path,
                "is not UTF-8 text; save it as 'CSV UTF-8' (Excel) or UTF-8 (other programs)",
                line=number,
            ) from None
        yield line.removeprefix("\ufeff") if number == 1 else line


# -- XLSX ---------------------------------------------------------------------------------


def xlsx_rows(path: Path, sheet: str | None = None) -> Generator[Row, None, None]:
    """Every row of one worksheet (the first by default), as ``values_only`` gives them.

    Rows missing from the file (empty rows) are skipped; a row's list has a
    value for each column up to its last non-empty cell.

    Raises:
        DataError: not a workbook, no such sheet, or broken XML.
    """
    yield from Worksheet(path, sheet).rows()
