"""Small docxtpl-style templates built with python-docx, and contexts for them.

Every builder returns the bytes of a .docx that uses one docxtpl feature
(variables, ``{%p %}`` / ``{%tr %}`` / ``{%tc %}`` loops, conditionals, headers
and footers, core properties, listings, escaping, tags split across runs,
nested loops, filters, merged cells, rich text, footnotes, pictures in loops).
``CORPUS`` lists them; ``corpus_contexts()`` returns contexts that every corpus
template accepts, from plain to hostile.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import docx
from docx.document import Document as DocumentObject
from docx.oxml import parse_xml
from docx.shared import Cm
from docxtpl import Listing, RichText, RichTextParagraph

__all__ = [
    "add_table",
    "document_with",
    "save",
    "CORPUS",
    "NASTY",
    "CorpusTemplate",
    "corpus_contexts",
    "endnotes_template",
    "tiny_png",
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NASTY = (
    "Ampersand & <angle> \"double\" 'single' ; &amp; &lt;",
    "{{ 7*7 }} {% for x in y %}{% endfor %} {# c #} {%p if x %}",
    "</w:t></w:r><w:r><w:t>injected</w:t></w:r>",
    "<![CDATA[ x ]]> ]]> <?pi?> <!-- c -->",
    "Zoë Ørsted-Łukasiewicz 中文 עברית 🙂 \u00a0nbsp",
    "multi\nline\twith tab",
)


def save(document: DocumentObject) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def document_with(*paragraphs: str | tuple[str, str]) -> DocumentObject:
    """A new document with paragraphs given as text or (text, style name)."""
    document = docx.Document()
    for paragraph in paragraphs:
        text, style = (paragraph, None) if isinstance(paragraph, str) else paragraph
        document.add_paragraph(text, style=style)
    return document


def add_table(document: DocumentObject, *rows: tuple[str, ...], style: str | None = None) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]), style=style)
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text


def variables() -> bytes:
    return save(
        document_with(
            ("{{ title }}", "Title"),
            "Dear {{ name }},",
            ("Ref: {{ ref }} / {{ city }} / {{ org }}", "Body Text"),
            ("{{name}}{{ref}}   spaced   {{ city }}", "Quote"),
        )
    )


def paragraph_loop() -> bytes:
    return save(
        document_with(
            "Items:",
            "{%p for item in items %}",
            ("{{ item.name }}: {{ item.value }}", "List Bullet"),
            "{%p endfor %}",
            "After the loop ({{ items|length }} items).",
        )
    )


def table_rows() -> bytes:
    document = docx.Document()
    add_table(
        document,
        ("Name", "Amount"),
        ("{%tr for r in rows %}", ""),
        ("{{ r.name }}", "{{ r.amount }}"),
        ("{%tr endfor %}", ""),
        ("Total", "{{ rows|sum(attribute='amount') }}"),
        style="Table Grid",
    )
    document.add_paragraph("Below the table.")
    return save(document)


def table_columns() -> bytes:
    document = docx.Document()
    add_table(
        document,
        ("Item", "{%tc for c in columns %}", "{{ c }}", "{%tc endfor %}"),
        ("{%tr for line in lines %}", "", "", ""),
        ("{{ line.label }}", "{%tc for v in line.cells %}", "{{ v }}", "{%tc endfor %}"),
        ("{%tr endfor %}", "", "", ""),
        ("end", "a", "b", "c"),
        style="Table Grid",
    )
    return save(document)


def conditionals() -> bytes:
    return save(
        document_with(
            "Status: {% if vip %}VIP{% else %}regular{% endif %} client.",
            "{%p if show %}",
            ("Shown to {{ name }}.", "Heading 2"),
            "{%p else %}",
            "Hidden from {{ name }}.",
            "{%p endif %}",
            "{#p a paragraph comment #}",
            "Inline{# comment #} text {{ 'yes' if vip else 'no' }}.",
        )
    )


def header_footer() -> bytes:
    document = document_with("Body for {{ name }}.")
    section = document.sections[0]
    section.header.paragraphs[0].text = "{{ org }} — ref {{ ref }}"
    section.footer.paragraphs[0].text = "{{ city }}, {{ name }}"
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "First page: {{ title }}"
    return save(document)


def core_properties() -> bytes:
    document = document_with("Body {{ ref }}.")
    props = document.core_properties
    props.title, props.subject, props.author = "{{ title }}", "Ref {{ ref }}", "{{ name }}"
    return save(document)


def listing() -> bytes:
    document = document_with(("Address: {{ multiline }}", "Body Text"), "Listing: {{ listing }}")
    add_table(document, ("In a cell:", "{{ multiline }}"))
    return save(document)


def escaping() -> bytes:
    document = document_with(
        "Name: {{ name }}", "Quoted in a tag: {{ \"<&>\" }} and {{ name ~ ' & co' }}"
    )
    add_table(document, ("Cell: {{ org }}",))
    document.sections[0].header.paragraphs[0].text = "Header: {{ city }}"
    return save(document)


def literal_braces() -> bytes:
    return save(document_with("Escaped: {_{ kept }_} and {_% kept %_}, value {{ name }}"))


def split_runs() -> bytes:
    document = document_with()
    paragraph = document.add_paragraph("Split: ")
    paragraph.add_run("{{ na").bold = True
    paragraph.add_run("me }} and {").italic = True
    paragraph.add_run("{ ref }} and {{ ci")
    paragraph.add_run("ty|upper }}").underline = True
    opening = document.add_paragraph()
    opening.add_run("{%p if ")
    opening.add_run("show %}").bold = True
    document.add_paragraph("Conditional paragraph for {{ org }}.")
    document.add_paragraph("{%p endif %}")
    return save(document)


def nested_loops() -> bytes:
    document = document_with(
        "{%p for g in groups %}",
        ("{{ loop.index }}. {{ g.name }}", "Heading 2"),
        "{%p for m in g.members %}",
        ("{{ m }}{% if not loop.last %};{% endif %}", "List Number"),
        "{%p endfor %}",
        "{%p endfor %}",
        "Inline: {% for g in groups %}{{ g.name }} ({% for m in g.members %}{{ m }}"
        "{% if not loop.last %}, {% endif %}{% endfor %}){% if not loop.last %}; "
        "{% endif %}{% endfor %}.",
    )
    add_table(
        document,
        ("{%tr for g in groups %}", ""),
        ("{{ g.name }}", "{{ g.members|join(', ') }}"),
        ("{%tr endfor %}", ""),
    )
    return save(document)


def filters() -> bytes:
    return save(
        document_with(
            "Money: {{ amount|money }}; number: {{ amount|number(2) }}",
            "Date: {{ when|date }}; short: {{ when|date('short') }}",
            "Country: {{ code|country }}; language: {{ lang|language }}",
            "Percent: {{ 0.125|percent(1) }}; upper: {{ name|upper }}",
            "Default: {{ nothing|default('n/a') }}; join: {{ cols_text|join(' + ') }}",
            "Round: {{ (amount / 3)|round(2) }}; length: {{ name|length }}",
        )
    )


def merged_cells() -> bytes:
    document = docx.Document()
    add_table(
        document,
        ("{% colspan span %}Spanned {{ name }}", "x", "y"),
        ("{% cellbg colour %}{{ city }}", "b", "c"),
        ("{%tr for r in rows %}", "", ""),
        ("{% vm %}{{ group }}", "{{ r.name }}", "{{ r.amount }}"),
        ("{%tr endfor %}", "", ""),
        ("{%tc for c in columns %}", "{% hm %}Merged {{ org }}", "{%tc endfor %}"),
        style="Table Grid",
    )
    return save(document)


def rich_text() -> bytes:
    return save(document_with("Rich: {{r rt }} end.", "{{p rtp }}"))


def footnotes() -> bytes:
    document = docx.Document()
    paragraph = document.add_paragraph("Body text for {{ name }}")
    paragraph._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:footnoteReference w:id="1"/></w:r>'))
    return _add_notes(save(document), "footnote", "Source: {{ org }} ({{ ref }})")


def endnotes_template() -> bytes:
    """A template with a tag in an endnote (docxtpl leaves endnotes alone)."""
    document = docx.Document()
    paragraph = document.add_paragraph("Body text for {{ name }}")
    paragraph._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:endnoteReference w:id="1"/></w:r>'))
    return _add_notes(save(document), "endnote", "Endnote: {{ org }}")


def _add_notes(source: bytes, kind: str, text: str) -> bytes:
    """Add a notes part (footnotes or endnotes) with one templated note."""
    root = f"{kind}s"
    part = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{root} xmlns:w="{W_NS}">'
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:id="1"><w:p><w:r><w:{kind}Ref/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{kind}></w:{root}>'
    )
    content_type = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{root}+xml"
    rel_type = f"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{root}"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                override = f'<Override PartName="/word/{root}.xml" ContentType="{content_type}"/>'
                data = data.replace(b"</Types>", override.encode() + b"</Types>")
            elif info.filename == "word/_rels/document.xml.rels":
                rel = f'<Relationship Id="rId99" Type="{rel_type}" Target="{root}.xml"/>'
                data = data.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            zout.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
        zout.writestr(f"word/{root}.xml", part.encode(), compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def tiny_png(width: int = 4, height: int = 3) -> bytes:
    """Return a valid, small, solid-colour RGB PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x20\x60\xa0" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def picture_loop() -> bytes:
    document = docx.Document()
    document.add_paragraph("{%p for item in items %}")
    document.add_picture(io.BytesIO(tiny_png()), width=Cm(1))
    document.paragraphs[-1].add_run(" {{ item.name }}")
    document.add_paragraph("{%p endfor %}")
    return save(document)


@dataclass(frozen=True)
class CorpusTemplate:
    """One corpus template.

    Attributes:
        name: a short identifier, used as the test id.
        build: returns the template's bytes.
        literal_braces: the output legitimately contains ``{{`` / ``{%``
            (docxtpl's ``{_{`` escapes), even for contexts without them.
    """

    name: str
    build: Callable[[], bytes]
    literal_braces: bool = False


CORPUS: tuple[CorpusTemplate, ...] = (
    CorpusTemplate("variables", variables),
    CorpusTemplate("paragraph_loop", paragraph_loop),
    CorpusTemplate("table_rows", table_rows),
    CorpusTemplate("table_columns", table_columns),
    CorpusTemplate("conditionals", conditionals),
    CorpusTemplate("header_footer", header_footer),
    CorpusTemplate("core_properties", core_properties),
    CorpusTemplate("listing", listing),
    CorpusTemplate("escaping", escaping),
    CorpusTemplate("literal_braces", literal_braces, literal_braces=True),
    CorpusTemplate("split_runs", split_runs),
    CorpusTemplate("nested_loops", nested_loops),
    CorpusTemplate("filters", filters),
    CorpusTemplate("merged_cells", merged_cells),
    CorpusTemplate("rich_text", rich_text),
    CorpusTemplate("footnotes", footnotes),
    CorpusTemplate("picture_loop", picture_loop),
)


def _context(text: Callable[[int], str], *, lang: str, full: bool) -> dict[str, Any]:
    """Build a context every corpus template accepts; ``text(i)`` gives strings."""
    count = 3 if full else 0
    rt = RichText(text(7), bold=True)
    rt.add(" and " + text(8), italic=True, color="#336699")
    return {
        "title": text(0),
        "name": text(1),
        "ref": text(2),
        "city": text(3),
        "org": text(4),
        "group": text(5),
        "vip": full,
        "show": full,
        "items": [{"name": text(10 + i), "value": i * 2.5} for i in range(count)],
        "rows": [{"name": text(20 + i), "amount": 100 * (i + 1)} for i in range(count)],
        "columns": [text(30 + i) for i in range(count)],
        "lines": [
            {"label": text(40 + i), "cells": [text(50 + j) for j in range(count)]} for i in range(2)
        ],
        "groups": [
            {"name": text(60 + i), "members": [text(70 + j) for j in range(i + 1)]}
            for i in range(count)
        ],
        "multiline": "first line\nsecond\twith tab\athird paragraph\fafter a page break " + text(9),
        "listing": Listing("listing line 1\nline 2 & " + text(6)),
        "rt": rt,
        "rtp": RichTextParagraph(RichText(text(11), underline=True), parastyle="Quote"),
        "amount": Decimal("12345.67") if full else Decimal(0),
        "when": dt.date(2025, 3, 1),
        "code": "BE" if full else "EL",
        "lang": lang,
        "cols_text": [text(80), text(81)],
        "span": 2,
        "colour": "FFCC00",
    }


def corpus_contexts() -> dict[str, dict[str, Any]]:
    """Return named contexts (plain, empty, nasty, unicode) for every corpus template."""
    return {
        "plain": _context(lambda i: f"value{i}", lang="en", full=True),
        "empty": _context(lambda i: "", lang="en", full=False),
        "nasty": _context(lambda i: NASTY[i % len(NASTY)], lang="fr", full=True),
        "unicode": _context(lambda i: f"Ünïcødé-{i} ✓ 中文", lang="de", full=True),
    }
