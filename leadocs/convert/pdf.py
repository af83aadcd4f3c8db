"""PDF finishing with pypdf: document metadata, and packs merged from several PDFs.

Both functions write a new file next to the target and ``os.replace`` it, so a
reader never sees half a PDF and a failure leaves the old file as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import NameObject

from leadocs.errors import ConversionError

__all__ = ["merge_pdfs", "pdf_page_count", "set_pdf_metadata"]

_PRODUCER = "leadocs"


def _info(
    title: str, author: str, subject: str = "", keywords: Sequence[str] = ()
) -> dict[str, str]:
    values = {
        "/Title": title,
        "/Author": author,
        "/Subject": subject,
        "/Keywords": ", ".join(k for k in keywords if k),
        "/Creator": _PRODUCER,
    }
    return {key: value for key, value in values.items() if value}


def _write(writer: PdfWriter, target: Path) -> None:
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with partial.open("wb") as handle:
            writer.write(handle)
        partial.replace(target)
    except OSError as exc:
        raise ConversionError(f"{target}: cannot write the PDF ({exc.strerror or exc})") from exc
    finally:
        partial.unlink(missing_ok=True)


def _reader(pdf: Path) -> PdfReader:
    try:
        return PdfReader(pdf)
    except FileNotFoundError as exc:
        raise ConversionError(f"{pdf}: PDF not found") from exc
    except (PyPdfError, OSError, ValueError) as exc:
        raise ConversionError(f"{pdf}: not a readable PDF ({exc})") from exc


def pdf_page_count(pdf: Path) -> int:
    """Pages in ``pdf``.

    Raises:
        ConversionError: the file is missing or not a PDF.
    """
    return len(_reader(pdf).pages)


def set_pdf_metadata(
    pdf: Path, *, title: str, author: str, subject: str = "", keywords: Sequence[str] = ()
) -> None:
    """Set the title, author, subject and keywords a PDF viewer shows, in place.

    The XMP packet, if LibreOffice wrote one, is dropped: viewers prefer it to the
    document information dictionary and it would still carry the old values.

    Raises:
        ConversionError: the file is missing, not a PDF, or cannot be rewritten.
    """
    writer = PdfWriter(clone_from=_reader(pdf))
    root = writer.root_object
    if NameObject("/Metadata") in root:
        del root[NameObject("/Metadata")]
    writer.add_metadata(_info(title, author, subject, keywords))
    _write(writer, pdf)


def merge_pdfs(
    parts: Sequence[tuple[str, Path]], target: Path, *, title: str = "", author: str = ""
) -> None:
    """Join PDFs into one pack, with one top-level bookmark per part, in order.

    Args:
        parts: ``(label, pdf)`` pairs; ``label`` becomes the part's bookmark.
        target: the pack to write.
        title: the pack's document title (also shown by viewers instead of the name).
        author: the pack's author.

    Raises:
        ConversionError: no parts, a part that is missing or not a PDF, or an
            unwritable target.
    """
    if not parts:
        raise ConversionError(f"{target}: no PDFs to merge")
    writer = PdfWriter()
    for label, pdf in parts:
        reader = _reader(pdf)
        if not reader.pages:
            raise ConversionError(f"{pdf}: the PDF has no pages")
        # The parts' own outlines (LibreOffice's headings) are left out: the pack
        # shows exactly one entry per part.
        writer.append(reader, outline_item=label or pdf.stem, import_outline=False)
    writer.page_mode = "/UseOutlines"
    writer.add_metadata(_info(title, author))
    _write(writer, target)
