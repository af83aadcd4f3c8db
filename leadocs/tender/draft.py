"""Tender skeletons: the context of a PCP, PPI or innovation-partnership draft, and rendering.

:func:`tender_context` is pure: a validated procurement, its resolved buyers,
the rule report and the draft's language in, the template context out. The
language is the procedure's (``procurement.language``) unless the caller
chooses another (:func:`leadocs.tender.texts.choose_language`); every static
word comes from that language's tender catalogue (``t``). Amounts and dates
stay numbers and dates here; the layouts format them with the ``money``,
``percent`` and ``date`` filters, which follow ``lang``. :func:`tender_document`
renders the built-in layout of the procurement's procedure (or the user's
edited copy).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from leadocs.documents.build import RenderedDocument, render_template
from leadocs.documents.context import paragraphs
from leadocs.errors import DataProblem
from leadocs.i18n import fill
from leadocs.i18n.languages import base_language
from leadocs.outputs import safe_name
from leadocs.render.environment import country_name, language_name
from leadocs.tender.input import ProcurementInput, ResolvedBuyer
from leadocs.tender.model import Ipr, Phase, Procedure, ProcedureType, Procurement
from leadocs.tender.rules import RuleReport, problem_text
from leadocs.tender.rules.budget import per_contract, phases_total
from leadocs.tender.rules.cpv import cpv_label, exempt_rd_codes
from leadocs.tender.rules.dates import time_limit_stages
from leadocs.tender.rules.thresholds import art5_value, publication
from leadocs.tender.texts import choose_language
from leadocs.tender.wording import (
    PROCEDURE_KEYS,
    draft_texts,
    enum_text,
    ipr_ownership,
    kind,
    limit_row,
    publication_text,
    share,
)

__all__ = ["tender_context", "tender_document", "template_name"]

Context = dict[str, Any]

_TIMELINE = (
    ("pin_dispatch", False),
    ("notice_dispatch", True),
    ("information_day", False),
    ("clarification_deadline", True),
    ("request_deadline", True),
    ("invitation_dispatch", True),
    ("tender_deadline", True),
    ("award_date", True),
    ("contract_start", True),
)
_DEADLINES = ("clarification_deadline", "request_deadline", "tender_deadline")
_TWO_STAGE_ONLY = ("request_deadline", "invitation_dispatch")


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


def _buyers(
    buyers: Sequence[ResolvedBuyer], total: Decimal, t: Context, lang: str
) -> list[Context]:
    return [
        {
            "name": b.name,
            "short_name": b.short_name,
            "country": b.country,
            "country_name": country_name(b.country, lang),
            "role": t["kinds"]["lead_role" if b.role == "lead" else "member_role"],
            "contact": b.contact.model_dump(mode="python") if b.contact else None,
            "contribution": b.contribution,
            "share": share(b.contribution, total),
            "nuts": b.nuts or "",
        }
        for b in buyers
    ]


def _phase(index: int, phase: Phase, total: Decimal, t: Context) -> Context:
    data: Context = _text(phase.model_dump(mode="python"))
    data.update(
        number=index + 1,
        title=fill(t["timeline"]["phase"], {"number": index + 1, "name": phase.name}),
        share=share(phase.budget, total),
        per_contract=per_contract(phase),
        instalments=[{"milestone": i.milestone, "share": i.share / 100} for i in phase.instalments],
        weighted=any(c.weight is not None for c in phase.gate_criteria),
        gate_criteria=[
            {"name": paragraphs(c.name), "weight": None if c.weight is None else c.weight / 100}
            for c in phase.gate_criteria
        ],
    )
    return data


def _two_stage(procurement: Procurement) -> bool:
    return procurement.procedure is Procedure.INNOVATION_PARTNERSHIP or (
        procurement.procedure_type
        in (
            ProcedureType.RESTRICTED,
            ProcedureType.COMPETITIVE_NEGOTIATION,
            ProcedureType.COMPETITIVE_DIALOGUE,
        )
    )


def _timeline(procurement: Procurement, t: Context) -> list[Context]:
    tl = procurement.timeline
    labels = t["timeline"]
    rows = []
    for key, required in _TIMELINE:
        if key in _TWO_STAGE_ONLY and not _two_stage(procurement):
            continue
        day = getattr(tl, key)
        if day is None and not required:
            continue
        label = labels[key]
        if key == "tender_deadline" and procurement.procedure is Procedure.INNOVATION_PARTNERSHIP:
            label = labels["initial_tender_deadline"]
        time = _hour(procurement, day) if key in _DEADLINES else None
        rows.append(
            {"event": label, "date": day, "end": None, "deadline": key in _DEADLINES, "time": time}
        )
    for index, phase in enumerate(procurement.phases):
        title = fill(labels["phase"], {"number": index + 1, "name": phase.name})
        rows.append(
            {"event": title, "date": phase.start, "end": phase.end, "deadline": False, "time": None}
        )
    return rows


def _limits(procurement: Procurement, t: Context, lang: str) -> list[Context]:
    tl = procurement.timeline
    rows = []
    for stage in time_limit_stages(procurement):
        deadline = getattr(tl, stage.deadline)
        days = (deadline - stage.start).days if deadline and stage.start else None
        rows.append(limit_row(t, stage, days, lang))
    return rows


def _law(procurement: Procurement, buyers: Sequence[ResolvedBuyer]) -> Context:
    """What the law texts of the draft depend on, decided once so that no two texts disagree."""
    tl = procurement.timeline
    return {
        "art14": exempt_rd_codes(procurement),
        "joint": len(buyers) > 1,
        "cross_border": len({b.country for b in buyers}) > 1,
        "two_stage": _two_stage(procurement),
        "deadline_times": {key: _hour(procurement, getattr(tl, key)) for key in _DEADLINES},
    }


def _hour(procurement: Procurement, day: dt.date | None) -> str | None:
    """The hour and time zone of a deadline on ``day`` (``12:00 EET``), if the file gives both."""
    tl = procurement.timeline
    if day is None or tl.deadline_time is None or tl.time_zone is None:
        return None
    moment = dt.datetime.combine(day, tl.deadline_time, tzinfo=ZoneInfo(tl.time_zone))
    return f"{tl.deadline_time:%H:%M} {moment.tzname()}"


def _problems(found: Sequence[DataProblem], lang: str) -> list[Context]:
    """The rule check's findings, their messages in the draft's language."""
    return [{"field": p.field, "line": p.line, "message": problem_text(p, lang)} for p in found]


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
        "phases_share": share(research, budget.total),
        "purchase": purchase,
        "art5": art5,
        "research_share": share(research, art5),
        "purchase_share": share(purchase, art5),
        "supplies": budget.supplies_value,
        "supplies_share": share(budget.supplies_value, research or budget.total),
        "framework_months": _framework_months(procurement),
    }


def _framework_months(procurement: Procurement) -> int | None:
    """The months from the start of phase 1 to the end of the last phase, if the file tells."""
    phases = procurement.phases
    if not phases:
        return None
    first, last = phases[0].start, phases[-1].end
    if first and last:
        return round((last - first).days / 30.44)
    durations = [phase.duration_months for phase in phases]
    return sum(d for d in durations if d) if all(durations) else None


def _annexes(procurement: Procurement, t: Context) -> tuple[list[Context], str]:
    texts = list(procurement.annexes) or list(t["annexes"][PROCEDURE_KEYS[procurement.procedure]])
    label = t["parts"]["annex"]
    rows = [{"label": fill(label, {"number": i}), "text": x} for i, x in enumerate(texts, 1)]
    return rows, fill(label, {"number": len(texts) + 1})


def tender_context(
    loaded: ProcurementInput,
    report: RuleReport,
    *,
    today: dt.date,
    lang: str | None = None,
    rule_check_annex: bool = True,
) -> Context:
    """The context of a tender skeleton.

    Args:
        loaded: the procurement and its resolved buyers.
        report: the rule report; its warnings and notes are printed in the draft.
        today: the date of the draft.
        lang: the language of the draft (a shipped tender language); default: the
            procedure's language.
        rule_check_annex: end the draft with the rule check (off in a tender pack,
            where the rule check is a report of its own).

    Returns:
        The template context (``p`` is the procurement with texts prepared for Word).

    Raises:
        UsageError: the procedure's language has no tender texts (and ``lang`` is not given).
    """
    procurement = loaded.procurement
    lang = lang or choose_language(procurement.language).lang
    t = draft_texts(loaded, report, lang, today)
    data: Context = _text(procurement.model_dump(mode="python"))
    if data["ipr"] is None:  # the layouts show "[to complete]" for every empty IPR field
        data["ipr"] = {key: "" for key in Ipr.model_fields}
    annexes, rule_annex = _annexes(procurement, t)
    return {
        "lang": lang,
        "today": today,
        "t": t,
        "source": loaded.source.name,
        "p": data,
        **_procedure_words(procurement, t, lang),
        **_money_and_buyers(loaded, t, lang),
        **_criteria(procurement, t),
        "law": _law(procurement, loaded.buyers),
        "timeline": _timeline(procurement, t),
        "limits": _limits(procurement, t, lang),
        "publication": publication_text(publication(procurement), lang),
        "warnings": _problems(report.warnings, lang),
        "notes": _problems(report.notes, lang),
        "rule_errors": _problems(report.errors, lang),
        "rule_check_annex": rule_check_annex,
        "annexes": annexes,
        "rule_annex": rule_annex,
    }


def _procedure_words(procurement: Procurement, t: Context, lang: str) -> Context:
    """What the procedure is called, and the names of its codes, in the draft's language."""
    kind_type = procurement.procedure_type
    framework = procurement.contract.framework_agreement
    return {
        "kind": kind(t, procurement.procedure),
        "procedure_type": enum_text(t, kind_type.value) if kind_type else "",
        "authority_type": enum_text(t, procurement.authority_type.value),
        "language_name": language_name(base_language(procurement.language), lang),
        "ipr_ownership": ipr_ownership(t, procurement),
        "cpv": [
            {"code": code, "label": cpv_label(code, lang) or t["marks"]["label"]}
            for code in (procurement.cpv_main, *procurement.cpv_additional)
        ],
        "framework": framework if framework is not None else procurement.procedure is Procedure.PCP,
    }


def _money_and_buyers(loaded: ProcurementInput, t: Context, lang: str) -> Context:
    """The buyers and their shares, the grant, the phases and the values of the procurement."""
    procurement = loaded.procurement
    total = procurement.budget.total
    buyers = _buyers(loaded.buyers, total, t, lang)
    funding = procurement.funding
    grant = funding.contribution if funding else None
    contributions = sum((b.contribution for b in loaded.buyers), Decimal(0))
    return {
        "currency": procurement.budget.currency,
        "buyers": buyers,
        "lead": buyers[0],
        "members": buyers[1:],
        "contributions": contributions,
        "grant": grant,
        "funding_split": {"buyers": share(contributions, total), "grant": share(grant, total)},
        "phases": [_phase(i, ph, total, t) for i, ph in enumerate(procurement.phases)],
        "value": _value(procurement),
    }


def _criteria(procurement: Procurement, t: Context) -> Context:
    """Selection and award criteria, kinds named in the draft's language, weights as shares."""
    return {
        "selection": [
            {**c.model_dump(mode="python"), "kind": enum_text(t, c.kind.value)}
            for c in procurement.criteria.selection
        ],
        "award": [
            {
                **c.model_dump(mode="python"),
                "kind": enum_text(t, c.kind.value),
                "weight": c.weight / 100,
                "min_score": None if c.min_score is None else c.min_score / 100,
            }
            for c in procurement.criteria.award
        ],
    }


def tender_document(
    loaded: ProcurementInput,
    report: RuleReport,
    *,
    today: dt.date | None = None,
    template: Path | None = None,
    lang: str | None = None,
    rule_check_annex: bool = True,
) -> RenderedDocument:
    """Render the tender skeleton of ``loaded``'s procedure, in ``lang`` or the procedure's.

    The caller decides what to do with rule errors and warnings first; this
    function renders whatever it is given and lists the warnings in the annex.
    """
    procurement = loaded.procurement
    ctx = tender_context(
        loaded, report, today=today or dt.date.today(), lang=lang, rule_check_annex=rule_check_annex
    )
    kind_ = ctx["kind"]
    return RenderedDocument(
        data=render_template(template_name(procurement.procedure), ctx, template),
        stem=safe_name(f"tender-{procurement.procedure.value}-{procurement.reference}"),
        title=f"{kind_['document']}: {procurement.title}",
        author=ctx["lead"]["name"],
        subject=kind_["label"],
        keywords=(kind_["short"], procurement.reference, procurement.cpv_main),
    )
