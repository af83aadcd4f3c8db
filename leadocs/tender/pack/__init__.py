"""The tender pack: every document of a call for tenders, from one procurement file.

:func:`build_pack` is pure: the procurement, its rule report and the language in,
the pack's files (bytes) out, in the procedure's language. The pack holds the
request for tenders (without the rule-check annex), the declaration of honour
(the tender form on exclusion grounds, with the ESPD pointer), the price schedule
and the evaluation score sheet (.xlsx with formulas), the rule-check report for
the officer, the draft contracts (:mod:`leadocs.tender.pack.contracts`), and an
index of them all. Writing, PDF conversion and merging are
in :mod:`leadocs.tender.pack.write`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from leadocs.documents.build import RenderedDocument, render_template
from leadocs.outputs import safe_name
from leadocs.tender.draft import tender_context, tender_document
from leadocs.tender.input import ProcurementInput
from leadocs.tender.model import Procurement
from leadocs.tender.pack.contracts import contract_documents, contract_entries
from leadocs.tender.pack.sheets import price_schedule, score_sheet
from leadocs.tender.rules import RuleReport
from leadocs.tender.wording import PROCEDURE_KEYS

__all__ = ["PackFile", "TenderPack", "build_pack", "pack_context"]

Context = dict[str, Any]


@dataclass(frozen=True)
class PackFile:
    """One file of the pack."""

    name: str
    """File name inside the pack folder, in its language, e.g. ``03-hintaliite-REF.xlsx``."""
    title: str
    """What the document is, in the pack's language."""
    data: bytes
    published: bool
    """Published with the call for tenders (else for the officer or the committee)."""
    document: RenderedDocument | None = None
    """The rendered Word document with its metadata (None for a workbook)."""


@dataclass(frozen=True)
class TenderPack:
    """The files of a pack, in order, the index first."""

    files: list[PackFile]
    title: str
    author: str
    lang: str
    reference: str
    merged_name: str
    """The file name of the merged PDF of the published documents."""


def _docx(ctx: Context, kind: str, name: str, title: str, *, published: bool) -> PackFile:
    document = RenderedDocument(
        data=render_template(kind, ctx, None),
        stem=name.rsplit(".", 1)[0],
        title=f"{title}: {ctx['p']['title']}",
        author=ctx["lead"]["name"],
        subject=ctx["kind"]["label"],
        keywords=(ctx["kind"]["short"], ctx["p"]["reference"]),
    )
    return PackFile(name, title, document.data, published, document)


def _names(procurement: Procurement, slugs: Context) -> list[tuple[str, str, bool]]:
    """Each file of the pack (index excluded): file name, catalogue key of its title, published.

    The names are the language's slugs (``files`` in the tender catalogue), numbered in
    the order of the pack. The slugs are lower-case ASCII in every language, Greek
    transliterated (ELOT 743): a pack travels as e-mail attachments, in ZIP files and
    through e-procurement upload forms, where non-ASCII names still get mangled, and
    macOS would store accented letters decomposed (NFD) while the index shows them
    composed.
    """
    reference = safe_name(procurement.reference)
    tender = slugs[f"tender_{PROCEDURE_KEYS[procurement.procedure]}"]
    return [
        (f"01-{tender}-{reference}.docx", "", True),
        (f"02-{slugs['declaration']}.docx", "declaration", True),
        (f"03-{slugs['prices']}-{reference}.xlsx", "prices", True),
        (f"04-{slugs['scores']}-{reference}.xlsx", "scores", False),
        (f"05-{slugs['rules']}.docx", "rules", False),
    ]


def pack_context(
    loaded: ProcurementInput, report: RuleReport, *, lang: str, today: dt.date
) -> Context:
    """The context of the pack's Word documents: the draft's, and the list of the pack's files."""
    ctx = tender_context(loaded, report, today=today, lang=lang, rule_check_annex=False)
    words = ctx["t"]["pack"]
    ctx["pack_files"] = [
        {
            "title": words[key] if key else ctx["kind"]["document"],
            "name": name,
            "use": words["published" if published else "internal"],
        }
        for name, key, published in _names(loaded.procurement, ctx["t"]["files"])
    ]
    ctx["pack_files"] += [  # the contracts, published with the call for tenders
        {"title": entry.title, "name": entry.name, "use": words["published"]}
        for entry in contract_entries(loaded.procurement, ctx["t"])
    ]
    return ctx


def build_pack(
    loaded: ProcurementInput, report: RuleReport, *, lang: str, today: dt.date
) -> TenderPack:
    """Every document of the call for tenders of ``loaded``, written in ``lang``."""
    procurement = loaded.procurement
    ctx = pack_context(loaded, report, lang=lang, today=today)
    words = ctx["t"]["pack"]
    draft = tender_document(loaded, report, today=today, lang=lang, rule_check_annex=False)
    slugs = ctx["t"]["files"]
    (rft, _, _), (declaration, _, _), (prices, _, _), (scores, _, _), (rules, _, _) = _names(
        procurement, slugs
    )
    files = [
        PackFile(rft, ctx["kind"]["document"], draft.data, True, draft),
        _docx(ctx, "tender-declaration", declaration, words["declaration"], published=True),
        PackFile(prices, words["prices"], price_schedule(procurement, ctx["t"]), True),
        PackFile(scores, words["scores"], score_sheet(procurement, ctx["t"]), False),
        _docx(ctx, "tender-rule-check", rules, words["rules"], published=False),
    ]
    files += [
        PackFile(e.name, e.title, d.data, True, d) for e, d in contract_documents(loaded, ctx)
    ]
    index_name = f"00-{slugs['index']}.docx"
    index = _docx(ctx, "tender-pack-index", index_name, words["index_title"], published=False)
    return TenderPack(
        [index, *files],
        f"{ctx['kind']['document']}: {procurement.title}",
        ctx["lead"]["name"],
        lang,
        procurement.reference,
        f"06-{slugs['merged']}-{safe_name(procurement.reference)}.pdf",
    )
