r"""YAML syntax errors in the words of someone who edits YAML by hand, with the line shown.

PyYAML says ``mapping values are not allowed here`` or ``found character '\t'
that cannot start any token``; what the user did is indent a line too far, or
indent with a tab. :func:`explain` says that, and shows the line and the one
above it with a caret under the place.
"""

from __future__ import annotations

__all__ = ["explain", "problem_mark"]

_NO_COLON = "could not find expected ':'"
_INDENTATION_PROBLEMS = (
    "mapping values are not allowed here",
    "expected <block end>",
    "did not find expected key",
    "did not find expected '-' indicator",
)


def problem_mark(problem: str, problem_at: object, context_at: object) -> object:
    """Which of PyYAML's two marks points at the user's mistake.

    For a key without its colon the problem mark is on the next line; the
    context mark is where the key began.
    """
    if problem.startswith(_NO_COLON) and context_at is not None:
        return context_at
    return problem_at or context_at


def explain(text: str, problem: str, line: int, column: int) -> tuple[str, int, int]:
    """A plain message for a YAML syntax problem at a 1-based ``line`` and ``column``.

    Args:
        text: the whole file.
        problem: PyYAML's description of the problem.
        line: where PyYAML found it.
        column: where PyYAML found it.

    Returns:
        The message (with the lines around the place and a caret), and the line
        and column it is about, which may be the start of the line rather than
        the character PyYAML stopped at.
    """
    lines = text.splitlines()
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    previous = _previous_line(lines, line)
    indent = len(current) - len(current.lstrip(" "))
    if "'\\t'" in problem or current[: indent + 1].endswith("\t"):
        message = "a tab is used to indent this line; use spaces, not tabs (YAML allows no tabs)"
        column = current.find("\t") + 1 if "\t" in current else column
    elif problem.startswith(_INDENTATION_PROBLEMS) and previous is not None:
        message, column = _indentation(problem, lines, line, previous, indent, column)
    elif problem.startswith(_NO_COLON):
        message = (
            "a key must be followed by ':' and a space; if this is a text with a ':' in it, "
            "put the text in quotes"
        )
    else:
        message = f"YAML syntax error: {problem}"
    return f"{message}\n{_excerpt(lines, previous, line, column)}", line, column


def _indentation(
    problem: str, lines: list[str], line: int, previous: int, indent: int, column: int
) -> tuple[str, int]:
    above = lines[previous - 1]
    above_indent = len(above) - len(above.lstrip(" "))
    if indent > above_indent:
        if above.rstrip().endswith(":"):
            return f"line {line} is indented more than the lines of its level", indent + 1
        return (
            f"line {line} is indented more than line {previous}; keys of one mapping "
            f"line up (line {previous} already has its value)",
            indent + 1,
        )
    if indent < above_indent and problem.startswith("expected <block end>"):
        return (
            f"line {line} is indented less than line {previous} but does not line up with "
            "any key above it; indent it like the keys of its level",
            indent + 1,
        )
    if problem.startswith("mapping values are not allowed here"):
        return (
            "a ': ' inside a value: YAML reads it as a new key; put the value in quotes",
            column,
        )
    return f"the indentation of line {line} does not match the lines above it", indent + 1


def _previous_line(lines: list[str], line: int) -> int | None:
    """The number of the last line before ``line`` with content (not blank, not a comment)."""
    for number in range(min(line - 1, len(lines)), 0, -1):
        stripped = lines[number - 1].strip()
        if stripped and not stripped.startswith("#"):
            return number
    return None


def _excerpt(lines: list[str], previous: int | None, line: int, column: int) -> str:
    shown = [n for n in (previous, line) if n is not None and 0 < n <= len(lines)]
    width = len(str(line))
    rows = [f"    {n:>{width}} | {lines[n - 1].replace(chr(9), '→')}" for n in shown]
    rows.append(f"    {'':>{width}} | {' ' * max(column - 1, 0)}^")
    return "\n".join(rows)
