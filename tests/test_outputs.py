"""The writers every output goes through: atomic, never half a file, ordinary permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from leadocs.errors import OutputError
from leadocs.outputs import replace_file, write_atomic


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_replace_file_writes_and_replaces_atomically(tmp_path: Path) -> None:
    target = tmp_path / "loi-Łódź.docx"
    first = replace_file(target, b"first" * 10_000)
    assert target.read_bytes() == b"first" * 10_000
    assert (first.st_size, first.st_mtime_ns) == (
        target.stat().st_size,
        target.stat().st_mtime_ns,
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~_umask()
    second = replace_file(target, b"second")
    assert target.read_bytes() == b"second" and second.st_size == 6
    assert sorted(p.name for p in tmp_path.iterdir()) == ["loi-Łódź.docx"]


def test_replace_file_reuses_a_stale_part_of_its_own_name(tmp_path: Path) -> None:
    target = tmp_path / "a.eml"
    stale = tmp_path / f".a.eml.{os.getpid()}.part"
    stale.write_bytes(b"half of an old message")
    replace_file(target, b"whole")
    assert target.read_bytes() == b"whole" and not stale.exists()


def test_replace_file_failure_leaves_the_old_file_and_no_part(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "a.docx").mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(OutputError, match=r"cannot write .*a\.docx"):
        replace_file(folder / "a.docx", b"data")
    assert sorted(p.name for p in folder.iterdir()) == ["a.docx"]
    with pytest.raises(OutputError, match="cannot write"):
        replace_file(tmp_path / "missing" / "a.docx", b"data")


def test_write_atomic_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"mine")
    with pytest.raises(OutputError, match="already exists"):
        write_atomic(target, b"theirs")
    assert target.read_bytes() == b"mine"
    write_atomic(target, b"theirs", force=True)
    assert target.read_bytes() == b"theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]
