"""Reads of audit packs: the version a pack of a cycle's progress would have, whether a pack
needs queueing, and the stored pack."""

from __future__ import annotations

import datetime as dt
import hashlib

from django.conf import settings
from django.utils import timezone, translation

from credentials.models import AuditPack, Cycle
from credentials.selectors.progress import CycleProgress


def audit_pack_version_get(*, progress: CycleProgress, holder_name: str) -> str:
    """What the audit pack's content depends on, hashed: the period, the credential, the holder and
    every activity with its certificate. Any change makes a new version; the day alone does not."""
    cycle, credential = progress.cycle, progress.credential
    parts = [
        "v2",
        holder_name,
        translation.get_language(),  # the dates are written in the person's style
        credential.program,
        credential.number,
        credential.custom_name,
        credential.custom_body,
        cycle.pk,
        cycle.starts_on,
        cycle.expires_on,
        cycle.closed_on,
        cycle.closed_by,
        cycle.ce_deadline,
        cycle.printed_expires_on,
        credential.updated_at.isoformat(),  # any change to the credential (custom points, ...)
        *(
            (v.activity.pk, v.activity.updated_at.isoformat(), v.activity.certificate.name, v.reason)
            for v in progress.verdicts
        ),
    ]
    return hashlib.sha256(repr(parts).encode()).hexdigest()


# A job lost with its queue (Redis flushed) or a build whose worker died is taken up again.
QUEUED_TOO_LONG = dt.timedelta(minutes=10)


def audit_pack_needs_queueing(*, pack: AuditPack) -> bool:
    """Whether asking again should queue this pack's build: it failed, its job was lost, its
    worker died past the limit, or its ready file has gone from storage."""
    now = timezone.now()
    if pack.state == AuditPack.State.FAILED:
        return True
    if pack.state == AuditPack.State.QUEUED:
        return pack.queued_at is None or now - pack.queued_at > QUEUED_TOO_LONG
    if pack.state == AuditPack.State.BUILDING:
        limit = dt.timedelta(seconds=settings.AUDIT_PACK_MAX_SECONDS + 60)
        return pack.started_at is None or now - pack.started_at > limit
    return not pack.file or not pack.file.storage.exists(pack.file.name)


def audit_pack_get(*, cycle: Cycle, version: str) -> AuditPack | None:
    """The build of this version of the period's audit pack, if one was requested."""
    return AuditPack.objects.filter(cycle=cycle, version=version).first()
