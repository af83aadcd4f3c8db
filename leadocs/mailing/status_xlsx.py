"""The status of a mailing as an Excel workbook, for the officer who follows the answers.

Three sheets: every recipient (filterable, the header row frozen), the totals,
and who has not answered, with the address to call or write to.
"""

from __future__ import annotations

import io
from typing import Any

from leadocs.mailing.status import MailingStatus, RecipientStatus

__all__ = ["STATUS_HEADERS", "status_values", "status_workbook"]

STATUS_HEADERS = (
    "Row",
    "Id",
    "Name",
    "E-mail",
    "Generated",
    "Sent",
    "Sent at (UTC)",
    "Reminders sent",
    "Returned",
    "Signed",
    "Answer file",
)
_WIDTHS = (6, 16, 36, 34, 20, 12, 22, 10, 12, 10, 40)
_TOTALS = {
    "recipients": "Recipients",
    "generated": "Documents generated",
    "sent": "Sent",
    "reminded": "Reminded",
    "returned": "Returned",
    "signed": "Signed",
    "not_answered": "Not answered",
}


def status_values(row: RecipientStatus) -> list[Any]:
    """One recipient's cells, in the order of :data:`STATUS_HEADERS`."""
    returned = row.returned
    return [
        row.row,
        row.key,
        row.name,
        row.email,
        ", ".join(row.generated) or (f"failed: {row.error}" if row.error else "not yet"),
        row.sent or "not sent",
        (row.sent_at or "").replace("T", " ").replace("+00:00", ""),
        row.reminders_sent,
        returned.returned.isoformat() if returned else "",
        row.signed or "",
        str(returned.path) if returned else "",
    ]


def status_workbook(status: MailingStatus) -> bytes:
    """The workbook of ``status`` as ``.xlsx`` bytes."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    def clean(values: list[Any]) -> list[Any]:
        return [ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in values]

    book = Workbook()
    sheet = book.active
    sheet.title = "Recipients"
    sheet.append(list(STATUS_HEADERS))
    for row in status.recipients:
        sheet.append(clean(status_values(row)))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, width in enumerate(_WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    totals = book.create_sheet("Totals")
    for key, label in _TOTALS.items():
        totals.append([label, status.totals[key]])
    totals.column_dimensions["A"].width = 24
    missing = book.create_sheet("Not answered")
    missing.append(["Row", "Id", "Name", "E-mail", "Sent", "Reminders sent"])
    for row in status.not_answered:
        cells = [row.row, row.key, row.name, row.email, row.sent or "not sent", row.reminders_sent]
        missing.append(clean(cells))
    for header in (sheet[1], missing[1]):
        for cell in header:
            cell.font = Font(bold=True)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
