"""Reading .docx packages lazily, and freezing ``NUMPAGES`` fields; helpers of ``combine``.

Parts are read on demand, because a rendered letter carries its template's
styles (hundreds of kB) that only need comparing, by CRC, never parsing. The
static parts of the first document of each batch are cached by CRC, as every
batch of one template writes the same ones again.
"""

from __future__ import annotations

import copy
import functools
import re
import threading
import zipfile
from pathlib import Path

from lxml import etree

__all__ = [
    "NotCombinable",
    "Package",
    "freeze_page_count",
    "list_styles",
    "resolve",
    "restart_lists",
    "w",
]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_CACHE_LIMIT = 64 * 1024 * 1024
_cache: dict[tuple[str, int, int], bytes] = {}
_cache_lock = threading.Lock()
_NUMPAGES = re.compile(r"^\s*NUMPAGES(?:\s+\\\*\s*(?:MERGEFORMAT|Arabic))*\s*$", re.IGNORECASE)


class NotCombinable(Exception):
    """These documents cannot be joined faithfully; convert them one by one."""


def w(name: str) -> str:
    """The Clark name of a WordprocessingML element or attribute."""
    return f"{{{W}}}{name}"


def read_rels(data: bytes) -> dict[str, tuple[str, str, str]]:
    """Relationships by id: (type, target, target mode)."""
    if not data:
        return {}
    return {
        str(rel.get("Id", "")): (
            str(rel.get("Type", "")),
            str(rel.get("Target", "")),
            str(rel.get("TargetMode", "")),
        )
        for rel in etree.fromstring(data)
    }


class Package:
    """One open .docx; call :meth:`close` when done."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._read: dict[str, bytes] = {}
        try:
            self._zip = zipfile.ZipFile(path)
            self.infos = {info.filename: info for info in self._zip.infolist()}
            listed = list(etree.fromstring(self.read("[Content_Types].xml")))
            self.rels = read_rels(self.read("word/_rels/document.xml.rels", missing=b""))
        except (zipfile.BadZipFile, OSError, KeyError, etree.XMLSyntaxError) as exc:
            raise NotCombinable(f"{path.name}: {exc}") from exc
        self.types = {
            str(item.get("PartName", "")): str(item.get("ContentType", ""))
            for item in listed
            if item.tag == f"{{{CT}}}Override"
        }
        self.defaults = {
            str(item.get("Extension", "")).lower(): str(item.get("ContentType", ""))
            for item in listed
            if item.tag == f"{{{CT}}}Default"
        }

    def read(self, name: str, *, missing: bytes | None = None, shared: bool = False) -> bytes:
        """The bytes of part ``name``; ``shared`` parts are cached across packages by CRC."""
        if name in self._read:
            return self._read[name]
        info = self.infos.get(name)
        if info is None:
            if missing is None:
                raise NotCombinable(f"{self.path.name}: part {name} is missing")
            return missing
        key = (name, info.CRC, info.file_size)
        if shared and key in _cache:
            return _cache[key]
        data = self._zip.read(info)
        self._read[name] = data
        if shared:
            with _cache_lock:
                if sum(len(v) for v in _cache.values()) + len(data) > _CACHE_LIMIT:
                    _cache.clear()
                _cache[key] = data
        return data

    def same(self, name: str, other: Package) -> bool:
        """Whether part ``name`` is identical here and in ``other`` (or absent from both)."""
        mine, theirs = self.infos.get(name), other.infos.get(name)
        if mine is None or theirs is None:
            return mine is theirs
        return (mine.CRC, mine.file_size) == (theirs.CRC, theirs.file_size)

    def stories(self) -> list[str]:
        """The header and footer parts the main document refers to."""
        return [
            resolve(target)
            for kind, target, mode in self.rels.values()
            if mode != "External" and kind.rsplit("/", 1)[-1] in ("header", "footer")
        ]

    def close(self) -> None:
        """Close the zip file."""
        self._zip.close()


def resolve(target: str) -> str:
    """The part name of a relationship target of ``word/document.xml``."""
    import posixpath

    return posixpath.normpath(posixpath.join("word", target))


def freeze_page_count(root: etree._Element, text: str) -> bool:
    """Replace every ``NUMPAGES`` field under ``root`` by the plain ``text``.

    Joined letters share one document, where ``NUMPAGES`` would count all their
    pages; the pool checks afterwards that each letter really has ``text`` pages.

    Returns:
        Whether anything was replaced.

    Raises:
        NotCombinable: a page-count field this function cannot safely replace.
    """
    changed = False
    for simple in list(root.iter(w("fldSimple"))):
        if _NUMPAGES.match(str(simple.get(w("instr"), ""))):
            runs = simple.findall(w("r")) or [etree.Element(w("r"))]
            simple.addprevious(_text_run(runs[0], text))
            simple.getparent().remove(simple)  # type: ignore[union-attr]
            changed = True
    for paragraph in list(root.iter(w("p"))):
        changed |= _freeze_in_paragraph(paragraph, text)
    return changed


def _text_run(model: etree._Element, text: str) -> etree._Element:
    """A run with ``model``'s formatting and ``text`` as its only content."""
    run = etree.Element(w("r"))
    properties = model.find(w("rPr"))
    if properties is not None:
        run.append(etree.fromstring(etree.tostring(properties)))
    etree.SubElement(run, w("t")).text = text
    return run


def _fields(paragraph: etree._Element) -> list[tuple[int, int, int, str]]:
    """Complex fields among the paragraph's runs: (begin, separate, end, instruction)."""
    found: list[tuple[int, int, int, str]] = []
    depth, begin, separate, instruction = 0, -1, -1, ""
    for index, child in enumerate(paragraph):
        for char in child.iter(w("fldChar"), w("instrText")):
            if char.tag == w("instrText"):
                if depth == 1:
                    instruction += char.text or ""
                continue
            kind = char.get(w("fldCharType"))
            if kind == "begin":
                depth += 1
                if depth == 1:
                    begin, separate, instruction = index, -1, ""
            elif kind == "separate" and depth == 1:
                separate = index
            elif kind == "end":
                depth -= 1
                if depth == 0:
                    found.append((begin, separate, index, instruction))
    return found


def _freeze_in_paragraph(paragraph: etree._Element, text: str) -> bool:
    children = list(paragraph)
    fields = [f for f in _fields(paragraph) if "NUMPAGES" in f[3].upper()]
    for begin, separate, end, instruction in reversed(fields):
        if not _NUMPAGES.match(instruction) or any(
            c.tag != w("r") for c in children[begin : end + 1]
        ):
            raise NotCombinable(f"cannot fix the page-count field {instruction.strip()!r}")
        results = children[separate + 1 : end] if separate >= 0 else []
        model = next((r for r in results if r.find(w("t")) is not None), children[begin])
        children[begin].addprevious(_text_run(model, text))
        for child in children[begin : end + 1]:
            paragraph.remove(child)
    if not fields and any(
        "NUMPAGES" in (t.text or "").upper() for t in paragraph.iter(w("instrText"))
    ):
        raise NotCombinable("a page-count field spans paragraphs")
    return bool(fields)


@functools.lru_cache(maxsize=8)
def list_styles(styles: bytes) -> dict[str, tuple[str, str]]:
    """Paragraph styles that number their paragraphs: style id -> (numId, ilvl).

    Cached: every batch of one template passes the same bytes.
    """
    if not styles:
        return {}
    own: dict[str, tuple[str | None, str | None]] = {}
    parents: dict[str, str] = {}
    for style in etree.fromstring(styles).iter(w("style")):
        if style.get(w("type")) != "paragraph":
            continue
        ident = str(style.get(w("styleId"), ""))
        numbers = style.find(f"{w('pPr')}/{w('numPr')}")
        if numbers is not None:
            values = [numbers.find(w(name)) for name in ("numId", "ilvl")]
            own[ident] = (
                None if values[0] is None else str(values[0].get(w("val"))),
                None if values[1] is None else str(values[1].get(w("val"))),
            )
        parent = style.find(w("basedOn"))
        if parent is not None:
            parents[ident] = str(parent.get(w("val")))
    found: dict[str, tuple[str, str]] = {}
    for ident in set(own) | set(parents):
        number: str | None = None
        level: str | None = None
        seen: set[str] = set()
        current = ident
        while current and current not in seen:  # walk basedOn; nearest value wins
            seen.add(current)
            mine = own.get(current, (None, None))
            number, level = number or mine[0], level or mine[1]
            current = parents.get(current, "")
        if number and number != "0":
            found[ident] = (number, level or "0")
    return found


# pPr children that come before numPr in the schema.
_BEFORE_NUMPR = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl")


def restart_lists(
    root: etree._Element, numbering: etree._Element | None, styles: dict[str, tuple[str, str]]
) -> None:
    """Point every list of this part at a fresh copy of its numbering, so it starts at 1.

    In one document, paragraphs of the same list (``numId``, directly or through
    their style) continue each other's numbers; separate letters must not.
    """
    renamed: dict[str, str] = {}

    def fresh(old: str) -> str:
        if numbering is None:
            raise NotCombinable("lists without numbering definitions")
        if old not in renamed:
            renamed[old] = _copy_list(numbering, old)
        return renamed[old]

    for paragraph in root.iter(w("p")):
        properties = paragraph.find(w("pPr"))
        if properties is None:
            continue
        direct = properties.find(f"{w('numPr')}/{w('numId')}")
        if direct is not None:
            if str(direct.get(w("val"), "0")) != "0":
                direct.set(w("val"), fresh(str(direct.get(w("val")))))
            continue
        style = properties.find(w("pStyle"))
        listed = styles.get(str(style.get(w("val")))) if style is not None else None
        if listed is None:
            continue
        numbers = etree.Element(w("numPr"))
        level = properties.find(f"{w('numPr')}/{w('ilvl')}")
        etree.SubElement(
            numbers, w("ilvl"), {w("val"): listed[1] if level is None else str(level.get(w("val")))}
        )
        etree.SubElement(numbers, w("numId"), {w("val"): fresh(listed[0])})
        before = [c for c in properties if etree.QName(c).localname in _BEFORE_NUMPR]
        properties.insert(properties.index(before[-1]) + 1 if before else 0, numbers)


def _copy_list(numbering: etree._Element, old: str) -> str:
    """A copy of list ``old`` whose levels restart at their start values."""
    nums = {str(n.get(w("numId"), "")): n for n in numbering.iter(w("num"))}
    if old not in nums:
        raise NotCombinable(f"list {old} is not defined")
    new_id = str(max(int(n) for n in nums if n.isdigit()) + 1)
    clone = copy.deepcopy(nums[old])
    clone.set(w("numId"), new_id)
    link = clone.find(w("abstractNumId"))
    abstract_id = "" if link is None else str(link.get(w("val"), ""))
    starts: dict[str, str] = {}
    for abstract in numbering.iter(w("abstractNum")):
        if str(abstract.get(w("abstractNumId"), "")) == abstract_id:
            for level in abstract.iter(w("lvl")):
                start = level.find(w("start"))
                value = "1" if start is None else str(start.get(w("val"), "1"))
                starts[str(level.get(w("ilvl"), "0"))] = value
    overridden = {str(o.get(w("ilvl"))) for o in clone.iter(w("lvlOverride"))}
    for ilvl, first in sorted(starts.items()):
        if ilvl not in overridden:
            override = etree.SubElement(clone, w("lvlOverride"), {w("ilvl"): ilvl})
            etree.SubElement(override, w("startOverride"), {w("val"): first})
    nums[old].getparent().append(clone)  # type: ignore[union-attr]  # after every abstractNum
    return new_id
