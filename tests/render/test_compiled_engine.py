"""The compiled .docx engine renders what plain docxtpl renders, only faster.

Equivalence is checked on the text projection of ``docx_text.docx_to_text``:
for every corpus template (``docx_corpus.CORPUS``) and every built-in template,
with plain, empty, hostile and non-Latin contexts, the compiled output must
read exactly like docxtpl's output for the same Jinja environment.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import threading
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

import docx
import jinja2
import pytest
from docx.shared import Cm
from docxtpl import DocxTemplate, InlineImage
from lxml import etree

from leadocs.errors import TemplateError
from leadocs.render._docx_parts import Skeleton
from leadocs.render.compiled import CompiledTemplate, DocxtplFallback, compile_docx
from leadocs.render.environment import build_environment
from leadocs.render.typography import docx_environment, plain_text, word_runs
from tests.helpers.docx_corpus import (
    CORPUS,
    NASTY,
    CorpusTemplate,
    add_table,
    corpus_contexts,
    document_with,
    endnotes_template,
    save,
    tiny_png,
)
from tests.helpers.docx_text import assert_valid_docx, docx_to_text

ROOT = Path(__file__).resolve().parents[2]
BUILTIN_TEMPLATES = sorted((ROOT / "templates").glob("*.docx"))
CONTEXT_NAMES = tuple(corpus_contexts())
TODAY = dt.date(2025, 3, 14)


def builtin_template_contexts(stem: str) -> list[dict[str, Any]]:
    """Contexts to render the built-in template ``templates/<stem>.docx`` with.

    Every built-in template needs contexts here, built with the project's own
    context builders: the equivalence test fails for a template without any.
    """
    if stem.startswith("tender-"):
        return _tender_contexts(stem)
    from leadocs.documents import context as contexts
    from leadocs.documents.subject import ContextOptions, DocumentSubject
    from leadocs.formats.files import builtin_network, load_organisation
    from leadocs.i18n.languages import shipped_languages

    network = builtin_network()
    orgs = [load_organisation(path) for path in sorted((ROOT / "examples/orgs").glob("*.yaml"))]
    langs = shipped_languages()
    # Every language once per document, spread over the example organisations.
    pairs = [(org, lang) for i, org in enumerate(orgs) for lang in {"en", *langs[i :: len(orgs)]}]
    if stem in ("loi", "assistance"):
        build = contexts.loi_context if stem == "loi" else contexts.assistance_context
        return [
            build(
                DocumentSubject(o.network, organisation=o.organisation), ContextOptions(lang, TODAY)
            )
            for o, lang in pairs
        ]
    if stem == "benefits":
        return [
            contexts.benefits_context(DocumentSubject(network), ContextOptions(lang, TODAY))
            for lang in langs
        ]
    if stem == "report":
        return [
            contexts.report_context(
                DocumentSubject(network, partner=partner), ContextOptions(lang, TODAY)
            )
            for partner, lang in zip(network.partners, langs * 2, strict=False)
        ]
    if stem == "consolidated":
        from leadocs.consolidate.document import consolidated_context
        from leadocs.consolidate.records import load_records

        records = load_records(ROOT / "examples/returned-reports", network)
        return [
            consolidated_context(network, records[:count], lang=lang, today=TODAY)
            for count, lang in zip((len(records), 1), langs, strict=False)
        ]
    return []


def _tender_contexts(stem: str) -> list[dict[str, Any]]:
    """Contexts of the example procurements whose procedure uses ``stem``."""
    from leadocs.tender.draft import template_name, tender_context
    from leadocs.tender.input import load_procurement
    from leadocs.tender.pack import pack_context
    from leadocs.tender.rules import check_procurement

    pack = stem in ("tender-declaration", "tender-rule-check", "tender-pack-index")
    found = []
    for path in sorted((ROOT / "examples/procurements").glob("*.yaml")):
        loaded = load_procurement(path)
        report = check_procurement(loaded.procurement)
        lang = loaded.procurement.language
        if stem.startswith("tender-contract-"):
            found += _contract_contexts(
                stem, loaded, pack_context(loaded, report, lang=lang, today=TODAY)
            )
        elif pack:
            found.append(pack_context(loaded, report, lang=lang, today=TODAY))
        elif template_name(loaded.procurement.procedure) == stem:
            found.append(tender_context(loaded, report, today=TODAY))
    return found


def _contract_contexts(stem: str, loaded: Any, ctx: dict[str, Any]) -> list[dict[str, Any]]:
    """The contexts of the contracts of ``loaded``'s pack rendered from template ``stem``."""
    from leadocs.tender.pack.contracts import contract_context, contract_entries, entry_context

    base = contract_context(loaded, ctx)
    entries = contract_entries(loaded.procurement, ctx["t"])
    return [entry_context(base, entry) for entry in entries if entry.template == stem]


@cache
def _source(name: str) -> bytes:
    return next(case for case in CORPUS if case.name == name).build()


def _template(*paragraphs: str, header: str = "") -> bytes:
    document = document_with(*paragraphs)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    return save(document)


class _TypographicDocxTemplate(DocxTemplate):  # type: ignore[misc]
    """docxtpl with the typography of inserted values both engines add (nothing else)."""

    def render_xml_part(self, src_xml: str, part: Any, context: Any, jinja_env: Any = None) -> str:
        return word_runs(super().render_xml_part(src_xml, part, context, jinja_env))

    def render_properties(self, context: Any, jinja_env: Any = None) -> None:
        super().render_properties(context, jinja_env)
        properties = self.docx.core_properties
        for name in ("author", "comments", "identifier", "language", "subject", "title"):
            setattr(properties, name, plain_text(getattr(properties, name)))


def _docxtpl(source: bytes, context: dict[str, Any]) -> bytes:
    """docxtpl's rendering, with the typography of inserted values both engines add."""
    template = _TypographicDocxTemplate(io.BytesIO(source))
    env = docx_environment(build_environment())
    template.render(context, jinja_env=env, autoescape=True)
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()


def _split_core(text: str) -> tuple[str, str]:
    body, _, core = text.partition("== core ==\n")
    return body, core


def assert_equivalent(ours: bytes, theirs: bytes) -> None:
    """Compiled output reads like docxtpl's; core properties modulo docxtpl's double escaping."""
    our_body, our_core = _split_core(docx_to_text(ours))
    their_body, their_core = _split_core(docx_to_text(theirs))
    assert our_body == their_body
    # docxtpl autoescapes a core property's text and python-docx escapes it again,
    # so a title shows "A &amp; B"; ours shows "A & B".
    assert our_core == html.unescape(their_core)


_PARSER = etree.XMLParser(remove_blank_text=True)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _canonical(data: bytes, name: str) -> bytes:
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(name), _PARSER)
    # Known difference: docxtpl's fix_tables also empties the grid of a table
    # whose row loop produced no row (a table Word rejects either way).
    for grid in root.iter(f"{_W}tblGrid"):
        table = grid.getparent()
        if table is not None and table.find(f"{_W}tr") is None:
            grid.clear()
    return etree.tostring(root, method="c14n")


def assert_same_xml(ours: bytes, theirs: bytes, names: tuple[str, ...]) -> None:
    """The rendered parts (core properties aside) are the same XML as docxtpl's."""
    for name in names:
        if not name.startswith("docProps/"):
            assert _canonical(ours, name) == _canonical(theirs, name), name
    with zipfile.ZipFile(io.BytesIO(ours)) as archive:
        for name in names:  # and the paragraph line markers are gone
            assert b"\n<w:p" not in archive.read(name), name


@pytest.mark.parametrize("context_name", CONTEXT_NAMES)
@pytest.mark.parametrize("case", CORPUS, ids=lambda case: case.name)
def test_corpus_renders_like_docxtpl(case: CorpusTemplate, context_name: str) -> None:
    source = _source(case.name)
    renderer = compile_docx(source, build_environment(), f"{case.name}.docx")
    assert isinstance(renderer, CompiledTemplate)
    context = corpus_contexts()[context_name]
    ours = renderer.render(context)
    theirs = _docxtpl(source, corpus_contexts()[context_name])
    assert_equivalent(ours, theirs)
    assert_same_xml(ours, theirs, renderer.part_names)
    hostile = context_name == "nasty"
    assert_valid_docx(ours, literal_braces=case.literal_braces or hostile)
    assert renderer.notice is None


def test_hostile_values_appear_literally() -> None:
    renderer = compile_docx(_source("escaping"), build_environment())
    value = "A & B <c> \"d\" 'e' {{ 7*7 }} {% for x in y %} </w:t>"
    text = docx_to_text(renderer.render({"name": value, "org": value, "city": value}))
    assert text.count(value) == 4  # body, quoted-in-tag line, table cell, header
    assert "49" not in text
    # docxtpl un-escapes only < and > inside tags: a literal & in a tag stays "&amp;".
    assert f"{value} &amp; co" in text


def test_core_properties_are_escaped_once() -> None:
    renderer = compile_docx(_source("core_properties"), build_environment())
    context = {"title": NASTY[0], "ref": "R&D <1>", "name": "{{ x }}"}
    props = docx.Document(io.BytesIO(renderer.render(context))).core_properties
    assert (props.title, props.subject, props.author) == (NASTY[0], "Ref R&D <1>", "{{ x }}")


@pytest.mark.skipif(not BUILTIN_TEMPLATES, reason="templates/ has no .docx yet")
@pytest.mark.parametrize("path", BUILTIN_TEMPLATES, ids=lambda path: path.stem)
def test_builtin_template_renders_like_docxtpl(path: Path) -> None:
    contexts = builtin_template_contexts(path.stem)
    if not contexts:
        pytest.fail(f"add contexts for {path.name} to builtin_template_contexts()")
    source = path.read_bytes()
    renderer = compile_docx(source, build_environment(), path.name)
    assert isinstance(renderer, CompiledTemplate), renderer.notice
    for context in contexts:
        ours = renderer.render(context)
        theirs = _docxtpl(source, context)
        assert_equivalent(ours, theirs)
        assert_same_xml(ours, theirs, renderer.part_names)
        assert_valid_docx(ours)
        # Every document starts with the skeleton (its attachment encoding is reused).
        assert ours.startswith(renderer.fixed_prefix) and len(renderer.fixed_prefix) > 5_000
        assert renderer.render(context, plain_data=True) == ours


def test_inline_image_falls_back_to_docxtpl() -> None:
    source = _template("Logo: {{ logo }} of {{ name }}", header="{{ name }}")
    renderer = compile_docx(source, build_environment(), "logo.docx")
    assert renderer.notice is None
    assert isinstance(renderer, CompiledTemplate)
    # The caller's DocxTemplate is never rendered: the fallback rebinds the image.
    image = InlineImage(DocxTemplate(io.BytesIO(source)), io.BytesIO(tiny_png()), width=Cm(2))
    data = renderer.render({"logo": image, "name": "A & B"})
    assert (
        renderer.notice == "logo.docx: context uses images; rendering with plain docxtpl (slower)"
    )
    assert_valid_docx(data)
    assert docx_to_text(data).startswith("[Normal] Logo: of A & B\n")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert any(name.startswith("word/media/") for name in archive.namelist())
        assert b"<w:drawing>" in archive.read("word/document.xml")
    # A later plain context still renders, compiled, and without the image.
    assert docx_to_text(renderer.render({"logo": "-", "name": "x"})).startswith(
        "[Normal] Logo: - of x"
    )


def test_images_nested_in_the_context_are_found() -> None:
    source = _template("Pictures: {{ org.pictures[0] }} {{ name }}")
    renderer = compile_docx(source, build_environment())
    image = InlineImage(DocxTemplate(io.BytesIO(source)), io.BytesIO(tiny_png()))
    data = renderer.render({"org": {"pictures": (image,)}, "name": "n"})
    assert renderer.notice is not None
    assert b"<w:drawing>" in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def test_images_inside_objects_are_refused_clearly() -> None:
    source = _template("Picture: {{ org.picture }}")
    renderer = compile_docx(source, build_environment(), "p.docx")
    holder = type("Holder", (), {})()
    holder.picture = InlineImage(DocxTemplate(io.BytesIO(source)), io.BytesIO(tiny_png()))
    assert "dicts, lists or tuples" in _error(lambda: renderer.render({"org": holder})).message


@pytest.mark.parametrize(
    ("tag", "reason"),
    [
        ("{{ tpl.build_url_id('https://example.org') }}", "hyperlinks"),
        ("{{ tpl.new_subdoc() }}", "sub-documents"),
    ],
)
def test_docxtpl_calls_in_the_template_fall_back(tag: str, reason: str) -> None:
    renderer = compile_docx(_template(f"Link: {tag}"), build_environment(), "calls.docx")
    assert isinstance(renderer, DocxtplFallback)
    assert renderer.notice == f"calls.docx: uses {reason}; rendering with plain docxtpl (slower)"


def test_renders_are_independent_and_repeatable() -> None:
    source = _source("nested_loops")
    renderer = compile_docx(source, build_environment())
    contexts = corpus_contexts()
    first = {name: renderer.render(context) for name, context in contexts.items()}
    for _ in range(3):
        for name, context in reversed(contexts.items()):
            assert renderer.render(context) == first[name]
    texts = {name: docx_to_text(data) for name, data in first.items()}
    assert len(set(texts.values())) == len(texts)
    assert "value60" in texts["plain"] and "value60" not in texts["unicode"]
    assert_equivalent(first["plain"], _docxtpl(source, contexts["plain"]))


def test_concurrent_renders_match_sequential_ones() -> None:
    renderer = compile_docx(_source("table_rows"), build_environment())
    contexts = [
        {"rows": [{"name": f"row {i}-{j}", "amount": j} for j in range(i % 5)]} for i in range(40)
    ]
    expected = [renderer.render(context) for context in contexts]
    barrier = threading.Barrier(4)

    def render(index: int) -> bytes:
        if index < 4:
            barrier.wait()
        return renderer.render(contexts[index])

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(render, range(40))) == expected


def test_static_entries_are_copied_unchanged() -> None:
    source = _source("picture_loop")
    renderer = compile_docx(source, build_environment())
    assert isinstance(renderer, CompiledTemplate)
    data = renderer.render(corpus_contexts()["plain"])
    with zipfile.ZipFile(io.BytesIO(source)) as before, zipfile.ZipFile(io.BytesIO(data)) as after:
        assert sorted(before.namelist()) == sorted(after.namelist())
        for name in before.namelist():
            if name not in renderer.part_names:
                assert after.read(name) == before.read(name), name
        # The picture repeated by the loop must not repeat its drawing id.
        ids = etree.fromstring(after.read("word/document.xml")).xpath(
            "//wp:docPr/@id",
            namespaces={
                "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
            },
        )
    assert len(ids) == 3 and len(set(ids)) == 3


def test_appended_entries_are_a_sound_zip() -> None:
    parts = [
        ("word/document.xml", (2024, 2, 29, 23, 59, 58), b"<a>" + b"x" * 5000 + b"</a>"),
        ("word/en-t\u00eate.xml", (1980, 1, 1, 0, 0, 0), b""),
    ]
    with zipfile.ZipFile(io.BytesIO(Skeleton(b"", b"", 0).complete(parts))) as archive:
        assert archive.testzip() is None
        assert [(i.filename, i.date_time) for i in archive.infolist()] == [p[:2] for p in parts]
        assert [archive.read(name) for name, _, _ in parts] == [p[2] for p in parts]


def _rename_main_part(source: bytes, new_name: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            name = info.filename
            if name in ("[Content_Types].xml", "_rels/.rels"):
                data = data.replace(b"word/document.xml", new_name.encode())
            elif name == "word/_rels/document.xml.rels":
                name = f"word/_rels/{new_name.rsplit('/', 1)[1]}.rels"
            elif name == "word/document.xml":
                name = new_name
            zout.writestr(name, data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_main_part_is_found_through_relationships() -> None:
    source = _rename_main_part(_source("header_footer"), "word/document2.xml")
    renderer = compile_docx(source, build_environment())
    assert isinstance(renderer, CompiledTemplate)
    assert renderer.part_names[0] == "word/document2.xml"
    context = corpus_contexts()["plain"]
    assert_equivalent(renderer.render(context), _docxtpl(source, context))


def test_endnotes_are_rendered_too() -> None:
    renderer = compile_docx(endnotes_template(), build_environment())
    text = docx_to_text(renderer.render({"name": "N", "org": "A & B"}))
    assert "== endnotes ==\nEndnote: A & B\n" in text


def _error(action: Callable[[], object]) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        action()
    return caught.value


def test_syntax_error_is_a_template_error_with_context() -> None:
    source = _template("Before the error", "Broken {{ name + }}", "After the error")
    error = _error(lambda: compile_docx(source, build_environment(), "broken.docx"))
    assert error.message.startswith(
        'broken.docx: paragraph 2 "Broken {{ name + }}": template syntax error:'
    )
    assert "Before the error" in error.context and "After the error" in error.context


def test_undefined_value_is_a_template_error_with_context() -> None:
    paragraphs = [f"Paragraph {i}" for i in range(20)]
    paragraphs[10] = "Dear {{ recipient.name }},"
    renderer = compile_docx(_template(*paragraphs), build_environment(), "loi.docx")
    error = _error(lambda: renderer.render({"recipient": {"nmae": "x"}}))
    assert str(error) == (
        'loi.docx: paragraph 11 "Dear {{ recipient.name }},": recipient.name: no such field; '
        "did you mean recipient.nmae?"
    )
    error = _error(lambda: renderer.render({"recipient": None}))  # not a missing field
    assert error.message.startswith('loi.docx: paragraph 11 "Dear {{ recipient.name }},"')
    assert "Paragraph 9" in error.context and "Paragraph 0" not in error.context


def test_undefined_value_in_a_header_shows_the_header() -> None:
    renderer = compile_docx(_template("Body", header="Header {{ org }}"), build_environment())
    error = _error(lambda: renderer.render({}))
    assert (
        str(error)
        == 'template.docx: header1.xml paragraph 1 "Header {{ org }}": org: no such field'
    )


@pytest.mark.parametrize(
    ("template", "context", "expected"),
    [
        ("{{ 1 / zero }}", {"zero": 0}, "ZeroDivisionError"),
        ("{{ name + 1 }}", {"name": "x"}, "TypeError"),
        ("{{ when|date }}", {"when": "not a date"}, "ValueError"),
    ],
)
def test_expression_errors_are_template_errors(
    template: str, context: dict[str, Any], expected: str
) -> None:
    renderer = compile_docx(_template(template), build_environment())
    assert expected in _error(lambda: renderer.render(context)).message


def test_control_characters_are_refused() -> None:
    renderer = compile_docx(_template("{{ name }}"), build_environment(), "c.docx")
    error = _error(lambda: renderer.render({"name": "null \x00 byte"}))
    assert "control character U+0000" in error.message
    # In text, \a is docxtpl's paragraph break; in an attribute it cannot be stored.
    assert docx_to_text(renderer.render({"name": "a\ab"})).startswith("[Normal] a\n[Normal] b\n")
    document = document_with()
    add_table(document, ("{% cellbg colour %}cell",))
    cells = compile_docx(save(document), build_environment(), "m.docx")
    assert "control character U+0007" in _error(lambda: cells.render({"colour": "\x07"})).message


def test_broken_structure_is_caught_on_first_render() -> None:
    # An {% if %} opened in a paragraph and closed in a table cell cuts the table open.
    document = document_with("A {% if flag %}start")
    add_table(document, ("end{% endif %} B",))
    renderer = compile_docx(save(document), build_environment(), "s.docx")
    error = _error(lambda: renderer.render({"flag": False}))
    assert "not well-formed XML" in error.message


def test_not_a_docx_is_a_template_error() -> None:
    assert "not a .docx" in _error(lambda: compile_docx(b"plain text", build_environment())).message


def test_template_without_tags_renders_the_template() -> None:
    source = _template("Nothing to fill in")
    renderer = compile_docx(source, build_environment())
    assert isinstance(renderer, CompiledTemplate) and renderer.part_names == ()
    assert docx_to_text(renderer.render({})) == docx_to_text(source)


@pytest.mark.parametrize("sandboxed", [False, True])
def test_dict_attribute_lookup_keeps_jinja_semantics(sandboxed: bool) -> None:
    env = build_environment(sandboxed=sandboxed, autoescape=False)
    data = {"name": "Łódź", "items": "shadowed", "nested": {"x": 1}}
    render = env.from_string(
        "{{ d.name }} {{ d.nested.x }} {{ d['items'] }} {{ d.items()|length }}"
    )
    assert render.render(d=data) == "Łódź 1 shadowed 3"
    # A dict's methods stay methods; a missing key is still an error.
    assert env.from_string("{{ d.get('name') }}").render(d=data) == "Łódź"
    with pytest.raises(jinja2.UndefinedError, match="has no attribute 'missing'"):
        env.from_string("{{ d.missing }}").render(d=data)
    if sandboxed:
        with pytest.raises(jinja2.exceptions.SecurityError):
            env.from_string("{{ d.__class__.__subclasses__() }}").render(d=data)


def test_documents_are_the_same_without_isal(monkeypatch: pytest.MonkeyPatch) -> None:
    import zlib

    from leadocs.render import _docx_parts

    path = BUILTIN_TEMPLATES[0]
    renderer = compile_docx(path.read_bytes(), build_environment(), path.name)
    context = builtin_template_contexts(path.stem)[0]
    fast = renderer.render(context)
    monkeypatch.setattr(_docx_parts, "deflate", zlib)
    plain = renderer.render(context)
    assert_valid_docx(fast)
    assert_valid_docx(plain)
    with zipfile.ZipFile(io.BytesIO(fast)) as a, zipfile.ZipFile(io.BytesIO(plain)) as b:
        assert a.namelist() == b.namelist()
        assert all(a.read(name) == b.read(name) for name in a.namelist())
        assert a.testzip() is None and b.testzip() is None
