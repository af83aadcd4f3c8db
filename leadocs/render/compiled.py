"""The compile-once / render-many .docx engine.

docxtpl re-reads the package, re-runs two dozen regexes and recompiles Jinja
for every document it renders; only a few percent of that work depends on the
data. :func:`compile_docx` does the data-independent part once:

* it reads the zip once and finds the main document, its headers, footers,
  footnotes and endnotes (through the relationships) and the core properties;
* every part with a template tag goes through docxtpl's own ``patch_xml`` and
  is compiled once with the caller's Jinja environment;
* every other entry is deflated once into a "skeleton" zip.

Rendering a document is then Jinja's ``render`` of the templated parts,
docxtpl's post-processing where it matters, and writing those parts after the
skeleton's entries (:meth:`Skeleton.complete`). The output is the document
docxtpl would produce for the same context (the tests compare text and XML),
except that endnotes are rendered too, core properties are not escaped twice
(docxtpl shows ``&amp;`` in a title) and a table whose row loop produced no
row keeps its grid.

What a fixed skeleton cannot express goes to :class:`DocxtplFallback`: images,
sub-documents and hyperlinks created while rendering, which add parts and
relationships to the package.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import jinja2
from jinja2 import nodes
from lxml import etree

from leadocs.errors import LeadocsError, TemplateError
from leadocs.render._docx_parts import (
    XML_DECLARATION,
    PartSource,
    Skeleton,
    build_skeleton,
    docxtpl_helper,
    find_template_parts,
    prepare_part,
    read_entries,
    strip_line_markers,
    unescape_braces,
)
from leadocs.render._docxtpl_fallback import DocxtplFallback, context_reason, template_error
from leadocs.render.custom_properties import (
    CUSTOM_PART,
    RELATIONSHIP,
    add_custom_properties,
    custom_properties_xml,
)
from leadocs.render.limits import EXPRESSION_ERRORS, limits_for, render_limits
from leadocs.render.properties import fit_core_xml
from leadocs.render.typography import docx_environment, plain_text, word_runs

__all__ = ["CompiledTemplate", "DocxRenderer", "DocxtplFallback", "compile_docx"]

_HELPER = docxtpl_helper()
_STRICT_PARSER = etree.XMLParser(resolve_entities=False, huge_tree=True)
# Bytes XML 1.0 forbids; in UTF-8 they never occur inside a multi-byte character.
_CONTROL_BYTES = bytes(code for code in range(32) if code not in (9, 10, 13))
_DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
# Characters docxtpl's resolve_listing turns into tabs, paragraphs, breaks, pages.
_LISTING_CHARS = ("\t", "\a", "\n", "\f")
# Names whose use in a template means docxtpl objects are created or driven
# from inside Jinja; they change the package, so the template falls back.
_DOCXTPL_NAMES = {
    "InlineImage": "images",
    "new_pic_inline": "images",
    "replace_pic": "images",
    "replace_media": "images",
    "Subdoc": "sub-documents",
    "new_subdoc": "sub-documents",
    "build_url_id": "hyperlinks",
    "replace_embedded": "embedded objects",
    "replace_zipname": "replaced package entries",
    "current_rendering_part": "docxtpl internals",
}


class DocxRenderer(Protocol):
    """Something that turns a context into .docx bytes."""

    name: str
    notice: str | None

    @property
    def fixed_prefix(self) -> bytes:
        """Bytes every rendered document starts with (empty when unknown)."""
        ...

    def render(
        self,
        context: Mapping[str, Any],
        *,
        plain_data: bool = False,
        properties: Mapping[str, str] | None = None,
    ) -> bytes:
        """Render one document and return its .docx bytes.

        ``plain_data`` promises that the context holds only plain data (built
        from YAML or models), so it need not be searched for docxtpl objects.
        ``properties`` are custom document properties to set (docProps/custom.xml).
        """
        ...


@dataclass(frozen=True)
class _CompiledPart:
    part: PartSource
    template: jinja2.Template
    date_time: tuple[int, int, int, int, int, int]


class CompiledTemplate:
    """A .docx template compiled once; :meth:`render` is cheap and safe to call from threads.

    The output of :meth:`render` depends only on the template and the context;
    the object itself changes only its ``notice`` and whether the first
    document has been checked for well-formed XML.

    Attributes:
        name: the template's name, for messages.
        notice: None while every render is compiled; set to a one-line notice
            once a context holds docxtpl objects (images, sub-documents,
            hyperlinks) and that render went through plain docxtpl.
    """

    def __init__(
        self,
        name: str,
        skeleton: Skeleton,
        parts: tuple[_CompiledPart, ...],
        fallback: DocxtplFallback,
        *,
        check_every: bool = False,
        sandboxed: bool = False,
        custom: tuple[bytes, tuple[int, int, int, int, int, int]] | None = None,
    ) -> None:
        self.name = name
        self.notice: str | None = None
        self._skeleton = skeleton
        self._parts = parts
        self._fallback = fallback
        # A user's template (sandboxed) renders within time and memory limits.
        self._sandboxed = sandboxed
        # Whether a render has been parsed back, and whether every one must be; see render().
        self._checked = False
        self._check_every = check_every
        # Set once the caller asks for something only docxtpl does (replace_pic, ...).
        self._docxtpl_only: str | None = None
        # The template's custom-properties part (and its date), written per document.
        self._custom = custom

    # -- docxtpl's API for what changes the package: done by docxtpl itself -----------

    def build_url_id(self, url: str) -> str:
        """The relationship id of a hyperlink to ``url``, for ``RichText(url_id=...)``.

        As :meth:`docxtpl.DocxTemplate.build_url_id`: the link belongs to this template.
        """
        return self._fallback.build_url_id(url)

    def replace_pic(self, embedded_file: str, dst_file: Any) -> None:
        """Replace the picture named ``embedded_file`` (as docxtpl's ``replace_pic``)."""
        self._fallback.replace_pic(embedded_file, dst_file)
        self._use_docxtpl("replaced pictures")

    def replace_media(self, src_file: Any, dst_file: Any) -> None:
        """Replace a media file by its content (as docxtpl's ``replace_media``)."""
        self._fallback.replace_media(src_file, dst_file)
        self._use_docxtpl("replaced media")

    def replace_embedded(self, src_file: Any, dst_file: Any) -> None:
        """Replace an embedded object by its content (as docxtpl's ``replace_embedded``)."""
        self._fallback.replace_embedded(src_file, dst_file)
        self._use_docxtpl("replaced embedded objects")

    def replace_zipname(self, zipname: str, dst_file: Any) -> None:
        """Replace a package entry (as docxtpl's ``replace_zipname``)."""
        self._fallback.replace_zipname(zipname, dst_file)
        self._use_docxtpl("replaced package entries")

    def _use_docxtpl(self, reason: str) -> None:
        self._docxtpl_only = reason
        self.notice = f"{self.name}: uses {reason}; rendering with plain docxtpl (slower)"

    @property
    def fixed_prefix(self) -> bytes:
        """The static entries every document starts with (see :class:`Skeleton`)."""
        return self._skeleton.head

    @property
    def part_names(self) -> tuple[str, ...]:
        """The zip entries rendered per document (the rest is the skeleton)."""
        return tuple(compiled.part.name for compiled in self._parts)

    def render(
        self,
        context: Mapping[str, Any],
        *,
        plain_data: bool = False,
        properties: Mapping[str, str] | None = None,
    ) -> bytes:
        """Render one document.

        Args:
            context: the template's variables.
            plain_data: the caller built the context from plain data (strings,
                numbers, dates, lists, dicts), so it cannot hold images or
                sub-documents and is not searched for them (a batch saves a
                fifth of its rendering time so).
            properties: custom document properties to set (the document's identity).

        Returns:
            The .docx bytes.

        Raises:
            TemplateError: a value is missing or an expression fails.
        """
        if self._docxtpl_only is not None:
            return self._fallback.render(context, properties=properties)
        reason = None if plain_data else context_reason(context)
        if reason is not None:
            self.notice = (
                f"{self.name}: context uses {reason}; rendering with plain docxtpl (slower)"
            )
            return self._fallback.render(context, properties=properties)
        # Escaped values cannot break the XML, and a control character is caught
        # per part; what remains is a template whose tags cut through the XML
        # structure, which shows on its first document. Parsing every document
        # would cost a fifth of the render time, so only templates whose values
        # may go in unescaped (autoescape off, |safe) pay it.
        check = self._check_every or not self._checked
        with render_limits(self.name) if self._sandboxed else contextlib.nullcontext():
            parts = [
                (part.part.name, part.date_time, self._render_part(part, context, check))
                for part in self._parts
            ]
        self._checked = True
        if self._custom is not None:
            source, date_time = self._custom
            xml = custom_properties_xml(source, properties) if properties else source
            parts.append((CUSTOM_PART, date_time, xml))
        elif properties:  # a template without the part: rewritten once, slower
            return add_custom_properties(self._skeleton.complete(parts), properties)
        return self._skeleton.complete(parts)

    def _parse_back(self, name: str, data: bytes) -> None:
        try:
            etree.fromstring(data, _STRICT_PARSER)
        except etree.XMLSyntaxError as exc:
            cause = (
                "a value with &, < or > went in unescaped (turn autoescape on, or write "
                "{{ value|e }}), or "
                if self._check_every
                else ""
            )
            raise TemplateError(
                self.name,
                f"the filled-in {name} is not well-formed XML ({exc}); {cause}check that "
                "paragraph and table tags ({%p %}, {%tr %}, {%tc %}) open and close "
                "in the same kind of element",
            ) from exc

    def _render_part(
        self, compiled: _CompiledPart, context: Mapping[str, Any], check: bool
    ) -> bytes:
        part = compiled.part
        try:
            xml = compiled.template.render(context)
        except LeadocsError:
            raise
        except (jinja2.TemplateError, *EXPRESSION_ERRORS) as exc:
            raise template_error(
                self.name, exc, part, context=context, env=compiled.template.environment
            ) from exc
        xml = unescape_braces(strip_line_markers(xml))
        if any(char in xml for char in _LISTING_CHARS):
            xml = _HELPER.resolve_listing(xml)
        xml = fit_core_xml(plain_text(xml)) if part.kind == "core" else word_runs(xml)
        data = self._encode(part.name, xml)
        if check:  # before fix_tables, whose parser quietly repairs broken XML
            self._parse_back(part.name, data)
        return self._encode(part.name, _fix_tree(xml)) if part.fix_tree else data

    def _encode(self, name: str, xml: str) -> bytes:
        try:
            data = (XML_DECLARATION + xml).encode("utf-8")
        except UnicodeEncodeError as exc:
            raise TemplateError(
                self.name, f"a value holds text that is not Unicode: {exc}"
            ) from exc
        if len(data.translate(None, _CONTROL_BYTES)) != len(data):
            raise TemplateError(self.name, _control_message(name, data))
        return data


def _control_message(name: str, data: bytes) -> str:
    code = next(byte for byte in data if byte in _CONTROL_BYTES)
    return (
        f"a value put into {name} contains the control character U+{code:04X}, "
        "which a .docx cannot hold; remove it from the data"
    )


def _fix_tree(xml: str) -> str:
    """Apply docxtpl's table-grid fix and drawing-id renumbering to the main part."""
    tree = _HELPER.fix_tables(xml)
    # Same numbering as docxtpl: a loop that repeats a picture must not repeat its id.
    for number, element in enumerate(tree.iter(_DOC_PR), start=1001):
        element.set("id", str(number))
    return str(etree.tostring(tree, encoding="unicode"))


def _docxtpl_reason(ast: nodes.Template) -> str | None:
    for node in ast.find_all((nodes.Name, nodes.Getattr)):
        name = node.name if isinstance(node, nodes.Name) else getattr(node, "attr", "")
        if name in _DOCXTPL_NAMES:
            return _DOCXTPL_NAMES[name]
    return None


def _parse(env: jinja2.Environment, part: PartSource, name: str) -> nodes.Template:
    try:
        return env.parse(part.source)
    except jinja2.TemplateSyntaxError as exc:
        raise template_error(name, exc, part) from exc


def compile_docx(
    source: bytes, env: jinja2.Environment, name: str = "template.docx"
) -> DocxRenderer:
    """Compile a docxtpl template once.

    Args:
        source: the template's .docx bytes.
        env: the Jinja environment (see ``leadocs.render.environment``); inserted
            texts also get :func:`leadocs.render.typography.unbreakable`.
        name: the template's name, used in messages.

    Returns:
        A :class:`CompiledTemplate`, or a :class:`DocxtplFallback` (with a
        ``notice``) for templates that create images, sub-documents or
        hyperlinks while rendering.

    Raises:
        TemplateError: the file is not a .docx, or a template tag does not compile.
    """
    env = docx_environment(env)
    infos, entries = read_entries(source, name)
    sources: list[PartSource] = []
    for entry, kind in find_template_parts(entries, name):
        prepared = prepare_part(entry, kind, entries[entry], name)
        if prepared is not None:
            sources.append(prepared)
    asts = [_parse(env, part, name) for part in sources]
    by_name = {part.name: part for part in sources}
    reason = next((r for r in map(_docxtpl_reason, asts) if r is not None), None)
    if reason is not None:
        return DocxtplFallback(source, env, name, reason, by_name)
    dates = {info.filename: info.date_time for info in infos}
    parts = []
    for part, ast in zip(sources, asts, strict=True):
        try:
            # Compiling folds constant expressions ('a' | center(10**9)): bounded too.
            with limits_for(env, name):
                template = env.from_string(ast)
        except (jinja2.TemplateError, *EXPRESSION_ERRORS) as exc:
            raise template_error(name, exc, part) from exc
        parts.append(_CompiledPart(part, template, dates[part.name]))
    has_custom = RELATIONSHIP.encode() in entries.get("_rels/.rels", b"")
    custom = (
        (entries[CUSTOM_PART], dates[CUSTOM_PART])
        if has_custom and CUSTOM_PART in entries
        else None
    )
    skeleton = build_skeleton(infos, entries, set(by_name) | ({CUSTOM_PART} if custom else set()))
    fallback = DocxtplFallback(source, env, name, "docxtpl objects", by_name)
    check_every = env.autoescape is not True or any(map(_may_emit_markup, asts))
    return CompiledTemplate(
        name,
        skeleton,
        tuple(parts),
        fallback,
        check_every=check_every,
        sandboxed=env.sandboxed,
        custom=custom,
    )


def _may_emit_markup(ast: nodes.Template) -> bool:
    """Whether a template can put a value into the XML unescaped, even with autoescape on."""
    for node in ast.find_all((nodes.Filter, nodes.ScopedEvalContextModifier, nodes.MarkSafe)):
        if not isinstance(node, nodes.Filter) or node.name == "safe":
            return True
    return False
