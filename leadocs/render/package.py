"""Opening a template's zip package safely: sizes and entry names are checked first.

A .docx is a zip archive, and a zip can claim anything: a 2 MB file may
inflate to gigabytes (a "zip bomb"), and an entry may be named ``../../x`` or
``/tmp/x``. Every entry would be copied into every document of a mailing, so
the package is refused before anything is inflated.
"""

from __future__ import annotations

import re
import zipfile

from leadocs.errors import TemplateError

__all__ = ["MAX_RATIO", "MAX_UNCOMPRESSED", "check_entries"]

MAX_UNCOMPRESSED = 256 << 20
"""Most bytes a template may inflate to; Word templates with pictures stay far below."""
MAX_RATIO = 100
"""Most an entry may inflate, relative to its stored size; Word's XML inflates 5 to 20 times."""
_RATIO_FROM = 1 << 20
"""Entries smaller than this are never too large, whatever their ratio."""
_DRIVE = re.compile(r"^[A-Za-z]:")


def check_entries(infos: list[zipfile.ZipInfo], template: str) -> None:
    """Refuse a package whose entries inflate too much or are named outside the package.

    Args:
        infos: the entries of the package, from its central directory.
        template: the template's name, for messages.

    Raises:
        TemplateError: an entry's name is absolute or climbs out with ``..``, the
            package would inflate past :data:`MAX_UNCOMPRESSED`, or an entry
            inflates more than :data:`MAX_RATIO` times.
    """
    total = 0
    for info in infos:
        _check_name(info.filename, template)
        total += info.file_size
        ratio_ok = info.file_size < _RATIO_FROM or info.file_size <= MAX_RATIO * max(
            info.compress_size, 1
        )
        if not ratio_ok:
            raise TemplateError(
                template,
                f"the entry {info.filename} would inflate from {info.compress_size:,} to "
                f"{info.file_size:,} bytes (a 'zip bomb'); save the template again in Word",
            )
    if total > MAX_UNCOMPRESSED:
        raise TemplateError(
            template,
            f"the package would inflate to {total:,} bytes, more than the "
            f"{MAX_UNCOMPRESSED:,} a template may hold; make its pictures smaller",
        )


def _check_name(name: str, template: str) -> None:
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or _DRIVE.match(name) or ".." in parts:
        raise TemplateError(
            template,
            f"the package holds an entry named '{name}', which points outside it; "
            "save the template again in Word",
        )
