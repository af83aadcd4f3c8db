"""The static text of the built-in network documents, one Fluent catalogue per language.

Catalogues are Project Fluent files beside this module (``en.ftl``, ``fi.ftl``, …),
all with the same messages. A message's id names its section and key:
``loi-tasks-intro`` is the text ``t.loi.tasks_intro`` of a layout. Each catalogue
is compiled once per process by fluent-compiler (messages become Python
functions: a batch formats thousands of them). Variables are inserted as text,
without Unicode bidi isolation marks, which Word would keep as invisible
characters.

:func:`fill` is the plain ``{name}`` filler of the tender catalogues and of the
users' own e-mail templates.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from leadocs.errors import UsageError
from leadocs.i18n.catalogue import SECTIONS, Catalogue, CatalogueError, Message, message_key
from leadocs.i18n.grammar import ArticleName, NameTerm
from leadocs.i18n.languages import base_language, shipped_languages

__all__ = [
    "SECTIONS",
    "ArticleName",
    "Catalogue",
    "CatalogueError",
    "Message",
    "NameTerm",
    "catalogue",
    "fill",
    "flatten",
    "message_key",
]


def catalogue(lang: str, name: NameTerm | None = None) -> Catalogue:
    """The catalogue of ``lang``; raises :class:`UsageError` for a language we do not ship.

    Args:
        lang: the language.
        name: the network's name in ``lang`` (the term ``-network-name`` of the
            messages that insert it); without it they show ``{-network-name}``.
    """
    if name is None:
        return _catalogue(lang)
    return _named_catalogue(lang, name)


@lru_cache(maxsize=64)
def _named_catalogue(lang: str, name: NameTerm) -> Catalogue:
    # One per language and network: a batch formats thousands of messages with it.
    return _catalogue(lang).with_name(name)


@cache
def _catalogue(lang: str) -> Catalogue:
    base = base_language(lang)
    if base not in shipped_languages():
        raise UsageError(
            f"no built-in text for language '{lang}'",
            hint=f"available: {', '.join(shipped_languages())}",
        )
    source = (resources.files("leadocs") / "i18n" / f"{base}.ftl").read_text("utf-8")
    return Catalogue(base, source, f"{base}.ftl")


def fill(template: str, values: Mapping[str, Any]) -> str:
    """Fill ``{name}`` placeholders of a tender catalogue text; values are inserted verbatim."""
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
