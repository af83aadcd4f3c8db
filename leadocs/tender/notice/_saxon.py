"""One Saxon-HE processor per process (saxonche), started on first use."""

from __future__ import annotations

from functools import cache
from typing import Any

from leadocs.errors import LeadocsError

__all__ = ["compile_xslt", "parse_xml"]


@cache
def _processor() -> Any:
    try:
        from saxonche import PySaxonProcessor
    except ImportError as exc:  # pragma: no cover - saxonche is a dependency
        raise LeadocsError(
            "the schematron check needs saxonche", hint="pip install saxonche"
        ) from exc
    return PySaxonProcessor(license=False)


def compile_xslt(stylesheet: bytes) -> Any:
    """Compile an XSLT 3.0 stylesheet given as bytes; the executable is reusable."""
    compiler = _processor().new_xslt30_processor()
    return compiler.compile_stylesheet(stylesheet_text=stylesheet.decode("utf-8"))


def parse_xml(document: bytes) -> Any:
    """Parse a document into Saxon's tree."""
    return _processor().parse_xml(xml_text=document.decode("utf-8"))
