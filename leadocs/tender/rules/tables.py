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
    "ART14_RD_CPV",
    "DIRECTIVE",
    "PURCHASE_TO_RD_RATIO",
    "THRESHOLDS",
    "ThresholdPeriod",
    "TimeLimits",
    "threshold_period",
]

DIRECTIVE = "Directive 2014/24/EU"

ART14_RD_CPV: dict[str, str] = {
    "73000000-2": "Research and development services and related consultancy services",
    "73100000-3": "Research and experimental development services",
    "73110000-6": "Research services",
    "73120000-9": "Experimental development services",
    "73300000-5": "Design and execution of research and development",
    "73420000-2": "Pre-feasibility study and technological demonstration",
    "73430000-5": "Test and evaluation",
}
"""R&D service codes to which the directive applies only under the conditions of Art. 14.

"73000000-2 to 73120000-9" in Art. 14 means the four codes of that range.
"""


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
