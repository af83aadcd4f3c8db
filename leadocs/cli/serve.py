"""``leadocs serve``: the network's web desk (sign-up, assistance requests, coordinator's pages)."""

from __future__ import annotations

import errno
import ipaddress
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from leadocs.errors import UsageError

if TYPE_CHECKING:  # the web stack is imported only when the command runs
    from leadocs.mailing.send import SmtpSettings
    from leadocs.web.database import Database
    from leadocs.web.settings import WebSettings

__all__ = ["COMMANDS", "serve"]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _smtp(server: str | None, starttls: bool, tls: bool, user: str | None) -> SmtpSettings | None:
    if server is None:
        return None
    from leadocs.mailing.send import SmtpSettings

    host, _, port = server.rpartition(":")
    if not host or not port.isdigit():
        raise UsageError(f"--smtp {server}: expected HOST:PORT, e.g. smtp.example.org:587")
    password = os.environ.get("LEADOCS_SMTP_PASSWORD") if user else None
    return SmtpSettings(host, int(port), starttls=starttls, tls=tls, user=user, password=password)


@click.command()
@click.option(
    "--network",
    "network_path",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="The network file (default: the built-in LEA network).",
)
@click.option(
    "--db",
    "db_url",
    metavar="URL",
    help="Database URL: sqlite:///FILE or postgresql://USER:PASSWORD@HOST/NAME "
    "(default: a SQLite file next to the network file, or leadocs-web.sqlite here).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--outbox",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of the confirmation .eml files (default: outbox/ next to the database).",
)
@click.option("--smtp", "smtp_server", metavar="HOST:PORT", help="Also send confirmations here.")
@click.option("--starttls", is_flag=True, help="SMTP with STARTTLS (port 587).")
@click.option("--ssl", "smtp_tls", is_flag=True, help="SMTP over TLS from the start (port 465).")
@click.option("--smtp-user", help="SMTP login; the password comes from LEADOCS_SMTP_PASSWORD.")
@click.option(
    "--rate-limit",
    metavar="LIMITS",
    help="Posts of the public forms and logins per visitor address "
    "(default: '20 per minute;200 per hour').",
)
@click.option("--threads", type=click.IntRange(1, 64), default=8, show_default=True)
@click.option(
    "--secure-cookies/--no-secure-cookies",
    default=None,
    help="Send the session cookie over HTTPS only (default: on, except on 127.0.0.1).",
)
@click.option(
    "--add-user",
    metavar="NAME",
    help="Create a coordinator account (or reset its "
    "password; from LEADOCS_PASSWORD or asked for) and exit.",
)
@click.option(
    "--dump",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write every record to this JSON file and exit.",
)
@click.option(
    "--load",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Restore a --dump file into an empty database and exit.",
)
@click.option("--force", is_flag=True, help="With --dump: overwrite the file.")
def serve(
    network_path: Path | None,
    db_url: str | None,
    host: str,
    port: int,
    outbox: Path | None,
    smtp_server: str | None,
    starttls: bool,
    smtp_tls: bool,
    smtp_user: str | None,
    rate_limit: str | None,
    threads: int,
    secure_cookies: bool | None,
    add_user: str | None,
    dump: Path | None,
    load: Path | None,
    force: bool,
) -> None:
    """Open the network's web desk: sign-up and assistance forms, the coordinator's pages.

    Public pages are in every language leadocs speaks; coordinators log in at
    /coordinator/ with an account made by --add-user.
    """
    from leadocs.formats.files import load_network
    from leadocs.web.database import default_url, open_database
    from leadocs.web.settings import DEFAULT_RATE_LIMIT, WebSettings

    if len([given for given in (add_user, dump, load) if given]) > 1:
        raise UsageError("--add-user, --dump and --load do not go together; give one")
    network = load_network(network_path)
    url = db_url or default_url(network_path)
    database = open_database(url)
    try:
        if add_user or dump or load:
            _maintenance(database, add_user, dump, load, force=force)
            return
        loopback = _is_loopback(host)
        site = WebSettings(
            network=network,
            database=database,
            outbox=_outbox(outbox, url),
            smtp=_smtp(smtp_server, starttls, smtp_tls, smtp_user),
            rate_limit=rate_limit or DEFAULT_RATE_LIMIT,
            secure_cookies=(not loopback) if secure_cookies is None else secure_cookies,
        )
        _run(site, host, port, threads)
    finally:
        database.dispose()


def _maintenance(
    database: Database, add_user: str | None, dump: Path | None, load: Path | None, *, force: bool
) -> None:
    """Carry out --add-user, --dump or --load."""
    from leadocs.web import backup, store

    if add_user:
        password = os.environ.get("LEADOCS_PASSWORD") or click.prompt(
            f"Password for {add_user}", hide_input=True, confirmation_prompt=True
        )
        store.add_user(database, add_user, password)
        click.echo(f"Coordinator '{add_user}' can log in ({database.url}).", err=True)
    elif dump is not None:
        counts = backup.dump(database, dump, force=force)
        click.echo(f"Wrote {_counted(counts)} to {dump}.", err=True)
    elif load is not None:
        counts = backup.load(database, load)
        click.echo(f"Loaded {_counted(counts)} into {database.url}.", err=True)


def _counted(counts: dict[str, int]) -> str:
    return ", ".join(f"{number} {table}" for table, number in counts.items())


def _run(site: WebSettings, host: str, port: int, threads: int) -> None:
    from waitress.server import create_server

    from leadocs.web.app import create_app

    app = create_app(site)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    try:
        server = create_server(app, host=host, port=port, threads=threads)
    except OSError as exc:
        raise UsageError(
            _bind_problem(host, port, exc),
            hint="stop the program that uses it, or choose another --port / --host",
        ) from None
    if not _is_loopback(host):
        click.secho(
            f"Listening on {host}: other machines can reach this site; put it behind "
            "HTTPS (a reverse proxy) before real use.",
            err=True,
            fg="yellow",
        )
    click.echo(
        f"Serving {site.network.acronym} on http://{host}:{port}/ "
        f"(database {site.database.url}, outbox {site.outbox}); Ctrl-C stops.",
        err=True,
    )
    try:
        server.run()
    except KeyboardInterrupt:
        click.echo("Stopped.", err=True)
    finally:
        server.close()


def _outbox(given: Path | None, url: str) -> Path:
    if given is not None:
        return given.resolve()
    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///")).resolve().parent / "outbox"
    return Path.cwd() / "outbox"


def _bind_problem(host: str, port: int, exc: OSError) -> str:
    if exc.errno == errno.EADDRINUSE:
        return f"port {port} on {host} is already in use"
    if exc.errno == errno.EACCES:
        return f"no permission to listen on port {port} (ports below 1024 need root)"
    return f"cannot listen on {host}:{port}: {exc.strerror or exc}"


COMMANDS = {"serve": serve}
