"""What a returned file holds: its identity, the values of its fields, and what was odd.

Both readers (:mod:`leadocs.returns.docx_fields`, :mod:`leadocs.returns.pdf_fields`)
produce a :class:`ReturnedFile`; matching and applying it to data is done by
:mod:`leadocs.returns.collect`. Nothing here reads or writes files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from leadocs.documents.identity import DocumentIdentity

__all__ = ["FieldValue", "ReturnedFile", "Signature", "read_mark"]

FieldValue = bool | str
"""A ticked box (True/False) or a text answer."""

_TICKED = {"☒", "☑", "✓", "✔", "✗", "✘", "x", "X", "⊠"}
_EMPTY = {"☐", ""}


def read_mark(text: str) -> bool | None:
    """Whether a box's visible text says ticked (☒, ✓, an X typed by hand …).

    Returns:
        True or False, or None when the text is neither a tick nor an empty box.
    """
    mark = text.strip()
    if mark in _EMPTY:
        return False
    if mark in _TICKED or (mark and all(char in _TICKED for char in mark.replace(" ", ""))):
        return True
    return None


@dataclass(frozen=True)
class Signature:
    """A digital signature found in a returned PDF, as far as it was checked.

    Attributes:
        field: the signature field's name.
        signer: the signing certificate's subject, as the signature states it.
        intact: the signed bytes are unchanged (the document hash matches).
        valid: intact, and the certificate chain is trusted by the trust roots
            given; False when they were not given or do not trust it.
        covers_whole_file: nothing was added after the signature.
        summary: pyHanko's one-line account of the check.
    """

    field: str
    signer: str
    intact: bool
    valid: bool
    covers_whole_file: bool
    summary: str


@dataclass
class ReturnedFile:
    """One returned document, read.

    Attributes:
        path: the file.
        identity: the identity in its properties, None when it has none.
        values: each field's value by tag (see :mod:`leadocs.returns.tags`).
        problems: (field, message) pairs found while reading.
        signatures: the PDF's digital signatures (empty for a .docx).
        needs_manual_entry: the file has no fields to read (a scan, a flattened PDF).
        order: the tags of the document's controls in document order, "" for a
            control that lost its tag (LibreOffice 7.4 drops the tags of text
            controls when it saves a .docx); their values are in ``untagged``.
    """

    path: Path
    identity: DocumentIdentity | None = None
    values: dict[str, FieldValue] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    needs_manual_entry: bool = False
    order: list[str] = field(default_factory=list)
    untagged: list[FieldValue] = field(default_factory=list)
