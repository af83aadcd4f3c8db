"""The confirmation message of a submission: an ``.eml`` in the outbox, sent when SMTP is set.

The message is built by the mailing's own :class:`~leadocs.mailing.messages.EmailBuilder`
(the same subject and body texts, in the submitter's language, the document
attached) and written atomically to the outbox folder, where ``leadocs send``
or any mail program can pick it up. With SMTP settings it is also handed to the
server at once.
"""

from __future__ import annotations

import hashlib
import smtplib
import ssl
from dataclasses import dataclass
from pathlib import Path

from leadocs.documents.build import RenderedDocument
from leadocs.formats.model import Network, Organisation
from leadocs.mailing.messages import EmailBuilder
from leadocs.mailing.send import SmtpSettings
from leadocs.outputs import safe_name, write_atomic
from leadocs.web.schema import Submission

__all__ = ["Confirmation", "deliver", "write_confirmation"]


@dataclass(frozen=True)
class Confirmation:
    """A confirmation written to the outbox."""

    path: Path
    to: str
    data: bytes


def write_confirmation(
    outbox: Path, submission: Submission, network: Network, document: RenderedDocument
) -> Confirmation:
    """Write the confirmation of ``submission`` with ``document`` attached to ``outbox``."""
    organisation = Organisation.model_validate(submission.data)
    kind = "loi" if submission.kind == "member" else "assistance"
    builder = EmailBuilder(kind, network, fallback_lang="en")
    digest = hashlib.sha256(repr(sorted(submission.data.items())).encode()).hexdigest()
    message = builder.build(
        organisation,
        lang=submission.lang,
        key=f"web-{submission.id}",
        input_hash=digest,
        attachment=document.data,
        filename=f"{document.stem}.docx",
        today=submission.created_at.date(),
    )
    outbox.mkdir(parents=True, exist_ok=True)
    target = outbox / f"{submission.id:06d}-{safe_name(organisation.file_stem)}.eml"
    write_atomic(target, message.data, force=True)
    return Confirmation(target, message.to, message.data)


def deliver(settings: SmtpSettings, sender: str, confirmation: Confirmation) -> None:
    """Hand one message to the SMTP server (raises ``smtplib.SMTPException``/``OSError``)."""
    context = ssl.create_default_context()
    client: smtplib.SMTP
    if settings.tls:
        client = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=context
        )
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    with client:
        if settings.starttls:
            client.starttls(context=context)
        if settings.user:
            client.login(settings.user, settings.password or "")
        client.sendmail(sender, [confirmation.to], confirmation.data)
