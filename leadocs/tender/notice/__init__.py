"""Notices as data: eForms notices and OCDS releases from a procurement file, validated offline.

:func:`make_notice` builds one notice in one format; :class:`NoticeValidator`
checks any eForms notice against the SDK's XSD and static schematron.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from leadocs.tender.input import ProcurementInput
from leadocs.tender.notice.build import build_notice
from leadocs.tender.notice.content import MissingTerm, NoticeContent
from leadocs.tender.notice.sdk import EformsSdk, locate_sdk
from leadocs.tender.notice.subtypes import NoticeKind, subtype_for
from leadocs.tender.notice.validation import NoticeProblem, NoticeValidator

__all__ = [
    "EformsSdk",
    "MadeNotice",
    "NoticeFormat",
    "NoticeKind",
    "NoticeProblem",
    "NoticeValidator",
    "locate_sdk",
    "make_notice",
]


class NoticeFormat(StrEnum):
    """The output format of a notice."""

    EFORMS = "eforms"
    OCDS = "ocds"
    DOCX = "docx"

    @property
    def suffix(self) -> str:
        """The file name suffix of the format."""
        return {"eforms": ".xml", "ocds": ".json", "docx": ".docx"}[self.value]


@dataclass(frozen=True)
class MadeNotice:
    """A notice in one format, and the values its procurement file lacks."""

    data: bytes
    content: NoticeContent
    missing: list[MissingTerm]


def make_notice(
    loaded: ProcurementInput,
    kind: NoticeKind,
    sdk: EformsSdk,
    notice_format: NoticeFormat = NoticeFormat.EFORMS,
    today: dt.date | None = None,
) -> MadeNotice:
    """Build the ``kind`` notice of a procurement in ``notice_format``."""
    day = today or dt.date.today()
    content = build_notice(loaded, kind, sdk.fields, day)
    if notice_format is NoticeFormat.OCDS:
        from leadocs.tender.notice.ocds import ocds_json, ocds_package

        subtype = subtype_for(loaded.procurement.procedure, kind)
        data = ocds_json(ocds_package(loaded, subtype, day))
    elif notice_format is NoticeFormat.DOCX:
        from leadocs.tender.notice.datasheet import datasheet_docx

        procurement = loaded.procurement
        form_type = subtype_for(procurement.procedure, kind).form_type
        data = datasheet_docx(
            content,
            sdk.fields,
            title=procurement.title,
            language=procurement.language,
            form_type=form_type,
        )
    else:
        from leadocs.tender.notice.eforms import write_eforms

        data = write_eforms(content, sdk.fields)
    return MadeNotice(data, content, content.missing)
