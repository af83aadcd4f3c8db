"""One warm LibreOffice: an ``soffice`` process plus the UNO bridge script that drives it.

Why a bridge script and not ``unoserver``: the interpreter that can ``import uno``
is LibreOffice's Python (``/usr/bin/python3`` with ``python3-uno`` on Debian), not
the one leadocs runs in, and installing unoserver into the system Python is
against Debian's rules (PEP 668). unoserver would also add an XML-RPC hop per
document and start ``soffice`` itself, out of our reach when it has to be killed.
The bridge (``_uno_bridge.py``, standard library only) runs under the UNO Python
and speaks JSON lines on stdin/stdout, like Carbone's ``converter.py``.

Each worker owns one temporary folder holding its LibreOffice profile (one per
process, or they fight over it), LibreOffice's ``TMPDIR`` and the PDFs it writes.
LibreOffice and the bridge each run in a session of their own, so that killing
the session's process group takes ``oosplash`` and ``soffice.bin`` down together;
every live group is recorded here so that ``atexit`` and a handler of the stop
signals (:func:`install_signal_cleanup`) can kill them if the program ends
without closing its pool. A worker that was halted or closed never starts
again, so a thread of a stopping pool cannot bring LibreOffice back. If the
program is killed outright (``kill -9``), the bridge sees its input end and
ends its LibreOffice and folder itself.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import itertools
import json
import os
import queue
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import uuid
from pathlib import Path
from types import FrameType
from typing import IO, Any

__all__ = ["Worker", "WorkerFailure", "install_signal_cleanup", "kill_all"]

BRIDGE = Path(__file__).with_name("_uno_bridge.py")

# Settings written into every fresh profile: no autosave, crash recovery or
# first-run work in processes that are thrown away anyway.
_REGISTRY = (
    ("/org.openoffice.Office.Recovery/AutoSave", "Enabled", "false"),
    ("/org.openoffice.Office.Recovery/RecoveryInfo", "Enabled", "false"),
    ("/org.openoffice.Office.Common/Save/Document", "AutoSave", "false"),
    ("/org.openoffice.Office.Common/Misc", "FirstRun", "false"),
    ("/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", "false"),
    ("/org.openoffice.Office.Common/Misc", "UseOpenCL", "false"),
    ("/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "3"),
    ("/org.openoffice.Office.Linguistic/SpellChecking", "IsSpellAuto", "false"),
    ("/org.openoffice.Office.Common/History", "PickListSize", "0"),
)

_lock = threading.RLock()  # re-entrant: a signal handler may run while the main thread holds it
_live: set[Worker] = set()  # workers owning processes or a folder, for the last-resort cleanup
_counter = itertools.count(1)


class WorkerFailure(Exception):
    """The worker (not the document) broke: it crashed, hung or never started."""


def kill_all() -> None:
    """Kill every LibreOffice this process started and remove its folders (atexit, signals).

    A forked child inherits the list but not the processes: it leaves them alone.
    """
    with _lock:
        workers = [worker for worker in _live if worker.owner == os.getpid()]
    for worker in workers:
        worker.close(grace=0)


atexit.register(kill_all)


def _on_signal(signum: int, _frame: FrameType | None) -> None:
    # The default action would end the process at once, and no clean-up would run.
    # In a forked child the lock may have been copied while held: take it only in the
    # process that installed the handler, which is the one that owns LibreOffice workers.
    if os.getpid() == _installed_in.get(signum):
        kill_all()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


_installed_in: dict[int, int] = {}
_STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


def install_signal_cleanup() -> None:
    """Make SIGTERM, SIGINT and SIGHUP stop this process's LibreOffice (main thread only).

    Only signals left to their default action are taken over: that action ends
    the process at once, so our handler first kills every worker, then lets it
    happen. A signal with a handler of its own is left to it: Python's Ctrl-C
    handler and the CLI's raise an exception, which unwinds through the pools,
    and they stop their workers on the way out; a handler that ignores the
    signal means the program goes on. Called again, it does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        return
    for signum in _STOP_SIGNALS:
        if signal.getsignal(signum) == signal.SIG_DFL:
            _installed_in[signum] = os.getpid()
            signal.signal(signum, _on_signal)


def _profile_xcu() -> str:
    items = "\n".join(
        f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse">'
        f"<value>{value}</value></prop></item>"
        for path, name, value in _REGISTRY
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry"'
        ' xmlns:xs="http://www.w3.org/2001/XMLSchema"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        f"{items}\n</oor:items>\n"
    )


def _kill_group(process: subprocess.Popen[bytes] | None) -> None:
    if process is None:
        return
    with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)


class Worker:
    """One LibreOffice process and its bridge; not thread-safe (one pool thread owns it)."""

    def __init__(self, soffice: Path, python: str, *, start_timeout: float = 60.0) -> None:
        self.soffice = soffice
        self.python = python
        self.start_timeout = start_timeout
        self.documents = 0  # converted since the last start, for restart_after
        self.owner = os.getpid()  # the process whose children LibreOffice and the bridge are
        self.folder: Path | None = None
        self._office: subprocess.Popen[bytes] | None = None
        self._bridge: subprocess.Popen[bytes] | None = None
        self._lines: queue.Queue[bytes | None] = queue.Queue()
        self._pipe = ""
        self._scratch = itertools.count(1)
        self._halted = False
        # Held while processes are launched, so that halt() from another thread (or a
        # signal handler) either sees them and kills them, or keeps them from starting.
        self._launching = threading.RLock()

    @property
    def running(self) -> bool:
        """Whether LibreOffice and the bridge are both up."""
        return (
            self._office is not None
            and self._office.poll() is None
            and self._bridge is not None
            and self._bridge.poll() is None
        )

    @property
    def pipe(self) -> str:
        """The name of the pipe LibreOffice listens on; it appears in both command lines."""
        return self._pipe

    @property
    def office_pid(self) -> int | None:
        """The pid of the ``soffice`` process (group leader), for tests and reports."""
        return None if self._office is None else self._office.pid

    def scratch(self, suffix: str = ".pdf") -> Path:
        """A fresh file name in this worker's folder, for LibreOffice to write into."""
        assert self.folder is not None, "worker not started"
        return self.folder / "out" / f"{next(self._scratch)}{suffix}"

    def start(self, *, fresh_profile: bool = False) -> None:
        """Start LibreOffice and the bridge and wait until they answer.

        Args:
            fresh_profile: throw the old profile away (after a crash or hang); a
                planned restart keeps it, which saves LibreOffice a second of set-up.

        Raises:
            WorkerFailure: LibreOffice or the bridge did not come up in time.
        """
        self.stop()
        with self._launching:
            if self._halted:
                raise WorkerFailure("stopped")
            self._prepare_folder(fresh_profile)
            self._pipe = f"leadocs_{os.getpid()}_{next(_counter)}_{uuid.uuid4().hex[:8]}"
            try:
                self._launch()
            except OSError as exc:
                self.kill()
                raise WorkerFailure(f"LibreOffice could not be started: {exc}") from None
        try:
            ready = self._read(self.start_timeout)
        except WorkerFailure as exc:
            self.kill()
            raise WorkerFailure(f"LibreOffice did not start: {exc}") from None
        if not ready.get("ready"):
            self.kill()
            raise WorkerFailure(f"LibreOffice did not start: {ready.get('error')}")
        self.documents = 0

    def _prepare_folder(self, fresh_profile: bool) -> None:
        if fresh_profile and self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="leadocs-lo-"))
            with _lock:
                _live.add(self)
            (self.folder / "profile" / "user").mkdir(parents=True)
            (self.folder / "profile" / "user" / "registrymodifications.xcu").write_text(
                _profile_xcu(), encoding="utf-8"
            )
        for sub in ("tmp", "out"):
            (self.folder / sub).mkdir(exist_ok=True)

    def halt(self) -> None:
        """Kill LibreOffice and keep it from starting again until :meth:`resume` (any thread)."""
        with self._launching:
            self._halted = True
        self.kill()

    def resume(self) -> None:
        """Allow :meth:`start` again after :meth:`halt`."""
        with self._launching:
            self._halted = False

    def _launch(self) -> None:
        assert self.folder is not None
        env = dict(os.environ, TMPDIR=str(self.folder / "tmp"))
        office_log = (self.folder / "soffice.log").open("ab")
        bridge_log = (self.folder / "bridge.log").open("ab")
        posix = os.name == "posix"
        with office_log, bridge_log:
            self._office = subprocess.Popen(
                [
                    str(self.soffice),
                    f"-env:UserInstallation={(self.folder / 'profile').as_uri()}",
                    "--headless",
                    "--invisible",
                    "--nocrashreport",
                    "--nodefault",
                    "--nologo",
                    "--nofirststartwizard",
                    "--norestore",
                    "--nolockcheck",
                    f"--accept=pipe,name={self._pipe};urp;StarOffice.ComponentContext",
                ],
                stdin=subprocess.DEVNULL,
                stdout=office_log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=posix,
            )
            self._bridge = subprocess.Popen(
                [self.python, str(BRIDGE), "--pipe", self._pipe]
                + ["--office-pid", str(self._office.pid), "--folder", str(self.folder)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=bridge_log,
                env=env,
                start_new_session=posix,
            )
        self._lines = queue.Queue()
        assert self._bridge.stdout is not None
        threading.Thread(target=_pump, args=(self._bridge.stdout, self._lines), daemon=True).start()

    def request(self, message: dict[str, Any], timeout: float) -> dict[str, Any]:
        """Send one request to the bridge and wait for its answer.

        Raises:
            WorkerFailure: no answer within ``timeout`` seconds, or the worker died;
                the worker is killed before this is raised.
        """
        if not self.running or self._bridge is None or self._bridge.stdin is None:
            raise WorkerFailure("LibreOffice is not running")
        try:
            self._bridge.stdin.write(json.dumps(message).encode() + b"\n")
            self._bridge.stdin.flush()
            answer = self._read(timeout)
        except (OSError, WorkerFailure) as exc:
            self.kill()
            raise WorkerFailure(str(exc) or "LibreOffice went away") from None
        if answer.get("fatal"):
            self.kill()
            raise WorkerFailure(f"LibreOffice crashed: {answer.get('error')}")
        return answer

    def _read(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            # Short waits, so that a LibreOffice that died is noticed at once, not
            # after the timeout (the bridge may keep waiting for it to come up).
            try:
                line = self._lines.get(timeout=max(0.0, min(0.25, deadline - time.monotonic())))
                break
            except queue.Empty:
                office = self._office
                if office is None or office.poll() is not None:
                    raise WorkerFailure(f"LibreOffice exited ({self._tail()})") from None
                if time.monotonic() >= deadline:
                    raise WorkerFailure(
                        f"no answer from LibreOffice within {timeout:g} s"
                    ) from None
        if line is None:
            raise WorkerFailure(f"LibreOffice exited ({self._tail()})")
        try:
            answer = json.loads(line)
        except ValueError:
            raise WorkerFailure(f"unreadable answer from the bridge: {line[:200]!r}") from None
        if not isinstance(answer, dict):
            raise WorkerFailure(f"unreadable answer from the bridge: {line[:200]!r}")
        return answer

    def _tail(self) -> str:
        if self.folder is None:
            return "no log"
        try:
            text = (self.folder / "bridge.log").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "no log"
        lines = [line for line in text.strip().splitlines() if line.strip()]
        return lines[-1][:300] if lines else "no message"

    def stop(self, grace: float = 3.0) -> None:
        """Ask LibreOffice to quit, and kill it if it has not within ``grace`` seconds."""
        office, bridge = self._office, self._bridge
        if office is None and bridge is None:
            return
        if bridge is not None and bridge.stdin is not None and bridge.poll() is None:
            with contextlib.suppress(OSError, ValueError):
                bridge.stdin.write(b'{"op": "quit"}\n')
                bridge.stdin.close()
        deadline = time.monotonic() + grace
        for process in (office, bridge):
            if process is None:
                continue
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=max(0.0, deadline - time.monotonic()))
        self.kill()

    def kill(self) -> None:
        """Kill both process groups at once; safe to call from any thread, repeatedly."""
        office, bridge = self._office, self._bridge
        self._office = self._bridge = None
        for process in (office, bridge):
            _kill_group(process)
            if process is not None and process.stdin is not None:
                with contextlib.suppress(OSError, ValueError):
                    process.stdin.close()
        if office is not None:
            self._remove_sockets()

    def _remove_sockets(self) -> None:
        # A killed soffice cannot remove its named pipes from /tmp; a clean exit does.
        if os.name != "posix" or self.folder is None:
            return
        profile_url = (self.folder / "profile").as_uri()
        digest = hashlib.md5(profile_url.encode("utf-16-le"), usedforsecurity=False).digest()
        ipc = "SingleOfficeIPC_" + "".join(format(byte, "x") for byte in digest)
        for name in (self._pipe, ipc):
            path = Path("/tmp") / f"OSL_PIPE_{os.getuid()}_{name}"
            with contextlib.suppress(OSError):
                if path.is_socket():
                    path.unlink()

    def close(self, grace: float = 3.0) -> None:
        """Stop LibreOffice and remove the worker's folder (profile, temp files, PDFs).

        A closed worker does not start again (see :meth:`halt`).
        """
        with self._launching:
            self._halted = True
        self.stop(grace)
        folder, self.folder = self.folder, None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        with _lock:
            _live.discard(self)


def _pump(stream: IO[bytes], lines: queue.Queue[bytes | None]) -> None:
    """Move the bridge's answers to a queue, so that reading them can time out."""
    with contextlib.suppress(OSError, ValueError):
        for line in stream:
            lines.put(line)
    lines.put(None)
