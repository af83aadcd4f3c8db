"""--pdf / --pdf-only on the document commands, and leadocs doctor."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers import EXAMPLES
from tests.helpers.soffice_required import require_soffice, soffice_processes

pytestmark = pytest.mark.soffice


def test_loi_pdf_has_text_metadata_and_no_soffice_left(tmp_path: Path) -> None:
    require_soffice()
    # Profiles go under TMPDIR: a private one tells this run's LibreOffice from any other.
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(private_tmp)}
    result = subprocess.run(
        ["leadocs", "loi", str(EXAMPLES / "orgs" / "konnevesi.yaml"), "--lang", "en", "--pdf"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    # --lang en is not the organisation's own language (fi): the default name says so
    assert (tmp_path / "loi-Konnevesi-en.docx").exists()
    reader = PdfReader(tmp_path / "loi-Konnevesi-en.pdf")
    text = " ".join(" ".join((page.extract_text() or "") for page in reader.pages).split())
    assert "Konneveden kunta (Konnevesi Municipality)" in text
    assert "attend capacity building seminars arranged by LEA" in text
    # two tasks ticked plus the legend; pypdf puts symbol-font glyphs out of reading order
    assert text.count("☒") == 3 and text.count("☐") == 1
    assert "{{" not in text
    assert reader.metadata is not None
    assert reader.metadata.title == "Letter of intent for the LEA procurers network (LEA-N)"
    assert reader.metadata.author == "LEA-N"
    assert soffice_processes(str(private_tmp)) == []
    assert list(private_tmp.iterdir()) == []


def test_pdf_only_writes_only_the_pdf(run, tmp_path: Path) -> None:
    require_soffice()
    result = run("benefits", "--pdf-only", "-o", "sheet.pdf")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]
    assert len(PdfReader(tmp_path / "sheet.pdf").pages) >= 1


def test_pdf_and_pdf_only_do_not_mix(run, tmp_path: Path) -> None:
    result = run("benefits", "--pdf", "--pdf-only")
    assert result.exit_code == 2 and "--pdf and --pdf-only" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_existing_pdf_stops_before_anything_is_written(run, tmp_path: Path) -> None:
    (tmp_path / "benefits-LEA-N.pdf").write_bytes(b"mine")
    result = run("benefits", "--pdf")
    assert result.exit_code == 1 and "benefits-LEA-N.pdf already exists" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["benefits-LEA-N.pdf"]


def test_missing_libreoffice_is_a_clear_error(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    monkeypatch.setenv("LEADOCS_SOFFICE", str(tmp_path / "no-soffice"))
    monkeypatch.setattr("leadocs.pdf.office._candidates", lambda: iter(()))
    result = run("benefits", "--pdf-only")
    assert result.exit_code == 1
    assert "libreoffice-writer-nogui" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.glob("*.pdf")) == []


def test_doctor(run) -> None:
    require_soffice()
    result = run("doctor")
    assert result.exit_code == 0, result.output + result.stderr
    assert "test conversion" in result.output and "Carlito" in result.output
