"""Any recipient list (CSV, XLSX, YAML) gives documents or a LeadocsError, never another exception.

Each generated list is read and validated (``load_recipients``), checked by
``validate``, and run as a whole batch (one process, ``--keep-going``).
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
import yaml
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from leadocs.formats.files import builtin_network
from leadocs.mailing import BatchRequest, run_batch
from leadocs.mailing.sources.recipients import load_recipients
from leadocs.validate import check_file
from tests.helpers import EXAMPLES, LIST
from tests.robustness import ROBUST, survives
from tests.robustness.strategies import column_names, hostile_text, scalars, values

GOOD_ROWS = list(csv.reader(io.StringIO(LIST.read_text("utf-8"))))
WORKBOOK = (EXAMPLES / "recipients" / "procurers.xlsx").read_bytes()


def every_reader(path: Path) -> None:
    """Read, validate and run ``path`` as a list: each ends well or in a LeadocsError."""
    survives(lambda: load_recipients(path, builtin_network()))
    assert all(str(problem) for problem in check_file(path).problems)
    request = BatchRequest("loi", path, path.parent / "out", jobs=1, keep_going=True)
    survives(lambda: run_batch(request))


def in_folder(name: str, data: bytes) -> tuple[tempfile.TemporaryDirectory[str], Path]:
    folder = tempfile.TemporaryDirectory()
    path = Path(folder.name) / name
    path.write_bytes(data)
    return folder, path


rows = st.lists(st.lists(hostile_text, max_size=8), min_size=1, max_size=6)


@ROBUST
@given(st.lists(column_names, min_size=1, max_size=8), rows, st.sampled_from([",", ";", "\t"]))
def test_csv_lists_written_properly(header: list[str], body: list[list[str]], comma: str) -> None:
    text = io.StringIO()
    csv.writer(text, delimiter=comma).writerows([header, *body])
    folder, path = in_folder("list.csv", text.getvalue().encode("utf-8", "surrogatepass"))
    with folder:
        every_reader(path)


@ROBUST
@given(rows, st.integers(min_value=1, max_value=len(GOOD_ROWS) - 1))
def test_csv_lists_joined_by_hand(body: list[list[str]], keep: int) -> None:
    # Real rows first, then cells joined without any quoting: stray quotes, breaks, commas.
    lines = [",".join(row) for row in GOOD_ROWS[: keep + 1]] + [",".join(row) for row in body]
    folder, path = in_folder("list.csv", "\n".join(lines).encode("utf-8", "surrogatepass"))
    with folder:
        every_reader(path)


_NOT_IN_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def _cell(value: Any) -> Any:
    # What openpyxl cannot write at all; a real workbook never holds it either.
    if isinstance(value, str):
        return _NOT_IN_XML.sub("", ILLEGAL_CHARACTERS_RE.sub("", value))
    if isinstance(value, float) and value != value:  # NaN: Excel has no such number
        return None
    return value


@ROBUST
@given(
    st.lists(column_names, min_size=1, max_size=8),
    st.lists(st.lists(scalars, max_size=8), min_size=1, max_size=5),
)
def test_workbooks_with_any_cells(header: list[str], body: list[list[Any]]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [header, *body]:
        sheet.append([_cell(value) for value in row])
    data = io.BytesIO()
    book.save(data)
    folder, path = in_folder("list.xlsx", data.getvalue())
    with folder:
        every_reader(path)


@ROBUST
@given(st.lists(st.tuples(st.integers(0, len(WORKBOOK) - 1), st.binary(max_size=8)), max_size=4))
def test_damaged_workbooks(damage: list[tuple[int, bytes]]) -> None:
    data = bytearray(WORKBOOK)
    for position, replacement in damage:
        data[position : position + len(replacement)] = replacement
    folder, path = in_folder("list.xlsx", bytes(data))
    with folder:
        every_reader(path)


@ROBUST
@given(
    st.lists(
        st.fixed_dictionaries(
            {"name": scalars, "country": st.sampled_from(["FI", "NO", "XX", 3])},
            optional={"contact": values, "tasks": values, "id": scalars, "organisation": values},
        ),
        min_size=1,
        max_size=4,
    )
)
def test_yaml_lists_with_any_items(items: list[dict[str, Any]]) -> None:
    text = yaml.safe_dump({"recipients": items}, allow_unicode=True)
    folder, path = in_folder("list.yaml", text.encode("utf-8", "surrogatepass"))
    with folder:
        every_reader(path)
