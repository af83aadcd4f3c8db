"""Stop signals: 'stopping…' once, an exception that unwinds, and nothing left chained to it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from leadocs.cli._signals import Interrupted, stop_on_signals
from tests.helpers import ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def test_a_stop_signal_raises_once_and_a_second_one_waits() -> None:
    said: list[str] = []
    before = {signum: signal.getsignal(signum) for signum in (signal.SIGTERM, signal.SIGINT)}
    with pytest.raises(Interrupted) as caught, stop_on_signals(said.append):
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)  # the handler raises here
        finally:
            os.kill(os.getpid(), signal.SIGINT)  # a second Ctrl-C while cleaning up
            time.sleep(0.1)
    assert caught.value.signum == signal.SIGTERM and caught.value.exit_code == 143
    assert said == ["stopping…"]
    assert {signum: signal.getsignal(signum) for signum in before} == before  # put back


def test_an_ignored_signal_stays_ignored() -> None:
    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)  # as under nohup
    try:
        with stop_on_signals(print):
            assert signal.getsignal(signal.SIGHUP) == signal.SIG_IGN
            assert signal.getsignal(signal.SIGTERM) != signal.SIG_DFL
    finally:
        signal.signal(signal.SIGHUP, previous)


def test_the_libreoffice_cleanup_never_calls_a_finished_commands_handler() -> None:
    # A pool started before and during a command: after the command, SIGTERM must
    # end the process as by default, not call the command's handler again.
    script = textwrap.dedent(
        """
        import os, signal, time
        from leadocs.cli._signals import stop_on_signals
        from leadocs.pdf.worker import install_signal_cleanup
        install_signal_cleanup()
        with stop_on_signals(print):
            install_signal_cleanup()
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(10)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == -signal.SIGTERM, done.stderr
    assert "stopping" not in done.stdout + done.stderr
