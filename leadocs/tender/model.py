"""The procurement format: one PCP, PPI or innovation partnership described in one file.

Models do no I/O and check only what one value can tell on its own (a CPV
code's form, a NUTS code's form, a buyer that names an organisation file or
gives its own name). The procurement rules that compare values with each other
and with the law (weights, budgets, time limits, thresholds) live in
:mod:`leadocs.tender.rules`, so that they can be reported as errors or warnings.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from pydantic import BeforeValidator, Field

from leadocs.formats.model.common import (
    CountryCode,
    LanguageCode,
    Name,
    Paragraphs,
    StrictModel,
    Text,
)
from leadocs.tender.contracting import (
    Buyer,
    BuyersGroup,
    ContractTerms,
    ProcurementFunding,
)
from leadocs.tender.terms import (
    CPV_PATTERN,
    NUTS_PATTERN,
    AuthorityType,
    AuthorityTypeField,
    Award,
    AwardBasis,
    AwardedContract,
    ContractType,
    CpvCode,
    CriterionKind,
    Ipr,
    IprOwnership,
    MarketConsultation,
    Money,
    NutsCode,
    Percent,
    Procedure,
    ProcedureType,
    Review,
    ReviewBody,
    SelectionKind,
    Supplier,
    Tendering,
    Timeline,
    Weight,
)

__all__ = [
    "AuthorityType",
    "AwardBasis",
    "AwardCriterion",
    "Budget",
    "Buyer",
    "BuyersGroup",
    "Challenge",
    "ContractTerms",
    "ContractType",
    "CriterionKind",
    "Criteria",
    "GateCriterion",
    "Instalment",
    "Ipr",
    "IprOwnership",
    "MarketConsultation",
    "Negotiation",
    "Partnership",
    "Phase",
    "Procedure",
    "ProcedureType",
    "Procurement",
    "ProcurementFile",
    "ProcurementFunding",
    "Purchase",
    "Award",
    "AwardedContract",
    "Review",
    "ReviewBody",
    "Supplier",
    "SelectionCriterion",
    "SelectionKind",
    "Tendering",
    "TestSite",
    "Timeline",
    "CPV_PATTERN",
    "NUTS_PATTERN",
]


class TestSite(StrictModel):
    """A place where solutions are tested (a school, a municipality)."""

    __test__ = False  # not a pytest test class despite the name

    name: Name
    """Name of the test site."""
    country: CountryCode | None = None
    """Country of the test site."""
    description: Text = ""
    """Who tests there and how."""


class Challenge(StrictModel):
    """The need behind the procurement and what a solution must do."""

    need: Name
    """The challenge: the need the buyers want met."""
    current_situation: Paragraphs = ""
    """How the need is met today, and why that is not enough."""
    market_gap: Paragraphs = ""
    """Why the market cannot meet the need with what it offers (innovation partnership)."""
    functional_requirements: list[Name] = Field(default_factory=list)
    """What the solution must do."""
    performance_requirements: list[Name] = Field(default_factory=list)
    """How well it must do it (measurable)."""
    minimum_requirements: list[Name] = Field(default_factory=list)
    """Requirements every tender must meet (pass/fail; not negotiable)."""
    end_users: Paragraphs = ""
    """Who will use the solution (pupils, teachers, parents, administrators)."""
    test_sites: list[TestSite] = Field(default_factory=list)
    """Where solutions are tested."""
    out_of_scope: list[Name] = Field(default_factory=list)
    """What is explicitly not asked for."""


class Budget(StrictModel):
    """Money: the budget and the estimated value that decides EU publication."""

    total: Money
    """The total budget of the procurement, excluding VAT."""
    estimated_value: Money | None = None
    """Estimated value excluding VAT incl. options and renewals (Art. 5); default: the total."""
    supplies_value: Money = Decimal(0)
    """Value of the supplies (prototypes, test products) bought within a PCP."""
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] = "EUR"
    """ISO 4217 currency code, e.g. EUR, SEK."""


class Instalment(StrictModel):
    """An instalment of a phase price (an innovation partnership's remuneration, Art. 31(2))."""

    milestone: Name
    """What must be reached for the instalment to be paid."""
    share: Percent
    """Share of the phase price, in per cent."""


def _named(value: object) -> object:
    return {"name": value} if isinstance(value, str) else value  # a plain text: no weight


class GateCriterion(StrictModel):
    """A criterion of a phase gate, and its weight in the gate's score."""

    name: Name
    """What is evaluated, e.g. Results of the lab demonstration."""
    weight: Weight | None = None
    """Weight in per cent; a gate's weights add up to 100 (none given: they weigh equally)."""


GateCriterionField = Annotated[
    GateCriterion, BeforeValidator(_named, json_schema_input_type=GateCriterion | str)
]
"""A gate criterion: ``{name, weight}``, or only its name (no weight)."""


class Phase(StrictModel):
    """A phase of competitive development (PCP) or of an innovation partnership."""

    name: Name
    """Name, e.g. Solution design."""
    objectives: Paragraphs = ""
    """What the phase must achieve."""
    deliverables: list[Name] = Field(default_factory=list)
    """What each contractor delivers at the end of the phase."""
    duration_months: Annotated[int, Field(gt=0, le=120)] | None = None
    """Duration in months."""
    start: dt.date | None = None
    """Planned start date."""
    end: dt.date | None = None
    """Planned end date."""
    budget: Money
    """Total budget of the phase, excluding VAT."""
    max_per_contract: Money | None = None
    """Maximum budget per contract in this phase."""
    contracts: Annotated[int, Field(gt=0)] | None = None
    """Expected number of contracts (suppliers) in this phase."""
    gate_criteria: list[GateCriterionField] = Field(default_factory=list)
    """How contractors are evaluated to go on to the next phase, with the weight of each."""
    intermediate_targets: list[Name] = Field(default_factory=list)
    """Targets the partners must attain in this phase (innovation partnership)."""
    instalments: list[Instalment] = Field(default_factory=list)
    """Instalments of the phase price (required in an innovation partnership; else optional)."""


class Purchase(StrictModel):
    """The purchase of the resulting solution (the last phase of an innovation partnership)."""

    description: Paragraphs = ""
    """What is bought once development succeeds."""
    quantities: Text = ""
    """Quantities: committed and optional."""
    performance_levels: list[Name] = Field(default_factory=list)
    """Performance levels the solution must reach to be bought."""
    max_cost: Money | None = None
    """Maximum cost of the purchase, excluding VAT."""
    duration_months: Annotated[int, Field(gt=0, le=120)] | None = None
    """Duration of the purchase or deployment, in months."""


class SelectionCriterion(StrictModel):
    """A selection criterion: a minimum capacity a candidate must prove."""

    name: Name
    """Short name, e.g. Turnover."""
    kind: SelectionKind = SelectionKind.TECHNICAL_PROFESSIONAL
    """suitability, economic-financial, technical-professional or rd-innovation-capacity."""
    requirement: Text = ""
    """The minimum level and the evidence asked for."""


class AwardCriterion(StrictModel):
    """An award criterion and its weight."""

    name: Name
    """Short name, e.g. Quality of the R&D approach."""
    weight: Percent
    """Weight in per cent; the weights add up to 100."""
    kind: CriterionKind = CriterionKind.QUALITY
    """quality, price or cost."""
    description: Text = ""
    """What is scored and how."""
    min_score: Percent | None = None
    """Minimum score (per cent of the criterion's points) a tender must reach."""


class Criteria(StrictModel):
    """Exclusion, selection, compliance and award criteria."""

    exclusion: list[Name] = Field(default_factory=list)
    """Exclusion grounds beyond the mandatory ones of Art. 57."""
    selection: list[SelectionCriterion] = Field(default_factory=list)
    """Selection criteria (Art. 58)."""
    max_candidates: Annotated[int, Field(gt=0)] | None = None
    """Most candidates invited to tender, if the number is limited (Art. 65)."""
    compliance: list[Name] = Field(default_factory=list)
    """Compliance checks every tender must pass."""
    award_basis: AwardBasis = AwardBasis.BEST_PRICE_QUALITY_RATIO
    """best-price-quality-ratio, lowest-price, lowest-cost or fixed-price-quality."""
    award: list[AwardCriterion] = Field(min_length=1)
    """Award criteria with weights."""
    scoring: Paragraphs = ""
    """The scoring scale and method."""
    price_formula: Text = ""
    """How price points are computed, e.g. lowest price / tender price × points."""
    evaluators: Annotated[int, Field(gt=0, le=12)] = 3
    """Members of the evaluation committee: one score sheet each."""


class Negotiation(StrictModel):
    """How tenders are negotiated (Art. 29, Art. 31(3)-(5))."""

    rounds: Annotated[int, Field(gt=0)] | None = None
    """Planned rounds of negotiation."""
    successive_stages: bool = False
    """Whether the number of tenders is reduced in successive stages."""
    rules: Paragraphs = ""
    """Further rules of the negotiation."""


class Partnership(StrictModel):
    """Innovation partnership set-up (Art. 31)."""

    partners: Annotated[int, Field(gt=0)] = 1
    """Number of partners (1 = one partner; more = separate R&D by several partners)."""
    terminate_after_phase: bool = True
    """Whether the partnership may be ended, or partners reduced, after each phase."""
    termination_conditions: Paragraphs = ""
    """The conditions under which that option is used."""
    negotiation: Negotiation = Field(default_factory=Negotiation)
    """How tenders are negotiated."""


class Procurement(StrictModel):
    """One innovation procurement: what the tender skeleton is made from."""

    procedure: Procedure
    """pcp, ppi or innovation-partnership."""
    title: Name
    """Title of the procurement."""
    reference: Name
    """The buyer's reference number."""
    language: LanguageCode = "en"
    """Language of the procedure."""
    procedure_type: ProcedureType | None = None
    """For a PPI: open, restricted, competitive-negotiation or competitive-dialogue."""
    authority_type: AuthorityTypeField
    """central (Annex I authorities) or sub-central; decides the EU threshold."""
    contract_type: ContractType | None = None
    """services, supplies or works (default services); works have their own EU threshold."""
    buyers: BuyersGroup
    """The buyers' group."""
    funding: ProcurementFunding | None = None
    """Funding programme and grant, if any."""
    cpv_main: CpvCode
    """Main CPV code."""
    cpv_additional: list[CpvCode] = Field(default_factory=list)
    """Additional CPV codes."""
    place_of_performance: list[NutsCode] = Field(default_factory=list)
    """NUTS codes of the places of performance."""
    challenge: Challenge
    """The need and the requirements."""
    budget: Budget
    """Budget and estimated value."""
    phases: list[Phase] = Field(default_factory=list)
    """Phases, in order."""
    purchase: Purchase | None = None
    """The final purchase (innovation partnership; volumes of a PPI)."""
    partnership: Partnership | None = None
    """Innovation-partnership set-up."""
    market_consultation: MarketConsultation | None = None
    """The preliminary market consultation."""
    conformance_testing: Paragraphs = ""
    """Tests, demonstrations or pilots before award (PPI)."""
    criteria: Criteria
    """Exclusion, selection, compliance and award criteria."""
    ipr: Ipr | None = None
    """Intellectual property rights arrangements."""
    timeline: Timeline = Field(default_factory=Timeline)
    """Dates of the procedure."""
    tendering: Tendering = Field(default_factory=Tendering)
    """Practical tendering rules."""
    review: Review | None = None
    """Review procedures (the review body; required for a contract notice)."""
    award: Award | None = None
    """The outcome: tenders received and contracts concluded (contract award notice)."""
    contract: ContractTerms = Field(default_factory=ContractTerms)
    """Contractual conditions."""
    annexes: list[Name] = Field(default_factory=list)
    """Annexes of the tender documents (default: the usual set for the procedure)."""

    @property
    def effective_contract_type(self) -> ContractType:
        """The contract type, defaulting to services."""
        return self.contract_type or ContractType.SERVICES


class ProcurementFile(StrictModel):
    """A procurement file: one top-level ``procurement:`` mapping."""

    procurement: Procurement
    """The procurement."""
