"""Options and output handling shared by the document commands."""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from leadocs.errors import UsageError
from leadocs.outputs import check_writable, is_folder, make_folder, write_atomic

if TYPE_CHECKING:
    from leadocs.documents.build import RenderedDocument

F = TypeVar("F", bound=Callable[..., Any])

__all__ = [
    "DocumentRequest",
    "document_options",
    "language_options",
    "output_options",
    "emit",
    "network_option",
    "say",
]


def say(verb: str, path: Path) -> None:
    """One progress line on stderr: a right-aligned verb and the path."""
    click.echo(f"{click.style(f'{verb:>9}', fg='green')} {path}", err=True)


def network_option(func: F) -> F:
    """``--network PATH``."""
    return click.option(
        "--network",
        "network_path",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Network file to use instead of the organisation's own "
        "(default: the built-in LEA network).",
    )(func)


_FOLDER_KEY = "leadocs.output_folder"


def _output_path(ctx: click.Context, _param: click.Parameter, value: str | None) -> Path | None:
    # "-o letters/" names a folder, made if need be; a Path would forget the slash.
    path = Path(value) if value else None
    if value and value.endswith(("/", os.sep)):
        ctx.meta[_FOLDER_KEY] = path
    return path


def _names_folder(output: Path) -> bool:
    """Whether ``output`` is the command's ``-o``, written with a trailing slash."""
    context = click.get_current_context(silent=True)
    return context is not None and context.meta.get(_FOLDER_KEY) == output


def output_options(
    output_help: str = "Output file (default: a name from the document kind and organisation, "
    "in the current folder).",
) -> Callable[[F], F]:
    """``-o``, ``--force``, ``--template``, ``--pdf``, ``--pdf-only``: how a document is written."""
    options = [
        click.option("-o", "--output", type=click.Path(), callback=_output_path, help=output_help),
        click.option("--force", is_flag=True, help="Overwrite an existing output file."),
        click.option(
            "--template",
            type=click.Path(path_type=Path, dir_okay=False),
            help="An edited copy of the built-in template (see 'leadocs templates export').",
        ),
        click.option(
            "--pdf", is_flag=True, help="Also write a PDF next to the .docx (needs LibreOffice)."
        ),
        click.option("--pdf-only", is_flag=True, help="Write only the PDF."),
    ]

    def decorate(func: F) -> F:
        for option in reversed(options):
            func = option(func)
        return func

    return decorate


def language_options(func: F) -> F:
    """``--lang`` and ``--fallback-lang``."""
    func = click.option(
        "--fallback-lang",
        metavar="CODE",
        help="Where a network text has no translation in the document's language, "
        "use this language's text, e.g. en (default: such a text is an error).",
    )(func)
    return click.option(
        "--lang",
        help="Language of the document, e.g. fi "
        "(default: the organisation's, then the network's, then English).",
    )(func)


@dataclass(frozen=True)
class DocumentRequest:
    """The options of a network document command: how and where the document is written."""

    output: Path | None
    force: bool
    template: Path | None
    lang: str | None
    fallback_lang: str | None
    pdf: bool
    pdf_only: bool
    date: dt.date | None
    place: str | None


def document_options(func: Callable[..., None]) -> Callable[..., None]:
    """Every network document's options, handed to ``func`` as one ``request``.

    The options are those of :func:`output_options` and :func:`language_options`,
    ``--date`` and ``--place``; ``func`` receives them as a :class:`DocumentRequest`.
    """

    @functools.wraps(func)
    def with_request(
        *args: object,
        output: Path | None,
        force: bool,
        template: Path | None,
        lang: str | None,
        fallback_lang: str | None,
        pdf: bool,
        pdf_only: bool,
        date_: dt.datetime | None,
        place: str | None,
        **kwargs: object,
    ) -> None:
        request = DocumentRequest(
            output,
            force,
            template,
            lang,
            fallback_lang,
            pdf,
            pdf_only,
            date_.date() if date_ else None,
            place,
        )
        func(*args, request=request, **kwargs)

    decorated = click.option(
        "--place", help="Place of signature (default: the organisation's city)."
    )(with_request)
    decorated = click.option(
        "--date",
        "date_",
        type=click.DateTime(["%Y-%m-%d"]),
        help="Date printed on the document (default: today), YYYY-MM-DD.",
    )(decorated)
    return output_options()(language_options(decorated))


def emit(
    document: RenderedDocument,
    output: Path | None,
    *,
    force: bool,
    pdf: bool = False,
    pdf_only: bool = False,
    dry_run: bool = False,
) -> list[Path]:
    """Write a rendered document (and its PDF) atomically; return what was written.

    With ``dry_run`` only check that every target could be written. An ``-o``
    written with a trailing slash is a folder, made if it does not exist.
    """
    if pdf and pdf_only:
        raise UsageError("--pdf and --pdf-only do not go together; choose one")
    docx_target, pdf_target = _targets(document, output, pdf or pdf_only, pdf_only)
    new_folder = output is not None and _names_folder(output) and not is_folder(output)
    for target in (docx_target, pdf_target):
        if target is not None:
            check_writable(target, force=force, new_folder=new_folder)
    if dry_run:
        return []
    if new_folder and output is not None:
        make_folder(output)
    written = []
    if docx_target is not None:
        written.append(write_atomic(docx_target, document.data, force=force))
        say("create", docx_target)
    if pdf_target is not None:
        from leadocs.pdf.single import write_pdf

        written.append(write_pdf(document, pdf_target, force=force))
        say("create", pdf_target)
    return written


def _targets(
    document: RenderedDocument, output: Path | None, want_pdf: bool, pdf_only: bool
) -> tuple[Path | None, Path | None]:
    base = output if output is not None else Path.cwd() / f"{document.stem}.docx"
    if output is not None and (is_folder(output) or _names_folder(output)):
        base = output / f"{document.stem}.docx"
    if pdf_only:
        return None, base.with_suffix(".pdf")
    if base.suffix.lower() == ".pdf":
        raise UsageError(f"{base}: a .pdf output needs --pdf-only")
    return base.with_suffix(".docx") if not base.suffix else base, (
        base.with_suffix(".pdf") if want_pdf else None
    )
