"""Table-driven tests of the pure rules engine, one group per rule id of docs/rules.md.

Every expected value below is worked out by hand from docs/rules.md (the arithmetic is in the
comments or the param ids), never copied from the engine's output.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from credentials import rules
from credentials.rules import PROGRAMS, Credit, custom_program, evaluate, exam_status

D = Decimal
ZERO = D(0)
ADMIN, CLIN, GEN = "administrative", "clinical", "general"

CMA = PROGRAMS["cma-aama"]
CCMA = PROGRAMS["ccma-nha"]
RMA = PROGRAMS["rma-amt"]
CMAC = PROGRAMS["cmac-amca"]
BLS = PROGRAMS["bls"]

# The CMA cycle used throughout: certified 10 Feb 2021 -> expires 28 Feb 2026 (R-CMA-1)
# -> CE deadline 31 May 2026 (R-CMA-9).
CERT = date(2021, 2, 10)
EXPIRY = date(2026, 2, 28)
DEADLINE = date(2026, 5, 31)
TODAY = date(2025, 6, 1)  # mid-cycle: 272 days left, status "current"


# --------------------------------------------------------------------------- helpers


def ce(day, amount, category=None, *, approved=False, ref=None) -> Credit:
    return Credit(earned_on=day, amount=D(amount), kind="ce", category=category, approved=approved, ref=ref)


def aama(day, amount, category, *, ref=None) -> Credit:
    return ce(day, amount, category, approved=True, ref=ref)


def nha(day, amount, category=None, *, ref=None) -> Credit:
    return Credit(earned_on=day, amount=D(amount), kind="nha", category=category, ref=ref)


def college(day, credits, category, *, approved=False, ref=None) -> Credit:
    return Credit(
        earned_on=day, amount=D(credits), kind="college", category=category, approved=approved, ref=ref
    )


def cpr(day, cards=1, *, category=None, approved=False, ref=None) -> Credit:
    return Credit(earned_on=day, amount=D(cards), kind="cpr", category=category, approved=approved, ref=ref)


def cma(credits, today=TODAY, certified_on=CERT):
    return evaluate(CMA, certified_on=certified_on, credits=credits, today=today)


def cat(result, category) -> Decimal:
    return result.category_points.get(category, ZERO)


def d(text: str) -> date:
    return date.fromisoformat(text)


# --------------------------------------------------------------------------- R-CMA-1


@pytest.mark.parametrize(
    ("certified_on", "expires_on"),
    [
        pytest.param(d("2021-02-10"), d("2026-02-28"), id="R-CMA-1-rules-example-10-feb-2021"),
        pytest.param(d("2011-02-01"), d("2016-02-29"), id="R-CMA-1-leap-year-1-feb-2011"),
        pytest.param(d("2011-02-28"), d("2016-02-29"), id="R-CMA-1-leap-year-28-feb-2011"),
        pytest.param(d("2020-02-29"), d("2025-02-28"), id="R-CMA-1-certified-leap-day-expires-28-feb"),
        pytest.param(d("2020-01-31"), d("2025-01-31"), id="R-CMA-1-31-jan-2020"),
        pytest.param(d("2020-01-01"), d("2025-01-31"), id="R-CMA-1-1-jan-same-month-end"),
        pytest.param(d("2021-01-31"), d("2026-01-31"), id="R-CMA-1-31-jan-2021"),
        pytest.param(d("2021-04-30"), d("2026-04-30"), id="R-CMA-1-30-apr"),
        pytest.param(d("2021-12-15"), d("2026-12-31"), id="R-CMA-1-december"),
        pytest.param(d("2019-08-31"), d("2024-08-31"), id="R-CMA-1-31-aug"),
    ],
)
def test_r_cma_1_expiry_is_month_end_60_months_on(certified_on, expires_on):
    r = evaluate(CMA, certified_on=certified_on, credits=[], today=certified_on)
    assert r.expires_on == expires_on


def test_r_cma_1_expiry_ignores_the_day_of_the_month():
    expiries = {
        evaluate(CMA, certified_on=date(2021, 2, day), credits=[], today=TODAY).expires_on
        for day in range(1, 29)
    }
    assert expiries == {date(2026, 2, 28)}


# --------------------------------------------------------------------------- R-CMA-2


def test_r_cma_2_both_routes_exist_ce_route_open_and_exam_dates_present():
    r = cma([])
    assert r.ce_route_open is True
    assert r.exam_pass_by is not None
    assert r.exam_apply_by is not None
    assert r.exam_pass_by < r.expires_on
    assert r.exam_apply_by < r.expires_on
    status = exam_status(CMA, [])
    assert status.eligible is True
    assert status.attempts_left == 3


@pytest.mark.parametrize("program", [CCMA, RMA, CMAC, BLS], ids=lambda p: f"R-CMA-2-no-exam-route-{p.code}")
def test_r_cma_2_exam_route_is_cma_only(program):
    r = evaluate(program, certified_on=date(2022, 3, 15), credits=[], today=date(2023, 1, 1))
    assert r.exam_pass_by is None
    assert r.exam_apply_by is None


# --------------------------------------------------------------------------- R-CMA-3 / R-CMA-4


@pytest.mark.parametrize(
    ("credits", "counted", "left", "met"),
    [
        pytest.param(
            [
                aama(d("2022-01-01"), 20, ADMIN),
                aama(d("2022-02-01"), 20, CLIN),
                aama(d("2022-03-01"), 20, GEN),
            ],
            D(60),
            ZERO,
            True,
            id="R-CMA-3-60-approved-20-20-20-met",
        ),
        pytest.param(
            [
                aama(d("2022-01-01"), 20, ADMIN),
                aama(d("2022-02-01"), 20, CLIN),
                aama(d("2022-03-01"), "19.99", GEN),
            ],
            D("59.99"),
            D("0.01"),
            False,
            id="R-CMA-3-59.99-points-0.01-left",
        ),
        pytest.param(
            [
                aama(d("2022-01-01"), 40, ADMIN),
                aama(d("2022-02-01"), 10, CLIN),
                aama(d("2022-03-01"), 10, GEN),
            ],
            D(60),
            ZERO,
            True,
            id="R-CMA-4-40-10-10-other-30-any-mix-met",
        ),
        pytest.param(
            [aama(d("2022-01-01"), 50, ADMIN), aama(d("2022-02-01"), 10, CLIN)],
            D(60),
            D(10),
            False,
            id="R-CMA-4-60-points-but-no-general-10-left",
        ),
        pytest.param(
            [
                aama(d("2022-01-01"), 30, ADMIN),
                aama(d("2022-02-01"), 30, CLIN),
                aama(d("2022-03-01"), "9.5", GEN),
            ],
            D("69.5"),
            D("0.5"),
            False,
            id="R-CMA-4-general-9.5-short-by-0.5",
        ),
        pytest.param(
            [aama(d("2022-01-01"), 70, CLIN)],
            D(70),
            D(20),
            False,
            id="R-CMA-4-70-clinical-needs-10-admin-10-general",
        ),
    ],
)
def test_r_cma_3_and_4_total_and_category_minimums(credits, counted, left, met):
    r = cma(credits)
    assert r.counted_points == counted
    assert r.points_left == left
    assert r.met is met


def test_r_cma_4_category_points_per_category():
    r = cma(
        [aama(d("2022-01-01"), 12, ADMIN), aama(d("2022-02-01"), 7, CLIN), aama(d("2023-01-01"), 3, ADMIN)]
    )
    assert cat(r, ADMIN) == D(15)
    assert cat(r, CLIN) == D(7)
    assert cat(r, GEN) == ZERO
    assert set(r.category_points) <= {ADMIN, CLIN, GEN}


# --------------------------------------------------------------------------- R-CMA-5


@pytest.mark.parametrize(
    ("credits", "counted", "approved", "categories", "left"),
    [
        # Cap 30 non-AAMA. Category-first: admin 10 + clinical 10 (the clinical minimum), then
        # the remaining 10 of the cap go to admin: admin 20, clinical 10.
        # Left = max(60-30, 0+0+10 general, 30-0) = 30.
        pytest.param(
            [ce(d("2022-01-01"), 40, ADMIN), ce(d("2024-01-01"), 10, CLIN)],
            D(30),
            ZERO,
            {ADMIN: D(20), CLIN: D(10), GEN: ZERO},
            D(30),
            id="R-CMA-5-40-admin-earlier-10-clinical-cap-keeps-clinical-first",
        ),
        pytest.param(
            [ce(d("2021-06-01"), 10, CLIN), ce(d("2022-01-01"), 40, ADMIN)],
            D(30),
            ZERO,
            {ADMIN: D(20), CLIN: D(10), GEN: ZERO},
            D(30),
            id="R-CMA-5-40-admin-10-clinical-earlier-same-choice",
        ),
        # 30 AAMA general + the same non-AAMA: 60 counted, 30 approved, admin 20 clinical 10 general 30.
        pytest.param(
            [
                aama(d("2021-03-01"), 30, GEN),
                ce(d("2022-01-01"), 40, ADMIN),
                ce(d("2024-01-01"), 10, CLIN),
            ],
            D(60),
            D(30),
            {ADMIN: D(20), CLIN: D(10), GEN: D(30)},
            ZERO,
            id="R-CMA-5-with-30-aama-general-cap-choice-meets-everything",
        ),
        # AAMA clinical 10 already fills clinical: non-AAMA fill admin 10 first, then 20 more.
        # counted 10 + 30 = 40; left = max(20, 0, 30-10=20) = 20.
        pytest.param(
            [
                aama(d("2021-03-01"), 10, CLIN),
                ce(d("2022-01-01"), 40, CLIN),
                ce(d("2024-01-01"), 10, ADMIN),
            ],
            D(40),
            D(10),
            {ADMIN: D(10), CLIN: D(30), GEN: ZERO},
            D(20),
            id="R-CMA-5-aama-clinical-fills-clinical-so-admin-kept-first",
        ),
        # Exactly 30 non-AAMA: the cap is not exceeded, all count.
        pytest.param(
            [ce(d("2022-01-01"), 10, ADMIN), ce(d("2022-02-01"), 10, CLIN), ce(d("2022-03-01"), 10, GEN)],
            D(30),
            ZERO,
            {ADMIN: D(10), CLIN: D(10), GEN: D(10)},
            D(30),
            id="R-CMA-5-exactly-30-non-aama-all-count",
        ),
        # 40 AAMA admin + 40 non-AAMA clinical: 40 + 30 = 70 counted; general still short 10.
        pytest.param(
            [aama(d("2022-01-01"), 40, ADMIN), ce(d("2022-02-01"), 40, CLIN)],
            D(70),
            D(40),
            {ADMIN: D(40), CLIN: D(30), GEN: ZERO},
            D(10),
            id="R-CMA-5-cap-holds-even-with-more-than-30-approved",
        ),
        # College credit is non-AAMA too (R-CMA-8): 3 credits = 45 points, 30 count.
        pytest.param(
            [college(d("2022-09-01"), 3, GEN)],
            D(30),
            ZERO,
            {ADMIN: ZERO, CLIN: ZERO, GEN: D(30)},
            D(30),
            id="R-CMA-5-college-credit-counts-toward-the-cap",
        ),
        # 10 AAMA in each category + 40 non-AAMA general: 30 + 30 = 60, met.
        pytest.param(
            [
                aama(d("2022-01-01"), 10, ADMIN),
                aama(d("2022-01-02"), 10, CLIN),
                aama(d("2022-01-03"), 10, GEN),
                ce(d("2022-05-01"), 40, GEN),
            ],
            D(60),
            D(30),
            {ADMIN: D(10), CLIN: D(10), GEN: D(40)},
            ZERO,
            id="R-CMA-5-30-aama-plus-capped-non-aama-met",
        ),
    ],
)
def test_r_cma_5_non_aama_cap_of_30_fills_category_minimums_first(
    credits, counted, approved, categories, left
):
    r = cma(credits)
    assert r.counted_points == counted
    assert r.approved_points == approved
    assert {c: cat(r, c) for c in (ADMIN, CLIN, GEN)} == categories
    assert r.points_left == left
    assert r.met is (left == 0)


def test_r_cma_5_cap_verdicts_show_the_split():
    credits = [ce(d("2022-01-01"), 40, ADMIN), ce(d("2024-01-01"), 10, CLIN)]
    r = cma(credits)
    assert [v.points for v in r.verdicts] == [D(20), D(10)]
    assert all(v.counted for v in r.verdicts)
    assert all(v.message for v in r.verdicts)


def test_r_cma_5_three_categories_short_all_minimums_filled_before_the_rest():
    # 20 admin (earliest) + 15 clinical + 15 general, all non-AAMA: 50 logged, 30 count, and
    # each category must receive its 10 before any category gets more.
    r = cma([ce(d("2021-03-01"), 20, ADMIN), ce(d("2022-03-01"), 15, CLIN), ce(d("2023-03-01"), 15, GEN)])
    assert r.counted_points == D(30)
    assert all(cat(r, c) >= D(10) for c in (ADMIN, CLIN, GEN))
    assert sum(cat(r, c) for c in (ADMIN, CLIN, GEN)) == D(30)
    assert r.points_left == D(30)  # max(60-30, 0, 30-0)


def test_r_cma_5_with_clinical_already_approved_general_minimum_filled():
    # AAMA clinical 10; non-AAMA admin 40, general 10, clinical 10. Rooms after AAMA: admin 10,
    # general 10, clinical 0 -> the general 10 must be among the 30 kept.
    r = cma(
        [
            aama(d("2021-06-01"), 10, CLIN),
            ce(d("2022-01-01"), 40, ADMIN),
            ce(d("2023-01-01"), 10, GEN),
            ce(d("2024-01-01"), 10, CLIN),
        ]
    )
    assert r.counted_points == D(40)
    assert r.approved_points == D(10)
    assert cat(r, GEN) == D(10)
    assert cat(r, ADMIN) >= D(10)
    assert cat(r, CLIN) >= D(10)
    assert cat(r, ADMIN) + cat(r, CLIN) == D(30)
    assert r.points_left == D(20)  # max(60-40, 0, 30-10)


# --------------------------------------------------------------------------- R-CMA-6


@pytest.mark.parametrize(
    ("earned_on", "today", "counts"),
    [
        pytest.param(CERT, TODAY, True, id="R-CMA-6-certification-day-counts"),
        pytest.param(CERT - timedelta(days=1), TODAY, False, id="R-CMA-6-day-before-certification-does-not"),
        pytest.param(d("2019-05-01"), TODAY, False, id="R-CMA-6-previous-cycle-never-rolls-over"),
        pytest.param(EXPIRY, EXPIRY, True, id="R-CMA-6-expiry-day-counts"),
        pytest.param(d("2026-03-15"), d("2026-04-01"), True, id="R-CMA-6-earned-in-grace-counts"),
        pytest.param(DEADLINE, DEADLINE, True, id="R-CMA-6-ce-deadline-day-counts"),
        pytest.param(
            DEADLINE + timedelta(days=1), DEADLINE + timedelta(days=1), False, id="R-CMA-6-day-after"
        ),
        pytest.param(DEADLINE + timedelta(days=1), d("2026-07-01"), False, id="R-CMA-6-after-deadline-later"),
    ],
)
def test_r_cma_6_window_edges(earned_on, today, counts):
    r = cma([aama(earned_on, 5, CLIN)], today=today)
    assert r.counted_points == (D(5) if counts else ZERO)
    assert r.verdicts[0].counted is counts
    assert r.verdicts[0].points == (D(5) if counts else ZERO)
    if not counts:
        assert r.verdicts[0].reason
        assert r.verdicts[0].message


def test_r_cma_6_previous_cycle_points_do_not_count_after_recertification():
    # Recertified on 1 Mar 2026: points earned in the old cycle do not roll over.
    credits = [aama(d("2025-01-01"), 60, CLIN), aama(d("2026-03-02"), 5, CLIN)]
    r = evaluate(CMA, certified_on=d("2026-03-01"), credits=credits, today=d("2026-06-01"))
    assert r.counted_points == D(5)


# --------------------------------------------------------------------------- R-CMA-7


@pytest.mark.parametrize(
    ("credits", "counted"),
    [
        pytest.param([ce(d("2022-01-01"), "0.99", ADMIN)], ZERO, id="R-CMA-7-non-aama-0.99-does-not-count"),
        pytest.param([ce(d("2022-01-01"), "0.5", ADMIN)], ZERO, id="R-CMA-7-non-aama-0.5-does-not-count"),
        pytest.param([ce(d("2022-01-01"), 1, ADMIN)], D(1), id="R-CMA-7-non-aama-exactly-1-counts"),
        pytest.param([ce(d("2022-01-01"), "1.00", ADMIN)], D(1), id="R-CMA-7-non-aama-1.00-counts"),
        pytest.param([aama(d("2022-01-01"), "0.5", ADMIN)], D("0.5"), id="R-CMA-7-aama-0.5-counts"),
        pytest.param([aama(d("2022-01-01"), "0.25", GEN)], D("0.25"), id="R-CMA-7-aama-0.25-counts"),
        pytest.param(
            [ce(d("2022-01-01"), "0.5", ADMIN, ref="course"), ce(d("2022-01-01"), "0.5", CLIN, ref="course")],
            D(1),
            id="R-CMA-7-split-parts-sharing-ref-judged-together-1-point",
        ),
        pytest.param(
            [ce(d("2022-01-01"), "0.4", ADMIN, ref="course"), ce(d("2022-01-01"), "0.5", CLIN, ref="course")],
            ZERO,
            id="R-CMA-7-split-parts-sharing-ref-0.9-together-do-not-count",
        ),
        pytest.param(
            [ce(d("2022-01-01"), "0.5", ADMIN), ce(d("2022-01-01"), "0.5", CLIN)],
            ZERO,
            id="R-CMA-7-two-separate-halves-without-ref-do-not-count",
        ),
        pytest.param(
            [ce(d("2022-01-01"), "0.5", ADMIN, ref="a"), ce(d("2022-01-01"), "0.5", CLIN, ref="b")],
            ZERO,
            id="R-CMA-7-two-halves-different-refs-do-not-count",
        ),
        pytest.param(
            [college(d("2022-01-01"), "0.05", GEN)],
            ZERO,
            id="R-CMA-7-college-0.05-credit-is-0.75-non-aama-points-does-not-count",
        ),
        pytest.param(
            [college(d("2022-01-01"), "0.1", GEN)],
            D("1.5"),
            id="R-CMA-7-college-0.1-credit-is-1.5-points-counts",
        ),
    ],
)
def test_r_cma_7_non_aama_minimum_one_point(credits, counted):
    r = cma(credits)
    assert r.counted_points == counted
    assert all(v.counted is (counted > 0) for v in r.verdicts)


# --------------------------------------------------------------------------- R-CMA-8


@pytest.mark.parametrize(
    ("credits", "counted", "categories"),
    [
        pytest.param(
            [college(d("2022-09-01"), 1, ADMIN)], D(15), {ADMIN: D(15)}, id="R-CMA-8-1-credit-15-points"
        ),
        pytest.param(
            [college(d("2022-09-01"), "0.5", CLIN)], D("7.5"), {CLIN: D("7.5")}, id="R-CMA-8-half-credit-7.5"
        ),
        pytest.param(
            [college(d("2022-09-01"), 2, GEN)], D(30), {GEN: D(30)}, id="R-CMA-8-2-credits-30-points"
        ),
        pytest.param(
            [college(d("2022-09-01"), "2.5", GEN)],
            D(30),
            {GEN: D(30)},
            id="R-CMA-8-2.5-credits-37.5-points-capped-at-30-non-aama",
        ),
        pytest.param(
            [
                college(d("2022-09-01"), "0.4", ADMIN, ref="bio"),
                college(d("2022-09-01"), "0.6", CLIN, ref="bio"),
            ],
            D(15),
            {ADMIN: D(6), CLIN: D(9)},
            id="R-CMA-8-split-course-6-admin-9-clinical",
        ),
    ],
)
def test_r_cma_8_college_credit_times_15_never_approved(credits, counted, categories):
    r = cma(credits)
    assert r.counted_points == counted
    assert r.approved_points == ZERO
    for category, points in categories.items():
        assert cat(r, category) == points


def test_r_cma_8_college_credit_marked_approved_is_still_non_aama():
    r = cma([college(d("2022-09-01"), 1, ADMIN, approved=True)])
    assert r.counted_points == D(15)
    assert r.approved_points == ZERO
    # 15 non-AAMA points: 60-15 = 45 total short; categories 0+10+10 = 20; approved 30 short -> 45.
    assert r.points_left == D(45)


# --------------------------------------------------------------------------- R-CMA-9


@pytest.mark.parametrize(
    ("certified_on", "expires_on", "ce_deadline"),
    [
        pytest.param(
            d("2015-02-05"), d("2020-02-29"), d("2020-05-31"), id="R-CMA-9-rules-example-29-feb-2020"
        ),
        pytest.param(d("2021-02-10"), d("2026-02-28"), d("2026-05-31"), id="R-CMA-9-28-feb-to-31-may"),
        pytest.param(d("2020-10-01"), d("2025-10-31"), d("2026-01-31"), id="R-CMA-9-october-over-year-end"),
        pytest.param(d("2020-11-20"), d("2025-11-30"), d("2026-02-28"), id="R-CMA-9-november-to-28-feb"),
        pytest.param(d("2022-11-20"), d("2027-11-30"), d("2028-02-29"), id="R-CMA-9-november-to-leap-29-feb"),
        pytest.param(d("2020-12-01"), d("2025-12-31"), d("2026-03-31"), id="R-CMA-9-december-to-31-march"),
        pytest.param(d("2021-01-31"), d("2026-01-31"), d("2026-04-30"), id="R-CMA-9-january-to-30-april"),
    ],
)
def test_r_cma_9_ce_deadline_is_month_end_three_months_after_expiry(certified_on, expires_on, ce_deadline):
    r = evaluate(CMA, certified_on=certified_on, credits=[], today=certified_on)
    assert r.expires_on == expires_on
    assert r.ce_deadline == ce_deadline


def test_r_cma_9_grace_is_expired_but_ce_still_counts():
    credits = [
        aama(d("2021-03-01"), 20, ADMIN),
        aama(d("2022-03-01"), 20, CLIN),
        aama(d("2026-04-15"), 20, GEN),  # earned after expiry, before the CE deadline
    ]
    r = cma(credits, today=d("2026-04-20"))
    assert r.status == "grace"
    assert r.ce_route_open is True
    assert r.counted_points == D(60)
    assert r.met is True


@pytest.mark.parametrize(
    ("certified_on", "expires_on", "ce_deadline"),
    [
        # Older policy: CE open while expired no more than 60 months, but the AAMA's notice closed
        # the route for every earlier expiry on 30 Mar 2020.
        pytest.param(
            d("2014-11-10"), d("2019-11-30"), d("2020-03-30"), id="R-CMA-9-transition-rules-example"
        ),
        pytest.param(d("2014-02-10"), d("2019-02-28"), d("2020-03-30"), id="R-CMA-9-transition-feb-2019"),
        pytest.param(
            d("2014-12-01"), d("2019-12-31"), d("2020-03-30"), id="R-CMA-9-transition-last-old-expiry"
        ),
        # 60 months after a Jan 2014 expiry is 31 Jan 2019, before the notice: that wins.
        pytest.param(d("2009-01-15"), d("2014-01-31"), d("2019-01-31"), id="R-CMA-9-transition-60-months"),
        pytest.param(d("2015-01-15"), d("2020-01-31"), d("2020-04-30"), id="R-CMA-9-first-new-policy-expiry"),
    ],
)
def test_r_cma_9_transition_before_2020(certified_on, expires_on, ce_deadline):
    r = evaluate(CMA, certified_on=certified_on, credits=[], today=certified_on)
    assert (r.expires_on, r.ce_deadline) == (expires_on, ce_deadline)


def test_r_cma_9_transition_expired_2019_is_grace_until_30_mar_2020_then_lapsed():
    during = evaluate(CMA, certified_on=d("2014-02-10"), credits=[], today=d("2020-03-30"))
    assert during.status == "grace"
    assert during.ce_route_open is True
    after = evaluate(CMA, certified_on=d("2014-02-10"), credits=[], today=d("2020-03-31"))
    assert after.status == "lapsed"
    assert after.exam_only is True


# --------------------------------------------------------------------------- R-CMA-10


@pytest.mark.parametrize(
    ("today", "past_deadline"),
    [
        pytest.param(TODAY, False, id="R-CMA-10-mid-cycle-no-fee"),
        pytest.param(EXPIRY, False, id="R-CMA-10-expiry-day-no-fee"),
        pytest.param(d("2026-03-01"), False, id="R-CMA-10-first-day-of-grace-no-fee"),
        pytest.param(DEADLINE, False, id="R-CMA-10-ce-deadline-day-no-fee"),
        pytest.param(DEADLINE + timedelta(days=1), True, id="R-CMA-10-day-after-deadline-exam-and-fee"),
        pytest.param(d("2027-01-01"), True, id="R-CMA-10-long-after-deadline-exam-and-fee"),
    ],
)
def test_r_cma_10_exam_only_and_reactivation_fee_past_the_ce_deadline(today, past_deadline):
    r = cma([], today=today)
    assert r.exam_only is past_deadline
    assert r.reactivation_fee_due is past_deadline
    assert r.ce_route_open is not past_deadline


@pytest.mark.parametrize(
    ("program", "certified_on", "today"),
    [
        pytest.param(CCMA, d("2022-05-15"), d("2024-06-01"), id="R-CMA-10-no-reactivation-fee-ccma"),
        pytest.param(RMA, d("2022-03-15"), d("2025-06-01"), id="R-CMA-10-no-reactivation-fee-rma"),
        pytest.param(CMAC, d("2022-07-01"), d("2024-08-01"), id="R-CMA-10-no-reactivation-fee-cmac"),
    ],
)
def test_r_cma_10_reactivation_fee_is_cma_only(program, certified_on, today):
    r = evaluate(program, certified_on=certified_on, credits=[], today=today)
    assert r.status == "lapsed"
    assert r.reactivation_fee_due is False


# --------------------------------------------------------------------------- R-CMA-11


@pytest.mark.parametrize(
    ("credits", "counted"),
    [
        pytest.param([cpr(d("2022-04-01"))], D(4), id="R-CMA-11-one-card-4-points"),
        pytest.param([cpr(d("2022-04-01"), 2)], D(4), id="R-CMA-11-two-cards-one-issue-date-count-once"),
        pytest.param(
            [cpr(d("2021-04-01")), cpr(d("2023-04-01")), cpr(d("2025-04-01"))],
            D(12),
            id="R-CMA-11-three-cards-12",
        ),
        pytest.param(
            [cpr(d("2021-04-01")), cpr(d("2022-04-01")), cpr(d("2023-04-01")), cpr(d("2024-04-01"))],
            D(12),
            id="R-CMA-11-four-cards-max-3-count",
        ),
        # Cards with the same issue date are one card, however they were entered.
        pytest.param([cpr(d("2022-04-01"), 5)], D(4), id="R-CMA-11-five-cards-one-issue-date-count-once"),
        pytest.param(
            [cpr(d("2020-12-01")), cpr(d("2021-04-01")), cpr(d("2023-04-01")), cpr(d("2025-04-01"))],
            D(12),
            id="R-CMA-11-card-before-period-uses-no-slot",
        ),
        pytest.param([cpr(CERT - timedelta(days=1))], ZERO, id="R-CMA-11-card-issued-before-period-0"),
        pytest.param(
            [cpr(d("2022-04-01"), category=ADMIN)], D(4), id="R-CMA-11-card-is-clinical-whatever-is-entered"
        ),
        pytest.param(
            [cpr(d("2022-04-01"), approved=False)], D(4), id="R-CMA-11-card-is-aama-whatever-is-entered"
        ),
    ],
)
def test_r_cma_11_cpr_cards_4_clinical_aama_points_max_3(credits, counted):
    r = cma(credits)
    assert r.counted_points == counted
    assert r.approved_points == counted
    assert cat(r, CLIN) == counted
    assert cat(r, ADMIN) == ZERO
    assert cat(r, GEN) == ZERO


def test_r_cma_11_fourth_card_gets_nothing():
    r = cma([cpr(d("2021-04-01")), cpr(d("2022-04-01")), cpr(d("2023-04-01")), cpr(d("2024-04-01"))])
    points = sorted(v.points for v in r.verdicts)
    assert points == [ZERO, D(4), D(4), D(4)]
    assert sum(v.counted for v in r.verdicts) == 3


def test_r_cma_11_the_same_card_counts_once():
    # The same card entered twice (same ref, same issue date) is one card: 4 points, not 8.
    card = cpr(d("2022-04-01"), ref="card-1")
    r = cma([card, card])
    assert r.counted_points == D(4)


def test_r_cma_11_cpr_is_not_required():
    credits = [
        aama(d("2022-01-01"), 20, ADMIN),
        aama(d("2022-02-01"), 20, CLIN),
        aama(d("2022-03-01"), 20, GEN),
    ]
    r = cma(credits)
    assert r.met is True
    assert r.points_left == ZERO


def test_r_cma_11_cards_fill_the_clinical_minimum():
    # 3 cards = 12 clinical AAMA points; + AAMA admin 24 + general 24 = 60, 60 approved.
    credits = [
        cpr(d("2021-04-01")),
        cpr(d("2023-04-01")),
        cpr(d("2025-04-01")),
        aama(d("2022-01-01"), 24, ADMIN),
        aama(d("2022-02-01"), 24, GEN),
    ]
    r = cma(credits)
    assert r.counted_points == D(60)
    assert r.approved_points == D(60)
    assert cat(r, CLIN) == D(12)
    assert r.met is True


# --------------------------------------------------------------------------- R-CMA-12


@pytest.mark.parametrize(
    ("results", "attempts_left", "passed", "eligible"),
    [
        pytest.param([], 3, False, True, id="R-CMA-12-no-attempt-3-left"),
        pytest.param([False], 2, False, True, id="R-CMA-12-one-failure-2-left"),
        pytest.param([False, False], 1, False, True, id="R-CMA-12-two-failures-1-left"),
        pytest.param([False, False, False], 0, False, False, id="R-CMA-12-third-failure-ineligible"),
        # Once passed, the attempts left no longer matter (None: not checked).
        pytest.param([True], None, True, True, id="R-CMA-12-passed-first-time"),
        pytest.param([False, False, True], None, True, True, id="R-CMA-12-passed-on-third-attempt"),
    ],
)
def test_r_cma_12_exam_status_three_attempts(results, attempts_left, passed, eligible):
    status = exam_status(CMA, results)
    assert status.attempts_used == len(results)
    if attempts_left is not None:
        assert status.attempts_left == attempts_left
    assert status.passed is passed
    assert status.eligible is eligible


# --------------------------------------------------------------------------- R-CMA-13


@pytest.mark.parametrize(
    ("certified_on", "expires_on", "pass_by"),
    [
        # Latest day D with D + 2 months <= expiry.
        pytest.param(
            d("2021-03-10"), d("2026-03-31"), d("2026-01-31"), id="R-CMA-13-pass-by-31-mar-to-31-jan"
        ),
        pytest.param(
            d("2020-07-01"), d("2025-07-31"), d("2025-05-31"), id="R-CMA-13-pass-by-31-jul-to-31-may"
        ),
        pytest.param(
            d("2021-04-30"), d("2026-04-30"), d("2026-02-28"), id="R-CMA-13-pass-by-30-apr-to-28-feb"
        ),
        pytest.param(
            d("2020-01-31"), d("2025-01-31"), d("2024-11-30"), id="R-CMA-13-pass-by-31-jan-to-30-nov"
        ),
        pytest.param(
            d("2019-08-31"), d("2024-08-31"), d("2024-06-30"), id="R-CMA-13-pass-by-31-aug-to-30-jun"
        ),
    ],
)
def test_r_cma_13_exam_pass_by_two_months_before_expiry(certified_on, expires_on, pass_by):
    r = evaluate(CMA, certified_on=certified_on, credits=[], today=certified_on)
    assert r.expires_on == expires_on
    assert r.exam_pass_by == pass_by


@pytest.mark.parametrize(
    ("certified_on", "apply_by"),
    [
        pytest.param(d("2021-02-10"), d("2026-01-29"), id="R-CMA-13-apply-by-28-feb-minus-30-days"),
        pytest.param(d("2021-03-10"), d("2026-03-01"), id="R-CMA-13-apply-by-31-mar-minus-30-days"),
        pytest.param(d("2021-04-30"), d("2026-03-31"), id="R-CMA-13-apply-by-30-apr-minus-30-days"),
        pytest.param(d("2020-01-31"), d("2025-01-01"), id="R-CMA-13-apply-by-31-jan-minus-30-days"),
        pytest.param(d("2015-02-05"), d("2020-01-30"), id="R-CMA-13-apply-by-29-feb-2020-minus-30-days"),
    ],
)
def test_r_cma_13_exam_application_30_days_before_expiry(certified_on, apply_by):
    r = evaluate(CMA, certified_on=certified_on, credits=[], today=certified_on)
    assert r.exam_apply_by == apply_by
    assert (r.expires_on - r.exam_apply_by).days == 30


# --------------------------------------------------------------------------- R-CMA-14


NON_AAMA_5 = ce(d("2023-05-01"), 5, ADMIN)
AAMA_5 = aama(d("2023-05-01"), 5, ADMIN)


@pytest.mark.parametrize(
    ("credits", "today", "warning"),
    [
        # Processing takes 5 days at the fastest, 30 at the slowest: 3 days short warns under
        # every method, 89 days never does.
        pytest.param([NON_AAMA_5], d("2026-02-25"), True, id="R-CMA-14-non-aama-3-days-before-expiry-warns"),
        # The slowest route (30 days by mail) decides: 29 days left warns, 30 does not.
        pytest.param([NON_AAMA_5], d("2026-01-30"), True, id="R-CMA-14-29-days-left-warns-for-mail"),
        pytest.param([NON_AAMA_5], d("2026-01-29"), False, id="R-CMA-14-30-days-left-no-warning"),
        pytest.param([NON_AAMA_5], d("2026-02-28"), True, id="R-CMA-14-non-aama-on-expiry-day-warns"),
        pytest.param([NON_AAMA_5], d("2025-12-01"), False, id="R-CMA-14-non-aama-89-days-before-no-warning"),
        pytest.param([AAMA_5], d("2026-02-27"), False, id="R-CMA-14-all-aama-processed-at-once-no-warning"),
        pytest.param([], d("2026-02-27"), False, id="R-CMA-14-nothing-logged-no-warning"),
        pytest.param([NON_AAMA_5], d("2026-05-28"), True, id="R-CMA-14-non-aama-3-days-before-ce-deadline"),
        pytest.param([NON_AAMA_5], d("2026-03-02"), False, id="R-CMA-14-grace-90-days-before-ce-deadline"),
        pytest.param([AAMA_5], d("2026-05-31"), False, id="R-CMA-14-all-aama-on-ce-deadline-no-warning"),
    ],
)
def test_r_cma_14_processing_warning(credits, today, warning):
    r = cma(credits, today=today)
    assert r.processing_warning is warning


# --------------------------------------------------------------------------- R-CMA-15


@pytest.mark.parametrize(
    ("today", "usable"),
    [
        pytest.param(TODAY, True, id="R-CMA-15-current-usable"),
        pytest.param(d("2025-12-15"), True, id="R-CMA-15-expiring-usable"),
        pytest.param(EXPIRY, True, id="R-CMA-15-expiry-day-usable"),
        pytest.param(d("2026-03-01"), False, id="R-CMA-15-grace-not-usable"),
        pytest.param(DEADLINE, False, id="R-CMA-15-ce-deadline-day-not-usable"),
        pytest.param(d("2026-06-01"), False, id="R-CMA-15-lapsed-not-usable"),
    ],
)
def test_r_cma_15_only_current_or_expiring_allows_use(today, usable):
    r = cma([], today=today)
    assert (r.status in {"current", "expiring"}) is usable
    assert (today <= r.expires_on) is usable


# --------------------------------------------------------------------------- status words


@pytest.mark.parametrize(
    ("program", "certified_on", "today", "days_left", "status"),
    [
        # CMA: 10 Feb 2021 -> expires 28 Feb 2026, CE deadline 31 May 2026.
        pytest.param(CMA, CERT, CERT, 1844, "current", id="status-R-CMA-certification-day-current"),
        pytest.param(CMA, CERT, d("2025-11-29"), 91, "current", id="status-R-CMA-91-days-current"),
        pytest.param(CMA, CERT, d("2025-11-30"), 90, "expiring", id="status-R-CMA-90-days-expiring"),
        pytest.param(CMA, CERT, d("2026-02-28"), 0, "expiring", id="status-R-CMA-0-days-expiring"),
        pytest.param(CMA, CERT, d("2026-03-01"), -1, "grace", id="status-R-CMA-9-minus-1-grace"),
        pytest.param(CMA, CERT, d("2026-05-31"), -92, "grace", id="status-R-CMA-9-ce-deadline-day-grace"),
        pytest.param(
            CMA, CERT, d("2026-06-01"), -93, "lapsed", id="status-R-CMA-9-day-after-deadline-lapsed"
        ),
        # CCMA: 15 May 2022 -> 15 May 2024 (R-CCMA-1).
        pytest.param(CCMA, d("2022-05-15"), d("2024-02-14"), 91, "current", id="status-R-CCMA-91-current"),
        pytest.param(CCMA, d("2022-05-15"), d("2024-02-15"), 90, "expiring", id="status-R-CCMA-90-expiring"),
        pytest.param(CCMA, d("2022-05-15"), d("2024-05-15"), 0, "expiring", id="status-R-CCMA-0-expiring"),
        pytest.param(
            CCMA, d("2022-05-15"), d("2024-05-16"), -1, "lapsed", id="status-R-CCMA-3-minus-1-lapsed"
        ),
        # RMA: 15 Mar 2022 -> 15 Mar 2025 (R-RMA-1).
        pytest.param(RMA, d("2022-03-15"), d("2024-12-14"), 91, "current", id="status-R-RMA-91-current"),
        pytest.param(RMA, d("2022-03-15"), d("2024-12-15"), 90, "expiring", id="status-R-RMA-90-expiring"),
        pytest.param(RMA, d("2022-03-15"), d("2025-03-15"), 0, "expiring", id="status-R-RMA-0-expiring"),
        pytest.param(RMA, d("2022-03-15"), d("2025-03-16"), -1, "lapsed", id="status-R-RMA-minus-1-lapsed"),
        # CMAC: 1 Jul 2022 -> 1 Jul 2024 (R-CMAC-1).
        pytest.param(CMAC, d("2022-07-01"), d("2024-04-01"), 91, "current", id="status-R-CMAC-91-current"),
        pytest.param(CMAC, d("2022-07-01"), d("2024-04-02"), 90, "expiring", id="status-R-CMAC-90-expiring"),
        pytest.param(CMAC, d("2022-07-01"), d("2024-07-01"), 0, "expiring", id="status-R-CMAC-0-expiring"),
        pytest.param(CMAC, d("2022-07-01"), d("2024-07-02"), -1, "lapsed", id="status-R-CMAC-minus-1-lapsed"),
        # BLS: issued 10 Feb 2022 -> 29 Feb 2024 (R-BLS-1).
        pytest.param(BLS, d("2022-02-10"), d("2023-11-30"), 91, "current", id="status-R-BLS-91-current"),
        pytest.param(BLS, d("2022-02-10"), d("2023-12-01"), 90, "expiring", id="status-R-BLS-90-expiring"),
        pytest.param(BLS, d("2022-02-10"), d("2024-02-29"), 0, "expiring", id="status-R-BLS-0-expiring"),
        pytest.param(BLS, d("2022-02-10"), d("2024-03-01"), -1, "lapsed", id="status-R-BLS-1-minus-1-lapsed"),
    ],
)
def test_status_boundary_days(program, certified_on, today, days_left, status):
    r = evaluate(program, certified_on=certified_on, credits=[], today=today)
    assert r.days_left == days_left
    assert r.status == status


def test_status_custom_program_has_no_grace():
    program = custom_program(name="NCMA (NCCT)", cycle_months=12, points_needed=D(14))
    # 31 Jan 2023 + 12 months = 31 Jan 2024.
    assert (
        evaluate(program, certified_on=d("2023-01-31"), credits=[], today=d("2024-01-31")).status
        == "expiring"
    )
    r = evaluate(program, certified_on=d("2023-01-31"), credits=[], today=d("2024-02-01"))
    assert r.days_left == -1
    assert r.status == "lapsed"


# --------------------------------------------------------------------------- R-CCMA


@pytest.mark.parametrize(
    ("certified_on", "expires_on"),
    [
        pytest.param(d("2022-05-15"), d("2024-05-15"), id="R-CCMA-1-plus-24-months"),
        pytest.param(d("2022-01-31"), d("2024-01-31"), id="R-CCMA-1-31-jan"),
        pytest.param(d("2020-02-29"), d("2022-02-28"), id="R-CCMA-1-leap-day-clamped-to-28-feb"),
        pytest.param(d("2022-02-28"), d("2024-02-28"), id="R-CCMA-1-28-feb-stays-28-feb-in-leap-year"),
        pytest.param(d("2022-08-31"), d("2024-08-31"), id="R-CCMA-1-31-aug"),
    ],
)
def test_r_ccma_1_expiry_is_certification_date_plus_24_months(certified_on, expires_on):
    r = evaluate(CCMA, certified_on=certified_on, credits=[], today=certified_on)
    assert r.expires_on == expires_on
    assert r.ce_deadline == expires_on


@pytest.mark.parametrize(
    ("credits", "today", "counted", "left"),
    [
        pytest.param([nha(d("2023-01-01"), 10)], d("2023-06-01"), D(10), ZERO, id="R-CCMA-2-10-credits-met"),
        pytest.param(
            [nha(d("2023-01-01"), "9.99")], d("2023-06-01"), D("9.99"), D("0.01"), id="R-CCMA-2-9.99"
        ),
        pytest.param([nha(d("2023-01-01"), 25)], d("2023-06-01"), D(25), ZERO, id="R-CCMA-2-over-10-left-0"),
        pytest.param(
            [nha(d("2023-01-01"), "0.5")], d("2023-06-01"), D("0.5"), D("9.5"), id="R-CCMA-2-no-minimum-size"
        ),
        pytest.param(
            [nha(d("2022-05-15"), 10)], d("2023-06-01"), D(10), ZERO, id="R-CCMA-2-certification-day"
        ),
        pytest.param(
            [nha(d("2022-05-14"), 10)], d("2023-06-01"), ZERO, D(10), id="R-CCMA-2-day-before-cycle"
        ),
        pytest.param(
            [nha(d("2024-05-15"), 10)], d("2024-05-15"), D(10), ZERO, id="R-CCMA-2-expiry-day-counts"
        ),
        pytest.param([nha(d("2024-05-16"), 10)], d("2024-05-20"), ZERO, D(10), id="R-CCMA-2-after-expiry"),
        pytest.param(
            [nha(d("2023-07-01"), 10)], d("2023-06-01"), ZERO, D(10), id="R-CCMA-2-planned-not-counted"
        ),
    ],
)
def test_r_ccma_2_ten_ce_credits_within_the_cycle(credits, today, counted, left):
    r = evaluate(CCMA, certified_on=d("2022-05-15"), credits=credits, today=today)
    assert r.counted_points == counted
    assert r.points_left == left
    assert r.met is (left == 0)
    assert r.category_points == {}


@pytest.mark.parametrize(
    ("credits", "counted"),
    [
        # R-CCMA-2: 2 contact hours = 1 NHA credit, so an outside 10-hour course is 5 credits.
        pytest.param([ce(d("2023-01-01"), 10)], D(5), id="R-CCMA-2-10-contact-hours-are-5-credits"),
        pytest.param([ce(d("2023-01-01"), "1.5")], D("0.75"), id="R-CCMA-2-1.5-hours-are-0.75-credits"),
        pytest.param([nha(d("2023-01-01"), 10)], D(10), id="R-CCMA-2-nha-credits-one-to-one"),
        pytest.param(
            [nha(d("2023-01-01"), 4), ce(d("2023-02-01"), 12)], D(10), id="R-CCMA-2-4-credits-plus-12-hours"
        ),
        # An AAMA CEU is a contact hour: half an NHA credit too.
        pytest.param([aama(d("2023-01-01"), 6, CLIN)], D(3), id="R-CCMA-2-aama-ceus-are-hours"),
    ],
)
def test_r_ccma_2_contact_hours_convert_two_to_one_nha_credit(credits, counted):
    r = evaluate(CCMA, certified_on=d("2022-05-15"), credits=credits, today=d("2023-06-01"))
    assert r.counted_points == counted
    assert r.points_left == max(ZERO, D(10) - counted)


def test_r_ccma_2_verdict_shows_the_conversion():
    r = evaluate(CCMA, certified_on=d("2022-05-15"), credits=[ce(d("2023-01-01"), 10)], today=d("2023-06-01"))
    assert r.verdicts[0].message == "Counts 5 CE credits (2 contact hours = 1 NHA CE credit)."


@pytest.mark.parametrize(
    ("program", "expected"),
    [
        pytest.param(CMA, D(6), id="R-CCMA-2-nha-credit-is-2-points-for-cma"),
        pytest.param(RMA, D(6), id="R-CCMA-2-nha-credit-is-2-points-for-rma"),
        pytest.param(CMAC, D(6), id="R-CCMA-2-nha-credit-is-2-credits-for-cmac"),
        pytest.param(
            custom_program(name="NCMA", cycle_months=12, points_needed=D(14)), D(6), id="R-CCMA-2-custom"
        ),
    ],
)
def test_r_ccma_2_one_nha_credit_is_two_contact_hours_elsewhere(program, expected):
    r = evaluate(
        program, certified_on=d("2022-05-15"), credits=[nha(d("2023-01-01"), 3, GEN)], today=d("2023-06-01")
    )
    assert r.counted_points == expected


def test_r_ccma_2_nha_credits_are_non_aama_for_the_cma():
    r = cma([nha(d("2023-01-01"), 20, GEN)])
    # 40 points, non-AAMA: the cap of 30 trims it (R-CMA-5).
    assert (r.counted_points, r.approved_points) == (D(30), ZERO)


def test_r_ccma_3_no_reinstatement_window_lapsed_the_day_after_expiry():
    r = evaluate(
        CCMA, certified_on=d("2022-05-15"), credits=[nha(d("2024-05-16"), 10)], today=d("2024-05-16")
    )
    assert r.ce_deadline == r.expires_on == d("2024-05-15")
    assert r.status == "lapsed"
    assert r.ce_route_open is False
    assert r.counted_points == ZERO


# --------------------------------------------------------------------------- R-RMA


@pytest.mark.parametrize(
    ("certified_on", "expires_on"),
    [
        pytest.param(d("2022-03-15"), d("2025-03-15"), id="R-RMA-1-plus-36-months"),
        pytest.param(d("2020-02-29"), d("2023-02-28"), id="R-RMA-1-leap-day-clamped"),
        pytest.param(d("2021-02-28"), d("2024-02-28"), id="R-RMA-1-28-feb"),
        pytest.param(d("2022-10-31"), d("2025-10-31"), id="R-RMA-1-31-oct"),
    ],
)
def test_r_rma_1_three_year_cycle(certified_on, expires_on):
    r = evaluate(RMA, certified_on=certified_on, credits=[], today=certified_on)
    assert r.expires_on == expires_on
    assert r.ce_deadline == expires_on


@pytest.mark.parametrize(
    ("credits", "counted", "left"),
    [
        pytest.param([ce(d("2023-01-01"), 30)], D(30), ZERO, id="R-RMA-1-30-points-met"),
        pytest.param(
            [ce(d("2023-01-01"), 20), ce(d("2024-01-01"), "9.5")], D("29.5"), D("0.5"), id="R-RMA-1-29.5"
        ),
        pytest.param([ce(d("2022-03-15"), 10)], D(10), D(20), id="R-RMA-2-cycle-start-day-counts"),
        pytest.param([ce(d("2022-03-14"), 10)], ZERO, D(30), id="R-RMA-2-day-before-cycle-does-not"),
        pytest.param([ce(d("2021-06-01"), 40)], ZERO, D(30), id="R-RMA-2-previous-cycle-no-rollover"),
    ],
)
def test_r_rma_1_and_2_thirty_points_inside_the_cycle(credits, counted, left):
    r = evaluate(RMA, certified_on=d("2022-03-15"), credits=credits, today=d("2024-06-01"))
    assert r.counted_points == counted
    assert r.points_left == left
    assert r.met is (left == 0)


def test_r_rma_2_points_after_the_cycle_do_not_count():
    r = evaluate(RMA, certified_on=d("2022-03-15"), credits=[ce(d("2025-03-16"), 30)], today=d("2025-04-01"))
    assert r.counted_points == ZERO
    assert r.met is False


@pytest.mark.parametrize(
    ("today", "due_on"),
    [
        pytest.param(d("2022-06-01"), d("2023-03-15"), id="R-RMA-3-first-anniversary"),
        pytest.param(d("2023-03-15"), d("2023-03-15"), id="R-RMA-3-due-on-the-anniversary-itself"),
        pytest.param(d("2023-03-16"), d("2024-03-15"), id="R-RMA-3-day-after-next-year"),
        pytest.param(d("2024-03-15"), d("2024-03-15"), id="R-RMA-3-second-anniversary"),
        pytest.param(d("2024-12-01"), d("2025-03-15"), id="R-RMA-3-third-year-falls-on-expiry"),
        pytest.param(d("2025-03-16"), None, id="R-RMA-3-none-after-the-period"),
    ],
)
def test_r_rma_3_annual_fee_due_by_each_anniversary(today, due_on):
    r = evaluate(RMA, certified_on=d("2022-03-15"), credits=[], today=today)
    assert r.annual_fee_due_on == due_on


def test_r_rma_3_amt_faq_example_every_year_of_the_cycle():
    # AMT FAQ: certified 1 May 2006 -> dues before 1 May 2007, 2008, 2009.
    r = evaluate(RMA, certified_on=d("2006-05-01"), credits=[], today=d("2006-06-01"))
    assert r.annual_fee_dates == (d("2007-05-01"), d("2008-05-01"), d("2009-05-01"))


@pytest.mark.parametrize("program", [CMA, CCMA, CMAC, BLS], ids=lambda p: f"R-RMA-3-no-annual-fee-{p.code}")
def test_r_rma_3_annual_fee_is_rma_only(program):
    r = evaluate(program, certified_on=d("2022-03-15"), credits=[], today=d("2023-01-10"))
    assert r.annual_fee_due_on is None


# --------------------------------------------------------------------------- R-CMAC-1


@pytest.mark.parametrize(
    ("certified_on", "expires_on"),
    [
        pytest.param(d("2022-07-01"), d("2024-07-01"), id="R-CMAC-1-2-years-from-test-date"),
        pytest.param(d("2020-02-29"), d("2022-02-28"), id="R-CMAC-1-leap-day-clamped"),
        pytest.param(d("2023-01-31"), d("2025-01-31"), id="R-CMAC-1-31-jan"),
    ],
)
def test_r_cmac_1_valid_two_years_from_the_test_date(certified_on, expires_on):
    r = evaluate(CMAC, certified_on=certified_on, credits=[], today=certified_on)
    assert r.expires_on == expires_on
    assert r.ce_deadline == expires_on


@pytest.mark.parametrize(
    ("credits", "counted", "left"),
    [
        pytest.param(
            [ce(d("2023-01-01"), 4), ce(d("2023-02-01"), 6)], D(10), ZERO, id="R-CMAC-1-10-credits-met"
        ),
        pytest.param([ce(d("2023-01-01"), "9.75")], D("9.75"), D("0.25"), id="R-CMAC-1-9.75-credits"),
        pytest.param([ce(d("2022-06-30"), 10)], ZERO, D(10), id="R-CMAC-1-before-test-date-does-not-count"),
    ],
)
def test_r_cmac_1_ten_ce_credits_per_two_years(credits, counted, left):
    r = evaluate(CMAC, certified_on=d("2022-07-01"), credits=credits, today=d("2024-01-01"))
    assert r.counted_points == counted
    assert r.points_left == left
    assert r.met is (left == 0)


# --------------------------------------------------------------------------- R-BLS-1


@pytest.mark.parametrize(
    ("issued_on", "expires_on"),
    [
        pytest.param(d("2022-02-10"), d("2024-02-29"), id="R-BLS-1-feb-to-leap-29-feb"),
        pytest.param(d("2023-11-15"), d("2025-11-30"), id="R-BLS-1-mid-november-to-30-nov"),
        pytest.param(d("2023-01-31"), d("2025-01-31"), id="R-BLS-1-31-jan"),
        pytest.param(d("2023-04-01"), d("2025-04-30"), id="R-BLS-1-first-of-month-to-month-end"),
    ],
)
def test_r_bls_1_renew_by_month_end_24_months_after_issue(issued_on, expires_on):
    r = evaluate(BLS, certified_on=issued_on, credits=[], today=issued_on)
    assert r.expires_on == expires_on
    assert r.ce_deadline == expires_on


def test_r_bls_1_card_needs_no_ce():
    r = evaluate(BLS, certified_on=d("2022-02-10"), credits=[], today=d("2023-01-01"))
    assert r.met is True
    assert r.points_left == ZERO
    assert r.counted_points == ZERO
    assert r.category_points == {}


# --------------------------------------------------------------------------- custom programs


@pytest.mark.parametrize(
    ("cycle_months", "certified_on", "expires_on"),
    [
        pytest.param(12, d("2023-01-31"), d("2024-01-31"), id="custom-12-months"),
        pytest.param(1, d("2024-01-31"), d("2024-02-29"), id="custom-1-month-clamped-to-leap-29-feb"),
        pytest.param(1, d("2023-01-31"), d("2023-02-28"), id="custom-1-month-clamped-to-28-feb"),
        pytest.param(24, d("2020-02-29"), d("2022-02-28"), id="custom-24-months-from-leap-day"),
        pytest.param(14, d("2023-10-15"), d("2024-12-15"), id="custom-14-months"),
    ],
)
def test_custom_program_expiry_is_certified_on_plus_cycle_months(cycle_months, certified_on, expires_on):
    program = custom_program(name="NCMA (NCCT)", cycle_months=cycle_months, points_needed=D(14))
    r = evaluate(program, certified_on=certified_on, credits=[], today=certified_on)
    assert r.expires_on == expires_on
    assert r.ce_deadline == expires_on


@pytest.mark.parametrize(
    ("points_needed", "credits", "counted", "left"),
    [
        pytest.param(
            D(14), [ce(d("2023-03-01"), "13.5")], D("13.5"), D("0.5"), id="custom-14-needed-13.5-logged"
        ),
        pytest.param(
            D(14), [ce(d("2023-03-01"), 7), ce(d("2023-04-01"), 7)], D(14), ZERO, id="custom-14-met"
        ),
        pytest.param(D(14), [ce(d("2023-01-30"), 14)], ZERO, D(14), id="custom-before-cycle-does-not-count"),
        pytest.param(D(0), [], ZERO, ZERO, id="custom-0-needed-met-with-nothing"),
        pytest.param(
            D("2.5"), [ce(d("2023-03-01"), 1)], D(1), D("1.5"), id="custom-fractional-points-needed"
        ),
    ],
)
def test_custom_program_points(points_needed, credits, counted, left):
    program = custom_program(name="NCMA (NCCT)", cycle_months=12, points_needed=points_needed)
    r = evaluate(program, certified_on=d("2023-01-31"), credits=credits, today=d("2023-06-01"))
    assert r.counted_points == counted
    assert r.points_left == left
    assert r.met is (left == 0)
    assert r.category_points == {}


# --------------------------------------------------------------------------- planned credits


def test_planned_credit_after_today_does_not_count_until_it_happens():
    credit = aama(d("2025-07-01"), 10, CLIN)
    before = cma([credit], today=d("2025-06-30"))
    assert before.counted_points == ZERO
    assert before.verdicts[0].counted is False
    assert before.verdicts[0].reason
    on_the_day = cma([credit], today=d("2025-07-01"))
    assert on_the_day.counted_points == D(10)


@pytest.mark.parametrize(
    ("program", "certified_on", "today"),
    [
        pytest.param(CMA, CERT, TODAY, id="planned-R-CMA-6"),
        pytest.param(CCMA, d("2024-01-01"), d("2025-01-01"), id="planned-R-CCMA-2"),
        pytest.param(RMA, d("2024-01-01"), d("2025-01-01"), id="planned-R-RMA-2"),
        pytest.param(CMAC, d("2024-01-01"), d("2025-01-01"), id="planned-R-CMAC-1"),
    ],
)
def test_planned_credits_do_not_count(program, certified_on, today):
    credits = [aama(today + timedelta(days=1), 10, CLIN), aama(today, 4, CLIN)]
    r = evaluate(program, certified_on=certified_on, credits=credits, today=today)
    assert r.counted_points == D(4) * program.kinds["ce"].points_per_unit
    assert [v.counted for v in r.verdicts] == [False, True]


def test_planned_and_before_window_give_different_reasons():
    r = cma([aama(CERT - timedelta(days=1), 5, CLIN), aama(TODAY + timedelta(days=1), 5, CLIN)])
    reasons = [v.reason for v in r.verdicts]
    assert all(reasons)
    assert reasons[0] != reasons[1]


# --------------------------------------------------------------------------- verdicts


def test_verdicts_in_input_order():
    credits = [
        aama(d("2024-05-01"), 3, ADMIN),
        aama(d("2021-05-01"), 1, CLIN),
        aama(d("2023-05-01"), 2, GEN),
        aama(d("2019-05-01"), 7, GEN),  # before the window
    ]
    r = cma(credits)
    assert len(r.verdicts) == 4
    assert [v.points for v in r.verdicts] == [D(3), D(1), D(2), ZERO]
    assert [v.counted for v in r.verdicts] == [True, True, True, False]
    assert all(isinstance(v.message, str) and v.message for v in r.verdicts)


# --------------------------------------------------------------------------- exact decimals


def test_exact_decimals_tenths_sum_exactly():
    # 100 x 0.1 is exactly 10 in decimal arithmetic (in binary floats it is 9.99999999999998).
    credits = [nha(d("2023-01-01") + timedelta(days=i), "0.1") for i in range(100)]
    r = evaluate(CCMA, certified_on=d("2022-05-15"), credits=credits, today=d("2024-01-01"))
    assert r.counted_points == D(10)
    assert r.points_left == ZERO
    assert r.met is True


def test_exact_decimals_point_one_plus_point_two():
    r = cma([aama(d("2022-01-01"), "0.1", ADMIN), aama(d("2022-01-02"), "0.2", ADMIN)])
    assert r.counted_points == D("0.3")
    assert r.approved_points == D("0.3")
    assert cat(r, ADMIN) == D("0.3")
    assert r.points_left == D("59.7")  # max(60-0.3, 10+10+9.7=29.7, 30-0.3)


def test_exact_decimals_thirds_of_ten():
    credits = [ce(d("2023-01-01"), "3.33"), ce(d("2023-02-01"), "3.33"), ce(d("2023-03-01"), "3.34")]
    r = evaluate(CMAC, certified_on=d("2022-07-01"), credits=credits, today=d("2024-01-01"))
    assert r.counted_points == D(10)
    assert r.met is True


@pytest.mark.parametrize(
    ("program", "certified_on", "credits"),
    [
        pytest.param(
            CMA,
            CERT,
            [
                aama(d("2022-01-01"), "12.25", ADMIN),
                ce(d("2022-02-01"), "40", CLIN),
                college(d("2022-03-01"), "0.5", GEN),
                cpr(d("2022-04-01")),
                ce(d("2022-05-01"), "0.5", GEN),
            ],
            id="decimal-types-R-CMA-3",
        ),
        pytest.param(CCMA, d("2022-05-15"), [ce(d("2023-01-01"), "2.5")], id="decimal-types-R-CCMA-2"),
        pytest.param(BLS, d("2022-02-10"), [], id="decimal-types-R-BLS-1"),
    ],
)
def test_every_number_is_a_decimal(program, certified_on, credits):
    r = evaluate(program, certified_on=certified_on, credits=credits, today=d("2023-01-01"))
    for number in (r.counted_points, r.approved_points, r.points_left):
        assert type(number) is Decimal
    assert all(type(v) is Decimal for v in r.category_points.values())
    assert all(type(v.points) is Decimal for v in r.verdicts)
    assert type(r.days_left) is int


# --------------------------------------------------------------------------- points left


@pytest.mark.parametrize(
    ("credits", "left"),
    [
        pytest.param([], D(60), id="points-left-R-CMA-3-nothing-logged-60"),
        # RULES.md example: 50 AAMA admin -> max(10, 0+10+10, 0) = 20.
        pytest.param([aama(d("2022-01-01"), 50, ADMIN)], D(20), id="points-left-R-CMA-4-50-aama-admin-20"),
        # 30 non-AAMA 10/10/10: max(30, 0, 30) = 30.
        pytest.param(
            [ce(d("2022-01-01"), 10, ADMIN), ce(d("2022-01-02"), 10, CLIN), ce(d("2022-01-03"), 10, GEN)],
            D(30),
            id="points-left-R-CMA-5-30-non-aama-spread-30",
        ),
        # 20 AAMA admin + 30 non-AAMA clinical: max(10, 10 general, 10) = 10.
        pytest.param(
            [aama(d("2022-01-01"), 20, ADMIN), ce(d("2022-01-02"), 30, CLIN)],
            D(10),
            id="points-left-R-CMA-4-5-20-aama-admin-30-non-aama-clinical-10",
        ),
        # 55 AAMA 20/20/15: max(5, 0, 0) = 5.
        pytest.param(
            [
                aama(d("2022-01-01"), 20, ADMIN),
                aama(d("2022-01-02"), 20, CLIN),
                aama(d("2022-01-03"), 15, GEN),
            ],
            D(5),
            id="points-left-R-CMA-3-55-aama-5",
        ),
        # 60 AAMA clinical: max(0, 10+10, 0) = 20.
        pytest.param([aama(d("2022-01-01"), 60, CLIN)], D(20), id="points-left-R-CMA-4-60-clinical-20"),
        # 10 AAMA admin + 45 non-AAMA (30 count) 10 clinical/35 general: counted 40, approved 10.
        # max(20, 0, 20) = 20.
        pytest.param(
            [aama(d("2022-01-01"), 10, ADMIN), ce(d("2022-01-02"), 10, CLIN), ce(d("2022-01-03"), 35, GEN)],
            D(20),
            id="points-left-R-CMA-5-capped-non-aama-20",
        ),
        # 30 AAMA general + 30 non-AAMA general: categories short 20 -> max(0, 20, 0) = 20.
        pytest.param(
            [aama(d("2022-01-01"), 30, GEN), ce(d("2022-01-02"), 30, GEN)],
            D(20),
            id="points-left-R-CMA-4-all-general-20",
        ),
        # 25 AAMA 10/10/5 + 30 non-AAMA general: counted 55, approved 25, general 35:
        # max(5, 0, 5) = 5.
        pytest.param(
            [
                aama(d("2022-01-01"), 10, ADMIN),
                aama(d("2022-01-02"), 10, CLIN),
                aama(d("2022-01-03"), 5, GEN),
                ce(d("2022-01-04"), 30, GEN),
            ],
            D(5),
            id="points-left-R-CMA-5-approved-and-total-short-5",
        ),
    ],
)
def test_points_left_is_the_largest_shortfall(credits, left):
    r = cma(credits)
    assert r.points_left == left
    assert r.met is (left == 0)


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("program", "credit", "match"),
    [
        pytest.param(CMA, ce(TODAY, 5, "nursing"), "category", id="valueerror-R-CMA-4-unknown-category"),
        pytest.param(
            CMA, college(TODAY, 1, "nursing"), "category", id="valueerror-R-CMA-8-college-unknown-cat"
        ),
        pytest.param(
            CMA, cpr(TODAY, category="nursing"), "category", id="valueerror-R-CMA-11-cpr-unknown-cat"
        ),
        pytest.param(CMA, ce(TODAY, 5, None), "category", id="valueerror-R-CMA-4-missing-category"),
        pytest.param(CMA, ce(TODAY, 5, ""), "category", id="valueerror-R-CMA-4-empty-category"),
        pytest.param(
            CMA, college(TODAY, 1, None), "category", id="valueerror-R-CMA-8-college-missing-category"
        ),
        pytest.param(CMA, ce(TODAY, 0, ADMIN), "amount", id="valueerror-R-CMA-3-zero-amount"),
        pytest.param(CMA, ce(TODAY, -1, ADMIN), "amount", id="valueerror-R-CMA-3-negative-amount"),
        pytest.param(CMA, ce(TODAY, "-0.01", ADMIN), "amount", id="valueerror-R-CMA-3-tiny-negative-amount"),
        pytest.param(CMA, college(TODAY, 0, ADMIN), "amount", id="valueerror-R-CMA-8-zero-college-credit"),
        pytest.param(CMA, cpr(TODAY, 0), "amount", id="valueerror-R-CMA-11-zero-cards"),
        pytest.param(CMA, cpr(TODAY, "1.5"), "whole", id="valueerror-R-CMA-11-fractional-card"),
        pytest.param(CMA, cpr(TODAY, "0.5"), "whole", id="valueerror-R-CMA-11-half-card"),
        pytest.param(CCMA, ce(TODAY, 0), "amount", id="valueerror-R-CCMA-2-zero-amount"),
        pytest.param(CCMA, ce(TODAY, -3), "amount", id="valueerror-R-CCMA-2-negative-amount"),
        pytest.param(RMA, ce(TODAY, 0), "amount", id="valueerror-R-RMA-1-zero-amount"),
        pytest.param(CMAC, ce(TODAY, "-0.5"), "amount", id="valueerror-R-CMAC-1-negative-amount"),
        pytest.param(
            CMA,
            Credit(earned_on=TODAY, amount=1.5, category=ADMIN),
            "decimal",
            id="valueerror-R-CMA-3-float-amount-is-not-exact",
        ),
        pytest.param(
            CMA,
            Credit(earned_on=TODAY, amount=D("NaN"), category=ADMIN),
            "number",
            id="valueerror-nan-amount",
        ),
        pytest.param(
            CMA,
            Credit(earned_on=TODAY, amount=D(5), kind="webinar", category=ADMIN),
            "kind",
            id="valueerror-kind",
        ),
        pytest.param(
            CMA,
            Credit(earned_on="2025-01-01", amount=D(5), category=ADMIN),
            "date",
            id="valueerror-R-CMA-6-date",
        ),
    ],
)
def test_bad_credit_raises_value_error(program, credit, match):
    with pytest.raises(ValueError, match=match):
        evaluate(program, certified_on=CERT, credits=[credit], today=TODAY)


def test_bad_credit_among_good_ones_raises_value_error():
    with pytest.raises(ValueError, match="amount"):
        cma([aama(TODAY, 5, ADMIN), aama(TODAY, 0, ADMIN)])


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param(
            {"certified_on": "2021-02-10", "today": TODAY}, id="valueerror-R-CMA-1-certified-on-not-date"
        ),
        pytest.param({"certified_on": CERT, "today": "2025-06-01"}, id="valueerror-today-not-date"),
    ],
)
def test_bad_dates_raise_value_error(kwargs):
    with pytest.raises(ValueError, match="date"):
        evaluate(CMA, credits=[], **kwargs)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        pytest.param(
            {"name": "", "cycle_months": 12, "points_needed": D(14)}, "name", id="custom-valueerror-no-name"
        ),
        pytest.param(
            {"name": "  ", "cycle_months": 12, "points_needed": D(14)}, "name", id="custom-valueerror-blank"
        ),
        pytest.param(
            {"name": "X", "cycle_months": 0, "points_needed": D(14)}, "cycle", id="custom-valueerror-0-mo"
        ),
        pytest.param(
            {"name": "X", "cycle_months": -12, "points_needed": D(1)}, "cycle", id="custom-valueerror-neg-mo"
        ),
        pytest.param(
            {"name": "X", "cycle_months": 241, "points_needed": D(1)}, "cycle", id="custom-valueerror-241-mo"
        ),
        pytest.param(
            {"name": "X", "cycle_months": 12.5, "points_needed": D(1)}, "cycle", id="custom-valueerror-12.5"
        ),
        pytest.param(
            {"name": "X", "cycle_months": "12", "points_needed": D(1)}, "cycle", id="custom-valueerror-str-mo"
        ),
        pytest.param(
            {"name": "X", "cycle_months": True, "points_needed": D(1)}, "cycle", id="custom-valueerror-bool"
        ),
        pytest.param(
            {"name": "X", "cycle_months": 12, "points_needed": D(-1)}, "negative", id="custom-valueerror-neg"
        ),
        pytest.param(
            {"name": "X", "cycle_months": 12, "points_needed": 14.0}, "decimal", id="custom-valueerror-float"
        ),
        pytest.param(
            {"name": "X", "cycle_months": 12, "points_needed": "many"}, "number", id="custom-valueerror-text"
        ),
    ],
)
def test_custom_program_bad_input_raises_value_error(kwargs, match):
    with pytest.raises(ValueError, match=match):
        custom_program(**kwargs)


@pytest.mark.parametrize(
    "program", [CCMA, RMA, CMAC, BLS], ids=lambda p: f"valueerror-R-CMA-12-no-exam-{p.code}"
)
def test_r_cma_12_exam_status_for_a_program_without_exam_raises_value_error(program):
    with pytest.raises(ValueError, match="exam"):
        exam_status(program, [False])


def test_r_cma_6_datetime_completion_date_counts_as_its_date():
    from datetime import datetime

    program = PROGRAMS["cma-aama"]
    as_date = evaluate(
        program,
        certified_on=d("2021-02-10"),
        credits=[aama(d("2021-02-10"), 5, ADMIN)],
        today=d("2022-01-01"),
    )
    as_datetime = evaluate(
        program,
        certified_on=d("2021-02-10"),
        credits=[Credit(datetime(2021, 2, 10, 23, 59), Decimal(5), category=ADMIN, approved=True)],
        today=d("2022-01-01"),
    )
    assert as_datetime.counted_points == as_date.counted_points == Decimal(5)


def test_R_CMA_5_approved_contact_hours_are_logged_as_aama_ceus():
    assert rules.approved_unit("contact_hours") == "aama_ceus"
    assert rules.approved_unit("aama_ceus") == "aama_ceus"
    assert rules.approved_unit("nha_credits") is None  # an NHA credit is never AAMA-approved


def test_a_card_kind_starts_the_card_programs_and_no_other_kind_does():
    """R-BLS-1: the BLS credential's period is started by a CPR/BLS card, and by nothing else."""
    assert rules.card_programs(rules.CPR) == ("bls",)
    assert all(rules.card_programs(kind) == () for kind in rules.KINDS if kind != rules.CPR)
