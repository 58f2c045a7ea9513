"""Writes: the only way data changes (HackSoft style, ``<entity>_<action>``).

Every service validates with ``full_clean()`` and runs in one transaction, so a
failed multi-row change leaves nothing half-written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import logging
import os
import secrets
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, cast

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.formats import date_format

from core import throttle
from core.locales import person_locale
from credentials import background, file_work, reader, reminders, rules, selectors, transcript
from credentials.activity_input import (
    CERTIFICATE_KEPT,
    EARLIEST,
    ActivityEntry,
    ActivityInput,
    activity_input_errors,
    shares_of,
)
from credentials.certificates import certificate_errors
from credentials.models import (
    CE_ROUTES,
    CUSTOM,
    AuditPack,
    CalendarFeed,
    CategoryShare,
    CEActivity,
    CertificateDraft,
    Credential,
    Cycle,
    DraftFinding,
    ExamAttempt,
    ReadingHint,
    Reminder,
    ReminderPreference,
    Route,
    Submission,
    audit_pack_path,
    calendar_token,
    preview_path,
)
from credentials.pack_build import PackBuildError, build_with_limits

logger = logging.getLogger(__name__)

_UNSET = object()
# A printed expiry further ahead than this is a typo in the year (the longest cycle is 20 years).
MAX_YEARS_AHEAD = 25


class NeedsConfirmation(ValidationError):
    """Input that is possible but unlikely (a duplicate, a course worth more than a whole period):
    nothing is saved; the caller shows ``messages`` and calls again with ``confirmed=True``."""


class AlreadySubmitted(Exception):
    """This form post was already carried out; ``result_url`` is where the first one landed."""

    def __init__(self, result_url: str):
        super().__init__(result_url)
        self.result_url = result_url


SUBMISSION_KEPT = dt.timedelta(days=2)


@contextlib.contextmanager
def submission_once(*, owner, token, fingerprint: str = ""):
    """Carry out one form post at most once per token, all in one transaction.

    The token is claimed first, so a concurrent repeat waits on the unique constraint until the
    first commits and then raises AlreadySubmitted; if the work inside fails, the claim rolls back
    with it and the same form can be sent again. Set ``submission.result_url`` inside the block.
    """
    with transaction.atomic():
        try:
            with transaction.atomic():
                submission = Submission.objects.create(owner=owner, token=token, fingerprint=fingerprint)
        except IntegrityError:
            done = Submission.objects.filter(owner=owner, token=token, fingerprint=fingerprint).first()
            raise AlreadySubmitted(done.result_url if done else "") from None
        yield submission
        limit = Submission._meta.get_field("result_url").max_length
        if limit is not None and len(submission.result_url) > limit:
            submission.result_url = ""  # a repeat then lands on the dashboard
        submission.save(update_fields=["result_url"])
        Submission.objects.filter(owner=owner, created_at__lt=timezone.now() - SUBMISSION_KEPT).delete()


# --------------------------------------------------------------------------- credentials


@transaction.atomic
def credential_create(
    *,
    owner,
    program: str,
    certified_on: dt.date,
    number: str = "",
    custom_name: str = "",
    custom_body: str = "",
    custom_cycle_months: int | None = None,
    custom_points_needed: Decimal | None = None,
    printed_expires_on: dt.date | None = None,
    today: dt.date | None = None,
    confirmed: bool = False,
    restoring: bool = False,
) -> Credential:
    """Add a credential and open its first cycle from ``certified_on`` (R-CMA-1).

    ``restoring``: an import of the person's own export keeps what they had, even two credentials
    of one program without numbers (allowed before numbers told them apart).

    A CPR/BLS card credential is the card itself: it is logged as a card activity too, so one
    record counts toward the CMA (R-CMA-11) and tracks the card's renewal (R-BLS-1).
    """
    today = today or timezone.localdate()
    credential = Credential(owner=owner)
    _credential_fill(
        credential,
        program=program,
        certified_on=certified_on,
        number=number,
        custom_name=custom_name,
        custom_body=custom_body,
        custom_cycle_months=custom_cycle_months,
        custom_points_needed=custom_points_needed,
        printed_expires_on=printed_expires_on,
        today=today,
    )
    if not restoring:
        _credential_named_apart(credential)
    if not confirmed:
        same = Credential.objects.filter(owner=owner, program=credential.program)
        if credential.program == CUSTOM:
            same = same.filter(custom_name__iexact=credential.custom_name)
        if same.exists():
            raise NeedsConfirmation(
                f"You already have a {credential.display_name} credential. Add a second one only if "
                "you really hold two (for example with different numbers)."
            )
    credential.save()
    _cycle_open(
        credential=credential, starts_on=credential.certified_on, printed_expires_on=printed_expires_on
    )
    card_kind = credential.rules_program.card_kind
    if (
        card_kind
        and not CEActivity.objects.filter(
            owner=owner, kind=card_kind, completed_on=credential.certified_on
        ).exists()
    ):
        # The card the credential is, as an activity (R-CMA-11): a fifth door, the same input.
        card = ActivityInput.of(
            title=credential.rules_program.name,
            completed_on=credential.certified_on,
            amount=Decimal(1),
            unit=rules.UNIT_OF_KIND[card_kind],
        )
        _activity_save(CEActivity(owner=owner), card, certificate=None, today=today)
    return credential


@transaction.atomic
def credential_update(
    *,
    credential: Credential,
    program: str,
    certified_on: dt.date,
    number: str = "",
    custom_name: str = "",
    custom_body: str = "",
    custom_cycle_months: int | None = None,
    custom_points_needed: Decimal | None = None,
    printed_expires_on: dt.date | object | None = _UNSET,
    today: dt.date | None = None,
) -> Credential:
    """Change a credential; its cycles' dates follow the (possibly new) program and start date.

    ``printed_expires_on``: the expiry printed on the card for the open cycle (None clears it,
    omitted keeps it).
    """
    credential = Credential.objects.select_for_update().get(pk=credential.pk)
    previous_program = credential.program
    named = (credential.program, credential.number, credential.custom_name)
    cycles = list(credential.cycles.order_by("starts_on"))
    open_cycle = next((c for c in cycles if c.is_open), None)
    expiry: dt.date | None = (
        (open_cycle.printed_expires_on if open_cycle else None)
        if printed_expires_on is _UNSET
        else cast("dt.date | None", printed_expires_on)
    )
    _credential_fill(
        credential,
        program=program,
        certified_on=certified_on,
        number=number,
        custom_name=custom_name,
        custom_body=custom_body,
        custom_cycle_months=custom_cycle_months,
        custom_points_needed=custom_points_needed,
        printed_expires_on=expiry,
        today=today,
    )
    if (credential.program, credential.number, credential.custom_name) != named:
        # Only a change of name or number is checked: two old twins without numbers stay editable.
        _credential_named_apart(credential)
    if not cycles:  # e.g. made outside the app: give it the cycle it should have had
        credential.save()
        _cycle_open(credential=credential, starts_on=credential.certified_on, printed_expires_on=expiry)
        return credential
    closed = [c for c in cycles if not c.is_open]
    if closed and credential.program != previous_program:
        # Past cycles were judged under the old program; rewriting them would change history.
        raise ValidationError(
            {
                "program": "You have recertified this credential before, so its program cannot change. "
                "Add the other credential separately."
            }
        )
    first = cycles[0]
    if first.closed_on is not None and credential.certified_on >= first.closed_on:
        raise ValidationError(
            {"certified_on": f"Must be before your recertification on {_day(first.closed_on)}."}
        )
    credential.save()
    first.starts_on = credential.certified_on
    if open_cycle is not None:
        open_cycle.printed_expires_on = expiry
    for cycle in cycles:
        cycle.expires_on, cycle.ce_deadline = _cycle_dates(
            credential.rules_program, cycle.starts_on, cycle.printed_expires_on
        )
        cycle.full_clean(validate_constraints=False)
    Cycle.objects.bulk_update(cycles, ["starts_on", "expires_on", "ce_deadline", "printed_expires_on"])
    progress_invalidate(owner_id=credential.owner_id)
    return credential


def _credential_fill(
    credential: Credential, *, today: dt.date | None, printed_expires_on: dt.date | None, **fields
) -> None:
    today = today or timezone.localdate()
    for name, value in fields.items():
        setattr(credential, name, value.strip() if isinstance(value, str) else value)
    if credential.program != CUSTOM:
        credential.custom_name, credential.custom_body = "", ""
        credential.custom_cycle_months, credential.custom_points_needed = None, None
    errors = {}
    if credential.program == CUSTOM:
        if not (credential.custom_name or "").strip():
            errors["custom_name"] = "Give the credential a name, e.g. NCMA (NCCT)."
        if not (credential.custom_body or "").strip():
            errors["custom_body"] = "Enter who certifies it, e.g. National Center for Competency Testing."
        if credential.custom_cycle_months is None:
            errors["custom_cycle_months"] = "Enter how many months a recertification period lasts."
        if credential.custom_points_needed is None:
            errors["custom_points_needed"] = (
                "Enter the points (or hours) needed per recertification period; 0 if none."
            )
    if isinstance(credential.certified_on, dt.date) and credential.certified_on > today:
        errors["certified_on"] = "This date is in the future. Enter the date on your certificate."
    elif isinstance(credential.certified_on, dt.date) and credential.certified_on < EARLIEST:
        errors["certified_on"] = "Enter a date after 1950."
    if (
        printed_expires_on is not None
        and isinstance(credential.certified_on, dt.date)
        and printed_expires_on <= credential.certified_on
    ):
        errors["printed_expires_on"] = "The expiry date must be after the date certified."
    if errors:
        raise ValidationError(errors)
    credential.full_clean()


def _credential_named_apart(credential: Credential) -> None:
    """A second credential of a program needs a number of its own: the number is what tells the
    two apart on the dashboard, the lists, the PDFs and the reminders."""
    twins = _credential_twins(credential)
    if twins and not credential.number:
        raise ValidationError(
            {
                "number": f"You already have a {twins[0]}. Enter this one's credential number, so the "
                "two can be told apart on your dashboard, lists, PDFs and reminders."
            }
        )
    if any(twin.number.casefold() == credential.number.casefold() for twin in twins):
        raise ValidationError(
            {"number": f"Your other {credential} has this number. Enter this credential's own number."}
        )


def _credential_twins(credential: Credential) -> list[Credential]:
    """The person's other credentials of the same program (for a custom one, of the same name):
    with one of those, the number is what tells them apart, so each needs its own."""
    same = Credential.objects.filter(owner_id=credential.owner_id, program=credential.program).exclude(
        pk=credential.pk
    )
    if credential.program == CUSTOM:
        same = same.filter(custom_name__iexact=credential.custom_name)
    return list(same.order_by("pk"))


@transaction.atomic
def credential_delete(*, credential: Credential) -> None:
    """Delete a credential with its cycles and exam attempts; activities stay (they are the person's).
    Its audit packs go too, files included."""
    _audit_pack_files_delete(AuditPack.objects.filter(cycle__credential=credential))
    credential.delete()


def progress_invalidate(*, owner_id: int) -> None:
    """Mark every stored progress of the person out of date (selectors' ProgressSnapshot) and
    rebuild it once the transaction commits: called, in the same transaction, by every service
    that changes what progress depends on. However many writes a transaction makes (an import of
    2,000 rows), the rebuild runs once."""
    # Up by a random step, not by one: after a backup is restored the versions go back, and the next
    # writes must not land on a version whose kept renderings show the rows that were lost.
    step = secrets.randbelow(2**31) + 1
    Cycle.objects.filter(credential__owner_id=owner_id).update(progress_version=F("progress_version") + step)
    # Django's list of (savepoint ids, callback, robust) to run on commit; a rollback clears it.
    pending = transaction.get_connection().run_on_commit
    if not any(getattr(callback, "rebuilds_progress_of", None) == owner_id for _, callback, _ in pending):

        def rebuild() -> None:  # a named function: Django logs a robust callback's __qualname__
            progress_rebuild(owner_id=owner_id)

        rebuild.rebuilds_progress_of = owner_id  # type: ignore[attr-defined]  # found by the check above
        transaction.on_commit(rebuild, robust=True)  # a failure is logged: the next view rebuilds


def progress_rebuild(*, owner_id: int) -> None:
    """Evaluate and store the progress of every open period of the person, as of their today, with
    every activity's verdict: the pages shown after a write read it instead of evaluating."""
    owner = get_user_model().objects.filter(pk=owner_id).first()
    if owner is not None:
        with person_locale(owner):  # the stored verdict sentences write dates in their style
            selectors.dashboard_get(user=owner, today=reminders.person_today(owner), verdicts=True)


# --------------------------------------------------------------------------- cycles and exams


def _cycle_open(
    *,
    credential: Credential,
    starts_on: dt.date,
    printed_expires_on: dt.date | None = None,
    counts_from: dt.date | None = None,
) -> Cycle:
    expires_on, ce_deadline = _cycle_dates(credential.rules_program, starts_on, printed_expires_on)
    cycle = Cycle(
        credential=credential,
        starts_on=starts_on,
        expires_on=expires_on,
        ce_deadline=ce_deadline,
        printed_expires_on=printed_expires_on,
        counts_from=counts_from if counts_from and counts_from < expires_on else None,
    )
    cycle.full_clean()
    cycle.save()
    return cycle


def _cycle_dates(
    program: rules.Program, starts_on: dt.date, printed: dt.date | None
) -> tuple[dt.date, dt.date]:
    """The engine's dates, with its refusals (an expiry before the start, a date past the
    calendar's end) as a field error rather than a crash."""
    if printed is not None and printed > starts_on + relativedelta(years=MAX_YEARS_AHEAD):
        raise ValidationError(
            {"printed_expires_on": f"That is more than {MAX_YEARS_AHEAD} years ahead. Check the year."}
        )
    try:
        return rules.cycle_dates(program, starts_on, expires_on=printed)
    except (ValueError, OverflowError) as error:
        raise ValidationError({"printed_expires_on": str(error)}) from None


@transaction.atomic
def cycle_recertify(
    *,
    cycle: Cycle,
    recertified_on: dt.date,
    route: str = Route.CE,
    new_expires_on: dt.date | None = None,
    today: dt.date | None = None,
    replay: bool = False,
) -> Cycle:
    """Close ``cycle`` and open the next one from the recertification date (R-CMA-1).

    ``replay``: restoring history recorded earlier (an import), where the CE check and the
    route's program checks were the app's job at the time and are not repeated.

    By CE only when the rules engine says the requirements were met (with the activities
    before ``recertified_on``); ``Route.ACCEPTED`` records that the certifying body accepted the
    application anyway and needs the new expiry printed on the renewal; ``Route.EXAM`` needs a
    program with an exam route (R-CMA-2) and eligibility (R-CMA-12).
    """
    today = today or timezone.localdate()
    cycle = Cycle.objects.select_for_update().select_related("credential").get(pk=cycle.pk)
    if cycle.closed_on is not None:
        raise ValidationError(f"This recertification period was already closed on {_day(cycle.closed_on)}.")
    if route not in Route.values:
        raise ValidationError({"route": "Choose how you recertified."})
    program = cycle.credential.rules_program
    errors: dict[str, str] = {}
    if replay:
        pass
    elif route == Route.CARD and not program.card_kind:
        errors["route"] = "Only a card is renewed by a new card."
    elif program.card_kind and route != Route.CARD:
        errors["route"] = "A card is renewed by logging the new card."
    elif route == Route.EXAM and program.exam is None:
        errors["route"] = f"{program.name} has no exam route in Recert."
    elif (
        route == Route.EXAM
        and program.exam is not None  # the branch above: every program asked for its exam has one
        and not rules.exam_status(program, cycle.exam_attempts.values_list("passed", flat=True)).eligible
    ):
        errors["route"] = (
            f"After the last failed attempt the exam route stays closed until {program.exam.eligible_again}."
        )
    if recertified_on <= cycle.starts_on:
        errors["recertified_on"] = f"Must be after this period's start, {_day(cycle.starts_on)}."
    elif recertified_on > today:
        errors["recertified_on"] = "This date is in the future. Record the recertification once it happened."
    elif route == Route.CE and recertified_on > cycle.ce_deadline and "route" not in errors:
        # R-CMA-10: past the CE deadline only the exam route is left.
        errors["route"] = (
            f"The CE route closed on {_day(cycle.ce_deadline)}; after that only "
            f"{'the exam recertifies' if program.exam else 'reinstatement is possible'}."
        )
    starts_on = recertified_on
    if program.rolls_over_on_anniversary and recertified_on <= cycle.expires_on:
        starts_on = cycle.expires_on  # R-RMA-1: an early compliance does not restart the cycle
    if route == Route.ACCEPTED and new_expires_on is None:
        errors["new_expires_on"] = "Enter the new expiry date printed on your renewal."
    elif new_expires_on is not None and new_expires_on <= starts_on:
        errors["new_expires_on"] = (
            f"The new expiry date must be after the new period starts, {_day(starts_on)}."
        )
    elif new_expires_on is not None and new_expires_on > starts_on + relativedelta(years=MAX_YEARS_AHEAD):
        errors["new_expires_on"] = f"That is more than {MAX_YEARS_AHEAD} years ahead. Check the year."
    if errors:
        raise ValidationError(errors)
    cycle.closed_on = recertified_on
    cycle.closed_by = route
    if route == Route.CE and not replay:
        # R-CMA-6: everything completed on or before the day counts (the last course and the
        # application on the same day is normal).
        result = selectors.cycle_progress_get(cycle=cycle, today=recertified_on, fresh=True).result
        if not result.met:
            raise ValidationError(
                {
                    "route": f"Your CE logged up to {_day(recertified_on)} does not meet the "
                    f"{program.name} requirements yet: {result.gap_text} still needed. Log what is "
                    "missing, or choose another way you recertified."
                }
            )
    cycle.full_clean(validate_constraints=False)
    cycle.save(update_fields=["closed_on", "closed_by"])
    progress_invalidate(owner_id=cycle.credential.owner_id)
    # R-CMA-6: what the closing period counted on its last day does not count again.
    counts_from = (
        recertified_on + dt.timedelta(days=1) if route in CE_ROUTES and starts_on == recertified_on else None
    )
    try:
        return _cycle_open(
            credential=cycle.credential,
            starts_on=starts_on,
            printed_expires_on=new_expires_on,
            counts_from=counts_from,
        )
    except ValidationError as error:
        raise ValidationError({"new_expires_on": error.messages}) from None


@transaction.atomic
def cycle_reopen(*, credential: Credential) -> Cycle:
    """Undo the last recording of a recertification: delete the period it opened and reopen the
    previous one. Allowed for ``selectors.UNDO_DAYS`` days after recording it; a pass that closed
    the period is removed with it."""
    credential = Credential.objects.select_for_update().get(pk=credential.pk)
    cycles = list(credential.cycles.all())
    undo = selectors.recertification_undo_get(credential=credential, cycles=cycles)
    if undo is None:
        raise ValidationError(
            f"There is no recertification to undo: it can be undone for {selectors.UNDO_DAYS} days "
            "after you recorded it."
        )
    previous = undo.closed
    current = next(c for c in cycles if c.is_open)
    if current.exam_attempts.exists():
        raise ValidationError("Exam attempts are recorded in the new period; delete them first.")
    if previous.closed_by == Route.EXAM and previous.closed_on is not None:
        previous.exam_attempts.filter(passed=True, taken_on=previous.closed_on).delete()
    _audit_pack_files_delete(AuditPack.objects.filter(cycle=current))
    current.delete()
    previous.closed_on = None
    previous.closed_by = ""
    previous.save(update_fields=["closed_on", "closed_by"])
    progress_invalidate(owner_id=credential.owner_id)
    return previous


@transaction.atomic
def exam_attempt_record(
    *, cycle: Cycle, taken_on: dt.date, passed: bool, today: dt.date | None = None
) -> ExamAttempt:
    """Record an exam attempt (R-CMA-12); a pass recertifies by exam (R-CMA-2)."""
    today = today or timezone.localdate()
    # Locked: two attempts recorded at once must not both pass the eligibility count (R-CMA-12).
    cycle = Cycle.objects.select_for_update().select_related("credential").get(pk=cycle.pk)
    program = cycle.credential.rules_program
    if program.exam is None:
        raise ValidationError(f"{program.name} has no exam route in Recert.")
    if taken_on > today:
        raise ValidationError(
            {"taken_on": "This date is in the future. Record the attempt once it happened."}
        )
    if taken_on < cycle.starts_on:
        raise ValidationError(
            {"taken_on": f"Must be on or after this period's start, {_day(cycle.starts_on)}."}
        )
    status = rules.exam_status(program, cycle.exam_attempts.values_list("passed", flat=True))
    if not status.eligible:
        raise ValidationError(
            f"After the last failed attempt you are not eligible until {program.exam.eligible_again}."
        )
    attempt = ExamAttempt(cycle=cycle, taken_on=taken_on, passed=passed)
    attempt.full_clean()
    attempt.save()
    progress_invalidate(owner_id=cycle.credential.owner_id)
    if passed and cycle.is_open:
        cycle_recertify(cycle=cycle, recertified_on=taken_on, route=Route.EXAM, today=today)
    return attempt


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


def _owner_lock(owner_id: int) -> None:
    """Lock the person's row (their writes go one at a time); an account deleted meanwhile stops
    the write before any file is stored."""
    if get_user_model().objects.select_for_update().filter(pk=owner_id).values_list("pk").first() is None:
        raise ValidationError("This account no longer exists.")


def _activity_save(
    activity: CEActivity,
    data: ActivityInput,
    *,
    certificate,
    confirmed: bool = True,
    track_card: bool = True,
    today: dt.date | None = None,
) -> CEActivity:
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
    if track_card:
        if previous is not None and previous != (activity.kind, activity.completed_on):
            _card_untrack(owner_id=activity.owner_id, kind=previous[0], issued_on=previous[1])
        _card_track(activity=activity, today=today)
    progress_invalidate(owner_id=activity.owner_id)
    return activity


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
    programs = [code for code, p in rules.PROGRAMS.items() if p.card_kind == activity.kind]
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
    programs = [code for code, p in rules.PROGRAMS.items() if p.card_kind == kind]
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


STORE_FAILED = (
    "This file could not be stored just now (the server has no room for it). Nothing was saved: try "
    "again later, and tell whoever runs this Recert if it happens again."
)


def _file_save(storage, name: str, content) -> str:
    """Store ``content`` under ``name``; a write that fails (a full disk) leaves nothing half
    written behind and raises OSError."""
    try:
        return storage.save(name, content)
    except OSError:
        with contextlib.suppress(Exception):
            storage.delete(name)
        raise


def _field_file_save(field_file, upload: UploadedFile) -> None:
    """``field_file.save(upload.name, upload, save=False)``, saying next to the certificate field
    when the file cannot be stored."""
    name = field_file.field.generate_filename(field_file.instance, upload.name)
    try:
        field_file.name = _file_save(field_file.storage, name, upload)
    except OSError:
        raise ValidationError({"certificate": STORE_FAILED}) from None
    field_file._committed = True


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


# --------------------------------------------------------------------------- certificate inbox

DRAFT_READ_ABANDONED_AFTER = dt.timedelta(minutes=10)


def _file_sha256(file) -> str:
    """The content hash of an uploaded file, to know the same certificate dropped again (issue 23)."""
    digest = hashlib.sha256()
    for chunk in file.chunks():
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


@transaction.atomic
def certificate_draft_create(*, owner, file: UploadedFile) -> CertificateDraft:
    """Keep a dropped certificate as a draft activity and queue its reading (once committed).

    The file is checked like any certificate (type, size, pages, pixels, the person's quota);
    a file the reader later cannot make sense of still stays, to be filled in by hand."""
    _owner_lock(owner.pk)
    errors = _certificate_errors(file, owner_id=owner.pk, replacing="")
    if errors:
        raise ValidationError(errors["certificate"])
    draft = CertificateDraft(
        owner=owner,
        file_name=(file.name or "certificate")[:255],
        file_size=file.size or 0,
        sha256=_file_sha256(file),
    )
    _field_file_save(draft.file, file)
    written = draft.file.name or ""
    try:
        draft.full_clean()
        draft.save()
    except BaseException:
        if written:
            draft.file.storage.delete(written)
        raise
    _draft_read_enqueue(draft)
    return draft


def _enqueue_on_commit(task, rows, **arguments) -> None:
    """Enqueue ``task`` once the transaction commits. What was saved stays saved if the queue is
    away (Redis down): the rows' ``queued_at`` is cleared, and the watchdog (credentials/jobs.py)
    queues them as soon as it can."""

    def send() -> None:
        try:
            task.enqueue(**arguments)
        except Exception as error:
            logger.warning("Could not enqueue %s %s (%s): the watchdog will", task.name, arguments, error)
            with contextlib.suppress(Exception):
                rows.update(queued_at=None)

    transaction.on_commit(send)


def _draft_read_enqueue(draft: CertificateDraft) -> None:
    draft_id = draft.pk
    CertificateDraft.objects.filter(pk=draft_id).update(queued_at=timezone.now())
    _enqueue_on_commit(
        background.task("certificate_draft_read"),
        CertificateDraft.objects.filter(pk=draft_id),
        draft_id=draft_id,
    )


def certificate_draft_read(*, draft_id: int) -> str:
    """Read a queued draft's certificate into its fields and draw its preview, each in a bounded
    child (credentials/file_work.py); returns the draft's state. Claimed first (queued → reading),
    so a second worker or a retry does nothing. The file is read outside the claim's transaction;
    the findings are stored in another. A file past a limit leaves a failed draft saying which."""
    with transaction.atomic():
        draft = CertificateDraft.objects.select_for_update().filter(pk=draft_id).first()
        if draft is None:
            return "gone"
        if draft.state != CertificateDraft.State.QUEUED:
            return f"already {draft.state}"  # a repeat of the job: someone else has it
        draft.state, draft.started_at = CertificateDraft.State.READING, timezone.now()
        draft.save(update_fields=["state", "started_at"])
    claimed = CertificateDraft.objects.filter(pk=draft.pk, started_at=draft.started_at)
    try:
        with draft.file.open("rb") as handle:
            data = handle.read(settings.CERTIFICATE_MAX_BYTES + 1)
    except Exception as error:  # storage: missing file, a disk or network error
        claimed.update(
            state=CertificateDraft.State.FAILED,
            problem=f"The file could not be opened ({type(error).__name__}). Enter the details by hand.",
        )
        return CertificateDraft.State.FAILED
    hints = selectors.reading_hints_get(owner_id=draft.owner_id)
    reading, stopped = file_work.certificate_read(data, filename=draft.file_name, hints=hints)
    found = None
    if not stopped and transcript.looks_like_one(reading.text):  # a table of courses (issue 24)
        found = file_work.transcript_read(data, provider=str(reading.fields["provider"].value or ""))
    preview, storage, preview_name = file_work.preview_draw(data), draft.preview.storage, ""
    if preview is not None:
        with contextlib.suppress(OSError):  # no room for a picture: the draft is read, shown without
            preview_name = _file_save(storage, preview_path(draft, "preview.png"), ContentFile(preview))
    values: dict[str, Any] = {name: found.value for name, found in reading.fields.items()}
    with transaction.atomic():
        draft = claimed.select_for_update().first()
        if draft is None:  # deleted, or taken up again meanwhile
            if preview_name:
                transaction.on_commit(lambda: storage.delete(preview_name))
            return "gone"
        old_preview = draft.preview.name
        draft.completed_on = values["completed_on"]
        draft.title = (values["title"] or "")[:200]
        draft.provider = (values["provider"] or "")[:200]
        draft.amount = _draft_amount(values["amount"])
        draft.unit = values["unit"] if values["unit"] in rules.PRINTED_UNITS else ""
        draft.aama_approved = values["aama_approved"]
        draft.category = values["category"] if values["category"] in rules.CATEGORIES else ""
        draft.categories = {c: str(a) for c, a in reading.categories.items() if c in rules.CATEGORIES}
        draft.text = reading.text[:20_000]
        draft.transcript = found.as_json() if found else {}
        draft.source = reading.source
        draft.problem = stopped or reading.problem or ""
        draft.preview = preview_name
        draft.state = CertificateDraft.State.FAILED if stopped else CertificateDraft.State.READ
        draft.full_clean()
        draft.save()
        if old_preview and old_preview != preview_name:
            transaction.on_commit(lambda: storage.delete(old_preview))
        draft.findings.all().delete()
        DraftFinding.objects.bulk_create(
            DraftFinding(
                draft=draft,
                field=name,
                confidence=Decimal(str(round(min(max(found.confidence, 0.0), 1.0), 2))),
                where=found.where[:300],
            )
            for name, found in reading.fields.items()
            if found.value is not None
        )
    return draft.state


def _draft_amount(value) -> Decimal | None:
    if value is None:
        return None
    try:
        amount = Decimal(value).quantize(Decimal("0.01"))
    except (ArithmeticError, ValueError, TypeError):
        return None
    return amount if Decimal(0) < amount < Decimal(100000) else None


def certificate_drafts_requeue_abandoned(*, owner) -> int:
    """The person's drafts whose reading was claimed long ago and never finished (the worker
    died) are queued again; returns how many. Called on every inbox view: nothing is locked unless
    one is stale."""
    return certificate_drafts_requeue(
        drafts=CertificateDraft.objects.filter(
            owner=owner,
            state=CertificateDraft.State.READING,
            started_at__lt=timezone.now() - DRAFT_READ_ABANDONED_AFTER,
        )
    )


def certificate_drafts_requeue(*, drafts) -> int:
    """Queue the reading of ``drafts`` (a queryset of queued or abandoned ones) again; returns how
    many. Each is re-checked under its lock, so a draft read meanwhile is left alone."""
    if not drafts.exists():
        return 0
    states = [CertificateDraft.State.QUEUED, CertificateDraft.State.READING]
    with transaction.atomic():
        taken = list(drafts.select_for_update().filter(state__in=states))
        for draft in taken:
            draft.state, draft.started_at = CertificateDraft.State.QUEUED, None
            draft.save(update_fields=["state", "started_at"])
            _draft_read_enqueue(draft)
    return len(taken)


@transaction.atomic
def certificate_draft_accept(
    *, draft: CertificateDraft, data: ActivityInput, confirmed: bool = False, today: dt.date | None = None
) -> CEActivity:
    """Save the checked draft as an activity with the draft's file as its certificate (the same
    validation and questions as any activity: NeedsConfirmation, ValidationError); the draft goes."""
    locked = CertificateDraft.objects.select_for_update().filter(pk=draft.pk).first()
    if locked is None:  # saved or removed meanwhile (another tab)
        raise CertificateDraft.DoesNotExist
    draft = locked
    with draft.file.open("rb") as handle:
        certificate = SimpleUploadedFile(draft.file_name, handle.read())
    names = _draft_file_names(draft)
    draft.delete()  # first, so the person's quota does not count the file twice
    created = activity_create(
        owner=draft.owner, data=data, certificate=certificate, confirmed=confirmed, today=today
    )
    _reading_hints_learn(draft=draft, activity=created)
    transaction.on_commit(lambda: _files_delete_quietly(draft.file.storage, names))
    return created


@transaction.atomic
def certificate_draft_import(
    *, draft: CertificateDraft, activities: Sequence[ActivityEntry], today: dt.date | None = None
) -> list[CEActivity]:
    """Save a transcript's courses (``activities_create``'s rows, all or none) each with the
    transcript as its proof: a copy of the draft's file per activity, so that removing one
    activity's certificate leaves the others theirs; the draft goes (issue 24)."""
    _owner_lock(draft.owner_id)  # first: the quota below is read and then written to
    locked = CertificateDraft.objects.select_for_update().filter(pk=draft.pk).first()
    if locked is None:  # saved or removed meanwhile (another tab)
        raise CertificateDraft.DoesNotExist
    draft = locked
    with draft.file.open("rb") as handle:
        content = handle.read()
    used = selectors.certificate_usage_get(owner_id=draft.owner_id) - draft.file_size
    if used + len(content) * len(activities) > settings.CERTIFICATE_QUOTA_BYTES:
        quota = settings.CERTIFICATE_QUOTA_BYTES // (1024 * 1024)
        raise ValidationError(
            f"A copy of this transcript with each of its {len(activities)} courses would take more than "
            f"your {quota} MB for certificates. Remove certificates you no longer need, or import the "
            "courses from a smaller file."
        )
    created = activities_create(owner=draft.owner, activities=activities, today=today)
    written: list[str] = []
    try:
        for activity in created:
            upload = SimpleUploadedFile(draft.file_name, content)
            activity.certificate_name = draft.file_name[:255]
            activity.certificate_sha256 = draft.sha256 or _file_sha256(upload)
            _field_file_save(activity.certificate, upload)
            written.append(activity.certificate.name or "")
            activity.certificate_size = len(content)
        CEActivity.objects.bulk_update(
            created, ["certificate", "certificate_name", "certificate_sha256", "certificate_size"]
        )
    except Exception:
        storage = draft.file.storage
        _files_delete_quietly(storage, written)  # the rows roll back: leave no copy behind
        raise
    names = _draft_file_names(draft)
    draft.delete()
    transaction.on_commit(lambda: _files_delete_quietly(draft.file.storage, names))
    return created


def _reading_hints_learn(*, draft: CertificateDraft, activity: CEActivity) -> None:
    """Corrections teach (issue 23): where the person changed the title or the date the reader
    found, remember for this issuer where the certificate printed them, for their next ones."""
    provider = activity.provider or draft.provider
    if not provider or not draft.text:
        return
    title = activity.title if activity.title.strip().casefold() != draft.title.strip().casefold() else None
    completed_on = activity.completed_on if activity.completed_on != draft.completed_on else None
    if title is None and completed_on is None:
        return
    learnt = reader.correction_hints(text=draft.text, title=title, completed_on=completed_on)
    for field, anchor in learnt.items():
        ReadingHint.objects.update_or_create(
            owner_id=draft.owner_id,
            issuer=reader.issuer_key(provider)[:200],
            field=field,
            defaults={"anchor": anchor},
        )


@transaction.atomic
def certificate_draft_delete(*, draft: CertificateDraft) -> None:
    names = _draft_file_names(draft)
    draft.delete()
    transaction.on_commit(lambda: _files_delete_quietly(draft.file.storage, names))


def _draft_file_names(draft: CertificateDraft) -> list[str]:
    return [name for name in (draft.file.name, draft.preview.name) if name]


def _files_delete_quietly(storage, names: list[str]) -> None:
    for name in names:
        with contextlib.suppress(OSError):
            storage.delete(name)


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


# --------------------------------------------------------------------------- audit packs


class TooManyBuilds(Exception):
    """The person asked for more new audit pack builds than RECERT_RATE_PACK_USER allows."""

    def __init__(self, limit):
        super().__init__("too many audit pack builds")
        self.limit = limit


@transaction.atomic
def audit_pack_request(*, cycle: Cycle) -> AuditPack:
    """Ask for the period's audit pack: joins the build of the same content version if there is
    one (queued, building or ready). Else a build of the period still waiting in the queue takes
    the new version (it reads the period when it starts), so repeated asks coalesce into one job;
    only then is a new build recorded, counted against the person's rate (TooManyBuilds), and
    enqueued once committed. A failed build, or one lost or abandoned past its limits, is queued
    again."""
    owner = cycle.credential.owner
    _owner_lock(owner.pk)
    progress = selectors.cycle_progress_get(cycle=cycle, today=timezone.localdate(), verdicts=True)
    version = selectors.audit_pack_version_get(progress=progress, holder_name=owner.get_full_name())
    pack = AuditPack.objects.select_for_update().filter(cycle=cycle, version=version).first()
    if pack is not None and not selectors.audit_pack_needs_queueing(pack=pack):
        return pack
    if pack is None:
        waiting = (
            AuditPack.objects.select_for_update()
            .filter(cycle=cycle, state=AuditPack.State.QUEUED)
            .order_by("-created_at", "-pk")
            .first()
        )
        if waiting is not None and not selectors.audit_pack_needs_queueing(pack=waiting):
            waiting.version = version
            waiting.save(update_fields=["version"])
            return waiting
    limit = throttle.rate_hit(scope="pack-user", key=str(owner.pk))
    if not limit.allowed:
        raise TooManyBuilds(limit)
    if pack is None:
        pack = AuditPack.objects.create(cycle=cycle, version=version)
    _audit_pack_enqueue(pack)
    return pack


def audit_packs_requeue(*, packs) -> int:
    """Queue the build of ``packs`` (queued or building ones whose job was lost) again; returns
    how many. Re-checked under the lock: a pack finished meanwhile is left alone."""
    if not packs.exists():
        return 0
    with transaction.atomic():
        taken = list(
            packs.select_for_update().filter(state__in=[AuditPack.State.QUEUED, AuditPack.State.BUILDING])
        )
        for pack in taken:
            _audit_pack_enqueue(pack)
    return len(taken)


def _audit_pack_enqueue(pack: AuditPack) -> None:

    pack.state, pack.error, pack.progress, pack.queued_at = AuditPack.State.QUEUED, "", 0, timezone.now()
    pack.started_at = None
    pack.save(update_fields=["state", "error", "progress", "queued_at", "started_at"])
    pack_id = pack.pk
    rows = AuditPack.objects.filter(pk=pack_id)
    _enqueue_on_commit(background.task("audit_pack_build"), rows, pack_id=pack_id)


def audit_pack_build(*, pack_id: int) -> str:
    """Build a queued audit pack, within the time and memory limits (credentials/pack_build.py).

    Claims the pack first (queued → building, in one transaction, the claim's start time its
    token), so a second worker or a retry of the same job does nothing; every later write is for
    that claim only, so a build taken up again after its worker died cannot be overwritten by the
    first one. Stores the file through the storage API. A build past a limit, or one that breaks
    for any other reason, fails with the reason (and the certificate to blame).
    """
    with transaction.atomic():
        # Only the pack's row: locking the joined user row too would deadlock against a write of the
        # same person, which locks the user first (_owner_lock) and then their periods.
        packs = AuditPack.objects.select_for_update(of=("self",)).select_related("cycle__credential__owner")
        pack = packs.filter(pk=pack_id).first()
        if pack is None:  # the person (or the credential) was deleted while it waited
            return "gone"
        if pack.state != AuditPack.State.QUEUED:
            return pack.state
        newer = AuditPack.objects.filter(cycle_id=pack.cycle_id, created_at__gt=pack.created_at)
        if newer.exclude(state=AuditPack.State.FAILED).exists():  # superseded: not built
            pack.state, pack.finished_at = AuditPack.State.FAILED, timezone.now()
            pack.error = "A newer version of this audit pack was asked for; this one was not built."
            pack.save(update_fields=["state", "finished_at", "error"])
            return "superseded"
        pack.state, pack.started_at = AuditPack.State.BUILDING, timezone.now()
        pack.save(update_fields=["state", "started_at"])
    claim = AuditPack.objects.filter(pk=pack.pk, state=AuditPack.State.BUILDING, started_at=pack.started_at)

    def report(number: int, total: int, title: str) -> None:
        claim.update(progress=min(99, (number - 1) * 100 // max(total, 1)))

    path = ""
    try:
        generated_at = timezone.localtime()
        owner = pack.cycle.credential.owner
        with person_locale(owner):  # built in the background: dates in the person's style
            progress = selectors.cycle_progress_get(cycle=pack.cycle, today=generated_at.date(), fresh=True)
            path = build_with_limits(
                progress=progress,
                holder_name=owner.get_full_name(),
                generated_at=generated_at,
                max_seconds=settings.AUDIT_PACK_MAX_SECONDS,
                max_memory_mb=settings.AUDIT_PACK_MAX_MEMORY_MB,
                on_certificate=report,
            )
        with transaction.atomic(), open(path, "rb") as handle:
            name = _file_save(pack.file.storage, audit_pack_path(pack, "audit-pack.pdf"), File(handle))
            stored = claim.update(
                state=AuditPack.State.READY,
                progress=100,
                file=name,
                size=pack.file.storage.size(name),
                finished_at=timezone.now(),
            )
            if not stored:  # the claim was lost (taken up again): keep nothing of this build
                transaction.on_commit(lambda: pack.file.storage.delete(name))
                return AuditPack.State.BUILDING
            _audit_packs_prune(kept=AuditPack.objects.get(pk=pack.pk))
        return AuditPack.State.READY
    except BaseException as error:
        if isinstance(error, PackBuildError):
            reason = str(error)
        elif isinstance(error, OSError):
            reason = (
                "The audit pack was built but could not be stored (the server has no room). "
                "Request it again later."
            )
        else:
            reason = f"Building the audit pack stopped ({type(error).__name__}). Request it again."
        claim.update(state=AuditPack.State.FAILED, error=reason, finished_at=timezone.now())
        if not isinstance(error, Exception):
            raise  # the worker is stopping: the pack says so, and the stop goes on
        return AuditPack.State.FAILED
    finally:
        if path:
            with contextlib.suppress(OSError):
                os.unlink(path)


def _audit_packs_prune(*, kept: AuditPack) -> None:
    """Packs of the period older than the one just made are out of date: rows and files go
    (files once this commits). Newer ones, queued or building, stay."""
    older = AuditPack.objects.filter(cycle_id=kept.cycle_id, created_at__lt=kept.created_at).exclude(
        state__in=[AuditPack.State.QUEUED, AuditPack.State.BUILDING]
    )
    _audit_pack_files_delete(older)


def _audit_pack_files_delete(packs) -> None:
    """Delete pack rows and, once the transaction commits, their files (each holds certificates)."""
    names = [(p.file.storage, p.file.name) for p in packs if p.file]
    packs.delete()
    for storage, name in names:
        transaction.on_commit(functools.partial(storage.delete, name))


def _day(day: dt.date) -> str:
    return date_format(day)
