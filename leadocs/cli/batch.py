"""``leadocs batch``: a mailing, one document (and e-mail) per recipient."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click

from leadocs.cli._common import network_option, say
from leadocs.documents.kinds import mailable_kinds
from leadocs.errors import BatchError, UsageError

if TYPE_CHECKING:
    from leadocs.formats.model.network import Sender
    from leadocs.mailing import BatchRequest, BatchResult
    from leadocs.mailing.pdfs import PdfRequest, PdfResult

__all__ = ["COMMANDS", "batch"]

_SHOWN_FAILURES = 20


def _read_text_option(path: Path | None, option: str) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{option}: cannot read {path}: {exc}") from None


@click.command()
@click.argument("kind", metavar="DOC", type=click.Choice(mailable_kinds()))
@click.argument("recipients", metavar="RECIPIENTS", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "-o",
    "--output",
    "outdir",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Output folder (created if need be); its manifest makes re-runs resume.",
)
@click.option(
    "--template",
    type=click.Path(path_type=Path, dir_okay=False),
    help="An edited copy of the built-in template (rendered sandboxed).",
)
@network_option
@click.option("--sheet", help="Worksheet of an .xlsx list (default: the first).")
@click.option(
    "--name",
    "name_pattern",
    default=None,
    help="File name pattern (Jinja), e.g. '{{ recipient.country }}-{{ id }}' "
    "(default: DOC-short name).",
)
@click.option(
    "--where",
    help="Only recipients for which this expression is true, e.g. 'recipient.country == \"FI\"'.",
)
@click.option("--only", help="Only these recipient ids, separated by commas.")
@click.option(
    "--limit", type=click.IntRange(min=1), help="At most N recipients (after --where and --only)."
)
@click.option(
    "--dry-run",
    is_flag=True,
    help="Validate every row and the template, print what would be written, write nothing.",
)
@click.option(
    "--keep-going",
    is_flag=True,
    help="Skip bad rows and failed recipients (listed at the end; exit status 3).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Worker processes (default: the number of CPU cores).",
)
@click.option(
    "--eml",
    is_flag=True,
    help="Also write one .eml per recipient (to contact.email, document attached) "
    "for 'leadocs send'.",
)
@click.option(
    "--from",
    "sender",
    metavar="'NAME <ADDRESS>'",
    help="Who the e-mails come from (with --eml; default: the network's sender, else its contact).",
)
@click.option(
    "--subject-template",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Jinja text template of the e-mail subject (with --eml).",
)
@click.option(
    "--body-template",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Jinja text template of the e-mail body (with --eml).",
)
@click.option(
    "--lang",
    help="Language of every document "
    "(default: each recipient's, then the network's, then English).",
)
@click.option(
    "--fallback-lang",
    help="Language to use where the network has no text in a document's language.",
)
@click.option(
    "--date",
    "date_",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Date printed on the documents (default: today), YYYY-MM-DD.",
)
@click.option("--place", help="Place of signature of every LOI (default: each recipient's city).")
@click.option(
    "--force",
    is_flag=True,
    help="Re-render every recipient and overwrite files this batch did not write.",
)
@click.option(
    "--pdf", is_flag=True, help="Also write a PDF next to each document (needs LibreOffice)."
)
@click.option(
    "--pdf-only",
    is_flag=True,
    help="Write PDFs and keep no .docx (they are removed once converted).",
)
@click.option(
    "--merge",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write one print-ready PDF of the whole mailing, a bookmark per recipient.",
)
def batch(
    kind: str,
    recipients: Path,
    outdir: Path,
    template: Path | None,
    network_path: Path | None,
    sheet: str | None,
    name_pattern: str | None,
    where: str | None,
    only: str | None,
    limit: int | None,
    dry_run: bool,
    keep_going: bool,
    jobs: int | None,
    eml: bool,
    sender: str | None,
    subject_template: Path | None,
    body_template: Path | None,
    lang: str | None,
    fallback_lang: str | None,
    date_: dt.datetime | None,
    place: str | None,
    force: bool,
    pdf: bool = False,
    pdf_only: bool = False,
    merge: Path | None = None,
) -> None:
    """One DOC (loi, assistance) per recipient of a .csv, .xlsx or .yaml list, into a folder.

    Every row is checked first; re-running resumes: finished documents whose data did
    not change are kept, changed ones are rendered again.
    """
    from leadocs.i18n.languages import fallback_language
    from leadocs.mailing import DEFAULT_NAME, BatchRequest, EmailTemplates, Selection, run_batch

    if place is not None and kind != "loi":
        raise UsageError("--place is only for loi documents")
    templates = None
    if subject_template or body_template:
        templates = EmailTemplates(
            subject=_read_text_option(subject_template, "--subject-template"),
            body=_read_text_option(body_template, "--body-template"),
            subject_name=str(subject_template or "--subject-template"),
            body_name=str(body_template or "--body-template"),
        )
    ids = tuple(part.strip() for part in (only or "").split(",") if part.strip())
    request = BatchRequest(
        kind=kind,
        recipients=recipients,
        outdir=outdir,
        template=template,
        network=network_path,
        sheet=sheet,
        name_pattern=name_pattern or DEFAULT_NAME,
        selection=Selection(where=where, only=ids, limit=limit),
        lang=lang,
        fallback_lang=fallback_language(fallback_lang),
        today=date_.date() if date_ else None,
        place=place,
        eml=eml,
        email_templates=templates,
        sender=_sender(sender, eml),
        dry_run=dry_run,
        keep_going=keep_going,
        force=force,
        jobs=jobs,
    )
    pdf_request = _pdf_request(request, pdf=pdf, pdf_only=pdf_only, merge=merge)
    from leadocs.cli.progress import BatchProgressBar

    with BatchProgressBar() as progress:
        result = run_batch(request, progress)
        pdfs = None
        if pdf_request is not None and not dry_run:
            from leadocs.mailing.pdfs import make_pdfs

            pdfs = make_pdfs(result, pdf_request, progress)
    _report(result, pdfs)


def _pdf_request(
    request: BatchRequest, *, pdf: bool, pdf_only: bool, merge: Path | None
) -> PdfRequest | None:
    """The PDF stage to run after the batch, or None; LibreOffice is checked before anything."""
    if not (pdf or pdf_only or merge):
        return None
    from leadocs.mailing.pack import check_pack
    from leadocs.mailing.pdfs import PdfRequest
    from leadocs.pdf import find_soffice, find_uno_python

    if merge is not None and not request.dry_run:
        check_pack(request.outdir, merge, force=request.force)
    find_uno_python(find_soffice())  # a missing LibreOffice stops here, before any file
    return PdfRequest(
        kind=request.kind,
        pdf_only=pdf_only,
        merge=merge,
        force=request.force,
        keep_going=request.keep_going,
        workers=request.jobs,
        eml=request.eml,
    )


def _sender(text: str | None, eml: bool) -> Sender | None:
    """``--from 'Name <address>'`` (or a bare address) as a checked sender."""
    if text is None:
        return None
    if not eml:
        raise UsageError("--from is for the e-mails: add --eml")
    from email.utils import parseaddr

    from pydantic import ValidationError

    from leadocs.formats.model.network import Sender

    name, address = parseaddr(text)
    try:
        return Sender(name=name, email=address)
    except ValidationError as exc:
        why = exc.errors()[0]["msg"] if address else "no address"
        raise UsageError(
            f"--from: '{text}' is not a sender ({why})",
            hint="write it as 'Name <address@example.org>' or address@example.org",
        ) from None


def _summary(result: BatchResult) -> None:
    """What was written (or would be, in a dry run), in one line after the details."""
    from leadocs.mailing import Status
    from leadocs.mailing.result import grouped_problems

    for warning in grouped_problems(result.warnings):
        click.secho(f"{warning} (warning)", err=True, fg="yellow")
    if result.notice:
        click.secho(f"Note: {result.notice}", err=True, fg="yellow")
    if result.dry_run:
        for outcome in result.outcomes():
            for path in outcome.paths:
                say(outcome.status.label, path)
        would = result.count(Status.WOULD_WRITE)
        skip = result.count(Status.WOULD_SKIP)
        click.echo(
            f"Dry run: would write {would:,}, would skip {skip:,}, "
            f"{len(result.invalid_rows):,} bad rows; nothing was written.",
            err=True,
        )
    else:
        click.echo(
            f"Written {result.written:,}, skipped {result.skipped:,}, "
            f"failed {result.failed:,} in {result.seconds:.1f} s → {result.outdir}",
            err=True,
        )


def _report(result: BatchResult, pdfs: PdfResult | None = None) -> None:
    from leadocs.mailing.result import grouped_problems

    _summary(result)
    failures = grouped_problems(result.problems)
    failures += [f"{o.where}: {o.key}: {o.error}" for o in result.failures()]
    failed = result.failed
    if pdfs is not None:
        failures += _report_pdfs(pdfs)
        failed += len(pdfs.failures)
    if not failures:
        if result.eml and not result.dry_run and result.written + result.skipped:
            click.echo(
                f"Outbox: {result.written + result.skipped:,} message(s) in {result.outdir}; "
                f"open one to check it, then: leadocs send {result.outdir} --smtp HOST:PORT",
                err=True,
            )
        return
    for line in failures[:_SHOWN_FAILURES]:
        click.secho(f"  {line}", err=True, fg="red")
    if len(failures) > _SHOWN_FAILURES:
        click.echo(f"  … and {len(failures) - _SHOWN_FAILURES:,} more", err=True)
    if not result.dry_run:
        raise BatchError(
            f"{failed:,} recipient(s) failed; the others were written",
            hint="fix them and run again: finished documents are kept",
        )


def _report_pdfs(pdfs: PdfResult) -> list[str]:
    """Print what the PDF stage did; return its failures as report lines."""
    click.echo(
        f"PDFs: converted {pdfs.converted:,}, kept {pdfs.kept:,}, "
        f"failed {len(pdfs.failures):,} in {pdfs.seconds:.1f} s",
        err=True,
    )
    if pdfs.merged is not None:
        say("create", pdfs.merged)
    if pdfs.notice:
        click.secho(f"Note: {pdfs.notice}", err=True, fg="yellow")
    return [f"{f.where}: {f.key}: PDF: {f.error}" for f in pdfs.failures]


COMMANDS = {command.name: command for command in (batch,)}
