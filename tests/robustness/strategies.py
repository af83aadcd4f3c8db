"""Hypothesis strategies for the robustness suite: hostile text, values and edits.

The alphabet leans on what breaks parsers and spreadsheets: quotes, delimiters,
line breaks, tabs, YAML indicators, control characters, markup and letters
beyond ASCII.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from leadocs.mailing.sources.columns import organisation_columns

HOSTILE_CHARACTERS = (
    "\"',;\t\n\r :-#&*!|>[]{}%@`?~\\/<>=\x00\x07\x0b\x1f\x7f\u00a0\u2028\ufeff\ufffe"
    "aeiouAZ019ÄöåłŁΩσ中😀"
)
"""Characters that matter to YAML, CSV, XML, Jinja or Word, and some that are just letters."""

hostile_text = st.text(alphabet=HOSTILE_CHARACTERS, max_size=40) | st.text(max_size=20)
"""Short text, mostly of the characters that break things."""

scalars = st.one_of(
    hostile_text,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.sampled_from(["NO", "yes", "~", "null", "0x1F", "1e400", "2027-02-30", "{{ 7*7 }}"]),
    st.sampled_from(["x" * 300, "ä" * 200, "capacity-building, ppi-pcp", "a;b;;c"]),
)
"""A value a YAML file or a spreadsheet cell may hold."""

values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            hostile_text | st.sampled_from(["name", "tasks", "city"]), inner, max_size=4
        )
    ),
    max_leaves=12,
)
"""Values of any shape: scalars, lists and mappings nested a few levels."""

column_names = st.sampled_from([*organisation_columns(), "id", "", "name", "tasks", "x.y.z"])
"""Spreadsheet headers: real dotted paths, the id column, and a few wrong ones."""


@st.composite
def edited_text(draw: st.DrawFn, text: str) -> str:
    """``text`` with a few random edits: characters inserted, spans deleted, lines moved."""
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        position = draw(st.integers(min_value=0, max_value=len(text)))
        edit = draw(st.sampled_from(["insert", "delete", "indent", "duplicate"]))
        if edit == "insert":
            text = text[:position] + draw(hostile_text) + text[position:]
        elif edit == "delete":
            text = text[:position] + text[position + draw(st.integers(0, 30)) :]
        elif edit == "indent":
            start = text.rfind("\n", 0, position) + 1
            text = text[:start] + draw(st.sampled_from([" ", "  ", "\t", ""])) + text[start:]
        else:
            start = text.rfind("\n", 0, position) + 1
            end = text.find("\n", position)
            line = text[start : end if end != -1 else len(text)]
            text = text[:start] + line + "\n" + text[start:]
    return text


@st.composite
def changed_data(draw: st.DrawFn, data: Any) -> Any:
    """``data`` (parsed YAML) with one value, somewhere inside it, replaced by any value."""
    if isinstance(data, dict) and data and draw(st.integers(0, 3)):
        key = draw(st.sampled_from(sorted(data, key=str)))
        return {**data, key: draw(changed_data(data[key]))}
    if isinstance(data, list) and data and draw(st.integers(0, 3)):
        index = draw(st.integers(0, len(data) - 1))
        return [*data[:index], draw(changed_data(data[index])), *data[index + 1 :]]
    return draw(values)
