"""Every built-in network document converts in LibreOffice with its text intact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from leadocs.documents.build import make_document
from leadocs.documents.subject import DocumentSubject
from leadocs.formats.files import builtin_network, load_organisation
from tests.helpers import EXAMPLES
from tests.helpers.soffice_required import convert_with_soffice

pytestmark = pytest.mark.soffice


def test_documents_convert_with_expected_text(tmp_path: Path) -> None:
    today = dt.date(2026, 11, 21)
    network = builtin_network()
    documents = {
        "benefits": make_document("benefits", DocumentSubject(network), today=today),
        "report": make_document(
            "report", DocumentSubject(network, partner=network.partners[0]), today=today
        ),
    }
    for org_file in sorted((EXAMPLES / "orgs").glob("*.yaml")):
        loaded = load_organisation(org_file)
        documents[f"loi-{org_file.stem}"] = make_document(
            "loi",
            DocumentSubject(network, organisation=loaded.organisation),
            lang="en",
            today=today,
        )
        documents[f"assistance-{org_file.stem}"] = make_document(
            "assistance",
            DocumentSubject(network, organisation=loaded.organisation),
            lang="en",
            today=today,
        )
    for name, document in documents.items():
        (tmp_path / f"{name}.docx").write_bytes(document.data)
    convert_with_soffice(tmp_path.glob("*.docx"), tmp_path)
    for name, document in documents.items():
        pdf = tmp_path / f"{name}.pdf"
        assert pdf.exists(), f"{name} did not convert"
        text = " ".join((page.extract_text() or "") for page in PdfReader(pdf).pages)
        flat = " ".join(text.split())
        assert "{{" not in flat and "{%" not in flat
        assert " ".join(document.title.split()) in flat or document.title.split()[0] in flat
        if name.startswith(("loi-", "assistance-")):
            assert document.subject.split()[0] in flat, f"{name}: organisation name missing"
    loi_text = " ".join(
        p.extract_text() or "" for p in PdfReader(tmp_path / "loi-konnevesi.pdf").pages
    )
    assert "☒" in loi_text and "☐" in loi_text
    assert "21 November 2026" in loi_text
    greek = " ".join(
        p.extract_text() or "" for p in PdfReader(tmp_path / "loi-thessaloniki.pdf").pages
    )
    assert "Θεσσαλονίκης" in greek
