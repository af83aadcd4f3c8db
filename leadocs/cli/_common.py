"""Options and output handling shared by the document commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from leadocs.documents.build import RenderedDocument
from leadocs.errors import UsageError
from leadocs.outputs import check_writable, write_atomic

F = TypeVar("F", bound=Callable[..., Any])

__all__ = [
    "document_options",
    "language_options",
    "output_options",
    "emit",
    "fallback_lang",
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


_FALLBACK_KEY = "leadocs.fallback_lang"


def _remember_fallback(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    ctx.meta[_FALLBACK_KEY] = value


def fallback_lang() -> str | None:
    """The ``--fallback-lang`` of the running command (None when not given).

    The option is not passed as a parameter, so that every command using
    :func:`document_options` keeps its signature; commands that render network
    texts read it here.
    """
    value = click.get_current_context().meta.get(_FALLBACK_KEY)
    return value if isinstance(value, str) and value else None


def output_options(
    output_help: str = "Output file (default: a name from the document kind and organisation, "
    "in the current folder).",
) -> Callable[[F], F]:
    """``-o``, ``--force``, ``--template``, ``--pdf``, ``--pdf-only``: how a document is written."""
    options = [
        click.option("-o", "--output", type=click.Path(path_type=Path), help=output_help),
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
    """``--lang``, and ``--fallback-lang`` (read with :func:`fallback_lang`, not passed)."""
    func = click.option(
        "--fallback-lang",
        metavar="CODE",
        expose_value=False,
        callback=_remember_fallback,
        help="Where a network text has no translation in the document's language, "
        "use this language's text, e.g. en (default: such a text is an error).",
    )(func)
    return click.option(
        "--lang",
        help="Language of the document, e.g. fi "
        "(default: the organisation's, then the network's, then English).",
    )(func)


def document_options(func: F) -> F:
    """Options of every network document: :func:`output_options`, :func:`language_options`."""
    return output_options()(language_options(func))


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

    With ``dry_run`` only check that every target could be written.
    """
    if pdf and pdf_only:
        raise UsageError("--pdf and --pdf-only do not go together; choose one")
    docx_target, pdf_target = _targets(document, output, pdf or pdf_only, pdf_only)
    for target in (docx_target, pdf_target):
        if target is not None:
            check_writable(target, force=force)
    if dry_run:
        return []
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
    if output is not None and output.is_dir():
        base = output / f"{document.stem}.docx"
    if pdf_only:
        return None, base.with_suffix(".pdf")
    if base.suffix.lower() == ".pdf":
        raise UsageError(f"{base}: a .pdf output needs --pdf-only")
    return base.with_suffix(".docx") if not base.suffix else base, (
        base.with_suffix(".pdf") if want_pdf else None
    )
