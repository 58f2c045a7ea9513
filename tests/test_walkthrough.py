"""Issue 15's walkthrough: what a new user tripped over, each kept fixed by a test."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from html import unescape

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from accounts import services as account_services
from accounts.models import User
from core.locales import locale_from_accept_language
from credentials import portability, reminders, selectors, services
from credentials.activity_input import ActivityInput
from credentials.models import Credential
from credentials.pdf.document import pdf_filename
from tests.conftest import TODAY, activity_change

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_in(client, user):
    client.force_login(user)
    return client


def form_errors(response) -> dict[str, list[str]]:
    return {name: list(errors) for name, errors in response.context["form"].errors.items()}


# --------------------------------------------------------------------------- 1. names


def test_a_second_credential_of_a_program_needs_its_own_number(client_in, user, cma):
    """Two CMA (AAMA) without numbers read "CMA (AAMA):" twice on every verdict line."""
    data = {"program": "cma-aama", "certified_on": "2023-04-01", "confirmed": "on"}
    response = client_in.post(reverse("credential_add"), data)
    assert response.status_code == 200
    assert form_errors(response) == {
        "number": [
            "You already have a CMA (AAMA) #123456. Enter this one's credential number, so the two can "
            "be told apart on your dashboard, lists, PDFs and reminders."
        ]
    }
    response = client_in.post(reverse("credential_add"), data | {"number": " 123456 "})
    assert form_errors(response) == {
        "number": ["Your other CMA (AAMA) #123456 has this number. Enter this credential's own number."]
    }
    assert Credential.objects.filter(owner=user).count() == 1
    response = client_in.post(reverse("credential_add"), data | {"number": "987654"})
    assert response.status_code == 302
    assert Credential.objects.filter(owner=user).count() == 2


def test_an_edit_cannot_take_the_number_of_its_twin(client_in, user, cma):
    other = services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2023, 4, 1), number="987654", confirmed=True
    )
    data = {"program": "cma-aama", "certified_on": "2023-04-01", "number": ""}
    response = client_in.post(reverse("credential_edit", args=[other.pk]), data)
    assert "number" in form_errors(response)
    other.refresh_from_db()
    assert other.number == "987654"


def test_a_custom_credential_is_a_twin_only_under_the_same_name(user):
    fields = {"program": "custom", "custom_body": "NCCT", "custom_cycle_months": 12}
    services.credential_create(
        owner=user, certified_on=TODAY, custom_name="NCMA", custom_points_needed=Decimal(14), **fields
    )
    services.credential_create(
        owner=user, certified_on=TODAY, custom_name="NCPT", custom_points_needed=Decimal(14), **fields
    )
    with pytest.raises(Exception, match="Enter this one's credential number"):
        services.credential_create(
            owner=user,
            certified_on=TODAY,
            custom_name="ncma",
            custom_points_needed=Decimal(14),
            confirmed=True,
            **fields,
        )


def test_two_credentials_of_one_program_are_named_apart_everywhere(client_in, user, cma, make_activity):
    other = services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2023, 4, 1), number="987654", confirmed=True
    )
    make_activity(title="Ethics", completed_on=dt.date(2024, 5, 1), categories={"general": Decimal(5)})
    page = client_in.get(reverse("activity_list")).content.decode()
    assert "<strong>CMA (AAMA) #123456:</strong>" in page  # the verdict lines
    assert "<strong>CMA (AAMA) #987654:</strong>" in page
    assert ">CMA (AAMA) #123456</option>" in page  # the "counts toward" menu
    assert ">CMA (AAMA) #987654</option>" in page
    dashboard = client_in.get(reverse("dashboard")).content.decode()
    assert dashboard.count("CMA (AAMA)</a></h2>") == 2
    assert "No. 123456" in dashboard and "No. 987654" in dashboard
    names = {
        pdf_filename(progress=p, generated_at=dt.datetime(2026, 11, 27, 9))
        for p in selectors.dashboard_get(user=user, today=TODAY)
        if p.credential.program == "cma-aama"
    }
    assert names == {
        "recert-cma-aama-123456-summary-2026-11-27.pdf",
        "recert-cma-aama-987654-summary-2026-11-27.pdf",
    }
    assert other.pk in {p.credential.pk for p in selectors.dashboard_get(user=user, today=TODAY)}


# --------------------------------------------------------------------------- 4. the activity form


def test_the_cursor_starts_in_title_on_a_new_activity(client_in, cma):
    page = client_in.get(reverse("activity_add")).content.decode()
    assert page.count(" autofocus") == 1
    assert 'name="title"' in page[page.index(" autofocus") - 200 : page.index(" autofocus")]


def test_save_and_log_another_keeps_date_provider_and_unit(client_in, user, cma):
    data = {
        "title": "Vaccines",
        "provider": "County health department",
        "completed_on": "2025-03-04",
        "amount": "2",
        "unit": "nha_credits",
        "category": "clinical",
        "add_another": "1",
    }
    response = client_in.post(reverse("activity_add"), data)
    assert response.status_code == 302
    nxt = client_in.get(response["Location"])
    form = nxt.context["form"]
    assert {name: form[name].value() for name in ("title", "completed_on", "provider", "unit")} == {
        "title": None,
        "completed_on": dt.date(2025, 3, 4),
        "provider": "County health department",
        "unit": "nha_credits",
    }
    assert "autofocus" in str(form["title"])
    assert "The date, provider and unit are kept for the next one." in nxt.content.decode()


def test_carried_values_that_are_not_valid_are_ignored(client_in, cma):
    response = client_in.get(reverse("activity_add"), {"completed_on": "2025-02-30", "unit": "furlongs"})
    form = response.context["form"]
    assert form["unit"].value() == "contact_hours"
    assert form["completed_on"].value() != "2025-02-30"
    assert isinstance(form["completed_on"].value(), dt.date)


@pytest.mark.parametrize(
    ("fields", "warning"),
    [
        (  # R-CMA-7: a non-AAMA activity under one contact hour
            {"completed_on": "2025-03-04", "amount": "0.5", "unit": "contact_hours"},
            "Toward your CMA (AAMA) #123456: Does not count: a non-AAMA activity must be at least 1 point "
            "(one contact hour).",
        ),
        (  # R-CCMA-1: planned after the period ends (the CMA, with its CE months after expiry, takes it)
            {"completed_on": "2027-06-15", "amount": "3", "unit": "nha_credits"},
            "Toward your CCMA (NHA): Will not count: it is dated after this recertification period ends on",
        ),
    ],
)
def test_a_course_that_will_not_count_says_so_before_it_is_saved(client_in, user, cma, ccma, fields, warning):
    data = {"title": "Short talk", "category": "clinical"} | fields
    response = client_in.post(reverse("activity_add"), data)
    assert response.status_code == 200
    assert any(w.startswith(warning) for w in response.context["warnings"]), response.context["warnings"]
    assert not user.activities.exists()
    response = client_in.post(reverse("activity_add"), data | {"confirmed": "1"})
    assert response.status_code == 302
    assert user.activities.count() == 1


def test_no_warning_for_a_credential_the_course_is_excluded_from(client_in, user, cma):
    data = {
        "title": "Short talk",
        "category": "clinical",
        "completed_on": "2025-03-04",
        "amount": "0.5",
        "unit": "contact_hours",
        "excluded_from": [cma.pk],
    }
    response = client_in.post(reverse("activity_add"), data)
    assert response.status_code == 302


# --------------------------------------------------------------------------- 2. one date style

MONTH_FIRST = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}\b")
DAY_FIRST = re.compile(r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b")
OTHER_STYLES = [
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),  # ISO
    re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}, \d{4}"),  # Django's "N j, Y"
    re.compile(
        r"\b(?:January|February|March|April|June|July|August|September|October|November|December)"
        r" \d{1,2}, \d{4}"
    ),
]


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


@pytest.fixture
def history(user, cma, ccma, make_activity):
    """Dates of every kind on the pages: activities, a verdict naming the period's start, a closed
    period, deadlines and countdowns."""
    make_activity(title="Before the period", completed_on=dt.date(2022, 1, 5), confirmed=True)
    make_activity(title="Ethics", completed_on=dt.date(2025, 9, 30), unit="aama_ceus")
    return user


PAGES = ["dashboard", "activity_list", "credential_detail", "credential_plan"]


def pages_text(client, credential) -> str:
    texts = []
    for name in PAGES:
        args = [credential.pk] if name.startswith("credential_") else []
        response = client.get(reverse(name, args=args))
        assert response.status_code == 200, name
        texts.append(visible_text(response.content.decode()))
    return " ".join(texts)


@pytest.mark.parametrize(
    ("locale", "style", "wrong"), [("en-us", MONTH_FIRST, DAY_FIRST), ("en-gb", DAY_FIRST, MONTH_FIRST)]
)
def test_every_page_writes_dates_one_way_the_persons(client_in, history, cma, locale, style, wrong):
    account_services.user_update(user=history, full_name="Ana", timezone="America/New_York", locale=locale)
    text = pages_text(client_in, cma)
    assert len(style.findall(text)) >= 10, text
    assert wrong.findall(text) == []
    for other in OTHER_STYLES:
        assert other.findall(text) == [], other.pattern


def test_changing_the_style_changes_kept_pages_at_once(client_in, history, cma):
    first = pages_text(client_in, cma)  # the dashboard cards and list rows are now kept rendered
    assert "Sep 30, 2025" in first and "30 Sep 2025" not in first
    response = client_in.post(
        reverse("profile"), {"full_name": "Ana", "timezone": "America/New_York", "locale": "en-gb"}
    )
    assert response.status_code == 302
    again = pages_text(client_in, cma)
    assert "30 Sep 2025" in again and MONTH_FIRST.findall(again) == []


def test_a_sign_up_takes_the_browsers_date_style(client):
    data = {"email": "uk@example.com", "full_name": "Uma", "password1": "a long pass phrase 42"}
    data["password2"] = data["password1"]
    client.post(reverse("signup"), data, HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")
    client.post(reverse("signup"), data | {"email": "us@example.com"}, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert dict(User.objects.values_list("email", "locale")) == {
        "uk@example.com": "en-gb",
        "us@example.com": "en-us",
    }


@pytest.mark.parametrize(
    ("header", "locale"),
    [
        ("", "en-us"),
        ("en", "en-us"),
        ("es-US,es;q=0.9", "en-us"),
        ("en-AU", "en-gb"),
        ("de-DE", "en-gb"),
        ("fr", "en-gb"),
        ("*", "en-us"),
    ],
)
def test_the_browsers_style(header, locale):
    assert locale_from_accept_language(header) == locale


@pytest.mark.parametrize(("locale", "expiry"), [("en-us", "Mar 1, 2027"), ("en-gb", "1 Mar 2027")])
def test_emails_write_dates_in_the_persons_style(
    user, ccma, django_capture_on_commit_callbacks, locale, expiry
):
    user.locale = locale
    user.save()
    with django_capture_on_commit_callbacks(execute=True):
        reminders.reminders_schedule(user=user, now=dt.datetime(2026, 12, 1, 15, tzinfo=dt.UTC))
    (message,) = mail.outbox
    for body in (message.body, visible_text(message.alternatives[0][0])):
        assert expiry in body
        for other in (*OTHER_STYLES, DAY_FIRST if locale == "en-us" else MONTH_FIRST):
            assert other.findall(body) == []


@pytest.mark.parametrize(
    ("locale", "style", "wrong"), [("en-us", MONTH_FIRST, DAY_FIRST), ("en-gb", DAY_FIRST, MONTH_FIRST)]
)
def test_pdfs_write_dates_in_the_persons_style(
    client_in, history, cma, locale, style, wrong, disk, django_capture_on_commit_callbacks
):
    account_services.user_update(user=history, full_name="Ana", timezone="America/New_York", locale=locale)
    response = client_in.get(reverse("credential_summary_pdf", args=[cma.pk]))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert len(style.findall(text)) >= 5
    assert wrong.findall(text) == []
    # Built in the background, outside any request: still the person's style.
    other = "en-us" if locale == "en-gb" else "en-gb"
    with translation.override(other), django_capture_on_commit_callbacks(execute=True):
        pack = services.audit_pack_request(cycle=cma.cycles.get())
    pack.refresh_from_db()
    with pack.file.open("rb") as handle:
        text = " ".join(page.extract_text() for page in PdfReader(handle).pages[:2])
    assert style.findall(text) and wrong.findall(text) == []


# --------------------------------------------------------------------------- found in review


def test_a_restore_keeps_two_old_credentials_of_a_program_without_numbers(user):
    """Before numbers told twins apart, two CMAs without one could be made; their export restores."""
    services.credential_create(owner=user, program="cma-aama", certified_on=dt.date(2022, 1, 3))
    old_twin = services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2023, 1, 3), confirmed=True, restoring=True
    )
    restored = portability.person_import(data=portability.person_export(user=user), email="again@example.com")
    assert restored.credentials.filter(program="cma-aama", number="").count() == 2
    # Still editable without a number, as long as its name and number stay as they are.
    services.credential_update(credential=old_twin, program="cma-aama", certified_on=dt.date(2023, 2, 3))
    # A new one without a number is still refused.
    with pytest.raises(ValidationError, match="Enter this one's credential number"):
        services.credential_create(
            owner=user, program="cma-aama", certified_on=dt.date(2024, 1, 3), confirmed=True
        )


def test_the_date_style_travels_with_an_export(user):
    account_services.user_update(user=user, full_name="Ana", timezone="Europe/Dublin", locale="en-gb")
    restored = portability.person_import(data=portability.person_export(user=user), email="ie@example.com")
    assert (restored.timezone, restored.locale) == ("Europe/Dublin", "en-gb")


def test_an_audit_pack_is_rebuilt_in_a_new_date_style(
    client_in, history, cma, disk, django_capture_on_commit_callbacks
):
    def pack_text() -> tuple[int, str]:
        with django_capture_on_commit_callbacks(execute=True):
            client_in.post(reverse("credential_audit_pack", args=[cma.pk]))
        pack = cma.cycles.get().audit_packs.latest("pk")
        with pack.file.open("rb") as handle:
            return pack.pk, PdfReader(handle).pages[0].extract_text()

    first, text = pack_text()
    assert MONTH_FIRST.findall(text) and not DAY_FIRST.findall(text)
    account_services.user_update(user=history, full_name="Ana", timezone="America/New_York", locale="en-gb")
    second, text = pack_text()
    assert second != first
    assert DAY_FIRST.findall(text) and not MONTH_FIRST.findall(text)


def test_the_calendar_feed_writes_the_owners_style_whoever_fetches_it(client, user, ccma):
    account_services.user_update(user=user, full_name="Ana", timezone="America/New_York", locale="en-gb")
    feed = services.calendar_feed_get_or_create(owner=user)
    body = client.get(reverse("calendar_feed", args=[feed.token]), HTTP_ACCEPT_LANGUAGE="en-US").content
    text = body.decode().replace("\\,", ",").replace("\r\n ", "")
    assert DAY_FIRST.findall(text) and not MONTH_FIRST.findall(text)


def test_a_request_leaves_the_thread_in_the_default_style(client_in, user):
    account_services.user_update(user=user, full_name="Ana", timezone="America/New_York", locale="en-gb")
    assert client_in.get(reverse("dashboard")).status_code == 200
    assert translation.get_language() == "en-us"


def test_editing_the_notes_of_a_short_course_does_not_ask_again(user, cma):
    activity = services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Lunch talk",
            completed_on=dt.date(2025, 3, 4),
            amount=Decimal("0.5"),
            categories={"clinical": Decimal("0.5")},
        ),
        confirmed=True,
    )
    fields = {"title": "Lunch talk", "amount": Decimal("0.5"), "categories": {"clinical": Decimal("0.5")}}
    activity_change(activity=activity, completed_on=dt.date(2025, 3, 4), notes="Slides", **fields)
    with pytest.raises(services.NeedsConfirmation, match="Does not count"):
        activity_change(activity=activity, completed_on=dt.date(2025, 3, 5), **fields)
