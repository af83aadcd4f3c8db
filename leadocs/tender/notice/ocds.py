"""The notice as an OCDS 1.1.5 release package (planning, tender, awards and contracts).

Fields map as the OCDS-for-eForms profile maps the business terms: BT-21 and
BT-24 to the tender's title and description, BT-27 to ``tender.value``, BT-262
and BT-263 to the item's classifications (scheme CPV), BT-131 to
``tender.tenderPeriod.endDate``, BT-13 to ``tender.enquiryPeriod.endDate``,
BT-105 to the procurement method, the organisations to ``parties`` with their
roles. Award criteria and EU funding, which need extensions in the profile, go
to the core fields ``awardCriteriaDetails`` and ``planning.budget.description``.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from decimal import Decimal
from typing import Any

from leadocs.tender.input import ProcurementInput, ResolvedBuyer
from leadocs.tender.model import Award, AwardBasis, Procurement
from leadocs.tender.notice.build import dispatch_date
from leadocs.tender.notice.lot import two_stage_procedure
from leadocs.tender.notice.subtypes import Subtype

__all__ = ["OCID_PREFIX", "ocds_package", "ocds_json"]

OCID_PREFIX = "ocds-leadocs"
"""The prefix of open contracting ids; publishers replace it with their registered one."""

_TAGS = {
    "planning": ["planning"],
    "consultation": ["planning"],
    "competition": ["tender"],
    "result": ["award", "contract"],
}
_STATUS = {
    "planning": "planned",
    "consultation": "planned",
    "competition": "active",
    "result": "complete",
}
_CRITERIA = {
    AwardBasis.BEST_PRICE_QUALITY_RATIO: "ratedCriteria",
    AwardBasis.FIXED_PRICE_QUALITY: "qualityOnly",
    AwardBasis.LOWEST_PRICE: "priceOnly",
    AwardBasis.LOWEST_COST: "costOnly",
}


def ocds_package(loaded: ProcurementInput, subtype: Subtype, today: dt.date) -> dict[str, Any]:
    """The release package of the notice ``subtype``: a planning, tender or award release."""
    procurement = loaded.procurement
    form_type = subtype.form_type
    zone = procurement.timeline.time_zone
    published = _moment(dispatch_date(procurement, today, form_type), dt.time(0), zone)
    parties = [_party(buyer, number) for number, buyer in enumerate(loaded.buyers, start=1)]
    if procurement.review and subtype.review:
        body = procurement.review.body
        address = {"locality": body.city, "postalCode": body.postcode, "countryName": body.country}
        review = {"id": "ORG-0100", "name": body.name, "roles": ["reviewBody"], "address": address}
        parties.append(review)
    release: dict[str, Any] = {
        "ocid": f"{OCID_PREFIX}-{procurement.reference}",
        "id": f"{procurement.reference}-{subtype.code}",
        "date": published,
        "tag": _TAGS[form_type],
        "initiationType": "tender",
        "language": procurement.language,
        "parties": parties,
        "buyer": {"id": "ORG-0001", "name": loaded.buyers[0].name},
        "planning": _planning(procurement),
        "tender": _tender(procurement, form_type),
    }
    if form_type == "result" and procurement.award is not None:
        parties += _suppliers(procurement.award)
        release.update(_awards(procurement, procurement.award))
    return {
        "uri": f"urn:leadocs:{procurement.reference}:{subtype.code}",
        "version": "1.1",
        "publishedDate": published,
        "publisher": {"name": loaded.buyers[0].name},
        "releases": [release],
    }


def _suppliers(award: Award) -> list[dict[str, Any]]:
    return [
        {
            "id": f"ORG-{200 + number:04d}",
            "name": contract.supplier.name,
            "roles": ["supplier", "tenderer"],
            "address": {
                "locality": contract.supplier.city,
                "countryName": contract.supplier.country,
            },
        }
        for number, contract in enumerate(award.contracts, start=1)
    ]


def _awards(procurement: Procurement, award: Award) -> dict[str, Any]:
    """The awards and contracts of an award release (one award per contract)."""
    currency = procurement.budget.currency
    zone = procurement.timeline.time_zone
    awards, contracts = [], []
    for number, contract in enumerate(award.contracts, start=1):
        value = _value(contract.value, currency)
        supplier = {"id": f"ORG-{200 + number:04d}", "name": contract.supplier.name}
        awards.append(
            {"id": f"AWD-{number:04d}", "status": "active", "value": value, "suppliers": [supplier]}
        )
        contracts.append(
            {
                "id": contract.reference,
                "awardID": f"AWD-{number:04d}",
                "status": "active",
                "value": value,
                "dateSigned": _moment(contract.signed, dt.time(0), zone),
            }
        )
    return {"awards": awards, "contracts": contracts}


def ocds_json(package: dict[str, Any]) -> bytes:
    """The package as indented UTF-8 JSON."""
    return (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _party(buyer: ResolvedBuyer, number: int) -> dict[str, Any]:
    roles = ["buyer", "procuringEntity"] if buyer.role == "lead" else ["buyer"]
    party: dict[str, Any] = {"id": f"ORG-{number:04d}", "name": buyer.name, "roles": roles}
    address: dict[str, str] = {"countryName": buyer.country}
    if buyer.address is not None:
        address["locality"] = buyer.address.city
        if buyer.address.postcode:
            address["postalCode"] = buyer.address.postcode
    if buyer.nuts:
        address["region"] = buyer.nuts
    party["address"] = address
    if buyer.registration:
        party["identifier"] = {"id": buyer.registration, "legalName": buyer.name}
    if buyer.contact is not None:
        contact = {"name": buyer.contact.name, "email": str(buyer.contact.email)}
        if buyer.contact.phone:
            contact["telephone"] = buyer.contact.phone
        party["contactPoint"] = contact
    return party


def _planning(procurement: Procurement) -> dict[str, Any]:
    budget: dict[str, Any] = {
        "amount": _value(procurement.budget.total, procurement.budget.currency)
    }
    if procurement.funding is not None:
        funding = procurement.funding
        text = funding.programme
        if funding.grant_agreement:
            text += f", grant agreement {funding.grant_agreement}"
        budget["description"] = text
    return {"budget": budget}


def _tender(procurement: Procurement, form_type: str) -> dict[str, Any]:
    budget = procurement.budget
    item: dict[str, Any] = {
        "id": "1",
        "description": procurement.title,
        "classification": {"scheme": "CPV", "id": procurement.cpv_main.split("-")[0]},
    }
    if procurement.cpv_additional:
        item["additionalClassifications"] = [
            {"scheme": "CPV", "id": code.split("-")[0]} for code in procurement.cpv_additional
        ]
    tender: dict[str, Any] = {
        "id": procurement.reference,
        "title": procurement.title,
        "description": procurement.challenge.need.strip(),
        "status": _STATUS[form_type],
        "items": [item],
        "value": _value(budget.estimated_value or budget.total, budget.currency),
        "mainProcurementCategory": procurement.effective_contract_type.value,
        "procurementMethod": "selective" if two_stage_procedure(procurement) else "open",
        "procurementMethodDetails": procurement.procedure.value,
        "awardCriteria": _CRITERIA[procurement.criteria.award_basis],
        "awardCriteriaDetails": "; ".join(
            f"{c.name} ({c.weight.normalize():f} %)" for c in procurement.criteria.award
        ),
    }
    if procurement.timeline.e_submission:
        tender["submissionMethod"] = ["electronicSubmission"]
    if form_type == "result" and procurement.award is not None:
        tender["numberOfTenderers"] = procurement.award.tenders_received
    tender.update(_periods(procurement))
    return tender


def _periods(procurement: Procurement) -> dict[str, Any]:
    timeline = procurement.timeline
    hour = timeline.deadline_time or dt.time(23, 59, 59)
    periods: dict[str, Any] = {}
    closing = (
        timeline.request_deadline if two_stage_procedure(procurement) else timeline.tender_deadline
    )
    if closing:
        periods["tenderPeriod"] = {"endDate": _moment(closing, hour, timeline.time_zone)}
    if timeline.clarification_deadline:
        periods["enquiryPeriod"] = {
            "endDate": _moment(timeline.clarification_deadline, hour, timeline.time_zone)
        }
    if timeline.contract_start and procurement.contract.duration_months:
        periods["contractPeriod"] = {
            "startDate": _moment(timeline.contract_start, dt.time(0), timeline.time_zone),
            "durationInDays": procurement.contract.duration_months * 30,
        }
    return periods


def _value(amount: Decimal, currency: str) -> dict[str, Any]:
    number = float(amount) if amount != amount.to_integral_value() else int(amount)
    return {"amount": number, "currency": currency}


def _moment(day: dt.date, time: dt.time, zone: str | None) -> str:
    tzinfo = zoneinfo.ZoneInfo(zone) if zone else dt.UTC
    return dt.datetime.combine(day, time, tzinfo).isoformat()
