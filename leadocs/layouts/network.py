"""Build the built-in network document layouts in ``templates/``.

Run ``python scripts/build_templates.py`` after changing a layout; the .docx
files are committed and shipped in the wheel. Static text is never written
here: every word comes from the language catalogues (``t.…``) or the data.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.table import Table

from leadocs.layouts.docx_builder import (
    cell_text,
    grid_table,
    header_footer,
    keep_together,
    labelled,
    min_height,
    new_document,
    no_split,
    para,
    repeat_header,
    save,
    shade,
)
from leadocs.layouts.form_controls import add_answer_block, add_checkbox, add_text_control
from leadocs.returns.tags import (
    ADDITIONAL_COLUMNS,
    ASSISTANCE_FIELDS,
    TASK_PREFIX,
    additional_tag,
    assistance_tag,
    member_tag,
)

# The letter's own date, in the order and form of its language ("Fait à Konnevesi, le 7 mars
# 2025"); the date of signature is left for the signatory to write.
DATELINE = "{% if place %}{{ t.common.place_date }}{% else %}{{ t.common.date }}{% endif %}"
HEADER_LEFT = "{{ network.project.acronym }} · {{ network.name }} ({{ network.acronym }})"
DISCLAIMER = "{{ network.funding.disclaimer }}"


def one_page(doc: DocumentObject) -> None:
    """Set a letter or form to fit one A4 page in every language.

    The Greek letter is a fifth longer than the English one (and Bulgarian will
    be as long): narrower top and bottom margins, a smaller title and single
    line spacing leave room for it, with a few lines to spare, while the
    benefits sheet and the report keep the roomier shared layout.
    """
    section = doc.sections[0]
    section.top_margin, section.bottom_margin = Cm(1.6), Cm(1.5)
    section.header_distance, section.footer_distance = Cm(0.8), Cm(0.6)
    normal = doc.styles["Normal"].paragraph_format
    normal.line_spacing, normal.space_after = 1.0, Pt(3)
    title = doc.styles["Title"]
    title.font.size = Pt(16)
    title.paragraph_format.space_after = Pt(6)
    for name in ("Note", "Checklist"):
        doc.styles[name].paragraph_format.space_after = Pt(3)


def keywords(kind: str) -> str:
    """The document's keywords (PDF and Word metadata), in its language."""
    return f"{{{{ t.{kind}.keyword }}}}, {{{{ network.acronym }}}}"


def dateline(doc: DocumentObject) -> None:
    """The letter's date and place, right-aligned."""
    para(doc, DATELINE).alignment = WD_ALIGN_PARAGRAPH.RIGHT


def signature_table(doc: DocumentObject, *, seal: bool) -> None:
    """Date and place, signatory, signature line and (for letters) the seal box."""
    table = grid_table(doc, 1, 2 if seal else 1, [10.4, 6.0] if seal else [16.4])
    left = table.rows[0].cells[0]
    cell_text(left, "{{ t.common.date_place|label }} ______________________________")
    para(left, "", "Table Text")
    para(left, "{{ t.common.name|label }} {{ organisation.signatory.name }}", "Table Text")
    para(left, "{{ t.common.title|label }} {{ organisation.signatory.title }}", "Table Text")
    para(left, "", "Table Text")
    para(left, "{{ t.common.signature|label }} ______________________________", "Table Text")
    para(left, "{{ t.common.signatory_line }}", "Small")
    if seal:
        cell_text(table.rows[0].cells[1], "{{ t.common.seal }}", "Form Label")
    min_height(table.rows[0].cells, 3.2)
    no_split(table.rows[0].cells)


def build_loi(folder: Path) -> None:
    """The letter of intent (appendix 7.4)."""
    doc = new_document(
        title="{{ t.loi.title }}", subject="{{ organisation.name }}", keywords=keywords("loi")
    )
    one_page(doc)
    header_footer(
        doc,
        left=HEADER_LEFT,
        right="{{ organisation.short_name or organisation.name }}",
        disclaimer=DISCLAIMER,
    )
    para(doc, "{{ t.loi.title }}", "Title")
    para(doc, "{{ t.common.funding_line }}", "Note")
    para(doc, "{{ t.loi.non_binding }}", "Note")
    dateline(doc)
    para(doc, "{{ t.loi.undersigned }}")
    para(doc, "{{ network.loi.background }}")
    labelled(doc, "{{ t.loi.why }}", "{{ network.loi.why }}")
    labelled(doc, "{{ t.loi.how }}", "{{ network.loi.how }}")
    labelled(doc, "{{ t.loi.what }}", "{{ network.loi.what }}")
    for key in ("support", "alignment"):
        para(doc, f"{{%p if network.loi.{key} %}}")
        para(doc, f"{{{{ network.loi.{key} }}}}")
        para(doc, "{%p endif %}")
    keep_together(para(doc, "{{ t.loi.tasks_intro }}"))
    para(doc, "{%p for task in tasks %}")
    task = para(doc, "", "Checklist")
    add_checkbox(
        task,
        tag=TASK_PREFIX + "{{ task.id }}",
        checked="{% if task.checked %}1{% else %}0{% endif %}",
        glyph="{% if task.checked %}☒{% else %}☐{% endif %}",
    )
    task.add_run("  {{ task.text }}")
    para(doc, "{%p endfor %}")
    para(doc, "{{ t.loi.tasks_hint }}", "Note")
    # Where the letter runs over a page, the signature block never stands alone on it.
    keep_together(para(doc, "{{ t.loi.return }}", "Note"))
    signature_table(doc, seal=True)
    save(doc, folder / "loi.docx")


def form_row(
    table: Table, index: int, label: str, value: str, height: float = 0, *, tag: str = ""
) -> None:
    """One row of a form: a shaded label and the value (at least ``height`` cm high).

    With ``tag``, the value is a control the recipient fills (see leadocs.returns.tags).
    """
    cells = table.rows[index].cells
    cell_text(cells[0], label, "Form Label")
    shade(cells[0])
    if tag:
        add_answer_block(cell_text(cells[1], value), tag=tag, alias=label)
    else:
        cell_text(cells[1], value)
    if height:
        min_height(cells, height)


def build_assistance(folder: Path) -> None:
    """The assistance and support request form (appendix 7.3)."""
    doc = new_document(
        title="{{ t.assistance.title }}",
        subject="{{ organisation.name }}",
        keywords=keywords("assistance"),
    )
    one_page(doc)
    header_footer(
        doc,
        left=HEADER_LEFT,
        right="{{ organisation.short_name or organisation.name }}",
        disclaimer=DISCLAIMER,
    )
    para(doc, "{{ t.assistance.title }}", "Title")
    para(doc, "{{ t.common.funding_line }}", "Note")
    # Only the procurer-facing questions: the source's notes to partners on what the
    # answers are used for (network.assistance_purpose) stay off the form.
    dateline(doc)
    para(doc, "{{ t.assistance.intro }}")
    rows = [
        ("organisation", "{{ organisation.name }}", 0),
        ("type", "{{ organisation.type_names|join(', ') }}", 0),
        ("country", "{{ organisation.country_name }}", 0),
        (
            "address",
            "{% if organisation.address %}{{ organisation.address.street }}"
            "{% if organisation.address.street %}, {% endif %}{{ organisation.address.postcode }} "
            "{{ organisation.address.city }}{% endif %}",
            0,
        ),
        ("website", "{{ organisation.website or '' }}", 0),
        (
            "contact",
            "{{ organisation.contact.name }}{% if organisation.contact.role %}, "
            "{{ organisation.contact.role }}{% endif %}",
            0,
        ),
        ("experience", "{{ organisation.experience }}", 2.2),
        ("assistance", "{{ organisation.assistance }}", 2.2),
        ("timeline", "{{ organisation.timeline }}", 1.3),
        ("additional", "{{ organisation.additional_needs }}", 2.2),
    ]
    table = grid_table(doc, len(rows), 2, [5.4, 11.0])
    labels = ("experience", "assistance", "timeline", "additional")
    answers = dict(zip(labels, ASSISTANCE_FIELDS, strict=True))
    for index, (key, value, height) in enumerate(rows):
        tag = assistance_tag(answers[key]) if key in answers else ""
        form_row(table, index, f"{{{{ t.assistance.{key} }}}}", value, height, tag=tag)
    contact = table.rows[5].cells[1]
    para(contact, "{{ organisation.contact.email }}", "Table Text")
    para(contact, "{{ organisation.contact.phone }}", "Table Text")
    para(doc, "")
    signature_table(doc, seal=False)
    para(doc, "", "Small")
    para(doc, "{{ t.assistance.return }}", "Note")
    save(doc, folder / "assistance.docx")


def build_benefits(folder: Path) -> None:
    """The benefits and expected contribution sheet (appendix 7.2)."""
    doc = new_document(
        title="{{ t.benefits.title }}", subject="{{ network.name }}", keywords=keywords("benefits")
    )
    header_footer(doc, left=HEADER_LEFT, right="{{ network.project.name }}", disclaimer=DISCLAIMER)
    para(doc, "{{ t.benefits.title }}", "Title")
    para(doc, "{{ t.common.funding_line }}", "Note")
    para(doc, "{{ network.benefits_intro }}")
    table = grid_table(doc, 4, 2, [5.0, 11.4])
    head = table.rows[0].cells
    merged = head[0].merge(head[1])
    cell_text(merged, "{{ t.benefits.table_heading }}", "Form Label")
    shade(merged)
    repeat_header(table.rows[0].cells)
    cell_text(table.rows[1].cells[0], "{%tr for benefit in network.benefits %}")
    title, text = table.rows[2].cells
    cell_text(title, "{{ benefit.title }}", "Form Label")
    shade(title, "EEF3F8")
    cell_text(text, "{{ benefit.text }}")
    no_split(table.rows[2].cells)
    para(text, "{%p for bullet in benefit.bullets %}", "Table Text")
    para(text, "{{ bullet }}", "List Bullet")
    para(text, "{%p endfor %}", "Table Text")
    cell_text(table.rows[3].cells[0], "{%tr endfor %}")
    # The sheet's title promises the members' contribution: without the network's
    # list, a visible gap to complete rather than an invented one.
    para(doc, "{{ t.benefits.contribution_heading }}", "Heading 1")
    para(doc, "{%p for item in network.expected_contribution %}")
    para(doc, "{{ item }}", "List Bullet")
    para(doc, "{%p else %}")
    para(doc, "{{ t.common.to_complete }}")
    para(doc, "{%p endfor %}")
    save(doc, folder / "benefits.docx")


def writing_box(doc: DocumentObject, height: float, *, tag: str, title: str) -> None:
    """An empty bordered box ``height`` cm high to write in, a text control tagged ``tag``.

    Every control has a title: LibreOffice turns a block control without one into
    an input field when it saves the document, and the answer could not be found.
    """
    table = grid_table(doc, 1, 1, [16.4])
    add_answer_block(cell_text(table.rows[0].cells[0], ""), tag=tag, alias=title)
    min_height(table.rows[0].cells, height)


def build_report(folder: Path) -> None:
    """The partner participation report (appendix 7.1)."""
    doc = new_document(
        title="{{ t.report.title }}", subject="{{ partner.name }}", keywords=keywords("report")
    )
    header_footer(doc, left=HEADER_LEFT, right="{{ partner.name }}", disclaimer=DISCLAIMER)
    para(doc, "{{ t.report.title }}", "Title")
    para(doc, "{{ t.report.partner|label }} {{ partner.name }}", "Heading 2")
    para(doc, "{{ network.report_intro }}")
    para(doc, "{%p if deadlines %}")
    para(doc, "{{ t.report.deadlines }}")
    para(doc, "{%p for deadline in deadlines %}")
    para(doc, "{{ deadline.label|label }} {{ deadline.date|date }}", "List Bullet")
    para(doc, "{%p endfor %}")
    para(doc, "{%p endif %}")
    table = grid_table(doc, 4, 4, [1.0, 4.2, 4.6, 6.6])
    for cell, key in zip(
        table.rows[0].cells, ("number", "member_state", "responsible", "committed"), strict=True
    ):
        cell_text(cell, f"{{{{ t.report.{key} }}}}", "Form Label")
        shade(cell)
    repeat_header(table.rows[0].cells)
    cell_text(table.rows[1].cells[0], "{%tr for row in rows %}")
    for cell, value in zip(
        table.rows[2].cells,
        ("{{ row.number }}", "{{ row.member_state }}", "{{ row.partner }}", ""),
        strict=True,
    ):
        cell_text(cell, value)
    add_text_control(
        table.rows[2].cells[3].paragraphs[0],
        tag=member_tag("{{ row.code }}"),
        value="",
        alias="{{ t.report.committed }}",
    )
    min_height(table.rows[2].cells, 1.2)
    cell_text(table.rows[3].cells[0], "{%tr endfor %}")
    para(doc, "{%p if not rows %}")
    para(doc, "{{ t.report.no_member_states }}", "Note")
    para(doc, "{%p endif %}")
    para(doc, "{{ t.report.additional_heading }}", "Heading 1")
    extra = grid_table(doc, 4, 3, [6.4, 4.0, 6.0])
    headings = [
        f"{{{{ t.report.{key} }}}}"
        for key in ("additional_member", "additional_country", "additional_status")
    ]
    for cell, heading in zip(extra.rows[0].cells, headings, strict=True):
        cell_text(cell, heading, "Form Label")
        shade(cell)
    repeat_header(extra.rows[0].cells)
    cell_text(extra.rows[1].cells[0], "{%tr for _ in range(additional_rows) %}")
    for cell, column, heading in zip(
        extra.rows[2].cells, ADDITIONAL_COLUMNS, headings, strict=True
    ):
        tag = additional_tag("{{ loop.index }}", column)
        add_text_control(cell_text(cell, ""), tag=tag, value="", alias=heading)
    min_height(extra.rows[2].cells, 0.9)
    cell_text(extra.rows[3].cells[0], "{%tr endfor %}")
    for key, height in (("description", 6.0), ("challenges", 4.5)):
        para(doc, f"{{{{ t.report.{key}_heading }}}}", "Heading 1")
        keep_together(para(doc, f"{{{{ t.report.{key}_hint }}}}", "Note"))
        writing_box(doc, height, tag=f"report.{key}", title=f"{{{{ t.report.{key}_heading }}}}")
    para(doc, "")
    table = grid_table(doc, 1, 1, [16.4])
    cell = table.rows[0].cells[0]
    cell_text(cell, "{{ t.common.date_place|label }}")
    para(cell, "{{ t.common.name|label }}", "Table Text")
    para(cell, "{{ t.common.signature|label }} ______________________________", "Table Text")
    save(doc, folder / "report.docx")


def build_all(folder: Path) -> None:
    """Write the layouts into ``folder``."""
    build_loi(folder)
    build_assistance(folder)
    build_benefits(folder)
    build_report(folder)
