"""Build the tender skeleton layouts: templates/tender-{pcp,ppi,innovation-partnership}.docx.

Run ``python -m leadocs.layouts`` after changing a layout; the .docx files are
committed and shipped in the wheel. One layout serves every
language: the static text comes from the tender catalogues
(``leadocs/i18n/tender/LANG.yaml``, ``t.…``), the facts from the procurement
file through :func:`leadocs.tender.draft.tender_context`. Legal bases are those
verified in ``reference/procurement-domain.md``.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocumentObject

from leadocs.layouts.docx_builder import new_document, para, save
from leadocs.layouts.tender_cover import (
    buyers_table,
    cover,
    header,
)
from leadocs.layouts.tender_parts import (
    LAW,
    T,
    heading,
    items,
    kv_table,
    loop_table,
    marker,
    text,
    text_or_todo,
    value,
)
from leadocs.layouts.tender_sections import (
    annexes,
    award_table,
    contract_rows,
    eu_funding,
    exclusion,
    ipr_rows,
    joint_procurement,
    limits_table,
    market_consultation,
    no_lots,
    requirements,
    selection_table,
    standstill,
    tendering_sections,
    tendering_table,
    timeline_table,
)


def _start() -> DocumentObject:
    doc = new_document(title="{{ kind.document }}: {{ p.title }}", subject="{{ kind.label }}")
    header(doc)
    cover(doc)
    return doc


def phases_table(doc: DocumentObject, *, contracts_key: str = "tables.contracts") -> None:
    """Phases with duration, contracts, budget per contract, phase budget and share."""
    labels = ["number", "phase", "months", "", "max_per_contract", "budget", "share"]
    loop_table(
        doc,
        [T(contracts_key) if not key else T(f"tables.{key}") for key in labels],
        [0.8, 4.0, 1.5, 1.9, 3.0, 3.2, 2.0],
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
            T("tables.all_phases"),
            "",
            "",
            "",
            "{{ value.phases_total|money(currency) }}",
            "{% if value.phases_share is not none %}{{ value.phases_share|percent }}{% endif %}",
        ],
    )
    para(doc, "{%p if not phases %}")
    marker(para(doc, T("pcp.no_phases") + " "))
    para(doc, "{%p endif %}")
    text(doc, "tables.shares_of", "Note")


def phase_details(doc: DocumentObject, number: str, *, partnership: bool = False) -> None:
    """Per phase: objectives, deliverables, gate criteria (and targets, instalments)."""
    para(doc, "{%p for ph in phases %}")
    para(doc, f"{number}.{{{{ ph.number }}}} {{{{ ph.title }}}}", "Heading 2")
    value(doc, "ph.objectives", label=T("parts.objectives"))
    para(doc, T("parts.deliverables"), "Form Label")
    items(doc, "ph.deliverables")
    if partnership:
        para(doc, T("parts.targets"), "Form Label")
        items(doc, "ph.intermediate_targets")
        para(doc, T("parts.instalments"), "Form Label")
        para(doc, "{%p for i in ph.instalments %}")
        para(doc, "{{ i.share|percent }} {{ t.parts.instalment }} {{ i.milestone }}", "List Bullet")
        para(doc, "{%p endfor %}")
    para(doc, "{%p if ph.gate_criteria or not loop.last %}")
    para(doc, T("parts.gate"), "Form Label")
    items(
        doc,
        "ph.gate_criteria",
        "{{ item.name }}{% if item.weight %} – {{ item.weight|percent }}{% endif %}",
    )
    para(doc, "{%p if ph.gate_criteria %}")
    para(doc, "{% if ph.weighted %}{{ t.parts.gate_weighted }}{% else %}"
              "{{ t.parts.gate_weights }}{% endif %}", "Note")  # fmt: skip
    para(doc, "{%p endif %}")
    para(doc, "{%p endif %}")
    para(doc, "{%p endfor %}")


def _pcp_intro(doc: DocumentObject) -> None:
    heading(doc, "pcp.h_intro")
    heading(doc, "pcp.h_buyers", 2)
    para(doc, "{% if members %}{{ t.pcp.lead_joint }}{% else %}{{ t.pcp.lead_single }}{% endif %}")
    buyers_table(doc)
    joint_procurement(doc)
    heading(doc, "pcp.h_pcp", 2)
    text(doc, "pcp.pcp_text")
    heading(doc, "pcp.h_basis", 2)
    para(doc, "{%p if law.art14 %}")
    text(doc, "pcp.art14")
    para(doc, "{%p else %}")
    p = para(doc, "{{ t.pcp.not_art14 }} ")
    marker(p, LAW)
    p.add_run(".")
    para(doc, "{%p endif %}")
    text(doc, "pcp.treaty")
    marker(para(doc, "{{ t.pcp.national }} "), LAW)


def _pcp_scope(doc: DocumentObject) -> None:
    heading(doc, "pcp.h_challenge")
    text_or_todo(doc, "p.challenge.need")
    value(doc, "p.challenge.current_situation", label=T("pcp.current"))
    requirements(doc, "2", minimum_title="pcp.minimum_title")
    heading(doc, "pcp.h_scope", 2)
    text(doc, "pcp.no_volumes", "List Bullet")
    items(doc, "p.challenge.out_of_scope", todo=False)
    heading(doc, "pcp.h_consultation", 2)
    text(doc, "pcp.consultation")
    market_consultation(doc)
    heading(doc, "pcp.h_phases")
    text(doc, "pcp.phases")
    phases_table(doc)
    para(doc, "{%p if value.supplies %}")
    text(doc, "pcp.supplies")
    para(doc, "{%p endif %}")
    text(doc, "parts.unused_budget")
    phase_details(doc, "3")


def _pcp_rules(doc: DocumentObject) -> None:
    heading(doc, "pcp.h_timetable")
    timeline_table(doc)
    heading(doc, "pcp.h_tendering")
    text(doc, "pcp.who")
    tendering_table(doc)
    tendering_sections(doc)
    heading(doc, "pcp.h_exclusion")
    exclusion(doc, intro="{% if law.art14 %}{{ t.pcp.exclusion }}{% else %}"
                         "{{ t.pcp.exclusion_directive }}{% endif %}")  # fmt: skip
    heading(doc, "pcp.h_selection")
    text(doc, "pcp.selection")
    selection_table(doc)
    heading(doc, "pcp.h_compliance")
    text(doc, "pcp.compliance")
    for key in ("check_1", "check_2", "check_3", "check_4"):
        text(doc, f"pcp.{key}", "List Bullet")
    items(doc, "p.criteria.compliance", todo=False)
    heading(doc, "pcp.h_award")
    text(doc, "pcp.award")
    award_table(doc)


def build_pcp(folder: Path) -> None:
    """The PCP request for tenders."""
    doc = _start()
    _pcp_intro(doc)
    _pcp_scope(doc)
    _pcp_rules(doc)
    heading(doc, "pcp.h_contract")
    heading(doc, "pcp.h_framework", 2)
    para(doc, "{% if framework %}{{ t.pcp.framework }} {% endif %}{{ t.pcp.price }}")
    p = para(doc, "{{ t.parts.framework_duration }} ")
    p.add_run("{% if value.framework_months %}{{ value.framework_months }}{% else %}")
    marker(p)
    p.add_run("{% endif %}")
    kv_table(doc, contract_rows())
    heading(doc, "pcp.h_ipr", 2)
    text(doc, "pcp.ipr")
    kv_table(doc, ipr_rows(pcp=True))
    eu_funding(doc)
    annexes(doc, "pcp.h_annexes")
    save(doc, folder / "tender-pcp.docx")


def _ppi_subject(doc: DocumentObject) -> None:
    heading(doc, "ppi.h_buyers")
    para(doc, "{% if members %}{{ t.ppi.lead_joint }}{% else %}{{ t.ppi.lead_single }}{% endif %}")
    buyers_table(doc)
    joint_procurement(doc)
    heading(doc, "ppi.h_subject")
    text(doc, "ppi.ppi_text")
    value(doc, "(p.purchase and p.purchase.description)", label=T("ppi.what"))
    value(doc, "(p.purchase and p.purchase.quantities)", label=T("ppi.quantities"))
    para(doc, "{% if framework %}{{ t.ppi.framework }}{% else %}{{ t.ppi.single }}{% endif %}")
    no_lots(doc)
    para(doc, "{%p if phases %}")
    phases_table(doc)
    phase_details(doc, "2")
    para(doc, "{%p endif %}")
    heading(doc, "ppi.h_spec")
    text(doc, "ppi.spec")
    text_or_todo(doc, "p.challenge.need")
    value(doc, "p.challenge.current_situation", label=T("ppi.current"))
    requirements(doc, "3", minimum_title="ppi.minimum_title")
    heading(doc, "ppi.h_consultation")
    text(doc, "ppi.consultation")
    market_consultation(doc)


def build_ppi(folder: Path) -> None:
    """The PPI tender specifications."""
    doc = _start()
    _ppi_subject(doc)
    heading(doc, "ppi.h_procedure")
    text(doc, "ppi.procedure")
    limits_table(doc)
    timeline_table(doc)
    standstill(doc)
    heading(doc, "ppi.h_exclusion")
    exclusion(doc, intro=T("ppi.exclusion"))
    heading(doc, "ppi.h_selection")
    text(doc, "ppi.selection")
    selection_table(doc)
    heading(doc, "ppi.h_award")
    text(doc, "ppi.award")
    award_table(doc)
    heading(doc, "ppi.h_testing")
    text_or_todo(doc, "p.conformance_testing")
    heading(doc, "ppi.h_contract")
    kv_table(doc, contract_rows())
    heading(doc, "ppi.h_ipr", 2)
    text(doc, "ppi.ipr")
    kv_table(doc, ipr_rows(pcp=False))
    eu_funding(doc)
    heading(doc, "ppi.h_tendering")
    tendering_table(doc)
    tendering_sections(doc)
    annexes(doc, "ppi.h_annexes")
    save(doc, folder / "tender-ppi.docx")


def _ip_need(doc: DocumentObject) -> None:
    heading(doc, "ip.h_partnership")
    text(doc, "ip.intro")
    buyers_table(doc)
    para(
        doc,
        "{% if p.partnership and p.partnership.partners > 1 %}{{ t.ip.partners_many }}"
        "{% else %}{{ t.ip.partners_one }}{% endif %}",
    )
    no_lots(doc)
    joint_procurement(doc)
    heading(doc, "ip.h_need")
    text_or_todo(doc, "p.challenge.need")
    value(doc, "p.challenge.market_gap", label=T("ip.gap"))
    value(doc, "p.challenge.current_situation", label=T("ip.current"))
    heading(doc, "ip.h_solution")
    text(doc, "ip.solution")
    requirements(doc, "3", minimum_title="ip.minimum_title")
    heading(doc, "ip.h_procedure")
    text(doc, "ip.procedure")
    limits_table(doc)
    timeline_table(doc)
    standstill(doc)
    heading(doc, "ip.h_exclusion")
    exclusion(doc, intro=T("ip.exclusion"))
    heading(doc, "ip.h_selection")
    text(doc, "ip.selection")
    selection_table(doc)
    heading(doc, "ip.h_award")
    text(doc, "ip.award")
    award_table(doc)


def _ip_negotiation(doc: DocumentObject) -> None:
    heading(doc, "ip.h_negotiation")
    text(doc, "ip.negotiation")
    para(doc, "{%p if p.partnership %}")
    para(
        doc,
        "{% if p.partnership.negotiation.rounds %}{{ t.ip.rounds }} {% endif %}"
        "{% if p.partnership.negotiation.successive_stages %}{{ t.ip.stages }}{% else %}"
        "{{ t.ip.no_stages }}{% endif %}",
    )
    value(doc, "p.partnership.negotiation.rules")
    para(doc, "{%p endif %}")


def _ip_structure(doc: DocumentObject) -> None:
    heading(doc, "ip.h_structure")
    text(doc, "ip.structure")
    phases_table(doc, contracts_key="tables.partners")
    phase_details(doc, "9", partnership=True)
    heading(doc, "ip.h_purchase", 2)
    para(doc, "{%p if p.purchase %}")
    value(doc, "p.purchase.description", label=T("ip.what"))
    value(doc, "p.purchase.quantities", label=T("ip.quantities"))
    value(doc, "p.purchase.max_cost", "|money(currency)", label=T("ip.max_cost"))
    para(doc, T("ip.levels"), "Form Label")
    items(doc, "p.purchase.performance_levels")
    para(doc, "{%p else %}")
    marker(para(doc))
    para(doc, "{%p endif %}")
    heading(doc, "ip.h_ending")
    para(
        doc,
        "{% if p.partnership and p.partnership.terminate_after_phase %}{{ t.ip.ending }}"
        "{% else %}{{ t.ip.no_ending }}{% endif %}",
    )
    value(doc, "(p.partnership and p.partnership.termination_conditions)")


def build_partnership(folder: Path) -> None:
    """The innovation-partnership procurement documents."""
    doc = _start()
    _ip_need(doc)
    _ip_negotiation(doc)
    _ip_structure(doc)
    heading(doc, "ip.h_ipr")
    text(doc, "ip.ipr")
    kv_table(doc, ipr_rows(pcp=False))
    heading(doc, "ip.h_value")
    text(doc, "ip.value")
    kv_table(
        doc,
        [
            (
                T("ip.rd"),
                "={{ value.phases_total|money(currency) }}"
                "{% if value.research_share is not none %} ({{ value.research_share|percent }})"
                "{% endif %}",
            ),
            (
                T("ip.purchase"),
                "={% if value.purchase is not none %}{{ value.purchase|money(currency) }}"
                "{% if value.purchase_share is not none %} ({{ value.purchase_share|percent }})"
                "{% endif %}{% else %}{{ t.marks.todo }}{% endif %}",
            ),
            (T("ip.estimated"), "={{ value.art5|money(currency) }}"),
        ],
    )
    heading(doc, "ip.h_contract")
    kv_table(doc, contract_rows())
    eu_funding(doc)
    heading(doc, "ip.h_tendering")
    tendering_table(doc)
    tendering_sections(doc)
    annexes(doc, "ip.h_annexes")
    save(doc, folder / "tender-innovation-partnership.docx")


def build_all(folder: Path) -> None:
    """Write the tender layouts into ``folder``: the three drafts and the pack's own."""
    from leadocs.layouts import tender_contracts, tender_pack

    build_pcp(folder)
    build_ppi(folder)
    build_partnership(folder)
    tender_pack.build_all(folder)
    tender_contracts.build_all(folder)
