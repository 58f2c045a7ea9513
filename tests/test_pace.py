"""The pace plan (rules.pace_plan): points a month to the target, per requirement, with planned
courses, and the warnings; its page and chart."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from credentials import rules, selectors, services
from credentials.activity_input import ActivityInput
from credentials.rules import PROGRAMS, Credit, evaluate

D = Decimal
CMA = PROGRAMS["cma-aama"]


def plan(credits, today, certified_on=dt.date(2022, 11, 10), realistic="10"):
    result = evaluate(CMA, certified_on=certified_on, credits=credits, today=today)
    return rules.pace_plan(result, realistic_per_month=D(realistic))


@pytest.mark.parametrize(
    ("today", "months", "total"),
    [
        # Expires 30 Nov 2027: 368 days = 12.1 months; 60 points -> 5.0 a month (rounded up).
        (dt.date(2026, 11, 27), D("12.1"), D("5.0")),
        # 30 days left: 1.0 month; all 60 points in one month.
        (dt.date(2027, 10, 31), D("1.0"), D("60.0")),
        # Expired 30 Nov 2027, CE route open to 29 Feb 2028: 89 days = 2.9 months (R-CMA-9).
        (dt.date(2027, 12, 2), D("2.9"), D("20.7")),
    ],
)
def test_pace_to_the_target(today, months, total):
    p = plan([], today)
    assert (p.months, p.per_month) == (months, total)
    assert p.target == (dt.date(2027, 11, 30) if today <= dt.date(2027, 11, 30) else dt.date(2028, 2, 29))


def test_pace_per_category_and_approved():
    credits = [Credit(dt.date(2023, 1, 1), D(20), category="administrative", approved=True)]
    p = plan(credits, dt.date(2026, 11, 27))
    assert [(line.label, line.points, line.per_month) for line in p.lines] == [
        ("In total", D(40), D("3.4")),  # 40 / 12.1, rounded up
        ("Clinical", D(10), D("0.9")),
        ("General", D(10), D("0.9")),
        ("AAMA-approved", D(10), D("0.9")),
    ]


def test_planned_courses_lower_the_pace():
    credits = [Credit(dt.date(2027, 3, 1), D(30), category="clinical", approved=True)]
    p = plan(credits, dt.date(2026, 11, 27))
    assert (p.per_month, p.per_month_with_planned) == (D("5.0"), D("2.5"))


@pytest.mark.parametrize(("realistic", "unrealistic"), [("10", False), ("4", True)])
def test_unrealistic_pace_warning_threshold(realistic, unrealistic):
    assert plan([], dt.date(2026, 11, 27), realistic=realistic).unrealistic is unrealistic


def test_r_cma_14_processing_warning_on_the_plan():
    credits = [Credit(dt.date(2023, 1, 1), D(10), category="clinical")]
    assert plan(credits, dt.date(2027, 11, 10)).processing_warning is True


@pytest.mark.django_db
def test_plan_page_and_chart(client, user, cma, make_activity):
    make_activity(amount="12", approved=True, completed_on=dt.date(2024, 6, 1))
    client.force_login(user)
    content = client.get(reverse("credential_plan", args=[cma.pk])).content.decode()
    assert 'data-testid="pace"' in content
    assert (
        "<svg" in content
        and 'role="img"' in content
        and "<script" not in content.split("<main")[1].split("</main>")[0]
    )
    progress = selectors.cycle_progress_get(cycle=cma.cycles.get(), today=dt.date.today(), fresh=True)
    _, chart = selectors.pace_get(progress=progress)
    assert chart.pace in content and f'cx="{chart.counted_x}"' in content
    for _, label in chart.y_ticks + chart.x_ticks:
        assert f">{label}</text>" in content


def test_the_chart_zooms_to_today_to_the_target_with_numbered_axes():
    """Issue 22 item 3: x runs from today to the target, y is numbered in round steps."""
    from types import SimpleNamespace

    today = dt.date(2026, 12, 6)
    result = evaluate(
        CMA,
        certified_on=dt.date(2022, 3, 10),
        credits=[
            Credit(dt.date(2023, 5, 1), D("14.5"), category="clinical", approved=True),
            Credit(dt.date(2027, 1, 15), D("6"), category="general", approved=True),
        ],
        today=today,
    )
    progress = SimpleNamespace(result=result, program=CMA)
    _, chart = selectors.pace_get(progress=progress)
    c = selectors.PaceChart
    assert (chart.today, chart.target) == (today, dt.date(2027, 3, 31))
    assert chart.pace == f"{c.LEFT}.0,{chart.counted_y} {c.WIDTH - c.RIGHT}.0,{chart.goal_y}"
    assert [label for _, label in chart.y_ticks] == ["0", "15", "30", "45", "60"]
    assert [label for _, label in chart.x_ticks] == ["Jan 2027", "Feb", "Mar"]
    # 14.5 of 60 on a 0-60 axis of 140 units: 14.5 / 60 of the way up.
    assert chart.counted_y == round(c.HEIGHT - c.BOTTOM - (c.HEIGHT - c.BOTTOM - c.TOP) * 14.5 / 60, 1)
    # The planned course on 15 Jan: a step from 14.5 to 20.5 at its day.
    jan15 = round(c.LEFT + (c.WIDTH - c.RIGHT - c.LEFT) * 40 / 115, 1)
    assert f"{jan15},{chart.counted_y}" in chart.planned


@pytest.mark.django_db
def test_plan_is_404_for_a_card_and_for_another_person(client, user, other_user, cma):
    card = services.credential_create(owner=user, program="bls", certified_on=dt.date(2025, 7, 14))
    client.force_login(user)
    assert client.get(reverse("credential_plan", args=[card.pk])).status_code == 404
    client.force_login(other_user)
    assert client.get(reverse("credential_plan", args=[cma.pk])).status_code == 404


@pytest.mark.django_db
def test_a_current_cma_behind_pace_is_not_a_plain_green_current(client, user):
    """Issue 22: certified March 2022, 14.5 of 60 points, 115 days left: 45.5 points in under four
    months is more than people manage, and the card says so beside the status, in words."""
    today = dt.date(2026, 12, 6)
    cma = services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2022, 3, 10), number="1", today=today
    )
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Course",
            completed_on=dt.date(2023, 5, 1),
            unit="aama_ceus",
            amount=Decimal("14.5"),
            categories={"clinical": Decimal("14.5")},
        ),
        today=today,
    )
    (progress,) = selectors.dashboard_get(user=user, today=today)
    assert progress.result.status == rules.CURRENT and progress.result.days_left == 115
    assert (progress.behind, progress.status_key, progress.status_label) == (True, "behind", "Behind pace")
    assert progress.pace_sentence.startswith(
        "That is about 12 points a month until the expiry on Mar 31, 2027: more than most people manage"
    )
    # One date on the "Next" line, the exam's dates in a sentence of their own (R-CMA-13).
    assert progress.next_deadline.label == "Expiry"
    assert progress.exam_route_sentence == (
        "Or recertify by exam without a lapse: pass it by Jan 31, 2027, "
        "with your application in by Mar 1, 2027."
    )
    on_track = dt.date(2023, 6, 1)  # the same points with years to go
    (calm,) = selectors.dashboard_get(user=user, today=on_track)
    assert (calm.behind, calm.status_label, calm.exam_route_sentence) == (False, "Current", "")
    assert calm.pace_sentence.endswith("until the expiry on Mar 31, 2027.")
    assert cma.pk == progress.credential.pk


@pytest.mark.django_db
def test_the_dashboard_puts_a_credential_behind_pace_first_and_says_it_in_words(client, user, monkeypatch):
    from django.utils import timezone

    today = dt.date(2026, 12, 6)
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: today)
    services.credential_create(owner=user, program="ccma-nha", certified_on=dt.date(2025, 6, 1), today=today)
    services.credential_create(owner=user, program="cma-aama", certified_on=dt.date(2022, 3, 10), today=today)
    client.force_login(user)
    html = client.get(reverse("dashboard")).content.decode()
    assert 'data-status="behind">Behind pace</span>' in html
    assert html.index("CMA (AAMA)") < html.index("CCMA (NHA)")


@pytest.mark.django_db
def test_the_plan_of_a_lapsed_cma_offers_no_ce_pace_toward_a_past_deadline(client, user):
    cma = services.credential_create(
        owner=user,
        program="cma-aama",
        certified_on=dt.date(2019, 6, 3),
        number="9",
        today=dt.date(2026, 1, 1),
    )
    client.force_login(user)
    html = client.get(reverse("credential_plan", args=[cma.pk])).content.decode()
    assert 'data-testid="ce-closed"' in html
    assert (
        'data-testid="pace"' not in html and "a month" not in html.split('data-testid="ce-closed"')[1][:400]
    )
