"""Ctrl-C, ``kill`` and a closed terminal: an orderly stop instead of a sudden death.

A terminal sends SIGINT (Ctrl-C) or SIGHUP (window closed), a service manager
or ``kill`` SIGTERM. By default the last two end Python at once, so no
``finally`` runs: LibreOffice workers live on and half-written files stay.
While a command runs, each of the three raises :class:`Interrupted` in the
main thread instead, after saying "stopping…" at once, so that every clean-up
on the way out runs. Further signals are ignored while it does: a second
Ctrl-C must not cut the clean-up short.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

__all__ = ["STOP_SIGNALS", "Interrupted", "stop_on_signals"]

STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class Interrupted(KeyboardInterrupt):
    """A stop signal arrived; a KeyboardInterrupt so that all Ctrl-C handling applies."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        """The shell's convention for a process ended by a signal: 128 + its number."""
        return 128 + self.signum


@contextmanager
def stop_on_signals(say: Callable[[str], None]) -> Iterator[None]:
    """Within the block, a stop signal calls ``say("stopping…")`` and raises Interrupted once.

    Outside the main thread (where Python cannot set handlers) it does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def handle(signum: int, _frame: FrameType | None) -> None:
        if received:  # already stopping: let the clean-up finish
            return
        received.append(signum)
        say("stopping…")
        raise Interrupted(signum)

    previous: dict[int, Any] = {}
    for signum in STOP_SIGNALS:
        if signal.getsignal(signum) == signal.SIG_IGN:  # nohup's SIGHUP: ignored it stays
            continue
        previous[signum] = signal.signal(signum, handle)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
