"""The throwaway PostgreSQL of the tests: found where Debian puts it; missing fails CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import postgres


def test_debians_programs_are_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(postgres.shutil, "which", lambda _name: None)
    folder = tmp_path / "15" / "bin"
    folder.mkdir(parents=True)
    for program in ("initdb", "pg_ctl"):
        (folder / program).touch()
    assert postgres.find_postgres_bin(tmp_path) == folder


def test_missing_postgres_fails_in_ci_and_skips_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(postgres.shutil, "which", lambda _name: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="required in CI"):
        postgres.find_postgres_bin(tmp_path)
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception, match="apt-get install -y postgresql"):
        postgres.find_postgres_bin(tmp_path)
