"""Writes: the only way data changes (HackSoft style, ``<entity>_<action>``).

Every service validates with ``full_clean()`` and runs in one transaction, so a
failed multi-row change leaves nothing half-written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from credentials import rules
from credentials.models import (
    CUSTOM,
    CategoryShare,
    CEActivity,
    Credential,
    Cycle,
    ExamAttempt,
    Kind,
    Route,
)

_UNSET = object()
CMA_KINDS = rules.PROGRAMS["cma-aama"].kinds
EARLIEST = dt.date(1950, 1, 1)

# Magic numbers of the certificate types we accept.
_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
}


# --------------------------------------------------------------------------- credentials


@transaction.atomic
def credential_create(
    *,
    owner,
    program: str,
    certified_on: dt.date,
    number: str = "",
    custom_name: str = "",
    custom_cycle_months: int | None = None,
    custom_points_needed: Decimal | None = None,
    today: dt.date | None = None,
) -> Credential:
    """Add a credential and open its first cycle from ``certified_on`` (R-CMA-1)."""
    credential = Credential(owner=owner)
    _credential_fill(
        credential,
        program=program,
        certified_on=certified_on,
        number=number,
        custom_name=custom_name,
        custom_cycle_months=custom_cycle_months,
        custom_points_needed=custom_points_needed,
        today=today,
    )
    credential.save()
    _cycle_open(credential=credential, starts_on=credential.certified_on)
    return credential


@transaction.atomic
def credential_update(
    *,
    credential: Credential,
    program: str,
    certified_on: dt.date,
    number: str = "",
    custom_name: str = "",
    custom_cycle_months: int | None = None,
    custom_points_needed: Decimal | None = None,
    today: dt.date | None = None,
) -> Credential:
    """Change a credential; its cycles' dates follow the (possibly new) program and start date."""
    credential = Credential.objects.select_for_update().get(pk=credential.pk)
    previous_program = credential.program
    _credential_fill(
        credential,
        program=program,
        certified_on=certified_on,
        number=number,
        custom_name=custom_name,
        custom_cycle_months=custom_cycle_months,
        custom_points_needed=custom_points_needed,
        today=today,
    )
    cycles = list(credential.cycles.order_by("starts_on"))
    if not cycles:  # e.g. made outside the app: give it the cycle it should have had
        credential.save()
        _cycle_open(credential=credential, starts_on=credential.certified_on)
        return credential
    closed = [c for c in cycles if c.closed_on is not None]
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
            {"certified_on": f"Must be before your recertification on {first.closed_on:%b %d, %Y}."}
        )
    credential.save()
    first.starts_on = credential.certified_on
    for cycle in cycles:
        cycle.expires_on, cycle.ce_deadline = rules.cycle_dates(credential.rules_program, cycle.starts_on)
        cycle.full_clean(validate_constraints=False)
    Cycle.objects.bulk_update(cycles, ["starts_on", "expires_on", "ce_deadline"])
    return credential


def _credential_fill(credential: Credential, *, today: dt.date | None, **fields) -> None:
    today = today or timezone.localdate()
    for name, value in fields.items():
        setattr(credential, name, value)
    if credential.program != CUSTOM:
        credential.custom_name, credential.custom_cycle_months, credential.custom_points_needed = (
            "",
            None,
            None,
        )
    errors = {}
    if credential.program == CUSTOM:
        if not (credential.custom_name or "").strip():
            errors["custom_name"] = "Give the credential a name, e.g. NCMA (NCCT)."
        if credential.custom_cycle_months is None:
            errors["custom_cycle_months"] = "Enter how many months a cycle lasts."
        if credential.custom_points_needed is None:
            errors["custom_points_needed"] = "Enter the points (or hours) needed per cycle; 0 if none."
    if isinstance(credential.certified_on, dt.date) and credential.certified_on > today:
        errors["certified_on"] = "This date is in the future. Enter the date on your certificate."
    elif isinstance(credential.certified_on, dt.date) and credential.certified_on < EARLIEST:
        errors["certified_on"] = "Enter a date after 1950."
    if errors:
        raise ValidationError(errors)
    credential.full_clean()


@transaction.atomic
def credential_delete(*, credential: Credential) -> None:
    """Delete a credential with its cycles and exam attempts; activities stay (they are the person's)."""
    credential.delete()


# --------------------------------------------------------------------------- cycles and exams


def _cycle_open(*, credential: Credential, starts_on: dt.date) -> Cycle:
    expires_on, ce_deadline = rules.cycle_dates(credential.rules_program, starts_on)
    cycle = Cycle(credential=credential, starts_on=starts_on, expires_on=expires_on, ce_deadline=ce_deadline)
    cycle.full_clean()
    cycle.save()
    return cycle


@transaction.atomic
def cycle_recertify(
    *, cycle: Cycle, recertified_on: dt.date, route: str = Route.CE, today: dt.date | None = None
) -> Cycle:
    """Close ``cycle`` and open the next one from the recertification date (R-CMA-1)."""
    today = today or timezone.localdate()
    cycle = Cycle.objects.select_for_update().select_related("credential").get(pk=cycle.pk)
    if cycle.closed_on is not None:
        raise ValidationError(f"This cycle was already closed on {cycle.closed_on:%b %d, %Y}.")
    if route not in Route.values:
        raise ValidationError({"route": "Choose continuing education or exam."})
    program = cycle.credential.rules_program
    errors = {}
    if route == Route.EXAM and program.exam is None:
        errors["route"] = f"{program.name} has no exam route in Recert; choose continuing education."
    elif (
        route == Route.EXAM
        and not rules.exam_status(program, cycle.exam_attempts.values_list("passed", flat=True)).eligible
    ):
        errors["route"] = (
            "After a third failed attempt the exam route is closed until you complete "
            "a new accredited program (R-CMA-12)."
        )
    if recertified_on <= cycle.starts_on:
        errors["recertified_on"] = f"Must be after the cycle's start, {cycle.starts_on:%b %d, %Y}."
    elif recertified_on > today:
        errors["recertified_on"] = "This date is in the future. Record the recertification once it happened."
    elif route == Route.CE and recertified_on > cycle.ce_deadline and "route" not in errors:
        # R-CMA-10: past the CE deadline only the exam route is left.
        errors["route"] = (
            f"The CE route closed on {cycle.ce_deadline:%b %d, %Y}; after that only the exam recertifies."
        )
    if errors:
        raise ValidationError(errors)
    cycle.closed_on = recertified_on
    cycle.closed_by = route
    cycle.full_clean(validate_constraints=False)
    cycle.save(update_fields=["closed_on", "closed_by"])
    return _cycle_open(credential=cycle.credential, starts_on=recertified_on)


@transaction.atomic
def exam_attempt_record(
    *, cycle: Cycle, taken_on: dt.date, passed: bool, today: dt.date | None = None
) -> ExamAttempt:
    """Record an exam attempt (R-CMA-12); a pass recertifies by exam (R-CMA-2)."""
    today = today or timezone.localdate()
    program = cycle.credential.rules_program
    if program.exam is None:
        raise ValidationError(f"{program.name} has no exam route in Recert.")
    if taken_on > today:
        raise ValidationError(
            {"taken_on": "This date is in the future. Record the attempt once it happened."}
        )
    if taken_on < cycle.starts_on:
        raise ValidationError(
            {"taken_on": f"Must be on or after the cycle's start, {cycle.starts_on:%b %d, %Y}."}
        )
    status = rules.exam_status(program, cycle.exam_attempts.values_list("passed", flat=True))
    if not status.eligible:
        raise ValidationError(
            "After a third failed attempt you are not eligible until you complete a new accredited "
            "medical assisting program (R-CMA-12)."
        )
    attempt = ExamAttempt(cycle=cycle, taken_on=taken_on, passed=passed)
    attempt.full_clean()
    attempt.save()
    if passed and cycle.closed_on is None:
        cycle_recertify(cycle=cycle, recertified_on=taken_on, route=Route.EXAM, today=today)
    return attempt


# --------------------------------------------------------------------------- activities


@transaction.atomic
def activity_create(
    *,
    owner,
    title: str,
    completed_on: dt.date,
    amount: Decimal,
    kind: str = Kind.CE,
    provider: str = "",
    approved: bool = False,
    categories: Mapping[str, Decimal | None] | None = None,
    certificate: UploadedFile | None = None,
    verified_on_transcript: bool = False,
    notes: str = "",
    excluded_from: Iterable[Credential] = (),
) -> CEActivity:
    """Log a CE activity; it counts toward every credential whose window holds it."""
    activity = CEActivity(owner=owner)
    return _activity_save(
        activity,
        title=title,
        completed_on=completed_on,
        amount=amount,
        kind=kind,
        provider=provider,
        approved=approved,
        categories=categories,
        certificate=certificate,
        verified_on_transcript=verified_on_transcript,
        notes=notes,
        excluded_from=excluded_from,
    )


@transaction.atomic
def activity_update(
    *,
    activity: CEActivity,
    title: str,
    completed_on: dt.date,
    amount: Decimal,
    kind: str = Kind.CE,
    provider: str = "",
    approved: bool = False,
    categories: Mapping[str, Decimal | None] | None = None,
    certificate: UploadedFile | object | None = _UNSET,
    verified_on_transcript: bool = False,
    notes: str = "",
    excluded_from: Iterable[Credential] = (),
) -> CEActivity:
    """Change an activity. ``certificate``: a new file, None to remove it, or omitted to keep it."""
    activity = CEActivity.objects.select_for_update().get(pk=activity.pk)
    return _activity_save(
        activity,
        title=title,
        completed_on=completed_on,
        amount=amount,
        kind=kind,
        provider=provider,
        approved=approved,
        categories=categories,
        certificate=certificate,
        verified_on_transcript=verified_on_transcript,
        notes=notes,
        excluded_from=excluded_from,
    )


@transaction.atomic
def activity_exclusions_set(*, activity: CEActivity, credentials: Iterable[Credential]) -> CEActivity:
    """Choose the credentials an activity must not count toward (the owner's own only)."""
    credentials = list(credentials)
    if any(c.owner_id != activity.owner_id for c in credentials):
        raise ValidationError({"excluded_from": "Choose among your own credentials."})
    activity.excluded_from.set(credentials)
    return activity


@transaction.atomic
def activity_delete(*, activity: CEActivity) -> None:
    old_file = activity.certificate.name if activity.certificate else ""
    storage = activity.certificate.storage
    activity.delete()
    if old_file:
        transaction.on_commit(lambda: storage.delete(old_file))


def _activity_save(
    activity: CEActivity,
    *,
    categories: Mapping[str, Decimal | None] | None,
    certificate,
    excluded_from: Iterable[Credential],
    **fields,
) -> CEActivity:
    for name, value in fields.items():
        setattr(activity, name, value.strip() if isinstance(value, str) else value)
    shares = {c: a for c, a in (categories or {}).items() if a not in (None, Decimal(0))}
    excluded = list(excluded_from)
    errors = _activity_errors(activity, shares, excluded)
    if certificate is not _UNSET and certificate is not None:
        errors.update(_certificate_errors(certificate))
    try:
        activity.full_clean(exclude=["owner", "certificate"])
    except ValidationError as error:
        for field, messages in error.message_dict.items():
            errors.setdefault(field, messages)
    if errors:
        raise ValidationError(errors)

    old_file = activity.certificate.name if activity.certificate else ""
    written = ""
    try:
        if certificate is not _UNSET:
            if certificate is None:
                activity.certificate = ""
                activity.certificate_name = ""
            else:
                activity.certificate_name = certificate.name[:255]
                activity.certificate.save(certificate.name, certificate, save=False)
                written = activity.certificate.name
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
    return activity


def _activity_errors(activity: CEActivity, shares: dict[str, Decimal], excluded: list[Credential]) -> dict:
    errors: dict[str, str] = {}
    amount = activity.amount
    if isinstance(amount, float):
        errors["amount"] = "Enter an exact number."
        return errors
    if amount is not None and amount <= 0:
        errors["amount"] = "Enter an amount greater than zero."
    unknown = set(shares) - set(rules.CATEGORIES)
    if unknown:
        errors["categories"] = f"Unknown category: {', '.join(sorted(unknown))}."
    if any(a < 0 for a in shares.values()):
        errors["categories"] = "Category amounts cannot be negative."
    # How the CMA (AAMA) treats this kind, from the rules engine's data (R-CMA-8, R-CMA-11).
    kind_rule = CMA_KINDS.get(activity.kind)
    if kind_rule is not None and kind_rule.approved is False and activity.approved:
        errors["approved"] = (
            f"{kind_rule.label.capitalize()} never count as AAMA-approved ({kind_rule.rule}). Untick the box."
        )
    if kind_rule is not None and kind_rule.whole_units and amount is not None and amount > 0 and amount != 1:
        # One activity per card: each card has its own issue date, and the same card counts once.
        errors["amount"] = (
            "Log each CPR card as its own activity: amount 1, dated the day the card was issued."
        )
    if kind_rule is not None and kind_rule.category:
        if set(shares) - {kind_rule.category}:
            errors["categories"] = (
                f"This always counts as {kind_rule.category} ({kind_rule.rule}); leave the split empty."
            )
        shares.clear()
    else:
        if shares and amount is not None and "amount" not in errors and sum(shares.values()) != amount:
            errors["categories"] = (
                f"The split adds up to {sum(shares.values())}, but the amount is {amount}. Make them equal."
            )
        needing = _owner_programs_with_categories(activity.owner_id) if activity.owner_id else []
        if not shares and needing:
            errors["categories"] = (
                f"Choose a category (or split the amount across categories): your {' and '.join(needing)} "
                "counts points by category."
            )
    if isinstance(activity.completed_on, dt.date):
        today = timezone.localdate()
        if activity.completed_on < EARLIEST:
            errors["completed_on"] = "Enter a date after 1950."
        elif activity.completed_on > today.replace(year=today.year + 5, day=min(today.day, 28)):
            errors["completed_on"] = "That is more than five years ahead. Check the year."
    if any(c.owner_id != activity.owner_id for c in excluded):
        errors["excluded_from"] = "Choose among your own credentials."
    return errors


def _owner_programs_with_categories(owner_id: int) -> list[str]:
    codes = set(Credential.objects.filter(owner_id=owner_id).values_list("program", flat=True))
    return sorted(
        rules.PROGRAMS[c].name for c in codes if c in rules.PROGRAMS and rules.PROGRAMS[c].category_min
    )


def _certificate_errors(upload: UploadedFile) -> dict[str, str]:
    name = (upload.name or "").lower()
    extension = name.rsplit(".", 1)[-1] if "." in name else ""
    if extension not in _SIGNATURES:
        return {"certificate": "Upload a PDF, PNG or JPEG file."}
    if upload.size is not None and upload.size > settings.CERTIFICATE_MAX_BYTES:
        limit = settings.CERTIFICATE_MAX_BYTES // (1024 * 1024)
        return {"certificate": f"The file is larger than {limit} MB. Upload a smaller scan."}
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if not head.startswith(_SIGNATURES[extension]):
        return {"certificate": f"This file is not a real {extension.upper()} file. Upload the original."}
    return {}
