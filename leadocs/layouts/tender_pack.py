"""Build the tender pack's Word layouts: declaration of honour, rule-check report, pack index.

Run ``python -m leadocs.layouts`` after changing a layout. Like the
tender drafts, every static word comes from the tender catalogue (``t.pack.…``),
so one layout serves every language; the context is the draft's
(:func:`leadocs.tender.draft.tender_context`) plus the pack's own values
(:func:`leadocs.tender.pack.pack_context`).
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocumentObject

from leadocs.layouts.docx_builder import (
    cell_text,
    grid_table,
    min_height,
    new_document,
    para,
    save,
    shade,
)
from leadocs.layouts.tender_cover import (
    header,
)
from leadocs.layouts.tender_parts import (
    FULL,
    LAW,
    T,
    loop_table,
    marker,
    text,
)


def _start(title: str) -> DocumentObject:
    doc = new_document(title=title, subject="{{ p.title }}")
    header(doc)
    para(doc, title, "Title")
    para(doc, "{{ p.title }} ({{ p.reference }})", "Heading 1")
    return doc


def build_declaration(folder: Path) -> None:
    """The declaration of honour on exclusion grounds, with the ESPD pointer."""
    doc = _start(T("pack.declaration"))
    text(doc, "pack.declaration_intro")
    for key in ("ground_1", "ground_2", "ground_3"):
        text(doc, f"parts.{key}", "List Bullet")
    last = doc.paragraphs[-1]
    last.add_run(" ")
    marker(last, LAW)
    para(doc, "{%p for ground in p.criteria.exclusion %}")
    para(doc, "{{ ground }}", "List Bullet")
    para(doc, "{%p endfor %}")
    para(doc, "{% if law.art14 %}{{ t.pack.espd_pcp }}{% else %}{{ t.pack.espd_directive }}"
              "{% endif %}", "Note")  # fmt: skip
    table = grid_table(doc, 5, 2, [5.0, FULL - 5.0])
    keys = ("tenderer", "represented_by", "function", "place_date", "signature")
    for row, key in zip(table.rows, keys, strict=True):
        cell_text(row.cells[0], T(f"pack.{key}"), "Form Label")
        shade(row.cells[0])
        min_height(row.cells, 1.1 if key != "signature" else 2.2)
    save(doc, folder / "tender-declaration.docx")


def build_rule_check(folder: Path) -> None:
    """The rule-check report for the officer."""
    doc = _start(T("pack.rules_title"))
    text(doc, "pack.rules_intro")
    p = para(doc, "", "Normal")
    p.add_run("{{ t.cover.eu_publication }} ", style="Strong Label")
    p.add_run("{{ publication }}")
    for key, items in (("errors", "rule_errors"), ("warnings", "warnings"), ("notes", "notes")):
        para(doc, T(f"pack.{key}"), "Heading 2")
        para(doc, f"{{%p for w in {items} %}}")
        p = para(doc, "", "List Bullet")
        p.add_run(
            "{{ w.field }}{% if w.line %} ({{ t.parts.line }} {{ w.line }}){% endif %}:",
            style="Strong Label",
        )
        p.add_run(" {{ w.message }}")
        para(doc, "{%p endfor %}")
        para(doc, f"{{%p if not {items} %}}")
        text(doc, "pack.none")
        para(doc, "{%p endif %}")
    save(doc, folder / "tender-rule-check.docx")


def build_index(folder: Path) -> None:
    """The index of the pack."""
    doc = _start(T("pack.index_title"))
    text(doc, "pack.index_intro")
    loop_table(
        doc,
        ["#", T("pack.document"), T("pack.file"), T("pack.use")],
        [1.0, 7.4, 5.6, 2.4],
        "f in pack_files",
        ["{{ loop.index }}", "{{ f.title }}", "{{ f.name }}", "{{ f.use }}"],
    )
    save(doc, folder / "tender-pack-index.docx")


def build_all(folder: Path) -> None:
    """Write the tender pack's own layouts into ``folder``."""
    build_declaration(folder)
    build_rule_check(folder)
    build_index(folder)
