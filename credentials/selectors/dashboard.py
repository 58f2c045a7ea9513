"""Reads of progress: the dashboard (every open cycle, batched), one cycle's progress, the
recertification undo, the landing page and the program names."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import Exists, QuerySet
from django.utils import timezone

from credentials import rules
from credentials.models import Credential, Cycle, Reminder
from credentials.selectors.progress import UNDO_DAYS, CycleProgress
from credentials.selectors.snapshots import RENDERING_CODE, _dates, _progress_many, _with_snapshot


def dashboard_get(
    *, user, today: dt.date, verdicts: bool = False, fresh: bool = False
) -> list[CycleProgress]:
    """Progress of every credential's open cycle; a fixed number of queries however much data, and
    no per-activity work when nothing changed since the last view (see ``ProgressSnapshot``).
    ``verdicts`` and ``fresh`` as for ``cycle_progress_get``."""
    cycles = _with_snapshot(
        Cycle.objects.open()
        .filter(credential__owner=user)
        .select_related("credential")
        .annotate(notices_due=Exists(_notices_due(user=user, today=today))),
        verdicts=verdicts,
    )
    entries = [(cycle.credential, cycle, cycle) for cycle in cycles.order_by("credential_id")]
    progress = _progress_many(entries, owner_id=user.pk, today=today, verdicts=verdicts, fresh=fresh)
    return sorted(progress, key=lambda p: p.urgency)


def progress_list_version(*, progress_list: Sequence[CycleProgress]) -> str:
    """Changes whenever anything the progress cards show could: the code, each period's data
    version (raised by every write, credential edits included) and the day it is judged on."""
    parts = [
        RENDERING_CODE,
        [(p.cycle.pk, p.cycle.created_at, p.cycle.progress_version, p.result.today) for p in progress_list],
    ]
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def cycle_get(*, user, credential_id: int, cycle_id: int | None = None) -> Cycle:
    """A cycle of the person's credential: the open one, or ``cycle_id``. Raises Cycle.DoesNotExist."""
    cycles = Cycle.objects.select_related("credential").filter(
        credential__owner=user, credential_id=credential_id
    )
    if cycle_id is not None:
        return cycles.get(pk=cycle_id)
    return cycles.order_by("closed_on", "-starts_on").open().first() or cycles.latest("starts_on")


def cycle_progress_get(
    *,
    cycle: Cycle,
    today: dt.date,
    credential: Credential | None = None,
    verdicts: bool = False,
    fresh: bool = False,
) -> CycleProgress:
    """Turn a cycle and its owner's activities into the engine's result, with a verdict per activity.

    A closed cycle is judged as on the day it was recertified, with the activities
    before that day (the recertification day starts the next cycle, R-CMA-6). ``verdicts``: the
    caller will show every activity's verdict, so they are read with the rest. ``fresh``: evaluated
    now, whatever is stored, so ``result`` holds the engine's verdict on every credit (the PDF and
    the pace chart draw them).
    """
    credential = credential or cycle.credential
    loaded = None if fresh else _with_snapshot(Cycle.objects.filter(pk=cycle.pk), verdicts=verdicts).first()
    if loaded is not None and _dates(loaded) != _dates(cycle):
        loaded = None  # the caller's cycle has changes not saved yet: judge it as it is, store nothing
    (progress,) = _progress_many(
        [(credential, cycle, loaded)],
        owner_id=credential.owner_id,
        today=today,
        verdicts=verdicts,
        fresh=fresh,
    )
    return progress


@dataclass(frozen=True)
class Undo:
    """A recorded recertification that can still be undone (services.cycle_reopen)."""

    closed: Cycle
    until: dt.date


def recertification_undo_get(*, credential: Credential, cycles: Sequence[Cycle]) -> Undo | None:
    """The last recertification, if it was recorded less than ``UNDO_DAYS`` days ago."""
    ordered = sorted(cycles, key=lambda c: (c.starts_on, c.pk), reverse=True)
    if len(ordered) < 2 or not ordered[0].is_open or ordered[1].is_open:
        return None
    until = ordered[0].created_at + dt.timedelta(days=UNDO_DAYS)
    if timezone.now() > until:
        return None
    return Undo(closed=ordered[1], until=timezone.localdate(until))


def program_names_get() -> list[str]:
    """The credentials Recert knows by name, for pages that list them."""
    return [program.name for program in rules.PROGRAMS.values()]


def landing_get() -> dict:
    """What the landing page says Recert knows. Its picture is a real screenshot of the demo dashboard
    (static/img/landing-dashboard*.png, made by scripts/landing_screenshot.py)."""
    bodies = list(
        dict.fromkeys(p.body_short for p in rules.PROGRAMS.values() if p.body_short and p.requires_ce)
    )
    return {"program_names": program_names_get(), "bodies": ", ".join(bodies[:-1]) + " and " + bodies[-1]}


def _notices_due(*, user, today: dt.date) -> QuerySet[Reminder]:
    return Reminder.objects.filter(
        owner=user, dismissed_at__isnull=True, send_on__lte=today, deadline_on__gte=today
    )
