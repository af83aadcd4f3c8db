"""The columns of a spreadsheet recipient list: headers as organisation field paths.

A header is a dotted path into the organisation format (``contact.email``);
``organisation.`` in front is allowed, ``id`` names the recipient's stable id,
and a list field's cell holds its items separated by semicolons. Unknown and
duplicate headers are reported with the column letter and a "did you mean".
"""

from __future__ import annotations

import difflib
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
    "Column",
    "organisation_columns",
    "put_value",
    "read_columns",
    "split_list",
]

ID_COLUMN = "id"
"""The optional column (or YAML key) holding a recipient's stable id."""

LIST_SEPARATOR = ";"


@dataclass(frozen=True)
class Column:
    """One column of a spreadsheet list and the organisation field it fills."""

    index: int
    """0-based position in the row."""
    header: str
    path: tuple[str, ...] | None
    """Field path in the organisation format; ``()`` for the ``id`` column, None for no header."""
    is_list: bool

    @property
    def letter(self) -> str:
        """The spreadsheet letter of the column (A, B, …, AA)."""
        return column_letter(self.index)


def organisation_columns() -> dict[str, bool]:
    """Every column a list may have (dotted field paths), mapped to "is a list field"."""
    return _field_paths(Organisation)


def read_columns(path: Path, header: Any) -> tuple[Column, ...]:
    """The columns a header row names; raise :class:`DataError` for unknown or repeated ones."""
    known = organisation_columns()
    columns: list[Column] = []
    problems: list[DataProblem] = []
    seen: dict[str, str] = {}
    for index, raw in enumerate(header):
        text = "" if cell_value(raw) is None else str(raw).strip()
        letter = column_letter(index)
        name = text.removeprefix("organisation.")
        if not text:
            # allowed while the column stays empty; a value in it is reported per row
            columns.append(Column(index, f"column {letter}", None, False))
            continue
        if name.casefold() in seen:
            again = f"is also column {seen[name.casefold()]}; keep one"
            problems.append(_header_problem(path, letter, text, again))
            continue
        seen[name.casefold()] = letter
        if name == ID_COLUMN:
            columns.append(Column(index, text, (), False))
        elif name in known:
            columns.append(Column(index, text, tuple(name.split(".")), known[name]))
        else:
            problems.append(_header_problem(path, letter, text, _unknown_column(name, known)))
    if problems:
        raise DataError(problems)
    return tuple(columns)


def _header_problem(path: Path, letter: str, text: str, message: str) -> DataProblem:
    return DataProblem(str(path), 1, None, f"column {letter} '{text}'", message)


def _unknown_column(name: str, known: dict[str, bool]) -> str:
    candidates = [*known, ID_COLUMN]
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    if not close:
        leaf = name.rsplit(".", 1)[-1]
        close = [c for c in candidates if c.rsplit(".", 1)[-1] == leaf][:1]
    if close:
        return f"unknown column; did you mean '{close[0]}'?"
    return f"unknown column; the columns are: {', '.join(candidates)}"


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
