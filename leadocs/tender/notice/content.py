"""What a notice says, as business terms placed in the SDK's node tree; no XML here.

The builder (:mod:`leadocs.tender.notice.build`) fills a :class:`NoticeContent` from a
procurement; the eForms writer turns it into XML with the field repository's
XPaths; the data sheet lists it for people.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Group", "MissingTerm", "NoticeContent", "Term"]


@dataclass(frozen=True)
class Term:
    """One value of one field (a business term at one place), e.g. BT-262-Lot = 73000000."""

    field: str
    value: str
    attributes: dict[str, str] = dataclasses.field(default_factory=dict)
    """Values of the field's attribute fields without a preset (language, currency, unit)."""


@dataclass(frozen=True)
class Group:
    """One instance of a repeatable node (a lot, an organisation, an award criterion)."""

    node: str
    items: Sequence[Term | Group] = ()


@dataclass(frozen=True)
class MissingTerm:
    """A value the notice needs that the procurement file does not give."""

    field: str
    label: str
    """What it is, e.g. ``organisation name of the review body``."""
    yaml_key: str
    """The key that supplies it, e.g. ``procurement.review.body.name``."""
    reason: str
    """Why it is needed, e.g. ``required for a contract notice``."""

    @property
    def term(self) -> str:
        """The business term, e.g. ``BT-131`` for the field ``BT-131(t)-Lot``."""
        group, number = self.field.split("-")[:2]
        return f"{group}-{number.split('(')[0]}"


@dataclass(frozen=True)
class NoticeContent:
    """A whole notice: its subtype, root element and terms, and what is missing."""

    subtype: str
    root: str
    """The UBL document element, e.g. ``ContractNotice``."""
    items: Sequence[Term | Group]
    missing: list[MissingTerm] = dataclasses.field(default_factory=list)

    def terms(self) -> list[Term]:
        """Every term, depth first, in the order the builder placed them."""
        found: list[Term] = []
        stack: list[Term | Group] = list(reversed(self.items))
        while stack:
            item = stack.pop()
            if isinstance(item, Term):
                found.append(item)
            else:
                stack.extend(reversed(item.items))
        return found
