"""Reading a returned PDF: its identity, its form fields and its digital signatures.

The form fields are those leadocs put in the PDF (see :mod:`leadocs.pdf.forms`);
a PDF without any (printed, signed and scanned, or flattened by a viewer) is
marked as needing manual entry: nothing is guessed from its text. Signatures
are checked with pyHanko: whether the signed bytes are intact, and whether
the signer's certificate is trusted by the trust roots given (none by default,
so a signature is never called valid on trust that was not checked).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from leadocs.documents.identity import DocumentIdentity
from leadocs.returns.returned import FieldValue, ReturnedFile, Signature
from leadocs.returns.tags import tag_of_pdf_field

__all__ = ["read_pdf"]


def read_pdf(path: Path, trust_roots: Sequence[Path] = ()) -> ReturnedFile:
    """Read a returned PDF.

    Args:
        path: the PDF file.
        trust_roots: certificate files (PEM or DER) whose signatures count as valid.
    """
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    returned = ReturnedFile(path)
    try:
        reader = PdfReader(path)
        info: dict[str, Any] = dict(reader.metadata or {})
        fields = reader.get_fields() or {}
    except (OSError, PyPdfError, ValueError, KeyError) as exc:
        returned.problems.append(("", f"not a readable PDF ({exc})"))
        returned.needs_manual_entry = True
        return returned
    properties = {str(key).lstrip("/"): str(value) for key, value in info.items()}
    returned.identity = DocumentIdentity.from_properties(properties)
    has_signature = False
    for name, found in fields.items():
        kind = found.get("/FT")
        if kind == "/Sig":
            has_signature = has_signature or found.get("/V") is not None
            continue
        value = _field_value(kind, found.get("/V"))
        if value is not None:
            returned.values[tag_of_pdf_field(name)] = value
    if not returned.values:
        returned.needs_manual_entry = True
    if has_signature:
        returned.signatures = _signatures(path, trust_roots, returned)
    return returned


def _field_value(kind: Any, value: Any) -> FieldValue | None:
    if kind == "/Btn":
        return value is not None and str(value) not in ("/Off", "Off", "")
    if kind == "/Tx":
        return "" if value is None else str(value).replace("\r\n", "\n").replace("\r", "\n")
    return None


def _signatures(path: Path, trust_roots: Sequence[Path], returned: ReturnedFile) -> list[Signature]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    roots = [_load_certificate(root) for root in trust_roots]
    found = []
    with _quiet_pyhanko(), path.open("rb") as handle:
        reader = PdfFileReader(handle, strict=False)
        for embedded in reader.embedded_signatures:
            context = ValidationContext(trust_roots=roots, allow_fetching=False)
            try:
                status = validate_pdf_signature(embedded, context)
            except Exception as exc:  # noqa: BLE001 - pyHanko raises many kinds for bad input
                returned.problems.append(
                    (str(embedded.field_name), f"signature not checkable: {exc}")
                )
                continue
            found.append(
                Signature(
                    field=str(embedded.field_name),
                    signer=str(status.signing_cert.subject.human_friendly),
                    intact=bool(status.intact),
                    valid=bool(status.intact and status.valid and status.trusted),
                    covers_whole_file=status.coverage is not None
                    and status.coverage.name == "ENTIRE_FILE",
                    summary=str(status.summary()),
                )
            )
    return found


@contextlib.contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """Keep pyHanko from logging tracebacks of what it reports in the status anyway."""
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _load_certificate(path: Path) -> Any:
    from pyhanko.keys import load_cert_from_pemder

    return load_cert_from_pemder(str(path))  # type: ignore[no-untyped-call]
