"""Line breaking of inserted values in Word documents: acronyms, e-mail addresses, URLs.

Word and LibreOffice may end a line after any hyphen and LibreOffice after a
slash, which splits "LEA-N" into "(LEA-" / "N)" and an address into "lea-" /
"network@…". Every value a .docx template inserts goes through
:func:`unbreakable` (the Jinja ``finalize`` of the .docx engines, see
:func:`docx_environment`): the hyphen of an acronym and every hyphen of an
e-mail address or URL become a non-breaking hyphen (U+2011), and a word joiner
(U+2060, invisible, not copied into a PDF's text) follows each slash of a URL.
:func:`word_runs` then writes each U+2011 of the rendered XML as Word's own
non-breaking hyphen element, ``<w:noBreakHyphen/>``, which Word draws with the
run's font (Calibri and its metric twin Carlito have no U+2011 glyph) and
LibreOffice reads as its hard hyphen. Core properties, field codes and
attributes get the plain characters back (:func:`plain_text`), so that a
document's title, a hyperlink field or a search finds "LEA-N" as typed.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import jinja2

__all__ = [
    "NO_BREAK_HYPHEN",
    "WORD_JOINER",
    "docx_environment",
    "plain_text",
    "unbreakable",
    "word_runs",
]

NO_BREAK_HYPHEN = "\u2011"
WORD_JOINER = "\u2060"

# An acronym's hyphen: capitals or digits on both sides (LEA-N, LEA-N-tagság, COVID-19).
# The pattern starts at the hyphen (a fast literal scan); the word before is checked by hand.
_HYPHEN_BEFORE_CAPITALS = re.compile(r"-(?=[A-Z0-9]+\b)")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_ADDRESS = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail address
    r"|\b(?:https?://|www\.)[^\s<>\"'()\[\]]+"  # URL, up to a space or bracket
)
_SLASH_BEFORE_TEXT = re.compile(r"/(?=[^/])")
_SPECIAL = str.maketrans({NO_BREAK_HYPHEN: "-", WORD_JOINER: None})
# A text element of a run that holds a non-breaking hyphen; anything else (field
# codes, attributes) gets the plain hyphen back.
_TEXT_ELEMENT = re.compile(r"(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)")
_TAG_WITH_SPECIAL = re.compile(f"<[^>]*[{NO_BREAK_HYPHEN}{WORD_JOINER}][^>]*>")
_FIELD_CODE = re.compile(r"(<w:instrText(?:\s[^>]*)?>)([^<]*)(</w:instrText>)")
_BREAK_ELEMENT = '</w:t><w:noBreakHyphen/><w:t xml:space="preserve">'


def _unbreakable_address(match: re.Match[str]) -> str:
    address = match.group(0).replace("-", NO_BREAK_HYPHEN)
    return _SLASH_BEFORE_TEXT.sub("/" + WORD_JOINER, address)


def _acronym_hyphen(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    begin = start
    while begin > 0 and text[begin - 1] in _CAPITALS:
        begin -= 1
    word_start = begin == 0 or not text[begin - 1].isalnum()
    if begin < start and text[begin].isalpha() and word_start:
        return NO_BREAK_HYPHEN
    return "-"


# The catalogue's and the network's texts are the same in every document of a batch.
@functools.lru_cache(maxsize=4096)
def unbreakable(text: str) -> str:
    """``text`` with no line break possible inside its acronyms, e-mail addresses and URLs."""
    # Most values have neither: a batch inserts a hundred values per document.
    if "@" in text or "://" in text or "www." in text:
        text = _ADDRESS.sub(_unbreakable_address, text)
    if "-" in text:
        text = _HYPHEN_BEFORE_CAPITALS.sub(_acronym_hyphen, text)
    return text


def plain_text(text: str) -> str:
    """``text`` with the characters of :func:`unbreakable` back to a hyphen and nothing."""
    return text.translate(_SPECIAL)


def _plain_group(match: re.Match[str]) -> str:
    return match.group(1) + plain_text(match.group(2)) + match.group(3)


def _text_runs(match: re.Match[str]) -> str:
    opening, text, closing = match.groups()
    if NO_BREAK_HYPHEN not in text:
        return match.group(0)
    if "xml:space" not in opening:
        opening = opening[:-1] + ' xml:space="preserve">'
    return opening + text.replace(NO_BREAK_HYPHEN, _BREAK_ELEMENT) + closing


def word_runs(xml: str) -> str:
    """A rendered WordprocessingML part with each U+2011 written as ``<w:noBreakHyphen/>``.

    Only the text of runs (``w:t``) holds Word's element; field codes and
    attributes get plain hyphens (a hyperlink must keep its address).
    """
    if NO_BREAK_HYPHEN not in xml and WORD_JOINER not in xml:
        return xml
    xml = _FIELD_CODE.sub(_plain_group, xml)
    xml = _TAG_WITH_SPECIAL.sub(lambda match: plain_text(match.group(0)), xml)
    return _TEXT_ELEMENT.sub(_text_runs, xml)


def _finalize(value: Any) -> Any:
    # Markup (docxtpl's RichText, |safe) is XML already and goes in as it is.
    if type(value) is str:
        return unbreakable(value)
    return value


def docx_environment(env: jinja2.Environment) -> jinja2.Environment:
    """``env`` for .docx templates: every inserted text goes through :func:`unbreakable`."""
    if env.finalize is _finalize:
        return env
    return env.overlay(finalize=_finalize)
