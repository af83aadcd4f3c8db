"""What one worker process does: render, write and describe one recipient's files.

The compiled template lives in a module-level :class:`Renderer`. With the
``fork`` start method the parent compiles it before the pool starts and every
worker inherits it; otherwise :func:`init_worker` compiles it once per worker.
Workers write their files atomically and return what they wrote; the parent
alone talks to the manifest.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import datetime as dt
import hashlib
import os
import pickle
import signal
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from leadocs import __version__
from leadocs.documents.identity import DocumentIdentity, organisation_hash
from leadocs.documents.kinds import KINDS
from leadocs.documents.subject import ContextOptions, DocumentSubject, Subject
from leadocs.errors import LeadocsError, OutputError
from leadocs.formats.model import Network, Organisation
from leadocs.formats.model.network import Sender
from leadocs.mailing.messages import EmailBuilder, EmailTemplates
from leadocs.mailing.outdir import OutputFile, scratch_folder
from leadocs.mailing.rows import CheckedRow, RowChecker
from leadocs.mailing.sources.recipients import RowBatch
from leadocs.outputs import replace_file
from leadocs.render.compiled import DocxRenderer, compile_docx
from leadocs.render.environment import build_environment

__all__ = [
    "Renderer",
    "Task",
    "TaskResult",
    "WorkerSpec",
    "batch_digest",
    "init_worker",
    "run_task",
    "use_renderer",
]


@dataclass(frozen=True)
class WorkerSpec:
    """Everything shared by the documents of one batch (picklable)."""

    kind: str
    template: bytes
    template_name: str
    sandboxed: bool
    network: Network
    outdir: Path
    today: dt.date
    place: str | None = None
    fallback_lang: str | None = None
    eml: bool = False
    email_templates: EmailTemplates | None = None
    token: str = ""
    """Identifies the batch, so that an inherited renderer is only reused for its own batch."""
    parent_pid: int = 0
    """The batch process; a worker whose parent is gone exits."""
    checker: RowChecker | None = None
    """Validates rows for the plan (the first thing a pool does)."""
    sender: Sender | None = None
    """Who the e-mails come from (default: the network's sender, else its contact)."""
    mailing: str = ""
    """The id of the mailing (of the output folder), which Message-IDs derive from."""


def batch_digest(spec: WorkerSpec) -> str:
    """Hash of everything every document of the batch depends on besides its row."""
    digest = hashlib.sha256()
    templates = spec.email_templates or EmailTemplates()
    for part in (
        __version__,
        spec.kind,
        spec.today.isoformat(),
        spec.place or "",
        spec.fallback_lang or "",
        str(spec.eml),
        templates.subject or "",
        templates.body or "",
        spec.network.model_dump_json(),
        spec.sender.model_dump_json() if spec.sender else "",
    ):
        digest.update(part.encode() + b"\0")
    digest.update(spec.template)
    # The documents' static text: a corrected translation must redo the letters too.
    folder = resources.files("leadocs") / "i18n"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Task:
    """One recipient to render."""

    index: int
    """Its place in the plan."""
    key: str
    row: int
    stem: str
    lang: str
    input_hash: str
    blob: bytes
    """The pickled organisation (from the plan's spool)."""


@dataclass(frozen=True, slots=True)
class TaskResult:
    """What a worker did for one recipient."""

    index: int
    key: str
    outputs: tuple[OutputFile, ...] = ()
    email_to: str | None = None
    error: str | None = None


class Renderer:
    """Renders and writes the documents of one batch; one per process."""

    def __init__(self, spec: WorkerSpec, compiled: DocxRenderer | None = None) -> None:
        self.spec = spec
        builder = KINDS[spec.kind].context
        assert builder is not None, f"{spec.kind} is not a network document"
        self._context = builder  # looked up once per batch, not once per document
        env = build_environment(sandboxed=spec.sandboxed)
        self.compiled = compiled or compile_docx(spec.template, env, spec.template_name)
        self.email = (
            EmailBuilder(
                spec.kind,
                spec.network,
                spec.email_templates,
                spec.fallback_lang,
                attachment_prefix=self.compiled.fixed_prefix,
                sender=spec.sender,
                mailing=spec.mailing,
            )
            if spec.eml
            else None
        )
        self._scratch: tuple[int, Path] | None = None
        self._made = spec.today.isoformat()

    def document(self, organisation: Organisation, lang: str, key: str = "") -> bytes:
        """Render one organisation's document (nothing is written).

        ``key`` is the recipient's id, which the document's identity names.
        """
        spec = self.spec
        options = ContextOptions(lang, spec.today, spec.place, spec.fallback_lang)
        subject = DocumentSubject(spec.network, organisation=organisation, recipient_id=key)
        ctx = self._context(subject, options)
        identity = DocumentIdentity(
            spec.kind,
            subject.recipient(Subject.ORGANISATION),
            organisation_hash(organisation),
            spec.mailing,
            self._made,
            lang,
        )
        return self.compiled.render(ctx, plain_data=True, properties=identity.properties())

    def run(self, task: Task) -> TaskResult:
        """Render, write and describe the files of one recipient; errors are returned."""
        organisation: Organisation = pickle.loads(task.blob)  # noqa: S301 - the plan's own
        try:
            data = self.document(organisation, task.lang, task.key)
            name = f"{task.stem}.docx"
            outputs = [self._write(name, "document", data)]
            email_to = None
            if self.email is not None:
                built = self.email.build(
                    organisation,
                    lang=task.lang,
                    key=task.key,
                    input_hash=task.input_hash,
                    attachment=data,
                    filename=name,
                    today=self.spec.today,
                )
                outputs.append(self._write(f"{task.stem}.eml", "eml", built.data))
                email_to = built.to
        except LeadocsError as exc:
            return TaskResult(task.index, task.key, error=str(exc))
        return TaskResult(task.index, task.key, tuple(outputs), email_to)

    def _write(self, name: str, role: str, data: bytes) -> OutputFile:
        # Overwriting is decided by the parent: it only plans files the manifest owns (or --force).
        # Not fsynced one by one (that costs more than rendering): a file a power cut
        # damaged no longer has its recorded size and mtime, so the next run redoes it.
        stat = replace_file(self.spec.outdir / name, data, self._scratch_folder())
        digest = hashlib.sha256(data).hexdigest()
        return OutputFile(role, name, digest, stat.st_size, stat.st_mtime_ns)

    def _scratch_folder(self) -> Path:
        """This process's folder for files being written (made once per process)."""
        pid = os.getpid()
        if self._scratch is None or self._scratch[0] != pid:
            folder = scratch_folder(self.spec.outdir, pid)
            try:
                folder.mkdir(exist_ok=True)
            except OSError as exc:
                raise OutputError(f"cannot create {folder}: {exc.strerror or exc}") from None
            self._scratch = (pid, folder)
        return self._scratch[1]


_RENDERER: Renderer | None = None


def use_renderer(renderer: Renderer | None) -> None:
    """Make ``renderer`` this process's renderer (the parent does this before forking)."""
    global _RENDERER
    _RENDERER = renderer


def init_worker(spec: WorkerSpec) -> None:
    """Pool initializer: die with the parent, leave Ctrl-C to it, compile if not inherited."""
    _die_with_parent(spec.parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The parent may have chained cleanup handlers (LibreOffice workers) in front of
    # SIGTERM; a pool worker has nothing to clean up and must die when the pool ends it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP"):  # the parent's handler would raise in the worker
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    if _RENDERER is None or _RENDERER.spec.token != spec.token:
        use_renderer(Renderer(spec))


def check_rows(rows: RowBatch) -> list[CheckedRow]:
    """Pool function: check a batch of rows of the list being planned."""
    assert _RENDERER is not None and _RENDERER.spec.checker is not None
    return _RENDERER.spec.checker(rows)


def run_task(task: Task) -> TaskResult:
    """Pool function: render one recipient with this process's renderer."""
    assert _RENDERER is not None, "init_worker() was not called"
    return _RENDERER.run(task)


def _die_with_parent(parent_pid: int) -> None:
    """Ask Linux to kill this worker when the batch process dies (even by kill -9).

    Without it, workers of a killed batch would linger, hold the output folder
    and could still rename files while the next run works there.
    """
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    if parent_pid and os.getppid() != parent_pid:  # it died before prctl took effect
        os._exit(1)
