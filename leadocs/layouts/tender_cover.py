"""The tender drafts' cover: key facts, EU publication, the draft notice; buyers, header.

Blocks of :mod:`leadocs.layouts.tender` over :func:`leadocs.tender.draft.tender_context`;
every word comes from the tender catalogue (see :mod:`leadocs.layouts.tender_parts`).
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.shared import Pt

from leadocs.layouts.docx_builder import (
    cell_text,
    grid_table,
    header_footer,
    page_break,
    para,
    shade,
)
from leadocs.layouts.tender_parts import (
    FULL,
    LAW,
    Row,
    T,
    deadline,
    kv_table,
    loop_table,
    marker,
)

__all__ = ["buyers_table", "cover", "cover_rows", "header", "notice_box", "publication_note"]


def notice_box(doc: DocumentObject) -> None:
    """The warning that the draft is not legal advice and must be checked against national law."""
    table = grid_table(doc, 1, 1, [FULL])
    cell = table.rows[0].cells[0]
    shade(cell, "FFF4CE")
    p = cell_text(cell, T("cover.box_title"), "Form Label")
    p.runs[0].font.size = Pt(11)
    para(
        cell,
        "{{ t.cover.box_text }}{% if law.joint %} {{ t.cover.box_joint }}{% endif %} "
        "{{ t.cover.box_check }}",
        "Table Text",
    )
    p = para(cell, "", "Table Text")
    marker(p)
    p.add_run(" {{ t.cover.box_todo }} ")
    marker(p, LAW)
    p.add_run(" {{ t.cover.box_law }}")
    para(cell, "{%p if warnings and rule_check_annex %}", "Table Text")
    para(cell, T("cover.box_warnings"), "Table Text")
    para(cell, "{%p endif %}", "Table Text")


def cover(doc: DocumentObject) -> None:
    """Cover page: document kind, title, buyers, funding, key facts, the notice."""
    para(doc, "{{ kind.document }}", "Title")
    para(doc, "{{ p.title }}", "Heading 1")
    para(doc, "{{ kind.label }}{% if procedure_type %} – {{ procedure_type }}{% endif %}", "Note")
    para(
        doc,
        "{% if members %}{{ t.cover.issued_joint }}{% else %}{{ t.cover.issued }}{% endif %} "
        "{{ t.cover.draft_of }}",
    )
    para(doc, "{%p if p.funding %}")
    para(
        doc,
        "{% if p.funding.grant_agreement %}{{ t.cover.funded_grant }}{% else %}"
        "{{ t.cover.funded }}{% endif %}",
        "Note",
    )
    para(doc, "{%p endif %}")
    kv_table(doc, cover_rows())
    publication_note(doc)
    notice_box(doc)
    page_break(doc)


def cover_rows() -> list[Row]:
    """The key facts of the cover."""
    return [
        (T("cover.reference"), "p.reference", ""),
        (T("cover.authority"), "={{ lead.name }}, {{ authority_type }}"),
        (
            T("cover.buyers"),
            "={% for b in buyers %}{{ b.name }} ({{ b.country }})"
            "{% if not loop.last %}; {% endif %}{% endfor %}",
        ),
        (T("cover.cpv_main"), "={{ p.cpv_main }} – {{ cpv[0].label }}"),
        (
            T("cover.cpv_additional"),
            "={% for c in cpv[1:] %}{{ c.code }} – {{ c.label }}"
            "{% if not loop.last %}; {% endif %}{% else %}{{ t.cover.none }}{% endfor %}",
        ),
        (T("cover.nuts"), "p.place_of_performance", "|join(', ')"),
        (T("cover.total"), "={{ value.total|money(currency) }}"),
        (T("cover.estimated"), "={{ value.estimated|money(currency) }}"),
        ("{%tr if law.two_stage %}",),
        (T("cover.request_deadline"), deadline("p.timeline.request_deadline", "request_deadline")),
        ("{%tr endif %}",),
        (T("cover.tender_deadline"), deadline("p.timeline.tender_deadline", "tender_deadline")),
        (T("cover.language"), "={{ language_name }}"),
    ]


def publication_note(doc: DocumentObject, style: str = "Note") -> None:
    """Whether EU-wide publication is required (the rule check's information line)."""
    p = para(doc, "", style)
    p.add_run("{{ t.cover.eu_publication }} ", style="Strong Label")
    p.add_run("{{ publication }}")


def buyers_table(doc: DocumentObject) -> None:
    """The buyers, their contacts and contributions with the share of the budget."""
    labels = ["buyer", "country", "role", "contact", "contribution", "share"]
    loop_table(
        doc,
        [T(f"tables.{key}") for key in labels],
        [3.6, 1.8, 2.2, 4.2, 2.6, 2.0],
        "b in buyers",
        [
            "{{ b.name }}",
            "{{ b.country_name }}",
            "{{ b.role }}",
            "{% if b.contact %}{{ b.contact.name }}\n{{ b.contact.email }}{% endif %}",
            "{% if b.contribution %}{{ b.contribution|money(currency) }}{% else %}–{% endif %}",
            "{% if b.share %}{{ b.share|percent(1) }}{% else %}–{% endif %}",
        ],
        total=[
            T("tables.all_buyers"),
            "",
            "",
            "",
            "{% if contributions %}{{ contributions|money(currency) }}{% else %}–{% endif %}",
            "{% if funding_split.buyers %}{{ funding_split.buyers|percent(1) }}{% else %}–"
            "{% endif %}",
        ],
    )
    para(doc, "{%p if grant %}")
    para(doc, "{{ t.tables.grant }} {{ t.tables.shares_of }}", "Note")
    para(doc, "{%p endif %}")


def header(doc: DocumentObject) -> None:
    """Header with reference and kind, footer with the draft line and page numbers."""
    header_footer(
        doc,
        left="{{ p.reference }} · {{ kind.short }}",
        right=T("cover.header_right"),
        disclaimer=T("cover.footer"),
    )
    doc.core_properties.author = "{{ lead.name }}"
