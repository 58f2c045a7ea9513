"""Issue 15, items 5-8: what a new person meets around their account. Password rules stated before
typing and errors under the field typed in; a timezone list that starts with the common US zones
(the browser's own zone is picked by static/js/timezone.js, see tests/e2e/test_accounts_ux.py); a
warning on the last log-in try before a lockout, and a lockout page with the real wait and the way
out; a log-out that says so and lands on the landing page."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import User
from accounts.services import activation_token

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"  # the user fixture's
TWELVE = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    }
]


@pytest.fixture(autouse=True)
def _fresh_counts():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client_in(client, user):
    client.force_login(user)
    return client


def signup(client, *, password, confirmation=None):
    data = {
        "email": "new@example.com",
        "full_name": "Zoë Ångström",
        "password1": password,
        "password2": password if confirmation is None else confirmation,
    }
    return client.post(reverse("signup"), data)


def field_block(html: str, name: str) -> str:
    """The crispy block of one field: its label, input, errors and help text."""
    start = html.index(f'id="div_id_{name}"')
    end = html.find('<div id="div_id_', start + 1)
    return html[start : end if end != -1 else len(html)]


def described_by(html: str, name: str) -> list[str]:
    tag = re.search(rf'<(?:input|select)[^>]*\bname="{name}"[^>]*>', html).group(0)
    return re.search(r'aria-describedby="([^"]*)"', tag).group(1).split()


def activation_link(user) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return reverse("signup_activate", args=[uid, activation_token.make_token(user)])


def reset_page(client, user) -> str:
    """The set-a-new-password page of a reset link (Django moves the token into the session)."""
    client.post(reverse("password_reset"), {"email": user.email})
    link = re.search(r"http://testserver(/accounts/reset/\S+)", mail.outbox[-1].body).group(1)
    return client.get(link, follow=True).redirect_chain[-1][0]


# --------------------------------------------------------------------------- 5. password rules


def test_a_too_short_password_is_reported_under_the_password_not_the_confirmation(client):
    response = signup(client, password="short1")
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "at least 8 characters" in " ".join(errors["password1"])
    assert "password2" not in errors
    html = response.content.decode()
    error = re.search(r'id="id_password1_error"[^>]*>(.*?)</div>', html, re.S).group(1)
    assert "at least 8 characters" in error
    assert "id_password1_error" in described_by(html, "password1")
    assert "_error" not in field_block(html, "password2")
    assert not User.objects.exists()


def test_two_different_passwords_are_still_reported_under_the_confirmation(client):
    response = signup(client, password="a-long-pass-phrase", confirmation="a-long-pass-phrasf")
    errors = response.context["form"].errors
    assert "password1" not in errors
    assert "didn’t match" in errors["password2"][0]


def test_sign_up_states_the_password_rules_before_anything_is_typed(client):
    html = client.get(reverse("signup")).content.decode()
    assert "id_password1_helptext" in described_by(html, "password1")
    help_text = re.search(r'id="id_password1_helptext"[^>]*>(.*?)</div>', html, re.S).group(1)
    assert "at least 8 characters" in help_text
    assert "commonly used" in help_text


@override_settings(AUTH_PASSWORD_VALIDATORS=TWELVE)
def test_the_rules_stated_are_the_configured_ones(client):
    html = client.get(reverse("signup")).content.decode()
    help_text = re.search(r'id="id_password1_helptext"[^>]*>(.*?)</div>', html, re.S).group(1)
    assert "at least 12 characters" in help_text
    assert "commonly used" not in help_text
    assert "at least 12 characters" in " ".join(
        signup(client, password="eleven-char").context["form"].errors["password1"]
    )


def test_a_reset_reports_a_weak_new_password_under_the_new_password(client, user):
    page = reset_page(client, user)
    html = client.get(page).content.decode()
    assert "at least 8 characters" in html
    assert "id_new_password1_helptext" in described_by(html, "new_password1")
    response = client.post(page, {"new_password1": "12345678", "new_password2": "12345678"})
    errors = response.context["form"].errors
    assert "entirely numeric" in " ".join(errors["new_password1"])
    assert "new_password2" not in errors
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_a_password_change_reports_a_weak_new_password_under_the_new_password(client_in, user):
    html = client_in.get(reverse("password_change")).content.decode()
    assert "id_new_password1_helptext" in described_by(html, "new_password1")
    response = client_in.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": "short1", "new_password2": "short1"},
    )
    errors = response.context["form"].errors
    assert "at least 8 characters" in " ".join(errors["new_password1"])
    assert "new_password2" not in errors
    assert "id_new_password1_error" in described_by(response.content.decode(), "new_password1")


# --------------------------------------------------------------------------- 6. timezone list

COMMON_US = [
    ("America/New_York", "Eastern time (New York)"),
    ("America/Chicago", "Central time (Chicago)"),
    ("America/Denver", "Mountain time (Denver)"),
    ("America/Phoenix", "Arizona time (Phoenix)"),
    ("America/Los_Angeles", "Pacific time (Los Angeles)"),
    ("America/Anchorage", "Alaska time (Anchorage)"),
    ("Pacific/Honolulu", "Hawaii time (Honolulu)"),
]
OPTION = re.compile(r'<option value="([^"]*)"[^>]*>([^<]*)</option>')


def timezone_select(html: str) -> str:
    return re.search(r'<select[^>]*name="timezone".*?</select>', html, re.S).group(0)


def test_the_profile_lists_the_common_us_timezones_first_in_words(client_in):
    select = timezone_select(client_in.get(reverse("profile")).content.decode())
    options = OPTION.findall(select)
    assert options[: len(COMMON_US)] == COMMON_US
    assert select.index('label="Common US timezones"') < select.index("Eastern time (New York)")
    assert select.index("Hawaii time (Honolulu)") < select.index('label="All other timezones"')
    assert select.index('label="All other timezones"') < select.index("Africa/Abidjan")


def test_every_timezone_is_listed_once_and_only_real_ones(client_in):
    values = [
        value
        for value, _ in OPTION.findall(timezone_select(client_in.get(reverse("profile")).content.decode()))
    ]
    assert len(values) == len(set(values))
    assert set(values) == zoneinfo.available_timezones()


def test_the_profile_keeps_the_saved_timezone_selected(client_in, user):
    user.timezone = "Asia/Tokyo"
    user.save()
    select = timezone_select(client_in.get(reverse("profile")).content.decode())
    assert re.search(r'<option value="Asia/Tokyo"[^>]*selected', select)


def test_an_unknown_timezone_is_a_clear_error_next_to_the_field(client_in, user):
    response = client_in.post(reverse("profile"), {"full_name": "Ana", "timezone": "Mars/Olympus"})
    assert response.status_code == 200
    (error,) = response.context["form"].errors["timezone"]
    assert "Mars/Olympus" in error and "Eastern time (New York)" in error
    html = response.content.decode()
    assert "id_timezone_error" in described_by(html, "timezone")
    assert "Mars/Olympus" in field_block(html, "timezone")
    user.refresh_from_db()
    assert user.timezone == "America/New_York"


def test_activation_asks_for_the_timezone_and_saves_it(client):
    user = User.objects.create_user("new@example.com", "a long pass phrase 42", is_active=False)
    link = activation_link(user)
    html = client.get(link).content.decode()
    assert 'data-timezone="default"' in timezone_select(html)  # the script may pick the browser's
    assert re.search(r'<option value="America/New_York"[^>]*selected', timezone_select(html))
    response = client.post(link, {"password": "a long pass phrase 42", "timezone": "America/Chicago"})
    assert response["Location"] == reverse("dashboard")
    user.refresh_from_db()
    assert (user.is_active, user.timezone) == (True, "America/Chicago")


def test_activation_without_a_timezone_keeps_the_default(client):
    user = User.objects.create_user("new@example.com", "a long pass phrase 42", is_active=False)
    response = client.post(activation_link(user), {"password": "a long pass phrase 42"})
    assert response["Location"] == reverse("dashboard")
    user.refresh_from_db()
    assert (user.is_active, user.timezone) == (True, "America/New_York")


def test_activation_with_an_unknown_timezone_activates_nothing_and_says_why(client):
    user = User.objects.create_user("new@example.com", "a long pass phrase 42", is_active=False)
    response = client.post(
        activation_link(user), {"password": "a long pass phrase 42", "timezone": "Nowhere"}
    )
    assert response.status_code == 200
    assert "Nowhere" in response.context["form"].errors["timezone"][0]
    user.refresh_from_db()
    assert not user.is_active


def test_the_timezone_script_is_loaded_only_where_a_timezone_is_chosen(client, client_in, user):
    script = "js/timezone.js"
    assert script in client_in.get(reverse("profile")).content.decode()
    assert script not in client_in.get(reverse("dashboard")).content.decode()
    client.logout()
    inactive = User.objects.create_user("new@example.com", "a long pass phrase 42", is_active=False)
    assert script in client.get(activation_link(inactive)).content.decode()
    assert script not in client.get(reverse("login")).content.decode()


# --------------------------------------------------------------------------- 7. lockout


def log_in(client, password, *, username="ma@example.com", ip="10.0.0.1"):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_the_last_try_before_a_lockout_warns_and_offers_a_reset(client, user):
    for _ in range(3):
        response = log_in(client, "wrong password")
        assert response.status_code == 200
        assert "One more failed try" not in response.content.decode()
    response = log_in(client, "wrong password")  # the fourth: one try left of five
    html = response.content.decode()
    assert "One more failed try will lock log-in for 15 minutes." in html
    warning = html[html.index("One more failed try") :]
    assert reverse("password_reset") in warning[: warning.index("</div>")]
    assert log_in(client, "wrong password").status_code == 429  # the fifth locks, as warned


@override_settings(AXES_FAILURE_LIMIT=3, AXES_COOLOFF_TIME=2)
def test_the_warning_follows_the_settings(client, user):
    assert "One more failed try" not in log_in(client, "wrong").content.decode()
    assert "One more failed try will lock log-in for 2 hours." in log_in(client, "wrong").content.decode()


def test_failures_are_counted_per_address_and_client_as_the_lockout_is(client, user):
    for _ in range(3):
        log_in(client, "wrong", ip="10.0.0.1")
    # Another client's failure, or another address's, brings nobody nearer a lockout.
    assert "One more failed try" not in log_in(client, "wrong", ip="10.0.0.2").content.decode()
    assert "One more failed try" not in log_in(client, "wrong", username="x@example.com").content.decode()
    assert "One more failed try" in log_in(client, "wrong", username="MA@example.com ").content.decode()


def test_the_lockout_page_says_the_wait_in_words_and_that_a_reset_is_the_way_out(client, user):
    for _ in range(5):
        response = log_in(client, "wrong password")
    assert response.status_code == 429
    html = response.content.decode()
    assert "15 minutes" in html
    assert "Each try before then starts the 15 minutes again." in html
    assert f'href="{reverse("password_reset")}"' in html


@override_settings(AXES_COOLOFF_TIME=0.5)
def test_the_lockout_page_wait_follows_the_settings(client, user):
    for _ in range(5):
        response = log_in(client, "wrong password")
    assert "30 minutes" in response.content.decode()


def test_a_password_reset_lifts_the_lockout(client, user):
    for _ in range(5):
        log_in(client, "wrong password")
    assert log_in(client, PASSWORD).status_code == 429
    page = reset_page(client, user)
    client.post(page, {"new_password1": "brand-new-phrase-1", "new_password2": "brand-new-phrase-1"})
    response = log_in(client, "brand-new-phrase-1")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_try_during_the_lockout_starts_the_wait_again_as_the_page_says(client, user):
    from axes.models import AccessAttempt
    from django.utils import timezone

    for _ in range(5):
        log_in(client, "wrong password")
    AccessAttempt.objects.update(attempt_time=timezone.now() - dt.timedelta(minutes=14))
    assert log_in(client, PASSWORD).status_code == 429  # a minute before the end
    (attempt,) = AccessAttempt.objects.all()
    assert attempt.attempt_time > timezone.now() - dt.timedelta(minutes=1)  # 15 minutes from now


def test_a_lockout_still_ends_after_the_cool_off(client, user):
    from axes.models import AccessAttempt

    for _ in range(5):
        log_in(client, "wrong password")
    AccessAttempt.objects.update(attempt_time=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    assert log_in(client, PASSWORD).status_code == 302


# --------------------------------------------------------------------------- 8. log-out


def test_logging_out_says_so_and_lands_on_the_landing_page(client_in):
    response = client_in.post(reverse("logout"), follow=True)
    assert response.redirect_chain == [(reverse("landing"), 302)]
    assert "You are logged out." in [str(m) for m in response.context["messages"]]
    assert "You are logged out." in response.content.decode()
    assert not response.context["user"].is_authenticated


def test_the_log_out_message_is_shown_once(client_in):
    client_in.post(reverse("logout"), follow=True)
    assert "You are logged out." not in client_in.get(reverse("landing")).content.decode()
