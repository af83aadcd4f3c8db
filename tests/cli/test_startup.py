"""Start-up cost: help and version import no model, no Babel, no docxtpl; a letter loads no more
than it uses. Checked on ``sys.modules`` in a fresh interpreter, never by timing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES

HEAVY = ("pydantic", "babel", "docxtpl", "docx", "jinja2", "yaml", "lxml", "email_validator")
"""Libraries a command's help must not import."""

_PROBE = """
import json, sys
from leadocs.cli import cli
try:
    cli(sys.argv[1:], prog_name="leadocs", standalone_mode=False)
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


def loaded_modules(*args: str, cwd: Path | None = None) -> set[str]:
    """The modules a fresh interpreter has imported after running ``leadocs ARGS``."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, check=True, cwd=cwd
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def _top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def command_names() -> list[str]:
    from leadocs.cli import cli

    return list(cli.list_commands(None))  # type: ignore[arg-type]


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("-h",)])
def test_help_and_version_import_nothing_heavy(args: tuple[str, ...]) -> None:
    found = _top_level(loaded_modules(*args)) & set(HEAVY)
    assert not found, f"leadocs {' '.join(args)} imported {sorted(found)}"


def test_every_command_help_imports_nothing_heavy() -> None:
    assert {"loi", "batch", "tender", "send", "render", "doctor"} <= set(command_names())
    for name in command_names():
        found = _top_level(loaded_modules(name, "--help")) & set(HEAVY)
        assert not found, f"leadocs {name} --help imported {sorted(found)}"


def test_a_letter_loads_neither_mailing_nor_pdf_nor_tender(tmp_path: Path) -> None:
    modules = loaded_modules("loi", str(EXAMPLES / "orgs" / "konnevesi.yaml"), cwd=tmp_path)
    assert (tmp_path / "loi-Konnevesi.docx").is_file()
    unused = {"leadocs.mailing", "leadocs.pdf", "leadocs.tender", "openpyxl", "pypdf", "rich"}
    assert not modules & unused, sorted(modules & unused)


def test_unknown_command_is_a_usage_error() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "leadocs", "lio"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert "No such command 'lio'" in done.stderr
