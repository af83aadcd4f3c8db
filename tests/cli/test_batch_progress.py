"""The batch progress bar: each stage estimates from its own speed; LibreOffice's start is named."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from leadocs.cli.progress import BatchProgressBar, seconds_left
from leadocs.mailing.result import BatchProgress


def event(stage: str, total: int, written: int, kept: int = 0) -> BatchProgress:
    return BatchProgress(stage, total, written, kept, 0, 0)


def test_the_pdf_stage_estimates_from_its_own_speed() -> None:
    now = [0.0]
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=100)
    with BatchProgressBar(console, clock=lambda: now[0]) as bar:
        for second, done in enumerate(range(0, 101, 25)):  # 100 documents in 4 s
            now[0] = second
            bar(event("rendering", 100, done))
        now[0] = 10.0
        bar(event("starting LibreOffice", 100, 0, kept=20))  # 20 PDFs already current
        assert bar.task.description == "starting LibreOffice…"
        assert bar.task.completed == 20 and seconds_left(bar.task, now[0]) is None
        now[0] = 16.0  # LibreOffice took 6 s to start and convert a first load
        bar(event("converting", 100, 1, kept=20))
        assert bar.task.description == "converting"
        now[0] = 16.2
        bar(event("converting", 100, 16, kept=20))  # the rest of that load
        assert seconds_left(bar.task, now[0]) is None  # too soon to tell
        now[0] = 19.0
        bar(event("converting", 100, 31, kept=20))  # a second load, 3 s later
        # 30 PDFs in 3 s since the first: 49 left take 4.9 s. Neither LibreOffice's
        # start nor the documents' speed of the rendering stage count.
        assert seconds_left(bar.task, now[0]) == pytest.approx(4.9)
        now[0] = 21.0
        assert seconds_left(bar.task, now[0]) == pytest.approx(49 * 5 / 30)  # no news: longer
    assert "starting LibreOffice…" in screen.getvalue() and "0:00:05" in screen.getvalue()


def test_no_bar_without_a_terminal() -> None:
    screen = io.StringIO()
    with BatchProgressBar(Console(file=screen)) as bar:
        bar(event("rendering", 10, 5))
    assert screen.getvalue() == ""
