"""The web desk's tables: submissions, coordinators, national contact points, settings.

Rows are plain records; what a submission says is the organisation format itself
(``data``, validated by :class:`leadocs.formats.model.Organisation` before it is stored).
Submissions and contact points carry a ``version`` that SQLAlchemy checks on every
update, so two coordinators editing the same row cannot overwrite each other unseen.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = ["Base", "ContactPoint", "Setting", "Status", "Submission", "User", "utcnow"]


def utcnow() -> dt.datetime:
    """The current time, timezone-aware UTC."""
    return dt.datetime.now(dt.UTC)


class Status:
    """The review states of a submission."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    ALL = (PENDING, ACCEPTED, REJECTED)


class Base(DeclarativeBase):
    """Declarative base of the web desk's tables."""


class Submission(Base):
    """A sign-up (``member``) or an assistance & support request (``assistance``)."""

    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True, default=Status.PENDING)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    """Secret part of the links to the submitter's documents."""
    lang: Mapped[str] = mapped_column(String(8))
    """Language of the documents and the e-mail: the organisation's choice, else the page's."""
    name: Mapped[str] = mapped_column(String(300))
    country: Mapped[str] = mapped_column(String(2), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    """The organisation, as in an organisation file's ``organisation:`` mapping."""
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    reviewed_by: Mapped[str | None] = mapped_column(String(100), default=None)
    email_file: Mapped[str | None] = mapped_column(String(300), default=None)
    """File name of the confirmation message in the outbox."""
    email_sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class User(Base):
    """A coordinator who may log in."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class ContactPoint(Base):
    """A national contact point for innovation procurement, shown on the public site."""

    __tablename__ = "contact_points"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    country: Mapped[str] = mapped_column(String(2), index=True)
    organisation: Mapped[str] = mapped_column(String(300))
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str] = mapped_column(String(40), default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class Setting(Base):
    """A value the site keeps across restarts (the session signing key)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
