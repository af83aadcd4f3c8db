"""A ``batch --pdf`` stopped by a signal leaves no LibreOffice, no partial file, no profile.

Each test runs ``python -m leadocs batch ... --pdf`` as a process of its own,
with ``TMPDIR`` pointing at a folder of the test (LibreOffice profiles go
there) and a marker in its environment, which every process it starts
inherits: a scan of ``/proc`` then finds every process that is ours, even one
that was re-parented to init when the batch ended.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from leadocs.mailing.manifest import MANIFEST_NAME
from tests.helpers import ROOT
from tests.helpers.soffice_required import require_soffice

pytestmark = [
    pytest.mark.soffice,
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
]

DATE = "2026-03-01"
RECIPIENTS = 160
"""Enough that the signal comes while LibreOffice is busy, even on a machine under load."""


def marked_processes(marker: str) -> dict[int, str]:
    """Live processes (pid: command line) whose environment carries ``marker``."""
    needle = f"LEADOCS_TEST_RUN={marker}".encode()
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if needle in environ.split(b"\0") and state != "Z":
            found[int(entry.name)] = command.decode(errors="replace")
    return found


def started_at(pid: int) -> int:
    """When process ``pid`` started, in clock ticks since boot (0 if it is gone)."""
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return 0


def ticks_now() -> int:
    """Clock ticks since boot, the unit of :func:`started_at`."""
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    return int(uptime * os.sysconf("SC_CLK_TCK"))


def libreoffice(processes: dict[int, str]) -> set[int]:
    """The pids of LibreOffice (and its UNO bridge) among ``processes``."""
    kinds = ("soffice", "oosplash", "_uno_bridge")
    return {pid for pid, command in processes.items() if any(k in command for k in kinds)}


def big_list(folder: Path, n: int) -> Path:
    path = folder / "list.csv"
    script = ROOT / "benchmarks" / "make_recipients.py"
    subprocess.run(
        [sys.executable, str(script), "--n", str(n), "-o", str(path)],
        check=True,
        capture_output=True,
    )
    return path


def converted_keys(out: Path) -> set[str]:
    with sqlite3.connect(out / MANIFEST_NAME) as db:
        return {key for (key,) in db.execute("SELECT key FROM conversions")}


class Batch:
    """One ``leadocs batch loi LIST -o out --pdf`` process, marked and with its own TMPDIR."""

    def __init__(self, tmp_path: Path, recipients: Path) -> None:
        self.marker = uuid.uuid4().hex
        self.temp = tmp_path / "tmp"
        self.temp.mkdir(exist_ok=True)
        self.out = tmp_path / "out"
        env = dict(
            os.environ,
            TMPDIR=str(self.temp),
            LEADOCS_TEST_RUN=self.marker,
            PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        )
        command = [sys.executable, "-m", "leadocs", "batch", "loi", str(recipients)]
        self.process = subprocess.Popen(
            [*command, "-o", str(self.out), "--date", DATE, "--pdf", "-j", "2"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # a group of its own, like a job in a terminal
        )

    def wait_for_pdfs(self) -> set[int]:
        """Wait until LibreOffice has written a first PDF; return LibreOffice's pids then."""
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"the batch ended before the signal: {self.stderr()}")
            if self.out.is_dir() and any(self.out.glob("*.pdf")):
                return libreoffice(marked_processes(self.marker))
            time.sleep(0.02)
        pytest.fail("no PDF in three minutes")

    def stop(self, signum: int, *, group: bool) -> set[int]:
        """Send ``signum``, wait for the batch to end; return LibreOffice pids started after."""
        sent = ticks_now()
        if self.process.poll() is not None or not any(self.out.glob("*.pdf")):
            pytest.fail(f"the batch was not converting when the signal was due: {self.stderr()}")
        if group:  # what Ctrl-C in a terminal does
            os.killpg(self.process.pid, signum)
        else:  # what kill PID or a service manager does
            os.kill(self.process.pid, signum)
        seen: dict[int, int] = {}  # pid: start time, read while it lives
        deadline = time.monotonic() + 60
        while self.process.poll() is None and time.monotonic() < deadline:
            for pid in libreoffice(marked_processes(self.marker)) - seen.keys():
                seen[pid] = started_at(pid)
            time.sleep(0.01)
        if self.process.poll() is None:
            self.process.kill()
            pytest.fail("the batch did not stop within a minute of the signal")
        return {pid for pid, start in seen.items() if start > sent + 1}  # a tick of leeway

    def stderr(self) -> str:
        assert self.process.stderr is not None
        return self.process.stderr.read().decode(errors="replace")

    def survivors(self) -> dict[int, str]:
        """Our processes still alive a few seconds after the batch ended."""
        deadline = time.monotonic() + 5
        while (left := marked_processes(self.marker)) and time.monotonic() < deadline:
            time.sleep(0.05)
        return left


@pytest.mark.parametrize(
    ("signum", "group"),
    [(signal.SIGINT, True), (signal.SIGTERM, False), (signal.SIGHUP, False)],
    ids=["SIGINT-ctrl-c", "SIGTERM", "SIGHUP"],
)
def test_a_signal_stops_libreoffice_and_cleans_up(
    tmp_path: Path, signum: signal.Signals, group: bool
) -> None:
    require_soffice()
    batch = Batch(tmp_path, big_list(tmp_path, RECIPIENTS))
    assert batch.wait_for_pdfs(), "no LibreOffice found while converting"
    restarted = batch.stop(signum, group=group)
    stderr = batch.stderr()
    assert batch.process.returncode == 128 + signum, stderr
    assert "stopping" in stderr and "Traceback" not in stderr, stderr
    assert not restarted, "LibreOffice was started again after the signal"
    assert batch.survivors() == {}
    assert not list(batch.out.rglob("*.part")) and not list(batch.out.glob(".leadocs-*"))
    assert list(batch.temp.iterdir()) == [], "a LibreOffice profile or temp file was left"
    pipes = Path("/tmp").glob(f"OSL_PIPE_{os.getuid()}_leadocs_{batch.process.pid}_*")
    assert not list(pipes), "LibreOffice's pipe was left in /tmp"


def test_pdfs_finished_before_ctrl_c_are_kept_on_resume(tmp_path: Path) -> None:
    require_soffice()
    recipients = big_list(tmp_path, RECIPIENTS)
    batch = Batch(tmp_path, recipients)
    batch.wait_for_pdfs()
    batch.stop(signal.SIGINT, group=True)
    assert batch.process.returncode == 130, batch.stderr()
    on_disk = {path.stem for path in batch.out.glob("*.pdf")}
    assert on_disk, "no PDF was finished before the Ctrl-C"
    recorded = converted_keys(batch.out)
    # Every PDF that is in place is recorded, so a re-run keeps it.
    assert len(recorded) == len(on_disk), batch.stderr()
    again = subprocess.run(
        [sys.executable, "-m", "leadocs", "batch", "loi", str(recipients), "-o", str(batch.out)]
        + ["--date", DATE, "--pdf", "-j", "2"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert again.returncode == 0, again.stderr
    assert f"PDFs: converted {RECIPIENTS - len(on_disk)}, kept {len(on_disk)}," in again.stderr


def test_libreoffice_ends_with_a_batch_killed_by_sigkill(tmp_path: Path) -> None:
    require_soffice()
    batch = Batch(tmp_path, big_list(tmp_path, RECIPIENTS))
    assert batch.wait_for_pdfs()
    batch.process.kill()  # kill -9: no handler runs, no finally
    batch.process.wait()
    # Each UNO bridge sees its input end, ends its LibreOffice and removes its folder.
    deadline = time.monotonic() + 15
    while (marked_processes(batch.marker) or any(batch.temp.iterdir())) and (
        time.monotonic() < deadline
    ):
        time.sleep(0.1)
    assert marked_processes(batch.marker) == {}
    assert list(batch.temp.iterdir()) == []
