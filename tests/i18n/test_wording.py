"""The rendered documents and e-mails read as a reviewer would read them, in every language.

For each shipped language the letter of intent, the assistance form, the partner
report and the LOI e-mail are made with a network and an organisation whose names
are inserted into sentences; the tests read the rendered text: no noun said twice
around an inserted name, no bare preposition where the language needs an article,
no "a(z)", no English static text, the greeting and the date in the language's form.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import html
import re
import unicodedata
from functools import cache
from typing import Any

import pytest

from leadocs.documents.build import make_document
from leadocs.documents.context import network_data
from leadocs.documents.subject import DocumentSubject
from leadocs.formats.files import builtin_network
from leadocs.formats.model import Network, Organisation
from leadocs.formats.model.localised import NameForms, Translations
from leadocs.formats.model.network import Sender
from leadocs.i18n import catalogue
from leadocs.i18n.languages import shipped_languages
from leadocs.mailing.messages import EmailBuilder
from leadocs.render.environment import locale_of
from tests.helpers.docx_text import docx_to_text
from tests.i18n.test_languages import english_fragments, used_keys

LANGUAGES = shipped_languages()
# The built-in network gives no address to send from (D2.3 has none); a mailing names one.
SENDER = Sender(name="Ellinor Wallin", email="ellinor.wallin@example.eu")
TODAY = dt.date(2025, 3, 7)
PLACE = "Konnevesi"
KINDS = ("loi", "assistance", "report")


def organisation(salutation: str | None = "ms") -> Organisation:
    """An organisation whose name starts with a vowel (Hungarian "az"), contact Ms Virtanen."""
    contact: dict[str, Any] = {"name": "Anna Virtanen", "email": "anna.virtanen@example.fi"}
    if salutation:
        contact |= {"salutation": salutation, "family_name": "Virtanen"}
    return Organisation.model_validate(
        {
            "name": "Egri Tankerületi Központ",
            "country": "FI",
            "address": {"city": PLACE},
            "contact": contact,
            "signatory": {"name": "Jyrki Mäkelä", "title": "Kunnanjohtaja"},
            "tasks": ["capacity-building"],
        }
    )


@cache
def one_form_network() -> Network:
    """The built-in network with its name given as one text per language (no forms)."""
    network = builtin_network()
    assert isinstance(network.name, Translations)
    names = {
        lang: text.title if isinstance(text, NameForms) else text
        for lang, text in network.name.items()
    }
    return network.model_copy(update={"name": Translations(names)})


def names_in(network: Network, lang: str) -> list[str]:
    """Every text of the network's name in ``lang`` (its forms too)."""
    name = network.name[lang] if isinstance(network.name, Translations) else network.name
    return list(dict.fromkeys(name.values() if isinstance(name, dict) else [name]))


def plain(text: str) -> str:
    return " ".join(text.split())


def document(kind: str, lang: str, network: Network, who: Organisation) -> str:
    subject = (
        DocumentSubject(network, partner=network.partners[0])
        if kind == "report"
        else DocumentSubject(network, organisation=who)
    )
    made = make_document(kind, subject, lang=lang, today=TODAY)
    return plain(
        " ".join(
            re.sub(r"^\[[^\]]*\] ?", "", line) for line in docx_to_text(made.data).splitlines()
        )
    )


def loi_email(lang: str, network: Network, who: Organisation) -> str:
    """The body of the LOI e-mail as the recipient reads it."""
    built = EmailBuilder("loi", network, sender=SENDER).build(
        who, lang=lang, key="x", input_hash="0", attachment=b"PK", filename="loi.docx", today=TODAY
    )
    message = email.message_from_bytes(built.data, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    subject = str(message["Subject"])
    content = body.get_content().replace("\r\n", "\n")  # type: ignore[attr-defined]
    return f"{subject}\n{content}"


@pytest.fixture(scope="module")
def texts() -> dict[tuple[str, str, str], str]:
    """Rendered text by (network: forms/one, kind, language)."""
    out = {}
    for variant, network in (("forms", builtin_network()), ("one", one_form_network())):
        for lang in LANGUAGES:
            for kind in KINDS:
                out[variant, kind, lang] = document(kind, lang, network, organisation())
            out[variant, "email", lang] = loi_email(lang, network, organisation())
    return out


# --- The reviewer's checks, written once for every language ---------------------------------


def _stem(word: str) -> str:
    folded = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))[:4]


def _nouns(name: str) -> set[str]:
    # Words of the name that can be its head noun: not acronyms, not short function words.
    words = re.findall(r"\w+", name)
    return {_stem(w) for w in words if len(w) >= 4 and not w.isupper() and not w.isdigit()}


_ACRONYM = r"(?:\s*\([^)]*\))?"


def duplicated_nouns(text: str, names: list[str]) -> list[str]:
    """Where a word next to an inserted name repeats the name's own noun ("sieci Sieć …").

    The word right before each occurrence, and the word right after it (past a
    parenthesised acronym), must not share its stem with a noun of the name. A
    colon or a dash between them is the rephrasing that lets the name stand alone
    ("do następującej sieci: Sieć zamawiających LEA").
    """
    found = []
    for name in names:
        nouns = _nouns(name)
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            before = re.search(r"(\w+)\s+$", text[: match.start()])
            after = re.match(rf"{_ACRONYM}\s+(\w+)", text[match.end() :])
            words = (before.group(1) if before else "", after.group(1) if after else "")
            found.extend(f"{w} | {name}" for w in words if len(w) >= 4 and _stem(w) in nouns)
    return found


# Prepositions that cannot stand right before a name that needs an article in these languages.
BARE = {
    "de": {"zu", "von", "an", "für", "mit", "in"},
    "es": {"a", "de", "en", "con"},
    "it": {"a", "di", "in", "per", "con"},
    "nl": {"tot", "van", "aan", "voor", "in"},
    "pt": {"a", "de", "em"},
    "fr": {"à", "de"},
}


def bare_prepositions(text: str, names: list[str], lang: str) -> list[str]:
    """Where the network's name follows a bare preposition ("adhesión a Red LEA")."""
    words = BARE.get(lang, set())
    return [
        match.group(0)
        for name in names
        for match in re.finditer(rf"(\w+) {re.escape(name)}", text)
        if match.group(1) in words
    ]


def test_the_checks_find_the_defects_of_issue_12() -> None:
    assert duplicated_nouns(
        "για ένταξη στο δίκτυο Δίκτυο αναθετουσών αρχών LEA (LEA-N),",
        ["Δίκτυο αναθετουσών αρχών LEA"],
    )
    assert duplicated_nouns("do sieci Sieć zamawiających LEA (LEA-N)", ["Sieć zamawiających LEA"])
    assert duplicated_nouns(
        "a(z) LEA ajánlatkérői hálózat (LEA-N) hálózathoz", ["LEA ajánlatkérői hálózat"]
    )
    assert duplicated_nouns(
        "liittymisestä verkostoon LEA:n hankintayksiköiden verkosto (LEA-N)",
        ["LEA:n hankintayksiköiden verkosto"],
    )
    assert not duplicated_nouns(
        "to join the LEA procurers network (LEA-N).", ["LEA procurers network"]
    )
    assert bare_prepositions("zum Beitritt zu LEA-Netzwerk", ["LEA-Netzwerk"], "de")
    assert bare_prepositions("adhesión a Red LEA de", ["Red LEA"], "es")
    assert not bare_prepositions("adhesión a la Red LEA de", ["Red LEA"], "es")


@pytest.mark.parametrize("variant", ["forms", "one"])
@pytest.mark.parametrize("kind", [*KINDS, "email"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_noun_twice_around_an_inserted_name(
    texts: dict[tuple[str, str, str], str], variant: str, kind: str, lang: str
) -> None:
    network = builtin_network() if variant == "forms" else one_form_network()
    names = [*names_in(network, lang), organisation().name]
    text = texts[variant, kind, lang]
    assert duplicated_nouns(text, names) == []
    # The other forms carry their article ("het LEA-netwerk …"); the name as written does not.
    assert bare_prepositions(text, names_in(network, lang)[:1], lang) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_email_names_the_network_in_a_sentence(
    texts: dict[tuple[str, str, str], str], lang: str
) -> None:
    # With forms the sentence uses one of them; with one form the bare name stands alone.
    inflected = texts["forms", "email", lang]
    standalone = texts["one", "email", lang]
    assert any(name in inflected for name in names_in(builtin_network(), lang))
    assert names_in(one_form_network(), lang)[0] in standalone


@pytest.mark.parametrize("kind", [*KINDS, "email"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_a_z_left_for_the_reader(
    texts: dict[tuple[str, str, str], str], kind: str, lang: str
) -> None:
    assert "a(z)" not in texts["forms", kind, lang].casefold()


def english_static_text(text: str, keys: list[str], lang: str) -> list[str]:
    """English fragments of the catalogue texts ``keys`` in ``text``, the network's own left out.

    A fragment the language's own text of that key also has (French "participation")
    is the language's word, not English.
    """
    own = catalogue(lang).patterns()
    for value in network_data(builtin_network(), lang).values():
        for part in value if isinstance(value, list) else [value]:
            if isinstance(part, str) and len(part) > 3:
                text = text.replace(plain(part), " ")
    return [
        f"{key}: {fragment!r}"
        for key in keys
        for fragment in english_fragments(key, lang)
        if re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", text) and fragment not in own[key]
    ]


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_no_english_static_text_in_the_email(
    texts: dict[tuple[str, str, str], str], lang: str
) -> None:
    keys = ["email.loi_subject", "email.loi_body", "email.greeting"]
    assert english_static_text(texts["forms", "email", lang], keys, lang) == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_no_english_static_text_in_the_documents(
    texts: dict[tuple[str, str, str], str], kind: str, lang: str
) -> None:
    assert english_static_text(texts["forms", kind, lang], used_keys(kind), lang) == []


def test_the_english_check_finds_english_static_text(
    texts: dict[tuple[str, str, str], str],
) -> None:
    assert english_static_text(texts["forms", "email", "en"], ["email.loi_body"], "de")


# --- Hungarian a/az --------------------------------------------------------------------------


def test_hungarian_article_follows_the_next_word() -> None:
    loi = document("loi", "hu", builtin_network(), organisation())
    assert "A LEA-projekt (" in loi
    assert "a Horizont 2020 program keretében" in loi
    assert "Alulírott az Egri Tankerületi Központ képviseletében" in loi
    mail = texts_email("hu")
    assert "a LEA ajánlatkérői hálózathoz (LEA-N) való csatlakozásról" in mail
    assert "a LEA-N-hálózathoz" in mail  # the subject


def texts_email(lang: str, who: Organisation | None = None) -> str:
    return loi_email(lang, builtin_network(), who or organisation())


def test_hungarian_article_can_be_set_in_the_data() -> None:
    who = organisation().model_copy(update={"name": "MTA SZTAKI", "hu_article": "a"})
    assert "Mellékelten megküldjük a MTA SZTAKI szándéknyilatkozatát" in texts_email("hu", who)
    computed = who.model_copy(update={"hu_article": None})
    assert "Mellékelten megküldjük az MTA SZTAKI szándéknyilatkozatát" in texts_email(
        "hu", computed
    )


# --- Greetings --------------------------------------------------------------------------------

# The greeting of Ms Anna Virtanen (family name Virtanen), and without a form of address.
GREETINGS = {
    "en": ("Dear Ms Virtanen,", "Dear Anna Virtanen,"),
    "de": ("Sehr geehrte Frau Virtanen,", "Sehr geehrte Damen und Herren,"),
    "el": ("Αξιότιμη κυρία,", "Αξιότιμη κυρία, αξιότιμε κύριε,"),
    "es": ("Estimada Sra. Virtanen:", "Estimado/a Anna Virtanen:"),
    "fi": ("Hyvä Anna Virtanen,", "Hyvä Anna Virtanen,"),
    "fr": ("Madame,", "Madame, Monsieur,"),
    "hu": ("Tisztelt Anna Virtanen asszony!", "Tisztelt Anna Virtanen!"),
    "it": ("Gentile Sig.ra Virtanen,", "Gentile Anna Virtanen,"),
    "nl": ("Geachte mevrouw Virtanen,", "Geachte Anna Virtanen,"),
    "pl": ("Szanowna Pani,", "Szanowni Państwo,"),
    "pt": ("Exma. Senhora Anna Virtanen,", "Exmo.(a) Sr.(a) Anna Virtanen,"),
    "sv": ("Bästa Anna Virtanen,", "Bästa Anna Virtanen,"),
}


def greeting_line(lang: str, who: Organisation) -> str:
    return texts_email(lang, who).splitlines()[1]


@pytest.mark.parametrize("lang", sorted(GREETINGS))
def test_formal_greeting_with_and_without_form_of_address(lang: str) -> None:
    with_address, neutral = GREETINGS[lang]
    assert greeting_line(lang, organisation("ms")) == with_address
    assert greeting_line(lang, organisation(None)) == neutral


def test_greeting_agrees_with_a_man() -> None:
    assert greeting_line("de", organisation("mr")) == "Sehr geehrter Herr Virtanen,"
    assert greeting_line("pl", organisation("mr")) == "Szanowny Panie,"
    assert greeting_line("el", organisation("mr")) == "Αξιότιμε κύριε,"
    assert "agréer, Monsieur, l'expression" in texts_email("fr", organisation("mr"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_greeting_is_the_languages_own(lang: str) -> None:
    line = greeting_line(lang, organisation(None))
    assert line[-1] in ",:!", line
    informal = ("Hello", "Hi ", "Hej ", "Hei ", "Guten Tag", "Do wiadomości")
    assert not line.startswith(informal), line
    assert catalogue(lang).has("email", "greeting")


def test_finnish_body_starts_with_a_capital_after_the_greeting() -> None:
    body = texts_email("fi").split("\n\n")
    assert body[1].startswith("Liitteenä")


# --- Date and place ---------------------------------------------------------------------------

DATELINES = {
    "en": "Konnevesi, 7 March 2025",
    "de": "Konnevesi, 7. März 2025",
    "el": "Konnevesi, 7 Μαρτίου 2025",
    "es": "Konnevesi, 7 de marzo de 2025",
    "fi": "Konnevesi 7. maaliskuuta 2025",
    "fr": "Fait à Konnevesi, le 7 mars 2025",
    "hu": "Konnevesi, 2025. március 7.",
    "it": "Konnevesi, 7 marzo 2025",
    "nl": "Konnevesi, 7 maart 2025",
    "pl": "Konnevesi, 7 marca 2025 r.",
    "pt": "Konnevesi, 7 de março de 2025",
    "sv": "Konnevesi den 7 mars 2025",
}


@pytest.mark.parametrize("lang", sorted(DATELINES))
def test_dateline_in_the_languages_order_and_form(
    texts: dict[tuple[str, str, str], str], lang: str
) -> None:
    assert DATELINES[lang] in texts["forms", "loi", lang]
    assert DATELINES[lang] in texts["forms", "assistance", lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_letter_is_dated_once_and_the_signature_date_is_left_blank(
    texts: dict[tuple[str, str, str], str], lang: str
) -> None:
    from babel.dates import format_date

    text = texts["forms", "loi", lang]
    assert text.count(plain(format_date(TODAY, "long", locale=locale_of(lang)))) == 1
    label = catalogue(lang).text("common", "date_place")
    assert re.search(rf"{re.escape(label)}\W*_{{10,}}", text), "no blank for the signature date"


def test_without_a_place_the_dateline_is_the_date() -> None:
    who = organisation().model_copy(update={"address": None})
    text = document("loi", "pl", builtin_network(), who)
    assert "7 marca 2025 r." in text and ", 7 marca" not in text


# --- Wording and typography -------------------------------------------------------------------


def test_wording_fixes_of_issue_12(texts: dict[tuple[str, str, str], str]) -> None:
    fi = texts["forms", "loi", "fi"] + texts["forms", "email", "fi"]
    assert "Aiekirje" in fi and "aiejulistu" not in fi.casefold()
    assert "bidragsavtal nr 779803" in texts["forms", "loi", "sv"]
    assert "Ik, ondergetekende, bevestig namens mijn organisatie" in texts["forms", "loi", "nl"]
    assert catalogue("it").text("loi", "non_binding").count("presente") == 1
    fr = texts["forms", "loi", "fr"]
    assert "nº 779803" in fr and "n°" not in fr
    assert not re.search(r"(?<!\w)QUOI\b", fr)
    subjects = {lang: texts["forms", "email", lang].splitlines()[0] for lang in ("de", "es", "nl")}
    assert "zum Beitritt zum Netzwerk LEA-N" in subjects["de"]
    assert "adhesión a la red LEA-N" in subjects["es"]
    assert "toetreding tot het netwerk LEA-N" in subjects["nl"]
    signatory_line = catalogue("en").text("common", "signatory_line")
    assert not signatory_line.startswith("and ")
    assert signatory_line in texts["forms", "loi", "en"]


@pytest.mark.parametrize("lang", [lang for lang in ("de", "pl", "hu") if lang in LANGUAGES])
@pytest.mark.parametrize("kind", [*KINDS, "email"])
def test_quotation_marks_of_the_language(
    texts: dict[tuple[str, str, str], str], kind: str, lang: str
) -> None:
    text = texts["forms", kind, lang] + " " + " ".join(catalogue(lang).patterns().values())
    assert '"' not in text
    assert not re.search(r"“\w", text), "an English opening quotation mark"


@pytest.mark.parametrize("kind", [*KINDS, "email"])
def test_greek_question_mark(texts: dict[tuple[str, str, str], str], kind: str) -> None:
    assert "?" not in texts["forms", kind, "el"]
    assert "?" not in " ".join(catalogue("el").patterns().values())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_keywords_in_the_documents_language(lang: str) -> None:
    made = make_document(
        "loi", DocumentSubject(builtin_network(), organisation=organisation()), lang=lang
    )
    keyword = catalogue(lang).text("loi", "keyword")
    assert made.keywords == (keyword, "LEA-N")  # the PDF's
    assert _docx_keywords(made.data) == f"{keyword}, LEA-N"
    if lang != "en":
        assert keyword != catalogue("en").text("loi", "keyword")


def _docx_keywords(data: bytes) -> str:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        core = package.read("docProps/core.xml").decode("utf-8")
    found = re.search(r"<cp:keywords>([^<]*)</cp:keywords>", core)
    return html.unescape(found.group(1)) if found else ""
