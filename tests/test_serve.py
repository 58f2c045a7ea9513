"""`make run` on another port: the address printed is the one served, and it is printed last, once
the server answers (scripts/serve.sh); seed_demo claims no address it does not know."""

from __future__ import annotations

import io
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from django.core.management import call_command

from accounts.management.commands.seed_demo import DEMO_EMAIL, DEMO_PASSWORD

ROOT = Path(__file__).resolve().parents[1]
ANNOUNCED = re.compile(r"Recert is running at (http://\S+)")


@pytest.mark.django_db
def test_seed_demo_prints_the_login_but_no_address():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert f"{DEMO_EMAIL} / {DEMO_PASSWORD}" in out.getvalue()
    assert "http" not in out.getvalue()
    assert "8000" not in out.getvalue()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _environment(tmp_path: Path) -> dict[str, str]:
    """A developer's shell: none of the suite's settings, a database and media of its own."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "RECERT_", "PYTEST_"))
        and name not in {"DATABASE_URL", "TEST_DATABASE_URL", "REDIS_URL"}
    }
    env.update(
        DJANGO_DEBUG="true",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        DJANGO_MEDIA_ROOT=str(tmp_path / "media"),
    )
    return env


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_serve_on_another_port_prints_that_address_last(tmp_path):
    port = _free_port()
    process = subprocess.Popen(
        ["make", "-s", "migrate", "seed", "serve", "HOST=127.0.0.1", f"PORT={port}"],
        cwd=ROOT,
        env=_environment(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group, stopped as a whole below
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        for line in process.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    printed: list[str] = []
    try:
        deadline = time.monotonic() + 60
        announced = None
        while announced is None and time.monotonic() < deadline:
            try:
                line = lines.get(timeout=deadline - time.monotonic())
            except queue.Empty:
                break
            if line is None:
                break
            printed.append(line)
            announced = ANNOUNCED.search(line)
        output = "\n".join(printed)
        assert announced, f"no 'Recert is running at' line:\n{output}"
        url = announced.group(1)
        assert url == f"http://127.0.0.1:{port}/"
        assert f"log in as {DEMO_EMAIL} / {DEMO_PASSWORD}" in printed[-1]
        # Printed once the server had answered: the health check's request is logged before it.
        assert re.search(r'"GET /healthz HTTP/1\.[01]" 200', output), output
        # Nothing claims another address (seed_demo used to print port 8000, whatever was served).
        ports = {int(p) for p in re.findall(r"https?://(?:127\.0\.0\.1|localhost):(\d+)", output)}
        assert ports == {port}, output
        # And it is the last line: nothing else follows on its own (worker start, reminder emails).
        time.sleep(2)
        later = []
        while not lines.empty():
            later.append(lines.get())
        assert later == [], later
        with urllib.request.urlopen(url, timeout=10) as response:  # the login page, via a redirect
            assert response.status == 200
            assert b"Log in" in response.read()
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
