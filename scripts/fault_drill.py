"""Fault drill: the soak test (scripts/soak.py) with the storage and the background worker failing
under it, on purpose; the app must answer 503 while storage is down, lose and double nothing, and
finish every background job once afterwards.

What it does. Like the soak it starts its own Recert on 127.0.0.1 (fresh database, gunicorn, DEBUG
off) and runs N browser-like sessions; beside gunicorn it runs ``manage.py run_worker --watch-every
5`` (the real background worker and its watchdog) with the same environment. On SQLite the tasks
are in the database (RECERT_TASK_BACKEND=db); on PostgreSQL they go through RQ on a redis-server the
drill starts itself (append-only file in its work dir, a free port), which is also the cache. Besides
the soak's mix, the sessions drop certificates in the inbox (small PDFs and photos), ask for audit
packs, and one session imports a 2,000-row CSV log (upload, preview, save) during the load.

At set fractions of the run it does, in turn:

* kills a gunicorn worker (as the soak does);
* SIGKILLs the worker process of run_worker, and what it forked (RQ's work horse, a bounded
  reader or pack builder), while a job is running (``--worker-kill idle``: while none is);
* SQLite: holds the database's write lock from another process for 25 s (BEGIN IMMEDIATE), longer
  than the app's 20 s busy timeout; PostgreSQL: ``pg_ctl restart -m fast`` on the throwaway server
  of scripts/with-postgres.sh (found from TEST_DATABASE_URL, or --pgdata);
* with Redis: stops it (SIGTERM) and starts it again on the same port and directory.

Each outage is a window, from the moment the fault starts to the moment the service answers again
plus a grace of 5 s. The run fails on:

* any 5xx response outside an outage window, and any 5xx but 503 inside one;
* any acknowledged write lost or stored twice (activities, the import's 2,000 rows, certificates
  dropped in the inbox), and any connection error but those of the killed gunicorn worker;
* any job not finished once afterwards: after the load it waits (--settle, 180 s) until every draft
  is read or failed, every audit pack ready or failed, and (database backend) no task row is ready
  or running, or (RQ) the queue is empty. A draft's findings stored twice, or a draft claimed by two
  task runs (the run whose span holds the draft's claim time; from django-tasks-db's rows, or RQ's
  finished jobs), also fails; a repeat run that found the draft already read is counted apart.

Run it (loopback only, bounded by --hard-timeout):

    .venv/bin/python scripts/fault_drill.py
    bash scripts/with-postgres.sh .venv/bin/python scripts/fault_drill.py

The job limits are set shorter than the defaults (RECERT_CERTIFICATE_READ_MAX_SECONDS=10,
RECERT_CERTIFICATE_PREVIEW_MAX_SECONDS=5, RECERT_AUDIT_PACK_MAX_SECONDS=25), so that the watchdog
takes up a job killed mid-way 145 s after it started (credentials.jobs.job_longest: the longest
limit + 120 s) instead of 320 s. --worker-kill idle and --calm-outages keep every job out of the
faults (tests/test_fault_drill.py, which cannot wait minutes for the watchdog). --json writes every
figure. Exit status: 0 when the app passed, 1 when it failed a check, 2 when the drill itself could
not run.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import csv
import dataclasses
import datetime as dt
import io
import json
import os
import pwd
import random
import re
import secrets
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import soak  # scripts/soak.py, beside this file

HOST = soak.HOST
WATCH_EVERY = 5  # run_worker --watch-every
GRACE = 5.0  # seconds after a service is back during which its outage's 503s are still expected
LOCK_SECONDS = 25.0  # SQLite's outage: longer than the app's 20 s busy timeout
KILL_WAIT = 30.0  # how long to wait for a job to be running (or for none to be) to kill the worker
DRAFT_PREFIX = "drill-"
IMPORT_PREFIX = "drill-import-"
# Shorter job limits, so that a job killed mid-way is taken up again within the drill.
JOB_LIMITS = {
    "RECERT_CERTIFICATE_READ_MAX_SECONDS": "10",
    "RECERT_CERTIFICATE_PREVIEW_MAX_SECONDS": "5",
    "RECERT_AUDIT_PACK_MAX_SECONDS": "25",
}
# The soak's mix, and looking at the inbox and the audit pack; drops, pack requests and the
# import come at planned times (DrillSession.plan).
MIX = soak.MIX | {"inbox_page": 4, "audit_pack_page": 2}
# When each fault happens, as a fraction of --seconds.
FAULTS_AT = {
    "web_worker_kill": 0.08,
    "worker_kill": 0.16,
    "sqlite_lock": 0.30,
    "postgres_restart": 0.40,
    "redis_restart": 0.65,
}
FINAL_DRAFT = ("read", "failed")
FINAL_PACK = ("ready", "failed")


# --------------------------------------------------------------------------- ledgers


class DraftLedger:
    """Each certificate file dropped in the inbox (by its unique name) and whether the drop was
    acknowledged ("N certificates added" shown after the redirect)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.files: dict[str, dict] = {}

    def sent(self, names: list[str], session: int) -> None:
        with self.lock:
            for name in names:
                self.files[name] = {"session": session, "acknowledged": False}

    def acknowledged(self, names: list[str]) -> None:
        with self.lock:
            for name in names:
                self.files[name]["acknowledged"] = True


@dataclasses.dataclass
class DrillShared(soak.Shared):
    seconds: float = 60.0
    drafts_per_session: int = 3
    packs_per_session: int = 2
    import_at: float | None = None  # fraction of the run; session 0 imports then
    import_rows: int = 0
    png: bytes = b""
    drafts: DraftLedger = dataclasses.field(default_factory=DraftLedger)
    pack_requests: collections.Counter = dataclasses.field(default_factory=collections.Counter)  # session: n
    log_import: dict = dataclasses.field(default_factory=dict)
    calm: threading.Event = dataclasses.field(default_factory=threading.Event)  # set: no new jobs
    started_wall: dt.datetime | None = None  # when the load started, to place the jobs' times


def small_png() -> bytes:
    """A photo-like certificate: black text on white, for the OCR path."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1100, 420), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=40)
    lines = ["Certificate of Completion", "Infection control update", "1.5 contact hours", "March 5, 2025"]
    for number, line in enumerate(lines):
        draw.text((60, 40 + 90 * number), line, fill=0, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def import_csv(titles: list[str], today: dt.date, rng: random.Random) -> bytes:
    """A CE log in the import's format (docs/csv-format.md): one row per title, dated in the last
    half year, in contact hours, with a category (a CMA (AAMA) needs one)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Date completed", "Title", "Provider", "Hours", "Category", "Notes"])
    for number, title in enumerate(titles):
        writer.writerow(
            [
                (today - dt.timedelta(days=2 + number % 170)).isoformat(),
                title,
                "Drill Academy",
                rng.choice(["1", "1.5", "2"]),
                rng.choice(["clinical", "general", "administrative"]),
                "Imported by the fault drill",
            ]
        )
    return out.getvalue().encode()


# --------------------------------------------------------------------------- one session


class DrillSession(soak.Session):
    """A soak session that also drops certificates in the inbox, asks for audit packs and (session
    0) imports a CSV log, each at a planned time of the run."""

    mix = MIX

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.due: list[tuple[float, str]] | None = None  # (when, operation), planned at the start

    def plan(self) -> list[tuple[float, str]]:
        shared = self.shared
        start = shared.stop_at - shared.seconds

        def some_time() -> float:
            return start + shared.seconds * self.random.uniform(0.02, 0.85)

        due = [(some_time(), "inbox_drop") for _ in range(shared.drafts_per_session)]
        due += [(some_time(), "audit_pack") for _ in range(shared.packs_per_session)]
        if self.number == 0 and shared.import_at is not None and shared.import_rows:
            due.append((start + shared.seconds * shared.import_at, "log_import"))
        return sorted(due)

    def choose_operation(self) -> str:
        if self.due is None:
            self.due = self.plan()
        if self.due and self.due[0][0] <= time.monotonic():
            operation = self.due.pop(0)[1]
            if operation != "log_import" and self.shared.calm.is_set():
                self.later(operation, 1.0)  # --calm-outages: no new job until the outage is over
            else:
                return operation
        return super().choose_operation()

    def later(self, operation: str, seconds: float = 5.0) -> None:
        """Try a planned operation again a little later (its page did not load), within the run."""
        when = time.monotonic() + seconds
        if when < self.shared.stop_at:
            self.due = sorted([*self.due, (when, operation)])

    def followed(self, answer: soak.Response) -> str:
        """The page a POST's redirect leads to ("" when it did not load)."""
        if answer.status not in (301, 302, 303) or answer.location_path().startswith("/accounts/login/"):
            return ""
        page = self.client.request("follow_redirect", answer.location)
        return page.text if page.status == 200 else ""

    def submit_once_more(self, kind: str, path: str, form, pairs, files=()) -> soak.Response:
        """POST a form; after a connection error, once more with the same tokens (a second click)."""
        answer = self.client.submit(kind, path, form, pairs, files)
        if answer.status == 0:
            answer = self.client.submit("retry_post", path, form, pairs, files)
        return answer

    # ---------------------------------------------------------------- reads

    def do_inbox_page(self):
        self.read("inbox", "/inbox/")

    def do_summary_pdf(self):
        """After the import the period holds more than RECERT_SUMMARY_INLINE_MAX_ACTIVITIES
        activities: the summary is then sent to the audit pack page, as documented."""
        if not self.shared.log_import.get("acknowledged") or self.number != 0:
            return super().do_summary_pdf()
        answer = self.client.request("summary_pdf", f"/credentials/{self.credential_id}/summary.pdf")
        sent_on = answer.status == 302 and "/audit-pack/" in answer.location
        if 0 < answer.status < 500 and not sent_on:
            self.stats.anomaly("summary_pdf after the import: not sent to the audit pack", str(answer.status))

    def do_audit_pack_page(self):
        self.read("audit_pack", f"/credentials/{self.credential_id}/audit-pack/")

    # ---------------------------------------------------------------- background work

    def do_inbox_drop(self):
        """Drop one or two certificates (a PDF, or a photo) in the inbox."""
        answer = self.client.request("inbox", "/inbox/")
        if answer.status != 200:
            self.later("inbox_drop")
            return
        form = soak.find_form(answer.text, "files")
        files = []
        for _ in range(2 if self.random.random() < 0.3 else 1):
            self.count += 1
            stem = f"{DRAFT_PREFIX}{self.number}-{self.count}"
            if self.random.random() < 0.3:
                files.append(("files", f"{stem}.png", "image/png", self.shared.png))
            else:
                files.append(("files", f"{stem}.pdf", "application/pdf", self.shared.pdf))
        names = [name for _, name, _, _ in files]
        self.shared.drafts.sent(names, self.number)
        answer = self.submit_once_more("inbox_post", "/inbox/", form, form.fill({}) + form.submitter(), files)
        page = self.followed(answer)
        added = f"{len(files)} certificate{'s' if len(files) != 1 else ''} added"
        if added in page or "it was carried out once" in page:
            self.shared.drafts.acknowledged(names)
        elif page:
            self.stats.anomaly("inbox drop: not added", soak.page_text(page, 300))

    def do_audit_pack(self):
        """Ask for the audit pack of the current period, when the page offers it."""
        path = f"/credentials/{self.credential_id}/audit-pack/"
        answer = self.client.request("audit_pack", path)
        if answer.status != 200:
            self.later("audit_pack")
            return
        try:
            form = soak.find_form(answer.text, "submission_token")
        except ValueError:
            return  # this version is queued, building or ready: nothing to ask for
        answer = self.submit_once_more("audit_pack_post", path, form, form.fill({}) + form.submitter())
        if self.followed(answer):
            with self.stats.lock:
                self.shared.pack_requests[self.number] += 1

    def do_log_import(self):
        """Import a CSV log: upload, check the preview, save all; a 503 or a lost answer is tried
        again after a pause with the same form (a person pressing the button again)."""
        shared, record = self.shared, self.shared.log_import
        titles = [f"{IMPORT_PREFIX}{self.number}-{n}" for n in range(shared.import_rows)]
        data = import_csv(titles, shared.today, self.random)
        record.update(rows=len(titles), started=time.monotonic(), attempts=[], acknowledged=False)
        give_up = shared.stop_at + 90
        preview = None
        while preview is None and time.monotonic() < give_up:
            page = self.client.request("import_form", "/activities/import/")
            if page.status == 200:
                form = soak.find_form(page.text, "file")
                files = [("file", "drill-log.csv", "text/csv", data)]
                pairs = form.fill({}) + form.submitter()
                answer = self.client.submit("import_upload", "/activities/import/", form, pairs, files)
                record["attempts"].append(("upload", answer.status))
                if answer.status == 200 and 'name="payload"' in answer.text:
                    preview = answer
                    break
                if answer.status == 200:
                    record["problem"] = soak.form_errors(answer.text)
                    return
            time.sleep(3)
        if preview is None:
            return
        if f"Save all {len(titles)} activities" not in preview.text:
            record["problem"] = soak.form_errors(preview.text)
            return
        form = soak.find_form(preview.text, "payload")
        pairs = form.fill({}) + form.submitter("save")
        for title in titles:
            shared.ledger.sent(title, self.number, "import")
        record["uploaded_after_s"] = time.monotonic() - record["started"]
        while time.monotonic() < give_up:
            sent = time.monotonic()
            answer = self.client.submit("import_save", "/activities/import/", form, pairs)
            record["attempts"].append(("save", answer.status, round(time.monotonic() - sent, 1)))
            if answer.status in (301, 302, 303) and not answer.location_path().startswith("/accounts/"):
                record["acknowledged"] = True
                break
            if answer.status not in (0, 503):
                record["problem"] = soak.form_errors(answer.text)
                break
            time.sleep(5)
        outcome = "acknowledged" if record["acknowledged"] else "not saved"
        for title in titles:
            shared.ledger.outcome(title, outcome)
        record["saved_after_s"] = time.monotonic() - record["started"]
        if record["acknowledged"]:
            self.followed(answer)


# --------------------------------------------------------------------------- services


def wait_for(check, seconds: float, step: float = 0.1) -> bool:
    """Call ``check`` until it is true (True) or ``seconds`` pass (False); errors count as false."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            if check():
                return True
        time.sleep(step)
    return False


class RedisServer:
    """A throwaway redis-server on loopback that keeps its data (append-only file) in a directory
    of the drill, so that it can be stopped and started again on the same port with its queue."""

    def __init__(self, directory: Path):
        if not shutil.which("redis-server"):
            raise soak.SoakError("redis-server is not installed: run scripts/system-deps.sh (as root)")
        self.dir = directory
        self.dir.mkdir(parents=True, exist_ok=True)
        self.port = soak.free_port()
        self.url = f"redis://{HOST}:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def client(self):
        import redis

        return redis.Redis.from_url(self.url, socket_connect_timeout=1, socket_timeout=3)

    def start(self) -> None:
        log = (self.dir / "redis.log").open("ab")
        self.process = subprocess.Popen(
            [
                *("redis-server", "--bind", HOST, "--port", str(self.port), "--dir", str(self.dir)),
                *("--appendonly", "yes", "--save", "", "--daemonize", "no"),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        if not wait_for(lambda: self.client().ping(), 20):
            raise soak.SoakError(f"redis-server did not answer on port {self.port}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)


class PostgresServer:
    """The throwaway PostgreSQL server the database URL points at, restarted with pg_ctl. Its data
    directory is asked from the server itself (scripts/with-postgres.sh makes a superuser
    "postgres" with trust authentication on loopback), or given with --pgdata. A server that does
    not look like with-postgres.sh's (a data dir under a temporary recert-pg.* directory) is
    restarted only when --pgdata names it."""

    def __init__(self, url: str, pgdata: str | None):
        parts = urllib.parse.urlsplit(url)
        if pgdata:
            self.data = Path(pgdata)
        else:
            superuser = parts._replace(
                netloc=f"postgres@{parts.hostname}:{parts.port or 5432}", path="/postgres"
            )
            try:
                import psycopg

                with psycopg.connect(urllib.parse.urlunsplit(superuser), connect_timeout=5) as conn:
                    (data,) = conn.execute("SHOW data_directory").fetchone()
            except Exception as error:
                raise soak.SoakError(
                    f"cannot find the PostgreSQL data directory ({error}); give --pgdata"
                ) from error
            self.data = Path(data)
            if not re.fullmatch(r"recert-pg\.\w+", self.data.parent.name):
                raise soak.SoakError(
                    f"{self.data} is not a throwaway server of scripts/with-postgres.sh; give --pgdata to "
                    "restart it anyway"
                )
        # The newest installed server's pg_ctl, as scripts/with-postgres.sh picks it.
        bindirs = sorted(
            Path("/usr/lib/postgresql").glob("*/bin"),
            key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        )
        pg_ctl = bindirs[-1] / "pg_ctl" if bindirs else Path(shutil.which("pg_ctl") or "pg_ctl")
        self.command = [str(pg_ctl)]
        owner = self.data.stat().st_uid
        if os.getuid() == 0 and owner != 0:  # the server runs as its data dir's owner, never root
            self.command = ["runuser", "-u", pwd.getpwuid(owner).pw_name, "--", *self.command]
        log = self.data.parent / "server.log"
        self.log = log if log.exists() else self.data / "drill-restart.log"

    def restart(self) -> None:
        done = subprocess.run(
            [
                *self.command,
                "-D",
                str(self.data),
                "-l",
                str(self.log),
                "-m",
                "fast",
                "-w",
                "-t",
                "60",
                "restart",
            ],
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
        if done.returncode:
            raise soak.SoakError(f"pg_ctl restart failed: {(done.stdout + done.stderr)[-500:]}")


# --------------------------------------------------------------------------- the server


class DrillServer(soak.Server):
    """The soak's server, with run_worker beside gunicorn, Redis when the tasks go through RQ, and
    the storage's faults."""

    def __init__(self, args, source_url):
        super().__init__(args, source_url)
        self.redis: RedisServer | None = None
        self.postgres: PostgresServer | None = None
        self.supervisor: subprocess.Popen | None = None

    def env(self) -> dict[str, str]:
        env = super().env() | JOB_LIMITS
        env |= {
            "RECERT_RATE_UPLOAD_IP": "100000/h",
            "RECERT_RATE_PACK_USER": "100000/h",
            "RECERT_CACHE": "redis" if self.redis else "db",
        }
        if self.redis:
            env["REDIS_URL"] = self.redis.url
        return env

    def start_worker(self, *command: str) -> subprocess.Popen:
        self.supervisor = super().start_worker("run_worker", "--watch-every", str(WATCH_EVERY))
        return self.supervisor

    def worker_pid(self) -> int | None:
        """The worker run_worker keeps running (its one child)."""
        found = soak.children(self.supervisor.pid) if self.supervisor else []
        return found[0] if found else None

    # ---------------------------------------------------------------- reading the storage

    def connect(self):
        return contextlib.closing(soak.connect(self.database_url))

    def rq_queue(self):
        from rq import Queue

        return Queue("default", connection=self.redis.client())

    def jobs_running(self) -> list[tuple[str, int]]:
        """The drafts and packs whose job has been taken by the worker: ("draft", id), ("pack", id)."""
        if self.redis:
            from rq.job import Job

            queue = self.rq_queue()
            ids = queue.started_job_registry.get_job_ids(cleanup=False)
            ids += [i.decode() for i in queue.connection.lrange(queue.intermediate_queue_key, 0, -1)]
            jobs = [job for job in Job.fetch_many(ids, connection=queue.connection) if job]
            return [job_subject(job.func_name, job.kwargs) for job in jobs]
        with self.connect() as conn:
            rows = conn.execute(
                "SELECT task_path, args_kwargs FROM django_tasks_database_dbtaskresult "
                "WHERE status = 'RUNNING'"
            ).fetchall()
        return [job_subject(path, as_json(args)["kwargs"]) for path, args in rows]

    def unfinished(self) -> dict[str, int]:
        """What is still to be done: drafts not read, packs not built, tasks not run."""
        with self.connect() as conn:
            (drafts,) = conn.execute(
                "SELECT COUNT(*) FROM credentials_certificatedraft WHERE state IN ('queued', 'reading')"
            ).fetchone()
            (packs,) = conn.execute(
                "SELECT COUNT(*) FROM credentials_auditpack WHERE state IN ('queued', 'building')"
            ).fetchone()
            tasks = 0
            if not self.redis:
                (tasks,) = conn.execute(
                    "SELECT COUNT(*) FROM django_tasks_database_dbtaskresult "
                    "WHERE status IN ('READY', 'RUNNING')"
                ).fetchone()
        if self.redis:
            queue = self.rq_queue()
            tasks = queue.count + queue.connection.llen(queue.intermediate_queue_key)
        return {"drafts": drafts, "packs": packs, "tasks": tasks}

    def subject_state(self, subject: tuple[str, int]) -> str | None:
        """The state of a job's draft or pack (None: gone, e.g. a pack pruned by a newer one)."""
        kind, pk = subject
        table = "credentials_certificatedraft" if kind == "draft" else "credentials_auditpack"
        with self.connect() as conn:
            row = conn.execute(f"SELECT state FROM {table} WHERE id = {int(pk)}").fetchone()
        return row[0] if row else None

    # ---------------------------------------------------------------- faults

    def worker_kill(self, mode: str) -> dict:
        """SIGKILL the worker and everything it forked while a job runs (mode "busy": a job's
        process is there and the queue says which job) or while none does ("idle"). The worker is
        stopped (SIGSTOP) while it is looked at, so that what is seen is what is killed."""
        deadline = time.monotonic() + KILL_WAIT
        while time.monotonic() < deadline:
            worker = self.worker_pid()
            if worker is None:
                time.sleep(0.2)
                continue
            tree, chosen = [worker], False
            try:
                for pid in tree:  # grows while walked: the children of each, once stopped
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGSTOP)
                    tree += [child for child in soak.children(pid) if child not in tree]
                running = self.jobs_running()
                states = [self.subject_state(s) for s in running if s[0] in ("draft", "pack")]
                # Busy: the job's process is there (RQ's work horse, a bounded reader or pack
                # builder) and the job has claimed its draft or pack: killed in the middle of it.
                claimed = running and all(state in ("reading", "building") for state in states)
                chosen = (mode == "busy" and len(tree) > 1 and claimed) or (
                    mode == "idle" and len(tree) == 1 and not running
                )
            except Exception:  # the storage is down: look again
                pass
            finally:
                for pid in tree:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL if chosen else signal.SIGCONT)
            if chosen:
                killed_at = time.monotonic()
                back = wait_for(lambda old=worker: self.worker_pid() not in (None, old), 120, 0.1)
                return {
                    "killed": tree,
                    "at": killed_at,
                    "jobs": running,
                    "worker_back_after_s": time.monotonic() - killed_at if back else None,
                }
            time.sleep(0.1 if mode == "busy" else 0.3)
        raise soak.SoakError(f"no moment to kill the worker {mode} within {KILL_WAIT:.0f} s")

    def sqlite_lock(self, seconds: float) -> tuple[float, float]:
        """Hold the database's write lock from another process; returns when it was taken and let go."""
        code = (
            "import sqlite3, sys, time\n"
            "db = sqlite3.connect(sys.argv[1], timeout=120, isolation_level=None)\n"
            "db.execute('BEGIN IMMEDIATE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(float(sys.argv[2]))\n"
            "db.execute('ROLLBACK')\n"
        )
        holder = subprocess.Popen(
            [sys.executable, "-c", code, soak.sqlite_path(self.database_url), str(seconds)],
            stdout=subprocess.PIPE,
            text=True,
        )
        if holder.stdout.readline().strip() != "locked":
            raise soak.SoakError("could not lock the SQLite database")
        taken = time.monotonic()
        holder.wait(timeout=seconds + 60)
        return taken, time.monotonic()


def as_json(value):
    return json.loads(value) if isinstance(value, str) else value


def job_subject(task_path: str, kwargs: dict) -> tuple[str, int]:
    if task_path.endswith("certificate_draft_read"):
        return ("draft", kwargs["draft_id"])
    if task_path.endswith("audit_pack_build"):
        return ("pack", kwargs["pack_id"])
    return (task_path.rsplit(".", 1)[-1], 0)


def utc(value) -> dt.datetime | None:
    """A timestamp from either database or RQ, as an aware UTC datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


# --------------------------------------------------------------------------- watching


class Probe(threading.Thread):
    """GET /healthz twice a second: when each outage was seen and when the app said all was well."""

    def __init__(self, base: str, stats: soak.Stats):
        super().__init__(name="healthz-probe", daemon=True)
        self.client = soak.Client(base, stats)
        self.stop = threading.Event()
        self.answers: list[tuple[float, float, int]] = []  # started, ended, status

    def run(self):
        while not self.stop.is_set():
            started = time.monotonic()
            answer = self.client.request("healthz", "/healthz")
            self.answers.append((started, time.monotonic(), answer.status))
            self.stop.wait(0.5)


class JobWatch(threading.Thread):
    """Once a second: what is left to do, and when each job that was running when the worker was
    killed got done."""

    def __init__(self, server: DrillServer):
        super().__init__(name="job-watch", daemon=True)
        self.server = server
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.tracked: dict[tuple[str, int], float | None] = {}  # subject: when it was seen finished
        self.last: dict[str, int] | None = None
        self.last_at = 0.0

    def track(self, subjects) -> None:
        with self.lock:
            for subject in subjects:
                self.tracked.setdefault(tuple(subject), None)

    def run(self):
        while not self.stop.wait(1.0):
            with contextlib.suppress(Exception):  # the storage is down: next second
                with self.lock:
                    waiting = [
                        s for s, done in self.tracked.items() if done is None and s[0] in ("draft", "pack")
                    ]
                for subject in waiting:
                    if self.server.subject_state(subject) in (None, *FINAL_DRAFT, *FINAL_PACK):
                        with self.lock:
                            self.tracked[subject] = time.monotonic()
                last = self.server.unfinished()
                with self.lock:
                    self.last, self.last_at = last, time.monotonic()

    def settle(self, seconds: float) -> float | None:
        """Wait until nothing is left to do; returns how long that took, None if it never was."""
        begun = time.monotonic()
        while time.monotonic() < begun + seconds:
            with self.lock:
                fresh = self.last is not None and self.last_at > begun and not any(self.last.values())
                tracked_done = all(
                    done is not None for s, done in self.tracked.items() if s[0] in ("draft", "pack")
                )
            if fresh and tracked_done:
                return time.monotonic() - begun
            time.sleep(0.5)
        return None


# --------------------------------------------------------------------------- the drill


@dataclasses.dataclass
class Fault:
    name: str
    at: float  # fraction of the run
    outage: bool = False  # storage down: a window for 503s
    started: float | None = None
    back: float | None = None  # the service answered again
    detail: dict = dataclasses.field(default_factory=dict)
    error: str = ""


def faults_planned(database: str, redis: bool, only: list[str] | None) -> list[Fault]:
    names = ["web_worker_kill", "worker_kill", "sqlite_lock" if database == "sqlite" else "postgres_restart"]
    if redis:
        names.append("redis_restart")
    names = [n for n in names if only is None or n in only]
    return [
        Fault(n, FAULTS_AT[n], outage=n in ("sqlite_lock", "postgres_restart", "redis_restart"))
        for n in names
    ]


def fault_run(fault: Fault, server: DrillServer, args, rng, shared: DrillShared, watch: JobWatch) -> None:
    if fault.outage and args.calm_outages:
        # No job may run into the outage: no new ones, and the queue worked off first.
        shared.calm.set()
        time.sleep(2)  # the drops and requests under way
        if not wait_for(lambda: not any(server.unfinished().values()), 60, 0.5):
            fault.detail["calm"] = "the queue was not empty after 60 s"
    fault.started = time.monotonic()
    if fault.name == "web_worker_kill":
        fault.detail = server.kill_worker(rng)
    elif fault.name == "worker_kill":
        fault.detail = server.worker_kill(args.worker_kill)
        fault.started = fault.detail["at"]
        watch.track(fault.detail["jobs"])
    elif fault.name == "sqlite_lock":
        fault.started, fault.back = server.sqlite_lock(LOCK_SECONDS)
    elif fault.name == "postgres_restart":
        server.postgres.restart()
        fault.back = time.monotonic()
    elif fault.name == "redis_restart":
        server.redis.stop()
        fault.detail["down_s"] = round(time.monotonic() - fault.started, 2)
        server.redis.start()
        fault.back = time.monotonic()


def drill_load(
    server: DrillServer, args, rng: random.Random, shared: DrillShared, faults: list[Fault]
) -> dict:
    """The soak's load with the faults at their times; then wait for the background work."""
    started = soak.sessions_start(server, args, rng, shared, DrillSession)
    shared.started_wall = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=time.monotonic() - started)
    probe, watch = Probe(server.base, shared.stats), JobWatch(server)
    probe.start()
    watch.start()
    try:
        for fault in faults:
            time.sleep(max(0.0, started + fault.at * args.seconds - time.monotonic()))
            print(f"drill: {fault.name} at {time.monotonic() - started:.1f} s", file=sys.stderr)
            try:
                fault_run(fault, server, args, rng, shared, watch)
            except soak.SoakError as error:
                fault.error = str(error)
                print(f"drill: {fault.name} not carried out: {error}", file=sys.stderr)
            shared.calm.clear()
        stuck = soak.sessions_join(shared)
        load_ended = time.monotonic()
        probe.stop.set()
        print(f"drill: load over; waiting up to {args.settle:.0f} s for the background work", file=sys.stderr)
        settled = watch.settle(args.settle)
        left = watch.last
    finally:
        probe.stop.set()
        watch.stop.set()
    kill = next((f.detail for f in faults if f.name == "web_worker_kill" and f.detail), {"killed": None})
    return {
        "kill": kill,
        "elapsed": load_ended - started,
        "stuck": stuck,
        "started": started,
        "settled_after_s": settled,
        "left": left,
        "tracked": dict(watch.tracked),
        "probe": probe.answers,
    }


# --------------------------------------------------------------------------- verification


def verify_background(server: DrillServer, shared: DrillShared, rq_jobs: list[dict] | None) -> dict:
    """Drafts, audit packs and task runs, read from the database (and RQ's registries)."""
    with server.connect() as conn:
        drafts = conn.execute(
            "SELECT id, file_name, state, started_at, problem, queued_at FROM credentials_certificatedraft"
        ).fetchall()
        referenced = {
            name
            for (name,) in conn.execute(
                f"SELECT certificate FROM {soak.ACTIVITY_TABLE} "
                "UNION SELECT file FROM credentials_certificatedraft "
                "UNION SELECT preview FROM credentials_certificatedraft "
                "UNION SELECT file FROM credentials_auditpack"
            ).fetchall()
        }
        findings_twice = conn.execute(
            "SELECT draft_id, field FROM credentials_draftfinding "
            "GROUP BY draft_id, field HAVING COUNT(*) > 1"
        ).fetchall()
        packs = conn.execute(
            "SELECT p.id, p.state, p.error, u.email, p.queued_at FROM credentials_auditpack p "
            "JOIN credentials_cycle c ON p.cycle_id = c.id "
            "JOIN credentials_credential r ON c.credential_id = r.id "
            f"JOIN {soak.USER_TABLE} u ON r.owner_id = u.id"
        ).fetchall()
        tasks = []
        if rq_jobs is None:
            tasks = [
                {
                    "status": status,
                    "subject": job_subject(path, as_json(arguments)["kwargs"]),
                    "returned": as_json(value),
                    "started": utc(started),
                    "finished": utc(finished),
                    "error": " ".join((traceback or "").strip().splitlines()[-1:])[:300],
                }
                for path, arguments, status, value, started, finished, traceback in conn.execute(
                    "SELECT task_path, args_kwargs, status, return_value, started_at, finished_at, traceback "
                    "FROM django_tasks_database_dbtaskresult"
                ).fetchall()
            ]
    ledger = shared.drafts.files
    stored = collections.Counter(name for _, name, *_ in drafts)
    acknowledged = [name for name, record in ledger.items() if record["acknowledged"]]
    claimed = {("draft", pk): utc(started) for pk, _, _, started, *_ in drafts}
    runs = tasks if rq_jobs is None else rq_jobs

    def at_s(moment: dt.datetime | None) -> float | None:
        return None if moment is None else round((moment - shared.started_wall).total_seconds(), 1)

    def left(kind: str, pk: int, state: str, queued) -> dict:
        """An unfinished draft or pack: when it was last queued, and each of its jobs: status,
        result or error, started and ended (seconds into the load)."""
        found = [
            [r["status"], r["returned"] or r["error"], at_s(r["started"]), at_s(r["finished"])]
            for r in runs
            if r["subject"] == (kind, pk)
        ]
        return {"id": pk, "state": state, "queued_at_s": at_s(utc(queued)), "jobs": found}

    # A draft's reading is claimed once (queued -> reading, its start time the token): the run
    # that claimed it is the one whose span holds that time; a run that found it already read
    # returns the same state (a harmless repeat, counted apart).
    finishing = collections.defaultdict(list)
    for run in runs:
        if run["subject"] in claimed and run["returned"] in FINAL_DRAFT:
            finishing[run["subject"]].append(run)
    claims = {
        subject: [
            r
            for r in found
            if claimed[subject]
            and r["started"]
            and r["finished"]
            and r["started"] <= claimed[subject] <= r["finished"]
        ]
        for subject, found in finishing.items()
    }
    emails = {s.number: s.email for s in shared.sessions}
    pack_states = collections.defaultdict(collections.Counter)
    for _, state, _, email, _ in packs:
        pack_states[email][state] += 1
    on_disk = {str(p.relative_to(server.media)) for p in server.media.rglob("*") if p.is_file()}
    return {
        # Files no activity, draft or pack refers to (informational: a file written by a request or
        # a job that was then refused, rolled back or killed).
        "orphan_files": len(on_disk - referenced),
        "drafts": {
            "files_sent": len(ledger),
            "acknowledged": len(acknowledged),
            "stored": sum(stored.values()),
            "lost": sorted(name for name in acknowledged if name not in stored),
            "duplicated": {name: n for name, n in stored.items() if n > 1},
            "unexpected": sorted(name for name in stored if name not in ledger),
            "saved_unacknowledged": sorted(
                n for n in stored if n in ledger and not ledger[n]["acknowledged"]
            ),
            "by_state": dict(collections.Counter(state for _, _, state, *_ in drafts)),
            "unfinished": [
                left("draft", pk, state, queued)
                for pk, _, state, _, _, queued in drafts
                if state not in FINAL_DRAFT
            ],
            "problems": dict(
                collections.Counter(p[:120] for _, _, state, _, p, _ in drafts if state == "failed")
            ),
            "findings_twice": len(findings_twice),
        },
        "packs": {
            "requests_acknowledged": sum(shared.pack_requests.values()),
            "sessions_asking": len(shared.pack_requests),
            "by_state": dict(collections.Counter(state for _, state, *_ in packs)),
            "unfinished": [
                left("pack", pk, state, queued)
                for pk, state, _, _, queued in packs
                if state not in FINAL_PACK
            ],
            "asked_but_none": sorted(
                emails[n] for n in shared.pack_requests if not sum(pack_states[emails[n]].values())
            ),
            "errors": dict(
                collections.Counter(error[:120] for _, state, error, *_ in packs if state == "failed")
            ),
        },
        "tasks": {
            "backend": "rq" if rq_jobs is not None else "db",
            "runs": len(runs),
            "by_status": dict(collections.Counter(r["status"] for r in runs)),
            "unfinished": sum(
                1 for r in runs if r["status"] in ("READY", "RUNNING", "queued", "intermediate")
            ),
            "errors": dict(
                collections.Counter(r["error"] for r in runs if r["status"] in ("FAILED", "failed"))
            ),
            # RQ: jobs whose worker was killed stay in its started registry until RQ's cleanup.
            "left_started": sum(1 for r in runs if r["status"] == "started"),
            "drafts_returned_final_twice": sum(1 for found in finishing.values() if len(found) > 1),
            "repeats_finding_it_done": sum(len(found) - len(claims[s]) for s, found in finishing.items()),
            "drafts_claimed_twice": sorted(s[1] for s, found in claims.items() if len(found) > 1),
        },
    }


# Every job RQ still knows of, read in the app's environment: a job's result is the task's
# return value pickled (a model's State), which only Django can load. Registries are read without
# their cleanup, which would change them.
RQ_RUNS = """
import json
import django_rq
from rq.job import Job
queue = django_rq.get_queue("default")
registries = {
    "queued": queue.get_job_ids(),
    "intermediate": queue.intermediate_queue.get_job_ids(),
    "started": queue.started_job_registry.get_job_ids(cleanup=False),
    "finished": queue.finished_job_registry.get_job_ids(cleanup=False),
    "failed": queue.failed_job_registry.get_job_ids(cleanup=False),
}
runs = []
for status, ids in registries.items():
    for job in filter(None, Job.fetch_many(ids, connection=queue.connection)):
        result = job.latest_result() if status in ("finished", "failed") else None
        returned = None if result is None or status != "finished" else result.return_value
        error = (result.exc_string or "").strip().splitlines()[-1:] if status == "failed" and result else []
        runs.append([status, job.func_name, job.kwargs, returned, job.started_at, job.ended_at, error])
print(json.dumps(runs, default=str))
"""


def rq_runs(server: DrillServer) -> list[dict]:
    """Every job RQ still knows of (queued, started, finished, failed), as the task rows are."""
    output = server.manage("shell", "-c", RQ_RUNS).strip().splitlines()[-1]
    return [
        {
            "status": status,
            "subject": job_subject(path, kwargs),
            "returned": returned,
            "started": utc(started),
            "finished": utc(finished),
            "error": " ".join(error)[:300],
        }
        for status, path, kwargs, returned, started, finished, error in json.loads(output)
    ]


# --------------------------------------------------------------------------- judging and report


def fault_figures(fault: Fault, started: float, stats: soak.Stats, probe: list, tracked: dict) -> dict:
    def at(moment):
        return None if moment is None else round(moment - started, 2)

    figures = {"fault": fault.name, "at_s": at(fault.started), "error": fault.error}
    if "calm" in fault.detail:
        figures["error"] = f"(not calm: {fault.detail['calm']})"
    if fault.outage and fault.back is not None:
        window = (fault.started, fault.back + GRACE)
        inside = [e for e in stats.server_errors if soak.during(e["started"], e["ended"], [window])]
        healthy = next((end for begun, end, status in probe if begun >= fault.back and status == 200), None)
        figures |= {
            "window_s": [at(window[0]), at(window[1])],
            "down_for_s": round(fault.back - fault.started, 2),
            "responses_503": sum(1 for e in inside if e["status"] == 503),
            "responses_other_5xx": sum(1 for e in inside if e["status"] != 503),
            "healthy_after_s": None if healthy is None else round(healthy - fault.back, 2),
        }
    if fault.name == "worker_kill" and fault.detail:
        done = [tracked.get(tuple(s)) for s in fault.detail["jobs"] if s[0] in ("draft", "pack")]
        figures |= {
            "killed": fault.detail["killed"],
            "jobs_running": [list(s) for s in fault.detail["jobs"]],
            "worker_back_after_s": fault.detail["worker_back_after_s"],
            "jobs_done_after_s": [None if d is None else round(d - fault.detail["at"], 1) for d in done],
        }
    if fault.name == "web_worker_kill" and fault.detail:
        figures |= {
            "killed": fault.detail.get("killed"),
            "respawned_after_s": fault.detail.get("respawned_after_s"),
        }
    return figures


def judge(args, server, shared, outcome, check, background, database, faults) -> dict:
    windows = [(f.started, f.back + GRACE) for f in faults if f.outage and f.back is not None]
    check["orphan_files"] = background.pop("orphan_files")  # drafts' and packs' files are not orphans
    result = soak.judge(args, server, shared, outcome, check, database, outages=windows)
    failures = result["failures"]
    drafts, packs, tasks = background["drafts"], background["packs"], background["tasks"]
    record = dict(shared.log_import)
    record.pop("started", None)
    with server.connect() as conn:
        (record["rows_stored"],) = conn.execute(
            f"SELECT COUNT(*) FROM {soak.ACTIVITY_TABLE} WHERE title LIKE '{IMPORT_PREFIX}%'"
        ).fetchone()
    for fault in faults:
        if fault.error:
            failures.append(f"drill: {fault.name} not carried out ({fault.error})")
    if shared.import_rows and not (
        record.get("acknowledged") and record["rows_stored"] == shared.import_rows
    ):
        failures.append(
            f"the CSV import was not saved once: acknowledged {record.get('acknowledged')}, "
            f"{record['rows_stored']} of {shared.import_rows} rows stored ({record.get('problem', '')[:200]})"
        )
    if drafts["lost"] or drafts["duplicated"] or drafts["unexpected"]:
        failures.append(
            f"certificates dropped in the inbox: {len(drafts['lost'])} acknowledged lost, "
            f"{len(drafts['duplicated'])} stored twice, {len(drafts['unexpected'])} unexpected"
        )
    if drafts["unfinished"] or packs["unfinished"] or tasks["unfinished"]:
        failures.append(
            f"not finished {args.settle:.0f} s after the load: {len(drafts['unfinished'])} drafts, "
            f"{len(packs['unfinished'])} audit packs, {tasks['unfinished']} tasks"
        )
    if packs["asked_but_none"]:
        failures.append(f"{len(packs['asked_but_none'])} acknowledged audit pack requests have no pack")
    if drafts["findings_twice"] or tasks["drafts_claimed_twice"]:
        failures.append(
            f"drafts read twice: {len(tasks['drafts_claimed_twice'])} claimed by two runs, "
            f"{drafts['findings_twice']} findings stored twice"
        )
    started = outcome["started"]
    result["drill"] = {
        "tasks_backend": args.tasks,
        "cache": "redis" if server.redis else "db",
        "worker_kill_mode": args.worker_kill,
        "grace_s": GRACE,
        "faults": [
            fault_figures(f, started, shared.stats, outcome["probe"], outcome["tracked"]) for f in faults
        ],
        "import": record,
        "settled_after_s": outcome["settled_after_s"],
        "left_unfinished": outcome["left"],
        **background,
    }
    return result


def report(result: dict) -> str:
    r, d = result, result["drill"]
    drafts, packs, tasks, record = d["drafts"], d["packs"], d["tasks"], d["import"]
    check = r["check"]
    imported = record.get("rows_stored", 0)
    lines = [
        soak.report(result).rstrip().rsplit("\n", 1)[0],  # the soak's figures, without its verdict
        f"  Fault drill: tasks on {d['tasks_backend']}, cache {d['cache']}, "
        f"worker killed {d['worker_kill_mode']}",
        "",
        f"  {'fault':<18}{'at s':>6}{'down s':>8}{'503s':>6}{'other 5xx':>11}{'healthy after s':>17}   notes",
    ]
    for f in d["faults"]:
        notes = f["error"] or ""
        if f["fault"] == "worker_kill" and "killed" in f:
            notes = (
                f"pids {f['killed']}, jobs running {f['jobs_running']}, worker back after "
                f"{f['worker_back_after_s'] or 0:.1f} s, those jobs done after {f['jobs_done_after_s']} s"
            )
        elif f["fault"] == "web_worker_kill" and "killed" in f:
            notes = f"pid {f['killed']}, respawned after {f['respawned_after_s'] or 0:.2f} s"
        down = f"{f['down_for_s']:.1f}" if "down_for_s" in f else "-"
        healthy = f"{f['healthy_after_s']:.1f}" if f.get("healthy_after_s") is not None else "-"
        lines.append(
            f"  {f['fault']:<18}{f['at_s'] or 0:>6.1f}{down:>8}{f.get('responses_503', '-'):>6}"
            f"{f.get('responses_other_5xx', '-'):>11}{healthy:>17}   {notes}"
        )
    lines += [
        "",
        f"  {'5xx outside outages (or not 503)':<34}{r['server_errors_unexpected']:>8}",
        f"  {'503 inside outages':<34}{r['server_errors_in_outages']:>8}",
        f"  {'writes acknowledged / stored':<34}{check['acknowledged']:>8} / {check['rows']}"
        f"   (lost {len(check['lost'])}, doubled {len(check['duplicated'])})",
        f"  {'CSV import':<34}{imported:>8}   rows stored of {record.get('rows', 0)}; acknowledged "
        f"{record.get('acknowledged')}; attempts {record.get('attempts')}",
        f"  {'certificates dropped / acked':<34}{drafts['files_sent']:>8} / {drafts['acknowledged']}"
        f"   stored {drafts['stored']}, lost {len(drafts['lost'])}, doubled {len(drafts['duplicated'])}",
        f"  {'drafts by state':<34}{drafts['by_state']}",
        f"  {'audit packs asked (acknowledged)':<34}{packs['requests_acknowledged']:>8}"
        f"   by state {packs['by_state']}",
        f"  {'task runs':<34}{tasks['runs']:>8}   {tasks['backend']} {tasks['by_status']}; drafts that "
        f"returned read/failed twice {tasks['drafts_returned_final_twice']} (repeats that found it done "
        f"{tasks['repeats_finding_it_done']}, claimed twice {len(tasks['drafts_claimed_twice'])})",
        f"  {'all background work done after':<34}"
        + (
            f"{d['settled_after_s']:>8.1f} s after the load"
            if d["settled_after_s"] is not None
            else "   never"
        )
        + (f"   (left: {d['left_unfinished']})" if d["settled_after_s"] is None else ""),
    ]
    for unfinished in drafts["unfinished"] + packs["unfinished"]:
        lines.append(f"    left unfinished: {unfinished}")
    for problem, n in drafts["problems"].items():
        lines.append(f"    {n:>5} x draft failed: {problem}")
    for error, n in packs["errors"].items():
        lines.append(f"    {n:>5} x pack failed: {error}")
    for error, n in tasks["errors"].items():
        lines.append(f"    {n:>5} x job failed: {error}")
    lines += ["", f"  verdict: {'PASS' if not r['failures'] else 'FAIL: ' + '; '.join(r['failures'])}", ""]
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def run(args: argparse.Namespace) -> dict:
    source_url = args.database_url or os.environ.get("TEST_DATABASE_URL") or os.environ.get("DATABASE_URL")
    postgres = bool(source_url) and soak.is_postgres(source_url)
    args.tasks = args.tasks if args.tasks != "auto" else ("rq" if postgres else "db")
    rng = random.Random(args.seed)
    server = DrillServer(args, source_url)
    shared = DrillShared(
        base=server.base,
        stats=soak.Stats(),
        ledger=soak.Ledger(),
        password=f"Drill-{secrets.token_urlsafe(12)}",
        pdf=soak.small_pdf(),
        today=dt.date.today(),
        seconds=args.seconds,
        drafts_per_session=args.drafts,
        packs_per_session=args.packs,
        import_at=args.import_at,
        import_rows=args.import_rows,
        png=small_png(),
    )
    try:
        try:
            database = server.prepare_database()
            if args.tasks == "rq":
                server.redis = RedisServer(server.tmp / "redis")
                server.redis.start()
            if postgres and (args.faults is None or "postgres_restart" in args.faults):
                server.postgres = PostgresServer(source_url, args.pgdata)
            print(
                f"drill: {database}; tasks {args.tasks}; work dir {server.tmp}; seed {args.seed}",
                file=sys.stderr,
            )
            server.manage("migrate", "--noinput")
            server.manage("collectstatic", "--noinput")
            faults = faults_planned(
                "postgresql" if postgres else "sqlite", server.redis is not None, args.faults
            )
            outcome = drill_load(server, args, rng, shared, faults)
            rq_jobs = rq_runs(server) if server.redis else None
        finally:
            shared.go.set()
            shared.stop_at = 0.0
            server.stop()
        check = soak.verify(server, shared.ledger, shared.sessions)
        background = verify_background(server, shared, rq_jobs)
        return judge(args, server, shared, outcome, check, background, database, faults)
    finally:
        if server.redis:
            server.redis.stop()
        if args.keep:
            print(f"drill: kept {server.tmp} (database {server.database_url})", file=sys.stderr)
        else:
            server.cleanup()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20, help="concurrent logged-in sessions")
    parser.add_argument("--seconds", type=float, default=90, help="how long the load runs")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--database-url", help="default: TEST_DATABASE_URL, DATABASE_URL, else new SQLite")
    parser.add_argument(
        "--tasks",
        choices=["auto", "db", "rq"],
        default="auto",
        help="task backend (auto: db on SQLite, rq on PostgreSQL)",
    )
    parser.add_argument(
        "--pgdata", help="the PostgreSQL data directory to restart (default: asked from the server)"
    )
    parser.add_argument("--faults", nargs="+", choices=list(FAULTS_AT), help="only these faults")
    parser.add_argument(
        "--worker-kill",
        choices=["busy", "idle"],
        default="busy",
        help="kill the worker while a job runs, or none",
    )
    parser.add_argument("--drafts", type=int, default=3, help="inbox drops per session")
    parser.add_argument("--packs", type=int, default=2, help="audit pack requests per session")
    parser.add_argument("--import-rows", type=int, default=2000, help="rows of the CSV import (0: none)")
    parser.add_argument("--import-at", type=float, default=0.25, help="when session 0 imports (fraction)")
    parser.add_argument(
        "--calm-outages",
        action="store_true",
        help="start each outage once the queue is empty, with no new job until it is over (no job "
        "fails into it: what the watchdog takes up only minutes later)",
    )
    parser.add_argument("--settle", type=float, default=180, help="seconds to wait for the background work")
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument("--seed", type=int, default=random.randrange(2**31), help="for the random mix")
    parser.add_argument("--keep", action="store_true", help="keep the work dir and database for a look")
    parser.add_argument("--hard-timeout", type=float, help="abort after this many seconds")
    parser.set_defaults(strip_hidden=[], no_kill=False)
    args = parser.parse_args(argv)
    if args.sessions < 1 or args.workers < 1 or args.seconds <= 0:
        parser.error("--sessions, --workers and --seconds must be positive")

    def interrupted(signum, frame):
        raise soak.HardTimeout(f"hard timeout ({signal.Signals(signum).name})")

    signal.signal(signal.SIGALRM, interrupted)
    signal.signal(signal.SIGTERM, interrupted)
    signal.alarm(int(args.hard_timeout or args.seconds + args.settle + 600))
    try:
        result = run(args)
    except (soak.SoakError, soak.HardTimeout) as error:
        print(f"drill: could not run: {error}", file=sys.stderr)
        return 2
    finally:
        signal.alarm(0)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, default=str))
    return 1 if result["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
