"""The consolidated report's charts, drawn with matplotlib as PNG for Word and print.

Made to be read on paper: shades of grey with a hatch to tell series apart
(safe in grey-scale print), labelled axes, the values written on the bars, no
title inside the picture (the document's caption says what it shows), no
frame on the top and right. matplotlib is imported here, when a chart is
drawn, with the Agg backend (no display needed).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Bar", "coverage_chart", "members_chart"]

_DARK = "#404040"
_LIGHT = "#d9d9d9"
_DPI = 200
_FONT = 9


@dataclass(frozen=True)
class Bar:
    """One member state's bar: its label and its committed and contacted members."""

    label: str
    committed: int
    contacted: int


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {"font.size": _FONT, "axes.titlesize": _FONT, "svg.fonttype": "none", "hatch.color": _DARK}
    )
    return plt


def _png(figure: Any) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=_DPI, bbox_inches="tight", metadata={"Software": None})
    return buffer.getvalue()


def _plain(axes: Any) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def members_chart(
    bars: Sequence[Bar], *, x_label: str, y_label: str, committed: str, contacted: str
) -> bytes:
    """Members per member state: a horizontal stacked bar per state, first state on top.

    Args:
        bars: one bar per member state, in the table's order.
        x_label: the axis of members.
        y_label: the axis of member states.
        committed: the legend of committed members (dark).
        contacted: the legend of contacted members (light, hatched).
    """
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(6.3, 0.22 * len(bars) + 1.0))
    try:
        rows = range(len(bars))
        done = [bar.committed for bar in bars]
        asked = [bar.contacted for bar in bars]
        axes.barh(rows, done, color=_DARK, edgecolor=_DARK, label=committed)
        axes.barh(rows, asked, left=done, color=_LIGHT, edgecolor=_DARK, hatch="///",
                  label=contacted)  # fmt: skip
        for row, bar in zip(rows, bars, strict=True):
            total = bar.committed + bar.contacted
            if total:
                axes.text(total + 0.1, row, str(total), va="center", fontsize=_FONT - 1)
        axes.set_yticks(list(rows), [bar.label for bar in bars])
        axes.invert_yaxis()
        axes.set_xlabel(x_label)
        axes.set_ylabel(y_label)
        most = max((b.committed + b.contacted for b in bars), default=0)
        axes.set_xlim(0, max(most + 1, 3))
        axes.xaxis.get_major_locator().set_params(integer=True)
        axes.legend(frameon=False, loc="lower right")
        _plain(axes)
        return _png(figure)
    finally:
        plt.close(figure)


def coverage_chart(
    periods: Sequence[tuple[str, int]],
    target: int,
    *,
    x_label: str,
    y_label: str,
    target_label: str,
    total: int,
) -> bytes:
    """Member states covered at each reporting deadline against the critical mass.

    Args:
        periods: ``(deadline, member states covered)`` in order.
        target: the critical mass, drawn as a dashed line.
        x_label: the axis of deadlines.
        y_label: the axis of member states.
        target_label: the text by the dashed line.
        total: the most member states there are (the axis' end).
    """
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(4.4, 2.8))
    try:
        names = [name for name, _count in periods]
        counts = [count for _name, count in periods]
        bars = axes.bar(names, counts, width=0.55, color=_DARK)
        # Values inside the bars (a bar just under the line would put its label on the line);
        # above a bar too low to hold one.
        tall = [str(count) if count >= 3 else "" for count in counts]
        low = [str(count) if count < 3 else "" for count in counts]
        axes.bar_label(bars, tall, label_type="center", color="white", weight="bold")
        axes.bar_label(bars, low, padding=2)
        axes.axhline(target, color="black", linestyle="--", linewidth=1)
        # Just right of the plot, level with the line (x in axes units, y in data units).
        axes.text(1.01, target, target_label, transform=axes.get_yaxis_transform(),
                  ha="left", va="center")  # fmt: skip
        axes.set_ylim(0, total)
        axes.set_xlabel(x_label)
        axes.set_ylabel(y_label)
        axes.yaxis.get_major_locator().set_params(integer=True)
        _plain(axes)
        return _png(figure)
    finally:
        plt.close(figure)
