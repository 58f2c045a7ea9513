"""Writes of the certificate inbox: a dropped certificate becomes a draft, is read in the
background, and is accepted (or imported) as an activity or deleted."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.db import transaction
from django.utils import timezone

from credentials import background, file_work, reader, rules, selectors, transcript
from credentials.activity_input import ActivityEntry, ActivityInput
from credentials.models import CEActivity, CertificateDraft, DraftFinding, ReadingHint, preview_path
from credentials.services.activities import _certificate_errors, activities_create, activity_create
from credentials.services.common import (
    _enqueue_on_commit,
    _field_file_save,
    _file_save,
    _file_sha256,
    _files_delete_quietly,
    _owner_lock,
)

# --------------------------------------------------------------------------- certificate inbox

DRAFT_READ_ABANDONED_AFTER = dt.timedelta(minutes=10)


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
    # Complexity D (25): claim, read, store in one sequence; each early return is a state a retry must see.
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
