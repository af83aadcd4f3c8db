"""Award and selection criteria rules.

The weights of a phase gate's criteria, when given, add up to 100 like the award
weights (the gate's score is their weighted sum in the evaluation score sheet).

Bases: Art. 67 of Directive 2014/24/EU (most economically advantageous tender:
price, cost, best price-quality ratio; a fixed price with competition on
quality only, Art. 67(2)); Art. 31(1) (an innovation partnership awards on the
best price-quality ratio only) and Art. 31(6) (selection on R&D and innovation
capacity); Art. 65(2) (fewest candidates invited when their number is limited).
"""

from __future__ import annotations

from decimal import Decimal

from leadocs.tender.model import (
    AwardBasis,
    CriterionKind,
    Procedure,
    ProcedureType,
    Procurement,
    SelectionKind,
)
from leadocs.tender.rules._base import Findings, Locator, RuleReport
from leadocs.tender.rules.tables import TimeLimits

__all__ = ["check_criteria"]

_MONEY_KINDS = (CriterionKind.PRICE, CriterionKind.COST)


def check_criteria(procurement: Procurement, at: Locator) -> RuleReport:
    """Check the award weights, the award basis and the selection of candidates."""
    found = Findings(at)
    _weights(procurement, found)
    _gate_weights(procurement, found)
    _basis(procurement, found)
    _partnership_award(procurement, found)
    _selection(procurement, found)
    return found.report


def _weights(procurement: Procurement, found: Findings) -> None:
    award = procurement.criteria.award
    total = sum((criterion.weight for criterion in award), Decimal(0))
    if total != 100:
        listing = tuple(c.weight for c in award)
        found.error(("criteria", "award"), "award_weights", total=total, listing=listing)
    seen: set[str] = set()
    for index, criterion in enumerate(award):
        key = criterion.name.casefold()
        if key in seen:
            found.error(("criteria", "award", index, "name"), "award_twice", name=criterion.name)
        seen.add(key)


def _gate_weights(procurement: Procurement, found: Findings) -> None:
    """Every criterion of a gate weighted, or none; the weights of a gate add up to 100."""
    for index, phase in enumerate(procurement.phases):
        weights = [c.weight for c in phase.gate_criteria]
        given = tuple(w for w in weights if w is not None)
        where = ("phases", index, "gate_criteria")
        if not given:
            continue
        if len(given) < len(weights):
            found.error(where, "gate_some_weights", phase=index + 1)
        elif (total := sum(given, Decimal(0))) != 100:
            found.error(where, "gate_weights", phase=index + 1, total=total, listing=given)


def _basis(procurement: Procurement, found: Findings) -> None:
    criteria = procurement.criteria
    kinds = {c.kind for c in criteria.award}
    basis = criteria.award_basis
    where = ("criteria", "award_basis")
    if basis is AwardBasis.LOWEST_PRICE and kinds != {CriterionKind.PRICE}:
        found.error(where, "lowest_price")
    elif basis is AwardBasis.LOWEST_COST and kinds != {CriterionKind.COST}:
        found.error(where, "lowest_cost")
    elif basis is AwardBasis.FIXED_PRICE_QUALITY and kinds & set(_MONEY_KINDS):
        found.error(where, "fixed_price")
    elif basis is AwardBasis.BEST_PRICE_QUALITY_RATIO:
        if CriterionKind.QUALITY not in kinds:
            found.error(("criteria", "award"), "no_quality")
        if not kinds & set(_MONEY_KINDS):
            found.warning(("criteria", "award"), "no_price")


def _partnership_award(procurement: Procurement, found: Findings) -> None:
    if procurement.procedure is not Procedure.INNOVATION_PARTNERSHIP:
        return
    basis = procurement.criteria.award_basis
    if basis is not AwardBasis.BEST_PRICE_QUALITY_RATIO:
        found.error(("criteria", "award_basis"), "ip_award_basis", basis=basis.value)


def _selection(procurement: Procurement, found: Findings) -> None:
    criteria = procurement.criteria
    if procurement.procedure is Procedure.INNOVATION_PARTNERSHIP and not any(
        c.kind is SelectionKind.RD_INNOVATION_CAPACITY for c in criteria.selection
    ):
        found.warning(("criteria", "selection"), "ip_rd_selection")
    limit = criteria.max_candidates
    if limit is None:
        return
    kind = procurement.procedure_type
    if procurement.procedure is Procedure.PPI and kind is ProcedureType.OPEN:
        found.warning(("criteria", "max_candidates"), "open_candidates")
        return
    if procurement.procedure is Procedure.PCP:
        return
    fewest = (
        TimeLimits.MIN_CANDIDATES_RESTRICTED
        if kind is ProcedureType.RESTRICTED
        else TimeLimits.MIN_CANDIDATES_OTHER
    )
    if limit < fewest:
        found.error(("criteria", "max_candidates"), "few_candidates", fewest=fewest, limit=limit)
