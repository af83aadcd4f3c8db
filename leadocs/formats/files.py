"""Loading organisations and networks from files, and checking them against each other.

This is the I/O side of the models: files in, validated models out, with every
problem reported as ``file:line:column: field: message``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pydantic
import yaml

from leadocs.errors import DataError, DataProblem
from leadocs.formats.loading import LoadedFile, load_yaml, parse_yaml
from leadocs.formats.model import Network, NetworkFile, Organisation, OrganisationFile
from leadocs.formats.validation import validate_file

__all__ = [
    "BUILTIN_NETWORK_NAME",
    "OrganisationInput",
    "TemplateData",
    "builtin_network",
    "builtin_network_text",
    "check_tasks",
    "load_network",
    "load_organisation",
    "load_template_data",
]

BUILTIN_NETWORK_NAME = "<built-in LEA network>"


@dataclass(frozen=True)
class OrganisationInput:
    """An organisation together with the network its documents are about."""

    organisation: Organisation
    network: Network
    source: Path


def builtin_network_text() -> str:
    """The YAML text of the built-in LEA network."""
    return (resources.files("leadocs") / "data" / "lea-network.yaml").read_text("utf-8")


_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def builtin_network() -> Network:
    """The LEA network of deliverable D2.3, used when no network is given."""
    text = builtin_network_text()
    # Our own, tested file: libyaml reads it in a tenth of the time of the loader
    # that keeps every position for messages, which every command would wait for.
    try:
        return NetworkFile.model_validate(yaml.load(text, Loader=_FAST_LOADER)).network
    except (yaml.YAMLError, pydantic.ValidationError):
        pass  # cannot happen with the shipped file; if it does, say where
    loaded = parse_yaml(text, Path(BUILTIN_NETWORK_NAME))
    return validate_file(NetworkFile, loaded).network


def load_network(path: Path | None) -> Network:
    """Load a network file, or return the built-in network when ``path`` is None."""
    if path is None:
        return builtin_network()
    loaded = load_yaml(path)
    _require_top_key(loaded, "network")
    return validate_file(NetworkFile, loaded).network


def load_organisation(path: Path, network_path: Path | None = None) -> OrganisationInput:
    """Load an organisation file and its network, and check its tasks against the network.

    Args:
        path: the organisation YAML file.
        network_path: a network file that overrides the file's own ``network:``.

    Raises:
        DataError: listing every problem found, each with file, line and field.
    """
    loaded = load_yaml(path)
    _require_top_key(loaded, "organisation")
    parsed = validate_file(OrganisationFile, loaded)
    if network_path is None and parsed.network:
        network_path = (path.parent / parsed.network).resolve()
        if not network_path.is_file():
            line, column = loaded.source.locate(("network",))
            raise DataError.single(
                path,
                f"network file '{parsed.network}' not found (looked for {network_path})",
                line=line,
                column=column,
                field="network",
            )
    network = load_network(network_path)
    problems = check_tasks(parsed.organisation.tasks, network, loaded)
    if problems:
        raise DataError(problems)
    return OrganisationInput(parsed.organisation, network, path)


def check_tasks(
    tasks: Sequence[object], network: Network, loaded: LoadedFile | None = None
) -> list[DataProblem]:
    """Problems with task ids the network does not offer, each with a suggestion."""
    offered = network.task_ids()
    problems = []
    for index, task in enumerate(tasks):
        if not isinstance(task, str) or task in offered:
            continue
        parts = [part.strip() for part in re.split(r"[,\s]+", task) if part.strip()]
        close = difflib.get_close_matches(task, offered, n=1, cutoff=0.5)
        if len(parts) > 1 and all(part in offered for part in parts):
            hint = (
                "these are several tasks in one; separate tasks with ';' in a spreadsheet "
                f"cell ({';'.join(parts)}), or write one per line starting with '- ' in YAML"
            )
        elif close:
            hint = f"did you mean '{close[0]}'?"
        else:
            hint = f"offered: {', '.join(offered)}"
        data_path = ("organisation", "tasks", index)
        line, column = loaded.source.locate(data_path) if loaded else (None, None)
        problems.append(
            DataProblem(
                str(loaded.path) if loaded else network.acronym,
                line,
                column,
                f"organisation.tasks[{index}]",
                f"the network {network.acronym} does not offer task '{task}'; {hint}",
            )
        )
    return problems


def _require_top_key(loaded: LoadedFile, key: str) -> None:
    if key in loaded.data:
        return
    found = ", ".join(f"'{k}'" for k in loaded.data) or "nothing"
    close = difflib.get_close_matches(key, [str(k) for k in loaded.data], n=1, cutoff=0.6)
    hint = f"; did you mean '{key}'?" if close else ""
    raise DataError.single(
        loaded.path,
        f"expected a top-level '{key}:' mapping, found {found}{hint}",
        line=1,
        column=1,
    )


@dataclass(frozen=True)
class TemplateData:
    """The data of ``leadocs render``: the file's mapping, its network, its organisation."""

    data: dict[str, Any]
    network: Network
    organisation: Organisation | None


def load_template_data(path: Path, network_path: Path | None = None) -> TemplateData:
    """Load the data file of a user's template.

    An organisation file (only ``organisation:`` and ``network:`` at the top)
    is loaded and checked as one, so its template sees ``organisation`` as the
    built-in documents do; any other YAML mapping is the template's data as it is.

    Raises:
        DataError: the file cannot be read, or is a bad organisation file.
    """
    loaded = load_yaml(path)
    if "organisation" in loaded.data and set(loaded.data) <= {"organisation", "network"}:
        found = load_organisation(path, network_path)
        return TemplateData(loaded.data, found.network, found.organisation)
    return TemplateData(loaded.data, load_network(network_path), None)
