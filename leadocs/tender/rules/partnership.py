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

from leadocs.tender.model import Procedure, Procurement
from leadocs.tender.rules._base import Findings, Locator, RuleReport
from leadocs.tender.rules.budget import phases_total
from leadocs.tender.rules.contract import check_instalment_shares
from leadocs.tender.rules.messages import Amount
from leadocs.tender.rules.tables import PURCHASE_TO_RD_RATIO

__all__ = ["check_partnership"]


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
        found.error(("challenge",), "ip_minimum_requirements")
    if not challenge.market_gap:
        found.warning(("challenge",), "ip_market_gap")
    if procurement.procedure_type is not None:
        found.error(("procedure_type",), "ip_procedure_type")


def _phases(procurement: Procurement, found: Findings) -> None:
    if not procurement.phases:
        found.error(("phases",), "ip_phases")
        return
    for index, phase in enumerate(procurement.phases):
        if not phase.intermediate_targets:
            found.error(("phases", index), "ip_targets", phase=phase.name)
        if not phase.instalments:
            found.error(("phases", index), "ip_instalments", phase=phase.name)
        check_instalment_shares(index, phase, found)


def _purchase(procurement: Procurement, found: Findings) -> None:
    purchase = procurement.purchase
    if purchase is None:
        found.error((), "ip_purchase")
        return
    if purchase.max_cost is None:
        found.error(("purchase",), "ip_max_cost")
    if not purchase.performance_levels:
        found.error(("purchase",), "ip_performance_levels")
    research = phases_total(procurement)
    if purchase.max_cost and research and purchase.max_cost > research * PURCHASE_TO_RD_RATIO:
        currency = procurement.budget.currency
        found.warning(
            ("purchase", "max_cost"),
            "ip_purchase_value",
            purchase=Amount(purchase.max_cost, currency),
            ratio=PURCHASE_TO_RD_RATIO,
            research=Amount(research, currency),
        )


def _termination(procurement: Procurement, found: Findings) -> None:
    partnership = procurement.partnership
    if partnership is None:
        found.error((), "ip_partnership")
        return
    if partnership.terminate_after_phase and not partnership.termination_conditions:
        found.error(("partnership",), "ip_termination")


def _ipr(procurement: Procurement, found: Findings) -> None:
    ipr = procurement.ipr
    if ipr is None or not ipr.model_fields_set:
        found.error(("ipr",) if ipr is not None else (), "ip_ipr")
