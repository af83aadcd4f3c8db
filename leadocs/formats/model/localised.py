"""Texts a network can give in several languages.

A narrative field of a network is either one text, used whatever the
document's language, or a mapping from language code to text::

    why: We want to take part in the network ...
    why:
      en: We want to take part in the network ...
      sv: Vi vill delta i nätverket ...

The mapping is validated here (ISO 639-1 codes only, at least one language,
every text checked like any other); which text a document uses is decided
later, by :mod:`leadocs.i18n.localise`, once the document's language is known.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Discriminator, Tag

from leadocs.formats.model.common import Name, Text
from leadocs.i18n.languages import language_key

__all__ = ["LocalisedName", "LocalisedText", "Translations", "language_key"]


class Translations(dict[str, str]):
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
