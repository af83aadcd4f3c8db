"""The language catalogues, locale formatting, language choice and translated network texts."""

from __future__ import annotations

import datetime as dt
import string
from pathlib import Path
from typing import Any

import pytest
import yaml

from leadocs.documents.context import collation_key
from leadocs.errors import DataError, UsageError
from leadocs.formats.files import builtin_network, builtin_network_text, load_network
from leadocs.formats.loading import parse_yaml
from leadocs.formats.model import NetworkFile
from leadocs.formats.model.localised import Translations
from leadocs.formats.validation import validate_file
from leadocs.i18n import Message, catalogue, flatten
from leadocs.i18n.languages import choose_language, shipped_languages
from leadocs.i18n.localise import MissingTextError, localised_data, text_languages
from leadocs.render.environment import build_environment, country_name, language_name
from tests.helpers import EXAMPLES

# The consortium's and the seed's languages (issue 6); Polish for the Łódź example.
REQUIRED = ["en", "sv", "fi", "de", "it", "es", "pt", "hu", "nl", "el", "fr"]
# The other official EU languages and Norwegian (issue 12).
MORE = ["bg", "cs", "sk", "sl", "hr", "ro", "nb"]
ADDED = ["da", "et", "ga", "lt", "lv", "mt"]
SHIPPED = [*REQUIRED, "pl", *MORE, *ADDED]
OTHERS = [lang for lang in SHIPPED if lang != "en"]


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def catalogue_problems(english: dict[str, Any], other: dict[str, Any]) -> list[str]:
    """Every way ``other`` differs in shape from ``english`` (keys, placeholders)."""
    en, it = flatten(english), flatten(other)
    problems = [f"missing key {key}" for key in en if key not in it]
    problems += [f"key {key} is not in English" for key in it if key not in en]
    problems += [
        f"{key}: placeholders {sorted(placeholders(it[key]))} instead of "
        f"{sorted(placeholders(en[key]))}"
        for key in en
        if key in it and placeholders(en[key]) != placeholders(it[key])
    ]
    return problems


def test_every_required_language_is_shipped() -> None:
    assert set(SHIPPED) <= set(shipped_languages())


# Variables a language may leave out: a greeting that does not name the person (Polish
# "Szanowna Pani,", French "Madame,", Greek "Αξιότιμη κυρία,"), or does not change with the
# form of address (Finnish, Swedish). Every e-mail body starts with the greeting.
_GREETING = {"contact", "contact_family_name", "salutation"}
MAY_LEAVE_OUT = {"email.greeting": _GREETING, "email.loi_body": _GREETING}
MAY_LEAVE_OUT["email.assistance_body"] = MAY_LEAVE_OUT["reminder.body"] = _GREETING


def variable_problems(english: list[Message], other: list[Message]) -> list[str]:
    """Messages of ``other`` that use variables English does not give, or drop needed ones."""
    theirs = {f"{m.section}.{m.key}": m.variables for m in other}
    problems = []
    for message in english:
        key = f"{message.section}.{message.key}"
        used = theirs.get(key, message.variables)
        if used - message.variables:
            problems.append(f"{key}: unknown variables {sorted(used - message.variables)}")
        dropped = message.variables - used - MAY_LEAVE_OUT.get(key, set())
        if dropped:
            problems.append(f"{key}: leaves out {sorted(dropped)}")
    return problems


@pytest.mark.parametrize("lang", OTHERS)
def test_catalogue_has_exactly_the_english_keys_and_variables(lang: str) -> None:
    english, other = catalogue("en"), catalogue(lang)
    assert sorted(other.patterns()) == sorted(english.patterns())
    assert variable_problems(english.messages(), other.messages()) == []


def test_the_variable_check_catches_unknown_and_dropped_variables() -> None:
    english = [Message("loi", "title", "loi-title", frozenset({"organisation"}))]
    assert variable_problems(english, english) == []
    renamed = [Message("loi", "title", "loi-title", frozenset({"organization"}))]
    assert variable_problems(english, renamed) == [
        "loi.title: unknown variables ['organization']",
        "loi.title: leaves out ['organisation']",
    ]
    greeting = Message("email", "greeting", "email-greeting", frozenset({"contact", "salutation"}))
    nameless = Message("email", "greeting", "email-greeting", frozenset({"salutation"}))
    assert variable_problems([greeting], [nameless]) == []


def test_the_shape_check_catches_each_kind_of_difference() -> None:
    english = {"a": {"x": "Hello {name}", "y": "Bye"}}
    assert catalogue_problems(english, {"a": {"x": "Hei {name}", "y": "Hei hei"}}) == []
    assert catalogue_problems(english, {"a": {"x": "Hei {name}"}}) == ["missing key a.y"]
    assert catalogue_problems(english, {"a": {"x": "Hei {name}", "y": "-", "z": "-"}}) == [
        "key a.z is not in English"
    ]
    assert catalogue_problems(english, {"a": {"x": "Hei {nimi}", "y": "-"}}) == [
        "a.x: placeholders ['nimi'] instead of ['name']"
    ]


@pytest.mark.parametrize("lang", SHIPPED)
def test_catalogue_values_are_non_empty_text(lang: str) -> None:
    for key, value in catalogue(lang).patterns().items():
        assert isinstance(value, str) and value.strip(), f"{lang}: {key} is empty"
        assert "\t" not in value and "  " not in value.replace("\n\n", ""), f"{lang}: {key}"


# Texts a language legitimately writes exactly as English does; any other identical text is
# an untranslated copy. Adding to this list is a decision, not a way to make a test pass.
SAME_AS_ENGLISH = {
    "sv": {"report.partner", "report.additional_member"},  # Partner, Organisation
    "de": {
        "common.name",
        "report.partner",
        "report.additional_member",
        "web.field_person",
        "web.field_website",
    },
    "it": {"report.partner", "web.field_email"},
    "hu": {"report.partner", "web.field_email"},
    "nl": {
        "assistance.website",
        "report.partner",
        "web.field_email",
        "web.field_postcode",
        "web.field_website",
    },
    "fr": {"common.page", "common.signature"},
    "pl": {"report.partner", "web.field_email"},
    "cs": {"desk.export", "report.partner", "web.field_email"},  # Export, Partner, E-mail
    "sk": {"desk.export", "report.partner", "web.field_email"},
    "sl": {"report.partner"},
    "hr": {"desk.status", "report.partner"},  # Status, Partner
    "ro": {"desk.export", "web.field_email"},
    "nb": {"desk.status", "report.partner"},
    # Status, Organisation, Partner, E-mail
    "da": {"desk.status", "report.additional_member", "report.partner", "web.field_email"},
    "et": {"report.partner"},
}


# Texts made of variables and punctuation only (the dateline): no words to translate.
NO_WORDS = {"common.date", "common.place_date"}


@pytest.mark.parametrize("lang", OTHERS)
def test_catalogue_is_translated_not_copied(lang: str) -> None:
    en, it = catalogue("en").patterns(), catalogue(lang).patterns()
    same = {key for key in en if en[key] == it[key]} - NO_WORDS
    assert same == SAME_AS_ENGLISH.get(lang, set())


# The words that carry the meaning of "not legally binding" in each language.
NOT_BINDING = {
    "en": ("not", "legally binding"),
    "sv": ("inte", "juridiskt bindande"),
    "fi": ("ei", "oikeudellisesti sitova"),
    "de": ("nicht", "rechtlich"),
    "it": ("non", "giuridicamente vincolante"),
    "es": ("no", "jurídicamente vinculante"),
    "pt": ("não", "juridicamente vinculativo"),
    "hu": ("nem", "jogilag"),
    "nl": ("niet", "juridisch"),
    "el": ("δεν", "νομικά δεσμευτικό"),
    "fr": ("pas", "juridiquement contraignant"),
    "pl": ("nie", "prawnie wiążącego"),
    "bg": ("няма", "правно обвързващ"),
    "cs": ("není", "právně závazný"),
    "sk": ("nie", "právne záväzný"),
    "sl": ("ni", "pravno zavezujoč"),
    "hr": ("nije", "pravno obvezujući"),
    "ro": ("nu", "juridic obligatoriu"),
    "nb": ("ikke", "juridisk bindende"),
    "da": ("ikke", "juridisk bindende"),
    "et": ("ei", "õiguslikult siduv"),
    "ga": ("nach", "ceangailteach ó thaobh dlí"),
    "lt": ("nėra", "teisiškai privalomas"),
    "lv": ("nav", "juridiski saistošs"),
    "mt": ("mhuwiex", "legalment vinkolanti"),
}

# The EU's own words for "grant agreement" (the funding line of every document).
GRANT_AGREEMENT = {
    "en": "Grant Agreement",
    "sv": "bidragsavtal",
    "fi": "avustussopimus",
    "de": "Finanzhilfevereinbarung",
    "it": "convenzione di sovvenzione",
    "es": "acuerdo de subvención",
    "pt": "convenção de subvenção",
    "hu": "támogatási megállapodás",
    "nl": "subsidieovereenkomst",
    "el": "συμφωνία επιχορήγησης",
    "fr": "convention de subvention",
    "pl": "umowa o udzielenie dotacji",
    "bg": "споразумение за отпускане на безвъзмездни средства",
    "cs": "grantová dohoda",
    "sk": "dohoda o grante",
    "sl": "sporazum o dodelitvi nepovratnih sredstev",
    "hr": "sporazum o dodjeli bespovratnih sredstava",
    "ro": "acordul de grant",
    "nb": "tilskuddsavtale",
    "da": "tilskudsaftale",
    "et": "toetusleping",
    "ga": "comhaontú deontais",
    "lt": "dotacijos susitarim",  # -as, -o: the genitive in "dotacijos susitarimo Nr."
    "lv": "dotācijas nolīgums",
    "mt": "ftehim ta’ għotja",
}


@pytest.mark.parametrize("lang", SHIPPED)
def test_non_binding_clause_keeps_its_meaning(lang: str) -> None:
    clause = catalogue(lang).text("loi", "non_binding").replace("\u00a0", " ")  # cs, sk
    negation, binding = NOT_BINDING[lang]
    assert negation in clause.split() or f" {negation} " in f" {clause} "
    assert binding in clause


@pytest.mark.parametrize("lang", SHIPPED)
def test_funding_line_uses_the_eu_term_for_grant_agreement(lang: str) -> None:
    funding_line = catalogue(lang).patterns()["common.funding_line"]
    assert GRANT_AGREEMENT[lang] in funding_line.replace("\u00a0", " ")  # no-break spaces of cs, sk


# --- Locale formatting (Babel) -------------------------------------------------------------

DATES = {
    "en": "21 November 2026",
    "sv": "21 november 2026",
    "fi": "21. marraskuuta 2026",
    "de": "21. November 2026",
    "it": "21 novembre 2026",
    "es": "21 de noviembre de 2026",
    "pt": "21 de novembro de 2026",
    "hu": "2026. november 21.",
    "nl": "21 november 2026",
    "el": "21 Νοεμβρίου 2026",
    "fr": "21 novembre 2026",
    "pl": "21 listopada 2026",
    "bg": "21 ноември 2026 г.",
    "cs": "21. listopadu 2026",
    "sk": "21. novembra 2026",
    "sl": "21. november 2026",
    "hr": "21. studenoga 2026.",
    "ro": "21 noiembrie 2026",
    "nb": "21. november 2026",
    "da": "21. november 2026",
    "et": "21. november 2026",
    "ga": "21 Samhain 2026",
    "lt": "2026 m. lapkričio 21 d.",
    "lv": "2026. gada 21. novembris",
    "mt": "21 ta’ Novembru 2026",
}


def render(source: str, lang: str, **values: Any) -> str:
    text = build_environment().from_string(source).render(lang=lang, **values)
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize("lang", SHIPPED)
def test_long_date_in_each_language(lang: str) -> None:
    assert render("{{ d|date }}", lang, d=dt.date(2026, 11, 21)) == DATES[lang]


@pytest.mark.parametrize(
    ("lang", "currency", "expected"),
    [
        ("sv", "SEK", "1 243 440 kr"),
        ("en", "EUR", "€1,243,440"),
        ("fi", "EUR", "1 243 440 €"),
        ("de", "EUR", "1.243.440 €"),
        ("nl", "EUR", "€ 1.243.440"),
        ("fr", "EUR", "1 243 440 €"),
        ("pt", "EUR", "1 243 440 €"),
        ("en", "SEK", "SEK1,243,440"),
    ],
)
def test_whole_money_amounts_in_the_locale_order(lang: str, currency: str, expected: str) -> None:
    assert render("{{ v|money(c) }}", lang, v=1243440, c=currency) == expected


def test_money_with_cents_and_numbers() -> None:
    assert render("{{ v|money }}", "de", v="1243440.5") == "1.243.440,50 €"
    assert render("{{ v|number(2) }}", "fi", v=1243440.5) == "1 243 440,50"
    assert render("{{ v|number }}", "en", v=1243440) == "1,243,440"


@pytest.mark.parametrize(
    ("code", "lang", "expected"),
    [
        ("SE", "fi", "Ruotsi"),
        ("SE", "en", "Sweden"),
        ("FI", "sv", "Finland"),
        ("DE", "el", "Γερμανία"),
        ("EL", "de", "Griechenland"),
        ("HU", "hu", "Magyarország"),
        ("CZ", "pt", "Chéquia"),  # European Portuguese, not Brazilian "Tchéquia"
        ("LV", "pt", "Letónia"),
        ("NL", "fr", "Pays-Bas"),
    ],
)
def test_country_names_in_the_document_language(code: str, lang: str, expected: str) -> None:
    assert country_name(code, lang) == expected
    assert render("{{ c|country }}", lang, c=code) == expected


def test_language_names_in_the_document_language() -> None:
    assert language_name("sv", "fi") == "ruotsi"
    assert language_name("fi", "de") == "Finnisch"
    assert render("{{ 'el'|language }}", "en") == "Greek"


def test_member_states_sort_as_the_language_sorts() -> None:
    names = ["Zypern", "Österreich", "Niederlande", "Polen"]
    assert sorted(names, key=lambda n: collation_key(n, "de")) == [
        "Niederlande",
        "Österreich",
        "Polen",
        "Zypern",
    ]
    swedish = ["Österrike", "Zypern", "Åland", "Ärlig", "Belgien"]
    assert sorted(swedish, key=lambda n: collation_key(n, "sv")) == [
        "Belgien",
        "Zypern",
        "Åland",
        "Ärlig",
        "Österrike",
    ]
    greek = ["Ουγγαρία", "Αυστρία", "Ελλάδα", "Ιταλία"]
    assert sorted(greek, key=lambda n: collation_key(n, "el")) == [
        "Αυστρία",
        "Ελλάδα",
        "Ιταλία",
        "Ουγγαρία",
    ]


# --- Choosing the document language ---------------------------------------------------------


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_shipped_language_can_be_chosen(lang: str) -> None:
    assert choose_language(lang) == lang
    assert choose_language(lang.upper()) == lang
    assert choose_language(None, lang, "en") == lang
    assert choose_language(None, None, lang) == lang


def test_explicit_language_wins_then_organisation_then_network_then_english() -> None:
    assert choose_language("pt-PT", "fi", "sv") == "pt"
    assert choose_language("el_GR", "fi") == "el"
    assert choose_language(None, "fi", "sv") == "fi"
    assert choose_language(None, None, "sv") == "sv"
    assert choose_language(None, "ja", "sv") == "sv"  # a language we do not ship is skipped
    assert choose_language(None, "pt_BR", "sv") == "pt"
    assert choose_language(None, None, None) == "en"


def test_a_mixed_list_gives_each_recipient_their_own_language() -> None:
    recipients = ["fi", "sv", "el", "hu", "pl", None, "ja", "pt", "de"]
    chosen = [choose_language(None, lang, "en") for lang in recipients]
    assert chosen == ["fi", "sv", "el", "hu", "pl", "en", "en", "pt", "de"]


def test_unknown_explicit_language_is_a_usage_error() -> None:
    with pytest.raises(UsageError) as caught:
        choose_language("xx")
    assert "available:" in str(caught.value) and "fi" in str(caught.value)


# --- Translated network texts ---------------------------------------------------------------


def network_yaml(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(builtin_network_text())
    for dotted_key, value in changes.items():
        target = data["network"]
        *parents, last = dotted_key.split("__")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value
    return data


def load_from(data: dict[str, Any], tmp_path: Path) -> Any:
    path = tmp_path / "net.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_network(path)


def test_narrative_accepts_text_or_translations(tmp_path: Path) -> None:
    network = load_from(
        network_yaml(
            loi__why={"en": "Why in English", "SV": "Varför på svenska"},
            loi__how="How, the same in every language",
            tasks__0__text={"en": "attend seminars", "fi": "osallistua seminaareihin"},
        ),
        tmp_path,
    )
    assert isinstance(network.loi.why, Translations)
    assert dict(network.loi.why) == {"en": "Why in English", "sv": "Varför på svenska"}
    assert isinstance(network.loi.how, str)
    assert text_languages(network) == {"en"}


def problems_of(data: dict[str, Any], tmp_path: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_from(data, tmp_path)
    return [f"{p.field}: {p.message}" for p in caught.value.problems]


def test_bad_translations_are_located_by_key(tmp_path: Path) -> None:
    problems = problems_of(
        network_yaml(
            loi__why={"en": "x", "xx": "y"},
            loi__how={"pt-PT": "x"},
            loi__what={},
            name={"en": "  "},
            description=["a", "b"],
        ),
        tmp_path,
    )
    assert any(p.startswith("network.loi.why.xx: 'xx' is not a language code") for p in problems)
    assert any(p.startswith("network.loi.how.pt-PT:") and "without a region" in p for p in problems)
    assert "network.loi.what: give the text in at least one language, e.g. en: ..." in problems
    assert "network.name.en: must not be empty" in problems
    assert any(
        p.startswith("network.description: must be text, or a mapping of language code")
        for p in problems
    )
    assert len(problems) == 5, problems  # one message per mistake, not one per alternative


SMALL_NETWORK = """\
network:
  name: Test network
  acronym: TN
  project: {name: Test project, acronym: TP}
  funding: {programme: Horizon 2020, grant_agreement: "1"}
  coordinator: Someone
  contact: {organisation: Someone, email: someone@example.eu}
  loi:
    background: Background.
    why:
      en: Why.
      %s: Varför.
    how: How.
    what: What.
  tasks:
    - {id: a, text: A task}
"""


def test_bad_translation_has_file_line_and_column(tmp_path: Path) -> None:
    text = SMALL_NETWORK % "xx"
    with pytest.raises(DataError) as caught:
        validate_file(NetworkFile, parse_yaml(text, tmp_path / "net.yaml"))
    [problem] = caught.value.problems
    assert problem.field == "network.loi.why.xx"
    assert problem.file.endswith("net.yaml") and problem.line == 12
    assert "xx:" in text.splitlines()[problem.line - 1]
    validate_file(NetworkFile, parse_yaml(SMALL_NETWORK % "sv", tmp_path / "net.yaml"))


def test_norwegian_written_bare_is_explained(tmp_path: Path) -> None:
    with pytest.raises(DataError) as caught:
        validate_file(NetworkFile, parse_yaml(SMALL_NETWORK % "no", tmp_path / "net.yaml"))
    assert 'write Norwegian as "nb"' in str(caught.value)
    validate_file(NetworkFile, parse_yaml(SMALL_NETWORK % '"no"', tmp_path / "net.yaml"))


def test_resolver_picks_the_document_language(tmp_path: Path) -> None:
    network = load_from(
        network_yaml(name={"en": "Procurers network", "fi": "Hankintaverkosto"}), tmp_path
    )
    assert localised_data(network, "fi")["name"] == "Hankintaverkosto"
    assert localised_data(network, "en")["name"] == "Procurers network"
    assert localised_data(network, "de", fallback="en")["name"] == "Procurers network"
    greek = localised_data(builtin_network(), "el")
    assert greek["name"] == "Δίκτυο αναθετουσών αρχών LEA"
    assert greek["funding"]["programme"] == "Ορίζων 2020"
    assert greek["acronym"] == "LEA-N"


def test_missing_language_names_every_key(tmp_path: Path) -> None:
    network = load_from(
        network_yaml(
            loi__why={"en": "why", "sv": "varför"},
            tasks__1__text={"en": "take part", "sv": "delta"},
            benefits__0__bullets__2={"sv": "möjlighet"},
        ),
        tmp_path,
    )
    with pytest.raises(MissingTextError) as caught:
        localised_data(network, "fi")
    fields = [p.field for p in caught.value.problems]
    assert fields == ["network.loi.why", "network.tasks[1].text", "network.benefits[0].bullets[2]"]
    message = str(caught.value)
    assert "no text in Finnish (fi); given in en, sv" in message
    assert "--fallback-lang sv" in message  # the only language every missing text has
    with pytest.raises(MissingTextError) as again:
        localised_data(network, "fi", fallback="en")
    assert [p.field for p in again.value.problems] == ["network.benefits[0].bullets[2]"]
    assert "nor in English (en)" in str(again.value)
    assert localised_data(network, "fi", fallback="sv")["loi"]["why"] == "varför"


def test_example_nordic_network_is_complete_in_its_three_languages() -> None:
    network = load_network(EXAMPLES / "networks" / "nordic.yaml")
    assert text_languages(network) == {"en", "sv", "fi"}
    for lang in ("en", "sv", "fi"):
        data = localised_data(network, lang)
        assert isinstance(data["loi"]["why"], str) and isinstance(data["tasks"][0]["text"], str)
    assert localised_data(network, "fi")["funding"]["programme"] == "Horisontti 2020"
    assert localised_data(network, "sv")["funding"]["funder"] == "Europeiska kommissionen"


def test_builtin_network_fast_load_equals_the_located_load() -> None:
    from leadocs.formats.files import BUILTIN_NETWORK_NAME
    from leadocs.formats.model import NetworkFile

    strict = parse_yaml(builtin_network_text(), Path(BUILTIN_NETWORK_NAME))
    assert builtin_network() == validate_file(NetworkFile, strict).network
