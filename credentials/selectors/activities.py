"""Reads of the activity list: the filters, the sorts, one page of activities with their
verdicts, the submission results, and the certificate quota used."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from django.core.paginator import Page, Paginator
from django.db.models import Prefetch, Q, QuerySet, Sum

from credentials import rules
from credentials.models import (
    CE_ROUTES,
    CategoryShare,
    CEActivity,
    CertificateDraft,
    Credential,
    Cycle,
    Submission,
)
from credentials.selectors.common import _activities
from credentials.selectors.dashboard import cycle_progress_get
from credentials.selectors.evaluation import _shares_of
from credentials.selectors.snapshots import RENDERING_CODE, _progress_many, _verdicts_day, _with_snapshot
from credentials.selectors.verdicts import ActivityVerdict


def submission_result_get(*, owner, token, fingerprint: str = "") -> str | None:
    """Where an already carried-out form post landed, or None if this token (with this content)
    is new."""
    done = Submission.objects.filter(owner=owner, token=token, fingerprint=fingerprint)
    return done.values_list("result_url", flat=True).first()


def credential_list(*, user) -> QuerySet[Credential]:
    return Credential.objects.filter(owner=user)


def activity_list(
    *,
    user,
    credential: Credential | None = None,
    cycle: Cycle | None = None,
    category: str | None = None,
    approved: bool | None = None,
    kind: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    ordering: str = "-completed_on",
) -> QuerySet[CEActivity]:
    """The person's activities, filtered; shares and exclusions prefetched."""
    activities = _activities(user)
    if cycle is not None:
        activities = activities_in_cycle(activities, cycle=cycle)
    if credential is not None:
        activities = activities_counted_toward(activities, credential=credential)
    if category:
        activities = activities_in_category(activities, category=category)
    if approved is not None:
        activities = activities_approved(activities, approved=approved)
    if kind:
        activities = activities.filter(kind=kind)
    if date_from:
        activities = activities.filter(completed_on__gte=date_from)
    if date_to:
        activities = activities.filter(completed_on__lte=date_to)
    return activities_sorted(activities, ordering=ordering)


# The lookups behind the activity list's filters (credentials.filters), each aware of the rules.


def activities_in_cycle(activities: QuerySet[CEActivity], *, cycle: Cycle) -> QuerySet[CEActivity]:
    """Completed within the period: from its start to its CE deadline, before its recertification."""
    activities = activities.filter(
        completed_on__gte=cycle.counts_from or cycle.starts_on, completed_on__lte=cycle.ce_deadline
    )
    if cycle.is_open:
        return activities
    if cycle.closed_by in CE_ROUTES:  # R-CMA-6: what was completed on the day itself counts
        return activities.filter(completed_on__lte=cycle.closed_on)
    return activities.filter(completed_on__lt=cycle.closed_on)


def activities_counted_toward(
    activities: QuerySet[CEActivity], *, credential: Credential
) -> QuerySet[CEActivity]:
    return activities.exclude(excluded_from=credential)


def _kind_rules() -> dict[str, rules.KindRule]:
    return {kind: rule for kind in rules.KINDS if (rule := rules.kind_rule_anywhere(kind)) is not None}


def activities_in_category(activities: QuerySet[CEActivity], *, category: str) -> QuerySet[CEActivity]:
    """In the category by a share, or by a kind the rules fix there (R-CMA-11: a CPR card is clinical)."""
    fixed = [k for k, r in _kind_rules().items() if r.category == category]
    return activities.filter(
        Q(pk__in=CategoryShare.objects.filter(category=category).values("activity")) | Q(kind__in=fixed)
    )


def activities_approved(activities: QuerySet[CEActivity], *, approved: bool) -> QuerySet[CEActivity]:
    """Approved as counted: college credit and CPR cards are approved or not by rule (R-CMA-8, R-CMA-11)."""
    kinds = _kind_rules()
    always = [k for k, r in kinds.items() if r.approved is approved]
    never = [k for k, r in kinds.items() if r.approved is (not approved)]
    return activities.filter((Q(approved=approved) & ~Q(kind__in=never)) | Q(kind__in=always))


SORTS = {"completed_on", "-completed_on", "title", "-title", "amount", "-amount", "provider", "-provider"}


def activities_sorted(activities: QuerySet[CEActivity], *, ordering: str) -> QuerySet[CEActivity]:
    return activities.order_by(ordering if ordering in SORTS else "-completed_on", "-pk")


def cycle_by_key(cycles: Iterable[Cycle], key: str) -> Cycle | None:
    """ "current" (the open period) or a period's id, among ``cycles``."""
    return next((c for c in cycles if (c.is_open if key == "current" else str(c.pk) == key)), None)


@dataclass(frozen=True)
class ActivityRow:
    """One line of the activity list: the activity and how it counts toward each credential."""

    activity: CEActivity
    approved: bool  # as counted: a CPR card is approved by rule (R-CMA-11)
    fixed_category: str | None  # a category the rules impose (a CPR card is clinical)
    shares: list[CategoryShare]
    verdicts: list[tuple[Credential, ActivityVerdict | None]]
    # Each credential's name, worked out once for the page: every row's ``version`` names them.
    credential_names: dict[int, str] = field(repr=False, compare=False)

    @property
    def approval_label(self) -> str:
        return rules.APPROVAL.label if self.approved else ""

    @property
    def version(self) -> str:
        """Everything the row shows, for the key of its kept rendering: the activity's fields, its
        categories, and each credential's name and verdict in words."""
        a = self.activity
        return repr(
            (
                RENDERING_CODE,
                a.pk,
                a.updated_at,
                a.title,
                a.completed_on,
                a.provider,
                a.logged,
                a.verified_on_transcript,
                a.certificate.name,
                self.approved,
                self.fixed_category,
                [(s.category, s.amount) for s in self.shares],
                [
                    (c.pk, self.credential_names[c.pk], v and (v.counted, v.group, v.words_key or v.message))
                    for c, v in self.verdicts
                ],
            )
        )


@dataclass(frozen=True)
class ActivityPage:
    page: Page  # which slice of the matching activities ``rows`` are
    # Changes whenever anything the rows show could: a cache key for their rendering.
    rows_version: str
    rows_source: Callable[[], list[ActivityRow]] = field(repr=False, compare=False)

    @cached_property
    def rows(self) -> list[ActivityRow]:
        return self.rows_source()


ACTIVITIES_PER_PAGE = 50


def credentials_with_cycles_get(*, user) -> list[Credential]:
    """The person's credentials, each with its cycles (newest first) read in the same go, and of
    each cycle's stored progress what it says of itself (its day, until when it holds, its version
    and code; not the progress itself)."""
    cycles = _with_snapshot(Cycle.objects.all(), verdicts=False).defer("snapshot__summary")
    return list(credential_list(user=user).prefetch_related(Prefetch("cycles", queryset=cycles)))


def activity_page_get(
    *,
    user,
    today: dt.date,
    activities: QuerySet[CEActivity],
    credentials: list[Credential],
    cycle: Cycle | None = None,
    page: str | int | None = 1,
) -> ActivityPage:
    """One page (ACTIVITIES_PER_PAGE) of ``activities`` (the person's, filtered) with each row's
    verdict toward each credential (toward ``cycle`` when a closed period is looked at); a page
    number past the end is the last page. ``credentials``: from ``credentials_with_cycles_get``,
    read first.

    Cheap to ask: the page's rows and their verdicts (from each period's stored evaluation) are
    read only when ``rows`` is; ``rows_version`` says first whether a kept rendering will do."""
    shown = Paginator(activities.prefetch_related(None), ACTIVITIES_PER_PAGE).get_page(page)
    if cycle is not None and not cycle.is_open:  # judged as on the day it closed, whatever the day
        periods = [(cycle.pk, cycle.progress_version, cycle.closed_on)]
    else:  # the open periods, as read with ``credentials`` (before anything below)
        periods = [
            (y.pk, y.progress_version, y.closed_on, _verdicts_day(y, today).isoformat())
            for c in credentials
            for y in c.cycles.all()
            if y.is_open
        ]
    # Read before the rows and their verdicts: a write landing in between can only make what is
    # rendered newer than its key, never older.
    parts = [RENDERING_CODE, user.pk, periods, list(shown.object_list.values_list("pk", "updated_at"))]

    def rows() -> list[ActivityRow]:
        if cycle is not None and not cycle.is_open:
            credential = next(c for c in credentials if c.pk == cycle.credential_id)
            progress_list = [
                cycle_progress_get(cycle=cycle, today=today, credential=credential, verdicts=True)
            ]
        else:
            by_id = {c.pk: c for c in credentials}
            open_cycles = _with_snapshot(Cycle.objects.open().filter(credential__owner=user), verdicts=True)
            progress_list = _progress_many(
                [(by_id[c.credential_id], c, c) for c in open_cycles.order_by("credential_id")],
                owner_id=user.pk,
                today=today,
                verdicts=True,
            )
        activities = list(shown.object_list)
        shares = _shares_of([a.pk for a in activities])
        names = {p.credential.pk: str(p.credential) for p in progress_list}
        return [
            _activity_row(activity, shares.get(activity.pk, []), progress_list, names)
            for activity in activities
        ]

    return ActivityPage(
        page=shown, rows_version=hashlib.sha256(repr(parts).encode()).hexdigest(), rows_source=rows
    )


def _activity_row(
    activity: CEActivity, shares: list[CategoryShare], progress_list, names: dict[int, str]
) -> ActivityRow:
    rule = rules.kind_rule_anywhere(activity.kind)
    return ActivityRow(
        activity=activity,
        approved=activity.approved if rule is None or rule.approved is None else rule.approved,
        fixed_category=rule.category if rule else None,
        shares=shares,
        verdicts=[
            (p.credential, p.verdict_of(activity))
            for p in progress_list
            if p.program.requires_ce or p.program.card_kind == activity.kind
        ],
        credential_names=names,
    )


def certificate_usage_get(*, owner_id: int, excluding: str = "") -> int:
    """Bytes of certificates the person has stored, in activities and in the inbox (``excluding``
    one activity's file being replaced)."""
    activities = CEActivity.objects.filter(owner_id=owner_id).exclude(certificate="")
    if excluding:
        activities = activities.exclude(certificate=excluding)
    drafts = CertificateDraft.objects.filter(owner_id=owner_id).aggregate(total=Sum("file_size"))["total"]
    return (activities.aggregate(total=Sum("certificate_size"))["total"] or 0) + (drafts or 0)
