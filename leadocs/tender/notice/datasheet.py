"""The notice's data sheet: every business term with its value, as a Word document.

For the officer who types the notice into an eSender's form or checks what will
be published. Values are shown as people read them in the procedure's language
(dates and amounts through Babel); the terms' names are the SDK's.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal, InvalidOperation

from babel.dates import format_date
from babel.numbers import format_currency
from docx import Document

from leadocs.tender.notice.content import NoticeContent, Term
from leadocs.tender.notice.sdk import FieldRepository

__all__ = ["datasheet_docx"]


def datasheet_docx(
    content: NoticeContent, repository: FieldRepository, *, title: str, language: str
) -> bytes:
    """The data sheet of a notice as ``.docx`` bytes."""
    document = Document()
    document.core_properties.title = title
    document.core_properties.author = "leadocs"
    document.add_heading(title, level=0)
    document.add_paragraph(
        f"eForms notice subtype {content.subtype} ({content.root}), SDK {repository.version}"
    )
    terms = [t for t in content.terms() if repository.field(t.field).attribute is None]
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Term", "Name", "Value"), strict=True):
        cell.text = text
    for term in terms:
        field = repository.field(term.field)
        row = table.add_row().cells
        row[0].text = field.bt
        row[1].text = field.name
        row[2].text = _readable(term, field.type, language)
    if content.missing:
        document.add_heading("Missing values", level=1)
        for missing in content.missing:
            document.add_paragraph(
                f"{missing.field} {missing.label}: {missing.reason}; set {missing.yaml_key}",
                style="List Bullet",
            )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _readable(term: Term, kind: str, language: str) -> str:
    if kind == "date":
        try:
            day = dt.date.fromisoformat(term.value[:10])
        except ValueError:
            return term.value
        return str(format_date(day, format="long", locale=language))
    if kind == "amount":
        currency = next(iter(term.attributes.values()), "EUR")
        try:
            return str(format_currency(Decimal(term.value), currency, locale=language))
        except (InvalidOperation, ValueError):
            return term.value
    if kind == "time":
        return term.value[:5] + " (UTC" + term.value[8:] + ")"
    return term.value
