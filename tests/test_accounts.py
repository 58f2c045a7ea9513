"""Accounts: sign-up that does not reveal who has an account, activation by email, password reset
(also for accounts never activated), rate limits, downloading all of one's data, and deleting the
account with every row and file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from accounts import services as account_services
from accounts.models import User
from core import throttle
from credentials import log_io, portability, reminders, services
from credentials.activity_input import ActivityInput
from credentials.models import (
    AuditPack,
    CalendarFeed,
    CategoryShare,
    CEActivity,
    Credential,
    Cycle,
    ExamAttempt,
    Reminder,
    ReminderPreference,
)
from tests.conftest import PDF_BYTES, PDF_BYTES_TWO_PAGES, TODAY

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-pass-phrase"
# One minute into an hour-long window of the rate limits.
NOW = 500_000 * 3600 + 60.0


@pytest.fixture(autouse=True)
def _fresh_rate_limits(monkeypatch):
    """Rate-limit counts start at zero, and stay out of the next test module's way; the clock the
    limits read stands still, so no window ends in the middle of a test."""
    cache.clear()
    monkeypatch.setattr(throttle, "time", SimpleNamespace(time=lambda: NOW))
    yield
    cache.clear()


def signup(client, email, *, ip="10.0.0.1", password=PASSWORD, **extra):
    data = {"email": email, "full_name": "Zoë Ångström", "password1": password, "password2": password}
    return client.post(reverse("signup"), data | extra, REMOTE_ADDR=ip)


def reset(client, email, *, ip="10.0.0.1"):
    return client.post(reverse("password_reset"), {"email": email}, REMOTE_ADDR=ip)


def link_in(message, path: str) -> str:
    return re.search(rf"http://testserver({path}\S+)", message.body).group(1)


# --------------------------------------------------------------------------- sign-up


def test_a_new_address_gets_an_inactive_account_and_a_one_time_activation_link(client):
    response = signup(client, "New@Example.com")
    assert response.status_code == 302
    assert response["Location"] == reverse("signup_done")
    user = User.objects.get()
    assert (user.email, user.full_name, user.is_active) == ("new@example.com", "Zoë Ångström", False)
    assert user.check_password(PASSWORD)
    (message,) = mail.outbox
    assert message.to == ["new@example.com"]
    assert message.subject == "Activate your Recert account"
    link = link_in(message, "/accounts/activate/")

    # Opening the link asks for the password chosen at sign-up; the link alone activates nothing.
    page = client.get(link)
    assert page.status_code == 200 and b"Finish creating your account" in page.content
    user.refresh_from_db()
    assert not user.is_active
    response = client.post(link, {"password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("dashboard")
    assert response.context["user"] == user
    assert "Welcome to Recert. Add your first credential to get started." in [
        str(m) for m in response.context["messages"]
    ]
    user.refresh_from_db()
    assert user.is_active

    # Used once, the link is spent: in another browser it logs nobody in.
    other = Client()
    response = other.post(link, {"password": PASSWORD})
    assert response.status_code == 400
    assert b"This link does not work" in response.content
    assert not other.get(reverse("dashboard")).context["user"].is_authenticated


@pytest.mark.parametrize(
    "link",
    [
        "/accounts/activate/MQ/not-a-token/",
        "/accounts/activate/bm90LWEtbnVtYmVy/abc-123/",  # "not-a-number"
        "/accounts/activate/OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5/abc-123/",  # a huge id
        "/accounts/activate/%%%/abc/",
    ],
)
def test_a_forged_activation_link_is_a_clear_error_not_a_500(client, link):
    signup(client, "new@example.com")
    response = client.get(link)
    assert response.status_code == 400
    assert b"This link does not work" in response.content
    assert not User.objects.get().is_active


def test_an_activation_link_with_somebody_elses_password_activates_nothing(client):
    """Somebody signs up with my address and their password; the link reaches me. Opening it and
    guessing does not open an account whose password they know."""
    signup(client, "me@example.com", password="the-squatters-pass-phrase")
    link = link_in(mail.outbox[0], "/accounts/activate/")
    response = client.post(link, {"password": "my own pass phrase 42"})
    assert response.status_code == 200
    assert "not the password chosen at sign-up" in response.context["form"].errors["password"][0]
    assert not User.objects.get().is_active
    assert reverse("password_reset") in response.content.decode()


def test_an_address_with_an_account_gets_a_notice_and_nothing_is_created(client, user):
    response = signup(client, "MA@Example.com", password="another-pass-phrase", full_name="Somebody")
    assert response.status_code == 302
    assert response["Location"] == reverse("signup_done")
    assert User.objects.count() == 1
    user.refresh_from_db()
    assert user.check_password("correct horse battery")  # nothing about the account changed
    assert user.full_name == "Ana Peña"
    (message,) = mail.outbox
    assert message.to == ["ma@example.com"]
    assert message.subject == "You already have a Recert account"
    assert "http://testserver/accounts/login/" in message.body
    assert "http://testserver/accounts/password_reset/" in message.body
    assert "/accounts/activate/" not in message.body


def test_new_and_existing_addresses_get_the_same_answer(client, user):
    new = signup(client, "someone-new@example.com")
    existing = signup(client, "ma@example.com")
    assert (new.status_code, new["Location"]) == (existing.status_code, existing["Location"])
    assert new.cookies.keys() == existing.cookies.keys()
    new_page = client.get(new["Location"])
    existing_page = client.get(existing["Location"])
    assert new_page.status_code == existing_page.status_code == 200
    assert [t.name for t in new_page.templates] == [t.name for t in existing_page.templates]
    assert new_page.content == existing_page.content
    assert b"Check your inbox" in new_page.content
    assert len(mail.outbox) == 2  # each address got its email


def test_sign_up_keeps_the_password_rules(client):
    response = signup(client, "new@example.com", password="123")
    assert response.status_code == 200
    assert "password1" in response.context["form"].errors  # under the password typed (issue 15)
    assert not User.objects.exists()
    assert mail.outbox == []


def test_a_never_activated_account_cannot_log_in_and_gets_the_usual_error(client):
    signup(client, "new@example.com")
    never = client.post(reverse("login"), {"username": "new@example.com", "password": PASSWORD})
    wrong = client.post(reverse("login"), {"username": "nobody@example.com", "password": PASSWORD})
    assert never.status_code == wrong.status_code == 200
    assert b"correct email address and password" in never.content
    assert never.context["form"].errors == wrong.context["form"].errors
    assert not client.get(reverse("dashboard")).context["user"].is_authenticated


def test_signing_up_again_for_a_never_activated_account_sends_the_notice_and_a_reset_activates_it(client):
    signup(client, "new@example.com")
    signup(client, "new@example.com", password="another-pass-phrase")
    assert User.objects.count() == 1
    notice = mail.outbox[1]
    assert notice.subject == "You already have a Recert account"

    response = reset(client, "new@example.com")
    assert response["Location"] == reverse("password_reset_done")
    assert len(mail.outbox) == 3
    link = link_in(mail.outbox[2], "/accounts/reset/")
    response = client.get(link, follow=True)
    assert response.context["validlink"]
    response = client.post(
        response.redirect_chain[-1][0],
        {"new_password1": "brand-new-phrase-1", "new_password2": "brand-new-phrase-1"},
    )
    assert response["Location"] == reverse("password_reset_complete")
    user = User.objects.get()
    assert user.is_active
    assert user.check_password("brand-new-phrase-1")
    response = client.post(
        reverse("login"), {"username": "new@example.com", "password": "brand-new-phrase-1"}
    )
    assert response.status_code == 302


def test_an_account_imported_without_a_password_chooses_one_by_a_reset_link(client, user, cma):
    data = portability.person_export(user=user, include_password=False)
    moved = portability.person_import(data=data, email="moved@example.com")
    assert not moved.has_usable_password()
    reset(client, "moved@example.com")
    (message,) = mail.outbox
    response = client.get(link_in(message, "/accounts/reset/"), follow=True)
    client.post(
        response.redirect_chain[-1][0],
        {"new_password1": "brand-new-phrase-1", "new_password2": "brand-new-phrase-1"},
    )
    response = client.post(
        reverse("login"), {"username": "moved@example.com", "password": "brand-new-phrase-1"}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")


def test_a_reset_never_reaches_an_account_an_admin_deactivated(client, user):
    client.force_login(user)  # has logged in: an activated account
    client.logout()
    User.objects.filter(pk=user.pk).update(is_active=False)
    response = reset(client, "ma@example.com")
    assert response["Location"] == reverse("password_reset_done")
    assert mail.outbox == []
    assert not User.objects.get(pk=user.pk).is_active


# --------------------------------------------------------------------------- rate limits


def test_the_eleventh_sign_up_from_one_address_in_an_hour_is_refused(client):
    for number in range(10):
        assert signup(client, f"person{number}@example.com").status_code == 302
    response = signup(client, "person10@example.com")
    assert response.status_code == 429
    assert response["Retry-After"] == str(3600 - 60)
    assert b"Try again in 59 minutes." in response.content
    assert "registration/rate_limited.html" in [t.name for t in response.templates]
    assert not User.objects.filter(email="person10@example.com").exists()
    assert User.objects.count() == 10
    assert len(mail.outbox) == 10
    # Another client address is not held back.
    assert signup(client, "person10@example.com", ip="10.0.0.2").status_code == 302
    assert User.objects.filter(email="person10@example.com").exists()


def test_the_fourth_reset_for_one_address_sends_no_email(client, user):
    for number, spelling in enumerate(["ma@example.com", "MA@example.com", " Ma@Example.com "]):
        response = reset(client, spelling, ip=f"10.0.1.{number}")
        assert response["Location"] == reverse("password_reset_done")
    assert len(mail.outbox) == 3
    response = reset(client, "ma@example.com", ip="10.0.1.9")
    assert response.status_code == 429
    assert b"Try again in 59 minutes." in response.content
    assert len(mail.outbox) == 3
    # Another address, from a second client address, still works.
    account_services.user_create(email="other@example.com", password="correct horse battery")
    response = reset(client, "other@example.com", ip="10.0.2.1")
    assert response["Location"] == reverse("password_reset_done")
    assert len(mail.outbox) == 4
    assert mail.outbox[3].to == ["other@example.com"]


def test_resets_from_one_client_address_are_limited_whatever_the_addresses(client, user):
    for number in range(10):
        assert reset(client, f"unknown{number}@example.com").status_code == 302
    response = reset(client, "ma@example.com")
    assert response.status_code == 429
    assert mail.outbox == []
    assert reset(client, "ma@example.com", ip="10.0.0.2").status_code == 302
    assert len(mail.outbox) == 1


def test_a_reset_for_an_unknown_address_sends_nothing_and_looks_the_same(client, user):
    known = reset(client, "ma@example.com")
    unknown = reset(client, "nobody@example.com")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert [m.to for m in mail.outbox] == [["ma@example.com"]]


# --------------------------------------------------------------------------- download all my data


@pytest.fixture
def client_in(client, user):
    client.force_login(user)
    return client


def test_download_all_my_data(client_in, user, cma, with_certificate, other_user):
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Ética, “médica”",
            provider="Colegio",
            completed_on=dt.date(2025, 6, 1),
            unit="contact_hours",
            amount=Decimal("2.5"),
            categories={"general": Decimal("1.5"), "administrative": Decimal(1)},
            verified_on_transcript=True,
            notes="line one\nline two",
        ),
    )
    services.activity_create(
        owner=other_user,
        data=ActivityInput.of(title="Not mine", completed_on=dt.date(2025, 6, 1), amount=Decimal(1)),
        certificate=SimpleUploadedFile("theirs.pdf", PDF_BYTES),
    )
    response = client_in.get(reverse("account_export"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="recert-data-')
    assert response["Cache-Control"] == "private, no-store"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    certificates = [n for n in names if n.startswith("certificates/")]
    assert set(names) == {"recert-export.json", "activities.csv", *certificates}
    assert [archive.read(n) for n in certificates] == [PDF_BYTES_TWO_PAGES]

    data = json.loads(archive.read("recert-export.json"))
    assert data["user"]["email"] == "ma@example.com"
    assert data["user"]["password"] == ""  # no password hash in a file on the person's computer
    assert [c["program"] for c in data["credentials"]] == ["cma-aama"]
    assert data["activities"][1]["certificate"] == {"name": "cert.pdf", "path": certificates[0]}
    assert "Not mine" not in archive.read("activities.csv").decode("utf-8-sig")

    # The same table as the activity list's CSV export (issue 24): one layout, documented once.
    rows = list(csv.reader(io.StringIO(archive.read("activities.csv").decode("utf-8-sig"))))
    assert rows[0][:13] == log_io.EXPORT_COLUMNS
    assert rows[0][13:] == ["CMA (AAMA) #123456 counts", "CMA (AAMA) #123456 reason"]
    assert [row[:13] for row in rows[1:]] == [
        [
            "2025-05-01",
            "Phlebotomy",
            "",
            "4",
            "AAMA CEUs",
            "",
            "4",
            "",
            "yes",
            "no",
            "",
            "cert.pdf",
            "",
        ],
        [
            "2025-06-01",
            "Ética, “médica”",
            "Colegio",
            "2.5",
            "contact hours",
            "1",
            "",
            "1.5",
            "no",
            "yes",
            "line one\nline two",
            "",
            "",
        ],
    ]


def test_download_needs_a_log_in(client, user):
    response = client.get(reverse("account_export"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_profile_offers_the_download_and_the_deletion(client_in):
    content = client_in.get(reverse("profile")).content.decode()
    assert reverse("account_export") in content
    assert reverse("account_delete") in content


# --------------------------------------------------------------------------- delete my account


def files_in(root) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def everything(disk, user, cma, ccma, other_user, django_capture_on_commit_callbacks, settings):
    """A person with one of each thing that can be stored, and another person's certificate."""
    activity = services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Phlebotomy",
            completed_on=dt.date(2025, 5, 1),
            unit="aama_ceus",
            amount=Decimal(4),
            categories={"clinical": Decimal(4)},
        ),
        certificate=SimpleUploadedFile("cert.pdf", PDF_BYTES_TWO_PAGES),
    )
    services.activity_exclusions_set(activity=activity, credentials=[ccma])
    services.exam_attempt_record(
        cycle=cma.cycles.get(), taken_on=dt.date(2026, 3, 1), passed=False, today=TODAY
    )
    with django_capture_on_commit_callbacks(execute=True):
        pack = services.audit_pack_request(cycle=cma.cycles.get())
    pack.refresh_from_db()
    assert pack.state == AuditPack.State.READY
    services.calendar_feed_get_or_create(owner=user)
    services.reminder_preference_save(owner=user, weekly_digest=True)
    reminders.reminders_schedule(user=user)
    theirs = services.activity_create(
        owner=other_user,
        data=ActivityInput.of(
            title="Theirs",
            completed_on=dt.date(2025, 1, 1),
            amount=Decimal(2),
            categories={"general": Decimal(2)},
        ),
        certificate=SimpleUploadedFile("theirs.pdf", PDF_BYTES),
    )
    # A file left in the person's folder with no row (an upload cut short).
    stray = activity.certificate.storage.save(f"certificates/{user.pk}/stray.pdf", ContentFile(PDF_BYTES))
    mine = {activity.certificate.name, pack.file.name, stray}
    assert files_in(disk) == mine | {theirs.certificate.name}
    return SimpleNamespace(mine=mine, theirs=theirs)


def owned_rows(user_id: int) -> dict[str, int]:
    return {
        "credentials": Credential.objects.filter(owner_id=user_id).count(),
        "cycles": Cycle.objects.filter(credential__owner_id=user_id).count(),
        "exam attempts": ExamAttempt.objects.filter(cycle__credential__owner_id=user_id).count(),
        "activities": CEActivity.objects.filter(owner_id=user_id).count(),
        "shares": CategoryShare.objects.filter(activity__owner_id=user_id).count(),
        "audit packs": AuditPack.objects.filter(cycle__credential__owner_id=user_id).count(),
        "calendar feeds": CalendarFeed.objects.filter(owner_id=user_id).count(),
        "reminder settings": ReminderPreference.objects.filter(owner_id=user_id).count(),
        "reminders": Reminder.objects.filter(owner_id=user_id).count(),
    }


def test_deleting_my_account_removes_every_row_and_file_logs_out_and_emails(
    client_in, user, other_user, everything, disk, django_capture_on_commit_callbacks
):
    before = owned_rows(user.pk)
    assert all(before.values()), before  # one of each, so each count below could fail
    page = client_in.get(reverse("account_delete"))
    assert page.status_code == 200
    assert b"Delete my account and all my data" in page.content

    with django_capture_on_commit_callbacks(execute=True):
        response = client_in.post(reverse("account_delete"), {"password": "correct horse battery"})
    assert response.status_code == 302
    assert response["Location"] == reverse("landing")

    assert not User.objects.filter(pk=user.pk).exists()
    assert owned_rows(user.pk) == dict.fromkeys(before, 0)
    assert files_in(disk) == {everything.theirs.certificate.name}  # the other person's stays
    assert CEActivity.objects.filter(owner=other_user).count() == 1
    (message,) = mail.outbox
    assert message.to == ["ma@example.com"]
    assert message.subject == "Your Recert account is deleted"

    landing = client_in.get(response["Location"])
    assert "Your account and everything in it are deleted." in landing.content.decode()
    assert not landing.context["user"].is_authenticated
    assert client_in.get(reverse("profile"))["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("password", ["wrong password", ""])
def test_a_wrong_password_deletes_nothing(client_in, user, with_certificate, password):
    response = client_in.post(reverse("account_delete"), {"password": password})
    assert response.status_code == 200
    assert "password" in response.context["form"].errors
    assert User.objects.filter(pk=user.pk).exists()
    assert CEActivity.objects.get(owner=user).certificate.read() == PDF_BYTES_TWO_PAGES
    assert client_in.get(reverse("profile")).status_code == 200  # still logged in
    assert mail.outbox == []


def test_deleting_needs_a_log_in(client, user):
    response = client.post(reverse("account_delete"), {"password": "correct horse battery"})
    assert response["Location"].startswith(reverse("login"))
    assert User.objects.filter(pk=user.pk).exists()


def test_user_delete_from_anywhere_leaves_no_file(user, everything, disk, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        account_services.user_delete(user=user)
    assert files_in(disk) == {everything.theirs.certificate.name}
    assert owned_rows(user.pk) == dict.fromkeys(owned_rows(user.pk), 0)
    assert mail.outbox == []  # the service alone sends nothing; deleting one's own account does


def test_files_go_only_once_the_deletion_commits(user, everything, disk, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as pending:
        account_services.user_delete(user=user)
    assert len(pending) == 1  # the files go only once the deletion is committed
    assert files_in(disk) == everything.mine | {everything.theirs.certificate.name}


def test_deleting_a_person_in_the_admin_removes_their_files_too(
    client, user, everything, disk, django_user_model, django_capture_on_commit_callbacks
):
    admin_user = django_user_model.objects.create_superuser("admin@example.com", "an admin pass phrase")
    client.force_login(admin_user)
    url = reverse("admin:accounts_user_delete", args=[user.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"post": "yes"})
    assert response.status_code == 302
    assert not django_user_model.objects.filter(pk=user.pk).exists()
    assert files_in(disk) == {everything.theirs.certificate.name}


def test_an_audit_pack_queued_for_a_person_deleted_meanwhile_is_dropped_quietly(user, cma):
    from credentials.models import AuditPack

    pack = AuditPack.objects.create(cycle=cma.cycles.get(), version="v")
    pack_id = pack.pk
    account_services.user_delete(user=user)
    assert services.audit_pack_build(pack_id=pack_id) == "gone"


def test_sign_ups_for_one_address_send_a_few_emails_an_hour_whoever_asks(client):
    answers = [signup(client, "victim@example.com", ip=f"10.0.1.{n}") for n in range(6)]
    assert {a["Location"] for a in answers} == {reverse("signup_done")}  # the same answer each time
    assert len([m for m in mail.outbox if m.to == ["victim@example.com"]]) == 3
