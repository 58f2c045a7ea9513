"""Reads of dates: the calendar events (expiry, card renewal, CE deadline), the calendar feed,
and the reminder notices due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from credentials import rules
from credentials.models import REMINDER_OFFSETS, CalendarFeed, Reminder, ReminderPreference
from credentials.selectors.common import _day
from credentials.selectors.dashboard import _notices_due, dashboard_get
from credentials.selectors.progress import CycleProgress


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event of the calendar feed; ``uid`` stays the same across refreshes."""

    uid: str
    on: dt.date
    summary: str
    description: str
    credential_id: int
    # Days before the event its alarms go off: the person's reminder intervals and the day before.
    alarms: tuple[int, ...] = (7, 1)


DATES_OF_EXPIRY = ("Expiry", "Card renewal", "CE deadline")


def calendar_events_get(*, user, today: dt.date, credential_id: int | None = None) -> list[CalendarEvent]:
    """Every deadline ahead of the person's credentials (or of one), with what is missing, in
    words that stay true however long the event sits in a calendar (no "115 days until"), and
    alarms at the person's reminder intervals (issue 22: a week before is too late to earn 30
    points)."""
    prefs = ReminderPreference.objects.filter(owner=user).first()
    offsets = prefs.offsets if prefs is not None and prefs.offsets else REMINDER_OFFSETS
    alarms = (*sorted(set(offsets), reverse=True), 1)
    events = []
    for progress in dashboard_get(user=user, today=today):
        if credential_id is not None and progress.credential.pk != credential_id:
            continue
        missing = progress.gap_sentence or progress.closed_route_text
        for deadline in progress.calendar_deadlines:
            slug = deadline.label.lower().replace(" ", "-")
            events.append(
                CalendarEvent(
                    uid=f"{progress.credential.pk}-{progress.cycle.pk}-{slug}-{deadline.on.isoformat()}@recert",
                    on=deadline.on,
                    summary=f"{progress.credential}: {deadline.label}",
                    description=" ".join(
                        filter(
                            None,
                            [
                                progress.deadline_why(deadline),
                                # The expiry's own events say the status already.
                                "" if deadline.label in DATES_OF_EXPIRY else progress.dated_status,
                                missing,
                                progress.processing_sentence,
                            ],
                        )
                    ),
                    credential_id=progress.credential.pk,
                    alarms=alarms,
                )
            )
        program, target = progress.program, progress.pace.target if progress.pace else None
        for day, due in progress.pace_checkpoints:
            events.append(
                CalendarEvent(
                    uid=f"{progress.credential.pk}-{progress.cycle.pk}-pace-check-{day.isoformat()}@recert",
                    on=day,
                    summary=f"{progress.credential}: pace check",
                    description=(
                        f"To finish by CE by the {progress.pace.target_label} on {_day(target)}, have at "
                        f"least {rules.format_amount(due)} of {program.quantity(program.points_needed)} "
                        "counted by "
                        f"this day. {progress.gap_sentence}"
                    ),
                    credential_id=progress.credential.pk,
                    alarms=(0,),
                )
            )
    return sorted(events, key=lambda e: (e.on, e.uid))


def calendar_feed_get(*, token: str) -> CalendarFeed | None:
    """The feed a secret URL names, or None (an old token after regenerating, or a guess)."""
    if not token or len(token) > 64:
        return None
    return CalendarFeed.objects.select_related("owner").filter(token=token).first()


def reminder_notices_get(
    *, user, today: dt.date, progress_list: Sequence[CycleProgress] = ()
) -> list[Reminder]:
    """The reminders due for the person, shown on the dashboard until dismissed (also to people
    who turned email off): deadlines still ahead, most urgent first. ``progress_list``: the
    dashboard's, read for the same day, whose periods already say whether any is due (then no
    query when none is)."""
    if progress_list and not any(getattr(p.cycle, "notices_due", True) for p in progress_list):
        return []
    return list(
        _notices_due(user=user, today=today).select_related("credential").order_by("deadline_on", "pk")
    )
