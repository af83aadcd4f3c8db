"""The member states of appendix 7.1 and the one numbering the partner reports use.

The source (D2.3, appendix 7.1) numbers the 27 EU member states by their
English names, Austria 1 to Sweden 27, and adds Norway as number 28, an EEA
country. The numbering itself is the network file's (``member_states``, read by
:func:`leadocs.documents.member_states.numbered_member_states`); this module
keeps what the KPI need: which countries count towards the critical mass.
"""

from __future__ import annotations

__all__ = [
    "CRITICAL_MASS",
    "EEA_COUNTRIES",
    "EU_MEMBER_STATES",
    "SOURCE_ORDER",
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
