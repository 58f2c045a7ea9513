"""The recertification period's dates: when a credential expires (R-CMA-1, R-BLS-1), until when CE
still counts (R-CMA-9), its status on a day, the exam's pass-by date (R-CMA-13) and the annual fee
dates (R-RMA-3). Calendar months, with a day clamped to the month's end."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from credentials.rules.inputs import _as_date
from credentials.rules.programs import Program
from credentials.rules.terms import CURRENT, EXPIRING, GRACE, LAPSED


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months``, the day clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    return day + relativedelta(months=months)


def cycle_dates(program: Program, certified_on: date, *, expires_on: date | None = None) -> tuple[date, date]:
    """(expires_on, ce_deadline) of a period that starts on ``certified_on``.

    ``expires_on``, when given, is the date printed on the card and wins over the computed one.
    """
    if expires_on is None:
        # R-CMA-1 / R-BLS-1: last day of (that month + N months); others: same day N months on.
        if program.expiry_at_month_end:
            expires_on = month_end(add_months(certified_on.replace(day=1), program.cycle_months))
        else:
            expires_on = add_months(certified_on, program.cycle_months)
    else:
        expires_on = _as_date(expires_on, "expires_on")
        if expires_on <= certified_on:
            raise ValueError("The expiry date must be after the date certified.")
    return expires_on, _ce_deadline(program, expires_on)


def _ce_deadline(program: Program, expires_on: date) -> date:
    """R-CMA-9: CE is accepted to the end of the month `grace_months` after the expiry month;
    for expiries before `grace_since`, the older policy's months, cut off on `old_grace_closed_on`."""
    if program.grace_months and (program.grace_since is None or expires_on >= program.grace_since):
        return month_end(add_months(expires_on.replace(day=1), program.grace_months))
    if program.old_grace_months:
        deadline = month_end(add_months(expires_on.replace(day=1), program.old_grace_months))
        if program.old_grace_closed_on is not None:
            deadline = min(deadline, program.old_grace_closed_on)
        return max(deadline, expires_on)
    return expires_on


def _status(program: Program, today: date, expires_on: date, ce_deadline: date, days_left: int) -> str:
    if today <= expires_on:
        return CURRENT if days_left > program.expiring_days else EXPIRING
    if today <= ce_deadline:
        return GRACE  # R-CMA-9: expired, CE route still open
    return LAPSED


def _processing_warning(days: int, today: date, expires_on: date, ce_deadline: date) -> bool:
    """R-CMA-14: whether an application taking ``days`` to process would run past the expiry (or,
    once expired, the CE deadline) if sent ``today``."""
    target = expires_on if today <= expires_on else ce_deadline
    return days > 0 and today <= ce_deadline and today + timedelta(days=days) > target


def _pass_by(expires_on: date, months: int) -> date:
    """R-CMA-13: the latest day D with D + ``months`` calendar months <= expiry (28 Feb -> 31 Dec)."""
    day = add_months(expires_on, -months)
    while add_months(day + timedelta(days=1), months) <= expires_on:
        day += timedelta(days=1)
    return day


def _annual_fee_due(
    program: Program, dates: tuple[date, ...], certified_on: date, today: date
) -> date | None:
    """R-RMA-3: the next fee date. A period that rolled over early (R-RMA-1) starts on an
    anniversary still ahead: the fee due that day (the last of the previous period) comes first."""
    if program.annual_fee and today < certified_on:
        return certified_on
    return next((d for d in dates if d >= today), None)


def _annual_fee_dates(program: Program, certified_on: date, expires_on: date) -> tuple[date, ...]:
    """R-RMA-3: a fee by every anniversary of certification within the period (1 May 2006 ->
    1 May 2007, 2008, 2009)."""
    if not program.annual_fee:
        return ()
    dates = []
    years = 1
    while (due := add_months(certified_on, 12 * years)) <= expires_on:
        dates.append(due)
        years += 1
    return tuple(dates)
