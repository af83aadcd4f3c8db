"""DOCX to PDF on warm LibreOffice workers, and PDF packs with pypdf.

``ConverterPool`` runs one LibreOffice per core, each with its own profile and
pipe, fed from a shared queue; ``convert_to_pdf`` is the one-document shortcut.
``ConverterPool(combine=16)`` joins letters from one template into one load and
cuts the PDF apart again (``combine_docx``, ``split_pdf``): 3-4 times faster for
mailings of short letters.
``doctor`` checks that LibreOffice, its Python, a real conversion and the fonts
a faithful PDF needs are all present.
"""

from leadocs.pdf.combine import NotCombinable, combine_docx
from leadocs.pdf.files import merge_pdfs, pdf_page_count, set_pdf_metadata, split_pdf
from leadocs.pdf.office import find_soffice, find_uno_python
from leadocs.pdf.pool import ConversionJob, ConversionResult, ConverterPool, convert_to_pdf

__all__ = [
    "ConversionJob",
    "ConversionResult",
    "ConverterPool",
    "NotCombinable",
    "combine_docx",
    "convert_to_pdf",
    "find_soffice",
    "find_uno_python",
    "merge_pdfs",
    "pdf_page_count",
    "set_pdf_metadata",
    "split_pdf",
]
