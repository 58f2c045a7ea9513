"""The journeys a medical assistant takes, in a real Chromium."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from accounts.models import User
from credentials import selectors, services
from credentials.activity_input import ActivityInput
from tests.conftest import PDF_BYTES


def fmt(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def log_activity(
    page,
    live_server,
    *,
    title,
    amount,
    kind="ce",
    approved=False,
    category=None,
    split=None,
    completed_on=None,
    certificate=None,
):
    page.goto(live_server.url + "/activities/add/")
    page.get_by_label("Title").fill(title)
    page.get_by_label("Provider").fill("AAMA e-Learning Center" if approved else "Community College")
    page.get_by_label("Completion date").fill(completed_on.isoformat())
    page.get_by_label("Amount").fill(amount)
    unit = {
        "ce": "AAMA CEUs" if approved else "Contact hours",
        "college": "College credits",
        "cpr": "CPR/BLS",
    }
    page.get_by_label(re.compile(unit[kind])).check()
    if split:
        page.get_by_label("Category").select_option("split")
        for name, part in split.items():
            page.get_by_label(f"{name.capitalize()} part").fill(part)
    elif category:
        page.get_by_label("Category").select_option(category)
    if certificate:
        page.get_by_label("Certificate").set_input_files(certificate)
    page.get_by_role("button", name="Save activity").click()
    expect(page.get_by_role("alert").filter(has_text=f"“{title}” saved")).to_be_visible()


def first_journey(page, live_server, shot, tmp_path, suffix=""):
    """Sign up, add a CMA certified four years ago, log a realistic set of activities by the form."""
    today = timezone.localdate()
    certified = today - relativedelta(years=4)
    page.goto(live_server.url + "/")
    shot("landing")
    page.get_by_role("link", name="Create a free account").click()
    email = f"new{suffix}@example.com"
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Your name").fill("María José Núñez")
    page.locator("#id_password1").fill("a long pass phrase 42")
    page.locator("#id_password2").fill("a long pass phrase 42")
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_role("heading", name="Check your inbox")).to_be_visible()
    shot("check-inbox")
    (message,) = [m for m in mail.outbox if m.to == [email]]
    page.goto(re.search(r"https?://\S+/accounts/activate/\S+", message.body).group(0))
    page.get_by_label("The password you chose when signing up").fill("a long pass phrase 42")
    page.get_by_role("button", name="Activate my account").click()
    expect(page.get_by_role("heading", name="Start by adding a credential")).to_be_visible()
    shot("empty-dashboard")

    page.get_by_role("link", name="Add your first credential").click()
    page.locator("#id_program").select_option("cma-aama")
    page.get_by_label("Date certified or last recertified").fill(certified.isoformat())
    page.get_by_label("Credential number").fill("CMA-123")
    shot("add-credential")
    page.get_by_role("button", name="Add credential").click()
    expect(page.get_by_role("alert").filter(has_text="CMA (AAMA) #CMA-123 added")).to_be_visible()

    cert = tmp_path / "certificate.pdf"
    cert.write_bytes(PDF_BYTES)
    day = certified + dt.timedelta(days=100)
    log_activity(
        page,
        live_server,
        title="Medical law and ethics",
        amount="10",
        approved=True,
        category="administrative",
        completed_on=day,
    )
    log_activity(
        page,
        live_server,
        title="Wound care workshop",
        amount="5",
        category="clinical",
        completed_on=day + dt.timedelta(days=30),
        certificate=str(cert),
    )
    log_activity(
        page,
        live_server,
        title="Patient communication",
        amount="6",
        approved=True,
        category="general",
        completed_on=day + dt.timedelta(days=60),
    )
    log_activity(
        page,
        live_server,
        title="Anatomy course",
        amount="1",
        kind="college",
        split={"general": "0.5", "administrative": "0.5"},
        completed_on=day + dt.timedelta(days=90),
    )
    log_activity(
        page,
        live_server,
        title="BLS card",
        amount="1",
        kind="cpr",
        approved=True,
        completed_on=day + dt.timedelta(days=120),
    )
    log_activity(
        page,
        live_server,
        title="EKG basics",
        amount="5",
        approved=True,
        split={"clinical": "3", "general": "2"},
        completed_on=day + dt.timedelta(days=150),
    )
    page.goto(live_server.url + "/activities/")
    shot("activities")
    return User.objects.get(email=email)


def assert_dashboard_matches_engine(page, live_server, user):
    page.goto(live_server.url + "/")
    (progress,) = selectors.dashboard_get(user=user, today=timezone.localdate())
    result = progress.result
    card = page.locator("section.credential-card").first
    expect(card.locator("[data-status]")).to_have_text(progress.status_label)
    expect(card.get_by_test_id("countdown")).to_have_text(progress.countdown)
    for bar in progress.bars:
        expect(card).to_contain_text(f"{bar.label}")
        expect(card).to_contain_text(f"{fmt(bar.have)} of {fmt(bar.need)} points")
    expect(card.get_by_test_id("gap")).to_have_text(progress.gap_sentence)
    assert progress.gap_sentence.startswith(f"{fmt(result.points_left)} points left")
    bars = card.get_by_role("progressbar")
    expect(bars).to_have_count(len(progress.bars))
    expect(bars.first).to_have_attribute("aria-valuenow", fmt(result.counted_points))
    expect(bars.first).to_have_attribute("aria-valuemax", "60")
    return result


def test_first_journey_sign_up_to_dashboard(page, live_server, shot, tmp_path, csp_violations):
    user = first_journey(page, live_server, shot, tmp_path)
    result = assert_dashboard_matches_engine(page, live_server, user)
    # 10 + 5 + 6 + 15 (college) + 4 (card) + 5 = 45 points, 25 of them AAMA-approved
    assert (result.counted_points, result.approved_points) == (Decimal(45), Decimal(25))
    assert result.category_points == {
        "administrative": Decimal("17.5"),
        "clinical": Decimal(12),
        "general": Decimal("15.5"),
    }
    shot("dashboard")
    assert csp_violations == []


def test_first_journey_on_a_phone(browser, live_server, tmp_path, request):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    from tests.e2e.conftest import SCREENSHOTS

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def shot(name):
        page.screenshot(path=str(SCREENSHOTS / f"phone-{name}.png"), full_page=True)

    user = first_journey(page, live_server, shot, tmp_path, suffix="-phone")
    assert_dashboard_matches_engine(page, live_server, user)
    # Nothing wider than the screen: no sideways scrolling on a 360 px phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    shot("dashboard")
    page.get_by_role("button", name="Show menu").click()
    expect(page.get_by_role("link", name="Activities", exact=True)).to_be_visible()
    expect(page.locator("#nav-main")).to_have_class(re.compile(r"\bshow\b"))
    expect(page.locator("#nav-main")).not_to_have_class(re.compile("collapsing"))
    shot("menu")
    context.close()


def make_person(email, *, certified_on, activities=()):
    user = User.objects.create_user(email, "a long pass phrase 42", full_name="Zoë Ångström")
    credential = services.credential_create(owner=user, program="cma-aama", certified_on=certified_on)
    for title, day, amount, category, approved, certificate in activities:
        services.activity_create(
            owner=user,
            data=ActivityInput.of(
                title=title,
                completed_on=day,
                amount=Decimal(amount),
                approved=approved,
                categories={category: Decimal(amount)},
            ),
            certificate=certificate,
        )
    return user, credential


def test_grace_and_lapsed_persons_see_their_routes(page, context, live_server, log_in, shot):
    today = timezone.localdate()
    # Expired at the end of last month: inside the three-month CE grace (R-CMA-9).
    grace_start = today.replace(day=1) - relativedelta(months=61)
    graced, _ = make_person("grace@example.com", certified_on=grace_start)
    log_in(context, graced)
    page.goto(live_server.url + "/")
    (progress,) = selectors.dashboard_get(user=graced, today=today)
    assert progress.result.status == "grace"
    card = page.locator("section.credential-card")
    expect(card.locator("[data-status]")).to_have_text("Expired — CE route still open")
    expect(card.get_by_test_id("ce-route")).to_have_text(progress.ce_route_text)
    expect(card).not_to_contain_text("grace")
    shot("grace")

    lapsed, _ = make_person("lapsed@example.com", certified_on=today - relativedelta(years=6))
    context.clear_cookies()
    log_in(context, lapsed)
    page.goto(live_server.url + "/")
    expect(page.locator("[data-status]")).to_have_text("Expired")
    expect(page.get_by_test_id("closed-route")).to_contain_text("The CE route closed on")
    expect(page.get_by_test_id("gap")).to_have_count(0)  # no "points left" once the CE route is closed
    page.get_by_role("link", name="See the exam route").click()
    expect(page.get_by_test_id("attempts-left")).to_have_text("3 of 3")
    expect(page.get_by_text("reactivation fee")).to_be_visible()
    shot("exam-route")


def test_bad_input_shows_errors_next_to_fields_and_keeps_typing(page, context, live_server, log_in, shot):
    user, _ = make_person("typo@example.com", certified_on=timezone.localdate() - relativedelta(years=2))
    log_in(context, user)
    page.goto(live_server.url + "/activities/add/")
    page.get_by_label("Title").fill("Phlebotomy refresher")
    page.get_by_label("Provider").fill("Clínica Señora")
    page.get_by_label("Amount").fill("-2")
    page.get_by_label("Category").select_option("split")
    page.get_by_label("Clinical part").fill("1")
    page.get_by_role("button", name="Save activity").click()
    expect(page.get_by_text("Please correct the highlighted field")).to_be_visible()
    amount = page.get_by_label("Amount")
    expect(amount).to_have_class(re.compile("is-invalid"))
    expect(page.locator("#div_id_amount")).to_contain_text("greater than zero")
    expect(page.get_by_label("Title")).to_have_value("Phlebotomy refresher")
    expect(page.get_by_label("Provider")).to_have_value("Clínica Señora")
    expect(page.get_by_label("Clinical part")).to_have_value("1")
    shot("errors")
    page.get_by_label("Amount").fill("2")
    page.get_by_role("button", name="Save activity").click()
    expect(page.locator("#div_id_category")).to_contain_text("adds up to 1")
    expect(page.get_by_label("Amount")).to_have_value("2")


def test_second_person_cannot_reach_first_persons_things(page, context, live_server, log_in):
    owner, credential = make_person(
        "owner@example.com",
        certified_on=timezone.localdate() - relativedelta(years=2),
        activities=[
            (
                "Secret course",
                timezone.localdate() - dt.timedelta(days=30),
                "5",
                "clinical",
                True,
                _upload("secret.pdf"),
            )
        ],
    )
    activity = owner.activities.get()
    intruder = User.objects.create_user("intruder@example.com", "a long pass phrase 42")
    log_in(context, intruder)
    for path in (
        f"/credentials/{credential.pk}/",
        f"/credentials/{credential.pk}/edit/",
        f"/credentials/{credential.pk}/exam/",
        f"/credentials/{credential.pk}/summary.pdf",
        f"/credentials/{credential.pk}/audit-pack.pdf",
        f"/activities/{activity.pk}/edit/",
        f"/activities/{activity.pk}/certificate/",
    ):
        response = page.request.get(live_server.url + path)
        assert response.status == 404, path
        assert b"Secret course" not in response.body()


def _upload(name):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, PDF_BYTES)


def test_summary_and_audit_pack_download_and_open(page, context, live_server, log_in):
    today = timezone.localdate()
    user, credential = make_person(
        "pdf@example.com",
        certified_on=today - relativedelta(years=3),
        activities=[
            ("Infection control", today - dt.timedelta(days=200), "12", "clinical", True, _upload("ic.pdf")),
            ("Billing basics", today - dt.timedelta(days=100), "4", "administrative", False, None),
        ],
    )
    log_in(context, user)
    page.goto(live_server.url + f"/credentials/{credential.pk}/")
    (progress,) = selectors.dashboard_get(user=user, today=today)

    def opened(download) -> str:
        assert download.suggested_filename.endswith(".pdf")
        with open(download.path(), "rb") as handle:
            reader = PdfReader(io.BytesIO(handle.read()))
        text = "\n".join(p.extract_text() for p in reader.pages)
        assert "Zoë Ångström" in text
        assert fmt(progress.result.counted_points) in text
        return text

    with page.expect_download() as info:
        page.get_by_role("link", name="Summary PDF").first.click()
    assert "Infection control" in opened(info.value)
    # The audit pack is a background job: ask for it, the page follows it until it is ready.
    page.get_by_role("link", name=re.compile("Audit pack")).click()
    page.get_by_role("button", name="Prepare the audit pack").click()
    expect(page.get_by_role("heading", name="Ready")).to_be_visible()
    with page.expect_download() as info:
        page.get_by_role("link", name="Download the audit pack").click()
    assert "Certificate for" in opened(info.value)
