"""Every page of the app, for the demo person (python manage.py seed_demo: a credential in each
status, realistic CE, certificates), at 360 and 1280 px: it loads without a server error, nothing
scrolls sideways on a phone, axe finds nothing serious or critical, and a full-page screenshot is
kept under artifacts/screenshots/pages/<name>-<width>.png.

`make screenshots` runs only this file and copies the shots, shrunk, to docs/screenshots/
(scripts/screenshots.sh). Each width is one test that visits every page and reports every page
that fails, so one bad page never hides another, nor leaves the gallery half made."""

from __future__ import annotations

import io
import re

import pytest
from django.core.management import call_command

from accounts.management.commands.seed_demo import DEMO_EMAIL
from accounts.models import User
from credentials.models import CEActivity, Credential
from tests.e2e.conftest import SCREENSHOTS
from tests.e2e.test_accessibility import AXE, serious

PAGES = SCREENSHOTS / "pages"
HEIGHTS = {360: 740, 1280: 800}

PUBLIC = [
    ("welcome", "/welcome/"),
    ("rules", "/rules/"),
    ("login", "/accounts/login/"),
    ("signup", "/accounts/signup/"),
    ("password-reset", "/accounts/password_reset/"),
]
SIGNED_IN = [
    ("dashboard", "/"),
    ("activities", "/activities/"),
    ("activity-add", "/activities/add/"),
    ("activity-edit", "/activities/{activity}/edit/"),
    ("credential-add", "/credentials/add/"),
    ("calendar", "/calendar/"),
    ("reminders", "/reminders/"),
    ("inbox", "/inbox/"),
    ("import", "/activities/import/"),
    ("import-format", "/activities/import/format/"),
    ("profile", "/accounts/profile/"),
    ("password-change", "/accounts/password_change/"),
]
# A credential's own pages, where its detail page offers them (a card has no exam, for one).
CREDENTIAL_PAGES = [("edit", "edit/"), ("exam", "exam/"), ("recertify", "recertify/"), ("plan", "plan/")]
CREDENTIAL_PAGES += [("audit-pack", "audit-pack/")]
NOT_FOUND = ("not-found", "/no-such-page/")


@pytest.fixture
def demo():
    """The demo person as seed_demo makes them, with one activity that has its certificate."""
    call_command("seed_demo", stdout=io.StringIO())
    user = User.objects.get(email=DEMO_EMAIL)
    activity = CEActivity.objects.filter(owner=user).exclude(certificate="").order_by("completed_on").first()
    assert activity is not None, "seed_demo should keep certificates with some activities"
    return user, activity


def check(page, width: int, name: str, url: str, *, status: int = 200) -> list[str]:
    """Visit ``url``, take its screenshot and return what is wrong with it."""
    problems = []
    response = page.goto(url)
    if response is None or response.status != status:
        problems.append(f"{name}: HTTP {response.status if response else 'none'}, expected {status}")
    if status == 200 and page.url.split("#")[0] != url:
        problems.append(f"{name}: redirected to {page.url}")
    page.screenshot(path=str(PAGES / f"{name}-{width}.png"), full_page=True)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    if scroll_width > width:
        problems.append(f"{name}: scrolls sideways ({scroll_width} px wide at {width})")
    problems += [f"{name}: {violation}" for violation in serious(AXE.run(page))]
    return problems


@pytest.mark.parametrize("width", HEIGHTS)
def test_every_page_loads_fits_passes_axe_and_is_photographed(
    page, context, live_server, log_in, demo, width
):
    user, activity = demo
    PAGES.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": width, "height": HEIGHTS[width]})
    base = live_server.url
    problems = []
    for name, path in PUBLIC:
        problems += check(page, width, name, base + path)

    log_in(context, user)
    for name, path in SIGNED_IN:
        problems += check(page, width, name, base + path.format(activity=activity.pk))
    credentials = Credential.objects.filter(owner=user).order_by("pk")
    assert credentials.count() >= 4  # CMA, CCMA, RMA and a CPR/BLS card
    offered_by_cma = set()
    for credential in credentials:
        detail = f"{base}/credentials/{credential.pk}/"
        slug = f"credential-{re.sub(r'[^a-z0-9]+', '-', credential.program.lower()).strip('-')}"
        problems += check(page, width, slug, detail)
        links = set(page.eval_on_selector_all("main a[href]", "links => links.map(a => a.href)"))
        for part, suffix in CREDENTIAL_PAGES:
            if detail + suffix in links:
                problems += check(page, width, f"{slug}-{part}", detail + suffix)
                if credential.program == "cma-aama":
                    offered_by_cma.add(part)
    # The demo CMA offers every one of its pages, so none can drop out of the gallery unseen.
    assert offered_by_cma == {part for part, _suffix in CREDENTIAL_PAGES}

    problems += check(page, width, NOT_FOUND[0], base + NOT_FOUND[1], status=404)
    assert problems == [], "\n".join(problems)
