"""Tender skeletons: the context of a PCP, PPI or innovation-partnership draft, and rendering.

:func:`tender_context` is pure: a validated procurement, its resolved buyers
and the rule report in, the template context out. :func:`tender_document`
renders the built-in layout of the procurement's procedure (or the user's
edited copy). The drafts are in English: tender languages are not shipped.
Amounts and dates stay numbers and dates here; the layouts format them with
the ``money``, ``percent`` and ``date`` filters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from leadocs.documents.build import RenderedDocument, render_template
from leadocs.documents.context import paragraphs
from leadocs.errors import DataProblem
from leadocs.i18n import catalogue
from leadocs.i18n.languages import base_language
from leadocs.outputs import safe_name
from leadocs.render.environment import country_name, language_name
from leadocs.tender.input import ProcurementInput, ResolvedBuyer
from leadocs.tender.model import (
    AwardBasis,
    Ipr,
    IprOwnership,
    Phase,
    Procedure,
    ProcedureType,
    Procurement,
    SelectionKind,
)
from leadocs.tender.rules import RuleReport
from leadocs.tender.rules.budget import per_contract, phases_total
from leadocs.tender.rules.dates import time_limit_stages
from leadocs.tender.rules.tables import ART14_RD_CPV
from leadocs.tender.rules.thresholds import art5_value, publication

__all__ = ["PROCEDURES", "TODO", "tender_context", "tender_document", "template_name"]

Context = dict[str, Any]

TODO = "[to complete]"
"""The marker of text the officer must still write."""

PROCEDURES: dict[Procedure, dict[str, str]] = {
    Procedure.PCP: {
        "document": "Request for tenders",
        "label": "Pre-commercial procurement (PCP) of R&D services",
        "short": "PCP",
    },
    Procedure.PPI: {
        "document": "Tender specifications",
        "label": "Public procurement of innovative solutions (PPI)",
        "short": "PPI",
    },
    Procedure.INNOVATION_PARTNERSHIP: {
        "document": "Procurement documents",
        "label": "Innovation partnership (Directive 2014/24/EU, Art. 31)",
        "short": "Innovation partnership",
    },
}

_PROCEDURE_TYPES = {
    ProcedureType.OPEN: "open procedure (Directive 2014/24/EU, Art. 27)",
    ProcedureType.RESTRICTED: "restricted procedure (Directive 2014/24/EU, Art. 28)",
    ProcedureType.COMPETITIVE_NEGOTIATION: (
        "competitive procedure with negotiation (Directive 2014/24/EU, Art. 29)"
    ),
    ProcedureType.COMPETITIVE_DIALOGUE: "competitive dialogue (Directive 2014/24/EU, Art. 30)",
}

_DEFAULT_ANNEXES: dict[Procedure, tuple[str, ...]] = {
    Procedure.PCP: (
        "Framework agreement",
        "Specific contracts for phases 1, 2 and 3",
        "Tender forms: administrative form, declaration of honour on exclusion grounds, "
        "technical offer, financial offer per phase",
        "Evaluation guidance and score sheets",
        "End-of-phase report form and call for bids for the next phase",
        "Summary of the open market consultation",
    ),
    Procedure.PPI: (
        "European Single Procurement Document (ESPD)",
        "Functional and performance specification with use cases",
        "Price schedule (committed and optional quantities)",
        "Conformance test protocol",
        "Draft contract with service levels",
        "Report of the preliminary market consultation",
    ),
    Procedure.INNOVATION_PARTNERSHIP: (
        "European Single Procurement Document (ESPD)",
        "Request to participate form with R&D capacity evidence",
        "Minimum requirements checklist",
        "Draft innovation partnership agreement (phases, targets, instalments)",
        "Confidentiality and IPR terms",
        "Tender form and price schedule (phases and final purchase)",
    ),
}

_OWNERSHIP = {
    IprOwnership.CONTRACTOR: "The contractor: each contractor owns the results it generates",
    IprOwnership.PROCURER: "The procurers",
    IprOwnership.SHARED: "Shared between the contractor and the procurers",
}

_AWARD_BASIS = {
    AwardBasis.BEST_PRICE_QUALITY_RATIO: "best price-quality ratio",
    AwardBasis.LOWEST_PRICE: "lowest price",
    AwardBasis.LOWEST_COST: "lowest cost, using a cost-effectiveness approach",
    AwardBasis.FIXED_PRICE_QUALITY: "best quality at a fixed price",
}

_SELECTION_KINDS = {
    SelectionKind.SUITABILITY: "Suitability to pursue the activity",
    SelectionKind.ECONOMIC_FINANCIAL: "Economic and financial standing",
    SelectionKind.TECHNICAL_PROFESSIONAL: "Technical and professional ability",
    SelectionKind.RD_INNOVATION_CAPACITY: "R&D and innovation capacity",
}

_TIMELINE = (
    ("pin_dispatch", "Prior information notice sent", False),
    ("notice_dispatch", "Contract notice sent for publication", True),
    ("information_day", "Information day for potential tenderers", False),
    ("clarification_deadline", "Deadline for questions", True),
    ("request_deadline", "Deadline for requests to participate", True),
    ("invitation_dispatch", "Invitation to tender sent to selected candidates", True),
    ("tender_deadline", "Deadline for tenders", True),
    ("award_date", "Award decision", True),
    ("contract_start", "Signature and start of the contract(s)", True),
)


def template_name(procedure: Procedure) -> str:
    """The built-in template of a procedure, e.g. ``tender-pcp``."""
    return f"tender-{procedure.value}"


def _text(value: Any) -> Any:
    """Prepare every text of dumped data for Word: blank lines start paragraphs."""
    if isinstance(value, str):
        return paragraphs(value)
    if isinstance(value, list):
        return [_text(item) for item in value]
    if isinstance(value, dict):
        return {key: _text(item) for key, item in value.items()}
    return value


def _share(part: Decimal | None, whole: Decimal) -> Decimal | None:
    return None if part is None or not whole else part / whole


def _buyers(buyers: Sequence[ResolvedBuyer], total: Decimal) -> list[Context]:
    return [
        {
            "name": b.name,
            "short_name": b.short_name,
            "country": b.country,
            "country_name": country_name(b.country),
            "role": "Lead procurer" if b.role == "lead" else "Buyer",
            "contact": b.contact.model_dump(mode="python") if b.contact else None,
            "contribution": b.contribution,
            "share": _share(b.contribution, total),
            "nuts": b.nuts or "",
        }
        for b in buyers
    ]


def _phase(index: int, phase: Phase, total: Decimal) -> Context:
    data: Context = _text(phase.model_dump(mode="python"))
    data.update(
        number=index + 1,
        share=_share(phase.budget, total),
        per_contract=per_contract(phase),
        instalments=[{"milestone": i.milestone, "share": i.share / 100} for i in phase.instalments],
    )
    return data


def _timeline(procurement: Procurement) -> list[Context]:
    tl = procurement.timeline
    two_stage = procurement.procedure is Procedure.INNOVATION_PARTNERSHIP or (
        procurement.procedure_type
        in (
            ProcedureType.RESTRICTED,
            ProcedureType.COMPETITIVE_NEGOTIATION,
            ProcedureType.COMPETITIVE_DIALOGUE,
        )
    )
    rows = []
    for key, label, required in _TIMELINE:
        if key in ("request_deadline", "invitation_dispatch") and not two_stage:
            continue
        day = getattr(tl, key)
        if day is None and not required:
            continue
        if key == "tender_deadline" and procurement.procedure is Procedure.INNOVATION_PARTNERSHIP:
            label = "Deadline for initial tenders"
        rows.append({"event": label, "date": day, "end": None})
    for index, phase in enumerate(procurement.phases):
        rows.append(
            {"event": f"Phase {index + 1}: {phase.name}", "date": phase.start, "end": phase.end}
        )
    return rows


def _limits(procurement: Procurement) -> list[Context]:
    tl = procurement.timeline
    rows = []
    for stage in time_limit_stages(procurement):
        deadline = getattr(tl, stage.deadline)
        days = (deadline - stage.start).days if deadline and stage.start else None
        rows.append(
            {
                "deadline": "Requests to participate"
                if stage.deadline == "request_deadline"
                else "Tenders",
                "from": stage.start_label,
                "minimum": stage.basis,
                "days": days,
            }
        )
    return rows


def _problems(found: Sequence[DataProblem]) -> list[Context]:
    return [{"field": p.field, "line": p.line, "message": p.message} for p in found]


def _value(procurement: Procurement) -> Context:
    budget = procurement.budget
    research = phases_total(procurement)
    purchase = procurement.purchase.max_cost if procurement.purchase else None
    art5 = art5_value(procurement)
    return {
        "total": budget.total,
        "estimated": budget.estimated_value
        if budget.estimated_value is not None
        else (art5 if procurement.procedure is Procedure.INNOVATION_PARTNERSHIP else budget.total),
        "phases_total": research,
        "phases_share": _share(research, budget.total),
        "purchase": purchase,
        "art5": art5,
        "research_share": _share(research, art5),
        "purchase_share": _share(purchase, art5),
        "supplies": budget.supplies_value,
        "supplies_share": _share(budget.supplies_value, research or budget.total),
    }


def tender_context(loaded: ProcurementInput, report: RuleReport, *, today: dt.date) -> Context:
    """The context of a tender skeleton.

    Args:
        loaded: the procurement and its resolved buyers.
        report: the rule report; its warnings and notes are printed in the draft.
        today: the date of the draft.

    Returns:
        The template context (``p`` is the procurement with texts prepared for Word).
    """
    procurement = loaded.procurement
    total = procurement.budget.total
    buyers = _buyers(loaded.buyers, total)
    data: Context = _text(procurement.model_dump(mode="python"))
    if data["ipr"] is None:  # the layouts show "[to complete]" for every empty IPR field
        data["ipr"] = {key: "" for key in Ipr.model_fields}
    funding = procurement.funding
    return {
        "lang": "en",
        "today": today,
        "todo": TODO,
        "t": {"common": catalogue("en")["common"]},
        "source": loaded.source.name,
        "p": data,
        "kind": PROCEDURES[procurement.procedure],
        "procedure_type": _PROCEDURE_TYPES.get(procurement.procedure_type, "")
        if procurement.procedure_type
        else "",
        "language_name": language_name(base_language(procurement.language)),
        "currency": procurement.budget.currency,
        "buyers": buyers,
        "lead": buyers[0],
        "members": buyers[1:],
        "contributions": sum((b.contribution for b in loaded.buyers), Decimal(0)),
        "grant": funding.contribution if funding else None,
        "funding_split": {
            "buyers": _share(sum((b.contribution for b in loaded.buyers), Decimal(0)), total),
            "grant": _share(funding.contribution if funding else None, total),
        },
        "award_basis": _AWARD_BASIS[procurement.criteria.award_basis],
        "selection": [
            {**c.model_dump(mode="python"), "kind": _SELECTION_KINDS[c.kind]}
            for c in procurement.criteria.selection
        ],
        "ipr_ownership": _OWNERSHIP[procurement.ipr.ownership] if procurement.ipr else TODO,
        "cpv": [
            {"code": code, "label": ART14_RD_CPV.get(code, "")}
            for code in (procurement.cpv_main, *procurement.cpv_additional)
        ],
        "phases": [_phase(i, ph, total) for i, ph in enumerate(procurement.phases)],
        "value": _value(procurement),
        "award": [
            {
                **c.model_dump(mode="python"),
                "weight": c.weight / 100,
                "min_score": None if c.min_score is None else c.min_score / 100,
            }
            for c in procurement.criteria.award
        ],
        "timeline": _timeline(procurement),
        "limits": _limits(procurement),
        "publication": publication(procurement),
        "warnings": _problems(report.warnings),
        "annexes": list(procurement.annexes) or list(_DEFAULT_ANNEXES[procurement.procedure]),
        "framework": procurement.contract.framework_agreement
        if procurement.contract.framework_agreement is not None
        else procurement.procedure is Procedure.PCP,
    }


def tender_document(
    loaded: ProcurementInput,
    report: RuleReport,
    *,
    today: dt.date | None = None,
    template: Path | None = None,
) -> RenderedDocument:
    """Render the tender skeleton of ``loaded``'s procedure.

    The caller decides what to do with rule errors and warnings first; this
    function renders whatever it is given and lists the warnings in the annex.
    """
    procurement = loaded.procurement
    ctx = tender_context(loaded, report, today=today or dt.date.today())
    kind = PROCEDURES[procurement.procedure]
    return RenderedDocument(
        data=render_template(template_name(procurement.procedure), ctx, template),
        stem=safe_name(f"tender-{procurement.procedure.value}-{procurement.reference}"),
        title=f"{kind['document']}: {procurement.title}",
        author=ctx["lead"]["name"],
        subject=kind["label"],
        keywords=(kind["short"], procurement.reference, procurement.cpv_main),
    )
