"""Issue 15's walkthrough in the browser: what a new user tripped over, each kept fixed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from dateutil.relativedelta import relativedelta
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import User
from credentials import services
from credentials.activity_input import ActivityInput
from tests.conftest import PDF_BYTES

# Everything a finger can hit on a page, except links inside a sentence (WCAG 2.5.5's inline
# exception) and the skip link (off screen until focused).
TAP_TARGETS = """() => [...document.querySelectorAll('a, button, input, select, textarea, summary')]
  .filter(el => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 1 && box.height > 1 && style.visibility !== 'hidden'
      && !el.closest('p') && !el.classList.contains('skip-link');
  })
  .map(el => {
    const box = el.getBoundingClientRect();
    return {what: el.outerHTML.slice(0, 80), width: box.width, height: box.height};
  })"""


def text_box(locator) -> dict:
    """Where the text itself is drawn (not its box, which may be wider)."""
    return locator.evaluate(
        """el => { const range = document.createRange(); range.selectNodeContents(el);
                   const box = range.getBoundingClientRect(); return {left: box.left, right: box.right}; }"""
    )


@pytest.fixture
def person():
    today = timezone.localdate()
    user = User.objects.create_user("walk@example.com", "a long pass phrase 42", full_name="Wal King")
    services.credential_create(
        owner=user, program="cma-aama", certified_on=today - relativedelta(years=2), number="CMA-1"
    )
    for days, title, unit, amount, certificate in [
        (10, "CPR", "contact_hours", "1", True),
        (
            20,
            "A very long course title about documentation of vital signs in the electronic "
            "health record for the ambulatory clinic",
            "aama_ceus",
            "12.5",
            False,
        ),
        (30, "Ethics", "nha_credits", "2", True),
        (40, "Lab safety", "contact_hours", "0.5", False),
    ]:
        services.activity_create(
            owner=user,
            data=ActivityInput.of(
                title=title,
                completed_on=today - dt.timedelta(days=days),
                unit=unit,
                amount=Decimal(amount),
                categories={"clinical": Decimal(amount)},
            ),
            certificate=SimpleUploadedFile("c.pdf", PDF_BYTES) if certificate else None,
            confirmed=True,
        )
    return user


# --------------------------------------------------------------------------- 3. the list on a phone


def test_the_activity_list_on_a_phone_keeps_amounts_in_one_place_and_big_tap_targets(
    page, context, live_server, log_in, person, shot
):
    log_in(context, person)
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/activities/")
    amounts = page.get_by_test_id("logged")
    assert amounts.count() == 4
    lefts = {round(text_box(amounts.nth(i))["left"]) for i in range(4)}
    assert len(lefts) == 1, f"the amounts jump left and right from row to row: {lefts}"
    small = [t for t in page.evaluate(TAP_TARGETS) if t["width"] < 44 or t["height"] < 44]
    assert small == [], small
    certificate = page.get_by_role("link", name="Certificate for Ethics")
    box = certificate.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44
    # A long title wraps inside its card: nothing scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    title = page.get_by_role("link", name="A very long course title", exact=False)
    card = page.locator("li.activity-row").filter(has=title)
    assert title.bounding_box()["height"] > 40  # more than one line
    title_box, card_box = title.bounding_box(), card.bounding_box()
    assert title_box["x"] + title_box["width"] <= card_box["x"] + card_box["width"]
    # The padding that makes a title easy to hit never covers the line under it.
    date_line = card.locator(".activity-what > div").first
    assert (
        title.locator("xpath=..").bounding_box()["y"] + title.locator("xpath=..").bounding_box()["height"]
        <= date_line.bounding_box()["y"] + 1
    )
    shot("phone")

    page.set_viewport_size({"width": 1280, "height": 800})
    rights = {round(text_box(amounts.nth(i))["right"]) for i in range(4)}
    assert len(rights) == 1, f"the amounts do not line up on the right: {rights}"


# --------------------------------------------------------------------------- 4. the activity form


def test_the_activity_form_starts_in_title_and_log_another_keeps_the_batch(
    page, context, live_server, log_in, person, shot
):
    log_in(context, person)
    page.goto(live_server.url + "/activities/add/")
    expect(page.get_by_label("Title")).to_be_focused()
    page.keyboard.type("Hand hygiene")
    page.get_by_label("Provider").fill("Mercy Hospital education")
    page.get_by_label("Completion date").fill("2026-01-15")
    page.get_by_label("Amount").fill("2")
    page.get_by_label("NHA CE credits").check()
    page.get_by_label("Category").select_option("clinical")
    page.get_by_role("button", name="Save and log another").click()
    expect(page.get_by_role("alert").filter(has_text="“Hand hygiene” saved")).to_be_visible()
    expect(page.get_by_label("Title")).to_be_focused()
    expect(page.get_by_label("Title")).to_have_value("")
    expect(page.get_by_label("Provider")).to_have_value("Mercy Hospital education")
    expect(page.get_by_label("Completion date")).to_have_value("2026-01-15")
    expect(page.get_by_label("NHA CE credits")).to_be_checked()
    shot("log-another")


def test_a_course_that_will_not_count_is_named_before_saving(
    page, context, live_server, log_in, person, shot
):
    log_in(context, person)
    page.goto(live_server.url + "/activities/add/")
    page.get_by_label("Title").fill("Lunch talk")
    page.get_by_label("Amount").fill("0.5")
    page.get_by_label("Category").select_option("general")
    page.get_by_role("button", name="Save activity").click()
    warning = page.get_by_test_id("confirm")
    expect(warning).to_contain_text(
        "Toward your CMA (AAMA) #CMA-1: Does not count: a non-AAMA activity must be at least 1 point"
    )
    assert not person.activities.filter(title="Lunch talk").exists()
    shot("will-not-count")
    page.get_by_role("button", name="Save anyway").click()
    expect(page.get_by_role("alert").filter(has_text="“Lunch talk” saved")).to_be_visible()
