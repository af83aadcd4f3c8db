"""The partner report numbers the member states as appendix 7.1 does, in every language."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from leadocs.documents.build import make_document
from leadocs.documents.member_states import numbered_member_states
from leadocs.documents.subject import DocumentSubject
from leadocs.errors import LeadocsError
from leadocs.formats.files import builtin_network, builtin_network_text, load_network
from leadocs.i18n.languages import shipped_languages
from tests.helpers.docx_text import docx_to_text

# Appendix 7.1 of LEA deliverable D2.3: "# / EU member state / Responsible LEA partner".
SOURCE_TABLE = [
    ("AT", "ENTER"), ("BE", "Innova+"), ("BG", "INNOVA"), ("HR", "University of Jyväskylä"),
    ("CY", "SERN"), ("CZ", "Citta di Torino"), ("DK", "Citta di Torino"),
    ("EE", "Ajuntament de Viladecans"), ("FI", "Konnevesi Municipality"),
    ("FR", "Ajuntament de Viladecans"), ("DE", "OVGU"), ("GR", "ENTER"), ("HU", "INNOVA"),
    ("IE", "Halmstad Municipality"), ("IT", "Citta di Torino"),
    ("LV", "Ajuntament de Viladecans"), ("LT", "University of Jyväskylä"),
    ("LU", "Innova+"), ("MT", "ENTER"), ("NL", "ICLEI"), ("PL", "INNOVA"),
    ("PT", "Braga Municipality"), ("RO", "OVGU"), ("SK", "ENTER"),
    ("SI", "University of Oulu"), ("ES", "Ajuntament de Viladecans"),
    ("SE", "Gothenburg Region, Halmstad"), ("NO", "EUPK"),
]  # fmt: skip


@pytest.mark.parametrize("lang", shipped_languages())
def test_builtin_numbering_is_the_source_table_in_every_language(lang: str) -> None:
    states = numbered_member_states(builtin_network(), lang)
    assert [(s.number, s.code, s.partners) for s in states] == [
        (number, code, (partner,)) for number, (code, partner) in enumerate(SOURCE_TABLE, 1)
    ]
    norway = states[-1]
    assert norway.note and norway.label == f"{norway.name} ({norway.note})"
    assert all(not state.note for state in states[:-1])


def test_norway_is_noted_as_an_eea_country() -> None:
    assert numbered_member_states(builtin_network(), "en")[-1].label == "Norway (EEA country)"
    assert numbered_member_states(builtin_network(), "de")[-1].label == "Norwegen (EWR-Staat)"


def _report_rows(partner: str, lang: str) -> list[str]:
    network = builtin_network()
    subject = DocumentSubject(network, partner=network.find_partner(partner))
    data = make_document("report", subject, lang=lang, today=dt.date(2025, 3, 7)).data
    return [line for line in docx_to_text(data).splitlines() if line.endswith(f"| {partner} | |")]


def test_greek_report_numbers_greece_twelve_as_the_english_one() -> None:
    assert [row.split(" | ")[0] for row in _report_rows("ENTER", "el")] == [
        "| 1", "| 12", "| 19", "| 24"
    ]  # fmt: skip
    assert _report_rows("ENTER", "el")[1] == "| 12 | Ελλάδα | ENTER | |"
    assert _report_rows("EUPK", "en") == ["| 28 | Norway (EEA country) | EUPK | |"]


def _network_file(tmp_path, **changes):  # type: ignore[no-untyped-def]
    data = yaml.safe_load(builtin_network_text())
    data["network"].update(changes)
    path = tmp_path / "net.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return path


def test_network_without_a_list_is_numbered_by_english_name_in_every_language(tmp_path) -> None:  # type: ignore[no-untyped-def]
    network = load_network(_network_file(tmp_path, member_states=[]))
    english = [(s.number, s.code) for s in numbered_member_states(network, "en")]
    assert english[:3] == [(1, "AT"), (2, "BE"), (3, "BG")]
    assert english[20] == (21, "NO")  # Norway after the Netherlands, by name
    for lang in ("el", "fi", "de"):
        assert [(s.number, s.code) for s in numbered_member_states(network, lang)] == english


def test_partner_state_missing_from_the_list_is_an_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _network_file(tmp_path, member_states=["AT", "BE"])
    problem = r"partners\[0\]\.member_states: GR, MT, SK not in member_states"
    with pytest.raises(LeadocsError, match=problem):
        load_network(path)


def test_state_listed_twice_is_an_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    states = [code for code, _ in SOURCE_TABLE] + ["AT"]
    with pytest.raises(LeadocsError, match="AT listed more than once"):
        load_network(_network_file(tmp_path, member_states=states))
