"""The one error tree of leadocs.

Every mistake a user can make (bad data, a broken template, an output that
would overwrite a file) is a :class:`LeadocsError`. The CLI prints its message
and exits with its ``exit_code``; anything else that escapes is a bug and keeps
its traceback. Messages are built inside the exceptions so that call sites stay
short and every message has the same shape: ``file:line:column: path: message``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

__all__ = [
    "BatchError",
    "CatalogueError",
    "ConversionError",
    "DataError",
    "DataProblem",
    "LeadocsError",
    "OutputError",
    "ReturnedFilesError",
    "RuleError",
    "StrictWarningsError",
    "TemplateError",
    "UsageError",
]


class LeadocsError(Exception):
    """Base of every error that is the user's to fix; never shown with a traceback."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(message if hint is None else f"{message}\n  hint: {hint}")

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross process boundaries (batch workers); rebuild them from
        # what made them, not from the finished text in ``args``.
        return (type(self), (self.message, self.hint))


@dataclass(frozen=True)
class DataProblem:
    """One problem found in one input file, located as precisely as we can."""

    file: str
    line: int | None
    column: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class DataError(LeadocsError):
    """One or more problems in the user's data files (YAML, CSV, XLSX)."""

    def __init__(self, problems: Sequence[DataProblem]) -> None:
        self.problems = list(problems)
        lines = [str(p) for p in self.problems]
        if len(lines) > 1:
            lines.append(f"{len(lines)} problems found; nothing was written.")
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.problems,))

    @classmethod
    def single(
        cls,
        file: str | Path,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        field: str = "",
    ) -> DataError:
        """Build an error with exactly one problem."""
        return cls([DataProblem(str(file), line, column, field, message)])


class ReturnedFilesError(DataError):
    """Returned files that ``leadocs collect`` could not apply; the others were applied."""

    def __init__(self, problems: Sequence[DataProblem], applied: int = 0) -> None:
        self.problems = list(problems)
        self.applied = applied
        lines = [str(p) for p in self.problems]
        lines.append(
            f"{len(lines)} problem{'s' if len(lines) != 1 else ''} found; "
            f"{applied} returned file{'s' if applied != 1 else ''} applied."
        )
        LeadocsError.__init__(self, "\n".join(lines))

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.problems, self.applied))


class RuleError(DataError):
    """Procurement rules that the data breaks (or warnings under ``--strict``)."""


class StrictWarningsError(RuleError):
    """Rule warnings found while ``--strict`` asks for none; exit status 4."""

    exit_code = 4


class _TemplateErrorFields(LeadocsError):
    """What a :class:`TemplateError` holds; the class itself is made on first use."""

    # jinja2.TemplateError.message is a read-only property; ours is the finished text.
    message: str = ""

    def __init__(self, template: str | Path, message: str, context: Sequence[str] = ()) -> None:
        self.template = str(template)
        self.context = list(context)
        self.reason = message
        text = f"{self.template}: {message}"
        if self.context:
            shown = "\n".join(f"    | {line}" for line in self.context if line.strip())
            text += f"\n  near this text of the document:\n{shown}"
        super().__init__(text)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.template, self.reason, self.context))


_TEMPLATE_ERROR_DOC = """A template that cannot be read, compiled or rendered.

    Also a :class:`jinja2.TemplateError`, so that code written for docxtpl
    (``except jinja2.TemplateError``) catches it from leadocs' engine too.
    """

if TYPE_CHECKING:
    import jinja2

    class TemplateError(_TemplateErrorFields, jinja2.TemplateError):
        """A template that cannot be read, compiled or rendered (also a jinja2.TemplateError)."""

else:

    def __getattr__(name: str) -> Any:
        # Made when first imported: jinja2 is not loaded by commands that need no template
        # (``leadocs --help`` must start fast).
        if name != "TemplateError":
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import jinja2

        made = type(
            "TemplateError",
            (_TemplateErrorFields, jinja2.TemplateError),
            {"__module__": __name__, "__doc__": _TEMPLATE_ERROR_DOC},
        )
        globals()["TemplateError"] = made
        return made


class OutputError(LeadocsError):
    """An output that cannot or must not be written (exists, unwritable, disk full)."""


class ConversionError(LeadocsError):
    """A document that LibreOffice could not turn into PDF, or no LibreOffice at all."""


class CatalogueError(LeadocsError):
    """A language catalogue that does not parse, or a message formatted without its values."""


class UsageError(LeadocsError):
    """Options that do not fit together; exit status 2 like click's usage errors."""

    exit_code = 2


class BatchError(LeadocsError):
    """A batch that finished with some recipients failed; exit status 3."""

    exit_code = 3
