"""What every rule family shares: the report it fills and how it points into the file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from leadocs.errors import DataProblem
from leadocs.formats.loading import SourceMap, dotted_path

__all__ = ["Findings", "Locator", "RuleReport"]


@dataclass
class RuleReport:
    """Problems found by the procurement rules.

    ``errors`` stop rendering; ``warnings`` are printed and listed in the draft
    (errors under ``--strict``); ``notes`` inform (e.g. whether EU-wide
    publication is required) and never fail anything.
    """

    errors: list[DataProblem] = field(default_factory=list)
    warnings: list[DataProblem] = field(default_factory=list)
    notes: list[DataProblem] = field(default_factory=list)

    def extend(self, other: RuleReport) -> None:
        """Add the findings of ``other`` to this report."""
        self.errors.extend(other.errors)
        self.warnings.extend(other.warnings)
        self.notes.extend(other.notes)

    def sort(self) -> None:
        """Order every list by position in the file, so messages read top to bottom."""
        for found in (self.errors, self.warnings, self.notes):
            found.sort(key=lambda p: (p.line or 0, p.column or 0))


@dataclass(frozen=True)
class Locator:
    """Turns a path inside the procurement (``("phases", 1, "budget")``) into a located problem."""

    file: str = "<procurement>"
    source: SourceMap | None = None

    def __call__(self, path: tuple[Any, ...], message: str) -> DataProblem:
        """A problem at ``procurement.<path>`` with the line and column of that value."""
        full = ("procurement", *path)
        line, column = self.source.locate(full) if self.source else (None, None)
        return DataProblem(self.file, line, column, dotted_path(full), message)


@dataclass
class Findings:
    """What one rule family finds, located with ``at``."""

    at: Locator
    report: RuleReport = field(default_factory=RuleReport)

    def error(self, path: tuple[Any, ...], message: str) -> None:
        """An error at ``procurement.<path>``: it stops rendering."""
        self.report.errors.append(self.at(path, message))

    def warning(self, path: tuple[Any, ...], message: str) -> None:
        """A warning at ``procurement.<path>``: printed and listed in the draft."""
        self.report.warnings.append(self.at(path, message))

    def note(self, path: tuple[Any, ...], message: str) -> None:
        """Information at ``procurement.<path>``."""
        self.report.notes.append(self.at(path, message))
