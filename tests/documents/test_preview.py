"""``leadocs preview``: the template rendered again on every save, written atomically."""

from __future__ import annotations

import os
import queue
import threading
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from leadocs.documents.preview import Preview
from leadocs.errors import LeadocsError
from tests.helpers.docx_text import docx_to_text
from tests.helpers.soffice_required import require_soffice

WAIT = 20  # seconds for the file watcher to notice a save on a loaded machine


def template(path: Path, *paragraphs: str) -> Path:
    """Save a template as Word does: a new file, then renamed over the old one."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    scratch = path.with_name(f"~{path.name}.tmp")
    document.save(str(scratch))
    scratch.replace(path)
    return path


def test_once_writes_the_preview_and_an_error_keeps_it(run, tmp_path: Path) -> None:
    template(tmp_path / "letter.docx", "Hello {{ name }}")
    (tmp_path / "d.yaml").write_text("name: Åsa\n", encoding="utf-8")
    result = run("preview", "letter.docx", "d.yaml", "--once")
    assert result.exit_code == 0, result.stderr
    assert "Hello Åsa" in docx_to_text(tmp_path / "letter.preview.docx")
    (tmp_path / "d.yaml").write_text("nmae: Åsa\n", encoding="utf-8")
    result = run("preview", "letter.docx", "d.yaml", "--once")
    assert result.exit_code == 1
    assert 'paragraph 1 "Hello {{ name }}": name: no such field; did you mean nmae?' in (
        result.stderr
    )
    assert "Hello Åsa" in docx_to_text(tmp_path / "letter.preview.docx")
    (tmp_path / "mine.docx").write_bytes(b"")
    result = run("preview", "letter.docx", "d.yaml", "--once", "-o", "mine.docx")
    assert result.exit_code == 1 and "already exists" in result.stderr


def test_every_save_renders_again(tmp_path: Path) -> None:
    source = template(tmp_path / "letter.docx", "Hello {{ name }}")
    data = tmp_path / "d.yaml"
    data.write_text("name: first\n", encoding="utf-8")
    output = tmp_path / "out" / "preview.docx"
    output.parent.mkdir()
    outcomes: queue.Queue[list[Path] | LeadocsError] = queue.Queue()
    stop = threading.Event()
    job = Preview(source, data, output)
    watcher = threading.Thread(target=job.watch, args=(outcomes.put, stop))
    watcher.start()
    try:
        assert outcomes.get(timeout=WAIT) == [output]
        assert "Hello first" in docx_to_text(output)
        data.write_text("name: second\n", encoding="utf-8")  # a small file, written in place
        assert outcomes.get(timeout=WAIT) == [output]
        assert "Hello second" in docx_to_text(output)
        template(source, "Bye {{ name }}")  # saved from Word: the template changed
        assert outcomes.get(timeout=WAIT) == [output]
        assert "Bye second" in docx_to_text(output)
        data.write_text("other: x\n", encoding="utf-8")
        error = outcomes.get(timeout=WAIT)
        assert isinstance(error, LeadocsError) and "name: no such field" in str(error)
        assert "Bye second" in docx_to_text(output)  # the last good preview stays
        data.write_text("name: third\n", encoding="utf-8")
        assert outcomes.get(timeout=WAIT) == [output]
        before = output.stat().st_ino
        os.utime(source)  # touching the template is enough
        assert outcomes.get(timeout=WAIT) == [output]
        assert output.stat().st_ino != before  # replaced by a new file, never rewritten in place
        assert "Bye third" in docx_to_text(output)
        assert [p.name for p in output.parent.iterdir()] == ["preview.docx"]  # no temporaries
    finally:
        stop.set()
        watcher.join(timeout=WAIT)
    assert not watcher.is_alive()


@pytest.mark.soffice
def test_once_with_a_pdf(run, tmp_path: Path) -> None:
    require_soffice()
    template(tmp_path / "letter.docx", "Hello {{ name }}")
    (tmp_path / "d.yaml").write_text("name: Åsa\n", encoding="utf-8")
    result = run("preview", "letter.docx", "d.yaml", "--once", "--pdf")
    assert result.exit_code == 0, result.stderr
    pages = PdfReader(tmp_path / "letter.preview.pdf").pages
    assert "Hello Åsa" in pages[0].extract_text()
