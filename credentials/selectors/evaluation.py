"""Evaluation: the facts of a person gathered once and handed to the rules engine, the
verdict table, the shortfalls and the counts preview of a bulk import."""

from __future__ import annotations

import datetime as dt
import difflib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from credentials import rules
from credentials.activity_input import ActivityInput
from credentials.models import CE_ROUTES, CategoryShare, CEActivity, Credential, Cycle
from credentials.selectors.common import _day
from credentials.selectors.verdicts import (
    CARD,
    EXCLUDED,
    TRACKED_ELSEWHERE,
    UNCATEGORIZED,
    ActivityRef,
    VerdictTable,
    _verdict_from,
)

# --------------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class _Facts:
    """A person's activities as the engine sees them, read in three flat queries: rows of
    (id, completed on, kind, approved, amount, title) newest first, category shares and
    exclusions by activity id."""

    rows: list[tuple[int, dt.date, str, bool, Decimal, str]]
    shares: dict[int, list[tuple[str, Decimal]]]
    excluded: dict[int, set[int]]


# What the evaluation reads of an activity besides its shares and exclusions (the title only names
# an uncategorized activity): one list for reading them all and for telling whether a save changed any.
_FACT_FIELDS = ("completed_on", "kind", "approved", "amount", "title")


def activity_evaluated_facts(*, activity: CEActivity) -> tuple:
    """What the evaluation reads of one saved activity (``_facts_get``), for a save to tell whether it
    changed any: when none changed, the stored evaluation still holds (services.progress_shown_changed).
    The title counts only when the activity has no shares: it names an uncategorized activity."""
    shares = tuple(activity.shares.order_by("category").values_list("category", "amount"))
    excluded = tuple(activity.excluded_from.order_by("pk").values_list("pk", flat=True))
    fields = tuple(getattr(activity, name) for name in _FACT_FIELDS if name != "title")
    return (*fields, shares, excluded, None if shares else activity.title)


def _facts_get(owner_id: int) -> _Facts:
    rows = list(
        CEActivity.objects.filter(owner_id=owner_id)
        .order_by("-completed_on", "-pk")
        .values_list("pk", *_FACT_FIELDS)
    )
    shares: dict[int, list[tuple[str, Decimal]]] = defaultdict(list)
    for activity_id, category, amount in (
        CategoryShare.objects.filter(activity__owner_id=owner_id)
        .order_by("activity_id", "category")
        .values_list("activity_id", "category", "amount")
    ):
        shares[activity_id].append((category, amount))
    excluded: dict[int, set[int]] = defaultdict(set)
    through = CEActivity.excluded_from.through
    for activity_id, credential_id in through.objects.filter(ceactivity__owner_id=owner_id).values_list(
        "ceactivity_id", "credential_id"
    ):
        excluded[activity_id].add(credential_id)
    return _Facts(rows=rows, shares=shares, excluded=excluded)


@dataclass(frozen=True)
class _Evaluation:
    """One cycle evaluated: the engine's result, and what was held back from it (excluded,
    uncategorized, a card tracked elsewhere) by activity id with its (reason, message)."""

    result: rules.Result
    held: dict[int, tuple[str | None, str | tuple]]
    considered: list[int]  # the activities judged, in list order
    uncategorized: tuple[ActivityRef, ...]


def _evaluate(credential: Credential, cycle: Cycle, facts: _Facts, today: dt.date) -> _Evaluation:
    program = credential.rules_program
    rows = facts.rows
    if not cycle.is_open:
        today = cycle.closed_on
        if cycle.closed_by in CE_ROUTES:  # R-CMA-6: what was completed on the day itself counts
            rows = [row for row in rows if row[1] <= cycle.closed_on]
        else:
            rows = [row for row in rows if row[1] < cycle.closed_on]
    credits: list[rules.Credit] = []
    held: dict[int, tuple[str | None, str | tuple]] = {}
    uncategorized = []
    kind_rules, card_kind = program.kinds, program.card_kind
    needs_category = bool(program.category_min)
    credential_id, excluded, all_shares = credential.pk, facts.excluded, facts.shares
    for pk, completed_on, kind, approved, amount, title in rows:
        if card_kind:
            # A card credential counts no CE: it tracks the card that started its period (R-BLS-1).
            if kind == card_kind:
                held[pk] = _card_verdict(completed_on, cycle, program)
            continue
        if pk in excluded and credential_id in excluded[pk]:
            held[pk] = (EXCLUDED, f"You excluded this activity from your {credential}.")
            continue
        kind_rule = kind_rules.get(kind)
        if not needs_category or (kind_rule is not None and kind_rule.category):
            credits.append(
                rules.Credit(earned_on=completed_on, amount=amount, kind=kind, approved=approved, ref=pk)
            )
            continue
        shares = all_shares.get(pk)
        if not shares:
            held[pk] = (
                UNCATEGORIZED,
                f"Needs a category before it can count toward your {credential}. Edit it to add one.",
            )
            uncategorized.append(ActivityRef(pk=pk, title=title))
            continue
        credits.extend(
            rules.Credit(earned_on=completed_on, amount=a, kind=kind, category=c, approved=approved, ref=pk)
            for c, a in shares
        )
    result = rules.evaluate(
        program,
        certified_on=cycle.starts_on,
        credits=credits,
        today=today,
        expires_on=cycle.printed_expires_on,
        counts_from=cycle.counts_from,
    )
    return _Evaluation(
        result=result, held=held, considered=[row[0] for row in rows], uncategorized=tuple(uncategorized)
    )


def activity_shortfalls_get(
    *,
    activity: CEActivity,
    shares: dict[str, Decimal],
    excluded: Iterable[Credential],
    today: dt.date,
    cycles: Iterable[Cycle] | None = None,
) -> list[str]:
    """Why an activity not yet saved will not count toward one of the person's open periods for a
    reason of its own (R-CMA-7 under one contact hour, dated after the CE deadline): said before
    it is saved. Reasons that depend on the rest of the log (caps, a card already counted) and
    credentials the person excluded it from are left to the list's verdicts; so are periods whose
    CE route has closed, which no activity could help (a lapsed credential kept on the dashboard
    never questions a new course). ``cycles``: the open periods, when read already (an import)."""
    excluded_ids = {c.pk for c in excluded}
    facts = _Facts(
        rows=[(0, activity.completed_on, activity.kind, activity.approved, activity.amount, activity.title)],
        shares={0: sorted(shares.items())},
        excluded={},
    )
    if cycles is None:
        cycles = (
            Cycle.objects.open()
            .filter(credential__owner_id=activity.owner_id)
            .select_related("credential")
            .order_by("credential__pk")
        )
    found = []
    for cycle in cycles:
        if cycle.credential_id in excluded_ids or cycle.ce_deadline < today:
            continue
        result = _evaluate(cycle.credential, cycle, facts, today).result
        for verdict in result.verdicts:
            if verdict.reason in SHORTFALLS:
                found.append(f"Toward your {cycle.credential}: {verdict.describe(_day)}")
                break
    return found


SHORTFALLS = frozenset({rules.UNDER_MINIMUM, rules.AFTER_DEADLINE})

# Refs for activities not saved yet, above any database id: newest in the engine's order.
_UNSAVED_REF = 10**15


@dataclass(frozen=True)
class UnsavedCount:
    """How an activity not saved yet would count toward one credential, as the list would say."""

    credential: Credential
    counted: bool
    message: str


def activities_counts_preview_get(
    *, owner, activities: Sequence[ActivityInput | None], today: dt.date
) -> list[list[UnsavedCount]]:
    """For each of ``activities`` (None for one that cannot be read), how it would count toward
    each of the person's open periods if all of them were saved with what is logged already: the
    same evaluation and words as the activity list (issue 24's import preview)."""
    facts = _facts_get(owner.pk)
    rows, shares, excluded = list(facts.rows), dict(facts.shares), dict(facts.excluded)
    for index, data in enumerate(activities):
        unit = data.unit_facts if data is not None else None
        if data is None or unit is None:
            continue
        ref = _UNSAVED_REF + index
        rows.append((ref, data.completed_on, unit.kind, unit.approved, data.amount, data.title))
        shares[ref] = sorted((c, a) for c, a in data.categories.items() if a)
        excluded[ref] = {c.pk for c in data.excluded_from}
    rows.sort(key=lambda row: (row[1], row[0]), reverse=True)
    merged = _Facts(rows=rows, shares=shares, excluded=excluded)
    cycles = (
        Cycle.objects.open()
        .filter(credential__owner_id=owner.pk)
        .select_related("credential")
        .order_by("credential_id")
    )
    counts: list[list[UnsavedCount]] = [[] for _ in activities]
    for cycle in cycles:
        credential = cycle.credential
        program = credential.rules_program
        table = _verdict_table(_evaluate(credential, cycle, merged, today))
        for index, data in enumerate(activities):
            unit = data.unit_facts if data is not None else None
            if data is None or unit is None:
                continue
            if not program.requires_ce and program.card_kind != unit.kind:
                continue
            record = table.get(_UNSAVED_REF + index)
            if record is None:
                counts[index].append(UnsavedCount(credential, False, "Outside this recertification period."))
            else:
                verdict = _verdict_from(None, record, table, program)
                counts[index].append(UnsavedCount(credential, verdict.counted, verdict.message))
    return counts


def titles_close(first: str, second: str) -> bool:
    """Whether two course titles read nearly the same (case, spacing and small typos aside)."""
    a, b = " ".join(first.casefold().split()), " ".join(second.casefold().split())
    matcher = difflib.SequenceMatcher(None, a, b)
    # The quick upper bounds first: most titles are nothing alike, and ratio() is quadratic.
    return matcher.real_quick_ratio() >= 0.8 and matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8


def _card_verdict(issued_on: dt.date, cycle: Cycle, program: rules.Program) -> tuple[str | None, tuple]:
    """A card activity toward a card credential (R-BLS-1): the card its period tracks, or another;
    its words as data (verdicts._card_sentence), written in the reader's date style when shown."""
    if issued_on == cycle.starts_on:
        expires_on, _ = rules.cycle_dates(program, cycle.starts_on, expires_on=cycle.printed_expires_on)
        return None, (CARD, "", expires_on.toordinal())
    when = "An earlier" if issued_on < cycle.starts_on else "A later"
    return TRACKED_ELSEWHERE, (CARD, when, cycle.starts_on.toordinal())


def _verdict_table(evaluation: _Evaluation) -> VerdictTable:
    """Every judged activity's verdict, the engine's verdicts for its parts summed, in list order;
    as data, whose sentences are written only for the verdicts shown (verdicts._sentence)."""
    parts: dict[int, list[rules.CreditVerdict]] = defaultdict(list)
    for verdict in evaluation.result.verdicts:
        parts[verdict.credit.ref].append(verdict)
    windows: dict[int, int] = {}  # id of a verdict's window -> its place in table.contexts
    contexts: list = []

    def piece(v: rules.CreditVerdict) -> tuple:
        window = windows.get(id(v.window))
        if window is None:
            window = windows[id(v.window)] = len(contexts)
            contexts.append(replace(v.window, program=None))  # the program is the credential's
        earned = v.credit.earned_on.toordinal()
        points, logged, planned_points = str(v.points), str(v.logged_points), str(v.planned_points)
        return (
            v.credit.kind,
            earned,
            v.category,
            v.approved,
            points,
            logged,
            v.reason,
            v.planned,
            planned_points,
            window,
        )

    table = VerdictTable()
    for pk in evaluation.considered:
        if pk in evaluation.held:
            reason, message = evaluation.held[pk]
            table[pk] = ("0", "0", reason, False, "0", message)
        elif pk in parts:
            pieces = [piece(p) for p in parts[pk]]
            if len(pieces) == 1:
                _, _, _, _, points, logged, reason, planned, planned_points, _ = pieces[0]
                table[pk] = (points, logged, reason, planned, planned_points, tuple(pieces))
                continue
            verdicts = parts[pk]
            table[pk] = (
                str(sum((p.points for p in verdicts), Decimal(0))),
                str(sum((p.logged_points for p in verdicts), Decimal(0))),
                next((p.reason for p in verdicts if p.reason), None),
                any(p.planned for p in verdicts),
                str(sum((p.planned_points for p in verdicts), Decimal(0))),
                tuple(pieces),
            )
    table.contexts = tuple(contexts)
    return table


def _shares_of(activity_ids: list[int]) -> dict[int, list[CategoryShare]]:
    shares: dict[int, list[CategoryShare]] = defaultdict(list)
    for share in CategoryShare.objects.filter(activity_id__in=activity_ids).order_by(
        "activity_id", "category"
    ):
        shares[share.activity_id].append(share)
    return shares
