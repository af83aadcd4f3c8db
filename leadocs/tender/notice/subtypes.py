"""Which eForms notice subtype a procurement's notice is, and what that fixes.

A PPI or an innovation partnership follows Directive 2014/24/EU: prior
information notice used only for information (subtype 4, used to announce the
market consultation), contract notice (16). A PCP is exempted from the directive
by its Art. 14 and uses the voluntary notices the SDK provides for procurements
outside the directives: the pre-market consultation notice (E1) and the contract
notice (E3).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from leadocs.tender.model import Procedure

__all__ = ["NoticeKind", "Subtype", "subtype_for"]


class NoticeKind(StrEnum):
    """The notice an officer asks for: ``pin`` or ``cn``."""

    PIN = "pin"
    CN = "cn"


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


_DIRECTIVE = {
    NoticeKind.PIN: Subtype(
        "4",
        "PriorInformationNotice",
        "pin-only",
        "planning",
        "32014L0024",
        "Part",
        "prior information notice",
    ),
    NoticeKind.CN: Subtype(
        "16",
        "ContractNotice",
        "cn-standard",
        "competition",
        "32014L0024",
        "Lot",
        "contract notice",
    ),
}
_OUTSIDE_DIRECTIVE = {
    NoticeKind.PIN: Subtype(
        "E1",
        "PriorInformationNotice",
        "pmc",
        "consultation",
        "other",
        "Lot",
        "pre-market consultation notice",
        review=False,
    ),
    NoticeKind.CN: Subtype(
        "E3",
        "ContractNotice",
        "cn-standard",
        "competition",
        "other",
        "Lot",
        "contract notice",
    ),
}


def subtype_for(procedure: Procedure, kind: NoticeKind) -> Subtype:
    """The subtype of the ``kind`` notice of a procurement run as ``procedure``."""
    table = _OUTSIDE_DIRECTIVE if procedure is Procedure.PCP else _DIRECTIVE
    return table[kind]
