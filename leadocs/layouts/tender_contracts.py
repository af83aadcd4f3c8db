"""Build the contracts of the tender pack: PCP framework agreement, specific contract, PPI, IP.

Modelled on the European Commission's PCP and PPI model contracts: parties,
definitions, subject, contract documents in order of precedence, duration,
phases, price and payment, acceptance, IPR per procedure, confidentiality,
personal data, liability and insurance, subcontracting, termination, applicable
law, the obligations of EU funding, signatures. Shared clauses are in
:mod:`leadocs.layouts.tender_contract_parts`; the context is
:func:`leadocs.tender.pack.contracts.contract_context`. Run
``python -m leadocs.layouts`` after changing a layout.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocumentObject

from leadocs.layouts.docx_builder import para, save
from leadocs.layouts.tender_contract_parts import (
    Articles,
    acceptance,
    confidentiality,
    contract_start,
    definitions,
    documents,
    eu_funding,
    ipr_table,
    law,
    liability,
    parties,
    payment,
    personal_data,
    sentence,
    signatures,
    subcontracting,
    termination,
    todo_cell,
)
from leadocs.layouts.tender_parts import (
    T,
    items,
    kv_table,
    loop_table,
    text,
    value,
)

__all__ = ["build_all", "build_framework", "build_partnership", "build_ppi", "build_specific"]

_PERIOD = (
    "={% if ph.start %}{{ ph.start|date }}{% endif %}{% if ph.end %} – {{ ph.end|date }}{% endif %}"
)


def _opening(title: str, defined: tuple[str, ...], subject: str) -> tuple[DocumentObject, Articles]:
    """A contract's title, its parties, its definitions and its subject with the need."""
    doc = contract_start(T(f"contract.{title}"))
    number = Articles(doc)
    parties(doc, number)
    definitions(doc, number, defined)
    number("h_subject")
    text(doc, f"contract.{subject}")
    value(doc, "p.challenge.need", style="Note")
    return doc, number


def _closing(doc: DocumentObject, number: Articles) -> None:
    """The clauses every contract ends with, then the signatures."""
    personal_data(doc, number)
    liability(doc, number)
    subcontracting(doc, number)
    termination(doc, number)
    law(doc, number)
    eu_funding(doc, number)
    signatures(doc)


def _duration(doc: DocumentObject, number: Articles, key: str, expr: str) -> None:
    number("h_duration")
    text(doc, "contract.entry")
    sentence(doc, key, expr)


def build_framework(folder: Path) -> None:
    """The PCP framework agreement, covering every phase."""
    doc, number = _opening("framework_title", ("def_pcp", "def_framework"), "pcp_subject")
    text(doc, "contract.pcp_no_volumes")
    documents(doc, number, framework=True)
    _duration(doc, number, "pcp_duration", "c.months")
    number("h_phases")
    text(doc, "contract.pcp_phases")
    loop_table(
        doc,
        ["#", T("tables.phase"), T("contract.period"), T("tables.months"),
         T("tables.max_per_contract"), T("tables.contracts")],
        [0.8, 4.6, 4.0, 1.4, 3.0, 2.6],
        "ph in c.phases",
        ["{{ ph.number }}", "{{ ph.name }}", _PERIOD[1:], "{{ ph.duration_months or '' }}",
         "{% if ph.max_price is not none %}{{ ph.max_price|money(currency) }}{% endif %}",
         "{{ ph.contracts or '' }}"],
    )  # fmt: skip
    payment(doc, number, ("price_max", "pcp_price"))
    acceptance(doc, number)
    number("h_ipr")
    text(doc, "contract.pcp_ipr")
    ipr_table(doc, pcp=True)
    confidentiality(doc, number)
    _closing(doc, number)
    save(doc, folder / "tender-contract-pcp-framework.docx")


def _instalments(doc: DocumentObject, phase: str) -> None:
    """The instalments of a phase with their amounts at the maximum price, or payment at once."""
    para(doc, f"{{%p if {phase}.instalments %}}")
    text(doc, "contract.instalments_intro")
    loop_table(
        doc,
        [T("contract.milestone"), T("contract.share"), T("contract.amount")],
        [9.4, 2.4, 4.6],
        f"i in {phase}.instalments",
        ["{{ i.milestone }}", "{{ i.share|percent }}",
         "{% if i.amount is not none %}{{ i.amount|money(currency) }}{% endif %}"],
    )  # fmt: skip
    # Without instalments the file's payment terms say how the phase is paid, if it has them.
    para(doc, "{%p elif p.contract.payment_terms %}")
    value(doc, "p.contract.payment_terms", label=T("contract.particular"))
    para(doc, "{%p else %}")
    text(doc, "contract.no_instalments")
    para(doc, "{%p endif %}")


def build_specific(folder: Path) -> None:
    """The PCP specific contract of one phase (rendered once per phase)."""
    doc = contract_start("{{ c.title }}")
    number = Articles(doc)
    number("h_parties")
    text(doc, "contract.specific_intro")
    text(doc, "contract.and_contractor", "Form Label")
    keys = ("name", "registration", "represented_by")
    kv_table(doc, [(T(f"contract.{key}"), todo_cell) for key in keys])
    number("h_subject")
    text(doc, "contract.specific_subject")
    value(doc, "phase.objectives", label=T("contract.specific_objectives"))
    text(doc, "contract.specific_deliverables", "Form Label")
    items(doc, "phase.deliverables")
    number("h_duration")
    text(doc, "contract.entry")
    kv_table(
        doc,
        [
            (T("contract.period"), _PERIOD.replace("ph.", "phase.")),
            (T("tables.months"), "phase.duration_months", ""),
        ],
    )
    number("h_price")
    kv_table(
        doc,
        [
            (T("contract.max_price"), "phase.max_price", "|money(currency)"),
            (T("contract.offered_price"), todo_cell),
            (T("contract.payment_days"), "p.contract.payment_days", ""),
        ],
    )
    _instalments(doc, "phase")
    acceptance(doc, number)
    number("h_gate")
    para(doc, "{%p if not phase.last %}")
    text(doc, "contract.gate")
    items(
        doc,
        "phase.gate_criteria",
        "{{ item.name }}{% if item.weight %} – {{ item.weight|percent }}{% endif %}",
    )
    text(doc, "contract.not_admitted")
    para(doc, "{%p else %}")
    text(doc, "contract.last_phase")
    para(doc, "{%p endif %}")
    number("h_other")
    text(doc, "contract.specific_other")
    signatures(doc)
    save(doc, folder / "tender-contract-pcp-phase.docx")


def build_ppi(folder: Path) -> None:
    """The PPI contract (or framework agreement) for the supply of the innovative solution."""
    doc, number = _opening("ppi_title", ("def_ppi",), "ppi_subject")
    para(doc, "{% if framework %}{{ t.contract.ppi_framework }}{% else %}"
              "{{ t.contract.ppi_single }}{% endif %}")  # fmt: skip
    value(doc, "p.contract.options", label=T("contract.ppi_options"))
    documents(doc, number)
    _duration(doc, number, "duration", "p.contract.duration_months")
    number("h_stages")
    text(doc, "contract.ppi_phases")
    loop_table(
        doc,
        ["#", T("contract.stage"), T("tables.months"), T("pack.maximum")],
        [0.8, 8.6, 2.0, 5.0],
        "ph in c.phases",
        ["{{ ph.number }}", "{{ ph.name }}", "{{ ph.duration_months or '' }}",
         "{% if ph.max_price is not none %}{{ ph.max_price|money(currency) }}{% endif %}"],
    )  # fmt: skip
    text(doc, "contract.ppi_performance")
    items(doc, "p.challenge.performance_requirements")
    payment(doc, number, ())
    acceptance(doc, number)
    text(doc, "contract.ppi_acceptance")
    value(doc, "p.conformance_testing", style="Note")
    number("h_ipr")
    text(doc, "contract.ppi_ipr")
    ipr_table(doc, pcp=False)
    confidentiality(doc, number)
    _closing(doc, number)
    save(doc, folder / "tender-contract-ppi.docx")


def _ip_phases(doc: DocumentObject, number: Articles) -> None:
    number("h_structure")
    text(doc, "contract.ip_structure")
    para(doc, "{%p for ph in c.phases %}")
    para(doc, f"{number.number}.{{{{ ph.number }}}} {{{{ ph.title }}}}", "Heading 2")
    value(doc, "ph.objectives", label=T("contract.specific_objectives"))
    text(doc, "contract.specific_deliverables", "Form Label")
    items(doc, "ph.deliverables")
    text(doc, "contract.targets", "Form Label")
    items(doc, "ph.intermediate_targets")
    kv_table(
        doc,
        [
            (T("contract.period"), _PERIOD),
            (T("contract.max_price"), "ph.max_price", "|money(currency)"),
        ],
    )
    _instalments(doc, "ph")
    para(doc, "{%p endfor %}")


def _ip_review_and_purchase(doc: DocumentObject, number: Articles) -> None:
    number("h_review")
    text(doc, "contract.ip_review")
    para(doc, "{%p if c.terminate_after_phase %}")
    text(doc, "contract.ip_terminate")
    value(doc, "c.termination_conditions", style="Note")
    para(doc, "{%p else %}")
    text(doc, "contract.ip_no_terminate")
    para(doc, "{%p endif %}")
    number("h_purchase")
    text(doc, "contract.ip_purchase")
    kv_table(
        doc,
        [
            (T("contract.purchase_what"), "c.purchase.description", ""),
            (T("contract.quantities"), "c.purchase.quantities", ""),
            (T("contract.max_cost"), "c.purchase.max_cost", "|money(currency)"),
            (T("contract.purchase_months"), "c.purchase.duration_months", ""),
        ],
    )
    text(doc, "contract.levels", "Form Label")
    items(doc, "c.purchase.performance_levels")


def build_partnership(folder: Path) -> None:
    """The innovation partnership agreement (Directive 2014/24/EU, Art. 31)."""
    doc, number = _opening("ip_title", ("def_ip", "def_partner"), "ip_subject")
    documents(doc, number)
    _duration(doc, number, "ip_duration", "c.months")
    _ip_phases(doc, number)
    _ip_review_and_purchase(doc, number)
    payment(doc, number, ("ip_price",))
    acceptance(doc, number)
    number("h_ipr")
    text(doc, "contract.ip_ipr")
    ipr_table(doc, pcp=False)
    confidentiality(doc, number, "ip_confidential")
    _closing(doc, number)
    save(doc, folder / "tender-contract-innovation-partnership.docx")


def build_all(folder: Path) -> None:
    """Write the contract layouts into ``folder``."""
    build_framework(folder)
    build_specific(folder)
    build_ppi(folder)
    build_partnership(folder)
