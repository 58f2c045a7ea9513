"""View tests: every page and form, validation shown next to fields, owners only."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from credentials import rules, selectors, services
from credentials.activity_input import ActivityInput
from credentials.models import CEActivity, Credential, Cycle, ExamAttempt
from tests.conftest import PDF_BYTES

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_in(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def their_credential(other_user):
    return services.credential_create(owner=other_user, program="cma-aama", certified_on=dt.date(2023, 1, 1))


@pytest.fixture
def their_activity(other_user):
    return services.activity_create(
        owner=other_user,
        data=ActivityInput.of(
            title="Their course",
            completed_on=dt.date(2025, 1, 1),
            amount=Decimal(2),
            categories={"general": Decimal(2)},
        ),
        certificate=SimpleUploadedFile("theirs.pdf", PDF_BYTES),
    )


def activity_post(**overrides):
    data = {
        "title": "Phlebotomy update",
        "provider": "AAMA e-Learning Center",
        "completed_on": "2025-05-01",
        "unit": "aama_ceus",
        "amount": "2.5",
        "category": "clinical",
        "notes": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def errors_of(response) -> dict[str, list[str]]:
    return {name: list(errors) for name, errors in response.context["form"].errors.items()}


# --------------------------------------------------------------------------- access


OWNER_URLS = [
    ("credential_detail", "credential"),
    ("credential_edit", "credential"),
    ("credential_delete", "credential"),
    ("credential_recertify", "credential"),
    ("credential_exam", "credential"),
    ("activity_edit", "activity"),
    ("activity_delete", "activity"),
    ("activity_certificate", "activity"),
]


@pytest.mark.parametrize(
    "name", ["activity_list", "activity_add", "credential_add", "profile", "password_change"]
)
def test_pages_require_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(("name", "kind"), OWNER_URLS)
def test_owner_pages_require_login(client, their_credential, their_activity, name, kind):
    pk = their_credential.pk if kind == "credential" else their_activity.pk
    response = client.get(reverse(name, args=[pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(("name", "kind"), OWNER_URLS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_another_persons_object_is_404(client_in, their_credential, their_activity, name, kind, method):
    pk = their_credential.pk if kind == "credential" else their_activity.pk
    response = getattr(client_in, method)(reverse(name, args=[pk]))
    assert response.status_code == 404
    assert b"Their course" not in response.content
    assert Credential.objects.filter(pk=their_credential.pk).exists()
    assert CEActivity.objects.filter(pk=their_activity.pk).exists()


def test_missing_object_is_404_not_500(client_in):
    assert client_in.get(reverse("credential_detail", args=[999999])).status_code == 404
    assert client_in.get(reverse("activity_edit", args=[999999])).status_code == 404


def test_landing_for_visitors_dashboard_for_people(client, user):
    response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    assert b"Create a free account" in response.content
    client.force_login(user)
    response = client.get(reverse("dashboard"))
    assert b"Add your first credential" in response.content  # the empty state guides a new person
    assert client.get(reverse("landing")).status_code == 200


def test_healthz_checks_the_database_cache_and_queue(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "queue": "ok"}


# --------------------------------------------------------------------------- accounts


def test_signup_logs_in_and_lands_on_dashboard(client, django_user_model):
    response = client.post(
        reverse("signup"),
        {
            "email": "New@Example.com",
            "full_name": "Zoë",
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        },
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("signup_done")
    user = django_user_model.objects.get()
    assert user.email == "new@example.com"
    assert not user.is_active  # until the emailed link is followed
    link = re.search(r"http://testserver(/accounts/activate/\S+)", mail.outbox[0].body).group(1)
    response = client.post(link, {"password": "a-long-pass-phrase"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("dashboard")
    assert response.context["user"] == user
    assert b"Add your first credential" in response.content


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"email": "not-an-email"}, "email"),
        ({"password2": "different-pass-phrase"}, "password2"),
        ({"password1": "123", "password2": "123"}, "password1"),  # under the password (issue 15)
    ],
)
def test_signup_errors_are_next_to_the_field(client, user, data, field):
    post = {"email": "x@example.com", "full_name": "X", "password1": "a-long-pass-phrase"}
    post["password2"] = post["password1"]
    post.update(data)
    response = client.post(reverse("signup"), post)
    assert response.status_code == 200
    assert field in errors_of(response)
    assert response.context["form"]["email"].value() == post["email"]  # what was typed is kept


def test_login_by_email_any_case_and_logout(client, user):
    response = client.post(
        reverse("login"), {"username": "MA@example.com", "password": "correct horse battery"}
    )
    assert response.status_code == 302
    assert client.get(reverse("activity_list")).status_code == 200
    response = client.post(reverse("logout"))
    assert response["Location"] == reverse("landing")
    assert client.get(reverse("activity_list")).status_code == 302


def test_wrong_password_is_explained(client, user):
    response = client.post(reverse("login"), {"username": "ma@example.com", "password": "nope"})
    assert response.status_code == 200
    assert b"correct email address and password" in response.content


def test_profile_saves_name_and_timezone(client_in, user):
    response = client_in.post(
        reverse("profile"), {"full_name": "Ana P.", "timezone": "America/Chicago", "locale": "en-us"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.full_name, user.timezone) == ("Ana P.", "America/Chicago")
    response = client_in.post(reverse("profile"), {"full_name": "x", "timezone": "Mars/Olympus"})
    assert "timezone" in errors_of(response)
    user.refresh_from_db()
    assert user.timezone == "America/Chicago"


def test_password_change(client_in, user):
    response = client_in.post(
        reverse("password_change"),
        {
            "old_password": "correct horse battery",
            "new_password1": "new-pass-phrase-9",
            "new_password2": "new-pass-phrase-9",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("new-pass-phrase-9")


def test_password_reset_sends_a_working_link(client, user):
    response = client.post(reverse("password_reset"), {"email": "ma@example.com"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/reset/\S+)", mail.outbox[0].body).group(1)
    response = client.get(link, follow=True)
    assert response.context["validlink"]
    response = client.post(
        response.redirect_chain[-1][0],
        {"new_password1": "brand-new-phrase-1", "new_password2": "brand-new-phrase-1"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("brand-new-phrase-1")


# --------------------------------------------------------------------------- credentials


def test_credential_add_creates_cycle(client_in, user):
    response = client_in.post(
        reverse("credential_add"), {"program": "cma-aama", "certified_on": "2022-11-10", "number": "42"}
    )
    assert response["Location"] == reverse("dashboard")
    credential = Credential.objects.get(owner=user)
    assert credential.cycles.get().expires_on == dt.date(2027, 11, 30)  # R-CMA-1


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"certified_on": ""}, "certified_on"),
        ({"certified_on": "2022-02-30"}, "certified_on"),
        ({"certified_on": "2999-01-01"}, "certified_on"),
        ({"program": "cna"}, "program"),
        ({"program": "custom"}, "custom_name"),
        ({"program": "custom", "custom_name": "NCMA", "custom_points_needed": "14"}, "custom_cycle_months"),
        (
            {
                "program": "custom",
                "custom_name": "NCMA",
                "custom_cycle_months": "0",
                "custom_points_needed": "1",
            },
            "custom_cycle_months",
        ),
    ],
)
def test_credential_add_errors_next_to_field(client_in, data, field):
    response = client_in.post(
        reverse("credential_add"), {"program": "ccma-nha", "certified_on": "2025-01-01"} | data
    )
    assert response.status_code == 200
    assert field in errors_of(response)
    assert not Credential.objects.exists()


def test_credential_custom_program(client_in, user):
    client_in.post(
        reverse("credential_add"),
        {
            "program": "custom",
            "certified_on": "2025-06-15",
            "custom_name": "NCMA (NCCT)",
            "custom_body": "National Center for Competency Testing",
            "custom_cycle_months": "12",
            "custom_points_needed": "14",
            "printed_expires_on": "2026-06-30",
        },
    )
    credential = Credential.objects.get(owner=user)
    assert credential.display_name == "NCMA (NCCT)"
    assert credential.cycles.get().expires_on == dt.date(2026, 6, 30)  # the printed date wins
    content = client_in.get(reverse("dashboard")).content.decode()
    assert "Contact the  about" not in content
    assert "National Center for Competency Testing" in content or "NCMA (NCCT)" in content


def test_custom_program_needs_its_certifying_body(client_in, user):
    response = client_in.post(
        reverse("credential_add"),
        {
            "program": "custom",
            "certified_on": "2025-06-15",
            "custom_name": "NCMA",
            "custom_cycle_months": "12",
            "custom_points_needed": "14",
        },
    )
    assert "Enter who certifies it" in " ".join(errors_of(response)["custom_body"])
    assert not Credential.objects.exists()


def test_second_credential_of_a_program_asks_then_adds(client_in, user, cma):
    data = {"program": "cma-aama", "certified_on": "2024-01-10", "number": "999"}
    response = client_in.post(reverse("credential_add"), data)
    assert response.status_code == 200
    assert "You already have a CMA (AAMA) credential" in response.content.decode()
    assert 'name="confirmed" value="1"' in response.content.decode()
    assert Credential.objects.count() == 1
    response = client_in.post(reverse("credential_add"), {**data, "confirmed": "1"})
    assert response.status_code == 302
    assert Credential.objects.count() == 2


def test_credential_edit_and_delete(client_in, cma, make_activity):
    make_activity()
    url = reverse("credential_edit", args=[cma.pk])
    assert client_in.get(url).context["form"]["certified_on"].value() == dt.date(2022, 11, 10)
    client_in.post(url, {"program": "cma-aama", "certified_on": "2023-03-15", "number": "777"})
    cma.refresh_from_db()
    assert (cma.number, cma.cycles.get().expires_on) == ("777", dt.date(2028, 3, 31))
    response = client_in.get(reverse("credential_delete", args=[cma.pk]))
    assert b"activities and certificates are kept" in response.content
    client_in.post(reverse("credential_delete", args=[cma.pk]))
    assert not Credential.objects.exists()
    assert CEActivity.objects.count() == 1


def test_credential_detail_lists_cycles(client_in, cma, meet):
    meet(cma)
    services.cycle_recertify(cycle=cma.cycles.get(), recertified_on=dt.date(2026, 2, 1))
    response = client_in.get(reverse("credential_detail", args=[cma.pk]))
    assert response.status_code == 200
    assert b"Recertified on Feb 1, 2026" in response.content


def test_recertify_flow_and_errors(client_in, cma, meet):
    meet(cma)
    url = reverse("credential_recertify", args=[cma.pk])
    response = client_in.post(url, {"recertified_on": "2021-01-01", "route": "ce"})
    assert "recertified_on" in errors_of(response)
    response = client_in.post(url, {"recertified_on": "2026-10-01", "route": "ce"})
    assert response["Location"] == reverse("credential_detail", args=[cma.pk])
    assert cma.cycles.filter(closed_on__isnull=True).get().starts_on == dt.date(2026, 10, 1)


def test_r_cma_12_exam_page_counts_attempts(client_in, cma):
    url = reverse("credential_exam", args=[cma.pk])
    response = client_in.get(url)
    assert response.context["progress"].exam.attempts_left == 3
    assert b'data-testid="attempts-left">3 of 3' in response.content
    assert b"Apply by" in response.content  # R-CMA-13
    client_in.post(url, {"taken_on": "2026-06-01", "passed": "no"})
    response = client_in.get(url)
    assert b'data-testid="attempts-left">2 of 3' in response.content
    response = client_in.post(url, {"taken_on": "", "passed": "yes"})
    assert "taken_on" in errors_of(response)
    client_in.post(url, {"taken_on": "2026-07-01", "passed": "yes"})
    assert ExamAttempt.objects.count() == 2
    assert cma.cycles.filter(closed_on__isnull=True).get().starts_on == dt.date(2026, 7, 1)


def test_exam_page_404_for_program_without_exam(client_in, ccma):
    assert client_in.get(reverse("credential_exam", args=[ccma.pk])).status_code == 404


def test_r_cma_10_exam_route_and_fee_shown_past_ce_deadline(client_in, user):
    old = services.credential_create(owner=user, program="cma-aama", certified_on=dt.date(2019, 5, 1))
    response = client_in.get(reverse("dashboard"))
    assert b"The CE route closed on Aug 31, 2024." in response.content
    assert b"reactivation fee (about $50; check with the American Association" in response.content
    assert b"points left" not in response.content  # R-CMA-10: no CE gap once the route is closed
    assert b">Log an activity</a>" not in response.content.split(b"credential-card")[1]
    response = client_in.get(reverse("credential_exam", args=[old.pk]))
    assert b"The CE route closed on Aug 31, 2024" in response.content
    assert b"has passed" in response.content


# --------------------------------------------------------------------------- dashboard


def test_dashboard_numbers_match_the_engine(client_in, user, cma, ccma, make_activity):
    make_activity(
        amount="20", approved=True, categories={"administrative": "20"}, completed_on=dt.date(2023, 5, 1)
    )
    make_activity(amount="1", kind="college", categories={"clinical": "1"}, completed_on=dt.date(2025, 5, 1))
    make_activity(amount="1", kind="cpr", approved=True, completed_on=dt.date(2025, 6, 1))
    make_activity(amount="1", kind="cpr", completed_on=dt.date(2026, 6, 1))  # R-CMA-11: approved by rule
    response = client_in.get(reverse("dashboard"))
    content = response.content.decode()
    progress = {p.credential.program: p for p in response.context["progress_list"]}
    expected = rules.evaluate(
        rules.PROGRAMS["cma-aama"],
        certified_on=dt.date(2022, 11, 10),
        credits=[
            rules.Credit(dt.date(2023, 5, 1), Decimal(20), category="administrative", approved=True),
            rules.Credit(dt.date(2025, 5, 1), Decimal(1), kind="college", category="clinical"),
            rules.Credit(dt.date(2025, 6, 1), Decimal(1), kind="cpr"),
            rules.Credit(dt.date(2026, 6, 1), Decimal(1), kind="cpr"),
        ],
        today=timezone.localdate(),
    )
    result = progress["cma-aama"].result
    for name in (
        "counted_points",
        "approved_points",
        "category_points",
        "points_left",
        "days_left",
        "status",
    ):
        assert getattr(result, name) == getattr(expected, name), name
    # 20 AAMA admin + 15 college clinical + 8 from 2 CPR cards = 43
    assert result.counted_points == Decimal(43)
    assert "43 of 60 points" in content
    assert "28 of 30 points" in content  # AAMA-approved
    assert "23 of 10 points" in content  # clinical: 15 + 8
    assert f"{result.days_left} days until it expires on" in content
    # What is left, by the date that matters (issue 22 item 1).
    by = rules.format_day(result.expires_on)
    assert (
        f"{result.points_left.normalize()} points left by {by}: {result.gap_text.split(': ', 1)[-1]}."
        in content
    )
    assert 'aria-valuenow="43" aria-valuemin="0" aria-valuemax="60"' in content
    assert 'aria-valuetext="43 of 60 points"' in content
    assert "Current" in content  # words, not colour alone


def test_grace_status_shows_ce_countdown(client_in, user):
    today = timezone.localdate()
    # Certified so that the credential expired last month: grace (R-CMA-9).
    start = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    start = start.replace(year=start.year - 5)
    services.credential_create(owner=user, program="cma-aama", certified_on=start)
    (progress,) = selectors.dashboard_get(user=user, today=today)
    assert progress.result.status == rules.GRACE
    content = client_in.get(reverse("dashboard")).content.decode()
    assert "Expired — CE route still open" in content  # R-CMA-9: never called extra time
    assert "grace" not in content.lower().replace('data-status="grace"', "")
    assert f"{progress.result.ce_days_left} days left to recertify by CE" in content


@pytest.mark.parametrize("count", [1, 200])
def test_dashboard_query_count_does_not_grow(
    client_in, user, cma, ccma, make_activity, django_assert_num_queries, count
):
    for i in range(count):
        make_activity(amount="1", approved=True, completed_on=dt.date(2023, 1, 1) + dt.timedelta(days=i))
    # session, user, the dashboard selector's eight on a first view (no reminder is due)
    with django_assert_num_queries(10):
        response = client_in.get(reverse("dashboard"))
    cma_progress = next(p for p in response.context["progress_list"] if p.credential.program == "cma-aama")
    assert cma_progress.result.counted_points == Decimal(count)


# --------------------------------------------------------------------------- activities


def test_activity_add_happy_path(client_in, user, cma):
    response = client_in.post(
        reverse("activity_add"),
        activity_post(certificate=SimpleUploadedFile("cert.pdf", PDF_BYTES, "application/pdf")),
    )
    assert response.status_code == 302
    activity = CEActivity.objects.get(owner=user)
    assert activity.amount == Decimal("2.5")
    assert list(activity.shares.values_list("category", "amount")) == [("clinical", Decimal("2.5"))]
    assert activity.certificate_name == "cert.pdf"
    follow = client_in.get(response["Location"])
    assert "Activity “Phlebotomy update” saved." in follow.content.decode()


def test_activity_split_across_categories(client_in, user, cma):
    client_in.post(
        reverse("activity_add"),
        activity_post(amount="6", category="split", split_clinical="4", split_general="2"),
    )
    activity = CEActivity.objects.get(owner=user)
    assert sorted(activity.shares.values_list("category", "amount")) == [
        ("clinical", Decimal(4)),
        ("general", Decimal(2)),
    ]


def test_save_and_add_another(client_in, cma):
    response = client_in.post(reverse("activity_add"), activity_post(add_another="1"))
    # The next form starts with the same date, provider and unit (issue 15).
    assert response["Location"] == (
        reverse("activity_add") + "?completed_on=2025-05-01&provider=AAMA+e-Learning+Center&unit=aama_ceus"
    )


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ({"title": ""}, "title", "required"),
        ({"amount": "0"}, "amount", "greater than zero"),
        ({"amount": "-3"}, "amount", "greater than zero"),
        ({"amount": "abc"}, "amount", "Enter a number"),
        ({"amount": "1.234"}, "amount", "2 decimal places"),
        ({"completed_on": "2025-13-01"}, "completed_on", "valid date"),
        ({"completed_on": "1900-01-01"}, "completed_on", "after 1950"),
        ({"unit": "ebook"}, "unit", "valid choice"),
        ({"category": ""}, "category", "Choose a category"),
        ({"category": "split"}, "category", "how the amount splits"),
        ({"category": "split", "split_clinical": "1", "split_general": "1"}, "category", "adds up to 2"),
        ({"unit": "cpr_card", "amount": "1.5"}, "amount", "Log each CPR/BLS card"),
        ({"unit": "cpr_card", "amount": "2"}, "amount", "Log each CPR/BLS card"),
    ],
)
def test_activity_errors_next_to_field_and_input_kept(client_in, cma, data, field, words):
    post = activity_post(**data)
    response = client_in.post(reverse("activity_add"), post)
    assert response.status_code == 200
    errors = errors_of(response)
    assert field in errors, errors
    assert words in " ".join(errors[field])
    assert response.context["form"]["title"].value() == post["title"]
    assert response.context["form"]["provider"].value() == post["provider"]
    assert "Please correct the highlighted field" in response.content.decode()
    assert not CEActivity.objects.exists()


@pytest.mark.parametrize(
    ("upload", "words"),
    [
        (SimpleUploadedFile("cert.docx", b"PK\x03\x04"), "PDF, PNG or JPEG"),
        (SimpleUploadedFile("cert.pdf", b"<html>fake</html>"), "not a real PDF"),
        (SimpleUploadedFile("cert.png", b"GIF89a"), "not a real PNG"),
    ],
)
def test_certificate_errors(client_in, cma, upload, words):
    response = client_in.post(reverse("activity_add"), activity_post(certificate=upload))
    assert words in " ".join(errors_of(response)["certificate"])
    assert not CEActivity.objects.exists()


def test_activity_edit_keeps_or_clears_certificate(client_in, user, cma):
    activity = services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Course",
            completed_on=dt.date(2025, 1, 1),
            amount=Decimal(3),
            categories={"general": Decimal(3)},
        ),
        certificate=SimpleUploadedFile("c.pdf", PDF_BYTES),
    )
    url = reverse("activity_edit", args=[activity.pk])
    form = client_in.get(url).context["form"]
    assert form["category"].value() == "general"
    client_in.post(url, activity_post(title="Renamed", amount="3", category="general"))
    activity.refresh_from_db()
    assert (activity.title, bool(activity.certificate)) == ("Renamed", True)
    client_in.post(
        url, activity_post(title="Renamed", amount="3", category="general", **{"certificate-clear": "on"})
    )
    activity.refresh_from_db()
    assert not activity.certificate


def test_activity_delete_confirms_then_deletes(client_in, make_activity):
    activity = make_activity()
    url = reverse("activity_delete", args=[activity.pk])
    assert b"Delete" in client_in.get(url).content
    assert CEActivity.objects.exists()
    client_in.post(url)
    assert not CEActivity.objects.exists()


def test_certificate_download_is_owner_only_attachment(client_in, client, user, other_user):
    activity = services.activity_create(
        owner=user,
        data=ActivityInput.of(title="Course", completed_on=dt.date(2025, 1, 1), amount=Decimal(3)),
        certificate=SimpleUploadedFile("Peña cert.pdf", PDF_BYTES),
    )
    response = client_in.get(reverse("activity_certificate", args=[activity.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    client.force_login(other_user)
    assert client.get(reverse("activity_certificate", args=[activity.pk])).status_code == 404


def test_activity_list_shows_verdict_per_credential(client_in, cma, ccma, make_activity):
    make_activity(
        title="Tiny",
        amount="0.5",
        categories={"general": "0.5"},
        completed_on=dt.date(2025, 6, 1),
        confirmed=True,  # the form says first that it will not count (issue 15)
    )
    content = client_in.get(reverse("activity_list")).content.decode()
    assert "must be at least 1 point (one contact hour)" in content  # R-CMA-7 for the CMA
    # R-CCMA-2: the CCMA takes it, converted; the list shows what was logged and what each counts.
    assert "Counts 0.25 CE credits (2 contact hours = 1 NHA CE credit)." in content
    assert 'data-testid="logged">0.5 contact hours<' in content


def test_activity_list_filters_and_errors(client_in, cma, make_activity):
    make_activity(title="Old", completed_on=dt.date(2020, 1, 1))
    make_activity(title="New", approved=True, completed_on=dt.date(2025, 1, 1))
    make_activity(title="Alpha", amount="9", completed_on=dt.date(2024, 1, 1))
    titles = lambda r: [row.activity.title for row in r.context["activity_page"].rows]  # noqa: E731
    assert titles(client_in.get(reverse("activity_list"))) == ["New", "Alpha", "Old"]
    assert titles(client_in.get(reverse("activity_list"), {"approved": "yes"})) == ["New"]
    assert titles(client_in.get(reverse("activity_list"), {"sort": "title"})) == ["Alpha", "New", "Old"]
    assert titles(client_in.get(reverse("activity_list"), {"sort": "-amount"})) == ["Alpha", "New", "Old"]
    assert titles(client_in.get(reverse("activity_list"), {"sort": "completed_on"})) == [
        "Old",
        "Alpha",
        "New",
    ]
    assert titles(client_in.get(reverse("activity_list"), {"credential": cma.pk, "cycle": "current"})) == [
        "New",
        "Alpha",
    ]
    response = client_in.get(reverse("activity_list"), {"date_from": "2025-01-01", "date_to": "2024-01-01"})
    assert "date_to" in errors_of(response)
    response = client_in.get(reverse("activity_list"), {"credential": "abc", "date_from": "junk"})
    assert response.status_code == 200


def test_activity_list_for_closed_cycle(client_in, cma, make_activity):
    make_activity(title="Before", approved=True, completed_on=dt.date(2025, 1, 1))
    make_activity(title="After", approved=True, completed_on=dt.date(2026, 6, 1))
    old = cma.cycles.get()
    services.cycle_recertify(
        cycle=old, recertified_on=dt.date(2026, 3, 1), route="accepted", new_expires_on=dt.date(2031, 3, 31)
    )
    response = client_in.get(reverse("activity_list"), {"credential": cma.pk, "cycle": old.pk})
    assert [row.activity.title for row in response.context["activity_page"].rows] == ["Before"]
    assert Cycle.objects.count() == 2


@override_settings(LANGUAGE_CODE="en-us")
def test_dates_shown_in_persons_timezone(client, user, cma):
    user.timezone = "Pacific/Kiritimati"  # UTC+14: often already "tomorrow"
    user.save()
    client.force_login(user)
    response = client.get(reverse("activity_add"))
    from zoneinfo import ZoneInfo

    expected = timezone.now().astimezone(ZoneInfo("Pacific/Kiritimati")).date()
    assert response.context["form"]["completed_on"].value() == expected


# --------------------------------------------------------------------------- PDFs


@pytest.mark.parametrize("name", ["credential_summary_pdf", "credential_audit_pack_pdf"])
def test_pdf_download_for_owner_only(
    client_in, client, other_user, cma, make_activity, name, django_capture_on_commit_callbacks
):
    make_activity(title="Venipuncture", amount="4", approved=True)
    if name == "credential_audit_pack_pdf":  # a background job: asked for first (immediate in tests)
        with django_capture_on_commit_callbacks(execute=True):
            client_in.post(reverse("credential_audit_pack", args=[cma.pk]))
    response = client_in.get(reverse(name, args=[cma.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="recert-cma-aama-')
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert body.startswith(b"%PDF")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)
    assert "Venipuncture" in text
    assert "Ana Peña" in text
    client.force_login(other_user)
    assert client.get(reverse(name, args=[cma.pk])).status_code == 404


def test_pdf_of_a_past_cycle_and_bad_cycle_ids(client_in, cma, other_user):
    old = cma.cycles.get()
    services.cycle_recertify(
        cycle=old, recertified_on=dt.date(2026, 1, 15), route="accepted", new_expires_on=dt.date(2031, 1, 31)
    )
    url = reverse("credential_summary_pdf", args=[cma.pk])
    response = client_in.get(url, {"cycle": old.pk})
    assert response.status_code == 200
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Jan 15, 2026" in text  # recertified on
    assert client_in.get(url, {"cycle": "abc"}).status_code == 404
    theirs = services.credential_create(
        owner=other_user, program="ccma-nha", certified_on=dt.date(2025, 1, 1)
    )
    assert client_in.get(url, {"cycle": theirs.cycles.get().pk}).status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        {"credential": "\u00b2"},  # a superscript two: str.isdigit() says yes, int() says no
        {"credential": "99999999999999999999999"},
        {"credential": "-1", "cycle": "current"},
        {"sort": "'; drop table"},
    ],
)
def test_activity_list_survives_junk_queries(client_in, cma, query):
    assert client_in.get(reverse("activity_list"), query).status_code == 200


@pytest.mark.parametrize("cycle", ["\u00b2", "99999999999999999999999", "1e3"])
def test_pdf_with_junk_cycle_is_404(client_in, cma, cycle):
    assert (
        client_in.get(reverse("credential_summary_pdf", args=[cma.pk]), {"cycle": cycle}).status_code == 404
    )


@pytest.mark.parametrize("value", ["99999999999999999999999", "abc", "\u00b2"])
def test_excluded_from_junk_is_a_field_error(client_in, cma, value):
    response = client_in.post(reverse("activity_add"), activity_post(excluded_from=value))
    assert response.status_code == 200
    assert "excluded_from" in errors_of(response)
    assert not CEActivity.objects.exists()


def test_admin_cannot_edit_domain_data_around_the_services(client, django_user_model, cma):
    admin_user = django_user_model.objects.create_superuser("admin@example.com", "admin pass phrase 1")
    client.force_login(admin_user)
    assert client.get(reverse("admin:credentials_credential_changelist")).status_code == 200
    assert client.get(reverse("admin:credentials_credential_add")).status_code == 403
    response = client.post(
        reverse("admin:credentials_credential_change", args=[cma.pk]),
        {"program": "bls", "certified_on": "2020-01-01"},
    )
    assert response.status_code == 403
    cma.refresh_from_db()
    assert cma.program == "cma-aama"


def test_r_rma_3_and_r_rma_4_dashboard_shows_annual_fee_and_audit(client_in, user):
    today = timezone.localdate()
    certified = today - dt.timedelta(days=200)
    services.credential_create(owner=user, program="rma-amt", certified_on=certified)
    content = client_in.get(reverse("dashboard")).content.decode()
    (progress,) = selectors.dashboard_get(user=user, today=today)
    assert progress.result.annual_fee_due_on == certified.replace(year=certified.year + 1)
    assert progress.annual_fee_sentence in content
    assert "Annual fee due by" in content
    assert "random audit each January" in content


def test_r_cma_9_grace_hides_nothing_but_lapsed_shows_no_ce_action(client_in, user):
    today = timezone.localdate()
    start = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    graced = services.credential_create(
        owner=user, program="cma-aama", certified_on=start.replace(year=start.year - 5)
    )
    content = client_in.get(reverse("credential_detail", args=[graced.pk])).content.decode()
    assert "Expired — CE route still open until" in content
    assert ">Log an activity</a>" in content  # the CE route is still open: logging CE is the action


def test_editing_a_credential_keeps_the_expiry_printed_on_an_accepted_renewal(client_in, cma):
    services.cycle_recertify(
        cycle=cma.cycles.get(),
        recertified_on=dt.date(2026, 10, 1),
        route="accepted",
        new_expires_on=dt.date(2031, 9, 30),
    )
    client_in.post(
        reverse("credential_edit", args=[cma.pk]),
        {"program": "cma-aama", "certified_on": "2022-11-10", "number": "999"},
    )
    current = cma.cycles.get(closed_on__isnull=True)
    assert (current.expires_on, current.printed_expires_on) == (dt.date(2031, 9, 30), dt.date(2031, 9, 30))


def test_recertify_override_with_an_impossible_expiry_is_a_field_error(client_in, cma):
    response = client_in.post(
        reverse("credential_recertify", args=[cma.pk]),
        {"recertified_on": "2026-10-01", "route": "accepted", "new_expires_on": "9999-11-15"},
    )
    assert response.status_code == 200
    assert "Check the year" in " ".join(errors_of(response)["new_expires_on"])


def test_recertify_by_ce_can_be_recorded_after_the_ce_deadline_when_it_was_met(client_in, user):
    old = services.credential_create(owner=user, program="cma-aama", certified_on=dt.date(2020, 1, 15))
    for category in ("administrative", "clinical", "general"):
        services.activity_create(
            owner=user,
            data=ActivityInput.of(
                title=category,
                completed_on=dt.date(2022, 1, 1),
                unit="aama_ceus",
                amount=Decimal(20),
                categories={category: Decimal(20)},
            ),
        )
    url = reverse("credential_recertify", args=[old.pk])
    assert "By continuing education" in client_in.get(url).content.decode()
    response = client_in.post(url, {"recertified_on": "2025-03-01", "route": "ce"})
    assert response.status_code == 302
    assert old.cycles.get(closed_on__isnull=False).closed_by == "ce"
