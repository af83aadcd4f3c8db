"""Grammar around inserted names: the network's name term, its forms in the data, a/az."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadocs.errors import DataError
from leadocs.formats.files import builtin_network, builtin_network_text, load_network
from leadocs.i18n import ArticleName, NameTerm, catalogue
from leadocs.i18n.grammar import article_function, cases_used, hungarian_article, name_cases
from leadocs.i18n.languages import shipped_languages


@pytest.mark.parametrize(
    ("text", "article"),
    [
        ("Egri Tankerületi Központ", "az"),
        ("Óbudai Egyetem", "az"),
        ("LEA", "a"),  # spoken as a word
        ("LEA-N", "a"),
        ("MTA SZTAKI", "az"),  # em-té-á
        ("SZTE", "az"),
        ("KSH", "a"),  # ká
        ("Horizont 2020", "a"),
        ("2020", "a"),
        ("1", "az"),
        ("10", "a"),
        ("1000", "az"),
        ("5. kerület", "az"),
        ("„Okos” iskola", "az"),
    ],
)
def test_hungarian_article(text: str, article: str) -> None:
    assert hungarian_article(text) == article


def test_article_function_takes_the_datas_word() -> None:
    article = article_function({"LEA ajánlatkérői hálózat": "az"})
    assert article("LEA ajánlatkérői hálózat") == "az"
    assert article(ArticleName("MTA", "a"), capital="yes") == "A"
    assert article("Egri") == "az"


def test_term_source_has_the_forms_and_says_whether_any_were_given() -> None:
    one = NameTerm.of('Réseau "LEA" [test]')
    assert ".forms = one" in one.source()
    texts = catalogue("pl", NameTerm.of("Sieć X", {"nom": "Sieć X", "gen": "Sieci X"}))
    assert texts.text("loi", "title", {"network_acronym": "X"}) == "List intencyjny – Sieć X (X)"
    french = catalogue("fr", one).text("loi", "title", {"network_acronym": "L"})
    assert french == 'Lettre d\'intention – Réseau "LEA" [test] (L)'


def test_the_cases_a_catalogue_uses_are_read_from_it() -> None:
    source = 'm = x { -network-name(case: "gen") } { -network-name( case:"loc" ) }'
    assert cases_used(source) == {"gen", "loc"}
    assert cases_used('# e.g. -network-name(case: "dat")\n' + source) == {"gen", "loc"}
    assert name_cases("pl") == {"gen"}
    assert name_cases("en") == frozenset()
    assert name_cases("xx") is None


def test_a_catalogue_may_not_define_the_name_term() -> None:
    from leadocs.errors import CatalogueError
    from leadocs.i18n.catalogue import Catalogue

    with pytest.raises(CatalogueError, match="defines -network-name"):
        Catalogue("en", "-network-name = X\nloi-title = { -network-name }\n", "en.ftl")


def test_builtin_network_gives_every_form_its_languages_use() -> None:
    name = builtin_network().name
    assert isinstance(name, dict)
    for lang in shipped_languages():
        needed = name_cases(lang) or frozenset()
        given = name.get(lang)
        if needed:
            assert isinstance(given, dict), f"{lang}: give the forms {sorted(needed)}"
            assert needed <= set(given), f"{lang}: missing {sorted(needed - set(given))}"


def _network_with_name(tmp_path: Path, name_yaml: str) -> Path:
    text = builtin_network_text()
    start = text.index("  name:\n")
    end = text.index("  acronym: LEA-N")
    path = tmp_path / "network.yaml"
    path.write_text(text[:start] + name_yaml + text[end:], encoding="utf-8")
    return path


def test_missing_form_is_an_error_with_its_line(tmp_path: Path) -> None:
    path = _network_with_name(
        tmp_path, "  name:\n    en: Net\n    pl:\n      nom: Sieć\n      dat: Sieci\n"
    )
    with pytest.raises(DataError) as raised:
        load_network(path)
    message = str(raised.value)
    assert "network.name" in message and f"{path.name}:" in message
    assert (
        "pl: the pl texts use the forms nom, gen (missing gen; not used by the pl texts: dat)"
        in (message)
    )


def test_forms_need_the_title_form_and_a_hungarian_article_is_a_or_az(tmp_path: Path) -> None:
    path = _network_with_name(tmp_path, "  name:\n    pl:\n      gen: Sieci\n")
    with pytest.raises(DataError, match="nom"):
        load_network(path)
    path = _network_with_name(
        tmp_path, "  name:\n    hu:\n      nom: Háló\n      all: Hálóhoz\n      article: egy\n"
    )
    with pytest.raises(DataError, match="article must be one of a, az"):
        load_network(path)


def test_a_hungarian_article_in_the_data_wins(tmp_path: Path) -> None:
    from leadocs.documents.context import network_data
    from leadocs.documents.wording import network_catalogue

    path = _network_with_name(
        tmp_path,
        # Computed, "SZTE" (esz-zé-té-e) takes "az"; this network says "a".
        "  name:\n    en: Net\n    hu:\n      nom: SZTE hálózat\n      all: SZTE hálózathoz\n"
        "      article: a\n",
    )
    network = load_network(path)
    data = network_data(network, "hu")
    assert data["name"] == "SZTE hálózat"
    texts = network_catalogue(data, "hu")
    body = texts.text(
        "email",
        "loi_body",
        {
            "organisation": "Egri",
            "contact": "X",
            "salutation": "none",
            "contact_family_name": "X",
            "signatory": "Y",
            "network_acronym": "EN",
            "return_contact": "Z",
            "return_email": "z@example.eu",
            "sender": "S",
        },
    )
    assert "a SZTE hálózathoz (EN) való csatlakozásról" in body
