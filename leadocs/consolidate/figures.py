"""The consolidated figures of the network's partner reports (appendix 7.1 for the network).

Pure functions, no I/O. Each partner's latest report counts for the tables;
its report before that gives the progress. A member state is covered when it
has a committed member: the one a partner named for it, or an additional
member whose letter of intent is signed. Only EU member states count towards
the critical mass (Norway, an EEA country, is shown but not counted). The
report records do not say whether a member is a procurer: a member who signed
the letter of intent joined the procurers network (LEA-N), one only contacted
is counted as contacted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from leadocs.documents.member_states import numbered_member_states
from leadocs.formats.member_states import (
    CRITICAL_MASS,
    EEA_COUNTRIES,
    EU_MEMBER_STATES,
)
from leadocs.formats.model import Network
from leadocs.formats.model.partner_report import MemberStatus, PartnerReport

__all__ = [
    "AdditionalRow",
    "Consolidated",
    "PartnerRow",
    "PeriodCoverage",
    "StateRow",
    "consolidate",
]


@dataclass(frozen=True)
class StateRow:
    """One member state of appendix 7.1, with what its partners reported."""

    number: int
    code: str
    partners: tuple[str, ...]
    committed: tuple[str, ...]
    """Committed members there: named for the state, or additional with a signed LOI."""
    contacted: int
    """Additional members there who were contacted but have not signed yet."""

    @property
    def eea(self) -> bool:
        """Whether the state is an EEA country outside the EU (Norway)."""
        return self.code in EEA_COUNTRIES


@dataclass(frozen=True)
class PartnerRow:
    """One partner: its latest report and the one before it."""

    partner: str
    member_states: tuple[str, ...]
    latest: str | None
    """The period of its latest report; None when it has not reported."""
    previous: str | None
    covered: tuple[str, ...]
    """Its member states with a committed member at the latest report."""
    committed: int
    contacted: int
    previous_covered: int | None
    previous_committed: int | None


@dataclass(frozen=True)
class AdditionalRow:
    """An additional member in a partner's latest report."""

    partner: str
    organisation: str
    country: str
    status: MemberStatus


@dataclass(frozen=True)
class PeriodCoverage:
    """EU member states covered by a reporting deadline (each partner's report up to then)."""

    period: str
    covered: int


@dataclass(frozen=True)
class Consolidated:
    """The whole network's figures."""

    target: int
    states: tuple[StateRow, ...]
    partners: tuple[PartnerRow, ...]
    additional: tuple[AdditionalRow, ...]
    coverage: tuple[PeriodCoverage, ...]

    @property
    def covered(self) -> tuple[str, ...]:
        """EU member states with a committed member, in the source's order."""
        return tuple(s.code for s in self.states if s.committed and s.code in EU_MEMBER_STATES)

    @property
    def committed(self) -> int:
        """Committed members in the whole network."""
        return sum(len(state.committed) for state in self.states)

    @property
    def contacted(self) -> int:
        """Contacted members in the whole network."""
        return sum(state.contacted for state in self.states)

    @property
    def reached(self) -> bool:
        """Whether the critical mass of member states is covered."""
        return len(self.covered) >= self.target


def consolidate(network: Network, reports: Sequence[PartnerReport]) -> Consolidated:
    """The consolidated figures of ``network`` from its partners' ``reports``.

    The reports must name partners and periods of ``network`` (see
    :func:`leadocs.consolidate.records.load_records`).
    """
    periods = [deadline.label for deadline in network.reporting_deadlines]
    history = _history(network, reports, periods)
    latest = {name: found[-1] for name, found in history.items() if found}
    states = _states(network, list(latest.values()))
    partners = tuple(
        _partner_row(p.name, p.member_states, history[p.name]) for p in network.partners
    )
    additional = tuple(
        AdditionalRow(report.partner, member.organisation, member.country, member.status)
        for report in latest.values()
        for member in report.additional_members
    )
    return Consolidated(CRITICAL_MASS, states, partners, additional, _coverage(history, periods))


def _history(
    network: Network, reports: Sequence[PartnerReport], periods: list[str]
) -> dict[str, list[PartnerReport]]:
    """Each partner's reports (by its name in the network), oldest period first."""
    history: dict[str, list[PartnerReport]] = {p.name: [] for p in network.partners}
    for report in sorted(reports, key=lambda r: periods.index(r.period)):
        partner = network.find_partner(report.partner)
        if partner is not None:
            history[partner.name].append(report.model_copy(update={"partner": partner.name}))
    return history


def _committed(report: PartnerReport) -> list[tuple[str, str]]:
    """``(country, member)`` of every committed member of one report."""
    named = [(row.code, row.member) for row in report.member_states if row.member]
    signed = [
        (m.country, m.organisation)
        for m in report.additional_members
        if m.status is MemberStatus.LOI_SIGNED
    ]
    return named + signed


def _contacted(report: PartnerReport) -> list[str]:
    """The country of every additional member that was contacted only."""
    return [m.country for m in report.additional_members if m.status is MemberStatus.CONTACTED]


def _states(network: Network, latest: list[PartnerReport]) -> tuple[StateRow, ...]:
    responsible: dict[str, list[str]] = {}
    for partner in network.partners:
        for code in partner.member_states:
            responsible.setdefault(code, []).append(partner.name)
    committed: dict[str, list[str]] = {}
    for report in latest:
        for country, member in _committed(report):
            committed.setdefault(country, []).append(member)
    contacted = Counter(country for report in latest for country in _contacted(report))
    numbers = _numbers(network, set(responsible) | set(committed) | set(contacted))
    return tuple(
        StateRow(
            number,
            code,
            tuple(responsible.get(code, ())),
            tuple(committed.get(code, ())),
            contacted[code],
        )
        for code, number in numbers.items()
    )


def _numbers(network: Network, codes: set[str]) -> dict[str, int]:
    """The network's own numbering of ``codes`` (the partner reports'); others follow by code."""
    numbered = {
        state.code: state.number
        for state in numbered_member_states(network, "en")
        if state.code in codes
    }
    last = max(numbered.values(), default=0)
    extra = sorted(codes - set(numbered))
    numbered.update({code: last + n for n, code in enumerate(extra, start=1)})
    return dict(sorted(numbered.items(), key=lambda item: item[1]))


def _partner_row(
    name: str, member_states: Sequence[str], reports: list[PartnerReport]
) -> PartnerRow:
    if not reports:
        return PartnerRow(name, tuple(member_states), None, None, (), 0, 0, None, None)
    latest = reports[-1]
    before = reports[-2] if len(reports) > 1 else None

    def covered(report: PartnerReport) -> tuple[str, ...]:
        countries = {country for country, _member in _committed(report)}
        return tuple(code for code in member_states if code in countries)

    return PartnerRow(
        partner=name,
        member_states=tuple(member_states),
        latest=latest.period,
        previous=before.period if before else None,
        covered=covered(latest),
        committed=len(_committed(latest)),
        contacted=len(_contacted(latest)),
        previous_covered=len(covered(before)) if before else None,
        previous_committed=len(_committed(before)) if before else None,
    )


def _coverage(
    history: dict[str, list[PartnerReport]], periods: list[str]
) -> tuple[PeriodCoverage, ...]:
    """EU member states covered at each deadline from the first to the last reported."""
    reported = {report.period for reports in history.values() for report in reports}
    if not reported:
        return ()
    indices = [periods.index(period) for period in reported]
    found = []
    for index in range(min(indices), max(indices) + 1):
        countries: set[str] = set()
        for reports in history.values():
            upto = [r for r in reports if periods.index(r.period) <= index]
            if upto:
                countries |= {country for country, _member in _committed(upto[-1])}
        found.append(PeriodCoverage(periods[index], len(countries & EU_MEMBER_STATES)))
    return tuple(found)
