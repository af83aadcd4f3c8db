"""Writing collected answers into YAML text without losing the user's comments and order.

ruamel.yaml's round trip keeps comments, key order, quoting and block styles,
so an organisation file updated by ``leadocs collect`` differs from the user's
only in the answers that changed.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

__all__ = ["dump_yaml", "update_organisation_text"]


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap the user's long lines
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _styled(value: object, old: object) -> object:
    """``value`` in a YAML style that fits it (and the old value's, for a list)."""
    from ruamel.yaml.comments import CommentedSeq
    from ruamel.yaml.scalarstring import LiteralScalarString

    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    if isinstance(value, list):
        seq = CommentedSeq(value)
        if isinstance(old, CommentedSeq) and old.fa.flow_style():
            seq.fa.set_flow_style()
        return seq
    return value


def update_organisation_text(text: str, updates: Mapping[str, object]) -> str:
    """``text`` (an organisation file) with ``updates`` set under ``organisation:``.

    A key whose value is unchanged is left as written; an empty answer is not
    added where the file has no such key.
    """
    yaml = _yaml()
    data = yaml.load(text)
    organisation = data["organisation"]
    for key, value in updates.items():
        old = organisation.get(key)
        if _same(old, value) or (key not in organisation and value in ("", [])):
            continue
        organisation[key] = _styled(value, old)
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _same(old: object, new: object) -> bool:
    if isinstance(old, list) and isinstance(new, list):
        return [str(item) for item in old] == [str(item) for item in new]
    return old is not None and str(old).strip() == str(new).strip()


def dump_yaml(data: Mapping[str, Any]) -> str:
    """Plain data as a new YAML file, multi-line texts as literal blocks."""
    yaml = _yaml()
    out = io.StringIO()
    yaml.dump(_literal(data), out)
    return out.getvalue()


def _literal(value: Any) -> Any:
    from ruamel.yaml.scalarstring import LiteralScalarString

    if isinstance(value, Mapping):
        return {key: _literal(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_literal(item) for item in value]
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    return value
