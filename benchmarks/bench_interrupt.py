"""How fast a ``batch --pdf`` stops on a signal: seconds from the signal to the exit.

    python benchmarks/bench_interrupt.py [--n 64] [--rounds 3]

For each of SIGINT (to the process group, as Ctrl-C does), SIGTERM and SIGHUP
(to the batch process, as ``kill`` or a service manager does), a batch of N
letters with ``--pdf`` is started, the signal is sent once LibreOffice has
written its first PDF, and the time until the process has exited is measured,
with how long "stopping…" took to appear. Target: under 2 s.
"""

from __future__ import annotations

import argparse
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_stop(folder: Path, recipients: Path, signum: int, group: bool) -> tuple[float, float]:
    """Seconds until "stopping" was printed, and until the process exited."""
    out = folder / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(folder))
    command = [sys.executable, "-m", "leadocs", "batch", "loi", str(recipients), "-o", str(out)]
    process = subprocess.Popen(
        [*command, "--pdf", "-j", "2"],
        cwd=folder,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    while not (out.is_dir() and any(out.glob("*.pdf"))):
        if process.poll() is not None:
            raise SystemExit("the batch ended before the signal")
        time.sleep(0.01)
    sent = time.monotonic()
    (os.killpg if group else os.kill)(process.pid, signum)
    assert process.stderr is not None
    said = None
    text = b""
    while process.poll() is None or said is None:
        ready, _, _ = select.select([process.stderr], [], [], 0.01)
        if ready:
            chunk = os.read(process.stderr.fileno(), 4096)
            text += chunk
            if said is None and b"stopping" in text:
                said = time.monotonic() - sent
            if not chunk:
                break
    process.wait()
    return (said if said is not None else float("nan")), time.monotonic() - sent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    cases = [("SIGINT (group)", signal.SIGINT, True), ("SIGTERM", signal.SIGTERM, False)]
    cases.append(("SIGHUP", signal.SIGHUP, False))
    print(f"recipients: {args.n}; machine: {os.cpu_count()} cores; {args.rounds} rounds")
    print(f"{'signal':<16}{'stopping… after':>18}{'exit after (best/worst)':>28}")
    for name, signum, group in cases:
        said, ended = [], []
        for _ in range(args.rounds):
            with tempfile.TemporaryDirectory(prefix="bench-stop-") as temp:
                folder = Path(temp)
                recipients = folder / "list.csv"
                subprocess.run(
                    [sys.executable, str(ROOT / "benchmarks" / "make_recipients.py")]
                    + ["--n", str(args.n), "-o", str(recipients)],
                    check=True,
                    capture_output=True,
                )
                first, last = one_stop(folder, recipients, signum, group)
                said.append(first)
                ended.append(last)
        spread = f"{min(ended):.2f} / {max(ended):.2f} s"
        print(f"{name:<16}{max(said):>16.2f} s{spread:>28}")


if __name__ == "__main__":
    main()
