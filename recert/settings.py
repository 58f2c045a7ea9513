"""Recert settings, read from the environment (12-factor).

Development defaults are safe to run locally. With DJANGO_DEBUG off the app
refuses to start without a strong DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS and RECERT_BASE_URL.
"""

import hashlib
from pathlib import Path

import dj_database_url
import environ
from django.core.checks.security.base import (
    SECRET_KEY_INSECURE_PREFIX,
    SECRET_KEY_MIN_LENGTH,
    SECRET_KEY_MIN_UNIQUE_CHARACTERS,
)
from django.core.exceptions import ImproperlyConfigured
from PIL import Image

BASE_DIR = Path(__file__).resolve().parent.parent


# One parser for every variable (django-environ): booleans, numbers and lists read the same way
# everywhere, and a value that is not what its name says (DJANGO_EMAIL_PORT=abc) stops the start.
# A value starting with "$" names another variable (its proxy syntax); "\\$" is a literal "$".
env = environ.Env()
env.escape_proxy = True

DEBUG = env.bool("DJANGO_DEBUG", default=False)

_NEW_KEY_COMMAND = 'python -c "import secrets; print(secrets.token_urlsafe(50))"'
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default=None)
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

ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", cast=str.strip, default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
if not ALLOWED_HOSTS and not DEBUG:
    raise ImproperlyConfigured("Set DJANGO_ALLOWED_HOSTS, e.g. DJANGO_ALLOWED_HOSTS=recert.example.org.")
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", cast=str.strip, default=[])

INSTALLED_APPS = [
    "core",
    "accounts",
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
    "core.middleware.OutageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.middleware.UserTimezoneMiddleware",
    "core.middleware.PrivateNoStoreMiddleware",
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
AXES_FAILURE_LIMIT = env.int("DJANGO_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("DJANGO_LOGIN_COOLOFF_HOURS", default=0.25)  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_USERNAME_FORM_FIELD = "username"
# Every spelling of an address shares one count, and the address is the client's, not our proxy's.
AXES_USERNAME_CALLABLE = "core.throttle.login_username"
AXES_CLIENT_IP_CALLABLE = "core.throttle.client_ip"
# How many proxies in front of the app append to X-Forwarded-For (a TLS proxy: 1). Zero trusts
# only the connection's address. DJANGO_BEHIND_PROXY=true is the same as 1.
_BEHIND_PROXY = env.bool("DJANGO_BEHIND_PROXY", default=False)
RECERT_PROXY_COUNT = env.int("RECERT_PROXY_COUNT", default=1 if _BEHIND_PROXY else 0)

# Rate limits ("N/period", period s, m, h or d, optionally with a multiple: "20/10m"), counted in
# the cache below; a request over the limit gets a page saying when to try again.
RECERT_RATES = {
    "signup-ip": env.str("RECERT_RATE_SIGNUP_IP", default="10/h"),
    "signup-email": env.str("RECERT_RATE_SIGNUP_EMAIL", default="3/h"),
    "password-reset-ip": env.str("RECERT_RATE_PASSWORD_RESET_IP", default="10/h"),
    "password-reset-email": env.str("RECERT_RATE_PASSWORD_RESET_EMAIL", default="3/h"),
    "upload-user": env.str("RECERT_RATE_UPLOAD_USER", default="60/h"),
    "upload-ip": env.str("RECERT_RATE_UPLOAD_IP", default="120/h"),
    # Audit pack builds that are new work (joining a queued or built one is free).
    "pack-user": env.str("RECERT_RATE_PACK_USER", default="20/h"),
}
RECERT_RATE_CACHE = "default"

ADMIN_URL = env.str("DJANGO_ADMIN_URL", default="admin/")
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
        env.str("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env.int("DJANGO_CONN_MAX_AGE", default=60),
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
REDIS_URL = env.str("REDIS_URL", default="redis://127.0.0.1:6379/0")
RECERT_CACHE = env.str("RECERT_CACHE", default="db")
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
RECERT_CACHE_KEY_PREFIX = env.str("RECERT_CACHE_KEY_PREFIX", default=None) or cache_key_prefix_default(
    DATABASES["default"]
)
CACHES = {"default": {**_CACHES[RECERT_CACHE], "KEY_PREFIX": RECERT_CACHE_KEY_PREFIX}}

AUTH_USER_MODEL = "accounts.User"
# Sessions in the database with the person's id beside them (accounts/sessions.py): deleting a
# person ends their sessions in every browser.
SESSION_ENGINE = "accounts.sessions"
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
# Two ways of writing a date, one per person (core.locales); the words stay English.
LANGUAGES = [("en-us", "English, month first"), ("en-gb", "English, day first")]
FORMAT_MODULE_PATH = ["core.formats"]
TIME_ZONE = env.str("DJANGO_TIME_ZONE", default="America/New_York")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env.str("DJANGO_STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploaded certificates live outside the static tree and are served only through an
# owner-checked view, never as public media (no MEDIA_URL route exists). Several app
# servers share files through an S3-compatible store: DJANGO_FILE_STORAGE=
# storages.backends.s3.S3Storage with django-storages installed and its AWS_* variables.
MEDIA_ROOT = Path(env.str("DJANGO_MEDIA_ROOT", default=str(BASE_DIR / "media")))
FILE_STORAGE = env.str("DJANGO_FILE_STORAGE", default="django.core.files.storage.FileSystemStorage")
STORAGES = {
    "default": {
        "BACKEND": FILE_STORAGE,
        "OPTIONS": {"location": str(MEDIA_ROOT)} if FILE_STORAGE.endswith("FileSystemStorage") else {},
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
CERTIFICATE_MAX_PAGES = env.int("RECERT_CERTIFICATE_MAX_PAGES", default=50)
CERTIFICATE_MAX_PDF_OBJECTS = env.int("RECERT_CERTIFICATE_MAX_PDF_OBJECTS", default=20_000)
CERTIFICATE_MAX_PIXELS = env.int("RECERT_CERTIFICATE_MAX_PIXELS", default=40_000_000)
CERTIFICATE_MAX_DECODED_BYTES = env.int("RECERT_CERTIFICATE_MAX_DECODED_BYTES", default=200 * 1024 * 1024)
CERTIFICATE_QUOTA_BYTES = env.int("RECERT_CERTIFICATE_QUOTA_MB", default=200) * 1024 * 1024
# Reading a certificate and drawing its preview run in a child with these ceilings
# (credentials/file_work.py); past them the draft says so and is filled in by hand.
CERTIFICATE_READ_MAX_SECONDS = env.int("RECERT_CERTIFICATE_READ_MAX_SECONDS", default=90)
CERTIFICATE_READ_MAX_MEMORY_MB = env.int("RECERT_CERTIFICATE_READ_MAX_MEMORY_MB", default=512)
CERTIFICATE_PREVIEW_MAX_SECONDS = env.int("RECERT_CERTIFICATE_PREVIEW_MAX_SECONDS", default=20)
# Background work (credentials/tasks.py) on Django's task framework (django-tasks, the backport of
# Django 6's django.tasks). "db": the database, worked by `manage.py db_worker` (no other service);
# "rq": RQ on Redis (REDIS_URL), worked by `manage.py rqworker --job-class django_tasks_rq.Job`,
# for many app servers and workers; "immediate": run inside the request (tests).
TASK_BACKEND = env.str("RECERT_TASK_BACKEND", default="db")
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
RECERT_SUMMARY_INLINE_MAX_ACTIVITIES = env.int("RECERT_SUMMARY_INLINE_MAX_ACTIVITIES", default=2000)
# An audit pack build runs in a child process with these ceilings (credentials/pack_build.py).
AUDIT_PACK_MAX_SECONDS = env.int("RECERT_AUDIT_PACK_MAX_SECONDS", default=120)
AUDIT_PACK_MAX_MEMORY_MB = env.int("RECERT_AUDIT_PACK_MAX_MEMORY_MB", default=768)

# Pillow refuses to decode beyond this, whoever opens an image (the audit pack too).
Image.MAX_IMAGE_PIXELS = CERTIFICATE_MAX_PIXELS

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

EMAIL_BACKEND = env.str("DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
# For the file backend.
EMAIL_FILE_PATH = env.str("DJANGO_EMAIL_FILE_PATH", default=str(BASE_DIR / "sent-email"))
EMAIL_HOST = env.str("DJANGO_EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("DJANGO_EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("DJANGO_EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("DJANGO_EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("DJANGO_EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="Recert <no-reply@localhost>")
# A pace plan needing more points a month than this says it is unrealistic.
RECERT_REALISTIC_POINTS_PER_MONTH = env.str("RECERT_REALISTIC_POINTS_PER_MONTH", default="10")
# Links in emails (reminders, unsubscribe) point here: the site's public address. No default in
# production, where one would send every link to the wrong place (core/checks.py checks it).
RECERT_BASE_URL = env.str("RECERT_BASE_URL", default=None) or ("http://127.0.0.1:8000" if DEBUG else "")
if not RECERT_BASE_URL:
    raise ImproperlyConfigured(
        "Set RECERT_BASE_URL to the site's public address, e.g. RECERT_BASE_URL=https://recert.example.org "
        "(links in emails point there)."
    )
# An unsubscribe link in a reminder works this long. Longer than the longest wait between two
# reminders of one deadline (6 months before, then 3 months before: 90 days), so the link in the
# last email received still works.
RECERT_UNSUBSCRIBE_MAX_AGE_DAYS = env.int("RECERT_UNSUBSCRIBE_MAX_AGE_DAYS", default=120)

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
        "json": {"()": "core.logging.JsonFormatter"},
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            # stdout for servers; stderr for commands whose stdout is their output (read_certificate).
            "stream": "ext://sys.stderr"
            if env.str("DJANGO_LOG_STREAM", default=None) == "stderr"
            else "ext://sys.stdout",
            "formatter": env.str("DJANGO_LOG_FORMAT", default="plain" if DEBUG else "json"),
        }
    },
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
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
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=True)
