"""Reading a folder of returned partner report records and checking them against the network.

A record is a ``report:`` file in the format of
:mod:`leadocs.formats.model.partner_report` (what ``leadocs collect`` writes). The
other files of a collect folder (its index ``collected.yaml``, organisation files)
are passed over; any other YAML file is an error.
Every problem of every file is collected first and reported together, each as
``file:line:column: dotted.path: message``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from leadocs.errors import DataError, DataProblem, UsageError
from leadocs.formats.loading import LoadedFile, load_yaml
from leadocs.formats.model import Network
from leadocs.formats.model.partner_report import PartnerReport, PartnerReportFile
from leadocs.formats.validation import validate_file

__all__ = ["ReportRecord", "load_records"]


@dataclass(frozen=True)
class ReportRecord:
    """One partner report and the file it came from."""

    path: Path
    report: PartnerReport


def load_records(folder: Path, network: Network) -> list[ReportRecord]:
    """Every partner report record in ``folder`` (and its subfolders), checked.

    Args:
        folder: the folder of returned report records (``*.yaml``).
        network: the network the reports belong to.

    Raises:
        UsageError: ``folder`` is not a folder or holds no record.
        DataError: a record does not validate, names a partner or a period the
            network does not have, or repeats another record's partner and period.
    """
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder of returned partner reports")
    paths = sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    records: list[ReportRecord] = []
    problems: list[DataProblem] = []
    seen: dict[tuple[str, str], Path] = {}
    for path in paths:
        try:
            read = _read(path)
        except DataError as exc:
            problems += exc.problems
            continue
        if read is None:
            continue
        loaded, report = read
        found = _problems(loaded, report, network)
        key = (report.partner.casefold(), report.period)
        if key in seen:
            also = f"{report.partner} {report.period} is reported in {seen[key]} too"
            found.append(_problem(loaded, ("report",), f"{also}; keep one of them"))
        seen.setdefault(key, path)
        problems += found
        if not found:
            records.append(ReportRecord(path, report))
    if problems:
        raise DataError(problems)
    if not records:
        raise UsageError(
            f"{folder}: no partner report records (*.yaml with a top-level 'report:')",
            hint="leadocs collect writes them from the returned reports",
        )
    return records


def _read(path: Path) -> tuple[LoadedFile, PartnerReport] | None:
    """The record in ``path``, or None for another file of a collect folder."""
    loaded = load_yaml(path)
    if _other_format(loaded):
        return None
    return loaded, _validated(loaded).report


_OTHER_FORMATS = frozenset({"returned", "organisation", "network", "procurement", "recipients"})
"""Top-level keys of the other files a collect folder holds (its index, organisation files)."""


def _other_format(loaded: LoadedFile) -> bool:
    data = loaded.data
    return isinstance(data, dict) and "report" not in data and bool(_OTHER_FORMATS & set(data))


def _validated(loaded: LoadedFile) -> PartnerReportFile:
    if not isinstance(loaded.data, dict) or "report" not in loaded.data:
        raise DataError.single(
            loaded.path,
            "expected a top-level 'report:' mapping (a partner report record)",
            line=1,
            column=1,
        )
    return validate_file(PartnerReportFile, loaded)


def _problems(loaded: LoadedFile, report: PartnerReport, network: Network) -> list[DataProblem]:
    partner = network.find_partner(report.partner)
    if partner is None:
        names = "; ".join(p.name for p in network.partners)
        message = f"'{report.partner}' is not a partner of {network.acronym} (partners: {names})"
        return [_problem(loaded, ("report", "partner"), message)]
    problems = []
    periods = [deadline.label for deadline in network.reporting_deadlines]
    if report.period not in periods:
        shown = ", ".join(periods) or "none"
        message = f"'{report.period}' is not a reporting deadline of {network.acronym} ({shown})"
        problems.append(_problem(loaded, ("report", "period"), message))
    for index, row in enumerate(report.member_states):
        if row.code not in partner.member_states:
            message = (
                f"{row.code} is not a member state of {partner.name} "
                f"({', '.join(partner.member_states) or 'none'}); "
                "list members elsewhere under additional_members"
            )
            problems.append(_problem(loaded, ("report", "member_states", index, "code"), message))
    return problems


def _problem(loaded: LoadedFile, path: tuple[str | int, ...], message: str) -> DataProblem:
    line, column = loaded.source.locate(path)
    dotted = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)[1:]
    return DataProblem(str(loaded.path), line, column, dotted, message)
