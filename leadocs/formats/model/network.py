"""The network format: a buyers' network, its project, what it offers and who runs it."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import AfterValidator, Field, field_validator, model_validator

from leadocs.formats.model.common import (
    CountryCode,
    Email,
    LanguageCode,
    Name,
    StrictModel,
    Text,
    Url,
)
from leadocs.formats.model.localised import InflectedName, LocalisedName, LocalisedText

__all__ = [
    "Benefit",
    "Funding",
    "LoiNarrative",
    "MemberState",
    "Network",
    "NetworkFile",
    "Partner",
    "Project",
    "ReportingDeadline",
    "ReturnContact",
    "Sender",
    "Task",
]

_TASK_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def _task_id(value: str) -> str:
    if not _TASK_ID.match(value):
        raise ValueError(f"'{value}' is not a task id: use lower-case letters, digits, '-' and '_'")
    return value


TaskId = Annotated[str, AfterValidator(_task_id)]


class Project(StrictModel):
    """The funded project behind the network."""

    name: Name
    """Full project name, e.g. Learning Technology Accelerator."""
    acronym: Name
    """Project acronym, e.g. LEA."""
    website: Url | None = None
    """Project web site."""


class Funding(StrictModel):
    """Where the money comes from, as the funder wants it written."""

    programme: LocalisedName
    """Funding programme, e.g. Horizon 2020 (per language: Horisontti 2020, Horizont 2020)."""
    grant_agreement: Name
    """Grant agreement number."""
    funder: LocalisedName = "European Commission"
    """The funding body."""
    disclaimer: LocalisedText = ""
    """The funder's disclaimer, printed in every footer."""


class ReturnContact(StrictModel):
    """Where signed letters and forms go back to."""

    organisation: Name
    """Organisation that collects the signed documents."""
    name: Text = ""
    """Person to send them to."""
    email: Email | None = None
    """E-mail address for signed documents; without one, the documents show a gap
    to complete and a mailing needs a ``sender`` (or ``--from``)."""
    address: Text = ""
    """Postal address, one line."""


class Sender(StrictModel):
    """Who a mailing's e-mails come from (their ``From``)."""

    name: Text = ""
    """The name recipients see, e.g. LEA procurers network."""
    email: Email
    """The address replies go to."""


class LoiNarrative(StrictModel):
    """The narrative of the letter of intent; a blank line starts a paragraph.

    Every text is one text or a mapping of language code to text (``{en: ..., sv: ...}``).
    """

    background: LocalisedText
    """Background of the project and network."""
    why: LocalisedText
    """WHY join."""
    how: LocalisedText
    """HOW the network works."""
    what: LocalisedText
    """WHAT members do."""
    support: LocalisedText = ""
    """Support offered to members."""
    alignment: LocalisedText = ""
    """Closing paragraph: why the project fits the member's goals."""


class Task(StrictModel):
    """A task the network offers to its members."""

    id: TaskId
    """Short id used in organisation files, e.g. capacity-building."""
    text: LocalisedName
    """The task as printed in the letter."""


class Benefit(StrictModel):
    """A benefit of membership."""

    title: LocalisedName
    """Short title, e.g. Peer interaction."""
    text: LocalisedText
    """Description."""
    bullets: list[LocalisedName] = Field(default_factory=list)
    """Bullet points under the description."""


class Partner(StrictModel):
    """A consortium partner and the member states it recruits in."""

    name: Name
    """Partner name as used in the network, e.g. ENTER."""
    country: CountryCode | None = None
    """The partner's own country."""
    member_states: list[CountryCode] = Field(default_factory=list)
    """Member states this partner is responsible for."""


class MemberState(StrictModel):
    """A country the network recruits in, as numbered in its reports."""

    country: CountryCode
    """ISO 3166-1 alpha-2 code, e.g. NO."""
    note: LocalisedText = ""
    """Shown after the country's name, e.g. EEA country."""

    @model_validator(mode="before")
    @classmethod
    def _code_alone(cls, value: object) -> object:
        # A bare code is the short form: "- AT" for "- country: AT".
        return {"country": value} if isinstance(value, str) else value


class ReportingDeadline(StrictModel):
    """A deadline for partner participation reports."""

    label: Name
    """e.g. M15."""
    date: dt.date
    """Due date (YYYY-MM-DD)."""


class Network(StrictModel):
    """A buyers' network and everything its documents need to say about it."""

    name: InflectedName
    """Name of the network, e.g. LEA procurers network; per language, its forms may be given.

    A language whose sentences inflect the name gets a mapping of forms,
    ``pl: {nom: Sieć zamawiających LEA, gen: Sieci zamawiających LEA}``: ``nom``
    as titles write it and every form that language's texts use (Hungarian:
    ``article: az`` overrides the article computed before the name).
    """
    acronym: Name
    """Acronym, e.g. LEA-N."""
    description: LocalisedText = ""
    """How the letter names what one joins, e.g. the network of procurers of education."""
    language: LanguageCode = "en"
    """Language the network writes in."""
    project: Project
    """The project behind the network."""
    funding: Funding
    """Funding programme and grant."""
    coordinator: Name
    """Coordinator of the project."""
    contact: ReturnContact
    """Where signed letters go back to."""
    sender: Sender | None = None
    """Who the network's mailings come from (default: the contact)."""
    loi: LoiNarrative
    """Narrative of the letter of intent."""
    tasks: list[Task] = Field(min_length=1)
    """Tasks offered to members; organisations pick them by id."""
    benefits_intro: LocalisedText = ""
    """Introduction of the benefits sheet."""
    benefits: list[Benefit] = Field(default_factory=list)
    """Benefits of membership."""
    expected_contribution: list[LocalisedName] = Field(default_factory=list)
    """What members are expected to contribute (the benefits sheet shows a gap to
    complete without it)."""
    assistance_purpose: list[LocalisedName] = Field(default_factory=list)
    """The partners' notes on what the assistance requests are used for (not printed on
    the form, which shows the procurer-facing questions only)."""
    partners: list[Partner] = Field(default_factory=list)
    """Consortium partners and the member states each is responsible for."""
    member_states: list[MemberState] = Field(default_factory=list)
    """The member states in the order the network numbers them (the partner report's #);
    default: the partners' member states in the order of their English names."""
    report_to: Text = ""
    """Who partner reports go to, e.g. EUPK (WP2)."""
    report_intro: LocalisedText = ""
    """Introduction of the partner participation report."""
    reporting_deadlines: list[ReportingDeadline] = Field(default_factory=list)
    """Due dates of partner reports."""

    @model_validator(mode="after")
    def _unique_ids(self) -> Network:
        seen: set[str] = set()
        for index, task in enumerate(self.tasks):
            if task.id in seen:
                raise ValueError(f"tasks[{index}]: task id '{task.id}' is used twice")
            seen.add(task.id)
        listed = [state.country for state in self.member_states]
        if listed:
            for index, partner in enumerate(self.partners):
                missing = [code for code in partner.member_states if code not in listed]
                if missing:
                    raise ValueError(
                        f"partners[{index}].member_states: {', '.join(missing)} not in "
                        "member_states (add them there, in the order the report numbers them)"
                    )
        return self

    @field_validator("member_states")
    @classmethod
    def _each_once(cls, states: list[MemberState]) -> list[MemberState]:
        codes = [state.country for state in states]
        twice = sorted({code for code in codes if codes.count(code) > 1})
        if twice:
            raise ValueError(f"{', '.join(twice)} listed more than once")
        return states

    def task_ids(self) -> list[str]:
        """Ids of the offered tasks, in order."""
        return [task.id for task in self.tasks]

    def find_partner(self, name: str) -> Partner | None:
        """The partner whose name matches ``name`` ignoring case, if any."""
        wanted = name.casefold().strip()
        return next((p for p in self.partners if p.name.casefold() == wanted), None)


class NetworkFile(StrictModel):
    """A network file: one top-level ``network:`` mapping."""

    network: Network
    """The network."""
