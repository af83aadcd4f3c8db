"""Writing a rendered document as PDF: convert, stamp metadata, replace atomically."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from leadocs.documents.build import RenderedDocument
from leadocs.outputs import write_atomic

__all__ = ["write_pdf"]


def write_pdf(
    document: RenderedDocument,
    target: Path,
    *,
    force: bool = False,
    convert: Callable[[Path, Path], None] | None = None,
) -> Path:
    """Convert ``document`` to PDF at ``target`` with title, author, subject and keywords.

    The document's content controls become fillable form fields (see leadocs.pdf.forms),
    and its identity goes into the PDF's document information. ``convert`` is the
    conversion to use (default: a LibreOffice of its own; a pool's ``convert``
    for many documents).
    """
    from leadocs.pdf import convert_to_pdf, set_pdf_metadata
    from leadocs.pdf.forms import convert_fillable

    with tempfile.TemporaryDirectory(prefix="leadocs-pdf-") as folder:
        pdf = Path(folder) / f"{document.stem}.pdf"
        convert_fillable(document.data, pdf, convert or convert_to_pdf)
        set_pdf_metadata(
            pdf,
            title=document.title,
            author=document.author,
            subject=document.subject,
            keywords=document.keywords,
            custom=document.identity.properties() if document.identity else None,
        )
        return write_atomic(target, pdf.read_bytes(), force=force)
