"""What the coordinator takes away: member files, a recipient list, the KPI workbook.

The recipient list has the columns ``leadocs batch`` reads (dotted paths of the
organisation format, lists joined with ``;``, an ``id`` per member), so
``leadocs batch loi members.xlsx`` works on it as it is.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Sequence
from typing import Any

import yaml
from openpyxl import Workbook
from openpyxl.styles import Font

from leadocs.outputs import safe_name
from leadocs.web.kpi import Kpi
from leadocs.web.schema import Submission

__all__ = [
    "RECIPIENT_COLUMNS",
    "kpi_workbook",
    "member_files",
    "recipient_csv",
    "recipient_rows",
    "recipient_workbook",
]

RECIPIENT_COLUMNS = (
    "id",
    "name",
    "short_name",
    "type",
    "country",
    "address.street",
    "address.postcode",
    "address.city",
    "address.region",
    "website",
    "contact.name",
    "contact.role",
    "contact.email",
    "contact.phone",
    "signatory.name",
    "signatory.title",
    "language",
    "tasks",
    "experience",
)


def recipient_id(submission: Submission) -> str:
    """The stable id of a member in exported lists (``member-12``)."""
    return f"member-{submission.id}"


def _cell(data: dict[str, Any], column: str) -> str:
    value: Any = data
    for part in column.split("."):
        value = value.get(part, "") if isinstance(value, dict) else ""
    if isinstance(value, list):
        return ";".join(str(item) for item in value)
    return str(value)


def recipient_rows(members: Sequence[Submission]) -> list[list[str]]:
    """The header and one row per member."""
    rows = [list(RECIPIENT_COLUMNS)]
    for member in members:
        data = {**member.data, "id": recipient_id(member)}
        rows.append([_cell(data, column) for column in RECIPIENT_COLUMNS])
    return rows


def recipient_csv(members: Sequence[Submission]) -> bytes:
    """The recipient list as UTF-8 CSV."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(recipient_rows(members))
    return buffer.getvalue().encode("utf-8")


def recipient_workbook(members: Sequence[Submission]) -> bytes:
    """The recipient list as an Excel workbook (one sheet, header in bold)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "members"
    for row in recipient_rows(members):
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    return _save(book)


def member_files(members: Sequence[Submission]) -> bytes:
    """A zip of one organisation file per member (``leadocs loi FILE`` reads each)."""
    buffer = io.BytesIO()
    used: set[str] = set()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in members:
            stem = safe_name(member.data.get("short_name") or member.name, "member")
            name, number = f"{stem}.yaml", 2
            while name.casefold() in used:
                name, number = f"{stem}-{number}.yaml", number + 1
            used.add(name.casefold())
            text = yaml.safe_dump(
                {"organisation": member.data}, allow_unicode=True, sort_keys=False, width=100
            )
            archive.writestr(name, text)
    return buffer.getvalue()


def kpi_workbook(kpi: Kpi, country_name: Callable[[str], str]) -> bytes:
    """The KPI table: the summary, members per country, recruitment per partner."""
    book = Workbook()
    summary = book.active
    summary.title = "KPI"
    summary.append(["Indicator", "Value"])
    summary.append(["EU member states covered", len(kpi.covered)])
    summary.append(["Target (critical mass)", kpi.target])
    summary.append(["Target reached", "yes" if kpi.reached else "no"])
    summary.append(["Members", kpi.members])
    summary.append(["Procurers", kpi.procurers])
    summary.append(["Other followers", kpi.others])
    summary.append(["Member states covered", ", ".join(kpi.covered)])
    countries = book.create_sheet("Countries")
    countries.append(["Code", "Country", "Members", "Procurers", "Others", "Responsible partner"])
    for row in kpi.countries:
        countries.append(
            [
                row.country,
                country_name(row.country),
                row.members,
                row.procurers,
                row.others,
                ", ".join(row.partners),
            ]
        )
    partners = book.create_sheet("Partners")
    partners.append(
        ["Partner", "Member states", "Covered", "Covered member states", "Members", "Procurers"]
    )
    for partner in kpi.partners:
        partners.append(
            [
                partner.partner,
                ", ".join(partner.member_states),
                len(partner.covered),
                ", ".join(partner.covered),
                partner.members,
                partner.procurers,
            ]
        )
    for sheet in book.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    return _save(book)


def _save(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
