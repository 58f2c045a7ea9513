"""The background worker, kept running: `python manage.py run_worker`.

Starts the configured backend's worker (`db_worker`, or `rqworker` with RECERT_TASK_BACKEND=rq) as a
child and starts it again whenever it exits — a locked or restarted database, a Redis restart, a
kill — after a pause that doubles up to a minute (and resets once a worker has stayed up a
minute). Before each start and every minute meanwhile it runs the watchdog (credentials/jobs.py),
which queues again what a dead worker left unfinished. SIGTERM or Ctrl-C stops the worker and then
this command.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import threading
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from credentials import jobs

logger = logging.getLogger("recert.worker")

BACKOFF_MAX = 60.0  # seconds between two starts, at most
STEADY = 60.0  # a worker up this long has recovered: the next pause starts short again


def worker_command() -> list[str]:
    manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
    if settings.TASK_BACKEND == "rq":
        return [*manage, "rqworker", "default", "--job-class", "django_tasks_rq.Job"]
    return [*manage, "db_worker", "--interval", "1", "--no-reload"]


class Command(BaseCommand):
    help = (
        "Run the background worker and keep it running: restarted with backoff when it exits; work a "
        "dead worker left unfinished is queued again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--watch-every", type=float, default=60.0, help="Seconds between watchdog runs (default 60)."
        )

    def handle(self, *args, watch_every: float, **options):
        stop = threading.Event()
        child: list[subprocess.Popen] = []

        def stopping(signum, frame):
            stop.set()
            for process in child:
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)

        signal.signal(signal.SIGTERM, stopping)
        signal.signal(signal.SIGINT, stopping)
        pause = 1.0
        while not stop.is_set():
            self._watch()
            started = time.monotonic()
            process = subprocess.Popen(worker_command())
            child[:] = [process]
            logger.info("Worker started (pid %s)", process.pid)
            # A dead worker is noticed within a second; the watchdog runs every ``watch_every``.
            watch_at = time.monotonic() + watch_every
            while process.poll() is None:
                if stop.wait(1.0):
                    break
                if time.monotonic() >= watch_at:
                    self._watch()
                    watch_at = time.monotonic() + watch_every
            code = process.wait()
            if stop.is_set():
                break
            pause = 1.0 if time.monotonic() - started >= STEADY else min(pause * 2, BACKOFF_MAX)
            logger.warning("Worker exited (code %s); starting it again in %g s", code, pause)
            stop.wait(pause)
        logger.info("Worker stopped")

    def _watch(self) -> None:
        try:
            close_old_connections()
            jobs.jobs_recover()
        except Exception as error:  # the database or Redis is away: next time
            logger.warning("Watchdog skipped (%s: %s)", type(error).__name__, error)
            close_old_connections()
