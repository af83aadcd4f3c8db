"""Reading a returned .docx: its identity and the content controls a recipient filled.

A checkbox control is read from what it shows (☒, or an X typed over it) and,
where the text says nothing, from Word's ``w14:checked`` state. A text
control is read as the text of its table cell (each answer has a cell of its
own; paragraphs separated by blank lines, line breaks kept). A user who
deleted a task's box and typed a mark in front of the task instead is read
from the letter's checklist paragraphs.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from leadocs.documents.identity import DocumentIdentity
from leadocs.render.custom_properties import read_custom_properties
from leadocs.returns.returned import FieldValue, ReturnedFile, read_mark
from leadocs.returns.tags import TASK_PREFIX

__all__ = ["control_tags", "read_docx"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
_CHECKLIST_STYLE = "Checklist"


def read_docx(path: Path, task_ids: list[str] | None = None) -> ReturnedFile:
    """Read a returned Word document.

    Args:
        path: the .docx file.
        task_ids: the network's task ids in letter order; with them, a letter's
            checklist paragraphs whose box was deleted are read by position.
    """
    returned = ReturnedFile(path)
    try:
        with zipfile.ZipFile(path) as package:
            properties = read_custom_properties(package)
            root = etree.fromstring(package.read("word/document.xml"), _PARSER)
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        returned.problems.append(("", f"not a readable Word document ({exc})"))
        returned.needs_manual_entry = True
        return returned
    returned.identity = DocumentIdentity.from_properties(properties)
    for control in root.iter(f"{_W}sdt"):
        name = _tag(control)
        value = _control_value(control, name or "(a control without its tag)", returned)
        returned.order.append(name)
        if not name:
            returned.untagged.append("" if value is None else value)
        elif value is not None:
            returned.values[name] = value
    if task_ids and returned.identity is not None and returned.identity.kind == "loi":
        _typed_checklist(root, task_ids, returned)
    return returned


def control_tags(docx: bytes) -> list[str]:
    """The tags of a document's content controls in document order ("" for an untagged one)."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        root = etree.fromstring(package.read("word/document.xml"), _PARSER)
    return [_tag(control) for control in root.iter(f"{_W}sdt")]


def _tag(control: Any) -> str:
    tag = control.find(f"{_W}sdtPr/{_W}tag")
    return str(tag.get(f"{_W}val", "")) if tag is not None else ""


def _control_value(control: Any, tag: str, returned: ReturnedFile) -> FieldValue | None:
    content = control.find(f"{_W}sdtContent")
    text = _text(content) if content is not None else ""
    box = control.find(f"{_W}sdtPr/{_W14}checkbox")
    if box is None:
        if control.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None:
            return ""
        # Every answer has its table cell to itself: text typed next to the control,
        # or paragraphs LibreOffice moved out of it, are still the answer.
        cell = next(control.iterancestors(f"{_W}tc"), None)
        return (_text(cell) if cell is not None else text).strip()
    mark = read_mark(text)
    if mark is None:
        returned.problems.append((tag, f"cannot tell whether the box is ticked: {text.strip()!r}"))
        return None
    state = box.find(f"{_W14}checked")
    if not text.strip() and state is not None:  # a box with no glyph left: Word's state
        return state.get(f"{_W14}val", "0") in ("1", "true")
    return mark


def _text(element: Any) -> str:
    """Text of ``element``: paragraphs separated by a blank line, breaks as newlines."""
    paragraphs = []
    for paragraph in element.iter(f"{_W}p") if element.tag != f"{_W}p" else [element]:
        pieces = []
        for node in paragraph.iter(f"{_W}t", f"{_W}br", f"{_W}tab", f"{_W}cr"):
            if node.tag == f"{_W}t":
                pieces.append(node.text or "")
            elif node.tag == f"{_W}tab":
                pieces.append("\t")
            else:
                pieces.append("\n")
        paragraphs.append("".join(pieces))
    if not paragraphs:  # an inline control: runs without a paragraph of their own
        return "".join(node.text or "" for node in element.iter(f"{_W}t"))
    return "\n\n".join(p for p in paragraphs if p.strip())


def _typed_checklist(root: Any, task_ids: list[str], returned: ReturnedFile) -> None:
    """Read the checklist paragraphs whose checkbox control is gone (a mark typed instead)."""
    paragraphs = [p for p in root.iter(f"{_W}p") if _style(p) == _CHECKLIST_STYLE]
    missing = [t for t in task_ids if TASK_PREFIX + t not in returned.values]
    if not missing:
        return
    if len(paragraphs) != len(task_ids):
        for task in missing:
            returned.problems.append(
                (
                    TASK_PREFIX + task,
                    "the task's box is gone and the list was changed; enter it by hand",
                )
            )
        return
    for task, paragraph in zip(task_ids, paragraphs, strict=True):
        if task not in missing:
            continue
        text = "".join(t.text or "" for t in paragraph.iter(f"{_W}t")).strip()
        mark = read_mark(text.split(" ", 1)[0] if text else "")
        if mark is None:
            mark = False  # no mark typed in front of the task: not ticked
        returned.values[TASK_PREFIX + task] = mark


def _style(paragraph: Any) -> str:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return style.get(f"{_W}val", "") if style is not None else ""
