"""What every page needs: the site settings, the visitor's language and the page texts."""

from __future__ import annotations

import functools
from typing import Any

import pycountry
from flask import current_app, request

from leadocs.documents.wording import name_forms, name_title
from leadocs.formats.model.organisation import OrganisationType
from leadocs.i18n import NameTerm, catalogue, message_key
from leadocs.i18n.languages import shipped_languages
from leadocs.i18n.localise import pick
from leadocs.render.environment import country_name, language_name
from leadocs.web.settings import WebSettings

__all__ = [
    "Texts",
    "best_language",
    "country_choices",
    "language_choices",
    "settings",
    "task_choices",
    "type_choices",
]


def settings() -> WebSettings:
    """The settings of the running site."""
    found: WebSettings = current_app.extensions["leadocs.web"]
    return found


def best_language() -> str:
    """The visitor's language: the URL's, else the browser's best match, else English."""
    shipped = shipped_languages()
    view_args = request.view_args or {}
    if view_args.get("lang") in shipped:
        return str(view_args["lang"])
    first = request.path.strip("/").split("/")[0]
    if first in shipped:
        return first
    return request.accept_languages.best_match(shipped) or "en"


class Texts:
    """One section of a language's catalogue; ``texts('key', name=value)`` fills a text.

    ``web`` holds the public pages' texts, ``desk`` the coordinator's pages'.
    """

    def __init__(self, lang: str, section: str = "web") -> None:
        self.lang = lang
        network = settings().network
        self.values = {"network_acronym": network.acronym}
        self.section = section
        name = name_title(network, lang, "en") or network.acronym
        self.catalogue = catalogue(lang, NameTerm.of(name, name_forms(network, lang)))

    def __call__(self, key: str, **values: Any) -> str:
        """The text ``key`` with its placeholders filled."""
        return self.catalogue.text(self.section, key, {**self.values, **values})

    def __contains__(self, key: str) -> bool:
        return self.catalogue.has(self.section, key)


@functools.lru_cache(maxsize=16)
def country_choices(lang: str) -> tuple[tuple[str, str], ...]:
    """Every ISO country as (code, name in ``lang``), sorted by name."""
    pairs = [(c.alpha_2, country_name(c.alpha_2, lang)) for c in pycountry.countries]
    return tuple(sorted(pairs, key=lambda pair: pair[1].casefold()))


def language_choices() -> list[tuple[str, str]]:
    """The shipped languages as (code, the language's own name)."""
    return [(code, language_name(code, code)) for code in shipped_languages()]


def type_choices(lang: str) -> list[tuple[str, str]]:
    """Organisation types as (value, label in ``lang``)."""
    texts = catalogue(lang)
    return [(kind.value, texts.text("types", message_key(kind.value))) for kind in OrganisationType]


def task_choices(lang: str) -> list[tuple[str, str]]:
    """The network's tasks as (id, text in ``lang``)."""
    network = settings().network
    return [(task.id, pick(task.text, lang, "en") or task.id) for task in network.tasks]
