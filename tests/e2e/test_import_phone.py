"""Issue 24 at 360 px: a spreadsheet without our columns, imported on a phone. The preview's rows
are cards, so a row's problem and its correction are on screen, not scrolled off to the right; a
category set for every row and one cell corrected import the file. Then a transcript from the
inbox, its courses shown the same way."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from playwright.sync_api import expect

from accounts.models import User
from credentials import services
from credentials.models import CEActivity

PHONE = {"width": 360, "height": 740}
AXE = Axe()
TRANSCRIPT = Path(__file__).resolve().parents[1] / "transcripts_world" / "tune" / "lms_1.pdf"


def _fits(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "scrolls sideways"
    violations = [
        v["id"] for v in AXE.run(page).response["violations"] if v["impact"] in ("serious", "critical")
    ]
    assert violations == []


def _person() -> User:
    user = User.objects.create_user("sheet@example.com", "a long pass phrase 42", full_name="Rosa Díaz")
    services.credential_create(owner=user, program="cma-aama", certified_on=dt.date(2023, 5, 2), number="7")
    return user


def test_a_spreadsheet_imports_on_a_phone_with_its_problem_in_view(
    page, context, live_server, log_in, shot, tmp_path
):
    user = _person()
    page.set_viewport_size(PHONE)
    log_in(context, user)
    sheet = tmp_path / "my-ce-log.csv"
    sheet.write_text(
        "Course Name,Date Completed,Hours,Approved?\n"
        "Infection Control Update,03/05/2025,2,Yes\n"
        "HIPAA Refresher,04/31/2025,1.5,No\n"
        "Phlebotomy Skills Lab,06/01/2025,3,yes\n"
    )
    page.goto(live_server.url + reverse("activity_import"))
    page.set_input_files("input[type=file]", str(sheet))
    page.get_by_role("button", name="Check the file").click()

    row = page.locator("#row-3")
    problem = row.get_by_text("is not a real date")
    expect(problem).to_be_visible()
    box = problem.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box  # on screen, not off to the right
    _fits(page)
    shot("phone-preview")

    page.get_by_label("Category for every row without one").select_option("general")
    fix = page.get_by_test_id("edit-3")
    fix.get_by_label("Date Completed").fill("04/30/2025")
    fix.get_by_role("button", name="Read row 3 again").click()
    expect(page.get_by_test_id("import-ready")).to_be_visible()
    expect(page.locator("#row-3")).to_contain_text("Counts 1.5 points.")
    _fits(page)
    shot("phone-ready")
    page.get_by_role("button", name="Save all 3 activities").click()
    expect(page.get_by_text("3 activities imported.")).to_be_visible()
    assert CEActivity.objects.filter(owner=user).count() == 3

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + reverse("activity_list"))
    shot("desktop-list")


def test_a_transcript_in_the_inbox_is_checked_as_one_table_on_a_phone(
    page, context, live_server, log_in, shot
):
    user = _person()
    page.set_viewport_size(PHONE)
    log_in(context, user)
    page.goto(live_server.url + reverse("activity_import"))
    page.set_input_files("input[type=file]", str(TRANSCRIPT))
    page.get_by_role("button", name="Check the file").click()
    # Read in the background (the test settings run tasks at once); the draft offers the courses.
    expect(page.get_by_test_id("draft-transcript")).to_contain_text("This is a transcript of 8 courses")
    _fits(page)
    shot("phone-draft")
    page.get_by_role("link", name="Check and import the 8 courses").click()
    expect(page.get_by_role("heading", name="Check the courses of your transcript")).to_be_visible()
    expect(page.get_by_test_id("transcript-kind")).to_contain_text("it is not a certificate for each")
    _fits(page)
    shot("phone-transcript")
    page.set_viewport_size({"width": 1280, "height": 900})
    shot("desktop-transcript")
