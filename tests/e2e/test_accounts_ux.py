"""Issue 15, items 5-8 in a real Chromium: the password error under the password, the timezone
picked from the browser (static/js/timezone.js) and searchable by keyboard, the warning before a
log-in lockout and the lockout page, and the log-out landing. axe on every page changed."""

from __future__ import annotations

import re

import pytest
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from playwright.sync_api import expect

from recert.models import User
from recert.services import activation_token
from tests.e2e.conftest import SCREENSHOTS
from tests.e2e.test_accessibility import AXE, serious

PASSWORD = "a long pass phrase 42"
WIDTHS = (360, 1280)


@pytest.fixture
def browser_in(browser, live_server):
    """A new browser context with its own clock zone (and JavaScript, unless told otherwise)."""
    opened = []

    def open_page(*, timezone_id="America/New_York", java_script_enabled=True):
        context = browser.new_context(
            viewport={"width": 1280, "height": 900},
            locale="en-US",
            timezone_id=timezone_id,
            java_script_enabled=java_script_enabled,
        )
        opened.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        seen = []
        page.on("console", lambda msg: seen.append(msg.text) if "Security Policy" in msg.text else None)
        page.csp_violations = seen
        return page

    yield open_page
    for context in opened:
        context.close()


def shots(page, request, name: str) -> None:
    """The page at phone and desktop widths, under artifacts/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SCREENSHOTS / f"{request.node.name}-{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def activation_url(live_server, user) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return f"{live_server.url}/accounts/activate/{uid}/{activation_token.make_token(user)}/"


def log_in_cookie(page, live_server, client, user) -> None:
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


# --------------------------------------------------------------------------- 5. password rules


def test_a_too_short_password_is_shown_under_the_password(page, live_server, request):
    page.goto(live_server.url + "/accounts/signup/")
    rules = page.locator("#id_password1_helptext")
    expect(rules).to_contain_text("at least 8 characters")  # before anything is typed
    page.get_by_label("Email address").fill("new@example.com")
    page.get_by_role("textbox", name=re.compile(r"^Password\*?$")).fill("short1")
    page.get_by_label("Password again").fill("short1")
    page.get_by_role("button", name="Create my account").click()
    expect(page.locator("#div_id_password1 .invalid-feedback")).to_contain_text("too short")
    expect(page.locator("#div_id_password2 .invalid-feedback")).to_have_count(0)
    expect(page.get_by_role("textbox", name=re.compile(r"^Password\*?$"))).to_have_attribute(
        "aria-describedby", re.compile("id_password1_error")
    )
    assert serious(AXE.run(page)) == []
    shots(page, request, "signup-error")


def test_a_weak_new_password_is_shown_under_the_new_password(page, live_server, client, request):
    user = User.objects.create_user("ma@example.com", PASSWORD)
    log_in_cookie(page, live_server, client, user)
    page.goto(live_server.url + "/accounts/password_change/")
    expect(page.locator("#id_new_password1_helptext")).to_contain_text("at least 8 characters")
    page.get_by_label("Your current password").fill(PASSWORD)
    page.get_by_role("textbox", name=re.compile(r"^New password\*?$")).fill("12345678")
    page.get_by_label("New password again").fill("12345678")
    page.get_by_role("button", name="Change password").click()
    expect(page.locator("#div_id_new_password1 .invalid-feedback")).to_contain_text("entirely numeric")
    expect(page.locator("#div_id_new_password2 .invalid-feedback")).to_have_count(0)
    assert serious(AXE.run(page)) == []
    shots(page, request, "password-change-error")
