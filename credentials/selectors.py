"""Reads: the single path from the database into the rules engine.

The dashboard, the activity list, the PDF and reminders all call
``cycle_progress_get`` (or ``dashboard_get``, its batched form), so no two pages can
disagree about a number.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import logging
import pickle
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from decimal import ROUND_CEILING, Decimal
from functools import cached_property
from pathlib import Path

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db import DatabaseError, transaction
from django.db.models import Exists, Prefetch, Q, QuerySet, Sum
from django.utils import timezone, translation
from django.utils.formats import date_format

from credentials import rules, transcript
from credentials.activity_input import ActivityInput
from credentials.models import (
    CE_ROUTES,
    REMINDER_OFFSETS,
    SPLIT,
    AuditPack,
    CalendarFeed,
    CategoryShare,
    CEActivity,
    CertificateDraft,
    Credential,
    Cycle,
    ExamAttempt,
    ProgressSnapshot,
    ReadingHint,
    Reminder,
    ReminderPreference,
    Submission,
)

logger = logging.getLogger(__name__)

UNDO_DAYS = 30  # how long a recorded recertification can be undone (services.cycle_reopen)

EXCLUDED = "excluded"
UNCATEGORIZED = "uncategorized"
TRACKED_ELSEWHERE = "tracked_elsewhere"


COUNTED, PLANNED, NOT_COUNTED = "counted", "planned", "not_counted"


@dataclass(frozen=True)
class ActivityVerdict:
    """How one activity counts toward one cycle: the engine's verdicts for its parts, summed."""

    activity: CEActivity
    points: Decimal
    logged_points: Decimal
    reason: str | None
    message: str
    planned: bool = False
    planned_points: Decimal = Decimal(0)

    @property
    def counted(self) -> bool:
        return self.points > 0

    @property
    def group(self) -> str:
        """Counted now, planned (will count once it has happened), or not counting at all."""
        if self.points > 0:
            return COUNTED
        if self.planned and self.planned_points > 0:
            return PLANNED
        return NOT_COUNTED


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
        return f"in {_count(self.days, 'day')}"

    @property
    def sentence(self) -> str:
        return f"{self.label}: {_day(self.on)}, {self.countdown}."


@dataclass(frozen=True)
class ActivityRef:
    """An activity named on a page without loading it: enough for a link."""

    pk: int
    title: str


# An activity's verdict as stored: (points, logged points, reason, message, planned, planned
# points), numbers as text so a whole table loads fast.
VerdictRecord = tuple[str, str, str | None, str, bool, str]


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
    verdict_table_source: Callable[[], dict[int, VerdictRecord]] = field(
        default=dict, repr=False, compare=False
    )

    @cached_property
    def verdict_table(self) -> dict[int, VerdictRecord]:
        """Every activity's verdict by activity id, in the order of the activity list."""
        return self.verdict_table_source()

    def verdict_of(self, activity: CEActivity) -> ActivityVerdict | None:
        record = self.verdict_table.get(activity.pk)
        return None if record is None else _verdict_from(activity, record)

    @cached_property
    def by_activity(self) -> dict[int, ActivityVerdict]:
        """Every activity's verdict with the activity itself (certificates, shares): for the PDF
        and the exports, which show them all."""
        table = self.verdict_table
        if not table:
            return {}
        activities = {a.pk: a for a in _activities(self.credential.owner_id) if a.pk in table}
        return {pk: _verdict_from(activities[pk], record) for pk, record in table.items() if pk in activities}

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
                f"{text}: more than most people manage (about {_fmt_amount(realistic)} a month). "
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
            return f"{_count(r.days_left, 'day')} until it expires on {_day(r.expires_on)}."
        if r.days_left == 0:
            return f"Expires today, {_day(r.expires_on)}."
        return (
            f"Expired on {_day(r.expires_on)}, {_count(-r.days_left, 'day')} ago. "
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
                f"{_count(r.ce_days_left, 'day')} left to recertify by CE."
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
        routes = ", ".join(
            f"{route} {_count(days, 'day')}" for route, days in program.processing_days.items()
        )
        other = program.approval.other if program.approval else "non-approved"
        target = (
            f"expiry date, {_day(r.expires_on)}"
            if r.days_left >= 0
            else f"last day to recertify by CE, {_day(r.ce_deadline)}"
        )
        return (
            f"Apply soon. An application with {other} {program.unit} can take up to "
            f"{_count(r.processing_days, 'day')} ({routes}), which would run past your {target}. "
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
        when = "today" if days == 0 else f"in {_count(days, 'day')}"
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


def _fmt_amount(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _day(day: dt.date) -> str:
    return date_format(day)


def _number(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def submission_result_get(*, owner, token, fingerprint: str = "") -> str | None:
    """Where an already carried-out form post landed, or None if this token (with this content)
    is new."""
    done = Submission.objects.filter(owner=owner, token=token, fingerprint=fingerprint)
    return done.values_list("result_url", flat=True).first()


def credential_list(*, user) -> QuerySet[Credential]:
    return Credential.objects.filter(owner=user)


def activity_list(
    *,
    user,
    credential: Credential | None = None,
    cycle: Cycle | None = None,
    category: str | None = None,
    approved: bool | None = None,
    kind: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    ordering: str = "-completed_on",
) -> QuerySet[CEActivity]:
    """The person's activities, filtered; shares and exclusions prefetched."""
    activities = _activities(user)
    if cycle is not None:
        activities = activities_in_cycle(activities, cycle=cycle)
    if credential is not None:
        activities = activities_counted_toward(activities, credential=credential)
    if category:
        activities = activities_in_category(activities, category=category)
    if approved is not None:
        activities = activities_approved(activities, approved=approved)
    if kind:
        activities = activities.filter(kind=kind)
    if date_from:
        activities = activities.filter(completed_on__gte=date_from)
    if date_to:
        activities = activities.filter(completed_on__lte=date_to)
    return activities_sorted(activities, ordering=ordering)


# The lookups behind the activity list's filters (credentials.filters), each aware of the rules.


def activities_in_cycle(activities: QuerySet[CEActivity], *, cycle: Cycle) -> QuerySet[CEActivity]:
    """Completed within the period: from its start to its CE deadline, before its recertification."""
    activities = activities.filter(
        completed_on__gte=cycle.counts_from or cycle.starts_on, completed_on__lte=cycle.ce_deadline
    )
    if cycle.is_open:
        return activities
    if cycle.closed_by in CE_ROUTES:  # R-CMA-6: what was completed on the day itself counts
        return activities.filter(completed_on__lte=cycle.closed_on)
    return activities.filter(completed_on__lt=cycle.closed_on)


def activities_counted_toward(
    activities: QuerySet[CEActivity], *, credential: Credential
) -> QuerySet[CEActivity]:
    return activities.exclude(excluded_from=credential)


def _kind_rules() -> dict[str, rules.KindRule]:
    return {kind: rule for kind in rules.KINDS if (rule := rules.kind_rule_anywhere(kind)) is not None}


def activities_in_category(activities: QuerySet[CEActivity], *, category: str) -> QuerySet[CEActivity]:
    """In the category by a share, or by a kind the rules fix there (R-CMA-11: a CPR card is clinical)."""
    fixed = [k for k, r in _kind_rules().items() if r.category == category]
    return activities.filter(
        Q(pk__in=CategoryShare.objects.filter(category=category).values("activity")) | Q(kind__in=fixed)
    )


def activities_approved(activities: QuerySet[CEActivity], *, approved: bool) -> QuerySet[CEActivity]:
    """Approved as counted: college credit and CPR cards are approved or not by rule (R-CMA-8, R-CMA-11)."""
    kinds = _kind_rules()
    always = [k for k, r in kinds.items() if r.approved is approved]
    never = [k for k, r in kinds.items() if r.approved is (not approved)]
    return activities.filter((Q(approved=approved) & ~Q(kind__in=never)) | Q(kind__in=always))


SORTS = {"completed_on", "-completed_on", "title", "-title", "amount", "-amount", "provider", "-provider"}


def activities_sorted(activities: QuerySet[CEActivity], *, ordering: str) -> QuerySet[CEActivity]:
    return activities.order_by(ordering if ordering in SORTS else "-completed_on", "-pk")


def cycle_by_key(cycles: Iterable[Cycle], key: str) -> Cycle | None:
    """ "current" (the open period) or a period's id, among ``cycles``."""
    return next((c for c in cycles if (c.is_open if key == "current" else str(c.pk) == key)), None)


def _activities(user) -> QuerySet[CEActivity]:
    return CEActivity.objects.filter(owner=user).prefetch_related(
        "shares", Prefetch("excluded_from", queryset=Credential.objects.only("id"))
    )


@dataclass(frozen=True)
class ActivityRow:
    """One line of the activity list: the activity and how it counts toward each credential."""

    activity: CEActivity
    approved: bool  # as counted: a CPR card is approved by rule (R-CMA-11)
    fixed_category: str | None  # a category the rules impose (a CPR card is clinical)
    shares: list[CategoryShare]
    verdicts: list[tuple[Credential, ActivityVerdict | None]]

    @property
    def approval_label(self) -> str:
        return rules.APPROVAL.label if self.approved else ""


@dataclass(frozen=True)
class ActivityPage:
    page: Page  # which slice of the matching activities ``rows`` are
    # Changes whenever anything the rows show could: a cache key for their rendering.
    rows_version: str
    rows_source: Callable[[], list[ActivityRow]] = field(repr=False, compare=False)

    @cached_property
    def rows(self) -> list[ActivityRow]:
        return self.rows_source()


ACTIVITIES_PER_PAGE = 50


def credentials_with_cycles_get(*, user) -> list[Credential]:
    """The person's credentials, each with its cycles (newest first) read in the same go."""
    return list(credential_list(user=user).prefetch_related("cycles"))


def activity_page_get(
    *,
    user,
    today: dt.date,
    activities: QuerySet[CEActivity],
    credentials: list[Credential],
    cycle: Cycle | None = None,
    page: str | int | None = 1,
) -> ActivityPage:
    """One page (ACTIVITIES_PER_PAGE) of ``activities`` (the person's, filtered) with each row's
    verdict toward each credential (toward ``cycle`` when a closed period is looked at); a page
    number past the end is the last page. ``credentials``: from ``credentials_with_cycles_get``,
    read first.

    Cheap to ask: the page's rows and their verdicts (from each period's stored evaluation) are
    read only when ``rows`` is; ``rows_version`` says first whether a kept rendering will do."""
    shown = Paginator(activities.prefetch_related(None), ACTIVITIES_PER_PAGE).get_page(page)
    if cycle is not None and not cycle.is_open:
        periods = [(cycle.pk, cycle.progress_version, cycle.closed_on)]
    else:  # the open periods, as read with ``credentials`` (before anything below)
        periods = [
            (y.pk, y.progress_version, y.closed_on) for c in credentials for y in c.cycles.all() if y.is_open
        ]
    # Read before the rows and their verdicts: a write landing in between can only make what is
    # rendered newer than its key, never older.
    parts = [RENDERING_CODE, user.pk, today, periods, list(shown.object_list.values_list("pk", "updated_at"))]

    def rows() -> list[ActivityRow]:
        if cycle is not None and not cycle.is_open:
            credential = next(c for c in credentials if c.pk == cycle.credential_id)
            progress_list = [
                cycle_progress_get(cycle=cycle, today=today, credential=credential, verdicts=True)
            ]
        else:
            by_id = {c.pk: c for c in credentials}
            open_cycles = _with_snapshot(Cycle.objects.open().filter(credential__owner=user), verdicts=True)
            progress_list = _progress_many(
                [(by_id[c.credential_id], c, c) for c in open_cycles.order_by("credential_id")],
                owner_id=user.pk,
                today=today,
                verdicts=True,
            )
        activities = list(shown.object_list)
        shares = _shares_of([a.pk for a in activities])
        return [
            _activity_row(activity, shares.get(activity.pk, []), progress_list) for activity in activities
        ]

    return ActivityPage(
        page=shown, rows_version=hashlib.sha256(repr(parts).encode()).hexdigest(), rows_source=rows
    )


def _activity_row(activity: CEActivity, shares: list[CategoryShare], progress_list) -> ActivityRow:
    rule = rules.kind_rule_anywhere(activity.kind)
    return ActivityRow(
        activity=activity,
        approved=activity.approved if rule is None or rule.approved is None else rule.approved,
        fixed_category=rule.category if rule else None,
        shares=shares,
        verdicts=[
            (p.credential, p.verdict_of(activity))
            for p in progress_list
            if p.program.requires_ce or p.program.card_kind == activity.kind
        ],
    )


def dashboard_get(
    *, user, today: dt.date, verdicts: bool = False, fresh: bool = False
) -> list[CycleProgress]:
    """Progress of every credential's open cycle; a fixed number of queries however much data, and
    no per-activity work when nothing changed since the last view (see ``ProgressSnapshot``).
    ``verdicts`` and ``fresh`` as for ``cycle_progress_get``."""
    cycles = _with_snapshot(
        Cycle.objects.open()
        .filter(credential__owner=user)
        .select_related("credential")
        .annotate(notices_due=Exists(_notices_due(user=user, today=today))),
        verdicts=verdicts,
    )
    entries = [(cycle.credential, cycle, cycle) for cycle in cycles.order_by("credential_id")]
    progress = _progress_many(entries, owner_id=user.pk, today=today, verdicts=verdicts, fresh=fresh)
    return sorted(progress, key=lambda p: p.urgency)


def progress_list_version(*, progress_list: Sequence[CycleProgress]) -> str:
    """Changes whenever anything the progress cards show could: the code, each period's data
    version (raised by every write, credential edits included) and the day it is judged on."""
    parts = [
        RENDERING_CODE,
        [(p.cycle.pk, p.cycle.created_at, p.cycle.progress_version, p.result.today) for p in progress_list],
    ]
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def cycle_get(*, user, credential_id: int, cycle_id: int | None = None) -> Cycle:
    """A cycle of the person's credential: the open one, or ``cycle_id``. Raises Cycle.DoesNotExist."""
    cycles = Cycle.objects.select_related("credential").filter(
        credential__owner=user, credential_id=credential_id
    )
    if cycle_id is not None:
        return cycles.get(pk=cycle_id)
    return cycles.order_by("closed_on", "-starts_on").open().first() or cycles.latest("starts_on")


def cycle_progress_get(
    *,
    cycle: Cycle,
    today: dt.date,
    credential: Credential | None = None,
    verdicts: bool = False,
    fresh: bool = False,
) -> CycleProgress:
    """Turn a cycle and its owner's activities into the engine's result, with a verdict per activity.

    A closed cycle is judged as on the day it was recertified, with the activities
    before that day (the recertification day starts the next cycle, R-CMA-6). ``verdicts``: the
    caller will show every activity's verdict, so they are read with the rest. ``fresh``: evaluated
    now, whatever is stored, so ``result`` holds the engine's verdict on every credit (the PDF and
    the pace chart draw them).
    """
    credential = credential or cycle.credential
    loaded = None if fresh else _with_snapshot(Cycle.objects.filter(pk=cycle.pk), verdicts=verdicts).first()
    if loaded is not None and _dates(loaded) != _dates(cycle):
        loaded = None  # the caller's cycle has changes not saved yet: judge it as it is, store nothing
    (progress,) = _progress_many(
        [(credential, cycle, loaded)],
        owner_id=credential.owner_id,
        today=today,
        verdicts=verdicts,
        fresh=fresh,
    )
    return progress


# --------------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class _Facts:
    """A person's activities as the engine sees them, read in three flat queries: rows of
    (id, completed on, kind, approved, amount, title) newest first, category shares and
    exclusions by activity id."""

    rows: list[tuple[int, dt.date, str, bool, Decimal, str]]
    shares: dict[int, list[tuple[str, Decimal]]]
    excluded: dict[int, set[int]]


def _facts_get(owner_id: int) -> _Facts:
    rows = list(
        CEActivity.objects.filter(owner_id=owner_id)
        .order_by("-completed_on", "-pk")
        .values_list("pk", "completed_on", "kind", "approved", "amount", "title")
    )
    shares: dict[int, list[tuple[str, Decimal]]] = defaultdict(list)
    for activity_id, category, amount in (
        CategoryShare.objects.filter(activity__owner_id=owner_id)
        .order_by("activity_id", "category")
        .values_list("activity_id", "category", "amount")
    ):
        shares[activity_id].append((category, amount))
    excluded: dict[int, set[int]] = defaultdict(set)
    through = CEActivity.excluded_from.through
    for activity_id, credential_id in through.objects.filter(ceactivity__owner_id=owner_id).values_list(
        "ceactivity_id", "credential_id"
    ):
        excluded[activity_id].add(credential_id)
    return _Facts(rows=rows, shares=shares, excluded=excluded)


@dataclass(frozen=True)
class _Evaluation:
    """One cycle evaluated: the engine's result, and what was held back from it (excluded,
    uncategorized, a card tracked elsewhere) by activity id with its (reason, message)."""

    result: rules.Result
    held: dict[int, tuple[str | None, str]]
    considered: list[int]  # the activities judged, in list order
    uncategorized: tuple[ActivityRef, ...]


def _evaluate(credential: Credential, cycle: Cycle, facts: _Facts, today: dt.date) -> _Evaluation:
    program = credential.rules_program
    rows = facts.rows
    if not cycle.is_open:
        today = cycle.closed_on
        if cycle.closed_by in CE_ROUTES:  # R-CMA-6: what was completed on the day itself counts
            rows = [row for row in rows if row[1] <= cycle.closed_on]
        else:
            rows = [row for row in rows if row[1] < cycle.closed_on]
    credits: list[rules.Credit] = []
    held: dict[int, tuple[str | None, str]] = {}
    uncategorized = []
    kind_rules, card_kind = program.kinds, program.card_kind
    needs_category = bool(program.category_min)
    credential_id, excluded, all_shares = credential.pk, facts.excluded, facts.shares
    for pk, completed_on, kind, approved, amount, title in rows:
        if card_kind:
            # A card credential counts no CE: it tracks the card that started its period (R-BLS-1).
            if kind == card_kind:
                held[pk] = _card_verdict(completed_on, cycle, program)
            continue
        if pk in excluded and credential_id in excluded[pk]:
            held[pk] = (EXCLUDED, f"You excluded this activity from your {credential}.")
            continue
        kind_rule = kind_rules.get(kind)
        if not needs_category or (kind_rule is not None and kind_rule.category):
            credits.append(
                rules.Credit(earned_on=completed_on, amount=amount, kind=kind, approved=approved, ref=pk)
            )
            continue
        shares = all_shares.get(pk)
        if not shares:
            held[pk] = (
                UNCATEGORIZED,
                f"Needs a category before it can count toward your {credential}. Edit it to add one.",
            )
            uncategorized.append(ActivityRef(pk=pk, title=title))
            continue
        credits.extend(
            rules.Credit(earned_on=completed_on, amount=a, kind=kind, category=c, approved=approved, ref=pk)
            for c, a in shares
        )
    result = rules.evaluate(
        program,
        certified_on=cycle.starts_on,
        credits=credits,
        today=today,
        expires_on=cycle.printed_expires_on,
        counts_from=cycle.counts_from,
    )
    return _Evaluation(
        result=result, held=held, considered=[row[0] for row in rows], uncategorized=tuple(uncategorized)
    )


def activity_shortfalls_get(
    *,
    activity: CEActivity,
    shares: dict[str, Decimal],
    excluded: Iterable[Credential],
    today: dt.date,
    cycles: Iterable[Cycle] | None = None,
) -> list[str]:
    """Why an activity not yet saved will not count toward one of the person's open periods for a
    reason of its own (R-CMA-7 under one contact hour, dated after the CE deadline): said before
    it is saved. Reasons that depend on the rest of the log (caps, a card already counted) and
    credentials the person excluded it from are left to the list's verdicts; so are periods whose
    CE route has closed, which no activity could help (a lapsed credential kept on the dashboard
    never questions a new course). ``cycles``: the open periods, when read already (an import)."""
    excluded_ids = {c.pk for c in excluded}
    facts = _Facts(
        rows=[(0, activity.completed_on, activity.kind, activity.approved, activity.amount, activity.title)],
        shares={0: sorted(shares.items())},
        excluded={},
    )
    if cycles is None:
        cycles = (
            Cycle.objects.open()
            .filter(credential__owner_id=activity.owner_id)
            .select_related("credential")
            .order_by("credential__pk")
        )
    found = []
    for cycle in cycles:
        if cycle.credential_id in excluded_ids or cycle.ce_deadline < today:
            continue
        result = _evaluate(cycle.credential, cycle, facts, today).result
        for verdict in result.verdicts:
            if verdict.reason in SHORTFALLS:
                found.append(f"Toward your {cycle.credential}: {verdict.describe(_day)}")
                break
    return found


SHORTFALLS = frozenset({rules.UNDER_MINIMUM, rules.AFTER_DEADLINE})

# Refs for activities not saved yet, above any database id: newest in the engine's order.
_UNSAVED_REF = 10**15


@dataclass(frozen=True)
class UnsavedCount:
    """How an activity not saved yet would count toward one credential, as the list would say."""

    credential: Credential
    counted: bool
    message: str


def activities_counts_preview_get(
    *, owner, activities: Sequence[ActivityInput | None], today: dt.date
) -> list[list[UnsavedCount]]:
    """For each of ``activities`` (None for one that cannot be read), how it would count toward
    each of the person's open periods if all of them were saved with what is logged already: the
    same evaluation and words as the activity list (issue 24's import preview)."""
    facts = _facts_get(owner.pk)
    rows, shares, excluded = list(facts.rows), dict(facts.shares), dict(facts.excluded)
    for index, data in enumerate(activities):
        unit = data.unit_facts if data is not None else None
        if data is None or unit is None:
            continue
        ref = _UNSAVED_REF + index
        rows.append((ref, data.completed_on, unit.kind, unit.approved, data.amount, data.title))
        shares[ref] = sorted((c, a) for c, a in data.categories.items() if a)
        excluded[ref] = {c.pk for c in data.excluded_from}
    rows.sort(key=lambda row: (row[1], row[0]), reverse=True)
    merged = _Facts(rows=rows, shares=shares, excluded=excluded)
    cycles = (
        Cycle.objects.open()
        .filter(credential__owner_id=owner.pk)
        .select_related("credential")
        .order_by("credential_id")
    )
    counts: list[list[UnsavedCount]] = [[] for _ in activities]
    for cycle in cycles:
        credential = cycle.credential
        program = credential.rules_program
        table = _verdict_table(_evaluate(credential, cycle, merged, today))
        for index, data in enumerate(activities):
            unit = data.unit_facts if data is not None else None
            if data is None or unit is None:
                continue
            if not program.requires_ce and program.card_kind != unit.kind:
                continue
            record = table.get(_UNSAVED_REF + index)
            if record is None:
                counts[index].append(UnsavedCount(credential, False, "Outside this recertification period."))
            else:
                verdict = _verdict_from(None, record)
                counts[index].append(UnsavedCount(credential, verdict.counted, verdict.message))
    return counts


def titles_close(first: str, second: str) -> bool:
    """Whether two course titles read nearly the same (case, spacing and small typos aside)."""
    a, b = " ".join(first.casefold().split()), " ".join(second.casefold().split())
    matcher = difflib.SequenceMatcher(None, a, b)
    # The quick upper bounds first: most titles are nothing alike, and ratio() is quadratic.
    return matcher.real_quick_ratio() >= 0.8 and matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8


def _card_verdict(issued_on: dt.date, cycle: Cycle, program: rules.Program) -> tuple[str | None, str]:
    if issued_on == cycle.starts_on:
        expires_on, _ = rules.cycle_dates(program, cycle.starts_on, expires_on=cycle.printed_expires_on)
        return None, f"The card tracked here: renew by {_day(expires_on)}."
    when = "An earlier" if issued_on < cycle.starts_on else "A later"
    return TRACKED_ELSEWHERE, f"{when} card; the one tracked here was issued on {_day(cycle.starts_on)}."


def _verdict_table(evaluation: _Evaluation) -> dict[int, VerdictRecord]:
    """Every judged activity's verdict, the engine's verdicts for its parts summed, in list order."""
    parts: dict[int, list[rules.CreditVerdict]] = defaultdict(list)
    for verdict in evaluation.result.verdicts:
        parts[verdict.credit.ref].append(verdict)
    table: dict[int, VerdictRecord] = {}
    for pk in evaluation.considered:
        if pk in evaluation.held:
            reason, message = evaluation.held[pk]
            table[pk] = ("0", "0", reason, message, False, "0")
        elif pk in parts:
            pieces = parts[pk]
            table[pk] = (
                str(sum((p.points for p in pieces), Decimal(0))),
                str(sum((p.logged_points for p in pieces), Decimal(0))),
                next((p.reason for p in pieces if p.reason), None),
                _message(pieces),
                any(p.planned for p in pieces),
                str(sum((p.planned_points for p in pieces), Decimal(0))),
            )
    return table


def _message(pieces: list[rules.CreditVerdict]) -> str:
    if len(pieces) == 1:
        return pieces[0].describe(_day)
    if all(p.reason is None for p in pieces):
        # One sentence for a split that counts in full: "Counts 6 points: clinical 4, general 2."
        whole = replace(pieces[0], points=sum((p.points for p in pieces), Decimal(0)))
        split = ", ".join(f"{p.category} {_number(p.points)}" for p in pieces)
        return f"{whole.describe(_day)[:-1]}: {split}."
    return " ".join(f"{p.category.capitalize()}: {p.describe(_day)}" for p in pieces)


def _verdict_from(activity: CEActivity, record: VerdictRecord) -> ActivityVerdict:
    points, logged, reason, message, planned, planned_points = record
    return ActivityVerdict(
        activity=activity,
        points=Decimal(points),
        logged_points=Decimal(logged),
        reason=reason,
        message=message,
        planned=planned,
        planned_points=Decimal(planned_points),
    )


def _shares_of(activity_ids: list[int]) -> dict[int, list[CategoryShare]]:
    shares: dict[int, list[CategoryShare]] = defaultdict(list)
    for share in CategoryShare.objects.filter(activity_id__in=activity_ids).order_by(
        "activity_id", "category"
    ):
        shares[share.activity_id].append(share)
    return shares


# --------------------------------------------------------------------------- snapshots

# What a stored snapshot was made by: the rules (every module of the package), this module and the
# models. A deploy that changes any of them never reads a snapshot of the old shape (RULES.md facts
# included).
SNAPSHOT_CODE = hashlib.sha256(
    b"".join(
        Path(module).read_bytes()
        for module in (
            *sorted(Path(rules.__file__).parent.rglob("*.py")),
            __file__,
            Path(__file__).with_name("models.py"),
            *sorted(Path(settings.BASE_DIR, "core", "formats").rglob("formats.py")),
        )
    )
).hexdigest()[:32]
# What a kept rendering was drawn by: the snapshot's code, the templates and their tags.
RENDERING_CODE = hashlib.sha256(
    SNAPSHOT_CODE.encode()
    + b"".join(
        path.read_bytes()
        for folder in (Path(settings.BASE_DIR) / "templates", Path(__file__).with_name("templatetags"))
        for path in sorted(folder.rglob("*"))
        if path.suffix in {".html", ".py"}
    )
).hexdigest()[:32]


def _with_snapshot(cycles: QuerySet[Cycle], *, verdicts: bool) -> QuerySet[Cycle]:
    """Cycles read with their stored progress, in the same row as their data version; the verdict
    table (large) only when it is wanted."""
    cycles = cycles.select_related("snapshot")
    return cycles if verdicts else cycles.defer("snapshot__verdicts")


def _dates(cycle: Cycle) -> tuple:
    return (
        cycle.credential_id,
        cycle.starts_on,
        cycle.expires_on,
        cycle.ce_deadline,
        cycle.closed_on,
        cycle.printed_expires_on,
    )


def _stored(cycle: Cycle | None) -> ProgressSnapshot | None:
    try:
        return None if cycle is None else cycle.snapshot
    except ProgressSnapshot.DoesNotExist:
        return None


def _progress_many(
    entries: Sequence[tuple[Credential, Cycle, Cycle | None]],
    *,
    owner_id: int,
    today: dt.date,
    verdicts: bool = False,
    fresh: bool = False,
) -> list[CycleProgress]:
    """Each cycle's progress, from (credential, cycle, the cycle as read by ``_with_snapshot``): its
    snapshot when one was stored for the cycle's data version, this day and this code; else
    evaluated (the person's activities read once for all) and stored. The data version is read
    before any activity, so a write landing in between makes what is stored look older than it is
    (rebuilt next time), never newer. ``verdicts``: the per-activity verdicts are wanted too."""
    facts: list[_Facts] = []  # read at most once

    def facts_get() -> _Facts:
        if not facts:
            facts.append(_facts_get(owner_id))
        return facts[0]

    progress: list = []
    missed = []
    for credential, cycle, loaded in entries:
        day = cycle.closed_on or today
        snapshot = _stored(loaded)
        if (
            not fresh
            and snapshot is not None
            and (snapshot.version, snapshot.day, snapshot.code)
            == (loaded.progress_version, day, SNAPSHOT_CODE)
            and (not verdicts or snapshot.verdicts is not None)
        ):
            progress.append(_progress_stored(credential, cycle, snapshot, verdicts, facts_get, day))
        else:
            progress.append(None)
            missed.append((len(progress) - 1, credential, cycle, loaded, day))
    if not missed:
        return progress
    attempts: dict[int, list[bool]] = defaultdict(list)
    with_exam = [cycle.pk for _, credential, cycle, _, _ in missed if credential.rules_program.exam]
    if with_exam:
        for cycle_id, passed in ExamAttempt.objects.filter(cycle_id__in=with_exam).values_list(
            "cycle_id", "passed"
        ):
            attempts[cycle_id].append(passed)
    snapshots = []
    for index, credential, cycle, loaded, day in missed:
        program = credential.rules_program
        evaluation = _evaluate(credential, cycle, facts_get(), day)
        exam = rules.exam_status(program, attempts[cycle.pk]) if program.exam else None
        table = _verdict_table(evaluation) if verdicts else None
        if loaded is not None:  # else deleted meanwhile: nothing to store
            snapshots.append(_snapshot(loaded, evaluation, exam, table, day))
        progress[index] = _progress_evaluated(credential, cycle, evaluation, exam, table)
    _snapshots_store(snapshots)
    return progress


class _NotStored(list):
    """A stored result's per-credit verdicts: not kept, so reading them is a mistake made loud."""

    def __iter__(self):
        raise LookupError("Per-credit verdicts are not stored: use cycle_progress_get(fresh=True).")

    def __len__(self):
        raise LookupError("Per-credit verdicts are not stored: use cycle_progress_get(fresh=True).")


def _progress_stored(
    credential, cycle, snapshot: ProgressSnapshot, verdicts: bool, facts_get, day
) -> CycleProgress:
    program = credential.rules_program
    result, exam, uncategorized = pickle.loads(snapshot.summary)
    if verdicts:
        table = pickle.loads(snapshot.verdicts)

        def source() -> dict[int, VerdictRecord]:
            return table

    else:

        def source() -> dict[int, VerdictRecord]:
            # Asked for after all (a page that reads the summary first): worked out, not stored.
            return _verdict_table(_evaluate(credential, cycle, facts_get(), day))

    return CycleProgress(
        credential=credential,
        cycle=cycle,
        program=program,
        result=replace(result, program=program, verdicts=_NotStored()),
        exam=exam,
        uncategorized=uncategorized,
        verdict_table_source=source,
    )


def _progress_evaluated(credential, cycle, evaluation: _Evaluation, exam, table) -> CycleProgress:
    program = credential.rules_program
    return CycleProgress(
        credential=credential,
        cycle=cycle,
        program=program,
        result=evaluation.result,
        exam=exam,
        uncategorized=evaluation.uncategorized,
        verdict_table_source=(lambda: table) if table is not None else (lambda: _verdict_table(evaluation)),
    )


def _snapshot(
    loaded: Cycle,
    evaluation: _Evaluation,
    exam: rules.ExamStatus | None,
    table: dict[int, VerdictRecord] | None,
    day: dt.date,
) -> ProgressSnapshot:
    summary = (replace(evaluation.result, program=None, verdicts=[]), exam, evaluation.uncategorized)
    return ProgressSnapshot(
        cycle_id=loaded.pk,
        version=loaded.progress_version,
        day=day,
        code=SNAPSHOT_CODE,
        summary=pickle.dumps(summary, protocol=pickle.HIGHEST_PROTOCOL),
        verdicts=None if table is None else pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL),
    )


def _snapshots_store(snapshots: list[ProgressSnapshot]) -> None:
    """Store evaluations for the next view, in one statement. A cache: a failure to store (a locked
    database, a cycle deleted meanwhile) costs only speed, and the savepoint keeps a caller's
    transaction usable."""
    if not snapshots:
        return
    # One statement is atomic on its own; inside a caller's transaction it gets a savepoint.
    inside = transaction.atomic() if transaction.get_connection().in_atomic_block else nullcontext()
    try:
        with inside:
            ProgressSnapshot.objects.bulk_create(
                snapshots,
                update_conflicts=True,
                unique_fields=["cycle"],
                update_fields=["version", "day", "code", "summary", "verdicts", "built_at"],
            )
    except DatabaseError:
        logger.warning("Progress of cycles %s not stored", [s.cycle_id for s in snapshots], exc_info=True)


@dataclass(frozen=True)
class Undo:
    """A recorded recertification that can still be undone (services.cycle_reopen)."""

    closed: Cycle
    until: dt.date


def recertification_undo_get(*, credential: Credential, cycles: Sequence[Cycle]) -> Undo | None:
    """The last recertification, if it was recorded less than ``UNDO_DAYS`` days ago."""
    ordered = sorted(cycles, key=lambda c: (c.starts_on, c.pk), reverse=True)
    if len(ordered) < 2 or not ordered[0].is_open or ordered[1].is_open:
        return None
    until = ordered[0].created_at + dt.timedelta(days=UNDO_DAYS)
    if timezone.now() > until:
        return None
    return Undo(closed=ordered[1], until=timezone.localdate(until))


def program_names_get() -> list[str]:
    """The credentials Recert knows by name, for pages that list them."""
    return [program.name for program in rules.PROGRAMS.values()]


def landing_get() -> dict:
    """What the landing page says Recert knows. Its picture is a real screenshot of the demo dashboard
    (static/img/landing-dashboard*.png, made by scripts/landing_screenshot.py)."""
    bodies = list(
        dict.fromkeys(p.body_short for p in rules.PROGRAMS.values() if p.body_short and p.requires_ce)
    )
    return {"program_names": program_names_get(), "bodies": ", ".join(bodies[:-1]) + " and " + bodies[-1]}


def certificate_usage_get(*, owner_id: int, excluding: str = "") -> int:
    """Bytes of certificates the person has stored, in activities and in the inbox (``excluding``
    one activity's file being replaced)."""
    activities = CEActivity.objects.filter(owner_id=owner_id).exclude(certificate="")
    if excluding:
        activities = activities.exclude(certificate=excluding)
    drafts = CertificateDraft.objects.filter(owner_id=owner_id).aggregate(total=Sum("file_size"))["total"]
    return (activities.aggregate(total=Sum("certificate_size"))["total"] or 0) + (drafts or 0)


def audit_pack_version_get(*, progress: CycleProgress, holder_name: str) -> str:
    """What the audit pack's content depends on, hashed: the period, the credential, the holder and
    every activity with its certificate. Any change makes a new version; the day alone does not."""
    cycle, credential = progress.cycle, progress.credential
    parts = [
        "v2",
        holder_name,
        translation.get_language(),  # the dates are written in the person's style
        credential.program,
        credential.number,
        credential.custom_name,
        credential.custom_body,
        cycle.pk,
        cycle.starts_on,
        cycle.expires_on,
        cycle.closed_on,
        cycle.closed_by,
        cycle.ce_deadline,
        cycle.printed_expires_on,
        credential.updated_at.isoformat(),  # any change to the credential (custom points, ...)
        *(
            (v.activity.pk, v.activity.updated_at.isoformat(), v.activity.certificate.name, v.reason)
            for v in progress.verdicts
        ),
    ]
    return hashlib.sha256(repr(parts).encode()).hexdigest()


# A job lost with its queue (Redis flushed) or a build whose worker died is taken up again.
QUEUED_TOO_LONG = dt.timedelta(minutes=10)


def audit_pack_needs_queueing(*, pack: AuditPack) -> bool:
    """Whether asking again should queue this pack's build: it failed, its job was lost, its
    worker died past the limit, or its ready file has gone from storage."""
    now = timezone.now()
    if pack.state == AuditPack.State.FAILED:
        return True
    if pack.state == AuditPack.State.QUEUED:
        return pack.queued_at is None or now - pack.queued_at > QUEUED_TOO_LONG
    if pack.state == AuditPack.State.BUILDING:
        limit = dt.timedelta(seconds=settings.AUDIT_PACK_MAX_SECONDS + 60)
        return pack.started_at is None or now - pack.started_at > limit
    return not pack.file or not pack.file.storage.exists(pack.file.name)


def audit_pack_get(*, cycle: Cycle, version: str) -> AuditPack | None:
    """The build of this version of the period's audit pack, if one was requested."""
    return AuditPack.objects.filter(cycle=cycle, version=version).first()


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event of the calendar feed; ``uid`` stays the same across refreshes."""

    uid: str
    on: dt.date
    summary: str
    description: str
    credential_id: int
    # Days before the event its alarms go off: the person's reminder intervals and the day before.
    alarms: tuple[int, ...] = (7, 1)


DATES_OF_EXPIRY = ("Expiry", "Card renewal", "CE deadline")


def calendar_events_get(*, user, today: dt.date, credential_id: int | None = None) -> list[CalendarEvent]:
    """Every deadline ahead of the person's credentials (or of one), with what is missing, in
    words that stay true however long the event sits in a calendar (no "115 days until"), and
    alarms at the person's reminder intervals (issue 22: a week before is too late to earn 30
    points)."""
    prefs = ReminderPreference.objects.filter(owner=user).first()
    offsets = prefs.offsets if prefs is not None and prefs.offsets else REMINDER_OFFSETS
    alarms = (*sorted(set(offsets), reverse=True), 1)
    events = []
    for progress in dashboard_get(user=user, today=today):
        if credential_id is not None and progress.credential.pk != credential_id:
            continue
        missing = progress.gap_sentence or progress.closed_route_text
        for deadline in progress.calendar_deadlines:
            slug = deadline.label.lower().replace(" ", "-")
            events.append(
                CalendarEvent(
                    uid=f"{progress.credential.pk}-{progress.cycle.pk}-{slug}-{deadline.on.isoformat()}@recert",
                    on=deadline.on,
                    summary=f"{progress.credential}: {deadline.label}",
                    description=" ".join(
                        filter(
                            None,
                            [
                                progress.deadline_why(deadline),
                                # The expiry's own events say the status already.
                                "" if deadline.label in DATES_OF_EXPIRY else progress.dated_status,
                                missing,
                                progress.processing_sentence,
                            ],
                        )
                    ),
                    credential_id=progress.credential.pk,
                    alarms=alarms,
                )
            )
        program, target = progress.program, progress.pace.target if progress.pace else None
        for day, due in progress.pace_checkpoints:
            events.append(
                CalendarEvent(
                    uid=f"{progress.credential.pk}-{progress.cycle.pk}-pace-check-{day.isoformat()}@recert",
                    on=day,
                    summary=f"{progress.credential}: pace check",
                    description=(
                        f"To finish by CE by the {progress.pace.target_label} on {_day(target)}, have at "
                        f"least {_number(due)} of {program.quantity(program.points_needed)} counted by "
                        f"this day. {progress.gap_sentence}"
                    ),
                    credential_id=progress.credential.pk,
                    alarms=(0,),
                )
            )
    return sorted(events, key=lambda e: (e.on, e.uid))


def calendar_feed_get(*, token: str) -> CalendarFeed | None:
    """The feed a secret URL names, or None (an old token after regenerating, or a guess)."""
    if not token or len(token) > 64:
        return None
    return CalendarFeed.objects.select_related("owner").filter(token=token).first()


def _notices_due(*, user, today: dt.date) -> QuerySet[Reminder]:
    return Reminder.objects.filter(
        owner=user, dismissed_at__isnull=True, send_on__lte=today, deadline_on__gte=today
    )


def reminder_notices_get(
    *, user, today: dt.date, progress_list: Sequence[CycleProgress] = ()
) -> list[Reminder]:
    """The reminders due for the person, shown on the dashboard until dismissed (also to people
    who turned email off): deadlines still ahead, most urgent first. ``progress_list``: the
    dashboard's, read for the same day, whose periods already say whether any is due (then no
    query when none is)."""
    if progress_list and not any(getattr(p.cycle, "notices_due", True) for p in progress_list):
        return []
    return list(
        _notices_due(user=user, today=today).select_related("credential").order_by("deadline_on", "pk")
    )


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
        y_ticks=tuple((y_of(v), _number(v)) for v in (step * i for i in range(int(y_max / step) + 1))),
        today=today,
        target=target,
    )
    return plan, chart


# --------------------------------------------------------------------------- certificate inbox


@dataclass(frozen=True)
class DraftPrefill:
    """A read draft as the activity form starts: its values, and beside each field where on the
    certificate it was found and how sure the reader is."""

    draft: CertificateDraft
    initial: dict
    notes: dict[str, str]


def certificate_drafts_get(*, owner) -> list[CertificateDraft]:
    return list(CertificateDraft.objects.filter(owner=owner))


def reading_hints_get(*, owner_id: int) -> dict[str, dict[str, str]]:
    """The person's hints as the reader takes them: {issuer: {field: anchor}}."""
    hints: dict[str, dict[str, str]] = {}
    for hint in ReadingHint.objects.filter(owner_id=owner_id):
        hints.setdefault(hint.issuer, {})[hint.field] = hint.anchor
    return hints


def certificate_draft_duplicates_get(*, draft: CertificateDraft) -> list[CEActivity]:
    """Activities the person already logged that this certificate seems to be (issue 23): the same
    file (content hash), or the same completion date and a title that reads nearly the same."""
    same_file = (
        list(CEActivity.objects.filter(owner_id=draft.owner_id, certificate_sha256=draft.sha256))
        if draft.sha256
        else []
    )
    close = []
    if draft.completed_on and draft.title:
        for activity in CEActivity.objects.filter(owner_id=draft.owner_id, completed_on=draft.completed_on):
            if activity not in same_file and titles_close(draft.title, activity.title):
                close.append(activity)
    return same_file + close


def certificate_draft_transcript_get(*, draft: CertificateDraft) -> transcript.Transcript | None:
    """The courses of a draft that is a transcript (a table of courses, issue 24), else None."""
    if draft.state != CertificateDraft.State.READ or not draft.transcript:
        return None
    return transcript.Transcript.from_json(draft.transcript)


def certificate_draft_prefill_get(*, draft: CertificateDraft) -> DraftPrefill:
    findings = {f.field: f for f in draft.findings.all()}
    initial: dict = {}
    notes: dict[str, str] = {}

    def found(form_field: str, reader_field: str, value, extra: str = "") -> None:
        finding = findings.get(reader_field)
        if value in (None, "") or finding is None:
            return
        initial[form_field] = value
        notes[form_field] = (
            f"Read from the certificate, {_sureness(finding.confidence)}. {finding.where}{extra}"
        )

    found("title", "title", draft.title)
    found("provider", "provider", draft.provider)
    found("completed_on", "completed_on", draft.completed_on)
    printed = rules.PRINTED_UNITS.get(draft.unit)
    approval = findings.get("aama_approved")
    # Approval is pre-filled only when the reader is sure of it (issue 23): otherwise it is asked.
    approved = bool(draft.aama_approved) and approval is not None and approval.confidence >= SURE
    if printed is not None:
        if approved and printed.approved is not None:
            printed = printed.approved  # 50 minutes are 1 AAMA CEU (R-CMA-7)
        unit = printed.unit
        if approved and unit == rules.UNIT_OF_KIND[rules.UNITS[unit].kind]:
            unit = rules.approved_unit(unit) or unit
        found("unit", "unit", unit)
        if draft.aama_approved and not approved and not rules.UNITS[unit].approved and "unit" in notes:
            twin = rules.approved_unit(unit)
            notes["unit"] = (
                notes["unit"].rstrip(". ")
                + f". It may say it is {rules.APPROVAL.label}, but not clearly: check"
                + (f", and choose {rules.UNITS[twin].label} if it is." if twin else ".")
            )
        if draft.amount is not None:
            logged = printed.logged_amount(draft.amount)
            converted = f" Logged as {_number(logged)} ({printed.words})." if printed.words else ""
            found("amount", "amount", Decimal(_number(logged)), converted)  # "2", not "2.00"
    if draft.category in rules.CATEGORIES:
        found("category", "category", draft.category)
    read = draft.categories or {}
    split = {c: Decimal(read[c]) for c in rules.CATEGORIES if c in read}  # in the form's order (jsonb sorts)
    if len(split) >= 2 and "amount" in initial:
        # A certificate that splits its credit across categories (R-CMA-4): the form's split fields.
        initial["category"] = SPLIT
        initial.update({f"split_{c}": Decimal(_number(a)) for c, a in split.items()})
        parts = ", ".join(f"{_number(a)} {c}" for c, a in split.items())
        notes["category"] = f"Read from the certificate: the credit is split ({parts}). Check each part."
    for name, words in (
        ("title", "the course title"),
        ("completed_on", "the completion date"),
        ("amount", "the amount"),
    ):
        if name not in initial:
            notes[name] = f"Not found on the certificate: enter {words} as printed."
    return DraftPrefill(draft=draft, initial=initial, notes=notes)


SURE = Decimal("0.9")  # docs/certificate-reading.md: "sure" only when independent signals agree


def _sureness(confidence: Decimal) -> str:
    if confidence >= SURE:
        return "sure"
    if confidence >= Decimal("0.5"):
        return "fairly sure: check this"
    return "unsure: check this"
