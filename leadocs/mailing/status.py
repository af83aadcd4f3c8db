"""The state of a mailing, per recipient: generated, sent, reminded, returned, signed.

Read from the output folder's manifest (a copy: looking writes nothing there),
the ``.eml`` files' headers (the recipient's name) and, when given, the folder
``leadocs collect`` wrote the answers to (:mod:`leadocs.mailing.returned`).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import parseaddr
from pathlib import Path

from leadocs.errors import DataProblem, OutputError
from leadocs.mailing.manifest import MANIFEST_NAME, Manifest, snapshot
from leadocs.mailing.returned import Returned, read_returned

__all__ = ["MailingStatus", "RecipientStatus", "mailing_status"]

_SENT = {"sending": "unconfirmed", "failed": "refused"}
"""The manifest's sending states as the user reads them."""
_HEAD_BYTES = 16_384
"""Enough of an .eml to hold its headers."""


@dataclass(frozen=True)
class RecipientStatus:
    """Where one recipient of the mailing stands."""

    key: str
    row: int
    name: str
    """The recipient's name as the e-mail addresses it (empty without e-mail)."""
    email: str
    generated: tuple[str, ...]
    """The files written for the recipient: ``document``, ``pdf``, ``eml``."""
    error: str | None
    """Why rendering failed, if it did."""
    sent: str | None
    """``sent``, ``unconfirmed``, ``refused`` or None (not sent)."""
    sent_at: str | None
    reminders: int
    reminders_sent: int
    returned: Returned | None

    @property
    def answered(self) -> bool:
        """Whether the recipient's answer came back."""
        return self.returned is not None

    @property
    def signed(self) -> str | None:
        """The returned document's signature: valid, present, broken, no; None if not known."""
        return None if self.returned is None else self.returned.signed


@dataclass(frozen=True)
class MailingStatus:
    """Every recipient of one output folder, in list order."""

    outdir: Path
    recipients: tuple[RecipientStatus, ...]
    problems: tuple[DataProblem, ...] = ()
    """Files of the collect folder that could not be read."""

    @property
    def totals(self) -> dict[str, int]:
        """Recipients, generated, sent, reminded, returned, signed and not answered."""
        rows = self.recipients
        return {
            "recipients": len(rows),
            "generated": sum(1 for r in rows if r.generated),
            "sent": sum(1 for r in rows if r.sent == "sent"),
            "reminded": sum(1 for r in rows if r.reminders_sent),
            "returned": sum(1 for r in rows if r.answered),
            "signed": sum(1 for r in rows if r.signed in ("valid", "present")),
            "not_answered": len(self.not_answered),
        }

    @property
    def not_answered(self) -> tuple[RecipientStatus, ...]:
        """Recipients whose document was made and who have not answered."""
        return tuple(r for r in self.recipients if r.generated and not r.answered)


def mailing_status(outdir: Path, returned: Path | None = None) -> MailingStatus:
    """The status of the mailing in ``outdir``.

    Args:
        outdir: the output folder of ``leadocs batch``.
        returned: the folder ``leadocs collect`` wrote the answers to, if any.

    Raises:
        OutputError: ``outdir`` is not a folder or holds no mailing.
        UsageError: ``returned`` is not a folder.
    """
    if not outdir.is_dir():
        raise OutputError(f"{outdir}: not a folder", hint="give the output folder of a batch")
    with snapshot(outdir) as manifest:
        if manifest is None:
            raise OutputError(
                f"{outdir}: not a mailing folder (it has no {MANIFEST_NAME})",
                hint="give the -o folder of a 'leadocs batch' run",
            )
        recipients = _recipients(manifest)
        mailing = manifest.value("mailing") or ""
    if returned is None:
        return MailingStatus(outdir, recipients)
    answers, problems = read_returned(returned, {r.key for r in recipients}, mailing)
    recipients = tuple(dataclasses.replace(r, returned=answers.get(r.key)) for r in recipients)
    return MailingStatus(outdir, recipients, tuple(problems))


def _recipients(manifest: Manifest) -> tuple[RecipientStatus, ...]:
    """Every recipient as the manifest and the output folder show it, in list order."""
    reminders = manifest.reminders()
    written = Counter(r.key for r in reminders)
    reminded = Counter(r.key for r in reminders if r.send_status == "sent")
    sent_at = manifest.sent_dates()
    found = []
    for key, row, status, error, send_status, email in manifest.recipients():
        record = manifest.record(key)
        outputs = record.outputs if record is not None and status == "done" else ()
        eml = next((o.path for o in outputs if o.role == "eml"), None)
        found.append(
            RecipientStatus(
                key=key,
                row=row,
                name=_addressee(manifest.outdir / eml) if eml else "",
                email=email or "",
                generated=tuple(o.role for o in outputs if manifest.file_matches(o)),
                error=error if status == "failed" else None,
                sent=_SENT.get(send_status or "", send_status),
                sent_at=sent_at.get(key),
                reminders=written[key],
                reminders_sent=reminded[key],
                returned=None,
            )
        )
    return tuple(found)


def _addressee(path: Path) -> str:
    """The display name of an .eml's To header (empty if none or unreadable)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError:
        return ""
    headers = BytesHeaderParser(policy=default_policy).parsebytes(head)
    return parseaddr(str(headers.get("To", "")))[0]
