"""What a batch did, recipient by recipient, kept compact (one byte per recipient)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from leadocs.errors import DataProblem
from leadocs.mailing.plan import Plan, PlanEntry

__all__ = ["BatchProgress", "BatchResult", "Outcome", "Status", "grouped_problems"]

_ROWS_SHOWN = 5


def grouped_problems(problems: Sequence[DataProblem]) -> list[str]:
    """One line per distinct message: a message repeated on many rows is said once.

    179 recipients with ``language: nb`` give one line, "list.csv: 179 rows (2,
    3, 5, 8, 13 and 174 more): language: no built-in text for language 'nb'; …",
    in the order each message first occurs; a message on one row reads as usual.
    """
    groups: dict[tuple[str, str, str], list[DataProblem]] = {}
    for problem in problems:
        groups.setdefault((problem.file, problem.field, problem.message), []).append(problem)
    lines = []
    for (file, field, message), found in groups.items():
        if len(found) == 1:
            lines.append(str(found[0]))
            continue
        rows = [str(p.line) for p in found[:_ROWS_SHOWN] if p.line is not None]
        more = f" and {len(found) - len(rows)} more" if len(found) > len(rows) else ""
        label = f" {field}:" if field else ""
        lines.append(f"{file}: {len(found)} rows ({', '.join(rows)}{more}):{label} {message}")
    return lines


class Status(IntEnum):
    """The state of one selected recipient."""

    PENDING = 0
    WRITTEN = 1
    SKIPPED = 2
    """Finished by an earlier run, input unchanged, files untouched."""
    FAILED = 3
    WOULD_WRITE = 4
    WOULD_SKIP = 5

    @property
    def label(self) -> str:
        """Lower-case name with spaces, e.g. ``would write``."""
        return self.name.lower().replace("_", " ")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One recipient's outcome."""

    key: str
    row: int
    where: str
    status: Status
    paths: tuple[Path, ...]
    error: str | None = None


@dataclass(frozen=True)
class BatchProgress:
    """A progress report: the stage, counts so far, and the recipient just finished."""

    stage: str
    """``validated`` (once, after every row was checked), ``rendering``, then with PDFs
    ``starting LibreOffice`` and ``converting``."""
    total: int
    written: int
    skipped: int
    failed: int
    invalid: int
    outcome: Outcome | None = None

    @property
    def completed(self) -> int:
        """Recipients finished one way or another."""
        return self.written + self.skipped + self.failed


class BatchResult:
    """The outcome of a batch, in recipient (list) order.

    Attributes:
        outdir: the output folder.
        problems: the problems of the invalid rows (skipped with ``keep_going``).
        invalid_rows: ``file:row`` of each invalid row.
        rows: rows read; ``selected``: recipients selected for rendering.
        seconds: wall time of the whole batch.
        notice: a one-line notice of the engine (e.g. a fallback to plain docxtpl).
        warnings: warnings about the list (unknown columns kept as custom fields) and
            its rows (a language leadocs has no text for).
    """

    def __init__(
        self,
        outdir: Path,
        plan: Plan,
        *,
        eml: bool,
        dry_run: bool,
        notice: str | None = None,
        warnings: Sequence[DataProblem] = (),
    ) -> None:
        self.outdir = outdir
        self.path = plan.path
        self.entries: list[PlanEntry] = plan.entries
        self.problems: list[DataProblem] = plan.problems
        self.invalid_rows: list[str] = plan.bad_rows
        self.rows = plan.rows
        self.eml = eml
        self.dry_run = dry_run
        self.notice = notice
        self.warnings = list(warnings)
        self.seconds = 0.0
        self._status = bytearray(len(plan.entries))
        self._errors: dict[int, str] = {}
        self._counts = [0] * len(Status)
        self._counts[Status.PENDING] = len(plan.entries)

    @property
    def selected(self) -> int:
        """Number of valid recipients selected."""
        return len(self.entries)

    def count(self, status: Status) -> int:
        """How many recipients are in ``status``."""
        return self._counts[status]

    @property
    def written(self) -> int:
        """Recipients whose files were written by this run."""
        return self._counts[Status.WRITTEN]

    @property
    def skipped(self) -> int:
        """Recipients left as an earlier run finished them."""
        return self._counts[Status.SKIPPED]

    @property
    def failed(self) -> int:
        """Recipients that failed to render, plus invalid rows."""
        return self._counts[Status.FAILED] + len(self.invalid_rows)

    def set(self, index: int, status: Status, error: str | None = None) -> None:
        """Record the status of entry ``index``."""
        self._counts[self._status[index]] -= 1
        self._counts[status] += 1
        self._status[index] = status
        if error is not None:
            self._errors[index] = error

    def outcome(self, index: int) -> Outcome:
        """The outcome of entry ``index``."""
        entry = self.entries[index]
        return Outcome(
            entry.key,
            entry.row,
            f"{self.path}:{entry.line}",
            Status(self._status[index]),
            self._paths(entry),
            self._errors.get(index),
        )

    def outcomes(self) -> Iterator[Outcome]:
        """Every selected recipient's outcome, in list order."""
        return (self.outcome(index) for index in range(len(self.entries)))

    def failures(self) -> list[Outcome]:
        """Recipients that failed to render, in list order."""
        return [self.outcome(i) for i in sorted(self._errors)]

    @property
    def documents(self) -> list[Path]:
        """The documents of this batch (written now or before), in recipient order.

        This is what a later stage (PDF conversion, a merged pack) works on.
        """
        done = (Status.WRITTEN, Status.SKIPPED)
        return [
            self.outdir / f"{entry.stem}.docx"
            for entry, status in zip(self.entries, self._status, strict=True)
            if status in done
        ]

    def progress(self, stage: str, index: int | None = None) -> BatchProgress:
        """A progress report of the current state."""
        return BatchProgress(
            stage=stage,
            total=len(self.entries),
            written=self._counts[Status.WRITTEN],
            skipped=self._counts[Status.SKIPPED],
            failed=self._counts[Status.FAILED],
            invalid=len(self.invalid_rows),
            outcome=None if index is None else self.outcome(index),
        )

    def _paths(self, entry: PlanEntry) -> tuple[Path, ...]:
        document = self.outdir / f"{entry.stem}.docx"
        return (document, document.with_suffix(".eml")) if self.eml else (document,)
