"""The organisations of a notice: the buyers (lead and members) and the review body."""

from __future__ import annotations

from leadocs.tender.input import ResolvedBuyer
from leadocs.tender.model import AuthorityType, Procurement, ReviewBody
from leadocs.tender.notice.content import Group, Term
from leadocs.tender.notice.draft import Draft, country3
from leadocs.tender.terms import Party

__all__ = ["REVIEW_ORG", "buyer_parties", "company_terms", "organisations"]

REVIEW_ORG = "ORG-0100"
"""The organisation id of the review body (the buyers are ORG-0001, ORG-0002, ...)."""

_LEGAL_TYPE = {AuthorityType.CENTRAL: "cga", AuthorityType.SUB_CENTRAL: "la"}


def organisation_id(number: int) -> str:
    """The id of the ``number``-th buyer (from 1)."""
    return f"ORG-{number:04d}"


def organisations(
    draft: Draft, procurement: Procurement, buyers: list[ResolvedBuyer], *, review: bool
) -> Group:
    """The ``efac:Organizations`` of the notice: every buyer, and the review body if asked."""
    items: list[Term | Group] = [
        _buyer(draft, buyer, organisation_id(number), group=len(buyers) > 1)
        for number, buyer in enumerate(buyers, start=1)
    ]
    if review:
        body = procurement.review.body if procurement.review else None
        # Only the directive's notices must name a review body; E3 and E4 may.
        if body is None and draft.subtype.legal_basis != "other":
            draft.lack(
                "BT-500-Organization-Company",
                "organisation name of the review body",
                "procurement.review.body.name",
            )
        elif body is not None:
            items.append(_review_body(draft, body))
    return Group("ND-Organizations", items)


def buyer_parties(
    draft: Draft, procurement: Procurement, buyers: list[ResolvedBuyer]
) -> list[Group]:
    """One ``cac:ContractingParty`` per buyer: its legal type and main activity."""
    parties = []
    for number, buyer in enumerate(buyers, start=1):
        legal_type = buyer.legal_type or _LEGAL_TYPE[procurement.authority_type]
        items: list[Term | Group] = [
            draft.term("OPT-300-Procedure-Buyer", organisation_id(number)),
            draft.term("BT-11-Procedure-Buyer", legal_type),
        ]
        if draft.subtype.code in {"4", "16", "29"}:
            items.append(draft.term("BT-10-Procedure-Buyer", buyer.activity or "gen-pub"))
        parties.append(Group("ND-ContractingParty", items))
    return parties


def _buyer(draft: Draft, buyer: ResolvedBuyer, org_id: str, *, group: bool) -> Group:
    company: list[Term | Group] = [
        draft.term("OPT-200-Organization-Company", org_id),
        draft.text("BT-500-Organization-Company", buyer.name),
    ]
    if buyer.registration:
        company.append(draft.term("BT-501-Organization-Company", buyer.registration))
    elif "BT-501-Organization-Company" in _mandatory(draft):
        draft.lack(
            "BT-501-Organization-Company",
            f"organisation identifier of {buyer.short_name}",
            f"procurement.{_dotted(buyer.where)}.registration",
        )
    address = buyer.address
    if address is not None:
        if address.street:
            company.append(draft.term("BT-510(a)-Organization-Company", address.street))
        company.append(draft.term("BT-513-Organization-Company", address.city))
        if address.postcode:
            company.append(draft.term("BT-512-Organization-Company", address.postcode))
    elif "BT-513-Organization-Company" in _mandatory(draft):
        draft.lack(
            "BT-513-Organization-Company",
            f"city of {buyer.short_name}",
            f"procurement.{_dotted(buyer.where)}.address.city",
        )
    if buyer.nuts:
        company.append(draft.term("BT-507-Organization-Company", buyer.nuts))
    company.append(draft.term("BT-514-Organization-Company", country3(buyer.country)))
    if buyer.website:
        company.append(draft.term("BT-505-Organization-Company", buyer.website))
    company += _contact(draft, buyer)
    items: list[Term | Group] = [*company]
    if group:
        # In a joint procurement every buyer says whether it leads the group.
        items.insert(0, draft.term("OPP-050-Organization", buyer.role == "lead"))
    return Group("ND-Organization", items)


def _contact(draft: Draft, buyer: ResolvedBuyer) -> list[Term | Group]:
    contact = buyer.contact
    if contact is None:
        return []
    items: list[Term | Group] = [draft.term("BT-502-Organization-Company", contact.name)]
    if contact.phone:
        items.append(draft.term("BT-503-Organization-Company", contact.phone))
    elif draft.subtype.legal_basis != "other":
        draft.lack(
            "BT-503-Organization-Company",
            f"telephone number of {buyer.short_name}",
            f"procurement.{_dotted(buyer.where)}.contact.phone (or its organisation file)",
        )
    items.append(draft.term("BT-506-Organization-Company", contact.email))
    return items


def company_terms(draft: Draft, party: Party, org_id: str) -> list[Term | Group]:
    """The terms every organisation besides the buyers has: id, name, identifier, seat."""
    items: list[Term | Group] = [
        draft.term("OPT-200-Organization-Company", org_id),
        draft.text("BT-500-Organization-Company", party.name),
    ]
    if party.registration:
        items.append(draft.term("BT-501-Organization-Company", party.registration))
    items.append(draft.term("BT-513-Organization-Company", party.city))
    if party.postcode:
        items.append(draft.term("BT-512-Organization-Company", party.postcode))
    if party.nuts:
        items.append(draft.term("BT-507-Organization-Company", party.nuts))
    items.append(draft.term("BT-514-Organization-Company", country3(party.country)))
    return items


def _review_body(draft: Draft, body: ReviewBody) -> Group:
    items = company_terms(draft, body, REVIEW_ORG)
    if body.website:
        items.append(draft.term("BT-505-Organization-Company", body.website))
    if body.email:
        items.append(draft.term("BT-506-Organization-Company", body.email))
    return Group("ND-Organization", items)


def _mandatory(draft: Draft) -> set[str]:
    code = draft.subtype.code
    return {f.id for f in draft.repository.fields.values() if code in f.mandatory_in}


def _dotted(where: tuple[str | int, ...]) -> str:
    return ".".join(f"{part}" if isinstance(part, str) else f"[{part}]" for part in where).replace(
        ".[", "["
    )
