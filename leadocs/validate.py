"""Every data format leadocs reads, in one table: how ``validate`` checks it, its JSON Schema.

A file's format is told by its top-level key (``organisation:``, ``network:``,
``procurement:``); recipient lists (``.csv``, ``.xlsx``, ``recipients:``) are
checked row by row.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from leadocs.errors import DataError, DataProblem
from leadocs.formats.checks import Checker, CheckResult, check_network, check_organisation
from leadocs.formats.loading import load_yaml
from leadocs.formats.model import NetworkFile, OrganisationFile
from leadocs.tender.input import check_loaded as check_procurement
from leadocs.tender.model import ProcurementFile

__all__ = ["FORMATS", "DataFormat", "check_file", "check_recipient_list", "schemas"]


@dataclass(frozen=True)
class DataFormat:
    """A YAML format: its model (for ``leadocs schema``) and its checker."""

    model: type[BaseModel]
    check: Checker


FORMATS: dict[str, DataFormat] = {
    "organisation": DataFormat(OrganisationFile, check_organisation),
    "network": DataFormat(NetworkFile, check_network),
    "procurement": DataFormat(ProcurementFile, check_procurement),
}
"""The formats by top-level key."""
_LIST_SUFFIXES = (".csv", ".xlsx", ".xlsm")


def check_recipient_list(path: Path) -> CheckResult:
    """Check every row of a recipient list (CSV, XLSX or YAML) as an organisation of its network."""
    from leadocs.formats.files import load_network
    from leadocs.mailing.sources.recipients import open_recipients

    problems: list[DataProblem] = []
    try:
        source = open_recipients(path)
        network = load_network(source.network_path)
        for row in source.rows():
            problems.extend(source.check(row, network)[1])
    except DataError as exc:  # the file itself, its network, or a row it cannot read
        problems.extend(exc.problems)
    return CheckResult(problems=problems)


def schemas() -> dict[str, type[BaseModel]]:
    """The file formats that have a JSON Schema, by name."""
    return {name: data_format.model for name, data_format in FORMATS.items()}


def check_file(path: Path) -> CheckResult:
    """Check one data file; every problem is returned, nothing raised for bad data.

    A ``.csv`` or ``.xlsx`` file, and a YAML file with a top-level ``recipients:``
    list, is a recipient list: every row is checked as ``leadocs batch`` would.
    """
    if path.suffix.lower() in _LIST_SUFFIXES:
        return check_recipient_list(path)
    try:
        loaded = load_yaml(path)
    except DataError as exc:
        return CheckResult(problems=exc.problems)
    for key, data_format in FORMATS.items():
        if key in loaded.data:
            return data_format.check(loaded)
    if "recipients" in loaded.data:
        return check_recipient_list(path)
    kinds = ", ".join(f"'{k}:'" for k in FORMATS)
    message = f"no top-level {kinds} key; what is this file?"
    for key in loaded.data:
        close = difflib.get_close_matches(str(key), list(FORMATS), n=1, cutoff=0.75)
        if close:  # organization: (US spelling), organisations:, Network:
            line, column = loaded.source.locate_key((key,))
            message = f"unknown top-level key '{key}'; did you mean '{close[0]}:'?"
            return CheckResult(problems=[DataProblem(str(path), line, column, str(key), message)])
    return CheckResult(problems=[DataProblem(str(path), 1, 1, "", message)])
