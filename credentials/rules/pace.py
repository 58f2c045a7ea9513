"""How fast the rest must come: points a month to meet every requirement by the expiry (or, once
expired, the CE deadline, R-CMA-9), and the monthly checkpoints of an even pace (RULES.md "Pace")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal

from credentials.rules.periods import month_end
from credentials.rules.results import Result
from credentials.rules.terms import ONE, ZERO


@dataclass(frozen=True)
class PaceLine:
    """Points a month needed for one requirement: "10 clinical points in 5 months: 2 a month"."""

    label: str
    points: Decimal
    per_month: Decimal


@dataclass(frozen=True)
class PacePlan:
    """How fast the rest must come, from today to the last day CE counts (R-CMA-9)."""

    target: date
    target_label: str
    months: Decimal
    lines: list[PaceLine]
    per_month: Decimal  # the total pace
    per_month_with_planned: Decimal  # once the planned courses have happened
    unrealistic: bool
    processing_warning: bool  # R-CMA-14

    @property
    def warning(self) -> bool:
        return self.unrealistic or self.processing_warning


def pace_checkpoints(result: Result, plan: PacePlan) -> list[tuple[date, Decimal]]:
    """RULES.md "Pace": the first of each month after today and before the target, with the whole
    points that should be counted by then to finish on an even pace from today's count."""
    need, counted, today = result.program.points_needed, result.counted_points, result.today
    span = (plan.target - today).days
    checkpoints, day = [], month_end(today) + timedelta(days=1)
    while day < plan.target:
        due = counted + (need - counted) * Decimal((day - today).days) / span
        checkpoints.append((day, min(need, due.to_integral_value(rounding=ROUND_CEILING))))
        day = month_end(day) + timedelta(days=1)
    return checkpoints


def pace_plan(result: Result, *, realistic_per_month: Decimal) -> PacePlan:
    """Points a month needed to meet every requirement by the expiry (or, once expired, by the CE
    deadline): in total, per category still short, and approved. A month is 1/12 of a year."""
    program = result.program
    expired = result.today > result.expires_on
    target = result.ce_deadline if expired else result.expires_on
    label = "CE deadline" if expired else "expiry"
    days = max(0, (target - result.today).days)
    months = max(Decimal(days) * 12 / Decimal("365.25"), ONE).quantize(Decimal("0.1"))

    def per_month(points: Decimal) -> Decimal:
        return (points / months).quantize(Decimal("0.1"), rounding="ROUND_UP")

    lines = [PaceLine("In total", result.points_left, per_month(result.points_left))]
    for category, need in program.category_min.items():
        short = max(ZERO, need - result.category_points[category])
        if short > 0:
            lines.append(PaceLine(f"{category.capitalize()}", short, per_month(short)))
    approved_short = max(ZERO, program.approved_min - result.approved_points)
    if approved_short > 0 and program.approval:
        lines.append(PaceLine(program.approval.label, approved_short, per_month(approved_short)))
    total = lines[0].per_month
    return PacePlan(
        target=target,
        target_label=label,
        months=months,
        lines=lines if result.points_left > 0 else [],
        per_month=total,
        per_month_with_planned=per_month(result.points_left_with_planned),
        unrealistic=result.ce_route_open and total > realistic_per_month,
        processing_warning=result.processing_warning,
    )
