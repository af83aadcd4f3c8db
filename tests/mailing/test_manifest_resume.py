"""Resuming a batch: finished documents kept, changed ones redone, nothing half-written, ever."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from leadocs.mailing.manifest import MANIFEST_NAME, Manifest
from tests.helpers import LIST, ROOT, SENDER_TEXT, rows_of, write_csv
from tests.helpers.docx_text import docx_to_text

DATE = "2026-03-01"


def state(folder: Path) -> dict[str, tuple[int, int]]:
    """inode and mtime of every document: a file that was rewritten changes both."""
    return {
        p.name: (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.suffix in (".docx", ".eml")
    }


def done_in_manifest(folder: Path) -> dict[str, str]:
    with sqlite3.connect(folder / MANIFEST_NAME) as db:
        return dict(
            db.execute(
                "SELECT r.key, o.path FROM recipients r JOIN outputs o ON o.key = r.key "
                "WHERE r.status = 'done' AND o.role = 'document'"
            )
        )


def test_rerun_skips_everything_unchanged(run, tmp_path: Path) -> None:
    first = run("batch", "loi", LIST, "-o", "out", "--date", DATE, "--eml", "--from", SENDER_TEXT)
    assert first.exit_code == 0, first.stderr
    before = state(tmp_path / "out")
    second = run("batch", "loi", LIST, "-o", "out", "--date", DATE, "--eml", "--from", SENDER_TEXT)
    assert second.exit_code == 0, second.stderr
    assert f"Written 0, skipped {len(rows_of())}, failed 0" in second.stderr
    assert state(tmp_path / "out") == before


def test_a_changed_row_rerenders_only_that_recipient(run, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", rows_of())
    assert (
        run(
            "batch", "loi", path, "-o", "out", "--date", DATE, "--eml", "--from", SENDER_TEXT
        ).exit_code
        == 0
    )
    before = state(tmp_path / "out")
    rows = rows_of()
    rows[3]["signatory.name"] = "Adam Nowak"
    write_csv(path, rows)
    result = run("batch", "loi", path, "-o", "out", "--date", DATE, "--eml", "--from", SENDER_TEXT)
    assert result.exit_code == 0, result.stderr
    assert f"Written 1, skipped {len(rows) - 1}, failed 0" in result.stderr
    after = state(tmp_path / "out")
    changed = {name for name in after if after[name] != before[name]}
    assert changed == {"loi-ŁARR.docx", "loi-ŁARR.eml"}
    assert "Adam Nowak" in docx_to_text(tmp_path / "out" / "loi-ŁARR.docx")


def test_missing_or_damaged_files_are_redone(run, tmp_path: Path) -> None:
    assert run("batch", "loi", LIST, "-o", "out", "--date", DATE).exit_code == 0
    out = tmp_path / "out"
    (out / "loi-Gent.docx").unlink()
    # what a power cut can leave of a file written without fsync: the name, not the data
    (out / "loi-Braga.docx").write_bytes(b"")
    before = state(out)
    result = run("batch", "loi", LIST, "-o", "out", "--date", DATE)
    assert result.exit_code == 0, result.stderr
    assert f"Written 2, skipped {len(rows_of()) - 2}" in result.stderr
    after = state(out)
    assert {n for n in after if after[n] != before.get(n)} == {"loi-Gent.docx", "loi-Braga.docx"}
    assert zipfile.ZipFile(out / "loi-Braga.docx").testzip() is None


def test_what_every_document_depends_on_is_in_its_hash(run, tmp_path: Path) -> None:
    assert run("batch", "loi", LIST, "-o", "out", "--date", DATE).exit_code == 0
    n = len(rows_of())
    # Tartu's letter is in Estonian already: --lang et changes the others
    for args, written in (
        (["--date", "2026-03-02"], n),
        (["--date", "2026-03-02", "--lang", "et"], n - 1),
        (["--date", "2026-03-02", "--lang", "et", "--place", "Brussels"], n),
    ):
        result = run("batch", "loi", LIST, "-o", "out", *args)
        assert f"Written {written}, skipped {n - written}" in result.stderr, args
    result = run(
        "batch",
        "loi",
        LIST,
        "-o",
        "out",
        "--date",
        "2026-03-02",
        "--lang",
        "et",
        "--place",
        "Brussels",
        "--force",
    )
    assert f"Written {n}, skipped 0" in result.stderr


def test_leftovers_of_a_killed_write_are_removed(run, tmp_path: Path) -> None:
    assert run("batch", "loi", LIST, "-o", "out", "--date", DATE).exit_code == 0
    out = tmp_path / "out"
    (out / ".loi-Gent.docx.abc123.part").write_bytes(b"half a docx")
    (out / ".notes.txt.xyz.part").write_bytes(b"not ours")
    scratch = out / ".leadocs-99999.tmp"  # a killed worker's scratch folder
    scratch.mkdir()
    (scratch / ".loi-Gent.docx.99999.part").write_bytes(b"half a docx")
    assert run("batch", "loi", LIST, "-o", "out", "--date", DATE).exit_code == 0
    assert sorted(p.name for p in out.glob(".*.part")) == [".notes.txt.xyz.part"]
    assert not scratch.exists()


def test_one_batch_at_a_time_per_folder(run, tmp_path: Path) -> None:
    assert run("batch", "loi", LIST, "-o", "out", "--only", "gent").exit_code == 0
    with Manifest.open(tmp_path / "out", lock=True):
        result = run("batch", "loi", LIST, "-o", "out")
    assert result.exit_code == 1
    assert "another leadocs batch or send is working in" in result.stderr


def _big_list(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "big.csv"
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


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def _start(tmp_path: Path, big: Path) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-m",
        "leadocs",
        "batch",
        "loi",
        str(big),
        "-o",
        str(tmp_path / "out"),
        "--date",
        DATE,
        "-j",
        "2",
    ]
    return subprocess.Popen(
        command,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _wait_for_documents(process: subprocess.Popen[bytes], folder: Path, count: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the batch ended before it could be stopped: {process.stderr.read()!r}")  # type: ignore[union-attr]
        if folder.is_dir() and sum(1 for _ in folder.glob("*.docx")) >= count:
            return
        time.sleep(0.01)
    pytest.fail("the batch wrote nothing in two minutes")


def _check_complete(folder: Path, n: int) -> None:
    documents = sorted(folder.glob("*.docx"))
    assert len(documents) == n
    _assert_no_leftovers(folder)
    for path in documents:
        assert zipfile.ZipFile(path).testzip() is None, path
    for path in documents[:: max(1, n // 25)]:
        assert "school district" in docx_to_text(path)
    assert len(done_in_manifest(folder)) == n


def _assert_no_leftovers(folder: Path) -> None:
    """No partial file anywhere, and no scratch folder of a batch process."""
    assert not list(folder.rglob("*.part")) and not list(folder.glob(".leadocs-*"))


def _rerun(tmp_path: Path, big: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """``leadocs batch loi`` again on the same list and folder, as a user would."""
    command = [sys.executable, "-m", "leadocs", "batch", "loi", str(big), "-o", str(out)]
    return subprocess.run(
        [*command, "--date", DATE, *extra],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc and SIGKILL")
def test_kill_minus_nine_half_way_then_resume(tmp_path: Path) -> None:
    n = 2000
    big = _big_list(tmp_path, n)
    out = tmp_path / "out"
    process = _start(tmp_path, big)
    _wait_for_documents(process, out, n // 4)
    workers = _children(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert workers, "the batch had no worker processes"
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers), "workers outlived the killed batch"
    finished = done_in_manifest(out)
    assert 0 < len(finished) < n, len(finished)
    kept = {key: (out / name).stat() for key, name in finished.items()}
    rerun = _rerun(tmp_path, big, out, "-j", "2")
    assert rerun.returncode == 0, rerun.stderr
    assert f"skipped {len(finished):,}" in rerun.stderr
    _check_complete(out, n)
    for key, name in finished.items():
        now = (out / name).stat()
        assert (now.st_ino, now.st_mtime_ns) == (kept[key].st_ino, kept[key].st_mtime_ns), key


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses process groups")
@pytest.mark.parametrize(
    ("signum", "group"),
    [(signal.SIGINT, True), (signal.SIGTERM, False), (signal.SIGHUP, False)],
    ids=["SIGINT-ctrl-c", "SIGTERM", "SIGHUP"],
)
def test_a_stop_signal_stops_cleanly_then_resume(
    tmp_path: Path, signum: signal.Signals, group: bool
) -> None:
    n = 600
    big = _big_list(tmp_path, n)
    out = tmp_path / "out"
    process = _start(tmp_path, big)
    _wait_for_documents(process, out, 60)
    workers = _children(process.pid)
    if group:  # what Ctrl-C does: the whole foreground group
        os.killpg(process.pid, signum)
    else:  # kill PID, a service manager, a closed terminal's shell
        os.kill(process.pid, signum)
    _stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signum, stderr
    assert b"stopping" in stderr and b"Interrupted" in stderr and b"Traceback" not in stderr
    assert not any(_alive(w) for w in workers), "a worker outlived the batch"
    _assert_no_leftovers(out)
    finished = done_in_manifest(out)
    rerun = _rerun(tmp_path, big, out)
    assert rerun.returncode == 0, rerun.stderr
    assert f"skipped {len(finished):,}" in rerun.stderr
    _check_complete(out, n)


def test_a_full_disk_stops_cleanly_and_a_rerun_finishes(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import types

    from leadocs import outputs

    big, n = _big_list(tmp_path, 40), 40
    writes = {"left": 25}

    def write(fd: int, data: bytes) -> int:
        writes["left"] -= 1
        if writes["left"] < 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        return os.write(fd, data)

    # The documents' writes fail from the 26th on, as on a disk that filled up.
    with monkeypatch.context() as patch:
        patch.setattr(outputs, "os", types.SimpleNamespace(**{**vars(os), "write": write}))
        full = run(
            "batch",
            "loi",
            big,
            "-o",
            "out",
            "--date",
            DATE,
            "--jobs",
            "1",
            "--eml",
            "--from",
            SENDER_TEXT,
        )
    assert full.exit_code == 1, full.stderr
    assert "No space left on device" in full.stderr and "Traceback" not in full.stderr
    out = tmp_path / "out"
    _assert_no_leftovers(out)
    finished = done_in_manifest(out)
    assert 0 < len(finished) < n
    for name in finished.values():
        assert zipfile.ZipFile(out / name).testzip() is None
    kept = {name: stamp for name, stamp in state(out).items() if name in finished.values()}
    again = run(
        "batch",
        "loi",
        big,
        "-o",
        "out",
        "--date",
        DATE,
        "--jobs",
        "1",
        "--eml",
        "--from",
        SENDER_TEXT,
    )
    assert again.exit_code == 0, again.stderr
    assert f"Written {n - len(finished)}, skipped {len(finished)}" in again.stderr
    assert {name: state(out)[name] for name in kept} == kept
    _check_complete(out, n)


def test_a_full_disk_while_recording_progress_is_an_output_error(tmp_path: Path) -> None:
    from leadocs.errors import OutputError

    class FullDisk:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def execute(self, sql: str, *args: object) -> object:
            if sql == "COMMIT":
                raise sqlite3.OperationalError("database or disk is full")
            return self.db.execute(sql, *args)

        def executemany(self, sql: str, rows: object) -> object:
            return self.db.executemany(sql, rows)  # type: ignore[arg-type]

    with Manifest.open(tmp_path, lock=True) as manifest:
        real = manifest._db
        manifest._db = FullDisk(real)  # type: ignore[assignment]
        with pytest.raises(
            OutputError, match="cannot record progress in .*database or disk is full"
        ):
            manifest.mark_failed("k", "boom")
        manifest._db = real
        assert manifest.record("k") is None  # rolled back
