"""The ``tender`` command: a PCP, PPI or innovation-partnership skeleton, rules checked first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import click

from leadocs.cli._common import emit, output_options
from leadocs.errors import DataProblem, RuleError, StrictWarningsError


def _report(found: Sequence[DataProblem], kind: str) -> None:
    for problem in found:
        click.echo(f"{problem} ({kind})", err=True)


@click.command()
@click.argument(
    "procurement_file", metavar="PROCUREMENT.yaml", type=click.Path(path_type=Path, dir_okay=False)
)
@output_options("Output file or folder (default: tender-<procedure>-<reference>.docx here).")
@click.option(
    "--strict",
    is_flag=True,
    help="Treat rule warnings as errors: exit status 4 and nothing written.",
)
@click.option(
    "--date",
    "date_",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Date of the draft, YYYY-MM-DD (default: today).",
)
def tender(
    procurement_file: Path,
    output: Path | None,
    force: bool,
    template: Path | None,
    strict: bool,
    pdf: bool,
    pdf_only: bool,
    date_: dt.datetime | None,
) -> None:
    """Tender skeleton (PCP, PPI or innovation partnership) from PROCUREMENT.yaml, rules checked.

    Rule errors stop the draft (exit status 1, nothing written). Warnings are
    printed and listed in the draft's last annex; with --strict they stop it
    (exit status 4). Notes say, e.g., whether EU-wide publication is required.
    """
    from leadocs.tender.draft import tender_document
    from leadocs.tender.input import load_procurement

    loaded = load_procurement(procurement_file)
    report = loaded.check()
    if report.errors:
        _report(report.warnings, "warning")
        raise RuleError(report.errors)
    if strict and report.warnings:
        raise StrictWarningsError(report.warnings)
    _report(report.notes, "note")
    _report(report.warnings, "warning")
    document = tender_document(
        loaded, report, today=date_.date() if date_ else None, template=template
    )
    emit(document, output, force=force, pdf=pdf, pdf_only=pdf_only)


COMMANDS = {command.name: command for command in (tender,)}
