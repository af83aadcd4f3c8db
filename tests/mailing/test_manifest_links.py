"""A manifest that is a symbolic link is refused, never followed out of the output folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadocs.mailing.manifest import MANIFEST_NAME
from tests.helpers import LIST


@pytest.mark.parametrize("suffix", ["", "-wal"])
@pytest.mark.parametrize("command", ["batch", "dry-run", "send"])
def test_a_linked_manifest_is_refused(run, tmp_path: Path, suffix: str, command: str) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / (MANIFEST_NAME + suffix)).symlink_to(elsewhere / "manifest.sqlite")
    args = {
        "batch": ("batch", "loi", LIST, "-o", out),
        "dry-run": ("batch", "loi", LIST, "-o", out, "--dry-run"),
        "send": ("send", out, "--smtp", "127.0.0.1:9"),
    }[command]
    result = run(*args)
    assert result.exit_code == 1, result.stderr
    assert "is a symbolic link; a batch's manifest must be a file of its own" in result.stderr
    assert list(elsewhere.iterdir()) == []
    assert not list(out.glob("*.docx"))
