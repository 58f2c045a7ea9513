"""Reminders: the right day in the person's timezone, each once, a missed one caught up once, a
failed send retried, opt-out and unsubscribe without login, a weekly digest, in-app notices."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from credentials import reminders, services
from credentials.activity_input import ActivityInput
from credentials.models import Reminder
from tests.conftest import TODAY

pytestmark = pytest.mark.django_db

UTC = dt.UTC


def at(day: dt.date, hour: int = 15) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=UTC)


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """One scheduled run for ``user`` at ``now`` (UTC), sending what it enqueues."""

    def go(user, now):
        with django_capture_on_commit_callbacks(execute=True):
            return reminders.reminders_schedule(user=user, now=now)

    return go


@pytest.fixture
def ccma(user):
    # Expires 1 Mar 2027: reminders 2 Sep 2026 (180), 1 Dec 2026 (90), 30 Jan 2027 (30), 22 Feb 2027 (7).
    return services.credential_create(
        owner=user, program="ccma-nha", certified_on=dt.date(2025, 3, 1), today=TODAY
    )


@pytest.mark.parametrize(
    ("day", "sent"),
    [
        (dt.date(2026, 8, 31), []),  # nothing due yet
        (dt.date(2026, 9, 2), [dt.date(2026, 9, 2)]),  # 180 days before
        (dt.date(2026, 11, 30), [dt.date(2026, 9, 2)]),  # 180 days before (missed earlier: caught up)
        (dt.date(2026, 12, 1), [dt.date(2026, 12, 1)]),  # 90 days before
        (dt.date(2027, 1, 30), [dt.date(2027, 1, 30)]),  # 30 days before
        (dt.date(2027, 2, 22), [dt.date(2027, 2, 22)]),  # 7 days before
    ],
)
def test_expiry_reminder_fires_on_its_day(user, ccma, run, day, sent):
    Reminder.objects.all().delete()
    run(user, at(day))
    assert [r.send_on for r in Reminder.objects.filter(kind="Expiry")] == sent
    assert len(mail.outbox) == len(sent)
    if sent:
        message = mail.outbox[0]
        assert message.to == ["ma@example.com"]
        assert "CCMA (NHA): expiry in" in message.subject
        assert "10 CE credits left by Mar 1, 2027." in message.body  # what is missing, by when
        assert f"/credentials/{ccma.pk}/" in message.body
        html = message.alternatives[0][0]
        assert "Stop these emails" in html


def test_the_day_is_the_persons_day(user, ccma, run):
    # 1 Dec 2026 03:00 UTC is still 30 Nov in New York: the 90-day reminder is not due yet.
    user.timezone = "America/New_York"
    user.save()
    run(user, dt.datetime(2026, 12, 1, 3, tzinfo=UTC))
    assert [r.send_on for r in Reminder.objects.all()] == [dt.date(2026, 9, 2)]
    # In Auckland 30 Nov 11:00 UTC is already 1 Dec: due.
    user.timezone = "Pacific/Auckland"
    user.save()
    run(user, dt.datetime(2026, 11, 30, 11, tzinfo=UTC))
    assert [r.send_on for r in Reminder.objects.all()] == [dt.date(2026, 9, 2), dt.date(2026, 12, 1)]


def test_a_missed_reminder_catches_up_once_never_a_burst(user, ccma, run):
    # The scheduler was down from August to 15 Dec: only the 90-day one (the most recent due) goes.
    run(user, at(dt.date(2026, 12, 15)))
    assert [r.send_on for r in Reminder.objects.all()] == [dt.date(2026, 12, 1)]
    run(user, at(dt.date(2026, 12, 16)))
    assert len(mail.outbox) == 1


def test_two_runs_send_one_email(user, ccma, run):
    run(user, at(dt.date(2026, 12, 1)))
    run(
        user,
        at(
            dt.date(
                2026,
                12,
                1,
            )
        ),
    )
    call_command("send_reminders")  # the real command, today: nothing new for 27 Nov
    assert len(mail.outbox) == 1
    assert Reminder.objects.get().state == Reminder.State.SENT


def test_a_crash_between_recording_and_sending_is_retried_without_doubling(user, ccma, run):
    reminders.reminders_schedule(user=user, now=at(dt.date(2026, 12, 1)))  # recorded, never sent
    assert Reminder.objects.get().state == Reminder.State.PENDING
    assert mail.outbox == []
    run(user, at(dt.date(2026, 12, 2)))
    run(user, at(dt.date(2026, 12, 3)))
    assert len(mail.outbox) == 1


def test_a_failed_send_is_retried_not_lost(user, ccma, run, monkeypatch):
    from django.core.mail import EmailMultiAlternatives

    real = EmailMultiAlternatives.send
    monkeypatch.setattr(
        EmailMultiAlternatives, "send", lambda self, **kw: (_ for _ in ()).throw(OSError("SMTP down"))
    )
    run(user, at(dt.date(2026, 12, 1)))
    failed = Reminder.objects.get()
    assert (failed.state, failed.attempts) == (Reminder.State.PENDING, 1)
    assert "SMTP down" in failed.last_error
    monkeypatch.setattr(EmailMultiAlternatives, "send", real)
    run(user, at(dt.date(2026, 12, 2)))
    assert len(mail.outbox) == 1
    assert Reminder.objects.get().state == Reminder.State.SENT


@pytest.mark.parametrize(
    ("program", "certified_on", "day", "kind"),
    [
        ("rma-amt", dt.date(2025, 12, 15), dt.date(2026, 12, 8), "Annual fee"),  # R-RMA-3, 7 days before
        ("bls", dt.date(2025, 7, 14), dt.date(2027, 6, 30), "Card renewal"),  # R-BLS-1, 31 Jul 2027 - 31
        ("cma-aama", dt.date(2021, 10, 5), dt.date(2026, 12, 1), "CE deadline"),  # R-CMA-9, 31 Jan 2027 - 61
        ("cma-aama", dt.date(2022, 6, 5), dt.date(2027, 3, 31), "Exam pass-by"),  # R-CMA-13, 30 Apr 2027 - 30
        # R-CMA-13: apply by 1 May 2027 (31 May - 30 days), 30 days before, while passing by 30 Apr
        # is still ahead.
        ("cma-aama", dt.date(2022, 6, 5), dt.date(2027, 4, 1), "Exam application"),
    ],
)
def test_each_deadline_kind_is_reminded(user, run, program, certified_on, day, kind):
    services.credential_create(owner=user, program=program, certified_on=certified_on, today=TODAY)
    run(user, at(day))
    assert kind in set(Reminder.objects.values_list("kind", flat=True))


def test_r_cma_13_no_exam_application_reminder_once_the_pass_by_date_has_gone(user, run):
    services.credential_create(owner=user, program="cma-aama", certified_on=dt.date(2022, 6, 5), today=TODAY)
    run(user, at(dt.date(2027, 5, 24)))  # pass-by 30 Apr gone; apply-by (1 May) would be past anyway
    assert "Exam application" not in set(Reminder.objects.values_list("kind", flat=True))


def test_opt_out_and_intervals(user, ccma, run):
    services.reminder_preference_save(owner=user, days_90=False)
    run(user, at(dt.date(2026, 12, 1)))
    assert [r.send_on for r in Reminder.objects.all()] == [dt.date(2026, 9, 2)]  # the 180-day one instead
    Reminder.objects.all().delete()
    services.reminder_preference_save(owner=user, enabled=False)
    run(user, at(dt.date(2027, 1, 30)))
    assert mail.outbox[1:] == []  # no email once off ...
    assert list(Reminder.objects.values_list("state", flat=True)) == ["in_app"]  # ... still a notice


def test_unsubscribe_without_login(client, user, ccma, run):
    run(user, at(dt.date(2026, 12, 1)))
    link = next(line for line in mail.outbox[0].body.splitlines() if "Stop these emails" in line).split(
        ": ", 1
    )[1]
    path = link.replace("http://127.0.0.1:8000", "")
    assert b"Stop reminder emails?" in client.get(path).content  # a link preview changes nothing
    assert reminders.preference_get(user).enabled
    assert b"no more reminder emails" in client.post(path).content
    assert not reminders.preference_get(user).enabled
    forged = client.get(reverse("reminders_unsubscribe", args=["forged"]))
    assert forged.status_code == 200 and b"This link no longer works" in forged.content


def test_weekly_digest_on_mondays(user, ccma, run):
    services.reminder_preference_save(owner=user, weekly_digest=True)
    run(user, at(dt.date(2026, 12, 1)))  # a Tuesday: recorded for the digest
    assert mail.outbox == []
    run(user, at(dt.date(2026, 12, 7)))  # Monday
    assert len(mail.outbox) == 1
    assert Reminder.objects.get().state == Reminder.State.SENT


def test_in_app_notice_until_dismissed(client, user, ccma, run):
    services.reminder_preference_save(owner=user, enabled=False)  # no email, still a notice
    run(user, at(TODAY))
    assert mail.outbox == []
    client.force_login(user)
    content = client.get(reverse("dashboard")).content.decode()
    assert "expiry on Mar 1, 2027." in content and 'data-testid="notice"' in content
    notice = Reminder.objects.get(send_on=dt.date(2026, 9, 2))
    client.post(reverse("reminder_dismiss", args=[notice.pk]))
    assert 'data-testid="notice"' not in client.get(reverse("dashboard")).content.decode()


def test_preferences_page_saves(client, user):
    client.force_login(user)
    response = client.post(
        reverse("reminder_preferences"), {"enabled": "on", "days_30": "on", "days_7": "on"}
    )
    assert response.status_code == 302
    prefs = reminders.preference_get(user)
    assert prefs.offsets == (30, 7)


def test_a_reminder_retried_after_its_deadline_is_not_sent(user, ccma, run, monkeypatch):
    from django.core.mail import EmailMultiAlternatives

    real = EmailMultiAlternatives.send
    monkeypatch.setattr(
        EmailMultiAlternatives, "send", lambda self, **kw: (_ for _ in ()).throw(OSError("down"))
    )
    run(user, at(dt.date(2027, 2, 22)))  # the 7-day one fails to send
    monkeypatch.setattr(EmailMultiAlternatives, "send", real)
    monkeypatch.setattr(reminders, "person_today", lambda user, now=None: dt.date(2027, 3, 2))
    run(user, at(dt.date(2027, 3, 2)))  # after the expiry: too late to be useful
    assert mail.outbox == []
    assert Reminder.objects.get(send_on=dt.date(2027, 2, 22)).state == Reminder.State.SENT


def test_the_email_tells_the_cards_story_expired_and_pace(user, run, monkeypatch):
    """Issue 22 item 5: a CMA expired on 30 Nov 2026, CE route open to 28 Feb 2027, 10 points
    logged: the email says it is expired and may not be used, and the pace the rest takes; the
    subject writes the deadline as a person would ("CE deadline", not "ce deadline")."""
    day = dt.date(2027, 1, 29)  # 30 days before the CE deadline
    monkeypatch.setattr(reminders, "person_today", lambda user, now=None: day)
    services.credential_create(owner=user, program="cma-aama", certified_on=dt.date(2021, 11, 5), today=TODAY)
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Outside course",
            completed_on=dt.date(2026, 5, 1),
            unit="contact_hours",
            amount=Decimal(10),
            categories={"clinical": Decimal(10)},
        ),
        today=TODAY,
    )
    run(user, at(day))
    (email,) = [m for m in mail.outbox if "CE deadline" in m.subject]
    assert "ce deadline" not in email.subject
    assert "You may not use the credential until you recertify." in email.body
    assert "points a month until the CE deadline on Feb 28, 2027" in email.body
