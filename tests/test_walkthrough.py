"""Issue 15's walkthrough: what a new user tripped over, each kept fixed by a test."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from credentials import selectors, services
from credentials.models import Credential
from credentials.pdf.document import pdf_filename
from tests.conftest import TODAY


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
