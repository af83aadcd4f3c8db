"""Package-level helpers of the compiled .docx engine (internal).

Reads a .docx once: finds the parts docxtpl would render through the package
relationships, turns each into the Jinja source docxtpl would build (same lxml
round trip, same ``patch_xml``, same line markers), and builds the "skeleton"
zip of every entry that never changes. Nothing here renders.
"""

from __future__ import annotations

import html
import io
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from docxtpl import DocxTemplate
from lxml import etree

from leadocs.errors import TemplateError
from leadocs.render.package import check_entries

try:  # ISA-L deflates a document's parts in a fifth of zlib's time, and as small
    from isal import isal_zlib as deflate
except ImportError:  # a platform without isal wheels: the standard library's zlib
    import zlib as deflate  # type: ignore[no-redef]

__all__ = [
    "PartSource",
    "Skeleton",
    "build_skeleton",
    "context_lines",
    "docxtpl_helper",
    "find_template_parts",
    "paragraph_texts",
    "prepare_part",
    "read_entries",
    "strip_line_markers",
    "unescape_braces",
]

CONTENT_TYPES = "[Content_Types].xml"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Suffixes, so that both transitional and strict (purl.oclc.org) OOXML match.
_OFFICE_DOCUMENT = "/relationships/officeDocument"
_CORE_PROPERTIES = "/relationships/metadata/core-properties"
_MAIN_PART_KINDS = {
    "/relationships/header": "header",
    "/relationships/footer": "footer",
    "/relationships/footnotes": "footnotes",
    "/relationships/endnotes": "endnotes",
}
_TAG_MARKERS = ("{{", "{%", "{#", "{_{", "}_}", "{_%", "%_}")
# Same options as python-docx's oxml parser: docxtpl sees the XML through it.
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TEXT = f"{_W}p", f"{_W}t"
_PARAGRAPH = re.compile(r"<w:p([ >])")
_XML_TAG = re.compile(r"<[^>]+>")
# Constructs after which docxtpl's fix_tables can change the table grid: cells that
# repeat, go ({#tc #} removes one) or span.
_GRID_CHANGING = re.compile(r"\{[{%#]-?\s*tc\s|\{%-?\s*(?:colspan|hm)\b")
# Entries that are already compressed; deflating them again only costs time.
_STORED_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".zip", ".docx", ".xlsx", ".pptx")


def docxtpl_helper() -> DocxTemplate:
    """Return a bare DocxTemplate whose stateless methods (patch_xml, ...) we reuse."""
    return DocxTemplate(io.BytesIO())


_HELPER = docxtpl_helper()


@dataclass(frozen=True)
class PartSource:
    """One templated XML part, ready for ``env.from_string``.

    Attributes:
        name: zip entry name (``word/document.xml``).
        kind: document, header, footer, footnotes, endnotes or core.
        source: patched XML with a newline before each paragraph, so that Jinja
            line numbers point at paragraphs (the error context relies on it).
        fix_tree: the rendered part must go through docxtpl's table-grid and
            drawing-id fixes (only the main document, only when needed).
        paragraphs: the visible text of each paragraph of the part as Word
            shows it, in document order (for messages: "paragraph 12").
    """

    name: str
    kind: str
    source: str
    fix_tree: bool
    paragraphs: tuple[str, ...] = ()


def read_entries(source: bytes, template: str) -> tuple[list[zipfile.ZipInfo], dict[str, bytes]]:
    """Read every zip entry once.

    Args:
        source: the .docx bytes.
        template: the template's name, for error messages.

    Returns:
        The entries' ZipInfo in archive order and their uncompressed data by name.

    Raises:
        TemplateError: the bytes are not a zip archive, or one that inflates too
            much or names entries outside itself (see :func:`check_entries`).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(source)) as archive:
            infos = archive.infolist()
            check_entries(infos, template)
            return infos, {info.filename: archive.read(info) for info in infos}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, zlib.error) as exc:
        raise TemplateError(template, f"not a .docx (zip) file: {exc}") from exc


def _rels_of(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def _relationships(
    entries: dict[str, bytes], part: str, template: str
) -> Iterator[tuple[str, str]]:
    """Yield (type, target entry name) of a part's internal relationships."""
    data = entries.get(_rels_of(part))
    if data is None:
        return
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise TemplateError(template, f"{_rels_of(part)} is not valid XML: {exc}") from exc
    base = posixpath.dirname(part)
    for rel in root.iter(f"{_RELS_NS}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        name = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
        yield rel.get("Type", ""), posixpath.normpath(name)


def find_template_parts(entries: dict[str, bytes], template: str) -> list[tuple[str, str]]:
    """Find the parts docxtpl renders, through relationships rather than fixed names.

    Args:
        entries: the package's entries by name.
        template: the template's name, for error messages.

    Returns:
        (entry name, kind) pairs: the main document first, then its headers,
        footers, footnotes and endnotes, then the core properties.

    Raises:
        TemplateError: no main document part.
    """
    package = list(_relationships(entries, "", template))
    main = next((t for r, t in package if r.endswith(_OFFICE_DOCUMENT) and t in entries), None)
    if main is None:
        raise TemplateError(template, "no main document part (officeDocument relationship)")
    parts = [(main, "document")]
    for rel_type, target in _relationships(entries, main, template):
        kind = next((k for s, k in _MAIN_PART_KINDS.items() if rel_type.endswith(s)), None)
        if kind is not None and target in entries and (target, kind) not in parts:
            parts.append((target, kind))
    parts += [(t, "core") for r, t in package if r.endswith(_CORE_PROPERTIES) and t in entries]
    return parts


def prepare_part(name: str, kind: str, data: bytes, template: str) -> PartSource | None:
    """Turn one XML part into the Jinja source docxtpl would compile.

    Args:
        name: the part's entry name.
        kind: what the part is (see :class:`PartSource`).
        data: the part's bytes.
        template: the template's name, for error messages.

    Returns:
        The part's source, or None when the part holds no template tag (after
        patching: Word may have split ``{{`` across runs).

    Raises:
        TemplateError: the part is not well-formed XML.
    """
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise TemplateError(template, f"{name} is not valid XML: {exc}") from exc
    # The lxml round trip is docxtpl's too: it decodes entities (``&quot;`` in
    # a tag) and fixes the serialisation that patch_xml's regexes expect.
    raw = etree.tostring(root, encoding="unicode")
    patched: str = _HELPER.patch_xml(raw)
    if not any(marker in patched for marker in _TAG_MARKERS):
        return None
    fix_tree = kind == "document" and (
        bool(_GRID_CHANGING.search(_XML_TAG.sub("", raw)))
        or "<wp:docPr" in patched
        or _uneven_tables(root)
    )
    source = _PARAGRAPH.sub(r"\n<w:p\1", patched)
    return PartSource(name, kind, source, fix_tree, paragraph_texts(root))


def _uneven_tables(root: etree._Element) -> bool:
    """Whether a table's rows do not all span its grid, which fix_tables changes."""
    for table in root.iter(f"{_W}tbl"):
        columns = len(table.findall(f"{_W}tblGrid/{_W}gridCol"))
        for row in table.findall(f"{_W}tr"):
            if sum(map(_span, row.findall(f"{_W}tc"))) != columns:
                return True
    return False


def _span(cell: etree._Element) -> int:
    span = cell.find(f"{_W}tcPr/{_W}gridSpan")
    value = span.get(f"{_W}val") if span is not None else None
    return int(value) if value is not None and value.isdigit() else 1


def paragraph_texts(root: etree._Element) -> tuple[str, ...]:
    """The visible text of every paragraph (``w:p``) under ``root``, in document order."""
    return tuple("".join(t.text or "" for t in p.iter(_TEXT)) for p in root.iter(_P))


def strip_line_markers(xml: str) -> str:
    """Remove the newlines :func:`prepare_part` put before paragraphs."""
    return xml.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")


def unescape_braces(xml: str) -> str:
    """Turn docxtpl's escaped delimiters (``{_{`` ...) into literal ones."""
    if "{_" not in xml and "_}" not in xml:  # none of the four escapes
        return xml
    return xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")


def context_lines(source: str, lineno: int | None, around: int = 3) -> list[str]:
    """Return the visible text of the paragraphs around a Jinja line number.

    Args:
        source: a part source from :func:`prepare_part` (one paragraph a line).
        lineno: the 1-based Jinja line number, or None when unknown.
        around: how many paragraphs to show on each side.

    Returns:
        The de-tagged, entity-decoded lines (like docxtpl's ``docx_context``).
    """
    if lineno is None:
        return []
    lines = source.splitlines()[max(lineno - 1 - around, 0) : lineno + around]
    return [html.unescape(_XML_TAG.sub("", line)).strip() for line in lines]


def build_skeleton(
    infos: list[zipfile.ZipInfo], entries: dict[str, bytes], skip: set[str]
) -> Skeleton:
    """Deflate every static entry once into a zip that renders append to.

    Args:
        infos: the template's entries in archive order.
        entries: their data by name.
        skip: names of the templated parts, written per render instead.

    Returns:
        The skeleton, ``[Content_Types].xml`` first (some readers want it so).
    """
    ordered = sorted(infos, key=lambda info: info.filename != CONTENT_TYPES)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info in ordered:
            if info.filename in skip or info.is_dir():
                continue
            stored = info.filename.lower().endswith(_STORED_SUFFIXES)
            entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            entry.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            archive.writestr(entry, entries[info.filename])
    data = buffer.getvalue()
    # No archive comment, so the end record is the last 22 bytes.
    _, _, _, count, _, size, offset, _ = _END.unpack(data[-_END.size :])
    return Skeleton(data[:offset], data[offset : offset + size], count)


_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_UTF8_NAME = 0x800
_ZIP_LIMIT = 0xFFFF_FFFF


@dataclass(frozen=True)
class Skeleton:
    """The static entries of a .docx as a zip without its end records.

    Attributes:
        head: the entries (local headers and data), written once at compile time.
        central: their central-directory records.
        count: how many entries.
    """

    head: bytes
    central: bytes
    count: int

    def complete(
        self, parts: list[tuple[str, tuple[int, int, int, int, int, int], bytes]]
    ) -> bytes:
        """Return the whole .docx: the skeleton plus the rendered parts.

        Writing the few records ourselves costs a fraction of reopening the
        skeleton with ``zipfile`` in append mode for every document.

        Args:
            parts: (entry name, zip date_time, uncompressed data) of each part.

        Returns:
            The zip bytes.
        """
        chunks, central = [self.head], [self.central]
        offset = len(self.head)
        for name, date_time, data in parts:
            if len(data) < _STORE_BELOW:
                method, packed = _STORED, data
            else:
                method, packed = _DEFLATED, deflate.compress(data, _PART_COMPRESSLEVEL, -15)
            raw_name = name.encode("utf-8")
            flags = 0 if raw_name.isascii() else _UTF8_NAME
            time, date = _dos_time(date_time)
            crc = deflate.crc32(data)
            fields = (method, time, date, crc, len(packed), len(data), len(raw_name))
            chunks += [_LOCAL.pack(b"PK\x03\x04", 20, flags, *fields, 0), raw_name, packed]
            record = _CENTRAL.pack(b"PK\x01\x02", 20, 20, flags, *fields, 0, 0, 0, 0, 0, offset)
            central += [record, raw_name]
            offset += _LOCAL.size + len(raw_name) + len(packed)
        directory = b"".join(central)
        if offset > _ZIP_LIMIT:
            raise OverflowError("a rendered .docx over 4 GiB needs ZIP64")
        count = self.count + len(parts)
        end = _END.pack(b"PK\x05\x06", 0, 0, count, count, len(directory), offset, 0)
        return b"".join([*chunks, directory, end])


# Deflate level of the parts written per render: level 1 costs a third of the
# default's time on XML and the part grows by a few kilobytes at most.
_PART_COMPRESSLEVEL = 1
# Parts smaller than this (headers, footers, core properties) are stored: setting
# up a deflate stream costs a sixth of a document's rendering, for a kilobyte.
_STORE_BELOW = 4096
_STORED, _DEFLATED = 0, 8


def _dos_time(date_time: tuple[int, int, int, int, int, int]) -> tuple[int, int]:
    year, month, day, hour, minute, second = date_time
    return hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day
