"""Browser journeys for what a person must not record by accident (issue: numbers to trust)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import User
from credentials import services
from credentials.activity_input import ActivityInput
from credentials.models import CEActivity, Credential


def person(email: str, **credential) -> tuple[User, Credential]:
    user = User.objects.create_user(email, "a long pass phrase 42", full_name="Zoë Ångström")
    return user, services.credential_create(owner=user, program="cma-aama", **credential)


def log_aama(user, day, **points):
    for category, amount in points.items():
        services.activity_create(
            owner=user,
            data=ActivityInput.of(
                title=f"{category} course",
                completed_on=day,
                unit="aama_ceus",
                amount=Decimal(amount),
                categories={category: Decimal(amount)},
            ),
        )


def test_recertify_by_ce_is_refused_until_met_and_the_override_asks_for_the_new_expiry(
    page, context, live_server, log_in, shot
):
    today = timezone.localdate()
    user, cma = person("short@example.com", certified_on=today - relativedelta(years=4))
    log_aama(user, today - relativedelta(years=3), administrative="20", clinical="20")
    log_in(context, user)
    page.goto(f"{live_server.url}/credentials/{cma.pk}/recertify/")
    # Not met: the page says what is missing and does not offer the CE route at all.
    expect(page.get_by_test_id("recertify-not-met")).to_contain_text("10 general")
    expect(page.get_by_label(re.compile("By continuing education"))).to_have_count(0)
    shot("not-met")
    page.get_by_label("Date you recertified").fill(today.isoformat())
    page.get_by_label(re.compile("accepted my application")).check()
    page.get_by_role("button", name="Start my next recertification period").click()
    expect(page.locator("#div_id_new_expires_on")).to_contain_text("Enter the new expiry date printed")
    assert cma.cycles.count() == 1
    new_expiry = today + relativedelta(years=5)
    page.get_by_label("New expiry date printed on your renewal").fill(new_expiry.isoformat())
    page.get_by_role("button", name="Start my next recertification period").click()
    expect(page.get_by_role("alert").filter(has_text="Congratulations")).to_be_visible()
    current = cma.cycles.get(closed_on__isnull=True)
    assert (current.starts_on, current.expires_on) == (today, new_expiry)
    shot("override-recorded")


def test_recertify_by_ce_when_met_then_undo(page, context, live_server, log_in, shot):
    today = timezone.localdate()
    user, cma = person("met@example.com", certified_on=today - relativedelta(years=4))
    log_aama(user, today - relativedelta(years=3), administrative="20", clinical="20", general="20")
    log_in(context, user)
    page.goto(f"{live_server.url}/credentials/{cma.pk}/")
    page.get_by_role("link", name="I recertified: start my next period").click()
    expect(page.get_by_test_id("recertify-met")).to_contain_text("All CE requirements are met")
    page.get_by_label(re.compile("By continuing education")).check()
    page.get_by_label("Date you recertified").fill(today.isoformat())
    page.get_by_role("button", name="Start my next recertification period").click()
    expect(page.get_by_role("alert").filter(has_text="Congratulations")).to_be_visible()
    assert cma.cycles.count() == 2
    shot("recertified")
    page.get_by_role("button", name="Undo this recertification").click()
    expect(page.get_by_role("alert").filter(has_text="Recertification undone")).to_be_visible()
    assert cma.cycles.count() == 1
    assert cma.cycles.get().closed_on is None
    expect(page.get_by_role("button", name="Undo this recertification")).to_have_count(0)


def test_a_duplicate_asks_before_saving_and_keeps_what_was_typed(page, context, live_server, log_in, shot):
    today = timezone.localdate()
    user, _ = person("dup@example.com", certified_on=today - relativedelta(years=2))
    day = today - dt.timedelta(days=30)
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="EKG basics",
            completed_on=day,
            unit="contact_hours",
            amount=Decimal(2),
            categories={"clinical": Decimal(2)},
        ),
    )
    log_in(context, user)
    page.goto(live_server.url + "/activities/add/")
    page.get_by_label("Title").fill("EKG basics")
    page.get_by_label("Provider").fill("Clínica Señora")
    page.get_by_label("Completion date").fill(day.isoformat())
    page.get_by_label("Amount").fill("2")
    page.get_by_label(re.compile("Contact hours")).check()
    page.get_by_label("Category").select_option("clinical")
    page.get_by_role("button", name="Save activity").click()
    expect(page.get_by_test_id("confirm")).to_contain_text("You already logged “EKG basics”")
    expect(page.get_by_label("Provider")).to_have_value("Clínica Señora")
    assert CEActivity.objects.filter(owner=user).count() == 1
    shot("asks")
    page.get_by_role("button", name="Save anyway").click()
    expect(page.get_by_role("alert").filter(has_text="“EKG basics” saved")).to_be_visible()
    assert CEActivity.objects.filter(owner=user).count() == 2


def test_one_cpr_card_counts_toward_the_cma_and_tracks_its_own_renewal(
    page, context, live_server, log_in, shot
):
    today = timezone.localdate()
    user, _ = person("card@example.com", certified_on=today - relativedelta(years=2))
    issued = today - dt.timedelta(days=40)
    log_in(context, user)
    page.goto(live_server.url + "/activities/add/")
    page.get_by_label("Title").fill("BLS provider card")
    page.get_by_label("Completion date").fill(issued.isoformat())
    page.get_by_label("Amount").fill("1")
    page.get_by_label(re.compile("CPR/BLS card")).check()
    expect(page.get_by_label("Category")).to_be_hidden()  # always clinical
    page.get_by_role("button", name="Save activity").click()
    expect(page.get_by_role("alert").filter(has_text="saved")).to_be_visible()
    page.goto(live_server.url + "/")
    cards = page.locator("section.credential-card")
    expect(cards).to_have_count(2)
    cma_card = cards.filter(has_text="CMA (AAMA)")
    expect(cma_card.get_by_role("progressbar").first).to_have_attribute("aria-valuenow", "4")
    card = cards.filter(has_text="CPR/BLS card")
    expect(card.locator("[data-status]")).to_have_text("Current")
    expect(card.get_by_role("link", name="Log my new card")).to_be_visible()
    expect(card.get_by_role("link", name="Summary PDF")).to_have_count(0)
    shot("dashboard")
    card.get_by_role("link", name="Details").click()
    expect(page.get_by_role("link", name="I recertified: start my next period")).to_have_count(0)
    expect(page.get_by_role("link", name=re.compile("Audit pack"))).to_have_count(0)
    shot("card-page")
    assert CEActivity.objects.filter(owner=user).count() == 1  # entered once
    bls = Credential.objects.get(owner=user, program="bls")
    assert bls.cycles.get().starts_on == issued


def test_dashboard_orders_credentials_by_urgency(page, context, live_server, log_in, shot):
    today = timezone.localdate()
    user = User.objects.create_user("order@example.com", "a long pass phrase 42", full_name="Ori Order")

    def ccma(expires_in_days: int, number: str) -> None:
        services.credential_create(
            owner=user,
            program="ccma-nha",
            certified_on=today + dt.timedelta(days=expires_in_days) - relativedelta(months=24),
            number=number,
            confirmed=True,
        )

    ccma(300, "LATER")
    ccma(-40, "LAPSED")
    ccma(20, "SOON")
    log_in(context, user)
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/")
    numbers = page.locator("section.credential-card").locator("p", has_text="No.")
    expect(numbers).to_have_text(["No. LAPSED", "No. SOON", "No. LATER"])
    soon = page.locator("section.credential-card").nth(1)
    expect(soon.get_by_test_id("countdown")).to_have_text(re.compile(r"^20 days until it expires on "))
    expect(soon.get_by_test_id("next-deadline")).to_have_count(0)  # the same date, not said twice
    shot("ordered")


def test_pace_plan_chart_renders_on_a_phone(page, context, live_server, log_in, shot):
    today = timezone.localdate()
    user, cma = person("pace@example.com", certified_on=today - relativedelta(years=3))
    log_aama(user, today - relativedelta(years=2), administrative="12", clinical="8")
    log_in(context, user)
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{live_server.url}/credentials/{cma.pk}/plan/")
    chart = page.get_by_test_id("pace-chart")
    expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert 200 < box["width"] <= 360
    expect(page.get_by_test_id("pace")).to_contain_text("In total")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360  # no sideways scrolling
    shot("plan-phone")


def test_a_double_click_on_save_logs_the_course_once(page, context, live_server, log_in):
    user, _ = person("double@example.com", certified_on=timezone.localdate() - relativedelta(years=1))
    log_in(context, user)
    page.goto(f"{live_server.url}/activities/add/")
    page.get_by_label("Title").fill("Infection control")
    page.get_by_label("Amount").fill("2")
    page.get_by_label("AAMA CEUs").check()
    page.get_by_label("Category").select_option("clinical")
    save = page.get_by_role("button", name="Save activity")
    # The script disables the button once the form is on its way; the server ignores a repeat.
    save.dblclick()
    expect(page.get_by_role("alert").filter(has_text="Infection control")).to_be_visible()
    assert CEActivity.objects.filter(owner=user, title="Infection control").count() == 1
