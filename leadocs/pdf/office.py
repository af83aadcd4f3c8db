"""Finding LibreOffice and the Python that can drive it, and checking the set-up.

Two programs are needed for a PDF: ``soffice`` itself, and a Python interpreter
that can ``import uno``. The second is usually *not* the interpreter leadocs
runs under: Debian's ``python3-uno`` is built for the system ``/usr/bin/python3``,
and the Windows and macOS builds of LibreOffice bundle their own Python. So the
UNO side of a worker runs as a small script under that interpreter (see
``_uno_bridge.py``) and the two sides talk over a pipe.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from leadocs.errors import ConversionError

__all__ = [
    "INSTALL_HINT",
    "find_soffice",
    "find_uno_python",
    "soffice_version",
]

INSTALL_HINT = "install it: apt-get install -y libreoffice-writer-nogui"
UNO_HINT = "install it: apt-get install -y python3-uno"

# Where installers put LibreOffice when it is not on PATH.
_KNOWN_LOCATIONS = (
    "/usr/lib/libreoffice/program/soffice",
    "/usr/lib64/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
_KNOWN_PATTERNS = ("opt/libreoffice*/program/soffice",)


def _candidates() -> Iterator[Path]:
    explicit = os.environ.get("LEADOCS_SOFFICE")
    if explicit:
        yield Path(explicit)
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            yield Path(found)
    yield from (Path(p) for p in _KNOWN_LOCATIONS)
    for pattern in _KNOWN_PATTERNS:  # newest version first
        yield from sorted(Path("/").glob(pattern), reverse=True)


def find_soffice() -> Path:
    """The LibreOffice ``soffice`` program.

    ``LEADOCS_SOFFICE`` wins; then ``soffice`` or ``libreoffice`` on ``PATH``;
    then the places the usual installers use.

    Returns:
        The path to an executable ``soffice``.

    Raises:
        ConversionError: LibreOffice is not installed (the message says how to install it).
    """
    for path in _candidates():
        if path.is_file() and os.access(path, os.X_OK):
            return path
    raise ConversionError(f"LibreOffice not found (no soffice on PATH); {INSTALL_HINT}")


def _uno_python_candidates(soffice: Path) -> Iterator[str]:
    explicit = os.environ.get("LEADOCS_UNO_PYTHON")
    if explicit:
        yield explicit
    program = soffice.resolve().parent
    # Windows and macOS builds bundle their own Python next to soffice.
    for name in ("python.exe", "python", "../Resources/python"):
        if (program / name).is_file():
            yield str(program / name)
    yield sys.executable
    for name in ("/usr/bin/python3", "/usr/local/bin/python3"):
        yield name
    found = shutil.which("python3")
    if found:
        yield found


@functools.lru_cache(maxsize=4)
def find_uno_python(soffice: Path) -> str:
    """A Python interpreter that can ``import uno`` for this LibreOffice.

    Args:
        soffice: the ``soffice`` program (see :func:`find_soffice`).

    Returns:
        The interpreter's path (cached per ``soffice``).

    Raises:
        ConversionError: no interpreter with the UNO bridge was found.
    """
    tried: list[str] = []
    for python in dict.fromkeys(_uno_python_candidates(soffice)):
        tried.append(python)
        try:
            done = subprocess.run(
                [python, "-c", "import uno"], capture_output=True, timeout=30, check=False
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            return python
    raise ConversionError(
        f"no Python can import LibreOffice's UNO bridge (tried {', '.join(tried)}); {UNO_HINT}",
        hint="or point LEADOCS_UNO_PYTHON at LibreOffice's own python",
    )


def soffice_version(soffice: Path) -> str:
    """The version line ``soffice --version`` prints, e.g. ``LibreOffice 7.4.7.2 40(Build:2)``.

    Raises:
        ConversionError: soffice could not be run.
    """
    with tempfile.TemporaryDirectory(prefix="leadocs-lo-") as folder:
        # A throw-away profile, so that asking for the version never touches the user's.
        profile = Path(folder).as_uri()
        try:
            done = subprocess.run(
                [str(soffice), f"-env:UserInstallation={profile}", "--headless", "--version"],
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ConversionError(f"{soffice} does not run: {exc}; {INSTALL_HINT}") from exc
    lines = [line for line in done.stdout.splitlines() if line.startswith("LibreOffice")]
    if done.returncode != 0 or not lines:
        raise ConversionError(f"{soffice} --version failed: {done.stderr.strip()[:300]}")
    return lines[0].strip()
