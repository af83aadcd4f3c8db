"""A mailing of letters of intent: plain docxtpl versus ``leadocs batch``, side by side.

    python benchmarks/bench_batch.py [--n 10000] [--jobs 2] [--sample 300] [--skip-eml]

In one run, on one machine, with ``templates/loi.docx``:

1. plain docxtpl: for each of ``--sample`` recipients, a fresh ``DocxTemplate``,
   ``render`` and ``save`` (context built by leadocs, as the batch does),
   timed and extrapolated to documents per second (one process);
2. ``leadocs batch loi LIST.xlsx -o OUT --jobs J`` on an N-row workbook, the
   whole command timed from start to exit (reading, validating every row,
   rendering, writing, manifest);
3. peak memory of a 100-recipient and an N-recipient batch: the largest
   process's RSS (``getrusage``: RUSAGE_SELF of the command and
   RUSAGE_CHILDREN for its workers), and the high-water mark of the whole
   process tree (RSS and PSS, sampled from /proc every 20 ms);
4. the N-row batch again with ``--eml``.

Each batch command runs under a small watcher process of its own, so that its
``getrusage`` numbers are its own. Shared machines are noisy: every measure is
the best of ``--rounds``, documents per CPU-second are shown too (they depend
less on what else the machine runs), and the load average is printed.

Creating files is most of the kernel time. On ext4 it is several times slower
for a few minutes after many files were deleted (the inode allocator skips
inodes freed in the last minutes), so every run writes to a folder of its own
and nothing is deleted until the end; run it on a machine that has not just
deleted a previous run's output.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATE = "2026-03-01"


def make_list(path: Path, n: int) -> Path:
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "make_recipients.py"),
            "--n",
            str(n),
            "-o",
            str(path),
        ],
        check=True,
        capture_output=True,
    )
    return path


# -- plain docxtpl ------------------------------------------------------------------------


def docxtpl_loop(list_path: Path, sample: int, outdir: Path) -> tuple[float, float]:
    """Documents per second and per CPU-second of the plain docxtpl loop."""
    from docxtpl import DocxTemplate

    from leadocs.documents.build import choose_language
    from leadocs.documents.context import loi_context
    from leadocs.documents.subject import ContextOptions, DocumentSubject
    from leadocs.formats.files import builtin_network
    from leadocs.mailing.sources.recipients import load_recipients
    from leadocs.render.environment import build_environment

    network = builtin_network()
    recipients = load_recipients(list_path, network)[:sample]
    template = ROOT / "templates" / "loi.docx"
    today = dt.date.fromisoformat(DATE)
    outdir.mkdir(parents=True, exist_ok=True)
    started, cpu = time.perf_counter(), time.process_time()
    for index, recipient in enumerate(recipients):
        organisation = recipient.organisation
        lang = choose_language(None, organisation.language, network.language)
        context = loi_context(
            DocumentSubject(network, organisation=organisation), ContextOptions(lang, today)
        )
        document = DocxTemplate(str(template))
        document.render(context, jinja_env=build_environment(), autoescape=True)
        document.save(str(outdir / f"loi-{index}.docx"))
    count = len(recipients)
    return count / (time.perf_counter() - started), count / (time.process_time() - cpu)


# -- leadocs batch under a watcher --------------------------------------------------------


def _tree(root: int) -> list[int]:
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        try:
            todo.extend(
                int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            )
        except OSError:
            continue
    return found


def _memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB; zeros when it is gone."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    values = {}
    for line in text.splitlines():
        name, _, rest = line.partition(":")
        if name in ("Rss", "Pss"):
            values[name] = int(rest.split()[0])
    return values.get("Rss", 0), values.get("Pss", 0)


def watch(command: list[str]) -> dict[str, Any]:
    """Run ``command``; wall time, exit status, getrusage peaks and sampled tree peaks."""
    peaks = {"tree_rss_kib": 0, "tree_pss_kib": 0}
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            sizes = [_memory(pid) for pid in _tree(process.pid)]
            peaks["tree_rss_kib"] = max(peaks["tree_rss_kib"], sum(s[0] for s in sizes))
            peaks["tree_pss_kib"] = max(peaks["tree_pss_kib"], sum(s[1] for s in sizes))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _out, err = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "seconds": seconds,
        "returncode": process.returncode,
        "stderr": err.decode("utf-8", "replace")[-2000:],
        # Linux: KiB. The command itself and its workers are all waited-for descendants.
        "max_process_rss_kib": children.ru_maxrss,
        "cpu_seconds": children.ru_utime + children.ru_stime,
        "system_seconds": children.ru_stime,
        **peaks,
    }


def run_batch(list_path: Path, outdir: Path, jobs: int, *extra: str) -> dict[str, Any]:
    """``leadocs batch`` in a fresh watcher process (so that its getrusage is this batch's)."""
    command = [
        sys.executable,
        "-m",
        "leadocs",
        "batch",
        "loi",
        str(list_path),
        "-o",
        str(outdir),
        "--date",
        DATE,
        "--jobs",
        str(jobs),
        *extra,
    ]
    watcher = subprocess.run(
        [sys.executable, __file__, "--watch", json.dumps(command)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(watcher.stdout)
    if result["returncode"] != 0:
        raise SystemExit(f"leadocs batch failed:\n{result['stderr']}")
    return result


# -- report -------------------------------------------------------------------------------


def mib(kib: int) -> str:
    return f"{kib / 1024:,.0f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="recipients in the big batch")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="batch workers")
    parser.add_argument("--sample", type=int, default=300, help="docxtpl documents to time")
    parser.add_argument("--skip-eml", action="store_true", help="do not time the --eml batch")
    parser.add_argument("--rounds", type=int, default=3, help="repeat, keep the best")
    parser.add_argument("--watch", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.watch:
        print(json.dumps(watch(json.loads(args.watch))))
        return 0
    with tempfile.TemporaryDirectory(prefix="leadocs-bench-") as folder:
        return bench(Path(folder), args)


def bench(folder: Path, args: argparse.Namespace) -> int:
    print(
        f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; "
        f"N = {args.n:,}, --jobs {args.jobs}, best of {args.rounds} rounds",
        flush=True,
    )
    big = make_list(folder / "big.xlsx", args.n)
    small = make_list(folder / "small.xlsx", 100)
    plain, plain_cpu, batch, hundred, eml = 0.0, 0.0, None, None, None
    # Every run writes to a folder of its own, and nothing is deleted before the end:
    # ext4 will not reuse an inode deleted in the last minutes, and creating files
    # while it skips the thousands a previous round just freed is several times slower.
    for number in range(args.rounds):
        out = folder / f"round-{number + 1}"
        rate, per_cpu = docxtpl_loop(big, args.sample, out / "docxtpl")
        if rate > plain:
            plain, plain_cpu = rate, per_cpu
        hundred = _best(
            hundred, run_batch(small, out / "out-100", args.jobs), "max_process_rss_kib"
        )
        batch = _best(batch, run_batch(big, out / "out", args.jobs), "seconds")
        if not args.skip_eml:
            eml = _best(eml, run_batch(big, out / "out-eml", args.jobs, "--eml"), "seconds")
    assert batch is not None and hundred is not None
    rate = args.n / batch["seconds"]
    print(
        f"plain docxtpl loop:  {plain:8.1f} docs/s  ({args.sample} documents, one process; "
        f"{plain_cpu:.1f} docs per CPU-second)"
    )
    print(
        f"leadocs batch:       {rate:8.1f} docs/s  ({args.n:,} documents in "
        f"{batch['seconds']:.2f} s, whole command; {args.n / batch['cpu_seconds']:.0f} docs "
        f"per CPU-second; {batch['system_seconds']:.1f} s of CPU in the kernel)"
    )
    print(
        f"ratio:               {rate / plain:8.1f} x  (per CPU-second: "
        f"{args.n / batch['cpu_seconds'] / plain_cpu:.1f} x)"
    )
    print(f"peak memory                100 recipients   {args.n:,} recipients   ratio")
    for key, label in (
        ("max_process_rss_kib", "largest process (RSS)"),
        ("tree_rss_kib", "process tree (RSS sum)"),
        ("tree_pss_kib", "process tree (PSS sum)"),
    ):
        ratio = batch[key] / hundred[key] if hundred[key] else float("nan")
        print(f"  {label:<24} {mib(hundred[key]):>14}   {mib(batch[key]):>14}   {ratio:5.2f}")
    if eml is not None:
        print(
            f"leadocs batch --eml: {args.n / eml['seconds']:8.1f} docs/s  ({args.n:,} documents "
            f"and .eml files in {eml['seconds']:.2f} s; {args.n / eml['cpu_seconds']:.0f} per "
            "CPU-second)"
        )
        print(
            f"                       ({eml['system_seconds']:.1f} s of CPU in the kernel, mostly "
            "creating two files per recipient)"
        )
    print(f"load average after:  {os.getloadavg()[0]:.2f}")
    return 0


def _best(best: dict[str, Any] | None, new: dict[str, Any], key: str) -> dict[str, Any]:
    """The run with the smaller ``key``: shared machines only ever make things slower."""
    return new if best is None or new[key] < best[key] else best


if __name__ == "__main__":
    sys.exit(main())
