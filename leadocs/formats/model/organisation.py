"""The organisation format: who signs a letter of intent or asks for assistance."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import AliasChoices, Field, field_validator

from leadocs.formats.model.common import (
    CountryCode,
    ExtraFields,
    LanguageCode,
    Name,
    Paragraphs,
    Person,
    Signatory,
    StrictModel,
    Text,
    Url,
)

__all__ = ["Address", "Organisation", "OrganisationFile", "OrganisationType"]


class OrganisationType(StrEnum):
    """The follower categories of a buyers' network."""

    PROCURER = "procurer"
    SCHOOL = "school"
    SUPPLIER = "supplier"
    LEARNTECH_EXPERT = "learntech-expert"


class Address(StrictModel):
    """A postal address; the country is the organisation's."""

    street: Text = ""
    """Street and number."""
    postcode: Text = ""
    """Postal code."""
    city: Name
    """City or municipality; also the default place of signature."""
    region: Text = ""
    """Region, province or county."""


class Organisation(StrictModel):
    """An organisation that joins a network or asks it for support."""

    name: Name
    """Legal name, as it should appear in the letter."""
    short_name: Text = ""
    """Short name or acronym, used in file names."""
    type: list[OrganisationType] = Field(default_factory=list)
    """One or more of: procurer, school, supplier, learntech-expert."""
    country: CountryCode
    """ISO 3166-1 alpha-2 country code, e.g. FI."""
    address: Address | None = None
    """Postal address."""
    website: Url | None = None
    """Web site."""
    registration: Text | None = None
    """Organisation identifier (business ID, tax or VAT number), as notices give it."""
    contact: Person
    """Contact person for the network."""
    signatory: Signatory
    """Authorised representative who signs."""
    language: LanguageCode | None = None
    """Preferred language of documents, e.g. fi."""
    hu_article: Literal["a", "az"] | None = None
    """Hungarian article before the name where it is not the computed one (az MTA)."""
    tasks: list[Name] = Field(default_factory=list)
    """Ids of the network's offered tasks this organisation commits to."""
    experience: Paragraphs = ""
    """Previous experience in innovation procurement."""
    assistance: Paragraphs = ""
    """Assistance and support requested from the network."""
    timeline: Paragraphs = ""
    """Timeline of the planned innovation procurement or need."""
    additional_needs: Paragraphs = ""
    """Additional information, e.g. educational needs for a demand policy."""
    extra: ExtraFields = Field(
        default_factory=dict, validation_alias=AliasChoices("extra", "custom")
    )
    """Custom fields for your own templates: ``organisation.extra.NAME`` (``custom:`` too)."""

    @field_validator("type", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @field_validator("tasks")
    @classmethod
    def _unique_tasks(cls, value: list[str]) -> list[str]:
        seen: set[str] = set()
        for task in value:
            if task in seen:
                raise ValueError(f"task '{task}' is listed twice")
            seen.add(task)
        return value

    @property
    def file_stem(self) -> str:
        """The name used in output file names: short name, else the name."""
        return self.short_name or self.name


class OrganisationFile(StrictModel):
    """An organisation file: ``organisation:`` and optionally ``network: path.yaml``."""

    organisation: Organisation
    """The organisation."""
    network: Text | None = None
    """Path of the network file, relative to this file; the built-in LEA network if absent."""
