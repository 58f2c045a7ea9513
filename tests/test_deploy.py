"""Production readiness: settings from the environment, check --deploy, gunicorn + whitenoise,
and the Dockerfile's build steps run by hand in a fresh virtual environment."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECRET = "a-production-secret-key-for-tests-only-5d9f7c2e8b1a4f6e9d3c7b2a1e0f"


def production_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "TEST_DATABASE"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="recert.settings",
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY=SECRET,
        DJANGO_ALLOWED_HOSTS="recert.example.org,127.0.0.1",
        RECERT_BASE_URL="https://recert.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        DJANGO_STATIC_ROOT=str(tmp_path / "static"),
        DJANGO_MEDIA_ROOT=str(tmp_path / "media"),
    )
    env.update(extra)
    return env


def manage(*args: str, env: dict[str, str], python: str = sys.executable) -> subprocess.CompletedProcess:
    return subprocess.run(
        [python, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_check_deploy_reports_no_warnings(tmp_path):
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.parametrize("variable", ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "RECERT_BASE_URL"])
def test_production_refuses_to_start_without(tmp_path, variable):
    env = production_env(tmp_path)
    del env[variable]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"Set {variable}" in result.stderr


@pytest.mark.parametrize(
    "key",
    [
        "short",  # Django's check only warns about these
        "ab" * 30,  # long, but 2 distinct characters
        "django-insecure-" + SECRET,  # Django's startproject marks its keys so
    ],
)
def test_production_refuses_a_weak_secret_key(tmp_path, key):
    result = manage("check", env=production_env(tmp_path, DJANGO_SECRET_KEY=key))
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is too weak" in result.stderr
    assert 'python -c "import secrets; print(secrets.token_urlsafe(50))"' in result.stderr  # how to fix it


@pytest.mark.parametrize(
    ("url", "error"),
    [
        ("http://recert.example.org", "recert.E001"),  # links in emails over plain HTTP
        ("https://127.0.0.1:8000", "recert.E002"),  # every link back to the server itself
        ("https://localhost", "recert.E002"),
        ("https://recert.example.com", "recert.E003"),  # a host the app does not answer to
    ],
)
def test_check_deploy_reports_a_wrong_base_url(tmp_path, url, error):
    result = manage("check", "--deploy", env=production_env(tmp_path, RECERT_BASE_URL=url))
    assert result.returncode != 0
    assert error in result.stderr, result.stderr


def test_development_defaults_run_without_configuration(tmp_path):
    env = production_env(tmp_path, DJANGO_DEBUG="true")
    del env["DJANGO_SECRET_KEY"], env["DJANGO_ALLOWED_HOSTS"], env["RECERT_BASE_URL"]
    assert manage("check", env=env).returncode == 0


def setting(tmp_path, name: str, **variables: str) -> subprocess.CompletedProcess:
    code = f"from django.conf import settings; print(repr(settings.{name}))"
    return manage("shell", "-c", code, env=production_env(tmp_path, **variables))


@pytest.mark.parametrize(
    ("variables", "name", "value"),
    [
        ({"DJANGO_EMAIL_USE_TLS": "yes"}, "EMAIL_USE_TLS", "True"),
        ({"DJANGO_EMAIL_USE_TLS": "off"}, "EMAIL_USE_TLS", "False"),
        ({"DJANGO_EMAIL_PORT": "587"}, "EMAIL_PORT", "587"),
        ({"DJANGO_LOGIN_COOLOFF_HOURS": "1.5"}, "AXES_COOLOFF_TIME", "1.5"),
        (
            {"DJANGO_ALLOWED_HOSTS": "a.example.org, b.example.org"},
            "ALLOWED_HOSTS",
            "['a.example.org', 'b.example.org']",
        ),
        ({"DJANGO_BEHIND_PROXY": "true"}, "RECERT_PROXY_COUNT", "1"),
        ({"DJANGO_BEHIND_PROXY": "true", "RECERT_PROXY_COUNT": "2"}, "RECERT_PROXY_COUNT", "2"),
        (
            {"DJANGO_EMAIL_HOST_PASSWORD": r"\$tarts-with-a-dollar"},
            "EMAIL_HOST_PASSWORD",
            "'$tarts-with-a-dollar'",
        ),
    ],
)
def test_settings_are_read_one_way_from_the_environment(tmp_path, variables, name, value):
    result = setting(tmp_path, name, **variables)
    assert result.stdout.strip().splitlines()[-1] == value, result.stderr


def test_a_number_that_is_not_a_number_stops_the_start(tmp_path):
    result = setting(tmp_path, "EMAIL_PORT", DJANGO_EMAIL_PORT="twenty-five")
    assert result.returncode != 0
    assert "twenty-five" in result.stderr


def test_admin_path_is_configurable(tmp_path):
    env = production_env(tmp_path, DJANGO_ADMIN_URL="staff-only-9f3")
    result = manage("shell", "-c", "from django.urls import reverse; print(reverse('admin:index'))", env=env)
    assert result.stdout.strip().splitlines()[-1] == "/staff-only-9f3/"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https", "Host": "127.0.0.1"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status, dict(response.headers), response.read()


def test_gunicorn_serves_pages_and_hashed_static_files(tmp_path):
    env = production_env(tmp_path, GUNICORN_WORKERS="2", DJANGO_SECURE_SSL_REDIRECT="true")
    for step in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        result = manage(*step, env=env)
        assert result.returncode == 0, result.stderr
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                status, _, body = fetch(base + "/healthz")
                break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline, "gunicorn did not start"
                assert server.poll() is None, server.stdout.read().decode()
                time.sleep(0.2)
        assert status == 200
        assert json.loads(body) == {"status": "ok", "database": "ok", "cache": "ok", "queue": "ok"}

        status, headers, body = fetch(base + "/welcome/")
        assert status == 200
        assert b"Never lose a credential" in body
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert "unsafe-inline" not in headers["Content-Security-Policy"]
        assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
        assert headers["X-Frame-Options"] == "DENY"

        css = re.search(rb'href="(/static/css/recert\.[0-9a-f]{12}\.css)"', body)
        assert css, "the page links the hashed stylesheet"
        status, headers, body = fetch(base + css.group(1).decode())
        assert status == 200
        assert b".pct-100" in body
        assert "immutable" in headers["Cache-Control"]
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0].decode()
    assert '"GET /welcome/ HTTP/1.1" 200' in output  # access log on stdout


def test_dockerfile_build_steps_succeed_in_a_fresh_virtualenv(tmp_path):
    dockerfile = (ROOT / "Dockerfile").read_text()
    # The Dockerfile runs exactly these steps; a non-root user serves the app with gunicorn.
    assert "sh deploy/build.sh deps" in dockerfile
    assert "sh deploy/build.sh static" in dockerfile
    assert "COPY requirements/app.lock" in dockerfile  # the pinned versions, not the newest
    assert re.search(r"^USER recert$", dockerfile, re.M)
    assert "HEALTHCHECK" in dockerfile and "/healthz" in dockerfile
    assert "gunicorn --config gunicorn.conf.py" in dockerfile

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    env = production_env(tmp_path, PYTHON=python)
    for step in ("deps", "static"):
        result = subprocess.run(
            ["sh", "deploy/build.sh", step], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900
        )
        assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "static" / "staticfiles.json").exists()
    # The fresh environment really was used: Django came from the new virtualenv.
    where = subprocess.run(
        [python, "-c", "import django; print(django.__file__)"], capture_output=True, text=True
    )
    assert where.stdout.startswith(str(venv))
    # At the version the lock file pins.
    pinned = re.search(r"^django==(\S+)", (ROOT / "requirements" / "app.lock").read_text(), re.M | re.I)
    version = subprocess.run(
        [python, "-c", "import django; print(django.__version__)"], capture_output=True, text=True
    )
    assert version.stdout.strip() == pinned.group(1)


def test_logs_are_one_json_object_a_line():
    import logging

    from core.logging import JsonFormatter

    record = logging.LogRecord("recert.test", logging.WARNING, __file__, 1, "Saved %s", ("Peña",), None)
    record.user_id = 7
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert (entry["level"], entry["logger"], entry["message"], entry["user_id"]) == (
        "WARNING",
        "recert.test",
        "Saved Peña",
        7,
    )
