"""The print pack of a mailing (``--merge PACK.pdf``): written, recorded, replaced by its batch.

The pack is written atomically, its folder created if need be, and recorded in
the manifest (its path, size and mtime): the next run of the batch may replace
it, but a file the batch did not write, or one changed since, needs ``force``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from leadocs.errors import OutputError
from leadocs.mailing.manifest import Manifest, snapshot

__all__ = ["check_pack", "write_pack"]


def check_pack(outdir: Path, pack: Path, *, force: bool) -> None:
    """Raise OutputError if ``pack`` is a file the batch in ``outdir`` may not replace.

    Checked before a batch starts; a missing folder is fine (it is created).
    """
    if pack.is_dir():
        raise OutputError(f"{pack} is a folder; give --merge a file name")
    if force or not pack.exists():
        return
    with snapshot(outdir) as manifest:
        if manifest is not None and _owns(manifest, pack):
            return
    raise _not_ours(pack)


def write_pack(
    manifest: Manifest,
    pack: Path,
    parts: Sequence[tuple[str, Path]],
    *,
    force: bool,
    title: str,
    author: str,
) -> None:
    """Merge ``parts`` (bookmark label, PDF) into ``pack`` and record it.

    Raises:
        OutputError: ``pack`` is a file this batch did not write (without
            ``force``), or its folder cannot be created.
        ConversionError: a part is not a PDF, or the pack cannot be written.
    """
    from leadocs.pdf import merge_pdfs

    if pack.exists() and not force and not _owns(manifest, pack):
        raise _not_ours(pack)
    try:
        pack.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the folder {pack.parent}: {exc.strerror}") from None
    merge_pdfs(parts, pack, title=title, author=author)
    stat = pack.stat()
    manifest.keep_value(_name(pack), f"{stat.st_size}:{stat.st_mtime_ns}")


def _name(pack: Path) -> str:
    return f"pack:{pack.resolve()}"


def _owns(manifest: Manifest, pack: Path) -> bool:
    """Whether the batch wrote ``pack`` and it is still as written (size and mtime)."""
    try:
        stat = pack.stat()
    except OSError:
        return False
    return manifest.value(_name(pack)) == f"{stat.st_size}:{stat.st_mtime_ns}"


def _not_ours(pack: Path) -> OutputError:
    return OutputError(
        f"{pack} already exists and this batch did not write it (or it was changed since)",
        hint="use --force to overwrite it, or choose another name",
    )
