"""``leadocs collect``: returned letters, forms and reports read back into data."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from leadocs.cli._common import network_option
from leadocs.errors import ReturnedFilesError, UsageError

if TYPE_CHECKING:
    from leadocs.errors import DataProblem
    from leadocs.returns.collect import CollectPlan, CollectRequest

__all__ = ["COMMANDS", "collect"]


@click.command()
@click.argument(
    "sources", metavar="FILES_OR_FOLDER...", nargs=-1, required=True,
    type=click.Path(path_type=Path, exists=True),
)  # fmt: skip
@click.option(
    "-o", "--output", "outdir", required=True, metavar="DATA/",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder for the updated organisation files and the partner report records.",
)  # fmt: skip
@click.option(
    "--orgs", type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Folder of the organisation files the documents were made from.",
)  # fmt: skip
@click.option(
    "--list", "recipients", type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="The recipient list (.xlsx, .csv, .yaml) a mailing was made from.",
)  # fmt: skip
@click.option(
    "--mailing", "mailing_dir", type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="The mailing's output folder: documents of any other mailing are refused.",
)  # fmt: skip
@network_option
@click.option(
    "--period",
    help="The report period to record, e.g. M15 (default: the first deadline after it was made).",
)
@click.option(
    "--trust", "trust_roots", multiple=True,
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="A certificate (PEM or DER) whose signatures count as valid; repeatable.",
)  # fmt: skip
@click.option("--force", is_flag=True, help="Replace files in DATA/ that have other content.")
@click.option("--dry-run", is_flag=True, help="Write nothing; show the changes as a unified diff.")
def collect(
    sources: tuple[Path, ...],
    outdir: Path,
    orgs: Path | None,
    recipients: Path | None,
    mailing_dir: Path | None,
    network_path: Path | None,
    period: str | None,
    trust_roots: tuple[Path, ...],
    force: bool,
    dry_run: bool,
) -> None:
    """Read returned .docx and .pdf files into validated data in DATA/.

    Each file is matched by the identity leadocs stored in it (recipient, kind,
    data), whatever its name: a letter's ticked tasks and an assistance form's
    answers update a copy of the organisation's file, a partner report becomes a
    report record. Every problem is listed as file: field: message.
    """
    from leadocs.returns.collect import plan_collect, returned_files, write_collected

    request, problems = _request(
        outdir, orgs, recipients, mailing_dir, network_path, period, trust_roots
    )
    plan = plan_collect(returned_files(sources), request)
    plan.problems[:0] = problems
    _show(plan)
    if dry_run:
        click.echo(plan.diff(), nl=False)
    else:
        for path in write_collected(plan, force=force):
            click.echo(f"   write {path}")
    if plan.problems:
        raise ReturnedFilesError(plan.problems, len(plan.collected))


def _request(
    outdir: Path,
    orgs: Path | None,
    recipients: Path | None,
    mailing_dir: Path | None,
    network_path: Path | None,
    period: str | None,
    trust_roots: tuple[Path, ...],
) -> tuple[CollectRequest, list[DataProblem]]:
    from leadocs.formats.files import load_network
    from leadocs.returns.collect import CollectRequest
    from leadocs.returns.recipients import load_known

    if orgs is None and recipients is None:
        raise UsageError("give --orgs DIR or --list RECIPIENTS to match the documents against")
    network = load_network(network_path)
    known, problems = load_known(network, network_path, orgs=orgs, recipients=recipients)
    request = CollectRequest(
        outdir,
        network,
        known,
        mailing=_mailing_id(mailing_dir) if mailing_dir else None,
        period=period,
        trust_roots=trust_roots,
    )
    return request, problems


def _mailing_id(folder: Path) -> str:
    from leadocs.mailing.manifest import snapshot

    with snapshot(folder) as manifest:
        value = manifest.value("mailing") if manifest is not None else None
    if not value:
        raise UsageError(f"{folder} is not a mailing folder (no manifest with a mailing id)")
    return value


def _show(plan: CollectPlan) -> None:
    for item in plan.collected:
        identity = item.identity
        click.echo(f" collect {item.path} → {identity.kind} of {identity.recipient}")
        for signature in item.signatures:
            state = "valid" if signature.valid else ("intact" if signature.intact else "BROKEN")
            click.echo(f"  signed {signature.signer} ({state}; {signature.summary})")
    for path in plan.manual:
        click.echo(f"  manual {path}")


COMMANDS = {"collect": collect}
