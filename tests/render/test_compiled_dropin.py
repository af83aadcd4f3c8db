"""The compiled engine as a drop-in for docxtpl: same text, same XML, same API.

Every case of ``docx_dropin_corpus`` is rendered by plain docxtpl (a
``DocxTemplate`` the caller makes its objects on) and by ``compile_docx``
(objects made on the renderer, as docxtpl users make them on their template),
with autoescape on and off; the documents must read the same and every XML
part must be the same canonical XML. A second render from the same compiled
template must be the same again.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import jinja2
import pytest
from docxtpl import DocxTemplate
from lxml import etree

from leadocs.errors import LeadocsError, TemplateError
from leadocs.render.compiled import CompiledTemplate, compile_docx
from leadocs.render.environment import build_environment
from tests.helpers.docx_corpus import (
    CORPUS,
    CorpusTemplate,
    corpus_contexts,
    document_with,
    save,
)
from tests.helpers.docx_dropin_corpus import DROPIN, EMBEDDED, DropinCase
from tests.helpers.docx_text import assert_valid_docx, docx_to_text
from tests.render.test_compiled_engine import assert_equivalent, assert_same_xml

_PARSER = etree.XMLParser(remove_blank_text=True)
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def environment(escape: bool) -> jinja2.Environment:
    """leadocs' environment, or docxtpl's default (a plain one, autoescape off)."""
    return build_environment() if escape else jinja2.Environment()


def docxtpl_render(case: DropinCase, escape: bool, folder: Path) -> bytes:
    source = case.build()
    tpl = DocxTemplate(io.BytesIO(source))
    if case.prepare is not None:
        case.prepare(tpl, folder)
    tpl.render(case.context(tpl, tpl), jinja_env=environment(escape), autoescape=escape)
    buffer = io.BytesIO()
    tpl.save(buffer)
    return buffer.getvalue()


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def canonical(data: bytes) -> bytes:
    root = etree.fromstring(data, _PARSER)
    if root.tag.endswith("}Relationships"):  # the same relationships, in any order
        rels = sorted(root.iter(_REL), key=lambda rel: rel.get("Id", ""))
        root[:] = rels
    return etree.tostring(root, method="c14n")


def assert_same_package(ours: bytes, theirs: bytes) -> None:
    """Same text, same entries, every XML part the same canonical XML, other entries equal."""
    assert docx_to_text(ours) == docx_to_text(theirs)
    mine, reference = entries(ours), entries(theirs)
    assert sorted(mine) == sorted(reference)
    for name, data in reference.items():
        if name.startswith("docProps/"):
            continue  # python-docx stamps its own core properties on save
        if name.endswith((".xml", ".rels")):
            assert canonical(mine[name]) == canonical(data), name
        else:
            assert mine[name] == data, name


@pytest.mark.parametrize("escape", [True, False], ids=["autoescape", "no-autoescape"])
@pytest.mark.parametrize("case", DROPIN, ids=lambda case: case.name)
def test_renders_like_docxtpl(case: DropinCase, escape: bool, tmp_path: Path) -> None:
    theirs = docxtpl_render(case, escape, tmp_path)
    source = case.build()
    renderer = compile_docx(source, environment(escape), f"{case.name}.docx")
    if case.prepare is not None:
        case.prepare(renderer, tmp_path)
    fresh = DocxTemplate(io.BytesIO(source))
    context = case.context(renderer, fresh)
    ours = renderer.render(context)
    assert_valid_docx(ours)
    assert_same_package(ours, theirs)
    assert_same_package(renderer.render(context), theirs)  # and again


def test_a_removed_cell_fixes_the_grid_as_docxtpl_does(tmp_path: Path) -> None:
    case = next(case for case in DROPIN if case.name == "removed_cells")
    renderer = compile_docx(case.build(), build_environment())
    assert isinstance(renderer, CompiledTemplate) and renderer.notice is None
    document = entries(renderer.render(case.context(renderer, DocxTemplate(io.BytesIO()))))
    grid = etree.fromstring(document["word/document.xml"]).findall(".//{*}gridCol")
    assert len(grid) == 2  # the third column is gone, its width shared out


def test_hyperlinks_made_on_the_renderer_point_at_their_url(tmp_path: Path) -> None:
    case = next(case for case in DROPIN if case.name == "hyperlink")
    renderer = compile_docx(case.build(), build_environment())
    first = renderer.render(case.context(renderer, DocxTemplate(io.BytesIO())))
    rels = etree.fromstring(entries(first)["word/_rels/document.xml.rels"])
    targets = {rel.get("Id"): rel.get("Target") for rel in rels.iter(_REL)}
    document = entries(first)["word/document.xml"].decode()
    for rel_id, url in [(k, v) for k, v in targets.items() if v.startswith("https:")]:
        assert f'r:id="{rel_id}"' in document, url
    assert set(targets.values()) >= {
        "https://example.org/a?b=1&c=2",
        "https://example.org/second",
    }


def test_a_link_made_on_another_template_is_refused_clearly() -> None:
    case = next(case for case in DROPIN if case.name == "hyperlink")
    renderer = compile_docx(case.build(), build_environment(), "l.docx")
    other = DocxTemplate(io.BytesIO(case.build()))
    other.build_url_id("https://example.org/other")
    with pytest.raises(TemplateError, match="made on another template; make its url_id with"):
        renderer.render(case.context(other, other))


def test_template_errors_are_jinja_errors_too() -> None:
    case = next(case for case in DROPIN if case.name == "run_tags")
    renderer = compile_docx(case.build(), build_environment(), "t.docx")
    with pytest.raises(jinja2.TemplateError) as caught:  # as docxtpl users catch them
        renderer.render({"vip": True})
    assert isinstance(caught.value, TemplateError) and isinstance(caught.value, LeadocsError)
    assert str(caught.value).startswith('t.docx: paragraph 1 "Status: {%r if vip %}VIP')
    assert "name: no such field" in caught.value.message


@pytest.mark.parametrize("value", ["AT&T <Labs>", "</w:t></w:r></w:p>", "a & b"])
def test_without_autoescape_every_part_is_well_formed_or_the_render_raises(value: str) -> None:
    source = next(case for case in DROPIN if case.name == "listing").build()
    renderer = compile_docx(source, jinja2.Environment(), "plain.docx")
    good = {"text": "fine", "name": "Ada"}
    assert_valid_docx(renderer.render(good))
    for _ in range(2):  # the second document too, not only the first
        with pytest.raises(TemplateError, match="not well-formed XML .*went in unescaped"):
            renderer.render({"text": "fine", "name": value})
    assert_valid_docx(renderer.render(good))


def test_safe_filter_is_checked_on_every_render() -> None:
    source = save(document_with("Raw: {{ name|safe }}"))
    renderer = compile_docx(source, build_environment(), "safe.docx")
    renderer.render({"name": "ok"})
    with pytest.raises(TemplateError, match="not well-formed XML"):
        renderer.render({"name": "AT&T <Labs>"})


def test_the_caller_environment_keeps_its_autoescape() -> None:
    env = jinja2.Environment()
    case = next(case for case in DROPIN if case.name == "image")
    renderer = compile_docx(case.build(), env)
    renderer.render(case.context(renderer, DocxTemplate(io.BytesIO(case.build()))))
    assert env.autoescape is False  # docxtpl's fallback must not switch it on


def test_replaced_entries_are_those_docxtpl_writes(tmp_path: Path) -> None:
    case = next(case for case in DROPIN if case.name == "replace_zipname")
    renderer = compile_docx(case.build(), build_environment(), "e.docx")
    assert case.prepare is not None
    case.prepare(renderer, tmp_path)
    assert (
        renderer.notice
        == "e.docx: uses replaced package entries; rendering with plain docxtpl (slower)"
    )
    assert entries(renderer.render({"name": "x"}))[EMBEDDED] == b"replaced by name"


# "escaping" writes a literal "<&>" from the template itself: without autoescape it can
# never be a valid document (it raises, as the next test shows for values).
_UNESCAPABLE = ("escaping",)


@pytest.mark.parametrize("context_name", ["plain", "empty", "unicode"])
@pytest.mark.parametrize(
    "case", [c for c in CORPUS if c.name not in _UNESCAPABLE], ids=lambda case: case.name
)
def test_the_plain_corpus_without_autoescape(case: CorpusTemplate, context_name: str) -> None:
    """Loops, tables, hm/vm/cellbg, headers, footers and notes with escaping off, as docxtpl."""
    source = case.build()
    env = build_environment(autoescape=False)
    tpl = DocxTemplate(io.BytesIO(source))
    tpl.render(corpus_contexts()[context_name], jinja_env=env)
    buffer = io.BytesIO()
    tpl.save(buffer)
    renderer = compile_docx(source, build_environment(autoescape=False), f"{case.name}.docx")
    ours = renderer.render(corpus_contexts()[context_name])
    assert_equivalent(ours, buffer.getvalue())
    assert_same_xml(ours, buffer.getvalue(), renderer.part_names)


@pytest.mark.parametrize("name", ["variables", "header_footer", "footnotes", "merged_cells"])
def test_hostile_values_without_autoescape_raise_in_every_part(name: str) -> None:
    case = next(case for case in CORPUS if case.name == name)
    renderer = compile_docx(case.build(), build_environment(autoescape=False), "x.docx")
    renderer.render(corpus_contexts()["plain"])
    used = [
        key
        for key in ("title", "name", "ref", "city", "org")
        if f"{{{{ {key} }}}}".encode() in b"".join(_template_text(case.build()))
    ]
    assert used
    for key in used:
        hostile = {**corpus_contexts()["plain"], key: "AT&T <Labs>"}
        with pytest.raises(TemplateError, match="not well-formed XML"):
            renderer.render(hostile)


def _template_text(source: bytes) -> list[bytes]:
    with zipfile.ZipFile(io.BytesIO(source)) as archive:
        return [archive.read(n) for n in archive.namelist() if n.endswith(".xml")]
