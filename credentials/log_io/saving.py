"""The rows through the services: ``activity_log_check`` (the preview: the service's own errors
and warnings, and what each row would count, nothing written) and ``activity_log_import`` (all
rows or none)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.utils import timezone

from credentials import selectors, services
from credentials.log_io.reading import MAX_ROWS
from credentials.log_io.rows import LogRow
from credentials.models import CEActivity

# Rows the preview runs the service's checks on; a longer file is checked only when saved.
PREVIEW_CHECK_MAX_ROWS = MAX_ROWS


class LogImportError(ValidationError):
    """Some rows cannot be saved (errors) or need a "save anyway" (warnings); nothing was saved.
    The problems are on the rows themselves (``LogRow.errors`` and ``LogRow.warnings``)."""


_FIELD_WORDS = {
    "completed_on": "date",
    "categories": "category",
    "excluded_from": "do not count toward",
    "certificate": "certificate",
}


def _service_words(error: ValidationError) -> list[str]:
    if not hasattr(error, "error_dict"):
        return list(error.messages)
    words = []
    for name, errors in error.message_dict.items():
        for message in errors:
            label = "" if name == "__all__" else _FIELD_WORDS.get(name, name.replace("_", " "))
            words.append(f"{label}: {message}" if label else message)
    return words


def _ordered(rows: Sequence[LogRow]) -> list[LogRow]:
    """The rows that parsed, oldest first, as the person would have logged them (a CPR/BLS card
    renews the card credential in order); their warnings start afresh."""
    for row in rows:
        row.warnings = []
    return [row for row in sorted(rows, key=lambda r: (r.completed_on or dt.date.min, r.number)) if row.ok]


def _problems_record(rows: Sequence[LogRow], problems: Sequence[ValidationError | None]) -> None:
    """The service's errors and warnings, each on its row."""
    for row, problem in zip(rows, problems, strict=True):
        if isinstance(problem, services.NeedsConfirmation):
            row.warnings = list(problem.messages)
        elif problem is not None:
            row.errors.extend(_service_words(problem))


def activity_log_check(*, owner, rows: Sequence[LogRow]) -> bool:
    """What saving ``rows`` would say, row by row: the service's own checks (``activities_check``),
    with nothing written and no transaction held. False, and nothing checked, for more than
    PREVIEW_CHECK_MAX_ROWS rows (the save checks them all the same)."""
    if len(rows) > PREVIEW_CHECK_MAX_ROWS:
        return False
    ordered = _ordered(rows)
    _problems_record(ordered, services.activities_check(owner=owner, activities=[r.entry() for r in ordered]))
    ready = [row for row in ordered if row.ok]
    counts = selectors.activities_counts_preview_get(
        owner=owner, activities=[row.activity_input() for row in ready], today=timezone.localdate()
    )
    for row, row_counts in zip(ready, counts, strict=True):
        row.counts = row_counts
    return True


def activity_log_import(*, owner, rows: Sequence[LogRow], draft=None) -> list[CEActivity]:
    """Save every row as an activity through ``services.activities_create``: all rows or none, in
    one short transaction. A row the service refuses (or asks to confirm, unless
    ``row.confirmed``) gets its problem on the row and LogImportError is raised with nothing saved.
    ``draft``: the inbox draft of the transcript the rows were read from; each activity gets its
    file as proof (``services.certificate_draft_import``) and the draft goes."""
    if not rows:
        raise LogImportError("The file has no activities.")
    if not all(row.ok for row in rows):
        raise LogImportError([m for row in rows for m in row.messages])
    ordered = _ordered(rows)
    activities = [r.entry() for r in ordered]
    try:
        if draft is not None:
            return services.certificate_draft_import(draft=draft, activities=activities)
        return services.activities_create(owner=owner, activities=activities)
    except services.ActivitiesRefused as refused:
        _problems_record(ordered, refused.problems)
    bad = [row for row in rows if not row.ok or row.warnings]
    raise LogImportError(
        [m for row in bad for m in row.messages]
        + [f"Row {row.number}: {w}" for row in bad if row.ok for w in row.warnings]
    )
