"""The manifest's SQLite file: its schema, opening it, and locking its folder."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import IO

from leadocs.errors import OutputError

__all__ = ["Transaction", "connect", "lock_manifest"]

_SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS recipients (
    key TEXT PRIMARY KEY,
    row INTEGER NOT NULL,
    input_hash TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'done', 'failed')),
    error TEXT,
    rendered_at TEXT,
    email_to TEXT,
    send_status TEXT CHECK (send_status IN ('sending', 'sent', 'failed')),
    message_id TEXT,
    sent_at TEXT,
    sent_sha256 TEXT,
    send_error TEXT
);
CREATE TABLE IF NOT EXISTS outputs (
    key TEXT NOT NULL REFERENCES recipients(key) ON DELETE CASCADE,
    role TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT,
    size INTEGER,
    mtime_ns INTEGER,
    PRIMARY KEY (key, role)
);
CREATE INDEX IF NOT EXISTS outputs_path ON outputs(path);
CREATE TABLE IF NOT EXISTS reminders (
    key TEXT NOT NULL REFERENCES recipients(key) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number > 0),
    eml TEXT NOT NULL,
    written_at TEXT NOT NULL,
    send_status TEXT CHECK (send_status IN ('sending', 'sent', 'failed')),
    message_id TEXT,
    sent_at TEXT,
    sent_sha256 TEXT,
    send_error TEXT,
    PRIMARY KEY (key, number)
);
CREATE TABLE IF NOT EXISTS conversions (
    key TEXT PRIMARY KEY REFERENCES recipients(key) ON DELETE CASCADE,
    source_sha256 TEXT NOT NULL
);
"""


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if need be) the manifest database at ``path``, schema checked."""
    try:
        db = sqlite3.connect(path, timeout=30, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        # NORMAL: a commit survives a killed process (it is in the OS cache); see mark_sending.
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA cache_size=-512")  # KiB; the batch process keeps its memory flat
        db.executescript(_SCHEMA)
        version = db.execute("SELECT value FROM meta WHERE name='schema'").fetchone()
        if version is None:
            db.execute("INSERT INTO meta VALUES ('schema', ?)", (_SCHEMA_VERSION,))
    except sqlite3.DatabaseError as exc:
        raise OutputError(f"cannot use {path}: {exc}", hint="delete it to start afresh") from None
    if version is not None and version[0] != _SCHEMA_VERSION:
        db.close()
        raise OutputError(f"{path} was written by another version of leadocs")
    return db


def lock_manifest(path: Path) -> IO[bytes] | None:
    """An exclusive advisory lock on ``path`` (created if need be); None where unsupported."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; one batch per folder is up to the user
        return None
    try:
        handle = path.open("ab")
    except OSError as exc:
        raise OutputError(f"cannot open {path}: {exc.strerror}") from None
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise OutputError(
            f"another leadocs batch or send is working in {path.parent}",
            hint="wait for it to finish",
        ) from None
    return handle


class Transaction:
    """One write transaction; a database error (a full disk) becomes an OutputError."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, error: BaseException | None, _trace: object) -> None:
        if kind is None:
            try:
                self.db.execute("COMMIT")
                return
            except sqlite3.Error as exc:
                error = exc
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise OutputError(
                f"cannot record progress in {self.path}: {error}",
                hint="free some disk space and run again; finished documents are kept",
            ) from None
