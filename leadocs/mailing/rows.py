"""Checking rows of a list: the part of planning that can run in the worker processes.

Validating an organisation (e-mail syntax, country and language codes, task
ids) costs more than reading its row, so a batch hands chunks of rows to its
pool; what comes back is small and picklable: the row's problems, or its
language, the organisation pickled once for the render pass, and its JSON for
the input hash.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from typing import Any

from leadocs.errors import DataProblem
from leadocs.formats.model import Network
from leadocs.i18n.languages import base_language, choose_language, shipped_languages
from leadocs.i18n.localise import missing_languages
from leadocs.mailing.sources.recipients import RecipientRow, RecipientSource, RowBatch

__all__ = ["CHUNK", "CheckedRow", "RowChecker"]

CHUNK = 64
"""Rows per task: large enough that inter-process traffic is cheap, small enough to stream."""


@dataclass(frozen=True, slots=True)
class CheckedRow:
    """One checked row: its problems, or what planning and rendering need of it."""

    number: int
    line: int
    """The row number, or for a YAML list the item's line (for messages)."""
    id: str | None
    problems: tuple[DataProblem, ...] = ()
    warnings: tuple[DataProblem, ...] = ()
    """What the row's document does other than asked (another language than the row's)."""
    lang: str = ""
    file_stem: str = ""
    """The organisation's short name, else its name."""
    data_json: bytes = b""
    """The organisation as JSON, hashed into the input hash."""
    blob: bytes = b""
    """The organisation, pickled: the render pass unpickles it in a worker."""
    recipient: dict[str, Any] | None = None
    """The organisation as plain data, when ``--where`` or ``--name`` needs it."""


class RowChecker:
    """Validates rows of one list for one network; picklable, so it can run in a pool.

    Args:
        source: the opened list (for locating problems).
        network: the network whose task ids the rows may use.
        lang: the ``--lang`` of the batch (None: each recipient's, then the network's).
        fallback_lang: language of network texts missing in a document's language.
        want_data: also return each organisation as plain data.
    """

    def __init__(
        self,
        source: RecipientSource,
        network: Network,
        *,
        lang: str | None,
        fallback_lang: str | None,
        want_data: bool,
    ) -> None:
        self.source = source
        self.network = network
        self.lang = lang
        self.fallback_lang = fallback_lang
        self.want_data = want_data
        self._missing: dict[str, list[str]] = {}
        self._languages: dict[str | None, str] = {}

    def __call__(self, batch: RowBatch) -> list[CheckedRow]:
        """Check a batch of rows (from :meth:`RecipientSource.row_batches`)."""
        return [self.check(row) for row in self.source.rows_of(batch)]

    def check(self, row: RecipientRow) -> CheckedRow:
        """Check one row."""
        line = row.line or row.number
        organisation, problems = self.source.check(row, self.network)
        if organisation is None:
            return CheckedRow(row.number, line, row.id, tuple(problems))
        lang = self._language(organisation.language)
        problem = self._language_problem(row, lang)
        if problem is not None:
            return CheckedRow(row.number, line, row.id, (problem,))
        return CheckedRow(
            row.number,
            line,
            row.id,
            warnings=self._language_warning(row, organisation.language, lang),
            lang=lang,
            file_stem=organisation.file_stem,
            data_json=organisation.model_dump_json().encode(),
            blob=pickle.dumps(organisation, protocol=pickle.HIGHEST_PROTOCOL),
            recipient=organisation.model_dump(mode="json") if self.want_data else None,
        )

    def _language(self, preferred: str | None) -> str:
        # choose_language lists the shipped catalogues each time; a list has few languages.
        if preferred not in self._languages:
            self._languages[preferred] = choose_language(
                self.lang, preferred, self.network.language
            )
        return self._languages[preferred]

    def _language_warning(
        self, row: RecipientRow, wanted: str | None, lang: str
    ) -> tuple[DataProblem, ...]:
        """A warning when the row asks for a language leadocs has no text for (``nb``, ``xx``)."""
        if self.lang or not wanted or base_language(wanted) in shipped_languages():
            return ()
        message = (
            f"no built-in text for language '{wanted}'; the document is in '{lang}' "
            "(give --lang to choose)"
        )
        return (
            DataProblem(str(self.source.path), row.line or row.number, None, "language", message),
        )

    def _language_problem(self, row: RecipientRow, lang: str) -> DataProblem | None:
        """A problem if the network has no text in ``lang`` (worked out once per language)."""
        if lang not in self._missing:
            found = missing_languages(self.network, lang, fallback=self.fallback_lang)
            self._missing[lang] = [p.field for p in found]
        fields = self._missing[lang]
        if not fields:
            return None
        more = f" and {len(fields) - 3} more" if len(fields) > 3 else ""
        message = (
            f"the document would be in '{lang}', but the network has no '{lang}' text for "
            f"{', '.join(fields[:3])}{more}; give --lang or --fallback-lang"
        )
        return DataProblem(str(self.source.path), row.line or row.number, None, "language", message)
