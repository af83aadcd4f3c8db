"""Reading the coordinator's national contact point form, checked by the models' own rules."""

from __future__ import annotations

from typing import Any

import pydantic

from leadocs.formats.model.common import CountryCode, Email, Name, StrictModel, Text
from leadocs.web.fields import FormData
from leadocs.web.pages import Texts
from leadocs.web.store import ContactInput

__all__ = ["CONTACT_FIELDS", "read_contact"]

CONTACT_FIELDS = {"country": 2, "organisation": 300, "name": 200, "email": 254, "phone": 40}
"""Field names and their longest allowed value."""


class _Contact(StrictModel):
    country: CountryCode
    organisation: Name
    name: Name
    email: Email
    phone: Text = ""


def read_contact(
    form: FormData, texts: Texts
) -> tuple[ContactInput | None, dict[str, str], dict[str, str]]:
    """The contact point of a posted form, the values as typed, and the problems by field."""
    values = {name: form.get(name, "").strip() for name in CONTACT_FIELDS}
    errors = {
        name: texts("error_too_long", max=limit)
        for name, limit in CONTACT_FIELDS.items()
        if len(values[name]) > limit
    }
    if errors:
        return None, values, errors
    try:
        contact = _Contact.model_validate(values)
    except pydantic.ValidationError as exc:
        for error in exc.errors(include_url=False):
            name = str(error["loc"][0])
            errors.setdefault(name, _message(name, error, texts))
        return None, values, errors
    return ContactInput(**contact.model_dump()), values, errors


def _message(name: str, error: Any, texts: Texts) -> str:
    if error["type"] == "missing" or "must not be empty" in str(error["msg"]):
        return texts("error_required")
    if name == "email":
        return texts("error_email")
    if name == "country":
        return texts("error_country")
    return str(error["msg"]).removeprefix("Value error, ")
