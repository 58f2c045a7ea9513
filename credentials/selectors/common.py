"""What the reads share: formatting of days, amounts and counts, and a person's activities."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db.models import Prefetch, QuerySet
from django.utils.formats import date_format

from credentials.models import CEActivity, Credential


def _fmt_amount(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _day(day: dt.date) -> str:
    return date_format(day)


def _number(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _activities(user) -> QuerySet[CEActivity]:
    return CEActivity.objects.filter(owner=user).prefetch_related(
        "shares", Prefetch("excluded_from", queryset=Credential.objects.only("id"))
    )
