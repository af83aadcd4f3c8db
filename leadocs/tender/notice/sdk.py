"""The eForms SDK on disk: where it is, and its field repository (``fields/fields.json``).

The SDK is data published by the EU Publications Office; leadocs never ships a
copy. Users name theirs with ``--sdk PATH`` or the ``LEADOCS_EFORMS_SDK``
environment variable.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from leadocs.errors import UsageError

__all__ = [
    "SDK_ENV",
    "EformsSdk",
    "Field",
    "FieldRepository",
    "Node",
    "locate_sdk",
    "without_predicates",
]

SDK_ENV = "LEADOCS_EFORMS_SDK"
"""Environment variable naming the eForms SDK folder when ``--sdk`` is not given."""

NAMESPACES = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "ext": "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2",
    "efac": "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1",
    "efext": "http://data.europa.eu/p27/eforms-ubl-extensions/1",
    "efbc": "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1",
}
"""The UBL and eForms prefixes every XPath of the field repository uses."""


@dataclass(frozen=True)
class Node:
    """An element of the notice that groups fields (``ND-...``), e.g. one lot."""

    id: str
    parent: str | None
    xpath: str
    """XPath relative to the parent node."""
    order: tuple[int, ...]
    """XSD sequence position of each step of ``xpath``."""
    repeatable: bool


@dataclass(frozen=True)
class Field:
    """One field of the repository: a business term (BT-...) at one place in the notice."""

    id: str
    bt: str
    name: str
    parent: str
    xpath: str
    absolute: str
    """The field's XPath from the notice's root (``/*/...``), as the schematrons write it."""
    order: tuple[int, ...]
    type: str
    attribute: str | None = None
    """For a field that is an attribute: the attribute's name."""
    preset: str | None = None
    """A value the SDK fixes (e.g. a ``listName``)."""
    attributes: tuple[str, ...] = ()
    """Ids of the attribute fields of this field's element."""
    code_list: str | None = None
    mandatory_in: frozenset[str] = field(default_factory=frozenset)
    """Notice subtypes in which the field is mandatory without condition."""


@dataclass(frozen=True)
class FieldRepository:
    """The fields and nodes of ``fields/fields.json``, by id."""

    version: str
    fields: dict[str, Field]
    nodes: dict[str, Node]

    def field(self, field_id: str) -> Field:
        """The field ``field_id``; a KeyError names it if this SDK lacks it."""
        return self.fields[field_id]

    @cached_property
    def by_absolute_xpath(self) -> dict[str, Field]:
        """The fields by their absolute XPath (a schematron rule's context)."""
        return {f.absolute: f for f in self.fields.values()}

    @cached_property
    def by_element_path(self) -> dict[str, Field]:
        """The element fields by their path without predicates (``/*/cbc:IssueDate``).

        Where several fields share a path (a lot's and a part's title), the first wins.
        """
        found: dict[str, Field] = {}
        for item in self.fields.values():
            if item.attribute is None:
                found.setdefault(without_predicates(item.absolute), item)
        return found

    @classmethod
    def parse(cls, data: dict[str, Any]) -> FieldRepository:
        """Build the repository from the parsed ``fields.json``."""
        nodes = {
            n["id"]: Node(
                id=n["id"],
                parent=n.get("parentId"),
                xpath=n["xpathRelative"],
                order=_order(n),
                repeatable=bool(n.get("repeatable")),
            )
            for n in data["xmlStructure"]
        }
        fields = {f["id"]: _field(f) for f in data["fields"]}
        return cls(version=str(data.get("sdkVersion", "")), fields=fields, nodes=nodes)


def without_predicates(xpath: str) -> str:
    """``xpath`` without its ``[...]`` predicates (nested ones too)."""
    kept, depth = [], 0
    for char in xpath:
        depth += char == "["
        if depth == 0:
            kept.append(char)
        depth -= char == "]"
    return "".join(kept)


def _order(entry: dict[str, Any]) -> tuple[int, ...]:
    return tuple(next(iter(step.values())) for step in entry.get("xsdSequenceOrder", []))


def _field(entry: dict[str, Any]) -> Field:
    mandatory = entry.get("mandatory", {})
    unconditional = [
        c["noticeTypes"]
        for c in mandatory.get("constraints", [])
        if c.get("value") and "condition" not in c
    ]
    code_list = entry.get("codeList", {}).get("value", {}).get("id")
    return Field(
        id=entry["id"],
        bt=entry.get("btId", entry["id"]),
        name=entry.get("name", ""),
        parent=entry["parentNodeId"],
        xpath=entry["xpathRelative"],
        absolute=entry["xpathAbsolute"],
        order=_order(entry),
        type=entry.get("type", "text"),
        attribute=entry.get("attributeName"),
        preset=entry.get("presetValue"),
        attributes=tuple(entry.get("attributes", ())),
        code_list=code_list,
        mandatory_in=frozenset(t for types in unconditional for t in types),
    )


@dataclass(frozen=True)
class EformsSdk:
    """An eForms SDK folder (schemas, static schematrons, fields, code lists)."""

    root: Path

    @cached_property
    def fields(self) -> FieldRepository:
        """The field repository, read once."""
        with (self.root / "fields" / "fields.json").open(encoding="utf-8") as handle:
            return FieldRepository.parse(json.load(handle))

    @property
    def schemas(self) -> Path:
        """The folder of the main document XSDs."""
        return self.root / "schemas" / "maindoc"

    @property
    def schematrons(self) -> Path:
        """The folder of the static schematron rules."""
        return self.root / "schematrons" / "static"

    @property
    def codelists(self) -> Path:
        """The folder of the genericode code lists."""
        return self.root / "codelists"


def locate_sdk(path: Path | None) -> EformsSdk:
    """The SDK at ``path``, else at ``$LEADOCS_EFORMS_SDK``.

    Raises:
        UsageError: when neither is given or the folder is not an eForms SDK.
    """
    if path is None:
        named = os.environ.get(SDK_ENV)
        if not named:
            raise UsageError(
                "no eForms SDK given",
                hint=f"pass --sdk PATH (an unpacked eForms SDK, e.g. eforms-sdk-1.15.1) "
                f"or set {SDK_ENV}",
            )
        path = Path(named)
    wanted = [path / "fields" / "fields.json", path / "schemas" / "maindoc", path / "schematrons"]
    lacking = [str(p.relative_to(path)) for p in wanted if not p.exists()]
    if lacking:
        raise UsageError(
            f"{path} is not an eForms SDK folder (no {', '.join(lacking)})",
            hint="give the folder that holds fields/, schemas/ and schematrons/",
        )
    return EformsSdk(path)
