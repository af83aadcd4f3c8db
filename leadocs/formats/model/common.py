"""Building blocks shared by every data format: strict models and checked scalars.

Models do no I/O. Every model forbids unknown keys (so a misspelt key is an
error, not silently ignored) and every text rejects control characters, which
Word cannot store and which are never meant.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated

import pycountry
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, EmailStr, Field

from leadocs.i18n.languages import locale_code

__all__ = [
    "CountryCode",
    "Email",
    "ExtraFields",
    "LanguageCode",
    "Name",
    "Person",
    "Salutation",
    "StrictModel",
    "Text",
    "Url",
]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


class StrictModel(BaseModel):
    """Base of every leadocs model: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        use_attribute_docstrings=True,
        populate_by_name=True,
    )


def _no_control_characters(value: str) -> str:
    found = _CONTROL.search(value)
    if found:
        raise ValueError(
            f"contains the control character U+{ord(found.group()):04X}, which cannot "
            "appear in a document; delete it (it often comes from copy-paste)"
        )
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


def _country(value: str) -> str:
    code = value.strip().upper()
    if code == "EL":  # the EU writes Greece as EL; ISO 3166-1 says GR
        code = "GR"
    if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
        raise ValueError(
            f"'{value}' is not an ISO 3166-1 alpha-2 country code (e.g. FI, SE, DE, PT)"
        )
    return code


def _country_before(value: object) -> object:
    if value is False:  # YAML 1.1 reads a bare NO (Norway) as false
        raise ValueError('YAML read NO as "false"; write Norway as "NO" in quotes')
    return value


def _url(value: str) -> str:
    if " " in value or "." not in value:
        raise ValueError(f"'{value}' is not a web address (e.g. https://www.example.eu)")
    return value


def _scalar_text(value: object) -> object:
    # YAML reads 2026 or 3.5 as numbers; in a text field the user meant the text.
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


Text = Annotated[str, BeforeValidator(_scalar_text), AfterValidator(_no_control_characters)]
"""Free text; may be empty, never contains control characters."""

Name = Annotated[Text, AfterValidator(_not_blank)]
"""A name or title that must not be empty."""

CountryCode = Annotated[str, BeforeValidator(_country_before), AfterValidator(_country)]
"""ISO 3166-1 alpha-2 code, upper case (``EL`` is accepted for Greece)."""

LanguageCode = Annotated[str, AfterValidator(locale_code)]
"""A language code Babel knows (``en``, ``fi``, ``pt_BR``)."""

Email = Annotated[EmailStr, AfterValidator(_no_control_characters)]
"""An e-mail address, checked for form (not deliverability)."""

Url = Annotated[Text, AfterValidator(_url)]
"""A web address."""


class Salutation(StrEnum):
    """The form of address of a person, for a formal greeting."""

    MS = "ms"
    MR = "mr"


class Person(StrictModel):
    """A contact person."""

    name: Name
    """Full name."""
    salutation: Salutation | None = None
    """Form of address, ms or mr, for the formal greeting; without it a neutral one."""
    family_name: Text = ""
    """Family name as a greeting uses it after Ms/Mr (default: the full name)."""
    role: Text = ""
    """Position or role in the organisation."""
    email: Email
    """E-mail address."""
    phone: Text = ""
    """Telephone number, international format preferred."""


class Signatory(StrictModel):
    """The person who signs on behalf of an organisation."""

    name: Name
    """Full name of the authorised representative."""
    title: Name
    """Position, e.g. Head of Education Services."""


Paragraphs = Annotated[Text, Field(description="Text; a blank line starts a new paragraph.")]


_EXTRA_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _extra_name(value: str) -> str:
    if not _EXTRA_NAME.fullmatch(value):
        raise ValueError(
            f"'{value}' cannot be a custom field name: use letters, digits and _ "
            "(not first), e.g. opening_hours; templates write it as extra.NAME"
        )
    return value


ExtraName = Annotated[str, AfterValidator(_extra_name)]
"""The name of a custom field, usable in a template as ``organisation.extra.NAME``."""

_EXTRA_TYPES = (str, bool, int, float, dt.date)  # dt.datetime is a dt.date


def _extra_value(value: object) -> object:
    if not isinstance(value, _EXTRA_TYPES):
        raise ValueError("a custom field holds one value: text, a number, a date or true/false")
    if isinstance(value, str):
        return _no_control_characters(value.strip())
    return value


# Each value keeps the type it was read as (a YAML scalar or a workbook cell): a
# smart-mode union picks the exact type, so a CSV's text stays text.
ExtraValue = Annotated[
    str | bool | int | float | dt.datetime | dt.date, BeforeValidator(_extra_value)
]
"""A custom field's value: text, a number, a yes/no, a date or a date and time."""

ExtraFields = Annotated[
    dict[ExtraName, ExtraValue],
    Field(description="Custom fields for your own templates: organisation.extra.NAME."),
]
"""Free fields of a record, by name; templates read them as ``extra.NAME``."""
