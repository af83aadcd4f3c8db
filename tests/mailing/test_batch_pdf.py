"""``leadocs batch --pdf --merge``: PDFs per recipient, a print pack, resume, failures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from pypdf import PdfReader

import leadocs.mailing.pdfs as batch_pdf
from leadocs.cli import cli
from leadocs.errors import ConversionError
from leadocs.i18n import catalogue
from leadocs.i18n.languages import shipped_languages
from tests.helpers import LIST, SENDER_TEXT, rows_of, write_csv
from tests.helpers.soffice_required import require_soffice, soffice_processes


def run(recipients: Path, outdir: Path, *extra: str) -> Result:
    args = ["batch", "loi", str(recipients), "-o", str(outdir), "--date", "2026-03-01"]
    return CliRunner().invoke(cli, [*args, "--pdf", *extra])


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def converted(result: Result) -> int:
    line = next(x for x in result.stderr.splitlines() if x.startswith("PDFs:"))
    return int(line.split("converted ")[1].split(",")[0])


LOI_KEYWORDS = {catalogue(lang).text("loi", "keyword") for lang in shipped_languages()}


@pytest.mark.soffice
def test_pdfs_pack_and_resume(tmp_path: Path) -> None:
    require_soffice()
    recipients = write_csv(tmp_path / "list.csv", rows_of())
    out, pack = tmp_path / "out", tmp_path / "packs" / "2026" / "pack.pdf"  # a new folder
    result = run(recipients, out, "--merge", str(pack))
    assert result.exit_code == 0, result.output
    assert converted(result) == 8
    names = [row["name"] for row in rows_of()]
    parts = [out / f"loi-{row['short_name']}.pdf" for row in rows_of()]
    pages = 0
    for name, part in zip(names, parts, strict=True):
        text = pdf_text(part)
        assert " ".join(name.split()[:1]) in text and "{{" not in text
        meta = PdfReader(part).metadata
        assert meta is not None
        assert meta.subject == name and meta.author == "LEA-N" and meta.title
        keyword, acronym = str(meta.get("/Keywords")).split(", ")
        assert keyword in LOI_KEYWORDS and acronym == "LEA-N"  # in the letter's language
        pages += len(PdfReader(part).pages)
    reader = PdfReader(pack)
    outline = reader.outline
    assert [item.title for item in outline] == names  # type: ignore[union-attr]
    starts = [reader.get_destination_page_number(item) for item in outline]  # type: ignore[arg-type]
    assert starts == sorted(starts) and len(reader.pages) == pages
    assert reader.metadata is not None and reader.metadata.author == "LEA-N"
    assert not soffice_processes()

    again = run(recipients, out, "--merge", str(pack))  # its own pack: replaced, no --force
    assert again.exit_code == 0, again.output
    assert converted(again) == 0 and len(PdfReader(pack).outline) == 8
    pack.write_bytes(pack.read_bytes() + b"\n% edited by hand\n")
    edited = run(recipients, out, "--merge", str(pack))
    assert edited.exit_code == 1 and "this batch did not write" in edited.output
    assert pack.read_bytes().endswith(b"% edited by hand\n")  # the pack is kept
    foreign = tmp_path / "someone-elses.pdf"
    foreign.write_bytes(b"%PDF-1.4 not ours")
    refused = run(recipients, out, "--merge", str(foreign))
    assert refused.exit_code == 1 and "already exists" in refused.output
    assert foreign.read_bytes() == b"%PDF-1.4 not ours"
    again = run(recipients, out)
    assert again.exit_code == 0 and converted(again) == 0

    rows = rows_of()
    rows[2]["name"] = "Município de Braga Renamed"
    write_csv(recipients, rows)
    changed = run(recipients, out, "--merge", str(pack), "--force")
    assert changed.exit_code == 0, changed.output
    assert converted(changed) == 8  # --force converts everything again
    rows[2]["name"] = "Município de Braga Again"
    write_csv(recipients, rows)
    one = run(recipients, out)
    assert one.exit_code == 0 and converted(one) == 1
    assert "Again" in pdf_text(parts[2])
    assert not soffice_processes()


@pytest.mark.soffice
def test_failed_document_is_named_and_the_rest_converted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_soffice()
    real_items = batch_pdf._items

    def corrupt_braga(*args: Any) -> Any:
        items = real_items(*args)
        for item in items:
            if item.key == "braga":
                item.document.write_bytes(b"PK\x03\x04 not really a docx")
        return items

    monkeypatch.setattr(batch_pdf, "_items", corrupt_braga)
    out, pack = tmp_path / "out", tmp_path / "pack.pdf"
    failed = run(LIST, out, "--merge", str(pack))
    assert failed.exit_code == 3
    assert "braga: PDF:" in failed.output and "not a valid .docx" in failed.output
    assert not pack.exists()  # no pack with a recipient missing, unless --keep-going
    assert len(list(out.glob("*.pdf"))) == 7 and not (out / "loi-Braga.pdf").exists()
    assert not soffice_processes()

    monkeypatch.setattr(batch_pdf, "_items", real_items)
    fixed = run(LIST, out, "--merge", str(pack), "--keep-going")
    assert fixed.exit_code == 0, fixed.output
    assert converted(fixed) == 1 and len(PdfReader(pack).outline) == 8


@pytest.mark.soffice
def test_pdf_only_with_eml_keeps_pdfs_and_attaches_them(tmp_path: Path) -> None:
    require_soffice()
    out = tmp_path / "out"
    rows = rows_of()
    rows[0]["contact.email"] = "päivi.häkkinen@konnevesi.fi"  # an RFC 6532 (UTF-8) header
    recipients = write_csv(tmp_path / "list.csv", rows)
    for round_ in range(2):
        result = run(recipients, out, "--pdf-only", "--eml", "--from", SENDER_TEXT)
        assert result.exit_code == 0, result.output
        assert converted(result) == (8 if round_ == 0 else 0)
        assert not list(out.glob("*.docx")) and len(list(out.glob("*.pdf"))) == 8
    message = (out / "loi-Braga.eml").read_text()
    assert 'filename="loi-Braga.pdf"' in message and ".docx" not in message
    utf8 = (out / "loi-Konnevesi.eml").read_text(encoding="utf-8")
    assert "<päivi.häkkinen@konnevesi.fi>" in utf8 and 'filename="loi-Konnevesi.pdf"' in utf8
    assert not soffice_processes()


def test_missing_libreoffice_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing() -> Path:
        raise ConversionError("LibreOffice is not installed (libreoffice-writer-nogui)")

    monkeypatch.setattr("leadocs.pdf.find_soffice", missing)
    out = tmp_path / "out"
    result = run(LIST, out, "--merge", str(tmp_path / "pack.pdf"))
    assert result.exit_code == 1
    assert "libreoffice-writer-nogui" in result.output and "Traceback" not in result.output
    assert not out.exists() and not (tmp_path / "pack.pdf").exists()


@pytest.mark.soffice
def test_the_pdf_stage_says_it_starts_libreoffice_then_counts(tmp_path: Path) -> None:
    require_soffice()
    from leadocs.mailing import BatchRequest, run_batch
    from leadocs.mailing.pdfs import PdfRequest, make_pdfs

    batch = run_batch(BatchRequest(kind="loi", recipients=LIST, outdir=tmp_path / "out", jobs=1))
    events: list[Any] = []
    make_pdfs(batch, PdfRequest(kind="loi", workers=1), events.append)
    stages = [e.stage for e in events]
    assert stages[0] == "starting LibreOffice" and events[0].completed == 0
    assert set(stages[1:]) == {"converting"}
    assert events[1].completed >= 1  # the first PDF is shown when it comes
    assert events[-1].completed == events[-1].total == 8
    assert [e.completed for e in events] == sorted(e.completed for e in events)
