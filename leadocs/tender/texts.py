"""The language of a tender draft: which one, its catalogue of static text, its legal glossary.

The language of the procedure (``procurement.language``) decides the language of
every tender document; ``--lang`` overrides it. The static text comes from
``leadocs/i18n/tender/LANG.yaml`` (the same keys in every language, placeholders
in ``{braces}``) and its legal terms from ``leadocs/i18n/glossary/LANG.yaml``,
the terms of that language's version of Directive 2014/24/EU and of the
Commission's PCP/PPI guidance. A language without a catalogue is an error naming
those there are, or, with a fallback language, a warning and the fallback.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from leadocs.errors import UsageError
from leadocs.i18n import fill
from leadocs.i18n.languages import base_language

__all__ = [
    "LanguageChoice",
    "choose_language",
    "filled_catalogue",
    "glossary",
    "tender_catalogue",
    "tender_languages",
]

Catalogue = dict[str, Any]


def _folder(name: str) -> Any:
    return resources.files("leadocs") / "i18n" / name


def tender_languages() -> list[str]:
    """Codes of the languages the tender drafts are written in, sorted."""
    return sorted(p.name[:-5] for p in _folder("tender").iterdir() if p.name.endswith(".yaml"))


@cache
def tender_catalogue(lang: str) -> Catalogue:
    """The tender catalogue of ``lang`` (a shipped language code such as ``fi``)."""
    data: Catalogue = yaml.safe_load((_folder("tender") / f"{lang}.yaml").read_text("utf-8"))
    return data


@cache
def glossary(lang: str) -> dict[str, str]:
    """The legal terms of ``lang``: concept (``contracting_authority``) → term."""
    data: dict[str, str] = yaml.safe_load((_folder("glossary") / f"{lang}.yaml").read_text("utf-8"))
    return data


@dataclass(frozen=True)
class LanguageChoice:
    """The language a draft is written in, and why it is not the one asked for (if not)."""

    lang: str
    warning: str | None = None


def choose_language(requested: str, fallback: str | None = None) -> LanguageChoice:
    """The language of the tender documents: ``requested`` if shipped, else ``fallback``.

    Raises:
        UsageError: neither language has tender texts; the message names those that do.
    """
    shipped = tender_languages()
    if base_language(requested) in shipped:
        return LanguageChoice(base_language(requested))
    available = ", ".join(shipped)
    if fallback is not None and base_language(fallback) in shipped:
        return LanguageChoice(
            base_language(fallback),
            f"no tender texts in language '{requested}' (available: {available}); "
            f"the documents are written in '{base_language(fallback)}' (--fallback-lang)",
        )
    raise UsageError(
        f"no tender texts in language '{requested}'",
        hint=f"available: {available}; choose one with --lang, or write the documents in "
        "another language with --fallback-lang",
    )


def filled_catalogue(lang: str, values: Mapping[str, Any]) -> Catalogue:
    """The tender catalogue of ``lang`` with every placeholder filled from ``values``.

    A text whose placeholder has no value is left for the layout to fill (e.g. a
    phase's number); lists (the default annexes) are filled item by item.
    """
    return {
        section: {key: _fill(text, values) for key, text in texts.items()}
        for section, texts in tender_catalogue(lang).items()
    }


def _fill(text: Any, values: Mapping[str, Any]) -> Any:
    if isinstance(text, list):
        return [_fill(item, values) for item in text]
    if isinstance(text, dict):
        return {key: _fill(item, values) for key, item in text.items()}
    try:
        return fill(text, values)
    except KeyError:
        return text
