"""Commands around the documents: render, validate, schema."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from leadocs.cli._common import network_option, say
from leadocs.errors import LeadocsError, StrictWarningsError


@click.command()
@click.argument("template", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("data_file", metavar="DATA.yaml", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Output file (default: the data file's name with the template's extension).",
)
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option(
    "--lang",
    default="en",
    show_default=True,
    help="Language for the date, number and money filters and the network's texts.",
)
@network_option
@click.option(
    "--date",
    "date_",
    type=click.DateTime(["%Y-%m-%d"]),
    help="The template's 'today' (default: today), YYYY-MM-DD.",
)
def render(
    template: Path,
    data_file: Path,
    output: Path | None,
    force: bool,
    lang: str,
    network_path: Path | None,
    date_: dt.datetime | None,
) -> None:
    """Render a template of your own with the values of DATA.yaml.

    TEMPLATE is a .docx with docxtpl tags, or a .md/.txt/.html Jinja template. It sees the
    names every built-in document sees: lang, today, network and, when DATA.yaml is an
    organisation file, organisation (and recipient); any other DATA.yaml's top-level keys.
    Templates run in Jinja's sandbox; values are data (escaped, never run).
    """
    from leadocs.documents.preview import render_user_template
    from leadocs.outputs import check_writable, write_atomic

    target = output or Path.cwd() / f"{data_file.stem}{template.suffix.lower()}"
    check_writable(target, force=force)
    today = date_.date() if date_ else None
    result = render_user_template(template, data_file, lang=lang, today=today, network=network_path)
    write_atomic(target, result, force=force)
    say("create", target)


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit status 4).")
def validate(files: tuple[Path, ...], strict: bool) -> None:
    """Check organisation, network and procurement files, and recipient lists.

    A recipient list (.csv, .xlsx, or .yaml with 'recipients:') is checked row by row, as
    'leadocs batch' would. Every problem is reported at once, as file:line:column: field: message.
    """
    from leadocs.validate import check_file

    problems = 0
    warnings = []
    for path in files:
        result = check_file(path)
        for problem in result.problems:
            click.echo(f"{problem}", err=True)
        for warning in result.warnings:
            click.echo(f"{warning} (warning)", err=True)
        for note in result.notes:
            click.echo(f"{note} (note)", err=True)
        problems += len(result.problems)
        warnings.extend(result.warnings)
        if not result.problems:
            say("ok", path)
    summary = f"{len(files)} file(s) checked: {problems} problem(s), {len(warnings)} warning(s)"
    if problems:
        raise LeadocsError(summary)
    if warnings and strict:
        raise StrictWarningsError(warnings)
    click.echo(summary, err=True)


@click.command()
@click.argument("name", required=False)
def schema(name: str | None) -> None:
    """Print the JSON Schema of a file format (organisation, network, procurement) for editors."""
    from leadocs.errors import UsageError
    from leadocs.validate import schemas

    known = schemas()
    if name is None:
        click.echo(
            json.dumps(
                {key: model.model_json_schema() for key, model in known.items()},
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    if name not in known:
        raise UsageError(f"no format named '{name}'", hint=f"choose one of: {', '.join(known)}")
    click.echo(json.dumps(known[name].model_json_schema(), indent=2, ensure_ascii=False))


COMMANDS = {command.name: command for command in (render, validate, schema)}
