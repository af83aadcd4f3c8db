"""Rendering one .docx with plain docxtpl (the single-document path).

Batches use :mod:`leadocs.render.compiled`, which compiles a template once;
one document at a time, plain docxtpl is the reference behaviour.
"""

from __future__ import annotations

import html
import zipfile
from collections.abc import Mapping
from io import BytesIO
from typing import Any

import jinja2
from docxtpl import DocxTemplate

from leadocs.errors import TemplateError

__all__ = ["check_docx", "render_docx"]


def check_docx(source: bytes, name: str) -> None:
    """Raise :class:`TemplateError` unless ``source`` looks like a Word .docx package."""
    try:
        with zipfile.ZipFile(BytesIO(source)) as package:
            names = set(package.namelist())
    except zipfile.BadZipFile:
        raise TemplateError(name, "is not a Word .docx file (not a zip package)") from None
    if "[Content_Types].xml" not in names or not any(n.startswith("word/") for n in names):
        raise TemplateError(name, "is not a Word .docx file (no word/ part)")


def render_docx(
    source: bytes, context: Mapping[str, Any], *, env: jinja2.Environment, name: str
) -> bytes:
    """Render a docxtpl template and return the .docx bytes.

    Args:
        source: the template's bytes.
        context: the template context.
        env: the Jinja environment (autoescape and StrictUndefined are kept on).
        name: the template's name, for messages.

    Raises:
        TemplateError: with the document text around the problem.
    """
    check_docx(source, name)
    template = DocxTemplate(BytesIO(source))
    try:
        template.render(dict(context), jinja_env=env, autoescape=True)
    except jinja2.TemplateError as exc:
        lines = list(getattr(exc, "docx_context", None) or [])
        raise TemplateError(name, _describe(exc), lines) from None
    _unescape_core_properties(template)
    out = BytesIO()
    template.save(out)
    return out.getvalue()


_CORE_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")


def _unescape_core_properties(template: DocxTemplate) -> None:
    # docxtpl renders core properties with the autoescaping environment and python-docx
    # escapes them again on save; undo the first escape so "A & B" is not "A &amp; B".
    properties = template.docx.core_properties
    for name in _CORE_PROPERTIES:
        value = getattr(properties, name)
        if value:
            setattr(properties, name, html.unescape(value))


def _describe(exc: jinja2.TemplateError) -> str:
    if isinstance(exc, jinja2.UndefinedError):
        return f"the template uses a value the data does not have: {exc.message}"
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"template syntax error: {exc.message}"
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return f"the template tried something unsafe: {exc}"
    return f"template error: {exc}"
