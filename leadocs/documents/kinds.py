"""What each kind of document is, in one table that every command, the batch and PDFs read.

A kind names its template (``templates/NAME.docx``), says what one document
is about (an organisation, the network, one partner or a procurement), how it
is described, and how its template context is built. Adding a kind is one
entry here, a layout and a catalogue section.

This module is imported by the command line before any command runs, so it
imports nothing heavy: context builders import their modules when called.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from leadocs.documents.subject import ContextOptions, DocumentSubject, Subject

__all__ = [
    "KINDS",
    "DocumentKind",
    "mailable_kinds",
]


ContextBuilder = Callable[[DocumentSubject, ContextOptions], dict[str, Any]]


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document leadocs makes."""

    name: str
    """The kind's name on the command line, and its template's (``loi`` → ``loi.docx``)."""
    description: str
    subject: Subject
    keyword: str
    """What the document is, for the keywords of its PDF (network documents say it in their
    language: the catalogue's ``KIND-keyword``)."""
    context: ContextBuilder | None = None
    """Builds the template context; None for kinds built elsewhere (tenders)."""

    @property
    def mailable(self) -> bool:
        """Whether a mailing can make it: one document per recipient organisation."""
        return self.subject is Subject.ORGANISATION

    def keywords(self, network_acronym: str, keyword: str | None = None) -> tuple[str, ...]:
        """The keywords of a document of this kind, the same for one document and a batch.

        Args:
            network_acronym: the network's acronym (or the author of a tender).
            keyword: what the document is in its language; :attr:`keyword` if None.
        """
        return (keyword or self.keyword, network_acronym)


def _context_of(name: str) -> ContextBuilder:
    """The builder ``name`` of :mod:`leadocs.documents.context`, imported when first used."""

    def build(subject: DocumentSubject, options: ContextOptions) -> dict[str, Any]:
        from leadocs.documents import context

        builder: ContextBuilder = getattr(context, name)
        return builder(subject, options)

    return build


KINDS: dict[str, DocumentKind] = {
    kind.name: kind
    for kind in (
        DocumentKind(
            "loi",
            "Letter of intent to join a procurers' network (D2.3 appendix 7.4)",
            Subject.ORGANISATION,
            "letter of intent",
            _context_of("loi_context"),
        ),
        DocumentKind(
            "assistance",
            "Assistance & support request form (appendix 7.3)",
            Subject.ORGANISATION,
            "assistance request",
            _context_of("assistance_context"),
        ),
        DocumentKind(
            "benefits",
            "Network benefits and expected contribution (appendix 7.2)",
            Subject.NETWORK,
            "benefits",
            _context_of("benefits_context"),
        ),
        DocumentKind(
            "report",
            "Partner participation report (appendix 7.1)",
            Subject.PARTNER,
            "partner report",
            _context_of("report_context"),
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
        DocumentKind(
            "tender-declaration",
            "Tender pack: declaration of honour on exclusion grounds (Art. 57)",
            Subject.PROCUREMENT,
            "declaration of honour",
        ),
        DocumentKind(
            "tender-rule-check",
            "Tender pack: the rule-check report for the officer",
            Subject.PROCUREMENT,
            "rule check",
        ),
        DocumentKind(
            "tender-contract-pcp-framework",
            "Tender pack: PCP framework agreement (all phases)",
            Subject.PROCUREMENT,
            "framework agreement",
        ),
        DocumentKind(
            "tender-contract-pcp-phase",
            "Tender pack: PCP specific contract of one phase",
            Subject.PROCUREMENT,
            "specific contract",
        ),
        DocumentKind(
            "tender-contract-ppi",
            "Tender pack: PPI contract",
            Subject.PROCUREMENT,
            "contract",
        ),
        DocumentKind(
            "tender-contract-innovation-partnership",
            "Tender pack: innovation partnership agreement (Art. 31)",
            Subject.PROCUREMENT,
            "innovation partnership agreement",
        ),
        DocumentKind(
            "tender-pack-index",
            "Tender pack: index of the documents",
            Subject.PROCUREMENT,
            "tender pack",
        ),
    )
}
"""Every kind of document, by name."""


def mailable_kinds() -> list[str]:
    """The kinds a mailing can make, in table order."""
    return [name for name, kind in KINDS.items() if kind.mailable]
