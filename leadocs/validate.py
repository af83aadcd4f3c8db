"""Every data format leadocs reads, in one table: how ``validate`` checks it, its JSON Schema.

A file's format is told by its top-level key (``organisation:``, ``network:``,
``procurement:``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from leadocs.errors import DataError, DataProblem
from leadocs.formats.checks import Checker, CheckResult, check_network, check_organisation
from leadocs.formats.loading import load_yaml
from leadocs.formats.model import NetworkFile, OrganisationFile
from leadocs.tender.input import check_loaded as check_procurement
from leadocs.tender.model import ProcurementFile

__all__ = ["FORMATS", "DataFormat", "check_file", "schemas"]


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


def schemas() -> dict[str, type[BaseModel]]:
    """The file formats that have a JSON Schema, by name."""
    return {name: data_format.model for name, data_format in FORMATS.items()}


def check_file(path: Path) -> CheckResult:
    """Check one data file; every problem is returned, nothing raised for bad data."""
    try:
        loaded = load_yaml(path)
    except DataError as exc:
        return CheckResult(problems=exc.problems)
    for key, data_format in FORMATS.items():
        if key in loaded.data:
            return data_format.check(loaded)
    kinds = ", ".join(f"'{k}:'" for k in FORMATS)
    return CheckResult(
        problems=[DataProblem(str(path), 1, 1, "", f"no top-level {kinds} key; what is this file?")]
    )
