"""The audit pack job on the real task backends: the database backend worked by `db_worker`
(in every run, on SQLite and PostgreSQL), and RQ on a real Redis (`make test` runs the `rq`
tests under scripts/with-redis.sh)."""

from __future__ import annotations

import os

import pytest
from django.core.management import call_command
from django_tasks import task_backends

from credentials import services
from credentials.models import AuditPack

pytestmark = pytest.mark.django_db(transaction=True)  # the worker sees only committed jobs


@pytest.fixture
def cycle_with_certificate(cma, with_certificate):
    return cma.cycles.get()


@pytest.fixture
def backend(settings):
    """Switch the default task backend for one test (django-tasks resets its handler)."""

    def use(path: str) -> None:
        settings.TASKS = {"default": {"BACKEND": path, "QUEUES": ["default"]}}
        assert type(task_backends["default"]).__module__.startswith(path.rsplit(".", 1)[0])

    return use


def test_db_backend_queues_the_build_until_db_worker_runs_it(backend, cycle_with_certificate):
    backend("django_tasks_db.DatabaseBackend")
    pack = services.audit_pack_request(cycle=cycle_with_certificate)
    pack.refresh_from_db()
    assert pack.state == AuditPack.State.QUEUED  # the request returned at once
    call_command("db_worker", batch=True, no_startup_delay=True, interval=0, verbosity=0)
    pack.refresh_from_db()
    assert pack.state == AuditPack.State.READY
    assert pack.file.read().startswith(b"%PDF")


@pytest.mark.rq
def test_rq_backend_on_a_real_redis_builds_the_pack(backend, settings, cycle_with_certificate):
    import django_rq
    from rq import SimpleWorker

    settings.RQ_QUEUES = {"default": {"URL": os.environ["REDIS_URL"]}}
    backend("django_tasks_rq.RQBackend")
    queue = django_rq.get_queue("default")
    queue.empty()
    pack = services.audit_pack_request(cycle=cycle_with_certificate)
    pack.refresh_from_db()
    assert pack.state == AuditPack.State.QUEUED
    assert queue.count == 1  # the job is in Redis
    worker = django_rq.get_worker("default", job_class="django_tasks_rq.Job", worker_class=SimpleWorker)
    assert worker.work(burst=True)
    pack.refresh_from_db()
    assert pack.state == AuditPack.State.READY
    assert queue.count == 0


@pytest.mark.rq
def test_rq_backend_a_second_request_joins_and_a_build_past_its_limit_names_the_certificate(
    backend, settings, cycle_with_certificate
):
    import django_rq
    from rq import SimpleWorker

    settings.RQ_QUEUES = {"default": {"URL": os.environ["REDIS_URL"]}}
    backend("django_tasks_rq.RQBackend")
    queue = django_rq.get_queue("default")
    queue.empty()
    settings.AUDIT_PACK_MAX_SECONDS = 0  # the child is killed at once
    first = services.audit_pack_request(cycle=cycle_with_certificate)
    assert services.audit_pack_request(cycle=cycle_with_certificate).pk == first.pk
    assert queue.count == 1  # joined: one job
    django_rq.get_worker("default", job_class="django_tasks_rq.Job", worker_class=SimpleWorker).work(
        burst=True
    )
    first.refresh_from_db()
    assert first.state == AuditPack.State.FAILED
    assert "took longer than 0 seconds" in first.error
