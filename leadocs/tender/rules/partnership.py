"""Innovation-partnership rules (Directive 2014/24/EU, Art. 31).

What the procurement documents must contain: the need that the market cannot
meet and the minimum requirements (Art. 31(1)); successive phases with
intermediate targets and remuneration in instalments, a final purchase at
agreed performance levels and maximum costs, and the conditions for ending the
partnership or reducing partners after a phase (Art. 31(2)); the IPR
arrangements (Art. 31(6)); a purchase value in proportion to the development
investment (Art. 31(7)).
"""

from __future__ import annotations

from decimal import Decimal

from leadocs.tender.model import Procedure, Procurement
from leadocs.tender.rules._base import Findings, Locator, RuleReport
from leadocs.tender.rules.budget import phases_total
from leadocs.tender.rules.tables import PURCHASE_TO_RD_RATIO

__all__ = ["check_partnership"]

_ART = "Directive 2014/24/EU, Art. 31"


def check_partnership(procurement: Procurement, at: Locator) -> RuleReport:
    """Check that an innovation partnership has what Art. 31 requires; nothing otherwise."""
    found = Findings(at)
    if procurement.procedure is not Procedure.INNOVATION_PARTNERSHIP:
        return found.report
    _need(procurement, found)
    _phases(procurement, found)
    _purchase(procurement, found)
    _termination(procurement, found)
    _ipr(procurement, found)
    return found.report


def _need(procurement: Procurement, found: Findings) -> None:
    challenge = procurement.challenge
    if not challenge.minimum_requirements:
        found.error(
            ("challenge",),
            "an innovation partnership must say which requirements every tender has to meet "
            f"({_ART}(1)); add 'minimum_requirements:'",
        )
    if not challenge.market_gap:
        found.warning(
            ("challenge",),
            "say why products or services already on the market cannot meet the need "
            f"({_ART}(1)); add 'market_gap:'",
        )
    if procurement.procedure_type is not None:
        found.error(
            ("procedure_type",),
            "an innovation partnership is a procedure of its own (Art. 31); remove "
            "'procedure_type'",
        )


def _phases(procurement: Procurement, found: Findings) -> None:
    if not procurement.phases:
        found.error(
            ("phases",),
            "an innovation partnership is structured in successive research and innovation "
            f"phases ({_ART}(2)); add 'phases:'",
        )
        return
    for index, phase in enumerate(procurement.phases):
        if not phase.intermediate_targets:
            found.error(
                ("phases", index),
                f"phase '{phase.name}' has no intermediate targets for the partners to attain "
                f"({_ART}(2)); add 'intermediate_targets:'",
            )
        if not phase.instalments:
            found.error(
                ("phases", index),
                f"phase '{phase.name}' says nothing of how it is paid; the remuneration is "
                f"paid in instalments ({_ART}(2)); add 'instalments:'",
            )
            continue
        shares = sum((item.share for item in phase.instalments), Decimal(0))
        if shares != 100:
            found.error(
                ("phases", index, "instalments"),
                f"the instalments of phase '{phase.name}' add up to {shares:g} %, not 100 %",
            )


def _purchase(procurement: Procurement, found: Findings) -> None:
    purchase = procurement.purchase
    if purchase is None:
        found.error(
            (),
            "an innovation partnership ends with the purchase of the result at agreed "
            f"performance levels and maximum costs ({_ART}(2)); add 'purchase:' with "
            "'performance_levels' and 'max_cost'",
        )
        return
    if purchase.max_cost is None:
        found.error(
            ("purchase",), f"the final purchase needs its maximum cost ({_ART}(2)); add 'max_cost:'"
        )
    if not purchase.performance_levels:
        found.error(
            ("purchase",),
            "the final purchase needs the performance levels the solution must reach "
            f"({_ART}(2)); add 'performance_levels:'",
        )
    research = phases_total(procurement)
    if purchase.max_cost and research and purchase.max_cost > research * PURCHASE_TO_RD_RATIO:
        found.warning(
            ("purchase", "max_cost"),
            f"the purchase ({purchase.max_cost:,.0f}) is more than {PURCHASE_TO_RD_RATIO} "
            f"times the R&D of all phases ({research:,.0f}); its value must not be "
            f"disproportionate to the investment in development ({_ART}(7))",
        )


def _termination(procurement: Procurement, found: Findings) -> None:
    partnership = procurement.partnership
    if partnership is None:
        found.error(
            (),
            "say how many partners the partnership has and whether it may be ended or "
            f"reduced after each phase ({_ART}(1)-(2)); add 'partnership:'",
        )
        return
    if partnership.terminate_after_phase and not partnership.termination_conditions:
        found.error(
            ("partnership",),
            "ending the partnership or reducing partners after a phase is possible only under "
            f"conditions stated in the documents ({_ART}(2)); add 'termination_conditions:' "
            "or set 'terminate_after_phase: false'",
        )


def _ipr(procurement: Procurement, found: Findings) -> None:
    ipr = procurement.ipr
    if ipr is None or not ipr.model_fields_set:
        found.error(
            ("ipr",) if ipr is not None else (),
            "an innovation partnership must define the arrangements for intellectual "
            f"property rights ({_ART}(6)); add 'ipr:' with ownership and rights of use",
        )
