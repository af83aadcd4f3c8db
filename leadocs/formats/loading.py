"""Reading YAML files into plain data that remembers where each value came from.

The result of :func:`load_yaml` is ordinary Python data plus a
:class:`SourceMap` from data paths (``("organisation", "tasks", 2)``) to the
line and column of the value in the file, so that validation problems can be
reported as ``file:line:column: organisation.tasks[2]: message``.

Loading is deliberately strict: the file must be UTF-8, keys must be unique,
and the top level must be a mapping. Explicit limits keep a hostile or broken
file from eating the memory or the stack, each with its own message: at most
:data:`MAX_FILE_BYTES` of text, :data:`MAX_DEPTH` levels of nesting,
:data:`MAX_VALUE_CHARS` characters in one value, and :data:`MAX_NODES` values
in all (anchors and aliases included, so an alias bomb stops at once).
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from leadocs.errors import DataError
from leadocs.formats.yaml_syntax import explain, problem_mark

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_NODES",
    "MAX_VALUE_CHARS",
    "LoadedFile",
    "SourceMap",
    "load_yaml",
    "parse_yaml",
    "read_text",
]

MAX_NODES = 100_000
"""Most values one file may expand to; far above any real file, far below a bomb."""

MAX_DEPTH = 50
"""Deepest nesting one file may have; real files use fewer than ten levels."""

MAX_FILE_BYTES = 10 << 20
"""Largest data file read; a network with its texts in twelve languages is about 100 kB."""

MAX_VALUE_CHARS = 100_000
"""Most characters in one value: some thirty pages, far more than any field of a letter."""

_TOO_MANY = f"holds more than {MAX_NODES:,} values, more than a data file may"

DataPath = tuple[str | int, ...]


@dataclass
class SourceMap:
    """Where in one file each value of the loaded data stands."""

    file: str
    positions: dict[DataPath, tuple[int, int]] = field(default_factory=dict)
    keys: dict[DataPath, tuple[int, int]] = field(default_factory=dict)
    """Where the key of a mapping entry stands (for unknown or duplicate keys)."""

    def locate(self, path: tuple[Any, ...]) -> tuple[int | None, int | None]:
        """Return (line, column), 1-based, of the deepest known prefix of ``path``."""
        probe: tuple[Any, ...] = tuple(path)
        while probe:
            if probe in self.positions:
                return self.positions[probe]
            probe = probe[:-1]
        return self.positions.get((), (None, None))

    def locate_key(self, path: tuple[Any, ...]) -> tuple[int | None, int | None]:
        """Return (line, column) of the key at ``path``, else of its value."""
        found = self.keys.get(tuple(path))
        return found if found is not None else self.locate(path)


@dataclass
class LoadedFile:
    """The data of one file and where its values stand."""

    path: Path
    data: Any
    source: SourceMap


class _TooLarge(Exception):
    """Composing went past :data:`MAX_DEPTH` or :data:`MAX_NODES`.

    Both are checked while composing: the composer recurses (deep nesting would
    exhaust the stack) and is slow (a huge file would take minutes).
    """

    def __init__(self, message: str, mark: yaml.Mark | None) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


class _Loader(yaml.SafeLoader):
    """A SafeLoader of our own so that nothing we do leaks into PyYAML's."""

    _depth = 0
    _nodes = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        """Compose one node, within :data:`MAX_DEPTH` and :data:`MAX_NODES`."""
        self._depth += 1
        self._nodes += 1
        try:
            if self._depth > MAX_DEPTH + 1:
                raise _TooLarge(
                    f"is nested more than {MAX_DEPTH} levels deep; real files use fewer than ten",
                    self._mark(),
                )
            if self._nodes > MAX_NODES:
                raise _TooLarge(_TOO_MANY, self._mark())
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def _mark(self) -> yaml.Mark | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        return getattr(event, "start_mark", None)


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, turning every failure into a :class:`DataError`."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DataError.single(path, "file not found; check the path") from None
    except IsADirectoryError:
        raise DataError.single(path, "is a folder, not a file") from None
    except OSError as exc:
        raise DataError.single(path, f"cannot be read: {exc.strerror}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise DataError.single(
            path,
            f"is larger than {MAX_FILE_BYTES >> 20} MB, far more than any data file needs; "
            "save a long recipient list as .csv or .xlsx",
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError.single(
            path,
            "is not UTF-8 text; save it as UTF-8 (in Excel or Notepad: 'Save as… UTF-8')",
            line=line,
        ) from None


def load_yaml(path: Path) -> LoadedFile:
    """Load a YAML file with source positions; raises :class:`DataError`."""
    return parse_yaml(read_text(path), path)


def parse_yaml(text: str, path: Path) -> LoadedFile:
    """Parse YAML text that came from ``path`` (used in messages only)."""
    source = SourceMap(str(path))
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        problem = exc.problem or exc.context or "not valid YAML"
        mark = problem_mark(problem, exc.problem_mark, exc.context_mark)
        if not isinstance(mark, yaml.Mark):
            raise DataError.single(path, f"YAML syntax error: {problem}") from None
        message, line, column = explain(text, problem, mark.line + 1, mark.column + 1)
        raise DataError.single(path, message, line=line, column=column) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        raise DataError.single(
            path,
            f"contains the control character U+{exc.character:04X}, which cannot appear in a "
            "document; delete it (it often comes from copy-paste)"
            if isinstance(exc.character, int)
            else f"contains a character YAML does not accept: {exc.reason}",
            line=line,
            column=column,
        ) from None
    except yaml.YAMLError as exc:
        raise DataError.single(path, f"YAML error: {exc}") from None
    except _TooLarge as exc:
        where = exc.mark.line + 1 if exc.mark else None
        raise DataError.single(path, exc.message, line=where) from None
    if node is None:
        raise DataError.single(path, "the file is empty", line=1)
    builder = _Builder(source, _Loader(""))
    data = builder.build(node, ())
    if not isinstance(data, dict):
        raise DataError.single(
            path, "the top level must be a mapping of keys to values", line=1, column=1
        )
    return LoadedFile(path, data, source)


class _Builder:
    """Turns a composed YAML node graph into data, recording positions."""

    def __init__(self, source: SourceMap, constructor: _Loader) -> None:
        self.source = source
        self.constructor = constructor
        self.count = 0
        self.collections: set[int] = set()
        """The collection nodes built so far; one built twice was reached through an alias."""
        self.aliased = False

    def build(self, node: yaml.Node, path: DataPath) -> Any:
        self.count += 1
        if len(path) > MAX_DEPTH:
            raise DataError.single(
                self.source.file,
                f"nested more than {MAX_DEPTH} levels deep (a recursive alias?)",
                line=node.start_mark.line + 1,
            )
        if self.count > MAX_NODES:
            raise DataError.single(
                self.source.file,
                f"expands to more than {MAX_NODES:,} values through its aliases; "
                "use fewer anchors and aliases"
                if self.aliased
                else _TOO_MANY,
                line=node.start_mark.line + 1,
            )
        if not isinstance(node, yaml.ScalarNode):
            self.aliased = self.aliased or id(node) in self.collections
            self.collections.add(id(node))
        self.source.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
        if isinstance(node.value, str) and len(node.value) > MAX_VALUE_CHARS:
            raise DataError.single(
                self.source.file,
                f"this value is {len(node.value):,} characters long; one value may hold "
                f"at most {MAX_VALUE_CHARS:,}",
                line=node.start_mark.line + 1,
                column=node.start_mark.column + 1,
            )
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as exc:
            raise DataError.single(
                self.source.file,
                f"cannot read this value: {exc.problem}",
                line=node.start_mark.line + 1,
                column=node.start_mark.column + 1,
            ) from None
        except ValueError as exc:  # e.g. the date 2027-02-30, which PyYAML cannot build
            raise DataError.single(
                self.source.file,
                f"cannot read this value: {exc}",
                line=node.start_mark.line + 1,
                column=node.start_mark.column + 1,
            ) from None

    def _mapping(self, node: yaml.MappingNode, path: DataPath) -> dict[Any, Any]:
        self.constructor.flatten_mapping(node)
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self._scalar(key_node)
            if not isinstance(key, Hashable) or isinstance(key, list | dict):
                raise DataError.single(
                    self.source.file,
                    "a key must be a plain word",
                    line=key_node.start_mark.line + 1,
                )
            key = str(key) if not isinstance(key, str) else key
            if key in result:
                first_line = self.source.keys[(*path, key)][0]
                raise DataError.single(
                    self.source.file,
                    f"key '{key}' appears twice (first on line {first_line}); keep one",
                    line=key_node.start_mark.line + 1,
                    column=key_node.start_mark.column + 1,
                    field=_dotted((*path, key)),
                )
            self.source.keys[(*path, key)] = (
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
            )
            result[key] = self.build(value_node, (*path, key))
            # A key's own line is the better place to point at than its value's.
            if not isinstance(value_node, yaml.ScalarNode):
                self.source.positions[(*path, key)] = (
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                )
        return result


def _dotted(path: tuple[Any, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


dotted_path = _dotted
