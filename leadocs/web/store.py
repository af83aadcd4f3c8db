"""Reading and changing the web desk's records; every change is one committed transaction.

Edits and reviews name the ``version`` the coordinator saw. When the row has
moved on since (another coordinator saved first), :class:`EditConflict` is
raised and nothing is written: nobody's change is lost without a word.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm.exc import StaleDataError

from leadocs.errors import LeadocsError, UsageError
from leadocs.formats.model import Organisation
from leadocs.web.database import Database
from leadocs.web.schema import ContactPoint, Status, Submission, User, utcnow

__all__ = [
    "ContactInput",
    "EditConflict",
    "accepted_members",
    "add_contact_point",
    "add_submission",
    "add_user",
    "check_password",
    "contact_points",
    "delete_contact_point",
    "get_submission",
    "list_submissions",
    "members_as_organisations",
    "record_email",
    "review_submission",
    "submission_by_token",
]

_HASHER = PasswordHasher()


class EditConflict(LeadocsError):
    """The record was changed by someone else since it was shown."""

    def __init__(self, what: str, seen: int, current: int) -> None:
        self.seen, self.current = seen, current
        super().__init__(
            f"{what} was changed by someone else (version {current}, you edited version {seen})",
            hint="reload the page, check their change and make yours again",
        )


def add_submission(db: Database, kind: str, organisation: Organisation, lang: str) -> Submission:
    """Store a new submission and commit it; return it (with its id and token)."""
    now = utcnow()
    row = Submission(
        kind=kind,
        status=Status.PENDING,
        token=secrets.token_urlsafe(24),
        lang=lang,
        name=organisation.name,
        country=organisation.country,
        data=organisation_data(organisation),
        created_at=now,
        updated_at=now,
    )
    with db.session() as session, session.begin():
        session.add(row)
    return row


def organisation_data(organisation: Organisation) -> dict[str, Any]:
    """The organisation as an organisation file writes it: no defaults, no nulls."""
    return organisation.model_dump(mode="json", exclude_defaults=True, exclude_none=True)


def get_submission(db: Database, submission_id: int) -> Submission | None:
    """The submission with this id, if any."""
    with db.session() as session:
        return session.get(Submission, submission_id)


def submission_by_token(db: Database, token: str) -> Submission | None:
    """The submission whose document links carry ``token``, if any."""
    with db.session() as session:
        return session.scalars(sa.select(Submission).where(Submission.token == token)).first()


def list_submissions(
    db: Database, status: str | None = None, kind: str | None = None
) -> list[Submission]:
    """Submissions, newest first, optionally of one status and kind."""
    query = sa.select(Submission).order_by(Submission.created_at.desc(), Submission.id.desc())
    if status is not None:
        query = query.where(Submission.status == status)
    if kind is not None:
        query = query.where(Submission.kind == kind)
    with db.session() as session:
        return list(session.scalars(query))


def accepted_members(db: Database) -> list[Submission]:
    """Accepted sign-ups, by country then name."""
    query = (
        sa.select(Submission)
        .where(Submission.kind == "member", Submission.status == Status.ACCEPTED)
        .order_by(Submission.country, Submission.name, Submission.id)
    )
    with db.session() as session:
        return list(session.scalars(query))


def review_submission(
    db: Database,
    submission_id: int,
    version: int,
    *,
    reviewer: str,
    status: str | None = None,
    organisation: Organisation | None = None,
) -> Submission:
    """Change a submission's status and/or its data, if it is still at ``version``.

    Raises:
        EditConflict: the submission was changed since ``version`` was read.
        UsageError: no such submission, or an unknown status.
    """
    if status is not None and status not in Status.ALL:
        raise UsageError(f"unknown status '{status}'")
    try:
        with db.session() as session, session.begin():
            row = session.get(Submission, submission_id)
            if row is None:
                raise UsageError(f"there is no submission {submission_id}")
            if row.version != version:
                raise EditConflict(f"submission {submission_id}", version, row.version)
            if organisation is not None:
                row.data = organisation_data(organisation)
                row.name, row.country = organisation.name, organisation.country
            if status is not None:
                row.status = status
            row.reviewed_by, row.updated_at = reviewer, utcnow()
    except StaleDataError:  # saved by another request between our read and our write
        current = get_submission(db, submission_id)
        raise EditConflict(
            f"submission {submission_id}", version, current.version if current else version
        ) from None
    return row


def record_email(db: Database, submission_id: int, filename: str, sent: bool) -> None:
    """Note the confirmation message written to the outbox (and whether SMTP took it)."""
    with db.session() as session, session.begin():
        row = session.get(Submission, submission_id)
        if row is not None:
            row.email_file = filename
            row.email_sent_at = utcnow() if sent else None


def add_user(db: Database, username: str, password: str) -> None:
    """Create a coordinator account, or set a new password for an existing one."""
    username = username.strip()
    if not username or len(username) > 100:
        raise UsageError("a user name must have 1 to 100 characters")
    if len(password) < 10:
        raise UsageError("a password must have at least 10 characters")
    hashed = _HASHER.hash(password)
    with db.session() as session, session.begin():
        user = session.scalars(sa.select(User).where(User.username == username)).first()
        if user is None:
            session.add(User(username=username, password_hash=hashed, created_at=utcnow()))
        else:
            user.password_hash = hashed


def check_password(db: Database, username: str, password: str) -> bool:
    """Whether ``password`` is the password of ``username`` (constant work when unknown)."""
    with db.session() as session:
        user = session.scalars(sa.select(User).where(User.username == username.strip())).first()
    stored = user.password_hash if user is not None else _UNKNOWN_USER_HASH
    try:
        _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
    return user is not None


# A hash to verify against for an unknown user, so that the answer takes as long
# as for a known one and does not tell which user names exist.
_UNKNOWN_USER_HASH = _HASHER.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class ContactInput:
    """A national contact point as typed by a coordinator."""

    country: str
    organisation: str
    name: str
    email: str
    phone: str = ""


def contact_points(db: Database) -> list[ContactPoint]:
    """National contact points, by country."""
    query = sa.select(ContactPoint).order_by(ContactPoint.country, ContactPoint.organisation)
    with db.session() as session:
        return list(session.scalars(query))


def add_contact_point(db: Database, contact: ContactInput) -> ContactPoint:
    """Store a national contact point."""
    row = ContactPoint(
        country=contact.country,
        organisation=contact.organisation,
        name=contact.name,
        email=contact.email,
        phone=contact.phone,
    )
    with db.session() as session, session.begin():
        session.add(row)
    return row


def delete_contact_point(db: Database, contact_id: int, version: int) -> None:
    """Remove a national contact point that is still at ``version``."""
    with db.session() as session, session.begin():
        row = session.get(ContactPoint, contact_id)
        if row is None:
            return
        if row.version != version:
            raise EditConflict(f"contact point {contact_id}", version, row.version)
        session.delete(row)


def members_as_organisations(rows: Sequence[Submission]) -> list[Organisation]:
    """The organisations of stored submissions (validated again: the data is ours)."""
    return [Organisation.model_validate(row.data) for row in rows]
