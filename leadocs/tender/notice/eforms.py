"""Writing a notice as eForms UBL XML, every element placed by the SDK's field XPaths.

Nothing here knows a business term: each :class:`~leadocs.tender.notice.content.Term`
names its field, and the field repository says where its element goes (the
chain of parent nodes, the relative XPath, and the XSD sequence position of each
step, so that siblings come in the order the schema wants).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from lxml import etree

from leadocs.tender.notice.content import Group, NoticeContent, Term
from leadocs.tender.notice.sdk import NAMESPACES, FieldRepository

__all__ = ["write_eforms"]

_ORDER = "{urn:leadocs:order}position"
_NAME = re.compile(r"[\w:]+")
_EQUALS = re.compile(r"^([\w:/@]+?)(?:/text\(\))?\s*=\s*'([^']*)'$")
_DOCUMENT_NS = "urn:oasis:names:specification:ubl:schema:xsd:{}-2"


def write_eforms(content: NoticeContent, repository: FieldRepository) -> bytes:
    """The notice as UTF-8 XML bytes with an XML declaration."""
    document_ns = _DOCUMENT_NS.format(content.root)
    nsmap: dict[Any, str] = {None: document_ns, **NAMESPACES}  # lxml-stubs want str keys
    root = etree.Element(f"{{{document_ns}}}{content.root}", nsmap=nsmap)
    _Placer(repository).fill(root, "ND-Root", content.items)
    for element in root.iter():
        if _ORDER in element.attrib:
            del element.attrib[_ORDER]
    etree.cleanup_namespaces(root, top_nsmap=nsmap)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


class _Placer:
    def __init__(self, repository: FieldRepository) -> None:
        self.repository = repository

    def fill(self, element: etree._Element, node: str, items: Sequence[Term | Group]) -> None:
        for item in items:
            if isinstance(item, Group):
                target = self._node(element, node, item.node, new=True)
                self.fill(target, item.node, item.items)
            else:
                self._term(element, node, item)

    def _term(self, element: etree._Element, node: str, term: Term) -> None:
        field = self.repository.field(term.field)
        parent = self._node(element, node, field.parent, new=False)
        steps = _steps(field.xpath)
        if field.attribute:
            target = _descend(parent, steps[:-1], field.order, reuse_last=True)
            target.set(field.attribute, term.value)
            return
        target = _descend(parent, steps, field.order, reuse_last=False)
        target.text = term.value
        for attribute_id in field.attributes:
            attribute = self.repository.field(attribute_id)
            value = term.attributes.get(attribute_id, attribute.preset)
            if value is not None and attribute.attribute:
                target.set(attribute.attribute, value)

    def _node(self, element: etree._Element, at: str, node: str, *, new: bool) -> etree._Element:
        chain = []
        current: str | None = node
        while current != at:
            if current is None:
                raise ValueError(f"node {node} is not inside {at}")
            chain.append(self.repository.nodes[current])
            current = chain[-1].parent
        for position, step in enumerate(reversed(chain)):
            fresh = new and position == len(chain) - 1
            element = _descend(element, _steps(step.xpath), step.order, reuse_last=not fresh)
        return element


def _steps(xpath: str) -> list[str]:
    steps, depth, start = [], 0, 0
    for index, char in enumerate(xpath):
        depth += char == "["
        depth -= char == "]"
        if char == "/" and depth == 0:
            steps.append(xpath[start:index])
            start = index + 1
    steps.append(xpath[start:])
    return [s for s in steps if s]


def _descend(
    element: etree._Element, steps: list[str], order: tuple[int, ...], *, reuse_last: bool
) -> etree._Element:
    for index, step in enumerate(steps):
        position = order[index] if index < len(order) else None
        last = index == len(steps) - 1
        found = element.xpath(step, namespaces=NAMESPACES)
        matches = found if isinstance(found, list) else []
        reusable = [e for e in matches if isinstance(e, etree._Element)]
        if last and not reuse_last:
            reusable = [e for e in reusable if e.text is None and not len(e)]
        if reusable:
            element = reusable[0]
            if position is not None and _ORDER not in element.attrib:
                _place(element.getparent(), element, position)
        else:
            element = _create(element, step, position)
    return element


def _create(parent: etree._Element, step: str, position: int | None) -> etree._Element:
    name, predicates = _split_step(step)
    child = etree.Element(_qualified(name))
    _place(parent, child, position)
    for predicate in predicates:
        _realise(child, predicate.strip())
    return child


def _split_step(step: str) -> tuple[str, list[str]]:
    """The element name of an XPath step and its predicates (which may nest brackets)."""
    match = _NAME.match(step)
    if match is None:
        raise ValueError(f"cannot create an element for the XPath step {step!r}")
    predicates, depth, start = [], 0, 0
    for index in range(match.end(), len(step)):
        if step[index] == "[":
            depth += 1
            if depth == 1:
                start = index + 1
        elif step[index] == "]":
            depth -= 1
            if depth == 0:
                predicates.append(step[start:index])
    return match.group(), predicates


def _realise(element: etree._Element, predicate: str) -> None:
    # Positive conditions on the new element are made true; not(...) holds already.
    match = _EQUALS.match(predicate)
    if match is None or predicate.startswith("not("):
        return
    path, value = match.groups()
    steps = _steps(path)
    if steps[-1].startswith("@"):
        target = _descend(element, steps[:-1], (), reuse_last=True) if steps[:-1] else element
        target.set(steps[-1][1:], value)
    else:
        _descend(element, steps, (), reuse_last=True).text = value


def _place(parent: etree._Element | None, child: etree._Element, position: int | None) -> None:
    if parent is None:
        return
    if position is not None:
        child.set(_ORDER, str(position))
    if child.getparent() is parent:
        parent.remove(child)
    rank = position if position is not None else -1
    for index, sibling in enumerate(parent):
        if int(sibling.get(_ORDER, "-1")) > rank:
            parent.insert(index, child)
            return
    parent.append(child)


def _qualified(name: str) -> str:
    prefix, _, local = name.partition(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"
