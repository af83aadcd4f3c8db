"""``leadocs templates list|export|fields|check`` and ``leadocs preview``: working on templates."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from pathlib import Path

import click

from leadocs.cli._common import network_option, say
from leadocs.errors import LeadocsError, UsageError

_KIND = click.option("--kind", help="The document kind the template is for (e.g. loi).")


@click.group()
def templates() -> None:
    """List, export, document and check templates."""


@templates.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def list_templates(as_json: bool) -> None:
    """List the built-in templates."""
    from leadocs.documents.templates import builtin_templates

    found = builtin_templates()
    if as_json:
        entries = [
            {"name": t.name, "file": t.path.name, "description": t.description} for t in found
        ]
        click.echo(json.dumps(entries, indent=2))
        return
    width = max((len(t.name) for t in found), default=0)
    for template in found:
        click.echo(f"{template.name:<{width}}  {template.description}")


@templates.command("export")
@click.argument("name")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def export(name: str, folder: Path, force: bool) -> None:
    """Copy built-in template NAME into FOLDER; use it with --template after editing."""
    from leadocs.documents.templates import export_template

    say("create", export_template(name, folder, force=force))


@templates.command("fields")
@click.argument("what", metavar="KIND|TEMPLATE.docx")
@_KIND
@click.option("--lang", default="en", show_default=True, help="Language of the example texts.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: path, type, example, list.")
def fields(what: str, kind: str | None, lang: str, as_json: bool) -> None:
    """Every field a template of KIND (or a copy of a built-in TEMPLATE.docx) can use.

    Each with its type and the value it has for the example files; lists are what
    {% for %} and {%tr for %} loop over, and their items' fields read list[].field.
    """
    from leadocs.documents.fields import example_context, kind_of, list_fields

    if what.lower().endswith(".docx"):
        kind = kind or kind_of(Path(what))
        if kind is None:
            raise UsageError(f"{what}: which kind of document is it for? give --kind KIND")
    else:
        kind = what
    found = list_fields(example_context(kind, lang))
    if as_json:
        entries = [
            {"path": f.path, "type": f.type, "example": f.example, "list": f.is_list} for f in found
        ]
        click.echo(json.dumps(entries, indent=2, ensure_ascii=False))
        return
    width = max(len(f.path) for f in found)
    kinds = max(len(f.type) for f in found)
    for field in found:
        click.echo(f"{field.path:<{width}}  {field.type:<{kinds}}  {field.example}".rstrip())


@templates.command("check")
@click.argument("template", type=click.Path(path_type=Path, dir_okay=False))
@_KIND
@click.option(
    "--data",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Check the fields against this data file (as 'leadocs render' reads it).",
)
@network_option
def check(template: Path, kind: str | None, data: Path | None, network_path: Path | None) -> None:
    """Check TEMPLATE.docx before a mailing; exit status 1 when a check fails.

    Finds syntax errors, fields that do not exist (with the closest one), tags Word broke
    up, tags split over two paragraphs and {%tr %} / {%tc %} outside a table. The fields
    are those of --kind (default: the built-in layout the file is named after) or --data.
    """
    from leadocs.documents.fields import check_context, kind_of
    from leadocs.documents.templates import read_template
    from leadocs.errors import TemplateError
    from leadocs.render.check import check_template
    from leadocs.render.environment import build_environment

    source, name = read_template("", template)
    context, against = check_context(template, kind=kind, data=data, network=network_path)
    env = build_environment(sandboxed=True)
    problems = check_template(source, name, env, context)
    for problem in problems:
        click.echo(f"{name}: {problem}")
    copy_of = kind_of(template)  # named like a built-in layout: an edited copy of it
    if context is not None and copy_of is not None:
        _note_dropped_fields(source, name, copy_of, context)
    if problems:
        raise TemplateError(name, f"{len(problems)} problem(s) found ({against})")
    say("ok", template)
    click.echo(f"checked: {against}", err=True)


def _note_dropped_fields(
    source: bytes, name: str, kind: str, context: Mapping[str, object]
) -> None:
    """Say which data the built-in ``kind`` layout shows that this copy does not (no failure)."""
    from leadocs.documents.templates import read_template
    from leadocs.render.environment import build_environment
    from leadocs.render.usage import fields_shown, missing_fields

    env = build_environment(sandboxed=True)
    builtin_source, builtin_name = read_template(kind)
    dropped = missing_fields(
        fields_shown(source, name, env), fields_shown(builtin_source, builtin_name, env), context
    )
    for field in dropped:
        click.echo(
            f"{name}: note: the built-in {kind} layout shows {field}; this copy does not",
            err=True,
        )


@click.command()
@click.argument("template", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.argument(
    "data_file",
    metavar="DATA.yaml",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The preview file (default: TEMPLATE.preview.docx in the current folder).",
)
@click.option("--force", is_flag=True, help="Overwrite an -o file that exists when starting.")
@click.option("--pdf", is_flag=True, help="Also write a PDF of the preview (needs LibreOffice).")
@click.option("--once", is_flag=True, help="Render once and exit (for scripts).")
@click.option("--lang", default="en", show_default=True, help="Language of the document.")
@network_option
def preview(
    template: Path,
    data_file: Path,
    output: Path | None,
    force: bool,
    pdf: bool,
    once: bool,
    lang: str,
    network_path: Path | None,
) -> None:
    """Render TEMPLATE with DATA.yaml again on every save of either; Ctrl-C to stop.

    The preview is replaced atomically, so Word or LibreOffice can reload it at any time; a
    render that fails prints why (as 'templates check' does) and keeps the last good preview.
    """
    from leadocs.documents.preview import Preview
    from leadocs.outputs import check_writable

    default = Path.cwd() / f"{template.stem}.preview{template.suffix.lower()}"
    if output is not None and output.resolve() != default.resolve():
        check_writable(output, force=force)  # the default preview file is ours to replace
    job = Preview(template, data_file, output or default, pdf=pdf, lang=lang, network=network_path)
    if once:
        for path in job.render():
            say("create", path)
        return
    click.echo(f"Watching {template} and {data_file}; Ctrl-C to stop.", err=True)
    job.watch(_report)


def _report(outcome: list[Path] | LeadocsError) -> None:
    stamp = time.strftime("%H:%M:%S")
    if isinstance(outcome, LeadocsError):
        click.secho(f"{stamp} {outcome}", err=True, fg="red")
        return
    for path in outcome:
        click.echo(f"{stamp} {click.style('updated', fg='green')} {path}", err=True)


COMMANDS = {"templates": templates, "preview": preview}
