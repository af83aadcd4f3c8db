"""Many documents to PDF on warm LibreOffice workers: :class:`ConverterPool`.

A pool owns up to ``workers`` :class:`~leadocs.pdf.worker.Worker` s, started on
first use, each driven by one thread that takes jobs from a shared queue. A job
that fails is retried on the same worker after it has been restarted from
scratch, so a document that crashes or hangs LibreOffice costs one restart and
is then reported by name, while the other threads carry on. Finished PDFs are
moved into place with ``os.replace``: a target is either the old file or the
whole new PDF, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
import time
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from types import TracebackType

from leadocs.errors import ConversionError
from leadocs.pdf.files import check_pdf, place
from leadocs.pdf.jobs import ConversionJob, ConversionResult, precheck
from leadocs.pdf.joined import Carry, convert_chunk
from leadocs.pdf.office import find_soffice, find_uno_python
from leadocs.pdf.worker import Worker, WorkerFailure, install_signal_cleanup

__all__ = ["ConversionJob", "ConversionResult", "ConverterPool", "convert_to_pdf"]

_DONE = object()  # marks the end of the job stream in the task queue
# Pages per joined load: below, LibreOffice's fixed cost per document dominates;
# above, layout and export grow faster than linearly (measured in bench_pdf.py).
PAGES_PER_LOAD = 16


class ConverterPool:
    """Warm LibreOffice workers that turn documents into PDFs; use it as a context manager.

    Args:
        workers: LibreOffice processes to run at most (default: one per core).
        timeout: seconds one document may take before its worker is killed.
        restart_after: documents LibreOffice opens before its worker is restarted (it
            leaks); a joined batch (see ``combine``) counts as one.
        retries: further attempts, each on a restarted worker, before a job fails.
        combine: at most this many documents per LibreOffice load. Above 1,
            consecutive jobs rendered from one template are joined into one document
            (see ``combine.py``), converted once and cut into one PDF per job, about
            16 pages per load: 3-6 times the throughput for letters. Jobs that cannot
            be joined, or whose part comes out with another page count than "page 1
            of N" said, are converted one by one. The parts' PDFs have no outline
            (LibreOffice's heading bookmarks). 1 (the default) converts every
            document on its own.

    Not thread-safe: one thread at a time may call ``convert_many`` or ``convert``.
    """

    def __init__(
        self,
        workers: int | None = None,
        *,
        timeout: float = 60.0,
        restart_after: int = 200,
        retries: int = 2,
        combine: int = 1,
    ) -> None:
        self.size = max(1, workers if workers is not None else (os.cpu_count() or 1))
        self.timeout = timeout
        self.restart_after = max(1, restart_after)
        self.retries = max(0, retries)
        self.combine = max(1, combine)
        self.page_hint = 1  # pages per joined letter: the most common count seen so far
        self.joined_documents = 0  # how many PDFs came out of joined loads, for reports
        self.counting = threading.Lock()  # worker threads add to joined_documents
        self._workers: list[Worker] = []
        self._current: _Run | None = None
        self._closed = False
        self.unreported: list[ConversionResult] = []
        """Results of the last ``convert_many`` that came in after it was abandoned.

        When the caller stops iterating early (an exception, Ctrl-C), the jobs
        already with LibreOffice are stopped; those that had finished are listed
        here (an ``ok`` one has its PDF in place), so that they can be recorded.
        """

    def __enter__(self) -> ConverterPool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def workers(self) -> list[Worker]:
        """The workers started so far (for tests and reports)."""
        return list(self._workers)

    def close(self) -> None:
        """Stop every LibreOffice process of this pool and remove their folders."""
        self._closed = True
        if self._current is not None:
            self._current.finish()
        workers, self._workers = self._workers, []
        threads = [threading.Thread(target=worker.close) for worker in workers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    def _ensure_workers(self) -> None:
        if self._closed:
            raise ConversionError("this ConverterPool is closed")
        if self._workers:
            return
        soffice = find_soffice()  # raise a clear ConversionError here, not per document
        python = find_uno_python(soffice)
        install_signal_cleanup()
        self._workers = [Worker(soffice, python) for _ in range(self.size)]

    def convert(self, source: Path, target: Path) -> None:
        """Convert one document.

        Raises:
            ConversionError: naming ``source`` and what went wrong.
        """
        for result in self.convert_many([ConversionJob(Path(source), Path(target))]):
            if not result.ok:
                raise ConversionError(f"{source}: {result.error}")

    def convert_many(
        self, jobs: Iterable[ConversionJob]
    ) -> Generator[ConversionResult, None, None]:
        """Convert ``jobs`` in parallel, yielding one result per job as each finishes.

        ``jobs`` is consumed in a background thread while earlier jobs convert, so
        it may be a generator that renders documents on the fly; an exception it
        raises is re-raised here once the jobs taken before it have finished.
        A failing document never stops the others: it gets a result with
        ``ok=False`` and the error. One call at a time: starting another stops
        what is left of an earlier one that was abandoned half-way.

        Raises:
            ConversionError: LibreOffice or its Python is not installed.
        """
        self._ensure_workers()
        if self._current is not None:
            self._current.finish()
        for worker in self._workers:
            worker.resume()
        self.unreported = []
        run = self._current = _Run(self, jobs)
        try:
            yield from run.results()
        finally:
            run.finish()
            self.unreported = run.leftovers()
            if self._current is run:
                self._current = None

    def _attempt(self, worker: Worker, job: ConversionJob, dirty: bool) -> str | None:
        """One try at ``job`` on ``worker``; the error, or None when the PDF is in place."""
        if dirty or not worker.running or worker.documents >= self.restart_after:
            worker.start(fresh_profile=dirty)
        written = worker.scratch()
        try:
            # Bookmarks become named destinations: where leadocs.pdf.forms puts form fields.
            request = {"op": "convert", "source": str(job.source), "target": str(written)}
            answer = worker.request({**request, "destinations": True}, self.timeout)
            worker.documents += 1
            if not answer.get("ok"):
                return str(answer.get("error") or "LibreOffice failed")
            problem = check_pdf(written)
            if problem is None:
                place(written, job.target)
            return problem
        finally:
            written.unlink(missing_ok=True)

    def chunk_size(self) -> int:
        """Documents to join into the next load, from the pages per part seen so far."""
        if self.combine == 1:
            return 1
        return max(2, min(self.combine, PAGES_PER_LOAD // max(1, self.page_hint)))

    def convert_alone(self, worker: Worker, job: ConversionJob) -> ConversionResult:
        """Convert one document by itself on ``worker``, retrying on a fresh worker once."""
        start = time.monotonic()
        problem = precheck(job.source)
        if problem is not None:
            return ConversionResult(job, False, problem, 0, time.monotonic() - start)
        error: str | None = None
        attempts = 0
        while attempts <= self.retries:
            attempts += 1
            try:
                error = self._attempt(worker, job, dirty=error is not None)
            except WorkerFailure as exc:
                error = str(exc)
            except OSError as exc:  # the target cannot be written: retrying will not help
                error = f"cannot write {job.target}: {exc.strerror or exc}"
                break
            if error is None:
                break
        return ConversionResult(job, error is None, error, attempts, time.monotonic() - start)


class _Run:
    """One ``convert_many`` call: a feeder thread, one thread per worker, a result queue."""

    def __init__(self, pool: ConverterPool, jobs: Iterable[ConversionJob]) -> None:
        self.pool = pool
        self.tasks: queue.Queue[object] = queue.Queue(maxsize=2 * pool.size)
        self.done: queue.Queue[ConversionResult | object] = queue.Queue()
        self.abort = threading.Event()
        self.failure: BaseException | None = None
        self.threads = [threading.Thread(target=self._feed, args=(iter(jobs),), daemon=True)]
        self.threads += [
            threading.Thread(target=self._work, args=(worker,), daemon=True)
            for worker in pool.workers
        ]
        for thread in self.threads:
            thread.start()

    def _put(self, item: object) -> bool:
        while not self.abort.is_set():
            with contextlib.suppress(queue.Full):
                self.tasks.put(item, timeout=0.2)
                return True
        return False

    def _feed(self, jobs: Iterator[ConversionJob]) -> None:
        try:
            chunk: list[ConversionJob] = []
            for job in jobs:
                chunk.append(job)
                if len(chunk) >= self.pool.chunk_size():
                    if not self._put(chunk):
                        return
                    chunk = []
            if chunk and not self._put(chunk):
                return
        except BaseException as exc:  # re-raised in the caller's thread by results()
            self.failure = exc
        for _ in self.pool.workers:
            self._put(_DONE)

    def _work(self, worker: Worker) -> None:
        carry: Carry = []  # misfits of joined loads, to join again with their real page counts
        try:
            while not self.abort.is_set():
                try:
                    task = self.tasks.get(timeout=0.2)
                except queue.Empty:
                    continue
                if task is _DONE:
                    break
                assert isinstance(task, list)
                carry = self._run(worker, task, carry, last=False)
            if carry and not self.abort.is_set():
                self._run(worker, [], carry, last=True)
        finally:
            self.done.put(_DONE)

    def _run(self, worker: Worker, jobs: list[ConversionJob], carry: Carry, last: bool) -> Carry:
        try:
            if len(jobs) == 1 and not carry:
                results, carry = [self.pool.convert_alone(worker, jobs[0])], []
            else:
                results, carry = convert_chunk(self.pool, worker, jobs, carry, last)
        except Exception as exc:  # a bug here must not lose the jobs or hang results()
            lost = jobs + [job for job, _ in carry]
            results, carry = [ConversionResult(job, False, repr(exc), 1, 0.0) for job in lost], []
        for result in results:
            self.done.put(result)
        return carry

    def results(self) -> Iterator[ConversionResult]:
        """Yield results until every worker thread has finished."""
        running = len(self.threads) - 1
        while running:
            try:
                item = self.done.get(timeout=0.5)  # a timeout keeps Ctrl-C responsive
            except queue.Empty:
                continue
            if item is _DONE:
                running -= 1
            else:
                assert isinstance(item, ConversionResult)
                yield item
        if self.failure is not None:
            raise self.failure

    def finish(self) -> None:
        """Stop the threads; after an early exit also halt the workers to unblock them.

        A halted worker is not restarted, so the threads end within moments: the
        jobs they still held fail with "stopped" and are not reported.
        """
        if any(thread.is_alive() for thread in self.threads):
            self.abort.set()
            for worker in self.pool.workers:
                worker.halt()
        for thread in self.threads:
            thread.join(timeout=30)

    def leftovers(self) -> list[ConversionResult]:
        """Results that finished but were never yielded (after ``finish``)."""
        found: list[ConversionResult] = []
        while True:
            try:
                item = self.done.get_nowait()
            except queue.Empty:
                return found
            if isinstance(item, ConversionResult):
                found.append(item)


def convert_to_pdf(source: Path, target: Path) -> None:
    """Convert one document to PDF with a one-worker pool.

    Raises:
        ConversionError: LibreOffice is missing, or the document could not be converted.
    """
    with ConverterPool(1, retries=1) as pool:
        pool.convert(source, target)
