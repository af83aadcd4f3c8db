"""The contracts of the tender pack in every language: no English left, the glossary's terms.

Like the drafts (:mod:`tests.tender.test_tender_languages`), the contracts are
rendered from the examples with every text of the procurement replaced by a
neutral marker, so English found in a non-English contract can only come from
the static text. Together, the contracts of the three procedures must use each
legal term of the language's glossary that a contract speaks of (selection
criteria and the estimated value belong to the call for tenders, not to the
contract).
"""

from __future__ import annotations

import datetime as dt

import pytest

from leadocs.tender.input import load_procurement
from leadocs.tender.pack import pack_context
from leadocs.tender.pack.contracts import contract_documents
from leadocs.tender.texts import glossary
from tests.helpers.docx_text import docx_to_text
from tests.tender.test_tender_languages import KINDS, SHIPPED, english_left, marker_file

DAY = dt.date(2026, 9, 1)
NOT_IN_CONTRACTS = {"selection_criteria", "estimated_value"}


@pytest.fixture(scope="module")
def contract_texts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str]:
    """The text of every contract of every procedure in every language, joined per procedure."""
    folder = tmp_path_factory.mktemp("contract-languages")
    found = {}
    for kind in KINDS:
        loaded = load_procurement(marker_file(folder, kind))
        report = loaded.check()
        for lang in SHIPPED:
            ctx = pack_context(loaded, report, lang=lang, today=DAY)
            texts = [docx_to_text(doc.data) for _, doc in contract_documents(loaded, ctx)]
            found[kind, lang] = "\n".join(texts)
    return found


@pytest.mark.parametrize("lang", SHIPPED[1:])
@pytest.mark.parametrize("kind", KINDS)
def test_contracts_have_no_english_left(
    contract_texts: dict[tuple[str, str], str], kind: str, lang: str
) -> None:
    assert english_left(contract_texts[kind, lang], lang) == []


def test_the_check_finds_english_in_contracts(contract_texts: dict[tuple[str, str], str]) -> None:
    found = english_left(contract_texts["pcp", "en"], "fi")
    assert any(key.startswith("contract.") for key in found)
    assert len(found) > 50


@pytest.mark.parametrize("lang", SHIPPED)
def test_contracts_use_the_glossary(contract_texts: dict[tuple[str, str], str], lang: str) -> None:
    text = " ".join(contract_texts[kind, lang] for kind in KINDS).casefold()
    terms = {c: t for c, t in glossary(lang).items() if c not in NOT_IN_CONTRACTS}
    assert len(terms) == len(glossary(lang)) - len(NOT_IN_CONTRACTS)
    missing = [term for term in terms.values() if term.casefold() not in text]
    assert missing == []


@pytest.mark.parametrize("lang", SHIPPED[1:])
def test_contracts_have_no_english_legal_term(
    contract_texts: dict[tuple[str, str], str], lang: str
) -> None:
    text = " ".join(contract_texts[kind, lang] for kind in KINDS)
    for concept, term in glossary("en").items():
        if glossary(lang)[concept] != term:
            assert term not in text, concept
