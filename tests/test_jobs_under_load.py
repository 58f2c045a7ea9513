"""A real gunicorn and a real `db_worker`: a hostile certificate stored before the upload checks
cannot hurt the site. The audit pack request returns at once, the build ends at its limit naming
the certificate, and /healthz stays fast throughout."""

from __future__ import annotations

import concurrent.futures
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

import pytest

from tests.test_deploy import ROOT, free_port, manage, production_env

# It times /healthz to 100 ms: beside the parallel run's other worker (a browser test, a corpus)
# that measured the neighbour, not the site (260 ms once in CI). It runs after them, by itself.
pytestmark = pytest.mark.alone

SETUP = """
import datetime as dt
from decimal import Decimal
from accounts.sessions import SessionStore
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from credentials import services
from credentials.activity_input import ActivityInput
from accounts.models import User
from tests import hostile

user = User.objects.create_user("load@example.com", "a long pass phrase 42", full_name="Lee Load")
cma = services.credential_create(owner=user, program="cma-aama", certified_on=dt.date(2023, 1, 10))
activity = services.activity_create(
    owner=user,
    data=ActivityInput.of(
        title="Heavy scan", completed_on=dt.date(2024, 5, 1), unit="aama_ceus",
        amount=Decimal(4), categories={"clinical": Decimal(4)},
    ),
    certificate=SimpleUploadedFile("heavy.pdf", hostile.blank_pdf(1)),
)
# Stored before the upload checks existed: 2,000 pages sharing one content stream.
storage, name = activity.certificate.storage, activity.certificate.name
storage.delete(name)
storage.save(name, ContentFile(hostile.shared_stream_pdf()))
session = SessionStore()
session["_auth_user_id"] = str(user.pk)
session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
session["_auth_user_hash"] = user.get_session_auth_hash()
session.create()
print(cma.pk, session.session_key)
"""


def test_audit_pack_job_under_gunicorn_and_db_worker_keeps_healthz_fast(tmp_path):
    env = production_env(
        tmp_path,
        GUNICORN_WORKERS="2",
        DJANGO_SECURE_SSL_REDIRECT="false",
        RECERT_TASK_BACKEND="db",
        RECERT_AUDIT_PACK_MAX_SECONDS="4",
        PYTHONPATH=str(ROOT),
    )
    for step in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        assert manage(*step, env=env).returncode == 0
    setup = manage("shell", "-c", SETUP, env=env)
    assert setup.returncode == 0, setup.stderr
    credential_pk, session_key = setup.stdout.split()[-2:]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=open(tmp_path / "gunicorn.log", "w"),  # noqa: SIM115 (read when a request fails)
        stderr=subprocess.STDOUT,
    )
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    opener = urllib.request.build_opener()
    opener.addheaders = [("Cookie", f"sessionid={session_key}")]
    latencies: list[float] = []
    stop = threading.Event()

    def watch_healthz() -> None:
        while not stop.is_set():
            started = time.perf_counter()
            with urllib.request.urlopen(base + "/healthz", timeout=5) as response:
                assert response.status == 200
            latencies.append(time.perf_counter() - started)
            time.sleep(0.05)

    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2)
                break
            except OSError:
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.2)
        # Warm both gunicorn workers (a worker's first request imports and connects): requests in
        # parallel, so each worker gets some.
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda _: urllib.request.urlopen(base + "/healthz", timeout=5).read(), range(40)))
        page = f"{base}/credentials/{credential_pk}/audit-pack/"
        with opener.open(page, timeout=5) as response:
            html = response.read().decode()
            csrf_cookie = re.search(r"csrftoken=([^;]+)", response.headers["Set-Cookie"]).group(1)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        opener.addheaders = [("Cookie", f"sessionid={session_key}; csrftoken={csrf_cookie}")]
        watcher = threading.Thread(target=watch_healthz, daemon=True)
        watcher.start()
        started = time.monotonic()
        request = urllib.request.Request(
            page,
            data=urllib.parse.urlencode({"csrfmiddlewaretoken": token}).encode(),
            headers={"Referer": page},
        )
        assert opener.open(request, timeout=5).status == 200  # redirected back to the status page
        assert time.monotonic() - started < 1  # the request only records and enqueues
        while "Could not be prepared" not in (html := opener.open(page, timeout=5).read().decode()):
            assert time.monotonic() - started < 4 + 10, "the build did not end at its limit"
            time.sleep(0.3)
        assert "took longer than 4 seconds at certificate 1 of 1, “Heavy scan”" in html
        stop.set()
        watcher.join(timeout=10)
        assert len(latencies) > 20
        assert max(latencies) < 0.1, f"slowest /healthz: {max(latencies) * 1000:.0f} ms"
    finally:
        stop.set()
        for process in (server, worker):
            process.terminate()
            process.wait(timeout=10)
