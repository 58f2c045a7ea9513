"""The error pages in a browser (the live server runs with DEBUG off): axe finds nothing serious,
at a phone's width and a desktop's, and an expired form says so in plain words."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.urls import include, path
from playwright.sync_api import expect

from tests.e2e.test_accessibility import AXE, serious


def _raises(error: BaseException):
    def view(request):
        raise error

    return view


# A URLconf for these tests only (@pytest.mark.urls), beside the app's own.
urlpatterns = [
    path("boom/403/", _raises(PermissionDenied())),
    path("boom/400/", _raises(SuspiciousOperation())),
    path("boom/500/", _raises(RuntimeError("boom"))),
    path("", include("recert.urls")),
]

PAGES = [
    ("/no-such-page/", 404, "We can't find that page"),
    ("/boom/403/", 403, "You can't open this page"),
    ("/boom/400/", 400, "We couldn't understand that request"),
    ("/boom/500/", 500, "Something went wrong on our side"),
]
WIDTHS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}


@pytest.mark.urls("tests.e2e.test_error_pages")
@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize(("path", "status", "heading"), PAGES, ids=[str(p[1]) for p in PAGES])
def test_error_pages_have_no_serious_violations(page, live_server, shot, path, status, heading, width):
    page.set_viewport_size(WIDTHS[width])
    response = page.goto(live_server.url + path)
    assert response.status == status
    expect(page.get_by_role("heading", level=1, name=heading)).to_be_visible()
    expect(page.get_by_role("link", name="Go to the home page")).to_be_visible()
    # Styled like the site: the navbar has the brand colour, not a browser's default page.
    colour = page.locator("nav.navbar").evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour == "rgb(11, 93, 102)"
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    assert serious(AXE.run(page)) == []
    shot(f"{status}-{width}")


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_a_form_sent_after_it_expired_explains_itself(page, context, live_server, shot, width):
    page.set_viewport_size(WIDTHS[width])
    page.goto(live_server.url + "/accounts/login/")
    context.clear_cookies()  # the form's token no longer matches any cookie, as after a long wait
    page.get_by_label("Email address").fill("someone@example.com")
    page.get_by_label("Password").fill("a long pass phrase 42")
    with page.expect_response(re.compile(r"/accounts/login/")) as sent:
        page.get_by_role("button", name=re.compile("Log in")).click()
    assert sent.value.status == 403
    expect(page.get_by_role("heading", level=1, name="This page has expired")).to_be_visible()
    expect(page.get_by_text("Nothing was saved.")).to_be_visible()
    assert serious(AXE.run(page)) == []
    shot(f"csrf-{width}")
