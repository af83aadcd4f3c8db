"""Every document in every shipped language, from one organisation file.

The documents are rendered through the CLI (``--lang``) against a copy of the
built-in network whose narrative is translated into neutral markers, so that
any English found in a non-English document can only come from the static text
(the catalogue) and not from the network's own English narrative.

"No English left" compares the document text with the English catalogue: every
literal stretch of an English text the document uses (the parts between its
``{placeholders}``) must be absent, unless the language's own text for that key
is one the language writes exactly as English does (German "Name", French
"Page": ``SAME_AS_ENGLISH`` in test_i18n.py). The check is shown not to be
vacuous: run on the English document, it finds the English text.
"""

from __future__ import annotations

import datetime as dt
import re
import string
import zipfile
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from pypdf import PdfReader

from leadocs.cli import cli
from leadocs.documents.context import assistance_context, loi_context
from leadocs.documents.subject import ContextOptions, DocumentSubject
from leadocs.documents.templates import read_template
from leadocs.formats.files import (
    builtin_network,
    builtin_network_text,
    load_network,
    load_organisation,
)
from leadocs.i18n import catalogue
from leadocs.i18n.localise import localised_data, text_languages
from leadocs.render.environment import country_name
from tests.helpers import EXAMPLES
from tests.helpers.docx_text import docx_to_text
from tests.helpers.soffice_required import convert_with_soffice
from tests.i18n.test_i18n import DATES, SAME_AS_ENGLISH, SHIPPED

TODAY = "2026-11-21"
KINDS = ("loi", "assistance")

# One organisation, written without English so that English in a document is ours.
ORGANISATION = """\
organisation:
  name: Győri Tankerületi Központ
  short_name: Győr
  type: [procurer, school]
  country: HU
  address: {street: Türr István utca 7., postcode: "9021", city: Győr}
  website: https://kk.gov.hu/gyor
  contact: {name: Kovács Erzsébet, role: Igazgatóhelyettes, email: kovacs.erzsebet@example.hu}
  signatory: {name: Szőke Péter, title: Tankerületi igazgató}
  tasks: [capacity-building, demand-policy]
  experience: Részvétel a 2019. évi közös beszerzésben.
  assistance: Jogi tanácsadás.
  timeline: 2027 tavasza.
  additional_needs: Tanári továbbképzés.
network: network.yaml
"""

# Where the network's narrative stands (every LocalisedText field of the model).
NARRATIVE = [
    ("name",),
    ("description",),
    ("funding", "programme"),
    ("funding", "funder"),
    ("funding", "disclaimer"),
    *[("loi", key) for key in ("background", "why", "how", "what", "support", "alignment")],
    ("tasks", "*", "text"),
    ("benefits_intro",),
    ("benefits", "*", "title"),
    ("benefits", "*", "text"),
    ("benefits", "*", "bullets", "*"),
    ("expected_contribution", "*"),
    ("assistance_purpose", "*"),
    ("report_intro",),
]


def _translate(node: Any, path: tuple[str, ...], counter: Iterator[int]) -> Any:
    """Replace the text at ``path`` with markers in every language: ``«fi 7»``."""
    if not path:
        number = next(counter)
        return {lang: f"«{lang} {number}»" for lang in SHIPPED}
    head, rest = path[0], path[1:]
    if head == "*":
        return [_translate(item, rest, counter) for item in node]
    if head in node:  # optional keys (a benefit without bullets) stay absent
        node[head] = _translate(node[head], rest, counter)
    return node


def marker_network() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(builtin_network_text())
    counter = iter(range(1, 1000))
    for path in NARRATIVE:
        _translate(data["network"], path, counter)
    return data


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The organisation and network files, and every document rendered from them."""
    folder = tmp_path_factory.mktemp("languages")
    (folder / "org.yaml").write_text(ORGANISATION, encoding="utf-8")
    network = yaml.safe_dump(marker_network(), allow_unicode=True, sort_keys=False)
    (folder / "network.yaml").write_text(network, encoding="utf-8")
    runner = CliRunner()
    for lang in SHIPPED:
        for kind in KINDS:
            target = folder / f"{kind}-{lang}.docx"
            args = [kind, str(folder / "org.yaml"), "--lang", lang, "--date", TODAY]
            result = runner.invoke(cli, [*args, "-o", str(target)], catch_exceptions=False)
            assert result.exit_code == 0, f"{kind} --lang {lang}: {result.output}"
    return folder


_PROJECTION = re.compile(r"^(\[[^\]]*\] ?|== .* ==$|(title|subject|author): )")


def document_text(path: Path) -> str:
    """The document's own text: docx_to_text without its style tags and section markers."""
    lines = (_PROJECTION.sub("", line) for line in docx_to_text(path).splitlines())
    return flat(" ".join(lines))


def text_of(folder: Path, kind: str, lang: str) -> str:
    return document_text(folder / f"{kind}-{lang}.docx")


def flat(text: str) -> str:
    return " ".join(text.split())


def used_keys(kind: str) -> list[str]:
    """The catalogue keys a built-in layout uses (``loi.title``, ``common.page``, ...)."""
    source, _ = read_template(kind)
    with zipfile.ZipFile(BytesIO(source)) as package:
        xml = " ".join(
            package.read(name).decode("utf-8")
            for name in package.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        )
    keys = sorted(set(re.findall(r"\bt\.([a-z_]+\.[a-z_]+)\b", xml)))
    assert keys, f"{kind}: the layout uses no catalogue text?"
    return keys


def english_fragments(key: str, lang: str) -> list[str]:
    """The literal stretches of the English text of ``key`` that ``lang`` must not show."""
    if key in SAME_AS_ENGLISH.get(lang, set()):  # the language writes it the same way
        return []
    english = catalogue("en").patterns()[key]
    fragments = []
    for literal, _field, _spec, _conv in string.Formatter().parse(english):
        fragment = flat(literal).strip(" .,:;()")
        if sum(char.isalpha() for char in fragment) >= 4:  # not "of", "#", "is a"
            fragments.append(fragment)
    return fragments


def english_left(text: str, keys: list[str], lang: str) -> list[str]:
    """The English catalogue fragments found in ``text`` (whole words, case-sensitive)."""
    return [
        f"{key}: {fragment!r}"
        for key in keys
        for fragment in english_fragments(key, lang)
        if re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", text)
    ]


def type_keys() -> list[str]:
    return ["types.procurer", "types.school"]


# The dateline without a place; the test organisation has one (common.place_date).
WITHOUT_PLACE = "common.date"


def keys_of(kind: str) -> list[str]:
    keys = [key for key in used_keys(kind) if key != WITHOUT_PLACE]
    return keys + (type_keys() if kind == "assistance" else [])


def context_texts(folder: Path, kind: str, lang: str) -> dict[str, str]:
    loaded = load_organisation(folder / "org.yaml")
    today = dt.date.fromisoformat(TODAY)
    build = loi_context if kind == "loi" else assistance_context
    subject = DocumentSubject(loaded.network, organisation=loaded.organisation)
    ctx = build(subject, ContextOptions(lang, today))
    texts = {
        f"{section}.{key}": value
        for section, values in ctx["t"].items()
        for key, value in values.items()
    }
    texts.update(
        {
            f"types.{kind}": name
            for kind, name in zip(
                ("procurer", "school"), ctx["organisation"]["type_names"], strict=True
            )
        }
    )
    return texts


OTHERS = [lang for lang in SHIPPED if lang != "en"]


@pytest.mark.parametrize("lang", SHIPPED)
@pytest.mark.parametrize("kind", KINDS)
def test_document_renders_from_the_same_organisation_file(
    folder: Path, kind: str, lang: str
) -> None:
    text = text_of(folder, kind, lang)
    for tag in ("{{", "}}", "{%", "%}"):
        assert tag not in text
    assert "Győri Tankerületi Központ" in text
    assert f"«{lang} " in text  # the network's narrative, in this language
    others = [code for code in SHIPPED if code != lang and f"«{code} " in text]
    assert not others, f"narrative of {others} in a {lang} document"


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("kind", KINDS)
def test_no_english_left_in_the_static_text(folder: Path, kind: str, lang: str) -> None:
    assert english_left(text_of(folder, kind, lang), keys_of(kind), lang) == []


@pytest.mark.parametrize("lang", SHIPPED)
@pytest.mark.parametrize("kind", KINDS)
def test_every_static_text_is_there_in_its_language(folder: Path, kind: str, lang: str) -> None:
    text = text_of(folder, kind, lang)
    texts = context_texts(folder, kind, lang)
    missing = [key for key in keys_of(kind) if flat(texts[key]) not in text]
    assert missing == []


@pytest.mark.parametrize("lang", ["fi", "el", "de", "hu"])
@pytest.mark.parametrize("kind", KINDS)
def test_the_english_check_finds_english(folder: Path, kind: str, lang: str) -> None:
    found = english_left(text_of(folder, kind, "en"), keys_of(kind), lang)
    assert len(found) >= 10, found
    assert any("loi.non_binding" in item for item in found) or kind != "loi"


@pytest.mark.parametrize("kind", KINDS)
def test_french_punctuation_has_its_no_break_space(folder: Path, kind: str) -> None:
    french = docx_to_text(folder / f"{kind}-fr.docx")  # text_of would flatten no-break spaces
    assert not re.findall(r".{12} [:;?!](?:\s|$)", french)  # a breakable space before it
    assert not re.findall(r".{12}[^\s\u00a0\u202f][:;?!](?:\s|$)", french.replace("http:", ""))
    assert "Date et lieu\u00a0:" in french
    assert "Date and place:" in docx_to_text(folder / f"{kind}-en.docx")  # a plain colon


def test_report_title_colon_follows_the_language() -> None:
    from leadocs.documents.build import make_document
    from leadocs.documents.subject import DocumentSubject
    from leadocs.formats.files import builtin_network

    network = builtin_network()
    partner = network.partners[0]
    french = make_document(
        "report", DocumentSubject(network, partner=partner), lang="fr", today=dt.date(2026, 3, 1)
    )
    english = make_document(
        "report", DocumentSubject(network, partner=partner), lang="en", today=dt.date(2026, 3, 1)
    )
    assert french.title.endswith(f"\u00a0: {partner.name}")
    assert english.title.endswith(f": {partner.name}") and "\u00a0" not in english.title


def test_builtin_network_french_texts_keep_colons_with_their_words() -> None:
    text = builtin_network_text()
    assert not re.findall(r"\w [:;?!](?:\s|$)", text), "use a no-break space before : ; ? !"


@pytest.mark.parametrize("lang", SHIPPED)
def test_date_in_the_language_of_the_document(folder: Path, lang: str) -> None:
    text = text_of(folder, "loi", lang).replace("\u00a0", " ")
    assert DATES[lang] in text
    if lang != "en":
        assert "November" not in text or lang == "de"


@pytest.mark.parametrize("lang", SHIPPED)
def test_country_and_types_in_the_language_of_the_document(folder: Path, lang: str) -> None:
    text = text_of(folder, "assistance", lang)
    assert country_name("HU", lang) in text
    if lang not in ("en",):
        assert "Hungary" not in text
    names = catalogue(lang).section("types")
    assert f"{names['procurer']}, {names['school']}" in text


def test_finnish_letter_says_ruotsi_not_sweden(folder: Path, tmp_path: Path) -> None:
    swedish = ORGANISATION.replace("country: HU", "country: SE")
    (folder / "org-se.yaml").write_text(swedish, encoding="utf-8")
    target = tmp_path / "as.docx"
    args = ["assistance", str(folder / "org-se.yaml"), "--lang", "fi", "-o", str(target)]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    text = document_text(target)
    assert "Ruotsi" in text and "Sweden" not in text


# --- A network file with its own narrative per language -------------------------------------

NORDIC = EXAMPLES / "networks" / "nordic.yaml"
KONNEVESI = EXAMPLES / "orgs" / "konnevesi.yaml"
NORDIC_WHY = {
    "en": "We want to renew our schools' digital learning environments",
    "sv": "Vi vill förnya skolans digitala lärmiljöer",
    "fi": "Haluamme uudistaa koulujemme digitaalisia oppimisympäristöjä",
}


def invoke(*args: str | Path) -> Any:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("lang", ["en", "sv", "fi"])
@pytest.mark.parametrize("kind", ["loi", "assistance", "benefits"])
def test_network_narrative_renders_in_each_of_its_languages(
    tmp_path: Path, kind: str, lang: str
) -> None:
    target = tmp_path / f"{kind}.docx"
    org = [] if kind == "benefits" else [KONNEVESI]
    result = invoke(kind, *org, "--network", NORDIC, "--lang", lang, "-o", target)
    assert result.exit_code == 0, result.output
    text = document_text(target)
    others = [code for code in NORDIC_WHY if code != lang]
    if kind == "loi":
        assert NORDIC_WHY[lang] in text
        assert not any(NORDIC_WHY[code] in text for code in others)
    funder = {
        "en": "European Commission",
        "sv": "Europeiska kommissionen",
        "fi": "Euroopan komissio",
    }
    assert funder[lang] in text
    name = {
        "en": "LEA Nordic procurers network",
        "sv": "LEA:s nordiska upphandlarnätverk",
        "fi": "LEA:n pohjoismainen hankintayksikköverkosto",
    }
    assert name[lang] in text


def test_missing_network_language_names_the_keys(tmp_path: Path) -> None:
    target = tmp_path / "loi.docx"
    result = invoke("loi", KONNEVESI, "--network", NORDIC, "--lang", "de", "-o", target)
    assert result.exit_code == 1
    assert "network.loi.why: no text in German (de); given in en, sv, fi" in result.output
    assert "network.tasks[0].text" in result.output
    assert "--fallback-lang" in result.output
    assert "Traceback" not in result.output
    assert not target.exists()


def test_fallback_language_fills_the_gaps(tmp_path: Path) -> None:
    target = tmp_path / "loi.docx"
    args = ["loi", KONNEVESI, "--network", NORDIC, "--lang", "de", "--fallback-lang", "EN"]
    result = invoke(*args, "-o", target)
    assert result.exit_code == 0, result.output
    text = document_text(target)
    assert "Absichtserklärung" in text and NORDIC_WHY["en"] in text


def test_bad_fallback_language_is_a_usage_error(tmp_path: Path) -> None:
    args = ["loi", KONNEVESI, "--network", NORDIC, "--lang", "de", "--fallback-lang", "english"]
    result = invoke(*args, "-o", tmp_path / "loi.docx")
    assert result.exit_code == 2
    assert "--fallback-lang" in result.output


def test_organisation_language_is_the_default(tmp_path: Path) -> None:
    result = invoke("loi", KONNEVESI, "--network", NORDIC, "-o", tmp_path / "loi.docx")
    assert result.exit_code == 0, result.output
    assert NORDIC_WHY["fi"] in document_text(tmp_path / "loi.docx")  # konnevesi: fi


# --- The LEA network in every shipped language ----------------------------------------------

MULTILINGUAL = EXAMPLES / "networks" / "lea.yaml"


def test_builtin_lea_network_speaks_every_shipped_language() -> None:
    network = load_network(MULTILINGUAL)
    assert network == builtin_network()
    assert text_languages(network) == set(SHIPPED)
    english = localised_data(network, "en")
    assert english["loi"]["how"] == (
        "By using the purchase power of public procurement to steer user-driven innovations "
        "for digital learning."
    )
    assert english["name"] == "LEA procurers network"


@pytest.mark.parametrize("org", ["konnevesi", "braga", "thessaloniki", "lodz", "goteborg"])
@pytest.mark.parametrize("kind", KINDS)
def test_example_organisations_get_letters_wholly_in_their_language(
    tmp_path: Path, org: str, kind: str
) -> None:
    target = tmp_path / f"{kind}.docx"
    org_file = EXAMPLES / "orgs" / f"{org}.yaml"
    result = invoke(kind, org_file, "-o", target)
    assert result.exit_code == 0, result.output
    text = document_text(target)
    lang = load_organisation(org_file).organisation.language
    assert lang in SHIPPED
    english = localised_data(builtin_network(), "en")
    own = localised_data(load_network(MULTILINGUAL), str(lang))
    narrative = [
        english["loi"]["why"],
        english["tasks"][0]["text"],
        english["funding"]["disclaimer"],
    ]
    if kind == "assistance":
        narrative = [english["funding"]["disclaimer"]]
    for sentence in narrative:
        assert flat(sentence) not in text
    assert flat(own["funding"]["disclaimer"]) in text
    assert f"{own['name']} ({own['acronym']})" in text


# --- LibreOffice ----------------------------------------------------------------------------


@pytest.mark.soffice
def test_every_language_converts_in_libreoffice(folder: Path, tmp_path: Path) -> None:
    sources = [folder / f"loi-{lang}.docx" for lang in SHIPPED]
    convert_with_soffice(sources, tmp_path, timeout=600)
    for lang in SHIPPED:
        pdf = tmp_path / f"loi-{lang}.pdf"
        assert pdf.exists(), f"loi-{lang} did not convert"
        text = flat(" ".join(page.extract_text() or "" for page in PdfReader(pdf).pages))
        title = context_texts(folder, "loi", lang)["loi.title"]
        assert flat(title) in text, f"{lang}: title {title!r} not in the PDF"
        assert DATES[lang] in text.replace("\u00a0", " "), f"{lang}: date not in the PDF"
        assert "{{" not in text
    greek = flat(" ".join(p.extract_text() or "" for p in PdfReader(tmp_path / "loi-el.pdf").pages))
    assert "Σημειώνεται ότι το παρόν έγγραφο δεν έχει νομικά δεσμευτικό χαρακτήρα" in greek
    hungarian = flat(
        " ".join(p.extract_text() or "" for p in PdfReader(tmp_path / "loi-hu.pdf").pages)
    )
    assert "jogilag nem kötelező erejű" in hungarian and "Győri" in hungarian
