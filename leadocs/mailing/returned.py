"""Which recipients of a mailing have answered: the data ``leadocs collect`` wrote back.

One function, :func:`read_returned`, is all ``leadocs status`` knows of the
collected data, so that it follows collect's output format in one place. A
file in the collect folder (``*.yaml``, subfolders included) is an answer of
recipient KEY when its top-level ``collected:`` mapping says
``recipient: KEY`` (and, if it names a ``mailing:``, this mailing's id), or
else when the file is named ``KEY.yaml``. Its ``collected.signature`` (``present``,
``valid``) says whether the returned document was signed; ``collected.returned``
when it came back (else the file's date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leadocs.errors import DataError, DataProblem, UsageError
from leadocs.formats.loading import load_yaml

__all__ = ["Returned", "read_returned"]


@dataclass(frozen=True)
class Returned:
    """A recipient's answer found in the collect folder."""

    path: Path
    returned: dt.date
    """``collected.returned``, else the day the file was written."""
    signed: bool | None
    """True: a valid signature; False: none or not valid; None: not checked."""


def read_returned(
    folder: Path, keys: Collection[str], mailing: str = ""
) -> tuple[dict[str, Returned], list[DataProblem]]:
    """The answers in ``folder`` of the recipients ``keys``, and the files that could not be read.

    Args:
        folder: the folder ``leadocs collect`` wrote its data to.
        keys: the recipient keys of the mailing.
        mailing: the mailing's id; answers collected for another mailing are left out.

    Raises:
        UsageError: ``folder`` is not a folder.
    """
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder of collected answers")
    found: dict[str, Returned] = {}
    problems: list[DataProblem] = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml")):
        try:
            data = load_yaml(path).data
        except DataError as exc:
            problems += exc.problems
            continue
        collected = data.get("collected") if isinstance(data, dict) else None
        collected = collected if isinstance(collected, dict) else {}
        key = str(collected.get("recipient") or path.stem)
        other_mailing = mailing and collected.get("mailing") not in (None, "", mailing)
        if key in keys and not other_mailing and key not in found:
            day = _date(collected.get("returned")) or _modified(path)
            found[key] = Returned(path, day, _signed(collected))
    return found, problems


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _modified(path: Path) -> dt.date:
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).date()


def _signed(collected: dict[Any, Any]) -> bool | None:
    signature = collected.get("signature")
    if not isinstance(signature, dict):
        return None
    return bool(signature.get("present")) and bool(signature.get("valid"))
