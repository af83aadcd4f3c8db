"""Which fields a template uses that its context does not have, found without rendering.

The walk follows Jinja's own scoping: ``{% for task in tasks %}`` binds
``task`` to an item of ``tasks``, ``{% set %}`` to its value; a field under
``| default`` or ``is defined`` may be missing. Each unknown field comes with
the closest existing one ("did you mean organisation.website?").
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import jinja2
from jinja2 import nodes

__all__ = ["FieldProblem", "FreeFields", "unknown_fields"]

_ANY = object()
"""A value the walk cannot know (a filter's result, a loop variable of an empty list)."""
# Filters and tests that make a missing field harmless.
_TOLERANT_FILTERS = frozenset({"default", "d"})
_TOLERANT_TESTS = frozenset({"defined", "undefined", "none"})


class FreeFields(dict[str, Any]):
    """Custom fields (``extra``) of an example context: any name may be used."""


@dataclass(frozen=True)
class FieldProblem:
    """A field the context does not have, at a Jinja line."""

    lineno: int
    path: str
    """The field as written (``organisation.webpage``, ``task.txt``)."""
    message: str
    """``organisation.webpage: no such field; did you mean organisation.website?``"""


def unknown_fields(
    ast: nodes.Template, context: Mapping[str, Any], env: jinja2.Environment
) -> list[FieldProblem]:
    """Every field ``ast`` reads that ``context`` does not have, in template order.

    Args:
        ast: a parsed template.
        context: the values it will be rendered with (or an example of them).
        env: the environment (its globals, e.g. ``range``, are known names).
    """
    walker = _Walker(context, env)
    walker.visit_all(ast.body, {})
    return sorted(walker.problems, key=lambda problem: problem.lineno)


class _Walker:
    def __init__(self, context: Mapping[str, Any], env: jinja2.Environment) -> None:
        self.context = context
        self.globals = env.globals
        self.problems: list[FieldProblem] = []
        self.quiet = 0

    def visit_all(self, items: Iterable[nodes.Node], scope: dict[str, Any]) -> None:
        for node in items:
            self.value(node, scope)

    def value(self, node: nodes.Node, scope: dict[str, Any]) -> Any:
        """Visit ``node`` and return what it evaluates to, as far as known."""
        handler = getattr(self, f"_{type(node).__name__}", None)
        if handler is not None:
            return handler(node, scope)
        for child in node.iter_child_nodes():
            self.value(child, scope)
        return _ANY

    # -- names and fields -----------------------------------------------------------------

    def _Name(self, node: nodes.Name, scope: dict[str, Any]) -> Any:
        if node.name in scope:
            return scope[node.name]
        if node.name in self.context:
            return self.context[node.name]
        if node.name in self.globals:
            return _ANY
        self._report(node, node.name, self.context.keys(), "")
        return _ANY

    def _Getattr(self, node: nodes.Getattr, scope: dict[str, Any]) -> Any:
        return self._field(node, self.value(node.node, scope), node.attr)

    def _Getitem(self, node: nodes.Getitem, scope: dict[str, Any]) -> Any:
        base = self.value(node.node, scope)
        if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str | int):
            return self._field(node, base, node.arg.value)
        self.value(node.arg, scope)
        return _ANY

    def _field(self, node: nodes.Node, base: Any, key: str | int) -> Any:
        if base is _ANY or base is None:
            return _ANY
        if isinstance(base, FreeFields):
            return base.get(str(key), _ANY)
        if isinstance(base, Mapping):
            if key in base:
                return base[key]
            if isinstance(key, str) and hasattr(dict, key):
                return _ANY  # a method: items(), keys()
            self._report(node, _dotted(node), base.keys(), _dotted_parent(node))
            return _ANY
        if isinstance(base, list | tuple) and isinstance(key, int):
            return base[key] if -len(base) <= key < len(base) else _ANY
        if isinstance(key, str) and hasattr(base, key):
            return _ANY if isinstance(base, str | list | tuple) else getattr(base, key)
        what = (
            "a list; loop over it with {% for %}" if isinstance(base, list | tuple) else "a value"
        )
        path = _dotted(node)
        self._add(node, path, f"{path}: no such field ({_dotted_parent(node)} is {what})")
        return _ANY

    def _report(self, node: nodes.Node, path: str, keys: Iterable[Any], parent: str) -> None:
        names = [str(key) for key in keys]
        leaf = path.rsplit(".", 1)[-1]
        close = difflib.get_close_matches(leaf, names, n=1, cutoff=0.5)
        prefix = f"{parent}." if parent else ""
        hint = f"; did you mean {prefix}{close[0]}?" if close else ""
        self._add(node, path, f"{path}: no such field{hint}")

    def _add(self, node: nodes.Node, path: str, message: str) -> None:
        if not self.quiet:
            self.problems.append(FieldProblem(node.lineno, path, message))

    # -- what may be missing --------------------------------------------------------------

    def _Filter(self, node: nodes.Filter, scope: dict[str, Any]) -> Any:
        self._tolerant(node.node, scope, node.name in _TOLERANT_FILTERS)
        self._arguments(node, scope)
        return _ANY

    def _Test(self, node: nodes.Test, scope: dict[str, Any]) -> Any:
        self._tolerant(node.node, scope, node.name in _TOLERANT_TESTS)
        self._arguments(node, scope)
        return _ANY

    def _tolerant(self, node: nodes.Node | None, scope: dict[str, Any], tolerant: bool) -> None:
        if node is None:
            return
        self.quiet += tolerant
        try:
            self.value(node, scope)
        finally:
            self.quiet -= tolerant

    def _arguments(
        self, node: nodes.Filter | nodes.Test | nodes.Call, scope: dict[str, Any]
    ) -> None:
        for argument in [*node.args, *(kw.value for kw in node.kwargs)]:
            self.value(argument, scope)
        for extra in (node.dyn_args, node.dyn_kwargs):
            if extra is not None:
                self.value(extra, scope)

    def _Call(self, node: nodes.Call, scope: dict[str, Any]) -> Any:
        self.value(node.node, scope)
        self._arguments(node, scope)
        return _ANY

    # -- scopes ---------------------------------------------------------------------------

    def _For(self, node: nodes.For, scope: dict[str, Any]) -> Any:
        items = self.value(node.iter, scope)
        item = items[0] if isinstance(items, list | tuple) and items else _ANY
        inner = {**scope, "loop": _ANY}
        _bind(node.target, item, inner)
        if node.test is not None:
            self.value(node.test, inner)
        self.visit_all(node.body, inner)
        self.visit_all(node.else_, scope)
        return _ANY

    def _Assign(self, node: nodes.Assign, scope: dict[str, Any]) -> Any:
        _bind(node.target, self.value(node.node, scope), scope)
        return _ANY

    def _AssignBlock(self, node: nodes.AssignBlock, scope: dict[str, Any]) -> Any:
        self.visit_all(node.body, scope)
        _bind(node.target, _ANY, scope)
        return _ANY

    def _With(self, node: nodes.With, scope: dict[str, Any]) -> Any:
        inner = dict(scope)
        for target, value in zip(node.targets, node.values, strict=False):
            _bind(target, self.value(value, scope), inner)
        self.visit_all(node.body, inner)
        return _ANY

    def _Macro(self, node: nodes.Macro, scope: dict[str, Any]) -> Any:
        inner = {**scope, "caller": _ANY, "varargs": _ANY, "kwargs": _ANY}
        for argument in node.args:
            _bind(argument, _ANY, inner)
        scope[node.name] = _ANY
        self.visit_all(node.body, inner)
        return _ANY

    def _CallBlock(self, node: nodes.CallBlock, scope: dict[str, Any]) -> Any:
        self.value(node.call, scope)
        inner = dict(scope)
        for argument in node.args:
            _bind(argument, _ANY, inner)
        self.visit_all(node.body, inner)
        return _ANY


def _bind(target: nodes.Node, value: Any, scope: dict[str, Any]) -> None:
    if isinstance(target, nodes.Name):
        scope[target.name] = value
    elif isinstance(target, nodes.Tuple):
        for item in target.items:
            _bind(item, _ANY, scope)


def _dotted(node: nodes.Node) -> str:
    """``organisation.contact.email`` as written (``x[0]`` for an index)."""
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        key = node.arg.value
        return (
            f"{_dotted(node.node)}.{key}"
            if isinstance(key, str)
            else f"{_dotted(node.node)}[{key}]"
        )
    return "(value)"


def _dotted_parent(node: nodes.Node) -> str:
    inner = getattr(node, "node", None)
    return _dotted(inner) if isinstance(inner, nodes.Node) else ""
