"""Which recipients of a mailing have answered: what ``leadocs collect`` wrote back.

:func:`read_returned` is all ``leadocs status`` knows of the collected data, so
that it follows collect's output in one place. Collect keeps an index,
``DATA/collected.yaml``: under ``returned:``, one entry per returned file with
the document's identity (``recipient``, ``kind``, ``mailing``), the data file it
went to (``data``) and the digital signatures found in it (``signatures``:
``intact``, ``valid``, …; only PDFs are checked). A folder without the index
(answers entered by hand) counts a file named ``ID.yaml`` as recipient ID's
answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leadocs.errors import DataError, DataProblem, UsageError
from leadocs.formats.loading import load_yaml

__all__ = ["INDEX_NAME", "Returned", "read_returned"]

INDEX_NAME = "collected.yaml"
"""collect's index of the returned files, in its output folder."""


@dataclass(frozen=True)
class Returned:
    """A recipient's answer found in the collect folder."""

    path: Path
    """The returned file (or the data file entered by hand)."""
    returned: dt.date
    """The day its data was written to the collect folder."""
    signed: str | None
    """``valid`` (a signature checked against trusted certificates), ``present`` (a
    signature, intact but not validated), ``broken`` (the signed bytes were changed),
    ``no`` (a PDF without one), None (not checked: not a PDF)."""


def read_returned(
    folder: Path, keys: Collection[str], mailing: str = ""
) -> tuple[dict[str, Returned], list[DataProblem]]:
    """The answers in ``folder`` of the recipients ``keys``, and what could not be read.

    Args:
        folder: the folder ``leadocs collect`` wrote its data to.
        keys: the recipient keys of the mailing.
        mailing: the mailing's id; answers collected for another mailing are left out.

    Raises:
        UsageError: ``folder`` is not a folder.
    """
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder of collected answers")
    index = folder / INDEX_NAME
    if not index.is_file():
        return _by_file_name(folder, keys), []
    try:
        data = load_yaml(index).data
    except DataError as exc:
        return {}, list(exc.problems)
    entries = data.get("returned") if isinstance(data, dict) else None
    found: dict[str, Returned] = {}
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or entry.get("kind") == "report":
            continue
        key = str(entry.get("recipient", ""))
        if key not in keys or (mailing and entry.get("mailing") not in (None, "", mailing)):
            continue
        target = folder / str(entry.get("data", ""))
        answer = Returned(
            Path(str(entry.get("file", target))),
            _written(target if target.is_file() else index),
            _signed(str(entry.get("file", "")), entry.get("signatures")),
        )
        found.setdefault(key, answer)
    return found, []


def _by_file_name(folder: Path, keys: Collection[str]) -> dict[str, Returned]:
    found = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.stem in keys:
            found[path.stem] = Returned(path, _written(path), None)
    return found


def _written(path: Path) -> dt.date:
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).date()


def _signed(file: str, signatures: Any) -> str | None:
    if not file.lower().endswith(".pdf"):
        return None  # only PDFs are checked for signatures
    found = (
        [s for s in signatures if isinstance(s, Mapping)] if isinstance(signatures, list) else []
    )
    if any(s.get("intact") and s.get("valid") for s in found):
        return "valid"
    if any(s.get("intact") for s in found):
        return "present"
    return "broken" if found else "no"
