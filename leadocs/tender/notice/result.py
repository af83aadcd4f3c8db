"""The result part of a contract award notice: tenders, winners, contracts (``efac:NoticeResult``).

One lot, one lot result; each concluded contract is one winning tender of one
tendering party made of one supplier, who is an organisation of the notice.
"""

from __future__ import annotations

from decimal import Decimal

from leadocs.tender.model import Award, AwardedContract, Procurement, Supplier
from leadocs.tender.notice.content import Group, Term
from leadocs.tender.notice.draft import Draft
from leadocs.tender.notice.lot import LOT_ID, framework_agreement
from leadocs.tender.notice.parties import company_terms

__all__ = ["notice_result", "supplier_organisations"]


def supplier_organisations(draft: Draft, award: Award) -> list[Group]:
    """One ``efac:Organization`` per supplier (ORG-0201, ORG-0202, ...)."""
    return [
        _supplier(draft, contract.supplier, _org(number))
        for number, contract in enumerate(award.contracts, start=1)
    ]


def notice_result(draft: Draft, procurement: Procurement) -> list[Term | Group]:
    """The notice result of the award, or nothing (and a missing term) without one."""
    award = procurement.award
    if award is None:
        draft.lack("BT-142-LotResult", "outcome of the procedure", "procurement.award")
        return []
    currency = procurement.budget.currency
    framework = framework_agreement(procurement)
    numbers = range(1, len(award.contracts) + 1)
    items: list[Term | Group] = []
    if not framework:
        total = sum((c.value for c in award.contracts), Decimal(0))
        items.append(draft.amount("BT-161-NoticeResult", total, currency))
    items.append(Group("ND-LotResult", _lot_result(draft, procurement, award)))
    for number, contract in zip(numbers, award.contracts, strict=True):
        items.append(_tender_of(draft, procurement, number, contract))
        settled: list[Term | Group] = [
            _ref(draft, "OPT-316-Contract", _contract(number), "contract"),
            draft.date("BT-145-Contract", contract.signed),
            draft.term("BT-150-Contract", contract.reference),
            Group(
                "ND-SettledContractTenderReference",
                [_ref(draft, "BT-3202-Contract", _tender(number), "tender")],
            ),
        ]
        if framework:
            settled.append(draft.term("BT-768-Contract", True))
        items.append(Group("ND-SettledContract", settled))
    for number in numbers:
        tenderer = Group(
            "ND-Tenderer", [_ref(draft, "OPT-300-Tenderer", _org(number), "organization")]
        )
        party = _ref(draft, "OPT-210-Tenderer", _party(number), "tendering-party")
        items.append(Group("ND-TenderingParty", [party, tenderer]))
    return items


def _lot_result(draft: Draft, procurement: Procurement, award: Award) -> list[Term | Group]:
    numbers = range(1, len(award.contracts) + 1)
    items: list[Term | Group] = [
        _ref(draft, "OPT-322-LotResult", "RES-0001", "result"),
        draft.term("BT-142-LotResult", "selec-w"),
    ]
    if framework_agreement(procurement):
        maximum = draft.amount(
            "BT-709-LotResult", procurement.budget.total, procurement.budget.currency
        )
        items.append(maximum)
    items += [
        Group(
            "ND-LotResultTenderReference", [_ref(draft, "OPT-320-LotResult", _tender(n), "tender")]
        )
        for n in numbers
    ]
    items += [
        Group(
            "ND-ReceivedSubmissions",
            [draft.term("BT-760-LotResult", code), draft.term("BT-759-LotResult", count)],
        )
        for code, count in _statistics(draft, procurement, award)
    ]
    items += [
        Group(
            "ND-LotResultContractReference",
            [_ref(draft, "OPT-315-LotResult", _contract(n), "contract")],
        )
        for n in numbers
    ]
    items.append(_ref(draft, "BT-13713-LotResult", LOT_ID, "Lot"))
    return items


def _statistics(draft: Draft, procurement: Procurement, award: Award) -> list[tuple[str, int]]:
    """The received-submission counts eForms asks for (BT-759/BT-760)."""
    counts = [("tenders", award.tenders_received)]
    wanted = [
        ("t-sme", award.tenders_from_smes, "tenders_from_smes", "tenders from SMEs"),
        (
            "t-oth-eea",
            award.tenders_from_other_eea,
            "tenders_from_other_eea",
            "tenders from other EEA countries",
        ),
        (
            "t-no-eea",
            award.tenders_from_outside_eea,
            "tenders_from_outside_eea",
            "tenders from outside the EEA",
        ),
    ]
    for code, count, key, label in wanted:
        if count is None:
            draft.lack("BT-759-LotResult", f"number of {label}", f"procurement.award.{key}")
        else:
            counts.append((code, count))
    if award.tenders_from_smes is not None:
        counts.append(("t-large", award.tenders_received - award.tenders_from_smes))
    if procurement.timeline.e_submission:
        counts.append(("t-esubm", award.tenders_received))
    return counts


def _tender_of(
    draft: Draft, procurement: Procurement, number: int, contract: AwardedContract
) -> Group:
    tender: list[Term | Group] = [
        _ref(draft, "OPT-321-Tender", _tender(number), "tender"),
        draft.amount("BT-720-Tender", contract.value, procurement.budget.currency),
        _ref(draft, "OPT-310-Tender", _party(number), "tendering-party"),
        _ref(draft, "BT-13714-Tender", LOT_ID, "Lot"),
        draft.term("BT-3201-Tender", f"{contract.reference}/T"),
    ]
    if contract.subcontracting is None:
        key = f"procurement.award.contracts[{number - 1}].subcontracting"
        draft.lack("BT-773-Tender", "whether the supplier subcontracts", key)
    else:
        tender.insert(2, draft.term("BT-773-Tender", "yes" if contract.subcontracting else "no"))
        if contract.subcontracting:
            # The subcontracted value and share are not in the file: say they are not known.
            tender[3:3] = [draft.term("BT-730-Tender", False), draft.term("BT-731-Tender", False)]
    return Group("ND-LotTender", tender)


def _supplier(draft: Draft, supplier: Supplier, org_id: str) -> Group:
    company = company_terms(draft, supplier, org_id)
    if supplier.email:
        company.append(draft.term("BT-506-Organization-Company", supplier.email))
    if supplier.sme is not None:
        company.append(
            draft.term("BT-165-Organization-Company", "sme" if supplier.sme else "large")
        )
    return Group("ND-Organization", company)


def _ref(draft: Draft, field_id: str, value: str, scheme: str) -> Term:
    return draft.term(field_id, value, **{f"{field_id}-Scheme": scheme})


def _org(number: int) -> str:
    return f"ORG-{200 + number:04d}"


def _tender(number: int) -> str:
    return f"TEN-{number:04d}"


def _contract(number: int) -> str:
    return f"CON-{number:04d}"


def _party(number: int) -> str:
    return f"TPA-{number:04d}"
