"""Controls that lost their tags: matched to the tags the same document has when made again.

LibreOffice 7.4 keeps a Word checkbox's tag when it saves a .docx, but not a
text control's: the control, its title and its text stay, the tag goes. The
layout puts the controls in a fixed order, so a document made again for the
same recipient, kind and language has them in the same order, with their tags;
where the counts agree, each untagged control takes the tag at its place.
"""

from __future__ import annotations

from leadocs.documents.identity import DocumentIdentity
from leadocs.documents.subject import DocumentSubject
from leadocs.returns.docx_fields import control_tags
from leadocs.returns.returned import ReturnedFile

__all__ = ["restore_tags"]


def restore_tags(
    returned: ReturnedFile, identity: DocumentIdentity, subject: DocumentSubject
) -> list[tuple[str, str]]:
    """Give ``returned``'s untagged values the tags at their places.

    Returns:
        (field, message) problems: none, or one when the controls do not fit.
    """
    if not returned.untagged:
        return []
    from leadocs.documents.build import make_document

    made = make_document(identity.kind, subject, lang=identity.lang or None).data
    expected = control_tags(made)
    if len(expected) != len(returned.order):
        message = "its form fields lost their names and the form was changed; enter it by hand"
        return [("", message)]
    values = iter(returned.untagged)
    for found, tag in zip(returned.order, expected, strict=True):
        if not found:
            returned.values.setdefault(tag, next(values))
    return []
