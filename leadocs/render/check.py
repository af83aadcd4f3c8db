"""Checking a .docx template before a mailing: what would fail, where, and what was meant.

:func:`check_template` finds, in every templated part (body, headers,
footers, notes, core properties):

* syntax errors;
* fields the context does not have, with the closest one (:mod:`leadocs.render.fields`);
* tags that Word broke up so that the engine cannot read them as written
  (tracked changes or a field inside a tag) or that run over two paragraphs;
* ``{%tr %}`` / ``{%tc %}`` outside a table.

Each problem names the paragraph as Word shows it:
``paragraph 12 "Website: {{ organisation.webpage }}": organisation.webpage: no such
field; did you mean organisation.website?``; a failed render says the same
(:func:`explain_error`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import jinja2
from lxml import etree

from leadocs.render._docx_parts import (
    PartSource,
    context_lines,
    find_template_parts,
    paragraph_texts,
    prepare_part,
    read_entries,
)
from leadocs.render.fields import unknown_fields

__all__ = ["TemplateProblem", "check_template", "describe", "explain_error"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_OPENERS = re.compile(r"\{[{%#]")
_CLOSERS = re.compile(r"[}%#]\}")
# docxtpl's own prefixes ({%p, {%tr, {{r ...}) and the tags it turns into XML attributes.
_PREFIX = re.compile(r"^\{([{%#])-?(?:p|tr|tc|r)?(?=\s)")
_CONSUMED = re.compile(r"^\{%-?\s*(?:vm|hm|colspan|cellbg)\b")
_TABLE_TAG = re.compile(r"\{[%{#]-?\s*(tr|tc)\s")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_SHOWN = 80


@dataclass(frozen=True)
class TemplateProblem:
    """One problem of a template, located by part and paragraph."""

    part: str
    """Zip entry, e.g. ``word/document.xml`` or ``word/header1.xml``."""
    paragraph: int | None
    """1-based, in document order as Word shows them; None when unknown."""
    text: str
    """The paragraph's visible text."""
    message: str

    def __str__(self) -> str:
        return describe(self.part, self.paragraph, self.text, self.message)


def describe(part: str, paragraph: int | None, text: str, message: str) -> str:
    """``[part ]paragraph N "text": message`` (the body's part name is left out)."""
    where = "" if part == "word/document.xml" else part.rsplit("/", 1)[-1]
    if paragraph is not None:
        shown = text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"
        where = f'{where} paragraph {paragraph} "{shown}"'.strip()
    return f"{where}: {message}" if where else message


def check_template(
    source: bytes, name: str, env: jinja2.Environment, context: Mapping[str, Any] | None
) -> list[TemplateProblem]:
    """Every problem of a .docx template, in document order of its parts.

    Args:
        source: the template's bytes.
        name: its name, for errors about the file itself.
        env: the environment it will be rendered with.
        context: the values (or an example of them) to check fields against;
            None checks only syntax and structure.

    Raises:
        TemplateError: the file is not a .docx.
    """
    _, entries = read_entries(source, name)
    problems: list[TemplateProblem] = []
    for entry, kind in find_template_parts(entries, name):
        root = etree.fromstring(entries[entry], _PARSER)
        part = prepare_part(entry, kind, entries[entry], name)
        found = list(_structure_problems(entry, root, part))
        if part is not None:
            found += _part_problems(part, env, context)
        problems += sorted(found, key=lambda problem: problem.paragraph or 0)
    return list(dict.fromkeys(problems))  # a field used twice in one paragraph: once


def _part_problems(
    part: PartSource, env: jinja2.Environment, context: Mapping[str, Any] | None
) -> list[TemplateProblem]:
    try:
        ast = env.parse(part.source)
    except jinja2.TemplateSyntaxError as exc:
        return [_problem(part, exc.lineno, f"syntax error: {exc.message}")]
    if context is None:
        return []
    return [
        _problem(part, found.lineno, found.message, found.path)
        for found in unknown_fields(ast, context, env)
    ]


def _problem(
    part: PartSource, lineno: int | None, message: str, needle: str | None = None
) -> TemplateProblem:
    paragraph, text = locate(part, lineno, needle)
    return TemplateProblem(part.name, paragraph, text, message)


def locate(
    part: PartSource, lineno: int | None, needle: str | None = None
) -> tuple[int | None, str]:
    """The paragraph (1-based) and its text for a Jinja line of ``part``'s source.

    Lines are paragraphs of the patched source, where docxtpl removed the
    paragraphs of ``{%p %}`` tags; so the paragraph is found by its text (or
    by the field it mentions), nearest to where the line count puts it.
    """
    if lineno is None:
        return None, ""
    line = next(iter(context_lines(part.source, lineno, 0)), "")
    estimate = max(lineno - 2, 0)
    texts = part.paragraphs
    found = [i for i, text in enumerate(texts) if needle is not None and needle in text]
    on_line = [
        i for i in found or range(len(texts)) if texts[i].strip() and texts[i].strip() in line
    ]
    found = on_line or found
    if found:
        best = min(found, key=lambda i: abs(i - estimate))
        return best + 1, texts[best]
    if texts:
        best = min(estimate, len(texts) - 1)
        return best + 1, texts[best]
    return None, line


def _structure_problems(
    entry: str, root: etree._Element, part: PartSource | None
) -> Iterator[TemplateProblem]:
    seen = Counter(_normal(tag) for tag in _TAG.findall(part.source if part else ""))
    for number, paragraph in enumerate(root.iter(f"{_W}p"), start=1):
        (text,) = paragraph_texts(paragraph)[:1] or ("",)
        if len(_OPENERS.findall(text)) != len(_CLOSERS.findall(text)):
            yield TemplateProblem(
                entry,
                number,
                text,
                "a tag starts or ends here but not both; keep each {{ }} / {% %} in one paragraph",
            )
        for tag in _TAG.findall(text):
            key = _normal(tag)
            if not key or _CONSUMED.match(tag):
                continue
            if seen[key] > 0:
                seen[key] -= 1
                continue
            yield TemplateProblem(entry, number, text, _split_message(tag))
        table_tag = _TABLE_TAG.search(text)
        if table_tag and not _in_table(paragraph):
            yield TemplateProblem(
                entry,
                number,
                text,
                f"{{%{table_tag.group(1)} %}} is outside a table; it repeats a table "
                f"{'row' if table_tag.group(1) == 'tr' else 'cell'}, so put it in one",
            )


def _split_message(tag: str) -> str:
    return (
        f"Word broke up the tag {tag} (tracked changes, a field or a hyperlink inside it), "
        "so it cannot be read as written; delete it and type it again in one go"
    )


def _normal(tag: str) -> str:
    """A tag as the engine sees it, for comparing visible and parsed tags."""
    tag = _PREFIX.sub(r"{\1", tag.translate(_QUOTES))
    return re.sub(r"[\s-]+", "", tag)


def _in_table(paragraph: etree._Element) -> bool:
    return any(ancestor.tag == f"{_W}tc" for ancestor in paragraph.iterancestors())


def explain_error(
    part: PartSource,
    exc: BaseException,
    lineno: int | None,
    context: Mapping[str, Any],
    env: jinja2.Environment,
) -> str | None:
    """The check's message for a render that failed on a missing field, or None.

    Args:
        part: the part being rendered.
        exc: the error Jinja raised.
        lineno: its line in the part's source.
        context: the values the render had.
        env: the environment.
    """
    if not isinstance(exc, jinja2.UndefinedError):
        return None
    try:
        found = unknown_fields(env.parse(part.source), context, env)
    except jinja2.TemplateSyntaxError:
        return None
    on_line = [problem for problem in found if problem.lineno == lineno] or found
    if not on_line:
        return None
    problem = on_line[0]
    paragraph, text = locate(part, problem.lineno, problem.path)
    return describe(part.name, paragraph, text, problem.message)
