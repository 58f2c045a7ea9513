"""What the reads share: formatting of days and day counts, and a person's activities."""

from __future__ import annotations

import datetime as dt

from django.db.models import Prefetch, QuerySet
from django.utils.formats import date_format
from django.utils.translation import ngettext

from credentials.models import CEActivity, Credential


def _day(day: dt.date) -> str:
    return date_format(day)


def days_text(n: int) -> str:
    """ "1 day", "12 days" (ngettext: a translation gets the whole phrase). Amounts are written
    by the engine's one formatter, ``rules.format_amount``."""
    return ngettext("%(n)d day", "%(n)d days", n) % {"n": n}


def _activities(user) -> QuerySet[CEActivity]:
    return CEActivity.objects.filter(owner=user).prefetch_related(
        "shares", Prefetch("excluded_from", queryset=Credential.objects.only("id"))
    )
