"""The watchdog: work that a dead worker, a restarted Redis or a lost job left unfinished goes back
to the queue, so that every draft is read, every pack built and every task row finished.

Run by `manage.py run_worker` when it starts a worker and every minute while it runs. Safe to run
anywhere, any number of times: the tasks claim their work (services.certificate_draft_read,
services.audit_pack_build), so a job queued twice still does its work once.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from credentials import services
from credentials.models import AuditPack, CertificateDraft

logger = logging.getLogger(__name__)

# A task row claimed this often by workers that died is not tried again (a poison job).
MAX_TASK_ATTEMPTS = 3


def jobs_recover(*, now: dt.datetime | None = None) -> dict[str, int]:
    """Queue again what was left unfinished; returns how many of each."""
    now = now or timezone.now()
    counts = {
        "task rows": _task_rows_recover(now),
        "drafts": _drafts_recover(now),
        "audit packs": _packs_recover(now),
    }
    if any(counts.values()):
        logger.warning("Queued again what was left unfinished: %s", counts)
    return counts


# A job queued this long ago without starting was lost (a Redis restarted empty, a job that failed
# before its claim): queued again. One that is merely waiting behind others runs twice, harmlessly.
JOB_LOST_AFTER = dt.timedelta(minutes=3)


def job_longest() -> dt.timedelta:
    """Longer than any job can run within its limits (the children are killed at them): a job
    claimed longer ago has lost its worker."""
    read = settings.CERTIFICATE_READ_MAX_SECONDS + settings.CERTIFICATE_PREVIEW_MAX_SECONDS
    return dt.timedelta(seconds=max(settings.AUDIT_PACK_MAX_SECONDS, read) + 30)


def _task_rows_recover(now: dt.datetime) -> int:
    """django-tasks-db rows left "running" by a killed worker: ready again, or failed after
    MAX_TASK_ATTEMPTS claims."""
    if settings.TASKS["default"]["BACKEND"] != "django_tasks_db.DatabaseBackend":
        return 0
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    stale = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING, started_at__lt=now - job_longest())
    count = 0
    with transaction.atomic():
        for row in stale.select_for_update(skip_locked=True):
            if len(row.worker_ids) >= MAX_TASK_ATTEMPTS:
                row.status, row.finished_at = TaskResultStatus.FAILED, now
                row.exception_class_path = "credentials.jobs.WorkerDied"
                row.traceback = f"Its worker died {len(row.worker_ids)} times while running it."
                row.save(update_fields=["status", "finished_at", "exception_class_path", "traceback"])
            else:
                row.status, row.started_at = TaskResultStatus.READY, None
                row.save(update_fields=["status", "started_at"])
            count += 1
    return count


def _drafts_recover(now: dt.datetime) -> int:
    """Drafts whose reading was claimed and never finished, or whose job was lost (queued long
    ago: a restarted Redis without its data, a worker that never came)."""
    reading = CertificateDraft.objects.filter(
        state=CertificateDraft.State.READING, started_at__lt=now - job_longest()
    )
    lost = now - JOB_LOST_AFTER
    queued = CertificateDraft.objects.filter(state=CertificateDraft.State.QUEUED).filter(
        Q(queued_at__lt=lost) | Q(queued_at__isnull=True)  # never enqueued: the queue was away
    )
    return services.certificate_drafts_requeue(drafts=reading) + services.certificate_drafts_requeue(
        drafts=queued
    )


def _packs_recover(now: dt.datetime) -> int:
    building = AuditPack.objects.filter(state=AuditPack.State.BUILDING, started_at__lt=now - job_longest())
    queued = AuditPack.objects.filter(state=AuditPack.State.QUEUED).filter(
        Q(queued_at__lt=now - JOB_LOST_AFTER) | Q(queued_at__isnull=True)  # never enqueued
    )
    return services.audit_packs_requeue(packs=building | queued)
