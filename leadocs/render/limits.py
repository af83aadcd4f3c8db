"""Bounds on what a user's template may cost: operators, time and memory.

Jinja's sandbox stops a template from reaching Python's internals, but not
from asking for ``'a' * 10**9``, ``9 ** (9 ** 9)`` or two nested loops of a
hundred thousand turns each. Three bounds close that:

* :class:`LimitedSandbox` checks the size of what ``*``, ``**`` and ``%``
  would build before building it;
* :func:`render_limits` gives each document :data:`RENDER_SECONDS` of time and
  :data:`RENDER_MEMORY` bytes of memory beyond what the process already uses;
* templates cannot ``{% include %}`` or ``{% import %}`` files (there are none
  to read: a template is one .docx).

Every bound ends in a :class:`TemplateError` that says which one was met.
"""

from __future__ import annotations

import contextlib
import re
import signal
import threading
from collections.abc import Iterator
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError

from leadocs.errors import TemplateError

try:
    import resource
except ImportError:  # Windows: no address-space limit; the time limit and operators hold
    resource = None  # type: ignore[assignment]

__all__ = [
    "EXPRESSION_ERRORS",
    "MAX_INT_BITS",
    "MAX_ITEMS",
    "RENDER_MEMORY",
    "RENDER_SECONDS",
    "LimitError",
    "LimitedSandbox",
    "NoFilesLoader",
    "describe_expression_error",
    "limits_for",
    "render_limits",
]

MAX_ITEMS = 10_000_000
"""Most characters of a text, or items of a list, one operator may build."""
MAX_INT_BITS = 100_000
"""Most bits of a number one operator may build (about 30,000 digits)."""
RENDER_SECONDS = 30.0
"""Time one document may take to fill in; real templates take milliseconds."""
RENDER_MEMORY = 1 << 30
"""Memory one document may take beyond what the process holds before it."""

_WIDTHS = re.compile(r"%[-#0 +]*(\d*)(?:\.(\d+))?")
EXPRESSION_ERRORS = (ArithmeticError, LookupError, TypeError, ValueError, RecursionError)
"""Errors a template expression or filter raises on bad data (``"x" + 1``, ``1 / 0``, a
bad date, a macro calling itself); a user error, not a bug in leadocs."""


class LimitError(SecurityError):
    """A template asked for more than a bound allows."""


class LimitedSandbox:
    """Mixin for a sandboxed environment: ``*``, ``**`` and ``%`` with size limits."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        """Refuse an operation whose result would pass :data:`MAX_ITEMS` or :data:`MAX_INT_BITS`."""
        if operator == "*":
            _check_repeat(left, right)
            _check_repeat(right, left)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "%" and isinstance(left, str):
            # "%0999999999d" % 1: formatting pads to any width the text asks for
            for width, precision in _WIDTHS.findall(left):
                _check_size(int(width or 0) + int(precision or 0), "a text")
        return super().call_binop(context, operator, left, right)  # type: ignore[misc]


def _check_repeat(sequence: Any, times: Any) -> None:
    if isinstance(times, bool) or not isinstance(times, int):
        return
    if isinstance(sequence, str | list | tuple | bytes):
        _check_size(len(sequence) * times, "a text" if isinstance(sequence, str) else "a list")
    elif (
        isinstance(sequence, int)
        and not isinstance(sequence, bool)
        and sequence.bit_length() + times.bit_length() > MAX_INT_BITS
    ):
        raise LimitError(f"the template would make a number of more than {MAX_INT_BITS:,} bits")


def _check_power(base: Any, exponent: Any) -> None:
    if not isinstance(base, int) or not isinstance(exponent, int) or exponent <= 0:
        return
    if base.bit_length() > 1 and (base.bit_length() - 1) * exponent > MAX_INT_BITS:
        raise LimitError(
            f"the template would make a number of more than {MAX_INT_BITS:,} bits "
            f"({base} ** {exponent})"
        )


def _check_size(size: int, what: str) -> None:
    if size > MAX_ITEMS:
        unit = "characters" if what == "a text" else "items"
        raise LimitError(
            f"the template would make {what} of {size:,} {unit}, more than the "
            f"{MAX_ITEMS:,} allowed"
        )


class NoFilesLoader(jinja2.BaseLoader):
    """A loader for templates that must not read other files."""

    def get_source(self, environment: jinja2.Environment, template: str) -> Any:  # noqa: ARG002
        """Refuse: ``{% include %}``, ``{% import %}``, ``{% extends %}`` have nothing to read."""
        raise jinja2.TemplateError(
            f"a template cannot include, import or extend another file ('{template}'); "
            "put everything in the one template"
        )


def limits_for(env: jinja2.Environment, template: str) -> contextlib.AbstractContextManager[None]:
    """:func:`render_limits` for a sandboxed environment (a user's template); none otherwise."""
    return render_limits(template) if env.sandboxed else contextlib.nullcontext()


def describe_expression_error(exc: BaseException) -> str:
    """What a user reads for an error from :data:`EXPRESSION_ERRORS` or a :class:`LimitError`."""
    if isinstance(exc, LimitError):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "a macro calls itself without end (recursion too deep)"
    if isinstance(exc, jinja2.TemplateError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


class _OutOfTime(BaseException):
    """Raised in the rendering thread when its time is up.

    A BaseException, so that no library code on the way catches it as an ordinary error.
    """


@contextlib.contextmanager
def render_limits(template: str) -> Iterator[None]:
    """Bound the time and memory of what runs inside; both end in a :class:`TemplateError`.

    The time limit needs the main thread (it uses a timer signal); elsewhere
    only the memory limit applies.

    Args:
        template: the template's name, for the message.
    """
    try:
        with _deadline(RENDER_SECONDS), _memory_cap(RENDER_MEMORY):
            yield
    except _OutOfTime:
        raise TemplateError(
            template,
            f"filling in one document took more than {RENDER_SECONDS:g} seconds, so it was "
            "stopped; look for loops inside loops over long ranges",
        ) from None
    except MemoryError:
        raise TemplateError(
            template,
            f"filling in one document needed more than {RENDER_MEMORY >> 20:,} MiB of memory, "
            "so it was stopped; look for very long texts or lists the template builds",
        ) from None


def _expired(_signum: int, _frame: object) -> None:
    raise _OutOfTime


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "setitimer"
    ):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _memory_cap(budget: int) -> Iterator[None]:
    if resource is None:
        yield
        return
    space = _address_space()
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = space + budget
    if not space or (soft != resource.RLIM_INFINITY and soft <= cap):
        yield  # unknown size, or the user's own limit is lower already
        return
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _address_space() -> int:
    """This process's virtual memory size in bytes; 0 where unknown."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * resource.getpagesize()
