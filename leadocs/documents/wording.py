"""What the catalogue texts insert about a network and an organisation, in one language.

The network's name reaches the catalogue as the term ``-network-name`` (with the
forms the data gives for the language, see :mod:`leadocs.i18n.grammar`); the
other values as variables. Shared by the documents, the e-mails and the web pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from babel.dates import format_date

from leadocs.formats.model import Network, Organisation
from leadocs.formats.model.localised import NameForms, Translations
from leadocs.i18n import ArticleName, Catalogue, NameTerm, catalogue
from leadocs.render.environment import locale_of

__all__ = [
    "add_name_forms",
    "contact_values",
    "dated_values",
    "name_forms",
    "name_title",
    "network_catalogue",
    "organisation_values",
]


def name_forms(network: Network, lang: str) -> dict[str, str]:
    """The forms of the network's name given for ``lang`` itself (none from a fallback)."""
    name = network.name
    forms = name.get(lang) if isinstance(name, Translations) else None
    return dict(forms) if isinstance(forms, NameForms) else {}


def name_title(network: Network, lang: str, fallback: str | None = None) -> str | None:
    """The network's name in ``lang`` (else ``fallback``) as titles write it; None if neither."""
    name = network.name
    if isinstance(name, str):
        return name
    chosen = name.get(lang, name.get(fallback) if fallback else None)
    return NameForms(chosen).title if isinstance(chosen, dict) else chosen


def add_name_forms(data: dict[str, Any], network: Network, lang: str) -> None:
    """Localised network ``data`` gets the forms of the name in ``lang`` as ``name_forms``."""
    data["name_forms"] = name_forms(network, lang)


def network_catalogue(data: Mapping[str, Any], lang: str) -> Catalogue:
    """The ``lang`` catalogue with the network of localised ``data`` as ``-network-name``."""
    return catalogue(lang, NameTerm.of(data["name"], data.get("name_forms")))


def organisation_values(organisation: Organisation) -> dict[str, str]:
    """The organisation's name as the texts insert it (with its Hungarian article, if given)."""
    return {"organisation": ArticleName(organisation.name, organisation.hu_article)}


def contact_values(organisation: Organisation) -> dict[str, str]:
    """Who an e-mail greets: ``contact``, ``salutation`` (ms/mr/none), ``contact_family_name``."""
    contact = organisation.contact
    return {
        "contact": contact.name,
        "salutation": contact.salutation.value if contact.salutation else "none",
        "contact_family_name": contact.family_name or contact.name,
    }


def dated_values(lang: str, today: dt.date, place: str = "") -> dict[str, str]:
    """``date`` (the long date of ``lang``) and ``place`` of a document's dateline."""
    return {"date": format_date(today, format="long", locale=locale_of(lang)), "place": place}
