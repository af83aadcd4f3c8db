"""Who contracts and on what terms: the buyers, the funding, the contractual conditions.

Split from :mod:`leadocs.tender.model` to keep modules small; import everything
from there. Like every model, these check only what one value can tell on its
own; the rules that compare values (payment and acceptance periods against the
Late Payment Directive) live in :mod:`leadocs.tender.rules.contract`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import Field, model_validator

from leadocs.formats.model.common import (
    CountryCode,
    Name,
    Paragraphs,
    Person,
    Signatory,
    StrictModel,
    Text,
)
from leadocs.formats.model.organisation import Address
from leadocs.tender.terms import Money, NutsCode

__all__ = ["Buyer", "BuyersGroup", "ContractTerms", "ProcurementFunding"]


class Buyer(StrictModel):
    """A public buyer: an organisation file of its own, or name, country and contact here."""

    organisation: Text | None = None
    """Organisation file (path relative to this file) giving name, country and contact."""
    name: Text | None = None
    """Legal name (when no organisation file is given, or to override it)."""
    country: CountryCode | None = None
    """ISO 3166-1 alpha-2 country code."""
    nuts: NutsCode | None = None
    """NUTS code of the buyer's seat."""
    contact: Person | None = None
    """Contact person for this procurement."""
    signatory: Signatory | None = None
    """Who signs the contracts for this buyer (default: the organisation file's signatory)."""
    contribution: Money = Decimal(0)
    """Financial contribution to the procurement budget, excluding VAT."""
    address: Address | None = None
    """Postal address (when no organisation file gives one; notices need the city)."""
    registration: Text | None = None
    """Organisation identifier for notices (BT-501), e.g. the national business ID."""
    legal_type: Annotated[str, Field(pattern=r"^[a-z-]+$")] | None = None
    """eForms buyer legal type (BT-11), e.g. la; default: from the authority type."""
    activity: Annotated[str, Field(pattern=r"^[a-z-]+$")] | None = None
    """eForms main activity (BT-10), e.g. edu; default gen-pub (general public services)."""

    @model_validator(mode="after")
    def _identified(self) -> Buyer:
        if self.organisation:
            return self
        missing = [key for key in ("name", "country", "contact") if not getattr(self, key)]
        if missing:
            raise ValueError(f"give 'organisation: path/to/org.yaml' or else {', '.join(missing)}")
        return self


class BuyersGroup(StrictModel):
    """The lead procurer and the other buyers of a joint procurement."""

    lead: Buyer
    """The lead procurer, who runs the procedure on behalf of the group."""
    members: list[Buyer] = Field(default_factory=list)
    """The other buyers of the group."""
    agreement: Text = ""
    """The joint procurement agreement (title and date), if signed."""


class ProcurementFunding(StrictModel):
    """Funding of the procurement (e.g. a Horizon Europe PCP grant)."""

    programme: Name
    """Funding programme, e.g. Horizon Europe."""
    grant_agreement: Text = ""
    """Grant agreement number."""
    funder: Name = "European Commission"
    """The funding body."""
    contribution: Money | None = None
    """Amount of the grant that co-finances the procurement."""
    eu_programme: Annotated[str, Field(pattern=r"^[A-Z0-9_]+$")] | None = None
    """eForms code of the EU programme (BT-7220), e.g. HORIZONEU."""


class ContractTerms(StrictModel):
    """Contractual conditions."""

    framework_agreement: bool | None = None
    """A framework agreement with call-offs (default: yes for PCP)."""
    duration_months: Annotated[int, Field(gt=0)] | None = None
    """Duration of the contract, in months."""
    options: Paragraphs = ""
    """Options and renewals."""
    payment_terms: Paragraphs = ""
    """When and how contractors are paid."""
    place_of_performance: Paragraphs = ""
    """Where the work must be done (e.g. majority of R&D in the EU/EEA)."""
    data_protection: Paragraphs = ""
    """Personal data (pupils' data: GDPR) and ethics."""
    liability: Paragraphs = ""
    """Liability and insurance."""
    insurance: Money | None = None
    """Minimum cover of the contractor's professional liability insurance, per claim."""
    payment_days: Annotated[int, Field(gt=0)] | None = None
    """Days within which an accepted invoice is paid (Directive 2011/7/EU: 30, at most 60)."""
    acceptance_days: Annotated[int, Field(gt=0)] | None = None
    """Days within which the buyers accept or reject a deliverable (Directive 2011/7/EU: 30)."""
    termination: Paragraphs = ""
    """Termination rights."""
    applicable_law: Text = ""
    """Law governing the contract, e.g. Finnish law."""
    jurisdiction: Text = ""
    """Courts competent for disputes."""
