"""A normalised text projection of a .docx, for equivalence and golden tests.

``docx_to_text(data)`` reads a document with python-docx and returns one line
per block, in this order:

* the body, in document order:
  - a paragraph is ``[StyleName] text`` (``[Normal]`` alone when empty: empty
    paragraphs are kept on purpose, a stray one is a rendering difference);
  - a table is one ``| cell | cell |`` line per row, one cell per ``<w:tc>``
    (a merged cell appears once); a cell's paragraphs are joined with `` ¶ ``
    and a nested table shows as ``[table]``;
* for each section that defines them, ``== section N <kind> ==`` then its
  paragraphs and tables the same way, for kind in header, first-page header,
  even-page header, footer, first-page footer, even-page footer (a header
  linked to the previous section is not repeated);
* ``== footnotes ==`` / ``== endnotes ==`` with one line per note paragraph,
  when the document has notes (separators excluded);
* ``== core ==`` then ``title: ...``, ``subject: ...``, ``author: ...``.

Text is normalised: a tab is shown as `` ⇥ ``, a line break as `` ↵ ``, a page
break as `` ⤓ ``, runs of ASCII whitespace collapse to one space and each line
is stripped. Non-breaking spaces are kept (number formats use them); Word's
non-breaking hyphen reads as "-" and word joiners (U+2060) are dropped, as
python-docx and a reader see them (see leadocs.render.typography).

``assert_valid_docx(data)`` checks that a rendered document is a sound zip
that python-docx opens, with every XML part well-formed and no template tag
left in any part's text.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

__all__ = ["assert_valid_docx", "docx_to_text", "normalise"]

_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_NOTE_PARTS = {
    "footnotes": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    "endnotes": "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
}
_HEADERS_FOOTERS = (
    ("header", "header"),
    ("first_page_header", "first-page header"),
    ("even_page_header", "even-page header"),
    ("footer", "footer"),
    ("first_page_footer", "first-page footer"),
    ("even_page_footer", "even-page footer"),
)


def normalise(text: str) -> str:
    """Normalise one line of document text (see the module docstring)."""
    return _SPACES.sub(" ", text).strip()


def _run_text(element: Any) -> str:
    """Text of a paragraph-like element with tabs and breaks made visible."""
    pieces: list[str] = []
    nodes = ("w:t", "w:tab", "w:br", "w:cr", "w:noBreakHyphen")
    for node in element.iter(*map(qn, nodes)):
        if node.tag == qn("w:t"):
            pieces.append((node.text or "").replace("\u2060", ""))
        elif node.tag == qn("w:noBreakHyphen"):
            pieces.append("-")
        elif node.tag == qn("w:tab"):
            # A tab stop definition in w:pPr/w:tabs is not text.
            if node.getparent().tag == qn("w:r"):
                pieces.append(" ⇥ ")
        elif node.tag == qn("w:br"):
            pieces.append(" ⤓ " if node.get(qn("w:type")) == "page" else " ↵ ")
        elif node.tag == qn("w:cr"):
            pieces.append(" ↵ ")
    return "".join(pieces)


def _paragraph_line(paragraph: Paragraph) -> str:
    style = paragraph.style.name if paragraph.style is not None else "?"
    return normalise(f"[{style}] {_run_text(paragraph._p)}")


def _cell_blocks(cell_element: Any) -> Iterator[Any]:
    """A cell's paragraphs and tables, also those inside block content controls."""
    for child in cell_element.iterchildren(qn("w:p"), qn("w:tbl"), qn("w:sdt")):
        if child.tag == qn("w:sdt"):
            for content in child.iterchildren(qn("w:sdtContent")):
                yield from _cell_blocks(content)
        else:
            yield child


def _cell_text(cell_element: Any) -> str:
    texts = [
        "[table]" if child.tag == qn("w:tbl") else normalise(_run_text(child))
        for child in _cell_blocks(cell_element)
    ]
    return " ¶ ".join(texts)


def _table_lines(table: Table) -> Iterator[str]:
    for row in table._tbl.iterchildren(qn("w:tr")):
        cells = [_cell_text(tc) for tc in row.iterchildren(qn("w:tc"))]
        yield normalise("| " + " | ".join(cells) + " |")


def _block_lines(blocks: Iterable[Paragraph | Table]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield _paragraph_line(block)
        else:
            yield from _table_lines(block)


def _section_lines(document: DocumentObject) -> Iterator[str]:
    for number, section in enumerate(document.sections, start=1):
        for attribute, label in _HEADERS_FOOTERS:
            part = getattr(section, attribute)
            # Touching a linked header's content would create one; skip it.
            if part.is_linked_to_previous:
                continue
            yield f"== section {number} {label} =="
            yield from _block_lines(part.iter_inner_content())


def _note_lines(document: DocumentObject) -> Iterator[str]:
    for label, content_type in _NOTE_PARTS.items():
        parts = [p for p in document.part.package.iter_parts() if p.content_type == content_type]
        for part in parts:
            root = etree.fromstring(part.blob)
            notes = [n for n in root if n.get(qn("w:type")) in (None, "normal")]
            if not notes:
                continue
            yield f"== {label} =="
            for note in notes:
                for paragraph in note.iter(qn("w:p")):
                    yield normalise(_run_text(paragraph))


def _core_lines(document: DocumentObject) -> Iterator[str]:
    props = document.core_properties
    yield "== core =="
    yield normalise(f"title: {props.title or ''}")
    yield normalise(f"subject: {props.subject or ''}")
    yield normalise(f"author: {props.author or ''}")


def docx_to_text(data: bytes | Path) -> str:
    """Return the normalised text projection of a .docx (see the module docstring).

    Args:
        data: the document's bytes, or a path to it.

    Returns:
        One block a line, ending with a newline.
    """
    raw = data.read_bytes() if isinstance(data, Path) else data
    document = docx.Document(io.BytesIO(raw))
    lines = [
        *_block_lines(document.iter_inner_content()),
        *_section_lines(document),
        *_note_lines(document),
        *_core_lines(document),
    ]
    return "\n".join(lines) + "\n"


def assert_valid_docx(data: bytes, *, literal_braces: bool = False) -> None:
    """The zip is sound, python-docx opens it, every XML part parses, no tag is left."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert names[0] == "[Content_Types].xml"
        assert len(names) == len(set(names))
        for name in names:
            if name.endswith((".xml", ".rels")):
                root = etree.fromstring(archive.read(name))
                text = "".join(root.itertext())
                if not literal_braces:
                    assert "{{" not in text and "{%" not in text, name
    docx.Document(io.BytesIO(data))
