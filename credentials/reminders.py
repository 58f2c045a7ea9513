"""Reminders before deadlines: recorded once under a unique key, then sent by a task.

`reminders_schedule` is safe to run any number of times a day, from any number of schedulers:
each reminder is a row with a unique key (person, credential, period, kind, day) written before
anything is sent; the send task claims it (pending → sending) so a second worker does nothing;
a failed send goes back to pending and the next run retries it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from core.locales import person_locale
from credentials import background, selectors
from credentials.models import REMINDER_OFFSETS, Reminder, ReminderPreference

UNSUBSCRIBE_SALT = "recert.reminders.unsubscribe"
SENDING_TOO_LONG = dt.timedelta(minutes=30)  # a send that never reported back is tried again


def person_today(user, now: dt.datetime | None = None) -> dt.date:
    """The date where the person lives (their profile's timezone)."""
    now = now or timezone.now()
    return now.astimezone(ZoneInfo(user.timezone or settings.TIME_ZONE)).date()


def preference_get(user) -> ReminderPreference:
    return ReminderPreference.objects.filter(owner=user).first() or ReminderPreference(owner=user)


def reminders_schedule(*, user, now: dt.datetime | None = None) -> list[Reminder]:
    """Record the reminders due today for ``user`` (each once), then enqueue what is to send."""
    prefs = preference_get(user)
    emails = prefs.enabled and bool(prefs.offsets)
    # With emails off, reminders are still recorded: the dashboard lists them (in-app notices).
    offsets = prefs.offsets if emails else REMINDER_OFFSETS
    today = person_today(user, now)
    recorded = []
    for progress in selectors.dashboard_get(user=user, today=today):
        for deadline in progress.calendar_deadlines:
            due = [deadline.on - dt.timedelta(days=days) for days in offsets]
            due = [day for day in due if day <= today]
            if not due or deadline.on < today:
                continue
            send_on = max(due)  # a missed reminder catches up once: only the most recent one due
            key = {
                "owner": user,
                "credential": progress.credential,
                "cycle": progress.cycle,
                "kind": deadline.label,
            }
            if Reminder.objects.filter(**key, deadline_on=deadline.on, send_on__gte=send_on).exists():
                continue
            state = Reminder.State.PENDING
            if not emails:
                state = Reminder.State.IN_APP
            elif prefs.weekly_digest:
                state = Reminder.State.DIGEST
            try:
                with transaction.atomic():
                    recorded.append(
                        Reminder.objects.create(**key, deadline_on=deadline.on, send_on=send_on, state=state)
                    )
            except IntegrityError:
                continue  # another run recorded it first
    if not emails:
        return recorded
    if prefs.weekly_digest:
        if today.weekday() == 0 and Reminder.objects.filter(owner=user, state=Reminder.State.DIGEST).exists():
            transaction.on_commit(lambda: background.task("reminder_digest_send").enqueue(user_id=user.pk))
        return recorded
    stale = timezone.now() - SENDING_TOO_LONG
    to_send = Reminder.objects.filter(owner=user, state=Reminder.State.PENDING) | Reminder.objects.filter(
        owner=user, state=Reminder.State.SENDING, claimed_at__lt=stale
    )
    for reminder_id in to_send.values_list("pk", flat=True):
        transaction.on_commit(
            lambda reminder_id=reminder_id: background.task("reminder_send").enqueue(reminder_id=reminder_id)
        )
    return recorded


def reminder_send(*, reminder_id: int) -> str:
    """Send one reminder, if nobody else has: claim it, send, mark it sent (or back to pending)."""
    stale = timezone.now() - SENDING_TOO_LONG
    with transaction.atomic():
        reminder = (
            Reminder.objects.select_for_update(of=("self",))
            .select_related("owner")
            .filter(pk=reminder_id)
            .first()
        )
        if reminder is None:
            return "gone"
        if not (
            reminder.state == Reminder.State.PENDING
            or (
                reminder.state == Reminder.State.SENDING
                and reminder.claimed_at
                and reminder.claimed_at < stale
            )
        ):
            return reminder.state
        reminder.state, reminder.claimed_at = Reminder.State.SENDING, timezone.now()
        reminder.save(update_fields=["state", "claimed_at"])
    return _deliver([reminder], reminder.owner)


def reminder_digest_send(*, user_id: int) -> str:
    """The weekly digest: every reminder waiting for it, in one email."""
    with transaction.atomic():
        waiting = list(
            Reminder.objects.select_for_update()
            .select_related("owner")
            .filter(owner_id=user_id, state=Reminder.State.DIGEST)
        )
        if not waiting:
            return "nothing"
        Reminder.objects.filter(pk__in=[r.pk for r in waiting]).update(
            state=Reminder.State.SENDING, claimed_at=timezone.now()
        )
    return _deliver(waiting, waiting[0].owner, back_to=Reminder.State.DIGEST)


def _deliver(reminders: list[Reminder], user, back_to: str = Reminder.State.PENDING) -> str:
    ids = [r.pk for r in reminders]
    try:
        message = _message(reminders, user)
        if message is None:  # every deadline has passed meanwhile (a long retry): nothing to say
            Reminder.objects.filter(pk__in=ids).update(
                state=Reminder.State.SENT, last_error="deadline passed"
            )
            return "outdated"
        message.send()
    except Exception as error:  # the send failed: it stays to send, and the next run retries it
        Reminder.objects.filter(pk__in=ids).update(
            state=back_to, last_error=f"{type(error).__name__}: {error}"[:200], attempts=F("attempts") + 1
        )
        return "failed"
    Reminder.objects.filter(pk__in=ids).update(state=Reminder.State.SENT, sent_at=timezone.now())
    return "sent"


def unsubscribe_token(user) -> str:
    """The token of the person's unsubscribe link: signed and timestamped (``signing.dumps``),
    with their ``unsubscribe_version``, which ``unsubscribe_links_revoke`` changes."""
    return signing.dumps({"user": user.pk, "version": user.unsubscribe_version}, salt=UNSUBSCRIBE_SALT)


def unsubscribe_user_get(token: str):
    """The person an unsubscribe link is for; None when it no longer works: not ours, older than
    RECERT_UNSUBSCRIBE_MAX_AGE_DAYS, revoked, or the account is deleted."""
    max_age = dt.timedelta(days=settings.RECERT_UNSUBSCRIBE_MAX_AGE_DAYS)
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=max_age)
        # Links sent before versions existed carry none: version 0, until the person revokes.
        user_id, version = int(data["user"]), int(data.get("version", 0))
    except (signing.BadSignature, KeyError, TypeError, ValueError, AttributeError):
        return None
    return get_user_model().objects.filter(pk=user_id, unsubscribe_version=version).first()


@transaction.atomic
def unsubscribe_links_revoke(*, user) -> None:
    """Every unsubscribe link sent to the person so far stops working; later emails carry new ones."""
    get_user_model().objects.filter(pk=user.pk).update(unsubscribe_version=F("unsubscribe_version") + 1)
    user.refresh_from_db(fields=["unsubscribe_version"])


def as_in_a_sentence(label: str) -> str:
    """ "Expiry" → "expiry", "CE deadline" stays "CE deadline" (an abbreviation keeps its capitals)."""
    return label if label[:2].isupper() else label[:1].lower() + label[1:]


def _message(reminders: list[Reminder], user) -> EmailMultiAlternatives | None:
    with person_locale(user):  # dates in the person's style, as on their pages
        return _message_written(reminders, user)


def _message_written(reminders: list[Reminder], user) -> EmailMultiAlternatives | None:
    today = person_today(user)
    by_credential = {p.credential.pk: p for p in selectors.dashboard_get(user=user, today=today)}
    base = settings.RECERT_BASE_URL.rstrip("/")
    items = []
    for reminder in sorted(reminders, key=lambda r: (r.deadline_on, r.pk)):
        progress = by_credential.get(reminder.credential_id)
        if progress is None or reminder.deadline_on < today:
            continue
        days = (reminder.deadline_on - today).days
        items.append(
            {
                "credential": str(progress.credential),
                "kind": reminder.kind,
                "deadline": selectors.Deadline(reminder.kind, reminder.deadline_on, today),
                "days": days,
                "missing": progress.gap_sentence or progress.closed_route_text,
                "planned": progress.planned_sentence,
                # The story the card tells: expired and unusable, the pace, the processing time.
                "expired": progress.countdown if progress.result.days_left < 0 else "",
                "pace": progress.pace_sentence,
                "processing": progress.processing_sentence,
                "url": base + reverse("credential_detail", args=[reminder.credential_id]),
            }
        )
    if not items:
        return None
    unsubscribe = base + reverse("reminders_unsubscribe", args=[unsubscribe_token(user)])
    context = {
        "user": user,
        "items": items,
        "unsubscribe_url": unsubscribe,
        "preferences_url": base + reverse("reminder_preferences"),
    }
    first = items[0] if items else None
    subject = (
        f"{first['credential']}: {as_in_a_sentence(first['kind'])} {first['deadline'].countdown}"
        if len(items) == 1
        else f"Your credential deadlines: {len(items)} reminders"
    )
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("email/reminder.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(render_to_string("email/reminder.html", context), "text/html")
    return message
