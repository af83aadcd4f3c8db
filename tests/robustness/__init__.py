"""The standing robustness suite: property-based tests and a corpus of hostile files.

Every input gives either its documents or a :class:`LeadocsError`, never another
exception (a traceback). The suite is bounded: every test runs a fixed number of
examples with a deadline that catches an input that makes a command hang, and
the whole suite stays within about two minutes on two cores.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from hypothesis import HealthCheck, settings

from leadocs.errors import LeadocsError

T = TypeVar("T")

ROBUST = settings(
    max_examples=30,
    # Generous, as the machine is shared; a quadratic or endless case takes far longer.
    deadline=dt.timedelta(seconds=10),
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
"""Settings of every property test of the suite."""


def survives(action: Callable[[], T]) -> T | None:
    """``action()``, or None when it raised a :class:`LeadocsError` (with a message)."""
    try:
        return action()
    except LeadocsError as exc:
        assert str(exc).strip(), "a LeadocsError without a message"
        return None
