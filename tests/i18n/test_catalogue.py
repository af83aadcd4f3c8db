"""The Fluent catalogues: ids to section keys, variables, errors that name the file and line."""

from __future__ import annotations

import pytest

from leadocs.errors import CatalogueError
from leadocs.i18n import NameTerm, catalogue, message_key
from leadocs.i18n.catalogue import Catalogue
from leadocs.i18n.grammar import name_cases
from leadocs.i18n.languages import shipped_languages


def test_ids_map_to_the_section_keys_layouts_use() -> None:
    texts = Catalogue("en", "loi-tasks-intro = Tasks\nnotice-sheet-missing-line = { $term }\n", "x")
    assert texts.keys("loi") == ["tasks_intro"]
    assert texts.keys("notice_sheet") == ["missing_line"]
    assert [m.variables for m in texts.messages()] == [frozenset(), frozenset({"term"})]


def test_variables_are_inserted_as_text_without_isolation_marks() -> None:
    texts = Catalogue("en", "report-title = Report { $year } for { $name }\n", "x")
    assert texts.text("report", "title", {"year": 2025, "name": "LEA"}) == "Report 2025 for LEA"


def test_selectors_and_terms_work() -> None:
    source = (
        "-network = { $case ->\n    [gen] sieci LEA\n   *[nom] sieć LEA\n}\n"
        'loi-title = Członkostwo { -network(case: "gen") }\n'
    )
    assert Catalogue("pl", source, "pl.ftl").text("loi", "title") == "Członkostwo sieci LEA"


def test_a_missing_value_is_an_error_naming_the_message() -> None:
    texts = Catalogue("en", "loi-title = Letter for { $organisation }\n", "en.ftl")
    with pytest.raises(CatalogueError, match=r"en\.ftl: loi-title: .*organisation"):
        texts.text("loi", "title", {})


def test_broken_syntax_names_the_file_and_line() -> None:
    with pytest.raises(CatalogueError, match=r"^x\.ftl:3: not Fluent syntax"):
        Catalogue("en", "loi-a = A\nloi-b = B\nloi-c = { $x\n", "x.ftl")


def test_an_id_outside_every_section_is_an_error() -> None:
    with pytest.raises(CatalogueError, match="'letter-title' belongs to no section"):
        Catalogue("en", "letter-title = A\n", "x.ftl")


def test_an_unknown_message_is_an_error() -> None:
    with pytest.raises(CatalogueError, match="no message for loi.nothing"):
        catalogue("en").text("loi", "nothing")


def test_enumeration_values_have_keys() -> None:
    assert message_key("learntech-expert") == "learntech_expert"
    for lang in shipped_languages():
        assert catalogue(lang).text("types", message_key("learntech-expert"))


def _names(lang: str) -> list[NameTerm]:
    """The network's name given as one text, and with every form the language uses."""
    forms = {case: f"<{case}>" for case in name_cases(lang) or ()}
    return [NameTerm.of("<name>"), NameTerm.of("<name>", forms)]


@pytest.mark.parametrize("lang", shipped_languages())
def test_every_shipped_catalogue_compiles_and_formats_every_message(lang: str) -> None:
    for name in _names(lang):
        texts = catalogue(lang, name)
        for message in texts.messages():
            values = {name: f"<{name}>" for name in message.variables}
            text = texts.text(message.section, message.key, values)
            assert text.strip(), f"{lang}: {message.id} is empty"
            assert "{" not in text and "\u2068" not in text, f"{lang}: {message.id}: {text!r}"
