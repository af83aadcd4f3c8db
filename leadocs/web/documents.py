"""The documents a submitter downloads: the filled LOI or assistance request, DOCX and PDF.

They are rendered from the stored submission by leadocs' own document builder,
dated the day of the submission, so a download tomorrow is the same letter.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from leadocs.documents.build import RenderedDocument, assistance_document, loi_document
from leadocs.errors import ConversionError
from leadocs.formats.model import Network, Organisation
from leadocs.web.schema import Submission

__all__ = ["DOCX_TYPE", "PDF_TYPE", "document_of", "pdf_available", "pdf_of"]

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_TYPE = "application/pdf"


def document_of(submission: Submission, network: Network) -> RenderedDocument:
    """The LOI of a sign-up, or the request form of an assistance request."""
    organisation = Organisation.model_validate(submission.data)
    build = loi_document if submission.kind == "member" else assistance_document
    return build(
        organisation,
        network,
        lang=submission.lang,
        today=submission.created_at.date(),
        fallback_lang="en",
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
