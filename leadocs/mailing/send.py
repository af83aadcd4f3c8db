"""Sending the outbox of a batch through SMTP, each message exactly once.

The manifest holds every message's sending state. Before a message is handed
to the server it is marked ``sending`` (committed with a full sync), and
``sent`` once the server has accepted it. If the process dies in between, the
message stays ``sending``: the next run reports it and leaves it alone unless
``resend_unconfirmed`` is given, because it may have been delivered.

A dropped connection is told apart by how far the message got:

* before the end-of-data dot was handed over, the server discards the partial
  message; we reconnect and send it again;
* after the dot, the server may have accepted it without our hearing the
  reply; the message stays ``sending`` (unconfirmed) and is not resent.

A stop (Ctrl-C, a signal) is told apart the same way, and raises
:class:`SendInterrupted` with what the run did. Each message gets its ``Date``
as it is handed over. The SMTP session itself is :mod:`leadocs.mailing.smtp`.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import formatdate, getaddresses
from pathlib import Path

from leadocs.errors import OutputError
from leadocs.mailing.manifest import Manifest, OutboxItem
from leadocs.mailing.smtp import Connection, ServerGone, SmtpSettings

__all__ = [
    "Outbox",
    "SendInterrupted",
    "SendProgress",
    "SendResult",
    "SmtpSettings",
    "parse_rate",
    "read_outbox",
    "send_outbox",
]

_LINE_END = re.compile(rb"\r\n|\r|\n")


@dataclass(frozen=True)
class Outbox:
    """The sending state of an output folder."""

    pending: list[OutboxItem]
    """Messages this run would send, in list order."""
    sent: int
    unconfirmed: list[OutboxItem]
    """Messages left in ``sending`` by an earlier run (maybe delivered)."""


@dataclass
class SendResult:
    """What one ``send`` run did."""

    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    """``(key, error)`` of messages the server refused (not delivered; retried next run)."""
    unconfirmed: list[tuple[str, str]] = field(default_factory=list)
    """``(key, error)`` of messages that may or may not have been delivered."""
    seconds: float = 0.0


class SendInterrupted(KeyboardInterrupt):
    """Sending was stopped (Ctrl-C, a signal); ``result`` is what this run did until then.

    The message that was with the server when the stop came is in
    ``result.unconfirmed`` if it had been handed over (it may have been
    delivered, and is not resent without ``--resend-unconfirmed``); otherwise it
    is left to be sent by the next run.
    """

    def __init__(self, result: SendResult, cause: KeyboardInterrupt) -> None:
        super().__init__(*cause.args)
        self.result = result
        self.cause = cause


@dataclass(frozen=True)
class SendProgress:
    """One message handled: its key, recipient, outcome and counts so far."""

    key: str
    to: str
    outcome: str
    """``sent``, ``failed`` or ``unconfirmed``."""
    done: int
    total: int
    error: str | None = None


def parse_rate(text: str) -> float:
    """``10/s``, ``120/min``, ``600/h`` or ``5`` (per second) → messages per second.

    Raises:
        ValueError: the text is not a rate.
    """
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:/\s*(s|sec|m|min|h|hour))?\s*", text)
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"'{text}' is not a rate such as 10/s, 120/min or 600/h")
    per = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hour": 3600}[match.group(2) or "s"]
    return float(match.group(1)) / per


def read_outbox(outdir: Path, *, resend_unconfirmed: bool = False) -> Outbox:
    """The messages of ``outdir`` and their states, without sending anything.

    Raises:
        OutputError: ``outdir`` has no manifest.
    """
    with Manifest.open(outdir, create=False) as manifest:
        return _outbox(manifest.outbox(), resend_unconfirmed)


def _outbox(items: list[OutboxItem], resend_unconfirmed: bool) -> Outbox:
    pending = [
        i
        for i in items
        if i.send_status in (None, "failed") or (i.send_status == "sending" and resend_unconfirmed)
    ]
    unconfirmed = [i for i in items if i.send_status == "sending" and not resend_unconfirmed]
    sent = sum(1 for i in items if i.send_status == "sent")
    return Outbox(pending, sent, unconfirmed)


def send_outbox(
    outdir: Path,
    settings: SmtpSettings,
    *,
    resend_unconfirmed: bool = False,
    progress: Callable[[SendProgress], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> SendResult:
    """Send every message of ``outdir`` that was not sent yet.

    Args:
        outdir: the output folder of a batch run with ``--eml``.
        settings: the server, credentials and rate.
        resend_unconfirmed: also send messages an earlier run left unconfirmed.
        progress: called after each message.
        sleep: waits between messages (for the rate; tests pass a fake).
        clock: a monotonic clock (for the rate).

    Returns:
        The keys sent, refused and unconfirmed in this run.

    Raises:
        OutputError: no manifest, the folder is busy, or the server cannot be
            reached (what was sent so far is recorded; run again for the rest).
    """
    started = clock()
    result = SendResult()
    with Manifest.open(outdir, create=False, lock=True) as manifest:
        outbox = _outbox(manifest.outbox(), resend_unconfirmed)
        connection = Connection(settings, sleep)
        wait = _Pacer(settings.rate, sleep, clock)
        try:
            for done, item in enumerate(outbox.pending, start=1):
                wait()
                outcome = _send_one(manifest, connection, item, result)
                if progress is not None:
                    error = dict(result.failed + result.unconfirmed).get(item.label)
                    to = item.email_to or ""
                    total = len(outbox.pending)
                    progress(SendProgress(item.label, to, outcome, done, total, error))
        except KeyboardInterrupt as exc:
            connection.abandon()  # no polite QUIT: it could wait for the server's timeout
            result.seconds = clock() - started
            raise SendInterrupted(result, exc) from None
        finally:
            connection.close()
    result.seconds = clock() - started
    return result


def _send_one(
    manifest: Manifest, connection: Connection, item: OutboxItem, result: SendResult
) -> str:
    path = manifest.outdir / item.eml
    try:
        payload = path.read_bytes()
    except OSError as exc:
        error = f"cannot read {path}: {exc.strerror}"
        manifest.mark_unsent(item.key, error, failed=True, reminder=item.reminder)
        result.failed.append((item.label, error))
        return "failed"
    sender, recipients = _envelope(payload)
    if not sender or not recipients:
        error = f"{path} has no From or no To address"
        manifest.mark_unsent(item.key, error, failed=True, reminder=item.reminder)
        result.failed.append((item.label, error))
        return "failed"
    payload = _dated(payload, formatdate(localtime=True))  # the time it is sent
    manifest.mark_sending(item.key, item.reminder)
    try:
        delivered = connection.deliver(sender, recipients, payload)
    except ServerGone as exc:
        manifest.mark_unsent(item.key, str(exc), failed=False, reminder=item.reminder)
        raise _gone_error(connection, exc, len(result.sent)) from None
    except KeyboardInterrupt:
        _record_stop(manifest, connection, item, result)
        raise
    if delivered.state == "sent":
        digest = hashlib.sha256(payload).hexdigest()
        manifest.mark_sent(item.key, _message_id(payload), digest, item.reminder)
        result.sent.append(item.label)
    elif delivered.state == "refused":
        manifest.mark_unsent(item.key, delivered.error, failed=True, reminder=item.reminder)
        result.failed.append((item.label, delivered.error or ""))
    else:
        manifest.mark_unconfirmed(item.key, delivered.error or "", item.reminder)
        result.unconfirmed.append((item.label, delivered.error or ""))
    return {"sent": "sent", "refused": "failed"}.get(delivered.state, "unconfirmed")


def _record_stop(
    manifest: Manifest, connection: Connection, item: OutboxItem, result: SendResult
) -> None:
    """Record the message a stop signal caught with the server."""
    if connection.handed_over:
        error = "stopped while the server was taking it; it may have been delivered"
        manifest.mark_unconfirmed(item.key, error, item.reminder)
        result.unconfirmed.append((item.label, error))
    else:  # the server drops a message whose end it never got: send it next time
        manifest.mark_unsent(item.key, None, failed=False, reminder=item.reminder)


def _gone_error(connection: Connection, exc: ServerGone, sent: int) -> OutputError:
    if sent:
        return OutputError(
            f"cannot send through {connection.name}: {exc}; {sent:,} message(s) sent "
            "in this run and recorded",
            hint=exc.hint,
        )
    return OutputError(
        f"cannot send through {connection.name}: {exc}; nothing was sent", hint=exc.hint
    )


def _dated(payload: bytes, date: str) -> bytes:
    """``payload`` with its ``Date`` header (if any) replaced by ``date``; CRLF line ends."""
    payload = _LINE_END.sub(b"\r\n", payload)  # an .eml saved by an editor may have LF
    end = payload.find(b"\r\n\r\n")
    head, body = (payload, b"") if end < 0 else (payload[:end], payload[end:])
    lines: list[bytes] = []
    skipping = False
    for line in head.split(b"\r\n"):
        if skipping and line[:1] in (b" ", b"\t"):  # a folded part of the old Date
            continue
        skipping = line.lower().startswith(b"date:")
        if not skipping:
            lines.append(line)
    lines.append(f"Date: {date}".encode("ascii"))
    return b"\r\n".join(lines) + body


def _envelope(payload: bytes) -> tuple[str, list[str]]:
    headers = BytesHeaderParser(policy=default_policy).parsebytes(payload)
    senders = [addr for _name, addr in getaddresses([str(headers.get("From", ""))]) if addr]
    fields = [str(headers.get(name, "")) for name in ("To", "Cc", "Bcc")]
    recipients = [addr for _name, addr in getaddresses(fields) if addr]
    return (senders[0] if senders else ""), recipients


def _message_id(payload: bytes) -> str | None:
    value = BytesHeaderParser(policy=default_policy).parsebytes(payload).get("Message-ID")
    return None if value is None else str(value)


class _Pacer:
    """Waits so that messages start at most ``rate`` per second."""

    def __init__(
        self, rate: float | None, sleep: Callable[[float], None], clock: Callable[[], float]
    ) -> None:
        self.interval = 1.0 / rate if rate else 0.0
        self.sleep = sleep
        self.clock = clock
        self.next: float | None = None

    def __call__(self) -> None:
        if not self.interval:
            return
        now = self.clock()
        if self.next is not None and now < self.next:
            self.sleep(self.next - now)
            now = self.next
        self.next = now + self.interval
