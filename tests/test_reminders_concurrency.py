"""Two `send_reminders` processes at once send each reminder once: on a SQLite file in the
SQLite run, on a database of the run's PostgreSQL server in the PostgreSQL run."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import dj_database_url
import pytest

from tests.test_deploy import ROOT, manage, production_env

SETUP = """
import datetime as dt
from django.utils import timezone
from credentials import services
from accounts.models import User

today = timezone.localdate()
for n in range(5):
    user = User.objects.create_user(f"p{n}@example.com", "a long pass phrase 42")
    # Expires in 7 days: the 7-day reminder is due today (and only it: the others caught up once).
    services.credential_create(
        owner=user, program="ccma-nha", certified_on=today + dt.timedelta(days=7) - dt.timedelta(days=730)
    )
print("ok")
"""


@pytest.fixture
def database_url(tmp_path):
    """A fresh database of the kind this run tests: a PostgreSQL database on the run's server, or a
    SQLite file."""
    test_url = os.environ.get("TEST_DATABASE_URL", "")
    if not test_url.startswith("postgres"):
        yield f"sqlite:///{tmp_path / 'db.sqlite3'}"
        return
    import psycopg

    config = dj_database_url.parse(test_url)
    name = f"recert_reminders_{uuid.uuid4().hex[:8]}"
    server = {
        "host": config["HOST"],
        "port": config["PORT"],
        "user": config["USER"],
        "password": config["PASSWORD"],
    }

    def administer(statement: str) -> None:
        with psycopg.connect(**server, dbname="postgres", autocommit=True) as connection:
            connection.execute(statement)

    administer(f'CREATE DATABASE "{name}"')
    yield f"postgres://{server['user']}:{server['password']}@{server['host']}:{server['port']}/{name}"
    administer(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_two_concurrent_runs_send_each_reminder_once(tmp_path, database_url):
    outbox = tmp_path / "outbox"
    env = production_env(
        tmp_path,
        DATABASE_URL=database_url,
        RECERT_TASK_BACKEND="immediate",  # each process sends what it enqueues, at once
        DJANGO_EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        DJANGO_EMAIL_FILE_PATH=str(outbox),
        PYTHONPATH=str(ROOT),
    )
    assert manage("migrate", "--noinput", env=env).returncode == 0
    setup = manage("shell", "-c", SETUP, env=env)
    assert setup.returncode == 0, setup.stderr
    runs = [
        subprocess.Popen(
            [sys.executable, "manage.py", "send_reminders"], cwd=ROOT, env=env, stderr=subprocess.PIPE
        )
        for _ in range(2)
    ]
    for run in runs:
        assert run.wait(timeout=120) == 0, run.stderr.read().decode()
    again = manage("send_reminders", env=env)  # and once more, after both
    assert again.returncode == 0, again.stderr
    messages = [p.read_text() for p in Path(outbox).glob("*.log")] if outbox.exists() else []
    recipients = sorted(line for text in messages for line in text.splitlines() if line.startswith("To: "))
    assert recipients == sorted(f"To: p{n}@example.com" for n in range(5))
