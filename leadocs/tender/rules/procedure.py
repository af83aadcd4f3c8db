"""Rules that depend on the kind of procurement: PCP conditions, PPI procedure.

Bases: a PCP is free of State aid only if the IPR arrangements are made known
to all bidders in advance and the providers keep IPR while the procurers get
free use and the right to license third parties (R&D&I Framework 2014/C
198/01, point 33; procurement-domain §1.1, §1.5). A PPI follows one of the
procedures of Directive 2014/24/EU, usually after a preliminary market
consultation (Art. 40).
"""

from __future__ import annotations

from leadocs.tender.model import IprOwnership, Procedure, Procurement
from leadocs.tender.rules._base import Findings, Locator, RuleReport

__all__ = ["check_procedure"]


def check_procedure(procurement: Procurement, at: Locator) -> RuleReport:
    """Check what the kind of procurement asks for: PCP IPR, PPI procedure type."""
    found = Findings(at)
    if procurement.procedure is Procedure.PCP:
        _pcp(procurement, found)
    elif procurement.procedure is Procedure.PPI:
        _ppi(procurement, found)
    return found.report


def _pcp(procurement: Procurement, found: Findings) -> None:
    ipr = procurement.ipr
    if ipr is None:
        found.warning(
            (),
            "no 'ipr:' arrangements; a PCP must tell every bidder in advance who owns the "
            "results and what rights the procurers get (R&D&I Framework, point 33(b))",
        )
    elif ipr.ownership is not IprOwnership.CONTRACTOR:
        found.warning(
            ("ipr", "ownership"),
            f"ownership '{ipr.ownership}': in a PCP the contractors normally keep the IPR and "
            "the procurers get free use and licensing rights; otherwise the results must be "
            "widely disseminated or the price may hide State aid (R&D&I Framework, point 33(d))",
        )


def _ppi(procurement: Procurement, found: Findings) -> None:
    if procurement.procedure_type is None:
        found.error(
            ("procedure",),
            "a PPI follows a procedure of Directive 2014/24/EU; add 'procedure_type:' (open, "
            "restricted, competitive-negotiation or competitive-dialogue)",
        )
    if procurement.market_consultation is None:
        found.warning(
            (),
            "no 'market_consultation:'; a PPI is normally prepared by a preliminary market "
            "consultation (Directive 2014/24/EU, Art. 40)",
        )
