"""The built-in layouts' source: python-docx code that writes ``templates/*.docx``.

The ``.docx`` files are committed and shipped; this code is what they are made
from, and a test checks that the committed files are exactly what it writes
(part by part, in canonical XML). After changing a layout, run
``python -m leadocs.layouts`` to write the templates again. Static text is
never written here: every word comes from the language catalogues or the data.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["TEMPLATES_FOLDER", "build_layouts"]

TEMPLATES_FOLDER = Path(__file__).resolve().parents[2] / "templates"
"""The checkout's templates folder, where the layouts are committed."""


def build_layouts(folder: Path = TEMPLATES_FOLDER) -> list[Path]:
    """Write every built-in layout into ``folder``; return the files written."""
    from leadocs.layouts import network, tender
    from leadocs.layouts.consolidated import build_consolidated
    from leadocs.layouts.docx_builder import core_properties_prefix

    folder.mkdir(parents=True, exist_ok=True)
    with core_properties_prefix():
        network.build_all(folder)
        tender.build_all(folder)
        build_consolidated(folder)
    return sorted(folder.glob("*.docx"))
