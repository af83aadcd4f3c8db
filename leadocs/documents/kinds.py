"""What each kind of document is, in one table that every command, the batch and PDFs read.

A kind names its template (``templates/NAME.docx``), says what one document
is about (an organisation, the network, one partner or a procurement), how it
is described, and how its template context is built. Adding a kind is one
entry here, a layout and a catalogue section.

This module is imported by the command line before any command runs, so it
imports nothing heavy: context builders import their modules when called.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from leadocs.formats.model import Network, Organisation, Partner

__all__ = [
    "KINDS",
    "ContextOptions",
    "DocumentKind",
    "DocumentSubject",
    "Subject",
    "mailable_kinds",
]


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

    def name(self, subject: Subject) -> str:
        """How a document about this subject is named in files: short name, acronym, partner."""
        if subject is Subject.ORGANISATION and self.organisation is not None:
            return self.organisation.file_stem
        if subject is Subject.PARTNER and self.partner is not None:
            return self.partner.name
        return self.network.acronym

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


ContextBuilder = Callable[[DocumentSubject, ContextOptions], dict[str, Any]]


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document leadocs makes."""

    name: str
    """The kind's name on the command line, and its template's (``loi`` → ``loi.docx``)."""
    description: str
    subject: Subject
    keyword: str
    """What the document is, for the keywords of its PDF."""
    context: ContextBuilder | None = None
    """Builds the template context; None for kinds built elsewhere (tenders)."""

    @property
    def mailable(self) -> bool:
        """Whether a mailing can make it: one document per recipient organisation."""
        return self.subject is Subject.ORGANISATION

    def keywords(self, network_acronym: str) -> tuple[str, ...]:
        """The keywords of a document of this kind, the same for one document and a batch."""
        return (self.keyword, network_acronym)


def _loi(subject: DocumentSubject, options: ContextOptions) -> dict[str, Any]:
    from leadocs.documents.context import loi_context

    assert subject.organisation is not None
    return loi_context(
        subject.organisation,
        subject.network,
        lang=options.lang,
        today=options.today,
        place=options.place,
        fallback_lang=options.fallback_lang,
    )


def _assistance(subject: DocumentSubject, options: ContextOptions) -> dict[str, Any]:
    from leadocs.documents.context import assistance_context

    assert subject.organisation is not None
    return assistance_context(
        subject.organisation,
        subject.network,
        lang=options.lang,
        today=options.today,
        fallback_lang=options.fallback_lang,
    )


def _benefits(subject: DocumentSubject, options: ContextOptions) -> dict[str, Any]:
    from leadocs.documents.context import benefits_context

    return benefits_context(
        subject.network, lang=options.lang, today=options.today, fallback_lang=options.fallback_lang
    )


def _report(subject: DocumentSubject, options: ContextOptions) -> dict[str, Any]:
    from leadocs.documents.context import report_context

    assert subject.partner is not None
    return report_context(
        subject.network,
        subject.partner,
        lang=options.lang,
        today=options.today,
        fallback_lang=options.fallback_lang,
    )


KINDS: dict[str, DocumentKind] = {
    kind.name: kind
    for kind in (
        DocumentKind(
            "loi",
            "Letter of intent to join a procurers' network (D2.3 appendix 7.4)",
            Subject.ORGANISATION,
            "letter of intent",
            _loi,
        ),
        DocumentKind(
            "assistance",
            "Assistance & support request form (appendix 7.3)",
            Subject.ORGANISATION,
            "assistance request",
            _assistance,
        ),
        DocumentKind(
            "benefits",
            "Network benefits and expected contribution (appendix 7.2)",
            Subject.NETWORK,
            "benefits",
            _benefits,
        ),
        DocumentKind(
            "report",
            "Partner participation report (appendix 7.1)",
            Subject.PARTNER,
            "partner report",
            _report,
        ),
        DocumentKind(
            "tender-pcp",
            "Pre-commercial procurement (PCP) request for tenders",
            Subject.PROCUREMENT,
            "PCP",
        ),
        DocumentKind(
            "tender-ppi",
            "Public procurement of innovative solutions (PPI) tender",
            Subject.PROCUREMENT,
            "PPI",
        ),
        DocumentKind(
            "tender-innovation-partnership",
            "Innovation partnership (Art. 31) procurement documents",
            Subject.PROCUREMENT,
            "Innovation partnership",
        ),
    )
}
"""Every kind of document, by name."""


def mailable_kinds() -> list[str]:
    """The kinds a mailing can make, in table order."""
    return [name for name, kind in KINDS.items() if kind.mailable]
