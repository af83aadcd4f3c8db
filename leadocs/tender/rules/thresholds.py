"""EU thresholds: is EU-wide publication required?

The threshold table is chosen by the date the contract notice is sent
(2024–2025: Delegated Regulation (EU) 2023/2495; 2026–2027: Delegated
Regulation (EU) 2025/2152), and the threshold by contract type and authority:
works, or supplies and services of central (Annex I) or sub-central
authorities. The value compared is the estimated value excluding VAT (Art. 5);
for an innovation partnership, the R&D of all phases plus the final purchase
(Art. 5(6)). A PCP whose main code is an Art. 14 R&D code is
outside the directive, and gets a note saying so instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from leadocs.tender.model import AuthorityType, ContractType, Procedure, Procurement
from leadocs.tender.rules._base import Findings, Locator, RuleReport
from leadocs.tender.rules.budget import phases_total
from leadocs.tender.rules.cpv import exempt_rd_codes
from leadocs.tender.rules.messages import Amount, Message
from leadocs.tender.rules.tables import ThresholdPeriod, threshold_period

__all__ = ["Publication", "art5_value", "check_thresholds", "compared_value", "publication"]


@dataclass(frozen=True)
class Publication:
    """The outcome of the threshold comparison, for the rules and for the document."""

    value: Decimal
    """The value compared, excluding VAT."""
    exempt: bool
    """A PCP of Art. 14 R&D services: outside the directive."""
    period: ThresholdPeriod | None
    """The threshold table of the notice date, if known."""
    threshold: Decimal | None
    """The threshold that applies, if known."""
    required: bool | None
    """Whether EU-wide publication is required; None when it cannot be told."""
    text: Message
    """The whole note for the officer (``publication.*`` of the tender catalogue)."""


def art5_value(procurement: Procurement) -> Decimal:
    """The innovation-partnership value of Art. 5(6): R&D of all phases plus the final purchase."""
    purchase = procurement.purchase.max_cost if procurement.purchase else None
    return phases_total(procurement) + (purchase or Decimal(0))


def compared_value(procurement: Procurement) -> Decimal:
    """The value compared with the threshold."""
    stated = procurement.budget.estimated_value
    if procurement.procedure is Procedure.INNOVATION_PARTNERSHIP:
        return max(art5_value(procurement), stated or Decimal(0))
    return stated if stated is not None else procurement.budget.total


def _category(procurement: Procurement, period: ThresholdPeriod) -> tuple[Decimal, str]:
    if procurement.effective_contract_type is ContractType.WORKS:
        return period.works, "works"
    if procurement.authority_type is AuthorityType.CENTRAL:
        return period.central, "central"
    return period.sub_central, "sub_central"


def publication(procurement: Procurement) -> Publication:
    """Compare the procurement's value with the EU threshold of its notice date."""
    value = compared_value(procurement)
    shown = Amount(value, procurement.budget.currency)
    if procurement.procedure is Procedure.PCP and exempt_rd_codes(procurement):
        return Publication(value, True, None, None, None, Message("publication.exempt"))
    notice = procurement.timeline.notice_dispatch
    period = threshold_period(notice) if notice else None
    if period is None:
        return Publication(
            value, False, None, None, None, Message("publication.no_table", {"value": shown})
        )
    threshold, category = _category(procurement, period)
    ip = procurement.procedure is Procedure.INNOVATION_PARTNERSHIP
    values = {
        "value": shown,
        "category": Message(f"publication.{category}"),
        "period": period.label,
        "threshold": Amount(threshold, "EUR"),
        "act": period.act.split()[-1],
        "what": Message(f"publication.what_{'ip' if ip else 'other'}"),
        "relation": Message(f"publication.{_relation(value, threshold)}"),
    }
    if procurement.budget.currency != "EUR":
        text = Message("publication.other_currency", values)
        return Publication(value, False, period, threshold, None, text)
    above = value >= threshold
    verdict = Message(f"publication.{'required' if above else 'not_required'}")
    text = Message(
        "rules.publication",
        {"compared": Message("publication.compared", values), "verdict": verdict},
    )
    return Publication(value, False, period, threshold, above, text)


def _relation(value: Decimal, threshold: Decimal) -> str:
    if value == threshold:
        return "equal"
    return "above" if value > threshold else "below"


def check_thresholds(procurement: Procurement, at: Locator) -> RuleReport:
    """A note saying whether EU-wide publication is required; an error for a too-low value."""
    found = Findings(at)
    if procurement.procedure is Procedure.INNOVATION_PARTNERSHIP:
        stated = procurement.budget.estimated_value
        required = art5_value(procurement)
        if stated is not None and stated < required:
            currency = procurement.budget.currency
            found.error(
                ("budget", "estimated_value"),
                "ip_estimated_value",
                stated=Amount(stated, currency),
                required=Amount(required, currency),
            )
    found.note(("budget",), publication(procurement).text)
    return found.report
