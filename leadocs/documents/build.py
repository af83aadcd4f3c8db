"""Making one document of any kind: context, template, render, and what describes it.

:func:`make_document` takes validated models and returns a
:class:`RenderedDocument` (bytes plus the names and metadata a writer needs).
No file is written here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leadocs.documents.identity import DocumentIdentity, organisation_hash, partner_hash
from leadocs.documents.kinds import KINDS, DocumentKind
from leadocs.documents.subject import ContextOptions, DocumentSubject, Subject
from leadocs.documents.templates import read_template
from leadocs.errors import UsageError
from leadocs.formats.model import Network, Partner
from leadocs.i18n.languages import choose_language, fallback_language
from leadocs.outputs import safe_name
from leadocs.render.docx import render_docx
from leadocs.render.environment import build_environment, label

__all__ = [
    "RenderedDocument",
    "describe_document",
    "document_identity",
    "document_language",
    "find_partner",
    "make_document",
    "render_template",
]


@dataclass(frozen=True)
class RenderedDocument:
    """A rendered document and what is needed to name and describe it."""

    data: bytes
    stem: str
    """Default file name without extension, e.g. ``loi-Konnevesi``."""
    title: str
    author: str
    subject: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)
    identity: DocumentIdentity | None = None
    """Who and what the document is, stored in its properties (None for network sheets)."""


def render_template(
    kind: str,
    context: Mapping[str, Any],
    template: Path | None,
    properties: Mapping[str, str] | None = None,
) -> bytes:
    """Render the built-in template ``kind``, or the user's edited copy (sandboxed).

    ``properties`` are custom document properties to set (the document's identity).
    """
    source, name = read_template(kind, template)
    env = build_environment(sandboxed=template is not None)
    return render_docx(source, context, env=env, name=name, properties=properties)


def document_identity(
    kind: DocumentKind, subject: DocumentSubject, options: ContextOptions, mailing: str = ""
) -> DocumentIdentity | None:
    """The identity of a document of ``kind`` about ``subject``; None for the network sheets."""
    if kind.subject is Subject.ORGANISATION and subject.organisation is not None:
        data_hash = organisation_hash(subject.organisation)
    elif kind.subject is Subject.PARTNER and subject.partner is not None:
        data_hash = partner_hash(subject.partner)
    else:
        return None
    recipient = subject.recipient(kind.subject)
    made = options.today.isoformat()
    return DocumentIdentity(kind.name, recipient, data_hash, mailing, made, options.lang)


def document_language(explicit: str | None, subject: DocumentSubject) -> str:
    """The language of a document: ``--lang``, else the organisation's, the network's, English."""
    organisation = subject.organisation
    return choose_language(
        explicit, organisation.language if organisation else None, subject.network.language
    )


def make_document(
    kind: str | DocumentKind,
    subject: DocumentSubject,
    *,
    lang: str | None = None,
    today: dt.date | None = None,
    place: str | None = None,
    template: Path | None = None,
    fallback_lang: str | None = None,
) -> RenderedDocument:
    """One document of ``kind`` about ``subject``.

    Args:
        kind: a network document kind (``loi``, ``assistance``, ``benefits``, ``report``).
        subject: the network, and the organisation or partner the document is about.
        lang: the document language (default: the organisation's, the network's, English).
        today: the date printed on the document (default: today).
        place: the place of signature (default: the organisation's city).
        template: an edited copy of the built-in layout (rendered sandboxed).
        fallback_lang: the language whose text to use where one of the network's
            translated texts has none in the document's language.
    """
    kind = KINDS[kind] if isinstance(kind, str) else kind
    if kind.context is None:
        raise UsageError(f"'{kind.name}' documents are not made from a network file")
    options = ContextOptions(
        lang=document_language(lang, subject),
        today=today or dt.date.today(),
        place=place,
        fallback_lang=fallback_language(fallback_lang),
    )
    ctx = kind.context(subject, options)
    identity = document_identity(kind, subject, options)
    properties = identity.properties() if identity else None
    data = render_template(kind.name, ctx, template, properties)
    return describe_document(kind, subject, ctx, data, identity)


def describe_document(
    kind: DocumentKind,
    subject: DocumentSubject,
    context: Mapping[str, Any],
    data: bytes,
    identity: DocumentIdentity | None = None,
) -> RenderedDocument:
    """``data``, a rendered document of ``kind`` from ``context``, with its name and metadata."""
    lang = context["lang"]
    title = context["t"][kind.name]["title"]
    if kind.subject is Subject.PARTNER:
        title = f"{label(title, lang)} {subject.name(kind.subject)}"
    stem = f"{kind.name}-{subject.name(kind.subject)}"
    if lang != document_language(None, subject):
        # A second language of a letter gets a name of its own instead of the first's.
        stem = f"{stem}-{lang}"
    return RenderedDocument(
        data=data,
        stem=safe_name(stem),
        title=title,
        author=subject.network.acronym,
        subject=subject.described(kind.subject) or context["network"]["name"],
        keywords=kind.keywords(subject.network.acronym, context["t"][kind.name].get("keyword")),
        identity=identity,
    )


def find_partner(network: Network, name: str) -> Partner:
    """The partner called ``name``; a clear error listing the partners otherwise."""
    partner = network.find_partner(name)
    if partner is None:
        names = "; ".join(p.name for p in network.partners) or "none"
        raise UsageError(
            f"the network {network.acronym} has no partner '{name}'", hint=f"partners: {names}"
        )
    return partner
