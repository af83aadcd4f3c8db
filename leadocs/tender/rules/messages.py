"""Rule messages in every tender language: a catalogue key and its typed values.

A rule does not write its message; it names it (``rules.cpv_twice``, a key of the
tender catalogue ``leadocs/i18n/tender/LANG.yaml``) and gives its values typed,
so that each language writes them its own way: a date as a :class:`datetime.date`,
an amount as :class:`Amount`, a share as :class:`Share`, a number as ``int`` or
:class:`~decimal.Decimal`, a sum of weights as a tuple of numbers, an article of
Directive 2014/24/EU as :class:`Article`, a part of a sentence as another
:class:`Message`. Texts of the file (codes, names, YAML keys) are plain strings
and stay as written. The English text is the one printed at the terminal; the
documents write the message in their own language with :func:`render_message`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from leadocs.i18n import fill
from leadocs.tender.texts import tender_catalogue

__all__ = ["Amount", "Article", "Message", "Share", "article_text", "render_message"]


@dataclass(frozen=True)
class Amount:
    """An amount of money in a currency (``1 200 000 €``, ``€1,200,000``)."""

    value: Decimal
    currency: str


@dataclass(frozen=True)
class Share:
    """A share of a whole (0.25), written as a percentage (``25 %``)."""

    value: Decimal


@dataclass(frozen=True)
class Article:
    """An article of Directive 2014/24/EU, with its paragraph and point if any (Art. 28(6)(a))."""

    number: int
    paragraph: int | None = None
    point: str | None = None


@dataclass(frozen=True)
class Message:
    """A message of the tender catalogue and the values of its placeholders."""

    key: str
    """Dotted catalogue key, e.g. ``rules.cpv_twice`` or ``publication.exempt``."""
    values: Mapping[str, Any] = field(default_factory=dict)


def render_message(message: Message, lang: str, *, iso_dates: bool = False) -> str:
    """The text of ``message`` in ``lang`` (a shipped tender language), values formatted.

    Args:
        message: the message and its values.
        lang: the language to write it in.
        iso_dates: write dates as the procurement file does (``2027-03-01``), for the
            terminal, where the reader looks for the date in the file.
    """
    text: Any = tender_catalogue(lang)
    for part in message.key.split("."):
        text = text[part]
    values = {name: _value(value, lang, iso_dates) for name, value in message.values.items()}
    return fill(str(text), values)


def _value(value: Any, lang: str, iso_dates: bool) -> str:
    from leadocs.render.environment import money, percent

    if isinstance(value, Message):
        return render_message(value, lang, iso_dates=iso_dates)
    if isinstance(value, Amount):
        return money(value.value, value.currency, lang)
    if isinstance(value, Share):
        return percent(value.value, lang)
    if isinstance(value, Article):
        return article_text(value, lang)
    if isinstance(value, tuple):
        return " + ".join(_value(item, lang, iso_dates) for item in value)
    if isinstance(value, dt.date):
        return value.isoformat() if iso_dates else _date(value, lang)
    if isinstance(value, Decimal | float | int) and not isinstance(value, bool):
        return _number(value, lang)
    return str(value)


def article_text(article: Article, lang: str) -> str:
    """An article of Directive 2014/24/EU as ``lang`` cites it (``28 artiklan 6 kohta``)."""
    words = tender_catalogue(lang)["rules"]["article"]
    values: dict[str, Any] = {"number": article.number, "paragraph": article.paragraph}
    if article.point is not None:
        values["point"] = words["letters"].get(article.point, article.point)
        return fill(words["point"], values)
    if article.paragraph is not None:
        return fill(words["paragraph"], values)
    return fill(words["plain"], values)


def _date(day: dt.date, lang: str) -> str:
    from babel.dates import format_date

    from leadocs.render.environment import locale_of

    return format_date(day, format="long", locale=locale_of(lang))


def _number(number: Decimal | float | int, lang: str) -> str:
    from babel.numbers import format_decimal

    from leadocs.render.environment import locale_of

    return format_decimal(number, format="#,##0.##", locale=locale_of(lang))
