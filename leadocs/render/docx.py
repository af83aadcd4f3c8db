"""Rendering one .docx: the compiled engine, as in a batch, for one document.

Every command renders with :mod:`leadocs.render.compiled` (which falls back to
plain docxtpl for images, sub-documents and hyperlinks), so what a user
previews with ``render`` is what a mailing sends.
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping
from io import BytesIO
from typing import Any

import jinja2

from leadocs.errors import TemplateError
from leadocs.render.compiled import compile_docx

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
    source: bytes,
    context: Mapping[str, Any],
    *,
    env: jinja2.Environment,
    name: str,
    properties: Mapping[str, str] | None = None,
) -> bytes:
    """Render a docxtpl template and return the .docx bytes.

    Args:
        source: the template's bytes.
        context: the template context.
        env: the Jinja environment (autoescape and StrictUndefined are kept on).
        name: the template's name, for messages.
        properties: custom document properties to set (docProps/custom.xml).

    Raises:
        TemplateError: naming the paragraph and, for a missing field, the closest one.
    """
    check_docx(source, name)
    return compile_docx(source, env, name).render(context, properties=properties)
