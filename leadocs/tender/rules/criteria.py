"""Award and selection criteria rules.

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
    _basis(procurement, found)
    _partnership_award(procurement, found)
    _selection(procurement, found)
    return found.report


def _weights(procurement: Procurement, found: Findings) -> None:
    award = procurement.criteria.award
    total = sum((criterion.weight for criterion in award), Decimal(0))
    if total != 100:
        listing = " + ".join(f"{c.weight:g}" for c in award)
        found.error(
            ("criteria", "award"),
            f"the award weights add up to {total:g} ({listing}), not 100; adjust them",
        )
    seen: set[str] = set()
    for index, criterion in enumerate(award):
        key = criterion.name.casefold()
        if key in seen:
            found.error(
                ("criteria", "award", index, "name"),
                f"award criterion '{criterion.name}' is listed twice",
            )
        seen.add(key)


def _basis(procurement: Procurement, found: Findings) -> None:
    criteria = procurement.criteria
    kinds = {c.kind for c in criteria.award}
    basis = criteria.award_basis
    where = ("criteria", "award_basis")
    if basis is AwardBasis.LOWEST_PRICE and kinds != {CriterionKind.PRICE}:
        found.error(
            where,
            "lowest-price awards on price alone; the award criteria may only be of kind 'price'",
        )
    elif basis is AwardBasis.LOWEST_COST and kinds != {CriterionKind.COST}:
        found.error(
            where,
            "lowest-cost awards on cost alone (e.g. life-cycle "
            "cost); the award criteria may only be of kind 'cost'",
        )
    elif basis is AwardBasis.FIXED_PRICE_QUALITY and kinds & set(_MONEY_KINDS):
        found.error(
            where,
            "with a fixed price tenderers compete on quality only "
            "(Art. 67(2)); remove the price and cost criteria",
        )
    elif basis is AwardBasis.BEST_PRICE_QUALITY_RATIO:
        if CriterionKind.QUALITY not in kinds:
            found.error(
                ("criteria", "award"),
                "the best price-quality ratio needs at least one quality criterion "
                "(Directive 2014/24/EU, Art. 67(2))",
            )
        if not kinds & set(_MONEY_KINDS):
            found.warning(
                ("criteria", "award"),
                "no price or cost criterion; if the price is fixed, say so with "
                "'award_basis: fixed-price-quality' (Art. 67(2))",
            )


def _partnership_award(procurement: Procurement, found: Findings) -> None:
    if procurement.procedure is not Procedure.INNOVATION_PARTNERSHIP:
        return
    basis = procurement.criteria.award_basis
    if basis is not AwardBasis.BEST_PRICE_QUALITY_RATIO:
        found.error(
            ("criteria", "award_basis"),
            f"an innovation partnership awards on the best price-quality ratio only, not "
            f"'{basis}' (Directive 2014/24/EU, Art. 31(1)); "
            "write 'award_basis: best-price-quality-ratio'",
        )


def _selection(procurement: Procurement, found: Findings) -> None:
    criteria = procurement.criteria
    if procurement.procedure is Procedure.INNOVATION_PARTNERSHIP and not any(
        c.kind is SelectionKind.RD_INNOVATION_CAPACITY for c in criteria.selection
    ):
        found.warning(
            ("criteria", "selection"),
            "no selection criterion on the candidates' capacity in research and development "
            "and in developing and implementing innovative solutions (Directive 2014/24/EU, "
            "Art. 31(6)); add one with 'kind: rd-innovation-capacity'",
        )
    limit = criteria.max_candidates
    if limit is None:
        return
    kind = procurement.procedure_type
    if procurement.procedure is Procedure.PPI and kind is ProcedureType.OPEN:
        found.warning(
            ("criteria", "max_candidates"),
            "an open procedure invites no candidates: every operator may tender; "
            "remove 'max_candidates'",
        )
        return
    if procurement.procedure is Procedure.PCP:
        return
    fewest = (
        TimeLimits.MIN_CANDIDATES_RESTRICTED
        if kind is ProcedureType.RESTRICTED
        else TimeLimits.MIN_CANDIDATES_OTHER
    )
    if limit < fewest:
        found.error(
            ("criteria", "max_candidates"),
            f"at least {fewest} candidates must be invited when their number is limited "
            f"(Directive 2014/24/EU, Art. 65(2)); {limit} is too few",
        )
