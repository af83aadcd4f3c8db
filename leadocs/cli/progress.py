"""The progress bar of a batch: one line on stderr, a stage at a time, with a real estimate."""

from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Task

__all__ = ["BatchProgressBar"]

_REDRAW_SECONDS = 0.1


class BatchProgressBar:
    """A rich progress bar for the stages of a batch; call it with each progress event.

    Each stage (checking, rendering, starting LibreOffice, converting) starts the
    bar afresh, so that the time estimate of a stage comes from the speed of
    that stage alone: PDFs arrive a few a second, not thousands like documents.
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
            TimeRemainingColumn,
        )

        console = console or Console(stderr=True)
        self.clock = clock
        self.bar = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
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
            self._stage = event.stage
            label = f"{event.stage}…" if event.stage.startswith("starting") else event.stage
            self.bar.reset(
                self._task, total=event.total, completed=event.completed, description=label
            )
        elif event.outcome is not None and now - self._last < _REDRAW_SECONDS:
            return  # thousands of documents a second: no need to redraw for each
        else:
            self.bar.update(self._task, total=event.total, completed=event.completed)
        self._last = now
        self.bar.refresh()

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
