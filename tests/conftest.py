"""Shared fixtures: the examples, a CLI runner, golden files."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GOLDEN = Path(__file__).resolve().parent / "golden"
ORG_FILES = sorted((EXAMPLES / "orgs").glob("*.yaml"))
LIST = EXAMPLES / "recipients" / "procurers.csv"
"""The example recipient list (8 procurers in 6 languages)."""

sys.path.insert(0, str(Path(__file__).resolve().parent))


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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden/*.txt.")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def check_golden(name: str, text: str, update: bool) -> None:
    """Compare ``text`` with tests/golden/NAME (or rewrite it with --update-golden)."""
    path = GOLDEN / name
    if update or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if not update:
            pytest.fail(f"golden file {path.name} was missing and has been written; re-run")
    assert text == path.read_text(encoding="utf-8"), f"differs from golden file {path.name}"


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run ``leadocs ARGS`` in an empty temporary folder; returns the click Result."""
    from leadocs.cli import cli

    monkeypatch.chdir(tmp_path)

    def invoke(*args: str | Path) -> Result:
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return invoke
