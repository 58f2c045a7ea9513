"""Lapsed credentials kept on the dashboard (issue 22 item 4): the card offers only what remains
("I passed the exam", "I was reinstated", "Remove"), shows no CE bars, and the route works."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from credentials import rules, selectors, services
from credentials.models import Cycle

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 12, 7)


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: TODAY)
    return TODAY


def _card(html: str, name: str) -> str:
    start = html.index(f">{name}</a></h2>")
    return html[start : html.index("</section>", start)]


def test_a_lapsed_cma_offers_the_exam_and_removal_and_no_ce_bars(client, user, today):
    cma = services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2019, 6, 3), today=today
    )
    client.force_login(user)
    card = _card(client.get(reverse("dashboard")).content.decode(), "CMA (AAMA)")
    assert 'data-status="lapsed"' in card
    exam = reverse("credential_exam", args=[cma.pk])
    assert f'href="{exam}#record" data-testid="action-exam">I passed the exam</a>' in card
    assert (
        f'href="{reverse("credential_delete", args=[cma.pk])}" data-testid="action-remove">Remove</a>' in card
    )
    assert 'role="progressbar"' not in card and "Log an activity" not in card
    assert "I was reinstated" not in card  # R-CMA-10: after the CE deadline, the exam only


def test_a_lapsed_ccma_offers_reinstatement_and_recording_it_starts_a_new_period(client, user, today):
    ccma = services.credential_create(
        owner=user, program="ccma-nha", certified_on=dt.date(2022, 3, 1), today=today
    )
    (progress,) = selectors.dashboard_get(user=user, today=today)
    assert progress.result.status == rules.LAPSED and progress.lapsed_actions == ("reinstated", "remove")
    client.force_login(user)
    card = _card(client.get(reverse("dashboard")).content.decode(), "CCMA (NHA)")
    recertify = reverse("credential_recertify", args=[ccma.pk])
    assert f'href="{recertify}" data-testid="action-reinstated">I was reinstated</a>' in card
    assert "0 of 10" not in card and 'role="progressbar"' not in card

    form = client.get(recertify).content.decode()
    assert "National Healthcareer Association (NHA) reinstated my credential" in form
    response = client.post(
        recertify,
        {"recertified_on": "2026-12-01", "route": "accepted", "new_expires_on": "2028-12-01"},
        follow=True,
    )
    assert response.status_code == 200
    current = Cycle.objects.get(credential=ccma, closed_on__isnull=True)
    assert (current.starts_on, current.expires_on) == (dt.date(2026, 12, 1), dt.date(2028, 12, 1))
    (progress,) = selectors.dashboard_get(user=user, today=today)
    assert progress.lapsed_actions == () and progress.result.status == rules.CURRENT


def test_a_current_or_grace_credential_has_no_lapsed_actions(user, today):
    services.credential_create(owner=user, program="cma-aama", certified_on=dt.date(2021, 10, 1), today=today)
    (progress,) = selectors.dashboard_get(user=user, today=today)
    assert progress.result.status == rules.GRACE  # expired 31 Oct 2026, CE until 31 Jan 2027
    assert progress.lapsed_actions == () and progress.main_action == "log_activity"


def test_a_lapsed_card_program_is_renewed_by_a_new_card_not_the_lapsed_actions(user, today):
    services.credential_create(owner=user, program="bls", certified_on=dt.date(2023, 1, 5), today=today)
    (progress,) = selectors.dashboard_get(user=user, today=today)
    assert progress.result.status == rules.LAPSED
    assert (progress.lapsed_actions, progress.main_action) == ((), "log_card")


def test_logging_an_activity_does_not_question_it_for_a_lapsed_credential(client, user, today):
    services.credential_create(owner=user, program="ccma-nha", certified_on=dt.date(2022, 3, 1), today=today)
    client.force_login(user)
    response = client.post(
        reverse("activity_add"),
        {"title": "Phlebotomy update", "completed_on": "2026-12-01", "amount": "2", "unit": "contact_hours"},
    )
    assert response.status_code == 302  # saved at once: no "Please check before saving" step
    assert user.activities.get().amount == Decimal(2)
