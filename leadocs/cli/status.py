"""``leadocs status``: who got what, who answered, who signed; reminders for the others."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from leadocs.cli._common import network_option, say
from leadocs.errors import UsageError

if TYPE_CHECKING:
    from leadocs.mailing.status import MailingStatus, RecipientStatus

__all__ = ["COMMANDS", "status"]


@click.command()
@click.argument("outdir", metavar="OUTDIR", type=click.Path(path_type=Path))
@click.option(
    "--returned",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    metavar="DATA/",
    help="The folder 'leadocs collect' wrote the answers to.",
)
@click.option(
    "--xlsx",
    "workbook",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE.xlsx",
    help="Also write the status as a workbook.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing --xlsx file.")
@click.option(
    "--remind",
    is_flag=True,
    help="Write a reminder .eml for each recipient who has not answered (needs --returned); "
    "'leadocs send OUTDIR' sends them.",
)
@network_option
def status(
    outdir: Path,
    returned: Path | None,
    workbook: Path | None,
    force: bool,
    remind: bool,
    network_path: Path | None,
) -> None:
    """Per recipient of a mailing: generated, sent, reminded, returned and signed."""
    from leadocs.mailing.status import mailing_status

    if remind and returned is None:
        raise UsageError(
            "--remind needs --returned DATA/ to know who has answered",
            hint="give the folder 'leadocs collect' wrote the answers to",
        )
    found = mailing_status(outdir, returned)
    for problem in found.problems:
        click.secho(f"{problem} (left out)", err=True, fg="yellow")
    _print_table(found)
    if workbook is not None:
        from leadocs.mailing.status_xlsx import status_workbook
        from leadocs.outputs import write_atomic

        write_atomic(workbook, status_workbook(found), force=force)
        say("create", workbook)
    if remind:
        _remind(found, outdir, network_path)


def _print_table(found: MailingStatus) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, header_style="bold")
    for header in ("Row", "Id", "Name", "Generated", "Sent", "Reminded", "Returned", "Signed"):
        table.add_column(header, no_wrap=header != "Name", overflow="ellipsis")
    for row in found.recipients:
        style = None if row.answered else ("yellow" if row.generated else "red")
        table.add_row(*_cells(row), style=style)
    console = Console(highlight=False)
    console.print(table)
    totals = found.totals
    console.print(
        f"{totals['recipients']:,} recipients: {totals['generated']:,} generated, "
        f"{totals['sent']:,} sent, {totals['reminded']:,} reminded, "
        f"{totals['returned']:,} returned, {totals['signed']:,} signed, "
        f"{totals['not_answered']:,} not answered."
    )
    if found.not_answered:
        console.print("Not answered:")
        for row in found.not_answered:
            console.print(f"  {row.key}  {row.name} <{row.email}>".replace(" <>", ""))


_SHORT = {"document": "docx", "pdf": "pdf", "eml": "eml"}


def _cells(row: RecipientStatus) -> list[str]:
    """One recipient's line of the terminal table (the workbook has every detail)."""
    generated = " ".join(_SHORT.get(role, role) for role in row.generated)
    sent = row.sent or "no"
    if row.sent == "sent" and row.sent_at:
        sent = row.sent_at[:10]
    returned = row.returned.returned.isoformat() if row.returned else ""
    signed = row.signed or ""
    failed = "failed" if row.error else "–"
    return [str(row.row), row.key, row.name, generated or failed, sent, str(row.reminders_sent),
            returned, signed]  # fmt: skip


def _remind(found: MailingStatus, outdir: Path, network_path: Path | None) -> None:
    from leadocs.formats.files import load_network
    from leadocs.mailing.reminders import write_reminders

    if not any("eml" in row.generated for row in found.recipients):
        raise UsageError(
            f"{outdir}: the mailing has no e-mails to remind from",
            hint="reminders answer the letters' e-mails: make the mailing with --eml",
        )
    keys = [row.key for row in found.not_answered]
    written = write_reminders(outdir, load_network(network_path), keys)
    for reminder in written:
        say("create", reminder.path)
    click.echo(
        f"Wrote {len(written):,} reminder(s) for {len(keys):,} recipient(s) who have not "
        f"answered; send them with: leadocs send {outdir} --smtp HOST:PORT",
        err=True,
    )


COMMANDS = {command.name: command for command in (status,)}
