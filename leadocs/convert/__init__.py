"""DOCX to PDF on warm LibreOffice workers, and PDF packs with pypdf.

``ConverterPool`` runs one LibreOffice per core, each with its own profile and
pipe, fed from a shared queue; ``convert_to_pdf`` is the one-document shortcut.
``doctor`` checks that LibreOffice, its Python, a real conversion and the fonts
a faithful PDF needs are all present.
"""

from leadocs.convert.office import DoctorCheck, doctor, find_soffice, find_uno_python
from leadocs.convert.pdf import merge_pdfs, pdf_page_count, set_pdf_metadata
from leadocs.convert.pool import ConversionJob, ConversionResult, ConverterPool, convert_to_pdf

__all__ = [
    "ConversionJob",
    "ConversionResult",
    "ConverterPool",
    "DoctorCheck",
    "convert_to_pdf",
    "doctor",
    "find_soffice",
    "find_uno_python",
    "merge_pdfs",
    "pdf_page_count",
    "set_pdf_metadata",
]
