"""``leadocs send``: the outbox of a mailing, through an SMTP server, each message once."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from leadocs.errors import BatchError, UsageError

if TYPE_CHECKING:
    from leadocs.mailing.send import SendProgress, SendResult

__all__ = ["COMMANDS", "send"]


@click.command()
@click.argument(
    "outdir", metavar="OUTDIR", type=click.Path(path_type=Path, file_okay=False, exists=True)
)
@click.option(
    "--smtp",
    "server",
    required=True,
    metavar="HOST:PORT",
    help="The SMTP server, e.g. smtp.example.org:587.",
)
@click.option("--starttls", is_flag=True, help="Encrypt the connection with STARTTLS (port 587).")
@click.option(
    "--ssl", "tls", is_flag=True, help="Connect with TLS from the start (SMTPS, port 465)."
)
@click.option(
    "--user",
    help="Log in as this user; the password comes from LEADOCS_SMTP_PASSWORD or is asked for.",
)
@click.option(
    "--rate",
    default=None,
    metavar="N/s",
    help="Send at most this many messages per second (10/s, 120/min, 600/h).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=30.0,
    show_default=True,
    help="Seconds to wait for the server.",
)
@click.option(
    "--resend-unconfirmed",
    is_flag=True,
    help="Also send messages whose delivery a dropped connection left unconfirmed.",
)
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
def send(
    outdir: Path,
    server: str,
    starttls: bool,
    tls: bool,
    user: str | None,
    rate: str | None,
    timeout: float,
    resend_unconfirmed: bool,
    yes: bool,
) -> None:
    """Send the .eml outbox of a 'leadocs batch --eml' folder, each message exactly once."""
    from leadocs.mailing.send import (
        SendInterrupted,
        SmtpSettings,
        parse_rate,
        read_outbox,
        send_outbox,
    )

    host, port = _host_port(server)
    if starttls and tls:
        raise UsageError("choose --starttls (port 587) or --ssl (port 465), not both")
    try:
        per_second = parse_rate(rate) if rate else None
    except ValueError as exc:
        raise UsageError(f"--rate: {exc}") from None
    outbox = read_outbox(outdir, resend_unconfirmed=resend_unconfirmed)
    for item in outbox.unconfirmed:
        click.secho(
            f"  not resent (delivery unconfirmed): {item.label} <{item.email_to}>",
            err=True,
            fg="yellow",
        )
    if not outbox.pending:
        click.echo(
            f"Nothing to send: {outbox.sent:,} sent, {len(outbox.unconfirmed):,} unconfirmed.",
            err=True,
        )
        return
    if not yes:
        click.confirm(
            f"Send {len(outbox.pending):,} message(s) via {host}:{port}"
            f" ({outbox.sent:,} already sent)?",
            abort=True,
            err=True,
        )
    password = None
    if user:
        password = os.environ.get("LEADOCS_SMTP_PASSWORD") or click.prompt(
            f"SMTP password for {user}", hide_input=True, err=True
        )
    settings = SmtpSettings(
        host,
        port,
        starttls=starttls,
        tls=tls,
        user=user,
        password=password,
        timeout=timeout,
        rate=per_second,
    )
    try:
        result = send_outbox(
            outdir, settings, resend_unconfirmed=resend_unconfirmed, progress=_say_sent
        )
    except SendInterrupted as stop:
        _summary(stop.result, len(outbox.unconfirmed), "Stopped: sent")
        raise stop.cause from None
    _summary(result, len(outbox.unconfirmed), "Sent")
    if result.failed or result.unconfirmed:
        raise BatchError(
            "some messages were not confirmed as sent",
            hint="refused ones are tried again on the next run; unconfirmed ones "
            "only with --resend-unconfirmed",
        )


def _summary(result: SendResult, held_back: int, verb: str) -> None:
    """Counts of this run, with messages an earlier run left unconfirmed among the unconfirmed."""
    unconfirmed = len(result.unconfirmed) + held_back
    click.echo(
        f"{verb} {len(result.sent):,}, refused {len(result.failed):,}, unconfirmed "
        f"{unconfirmed:,} in {result.seconds:.1f} s.",
        err=True,
    )
    for key, error in result.failed + result.unconfirmed:
        click.secho(f"  {key}: {error}", err=True, fg="red")
    if held_back:
        click.secho(
            f"  {held_back:,} held back: an earlier run could not confirm their delivery "
            "(--resend-unconfirmed sends them again)",
            err=True,
            fg="yellow",
        )


def _say_sent(event: SendProgress) -> None:
    colour = {"sent": "green", "failed": "red"}.get(event.outcome, "yellow")
    click.echo(
        f"{click.style(f'{event.outcome:>11}', fg=colour)} {event.key} <{event.to}>", err=True
    )


def _host_port(server: str) -> tuple[str, int]:
    host, _, port = server.rpartition(":")
    if not host or not port.isdigit():
        raise UsageError(f"--smtp: '{server}' is not HOST:PORT, e.g. smtp.example.org:587")
    return host.strip("[]"), int(port)


COMMANDS = {command.name: command for command in (send,)}
