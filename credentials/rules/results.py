"""What an evaluation returns: a ``CreditVerdict`` per credit and the ``Result`` for the period,
with the properties pages read (days left, whether the CE route and the exam are still open)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from credentials.rules.inputs import Credit
from credentials.rules.periods import _annual_fee_due, _processing_warning, _status
from credentials.rules.programs import Program
from credentials.rules.terms import STATUS_LABELS, ZERO
from credentials.rules.text import format_day
from credentials.rules.wording import Need, _Context, _gap_text, _message


@dataclass(slots=True)  # not frozen: 10,000 verdicts are built three times faster
class CreditVerdict:
    """Whether and how one credit counts, with the words to explain it.

    A planned credit (dated after today) counts nothing yet: ``planned_points`` is what it
    will add once it has happened, and ``reason`` says now why it will not (RULES.md,
    "Planned points").
    """

    credit: Credit
    points: Decimal  # points that count toward the total today
    logged_points: Decimal  # what the credit is worth, converted, before windows and caps
    category: str | None  # the category it counts in, after the kind's rule
    approved: bool  # approved as counted, after the kind's rule
    reason: str | None  # None when it counts in full
    window: _Context = field(repr=False, compare=False)
    planned: bool = False
    planned_points: Decimal = ZERO

    @property
    def message(self) -> str:
        """The verdict in words, built only when shown."""
        return self.describe()

    def describe(self, day: Callable[[date], str] = format_day) -> str:
        """The verdict in words, dates written by ``day``."""
        return _message(self, day)

    @property
    def counted(self) -> bool:
        return self.points > 0

    @property
    def partial(self) -> bool:
        return ZERO < self.points < self.logged_points

    @property
    def will_count(self) -> bool:
        """A planned credit that adds points once it has happened."""
        return self.planned and self.planned_points > 0


@dataclass(frozen=True)
class Result:
    program: Program
    certified_on: date
    today: date
    window_start: date
    expires_on: date
    ce_deadline: date
    status: str
    days_left: int
    counted_points: Decimal
    approved_points: Decimal
    category_points: dict[str, Decimal]
    points_left: Decimal
    met: bool
    verdicts: list[CreditVerdict]
    logged_points: Decimal
    planned_points: Decimal
    unapproved_points: Decimal
    needs: list[Need]
    processing_days: int
    processing_warning: bool
    exam_pass_by: date | None
    exam_apply_by: date | None
    annual_fee_due_on: date | None
    # R-RMA-3: every anniversary in the period on which the annual fee falls due.
    annual_fee_dates: tuple[date, ...] = ()
    # Of the category needs, how many points must be approved (R-CMA-5); 0 when any will do.
    approved_within: Decimal = ZERO
    # Whether the points counted today plus the planned ones would meet every requirement.
    met_with_planned: bool = False
    # Points left once the planned credits have happened (<= points_left).
    points_left_with_planned: Decimal = ZERO
    # The first day after ``today`` on which a logged credit has happened (None: none is ahead).
    # Until then only what follows from the day itself changes: see ``on``.
    holds_until: date | None = None

    def on(self, day: date) -> Result:
        """This result as ``evaluate`` would give it on ``day``, a later day before ``holds_until``,
        without evaluating again: no credit changes sides between the two days, so the counts and
        verdicts stand and only the day, the days left, the status (R-CMA-9), the processing
        warning (R-CMA-14) and the next fee date (R-RMA-3) move. A stored evaluation stays good
        from one day to the next this way."""
        if day < self.today or (self.holds_until is not None and day >= self.holds_until):
            raise ValueError(
                f"A result for {self.today} holds from then until {self.holds_until}, not on {day}."
            )
        if day == self.today:
            return self
        days_left = (self.expires_on - day).days
        contexts: dict[int, _Context] = {}

        def moved(context: _Context) -> _Context:
            if id(context) not in contexts:
                contexts[id(context)] = replace(context, today=day)
            return contexts[id(context)]

        return replace(
            self,
            today=day,
            days_left=days_left,
            status=_status(self.program, day, self.expires_on, self.ce_deadline, days_left),
            processing_warning=_processing_warning(
                self.processing_days, day, self.expires_on, self.ce_deadline
            ),
            annual_fee_due_on=_annual_fee_due(self.program, self.annual_fee_dates, self.certified_on, day),
            verdicts=[replace(v, window=moved(v.window)) for v in self.verdicts],
        )

    @property
    def ce_days_left(self) -> int:
        return (self.ce_deadline - self.today).days

    @property
    def has_grace(self) -> bool:
        return self.ce_deadline > self.expires_on

    @property
    def ce_route_open(self) -> bool:
        return self.today <= self.ce_deadline

    @property
    def exam_only(self) -> bool:
        """Past the CE deadline: only the exam (or reinstatement) is left (R-CMA-10)."""
        return not self.ce_route_open

    @property
    def exam_apply_open(self) -> bool:
        """R-CMA-13: an exam application still arrives 30 days before expiry, and only while the
        exam can still be passed in time to prevent a lapse (apply-by and pass-by serve one
        purpose: once the pass-by date has gone, neither is shown)."""
        return self.exam_apply_by is not None and self.today <= self.exam_apply_by and self.exam_pass_open

    @property
    def exam_pass_open(self) -> bool:
        """R-CMA-13: passing by this date recertifies without a lapse."""
        return self.exam_pass_by is not None and self.today <= self.exam_pass_by

    @property
    def reactivation_fee_due(self) -> bool:
        return self.program.reactivation_fee and self.exam_only

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def gap_text(self) -> str:
        """What would close the gap, naming only conditions that are each necessary (RULES.md
        "Gap text", R-CMA-4/5): "25 more points: at least 10 clinical, and at least 5 AAMA-approved
        (any category)". Approval is tied to a category only when every further point must be
        approved (the non-approved cap is full): "10 clinical AAMA-approved points". Empty when
        every requirement is met."""
        return _gap_text(self.program, self.points_left, self.needs, self.approved_points)
