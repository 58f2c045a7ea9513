"""A verdict as stored and as read: the reasons an activity is held back before the engine, the
stored table of every activity's verdict (numbers and codes, no sentences) and the sentence
written from it when a row is shown.

Everything a ProgressSnapshot stores or decodes is defined here, in the engine (credentials.rules)
or in evaluation.py, and these modules are hashed into selectors.SNAPSHOT_CODE: a deploy that
changes the stored shape never reads a snapshot of the old one."""

from __future__ import annotations

import datetime as dt
import marshal
import pickle
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property

from credentials import rules
from credentials.models import CEActivity
from credentials.selectors.common import _day

EXCLUDED = "excluded"
UNCATEGORIZED = "uncategorized"
TRACKED_ELSEWHERE = "tracked_elsewhere"


COUNTED, PLANNED, NOT_COUNTED = "counted", "planned", "not_counted"

CARD = "card"  # a stored verdict's words: a card toward a card credential (evaluation._card_verdict)


@dataclass(frozen=True)
class ActivityVerdict:
    """How one activity counts toward one cycle: the engine's verdicts for its parts, summed."""

    activity: CEActivity
    points: Decimal
    logged_points: Decimal
    reason: str | None
    planned: bool = False
    planned_points: Decimal = Decimal(0)
    # Writes ``message``: a sentence is written only for a verdict that is shown (issue 26).
    words: Callable[[], str] = field(default=str, repr=False, compare=False)
    # What ``message`` is written from, for the key of a kept rendering, so that telling whether a row
    # changed writes no sentence; None when the sentence itself is that (a held-back activity's).
    words_key: object = field(default=None, repr=False, compare=False)

    @cached_property
    def message(self) -> str:
        return self.words()

    @property
    def counted(self) -> bool:
        return self.points > 0

    @property
    def group(self) -> str:
        """Counted now, planned (will count once it has happened), or not counting at all."""
        if self.points > 0:
            return COUNTED
        if self.planned and self.planned_points > 0:
            return PLANNED
        return NOT_COUNTED


@dataclass(frozen=True)
class ActivityRef:
    """An activity named on a page without loading it: enough for a link."""

    pk: int
    title: str


# An activity's verdict as stored: (points, logged points, reason, planned, planned points, words),
# numbers as text so a whole table loads fast. ``words``: the sentence itself for an activity held
# back before the engine (excluded, uncategorized), a card's dates (CARD, _card_sentence), or the
# engine's verdict of each part as data (evaluation._verdict_table) from which the sentence is
# written, in the reader's date style, only when it is shown (_sentence).
VerdictRecord = tuple[str, str, str | None, bool, str, str | tuple]


class VerdictTable(dict[int, VerdictRecord]):
    """Every judged activity's verdict by activity id, in list order; ``contexts``: the windows
    the engine's verdicts were judged in (without their program), which their sentences name."""

    contexts: tuple = ()


class StoredVerdictTable(Mapping[int, VerdictRecord]):
    """A VerdictTable as a snapshot stores it: each record encoded on its own, decoded when asked
    for. A page of 50 rows decodes 50 records, not 5,000 (issue 26: loading the whole table, some
    20,000 tuples, was a fifth of the first list view after a write at 5,000 activities, and set
    off the garbage collector); the PDF and the exports, which show every row, decode them all."""

    def __init__(self, rows: dict[int, bytes], contexts: tuple):
        self._rows = rows
        self.contexts = contexts

    def __getitem__(self, pk: int) -> VerdictRecord:
        return marshal.loads(self._rows[pk])

    def __contains__(self, pk: object) -> bool:
        return pk in self._rows

    def __iter__(self) -> Iterator[int]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def verdicts_encoded(table: Mapping[int, VerdictRecord]) -> bytes:
    """A table as a snapshot stores it (StoredVerdictTable): records hold only text, numbers,
    booleans, None and tuples of them, which marshal writes and reads fastest; with a checksum of
    them all, since each is decoded only when its row is shown, after the snapshot was accepted."""
    rows = {pk: marshal.dumps(record) for pk, record in table.items()}
    checksum = zlib.crc32(b"".join(rows.values()))
    return pickle.dumps((rows, getattr(table, "contexts", ()), checksum), protocol=pickle.HIGHEST_PROTOCOL)


def verdicts_decoded(data: bytes) -> StoredVerdictTable:
    """The stored table; ValueError when its records were damaged, so that it is evaluated again (as
    any snapshot that cannot be read back) instead of failing the page that shows one of them."""
    rows, contexts, checksum = pickle.loads(data)
    if zlib.crc32(b"".join(rows.values())) != checksum:
        raise ValueError("Stored verdicts do not match their checksum.")
    return StoredVerdictTable(rows, contexts)


def _verdict_from(
    activity: CEActivity | None,
    record: VerdictRecord,
    table: VerdictTable | StoredVerdictTable,
    program: rules.Program,
) -> ActivityVerdict:
    points, logged, reason, planned, planned_points, words = record
    key = None
    if isinstance(words, str):
        message = words

        def written() -> str:
            return message

    elif words[0] == CARD:
        key = words

        def written() -> str:
            return _card_sentence(words)

    else:
        reprs = _windows_reprs(table, program)  # each part's window by what it says, not its place
        key = (reprs[-1], tuple((*piece[:-1], reprs[piece[-1]]) for piece in words))

        def written() -> str:
            return _sentence(words, _windows(table, program))

    return ActivityVerdict(
        activity=activity,
        points=Decimal(points),
        logged_points=Decimal(logged),
        reason=reason,
        planned=planned,
        planned_points=Decimal(planned_points),
        words=written,
        words_key=key,
    )


def _card_sentence(words: tuple) -> str:
    """A card activity's words toward a card credential (evaluation._card_verdict)."""
    _, when, day = words
    if not when:
        return f"The card tracked here: renew by {_day(dt.date.fromordinal(day))}."
    return f"{when} card; the one tracked here was issued on {_day(dt.date.fromordinal(day))}."


def _windows(table: VerdictTable | StoredVerdictTable, program: rules.Program) -> list:
    """The table's windows with the credential's program put back, worked out once per table and
    not once per sentence (a page writes a hundred)."""
    kept = table.__dict__.get("_windows")
    if kept is None or kept[0] is not program:
        kept = table._windows = (program, [replace(context, program=program) for context in table.contexts])
    return kept[1]


def _windows_reprs(table: VerdictTable | StoredVerdictTable, program: rules.Program) -> list[str]:
    """Each of the table's windows as its sentences read it, then the program; once per table. Not the
    day of the evaluation, which a sentence reads only as whether a part is planned, already in its
    record: a later day's evaluation redraws only the rows whose verdict or window changed."""
    kept = table.__dict__.get("_windows_reprs")
    if kept is None or kept[0] is not program:
        windows = [repr(replace(context, program=None, today=dt.date.min)) for context in table.contexts]
        kept = table._windows_reprs = (program, [*windows, repr(program)])
    return kept[1]


def _sentence(pieces: tuple, windows: list) -> str:
    """The sentence of an activity's verdict from its parts' verdicts stored as data."""
    verdicts = [
        rules.CreditVerdict(
            credit=rules.Credit(
                earned_on=dt.date.fromordinal(earned), amount=Decimal(logged), kind=kind, category=category
            ),
            points=Decimal(points),
            logged_points=Decimal(logged),
            category=category,
            approved=approved,
            reason=reason,
            window=windows[window],
            planned=planned,
            planned_points=Decimal(planned_points),
        )
        for kind, earned, category, approved, points, logged, reason, planned, planned_points, window in (
            pieces
        )
    ]
    if len(verdicts) == 1:
        return verdicts[0].describe(_day)
    if all(v.reason is None for v in verdicts):
        # One sentence for a split that counts in full: "Counts 6 points: clinical 4, general 2."
        whole = replace(verdicts[0], points=sum((v.points for v in verdicts), Decimal(0)))
        split = ", ".join(f"{v.category} {rules.format_amount(v.points)}" for v in verdicts)
        return f"{whole.describe(_day)[:-1]}: {split}."
    return " ".join(f"{v.category.capitalize()}: {v.describe(_day)}" for v in verdicts)
