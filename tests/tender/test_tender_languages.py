"""Tender drafts in the language of the procedure: catalogues, glossary, no English left.

The drafts are rendered from the examples with every text of the procurement
replaced by a neutral marker (``«7»``), so that English found in a non-English
draft can only come from the static text. "No English left" compares the draft
with the English tender catalogue: every literal stretch of an English text
(between its placeholders) that the language writes differently must be absent,
the rule-check annex included (its messages come from the catalogues too).
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import re
import string
from pathlib import Path
from typing import Any

import pytest
import yaml

from leadocs.errors import UsageError
from leadocs.i18n import flatten
from leadocs.tender.draft import tender_document
from leadocs.tender.input import load_procurement
from leadocs.tender.texts import choose_language, glossary, tender_catalogue, tender_languages
from tests.helpers.docx_text import docx_to_text
from tests.tender.test_procurement_model import ROOT
from tests.tender.test_rules import data
from tests.tender.test_tender_law import write

SHIPPED = ["en", "sv", "fi", "de", "it", "es", "pt", "hu", "nl", "el", "fr", "pl"]
KINDS = ("pcp", "ppi", "ip")
DAY = dt.date(2026, 9, 1)
# Values that are codes, not text: they stay as they are.
CODES = {
    "procedure", "language", "authority_type", "contract_type", "cpv_main", "cpv_additional",
    "place_of_performance", "nuts", "country", "currency", "kind", "award_basis", "ownership",
    "procedure_type", "organisation", "email", "questions_to", "languages", "report",
    "deadline_time", "time_zone", "reference", "eu_programme", "registration", "postcode",
    "website", "signed", "value", "sme",
}  # fmt: skip


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_twelve_languages() -> None:
    assert sorted(tender_languages()) == sorted(SHIPPED)


@pytest.mark.parametrize("lang", SHIPPED[1:])
def test_catalogue_has_the_english_keys_and_placeholders(lang: str) -> None:
    english, other = flatten(tender_catalogue("en")), flatten(tender_catalogue(lang))
    assert set(other) == set(english)
    for key, text in english.items():
        assert placeholders(other[key]) == placeholders(text), key


def _markers(node: Any, counter: itertools.count[int], key: str = "") -> Any:
    if key in CODES or key.endswith("_url"):
        return node
    if isinstance(node, dict):
        return {k: _markers(v, counter, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_markers(item, counter, key) for item in node]
    if isinstance(node, str):
        return f"«{next(counter)}»"
    return node


def marker_file(tmp_path: Path, kind: str) -> Path:
    values = _markers(copy.deepcopy(data(kind)), itertools.count(1))
    text = yaml.safe_dump({"procurement": values}, allow_unicode=True, sort_keys=False)
    path = tmp_path / f"{kind}.yaml"
    path.write_text(text.replace("../orgs/", f"{ROOT / 'examples' / 'orgs'}/"), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str]:
    """The text of every draft in every language, before its rule-check annex."""
    folder = tmp_path_factory.mktemp("tender-languages")
    found = {}
    for kind in KINDS:
        loaded = load_procurement(marker_file(folder, kind))
        report = loaded.check()
        for lang in SHIPPED:
            text = docx_to_text(tender_document(loaded, report, today=DAY, lang=lang).data)
            found[kind, lang] = text
    return found


def _flat(text: str) -> str:
    return " ".join(text.split())


def english_fragments(lang: str) -> list[tuple[str, str]]:
    english, other = flatten(tender_catalogue("en")), flatten(tender_catalogue(lang))
    fragments = []
    for key, text in english.items():
        if other[key] == text:  # the language writes it as English does ("PCP", "#")
            continue
        for literal, _, _, _ in string.Formatter().parse(text):
            fragment = _flat(literal).strip(" .,:;()–")
            if sum(char.isalpha() for char in fragment) >= 6 and fragment not in other[key]:
                fragments.append((key, fragment))
    return fragments


def english_left(text: str, lang: str) -> list[str]:
    body = _flat(text)
    return [
        f"{key}: {fragment!r}"
        for key, fragment in english_fragments(lang)
        if re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", body)
    ]


@pytest.mark.parametrize("lang", SHIPPED[1:])
@pytest.mark.parametrize("kind", KINDS)
def test_no_english_left(drafts: dict[tuple[str, str], str], kind: str, lang: str) -> None:
    assert english_left(drafts[kind, lang], lang) == []  # the rule-check annex too


def test_the_check_finds_english(drafts: dict[tuple[str, str], str]) -> None:
    assert len(english_left(drafts["pcp", "en"], "fi")) > 50


@pytest.mark.parametrize("lang", SHIPPED)
def test_drafts_use_the_glossary(drafts: dict[tuple[str, str], str], lang: str) -> None:
    text = " ".join(drafts[kind, lang] for kind in KINDS).casefold()
    missing = [term for term in glossary(lang).values() if term.casefold() not in text]
    assert missing == []
    assert set(glossary(lang)) == set(glossary("en"))


@pytest.mark.parametrize("lang", SHIPPED[1:])
def test_no_english_legal_term(drafts: dict[tuple[str, str], str], lang: str) -> None:
    text = " ".join(drafts[kind, lang].split("⤓")[0] for kind in KINDS)
    for concept, term in glossary("en").items():
        if glossary(lang)[concept] != term:
            assert term not in text, concept


def test_procedure_language_decides(tmp_path: Path) -> None:
    values = data("pcp")
    values["language"] = "sv"
    values["budget"]["currency"] = "SEK"
    values["budget"]["total"] = 1_200_000
    loaded = load_procurement(write(tmp_path, values))
    text = docx_to_text(tender_document(loaded, loaded.check(), today=DAY).data)
    assert "[Title] Anbudsinbjudan" in text
    assert "| Total budget (exkl. moms) | 1\u00a0200\u00a0000\u00a0kr |" in text
    assert "| Förfarandets språk | svenska |" in text
    english = docx_to_text(tender_document(loaded, loaded.check(), today=DAY, lang="en").data)
    assert "[Title] Request for tenders" in english


@pytest.mark.parametrize(
    ("lang", "amount"), [("de", "1.200.000\u00a0€"), ("fi", "1\u00a0200\u00a0000\u00a0€")]
)
def test_money_as_the_language_writes_it(tmp_path: Path, lang: str, amount: str) -> None:
    values = data("ppi")
    values["budget"]["total"] = 1_200_000
    values["budget"]["estimated_value"] = 1_200_000
    loaded = load_procurement(write(tmp_path, values))
    text = docx_to_text(tender_document(loaded, loaded.check(), today=DAY, lang=lang).data)
    assert f"| {amount} |" in text


def test_an_unavailable_language_is_an_error_naming_those_available() -> None:
    with pytest.raises(UsageError) as caught:
        choose_language("ga")
    message = str(caught.value)
    assert "'ga'" in message and "en, es" in message


def test_a_fallback_language_is_a_warning() -> None:
    choice = choose_language("ga", fallback="en")
    assert choice.lang == "en"
    assert choice.warning is not None and "'ga'" in choice.warning
    assert choose_language("pt_PT").lang == "pt"


# -- the command line -----------------------------------------------------------------------


def test_cli_writes_the_procedure_language_and_lang_overrides(run, tmp_path: Path) -> None:
    values = data("ppi")
    values["language"] = "el"
    path = write(tmp_path, values)
    assert run("tender", path, "-o", tmp_path / "el.docx").exit_code == 0
    assert "[Title] Διακήρυξη" in docx_to_text(tmp_path / "el.docx")
    result = run("tender", path, "--lang", "pt", "-o", tmp_path / "pt.docx")
    assert result.exit_code == 0, result.output
    assert "[Title] Caderno de encargos" in docx_to_text(tmp_path / "pt.docx")


def test_cli_unavailable_language(run, tmp_path: Path) -> None:
    values = data("ppi")
    values["language"] = "ga"
    path = write(tmp_path, values)
    result = run("tender", path, "-o", tmp_path / "ga.docx")
    assert result.exit_code == 2
    assert "no tender texts in language 'ga'" in result.stderr
    assert "available: de, el, en, es, fi, fr, hu, it, nl, pl, pt, sv" in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "ga.docx").exists()
    result = run("tender", path, "--fallback-lang", "en", "-o", tmp_path / "en.docx")
    assert result.exit_code == 0, result.output
    assert "Warning: no tender texts in language 'ga'" in result.stderr
    assert "[Title] Tender specifications" in docx_to_text(tmp_path / "en.docx")
