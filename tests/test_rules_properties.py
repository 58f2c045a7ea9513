"""Property tests of the rules engine (Hypothesis).

Invariants that follow from shared/RULES.md whatever the credits are: more credits never
hurt, nothing counts beyond what was logged, "points left" is zero exactly when every
requirement is met, the order of entry does not matter, and every number is a Decimal.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credentials.rules import PROGRAMS, Credit, custom_program, evaluate

ZERO = Decimal(0)
CATEGORIES = ("administrative", "clinical", "general")
PROGRAM_LIST = [
    PROGRAMS["cma-aama"],
    PROGRAMS["cma-aama"],  # twice: the CMA has the most rules
    PROGRAMS["ccma-nha"],
    PROGRAMS["rma-amt"],
    PROGRAMS["cmac-amca"],
    PROGRAMS["bls"],
    custom_program(name="NCMA (NCCT)", cycle_months=12, points_needed=Decimal(14)),
]

FAST = settings(max_examples=200, deadline=None, database=None)


def cents(low: int, high: int) -> st.SearchStrategy[Decimal]:
    """Decimals with two places between low/100 and high/100."""
    return st.integers(low, high).map(lambda n: Decimal(n).scaleb(-2))


@st.composite
def credit_for(draw, certified_on: date, span_days: int) -> Credit:
    kind = draw(st.sampled_from(["ce", "ce", "ce", "college", "cpr"]))
    if kind == "cpr":
        amount = Decimal(draw(st.integers(1, 4)))
    elif kind == "college":
        amount = draw(cents(1, 400))
    else:
        amount = draw(st.one_of(cents(1, 300), cents(100, 2500)))
    return Credit(
        earned_on=certified_on + timedelta(days=draw(st.integers(-60, span_days))),
        amount=amount,
        kind=kind,
        category=draw(st.sampled_from(CATEGORIES)),
        approved=draw(st.booleans()),
        ref=draw(st.one_of(st.none(), st.integers(0, 3))),
    )


@st.composite
def scenarios(draw, max_credits: int = 30):
    program = draw(st.sampled_from(PROGRAM_LIST))
    certified_on = draw(st.dates(date(2018, 1, 1), date(2023, 12, 31)))
    # The window runs to the CE deadline: at most cycle months + 3 grace months; go a bit past.
    span = program.cycle_months * 31 + 130
    credits = draw(st.lists(credit_for(certified_on, span), max_size=max_credits))
    # Any day, but mostly late in the cycle (expiring, grace, lapsed) where most credits are past.
    expiry_offset = round(program.cycle_months * 30.44)
    offset = draw(
        st.one_of(st.integers(-30, span + 30), st.integers(expiry_offset - 100, expiry_offset + 130))
    )
    today = certified_on + timedelta(days=offset)
    return program, certified_on, credits, today, span


def run(program, certified_on, credits, today):
    return evaluate(program, certified_on=certified_on, credits=credits, today=today)


def hand_logged(program, credit: Credit) -> Decimal:
    """What a credit is worth before windows and caps (R-CMA-8: x15, R-CMA-11: x4)."""
    if program.code == "cma-aama":
        return credit.amount * {"ce": 1, "college": 15, "cpr": 4}[credit.kind]
    return credit.amount


@FAST
@given(data=st.data())
def test_adding_a_credit_never_lowers_counted_nor_raises_points_left(data):
    program, certified_on, credits, today, span = data.draw(scenarios())
    extra = data.draw(credit_for(certified_on, span))
    position = data.draw(st.integers(0, len(credits)))
    before = run(program, certified_on, credits, today)
    after = run(program, certified_on, [*credits[:position], extra, *credits[position:]], today)
    assert after.counted_points >= before.counted_points
    assert after.approved_points >= before.approved_points
    assert after.points_left <= before.points_left
    if before.met:
        assert after.met


@FAST
@given(scenario=scenarios())
def test_counted_never_exceeds_logged(scenario):
    program, certified_on, credits, today, _ = scenario
    r = run(program, certified_on, credits, today)
    logged = sum((hand_logged(program, c) for c in credits), ZERO)
    assert ZERO <= r.counted_points <= logged
    assert ZERO <= r.approved_points <= r.counted_points
    for credit, verdict in zip(credits, r.verdicts, strict=True):
        assert ZERO <= verdict.points <= hand_logged(program, credit)
        assert verdict.counted is (verdict.points > 0)
        # R-CMA-6 / R-RMA-2 / planned credits: nothing outside [certified_on, today] counts.
        if credit.earned_on < certified_on or credit.earned_on > today:
            assert verdict.points == ZERO
    if program.code == "cma-aama":
        # R-CMA-5: at most 30 non-AAMA points; every counted point has a category (R-CMA-4).
        assert r.counted_points - r.approved_points <= Decimal(30)
        assert sum(r.category_points.values(), ZERO) == r.counted_points


@FAST
@given(scenario=scenarios())
def test_points_left_is_zero_exactly_when_met(scenario):
    program, certified_on, credits, today, _ = scenario
    r = run(program, certified_on, credits, today)
    assert r.points_left >= 0
    assert (r.points_left == 0) is r.met
    if program.code == "cma-aama":
        shortfalls = sum((max(ZERO, Decimal(10) - r.category_points.get(c, ZERO)) for c in CATEGORIES), ZERO)
        expected = max(Decimal(60) - r.counted_points, shortfalls, Decimal(30) - r.approved_points, ZERO)
    else:
        expected = max(program.points_needed - r.counted_points, ZERO)
    assert r.points_left == expected


@FAST
@given(data=st.data())
def test_permuting_credits_never_changes_the_result(data):
    program, certified_on, credits, today, _ = data.draw(scenarios())
    shuffled = data.draw(st.permutations(credits))
    a = run(program, certified_on, credits, today)
    b = run(program, certified_on, shuffled, today)
    assert b.counted_points == a.counted_points
    assert b.approved_points == a.approved_points
    assert b.category_points == a.category_points
    assert b.points_left == a.points_left
    assert b.met is a.met
    assert b.status == a.status
    assert Counter(v.points for v in b.verdicts) == Counter(v.points for v in a.verdicts)
    # Verdicts follow the input order: each one belongs to the credit at its position.
    assert [v.credit for v in b.verdicts] == list(shuffled)


@FAST
@given(scenario=scenarios())
def test_every_number_is_a_decimal(scenario):
    program, certified_on, credits, today, _ = scenario
    r = run(program, certified_on, credits, today)
    for number in (r.counted_points, r.approved_points, r.points_left):
        assert type(number) is Decimal
    assert all(type(k) is str and type(v) is Decimal for k, v in r.category_points.items())
    assert all(type(v.points) is Decimal for v in r.verdicts)
    assert type(r.days_left) is int
    assert r.days_left == (r.expires_on - today).days


@FAST
@given(data=st.data())
def test_a_result_moved_to_a_later_day_before_it_stops_holding_is_that_days_evaluation(data):
    """Result.on (issue 26: a stored evaluation read on a later day): on every day from ``today`` to
    the day before ``holds_until`` it gives what evaluating again would, words included; on
    ``holds_until`` a credit has changed sides, so evaluating again is needed and it refuses."""
    program, certified_on, credits, today, span = data.draw(scenarios())
    result = run(program, certified_on, credits, today)
    last = (result.holds_until or today + timedelta(days=span + 400)) - timedelta(days=1)
    days = {today, last, data.draw(st.dates(today, max(today, last)))} if last >= today else {today}
    for day in sorted(days):
        moved, again = result.on(day), run(program, certified_on, credits, day)
        assert moved == again, day
        assert [v.message for v in moved.verdicts] == [v.message for v in again.verdicts], day
        assert (moved.gap_text, moved.ce_days_left, moved.exam_apply_open) == (
            again.gap_text,
            again.ce_days_left,
            again.exam_apply_open,
        )
    if result.holds_until is not None:
        changed = run(program, certified_on, credits, result.holds_until)
        assert [v.planned for v in changed.verdicts] != [v.planned for v in result.verdicts]
        with pytest.raises(ValueError, match="holds from then until"):
            result.on(result.holds_until)
