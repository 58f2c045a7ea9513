"""Writes of credentials and their cycles: create, update, delete, recertify, reopen, and
exam attempts. A card credential records its card as an activity (``activities``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import cast

from dateutil.relativedelta import relativedelta
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from credentials import rules, selectors
from credentials.activity_input import EARLIEST, ActivityInput
from credentials.models import CE_ROUTES, CUSTOM, AuditPack, CEActivity, Credential, Cycle, ExamAttempt, Route
from credentials.services.activities import _activity_save
from credentials.services.audit_packs import _audit_pack_files_delete
from credentials.services.common import (
    _UNSET,
    MAX_YEARS_AHEAD,
    NeedsConfirmation,
    _cycle_dates,
    _cycle_open,
    _day,
    progress_invalidate,
)

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


# --------------------------------------------------------------------------- cycles and exams


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
    # Complexity D (22): one refusal per rule of recertifying (R-CMA-1/6/10, R-RMA-1), in order.
    today = today or timezone.localdate()
    cycle = Cycle.objects.select_for_update().select_related("credential").get(pk=cycle.pk)
    if cycle.closed_on is not None:
        raise ValidationError(f"This recertification period was already closed on {_day(cycle.closed_on)}.")
    if route not in Route.values:
        raise ValidationError({"route": "Choose how you recertified."})
    program = cycle.credential.rules_program
    errors: dict[str, str] = {}
    refusal = None if replay else _recertify_route_refusal(cycle=cycle, program=program, route=route)
    if refusal is not None:
        errors["route"] = refusal
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
    refusal = _recertify_new_expiry_refusal(route=route, new_expires_on=new_expires_on, starts_on=starts_on)
    if refusal is not None:
        errors["new_expires_on"] = refusal
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


def _recertify_route_refusal(*, cycle: Cycle, program: rules.Program, route: str) -> str | None:
    """Why ``route`` cannot recertify ``cycle``: a card is renewed only by a card, and the exam
    route needs a program with one (R-CMA-2) and eligibility (R-CMA-12); None when it can."""
    if route == Route.CARD and not program.card_kind:
        return "Only a card is renewed by a new card."
    if program.card_kind and route != Route.CARD:
        return "A card is renewed by logging the new card."
    if route == Route.EXAM and program.exam is None:
        return f"{program.name} has no exam route in Recert."
    if (
        route == Route.EXAM
        and program.exam is not None  # the branch above: every program asked for its exam has one
        and not rules.exam_status(program, cycle.exam_attempts.values_list("passed", flat=True)).eligible
    ):
        return (
            f"After the last failed attempt the exam route stays closed until {program.exam.eligible_again}."
        )
    return None


def _recertify_new_expiry_refusal(
    *, route: str, new_expires_on: dt.date | None, starts_on: dt.date
) -> str | None:
    """What is wrong with the new expiry printed on the renewal (``Route.ACCEPTED`` needs one);
    None when nothing is."""
    if route == Route.ACCEPTED and new_expires_on is None:
        return "Enter the new expiry date printed on your renewal."
    if new_expires_on is not None and new_expires_on <= starts_on:
        return f"The new expiry date must be after the new period starts, {_day(starts_on)}."
    if new_expires_on is not None and new_expires_on > starts_on + relativedelta(years=MAX_YEARS_AHEAD):
        return f"That is more than {MAX_YEARS_AHEAD} years ahead. Check the year."
    return None


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
