"""Recipient lists for a mailing: one organisation per CSV/XLSX row or YAML list item.

Spreadsheet column headers are dotted paths into the organisation format
(``name``, ``contact.email``, ``address.city``); list-valued fields hold their
items separated by semicolons (``capacity-building;ppi-pcp``). An optional
``id`` column gives each recipient a stable id (used by ``--only`` and the
batch manifest); without it the id is the short name, else the name.

A YAML list has a top-level ``recipients:`` list of organisation mappings (an
item may also be ``{organisation: {...}}``, as in an organisation file, and
may carry an ``id:``), and optionally ``network: path.yaml``.

Rows are read lazily so that a list of ten thousand rows is never held in
memory; :meth:`RecipientSource.check` validates one row and reports every
problem of it as ``file:row: column: message``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import Any

import pydantic

from leadocs.errors import DataError, DataProblem
from leadocs.formats.files import check_tasks
from leadocs.formats.loading import MAX_NODES, LoadedFile, SourceMap, load_yaml
from leadocs.formats.model import Network, Organisation
from leadocs.formats.validation import problems_from_validation
from leadocs.mailing.sources.columns import (
    ID_COLUMN,
    Column,
    column_warnings,
    extra_value,
    put_value,
    read_columns,
    split_list,
)
from leadocs.mailing.sources.sheets import Row, cell_value, column_letter, csv_rows
from leadocs.mailing.sources.xlsx import Worksheet
from leadocs.mailing.sources.xlsx_chunks import RowChunk, cut_rows, decode_chunk

__all__ = [
    "ID_COLUMN",
    "Recipient",
    "RecipientRow",
    "RecipientSource",
    "load_recipients",
    "open_recipients",
]

RowBatch = list["RecipientRow"] | RowChunk
"""Rows of a list as :meth:`RecipientSource.row_batches` gives them."""
_MISSING = re.compile(r"^'([^']+)' is required but missing$")
_SUFFIXES = (".csv", ".xlsx", ".xlsm", ".yaml", ".yml")


@dataclass(frozen=True)
class RecipientRow:
    """One raw row of a list: where it is, its organisation data and its explicit id."""

    number: int
    """Spreadsheet row (the header is row 1), or the item number of a YAML list (from 1)."""
    line: int | None
    """Line in the file, when known (CSV and YAML)."""
    data: dict[str, Any]
    """Nested organisation data, ready for validation."""
    id: str | None = None
    stray: tuple[str, ...] = ()
    """Letters of the columns that hold a value but have no header."""


@dataclass(frozen=True)
class Recipient:
    """A validated recipient."""

    row: RecipientRow
    organisation: Organisation

    @property
    def key(self) -> str:
        """The recipient's id: the ``id`` column, else the short name, else the name."""
        return self.row.id or self.organisation.file_stem


class RecipientSource:
    """An opened recipient list whose header (or structure) has been checked.

    Use :meth:`rows` to stream the raw rows and :meth:`check` to validate one.
    """

    def __init__(
        self, path: Path, columns: tuple[Column, ...], worksheet: Worksheet | None = None
    ) -> None:
        self.path = path
        self.columns = columns
        self.worksheet = worksheet
        """The opened worksheet of an ``.xlsx`` list (None for CSV and YAML)."""
        self.network_path: Path | None = None
        """The network named by a YAML list's ``network:`` key, resolved."""
        self._by_path = {c.path: c for c in columns if c.path}
        self._yaml: LoadedFile | None = None
        self._yaml_positions: dict[int, dict[tuple[str | int, ...], tuple[int, int]]] = {}

    @property
    def warnings(self) -> list[DataProblem]:
        """Header warnings: unknown columns kept as custom fields, with the closest field."""
        return column_warnings(self.path, self.columns)

    def rows(self) -> Iterator[RecipientRow]:
        """Every non-empty row, in file order (the file is read again on every call)."""
        if self._yaml is not None:
            return self._yaml_rows()
        return self._sheet_rows()

    def row_batches(self, size: int) -> Iterator[RowBatch]:
        """The rows in batches of about ``size``, to be turned into rows by :meth:`rows_of`.

        A workbook's batches are chunks of its XML, so that the costly decoding
        happens where :meth:`rows_of` is called (in a batch, the workers).
        """
        if self.worksheet is None:
            rows = self.rows()
            while batch := list(islice(rows, size)):
                yield batch
            return
        yield from cut_rows(self.worksheet, size)

    def rows_of(self, batch: RowBatch) -> list[RecipientRow]:
        """The non-empty rows of a batch from :meth:`row_batches`."""
        if isinstance(batch, list):
            return batch
        assert self.worksheet is not None, "a chunk of a workbook list"
        return list(self._recipient_rows(decode_chunk(self.worksheet, batch)))

    def where(self, row: RecipientRow) -> str:
        """``file:row`` (or ``file:line`` for YAML) for messages."""
        return f"{self.path}:{row.line if self._yaml is not None else row.number}"

    def check(
        self, row: RecipientRow, network: Network
    ) -> tuple[Organisation | None, list[DataProblem]]:
        """Validate one row as an organisation of ``network``.

        Returns:
            The organisation and no problems, or None and every problem of the
            row, each located by file, row and column (or line, for YAML).
        """
        stray = [
            DataProblem(
                str(self.path),
                row.number,
                None,
                f"column {letter}",
                "has a value but no header; add a header or delete the value",
            )
            for letter in row.stray
        ]
        tasks = row.data.get("tasks", [])
        found = check_tasks(tasks if isinstance(tasks, list) else [], network)
        try:
            organisation: Organisation | None = Organisation.model_validate(row.data)
        except pydantic.ValidationError as exc:
            organisation = None
            found += problems_from_validation(Organisation, self._loaded(row), exc)
        problems = stray + self._locate(row, found)
        return (None, problems) if problems else (organisation, [])

    # -- problems -------------------------------------------------------------------------

    def _loaded(self, row: RecipientRow) -> LoadedFile:
        source = SourceMap(str(self.path))
        if self._yaml is not None:
            source.positions = self._yaml_positions.get(row.number - 1, {})
        return LoadedFile(self.path, row.data, source)

    def _locate(self, row: RecipientRow, problems: list[DataProblem]) -> list[DataProblem]:
        if self._yaml is not None:
            prefix = f"recipients[{row.number - 1}]."
            source = self._loaded(row).source
            located = []
            for p in problems:
                field = _strip_org(p.field)
                line, column = (p.line, p.column) if p.line else source.locate(_data_path(field))
                located.append(
                    replace(
                        p,
                        file=str(self.path),
                        line=line or row.line,
                        column=column,
                        field=prefix + field,
                    )
                )
            return sorted(located, key=lambda p: (p.line or 0, p.column or 0))
        return [self._cell_problem(row, p) for p in problems]

    def _cell_problem(self, row: RecipientRow, problem: DataProblem) -> DataProblem:
        """A problem of a spreadsheet row, named by its column."""
        field, message = _strip_org(problem.field), problem.message
        missing = _MISSING.match(message)
        if missing:
            # pydantic names the mapping and the key; a spreadsheet user thinks in columns
            field = f"{field}.{missing.group(1)}" if field else missing.group(1)
            path = tuple(field.split("."))
            message = (
                "is required but the cell is empty"
                if path in self._by_path
                else f"is required; add a column '{field}'"
            )
        return DataProblem(str(self.path), row.number, None, self._column_name(field), message)

    def _column_name(self, field: str) -> str:
        dotted = _strip_org(field)
        path = tuple(part.split("[")[0] for part in dotted.split("."))
        column = self._by_path.get(path)
        if column is None:
            return dotted
        return f"{column.header} (column {column.letter})"

    # -- readers --------------------------------------------------------------------------

    def _sheet_rows(self) -> Iterator[RecipientRow]:
        found = csv_rows(self.path) if self.worksheet is None else self.worksheet.rows()
        return self._recipient_rows(found)

    def _recipient_rows(self, found: Iterable[Row]) -> Iterator[RecipientRow]:
        for number, values in found:
            if number == 1:
                continue  # the header
            row = self._row(number, None, values)
            if row is not None:
                yield row

    def _row(self, number: int, line: int | None, values: Any) -> RecipientRow | None:
        data: dict[str, Any] = {}
        row_id: str | None = None
        stray: list[str] = []
        for index, raw in enumerate(values):
            value = cell_value(raw)
            if value is None:
                continue
            column = self.columns[index] if index < len(self.columns) else None
            if column is None or column.path is None:
                stray.append(column_letter(index))
            elif not column.path:
                row_id = str(value)
            elif column.is_extra:
                put_value(data, column.path, extra_value(raw))
            else:
                put_value(data, column.path, split_list(value) if column.is_list else value)
        if not data and row_id is None and not stray:
            return None
        return RecipientRow(number, line, data, row_id, tuple(stray))

    def _yaml_rows(self) -> Iterator[RecipientRow]:
        assert self._yaml is not None
        items = self._yaml.data["recipients"]
        for index, item in enumerate(items):
            line = self._yaml.source.locate(("recipients", index))[0]
            data = dict(item)
            raw_id = data.pop(ID_COLUMN, None)
            if set(data) == {"organisation"} and isinstance(data["organisation"], dict):
                data = dict(data["organisation"])
            yield RecipientRow(index + 1, line, data, None if raw_id is None else str(raw_id))


def _strip_org(field: str) -> str:
    return field.removeprefix("organisation.")


def _data_path(field: str) -> tuple[str | int, ...]:
    """``tasks[2]`` → ``("tasks", 2)``; ``contact.email`` → ``("contact", "email")``."""
    path: list[str | int] = []
    for part in field.split("."):
        name, *indexes = part.replace("]", "").split("[")
        path.append(name)
        path.extend(int(i) for i in indexes if i.isdigit())
    return tuple(path)


# -- opening ------------------------------------------------------------------------------


def open_recipients(path: Path, *, sheet: str | None = None) -> RecipientSource:
    """Open a recipient list and check its columns (or its YAML structure).

    Args:
        path: a ``.csv``, ``.xlsx`` or ``.yaml`` file.
        sheet: the worksheet of an ``.xlsx`` file (default: the first).

    Raises:
        DataError: the file cannot be read, or has unknown or duplicate columns
            (each named with its letter and a "did you mean").
    """
    suffix = path.suffix.lower()
    if suffix not in _SUFFIXES:
        raise DataError.single(
            path, "a recipient list must be a .csv, .xlsx or .yaml file", line=None
        )
    if not path.is_file():
        raise DataError.single(path, "file not found; check the path")
    if suffix in (".yaml", ".yml"):
        return _open_yaml(path)
    if sheet is not None and suffix == ".csv":
        raise DataError.single(path, "--sheet is only for .xlsx workbooks")
    worksheet = None if suffix == ".csv" else Worksheet(path, sheet)
    found = csv_rows(path) if worksheet is None else worksheet.rows()
    try:
        number, header = next(found, (0, []))
    finally:
        found.close()
    if number != 1:
        header = []
    if not header or all(cell_value(h) is None for h in header):
        raise DataError.single(path, "the first row must hold the column headers", line=1)
    return RecipientSource(path, read_columns(path, header), worksheet)


def load_recipients(path: Path, network: Network, *, sheet: str | None = None) -> list[Recipient]:
    """Read and validate a whole (small) list; raise :class:`DataError` listing every bad row."""
    source = open_recipients(path, sheet=sheet)
    found: list[Recipient] = []
    problems: list[DataProblem] = []
    for row in source.rows():
        organisation, row_problems = source.check(row, network)
        problems.extend(row_problems)
        if organisation is not None:
            found.append(Recipient(row, organisation))
    if problems:
        raise DataError(problems)
    return found


def _open_yaml(path: Path) -> RecipientSource:
    try:
        loaded = load_yaml(path)
    except DataError as exc:
        if any(p.message.startswith(f"holds more than {MAX_NODES:,}") for p in exc.problems):
            # The loader's limit stops alias bombs; a long honest list meets it too.
            raise DataError.single(
                path,
                f"a YAML list may hold at most {MAX_NODES:,} values (a few thousand "
                "recipients); save longer lists as .csv or .xlsx",
            ) from None
        raise
    items = loaded.data.get("recipients")
    if not isinstance(items, list):
        line, column = loaded.source.locate(("recipients",))
        raise DataError.single(
            path,
            "expected a top-level 'recipients:' list, one organisation per item ('- name: ...')",
            line=line or 1,
            column=column,
        )
    problems = [
        DataProblem(
            str(path),
            *loaded.source.locate(("recipients", i)),
            f"recipients[{i}]",
            "must be a mapping of keys to values (an organisation)",
        )
        for i, item in enumerate(items)
        if not isinstance(item, dict)
    ]
    unknown = set(loaded.data) - {"recipients", "network"}
    for key in sorted(unknown):
        line, column = loaded.source.locate((key,))
        problems.append(
            DataProblem(
                str(path),
                line,
                column,
                key,
                "unknown key; a list has only 'recipients:' and 'network:'",
            )
        )
    if problems:
        raise DataError(problems)
    source = RecipientSource(path, ())
    source._yaml = loaded
    source._yaml_positions = _item_positions(loaded, items)
    network = loaded.data.get("network")
    if isinstance(network, str) and network.strip():
        source.network_path = (path.parent / network.strip()).resolve()
    return source


def _item_positions(
    loaded: LoadedFile, items: list[Any]
) -> dict[int, dict[tuple[str | int, ...], tuple[int, int]]]:
    """Positions of every item, re-rooted at the organisation mapping (one pass over the map)."""
    wrapped = {
        i
        for i, item in enumerate(items)
        if isinstance(item, dict) and set(item) - {ID_COLUMN} == {"organisation"}
    }
    found: dict[int, dict[tuple[str | int, ...], tuple[int, int]]] = {}
    for data_path, position in loaded.source.positions.items():
        if len(data_path) < 2 or data_path[0] != "recipients" or not isinstance(data_path[1], int):
            continue
        index = data_path[1]
        rest = data_path[2:]
        if index in wrapped:
            if not rest or rest[0] != "organisation":
                continue
            rest = rest[1:]
        found.setdefault(index, {})[rest] = position
    return found
