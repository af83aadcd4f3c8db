"""leadocs.pdf: warm LibreOffice workers that survive crashes, bad files and Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from pypdf import PdfReader

from leadocs.errors import ConversionError
from leadocs.pdf import (
    ConversionJob,
    ConverterPool,
    NotCombinable,
    combine_docx,
    convert_to_pdf,
    doctor,
    find_soffice,
    office,
    set_pdf_metadata,
)
from tests.helpers.soffice_required import require_soffice, soffice_processes

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ("Zażółć gęślą jaźń", "Ärger öffnen Köln", "ελληνικά γράμματα")


def make_docx(path: Path, key: str, pages: int = 1) -> Path:
    """A .docx with ``key`` and the accented/Greek samples on the first of ``pages`` pages."""
    document = docx.Document()
    document.add_paragraph(f"Recipient {key}")
    for text in TEXTS:
        document.add_paragraph(text)
    for page in range(2, pages + 1):
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_paragraph(f"Page {page} of {key}")
    document.save(str(path))
    return path


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "") for page in PdfReader(path).pages).split())


def jobs_for(folder: Path, count: int, pages: int = 1) -> list[ConversionJob]:
    folder.mkdir(parents=True, exist_ok=True)
    return [
        ConversionJob(
            make_docx(folder / f"doc{index:02d}.docx", f"R{index:02d}", pages),
            folder / f"doc{index:02d}.pdf",
            f"R{index:02d}",
        )
        for index in range(count)
    ]


def gone(tags: list[str]) -> bool:
    return not any(soffice_processes(tag) for tag in tags)


@pytest.fixture(scope="module")
def pool() -> Iterator[ConverterPool]:
    require_soffice()
    with ConverterPool(2) as shared:
        yield shared


@pytest.mark.soffice
def test_batch_keeps_text_and_pages(pool: ConverterPool, tmp_path: Path) -> None:
    jobs = [
        ConversionJob(make_docx(tmp_path / f"{key}.docx", key, pages), tmp_path / f"{key}.pdf", key)
        for key, pages in (("one", 1), ("two", 2), ("three", 3), ("four", 1))
    ]
    results = {result.job.key: result for result in pool.convert_many(jobs)}
    assert sorted(results) == ["four", "one", "three", "two"]
    assert all(r.ok and r.error is None and r.attempts == 1 for r in results.values())
    for key, pages in (("one", 1), ("two", 2), ("three", 3), ("four", 1)):
        pdf = tmp_path / f"{key}.pdf"
        assert len(PdfReader(pdf).pages) == pages
        text = pdf_text(pdf)
        assert f"Recipient {key}" in text
        assert all(sample in text for sample in TEXTS), text
    # Nothing but sources and PDFs: no partial files, no LibreOffice lock files.
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".docx"] * 4 + [".pdf"] * 4


@pytest.mark.soffice
def test_convert_one_and_stamp_metadata(pool: ConverterPool, tmp_path: Path) -> None:
    pdf = tmp_path / "out" / "letter.pdf"  # a missing folder is created
    pool.convert(make_docx(tmp_path / "letter.docx", "L"), pdf)
    set_pdf_metadata(
        pdf, title="LOI — Łódź", author="Δήμος Θεσσαλονίκης", subject="LEA", keywords=["PCP", "ä"]
    )
    meta = PdfReader(pdf).metadata
    assert meta is not None
    assert (meta.title, meta.author, meta.subject) == ("LOI — Łódź", "Δήμος Θεσσαλονίκης", "LEA")
    assert meta["/Keywords"] == "PCP, ä"
    assert "Zażółć" in pdf_text(pdf)


def _broken_xml(path: Path, good: Path) -> Path:
    """A zip that passes the quick check but whose document.xml is cut in half."""
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(info, data)
    return path


@pytest.mark.soffice
def test_bad_documents_fail_by_name_and_the_rest_convert(
    pool: ConverterPool, tmp_path: Path
) -> None:
    jobs = jobs_for(tmp_path, 4)
    garbage = tmp_path / "garbage.docx"
    garbage.write_bytes(b"not a zip at all " * 50)
    broken = _broken_xml(tmp_path / "broken.docx", jobs[0].source)
    jobs[1:1] = [ConversionJob(garbage, tmp_path / "garbage.pdf", "garbage")]
    jobs[3:3] = [ConversionJob(broken, tmp_path / "broken.pdf", "broken")]
    results = {result.job.key: result for result in pool.convert_many(jobs)}
    assert len(results) == 6
    assert not results["garbage"].ok and results["garbage"].attempts == 0
    assert "not a valid .docx" in (results["garbage"].error or "")
    assert not results["broken"].ok and results["broken"].attempts == 3  # 1 + retries
    assert results["broken"].error
    assert not (tmp_path / "garbage.pdf").exists() and not (tmp_path / "broken.pdf").exists()
    good = [key for key, result in results.items() if result.ok]
    assert sorted(good) == ["R00", "R01", "R02", "R03"]
    with pytest.raises(ConversionError, match="garbage.docx"):
        pool.convert(garbage, tmp_path / "again.pdf")


def _soffice_bin(group: int) -> int:
    """The soffice.bin process in ``group`` (the group leader is the oosplash wrapper)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[2]) == group and b"soffice.bin" in command:
            return int(entry.name)
    raise AssertionError(f"no soffice.bin in process group {group}")


@pytest.mark.soffice
def test_worker_killed_mid_batch_every_document_once(tmp_path: Path) -> None:
    require_soffice()
    jobs = jobs_for(tmp_path, 20)
    seen: list[str] = []
    retried: list[int] = []
    killed = 0
    with ConverterPool(2) as pool:
        for result in pool.convert_many(jobs):
            seen.append(result.job.key)
            retried += [result.attempts] if result.attempts > 1 else []
            assert result.ok, result
            if len(seen) == 2:
                group = pool.workers[0].office_pid
                assert group is not None
                killed = _soffice_bin(group)
                os.kill(killed, signal.SIGKILL)
        assert pool.workers[0].office_pid != group
    assert sorted(seen) == sorted(job.key for job in jobs)  # each exactly once
    # The document being converted when LibreOffice died took a second attempt (none
    # when the kill fell between two documents and the restart came first).
    assert retried in ([], [2]), retried
    for job in jobs:
        reader = PdfReader(job.target)
        assert len(reader.pages) == 1
        assert f"Recipient {job.key}" in pdf_text(job.target)
    assert not Path(f"/proc/{killed}").exists()


@pytest.mark.soffice
@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_no_libreoffice_survives_the_pool(tmp_path: Path, error: type[BaseException]) -> None:
    require_soffice()
    jobs = jobs_for(tmp_path, 8)
    tags: list[str] = []
    folders: list[Path] = []
    threads = threading.active_count()
    with pytest.raises(error), ConverterPool(2) as pool:
        for result in pool.convert_many(jobs):  # left in the middle, workers busy
            assert result.ok
            tags = [worker.pipe for worker in pool.workers if worker.running]
            folders = [worker.folder for worker in pool.workers if worker.folder is not None]
            assert tags and all(soffice_processes(tag) for tag in tags)
            raise error("inside the with block")
    assert gone(tags)
    deadline = time.monotonic() + 5  # the threads reading the bridges see their end
    while threading.active_count() > threads and time.monotonic() < deadline:
        time.sleep(0.05)
    assert threading.active_count() == threads
    assert folders and not any(folder.exists() for folder in folders)
    assert not any(Path("/tmp").glob(f"OSL_PIPE_*_{tags[0]}"))


@pytest.mark.soffice
def test_sigterm_takes_libreoffice_down(tmp_path: Path) -> None:
    require_soffice()
    source = make_docx(tmp_path / "a.docx", "A")
    script = textwrap.dedent(
        f"""
        import json, sys, time
        from pathlib import Path
        from leadocs.pdf import ConverterPool
        pool = ConverterPool(1)
        pool.convert(Path({str(source)!r}), Path({str(tmp_path / "a.pdf")!r}))
        print(json.dumps([w.pipe for w in pool.workers if w.running]), flush=True)
        time.sleep(120)
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert child.stdout is not None
        tags = json.loads(child.stdout.readline())
        assert tags and all(soffice_processes(tag) for tag in tags)
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=30) == -signal.SIGTERM
    finally:
        child.kill()
    assert gone(tags)


@pytest.mark.soffice
def test_hung_worker_is_killed_and_the_job_reported(tmp_path: Path) -> None:
    require_soffice()
    [job] = jobs_for(tmp_path, 1)
    with ConverterPool(1, timeout=0.01, retries=1) as pool:
        [result] = pool.convert_many([job])
        tags = [pool.workers[0].pipe]
    assert not result.ok and result.attempts == 2
    assert "no answer from LibreOffice within" in (result.error or "")
    assert not job.target.exists()
    assert gone(tags)


@pytest.mark.soffice
def test_worker_restarts_after_n_documents(tmp_path: Path) -> None:
    require_soffice()
    pids = []
    with ConverterPool(1, restart_after=2) as pool:
        for job in jobs_for(tmp_path, 3):
            pool.convert(job.source, job.target)
            pids.append(pool.workers[0].office_pid)
    assert pids[0] == pids[1] != pids[2]
    assert all(job.target.exists() for job in jobs_for(tmp_path, 3))


@pytest.fixture
def no_libreoffice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("LEADOCS_SOFFICE", raising=False)
    monkeypatch.setattr(office, "_KNOWN_LOCATIONS", ())
    monkeypatch.setattr(office, "_KNOWN_PATTERNS", ())


@pytest.mark.usefixtures("no_libreoffice")
def test_missing_libreoffice_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConversionError, match="apt-get install -y libreoffice-writer-nogui"):
        find_soffice()
    source = make_docx(tmp_path / "a.docx", "A")
    with pytest.raises(ConversionError, match="LibreOffice not found") as caught:
        convert_to_pdf(source, tmp_path / "a.pdf")
    assert "Traceback" not in str(caught.value)
    with pytest.raises(ConversionError), ConverterPool() as pool:
        next(pool.convert_many([ConversionJob(source, tmp_path / "a.pdf")]))
    assert not (tmp_path / "a.pdf").exists()


@pytest.mark.usefixtures("no_libreoffice")
def test_tests_fail_in_ci_and_skip_elsewhere_without_libreoffice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="libreoffice-writer-nogui"):
        require_soffice()
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception):
        require_soffice()


def test_missing_uno_python_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    office.find_uno_python.cache_clear()
    monkeypatch.setattr(office, "_uno_python_candidates", lambda _: iter(["/nonexistent/py"]))
    try:
        with pytest.raises(ConversionError, match="python3-uno"):
            office.find_uno_python(Path("/usr/bin/soffice"))
    finally:
        office.find_uno_python.cache_clear()


@pytest.mark.soffice
def test_doctor_reports_everything_ok_here() -> None:
    require_soffice()
    checks = {check.name: check for check in doctor.doctor()}
    assert checks["LibreOffice"].ok and "LibreOffice" in checks["LibreOffice"].detail
    assert checks["test conversion"].ok, checks["test conversion"].detail
    fonts = [name for name in checks if name.startswith("font ")]
    assert "font Carlito" in fonts and "font DejaVu Sans" in fonts
    assert doctor.font_checks(["Carlito"])[1].detail.endswith("fonts-crosextra-caladea")


# --- joined conversion (ConverterPool(combine=K)) ------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_FIELD = (
    f'<w:p {_W}><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> {} </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
)


def make_letter(path: Path, key: str, pages: int) -> Path:
    """A letter as a template would render it: header, "Page X of Y", a numbered list."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Reference {key}"
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    footer._p.extend(parse_xml(_FIELD.format("PAGE")))
    footer.add_run(" of ")
    footer._p.extend(parse_xml(_FIELD.format("NUMPAGES")))
    document.add_heading(f"Letter to {key}", 1)
    document.add_paragraph(f"{TEXTS[0]} — {TEXTS[2]}")
    for item in ("first point", "second point"):
        document.add_paragraph(f"{item} of {key}", style="List Number")
    for page in range(2, pages + 1):
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_paragraph(f"Page {page} of the letter to {key}")
    document.save(str(path))
    return path


def pages_text(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


@pytest.mark.soffice
def test_joined_batch_equals_one_by_one(pool: ConverterPool, tmp_path: Path) -> None:
    sizes = [1, 1, 2, 1, 2, 1, 3, 1, 1, 1, 1]  # odd ones out are joined again with their count
    sources = [
        make_letter(tmp_path / f"L{i:02d}.docx", f"L{i:02d}", n) for i, n in enumerate(sizes)
    ]
    single = [ConversionJob(s, tmp_path / "one" / f"{s.stem}.pdf", s.stem) for s in sources]
    joined = [ConversionJob(s, tmp_path / "joined" / f"{s.stem}.pdf", s.stem) for s in sources]
    assert all(result.ok for result in pool.convert_many(single))
    with ConverterPool(2, combine=5) as combining:
        results = list(combining.convert_many(joined))
        assert combining.joined_documents >= 9  # at most the two first-pass misfits alone
    assert sorted(r.job.key for r in results) == [s.stem for s in sources]
    assert all(r.ok for r in results), [r for r in results if not r.ok]
    for one, both, pages in zip(single, joined, sizes, strict=True):
        text = pages_text(both.target)
        assert text == pages_text(one.target), one.key  # lists restart, headers are its own
        assert len(text) == pages and f"Page 1 of {pages}" in text[0]
        assert f"Reference {one.key}" in text[0] and f"first point of {one.key}" in text[0]
    assert not list((tmp_path / "joined").glob(".*"))


@pytest.mark.soffice
def test_joined_batch_with_bad_documents(tmp_path: Path) -> None:
    require_soffice()
    jobs = [
        ConversionJob(
            make_letter(tmp_path / f"L{i}.docx", f"L{i}", 1), tmp_path / f"L{i}.pdf", f"L{i}"
        )
        for i in range(6)
    ]
    (tmp_path / "garbage.docx").write_bytes(b"garbage" * 100)
    broken = _broken_xml(tmp_path / "broken.docx", jobs[0].source)
    jobs[1:1] = [ConversionJob(tmp_path / "garbage.docx", tmp_path / "garbage.pdf", "garbage")]
    jobs[4:4] = [ConversionJob(broken, tmp_path / "broken.pdf", "broken")]
    with ConverterPool(1, combine=4, retries=0) as combining:
        results = {r.job.key: r for r in combining.convert_many(jobs)}
    assert len(results) == 8
    assert {k for k, r in results.items() if not r.ok} == {"garbage", "broken"}
    assert all(pages_text(results[f"L{i}"].job.target) for i in range(6))


def test_combine_refuses_what_it_cannot_copy(tmp_path: Path) -> None:
    one = make_letter(tmp_path / "a.docx", "A", 1)
    two = make_letter(tmp_path / "b.docx", "B", 1)
    combined = combine_docx([one, two], [1, 2])
    assert combined.markers == ["LeadocsPart0000", "LeadocsPart0001"]
    assert combined.page_counts == [1, 2]  # NUMPAGES was frozen, the caller must check
    (tmp_path / "both.docx").write_bytes(combined.data)
    joined = docx.Document(str(tmp_path / "both.docx"))
    assert len(joined.sections) == 2
    assert [s.header.paragraphs[0].text for s in joined.sections] == ["Reference A", "Reference B"]
    other = tmp_path / "other.docx"
    with zipfile.ZipFile(two) as source, zipfile.ZipFile(other, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/styles.xml":
                data = data.replace(b"Heading", b"Kopf")
            target.writestr(info, data)
    with pytest.raises(NotCombinable, match="styles.xml"):
        combine_docx([one, other], [1, 1])


@pytest.mark.soffice
def test_libreoffice_that_dies_at_start_fails_fast(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_soffice()
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\necho 'cannot open display' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("LEADOCS_SOFFICE", str(fake))
    source = make_docx(tmp_path / "a.docx", "A")
    started = time.monotonic()
    with pytest.raises(ConversionError, match=r"a\.docx: LibreOffice did not start"):
        convert_to_pdf(source, tmp_path / "a.pdf")
    assert time.monotonic() - started < 20
