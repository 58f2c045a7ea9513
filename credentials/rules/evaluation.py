"""``evaluate()``: one program applied to a holder's credits on a day, in the steps RULES.md
names: convert, window, minimum (R-CMA-7), card limit (R-CMA-11), the non-approved cap (R-CMA-5),
totals, points left, processing time (R-CMA-14) and a verdict per credit; and the exam route's
attempts (R-CMA-12)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from credentials.rules.inputs import Credit, _as_date, _as_decimal
from credentials.rules.periods import (
    _annual_fee_dates,
    _annual_fee_due,
    _pass_by,
    _processing_warning,
    _status,
    cycle_dates,
)
from credentials.rules.programs import KindRule, Program
from credentials.rules.results import CreditVerdict, Result
from credentials.rules.terms import (
    AFTER_DEADLINE,
    BEFORE_WINDOW,
    DUPLICATE,
    KINDS,
    NOT_ACCEPTED,
    ONE,
    OVER_CAP,
    OVER_CARD_LIMIT,
    PLANNED,
    UNDER_MINIMUM,
    ZERO,
)
from credentials.rules.wording import Need, _Context


def evaluate(
    program: Program,
    *,
    certified_on: date,
    credits: Iterable[Credit],
    today: date,
    expires_on: date | None = None,
    counts_from: date | None = None,
) -> Result:
    """Apply ``program`` to ``credits`` for a holder certified on ``certified_on``.

    ``expires_on``: the expiry printed on the card, which wins over the computed one.
    ``counts_from``: the first day whose credits count, when later than ``certified_on``: after a
    recertification by CE on day D the period that closed keeps what was completed on D, and the
    next counts from D + 1 (R-CMA-6).
    """
    certified_on = _as_date(certified_on, "certified_on")
    today = _as_date(today, "today")
    expires_on, ce_deadline = cycle_dates(program, certified_on, expires_on=expires_on)
    # R-CMA-6, R-RMA-2: nothing from before the period counts.
    window_start = max(certified_on, _as_date(counts_from, "counts_from")) if counts_from else certified_on

    converted = _convert(program, list(credits), window_start, ce_deadline)
    _minimum(program, converted)
    ranked = _ranked(converted)
    now = _count(program, converted, ranked, as_of=today)
    has_planned = any(d > today for d, why in zip(converted.earned, converted.reason, strict=True) if not why)
    # "Planned points": evaluated as of the CE deadline with every logged credit (RULES.md).
    future = _count(program, converted, ranked, as_of=ce_deadline) if has_planned else now

    totals = _totals(program, converted, now.points)
    future_totals = _totals(program, converted, future.points) if has_planned else totals
    needs, approved_within, points_left = _needs(program, totals)
    _, _, future_left = _needs(program, future_totals) if has_planned else (None, None, points_left)

    days_left = (expires_on - today).days
    status = _status(program, today, expires_on, ce_deadline, days_left)
    processing_days, processing_warning = _processing(
        program, future_totals, today=today, expires_on=expires_on, ce_deadline=ce_deadline
    )
    context = _Context(
        program=program,
        start=window_start,
        expires_on=expires_on,
        ce_deadline=ce_deadline,
        today=today,
        filled_first=future.filled_first if has_planned else now.filled_first,
        # R-CMA-5: points counted now that planned credits would push out of the cap.
        displaced=sum(
            (
                n - f
                for n, f, why in zip(now.points, future.points, now.reason, strict=True)
                if why != PLANNED and f < n
            ),
            ZERO,
        ),
    )
    verdicts = _verdicts(converted, now, future, context, today)
    # The first day a credit logged ahead has happened: until then only the day counts change.
    holds_until = min((d for d in converted.earned if d > today), default=None)
    exam = program.exam
    fee_dates = _annual_fee_dates(program, certified_on, expires_on)
    return Result(
        program=program,
        certified_on=certified_on,
        today=today,
        window_start=window_start,
        expires_on=expires_on,
        ce_deadline=ce_deadline,
        status=status,
        days_left=days_left,
        counted_points=totals.counted,
        approved_points=totals.approved,
        category_points=totals.by_category,
        points_left=points_left,
        met=points_left == 0,
        verdicts=verdicts,
        logged_points=sum(converted.logged, ZERO),
        planned_points=future_totals.counted - totals.counted,
        unapproved_points=totals.counted - totals.approved,
        needs=needs,
        processing_days=processing_days,
        processing_warning=processing_warning,
        exam_pass_by=_pass_by(expires_on, exam.pass_months_before_expiry) if exam else None,
        exam_apply_by=expires_on - timedelta(days=exam.apply_days_before_expiry) if exam else None,
        annual_fee_due_on=_annual_fee_due(program, fee_dates, certified_on, today),
        annual_fee_dates=fee_dates,
        approved_within=approved_within,
        met_with_planned=future_left == 0,
        points_left_with_planned=future_left,
        holds_until=holds_until,
    )


@dataclass(slots=True)
class _Converted:
    """Step 1, convert, and step 2, window: every credit in points, with the reasons that do not
    depend on the day (not accepted, before the period, after the CE deadline)."""

    credits: list[Credit]
    rules: list[KindRule | None]
    amounts: list[Decimal]
    earned: list[date]
    logged: list[Decimal]
    category: list[str | None]
    approved: list[bool]
    reason: list[str | None]


def _convert(program: Program, credits: list[Credit], start: date, ce_deadline: date) -> _Converted:
    """Validate each credit, convert it to the program's points (R-CMA-8, R-CMA-11, R-CCMA-2) and
    apply the window (R-CMA-6, R-CMA-9, R-RMA-2). One pass: 10,000 credits stay fast."""
    out = _Converted(credits, [], [], [], [], [], [], [])
    # R-RMA-1: a cycle that rolls over on the anniversary is [start, anniversary): a course on the
    # anniversary belongs to the next cycle only.
    last_day = ce_deadline - timedelta(days=1) if program.rolls_over_on_anniversary else ce_deadline
    has_categories = bool(program.category_min)
    kinds = program.kinds
    category_min = program.category_min
    for credit in credits:
        rule = kinds.get(credit.kind)
        amount, earned_on, given = credit.amount, credit.earned_on, credit.category
        # The common, valid case is checked quickly; anything unusual gets the full check,
        # which converts what it can and raises ValueError with plain words otherwise.
        if not _plainly_valid(credit, rule, amount, earned_on, given, category_min):
            amount, earned_on = _validate(program, credit)
        out.rules.append(rule)
        out.amounts.append(amount)
        out.earned.append(earned_on)
        if rule is None or not rule.accepted:
            out.logged.append(amount)
            out.approved.append(bool(credit.approved))
            why = NOT_ACCEPTED
        else:
            out.logged.append(rule.points(amount))
            out.approved.append(bool(credit.approved) if rule.approved is None else rule.approved)
            if earned_on < start:
                why = BEFORE_WINDOW
            elif earned_on > last_day:
                why = AFTER_DEADLINE
            else:
                why = None
        out.reason.append(why)
        out.category.append(
            (rule.category or credit.category if rule else credit.category) if has_categories else None
        )
    return out


def _plainly_valid(
    credit: Credit,
    rule: KindRule | None,
    amount: Decimal,
    earned_on: date,
    given: str | None,
    category_min: Mapping[str, Decimal],
) -> bool:
    """The common case, which needs no conversion and no ``_validate``: a ``Credit`` of a kind the
    program has, not a card, with a Decimal amount above zero, a date, and a category the program
    knows (or its kind's own, R-CMA-11). Cheap: it runs once per credit."""
    return (
        type(credit) is Credit
        and type(amount) is Decimal
        and type(earned_on) is date
        and rule is not None
        and amount.is_finite()
        and amount > 0
        and not rule.whole_units
        and bool(not category_min or given in category_min or (rule.category and given is None))
    )


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


@dataclass(slots=True)
class _Count:
    points: list[Decimal]
    reason: list[str | None]
    filled_first: tuple[str, ...]


def _minimum(program: Program, c: _Converted) -> None:
    """Step 3, R-CMA-7: a non-approved activity under the minimum does not count. Parts of one
    split activity (same ref) are judged together; whether it has happened yet does not matter."""
    if program.min_unapproved_points <= 0:
        return
    small = [i for i, why in enumerate(c.reason) if why is None and not c.approved[i]]
    keys = {i: ("ref", c.credits[i].ref) if c.credits[i].ref is not None else ("index", i) for i in small}
    activity_points: dict[object, Decimal] = defaultdict(Decimal)
    for i in small:
        activity_points[keys[i]] += c.logged[i]
    for i in small:
        if activity_points[keys[i]] < program.min_unapproved_points:
            c.reason[i] = UNDER_MINIMUM


def _ranked(c: _Converted) -> list[int]:
    """The credits the card limit and the cap can touch, earliest first (ranked once)."""
    approved = c.approved
    return sorted(
        (
            i
            for i, (why, rule) in enumerate(zip(c.reason, c.rules, strict=True))
            # A credit with no reason has a rule: a kind the program lacks is NOT_ACCEPTED.
            if why is None and ((rule is not None and rule.max_units is not None) or not approved[i])
        ),
        key=lambda i: _sort_key(c.credits[i], c.earned[i]),
    )


def _count(program: Program, c: _Converted, ranked: list[int], *, as_of: date) -> _Count:
    """What counts on ``as_of``: later credits are planned; then the card limit and the
    non-approved cap, in that order."""
    reason = [why if why or d <= as_of else PLANNED for why, d in zip(c.reason, c.earned, strict=True)]
    points = [ZERO if why else p for why, p in zip(reason, c.logged, strict=True)]
    earned = c.earned
    order = [i for i in ranked if earned[i] <= as_of]
    _card_limit(c, order, points, reason)
    cap = program.unapproved_cap
    filled_first = _cap(program, cap, c, order, points, reason) if cap is not None else ()
    return _Count(points, reason, filled_first)


def _card_limit(c: _Converted, order: list[int], points: list[Decimal], reason: list[str | None]) -> None:
    """Step 4, R-CMA-11: at most 3 cards, earliest first; cards with the same issue date are one
    card, however they were entered (two credits, or one credit of several cards)."""
    used: dict[str, Decimal] = defaultdict(Decimal)
    seen: set[tuple[str, date]] = set()
    for i in order:
        rule = c.rules[i]
        # A credit with no reason has a rule (see _ranked); only a limited kind is a card here.
        if reason[i] is not None or rule is None or rule.max_units is None:
            continue
        kind, amount = c.credits[i].kind, c.amounts[i]
        distinct = amount
        if rule.whole_units:
            card = (kind, c.earned[i])
            if card in seen:
                points[i] = ZERO
                reason[i] = DUPLICATE
                continue
            seen.add(card)
            distinct = min(amount, ONE)
        allowed = max(ZERO, min(distinct, rule.max_units - used[kind]))
        used[kind] += allowed
        if allowed < amount:
            points[i] = allowed * rule.points_per_unit
            reason[i] = OVER_CARD_LIMIT if allowed < distinct else DUPLICATE


def _cap(
    program: Program,
    cap: Decimal,
    c: _Converted,
    order: list[int],
    points: list[Decimal],
    reason: list[str | None],
) -> tuple[str, ...]:
    """Step 5, R-CMA-5: at most `cap` non-approved points count, chosen to fill the category
    minimums (after approved points) first, then earliest first. Returns the categories filled
    first."""
    approved, category = c.approved, c.category
    have: dict[str | None, Decimal] = defaultdict(Decimal)
    for p, a, cat in zip(points, approved, category, strict=True):
        if a and p:
            have[cat] += p
    room: dict[str | None, Decimal] = defaultdict(Decimal)
    for cat, need in program.category_min.items():
        room[cat] = max(ZERO, need - have[cat])
    candidates = [i for i in order if not approved[i] and points[i] > 0]
    keep: dict[int, Decimal] = defaultdict(Decimal)
    left = cap
    filled: list[str | None] = []
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
                if category[i] not in filled:
                    filled.append(category[i])
    for i in candidates:
        if keep[i] < points[i]:
            points[i] = keep[i]
            reason[i] = OVER_CAP
    return tuple(cat for cat in program.category_min if cat in filled)


@dataclass(frozen=True)
class _Totals:
    counted: Decimal
    approved: Decimal
    by_category: dict[str, Decimal]
    approved_by_category: dict[str, Decimal]


def _totals(program: Program, c: _Converted, points: list[Decimal]) -> _Totals:
    """Step 6: the totals, from the points that count."""
    counted = sum(points, ZERO)
    approved = sum((p for p, a in zip(points, c.approved, strict=True) if a), ZERO)
    by_category: dict[str, Decimal] = {}
    approved_by_category: dict[str, Decimal] = {}
    if program.category_min:
        by_category = dict.fromkeys(program.category_min, ZERO)
        approved_by_category = dict.fromkeys(program.category_min, ZERO)
        for p, category, is_approved in zip(points, c.category, c.approved, strict=True):
            if p > 0:
                # In a program with categories every credit has one: its own (_validate requires
                # it) or its kind's (R-CMA-11).
                assert category is not None
                by_category[category] += p
                if is_approved:
                    approved_by_category[category] += p
    return _Totals(counted, approved, by_category, approved_by_category)


def _needs(program: Program, t: _Totals) -> tuple[list[Need], Decimal, Decimal]:
    """Step 7: the fewest further points that meet every requirement (RULES.md, "Points left").

    Points left = max(total shortfall, sum of category shortfalls, approved shortfall), assuming
    the holder picks approved points in the categories still short. Returns the needs, how many
    of the category needs must be approved, and the points left. Once the approved minimum is
    met, no need asks for approved points.
    """
    short = {
        c: need - t.by_category[c] for c, need in program.category_min.items() if t.by_category[c] < need
    }
    by_category = sum(short.values(), ZERO)
    approved_short = max(ZERO, program.approved_min - t.approved)
    total_short = max(ZERO, program.points_needed - t.counted)
    all_approved = approved_short > 0 and approved_short >= by_category
    needs = [Need(points=p, category=c, approved_only=all_approved) for c, p in short.items()]
    approved_within = approved_short if 0 < approved_short < by_category else ZERO
    if approved_short > by_category:
        needs.append(Need(points=approved_short - by_category, category=None, approved_only=True))
    covered = max(by_category, approved_short)
    if total_short > covered:
        cap = program.unapproved_cap
        # Once the non-approved cap is used up, only approved points still count.
        cap_full = cap is not None and t.counted - t.approved >= cap
        needs.append(Need(points=total_short - covered, category=None, approved_only=cap_full))
    return needs, approved_within, max(total_short, by_category, approved_short)


def _processing(
    program: Program, t: _Totals, *, today: date, expires_on: date, ce_deadline: date
) -> tuple[int, bool]:
    """R-CMA-14: an application that needs non-approved points (counted or planned) takes up to
    the slowest route's days; warn when that runs past the expiry (or, once expired, the CE
    deadline). An application that approved points alone can carry is processed at once."""
    if not program.processing_days or not program.requires_ce:
        return 0, False
    met_by_approved_alone = t.approved >= program.points_needed and all(
        t.approved_by_category[c] >= need for c, need in program.category_min.items()
    )
    if met_by_approved_alone or t.counted - t.approved <= 0:
        return 0, False
    days = max(program.processing_days.values())
    return days, _processing_warning(days, today, expires_on, ce_deadline)


def _verdicts(
    c: _Converted, now: _Count, future: _Count, context: _Context, today: date
) -> list[CreditVerdict]:
    """Step 8: one verdict per credit, in input order; a planned credit carries its future."""
    verdicts: list[CreditVerdict] = []
    append = verdicts.append
    # R-CMA-5: today's count is explained by today's choice of the non-approved points that
    # count, never by one that only a planned course would make.
    today_context = replace(context, filled_first=now.filled_first)
    for credit, points, logged, category, approved, why, future_why, future_points, earned in zip(
        c.credits,
        now.points,
        c.logged,
        c.category,
        c.approved,
        now.reason,
        future.reason,
        future.points,
        c.earned,
        strict=True,
    ):
        if earned <= today:
            append(CreditVerdict(credit, points, logged, category, approved, why, today_context))
            continue
        # Planned: what it will add, and now why it will not (in full).
        reason = future_why if why == PLANNED and future_why is not None else why
        planned_points = future_points if why == PLANNED else ZERO
        append(
            CreditVerdict(credit, points, logged, category, approved, reason, context, True, planned_points)
        )
    return verdicts


def _sort_key(credit: Credit, earned_on: date) -> tuple:
    # Ties (same date, kind, category, approval and amount) are interchangeable for every total.
    return (earned_on, credit.kind, credit.category or "", credit.approved, credit.amount)


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
