"""The person's data out: ``person_export`` (one JSON document) and ``person_archive_write`` (a zip
archive with the certificate files and ``activities.csv``)."""

from __future__ import annotations

import base64
import json
import shutil
import zipfile
from collections.abc import Callable
from typing import BinaryIO

from django.core.exceptions import SuspiciousFileOperation
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.text import get_valid_filename

from core.locales import person_locale
from credentials import log_io, reminders
from credentials.models import CEActivity, CertificateDraft, Credential, ReadingHint
from credentials.portability.archive import (
    ARCHIVE_CERTIFICATES,
    ARCHIVE_CSV,
    ARCHIVE_INBOX,
    ARCHIVE_JSON,
    FORMAT,
    VERSION,
)
from credentials.portability.values import _iso, _str
from credentials.selectors import activities_with_parts

# --------------------------------------------------------------------------- export


def person_export(*, user, include_password: bool = True) -> dict:
    """The person's data as one JSON-ready document, each certificate inside it (base64).

    ``include_password``: the password hash, so that the person logs in as before after a move
    (an operator's backup); without it the imported account has no password until the person
    chooses one by a reset link."""
    return _person_data(user, file=_file_inline, include_password=include_password)


def person_archive_write(*, user, out: BinaryIO, include_password: bool = False) -> None:
    """Write the person's data to ``out`` as a zip archive: ``recert-export.json`` (which imports),
    ``activities.csv`` (one row per activity, for a spreadsheet) and the certificate files under
    ``certificates/`` (``inbox/`` for those still in the inbox). A certificate missing from
    storage is left out rather than failing it all.

    Without ``include_password`` (the person's own download) the password hash stays here: a
    file in a downloads folder is no place for it."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:

        def file(stored: FieldFile, name: str, path: str) -> dict | None:
            try:
                source = stored.open("rb")
            except OSError:
                return None
            # PDFs and JPEGs are compressed already: stored as they are.
            member = zipfile.ZipInfo(path, date_time=timezone.localtime().timetuple()[:6])
            member.compress_type = zipfile.ZIP_STORED
            with source, archive.open(member, "w") as target:
                shutil.copyfileobj(source, target)
            return {"name": name, "path": path}

        data = _person_data(user, file=file, include_password=include_password)
        archive.writestr(ARCHIVE_JSON, json.dumps(data, indent=2, ensure_ascii=False))
        archive.writestr(ARCHIVE_CSV, activities_csv(user=user))


def activities_csv(*, user) -> str:
    """The person's activities for a spreadsheet: the same table as the activity list's CSV export
    (``log_io.export_csv``, the columns of docs/csv-format.md), on the person's own date, its
    sentences' dates in their style (also when an operator runs ``export_person``)."""
    with person_locale(user):
        return log_io.export_csv(user=user, today=reminders.person_today(user))


def _person_data(user, *, file: Callable[[FieldFile, str, str], dict | None], include_password: bool) -> dict:
    """``file(stored, name, path)``: a stored file as the export carries it (None: missing), where
    ``path`` is the file's place in an archive."""
    credentials = Credential.objects.filter(owner=user).prefetch_related("cycles__exam_attempts")
    activities = activities_with_parts(owner_id=user.pk)  # the model's order, as the export always had
    drafts = CertificateDraft.objects.filter(owner=user).order_by("created_at", "pk")

    def certificate(activity: CEActivity) -> dict | None:
        name = _certificate_name(activity)
        path = f"{ARCHIVE_CERTIFICATES}/{activity.pk}-{_safe_file_name(name)}"
        return file(activity.certificate, name, path)

    def draft_file(draft: CertificateDraft) -> dict | None:
        path = f"{ARCHIVE_INBOX}/{draft.pk}-{_safe_file_name(draft.file_name)}"
        return file(draft.file, draft.file_name, path)

    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(),
        "user": {
            "email": user.email,
            "full_name": user.full_name,
            "timezone": user.timezone,
            "locale": user.locale,
            "password": user.password if include_password else "",
        },
        "credentials": [
            {
                "key": credential.pk,
                "program": credential.program,
                "number": credential.number,
                "certified_on": credential.certified_on.isoformat(),
                "custom_name": credential.custom_name,
                "custom_body": credential.custom_body,
                "custom_cycle_months": credential.custom_cycle_months,
                "custom_points_needed": _str(credential.custom_points_needed),
                "cycles": _cycles_export(credential),
            }
            for credential in credentials
        ],
        "activities": [_activity_export(a, certificate(a) if a.certificate else None) for a in activities],
        "drafts": [_draft_export(d, draft_file(d)) for d in drafts.prefetch_related("findings")],
        # What the person's corrections taught the certificate reader (issue 23).
        "reading_hints": [
            {"issuer": h.issuer, "field": h.field, "anchor": h.anchor}
            for h in ReadingHint.objects.filter(owner=user).order_by("issuer", "field")
        ],
    }


def _cycles_export(credential: Credential) -> list[dict]:
    cycles = sorted(credential.cycles.all(), key=lambda c: c.starts_on)
    following = [*cycles[1:], None]
    return [
        {
            "starts_on": cycle.starts_on.isoformat(),
            "printed_expires_on": _iso(cycle.printed_expires_on),
            "closed_on": _iso(cycle.closed_on),
            "closed_by": cycle.closed_by,
            "next_expires_on": _iso(after.printed_expires_on) if after else None,
            "exam_attempts": [
                {"taken_on": a.taken_on.isoformat(), "passed": a.passed} for a in cycle.exam_attempts.all()
            ],
        }
        for cycle, after in zip(cycles, following, strict=True)
    ]


def _file_inline(stored: FieldFile, name: str, path: str) -> dict | None:
    try:
        with stored.open("rb") as handle:
            content = handle.read()
    except OSError:  # missing from storage: there is nothing to carry
        return None
    return {"name": name, "content_base64": base64.b64encode(content).decode("ascii")}


def _certificate_name(activity: CEActivity) -> str:
    return activity.certificate_name or activity.certificate.name.rsplit("/", 1)[-1]


def _safe_file_name(name: str) -> str:
    try:
        return get_valid_filename(name)[-100:]
    except SuspiciousFileOperation:  # nothing usable left of the name
        return "certificate"


def _activity_export(activity: CEActivity, certificate: dict | None) -> dict:
    return {
        "title": activity.title,
        "provider": activity.provider,
        "completed_on": activity.completed_on.isoformat(),
        "unit": activity.unit,
        "kind": activity.kind,
        "amount": str(activity.amount),
        "approved": activity.approved,
        "categories": {s.category: str(s.amount) for s in activity.category_shares()},
        "verified_on_transcript": activity.verified_on_transcript,
        "notes": activity.notes,
        "excluded_from": activity.excluded_credential_ids(),
        "certificate": certificate,
    }


def _draft_export(draft: CertificateDraft, certificate: dict | None) -> dict:
    """A certificate in the inbox: its file, where its reading got to and what it found."""
    return {
        "file_name": draft.file_name,
        "state": draft.state,
        "created_at": draft.created_at.isoformat(),
        "problem": draft.problem,
        "source": draft.source,
        "completed_on": _iso(draft.completed_on),
        "title": draft.title,
        "provider": draft.provider,
        "amount": _str(draft.amount),
        "unit": draft.unit,
        "aama_approved": draft.aama_approved,
        "category": draft.category,
        "findings": [
            {"field": f.field, "confidence": str(f.confidence), "where": f.where}
            for f in draft.findings.all()
        ],
        "certificate": certificate,
    }
