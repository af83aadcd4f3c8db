"""One language's catalogue: a Fluent resource, compiled, read by section and key.

The documents address their texts as ``t.SECTION.KEY`` (``t.loi.tasks_intro``);
in the Fluent file the same text is the message ``loi-tasks-intro``. This module
maps one to the other, knows which variables each message uses, and formats a
message or a whole section with the values of one document.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fluent.syntax import FluentParser, FluentSerializer, ast
from fluent.syntax.visitor import Visitor
from fluent_compiler.bundle import FluentBundle

from leadocs.errors import CatalogueError
from leadocs.i18n.grammar import NAME_TERM, PLACEHOLDER_TERM, NameTerm, article_function

__all__ = ["SECTIONS", "Catalogue", "CatalogueError", "Message", "message_key"]

SECTIONS = (
    "common",
    "loi",
    "assistance",
    "benefits",
    "types",
    "report",
    "email",
    "reminder",
    "consolidated",
    "notice_sheet",
    "web",
    "desk",
)
"""The sections of a catalogue; a message id starts with its section (``notice-sheet-…``)."""


def message_key(value: str) -> str:
    """The catalogue key of an enumeration value: ``learntech-expert`` → ``learntech_expert``."""
    return value.replace("-", "_")


@dataclass(frozen=True)
class Message:
    """One message of a catalogue: where it belongs and what it needs."""

    section: str
    key: str
    """The key inside the section, as layouts use it (``tasks_intro``)."""
    id: str
    """The Fluent message id (``loi-tasks-intro``)."""
    variables: frozenset[str]
    """The names of the variables the message uses (``organisation``)."""


def _split_id(message_id: str, origin: str) -> tuple[str, str]:
    for section in sorted(SECTIONS, key=len, reverse=True):
        prefix = section.replace("_", "-") + "-"
        if message_id.startswith(prefix):
            return section, message_id[len(prefix) :].replace("-", "_")
    raise CatalogueError(
        f"{origin}: message '{message_id}' belongs to no section; its id must start with one of "
        + ", ".join(s.replace("_", "-") + "-" for s in SECTIONS),
    )


@dataclass(frozen=True)
class _Uses:
    """What one message's pattern refers to directly."""

    variables: frozenset[str]
    messages: frozenset[str]
    terms: frozenset[str]


def _uses(node: ast.BaseNode) -> _Uses:
    variables: set[str] = set()
    messages: set[str] = set()
    terms: set[str] = set()

    class References(Visitor):
        def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802
            variables.add(node.id.name)

        def visit_MessageReference(self, node: ast.MessageReference) -> None:  # noqa: N802
            messages.add(node.id.name)

        def visit_TermReference(self, node: ast.TermReference) -> None:  # noqa: N802
            terms.add(node.id.name)
            self.generic_visit(node)

    References().visit(node)
    return _Uses(frozenset(variables), frozenset(messages), frozenset(terms))


def _closure(start: str, uses: Mapping[str, _Uses]) -> set[str]:
    """``start`` and every message it refers to, directly or through others."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        current = todo.pop()
        if current in seen or current not in uses:
            continue
        seen.add(current)
        todo.extend(uses[current].messages)
    return seen


class Catalogue:
    """The compiled messages of one language.

    The messages that insert the network's name (the term ``-network-name``, and
    any message referring to one that does) are compiled again for each network
    by :meth:`with_name`, a few at a time; the rest are compiled once.
    """

    def __init__(self, lang: str, source: str, origin: str) -> None:
        """Parse and compile ``source`` (the text of ``origin``, a ``.ftl`` file)."""
        self.lang = lang
        self.origin = origin
        resource = FluentParser().parse(source)
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        if junk:
            line = source.count("\n", 0, junk[0].span.start if junk[0].span else 0) + 1
            raise CatalogueError(f"{origin}:{line}: not Fluent syntax: {_junk_text(junk[0])}")
        entries = {
            entry.id.name: entry
            for entry in resource.body
            if isinstance(entry, ast.Message) and entry.value is not None
        }
        if any(isinstance(e, ast.Term) and e.id.name == NAME_TERM for e in resource.body):
            raise CatalogueError(
                f"{origin}: defines -{NAME_TERM}; leadocs makes that term from the network's data"
            )
        uses = {name: _uses(entry) for name, entry in entries.items()}
        self._messages: dict[tuple[str, str], Message] = {}
        named: set[str] = set()
        for name in entries:
            section, key = _split_id(name, origin)
            reached = _closure(name, uses)
            variables = frozenset().union(*(uses[m].variables for m in reached))
            self._messages[section, key] = Message(section, key, name, variables)
            if any(NAME_TERM in uses[m].terms for m in reached):
                named.add(name)
        self._named = frozenset(named)
        needed = set().union(*(_closure(name, uses) for name in named)) if named else set()
        self._named_source = FluentSerializer().serialize(
            ast.Resource([entries[name] for name in entries if name in needed])
        )
        self._bundle = _compile(lang, source + "\n" + PLACEHOLDER_TERM, origin)
        self._name_bundle = self._bundle

    def with_name(self, term: NameTerm) -> Catalogue:
        """This catalogue with ``term`` as the network's name in every message that inserts it."""
        named = copy.copy(self)
        named._name_bundle = _compile(
            self.lang,
            self._named_source + "\n" + term.source(),
            self.origin,
            term.article_overrides(),
        )
        return named

    def messages(self) -> list[Message]:
        """Every message, in the file's order."""
        return list(self._messages.values())

    def keys(self, section: str) -> list[str]:
        """The keys of ``section``, in the file's order."""
        return [key for (name, key) in self._messages if name == section]

    def has(self, section: str, key: str) -> bool:
        """Whether the catalogue has the text ``section.key``."""
        return (section, key) in self._messages

    def text(self, section: str, key: str, values: Mapping[str, Any] | None = None) -> str:
        """The text ``section.key`` with its variables filled from ``values``."""
        try:
            message = self._messages[section, key]
        except KeyError:
            raise CatalogueError(f"{self.origin}: no message for {section}.{key}") from None
        given = values or {}
        args = {name: _text(given[name]) for name in message.variables if name in given}
        bundle = self._name_bundle if message.id in self._named else self._bundle
        formatted, errors = bundle.format(message.id, args)
        if errors:
            raise CatalogueError(f"{self.origin}: {message.id}: {errors[0]}")
        return str(formatted)

    def section(self, section: str, values: Mapping[str, Any] | None = None) -> dict[str, str]:
        """Every text of ``section``, keyed as layouts use them, filled from ``values``."""
        return {key: self.text(section, key, values) for key in self.keys(section)}

    def patterns(self) -> dict[str, str]:
        """Every text as ``section.key`` → the text with ``{name}`` where a variable goes.

        The form the catalogue checks compare across languages.
        """
        return {
            f"{m.section}.{m.key}": self.text(
                m.section, m.key, {name: f"{{{name}}}" for name in m.variables}
            )
            for m in self._messages.values()
        }


def _compile(
    lang: str, source: str, origin: str, articles: Mapping[str, str] | None = None
) -> FluentBundle:
    bundle = FluentBundle.from_string(
        lang, source, use_isolating=False, functions={"ARTICLE": article_function(articles)}
    )
    problems = bundle.check_messages()
    if problems:
        raise CatalogueError(f"{origin}: " + "; ".join(str(problem) for problem in problems))
    return bundle


def _text(value: object) -> str:
    # Values are inserted as the data writes them: Fluent would format numbers
    # for the locale (a year 2025 as "2,025"), which no caller wants here.
    return value if isinstance(value, str) else str(value)


def _junk_text(junk: ast.Junk) -> str:
    annotation = junk.annotations[0].message if junk.annotations else "unreadable entry"
    first = (junk.content or "").strip().splitlines()[:1]
    return f"{annotation}: {(first[0] if first else '')[:60]!r}"
