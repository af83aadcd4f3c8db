"""The catalogues added for every EU official language, read as a reviewer reads them.

Danish, Estonian, Irish, Lithuanian, Latvian and Maltese: the network's name is never
written right after the language's own word for "network" (the name already says it:
no "tinklo LEA perkančiųjų organizacijų tinklas"), with or without the name's forms; each
e-mail opens with the language's formal greeting for each form of address and closes
with its formal closing; the letter's dateline is in the language's order and form; and
Maltese and Irish letters keep their letters (ħ, ġ, ż, á …) through LibreOffice.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from pypdf import PdfReader

from leadocs.cli import cli
from leadocs.i18n import NameTerm, catalogue
from leadocs.i18n.grammar import name_cases
from tests.helpers.docx_text import docx_to_text
from tests.helpers.soffice_required import convert_with_soffice
from tests.i18n.test_languages import ORGANISATION, marker_network

NAME = "Zyx"  # the network's name as inserted; its forms are "Zyx-gen", "Zyx-dat", …

# The language's word for "network", as it starts in every case.
NETWORK_WORD = {
    "da": "netværk",
    "et": "võrgustik",
    "ga": "líonra",
    "lt": "tinkl",
    "lv": "tīkl",
    "mt": "netwerk",
}

# (greeting for none, ms, mr; closing) with the person "Anna Berg", family name "Berg".
EMAIL_FORMULAS = {
    "da": ("Kære Anna Berg,", "Kære Anna Berg,", "Kære Anna Berg,", "Med venlig hilsen"),
    "et": (
        "Lugupeetud Anna Berg,",
        "Lugupeetud proua Berg,",
        "Lugupeetud härra Berg,",
        "Lugupidamisega",
    ),
    "ga": ("A chara,", "A chara,", "A chara,", "Is mise le meas,"),
    "lt": ("Gerbiamieji,", "Gerbiamoji ponia,", "Gerbiamasis pone,", "Pagarbiai"),
    "lv": (
        "Godātā kundze, godātais kungs!",
        "Godātā kundze!",
        "Godātais kungs!",
        "Ar cieņu",
    ),
    "mt": (
        "Għażiża Sinjura, Għażiż Sinjur,",
        "Għażiża Sinjura Berg,",
        "Għażiż Sur Berg,",
        "Dejjem tagħkom,",
    ),
}

# The dateline of a letter dated 7 March 2025 in Győr (the test organisation's city).
DATELINES = {
    "da": "Győr, den 7. marts 2025",
    "et": "Győr, 7. märts 2025",
    "ga": "Győr, 7 Márta 2025",
    "lt": "2025 m. kovo 7 d., Győr",
    "lv": "Győr, 2025. gada 7. marts",
    "mt": "Győr, 7 ta’ Marzu 2025",
}

ADDED = sorted(NETWORK_WORD)


def names(lang: str) -> list[NameTerm]:
    """The name given as one text, and with every form the language's catalogue uses."""
    forms = {case: f"{NAME}-{case}" for case in name_cases(lang) or ()}
    return [NameTerm.of(NAME), NameTerm.of(NAME, forms)]


def every_text(lang: str, name: NameTerm) -> dict[str, str]:
    texts = catalogue(lang, name)
    return {
        message.id: texts.text(
            message.section, message.key, {v: f"<{v}>" for v in message.variables}
        )
        for message in texts.messages()
    }


@pytest.mark.parametrize("lang", ADDED)
def test_the_network_name_never_follows_the_word_network(lang: str) -> None:
    after_network = re.compile(rf"\b{NETWORK_WORD[lang]}\w*\s+{NAME}", re.IGNORECASE)
    for name in names(lang):
        texts = every_text(lang, name)
        assert any(NAME in text for text in texts.values())
        assert [key for key, text in texts.items() if after_network.search(text)] == []


def test_the_network_word_check_finds_the_doubled_noun() -> None:
    after_network = re.compile(rf"\b{NETWORK_WORD['lt']}\w*\s+{NAME}", re.IGNORECASE)
    assert after_network.search(f"prisijungti prie tinklo {NAME}-gen")
    assert not after_network.search(f"prisijungti prie šio tinklo: {NAME}")


@pytest.mark.parametrize("lang", ADDED)
def test_email_opens_and_closes_with_the_formal_formulas(lang: str) -> None:
    *greetings, closing = EMAIL_FORMULAS[lang]
    texts = catalogue(lang, NameTerm.of(NAME))
    values = {
        "organisation": "Org",
        "network_acronym": "LEA-N",
        "contact": "Anna Berg",
        "contact_family_name": "Berg",
        "signatory": "Sig",
        "return_contact": "Ret",
        "return_email": "ret@example.eu",
        "sender": "Sender",
    }
    for salutation, greeting in zip(("none", "ms", "mr"), greetings, strict=True):
        for key in ("loi_body", "assistance_body"):
            body = texts.text("email", key, {**values, "salutation": salutation})
            first, *_, last_but_one, last = body.split("\n\n")
            assert (first, last_but_one, last) == (greeting, closing, "Sender")


def letter(folder: Path, lang: str) -> Path:
    """The letter of intent of the test organisation in ``lang``, dated 7 March 2025."""
    target = folder / f"loi-{lang}.docx"
    if not (folder / "org.yaml").exists():
        network = yaml.safe_dump(marker_network(), allow_unicode=True, sort_keys=False)
        (folder / "network.yaml").write_text(network, encoding="utf-8")
        (folder / "org.yaml").write_text(ORGANISATION, encoding="utf-8")
    args = ["loi", str(folder / "org.yaml"), "--lang", lang, "--date", "2025-03-07"]
    result = CliRunner().invoke(cli, [*args, "-o", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return target


@pytest.mark.parametrize("lang", ADDED)
def test_dateline_in_the_languages_order_and_form(tmp_path: Path, lang: str) -> None:
    text = " ".join(docx_to_text(letter(tmp_path, lang)).split())
    assert DATELINES[lang] in text.replace("\u00a0", " ")


@pytest.mark.soffice
def test_maltese_and_irish_letters_keep_their_characters(tmp_path: Path) -> None:
    sources = [letter(tmp_path, lang) for lang in ("mt", "ga")]
    convert_with_soffice(sources, tmp_path)
    expected = {"mt": ("ħ", "ġ", "ż", "ċ", "għ"), "ga": ("á", "é", "í", "ó", "ú")}
    for lang, letters in expected.items():
        reader = PdfReader(tmp_path / f"loi-{lang}.pdf")
        text = " ".join(page.extract_text() or "" for page in reader.pages)
        clause = catalogue(lang).text("loi", "non_binding")
        assert " ".join(clause.split()) in " ".join(text.split())
        assert all(letter in text for letter in letters), lang
