"""Issue 15, item 12 in a real Chromium: the landing page's screenshot loads (the phone one on a phone),
the landing and rules pages pass axe and never scroll sideways, and the rules' #links land on their
headings."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.test_accessibility import AXE, serious

WIDTHS = (360, 1280)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    ("path", "role", "name"),
    [("/welcome/", "img", "dashboard"), ("/rules/", "heading", "Recertification rules in Recert")],
)
def test_landing_and_rules_pass_axe_and_fit_the_screen(page, live_server, path, role, name, width, shot):
    page.set_viewport_size({"width": width, "height": 800})
    assert page.goto(live_server.url + path).ok
    expect(page.get_by_role(role, name=name)).to_be_visible()  # checked with what is new on it
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert serious(AXE.run(page)) == []
    shot(f"{path.strip('/')}-{width}")


@pytest.mark.parametrize(
    ("width", "picture"), [(360, "landing-dashboard-phone.png"), (1280, "landing-dashboard.png")]
)
def test_the_landing_screenshot_loads(page, live_server, width, picture):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(live_server.url + "/welcome/")
    image = page.get_by_role("img", name="dashboard")
    image.scroll_into_view_if_needed()
    expect(image).to_be_visible()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
    assert image.evaluate("img => img.currentSrc").endswith(picture)
    box = image.bounding_box()
    assert box["width"] <= width and box["height"] > 100  # scaled to fit, kept in proportion


def test_the_landing_page_leads_to_the_rules_and_their_links_land(page, live_server):
    page.goto(live_server.url + "/welcome/")
    page.get_by_role("link", name="Read every rule Recert applies").click()
    expect(page).to_have_url(live_server.url + "/rules/")
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    page.get_by_role("link", name="Decisions Recert takes").first.click()
    expect(page).to_have_url(live_server.url + "/rules/#decisions-recert-takes")
    heading = page.get_by_role("heading", name="Decisions Recert takes")
    expect(heading).to_be_in_viewport()
    # A wide table scrolls inside its own region on a phone, which the keyboard can reach.
    page.set_viewport_size({"width": 360, "height": 800})
    region = page.get_by_role("region", name="CMA (AAMA): American Association of Medical Assistants")
    assert region.evaluate("el => el.scrollWidth > el.clientWidth")
    assert region.get_attribute("tabindex") == "0"
