"""Word content controls in the built-in layouts: the parts of a document a recipient fills.

A checkbox is a ``w14:checkbox`` content control around the ☒/☐ glyph the
letter always printed; a short answer (a table cell) is a plain-text control
(``w:text``) around the value; a long answer is a rich-text control around the
paragraphs of a cell, because an answer may have several paragraphs (blank
lines in the data) and Word allows a plain-text control only one. Each is
tagged (``w:tag``) with the data field it fills (see :mod:`leadocs.returns.tags`),
which is how ``leadocs collect`` reads a returned file. The controls add no
visible mark: unfilled, a document prints as before.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

__all__ = ["add_answer_block", "add_checkbox", "add_text_control"]

# Word draws the ticked and empty box with these code points (☒ U+2612, ☐ U+2610).
_CHECKED, _UNCHECKED = "2612", "2610"
_SYMBOL_FONT = "MS Gothic"  # the font Word uses when it toggles a box


def _w14(name: str) -> str:
    return qn(f"w14:{name}")


def _properties(tag: str, alias: str) -> Any:
    properties = OxmlElement("w:sdtPr")
    if alias:
        alias_element = OxmlElement("w:alias")
        alias_element.set(qn("w:val"), alias)
        properties.append(alias_element)
    tag_element = OxmlElement("w:tag")
    tag_element.set(qn("w:val"), tag)
    properties.append(tag_element)
    return properties


def add_checkbox(paragraph: Paragraph, *, tag: str, checked: str, glyph: str) -> None:
    """Append a checkbox content control to ``paragraph``.

    Args:
        paragraph: where the box goes (at its end).
        tag: the data field, e.g. ``task:{{ task.id }}``.
        checked: what renders to ``1`` for a ticked box, ``0`` otherwise.
        glyph: what renders to ☒ or ☐, matching ``checked``.
    """
    properties = _properties(tag, "")
    box = OxmlElement("w14:checkbox")
    state = OxmlElement("w14:checked")
    state.set(_w14("val"), checked)
    box.append(state)
    for name, code in (("checkedState", _CHECKED), ("uncheckedState", _UNCHECKED)):
        element = OxmlElement(f"w14:{name}")
        element.set(_w14("val"), code)
        element.set(_w14("font"), _SYMBOL_FONT)
        box.append(element)
    properties.append(box)
    _append_control(paragraph, properties, glyph)


def add_text_control(paragraph: Paragraph, *, tag: str, value: str, alias: str = "") -> None:
    """Append a plain-text content control holding ``value`` to ``paragraph``.

    Args:
        paragraph: where the control goes (at its end).
        tag: the data field, e.g. ``assistance.experience``.
        value: the template text of the control's content (may be empty).
        alias: the title Word shows on the control.
    """
    properties = _properties(tag, alias)
    text = OxmlElement("w:text")
    text.set(qn("w:multiLine"), "1")
    properties.append(text)
    _append_control(paragraph, properties, value)


def add_answer_block(paragraph: Paragraph, *, tag: str, alias: str = "") -> None:
    """Wrap ``paragraph`` (with the answer's template text) in a rich-text control.

    Args:
        paragraph: the paragraph holding the answer; a rendered value with
            blank lines becomes several paragraphs, all inside the control.
        tag: the data field, e.g. ``assistance.experience``.
        alias: the title Word shows on the control.
    """
    control = OxmlElement("w:sdt")
    control.append(_properties(tag, alias))
    content = OxmlElement("w:sdtContent")
    control.append(content)
    paragraph._p.addprevious(control)
    content.append(paragraph._p)


def _append_control(paragraph: Paragraph, properties: Any, value: str) -> None:
    control = OxmlElement("w:sdt")
    control.append(properties)
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = value
    run.append(text)
    content.append(run)
    control.append(content)
    paragraph._p.append(control)
