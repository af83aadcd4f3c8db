"""The files of a batch's output folder, seen from outside the manifest.

Whether a recorded file is still as it was written, the scratch folders the
batch's processes write into before renaming files into place, and the
leftovers of writes a killed run did not finish.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from leadocs.errors import OutputError

__all__ = [
    "refuse_links",
    "OutputFile",
    "file_matches",
    "iter_part_files",
    "refuse_foreign",
    "remove_stale_parts",
    "scratch_folder",
]


@dataclass(frozen=True)
class OutputFile:
    """One file written for a recipient; ``role`` is ``document``, ``eml`` or ``pdf``."""

    role: str
    path: str
    """Relative to the output folder."""
    sha256: str | None = None
    size: int | None = None
    mtime_ns: int | None = None


def file_matches(outdir: Path, output: OutputFile) -> bool:
    """Whether ``output`` is still on disk as it was written (same size and mtime)."""
    try:
        stat = (outdir / output.path).stat()
    except OSError:
        return False
    return stat.st_size == output.size and stat.st_mtime_ns == output.mtime_ns


def refuse_foreign(outdir: Path, names: Sequence[str], what: str = "files") -> None:
    """Raise :class:`OutputError` if ``names`` (files in ``outdir`` no batch of it wrote) exist.

    Args:
        outdir: the output folder.
        names: the files a batch would overwrite without owning them.
        what: what they are, for the message ("files", "PDFs").
    """
    if not names:
        return
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    raise OutputError(
        f"{outdir} already has {what} this batch did not write: {shown}",
        hint="use --force to overwrite them, or choose another -o folder",
    )


_FORM_COPY = (
    ".fields.docx"  # leadocs.pdf.forms.COPY_SUFFIX (not imported: no LibreOffice code here)
)


def scratch_folder(outdir: Path, pid: int) -> Path:
    """The folder where process ``pid`` of a batch writes files before renaming them into place."""
    return outdir / f".leadocs-{pid}.tmp"


def _hidden(folder: Path) -> list[os.DirEntry[str]]:
    # One listing of a folder of thousands of documents; only dot-names matter here.
    with os.scandir(folder) as entries:
        return [entry for entry in entries if entry.name.startswith(".")]


def _scratch_folders(hidden: list[os.DirEntry[str]]) -> list[Path]:
    return [
        Path(entry.path)
        for entry in hidden
        if entry.name.startswith(".leadocs-") and entry.name.endswith(".tmp") and entry.is_dir()
    ]


def iter_part_files(outdir: Path) -> Iterator[Path]:
    """Temporary files of interrupted writes (``.NAME.XXXX.part``), beside or in scratch folders."""
    hidden = _hidden(outdir)
    for folder in (None, *_scratch_folders(hidden)):
        for entry in hidden if folder is None else _hidden(folder):
            if entry.name.endswith(".part") and entry.is_file():
                yield Path(entry.path)


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
    for folder in _scratch_folders(_hidden(outdir)):
        for entry in _hidden(folder):  # copies PDF conversion marks up (leadocs.pdf.forms)
            if entry.name.endswith(_FORM_COPY) and entry.is_file():
                with contextlib.suppress(OSError):
                    Path(entry.path).unlink()
        with contextlib.suppress(OSError):  # not empty: something not ours is in it
            folder.rmdir()
    return removed


def refuse_links(path: Path) -> None:
    """Raise :class:`OutputError` if the manifest ``path`` (or its journal) is a symbolic link.

    SQLite would follow it and create or change a database outside the output
    folder, wherever the link points.
    """
    for candidate in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
        if candidate.is_symlink():
            raise OutputError(
                f"{candidate} is a symbolic link; a batch's manifest must be a file of its own",
                hint="delete the link, or choose another -o folder",
            )
