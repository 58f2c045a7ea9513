"""The calendar feed: RFC 5545 parsed back, stable UIDs, every deadline kind, a secret URL that
dies when regenerated, and a one-off .ics per credential."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse
from icalendar import Calendar

from credentials import selectors, services
from credentials.activity_input import ActivityInput
from tests.conftest import TODAY

pytestmark = pytest.mark.django_db


def events_of(data: bytes) -> dict[str, dict]:
    calendar = Calendar.from_ical(data)
    assert str(calendar["version"]) == "2.0"
    return {
        str(event["uid"]): {
            "on": event.decoded("dtstart"),
            "end": event.decoded("dtend"),
            "summary": str(event["summary"]),
            "description": str(event["description"]),
            "alarms": [a.decoded("trigger") for a in event.walk("VALARM")],
        }
        for event in calendar.walk("VEVENT")
    }


def test_feed_lists_every_deadline_kind_with_stable_uids(client, user):
    cma = services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2022, 10, 5), today=TODAY
    )
    rma = services.credential_create(
        owner=user, program="rma-amt", certified_on=dt.date(2025, 12, 15), today=TODAY
    )
    feed = services.calendar_feed_get_or_create(owner=user)
    url = reverse("calendar_feed", args=[feed.token])
    first = client.get(url)  # no login: calendar apps cannot log in
    assert first["Content-Type"] == "text/calendar; charset=utf-8"
    events = events_of(first.content)
    by_summary = {e["summary"]: e for e in events.values()}
    today = dt.date.today()
    cma_dates = selectors.calendar_events_get(user=user, today=today, credential_id=cma.pk)
    assert {e.summary for e in cma_dates} <= set(by_summary)
    assert f"{cma}: Expiry" in by_summary
    assert f"{cma}: CE deadline" in by_summary  # R-CMA-9
    assert by_summary[f"{cma}: CE deadline"]["on"] == dt.date(2028, 1, 31)
    fees = sorted(e["on"] for e in events.values() if e["summary"] == f"{rma}: Annual fee")  # R-RMA-3
    assert fees == [
        d for d in (dt.date(2026, 12, 15), dt.date(2027, 12, 15), dt.date(2028, 12, 15)) if d >= today
    ]
    for event in events.values():
        assert event["end"] - event["on"] == dt.timedelta(days=1)  # all-day
        # At the reminder intervals (180, 90, 30, 7 days by default) and the day before.
        assert event["alarms"] == [-dt.timedelta(days=days) for days in (180, 90, 30, 7, 1)]
    assert "points left" in by_summary[f"{cma}: Expiry"]["description"]
    assert set(events_of(client.get(url).content)) == set(events)  # same UIDs on refresh


def test_r_bls_1_card_renewal_and_r_cma_13_exam_dates_are_in_the_feed(user):
    services.credential_create(owner=user, program="bls", certified_on=dt.date(2025, 7, 14), today=TODAY)
    # Expires 31 Mar 2027 with no CE: 60 points in 4 months is not realistic, the exam is the route.
    hurried = services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2022, 3, 5), number="H", today=TODAY
    )
    # Expires 30 Nov 2027: CE can still make it, so no exam dates.
    calm = services.credential_create(
        owner=user,
        program="cma-aama",
        certified_on=dt.date(2022, 11, 5),
        number="C",
        today=TODAY,
        confirmed=True,
    )
    events = selectors.calendar_events_get(user=user, today=TODAY)
    labels = {e.summary for e in events}
    assert "CPR/BLS card: Card renewal" in labels
    assert {f"{hurried}: Exam application", f"{hurried}: Exam pass-by"} <= labels
    assert not {f"{calm}: Exam application", f"{calm}: Exam pass-by"} & labels
    on = {e.summary: e.on for e in events}
    assert on[f"{hurried}: Exam pass-by"] == dt.date(2027, 1, 31)  # expiry 31 Mar 2027, minus 2 months
    assert on[f"{hurried}: Exam application"] == dt.date(2027, 3, 1)  # 30 days before


def test_regenerating_the_token_kills_the_old_url(client, user):
    services.credential_create(owner=user, program="ccma-nha", certified_on=dt.date(2025, 3, 1), today=TODAY)
    old = services.calendar_feed_get_or_create(owner=user).token
    assert client.get(reverse("calendar_feed", args=[old])).status_code == 200
    client.force_login(user)
    assert client.post(reverse("calendar_settings")).status_code == 302
    new = services.calendar_feed_get_or_create(owner=user).token
    assert new != old
    client.logout()
    assert client.get(reverse("calendar_feed", args=[old])).status_code == 404
    assert client.get(reverse("calendar_feed", args=[new])).status_code == 200
    assert client.get(reverse("calendar_feed", args=["guess"])).status_code == 404


def test_the_settings_page_shows_the_private_url(client, user):
    client.force_login(user)
    content = client.get(reverse("calendar_settings")).content.decode()
    token = services.calendar_feed_get_or_create(owner=user).token
    assert f"/calendar/{token}.ics" in content
    assert f"webcal://testserver/calendar/{token}.ics" in content


def test_one_credential_ics_download_is_owner_only(client, user, other_user):
    cma = services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2022, 10, 5), today=TODAY
    )
    services.credential_create(owner=user, program="ccma-nha", certified_on=dt.date(2025, 3, 1), today=TODAY)
    client.force_login(user)
    response = client.get(reverse("credential_ics", args=[cma.pk]))
    assert response["Content-Disposition"] == 'attachment; filename="recert-cma-aama.ics"'
    summaries = {e["summary"] for e in events_of(response.content).values()}
    assert summaries and all(s.startswith(str(cma)) for s in summaries)
    client.force_login(other_user)
    assert client.get(reverse("credential_ics", args=[cma.pk])).status_code == 404


def test_alarms_follow_the_reminder_intervals_and_descriptions_stay_true(client, user, cma):
    services.reminder_preference_save(owner=user, days_180=False, days_90=False)
    events = selectors.calendar_events_get(user=user, today=TODAY)
    assert events and all(event.alarms == (30, 7, 1) for event in events)
    assert not any("days until" in event.description or "days ago" in event.description for event in events)
    by_label = {event.summary.rsplit(": ", 1)[1]: event.description for event in events}
    # Each event says what its day is for; the CE deadline, that the credential may not be used.
    assert by_label["Expiry"].startswith(
        "Last day the credential is current; from Dec 1, 2027 you may not use it until you recertify."
    )
    assert by_label["CE deadline"].startswith(
        "The credential expired on Nov 30, 2027: you may not use it. CE completed by this day can "
        "still recertify it; after it, only the exam."
    )
    assert "Expires on" not in by_label["CE deadline"]


def test_a_credential_behind_pace_gets_a_monthly_pace_check_until_its_target(client, user):
    """Issue 22 item 5: while behind, the first of each month before the target carries the
    points that should be counted by then on an even pace from today's count; none when on track."""
    today = dt.date(2026, 12, 6)
    hurried = services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2022, 3, 10), number="H", today=today
    )
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Course",
            completed_on=dt.date(2023, 5, 1),
            unit="aama_ceus",
            amount=Decimal("14.5"),
            categories={"clinical": Decimal("14.5")},
        ),
        today=today,
    )
    checks = [e for e in selectors.calendar_events_get(user=user, today=today) if "pace check" in e.summary]
    # Expires 31 Mar 2027, 115 days away: 45.5 points to go. By 1 Jan (26 days) 14.5 + 45.5 * 26/115
    # = 24.8, so 25; by 1 Feb (57 days) 37.05, so 38; by 1 Mar (85 days) 48.13, so 49.
    assert [(e.on, e.summary) for e in checks] == [
        (dt.date(2027, 1, 1), f"{hurried}: pace check"),
        (dt.date(2027, 2, 1), f"{hurried}: pace check"),
        (dt.date(2027, 3, 1), f"{hurried}: pace check"),
    ]
    assert checks[0].description.startswith(
        "To finish by CE by the expiry on Mar 31, 2027, have at least 25 of 60 points counted by this day."
    )
    assert [e.description.split("at least ")[1].split(" ")[0] for e in checks] == ["25", "38", "49"]
    assert all(e.alarms == (0,) for e in checks)
    feed = services.calendar_feed_get_or_create(owner=user)
    assert b"pace check" in client.get(reverse("calendar_feed", args=[feed.token])).content
    on_track = selectors.calendar_events_get(user=user, today=dt.date(2023, 6, 1))
    assert not [e for e in on_track if "pace check" in e.summary]
