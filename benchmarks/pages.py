"""Page benchmark: what the pages a person uses cost, for 10 to 5,000 logged activities.

Run it (``make bench`` runs it after the pytest-benchmark run, with ``BENCH_ARGS``)::

    DJANGO_DEBUG=false .venv/bin/python benchmarks/pages.py [--sizes 10,100,1000,5000] [--rounds N]
        [--json /tmp/recert-pages.json] [--no-load] [--seed 2026]

What it does. It makes a throwaway app in a temporary directory with the production settings
(``recert.settings``, DEBUG off, a new SQLite file, ``migrate`` and ``collectstatic``), and for each
size N one person (their own account) with a CMA and a CCMA credential, each with its open period
made by ``services.credential_create``. The N activities are inserted in bulk from a fixed random
seed: titles and providers from a realistic mix, 0.50 to 3.00 contact hours or AAMA CEUs, in the
administrative, clinical or general category (a fifth split across two), approved or not, spread
over the CMA period, one in thirty in the coming year (planned). Then every page is requested
through ``django.test.Client`` inside this process, as if behind the TLS proxy
(``X-Forwarded-Proto: https``); each is requested twice to warm up, then measured for ``--rounds``
rounds (15; the PDFs 5 at 1,000 and 3 at 5,000), the pages taking turns within each round so that
any drift of the machine falls on all of them alike (the login page too: it is the baseline). The
audit pack is built after them, not among them: its forked child leaves this process paying page
faults on the request after it, which a web worker, never building packs, does not. Every
response must be a 200 (a PDF must start ``%PDF-``, a person's page must be seen logged in): a
timed error page stops the run.

Pages: the login page (anonymous; the baseline), saving an activity (its title changed through
``services.activity_update``: a change the rules do not read, which keeps the stored evaluation)
and saving a change of what it counts (its date moved a day back and forth: evaluated again), the
dashboard viewed again with nothing changed ("repeat"), the dashboard right after a write (one
activity's title changed before each round, untimed: the first view after a change), the
activity list after each kind of write, the
dashboard and the activity list on the first view of a new day (before each round, untimed, the
stored progress is dated a day earlier and the kept renderings are deleted: ``new_day``), the
activity list (page 1) and the same list filtered to the CMA's current period (the dashboard's
"This period's activities" link), the CMA's credential page, the CMA period's summary PDF, and at
size 100 the audit pack with 20 one-page PDF certificates (``services.audit_pack_request``
untimed, then ``services.audit_pack_build`` timed, its forked child's CPU included).

The numbers (per page and size; JSON has every round):

* ``cpu ms``: CPU time of the request in this process (``time.process_time()``, plus the CPU of
  child processes it waited for), median over the rounds. The table shows this one: other work
  on the machine changes it far less than elapsed time (some 10% on a busy 2-core machine; the
  JSON records the load average at the start and the end).
* ``wall ms``: elapsed time (``time.perf_counter()``), median and p95 in the JSON.
* p95: nearest rank; with fewer than 20 rounds that is the slowest round.
* ``×login``: the page's median CPU over the login page's median CPU at the same size; the login
  page does little but render a form, so the ratio is comparable across machines.
* ``q``: SQL queries the request made (median; ``CaptureQueriesContext``).
* ``bytes``: response size (JSON).

The summary PDF is drawn at every size: above ``RECERT_SUMMARY_INLINE_MAX_ACTIVITIES`` (2,000) the
app would send the person to the audit pack instead, so this run raises that limit to measure the
drawing itself.

Load run (unless ``--no-load``): gunicorn (``gunicorn.conf.py``, 2 workers, the same database)
on a free loopback port, and ``wrk -t2 -c16 -d10s --latency`` against the login page, against
the dashboard of the 100-activity person (logged in once through the real login form), and with
the mix of ``benchmarks/mix.py`` for that person (40 % dashboards, 40 % activity lists, 15 % saves
through the edit form, 5 % summary PDFs). It reports requests/s, latency p50 and p99, responses
that were not 2xx/3xx, socket errors, and each one's requests per second against the login
page's. Then the morning wave: ``--wave-people`` people (20) of ``--wave-size`` activities
(1,000), seeded before gunicorn starts and seen once on "the day before", each fetch their
dashboard and activity list from 16 clients on the morning after (their own date moved on by
their timezone: ``wave_people``), then again as repeat views; it reports both wall times and their
ratio. gunicorn's process group is stopped
afterwards, whatever happens. ``scripts/bench-deps.sh`` installs ``wrk``.

Shape (``--shape``): ``sqlite`` (a new SQLite file, the database cache) or ``postgres-redis``
(PostgreSQL with the cache on Redis, as compose runs it; inside ``scripts/with-postgres.sh`` and
``scripts/with-redis.sh``, whose throwaway PostgreSQL runs with fsync off). ``make bench`` runs
both.

Exit status: 0 when every page answered as expected and the load run saw no error response; 1
otherwise (a crash of the app inside a request shows its traceback).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import http.client
import io
import itertools
import json
import math
import os
import platform
import random
import re
import secrets
import shlex
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from soak import free_port, git_state  # noqa: E402  (the soak's throwaway-server helpers)

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mix  # noqa: E402  (the mix and the morning wave: benchmarks/mix.py)

HOST = "127.0.0.1"
DEFAULT_SIZES = (10, 100, 1000, 5000)
DEFAULT_ROUNDS = 15
WARM_UPS = 2
AUDIT_PACK_SIZE = 100  # the size at which the audit pack is measured
AUDIT_PACK_CERTIFICATES = 20
LOAD_SIZE = 100  # whose dashboard the load run requests
PASSWORD = "Bench-password-2026"
BACKEND = "django.contrib.auth.backends.ModelBackend"
# Requests come as if through the TLS-terminating proxy production sits behind.
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}

TOPICS = (
    "Phlebotomy update",
    "HIPAA privacy refresher",
    "Infection control in the outpatient clinic",
    "EKG basics",
    "Medical billing and coding",
    "Pharmacology for medical assistants",
    "Patient communication",
    "Vital signs review",
    "OSHA bloodborne pathogens",
    "Electronic health records",
    "Diabetes care and education",
    "Pediatric immunization schedules",
    "Medical law and ethics",
    "Wound care",
    "Telehealth etiquette",
    "Medication administration safety",
    "Front office scheduling",
    "Point-of-care testing",
)
FORMATS = ("webinar", "online module", "live workshop", "journal quiz", "conference session", "self-study")
PROVIDERS = (
    "AAMA e-Learning Center",
    "Valley Community College",
    "NHA Learning",
    "Medscape Education",
    "State Society of Medical Assistants",
    "CEU Fast",
    "Mercy Health Training",
    "",
)
QUARTERS = [Decimal(n) / 4 for n in range(2, 13)]  # 0.50 .. 3.00
CATEGORIES = ("administrative", "clinical", "general")


class BenchError(Exception):
    """A page did not answer as expected, or the benchmark could not run."""


# --------------------------------------------------------------------------- the throwaway app


def app_environment(work: Path, shape: str = "sqlite") -> dict[str, str]:
    """The environment of the app, in this process and in gunicorn: production settings on a new
    SQLite file (``shape`` "sqlite", the database cache), or on the PostgreSQL database and the Redis
    server that scripts/with-postgres.sh and scripts/with-redis.sh started ("postgres-redis", the
    production shape of compose: the cache on Redis); nothing inherited from the caller's
    DJANGO_/RECERT_/GUNICORN_ variables."""
    inherited = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "RECERT_", "GUNICORN_"))
        and k not in ("DATABASE_URL", "TEST_DATABASE_URL", "REDIS_URL")
    }
    if shape == "postgres-redis":
        if not os.environ.get("TEST_DATABASE_URL") or not os.environ.get("REDIS_URL"):
            raise BenchError("--shape postgres-redis runs inside scripts/with-postgres.sh and with-redis.sh")
        database = {
            "DATABASE_URL": os.environ["TEST_DATABASE_URL"],
            "REDIS_URL": os.environ["REDIS_URL"],
            "RECERT_CACHE": "redis",
        }
    else:
        database = {"DATABASE_URL": f"sqlite:///{work / 'db.sqlite3'}"}
    return (
        inherited
        | database
        | {
            "DJANGO_SETTINGS_MODULE": "recert.settings",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
            "DJANGO_ALLOWED_HOSTS": f"testserver,{HOST}",
            "DJANGO_DEBUG": "false",
            "DJANGO_MEDIA_ROOT": str(work / "media"),
            "DJANGO_STATIC_ROOT": str(work / "static"),
            "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "DJANGO_LOG_STREAM": "stderr",  # stdout is the table
            "RECERT_BASE_URL": f"http://{HOST}",
            "RECERT_SUMMARY_INLINE_MAX_ACTIVITIES": "1000000",  # draw the PDF at every size
            # The mix saves through the edit form hundreds of times a minute for one person: it measures
            # throughput, not the upload limit that would answer 429 after 60 an hour.
            "RECERT_RATE_UPLOAD_USER": "1000000/h",
            "RECERT_RATE_UPLOAD_IP": "1000000/h",
        }
    )


def start_django(env: dict[str, str]) -> None:
    os.environ.clear()
    os.environ.update(env)
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


# --------------------------------------------------------------------------- the data


@dataclass
class Person:
    size: int
    user: object
    cma: object
    ccma: object
    cma_cycle: object
    write_target_id: int  # the activity whose title each "after a write" round changes
    mix: dict  # what was seeded: planned, approved, split across two categories
    certificates: int = 0
    progress_invalidated: bool = False


def seed_person(size: int, seed: int, today: dt.date, email: str = "", planned_every: int = 30) -> Person:
    """One person with a CMA and a CCMA credential (open periods made by the services) and
    ``size`` activities inserted in bulk."""
    from django.contrib.auth import get_user_model

    from credentials import services

    user = get_user_model().objects.create_user(
        email or f"bench-{size}@example.org", PASSWORD, full_name=f"Ana Peña Müller {size}"
    )
    cma = services.credential_create(
        owner=user,
        program="cma-aama",
        certified_on=today - dt.timedelta(days=3 * 365 + 40),
        number=f"{size:06d}",
        today=today,
    )
    ccma = services.credential_create(
        owner=user, program="ccma-nha", certified_on=today - dt.timedelta(days=400), today=today
    )
    cycle = cma.cycles.get(closed_on__isnull=True)
    activities = bulk_activities(user, cycle, size, random.Random(seed + size), today, planned_every)
    past = next(a for a in activities if a.completed_on <= today)
    person = Person(size, user, cma, ccma, cycle, past.pk, seeded_mix(user, activities, today))
    if size == AUDIT_PACK_SIZE:
        person.certificates = attach_certificates(activities, today, AUDIT_PACK_CERTIFICATES)
    person.progress_invalidated = invalidate_progress(user)
    return person


def seeded_mix(user, activities: list, today: dt.date) -> dict:
    from django.db.models import Count

    from credentials.models import CategoryShare

    shares = CategoryShare.objects.filter(activity__owner=user).values("activity").annotate(n=Count("pk"))
    return {
        "planned": sum(a.completed_on > today for a in activities),
        "approved": sum(a.approved for a in activities),
        "split": shares.filter(n__gt=1).count(),
        "amount_total": str(sum(a.amount for a in activities)),
    }


def bulk_activities(
    user, cycle, size: int, rng: random.Random, today: dt.date, planned_every: int = 30
) -> list:
    """``size`` activities and their category shares, two bulk inserts."""
    from credentials.models import CategoryShare, CEActivity

    rows = [random_activity(user, cycle, rng, today, number, planned_every) for number in range(size)]
    activities = CEActivity.objects.bulk_create([activity for activity, _ in rows], batch_size=500)
    shares = [
        CategoryShare(activity=activity, category=category, amount=amount)
        for activity, (_, split) in zip(activities, rows, strict=True)
        for category, amount in split.items()
    ]
    CategoryShare.objects.bulk_create(shares, batch_size=1000)
    return activities


def random_activity(user, cycle, rng: random.Random, today: dt.date, number: int, planned_every: int = 30):
    """One realistic activity (not saved) and its split across categories."""
    from credentials.models import CEActivity

    amount = rng.choice(QUARTERS)
    approved = rng.random() < 0.55
    activity = CEActivity(
        owner=user,
        title=f"{rng.choice(TOPICS)} ({rng.choice(FORMATS)}, part {number % 7 + 1})",
        provider=rng.choice(PROVIDERS),
        completed_on=random_day(cycle, rng, today, planned=number % planned_every == 7),
        unit="aama_ceus" if approved else "contact_hours",
        kind="ce",
        approved=approved,
        amount=amount,
        verified_on_transcript=approved and rng.random() < 0.5,
        notes="Certificate in my email." if rng.random() < 0.1 else "",
    )
    return activity, random_split(amount, rng)


def random_day(cycle, rng: random.Random, today: dt.date, *, planned: bool) -> dt.date:
    """A day in the period up to today, or (planned) one later in the period, within a year."""
    if planned:
        last = min(cycle.expires_on, today + dt.timedelta(days=365))
        return today + dt.timedelta(days=rng.randint(1, max(1, (last - today).days)))
    return cycle.starts_on + dt.timedelta(days=rng.randint(0, (today - cycle.starts_on).days))


def random_split(amount: Decimal, rng: random.Random) -> dict[str, Decimal]:
    """One category, or (one in five) two that add up to the amount."""
    first, second = rng.sample(CATEGORIES, 2)
    if rng.random() < 0.2:
        part = rng.choice([q for q in QUARTERS if q < amount] or [amount / 2])
        return {first: part, second: amount - part}
    return {first: amount}


def invalidate_progress(user) -> bool:
    """After bulk inserts (which bypass the services): a data-version bump where the code has one."""
    from credentials import services

    invalidate = getattr(services, "progress_invalidate", None)
    if invalidate is not None:
        invalidate(owner_id=user.pk)
    return invalidate is not None


# The kept renderings whose keys name the day ("N days left"). The list's are kept under the day of
# the stored evaluation they show, which ``new_day`` moves back a day: so here, unlike a real
# morning (tests/test_progress_snapshot.py), the list's page is redrawn from its kept rows.
DAY_RENDERINGS = ("dashboard-cards",)


def new_day(person: Person) -> None:
    """The morning after, as the app sees it: what is stored was evaluated a day earlier (when it
    still holds today it is read; else evaluated again) and no page of the day has been rendered."""
    from django.core.cache import caches
    from django.db.models import F

    from core.cache_keys import cache_keys_delete
    from credentials import renderings
    from credentials.models import ProgressSnapshot

    ProgressSnapshot.objects.filter(cycle__credential__owner=person.user).update(
        day=F("day") - dt.timedelta(days=1)
    )
    for name in DAY_RENDERINGS:
        cache_keys_delete(cache=caches[renderings.CACHE], prefix=f"render:{person.user.pk}:{name}:")


def certificate_pdf(title: str, day: dt.date, amount: Decimal) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    page.setFont("Helvetica-Bold", 20)
    page.drawString(72, 700, "Certificate of completion")
    page.setFont("Helvetica", 12)
    page.drawString(72, 660, title)
    page.drawString(72, 640, f"Completed on {day:%B %d, %Y}: {amount} contact hours")
    page.showPage()
    page.save()
    return buffer.getvalue()


def attach_certificates(activities: list, today: dt.date, count: int) -> int:
    """A one-page PDF certificate on each of ``count`` past activities, through the services."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    past = [a for a in activities if a.completed_on <= today][:count]
    for number, activity in enumerate(past):
        data = certificate_pdf(activity.title, activity.completed_on, activity.amount)
        upload = SimpleUploadedFile(f"certificate-{number}.pdf", data, content_type="application/pdf")
        resave_activity(activity.pk, certificate=upload)
    return len(past)


def resave_activity(activity_id: int, **changes) -> None:
    """``services.activity_update`` with the activity's own values, except ``changes``."""
    from credentials import services
    from credentials.activity_input import CERTIFICATE_KEPT, ActivityInput
    from credentials.models import CEActivity

    activity = CEActivity.objects.get(pk=activity_id)
    fields = {
        "title": activity.title,
        "completed_on": activity.completed_on,
        "amount": activity.amount,
        "unit": activity.unit,
        "provider": activity.provider,
        "categories": {share.category: share.amount for share in activity.shares.all()},
        "verified_on_transcript": activity.verified_on_transcript,
        "notes": activity.notes,
        "excluded_from": list(activity.excluded_from.all()),
    }
    certificate = changes.pop("certificate", CERTIFICATE_KEPT)
    services.activity_update(
        activity=activity,
        data=ActivityInput.of(**(fields | changes)),
        certificate=certificate,
        confirmed=True,
    )


# --------------------------------------------------------------------------- measuring


@dataclass
class Page:
    key: str
    label: str
    run: Callable[[], int]  # the timed work; returns the response size, raises BenchError
    rounds: int
    before: Callable[[], None] | None = None  # untimed, before each request (a write)
    # False: measured after the pages' rounds, not among them (the audit pack build forks a child,
    # after which this process pays page faults on its next request: a web worker never builds).
    interleaved: bool = True


@dataclass
class Samples:
    cpu_ms: list[float] = field(default_factory=list)
    wall_ms: list[float] = field(default_factory=list)
    queries: list[int] = field(default_factory=list)
    bytes: list[int] = field(default_factory=list)


def cpu_seconds() -> float:
    """This process's CPU, plus that of the child processes it has waited for (the audit pack's)."""
    times = os.times()
    return time.process_time() + times.children_user + times.children_system


def measure_once(page: Page, samples: Samples | None) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if page.before is not None:
        page.before()
    with CaptureQueriesContext(connection) as queries:
        cpu, wall = cpu_seconds(), time.perf_counter()
        size = page.run()
        cpu, wall = cpu_seconds() - cpu, time.perf_counter() - wall
    if samples is not None:
        samples.cpu_ms.append(cpu * 1000)
        samples.wall_ms.append(wall * 1000)
        samples.queries.append(len(queries))
        samples.bytes.append(size)


def measure_pages(pages: list[Page]) -> dict[str, Samples]:
    """Warm every page up, then rounds in which the pages take turns; then the others."""
    samples = {page.key: Samples() for page in pages}
    taking_turns = [page for page in pages if page.interleaved]
    for page in taking_turns:
        for _ in range(WARM_UPS):
            measure_once(page, None)
    for round_number in range(max(page.rounds for page in taking_turns)):
        for page in taking_turns:
            if round_number < page.rounds:
                measure_once(page, samples[page.key])
    for page in pages:
        if not page.interleaved:
            for round_number in range(WARM_UPS + page.rounds):
                measure_once(page, samples[page.key] if round_number >= WARM_UPS else None)
    return samples


def fetch(client, url: str, *, logged_in: bool, pdf: bool = False) -> int:
    """GET ``url``; the size of a 200 response that is what was asked for, else BenchError."""
    response = client.get(url, secure=True, headers=PROXY_HEADERS)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    response.close()
    if response.status_code != 200:
        raise BenchError(f"GET {url} answered {response.status_code} {response.get('Location', '')}")
    if response.wsgi_request.user.is_authenticated != logged_in:
        raise BenchError(f"GET {url} was {'not ' if logged_in else ''}seen logged in")
    if pdf and not body.startswith(b"%PDF-"):
        raise BenchError(f"GET {url} is not a PDF")
    return len(body)


def heavy_rounds(size: int, rounds: int, *, pdf: bool) -> int:
    """Rounds of the slow ones: 5 from 1,000 activities on, the summary PDF 3 at 5,000."""
    if size >= 5000 and pdf:
        return min(rounds, 3)
    return min(rounds, 5) if size >= 1000 else rounds


def person_pages(person: Person, rounds: int) -> list[Page]:
    from django.test import Client
    from django.urls import reverse

    anonymous, member = Client(), Client()
    member.force_login(person.user, backend=BACKEND)
    edits = itertools.count(1)
    title = f"Write target of size {person.size}"

    def page(key: str, label: str, url: str, *, pdf: bool = False, **options) -> Page:
        logged_in = key != "login"
        client = member if logged_in else anonymous
        return Page(key, label, lambda: fetch(client, url, logged_in=logged_in, pdf=pdf), **options)

    dashboard = reverse("dashboard")
    period_filter = urllib.parse.urlencode({"credential": person.cma.pk, "cycle": "current"})
    # A change of what the activity counts (its date, a day back and forth): evaluated again, where a
    # title change is not (issue 26: a change the rules do not read keeps the stored evaluation).
    from credentials.models import CEActivity

    day = CEActivity.objects.get(pk=person.write_target_id).completed_on
    days = itertools.cycle([day - dt.timedelta(days=1), day])
    pages = [
        page("login", "login page (baseline)", reverse("login"), rounds=rounds),
        Page(
            "activity_write",
            "saving an activity (the service, with the rebuild)",
            lambda: resave_activity(person.write_target_id, title=f"{title}, edit {next(edits)}") or 0,
            rounds=rounds,
        ),
        Page(
            "activity_write_counts",
            "saving an activity, a change of what it counts (its date)",
            lambda: resave_activity(person.write_target_id, completed_on=next(days)) or 0,
            rounds=rounds,
        ),
        page(
            "dashboard_after_write",
            "dashboard, first view after a write",
            dashboard,
            rounds=rounds,
            before=lambda: resave_activity(person.write_target_id, title=f"{title}, edit {next(edits)}"),
        ),
        page("dashboard_repeat", "dashboard, repeat view", dashboard, rounds=rounds),
        page(
            "dashboard_new_day",
            "dashboard, first view of a new day",
            dashboard,
            rounds=rounds,
            before=lambda: new_day(person),
        ),
        page(
            "activity_list_after_write",
            "activity list, first view after a write",
            reverse("activity_list"),
            rounds=rounds,
            before=lambda: resave_activity(person.write_target_id, title=f"{title}, edit {next(edits)}"),
        ),
        page(
            "activity_list_after_count_write",
            "activity list, first view after a change of what counts",
            reverse("activity_list"),
            rounds=rounds,
            before=lambda: resave_activity(person.write_target_id, completed_on=next(days)),
        ),
        page(
            "activity_list_new_day",
            "activity list, first view of a new day",
            reverse("activity_list"),
            rounds=rounds,
            before=lambda: new_day(person),
        ),
        # A repeat view: the same page seen once, untimed, since the last write.
        page(
            "activity_list",
            "activity list, page 1",
            reverse("activity_list"),
            rounds=rounds,
            before=lambda: fetch(member, reverse("activity_list"), logged_in=True),
        ),
        page(
            "activity_list_period",
            "activity list, CMA period (dashboard link)",
            f"{reverse('activity_list')}?{period_filter}",
            rounds=rounds,
            # A repeat view too: seen once, untimed, since the last write or new day.
            before=lambda: fetch(member, f"{reverse('activity_list')}?{period_filter}", logged_in=True),
        ),
        page(
            "credential_detail",
            "credential page (CMA)",
            reverse("credential_detail", args=[person.cma.pk]),
            rounds=rounds,
        ),
        page(
            "summary_pdf",
            "summary PDF (CMA period)",
            reverse("credential_summary_pdf", args=[person.cma.pk]),
            pdf=True,
            rounds=heavy_rounds(person.size, rounds, pdf=True),
        ),
        # The same file again, drawn once, untimed, since the last write (issue 26: kept).
        page(
            "summary_pdf_repeat",
            "summary PDF, repeat download",
            reverse("credential_summary_pdf", args=[person.cma.pk]),
            pdf=True,
            rounds=heavy_rounds(person.size, rounds, pdf=True),
            before=lambda: fetch(
                member, reverse("credential_summary_pdf", args=[person.cma.pk]), logged_in=True, pdf=True
            ),
        ),
    ]
    if person.certificates:
        pages.append(audit_pack_page(person, heavy_rounds(person.size, rounds, pdf=False)))
    return pages


def audit_pack_page(person: Person, rounds: int) -> Page:
    """Each round: the period's packs are deleted and one requested (untimed), then built (timed)."""
    from credentials import services
    from credentials.models import AuditPack

    requested: list[int] = []

    def request() -> None:
        for old in AuditPack.objects.filter(cycle=person.cma_cycle):
            if old.file:
                old.file.delete(save=False)
            old.delete()
        requested[:] = [services.audit_pack_request(cycle=person.cma_cycle).pk]

    def build() -> int:
        state = services.audit_pack_build(pack_id=requested[0])
        pack = AuditPack.objects.get(pk=requested[0])
        if state != "ready" or not pack.file:
            raise BenchError(f"audit pack build ended {state!r}: {pack.error}")
        return pack.size

    label = f"audit pack build, {person.certificates} certificates"
    return Page("audit_pack_build", label, build, rounds, before=request, interleaved=False)


# --------------------------------------------------------------------------- figures


def percentile(values: list[float], fraction: float) -> float:
    """Nearest rank."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def summarize(label: str, samples: Samples, login_cpu_median: float) -> dict:
    cpu_median = statistics.median(samples.cpu_ms)
    return {
        "label": label,
        "rounds": len(samples.cpu_ms),
        "cpu_median_ms": round(cpu_median, 2),
        "cpu_p95_ms": round(percentile(samples.cpu_ms, 0.95), 2),
        "wall_median_ms": round(statistics.median(samples.wall_ms), 2),
        "wall_p95_ms": round(percentile(samples.wall_ms, 0.95), 2),
        "ratio_to_login": round(cpu_median / login_cpu_median, 2),
        "queries": statistics.median_low(samples.queries),
        "queries_max": max(samples.queries),
        "bytes": statistics.median_low(samples.bytes),
        "cpu_ms": [round(v, 3) for v in samples.cpu_ms],
        "wall_ms": [round(v, 3) for v in samples.wall_ms],
        "queries_each": samples.queries,
    }


def bench_size(size: int, rounds: int, seed: int) -> tuple[Person, dict]:
    from django.utils import timezone

    started = time.perf_counter()
    person = seed_person(size, seed, timezone.localdate())
    seeded = time.perf_counter()
    pages = person_pages(person, rounds)
    samples = measure_pages(pages)
    login_median = statistics.median(samples["login"].cpu_ms)
    labels = {page.key: page.label for page in pages}
    return person, {
        "activities": size,
        "person_id": person.user.pk,
        "seeded": person.mix | {"certificates": person.certificates},
        "progress_invalidate_called": person.progress_invalidated,
        "seed_s": round(seeded - started, 2),
        "measure_s": round(time.perf_counter() - seeded, 2),
        "pages": {key: summarize(labels[key], s, login_median) for key, s in samples.items()},
    }


def machine_info() -> dict:
    import django
    import reportlab

    try:
        import _rl_accel  # noqa: F401

        accelerator = True
    except ImportError:
        accelerator = False
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.strip()
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu_model(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
        "django": django.get_version(),
        "reportlab": reportlab.Version,
        "reportlab_accelerator": accelerator,
        "git_commit": commit,
        "git_state": git_state(),
        "git_status": subprocess.run(
            ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.splitlines(),
        "code_root": str(ROOT),
    }


def cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor()


def table(result: dict) -> str:
    """One row a page, for each size: median CPU ms, ×login, queries."""
    sizes = list(result["sizes"])
    labels: dict[str, str] = {}
    for figures in result["sizes"].values():
        labels |= {key: page["label"] for key, page in figures["pages"].items()}
    width = max(len(label) for label in labels.values())
    head = f"{'page':<{width}}" + "".join(f" | {f'{int(s):,} activities':>22}" for s in sizes)
    sub = f"{'':<{width}}" + " | cpu ms  ×login      q" * len(sizes)
    lines = [head, sub, "-" * len(head)]
    for key, label in labels.items():
        cells = []
        for size in sizes:
            page = result["sizes"][size]["pages"].get(key)
            cells.append(
                f" | {page['cpu_median_ms']:>7.1f} {page['ratio_to_login']:>6.1f}x {page['queries']:>6}"
                if page
                else f" | {'-':>22}"
            )
        lines.append(f"{label:<{width}}" + "".join(cells))
    return "\n".join(lines)


# --------------------------------------------------------------------------- the load run


def http_call(port: int, method: str, path: str, headers: dict, body: str | None = None):
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=PROXY_HEADERS | headers)
        response = connection.getresponse()
        return response.status, response.msg, response.read()
    finally:
        connection.close()


def set_cookies(message) -> dict[str, str]:
    found = {}
    for header in message.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        found[name.strip()] = rest.split(";", 1)[0]
    return found


def log_in_over_http(port: int, email: str, password: str) -> str:
    """The sessionid of a real login through the form (CSRF cookie and token as a browser sends)."""
    from django.urls import reverse

    login = reverse("login")
    status, message, page = http_call(port, "GET", login, {})
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    csrf = set_cookies(message).get("csrftoken")
    if status != 200 or not token or not csrf:
        raise BenchError(f"login page over HTTP: {status}, no CSRF token or cookie")
    form = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token.group(1).decode(), "username": email, "password": password}
    )
    status, message, _ = http_call(
        port,
        "POST",
        login,
        {
            "Cookie": f"csrftoken={csrf}",
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": f"https://{HOST}:{port}{login}",
        },
        form,
    )
    session = set_cookies(message).get("sessionid")
    if status != 302 or not session:
        raise BenchError(f"login over HTTP answered {status} without a session")
    return session


def start_gunicorn(env: dict[str, str], port: int, log: Path) -> subprocess.Popen:
    gunicorn = Path(sys.executable).parent / "gunicorn"
    if not gunicorn.exists():
        gunicorn = ROOT / ".venv" / "bin" / "gunicorn"
    with log.open("ab") as output:
        return subprocess.Popen(
            [str(gunicorn), "-c", "gunicorn.conf.py", "--no-control-socket"],
            cwd=ROOT,
            env=env | {"GUNICORN_WORKERS": "2", "GUNICORN_BIND": f"{HOST}:{port}"},
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def wait_healthy(server: subprocess.Popen, port: int, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise BenchError(f"gunicorn exited ({server.returncode}):\n{log.read_text()[-2000:]}")
        with contextlib.suppress(OSError, http.client.HTTPException):
            if http_call(port, "GET", "/healthz", {})[0] == 200:
                return
        time.sleep(0.2)
    raise BenchError(f"gunicorn not healthy within 60 s:\n{log.read_text()[-2000:]}")


def stop_gunicorn(server: subprocess.Popen) -> None:
    """SIGTERM to the process group, then SIGKILL to whatever of it is left."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        server.wait(timeout=20)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(server.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        server.wait(timeout=5)


def to_ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


def parse_wrk(output: str) -> dict:
    latency = dict(re.findall(r"^\s+(\d+)%\s+([\d.]+(?:us|ms|s|m))\s*$", output, re.MULTILINE))
    total = re.search(r"(\d+) requests in ([\d.]+\w+)", output)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    not_ok = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "requests": int(total.group(1)),
        "requests_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "latency_p50_ms": to_ms(latency["50"]),
        "latency_p99_ms": to_ms(latency["99"]),
        "non_2xx_3xx": int(not_ok.group(1)) if not_ok else 0,
        "socket_errors": dict(
            zip(("connect", "read", "write", "timeout"), map(int, sockets.groups()), strict=True)
        )
        if sockets
        else {"connect": 0, "read": 0, "write": 0, "timeout": 0},
    }


def run_wrk(url: str, headers: dict[str, str], script: str | None = None) -> dict:
    options = [option for name, value in headers.items() for option in ("-H", f"{name}: {value}")]
    if script is not None:
        options += ["-s", script]
    command = ["wrk", "-t2", "-c16", "-d10s", "--latency", *options, url]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode:
        raise BenchError(f"wrk failed ({done.returncode}): {done.stderr.strip()}")
    shown = re.sub(r"sessionid=[^' ]+", "sessionid=...", shlex.join(command))
    return parse_wrk(done.stdout) | {"command": shown, "output": done.stdout}


def load_run(env: dict[str, str], work: Path, people: dict, wave_cookies: list[str]) -> dict:
    """gunicorn (2 workers) on loopback: wrk against the login page, a dashboard and the mix; the
    morning wave of ``wave_cookies``' people."""
    from django.db import connections
    from django.urls import reverse

    if shutil.which("wrk") is None:
        return {"skipped": "wrk is not installed (bash scripts/bench-deps.sh)"}
    connections.close_all()
    port, log = free_port(), work / "gunicorn.log"
    server = start_gunicorn(env, port, log)
    try:
        wait_healthy(server, port, log)
        session = log_in_over_http(port, f"bench-{LOAD_SIZE}@example.org", PASSWORD)
        cookie = {"Cookie": f"sessionid={session}"}
        if http_call(port, "GET", reverse("dashboard"), cookie)[0] != 200:
            raise BenchError("the dashboard over HTTP did not answer 200 with the session")
        base = f"http://{HOST}:{port}"
        login = run_wrk(f"{base}{reverse('login')}", PROXY_HEADERS)
        dashboard = run_wrk(f"{base}{reverse('dashboard')}", PROXY_HEADERS | cookie)
        mixed = mix_over_http(port, session, people[LOAD_SIZE])
        wave = (
            mix.wave_run(
                call=lambda path, person_cookie: http_call(port, "GET", path, {"Cookie": person_cookie})[0],
                cookies=wave_cookies,
                paths=[reverse("dashboard"), reverse("activity_list")],
            )
            if wave_cookies
            else None
        )
    finally:
        stop_gunicorn(server)
    return {
        "gunicorn_workers": 2,
        "dashboard_of": f"{LOAD_SIZE} activities",
        "login": login,
        "dashboard": dashboard,
        "dashboard_to_login_rps": round(dashboard["requests_per_s"] / login["requests_per_s"], 3),
        "mix": mixed,
        "mix_to_login_rps": round(mixed["requests_per_s"] / login["requests_per_s"], 3),
        "wave": wave,
    }


def mix_over_http(port: int, session: str, person: Person) -> dict:
    """The mix (benchmarks/mix.py) for the load run's person, logged in as ``session``."""
    from django.urls import reverse

    from credentials.models import CEActivity

    edit = reverse("activity_edit", args=[person.write_target_id])
    status, message, page = http_call(port, "GET", edit, {"Cookie": f"sessionid={session}"})
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    csrf = set_cookies(message).get("csrftoken")
    if status != 200 or not token or not csrf:
        raise BenchError(f"edit page over HTTP: {status}, no CSRF token or cookie")
    activity = CEActivity.objects.get(pk=person.write_target_id)
    form = mix.edit_form(activity, token.group(1).decode())
    cookie = f"sessionid={session}; csrftoken={csrf}"
    headers = {
        "Cookie": cookie,
        "Content-Type": "application/x-www-form-urlencoded",
        "Referer": f"https://{HOST}:{port}{edit}",
    }
    status, message, page = http_call(port, "POST", edit, headers, f"{form}&title=Mix+check")
    if status != 302:
        raise BenchError(f"a save through the edit form answered {status}: {page[:3000]!r}")
    return mix.mix_run(
        base=f"http://{HOST}:{port}",
        cookie=cookie,
        form=form,
        paths={
            "dashboard": reverse("dashboard"),
            "list": reverse("activity_list"),
            "pdf": reverse("credential_summary_pdf", args=[person.cma.pk]),
            "edit": edit,
        },
        days=(activity.completed_on.isoformat(), (activity.completed_on - dt.timedelta(days=1)).isoformat()),
        seed=person.size,
        wrk_run=run_wrk,
    )


# The wave's people see their pages "the day before" where it is still yesterday (UTC-11) and the
# morning where it is already tomorrow (UTC+14): a real next day for the app (their own date, from
# their profile's timezone), nothing stored or kept moved by hand.
WAVE_EVENING, WAVE_MORNING = "Pacific/Pago_Pago", "Pacific/Kiritimati"
# One activity in 500 planned (10 courses over the coming year at 5,000), not the pages' one in 30
# (167): on a given morning a few people's planned course happens and they are evaluated again.
WAVE_PLANNED_EVERY = 500


def wave_people(count: int, size: int, seed: int) -> list[str]:
    """``count`` people of ``size`` activities each, their progress evaluated and their pages seen
    on the day before; the session cookie of each. Then their morning: their timezone moves on."""
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    from credentials.reminders import person_today

    cookies, users = [], []
    for number in range(count):
        user = get_user_model()(timezone=WAVE_EVENING)
        person = seed_person(
            size,
            seed + number,
            person_today(user),
            email=f"wave-{number}-{size}@example.org",
            planned_every=WAVE_PLANNED_EVERY,
        )
        get_user_model().objects.filter(pk=person.user.pk).update(timezone=WAVE_EVENING)
        client = Client()
        client.force_login(person.user, backend=BACKEND)
        for path in (reverse("dashboard"), reverse("activity_list")):
            fetch(client, path, logged_in=True)  # the day before: evaluated, stored and rendered
        cookies.append(f"sessionid={client.cookies['sessionid'].value}")
        users.append(person.user.pk)
    get_user_model().objects.filter(pk__in=users).update(timezone=WAVE_MORNING)
    return cookies


def call_command_quietly(name: str) -> None:
    from django.core.management import call_command

    call_command(name, stdout=io.StringIO())


def wave_courses_happening(count: int, size: int) -> int:
    """How many of the wave's people have a course dated on their morning: evaluated again then."""
    from django.contrib.auth import get_user_model

    from credentials.models import CEActivity
    from credentials.reminders import person_today

    morning = person_today(get_user_model()(timezone=WAVE_MORNING))
    emails = [f"wave-{number}-{size}@example.org" for number in range(count)]
    return (
        CEActivity.objects.filter(owner__email__in=emails, completed_on=morning)
        .values("owner")
        .distinct()
        .count()
    )


def load_report(load: dict) -> str:
    if "skipped" in load:
        return f"load run skipped: {load['skipped']}"
    lines = ["load run: gunicorn 2 workers, wrk -t2 -c16 -d10s"]
    for name in ("login", "dashboard"):
        run = load[name]
        errors = sum(run["socket_errors"].values())
        lines.append(
            f"  {name:<10} {run['requests_per_s']:>8.1f} req/s  p50 {run['latency_p50_ms']:>7.1f} ms  "
            f"p99 {run['latency_p99_ms']:>7.1f} ms  non-2xx/3xx {run['non_2xx_3xx']}  socket errors {errors}"
        )
    lines.append(f"  dashboard/login requests per second: {load['dashboard_to_login_rps']:.3f}")
    run = load["mix"]
    shares = ", ".join(f"{share} % {kind}" for kind, share in run["mix"].items())
    lines.append(
        f"  mix ({shares}): {run['requests_per_s']:.1f} req/s, {load['mix_to_login_rps']:.3f} of the "
        f"login page's; p50 {run['latency_p50_ms']:.1f} ms, p99 {run['latency_p99_ms']:.1f} ms, "
        f"non-2xx/3xx {run['non_2xx_3xx']}, socket errors {sum(run['socket_errors'].values())}"
    )
    wave = load.get("wave")
    if wave:
        lines.append(
            f"  morning wave ({wave['people']} people, {' + '.join(wave['pages_each'])}, {wave['clients']} "
            f"clients): first views {wave['first_views_s']:.2f} s, repeat views "
            f"{wave['repeat_views_s']:.2f} s ({wave['first_to_repeat']:.2f}x), errors {wave['errors']}; "
            f"{wave.get('planned_course_that_morning', '?')} of them had a planned course happen that "
            f"morning, evaluated by the night's reminders run ({wave.get('reminders_run_s', '?')} s)"
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="activities per person")
    parser.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS, help="measured rounds per page")
    parser.add_argument("--json", type=Path, default=Path("/tmp/recert-pages.json"), help="every figure")
    parser.add_argument("--no-load", action="store_true", help="skip the gunicorn + wrk load run")
    parser.add_argument("--seed", type=int, default=2026, help="of the random activities")
    parser.add_argument(
        "--shape",
        choices=("sqlite", "postgres-redis"),
        default="sqlite",
        help="SQLite and the database cache, or PostgreSQL and Redis (inside scripts/with-postgres.sh "
        "and scripts/with-redis.sh)",
    )
    parser.add_argument("--wave-people", type=int, default=20, help="people in the morning wave (0: none)")
    parser.add_argument("--wave-size", type=int, default=1000, help="activities of each person in the wave")
    args = parser.parse_args(argv)
    args.sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if not args.sizes or min(args.sizes) < 1 or args.rounds < 1:
        parser.error("--sizes and --rounds must be positive")
    return args


def run(args: argparse.Namespace, work: Path) -> dict:
    started = time.perf_counter()
    env = app_environment(work, args.shape)
    start_django(env)
    database = "SQLite file, database cache" if args.shape == "sqlite" else "PostgreSQL, Redis cache"
    result = {
        "started_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        # Other work on the machine (1, 5, 15 min): CPU times hold up under it, wall times and wrk do not.
        "load_average_at_start": os.getloadavg(),
        "machine": machine_info(),
        "args": {
            "sizes": args.sizes,
            "rounds": args.rounds,
            "seed": args.seed,
            "load": not args.no_load,
            "shape": args.shape,
            "wave": f"{args.wave_people} people x {args.wave_size} activities",
        },
        "settings": f"recert.settings, DEBUG off, {database}, RECERT_SUMMARY_INLINE_MAX_ACTIVITIES=1000000",
        "sizes": {},
    }
    people = {}
    for size in args.sizes:
        people[size], result["sizes"][str(size)] = bench_size(size, args.rounds, args.seed)
        print(f"pages: {size:,} activities measured", file=sys.stderr)
    result["measure_s"] = round(time.perf_counter() - started, 1)
    result["load_average_after_pages"] = os.getloadavg()
    if not args.no_load:
        if LOAD_SIZE not in args.sizes:
            result["load"] = {"skipped": "no size 100"}
        else:
            wave_started = time.perf_counter()
            cookies = wave_people(args.wave_people, args.wave_size, args.seed)
            result["wave_seed_s"] = round(time.perf_counter() - wave_started, 1)
            happening = wave_courses_happening(args.wave_people, args.wave_size)
            # The hourly reminders run between their midnight and their morning, as scheduled in
            # production (README: send_reminders every hour): what stopped holding is evaluated then.
            night = time.perf_counter()
            if cookies:
                call_command_quietly("send_reminders")
            night = round(time.perf_counter() - night, 2)
            result["load"] = load_run(env, work, people, cookies)
            if result["load"].get("wave"):
                result["load"]["wave"] |= {"planned_course_that_morning": happening, "reminders_run_s": night}
    result["runtime_s"] = round(time.perf_counter() - started, 1)
    result["load_average_at_end"] = os.getloadavg()
    return result


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(1))  # run the cleanups
    work = Path(tempfile.mkdtemp(prefix="recert-pages-"))
    environment = dict(os.environ)
    try:
        result = run(args, work)
    except BenchError as error:
        print(f"pages: failed: {error}", file=sys.stderr)
        return 1
    finally:
        os.environ.clear()
        os.environ.update(environment)
        shutil.rmtree(work, ignore_errors=True)
    print(table(result))
    if "load" in result:
        print(load_report(result["load"]))
    machine = result["machine"]
    print(
        f"commit {machine['git_state']}, {result['started_at']}, total {result['runtime_s']} s, "
        f"load average {result['load_average_at_start'][0]:.2f} at start, "
        f"{result['load_average_at_end'][0]:.2f} at the end"
    )
    args.json.write_text(json.dumps(result, indent=2))
    print(f"every figure: {args.json}")
    load = result.get("load", {})
    load_errors = any(
        load[name]["non_2xx_3xx"] or any(load[name]["socket_errors"].values())
        for name in ("login", "dashboard", "mix")
        if name in load
    ) or bool((load.get("wave") or {}).get("errors"))
    return 1 if load_errors else 0


if __name__ == "__main__":
    sys.exit(main())
