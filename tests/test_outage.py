"""Storage out of reach (the database, Redis as the cache or the task queue) answers 503 with the
designed page and Retry-After, /healthz says what is down, and once it is back the next request
is served: nothing restarted. Programming errors stay 500.

`make test` also runs the `rq` test here under scripts/with-redis.sh: a real Redis server, started
by the test, stopped and started again."""

from __future__ import annotations

import contextlib
import json
import logging
import re
import socket
import subprocess
import time
from unittest import mock

import pytest
import redis
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, OperationalError, ProgrammingError, connections
from django.test import Client
from django.urls import include, path, reverse

from credentials.models import AuditPack, CEActivity, CertificateDraft
from recert import settings as production
from tests.conftest import PDF_BYTES
from tests.test_views import activity_post


def _raises(error: BaseException):
    def view(request):
        raise error

    return view


# A URLconf for the tests marked with it: views that fail in each way, beside the app's.
urlpatterns = [
    path("boom/integrity/", _raises(IntegrityError("UNIQUE constraint failed"))),
    path("boom/programming/", _raises(ProgrammingError('relation "x" does not exist'))),
    path("boom/no-table/", _raises(OperationalError("no such table: x"))),  # SQLite's bad SQL
    path("boom/locked/", _raises(OperationalError("database is locked"))),
    path("boom/redis/", _raises(redis.exceptions.TimeoutError("Timeout reading from socket"))),
    path("", include("recert.urls")),
]
THIS = "tests.test_outage"
CLOSED = "redis://127.0.0.1:1/0"  # nothing listens on port 1
SAYS_DOWN = "Recert can't reach its storage for a moment"
SAYS_NOT_SAVED = "Nothing you typed was saved"


@pytest.fixture
def browser(user):
    """A signed-in person's browser: it gets the page a browser would, not the exception."""
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


@contextlib.contextmanager
def database_down():
    """Every query fails as it does with PostgreSQL stopped. (The test database is kept open, as
    SQLite's in-memory one must be, so connecting is refused here rather than by a server.)"""

    def refuse():
        raise OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')

    with mock.patch.object(connections["default"], "ensure_connection", refuse):
        yield


def _redis_cache(url: str) -> dict:
    """The production settings' Redis cache (with its timeouts), at ``url``."""
    return {"default": {**production._CACHES["redis"], "LOCATION": url}}


def _rq(settings, url: str) -> None:
    settings.RQ_QUEUES = {"default": {"URL": url}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}


def _text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def _is_the_503_page(response, *, saving: bool = False) -> None:
    assert response.status_code == 503, response.status_code
    assert response["Retry-After"] == "30"
    html = _text(response)
    assert SAYS_DOWN in html and "try again in a minute" in html
    assert (SAYS_NOT_SAVED in html) is saving
    assert "Traceback" not in html and "Connection refused" not in html


def _upload():
    return activity_post(certificate=SimpleUploadedFile("cert.pdf", PDF_BYTES, "application/pdf"))


def _health(client) -> tuple[int, dict]:
    response = client.get(reverse("healthz"))
    return response.status_code, json.loads(response.content)


# --------------------------------------------------------------------------- the database


@pytest.mark.django_db
def test_a_database_outage_is_a_503_and_passes_by_itself(browser, user, cma, make_activity, caplog):
    make_activity()
    pages = [reverse("dashboard"), reverse("activity_list")]
    with database_down(), caplog.at_level(logging.ERROR, logger="core.middleware"):
        # The session is read in a middleware, before any view: the 503 must come from there too.
        for url in pages:
            _is_the_503_page(browser.get(url))
        _is_the_503_page(browser.post(reverse("activity_add"), _upload()), saving=True)
    assert any("OperationalError" in r.getMessage() for r in caplog.records if r.levelno == logging.ERROR)

    # Back: the same browser and session, nothing restarted.
    for url in pages:
        assert browser.get(url).status_code == 200, url
    assert CEActivity.objects.filter(owner=user).count() == 1  # the post in the outage saved nothing
    assert browser.post(reverse("activity_add"), _upload()).status_code == 302
    assert CEActivity.objects.filter(owner=user).count() == 2


@pytest.mark.django_db
def test_healthz_says_the_database_and_its_queue_are_down(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    assert _health(client) == (200, {"status": "ok", "database": "ok", "cache": "ok", "queue": "ok"})
    with database_down():
        status, health = _health(client)
    assert status == 503
    down = "down: OperationalError"
    assert health == {"status": "down", "database": down, "cache": "ok", "queue": down}
    assert _health(client)[0] == 200


@pytest.mark.django_db
@pytest.mark.urls(THIS)
@pytest.mark.parametrize("url", ["/boom/locked/", "/boom/redis/"])
def test_outages_raised_in_a_view_are_a_503(url):
    _is_the_503_page(Client().get(url))  # handled, not re-raised by the test client


@pytest.mark.django_db
@pytest.mark.urls(THIS)
@pytest.mark.parametrize("url", ["/boom/integrity/", "/boom/programming/", "/boom/no-table/"])
def test_programming_errors_stay_500(url):
    response = Client(raise_request_exception=False).get(url)
    assert response.status_code == 500
    assert "Something went wrong on our side" in _text(response)
    assert "Retry-After" not in response


# --------------------------------------------------------------------------- Redis


@pytest.mark.django_db
def test_a_redis_cache_out_of_reach_is_a_503_and_healthz_says_so(browser, settings, user, cma, client):
    settings.CACHES = _redis_cache(CLOSED)
    started = time.monotonic()
    for url in (reverse("dashboard"), reverse("activity_list")):  # kept renderings
        _is_the_503_page(browser.get(url))
    _is_the_503_page(browser.post(reverse("activity_add"), _upload()), saving=True)  # upload count
    assert CEActivity.objects.filter(owner=user).count() == 0
    status, health = _health(client)
    assert time.monotonic() - started < 10  # refused at once, not waited for
    assert status == 503
    assert health == {"status": "down", "database": "ok", "cache": "down: ConnectionError", "queue": "ok"}


@pytest.mark.django_db(transaction=True)  # tasks are enqueued once the transaction commits
def test_a_queue_out_of_reach_keeps_the_request_and_healthz_says_so(browser, settings, cma, client):
    from credentials.models import AuditPack

    _rq(settings, CLOSED)
    url = reverse("credential_audit_pack", args=[cma.pk])
    # The pack is recorded before the job is sent: it stays queued, for the watchdog to send once
    # the queue is back (tests/test_jobs.py), and the person is not told that nothing was saved.
    assert browser.post(url).status_code == 302
    assert list(AuditPack.objects.values_list("state", "queued_at")) == [("queued", None)]
    status, health = _health(client)
    assert status == 503
    assert health == {"status": "down", "database": "ok", "cache": "ok", "queue": "down: ConnectionError"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """A Redis server of the test's own, on a fixed port, to stop and start again."""

    def __init__(self, folder):
        self.folder, self.port, self.process = folder, _free_port(), None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        options = {"bind": "127.0.0.1", "port": self.port, "dir": self.folder, "save": "", "appendonly": "no"}
        arguments = [str(part) for name, value in options.items() for part in (f"--{name}", value)]
        self.process = subprocess.Popen(["redis-server", *arguments], stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis.from_url(self.url).ping()
                return
            except redis.exceptions.ConnectionError:
                assert time.monotonic() < deadline, "redis-server did not start"
                time.sleep(0.05)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    server.start()
    yield server
    if server.process.poll() is None:
        server.stop()


@pytest.mark.rq
@pytest.mark.django_db(transaction=True)
def test_a_real_redis_stopped_then_started_again(redis_server, settings, user, cma, browser, client):
    settings.CACHES = _redis_cache(redis_server.url)
    _rq(settings, production._RQ_URL.replace(production.REDIS_URL, redis_server.url))
    pages = [reverse("dashboard"), reverse("activity_list")]
    for url in pages:
        assert browser.get(url).status_code == 200, url
    assert _health(client) == (200, {"status": "ok", "database": "ok", "cache": "ok", "queue": "ok"})

    redis_server.stop()
    for url in pages:
        _is_the_503_page(browser.get(url))
    upload = {"files": SimpleUploadedFile("cert.pdf", PDF_BYTES, "application/pdf")}
    _is_the_503_page(browser.post(reverse("inbox"), upload), saving=True)
    assert not CertificateDraft.objects.exists()
    down = "down: ConnectionError"
    assert _health(client) == (503, {"status": "down", "database": "ok", "cache": down, "queue": down})

    redis_server.start()  # the same port, an empty Redis
    for url in pages:
        assert browser.get(url).status_code == 200, url
    assert _health(client) == (200, {"status": "ok", "database": "ok", "cache": "ok", "queue": "ok"})
    assert browser.post(reverse("credential_audit_pack", args=[cma.pk])).status_code == 302
    assert AuditPack.objects.get().state == AuditPack.State.QUEUED
