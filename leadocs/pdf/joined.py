"""Joined loads: several letters converted as one document, then cut apart (``combine=K``).

A worker thread hands :func:`convert_chunk` the jobs of one chunk plus its
*carry*: letters of earlier chunks whose "page 1 of N" guessed the page count
wrong. Their real count is known now, so they are joined again, with the
right N, into the next load instead of costing a load each. What still comes
out wrong, and every job a joined load cannot handle, is converted on its own.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from typing import Protocol

from leadocs.errors import ConversionError
from leadocs.pdf.combine import NotCombinable, combine_docx
from leadocs.pdf.files import place, split_pdf
from leadocs.pdf.jobs import ConversionJob, ConversionResult, precheck
from leadocs.pdf.worker import Worker, WorkerFailure

__all__ = ["Carry", "JoiningPool", "convert_chunk"]

Carry = list[tuple[ConversionJob, int]]  # jobs to join again, with their real page counts


class JoiningPool(Protocol):
    """What joined conversion needs of the pool that runs it."""

    page_hint: int
    """Pages a document is expected to have; learned from the joined loads."""
    restart_after: int
    timeout: float
    counting: threading.Lock
    joined_documents: int

    def convert_alone(self, worker: Worker, job: ConversionJob) -> ConversionResult:
        """Convert one document by itself, with the pool's retries."""
        ...


def convert_chunk(
    pool: JoiningPool, worker: Worker, jobs: list[ConversionJob], carry: Carry, last: bool
) -> tuple[list[ConversionResult], Carry]:
    """Convert ``jobs`` and ``carry`` in one joined load where possible.

    Returns:
        The results that are final, and the new carry (empty when ``last``).
    """
    start = time.monotonic()
    checked = [(job, precheck(job.source)) for job in jobs]
    results = [ConversionResult(job, False, why, 0, 0.0) for job, why in checked if why]
    ready = [(job, pool.page_hint) for job, why in checked if why is None] + carry
    placed: list[ConversionJob] = []
    misfits: Carry = []
    if len(ready) > 1:
        placed, misfits = _convert_joined(pool, worker, ready)
    share = (time.monotonic() - start) / max(1, len(placed))
    results += [ConversionResult(job, True, None, 1, share) for job in placed]
    carried = {id(job) for job, _ in carry}
    again = [(job, count) for job, count in misfits if id(job) not in carried]
    done = {id(job) for job in placed}
    if last and len(again) > 1:  # nothing left to join them with: join them together
        more, _ = convert_chunk(pool, worker, [], again, last=False)
        results += more
        done |= {id(job) for job, _ in again}
    if not last:
        done |= {id(job) for job, _ in again}
    results += [pool.convert_alone(worker, job) for job, _ in ready if id(job) not in done]
    return results, [] if last else again


def _convert_joined(
    pool: JoiningPool, worker: Worker, ready: list[tuple[ConversionJob, int]]
) -> tuple[list[ConversionJob], Carry]:
    """One joined load: the jobs whose PDF is in place, and the misfits with their counts."""
    jobs = [job for job, _ in ready]
    expected = [count for _, count in ready]
    try:
        joined = combine_docx([job.source for job in jobs], expected)
        if not worker.running or worker.documents >= pool.restart_after:
            worker.start()
    except (NotCombinable, WorkerFailure):
        return [], []
    except Exception:  # a document joining cannot read: alone, it gets its own error
        return [], []
    source, pdf = worker.scratch(".docx"), worker.scratch()
    parts = [worker.scratch() for _ in jobs]
    placed: list[ConversionJob] = []
    misfits: Carry = []
    try:
        source.write_bytes(joined.data)
        request = {"op": "convert", "source": str(source), "target": str(pdf)}
        answer = worker.request({**request, "destinations": True}, pool.timeout)
        worker.documents += 1  # one load: LibreOffice leaks per document it opens
        if not answer.get("ok"):
            return [], []
        real = split_pdf(pdf, joined.markers, parts)
        pool.page_hint = Counter(real).most_common(1)[0][0]
        for job, part, count, said in zip(jobs, parts, real, expected, strict=True):
            if joined.page_counts is None or count == said:
                place(part, job.target)
                placed.append(job)
            else:  # its "page 1 of N" would be wrong
                misfits.append((job, count))
    except (WorkerFailure, ConversionError, OSError):
        pass  # whatever was not placed is converted alone
    finally:
        for scratch in (source, pdf, *parts):
            scratch.unlink(missing_ok=True)
    with pool.counting:
        pool.joined_documents += len(placed)
    return placed, misfits
