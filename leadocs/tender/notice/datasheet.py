"""The notice's data sheet: every business term with its value, as a Word document.

For the officer who types the notice into an eSender's form or checks what will
be published. The sheet's own text and the values (dates and amounts, through
Babel) are in the procedure's language; the terms' names are the SDK's, in
English (the SDK's translations are not part of the reference data used here).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal, InvalidOperation
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from leadocs.i18n import catalogue
from leadocs.i18n.languages import base_language, shipped_languages
from leadocs.tender.notice.content import NoticeContent, Term
from leadocs.tender.notice.sdk import FieldRepository

__all__ = ["datasheet_docx"]


_WIDTHS = (Cm(2.2), Cm(5.0), Cm(9.3))
"""Term, name and value columns: the value gets the room."""
_NOTICE_KEYS = {"planning": "pin", "consultation": "pmc", "competition": "cn", "result": "can"}


def datasheet_docx(
    content: NoticeContent,
    repository: FieldRepository,
    *,
    title: str,
    language: str,
    form_type: str,
) -> bytes:
    """The data sheet of a notice as ``.docx`` bytes, its own text in ``language``.

    ``form_type`` (planning, consultation, competition, result) names the notice.
    """
    base = base_language(language)
    texts = catalogue(base if base in shipped_languages() else "en")

    def text(key: str, **values: str) -> str:
        return texts.text("notice_sheet", key, values)

    notice = text(_NOTICE_KEYS[form_type])
    document = Document()
    document.core_properties.title = title
    document.core_properties.author = "leadocs"
    document.core_properties.language = language
    document.add_heading(title, level=0)
    document.add_heading(text("title", notice=notice), level=1)
    intro = {"subtype": content.subtype, "sdk": repository.version.removeprefix("eforms-sdk-")}
    document.add_paragraph(text("intro", **intro))
    terms = [t for t in content.terms() if repository.field(t.field).attribute is None]
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    headers = (text("term"), text("name"), text("value"))
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        cell.paragraphs[0].add_run(header).bold = True
    _repeat_as_header(table.rows[0])
    for term in terms:
        field = repository.field(term.field)
        row = table.add_row().cells
        row[0].text = field.bt
        row[1].text = field.name
        row[2].text = _readable(term, field.type, language)
    table.autofit = False
    for column, width in zip(table.columns, _WIDTHS, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width
    if content.missing:
        document.add_heading(text("missing"), level=1)
        for missing in content.missing:
            values = {"term": missing.term, "label": missing.label, "key": missing.yaml_key}
            document.add_paragraph(text("missing_line", **values), style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _repeat_as_header(row: Any) -> None:
    # Word repeats a row marked tblHeader at the top of every page of the table.
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


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
