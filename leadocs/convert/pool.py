"""Many documents to PDF on warm LibreOffice workers: :class:`ConverterPool`.

A pool owns up to ``workers`` :class:`~leadocs.convert.worker.Worker` s, started on
first use, each driven by one thread that takes jobs from a shared queue. A job
that fails is retried on the same worker after it has been restarted from
scratch, so a document that crashes or hangs LibreOffice costs one restart and
is then reported by name, while the other threads carry on. Finished PDFs are
moved into place with ``os.replace``: a target is either the old file or the
whole new PDF, never half of one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import queue
import shutil
import threading
import time
import uuid
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from leadocs.convert.office import find_soffice, find_uno_python
from leadocs.convert.worker import Worker, WorkerFailure, install_signal_cleanup
from leadocs.errors import ConversionError

__all__ = ["ConversionJob", "ConversionResult", "ConverterPool", "convert_to_pdf"]

_DONE = object()  # marks the end of the job stream in the task queue


@dataclass(frozen=True)
class ConversionJob:
    """One document to convert; ``key`` names its recipient in reports."""

    source: Path
    target: Path
    key: str = ""


@dataclass(frozen=True)
class ConversionResult:
    """What became of one job.

    ``error`` says why when ``ok`` is false. ``attempts`` counts the tries in
    LibreOffice: 0 when the source was rejected before it (missing, not a .docx).
    ``seconds`` is the time spent on this job, retries included.
    """

    job: ConversionJob
    ok: bool
    error: str | None
    attempts: int
    seconds: float


def precheck(source: Path) -> str | None:
    """Why ``source`` cannot be converted, found without LibreOffice (or None).

    A broken .docx is caught here: LibreOffice would either fail slowly, ask to
    repair it, or open the bytes as plain text and make a PDF of the garbage.
    """
    if not source.is_file():
        return "source file not found"
    if source.suffix.lower() not in (".docx", ".docm", ".dotx"):
        return None if source.stat().st_size else "source file is empty"
    try:
        with zipfile.ZipFile(source) as package:
            if "word/document.xml" not in package.namelist():
                return "not a Word document (word/document.xml is missing)"
    except (zipfile.BadZipFile, OSError) as exc:
        return f"not a valid .docx ({exc})"
    return None


def check_pdf(path: Path) -> str | None:
    """Why the file LibreOffice wrote is not a whole PDF (or None)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(5)
            handle.seek(max(0, size - 1024))
            tail = handle.read()
    except OSError as exc:
        return f"LibreOffice wrote no PDF ({exc.strerror})"
    if head != b"%PDF-" or b"%%EOF" not in tail:
        return "LibreOffice wrote an incomplete PDF"
    return None


def place(written: Path, target: Path) -> None:
    """Move ``written`` to ``target`` atomically, also across file systems."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        written.replace(target)
        return
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
    # Another file system: copy next to the target first, so the rename stays atomic.
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        shutil.copyfile(written, partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
        written.unlink(missing_ok=True)


class ConverterPool:
    """Warm LibreOffice workers that turn documents into PDFs; use it as a context manager.

    Args:
        workers: LibreOffice processes to run at most (default: one per core).
        timeout: seconds one document may take before its worker is killed.
        restart_after: documents after which a worker is restarted (LibreOffice leaks).
        retries: further attempts, each on a restarted worker, before a job fails.

    Not thread-safe: one thread at a time may call ``convert_many`` or ``convert``.
    """

    def __init__(
        self,
        workers: int | None = None,
        *,
        timeout: float = 60.0,
        restart_after: int = 200,
        retries: int = 2,
    ) -> None:
        self.size = max(1, workers if workers is not None else (os.cpu_count() or 1))
        self.timeout = timeout
        self.restart_after = max(1, restart_after)
        self.retries = max(0, retries)
        self._workers: list[Worker] = []
        self._closed = False

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

    def convert_many(self, jobs: Iterable[ConversionJob]) -> Iterator[ConversionResult]:
        """Convert ``jobs`` in parallel, yielding one result per job as each finishes.

        ``jobs`` is consumed in a background thread while earlier jobs convert, so
        it may be a generator that renders documents on the fly; an exception it
        raises is re-raised here once the jobs taken before it have finished.
        A failing document never stops the others: it gets a result with
        ``ok=False`` and the error.

        Raises:
            ConversionError: LibreOffice or its Python is not installed.
        """
        self._ensure_workers()
        run = _Run(self, jobs)
        try:
            yield from run.results()
        finally:
            run.finish()

    def _attempt(self, worker: Worker, job: ConversionJob, dirty: bool) -> str | None:
        """One try at ``job`` on ``worker``; the error, or None when the PDF is in place."""
        if dirty or not worker.running or worker.documents >= self.restart_after:
            worker.start(fresh_profile=dirty)
        written = worker.scratch()
        try:
            answer = worker.request(
                {"op": "convert", "source": str(job.source), "target": str(written)},
                self.timeout,
            )
            worker.documents += 1
            if not answer.get("ok"):
                return str(answer.get("error") or "LibreOffice failed")
            problem = check_pdf(written)
            if problem is None:
                place(written, job.target)
            return problem
        finally:
            written.unlink(missing_ok=True)

    def _convert_one(self, worker: Worker, job: ConversionJob) -> ConversionResult:
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
            for job in jobs:
                if not self._put(job):
                    return
        except BaseException as exc:  # re-raised in the caller's thread by results()
            self.failure = exc
        for _ in self.pool.workers:
            self._put(_DONE)

    def _work(self, worker: Worker) -> None:
        while not self.abort.is_set():
            try:
                task = self.tasks.get(timeout=0.2)
            except queue.Empty:
                continue
            if task is _DONE:
                break
            assert isinstance(task, ConversionJob)
            self.done.put(self.pool._convert_one(worker, task))
        self.done.put(_DONE)

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
        """Stop the threads; after an early exit also kill the workers to unblock them."""
        if any(thread.is_alive() for thread in self.threads):
            self.abort.set()
            for worker in self.pool.workers:
                worker.kill()
        for thread in self.threads:
            thread.join(timeout=30)


def convert_to_pdf(source: Path, target: Path) -> None:
    """Convert one document to PDF with a one-worker pool.

    Raises:
        ConversionError: LibreOffice is missing, or the document could not be converted.
    """
    with ConverterPool(1, retries=1) as pool:
        pool.convert(source, target)
