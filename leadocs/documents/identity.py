"""What identifies a generated document: recipient, kind, data hash and mailing.

Every network document leadocs makes carries its identity in custom document
properties (``leadocs.*`` in docProps/custom.xml, and the same keys in a PDF's
document information), so that a returned file can be matched to its recipient
whatever it has been renamed to. The data hash covers what the document states
about its recipient, not the answers the recipient fills in (tasks, assistance
fields): collecting answers changes the data file, and the same document must
still match it afterwards.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leadocs.formats.model import Organisation, Partner

__all__ = [
    "PROPERTY_PREFIX",
    "DocumentIdentity",
    "organisation_hash",
    "partner_hash",
]

PROPERTY_PREFIX = "leadocs."
_ANSWER_FIELDS = {"tasks", "experience", "assistance", "timeline", "additional_needs"}


@dataclass(frozen=True, slots=True)
class DocumentIdentity:
    """Who a document is for, what it is, and which data it was made from.

    Attributes:
        kind: the document kind (``loi``, ``assistance``, ``report``).
        recipient: the recipient's id: a mailing row's id, an organisation
            file's name, or the partner's name.
        data_hash: :func:`organisation_hash` or :func:`partner_hash` of the data.
        mailing: the id of the mailing (output folder) it belongs to; empty for
            a document made on its own.
        made: the date printed on the document (ISO 8601).
        lang: the document's language.
    """

    kind: str
    recipient: str
    data_hash: str
    mailing: str = ""
    made: str = ""
    lang: str = ""

    def properties(self) -> dict[str, str]:
        """The identity as document properties (``leadocs.kind`` …)."""
        values = {
            "kind": self.kind,
            "recipient": self.recipient,
            "data": self.data_hash,
            "mailing": self.mailing,
            "made": self.made,
            "lang": self.lang,
        }
        return {PROPERTY_PREFIX + key: value for key, value in values.items() if value}

    @classmethod
    def from_properties(cls, properties: Mapping[str, str]) -> DocumentIdentity | None:
        """The identity stored in ``properties``; None when the document has none."""

        def value(key: str) -> str:
            return properties.get(PROPERTY_PREFIX + key, "").strip()

        if not value("kind") or not value("recipient"):
            return None
        return cls(
            value("kind"),
            value("recipient"),
            value("data"),
            value("mailing"),
            value("made"),
            value("lang"),
        )


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def organisation_hash(organisation: Organisation) -> str:
    """Hash of what a document states about ``organisation``, without its answers."""
    # pydantic's JSON (fields in model order) costs a few microseconds: a mailing
    # computes one per letter.
    return _digest(organisation.model_dump_json(exclude=_ANSWER_FIELDS))


def partner_hash(partner: Partner) -> str:
    """Hash of a partner as its report states it (name and member states)."""
    return _digest(partner.model_dump_json())
