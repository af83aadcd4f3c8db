"""The one factory for Jinja environments used by every engine.

Autoescape is always on (values are data: ``&<>`` in a name must not break the
XML of a .docx) and undefined variables are always an error, never a blank in
a letter. Filters that format dates, numbers, money and country names read the
document language from the context variable ``lang`` so that one template
serves every language.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal
from typing import Any

import jinja2
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent
from jinja2.sandbox import SandboxedEnvironment

from leadocs.i18n.languages import DEFAULT_LANGUAGE, base_language
from leadocs.render.limits import LimitedSandbox, NoFilesLoader

__all__ = [
    "build_environment",
    "country_name",
    "label",
    "language_name",
    "locale_of",
    "money",
    "percent",
]

DEFAULT_LANG = DEFAULT_LANGUAGE


# English documents of a European network use British conventions (21 November 2026);
# Portuguese ones European Portuguese (Babel's "pt" is Brazilian: "Letônia", not "Letónia").
_LOCALE_OF = {"en": "en_GB", "pt": "pt_PT"}
_FRACTION = re.compile(r"\.0+")


def locale_of(lang: str) -> str:
    """The Babel locale of a document language (``en`` → ``en_GB``, ``pt`` → ``pt_PT``)."""
    return _LOCALE_OF.get(lang, lang)


_locale = locale_of


def _lang(ctx: jinja2.runtime.Context) -> str:
    value = ctx.get("lang", DEFAULT_LANG)
    lang = value if isinstance(value, str) and value else DEFAULT_LANG
    return _locale(lang)


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@jinja2.pass_context
def _date_filter(ctx: jinja2.runtime.Context, value: Any, fmt: str = "long") -> str:
    return format_date(_as_date(value), format=fmt, locale=_lang(ctx))


@jinja2.pass_context
def _number_filter(ctx: jinja2.runtime.Context, value: Any, digits: int | None = None) -> str:
    number = Decimal(str(value))
    pattern = None if digits is None else "#,##0." + "0" * digits if digits else "#,##0"
    return format_decimal(number, format=pattern, locale=_lang(ctx))


def money(value: Any, currency: str = "EUR", lang: str = DEFAULT_LANG) -> str:
    """An amount as ``lang`` writes it: ``€3,800,000``, ``3 800 000 €``, ``1 200 000 kr``."""
    amount = Decimal(str(value))
    locale = _locale(lang)
    fmt = None
    if not amount % 1:
        # Whole amounts without decimals, but in the locale's own order: "1 243 440 kr".
        fmt = _FRACTION.sub("", Locale.parse(locale).currency_formats["standard"].pattern)
    return format_currency(amount, currency, format=fmt, locale=locale, currency_digits=False)


def percent(value: Any, lang: str = DEFAULT_LANG, digits: int = 0) -> str:
    """A share (0.25) as ``lang`` writes a percentage: ``25 %``, ``25 %``."""
    pattern = "#,##0" + ("." + "0" * digits if digits else "") + "\u00a0%"
    return format_percent(Decimal(str(value)), format=pattern, locale=_locale(lang))


@jinja2.pass_context
def _money_filter(ctx: jinja2.runtime.Context, value: Any, currency: str = "EUR") -> str:
    return money(value, currency, _lang(ctx))


@jinja2.pass_context
def _percent_filter(ctx: jinja2.runtime.Context, value: Any, digits: int = 0) -> str:
    return percent(value, _lang(ctx), digits)


# A label's colon as each language writes it: French puts a no-break space before it.
_COLON = {"fr": "\u00a0:"}


def label(text: str, lang: str = DEFAULT_LANG) -> str:
    """``text`` and a colon as ``lang`` writes it after a label (``Nom\u00a0:`` in French)."""
    return f"{text}{_COLON.get(base_language(lang), ':')}"


@jinja2.pass_context
def _label_filter(ctx: jinja2.runtime.Context, text: str) -> str:
    return label(text, _lang(ctx))


@jinja2.pass_context
def _country_filter(ctx: jinja2.runtime.Context, code: str) -> str:
    return country_name(code, _lang(ctx))


@jinja2.pass_context
def _language_filter(ctx: jinja2.runtime.Context, code: str) -> str:
    return language_name(code, _lang(ctx))


@functools.lru_cache(maxsize=1024)  # called for every document of a batch
def country_name(code: str, lang: str = DEFAULT_LANG) -> str:
    """Return the name of an ISO 3166-1 alpha-2 country in the given language."""
    code = code.upper()
    territory = "GR" if code == "EL" else code
    names = Locale.parse(_locale(lang)).territories
    return str(names.get(territory, code))


@functools.lru_cache(maxsize=1024)
def language_name(code: str, lang: str = DEFAULT_LANG) -> str:
    """Return the name of a language (ISO 639-1 code) in the given language."""
    return str(Locale.parse(_locale(lang)).languages.get(code, code))


# Names a dict answers as attributes (methods); any other ``d.name`` is ``d["name"]``.
_DICT_ATTRIBUTES = frozenset(dir(dict))


class _DictFirst:
    """Mixin: ``value.name`` on a plain dict looks the key up directly.

    Jinja tries ``getattr`` first and the item after the AttributeError; for
    the dicts every context is made of, that exception was a fifth of the
    rendering time. The result is the same: a dict has no attributes but its
    methods, which still go the usual way.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)  # type: ignore[attr-defined]
        return super().getattr(obj, attribute)  # type: ignore[misc]


class _Environment(_DictFirst, jinja2.Environment):
    pass


class _SandboxedEnvironment(_DictFirst, LimitedSandbox, SandboxedEnvironment):
    pass


def build_environment(*, sandboxed: bool = False, autoescape: bool = True) -> jinja2.Environment:
    """Build a Jinja environment with leadocs' policy and filters.

    Args:
        sandboxed: use Jinja's sandbox, with leadocs' limits on operators (see
            :mod:`leadocs.render.limits`); always true for templates the user wrote.
        autoescape: escape values for XML/HTML; off only for plain-text outputs.

    Returns:
        An environment with ``StrictUndefined`` and the locale-aware filters.
    """
    cls: type[jinja2.Environment] = _SandboxedEnvironment if sandboxed else _Environment
    env = cls(
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        loader=NoFilesLoader(),
    )
    env.filters.update(
        date=_date_filter,
        number=_number_filter,
        money=_money_filter,
        percent=_percent_filter,
        country=_country_filter,
        label=_label_filter,
        language=_language_filter,
    )
    return env
