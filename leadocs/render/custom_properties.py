"""Custom document properties (``docProps/custom.xml``): what identifies a rendered document.

Word shows them under File › Properties › Custom and keeps them when a user
saves, renames or re-types the document; LibreOffice keeps them too. leadocs
writes the recipient, the document kind and the hash of the data there, so
that ``leadocs collect`` can match a returned file whatever it is called.

The built-in layouts carry an empty custom-properties part, which the
compiled engine fills per document as one small stored entry
(:func:`custom_properties_xml`); for another template the finished package is
rewritten once (:func:`add_custom_properties`).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from xml.sax.saxutils import escape

from lxml import etree

__all__ = [
    "CONTENT_TYPE",
    "CUSTOM_PART",
    "RELATIONSHIP",
    "add_custom_properties",
    "custom_properties_xml",
    "read_custom_properties",
]

CUSTOM_PART = "docProps/custom.xml"
RELATIONSHIP = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
)
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id Word gives every user-defined property.
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
_RELS = "_rels/.rels"
_TYPES = "[Content_Types].xml"


def _existing(xml: bytes | None, replaced: Mapping[str, str]) -> list[etree._Element]:
    """The template's own properties, except those ``replaced`` sets."""
    if not xml or b"<property" not in xml:  # the layouts' empty part: nothing to parse
        return []
    try:
        root = etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError:
        return []
    return [
        element
        for element in root
        if isinstance(element.tag, str) and element.get("name") not in replaced
    ]


def custom_properties_xml(existing: bytes | None, properties: Mapping[str, str]) -> bytes:
    """The custom-properties part: the template's own properties plus ``properties``.

    Args:
        existing: the template's part, if it has one (its other properties are kept).
        properties: text properties to set, by name.
    """
    items = []
    pid = 2  # Word numbers user-defined properties from 2
    for element in _existing(existing, properties):
        element.set("pid", str(pid))
        items.append(etree.tostring(element, encoding="unicode"))
        pid += 1
    for name, value in properties.items():
        quoted = escape(name, {'"': "&quot;"})
        items.append(
            f'<property fmtid="{_FMTID}" pid="{pid}" name="{quoted}">'
            f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        )
        pid += 1
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{_NS}" xmlns:vt="{_VT}">{"".join(items)}</Properties>'
    ).encode()


def add_custom_properties(docx: bytes, properties: Mapping[str, str]) -> bytes:
    """``docx`` with ``properties`` set in its custom-properties part (made if need be)."""
    with zipfile.ZipFile(io.BytesIO(docx)) as source:
        infos = source.infolist()
        entries = {info.filename: source.read(info) for info in infos}
    had_part = CUSTOM_PART in entries
    entries[CUSTOM_PART] = custom_properties_xml(entries.get(CUSTOM_PART), properties)
    if not had_part:
        entries[_RELS] = _with_relationship(entries[_RELS])
        entries[_TYPES] = _with_content_type(entries[_TYPES])
    names = [info.filename for info in infos] + ([] if had_part else [CUSTOM_PART])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            target.writestr(name, entries[name])
    return buffer.getvalue()


def _with_relationship(rels: bytes) -> bytes:
    root = etree.fromstring(rels, _PARSER)
    ids = {element.get("Id") for element in root}
    number = 1 + len(ids)
    while f"rId{number}" in ids:
        number += 1
    relationship = etree.SubElement(root, f"{{{root.nsmap[None]}}}Relationship")
    relationship.set("Id", f"rId{number}")
    relationship.set("Type", RELATIONSHIP)
    relationship.set("Target", CUSTOM_PART)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _with_content_type(types: bytes) -> bytes:
    root = etree.fromstring(types, _PARSER)
    override = etree.SubElement(root, f"{{{root.nsmap[None]}}}Override")
    override.set("PartName", f"/{CUSTOM_PART}")
    override.set("ContentType", CONTENT_TYPE)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def read_custom_properties(package: zipfile.ZipFile) -> dict[str, str]:
    """The text custom properties of an open .docx package (empty when it has none)."""
    try:
        root = etree.fromstring(package.read(CUSTOM_PART), _PARSER)
    except (KeyError, etree.XMLSyntaxError):
        return {}
    found = {}
    for element in root.iter(f"{{{_NS}}}property"):
        value = next(iter(element), None)
        name = element.get("name")
        if name and value is not None:
            found[name] = value.text or ""
    return found
