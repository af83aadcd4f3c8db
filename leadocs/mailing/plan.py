"""Planning a batch: validate every row, select recipients, name their files.

The plan is made in one streaming pass over the list. Every row is checked
(:mod:`leadocs.mailing.rows`, in the worker processes when there are some);
problems are collected, not raised. In list order, valid rows then get a
stable key, an output name that is safe on every system and unique in the
folder, the selection (``--only``, ``--where``, ``--limit``) and a hash of
everything their document depends on. The pickled organisations of the
selected rows go to a :class:`Spool` (a temporary file), so that the render
pass neither reads and validates the list again nor holds it in memory.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import itertools
import struct
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import jinja2

from leadocs.errors import DataProblem, TemplateError, UsageError
from leadocs.formats.model import Network
from leadocs.i18n.languages import choose_language
from leadocs.mailing.rows import CHUNK, CheckedRow, RowChecker
from leadocs.mailing.select import compile_name, compile_where
from leadocs.mailing.sources.recipients import ID_COLUMN, RecipientSource, RowBatch
from leadocs.outputs import safe_name
from leadocs.render.limits import EXPRESSION_ERRORS, describe_expression_error

__all__ = [
    "DEFAULT_NAME",
    "CheckMap",
    "Plan",
    "PlanEntry",
    "PlanSettings",
    "Selection",
    "Spool",
    "build_plan",
    "compile_where",
    "row_checker",
]

DEFAULT_NAME = "{{ kind }}-{{ recipient.short_name or recipient.name }}"
"""The default ``--name`` pattern: the same file name as the single-document command."""

CheckMap = Callable[[Iterator[RowBatch]], Iterable[list[CheckedRow]]]
"""Checks chunks of rows, in order: ``map`` with a :class:`RowChecker`, or a pool's ``imap``."""


@dataclass(frozen=True)
class Selection:
    """Which valid recipients to render: ``--where``, ``--only``, ``--limit``."""

    where: str | None = None
    only: tuple[str, ...] = ()
    limit: int | None = None


@dataclass(frozen=True)
class PlanSettings:
    """What the plan needs to know besides the list."""

    kind: str
    lang: str | None = None
    fallback_lang: str | None = None
    name_pattern: str = DEFAULT_NAME
    selection: Selection = field(default_factory=Selection)
    today: dt.date = field(default_factory=dt.date.today)
    salt: str = ""
    """Hash of everything shared by all documents (template, network, options)."""

    @property
    def wants_data(self) -> bool:
        """Whether ``--where`` or ``--name`` look at the recipients' data."""
        return self.selection.where is not None or self.name_pattern != DEFAULT_NAME


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """One selected recipient and the document it gets."""

    key: str
    row: int
    line: int
    """The row, or for a YAML list the item's line: ``file:line`` locates the recipient."""
    stem: str
    """Output file name without extension, safe and unique in the folder."""
    lang: str
    digest: bytes
    """SHA-256 of everything the recipient's files depend on."""

    @property
    def input_hash(self) -> str:
        """The digest in hex, as the manifest keeps it."""
        return self.digest.hex()


@dataclass
class Plan:
    """The outcome of the planning pass."""

    path: str = ""
    """The recipient list."""
    entries: list[PlanEntry] = field(default_factory=list)
    problems: list[DataProblem] = field(default_factory=list)
    warnings: list[DataProblem] = field(default_factory=list)
    """Rows made otherwise than asked (e.g. in English for an unknown language)."""
    bad_rows: list[str] = field(default_factory=list)
    """``file:row`` of every row with problems, in file order."""
    rows: int = 0
    valid: int = 0


class Spool:
    """The pickled organisations of the selected recipients, in a temporary file, in order."""

    _LENGTH = struct.Struct("<I")

    def __init__(self) -> None:
        # Unlinked at once on POSIX: even a killed run leaves nothing behind.
        # A large buffer: one write to the file per few hundred recipients.
        self._file: IO[bytes] = tempfile.TemporaryFile(  # noqa: SIM115
            prefix="leadocs-batch-", buffering=1 << 20
        )
        self.count = 0

    def add(self, blob: bytes) -> None:
        """Append one recipient's pickled organisation."""
        self._file.write(self._LENGTH.pack(len(blob)) + blob)
        self.count += 1

    def __iter__(self) -> Iterator[bytes]:
        self._file.seek(0)
        for _ in range(self.count):
            (length,) = self._LENGTH.unpack(self._file.read(self._LENGTH.size))
            yield self._file.read(length)

    def close(self) -> None:
        """Delete the spool."""
        self._file.close()


def row_checker(source: RecipientSource, network: Network, settings: PlanSettings) -> RowChecker:
    """The :class:`RowChecker` of a plan with these settings."""
    return RowChecker(
        source,
        network,
        lang=settings.lang,
        fallback_lang=settings.fallback_lang,
        want_data=settings.wants_data,
    )


def build_plan(
    source: RecipientSource,
    network: Network,
    settings: PlanSettings,
    spool: Spool | None = None,
    check_map: CheckMap | None = None,
) -> Plan:
    """Check every row of ``source`` and plan the documents of the selected ones.

    Args:
        source: the opened recipient list.
        network: the network every document is about (task ids are checked against it).
        settings: kind, language, name pattern, selection.
        spool: where the organisations of the selected rows go for the render pass.
        check_map: how chunks of rows are checked (default: here, one after the other).

    Returns:
        The plan; problems are collected in it, never raised.

    Raises:
        UsageError: a bad ``--where``, ``--only``, ``--lang`` or ``--name``.
    """
    choose_language(settings.lang)  # an unknown --lang is an error before anything is read
    planner = _Planner(source, network, settings)
    if check_map is None:
        checker = row_checker(source, network, settings)
        check_map = lambda found: map(checker, found)  # noqa: E731
    plan = Plan(str(source.path))
    for checked in itertools.chain.from_iterable(check_map(source.row_batches(CHUNK))):
        plan.rows += 1
        problems = list(checked.problems) or planner.id_problems(checked)
        if problems:
            plan.problems.extend(problems)
            plan.bad_rows.append(f"{plan.path}:{checked.line}")
            continue
        plan.valid += 1
        plan.warnings.extend(checked.warnings)
        entry = planner.entry(checked)
        if entry is not None:
            plan.entries.append(entry)
            if spool is not None:
                spool.add(checked.blob)
    planner.check_only()
    return plan


class _Planner:
    """The in-order steps of :func:`build_plan` and the state they share."""

    def __init__(self, source: RecipientSource, network: Network, settings: PlanSettings) -> None:
        self.source = source
        self.network = {"name": network.name, "acronym": network.acronym}
        self.settings = settings
        self.keys: dict[str, int] = {}
        """casefolded key → row number"""
        self.names: set[str] = set()
        self.only = {key.casefold(): key for key in settings.selection.only}
        self.only_found: set[str] = set()
        self.where = compile_where(settings.selection.where)
        self.name = (
            None if settings.name_pattern == DEFAULT_NAME else compile_name(settings.name_pattern)
        )
        self.selected = 0

    def id_problems(self, checked: CheckedRow) -> list[DataProblem]:
        """A problem when an explicit id was already used by an earlier row."""
        if checked.id is None or checked.id.casefold() not in self.keys:
            return []
        first = self.keys[checked.id.casefold()]
        return [
            DataProblem(
                str(self.source.path),
                checked.number,
                None,
                ID_COLUMN,
                f"the id '{checked.id}' is also row {first}'s; ids must be unique",
            )
        ]

    def entry(self, checked: CheckedRow) -> PlanEntry | None:
        """The row's plan entry, or None when the selection leaves it out."""
        key = self._key(checked)
        recipient = None
        if checked.recipient is not None:
            recipient = {**checked.recipient, ID_COLUMN: key, "row": checked.number}
        stem = self._stem(recipient, key, checked)
        if not self._selected(key, recipient, checked):
            return None
        digest = hashlib.sha256(self.settings.salt.encode())
        digest.update(f"\0{key}\0{checked.lang}\0{stem}\0".encode())
        digest.update(checked.data_json)
        lang = sys.intern(checked.lang)
        return PlanEntry(key, checked.number, checked.line, stem, lang, digest.digest())

    def check_only(self) -> None:
        """Raise :class:`UsageError` for ``--only`` ids that no valid row has."""
        missing = [key for folded, key in self.only.items() if folded not in self.only_found]
        if not missing:
            return
        known = list(self.keys)
        hints = []
        for key in missing:
            close = difflib.get_close_matches(key.casefold(), known, n=1, cutoff=0.6)
            hints.append(f"'{key}'" + (f" (did you mean '{close[0]}'?)" if close else ""))
        raise UsageError(f"--only: no valid recipient has the id {', '.join(hints)}")

    def _key(self, checked: CheckedRow) -> str:
        base = checked.id or checked.file_stem
        key, number = base, 1
        while key.casefold() in self.keys:
            # Rows without an id column that share a name get ~2, ~3 in list order.
            number += 1
            key = f"{base}~{number}"
        self.keys[key.casefold()] = checked.number
        return key

    def _stem(self, recipient: dict[str, Any] | None, key: str, checked: CheckedRow) -> str:
        kind = self.settings.kind
        if self.name is None or recipient is None:
            text = f"{kind}-{checked.file_stem}"
        else:
            context = {
                "recipient": recipient,
                "organisation": recipient,
                "id": key,
                "row": checked.number,
                "kind": kind,
                "lang": checked.lang,
                "today": self.settings.today,
                "network": self.network,
            }
            try:
                text = self.name.render(context)
            except (jinja2.TemplateError, *EXPRESSION_ERRORS) as exc:
                reason = describe_expression_error(exc)
                raise TemplateError(
                    "--name", f"{self.source.path}:{checked.line}: {reason}"
                ) from None
        base = safe_name(text, fallback=f"{kind}-{checked.number}")
        stem, number = base, 1
        # Case-insensitive: Windows and macOS see 'A.docx' and 'a.docx' as one file.
        while stem.casefold() in self.names:
            number += 1
            stem = f"{base}-{number}"
        self.names.add(stem.casefold())
        return stem

    def _selected(self, key: str, recipient: dict[str, Any] | None, checked: CheckedRow) -> bool:
        if self.only:
            if key.casefold() not in self.only:
                return False
            self.only_found.add(key.casefold())
        where = self.where  # with --where, every checked row carries its recipient data
        if (
            where is not None
            and recipient is not None
            and not where(recipient, checked.number, f"{self.source.path}:{checked.line}")
        ):
            return False
        limit = self.settings.selection.limit
        if limit is not None and self.selected >= limit:
            return False
        self.selected += 1
        return True
