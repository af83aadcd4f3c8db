"""The pack's workbooks: the tenderers' price schedule and the committee's score sheet.

Built with openpyxl from the procurement and the draft's filled catalogue ``t``;
pure (bytes out). Every total is a formula, so the workbook stays right when the
tenderer or the evaluator types into it; the cells to fill are yellow.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from leadocs.i18n import fill
from leadocs.tender.model import Phase, Procurement
from leadocs.tender.rules.budget import per_contract

__all__ = ["price_schedule", "score_sheet"]

Catalogue = dict[str, Any]

_INPUT = PatternFill("solid", fgColor="FFF4CE")
_HEAD = PatternFill("solid", fgColor="DCE6F0")
_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
_PERCENT = "0%"
_PRICE_WIDTHS = [44, 22, 22, 26]
_SCORE_WIDTHS = [52, 13, 15, 17]


def _money_format(currency: str) -> str:
    return f'#,##0 "{currency}"'


def _header(sheet: Worksheet, row: int, labels: list[str]) -> None:
    for column, label in enumerate(labels, 1):
        cell = sheet.cell(row, column, label)
        cell.font, cell.fill, cell.alignment = _BOLD, _HEAD, _WRAP
    sheet.row_dimensions[row].height = 32  # two lines: spreadsheets do not grow rows on open


def _text_row(sheet: Worksheet, row: int, text: str, width: int) -> None:
    """A wrapped text in column A, its row tall enough for the lines it needs."""
    sheet.cell(row, 1, text).alignment = _WRAP
    lines = -(-len(text) // max(width - 4, 1))
    if lines > 1:
        sheet.row_dimensions[row].height = 15 * lines


def _widths(sheet: Worksheet, widths: list[int]) -> None:
    """Column widths, and a print set-up that keeps every column on one page."""
    for column, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _intro(sheet: Worksheet, title: str, text: str) -> None:
    sheet.cell(1, 1, title).font = Font(bold=True, size=13)
    sheet.cell(2, 1, text).alignment = _WRAP
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
    sheet.row_dimensions[2].height = 45


def _save(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _price_rows(procurement: Procurement, t: Catalogue) -> list[tuple[str, Decimal | None]]:
    rows: list[tuple[str, Decimal | None]] = [
        (fill(t["timeline"]["phase"], {"number": i, "name": p.name}), per_contract(p))
        for i, p in enumerate(procurement.phases, 1)
    ]
    if procurement.purchase is not None:
        rows.append((t["pack"]["purchase"], procurement.purchase.max_cost))
    return rows


def price_schedule(procurement: Procurement, t: Catalogue) -> bytes:
    """The price schedule: maximum price per phase, the tenderer's price, checks and total."""
    words = t["pack"]
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has one sheet
    sheet.title = words["prices"][:31]
    _intro(sheet, f"{words['prices']} – {procurement.reference}", words["prices_intro"])
    _header(sheet, 4, [words["phase"], words["maximum"], words["price"], words["check"]])
    money = _money_format(procurement.budget.currency)
    rows = _price_rows(procurement, t)
    for index, (name, maximum) in enumerate(rows):
        row = 5 + index
        _text_row(sheet, row, name, _PRICE_WIDTHS[0])
        sheet.cell(row, 2, float(maximum) if maximum is not None else None).number_format = money
        price = sheet.cell(row, 3)
        price.fill, price.number_format = _INPUT, money
        sheet.cell(row, 4, f'=IF(C{row}="","",IF(OR(B{row}="",C{row}<=B{row}),'
                           f'"{words["within"]}","{words["above"]}"))')  # fmt: skip
    last = 4 + max(len(rows), 1)
    total = last + 1
    sheet.cell(total, 1, words["total"]).font = _BOLD
    for column in ("B", "C"):
        cell = sheet[f"{column}{total}"]
        cell.value = f"=SUM({column}5:{column}{last})"
        cell.font, cell.number_format = _BOLD, money
    _widths(sheet, _PRICE_WIDTHS)
    return _save(book)


def _criteria_block(
    sheet: Worksheet, start: int, rows: list[tuple[str, float]], words: Catalogue
) -> int:
    """Criterion, weight, score (input) and weighted points; returns the total row."""
    _header(sheet, start, [words["criterion"], words["weight"], words["score"], words["points"]])
    first = start + 1
    for offset, (name, weight) in enumerate(rows):
        row = first + offset
        _text_row(sheet, row, name, _SCORE_WIDTHS[0])
        sheet.cell(row, 2, weight).number_format = _PERCENT
        score = sheet.cell(row, 3)
        score.fill = _INPUT
        sheet.cell(row, 4, f'=IF(C{row}="","",B{row}*C{row}*10)').number_format = "0.0"
    total = first + len(rows)
    sheet.cell(total, 1, words["total"]).font = _BOLD
    sheet.cell(total, 2, f"=SUM(B{first}:B{total - 1})").number_format = _PERCENT
    cell = sheet.cell(total, 4, f"=SUM(D{first}:D{total - 1})")
    cell.font, cell.number_format = _BOLD, "0.0"
    return total


def _equal(phase: Phase) -> bool:
    """Whether the gate's criteria weigh equally (the file gives them no weights)."""
    return all(criterion.weight is None for criterion in phase.gate_criteria)


def _gate_rows(phase: Phase) -> list[tuple[str, float]]:
    """Each criterion of the phase's gate and its weight as a share: the file's, or equal."""
    equal = 1 / len(phase.gate_criteria)
    return [
        (c.name, equal if c.weight is None else float(c.weight) / 100) for c in phase.gate_criteria
    ]


def _evaluator(sheet: Worksheet, procurement: Procurement, t: Catalogue) -> list[int]:
    """An evaluator's sheet; returns the rows of its totals: the award's, then each gate's."""
    words = t["pack"]
    _intro(sheet, f"{words['scores']} – {procurement.reference}", words["scores_intro"])
    award = [(c.name, float(c.weight) / 100) for c in procurement.criteria.award]
    totals = [_criteria_block(sheet, 4, award, words)]
    row = totals[0] + 2
    for number, phase in enumerate(procurement.phases, 1):
        if not phase.gate_criteria:
            continue
        title = fill(words["gate" if _equal(phase) else "gate_weighted"],
                     {"number": number, "name": phase.name})  # fmt: skip
        sheet.cell(row, 1, title).font = _BOLD
        totals.append(_criteria_block(sheet, row + 1, _gate_rows(phase), words))
        row = totals[-1] + 2
    _widths(sheet, _SCORE_WIDTHS)
    return totals


def score_sheet(procurement: Procurement, t: Catalogue) -> bytes:
    """One sheet per evaluator (award criteria and each phase gate) and a summary sheet.

    The summary has a row per evaluator and a column per score (the award's, then
    each gate's), and the evaluators' average of each.
    """
    words = t["pack"]
    book = Workbook()
    summary = book.active
    assert summary is not None  # a new workbook has one sheet
    summary.title = words["summary"][:31]
    names = [
        f"{words['evaluator']} {n}"[:31] for n in range(1, procurement.criteria.evaluators + 1)
    ]
    totals: list[int] = []
    for name in names:
        totals = _evaluator(book.create_sheet(name), procurement, t)
    gates = [n for n, phase in enumerate(procurement.phases, 1) if phase.gate_criteria]
    _intro(summary, f"{words['scores']} – {procurement.reference}", words["average"])
    labels = [fill(words["gate_points"], {"number": n}) for n in gates]
    _header(summary, 4, [words["evaluator"], words["points"], *labels])
    for offset, name in enumerate(names):
        row = 5 + offset
        summary.cell(row, 1, name)
        for column, total in enumerate(totals, 2):
            summary.cell(row, column, f"='{name}'!D{total}").number_format = "0.0"
    last = 4 + len(names)
    summary.cell(last + 1, 1, words["average"]).font = _BOLD
    for column in range(2, 2 + len(totals)):
        letter = get_column_letter(column)
        cell = summary.cell(last + 1, column, f"=AVERAGE({letter}5:{letter}{last})")
        cell.font, cell.number_format = _BOLD, "0.0"
    _widths(summary, [40, 18, *(14 for _ in gates)])
    return _save(book)
