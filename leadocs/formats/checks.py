"""``leadocs validate``: check any number of data files and report every problem at once.

A file's kind is told by its top-level key (``organisation:``, ``network:``,
``procurement:``); each kind registers a checker here. Checkers return
problems (errors) and warnings; nothing is raised for data problems so that
every file is checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from leadocs.errors import DataError, DataProblem
from leadocs.formats.loading import LoadedFile, load_yaml
from leadocs.formats.model import NetworkFile, OrganisationFile

__all__ = ["CheckResult", "Checker", "check_file", "register_checker", "register_schema", "schemas"]


@dataclass
class CheckResult:
    """What checking one file found."""

    problems: list[DataProblem] = field(default_factory=list)
    warnings: list[DataProblem] = field(default_factory=list)
    notes: list[DataProblem] = field(default_factory=list)
    """Information for the reader that is neither an error nor a warning (e.g. EU publication)."""


Checker = Callable[[LoadedFile], CheckResult]
_CHECKERS: dict[str, Checker] = {}
_SCHEMAS: dict[str, type[BaseModel]] = {}


def register_checker(key: str, checker: Checker) -> None:
    """Make ``leadocs validate`` check files whose top-level key is ``key`` with ``checker``."""
    _CHECKERS[key] = checker


def register_schema(name: str, model: type[BaseModel]) -> None:
    """Make ``leadocs schema NAME`` print the JSON Schema of ``model``."""
    _SCHEMAS[name] = model


def schemas() -> dict[str, type[BaseModel]]:
    """The file formats that have a JSON Schema, by name."""
    _load_plugins()
    return dict(_SCHEMAS)


def check_file(path: Path) -> CheckResult:
    """Check one data file; every problem is returned, nothing raised for bad data."""
    _load_plugins()
    try:
        loaded = load_yaml(path)
    except DataError as exc:
        return CheckResult(problems=exc.problems)
    for key, checker in _CHECKERS.items():
        if key in loaded.data:
            return checker(loaded)
    kinds = ", ".join(f"'{k}:'" for k in _CHECKERS)
    return CheckResult(
        problems=[DataProblem(str(path), 1, 1, "", f"no top-level {kinds} key; what is this file?")]
    )


def _validated(model: type[BaseModel], loaded: LoadedFile) -> tuple[BaseModel | None, CheckResult]:
    from leadocs.formats.validation import validate_file

    try:
        return validate_file(model, loaded), CheckResult()
    except DataError as exc:
        return None, CheckResult(problems=exc.problems)


def _check_organisation(loaded: LoadedFile) -> CheckResult:
    from leadocs.formats.files import check_tasks, load_network

    parsed, result = _validated(OrganisationFile, loaded)
    # Task ids are checked even when other fields are wrong, so every problem shows at once.
    raw_network = loaded.data.get("network")
    network_path = loaded.path.parent / raw_network if isinstance(raw_network, str) else None
    try:
        network = load_network(network_path)
    except DataError as exc:
        return CheckResult(problems=result.problems + exc.problems)
    organisation = loaded.data.get("organisation")
    tasks = organisation.get("tasks") if isinstance(organisation, dict) else None
    if isinstance(parsed, OrganisationFile):
        tasks = parsed.organisation.tasks
    if isinstance(tasks, list):
        result.problems.extend(check_tasks(tasks, network, loaded))
    result.problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    return result


def _check_network(loaded: LoadedFile) -> CheckResult:
    return _validated(NetworkFile, loaded)[1]


def _load_plugins() -> None:
    # Formats defined in other modules register themselves when imported.
    import importlib

    for module in ("leadocs.tender.input",):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


register_checker("organisation", _check_organisation)
register_checker("network", _check_network)
register_schema("organisation", OrganisationFile)
register_schema("network", NetworkFile)
