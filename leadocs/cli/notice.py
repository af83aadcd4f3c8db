"""The ``notice`` command: eForms and OCDS notices from a procurement file, and their check."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

import click

from leadocs.errors import DataError, DataProblem, StrictWarningsError, UsageError

if TYPE_CHECKING:  # the library is imported inside the command, to keep the CLI quick
    from leadocs.tender.input import ProcurementInput
    from leadocs.tender.notice import EformsSdk
    from leadocs.tender.notice.content import MissingTerm

_INDEX = re.compile(r"^(\w+)\[(\d+)\]$")


@click.command()
@click.argument(
    "source", metavar="PROCUREMENT.yaml", type=click.Path(path_type=Path, dir_okay=False)
)
@click.option(
    "--type",
    "kind",
    type=click.Choice(["pin", "cn", "can"]),
    default="cn",
    show_default=True,
    help="Prior information notice (pin), contract notice (cn) or contract award notice (can).",
)
@click.option(
    "--format",
    "notice_format",
    type=click.Choice(["eforms", "ocds", "docx"]),
    default="eforms",
    show_default=True,
    help="eForms UBL XML, an OCDS release package, or a data sheet for people.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Output file (default: notice-<type>-<reference>.xml|.json|.docx here).",
)
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option(
    "--sdk",
    type=click.Path(path_type=Path, file_okay=False),
    help="The eForms SDK folder (default: $LEADOCS_EFORMS_SDK).",
)
@click.option(
    "--strict", is_flag=True, help="Values the file lacks are errors: exit 4, nothing written."
)
@click.option(
    "--check",
    is_flag=True,
    help="Validate SOURCE, an eForms notice, against the SDK's XSD and schematron.",
)
@click.option(
    "--date",
    "date_",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Dispatch date when the procurement file has none (default: today).",
)
def notice(
    source: Path,
    kind: str,
    notice_format: str,
    output: Path | None,
    force: bool,
    sdk: Path | None,
    strict: bool,
    check: bool,
    date_: dt.datetime | None,
) -> None:
    """Write the eForms notice of PROCUREMENT.yaml (or its OCDS release, or a data sheet).

    Values the notice needs and the file lacks are listed with the YAML key
    that supplies them; --strict makes them errors. `notice --check NOTICE.xml`
    reports every failed XSD or schematron rule with its id, business term and
    the YAML key that feeds it (exit status 1 on errors).
    """
    from leadocs.tender.notice import locate_sdk

    found = locate_sdk(sdk)
    if check:
        _check(source, found)
        return
    _make(source, found, kind, notice_format, output, force=force, strict=strict, date_=date_)


def _make(
    source: Path,
    sdk: EformsSdk,
    kind: str,
    notice_format: str,
    output: Path | None,
    *,
    force: bool,
    strict: bool,
    date_: dt.datetime | None,
) -> None:
    from leadocs.cli._common import say
    from leadocs.outputs import check_writable, safe_name, write_atomic
    from leadocs.tender.input import load_procurement
    from leadocs.tender.notice import NoticeFormat, NoticeKind, make_notice

    loaded = load_procurement(source)
    chosen = NoticeFormat(notice_format)
    made = make_notice(loaded, NoticeKind(kind), sdk, chosen, date_.date() if date_ else None)
    problems = [_missing_problem(loaded, m) for m in made.missing]
    if strict and problems:
        raise StrictWarningsError(problems)
    for problem in problems:
        click.echo(f"{problem} (missing)", err=True)
    reference = safe_name(loaded.procurement.reference)
    target = output or Path(f"notice-{kind}-{reference}{chosen.suffix}")
    check_writable(target, force=force)
    write_atomic(target, made.data, force=force)
    say("Written", target)


def _missing_problem(loaded: ProcurementInput, missing: MissingTerm) -> DataProblem:
    """A missing value located at the deepest key of its YAML path that the file has."""
    key = missing.yaml_key.split(" ")[0]
    path: list[str | int] = []
    for part in key.split("."):
        indexed = _INDEX.match(part)
        path += [indexed.group(1), int(indexed.group(2))] if indexed else [part]
    line, column = loaded.loaded.source.locate(tuple(path))
    message = f"{missing.term} {missing.label}: missing ({missing.reason})"
    return DataProblem(str(loaded.source), line, column, missing.yaml_key, message)


def _check(source: Path, sdk: EformsSdk) -> None:
    from leadocs.cli._common import say
    from leadocs.tender.notice.validation import validator_for

    if not source.is_file():
        raise UsageError(f"{source} does not exist")
    problems = validator_for(sdk).check(source.read_bytes(), str(source))
    errors = [p for p in problems if p.severity != "WARN"]
    for problem in problems:
        if problem.severity == "WARN":
            click.echo(f"{source}: {problem}", err=True)
    if errors:
        raise DataError([DataProblem(str(source), None, None, "", str(p)) for p in errors])
    say("Valid", source)


COMMANDS = {command.name: command for command in (notice,)}
