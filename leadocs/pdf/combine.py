"""Join .docx files rendered from one template into one document, one section per part.

LibreOffice spends ~50 ms on every document it opens, whatever its size (frame,
import filter, styles), and far less per page. Converting a handful of letters
as one document, then cutting its PDF into one file per letter, saves most of
that fixed cost (measured in ``benchmarks/bench_pdf.py``).

Parts must share styles and numbering (one template). Each part's body, headers,
footers and pictures are copied in with fresh relationship ids; every part starts
a new page numbered 1, its lists restart, and a bookmark named :data:`MARKER` on
its first paragraph becomes a PDF destination that shows where its pages begin.
``NUMPAGES`` fields become the expected page count as plain text; the caller
must check each part's real page count against it.

Anything that cannot be copied faithfully (footnotes, comments, tables of
contents, cross-references, embedded objects, a different template) raises
:class:`NotCombinable`; the pool then converts those documents one by one.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from leadocs.pdf._ooxml import (
    NotCombinable,
    Package,
    freeze_page_count,
    list_styles,
    resolve,
    restart_lists,
    w,
)

__all__ = ["MARKER", "Combined", "NotCombinable", "combine_docx"]

# Letters and digits only: LibreOffice escapes anything else in PDF destination names.
MARKER = "LeadocsPart{:04d}"

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_SHARED = ("word/styles.xml", "word/numbering.xml", "word/settings.xml")
_COPYABLE = {"header", "footer", "image", "hyperlink"}
_FIELDS = rb"\s*(?:TOC|PAGEREF|REF|SEQ|SECTIONPAGES|NOTEREF|INCLUDETEXT|INCLUDEPICTURE)\b"
_UNSUPPORTED = re.compile(
    rb"<w:(?:footnoteReference|endnoteReference|commentReference|altChunk|subDoc)\b|"
    rb"w:anchor=|<w:instrText[^>]*>" + _FIELDS + rb"|w:instr=\"" + _FIELDS
)
# The schema order of sectPr children, so that inserted ones land where Word expects them.
_SECT_ORDER = (
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
    "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign",
    "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
    "sectPrChange",
)  # fmt: skip


@dataclass(frozen=True)
class Combined:
    """A joined document: its bytes, one marker per part, and the frozen page counts.

    ``page_counts`` are the numbers written in place of each part's ``NUMPAGES``
    fields, or None when the parts had none (then any page count is right).
    """

    data: bytes
    markers: list[str]
    page_counts: list[int] | None


@dataclass
class _Joined:
    """The combined package being built on top of the first part."""

    base: Package
    numbering: etree._Element | None
    pages: list[str]  # what NUMPAGES says, per part
    list_styles: dict[str, tuple[str, str]]  # paragraph style -> (numId, ilvl) of its list
    new_parts: dict[str, bytes] = field(default_factory=dict)
    new_rels: list[tuple[str, str, str, str]] = field(default_factory=list)
    new_types: dict[str, str] = field(default_factory=dict)
    media: dict[bytes, str] = field(default_factory=dict)  # bytes -> target in word/
    frozen: bool = False


@dataclass
class _Section:
    """One part's body elements and the sectPr that ends it."""

    elements: list[etree._Element]
    last: etree._Element


def combine_docx(sources: Sequence[Path], page_counts: Sequence[int]) -> Combined:
    """Join ``sources`` into one .docx.

    Args:
        sources: two or more .docx rendered from one template.
        page_counts: what each part's ``NUMPAGES`` fields should say (its expected pages).

    Raises:
        NotCombinable: the documents come from different templates or use
            something that cannot be copied faithfully.
    """
    packages = [Package(path) for path in sources]
    try:
        for package in packages:
            _check(package, packages[0])
        return _combine(packages, list(page_counts))
    finally:
        for package in packages:
            package.close()


def _check(package: Package, base: Package) -> None:
    name = package.path.name
    if "word/document.xml" not in package.infos:
        raise NotCombinable(f"{name}: not a Word document")
    for part in _SHARED:
        if not package.same(part, base):
            raise NotCombinable(f"{name}: {part} differs from the first document's")
    for part in ["word/document.xml", *package.stories()]:
        if _UNSUPPORTED.search(package.read(part)):
            raise NotCombinable(f"{name}: {part} uses notes, comments or cross-references")


def _combine(packages: list[Package], counts: list[int]) -> Combined:
    base = packages[0]
    numbering = base.read("word/numbering.xml", missing=b"")
    styles = list_styles(base.read("word/styles.xml", missing=b"", shared=True))
    pages = [str(count) for count in counts]
    joined = _Joined(base, etree.fromstring(numbering) if numbering else None, pages, styles)
    root = etree.fromstring(base.read("word/document.xml"))
    body = root.find(w("body"))
    if body is None:
        raise NotCombinable(f"{base.path.name}: no document body")
    joined.frozen |= freeze_page_count(root, pages[0])
    for story in base.stories():
        _freeze_story(joined, story, base.read(story), pages[0])
    sections = [_take_body(body)]
    for index, package in enumerate(packages[1:], start=1):
        sections.append(_add_part(joined, index, package))
    _link_sections(body, sections)
    markers = [MARKER.format(index) for index in range(len(packages))]
    for index, marker in enumerate(markers):
        _mark(sections[index], marker, 900_000 + index)
    data = _write(joined, packages, _xml(root))
    return Combined(data, markers, counts if joined.frozen else None)


def _take_body(body: etree._Element) -> _Section:
    """Detach a body's children; the final sectPr is kept apart."""
    children = list(body)
    for child in children:
        body.remove(child)
    last = children.pop() if children and children[-1].tag == w("sectPr") else None
    if last is None:
        last = etree.Element(w("sectPr"))
    return _Section(children or [etree.Element(w("p"))], last)


def _mark(section: _Section, name: str, ident: int) -> None:
    paragraph = next((e for e in section.elements if e.tag == w("p")), None)
    if paragraph is None:
        paragraph = next(section.elements[0].iter(w("p")), None)
    if paragraph is None:
        raise NotCombinable("a part has no paragraph to mark")
    properties = paragraph.find(w("pPr"))
    position = 0 if properties is None else paragraph.index(properties) + 1
    paragraph.insert(position, etree.Element(w("bookmarkEnd"), {w("id"): str(ident)}))
    start = etree.Element(w("bookmarkStart"), {w("id"): str(ident), w("name"): name})
    paragraph.insert(position, start)


def _link_sections(body: etree._Element, sections: list[_Section]) -> None:
    """Put every part back in order; each one starts a new page numbered from 1."""
    for index, section in enumerate(sections):
        first = next(
            (
                found
                for element in section.elements
                if (found := element.find(f"{w('pPr')}/{w('sectPr')}")) is not None
            ),
            section.last,
        )
        _set_child(first, "type", {w("val"): "nextPage"}, replace=True)
        _set_child(first, "pgNumType", {w("start"): "1"}, replace=False)
        body.extend(section.elements)
        if index == len(sections) - 1:
            body.append(section.last)
            continue
        closing = section.elements[-1]
        if closing.tag != w("p"):
            closing = etree.SubElement(body, w("p"))
        properties = closing.find(w("pPr"))
        if properties is None:
            properties = etree.Element(w("pPr"))
            closing.insert(0, properties)
        properties.append(section.last)


def _set_child(sect: etree._Element, name: str, attrs: dict[str, str], replace: bool) -> None:
    existing = sect.find(w(name))
    if existing is not None:
        for key, value in attrs.items():
            if replace or existing.get(key) is None:
                existing.set(key, value)
        return
    rank = _SECT_ORDER.index(name)
    element = etree.Element(w(name), attrs)
    for child in sect:
        local = etree.QName(child).localname
        if local in _SECT_ORDER and _SECT_ORDER.index(local) > rank:
            child.addprevious(element)
            return
    sect.append(element)


def _add_part(joined: _Joined, index: int, package: Package) -> _Section:
    """Copy part ``index`` in: relationships, numbering and ids made its own."""
    root = etree.fromstring(package.read("word/document.xml"))
    body = root.find(w("body"))
    if body is None:
        raise NotCombinable(f"{package.path.name}: no document body")
    joined.frozen |= freeze_page_count(root, joined.pages[index])
    used = {
        str(value)
        for element in root.iter()
        for key, value in element.attrib.items()
        if str(key).startswith(f"{{{R}}}")
    }
    rename = {rid: _copy_rel(joined, index, package, rid) for rid in sorted(used)}
    for element in root.iter():
        for key, value in list(element.attrib.items()):
            if str(key).startswith(f"{{{R}}}") and str(value) in rename:
                element.set(key, rename[str(value)])
    _renumber(joined, index, root)
    return _take_body(body)


def _copy_rel(joined: _Joined, index: int, package: Package, rid: str) -> str:
    if rid not in package.rels:
        raise NotCombinable(f"{package.path.name}: relationship {rid} is missing")
    rel_type, target, mode = package.rels[rid]
    kind = rel_type.rsplit("/", 1)[-1]
    if kind not in _COPYABLE:
        raise NotCombinable(f"{package.path.name}: cannot copy {kind} relationships")
    new_id = f"rIdLd{index}x{rid}"
    if mode == "External":
        joined.new_rels.append((new_id, rel_type, target, mode))
    elif kind == "image":
        data = package.read(resolve(target))
        joined.new_rels.append((new_id, rel_type, _media(joined, index, target, data), ""))
    else:
        joined.new_rels.append((new_id, rel_type, _copy_story(joined, index, package, target), ""))
    return new_id


def _media(joined: _Joined, index: int, target: str, data: bytes) -> str:
    """The target of a picture in the joined package; identical pictures are stored once."""
    if data not in joined.media:
        name = target  # the template's own picture, already in the first part
        if joined.base.read(resolve(target), missing=b"") != data:
            name = f"media/ld{index}_{posixpath.basename(target)}"
            joined.new_parts[f"word/{name}"] = data
        joined.media[data] = name
    return joined.media[data]


def _freeze_story(joined: _Joined, name: str, data: bytes, pages: str) -> None:
    if b"NUMPAGES" in data:
        root = etree.fromstring(data)
        if freeze_page_count(root, pages):
            joined.frozen = True
            joined.new_parts[name] = _xml(root)


def _copy_story(joined: _Joined, index: int, package: Package, target: str) -> str:
    """Copy a header or footer (and its pictures) under a name of its own."""
    source = resolve(target)
    new_target = f"ld{index}_{posixpath.basename(target)}"
    joined.new_parts[f"word/{new_target}"] = package.read(source)
    _freeze_story(joined, f"word/{new_target}", package.read(source), joined.pages[index])
    joined.new_types[f"/word/{new_target}"] = package.types.get(f"/{source}", "")
    folder, base = posixpath.split(source)
    rels = package.read(f"{folder}/_rels/{base}.rels", missing=b"")
    if rels:
        tree = etree.fromstring(rels)
        for rel in tree:
            kind = str(rel.get("Type", "")).rsplit("/", 1)[-1]
            if kind == "image" and rel.get("TargetMode") != "External":
                old = str(rel.get("Target", ""))
                rel.set("Target", _media(joined, index, old, package.read(resolve(old))))
        joined.new_parts[f"word/_rels/{new_target}.rels"] = _xml(tree)
    return new_target


def _renumber(joined: _Joined, index: int, root: etree._Element) -> None:
    """Give the part its own list numbering (restarting at 1), bookmark and drawing ids."""
    offset = index * 10_000
    for tag in ("bookmarkStart", "bookmarkEnd"):
        for mark in root.iter(w(tag)):
            mark.set(w("id"), str(offset + int(mark.get(w("id"), "0"))))
            if mark.get(w("name")):
                mark.set(w("name"), f"{mark.get(w('name'))}_ld{index}")
    for drawing in root.iter(f"{{{WP}}}docPr"):
        drawing.set("id", str(offset + int(drawing.get("id", "0"))))
    restart_lists(root, joined.numbering, joined.list_styles)


def _xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _write(joined: _Joined, packages: list[Package], document: bytes) -> bytes:
    base = joined.base
    rels = etree.fromstring(base.read("word/_rels/document.xml.rels"))
    for rid, rel_type, target, mode in joined.new_rels:
        attrs = {"Id": rid, "Type": rel_type, "Target": target}
        attrs.update({"TargetMode": mode} if mode else {})
        etree.SubElement(rels, f"{{{PR}}}Relationship", attrs)
    types = etree.fromstring(base.read("[Content_Types].xml"))
    for name, content_type in joined.new_types.items():
        etree.SubElement(types, f"{{{CT}}}Override", PartName=name, ContentType=content_type)
    known = set(base.defaults)
    for package in packages[1:]:
        for extension, content_type in package.defaults.items():
            if extension not in known:
                known.add(extension)
                default = etree.Element(f"{{{CT}}}Default", Extension=extension)
                default.set("ContentType", content_type)
                types.insert(0, default)
    changed = dict(joined.new_parts)
    changed["word/document.xml"] = document
    changed["word/_rels/document.xml.rels"] = _xml(rels)
    changed["[Content_Types].xml"] = _xml(types)
    if joined.numbering is not None:
        changed["word/numbering.xml"] = _xml(joined.numbering)
    buffer = io.BytesIO()
    # Stored, not deflated: the file lives for one conversion and LibreOffice reads it once.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name in base.infos:
            if name not in changed:
                archive.writestr(name, base.read(name, shared=True))
        for name, data in changed.items():
            archive.writestr(name, data)
    return buffer.getvalue()
