"""PDF packs and metadata with pypdf: one bookmark per part, in order; atomic writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from leadocs.errors import ConversionError
from leadocs.pdf import (
    ConversionJob,
    ConverterPool,
    merge_pdfs,
    pdf_page_count,
    set_pdf_metadata,
)
from tests.helpers.soffice_required import require_soffice
from tests.pdf.test_convert import make_docx, pdf_text


def blank_pdf(path: Path, pages: int, *, outline: str = "") -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    if outline:
        writer.add_outline_item(title=outline, page_number=0)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def bookmarks(pdf: Path) -> list[tuple[str, int]]:
    reader = PdfReader(pdf)
    items = []
    for item in reader.outline:
        assert not isinstance(item, list), "parts must not bring nested outlines"
        items.append((str(item.title), reader.get_destination_page_number(item)))
    return items


def test_merge_one_bookmark_per_part_in_order(tmp_path: Path) -> None:
    parts = [
        ("Letter — Łódź", blank_pdf(tmp_path / "a.pdf", 2, outline="own heading")),
        ("Αίτηση", blank_pdf(tmp_path / "b.pdf", 1)),
        ("Benefits", blank_pdf(tmp_path / "c.pdf", 3)),
    ]
    pack = tmp_path / "pack.pdf"
    merge_pdfs(parts, pack, title="Pack for Łódź", author="leadocs tests")
    assert pdf_page_count(pack) == 6
    assert bookmarks(pack) == [("Letter — Łódź", 0), ("Αίτηση", 2), ("Benefits", 3)]
    reader = PdfReader(pack)
    assert reader.metadata is not None
    assert (reader.metadata.title, reader.metadata.author) == ("Pack for Łódź", "leadocs tests")
    assert reader.page_mode == "/UseOutlines"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.pdf", "c.pdf", "pack.pdf"]


def test_metadata_in_place(tmp_path: Path) -> None:
    pdf = blank_pdf(tmp_path / "a.pdf", 2)
    set_pdf_metadata(pdf, title="LOI", author="Δήμος", subject="", keywords=("PCP", "PPI"))
    meta = PdfReader(pdf).metadata
    assert meta is not None
    assert (meta.title, meta.author, meta["/Keywords"]) == ("LOI", "Δήμος", "PCP, PPI")
    assert "/Subject" not in meta  # empty values are left out, not written as ""
    assert pdf_page_count(pdf) == 2


def test_bad_inputs_are_conversion_errors_and_leave_the_target(tmp_path: Path) -> None:
    good = blank_pdf(tmp_path / "good.pdf", 1)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 this is not really a PDF")
    pack = tmp_path / "pack.pdf"
    pack.write_bytes(b"old pack")
    with pytest.raises(ConversionError, match="missing.pdf"):
        merge_pdfs([("a", good), ("b", tmp_path / "missing.pdf")], pack)
    with pytest.raises(ConversionError, match="broken.pdf"):
        merge_pdfs([("a", good), ("b", broken)], pack)
    with pytest.raises(ConversionError, match="no PDFs"):
        merge_pdfs([], pack)
    with pytest.raises(ConversionError, match="broken.pdf"):
        set_pdf_metadata(broken, title="t", author="a")
    assert pack.read_bytes() == b"old pack"
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.soffice
def test_pack_of_converted_letters(tmp_path: Path) -> None:
    require_soffice()
    sizes = {"first": 1, "second": 3, "third": 2}
    jobs = [
        ConversionJob(make_docx(tmp_path / f"{k}.docx", k, n), tmp_path / f"{k}.pdf", k)
        for k, n in sizes.items()
    ]
    with ConverterPool(2) as pool:
        assert all(result.ok for result in pool.convert_many(jobs))
    for job in jobs:
        set_pdf_metadata(job.target, title=f"Letter {job.key}", author="LEA")
    pack = tmp_path / "pack.pdf"
    merge_pdfs([(f"Letter to {job.key}", job.target) for job in jobs], pack, title="All letters")
    assert pdf_page_count(pack) == 6
    assert bookmarks(pack) == [
        ("Letter to first", 0),
        ("Letter to second", 1),
        ("Letter to third", 4),
    ]
    text = pdf_text(pack)
    assert (
        text.index("Recipient first")
        < text.index("Recipient second")
        < text.index("Recipient third")
    )
    assert "ελληνικά" in text
