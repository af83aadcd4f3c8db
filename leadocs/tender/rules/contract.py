"""Rules on the contract terms the contracts of the tender pack print.

Bases: a public authority pays within 30 days, at most 60 when this is expressly
agreed and objectively justified, and accepts or verifies goods and services
within 30 days unless expressly agreed otherwise (Directive 2011/7/EU, Art. 4(3),
(5) and (6)). The instalments of a phase are shares of its price and add up to
100 % (the innovation partnership's own instalment rules are in
:mod:`leadocs.tender.rules.partnership`). Messages are keys of the ``rules``
section of the tender catalogues.
"""

from __future__ import annotations

from decimal import Decimal

from leadocs.tender.model import Phase, Procedure, Procurement
from leadocs.tender.rules._base import Findings, Locator, RuleReport
from leadocs.tender.rules.tables import LatePayment

__all__ = ["check_contract", "check_instalment_shares"]


def check_contract(procurement: Procurement, at: Locator) -> RuleReport:
    """Check the payment and acceptance periods and the instalments of PCP and PPI phases."""
    found = Findings(at)
    _payment(procurement, found)
    if procurement.procedure is not Procedure.INNOVATION_PARTNERSHIP:
        _instalments(procurement, found)
    return found.report


def _payment(procurement: Procurement, found: Findings) -> None:
    terms = procurement.contract
    days, where = terms.payment_days, ("contract", "payment_days")
    if days is not None and days > LatePayment.MAX_DAYS:
        found.error(
            where, "contract_payment_max", days=days, normal=LatePayment.DAYS,
            max=LatePayment.MAX_DAYS,
        )  # fmt: skip
    elif days is not None and days > LatePayment.DAYS:
        found.warning(where, "contract_payment_days", days=days, normal=LatePayment.DAYS)
    acceptance = terms.acceptance_days
    if acceptance is not None and acceptance > LatePayment.ACCEPTANCE_DAYS:
        found.warning(
            ("contract", "acceptance_days"), "contract_acceptance_days", days=acceptance,
            normal=LatePayment.ACCEPTANCE_DAYS,
        )  # fmt: skip


def _instalments(procurement: Procurement, found: Findings) -> None:
    for index, phase in enumerate(procurement.phases):
        check_instalment_shares(index, phase, found)


def check_instalment_shares(index: int, phase: Phase, found: Findings) -> None:
    """An error when the instalments of ``phase`` (the ``index``-th) do not add up to 100 %."""
    if not phase.instalments:
        return
    shares = sum((item.share for item in phase.instalments), Decimal(0))
    if shares != 100:
        found.error(
            ("phases", index, "instalments"),
            "ip_instalment_shares",
            phase=phase.name,
            total=shares,
        )
