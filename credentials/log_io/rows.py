"""The rows read from a file: ``LogRow`` (one activity's cells, values and problems) and
``ParsedLog`` (the whole file as the preview shows it)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from credentials import rules
from credentials.activity_input import ActivityEntry, ActivityInput
from credentials.log_io.columns import _unit_label
from credentials.log_io.csv_cells import _csv_text
from credentials.log_io.reading import DELIMITERS
from credentials.log_io.values import DATE_FORMATS
from credentials.models import Credential

# Rows in error offered for correction on one page; the others are fixed in the file, or left out.
EDITABLE_ROWS = 25


@dataclass
class LogRow:
    """One activity of the file: its cells, what they were read as and its problems in words."""

    number: int  # the spreadsheet's row number: the header is row 1
    cells: list[str]
    completed_on: dt.date | None = None
    date_format: str = ""
    title: str = ""
    provider: str = ""
    amount: Decimal | None = None
    unit: str | None = None
    categories: dict[str, Decimal] = field(default_factory=dict)
    approved: bool | None = None
    verified_on_transcript: bool = False
    notes: str = ""
    excluded_from: list[Credential] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # services.NeedsConfirmation: "save anyway?"
    remarks: list[str] = field(default_factory=list)  # how a value was read, for the person to check
    confirmed: bool = False
    left_out: bool = False  # the person chose not to import this row (issue 24)
    edited: list[int] = field(default_factory=list)  # the columns the person changed in the preview
    duplicate_of: str = ""  # "“Title” on Mar 5, 2025": what is logged already that this row repeats
    duplicate_kept: bool = False  # marked on the page, and the person chose to import it anyway
    counts: list = field(default_factory=list)  # selectors.UnsavedCount per credential

    @property
    def editable(self) -> bool:
        """Whether the preview offers this row's cells for editing: a row in error, or one the
        person already edited (so the edits come back with every re-read)."""
        return bool(self.errors or self.edited) and not self.left_out

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.warnings) and not self.confirmed

    @property
    def unit_label(self) -> str:
        return _unit_label(self.unit) if self.unit in rules.UNITS else ""

    @property
    def approved_shown(self) -> str:
        """ "yes" or "no" as the activity will count (the unit decides; a CPR/BLS card is always
        approved), "—" while the unit is unknown."""
        unit = rules.UNITS.get(self.unit or "")
        if unit is None:
            return "—"
        rule = rules.kind_rule_anywhere(unit.kind)
        approved = unit.approved if rule is None or rule.approved is None else rule.approved
        return "yes" if approved else "no"

    @property
    def messages(self) -> list[str]:
        """ "Row 4: the date 31/02/2025 is not a real date": each problem, naming its row."""
        return [f"Row {self.number}: {error}" for error in self.errors]

    def activity_input(self) -> ActivityInput:
        return ActivityInput.of(
            title=self.title,
            completed_on=self.completed_on,
            amount=self.amount,
            unit=self.unit or "",  # never the default unit for a row that names none
            provider=self.provider,
            categories=self.categories,
            verified_on_transcript=self.verified_on_transcript,
            notes=self.notes,
            excluded_from=self.excluded_from,
        )

    def entry(self) -> ActivityEntry:
        return ActivityEntry(
            self.activity_input(), confirmed=self.confirmed, duplicate_kept=self.duplicate_kept
        )


@dataclass
class ParsedLog:
    headers: list[str]
    mapping: list[str]
    rows: list[LogRow]
    delimiter: str
    encoding: str
    date_order: str  # what was asked: AUTO, MDY or DMY
    slash_order: str  # what 3/5/2025 was read as: MDY or DMY
    mapping_errors: list[str] = field(default_factory=list)
    column_remarks: list[str] = field(default_factory=list)
    # Values the person set for a whole column, used where a row's cell is empty (issue 24).
    fill: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.mapping_errors and bool(self.kept) and all(row.ok for row in self.kept)

    @property
    def kept(self) -> list[LogRow]:
        """The rows to import: all but those the person left out."""
        return [row for row in self.rows if not row.left_out]

    @property
    def left_out(self) -> list[LogRow]:
        return [row for row in self.rows if row.left_out]

    def left_out_csv(self) -> str:
        """The rows left out, with the file's header, as CSV to fix later and import again."""
        return _csv_text(self.headers, [row.cells for row in self.left_out])

    @property
    def errors(self) -> list[str]:
        return [*self.mapping_errors, *(m for row in self.kept for m in row.messages)]

    @property
    def error_summary(self) -> list[str]:
        """The problems in words, each once: "Rows 2–9: category: Choose a category …" rather
        than the same sentence for every row."""
        rows_of: dict[str, list[int]] = {}
        for row in self.kept:
            for error in row.errors:
                rows_of.setdefault(error, []).append(row.number)
        return [*self.mapping_errors, *(f"{_rows_words(numbers)}: {e}" for e, numbers in rows_of.items())]

    @property
    def warning_rows(self) -> list[LogRow]:
        return [row for row in self.rows if row.warnings]

    @property
    def unconfirmed(self) -> list[LogRow]:
        return [row for row in self.kept if row.needs_confirmation]

    @property
    def delimiter_name(self) -> str:
        return DELIMITERS.get(self.delimiter, self.delimiter)

    @property
    def date_formats(self) -> list[tuple[str, int]]:
        """Each date format the file's dates were read in, with how many rows: "say which"."""
        counts = Counter(row.date_format for row in self.rows if row.completed_on is not None)
        return [(DATE_FORMATS[key], count) for key, count in counts.most_common()]

    @property
    def settings_key(self) -> str:
        """The mapping and date order this parse used (the preview posts it back, so "Save all"
        saves only what the person saw)."""
        fill = "|".join(f"{k}={v}" for k, v in sorted(self.fill.items()))
        left_out = ",".join(str(row.number) for row in self.left_out)
        edited = repr([(row.number, row.cells) for row in self.rows if row.edited])
        edits = hashlib.sha256(edited.encode()).hexdigest()[:16]
        return f"{self.date_order}|{'|'.join(self.mapping)}|{fill}|{left_out}|{edits}"

    @cached_property
    def _editable(self) -> set[int]:
        """The rows offered for correction on the page: every row already corrected, and the
        first EDITABLE_ROWS rows in error (a page of a thousand boxes helps nobody, and a browser
        would send more fields than a request may carry)."""
        edited = {row.number for row in self.rows if row.editable and row.edited}
        in_error = [row.number for row in self.rows if row.editable and not row.edited]
        return edited | set(in_error[:EDITABLE_ROWS])

    def editable_cells(self, row: LogRow) -> list[tuple[int, str, str]]:
        """(column index, header, value) of the row's used columns, when it can be corrected."""
        if row.number not in self._editable:
            return []
        return [
            (index, header or f"Column {index + 1}", row.cells[index])
            for index, header in enumerate(self.headers)
            if self.mapping[index]
        ]

    @property
    def duplicates(self) -> list[LogRow]:
        return [row for row in self.rows if row.duplicate_of]

    @property
    def columns(self) -> list[tuple[int, str, str, str]]:
        """(index, header, target, first value) for the mapping table."""
        first = self.rows[0].cells if self.rows else []
        return [
            (i, header, self.mapping[i], first[i] if i < len(first) else "")
            for i, header in enumerate(self.headers)
        ]


def _rows_words(numbers: list[int]) -> str:
    """[2, 3, 4, 7] → "Rows 2–4 and 7"; [5] → "Row 5"."""
    runs: list[list[int]] = []
    for number in sorted(numbers):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs]
    if len(numbers) == 1:
        return f"Row {parts[0]}"
    return "Rows " + (parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}")
