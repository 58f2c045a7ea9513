"""Writes of audit packs: request one for a cycle, build it in the background, requeue and
prune."""

from __future__ import annotations

import contextlib
import functools
import os

from django.conf import settings
from django.core.files.base import File
from django.db import transaction
from django.utils import timezone

from core import throttle
from core.locales import person_locale
from credentials import background, selectors
from credentials.models import AuditPack, Cycle, audit_pack_path
from credentials.pack_build import PackBuildError, build_with_limits
from credentials.services.common import _enqueue_on_commit, _file_save, _owner_lock

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
