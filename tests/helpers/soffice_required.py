"""LibreOffice for tests: skip without it on a laptop, fail without it in CI.

Import from any test module (``tests/`` is on ``sys.path``)::

    from tests.helpers.soffice_required import require_soffice, soffice_processes

    pytestmark = pytest.mark.soffice

    def test_it(soffice: Path) -> None: ...   # after: from soffice_required import soffice
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable
from pathlib import Path

import pytest

from leadocs.errors import ConversionError
from leadocs.pdf.office import find_soffice, find_uno_python

__all__ = ["convert_with_soffice", "require_soffice", "soffice", "soffice_processes"]


def require_soffice() -> Path:
    """The soffice program (with a Python that can drive it), or skip; in CI, fail."""
    try:
        found = find_soffice()
        find_uno_python(found)
    except ConversionError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"LibreOffice is required in CI: {exc.message}")
        pytest.skip(exc.message)
    return found


def convert_with_soffice(sources: Iterable[Path], outdir: Path, *, timeout: float = 300) -> None:
    """Convert ``sources`` to PDF in ``outdir`` with one plain ``soffice`` call of its own.

    This is the reference conversion, independent of leadocs' worker pool.
    """
    program = require_soffice()
    subprocess.run(
        [
            str(program),
            f"-env:UserInstallation=file://{outdir / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *sorted(str(path) for path in sources),
        ],
        check=True,
        capture_output=True,
        timeout=timeout,
    )


@pytest.fixture
def soffice() -> Path:
    """Fixture form of :func:`require_soffice`."""
    return require_soffice()


def soffice_processes(tag: str | None = None) -> list[tuple[int, str]]:
    """Running LibreOffice and UNO bridge processes (pid, command line) of leadocs workers.

    Only processes whose command line carries ``tag`` count; by default the pipe
    names this Python process gives its workers, so LibreOffice started by other
    tests or people on the same machine is not mistaken for ours. Reads /proc.
    """
    tag = tag if tag is not None else f"leadocs_{os.getpid()}_"
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            raw = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        command = raw.replace(b"\0", b" ").decode(errors="replace")
        kinds = ("soffice", "oosplash", "_uno_bridge")
        if tag in command and any(kind in command for kind in kinds) and state != "Z":
            found.append((int(entry.name), command))
    return found
