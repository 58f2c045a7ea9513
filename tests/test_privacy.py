"""Deleting an account leaves nothing of the person anywhere: no row in any table (by a foreign key
to them, by their id in a session, by their address in django-axes's log-in records), no file
in storage and no kept rendering in the cache, on the local memory cache and the database cache;
and another person's rows, files, renderings and sessions stay as they were."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from axes.models import AccessFailureLog
from django.apps import apps
from django.contrib.auth import SESSION_KEY
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, models
from django.test import Client
from django.urls import reverse

from accounts import services as account_services
from accounts.models import Session, User
from core import throttle
from credentials import reminders, services
from credentials.activity_input import ActivityInput
from credentials.models import AuditPack, CertificateDraft, Reminder
from tests.conftest import PDF_BYTES, PDF_BYTES_TWO_PAGES, TODAY

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"
EMAIL = "ana.pena@example.com"
KEY_PREFIX = "recert-tests"


@pytest.fixture(params=["locmem", "db"])
def cache_backend(request, settings) -> str:
    backends = {
        "locmem": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "privacy"},
        "db": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "recert_cache"},
    }
    settings.CACHES = {"default": {**backends[request.param], "KEY_PREFIX": KEY_PREFIX}}
    caches["default"].clear()
    yield request.param
    caches["default"].clear()


def cache_keys(backend: str) -> set[str]:
    """Every key in the cache, as stored (with its prefix and version)."""
    if backend == "locmem":
        return set(caches["default"]._cache)
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM recert_cache")
        return {row[0] for row in cursor.fetchall()}


def tables() -> list[type[models.Model]]:
    """Every table of every installed app, many-to-many tables too (not django-rq's dashboard,
    a model with no table)."""
    return [model for model in apps.get_models(include_auto_created=True) if model._meta.managed]


def every_row() -> dict[str, set]:
    return {model._meta.label: set(model._default_manager.values_list("pk", flat=True)) for model in tables()}


def files_in(root) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def log_in(client: Client, username: str, password: str = PASSWORD, ip: str = "10.0.0.1"):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=ip)


def pages_viewed(client: Client, credential_id: int) -> None:
    for url in (
        reverse("dashboard"),
        reverse("activity_list"),
        f"{reverse('activity_list')}?credential={credential_id}&cycle=current",
    ):
        assert client.get(url).status_code == 200


def person_with_everything(email: str, disk, capture) -> tuple[User, int]:
    """A person with one of each thing that can be stored; returns them and a credential's id."""
    person = account_services.user_create(email=email, password=PASSWORD, full_name="Ana Peña")
    cma = services.credential_create(
        owner=person, program="cma-aama", certified_on=dt.date(2022, 11, 10), number="123456", today=TODAY
    )
    ccma = services.credential_create(
        owner=person, program="ccma-nha", certified_on=dt.date(2025, 3, 1), today=TODAY
    )
    activity = services.activity_create(
        owner=person,
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
    with capture(execute=True):
        services.certificate_draft_create(owner=person, file=SimpleUploadedFile("inbox.pdf", PDF_BYTES))
        services.audit_pack_request(cycle=cma.cycles.get())
    services.calendar_feed_get_or_create(owner=person)
    services.reminder_preference_save(owner=person, days_7=False)
    reminders.reminders_schedule(user=person)
    return person, cma.pk


def test_deleting_an_account_leaves_nothing_of_the_person_anywhere(
    cache_backend, disk, settings, other_user, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = disk
    capture = django_capture_on_commit_callbacks

    # Another person, logged in with their pages kept, and a failed log-in to their address.
    other_credential = services.credential_create(
        owner=other_user, program="ccma-nha", certified_on=dt.date(2025, 3, 1), today=TODAY
    )
    services.activity_create(
        owner=other_user,
        data=ActivityInput.of(
            title="Theirs",
            completed_on=dt.date(2025, 1, 1),
            amount=Decimal(2),
            categories={"general": Decimal(2)},
        ),
        certificate=SimpleUploadedFile("theirs.pdf", PDF_BYTES),
    )
    other = Client()
    assert log_in(other, "other@example.com").status_code == 302
    pages_viewed(other, other_credential.pk)
    assert log_in(Client(), "other@example.com", "wrong", ip="10.0.0.9").status_code == 200
    throttle.rate_hit(scope="upload-user", key=str(other_user.pk))
    rows_before, files_before, keys_before = every_row(), files_in(disk), cache_keys(cache_backend)
    assert keys_before and files_before

    # The person: everything stored, logged in from two browsers, one failed log-in elsewhere,
    # and a record of a log-in under another spelling of their address (as kept before the
    # address was normalised).
    person, credential_id = person_with_everything(EMAIL, disk, capture)
    person_id = person.pk
    assert CertificateDraft.objects.filter(owner=person).exists()
    assert AuditPack.objects.get(cycle__credential__owner=person).state == AuditPack.State.READY
    assert Reminder.objects.filter(owner=person).exists()
    laptop, phone = Client(), Client()
    assert log_in(laptop, "Ana.Pena@Example.com ").status_code == 302
    assert log_in(phone, EMAIL, ip="10.0.0.2").status_code == 302
    assert log_in(Client(), EMAIL.upper(), "wrong", ip="10.0.0.3").status_code == 200
    AccessFailureLog.objects.create(username=" ANA.PENA@example.COM", ip_address="10.0.0.4", user_agent="old")
    pages_viewed(laptop, credential_id)
    pages_viewed(phone, credential_id)
    throttle.rate_hit(scope="upload-user", key=str(person_id))  # counts under their id and address
    throttle.rate_hit(scope="password-reset-email", key=EMAIL)
    assert Session.objects.filter(user_id=person_id).count() == 2
    assert len(cache_keys(cache_backend) - keys_before) >= 3  # their kept renderings
    assert files_in(disk) - files_before

    with capture(execute=True):
        response = laptop.post(reverse("account_delete"), {"password": PASSWORD})
    assert response.status_code == 302

    # No row refers to the person: by a foreign key, by their id in a session, or by their address.
    for model in tables():
        for field in model._meta.get_fields():
            if isinstance(field, models.ForeignKey) and field.related_model is User:
                assert not model._default_manager.filter(**{field.name: person_id}).exists(), model
            if isinstance(field, (models.CharField, models.TextField)) and field.concrete:
                lookup = {f"{field.name}__icontains": EMAIL}
                assert not model._default_manager.filter(**lookup).exists(), (model, field.name)
    assert not Session.objects.filter(user_id=person_id).exists()
    for session in Session.objects.all():
        assert session.get_decoded().get(SESSION_KEY) != str(person_id)
    # Every other row is as it was: nothing of the person's was left, nothing of others went.
    assert every_row() == rows_before
    # No file, and no kept rendering.
    assert files_in(disk) == files_before
    assert not any(
        f.startswith((f"certificates/{person_id}/", f"audit-packs/{person_id}/")) for f in files_in(disk)
    )
    assert cache_keys(cache_backend) == keys_before
    assert not [key for key in cache_keys(cache_backend) if f":render:{person_id}:" in key]

    # Their other browser is logged out; the other person is still logged in, pages kept.
    assert phone.get(reverse("activity_list"))["Location"].startswith(reverse("login"))
    assert other.get(reverse("dashboard")).status_code == 200
    assert cache_keys(cache_backend) == keys_before


def test_a_password_change_keeps_this_browser_logged_in_with_its_session_still_theirs(user):
    laptop, phone = Client(), Client()
    assert log_in(laptop, user.email).status_code == 302
    assert log_in(phone, user.email).status_code == 302
    response = laptop.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "a brand new phrase",
            "new_password2": "a brand new phrase",
        },
    )
    assert response.status_code == 302
    assert laptop.get(reverse("activity_list")).status_code == 200  # update_session_auth_hash
    assert phone.get(reverse("activity_list")).status_code == 302  # the old password's session ends
    (session,) = Session.objects.filter(session_key=laptop.session.session_key)
    assert session.user_id == user.pk
    assert session.get_decoded()[SESSION_KEY] == str(user.pk)


def test_background_job_records_naming_the_person_go_with_them(user, other_user, settings):
    from django_tasks_db.models import DBTaskResult

    from credentials import tasks

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    tasks.reminder_digest_send.enqueue(user_id=user.pk)
    kept = tasks.reminder_digest_send.enqueue(user_id=other_user.pk)
    account_services.user_delete(user=user)
    assert [str(pk) for pk in DBTaskResult.objects.values_list("pk", flat=True)] == [kept.id]
