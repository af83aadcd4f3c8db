"""A returned document's field values turned into data: organisation answers or a report.

Every value is checked against the formats (the network's task ids, the
organisation model, the partner report model); what does not fit is returned
as (field, message) problems, and nothing of that document is applied.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from leadocs.formats.model import Network, Organisation, Partner
from leadocs.formats.model.partner_report import PartnerReportFile
from leadocs.returns.returned import FieldValue
from leadocs.returns.tags import (
    ADDITIONAL_COLUMNS,
    ASSISTANCE_FIELDS,
    TASK_PREFIX,
    additional_tag,
    assistance_tag,
    member_tag,
)

__all__ = ["Problems", "assistance_answers", "loi_answers", "report_record", "report_period"]

Problems = list[tuple[str, str]]


def loi_answers(
    values: Mapping[str, FieldValue], network: Network
) -> tuple[dict[str, Any], Problems]:
    """The organisation's ``tasks`` from a letter's ticked boxes, in the network's order."""
    known = {task.id for task in network.tasks}
    problems: Problems = [
        (tag, f"no task '{tag[len(TASK_PREFIX) :]}' in the network {network.acronym}")
        for tag in values
        if tag.startswith(TASK_PREFIX) and tag[len(TASK_PREFIX) :] not in known
    ]
    missing = [t.id for t in network.tasks if TASK_PREFIX + t.id not in values]
    problems += [(TASK_PREFIX + task, "the task's box is not in the document") for task in missing]
    ticked = [t.id for t in network.tasks if values.get(TASK_PREFIX + t.id) is True]
    return {"tasks": ticked}, problems


def assistance_answers(values: Mapping[str, FieldValue]) -> tuple[dict[str, Any], Problems]:
    """The organisation's assistance fields from a returned assistance form."""
    answers: dict[str, Any] = {}
    problems: Problems = []
    for field in ASSISTANCE_FIELDS:
        value = values.get(assistance_tag(field))
        if value is None:
            problems.append((assistance_tag(field), "the answer is not in the document"))
        else:
            answers[field] = str(value).strip()
    return answers, problems


def check_organisation(organisation: Organisation, updates: Mapping[str, Any]) -> Problems:
    """Problems of ``organisation`` with ``updates`` applied (empty when it validates)."""
    data = {**organisation.model_dump(mode="json", exclude_defaults=True), **updates}
    try:
        Organisation.model_validate(data)
    except ValidationError as exc:
        return [(_where("organisation", error["loc"]), error["msg"]) for error in exc.errors()]
    return []


def report_period(network: Network, made: str) -> str | None:
    """The reporting deadline a report made on ``made`` (ISO date) answers.

    The first deadline on or after that day, else (all have passed) the last one.
    """
    deadlines = sorted(network.reporting_deadlines, key=lambda d: d.date)
    try:
        day = dt.date.fromisoformat(made)
    except ValueError:
        return None
    due = [d for d in deadlines if d.date >= day] or deadlines[-1:]
    return due[0].label if due else None


def report_record(
    values: Mapping[str, FieldValue], partner: Partner, period: str, returned: dt.date
) -> tuple[dict[str, Any] | None, Problems]:
    """A partner report record (``report:`` …, see PartnerReportFile), validated."""
    problems: Problems = []
    members = []
    for code in partner.member_states:
        value = values.get(member_tag(code))
        if value is None:
            problems.append((member_tag(code), "the member state's cell is not in the document"))
        members.append({"code": code, "member": _text(value)})
    numbered = _additional(values)
    report: dict[str, Any] = {
        "partner": partner.name,
        "period": period,
        "returned": returned,
        "member_states": members,
        "additional_members": [row for _, row in numbered],
        "description": _text(values.get("report.description")),
        "challenges": _text(values.get("report.challenges")),
    }
    try:
        PartnerReportFile.model_validate({"report": report})
    except ValidationError as exc:
        rows = [number for number, _ in numbered]
        problems += [(_report_field(error["loc"], rows), error["msg"]) for error in exc.errors()]
    if problems:
        return None, problems
    return {"report": {key: value for key, value in report.items() if value is not None}}, []


def _additional(values: Mapping[str, FieldValue]) -> list[tuple[int, dict[str, Any]]]:
    """The filled rows of the additional members table, with their row numbers."""
    rows = []
    number = 1
    while additional_tag(str(number), ADDITIONAL_COLUMNS[0]) in values:
        cells = {c: _text(values.get(additional_tag(str(number), c))) for c in ADDITIONAL_COLUMNS}
        if any(cells.values()):
            row = {key: value for key, value in cells.items() if value}
            if "status" in row:
                row["status"] = row["status"].strip().lower().replace(" ", "-")
            if "country" in row:
                row["country"] = row["country"].strip().upper()
            rows.append((number, row))
        number += 1
    return rows


def _text(value: FieldValue | None) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    return value.strip() or None


def _where(top: str, location: tuple[int | str, ...]) -> str:
    return ".".join([top, *(str(part) for part in location)])


def _report_field(location: tuple[int | str, ...], rows: list[int]) -> str:
    """A report error's field as the document's tag (the table's row number, from 1)."""
    parts = [str(part) for part in location[1:]]  # without "report"
    if len(parts) >= 2 and parts[0] == "additional_members" and parts[1].isdigit():
        parts[1] = str(rows[int(parts[1])])
    return ".".join(["report", *parts])
