"""The one lot of a notice (or the one part of a prior information notice).

leadocs' procurements are one procurement each, so the notice has a single lot:
its scope (title, CPV, places, value, duration), innovation codes, EU funding,
tendering terms, time limits, award criteria and review terms.
"""

from __future__ import annotations

from leadocs.tender.model import (
    AwardBasis,
    Procedure,
    ProcedureType,
    Procurement,
)
from leadocs.tender.notice.content import Group, Term
from leadocs.tender.notice.draft import Draft, country3, language3
from leadocs.tender.notice.parties import REVIEW_ORG

__all__ = ["LOT_ID", "framework_agreement", "lot", "two_stage_procedure"]

LOT_ID = "LOT-0001"
_INNOVATION = {
    Procedure.PCP: "rd-act",
    Procedure.PPI: "proc-innov",
    Procedure.INNOVATION_PARTNERSHIP: "rd-act",
}
_STRATEGY = {
    Procedure.PCP: "Pre-commercial procurement of research and development services "
    "(Art. 14 of Directive 2014/24/EU)",
    Procedure.PPI: "Public procurement of innovative solutions",
    Procedure.INNOVATION_PARTNERSHIP: "Innovation partnership (Art. 31 of Directive 2014/24/EU)",
}


def lot(draft: Draft, procurement: Procurement) -> Group:
    """The lot (``ND-Lot``) or part (``ND-Part``) of the notice."""
    scheme = draft.subtype.lot_scheme
    lot_id = LOT_ID if scheme == "Lot" else "PAR-0001"
    items: list[Term | Group] = [draft.term(f"BT-137-{scheme}", lot_id)]
    items += _scope(draft, procurement, scheme)
    if draft.subtype.form_type == "competition":
        items += _competition(draft, procurement)
    elif draft.subtype.form_type == "result":
        items += _awarded(draft, procurement)
    elif scheme == "Part":
        provider = draft.term(
            "OPT-301-Part-AddInfo", "ORG-0001", **{"OPT-301-Part-AddInfo-Scheme": "organization"}
        )
        items += [provider, *_review(draft, procurement, "Part")]
    else:
        items += _consultation(draft, procurement)
    return Group(f"ND-{scheme}", items)


def _scope(draft: Draft, procurement: Procurement, scheme: str) -> list[Term | Group]:
    contract_type = procurement.effective_contract_type.value
    items: list[Term | Group] = [
        draft.term(f"BT-22-{scheme}", procurement.reference),
        draft.text(f"BT-21-{scheme}", procurement.title),
        draft.text(f"BT-24-{scheme}", procurement.challenge.need),
        draft.term(f"BT-23-{scheme}", contract_type),
        draft.term(f"BT-262-{scheme}", _cpv(procurement.cpv_main)),
    ]
    items += [
        Group(f"ND-{scheme}AdditionalClassification", [draft.term(f"BT-263-{scheme}", _cpv(c))])
        for c in procurement.cpv_additional
    ]
    for nuts in procurement.place_of_performance:
        place = [
            draft.term(f"BT-5071-{scheme}", nuts),
            draft.term(f"BT-5141-{scheme}", country3(nuts[:2])),
        ]
        items.append(Group(f"ND-{scheme}PlacePerformance", place))
    budget = procurement.budget
    value = budget.estimated_value or budget.total
    items.append(draft.amount(f"BT-27-{scheme}", value, budget.currency))
    months = procurement.contract.duration_months or _phase_months(procurement)
    if months:
        items.append(draft.term(f"BT-36-{scheme}", months, **{f"BT-36-{scheme}-Unit": "MONTH"}))
    if draft.subtype.form_type in {"competition", "result"}:
        code = _INNOVATION[procurement.procedure]
        items.append(Group("ND-LotInnovativeAcquisitionType", [draft.term("BT-776-Lot", code)]))
        strategy = [
            draft.term("BT-06-Lot", "inn-pur"),
            draft.text("BT-777-Lot", _STRATEGY[procurement.procedure]),
        ]
        items.append(Group("ND-StrategicProcurementType", strategy))
    return items


def _consultation(draft: Draft, procurement: Procurement) -> list[Term | Group]:
    """The answers of a pre-market consultation: where, in which languages, by when."""
    tendering = procurement.tendering
    items: list[Term | Group] = [
        Group("ND-LotSubmissionLanguage", [draft.term("BT-97-Lot", language3(code))])
        for code in tendering.languages or [procurement.language]
    ]
    consultation = procurement.market_consultation
    if consultation and consultation.answers_url:
        items.insert(0, draft.term("BT-18-Lot", consultation.answers_url))
    else:
        key = "procurement.market_consultation.answers_url"
        draft.lack("BT-18-Lot", "web address where answers are submitted", key)
    end = consultation.end if consultation else None
    if end is None:
        draft.lack(
            "BT-800(d)-Lot",
            "deadline for answers to the consultation",
            "procurement.market_consultation.end",
        )
        return items
    items.append(draft.date("BT-800(d)-Lot", end))
    if procurement.timeline.deadline_time is None:
        draft.lack(
            "BT-800(t)-Lot",
            "hour of the deadline for answers",
            "procurement.timeline.deadline_time",
        )
    else:
        items.append(draft.time("BT-800(t)-Lot", end, procurement.timeline.deadline_time))
    return items


def _awarded(draft: Draft, procurement: Procurement) -> list[Term | Group]:
    """The lot terms an award notice repeats: funding, criteria, review, framework."""
    framework = framework_agreement(procurement)
    # The voluntary award notice (E4) gives EU funds per contract, not per lot.
    funding = (
        _funding(draft, procurement)[:1]
        if draft.subtype.code == "E4"
        else _funding(draft, procurement)
    )
    items: list[Term | Group] = [
        *funding,
        *_award(draft, procurement),
        *_review(draft, procurement, "Lot"),
        draft.term("BT-765-Lot", "fa-wo-rc" if framework else "none"),
    ]
    if draft.subtype.code == "29":
        items += [
            draft.term("BT-115-Lot", True),
            draft.term("BT-766-Lot", "none"),
            draft.term("BT-767-Lot", False),
        ]
    return items


def _competition(draft: Draft, procurement: Procurement) -> list[Term | Group]:
    tendering = procurement.tendering
    items: list[Term | Group] = [
        draft.term("BT-63-Lot", "allowed" if tendering.variants else "not-allowed"),
        *_funding(draft, procurement),
        *[
            Group("ND-LotSubmissionLanguage", [draft.term("BT-97-Lot", language3(code))])
            for code in tendering.languages or [procurement.language]
        ],
    ]
    if tendering.documents_url:
        documents = [
            draft.term("OPT-140-Lot", procurement.reference),
            draft.term("BT-14-Lot", "non-restricted-document"),
            draft.term("BT-15-Lot", tendering.documents_url),
        ]
        items.append(Group("ND-LotProcurementDocument", documents))
    elif draft.subtype.legal_basis != "other":
        draft.lack("BT-15-Lot", "web address of the procurement documents")
    if tendering.submission_url:
        items.append(draft.term("BT-18-Lot", tendering.submission_url))
    elif procurement.timeline.e_submission:
        draft.lack("BT-18-Lot", "web address where tenders are submitted")
    if tendering.validity_days and not two_stage_procedure(procurement):
        items.append(draft.term("BT-98-Lot", tendering.validity_days, **{"BT-98-Lot-Unit": "DAY"}))
    items += [
        Group("ND-LotReservedProcurement", [draft.term("BT-71-Lot", "none")]),
        draft.term("BT-821-Lot", "epo-procurement-document"),
    ]
    if draft.subtype.code == "16":
        items.append(draft.term("BT-764-Lot", "allowed"))
    items += _award(draft, procurement)
    items += _review(draft, procurement, "Lot")
    items += _process(draft, procurement)
    return items


def _funding(draft: Draft, procurement: Procurement) -> list[Term | Group]:
    funding = procurement.funding
    if funding is None:
        return [draft.term("BT-60-Lot", "no-eu-funds")]
    details = f"{funding.programme}"
    if funding.grant_agreement:
        details += f", grant agreement {funding.grant_agreement}"
    group: list[Term | Group] = [draft.text("BT-6140-Lot", details)]
    if funding.eu_programme:
        group.insert(0, draft.term("BT-7220-Lot", funding.eu_programme))
    return [draft.term("BT-60-Lot", "eu-funds"), Group("ND-Funding", group)]


def _award(draft: Draft, procurement: Procurement) -> list[Term | Group]:
    criteria = procurement.criteria
    items: list[Term | Group] = []
    for criterion in criteria.award:
        weight = Group(
            "ND-LotAwardWeightCriterionParameter",
            [
                draft.term("BT-5421-Lot", "per-exa"),
                draft.term("BT-541-Lot-WeightNumber", f"{criterion.weight.normalize():f}"),
            ],
        )
        entry: list[Term | Group] = [
            draft.term("BT-539-Lot", criterion.kind.value),
            draft.text("BT-734-Lot", criterion.name),
            draft.text("BT-540-Lot", criterion.description or criterion.name),
            weight,
        ]
        items.append(Group("ND-LotAwardCriterion", entry))
    if criteria.award_basis is AwardBasis.FIXED_PRICE_QUALITY:
        items.append(draft.text("BT-543-Lot", "Fixed price; tenders compete on quality only."))
    return items


def _review(draft: Draft, procurement: Procurement, scheme: str) -> list[Term | Group]:
    review = procurement.review
    if review is None:
        return []
    reference = f"OPT-301-{scheme}-ReviewOrg"
    items: list[Term | Group] = [
        draft.term(reference, REVIEW_ORG, **{f"{reference}-Scheme": "organization"})
    ]
    if review.deadlines and f"BT-99-{scheme}" in draft.repository.fields:
        items.append(draft.text(f"BT-99-{scheme}", review.deadlines))
    return items


def _process(draft: Draft, procurement: Procurement) -> list[Term | Group]:
    timeline = procurement.timeline
    framework = framework_agreement(procurement)
    items: list[Term | Group] = [
        draft.term("BT-17-Lot", "required" if timeline.e_submission else "not-allowed"),
        draft.term("BT-765-Lot", "fa-wo-rc" if framework else "none"),
    ]
    if draft.subtype.code == "16":
        items += [
            draft.term("BT-115-Lot", True),
            draft.term("BT-766-Lot", "none"),
            draft.term("BT-767-Lot", False),
            draft.term("BT-736-Lot", "no"),
            draft.term("BT-743-Lot", "allowed"),
            draft.term("BT-92-Lot", False),
            draft.term("BT-93-Lot", False),
        ]
    items += _deadlines(draft, procurement)
    if two_stage_procedure(procurement):
        items += _shortlist(draft, procurement)
    return items


def _shortlist(draft: Draft, procurement: Procurement) -> list[Term | Group]:
    # Art. 65(2): at least three candidates are invited in the two-stage procedures.
    items: list[Term | Group] = [draft.term("BT-50-Lot", 3)]
    limit = procurement.criteria.max_candidates
    items.append(draft.term("BT-661-Lot", limit is not None))
    if limit is not None:
        items.append(draft.term("BT-51-Lot", limit))
    if procurement.procedure_type is not ProcedureType.RESTRICTED:
        partnership = procurement.partnership
        stages = bool(partnership and partnership.negotiation.successive_stages)
        items.append(draft.term("BT-52-Lot", stages))
    return items


def two_stage_procedure(procurement: Procurement) -> bool:
    """Whether candidates first request to participate (every procedure but the open one).

    A PCP without a request deadline is one call for tenders.
    """
    if procurement.procedure is Procedure.INNOVATION_PARTNERSHIP:
        return True
    if procurement.procedure_type is None:
        return procurement.timeline.request_deadline is not None
    return procurement.procedure_type is not ProcedureType.OPEN


def _deadlines(draft: Draft, procurement: Procurement) -> list[Term | Group]:
    timeline = procurement.timeline
    wanted = [("BT-13", timeline.clarification_deadline, "deadline for questions")]
    if two_stage_procedure(procurement):
        wanted.append(
            ("BT-1311", timeline.request_deadline, "deadline for requests to participate")
        )
    else:
        wanted.append(("BT-131", timeline.tender_deadline, "deadline for tenders"))
    items: list[Term | Group] = []
    for term, day, label in wanted:
        if day is None:
            draft.lack(f"{term}(d)-Lot", label)
            continue
        items.append(draft.date(f"{term}(d)-Lot", day))
        if timeline.deadline_time is None:
            draft.lack(f"{term}(t)-Lot", f"hour of the {label}")
        else:
            items.append(draft.time(f"{term}(t)-Lot", day, timeline.deadline_time))
    if timeline.time_zone is None and items:
        draft.lack(
            "BT-131(t)-Lot", "time zone of the time limits", "procurement.timeline.time_zone"
        )
    return items


def framework_agreement(procurement: Procurement) -> bool:
    """Whether the contracts are framework agreements (by default a PCP's are)."""
    framework = procurement.contract.framework_agreement
    return procurement.procedure is Procedure.PCP if framework is None else framework


def _phase_months(procurement: Procurement) -> int:
    return sum(phase.duration_months or 0 for phase in procurement.phases)


def _cpv(code: str) -> str:
    # eForms writes the eight digits without the check digit.
    return code.split("-")[0]
