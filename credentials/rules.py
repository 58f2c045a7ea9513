"""The recertification rules engine.

Pure Python: no Django, no database, no clock. Each credential program is a
``Program`` value (data, not code) and ``evaluate()`` applies any program to a
holder's credits on a given day. Rule ids (R-CMA-1, ...) refer to
``shared/RULES.md``, the project's domain reference.

Public contract (relied on by acceptance tests)::

    r = evaluate(PROGRAMS["cma-aama"], certified_on=d, credits=[Credit(...)], today=d)
    r.expires_on, r.ce_deadline, r.status, r.days_left, r.counted_points,
    r.approved_points, r.category_points, r.points_left, r.met, r.verdicts
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from types import MappingProxyType

from dateutil.relativedelta import relativedelta

__all__ = [
    "CATEGORIES",
    "KINDS",
    "KIND_LABELS",
    "PROGRAMS",
    "STATUSES",
    "Credit",
    "CreditVerdict",
    "ExamRoute",
    "ExamStatus",
    "KindRule",
    "Need",
    "Program",
    "Result",
    "custom_program",
    "cycle_dates",
    "evaluate",
    "exam_status",
]

ZERO = Decimal(0)

# Status words: shared/RULES.md, "Status words".
CURRENT, EXPIRING, GRACE, LAPSED = "current", "expiring", "grace", "lapsed"
STATUSES = (CURRENT, EXPIRING, GRACE, LAPSED)

ADMINISTRATIVE, CLINICAL, GENERAL = "administrative", "clinical", "general"
CATEGORIES = (ADMINISTRATIVE, CLINICAL, GENERAL)

CE, COLLEGE, CPR = "ce", "college", "cpr"
KINDS = (CE, COLLEGE, CPR)
KIND_LABELS = {CE: "CE credits", COLLEGE: "college credits", CPR: "CPR cards"}

# Why a credit does not count, or counts only in part.
BEFORE_WINDOW = "before_window"
AFTER_DEADLINE = "after_deadline"
PLANNED = "planned"
NOT_ACCEPTED = "not_accepted"
UNDER_MINIMUM = "under_minimum"
OVER_CARD_LIMIT = "over_card_limit"
OVER_CAP = "over_cap"
DUPLICATE = "duplicate"


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months``, the day clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    return day + relativedelta(months=months)


# --------------------------------------------------------------------------- programs


@dataclass(frozen=True)
class KindRule:
    """How a program turns one kind of credit (CE, college credit, CPR card) into points."""

    label: str
    points_per_unit: Decimal = Decimal(1)
    # None: approved as the credit says; True or False: fixed by the rule.
    approved: bool | None = None
    # A category the rule imposes (a CPR card is always clinical, R-CMA-11).
    category: str | None = None
    # Most units that count in one cycle (3 CPR cards, R-CMA-11).
    max_units: Decimal | None = None
    whole_units: bool = False
    rule: str = ""


@dataclass(frozen=True)
class ExamRoute:
    """Recertifying by exam (R-CMA-2, R-CMA-12, R-CMA-13)."""

    attempts: int
    pass_months_before_expiry: int
    apply_days_before_expiry: int


@dataclass(frozen=True)
class Program:
    """One credential program's rules, as data."""

    code: str
    name: str
    body: str
    cycle_months: int
    points_needed: Decimal
    unit: str = "CE credits"
    # R-CMA-1 and R-BLS-1 count from / to the end of a calendar month.
    expiry_at_month_end: bool = False
    # R-CMA-9: CE still accepted up to the end of the month this many months after expiry,
    # for credentials expiring on or after `grace_since`.
    grace_months: int = 0
    grace_since: date | None = None
    approved_min: Decimal = ZERO
    approved_label: str = "approved"
    category_min: Mapping[str, Decimal] = field(default_factory=lambda: MappingProxyType({}))
    kinds: Mapping[str, KindRule] = field(
        default_factory=lambda: MappingProxyType({CE: KindRule(label="CE credits")})
    )
    # R-CMA-7: a non-approved activity below this many points does not count.
    min_unapproved_points: Decimal = ZERO
    expiring_days: int = 90
    # R-CMA-14: days an application with non-approved points takes, by how it is sent.
    processing_days: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    exam: ExamRoute | None = None
    annual_fee: bool = False  # R-RMA-3
    reactivation_fee: bool = False  # R-CMA-10
    custom: bool = False

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(self.category_min)

    @property
    def unapproved_cap(self) -> Decimal | None:
        """Most non-approved points that count (R-CMA-5), or None for no cap."""
        if self.approved_min <= 0:
            return None
        return self.points_needed - self.approved_min

    @property
    def requires_ce(self) -> bool:
        return self.points_needed > 0


def _frozen(mapping: dict) -> Mapping:
    return MappingProxyType(dict(mapping))


CMA_AAMA = Program(
    code="cma-aama",
    name="CMA (AAMA)",
    body="American Association of Medical Assistants",
    cycle_months=60,  # R-CMA-1
    points_needed=Decimal(60),  # R-CMA-3
    unit="points",
    expiry_at_month_end=True,  # R-CMA-1
    grace_months=3,  # R-CMA-9
    grace_since=date(2020, 1, 1),  # R-CMA-9: the grace period applies since 1 Jan 2020
    approved_min=Decimal(30),  # R-CMA-5
    approved_label="AAMA-approved",
    category_min=_frozen({c: Decimal(10) for c in CATEGORIES}),  # R-CMA-4
    kinds=_frozen(
        {
            CE: KindRule(label="CE points", rule="R-CMA-3"),
            # R-CMA-8: 1 college credit = 15 points, never AAMA-approved.
            COLLEGE: KindRule(
                label="college credits",
                points_per_unit=Decimal(15),
                approved=False,
                rule="R-CMA-8",
            ),
            # R-CMA-11: a CPR/BLS card = 4 clinical AAMA points, at most 3 cards.
            CPR: KindRule(
                label="CPR cards",
                points_per_unit=Decimal(4),
                approved=True,
                category=CLINICAL,
                max_units=Decimal(3),
                whole_units=True,
                rule="R-CMA-11",
            ),
        }
    ),
    min_unapproved_points=Decimal(1),  # R-CMA-7
    # R-CMA-14: 2-3 weeks online (the longer end), 30 days by mail, 5-7 days expedited.
    # The warning uses the slowest route, so nobody learns of a risk too late.
    processing_days=_frozen({"online": 21, "mail": 30, "expedited": 7}),
    exam=ExamRoute(attempts=3, pass_months_before_expiry=2, apply_days_before_expiry=30),
    reactivation_fee=True,  # R-CMA-10
)

PROGRAMS: Mapping[str, Program] = _frozen(
    {
        program.code: program
        for program in (
            CMA_AAMA,
            # R-CCMA-1, R-CCMA-2
            Program(
                code="ccma-nha",
                name="CCMA (NHA)",
                body="National Healthcareer Association",
                cycle_months=24,
                points_needed=Decimal(10),
            ),
            # R-RMA-1, R-RMA-2, R-RMA-3
            Program(
                code="rma-amt",
                name="RMA (AMT)",
                body="American Medical Technologists",
                cycle_months=36,
                points_needed=Decimal(30),
                unit="points",
                annual_fee=True,
            ),
            # R-CMAC-1
            Program(
                code="cmac-amca",
                name="CMAC (AMCA)",
                body="American Medical Certification Association",
                cycle_months=24,
                points_needed=Decimal(10),
            ),
            # R-BLS-1: no CE; renew by the end of the month 24 months after issue.
            Program(
                code="bls",
                name="CPR / BLS card",
                body="CPR / BLS provider",
                cycle_months=24,
                points_needed=ZERO,
                expiry_at_month_end=True,
                kinds=_frozen({}),
            ),
        )
    }
)


def custom_program(
    *,
    name: str,
    cycle_months: int,
    points_needed: Decimal,
    body: str = "",
    code: str = "custom",
) -> Program:
    """A program the holder describes, for credentials such as the NCMA (NCCT)."""
    if not name or not name.strip():
        raise ValueError("A custom program needs a name.")
    if isinstance(cycle_months, bool) or not isinstance(cycle_months, int):
        raise ValueError("The cycle length must be a whole number of months.")
    if not 1 <= cycle_months <= 240:
        raise ValueError("The cycle length must be between 1 and 240 months.")
    points = _as_decimal(points_needed, "The points needed")
    if points < 0:
        raise ValueError("The points needed cannot be negative.")
    return Program(
        code=code,
        name=name.strip(),
        body=body,
        cycle_months=cycle_months,
        points_needed=points,
        custom=True,
    )


# --------------------------------------------------------------------------- inputs and results


@dataclass(frozen=True)
class Credit:
    """One piece of CE as the engine sees it.

    ``amount`` is in the kind's unit: points / contact hours / CE credits for
    "ce", college credits for "college" (R-CMA-8), cards for "cpr" (R-CMA-11).
    An activity split across categories becomes several credits sharing ``ref``;
    the minimum size of R-CMA-7 applies to the activity as a whole.
    """

    earned_on: date
    amount: Decimal
    kind: str = CE
    category: str | None = None
    approved: bool = False
    ref: Hashable | None = None


@dataclass(frozen=True)
class _Window:
    """What every verdict's message needs; one per evaluation."""

    program: Program
    start: date
    ce_deadline: date


@dataclass(slots=True)  # not frozen: 10,000 verdicts are built three times faster
class CreditVerdict:
    """Whether and how one credit counts, with the words to explain it."""

    credit: Credit
    points: Decimal  # points that count toward the total
    logged_points: Decimal  # what the credit is worth before windows and caps
    category: str | None  # the category it counts in, after the kind's rule
    approved: bool  # approved as counted, after the kind's rule
    reason: str | None  # None when it counts in full
    window: _Window = field(repr=False, compare=False)

    @property
    def message(self) -> str:
        """The verdict in words, built only when shown."""
        w = self.window
        return _message(
            w.program, self.credit, self.reason, self.points, self.logged_points, w.start, w.ce_deadline
        )

    @property
    def counted(self) -> bool:
        return self.points > 0

    @property
    def partial(self) -> bool:
        return ZERO < self.points < self.logged_points


@dataclass(frozen=True)
class Need:
    """Part of what would close the gap: ``points`` of ``category`` (any if None)."""

    points: Decimal
    category: str | None
    approved_only: bool

    def describe(self, program: Program) -> str:
        words = [_fmt(self.points)]
        if self.category:
            words.append(self.category)
        if self.approved_only and program.approved_min > 0:
            words.append(program.approved_label)
        words.append(program.unit if self.category or self.approved_only else f"{program.unit} of any kind")
        return " ".join(words)


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
        """R-CMA-13: an exam application still arrives 30 days before expiry."""
        return self.exam_apply_by is not None and self.today <= self.exam_apply_by

    @property
    def exam_pass_open(self) -> bool:
        """R-CMA-13: passing by this date recertifies without a lapse."""
        return self.exam_pass_by is not None and self.today <= self.exam_pass_by

    @property
    def reactivation_fee_due(self) -> bool:
        return self.program.reactivation_fee and self.exam_only

    @property
    def gap_text(self) -> str:
        """What would close the gap, in words: "10 clinical AAMA-approved points"."""
        return ", ".join(need.describe(self.program) for need in self.needs)


# --------------------------------------------------------------------------- evaluation


def evaluate(
    program: Program,
    *,
    certified_on: date,
    credits: Iterable[Credit],
    today: date,
) -> Result:
    """Apply ``program`` to ``credits`` for a holder certified on ``certified_on``."""
    certified_on = _as_date(certified_on, "certified_on")
    today = _as_date(today, "today")
    credits = list(credits)
    expires_on, ce_deadline = cycle_dates(program, certified_on)
    window_start = certified_on  # R-CMA-6, R-RMA-2: nothing from before the cycle counts

    # One pass: validate, convert to points, and apply the kind's rule and the windows
    # (R-CMA-6, R-CMA-9, R-RMA-2; credits after today are planned). 10,000 credits stay fast.
    n = len(credits)
    kind_rules: list[KindRule | None] = []
    amounts: list[Decimal] = []
    logged: list[Decimal] = []
    category: list[str | None] = []
    approved: list[bool] = []
    reason: list[str | None] = []
    has_categories = bool(program.category_min)
    kinds = program.kinds
    category_min = program.category_min
    for credit in credits:
        rule = kinds.get(credit.kind)
        amount, earned_on, given = credit.amount, credit.earned_on, credit.category
        # The common, valid case is checked inline; anything unusual gets the full check,
        # which converts what it can and raises ValueError with plain words otherwise.
        if not (
            type(credit) is Credit
            and type(amount) is Decimal
            and type(earned_on) is date
            and rule is not None
            and amount.is_finite()
            and amount > 0
            and not rule.whole_units
            and (not has_categories or given in category_min or (rule.category and given is None))
        ):
            amount, earned_on = _validate(program, credit)
        kind_rules.append(rule)
        amounts.append(amount)
        if rule is None:
            logged.append(amount)
            approved.append(bool(credit.approved))
            why = NOT_ACCEPTED
        else:
            logged.append(amount * rule.points_per_unit if rule.points_per_unit != 1 else amount)
            approved.append(bool(credit.approved) if rule.approved is None else rule.approved)
            if earned_on < window_start:
                why = BEFORE_WINDOW
            elif earned_on > ce_deadline:
                why = AFTER_DEADLINE
            elif earned_on > today:
                why = PLANNED
            else:
                why = None
        reason.append(why)
        category.append(
            (rule.category or credit.category if rule else credit.category) if has_categories else None
        )
    points = [ZERO if why else p for why, p in zip(reason, logged, strict=True)]

    def reject(i: int, why: str) -> None:
        points[i] = ZERO
        reason[i] = why

    planned_points = sum((logged[i] for i in range(n) if reason[i] == PLANNED), ZERO)

    # 2. R-CMA-7: a non-approved activity under the minimum does not count. Parts of one
    # split activity (same ref) are judged together.
    if program.min_unapproved_points > 0:
        small = [i for i in range(n) if reason[i] is None and not approved[i]]
        keys = {i: ("ref", credits[i].ref) if credits[i].ref is not None else ("index", i) for i in small}
        activity_points: dict[object, Decimal] = defaultdict(Decimal)
        for i in small:
            activity_points[keys[i]] += logged[i]
        for i in small:
            if activity_points[keys[i]] < program.min_unapproved_points:
                reject(i, UNDER_MINIMUM)

    # Limits and caps below pick "earliest first"; only the credits they can touch are ranked.
    order = sorted(
        (
            i
            for i in range(n)
            if reason[i] is None and (kind_rules[i].max_units is not None or not approved[i])
        ),
        key=lambda i: _sort_key(credits[i]),
    )

    # 3. Per-kind unit limits (R-CMA-11: at most 3 CPR cards, the same card once), earliest first.
    units_used: dict[str, Decimal] = defaultdict(Decimal)
    cards_seen: set[tuple[str, date]] = set()
    for i in order:
        rule = kind_rules[i]
        if reason[i] is not None or rule.max_units is None:
            continue
        card = (credits[i].kind, credits[i].earned_on)
        if rule.whole_units and card in cards_seen:
            reject(i, DUPLICATE)  # a card issued on the same day is the same card
            continue
        cards_seen.add(card)
        amount = amounts[i]
        allowed = min(amount, rule.max_units - units_used[credits[i].kind])
        units_used[credits[i].kind] += max(allowed, ZERO)
        if allowed < amount:
            points[i] = max(allowed, ZERO) * rule.points_per_unit
            reason[i] = OVER_CARD_LIMIT

    # 4. R-CMA-5: at most `unapproved_cap` non-approved points count, chosen to fill the
    # category minimums (after approved points) first, then earliest first.
    cap = program.unapproved_cap
    if cap is not None:
        _apply_unapproved_cap(program, cap, order, points, reason, category, approved)

    counted = sum(points, ZERO)
    approved_points = sum((p for p, a in zip(points, approved, strict=True) if a), ZERO)
    category_points: dict[str, Decimal] = {}
    if program.category_min:
        category_points = dict.fromkeys(program.category_min, ZERO)
        for i in range(n):
            if points[i] > 0:
                category_points[category[i]] += points[i]

    needs = _needs(program, counted, approved_points, category_points, points, approved)
    points_left = sum((need.points for need in needs), ZERO)

    days_left = (expires_on - today).days
    status = _status(program, today, expires_on, ce_deadline, days_left)

    unapproved_points = counted - approved_points
    slowest = max(program.processing_days.values(), default=0)
    processing_days = slowest if unapproved_points > 0 else 0
    target = expires_on if today <= expires_on else ce_deadline
    processing_warning = (
        program.requires_ce and today <= ce_deadline and today + timedelta(days=processing_days) > target
    )

    exam = program.exam
    window = _Window(program=program, start=window_start, ce_deadline=ce_deadline)
    verdicts = [
        CreditVerdict(
            credit=credits[i],
            points=points[i],
            logged_points=logged[i],
            category=category[i],
            approved=approved[i],
            reason=reason[i],
            window=window,
        )
        for i in range(n)
    ]
    return Result(
        program=program,
        certified_on=certified_on,
        today=today,
        window_start=window_start,
        expires_on=expires_on,
        ce_deadline=ce_deadline,
        status=status,
        days_left=days_left,
        counted_points=counted,
        approved_points=approved_points,
        category_points=category_points,
        points_left=points_left,
        met=points_left == 0,
        verdicts=verdicts,
        logged_points=sum(logged, ZERO),
        planned_points=planned_points,
        unapproved_points=unapproved_points,
        needs=needs,
        processing_days=processing_days,
        processing_warning=processing_warning,
        exam_pass_by=add_months(expires_on, -exam.pass_months_before_expiry) if exam else None,
        exam_apply_by=expires_on - timedelta(days=exam.apply_days_before_expiry) if exam else None,
        annual_fee_due_on=_annual_fee_due(program, certified_on, today, expires_on),
    )


def cycle_dates(program: Program, certified_on: date) -> tuple[date, date]:
    """(expires_on, ce_deadline) of a cycle that starts on ``certified_on``."""
    # R-CMA-1 / R-BLS-1: last day of (that month + N months); others: same day N months on.
    if program.expiry_at_month_end:
        expires_on = month_end(add_months(certified_on.replace(day=1), program.cycle_months))
    else:
        expires_on = add_months(certified_on, program.cycle_months)
    # R-CMA-9: CE accepted to the end of the month `grace_months` after the expiry month.
    grace_applies = program.grace_since is None or expires_on >= program.grace_since
    if program.grace_months and grace_applies:
        return expires_on, month_end(add_months(expires_on.replace(day=1), program.grace_months))
    return expires_on, expires_on


def _status(program: Program, today: date, expires_on: date, ce_deadline: date, days_left: int) -> str:
    if today <= expires_on:
        return CURRENT if days_left > program.expiring_days else EXPIRING
    if today <= ce_deadline:
        return GRACE  # R-CMA-9: expired, CE route still open
    return LAPSED


def _apply_unapproved_cap(
    program: Program,
    cap: Decimal,
    order: list[int],
    points: list[Decimal],
    reason: list[str | None],
    category: list[str | None],
    approved: list[bool],
) -> None:
    room = defaultdict(Decimal)
    if program.category_min:
        for c, need in program.category_min.items():
            have = sum((points[i] for i in range(len(points)) if approved[i] and category[i] == c), ZERO)
            room[c] = max(ZERO, need - have)
    candidates = [i for i in order if not approved[i] and points[i] > 0]
    keep = defaultdict(Decimal)
    left = cap
    # First pass fills each category's shortfall; the second takes what is left, earliest first.
    for pass_fills_minimums in (True, False):
        for i in candidates:
            want = points[i] - keep[i]
            if pass_fills_minimums:
                want = min(want, room[category[i]])
            take = min(want, left)
            if take <= 0:
                continue
            keep[i] += take
            left -= take
            if pass_fills_minimums:
                room[category[i]] -= take
    for i in candidates:
        if keep[i] < points[i]:
            points[i] = keep[i]
            reason[i] = OVER_CAP


def _needs(
    program: Program,
    counted: Decimal,
    approved_points: Decimal,
    category_points: dict[str, Decimal],
    points: list[Decimal],
    approved: list[bool],
) -> list[Need]:
    """The fewest further points that meet every requirement (RULES.md, "Points left").

    Assumes the holder picks approved points in the categories still short, so
    points left = max(total shortfall, sum of category shortfalls, approved shortfall).
    """
    needs = [
        Need(points=need - category_points[c], category=c, approved_only=program.approved_min > 0)
        for c, need in program.category_min.items()
        if category_points[c] < need
    ]
    by_category = sum((need.points for need in needs), ZERO)
    approved_short = max(ZERO, program.approved_min - approved_points)
    total_short = max(ZERO, program.points_needed - counted)
    if approved_short > by_category:
        needs.append(Need(points=approved_short - by_category, category=None, approved_only=True))
    covered = max(by_category, approved_short)
    if total_short > covered:
        cap = program.unapproved_cap
        unapproved_counted = counted - approved_points
        # Once the non-approved cap is used up, only approved points still count.
        approved_only = cap is not None and unapproved_counted >= cap
        needs.append(Need(points=total_short - covered, category=None, approved_only=approved_only))
    return needs


def _annual_fee_due(program: Program, certified_on: date, today: date, expires_on: date) -> date | None:
    """R-RMA-3: the annual fee falls due in the anniversary month; the next such month end."""
    if not program.annual_fee:
        return None
    years = max(1, today.year - certified_on.year - 1)
    while True:
        due = month_end(add_months(certified_on, 12 * years))
        if due > expires_on:
            return None  # the next fee falls in the next cycle
        if due >= today:
            return due
        years += 1


# --------------------------------------------------------------------------- exam route


@dataclass(frozen=True)
class ExamStatus:
    attempts_used: int
    attempts_left: int
    passed: bool
    eligible: bool


def exam_status(program: Program, results: Iterable[bool]) -> ExamStatus:
    """R-CMA-12: three attempts; after a third failure, ineligible until a new program."""
    if program.exam is None:
        raise ValueError(f"{program.name} has no exam route in this app.")
    results = list(results)
    passed = any(results)
    failures = sum(1 for r in results if not r)
    left = max(0, program.exam.attempts - failures)
    return ExamStatus(
        attempts_used=len(results), attempts_left=left, passed=passed, eligible=passed or left > 0
    )


# --------------------------------------------------------------------------- helpers


def _as_date(value: object, name: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise ValueError(f"{name} must be a date, not {type(value).__name__}.")
    return value


def _as_decimal(value: object, what: str) -> Decimal:
    if isinstance(value, bool | float):
        raise ValueError(f"{what} must be an exact decimal number, not {value!r}.")
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        raise ValueError(f"{what} must be a number, not {value!r}.") from None
    if not number.is_finite():
        raise ValueError(f"{what} must be a finite number, not {value!r}.")
    return number


def _validate(program: Program, credit: Credit) -> tuple[Decimal, date]:
    """Check one credit against ``program``; return its amount and date as Decimal and date."""
    if type(credit) is not Credit and not isinstance(credit, Credit):
        raise ValueError(f"Expected a Credit, got {type(credit).__name__}.")
    earned_on = credit.earned_on
    if type(earned_on) is not date:
        earned_on = _as_date(earned_on, "The completion date")
    amount = credit.amount
    if type(amount) is not Decimal or not amount.is_finite():
        amount = _as_decimal(amount, "The amount")
    if amount <= 0:
        raise ValueError(f"The amount must be more than zero (got {credit.amount}).")
    if credit.kind not in KINDS:
        raise ValueError(f"Unknown kind of credit {credit.kind!r}: use one of {', '.join(KINDS)}.")
    rule = program.kinds.get(credit.kind)
    if rule is not None and rule.whole_units and amount != amount.to_integral_value():
        raise ValueError(
            f"{rule.label[0].upper()}{rule.label[1:]} are counted whole: {amount} is not a whole number."
        )
    if not program.category_min:
        return amount, earned_on  # no categories in this program: any category is ignored
    fixed = rule is not None and rule.category
    if not fixed and (credit.category is None or credit.category == ""):
        raise ValueError(
            f"{program.name} needs a category for every activity: {', '.join(program.categories)}."
        )
    if credit.category and credit.category not in program.category_min:
        raise ValueError(
            f"Unknown category {credit.category!r} for {program.name}: "
            f"use one of {', '.join(program.categories)}."
        )
    return amount, earned_on


def _sort_key(credit: Credit) -> tuple:
    # Ties (same date, kind, category, approval and amount) are interchangeable for every total.
    return (credit.earned_on, credit.kind, credit.category or "", credit.approved, credit.amount)


def _fmt(value: Decimal) -> str:
    """12 -> "12", 12.50 -> "12.5", never "1.2E+1"."""
    text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _quantity(value: Decimal, unit: str) -> str:
    """ "1 point", "2.5 points"."""
    return f"{_fmt(value)} {unit[:-1] if value == 1 and unit.endswith('s') else unit}"


def _message(
    program: Program,
    credit: Credit,
    reason: str | None,
    points: Decimal,
    logged: Decimal,
    window_start: date,
    ce_deadline: date,
) -> str:
    rule = program.kinds.get(credit.kind)
    unit = program.unit
    counts = f"Counts {_fmt(points)} of {_fmt(logged)} {unit}"
    if reason is None:
        return f"Counts {_quantity(points, unit)}."
    if reason == NOT_ACCEPTED:
        if not program.requires_ce:
            return f"Does not count: {program.name} needs no CE."
        return f"Does not count: {program.name} does not take {KIND_LABELS[credit.kind]}."
    if reason == BEFORE_WINDOW:
        return f"Does not count: earned before this cycle began on {window_start.isoformat()}."
    if reason == AFTER_DEADLINE:
        return f"Does not count: earned after the CE deadline of {ce_deadline.isoformat()}."
    if reason == PLANNED:
        return "Planned: counts once it has happened."
    if reason == UNDER_MINIMUM:
        return (
            f"Does not count: a non-{program.approved_label} activity must be at least "
            f"{_quantity(program.min_unapproved_points, unit)} (one contact hour)."
        )
    if reason == DUPLICATE:
        return f"Does not count: the same {rule.label[:-1]} is already counted (one issued that day)."
    if reason == OVER_CARD_LIMIT:
        limit = f"only {_fmt(rule.max_units)} {rule.label} count per cycle"
        return f"{counts}: {limit}." if points > 0 else f"Does not count: {limit}."
    if reason == OVER_CAP:
        limit = f"at most {_fmt(program.unapproved_cap)} non-{program.approved_label} {unit} count"
        return f"{counts}: {limit}." if points > 0 else f"Does not count: {limit}."
    raise AssertionError(reason)
