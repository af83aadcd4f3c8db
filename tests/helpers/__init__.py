"""Test helpers shared by the suite: example paths, recipient-list CSV helpers, golden files."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GOLDEN = ROOT / "tests" / "golden"
ORG_FILES = sorted((EXAMPLES / "orgs").glob("*.yaml"))
LIST = EXAMPLES / "recipients" / "procurers.csv"
"""The example recipient list (8 procurers in 6 languages)."""


def rows_of(path: Path = LIST) -> list[dict[str, str]]:
    """The rows of a CSV recipient list, as dicts keyed by the header."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    """Write ``rows`` as a CSV recipient list (header from the first row)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def check_golden(name: str, text: str, update: bool) -> None:
    """Compare ``text`` with tests/golden/NAME (or rewrite it with --update-golden)."""
    path = GOLDEN / name
    if update or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if not update:
            pytest.fail(f"golden file {path.name} was missing and has been written; re-run")
    assert text == path.read_text(encoding="utf-8"), f"differs from golden file {path.name}"


SENDER_TEXT = "Ellinor Wallin <lea-network@learntechaccelerator.eu>"
"""``--from`` of the tests' mailings: the built-in LEA network gives no address to send from."""


def _sender() -> Any:
    from leadocs.formats.model.network import Sender

    return Sender(name="Ellinor Wallin", email="lea-network@learntechaccelerator.eu")


SENDER = _sender()
"""The same sender as a model, for ``BatchRequest(sender=...)``."""
