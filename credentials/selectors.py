"""Reads: the single path from the database into the rules engine.

The dashboard, the activity list, the PDF and reminders all call
``cycle_progress_get`` (or ``dashboard_get``, its batched form), so no two pages can
disagree about a number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch, Q, QuerySet

from credentials import rules
from credentials.models import CEActivity, Credential, Cycle, ExamAttempt

EXCLUDED = "excluded"
UNCATEGORIZED = "uncategorized"


@dataclass(frozen=True)
class ActivityVerdict:
    """How one activity counts toward one cycle: the engine's verdicts for its parts, summed."""

    activity: CEActivity
    points: Decimal
    logged_points: Decimal
    reason: str | None
    message: str

    @property
    def counted(self) -> bool:
        return self.points > 0


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
class CycleProgress:
    credential: Credential
    cycle: Cycle
    program: rules.Program
    result: rules.Result
    verdicts: list[ActivityVerdict]
    exam: rules.ExamStatus | None = None
    by_activity: dict[int, ActivityVerdict] = field(default_factory=dict)

    @property
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

    @property
    def uncategorized(self) -> list[CEActivity]:
        return [v.activity for v in self.verdicts if v.reason == UNCATEGORIZED]


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
        activities = activities.filter(completed_on__gte=cycle.starts_on, completed_on__lte=cycle.ce_deadline)
        if cycle.closed_on:
            activities = activities.filter(completed_on__lt=cycle.closed_on)
    if credential is not None:
        activities = activities.exclude(excluded_from=credential)
    # Kinds whose approval or category the rules fix (R-CMA-8 college, R-CMA-11 CPR) filter as counted.
    kinds = rules.PROGRAMS["cma-aama"].kinds
    if category:
        fixed = [k for k, r in kinds.items() if r.category == category]
        activities = activities.filter(Q(shares__category=category) | Q(kind__in=fixed)).distinct()
    if approved is not None:
        always = [k for k, r in kinds.items() if r.approved is approved]
        never = [k for k, r in kinds.items() if r.approved is (not approved)]
        activities = activities.filter((Q(approved=approved) & ~Q(kind__in=never)) | Q(kind__in=always))
    if kind:
        activities = activities.filter(kind=kind)
    if date_from:
        activities = activities.filter(completed_on__gte=date_from)
    if date_to:
        activities = activities.filter(completed_on__lte=date_to)
    allowed = {
        "completed_on",
        "-completed_on",
        "title",
        "-title",
        "amount",
        "-amount",
        "provider",
        "-provider",
    }
    return activities.order_by(ordering if ordering in allowed else "-completed_on", "-pk")


def _activities(user) -> QuerySet[CEActivity]:
    return CEActivity.objects.filter(owner=user).prefetch_related(
        "shares", Prefetch("excluded_from", queryset=Credential.objects.only("id"))
    )


def _credentials_with_cycles(user, *, open_only: bool = True) -> QuerySet[Credential]:
    cycles = Cycle.objects.all()
    if open_only:
        cycles = cycles.filter(closed_on__isnull=True)
    return credential_list(user=user).prefetch_related(
        Prefetch(
            "cycles",
            queryset=cycles.prefetch_related(Prefetch("exam_attempts", queryset=ExamAttempt.objects.all())),
            to_attr="prefetched_cycles",
        )
    )


@dataclass(frozen=True)
class ActivityRow:
    """One line of the activity list: the activity and how it counts toward each credential."""

    activity: CEActivity
    approved: bool  # as the CMA (AAMA) counts it: a CPR card is approved by rule (R-CMA-11)
    fixed_category: str | None  # a category the rules impose (a CPR card is clinical)
    verdicts: list[tuple[Credential, ActivityVerdict | None]]


@dataclass(frozen=True)
class ActivityPage:
    rows: list[ActivityRow]
    credentials: list[Credential]
    credential: Credential | None
    cycles: list[Cycle]


def activity_page_get(
    *, user, today: dt.date, credential_id: int | None = None, cycle_key: str = "", **filters
) -> ActivityPage:
    """The activity list with every row's verdicts; ``cycle_key`` is "current" or a cycle id."""
    credentials = list(credential_list(user=user).prefetch_related("cycles"))
    credential = next((c for c in credentials if c.pk == credential_id), None)
    cycles = list(credential.cycles.all()) if credential else []
    cycle = None
    if credential is not None and cycle_key:
        wanted = (
            (lambda c: c.closed_on is None) if cycle_key == "current" else (lambda c: str(c.pk) == cycle_key)
        )
        cycle = next((c for c in cycles if wanted(c)), None)
    activities = list(activity_list(user=user, credential=credential, cycle=cycle, **filters))
    if cycle is not None and cycle.closed_on is not None:
        progress_list = [cycle_progress_get(cycle=cycle, today=today, credential=credential)]
    else:
        progress_list = dashboard_get(user=user, today=today)
    kinds = rules.PROGRAMS["cma-aama"].kinds
    rows = []
    for activity in activities:
        rule = kinds.get(activity.kind)
        rows.append(
            ActivityRow(
                activity=activity,
                approved=activity.approved if rule is None or rule.approved is None else rule.approved,
                fixed_category=rule.category if rule else None,
                verdicts=[(p.credential, p.by_activity.get(activity.pk)) for p in progress_list],
            )
        )
    return ActivityPage(rows=rows, credentials=credentials, credential=credential, cycles=cycles)


def dashboard_get(*, user, today: dt.date) -> list[CycleProgress]:
    """Progress of every credential's open cycle; a fixed number of queries however much data."""
    credentials = list(_credentials_with_cycles(user))
    activities = list(_activities(user))
    return [
        cycle_progress_get(cycle=cycle, today=today, activities=activities, credential=credential)
        for credential in credentials
        for cycle in credential.prefetched_cycles[:1]
    ]


def cycle_get(*, user, credential_id: int, cycle_id: int | None = None) -> Cycle:
    """A cycle of the person's credential: the open one, or ``cycle_id``. Raises Cycle.DoesNotExist."""
    cycles = Cycle.objects.select_related("credential").filter(
        credential__owner=user, credential_id=credential_id
    )
    if cycle_id is not None:
        return cycles.get(pk=cycle_id)
    return cycles.order_by("closed_on", "-starts_on").filter(closed_on__isnull=True).first() or cycles.latest(
        "starts_on"
    )


def cycle_progress_get(
    *,
    cycle: Cycle,
    today: dt.date,
    activities: Sequence[CEActivity] | None = None,
    credential: Credential | None = None,
) -> CycleProgress:
    """Turn a cycle and its owner's activities into the engine's result, with a verdict per activity.

    A closed cycle is judged as on the day it was recertified, with the activities
    before that day (the recertification day starts the next cycle, R-CMA-6).
    """
    credential = credential or cycle.credential
    program = credential.rules_program
    if activities is None:
        activities = list(_activities(credential.owner_id))
    if cycle.closed_on is not None:
        today = cycle.closed_on
        activities = [a for a in activities if a.completed_on < cycle.closed_on]

    credits: list[rules.Credit] = []
    held: list[ActivityVerdict] = []
    for activity in activities:
        if any(c.pk == credential.pk for c in activity.excluded_from.all()):
            held.append(_verdict(activity, EXCLUDED, f"You excluded this activity from your {program.name}."))
            continue
        parts = activity_credits(activity, program)
        if parts is None:
            held.append(
                _verdict(
                    activity,
                    UNCATEGORIZED,
                    f"Needs a category before it can count toward your {program.name}. Edit it to add one.",
                )
            )
            continue
        credits.extend(parts)

    result = rules.evaluate(program, certified_on=cycle.starts_on, credits=credits, today=today)
    by_activity = _combine(activities, result.verdicts, held, program)
    exam = None
    if program.exam is not None:
        exam = rules.exam_status(program, [a.passed for a in cycle.exam_attempts.all()])
    return CycleProgress(
        credential=credential,
        cycle=cycle,
        program=program,
        result=result,
        verdicts=[by_activity[a.pk] for a in activities if a.pk in by_activity],
        exam=exam,
        by_activity=by_activity,
    )


def activity_credits(activity: CEActivity, program: rules.Program) -> list[rules.Credit] | None:
    """The engine's credits for one activity; None when the program needs a category it lacks."""
    base = {"earned_on": activity.completed_on, "kind": activity.kind, "approved": activity.approved}
    kind_rule = program.kinds.get(activity.kind)
    if not program.category_min or (kind_rule is not None and kind_rule.category):
        return [rules.Credit(amount=activity.amount, ref=activity.pk, **base)]
    shares = list(activity.shares.all())
    if not shares:
        return None
    return [rules.Credit(amount=s.amount, category=s.category, ref=activity.pk, **base) for s in shares]


def _verdict(activity: CEActivity, reason: str, message: str) -> ActivityVerdict:
    return ActivityVerdict(
        activity=activity, points=Decimal(0), logged_points=Decimal(0), reason=reason, message=message
    )


def _combine(
    activities: Iterable[CEActivity],
    verdicts: list[rules.CreditVerdict],
    held: list[ActivityVerdict],
    program: rules.Program,
) -> dict[int, ActivityVerdict]:
    parts: dict[int, list[rules.CreditVerdict]] = {}
    for verdict in verdicts:
        parts.setdefault(verdict.credit.ref, []).append(verdict)
    by_id = {a.pk: a for a in activities}
    combined = {v.activity.pk: v for v in held}
    for activity_id, pieces in parts.items():
        if len(pieces) == 1:
            message = pieces[0].message
        else:
            message = " ".join(f"{p.category.capitalize()}: {p.message}" for p in pieces)
        combined[activity_id] = ActivityVerdict(
            activity=by_id[activity_id],
            points=sum((p.points for p in pieces), Decimal(0)),
            logged_points=sum((p.logged_points for p in pieces), Decimal(0)),
            reason=next((p.reason for p in pieces if p.reason), None),
            message=message,
        )
    return combined
