"""Stored progress: the snapshot of a cycle's evaluation, its code version, and reading many
cycles' progress at once from snapshots or a fresh evaluation."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import pickle
from collections import defaultdict
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import QuerySet

from core.collector import collector_paused
from credentials import rules
from credentials.models import Credential, Cycle, ExamAttempt, ProgressSnapshot
from credentials.selectors.evaluation import _evaluate, _Evaluation, _Facts, _facts_get, _verdict_table
from credentials.selectors.progress import CycleProgress
from credentials.selectors.verdicts import (
    StoredVerdictTable,
    VerdictTable,
    verdicts_decoded,
    verdicts_encoded,
)

logger = logging.getLogger(__name__)


# --------------------------------------------------------------------------- snapshots

# What a stored snapshot was made by: the rules (every module of the package), the evaluation that
# feeds them and stores their result, the stored verdicts' shape and decoding (verdicts.py), this
# module and the models. A deploy that changes any of them never reads a snapshot of the old shape
# (RULES.md facts included). Other wording, templates and date styles are left out: a deploy of
# those keeps every snapshot and causes no wave of evaluations (issue 26).
SNAPSHOT_SOURCES = (
    *sorted(Path(rules.__file__).parent.rglob("*.py")),
    Path(__file__).parent / "evaluation.py",
    Path(__file__).parent / "verdicts.py",
    Path(__file__),
    Path(__file__).parent.parent / "models.py",
)
# What a kept rendering was drawn by: everything that writes what pages show, whether stored or
# not: the snapshot's code, every reading module (the sentences, the cards' words), the date
# styles, the templates and their tags.
RENDERING_SOURCES = (
    *SNAPSHOT_SOURCES,
    *sorted(Path(__file__).parent.glob("*.py")),
    *sorted(Path(settings.BASE_DIR, "core", "formats").rglob("*.py")),
    Path(settings.BASE_DIR, "core", "locales.py"),
    *(
        path
        for folder in (Path(settings.BASE_DIR) / "templates", Path(__file__).parent.parent / "templatetags")
        for path in sorted(folder.rglob("*"))
        if path.suffix in {".html", ".py"}
    ),
)


def _code_of(sources) -> str:
    return hashlib.sha256(b"".join(Path(path).read_bytes() for path in sources)).hexdigest()[:32]


SNAPSHOT_CODE = _code_of(SNAPSHOT_SOURCES)
RENDERING_CODE = _code_of(RENDERING_SOURCES)


def _with_snapshot(cycles: QuerySet[Cycle], *, verdicts: bool) -> QuerySet[Cycle]:
    """Cycles read with their stored progress, in the same row as their data version; the verdict
    table (large) only when it is wanted."""
    cycles = cycles.select_related("snapshot")
    return cycles if verdicts else cycles.defer("snapshot__verdicts")


def _dates(cycle: Cycle) -> tuple:
    return (
        cycle.credential_id,
        cycle.starts_on,
        cycle.expires_on,
        cycle.ce_deadline,
        cycle.closed_on,
        cycle.printed_expires_on,
    )


def _stored(cycle: Cycle | None) -> ProgressSnapshot | None:
    try:
        return None if cycle is None else cycle.snapshot
    except ProgressSnapshot.DoesNotExist:
        return None


def _progress_many(
    entries: Sequence[tuple[Credential, Cycle, Cycle | None]],
    *,
    owner_id: int,
    today: dt.date,
    verdicts: bool = False,
    fresh: bool = False,
) -> list[CycleProgress]:
    """Each cycle's progress, from (credential, cycle, the cycle as read by ``_with_snapshot``): its
    snapshot when one was stored for the cycle's data version and this code and still holds on this
    day (``_holds``); else
    evaluated (the person's activities read once for all) and stored. The data version is read
    before any activity, so a write landing in between makes what is stored look older than it is
    (rebuilt next time), never newer. ``verdicts``: the per-activity verdicts are wanted too."""
    facts: list[_Facts] = []  # read at most once

    def facts_get() -> _Facts:
        if not facts:
            facts.append(_facts_get(owner_id))
        return facts[0]

    progress: list = []
    missed = []
    for credential, cycle, loaded in entries:
        day = cycle.closed_on or today
        snapshot = _stored(loaded)
        stored = None
        if (
            not fresh
            and snapshot is not None
            and (snapshot.version, snapshot.code) == (loaded.progress_version, SNAPSHOT_CODE)
            and _holds(snapshot, day)
            and (not verdicts or snapshot.verdicts is not None)
        ):
            stored = _progress_readable(credential, cycle, snapshot, verdicts, facts_get, day)
        progress.append(stored)
        if stored is None:
            missed.append((len(progress) - 1, credential, cycle, loaded, day))
    if not missed:
        return progress
    attempts: dict[int, list[bool]] = defaultdict(list)
    with_exam = [cycle.pk for _, credential, cycle, _, _ in missed if credential.rules_program.exam]
    if with_exam:
        for cycle_id, passed in ExamAttempt.objects.filter(cycle_id__in=with_exam).values_list(
            "cycle_id", "passed"
        ):
            attempts[cycle_id].append(passed)
    snapshots = []
    for index, credential, cycle, loaded, day in missed:
        program = credential.rules_program
        with collector_paused():  # the facts' rows, the engine's verdicts, the table: no cycles
            evaluation = _evaluate(credential, cycle, facts_get(), day)
            table = _verdict_table(evaluation)  # cheap as data: stored, so the list reads it next
        exam = rules.exam_status(program, attempts[cycle.pk]) if program.exam else None
        if loaded is not None:  # else deleted meanwhile: nothing to store
            snapshots.append(_snapshot(loaded, evaluation, exam, table, day))
        progress[index] = _progress_evaluated(credential, cycle, evaluation, exam, table)
    _snapshots_store(snapshots)
    return progress


def _verdicts_day(cycle: Cycle, day: dt.date) -> dt.date:
    """The day whose evaluation gives the verdicts shown on ``day``: the stored evaluation's own,
    while it holds (its verdicts are the same on each of its days, rules.Result.on), else ``day``;
    for a kept rendering's key, so a new morning redraws no row that has not changed. ``cycle``
    read by ``_with_snapshot``."""
    snapshot = _stored(cycle)
    if (
        snapshot is not None
        and (snapshot.version, snapshot.code) == (cycle.progress_version, SNAPSHOT_CODE)
        and _holds(snapshot, day)
    ):
        return snapshot.day
    return day


def _progress_readable(credential, cycle, snapshot: ProgressSnapshot, verdicts: bool, facts_get, day):
    """The stored progress, or None when it cannot be read back (stored by a code whose classes
    have since changed in a module SNAPSHOT_CODE does not cover): evaluated again, never a 500."""
    try:
        return _progress_stored(credential, cycle, snapshot, verdicts, facts_get, day)
    except (pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError, EOFError):
        logger.warning("Progress of cycle %s not readable: evaluated again", snapshot.cycle_id, exc_info=True)
        return None


def _holds(snapshot: ProgressSnapshot, day: dt.date) -> bool:
    """Whether what was evaluated on ``snapshot.day`` is still the evaluation on ``day``: no logged
    course has happened in between (rules.Result.on), so a new morning reads it."""
    return snapshot.day <= day and (snapshot.holds_until is None or day < snapshot.holds_until)


class _NotStored(list):
    """A stored result's per-credit verdicts: not kept, so reading them is a mistake made loud."""

    def __iter__(self):
        raise LookupError("Per-credit verdicts are not stored: use cycle_progress_get(fresh=True).")

    def __len__(self):
        raise LookupError("Per-credit verdicts are not stored: use cycle_progress_get(fresh=True).")


def _progress_stored(
    credential, cycle, snapshot: ProgressSnapshot, verdicts: bool, facts_get, day
) -> CycleProgress:
    program = credential.rules_program
    result, exam, uncategorized = pickle.loads(snapshot.summary)
    if verdicts:
        table = verdicts_decoded(snapshot.verdicts)

        def source() -> StoredVerdictTable:
            return table

    else:

        def source() -> VerdictTable:
            # Asked for after all (a page that reads the summary first): worked out, not stored.
            return _verdict_table(_evaluate(credential, cycle, facts_get(), day))

    return CycleProgress(
        credential=credential,
        cycle=cycle,
        program=program,
        # Moved to ``day`` (the days left, the status), then kept from giving per-credit verdicts.
        result=replace(replace(result, program=program).on(day), verdicts=_NotStored()),
        exam=exam,
        uncategorized=uncategorized,
        verdict_table_source=source,
    )


def _progress_evaluated(
    credential, cycle, evaluation: _Evaluation, exam, table: VerdictTable
) -> CycleProgress:
    program = credential.rules_program
    return CycleProgress(
        credential=credential,
        cycle=cycle,
        program=program,
        result=evaluation.result,
        exam=exam,
        uncategorized=evaluation.uncategorized,
        verdict_table_source=lambda: table,
    )


def _snapshot(
    loaded: Cycle,
    evaluation: _Evaluation,
    exam: rules.ExamStatus | None,
    table: VerdictTable,
    day: dt.date,
) -> ProgressSnapshot:
    summary = (replace(evaluation.result, program=None, verdicts=[]), exam, evaluation.uncategorized)
    return ProgressSnapshot(
        cycle_id=loaded.pk,
        version=loaded.progress_version,
        day=day,
        holds_until=evaluation.result.holds_until,
        code=SNAPSHOT_CODE,
        summary=pickle.dumps(summary, protocol=pickle.HIGHEST_PROTOCOL),
        verdicts=verdicts_encoded(table),
    )


def _snapshots_store(snapshots: list[ProgressSnapshot]) -> None:
    """Store evaluations for the next view, in one statement. A cache: a failure to store (a locked
    database, a cycle deleted meanwhile) costs only speed, and the savepoint keeps a caller's
    transaction usable."""
    if not snapshots:
        return
    # One statement is atomic on its own; inside a caller's transaction it gets a savepoint.
    inside = transaction.atomic() if transaction.get_connection().in_atomic_block else nullcontext()
    try:
        with inside:
            ProgressSnapshot.objects.bulk_create(
                snapshots,
                update_conflicts=True,
                unique_fields=["cycle"],
                update_fields=["version", "day", "holds_until", "code", "summary", "verdicts", "built_at"],
            )
    except DatabaseError:
        logger.warning("Progress of cycles %s not stored", [s.cycle_id for s in snapshots], exc_info=True)
