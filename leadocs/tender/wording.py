"""The words of a tender draft: the filled catalogue, enumerations, time limits, publication.

Pure functions. :func:`draft_texts` fills the tender catalogue of the draft's
language with the procurement's values (amounts and dates as the language
writes them); the others take that filled catalogue ``t`` and pick the
catalogue text for a value (an award basis, a selection kind, who owns the
results) and write out the rule check's findings (minimum time limits, EU
publication) in that language, amounts formatted as the language writes them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from babel.dates import format_date

from leadocs.i18n import catalogue
from leadocs.render.environment import country_name, locale_of, money, percent
from leadocs.tender.input import ProcurementInput
from leadocs.tender.model import (
    IprOwnership,
    Procedure,
    Procurement,
)
from leadocs.tender.rules import RuleReport
from leadocs.tender.rules.budget import phases_total
from leadocs.tender.rules.dates import Stage, standstill_days
from leadocs.tender.rules.messages import article_text, render_message
from leadocs.tender.rules.tables import ART14_RD_CPV, Standstill, TimeLimits
from leadocs.tender.rules.thresholds import Publication
from leadocs.tender.texts import filled_catalogue

__all__ = [
    "PROCEDURE_KEYS",
    "draft_texts",
    "share",
    "enum_text",
    "ipr_ownership",
    "kind",
    "limit_row",
    "publication_text",
]

Catalogue = dict[str, Any]
Context = dict[str, Any]

PROCEDURE_KEYS = {
    Procedure.PCP: "pcp",
    Procedure.PPI: "ppi",
    Procedure.INNOVATION_PARTNERSHIP: "ip",
}
"""The catalogue section of each procedure."""


def enum_text(t: Catalogue, value: str) -> str:
    """The catalogue text of an enumeration value (``best-price-quality-ratio``)."""
    text: str = t["kinds"][value.replace("-", "_")]
    return text


def kind(t: Catalogue, procedure: Procedure) -> dict[str, str]:
    """The document name, label and short name of a procedure's draft."""
    key = PROCEDURE_KEYS[procedure]
    return {part: t["kinds"][f"{key}_{part}"] for part in ("document", "label", "short")}


def ipr_ownership(t: Catalogue, procurement: Procurement) -> str:
    """Who owns the results, as the procedure says it (a PCP's contractor, a PPI's supplier)."""
    ipr = procurement.ipr
    if ipr is None:
        todo: str = t["marks"]["todo"]
        return todo
    if ipr.ownership is IprOwnership.CONTRACTOR:
        owner = {Procedure.PPI: "own_supplier", Procedure.INNOVATION_PARTNERSHIP: "own_partner"}
        text: str = t["kinds"][owner.get(procurement.procedure, "own_contractor")]
        return text
    other: str = t["kinds"][f"own_{ipr.ownership.value}"]
    return other


def limit_row(t: Catalogue, stage: Stage, days: int | None, lang: str) -> dict[str, Any]:
    """One row of the time-limits table: the deadline, from when, the minimum, the plan."""
    tables = t["tables"]
    minimum = tables["agreed"]
    if stage.minimum:
        article = f" ({article_text(stage.article, lang)})" if stage.article else ""
        minimum = f"{stage.minimum} {tables['days']}{article}"
    return {
        "deadline": tables["requests" if stage.deadline == "request_deadline" else "tenders"],
        "from": tables[stage.start_key],
        "minimum": minimum,
        "days": days,
    }


def publication_text(found: Publication, lang: str) -> str:
    """Whether EU-wide publication is required, written out in the draft's language."""
    return render_message(found.text, lang)


def share(part: Decimal | None, whole: Decimal) -> Decimal | None:
    """``part`` as a share of ``whole`` (None when either is missing or zero)."""
    return None if part is None or not whole else part / whole


def _catalogue_values(
    loaded: ProcurementInput, report: RuleReport, lang: str, today: dt.date
) -> Context:
    """The values the catalogue texts' placeholders are filled with, formatted for ``lang``."""
    procurement = loaded.procurement
    currency = procurement.budget.currency
    lead = loaded.buyers[0]
    funding = procurement.funding
    words = filled_catalogue(lang, {})
    procedure_type = procurement.procedure_type
    return {
        "lead": lead.name,
        "lead_country": country_name(lead.country, lang),
        "source": loaded.source.name,
        "title": procurement.title,
        "reference": procurement.reference,
        "today": format_date(today, format="long", locale=locale_of(lang)),
        "programme": funding.programme if funding else "",
        "funder": funding.funder if funding else "",
        "grant": funding.grant_agreement if funding else "",
        "grant_amount": money(funding.contribution or 0, currency, lang) if funding else "",
        "grant_share": percent(
            share(funding.contribution, procurement.budget.total) or 0 if funding else 0, lang, 1
        ),
        "total": money(procurement.budget.total, currency, lang),
        "codes": ", ".join(ART14_RD_CPV),
        "code": procurement.cpv_main,
        "phases": len(procurement.phases),
        "request_days": TimeLimits.REQUESTS,
        "standstill_days": standstill_days(procurement),
        "electronic": Standstill.ELECTRONIC,
        "other": Standstill.OTHER,
        "procedure": enum_text(words, procedure_type.value) if procedure_type else "",
        "basis": enum_text(words, procurement.criteria.award_basis.value),
        "warnings": len(report.warnings),
        **_money_values(procurement, lang),
    }


def _money_values(procurement: Procurement, lang: str) -> Context:
    budget = procurement.budget
    partnership = procurement.partnership
    supplies_share = share(budget.supplies_value, phases_total(procurement) or budget.total)
    return {
        "supplies": money(budget.supplies_value, budget.currency, lang),
        "supplies_share": percent(supplies_share or 0, lang),
        "partners": partnership.partners if partnership else 1,
        "rounds": (partnership.negotiation.rounds or "") if partnership else "",
        "candidates": procurement.criteria.max_candidates or "",
    }


def draft_texts(loaded: ProcurementInput, report: RuleReport, lang: str, today: dt.date) -> Context:
    """The filled catalogue of ``lang``: the draft's static text, every placeholder filled."""
    t = filled_catalogue(lang, _catalogue_values(loaded, report, lang, today))
    # The network catalogue's words a tender layout shares (page numbers, signature
    # labels); the texts about a funded project need a network and are left out.
    shared = catalogue(lang)
    t["common"] = {
        m.key: shared.text("common", m.key)
        for m in shared.messages()
        if m.section == "common" and not m.variables
    }
    return t
