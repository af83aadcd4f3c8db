"""The SDK's static schematron, compiled to XSLT 3.0 and run with Saxon-HE (saxonche).

The eForms schematrons are XPath 2 schematrons (``queryBinding="xslt2"``) made of
a few schematron elements only: global and pattern ``let``, ``phase``/``active``,
``pattern``, ``rule``, ``assert`` with ``diagnostics``. Each pattern becomes one
XSLT mode whose templates are its rules in document order (the first rule whose
context matches a node fires, as schematron requires), and every failed assertion
becomes a ``<failed>`` element of the report.

A phase ``eforms-N`` activates the patterns of notice subtype N; the patterns
every phase shares (the large stage 3b among them) are compiled once, the
subtype's own ones once per subtype, so that checking notices of several
subtypes in one process compiles the shared rules only once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from threading import Lock
from typing import Any

from lxml import etree

from leadocs.errors import LeadocsError

__all__ = ["FailedAssert", "SchematronRules"]

_SCH = "http://purl.oclc.org/dsdl/schematron"
_XSL = "http://www.w3.org/1999/XSL/Transform"
_MAIN = "complete-validation.sch"


@dataclass(frozen=True)
class FailedAssert:
    """One assertion of the schematron that a notice fails."""

    id: str
    role: str
    """ERROR or WARN."""
    context: str
    """The rule's context XPath (for field rules, the field's absolute XPath)."""
    diagnostics: tuple[str, ...]
    """Ids of the field(s) the rule is about, from the schematron's diagnostics."""
    location: str
    """Where in the notice, as an XPath with positions."""


class SchematronRules:
    """The static schematron of one SDK: compiles each phase on first use, then reuses it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = Lock()
        self._compiled: dict[tuple[str, ...], Any] = {}
        main = etree.parse(str(folder / _MAIN)).getroot()
        self._namespaces = {_attr(e, "prefix"): _attr(e, "uri") for e in main.iter(f"{{{_SCH}}}ns")}
        self._lets = main.findall(f"{{{_SCH}}}let")
        self._phases = {
            _attr(p, "id"): tuple(_attr(a, "pattern") for a in p.iter(f"{{{_SCH}}}active"))
            for p in main.iter(f"{{{_SCH}}}phase")
        }
        includes = [_attr(inc, "href") for inc in main.iter(f"{{{_SCH}}}include")]
        self._files = {_pattern_id(href): href for href in includes}
        self._diagnostics = {
            _attr(d, "id"): _attr(d, "see").removeprefix("field:")
            for d in main.iter(f"{{{_SCH}}}diagnostic")
        }
        shared = set.intersection(*(set(p) for p in self._phases.values()))
        self._shared = tuple(sorted(shared))

    def subtypes(self) -> list[str]:
        """The notice subtypes this schematron has a phase for."""
        return [phase.removeprefix("eforms-") for phase in self._phases]

    def field_of_diagnostic(self, diagnostic: str) -> str:
        """The field id a diagnostic id points at (``see="field:..."``)."""
        return self._diagnostics.get(diagnostic, "")

    def check(self, document: Any, subtype: str) -> list[FailedAssert]:
        """Run the patterns of ``subtype``'s phase on a parsed Saxon document.

        Raises:
            LeadocsError: when the schematron has no phase for the subtype.
        """
        phase = self._phases.get(f"eforms-{subtype}")
        if phase is None:
            raise LeadocsError(f"the eForms schematron has no rules for notice subtype '{subtype}'")
        own = tuple(p for p in phase if p not in self._shared)
        failed: list[FailedAssert] = []
        for patterns in (self._shared, own):
            executable = self._executable(patterns)
            executable.set_global_context_item(xdm_item=document)
            report = executable.apply_templates_returning_string(xdm_value=document)
            failed += _failures(report)
        return failed

    def _executable(self, patterns: tuple[str, ...]) -> Any:
        with self._lock:
            if patterns not in self._compiled:
                from leadocs.tender.notice._saxon import compile_xslt

                self._compiled[patterns] = compile_xslt(self._stylesheet(patterns))
            return self._compiled[patterns]

    def _stylesheet(self, patterns: Iterable[str]) -> bytes:
        sheet = etree.Element(f"{{{_XSL}}}stylesheet", nsmap={"xsl": _XSL, **self._namespaces})
        sheet.set("version", "3.0")
        sheet.set("exclude-result-prefixes", " ".join(self._namespaces))
        for let in self._lets:
            _variable(sheet, let)
        main = etree.SubElement(sheet, f"{{{_XSL}}}template", match="/")
        report = etree.SubElement(main, "report")
        for number, pattern_id in enumerate(patterns):
            pattern = etree.parse(str(self.folder / self._files[pattern_id])).getroot()
            mode = f"pattern-{number}"
            etree.SubElement(
                sheet, f"{{{_XSL}}}mode", name=mode, attrib={"on-no-match": "shallow-skip"}
            )
            etree.SubElement(report, f"{{{_XSL}}}apply-templates", select="/", mode=mode)
            for let in pattern.findall(f"{{{_SCH}}}let"):
                _variable(sheet, let)
            rules = pattern.findall(f"{{{_SCH}}}rule")
            for position, rule in enumerate(rules):
                _template(sheet, rule, mode, priority=len(rules) - position)
        return etree.tostring(sheet)


def _attr(element: etree._Element, name: str) -> str:
    return str(element.get(name, ""))


def _pattern_id(href: str) -> str:
    return "EFORMS-" + href.removesuffix(".sch")


def _variable(sheet: etree._Element, let: etree._Element) -> None:
    etree.SubElement(
        sheet, f"{{{_XSL}}}variable", name=let.get("name", ""), select=let.get("value", "")
    )


def _template(sheet: etree._Element, rule: etree._Element, mode: str, priority: int) -> None:
    # Distinct, falling priorities make the first matching rule of a pattern win.
    template = etree.SubElement(
        sheet,
        f"{{{_XSL}}}template",
        match=rule.get("context", ""),
        mode=mode,
        priority=str(priority),
    )
    for test in rule.findall(f"{{{_SCH}}}assert"):
        failing = etree.SubElement(template, f"{{{_XSL}}}if", test=f"not({test.get('test')})")
        etree.SubElement(
            failing,
            "failed",
            id=test.get("id", ""),
            role=test.get("role") or "ERROR",
            context=rule.get("context", "").replace("{", "{{").replace("}", "}}"),
            diagnostics=test.get("diagnostics") or "",
            location="{path()}",
        )
    etree.SubElement(template, f"{{{_XSL}}}apply-templates", select="@*|node()", mode=mode)


def _failures(report: str) -> list[FailedAssert]:
    root = etree.fromstring(report.encode("utf-8"))
    return [
        FailedAssert(
            id=item.get("id", ""),
            role=item.get("role", "ERROR"),
            context=item.get("context", ""),
            diagnostics=tuple(item.get("diagnostics", "").split()),
            location=item.get("location", ""),
        )
        for item in root.iter("failed")
    ]
