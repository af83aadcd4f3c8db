"""Parts of the procurement format: enumerations, checked scalars, and the procedural blocks.

The procedural blocks (timeline, tendering rules, contract terms, IPR, market
consultation, and the review and award blocks notices need) are split from
:mod:`leadocs.tender.model` to keep modules small; import everything from there.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field

from leadocs.formats.model.common import (
    CountryCode,
    Email,
    LanguageCode,
    Name,
    Paragraphs,
    StrictModel,
    Text,
    Url,
)

__all__ = [
    "Party",
    "Award",
    "AwardedContract",
    "Review",
    "ReviewBody",
    "Supplier",
    "CPV_PATTERN",
    "NUTS_PATTERN",
    "AuthorityType",
    "AuthorityTypeField",
    "AwardBasis",
    "ContractType",
    "CpvCode",
    "CriterionKind",
    "Ipr",
    "IprOwnership",
    "MarketConsultation",
    "Money",
    "NutsCode",
    "Percent",
    "Weight",
    "Procedure",
    "ProcedureType",
    "SelectionKind",
    "Tendering",
    "Timeline",
]


CPV_PATTERN = re.compile(r"^\d{8}-\d$")
"""A CPV code as printed in notices: eight digits, a hyphen, the check digit."""

NUTS_PATTERN = re.compile(r"^[A-Z]{2}[0-9A-Z]{1,3}$")
"""A NUTS code (country prefix, then up to three characters; EL for Greece)."""


class Procedure(StrEnum):
    """The kind of innovation procurement, which decides the skeleton and the rules."""

    PCP = "pcp"
    PPI = "ppi"
    INNOVATION_PARTNERSHIP = "innovation-partnership"


class ProcedureType(StrEnum):
    """The procedure of Directive 2014/24/EU a PPI (or the PCP's own call) follows."""

    OPEN = "open"
    RESTRICTED = "restricted"
    COMPETITIVE_NEGOTIATION = "competitive-negotiation"
    COMPETITIVE_DIALOGUE = "competitive-dialogue"


class AuthorityType(StrEnum):
    """Central government authority (Annex I of the directive) or sub-central authority."""

    CENTRAL = "central"
    SUB_CENTRAL = "sub-central"


# Words people write for a local or regional buyer; the directive calls them all sub-central.
_SUB_CENTRAL_WORDS = frozenset(
    {"municipality", "municipal", "city", "town", "region", "regional", "county"}
    | {"province", "provincial", "school", "sub_central", "subcentral", "sub central"}
)


def _authority_type(value: object) -> object:
    if isinstance(value, str) and value.strip().lower() in _SUB_CENTRAL_WORDS:
        raise ValueError(
            f"'{value}': municipalities, regions and other local or regional buyers are "
            "sub-central authorities (central means the government bodies of Annex I of the "
            "directive: a municipality or region is never central); write authority_type: "
            "sub-central"
        )
    if isinstance(value, str) and value not in {t.value for t in AuthorityType}:
        raise ValueError(
            f"'{value}' is not an authority type; write 'central' for a central government "
            "authority (Annex I of Directive 2014/24/EU: ministries and national agencies) or "
            "'sub-central' for every other contracting authority (a municipality or region, a "
            "school board, a body governed by public law); the EU threshold depends on it"
        )
    return value


AuthorityTypeField = Annotated[AuthorityType, BeforeValidator(_authority_type)]
"""``central`` or ``sub-central``, with an error that explains the choice (and where a
municipality or region belongs)."""


class ContractType(StrEnum):
    """What is bought; works contracts have their own EU threshold."""

    SERVICES = "services"
    SUPPLIES = "supplies"
    WORKS = "works"


class AwardBasis(StrEnum):
    """How the most economically advantageous tender is identified (Art. 67)."""

    BEST_PRICE_QUALITY_RATIO = "best-price-quality-ratio"
    LOWEST_PRICE = "lowest-price"
    LOWEST_COST = "lowest-cost"
    FIXED_PRICE_QUALITY = "fixed-price-quality"


class CriterionKind(StrEnum):
    """Whether an award criterion scores quality, price or cost (life-cycle costing)."""

    QUALITY = "quality"
    PRICE = "price"
    COST = "cost"


class SelectionKind(StrEnum):
    """The family of a selection criterion (Art. 58; Art. 31(6) for R&D capacity)."""

    SUITABILITY = "suitability"
    ECONOMIC_FINANCIAL = "economic-financial"
    TECHNICAL_PROFESSIONAL = "technical-professional"
    RD_INNOVATION_CAPACITY = "rd-innovation-capacity"


class IprOwnership(StrEnum):
    """Who owns the intellectual property rights in the results."""

    CONTRACTOR = "contractor"
    PROCURER = "procurer"
    SHARED = "shared"


def _no_bool(value: object) -> object:
    # YAML reads yes/no as booleans; an amount of "true" is never meant.
    if isinstance(value, bool):
        raise ValueError("must be a number, not true/false")
    return value


def _cpv(value: str) -> str:
    if not CPV_PATTERN.match(value):
        raise ValueError(
            f"'{value}' is not a CPV code; write eight digits, a hyphen and the check digit, "
            "e.g. 73000000-2"
        )
    return value


def _nuts(value: str) -> str:
    code = value.strip().upper()
    if not NUTS_PATTERN.match(code):
        raise ValueError(
            f"'{value}' is not a NUTS code; write the country prefix and up to three "
            "characters, e.g. FI193 (EL for Greece)"
        )
    return code


def _time_zone(value: str) -> str:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"'{value}' is not a time zone; write an IANA name such as Europe/Helsinki"
        ) from None
    return value


Money = Annotated[Decimal, BeforeValidator(_no_bool), Field(ge=0, allow_inf_nan=False)]
"""An amount in the procurement's currency, excluding VAT; never negative."""


def _digits_as_text(value: object) -> object:
    # YAML reads a code without its check digit (73000000) as a number.
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


CpvCode = Annotated[str, BeforeValidator(_digits_as_text), AfterValidator(_cpv)]
"""A CPV 2008 code, e.g. 73000000-2."""

NutsCode = Annotated[str, AfterValidator(_nuts)]
"""A NUTS code, e.g. FI193 (Keski-Suomi)."""

Percent = Annotated[Decimal, BeforeValidator(_no_bool), Field(ge=0, le=100, allow_inf_nan=False)]
"""A percentage between 0 and 100."""

Weight = Annotated[Decimal, BeforeValidator(_no_bool), Field(gt=0, le=100, allow_inf_nan=False)]
"""The weight of a criterion, in per cent: more than 0, at most 100."""


class Ipr(StrictModel):
    """Intellectual property rights arrangements."""

    ownership: IprOwnership = IprOwnership.CONTRACTOR
    """Who owns the results: contractor, procurer or shared."""
    procurer_rights: Paragraphs = ""
    """Rights of the procurers to use the results."""
    licensing: Paragraphs = ""
    """Rights to require licences to third parties."""
    call_back: Paragraphs = ""
    """When ownership is transferred back to the procurers."""
    confidentiality: Paragraphs = ""
    """Confidentiality of solutions and information."""
    publication: Paragraphs = ""
    """What the procurers may publish."""


class MarketConsultation(StrictModel):
    """The preliminary market consultation that prepared the procurement (Art. 40)."""

    summary: Paragraphs = ""
    """What was done and learnt."""
    start: dt.date | None = None
    """First day of the consultation."""
    end: dt.date | None = None
    """Last day of the consultation."""
    pin_reference: Text = ""
    """Reference of a prior information notice, if one was published."""
    report: Url | None = None
    """Where the consultation report is published."""
    answers_url: Url | None = None
    """Where suppliers send their answers (BT-18 of a pre-market consultation notice)."""


class Timeline(StrictModel):
    """Dates of the procedure and the reductions of time limits it claims."""

    notice_dispatch: dt.date | None = None
    """Date the contract notice is sent for publication."""
    information_day: dt.date | None = None
    """Information day for potential tenderers."""
    clarification_deadline: dt.date | None = None
    """Last day for questions."""
    request_deadline: dt.date | None = None
    """Deadline for requests to participate (two-stage procedures)."""
    invitation_dispatch: dt.date | None = None
    """Date the invitation to tender is sent to the selected candidates."""
    tender_deadline: dt.date | None = None
    """Deadline for tenders (initial tenders when negotiated)."""
    award_date: dt.date | None = None
    """Planned award decision (the day it is sent to the tenderers)."""
    award_sent_electronically: bool = True
    """The award decision is sent electronically (standstill 10 days, else 15)."""
    contract_start: dt.date | None = None
    """Planned signature or start of the contract(s)."""
    e_submission: bool = True
    """Tenders are submitted electronically (5 days shorter minimum, Art. 27(4), 28(5))."""
    pin_dispatch: dt.date | None = None
    """Date a prior information notice was sent, if one is claimed to shorten time limits."""
    urgency: Text = ""
    """The justification of a state of urgency, if one is claimed to shorten time limits."""
    agreed_tender_deadline: bool = False
    """Sub-central authority: tender deadline agreed with the candidates (Art. 28(4))."""
    deadline_time: dt.time | None = None
    """Hour on the deadline days by which requests, questions and tenders must arrive (12:00)."""
    time_zone: Annotated[str, AfterValidator(_time_zone)] | None = None
    """Time zone of the dates and hours, e.g. Europe/Helsinki (IANA name)."""


class Tendering(StrictModel):
    """Practical rules for tendering."""

    languages: list[LanguageCode] = Field(default_factory=list)
    """Languages in which tenders may be written."""
    submission: Text = ""
    """Where and how tenders are submitted (e-procurement platform address)."""
    submission_url: Url | None = None
    """Web address where tenders are submitted (BT-18)."""
    documents_url: Url | None = None
    """Web address of the procurement documents (BT-15)."""
    questions_to: Email | None = None
    """Address for questions during the clarification period."""
    validity_days: Annotated[int, Field(gt=0)] | None = None
    """How long tenders stay valid, in days."""
    variants: bool = False
    """Whether variants are allowed (Art. 45)."""
    consortia: Paragraphs = ""
    """Rules for groups of operators and subcontracting."""
    page_limit: Annotated[int, Field(gt=0)] | None = None
    """Most A4 pages of the technical offer, annexes excluded."""
    no_lots_reason: Paragraphs = ""
    """Why the contract is not divided into lots (Art. 46(1)); PPI and innovation partnership."""


class Party(StrictModel):
    """An organisation a notice names besides the buyers: its name, seat and identifiers."""

    name: Name
    """Official name."""
    country: CountryCode
    """ISO 3166-1 alpha-2 country code."""
    city: Name
    """City of the seat."""
    postcode: Text = ""
    """Postal code."""
    nuts: NutsCode | None = None
    """NUTS code of the seat (notices need it in NUTS countries)."""
    email: Email | None = None
    """E-mail address."""
    registration: Text | None = None
    """Organisation identifier (BT-501), e.g. the national business ID."""


class ReviewBody(Party):
    """The body that hears appeals against the procurement (BT-500 of the review organisation)."""

    website: Url | None = None
    """Website of the review body."""


class Supplier(Party):
    """A contractor the procurement was awarded to."""

    sme: bool | None = None
    """Whether the supplier is a small or medium-sized enterprise (BT-165)."""


class AwardedContract(StrictModel):
    """A contract concluded with one supplier."""

    supplier: Supplier
    """Who the contract is with."""
    value: Money
    """Value of the contract (the supplier's tender), excluding VAT."""
    signed: dt.date
    """Date the contract was concluded."""
    reference: Name
    """The buyer's reference of the contract."""
    subcontracting: bool | None = None
    """Whether the supplier subcontracts part of the contract (BT-773); unknown if absent."""


class Award(StrictModel):
    """The outcome of the procedure, for the contract award notice."""

    tenders_received: Annotated[int, Field(ge=0)]
    """Number of tenders received."""
    tenders_from_smes: Annotated[int, Field(ge=0)] | None = None
    """How many of them came from small and medium-sized enterprises."""
    tenders_from_other_eea: Annotated[int, Field(ge=0)] | None = None
    """How many came from other EEA countries than the lead buyer's."""
    tenders_from_outside_eea: Annotated[int, Field(ge=0)] | None = None
    """How many came from outside the EEA."""
    contracts: list[AwardedContract] = Field(min_length=1)
    """The contracts concluded."""


class Review(StrictModel):
    """Review procedures: who hears appeals and by when they must be lodged."""

    body: ReviewBody
    """The review body."""
    deadlines: Paragraphs = ""
    """Deadlines for review procedures (BT-99)."""
