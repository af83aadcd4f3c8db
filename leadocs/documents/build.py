"""The built-in network documents: LOI, assistance request, benefits sheet, partner report.

Each ``*_document`` function takes validated models and returns a
:class:`RenderedDocument` (bytes plus the names and metadata a writer needs).
No file is written here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leadocs.documents import context as contexts
from leadocs.documents.templates import read_template
from leadocs.errors import UsageError
from leadocs.formats.model import Network, Organisation, Partner
from leadocs.formats.model.localised import language_key
from leadocs.i18n import available_languages
from leadocs.outputs import safe_name
from leadocs.render.docx import render_docx
from leadocs.render.environment import build_environment, label

__all__ = [
    "RenderedDocument",
    "assistance_document",
    "benefits_document",
    "choose_language",
    "find_partner",
    "loi_document",
    "render_template",
    "report_document",
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


def choose_language(explicit: str | None, *preferred: str | None) -> str:
    """The document language: ``explicit`` (must exist), else the first preferred one we ship."""
    shipped = available_languages()
    if explicit:
        base = explicit.lower().split("_")[0].split("-")[0]
        if base not in shipped:
            raise UsageError(
                f"no built-in text for language '{explicit}'",
                hint=f"available: {', '.join(shipped)}",
            )
        return base
    for lang in preferred:
        if lang and lang.split("_")[0] in shipped:
            return lang.split("_")[0]
    return "en"


def _fallback(code: str | None) -> str | None:
    """Check and normalise a ``--fallback-lang`` code (``EN``, ``pt-PT`` → ``en``, ``pt``)."""
    if not code:
        return None
    base = code.strip().lower().replace("-", "_").split("_")[0]
    try:
        return language_key(base)
    except ValueError as exc:
        raise UsageError(f"--fallback-lang: {exc}") from None


def render_template(kind: str, context: Mapping[str, Any], template: Path | None) -> bytes:
    """Render the built-in template ``kind``, or the user's edited copy (sandboxed)."""
    source, name = read_template(kind, template)
    env = build_environment(sandboxed=template is not None)
    return render_docx(source, context, env=env, name=name)


def loi_document(
    organisation: Organisation,
    network: Network,
    *,
    lang: str | None = None,
    today: dt.date | None = None,
    place: str | None = None,
    template: Path | None = None,
    fallback_lang: str | None = None,
) -> RenderedDocument:
    """The letter of intent of ``organisation`` to join ``network``.

    ``fallback_lang`` is the language whose text to use where one of the
    network's translated texts has none in the document's language.
    """
    lang = choose_language(lang, organisation.language, network.language)
    ctx = contexts.loi_context(
        organisation,
        network,
        lang=lang,
        today=today or dt.date.today(),
        place=place,
        fallback_lang=_fallback(fallback_lang),
    )
    return RenderedDocument(
        data=render_template("loi", ctx, template),
        stem=safe_name(f"loi-{organisation.file_stem}"),
        title=ctx["t"]["loi"]["title"],
        author=network.acronym,
        subject=organisation.name,
        keywords=("letter of intent", network.acronym, organisation.country),
    )


def assistance_document(
    organisation: Organisation,
    network: Network,
    *,
    lang: str | None = None,
    today: dt.date | None = None,
    template: Path | None = None,
    fallback_lang: str | None = None,
) -> RenderedDocument:
    """The assistance and support request form of ``organisation``."""
    lang = choose_language(lang, organisation.language, network.language)
    ctx = contexts.assistance_context(
        organisation,
        network,
        lang=lang,
        today=today or dt.date.today(),
        fallback_lang=_fallback(fallback_lang),
    )
    return RenderedDocument(
        data=render_template("assistance", ctx, template),
        stem=safe_name(f"assistance-{organisation.file_stem}"),
        title=ctx["t"]["assistance"]["title"],
        author=network.acronym,
        subject=organisation.name,
        keywords=("assistance request", network.acronym),
    )


def benefits_document(
    network: Network,
    *,
    lang: str | None = None,
    today: dt.date | None = None,
    template: Path | None = None,
    fallback_lang: str | None = None,
) -> RenderedDocument:
    """The benefits and expected contribution sheet of ``network``."""
    lang = choose_language(lang, network.language)
    ctx = contexts.benefits_context(
        network, lang=lang, today=today or dt.date.today(), fallback_lang=_fallback(fallback_lang)
    )
    return RenderedDocument(
        data=render_template("benefits", ctx, template),
        stem=safe_name(f"benefits-{network.acronym}"),
        title=ctx["t"]["benefits"]["title"],
        author=network.acronym,
        subject=ctx["network"]["name"],
        keywords=("benefits", network.acronym),
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


def report_document(
    network: Network,
    partner: Partner,
    *,
    lang: str | None = None,
    today: dt.date | None = None,
    template: Path | None = None,
    fallback_lang: str | None = None,
) -> RenderedDocument:
    """The participation report of one partner of ``network``."""
    lang = choose_language(lang, network.language)
    ctx = contexts.report_context(
        network,
        partner,
        lang=lang,
        today=today or dt.date.today(),
        fallback_lang=_fallback(fallback_lang),
    )
    return RenderedDocument(
        data=render_template("report", ctx, template),
        stem=safe_name(f"report-{partner.name}"),
        title=f"{label(ctx['t']['report']['title'], lang)} {partner.name}",
        author=network.acronym,
        subject=partner.name,
        keywords=("partner report", network.acronym),
    )
