"""Budget and phase rules: phase budgets within the total, the PCP funnel, the supplies cap.

Bases: the PCP budget split and supplier counts (procurement-domain §1.4: IMAILE
8 → 4 → 2 suppliers with rising budgets per supplier; the EC's "competition
must be kept"), the supplies cap of a PCP (§1.1: supplies below 50 % of the
total PCP contract value, LOTI S10), the separation of a PCP from commercial
volumes (Horizon Europe definition), and Art. 5 of Directive 2014/24/EU for
the estimated value.
"""

from __future__ import annotations

from decimal import Decimal

from leadocs.tender.model import Phase, Procedure, Procurement
from leadocs.tender.rules._base import Findings, Locator, RuleReport
from leadocs.tender.rules.messages import Amount, Share

__all__ = ["check_budget", "per_contract", "phases_total"]

PCP_FIRST_PHASE_MIN = 3
"""Warn below this many contracts in the first PCP phase (competition from the start)."""
PCP_LAST_PHASE_MIN = 2
"""Warn below this many contracts in the last PCP phase (competition until the end)."""
SUPPLIES_CAP = Decimal("0.5")
"""Supplies must stay below this share of a PCP's contract value."""


def phases_total(procurement: Procurement) -> Decimal:
    """The sum of the phase budgets."""
    return sum((phase.budget for phase in procurement.phases), Decimal(0))


def per_contract(phase: Phase) -> Decimal | None:
    """The budget per contract: the stated maximum, else the budget shared by the contracts."""
    if phase.max_per_contract is not None:
        return phase.max_per_contract
    if phase.contracts:
        return phase.budget / phase.contracts
    return None


def check_budget(procurement: Procurement, at: Locator) -> RuleReport:
    """Check phase budgets against the total and, for a PCP, the funnel and supplies cap."""
    found = Findings(at)
    _total(procurement, found)
    for index, phase in enumerate(procurement.phases):
        _phase_contracts(phase, index, procurement.budget.currency, found)
    _contributions(procurement, found)
    if procurement.procedure is Procedure.PCP:
        _pcp_funnel(procurement, found)
        _pcp_supplies(procurement, found)
    return found.report


def _total(procurement: Procurement, found: Findings) -> None:
    spent = phases_total(procurement)
    key = "phases_over_total"
    if procurement.procedure is Procedure.INNOVATION_PARTNERSHIP and procurement.purchase:
        spent += procurement.purchase.max_cost or 0
        key = "phases_purchase_over_total"
    total = procurement.budget.total
    currency = procurement.budget.currency
    if spent > total:
        found.error(
            ("budget", "total"), key, spent=Amount(spent, currency), total=Amount(total, currency)
        )
    value = procurement.budget.estimated_value
    if value is not None and value < total:
        found.warning(
            ("budget", "estimated_value"),
            "estimated_below_total",
            value=Amount(value, currency),
            total=Amount(total, currency),
        )


def _phase_contracts(phase: Phase, index: int, currency: str, found: Findings) -> None:
    cap = phase.max_per_contract
    if cap is None:
        return
    budget = Amount(phase.budget, currency)
    if cap > phase.budget:
        found.error(
            ("phases", index, "max_per_contract"),
            "cap_over_phase",
            cap=Amount(cap, currency),
            budget=budget,
        )
    elif phase.contracts and cap * phase.contracts > phase.budget:
        found.warning(
            ("phases", index, "contracts"),
            "contracts_over_phase",
            contracts=phase.contracts,
            cap=Amount(cap, currency),
            needed=Amount(cap * phase.contracts, currency),
            budget=budget,
        )


def _contributions(procurement: Procurement, found: Findings) -> None:
    buyers = [procurement.buyers.lead, *procurement.buyers.members]
    given = sum((buyer.contribution for buyer in buyers), Decimal(0))
    if not given:
        return
    if procurement.funding and procurement.funding.contribution:
        given += procurement.funding.contribution
    total = procurement.budget.total
    currency = procurement.budget.currency
    if given < total:
        found.warning(
            ("buyers",),
            "contributions_grant_short" if procurement.funding else "contributions_short",
            given=Amount(given, currency),
            total=Amount(total, currency),
        )


def _pcp_funnel(procurement: Procurement, found: Findings) -> None:
    phases = procurement.phases
    if len(phases) < 2:
        found.warning(("phases",), "pcp_few_phases")
    for index in range(1, len(phases)):
        before, now = phases[index - 1], phases[index]
        if before.contracts and now.contracts and now.contracts > before.contracts:
            found.error(
                ("phases", index, "contracts"),
                "pcp_more_contracts",
                now=now.contracts,
                phase=index + 1,
                before=before.contracts,
                previous=index,
            )
        low, high = per_contract(before), per_contract(now)
        if low is not None and high is not None and high < low:
            key = "max_per_contract" if now.max_per_contract is not None else "budget"
            currency = procurement.budget.currency
            found.error(
                ("phases", index, key),
                "pcp_per_contract_falls",
                low=Amount(low, currency),
                previous=index,
                high=Amount(high, currency),
                phase=index + 1,
            )
    _funnel_ends(procurement, found)


def _funnel_ends(procurement: Procurement, found: Findings) -> None:
    phases = procurement.phases
    if not phases:
        return
    first, last = phases[0], phases[-1]
    if first.contracts is not None and first.contracts < PCP_FIRST_PHASE_MIN:
        found.warning(
            ("phases", 0, "contracts"),
            "pcp_first_phase_few",
            contracts=first.contracts,
            minimum=PCP_FIRST_PHASE_MIN,
        )
    if len(phases) > 1 and last.contracts is not None and last.contracts < PCP_LAST_PHASE_MIN:
        found.warning(
            ("phases", len(phases) - 1, "contracts"),
            "pcp_last_phase_few",
            contracts=last.contracts,
            minimum=PCP_LAST_PHASE_MIN,
        )
    for index, phase in enumerate(phases):
        if phase.contracts is None:
            found.warning(("phases", index), "contracts_missing")


def _pcp_supplies(procurement: Procurement, found: Findings) -> None:
    supplies = procurement.budget.supplies_value
    value = phases_total(procurement) or procurement.budget.total
    if supplies and value and supplies >= value * SUPPLIES_CAP:
        currency = procurement.budget.currency
        found.error(
            ("budget", "supplies_value"),
            "pcp_supplies",
            share=Share(supplies / value),
            supplies=Amount(supplies, currency),
            value=Amount(value, currency),
        )
    if procurement.purchase is not None:
        found.error(("purchase",), "pcp_purchase")
