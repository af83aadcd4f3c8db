"""The static text of the built-in documents, one catalogue per language.

Catalogues are YAML files beside this module (``en.yaml``, ``fi.yaml``, …),
all with the same keys. Placeholders in ``{braces}`` are filled with
:func:`fill`, which never interprets the values it inserts.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from leadocs.errors import UsageError
from leadocs.i18n.languages import base_language, shipped_languages

__all__ = ["catalogue", "fill", "flatten"]

Catalogue = dict[str, dict[str, str]]


@cache
def catalogue(lang: str) -> Catalogue:
    """The catalogue of ``lang``; raises :class:`UsageError` for a language we do not ship."""
    base = base_language(lang)
    if base not in shipped_languages():
        raise UsageError(
            f"no built-in text for language '{lang}'",
            hint=f"available: {', '.join(shipped_languages())}",
        )
    text = (resources.files("leadocs") / "i18n" / f"{base}.yaml").read_text("utf-8")
    data: Catalogue = yaml.safe_load(text)
    return data


def fill(template: str, values: Mapping[str, Any]) -> str:
    """Fill ``{name}`` placeholders of a catalogue text; values are inserted verbatim."""
    out = []
    for literal, field in _pieces(template):
        out.append(literal)
        if field is not None:
            out.append(str(values[field]))
    return "".join(out)


@lru_cache(maxsize=4096)
def _pieces(template: str) -> tuple[tuple[str, str | None], ...]:
    # Catalogue texts are few and filled for every document of a batch.
    return tuple((literal, field) for literal, field, _, _ in string.Formatter().parse(template))


def flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    """``{"a": {"b": "x"}}`` → ``{"a.b": "x"}``; used to compare catalogues."""
    flat: dict[str, str] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = str(value)
    return flat
