"""Workers that come back and jobs that finish: the watchdog (credentials/jobs.py) queues again
what a dead worker or a lost queue left unfinished, once; `run_worker` starts the worker again
whenever it exits."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import signal
import subprocess
import sys
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from credentials import jobs, services
from credentials.models import AuditPack, CertificateDraft
from scripts.soak import children
from tests.test_deploy import ROOT
from tests.test_inbox import AAMA_CERTIFICATE

pytestmark = pytest.mark.django_db

LONG_AGO = timezone.now() - dt.timedelta(hours=1)


@pytest.fixture
def recover(django_capture_on_commit_callbacks):
    """Run the watchdog and what it enqueues (the immediate backend), as a committed worker would."""

    def run():
        with django_capture_on_commit_callbacks(execute=True):
            return jobs.jobs_recover()

    return run


@pytest.fixture
def draft(user):
    return services.certificate_draft_create(owner=user, file=SimpleUploadedFile("c.pdf", AAMA_CERTIFICATE))


def test_a_draft_whose_worker_died_mid_read_is_read_once(draft, recover):
    CertificateDraft.objects.filter(pk=draft.pk).update(state="reading", started_at=LONG_AGO)
    assert recover()["drafts"] == 1
    draft.refresh_from_db()
    assert (draft.state, draft.title) == ("read", "Infection Control in the Ambulatory Setting")
    assert recover()["drafts"] == 0  # finished: never again


def test_a_draft_whose_job_was_lost_is_queued_again_but_a_fresh_one_waits(draft, user, recover):
    fresh = services.certificate_draft_create(owner=user, file=SimpleUploadedFile("d.pdf", AAMA_CERTIFICATE))
    CertificateDraft.objects.filter(pk=draft.pk).update(queued_at=LONG_AGO)  # Redis restarted empty
    assert recover()["drafts"] == 1
    draft.refresh_from_db()
    fresh.refresh_from_db()
    assert (draft.state, fresh.state) == ("read", "queued")  # the fresh one's job is still coming


def test_packs_left_building_or_lost_in_the_queue_are_built(cma, with_certificate, recover):
    cycle = cma.cycles.get()
    building = AuditPack.objects.create(cycle=cycle, version="a", state="building", started_at=LONG_AGO)
    recent = AuditPack.objects.create(cycle=cycle, version="b", state="building", started_at=timezone.now())
    assert recover()["audit packs"] == 1
    building.refresh_from_db()
    recent.refresh_from_db()
    assert recent.state == "building"  # still within its limits: its worker may be alive
    # The older one was queued again and, built after a newer one exists, is not built (superseded).
    assert building.state == "failed" and "newer version" in building.error


def test_a_pack_whose_job_never_reached_the_queue_is_built_once_it_is_back(cma, with_certificate, recover):
    pack = AuditPack.objects.create(cycle=cma.cycles.get(), version="v", state="queued", queued_at=None)
    assert recover()["audit packs"] == 1
    pack.refresh_from_db()
    assert pack.state == "ready"
    assert recover()["audit packs"] == 0


def test_task_rows_left_running_finish_once(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    from credentials import tasks

    retried = tasks.reminder_digest_send.enqueue(user_id=1)
    poisoned = tasks.reminder_digest_send.enqueue(user_id=2)
    DBTaskResult.objects.filter(pk=retried.id).update(
        status="RUNNING", started_at=LONG_AGO, worker_ids=["w1"]
    )
    DBTaskResult.objects.filter(pk=poisoned.id).update(
        status="RUNNING", started_at=LONG_AGO, worker_ids=["w1", "w2", "w3"]
    )
    assert jobs.jobs_recover()["task rows"] == 2
    statuses = {str(pk): status for pk, status in DBTaskResult.objects.values_list("pk", "status")}
    assert statuses[retried.id] == TaskResultStatus.READY  # a worker will run it (its work is claimed)
    assert statuses[poisoned.id] == TaskResultStatus.FAILED  # killed its worker three times: stops
    assert jobs.jobs_recover()["task rows"] == 0


def test_run_worker_starts_its_worker_again_when_it_dies(tmp_path):
    """A real run_worker on a real SQLite file: its db_worker is killed twice and comes back."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "recert.settings",
        "DJANGO_DEBUG": "true",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "RECERT_TASK_BACKEND": "db",
        "DJANGO_LOG_FORMAT": "plain",
    }
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput"], cwd=ROOT, env=env, check=True, capture_output=True)
    log = tmp_path / "worker.log"
    with log.open("w") as out:
        supervisor = subprocess.Popen(
            [*manage, "run_worker", "--watch-every", "600"], cwd=ROOT, env=env, stdout=out, stderr=out
        )
    try:
        seen = []
        for _ in range(3):
            pid = _wait_for_worker(log, supervisor.pid, not_in=seen)
            seen.append(pid)
            if len(seen) < 3:
                with contextlib.suppress(ProcessLookupError):  # gone already: it died all the same
                    os.kill(pid, signal.SIGKILL)
        assert len(set(seen)) == 3, log.read_text()
        assert supervisor.poll() is None
        assert log.read_text().count("starting it again") == 2, log.read_text()
        assert "Traceback" not in log.read_text()  # killed, never crashed
    finally:
        supervisor.send_signal(signal.SIGTERM)
        assert supervisor.wait(timeout=30) == 0
    assert "Worker stopped" in log.read_text()


def _wait_for_worker(log, parent: int, not_in: list[int]) -> int:
    """The pid of the next worker run_worker says it started, once that worker is its child.

    Read from the log, not from the children: a start-up may run other short-lived children.
    """
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        started = [int(pid) for pid in re.findall(r"Worker started \(pid (\d+)\)", log.read_text())]
        fresh = [pid for pid in started if pid not in not_in]
        if fresh and fresh[0] in children(parent):
            time.sleep(1)  # let it get going
            return fresh[0]
        time.sleep(0.2)
    raise AssertionError(f"run_worker started no worker: {log.read_text()}")


def test_a_certificate_dropped_while_the_queue_is_away_is_kept_and_read_once_it_is_back(
    client, user, monkeypatch, django_capture_on_commit_callbacks, recover
):
    import redis
    from django.urls import reverse
    from django_tasks.backends.immediate import ImmediateBackend

    real = ImmediateBackend.enqueue

    def away(*arguments, **keywords):
        raise redis.exceptions.ConnectionError("Connection refused")

    monkeypatch.setattr(ImmediateBackend, "enqueue", away)
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("inbox"), {"files": [SimpleUploadedFile("c.pdf", AAMA_CERTIFICATE)]})
    assert response.status_code == 302  # not a 503 saying nothing was saved: it was
    draft = CertificateDraft.objects.get(owner=user)
    assert (draft.state, draft.queued_at) == ("queued", None)
    monkeypatch.setattr(ImmediateBackend, "enqueue", real)  # the queue is back
    assert recover()["drafts"] == 1
    draft.refresh_from_db()
    assert draft.state == "read"
