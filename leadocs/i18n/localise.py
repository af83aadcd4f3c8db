"""Choosing the document language's text from a network's translated texts.

A network's narrative fields hold either one text (used in every language) or
a :class:`~leadocs.formats.model.localised.Translations` mapping. Once the document's
language is known, :func:`localised_data` turns the network into plain data
in that language. A text missing in that language is an error naming every
such field (``network.loi.why``), unless a fallback language is given whose
text is then used instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from leadocs.errors import DataError, DataProblem, LeadocsError
from leadocs.formats.model.localised import Translations, title_text
from leadocs.render.environment import language_name

__all__ = [
    "LocalisedField",
    "MissingTextError",
    "localised_data",
    "localised_fields",
    "missing_languages",
    "pick",
    "text_languages",
]

FieldPath = tuple[str | int, ...]


@dataclass(frozen=True)
class LocalisedField:
    """One translated text of a model and where it stands."""

    path: FieldPath
    """Data path inside the model, e.g. ``("loi", "why")`` or ``("tasks", 0, "text")``."""
    texts: Translations


def dotted(prefix: str, path: FieldPath) -> str:
    """``("tasks", 0, "text")`` under ``network`` → ``network.tasks[0].text``."""
    out = prefix
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f"{'.' if out else ''}{part}"
    return out


def localised_fields(model: BaseModel) -> Iterator[LocalisedField]:
    """Every translated text in ``model`` (a mapping, not a plain text), in field order."""
    yield from _walk(model, ())


def _walk(value: object, path: FieldPath) -> Iterator[LocalisedField]:
    if isinstance(value, Translations):
        yield LocalisedField(path, value)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _walk(getattr(value, name), (*path, name))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _walk(item, (*path, index))


def pick(texts: str | Mapping[str, str], lang: str, fallback: str | None = None) -> str | None:
    """The text for ``lang``: a plain text as is, else the ``lang`` or ``fallback`` entry.

    Returns None when neither language is there.
    """
    if isinstance(texts, str):
        return texts
    if lang in texts:
        return texts[lang]
    if fallback is not None and fallback in texts:
        return texts[fallback]
    return None


def text_languages(model: BaseModel) -> set[str] | None:
    """Languages in which every translated text of ``model`` is given.

    None when the model has no translated text at all (it reads the same in
    every language).
    """
    found: set[str] | None = None
    for field in localised_fields(model):
        codes = set(field.texts)
        found = codes if found is None else found & codes
    return found


class MissingTextError(DataError):
    """Network texts that have no version in the document's language (nor the fallback)."""

    def __init__(self, problems: list[DataProblem], hint: str) -> None:
        super().__init__(problems)
        LeadocsError.__init__(self, self.message, hint)


def missing_languages(
    model: BaseModel,
    lang: str,
    *,
    fallback: str | None = None,
    prefix: str = "network",
    origin: str = "network",
) -> list[DataProblem]:
    """One problem per translated text of ``model`` that has neither ``lang`` nor ``fallback``."""
    return [
        DataProblem(origin, None, None, dotted(prefix, field.path), _message(field, lang, fallback))
        for field in localised_fields(model)
        if pick(field.texts, lang, fallback) is None
    ]


def _message(field: LocalisedField, lang: str, fallback: str | None) -> str:
    given = ", ".join(field.texts)
    if fallback is not None:
        return f"no text in {_language(lang)} nor in {_language(fallback)}; given in {given}"
    return f"no text in {_language(lang)}; given in {given}"


def _hint(model: BaseModel, lang: str, preferred: str | None) -> str:
    """What to do: add the language, or fall back to one that every such text has."""
    missing = [f for f in localised_fields(model) if lang not in f.texts]
    common = set.intersection(*(set(f.texts) for f in missing)) if missing else set()
    order = [preferred] if preferred else []
    order += [code for f in missing for code in f.texts]
    suggestion = next((code for code in order if code in common), None)
    hint = f"add a '{lang}:' text to each of these"
    if suggestion:
        name = _language(suggestion)
        hint += f", or use the {name} text instead with --fallback-lang {suggestion}"
    return hint


def _language(code: str) -> str:
    name = language_name(code, "en")
    return f"{name} ({code})" if name != code else code


def localised_data(
    model: BaseModel,
    lang: str,
    *,
    fallback: str | None = None,
    prefix: str = "network",
    origin: str = "network",
) -> dict[str, Any]:
    """``model.model_dump()`` with every translated text replaced by its ``lang`` text.

    A name given with its forms (:class:`~leadocs.formats.model.localised.NameForms`)
    becomes the name as titles write it; the forms are read from the model.

    Args:
        model: a model whose narrative fields may hold translations (a network).
        lang: the document language (a plain code such as ``fi``).
        fallback: the language whose text to use where ``lang`` has none.
        prefix: how the model is named in messages, e.g. ``network``.
        origin: what the problems are located in (a file name, or the network's name).

    Raises:
        MissingTextError: a :class:`DataError` listing every field that has no text in
            ``lang`` (nor ``fallback``), with a hint on what to do.
    """
    problems = missing_languages(model, lang, fallback=fallback, prefix=prefix, origin=origin)
    if problems:
        preferred = getattr(model, "language", None)
        raise MissingTextError(problems, _hint(model, lang, preferred if preferred else None))
    data: dict[str, Any] = model.model_dump(mode="python")
    for field in localised_fields(model):
        _set(data, field.path, title_text(pick(field.texts, lang, fallback)))
    return data


def _set(data: Any, path: FieldPath, value: object) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value
