"""Issue 22 at 360 px: one story per credential on a phone. A CMA behind pace, a lapsed CMA with
all its points, a lapsed CCMA kept on the dashboard, and a recertification by CE recorded on the
day of the last course (R-CMA-6). Dates are relative to today, so the story holds on any day."""

from __future__ import annotations

import re
from decimal import Decimal

from axe_playwright_python.sync_playwright import Axe
from dateutil.relativedelta import relativedelta
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import User
from credentials import rules, services
from credentials.activity_input import ActivityInput

PHONE = {"width": 360, "height": 740}
AXE = Axe()


def _person(email: str) -> User:
    return User.objects.create_user(email, "a long pass phrase 42", full_name="Rosa Díaz")


def _log(user, day, amount, category, *, title="Course", approved=True):
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title=title,
            completed_on=day,
            unit="aama_ceus" if approved else "contact_hours",
            amount=Decimal(amount),
            categories={category: Decimal(amount)},
        ),
    )


def _phone(page, context, log_in, user):
    page.set_viewport_size(PHONE)
    log_in(context, user)


def _card(page, name: str):
    return page.locator("section.credential-card").filter(has=page.get_by_role("heading", name=name))


def _fits(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "scrolls sideways"
    violations = [
        v["id"] for v in AXE.run(page).response["violations"] if v["impact"] in ("serious", "critical")
    ]
    assert violations == []


def test_a_cma_behind_pace_says_so_in_words_first(page, context, live_server, log_in, shot):
    today = timezone.localdate()
    user = _person("behind@example.com")
    services.credential_create(
        owner=user, program="ccma-nha", certified_on=today - relativedelta(months=6), number="2"
    )
    cma = services.credential_create(
        owner=user, program="cma-aama", certified_on=today + relativedelta(months=4, years=-5), number="1"
    )
    _log(user, today - relativedelta(years=2), "5", rules.CLINICAL)
    _phone(page, context, log_in, user)
    page.goto(live_server.url + "/")
    first = page.locator("section.credential-card").first
    expect(first.get_by_role("heading")).to_have_text("CMA (AAMA)")  # behind pace goes first
    expect(first.locator("[data-status]")).to_have_text("Behind pace")
    expect(first.get_by_test_id("pace")).to_contain_text("points a month")
    expect(first.get_by_test_id("pace")).to_contain_text("more than most people manage")
    expect(first.get_by_test_id("exam-route")).to_contain_text("recertify by exam")
    expect(first.get_by_test_id("countdown")).to_contain_text("until it expires on")
    expect(first.get_by_test_id("gap")).to_contain_text("points left by")
    _fits(page)
    shot("dashboard-360")
    page.goto(f"{live_server.url}/credentials/{cma.pk}/plan/")
    expect(page.get_by_test_id("pace-chart")).to_be_visible()
    expect(page.get_by_test_id("pace-warning")).to_be_visible()
    _fits(page)
    shot("plan-360")


def test_a_lapsed_cma_with_full_points_offers_only_the_exam(page, context, live_server, log_in, shot):
    today = timezone.localdate()
    user = _person("lapsed@example.com")
    certified = today - relativedelta(months=70)
    services.credential_create(owner=user, program="cma-aama", certified_on=certified, number="3")
    for category in rules.CATEGORIES:
        _log(user, certified + relativedelta(years=1), "20", category, title=f"{category} course")
    _phone(page, context, log_in, user)
    page.goto(live_server.url + "/")
    card = _card(page, "CMA (AAMA)")
    expect(card.locator("[data-status]")).to_have_text("Expired")
    expect(card.get_by_test_id("closed-route")).to_contain_text("only by passing the exam")
    expect(card.get_by_role("link", name="I passed the exam")).to_be_visible()
    expect(card.get_by_role("link", name="Remove")).to_be_visible()
    expect(card.get_by_text("You can apply to recertify")).to_have_count(0)
    expect(card.get_by_role("progressbar")).to_have_count(0)
    _fits(page)
    shot("dashboard-360")
    card.get_by_role("link", name="I passed the exam").click()
    expect(page.get_by_role("heading", name="Record an attempt")).to_be_visible()


def test_a_lapsed_ccma_kept_on_the_dashboard_stays_out_of_the_way(page, context, live_server, log_in, shot):
    today = timezone.localdate()
    user = _person("ccma@example.com")
    services.credential_create(
        owner=user, program="ccma-nha", certified_on=today - relativedelta(months=30), number="4"
    )
    _phone(page, context, log_in, user)
    page.goto(live_server.url + "/")
    card = _card(page, "CCMA (NHA)")
    expect(card.locator("[data-status]")).to_have_text("Expired")
    expect(card.get_by_role("link", name="I was reinstated")).to_be_visible()
    expect(card.get_by_role("progressbar")).to_have_count(0)
    expect(card.get_by_text("to go")).to_have_count(0)
    _fits(page)
    shot("dashboard-360")
    # Logging CE is not questioned for a credential that could not use it.
    page.goto(live_server.url + "/activities/add/")
    page.get_by_label("Title").fill("Phlebotomy refresher")
    page.get_by_label("Completion date").fill(today.isoformat())
    page.get_by_label("Amount").fill("2")
    page.get_by_label(re.compile("Contact hours")).check()
    page.get_by_role("button", name="Save activity").click()
    expect(page.get_by_role("alert").filter(has_text="“Phlebotomy refresher” saved")).to_be_visible()
    expect(page.get_by_text("Please check before saving")).to_have_count(0)


def test_recertifying_by_ce_on_the_day_of_the_last_course(page, context, live_server, log_in, shot):
    today = timezone.localdate()
    user = _person("sameday@example.com")
    cma = services.credential_create(
        owner=user, program="cma-aama", certified_on=today - relativedelta(years=4, months=10), number="5"
    )
    earlier = today - relativedelta(years=1)
    _log(user, earlier, "20", rules.ADMINISTRATIVE, title="Billing")
    _log(user, earlier, "20", rules.GENERAL, title="Ethics")
    _log(user, earlier, "19", rules.CLINICAL, title="Vitals")
    _phone(page, context, log_in, user)
    # The last point, finished today, by the form.
    page.goto(live_server.url + "/activities/add/")
    page.get_by_label("Title").fill("Last clinical hour")
    page.get_by_label("Completion date").fill(today.isoformat())
    page.get_by_label("Amount").fill("1")
    page.get_by_label(re.compile("AAMA CEUs")).check()
    page.get_by_label("Category").select_option("clinical")
    page.get_by_role("button", name="Save activity").click()
    expect(page.get_by_role("alert").filter(has_text="“Last clinical hour” saved")).to_be_visible()
    page.goto(live_server.url + "/")
    card = _card(page, "CMA (AAMA)")
    expect(card.get_by_test_id("gap")).to_contain_text("You can apply to recertify")
    card.get_by_role("link", name="I recertified").click()
    expect(page.get_by_label("Date you recertified")).to_have_value(today.isoformat())
    page.get_by_label(re.compile("By continuing education")).check()
    _fits(page)
    shot("recertify-360")
    page.get_by_role("button", name="Start my next recertification period").click()
    expect(page.get_by_role("alert").first).not_to_contain_text("Please")
    closed = cma.cycles.get(closed_on__isnull=False)
    assert (closed.closed_on, closed.closed_by) == (today, "ce")
    page.goto(live_server.url + "/")
    card = _card(page, "CMA (AAMA)")
    expect(card.locator("[data-status]")).to_have_text("Current")
    expect(card.get_by_text("0 of 60")).to_be_visible()  # today's course stays in the closed period
    shot("dashboard-after-360")
