"""Issue 15, items 5-8: what a new person meets around their account. Password rules stated before
typing and errors under the field typed in; a timezone list that starts with the common US zones
(the browser's own zone is picked by static/js/timezone.js, see tests/e2e/test_accounts_ux.py); a
warning on the last log-in try before a lockout, and a lockout page with the real wait and the way
out; a log-out that says so and lands on the landing page."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from recert.models import User
from recert.services import activation_token

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
