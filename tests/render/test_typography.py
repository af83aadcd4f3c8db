"""No line break inside acronyms, e-mail addresses and URLs of inserted values."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest

from leadocs.documents.build import make_document
from leadocs.documents.subject import DocumentSubject
from leadocs.formats.files import load_network, load_organisation
from leadocs.render.compiled import DocxtplFallback, compile_docx
from leadocs.render.environment import build_environment
from leadocs.render.typography import NO_BREAK_HYPHEN as NBH
from leadocs.render.typography import WORD_JOINER as WJ
from leadocs.render.typography import docx_environment, unbreakable, word_runs
from tests.helpers import EXAMPLES
from tests.helpers.docx_corpus import document_with, save
from tests.helpers.docx_text import docx_to_text

W_NBH = "<w:noBreakHyphen/>"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Letter (LEA-N)", f"Letter (LEA{NBH}N)"),
        ("LEA-N-tagság", f"LEA{NBH}N-tagság"),  # the suffix may still break
        ("Estados-Membros, EU-Ebene, aB-C, 1-A", "Estados-Membros, EU-Ebene, aB-C, 1-A"),
        ("PPI- ja PCP-hankkeisiin, PCP-PPI", f"PPI- ja PCP-hankkeisiin, PCP{NBH}PPI"),
        ("to lea-network@x-y.eu.", f"to lea{NBH}network@x{NBH}y.eu."),
        ("see https://a-b.eu/c/d", f"see https://{WJ}a{NBH}b.eu/{WJ}c/{WJ}d"),
        ("and/or", "and/or"),
    ],
)
def test_unbreakable_protects_acronyms_addresses_and_urls(text: str, expected: str) -> None:
    assert unbreakable(text) == expected


def _finnish_loi() -> bytes:
    loaded = load_organisation(EXAMPLES / "orgs" / "goteborg.yaml")
    network = load_network(EXAMPLES / "networks" / "nordic.yaml")
    subject = DocumentSubject(network, organisation=loaded.organisation)
    return make_document("loi", subject, lang="fi", today=dt.date(2025, 3, 7)).data


def _part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name).decode("utf-8")


def test_finnish_letter_keeps_acronym_and_return_address_whole() -> None:
    data = _finnish_loi()
    body = _part(data, "word/document.xml")
    # the title's "(LEA-N)" and the return address hold Word's non-breaking hyphen
    assert f'(LEA</w:t>{W_NBH}<w:t xml:space="preserve">N' in body
    assert f'(lea</w:t>{W_NBH}<w:t xml:space="preserve">nordic@goteborgsregionen.se)' in body
    assert f"LEA</w:t>{W_NBH}" in _part(data, "word/header1.xml")
    assert NBH not in body  # written as Word's element, not as a character
    # a reader (and python-docx) sees the plain text; the title property is plain
    text = docx_to_text(data)
    assert "(lea-nordic@goteborgsregionen.se)" in text
    title = docx.Document(io.BytesIO(data)).core_properties.title
    assert "LEA-N" in title and NBH not in title


def test_compiled_engine_and_docxtpl_fallback_write_the_same_runs() -> None:
    source = save(
        document_with(
            "Title {{ name }} ({{ acronym }})",
            "Write to {{ email }} or see {{ url }}.",
        )
    )
    context = {
        "name": "Network",
        "acronym": "LEA-N",
        "email": "lea-network@example.eu",
        "url": "https://www.lea-n.eu/join",
    }
    env = build_environment()
    compiled = compile_docx(source, env, "t.docx").render(context)
    fallback = DocxtplFallback(source, docx_environment(env), "t.docx", "test").render(context)
    for data in (compiled, fallback):
        body = _part(data, "word/document.xml")
        assert body.count(W_NBH) == 3, body
        assert f"https://{WJ}www.lea" in body
        assert "Write to lea-network@example.eu or see https://www.lea-n.eu/join." in (
            docx_to_text(data)
        )
    assert docx_to_text(compiled) == docx_to_text(fallback)


def test_field_codes_and_attributes_keep_plain_hyphens() -> None:
    xml = (
        f"<w:r><w:instrText>HYPERLINK https://{WJ}a{NBH}b.eu</w:instrText></w:r>"
        f'<w:r><w:t>LEA{NBH}N</w:t></w:r><w:hyperlink w:tooltip="a{NBH}b"/>'
    )
    assert word_runs(xml) == (
        "<w:r><w:instrText>HYPERLINK https://a-b.eu</w:instrText></w:r>"
        f'<w:r><w:t xml:space="preserve">LEA</w:t>{W_NBH}<w:t xml:space="preserve">N</w:t></w:r>'
        '<w:hyperlink w:tooltip="a-b"/>'
    )
