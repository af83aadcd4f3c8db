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
"""

from __future__ import annotations

import hashlib
import re
import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import formatdate, getaddresses
from pathlib import Path

from leadocs.errors import OutputError
from leadocs.mailing.manifest import Manifest, OutboxItem

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

_ATTEMPTS = 3
_CRLF_RE = re.compile(rb"\r\n|\r|\n")
_DOT_RE = re.compile(rb"(?m)^\.")


@dataclass(frozen=True)
class SmtpSettings:
    """How to reach the SMTP server."""

    host: str
    port: int = 25
    starttls: bool = False
    """Upgrade the connection with STARTTLS (submission, port 587)."""
    tls: bool = False
    """Speak TLS from the start (SMTPS, port 465)."""
    user: str | None = None
    password: str | None = None
    timeout: float = 30.0
    rate: float | None = None
    """Most messages per second (None: as fast as the server takes them)."""


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
        connection = _Connection(settings, sleep)
        wait = _Pacer(settings.rate, sleep, clock)
        try:
            for done, item in enumerate(outbox.pending, start=1):
                wait()
                outcome = _send_one(manifest, connection, item, result)
                if progress is not None:
                    error = dict(result.failed + result.unconfirmed).get(item.key)
                    to = item.email_to or ""
                    progress(SendProgress(item.key, to, outcome, done, len(outbox.pending), error))
        except KeyboardInterrupt as exc:
            connection.abandon()  # no polite QUIT: it could wait for the server's timeout
            result.seconds = clock() - started
            raise SendInterrupted(result, exc) from None
        finally:
            connection.close()
    result.seconds = clock() - started
    return result


def _send_one(
    manifest: Manifest, connection: _Connection, item: OutboxItem, result: SendResult
) -> str:
    path = manifest.outdir / item.eml
    try:
        payload = path.read_bytes()
    except OSError as exc:
        error = f"cannot read {path}: {exc.strerror}"
        manifest.mark_unsent(item.key, error, failed=True)
        result.failed.append((item.key, error))
        return "failed"
    sender, recipients = _envelope(payload)
    if not sender or not recipients:
        error = f"{path} has no From or no To address"
        manifest.mark_unsent(item.key, error, failed=True)
        result.failed.append((item.key, error))
        return "failed"
    payload = _dated(payload, formatdate(localtime=True))  # the time it is sent
    manifest.mark_sending(item.key)
    try:
        delivered = connection.deliver(sender, recipients, payload)
    except _ServerGone as exc:
        manifest.mark_unsent(item.key, str(exc), failed=False)
        raise _gone_error(connection, exc, len(result.sent)) from None
    except KeyboardInterrupt:
        _record_stop(manifest, connection, item, result)
        raise
    if delivered.state == "sent":
        manifest.mark_sent(item.key, _message_id(payload), hashlib.sha256(payload).hexdigest())
        result.sent.append(item.key)
    elif delivered.state == "refused":
        manifest.mark_unsent(item.key, delivered.error, failed=True)
        result.failed.append((item.key, delivered.error or ""))
    else:
        manifest.mark_unconfirmed(item.key, delivered.error or "")
        result.unconfirmed.append((item.key, delivered.error or ""))
    return {"sent": "sent", "refused": "failed"}.get(delivered.state, "unconfirmed")


def _record_stop(
    manifest: Manifest, connection: _Connection, item: OutboxItem, result: SendResult
) -> None:
    """Record the message a stop signal caught with the server."""
    if connection.handed_over:
        error = "stopped while the server was taking it; it may have been delivered"
        manifest.mark_unconfirmed(item.key, error)
        result.unconfirmed.append((item.key, error))
    else:  # the server drops a message whose end it never got: send it next time
        manifest.mark_unsent(item.key, None, failed=False)


def _gone_error(connection: _Connection, exc: _ServerGone, sent: int) -> OutputError:
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
    """``payload`` with its ``Date`` header (if any) replaced by ``date``."""
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


class _ServerGone(Exception):
    """The server could not be reached (or kept dropping us) before the message was sent."""

    def __init__(self, message: str, hint: str = "run 'leadocs send' again to send the rest"):
        super().__init__(message)
        self.hint = hint


@dataclass(frozen=True)
class _Delivery:
    state: str
    """``sent``, ``refused`` (certainly not delivered) or ``unconfirmed``."""
    error: str | None = None


class _Connection:
    """One SMTP session, opened on demand and re-opened after a drop."""

    def __init__(self, settings: SmtpSettings, sleep: Callable[[float], None]) -> None:
        self.settings = settings
        self.sleep = sleep
        self.name = f"{settings.host}:{settings.port}"
        self.handed_over = False
        """Whether the current message's final dot was sent (it may be delivered now)."""
        self._smtp: smtplib.SMTP | None = None

    def deliver(self, sender: str, recipients: list[str], payload: bytes) -> _Delivery:
        """Hand one message to the server, reconnecting while it is safe to retry."""
        self.handed_over = False
        last: Exception | None = None
        unreachable = False
        for attempt in range(_ATTEMPTS):
            if attempt:
                self.sleep(min(2.0**attempt, 10.0) * 0.5)
            try:
                smtp = self._session()
            except (OSError, smtplib.SMTPException) as exc:
                last, unreachable = exc, isinstance(exc, OSError)
                self._drop()
                continue
            unsupported = _unsupported_address(smtp, [sender, *recipients])
            if unsupported:
                return _Delivery("refused", unsupported)
            try:
                _transaction(smtp, sender, recipients, payload, self)
            except smtplib.SMTPResponseException as exc:
                self._reset()
                return _Delivery("refused", f"the server refused it: {_reply(exc)}")
            except smtplib.SMTPRecipientsRefused as exc:
                self._reset()
                refused = "; ".join(f"{a}: {_reply(e)}" for a, e in _refusals(exc))
                return _Delivery("refused", f"the server refused {refused}")
            except (OSError, smtplib.SMTPException) as exc:
                self._drop()
                if self.handed_over:
                    return _Delivery(
                        "unconfirmed",
                        f"the connection dropped after the message was handed over ({exc}); "
                        "it may have been delivered",
                    )
                last, unreachable = exc, False
                continue
            return _Delivery("sent")
        if unreachable and isinstance(last, OSError):
            raise _ServerGone(
                f"the server is not reachable at {self.name} ({_why(last, self.settings)})",
                hint="check the host and port given to --smtp and that the server is running, "
                "then run 'leadocs send' again",
            )
        raise _ServerGone(str(last) or type(last).__name__)

    def _session(self) -> smtplib.SMTP:
        """The open session; errors that trying again cannot mend raise _ServerGone."""
        try:
            return self._open()
        except smtplib.SMTPAuthenticationError as exc:
            raise _ServerGone(f"login refused: {_reply(exc)}") from None
        except ssl.SSLCertVerificationError as exc:
            raise _ServerGone(
                f"the server's certificate is not trusted ({exc.verify_message})",
                hint="check the host name; a server with a certificate of its own "
                "needs it in the system's trusted certificates (or SSL_CERT_FILE)",
            ) from None

    def abandon(self) -> None:
        """Drop the connection without a word (when stopping)."""
        self._drop()

    def close(self) -> None:
        """End the session politely if it is still up."""
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()
            self._smtp = None

    def _open(self) -> smtplib.SMTP:
        if self._smtp is not None:
            return self._smtp
        settings = self.settings
        smtp = (
            smtplib.SMTP_SSL(
                settings.host,
                settings.port,
                timeout=settings.timeout,
                context=ssl.create_default_context(),
            )
            if settings.tls
            else smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        )
        try:
            smtp.ehlo_or_helo_if_needed()
            if settings.starttls:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if settings.user:
                smtp.login(settings.user, settings.password or "")
        except BaseException:
            smtp.close()
            raise
        self._smtp = smtp
        return smtp

    def _reset(self) -> None:
        if self._smtp is None:
            return
        try:
            self._smtp.rset()
        except (OSError, smtplib.SMTPException):
            self._drop()

    def _drop(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None


def _unsupported_address(smtp: smtplib.SMTP, addresses: list[str]) -> str | None:
    """Why the server cannot take a non-ASCII address (None when it can, or all are ASCII)."""
    wide = [address for address in addresses if not address.isascii()]
    if not wide or smtp.has_extn("smtputf8"):
        return None
    return (
        f"{wide[0]} is not an ASCII address and the server does not accept such "
        "addresses (it does not offer SMTPUTF8); write to another address of the recipient"
    )


def _mail_options(smtp: smtplib.SMTP, sender: str, recipients: list[str]) -> list[str]:
    if all(address.isascii() for address in [sender, *recipients]):
        return []
    # RFC 6531: the addresses, and so the message's headers, are UTF-8.
    return ["SMTPUTF8", "BODY=8BITMIME"] if smtp.has_extn("8bitmime") else ["SMTPUTF8"]


def _why(exc: OSError, settings: SmtpSettings) -> str:
    """A connection error in a few words."""
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return "no such host"
    if isinstance(exc, TimeoutError):
        return f"no answer within {settings.timeout:g} s"
    return exc.strerror or str(exc)


def _transaction(
    smtp: smtplib.SMTP, sender: str, recipients: list[str], payload: bytes, state: _Connection
) -> None:
    """MAIL, RCPT, DATA, written out so that we know whether the final dot was sent."""
    code, reply = smtp.mail(sender, _mail_options(smtp, sender, recipients))
    if code != 250:
        raise smtplib.SMTPSenderRefused(code, reply, sender)
    refused = {}
    for recipient in recipients:
        code, reply = smtp.rcpt(recipient)
        if code not in (250, 251):
            refused[recipient] = (code, reply)
    if refused:
        raise smtplib.SMTPRecipientsRefused(refused)
    code, reply = smtp.docmd("DATA")
    if code != 354:
        raise smtplib.SMTPDataError(code, reply)
    data = _DOT_RE.sub(b"..", _CRLF_RE.sub(b"\r\n", payload))
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    smtp.send(data)
    # From the first byte of the final dot on, the server may have the whole message.
    state.handed_over = True
    smtp.send(b".\r\n")
    code, reply = smtp.getreply()
    if code != 250:
        raise smtplib.SMTPDataError(code, reply)


def _refusals(
    exc: smtplib.SMTPRecipientsRefused,
) -> list[tuple[str, smtplib.SMTPResponseException]]:
    return [
        (address, smtplib.SMTPResponseException(code, reply))
        for address, (code, reply) in exc.recipients.items()
    ]


def _reply(exc: smtplib.SMTPResponseException) -> str:
    error = exc.smtp_error
    text = error.decode("utf-8", "replace") if isinstance(error, bytes) else str(error)
    return f"{exc.smtp_code} {text}".strip()


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
