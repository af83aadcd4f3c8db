"""The KPIs of the source, the members map, and the form reader, without a server."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from werkzeug.datastructures import MultiDict

from leadocs.formats.files import builtin_network
from leadocs.formats.model import Organisation
from leadocs.i18n import catalogue
from leadocs.web.fields import SIGNUP_FIELDS, read_form, values_of
from leadocs.web.kpi import CRITICAL_MASS, EU_MEMBER_STATES, network_kpi
from leadocs.web.mapsvg import members_map, shade


def member(country: str, *types: str) -> Organisation:
    return Organisation.model_validate(
        {
            "name": f"Member in {country}",
            "country": country,
            "type": list(types),
            "contact": {"name": "C", "email": "c@example.eu"},
            "signatory": {"name": "S", "title": "T"},
        }
    )


def test_the_kpi_counts_member_states_procurers_and_partners() -> None:
    members = [
        member("FI", "procurer"),
        member("FI", "school"),
        member("SE", "procurer", "learntech-expert"),
        member("NO", "supplier"),  # not an EU member state: a member, not a state covered
        member("AT", "supplier"),
    ]
    kpi = network_kpi(builtin_network(), members)
    assert kpi.target == CRITICAL_MASS == 15
    assert kpi.covered == ("AT", "FI", "SE")
    assert (kpi.members, kpi.procurers, kpi.others) == (5, 2, 3)
    assert not kpi.reached
    finland = next(row for row in kpi.countries if row.country == "FI")
    assert (finland.members, finland.procurers, finland.others) == (2, 1, 1)
    assert finland.partners == ("Konnevesi Municipality",)
    enter = next(row for row in kpi.partners if row.partner == "ENTER")
    assert enter.member_states == ("AT", "GR", "MT", "SK") and enter.covered == ("AT",)
    assert (enter.members, enter.procurers) == (1, 0)
    # Every member state of appendix 7.1 is listed, with or without members.
    assert {row.country for row in kpi.countries} >= EU_MEMBER_STATES | {"NO"}


def test_the_critical_mass_is_reached_at_fifteen_member_states() -> None:
    states = sorted(EU_MEMBER_STATES)
    assert not network_kpi(builtin_network(), [member(c) for c in states[:14]]).reached
    assert network_kpi(builtin_network(), [member(c) for c in states[:15]]).reached


def test_the_map_shades_each_country_by_its_members_and_escapes_names() -> None:
    kpi = network_kpi(builtin_network(), [member("FI"), member("FI"), member("MT")])
    svg = str(members_map(kpi, lambda code: f"<{code}>", "Members & map"))
    assert svg.startswith('<svg class="members-map"') and 'aria-label="Members &amp; map"' in svg
    assert 'class="country few area" data-country="FI" data-members="2"' in svg
    assert 'data-country="FR" data-members="0"' in svg
    assert '<circle class="dot one"' in svg  # Malta is too small to see: a dot
    assert "<title>&lt;FI&gt;: 2</title>" in svg and "<FI>" not in svg
    assert [shade(n) for n in (0, 1, 2, 4, 5, 9, 10, 99)] == [
        "none", "one", "few", "few", "many", "many", "most", "most",
    ]  # fmt: skip


def test_the_shipped_map_has_every_country_of_the_network_and_its_licence() -> None:
    folder = resources.files("leadocs.web") / "data"
    outlines = json.loads((folder / "europe-map.json").read_text("utf-8"))
    drawn = set(outlines["countries"])
    assert EU_MEMBER_STATES | {"NO", "IS", "CH", "GB", "UA"} <= drawn
    assert "Natural Earth" in outlines["source"]
    notice = (folder / "NOTICE-map.txt").read_text("utf-8")
    assert "public domain" in notice and "ISC" in notice


def _form(**values: object) -> MultiDict[str, str]:
    form: MultiDict[str, str] = MultiDict()
    for key, value in values.items():
        for item in value if isinstance(value, list) else [value]:
            form.add(key.replace("__", "."), str(item))
    return form


def TEXTS(key: str, **values: object) -> str:  # noqa: N802 - stands for the page's texts
    return catalogue("en").text("web", key, values)


def test_a_form_becomes_the_organisation_format_without_empty_values() -> None:
    form = _form(
        name="Braga",
        country="pt",
        address__city="Braga",
        contact__name="João",
        contact__email="joao@cm-braga.pt",
        signatory__name="Ricardo Rio",
        signatory__title="Mayor",
        tasks=["ppi-pcp"],
        type=["procurer", "school"],
        website="",
    )
    result = read_form(form, SIGNUP_FIELDS, builtin_network(), TEXTS)
    assert result.errors == {}
    assert result.organisation is not None
    assert result.organisation.model_dump(mode="json", exclude_defaults=True) == {
        "name": "Braga",
        "country": "PT",
        "address": {"city": "Braga"},
        "contact": {"name": "João", "email": "joao@cm-braga.pt"},
        "signatory": {"name": "Ricardo Rio", "title": "Mayor"},
        "tasks": ["ppi-pcp"],
        "type": ["procurer", "school"],
    }
    again = values_of(result.organisation.model_dump(mode="json"), SIGNUP_FIELDS)
    assert again["address.city"] == "Braga" and again["tasks"] == ["ppi-pcp"]
    assert again["website"] == ""


@pytest.mark.parametrize(
    ("values", "errors"),
    [
        (
            {},
            {
                "name",
                "country",
                "contact.name",
                "contact.email",
                "signatory.name",
                "signatory.title",
            },
        ),
        ({"type": ["mayor"]}, {"type"}),
        ({"language": "xx"}, {"language"}),
        ({"name": "Bad\x07name"}, {"name"}),
        ({"address__street": "Rua 1"}, {"address.city"}),
    ],
)
def test_each_problem_is_reported_on_its_field(values: dict[str, object], errors: set[str]) -> None:
    complete = {
        "name": "Braga",
        "country": "PT",
        "contact__name": "João",
        "contact__email": "joao@cm-braga.pt",
        "signatory__name": "Ricardo Rio",
        "signatory__title": "Mayor",
    }
    form = _form(**({**complete, **values} if values else {}))
    result = read_form(form, SIGNUP_FIELDS, builtin_network(), TEXTS)
    assert set(result.errors) == errors
    assert result.organisation is None
    if "name" in errors and values:
        assert result.errors["name"] == TEXTS("error_control")
