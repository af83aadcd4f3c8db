r"""Template contexts: what each built-in document sees, built from the models.

Pure functions, no I/O. Every context has ``lang``, ``today``, ``t`` (the
document's static text in its language, placeholders filled) and ``network``;
document builders add what their document needs. Long texts are prepared so
that a blank line starts a new paragraph in Word (docxtpl turns ``\\a`` into a
new paragraph with the same style, and ``\\n`` into a line break).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from leadocs.i18n import catalogue, fill
from leadocs.model import Network, Organisation, Partner
from leadocs.render.environment import country_name

__all__ = [
    "assistance_context",
    "benefits_context",
    "loi_context",
    "paragraphs",
    "report_context",
]

Context = dict[str, Any]

_BLANK_LINE = re.compile(r"\n\s*\n")


def paragraphs(text: str) -> str:
    """Prepare text for one Word paragraph: blank lines start new paragraphs."""
    parts = [part.strip() for part in _BLANK_LINE.split(text.strip())]
    return "\a".join(part for part in parts if part)


def _network_values(network: Network) -> dict[str, str]:
    return {
        "network_name": network.name,
        "network_acronym": network.acronym,
        "network_description": network.description or f"the {network.name}",
        "project": network.project.acronym,
        "grant_agreement": network.funding.grant_agreement,
        "programme": network.funding.programme,
        "funder": network.funding.funder,
        "contact": network.contact.name or network.contact.organisation,
        "email": str(network.contact.email),
        "report_to": network.report_to or network.contact.organisation,
    }


def _texts(lang: str, sections: tuple[str, ...], values: Mapping[str, Any]) -> Context:
    texts = catalogue(lang)
    return {
        section: {key: fill(text, values) for key, text in texts[section].items()}
        for section in ("common", *sections)
    }


def _base(network: Network, lang: str, today: dt.date) -> Context:
    return {
        "lang": lang,
        "today": today,
        "network": _network_dict(network),
    }


def _network_dict(network: Network) -> Context:
    data = network.model_dump(mode="python")
    data["loi"] = {key: paragraphs(value) for key, value in data["loi"].items()}
    data["benefits_intro"] = paragraphs(network.benefits_intro)
    data["report_intro"] = paragraphs(network.report_intro)
    for benefit in data["benefits"]:
        benefit["text"] = paragraphs(benefit["text"])
    return data


def _organisation_dict(organisation: Organisation, lang: str) -> Context:
    data = organisation.model_dump(mode="python")
    data["country_name"] = country_name(organisation.country, lang)
    for key in ("experience", "assistance", "timeline", "additional_needs"):
        data[key] = paragraphs(data[key])
    texts = catalogue(lang)["types"]
    data["type_names"] = [texts[str(kind)] for kind in organisation.type]
    return data


def loi_context(
    organisation: Organisation,
    network: Network,
    *,
    lang: str,
    today: dt.date,
    place: str | None = None,
) -> Context:
    """Context of the letter of intent (appendix 7.4)."""
    values = {**_network_values(network), "organisation": organisation.name}
    chosen = set(organisation.tasks)
    return {
        **_base(network, lang, today),
        "t": _texts(lang, ("loi",), values),
        "organisation": _organisation_dict(organisation, lang),
        "tasks": [
            {"id": task.id, "text": task.text, "checked": task.id in chosen}
            for task in network.tasks
        ],
        "place": place if place is not None else _default_place(organisation),
    }


def assistance_context(
    organisation: Organisation, network: Network, *, lang: str, today: dt.date
) -> Context:
    """Context of the assistance and support request form (appendix 7.3)."""
    values = {**_network_values(network), "organisation": organisation.name}
    return {
        **_base(network, lang, today),
        "t": _texts(lang, ("assistance",), values),
        "organisation": _organisation_dict(organisation, lang),
        "place": _default_place(organisation),
    }


def benefits_context(network: Network, *, lang: str, today: dt.date) -> Context:
    """Context of the benefits and expected contribution sheet (appendix 7.2)."""
    return {
        **_base(network, lang, today),
        "t": _texts(lang, ("benefits",), _network_values(network)),
    }


def report_context(network: Network, partner: Partner, *, lang: str, today: dt.date) -> Context:
    """Context of the partner participation report (appendix 7.1) for one partner."""
    order = _member_state_order(network, lang)
    rows = [
        {
            "number": order.index(code) + 1,
            "code": code,
            "member_state": country_name(code, lang),
            "partner": partner.name,
        }
        for code in sorted(partner.member_states, key=order.index)
    ]
    values = _network_values(network)
    texts = _texts(lang, ("report",), values)
    deadlines = [{"label": d.label, "date": d.date} for d in network.reporting_deadlines]
    return {
        **_base(network, lang, today),
        "t": texts,
        "partner": {"name": partner.name, "country": partner.country or ""},
        "rows": rows,
        "deadlines": deadlines,
        "additional_rows": 5,
    }


def _member_state_order(network: Network, lang: str) -> list[str]:
    """All member states of the network's partners, sorted by name in ``lang``."""
    codes = {code for partner in network.partners for code in partner.member_states}
    return sorted(codes, key=lambda code: country_name(code, lang))


def _default_place(organisation: Organisation) -> str:
    return organisation.address.city if organisation.address else ""
