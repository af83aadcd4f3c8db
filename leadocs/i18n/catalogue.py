"""One language's catalogue: a Fluent resource, compiled, read by section and key.

The documents address their texts as ``t.SECTION.KEY`` (``t.loi.tasks_intro``);
in the Fluent file the same text is the message ``loi-tasks-intro``. This module
maps one to the other, knows which variables each message uses, and formats a
message or a whole section with the values of one document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor
from fluent_compiler.bundle import FluentBundle

from leadocs.errors import CatalogueError

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


def _variables(node: ast.BaseNode) -> frozenset[str]:
    found: set[str] = set()

    class Variables(Visitor):
        def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802
            found.add(node.id.name)

    Variables().visit(node)
    return frozenset(found)


class Catalogue:
    """The compiled messages of one language."""

    def __init__(self, lang: str, source: str, origin: str) -> None:
        """Parse and compile ``source`` (the text of ``origin``, a ``.ftl`` file)."""
        self.lang = lang
        self.origin = origin
        resource = FluentParser().parse(source)
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        if junk:
            line = source.count("\n", 0, junk[0].span.start if junk[0].span else 0) + 1
            raise CatalogueError(f"{origin}:{line}: not Fluent syntax: {_junk_text(junk[0])}")
        self._messages: dict[tuple[str, str], Message] = {}
        for entry in resource.body:
            if isinstance(entry, ast.Message) and entry.value is not None:
                section, key = _split_id(entry.id.name, origin)
                self._messages[section, key] = Message(
                    section, key, entry.id.name, _variables(entry)
                )
        self._bundle = FluentBundle.from_string(lang, source, use_isolating=False)
        problems = self._bundle.check_messages()
        if problems:
            raise CatalogueError(f"{origin}: " + "; ".join(str(problem) for problem in problems))

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
        formatted, errors = self._bundle.format(message.id, args)
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


def _text(value: object) -> str:
    # Values are inserted as the data writes them: Fluent would format numbers
    # for the locale (a year 2025 as "2,025"), which no caller wants here.
    return value if isinstance(value, str) else str(value)


def _junk_text(junk: ast.Junk) -> str:
    annotation = junk.annotations[0].message if junk.annotations else "unreadable entry"
    first = (junk.content or "").strip().splitlines()[:1]
    return f"{annotation}: {(first[0] if first else '')[:60]!r}"
