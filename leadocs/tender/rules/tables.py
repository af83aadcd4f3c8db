"""The numbers of the law in one place: the Art. 14 R&D list, EU thresholds, time limits.

Sources are those of ``reference/procurement-domain.md`` (sections 1.1, 4.1,
4.2 and 8). When the thresholds are revised (every two years, from 1 January),
add a :class:`ThresholdPeriod` here and nothing else changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

__all__ = [
    "ART14_EXTRA",
    "ART14_RANGE",
    "ART14_RD_CPV",
    "DIRECTIVE",
    "LatePayment",
    "PURCHASE_TO_RD_RATIO",
    "THRESHOLDS",
    "Standstill",
    "ThresholdPeriod",
    "TimeLimits",
    "art14_rd_code",
    "threshold_period",
]

DIRECTIVE = "Directive 2014/24/EU"

ART14_RD_CPV: tuple[str, ...] = (
    "73000000-2",
    "73100000-3",
    "73110000-6",
    "73111000-3",
    "73112000-0",
    "73120000-9",
    "73300000-5",
    "73420000-2",
    "73430000-5",
)
"""Every R&D service code to which the directive applies only under the conditions of Art. 14.

Art. 14 names the range 73000000-2 to 73120000-9 (every code in it, including those
under 731…) and three more codes; :func:`art14_rd_code` decides by the range, this
tuple lists the codes the range holds in CPV 2008, for messages and texts.
"""

ART14_RANGE = ("73000000", "73120000")
"""The first and last code of the Art. 14 range, without check digits."""
ART14_EXTRA = ("73300000", "73420000", "73430000")
"""The codes Art. 14 names besides the range, without check digits."""


def art14_rd_code(code: str) -> bool:
    """Whether ``code`` (``73111000-3``) is an R&D service code of Art. 14 of the directive."""
    digits = code.split("-")[0]
    low, high = ART14_RANGE
    return low <= digits <= high or digits.startswith("731") or digits in ART14_EXTRA


class Standstill:
    """The standstill period before a contract may be signed, in calendar days.

    Counted from the day after the award decision is sent (Directive 89/665/EEC,
    Art. 2a(2), as amended by Directive 2007/66/EC).
    """

    ELECTRONIC = 10
    """The award decision is sent by fax or electronic means."""
    OTHER = 15
    """The award decision is sent by other means."""
    BASIS = "Directive 89/665/EEC, Art. 2a(2), as amended by Directive 2007/66/EC"


@dataclass(frozen=True)
class ThresholdPeriod:
    """The EU thresholds of Directive 2014/24/EU in force for two calendar years (EUR)."""

    start: dt.date
    end: dt.date
    act: str
    central: Decimal
    """Supplies, services and design contests of central government authorities (Annex I)."""
    sub_central: Decimal
    """Supplies, services and design contests of sub-central contracting authorities."""
    works: Decimal
    """Works contracts, all contracting authorities."""

    @property
    def label(self) -> str:
        """The years of the period, e.g. 2026–2027."""
        return f"{self.start.year}–{self.end.year}"


THRESHOLDS: tuple[ThresholdPeriod, ...] = (
    ThresholdPeriod(
        dt.date(2024, 1, 1),
        dt.date(2025, 12, 31),
        "Commission Delegated Regulation (EU) 2023/2495",
        central=Decimal(143_000),
        sub_central=Decimal(221_000),
        works=Decimal(5_538_000),
    ),
    ThresholdPeriod(
        dt.date(2026, 1, 1),
        dt.date(2027, 12, 31),
        "Commission Delegated Regulation (EU) 2025/2152",
        central=Decimal(140_000),
        sub_central=Decimal(216_000),
        works=Decimal(5_404_000),
    ),
)


def threshold_period(day: dt.date) -> ThresholdPeriod | None:
    """The threshold period that contains ``day``, if leadocs knows it."""
    return next((p for p in THRESHOLDS if p.start <= day <= p.end), None)


class TimeLimits:
    """Minimum time limits in calendar days (Art. 27-31 of Directive 2014/24/EU)."""

    OPEN_TENDERS = 35
    """Open procedure: tenders, from the dispatch of the contract notice (Art. 27(1))."""
    OPEN_PIN = 15
    """Open procedure with a prior information notice (Art. 27(2))."""
    OPEN_URGENCY = 15
    """Open procedure, duly substantiated urgency (Art. 27(3))."""
    REQUESTS = 30
    """Requests to participate, from the dispatch of the contract notice (Art. 28(1), 29(1),
    30(1), 31(1))."""
    REQUESTS_URGENCY = 15
    """Requests to participate, urgency (Art. 28(6)(a); also for Art. 29)."""
    TWO_STAGE_TENDERS = 30
    """Restricted procedure / competitive procedure with negotiation: tenders, from the
    dispatch of the invitation to tender (Art. 28(2), 29(1))."""
    TWO_STAGE_PIN = 10
    """The same with a prior information notice (Art. 28(3))."""
    TWO_STAGE_URGENCY = 10
    """The same, urgency (Art. 28(6)(b))."""
    E_SUBMISSION_REDUCTION = 5
    """Days less when tenders are submitted electronically (Art. 27(4), 28(5))."""
    PIN_MIN_DAYS_BEFORE = 35
    """A PIN shortens time limits only if sent at least 35 days before the contract notice…"""
    PIN_MAX_DAYS_BEFORE = 365
    """…and no more than 12 months before it (Art. 27(2)(b), 28(3)(b))."""
    MIN_CANDIDATES_RESTRICTED = 5
    """Fewest candidates invited when their number is limited, restricted procedure (Art. 65(2))."""
    MIN_CANDIDATES_OTHER = 3
    """The same for negotiation, competitive dialogue and innovation partnership (Art. 65(2))."""


PURCHASE_TO_RD_RATIO = Decimal(10)
"""Purchase value above this multiple of the R&D value gets an Art. 31(7) warning (a heuristic)."""


class LatePayment:
    """Payment and acceptance periods of a public authority (Directive 2011/7/EU, Art. 4)."""

    DAYS = 30
    """Days to pay an invoice (Art. 4(3))."""
    MAX_DAYS = 60
    """At most, when expressly agreed and objectively justified (Art. 4(6))."""
    ACCEPTANCE_DAYS = 30
    """Days for the acceptance or verification of the goods or services (Art. 4(5))."""
    BASIS = "Directive 2011/7/EU on combating late payment, Art. 4"
