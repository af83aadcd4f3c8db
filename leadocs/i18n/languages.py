"""What a language code is, in one place: normalising, checking and choosing languages.

Codes arrive in many spellings (``EN``, ``pt-PT``, ``pt_BR``); documents are
chosen by the plain language (``pt``), data may carry a locale (``pt_BR``),
and translated texts are keyed by plain codes only.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from leadocs.errors import UsageError

__all__ = [
    "DEFAULT_LANGUAGE",
    "base_language",
    "choose_language",
    "fallback_language",
    "language_key",
    "locale_code",
    "shipped_languages",
]

DEFAULT_LANGUAGE = "en"
"""The language of a document when nothing else decides it."""

_PLAIN_CODE = re.compile(r"^[a-z]{2,3}$")


def base_language(code: str) -> str:
    """The plain language of a code: ``pt-PT``, ``pt_BR``, `` PT `` → ``pt`` (not checked)."""
    return code.strip().lower().replace("-", "_").split("_")[0]


@functools.cache
def shipped_languages() -> tuple[str, ...]:
    """Codes of the languages whose catalogues ship with leadocs, sorted."""
    folder = resources.files("leadocs") / "i18n"
    return tuple(sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".ftl")))


def choose_language(explicit: str | None, *preferred: str | None) -> str:
    """The language of a document.

    ``explicit`` (``--lang``) must be shipped, else :class:`UsageError`; otherwise
    the first of ``preferred`` (organisation's, network's, …) that is shipped,
    else English.
    """
    shipped = shipped_languages()
    if explicit:
        base = base_language(explicit)
        if base not in shipped:
            raise UsageError(
                f"no built-in text for language '{explicit}'",
                hint=f"available: {', '.join(shipped)}",
            )
        return base
    for code in preferred:
        if code and base_language(code) in shipped:
            return base_language(code)
    return DEFAULT_LANGUAGE


def fallback_language(code: str | None, option: str = "--fallback-lang") -> str | None:
    """Check and normalise a fallback language option (``EN``, ``pt-PT`` → ``en``, ``pt``)."""
    if not code:
        return None
    try:
        return language_key(base_language(code))
    except ValueError as exc:
        raise UsageError(f"{option}: {exc}") from None


def language_key(value: str) -> str:
    """Check and normalise a language code used as a key of a translated text.

    Only plain language codes are allowed (``pt``, not ``pt-PT``): documents
    are chosen by language, and a region would never match.

    Raises:
        ValueError: (for pydantic validators) the code is not a plain language code.
    """
    code = value.strip().lower()
    if not _PLAIN_CODE.match(code):
        raise ValueError(
            f"'{value}' is not a language code; use the two-letter ISO 639-1 code "
            "(e.g. en, sv, fi, de), without a region"
        )
    if not _is_locale(code):
        raise ValueError(f"'{value}' is not a language code (e.g. en, sv, fi, de)")
    return code


def locale_code(value: str) -> str:
    """Check and normalise a language or locale code of a data file (``pt-BR`` → ``pt_br``).

    Raises:
        ValueError: (for pydantic validators) Babel knows no such language.
    """
    code = value.strip().lower().replace("-", "_")
    if not _is_locale(code):
        raise ValueError(f"'{value}' is not a language code (e.g. en, fi, sv, de)")
    return code


@functools.lru_cache(maxsize=256)  # a list of thousands of rows has a handful of languages
def _is_locale(code: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return False
    return True
