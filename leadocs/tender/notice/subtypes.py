"""Which eForms notice subtype a procurement's notice is, and what that fixes.

A PPI or an innovation partnership follows Directive 2014/24/EU: prior
information notice used only for information (subtype 4, used to announce the
market consultation), contract notice (16). A PCP is exempted from the directive
by its Art. 14 and uses the voluntary notices the SDK provides for procurements
outside the directives: the pre-market consultation notice (E1) and the contract
notice (E3). The contract award notice is subtype 29, or E4 for a PCP.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from leadocs.tender.model import Procedure

__all__ = ["NoticeKind", "Subtype", "subtype_for"]


class NoticeKind(StrEnum):
    """The notice an officer asks for: ``pin``, ``cn`` or ``can``."""

    PIN = "pin"
    CN = "cn"
    CAN = "can"


@dataclass(frozen=True)
class Subtype:
    """The fixed parts of one notice subtype."""

    code: str
    """OPP-070, e.g. 16 or E3."""
    root: str
    """The UBL document element."""
    notice_type: str
    """BT-02, e.g. cn-standard."""
    form_type: str
    """BT-03, e.g. competition."""
    legal_basis: str
    """BT-01: the CELEX number of the directive, or ``other``."""
    lot_scheme: str
    """``Lot``, or ``Part`` for a prior information notice's parts."""
    label: str
    """What an officer calls it, e.g. ``contract notice``."""
    review: bool = True
    """Whether the notice names the review body."""


def _subtype(code: str, kind: NoticeKind, legal_basis: str, label: str, **extra: str) -> Subtype:
    root, notice_type, form_type = _KINDS[kind]
    lot_scheme = extra.get("lot_scheme", "Lot")
    review = extra.get("review", "yes") == "yes"
    return Subtype(code, root, notice_type, form_type, legal_basis, lot_scheme, label, review)


_KINDS = {
    NoticeKind.PIN: ("PriorInformationNotice", "pin-only", "planning"),
    NoticeKind.CN: ("ContractNotice", "cn-standard", "competition"),
    NoticeKind.CAN: ("ContractAwardNotice", "can-standard", "result"),
}
_DIRECTIVE = {
    NoticeKind.PIN: _subtype(
        "4", NoticeKind.PIN, "32014L0024", "prior information notice", lot_scheme="Part"
    ),
    NoticeKind.CN: _subtype("16", NoticeKind.CN, "32014L0024", "contract notice"),
    NoticeKind.CAN: _subtype("29", NoticeKind.CAN, "32014L0024", "contract award notice"),
}
_OUTSIDE_DIRECTIVE = {
    NoticeKind.PIN: dataclasses.replace(
        _subtype("E1", NoticeKind.PIN, "other", "pre-market consultation notice", review="no"),
        notice_type="pmc",
        form_type="consultation",
    ),
    NoticeKind.CN: _subtype("E3", NoticeKind.CN, "other", "contract notice"),
    NoticeKind.CAN: _subtype("E4", NoticeKind.CAN, "other", "contract award notice"),
}


def subtype_for(procedure: Procedure, kind: NoticeKind) -> Subtype:
    """The subtype of the ``kind`` notice of a procurement run as ``procedure``."""
    table = _OUTSIDE_DIRECTIVE if procedure is Procedure.PCP else _DIRECTIVE
    return table[kind]
