"""The batch orchestrator: validate everything, then render in parallel, resumably.

1. The template is compiled once (a bad template stops here) and every row of
   the list is validated (:mod:`leadocs.mailing.plan`); a bad row stops the
   batch unless ``keep_going``.
2. The first document is rendered in memory, so that a template that fails
   on real data fails before thousands of files are written.
3. Under a lock on the output folder, the manifest decides who is skipped
   (finished, unchanged), who is rendered, and refuses to overwrite files it
   does not own (unless ``force``).
4. A ``multiprocessing`` pool renders: workers write files atomically and
   report back; the parent records each finished recipient in the manifest.

The library never prints: progress goes to a callback.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import pickle
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from leadocs.documents.kinds import mailable_kinds
from leadocs.documents.templates import read_template
from leadocs.errors import DataError, LeadocsError, OutputError, UsageError
from leadocs.formats.files import load_network
from leadocs.formats.model import Network
from leadocs.formats.model.network import Sender
from leadocs.mailing.manifest import Manifest, snapshot
from leadocs.mailing.messages import EmailTemplates
from leadocs.mailing.outdir import OutputFile, refuse_foreign, remove_stale_parts
from leadocs.mailing.plan import (
    DEFAULT_NAME,
    Plan,
    PlanEntry,
    PlanSettings,
    Selection,
    Spool,
    build_plan,
    row_checker,
)
from leadocs.mailing.pool import WorkerPool
from leadocs.mailing.result import BatchProgress, BatchResult, Status
from leadocs.mailing.sources.recipients import RecipientSource, open_recipients
from leadocs.mailing.worker import Renderer, Task, TaskResult, WorkerSpec, batch_digest

__all__ = ["BatchRequest", "ProgressCallback", "run_batch"]

ProgressCallback = Callable[[BatchProgress], None]
_COMMIT_SECONDS = 0.2
_COMMIT_ROWS = 256
_PROGRESS_SECONDS = 0.05


@dataclass(frozen=True)
class BatchRequest:
    """A batch to run: what to make, for whom, where, and how."""

    kind: str
    recipients: Path
    outdir: Path
    template: Path | None = None
    """The user's template instead of the built-in one (rendered sandboxed)."""
    network: Path | None = None
    sheet: str | None = None
    name_pattern: str = DEFAULT_NAME
    selection: Selection = field(default_factory=Selection)
    lang: str | None = None
    fallback_lang: str | None = None
    today: dt.date | None = None
    """The date on the documents (default: today)."""
    place: str | None = None
    eml: bool = False
    email_templates: EmailTemplates | None = None
    sender: Sender | None = None
    """Who the e-mails come from (default: the network's sender, else its contact)."""
    dry_run: bool = False
    keep_going: bool = False
    force: bool = False
    jobs: int | None = None


@dataclass
class _Job:
    """A request made concrete: network, list, compiled template, shared hash."""

    request: BatchRequest
    network: Network
    source: RecipientSource
    spec: WorkerSpec
    renderer: Renderer
    settings: PlanSettings


def run_batch(request: BatchRequest, progress: ProgressCallback | None = None) -> BatchResult:
    """Run a batch (or, with ``dry_run``, plan it and write nothing).

    Args:
        request: what to make and how.
        progress: called in this process after validation and after every recipient.

    Returns:
        What happened to every recipient, in list order; ``documents`` lists
        the documents (written or already there) in recipient order.

    Raises:
        DataError: bad rows (without ``keep_going``), an unreadable list or network.
        TemplateError: the template does not compile, or fails on the first recipient.
        OutputError: a target file exists that the manifest does not own (without ``force``).
        LeadocsError: a recipient failed to render (without ``keep_going``).
    """
    started = time.perf_counter()
    job = _make_job(request)
    spool = Spool()
    workers = WorkerPool.start(job.renderer, job.request.jobs)
    try:
        check_map = workers.check if workers is not None else None
        plan = build_plan(job.source, job.network, job.settings, spool, check_map)
        if plan.problems and not request.keep_going:
            raise DataError(plan.problems)
        result = BatchResult(
            request.outdir,
            plan,
            eml=request.eml,
            dry_run=request.dry_run,
            notice=job.renderer.compiled.notice,
            warnings=[*job.source.warnings, *plan.warnings],
        )
        _notify(progress, result, "validated")
        _preflight(job, plan, spool)
        if request.dry_run:
            _dry_run(job, plan, result)
        else:
            _execute(job, plan, spool, result, progress, workers)
    finally:
        if workers is not None:
            workers.close()
        spool.close()
    result.seconds = time.perf_counter() - started
    return result


def _make_job(request: BatchRequest) -> _Job:
    if request.kind not in mailable_kinds():
        raise UsageError(
            f"a batch cannot make '{request.kind}' documents",
            hint=f"choose one of: {', '.join(mailable_kinds())}",
        )
    if request.email_templates is not None and not request.eml:
        raise UsageError("--subject-template and --body-template need --eml")
    source = open_recipients(request.recipients, sheet=request.sheet)
    network = load_network(request.network or source.network_path)
    template, name = read_template(request.kind, request.template)
    today = request.today or dt.date.today()
    spec = WorkerSpec(
        kind=request.kind,
        template=template,
        template_name=name,
        sandboxed=request.template is not None,
        network=network,
        outdir=request.outdir,
        today=today,
        place=request.place,
        fallback_lang=request.fallback_lang,
        eml=request.eml,
        email_templates=request.email_templates,
        parent_pid=os.getpid(),
        sender=request.sender,
        mailing=_mailing_candidate(request),
    )
    salt = batch_digest(spec)
    settings = PlanSettings(
        kind=request.kind,
        lang=request.lang,
        fallback_lang=request.fallback_lang,
        name_pattern=request.name_pattern,
        selection=request.selection,
        today=today,
        salt=salt,
    )
    checker = row_checker(source, network, settings)
    spec = dataclasses.replace(spec, token=salt, checker=checker)
    return _Job(request, network, source, spec, Renderer(spec), settings)


def _mailing_candidate(request: BatchRequest) -> str:
    """The mailing id of the output folder, or a new one (stored when the batch writes).

    Every document of the mailing carries it (see leadocs.documents.identity), and
    with ``--eml`` the Message-IDs derive from it.
    """
    with snapshot(request.outdir) as manifest:
        stored = manifest.value("mailing") if manifest is not None else None
    return stored or uuid.uuid4().hex


def _preflight(job: _Job, plan: Plan, spool: Spool) -> None:
    """Render the first selected recipient in memory: a template error stops the batch now."""
    if not plan.entries:
        return
    entry = plan.entries[0]
    organisation = pickle.loads(next(iter(spool)))  # noqa: S301 - the plan's own
    document = job.renderer.document(organisation, entry.lang, entry.key)
    if job.renderer.email is not None:
        job.renderer.email.build(
            organisation,
            lang=entry.lang,
            key=entry.key,
            input_hash=entry.input_hash,
            attachment=document,
            filename=f"{entry.stem}.docx",
            today=job.spec.today,
        )


def _targets(entry: PlanEntry, eml: bool) -> list[OutputFile]:
    targets = [OutputFile("document", f"{entry.stem}.docx")]
    if eml:
        targets.append(OutputFile("eml", f"{entry.stem}.eml"))
    return targets


def _unchanged(manifest: Manifest, entry: PlanEntry, targets: list[OutputFile]) -> bool:
    record = manifest.record(entry.key)
    if record is None or record.status != "done" or record.input_hash != entry.input_hash:
        return False
    recorded = {output.role: output for output in record.outputs}
    for target in targets:
        output = recorded.get(target.role)
        if output is None or output.path != target.path or not manifest.file_matches(output):
            return False
    return True


def _dry_run(job: _Job, plan: Plan, result: BatchResult) -> None:
    with snapshot(job.request.outdir) as manifest:
        for index, entry in enumerate(plan.entries):
            targets = _targets(entry, job.request.eml)
            same = (
                manifest is not None
                and not job.request.force
                and _unchanged(manifest, entry, targets)
            )
            result.set(index, Status.WOULD_SKIP if same else Status.WOULD_WRITE)


def _decide(job: _Job, plan: Plan, manifest: Manifest, result: BatchResult) -> list[int]:
    """Indexes of the entries to render; the others are marked skipped.

    Raises:
        OutputError: target files exist that this manifest did not write (without ``force``).
    """
    todo: list[int] = []
    foreign: list[str] = []
    # One listing instead of a stat per target; a fresh manifest has nothing to skip.
    outdir = job.request.outdir
    present = {path.name for path in outdir.iterdir()}
    fresh = manifest.is_empty()
    for index, entry in enumerate(plan.entries):
        targets = _targets(entry, job.request.eml)
        if not job.request.force and not fresh and _unchanged(manifest, entry, targets):
            result.set(index, Status.SKIPPED)
            continue
        todo.append(index)
        if not job.request.force:
            foreign.extend(
                t.path for t in targets if t.path in present and not manifest.owns(t.path)
            )
    refuse_foreign(outdir, foreign)
    return todo


def _execute(
    job: _Job,
    plan: Plan,
    spool: Spool,
    result: BatchResult,
    progress: ProgressCallback | None,
    workers: WorkerPool | None,
) -> None:
    outdir = job.request.outdir
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the folder {outdir}: {exc.strerror}") from None
    with Manifest.open(outdir, lock=True) as manifest:
        if manifest.keep_value("mailing", job.spec.mailing, replace=False) != job.spec.mailing:
            raise OutputError(f"another batch started in {outdir} meanwhile", hint="run again")
        todo = _decide(job, plan, manifest, result)
        manifest.plan(
            (e.key, e.row, e.input_hash, _targets(e, job.request.eml))
            for e in (plan.entries[index] for index in todo)
        )
        # Every target is in the manifest now: leftovers of a killed run can go.
        remove_stale_parts(outdir, manifest.owns)
        _notify(progress, result, "rendering")
        try:
            _render(job, plan, spool, todo, manifest, result, progress, workers)
        finally:
            if workers is not None:
                workers.close()  # stopped first: a worker still writing would leave a .part
            remove_stale_parts(outdir, manifest.owns)


def _tasks(plan: Plan, spool: Spool, todo: list[int]) -> Iterator[Task]:
    wanted = set(todo)
    for index, (entry, blob) in enumerate(zip(plan.entries, spool, strict=True)):
        if index in wanted:
            yield Task(index, entry.key, entry.row, entry.stem, entry.lang, entry.input_hash, blob)


def _render(
    job: _Job,
    plan: Plan,
    spool: Spool,
    todo: list[int],
    manifest: Manifest,
    result: BatchResult,
    progress: ProgressCallback | None,
    workers: WorkerPool | None,
) -> None:
    if not todo:
        return
    tasks = _tasks(plan, spool, todo)
    sink = _Sink(manifest, plan, result, progress, job.request.keep_going)
    try:
        if workers is None or len(todo) == 1:
            _consume(sink, map(job.renderer.run, tasks))
        else:
            _consume(sink, workers.render(tasks, len(todo)))
    finally:
        _notify(progress, result, "rendering")


def _consume(sink: _Sink, results: Iterable[TaskResult]) -> None:
    try:
        for task_result in results:
            sink.add(task_result)
            if sink.stop is not None:
                break
    finally:
        sink.flush()
    if sink.stop is not None:
        raise sink.stop


class _Sink:
    """Collects worker results: statuses, manifest records (batched), progress."""

    def __init__(
        self,
        manifest: Manifest,
        plan: Plan,
        result: BatchResult,
        progress: ProgressCallback | None,
        keep_going: bool,
    ) -> None:
        self.manifest = manifest
        self.result = result
        self.progress = progress
        self.keep_going = keep_going
        self.plan = plan
        self.done: list[tuple[str, str | None, tuple[OutputFile, ...]]] = []
        self.flushed = time.monotonic()
        self.notified = 0.0
        self.stop: LeadocsError | None = None

    def add(self, task_result: TaskResult) -> None:
        index = task_result.index
        if task_result.error is None:
            self.done.append((task_result.key, task_result.email_to, task_result.outputs))
            self.result.set(index, Status.WRITTEN)
        else:
            self.flush()
            self.manifest.mark_failed(task_result.key, task_result.error)
            self.result.set(index, Status.FAILED, task_result.error)
            if not self.keep_going:
                where = f"{self.plan.path}:{self.plan.entries[index].line}"
                self.stop = LeadocsError(
                    f"{where}: {task_result.key}: {task_result.error}",
                    hint="fix it and run again (finished documents are kept), or add --keep-going",
                )
        now = time.monotonic()
        if len(self.done) >= _COMMIT_ROWS or now - self.flushed >= _COMMIT_SECONDS:
            self.flush()
        if task_result.error is not None or now - self.notified >= _PROGRESS_SECONDS:
            self.notified = now
            _notify(self.progress, self.result, "rendering", index)

    def flush(self) -> None:
        if self.done:
            self.manifest.mark_done(self.done)
            self.done = []
        self.flushed = time.monotonic()


def _notify(
    progress: ProgressCallback | None, result: BatchResult, stage: str, index: int | None = None
) -> None:
    if progress is not None:
        progress(result.progress(stage, index))
