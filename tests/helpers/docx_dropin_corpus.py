"""Templates for every docxtpl feature a drop-in engine must render like docxtpl.

Each :class:`DropinCase` builds a small template with python-docx, a context
(with docxtpl objects made on the caller's template, as docxtpl users write
them) and optionally calls docxtpl's ``replace_*`` methods before rendering.
``tests/docx_corpus.py`` covers the plain features (loops, headers, footers,
footnotes, listings, hm/vm/cellbg, escaping of hostile values); this one adds
what touches the package or docxtpl's API.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.shared import Cm
from docxtpl import DocxTemplate, InlineImage, Listing, RichText

from tests.helpers.docx_corpus import add_table, document_with, save, tiny_png

__all__ = ["DROPIN", "EMBEDDED", "DropinCase", "embedded_template"]

EMBEDDED = "word/embeddings/figures.xlsx"
_PACKAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"


@dataclass(frozen=True)
class DropinCase:
    """One template and how a docxtpl user renders it.

    Attributes:
        name: the test id.
        build: the template's bytes.
        context: ``context(owner, fresh)``: ``owner`` is what the caller renders
            with (a DocxTemplate, or leadocs' renderer) and answers docxtpl's
            ``build_url_id``; ``fresh`` is a DocxTemplate of the same bytes for
            objects that need one (InlineImage, Subdoc).
        prepare: called with ``owner`` and a scratch folder before rendering
            (``replace_pic`` ...; docxtpl reads some replacements from paths only).
    """

    name: str
    build: Callable[[], bytes]
    context: Callable[[Any, DocxTemplate], dict[str, Any]]
    prepare: Callable[[Any, Path], None] | None = None


def _plain(_owner: Any, _fresh: DocxTemplate) -> dict[str, Any]:
    return {"name": "Ada", "vip": True, "rows": ["r1", "r2"], "flag": False}


def removed_cells() -> bytes:
    document = docx.Document()
    add_table(
        document,
        ("A {{ name }}", "{#tc this column goes #}", "C"),
        ("a", "{#tc and here #}", "c"),
        style="Table Grid",
    )
    return save(document)


def comments() -> bytes:
    document = document_with("Before{# inline #} {{ name }}", "{#p a whole paragraph #}", "After")
    add_table(
        document,
        ("{#tr a whole row #}", ""),
        ("kept", "{{ name }}"),
        ("{%tr for r in rows %}", ""),
        ("{{ r }}", "{# in a cell #}x"),
        ("{%tr endfor %}", ""),
    )
    return save(document)


def run_tags() -> bytes:
    document = document_with()
    paragraph = document.add_paragraph("Status: ")
    paragraph.add_run("{%r if vip %}").bold = True
    paragraph.add_run("VIP")
    paragraph.add_run("{%r endif %}").italic = True
    paragraph.add_run(" for {{r name }} done")
    return save(document)


def _hyperlink(owner: Any, _fresh: DocxTemplate) -> dict[str, Any]:
    link = RichText("the site", url_id=owner.build_url_id("https://example.org/a?b=1&c=2"))
    link.add(" and more", url_id=owner.build_url_id("https://example.org/second"))
    return {"link": link, "name": "Ada & Bob"}


def hyperlink() -> bytes:
    return save(document_with("Visit {{r link }} now, {{ name }}."))


def _image(_owner: Any, fresh: DocxTemplate) -> dict[str, Any]:
    images = [InlineImage(fresh, io.BytesIO(tiny_png(6, 4)), width=Cm(1)) for _ in range(2)]
    return {"logo": images[0], "items": [{"pic": images[1], "name": "x"}], "name": "Ada"}


def image() -> bytes:
    return save(
        document_with(
            "Logo: {{ logo }} for {{ name }}",
            "{%p for i in items %}",
            "{{ i.pic }} {{ i.name }}",
            "{%p endfor %}",
        )
    )


def _subdoc(_owner: Any, fresh: DocxTemplate) -> dict[str, Any]:
    sub = fresh.new_subdoc()
    sub.add_paragraph("A sub-document paragraph", style="Quote")
    table = sub.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "sub", "table"
    return {"sub": sub, "name": "Ada"}


def subdoc() -> bytes:
    return save(document_with("Intro for {{ name }}", "{{p sub }}", "Outro"))


def _listing(_owner: Any, _fresh: DocxTemplate) -> dict[str, Any]:
    return {"text": Listing("line 1\nline 2\tand a tab & an ampersand\n<angle>"), "name": "Ada"}


def listing() -> bytes:
    return save(document_with("Listing: {{ text }}", "Name: {{ name }}"))


def pictures() -> bytes:
    document = document_with("Body {{ name }}")
    document.add_picture(io.BytesIO(tiny_png(4, 3)), width=Cm(1))
    header = document.sections[0].header.paragraphs[0]
    header.add_run("Header {{ name }} ").add_picture(io.BytesIO(tiny_png(5, 5)), width=Cm(1))
    return save(document)


def _replace_pictures(owner: Any, _folder: Path) -> None:
    owner.replace_pic("image.png", io.BytesIO(tiny_png(8, 2)))  # python-docx's picture name
    owner.replace_media(io.BytesIO(tiny_png(5, 5)), io.BytesIO(tiny_png(9, 9)))


def embedded_template() -> bytes:
    """A template with an embedded workbook (an entry only reachable by a relationship)."""
    source = save(document_with("Figures for {{ name }}"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                default = (
                    '<Default Extension="xlsx" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>'
                )
                data = data.replace(b"</Types>", default.encode() + b"</Types>")
            elif info.filename == "word/_rels/document.xml.rels":
                target = EMBEDDED.removeprefix("word/")
                rel = f'<Relationship Id="rId90" Type="{_PACKAGE_REL}" Target="{target}"/>'
                data = data.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            zout.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
        zout.writestr(EMBEDDED, b"original workbook bytes", compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _replace_embedded(owner: Any, folder: Path) -> None:
    (folder / "old.xlsx").write_bytes(b"original workbook bytes")
    (folder / "new.xlsx").write_bytes(b"new workbook")
    owner.replace_embedded(str(folder / "old.xlsx"), str(folder / "new.xlsx"))


def _replace_zipname(owner: Any, folder: Path) -> None:
    (folder / "by-name.xlsx").write_bytes(b"replaced by name")
    owner.replace_zipname(EMBEDDED, str(folder / "by-name.xlsx"))


DROPIN: tuple[DropinCase, ...] = (
    DropinCase("removed_cells", removed_cells, _plain),
    DropinCase("comments", comments, _plain),
    DropinCase("run_tags", run_tags, _plain),
    DropinCase("hyperlink", hyperlink, _hyperlink),
    DropinCase("image", image, _image),
    DropinCase("subdoc", subdoc, _subdoc),
    DropinCase("listing", listing, _listing),
    DropinCase("replace_pic_and_media", pictures, _plain, _replace_pictures),
    DropinCase("replace_embedded", embedded_template, _plain, _replace_embedded),
    DropinCase("replace_zipname", embedded_template, _plain, _replace_zipname),
)
