r"""Template contexts: what each built-in document sees, built from the models.

Pure functions, no I/O. Every context has ``lang``, ``today``, ``t`` (the
document's static text in its language, placeholders filled) and ``network``;
a document about an organisation has it as ``organisation`` and, as in a
mailing's ``--name`` and e-mails, ``recipient``; document builders add what
their document needs. ``render`` gets the same (:func:`data_context`). The network's translated
texts are resolved to the document's language first (:mod:`leadocs.i18n.localise`;
``fallback_lang`` names the language to use where a text has no translation).
Long texts are prepared so
that a blank line starts a new paragraph in Word (docxtpl turns ``\\a`` into a
new paragraph with the same style, and ``\\n`` into a line break).
"""

from __future__ import annotations

import datetime as dt
import pickle
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from leadocs.documents.member_states import numbered_member_states
from leadocs.documents.subject import ContextOptions, DocumentSubject
from leadocs.documents.wording import (
    add_name_forms,
    dated_values,
    network_catalogue,
    organisation_values,
)
from leadocs.formats.model import Network, Organisation
from leadocs.i18n import catalogue, message_key
from leadocs.i18n.localise import localised_data
from leadocs.render.environment import country_name

__all__ = [
    "assistance_context",
    "benefits_context",
    "data_context",
    "loi_context",
    "network_data",
    "network_texts",
    "paragraphs",
    "report_context",
]

Context = dict[str, Any]

_BLANK_LINE = re.compile(r"\n\s*\n")


def paragraphs(text: str) -> str:
    """Prepare text for one Word paragraph: blank lines start new paragraphs."""
    parts = [part.strip() for part in _BLANK_LINE.split(text.strip())]
    return "\a".join(part for part in parts if part)


def _values(data: Mapping[str, Any], lang: str, today: dt.date) -> dict[str, str]:
    """Placeholder values of the catalogue texts, from the network in the document language."""
    texts = network_catalogue(data, lang)
    default = texts.text("loi", "default_description")
    contact = data["contact"]
    # A network file without a return address gets a visible gap, never an invented one.
    email = contact["email"] or texts.text("common", "to_complete")
    return {
        **dated_values(lang, today),
        "network_acronym": data["acronym"],
        "network_description": data["description"] or default,
        "project": data["project"]["acronym"],
        "grant_agreement": data["funding"]["grant_agreement"],
        "programme": data["funding"]["programme"],
        "funder": data["funding"]["funder"],
        "contact": contact["name"] or contact["organisation"],
        "email": str(email),
        "report_to": data["report_to"] or contact["organisation"],
    }


def _texts(base: Context, sections: tuple[str, ...], values: Mapping[str, Any]) -> Context:
    texts = network_catalogue(base["network"], base["lang"])
    return {section: texts.section(section, values) for section in ("common", *sections)}


def network_texts(
    data: Mapping[str, Any], lang: str, sections: tuple[str, ...], today: dt.date
) -> Context:
    """The catalogue texts of ``common`` and ``sections`` in ``lang``, filled from ``data``.

    Args:
        data: the network in the document's language (:func:`network_data`).
        lang: the document's language.
        sections: the catalogue sections the document uses besides ``common``.
        today: the document's date (the catalogue's dateline).
    """
    return _texts({"network": data, "lang": lang}, sections, _values(data, lang, today))


def _base(network: Network, lang: str, today: dt.date, fallback_lang: str | None) -> Context:
    return {
        "lang": lang,
        "today": today,
        "network": _network_dict(network, lang, fallback_lang),
    }


def network_data(network: Network, lang: str, fallback_lang: str | None = None) -> Context:
    """The network as plain data with every translated text in ``lang``.

    Raises:
        DataError: naming every network text that has no ``lang`` (nor ``fallback_lang``) text.
    """
    data = localised_data(
        network, lang, fallback=fallback_lang, origin=f"network {network.acronym}"
    )
    add_name_forms(data, network, lang)
    return data


# A batch builds thousands of contexts for one network; localising it is most of
# the cost of a context. Networks are immutable, so the result is kept per
# (network, language, fallback), pickled: every call still gets its own copy.
_NETWORK_CACHE: dict[tuple[int, str, str | None], tuple[Network, bytes]] = {}
_NETWORK_CACHE_SIZE = 16


def _network_dict(network: Network, lang: str, fallback_lang: str | None) -> Context:
    key = (id(network), lang, fallback_lang)
    cached = _NETWORK_CACHE.get(key)
    if cached is not None and cached[0] is network:
        data: Context = pickle.loads(cached[1])  # noqa: S301 - our own bytes
        return data
    data = _build_network_dict(network, lang, fallback_lang)
    if len(_NETWORK_CACHE) >= _NETWORK_CACHE_SIZE:
        _NETWORK_CACHE.clear()
    _NETWORK_CACHE[key] = (network, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    return data


def _build_network_dict(network: Network, lang: str, fallback_lang: str | None) -> Context:
    data = network_data(network, lang, fallback_lang)
    data["loi"] = {key: paragraphs(value) for key, value in data["loi"].items()}
    data["benefits_intro"] = paragraphs(data["benefits_intro"])
    data["report_intro"] = paragraphs(data["report_intro"])
    for benefit in data["benefits"]:
        benefit["text"] = paragraphs(benefit["text"])
    return data


def _with_organisation(base: Context, organisation: Organisation, lang: str) -> Context:
    data = _organisation_dict(organisation, lang)
    return {**base, "organisation": data, "recipient": data}


def data_context(
    data: Mapping[str, Any],
    network: Network,
    *,
    lang: str,
    today: dt.date,
    organisation: Organisation | None = None,
    fallback_lang: str | None = None,
) -> Context:
    """Context of a user's own template (``leadocs render``): the same names as the kinds'.

    Args:
        data: the data file's top-level mapping; its keys win over ``network``
            and the others, except for an organisation file's own two keys.
        network: the network (``--network``, the organisation's, or the built-in one).
        lang: the document language, for the filters and the network's texts.
        today: the date of the document.
        organisation: the organisation, when ``data`` is an organisation file.
        fallback_lang: language of network texts missing in ``lang``.
    """
    base = _base(network, lang, today, fallback_lang)
    if organisation is None:
        return {**base, **data}
    return _with_organisation(base, organisation, lang)


def _organisation_dict(organisation: Organisation, lang: str) -> Context:
    data = organisation.model_dump(mode="python")
    data["country_name"] = country_name(organisation.country, lang)
    for key in ("experience", "assistance", "timeline", "additional_needs"):
        data[key] = paragraphs(data[key])
    texts = catalogue(lang)
    data["type_names"] = [texts.text("types", message_key(kind)) for kind in organisation.type]
    return data


def _about(subject: DocumentSubject) -> Organisation:
    assert subject.organisation is not None, "a document about an organisation needs one"
    return subject.organisation


def loi_context(subject: DocumentSubject, options: ContextOptions) -> Context:
    """Context of the letter of intent (appendix 7.4)."""
    organisation, network, lang, place = (
        _about(subject),
        subject.network,
        options.lang,
        options.place,
    )
    base = _base(network, lang, options.today, options.fallback_lang)
    place = place if place is not None else _default_place(organisation)
    values = {
        **_values(base["network"], lang, options.today),
        **organisation_values(organisation),
        **dated_values(lang, options.today, place),
    }
    chosen = set(organisation.tasks)
    return {
        **_with_organisation(base, organisation, lang),
        "t": _texts(base, ("loi",), values),
        "tasks": [
            {"id": task["id"], "text": task["text"], "checked": task["id"] in chosen}
            for task in base["network"]["tasks"]
        ],
        "place": place,
    }


def assistance_context(subject: DocumentSubject, options: ContextOptions) -> Context:
    """Context of the assistance and support request form (appendix 7.3)."""
    organisation, network, lang = _about(subject), subject.network, options.lang
    base = _base(network, lang, options.today, options.fallback_lang)
    place = _default_place(organisation)
    values = {
        **_values(base["network"], lang, options.today),
        **organisation_values(organisation),
        **dated_values(lang, options.today, place),
    }
    return {
        **_with_organisation(base, organisation, lang),
        "t": _texts(base, ("assistance",), values),
        "place": place,
    }


def benefits_context(subject: DocumentSubject, options: ContextOptions) -> Context:
    """Context of the benefits and expected contribution sheet (appendix 7.2)."""
    network, lang = subject.network, options.lang
    base = _base(network, lang, options.today, options.fallback_lang)
    return {
        **base,
        "t": _texts(base, ("benefits",), _values(base["network"], lang, options.today)),
    }


def report_context(subject: DocumentSubject, options: ContextOptions) -> Context:
    """Context of the partner participation report (appendix 7.1) for one partner."""
    assert subject.partner is not None, "a partner report needs its partner"
    network, partner, lang = subject.network, subject.partner, options.lang
    base = _base(network, lang, options.today, options.fallback_lang)
    rows = [
        {
            "number": state.number,
            "code": state.code,
            "member_state": state.label,
            "note": state.note,
            "partner": partner.name,
        }
        for state in numbered_member_states(network, lang, options.fallback_lang)
        if state.code in partner.member_states
    ]
    texts = _texts(base, ("report",), _values(base["network"], lang, options.today))
    deadlines = [{"label": d.label, "date": d.date} for d in network.reporting_deadlines]
    return {
        **base,
        "t": texts,
        "partner": {"name": partner.name, "country": partner.country or ""},
        "rows": rows,
        "deadlines": deadlines,
        "additional_rows": 5,
    }


# Letters that Swedish and Finnish sort after z (å, ä, ö), mapped to the ASCII characters
# that follow "z"; every other accent is ignored for sorting (Österreich under O in German).
_AFTER_Z = {"sv": str.maketrans("åäö", "{|}"), "fi": str.maketrans("åäö", "{|}")}


def collation_key(name: str, lang: str) -> tuple[str, str]:
    """A sort key that orders names as a reader of ``lang`` expects (near enough).

    Python compares code points, which puts "Österreich" after "Zypern"; this
    key ignores accents and case, except for the letters a language files after z.
    """
    folded = name.casefold().translate(_AFTER_Z.get(lang, {}))
    plain = "".join(
        char for char in unicodedata.normalize("NFD", folded) if not unicodedata.combining(char)
    )
    return plain, name


def _default_place(organisation: Organisation) -> str:
    return organisation.address.city if organisation.address else ""
