"""Recert settings, read from the environment (12-factor).

Development defaults are safe to run locally. With DJANGO_DEBUG off the app
refuses to start without a strong DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS and RECERT_BASE_URL.
"""

import hashlib
import os
from pathlib import Path

import dj_database_url
from django.core.checks.security.base import (
    SECRET_KEY_INSECURE_PREFIX,
    SECRET_KEY_MIN_LENGTH,
    SECRET_KEY_MIN_UNIQUE_CHARACTERS,
)
from django.core.exceptions import ImproperlyConfigured
from PIL import Image

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return default if value is None or value.strip() == "" else int(value)


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

_NEW_KEY_COMMAND = 'python -c "import secrets; print(secrets.token_urlsafe(50))"'
SECRET_KEY = env("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=true for local development); "
            f"make one with {_NEW_KEY_COMMAND}"
        )
    SECRET_KEY = "django-insecure-local-development-only"
# Django's own deploy check only warns about a weak key; a guessable key forges sessions and links.
elif not DEBUG and (
    len(SECRET_KEY) < SECRET_KEY_MIN_LENGTH
    or len(set(SECRET_KEY)) < SECRET_KEY_MIN_UNIQUE_CHARACTERS
    or SECRET_KEY.startswith(SECRET_KEY_INSECURE_PREFIX)
):
    raise ImproperlyConfigured(
        f"DJANGO_SECRET_KEY is too weak: it needs {SECRET_KEY_MIN_LENGTH} or more random characters "
        f"(not starting with {SECRET_KEY_INSECURE_PREFIX!r}); make one with {_NEW_KEY_COMMAND}"
    )

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
if not ALLOWED_HOSTS and not DEBUG:
    raise ImproperlyConfigured("Set DJANGO_ALLOWED_HOSTS, e.g. DJANGO_ALLOWED_HOSTS=recert.example.org.")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "recert",
    "credentials",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "bootstrap",
    "crispy_forms",
    "crispy_bootstrap5",
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    "django_tasks_rq",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Storage out of reach is a 503 page; outside the session and the user, which read storage.
    "recert.middleware.OutageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "recert.middleware.UserTimezoneMiddleware",
    "recert.middleware.PrivateNoStoreMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Login throttling against password guessing; must come last.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(env("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(env("DJANGO_LOGIN_COOLOFF_HOURS", "0.25"))  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_USERNAME_FORM_FIELD = "username"
# Every spelling of an address shares one count, and the address is the client's, not our proxy's.
AXES_USERNAME_CALLABLE = "recert.throttle.login_username"
AXES_CLIENT_IP_CALLABLE = "recert.throttle.client_ip"
# How many proxies in front of the app append to X-Forwarded-For (a TLS proxy: 1). Zero trusts
# only the connection's address. DJANGO_BEHIND_PROXY=true is the same as 1.
RECERT_PROXY_COUNT = env_int("RECERT_PROXY_COUNT", 1 if env_bool("DJANGO_BEHIND_PROXY", False) else 0)

# Rate limits ("N/period", period s, m, h or d, optionally with a multiple: "20/10m"), counted in
# the cache below; a request over the limit gets a page saying when to try again.
RECERT_RATES = {
    "signup-ip": env("RECERT_RATE_SIGNUP_IP", "10/h"),
    "signup-email": env("RECERT_RATE_SIGNUP_EMAIL", "3/h"),
    "password-reset-ip": env("RECERT_RATE_PASSWORD_RESET_IP", "10/h"),
    "password-reset-email": env("RECERT_RATE_PASSWORD_RESET_EMAIL", "3/h"),
    "upload-user": env("RECERT_RATE_UPLOAD_USER", "60/h"),
    "upload-ip": env("RECERT_RATE_UPLOAD_IP", "120/h"),
    # Audit pack builds that are new work (joining a queued or built one is free).
    "pack-user": env("RECERT_RATE_PACK_USER", "20/h"),
}
RECERT_RATE_CACHE = "default"

ADMIN_URL = env("DJANGO_ADMIN_URL", "admin/")
if not ADMIN_URL.endswith("/"):
    ADMIN_URL += "/"

ROOT_URLCONF = "recert.urls"
WSGI_APPLICATION = "recert.wsgi.application"
ASGI_APPLICATION = "recert.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A server that does not answer is an outage (a 503 page) after 5 s, not after TCP's minutes.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several processes share the file (web workers and the task worker): write transactions
    # take the lock when they start instead of failing halfway, readers never wait for a writer
    # (WAL), and a busy lock is waited for rather than reported as "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# The cache holds rate-limit counts and kept renderings, so it must be shared by every app server:
# the database (table recert_cache, made by a migration) by default, Redis (REDIS_URL) with
# RECERT_CACHE=redis.
REDIS_URL = env("REDIS_URL", "redis://127.0.0.1:6379/0")
RECERT_CACHE = env("RECERT_CACHE", "db")
_CACHES = {
    "db": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "recert_cache",
        # Culling at Django's default 300 entries would reset other people's rate-limit counts;
        # expired entries are culled first anyway.
        "OPTIONS": {"MAX_ENTRIES": 1_000_000},
    },
    "redis": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        # A Redis out of reach fails the request in seconds (a 503 page) instead of hanging it.
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 3},
    },
    "locmem": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
if RECERT_CACHE not in _CACHES:
    raise ImproperlyConfigured(f"RECERT_CACHE must be one of {', '.join(_CACHES)}.")


def cache_key_prefix_default(database: dict) -> str:
    """A short hash of where the database is (engine, name, host, port)."""
    where = "\x1f".join(str(database.get(part) or "") for part in ("ENGINE", "NAME", "HOST", "PORT"))
    return "recert-" + hashlib.sha256(where.encode()).hexdigest()[:12]


# Every cache key starts with this (Django's KEY_PREFIX), so that two sites sharing one Redis (a
# staging copy beside production) never read each other's rate-limit counts or kept renderings.
# By default it follows the database; set it to keep the cache across a move of the database.
RECERT_CACHE_KEY_PREFIX = env("RECERT_CACHE_KEY_PREFIX") or cache_key_prefix_default(DATABASES["default"])
CACHES = {"default": {**_CACHES[RECERT_CACHE], "KEY_PREFIX": RECERT_CACHE_KEY_PREFIX}}

AUTH_USER_MODEL = "recert.User"
# Sessions in the database with the person's id beside them (recert/sessions.py): deleting a
# person ends their sessions in every browser.
SESSION_ENGINE = "recert.sessions"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "landing"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
# Two ways of writing a date, one per person (recert.locales); the words stay English.
LANGUAGES = [("en-us", "English, month first"), ("en-gb", "English, day first")]
FORMAT_MODULE_PATH = ["recert.formats"]
TIME_ZONE = env("DJANGO_TIME_ZONE", "America/New_York")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env("DJANGO_STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploaded certificates live outside the static tree and are served only through an
# owner-checked view, never as public media (no MEDIA_URL route exists). Several app
# servers share files through an S3-compatible store: DJANGO_FILE_STORAGE=
# storages.backends.s3.S3Storage with django-storages installed and its AWS_* variables.
MEDIA_ROOT = Path(env("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {
        "BACKEND": env("DJANGO_FILE_STORAGE", "django.core.files.storage.FileSystemStorage"),
        "OPTIONS": {"location": str(MEDIA_ROOT)}
        if env("DJANGO_FILE_STORAGE", "").endswith("FileSystemStorage") or not env("DJANGO_FILE_STORAGE")
        else {},
    },
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
CERTIFICATE_MAX_BYTES = 10 * 1024 * 1024
# Checked at upload (credentials/certificates.py), so an audit pack never meets a hostile file.
CERTIFICATE_MAX_PAGES = env_int("RECERT_CERTIFICATE_MAX_PAGES", 50)
CERTIFICATE_MAX_PDF_OBJECTS = env_int("RECERT_CERTIFICATE_MAX_PDF_OBJECTS", 20_000)
CERTIFICATE_MAX_PIXELS = env_int("RECERT_CERTIFICATE_MAX_PIXELS", 40_000_000)
CERTIFICATE_MAX_DECODED_BYTES = env_int("RECERT_CERTIFICATE_MAX_DECODED_BYTES", 200 * 1024 * 1024)
CERTIFICATE_QUOTA_BYTES = env_int("RECERT_CERTIFICATE_QUOTA_MB", 200) * 1024 * 1024
# Reading a certificate and drawing its preview run in a child with these ceilings
# (credentials/file_work.py); past them the draft says so and is filled in by hand.
CERTIFICATE_READ_MAX_SECONDS = env_int("RECERT_CERTIFICATE_READ_MAX_SECONDS", 90)
CERTIFICATE_READ_MAX_MEMORY_MB = env_int("RECERT_CERTIFICATE_READ_MAX_MEMORY_MB", 512)
CERTIFICATE_PREVIEW_MAX_SECONDS = env_int("RECERT_CERTIFICATE_PREVIEW_MAX_SECONDS", 20)
# Background work (credentials/tasks.py) on Django's task framework (django-tasks, the backport of
# Django 6's django.tasks). "db": the database, worked by `manage.py db_worker` (no other service);
# "rq": RQ on Redis (REDIS_URL), worked by `manage.py rqworker --job-class django_tasks_rq.Job`,
# for many app servers and workers; "immediate": run inside the request (tests).
TASK_BACKEND = env("RECERT_TASK_BACKEND", "db")
_TASK_BACKENDS = {
    "db": "django_tasks_db.DatabaseBackend",
    "rq": "django_tasks_rq.RQBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
if TASK_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(f"RECERT_TASK_BACKEND must be one of {', '.join(_TASK_BACKENDS)}.")
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASK_BACKEND], "QUEUES": ["default"]}}
# The same timeouts for enqueuing; django-rq reads only the URL (a worker lengthens its own).
_RQ_URL = f"{REDIS_URL}{'&' if '?' in REDIS_URL else '?'}socket_connect_timeout=1&socket_timeout=3"
RQ_QUEUES = {"default": {"URL": _RQ_URL, "DEFAULT_TIMEOUT": 600}}
# A summary PDF with more activities than this is not drawn in the request (it would approach the
# worker timeout) but sent to the audit pack, built in the background. 2,000 draw in about 3 s.
RECERT_SUMMARY_INLINE_MAX_ACTIVITIES = env_int("RECERT_SUMMARY_INLINE_MAX_ACTIVITIES", 2000)
# An audit pack build runs in a child process with these ceilings (credentials/pack_build.py).
AUDIT_PACK_MAX_SECONDS = env_int("RECERT_AUDIT_PACK_MAX_SECONDS", 120)
AUDIT_PACK_MAX_MEMORY_MB = env_int("RECERT_AUDIT_PACK_MAX_MEMORY_MB", 768)

# Pillow refuses to decode beyond this, whoever opens an image (the audit pack too).
Image.MAX_IMAGE_PIXELS = CERTIFICATE_MAX_PIXELS

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

EMAIL_BACKEND = env("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_FILE_PATH = env("DJANGO_EMAIL_FILE_PATH", str(BASE_DIR / "sent-email"))  # for the file backend
EMAIL_HOST = env("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DJANGO_DEFAULT_FROM_EMAIL", "Recert <no-reply@localhost>")
# A pace plan needing more points a month than this says it is unrealistic.
RECERT_REALISTIC_POINTS_PER_MONTH = env("RECERT_REALISTIC_POINTS_PER_MONTH", "10")
# Links in emails (reminders, unsubscribe) point here: the site's public address. No default in
# production, where one would send every link to the wrong place (recert/checks.py checks it).
RECERT_BASE_URL = env("RECERT_BASE_URL") or ("http://127.0.0.1:8000" if DEBUG else "")
if not RECERT_BASE_URL:
    raise ImproperlyConfigured(
        "Set RECERT_BASE_URL to the site's public address, e.g. RECERT_BASE_URL=https://recert.example.org "
        "(links in emails point there)."
    )
# An unsubscribe link in a reminder works this long. Longer than the longest wait between two
# reminders of one deadline (6 months before, then 3 months before: 90 days), so the link in the
# last email received still works.
RECERT_UNSUBSCRIBE_MAX_AGE_DAYS = env_int("RECERT_UNSUBSCRIBE_MAX_AGE_DAYS", 120)

# Fees are unverified (shared/RULES.md): they live here, never in logic, and the UI
# says "check with <body>" next to them.
RECERT_FEES = {
    "cma-aama": {"reactivation": "$50"},  # R-CMA-10
}

# Structured logs: one JSON object a line on stdout (DJANGO_LOG_FORMAT=plain for humans).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "recert.logging.JsonFormatter"},
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            # stdout for servers; stderr for commands whose stdout is their output (read_certificate).
            "stream": "ext://sys.stderr" if env("DJANGO_LOG_STREAM") == "stderr" else "ext://sys.stdout",
            "formatter": env("DJANGO_LOG_FORMAT", "plain" if DEBUG else "json"),
        }
    },
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# ----------------------------------------------------------------------------- security
# Content Security Policy: our own origin only, no inline script or style (django-csp).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    # Production sits behind a TLS-terminating proxy that sets X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(env("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
