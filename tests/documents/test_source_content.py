"""The built-in LEA network's documents say only what deliverable D2.3 says.

Texts the source does not give (a return address, the members' expected
contribution) show a visible "[to complete]" in the document's language; the
assistance form shows the procurer-facing questions, not the source's notes to
the partners on what the answers are used for.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from leadocs.documents.build import make_document
from leadocs.documents.subject import DocumentSubject
from leadocs.formats.files import builtin_network, load_network, load_organisation
from leadocs.i18n import catalogue
from leadocs.i18n.languages import shipped_languages
from tests.helpers import EXAMPLES, rows_of, write_csv
from tests.helpers.docx_text import docx_to_text

TODAY = dt.date(2025, 3, 7)
INVENTED = ("lea-network@", "learntechaccelerator.eu", "EU Projektkonsult", "Work Package 2")
INTERNAL_NOTES = ("D2.4", "Attract", "LEA web", "Demand policy 2030")


def _text(kind: str, lang: str, network_file: Path | None = None) -> str:
    loaded = load_organisation(EXAMPLES / "orgs" / "konnevesi.yaml")
    network = load_network(network_file) if network_file else loaded.network
    subject = DocumentSubject(network, organisation=loaded.organisation)
    return docx_to_text(make_document(kind, subject, lang=lang, today=TODAY).data)


def test_builtin_network_holds_no_text_the_source_lacks() -> None:
    network = builtin_network()
    assert network.contact.email is None and network.contact.address == ""
    assert network.sender is None
    assert network.expected_contribution == [] and network.assistance_purpose == []


@pytest.mark.parametrize("lang", shipped_languages())
def test_return_address_is_left_to_complete_in_every_language(lang: str) -> None:
    gap = catalogue(lang).text("common", "to_complete")
    for kind in ("loi", "assistance"):
        text = _text(kind, lang)
        assert f"({gap})" in text, kind
        assert not [word for word in INVENTED if word in text], kind


@pytest.mark.parametrize("lang", shipped_languages())
def test_assistance_form_shows_no_internal_notes(lang: str) -> None:
    text = _text("assistance", lang)
    assert "[List Bullet]" not in text
    assert not [note for note in INTERNAL_NOTES if note in text]
    assert catalogue(lang).text("assistance", "purpose_intro") not in text


@pytest.mark.parametrize("lang", shipped_languages())
def test_expected_contribution_is_left_to_complete(lang: str) -> None:
    texts = catalogue(lang)
    heading = texts.text("benefits", "contribution_heading")
    lines = _text("benefits", lang).splitlines()
    at = lines.index(f"[Heading 1] {heading}")
    assert lines[at + 1] == f"[Normal] {texts.text('common', 'to_complete')}"
    assert not [line for line in lines[at:] if line.startswith("[List Bullet]")]


def test_a_network_that_gives_the_texts_gets_them() -> None:
    nordic = EXAMPLES / "networks" / "nordic.yaml"
    benefits = _text("benefits", "en", nordic)
    assert "[List Bullet] Take an active part in the network's seminars and meetings." in benefits
    assert "[to complete]" not in benefits
    assert "(lea-nordic@goteborgsregionen.se)" in _text("loi", "en", nordic)
    # the partners' notes stay off the form, whatever the network says
    assert "identify the members' needs" not in _text("assistance", "en", nordic)


def test_mailing_on_a_network_without_address_needs_a_sender(run, tmp_path: Path) -> None:
    write_csv(tmp_path / "list.csv", rows_of()[:2])
    result = run("batch", "loi", "list.csv", "-o", "out", "--eml")
    assert result.exit_code == 2  # a usage error: the command needs --from
    assert "gives no e-mail address to send from" in result.stderr
    assert "--from" in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("out/*"))
