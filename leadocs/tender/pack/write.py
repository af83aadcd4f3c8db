"""Writing a tender pack to a folder: the files, their PDFs, one merged PDF of the published ones.

Every target is checked before anything is written, and each file is written
atomically, so that an existing pack is never half replaced by a failed run.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from leadocs.outputs import check_writable, write_atomic
from leadocs.tender.pack import PackFile, TenderPack

__all__ = ["merged_name", "pack_targets", "write_pack"]


def merged_name(pack: TenderPack) -> str:
    """The file name of the merged PDF of the published documents."""
    return pack.merged_name


def pack_targets(pack: TenderPack, folder: Path, *, pdf: bool, merge: bool) -> list[Path]:
    """Every file the pack writes in ``folder``."""
    targets = [folder / f.name for f in pack.files]
    if pdf:
        targets += [folder / f"{Path(f.name).stem}.pdf" for f in pack.files]
    if merge:
        targets.append(folder / merged_name(pack))
    return targets


def write_pack(
    pack: TenderPack, folder: Path, *, force: bool = False, pdf: bool = False, merge: bool = False
) -> list[Path]:
    """Write the pack's files into ``folder`` (created if missing); return what was written.

    Args:
        pack: the built pack.
        folder: the pack folder.
        force: overwrite files that exist.
        pdf: also write a PDF of every file (needs LibreOffice).
        merge: also write one PDF of the published documents with a bookmark each
            (implies ``pdf``).

    Raises:
        OutputError: a target exists (without ``force``) or cannot be written.
        ConversionError: LibreOffice is missing or a conversion fails.
    """
    pdf = pdf or merge
    folder.mkdir(parents=True, exist_ok=True)
    for target in pack_targets(pack, folder, pdf=pdf, merge=merge):
        check_writable(target, force=force)
    written = [write_atomic(folder / f.name, f.data, force=force) for f in pack.files]
    if not pdf:
        return written
    pdfs = _write_pdfs(pack.files, folder, force=force)
    written += pdfs
    if merge:
        from leadocs.pdf import merge_pdfs

        parts = [(f.title, p) for f, p in zip(pack.files, pdfs, strict=True) if f.published]
        target = folder / merged_name(pack)
        with tempfile.TemporaryDirectory(prefix="leadocs-pack-") as scratch:
            merged = Path(scratch) / "merged.pdf"
            merge_pdfs(parts, merged, title=pack.title, author=pack.author)
            written.append(write_atomic(target, merged.read_bytes(), force=force))
    return written


def _write_pdfs(files: list[PackFile], folder: Path, *, force: bool) -> list[Path]:
    from leadocs.pdf import set_pdf_metadata
    from leadocs.pdf.pool import ConverterPool

    written = []
    with tempfile.TemporaryDirectory(prefix="leadocs-pack-") as scratch, ConverterPool(1) as pool:
        for file in files:
            source = Path(scratch) / file.name
            source.write_bytes(file.data)
            pdf = source.with_suffix(".pdf")
            pool.convert(source, pdf)
            if file.document is not None:
                doc = file.document
                set_pdf_metadata(
                    pdf, title=doc.title, author=doc.author, subject=doc.subject,
                    keywords=doc.keywords,
                )  # fmt: skip
            target = folder / f"{Path(file.name).stem}.pdf"
            written.append(write_atomic(target, pdf.read_bytes(), force=force))
    return written
