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
    category: str
    """Which threshold: works, or supplies and services of a (sub-)central authority."""
    required: bool | None
    """Whether EU-wide publication is required; None when it cannot be told."""
    text: str
    """The whole note for the officer, amounts written out."""
    what: str = ""
    """What the compared value covers."""
    verdict: str = ""
    """What the comparison means for publication."""
    relation: str = ""
    """"above", "equal to" or "below" the threshold."""


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
        return period.works, "works contracts"
    if procurement.authority_type is AuthorityType.CENTRAL:
        return period.central, "supplies and services of central government authorities"
    return period.sub_central, "supplies and services of sub-central contracting authorities"


def publication(procurement: Procurement) -> Publication:
    """Compare the procurement's value with the EU threshold of its notice date."""
    value = compared_value(procurement)
    currency = procurement.budget.currency
    shown = f"{currency} {value:,.0f}".replace(",", "\u202f")
    if procurement.procedure is Procedure.PCP and exempt_rd_codes(procurement):
        return Publication(
            value,
            True,
            None,
            None,
            "",
            None,
            (
                "Pre-commercial procurement of R&D services: outside Directive 2014/24/EU under "
                "Art. 14, so its publication thresholds do not apply. The Treaty principles "
                "still require adequate publicity; EU-funded PCPs publish the call for tenders "
                "in the Official Journal (TED)."
            ),
        )
    notice = procurement.timeline.notice_dispatch
    period = threshold_period(notice) if notice else None
    if period is None:
        when = f"the notice date {notice.isoformat()}" if notice else "an unknown notice date"
        return Publication(
            value,
            False,
            None,
            None,
            "",
            None,
            (
                f"leadocs has no EU threshold table for {when}; compare the estimated value "
                f"({shown}) with the thresholds in force (Directive 2014/24/EU, Art. 4 and 6)."
            ),
        )
    threshold, category = _category(procurement, period)
    if currency != "EUR":
        return Publication(
            value,
            False,
            period,
            threshold,
            category,
            None,
            (
                f"The EU threshold for {category} in {period.label} is EUR "
                f"{threshold:,.0f} ({period.act}); compare the estimated value ({shown}) with "
                "its national-currency equivalent published in the Official Journal C."
            ).replace(",", "\u202f"),
        )
    above = value >= threshold
    limit = f"EUR {threshold:,.0f}".replace(",", "\u202f")
    verdict = (
        "EU-wide publication is required: send the contract notice to the Official Journal "
        "(TED, eForms)."
        if above
        else "EU-wide publication is not required by the directive; national rules for contracts "
        "below the EU thresholds apply [check national law]."
    )
    what = (
        "R&D of all phases plus the final purchase, Art. 5(6)"
        if (procurement.procedure is Procedure.INNOVATION_PARTNERSHIP)
        else "excluding VAT"
    )
    return Publication(
        value,
        False,
        period,
        threshold,
        category,
        above,
        (
            f"The estimated value of {shown} ({what}) is {_relation(value, threshold)} "
            f"the EU threshold of {limit} for {category} in {period.label} ({period.act}). "
            f"{verdict}"
        ),
        what,
        verdict,
        _relation(value, threshold),
    )


def _relation(value: Decimal, threshold: Decimal) -> str:
    if value == threshold:
        return "equal to"
    return "above" if value > threshold else "below"


def check_thresholds(procurement: Procurement, at: Locator) -> RuleReport:
    """A note saying whether EU-wide publication is required; an error for a too-low value."""
    found = Findings(at)
    if procurement.procedure is Procedure.INNOVATION_PARTNERSHIP:
        stated = procurement.budget.estimated_value
        required = art5_value(procurement)
        if stated is not None and stated < required:
            found.error(
                ("budget", "estimated_value"),
                f"{stated:,.0f} is less than the R&D of all phases plus the final purchase "
                f"({required:,.0f}); for an innovation partnership the estimated value is that "
                "sum (Directive 2014/24/EU, Art. 5(6)); raise it or leave it out",
            )
    found.note(("budget",), publication(procurement).text)
    return found.report
