"""The worker processes of a batch, seen from the batch process.

One pool per batch: it first checks the rows of the list (in order, a few
chunks ahead of the plan), then renders the documents (in any order). The
compiled template is made before the pool, so that with ``fork`` every worker
inherits it instead of compiling its own.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.pool
import os
import threading
from collections.abc import Iterable, Iterator
from multiprocessing.context import BaseContext

from leadocs.mailing import worker as _worker
from leadocs.mailing.rows import CheckedRow
from leadocs.mailing.sources.recipients import RowBatch
from leadocs.mailing.worker import Renderer, Task, TaskResult

__all__ = ["WorkerPool", "mp_context"]


class WorkerPool:
    """The pool of a batch: it checks the rows first, then renders the documents."""

    def __init__(self, renderer: Renderer, jobs: int) -> None:
        # With fork the workers inherit the compiled template; otherwise they compile it once each.
        _worker.use_renderer(renderer)
        # Frozen objects are never visited by the collector, so the pages the workers
        # share with this process stay shared instead of being copied, in both, each
        # time a full collection walks them. They stay frozen until the pool closes.
        gc.collect()
        gc.freeze()
        try:
            self.pool = mp_context().Pool(
                jobs, initializer=_worker.init_worker, initargs=(renderer.spec,)
            )
        except BaseException:
            gc.unfreeze()
            raise
        self.jobs = jobs
        self.stopped = threading.Event()

    @classmethod
    def start(cls, renderer: Renderer, jobs: int | None) -> WorkerPool | None:
        """A pool of ``jobs`` workers (default: one per core); None for a single job."""
        count = jobs or os.cpu_count() or 1
        return cls(renderer, count) if count > 1 else None

    def check(self, found: Iterator[RowBatch]) -> Iterator[list[CheckedRow]]:
        """Check chunks of rows in the workers, in order, a few chunks ahead at most.

        The pool reads its input in a thread of its own; without a bound it would
        read the whole list ahead of the plan, and hold it, when planning is slower.
        """
        ahead = threading.Semaphore(self.jobs * 4)

        def feed() -> Iterator[RowBatch]:
            for chunk in found:
                while not ahead.acquire(timeout=0.1):
                    if self.stopped.is_set():  # closing: the pool must not wait for us
                        return
                yield chunk

        for checked in self.pool.imap(_worker.check_rows, feed()):
            ahead.release()
            yield checked

    def render(self, tasks: Iterator[Task], count: int) -> Iterable[TaskResult]:
        """Render tasks in the workers, in whatever order they finish."""
        chunk = max(1, min(16, count // (self.jobs * 8)))
        return self.pool.imap_unordered(_worker.run_task, tasks, chunksize=chunk)

    def close(self) -> None:
        """Stop the workers (at once: every result that matters was received); idempotent."""
        if self.stopped.is_set():
            return
        self.stopped.set()
        self.pool.terminate()
        self.pool.join()
        _worker.use_renderer(None)
        gc.unfreeze()


def mp_context() -> BaseContext:
    """``fork`` where there is one (workers inherit the compiled template), else ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")
