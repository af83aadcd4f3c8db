"""Building a notice's content from a loaded procurement: the root terms and the order of parts."""

from __future__ import annotations

import datetime as dt
import uuid

from leadocs.tender.input import ProcurementInput
from leadocs.tender.model import Procedure, ProcedureType, Procurement
from leadocs.tender.notice.content import Group, NoticeContent, Term
from leadocs.tender.notice.draft import Draft, country3, language3
from leadocs.tender.notice.lot import lot, two_stage_procedure
from leadocs.tender.notice.parties import buyer_parties, organisations
from leadocs.tender.notice.result import notice_result, supplier_organisations
from leadocs.tender.notice.sdk import FieldRepository
from leadocs.tender.notice.subtypes import NoticeKind, subtype_for

__all__ = ["build_notice", "dispatch_date"]

_NAMESPACE = uuid.UUID("8f0c3d56-62c4-4c53-9a55-6f1f2c1b7e10")
_PCP_BASIS = (
    "Pre-commercial procurement of research and development services, excluded from "
    "Directive 2014/24/EU by its Article 14; Commission Communication COM(2007) 799"
)
_PROCEDURE_TYPE = {
    ProcedureType.OPEN: "open",
    ProcedureType.RESTRICTED: "restricted",
    ProcedureType.COMPETITIVE_NEGOTIATION: "neg-w-call",
    ProcedureType.COMPETITIVE_DIALOGUE: "comp-dial",
}


def build_notice(
    loaded: ProcurementInput, kind: NoticeKind, repository: FieldRepository, today: dt.date
) -> NoticeContent:
    """The content of the ``kind`` notice of a procurement, and what the file lacks for it.

    Identifiers are derived from the procurement's reference, so the same file
    gives the same notice; ``today`` is the dispatch date when the timeline has none.
    """
    procurement = loaded.procurement
    subtype = subtype_for(procurement.procedure, kind)
    draft = Draft(subtype, repository, procurement.language, procurement.timeline.time_zone)
    items: list[Term | Group] = [_extension(draft, loaded), *_header(draft, procurement, today)]
    items += buyer_parties(draft, procurement, loaded.buyers)
    if subtype.form_type == "competition":
        items.append(draft.term("BT-806-Procedure", "epo-procurement-document"))
    if subtype.form_type in {"competition", "result"}:
        items += _procedure(draft, procurement)
    items += _scope(draft, procurement)
    items.append(lot(draft, procurement))
    if subtype.form_type == "result":
        items.append(
            draft.date("OPT-999-notice", dispatch_date(procurement, today, subtype.form_type))
        )
    return NoticeContent(subtype.code, subtype.root, items, draft.missing)


def _extension(draft: Draft, loaded: ProcurementInput) -> Group:
    """The eForms extension: the subtype, the organisations and, for an award, the result."""
    procurement = loaded.procurement
    parties = organisations(draft, procurement, loaded.buyers, review=draft.subtype.review)
    items: list[Term | Group] = [draft.term("OPP-070-notice", draft.subtype.code)]
    if draft.subtype.form_type != "result":
        return Group("ND-RootExtension", [*items, parties])
    award = procurement.award
    suppliers = supplier_organisations(draft, award) if award else []
    items.append(Group(parties.node, [*parties.items, *suppliers]))
    result = notice_result(draft, procurement)
    if result:
        items.append(Group("ND-NoticeResult", result))
    return Group("ND-RootExtension", items)


def _header(draft: Draft, procurement: Procurement, today: dt.date) -> list[Term | Group]:
    subtype = draft.subtype
    dispatch = dispatch_date(procurement, today, subtype.form_type)
    notice_id = _uuid(f"{procurement.reference}/{subtype.code}")
    items: list[Term | Group] = [
        draft.term("OPT-001-notice", "2.3"),
        draft.term("OPT-002-notice", "eforms-sdk-" + _minor(draft.repository.version)),
        draft.term("BT-701-notice", notice_id),
        draft.date("BT-05(a)-notice", dispatch),
        draft.time("BT-05(b)-notice", dispatch, dt.time(0, 0)),
        draft.term("BT-757-notice", "01"),
        draft.term("BT-01-notice", subtype.legal_basis),
        draft.term("BT-02-notice", subtype.notice_type, **{"BT-03-notice": subtype.form_type}),
        draft.term("BT-702(a)-notice", language3(procurement.language)),
    ]
    if subtype.form_type in {"competition", "result"}:
        items.insert(3, draft.term("BT-04-notice", _uuid(procurement.reference)))
    if subtype.code == "4":
        planned = procurement.timeline.notice_dispatch
        if planned is None:
            draft.lack("BT-127-notice", "planned date of the contract notice")
        else:
            items.append(draft.date("BT-127-notice", planned))
    if subtype.legal_basis == "other":
        basis = Group("ND-LocalLegalBasisNoID", [draft.text("BT-01(f)-Procedure", _PCP_BASIS)])
        items.append(basis)
    return items


def dispatch_date(procurement: Procurement, today: dt.date, form_type: str) -> dt.date:
    """The day the notice is sent.

    A contract notice's is the timeline's, a prior information notice's the day
    the consultation starts, an award notice's the day the last contract was signed.
    """
    timeline = procurement.timeline
    if form_type == "competition":
        return timeline.notice_dispatch or today
    if form_type == "result":
        award = procurement.award
        return max(c.signed for c in award.contracts) if award else today
    consultation = procurement.market_consultation
    start = consultation.start if consultation else None
    return timeline.pin_dispatch or start or today


def _procedure(draft: Draft, procurement: Procurement) -> list[Term | Group]:
    code = _PROCEDURE_TYPE.get(procurement.procedure_type) if procurement.procedure_type else None
    if procurement.procedure is Procedure.INNOVATION_PARTNERSHIP:
        code = "innovation"
    elif code is None:
        code = "oth-mult" if two_stage_procedure(procurement) else "oth-single"
    items: list[Term | Group] = [draft.term("BT-105-Procedure", code)]
    if draft.subtype.code == "16" and code in {"open", "restricted", "neg-w-call"}:
        items.append(draft.term("BT-106-Procedure", False))
    if procurement.phases:
        phases = "; ".join(
            f"{number}. {phase.name}"
            + (f" ({phase.contracts} contracts)" if phase.contracts else "")
            for number, phase in enumerate(procurement.phases, start=1)
        )
        items.append(draft.text("BT-88-Procedure", f"Phases: {phases}."))
    return items


def _scope(draft: Draft, procurement: Procurement) -> list[Term | Group]:
    budget = procurement.budget
    items: list[Term | Group] = [
        draft.term("BT-22-Procedure", procurement.reference),
        draft.text("BT-21-Procedure", procurement.title),
        draft.text("BT-24-Procedure", procurement.challenge.need),
        draft.term("BT-23-Procedure", procurement.effective_contract_type.value),
        draft.term("BT-262-Procedure", procurement.cpv_main.split("-")[0]),
    ]
    items += [
        Group(
            "ND-ProcedureAdditionalCommodityClassification",
            [draft.term("BT-263-Procedure", c.split("-")[0])],
        )
        for c in procurement.cpv_additional
    ]
    for nuts in procurement.place_of_performance:
        place = [
            draft.term("BT-5071-Procedure", nuts),
            draft.term("BT-5141-Procedure", country3(nuts[:2])),
        ]
        items.append(Group("ND-ProcedurePlacePerformanceAdditionalInformation", place))
    value = budget.estimated_value or budget.total
    items.append(draft.amount("BT-27-Procedure", value, budget.currency))
    return items


def _minor(version: str) -> str:
    # fields.json says "eforms-sdk-1.15.1"; notices name the minor version only.
    number = version.removeprefix("eforms-sdk-")
    return ".".join(number.split(".")[:2])


def _uuid(text: str) -> str:
    """A UUID derived from ``text`` in the version-4 form eForms requires for identifiers."""
    derived = uuid.uuid5(_NAMESPACE, text)
    return str(uuid.UUID(bytes=derived.bytes, version=4))
