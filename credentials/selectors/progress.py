"""The result types: a cycle's progress and its bars, deadlines and activity verdicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from django.conf import settings

from credentials import rules
from credentials.models import CEActivity, Credential, Cycle
from credentials.selectors.common import _day, activities_with_parts, days_text
from credentials.selectors.verdicts import (
    ActivityRef,
    ActivityVerdict,
    VerdictRecord,
    _verdict_from,
)

UNDO_DAYS = 30  # how long a recorded recertification can be undone (services.cycle_reopen)


@dataclass(frozen=True)
class Bar:
    """One progress bar: ``have`` toward ``need``, with the words to show on it."""

    label: str
    have: Decimal
    need: Decimal
    unit: str

    @property
    def met(self) -> bool:
        return self.have >= self.need

    @property
    def percent(self) -> int:
        if self.need <= 0:
            return 100
        return int(min(Decimal(100), self.have * 100 / self.need))

    @property
    def short(self) -> Decimal:
        return max(Decimal(0), self.need - self.have)


@dataclass(frozen=True)
class Deadline:
    """A date ahead with what it is for, in words: "Annual fee: May 1, 2027, in 155 days"."""

    label: str
    on: dt.date
    today: dt.date

    @property
    def days(self) -> int:
        return (self.on - self.today).days

    @property
    def countdown(self) -> str:
        if self.days == 0:
            return "today"
        return f"in {days_text(self.days)}"

    @property
    def sentence(self) -> str:
        return f"{self.label}: {_day(self.on)}, {self.countdown}."


@dataclass(frozen=True)
class CycleProgress:
    """A cycle's evaluated progress. The totals and sentences come from ``result``; the verdict
    of each activity is worked out only when a page asks (``verdict_of``, ``by_activity``)."""

    credential: Credential
    cycle: Cycle
    program: rules.Program
    result: rules.Result
    exam: rules.ExamStatus | None = None
    uncategorized: tuple[ActivityRef, ...] = ()
    verdict_table_source: Callable[[], Mapping[int, VerdictRecord]] = field(
        default=dict, repr=False, compare=False
    )

    @cached_property
    def verdict_table(self) -> Mapping[int, VerdictRecord]:
        """Every activity's verdict by activity id, in the order of the activity list."""
        return self.verdict_table_source()

    def verdict_of(self, activity: CEActivity) -> ActivityVerdict | None:
        record = self.verdict_table.get(activity.pk)
        return None if record is None else _verdict_from(activity, record, self.verdict_table, self.program)

    @cached_property
    def by_activity(self) -> dict[int, ActivityVerdict]:
        """Every activity's verdict with the activity itself (certificates, shares): for the PDF
        and the exports, which show them all."""
        table = self.verdict_table
        if not table:
            return {}
        activities = {
            a.pk: a for a in activities_with_parts(owner_id=self.credential.owner_id) if a.pk in table
        }
        return {
            pk: _verdict_from(activities[pk], record, table, self.program)
            for pk, record in table.items()
            if pk in activities
        }

    @cached_property
    def verdicts(self) -> list[ActivityVerdict]:
        return list(self.by_activity.values())

    @cached_property
    def bars(self) -> list[Bar]:
        """Total, approved minimum and each category minimum (R-CMA-3, R-CMA-4, R-CMA-5)."""
        program, result = self.program, self.result
        if not program.requires_ce:
            return []
        bars = [Bar("Total", result.counted_points, program.points_needed, program.unit)]
        if program.approved_min > 0:
            bars.append(
                Bar(program.approved_label, result.approved_points, program.approved_min, program.unit)
            )
        bars += [
            Bar(category.capitalize(), result.category_points[category], need, program.unit)
            for category, need in program.category_min.items()
        ]
        return bars

    # Every sentence a page or the PDF shows about progress is built here, from the result.

    @cached_property
    def is_card(self) -> bool:
        return bool(self.program.card_kind)

    @cached_property
    def deadlines(self) -> list[Deadline]:
        """Every date ahead that asks something of the person, soonest first."""
        r, program = self.result, self.program
        if self.is_closed:
            return []
        found = []
        if r.days_left >= 0:
            found.append(Deadline("Card renewal" if self.is_card else "Expiry", r.expires_on, r.today))
        if program.requires_ce and r.has_grace and r.ce_route_open:
            found.append(Deadline("CE deadline", r.ce_deadline, r.today))
        if r.annual_fee_due_on is not None:
            found.append(Deadline("Annual fee", r.annual_fee_due_on, r.today))
        if self.exam_is_the_route_left and r.exam_pass_open:
            found.append(Deadline("Exam pass-by", r.exam_pass_by, r.today))
        return sorted(found, key=lambda d: d.on)

    @cached_property
    def shows_ce_progress(self) -> bool:
        """CE bars and sentences, only while CE can still help (or for a closed period's record):
        a credential whose CE route has closed shows none, as if logging CE would help."""
        return self.program.requires_ce and (self.ce_open or self.is_closed)

    @cached_property
    def pace(self) -> rules.PacePlan | None:
        """The pace plan toward the last day CE counts, while CE can still recertify (RULES.md
        "Pace"); None once it cannot (no CE pace toward a past date) or nothing is left."""
        r = self.result
        if not self.ce_open or r.met:
            return None
        return rules.pace_plan(r, realistic_per_month=Decimal(settings.RECERT_REALISTIC_POINTS_PER_MONTH))

    @cached_property
    def behind(self) -> bool:
        """Current (or expiring), but the points a month it needs are more than people manage
        (RECERT_REALISTIC_POINTS_PER_MONTH): never shown as a plain "Current"."""
        return (
            self.pace is not None
            and self.result.status in (rules.CURRENT, rules.EXPIRING)
            and self.pace.unrealistic
        )

    @cached_property
    def status_key(self) -> str:
        """The badge: the engine's status, or "behind" (RULES.md "Pace")."""
        return "behind" if self.behind else self.result.status

    @cached_property
    def status_label(self) -> str:
        return "Behind pace" if self.behind else self.result.status_label

    @cached_property
    def pace_sentence(self) -> str:
        """ "About 12 points a month until the expiry on Mar 31, 2027: more than most people
        manage." — the pace that what is left takes, by the date that matters."""
        plan = self.pace
        if plan is None or plan.per_month <= 0:
            return ""
        program, realistic = self.program, Decimal(settings.RECERT_REALISTIC_POINTS_PER_MONTH)
        text = (
            f"That is about {program.quantity(plan.per_month)} a month until the {plan.target_label} "
            f"on {_day(plan.target)}"
        )
        if plan.unrealistic:
            return (
                f"{text}: more than most people manage (about {rules.format_amount(realistic)} a month). "
                "Log what you have done, plan courses now"
                + (", or consider the exam route." if self.exam_is_the_route_left else ".")
            )
        return text + "."

    @cached_property
    def pace_checkpoints(self) -> list[tuple[dt.date, Decimal]]:
        """While behind (RULES.md "Pace"): the first of each month before the target, with the
        whole points that should be counted by then to finish on an even pace from today's count
        (issue 22 item 5: a monthly checkpoint in the calendar)."""
        return rules.pace_checkpoints(self.result, self.pace) if self.behind else []

    @cached_property
    def exam_is_the_route_left(self) -> bool:
        """R-CMA-13: the exam dates matter once CE cannot realistically make it (the pace plan says
        so) or the CE route has closed."""
        r, program = self.result, self.program
        if program.exam is None or self.exam is None or not self.exam.eligible or r.met or self.is_closed:
            return False
        if not self.ce_open:
            return True
        return self.pace is not None and self.pace.unrealistic

    @cached_property
    def calendar_deadlines(self) -> list[Deadline]:
        """For the calendar: the deadlines, every annual fee of the period and the exam's
        apply-by date too (R-RMA-3, R-CMA-13)."""
        r = self.result
        found = {(d.label, d.on): d for d in self.deadlines}
        for due in r.annual_fee_dates:
            if due >= r.today:
                found[("Annual fee", due)] = Deadline("Annual fee", due, r.today)
        if self.exam_is_the_route_left and r.exam_apply_open:
            found[("Exam application", r.exam_apply_by)] = Deadline(
                "Exam application", r.exam_apply_by, r.today
            )
        return sorted(found.values(), key=lambda d: d.on)

    @cached_property
    def next_line(self) -> str:
        """The card's "Next:" line, only when it adds a date the countdown does not already give
        (a CE deadline after expiry, an annual fee sooner than the expiry): one date, said once."""
        deadline = self.next_deadline
        if deadline is None or (deadline.on == self.result.expires_on and self.result.days_left >= 0):
            return ""
        return f"Next: {deadline.sentence}"

    @cached_property
    def next_deadline(self) -> Deadline | None:
        """The one date that matters now on the card: the exam's dates are told in their own
        sentence (``exam_route_sentence``), so this line never switches to them and back as CE is
        logged."""
        ahead = [d for d in self.deadlines if not d.label.startswith("Exam")]
        return ahead[0] if ahead else (self.deadlines[0] if self.deadlines else None)

    @cached_property
    def exam_route_sentence(self) -> str:
        """R-CMA-13: while CE cannot realistically make it but the exam can still prevent a lapse,
        the route that remains, with its dates (the apply-by only while the pass-by is ahead)."""
        r = self.result
        if not (self.ce_open and self.exam_is_the_route_left and r.exam_pass_open):
            return ""
        text = f"Or recertify by exam without a lapse: pass it by {_day(r.exam_pass_by)}"
        if r.exam_apply_open:
            text += f", with your application in by {_day(r.exam_apply_by)}"
        return text + "."

    @cached_property
    def urgency(self) -> tuple:
        """Dashboard order: expired ones first (those whose CE route is still open before those past
        it), then by the next deadline of any kind."""
        r = self.result
        expired = r.status in (rules.GRACE, rules.LAPSED)
        soonest = self.next_deadline.days if self.next_deadline else r.days_left
        # Behind pace comes before the ones on track (RULES.md "Pace").
        return (
            0 if expired else 1,
            0 if r.status == rules.GRACE else 1,
            0 if self.behind else 1,
            soonest,
            self.credential.pk,
        )

    @cached_property
    def card_unit(self) -> str:
        """The unit to log a new card in, for a card credential (R-BLS-1)."""
        return rules.UNIT_OF_KIND.get(self.program.card_kind, "")

    @cached_property
    def is_closed(self) -> bool:
        return not self.cycle.is_open

    @cached_property
    def ce_open(self) -> bool:
        """CE can still recertify this period: the main action is to log it."""
        return self.program.requires_ce and self.result.ce_route_open and not self.is_closed

    @cached_property
    def countdown(self) -> str:
        r = self.result
        if self.is_closed:
            return f"Recertified on {_day(self.cycle.closed_on)}; this recertification period is closed."
        if r.days_left > 0:
            return f"{days_text(r.days_left)} until it expires on {_day(r.expires_on)}."
        if r.days_left == 0:
            return f"Expires today, {_day(r.expires_on)}."
        return (
            f"Expired on {_day(r.expires_on)}, {days_text(-r.days_left)} ago. "
            "You may not use the credential until you recertify."
        )

    @cached_property
    def dated_status(self) -> str:
        """The countdown without a count of days, for what outlives the day (calendar events)."""
        r = self.result
        if self.is_closed or r.days_left == 0:
            return self.countdown
        if r.days_left > 0:
            return f"Expires on {_day(r.expires_on)}."
        return f"Expired on {_day(r.expires_on)}. You may not use the credential until you recertify."

    def deadline_why(self, deadline: Deadline) -> str:
        """What a calendar event's date is for, in words that stay true on the day (issue 22 item
        5): the CE deadline says the credential may not be used by then (R-CMA-9, R-CMA-15)."""
        r, body = self.result, self.program.body_name
        after_expiry = r.expires_on + dt.timedelta(days=1)
        return {
            "Expiry": f"Last day the credential is current; from {_day(after_expiry)} you may not use it "
            "until you recertify.",
            "Card renewal": "Last day the card is current: renew it by this day and log the new card.",
            "CE deadline": f"The credential expired on {_day(r.expires_on)}: you may not use it. CE "
            "completed by this day can still recertify it; after it, only the exam.",
            "Exam pass-by": "Pass the exam by this day to recertify without a lapse.",
            "Exam application": f"Your exam application must reach {body} by this day to recertify "
            "without a lapse.",
            "Annual fee": f"Annual fee due to {body}, every year of the recertification period.",
        }.get(deadline.label, "")

    @cached_property
    def ce_route_text(self) -> str:
        """R-CMA-9: the expired-but-CE-open months, never called extra time."""
        r = self.result
        if self.is_closed or not r.has_grace or not self.program.requires_ce:
            return ""
        if r.status == rules.GRACE:
            return (
                f"Expired — CE route still open until {_day(r.ce_deadline)}: "
                f"{days_text(r.ce_days_left)} left to recertify by CE."
            )
        if r.ce_route_open:
            return (
                f"After it expires you can still recertify by CE until {_day(r.ce_deadline)}, "
                "but you may not use the credential in that time."
            )
        return ""

    @cached_property
    def gap_sentence(self) -> str:
        r, program = self.result, self.program
        if not program.requires_ce:
            return ""
        if r.met:
            if self.is_closed:
                return "Every CE requirement was met."
            if not self.ce_open:  # met, but too late: the CE route closed (closed_route_text says so)
                return ""
            return f"All CE requirements are met. You can apply to recertify with {program.body_name}."
        if not self.ce_open:
            return ""
        left = program.quantity(r.points_left)
        # What is left, by the date that matters (issue 22 item 1): the pace plan's target.
        if self.pace is not None:
            left = f"{left} left by {_day(self.pace.target)}"
        else:
            left += " left"
        plain = program.quantity(r.points_left)
        more = plain.replace(" ", " more ", 1)
        if r.gap_text.startswith(more):  # "25 more points: at least 10 clinical, …"
            return f"{left}{r.gap_text[len(more) :]}."
        if r.gap_text.startswith(plain):  # "8.5 points in any category"
            return f"{left}{r.gap_text[len(plain) :]}."
        return f"{left}: {r.gap_text}."

    @cached_property
    def planned_sentence(self) -> str:
        r, program = self.result, self.program
        if self.is_closed or not self.ce_open:
            return ""
        closes = r.points_left_with_planned < r.points_left
        if r.planned_points > 0:
            text = f"Planned: {program.quantity(r.planned_points)} more once your planned courses happen"
        elif closes:
            text = "Planned: your planned courses add nothing to the total but fill a minimum"
        else:
            return ""
        if r.met_with_planned and not r.met:
            return text + ", which would meet every requirement."
        if closes:
            return f"{text}, leaving {program.quantity(r.points_left_with_planned)} to go."
        return text + "."

    @cached_property
    def processing_sentence(self) -> str:
        r, program = self.result, self.program
        if not r.processing_warning or self.is_closed:
            return ""
        routes = ", ".join(f"{route} {days_text(days)}" for route, days in program.processing_days.items())
        other = program.approval.other if program.approval else "non-approved"
        target = (
            f"expiry date, {_day(r.expires_on)}"
            if r.days_left >= 0
            else f"last day to recertify by CE, {_day(r.ce_deadline)}"
        )
        return (
            f"Apply soon. An application with {other} {program.unit} can take up to "
            f"{days_text(r.processing_days)} ({routes}), which would run past your {target}. "
            "Apply now, online or expedited."
        )

    @cached_property
    def closed_route_text(self) -> str:
        """Once the CE route is closed: what is left (R-CMA-10), in words."""
        r, program = self.result, self.program
        if self.is_closed or r.ce_route_open:
            return ""
        if program.exam is not None:
            text = "You can recertify only by passing the exam"
            if r.reactivation_fee_due:
                text += f", plus a reactivation fee{self.fee_note('reactivation')}"
            closed = f"The CE route closed on {_day(r.ce_deadline)}." if program.requires_ce else ""
            return f"{closed} {text}.".strip()
        return program.reinstatement or f"Contact {program.body_name} about reinstatement."

    @cached_property
    def audit_sentence(self) -> str:
        """R-RMA-4: when the body asks for documents."""
        return "" if self.is_closed else self.program.audit

    @cached_property
    def annual_fee_sentence(self) -> str:
        """R-RMA-3: a second, separate deadline."""
        due = self.result.annual_fee_due_on
        if due is None or self.is_closed:
            return ""
        days = (due - self.result.today).days
        when = "today" if days == 0 else f"in {days_text(days)}"
        return (
            f"Annual fee due by {_day(due)} ({when}), every year of the recertification period"
            f"{self.fee_note('annual')}."
        )

    @cached_property
    def main_action(self) -> str | None:
        """What the person should do next: "log_card", "log_activity", "recertify", "exam" or None."""
        if self.is_closed:
            return None
        if self.is_card:
            return "log_card"
        if self.ce_open:
            return "recertify" if self.result.met else "log_activity"
        if self.program.exam is not None and self.exam is not None and self.exam.eligible:
            return "exam"
        return None

    @cached_property
    def lapsed_actions(self) -> tuple[str, ...]:
        """Once the CE route has closed, what the person can still record on the card (issue 22
        item 4): "exam" (I passed the exam, R-CMA-10), "reinstated" (the body reinstated me, where
        Recert knows no exam route) and "remove". Empty while CE can still help, or for a card
        program, whose answer is a new card (R-BLS-1)."""
        if self.is_closed or self.is_card or self.result.ce_route_open:
            return ()
        first = "exam" if self.program.exam is not None else "reinstated"
        return (first, "remove")

    @cached_property
    def exam_dates(self) -> list[tuple[str, str, str]]:
        """R-CMA-13 in words: (label, date, note), in the past tense once a date has passed."""
        r, exam = self.result, self.program.exam
        if exam is None:
            return []
        rows = []
        if r.exam_apply_open:
            rows.append(
                (
                    "Apply by",
                    _day(r.exam_apply_by),
                    f"at least {exam.apply_days_before_expiry} days before expiry",
                )
            )
        else:
            rows.append(
                (
                    "Application date",
                    _day(r.exam_apply_by),
                    "has passed: the exam can no longer prevent a lapse",
                )
            )
        if r.exam_pass_open:
            rows.append(
                (
                    "Pass by",
                    _day(r.exam_pass_by),
                    f"at least {exam.pass_months_before_expiry} months before expiry, to avoid a lapse",
                )
            )
        else:
            rows.append(("Pass-by date", _day(r.exam_pass_by), "has passed"))
        rows.append(("Expires" if r.days_left >= 0 else "Expired", _day(r.expires_on), ""))
        return rows

    @cached_property
    def exam_ineligible_text(self) -> str:
        exam = self.program.exam
        if exam is None or self.exam is None or self.exam.eligible:
            return ""
        return (
            "After the last failed attempt you are not eligible to take the exam again until "
            f"{exam.eligible_again}."
        )

    def fee_note(self, name: str) -> str:
        """ " (about $50; check with the AAMA)": fees are unverified and live in settings."""
        amount = settings.RECERT_FEES.get(self.program.code, {}).get(name, "")
        check = f"check with {self.program.body_name}"
        return f" (about {amount}; {check})" if amount else f" ({check} for the amount)"
