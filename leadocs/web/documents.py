"""The documents a submitter downloads: the filled LOI or assistance request, DOCX and PDF.

They are rendered from the stored submission as ``leadocs loi`` / ``leadocs
assistance`` render them (same context, same built-in template, dated the day of
the submission, so a download tomorrow is the same letter), but through the
mailing's compiled template: compiled once per process, each sign-up then costs
a fraction of a plain docxtpl render. A test compares the two.
"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from leadocs.documents.build import RenderedDocument
from leadocs.documents.templates import read_template
from leadocs.errors import ConversionError
from leadocs.formats.model import Network, Organisation
from leadocs.mailing.worker import build_context
from leadocs.outputs import safe_name
from leadocs.render.compiled import DocxRenderer, compile_docx
from leadocs.render.environment import build_environment
from leadocs.web.schema import Submission

__all__ = ["DOCX_TYPE", "PDF_TYPE", "document_of", "pdf_available", "pdf_of"]

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_TYPE = "application/pdf"


KIND_OF = {"member": "loi", "assistance": "assistance"}
"""The document kind of each kind of submission."""


@functools.cache
def _renderer(kind: str) -> DocxRenderer:
    source, name = read_template(kind, None)
    return compile_docx(source, build_environment(), name)


def document_of(submission: Submission, network: Network) -> RenderedDocument:
    """The LOI of a sign-up, or the request form of an assistance request."""
    organisation = Organisation.model_validate(submission.data)
    kind = KIND_OF[submission.kind]
    context = build_context(
        kind,
        organisation,
        network,
        lang=submission.lang,
        today=submission.created_at.date(),
        fallback_lang="en",
    )
    return RenderedDocument(
        data=_renderer(kind).render(context, plain_data=True),
        stem=safe_name(f"{kind}-{organisation.file_stem}"),
        title=context["t"][kind]["title"],
        author=network.acronym,
        subject=organisation.name,
        keywords=(
            ("letter of intent", network.acronym, organisation.country)
            if kind == "loi"
            else ("assistance request", network.acronym)
        ),
    )


def pdf_available() -> bool:
    """Whether LibreOffice is there to make PDFs."""
    from leadocs.pdf.office import find_soffice

    try:
        find_soffice()
    except ConversionError:
        return False
    return True


def pdf_of(document: RenderedDocument) -> bytes:
    """The document as PDF, with its metadata (needs LibreOffice)."""
    from leadocs.pdf.single import write_pdf

    with tempfile.TemporaryDirectory(prefix="leadocs-web-") as folder:
        target = Path(folder) / f"{document.stem}.pdf"
        write_pdf(document, target)
        return target.read_bytes()
