"""Browser tests: Playwright drives Debian's Chromium against Django's live server."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# pytest-playwright runs an event loop in the main thread; the ORM calls of the tests and
# the live server are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("RECERT_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.django_db(transaction=True))


@pytest.fixture(scope="session")
def browser_type_launch_args():
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium is needed for the browser tests but {CHROMIUM} is missing. "
            "Install it with: sudo apt-get install chromium (make test does this when run as root).",
            pytrace=False,
        )
    return {"executable_path": CHROMIUM, "headless": True, "args": CHROMIUM_FLAGS}


@pytest.fixture(scope="session")
def browser_context_args():
    return {"viewport": {"width": 1280, "height": 900}, "locale": "en-US", "timezone_id": "America/New_York"}


@pytest.fixture
def shot(page, request):
    """Save a full-page screenshot of the current page under artifacts/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(name: str, target=None) -> Path:
        path = SCREENSHOTS / f"{request.node.name}-{name}.png".replace("/", "_")
        (target or page).screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def csp_violations(page):
    """Console errors about the Content Security Policy, collected while the test runs."""
    seen: list[str] = []
    page.on("console", lambda msg: seen.append(msg.text) if "Content Security Policy" in msg.text else None)
    return seen


@pytest.fixture
def log_in(live_server, client):
    """Log ``user`` into a browser context by handing it a session cookie."""

    def do(context, user):
        client.force_login(user)
        context.add_cookies(
            [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
        )

    return do


@pytest.fixture(autouse=True)
def _short_timeouts(page):
    page.set_default_timeout(10_000)
