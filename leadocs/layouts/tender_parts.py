"""Building blocks of the tender layouts (PCP, PPI, innovation partnership).

Used by ``scripts/build_tender_templates.py``. Every block writes docxtpl tags
over the context built by :func:`leadocs.tender.draft.tender_context`; text the
officer must still write is a visible, highlighted "[to complete]", passages
that depend on national law say "[check national law]".
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from leadocs.layouts.docx_builder import (
    cell_text,
    document_of,
    grid_table,
    header_footer,
    keep_together,
    min_height,
    new_document,
    no_split,
    page_break,
    para,
    repeat_header,
    shade,
)

TODO = "[to complete]"
LAW = "[check national law]"
FULL = 16.4  # text width in cm


def marker(paragraph: Paragraph, text: str = TODO) -> Run:
    """A highlighted marker run: text the officer must still write or check."""
    run = paragraph.add_run(text)
    run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    run.bold = True
    return run


def value(
    parent: DocumentObject | _Cell,
    expr: str,
    fmt: str = "",
    *,
    style: str = "Normal",
    label: str = "",
    first: bool = False,
) -> Paragraph:
    """A paragraph showing ``expr`` (through ``fmt`` filters), or "[to complete]" if empty."""
    if first:
        p = parent.paragraphs[0]
        p.style = (
            document_of(parent).styles[style] if isinstance(parent, _Cell) else parent.styles[style]
        )
    else:
        p = parent.add_paragraph(style=style)
    if label:
        p.add_run(label + " ", style="Strong Label")
    p.add_run(f"{{% if {expr} %}}{{{{ {expr}{fmt} }}}}{{% else %}}")
    marker(p)
    p.add_run("{% endif %}")
    return p


def text_or_todo(doc: DocumentObject, expr: str, style: str = "Normal") -> None:
    """A possibly multi-paragraph text of the data, or "[to complete]"."""
    value(doc, expr, style=style)


def items(
    doc: DocumentObject,
    seq: str,
    shown: str = "{{ item }}",
    *,
    style: str = "List Bullet",
    todo: bool = True,
) -> None:
    """A bulleted list of ``seq``; "[to complete]" when it is empty (unless ``todo`` is off)."""
    para(doc, f"{{%p for item in {seq} %}}")
    para(doc, shown, style)
    para(doc, "{%p endfor %}")
    if todo:
        para(doc, f"{{%p if not {seq} %}}")
        marker(para(doc, "", style))
        para(doc, "{%p endif %}")


def heading(doc: DocumentObject, text: str, level: int = 1) -> None:
    """A numbered heading (numbers are written, not automatic, so they survive export)."""
    para(doc, text, f"Heading {level}")


def header_row(table: Table, labels: list[str]) -> None:
    """Shaded header cells, repeated on every page."""
    for cell, label in zip(table.rows[0].cells, labels, strict=True):
        cell_text(cell, label, "Form Label")
        shade(cell)
    repeat_header(table.rows[0].cells)


def loop_table(
    doc: DocumentObject,
    labels: list[str],
    widths: list[float],
    loop: str,
    cells: list[str],
    total: list[str] | None = None,
) -> Table:
    """Header, one row per item of ``loop`` (a ``for`` clause), optional total row."""
    table = grid_table(doc, 4 + (1 if total else 0), len(labels), widths)
    header_row(table, labels)
    cell_text(table.rows[1].cells[0], f"{{%tr for {loop} %}}")
    for cell, shown in zip(table.rows[2].cells, cells, strict=True):
        cell_text(cell, shown)
    no_split(table.rows[2].cells)
    cell_text(table.rows[3].cells[0], "{%tr endfor %}")
    if total:
        for cell, shown in zip(table.rows[4].cells, total, strict=True):
            cell_text(cell, shown, "Form Label")
            shade(cell, "EEF3F8")
    para(doc, "", "Small")  # Word puts no space after a table
    return table


def kv_table(doc: DocumentObject, rows: list[tuple[str, ...]]) -> Table:
    """Two columns: a shaded label and a value (or "[to complete]" when empty).

    A row is (label, expression, filters) or (label, "=" + fixed template text).
    """
    table = grid_table(doc, len(rows), 2, [5.0, FULL - 5.0])
    for row, (label, expr, *rest) in zip(table.rows, rows, strict=True):
        fmt = rest[0] if rest else ""
        cell_text(row.cells[0], label, "Form Label")
        shade(row.cells[0])
        if expr.startswith("="):  # a fixed template text, not a value
            cell_text(row.cells[1], expr[1:])
        else:
            value(row.cells[1], expr, fmt, style="Table Text", first=True)
    para(doc, "", "Small")  # Word puts no space after a table
    return table


def notice_box(doc: DocumentObject) -> None:
    """The warning that the draft is not legal advice and must be checked against national law."""
    table = grid_table(doc, 1, 1, [FULL])
    cell = table.rows[0].cells[0]
    shade(cell, "FFF4CE")
    p = cell_text(cell, "Draft – to be checked against national law", "Form Label")
    p.runs[0].font.size = Pt(11)
    para(
        cell,
        (
            "This draft was generated by leadocs from {{ source }} on {{ today|date }}. It is not "
            "legal advice. It follows Directive 2014/24/EU and the European Commission's guidance "
            "on innovation procurement, but the procedure is governed by the national law of "
            "{{ lead.country_name }} (the lead procurer's country) and, for joint procurement, by "
            "the agreement between the buyers. Have it checked by the legal service before "
            "publication."
        ),
        "Table Text",
    )
    p = para(cell, "", "Table Text")
    marker(p)
    p.add_run(" marks text the officer must still write; ")
    marker(p, LAW)
    p.add_run(" marks points that depend on national law.")
    para(cell, "{%p if warnings %}", "Table Text")
    para(
        cell,
        (
            "The rule check found {{ warnings|length }} warning(s); they are listed in the "
            "last annex and must be resolved or justified."
        ),
        "Table Text",
    )
    para(cell, "{%p endif %}", "Table Text")


def cover(doc: DocumentObject) -> None:
    """Cover page: document kind, title, buyers, funding, key facts, the notice."""
    para(doc, "{{ kind.document }}", "Title")
    para(doc, "{{ p.title }}", "Heading 1")
    para(doc, "{{ kind.label }}{% if procedure_type %} – {{ procedure_type }}{% endif %}", "Note")
    para(
        doc,
        (
            "Issued by {{ lead.name }} ({{ lead.country_name }}){% if members %} as lead "
            "procurer on behalf of the buyers' group{% endif %}. Draft of {{ today|date }}."
        ),
    )
    para(doc, "{%p if p.funding %}")
    para(
        doc,
        (
            "Funded by {{ p.funding.programme }}{% if p.funding.grant_agreement %}, grant "
            "agreement no. {{ p.funding.grant_agreement }}{% endif %} "
            "({{ p.funding.funder }})."
        ),
        "Note",
    )
    para(doc, "{%p endif %}")
    kv_table(
        doc,
        [
            ("Reference", "p.reference", ""),
            (
                "Contracting authority",
                "={{ lead.name }}, {{ p.authority_type }} contracting authority",
            ),
            (
                "Buyers' group",
                "="
                "{% for b in buyers %}{{ b.name }} ({{ b.country }})"
                "{% if not loop.last %}; {% endif %}{% endfor %}",
            ),
            (
                "Main CPV code",
                "={{ p.cpv_main }}{% if cpv[0].label %} – {{ cpv[0].label }}{% endif %}",
            ),
            (
                "Additional CPV codes",
                "="
                "{% for c in cpv[1:] %}{{ c.code }}{% if c.label %} – "
                "{{ c.label }}{% endif %}{% if not loop.last %}; {% endif %}"
                "{% else %}none{% endfor %}",
            ),
            ("Place of performance (NUTS)", "p.place_of_performance", "|join(', ')"),
            ("Total budget (excl. VAT)", "={{ value.total|money(currency) }}"),
            ("Estimated value (excl. VAT)", "={{ value.estimated|money(currency) }}"),
            ("Deadline for tenders", "p.timeline.tender_deadline", "|date"),
            ("Language of the procedure", "={{ language_name }}"),
        ],
    )
    publication_note(doc)
    notice_box(doc)
    page_break(doc)


def publication_note(doc: DocumentObject, style: str = "Note") -> None:
    """Whether EU-wide publication is required (the rule check's information line)."""
    p = para(doc, "", style)
    p.add_run("EU publication: ", style="Strong Label")
    p.add_run(
        "{% if publication.exempt or publication.required is none %}{{ publication.text }}"
        "{% else %}The estimated value of {{ publication.value|money(currency) }} "
        "({{ publication.what }}) is {{ publication.relation }} the EU threshold of "
        "{{ publication.threshold|money }} for "
        "{{ publication.category }} in {{ publication.period.label }} "
        "({{ publication.period.act }}). {{ publication.verdict }}{% endif %}"
    )


def buyers_table(doc: DocumentObject) -> None:
    """The buyers, their contacts and contributions with the share of the budget."""
    loop_table(
        doc,
        ["Buyer", "Country", "Role", "Contact", "Contribution", "Share"],
        [3.8, 1.8, 1.8, 4.8, 2.5, 1.7],
        "b in buyers",
        [
            "{{ b.name }}",
            "{{ b.country_name }}",
            "{{ b.role }}",
            "{% if b.contact %}{{ b.contact.name }}\n{{ b.contact.email }}{% endif %}",
            "{{ b.contribution|money(currency) }}",
            "{% if b.share is not none %}{{ b.share|percent(1) }}{% endif %}",
        ],
        total=[
            "All buyers",
            "",
            "",
            "",
            "{{ contributions|money(currency) }}",
            "{% if funding_split.buyers is not none %}{{ funding_split.buyers|percent(1) }}"
            "{% endif %}",
        ],
    )
    para(doc, "{%p if grant %}")
    para(
        doc,
        (
            "The grant of {{ p.funding.programme }} contributes {{ grant|money(currency) }}"
            "{% if funding_split.grant is not none %} ({{ funding_split.grant|percent(1) }})"
            "{% endif %}. Shares are of the total budget of {{ value.total|money(currency) }}."
        ),
        "Note",
    )
    para(doc, "{%p endif %}")


def header(doc: DocumentObject, *, title: str, subject: str) -> None:
    """Header with reference and kind, footer with the draft line and page numbers."""
    header_footer(
        doc,
        left="{{ p.reference }} · {{ kind.short }}",
        right="Draft – check against national law",
        disclaimer="{{ p.title }} – generated with leadocs from {{ source }}",
    )
    doc.core_properties.author = "{{ lead.name }}"
    doc.core_properties.title = title
    # A literal, not {{ kind.label }}: docxtpl would escape "R&D" in core properties.
    doc.core_properties.subject = subject


def requirements(doc: DocumentObject, number: str, *, minimum_title: str) -> None:
    """Functional, performance and minimum requirements, end users and test sites."""
    heading(doc, f"{number}.1 Functional requirements", 2)
    items(doc, "p.challenge.functional_requirements")
    heading(doc, f"{number}.2 Performance requirements", 2)
    items(doc, "p.challenge.performance_requirements")
    heading(doc, f"{number}.3 {minimum_title}", 2)
    para(
        doc,
        (
            "Every tender must meet each minimum requirement; a tender that does not is "
            "rejected. Minimum requirements are assessed pass/fail and are not negotiable."
        ),
    )
    items(doc, "p.challenge.minimum_requirements", "☐ {{ item }}", style="Checklist")
    heading(doc, f"{number}.4 End users and test sites", 2)
    text_or_todo(doc, "p.challenge.end_users")
    para(doc, "{%p if p.challenge.test_sites %}")
    loop_table(
        doc,
        ["Test site", "Country", "Testing"],
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
        doc, ["Step", "Date"], [10.4, 6.0], "row in timeline", ["{{ row.event }}", ""]
    )
    p = table.rows[2].cells[1].paragraphs[0]
    p.add_run(
        "{% if row.date %}{{ row.date|date }}{% if row.end %} – {{ row.end|date }}"
        "{% endif %}{% else %}"
    )
    marker(p)
    p.add_run("{% endif %}")


def limits_table(doc: DocumentObject) -> None:
    """The minimum time limits that apply, and the days the timetable gives."""
    para(doc, "{%p if limits %}")
    para(
        doc,
        (
            "Minimum time limits of Directive 2014/24/EU in calendar days, with only the "
            "reductions this procurement claims:"
        ),
    )
    loop_table(
        doc,
        ["Time limit for", "Counted from", "Minimum", "Planned"],
        [3.4, 4.8, 5.8, 2.4],
        "l in limits",
        [
            "{{ l.deadline }}",
            "{{ l.from }}",
            "{{ l.minimum }}",
            "{% if l.days is not none %}{{ l.days }} days{% else %}" + TODO + "{% endif %}",
        ],
    )
    para(doc, "{%p endif %}")


def standstill(doc: DocumentObject) -> None:
    """Award decision, standstill and remedies: national law under the Remedies Directives."""
    p = para(
        doc,
        (
            "The award decision is sent to every tenderer with its reasons; the contract "
            "is signed only after the standstill period, and decisions can be reviewed, "
            "under the national rules that transpose Directives 89/665/EEC and "
            "2007/66/EC: "
        ),
    )
    marker(p, LAW)


def exclusion(doc: DocumentObject, *, intro: str) -> None:
    """Exclusion grounds: the grounds of Art. 57 and any the buyers add."""
    para(doc, intro)
    for ground in (
        "conviction for participation in a criminal organisation, corruption, fraud, "
        "terrorist offences, money laundering or terrorist financing, child labour or "
        "trafficking in human beings (Art. 57(1));",
        "breach of obligations to pay taxes or social security contributions (Art. 57(2));",
        "bankruptcy or insolvency, grave professional misconduct, agreements distorting "
        "competition, conflicts of interest, distortion of competition through prior "
        "involvement, significant deficiencies in earlier contracts, or misrepresentation "
        "(Art. 57(4), as transposed in national law)",
    ):
        para(doc, ground, "List Bullet")
    last = doc.paragraphs[-1]
    last.add_run(" ")
    marker(last, LAW)
    last.add_run(".")
    para(doc, "{%p if p.criteria.exclusion %}")
    para(doc, "In addition, the buyers exclude tenderers on these grounds:")
    para(doc, "{%p endif %}")
    items(doc, "p.criteria.exclusion", todo=False)


def selection_table(doc: DocumentObject) -> None:
    """Selection criteria: family and the minimum level with its evidence."""
    para(doc, "{%p if selection %}")
    loop_table(
        doc,
        ["Criterion", "Kind", "Minimum level and evidence"],
        [4.4, 3.8, 8.2],
        "s in selection",
        ["{{ s.name }}", "{{ s.kind }}", "{{ s.requirement }}"],
    )
    para(doc, "{%p else %}")
    marker(para(doc))
    para(doc, "{%p endif %}")
    para(doc, "{%p if p.criteria.max_candidates %}")
    para(
        doc,
        (
            "The buyers invite at most {{ p.criteria.max_candidates }} candidates; if more "
            "meet the selection criteria, the best ranked on them are invited (Art. 65)."
        ),
    )
    para(doc, "{%p endif %}")


def award_table(doc: DocumentObject) -> None:
    """Award criteria with weights, scoring method and price formula."""
    loop_table(
        doc,
        ["Award criterion", "Kind", "Weight", "Minimum score"],
        [8.4, 2.4, 2.4, 3.2],
        "c in award",
        [
            "{{ c.name }}{% if c.description %}\n{{ c.description }}{% endif %}",
            "{{ c.kind }}",
            "{{ c.weight|percent }}",
            "{% if c.min_score is not none %}{{ c.min_score|percent }}{% else %}–{% endif %}",
        ],
        total=["Total", "", "{{ award|sum(attribute='weight')|percent }}", ""],
    )
    value(doc, "p.criteria.scoring", label="Scoring.")
    value(doc, "p.criteria.price_formula", label="Points for price or cost.")


def ipr_rows(prefix: str = "p.ipr") -> list[tuple[str, ...]]:
    """The rows of an IPR table."""
    return [
        ("Ownership of results", "={{ ipr_ownership }}"),
        ("Rights of the procurers", f"{prefix}.procurer_rights", ""),
        ("Licences to third parties", f"{prefix}.licensing", ""),
        ("Call-back", f"{prefix}.call_back", ""),
        ("Confidentiality", f"{prefix}.confidentiality", ""),
        ("Publication", f"{prefix}.publication", ""),
    ]


def tendering_table(doc: DocumentObject) -> None:
    """Practical rules for tendering."""
    kv_table(
        doc,
        [
            (
                "Languages of tenders",
                "="
                "{% for l in p.tendering.languages %}{{ l|language }}"
                "{% if not loop.last %}, {% endif %}{% else %}{{ language_name }}{% endfor %}",
            ),
            ("Submission", "p.tendering.submission", ""),
            ("Questions", "p.tendering.questions_to", ""),
            ("Validity of tenders", "p.tendering.validity_days", " ~ ' days'"),
            (
                "Variants",
                "={% if p.tendering.variants %}Allowed (Art. 45){% else %}Not allowed{% endif %}",
            ),
            ("Groups and subcontracting", "p.tendering.consortia", ""),
            (
                "Cost of tendering",
                "=Tenderers bear their own costs of preparing and submitting tenders.",
            ),
        ],
    )


def contract_rows() -> list[tuple[str, ...]]:
    """The rows of a contract conditions table."""
    return [
        ("Duration", "p.contract.duration_months", " ~ ' months'"),
        ("Options and renewals", "p.contract.options", ""),
        ("Payment", "p.contract.payment_terms", ""),
        ("Place of performance", "p.contract.place_of_performance", ""),
        ("Data protection and ethics", "p.contract.data_protection", ""),
        ("Liability and insurance", "p.contract.liability", ""),
        ("Termination", "p.contract.termination", ""),
        ("Applicable law", "p.contract.applicable_law", ""),
        ("Courts", "p.contract.jurisdiction", ""),
    ]


def annexes(doc: DocumentObject, number: str) -> None:
    """The list of annexes and the rule-check annex."""
    heading(doc, f"{number} Annexes")
    para(doc, "{%p for a in annexes %}")
    para(doc, "Annex {{ loop.index }}: {{ a }}", "List Bullet")
    para(doc, "{%p endfor %}")
    para(doc, "Annex {{ annexes|length + 1 }}: Rule check of this draft (below)", "List Bullet")
    page_break(doc)
    heading(doc, "Annex {{ annexes|length + 1 }}: Rule check of this draft")
    para(
        doc,
        (
            "leadocs checked the procurement file against the rules of Directive 2014/24/EU "
            "(and, for a PCP, the Commission's PCP conditions) before writing this draft. "
            "Errors stop the draft; the warnings below did not, but each must be resolved "
            "or justified before publication."
        ),
    )
    publication_note(doc, "Normal")
    para(doc, "{%p if warnings %}")
    para(doc, "Warnings", "Heading 2")
    para(doc, "{%p for w in warnings %}")
    p = para(doc, "", "List Bullet")
    p.add_run("{{ w.field }}{% if w.line %} (line {{ w.line }}){% endif %}:", style="Strong Label")
    p.add_run(" {{ w.message }}")
    para(doc, "{%p endfor %}")
    para(doc, "{%p else %}")
    para(doc, "No warnings: every rule leadocs checks is met.")
    para(doc, "{%p endif %}")


__all__ = [
    "FULL",
    "LAW",
    "TODO",
    "annexes",
    "award_table",
    "buyers_table",
    "contract_rows",
    "cover",
    "exclusion",
    "header",
    "heading",
    "ipr_rows",
    "items",
    "keep_together",
    "kv_table",
    "limits_table",
    "loop_table",
    "marker",
    "min_height",
    "new_document",
    "page_break",
    "para",
    "publication_note",
    "requirements",
    "selection_table",
    "standstill",
    "tendering_table",
    "text_or_todo",
    "timeline_table",
    "value",
]
