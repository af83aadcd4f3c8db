"""A returned partner report (appendix 7.1 of the LEA deliverable) as data.

A partner fills the participation report at each reporting deadline (M15, M20 …):
for every member state it is responsible for, the member it identified and got
committed, then the additional members, a description of the work and the
challenges. ``leadocs collect`` writes one such record per returned report and
the coordinator's consolidated report reads them all.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from leadocs.formats.model.common import CountryCode, Name, StrictModel, Text

__all__ = [
    "AdditionalMember",
    "MemberStateRow",
    "MemberStatus",
    "PartnerReport",
    "PartnerReportFile",
]


class MemberStatus(StrEnum):
    """How far an additional member has come."""

    CONTACTED = "contacted"
    LOI_SIGNED = "loi-signed"


class MemberStateRow(StrictModel):
    """One member state the partner is responsible for, and who it brought in there."""

    code: CountryCode
    member: Text | None = None
    """The member identified and committed in that member state; None when nobody yet."""


class AdditionalMember(StrictModel):
    """A member found outside the partner's own member states, or a second one in them."""

    organisation: Name
    country: CountryCode
    status: MemberStatus = MemberStatus.CONTACTED


class PartnerReport(StrictModel):
    """What one partner reported at one deadline."""

    partner: Name
    """The partner's name as the network file spells it."""
    period: Name
    """The reporting deadline's label in the network file, e.g. ``M15``."""
    returned: dt.date | None = None
    """When the report came back (the file's date when collected)."""
    member_states: list[MemberStateRow] = Field(default_factory=list)
    additional_members: list[AdditionalMember] = Field(default_factory=list)
    description: Text | None = None
    challenges: Text | None = None


class PartnerReportFile(StrictModel):
    """The top level of a partner report record file (``report:``)."""

    report: PartnerReport
