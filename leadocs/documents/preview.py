"""A user's own template rendered from files: once (``render``), or on every save (``preview``).

The preview is written atomically (a new file moved over the old one), so
Word or LibreOffice, asked to reload, never sees half a document; a failed
render leaves the last good preview in place and reports the error, which
reads like ``leadocs templates check``'s.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from leadocs.documents.build import RenderedDocument
from leadocs.documents.context import data_context
from leadocs.documents.templates import read_template
from leadocs.errors import DataError, LeadocsError
from leadocs.formats.files import load_template_data
from leadocs.outputs import write_atomic
from leadocs.render.docx import render_docx
from leadocs.render.environment import build_environment
from leadocs.render.text import render_text

__all__ = ["TEXT_SUFFIXES", "Preview", "render_user_template"]

TEXT_SUFFIXES = (".md", ".txt", ".html", ".htm", ".xml", ".csv", ".eml")
"""Text templates ``render`` accepts besides ``.docx``."""
_DEBOUNCE_MS = 1000
# A save is taken as finished after this long without another change: a program that
# writes a file in place must not be caught half-way.
_QUIET_MS = 250


def render_user_template(
    template: Path,
    data_file: Path,
    *,
    lang: str = "en",
    today: dt.date | None = None,
    network: Path | None = None,
) -> bytes:
    """Render a user's template (``.docx`` or text) with a data file, sandboxed.

    The template sees what every built-in document sees (see
    :func:`leadocs.documents.context.data_context`).

    Raises:
        LeadocsError: an unknown template type; DataError, TemplateError as they come.
    """
    suffix = template.suffix.lower()
    if suffix != ".docx" and suffix not in TEXT_SUFFIXES:
        raise LeadocsError(
            f"{template}: unknown template type '{suffix}'", hint="use .docx, .md, .txt or .html"
        )
    loaded = load_template_data(data_file, network)
    context = data_context(
        loaded.data,
        loaded.network,
        lang=lang,
        today=today or dt.date.today(),
        organisation=loaded.organisation,
        # a network text missing in lang: the network's own language, not an error
        fallback_lang=loaded.network.language,
    )
    source, name = read_template("", template)
    if suffix == ".docx":
        return render_docx(source, context, env=build_environment(sandboxed=True), name=name)
    try:
        text = source.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataError.single(template, "is not UTF-8 text; save it as UTF-8") from None
    return render_text(text, context, name=name).encode("utf-8")


Report = Callable[[list[Path] | LeadocsError], None]
"""Called after every attempt with what was written, or the error."""


@dataclass(frozen=True)
class Preview:
    """A template, its data and where its preview goes.

    Attributes:
        template: the user's template.
        data: the data file.
        output: the preview (overwritten on every save).
        pdf: also write a PDF next to it (needs LibreOffice).
        lang: the document language.
        network: a network file, else the data's, else the built-in one.
        today: the template's ``today`` (default: the day of each render).
    """

    template: Path
    data: Path
    output: Path
    pdf: bool = False
    lang: str = "en"
    network: Path | None = None
    today: dt.date | None = None

    def render(self) -> list[Path]:
        """Render once and write the preview (and its PDF); return what was written.

        Raises:
            LeadocsError: the render failed; the previous preview is left as it was.
        """
        data = render_user_template(
            self.template, self.data, lang=self.lang, today=self.today, network=self.network
        )
        written = [write_atomic(self.output, data, force=True)]
        if self.pdf:
            from leadocs.pdf.single import write_pdf

            document = RenderedDocument(data, self.output.stem, self.template.stem, "")
            written.append(write_pdf(document, self.output.with_suffix(".pdf"), force=True))
        return written

    def attempt(self) -> list[Path] | LeadocsError:
        """:meth:`render`, with a user's error returned rather than raised."""
        try:
            return self.render()
        except LeadocsError as exc:
            return exc

    def watch(self, report: Report, stop: threading.Event | None = None) -> None:
        """Render now and after every save of the template, the data or the network file.

        Args:
            report: told the outcome of every attempt.
            stop: ends the watch when set (default: run until interrupted).
        """
        from watchfiles import watch

        watched = {path.resolve() for path in (self.template, self.data, self.network) if path}
        folders = {path.parent for path in watched}
        report(self.attempt())
        # Folders, not files: editors save by writing a new file and renaming it.
        for _ in watch(
            *folders,
            watch_filter=lambda _change, path: Path(path).resolve() in watched,
            debounce=_DEBOUNCE_MS,
            step=_QUIET_MS,
            stop_event=stop,
            raise_interrupt=False,
        ):
            report(self.attempt())
