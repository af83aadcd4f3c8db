"""What the pool is asked to do, what it reports, and the check that needs no LibreOffice."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ConversionJob", "ConversionResult", "precheck"]


@dataclass(frozen=True)
class ConversionJob:
    """One document to convert; ``key`` names its recipient in reports."""

    source: Path
    target: Path
    key: str = ""


@dataclass(frozen=True)
class ConversionResult:
    """What became of one job.

    ``error`` says why when ``ok`` is false. ``attempts`` counts the tries in
    LibreOffice: 0 when the source was rejected before it (missing, not a .docx).
    ``seconds`` is the time spent on this job, retries included.
    """

    job: ConversionJob
    ok: bool
    error: str | None
    attempts: int
    seconds: float


def precheck(source: Path) -> str | None:
    """Why ``source`` cannot be converted, found without LibreOffice (or None).

    A broken .docx is caught here: LibreOffice would either fail slowly, ask to
    repair it, or open the bytes as plain text and make a PDF of the garbage.
    """
    if not source.is_file():
        return "source file not found"
    if source.suffix.lower() not in (".docx", ".docm", ".dotx"):
        return None if source.stat().st_size else "source file is empty"
    try:
        with zipfile.ZipFile(source) as package:
            if "word/document.xml" not in package.namelist():
                return "not a Word document (word/document.xml is missing)"
    except (zipfile.BadZipFile, OSError) as exc:
        return f"not a valid .docx ({exc})"
    return None
