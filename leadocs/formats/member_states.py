"""The member states of appendix 7.1 and the one numbering the partner reports use.

The source (D2.3, appendix 7.1) numbers the 27 EU member states by their
English names, Austria 1 to Sweden 27, and adds Norway as number 28, an EEA
country. Every partner report and the consolidated report number them so, in
every language, so that "member state 24" means Slovakia to every partner.
A member state outside that list (a network of one's own) follows, by code.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "CRITICAL_MASS",
    "EEA_COUNTRIES",
    "EU_MEMBER_STATES",
    "SOURCE_ORDER",
    "member_state_numbers",
]

SOURCE_ORDER: tuple[str, ...] = (
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO",
)  # fmt: skip
"""Appendix 7.1's rows, in its order (Greece as GR, as the organisation format writes it)."""

EU_MEMBER_STATES = frozenset(SOURCE_ORDER[:27])
"""The 27 EU member states: what counts towards the critical mass."""

EEA_COUNTRIES = frozenset({"NO", "IS", "LI"})
"""Countries of the European Economic Area outside the EU."""

CRITICAL_MASS = 15
"""Member states the network must cover (D2.3: "critical mass of minimum 15 MS")."""


def member_state_numbers(codes: Iterable[str]) -> dict[str, int]:
    """The number of each of ``codes`` in appendix 7.1, in that order.

    Codes of the source's table keep its number; any other code is numbered
    after them, in code order.
    """
    wanted = set(codes)
    known = [code for code in SOURCE_ORDER if code in wanted]
    extra = sorted(wanted - set(SOURCE_ORDER))
    numbers = {code: SOURCE_ORDER.index(code) + 1 for code in known}
    numbers.update({code: len(SOURCE_ORDER) + n for n, code in enumerate(extra, start=1)})
    return numbers
