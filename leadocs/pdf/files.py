"""PDF files: checking and placing what LibreOffice wrote; metadata, packs and splits with pypdf.

Everything here writes a new file next to its target and renames it over the
target, so a reader never sees half a PDF and a failure leaves the old file as it was.
"""

from __future__ import annotations

import errno
import shutil
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import Destination, Fit, NameObject

from leadocs.errors import ConversionError

__all__ = [
    "check_pdf",
    "merge_pdfs",
    "pdf_page_count",
    "place",
    "set_pdf_metadata",
    "split_pdf",
    "write_pdf",
]

_PRODUCER = "leadocs"


def check_pdf(path: Path) -> str | None:
    """Why the file LibreOffice wrote is not a whole PDF (or None)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(5)
            handle.seek(max(0, size - 1024))
            tail = handle.read()
    except OSError as exc:
        return f"LibreOffice wrote no PDF ({exc.strerror})"
    if head != b"%PDF-" or b"%%EOF" not in tail:
        return "LibreOffice wrote an incomplete PDF"
    return None


def place(written: Path, target: Path) -> None:
    """Move ``written`` to ``target`` atomically, also across file systems."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        written.replace(target)
        return
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
    # Another file system: copy next to the target first, so the rename stays atomic.
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        shutil.copyfile(written, partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
        written.unlink(missing_ok=True)


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


def write_pdf(writer: PdfWriter, target: Path) -> None:
    """Write ``writer``'s PDF to ``target`` whole or not at all (aside, then renamed)."""
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
    pdf: Path,
    *,
    title: str,
    author: str,
    subject: str = "",
    keywords: Sequence[str] = (),
    custom: Mapping[str, str] | None = None,
) -> None:
    """Set the title, author, subject and keywords a PDF viewer shows, in place.

    The XMP packet, if LibreOffice wrote one, is dropped: viewers prefer it to the
    document information dictionary and it would still carry the old values.
    ``custom`` entries (the document's identity, ``leadocs.kind`` …) are added to
    the information dictionary under their own names, as LibreOffice does with a
    document's custom properties.

    Raises:
        ConversionError: the file is missing, not a PDF, or cannot be rewritten.
    """
    writer = PdfWriter(clone_from=_reader(pdf))
    root = writer.root_object
    if NameObject("/Metadata") in root:
        del root[NameObject("/Metadata")]
    info = _info(title, author, subject, keywords)
    info.update({f"/{name}": value for name, value in (custom or {}).items()})
    writer.add_metadata(info)
    write_pdf(writer, pdf)


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
    write_pdf(writer, target)


def split_pdf(pdf: Path, markers: Sequence[str], targets: Sequence[Path]) -> list[int]:
    """Cut ``pdf`` where each named destination in ``markers`` starts; write the parts.

    Part ``i`` runs from the page of ``markers[i]`` up to the page before the next
    marker (the last part to the end) and is written to ``targets[i]``.

    Returns:
        The number of pages of each part.

    Raises:
        ConversionError: a marker is missing, or the parts would not start on
            pages of their own in order from the first page.
    """
    reader = _reader(pdf)
    found = {name.lstrip("/"): dest for name, dest in reader.named_destinations.items()}
    try:
        pages = [reader.get_destination_page_number(found[name]) for name in markers]
    except KeyError as exc:
        raise ConversionError(f"{pdf}: part marker {exc} is missing") from None
    starts = [-1 if page is None else page for page in pages]
    ends = [*starts[1:], len(reader.pages)]
    rising = all(end > start for start, end in zip(starts, ends, strict=True))
    if not starts or starts[0] != 0 or not rising:
        raise ConversionError(f"{pdf}: parts do not start on pages of their own ({starts})")
    info = {str(k): str(v) for k, v in (reader.metadata or {}).items()}
    anchors = _form_anchors(reader, found)
    # Every part is written aside first and all are put in place together, so that a
    # stop (Ctrl-C) while splitting leaves no part in place that nobody reported.
    written: list[tuple[Path, Path]] = []
    try:
        for start, end, target in zip(starts, ends, targets, strict=True):
            written.append((_part_aside(reader, start, end, anchors, info, target), target))
        for partial, target in written:
            partial.replace(target)
    except OSError as exc:
        raise ConversionError(f"{pdf}: cannot write the parts ({exc.strerror or exc})") from exc
    finally:
        for partial, _ in written:
            partial.unlink(missing_ok=True)
    return [end - start for start, end in zip(starts, ends, strict=True)]


def _part_aside(
    reader: PdfReader,
    start: int,
    end: int,
    anchors: dict[str, tuple[int, float, float]],
    info: dict[str, str],
    target: Path,
) -> Path:
    """Write pages ``start``–``end`` of ``reader`` beside ``target``; return that file."""
    writer = PdfWriter()
    for index in range(start, end):
        writer.add_page(reader.pages[index])
    for name, (page, left, top) in anchors.items():
        reference = writer.pages[page - start].indirect_reference if start <= page < end else None
        if reference is not None:  # where the part's form fields go (leadocs.pdf.forms)
            destination = Destination(name, reference, Fit.xyz(left, top, 0))
            writer.add_named_destination_object(destination)
    writer.add_metadata(info)
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with partial.open("wb") as handle:
            writer.write(handle)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return partial


def _form_anchors(reader: PdfReader, found: dict[str, Any]) -> dict[str, tuple[int, float, float]]:
    """The destinations that place form fields: page, left and top of each."""
    from leadocs.pdf.forms import ANCHOR

    anchors = {}
    for name, dest in found.items():
        page = reader.get_destination_page_number(dest) if name.startswith(ANCHOR) else None
        if page is not None and page >= 0:
            anchors[name] = (page, float(dest.left or 0), float(dest.top or 0))
    return anchors
