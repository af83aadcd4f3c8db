"""PDFs per second: a soffice call per document versus leadocs' warm worker pool, side by side.

    python benchmarks/bench_pdf.py [--n 1000] [--sample 10] [--workers W] [--combine K]
                                   [--synthetic] [--verify 100]
    python benchmarks/bench_pdf.py --batch [--n 1000] [--sample 10]

Documents: N personalised letters of intent rendered from the built-in
``templates/loi.docx`` (contexts from ``examples/orgs``, one organisation name
per recipient) with leadocs' compiled docxtpl engine; or, with ``--synthetic``
or without the template, 3-page letters built with python-docx, with a
personalised header and a "Page X of Y" footer. Rendering is not timed.

Measured in one run, on the same files:

(a) ``soffice --headless --convert-to pdf`` once per document, on ``--sample``
    documents (with a warmed-up profile), extrapolated to N;
(b) ``ConverterPool(W)``: every document converted on its own;
(c) ``ConverterPool(W, combine=K)``: letters joined ~16 pages per load, then
    cut into one PDF each.

Worker start-up is inside the timings of (b) and (c). ``--verify`` compares the
page count and the text of every page of (c) with (b) on that many documents.

``--batch`` measures the whole mailing instead: ``leadocs batch loi LIST.csv -o OUT
--pdf --merge PACK.pdf`` on an N-row list (``benchmarks/make_recipients.py``), timed
from start to exit (reading, validating, rendering, converting, metadata,
manifest, the pack), next to (a) on ``--sample`` of the documents it wrote; then
it checks that there are N PDFs and the pack has N bookmarks and all their pages.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from pypdf import PdfReader  # noqa: E402

from leadocs.pdf import ConversionJob, ConverterPool, find_soffice  # noqa: E402


def _leadocs_letters() -> tuple[str, Callable[[int], bytes]] | None:
    template = ROOT / "templates" / "loi.docx"
    orgs = sorted((ROOT / "examples" / "orgs").glob("*.yaml"))
    if not template.is_file() or not orgs:
        return None
    try:
        from leadocs.documents.context import loi_context
        from leadocs.documents.subject import ContextOptions, DocumentSubject
        from leadocs.formats.files import load_organisation
        from leadocs.render.compiled import compile_docx
        from leadocs.render.environment import build_environment
    except ImportError:
        return None
    loaded = [load_organisation(org) for org in orgs]
    renderer = compile_docx(template.read_bytes(), build_environment(), template.name)

    def render(index: int) -> bytes:
        entry = loaded[index % len(loaded)]
        organisation = entry.organisation.model_copy(
            update={"name": f"{entry.organisation.name} {index:04d}"}
        )
        today = dt.date(2025, 1, 1) + dt.timedelta(days=index % 365)
        context: dict[str, Any] = loi_context(
            DocumentSubject(entry.network, organisation=organisation), ContextOptions("en", today)
        )
        return renderer.render(context)

    return f"{template.relative_to(ROOT)} (compiled docxtpl, contexts from examples/orgs)", render


_PARAGRAPH = (
    "The contracting authority {name} confirms its interest in joining the network of "
    "procurers and in the pre-commercial procurement of innovative learning technology. "
    "Zażółć gęślą jaźń, Ärger öffnen, ελληνικά. "
)


def _synthetic_letters() -> tuple[str, Callable[[int], bytes]]:
    import io

    import docx
    from docx.oxml import parse_xml

    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    field = (
        f'<w:r {namespace}><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r {namespace}><w:instrText xml:space="preserve"> {{}} </w:instrText></w:r>'
        f'<w:r {namespace}><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r {namespace}><w:t>1</w:t></w:r>"
        f'<w:r {namespace}><w:fldChar w:fldCharType="end"/></w:r>'
    )

    def render(index: int) -> bytes:
        rng = random.Random(index)
        name = f"Município de Łódź-Θεσσαλονίκη {index:04d}"
        document = docx.Document()
        document.sections[0].header.paragraphs[0].text = f"LOI ref. LEA-{index:04d} — {name}"
        footer = document.sections[0].footer.paragraphs[0]
        footer.add_run("Page ")
        for element in parse_xml(f"<w:p {namespace}>{field.format('PAGE')}</w:p>"):
            footer._p.append(element)
        footer.add_run(" of ")
        for element in parse_xml(f"<w:p {namespace}>{field.format('NUMPAGES')}</w:p>"):
            footer._p.append(element)
        document.add_heading(f"Letter of intent — {name}", 0)
        for section in range(5):
            document.add_heading(f"{section + 1}. Commitment", 1)
            for _ in range(3 + rng.randrange(2)):
                document.add_paragraph(_PARAGRAPH.format(name=name) * 2)
            if section == 2:
                table = document.add_table(rows=5, cols=3)
                table.style = "Table Grid"
                for row in range(5):
                    for col in range(3):
                        table.cell(row, col).text = f"{name[:12]} {row}.{col}"
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    return "synthetic letters (python-docx, PAGE/NUMPAGES footer)", render


def _soffice_loop(soffice: Path, sources: list[Path], folder: Path) -> float:
    profile = (folder / "profile").as_uri()
    command = [str(soffice), f"-env:UserInstallation={profile}", "--headless"]
    out = folder / "loop"

    def run(source: Path) -> None:
        subprocess.run(
            [*command, "--convert-to", "pdf", "--outdir", str(out), str(source)],
            check=True,
            capture_output=True,
            timeout=300,
        )

    run(sources[0])  # create the profile outside the timing
    start = time.perf_counter()
    for source in sources:
        run(source)
    return (time.perf_counter() - start) / len(sources)


def _pool(sources: list[Path], out: Path, workers: int | None, combine: int) -> float:
    out.mkdir()
    jobs = [ConversionJob(s, out / f"{s.stem}.pdf", s.stem) for s in sources]
    start = time.perf_counter()
    with ConverterPool(workers, combine=combine) as pool:
        failed = [r for r in pool.convert_many(jobs) if not r.ok]
    elapsed = time.perf_counter() - start
    if failed:
        print(f"  {len(failed)} failed, e.g. {failed[0].job.key}: {failed[0].error}")
    return elapsed


def _pages(pdf: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages]


def _verify(sources: list[Path], one: Path, joined: Path) -> str:
    differ = [
        s.stem for s in sources if _pages(one / f"{s.stem}.pdf") != _pages(joined / f"{s.stem}.pdf")
    ]
    pages = sum(len(PdfReader(one / f"{s.stem}.pdf").pages) for s in sources)
    verdict = "identical" if not differ else f"{len(differ)} DIFFER, e.g. {differ[:3]}"
    return f"{len(sources)} documents ({pages} pages): text and pages per document {verdict}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="documents (1000)")
    parser.add_argument("--sample", type=int, default=10, help="documents for the soffice loop")
    parser.add_argument("--workers", type=int, default=None, help="pool size (one per core)")
    parser.add_argument("--combine", type=int, default=16, help="documents per load for (c)")
    parser.add_argument("--synthetic", action="store_true", help="python-docx letters")
    parser.add_argument("--verify", type=int, default=100, help="documents to compare (100)")
    parser.add_argument("--batch", action="store_true", help="time leadocs batch --pdf --merge")
    args = parser.parse_args(argv)
    n = max(args.n, 1)
    if args.batch:
        return _batch(n, args.sample)
    label, render = (None if args.synthetic else _leadocs_letters()) or _synthetic_letters()
    soffice = find_soffice()
    workers = args.workers or os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as name:
        folder = Path(name)
        (folder / "docx").mkdir()
        sources = []
        for index in range(n):
            source = folder / "docx" / f"letter-{index:05d}.docx"
            source.write_bytes(render(index))
            sources.append(source)
        pages = len(PdfReader(_first_pdf(soffice, sources[0], folder)).pages)
        print(f"documents: {n} x {label}, {pages} page(s) each (first one)")
        print(f"machine: {os.cpu_count()} cores; pool of {workers} workers; {soffice}")
        loop = _soffice_loop(soffice, sources[: max(1, min(args.sample, n))], folder)
        one = _pool(sources, folder / "one", args.workers, 1)
        joined = _pool(sources, folder / "joined", args.workers, args.combine)
        rows = [
            (f"(a) soffice per document ({args.sample} sampled, x{n})", loop * n),
            ("(b) pool, one document per load", one),
            (f"(c) pool, joined up to {args.combine} per load", joined),
        ]
        print(f"{'method':<48} {'seconds':>8} {'docs/s':>8} {'ms/doc':>8} {'vs (a)':>7}")
        for method, seconds in rows:
            print(
                f"{method:<48} {seconds:8.1f} {n / seconds:8.1f} {seconds / n * 1000:8.1f}"
                f" {loop * n / seconds:6.1f}x"
            )
        best = min(one, joined)
        print(
            f"targets: {n} PDFs <= 40 s: {'PASS' if best * 1000 / n <= 40 else 'FAIL'} "
            f"({best * 1000 / n:.1f} s per 1,000); >= 20x the soffice loop: "
            f"{'PASS' if loop * n / best >= 20 else 'FAIL'} ({loop * n / best:.1f}x)"
        )
        if args.verify:
            check = sources[: min(args.verify, n)]
            print(f"check (c) against (b): {_verify(check, folder / 'one', folder / 'joined')}")
    return 0


def _batch(n: int, sample: int) -> int:
    """``leadocs batch loi --pdf --merge`` end to end beside the sampled soffice loop."""
    soffice = find_soffice()
    with tempfile.TemporaryDirectory(prefix="bench-pdf-batch-") as name:
        folder = Path(name)
        listing, out, pack = folder / "list.csv", folder / "out", folder / "pack.pdf"
        maker = ROOT / "benchmarks" / "make_recipients.py"
        subprocess.run(
            [sys.executable, str(maker), "--n", str(n), "-o", str(listing)],
            check=True, capture_output=True,
        )  # fmt: skip
        command = [
            sys.executable, "-m", "leadocs", "batch", "loi", str(listing), "-o", str(out),
            "--pdf", "--merge", str(pack), "--date", dt.date.today().isoformat(),
        ]  # fmt: skip
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if done.returncode:
            print(done.stderr)
            return 1
        sources = sorted(out.glob("*.docx"))
        loop = _soffice_loop(soffice, sources[: max(1, min(sample, n))], folder)
        pdfs = sorted(out.glob("*.pdf"))
        reader = PdfReader(pack)
        parts = sum(len(PdfReader(pdf).pages) for pdf in pdfs)
        print(f"recipients: {n}; machine: {os.cpu_count()} cores; {soffice}")
        print(f"{'method':<52} {'seconds':>8} {'docs/s':>8} {'vs (a)':>7}")
        rows = [
            (f"(a) soffice per document ({sample} sampled, x{n})", loop * n),
            ("leadocs batch loi --pdf --merge (whole command)", seconds),
        ]
        for method, taken in rows:
            print(f"{method:<52} {taken:8.1f} {n / taken:8.1f} {loop * n / taken:6.1f}x")
        per_1000 = seconds * 1000 / n
        print(
            f"targets: <= 40 s per 1,000: {'PASS' if per_1000 <= 40 else 'FAIL'} "
            f"({per_1000:.1f} s); >= 20x the soffice loop: "
            f"{'PASS' if loop * n / seconds >= 20 else 'FAIL'} ({loop * n / seconds:.1f}x)"
        )
        whole = len(pdfs) == n and len(reader.outline) == n and len(reader.pages) == parts
        print(
            f"check: {len(pdfs)} PDFs, pack of {len(reader.pages)} pages with "
            f"{len(reader.outline)} bookmarks: {'complete' if whole else 'INCOMPLETE'}"
        )
        for line in done.stderr.splitlines():
            if line.startswith(("Written", "PDFs:")):
                print(f"leadocs: {line}")
    return 0 if whole else 1


def _first_pdf(soffice: Path, source: Path, folder: Path) -> Path:
    out = folder / "first"
    subprocess.run(
        [str(soffice), f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return out / f"{source.stem}.pdf"


if __name__ == "__main__":
    sys.exit(main())
