"""Background work on Django's task framework (django-tasks now, django.tasks from Django 6).

A task is small, idempotent and safe to retry: it calls the services, which claim their work
before the side effect, so a retry or a second worker never doubles it. A database that is
restarting or a deadlock it resolved is tried again here a few times at once, rather than left to
the watchdog (credentials/jobs.py) minutes later.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.db import InterfaceError, OperationalError, close_old_connections
from django_tasks import task

from credentials import background, reminders, services

logger = logging.getLogger(__name__)

TRIES = 4  # the last after 1 + 2 + 4 seconds of waiting


def _retried(work: Callable[[], str]) -> str:
    for attempt in range(TRIES):
        try:
            return work()
        except (OperationalError, InterfaceError) as error:  # includes deadlocks and restarts
            if attempt == TRIES - 1:
                raise
            logger.warning("Job met a database error (%s); trying again", error)
            close_old_connections()
            time.sleep(2**attempt)
    raise AssertionError("unreachable")


@task()
def audit_pack_build(pack_id: int) -> str:
    """Build one audit pack (services.audit_pack_build); returns its final state."""
    return _retried(lambda: services.audit_pack_build(pack_id=pack_id))


@task()
def reminder_send(reminder_id: int) -> str:
    """Send one reminder email (credentials/reminders.py); safe to run twice."""
    return _retried(lambda: reminders.reminder_send(reminder_id=reminder_id))


@task()
def reminder_digest_send(user_id: int) -> str:
    """Send a person's weekly digest of reminders."""
    return _retried(lambda: reminders.reminder_digest_send(user_id=user_id))


@task()
def certificate_draft_read(draft_id: int) -> str:
    """Read one certificate dropped in the inbox into its draft's fields; safe to run twice."""
    return _retried(lambda: services.certificate_draft_read(draft_id=draft_id))


for _task in (audit_pack_build, reminder_send, reminder_digest_send, certificate_draft_read):
    background.register(_task.name, _task)
