"""Throttling that cannot be dodged or turned against people (core/throttle.py, django-axes)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from core.throttle import client_ip, parse_rate, rate_hit
from credentials.models import CEActivity
from tests.conftest import PDF_BYTES
from tests.test_views import activity_post

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"  # the user fixture's


@pytest.fixture(autouse=True)
def fresh_counts():
    cache.clear()
    yield
    cache.clear()


def log_in(client, username, password, **headers):
    return client.post(reverse("login"), {"username": username, "password": password}, **headers)


def fail_until_locked(client, username, **headers):
    for _ in range(5):
        log_in(client, username, "wrong password", **headers)


def test_a_case_variant_of_a_locked_address_is_locked_too(client, user):
    fail_until_locked(client, "ma@example.com")
    response = log_in(client, "MA@Example.COM ", PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_failures_under_case_variants_add_up_to_one_lockout(client, user):
    for variant in ["ma@example.com", "Ma@example.com", "mA@example.com", "MA@EXAMPLE.COM", "ma@Example.com"]:
        log_in(client, variant, "wrong password")
    assert log_in(client, "ma@example.com", PASSWORD).status_code == 429


def test_the_lockout_page_says_how_long_and_offers_a_reset(client, user):
    fail_until_locked(client, "ma@example.com")
    response = log_in(client, "ma@example.com", PASSWORD)
    text = response.content.decode()
    assert "15 minutes" in text
    assert reverse("password_reset") in text


@override_settings(RECERT_PROXY_COUNT=1)
def test_behind_the_proxy_a_second_client_is_not_locked_by_the_first(client, user):
    # Both arrive from the proxy (REMOTE_ADDR); the proxy appends each client's own address.
    fail_until_locked(client, "ma@example.com", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert log_in(client, "ma@example.com", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429
    response = log_in(client, "ma@example.com", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.20")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


@override_settings(RECERT_PROXY_COUNT=1)
def test_a_client_cannot_dodge_its_lockout_by_writing_its_own_forwarded_for(client, user):
    fail_until_locked(client, "ma@example.com", HTTP_X_FORWARDED_FOR="198.51.100.7")
    # What the client wrote comes first; the proxy appends the address it really saw.
    spoofed = log_in(client, "ma@example.com", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99, 198.51.100.7")
    assert spoofed.status_code == 429


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "192.0.2.1", "10.0.0.9"),  # no proxy configured: the header is the client's own words
        (1, "192.0.2.1", "192.0.2.1"),
        (1, "6.6.6.6, 192.0.2.1", "192.0.2.1"),
        (2, "6.6.6.6, 192.0.2.1, 172.16.0.3", "192.0.2.1"),
        (2, "192.0.2.1", "10.0.0.9"),  # shorter than our proxies make it: not through them
        (1, "not an address", "10.0.0.9"),
    ],
)
def test_client_ip_trusts_only_what_our_proxies_appended(rf, settings, proxies, forwarded, expected):
    settings.RECERT_PROXY_COUNT = proxies
    request = rf.get("/", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR="10.0.0.9")
    assert client_ip(request) == expected


@pytest.mark.parametrize(("rate", "parsed"), [("5/h", (5, 3600)), ("20/10m", (20, 600)), ("3/d", (3, 86400))])
def test_rates_are_read_as_count_per_period(rate, parsed):
    assert parse_rate(rate) == parsed


def test_a_rate_allows_its_count_per_window_then_says_when_to_come_back(settings):
    settings.RECERT_RATES = {**settings.RECERT_RATES, "upload-user": "3/h"}
    start = 1_800_000_000 - 1_800_000_000 % 3600 + 600  # ten minutes into an hour
    hits = [rate_hit(scope="upload-user", key="7", now=start + n) for n in range(4)]
    assert [hit.allowed for hit in hits] == [True, True, True, False]
    assert hits[-1].retry_after_words == "50 minutes"
    assert rate_hit(scope="upload-user", key="8", now=start).allowed  # counted per key
    assert rate_hit(scope="upload-user", key="7", now=start + 3000 + 1).allowed  # the next hour


def test_uploads_over_the_limit_are_refused_next_to_the_field_and_nothing_is_saved(client, user, settings):
    settings.RECERT_RATES = {**settings.RECERT_RATES, "upload-user": "2/h"}
    client.force_login(user)
    statuses = []
    for n in range(3):
        data = activity_post(title=f"Course {n}", certificate=SimpleUploadedFile("c.pdf", PDF_BYTES))
        statuses.append(client.post(reverse("activity_add"), data))
    assert [r.status_code for r in statuses] == [302, 302, 429]
    assert "Try again in" in statuses[-1].context["form"].errors["certificate"][0]
    assert CEActivity.objects.filter(owner=user).count() == 2
    # Without a file the same person can still log courses.
    assert client.post(reverse("activity_add"), activity_post(title="No file")).status_code == 302


def test_a_lockout_expires_after_the_cool_off(client, user, settings):
    fail_until_locked(client, "ma@example.com")
    from axes.models import AccessAttempt

    AccessAttempt.objects.update(attempt_time=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    assert log_in(client, "ma@example.com", PASSWORD).status_code == 302


def test_a_request_made_in_code_has_no_client_address_and_logs_in_on_any_database(client, user):
    """force_login's request has no REMOTE_ADDR: django-axes must get None, not a word, for its
    address column (PostgreSQL refuses anything but an address)."""
    from django.http import HttpRequest

    assert client_ip(HttpRequest()) is None
    client.force_login(user)
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.parametrize(
    ("remote", "expected"),
    [
        ("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::"),
        ("2001:db8:1:2::9", "2001:db8:1:2::"),  # the same subscriber's other address: one client
        ("198.51.100.4", "198.51.100.4"),
    ],
)
def test_an_ipv6_client_is_its_64_block(rf, remote, expected):
    assert client_ip(rf.get("/", REMOTE_ADDR=remote)) == expected


def test_uploads_are_counted_even_when_the_post_is_rejected_on_the_database_cache(client, user, settings):
    """With the database cache the count is written outside the post's transaction, so a post
    that ends in a question or an error (and rolls back) still counts."""
    import uuid

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "recert_cache"}
    }
    settings.RECERT_RATES = {**settings.RECERT_RATES, "upload-user": "2/h"}
    client.force_login(user)
    statuses = []
    for _ in range(4):
        data = activity_post(
            amount="-1",  # rejected: the form comes back, nothing is saved
            certificate=SimpleUploadedFile("c.pdf", PDF_BYTES),
            submission_token=str(uuid.uuid4()),
        )
        statuses.append(client.post(reverse("activity_add"), data).status_code)
    data = activity_post(
        certificate=SimpleUploadedFile("c.pdf", PDF_BYTES), submission_token=str(uuid.uuid4())
    )
    assert client.post(reverse("activity_add"), data).status_code == 429
    assert not CEActivity.objects.filter(owner=user).exists()
