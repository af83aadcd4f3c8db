"""Reminder e-mails for the recipients of a mailing who have not answered.

A reminder is written from the message the recipient was sent: the same
sender and recipient, the same attachments (the document to sign), a subject
and body of its own in the message's language (its ``Content-Language``, else
the network's), and ``In-Reply-To``/``References`` pointing at the first
message so that mail programs show them together. Its ``Message-ID`` is stable
for the mailing, the recipient and the reminder's number. It goes to
``reminders/`` in the output folder and into the manifest's outbox, so that
``leadocs send`` sends it exactly once, like the first message.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from email.utils import formatdate, parseaddr
from pathlib import Path
from typing import cast

from leadocs.documents.context import network_data
from leadocs.errors import OutputError
from leadocs.formats.model import Network
from leadocs.i18n import catalogue
from leadocs.i18n.languages import choose_language
from leadocs.mailing import mime
from leadocs.mailing.manifest import Manifest, OutboxItem
from leadocs.outputs import write_atomic
from leadocs.render.environment import locale_of

__all__ = ["REMINDER_FOLDER", "WrittenReminder", "write_reminders"]

REMINDER_FOLDER = "reminders"


@dataclass(frozen=True)
class WrittenReminder:
    """A reminder written to the outbox."""

    key: str
    number: int
    path: Path
    to: str
    lang: str


def write_reminders(outdir: Path, network: Network, keys: Iterable[str]) -> list[WrittenReminder]:
    """Write a reminder for each of ``keys`` whose message was sent and who has none waiting.

    Args:
        outdir: the mailing's output folder (``leadocs batch … --eml``).
        network: the network the mailing is from (its contact receives the answers).
        keys: the recipients to remind (those who have not answered).

    Returns:
        The reminders written, in list order. A recipient whose first message
        was not sent, or who has a reminder not sent yet, gets none.

    Raises:
        OutputError: no manifest, another batch or send works in the folder,
            or a message cannot be read or a reminder written.
    """
    wanted = set(keys)
    written = []
    with Manifest.open(outdir, create=False, lock=True) as manifest:
        mailing = manifest.value("mailing") or ""
        sent_at = manifest.sent_dates()
        items = manifest.outbox()
        for item in items:
            if item.reminder or item.key not in wanted or item.send_status != "sent":
                continue
            earlier = [i for i in items if i.key == item.key and i.reminder]
            if earlier and earlier[-1].send_status != "sent":
                continue  # one reminder at a time: the last one is still in the outbox
            number = len(earlier) + 1
            raw, first = _read(outdir / item.eml)
            headers = [line for line in mime.header_lines(raw) if _field(line) in ("from", "to")]
            reminder = _reminder(
                first, headers, network, item, number, mailing, sent_at.get(item.key)
            )
            relative = f"{REMINDER_FOLDER}/{Path(item.eml).stem}-reminder-{number}.eml"
            target = outdir / relative
            target.parent.mkdir(exist_ok=True)
            # The number is not recorded yet: a file of that name is a killed run's, ours.
            write_atomic(target, reminder.data, force=True)
            manifest.add_reminder(item.key, number, relative, reminder.message_id)
            written.append(
                WrittenReminder(item.key, number, target, item.email_to or "", reminder.lang)
            )
    return written


def _field(header_line: str) -> str:
    return header_line.split(":", 1)[0].strip().lower()


@dataclass(frozen=True)
class _Built:
    data: bytes
    message_id: str
    lang: str


def _read(path: Path) -> tuple[bytes, EmailMessage]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise OutputError(f"cannot read {path}: {exc.strerror}") from None
    message = BytesParser(policy=default_policy).parsebytes(data)
    assert isinstance(message, EmailMessage)
    return data, message


def _reminder(
    first: EmailMessage,
    addresses: list[str],
    network: Network,
    item: OutboxItem,
    number: int,
    mailing: str,
    sent_at: str | None,
) -> _Built:
    lang = choose_language(None, str(first.get("Content-Language", "")).strip(), network.language)
    attachments = [
        mime.Attachment(
            cast(bytes, part.get_payload(decode=True) or b""),
            part.get_content_type(),
            part.get_filename() or "document",
        )
        for part in first.iter_attachments()
    ]
    texts = _texts(first, network, lang, [a.filename for a in attachments], sent_at)
    first_id = str(first.get("Message-ID", "")).strip()
    domain = first_id.rpartition("@")[2].rstrip(">") or "localhost"
    stable = hashlib.sha256(f"{mailing}\0{item.key}\0reminder-{number}".encode()).hexdigest()
    message_id = f"<{stable[:32]}.leadocs@{domain}>"
    headers = [
        *addresses,  # From and To as the first message wrote them (encoded words and all)
        mime.unstructured("Subject", texts["subject"]),
        f"Date: {formatdate(localtime=True)}",
        f"Message-ID: {message_id}",
    ]
    if first_id:
        headers += [f"In-Reply-To: {first_id}", f"References: {first_id}"]
    headers.append(f"Content-Language: {lang}")
    body = texts["body"].replace("\r\n", "\n").strip("\n") + "\n"
    data = mime.message(headers, f"leadocs-{stable[32:56]}", body, attachments)
    return _Built(data, message_id, lang)


def _texts(
    first: EmailMessage,
    network: Network,
    lang: str,
    files: list[str],
    sent_at: str | None,
) -> Mapping[str, str]:
    contact = network_data(network, lang)["contact"]
    to_name, to_address = parseaddr(str(first.get("To", "")))
    sender_name, sender_address = parseaddr(str(first.get("From", "")))
    texts = catalogue(lang)
    # A reminder knows its recipient only from the first message's To: the greeting
    # is the language's neutral formal one, as no form of address is known here.
    values = {
        "contact": to_name or to_address,
        "salutation": "none",
        "contact_family_name": to_name or to_address,
        "subject": " ".join(str(first.get("Subject", "")).split()),
        "document": ", ".join(files) or "–",
        "sent": _long_date(sent_at, lang),
        "return_contact": contact["name"] or contact["organisation"],
        "return_email": str(contact["email"] or texts.text("common", "to_complete")),
        "sender": sender_name or sender_address,
    }
    return texts.section("reminder", values)


def _long_date(sent_at: str | None, lang: str) -> str:
    from babel.dates import format_date

    day = dt.datetime.fromisoformat(sent_at).date() if sent_at else dt.date.today()
    return str(format_date(day, format="long", locale=locale_of(lang)))
