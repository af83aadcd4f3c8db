"""The columns of a spreadsheet recipient list: headers as organisation field paths.

A header is a dotted path into the organisation format (``contact.email``);
``organisation.`` in front is allowed, ``id`` names the recipient's stable id,
a list field's cell holds its items separated by semicolons, and ``extra.NAME``
is a custom field (``organisation.extra.NAME`` in a template). Any other header
is a custom field too, after a warning that names the closest organisation
field (so a typo is still caught); duplicate headers are errors.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from leadocs.errors import DataError, DataProblem
from leadocs.formats.model import Organisation
from leadocs.formats.validation import model_in
from leadocs.mailing.sources.sheets import cell_value, column_letter

__all__ = [
    "ID_COLUMN",
    "LIST_SEPARATOR",
    "EXTRA",
    "Column",
    "extra_value",
    "organisation_columns",
    "column_warnings",
    "put_value",
    "read_columns",
    "split_list",
]

ID_COLUMN = "id"
"""The optional column (or YAML key) holding a recipient's stable id."""

LIST_SEPARATOR = ";"

EXTRA = "extra"
"""The organisation field that holds custom fields; a header ``extra.NAME`` fills one."""

_NOT_NAME = re.compile(r"\W+")


@dataclass(frozen=True)
class Column:
    """One column of a spreadsheet list and the organisation field it fills."""

    index: int
    """0-based position in the row."""
    header: str
    path: tuple[str, ...] | None
    """Field path in the organisation format; ``()`` for the ``id`` column, None for no header."""
    is_list: bool
    warning: str | None = None
    """Why an unknown header became a custom field (with the closest known field)."""

    @property
    def is_extra(self) -> bool:
        """Whether the column fills a custom field (its cells keep their type)."""
        return bool(self.path) and self.path is not None and self.path[0] == EXTRA

    @property
    def letter(self) -> str:
        """The spreadsheet letter of the column (A, B, …, AA)."""
        return column_letter(self.index)


def organisation_columns() -> dict[str, bool]:
    """Every column a list may have (dotted field paths), mapped to "is a list field".

    Custom fields (``extra.NAME``) are free and not listed.
    """
    return {path: is_list for path, is_list in _field_paths(Organisation).items() if path != EXTRA}


def read_columns(path: Path, header: Any) -> tuple[Column, ...]:
    """The columns a header row names; raise :class:`DataError` for repeated ones.

    An unknown header becomes a custom field ``extra.NAME`` whose :attr:`Column.warning`
    names the closest organisation field.
    """
    known = organisation_columns()
    columns: list[Column] = []
    problems: list[DataProblem] = []
    seen: dict[str, str] = {}
    for index, raw in enumerate(header):
        text = "" if cell_value(raw) is None else str(raw).strip()
        letter = column_letter(index)
        if not text:
            # allowed while the column stays empty; a value in it is reported per row
            columns.append(Column(index, f"column {letter}", None, False))
            continue
        column = _column(index, text, known)
        # 'Name' and 'name', or 'salutation' and 'extra.salutation', fill one field
        names = {text.removeprefix("organisation.").casefold(), ".".join(column.path or ())}
        first = next((seen[name] for name in names if name in seen), None)
        if first is not None:
            again = f"is also column {first}; keep one"
            problems.append(_header_problem(path, letter, text, again))
            continue
        seen.update(dict.fromkeys(names, letter))
        columns.append(column)
    if problems:
        raise DataError(problems)
    return tuple(columns)


def _column(index: int, text: str, known: dict[str, bool]) -> Column:
    name = text.removeprefix("organisation.")
    if name == ID_COLUMN:
        return Column(index, text, (), False)
    if name in known:
        return Column(index, text, tuple(name.split(".")), known[name])
    field = name.removeprefix(f"{EXTRA}.")
    key = _NOT_NAME.sub("_", field).strip("_") or f"column_{column_letter(index)}"
    key = f"_{key}" if key[0].isdigit() else key
    if name.startswith(f"{EXTRA}.") and key == field:
        return Column(index, text, (EXTRA, key), False)
    warning = (
        f"not an organisation field; kept as the custom field {EXTRA}.{key} "
        f"({_closest(name, known)}, or name the column '{EXTRA}.{key}')"
    )
    return Column(index, text, (EXTRA, key), False, warning)


def column_warnings(path: Path, columns: tuple[Column, ...]) -> list[DataProblem]:
    """The warnings of a list's header (unknown columns kept as custom fields)."""
    return [
        _header_problem(path, column.letter, column.header, column.warning)
        for column in columns
        if column.warning is not None
    ]


def extra_value(raw: Any) -> Any:
    """A custom field's cell as the sheet stores it: text, number, date (or date and time)."""
    if isinstance(raw, str):
        return raw.strip()
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, dt.datetime) and raw.time() == dt.time():
        return raw.date()
    return raw


def _header_problem(path: Path, letter: str, text: str, message: str) -> DataProblem:
    return DataProblem(str(path), 1, None, f"column {letter} '{text}'", message)


def _closest(name: str, known: dict[str, bool]) -> str:
    candidates = [*known, ID_COLUMN]
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    if not close:
        leaf = name.rsplit(".", 1)[-1]
        close = [c for c in candidates if c.rsplit(".", 1)[-1] == leaf][:1]
    if close:
        return f"did you mean '{close[0]}'?"
    return "no organisation field is close"


def _field_paths(model: type[BaseModel], prefix: str = "") -> dict[str, bool]:
    found: dict[str, bool] = {}
    for name, info in model.model_fields.items():
        annotation = info.annotation
        is_list = _is_list(annotation)
        nested = model_in(annotation)
        if nested is not None and not is_list:
            found.update(_field_paths(nested, f"{prefix}{name}."))
        elif nested is None:
            found[f"{prefix}{name}"] = is_list
        # a list of mappings cannot be written in one cell; such fields are YAML-only
    return found


def _is_list(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    if origin in (list, tuple, set, frozenset):
        return True
    if origin is typing.Union or origin is types.UnionType:
        return any(_is_list(arg) for arg in typing.get_args(annotation))
    return False


def split_list(value: Any) -> list[Any]:
    """A list cell's items (separated by semicolons)."""
    if not isinstance(value, str):
        return [value]
    return [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]


def put_value(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    """Set ``value`` at ``path`` in nested ``data``."""
    for part in path[:-1]:
        data = data.setdefault(part, {})
    data[path[-1]] = value
