"""``leadocs serve``: accounts, backups, start-up errors, a real server, SMTP confirmations."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from aiosmtpd.controller import Controller
from click.testing import CliRunner

from leadocs.cli import cli
from leadocs.formats.files import builtin_network
from leadocs.mailing.send import SmtpSettings
from leadocs.web import store
from leadocs.web.app import create_app
from leadocs.web.database import Database, open_database
from tests.web.helpers import (
    EXAMPLES,
    KONNEVESI,
    free_port,
    make_site,
    post_form,
    wait_for_server,
)


def test_add_user_then_dump_and_load_round_trip(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    prompted = ["serve", "--db", url, "--add-user", "anna"]
    made = CliRunner().invoke(cli, prompted, input="a long password\n" * 2)
    assert made.exit_code == 0, made.output
    assert "Coordinator 'anna' can log in" in made.output
    monkeypatch.setenv("LEADOCS_PASSWORD", "another long password")
    assert run("serve", "--db", url, "--add-user", "bert").exit_code == 0
    db = open_database(url)
    store.add_submission(db, "member", _organisation(), "fi")
    assert store.check_password(db, "anna", "a long password")
    db.dispose()
    dumped = run("serve", "--db", url, "--dump", tmp_path / "backup.json")
    assert dumped.exit_code == 0
    assert "1 submissions" in dumped.output and "2 users" in dumped.output
    again = run("serve", "--db", url, "--dump", tmp_path / "backup.json")
    assert again.exit_code == 1 and "already exists" in again.output
    restored = f"sqlite:///{tmp_path / 'b.sqlite'}"
    loaded = run("serve", "--db", restored, "--load", tmp_path / "backup.json")
    assert loaded.exit_code == 0, loaded.output
    db = open_database(restored)
    assert store.check_password(db, "bert", "another long password")
    assert [row.name for row in store.list_submissions(db)] == ["Konneveden kunta"]
    db.dispose()
    twice = run("serve", "--db", restored, "--load", tmp_path / "backup.json")
    assert twice.exit_code == 2 and "already has records" in twice.output


def _organisation() -> Any:
    from leadocs.formats.model import Organisation

    return Organisation.model_validate(
        {
            "name": "Konneveden kunta",
            "country": "FI",
            "contact": {"name": "Päivi", "email": "p@konnevesi.fi"},
            "signatory": {"name": "Jyrki", "title": "Manager"},
        }
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "is not a database URL"),
        ("mysql://db/x", "'mysql' databases are not supported"),
        ("postgresql://user:secret@127.0.0.1:1/x", "cannot open the database"),
        ("sqlite:////no/such/folder/x.sqlite", "does not exist"),
    ],
)
def test_a_bad_db_url_is_a_clear_error_without_traceback(run: Any, url: str, message: str) -> None:
    result = run("serve", "--db", url)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output and "secret" not in result.output


def test_a_busy_port_is_a_clear_error(run: Any, tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", "--db", f"sqlite:///{tmp_path / 'x.sqlite'}", "--port", port)
    assert result.exit_code == 2
    assert f"port {port} on 127.0.0.1 is already in use" in result.output


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """``leadocs serve`` with a network file of its own, in a subprocess."""
    network = tmp_path / "nordic.yaml"
    shutil.copy(EXAMPLES / "networks" / "nordic.yaml", network)
    port = free_port()
    log = tmp_path / "server.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "leadocs", "serve", "--network", network, "--port", str(port)],
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(EXAMPLES.parent)},
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_for_server(base, process, log)
            yield base, network
        finally:
            process.terminate()
            process.wait(timeout=20)


def test_serve_opens_the_site_with_its_database_next_to_the_network(
    served: tuple[str, Path],
) -> None:
    base, network = served
    home = requests.get(base, headers={"Accept-Language": "sv"}, timeout=10, allow_redirects=False)
    assert home.status_code == 302 and home.headers["Location"] == "/sv/"
    page = requests.get(f"{base}/sv/", timeout=10)
    assert page.status_code == 200 and "Gå med i nätverket" in page.text
    assert network.with_suffix(".sqlite").is_file()


class _Recorder:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append(envelope.content)
        return "250 OK"


def test_with_smtp_the_confirmation_is_also_sent(sqlite_database: Database, tmp_path: Path) -> None:
    recorder = _Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        smtp = SmtpSettings("127.0.0.1", controller.port)
        client = create_app(make_site(sqlite_database, tmp_path, smtp=smtp)).test_client()
        assert post_form(client, "/en/", {**KONNEVESI, "language": "en"}).status_code == 303
    finally:
        controller.stop()
    (message,) = recorder.messages
    assert b"To: =?utf-8?b?" in message and b"paivi.hakkinen@konnevesi.fi" in message
    (row,) = store.list_submissions(sqlite_database)
    assert row.email_sent_at is not None
    assert (tmp_path / "outbox" / str(row.email_file)).is_file()


def test_without_a_reachable_smtp_server_the_submission_is_kept(
    sqlite_database: Database, tmp_path: Path
) -> None:
    smtp = SmtpSettings("127.0.0.1", free_port(), timeout=2)
    client = create_app(make_site(sqlite_database, tmp_path, smtp=smtp)).test_client()
    assert post_form(client, "/en/", KONNEVESI).status_code == 303
    (row,) = store.list_submissions(sqlite_database)
    assert row.email_sent_at is None
    assert (tmp_path / "outbox" / str(row.email_file)).is_file()


def test_a_network_without_address_stores_the_submission_but_writes_no_confirmation(
    sqlite_database: Database, tmp_path: Path
) -> None:
    # The built-in LEA network gives no e-mail address (deliverable D2.3 has none).
    site = make_site(sqlite_database, tmp_path, network=builtin_network())
    client = create_app(site).test_client()
    assert post_form(client, "/en/", {**KONNEVESI, "language": "en"}).status_code == 303
    (row,) = store.list_submissions(sqlite_database)
    assert row.email_file is None and row.email_sent_at is None
    assert not list(tmp_path.glob("outbox/*.eml"))
