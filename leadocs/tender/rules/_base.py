"""What every rule family shares: the report it fills and how it points into the file.

A finding is a :class:`RuleProblem`: a located problem whose message is a
catalogue :class:`~leadocs.tender.rules.messages.Message`, printed in English at
the terminal and written in the documents' language by :func:`problem_text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from leadocs.errors import DataProblem
from leadocs.formats.loading import SourceMap, dotted_path
from leadocs.tender.rules.messages import Message, render_message

__all__ = ["Findings", "Locator", "RuleProblem", "RuleReport", "problem_text"]

TERMINAL_LANG = "en"
"""The language of the messages printed at the terminal (for the person running leadocs)."""


@dataclass(frozen=True)
class RuleProblem(DataProblem):
    """A problem found by a rule; ``message`` is its English text, ``text`` the message itself."""

    text: Message


def problem_text(problem: DataProblem, lang: str) -> str:
    """The message of ``problem`` in ``lang``: a rule's in that language, any other as it is."""
    if isinstance(problem, RuleProblem):
        return render_message(problem.text, lang)
    return problem.message


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

    def __call__(self, path: tuple[Any, ...], message: Message) -> RuleProblem:
        """A problem at ``procurement.<path>`` with the line and column of that value."""
        full = ("procurement", *path)
        line, column = self.source.locate(full) if self.source else (None, None)
        english = render_message(message, TERMINAL_LANG, iso_dates=True)
        return RuleProblem(self.file, line, column, dotted_path(full), english, message)


def _message(key: str | Message, values: dict[str, Any]) -> Message:
    """A message of the ``rules`` catalogue section (``cpv_twice``), or one given whole."""
    if isinstance(key, Message):
        return key
    return Message(key if "." in key else f"rules.{key}", values)


@dataclass
class Findings:
    """What one rule family finds, located with ``at``."""

    at: Locator
    report: RuleReport = field(default_factory=RuleReport)

    def error(self, path: tuple[Any, ...], key: str | Message, **values: Any) -> None:
        """An error at ``procurement.<path>``: it stops rendering."""
        self.report.errors.append(self.at(path, _message(key, values)))

    def warning(self, path: tuple[Any, ...], key: str | Message, **values: Any) -> None:
        """A warning at ``procurement.<path>``: printed and listed in the draft."""
        self.report.warnings.append(self.at(path, _message(key, values)))

    def note(self, path: tuple[Any, ...], key: str | Message, **values: Any) -> None:
        """Information at ``procurement.<path>``."""
        self.report.notes.append(self.at(path, _message(key, values)))
