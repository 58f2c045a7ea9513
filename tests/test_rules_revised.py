"""The revised rules (docs/rules.md): units, planned points, printed expiries, pass-by and
processing dates, gap text and verdict wording. Expected values are worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from credentials.rules import PROGRAMS, UNITS, Credit, custom_program, evaluate

D = Decimal
ZERO = D(0)
ADMIN, CLIN, GEN = "administrative", "clinical", "general"
CMA, CCMA, RMA = PROGRAMS["cma-aama"], PROGRAMS["ccma-nha"], PROGRAMS["rma-amt"]
CERT = date(2021, 2, 10)  # expires 28 Feb 2026, CE deadline 31 May 2026
TODAY = date(2025, 6, 1)


def d(text: str) -> date:
    return date.fromisoformat(text)


def credit(day, amount, category=None, *, kind="ce", approved=False, ref=None) -> Credit:
    return Credit(
        earned_on=d(day), amount=D(amount), kind=kind, category=category, approved=approved, ref=ref
    )


def cma(credits, today=TODAY, **kwargs):
    return evaluate(CMA, certified_on=CERT, credits=credits, today=today, **kwargs)


# --------------------------------------------------------------------------- R-CMA-13


@pytest.mark.parametrize(
    ("certified_on", "pass_by"),
    [
        pytest.param(d("2021-02-10"), d("2025-12-31"), id="R-CMA-13-28-feb-expiry-pass-by-31-dec"),
        pytest.param(d("2019-02-10"), d("2023-12-31"), id="R-CMA-13-29-feb-expiry-pass-by-31-dec"),
        pytest.param(d("2021-04-10"), d("2026-02-28"), id="R-CMA-13-30-apr-expiry-pass-by-28-feb"),
        pytest.param(d("2021-06-10"), d("2026-04-30"), id="R-CMA-13-30-jun-expiry-pass-by-30-apr"),
    ],
)
def test_r_cma_13_pass_by_is_the_latest_day_two_months_before_expiry(certified_on, pass_by):
    r = evaluate(CMA, certified_on=certified_on, credits=[], today=certified_on)
    assert r.exam_pass_by == pass_by


def test_r_cma_13_pass_by_with_a_printed_mid_month_expiry():
    # 15 Mar: D + 2 months <= 15 Mar gives 15 Jan; 16 Jan + 2 months = 16 Mar is too late.
    r = cma([], expires_on=d("2026-03-15"))
    assert r.exam_pass_by == d("2026-01-15")


# --------------------------------------------------------------------------- R-CMA-14

AAMA_60 = [
    credit("2022-01-01", 20, ADMIN, approved=True),
    credit("2022-01-02", 20, CLIN, approved=True),
    credit("2022-01-03", 20, GEN, approved=True),
]
NON_AAMA_10 = credit("2023-05-01", 10, ADMIN)


@pytest.mark.parametrize(
    ("credits", "warning"),
    [
        pytest.param([NON_AAMA_10], True, id="R-CMA-14-non-aama-points-needed-warns"),
        # Non-AAMA points logged but not needed: the application can go all-AAMA, at once.
        pytest.param([*AAMA_60, NON_AAMA_10], False, id="R-CMA-14-non-aama-not-needed-no-warning"),
        pytest.param(AAMA_60[:2], False, id="R-CMA-14-only-aama-no-warning"),
        # Planned non-AAMA points that are needed trigger it too.
        pytest.param(
            [*AAMA_60[:2], credit("2026-02-20", 10, GEN)], True, id="R-CMA-14-planned-non-aama-needed-warns"
        ),
        # A planned non-AAMA course that could never count is not needed.
        pytest.param(
            [*AAMA_60[:2], credit("2026-02-20", "0.5", GEN)],
            False,
            id="R-CMA-14-planned-under-1-point-no-warning",
        ),
    ],
)
def test_r_cma_14_warns_only_when_non_aama_points_are_needed(credits, warning):
    r = cma(credits, today=d("2026-02-10"))  # 18 days before expiry: less than 30 days by mail
    assert r.processing_warning is warning
    assert r.processing_days == (30 if warning else 0)


# --------------------------------------------------------------------------- R-CMA-11


def test_r_cma_11_same_issue_date_counts_once_however_entered():
    # One entry of two cards and a separate entry, all issued on 1 Apr 2022: one card.
    r = cma([credit("2022-04-01", 2, kind="cpr", ref=1), credit("2022-04-01", 1, kind="cpr", ref=2)])
    assert r.counted_points == D(4)
    assert sorted(v.points for v in r.verdicts) == [ZERO, D(4)]
    assert {v.reason for v in r.verdicts if not v.counted} == {"duplicate"}
    assert any(
        v.message.startswith("Does not count: a CPR/BLS card with the same issue date") for v in r.verdicts
    )


def test_r_cma_11_one_entry_of_two_cards_issued_the_same_day_counts_once():
    r = cma([credit("2022-04-01", 2, kind="cpr")])
    assert r.counted_points == D(4)
    assert r.verdicts[0].message == (
        "Counts 4 of 8 points: cards with the same issue date are one CPR/BLS card, so it counts once."
    )


# --------------------------------------------------------------------------- planned points


def test_planned_points_are_what_the_ce_deadline_would_count_minus_today():
    credits = [credit("2022-01-01", 10, CLIN, approved=True), credit("2025-09-01", 8, GEN, approved=True)]
    r = cma(credits)
    assert (r.counted_points, r.planned_points) == (D(10), D(8))
    v = r.verdicts[1]
    assert (v.points, v.planned, v.planned_points) == (ZERO, True, D(8))
    assert v.message == "Planned: will count 8 points once it has happened."


def test_planned_over_the_non_aama_cap_adds_nothing_and_says_so_now():
    full = [credit("2022-01-01", 10, ADMIN), credit("2022-01-02", 10, CLIN), credit("2022-01-03", 10, GEN)]
    r = cma([*full, credit("2025-09-01", 5, GEN)])
    assert r.counted_points == D(30)
    assert r.planned_points == ZERO
    assert r.verdicts[-1].message == "Will not count: the 30 non-AAMA points that count are already used."


def test_planned_partly_over_the_cap_counts_only_the_room_left():
    r = cma([credit("2022-01-01", 25, ADMIN), credit("2025-09-01", 10, CLIN)])
    # The clinical minimum is filled first (10), so 20 of the 25 administrative points stay.
    assert r.planned_points == D(5)
    assert r.verdicts[1].planned_points == D(10)


@pytest.mark.parametrize(
    ("planned", "words"),
    [
        pytest.param(
            credit("2025-09-01", "0.5", GEN), "must be at least 1 point", id="planned-under-one-hour"
        ),
        pytest.param(
            credit("2026-06-01", 5, GEN, approved=True),
            "after the CE deadline of",
            id="planned-after-deadline",
        ),
    ],
)
def test_planned_credit_that_could_never_count_adds_nothing(planned, words):
    r = cma([planned])
    assert r.planned_points == ZERO
    assert r.verdicts[0].message.startswith("Will not count: ")
    assert words in r.verdicts[0].message


def test_planned_fourth_cpr_card_adds_nothing():
    cards = [credit(day, 1, kind="cpr") for day in ("2021-04-01", "2022-04-01", "2023-04-01")]
    r = cma([*cards, credit("2025-09-01", 1, kind="cpr")])
    assert (r.counted_points, r.planned_points) == (D(12), ZERO)
    assert r.verdicts[-1].message == "Will not count: only 3 CPR/BLS cards count per recertification period."


def test_planned_points_never_count_today_and_met_with_planned():
    credits = [*AAMA_60[:2], credit("2025-09-01", 20, GEN, approved=True)]
    r = cma(credits)
    assert (r.met, r.met_with_planned) == (False, True)
    assert r.points_left == D(20)


# --------------------------------------------------------------------------- gap text


@pytest.mark.parametrize(
    ("credits", "gap"),
    [
        pytest.param(
            [],
            "60 more points: at least 10 administrative, at least 10 clinical, at least 10 general, "
            "and at least 30 AAMA-approved (any category)",
            id="gap-nothing-yet",
        ),
        # AAMA minimum met: never ask for AAMA-approved points again.
        pytest.param(
            [credit("2022-01-01", 50, ADMIN, approved=True)],
            "10 clinical points and 10 general points",
            id="gap-aama-met-never-asks-for-aama",
        ),
        pytest.param(
            [
                credit("2022-01-01", 30, ADMIN, approved=True),
                credit("2022-01-01", 19, CLIN),
                credit("2022-01-01", 10, GEN),
            ],
            "1 point in any category",
            id="gap-singular-any-category",
        ),
        pytest.param(
            [
                credit("2022-01-01", 10, ADMIN, approved=True),
                credit("2022-01-01", 9, CLIN, approved=True),
                credit("2022-01-01", 10, GEN, approved=True),
            ],
            "31 more points: at least 1 clinical, and at least 1 AAMA-approved (any category)",
            id="gap-approved-short-covers-categories-rest-any",
        ),
        pytest.param(
            [credit("2022-01-01", 30, ADMIN), credit("2022-01-01", 28, ADMIN, approved=True)],
            # Non-AAMA points in short categories displace administrative ones (filled first, R-CMA-5).
            "20 more points: at least 10 clinical, at least 10 general, and at least 2 AAMA-approved "
            "(any category)",
            id="gap-cap-full-short-categories-any-but-2-aama",
        ),
    ],
)
def test_gap_text(credits, gap):
    r = cma(credits)
    assert r.gap_text == gap


def test_gap_text_some_category_points_approved_then_any():
    r = cma([credit("2022-01-01", 20, ADMIN, approved=True)])
    # 40 left: 10 clinical + 10 general (10 of them AAMA to reach 30) + 20 more of any kind.
    assert r.points_left == D(40)
    assert r.gap_text == (
        "40 more points: at least 10 clinical, at least 10 general, and at least 10 AAMA-approved "
        "(any category)"
    )


def test_gap_text_approved_and_any_merge_when_categories_are_met():
    credits = [
        credit("2022-01-01", 17.5, ADMIN, approved=True),
        credit("2022-01-01", 12, CLIN, approved=True),
        credit("2022-01-01", 22, GEN),
    ]
    r = cma(credits)
    # 51.5 counted, 29.5 AAMA: 8.5 left, 0.5 of them AAMA-approved.
    assert r.points_left == D("8.5")
    assert r.gap_text == "8.5 more points: at least 0.5 AAMA-approved (any category)"


def test_gap_text_names_only_necessary_conditions():
    """RULES.md "Gap text": 25 AAMA general + 10 non-AAMA administrative. 10 non-AAMA clinical and
    15 AAMA points of any category meet every requirement, so the clinical points need not be AAMA."""
    r = cma([credit("2022-01-01", 25, GEN, approved=True), credit("2022-01-01", 10, ADMIN)])
    assert r.gap_text == "25 more points: at least 10 clinical, and at least 5 AAMA-approved (any category)"
    assert "of them" not in r.gap_text
    done = cma(
        [
            credit("2022-01-01", 25, GEN, approved=True),
            credit("2022-01-01", 10, ADMIN),
            credit("2022-01-01", 10, CLIN),
            credit("2022-01-01", 15, GEN, approved=True),
        ]
    )
    assert done.met


def test_gap_text_ties_approval_to_categories_only_when_the_cap_is_full():
    r = cma([credit("2022-01-01", 30, ADMIN)])  # 30 non-AAMA: every further point must be AAMA
    assert r.gap_text == (
        "10 clinical AAMA-approved points, 10 general AAMA-approved points and "
        "10 AAMA-approved points in any category"
    )


def test_gap_text_program_without_categories():
    r = evaluate(
        CCMA,
        certified_on=d("2025-01-01"),
        credits=[credit("2025-02-01", 2, kind="nha")],
        today=d("2025-06-01"),
    )
    assert r.gap_text == "8 CE credits"
    one = evaluate(
        CCMA,
        certified_on=d("2025-01-01"),
        credits=[credit("2025-02-01", 9, kind="nha")],
        today=d("2025-06-01"),
    )
    assert one.gap_text == "1 CE credit"


# --------------------------------------------------------------------------- units and verdict words


def test_units_map_certificate_words_to_engine_kinds():
    assert {u.kind for u in UNITS.values()} == {"ce", "nha", "college", "cpr", "minutes"}
    assert UNITS["aama_ceus"].approved is True
    assert UNITS["nha_credits"].quantity(D(1)) == "1 NHA CE credit"


def test_r_cma_8_verdict_shows_the_conversion():
    r = cma([credit("2022-01-01", 1, GEN, kind="college")])
    assert r.verdicts[0].message == "Counts 15 points (1 college credit = 15 non-AAMA points)."


def test_r_cma_5_trimmed_verdict_says_which_categories_were_filled_first():
    r = cma([credit("2022-01-01", 25, ADMIN), credit("2022-02-01", 10, CLIN)])
    assert r.verdicts[0].message == (
        "Counts 20 of 25 points: at most 30 non-AAMA points count, used first to fill the "
        "administrative and clinical minimums."
    )


def test_r_rma_1_formal_education_verdict_tells_to_log_amt_points():
    r = evaluate(
        RMA,
        certified_on=d("2022-03-15"),
        credits=[credit("2023-01-01", 3, kind="college")],
        today=d("2024-01-01"),
    )
    assert r.counted_points == ZERO
    message = r.verdicts[0].message
    assert "AMT counts formal (college) education" in message
    assert "AMT CCP points" in message


def test_verdict_dates_use_the_callers_format_and_say_recertification_period():
    r = cma([credit("2020-01-01", 5, GEN, approved=True)])
    assert r.verdicts[0].message == (
        "Does not count: it was earned before this recertification period began on Feb 10, 2021."
    )
    assert r.verdicts[0].describe(lambda day: day.strftime("%d/%m/%Y")).endswith("on 10/02/2021.")


def test_no_ce_deadline_words_for_programs_without_one():
    r = evaluate(
        CCMA,
        certified_on=d("2022-05-15"),
        credits=[credit("2024-05-16", 5, kind="nha")],
        today=d("2024-06-01"),
    )
    assert "CE deadline" not in r.verdicts[0].message
    assert "after this recertification period ends on May 15, 2024" in r.verdicts[0].message


# --------------------------------------------------------------------------- custom programs


def test_custom_program_printed_expiry_wins_over_the_computed_date():
    ncma = custom_program(
        name="NCMA (NCCT)",
        body="National Center for Competency Testing",
        cycle_months=12,
        points_needed=D(14),
    )
    computed = evaluate(ncma, certified_on=d("2025-01-10"), credits=[], today=d("2025-06-01"))
    printed = evaluate(
        ncma, certified_on=d("2025-01-10"), credits=[], today=d("2025-06-01"), expires_on=d("2025-12-31")
    )
    assert computed.expires_on == d("2026-01-10")
    assert (printed.expires_on, printed.ce_deadline) == (d("2025-12-31"), d("2025-12-31"))
    assert printed.days_left == 213
    assert ncma.body_name == "National Center for Competency Testing"


def test_custom_program_without_a_body_never_prints_a_blank_name():
    program = custom_program(name="Phlebotomy", cycle_months=24, points_needed=D(10))
    assert program.body_name == "your certifying body"
    assert "  " not in program.reinstatement and program.reinstatement.startswith("Contact your")


def test_printed_expiry_before_the_certification_date_is_refused():
    with pytest.raises(ValueError, match="after the date certified"):
        cma([], expires_on=d("2020-01-01"))


def test_r_cma_9_grace_follows_a_printed_expiry():
    r = cma([], expires_on=d("2026-03-15"))
    assert r.ce_deadline == d("2026-06-30")


# --------------------------------------------------------------------------- R-CMA-16, R-RMA-4


def test_r_cma_16_exam_eligibility_is_an_accredited_program():
    exam = PROGRAMS["cma-aama"].exam
    assert "CAAHEP- or ABHES-accredited medical assisting program" in exam.eligible_again


def test_r_rma_4_documents_only_on_audit_and_a_failed_audit_decertifies():
    audit = PROGRAMS["rma-amt"].audit
    assert "random audit each January" in audit
    assert "failed audit decertifies" in audit
    assert all(not p.audit for code, p in PROGRAMS.items() if code != "rma-amt")


def test_planned_course_that_fills_a_minimum_says_what_it_displaces():
    # Cap full with 30 non-AAMA general points; a planned non-AAMA clinical course fills the
    # clinical minimum first (R-CMA-5), pushing 10 general points out: the total does not grow.
    r = cma([credit("2022-01-01", 30, GEN), credit("2025-09-01", 10, CLIN)])
    assert r.planned_points == ZERO
    # 30 AAMA-approved points are still needed either way.
    assert r.points_left_with_planned == r.points_left == D(30)
    assert r.verdicts[1].message == (
        "Planned: will count 10 points once it has happened, in place of 10 non-AAMA points counted "
        "now (at most 30 count; minimums are filled first)."
    )


def test_r_rma_3_fee_on_the_start_of_a_period_that_rolled_over_early():
    # Complied early in Jan 2026; the next period starts on the 1 May 2027 anniversary: the fee due
    # that day (the last of the previous period) is the next one.
    r = evaluate(RMA, certified_on=d("2027-05-01"), credits=[], today=d("2026-06-01"))
    assert r.annual_fee_due_on == d("2027-05-01")
    assert r.annual_fee_dates == (d("2028-05-01"), d("2029-05-01"), d("2030-05-01"))


# --------------------------------------------------------------------------- revised this round


def test_r_rma_1_a_course_on_the_anniversary_counts_in_the_new_cycle_only():
    from credentials.rules import AFTER_DEADLINE, CE

    rma = PROGRAMS["rma-amt"]
    course = Credit(kind=CE, amount=Decimal(10), earned_on=date(2025, 3, 15))
    old = evaluate(rma, certified_on=date(2022, 3, 15), credits=[course], today=date(2025, 3, 20))
    new = evaluate(rma, certified_on=date(2025, 3, 15), credits=[course], today=date(2025, 3, 20))
    assert (old.counted_points, new.counted_points) == (Decimal(0), Decimal(10))
    assert old.verdicts[0].reason == AFTER_DEADLINE
    assert "on or after the anniversary, Mar 15, 2025" in old.verdicts[0].message
    day_before = Credit(kind=CE, amount=Decimal(10), earned_on=date(2025, 3, 14))
    assert (
        evaluate(
            rma, certified_on=date(2022, 3, 15), credits=[day_before], today=date(2025, 3, 20)
        ).counted_points
        == 10
    )


def test_r_cma_13_no_apply_by_once_the_pass_by_date_has_gone():
    cma = PROGRAMS["cma-aama"]
    # Expires 31 Mar 2026: pass by 31 Jan 2026, apply by 1 Mar 2026.
    before = evaluate(cma, certified_on=date(2021, 3, 10), credits=[], today=date(2026, 1, 31))
    after = evaluate(cma, certified_on=date(2021, 3, 10), credits=[], today=date(2026, 2, 1))
    assert before.exam_pass_open and before.exam_apply_open
    assert not after.exam_pass_open and not after.exam_apply_open


def test_r_cma_5_todays_over_cap_verdict_is_explained_by_todays_choice():
    admin = credit("2022-01-01", 30, ADMIN)
    planned = credit("2023-06-01", 10, GEN)  # within the period, after today
    r = cma([admin, credit("2022-02-01", 5, CLIN), planned], today=d("2023-01-01"))
    message = r.verdicts[0].message
    assert "clinical minimum" in message
    assert "general" not in message  # only the planned general course would fill that one first


def test_r_cma_9_a_planned_course_after_the_expiry_says_the_credential_will_be_expired():
    # Expires 28 Feb 2026, CE deadline 31 May 2026: a course planned for April still counts.
    r = cma([credit("2026-04-15", 2, CLIN, approved=True)], today=d("2025-06-01"))
    message = r.verdicts[0].message
    assert message.startswith("Planned: will count 2 points")
    assert "will have expired (on Feb 28, 2026): you may not use it until you have recertified" in message
    before = cma([credit("2026-01-15", 2, CLIN, approved=True)], today=d("2025-06-01"))
    assert "expired" not in before.verdicts[0].message


# --------------------------------------------------------------------------- R-CMA-7, R-CCMA-2: minutes


@pytest.mark.parametrize(
    ("minutes", "points", "counted"),
    [
        pytest.param("50", D(1), D(1), id="R-CMA-7-50-minutes-one-point"),
        pytest.param("45", D("0.90"), ZERO, id="R-CMA-7-45-minutes-under-one-contact-hour"),
        pytest.param("90", D("1.80"), D("1.80"), id="R-CMA-7-90-minutes"),
        pytest.param("100", D(2), D(2), id="R-CMA-7-100-minutes-two-points"),
    ],
)
def test_r_cma_7_the_aamas_contact_hour_is_50_minutes(minutes, points, counted):
    r = cma([credit("2024-03-01", minutes, CLIN, kind="minutes")])
    (verdict,) = r.verdicts
    assert (verdict.points, r.counted_points) == (counted, counted)
    assert CMA.kinds["minutes"].points(D(minutes)) == points


def test_r_cma_7_approved_minutes_count_as_approved_points_at_50():
    r = cma([credit("2024-03-01", "75", GEN, kind="minutes", approved=True)])
    assert (r.counted_points, r.approved_points) == (D("1.50"), D("1.50"))


@pytest.mark.parametrize(
    ("program", "minutes", "points"),
    [
        pytest.param(CCMA, "120", D(1), id="R-CCMA-2-120-minutes-one-nha-credit"),
        pytest.param(CCMA, "50", D("0.41"), id="R-CCMA-2-50-minutes-rounded-down"),
        pytest.param(RMA, "90", D("1.50"), id="R-CCMA-2-rma-minutes-at-60"),
        pytest.param(PROGRAMS["cmac-amca"], "60", D(1), id="R-CCMA-2-cmac-minutes-at-60"),
    ],
)
def test_r_ccma_2_other_bodies_convert_minutes_at_60(program, minutes, points):
    certified = date(2024, 1, 1)
    r = evaluate(
        program, certified_on=certified, credits=[credit("2024-03-01", minutes, kind="minutes")], today=TODAY
    )
    assert r.counted_points == points


def test_a_custom_program_converts_minutes_at_60():
    program = custom_program(name="NCMA", cycle_months=12, points_needed=D(14))
    r = evaluate(
        program,
        certified_on=date(2025, 1, 1),
        credits=[credit("2025-03-01", "30", kind="minutes")],
        today=TODAY,
    )
    assert r.counted_points == D("0.50")


def test_one_course_in_minutes_converts_per_program():
    """R-CCMA-2: the app records what the certificate states and converts per program: a
    100-minute course is 2 CMA points but 1.66 contact hours, 0.83 NHA credits, for the CCMA."""
    course = [credit("2024-03-01", "100", CLIN, kind="minutes")]
    assert cma(course).counted_points == D(2)
    r = evaluate(CCMA, certified_on=date(2024, 1, 1), credits=course, today=TODAY)
    assert r.counted_points == D("0.83")
