"""Writes of CE activities: create, update, delete, the bulk import (check, then create),
the exclusions, and a card credential's card tracked as an activity."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from credentials import rules, selectors
from credentials.activity_input import (
    CERTIFICATE_KEPT,
    ActivityEntry,
    ActivityInput,
    activity_input_errors,
    shares_of,
)
from credentials.certificates import certificate_errors
from credentials.models import CategoryShare, CEActivity, Credential, Cycle, Route
from credentials.services.common import (
    NeedsConfirmation,
    _cycle_open,
    _day,
    _field_file_save,
    _file_sha256,
    _owner_lock,
    progress_invalidate,
    progress_shown_changed,
)

# --------------------------------------------------------------------------- activities


@transaction.atomic
def activity_create(
    *,
    owner,
    data: ActivityInput,
    certificate: UploadedFile | None = None,
    confirmed: bool = False,
    track_card: bool = True,
    today: dt.date | None = None,
) -> CEActivity:
    """Log a CE activity; it counts toward every credential whose window holds it.

    Raises ``NeedsConfirmation`` for a likely mistake unless ``confirmed``. A CPR/BLS card also
    renews the person's card credential (R-BLS-1), unless ``track_card`` is off (a restore
    brings the card credential back with its own history).
    """
    return _activity_save(
        CEActivity(owner=owner),
        data,
        certificate=certificate,
        confirmed=confirmed,
        track_card=track_card,
        today=today,
    )


class ActivitiesRefused(ValidationError):
    """``activities_create`` saved nothing: ``problems`` holds, for each activity in order, what
    ``activity_create`` would have raised (a ValidationError or NeedsConfirmation), or None."""

    def __init__(self, problems: list[ValidationError | None]):
        super().__init__(
            [message for problem in problems if problem is not None for message in problem.messages]
        )
        self.problems = problems


def activities_check(
    *, owner, activities: Sequence[ActivityEntry], today: dt.date | None = None
) -> list[ValidationError | None]:
    """What ``activity_create`` would raise for each of ``activities`` were they saved one after
    another, or None. Nothing is written and no transaction is opened, so a preview never holds
    SQLite's write lock."""
    return [problem for *_, problem in _activities_build(owner=owner, activities=activities, today=today)]


@transaction.atomic
def activities_create(
    *, owner, activities: Sequence[ActivityEntry], today: dt.date | None = None
) -> list[CEActivity]:
    """``activity_create`` for each of ``activities``, in order, all or none (ActivitiesRefused):
    the same checks, then bulk inserts, so the transaction makes the same few queries for 20 rows
    or 2,000 (plus a few per CPR/BLS card, which renews the card credential)."""
    today = today or timezone.localdate()
    _owner_lock(owner.pk)
    built = _activities_build(owner=owner, activities=activities, today=today)
    problems = [problem for *_, problem in built]
    if any(problem is not None for problem in problems):
        raise ActivitiesRefused(problems)
    created = CEActivity.objects.bulk_create([activity for activity, *_ in built])
    CategoryShare.objects.bulk_create(
        CategoryShare(activity=activity, category=c, amount=a)
        for activity, shares, _, _ in built
        for c, a in sorted(shares.items())
    )
    through = CEActivity.excluded_from.through
    through.objects.bulk_create(
        through(ceactivity_id=activity.pk, credential_id=pk)
        for activity, _, excluded, _ in built
        for pk in sorted({c.pk for c in excluded})
    )
    for activity in created:
        _card_track(activity=activity, today=today)
    progress_invalidate(owner_id=owner.pk)
    return created


def _activities_build(
    *, owner, activities: Sequence[ActivityEntry], today: dt.date | None
) -> list[tuple[CEActivity, dict, list[Credential], ValidationError | None]]:
    """Each activity unsaved, with its shares, its exclusions and what ``_activity_save`` would
    raise. The person's credentials, open periods and same-day activities are read once; an
    activity that passes counts as logged for the ones after it, as when saved one by one."""
    today = today or timezone.localdate()
    needing = _owner_programs_with_categories(owner.pk)
    credentials = list(Credential.objects.filter(owner_id=owner.pk))
    cycles = list(
        Cycle.objects.open()
        .filter(credential__owner_id=owner.pk)
        .select_related("credential")
        .order_by("credential__pk")
    )
    days = [entry.data.completed_on for entry in activities if entry.data.completed_on is not None]
    logged = set()
    if days:
        logged = {
            (title.casefold(), day, amount)
            for title, day, amount in CEActivity.objects.filter(
                owner_id=owner.pk, completed_on__range=(min(days), max(days))
            ).values_list("title", "completed_on", "amount")
        }

    def build(entry: ActivityEntry):
        data = entry.data
        activity = CEActivity(owner=owner)
        # Not the check constraints, a query each: they follow from the fields' checks (the unit
        # sets kind and approval, the amount is at least 0.01) and the database holds them.
        errors = _activity_check(activity, data, today=today, needing=needing, constraints=False)
        shares, excluded = shares_of(data), list(data.excluded_from)
        if errors:
            return activity, shares, excluded, ValidationError(errors)
        key = (activity.title.casefold(), activity.completed_on, activity.amount)
        if not entry.confirmed:
            # ``duplicate_kept``: the person already chose to keep a row the import marked as logged.
            duplicate = key in logged and not entry.duplicate_kept
            warnings = _activity_warnings(activity, duplicate=duplicate, credentials=credentials)
            warnings += selectors.activity_shortfalls_get(
                activity=activity, shares=shares, excluded=excluded, cycles=cycles, today=today
            )
            if warnings:
                return activity, shares, excluded, NeedsConfirmation(warnings)
        logged.add(key)
        return activity, shares, excluded, None

    return [build(entry) for entry in activities]


@transaction.atomic
def activity_update(
    *,
    activity: CEActivity,
    data: ActivityInput,
    certificate: UploadedFile | object | None = CERTIFICATE_KEPT,
    confirmed: bool = False,
    today: dt.date | None = None,
) -> CEActivity:
    """Change an activity. ``certificate``: a new file, None to remove it, or CERTIFICATE_KEPT."""
    activity = CEActivity.objects.select_for_update().get(pk=activity.pk)
    return _activity_save(activity, data, certificate=certificate, confirmed=confirmed, today=today)


def _activity_check(
    activity: CEActivity,
    data: ActivityInput,
    *,
    today: dt.date,
    needing: Sequence[str] | None = None,
    constraints: bool = True,
) -> dict:
    """``data`` set on ``activity``, and every error it has: the input's own rules
    (``activity_input_errors``), then the model's field checks."""
    data.apply_to(activity)
    if needing is None:
        needing = _owner_programs_with_categories(activity.owner_id) if activity.owner_id else []
    errors: dict = dict(activity_input_errors(data, owner_id=activity.owner_id, today=today, needing=needing))
    try:
        activity.full_clean(exclude=["owner", "certificate"], validate_constraints=constraints)
    except ValidationError as error:
        for field, messages in error.message_dict.items():
            errors.setdefault(field, messages)
    return errors


@transaction.atomic
def activity_exclusions_set(*, activity: CEActivity, credentials: Iterable[Credential]) -> CEActivity:
    """Choose the credentials an activity must not count toward (the owner's own only)."""
    credentials = list(credentials)
    if any(c.owner_id != activity.owner_id for c in credentials):
        raise ValidationError({"excluded_from": "Choose among your own credentials."})
    # One person's activity writes go one at a time: a save comparing what the rules read before and
    # after it (_activity_save) must not miss an exclusion set between the two.
    _owner_lock(activity.owner_id)
    activity.excluded_from.set(credentials)
    progress_invalidate(owner_id=activity.owner_id)
    return activity


@transaction.atomic
def activity_delete(*, activity: CEActivity) -> None:
    old_file = activity.certificate.name if activity.certificate else ""
    storage = activity.certificate.storage
    activity.delete()
    _card_untrack(owner_id=activity.owner_id, kind=activity.kind, issued_on=activity.completed_on)
    progress_invalidate(owner_id=activity.owner_id)
    if old_file:
        transaction.on_commit(lambda: storage.delete(old_file))


def _activity_save(
    activity: CEActivity,
    data: ActivityInput,
    *,
    certificate,
    confirmed: bool = True,
    track_card: bool = True,
    today: dt.date | None = None,
) -> CEActivity:
    # Complexity D (21): the one save every door goes through; its checks run in this order, locked.
    today = today or timezone.localdate()
    # One person's activity writes go one at a time: the checks below read (an exact duplicate,
    # the certificate quota) before writing, and on PostgreSQL two requests at once would both
    # pass them. Locked first, before any credential, so the lock order is always the same.
    _owner_lock(activity.owner_id)
    # As saved before this change (None for a new activity): what card it was, what it counted as.
    previous, counted_as = (
        ((activity.kind, activity.completed_on), (activity.completed_on, activity.amount, activity.unit))
        if activity.pk
        else (None, None)
    )
    evaluated_before = selectors.activity_evaluated_facts(activity=activity) if activity.pk else None
    errors = _activity_check(activity, data, today=today)
    shares, excluded = shares_of(data), list(data.excluded_from)
    if certificate is not CERTIFICATE_KEPT and certificate is not None:
        old_name = (activity.certificate.name or "") if activity.pk and activity.certificate else ""
        errors.update(_certificate_errors(certificate, owner_id=activity.owner_id, replacing=old_name))
    if errors:
        raise ValidationError(errors)
    if not confirmed:
        _activity_questions_ask(activity, shares, excluded, counted_as=counted_as, today=today)

    old_file = activity.certificate.name if activity.certificate else ""
    written = ""
    try:
        if certificate is not CERTIFICATE_KEPT:
            written = _activity_certificate_set(activity, certificate)
        activity.save()
        activity.shares.all().delete()
        CategoryShare.objects.bulk_create(
            [CategoryShare(activity=activity, category=c, amount=a) for c, a in sorted(shares.items())]
        )
        activity.excluded_from.set(excluded)
    except Exception:
        if written:  # the rows roll back; do not leave a health document behind in storage
            activity.certificate.storage.delete(written)
        raise
    new_file = activity.certificate.name if activity.certificate else ""
    if old_file and old_file != new_file:
        storage = activity.certificate.storage
        transaction.on_commit(lambda: storage.delete(old_file))
    if (
        evaluated_before is not None
        and evaluated_before == selectors.activity_evaluated_facts(activity=activity)
        and not _is_card(activity)
    ):
        progress_shown_changed(owner_id=activity.owner_id)  # nothing the rules read has changed
        return activity
    if track_card:
        if previous is not None and previous != (activity.kind, activity.completed_on):
            _card_untrack(owner_id=activity.owner_id, kind=previous[0], issued_on=previous[1])
        _card_track(activity=activity, today=today)
    progress_invalidate(owner_id=activity.owner_id)
    return activity


def _is_card(activity: CEActivity) -> bool:
    """A card renews the person's card credential (_card_track): its saves always go the long way."""
    return bool(rules.card_programs(activity.kind))


def _activity_questions_ask(
    activity: CEActivity, shares: dict, excluded: list[Credential], *, counted_as, today: dt.date
) -> None:
    """NeedsConfirmation for a likely mistake: a duplicate, an amount beyond a whole period, or
    (said once, when the course is logged or its date or amount changes) where it will not count."""
    warnings = _activity_warnings(activity)
    if counted_as != (activity.completed_on, activity.amount, activity.unit):
        warnings += selectors.activity_shortfalls_get(
            activity=activity, shares=shares, excluded=excluded, today=today
        )
    if warnings:
        raise NeedsConfirmation(warnings)


def _activity_certificate_set(activity: CEActivity, certificate: UploadedFile | None) -> str:
    """Store ``certificate`` as the activity's proof (None removes it); the name written, if any."""
    if certificate is None:
        activity.certificate = ""
        activity.certificate_name = ""
        activity.certificate_size = 0
        activity.certificate_sha256 = ""
        return ""
    activity.certificate_name = (certificate.name or "")[:255]
    activity.certificate_sha256 = _file_sha256(certificate)
    _field_file_save(activity.certificate, certificate)
    activity.certificate_size = activity.certificate.size  # as stored, for the quota
    return activity.certificate.name or ""


def _card_track(*, activity: CEActivity, today: dt.date) -> None:
    """R-CMA-11 / R-BLS-1: one card record, two uses. A card issued on or before today renews the
    person's card credential (or starts one while the card is valid); an older card changes nothing."""
    programs = rules.card_programs(activity.kind)
    if not programs or activity.completed_on > today:
        return
    credentials = list(
        Credential.objects.select_for_update().filter(owner=activity.owner, program__in=programs)
    )
    if not credentials:
        program = rules.PROGRAMS[programs[0]]
        expires_on, _ = rules.cycle_dates(program, activity.completed_on)
        if expires_on >= today:
            credential = Credential(
                owner=activity.owner, program=program.code, certified_on=activity.completed_on
            )
            credential.full_clean()
            credential.save()
            _cycle_open(credential=credential, starts_on=activity.completed_on)
        return
    for credential in credentials:
        cycle = credential.cycles.open().first()
        if cycle is None or activity.completed_on <= cycle.starts_on:
            continue
        cycle.closed_on, cycle.closed_by = activity.completed_on, Route.CARD
        cycle.full_clean(validate_constraints=False)
        cycle.save(update_fields=["closed_on", "closed_by"])
        _cycle_open(credential=credential, starts_on=activity.completed_on)


def _card_untrack(*, owner_id: int, kind: str, issued_on: dt.date) -> None:
    """A card that renewed a card credential is gone (deleted, or its date corrected): reopen the
    period it closed. A first period, or one another card of that date still starts, is kept."""
    programs = rules.card_programs(kind)
    if (
        not programs
        or CEActivity.objects.filter(owner_id=owner_id, kind=kind, completed_on=issued_on).exists()
    ):
        return
    for credential in Credential.objects.select_for_update().filter(owner_id=owner_id, program__in=programs):
        current = credential.cycles.open().filter(starts_on=issued_on).first()
        previous = credential.cycles.filter(closed_on=issued_on, closed_by=Route.CARD).first()
        if current is None or previous is None:
            continue
        current.delete()
        previous.closed_on, previous.closed_by = None, ""
        previous.save(update_fields=["closed_on", "closed_by"])


def _activity_warnings(
    activity: CEActivity, *, duplicate: bool | None = None, credentials: list[Credential] | None = None
) -> list[str]:
    """Likely mistakes worth a second look before saving: an exact duplicate, or one course worth
    more than a whole period needs for one of the person's credentials. ``duplicate`` and
    ``credentials``: what an import of many rows read once, instead of a query each."""
    warnings = []
    if duplicate is None:
        duplicate = (
            CEActivity.objects.filter(
                owner_id=activity.owner_id,
                title__iexact=activity.title,
                completed_on=activity.completed_on,
                amount=activity.amount,
            )
            .exclude(pk=activity.pk)
            .exists()
        )
    if duplicate:
        warnings.append(
            f"You already logged “{activity.title}” on {_day(activity.completed_on)} for "
            f"{activity.logged}. Save it again only if you took it twice."
        )
    if credentials is None:
        credentials = list(Credential.objects.filter(owner_id=activity.owner_id))
    for credential in credentials:
        program = credential.rules_program
        points = rules.points_for(program, activity.kind, activity.amount)
        if program.requires_ce and points is not None and points > program.points_needed:
            warnings.append(
                f"{activity.logged} would be worth {program.quantity(points)} toward your "
                f"{credential}, more than the {program.quantity(program.points_needed)} a whole "
                "recertification period needs. Check the amount and the unit."
            )
            break
    return warnings


def _owner_programs_with_categories(owner_id: int) -> list[str]:
    codes = set(Credential.objects.filter(owner_id=owner_id).values_list("program", flat=True))
    return sorted(
        rules.PROGRAMS[c].name for c in codes if c in rules.PROGRAMS and rules.PROGRAMS[c].category_min
    )


def _certificate_errors(upload: UploadedFile, *, owner_id: int, replacing: str) -> dict[str, str]:
    problems = certificate_errors(upload)
    if problems:
        return {"certificate": problems[0]}
    used = selectors.certificate_usage_get(owner_id=owner_id, excluding=replacing)
    if used + (upload.size or 0) > settings.CERTIFICATE_QUOTA_BYTES:
        quota = settings.CERTIFICATE_QUOTA_BYTES // (1024 * 1024)
        return {
            "certificate": f"Your certificates would take more than your {quota} MB. Remove certificates you "
            "no longer need, or upload a smaller scan (300 dpi or less)."
        }
    return {}
