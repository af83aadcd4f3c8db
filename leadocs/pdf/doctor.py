"""``leadocs doctor``: can PDFs be made here? LibreOffice, its Python, a real conversion, fonts."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from leadocs.errors import ConversionError
from leadocs.pdf.office import find_soffice, find_uno_python, soffice_version
from leadocs.pdf.pool import convert_to_pdf

__all__ = ["DoctorCheck", "doctor", "font_checks"]

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
