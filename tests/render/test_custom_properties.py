"""Custom document properties written by the engine: the identity of every generated document."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx

from leadocs.documents.context import benefits_context
from leadocs.documents.subject import ContextOptions, DocumentSubject
from leadocs.formats.files import load_network
from leadocs.render.compiled import compile_docx
from leadocs.render.custom_properties import (
    CUSTOM_PART,
    add_custom_properties,
    read_custom_properties,
)
from leadocs.render.environment import build_environment
from tests.helpers import ROOT

IDENTITY = {"leadocs.kind": "loi", "leadocs.recipient": "A & <B>"}


def properties_of(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return read_custom_properties(package)


def plain_template() -> bytes:
    document = docx.Document()
    document.add_paragraph("Dear {{ name }}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_layout_gets_the_identity_in_its_own_part() -> None:
    source = (ROOT / "templates" / "benefits.docx").read_bytes()
    renderer = compile_docx(source, build_environment(), "benefits.docx")
    assert properties_of(source) == {}

    context = benefits_context(
        DocumentSubject(load_network(None)), ContextOptions("en", dt.date(2026, 3, 1))
    )
    assert properties_of(renderer.render(context, properties=IDENTITY)) == IDENTITY
    assert properties_of(renderer.render(context)) == {}


def test_a_template_without_the_part_gets_one_and_stays_a_valid_docx() -> None:
    renderer = compile_docx(plain_template(), build_environment(), "mine.docx")
    data = renderer.render({"name": "Ann"}, properties=IDENTITY)
    assert properties_of(data) == IDENTITY
    assert docx.Document(io.BytesIO(data)).paragraphs[-1].text == "Dear Ann"
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert b"custom-properties" in package.read("_rels/.rels")
        assert CUSTOM_PART.encode() in package.read("[Content_Types].xml")


def test_a_users_own_properties_are_kept() -> None:
    first = add_custom_properties(plain_template(), {"Department": "Education"})
    again = add_custom_properties(first, IDENTITY)
    assert properties_of(again) == {"Department": "Education", **IDENTITY}
    replaced = add_custom_properties(again, {"leadocs.kind": "assistance"})
    assert properties_of(replaced)["leadocs.kind"] == "assistance"
    assert properties_of(replaced)["Department"] == "Education"
