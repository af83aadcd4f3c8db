"""The batch manifest: what was written for whom, and what was sent.

A SQLite database in the output folder (``manifest.sqlite``, WAL mode). It
records, per recipient key, the hash of the input its documents were made
from, their files (path, sha256, size, mtime) and the sending state of its
e-mail. It is what makes a batch resumable:

* before rendering, every planned recipient is recorded as ``pending`` with
  its target files, so a file found there later is known to be ours;
* a recipient is ``done`` only after its files were renamed into place, so a
  killed run never counts a half-written document;
* a ``done`` recipient whose input hash is unchanged and whose files still
  have the recorded size and mtime is skipped on the next run.

Sending follows the same rule: ``sending`` is committed (synchronously)
before a message goes out and ``sent`` after the server accepted it, so a
message is never sent twice (see :mod:`leadocs.mailing.send`). Reminders
(``leadocs status --remind``) are messages of their own, numbered per
recipient, in the same outbox with the same sending states.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO, TypeVar

from leadocs.errors import OutputError
from leadocs.mailing.manifest_db import Transaction, connect, lock_manifest
from leadocs.mailing.outdir import OutputFile, file_matches, refuse_links

__all__ = [
    "MANIFEST_NAME",
    "Manifest",
    "OutboxItem",
    "Record",
    "ReminderRecord",
    "snapshot",
]

MANIFEST_NAME = "manifest.sqlite"
_T = TypeVar("_T")


@dataclass(frozen=True)
class Record:
    """What the manifest knows about one recipient."""

    key: str
    row: int
    input_hash: str
    status: str
    outputs: tuple[OutputFile, ...]
    send_status: str | None = None


@dataclass(frozen=True)
class OutboxItem:
    """A rendered e-mail and its sending state."""

    key: str
    row: int
    eml: str
    email_to: str | None
    send_status: str | None
    send_error: str | None
    message_id: str | None
    reminder: int = 0
    """0 for the message with the document, else the reminder's number."""

    @property
    def label(self) -> str:
        """The recipient's key, and which reminder this is, for messages to the user."""
        return self.key if not self.reminder else f"{self.key} (reminder {self.reminder})"


@dataclass(frozen=True)
class ReminderRecord:
    """A reminder written for a recipient, and its sending state."""

    key: str
    number: int
    eml: str
    send_status: str | None
    sent_at: str | None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Manifest:
    """The manifest of one output folder; use as a context manager."""

    def __init__(
        self, outdir: Path, connection: sqlite3.Connection, lock: IO[bytes] | None = None
    ) -> None:
        self.outdir = outdir
        self._db = connection
        self._lock = lock

    @classmethod
    def open(cls, outdir: Path, *, create: bool = True, lock: bool = False) -> Manifest:
        """Open (or create) the manifest of ``outdir``.

        Args:
            outdir: the output folder of a batch.
            create: create the manifest if there is none (else it is an error).
            lock: hold an exclusive lock on the manifest while open, so that no
                other batch or send works in the folder at the same time.

        Raises:
            OutputError: the manifest cannot be opened, is not a leadocs
                manifest, or is locked by another process.
        """
        path = outdir / MANIFEST_NAME
        refuse_links(path)
        if not create and not path.is_file():
            raise OutputError(
                f"{outdir} has no {MANIFEST_NAME}", hint="give the output folder of a batch"
            )
        handle = lock_manifest(path) if lock else None
        try:
            return cls(outdir, connect(path), handle)
        except BaseException:
            if handle is not None:
                handle.close()
            raise

    def __enter__(self) -> Manifest:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database (checkpointing the WAL) and release the lock."""
        self._db.close()
        if self._lock is not None:
            self._lock.close()

    # -- rendering ------------------------------------------------------------------------

    def record(self, key: str) -> Record | None:
        """What the manifest knows about ``key``, or None."""
        row = self._db.execute(
            "SELECT row, input_hash, status, send_status FROM recipients WHERE key=?", (key,)
        ).fetchone()
        if row is None:
            return None
        outputs = tuple(
            OutputFile(*found)
            for found in self._db.execute(
                "SELECT role, path, sha256, size, mtime_ns FROM outputs WHERE key=?", (key,)
            )
        )
        return Record(key, row[0], row[1], row[2], outputs, row[3])

    def file_matches(self, output: OutputFile) -> bool:
        """Whether ``output`` is still on disk as it was written (same size and mtime)."""
        return file_matches(self.outdir, output)

    def is_empty(self) -> bool:
        """Whether the manifest knows no recipient and no file (a fresh output folder)."""
        for table in ("recipients", "outputs"):
            if self._db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:  # noqa: S608
                return False
        return True

    def owns(self, path: str) -> bool:
        """Whether some recipient of this manifest has (or had planned) the file ``path``."""
        found = self._db.execute("SELECT 1 FROM outputs WHERE path=? LIMIT 1", (path,))
        return found.fetchone() is not None

    def plan(self, items: Iterable[tuple[str, int, str, Iterable[OutputFile]]]) -> None:
        """Record recipients about to be rendered as ``pending``, with their target files.

        Args:
            items: ``(key, row, input_hash, targets)`` per recipient.
        """
        fresh = self.is_empty()
        with self._transaction():
            for batch in _batches(items, 512):  # a few at a time: memory stays flat
                self._db.executemany(
                    """INSERT INTO recipients (key, row, input_hash, status)
                       VALUES (?, ?, ?, 'pending') ON CONFLICT(key) DO UPDATE SET
                           row=excluded.row, input_hash=excluded.input_hash,
                           status='pending', error=NULL""",
                    ((key, row, digest) for key, row, digest, _targets in batch),
                )
                outputs = [(key, t) for key, _row, _digest, targets in batch for t in targets]
                if not fresh:  # a file another recipient had before is now this one's
                    self._db.executemany(
                        "DELETE FROM outputs WHERE path=? AND key!=?",
                        ((t.path, k) for k, t in outputs),
                    )
                self._put_outputs(outputs)

    def mark_done(self, results: Iterable[tuple[str, str | None, Iterable[OutputFile]]]) -> None:
        """Record finished recipients: ``(key, email_to, written files)`` each, one transaction."""
        now = _now()
        found = list(results)
        with self._transaction():
            self._db.executemany(
                "UPDATE recipients SET status='done', error=NULL, rendered_at=?, email_to=?"
                " WHERE key=?",
                ((now, email_to, key) for key, email_to, _files in found),
            )
            self._put_outputs([(key, f) for key, _email, files in found for f in files])

    def mark_failed(self, key: str, error: str) -> None:
        """Record that rendering ``key`` failed."""
        with self._transaction():
            self._db.execute(
                "UPDATE recipients SET status='failed', error=? WHERE key=?", (error, key)
            )

    def _put_outputs(self, outputs: list[tuple[str, OutputFile]]) -> None:
        self._db.executemany(
            """INSERT INTO outputs (key, role, path, sha256, size, mtime_ns)
               VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key, role) DO UPDATE SET
                   path=excluded.path, sha256=excluded.sha256, size=excluded.size,
                   mtime_ns=excluded.mtime_ns""",
            ((k, o.role, o.path, o.sha256, o.size, o.mtime_ns) for k, o in outputs),
        )

    # -- PDF ------------------------------------------------------------------------------

    def conversion_sources(self) -> dict[str, str]:
        """Per recipient key, the sha256 of the document its recorded PDF was made from."""
        rows = self._db.execute("SELECT key, source_sha256 FROM conversions")
        return {key: digest for key, digest in rows}

    def claim(self, outputs: Iterable[tuple[str, OutputFile]]) -> None:
        """Record ``(key, file)`` pairs about to be written, so an interrupted run's are ours."""
        with self._transaction():
            self._put_outputs(list(outputs))

    def mark_converted(self, key: str, source_sha256: str, files: Iterable[OutputFile]) -> None:
        """Record ``key``'s PDF (and any file rewritten with it) and the document it came from."""
        with self._transaction():
            self._put_outputs([(key, output) for output in files])
            self._db.execute(
                """INSERT INTO conversions (key, source_sha256) VALUES (?, ?)
                   ON CONFLICT(key) DO UPDATE SET source_sha256=excluded.source_sha256""",
                (key, source_sha256),
            )

    def value(self, name: str) -> str | None:
        """The folder's value ``name`` (the mailing's id, the pack it wrote), or None."""
        found = self._db.execute("SELECT value FROM meta WHERE name=?", (name,)).fetchone()
        return None if found is None else str(found[0])

    def keep_value(self, name: str, value: str, *, replace: bool = True) -> str:
        """Store the folder's value ``name`` (unless it has one and not ``replace``); return it."""
        with self._transaction():
            if (kept := None if replace else self.value(name)) is None:
                self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))
        return kept or value

    # -- sending --------------------------------------------------------------------------

    def outbox(self) -> list[OutboxItem]:
        """Every recipient with a rendered e-mail, then its reminders, in list order."""
        rows = self._db.execute(
            """SELECT r.key, r.row, o.path, r.email_to, r.send_status, r.send_error,
                      r.message_id, 0 AS number
               FROM recipients r JOIN outputs o ON o.key = r.key AND o.role = 'eml'
               WHERE r.status = 'done'
               UNION ALL
               SELECT m.key, r.row, m.eml, r.email_to, m.send_status, m.send_error,
                      m.message_id, m.number
               FROM reminders m JOIN recipients r ON r.key = m.key
               ORDER BY 2, 1, 8"""
        )
        return [OutboxItem(*row) for row in rows]

    def recipients(self) -> list[tuple[str, int, str, str | None, str | None, str | None]]:
        """``(key, row, status, error, send_status, email_to)`` of every recipient, in order."""
        rows = self._db.execute(
            "SELECT key, row, status, error, send_status, email_to FROM recipients"
            " ORDER BY row, key"
        )
        return list(rows)

    def sent_dates(self) -> dict[str, str]:
        """When each recipient's message was sent (ISO 8601, UTC), by key."""
        rows = self._db.execute("SELECT key, sent_at FROM recipients WHERE sent_at IS NOT NULL")
        return {key: sent_at for key, sent_at in rows}

    def reminders(self) -> list[ReminderRecord]:
        """Every reminder written, by recipient and number."""
        rows = self._db.execute(
            "SELECT key, number, eml, send_status, sent_at FROM reminders ORDER BY key, number"
        )
        return [ReminderRecord(*row) for row in rows]

    def add_reminder(self, key: str, number: int, eml: str, message_id: str) -> None:
        """Record reminder ``number`` of ``key``, written to ``eml``, as waiting to be sent."""
        with self._transaction():
            self._db.execute(
                "INSERT INTO reminders (key, number, eml, written_at, message_id)"
                " VALUES (?, ?, ?, ?, ?)",
                (key, number, eml, _now(), message_id),
            )

    def mark_sending(self, key: str, reminder: int = 0) -> None:
        """Record, durably, that a message of ``key`` is about to be handed to the server."""
        self._db.execute("PRAGMA synchronous=FULL")
        self._set_send(key, reminder, "send_status='sending', send_error=NULL", ())

    def mark_sent(self, key: str, message_id: str | None, sha256: str, reminder: int = 0) -> None:
        """Record that the server accepted a message of ``key``."""
        self._set_send(
            key,
            reminder,
            "send_status='sent', sent_at=?, message_id=?, sent_sha256=?, send_error=NULL",
            (_now(), message_id, sha256),
        )

    def mark_unsent(self, key: str, error: str | None, *, failed: bool, reminder: int = 0) -> None:
        """Record that a message of ``key`` certainly did not reach the server."""
        self._set_send(
            key, reminder, "send_status=?, send_error=?", ("failed" if failed else None, error)
        )

    def mark_unconfirmed(self, key: str, error: str, reminder: int = 0) -> None:
        """Keep a message of ``key`` in ``sending``: it may have been delivered; note why."""
        self._set_send(key, reminder, "send_status='sending', send_error=?", (error,))

    def _set_send(
        self, key: str, reminder: int, assignments: str, values: tuple[object, ...]
    ) -> None:
        """Set the sending columns of ``key``'s message (0) or of its reminder ``reminder``."""
        params: tuple[object, ...] = (key, reminder) if reminder else (key,)
        where = (
            "reminders SET {} WHERE key=? AND number=?"
            if reminder
            else ("recipients SET {} WHERE key=?")
        )
        with self._transaction():
            self._db.execute("UPDATE " + where.format(assignments), (*values, *params))

    # -- helpers --------------------------------------------------------------------------

    def _transaction(self) -> Transaction:
        return Transaction(self._db, self.outdir / MANIFEST_NAME)


@contextlib.contextmanager
def snapshot(outdir: Path) -> Iterator[Manifest | None]:
    """A read-only look at the manifest of ``outdir`` (None if it has none).

    The database is copied to a temporary folder first: opening a WAL database,
    even to read it, may create files, and a dry run writes nothing in ``outdir``.
    """
    path = outdir / MANIFEST_NAME
    refuse_links(path)
    if not path.is_file():
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="leadocs-manifest-") as folder:
        copy = Path(folder) / MANIFEST_NAME
        shutil.copyfile(path, copy)
        wal = path.with_name(MANIFEST_NAME + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, copy.with_name(MANIFEST_NAME + "-wal"))
        manifest = Manifest(outdir, connect(copy))
        try:
            yield manifest
        finally:
            manifest.close()


def _batches(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
