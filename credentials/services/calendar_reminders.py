"""Writes of the calendar feed token and of reminder preferences and dismissals."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from credentials.models import CalendarFeed, Reminder, ReminderPreference, calendar_token

# --------------------------------------------------------------------------- calendar feed


def calendar_feed_get_or_create(*, owner) -> CalendarFeed:
    feed, _ = CalendarFeed.objects.get_or_create(owner=owner)
    return feed


@transaction.atomic
def calendar_feed_regenerate(*, owner) -> CalendarFeed:
    """A new secret URL; the old one stops working at once."""
    feed, created = CalendarFeed.objects.select_for_update().get_or_create(owner=owner)
    if not created:
        feed.token = calendar_token()
        feed.save(update_fields=["token"])
    return feed


# --------------------------------------------------------------------------- reminders


@transaction.atomic
def reminder_preference_save(*, owner=None, owner_id: int | None = None, **fields) -> ReminderPreference:
    """Save a person's reminder settings (from the profile, or an unsubscribe link)."""
    prefs, _ = ReminderPreference.objects.select_for_update().get_or_create(owner_id=owner_id or owner.pk)
    for name, value in fields.items():
        setattr(prefs, name, value)
    prefs.full_clean()
    prefs.save()
    return prefs


def reminder_dismiss(*, owner, reminder_id: int) -> None:
    """Hide an in-app notice (the owner's own only)."""
    Reminder.objects.filter(owner=owner, pk=reminder_id, dismissed_at__isnull=True).update(
        dismissed_at=timezone.now()
    )
