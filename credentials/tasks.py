"""Background work on Django's task framework (django-tasks now, django.tasks from Django 6).

A task is small, idempotent and safe to retry: it calls the services, which record what they
did before the side effect, so a retry or a second worker never doubles it.
"""

from __future__ import annotations

from django_tasks import task

from credentials import reminders, services


@task()
def audit_pack_build(pack_id: int) -> str:
    """Build one audit pack (services.audit_pack_build); returns its final state."""
    return services.audit_pack_build(pack_id=pack_id)


@task()
def reminder_send(reminder_id: int) -> str:
    """Send one reminder email (credentials/reminders.py); safe to run twice."""
    return reminders.reminder_send(reminder_id=reminder_id)


@task()
def reminder_digest_send(user_id: int) -> str:
    """Send a person's weekly digest of reminders."""
    return reminders.reminder_digest_send(user_id=user_id)


@task()
def certificate_draft_read(draft_id: int) -> str:
    """Read one certificate dropped in the inbox into its draft's fields; safe to run twice."""
    return services.certificate_draft_read(draft_id=draft_id)
