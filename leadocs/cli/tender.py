"""The ``tender`` command: a PCP, PPI or innovation-partnership skeleton, rules checked first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from leadocs.cli._common import emit, output_options, say
from leadocs.errors import DataProblem, RuleError, StrictWarningsError, UsageError

if TYPE_CHECKING:
    from leadocs.tender.input import ProcurementInput
    from leadocs.tender.rules import RuleReport


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
    "--lang",
    metavar="CODE",
    help="Language of the tender documents, e.g. fi (default: the procedure's language, "
    "'language:' in the file).",
)
@click.option(
    "--fallback-lang",
    metavar="CODE",
    help="If that language has no tender texts, write the documents in this one and warn "
    "(default: it is an error naming the languages there are).",
)
@click.option(
    "--pack",
    "pack_dir",
    metavar="OUTDIR",
    type=click.Path(path_type=Path, file_okay=False),
    help="Write the whole tender pack into OUTDIR: request for tenders, declaration of honour, "
    "price schedule and score sheet (.xlsx), rule-check report and an index.",
)
@click.option(
    "--merge",
    is_flag=True,
    help="With --pack: also one bookmarked PDF of the published documents (implies --pdf).",
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
    lang: str | None,
    fallback_lang: str | None,
    pack_dir: Path | None,
    merge: bool,
    date_: dt.datetime | None,
) -> None:
    """Tender skeleton (PCP, PPI or innovation partnership) from PROCUREMENT.yaml, rules checked.

    The draft is written in the procedure's language (--lang to choose another).
    Rule errors stop the draft (exit status 1, nothing written). Warnings are
    printed and listed in the draft's last annex; with --strict they stop it
    (exit status 4). Notes say, e.g., whether EU-wide publication is required.
    """
    from leadocs.tender.draft import tender_document
    from leadocs.tender.input import load_procurement
    from leadocs.tender.texts import choose_language

    if merge and pack_dir is None:
        raise UsageError("--merge needs --pack OUTDIR")
    if pack_dir is not None and (output is not None or template is not None):
        raise UsageError("--pack writes its own files; it does not go with -o or --template")
    loaded = load_procurement(procurement_file)
    language = choose_language(lang or loaded.procurement.language, fallback_lang)
    report = loaded.check()
    if report.errors:
        _report(report.warnings, "warning")
        raise RuleError(report.errors)
    if strict and report.warnings:
        raise StrictWarningsError(report.warnings)
    _report(report.notes, "note")
    _report(report.warnings, "warning")
    if language.warning:
        click.echo(f"Warning: {language.warning}", err=True)
    today = date_.date() if date_ else dt.date.today()
    if pack_dir is not None:
        _write_pack(loaded, report, language.lang, today, pack_dir, force, pdf or pdf_only, merge)
        return
    document = tender_document(
        loaded,
        report,
        today=today,
        template=template,
        lang=language.lang,
    )
    emit(document, output, force=force, pdf=pdf, pdf_only=pdf_only)


def _write_pack(
    loaded: ProcurementInput,
    report: RuleReport,
    lang: str,
    today: dt.date,
    folder: Path,
    force: bool,
    pdf: bool,
    merge: bool,
) -> None:
    from leadocs.tender.pack import build_pack
    from leadocs.tender.pack.write import write_pack

    pack = build_pack(loaded, report, lang=lang, today=today)
    for path in write_pack(pack, folder, force=force, pdf=pdf, merge=merge):
        say("create", path)


COMMANDS = {command.name: command for command in (tender,)}
