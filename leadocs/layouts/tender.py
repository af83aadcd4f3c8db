"""Build the tender skeleton layouts: templates/tender-{pcp,ppi,innovation-partnership}.docx.

Run ``python scripts/build_tender_templates.py`` after changing a layout; the
.docx files are committed and shipped in the wheel. The drafts are in English
(tender languages are not shipped), so the legal boilerplate lives here; the
facts come from the procurement file through :func:`leadocs.tender.draft.tender_context`.
Legal bases are those verified in ``reference/procurement-domain.md``.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocumentObject

from leadocs.layouts.docx_builder import save
from leadocs.layouts.tender_parts import (
    LAW,
    annexes,
    award_table,
    buyers_table,
    contract_rows,
    cover,
    exclusion,
    header,
    heading,
    ipr_rows,
    items,
    kv_table,
    limits_table,
    loop_table,
    marker,
    new_document,
    para,
    requirements,
    selection_table,
    standstill,
    tendering_table,
    text_or_todo,
    timeline_table,
    value,
)


def _start(title: str, subject: str) -> DocumentObject:
    doc = new_document(title=title, subject=subject)
    header(doc, title=title, subject=subject)
    cover(doc)
    return doc


def phases_table(doc: DocumentObject, *, contracts_label: str = "Contracts") -> None:
    """Phases with duration, contracts, budget per contract, phase budget and share."""
    loop_table(
        doc,
        ["#", "Phase", "Months", contracts_label, "Max. per contract", "Budget", "Share"],
        [0.8, 4.6, 1.6, 2.0, 2.8, 2.8, 1.8],
        "ph in phases",
        [
            "{{ ph.number }}",
            "{{ ph.name }}",
            "{{ ph.duration_months or '' }}",
            "{{ ph.contracts or '' }}",
            "{% if ph.max_per_contract is not none %}{{ ph.max_per_contract|money(currency) }}"
            "{% elif ph.per_contract is not none %}{{ ph.per_contract|money(currency) }}"
            "{% endif %}",
            "{{ ph.budget|money(currency) }}",
            "{% if ph.share is not none %}{{ ph.share|percent }}{% endif %}",
        ],
        total=[
            "",
            "All phases",
            "",
            "",
            "",
            "{{ value.phases_total|money(currency) }}",
            "{% if value.phases_share is not none %}{{ value.phases_share|percent }}{% endif %}",
        ],
    )
    para(doc, "{%p if not phases %}")
    marker(para(doc, "Phases: "))
    para(doc, "{%p endif %}")
    para(
        doc,
        ("Shares are of the total budget of {{ value.total|money(currency) }} (excluding VAT)."),
        "Note",
    )


def phase_details(doc: DocumentObject, number: str, *, partnership: bool = False) -> None:
    """Per phase: objectives, deliverables, gate criteria (and targets, instalments)."""
    para(doc, "{%p for ph in phases %}")
    para(
        doc,
        f"{number}.{{{{ ph.number }}}} Phase {{{{ ph.number }}}}: {{{{ ph.name }}}}",
        "Heading 2",
    )
    value(doc, "ph.objectives", label="Objectives.")
    para(doc, "Deliverables:", "Form Label")
    items(doc, "ph.deliverables")
    if partnership:
        para(doc, "Intermediate targets the partners must attain (Art. 31(2)):", "Form Label")
        items(doc, "ph.intermediate_targets")
        para(doc, "Remuneration instalments:", "Form Label")
        para(doc, "{%p for i in ph.instalments %}")
        para(doc, "{{ i.share|percent }} of the phase price when: {{ i.milestone }}", "List Bullet")
        para(doc, "{%p endfor %}")
    para(doc, "{%p if ph.gate_criteria or not loop.last %}")
    para(doc, "Evaluation at the end of the phase (gate):", "Form Label")
    items(doc, "ph.gate_criteria")
    para(doc, "{%p endif %}")
    para(doc, "{%p endfor %}")


def build_pcp(folder: Path) -> None:
    """The PCP request for tenders."""
    doc = _start(
        "Request for tenders: {{ p.title }}", "Pre-commercial procurement (PCP) of R&D services"
    )
    heading(doc, "1 Introduction")
    heading(doc, "1.1 The buyers' group", 2)
    para(
        doc,
        (
            "{{ lead.name }} is the lead procurer{% if members %} and runs this procurement "
            "on behalf of the buyers' group below, under a joint procurement agreement"
            "{% endif %}."
        ),
    )
    buyers_table(doc)
    value(doc, "p.buyers.agreement", label="Joint procurement agreement:")
    heading(doc, "1.2 Pre-commercial procurement", 2)
    para(
        doc,
        (
            "This is a pre-commercial procurement (PCP): the procurement of research and "
            "development services involving risk-benefit sharing under market conditions and "
            "competitive development in phases, with a clear separation between the R&D services "
            "procured and the deployment of commercial volumes of end-products. Several suppliers "
            "develop competing solutions in parallel; after each phase the best-value solutions "
            "continue, so that the number of suppliers decreases while the budget per supplier "
            "grows. No commercial volumes are bought in this procurement."
        ),
    )
    heading(doc, "1.3 Legal basis", 2)
    para(
        doc,
        (
            "Directive 2014/24/EU applies to R&D services with CPV codes 73000000-2, 73100000-3, "
            "73110000-6, 73120000-9, 73300000-5, 73420000-2 and 73430000-5 only where the benefits "
            "accrue exclusively to the contracting authority for its use in the conduct of its own "
            "affairs and the service is wholly remunerated by it (Art. 14). In this PCP the "
            "contractors keep the intellectual property rights in their results and the benefits "
            "are shared, so the procurement falls outside the directive."
        ),
    )
    para(
        doc,
        (
            "The procurement respects the principles of the Treaty on the Functioning of the "
            "European Union: non-discrimination, equal treatment, transparency, proportionality "
            "and open and free competition. It is designed to involve no State aid in the sense of "
            "point 33 of the Framework for State aid for research and development and innovation "
            "(2014/C 198/01): an open, transparent and non-discriminatory procedure with "
            "objective selection and award criteria set in advance, contractual arrangements "
            "(including IPR) made available to all tenderers in advance, no preferential treatment "
            "in any later supply of commercial volumes, and prices at market conditions."
        ),
    )
    p = para(
        doc,
        (
            "National rules on procurement outside the directive, on remedies and on "
            "the buyers' internal approvals apply to the lead procurer: "
        ),
    )
    marker(p, LAW)
    heading(doc, "2 Challenge and scope")
    text_or_todo(doc, "p.challenge.need")
    value(doc, "p.challenge.current_situation", label="Current situation.")
    requirements(doc, "2", minimum_title="Minimum requirements (pass/fail)")
    heading(doc, "2.5 Out of scope", 2)
    para(
        doc,
        (
            "The purchase of commercial volumes of end-products is out of scope; it would "
            "need a separate, competitive procurement that does not favour the PCP "
            "contractors."
        ),
        "List Bullet",
    )
    items(doc, "p.challenge.out_of_scope", todo=False)
    heading(doc, "3 Phases and budget")
    para(
        doc,
        (
            "The R&D services are procured in {{ phases|length }} phases. Each phase ends "
            "with an evaluation; only contractors that pass it are offered a contract for "
            "the next phase."
        ),
    )
    phases_table(doc)
    para(doc, "{%p if value.supplies %}")
    para(
        doc,
        (
            "Supplies (prototypes and test products) account for "
            "{{ value.supplies|money(currency) }}, {{ value.supplies_share|percent }} of the "
            "contract value; they stay below 50 % so that the PCP remains a services "
            "contract."
        ),
    )
    para(doc, "{%p endif %}")
    phase_details(doc, "3")
    heading(doc, "4 Timetable")
    timeline_table(doc)
    heading(doc, "5 Tendering rules")
    para(
        doc,
        (
            "Any natural or legal person, alone or in a group, may tender. Tenders must "
            "cover phase 1 and give a price for every phase."
        ),
    )
    tendering_table(doc)
    heading(doc, "6 Exclusion grounds")
    exclusion(
        doc,
        intro=(
            "Although the PCP is outside the directive, tenderers are excluded on the grounds of "
            "Art. 57 of Directive 2014/24/EU, declared in a declaration of honour:"
        ),
    )
    heading(doc, "7 Selection criteria")
    para(
        doc,
        (
            "The selection criteria check the minimum legal, financial and technical "
            "capacity to carry out the R&D; they are kept proportionate so that SMEs and "
            "start-ups can take part."
        ),
    )
    selection_table(doc)
    heading(doc, "8 Compliance criteria")
    para(doc, "A tender is evaluated only if it passes every compliance check:")
    for line in (
        "the tender is complete and submitted in time;",
        "the price of each phase does not exceed the maximum budget per contract;",
        "the solution meets every minimum requirement of section 2.3;",
        "the R&D is performed where section 10 requires.",
    ):
        para(doc, line, "List Bullet")
    items(doc, "p.criteria.compliance", todo=False)
    heading(doc, "9 Award criteria and scoring")
    para(
        doc,
        (
            "Contracts for phase 1 go to the tenders offering the best value for money, "
            "ranked by the criteria below, until the phase budget is used. Later phases are "
            "awarded on the results of the previous phase and the offer for the next phase, "
            "by the gate criteria of section 3."
        ),
    )
    award_table(doc)
    heading(doc, "10 Contractual conditions")
    heading(doc, "10.1 Framework agreement and specific contracts", 2)
    para(
        doc,
        (
            "{% if framework %}Each successful tenderer signs a framework agreement covering "
            "all phases, and a specific contract for each phase it is admitted to. "
            "{% endif %}The price is a fixed price per phase and is the non-exclusive "
            "development price: it reflects that the contractor keeps the IPR in its "
            "results."
        ),
    )
    kv_table(doc, contract_rows())
    heading(doc, "10.2 Intellectual property rights", 2)
    para(
        doc,
        (
            "Each contractor owns the IPR in the results it generates and bears the cost of "
            "protecting them. The procurers get licence-free rights to use the results for their "
            "own use, and the right to require the contractor to grant non-exclusive licences to "
            "third parties under fair and reasonable market conditions. If a contractor does not "
            "exploit the results commercially within the period set in the framework agreement, or "
            "uses them against the public interest, the procurers may require ownership to be "
            "transferred to them (call-back). Background and sideground are not results."
        ),
    )
    kv_table(doc, ipr_rows())
    annexes(doc, "11")
    save(doc, folder / "tender-pcp.docx")


def build_ppi(folder: Path) -> None:
    """The PPI tender specifications."""
    doc = _start(
        "Tender specifications: {{ p.title }}", "Public procurement of innovative solutions (PPI)"
    )
    heading(doc, "1 The buyers")
    para(
        doc,
        (
            "{{ lead.name }} is the contracting authority{% if members %} and lead procurer "
            "of a joint procurement for the buyers below{% endif %}."
        ),
    )
    buyers_table(doc)
    value(doc, "p.buyers.agreement", label="Joint procurement agreement:")
    heading(doc, "2 Subject matter, quantities and duration")
    para(
        doc,
        (
            "This is a public procurement of innovative solutions (PPI): the buyers act as "
            "early adopters of solutions that are new or significantly improved and not yet "
            "available on a large commercial scale. It follows the "
            "{{ procedure_type }}."
        ),
    )
    value(doc, "(p.purchase and p.purchase.description)", label="What is bought.")
    value(doc, "(p.purchase and p.purchase.quantities)", label="Quantities.")
    para(
        doc,
        (
            "{% if framework %}The contract is a framework agreement.{% else %}The contract "
            "is a single contract, not a framework agreement.{% endif %}"
        ),
    )
    para(doc, "{%p if phases %}")
    phases_table(doc)
    phase_details(doc, "2")
    para(doc, "{%p endif %}")
    heading(doc, "3 Functional and performance specification")
    para(
        doc,
        (
            "The technical specifications are written in terms of performance and functional "
            "requirements (Directive 2014/24/EU, Art. 42(3)(a)), so that tenderers can "
            "propose their own, innovative ways of meeting them."
        ),
    )
    text_or_todo(doc, "p.challenge.need")
    value(doc, "p.challenge.current_situation", label="Current situation.")
    requirements(doc, "3", minimum_title="Minimum requirements (pass/fail)")
    heading(doc, "4 Preceding market consultation")
    para(
        doc,
        (
            "The buyers consulted the market to prepare this procurement (Art. 40). All "
            "information exchanged is given to every tenderer, and the time limits allow for "
            "it, so that prior involvement does not distort competition (Art. 41)."
        ),
    )
    para(doc, "{%p if p.market_consultation %}")
    kv_table(
        doc,
        [
            (
                "Period",
                "="
                "{% if p.market_consultation.start %}{{ p.market_consultation.start|date }}"
                "{% endif %}{% if p.market_consultation.end %} – "
                "{{ p.market_consultation.end|date }}"
                "{% endif %}",
            ),
            ("Summary", "p.market_consultation.summary", ""),
            ("Prior information notice", "p.market_consultation.pin_reference", ""),
            ("Report", "p.market_consultation.report", ""),
        ],
    )
    para(doc, "{%p else %}")
    marker(para(doc))
    para(doc, "{%p endif %}")
    heading(doc, "5 Procedure and timetable")
    para(doc, "The procedure is the {{ procedure_type }}.")
    limits_table(doc)
    timeline_table(doc)
    standstill(doc)
    heading(doc, "6 Exclusion grounds and ESPD")
    exclusion(
        doc,
        intro=(
            "Tenderers declare in the European Single Procurement Document (ESPD, Art. 59) that "
            "none of the exclusion grounds of Art. 57 of Directive 2014/24/EU applies:"
        ),
    )
    heading(doc, "7 Selection criteria")
    para(
        doc,
        (
            "Selection criteria concern suitability, economic and financial standing, and "
            "technical and professional ability (Art. 58)."
        ),
    )
    selection_table(doc)
    heading(doc, "8 Award criteria")
    para(
        doc,
        (
            "The contract is awarded to the most economically advantageous tender on the "
            "basis of the {{ award_basis }} (Art. 67). Abnormally "
            "low tenders are explained or rejected (Art. 69)."
        ),
    )
    award_table(doc)
    heading(doc, "9 Conformance testing")
    text_or_todo(doc, "p.conformance_testing")
    heading(doc, "10 Contract conditions")
    kv_table(doc, contract_rows())
    para(doc, "Intellectual property and licences", "Heading 2")
    para(
        doc,
        (
            "The buyers need rights to use, adapt and connect the solution (open interfaces) "
            "for the contract's duration and after it; the supplier keeps the IPR in its "
            "product unless stated below."
        ),
    )
    kv_table(doc, ipr_rows())
    heading(doc, "11 Tendering rules")
    tendering_table(doc)
    annexes(doc, "12")
    save(doc, folder / "tender-ppi.docx")


def build_partnership(folder: Path) -> None:
    """The innovation partnership procurement documents."""
    doc = _start(
        "Procurement documents: {{ p.title }}",
        "Innovation partnership (Directive 2014/24/EU, Art. 31)",
    )
    heading(doc, "1 The contracting authority and the partnership")
    para(
        doc,
        (
            "{{ lead.name }} sets up an innovation partnership (Directive 2014/24/EU, "
            "Art. 31) to develop an innovative solution and then buy it, provided it reaches "
            "the performance levels and maximum costs agreed."
        ),
    )
    buyers_table(doc)
    para(
        doc,
        (
            "The partnership is set up with {% if p.partnership and "
            "p.partnership.partners > 1 %}up to {{ p.partnership.partners }} partners "
            "conducting separate research and development activities{% else %}one partner"
            "{% endif %} (Art. 31(1))."
        ),
    )
    heading(doc, "2 The need that the market cannot meet")
    text_or_todo(doc, "p.challenge.need")
    value(doc, "p.challenge.market_gap", label="Why existing solutions do not meet it.")
    value(doc, "p.challenge.current_situation", label="Current situation.")
    heading(doc, "3 The required solution")
    para(
        doc,
        (
            "This description is meant to let operators judge the nature and scope of the "
            "required solution and decide whether to ask to participate (Art. 31(1))."
        ),
    )
    requirements(doc, "3", minimum_title="Minimum requirements – not negotiable")
    heading(doc, "4 Procedure and timetable")
    para(
        doc,
        (
            "Any operator may request to participate by giving the selection information "
            "asked for; only invited candidates may tender. Requests to participate are "
            "received for at least 30 days from the dispatch of the contract notice "
            "(Art. 31(1)). A prior information notice cannot replace the contract notice."
        ),
    )
    limits_table(doc)
    timeline_table(doc)
    standstill(doc)
    heading(doc, "5 Exclusion grounds")
    exclusion(
        doc,
        intro=(
            "Candidates declare in the ESPD (Art. 59) that none of the grounds of Art. 57 applies:"
        ),
    )
    heading(doc, "6 Selection: research, development and innovation capacity")
    para(
        doc,
        (
            "Candidates are selected in particular on their capacity in research and "
            "development and in developing and implementing innovative solutions "
            "(Art. 31(6))."
        ),
    )
    selection_table(doc)
    heading(doc, "7 Award: best price-quality ratio")
    para(
        doc,
        (
            "The contracts are awarded on the sole basis of the best price-quality ratio "
            "(Art. 31(1) and 67). The minimum requirements and the award criteria are not "
            "negotiated (Art. 31(3))."
        ),
    )
    award_table(doc)
    heading(doc, "8 Negotiation")
    para(
        doc,
        (
            "The authority negotiates the initial and all later tenders, except the final "
            "tender, to improve their content. All tenderers are treated equally; changes to "
            "the documents other than the minimum requirements are communicated in writing "
            "with time to resubmit; confidential information of a tenderer is not revealed "
            "without its agreement on specific information (Art. 31(3)-(4))."
        ),
    )
    para(doc, "{%p if p.partnership %}")
    para(
        doc,
        (
            "{% if p.partnership.negotiation.rounds %}Planned rounds of negotiation: "
            "{{ p.partnership.negotiation.rounds }}. {% endif %}"
            "{% if p.partnership.negotiation.successive_stages %}Negotiations take place in "
            "successive stages: the number of tenders is reduced by applying the award "
            "criteria (Art. 31(5)).{% else %}Negotiations do not take place in successive "
            "stages.{% endif %}"
        ),
    )
    value(doc, "p.partnership.negotiation.rules")
    para(doc, "{%p endif %}")
    heading(doc, "9 Structure of the partnership")
    para(
        doc,
        (
            "The partnership follows the sequence of the research and innovation process in "
            "successive phases; each phase has intermediate targets, and the remuneration "
            "is paid in instalments (Art. 31(2)). The duration and value of the phases "
            "reflect the degree of innovation of the solution (Art. 31(7))."
        ),
    )
    phases_table(doc, contracts_label="Partners")
    phase_details(doc, "9", partnership=True)
    para(doc, "Final phase: purchase of the solution", "Heading 2")
    para(doc, "{%p if p.purchase %}")
    value(doc, "p.purchase.description", label="What is bought.")
    value(doc, "p.purchase.quantities", label="Quantities.")
    value(doc, "p.purchase.max_cost", "|money(currency)", label="Maximum cost (excl. VAT):")
    para(doc, "Performance levels the solution must reach to be bought:", "Form Label")
    items(doc, "p.purchase.performance_levels")
    para(doc, "{%p else %}")
    marker(para(doc))
    para(doc, "{%p endif %}")
    heading(doc, "10 Ending the partnership or reducing partners")
    para(
        doc,
        (
            "{% if p.partnership and p.partnership.terminate_after_phase %}After each phase, "
            "on the basis of the intermediate targets, the authority may end the partnership "
            "or, with several partners, reduce their number by ending individual contracts "
            "(Art. 31(2)), under these conditions:{% else %}The partnership is not ended "
            "early nor the partners reduced after a phase.{% endif %}"
        ),
    )
    value(doc, "(p.partnership and p.partnership.termination_conditions)")
    heading(doc, "11 Intellectual property and confidentiality")
    para(
        doc,
        (
            "The arrangements for intellectual property rights are defined here "
            "(Art. 31(6)). With several partners, solutions proposed and other confidential "
            "information of one partner are not revealed to the others without its "
            "agreement on specific information (Art. 21 and 31(6))."
        ),
    )
    kv_table(doc, ipr_rows())
    heading(doc, "12 Estimated value")
    para(
        doc,
        (
            "The estimated value is the maximum estimated value of the research and "
            "development of all phases and of the purchase at the end of the partnership "
            "(Art. 5)."
        ),
    )
    kv_table(
        doc,
        [
            (
                "R&D of all phases",
                "="
                "{{ value.phases_total|money(currency) }}"
                "{% if value.research_share is not none %} ({{ value.research_share|percent }})"
                "{% endif %}",
            ),
            (
                "Final purchase (maximum)",
                "="
                "{% if value.purchase is not none %}"
                "{{ value.purchase|money(currency) }}{% if value.purchase_share is not none %} "
                "({{ value.purchase_share|percent }}){% endif %}{% else %}[to complete]{% endif %}",
            ),
            ("Estimated value (Art. 5)", "={{ value.art5|money(currency) }}"),
        ],
    )
    heading(doc, "13 Contract conditions")
    kv_table(doc, contract_rows())
    heading(doc, "14 Tendering rules")
    tendering_table(doc)
    annexes(doc, "15")
    save(doc, folder / "tender-innovation-partnership.docx")


def build_all(folder: Path) -> None:
    """Write the tender layouts into ``folder``."""
    build_pcp(folder)
    build_ppi(folder)
    build_partnership(folder)
