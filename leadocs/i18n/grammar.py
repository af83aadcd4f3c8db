"""Grammar the catalogues need around inserted names: the network's name term, Hungarian a/az.

A network's name is inserted into sentences through the Fluent term
``-network-name``, built here from the network's data for one language: its
default value is the name as written (the title form), its variants the forms
the data gives (``-network-name(case: "gen")``), and its attribute ``.forms``
says whether any were given (``inflected``) or not (``one``), so that a
catalogue can rephrase a sentence where the bare name must stand alone.

Which forms a language needs is read from its catalogue: every
``-network-name(case: "…")`` its messages use.

Hungarian writes "a" or "az" before a word depending on how it is spoken; the
Fluent function ``ARTICLE`` computes it from the inserted text, and data can
override it (an acronym spoken as letters, a foreign name).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources

__all__ = [
    "ARTICLES",
    "NAME_TERM",
    "ArticleName",
    "NameTerm",
    "article_function",
    "hungarian_article",
    "name_cases",
]

NAME_TERM = "network-name"
"""The id of the term that holds the network's name (written ``-network-name`` in Fluent)."""

TITLE_FORM = "nom"
"""The form every inflected name gives: the name as written in titles."""

ARTICLES = ("a", "az")
"""The Hungarian definite articles."""

_CASE_USE = re.compile(r"-network-name\s*\(\s*case\s*:\s*\"([^\"]*)\"\s*\)")
_FORM_NAME = re.compile(r"^[a-z]+$")


def form_name_problem(form: str) -> str | None:
    """Why ``form`` cannot name a form of a name, or None."""
    if not _FORM_NAME.match(form):
        return f"'{form}' is not a form name: use lower-case letters, e.g. gen"
    return None


def cases_used(source: str) -> frozenset[str]:
    """The forms of ``-network-name`` that the Fluent ``source`` of a catalogue asks for.

    Comments (lines starting with ``#``) may show examples; they ask for nothing.
    """
    text = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("#"))
    return frozenset(_CASE_USE.findall(text))


@functools.cache
def name_cases(lang: str) -> frozenset[str] | None:
    """The forms of the network's name that the ``lang`` catalogue uses; None if not shipped."""
    path = resources.files("leadocs") / "i18n" / f"{lang}.ftl"
    if not path.is_file():
        return None
    return cases_used(path.read_text("utf-8"))


class ArticleName(str):
    """A name inserted into a text, with the Hungarian article the data says it takes."""

    __slots__ = ("article",)
    article: str | None

    def __new__(cls, text: str, article: str | None = None) -> ArticleName:
        """``text``, taking ``article`` ("a"/"az") instead of the computed one if given."""
        made = super().__new__(cls, text)
        made.article = article
        return made


_VOWELS = "aáeéiíoóöőuúüű"
# Capital letters whose Hungarian names start with a vowel (ef, el, em, en, er, es, iksz, ipszilon).
_VOWEL_NAMED_LETTERS = "FLMNRSXY"
_LEADING_MARKS = " \t\"'„“”«»‚‘’(["
_NUMBER = re.compile(r"\d[\d\u00a0\u202f .]*")
_WORD = re.compile(r"\w+")


def hungarian_article(text: str) -> str:
    """``a`` or ``az``: the definite article Hungarian writes before ``text``.

    "az" before a vowel sound: a word starting with a vowel, an acronym spoken
    letter by letter whose first letter's name starts with one (az MTA, az SZTE;
    but a LEA, spoken as a word), a number spoken with a vowel first
    (az 1, az 5, az 1000; a 10, a 2020).
    """
    word = text.lstrip(_LEADING_MARKS)
    number = _NUMBER.match(word)
    if number:
        return _number_article(re.sub(r"\D", "", number.group()))
    if not word:
        return "a"
    if word[0].casefold() in _VOWELS:
        return "az"
    token = _WORD.match(word)
    first = token.group() if token else word
    spoken_as_letters = len(first) > 1 and first.isupper() and first[1].casefold() not in _VOWELS
    if spoken_as_letters and first[0] in _VOWEL_NAMED_LETTERS:
        return "az"
    return "a"


def _number_article(digits: str) -> str:
    digits = digits.lstrip("0") or "0"
    # 1 (egy), 1000 (ezer), 1 000 000 (egymillió) and 5… (öt) start with a vowel.
    if digits[0] == "5" or (digits[0] == "1" and len(digits) % 3 == 1):
        return "az"
    return "a"


def article_function(overrides: Mapping[str, str] | None = None) -> Callable[..., str]:
    """The Fluent function ``ARTICLE``: ``{ ARTICLE($organisation, capital: "yes") }``.

    Args:
        overrides: article by inserted text, for names inserted through a term
            (whose values reach the function as plain text).
    """
    known = dict(overrides or {})

    def article(value: object, capital: str = "no") -> str:
        text = str(value)
        chosen = getattr(value, "article", None) or known.get(text) or hungarian_article(text)
        return chosen.capitalize() if capital == "yes" else chosen

    return article


@dataclass(frozen=True)
class NameTerm:
    """The network's name in one language, as the catalogue's ``-network-name`` term."""

    name: str
    """The name as written (title form)."""
    forms: tuple[tuple[str, str], ...] = ()
    """Other forms, ``(form, text)``, e.g. ``("gen", "Sieci zamawiających LEA")``."""
    article: str | None = None
    """The Hungarian article before the name, when the data overrides the computed one."""

    @classmethod
    def of(cls, name: str, forms: Mapping[str, str] | None = None) -> NameTerm:
        """The term of ``name`` with ``forms`` (a name's forms from the data, may hold ``nom``)."""
        given = dict(forms or {})
        article = given.pop("article", None)
        given.pop(TITLE_FORM, None)
        return cls(name, tuple(sorted(given.items())), article)

    def source(self) -> str:
        """The term in Fluent syntax."""
        if not self.forms:
            return f"-{NAME_TERM} = {_literal(self.name)}\n    .forms = one\n"
        variants = [f"   *[{TITLE_FORM}] {_literal(self.name)}"]
        variants += [f"    [{form}] {_literal(text)}" for form, text in self.forms]
        body = "\n".join(variants)
        return f"-{NAME_TERM} = {{ $case ->\n{body}\n    }}\n    .forms = inflected\n"

    def article_overrides(self) -> dict[str, str]:
        """The article of every form of the name, when the data gives one."""
        if self.article is None:
            return {}
        return {text: self.article for text in (self.name, *(t for _, t in self.forms))}


PLACEHOLDER_TERM = f'-{NAME_TERM} = {{"{{"}}-{NAME_TERM}{{"}}"}}\n    .forms = one\n'
"""The term of a catalogue used without a network: shows ``{-network-name}``."""


def _literal(text: str) -> str:
    # A string literal needs no care about leading "[", "*", "." or braces in the name.
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'{{ "{escaped}" }}'
