"""Loading procurement files: validate, resolve the buyers' organisation files, check the rules.

This is the I/O side of :mod:`leadocs.tender.model`. Importing the module
registers the ``procurement:`` format with ``leadocs validate`` and
``leadocs schema``.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from leadocs.errors import DataError, DataProblem
from leadocs.formats.checks import CheckResult
from leadocs.formats.loading import LoadedFile, dotted_path, load_yaml
from leadocs.formats.model.common import Person, Signatory
from leadocs.formats.model.organisation import Address, OrganisationFile
from leadocs.formats.validation import validate_file
from leadocs.tender.model import Buyer, Procurement, ProcurementFile
from leadocs.tender.rules import RuleReport, check_procurement

__all__ = ["ProcurementInput", "ResolvedBuyer", "check_loaded", "load_procurement"]


@dataclass(frozen=True)
class ResolvedBuyer:
    """A buyer with its organisation file (if any) read in."""

    name: str
    short_name: str
    country: str
    role: str
    """``lead`` or ``member``."""
    contact: Person | None
    contribution: Decimal
    nuts: str | None = None
    address: Address | None = None
    website: str | None = None
    registration: str | None = None
    legal_type: str | None = None
    activity: str | None = None
    signatory: Signatory | None = None
    """Who signs the contracts for the buyer (from the procurement file or the organisation's)."""
    where: tuple[str | int, ...] = ()
    """Where the buyer stands in the procurement file, e.g. ("buyers", "members", 0)."""


@dataclass(frozen=True)
class ProcurementInput:
    """A validated procurement, its resolved buyers and where it came from."""

    procurement: Procurement
    buyers: list[ResolvedBuyer]
    source: Path
    loaded: LoadedFile

    def check(self) -> RuleReport:
        """Run the procurement rules, with problems located in the file."""
        return check_procurement(self.procurement, file=str(self.source), source=self.loaded.source)


def load_procurement(path: Path) -> ProcurementInput:
    """Load a procurement file and the organisation files its buyers name.

    The rules are not run here; call :meth:`ProcurementInput.check`.

    Raises:
        DataError: listing every problem found, each with file, line and field.
    """
    loaded = load_yaml(path)
    _require_top_key(loaded)
    procurement = validate_file(ProcurementFile, loaded).procurement
    buyers, problems = _resolve_buyers(procurement, loaded)
    if problems:
        raise DataError(problems)
    return ProcurementInput(procurement, buyers, path, loaded)


def check_loaded(loaded: LoadedFile) -> CheckResult:
    """The ``leadocs validate`` checker of procurement files: every problem, nothing raised."""
    try:
        procurement = validate_file(ProcurementFile, loaded).procurement
    except DataError as exc:
        return CheckResult(problems=exc.problems)
    _, problems = _resolve_buyers(procurement, loaded)
    report = check_procurement(procurement, file=str(loaded.path), source=loaded.source)
    return CheckResult(
        problems=[*problems, *report.errors], warnings=report.warnings, notes=report.notes
    )


def _resolve_buyers(
    procurement: Procurement, loaded: LoadedFile
) -> tuple[list[ResolvedBuyer], list[DataProblem]]:
    group = procurement.buyers
    entries: list[tuple[tuple[str | int, ...], Buyer, str]] = [
        (("buyers", "lead"), group.lead, "lead")
    ]
    entries += [(("buyers", "members", i), b, "member") for i, b in enumerate(group.members)]
    buyers: list[ResolvedBuyer] = []
    problems: list[DataProblem] = []
    for where, buyer, role in entries:
        try:
            buyers.append(_resolve(buyer, role, loaded, ("procurement", *where)))
        except DataError as exc:
            problems.extend(exc.problems)
    return buyers, problems


def _resolve(
    buyer: Buyer, role: str, loaded: LoadedFile, where: tuple[str | int, ...]
) -> ResolvedBuyer:
    if not buyer.organisation:
        # The model guarantees name, country and contact when no file is named.
        return ResolvedBuyer(
            name=buyer.name or "",
            short_name=buyer.name or "",
            country=buyer.country or "",
            role=role,
            contact=buyer.contact,
            contribution=buyer.contribution,
            nuts=buyer.nuts,
            address=buyer.address,
            registration=buyer.registration,
            legal_type=buyer.legal_type,
            activity=buyer.activity,
            signatory=buyer.signatory,
            where=where[1:],
        )
    target = (loaded.path.parent / buyer.organisation).resolve()
    if not target.is_file():
        line, column = loaded.source.locate((*where, "organisation"))
        raise DataError(
            [
                DataProblem(
                    str(loaded.path),
                    line,
                    column,
                    dotted_path((*where, "organisation")),
                    f"organisation file '{buyer.organisation}' not found (looked for {target})",
                )
            ]
        )
    org_loaded = load_yaml(target)
    if "organisation" not in org_loaded.data:
        raise DataError.single(
            target, "expected a top-level 'organisation:' mapping", line=1, column=1
        )
    organisation = validate_file(OrganisationFile, org_loaded).organisation
    return ResolvedBuyer(
        name=buyer.name or organisation.name,
        short_name=organisation.short_name or organisation.name,
        country=buyer.country or organisation.country,
        role=role,
        contact=buyer.contact or organisation.contact,
        contribution=buyer.contribution,
        nuts=buyer.nuts,
        address=buyer.address or organisation.address,
        website=organisation.website,
        registration=buyer.registration or organisation.registration,
        legal_type=buyer.legal_type,
        activity=buyer.activity,
        signatory=buyer.signatory or organisation.signatory,
        where=where[1:],
    )


def _require_top_key(loaded: LoadedFile) -> None:
    if "procurement" in loaded.data:
        return
    found = ", ".join(f"'{k}'" for k in loaded.data) or "nothing"
    close = difflib.get_close_matches("procurement", [str(k) for k in loaded.data], n=1)
    hint = "; did you mean 'procurement'?" if close else ""
    raise DataError.single(
        loaded.path,
        f"expected a top-level 'procurement:' mapping, found {found}{hint}",
        line=1,
        column=1,
    )
