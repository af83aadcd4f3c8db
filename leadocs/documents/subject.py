"""What one document is made from: its subject (organisation, network, partner) and options.

Imported by the command line before any command runs: nothing heavy here.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leadocs.formats.model import Network, Organisation, Partner

__all__ = ["ContextOptions", "DocumentSubject", "Subject"]


class Subject(enum.Enum):
    """What one document of a kind is about."""

    ORGANISATION = "organisation"
    NETWORK = "network"
    PARTNER = "partner"
    PROCUREMENT = "procurement"


@dataclass(frozen=True, slots=True)
class DocumentSubject:
    """The data one network document is made from."""

    network: Network
    organisation: Organisation | None = None
    partner: Partner | None = None
    recipient_id: str = ""
    """The recipient's id in document identities (a file's or a row's); see :meth:`recipient`."""

    def name(self, subject: Subject) -> str:
        """How a document about this subject is named in files: short name, acronym, partner."""
        if subject is Subject.ORGANISATION and self.organisation is not None:
            return self.organisation.file_stem
        if subject is Subject.PARTNER and self.partner is not None:
            return self.partner.name
        return self.network.acronym

    def recipient(self, subject: Subject) -> str:
        """The id a document's identity names: ``recipient_id``, else the short name or partner."""
        return self.recipient_id or self.name(subject)

    def described(self, subject: Subject) -> str:
        """The document's subject in metadata: the organisation, the partner or the network."""
        if subject is Subject.ORGANISATION and self.organisation is not None:
            return self.organisation.name
        if subject is Subject.PARTNER and self.partner is not None:
            return self.partner.name
        return ""


@dataclass(frozen=True, slots=True)
class ContextOptions:
    """How a document is made, beyond its data: language, date, place, fallback language."""

    lang: str
    today: dt.date
    place: str | None = None
    fallback_lang: str | None = None
