"""Recert's own deploy checks (`python manage.py check --deploy`)."""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.http.request import validate_host


@register(Tags.security, deploy=True)
def base_url_check(app_configs, **kwargs) -> list[Error]:
    """Every link in an email (reminders, unsubscribe) starts with RECERT_BASE_URL: it must be the
    site's public https address, or people are sent to nowhere, or over plain HTTP."""
    url = settings.RECERT_BASE_URL
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    hint = "Set RECERT_BASE_URL to the site's public address, e.g. https://recert.example.org."
    errors = []
    if parts.scheme != "https":
        errors.append(Error(f"RECERT_BASE_URL ({url}) is not https.", hint=hint, id="recert.E001"))
    if _loopback(host):
        errors.append(
            Error(f"RECERT_BASE_URL ({url}) points to this machine itself.", hint=hint, id="recert.E002")
        )
    elif not validate_host(host, settings.ALLOWED_HOSTS):
        errors.append(
            Error(
                f"RECERT_BASE_URL's host ({host or 'none'}) is not in ALLOWED_HOSTS.",
                hint="Add it to DJANGO_ALLOWED_HOSTS, or correct RECERT_BASE_URL.",
                id="recert.E003",
            )
        )
    return errors


def _loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
