"""What every write shares: the owner lock, NeedsConfirmation and the once-only form
submission, progress invalidation, opening a cycle, and saving files to storage."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import secrets

from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.formats import date_format

from credentials import reminders, rules, selectors
from credentials.models import Credential, Cycle, ProgressSnapshot, Submission

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


def progress_shown_changed(*, owner_id: int) -> None:
    """A change progress does not depend on (an activity's provider, notes or certificate; its title
    when it has its categories): what shows the activity is drawn again, since the version moves on
    as for any write, but the stored evaluation still holds, so it moves on with it instead of
    being evaluated again (issue 26: such a save at 5,000 activities cost 40 times the login page,
    nearly all of it the evaluation). Only a snapshot of the current version moves: one already
    out of date (an earlier write in this transaction) stays out of date."""
    step = secrets.randbelow(2**31) + 1
    ProgressSnapshot.objects.filter(
        cycle__credential__owner_id=owner_id, version=F("cycle__progress_version")
    ).update(version=F("version") + step)
    Cycle.objects.filter(credential__owner_id=owner_id).update(progress_version=F("progress_version") + step)


def progress_rebuild(*, owner_id: int) -> None:
    """Evaluate and store the progress of every open period of the person, as of their today, with
    every activity's verdict: the pages shown after a write read it instead of evaluating."""
    owner = get_user_model().objects.filter(pk=owner_id).first()
    if owner is not None:
        selectors.dashboard_get(user=owner, today=reminders.person_today(owner))


# --------------------------------------------------------------------------- opening a cycle


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


def _owner_lock(owner_id: int) -> None:
    """Lock the person's row (their writes go one at a time); an account deleted meanwhile stops
    the write before any file is stored."""
    if get_user_model().objects.select_for_update().filter(pk=owner_id).values_list("pk").first() is None:
        raise ValidationError("This account no longer exists.")


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


def _file_sha256(file) -> str:
    """The content hash of an uploaded file, to know the same certificate dropped again (issue 23)."""
    digest = hashlib.sha256()
    for chunk in file.chunks():
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


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


def _files_delete_quietly(storage, names: list[str]) -> None:
    for name in names:
        with contextlib.suppress(OSError):
            storage.delete(name)


def _day(day: dt.date) -> str:
    return date_format(day)
