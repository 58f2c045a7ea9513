"""The user model's move from the ``recert`` app to ``accounts`` on a database of the old shape: the
demo database as the last release left it (tests/old_shape, dumped from SQLite and from
PostgreSQL before the move), migrated by a separate ``manage.py migrate`` as a deploy would.

The suite's own database decides which: the SQLite dump in the SQLite run, the PostgreSQL dump
in the PostgreSQL run (make test runs both)."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
OLD_SHAPE = ROOT / "tests" / "old_shape"

# Run in the migrated database by `manage.py shell`: what a person and the admin would notice.
REPORT = """
import json
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from accounts.models import Session, User
from credentials.models import CEActivity, Credential, Cycle
demo = User.objects.get(email="demo@example.com")
tables = set(connection.introspection.table_names())
user_type = ContentType.objects.get_for_model(User)
print(json.dumps({
    "password_ok": demo.check_password("recert-demo-2026"),
    "credentials": Credential.objects.filter(owner=demo).count(),
    "cycles": Cycle.objects.filter(credential__owner=demo).count(),
    "activities": CEActivity.objects.filter(owner=demo).count(),
    "session_of_demo": Session.objects.filter(user_id=demo.pk).count(),
    "session_decodes": Session.objects.get(session_key="k" * 32).get_decoded().get("kept"),
    "user_type": [user_type.pk, user_type.app_label],
    "old_tables": sorted(t for t in tables if t in {"recert_user", "recert_session", "recert_user_groups"}),
    "new_tables": sorted(t for t in tables if t.startswith("accounts_")),
    "cache_table": "recert_cache" in tables,
    # Every foreign key to the person now names the renamed table.
    "keys_to_old_table": sorted(
        f"{table}.{name}"
        for table in tables
        for name, c in connection.introspection.get_constraints(connection.cursor(), table).items()
        if c["foreign_key"] and c["foreign_key"][0] in {"recert_user", "recert_session"}
    ),
    "keys_to_accounts_user": len([
        table
        for table in tables
        for c in connection.introspection.get_constraints(connection.cursor(), table).values()
        if c["foreign_key"] and c["foreign_key"][0] == "accounts_user"
    ]),
}))
"""


def manage(*args: str, database_url: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "TEST_DATABASE"))}
    env.update(
        DJANGO_SETTINGS_MODULE="recert.settings",
        DJANGO_DEBUG="true",
        DJANGO_SECRET_KEY=settings.SECRET_KEY,  # the session below was signed with it
        DATABASE_URL=database_url,
    )
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def session_data() -> str:
    from accounts.models import SessionStore

    return SessionStore().encode({"kept": "yes"})


def old_sqlite(tmp_path: Path) -> tuple[str, dict]:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(gzip.decompress((OLD_SHAPE / "demo-sqlite.sql.gz").read_bytes()).decode())
        user_type = db.execute(
            "SELECT id FROM django_content_type WHERE app_label='recert' AND model='user'"
        ).fetchone()[0]
        user_id = db.execute("SELECT id FROM recert_user WHERE email='demo@example.com'").fetchone()[0]
        db.execute(
            "INSERT INTO recert_session VALUES (?, ?, datetime('now', '+7 days'), ?)",
            ("k" * 32, session_data(), user_id),
        )
    return f"sqlite:///{path}", {"user_type": user_type}


def old_postgresql(url: str) -> tuple[str, dict]:
    psql = shutil.which("psql") or next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin/psql"))), None)
    assert psql, "the PostgreSQL run needs psql (scripts/system-deps.sh installs it)"
    server = url.rsplit("/", 1)[0]
    name = f"old_shape_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    database_url = f"{server}/{name}"
    dump = gzip.decompress((OLD_SHAPE / "demo-postgresql.sql.gz").read_bytes())
    subprocess.run(
        [str(psql), "-q", "-v", "ON_ERROR_STOP=1", database_url], input=dump, check=True, capture_output=True
    )
    with psycopg.connect(database_url, autocommit=True) as db:
        user_type = db.execute(
            "SELECT id FROM django_content_type WHERE app_label='recert' AND model='user'"
        ).fetchone()[0]
        user_id = db.execute("SELECT id FROM recert_user WHERE email='demo@example.com'").fetchone()[0]
        db.execute(
            "INSERT INTO recert_session VALUES (%s, %s, now() + interval '7 days', %s)",
            ("k" * 32, session_data(), user_id),
        )
    return database_url, {"user_type": user_type, "drop": (url, name)}


@pytest.fixture
def old_database(tmp_path):
    if connection.vendor == "postgresql":
        url = os.environ["TEST_DATABASE_URL"]
        database_url, before = old_postgresql(url)
        yield database_url, before
        admin_url, name = before["drop"]
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        yield old_sqlite(tmp_path)


def test_a_database_of_the_old_shape_migrates_and_keeps_every_person(old_database):
    database_url, before = old_database
    result = manage("migrate", "--noinput", database_url=database_url)
    assert result.returncode == 0, result.stderr
    assert "Applying accounts.0002_tables_of_the_accounts_app... OK" in result.stdout
    assert "accounts.0001_initial" not in result.stdout  # counted as applied: the tables were there

    result = manage("shell", "-c", REPORT, database_url=database_url)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {
        "password_ok": True,
        "credentials": 4,
        "cycles": report["cycles"],
        "activities": 13,
        "session_of_demo": 1,  # still logged in
        "session_decodes": "yes",
        "user_type": [before["user_type"], "accounts"],  # the same row: permissions and admin history
        "old_tables": [],
        "new_tables": [
            "accounts_session",
            "accounts_user",
            "accounts_user_groups",
            "accounts_user_user_permissions",
        ],
        "cache_table": True,
        "keys_to_old_table": [],
        "keys_to_accounts_user": report["keys_to_accounts_user"],
    }
    assert report["cycles"] >= 4
    # credentials (credential, activity, calendar feed, drafts, ...), the admin log, the groups
    # and permissions tables: all of them now point at accounts_user.
    assert report["keys_to_accounts_user"] >= 6

    # Nothing is left for a later migrate to do, and a second run changes nothing.
    again = manage("migrate", "--noinput", database_url=database_url)
    assert "No migrations to apply." in again.stdout, again.stdout + again.stderr

    # Back (the tables take their old names again) and forth, with every person kept.
    back = manage("migrate", "accounts", "0001", "--noinput", database_url=database_url)
    assert back.returncode == 0, back.stderr
    forth = manage("migrate", "--noinput", database_url=database_url)
    assert forth.returncode == 0, forth.stderr
    result = manage("shell", "-c", REPORT, database_url=database_url)
    assert json.loads(result.stdout.strip().splitlines()[-1]) == report


def test_a_database_with_part_of_the_old_history_is_told_what_to_do(old_database):
    database_url, _ = old_database
    forget = "DELETE FROM django_migrations WHERE app = 'recert' AND name = '0006_cache_keys_prefixed'"
    if database_url.startswith("sqlite"):
        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as db:
            db.execute(forget)
    else:
        with psycopg.connect(database_url, autocommit=True) as db:
            db.execute(forget)
    result = manage("migrate", "--noinput", database_url=database_url)
    assert result.returncode != 0
    assert "accounts.E001" in result.stderr
    assert "applied 5 of the 6 migrations" in result.stderr


def test_the_suite_database_is_the_one_the_dumps_were_made_for():
    assert settings.AUTH_USER_MODEL == "accounts.User"
    assert {p.name for p in OLD_SHAPE.iterdir()} == {"demo-sqlite.sql.gz", "demo-postgresql.sql.gz"}
