"""Selecting recipients (``--where``) and naming their files (``--name``), sandboxed.

Both are Jinja, evaluated over the recipient's data in the sandbox; field
names in ``--where`` are checked against the organisation format before any
row is read, so that a typo is an error with a suggestion rather than a
selection of nobody.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.sandbox import SandboxedEnvironment

from leadocs.errors import UsageError
from leadocs.mailing.sources.columns import EXTRA, ID_COLUMN, organisation_columns
from leadocs.render.environment import build_environment
from leadocs.render.limits import LimitedSandbox

__all__ = ["Where", "compile_name", "compile_where"]

_ROOTS = ("recipient", "organisation")


class _ExpressionEnvironment(LimitedSandbox, SandboxedEnvironment):
    """The sandbox with leadocs' size limits (``9 ** (9 ** 9)`` is refused, not computed)."""


def compile_name(pattern: str) -> jinja2.Template:
    """Compile a ``--name`` pattern (sandboxed, not escaped: it makes a file name).

    Raises:
        UsageError: the pattern does not parse.
    """
    env = build_environment(sandboxed=True, autoescape=False)
    try:
        return env.from_string(pattern)
    except jinja2.TemplateSyntaxError as exc:
        raise UsageError(f"--name: template syntax error: {exc.message}") from None


Where = Callable[[dict[str, Any], int, str], bool]
"""``where(recipient, row_number, place)``: whether the recipient is selected."""


def compile_where(expression: str | None) -> Where | None:
    """Compile a ``--where`` expression over ``recipient`` (sandboxed Jinja).

    Field names are checked against the organisation format at once, so a typo
    is an error with a suggestion rather than a selection of nobody.

    Raises:
        UsageError: the expression does not parse or names an unknown field.
    """
    if expression is None or not expression.strip():
        return None
    env = _ExpressionEnvironment(undefined=jinja2.Undefined)
    try:
        ast = env.parse(f"{{{{ ({expression}) }}}}")
        compiled = env.compile_expression(expression, undefined_to_none=False)
    except jinja2.TemplateSyntaxError as exc:
        example = "e.g. --where 'recipient.country == \"FI\"'"
        raise UsageError(f"--where: {exc.message}", hint=example) from None
    _check_fields(ast)

    def where(recipient: dict[str, Any], row: int, place: str) -> bool:
        try:
            return bool(
                compiled(
                    recipient=recipient, organisation=recipient, row=row, id=recipient[ID_COLUMN]
                )
            )
        except Exception as exc:  # an expression may fail on any row's values
            raise UsageError(f"--where failed on {place}: {exc}") from None

    return where


def _check_fields(ast: nodes.Template) -> None:
    known = set(organisation_columns()) | {ID_COLUMN, "row", EXTRA}
    prefixes = {".".join(path.split(".")[:i]) for path in known for i in range(1, 3)}
    for node in ast.find_all(nodes.Name):
        if node.name not in (*_ROOTS, "row", "id"):
            raise UsageError(
                f"--where: unknown name '{node.name}'",
                hint="write recipient.FIELD, e.g. recipient.country",
            )
    for attribute in ast.find_all(nodes.Getattr):
        path = _getattr_path(attribute)
        if path is None or path in prefixes or path.startswith(f"{EXTRA}."):
            continue  # custom fields are free: a row without one reads as empty
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
