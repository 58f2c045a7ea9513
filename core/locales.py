"""How a person's dates are written: one style everywhere (pages, emails, PDFs), theirs.

Each style is a Django locale whose formats live in ``core/formats``; the person's is stored
on their account (``User.locale``), first taken from their browser's languages.
"""

from __future__ import annotations

import contextlib

from django.utils import translation

US = "en-us"
DAY_FIRST = "en-gb"
LOCALE_CHOICES = [
    (US, "Month first: Nov 27, 2026 (United States)"),
    (DAY_FIRST, "Day first: 27 Nov 2026 (most other countries)"),
]


def locale_from_accept_language(header: str) -> str:
    """The style of the browser's first language: month first for the United States and for a
    bare "en" (what many US browsers send) or no header at all; day first for anywhere else."""
    first = header.split(",")[0].split(";")[0].strip().lower().replace("_", "-")
    language, _, region = first.partition("-")
    if region.startswith("us") or (not region and language in ("", "*", "en")):
        return US
    return DAY_FIRST


def locale_of_request(request) -> str:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and getattr(user, "locale", ""):
        return user.locale
    return locale_from_accept_language(request.headers.get("Accept-Language", ""))


def person_locale(user) -> contextlib.AbstractContextManager:
    """Write dates in ``user``'s style for a block run outside a request (an email, a PDF built
    in the background)."""
    return translation.override(getattr(user, "locale", "") or US)
