"""A recipient in a language leadocs has no text for: a warning per row, grouped in the summary."""

from __future__ import annotations

from pathlib import Path

import docx

from leadocs.errors import DataProblem
from leadocs.i18n.languages import shipped_languages
from leadocs.mailing.result import grouped_problems
from tests.helpers import rows_of, write_csv

# Languages Babel knows that leadocs will not ship (the EU's and Norwegian will come).
UNSHIPPED = ("is", "tr")


def test_the_unshipped_languages_of_this_test_are_not_shipped() -> None:
    assert not set(UNSHIPPED) & set(shipped_languages())


def _list(tmp_path: Path, languages: list[str]) -> Path:
    rows = rows_of()[: len(languages)]
    for row, lang in zip(rows, languages, strict=True):
        row["language"] = lang
    return write_csv(tmp_path / "list.csv", rows)


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.endswith("(warning)")]


def test_unknown_language_is_a_warning_per_language_naming_rows(run, tmp_path: Path) -> None:
    path = _list(tmp_path, ["is", "fi", "is", "tr", "is"])
    result = run("batch", "loi", path, "-o", "out")
    assert result.exit_code == 0, result.stderr
    assert _warnings(result.stderr) == [
        f"{path}: 3 rows (2, 4, 6): language: no built-in text for language 'is'; "
        "the document is in 'en' (give --lang to choose) (warning)",
        f"{path}:5: language: no built-in text for language 'tr'; "
        "the document is in 'en' (give --lang to choose) (warning)",
    ]
    # the documents are made, in the network's language
    written = sorted((tmp_path / "out").glob("*.docx"))
    assert len(written) == 5
    titles = {docx.Document(str(p)).core_properties.title for p in written}
    assert "Letter of intent for the LEA procurers network (LEA-N)" in titles


def test_no_warning_when_the_language_is_chosen_or_shipped(run, tmp_path: Path) -> None:
    path = _list(tmp_path, ["is", "fi"])
    assert _warnings(run("batch", "loi", path, "-o", "a", "--lang", "sv").stderr) == []
    path = _list(tmp_path, ["fi", "sv"])
    assert _warnings(run("batch", "loi", path, "-o", "b").stderr) == []


def test_repeated_messages_are_grouped_with_the_first_rows() -> None:
    same = [DataProblem("l.csv", n, None, "language", "no text for 'nb'") for n in range(2, 181)]
    other = DataProblem("l.csv", 7, None, "language", "no text for 'da'")
    assert grouped_problems([*same[:3], other, *same[3:]]) == [
        "l.csv: 179 rows (2, 3, 4, 5, 6 and 174 more): language: no text for 'nb'",
        "l.csv:7: language: no text for 'da'",
    ]
