"""Fast settings for the test suite (cookiecutter-django style)."""

import os

os.environ.setdefault("DJANGO_DEBUG", "false")
os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-not-secret-but-as-long-as-a-production-key-0123")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,testserver")
os.environ.setdefault("RECERT_BASE_URL", "http://127.0.0.1:8000")
# Tasks run inside the request unless a test run picks a real backend (make test does, for RQ).
os.environ.setdefault("RECERT_TASK_BACKEND", "immediate")

from recert.settings import *  # noqa: F403
from recert.settings import BASE_DIR, env

DATABASES["default"] = dj_database_url.parse(  # noqa: F405
    env.str("TEST_DATABASE_URL", default="sqlite:///:memory:")
)
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / ".test-media"
LOGGING = {"version": 1, "disable_existing_loggers": False}
# Serve static files straight from the finders; the suite never runs collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
