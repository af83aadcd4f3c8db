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
        _phase_contracts(phase, index, found)
    _contributions(procurement, found)
    if procurement.procedure is Procedure.PCP:
        _pcp_funnel(procurement, found)
        _pcp_supplies(procurement, found)
    return found.report


def _total(procurement: Procurement, found: Findings) -> None:
    spent = phases_total(procurement)
    what = "the phase budgets"
    if procurement.procedure is Procedure.INNOVATION_PARTNERSHIP and procurement.purchase:
        spent += procurement.purchase.max_cost or 0
        what = "the phase budgets and the purchase's maximum cost"
    total = procurement.budget.total
    if spent > total:
        found.error(
            ("budget", "total"),
            f"{what} add up to {spent:,.0f}, more than the total budget of {total:,.0f}; "
            "lower the phase budgets or raise the total",
        )
    value = procurement.budget.estimated_value
    if value is not None and value < total:
        found.warning(
            ("budget", "estimated_value"),
            f"the estimated value {value:,.0f} is below the total budget {total:,.0f}; the "
            "estimated value must include every phase, option and renewal "
            "(Directive 2014/24/EU, Art. 5(1))",
        )


def _phase_contracts(phase: Phase, index: int, found: Findings) -> None:
    cap = phase.max_per_contract
    if cap is None:
        return
    if cap > phase.budget:
        found.error(
            ("phases", index, "max_per_contract"),
            f"the maximum per contract ({cap:,.0f}) is more than the phase budget "
            f"({phase.budget:,.0f})",
        )
    elif phase.contracts and cap * phase.contracts > phase.budget:
        found.warning(
            ("phases", index, "contracts"),
            f"{phase.contracts} contracts at the maximum of {cap:,.0f} need "
            f"{cap * phase.contracts:,.0f}, more than the phase budget of {phase.budget:,.0f}; "
            "fewer contracts can be awarded if tenders ask for the maximum",
        )


def _contributions(procurement: Procurement, found: Findings) -> None:
    buyers = [procurement.buyers.lead, *procurement.buyers.members]
    given = sum((buyer.contribution for buyer in buyers), Decimal(0))
    if not given:
        return
    if procurement.funding and procurement.funding.contribution:
        given += procurement.funding.contribution
    total = procurement.budget.total
    if given < total:
        found.warning(
            ("buyers",),
            f"the buyers' contributions{' and the grant' if procurement.funding else ''} add "
            f"up to {given:,.0f}, less than the total budget of {total:,.0f}; "
            "say who pays the rest",
        )


def _pcp_funnel(procurement: Procurement, found: Findings) -> None:
    phases = procurement.phases
    if len(phases) < 2:
        found.warning(
            ("phases",),
            "a PCP develops solutions competitively in phases (typically 3: solution design, "
            "prototype, test series); give at least 2 phases",
        )
    for index in range(1, len(phases)):
        before, now = phases[index - 1], phases[index]
        if before.contracts and now.contracts and now.contracts > before.contracts:
            found.error(
                ("phases", index, "contracts"),
                f"{now.contracts} contracts in phase {index + 1} but {before.contracts} in "
                f"phase {index}: the number of contractors can only stay or shrink from one "
                "PCP phase to the next",
            )
        low, high = per_contract(before), per_contract(now)
        if low is not None and high is not None and high < low:
            key = "max_per_contract" if now.max_per_contract is not None else "budget"
            found.error(
                ("phases", index, key),
                f"the budget per contract falls from {low:,.0f} in phase {index} to "
                f"{high:,.0f} in phase {index + 1}; in a PCP it stays or rises from phase to "
                "phase as the work gets bigger",
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
            f"only {first.contracts} contract(s) in the first phase; plan at least "
            f"{PCP_FIRST_PHASE_MIN} so that competition can narrow down",
        )
    if len(phases) > 1 and last.contracts is not None and last.contracts < PCP_LAST_PHASE_MIN:
        found.warning(
            ("phases", len(phases) - 1, "contracts"),
            f"only {last.contracts} contract in the last phase; keep at least "
            f"{PCP_LAST_PHASE_MIN} so that competition is kept until the end",
        )
    for index, phase in enumerate(phases):
        if phase.contracts is None:
            found.warning(
                ("phases", index), "the expected number of contracts is missing; add 'contracts:'"
            )


def _pcp_supplies(procurement: Procurement, found: Findings) -> None:
    supplies = procurement.budget.supplies_value
    value = phases_total(procurement) or procurement.budget.total
    if supplies and value and supplies >= value * SUPPLIES_CAP:
        share = supplies / value * 100
        found.error(
            ("budget", "supplies_value"),
            f"supplies are {share:.0f} % of the PCP contract value ({supplies:,.0f} of "
            f"{value:,.0f}); they must stay below 50 % or the PCP is no longer an R&D "
            "services contract",
        )
    if procurement.purchase is not None:
        found.error(
            ("purchase",),
            "a PCP buys R&D services only; commercial volumes need a separate procurement "
            "afterwards (e.g. a PPI); remove 'purchase:' or use an innovation partnership",
        )
