"""One SMTP session of ``leadocs send``: connect, reconnect, and hand over one message.

:class:`Connection` tells the three ends of a message apart, which is what
sending each message exactly once rests on (:mod:`leadocs.mailing.send`):
sent (the server said so), refused (certainly not delivered: tried again
next run) and unconfirmed (the connection dropped after the final dot was
handed over: it may have been delivered). Addresses that are not ASCII go
out with SMTPUTF8 where the server offers it; elsewhere they are refused,
recipient by recipient.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Connection", "Delivery", "ServerGone", "SmtpSettings"]

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


class ServerGone(Exception):
    """The server could not be reached (or kept dropping us) before the message was sent."""

    def __init__(self, message: str, hint: str = "run 'leadocs send' again to send the rest"):
        super().__init__(message)
        self.hint = hint


@dataclass(frozen=True)
class Delivery:
    """What became of one message handed to :meth:`Connection.deliver`."""

    state: str
    """``sent``, ``refused`` (certainly not delivered) or ``unconfirmed``."""
    error: str | None = None


class Connection:
    """One SMTP session, opened on demand and re-opened after a drop."""

    def __init__(self, settings: SmtpSettings, sleep: Callable[[float], None]) -> None:
        self.settings = settings
        self.sleep = sleep
        self.name = f"{settings.host}:{settings.port}"
        self.handed_over = False
        """Whether the current message's final dot was sent (it may be delivered now)."""
        self._smtp: smtplib.SMTP | None = None

    def deliver(self, sender: str, recipients: list[str], payload: bytes) -> Delivery:
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
                return Delivery("refused", unsupported)
            try:
                _transaction(smtp, sender, recipients, payload, self)
            except smtplib.SMTPResponseException as exc:
                self._reset()
                return Delivery("refused", f"the server refused it: {_reply(exc)}")
            except smtplib.SMTPRecipientsRefused as exc:
                self._reset()
                refused = "; ".join(f"{a}: {_reply(e)}" for a, e in _refusals(exc))
                return Delivery("refused", f"the server refused {refused}")
            except (OSError, smtplib.SMTPException) as exc:
                self._drop()
                if self.handed_over:
                    return Delivery(
                        "unconfirmed",
                        f"the connection dropped after the message was handed over ({exc}); "
                        "it may have been delivered",
                    )
                last, unreachable = exc, False
                continue
            return Delivery("sent")
        if unreachable and isinstance(last, OSError):
            raise ServerGone(
                f"the server is not reachable at {self.name} ({_why(last, self.settings)})",
                hint="check the host and port given to --smtp and that the server is running, "
                "then run 'leadocs send' again",
            )
        raise ServerGone(str(last) or type(last).__name__)

    def _session(self) -> smtplib.SMTP:
        """The open session; errors that trying again cannot mend raise ServerGone."""
        try:
            return self._open()
        except smtplib.SMTPAuthenticationError as exc:
            raise ServerGone(f"login refused: {_reply(exc)}") from None
        except ssl.SSLCertVerificationError as exc:
            raise ServerGone(
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
    smtp: smtplib.SMTP, sender: str, recipients: list[str], payload: bytes, state: Connection
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
