"""Which key of a procurement file feeds each eForms field.

Used for the list of missing values and for validation reports, so that every
problem points at the line of ``procurement.yaml`` to change. Fields leadocs
fixes itself (identifiers, versions, the subtype) have no key.
"""

from __future__ import annotations

__all__ = ["yaml_key"]

_BUYER = "procurement.buyers.lead|members[].{}"
_REVIEW = "procurement.review.body.{}"

_KEYS = {
    "BT-05(a)-notice": "procurement.timeline.notice_dispatch",
    "BT-05(b)-notice": "procurement.timeline.time_zone",
    "BT-702(a)-notice": "procurement.language",
    "BT-21-Procedure": "procurement.title",
    "BT-24-Procedure": "procurement.challenge.need",
    "BT-22-Procedure": "procurement.reference",
    "BT-23-Procedure": "procurement.contract_type",
    "BT-262-Procedure": "procurement.cpv_main",
    "BT-263-Procedure": "procurement.cpv_additional",
    "BT-5071-Procedure": "procurement.place_of_performance",
    "BT-5141-Procedure": "procurement.place_of_performance",
    "BT-27-Procedure": "procurement.budget.estimated_value",
    "BT-27-Procedure-Currency": "procurement.budget.currency",
    "BT-105-Procedure": "procurement.procedure_type",
    "BT-88-Procedure": "procurement.phases",
    "BT-11-Procedure-Buyer": "procurement.authority_type (or buyers.*.legal_type)",
    "BT-10-Procedure-Buyer": "procurement.buyers.*.activity",
    "BT-21-Lot": "procurement.title",
    "BT-24-Lot": "procurement.challenge.need",
    "BT-23-Lot": "procurement.contract_type",
    "BT-262-Lot": "procurement.cpv_main",
    "BT-263-Lot": "procurement.cpv_additional",
    "BT-5071-Lot": "procurement.place_of_performance",
    "BT-5141-Lot": "procurement.place_of_performance",
    "BT-27-Lot": "procurement.budget.estimated_value",
    "BT-27-Lot-Currency": "procurement.budget.currency",
    "BT-36-Lot": "procurement.contract.duration_months (or phases[].duration_months)",
    "BT-776-Lot": "procurement.procedure",
    "BT-777-Lot": "procurement.procedure",
    "BT-60-Lot": "procurement.funding",
    "BT-7220-Lot": "procurement.funding.eu_programme",
    "BT-6140-Lot": "procurement.funding.grant_agreement",
    "BT-63-Lot": "procurement.tendering.variants",
    "BT-97-Lot": "procurement.tendering.languages",
    "BT-765-Lot": "procurement.contract.framework_agreement",
    "BT-17-Lot": "procurement.timeline.e_submission",
    "BT-18-Lot": "procurement.tendering.submission_url",
    "BT-15-Lot": "procurement.tendering.documents_url",
    "BT-98-Lot": "procurement.tendering.validity_days",
    "BT-131(d)-Lot": "procurement.timeline.tender_deadline",
    "BT-131(t)-Lot": "procurement.timeline.deadline_time",
    "BT-1311(d)-Lot": "procurement.timeline.request_deadline",
    "BT-1311(t)-Lot": "procurement.timeline.deadline_time",
    "BT-13(d)-Lot": "procurement.timeline.clarification_deadline",
    "BT-13(t)-Lot": "procurement.timeline.deadline_time",
    "BT-50-Lot": "procurement.phases[0].contracts",
    "BT-51-Lot": "procurement.criteria.max_candidates",
    "BT-539-Lot": "procurement.criteria.award[].kind",
    "BT-734-Lot": "procurement.criteria.award[].name",
    "BT-540-Lot": "procurement.criteria.award[].description",
    "BT-541-Lot-WeightNumber": "procurement.criteria.award[].weight",
    "BT-99-Lot": "procurement.review.deadlines",
    "OPT-301-Lot-ReviewOrg": "procurement.review.body",
    "BT-500-Organization-Company": _BUYER.format("name") + " / " + _REVIEW.format("name"),
    "BT-501-Organization-Company": _BUYER.format("registration")
    + " / "
    + _REVIEW.format("registration"),
    "BT-513-Organization-Company": _BUYER.format("address.city") + " / " + _REVIEW.format("city"),
    "BT-512-Organization-Company": _BUYER.format("address.postcode")
    + " / "
    + _REVIEW.format("postcode"),
    "BT-510(a)-Organization-Company": _BUYER.format("address.street"),
    "BT-507-Organization-Company": _BUYER.format("nuts"),
    "BT-514-Organization-Company": _BUYER.format("country") + " / " + _REVIEW.format("country"),
    "BT-506-Organization-Company": _BUYER.format("contact.email") + " / " + _REVIEW.format("email"),
    "BT-502-Organization-Company": _BUYER.format("contact.name"),
    "BT-505-Organization-Company": _BUYER.format("website") + " / " + _REVIEW.format("website"),
    "OPP-050-Organization": "procurement.buyers.lead",
    "BT-127-notice": "procurement.timeline.notice_dispatch",
    "BT-142-LotResult": "procurement.award",
    "BT-759-LotResult": "procurement.award.tenders_received",
    "BT-720-Tender": "procurement.award.contracts[].value",
    "BT-773-Tender": "procurement.award.contracts[].subcontracting",
    "BT-145-Contract": "procurement.award.contracts[].signed",
    "BT-150-Contract": "procurement.award.contracts[].reference",
    "BT-709-LotResult": "procurement.budget.total",
    "BT-161-NoticeResult": "procurement.award.contracts[].value",
    "OPT-999-notice": "procurement.award.contracts[].signed",
}


def yaml_key(field_id: str) -> str:
    """The key of a procurement file that supplies ``field_id`` ('' when leadocs sets it)."""
    return _KEYS.get(field_id.replace("-Part", "-Lot"), "")
