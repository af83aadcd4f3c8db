"""Offline validation of an eForms notice: the SDK's XSD, then its static schematron.

Each problem names the rule, the business term and the YAML key of a procurement
file that feeds the term, so an officer knows which line of ``procurement.yaml``
to fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from threading import Lock

from lxml import etree

from leadocs.errors import DataError
from leadocs.tender.notice.schematron import FailedAssert, SchematronRules
from leadocs.tender.notice.sdk import NAMESPACES, EformsSdk, without_predicates
from leadocs.tender.notice.sources import yaml_key

__all__ = ["NoticeProblem", "NoticeValidator", "notice_subtype", "validator_for"]

_SCHEMAS = {
    "PriorInformationNotice": "UBL-PriorInformationNotice-2.3.xsd",
    "ContractNotice": "UBL-ContractNotice-2.3.xsd",
    "ContractAwardNotice": "UBL-ContractAwardNotice-2.3.xsd",
    "BusinessRegistrationInformationNotice": "EFORMS-BusinessRegistrationInformationNotice.xsd",
}
_SUBTYPE = (
    "ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/"
    "efac:NoticeSubType/cbc:SubTypeCode/text()"
)


@dataclass(frozen=True)
class NoticeProblem:
    """One rule of the XSD or the schematron that a notice breaks."""

    rule: str
    """The schematron assertion id (e.g. BR-BT-00500-0022), or ``XSD``."""
    severity: str
    """ERROR or WARN."""
    field: str
    """The field id (e.g. BT-500-Organization-Company), if the rule is about one."""
    term: str
    """The business term and its name, e.g. ``BT-500 Organisation Name``."""
    yaml_key: str
    """The key of a procurement file that supplies the term, if any."""
    location: str
    """Where in the notice (an XPath, or a line for XSD errors)."""

    def __str__(self) -> str:
        parts = [f"{self.rule} ({self.severity})"]
        if self.term:
            parts.append(self.term)
        if self.yaml_key:
            parts.append(f"YAML key {self.yaml_key}")
        return f"{'; '.join(parts)}; at {self.location}"


def notice_subtype(document: etree._ElementTree) -> str:
    """The notice subtype (OPP-070) of a parsed notice, or '' if it has none."""
    found = document.getroot().xpath(_SUBTYPE, namespaces=NAMESPACES)
    return str(found[0]).strip() if isinstance(found, list) and found else ""


class NoticeValidator:
    """Validates notices against one SDK; schemas and schematrons are compiled once."""

    def __init__(self, sdk: EformsSdk) -> None:
        self.sdk = sdk
        self.rules = SchematronRules(sdk.schematrons)
        self._schemas: dict[str, etree.XMLSchema] = {}
        self._lock = Lock()

    def check_xsd(self, document: etree._ElementTree) -> list[NoticeProblem]:
        """The XSD errors of a parsed notice (its root element chooses the schema)."""
        root = etree.QName(document.getroot()).localname
        schema = self._schema(root)
        if schema.validate(document):
            return []
        return [
            self._xsd_problem(e.line, e.path or "", e.message)
            for e in list(schema.error_log)  # type: ignore[call-overload]
        ]

    def check_schematron(self, document: bytes, subtype: str) -> list[NoticeProblem]:
        """The schematron assertions of ``subtype``'s phase that the notice fails."""
        from leadocs.tender.notice._saxon import parse_xml

        failed = self.rules.check(parse_xml(document), subtype)
        return [self._problem(item) for item in failed]

    def check(self, document: bytes, name: str = "notice") -> list[NoticeProblem]:
        """XSD and schematron problems of a notice; the schematron runs only on an XSD-valid one.

        Raises:
            DataError: when the document is not well-formed XML or has no subtype.
        """
        try:
            tree = etree.ElementTree(etree.fromstring(document))
        except etree.XMLSyntaxError as exc:
            raise DataError.single(
                name, f"not well-formed XML: {exc.msg}", line=exc.lineno
            ) from exc
        problems = self.check_xsd(tree)
        if problems:
            return problems
        subtype = notice_subtype(tree)
        if not subtype:
            raise DataError.single(name, "no notice subtype (OPP-070, cbc:SubTypeCode) found")
        return self.check_schematron(document, subtype)

    def _schema(self, root: str) -> etree.XMLSchema:
        with self._lock:
            if root not in self._schemas:
                file = _SCHEMAS.get(root)
                if file is None:
                    raise DataError.single(
                        "notice", f"'{root}' is not an eForms notice's root element"
                    )
                self._schemas[root] = etree.XMLSchema(etree.parse(str(self.sdk.schemas / file)))
            return self._schemas[root]

    def _xsd_problem(self, line: int, path: str, message: str) -> NoticeProblem:
        # libxml2 gives the element's path with positions; the field is found without them.
        field = self.sdk.fields.by_element_path.get(without_predicates(path))
        term = f"{field.bt} {field.name}" if field else ""
        key = yaml_key(field.id) if field else ""
        field_id = field.id if field else ""
        return NoticeProblem("XSD", "ERROR", field_id, term, key, f"line {line}: {message}")

    def _problem(self, failed: FailedAssert) -> NoticeProblem:
        repository = self.sdk.fields
        field_id = next(
            (self.rules.field_of_diagnostic(d) for d in failed.diagnostics if d), ""
        ) or getattr(repository.by_absolute_xpath.get(failed.context), "id", "")
        field = repository.fields.get(field_id)
        term = f"{field.bt} {field.name}" if field else ""
        return NoticeProblem(
            rule=failed.id,
            severity=failed.role,
            field=field_id,
            term=term,
            yaml_key=yaml_key(field_id) if field_id else "",
            location=_short_location(failed.location),
        )


@cache
def validator_for(sdk: EformsSdk) -> NoticeValidator:
    """The validator of an SDK, shared in the process so that each phase compiles once."""
    return NoticeValidator(sdk)


def _short_location(path: str) -> str:
    # Saxon's path() writes Q{uri}local; the UBL prefixes are shorter to read.
    for prefix, uri in NAMESPACES.items():
        path = path.replace(f"Q{{{uri}}}", f"{prefix}:")
    return re.sub(r"Q\{[^}]*\}", "", path)
