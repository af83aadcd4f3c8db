"""The progress bar of a batch: one line on stderr, a stage at a time, with a real estimate."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from rich.progress import ProgressColumn
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Task

__all__ = ["BatchProgressBar", "seconds_left"]

_REDRAW_SECONDS = 0.1
_FIRST_GUESS_SECONDS = 1.0
# Stages that go on counting what an earlier one started.
_CONTINUES = {"converting": "starting LibreOffice"}


def seconds_left(task: Task, now: float) -> float | None:
    """Seconds the stage still needs at its speed since its first item (None: no guess yet).

    The speed is counted from the first item the stage finished, not from its
    start: LibreOffice's start-up would make the first guesses far too long. It
    is averaged over the stage, not over the last few updates: PDFs come in
    bursts (a joined load of letters at once, seconds apart), which throws a
    short-term speed off by a factor of three. A guess waits for a second of
    data after that first item.
    """
    first = task.fields.get("first")
    if task.total is None or first is None:
        return None
    since, done = now - first[0], task.completed - first[1]
    if since < _FIRST_GUESS_SECONDS or done <= 0:
        return None
    return max(0.0, float((task.total - task.completed) * since / done))


class _SecondsLeft(ProgressColumn):
    def __init__(self, clock: Callable[[], float]) -> None:
        super().__init__()
        self.clock = clock

    def render(self, task: Task) -> Text:
        left = seconds_left(task, self.clock())
        shown = "-:--:--" if left is None else str(dt.timedelta(seconds=round(left)))
        return Text(shown, style="progress.remaining")


class BatchProgressBar:
    """A rich progress bar for the stages of a batch; call it with each progress event.

    Each stage (checking, rendering, starting LibreOffice and converting) starts
    the bar afresh, so that the time estimate of a stage comes from the speed of
    that stage alone (:func:`seconds_left`): PDFs arrive a few a second, not
    thousands like documents.
    It redraws on its own a few times a second (the spinner and the estimate
    move during LibreOffice's first seconds too) and after an event at most ten
    times a second.

    Args:
        console: where to draw (default: stderr; nothing is drawn unless a terminal).
        clock: the time source of the estimate (tests pass a fake one).
    """

    def __init__(
        self, console: Console | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
        )

        console = console or Console(stderr=True)
        self.clock = clock
        self.bar = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            _SecondsLeft(clock),
            console=console,
            auto_refresh=console.is_terminal,
            refresh_per_second=4,
            transient=True,
            disable=not console.is_terminal,
            get_time=clock,
        )
        self._task = self.bar.add_task("checking", total=None)
        self._stage = "checking"
        self._last = 0.0

    @property
    def task(self) -> Task:
        """The bar's one task (for tests and reports)."""
        return self.bar.tasks[0]

    def __call__(self, event: Any) -> None:
        """Show ``event`` (a BatchProgress): its stage, counts and total."""
        now = self.clock()
        if event.stage != self._stage:
            self._new_stage(event)
        elif event.outcome is not None and now - self._last < _REDRAW_SECONDS:
            return  # thousands of documents a second: no need to redraw for each
        else:
            self.bar.update(self._task, total=event.total, completed=event.completed)
        task = self.task
        if task.fields.get("first") is None and task.completed > task.fields.get("base", 0):
            task.fields["first"] = (now, task.completed)
        self._last = now
        self.bar.refresh()

    def _new_stage(self, event: Any) -> None:
        label = f"{event.stage}…" if event.stage.startswith("starting") else event.stage
        if _CONTINUES.get(event.stage) == self._stage:
            self.bar.update(self._task, completed=event.completed, description=label)
        else:
            self.bar.reset(
                self._task,
                total=event.total,
                completed=event.completed,
                description=label,
                base=event.completed,
                first=None,
            )
        self._stage = event.stage

    def __enter__(self) -> BatchProgressBar:
        self.bar.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.bar.stop()
