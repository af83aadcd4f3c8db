"""Reading YAML files into plain data that remembers where each value came from.

The result of :func:`load_yaml` is ordinary Python data plus a
:class:`SourceMap` from data paths (``("organisation", "tasks", 2)``) to the
line and column of the value in the file, so that validation problems can be
reported as ``file:line:column: organisation.tasks[2]: message``.

Loading is deliberately strict: the file must be UTF-8, keys must be unique,
anchors/aliases may not expand into more than :data:`MAX_NODES` values (an
alias bomb stops at once instead of eating the memory), and the top level must
be a mapping.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from leadocs.errors import DataError

__all__ = ["MAX_NODES", "LoadedFile", "SourceMap", "load_yaml", "parse_yaml", "read_text"]

MAX_NODES = 100_000
"""Most values one file may expand to; far above any real file, far below a bomb."""

MAX_DEPTH = 50
"""Deepest nesting one file may have; real files use fewer than ten levels."""

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


class _Loader(yaml.SafeLoader):
    """A SafeLoader of our own so that nothing we do leaks into PyYAML's."""


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, turning every failure into a :class:`DataError`."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError.single(path, "file not found; check the path") from None
    except IsADirectoryError:
        raise DataError.single(path, "is a folder, not a file") from None
    except OSError as exc:
        raise DataError.single(path, f"cannot be read: {exc.strerror}") from None
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
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        problem = exc.problem or exc.context or "not valid YAML"
        raise DataError.single(
            path, f"YAML syntax error: {problem}", line=line, column=column
        ) from None
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
                f"expands to more than {MAX_NODES:,} values (an alias bomb?); "
                "use fewer anchors and aliases",
                line=node.start_mark.line + 1,
            )
        self.source.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
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
