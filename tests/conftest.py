"""Shared fixtures: a CLI runner and the --update-golden option (helpers: tests.helpers)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden/*.txt.")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run ``leadocs ARGS`` in an empty temporary folder; returns the click Result."""
    from leadocs.cli import cli

    monkeypatch.chdir(tmp_path)

    def invoke(*args: str | Path) -> Result:
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return invoke
