"""PDFs of a mailing: convert the batch's documents, stamp them, merge a print pack.

Runs after :func:`~leadocs.mailing.run.run_batch`, under the same manifest lock:

1. Every finished recipient's PDF is *current* when the manifest recorded it,
   it is still on disk as written (size, mtime), and it was converted from the
   document the recipient has now (the document's sha256, kept in the
   manifest's ``conversions`` table). Everything else is converted again: a
   missing PDF, one older than a re-rendered document, one edited by hand.
2. The rest go through one :class:`~leadocs.pdf.ConverterPool` in joined mode
   (letters of one template share a LibreOffice load); it converts on its own
   what it cannot join. A failed document is reported by its recipient and
   never stops the others. The pool stops every LibreOffice on the way out,
   also on errors and Ctrl-C.
3. Each new PDF gets its metadata from the document's core properties (title,
   author = the network's acronym, subject = the organisation) and is recorded.
4. With ``pdf_only`` the documents are removed once their PDF is recorded (a
   re-run renders them again, cheaply and byte for byte the same, and keeps the
   PDFs). With ``eml`` the PDF is attached to each message: next to the
   document, or instead of it with ``pdf_only`` (:func:`attach_pdf`).
5. With ``merge`` one pack of all PDFs in recipient order, one bookmark per
   recipient, is written (:mod:`leadocs.mailing.pack`).
"""

from __future__ import annotations

import email
import hashlib
import os
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path
from xml.etree import ElementTree

from leadocs.documents.kinds import KINDS
from leadocs.mailing import mime
from leadocs.mailing.manifest import Manifest
from leadocs.mailing.outdir import OutputFile, file_matches, refuse_foreign, scratch_folder
from leadocs.mailing.pack import write_pack
from leadocs.mailing.result import BatchProgress, BatchResult, Status
from leadocs.outputs import write_atomic

__all__ = ["PdfFailure", "PdfRequest", "PdfResult", "attach_pdf", "make_pdfs"]

_CORE = {
    "title": "{http://purl.org/dc/elements/1.1/}title",
    "subject": "{http://purl.org/dc/elements/1.1/}subject",
    "author": "{http://purl.org/dc/elements/1.1/}creator",
    "keywords": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords",
}
_PROGRESS_SECONDS = 0.1


@dataclass(frozen=True)
class PdfRequest:
    """What to make of a finished batch's documents."""

    kind: str
    pdf_only: bool = False
    """Remove each document once its PDF is recorded."""
    merge: Path | None = None
    """Also write this pack of every PDF."""
    force: bool = False
    """Convert every document again; overwrite PDFs and a pack this batch did not write."""
    keep_going: bool = False
    """Write the pack even if some PDFs failed (without them)."""
    workers: int | None = None
    eml: bool = False
    """Attach the PDF to each recipient's ``.eml``."""


@dataclass(frozen=True)
class PdfFailure:
    """A recipient whose PDF could not be made."""

    key: str
    where: str
    error: str


@dataclass
class PdfResult:
    """What the PDF stage did.

    Attributes:
        pdfs: the PDFs of the batch (made now or before), in recipient order.
        converted: PDFs converted by this run; ``kept``: current ones left alone.
        failures: recipients whose PDF failed, in the order they finished.
        merged: the pack, if one was written.
        notice: why a requested pack was not written, if it was not.
    """

    pdfs: list[Path] = field(default_factory=list)
    converted: int = 0
    kept: int = 0
    failures: list[PdfFailure] = field(default_factory=list)
    merged: Path | None = None
    notice: str | None = None
    seconds: float = 0.0


@dataclass
class _Item:
    index: int
    key: str
    where: str
    document: Path
    pdf: Path
    source_sha: str
    rendered: bool
    """The batch rendered the document (and its .eml) in this run."""
    ok: bool = False
    fresh: bool = False
    """Converted by this run."""
    meta: dict[str, str] = field(default_factory=dict)
    """The document's title, subject and author."""


ProgressCallback = Callable[[BatchProgress], None]


def make_pdfs(
    batch: BatchResult, request: PdfRequest, progress: ProgressCallback | None = None
) -> PdfResult:
    """Convert, stamp and record the PDFs of ``batch``'s documents; merge them if asked.

    Args:
        batch: a finished (not dry) batch.
        request: what to make.
        progress: called with stage ``starting LibreOffice`` before the first PDF,
            then with stage ``converting`` as PDFs finish.

    Returns:
        What was converted, kept and failed; failures are never raised.

    Raises:
        ConversionError: LibreOffice is missing (nothing was converted).
        OutputError: PDFs exist that this batch did not write (without ``force``).
    """
    started = time.perf_counter()
    result = PdfResult()
    with Manifest.open(batch.outdir, lock=True) as manifest:
        items = _items(batch, manifest)
        sources = manifest.conversion_sources()
        todo = [i for i in items if request.force or not _current(i, manifest, sources)]
        _refuse_foreign(todo, manifest, batch.outdir, request.force)
        for item in items:
            item.ok = item not in todo
        result.kept = len(items) - len(todo)
        # Recorded before converting: PDFs a Ctrl-C leaves unrecorded are still ours.
        manifest.claim((item.key, OutputFile("pdf", item.pdf.name)) for item in todo)
        # Each message is complete as soon as its PDF is: a stop half-way leaves none behind.
        _attach_kept(items, manifest, request)
        if todo:
            tracker = _Progress(progress, len(items), result)
            tracker(final=True, stage=STARTING)
            _convert(todo, manifest, request, result, tracker)
        if request.pdf_only:
            for item in items:
                if item.ok:
                    item.document.unlink(missing_ok=True)
        result.pdfs = [item.pdf for item in items if item.ok]
        if request.merge is not None:
            _merge(items, request, result, manifest)
    result.seconds = time.perf_counter() - started
    return result


def _items(batch: BatchResult, manifest: Manifest) -> list[_Item]:
    items = []
    for index, outcome in enumerate(batch.outcomes()):
        if outcome.status not in (Status.WRITTEN, Status.SKIPPED):
            continue
        record = manifest.record(outcome.key)
        document = outcome.paths[0]
        sha = next(
            (o.sha256 for o in (record.outputs if record else ()) if o.role == "document"), None
        )
        items.append(
            _Item(
                index,
                outcome.key,
                outcome.where,
                document,
                document.with_suffix(".pdf"),
                sha or _sha256(document),
                outcome.status == Status.WRITTEN,
            )
        )
    return items


def _current(item: _Item, manifest: Manifest, sources: dict[str, str]) -> bool:
    """Whether the recorded PDF is on disk as written and made from today's document."""
    record = manifest.record(item.key)
    pdf = next((o for o in (record.outputs if record else ()) if o.role == "pdf"), None)
    if pdf is None or pdf.path != item.pdf.name or not file_matches(manifest.outdir, pdf):
        return False
    return sources.get(item.key) == item.source_sha


def _refuse_foreign(todo: list[_Item], manifest: Manifest, outdir: Path, force: bool) -> None:
    if force:
        return
    foreign = [i.pdf.name for i in todo if i.pdf.exists() and not manifest.owns(i.pdf.name)]
    refuse_foreign(outdir, foreign, "PDFs")


STARTING = "starting LibreOffice"
"""The stage reported before the first PDF: LibreOffice takes seconds to come up."""
CONVERTING = "converting"


class _Progress:
    def __init__(self, callback: ProgressCallback | None, total: int, result: PdfResult) -> None:
        self.callback, self.total, self.result = callback, total, result
        self.last = 0.0

    def __call__(self, final: bool = False, stage: str = CONVERTING) -> None:
        now = time.monotonic()
        if self.callback is None or (not final and now - self.last < _PROGRESS_SECONDS):
            return
        self.last = now
        done = self.result
        self.callback(
            BatchProgress(stage, self.total, done.converted, done.kept, len(done.failures), 0)
        )


def _convert(
    todo: list[_Item],
    manifest: Manifest,
    request: PdfRequest,
    result: PdfResult,
    progress: _Progress,
) -> None:
    from leadocs.errors import ConversionError
    from leadocs.pdf import ConversionResult, ConverterPool
    from leadocs.pdf.forms import FillableJobs

    by_key = {item.key: item for item in todo}
    # Marked copies (their PDFs get form fields) in the batch's scratch folder, which
    # the next run clears of what a killed run left.
    fillable = FillableJobs(scratch_folder(todo[0].pdf.parent, os.getpid()))
    jobs = (fillable.job(item.document, item.pdf, item.key) for item in todo)

    def take(converted: ConversionResult) -> None:
        item = by_key[converted.job.key]
        if item.fresh:  # taken already, when a stop came after it was recorded
            return
        error = converted.error
        if converted.ok:
            try:
                fillable.finish(item.key, item.pdf, ok=True)
                _stamp_and_record(item, manifest, request)
            except (ConversionError, OSError) as exc:
                error = str(exc)
        if error is None:
            item.ok = item.fresh = True
            result.converted += 1
        else:
            result.failures.append(PdfFailure(item.key, item.where, error))

    with fillable, ConverterPool(request.workers, combine=16) as pool:
        results = pool.convert_many(jobs)
        current: ConversionResult | None = None
        try:
            for current in results:
                take(current)
                current = None
                progress(final=result.converted + len(result.failures) == 1)
        except BaseException:
            # Stopped (Ctrl-C, a signal): PDFs that were finished, or came in while the
            # pool stopped, are in place; record them so that a re-run keeps them.
            results.close()
            for converted in ([current] if current else []) + pool.unreported:
                if converted.ok:
                    take(converted)
            raise
    progress(final=True)


def _stamp_and_record(item: _Item, manifest: Manifest, request: PdfRequest) -> None:
    """Stamp a new PDF, attach it to the recipient's message, record both."""
    from leadocs.pdf import set_pdf_metadata

    meta = item.meta = _core_properties(item.document)
    # The document's own keywords are in its language ("list intencyjny, LEA-N").
    own = [word.strip() for word in meta["keywords"].split(",") if word.strip()]
    keywords = tuple(own) if len(own) > 1 else KINDS[request.kind].keywords(meta["author"])
    set_pdf_metadata(
        item.pdf,
        title=meta["title"],
        author=meta["author"],
        subject=meta["subject"],
        keywords=keywords,
        custom=_custom_properties(item.document),
    )
    outputs = [_output("pdf", item.pdf)]
    eml = item.document.with_suffix(".eml")
    if request.eml and eml.is_file():
        attach_pdf(eml, item.pdf, replace_document=request.pdf_only)
        outputs.append(_output("eml", eml))
    manifest.mark_converted(item.key, item.source_sha, outputs)


def _attach_kept(items: list[_Item], manifest: Manifest, request: PdfRequest) -> None:
    """Attach current PDFs to the messages the batch wrote again in this run."""
    for item in items:
        if not item.ok:
            continue
        item.meta = _core_properties(item.document)
        eml = item.document.with_suffix(".eml")
        if request.eml and item.rendered and eml.is_file():
            attach_pdf(eml, item.pdf, replace_document=request.pdf_only)
            manifest.mark_converted(item.key, item.source_sha, [_output("eml", eml)])


def attach_pdf(eml: Path, pdf: Path, *, replace_document: bool) -> None:
    """Attach ``pdf`` to the message ``eml`` (instead of its document, if ``replace_document``).

    A PDF attached by an earlier run is replaced; the message's headers (and so
    its Message-ID) stay exactly as they are. The message is written again by
    the same writer that made it, and replaced atomically.
    """
    data = eml.read_bytes()
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    kept = []
    for part in parsed.iter_attachments():
        if part.get_content_type() == "application/pdf" or replace_document:
            continue
        kept.append(
            mime.Attachment(
                part.get_content(), part.get_content_type(), part.get_filename() or "attachment"
            )
        )
    body = parsed.get_body(("plain",))
    assert body is not None
    rewritten = mime.message(
        mime.header_lines(data),
        parsed.get_boundary() or "leadocs",
        body.get_content(),
        [*kept, mime.Attachment(pdf.read_bytes(), "application/pdf", pdf.name)],
    )
    write_atomic(eml, rewritten, force=True, durable=False)


def _merge(items: list[_Item], request: PdfRequest, result: PdfResult, manifest: Manifest) -> None:
    pack = request.merge
    assert pack is not None
    if result.failures and not request.keep_going:
        result.notice = f"{pack} not written: some PDFs failed (add --keep-going)"
        return
    done = [item for item in items if item.ok]
    if not done:
        result.notice = f"{pack} not written: there are no PDFs"
        return
    first = done[0].meta
    write_pack(
        manifest,
        pack,
        [(item.meta.get("subject") or item.key, item.pdf) for item in done],
        force=request.force,
        title=f"{first.get('title', '')} ({len(done):,} recipients)".strip(),
        author=first.get("author", ""),
    )
    result.merged = pack


def _core_properties(document: Path) -> dict[str, str]:
    """Title, subject and author of a rendered document (empty where it has none)."""
    try:
        with zipfile.ZipFile(document) as package:
            root = ElementTree.fromstring(package.read("docProps/core.xml"))  # noqa: S314 - ours
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return {name: "" for name in _CORE}
    return {name: (root.findtext(tag) or "").strip() for name, tag in _CORE.items()}


def _custom_properties(document: Path) -> dict[str, str]:
    """The custom properties of a rendered document (its identity), for its PDF."""
    from leadocs.render.custom_properties import read_custom_properties

    try:
        with zipfile.ZipFile(document) as package:
            return read_custom_properties(package)
    except (OSError, zipfile.BadZipFile):
        return {}


def _output(role: str, path: Path) -> OutputFile:
    data = path.read_bytes()
    stat = path.stat()
    return OutputFile(
        role, path.name, hashlib.sha256(data).hexdigest(), stat.st_size, stat.st_mtime_ns
    )


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""
