"""CPV rules: a PCP's codes inside the Art. 14 R&D list; no code twice.

The form of each code (eight digits, a hyphen, a check digit) is checked by the model, so that a
malformed code is an error wherever the file is read. Basis: Art. 14 of
Directive 2014/24/EU (the directive covers R&D services only for the listed
codes, and only when the benefits accrue exclusively to the authority and the
service is wholly paid by it; a PCP fails the first condition and so falls
outside the directive).
"""

from __future__ import annotations

from leadocs.tender.model import Procedure, Procurement
from leadocs.tender.rules._base import Findings, Locator, RuleReport
from leadocs.tender.rules.tables import ART14_RD_CPV

__all__ = ["all_codes", "check_cpv", "exempt_rd_codes"]


def all_codes(procurement: Procurement) -> list[tuple[tuple[str | int, ...], str]]:
    """Every CPV code of the procurement with its path: main first, then the additional ones."""
    codes: list[tuple[tuple[str | int, ...], str]] = [(("cpv_main",), procurement.cpv_main)]
    codes += [(("cpv_additional", i), code) for i, code in enumerate(procurement.cpv_additional)]
    return codes


def exempt_rd_codes(procurement: Procurement) -> bool:
    """Whether every CPV code is one of the R&D codes of Art. 14."""
    return all(code in ART14_RD_CPV for _, code in all_codes(procurement))


def check_cpv(procurement: Procurement, at: Locator) -> RuleReport:
    """Warn about PCP codes outside the Art. 14 list and about repeated codes."""
    found = Findings(at)
    seen: set[str] = set()
    for path, code in all_codes(procurement):
        if code in seen:
            found.warning(path, f"CPV code {code} is given twice")
        seen.add(code)
        if procurement.procedure is Procedure.PCP and code not in ART14_RD_CPV:
            found.warning(
                path,
                f"CPV code {code} is not one of the R&D service codes of Art. 14 of Directive "
                "2014/24/EU (73000000-2, 73100000-3, 73110000-6, 73120000-9, 73300000-5, "
                "73420000-2, 73430000-5): the PCP exemption may not apply to this part; "
                "describe the R&D services with those codes",
            )
    return found.report
