"""The building blocks the notice builder shares: values in eForms' formats, missing terms.

eForms writes countries and languages as three-letter codes, dates with their
time zone offset (``2026-12-04+02:00``) and amounts with a currency attribute;
:class:`Draft` turns the procurement's values into those forms and remembers
which needed values the file does not give.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field
from decimal import Decimal

import pycountry

from leadocs.tender.notice.content import MissingTerm, Term
from leadocs.tender.notice.sdk import FieldRepository
from leadocs.tender.notice.sources import yaml_key
from leadocs.tender.notice.subtypes import Subtype

__all__ = ["Draft", "country3", "language3"]


def country3(code: str) -> str:
    """ISO 3166-1 alpha-3 of an alpha-2 code (EL, the NUTS prefix of Greece, is GR)."""
    found = pycountry.countries.get(alpha_2="GR" if code == "EL" else code)
    return str(found.alpha_3) if found else code


def language3(code: str) -> str:
    """The eForms language code (ISO 639-2/T, upper case) of an ISO 639-1 code."""
    found = pycountry.languages.get(alpha_2=code)
    return str(found.alpha_3).upper() if found else code.upper()


@dataclass
class Draft:
    """A notice being built: its subtype, language, time zone and what is missing."""

    subtype: Subtype
    repository: FieldRepository
    language: str
    """The procedure's language, ISO 639-1 (e.g. fi)."""
    time_zone: str | None
    missing: list[MissingTerm] = field(default_factory=list)

    def term(self, field_id: str, value: object, **attributes: str) -> Term:
        """A term with its value written as text."""
        return Term(field_id, _text(value), dict(attributes))

    def text(self, field_id: str, value: str) -> Term:
        """A multilingual text term in the procedure's language."""
        return Term(field_id, value.strip(), {f"{field_id}-Language": language3(self.language)})

    def amount(self, field_id: str, value: Decimal, currency: str) -> Term:
        """An amount with its currency."""
        return Term(field_id, f"{value:.2f}", {f"{field_id}-Currency": currency})

    def date(self, field_id: str, value: dt.date) -> Term:
        """A date with the time zone offset of that day."""
        return Term(field_id, value.isoformat() + self._offset(value))

    def time(self, field_id: str, day: dt.date, value: dt.time) -> Term:
        """A time of day with the offset of its day."""
        return Term(field_id, value.strftime("%H:%M:%S") + self._offset(day))

    def lack(self, field_id: str, label: str, key: str = "") -> None:
        """Record a value the notice needs and the file does not give."""
        reason = f"required for a {self.subtype.label}"
        entry = MissingTerm(field_id, label, key or yaml_key(field_id), reason)
        if entry not in self.missing:
            self.missing.append(entry)

    def _offset(self, day: dt.date) -> str:
        if self.time_zone is None:
            return "Z"
        moment = dt.datetime.combine(day, dt.time(12), zoneinfo.ZoneInfo(self.time_zone))
        offset = moment.utcoffset() or dt.timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
