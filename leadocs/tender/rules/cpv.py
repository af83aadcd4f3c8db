"""CPV rules: check digits, a PCP's main code among the Art. 14 R&D codes, no code twice.

The form of each code (eight digits, a hyphen, a check digit) is checked by the
model, so that a malformed code is an error wherever the file is read. The check
digit is verified for the codes leadocs ships names for (``leadocs/data/cpv.yaml``).
Basis: Art. 14 of Directive 2014/24/EU (the directive covers R&D services of the
codes 73000000-2 to 73120000-9, 73300000-5, 73420000-2 and 73430000-5 only when
the benefits accrue exclusively to the authority and the service is wholly paid
by it; a PCP fails the first condition and so falls outside the directive). A
PCP is a contract for R&D services, so its main code, which names the main
subject of the contract, must be one of them; additional codes may name the
prototypes or test products bought within it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from leadocs.tender.model import Procedure, Procurement
from leadocs.tender.rules._base import Findings, Locator, RuleReport
from leadocs.tender.rules.tables import ART14_RD_CPV, art14_rd_code

__all__ = ["all_codes", "check_cpv", "cpv_label", "exempt_rd_codes", "known_code", "shipped_labels"]


@cache
def shipped_labels() -> dict[str, dict[str, str]]:
    """The CPV codes leadocs ships names for: code → language → official name."""
    text = (resources.files("leadocs") / "data" / "cpv.yaml").read_text("utf-8")
    data: dict[str, dict[str, str]] = yaml.safe_load(text)
    return data


def known_code(code: str) -> str | None:
    """The shipped code with the same eight digits as ``code`` (its right check digit), if any."""
    digits = code.split("-")[0]
    return next((known for known in shipped_labels() if known.startswith(f"{digits}-")), None)


def cpv_label(code: str, lang: str) -> str | None:
    """The official name of ``code`` in ``lang``; None when leadocs does not ship it.

    The documents print their language's ``[label]`` mark (``marks.label``) instead.
    """
    return shipped_labels().get(code, {}).get(lang.split("_")[0])


def all_codes(procurement: Procurement) -> list[tuple[tuple[str | int, ...], str]]:
    """Every CPV code of the procurement with its path: main first, then the additional ones."""
    codes: list[tuple[tuple[str | int, ...], str]] = [(("cpv_main",), procurement.cpv_main)]
    codes += [(("cpv_additional", i), code) for i, code in enumerate(procurement.cpv_additional)]
    return codes


def exempt_rd_codes(procurement: Procurement) -> bool:
    """Whether a PCP's main subject is an R&D service of Art. 14: it is outside the directive."""
    return procurement.procedure is Procedure.PCP and art14_rd_code(procurement.cpv_main)


def check_cpv(procurement: Procurement, at: Locator) -> RuleReport:
    """Check digits, repeated codes, and a PCP's codes against the Art. 14 R&D codes."""
    found = Findings(at)
    seen: set[str] = set()
    for path, code in all_codes(procurement):
        if code in seen:
            found.warning(path, "cpv_twice", code=code)
        seen.add(code)
        known = known_code(code)
        if known is not None and known != code:
            found.error(path, "cpv_check_digit", code=code, digits=code[:8], known=known)
    if procurement.procedure is Procedure.PCP:
        _pcp_codes(procurement, found)
    return found.report


def _pcp_codes(procurement: Procurement, found: Findings) -> None:
    if not art14_rd_code(procurement.cpv_main):
        found.warning(
            ("cpv_main",), "pcp_main_cpv", code=procurement.cpv_main, codes=", ".join(ART14_RD_CPV)
        )
    for path, code in all_codes(procurement)[1:]:
        if not art14_rd_code(code):
            found.note(path, "pcp_other_cpv", code=code)
