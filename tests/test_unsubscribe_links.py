"""Unsubscribe links expire (RECERT_UNSUBSCRIBE_MAX_AGE_DAYS), can be revoked, and a link that no
longer works (expired, revoked, mangled, or its account deleted) answers a plain page, never an
error."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from django.core import signing
from django.urls import reverse

from accounts import services as account_services
from credentials import reminders

pytestmark = pytest.mark.django_db

GONE = b"This link no longer works"


def link(token: str) -> str:
    return reverse("reminders_unsubscribe", args=[token])


def token_made(user, *, days_ago: float, monkeypatch) -> str:
    made_at = time.time() - dt.timedelta(days=days_ago).total_seconds()
    with monkeypatch.context() as patch:
        patch.setattr(signing.time, "time", lambda: made_at)
        return reminders.unsubscribe_token(user)


def assert_gone(client, token: str, user=None) -> None:
    for response in (client.get(link(token)), client.post(link(token))):
        assert response.status_code == 200
        assert GONE in response.content
        assert f"{reverse('login')}?next=" in response.content.decode()
    if user is not None:
        assert reminders.preference_get(user).enabled  # nothing changed


def test_a_link_works_until_it_expires(client, user, settings, monkeypatch):
    assert settings.RECERT_UNSUBSCRIBE_MAX_AGE_DAYS == 120
    assert_gone(client, token_made(user, days_ago=121, monkeypatch=monkeypatch), user)
    fresh_enough = token_made(user, days_ago=119, monkeypatch=monkeypatch)
    assert b"Stop reminder emails?" in client.get(link(fresh_enough)).content
    assert b"no more reminder emails" in client.post(link(fresh_enough)).content
    assert not reminders.preference_get(user).enabled


def test_revoking_stops_every_link_sent_so_far(client, user, other_user):
    sent = reminders.unsubscribe_token(user)
    theirs = reminders.unsubscribe_token(other_user)
    reminders.unsubscribe_links_revoke(user=user)
    assert_gone(client, sent, user)
    assert b"Stop reminder emails?" in client.get(link(reminders.unsubscribe_token(user))).content
    assert b"Stop reminder emails?" in client.get(link(theirs)).content  # only theirs are revoked


def test_a_password_reset_revokes_the_links_too(client, user):
    sent = reminders.unsubscribe_token(user)
    account_services.user_password_reset(user=user, password="a new pass phrase")
    assert_gone(client, sent, user)


def test_a_link_of_a_deleted_account_answers_a_plain_page(client, user, django_capture_on_commit_callbacks):
    sent = reminders.unsubscribe_token(user)
    with django_capture_on_commit_callbacks(execute=True):
        account_services.user_delete(user=user)
    assert_gone(client, sent)


# The tokens are signed inside the test: a signature carries the second it
# was made, and parameters that differ between xdist workers stop the run.
@pytest.mark.parametrize(
    "make_token",
    [
        lambda: "forged",
        lambda: signing.dumps({"user": 1}, salt="another purpose"),
        lambda: signing.dumps(["not", "an", "object"], salt=reminders.UNSUBSCRIBE_SALT),
        lambda: signing.dumps({"user": "x"}, salt=reminders.UNSUBSCRIBE_SALT),
    ],
    ids=["forged", "another-purpose", "not-an-object", "not-a-number"],
)
def test_a_mangled_or_foreign_link_answers_a_plain_page(client, user, make_token):
    assert_gone(client, make_token(), user)


def test_a_link_sent_before_links_carried_a_version_works_until_revoked(client, user):
    old = signing.dumps({"user": user.pk}, salt=reminders.UNSUBSCRIBE_SALT)
    assert b"Stop reminder emails?" in client.get(link(old)).content
    reminders.unsubscribe_links_revoke(user=user)
    assert_gone(client, old, user)


@pytest.mark.django_db(transaction=True)
def test_an_account_deleted_while_the_link_is_pressed_answers_a_plain_page(client, user, monkeypatch):
    token = reminders.unsubscribe_token(user)
    found = reminders.unsubscribe_user_get(token)
    account_services.user_delete(user=user)
    monkeypatch.setattr(reminders, "unsubscribe_user_get", lambda token: found)  # read just before
    response = client.post(link(token))
    assert response.status_code == 200 and GONE in response.content


def test_a_password_change_revokes_the_links_too(client, user):
    token = reminders.unsubscribe_token(user)
    client.force_login(user)
    response = client.post(
        reverse("password_change"),
        {
            "old_password": "correct horse battery",
            "new_password1": "a much newer horse battery",
            "new_password2": "a much newer horse battery",
        },
    )
    assert response.status_code == 302
    client.logout()
    assert_gone(client, token, user)
