"""The files of a batch's output folder, seen from outside the manifest.

Whether a recorded file is still as it was written, the scratch folders the
batch's processes write into before renaming files into place, and the
leftovers of writes a killed run did not finish.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leadocs.batch.manifest import OutputFile

__all__ = ["file_matches", "iter_part_files", "remove_stale_parts", "scratch_folder"]


def file_matches(outdir: Path, output: OutputFile) -> bool:
    """Whether ``output`` is still on disk as it was written (same size and mtime)."""
    try:
        stat = (outdir / output.path).stat()
    except OSError:
        return False
    return stat.st_size == output.size and stat.st_mtime_ns == output.mtime_ns


def scratch_folder(outdir: Path, pid: int) -> Path:
    """The folder where process ``pid`` of a batch writes files before renaming them into place."""
    return outdir / f".leadocs-{pid}.tmp"


def iter_part_files(outdir: Path) -> Iterator[Path]:
    """Temporary files of interrupted writes (``.NAME.XXXX.part``), beside or in scratch folders."""
    for folder in (outdir, *outdir.glob(".leadocs-*.tmp")):
        for path in folder.glob(".*.part"):
            if path.is_file():
                yield path


def remove_stale_parts(outdir: Path, ours: Callable[[str], bool]) -> int:
    """Delete the leftovers of interrupted writes of the files ``ours`` accepts; return how many.

    Scratch folders left empty are removed too.
    """
    removed = 0
    for path in iter_part_files(outdir):
        # their names are ".<target name>.<id>.part"
        target = path.name[1:].rsplit(".", 2)[0]
        if ours(target):
            try:
                path.unlink()
            except OSError:
                continue
            removed += 1
    for folder in outdir.glob(".leadocs-*.tmp"):
        with contextlib.suppress(OSError):  # not empty: something not ours is in it
            folder.rmdir()
    return removed
