"""The tender drafts' sections: requirements, timetable, criteria, contract, IPR, annexes.

Blocks of :mod:`leadocs.layouts.tender` over :func:`leadocs.tender.draft.tender_context`;
every word comes from the tender catalogue (see :mod:`leadocs.layouts.tender_parts`).
"""

from __future__ import annotations

from docx.document import Document as DocumentObject

from leadocs.layouts.docx_builder import (
    page_break,
    para,
)
from leadocs.layouts.tender_cover import publication_note
from leadocs.layouts.tender_parts import (
    LAW,
    TODO,
    Row,
    T,
    deadline_time,
    items,
    kv_table,
    loop_table,
    marker,
    text,
    text_or_todo,
    value,
)

__all__ = [
    "annexes", "award_table", "contract_rows", "eu_funding", "exclusion", "ipr_rows",
    "joint_procurement", "limits_table", "market_consultation", "no_lots", "requirements",
    "selection_table", "standstill", "tendering_sections", "tendering_table", "timeline_table",
]  # fmt: skip


def requirements(doc: DocumentObject, number: str, *, minimum_title: str) -> None:
    """Functional, performance and minimum requirements, end users and test sites."""
    para(doc, f"{number}.1 {T('parts.functional')}", "Heading 2")
    items(doc, "p.challenge.functional_requirements")
    para(doc, f"{number}.2 {T('parts.performance')}", "Heading 2")
    items(doc, "p.challenge.performance_requirements")
    para(doc, f"{number}.3 {T(minimum_title)}", "Heading 2")
    text(doc, "parts.minimum_intro")
    items(doc, "p.challenge.minimum_requirements", "☐ {{ item }}", style="Checklist")
    para(doc, f"{number}.4 {T('parts.end_users')}", "Heading 2")
    text_or_todo(doc, "p.challenge.end_users")
    para(doc, "{%p if p.challenge.test_sites %}")
    loop_table(
        doc,
        [T("tables.test_site"), T("tables.country"), T("tables.testing")],
        [5.0, 3.0, 8.4],
        "s in p.challenge.test_sites",
        [
            "{{ s.name }}",
            "{% if s.country %}{{ s.country|country }}{% endif %}",
            "{{ s.description }}",
        ],
    )
    para(doc, "{%p endif %}")


def timeline_table(doc: DocumentObject) -> None:
    """Every date of the procedure and the phases, "[to complete]" where missing."""
    table = loop_table(
        doc, [T("tables.step"), T("tables.date")], [10.4, 6.0], "row in timeline",
        ["{{ row.event }}", ""],
    )  # fmt: skip
    p = table.rows[2].cells[1].paragraphs[0]
    p.add_run(
        "{% if row.date %}{{ row.date|date }}{% if row.end %} – {{ row.end|date }}"
        "{% endif %}{% if row.deadline %}, "
    )
    deadline_time(p, "row.time")
    p.add_run("{% endif %}{% else %}")
    marker(p)
    p.add_run("{% endif %}")


def limits_table(doc: DocumentObject) -> None:
    """The minimum time limits that apply, and the days the timetable gives."""
    para(doc, "{%p if limits %}")
    text(doc, "parts.limits_intro")
    loop_table(
        doc,
        [T(f"tables.{key}") for key in ("limit_for", "counted_from", "minimum", "planned")],
        [3.4, 4.8, 5.8, 2.4],
        "l in limits",
        [
            "{{ l.deadline }}",
            "{{ l.from }}",
            "{{ l.minimum }}",
            "{% if l.days is not none %}{{ l.days }} {{ t.tables.days }}{% else %}"
            + TODO
            + "{% endif %}",
        ],
    )
    para(doc, "{%p endif %}")


def standstill(doc: DocumentObject) -> None:
    """Award decision, standstill and remedies: national law under the Remedies Directives."""
    p = para(doc, "{{ t.parts.standstill }} ")
    marker(p, LAW)


def exclusion(doc: DocumentObject, *, intro: str) -> None:
    """Exclusion grounds: the grounds of Art. 57 and any the buyers add."""
    para(doc, intro)
    for key in ("ground_1", "ground_2", "ground_3"):
        text(doc, f"parts.{key}", "List Bullet")
    last = doc.paragraphs[-1]
    last.add_run(" ")
    marker(last, LAW)
    last.add_run(".")
    para(doc, "{%p if p.criteria.exclusion %}")
    text(doc, "parts.more_grounds")
    para(doc, "{%p endif %}")
    items(doc, "p.criteria.exclusion", todo=False)


def selection_table(doc: DocumentObject) -> None:
    """Selection criteria: family and the minimum level with its evidence."""
    para(doc, "{%p if selection %}")
    loop_table(
        doc,
        [T("tables.criterion"), T("tables.kind"), T("tables.minimum_level")],
        [4.4, 3.8, 8.2],
        "s in selection",
        ["{{ s.name }}", "{{ s.kind }}", "{{ s.requirement }}"],
    )
    para(doc, "{%p else %}")
    marker(para(doc))
    para(doc, "{%p endif %}")
    para(doc, "{%p if p.criteria.max_candidates %}")
    text(doc, "parts.max_candidates")
    para(doc, "{%p endif %}")


def award_table(doc: DocumentObject) -> None:
    """Award criteria with weights, scoring method and price formula."""
    loop_table(
        doc,
        [T(f"tables.{key}") for key in ("award_criterion", "kind", "weight", "min_score")],
        [8.4, 2.4, 2.4, 3.2],
        "c in award",
        [
            "{{ c.name }}{% if c.description %}\n{{ c.description }}{% endif %}",
            "{{ c.kind }}",
            "{{ c.weight|percent }}",
            "{% if c.min_score is not none %}{{ c.min_score|percent }}{% else %}–{% endif %}",
        ],
        total=[T("tables.total"), "", "{{ award|sum(attribute='weight')|percent }}", ""],
    )
    value(doc, "p.criteria.scoring", label=T("tables.scoring"))
    value(doc, "p.criteria.price_formula", label=T("tables.price_points"))


def ipr_rows(*, pcp: bool, prefix: str = "p.ipr") -> list[Row]:
    """The rows of an IPR table; the call-back exists only in a PCP."""
    rows: list[Row] = [(T("parts.ownership"), "={{ ipr_ownership }}")]
    keys = ["procurer_rights", "licensing", *(["call_back"] if pcp else [])]
    keys += ["confidentiality", "publication"]
    rows += [(T(f"parts.{key}"), f"{prefix}.{key}", "") for key in keys]
    return rows


def joint_procurement(doc: DocumentObject) -> None:
    """The joint procurement agreement and, across member states, the Art. 39 text."""
    para(doc, "{%p if law.joint %}")
    value(doc, "p.buyers.agreement", label=T("parts.joint_agreement"))
    para(doc, "{%p endif %}")
    para(doc, "{%p if law.cross_border %}")
    text(doc, "parts.cross_border")
    para(doc, "{%p endif %}")


def market_consultation(doc: DocumentObject) -> None:
    """The preliminary market consultation: period, summary, PIN, report."""
    mc = "p.market_consultation"
    para(doc, f"{{%p if {mc} %}}")
    kv_table(
        doc,
        [
            (
                T("parts.period"),
                f"={{% if {mc}.start %}}{{{{ {mc}.start|date }}}}{{% endif %}}"
                f"{{% if {mc}.end %}} – {{{{ {mc}.end|date }}}}{{% endif %}}",
            ),
            (T("parts.summary"), f"{mc}.summary", ""),
            (T("parts.pin"), f"{mc}.pin_reference", ""),
            (T("parts.report"), f"{mc}.report", ""),
        ],
    )
    para(doc, "{%p else %}")
    marker(para(doc))
    para(doc, "{%p endif %}")


def tendering_table(doc: DocumentObject) -> None:
    """Practical rules for tendering."""
    kv_table(
        doc,
        [
            (
                T("parts.languages"),
                "={% for l in p.tendering.languages %}{{ l|language }}"
                "{% if not loop.last %}, {% endif %}{% else %}{{ language_name }}{% endfor %}",
            ),
            (T("parts.submission"), "p.tendering.submission", ""),
            (T("parts.questions"), "p.tendering.questions_to", ""),
            (T("parts.validity"), "p.tendering.validity_days", " ~ ' ' ~ t.parts.days"),
            (
                T("parts.variants"),
                "={% if p.tendering.variants %}{{ t.parts.variants_yes }}{% else %}"
                "{{ t.parts.variants_no }}{% endif %}",
            ),
            (T("parts.groups"), "p.tendering.consortia", ""),
            (T("parts.cost"), "=" + T("parts.cost_text")),
        ],
    )


def tendering_sections(doc: DocumentObject) -> None:
    """Questions and answers, content and page limit, prices and VAT, opening and committee."""
    para(doc, T("parts.h_questions"), "Heading 2")
    text(doc, "parts.questions_text")
    para(doc, T("parts.h_content"), "Heading 2")
    p = para(doc, "{{ t.parts.content_text }} ")
    p.add_run("{% if p.tendering.page_limit %}{{ p.tendering.page_limit }}{% else %}")
    marker(p)
    p.add_run("{% endif %}")
    para(doc, T("parts.h_prices"), "Heading 2")
    p = para(doc, "{{ t.parts.vat_text }} ")
    marker(p, LAW)
    para(doc, T("parts.h_opening"), "Heading 2")
    p = para(doc, "{{ t.parts.opening_text }} ")
    marker(p, LAW)


def eu_funding(doc: DocumentObject) -> None:
    """What an EU-funded procurement passes on to the contractors (audits, acknowledgement)."""
    para(doc, "{%p if p.funding %}")
    para(doc, T("parts.h_eu_funding"), "Heading 2")
    text(doc, "parts.eu_funding_text")
    para(doc, "{%p endif %}")


def no_lots(doc: DocumentObject) -> None:
    """Why the contract is not divided into lots (Art. 46(1))."""
    value(doc, "p.tendering.no_lots_reason", label=T("parts.lots_text"))


def contract_rows() -> list[Row]:
    """The rows of a contract conditions table."""
    return [
        (T("parts.duration"), "p.contract.duration_months", " ~ ' ' ~ t.parts.months"),
        (T("parts.options"), "p.contract.options", ""),
        (T("parts.payment"), "p.contract.payment_terms", ""),
        (T("parts.place"), "p.contract.place_of_performance", ""),
        (T("parts.data_protection"), "p.contract.data_protection", ""),
        (T("parts.liability"), "p.contract.liability", ""),
        (T("parts.termination"), "p.contract.termination", ""),
        (T("parts.law"), "p.contract.applicable_law", ""),
        (T("parts.courts"), "p.contract.jurisdiction", ""),
    ]


def annexes(doc: DocumentObject, number_key: str) -> None:
    """The list of annexes and the rule-check annex."""
    para(doc, f"{T(number_key)} {T('parts.annexes')}", "Heading 1")
    para(doc, "{%p for a in annexes %}")
    para(doc, "{{ a.label }} {{ a.text }}", "List Bullet")
    para(doc, "{%p endfor %}")
    # In a tender pack the rule check is a file of its own, for the officer only.
    para(doc, "{%p if rule_check_annex %}")
    para(doc, "{{ rule_annex }} {{ t.parts.rule_check_below }}", "List Bullet")
    page_break(doc)
    para(doc, "{{ rule_annex }} {{ t.parts.rule_check }}", "Heading 1")
    text(doc, "parts.rule_check_intro")
    publication_note(doc, "Normal")
    para(doc, "{%p if warnings %}")
    text(doc, "parts.warnings", "Heading 2")
    para(doc, "{%p for w in warnings %}")
    p = para(doc, "", "List Bullet")
    p.add_run(
        "{{ w.field }}{% if w.line %} ({{ t.parts.line }} {{ w.line }}){% endif %}:",
        style="Strong Label",
    )
    p.add_run(" {{ w.message }}")
    para(doc, "{%p endfor %}")
    para(doc, "{%p else %}")
    text(doc, "parts.no_warnings")
    para(doc, "{%p endif %}")
    para(doc, "{%p endif %}")
