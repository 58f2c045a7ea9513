"""The single read path: database rows → engine credits → one result per cycle."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from credentials import rules, selectors, services
from credentials.activity_input import ActivityInput
from credentials.models import CEActivity
from tests.conftest import TODAY

pytestmark = pytest.mark.django_db


def test_dashboard_matches_engine_on_same_credits(user, cma, ccma, make_activity):
    make_activity(
        amount="6", approved=True, categories={"administrative": "6"}, completed_on=dt.date(2023, 2, 1)
    )
    make_activity(
        amount="1",
        kind="college",
        categories={"general": "0.5", "clinical": "0.5"},
        completed_on=dt.date(2025, 4, 1),
    )
    make_activity(amount="1", kind="cpr", approved=True, completed_on=dt.date(2025, 5, 1))
    make_activity(
        amount="0.5", categories={"general": "0.5"}, completed_on=dt.date(2025, 6, 1), confirmed=True
    )

    progress = {p.credential.program: p for p in selectors.dashboard_get(user=user, today=TODAY)}
    expected = rules.evaluate(
        rules.PROGRAMS["cma-aama"],
        certified_on=dt.date(2022, 11, 10),
        credits=[
            rules.Credit(dt.date(2023, 2, 1), Decimal(6), category="administrative", approved=True),
            rules.Credit(dt.date(2025, 4, 1), Decimal("0.5"), kind="college", category="general", ref="c"),
            rules.Credit(dt.date(2025, 4, 1), Decimal("0.5"), kind="college", category="clinical", ref="c"),
            rules.Credit(dt.date(2025, 5, 1), Decimal(1), kind="cpr", approved=True),
            rules.Credit(dt.date(2025, 6, 1), Decimal("0.5"), category="general"),
        ],
        today=TODAY,
    )
    got = progress["cma-aama"].result
    assert got.counted_points == expected.counted_points == Decimal(25)  # 6 + 15 + 4; 0.5 under R-CMA-7
    assert got.approved_points == expected.approved_points == Decimal(10)
    assert got.category_points == expected.category_points
    assert got.points_left == expected.points_left
    # The CCMA takes contact hours at 2 hours a credit (R-CCMA-2); the card and college do not count.
    assert progress["ccma-nha"].result.counted_points == Decimal("0.25")


def test_split_activity_verdict_sums_its_parts(user, cma, make_activity):
    activity = make_activity(amount="3", approved=True, categories={"clinical": "2", "general": "1"})
    (progress,) = selectors.dashboard_get(user=user, today=TODAY)
    verdict = progress.by_activity[activity.pk]
    assert verdict.points == Decimal(3)
    assert verdict.message == "Counts 3 points: clinical 2, general 1."


def test_split_activity_trimmed_part_says_which(user, cma, make_activity):
    make_activity(amount="30", categories={"administrative": "30"}, completed_on=dt.date(2023, 1, 1))
    activity = make_activity(amount="10", categories={"administrative": "5", "clinical": "5"})
    (progress,) = selectors.dashboard_get(user=user, today=TODAY)
    # R-CMA-5: the clinical part fills its minimum first; the administrative part finds the cap used.
    assert progress.by_activity[activity.pk].message == (
        "Administrative: Does not count: the 30 non-AAMA points that count are already used. "
        "Clinical: Counts 5 points."
    )


def test_r_bls_1_card_credential_tracks_the_card_and_counts_no_ce(user, cma):
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="BLS", completed_on=dt.date(2025, 7, 14), unit="cpr_card", amount=Decimal(1)
        ),
    )
    by_program = {p.credential.program: p for p in selectors.dashboard_get(user=user, today=TODAY)}
    card = by_program["bls"]
    (verdict,) = card.verdicts
    assert verdict.message == "The card tracked here: renew by Jul 31, 2027."
    assert card.main_action == "log_card"
    assert by_program["cma-aama"].result.counted_points == Decimal(4)  # R-CMA-11: the same record


def test_excluded_activity_does_not_count_for_that_credential_only(user, cma, ccma, make_activity):
    make_activity(amount="4", approved=True, excluded_from=[ccma])
    progress = {p.credential.program: p for p in selectors.dashboard_get(user=user, today=TODAY)}
    assert progress["cma-aama"].result.counted_points == Decimal(4)
    assert progress["ccma-nha"].result.counted_points == Decimal(0)
    assert progress["ccma-nha"].verdicts[0].reason == selectors.EXCLUDED


def test_activity_without_category_is_explained_not_crashing(user, make_activity):
    ccma_only = services.credential_create(
        owner=user, program="ccma-nha", certified_on=dt.date(2025, 1, 1), today=TODAY
    )
    make_activity(amount="2", categories={})
    services.credential_create(owner=user, program="cma-aama", certified_on=dt.date(2024, 1, 1), today=TODAY)
    progress = {p.credential.program: p for p in selectors.dashboard_get(user=user, today=TODAY)}
    assert [a.title for a in progress["cma-aama"].uncategorized] == ["Course"]
    assert progress["cma-aama"].result.counted_points == 0
    assert progress[ccma_only.program].result.counted_points == Decimal(1)  # 2 hours (R-CCMA-2)


def test_r_cma_6_closed_cycle_is_judged_on_its_recertification_day(user, cma, make_activity, meet):
    meet(cma, dt.date(2023, 1, 1))
    make_activity(amount="5", approved=True, completed_on=dt.date(2026, 2, 1))
    make_activity(amount="7", approved=True, completed_on=dt.date(2026, 3, 1))  # the recertification day
    old = cma.cycles.get()
    services.cycle_recertify(cycle=old, recertified_on=dt.date(2026, 3, 1), today=TODAY)
    old.refresh_from_db()
    past = selectors.cycle_progress_get(cycle=old, today=TODAY)
    # Revised R-CMA-6: the period closed by CE on 1 Mar keeps what was completed on 1 Mar ...
    assert past.result.counted_points == Decimal(72)
    assert past.result.today == dt.date(2026, 3, 1)
    (current,) = selectors.dashboard_get(user=user, today=TODAY)
    # ... and the next one, its dates from 1 Mar (R-CMA-1), counts from 2 Mar: never twice.
    assert (current.cycle.starts_on, current.cycle.counts_from) == (dt.date(2026, 3, 1), dt.date(2026, 3, 2))
    assert current.result.counted_points == Decimal(0)


def test_selectors_never_show_another_persons_data(user, other_user, cma, make_activity):
    make_activity(other_user, amount="9", categories={})
    (progress,) = selectors.dashboard_get(user=user, today=TODAY)
    assert progress.verdicts == []
    assert selectors.dashboard_get(user=other_user, today=TODAY) == []
    assert list(selectors.activity_list(user=user)) == []
    assert selectors.cycle_get(user=user, credential_id=cma.pk) == cma.cycles.get()
    with pytest.raises(type(cma.cycles.get()).DoesNotExist):
        selectors.cycle_get(user=other_user, credential_id=cma.pk)


@pytest.mark.parametrize("activities", [1, 200])
def test_dashboard_query_count_is_fixed(
    user, cma, ccma, make_activity, django_assert_num_queries, activities
):
    for i in range(activities):
        make_activity(amount="1", approved=True, completed_on=dt.date(2024, 1, 1) + dt.timedelta(days=i))
    # The first view: open cycles with their snapshots; activities, shares, exclusions; exam
    # attempts; the snapshots stored (savepoint, one statement, release). Repeat views are in
    # test_progress_snapshot.
    with django_assert_num_queries(8):
        progress = selectors.dashboard_get(user=user, today=TODAY)
    cma_progress = next(p for p in progress if p.credential.program == "cma-aama")
    assert cma_progress.result.counted_points == Decimal(activities)


def test_activity_list_filters(user, cma, ccma, make_activity):
    make_activity(
        title="A", approved=True, categories={"administrative": "5"}, completed_on=dt.date(2024, 1, 1)
    )
    make_activity(title="B", categories={"clinical": "5"}, completed_on=dt.date(2025, 6, 1))
    make_activity(
        title="C", categories={"clinical": "5"}, completed_on=dt.date(2021, 1, 1), excluded_from=[cma]
    )

    def titles(**filters):
        return [a.title for a in selectors.activity_list(user=user, **filters)]

    assert titles() == ["B", "A", "C"]
    assert titles(ordering="title") == ["A", "B", "C"]
    assert titles(ordering="drop table") == ["B", "A", "C"]
    assert titles(category="clinical") == ["B", "C"]
    assert titles(approved=True) == ["A"]
    assert titles(date_from=dt.date(2024, 6, 1)) == ["B"]
    assert titles(date_to=dt.date(2024, 6, 1)) == ["A", "C"]
    assert titles(credential=cma) == ["B", "A"]
    assert titles(cycle=ccma.cycles.get()) == ["B"]


def test_r_cma_11_cpr_card_filters_as_approved_clinical_even_if_unticked(user, cma, make_activity):
    make_activity(title="Card", kind="cpr", amount="1", approved=False)
    make_activity(title="College", kind="college", amount="1", categories={"general": "1"})
    make_activity(title="Plain", amount="2", categories={"general": "2"})

    def titles(**filters):
        return sorted(a.title for a in selectors.activity_list(user=user, **filters))

    assert titles(approved=True) == ["Card"]
    assert titles(approved=False) == ["College", "Plain"]
    assert titles(category="clinical") == ["Card"]
    assert titles(category="general") == ["College", "Plain"]


def test_dashboard_in_order_of_urgency_with_each_next_deadline(user):
    today = TODAY
    # CCMA expiring in 300 days, CCMA expiring in 20, a CMA in its CE months, a lapsed CCMA.
    later = services.credential_create(
        owner=user,
        program="ccma-nha",
        certified_on=today + dt.timedelta(days=300) - dt.timedelta(days=731),
        today=today,
        confirmed=True,
    )
    soon = services.credential_create(
        owner=user,
        program="ccma-nha",
        number="NHA-2",
        certified_on=dt.date(2024, 12, 17),
        today=today,
        confirmed=True,
    )
    grace = services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2021, 10, 5), today=today
    )
    lapsed = services.credential_create(
        owner=user,
        program="ccma-nha",
        number="NHA-3",
        certified_on=dt.date(2020, 1, 1),
        today=today,
        confirmed=True,
    )
    order = [p.credential.pk for p in selectors.dashboard_get(user=user, today=today)]
    assert order == [grace.pk, lapsed.pk, soon.pk, later.pk]
    by_pk = {p.credential.pk: p for p in selectors.dashboard_get(user=user, today=today)}
    assert by_pk[soon.pk].next_deadline.sentence == "Expiry: Dec 17, 2026, in 20 days."
    assert by_pk[grace.pk].next_deadline.label == "CE deadline"
    assert by_pk[grace.pk].next_deadline.on == dt.date(2027, 1, 31)
    assert by_pk[lapsed.pk].next_deadline is None


def test_r_rma_3_annual_fee_is_the_next_deadline_when_sooner(user):
    rma = services.credential_create(
        owner=user, program="rma-amt", certified_on=dt.date(2025, 12, 15), today=TODAY
    )
    (progress,) = selectors.dashboard_get(user=user, today=TODAY)
    assert progress.credential == rma
    assert progress.next_deadline.sentence == "Annual fee: Dec 15, 2026, in 18 days."
    assert [d.label for d in progress.deadlines] == ["Annual fee", "Expiry"]


def test_a_lapsed_credential_with_full_points_says_only_what_remains(user, meet):
    """Issue 22: a CMA with 60/60 points past its CE deadline never reads "You can apply to
    recertify" beside "The CE route closed"; it shows no CE bars, and a new course is not
    questioned on its account."""
    cma = services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2019, 6, 3), number="9", today=TODAY
    )
    meet(cma, dt.date(2020, 1, 1))
    (progress,) = selectors.dashboard_get(user=user, today=TODAY)
    assert progress.result.met and not progress.ce_open
    assert progress.gap_sentence == "" and not progress.shows_ce_progress
    assert progress.closed_route_text
    course = CEActivity(owner=user, title="Late", completed_on=TODAY, kind="ce", amount=Decimal("0.5"))
    assert selectors.activity_shortfalls_get(activity=course, shares={}, excluded=[], today=TODAY) == []
    services.credential_create(owner=user, program="ccma-nha", certified_on=dt.date(2026, 1, 5), today=TODAY)
    course.completed_on = dt.date(2029, 1, 1)  # a CCMA that can still use CE is asked, as before
    asked = selectors.activity_shortfalls_get(activity=course, shares={}, excluded=[], today=TODAY)
    assert [line.split(":")[0] for line in asked] == ["Toward your CCMA (NHA)"]


def test_the_next_line_gives_a_date_only_when_the_countdown_does_not(user):
    """Issue 22 item 1: one date, said once. A current credential's countdown already names the
    expiry; the CE deadline of an expired CMA and a sooner RMA annual fee get their own line."""
    today = dt.date(2026, 11, 27)
    services.credential_create(owner=user, program="ccma-nha", certified_on=dt.date(2025, 6, 1), today=today)
    services.credential_create(owner=user, program="cma-aama", certified_on=dt.date(2021, 10, 5), today=today)
    services.credential_create(owner=user, program="rma-amt", certified_on=dt.date(2025, 12, 15), today=today)
    lines = {p.credential.program: p.next_line for p in selectors.dashboard_get(user=user, today=today)}
    assert lines == {
        "ccma-nha": "",
        "cma-aama": "Next: CE deadline: Jan 31, 2027, in 65 days.",
        "rma-amt": "Next: Annual fee: Dec 15, 2026, in 18 days.",
    }


def test_activities_with_parts_loads_every_share_and_exclusion_in_three_queries(
    user, cma, ccma, make_activity, django_assert_num_queries, django_user_model
):
    """The PDF, the audit pack and the exports read each activity's parts from this one load (issue 26):
    the same shares and exclusions as the related managers, only the person's, in three queries."""
    split = make_activity(title="Split", categories={"clinical": "2", "general": "3"})
    excluded = make_activity(title="Excluded", excluded_from=[ccma])
    make_activity(title="Plain")
    stranger = django_user_model.objects.create_user(email="other@example.com", password="x" * 16)
    make_activity(owner=stranger, title="Not mine")
    with django_assert_num_queries(3):
        loaded = selectors.activities_with_parts(owner_id=user.pk, ordering=("completed_on", "pk"))
        parts = {
            a.title: ({s.category: s.amount for s in a.category_shares()}, a.excluded_credential_ids())
            for a in loaded
        }
    assert set(parts) == {"Split", "Excluded", "Plain"}
    for activity in (split, excluded):
        fresh = CEActivity.objects.get(pk=activity.pk)
        assert parts[activity.title] == (
            {s.category: s.amount for s in fresh.shares.all()},
            [c.pk for c in fresh.excluded_from.all()],
        )
    assert parts["Split"][0] == {"clinical": Decimal("2"), "general": Decimal("3")}
    assert parts["Excluded"][1] == [ccma.pk]
