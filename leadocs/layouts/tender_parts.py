"""Building blocks of the tender layouts (PCP, PPI, innovation partnership, the pack).

Used by :mod:`leadocs.layouts.tender` and :mod:`leadocs.layouts.tender_pack`.
Every block writes docxtpl tags over the context built by
:func:`leadocs.tender.draft.tender_context`. No static text is written here:
every word comes from the tender catalogue of the procedure's language
(``t.…``, ``leadocs/i18n/tender/LANG.yaml``) or from the data. Text the officer
must still write is a visible, highlighted "[to complete]"; passages that depend
on national law say "[check national law]".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.text import WD_COLOR_INDEX
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from leadocs.layouts.docx_builder import (
    cell_text,
    document_of,
    grid_table,
    no_split,
    para,
    repeat_header,
    shade,
)

TODO = "{{ t.marks.todo }}"
LAW = "{{ t.marks.law }}"
FULL = 16.4  # text width in cm


def T(key: str) -> str:  # noqa: N802 - reads as the catalogue lookup it writes
    """The template tag of catalogue text ``key`` (``pcp.h_intro`` → ``{{ t.pcp.h_intro }}``)."""
    return f"{{{{ t.{key} }}}}"


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


def heading(doc: DocumentObject, key: str, level: int = 1) -> None:
    """A numbered heading from the catalogue (numbers are written, so they survive export)."""
    para(doc, T(key), f"Heading {level}")


def text(doc: DocumentObject | _Cell, key: str, style: str = "Normal") -> Paragraph:
    """A paragraph of catalogue text."""
    return para(doc, T(key), style)


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


Row = tuple[Any, ...]


def kv_table(doc: DocumentObject, rows: list[Row]) -> Table:
    """Two columns: a shaded label and a value (or "[to complete]" when empty).

    A row is (label, expression, filters), (label, "=" + fixed template text),
    (label, function filling the value cell) or a one-item control row such as
    ("{%tr if law.two_stage %}",) that docxtpl replaces by its tag.
    """
    table = grid_table(doc, len(rows), 2, [5.0, FULL - 5.0])
    for row, (label, *rest) in zip(table.rows, rows, strict=True):
        if not rest:  # a docxtpl row tag
            cell_text(row.cells[0], label)
            continue
        expr, fmt = rest[0], (rest[1] if len(rest) > 1 else "")
        cell_text(row.cells[0], label, "Form Label")
        shade(row.cells[0])
        if callable(expr):
            expr(row.cells[1])
        elif expr.startswith("="):  # a fixed template text, not a value
            cell_text(row.cells[1], expr[1:])
        else:
            value(row.cells[1], expr, fmt, style="Table Text", first=True)
    para(doc, "", "Small")  # Word puts no space after a table
    return table


def deadline(expr: str, key: str) -> Callable[[_Cell], None]:
    """A value cell filler: the date of ``expr`` with the hour and time zone of deadline ``key``."""

    def fill(cell: _Cell) -> None:
        p = cell.paragraphs[0]
        p.style = document_of(cell).styles["Table Text"]
        p.add_run(f"{{% if {expr} %}}{{{{ {expr}|date }}}}, ")
        deadline_time(p, f"law.deadline_times.{key}")
        p.add_run("{% else %}")
        marker(p)
        p.add_run("{% endif %}")

    return fill


def deadline_time(p: Paragraph, expr: str) -> None:
    """A deadline's hour and time zone (``12:00 CET``, ``expr``), or a "[to complete]" marker."""
    p.add_run(f"{{% if {expr} %}}{{{{ {expr} }}}}{{% else %}}")
    marker(p)
    p.add_run("{% endif %}")


__all__ = [
    "FULL",
    "LAW",
    "Row",
    "T",
    "TODO",
    "deadline",
    "deadline_time",
    "header_row",
    "heading",
    "items",
    "kv_table",
    "loop_table",
    "marker",
    "text",
    "text_or_todo",
    "value",
]
