"""The names of the fields a recipient fills, shared by the layouts and ``leadocs collect``.

A content control's ``w:tag`` (and the PDF form field made from it) names the
data it fills:

* ``task:ID`` — a checkbox: the organisation commits to the network's task ID;
* ``assistance.FIELD`` — an answer of the assistance form (FIELD is a field of
  the organisation format: experience, assistance, timeline, additional_needs);
* ``report.member_states.CODE.member`` — who the partner committed in a member state;
* ``report.additional_members.N.COLUMN`` — row N (from 1) of the additional
  members table, COLUMN organisation, country or status;
* ``report.description``, ``report.challenges`` — the report's two texts.
"""

from __future__ import annotations

__all__ = [
    "ADDITIONAL_COLUMNS",
    "ASSISTANCE_FIELDS",
    "TASK_PREFIX",
    "additional_tag",
    "assistance_tag",
    "member_tag",
    "pdf_field_name",
    "tag_of_pdf_field",
]

TASK_PREFIX = "task:"
ASSISTANCE_FIELDS = ("experience", "assistance", "timeline", "additional_needs")
"""The organisation's fields the assistance form asks for, in the form's order."""
ADDITIONAL_COLUMNS = ("organisation", "country", "status")
"""The columns of the partner report's additional members table."""


def assistance_tag(field: str) -> str:
    """The tag of an assistance answer, e.g. ``assistance.experience``."""
    return f"assistance.{field}"


def member_tag(code: str) -> str:
    """The tag of the member committed in a member state (``code`` may be a template tag)."""
    return f"report.member_states.{code}.member"


def additional_tag(row: str, column: str) -> str:
    """The tag of one cell of the additional members table (``row`` counts from 1)."""
    return f"report.additional_members.{row}.{column}"


# A PDF field name uses "." to separate the names of nested fields, so a tag's
# dots are written as "/" there (no tag has a "/").
def pdf_field_name(tag: str) -> str:
    """The name of the PDF form field made from the control tagged ``tag``."""
    return tag.replace(".", "/")


def tag_of_pdf_field(name: str) -> str:
    """The tag a PDF form field was made from (see :func:`pdf_field_name`)."""
    return name.replace("/", ".")
