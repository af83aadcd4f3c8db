"""The UNO side of one conversion worker; runs under LibreOffice's Python, not leadocs'.

Started by ``worker.py`` as ``<uno-python> _uno_bridge.py --pipe NAME``, next to
one warm ``soffice`` listening on that named pipe. It reads one JSON request per
line on stdin and answers with one JSON line on stdout:

- ``{"op": "convert", "source": PATH, "target": PATH}`` -> ``{"ok": true}``;
  with ``"destinations": true`` bookmarks become named destinations in the PDF.
- ``{"op": "quit"}``: close LibreOffice and exit. The end of input without a
  quit means leadocs died (``kill -9``): then LibreOffice (``--office-pid``,
  the leader of its process group) is also killed if it does not exit, and the
  worker's ``--folder`` removed.

Failures answer ``{"ok": false, "error": TEXT, "fatal": BOOL}``; ``fatal`` means the
connection to LibreOffice is gone and the worker must be restarted.

This file is a standalone script on purpose: the interpreter that can ``import uno``
(``/usr/bin/python3`` with ``python3-uno`` on Debian, LibreOffice's bundled Python
elsewhere) has none of leadocs' dependencies, so it uses the standard library only
and Python 3.8 syntax.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import shutil
import signal
import sys
import time
from pathlib import Path
from typing import Any

uno: Any = None  # imported in main(): only LibreOffice's Python has it

# Import filters by extension: naming the filter stops LibreOffice from "helpfully"
# opening a broken .docx as plain text and turning garbage into a PDF.
FILTERS = {
    ".docx": "MS Word 2007 XML",
    ".docm": "MS Word 2007 XML",
    ".dotx": "MS Word 2007 XML",
    ".doc": "MS Word 97",
    ".odt": "writer8",
    ".rtf": "Rich Text Format",
}
EXPORTS = (
    ("com.sun.star.text.TextDocument", "writer_pdf_Export"),
    ("com.sun.star.sheet.SpreadsheetDocument", "calc_pdf_Export"),
    ("com.sun.star.presentation.PresentationDocument", "impress_pdf_Export"),
    ("com.sun.star.drawing.DrawingDocument", "draw_pdf_Export"),
)


class Fatal(Exception):
    """The bridge to LibreOffice is gone; only a restart helps."""


def prop(name: str, value: Any) -> Any:
    """A ``com.sun.star.beans.PropertyValue``."""
    struct = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
    struct.Name = name
    struct.Value = value
    return struct


def connect(pipe: str, timeout: float) -> Any:
    """The Desktop of the soffice listening on ``pipe``, waiting for it to come up."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    url = f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"
    deadline = time.monotonic() + timeout
    while True:
        try:
            context = resolver.resolve(url)
            break
        except Exception:  # NoConnectException until soffice listens
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)


def describe(exc: BaseException) -> str:
    """One line for the report: UNO exceptions carry their text in ``Message``."""
    message = getattr(exc, "Message", "") or str(exc)
    first = message.strip().splitlines()[0] if message.strip() else ""
    if isinstance(exc, ValueError):  # raised here, with a message meant for the user
        return first[:500]
    return f"{type(exc).__name__}: {first}"[:500]


def is_fatal(exc: BaseException) -> bool:
    """Whether ``exc`` means the connection (not just the document) is broken."""
    name = type(exc).__name__
    text = describe(exc)
    return name in ("DisposedException", "RuntimeException") and (
        "disposed" in text.lower() or "bridge" in text.lower() or name == "DisposedException"
    )


def load(desktop: Any, source: str) -> Any:
    """Open ``source`` hidden and read-only, without macros, links or repair dialogs."""
    props = [
        prop("Hidden", True),
        prop("ReadOnly", True),
        prop("UpdateDocMode", 0),  # NO_UPDATE: never fetch linked content
        prop("MacroExecutionMode", 0),  # NEVER_EXECUTE
        prop("RepairPackage", False),
        prop("Silent", True),
    ]
    extension = Path(source).suffix.lower()
    if extension in FILTERS:
        props.append(prop("FilterName", FILTERS[extension]))
    url = uno.systemPathToFileUrl(str(Path(source).resolve()))
    document = desktop.loadComponentFromURL(url, "_blank", 0, tuple(props))
    if document is None:
        raise ValueError("LibreOffice could not open it (not a valid document?)")
    return document


def export(document: Any, target: str, destinations: bool = False) -> None:
    """Store ``document`` as PDF at ``target``.

    With ``destinations``, every bookmark becomes a named destination in the PDF,
    which is how the pool finds where each part of a combined document starts.
    """
    pdf_filter = next(
        (name for service, name in EXPORTS if document.supportsService(service)),
        "writer_pdf_Export",
    )
    props = [prop("FilterName", pdf_filter), prop("Overwrite", True)]
    if destinations:
        options = (prop("ExportBookmarksToPDFDestination", True),)
        props.append(prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", options)))
    url = uno.systemPathToFileUrl(str(Path(target).resolve()))
    uno.invoke(document, "storeToURL", (url, tuple(props)))


def convert(desktop: Any, request: dict[str, Any]) -> dict[str, Any]:
    """Handle ``convert``: one document to one PDF."""
    document = load(desktop, request["source"])
    try:
        export(document, request["target"], bool(request.get("destinations")))
        return {"ok": True}
    finally:
        close(document)


def close(document: Any) -> None:
    """Close without asking; a document that refuses is disposed of instead."""
    try:
        document.close(True)
    except Exception:
        with contextlib.suppress(Exception):
            document.dispose()


def handle(desktop: Any, request: dict[str, Any]) -> dict[str, Any]:
    """Run one request; every failure becomes an answer, fatal ones raise ``Fatal``."""
    operation = {"convert": convert}.get(request.get("op", ""))
    if operation is None:
        return {"ok": False, "error": f"unknown request {request.get('op')!r}", "fatal": False}
    try:
        return operation(desktop, request)
    except Exception as exc:
        if is_fatal(exc):
            raise Fatal(describe(exc)) from exc
        return {"ok": False, "error": describe(exc), "fatal": False}


def reply(message: dict[str, Any]) -> None:
    """One JSON line on stdout, flushed at once: the worker is waiting for it."""
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def terminate(desktop: Any) -> None:
    """Ask LibreOffice to exit cleanly (it removes its pipes and temp files itself)."""
    # It is going away either way; the worker kills whatever is left.
    with contextlib.suppress(Exception):
        desktop.terminate()


def clean_up_orphaned(office_pid: int, folder: str, grace: float = 5.0) -> None:
    """After leadocs died without stopping us (``kill -9``): end LibreOffice, remove its folder.

    Nobody else will: LibreOffice runs in a session of its own, and the worker
    folder (profile, temporary files) belongs to the process that is gone.
    """
    deadline = time.monotonic() + grace
    while office_pid and time.monotonic() < deadline:
        try:
            os.kill(office_pid, 0)
        except OSError:
            break
        time.sleep(0.05)
    if office_pid and hasattr(os, "killpg"):
        with contextlib.suppress(OSError):
            os.killpg(office_pid, signal.SIGKILL)  # its group: oosplash and soffice.bin
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    """Connect, say ready, serve requests until told to stop."""
    global uno
    parser = argparse.ArgumentParser()
    parser.add_argument("--pipe", required=True)
    parser.add_argument("--connect-timeout", type=float, default=60.0)
    parser.add_argument("--office-pid", type=int, default=0)
    parser.add_argument("--folder", default="")
    args = parser.parse_args()
    uno = importlib.import_module("uno")
    try:
        desktop = connect(args.pipe, args.connect_timeout)
    except Exception as exc:
        reply({"ready": False, "error": describe(exc)})
        return 2
    reply({"ready": True})
    told_to_quit = False
    for line in sys.stdin:
        request = json.loads(line)
        if request.get("op") == "quit":
            told_to_quit = True
            break
        try:
            reply(handle(desktop, request))
        except Fatal as exc:
            reply({"ok": False, "error": str(exc), "fatal": True})
            return 3
        except OSError:  # our stdout is gone: so is leadocs
            break
    terminate(desktop)
    if not told_to_quit:  # the end of our input without a quit: leadocs died
        clean_up_orphaned(args.office_pid, args.folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
