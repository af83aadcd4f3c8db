"""Checks of the network formats for ``leadocs validate``, and what a check finds.

Checkers return problems (errors) and warnings; nothing is raised for data
problems so that every file is checked. The table of formats that
``leadocs validate`` knows is :data:`leadocs.validate.FORMATS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import BaseModel

from leadocs.errors import DataError, DataProblem
from leadocs.formats.loading import LoadedFile
from leadocs.formats.model import NetworkFile, OrganisationFile

__all__ = ["CheckResult", "Checker", "check_network", "check_organisation", "validated"]


@dataclass
class CheckResult:
    """What checking one file found."""

    problems: list[DataProblem] = field(default_factory=list)
    warnings: list[DataProblem] = field(default_factory=list)
    notes: list[DataProblem] = field(default_factory=list)
    """Information for the reader that is neither an error nor a warning (e.g. EU publication)."""


Checker = Callable[[LoadedFile], CheckResult]
"""Checks one loaded file."""


def validated(model: type[BaseModel], loaded: LoadedFile) -> tuple[BaseModel | None, CheckResult]:
    """``loaded`` validated as ``model`` (None when invalid), and the problems found."""
    from leadocs.formats.validation import validate_file

    try:
        return validate_file(model, loaded), CheckResult()
    except DataError as exc:
        return None, CheckResult(problems=exc.problems)


def check_organisation(loaded: LoadedFile) -> CheckResult:
    """An organisation file: the model, and its task ids against its network."""
    from leadocs.formats.files import check_tasks, load_network

    parsed, result = validated(OrganisationFile, loaded)
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


def check_network(loaded: LoadedFile) -> CheckResult:
    """A network file: the model."""
    return validated(NetworkFile, loaded)[1]
