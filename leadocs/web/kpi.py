"""The network's key performance indicators, from its accepted members (D2.3, section 3).

The critical mass of LEA-N is "a minimum of 15 EU member states"; the source
follows procurers (the main target group) against the other followers, and the
recruitment per responsible partner of appendix 7.1. Pure functions: no I/O.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from leadocs.formats.model import Network, Organisation
from leadocs.formats.model.organisation import OrganisationType

__all__ = ["CRITICAL_MASS", "EU_MEMBER_STATES", "CountryRow", "Kpi", "PartnerRow", "network_kpi"]

CRITICAL_MASS = 15
"""Member states the network must cover (D2.3: "critical mass of minimum 15 MS")."""

EU_MEMBER_STATES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)
"""The 27 EU member states (Greece as GR, as the organisation format writes it)."""


@dataclass(frozen=True)
class CountryRow:
    """Members of one country."""

    country: str
    members: int
    procurers: int
    partners: tuple[str, ...]
    """The partners responsible for recruiting in this country."""

    @property
    def others(self) -> int:
        """Members that are not procurers (schools, suppliers, experts)."""
        return self.members - self.procurers


@dataclass(frozen=True)
class PartnerRow:
    """Recruitment by one responsible partner (appendix 7.1)."""

    partner: str
    member_states: tuple[str, ...]
    covered: tuple[str, ...]
    """Its member states that have at least one member."""
    members: int
    procurers: int


@dataclass(frozen=True)
class Kpi:
    """The indicators of the whole network."""

    target: int
    covered: tuple[str, ...]
    """EU member states with at least one member, sorted."""
    members: int
    procurers: int
    countries: tuple[CountryRow, ...]
    partners: tuple[PartnerRow, ...]

    @property
    def others(self) -> int:
        """Members that are not procurers."""
        return self.members - self.procurers

    @property
    def reached(self) -> bool:
        """Whether the critical mass of member states is covered."""
        return len(self.covered) >= self.target

    def members_in(self, country: str) -> int:
        """How many members ``country`` has."""
        return next((row.members for row in self.countries if row.country == country), 0)


def network_kpi(network: Network, members: Sequence[Organisation]) -> Kpi:
    """The indicators of ``network`` given its accepted ``members``."""
    per_country = Counter(member.country for member in members)
    procurers = Counter(
        member.country for member in members if OrganisationType.PROCURER in member.type
    )
    responsible: dict[str, list[str]] = {}
    for partner in network.partners:
        for state in partner.member_states:
            responsible.setdefault(state, []).append(partner.name)
    countries = tuple(
        CountryRow(code, per_country[code], procurers[code], tuple(responsible.get(code, ())))
        for code in sorted(set(per_country) | set(responsible))
    )
    partners = tuple(
        PartnerRow(
            partner.name,
            tuple(partner.member_states),
            tuple(state for state in partner.member_states if per_country[state]),
            sum(per_country[state] for state in partner.member_states),
            sum(procurers[state] for state in partner.member_states),
        )
        for partner in network.partners
    )
    return Kpi(
        target=CRITICAL_MASS,
        covered=tuple(sorted(code for code in per_country if code in EU_MEMBER_STATES)),
        members=len(members),
        procurers=sum(procurers.values()),
        countries=countries,
        partners=partners,
    )
