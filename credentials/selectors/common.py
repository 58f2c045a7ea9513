"""What the reads share: formatting of days and day counts, and a person's activities."""

from __future__ import annotations

import datetime as dt

from django.db.models import Prefetch, QuerySet
from django.utils.formats import date_format
from django.utils.translation import ngettext

from credentials.models import CategoryShare, CEActivity, Credential


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


def activities_with_parts(
    *, owner_id: int, ordering: tuple[str, ...] = ("-completed_on", "-pk")
) -> list[CEActivity]:
    """Every activity of the person with its category shares and exclusions loaded
    (``CEActivity.category_shares``, ``excluded_credential_ids``): three queries in all."""
    activities = list(CEActivity.objects.filter(owner_id=owner_id).order_by(*ordering))
    shares: dict[int, list[CategoryShare]] = {}
    for share in CategoryShare.objects.filter(activity__owner_id=owner_id).order_by(
        "activity_id", "category"
    ):
        shares.setdefault(share.activity_id, []).append(share)
    exclusions: dict[int, list[int]] = {}
    through = CEActivity.excluded_from.through
    for activity_id, credential_id in (
        through.objects.filter(ceactivity__owner_id=owner_id)
        .order_by("ceactivity_id", "credential_id")
        .values_list("ceactivity_id", "credential_id")
    ):
        exclusions.setdefault(activity_id, []).append(credential_id)
    for activity in activities:
        activity.loaded_shares = shares.get(activity.pk, [])
        activity.loaded_exclusions = exclusions.get(activity.pk, [])
    return activities
