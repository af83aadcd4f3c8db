"""Filling documents as a recipient would: content controls (python-docx), PDF fields (pypdf).

``fill_docx(data, values)`` sets each tagged content control of a .docx:
a checkbox (True/False) as Word does when it is clicked (state and glyph), a
text control by replacing its content with the text (blank lines between
paragraphs). ``fill_pdf(path, values)`` sets the PDF form fields leadocs made,
by tag. ``controls(data)`` lists the tags of a .docx's controls.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from leadocs.returns.tags import pdf_field_name

__all__ = ["controls", "fill_docx", "fill_pdf", "type_over_checkbox"]

_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"


def _tagged(document: Any) -> dict[str, Any]:
    found = {}
    for control in document.element.body.iter(qn("w:sdt")):
        tag = control.find(f"{qn('w:sdtPr')}/{qn('w:tag')}")
        if tag is not None:
            found[tag.get(qn("w:val"))] = control
    return found


def controls(data: bytes) -> list[str]:
    """The tags of the document's content controls, in document order."""
    return list(_tagged(docx.Document(io.BytesIO(data))))


def fill_docx(data: bytes, values: Mapping[str, bool | str]) -> bytes:
    """``data`` with the controls tagged in ``values`` filled; KeyError for a missing tag."""
    document = docx.Document(io.BytesIO(data))
    found = _tagged(document)
    for tag, value in values.items():
        control = found[tag]
        if isinstance(value, bool):
            box = control.find(f"{qn('w:sdtPr')}/{_W14}checkbox/{_W14}checked")
            box.set(f"{_W14}val", "1" if value else "0")
            next(control.iter(qn("w:t"))).text = "☒" if value else "☐"
        else:
            _set_text(control, value)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _set_text(control: Any, text: str) -> None:
    content = control.find(qn("w:sdtContent"))
    paragraphs = content.findall(qn("w:p"))
    if not paragraphs:  # inline: one run
        runs = content.findall(qn("w:r"))
        for run in runs[1:]:
            content.remove(run)
        _put_lines(runs[0], text)
        return
    first = paragraphs[0]
    for extra in paragraphs[1:]:
        content.remove(extra)
    runs = first.findall(qn("w:r"))
    for run in runs[1:]:
        first.remove(run)
    for number, part in enumerate(text.split("\n\n")):
        paragraph = first if number == 0 else copy.deepcopy(first)
        _put_lines(paragraph.find(qn("w:r")), part)
        if number:
            content.append(paragraph)


def _put_lines(run: Any, text: str) -> None:
    """Put ``text`` into ``run``, its line breaks as Word's breaks."""
    for child in list(run):
        if child.tag != qn("w:rPr"):
            run.remove(child)
    for number, line in enumerate(text.split("\n")):
        if number:
            run.append(run.makeelement(qn("w:br"), {}))
        element = run.makeelement(qn("w:t"), {})
        element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        element.text = line
        run.append(element)


def type_over_checkbox(data: bytes, tag: str, typed: str, *, remove_control: bool = False) -> bytes:
    """A box a user typed over: its glyph replaced by ``typed`` (Word's state left as it was).

    With ``remove_control``, the control itself is gone and ``typed`` stands in the text.
    """
    document = docx.Document(io.BytesIO(data))
    control = _tagged(document)[tag]
    if remove_control:
        run = next(control.iter(qn("w:r")))
        run.find(qn("w:t")).text = typed
        control.addprevious(run)
        control.getparent().remove(control)
    else:
        next(control.iter(qn("w:t"))).text = typed
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def fill_pdf(source: Path, target: Path, values: Mapping[str, bool | str]) -> None:
    """Set the PDF form fields named after the tags in ``values`` and save to ``target``."""
    writer = PdfWriter(clone_from=PdfReader(source))
    names = {pdf_field_name(tag): value for tag, value in values.items()}
    for page in writer.pages:
        for reference in page.get("/Annots", []):
            widget = reference.get_object()
            name = str(widget.get("/T", ""))
            if name not in names:
                continue
            value = names.pop(name)
            if isinstance(value, bool):
                state = NameObject("/Yes" if value else "/Off")
                widget[NameObject("/V")] = state
                widget[NameObject("/AS")] = state
            else:
                widget[NameObject("/V")] = TextStringObject(value)
    if names:
        raise KeyError(f"no such fields: {sorted(names)}")
    writer.write(target)
