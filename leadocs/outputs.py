"""Writing outputs: safe file names, no silent overwrite, atomic replacement.

Every file leadocs writes goes through :func:`write_atomic`: the bytes go to a
temporary file in the target's folder, are flushed to disk, and the temporary
file is renamed over the target in one step. A crash, a full disk or Ctrl-C
leaves either the old file or the new one, never half of either.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import NoReturn

from leadocs.errors import OutputError

__all__ = [
    "check_writable",
    "is_folder",
    "make_folder",
    "replace_file",
    "safe_name",
    "write_atomic",
]

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_SPACES = re.compile(r"[\s_]+")
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)
}
MAX_NAME_BYTES = 180
"""Most UTF-8 bytes of a name without its extension. File systems allow 255 bytes;
the rest is for the extension, a clash number and the ``.NAME.XXXXXXXX.part``
form the name takes while it is written."""
_ELLIPSIS = "…"
_KEPT_TAIL = 3
"""A shortened name keeps 1/3 of its room for its end, where ``--name`` patterns
put what tells files apart (an id, a row, a country)."""


def safe_name(text: str, fallback: str = "document") -> str:
    """A file name (without extension) that is safe on Windows, macOS and Linux.

    Path separators, ``..``, reserved characters and names, control characters
    and trailing dots are removed; letters such as ä, ł or Greek are kept. A
    name longer than :data:`MAX_NAME_BYTES` in UTF-8 keeps its start and its
    end, joined by "…", so that names differing only at the end stay apart.
    """
    name = unicodedata.normalize("NFC", text)
    name = _UNSAFE.sub("-", name)
    name = _SPACES.sub("-", name).replace("..", ".")
    name = re.sub(r"-{2,}", "-", name).strip(" .-")
    if name.split(".")[0].upper() in _WINDOWS_RESERVED:
        name = f"{name}-file"
    return _shorten(name).strip(" .-") or fallback


def _shorten(name: str) -> str:
    raw = name.encode("utf-8")
    if len(raw) <= MAX_NAME_BYTES:
        return name
    room = MAX_NAME_BYTES - len(_ELLIPSIS.encode("utf-8"))
    tail = raw[len(raw) - room // _KEPT_TAIL :].decode("utf-8", "ignore")
    head = raw[: room - len(tail.encode("utf-8"))].decode("utf-8", "ignore")
    return head.rstrip(" .-") + _ELLIPSIS + tail.lstrip(" .-")


def is_folder(path: Path) -> bool:
    """Whether ``path`` is a folder; False for a name the file system cannot even look up."""
    try:
        return path.is_dir()
    except OSError:  # too long, a loop of links: check_writable says why
        return False


def check_writable(target: Path, *, force: bool, new_folder: bool = False) -> None:
    """Raise :class:`OutputError` if ``target`` exists (without ``force``) or cannot be made.

    With ``new_folder``, a missing folder of ``target`` is fine: the caller creates it
    (with :func:`make_folder`) just before writing; no part of it may be a file.
    """
    try:
        is_dir, exists, parent_is_dir = target.is_dir(), target.exists(), target.parent.is_dir()
    except OSError as exc:  # a name too long for the file system, a loop of links
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    if is_dir:
        raise OutputError(f"{target} is a folder; give a file name with -o")
    if exists and not force:
        raise OutputError(f"{target} already exists", hint="use --force to overwrite it")
    if new_folder and not parent_is_dir:
        existing = next(p for p in target.parents if p.exists() or p == p.parent)
        if existing.is_dir():
            return
        raise OutputError(f"cannot make the folder {target.parent}: {existing} is a file")
    if not parent_is_dir:
        raise OutputError(f"folder {target.parent} does not exist", hint="create it first")


def make_folder(folder: Path) -> None:
    """Create ``folder`` and its parents as needed; :class:`OutputError` if that fails."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot make the folder {folder}: {exc.strerror or exc}") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(target: Path, data: bytes, *, force: bool = False, durable: bool = True) -> Path:
    """Write ``data`` to ``target`` atomically; refuse to overwrite unless ``force``.

    ``durable=False`` skips the fsync: the replacement is still atomic (a killed
    process leaves the old file or the new one), but a power cut may lose the
    new one. Batches use it and check their files' size and mtime on the next run.
    """
    check_writable(target, force=force)
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as exc:  # a read-only folder, a name too long for the file system
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    temp = Path(temp_name)
    try:
        # mkstemp makes private files; give the document the permissions of any new file.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if not force and target.exists():
            raise OutputError(f"{target} already exists", hint="use --force to overwrite it")
        temp.replace(target)
    except BaseException as exc:
        _discard(temp, target, exc)
    return target


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


def replace_file(target: Path, data: bytes, scratch: Path | None = None) -> os.stat_result:
    """Put ``data`` at ``target`` atomically, replacing what is there; return the new file's stat.

    The batch's writer, for thousands of files a run: the caller has already
    decided that ``target`` may be replaced, so nothing is checked, and the file
    is not fsynced (see ``durable`` of :func:`write_atomic`). Like
    :func:`write_atomic`, the bytes go to ``.<name>.<id>.part`` and are renamed
    over the target, and a new file gets the permissions of any new file
    (``0o666`` less the umask); five system calls in all.

    Args:
        target: the file to write.
        data: its bytes.
        scratch: the folder for the ``.part`` file (default: the target's); it
            must be on the target's file system. Processes writing into one
            folder at once each use a scratch folder of their own: creating a
            file holds its folder's lock, and the others would wait spinning.

    Raises:
        OutputError: the file cannot be written (full disk, no permission).
    """
    temp = (scratch or target.parent) / f".{target.name}.{os.getpid()}.part"
    try:
        try:
            fd = os.open(temp, _NEW_FILE, 0o666)
        except FileExistsError:  # left by a killed process that had our pid
            temp.unlink()
            fd = os.open(temp, _NEW_FILE, 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            stat = os.fstat(fd)
        finally:
            os.close(fd)
        temp.replace(target)
    except BaseException as exc:  # also Ctrl-C in a one-process batch
        _discard(temp, target, exc)
    return stat


def _discard(temp: Path, target: Path, exc: BaseException) -> NoReturn:
    """Delete the half-written ``temp``; raise an OS error as OutputError, anything else as is."""
    with contextlib.suppress(OSError):
        temp.unlink()
    if isinstance(exc, OSError):
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    raise exc
