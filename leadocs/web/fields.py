"""The public forms: which organisation fields each form asks for, and reading them back.

A form posts flat names (``contact.email``); they become the nested mapping of the
organisation format and are validated by the same model as ``leadocs validate``
uses. Each problem is put next to its field, in the visitor's language: the
catalogue's ``web.error_*`` texts for the usual mistakes, the model's own message
otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pydantic
from werkzeug.datastructures import MultiDict

from leadocs.formats.files import check_tasks
from leadocs.formats.model import Network, Organisation

__all__ = [
    "ASSISTANCE_FIELDS",
    "SIGNUP_FIELDS",
    "FormField",
    "FormResult",
    "read_form",
    "sections",
    "values_of",
]


@dataclass(frozen=True)
class FormField:
    """One input of a form: its dotted name in the organisation format and its limits."""

    name: str
    widget: str = "text"
    """``text``, ``email``, ``url``, ``area``, ``country``, ``language``, ``types``, ``tasks``."""
    required: bool = False
    max_length: int = 200
    section: str = "organisation"
    """The catalogue key (``web.section_*``) of the group the field is shown in."""

    @property
    def label(self) -> str:
        """The catalogue key (in ``web``) of the field's label."""
        return _LABELS.get(self.name, f"field_{self.name.rpartition('.')[2]}")

    @property
    def is_list(self) -> bool:
        """Whether the field is a set of checkboxes."""
        return self.widget in ("types", "tasks")


_LABELS = {
    "address.street": "field_street",
    "address.postcode": "field_postcode",
    "address.city": "field_city",
    "contact.name": "field_person",
    "contact.email": "field_email",
    "signatory.name": "field_person",
    "tasks": "section_tasks",
    "additional_needs": "field_additional",
}


def _text(name: str, section: str, *, required: bool = False, max_length: int = 200) -> FormField:
    return FormField(name, "text", required, max_length, section)


def _area(name: str, *, required: bool = False) -> FormField:
    return FormField(name, "area", required, 4000, "request")


_IDENTITY = (
    _text("name", "organisation", required=True, max_length=300),
    _text("short_name", "organisation", max_length=60),
    FormField("type", "types"),
    FormField("country", "country", required=True, max_length=2),
    _text("address.street", "organisation"),
    _text("address.postcode", "organisation", max_length=20),
    _text("address.city", "organisation", max_length=100),
    FormField("website", "url"),
)
_PEOPLE = (
    _text("contact.name", "contact", required=True),
    _text("contact.role", "contact"),
    FormField("contact.email", "email", True, 254, "contact"),
    _text("contact.phone", "contact", max_length=40),
    _text("signatory.name", "signatory", required=True),
    _text("signatory.title", "signatory", required=True),
    FormField("language", "language", False, 8, "signatory"),
)

SIGNUP_FIELDS: tuple[FormField, ...] = (
    *_IDENTITY,
    *_PEOPLE,
    FormField("tasks", "tasks", section="tasks"),
    _area("experience"),
)
"""The sign-up form: the organisation format, with the network's tasks as checkboxes."""

ASSISTANCE_FIELDS: tuple[FormField, ...] = (
    *_IDENTITY,
    *_PEOPLE,
    _area("experience"),
    _area("assistance", required=True),
    _area("timeline"),
    _area("additional_needs"),
)
"""The assistance & support request form (D2.3 appendix 7.3)."""


FormData = MultiDict[str, str]
"""A posted form (werkzeug's ``request.form``)."""


@dataclass
class FormResult:
    """A form read back: the values as typed, and the organisation or the problems."""

    values: dict[str, Any]
    """What was typed, by field name (lists for checkboxes), to show the form again."""
    errors: dict[str, str] = field(default_factory=dict)
    """Message per field name, in the visitor's language."""
    organisation: Organisation | None = None


def read_form(
    form: FormData,
    fields: Sequence[FormField],
    network: Network,
    texts: Callable[..., str],
) -> FormResult:
    """Read ``fields`` from ``form`` and validate them as an organisation of ``network``.

    Args:
        form: the posted form.
        fields: the fields of this form.
        network: whose tasks may be chosen.
        texts: the ``web`` texts of the visitor's language (``texts(key, **values)``).
    """
    values: dict[str, Any] = {}
    result = FormResult(values)
    for item in fields:
        if item.is_list:
            values[item.name] = [v.strip() for v in form.getlist(item.name)][:50]
            continue
        value = form.get(item.name, "").replace("\r\n", "\n").strip()
        values[item.name] = value
        if len(value) > item.max_length:
            result.errors[item.name] = texts("error_too_long", max=item.max_length)
        elif item.required and not value:
            result.errors[item.name] = texts("error_required")
    # The model checks everything else, so that every mistake is shown at once.
    try:
        organisation = Organisation.model_validate(_nested(values, fields))
    except pydantic.ValidationError as exc:
        result.errors = _placed({**_messages(exc, texts), **result.errors}, fields)
        return result
    if check_tasks(organisation.tasks, network):
        result.errors.setdefault("tasks", texts("error_choice"))
    if not result.errors:
        result.organisation = organisation
    return result


def _nested(values: Mapping[str, Any], fields: Sequence[FormField]) -> dict[str, Any]:
    """Flat form values → the organisation mapping; empty optional values left out."""
    data: dict[str, Any] = {}
    for item in fields:
        value = values[item.name]
        if not value:
            continue
        target = data
        *parents, last = item.name.split(".")
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = value
    return data


def _placed(errors: dict[str, str], fields: Sequence[FormField]) -> dict[str, str]:
    """Errors on fields of the form: a missing group (``contact``) goes to its first field."""
    names = [item.name for item in fields]
    placed = {name: message for name, message in errors.items() if name in names}
    for name, message in errors.items():
        if name not in names:
            inside = [field for field in names if field.startswith(f"{name}.")] or names[:1]
            if not any(field in placed for field in inside):
                placed[inside[0]] = message
    return {name: placed[name] for name in names if name in placed}


# The catalogue text for the common mistakes, by the field the model names.
_FIELD_ERRORS = {
    "email": "error_email",
    "country": "error_country",
    "website": "error_url",
    "language": "error_language",
    "type": "error_choice",
    "tasks": "error_choice",
}


def _messages(exc: pydantic.ValidationError, texts: Callable[..., str]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for error in exc.errors(include_url=False):
        loc = [str(part) for part in error["loc"] if not isinstance(part, int)]
        name = ".".join(loc)
        if error["type"] == "missing" or "must not be empty" in str(error["msg"]):
            message = texts("error_required")
        elif "control character" in str(error["msg"]):
            message = texts("error_control")
        elif loc and loc[-1] in _FIELD_ERRORS:
            message = texts(_FIELD_ERRORS[loc[-1]])
        else:
            message = str(error["msg"]).removeprefix("Value error, ")
        errors.setdefault(name, message)
    return errors


def values_of(data: Mapping[str, Any], fields: Sequence[FormField]) -> dict[str, Any]:
    """The form values of a stored organisation mapping (to edit it in the same form)."""
    values: dict[str, Any] = {}
    for item in fields:
        value: Any = data
        for part in item.name.split("."):
            value = value.get(part) if isinstance(value, Mapping) else None
        if item.is_list:
            values[item.name] = list(value or [])
        else:
            values[item.name] = "" if value is None else str(value)
    return values


def sections(fields: Sequence[FormField]) -> list[tuple[str, list[FormField]]]:
    """The fields grouped by section, in form order."""
    groups: dict[str, list[FormField]] = {}
    for item in fields:
        groups.setdefault(item.section, []).append(item)
    return list(groups.items())
