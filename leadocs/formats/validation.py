"""Validating loaded data against the models, with every problem located in its file.

Pydantic reports problems by data path (``loc``); the :class:`SourceMap` of the
loaded file turns each path into a line and column, and unknown keys get a
"did you mean" from the fields the model does know at that place.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterable
from typing import Any, TypeVar

import pydantic
from pydantic import BaseModel

from leadocs.errors import DataError, DataProblem
from leadocs.formats.loading import LoadedFile, dotted_path

__all__ = ["model_in", "problems_from_validation", "validate_file"]

M = TypeVar("M", bound=BaseModel)

_FRIENDLY = {
    "missing": "is required but missing",
    "string_type": "must be text",
    "list_type": "must be a list (one item per line starting with '- ')",
    "dict_type": "must be a mapping of keys to values",
    "model_type": "must be a mapping of keys to values",
    "model_attributes_type": "must be a mapping of keys to values",
    "int_parsing": "must be a whole number",
    "float_parsing": "must be a number",
    "decimal_parsing": "must be a number",
    "date_from_datetime_parsing": "must be a date written as YYYY-MM-DD",
    "date_parsing": "must be a date written as YYYY-MM-DD",
    "date_type": "must be a date written as YYYY-MM-DD",
    "bool_parsing": "must be true or false",
}


def validate_file(model: type[M], loaded: LoadedFile) -> M:
    """Validate ``loaded.data`` as ``model``; raise :class:`DataError` listing every problem."""
    try:
        return model.model_validate(loaded.data)
    except pydantic.ValidationError as exc:
        raise DataError(problems_from_validation(model, loaded, exc)) from None


def problems_from_validation(
    model: type[BaseModel], loaded: LoadedFile, exc: pydantic.ValidationError
) -> list[DataProblem]:
    """Turn a pydantic error into located problems, in file order."""
    problems = [_problem(model, loaded, error) for error in exc.errors(include_url=False)]
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def _problem(model: type[BaseModel], loaded: LoadedFile, error: Any) -> DataProblem:
    loc = tuple(_clean_loc(error["loc"]))
    line, column = loaded.source.locate(loc)
    kind = error["type"]
    field = dotted_path(loc)
    if kind == "extra_forbidden":
        line, column = loaded.source.locate_key(loc)
        message = _unknown_key_message(model, loc)
    elif kind in _FRIENDLY:
        message = _FRIENDLY[kind]
    elif kind == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        message = f"'{error.get('input')}' is not one of {expected}"
    else:
        message = str(error["msg"]).removeprefix("Value error, ")
    if kind == "missing" and loc:
        line, column = loaded.source.locate_key(loc[:-1]) if loc[:-1] else (1, 1)
        field = dotted_path(loc[:-1])
        message = f"'{loc[-1]}' {message}"
    return DataProblem(str(loaded.path), line, column, field, message)


def _clean_loc(loc: Iterable[Any]) -> Iterable[Any]:
    # pydantic adds validator names such as "function-after[...]" to some locs
    for part in loc:
        if isinstance(part, str) and ("[" in part and part.endswith("]")):
            continue
        yield part


def _unknown_key_message(model: type[BaseModel], loc: tuple[Any, ...]) -> str:
    key = str(loc[-1])
    known = _fields_at(model, loc[:-1])
    message = f"unknown key '{key}'"
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.7)
    if close:
        return f"{message}; did you mean '{close[0]}'?"
    homes = [home for home in _homes(model, key) if home[:-1] != tuple(map(str, loc[:-1]))]
    if homes:
        where = " or ".join(f"'{dotted_path(home[:-1])}'" for home in homes[:3])
        return f"{message} at this level; it belongs under {where}"
    if known:
        return f"{message}; the keys allowed here are: {', '.join(sorted(known))}"
    return message


def _homes(
    model: type[BaseModel], key: str, path: tuple[str, ...] = (), depth: int = 0
) -> list[tuple[str, ...]]:
    """Every path inside ``model`` where a field named ``key`` is allowed (a few levels deep)."""
    found = [(*path, key)] if key in model.model_fields and path else []
    if depth >= 4:
        return found
    for name, info in model.model_fields.items():
        inner = model_in(info.annotation)
        if inner is not None:
            found += _homes(inner, key, (*path, name), depth + 1)
    return found


def _fields_at(model: type[BaseModel], path: tuple[Any, ...]) -> list[str]:
    """Field names of the model found at ``path`` inside ``model`` (best effort)."""
    current: Any = model
    for part in path:
        if isinstance(part, int):
            current = _item_type(current)
            continue
        current = model_in(current)
        if current is None or part not in current.model_fields:
            return []
        current = current.model_fields[part].annotation
    found = model_in(current)
    return list(found.model_fields) if found is not None else []


def model_in(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside a field annotation (``X``, ``X | None``, ``list[X]``), if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = model_in(arg)
        if found is not None:
            return found
    return None


def _item_type(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (list, tuple) or origin is typing.Union or origin is types.UnionType:
        for arg in typing.get_args(annotation):
            if arg is not type(None):
                return _item_type(arg) if typing.get_origin(arg) is not None else arg
    return annotation
