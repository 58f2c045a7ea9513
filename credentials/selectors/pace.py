"""Reads of the pace: the plan the rules engine draws for a cycle, and the chart of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from django.conf import settings

from credentials import rules
from credentials.selectors.progress import CycleProgress


def month_start_after(day: dt.date) -> dt.date:
    """The first day of the month after ``day``'s."""
    return rules.month_end(day) + dt.timedelta(days=1)


@dataclass(frozen=True)
class PaceChart:
    """The months that matter, today to the target (issue 22 item 3), as SVG coordinates (viewBox
    0 0 WIDTH HEIGHT): the even pace from today's count to the points needed, the planned courses
    as steps, the goal as a line, numbered axes. Drawn by the template, no script or library."""

    pace: str  # polyline points: today's count to the points needed at the target
    planned: str  # polyline points: steps at each planned course, "" when none
    goal_y: float  # the points needed
    counted_x: float  # today's count, as a dot
    counted_y: float
    x_ticks: tuple[tuple[float, str], ...]  # (x, "Jan") at each month start shown
    y_ticks: tuple[tuple[float, str], ...]  # (y, "30") from 0 to the top
    today: dt.date
    target: dt.date

    WIDTH = 320
    HEIGHT = 180
    LEFT = 30  # room for the numbers of the points axis
    RIGHT = 12
    TOP = 12
    BOTTOM = 28  # room for the months

    @property
    def plot_bottom(self) -> int:
        return self.HEIGHT - self.BOTTOM

    @property
    def plot_right(self) -> int:
        return self.WIDTH - self.RIGHT


def _nice_step(top: Decimal) -> Decimal:
    """A round tick step giving about four ticks up to ``top``: 60 -> 15, 10 -> 2.5 -> 5 ..."""
    for step in (1, 2, 5, 10, 15, 20, 25, 50, 100, 250, 500):
        if top / step <= 5:
            return Decimal(step)
    return (top / 4).to_integral_value(rounding=ROUND_CEILING)


def _month_ticks(first: dt.date, last: dt.date) -> list[dt.date]:
    """Month starts after ``first`` up to ``last``, thinned to at most 7 labels."""
    months, day = [], month_start_after(first)
    while day <= last:
        months.append(day)
        day = month_start_after(day)
    every = next((n for n in (1, 2, 3, 6, 12) if len(months) <= 7 * n), 24)
    return [m for m in months if (m.month - 1) % every == 0] if every > 1 else months


def pace_get(*, progress: CycleProgress) -> tuple[rules.PacePlan, PaceChart]:
    """The pace plan of a period (rules.pace_plan) and its chart, today to the target."""
    result = progress.result
    plan = rules.pace_plan(result, realistic_per_month=Decimal(settings.RECERT_REALISTIC_POINTS_PER_MONTH))
    today, target = result.today, max(plan.target, result.today + dt.timedelta(days=1))
    span = (target - today).days
    need = progress.program.points_needed
    counted = result.counted_points
    highest = max(need, counted + result.planned_points, Decimal(1))
    step = _nice_step(highest)
    y_max = step * (highest / step).to_integral_value(rounding=ROUND_CEILING)
    months = _month_ticks(today, target)
    c = PaceChart
    left, right, top, bottom = c.LEFT, c.WIDTH - c.RIGHT, c.TOP, c.HEIGHT - c.BOTTOM

    def x_of(day: dt.date) -> float:
        return round(left + (right - left) * min(max((day - today).days, 0), span) / span, 1)

    def y_of(value: Decimal) -> float:
        return round(bottom - (bottom - top) * float(value / y_max), 1)

    planned_steps, total = [], counted
    for verdict in sorted(result.verdicts, key=lambda v: v.credit.earned_on):
        if verdict.planned and verdict.planned_points > 0 and verdict.credit.earned_on <= target:
            x = x_of(verdict.credit.earned_on)
            planned_steps += [f"{x},{y_of(total)}", f"{x},{y_of(total + verdict.planned_points)}"]
            total += verdict.planned_points
    planned = ""
    if planned_steps:
        planned = " ".join(
            [f"{x_of(today)},{y_of(counted)}", *planned_steps, f"{x_of(target)},{y_of(total)}"]
        )
    chart = PaceChart(
        pace=f"{x_of(today)},{y_of(counted)} {x_of(target)},{y_of(max(need, counted))}",
        planned=planned,
        goal_y=y_of(need),
        counted_x=x_of(today),
        counted_y=y_of(counted),
        x_ticks=tuple(
            (x_of(m), f"{m:%b %Y}" if m.month == 1 or m == months[0] else f"{m:%b}") for m in months
        ),
        y_ticks=tuple(
            (y_of(v), rules.format_amount(v)) for v in (step * i for i in range(int(y_max / step) + 1))
        ),
        today=today,
        target=target,
    )
    return plan, chart
