"""Date rules: the procedure's dates in order, and the minimum time limits of the directive.

Time limits are calendar days from the dispatch of the contract notice (or of
the invitation to tender), Art. 27-31 of Directive 2014/24/EU, with only the
reductions the file claims: electronic submission (Art. 27(4), 28(5)), a prior
information notice sent 35 days to 12 months before (Art. 27(2), 28(3)),
urgency (Art. 27(3), 28(6)) and, for sub-central authorities, a tender deadline
agreed with the candidates (Art. 28(4)). A PCP is outside the directive
(Art. 14), so only the order of its dates is checked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from leadocs.tender.model import AuthorityType, Procedure, ProcedureType, Procurement
from leadocs.tender.rules._base import Findings, Locator, RuleReport
from leadocs.tender.rules.cpv import exempt_rd_codes
from leadocs.tender.rules.messages import Article, Message
from leadocs.tender.rules.tables import Standstill
from leadocs.tender.rules.tables import TimeLimits as TL

__all__ = ["check_dates", "pcp_comparable_days", "standstill_days", "time_limit_stages"]

Path = tuple[Any, ...]
_DEADLINES = ("request_deadline", "tender_deadline")


def check_dates(procurement: Procurement, at: Locator) -> RuleReport:
    """Check that dates follow each other and that time limits are long enough."""
    found = Findings(at)
    _order(procurement, found)
    _inside_tender_period(procurement, found)
    _durations(procurement, found)
    _time_limits(procurement, found)
    _pcp_tender_period(procurement, found)
    _standstill(procurement, found)
    return found.report


def _chain(procurement: Procurement) -> list[tuple[Path, dt.date | None]]:
    """The dates that must come one after the other, in procedure order."""
    tl = procurement.timeline
    consultation = procurement.market_consultation
    # A prior information notice and a market consultation come in either order (Art. 40
    # needs no PIN); each comes before the contract notice, so they are two chains.
    chain: list[tuple[Path, dt.date | None]] = []
    if consultation is not None:
        chain += [
            (("market_consultation", "start"), consultation.start),
            (("market_consultation", "end"), consultation.end),
        ]
    chain += [
        (("timeline", key), getattr(tl, key))
        for key in (
            "notice_dispatch",
            "request_deadline",
            "invitation_dispatch",
            "tender_deadline",
            "award_date",
            "contract_start",
        )
    ]
    for index, phase in enumerate(procurement.phases):
        chain += [(("phases", index, "start"), phase.start), (("phases", index, "end"), phase.end)]
    return chain


def _order(procurement: Procurement, found: Findings) -> None:
    tl = procurement.timeline
    pin = [(("timeline", "pin_dispatch"), tl.pin_dispatch)]
    _in_order(pin + [(("timeline", "notice_dispatch"), tl.notice_dispatch)], found)
    _in_order(_chain(procurement), found)


def _in_order(chain: list[tuple[Path, dt.date | None]], found: Findings) -> None:
    previous: tuple[Path, dt.date] | None = None
    for path, day in chain:
        if day is None:
            continue
        if previous is not None:
            before_path, before = previous
            strict = path[-1] in _DEADLINES
            if day < before or (strict and day == before):
                key = "date_not_after" if strict and day == before else "date_before"
                found.error(path, key, day=day, earlier=_name(before_path), earlier_day=before)
        previous = (path, day)


def _inside_tender_period(procurement: Procurement, found: Findings) -> None:
    tl = procurement.timeline
    for key in ("information_day", "clarification_deadline"):
        day: dt.date | None = getattr(tl, key)
        if day is None:
            continue
        if tl.notice_dispatch and day < tl.notice_dispatch:
            found.error(("timeline", key), "before_notice", day=day, notice=tl.notice_dispatch)
        if tl.tender_deadline and day >= tl.tender_deadline:
            found.error(
                ("timeline", key), "after_tender_deadline", day=day, deadline=tl.tender_deadline
            )


def _durations(procurement: Procurement, found: Findings) -> None:
    for index, phase in enumerate(procurement.phases):
        if not (phase.start and phase.end and phase.duration_months):
            continue
        months = (phase.end - phase.start).days / 30.44
        if abs(months - phase.duration_months) > 1:
            found.warning(
                ("phases", index, "duration_months"),
                "duration",
                months=phase.duration_months,
                start=phase.start,
                end=phase.end,
                about=round(months),
            )


@dataclass(frozen=True)
class Stage:
    """One time limit to check: from which date to which deadline, and the minimum."""

    deadline: str
    """The timeline key of the deadline."""
    start: dt.date | None
    start_key: str
    """What the time limit runs from: ``from_notice``, ``from_invitation`` or ``from_requests``."""
    minimum: int
    basis: Message
    """The minimum and where it comes from, e.g. "30 days (Art. 28(1))"."""
    article: Article | None = None
    """The article that sets the minimum (None for a deadline agreed with the candidates)."""


Option = tuple[int, Message, Article | None]
"""A minimum time limit in days, how it reads, and its article."""


def _option(days: int, how: str, article: Article) -> Option:
    return (days, Message(f"rules.{how}", {"days": days, "article": article}), article)


def _shortest(options: list[Option]) -> Option:
    """The shortest time limit; of equal ones, the first listed."""
    return min(options, key=lambda option: option[0])


def time_limit_stages(procurement: Procurement, found: Findings | None = None) -> list[Stage]:
    """The minimum time limits that apply to the procurement, reductions applied.

    Warnings about claimed reductions that do not apply go to ``found`` when given.
    """
    found = found or Findings(Locator())
    tl = procurement.timeline
    notice = tl.notice_dispatch
    if procurement.procedure is Procedure.PCP or notice is None:
        return []
    if procurement.procedure is Procedure.INNOVATION_PARTNERSHIP:
        _not_available(procurement, found, "not_available_ip")
        return [_requests_stage(notice, Article(31, 1))]
    kind = procurement.procedure_type
    if kind is ProcedureType.OPEN:
        return [_open_stage(procurement, found)]
    if kind is ProcedureType.COMPETITIVE_DIALOGUE:
        _not_available(procurement, found, "not_available_dialogue")
        return [_requests_stage(notice, Article(30, 1))]
    if kind in (ProcedureType.RESTRICTED, ProcedureType.COMPETITIVE_NEGOTIATION):
        return _two_stage(procurement, found)
    return []


def _requests_stage(notice: dt.date, article: Article) -> Stage:
    """The one time limit of a procedure that allows no reduction: requests to participate."""
    requests = _option(TL.REQUESTS, "basis_days", article)
    return Stage("request_deadline", notice, "from_notice", *requests)


def _pin_applies(procurement: Procurement, found: Findings) -> bool:
    tl = procurement.timeline
    if tl.pin_dispatch is None or tl.notice_dispatch is None:
        return False
    gap = (tl.notice_dispatch - tl.pin_dispatch).days
    if TL.PIN_MIN_DAYS_BEFORE <= gap <= TL.PIN_MAX_DAYS_BEFORE:
        return True
    found.warning(("timeline", "pin_dispatch"), "pin_gap", gap=gap)
    return False


def _open_stage(procurement: Procurement, found: Findings) -> Stage:
    tl = procurement.timeline
    if tl.request_deadline is not None:
        found.warning(("timeline", "request_deadline"), "open_requests")
    options = [_option(TL.OPEN_TENDERS, "basis_days", Article(27, 1))]
    if tl.e_submission:
        days = TL.OPEN_TENDERS - TL.E_SUBMISSION_REDUCTION
        options.append(_option(days, "basis_electronic", Article(27, 4)))
    if _pin_applies(procurement, found):
        options.append(_option(TL.OPEN_PIN, "basis_pin", Article(27, 2)))
    if tl.urgency:
        options.append(_option(TL.OPEN_URGENCY, "basis_urgency", Article(27, 3)))
    return Stage("tender_deadline", tl.notice_dispatch, "from_notice", *_shortest(options))


def _two_stage(procurement: Procurement, found: Findings) -> list[Stage]:
    tl = procurement.timeline
    # Art. 29(1) sets the same 30 days and applies the reductions of Art. 28(3)-(6).
    restricted = procurement.procedure_type is ProcedureType.RESTRICTED
    first, second = (Article(28, 1), Article(28, 2)) if restricted else (Article(29, 1),) * 2
    requests = [_option(TL.REQUESTS, "basis_days", first)]
    tenders = [_option(TL.TWO_STAGE_TENDERS, "basis_days", second)]
    if tl.e_submission:
        days = TL.TWO_STAGE_TENDERS - TL.E_SUBMISSION_REDUCTION
        tenders.append(_option(days, "basis_electronic", Article(28, 5)))
    if _pin_applies(procurement, found):
        tenders.append(_option(TL.TWO_STAGE_PIN, "basis_pin", Article(28, 3)))
    if tl.urgency:
        requests.append(_option(TL.REQUESTS_URGENCY, "basis_urgency", Article(28, 6, "a")))
        tenders.append(_option(TL.TWO_STAGE_URGENCY, "basis_urgency", Article(28, 6, "b")))
    if tl.agreed_tender_deadline:
        if procurement.authority_type is AuthorityType.SUB_CENTRAL:
            tenders.append((0, Message("rules.basis_agreed"), None))
        else:
            found.error(("timeline", "agreed_tender_deadline"), "agreed_central")
    start, start_key = tl.invitation_dispatch, "from_invitation"
    if start is None:
        start, start_key = tl.request_deadline, "from_requests"
    return [
        Stage("request_deadline", tl.notice_dispatch, "from_notice", *_shortest(requests)),
        Stage("tender_deadline", start, start_key, *_shortest(tenders)),
    ]


def _not_available(procurement: Procurement, found: Findings, key: str) -> None:
    tl = procurement.timeline
    claims = [
        ("urgency", bool(tl.urgency)),
        ("pin_dispatch", tl.pin_dispatch is not None),
        ("agreed_tender_deadline", tl.agreed_tender_deadline),
    ]
    for claim, claimed in claims:
        if claimed:
            found.warning(("timeline", claim), key)


def _time_limits(procurement: Procurement, found: Findings) -> None:
    tl = procurement.timeline
    if procurement.procedure is Procedure.PCP:
        return
    if tl.notice_dispatch is None:
        found.warning(("timeline",), "no_notice_date")
        return
    for stage in time_limit_stages(procurement, found):
        deadline: dt.date | None = getattr(tl, stage.deadline)
        if deadline is None:
            found.warning(("timeline",), "no_deadline", deadline=stage.deadline, basis=stage.basis)
            continue
        if stage.start is None or stage.minimum == 0:
            continue
        days = (deadline - stage.start).days
        if days < stage.minimum:
            found.error(
                ("timeline", stage.deadline),
                "too_short",
                days=days,
                start=Message(f"rules.{stage.start_key}"),
                start_day=stage.start,
                basis=stage.basis,
                earliest=stage.start + dt.timedelta(days=stage.minimum),
            )


def pcp_comparable_days(procurement: Procurement) -> int:
    """The Directive's shortest comparable tender period for a PCP: an open procedure's."""
    reduction = TL.E_SUBMISSION_REDUCTION if procurement.timeline.e_submission else 0
    return TL.OPEN_TENDERS - reduction


def _pcp_tender_period(procurement: Procurement, found: Findings) -> None:
    tl = procurement.timeline
    if procurement.procedure is not Procedure.PCP:
        return
    if tl.notice_dispatch is None or tl.tender_deadline is None:
        return
    days = (tl.tender_deadline - tl.notice_dispatch).days
    minimum = pcp_comparable_days(procurement)
    if days < minimum:
        found.warning(
            ("timeline", "tender_deadline"), "pcp_tender_period", days=days, minimum=minimum
        )


def standstill_days(procurement: Procurement) -> int:
    """The standstill period that applies to the award decision, in calendar days."""
    electronic = procurement.timeline.award_sent_electronically
    return Standstill.ELECTRONIC if electronic else Standstill.OTHER


def _standstill(procurement: Procurement, found: Findings) -> None:
    tl = procurement.timeline
    if tl.award_date is None or tl.contract_start is None:
        return
    days = standstill_days(procurement)
    earliest = tl.award_date + dt.timedelta(days=days + 1)
    if tl.contract_start >= earliest:
        return
    how = "electronic" if tl.award_sent_electronically else "other"
    message = Message(
        f"rules.standstill_{how}",
        {"signed": tl.contract_start, "days": days, "award": tl.award_date, "earliest": earliest},
    )
    if exempt_rd_codes(procurement):
        found.note(("timeline", "contract_start"), "standstill_pcp", standstill=message)
    else:
        found.error(("timeline", "contract_start"), message)


def _name(path: Path) -> str:
    return ".".join(
        str(part) if not isinstance(part, int) else f"[{part}]" for part in path
    ).replace(".[", "[")
