"""Word's limit on document properties, applied to every rendered .docx.

Word (and python-docx, which enforces it) accepts at most 255 characters in a
core property such as the title or the subject. Real organisation names can be
longer (joint bodies, associations); the full name stays in the document's
text, and the property gets a shortened one ending in an ellipsis.
"""

from __future__ import annotations

import html
import re
from typing import Any

import jinja2
from docxtpl import DocxTemplate
from lxml import etree

from leadocs.render.typography import plain_text, word_runs

__all__ = ["MAX_PROPERTY", "FittedDocxTemplate", "fit_core_xml", "fit_property"]

MAX_PROPERTY = 255
"""Most characters Word keeps in one core property."""

# A run of text between tags that may be longer than the limit (entities make the
# raw text longer than the value, so this finds every case and a few more).
_LONG_TEXT = re.compile(f">[^<]{{{MAX_PROPERTY + 1},}}<")
_PARSER = etree.XMLParser(resolve_entities=False)


def fit_property(text: str) -> str:
    """``text`` cut to :data:`MAX_PROPERTY` characters, at a word where one is near, with "…"."""
    if len(text) <= MAX_PROPERTY:
        return text
    cut = text[: MAX_PROPERTY - 1]
    space = cut.rfind(" ")
    if space > MAX_PROPERTY * 3 // 4:  # a word boundary, unless it throws away a quarter
        cut = cut[:space]
    return cut.rstrip(" ,;:-–(") + "…"


def fit_core_xml(xml: str) -> str:
    """The rendered core-properties part with every too-long property shortened."""
    if _LONG_TEXT.search(xml) is None:
        return xml
    root = etree.fromstring(xml.encode("utf-8"), _PARSER)
    for element in root:
        if element.text and len(element.text) > MAX_PROPERTY:
            element.text = fit_property(element.text)
    return str(etree.tostring(root, encoding="unicode"))


# The string properties docxtpl renders as templates.
_RENDERED_PROPERTIES = (
    "author",
    "comments",
    "identifier",
    "keywords",
    "language",
    "subject",
    "title",
)


class FittedDocxTemplate(DocxTemplate):  # type: ignore[misc]
    """A docxtpl template whose rendered core properties fit Word's limit, and plain.

    docxtpl renders the properties with the autoescaping environment and
    python-docx escapes them again on save, so the first escape is undone
    ("A & B", not "A &amp; B"); python-docx refuses values past the limit.
    """

    def render_properties(
        self, context: dict[str, Any], jinja_env: jinja2.Environment | None = None
    ) -> None:
        """Render each string property of the template and store it shortened."""
        env = jinja_env or jinja2.Environment()
        properties = self.docx.core_properties
        for name in _RENDERED_PROPERTIES:
            rendered = env.from_string(getattr(properties, name)).render(context)
            setattr(properties, name, fit_property(plain_text(html.unescape(rendered))))

    def render_xml_part(
        self, src_xml: str, part: Any, context: Any, jinja_env: jinja2.Environment | None = None
    ) -> str:
        """Render one part as docxtpl does, with Word's non-breaking hyphens (as compiled)."""
        return word_runs(super().render_xml_part(src_xml, part, context, jinja_env))
