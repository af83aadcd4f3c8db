"""The fields a template can use: each document kind's context, built from the example files.

``leadocs templates fields KIND`` lists them with their type and an example
value; ``leadocs templates check`` checks a template's fields against the same
context. The contexts are the real ones (:mod:`leadocs.documents.context`,
:mod:`leadocs.tender.draft`) filled from ``examples/``, so the list cannot drift
from what the documents see.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leadocs.documents import context as contexts
from leadocs.documents.kinds import KINDS
from leadocs.documents.subject import ContextOptions, DocumentSubject
from leadocs.documents.templates import builtin_templates, examples_dir
from leadocs.errors import UsageError
from leadocs.render.fields import FreeFields

if TYPE_CHECKING:
    from leadocs.formats.model import Network, Organisation
    from leadocs.tender.input import ProcurementInput

__all__ = [
    "EXAMPLE_DATE",
    "Field",
    "FreeFields",
    "check_context",
    "example_context",
    "kind_of",
    "kinds",
    "list_fields",
]

EXAMPLE_DATE = dt.date(2026, 3, 1)
"""The ``today`` of the example contexts (a fixed date, so listings do not change daily)."""

_EXAMPLE_ORGANISATION = "orgs/konnevesi.yaml"
_ABOUT_AN_ORGANISATION = ("loi", "assistance")
_EXAMPLE_LENGTH = 60


@dataclass(frozen=True)
class Field:
    """One field of a template context.

    Attributes:
        path: dotted path; ``[]`` marks the items of a list (``tasks[].text``).
        type: text, number, date, date and time, yes/no, list, mapping, custom fields.
        example: the example file's value, shortened.
        is_list: whether it is a list (for ``{% for %}`` / ``{%tr for %}``).
    """

    path: str
    type: str
    example: str
    is_list: bool


def kinds() -> list[str]:
    """The document kinds whose fields can be listed (the built-in layouts)."""
    return [template.name for template in builtin_templates()]


def kind_of(template: Path) -> str | None:
    """The kind a template file is a copy of, by its name (``loi.docx`` → ``loi``)."""
    return template.stem if template.stem in kinds() else None


def check_context(
    template: Path, *, kind: str | None, data: Path | None, network: Path | None = None
) -> tuple[dict[str, Any] | None, str]:
    """The context to check ``template``'s fields against, and what it is, for messages.

    Args:
        template: the template file (its name may say its kind).
        kind: a document kind whose example context to use.
        data: a data file, as ``leadocs render`` reads it; with ``kind``, an
            organisation file whose ``kind`` document to check against (its
            custom fields included).
        network: the network of ``data`` (default: its own, else the built-in one).

    Returns:
        The context, or None (fields cannot be checked) and why.

    Raises:
        UsageError: an unknown kind, or ``kind`` and ``data`` that do not go together.
        DataError: a bad data file.
    """
    if kind is not None and data is not None:
        return _kind_with_data(kind, data, network), f"the fields of {kind} documents for {data}"
    if data is not None:
        from leadocs.formats.files import load_template_data

        loaded = load_template_data(data, network)
        context = contexts.data_context(
            loaded.data,
            loaded.network,
            lang="en",
            today=EXAMPLE_DATE,
            organisation=loaded.organisation,
            fallback_lang=loaded.network.language,
        )
        return context, f"the fields of {data}"
    kind = kind or kind_of(template)
    if kind is None:
        return None, "syntax and structure only; give --kind KIND or --data FILE to check fields"
    return example_context(kind), f"the fields of {kind} documents"


def example_context(kind: str, lang: str = "en") -> dict[str, Any]:
    """The context ``kind`` gets, filled from the example files.

    Raises:
        UsageError: no such kind.
    """
    from leadocs.formats.files import builtin_network, load_organisation

    if kind.startswith("tender-"):
        return _tender_context(kind)
    network = builtin_network()
    if kind in _ABOUT_AN_ORGANISATION:
        found = load_organisation(examples_dir() / _EXAMPLE_ORGANISATION)
        context = _organisation_context(kind, found.organisation, network, lang)
        context["organisation"]["extra"] = FreeFields(context["organisation"]["extra"])
        return context
    if kind == "benefits":
        return _context_of(kind, DocumentSubject(network), lang)
    if kind == "report":
        return _context_of(kind, DocumentSubject(network, partner=network.partners[0]), lang)
    if kind == "consolidated":
        from leadocs.consolidate.document import consolidated_context
        from leadocs.consolidate.records import load_records

        records = load_records(examples_dir() / "returned-reports", network)
        return consolidated_context(network, records, lang=lang, today=EXAMPLE_DATE)
    raise UsageError(
        f"no document kind named '{kind}'", hint=f"choose one of: {', '.join(kinds())}"
    )


def _kind_with_data(kind: str, data: Path, network: Path | None) -> dict[str, Any]:
    from leadocs.formats.files import load_template_data

    if kind not in _ABOUT_AN_ORGANISATION:
        raise UsageError(f"--kind {kind} with --data: only {' and '.join(_ABOUT_AN_ORGANISATION)}")
    loaded = load_template_data(data, network)
    if loaded.organisation is None:
        raise UsageError(f"--kind {kind} with --data: {data} must be an organisation file")
    return _organisation_context(kind, loaded.organisation, loaded.network, "en")


def _organisation_context(
    kind: str, organisation: Organisation, network: Network, lang: str
) -> dict[str, Any]:
    subject = DocumentSubject(network, organisation=organisation)
    return _context_of(kind, subject, lang, fallback_lang=network.language)


def _context_of(
    kind: str, subject: DocumentSubject, lang: str, fallback_lang: str | None = None
) -> dict[str, Any]:
    builder = KINDS[kind].context
    assert builder is not None, f"{kind} is made from a procurement"
    return builder(subject, ContextOptions(lang, EXAMPLE_DATE, fallback_lang=fallback_lang))


def _tender_context(kind: str) -> dict[str, Any]:
    from leadocs.tender.draft import template_name, tender_context
    from leadocs.tender.input import load_procurement
    from leadocs.tender.pack import pack_context

    first = None
    for path in sorted((examples_dir() / "procurements").glob("*.yaml")):
        loaded = load_procurement(path)
        if template_name(loaded.procurement.procedure) == kind:
            return tender_context(loaded, loaded.check(), today=EXAMPLE_DATE)
        if kind.startswith("tender-contract-"):
            found = _contract_context(kind, loaded)
            if found is not None:
                return found
        first = first or loaded
    if kind in KINDS and first is not None:  # a document of the tender pack: any example will do
        return pack_context(first, first.check(), lang="en", today=EXAMPLE_DATE)
    raise UsageError(
        f"no document kind named '{kind}'", hint=f"choose one of: {', '.join(kinds())}"
    )


def _contract_context(kind: str, loaded: ProcurementInput) -> dict[str, Any] | None:
    """The context of the first contract of ``loaded``'s pack made from template ``kind``."""
    from leadocs.tender.pack import pack_context
    from leadocs.tender.pack.contracts import contract_context, contract_entries, entry_context

    ctx = pack_context(loaded, loaded.check(), lang="en", today=EXAMPLE_DATE)
    for entry in contract_entries(loaded.procurement, ctx["t"]):
        if entry.template == kind:
            return entry_context(contract_context(loaded, ctx), entry)
    return None


def list_fields(context: Mapping[str, Any]) -> list[Field]:
    """Every field of ``context``, depth first, in the context's order.

    A mapping seen before under another name (``recipient`` is ``organisation``)
    is listed once, as the same as the first.
    """
    return list(_walk(context, "", {}))


def _walk(value: Mapping[str, Any], prefix: str, seen: dict[int, str]) -> Iterator[Field]:
    for key, item in value.items():
        path = f"{prefix}{key}"
        if isinstance(item, Mapping) and id(item) in seen:
            yield Field(path, f"the same as {seen[id(item)]}", "", False)
            continue
        yield Field(path, _type_name(item), _example(item), isinstance(item, list | tuple))
        if isinstance(item, FreeFields):
            continue
        seen[id(item)] = path
        if isinstance(item, Mapping):
            yield from _walk(item, f"{path}.", seen)
        elif isinstance(item, list | tuple):
            first = next((i for i in item if isinstance(i, Mapping)), None)
            if first is not None:
                yield from _walk(first, f"{path}[].", seen)


def _type_name(value: Any) -> str:
    if isinstance(value, FreeFields):
        return "custom fields"
    if isinstance(value, bool):
        return "yes/no"
    if isinstance(value, int | float | Decimal):
        return "number"
    if isinstance(value, dt.datetime):
        return "date and time"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, Mapping):
        return "mapping"
    if isinstance(value, list | tuple):
        kinds = sorted({_type_name(item) for item in value})
        return f"list of {' / '.join(kinds)}" if kinds else "list"
    if value is None:
        return "empty"
    return "text"


def _example(value: Any) -> str:
    if isinstance(value, FreeFields):
        return "any name: extra.NAME"
    if isinstance(value, list | tuple) and not any(isinstance(i, Mapping) for i in value):
        return _example(", ".join(map(str, value)))
    if isinstance(value, Mapping | list | tuple):
        return f"{len(value)} item{'s' if len(value) != 1 else ''}"
    if value is None:
        return ""
    if isinstance(value, Path):
        value = value.name
    text = str(value).replace("\a", " ¶ ").replace("\n", " ")
    return text if len(text) <= _EXAMPLE_LENGTH else text[: _EXAMPLE_LENGTH - 1] + "…"
