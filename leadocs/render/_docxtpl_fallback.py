"""Plain docxtpl rendering for what the compiled engine does not handle (internal).

docxtpl objects that add parts to the package while Jinja runs (``InlineImage``
adds an image part, ``Subdoc`` copies styles and media, a ``RichText`` hyperlink
needs a relationship) cannot go through a fixed skeleton zip. Templates and
contexts that use them are rendered the slow, proven way: a fresh
``DocxTemplate`` per document.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import threading
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate, InlineImage, RichText, RichTextParagraph
from lxml import etree

from leadocs.errors import LeadocsError, TemplateError
from leadocs.render._docx_parts import PartSource, context_lines
from leadocs.render.check import describe, explain_error, locate
from leadocs.render.custom_properties import add_custom_properties
from leadocs.render.limits import (
    EXPRESSION_ERRORS,
    LimitError,
    describe_expression_error,
    limits_for,
)
from leadocs.render.properties import FittedDocxTemplate

try:
    from docxtpl import Subdoc
except ImportError:  # docxtpl imports it only when docxcompose is installed
    Subdoc = None

__all__ = ["DocxtplFallback", "context_reason", "template_error"]

_ATOMS = (str, bytes, int, float, Decimal, dt.date, dt.time, type(None))
_LEAVES = frozenset(
    {str, bytes, int, float, bool, Decimal, dt.date, dt.datetime, dt.time, type(None)}
)
# Rebinding stops this deep; the scan stops after this many containers (a
# context that large is not data a template walks).
_MAX_DEPTH = 12
_MAX_NODES = 100_000


def template_error(
    template: str,
    exc: BaseException,
    part: PartSource | None,
    *,
    context: Mapping[str, Any] | None = None,
    env: jinja2.Environment | None = None,
) -> TemplateError:
    """Turn a Jinja (or template expression) error into a TemplateError.

    Args:
        template: the template's name.
        exc: the error raised while compiling or rendering.
        part: the part the error happened in, for the paragraph and the lines around it.
        context: the render's values: a missing field is then named with the
            closest existing one, as ``leadocs templates check`` does.
        env: the environment of the render (with ``context``).

    Returns:
        The error to raise: ``paragraph N "text": message`` and a few lines of
        the document's text around it.
    """
    lineno = _jinja_lineno(exc)
    if part is None:
        return TemplateError(template, _message(exc))
    if context is not None and env is not None:
        explained = explain_error(part, exc, lineno, context, env)
        if explained is not None:
            return TemplateError(template, explained)
    paragraph, text = locate(part, lineno)
    message = describe(part.name, paragraph, text, _message(exc))
    return TemplateError(template, message, context_lines(part.source, lineno))


def _message(exc: BaseException) -> str:
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"template syntax error: {exc.message}"
    if isinstance(exc, jinja2.UndefinedError):
        return f"missing value: {exc.message}"
    if isinstance(exc, LimitError):
        return describe_expression_error(exc)
    if isinstance(exc, jinja2.TemplateError):
        return f"template error: {exc.message or exc}"
    return f"error while filling in the template: {describe_expression_error(exc)}"


def _jinja_lineno(exc: BaseException) -> int | None:
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    # Runtime errors carry no line; Jinja rewrites the traceback so that the
    # innermost "<template>" frame holds the template line.
    tb, found = exc.__traceback__, None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            found = tb.tb_lineno
        tb = tb.tb_next
    return found


_LINK_ID = re.compile(r'<w:hyperlink r:id="([^"]+)"')


def _read(file: Any) -> bytes:
    """The bytes of a path or a file-like object, as docxtpl's replace_* accept them."""
    if hasattr(file, "read"):
        data = file.read()
        return data if isinstance(data, bytes) else bytes(data)
    return Path(file).read_bytes()


def _value_reason(value: Any) -> str | None:
    if isinstance(value, InlineImage):
        return "images"
    if Subdoc is not None and isinstance(value, Subdoc):
        return "sub-documents"
    if isinstance(value, DocxTemplate):
        return "a docxtpl template object"
    if isinstance(value, RichText | RichTextParagraph) and "<w:hyperlink" in value.xml:
        return "hyperlinks"
    return None


def context_reason(context: Mapping[str, Any]) -> str | None:
    """Say why a context needs plain docxtpl, or None when it does not.

    Walks mappings, lists, tuples, sets and plain objects' attributes (models,
    dataclasses) looking for docxtpl objects that change the package. This runs
    for every document, so plain data (dicts, lists, strings) takes a fast path.

    Args:
        context: the render context.

    Returns:
        What the context uses ("images", "sub-documents", ...) or None.
    """
    stack: list[Any] = [context]
    seen: set[int] = set()
    while stack and len(seen) < _MAX_NODES:
        value = stack.pop()
        kind = type(value)
        if kind is dict:
            children: Any = value.values()
        elif kind is list or kind is tuple:
            children = value
        else:
            children = _children(value)
            if children is None:
                continue
            if isinstance(children, str):
                return children
        if id(value) in seen:
            continue
        seen.add(id(value))
        stack.extend(child for child in children if type(child) not in _LEAVES)
    return None


def _children(value: Any) -> Any:
    """Return what to walk inside a value, a reason string, or None for a leaf."""
    if isinstance(value, _ATOMS):
        return None
    reason = _value_reason(value)
    if reason is not None:
        return reason
    if isinstance(value, Mapping):
        return value.values()
    if isinstance(value, list | tuple | set | frozenset):
        return value
    return getattr(value, "__dict__", {}).values()


def _owner(context: Mapping[str, Any], source: bytes, name: str) -> Any:
    """Return the DocxTemplate a Subdoc in the context was built on, if any."""
    for value in context.values():
        if Subdoc is not None and isinstance(value, Subdoc):
            origin = value.tpl.template_file
            data = origin.getvalue() if isinstance(origin, io.BytesIO) else None
            if data is None and isinstance(origin, str | Path):
                data = Path(origin).read_bytes()
            if data != source:
                raise TemplateError(name, "a Subdoc must be built on this very template")
            return value.tpl
    return None


def _walk(value: Any) -> Iterator[Any]:
    """Yield every value reachable through mappings, sequences and attributes."""
    stack, seen = [value], set()
    while stack:
        value = stack.pop()
        if isinstance(value, _ATOMS) or id(value) in seen:
            continue
        seen.add(id(value))
        yield value
        children = _children(value)
        if children is not None and not isinstance(children, str):
            stack.extend(children)


def _rebind(value: Any, tpl: Any, depth: int = 0) -> Any:
    """Copy the context, binding InlineImages to the template that renders them."""
    if isinstance(value, InlineImage):
        if value.tpl is tpl:
            return value
        image = copy.copy(value)
        image.tpl = tpl
        return image
    if depth > _MAX_DEPTH:
        return value
    if isinstance(value, Mapping):
        return {key: _rebind(item, tpl, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [_rebind(item, tpl, depth + 1) for item in value]
    if type(value) is tuple:  # not namedtuples: their constructor differs
        return tuple(_rebind(item, tpl, depth + 1) for item in value)
    return value


class DocxtplFallback:
    """A template rendered with plain docxtpl, a fresh ``DocxTemplate`` per document.

    Attributes:
        name: the template's name, for messages.
        notice: one line saying why this template is not compiled.
    """

    def __init__(
        self,
        source: bytes,
        env: jinja2.Environment,
        name: str,
        reason: str,
        parts: Mapping[str, PartSource] | None = None,
    ) -> None:
        self.name = name
        self.notice: str | None = f"{name}: uses {reason}; rendering with plain docxtpl (slower)"
        self._source = source
        self._env = env
        self._parts = dict(parts or {})
        # What the caller asked of the package, replayed on every fresh DocxTemplate:
        # hyperlink targets in order (so relationship ids come out the same) and
        # docxtpl's replacement tables (attribute name, key, new bytes).
        self._urls: list[str] = []
        self._links: DocxTemplate | None = None
        self._replacements: list[tuple[str, Any, bytes]] = []
        self._lock = threading.Lock()

    def build_url_id(self, url: str) -> str:
        """The relationship id of a hyperlink to ``url``, valid in every document rendered."""
        with self._lock:
            if self._links is None:
                self._links = DocxTemplate(io.BytesIO(self._source))
            rel_id: str = self._links.build_url_id(url)
            self._urls.append(url)
            return rel_id

    def replace_pic(self, embedded_file: str, dst_file: Any) -> None:
        """As docxtpl's ``replace_pic``: the picture named, titled or described so."""
        self._replacements.append(("pics_to_replace", embedded_file, _read(dst_file)))

    def replace_media(self, src_file: Any, dst_file: Any) -> None:
        """As docxtpl's ``replace_media``: the media file with ``src_file``'s content."""
        crc = DocxTemplate.get_file_crc(io.BytesIO(_read(src_file)))
        self._replacements.append(("crc_to_new_media", crc, _read(dst_file)))

    def replace_embedded(self, src_file: Any, dst_file: Any) -> None:
        """As docxtpl's ``replace_embedded``: the embedded object with ``src_file``'s content."""
        crc = DocxTemplate.get_file_crc(io.BytesIO(_read(src_file)))
        self._replacements.append(("crc_to_new_embedded", crc, _read(dst_file)))

    def replace_zipname(self, zipname: str, dst_file: Any) -> None:
        """As docxtpl's ``replace_zipname``: the package entry ``zipname``."""
        self._replacements.append(("zipname_to_replace", zipname, _read(dst_file)))

    def _check_links(self, context: Mapping[str, Any], tpl: DocxTemplate) -> None:
        """Refuse hyperlinks whose relationship the rendering template does not have."""
        found = {
            rel_id
            for value in _walk(context)
            if isinstance(value, RichText | RichTextParagraph)
            for rel_id in _LINK_ID.findall(value.xml)
        }
        if not found:
            return
        tpl.init_docx()
        missing = sorted(found - set(tpl.docx.part.rels))
        if missing:
            raise TemplateError(
                self.name,
                f"a hyperlink (RichText url_id {', '.join(missing)}) was made on another "
                "template; make its url_id with this renderer's build_url_id(url)",
            )

    def _prepare(self, tpl: DocxTemplate) -> None:
        for url in self._urls:
            tpl.build_url_id(url)  # relate_to: the same id again on the same template
        for table, key, data in self._replacements:
            getattr(tpl, table)[key] = data

    @property
    def fixed_prefix(self) -> bytes:
        """Nothing: docxtpl writes the whole package afresh each time."""
        return b""

    def render(
        self,
        context: Mapping[str, Any],
        *,
        plain_data: bool = False,  # noqa: ARG002
        properties: Mapping[str, str] | None = None,
    ) -> bytes:
        """Render one document.

        Args:
            context: the template's variables.
            plain_data: accepted for the :class:`DocxRenderer` protocol; unused.
            properties: custom document properties to set (the document's identity).

        Returns:
            The .docx bytes.

        Raises:
            TemplateError: the template does not compile or a value is missing.
        """
        # A Subdoc has already copied its parts into the template it was built
        # on, so only that template can render it; anything else starts fresh.
        tpl = _owner(context, self._source, self.name) or FittedDocxTemplate(
            io.BytesIO(self._source)
        )
        context = _rebind(context, tpl)
        if any(isinstance(v, InlineImage) and v.tpl is not tpl for v in _walk(context)):
            raise TemplateError(
                self.name, "images (InlineImage) must sit in dicts, lists or tuples of the context"
            )
        self._prepare(tpl)
        self._check_links(context, tpl)
        try:
            # docxtpl's autoescape=True would switch it on in the caller's environment
            with limits_for(self._env, self.name):
                tpl.render(context, jinja_env=self._env, autoescape=self._env.autoescape is True)
                buffer = io.BytesIO()
                tpl.save(buffer)
        except LeadocsError:
            raise
        except (jinja2.TemplateError, *EXPRESSION_ERRORS) as exc:
            raise self._error(tpl, exc, context) from exc
        except etree.XMLSyntaxError as exc:
            raise TemplateError(
                self.name, f"the filled-in document is not valid XML: {exc}"
            ) from exc
        if properties:
            return add_custom_properties(buffer.getvalue(), properties)
        return buffer.getvalue()

    def _error(self, tpl: Any, exc: BaseException, context: Mapping[str, Any]) -> TemplateError:
        part = getattr(getattr(tpl, "current_rendering_part", None), "partname", "")
        found = self._parts.get(str(part).lstrip("/"))
        shown = getattr(exc, "docx_context", None)
        if found is None and shown is not None:
            return TemplateError(self.name, _message(exc), [line.strip() for line in shown])
        return template_error(self.name, exc, found, context=context, env=self._env)
