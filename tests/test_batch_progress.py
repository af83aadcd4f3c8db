"""The batch progress bar: each stage estimates from its own speed; LibreOffice's start is named."""

from __future__ import annotations

import io

from rich.console import Console

from leadocs.cli.progress import BatchProgressBar
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
        now[0] = 5.0
        bar(event("starting LibreOffice", 100, 0, kept=20))  # 20 PDFs already current
        assert bar.task.description == "starting LibreOffice…"
        assert bar.task.completed == 20 and bar.task.time_remaining is None  # no guess yet
        for second, converted in [(15, 10), (17, 20), (19, 30)]:  # 5 PDFs a second
            now[0] = second
            bar(event("converting", 100, converted, kept=20))
        assert bar.task.description == "converting"
        # 50 left at 5 a second; the fast documents of the rendering stage do not count.
        assert bar.task.time_remaining == 10
    assert "starting LibreOffice…" in screen.getvalue()


def test_no_bar_without_a_terminal() -> None:
    screen = io.StringIO()
    with BatchProgressBar(Console(file=screen)) as bar:
        bar(event("rendering", 10, 5))
    assert screen.getvalue() == ""
