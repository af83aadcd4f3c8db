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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from leadocs.errors import ConversionError

__all__ = [
    "INSTALL_HINT",
    "DoctorCheck",
    "doctor",
    "find_soffice",
    "find_uno_python",
    "font_checks",
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

# Metric-compatible stand-ins for the fonts Word templates name, plus Greek coverage.
_FONTS = (
    ("Carlito", "Calibri", "fonts-crosextra-carlito"),
    ("Caladea", "Cambria", "fonts-crosextra-caladea"),
    ("Liberation Sans", "Arial", "fonts-liberation2"),
    ("Liberation Serif", "Times New Roman", "fonts-liberation2"),
    ("DejaVu Sans", "Greek and Cyrillic text", "fonts-dejavu-core"),
)


@dataclass(frozen=True)
class DoctorCheck:
    """One line of ``leadocs doctor``: what was checked, whether it passed, and details."""

    name: str
    ok: bool
    detail: str


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


def _font_families() -> set[str] | None:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    done = subprocess.run(
        [fc_list, ":", "family"], capture_output=True, text=True, timeout=60, check=False
    )
    families: set[str] = set()
    for line in done.stdout.splitlines():
        families.update(name.strip().casefold() for name in line.split(","))
    return families


def font_checks(families: Sequence[str] | None = None) -> list[DoctorCheck]:
    """One check per font a faithful PDF needs, from ``fc-list`` (or ``families`` given)."""
    found = _font_families() if families is None else {f.casefold() for f in families}
    if found is None:
        return [DoctorCheck("fonts", False, "fc-list not found; install fontconfig")]
    return [
        DoctorCheck(
            f"font {family}",
            family.casefold() in found,
            f"stands in for {stands_for}"
            if family.casefold() in found
            else f"missing (stands in for {stands_for}); apt-get install -y {package}",
        )
        for family, stands_for, package in _FONTS
    ]


def _test_conversion() -> DoctorCheck:
    import docx  # python-docx; imported here because only the doctor needs it
    from pypdf import PdfReader

    from leadocs.pdf.pool import convert_to_pdf

    sample = "Zażółć gęślą jaźń, Ärger öffnen, ελληνικά"
    with tempfile.TemporaryDirectory(prefix="leadocs-doctor-") as folder:
        source, target = Path(folder) / "doctor.docx", Path(folder) / "doctor.pdf"
        document = docx.Document()
        document.add_paragraph(sample)
        document.save(str(source))
        try:
            convert_to_pdf(source, target)
        except ConversionError as exc:
            return DoctorCheck("test conversion", False, exc.message)
        text = " ".join((page.extract_text() or "") for page in PdfReader(target).pages)
    if sample not in " ".join(text.split()):
        return DoctorCheck("test conversion", False, f"PDF text differs: {text[:120]!r}")
    return DoctorCheck("test conversion", True, "a .docx with ä ö ł and Greek became a PDF")


def doctor() -> list[DoctorCheck]:
    """Check that PDFs can be made here: LibreOffice, its Python, a real conversion, fonts.

    Returns:
        The checks in order; later checks that depend on a failed one are left out.
    """
    checks: list[DoctorCheck] = []
    try:
        soffice = find_soffice()
        checks.append(DoctorCheck("LibreOffice", True, f"{soffice_version(soffice)} ({soffice})"))
        python = find_uno_python(soffice)
        checks.append(DoctorCheck("UNO Python", True, python))
    except ConversionError as exc:
        checks.append(DoctorCheck("LibreOffice", False, exc.message))
        return checks + font_checks()
    checks.append(_test_conversion())
    return checks + font_checks()
