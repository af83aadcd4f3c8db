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
        found.warning((), "pcp_no_ipr")
    elif ipr.ownership is not IprOwnership.CONTRACTOR:
        found.warning(("ipr", "ownership"), "pcp_ownership", ownership=ipr.ownership.value)


def _ppi(procurement: Procurement, found: Findings) -> None:
    if procurement.procedure_type is None:
        found.error(("procedure",), "ppi_procedure_type")
    if procurement.market_consultation is None:
        found.warning((), "ppi_no_consultation")
