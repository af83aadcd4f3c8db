"""A corpus of hostile files through every command that reads them: a message, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.hostile_files import HOSTILE_DATA


def _commands(name: str) -> list[tuple[str, ...]]:
    if name.endswith(".yaml"):
        return [("validate", name), ("loi", name), ("render", "t.md", name)]
    return [("validate", name), ("batch", "loi", name, "-o", "out", "--keep-going")]


@pytest.mark.parametrize("case", sorted(HOSTILE_DATA))
def test_hostile_data_files(run, tmp_path: Path, case: str) -> None:
    name, data = HOSTILE_DATA[case]()
    (tmp_path / name).write_bytes(data)
    (tmp_path / "t.md").write_text("{{ organisation }}", "utf-8")
    for command in _commands(name):
        result = run(*command)  # an exception that is not a LeadocsError fails the test
        assert result.exit_code in (0, 1, 3), (command, result.stderr)
        if result.exit_code:
            assert result.stderr.startswith("Error:") or ":" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
