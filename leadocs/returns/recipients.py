"""Who returned documents can come from: organisation files or a mailing's recipient list."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from leadocs.errors import DataError, DataProblem
from leadocs.formats.model import Network, Organisation

__all__ = ["KnownOrganisation", "load_known"]


@dataclass(frozen=True)
class KnownOrganisation:
    """An organisation a document may have been made for.

    Attributes:
        key: the recipient id documents name (file name or the list's id).
        organisation: its data now.
        source: the organisation file, None for a row of a list.
    """

    key: str
    organisation: Organisation
    source: Path | None = None


def load_known(
    network: Network,
    network_path: Path | None,
    *,
    orgs: Path | None = None,
    recipients: Path | None = None,
) -> tuple[dict[str, KnownOrganisation], list[DataProblem]]:
    """Every organisation of ``orgs`` (a folder of organisation files) and of a list.

    Returns:
        The organisations by recipient id (also by short name, for files) and
        the problems of files that do not load.
    """
    known: dict[str, KnownOrganisation] = {}
    problems: list[DataProblem] = []
    if orgs is not None:
        for path in sorted(orgs.rglob("*.yaml")) + sorted(orgs.rglob("*.yml")):
            loaded = _load_file(path, network_path, problems)
            if loaded is not None:
                known.setdefault(path.stem, loaded)
        for entry in list(known.values()):  # a letter made by hand names the short name
            known.setdefault(entry.organisation.file_stem, entry)
    if recipients is not None:
        from leadocs.mailing.sources.recipients import load_recipients

        try:
            for recipient in load_recipients(recipients, network):
                known[recipient.key] = KnownOrganisation(recipient.key, recipient.organisation)
        except DataError as exc:
            problems += exc.problems
    return known, problems


def _load_file(
    path: Path, network_path: Path | None, problems: list[DataProblem]
) -> KnownOrganisation | None:
    from leadocs.formats.files import load_organisation

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(DataProblem(str(path), None, None, "", f"cannot read it ({exc})"))
        return None
    if not any(line.startswith("organisation:") for line in text.splitlines()):
        return None  # a network or procurement file next to the organisations
    try:
        loaded = load_organisation(path, network_path)
    except DataError as exc:
        problems += exc.problems
        return None
    return KnownOrganisation(path.stem, loaded.organisation, path)
