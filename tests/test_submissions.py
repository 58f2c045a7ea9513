"""A form that changes something is carried out once per submission token (views.submitted_once,
services.submission_once): a double click, a replay or back-and-resubmit creates nothing twice."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest
from django.contrib.messages import get_messages
from django.db import IntegrityError, transaction
from django.urls import reverse

from credentials import selectors, services, views
from credentials.models import CEActivity, Credential, Cycle, Submission
from tests.conftest import TODAY
from tests.test_views import activity_post

pytestmark = pytest.mark.django_db

TOKEN_INPUT = re.compile(r'name="submission_token" value="([0-9a-f-]{36})"')


@pytest.fixture
def client_in(client, user):
    client.force_login(user)
    return client


def token_from(response) -> str:
    tokens = TOKEN_INPUT.findall(response.content.decode())
    assert len(tokens) == 1, tokens
    return tokens[0]


def test_every_form_that_creates_or_deletes_carries_a_fresh_token(client_in, cma, make_activity):
    activity = make_activity(title="Kept")
    pages = [
        reverse("activity_add"),
        reverse("activity_edit", args=[activity.pk]),
        reverse("activity_delete", args=[activity.pk]),
        reverse("credential_add"),
        reverse("credential_delete", args=[cma.pk]),
        reverse("credential_recertify", args=[cma.pk]),
        reverse("credential_exam", args=[cma.pk]),
        reverse("credential_audit_pack", args=[cma.pk]),
        reverse("calendar_settings"),
    ]
    for page in pages:
        first, second = (token_from(client_in.get(page)) for _ in range(2))
        assert first != second, page


def test_a_replayed_activity_form_saves_one_activity(client_in, user):
    token = token_from(client_in.get(reverse("activity_add")))
    data = activity_post(submission_token=token)
    responses = [client_in.post(reverse("activity_add"), data) for _ in range(3)]
    assert CEActivity.objects.filter(owner=user).count() == 1
    assert {r.status_code for r in responses} == {302}
    assert {r["Location"] for r in responses} == {reverse("activity_list")}
    assert "carried out once" in str(list(get_messages(responses[-1].wsgi_request))[-1])


def test_save_and_log_another_replayed_lands_on_a_new_form_and_saves_once(client_in, user):
    data = activity_post(submission_token=str(uuid.uuid4()), add_another="1")
    first = client_in.post(reverse("activity_add"), data)
    again = client_in.post(reverse("activity_add"), data)
    assert first["Location"] == again["Location"]
    # The next form carries the date, provider and unit.
    assert first["Location"].startswith(reverse("activity_add") + "?")
    assert CEActivity.objects.filter(owner=user).count() == 1


def test_a_rejected_form_does_not_use_up_its_token(client_in, user):
    token = str(uuid.uuid4())
    rejected = client_in.post(reverse("activity_add"), activity_post(amount="-1", submission_token=token))
    assert rejected.status_code == 200
    assert not Submission.objects.exists()
    corrected = client_in.post(reverse("activity_add"), activity_post(submission_token=token))
    assert corrected.status_code == 302
    assert CEActivity.objects.filter(owner=user).count() == 1


def test_a_warning_to_confirm_does_not_use_up_its_token(client_in, user, make_activity):
    make_activity(title="Phlebotomy update", completed_on=dt.date(2025, 5, 1), amount="2.5", unit="aama_ceus")
    token = str(uuid.uuid4())
    warned = client_in.post(reverse("activity_add"), activity_post(submission_token=token))
    assert warned.status_code == 200 and warned.context["warnings"]
    confirmed = client_in.post(reverse("activity_add"), activity_post(submission_token=token, confirmed="1"))
    assert confirmed.status_code == 302
    assert CEActivity.objects.filter(owner=user).count() == 2


def test_a_double_click_on_delete_lands_on_the_list_not_a_404(client_in, user, make_activity):
    activity = make_activity()
    data = {"submission_token": str(uuid.uuid4())}
    first = client_in.post(reverse("activity_delete", args=[activity.pk]), data)
    second = client_in.post(reverse("activity_delete", args=[activity.pk]), data)
    assert (first.status_code, second.status_code) == (302, 302)
    assert second["Location"] == reverse("activity_list")


def test_a_double_click_on_undo_undoes_one_recertification(client_in, cma, meet):
    meet(cma)
    first = services.cycle_recertify(cycle=cma.cycles.get(), recertified_on=dt.date(2026, 10, 2), today=TODAY)
    meet(cma, day=dt.date(2026, 10, 20))
    services.cycle_recertify(
        cycle=first,
        recertified_on=dt.date(2026, 11, 1),
        route="accepted",
        new_expires_on=dt.date(2031, 11, 30),
        today=TODAY,
    )
    assert cma.cycles.count() == 3
    data = {"submission_token": str(uuid.uuid4())}
    for _ in range(2):
        client_in.post(reverse("credential_reopen", args=[cma.pk]), data)
    assert cma.cycles.count() == 2  # the second click did not undo the first recertification too


def test_a_replayed_credential_form_adds_one_credential(client_in, user):
    data = {
        "program": "ccma-nha",
        "certified_on": "2025-03-01",
        "number": "",
        "submission_token": str(uuid.uuid4()),
    }
    for _ in range(2):
        assert client_in.post(reverse("credential_add"), data).status_code == 302
    assert Credential.objects.filter(owner=user).count() == 1


def test_a_replayed_exam_pass_starts_one_new_period(client_in, user):
    cma = services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2021, 1, 10), today=TODAY
    )
    data = {"taken_on": "2026-11-02", "passed": "yes", "submission_token": str(uuid.uuid4())}
    for _ in range(2):
        assert client_in.post(reverse("credential_exam", args=[cma.pk]), data).status_code == 302
    assert Cycle.objects.filter(credential=cma).count() == 2


def test_a_token_claimed_by_a_concurrent_request_lands_on_its_result(client_in, user, monkeypatch):
    """The race: the first request commits after the second checked for the token. The second's
    claim then meets the unique constraint and creates nothing (on PostgreSQL it waits for the
    first's commit on the constraint; on SQLite the IMMEDIATE transaction waits for it)."""
    token = uuid.uuid4()
    Submission.objects.create(owner=user, token=token, result_url=reverse("activity_list"))
    monkeypatch.setattr(selectors, "submission_result_get", lambda **kwargs: None)
    monkeypatch.setattr(views, "_fingerprint", lambda request: "")  # the same content as the first
    response = client_in.post(reverse("activity_add"), activity_post(submission_token=str(token)))
    assert response["Location"] == reverse("activity_list")
    assert not CEActivity.objects.exists()


def test_the_database_refuses_a_token_twice_for_one_person(user, other_user):
    token = uuid.uuid4()
    Submission.objects.create(owner=user, token=token)
    Submission.objects.create(owner=other_user, token=token)  # tokens are per person
    with pytest.raises(IntegrityError), transaction.atomic():
        Submission.objects.create(owner=user, token=token)


def test_one_persons_token_never_leads_to_another_persons_result(client, user, other_user):
    token = uuid.uuid4()
    Submission.objects.create(owner=other_user, token=token, result_url="/credentials/999/")
    client.force_login(user)
    response = client.post(reverse("activity_add"), activity_post(submission_token=str(token)))
    assert response["Location"] == reverse("activity_list")
    assert CEActivity.objects.filter(owner=user).count() == 1


def test_a_malformed_token_is_ignored_not_a_500(client_in, user):
    response = client_in.post(reverse("activity_add"), activity_post(submission_token="not-a-uuid"))
    assert response.status_code == 302
    assert CEActivity.objects.filter(owner=user).count() == 1


def test_tokens_older_than_two_days_are_cleared(client_in, user):
    old = Submission.objects.create(owner=user, token=uuid.uuid4())
    Submission.objects.filter(pk=old.pk).update(created_at=old.created_at - dt.timedelta(days=3))
    client_in.post(reverse("activity_add"), activity_post(submission_token=str(uuid.uuid4())))
    assert not Submission.objects.filter(pk=old.pk).exists()
    assert Submission.objects.filter(owner=user).count() == 1


def test_a_kept_page_sent_again_with_other_values_is_a_new_activity_not_a_repeat(client_in, user):
    """Save, go back (the browser keeps the page and its token), change the title, save: both."""
    token = str(uuid.uuid4())
    client_in.post(reverse("activity_add"), activity_post(title="Course A", submission_token=token))
    response = client_in.post(
        reverse("activity_add"), activity_post(title="Course B", submission_token=token)
    )
    assert response.status_code == 302
    assert sorted(CEActivity.objects.filter(owner=user).values_list("title", flat=True)) == [
        "Course A",
        "Course B",
    ]


def test_a_result_address_too_long_to_keep_still_saves_once(client_in, user):
    data = activity_post(submission_token=str(uuid.uuid4()), next="/activities/?q=" + "x" * 600)
    first = client_in.post(reverse("activity_add"), data)
    again = client_in.post(reverse("activity_add"), data)
    assert first.status_code == again.status_code == 302
    assert CEActivity.objects.filter(owner=user).count() == 1
