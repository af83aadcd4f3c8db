"""The procurement rules, one module per family, and :func:`check_procurement` over all.

Every rule returns located :class:`RuleProblem` objects in a :class:`RuleReport`.
A message is a key of the tender catalogues with its values
(:mod:`~leadocs.tender.rules.messages`): English at the terminal, the documents'
language in the documents (:func:`problem_text`). Errors stop rendering, warnings
are printed and listed in an annex of the draft (errors under ``--strict``),
notes inform. The numbers of the law are in :mod:`leadocs.tender.rules.tables`.

Families and their basis (Directive 2014/24/EU unless stated):

* :mod:`~leadocs.tender.rules.budget`: phase budgets within the total; the PCP funnel
  (contracts never increase, budget per contract never decreases, warnings
  below 3 contracts in phase 1 and 2 in the last); PCP supplies below 50 %.
* :mod:`~leadocs.tender.rules.criteria`: award weights, and each phase gate's
  weights when given, add up to 100; award basis
  consistent with the criteria (Art. 67); an innovation partnership awards on
  the best price-quality ratio only (Art. 31(1)); R&D capacity in selection
  (Art. 31(6)); fewest candidates (Art. 65(2)).
* :mod:`~leadocs.tender.rules.cpv`: PCP codes within the Art. 14 R&D list.
* :mod:`~leadocs.tender.rules.dates`: dates in order; minimum time limits (Art. 27-31).
* :mod:`~leadocs.tender.rules.thresholds`: EU-wide publication by the threshold of the
  notice date (Delegated Regulations 2023/2495 and 2025/2152; Art. 5).
* :mod:`~leadocs.tender.rules.partnership`: what an innovation partnership must have
  (Art. 31).
* :mod:`~leadocs.tender.rules.contract`: payment within 30 days (60 at most) and acceptance
  within 30 days (Directive 2011/7/EU, Art. 4); instalments of a phase add up to 100 %.
* :mod:`~leadocs.tender.rules.procedure`: PCP IPR (R&D&I Framework point 33); PPI
  procedure and market consultation (Art. 40).
"""

from __future__ import annotations

from collections.abc import Callable

from leadocs.formats.loading import SourceMap
from leadocs.tender.model import Procurement
from leadocs.tender.rules._base import Locator, RuleProblem, RuleReport, problem_text
from leadocs.tender.rules.budget import check_budget
from leadocs.tender.rules.contract import check_contract
from leadocs.tender.rules.cpv import check_cpv
from leadocs.tender.rules.criteria import check_criteria
from leadocs.tender.rules.dates import check_dates
from leadocs.tender.rules.partnership import check_partnership
from leadocs.tender.rules.procedure import check_procedure
from leadocs.tender.rules.thresholds import check_thresholds

__all__ = ["FAMILIES", "Locator", "RuleProblem", "RuleReport", "check_procurement", "problem_text"]

Family = Callable[[Procurement, Locator], RuleReport]

FAMILIES: tuple[Family, ...] = (
    check_procedure,
    check_budget,
    check_criteria,
    check_cpv,
    check_dates,
    check_thresholds,
    check_partnership,
    check_contract,
)
"""Every rule family, in the order their findings are listed before sorting."""


def check_procurement(
    procurement: Procurement, *, file: str = "<procurement>", source: SourceMap | None = None
) -> RuleReport:
    """Run every procurement rule.

    Args:
        procurement: the validated procurement.
        file: the file name used in messages.
        source: where each value stands in the file, for line and column.

    Returns:
        The errors, warnings and notes, each list in file order.
    """
    at = Locator(file, source)
    report = RuleReport()
    for family in FAMILIES:
        report.extend(family(procurement, at))
    report.sort()
    return report
