"""Texts a network can give in several languages.

A narrative field of a network is either one text, used whatever the
document's language, or a mapping from language code to text::

    why: We want to take part in the network ...
    why:
      en: We want to take part in the network ...
      sv: Vi vill delta i nätverket ...

A name may also give, per language, the grammatical forms that the
language's sentences need (see :mod:`leadocs.i18n.grammar`)::

    name:
      en: LEA procurers network
      pl: {nom: Sieć zamawiających LEA, gen: Sieci zamawiających LEA}

The mapping is validated here (ISO 639-1 codes only, at least one language,
every text checked like any other); which text a document uses is decided
later, by :mod:`leadocs.i18n.localise`, once the document's language is known.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Discriminator, Tag

from leadocs.formats.model.common import Name, Text
from leadocs.i18n.grammar import ARTICLES, TITLE_FORM, form_name_problem, name_cases
from leadocs.i18n.languages import language_key

__all__ = [
    "InflectedName",
    "LocalisedName",
    "LocalisedText",
    "NameForms",
    "Translations",
    "language_key",
    "title_text",
]


class Translations(dict[str, Any]):
    """One text in several languages, keyed by ISO 639-1 code (``{"en": ..., "sv": ...}``).

    A distinct type (rather than a plain ``dict``) so that the resolver can tell
    a translated text from any other mapping a model may one day hold.
    """

    def languages(self) -> list[str]:
        """The language codes this text is given in, in file order."""
        return list(self)


def _key_before(value: object) -> object:
    # YAML 1.1 reads a bare "no" (Norwegian) as false; the loader may hand it on as text.
    if value is False or value == "False":
        raise ValueError('YAML read "no" as false; write Norwegian as "nb", or quote it: "no"')
    return value


LanguageKey = Annotated[str, BeforeValidator(_key_before), AfterValidator(language_key)]


def _translations(value: dict[str, str]) -> dict[str, str]:
    if not value:
        raise ValueError("give the text in at least one language, e.g. en: ...")
    return Translations(value)


def _kind(value: object) -> str | None:
    # The tags are bracketed so that error locations drop them like pydantic's own
    # "function-after[...]" parts: a problem is reported at "network.loi.why.sv".
    if isinstance(value, Mapping):
        return "[translations]"
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return "[text]"
    return None  # neither: one clear message instead of one per alternative


_EITHER = Discriminator(
    _kind,
    custom_error_type="localised_type",
    custom_error_message="must be text, or a mapping of language code to text (en: ..., sv: ...)",
)


LocalisedText = Annotated[
    Annotated[Text, Tag("[text]")]
    | Annotated[dict[LanguageKey, Text], AfterValidator(_translations), Tag("[translations]")],
    _EITHER,
]
"""Free text (may be empty), or a mapping of language code to such text."""

LocalisedName = Annotated[
    Annotated[Name, Tag("[text]")]
    | Annotated[dict[LanguageKey, Name], AfterValidator(_translations), Tag("[translations]")],
    _EITHER,
]
"""A name or title that must not be empty, or a mapping of language code to one."""


class NameForms(dict[str, str]):
    """One language's name with its forms: ``{"nom": …, "gen": …}`` (``nom`` as in titles)."""

    @property
    def title(self) -> str:
        """The name as written in titles (the ``nom`` form)."""
        return self[TITLE_FORM]


def title_text(value: object) -> object:
    """A name as titles write it: the ``nom`` form of :class:`NameForms`, else ``value``."""
    return value.title if isinstance(value, NameForms) else value


def _form_key(value: str) -> str:
    problem = form_name_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def _forms(value: dict[str, str]) -> NameForms:
    if TITLE_FORM not in value:
        raise ValueError(f"give the name as titles write it too, as {TITLE_FORM}: ...")
    article = value.get("article")
    if article is not None and article not in ARTICLES:
        raise ValueError(f"article must be one of {', '.join(ARTICLES)}, not '{article}'")
    return NameForms(value)


def _name_kind(value: object) -> str | None:
    if isinstance(value, Mapping):
        return "[forms]"
    return _kind(value)


_FORMS_OR_TEXT = Discriminator(
    _name_kind,
    custom_error_type="name_type",
    custom_error_message="must be the name, or a mapping of its forms (nom: ..., gen: ...)",
)

_OneLanguageName = Annotated[
    Annotated[Name, Tag("[text]")]
    | Annotated[
        dict[Annotated[str, AfterValidator(_form_key)], Name],
        AfterValidator(_forms),
        Tag("[forms]"),
    ],
    _FORMS_OR_TEXT,
]


def _forms_problem(lang: str, forms: NameForms) -> str | None:
    """What is wrong with ``forms`` for the ``lang`` catalogue, or None."""
    needed = name_cases(lang)
    if needed is None:
        return None  # a language leadocs does not ship: nothing to check against
    given = set(forms) - {TITLE_FORM, "article"}
    missing, unknown = sorted(needed - given), sorted(given - needed)
    if "article" in forms and lang != "hu":
        unknown.append("article")
    if not missing and not unknown:
        return None
    wanted = ", ".join([TITLE_FORM, *sorted(needed)])
    found = "; ".join(
        part
        for part in (
            f"missing {', '.join(missing)}" if missing else "",
            f"not used by the {lang} texts: {', '.join(unknown)}" if unknown else "",
        )
        if part
    )
    return f"{lang}: the {lang} texts use the forms {wanted} ({found})"


def _checked_forms(value: str | Translations) -> str | Translations:
    if isinstance(value, str):
        return value
    problems = [
        problem
        for lang, text in value.items()
        if isinstance(text, NameForms) and (problem := _forms_problem(lang, text))
    ]
    if problems:
        raise ValueError("; ".join(problems))
    return value


InflectedName = Annotated[
    Annotated[Name, Tag("[text]")]
    | Annotated[
        dict[LanguageKey, _OneLanguageName], AfterValidator(_translations), Tag("[translations]")
    ],
    _EITHER,
    AfterValidator(_checked_forms),
]
"""A name (see :data:`LocalisedName`) whose per-language text may be a mapping of its forms."""
