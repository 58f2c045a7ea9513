"""Export and import one person's data as JSON, for backups and moving between servers.

The import replays the export through the services, so everything it writes passes the
same validation as the web forms; it runs in one transaction and writes nothing on error.
"""

from __future__ import annotations

import base64
import datetime as dt
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from credentials import services
from credentials.models import CEActivity, Credential, Cycle

FORMAT = "recert-export"
VERSION = 1


def person_export(*, user) -> dict:
    credentials = Credential.objects.filter(owner=user).prefetch_related("cycles__exam_attempts")
    activities = CEActivity.objects.filter(owner=user).prefetch_related("shares", "excluded_from")
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(),
        "user": {
            "email": user.email,
            "full_name": user.full_name,
            "timezone": user.timezone,
            "password": user.password,
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
        "activities": [_activity_export(a) for a in activities],
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


def _activity_export(activity: CEActivity) -> dict:
    certificate = None
    if activity.certificate:
        with activity.certificate.open("rb") as handle:
            content = handle.read()
        certificate = {
            "name": activity.certificate_name or activity.certificate.name.rsplit("/", 1)[-1],
            "content_base64": base64.b64encode(content).decode("ascii"),
        }
    return {
        "title": activity.title,
        "provider": activity.provider,
        "completed_on": activity.completed_on.isoformat(),
        "unit": activity.unit,
        "kind": activity.kind,
        "amount": str(activity.amount),
        "approved": activity.approved,
        "categories": {s.category: str(s.amount) for s in activity.shares.all()},
        "verified_on_transcript": activity.verified_on_transcript,
        "notes": activity.notes,
        "excluded_from": [c.pk for c in activity.excluded_from.all()],
        "certificate": certificate,
    }


@transaction.atomic
def person_import(*, data: dict, email: str | None = None):
    """Create the person in ``data`` (under ``email`` if given). Raises ValidationError."""
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        raise ValidationError(f"Not a {FORMAT} version {VERSION} file.")
    User = get_user_model()
    person = data["user"]
    email = (email or person["email"]).strip().lower()
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError(f"A person with the email {email} already exists here.")
    user = User.objects.create_user(email, None, full_name=person.get("full_name", ""))
    user.timezone = person.get("timezone") or user.timezone
    user.password = person.get("password") or user.password
    user.full_clean()
    user.save()

    # Activities first: categories are then checked against the export, not against
    # credentials that do not exist yet.
    activities = []
    for item in data.get("activities", []):
        certificate = None
        if item.get("certificate"):
            content = base64.b64decode(item["certificate"]["content_base64"], validate=True)
            certificate = SimpleUploadedFile(item["certificate"]["name"], content)
        activity = services.activity_create(
            owner=user,
            title=item["title"],
            provider=item.get("provider", ""),
            completed_on=dt.date.fromisoformat(item["completed_on"]),
            unit=item.get("unit"),
            kind=item.get("kind", "ce"),
            amount=Decimal(item["amount"]),
            approved=bool(item.get("approved")),
            categories={c: Decimal(a) for c, a in (item.get("categories") or {}).items()},
            certificate=certificate,
            verified_on_transcript=bool(item.get("verified_on_transcript")),
            notes=item.get("notes", ""),
            confirmed=True,  # a restore keeps what the person confirmed before
            track_card=False,  # card credentials come back with their own history below
        )
        activities.append((activity, item.get("excluded_from") or []))

    credentials = {}
    for item in data.get("credentials", []):
        cycles = item.get("cycles") or []
        last_day = max(
            [dt.date.fromisoformat(c["closed_on"]) for c in cycles if c.get("closed_on")], default=None
        )
        credential = services.credential_create(
            owner=user,
            program=item["program"],
            certified_on=dt.date.fromisoformat(item["certified_on"]),
            number=item.get("number", ""),
            custom_name=item.get("custom_name", ""),
            # Exports made before the certifying body was asked for have none.
            custom_body=item.get("custom_body")
            or ("the certifying body" if item["program"] == "custom" else ""),
            custom_cycle_months=item.get("custom_cycle_months"),
            custom_points_needed=Decimal(item["custom_points_needed"])
            if item.get("custom_points_needed")
            else None,
            printed_expires_on=dt.date.fromisoformat(cycles[0]["printed_expires_on"])
            if cycles and cycles[0].get("printed_expires_on")
            else None,
            today=max(filter(None, [timezone.localdate(), last_day])),
            confirmed=True,
        )
        credentials[item["key"]] = credential
        for cycle_data in cycles:
            _cycle_replay(credential, cycle_data)

    for activity, keys in activities:
        services.activity_exclusions_set(activity=activity, credentials=[credentials[k] for k in keys])
    # Restored history counts as recorded when each period started: nothing old can be undone.
    for cycle in Cycle.objects.filter(credential__owner=user):
        cycle.created_at = dt.datetime.combine(cycle.starts_on, dt.time(), tzinfo=dt.UTC)
        cycle.save(update_fields=["created_at"])
    return user


def _cycle_replay(credential: Credential, data: dict) -> None:
    cycle = credential.cycles.get(closed_on__isnull=True)
    closed_on = dt.date.fromisoformat(data["closed_on"]) if data.get("closed_on") else None
    far = dt.date.max
    for attempt in data.get("exam_attempts", []):
        taken_on = dt.date.fromisoformat(attempt["taken_on"])
        services.exam_attempt_record(cycle=cycle, taken_on=taken_on, passed=attempt["passed"], today=far)
    cycle.refresh_from_db()
    if closed_on and cycle.closed_on is None:
        route = data["closed_by"]
        new_expires_on = (
            dt.date.fromisoformat(data["next_expires_on"]) if data.get("next_expires_on") else None
        )
        services.cycle_recertify(
            cycle=cycle,
            recertified_on=closed_on,
            route=route,
            new_expires_on=new_expires_on,
            today=far,
            replay=True,
        )


def _str(value) -> str | None:
    return None if value is None else str(value)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
