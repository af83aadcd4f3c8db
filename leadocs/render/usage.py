"""Which data fields a template shows: the dotted paths its tags read.

``leadocs templates check`` compares an edited copy of a built-in layout with
the layout itself, so that a field the built-in document shows and the copy
dropped (the signatory's title, the ticked tasks) is pointed out before a
mailing goes out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import jinja2
from jinja2 import nodes

from leadocs.render._docx_parts import find_template_parts, prepare_part, read_entries

__all__ = ["fields_shown", "missing_fields"]

_STATIC_TEXT = "t"
"""The context key of the catalogue texts: the layout's words, not data."""


def _path(node: nodes.Node) -> str | None:
    """``organisation.signatory.name`` for a chain of attributes over a name, else None."""
    parts: list[str] = []
    while isinstance(node, nodes.Getattr | nodes.Getitem):
        key = node.attr if isinstance(node, nodes.Getattr) else getattr(node.arg, "value", None)
        if not isinstance(key, str):
            return None
        parts.append(key)
        node = node.node
    if not isinstance(node, nodes.Name):
        return None
    return ".".join([node.name, *reversed(parts)])


def _paths(ast: nodes.Template) -> set[str]:
    found: set[str] = set()
    for node in ast.find_all((nodes.Getattr, nodes.Getitem, nodes.Name)):
        path = _path(node)
        if path is not None:
            found.add(path)
    return found


def fields_shown(source: bytes, name: str, env: jinja2.Environment) -> set[str]:
    """Every dotted path the template's tags read (and each of its prefixes).

    Raises:
        TemplateError: the file is not a .docx.
    """
    _, entries = read_entries(source, name)
    found: set[str] = set()
    for entry, kind in find_template_parts(entries, name):
        part = prepare_part(entry, kind, entries[entry], name)
        if part is None:
            continue
        try:
            found |= _paths(env.parse(part.source))
        except jinja2.TemplateSyntaxError:
            continue  # reported as a syntax error by the check itself
    return found


def missing_fields(
    edited: Iterable[str], builtin: Iterable[str], context: Mapping[str, Any]
) -> list[str]:
    """The data fields the built-in layout shows and the edited copy does not, sorted.

    Only paths into the context's data count (not its catalogue texts, not loop
    variables), and a path counts as shown when the copy reads it or a longer
    path through it (``organisation.contact`` is shown by ``organisation.contact.name``).
    """
    data_roots = {key for key in context if key != _STATIC_TEXT}
    shown = set(edited)
    shown_prefixes = {p.rsplit(".", depth)[0] for p in shown for depth in range(p.count(".") + 1)}
    wanted = {p for p in builtin if p.split(".")[0] in data_roots}
    leaves = {p for p in wanted if not any(other.startswith(p + ".") for other in wanted)}
    return sorted(p for p in leaves if p not in shown and p not in shown_prefixes)
