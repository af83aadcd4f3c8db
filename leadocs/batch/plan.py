"""Planning a batch: validate every row, select recipients, name their files.

The plan is made in one streaming pass over the list. Every row is validated
(its problems are collected, not raised); valid rows get a stable key, a
language, an output name that is safe on every system and unique in the
folder, and a hash of everything their document depends on. The validated
organisations of the selected rows go to a :class:`Spool` (a temporary file)
so that the render pass neither reads and validates the list again nor holds
it in memory.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import pickle
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import jinja2
from jinja2 import nodes
from jinja2.sandbox import SandboxedEnvironment

from leadocs.documents import choose_language
from leadocs.errors import DataProblem, TemplateError, UsageError
from leadocs.localise import missing_languages
from leadocs.model import Network, Organisation
from leadocs.outputs import safe_name
from leadocs.recipients import ID_COLUMN, RecipientRow, RecipientSource, organisation_columns
from leadocs.render.environment import build_environment

__all__ = [
    "DEFAULT_NAME",
    "Plan",
    "PlanEntry",
    "PlanSettings",
    "Selection",
    "Spool",
    "build_plan",
    "compile_where",
]

DEFAULT_NAME = "{{ kind }}-{{ recipient.short_name or recipient.name }}"
"""The default ``--name`` pattern: the same file name as the single-document command."""

_ROOTS = ("recipient", "organisation")


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


@dataclass(frozen=True)
class PlanEntry:
    """One selected recipient and the document it gets."""

    key: str
    row: int
    where: str
    """``file:row`` of the recipient, for messages."""
    stem: str
    """Output file name without extension, safe and unique in the folder."""
    lang: str
    input_hash: str


@dataclass
class Plan:
    """The outcome of the planning pass."""

    entries: list[PlanEntry] = field(default_factory=list)
    problems: list[DataProblem] = field(default_factory=list)
    bad_rows: list[str] = field(default_factory=list)
    """``file:row`` of every row with problems, in file order."""
    rows: int = 0
    valid: int = 0


class Spool:
    """The validated organisations of the selected recipients, in a temporary file, in order."""

    def __init__(self) -> None:
        # Unlinked at once on POSIX: even a killed run leaves nothing behind.
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="leadocs-batch-")  # noqa: SIM115
        self.count = 0

    def add(self, organisation: Organisation) -> None:
        """Append one recipient's organisation."""
        pickle.dump(organisation, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __iter__(self) -> Iterator[Organisation]:
        self._file.seek(0)
        for _ in range(self.count):
            yield pickle.load(self._file)  # noqa: S301 - our own file, written above

    def close(self) -> None:
        """Delete the spool."""
        self._file.close()


def build_plan(
    source: RecipientSource, network: Network, settings: PlanSettings, spool: Spool | None = None
) -> Plan:
    """Validate every row of ``source`` and plan the documents of the selected ones.

    Args:
        source: the opened recipient list.
        network: the network every document is about (task ids are checked against it).
        settings: kind, language, name pattern, selection.
        spool: where the data of the selected rows goes for the render pass.

    Returns:
        The plan; problems are collected in it, never raised.

    Raises:
        UsageError: a bad ``--where``, ``--only``, ``--lang`` or ``--name``.
    """
    choose_language(settings.lang)  # an unknown --lang is an error before anything is read
    planner = _Planner(source, network, settings)
    plan = Plan()
    for row in source.rows():
        plan.rows += 1
        organisation, problems = source.check(row, network)
        lang = None
        if organisation is not None:
            lang = choose_language(settings.lang, organisation.language, network.language)
            problems = planner.language_problems(row, lang)
        if organisation is None or lang is None or problems:
            plan.problems.extend(problems)
            plan.bad_rows.append(source.where(row))
            continue
        plan.valid += 1
        entry = planner.entry(row, organisation, lang)
        if entry is not None:
            plan.entries.append(entry)
            if spool is not None:
                spool.add(organisation)
    planner.check_only()
    return plan


class _Planner:
    """The per-row steps of :func:`build_plan` and the state they share."""

    def __init__(self, source: RecipientSource, network: Network, settings: PlanSettings) -> None:
        self.source = source
        self.network = network
        self.settings = settings
        self.keys: dict[str, int] = {}
        self.names: set[str] = set()
        self.only = {key.casefold(): key for key in settings.selection.only}
        self.only_found: set[str] = set()
        self.where = compile_where(settings.selection.where)
        self.name = _compile_name(settings.name_pattern)
        self.languages: dict[str, list[str]] = {}
        self.selected = 0

    def language_problems(self, row: RecipientRow, lang: str) -> list[DataProblem]:
        """A problem if the network has no text in ``lang`` (checked once per language)."""
        if lang not in self.languages:
            missing = missing_languages(self.network, lang, fallback=self.settings.fallback_lang)
            self.languages[lang] = [p.field for p in missing]
        fields = self.languages[lang]
        if not fields:
            return []
        shown = ", ".join(fields[:3]) + (f" and {len(fields) - 3} more" if len(fields) > 3 else "")
        message = (
            f"the document would be in '{lang}', but the network has no '{lang}' text for "
            f"{shown}; give --lang or --fallback-lang"
        )
        return [DataProblem(str(self.source.path), row.number, None, "language", message)]

    def entry(self, row: RecipientRow, organisation: Organisation, lang: str) -> PlanEntry | None:
        """The row's plan entry, or None when the selection leaves it out."""
        key = self._key(row, organisation)
        recipient = _recipient_data(organisation, key, row)
        stem = self._stem(recipient, key, row, lang)
        if not self._selected(key, recipient, row):
            return None
        digest = hashlib.sha256(self.settings.salt.encode())
        digest.update(f"\0{key}\0{lang}\0{stem}\0".encode())
        digest.update(organisation.model_dump_json().encode())
        return PlanEntry(key, row.number, self.source.where(row), stem, lang, digest.hexdigest())

    def check_only(self) -> None:
        """Raise :class:`UsageError` for ``--only`` ids that no valid row has."""
        missing = [key for folded, key in self.only.items() if folded not in self.only_found]
        if not missing:
            return
        known = list(self.keys)
        hints = []
        for key in missing:
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            hints.append(f"'{key}'" + (f" (did you mean '{close[0]}'?)" if close else ""))
        raise UsageError(f"--only: no valid recipient has the id {', '.join(hints)}")

    def _key(self, row: RecipientRow, organisation: Organisation) -> str:
        base = row.id or organisation.file_stem
        key, number = base, 1
        while key.casefold() in self.keys:
            # Rows without an id column that share a name get ~2, ~3 in list order.
            number += 1
            key = f"{base}~{number}"
        self.keys[key.casefold()] = row.number
        return key

    def _stem(self, recipient: dict[str, Any], key: str, row: RecipientRow, lang: str) -> str:
        context = {
            "recipient": recipient,
            "organisation": recipient,
            "id": key,
            "row": row.number,
            "kind": self.settings.kind,
            "lang": lang,
            "today": self.settings.today,
            "network": {"name": self.network.name, "acronym": self.network.acronym},
        }
        try:
            text = self.name.render(context)
        except jinja2.TemplateError as exc:
            raise TemplateError("--name", f"{self.source.where(row)}: {exc}") from None
        base = safe_name(text, fallback=f"{self.settings.kind}-{row.number}")
        stem, number = base, 1
        # Case-insensitive: Windows and macOS see 'A.docx' and 'a.docx' as one file.
        while stem.casefold() in self.names:
            number += 1
            stem = f"{base}-{number}"
        self.names.add(stem.casefold())
        return stem

    def _selected(self, key: str, recipient: dict[str, Any], row: RecipientRow) -> bool:
        selection = self.settings.selection
        if self.only:
            if key.casefold() not in self.only:
                return False
            self.only_found.add(key.casefold())
        if self.where is not None and not self.where(recipient, row, self.source.where(row)):
            return False
        if selection.limit is not None and self.selected >= selection.limit:
            return False
        self.selected += 1
        return True


def _recipient_data(organisation: Organisation, key: str, row: RecipientRow) -> dict[str, Any]:
    data = organisation.model_dump(mode="json")
    data[ID_COLUMN] = key
    data["row"] = row.number
    return data


def _compile_name(pattern: str) -> jinja2.Template:
    env = build_environment(sandboxed=True, autoescape=False)
    try:
        return env.from_string(pattern)
    except jinja2.TemplateSyntaxError as exc:
        raise UsageError(f"--name: template syntax error: {exc.message}") from None


Where = Callable[[dict[str, Any], RecipientRow, str], bool]


def compile_where(expression: str | None) -> Where | None:
    """Compile a ``--where`` expression over ``recipient`` (sandboxed Jinja).

    Field names are checked against the organisation format at once, so a typo
    is an error with a suggestion rather than a selection of nobody.

    Raises:
        UsageError: the expression does not parse or names an unknown field.
    """
    if expression is None or not expression.strip():
        return None
    env = SandboxedEnvironment(undefined=jinja2.Undefined)
    try:
        ast = env.parse(f"{{{{ ({expression}) }}}}")
        compiled = env.compile_expression(expression, undefined_to_none=False)
    except jinja2.TemplateSyntaxError as exc:
        example = "e.g. --where 'recipient.country == \"FI\"'"
        raise UsageError(f"--where: {exc.message}", hint=example) from None
    _check_fields(ast)

    def where(recipient: dict[str, Any], row: RecipientRow, place: str) -> bool:
        try:
            return bool(
                compiled(
                    recipient=recipient,
                    organisation=recipient,
                    row=row.number,
                    id=recipient[ID_COLUMN],
                )
            )
        except Exception as exc:  # an expression may fail on any row's values
            raise UsageError(f"--where failed on {place}: {exc}") from None

    return where


def _check_fields(ast: nodes.Template) -> None:
    known = set(organisation_columns()) | {ID_COLUMN, "row", "country_name"}
    prefixes = {".".join(path.split(".")[:i]) for path in known for i in range(1, 3)}
    for node in ast.find_all(nodes.Name):
        if node.name not in (*_ROOTS, "row", "id"):
            raise UsageError(
                f"--where: unknown name '{node.name}'",
                hint="write recipient.FIELD, e.g. recipient.country",
            )
    for attribute in ast.find_all(nodes.Getattr):
        path = _getattr_path(attribute)
        if path is None or path in prefixes:
            continue
        close = difflib.get_close_matches(path, sorted(prefixes), n=1, cutoff=0.6)
        hint = f"did you mean 'recipient.{close[0]}'?" if close else "see 'leadocs schema'"
        raise UsageError(f"--where: the organisation format has no field '{path}'", hint=hint)


def _getattr_path(node: nodes.Getattr) -> str | None:
    """``recipient.contact.email`` → ``contact.email``; None when not rooted at recipient."""
    parts = [node.attr]
    current: nodes.Node = node.node
    while isinstance(current, nodes.Getattr):
        parts.append(current.attr)
        current = current.node
    if isinstance(current, nodes.Name) and current.name in _ROOTS:
        return ".".join(reversed(parts))
    return None
