"""Fillable PDF form fields where a document has Word content controls.

LibreOffice 7.4 exports neither Word content controls nor legacy form fields
(FORMCHECKBOX/FORMTEXT) as PDF form fields: only its own form controls, which
Word shows as ActiveX objects that print differently. So the two formats are
made differently. The .docx keeps its content controls; for the PDF, a copy of
it gets a bookmark at each control (:func:`mark_form_fields`), LibreOffice
exports the bookmarks as named destinations (their page and position), and
pypdf puts an AcroForm field there (:func:`add_form_fields`), named after the
control's tag (see leadocs.returns.tags).

A field's appearance is transparent in the state the page already prints (the
☒/☐ glyph, the pre-filled answer), so an unfilled PDF looks exactly like the
document; a box toggled or an answer typed draws on a white background that
covers what was printed beneath.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree

from leadocs.errors import ConversionError
from leadocs.outputs import replace_file
from leadocs.pdf._acroform import AcroForm, FormField
from leadocs.pdf.jobs import ConversionJob

__all__ = [
    "ANCHOR",
    "COPY_SUFFIX",
    "FillableJobs",
    "FormField",
    "add_form_fields",
    "convert_fillable",
    "mark_form_fields",
]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
_MAIN = "word/document.xml"
ANCHOR = "LDFIELD"
"""Start of the bookmarks that place form fields (letters and digits: LibreOffice escapes
others in destination names; joining letters for conversion appends ``_ldN``)."""
# A joined load renames LDFIELD3 to LDFIELD3_ld7, which LibreOffice writes LDFIELD35Fld7.
COPY_SUFFIX = ".fields.docx"
"""How the marked copies a mailing converts end (see :class:`FillableJobs`)."""
_ANCHORED = re.compile(f"^({ANCHOR}[0-9]+?)(?:5Fld[0-9]+|_ld[0-9]+)?$")
_BOX = 11.0  # points: the checklist's glyph size
_CELL_PADDING = 5.4  # points: Word's default left and right cell margins (0.19 cm)


def mark_form_fields(docx: bytes) -> tuple[bytes, list[FormField]]:
    """A copy of ``docx`` with a bookmark at each tagged content control, and the controls."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        infos = package.infolist()
        entries = {info.filename: package.read(info) for info in infos}
    root = etree.fromstring(entries[_MAIN], _PARSER)
    fields = []
    for number, control in enumerate(_tagged_controls(root), start=1):
        anchor = f"{ANCHOR}{number}"
        if _bookmark(control, anchor, number):
            fields.append(_describe(control, anchor))
    entries[_MAIN] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    buffer = io.BytesIO()
    # Stored, not deflated: the copy only lives until LibreOffice has read it.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as target:
        for info in infos:
            target.writestr(info.filename, entries[info.filename])
    return buffer.getvalue(), fields


def _tagged_controls(root: Any) -> list[Any]:
    return [
        control
        for control in root.iter(f"{_W}sdt")
        if control.find(f"{_W}sdtPr/{_W}tag") is not None
    ]


def _bookmark(control: Any, anchor: str, number: int) -> bool:
    """Put a bookmark at the start of ``control``; False where there is no place for one."""
    # Ids below 10,000: joining letters for conversion offsets each letter's by 10,000.
    start = etree.Element(
        f"{_W}bookmarkStart", {f"{_W}id": str(5000 + number), f"{_W}name": anchor}
    )
    end = etree.Element(f"{_W}bookmarkEnd", {f"{_W}id": str(5000 + number)})
    if control.getparent().tag == f"{_W}p":  # inline: around it, in its paragraph
        control.addprevious(start)
        control.addnext(end)
        return True
    paragraph = control.find(f"{_W}sdtContent/{_W}p")
    if paragraph is None:
        return False
    properties = paragraph.find(f"{_W}pPr")
    index = 0 if properties is None else paragraph.index(properties) + 1
    paragraph.insert(index, start)
    paragraph.insert(index + 1, end)
    return True


def _describe(control: Any, anchor: str) -> FormField:
    tag = control.find(f"{_W}sdtPr/{_W}tag").get(f"{_W}val")
    box = control.find(f"{_W}sdtPr/{_W14}checkbox")
    text = "".join(node.text or "" for node in control.iter(f"{_W}t"))
    if box is not None:
        state = box.find(f"{_W14}checked")
        checked = state is not None and state.get(f"{_W14}val") in ("1", "true")
        return FormField(anchor, tag, True, checked, "", _BOX, _BOX)
    cell = next(control.iterancestors(f"{_W}tc"), None)
    width, height = _cell_size(cell)
    return FormField(anchor, tag, False, False, text, width, height)


def _cell_size(cell: Any) -> tuple[float, float]:
    """The writing area of a table cell in points (a line's height at least)."""
    if cell is None:
        return 200.0, 14.0
    width = cell.find(f"{_W}tcPr/{_W}tcW")
    row_height = cell.getparent().find(f"{_W}trPr/{_W}trHeight")
    twips = int(width.get(f"{_W}w", "0")) if width is not None else 0
    tall = int(row_height.get(f"{_W}val", "0")) if row_height is not None else 0
    # A little inside the cell, so that a filled field never covers its borders.
    return max(twips / 20 - 2 * _CELL_PADDING - 4.0, 20.0), max(tall / 20 - 6.0, 14.0)


def add_form_fields(pdf: Path, fields: list[FormField]) -> int:
    """Add a form field to ``pdf`` at each field's destination, in place.

    Returns:
        How many fields were placed (a control LibreOffice left without a
        destination, e.g. in a header, gets none).

    Raises:
        ConversionError: the PDF cannot be read or rewritten.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(pdf)
        places = {
            found.group(1): dest
            for name, dest in reader.named_destinations.items()
            if (found := _ANCHORED.match(str(name).lstrip("/")))
        }
        writer = PdfWriter(clone_from=reader)
    except (OSError, PyPdfError, ValueError) as exc:
        raise ConversionError(f"{pdf}: cannot add form fields ({exc})") from exc
    form = AcroForm(writer)
    placed = 0
    for field in fields:
        dest = places.get(field.anchor)
        page = reader.get_destination_page_number(dest) if dest is not None else None
        if dest is None or page is None or page < 0:
            continue
        left, top = float(dest.left or 0), float(dest.top or 0)
        form.add(writer.pages[page], field, left, top)
        placed += 1
    form.drop_destinations(ANCHOR)
    # Whole or not at all: a stop while writing must not leave half a PDF in place.
    buffer = io.BytesIO()
    writer.write(buffer)
    replace_file(pdf, buffer.getvalue())
    return placed


def convert_fillable(docx: bytes, pdf: Path, convert: Callable[[Path, Path], None]) -> int:
    """Convert a rendered document to ``pdf`` with a form field at each content control.

    Args:
        docx: the document's bytes.
        pdf: the PDF to write (its folder also takes the marked copy of the document).
        convert: a .docx to PDF conversion that exports bookmarks as destinations
            (:func:`leadocs.pdf.convert_to_pdf`, or a pool's ``convert``).

    Returns:
        How many form fields the PDF got.
    """
    marked, fields = mark_form_fields(docx)
    source = pdf.with_name(f"{pdf.stem}.fields.docx")
    source.write_bytes(marked)
    try:
        convert(source, pdf)
    finally:
        source.unlink(missing_ok=True)
    return add_form_fields(pdf, fields) if fields else 0


class FillableJobs:
    """Conversion jobs of a mailing's documents with form fields, and the fields they get.

    :meth:`job` writes a marked copy of a document into ``folder`` (named
    ``.NAME.N`` + :data:`COPY_SUFFIX`) and returns the job that converts it;
    :meth:`finish` puts the fields into the finished PDF. Joined loads keep the
    bookmarks (renamed per letter) and the PDF parts keep their destinations, so
    this works for letters converted together too. Used as a context manager, it
    removes what is left of its copies (and ``folder``, when empty) at the end.
    """

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._fields: dict[str, tuple[Path, list[FormField]]] = {}
        self._made = 0

    def __enter__(self) -> FillableJobs:
        return self

    def __exit__(self, *_: object) -> None:
        for copy, _fields in self._fields.values():
            copy.unlink(missing_ok=True)
        self._fields.clear()
        with contextlib.suppress(OSError):  # not there, or not empty
            self._folder.rmdir()

    def job(self, source: Path, target: Path, key: str) -> ConversionJob:
        """The job converting a marked copy of ``source`` (or ``source``, when it has no fields)."""
        try:
            marked, fields = mark_form_fields(source.read_bytes())
        except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
            return ConversionJob(source, target, key)  # the conversion says what is wrong
        if not fields:
            return ConversionJob(source, target, key)
        self._folder.mkdir(exist_ok=True)
        self._made += 1
        copy = self._folder / f".{source.stem}.{self._made}{COPY_SUFFIX}"
        copy.write_bytes(marked)
        self._fields[key] = (copy, fields)
        return ConversionJob(copy, target, key)

    def finish(self, key: str, pdf: Path, *, ok: bool) -> None:
        """Add the form fields of ``key``'s document to its PDF (when ``ok``); drop the copy."""
        copy, fields = self._fields.pop(key, (None, []))
        if copy is not None:
            copy.unlink(missing_ok=True)
        if ok and fields:
            add_form_fields(pdf, fields)
