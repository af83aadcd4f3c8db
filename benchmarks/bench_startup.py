"""CPU time of starting leadocs: help, version and one letter, against plain docxtpl.

    python benchmarks/bench_startup.py [--rounds R]

Each command runs R times in a fresh process; the CPU time (user + system) of
the child is measured, and the median is shown. The baseline is the same
interpreter doing nothing (``python -c pass``); the comparison for a letter is
a plain docxtpl script that renders the built-in LOI layout once with the same
context leadocs builds (imports included), run the same way.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORG = ROOT / "examples" / "orgs" / "konnevesi.yaml"

_DOCXTPL_ONCE = f"""
import pickle, sys
from docxtpl import DocxTemplate
from leadocs.render.environment import build_environment  # the layouts' filters
context = pickle.load(open(sys.argv[1], "rb"))
template = DocxTemplate({str(ROOT / "templates" / "loi.docx")!r})
template.render(context, jinja_env=build_environment(), autoescape=True)
template.save(sys.argv[2])
"""


def cpu_seconds(command: list[str], cwd: Path) -> float:
    """User plus system CPU seconds of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_cpu(command: list[str], rounds: int, cwd: Path, clean: Path | None = None) -> float:
    """The median CPU seconds of ``rounds`` runs (``clean`` is removed before each)."""
    times = []
    for _ in range(rounds):
        if clean is not None:
            clean.unlink(missing_ok=True)
        times.append(cpu_seconds(command, cwd))
    return statistics.median(times)


def loi_context_file(folder: Path) -> Path:
    """The LOI context leadocs builds for the example, pickled for the docxtpl script."""
    import datetime as dt
    import pickle

    from leadocs.documents.kinds import KINDS
    from leadocs.documents.subject import ContextOptions, DocumentSubject
    from leadocs.formats.files import load_organisation

    loaded = load_organisation(ORG)
    builder = KINDS["loi"].context
    assert builder is not None
    context = builder(
        DocumentSubject(loaded.network, organisation=loaded.organisation),
        ContextOptions("fi", dt.date.today()),
    )
    path = folder / "context.pickle"
    path.write_bytes(pickle.dumps(context))
    return path


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    leadocs = shutil.which("leadocs") or f"{sys.executable} -m leadocs"
    exe = leadocs.split()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as name:
        folder = Path(name)
        context = loi_context_file(folder)
        script = folder / "docxtpl_once.py"
        script.write_text(_DOCXTPL_ONCE)
        rows = [
            ("python -c pass (the interpreter alone)", [sys.executable, "-c", "pass"], None),
            ("leadocs --version", [*exe, "--version"], None),
            ("leadocs --help", [*exe, "--help"], None),
            ("leadocs loi --help", [*exe, "loi", "--help"], None),
            ("leadocs loi konnevesi.yaml", [*exe, "loi", str(ORG)], folder / "loi-Konnevesi.docx"),
            (
                "plain docxtpl, one LOI (same context)",
                [sys.executable, str(script), str(context), str(folder / "plain.docx")],
                None,
            ),
        ]
        results = {label: median_cpu(cmd, args.rounds, folder, clean) for label, cmd, clean in rows}
    print(f"CPU seconds per run (user + system), median of {args.rounds}; {sys.executable}")
    for label, seconds in results.items():
        print(f"  {label:<42} {seconds:6.3f} s")
    ratio = results["leadocs loi konnevesi.yaml"] / results["plain docxtpl, one LOI (same context)"]
    print(
        f"  leadocs loi / plain docxtpl: {ratio:.2f} x (leadocs also loads and validates the YAML)"
    )
    verdict = "PASS" if results["leadocs --help"] <= 0.15 else "FAIL"
    print(f"  target: leadocs --help <= 0.15 s of CPU: {verdict}")


if __name__ == "__main__":
    main()
