"""Documents per second: plain docxtpl versus the compiled engine, side by side.

    python benchmarks/bench_render.py [--n N] [--rounds R] [--template PATH] [--synthetic]

Template: ``--template PATH``, else the built-in ``templates/loi.docx`` with a
context built by leadocs from ``examples/orgs/*.yaml``, else (or with
``--synthetic``) a 4-page letter of intent built with python-docx
(``loi_template`` below). The N contexts are built before timing. Both paths
render them on one core, in R interleaved rounds (the best and the median
round are shown: shared machines are noisy), and write each document to a file
in a temporary folder:

(a) docxtpl: a fresh ``DocxTemplate``, ``render``, ``save`` per document;
(b) compiled: ``compile_docx`` once (timed separately), ``render`` per document.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from leadocs.render.compiled import compile_docx  # noqa: E402
from leadocs.render.environment import build_environment  # noqa: E402
from tests.helpers.docx_corpus import add_table, document_with, save  # noqa: E402

Contexts = Callable[[int], dict[str, Any]]


def _leadocs_loi() -> tuple[bytes, str, Contexts] | None:
    """The built-in LOI and contexts from the example organisations, if both exist."""
    path = ROOT / "templates" / "loi.docx"
    orgs = sorted((ROOT / "examples" / "orgs").glob("*.yaml"))
    if not path.is_file() or not orgs:
        return None
    try:
        from leadocs.documents.context import loi_context
        from leadocs.documents.subject import ContextOptions, DocumentSubject
        from leadocs.formats.files import load_organisation
    except ImportError:
        return None
    loaded = [load_organisation(org) for org in orgs]

    def contexts(index: int) -> dict[str, Any]:
        entry = loaded[index % len(loaded)]
        today = dt.date(2025, 1, 1) + dt.timedelta(days=index % 365)
        return loi_context(
            DocumentSubject(entry.network, organisation=entry.organisation),
            ContextOptions("en", today),
        )

    return path.read_bytes(), f"{path.relative_to(ROOT)} (contexts from examples/orgs)", contexts


def _synthetic_loi() -> tuple[bytes, str, Contexts]:
    return loi_template(), "synthetic 4-page LOI (built with python-docx)", loi_context


_LOI_PROSE = (
    "In the framework of the {{ procurement.programme }} programme, {{ org.name }} "
    "({{ org.short }}), established in {{ org.city }}, {{ org.country|country }}, expresses "
    "its interest in the innovation procurement {{ procurement.ref }} led by "
    "{{ procurement.buyer }}. We confirm that the challenge described by the buyers group "
    "corresponds to a need of our organisation and that we intend to follow the market "
    "consultation, the tender and the deployment of the resulting solutions where our "
    "governance allows it."
)


def loi_template() -> bytes:
    """Build a 4-page letter-of-intent-like template (~130 tags, header, footer, table)."""
    document = document_with(
        ("{{ org.name }}", "Title"),
        *(
            (line, "No Spacing")
            for line in (
                "{{ org.address }}",
                "{{ org.postcode }} {{ org.city }}",
                "VAT {{ org.vat }}",
                "{{ recipient.name }}, {{ recipient.role }}",
                "{{ recipient.organisation }}",
            )
        ),
        "{{ org.city }}, {{ date|date }}",
        ("Letter of intent — {{ procurement.title }}", "Heading 1"),
        "Dear {{ recipient.name }},",
    )
    document.core_properties.title = "Letter of intent {{ procurement.ref }}"
    document.core_properties.author = "{{ org.name }}"
    section = document.sections[0]
    section.header.paragraphs[0].text = "{{ org.name }} — {{ procurement.ref }}"
    section.footer.paragraphs[0].text = "{{ org.address }}, {{ org.city }} · {{ signatory.email }}"
    for number in range(1, 13):
        document.add_heading(f"{number}. {{{{ procurement.title }}}} (part {number})", level=2)
        for _ in range(2):
            document.add_paragraph(_LOI_PROSE)
        document.add_paragraph(
            "{% if org.sme %}As an SME, {% endif %}we estimate a budget of "
            "{{ procurement.budget|money }} for {{ procurement.lots|length }} lots."
        )
    add_table(
        document,
        ("Lot", "Title", "Estimated value"),
        ("{%tr for lot in procurement.lots %}", "", ""),
        ("{{ lot.number }}", "{{ lot.title }}", "{{ lot.value|money }}"),
        ("{%tr endfor %}", "", ""),
        style="Table Grid",
    )
    document.add_paragraph("Yours sincerely,")
    document.add_paragraph("{{ signatory.name }}, {{ signatory.role }} ({{ signatory.email }})")
    return save(document)


def loi_context(index: int = 0) -> dict[str, Any]:
    """Return a context for :func:`loi_template`, varied by ``index``."""
    return {
        "lang": ("en", "fr", "de")[index % 3],
        "date": dt.date(2025, 1, 1) + dt.timedelta(days=index % 365),
        "org": {
            "name": f"Municipality of Example & Partners {index}",
            "short": f"MEP{index}",
            "address": "Rue de la Loi 200",
            "postcode": "1040",
            "city": "Brussels",
            "country": "BE",
            "vat": f"BE0{index:09d}",
            "sme": index % 2 == 0,
        },
        "recipient": {
            "name": "Dr. A. Buyer",
            "role": "Lead procurer",
            "organisation": "City <Lead>",
        },
        "procurement": {
            "programme": "Horizon Europe",
            "ref": f"PCP-2025-{index:05d}",
            "buyer": "the Lead Buyers Group",
            "title": "Zero-emission construction sites",
            "budget": Decimal("4500000"),
            "lots": [
                {"number": n, "title": f"Lot {n}: pilots", "value": Decimal(900000)}
                for n in range(1, 6)
            ],
        },
        "signatory": {"name": "Jane Mayor", "role": "Mayor", "email": "mayor@example.org"},
    }


def _docxtpl_loop(source: bytes, contexts: list[dict[str, Any]], folder: Path) -> float:
    env = build_environment()
    start = time.perf_counter()
    for index, context in enumerate(contexts):
        template = DocxTemplate(io.BytesIO(source))
        template.render(context, jinja_env=env, autoescape=True)
        buffer = io.BytesIO()
        template.save(buffer)
        (folder / f"docxtpl-{index}.docx").write_bytes(buffer.getvalue())
    return time.perf_counter() - start


def _compiled_loop(
    source: bytes, contexts: list[dict[str, Any]], folder: Path
) -> tuple[float, float]:
    env = build_environment()
    start = time.perf_counter()
    renderer = compile_docx(source, env, "bench.docx")
    compiled = time.perf_counter()
    if renderer.notice:
        print(f"note: {renderer.notice}")
    for index, context in enumerate(contexts):
        (folder / f"compiled-{index}.docx").write_bytes(renderer.render(context))
    return compiled - start, time.perf_counter() - compiled


def _build_contexts(contexts: Contexts, n: int) -> tuple[list[dict[str, Any]], float]:
    start = time.perf_counter()
    built = [contexts(index) for index in range(n)]
    return built, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100, help="documents per path and round (100)")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (5)")
    parser.add_argument(
        "--template", type=Path, help="a .docx whose context is the synthetic LOI's"
    )
    parser.add_argument("--synthetic", action="store_true", help="use the python-docx LOI")
    args = parser.parse_args(argv)

    if args.template is not None:
        source, label, contexts = (
            args.template.read_bytes(),
            str(args.template),
            _synthetic_loi()[2],
        )
    else:
        chosen = None if args.synthetic else _leadocs_loi()
        source, label, contexts = chosen or _synthetic_loi()
    n, rounds = max(args.n, 1), max(args.rounds, 1)
    print(f"template: {label}, {len(source) / 1024:.0f} KiB")
    print(f"{rounds} interleaved rounds of {n} documents per path, one core, files in a temp dir")

    plain: list[float] = []
    fast: list[float] = []
    compile_times: list[float] = []
    # Contexts are built before timing: both paths would pay the same for them.
    built, building = _build_contexts(contexts, n)
    print(f"context building (not timed): {building / n * 1000:.2f} ms/doc")
    with tempfile.TemporaryDirectory() as folder:
        _compiled_loop(source, built[:3], Path(folder))  # warm imports and caches
        _docxtpl_loop(source, built[:3], Path(folder))
        for _ in range(rounds):
            plain.append(_docxtpl_loop(source, built, Path(folder)) / n)
            compile_time, elapsed = _compiled_loop(source, built, Path(folder))
            compile_times.append(compile_time)
            fast.append(elapsed / n)
    for label, key in (("best", min), ("median", statistics.median)):
        a, b = key(plain), key(fast)
        print(
            f"{label:>6}: (a) docxtpl {1 / a:7.1f} docs/s ({a * 1000:6.2f} ms)"
            f" | (b) compiled {1 / b:7.1f} docs/s ({b * 1000:5.2f} ms) | {a / b:5.1f}x"
        )
    print(f"compile once: {min(compile_times) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
