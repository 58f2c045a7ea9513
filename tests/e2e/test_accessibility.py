"""axe-core on every main page, and the add-activity journey by keyboard alone."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from axe_playwright_python.sync_playwright import Axe
from dateutil.relativedelta import relativedelta
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import User
from credentials import services
from credentials.activity_input import ActivityInput
from credentials.models import CEActivity

AXE = Axe()


def serious(results) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.fixture
def person():
    user = User.objects.create_user("axe@example.com", "a long pass phrase 42", full_name="Axe Person")
    credential = services.credential_create(
        owner=user, program="cma-aama", certified_on=timezone.localdate() - relativedelta(years=4)
    )
    services.credential_create(
        owner=user, program="ccma-nha", certified_on=timezone.localdate() - relativedelta(months=23)
    )
    activity = services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Ethics",
            completed_on=timezone.localdate() - dt.timedelta(days=50),
            amount=Decimal(5),
            approved=True,
            categories={"administrative": Decimal(5)},
        ),
    )
    return user, credential, activity


PUBLIC = [
    "/welcome/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/signup/done/",
    "/accounts/password_reset/",
    "/accounts/activate/MQ/not-a-token/",  # the "link does not work" page
]


@pytest.mark.parametrize("path", PUBLIC)
def test_public_pages_have_no_serious_violations(page, live_server, path, shot):
    page.goto(live_server.url + path)
    assert serious(AXE.run(page)) == []


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/activities/",
        "/activities/add/",
        "/credentials/add/",
        "/credentials/{credential}/",
        "/credentials/{credential}/edit/",
        "/credentials/{credential}/exam/",
        "/credentials/{credential}/recertify/",
        "/activities/{activity}/edit/",
        "/accounts/profile/",
        "/accounts/profile/delete/",
        "/inbox/",
        "/activities/import/",
        "/activities/import/format/",
        "/accounts/password_change/",
    ],
)
def test_signed_in_pages_have_no_serious_violations(page, context, live_server, log_in, person, path):
    user, credential, activity = person
    log_in(context, user)
    page.goto(live_server.url + path.format(credential=credential.pk, activity=activity.pk))
    assert page.url.startswith(live_server.url + path.format(credential=credential.pk, activity=activity.pk))
    assert serious(AXE.run(page)) == []


def test_form_with_errors_has_no_serious_violations(page, context, live_server, log_in, person):
    log_in(context, person[0])
    page.goto(live_server.url + "/activities/add/")
    page.get_by_role("button", name="Save activity").click()
    expect(page.get_by_text("Please correct the highlighted field")).to_be_visible()
    assert serious(AXE.run(page)) == []


def test_add_activity_by_keyboard_alone(page, context, live_server, log_in, person, shot):
    user = person[0]
    log_in(context, user)
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    expect(page.get_by_text("Skip to main content")).to_be_focused()

    def tab_to(locator, limit=60):
        for _ in range(limit):
            page.keyboard.press("Tab")
            if locator.evaluate("el => el === document.activeElement"):
                return
        raise AssertionError(f"never reached {locator}")

    tab_to(page.get_by_role("link", name="Log an activity").first)
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_server.url + "/activities/add/")
    tab_to(page.get_by_label("Title"))
    page.keyboard.type("Keyboard course")
    tab_to(page.get_by_label("Amount"))
    page.keyboard.type("3")
    tab_to(page.get_by_label(re.compile("Contact hours")))  # the unit group: the checked radio
    page.keyboard.press("ArrowDown")  # AAMA CEUs
    tab_to(page.get_by_label("Category"))
    page.keyboard.press("ArrowDown")  # Administrative (the first real choice)
    # The focus ring must be visible on the focused control.
    outline = page.get_by_label("Category").evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"
    tab_to(page.get_by_role("button", name="Save activity"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert").filter(has_text="“Keyboard course” saved")).to_be_visible()
    activity = CEActivity.objects.get(owner=user, title="Keyboard course")
    assert (activity.amount, activity.approved) == (Decimal(3), True)
    assert list(activity.shares.values_list("category", flat=True)) == ["administrative"]
    shot("keyboard-saved")


def test_the_activation_page_has_no_serious_violations(page, live_server):
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    from accounts.services import activation_token

    user = User.objects.create_user("new@example.com", "a long pass phrase 42", is_active=False)
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    page.goto(f"{live_server.url}/accounts/activate/{uid}/{activation_token.make_token(user)}/")
    expect(page.get_by_role("heading", name="Finish creating your account")).to_be_visible()
    assert serious(AXE.run(page)) == []


def test_the_lockout_page_has_no_serious_violations(page, live_server):
    User.objects.create_user("locked@example.com", "a long pass phrase 42")
    for _ in range(6):
        page.goto(live_server.url + "/accounts/login/")
        page.get_by_label("Email address").fill("locked@example.com")
        page.get_by_label("Password").fill("wrong guess")
        page.get_by_role("button", name=re.compile("Log in")).click()
    expect(page.get_by_role("heading", name="Too many failed log-ins")).to_be_visible()
    assert serious(AXE.run(page)) == []
