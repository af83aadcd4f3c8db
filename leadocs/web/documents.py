"""The documents a submitter downloads: the filled LOI or assistance request, DOCX and PDF.

They are made as ``leadocs loi`` / ``leadocs assistance`` make them (the context
of :data:`leadocs.documents.kinds.KINDS`, the built-in template, dated the day
of the submission, so a download tomorrow is the same letter), but through the
mailing's compiled template: compiled once per process, each sign-up then costs
a fraction of a plain docxtpl render. A test compares the two.
"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from leadocs.documents.build import RenderedDocument, describe_document, document_identity
from leadocs.documents.kinds import KINDS
from leadocs.documents.subject import ContextOptions, DocumentSubject
from leadocs.documents.templates import read_template
from leadocs.errors import ConversionError
from leadocs.formats.model import Network, Organisation
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
    kind = KINDS[KIND_OF[submission.kind]]
    organisation = Organisation.model_validate(submission.data)
    # The identity names the submission, so that a returned copy can be matched.
    subject = DocumentSubject(network, organisation, recipient_id=f"web-{submission.id}")
    options = ContextOptions(
        lang=submission.lang, today=submission.created_at.date(), fallback_lang="en"
    )
    assert kind.context is not None  # the kinds of KIND_OF are network documents
    context = kind.context(subject, options)
    identity = document_identity(kind, subject, options)
    properties = identity.properties() if identity else None
    data = _renderer(kind.name).render(context, plain_data=True, properties=properties)
    return describe_document(kind, subject, context, data, identity)


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
