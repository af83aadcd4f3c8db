"""``leadocs send`` against a real SMTP server on 127.0.0.1: every message once, never twice."""

from __future__ import annotations

import datetime as dt
import email
import os
import shutil
import signal
import smtplib
import socket
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from leadocs.errors import OutputError
from leadocs.mailing import BatchRequest, run_batch
from leadocs.mailing.manifest import MANIFEST_NAME, Manifest
from leadocs.mailing.send import SmtpSettings, parse_rate, send_outbox
from tests.helpers import LIST, SENDER, rows_of, write_csv

COUNT = 8


class Recorder:
    """An aiosmtpd handler that keeps every message and can misbehave on cue."""

    def __init__(
        self,
        drop_at_mail: tuple[int, ...] = (),
        drop_after_data: tuple[int, ...] = (),
        refuse: tuple[str, ...] = (),
    ) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.mails = 0
        self.drop_at_mail = drop_at_mail
        self.drop_after_data = drop_after_data
        self.refuse = refuse

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        self.mails += 1
        if self.mails in self.drop_at_mail:
            server.transport.close()  # the connection drops before the message
            return "421 closing"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        if len(self.messages) in self.drop_after_data:
            server.transport.close()  # accepted, but the client never hears so
        return "250 OK"

    def parsed(self) -> list[EmailMessage]:
        found = []
        for _sender, _rcpt, data in self.messages:
            message = email.message_from_bytes(data, policy=policy.default)
            assert isinstance(message, EmailMessage)
            found.append(message)
        return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def smtp_server(handler: Recorder, **kwargs: Any) -> Iterator[Controller]:
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    try:
        yield controller
    finally:
        if getattr(controller, "_thread", None) is not None:  # a test may have stopped it
            controller.stop()


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    outdir = tmp_path / "out"
    result = run_batch(
        BatchRequest(
            kind="loi",
            recipients=LIST,
            outdir=outdir,
            eml=True,
            sender=SENDER,
            today=dt.date(2026, 3, 1),
            jobs=1,
        )
    )
    assert result.written == COUNT
    return outdir


def send_states(outdir: Path) -> dict[str, str | None]:
    with sqlite3.connect(outdir / MANIFEST_NAME) as db:
        return dict(db.execute("SELECT key, send_status FROM recipients"))


def settings(controller: Controller, **kwargs: Any) -> SmtpSettings:
    return SmtpSettings(controller.hostname, controller.port, timeout=5, **kwargs)


def no_sleep(_seconds: float) -> None:
    return None


def test_every_message_is_delivered_once(run, outbox: Path) -> None:
    handler = Recorder()
    with smtp_server(handler) as server:
        result = run("send", outbox, "--smtp", f"127.0.0.1:{server.port}", "--yes")
        assert result.exit_code == 0, result.stderr
        assert f"Sent {COUNT}, refused 0, unconfirmed 0" in result.stderr
        again = run("send", outbox, "--smtp", f"127.0.0.1:{server.port}", "--yes")
        assert again.exit_code == 0
        assert f"Nothing to send: {COUNT} sent" in again.stderr
    assert len(handler.messages) == COUNT
    by_to = {}
    for (sender, rcpt, _data), message in zip(handler.messages, handler.parsed(), strict=True):
        assert sender == "lea-network@learntechaccelerator.eu"
        assert rcpt == [message["To"].addresses[0].addr_spec]
        by_to[rcpt[0]] = message
    for eml in outbox.glob("*.eml"):
        stored = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
        message = by_to[stored["To"].addresses[0].addr_spec]
        assert message["Subject"] == stored["Subject"]
        assert "letter of intent" in message["Subject"] or ":" in message["Subject"]
        [attachment] = list(message.iter_attachments())
        assert attachment.get_content() == eml.with_suffix(".docx").read_bytes()
    assert set(send_states(outbox).values()) == {"sent"}


def test_send_asks_for_confirmation(run, outbox: Path) -> None:
    handler = Recorder()
    with smtp_server(handler) as server:
        refused = run_input(run, "n\n", "send", outbox, "--smtp", f"127.0.0.1:{server.port}")
        assert refused.exit_code == 1
        assert f"Send {COUNT} message(s) via 127.0.0.1:{server.port}" in refused.stderr
        assert handler.messages == []
        accepted = run_input(run, "y\n", "send", outbox, "--smtp", f"127.0.0.1:{server.port}")
        assert accepted.exit_code == 0, accepted.stderr
    assert len(handler.messages) == COUNT


def run_input(run: Any, text: str, *args: Any) -> Any:
    from click.testing import CliRunner

    from leadocs.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args], input=text, catch_exceptions=False)


def test_a_connection_dropped_before_a_message_is_reopened(outbox: Path) -> None:
    handler = Recorder(drop_at_mail=(3, 6))
    with smtp_server(handler) as server:
        result = send_outbox(outbox, settings(server), sleep=no_sleep)
    assert len(result.sent) == COUNT and not result.failed and not result.unconfirmed
    ids = [m["Message-ID"] for m in handler.parsed()]
    assert len(ids) == len(set(ids)) == COUNT


def test_a_connection_dropped_after_a_message_is_never_resent(run, outbox: Path) -> None:
    handler = Recorder(drop_after_data=(3,))
    with smtp_server(handler) as server:
        result = send_outbox(outbox, settings(server), sleep=no_sleep)
        assert len(result.sent) == COUNT - 1
        [(key, error)] = result.unconfirmed
        assert "may have been delivered" in error
        assert send_states(outbox)[key] == "sending"
        again = run("send", outbox, "--smtp", f"127.0.0.1:{server.port}", "--yes")
        assert again.exit_code == 0
        assert f"not resent (delivery unconfirmed): {key}" in again.stderr
        assert len(handler.messages) == COUNT  # each delivered exactly once
        forced = send_outbox(outbox, settings(server), resend_unconfirmed=True, sleep=no_sleep)
        assert forced.sent == [key]  # only when the user says so
    assert len(handler.messages) == COUNT + 1


def test_a_server_that_goes_away_then_a_rerun_finishes(outbox: Path) -> None:
    first = Recorder()
    with smtp_server(first) as server:

        def stop_after_four(event: Any) -> None:
            if event.done == 4:
                server.stop()

        with pytest.raises(OutputError, match="run 'leadocs send' again"):
            send_outbox(outbox, settings(server), progress=stop_after_four, sleep=no_sleep)
    assert len(first.messages) == 4
    states = send_states(outbox)
    assert sorted(v or "" for v in states.values()) == [""] * 4 + ["sent"] * 4
    second = Recorder()
    with smtp_server(second) as server:
        result = send_outbox(outbox, settings(server), sleep=no_sleep)
    assert len(result.sent) == 4
    delivered = [m[1][0] for m in first.messages + second.messages]
    assert len(delivered) == len(set(delivered)) == COUNT


def test_a_crash_between_sending_and_sent_is_not_resent(
    outbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handler = Recorder()
    original = Manifest.mark_sent
    calls = []

    def crash_on_second(self: Manifest, key: str, *args: Any) -> None:
        calls.append(key)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the process dies after the server took the message
        original(self, key, *args)

    with smtp_server(handler) as server:
        monkeypatch.setattr(Manifest, "mark_sent", crash_on_second)
        with pytest.raises(KeyboardInterrupt):
            send_outbox(outbox, settings(server), sleep=no_sleep)
        monkeypatch.setattr(Manifest, "mark_sent", original)
        assert send_states(outbox)[calls[1]] == "sending"
        result = send_outbox(outbox, settings(server), sleep=no_sleep)
    assert len(result.sent) == COUNT - 2
    assert len(handler.messages) == COUNT
    assert send_states(outbox)[calls[1]] == "sending"


def test_refused_recipients_are_reported_and_retried(run, outbox: Path) -> None:
    handler = Recorder(refuse=("m.wojcik@larr.pl",))
    with smtp_server(handler) as server:
        result = run("send", outbox, "--smtp", f"127.0.0.1:{server.port}", "--yes")
        assert result.exit_code == 3
        assert "550 5.1.1 no such mailbox" in result.stderr
        assert len(handler.messages) == COUNT - 1
        handler.refuse = ()
        again = run("send", outbox, "--smtp", f"127.0.0.1:{server.port}", "--yes")
        assert again.exit_code == 0, again.stderr
        assert "Sent 1," in again.stderr
    assert len(handler.messages) == COUNT


def test_rate_limit() -> None:
    assert parse_rate("10/s") == 10
    assert parse_rate("120/min") == 2
    assert parse_rate("3600/h") == 1
    assert parse_rate("4") == 4
    for bad in ("fast", "0/s", "-1", "10/day"):
        with pytest.raises(ValueError):
            parse_rate(bad)


def test_messages_are_paced(outbox: Path) -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    handler = Recorder()
    with smtp_server(handler) as server:
        send_outbox(outbox, settings(server, rate=2.0), sleep=sleep, clock=lambda: now[0])
    assert slept == [0.5] * (COUNT - 1)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_login_with_the_password_from_the_environment(
    run, outbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[bytes, bytes]] = []

    def authenticator(
        server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        assert isinstance(data, LoginPassword)
        seen.append((data.login, data.password))
        return AuthResult(success=data.password == b"s3cret", handled=False)

    handler = Recorder()
    with smtp_server(
        handler, authenticator=authenticator, auth_require_tls=False, auth_required=True
    ) as server:
        monkeypatch.setenv("LEADOCS_SMTP_PASSWORD", "wrong")
        bad = run("send", outbox, "--smtp", f"127.0.0.1:{server.port}", "--user", "lea", "--yes")
        assert bad.exit_code == 1
        assert "login refused" in bad.stderr
        assert handler.messages == []
        monkeypatch.setenv("LEADOCS_SMTP_PASSWORD", "s3cret")
        good = run("send", outbox, "--smtp", f"127.0.0.1:{server.port}", "--user", "lea", "--yes")
        assert good.exit_code == 0, good.stderr
    assert seen[-1] == (b"lea", b"s3cret")
    assert len(handler.messages) == COUNT


def _test_certificate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A server TLS context with a fresh self-signed certificate the client trusts."""
    import ssl

    if shutil.which("openssl") is None:
        pytest.fail("openssl is needed to make a test certificate (apt-get install openssl)")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the client trusts our test certificate
    return context


def test_starttls(run, outbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    context = _test_certificate(tmp_path, monkeypatch)
    handler = Recorder()
    with smtp_server(handler, tls_context=context, require_starttls=True) as server:
        plain = run("send", outbox, "--smtp", f"127.0.0.1:{server.port}", "--yes")
        assert plain.exit_code == 3
        assert "STARTTLS" in plain.stderr
        assert handler.messages == []
        secure = run("send", outbox, "--smtp", f"127.0.0.1:{server.port}", "--yes", "--starttls")
        assert secure.exit_code == 0, secure.stderr
    assert len(handler.messages) == COUNT


def test_smtps(run, outbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    context = _test_certificate(tmp_path, monkeypatch)
    handler = Recorder()
    with smtp_server(handler, ssl_context=context) as server:
        address = f"127.0.0.1:{server.port}"
        both = run("send", outbox, "--smtp", address, "--yes", "--ssl", "--starttls")
        assert both.exit_code == 2 and "not both" in both.stderr
        trusted = os.environ["SSL_CERT_FILE"]
        monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "no-such-ca.pem"))
        untrusted = run("send", outbox, "--smtp", address, "--yes", "--ssl")
        assert untrusted.exit_code == 1
        assert "the server's certificate is not trusted (self-signed certificate)" in (
            untrusted.stderr
        )
        assert "Traceback" not in untrusted.stderr and handler.messages == []
        monkeypatch.setenv("SSL_CERT_FILE", trusted)
        secure = run("send", outbox, "--smtp", address, "--yes", "--ssl")
        assert secure.exit_code == 0, secure.stderr
    assert len(handler.messages) == COUNT
    assert all(b"Content-Disposition: attachment" in data for _, _, data in handler.messages)


def test_bad_send_options(run, tmp_path: Path, outbox: Path) -> None:
    assert run("send", outbox, "--smtp", "nohost", "--yes").exit_code == 2
    assert run("send", outbox, "--smtp", "h:25", "--rate", "fast", "--yes").exit_code == 2
    (tmp_path / "empty").mkdir()
    result = run("send", tmp_path / "empty", "--smtp", "127.0.0.1:25", "--yes")
    assert result.exit_code == 1
    assert "has no manifest.sqlite" in result.stderr


def _stop_on(monkeypatch: pytest.MonkeyPatch, method: str, call: int, *, after: bool) -> None:
    """Send this process SIGINT (as Ctrl-C would) at the ``call``-th ``smtplib.SMTP.method``."""
    original = getattr(smtplib.SMTP, method)
    calls = [0]

    def wrapped(self: smtplib.SMTP, *args: Any, **kwargs: Any) -> Any:
        sent = args[0] if isinstance(args[0], bytes) else b""
        is_data = method != "send" or sent == b".\r\n"  # the end of a message
        calls[0] += is_data
        if calls[0] == call and is_data and not after:
            os.kill(os.getpid(), signal.SIGINT)
        value = original(self, *args, **kwargs)
        if calls[0] == call and is_data and after:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(1)  # the handler runs here
        return value

    monkeypatch.setattr(smtplib.SMTP, method, wrapped)


def test_ctrl_c_after_a_message_was_handed_over_is_reported_unconfirmed(
    run, outbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handler = Recorder()
    with smtp_server(handler) as server:
        address = f"127.0.0.1:{server.port}"
        with monkeypatch.context() as patch:
            _stop_on(patch, "send", 3, after=True)  # the third message's final dot went out
            stopped = run("send", outbox, "--smtp", address, "--yes")
        assert stopped.exit_code == 130, stopped.stderr
        assert "stopping…" in stopped.stderr
        assert "Stopped: sent 2, refused 0, unconfirmed 1" in stopped.stderr
        assert "it may have been delivered" in stopped.stderr
        held = [key for key, state in send_states(outbox).items() if state == "sending"]
        assert len(held) == 1 and len(handler.messages) == 3
        again = run("send", outbox, "--smtp", address, "--yes")
        assert again.exit_code == 0, again.stderr
        assert f"not resent (delivery unconfirmed): {held[0]}" in again.stderr
        assert f"Sent {COUNT - 3}, refused 0, unconfirmed 1 in" in again.stderr
        assert "1 held back" in again.stderr
    assert len(handler.messages) == COUNT  # the held-back one was not sent twice


def test_ctrl_c_before_a_message_was_handed_over_sends_it_next_time(
    run, outbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handler = Recorder()
    with smtp_server(handler) as server:
        address = f"127.0.0.1:{server.port}"
        with monkeypatch.context() as patch:
            _stop_on(patch, "rcpt", 3, after=True)  # before the third message's DATA
            stopped = run("send", outbox, "--smtp", address, "--yes")
        assert stopped.exit_code == 130, stopped.stderr
        assert "Stopped: sent 2, refused 0, unconfirmed 0" in stopped.stderr
        assert "sending" not in send_states(outbox).values()
        again = run("send", outbox, "--smtp", address, "--yes")
        assert again.exit_code == 0, again.stderr
        assert f"Sent {COUNT - 2}, refused 0, unconfirmed 0 in" in again.stderr
    delivered = [rcpt[0] for _sender, rcpt, _data in handler.messages]
    assert len(delivered) == len(set(delivered)) == COUNT


def test_a_server_that_is_not_there_is_named(run, outbox: Path) -> None:
    port = free_port()
    result = run("send", outbox, "--smtp", f"127.0.0.1:{port}", "--yes")
    assert result.exit_code == 1
    assert (
        f"the server is not reachable at 127.0.0.1:{port} (connection refused); nothing was sent"
    ) in result.stderr
    assert "check the host and port given to --smtp" in result.stderr
    assert "Traceback" not in result.stderr
    assert set(send_states(outbox).values()) == {None}


def test_date_is_when_the_message_is_sent(outbox: Path) -> None:
    built_long_ago = "Date: Mon, 02 Feb 2026 09:00:00 +0000"
    for eml in outbox.glob("*.eml"):
        data = eml.read_bytes()
        start = data.index(b"\r\nDate: ") + 2
        end = data.index(b"\r\n", start)
        eml.write_bytes(data[:start] + built_long_ago.encode() + data[end:])
    first = sorted(outbox.glob("*.eml"))[0]  # saved by an editor that writes LF only
    first.write_bytes(first.read_bytes().replace(b"\r\n", b"\n"))
    handler = Recorder()
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with smtp_server(handler) as server:
        send_outbox(outbox, settings(server), sleep=no_sleep)
    after = dt.datetime.now(dt.UTC)
    for message in handler.parsed():
        assert len(message.get_all("Date")) == 1
        assert before <= message["Date"].datetime <= after
    assert all(built_long_ago.encode() in eml.read_bytes() for eml in outbox.glob("*.eml"))


def _international_outbox(tmp_path: Path) -> tuple[Path, str, str]:
    rows = rows_of()
    ascii_local, utf8_local = "kontakt@malmö.example.org", "åsa.öberg@malmö.example.org"
    rows[0]["contact.email"], rows[1]["contact.email"] = ascii_local, utf8_local
    recipients = write_csv(tmp_path / "list.csv", rows)
    out = tmp_path / "out"
    result = run_batch(
        BatchRequest(
            kind="loi",
            recipients=recipients,
            outdir=out,
            eml=True,
            sender=SENDER,
            today=dt.date(2026, 3, 1),
        )
    )
    assert result.written == COUNT and result.failed == 0
    return out, ascii_local, utf8_local


def test_international_addresses_in_the_batch_and_in_send(run, tmp_path: Path) -> None:
    out, ascii_local, utf8_local = _international_outbox(tmp_path)
    handler = Recorder()
    with smtp_server(handler, enable_SMTPUTF8=False) as server:
        plain = run("send", out, "--smtp", f"127.0.0.1:{server.port}", "--yes")
    assert plain.exit_code == 3
    wide = utf8_local.replace("malmö", "xn--malm-8qa")
    assert f"{wide} is not an ASCII address and the server does not accept" in plain.stderr
    assert "Traceback" not in plain.stderr
    rcpts = [rcpt for _sender, rcpt, _data in handler.messages]
    assert len(rcpts) == COUNT - 1 and ["kontakt@xn--malm-8qa.example.org"] in rcpts
    handler = Recorder()
    with smtp_server(handler) as server:  # aiosmtpd offers SMTPUTF8
        modern = run("send", out, "--smtp", f"127.0.0.1:{server.port}", "--yes")
        assert modern.exit_code == 0, modern.stderr
    [(_sender, rcpt, data)] = handler.messages
    assert rcpt == ["åsa.öberg@xn--malm-8qa.example.org"]
    assert "åsa.öberg@xn--malm-8qa.example.org".encode() in data


def test_batch_from_option(run, tmp_path: Path) -> None:
    sender = "LEA mailings <mailings@lea.example.eu>"
    result = run("batch", "loi", LIST, "-o", "out", "--eml", "--from", sender)
    assert result.exit_code == 0, result.stderr
    message = email.message_from_bytes(
        next((tmp_path / "out").glob("*.eml")).read_bytes(), policy=policy.default
    )
    assert message["From"] == sender
    handler = Recorder()
    with smtp_server(handler) as server:
        assert run("send", "out", "--smtp", f"127.0.0.1:{server.port}", "--yes").exit_code == 0
    assert {envelope_from for envelope_from, _rcpt, _data in handler.messages} == {
        "mailings@lea.example.eu"
    }
    bad = run("batch", "loi", LIST, "-o", "out2", "--eml", "--from", "LEA <not an address>")
    assert bad.exit_code == 2 and "--from: 'LEA <not an address>' is not a sender" in bad.stderr
    assert run("batch", "loi", LIST, "-o", "out3", "--from", sender).exit_code == 2


def test_message_ids_survive_a_rebuild_of_the_mailing(tmp_path: Path) -> None:
    recipients = write_csv(tmp_path / "list.csv", rows_of())
    out = tmp_path / "out"

    def message_ids(day: int) -> dict[str, str]:
        run_batch(
            BatchRequest(
                kind="loi",
                recipients=recipients,
                outdir=out,
                eml=True,
                sender=SENDER,
                today=dt.date(2026, 3, day),
            )
        )
        found = {}
        for eml in out.glob("*.eml"):
            message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
            found[eml.name] = str(message["Message-ID"])
        return found

    first = message_ids(1)
    assert message_ids(2) == first  # rebuilt (another date): the same ids
    other = tmp_path / "other"
    shutil.copy(recipients, tmp_path / "again.csv")
    run_batch(
        BatchRequest(kind="loi", recipients=recipients, outdir=other, eml=True, sender=SENDER)
    )
    another = next(other.glob("*.eml")).read_bytes()
    assert not any(mid.encode() in another for mid in first.values())
