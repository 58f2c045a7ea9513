"""CSV text into rows (``log_parse``): the records read, the columns mapped, the person's edits,
filled columns and left-out rows applied, each row's cells read into values with its problems
in words (``_row_parse``), and the rows that repeat what is logged already marked."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from django.utils.formats import date_format

from credentials import rules, selectors
from credentials.activity_input import amount_error
from credentials.log_io.columns import (
    AMOUNT,
    AMOUNT_IN,
    APPROVED,
    CATEGORY,
    DATE,
    EXCLUDED,
    FILLABLE,
    NOTES,
    PROVIDER,
    SHARE,
    TITLE,
    UNIT,
    VERIFIED,
    _mapping_errors,
    _norm,
    _slot,
    mapping_guess,
)
from credentials.log_io.csv_cells import _uncell
from credentials.log_io.reading import MAX_COLUMNS, MAX_ROWS, LogFileError, _records, sniff_delimiter
from credentials.log_io.rows import LogRow, ParsedLog
from credentials.log_io.values import (
    AUTO,
    DMY,
    MDY,
    _amount_problem,
    _number,
    parse_bool,
    parse_categories,
    parse_date,
    parse_unit,
    slash_order,
    unit_words,
)
from credentials.models import CEActivity, Credential

TITLE_MAX = CEActivity._meta.get_field("title").max_length  # longer cannot be saved, nor repeat one


def log_parse(
    *,
    text: str,
    owner,
    encoding: str = "UTF-8",
    mapping: Sequence[str] | None = None,
    date_order: str = AUTO,
    fill: dict[str, str] | None = None,
    left_out: Iterable[int] | None = None,
    edits: Mapping[tuple[int, int], str] | None = None,
    duplicates_shown: Iterable[int] = (),
) -> ParsedLog:
    """Read the CSV text into rows (raises LogFileError for a file that cannot be read at all).

    ``mapping``: the field of each column (``target_choices``), else guessed from the headers.
    ``fill``: a value for a whole column ({CATEGORY: "general"}, {APPROVED: "yes"}), used in every
    row whose own cell is empty, whether or not the file has that column.
    ``left_out``: the row numbers not to import; None at first, when the rows that repeat what is
    logged already are left out (``duplicate_of``) until the person keeps them.
    ``duplicates_shown``: the rows the page marked "already logged"; a row marked only now (after
    a change of columns, dates or cells) is left out too, until the person has seen it.
    ``edits``: {(row number, column index): text}, cells the person corrected in the preview.
    Nothing is written; the service's own checks run in ``activity_log_check``."""
    delimiter, headers, data = _text_split(text)
    remarks: list[str] = []
    if mapping is None or len(mapping) != len(headers):
        mapping, remarks = mapping_guess(headers)
    mapping = list(mapping)
    order = date_order if date_order in (MDY, DMY) else AUTO
    parsed = ParsedLog(
        headers=headers,
        mapping=mapping,
        rows=[],
        delimiter=delimiter,
        encoding=encoding,
        date_order=order,
        slash_order=_slash_choose(order, mapping, data),
        mapping_errors=_mapping_errors(mapping, headers),
        column_remarks=remarks,
        fill={k: v for k, v in (fill or {}).items() if k in FILLABLE and v},
    )
    credentials = list(selectors.credential_list(user=owner))
    changes = _changes_by_row(edits, width=len(headers))
    for number, record in data:
        record, edited = _record_edit(record, changes.get(number, {}), width=len(headers))
        row = _row_parse(
            number,
            record,
            mapping,
            headers,
            slash=parsed.slash_order,
            delimiter=delimiter,
            credentials=credentials,
            fill=parsed.fill,
        )
        row.edited = edited
        parsed.rows.append(row)
    _duplicates_mark(owner, parsed.rows)
    _left_out_mark(parsed, left_out=left_out, duplicates_shown=duplicates_shown)
    return parsed


def _text_split(text: str) -> tuple[str, list[str], list[tuple[int, list[str]]]]:
    """(delimiter, headers, [(row number, record)] of the rows with any cell filled), or
    LogFileError when the text is not a CSV file Recert reads (NUL characters, no header, too many
    columns or rows, no activities)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise LogFileError(
            "The file holds NUL characters, so it is not a plain CSV file. In your spreadsheet choose "
            "Save As › CSV UTF-8, then upload that file."
        )
    delimiter = sniff_delimiter(text)
    records = _records(text, delimiter)
    if not records:
        raise LogFileError("The file is empty.")
    if not any(cell.strip() for cell in records[0]):
        raise LogFileError("The first row is empty: it must hold the column names (Date, Title, Amount, …).")
    headers = [_uncell(h).strip() for h in records[0]]
    if len(headers) > MAX_COLUMNS:
        raise LogFileError(f"The file has {len(headers)} columns; Recert reads up to {MAX_COLUMNS}.")
    data = [
        (number, record)
        for number, record in enumerate(records[1:], start=2)
        if any(c.strip() for c in record)
    ]
    if len(data) > MAX_ROWS:
        raise LogFileError(
            f"The file has more than {MAX_ROWS:,} rows; Recert imports up to {MAX_ROWS:,} at a time. "
            "Split it into smaller files and import them one by one."
        )
    if not data:
        raise LogFileError("The file has a header row but no activities under it.")
    return delimiter, headers, data


def _slash_choose(order: str, mapping: Sequence[str], data: Sequence[tuple[int, list[str]]]) -> str:
    """What 3/5/2025 is read as: the order asked for, or AUTO's choice from the date column."""
    if order != AUTO:
        return order
    date_column = next((i for i, t in enumerate(mapping) if t == DATE), None)
    return slash_order(r[date_column] for _, r in data if date_column is not None and date_column < len(r))


def _changes_by_row(edits: Mapping[tuple[int, int], str] | None, *, width: int) -> dict[int, dict[int, str]]:
    """The person's corrections as {row number: {column index: text}}, within the file's columns."""
    changes: dict[int, dict[int, str]] = defaultdict(dict)
    for (number, column), value in (edits or {}).items():
        if 0 <= column < width:
            changes[number][column] = value
    return changes


def _left_out_mark(
    parsed: ParsedLog, *, left_out: Iterable[int] | None, duplicates_shown: Iterable[int]
) -> None:
    """Leave out the rows the person left out, and each row that repeats what is logged already
    until the page has shown it as such; a repeat shown and not left out is kept on purpose."""
    shown = set(duplicates_shown)
    skip = set(left_out or ()) | {row.number for row in parsed.duplicates if row.number not in shown}
    for row in parsed.rows:
        row.left_out = row.number in skip
        row.duplicate_kept = bool(row.duplicate_of) and row.number in shown and not row.left_out


def _record_edit(record: list[str], changes: Mapping[int, str], *, width: int) -> tuple[list[str], list[int]]:
    """The record with the person's corrections (only those that change a cell) and which columns
    they changed."""
    if not changes:
        return record, []
    record = list(record) + [""] * (width - len(record))
    edited = []
    for column, value in sorted(changes.items()):
        value = value.strip()
        if value != _uncell(record[column]).strip():
            record[column] = value
            edited.append(column)
    return record, edited


def _duplicates_mark(owner, rows: Sequence[LogRow]) -> None:
    """Mark each row that repeats an activity logged already: the same date and amount and a title
    that reads nearly the same (``selectors.titles_close``)."""
    days = [row.completed_on for row in rows if row.completed_on is not None]
    if not days:
        return
    logged = defaultdict(list)
    for activity in selectors.activity_list(user=owner).filter(completed_on__range=(min(days), max(days))):
        logged[(activity.completed_on, activity.amount)].append(activity)
    for row in rows:
        for activity in logged.get((row.completed_on, row.amount), ()):
            if (
                row.title
                and len(row.title) <= TITLE_MAX
                and selectors.titles_close(row.title, activity.title)
            ):
                row.duplicate_of = f"“{activity.title}” on {date_format(activity.completed_on)}"
                break


def _row_parse(
    number: int,
    record: list[str],
    mapping: Sequence[str],
    headers: Sequence[str],
    *,
    slash: str,
    delimiter: str,
    credentials: list[Credential],
    fill: dict[str, str] | None = None,
) -> LogRow:
    """One record as a row: its cells read field by field, in an order that matters (the approval
    may change the unit and the amount, and a category split is of the amount as saved)."""
    row, cells = _row_cells(number, record, mapping)
    by, header_of = _cells_by_target(cells, mapping, headers, fill)
    decimal_comma = delimiter == ";"
    _date_read(row, by, slash)
    row.title = by.get(TITLE, "")
    if TITLE in by and not row.title:
        row.errors.append("the title is missing")
    row.provider = by.get(PROVIDER, "")
    row.notes = by.get(NOTES, "")
    amount_target = _amount_read(row, by, decimal_comma=decimal_comma)
    _unit_read(row, by, amount_target)
    _approved_read(row, by, header_of)
    _verified_read(row, by, header_of)
    _categories_read(row, by, decimal_comma=decimal_comma)
    _excluded_read(row, by, header_of, credentials)
    return row


def _row_cells(number: int, record: list[str], mapping: Sequence[str]) -> tuple[LogRow, list[str]]:
    """A new row with the record's cells (the formula guard off, one per column), and an error when
    the record has filled cells beyond the header's columns."""
    cells = [_uncell(cell).strip() for cell in record]
    cells += [""] * (len(mapping) - len(cells))
    row = LogRow(number=number, cells=cells[: len(mapping)])
    if len(record) > len(mapping) and any(c.strip() for c in record[len(mapping) :]):
        row.errors.append(f"it has {len(record)} cells but the header names {len(mapping)} columns")
    return row, cells


def _cells_by_target(
    cells: Sequence[str], mapping: Sequence[str], headers: Sequence[str], fill: dict[str, str] | None
) -> tuple[dict[str, str], dict[str, str]]:
    """({target: cell}, {target: header}) of the used columns, with the person's value for a whole
    column where the row's own cell is empty (a category not where the row splits by columns)."""
    by = {target: cells[i] for i, target in enumerate(mapping) if target}
    header_of = {target: headers[i] for i, target in enumerate(mapping) if target}
    for target, value in (fill or {}).items():
        if not by.get(target) and not (
            target == CATEGORY and any(by.get(t) for t in by if t.startswith(SHARE))
        ):
            by[target] = value  # the person's value for the whole column
            header_of.setdefault(target, "the value for all rows")
    return by, header_of


def _date_read(row: LogRow, by: Mapping[str, str], slash: str) -> None:
    if DATE in by:
        row.completed_on, row.date_format, problem = parse_date(by[DATE], slash)
        if problem:
            row.errors.append(problem)


def _amount_read(row: LogRow, by: Mapping[str, str], *, decimal_comma: bool) -> str | None:
    """The amount, from whichever column is read as one; returns that column's target."""
    amount_target = next((t for t in by if _slot(t) == AMOUNT), None)
    if amount_target is not None:
        raw = by[amount_target]
        amount = _number(raw, decimal_comma=decimal_comma)
        if amount is None:
            row.errors.append(f"amount must be a number, not “{raw}”" if raw else "amount is missing")
        elif problem := amount_error(amount):
            # The services' own words, as on a row they refuse: "amount: Enter an amount …".
            row.errors.append(f"amount: {problem}")
        else:
            row.amount = amount
    return amount_target


def _unit_read(row: LogRow, by: Mapping[str, str], amount_target: str | None) -> None:
    """The unit from the Unit column, else from an amount column that names it ("Hours")."""
    implied = (
        amount_target[len(AMOUNT_IN) :] if amount_target and amount_target.startswith(AMOUNT_IN) else None
    )
    if by.get(UNIT):
        row.unit = parse_unit(by[UNIT])
        if row.unit is None:
            row.errors.append(f"unit “{by[UNIT]}” is not one of: {unit_words()}")
    elif implied:
        row.unit = implied
    elif amount_target is not None:
        row.errors.append(
            "the unit is missing: fill the Unit column, or read the amount column as "
            "“Amount in contact hours” (or another unit) below"
        )


def _approved_read(row: LogRow, by: Mapping[str, str], header_of: Mapping[str, str]) -> None:
    if APPROVED in by:
        try:
            row.approved = parse_bool(by[APPROVED])
        except ValueError:
            row.errors.append(f"{header_of[APPROVED]} “{by[APPROVED]}” should be yes or no")
    if row.unit in rules.UNITS:
        _approval_apply(row, header_of.get(APPROVED, rules.APPROVAL.label))


def _verified_read(row: LogRow, by: Mapping[str, str], header_of: Mapping[str, str]) -> None:
    if VERIFIED in by:
        try:
            row.verified_on_transcript = bool(parse_bool(by[VERIFIED]))
        except ValueError:
            row.errors.append(f"{header_of[VERIFIED]} “{by[VERIFIED]}” should be yes or no")


def _categories_read(row: LogRow, by: Mapping[str, str], *, decimal_comma: bool) -> None:
    """The split from the category amount columns when any is filled, else from the Category column."""
    shares = {t[len(SHARE) :]: by[t] for t in by if t.startswith(SHARE)}
    if any(shares.values()):
        for category, raw in shares.items():
            if not raw:
                continue
            value = _number(raw, decimal_comma=decimal_comma)
            problem = _amount_problem(value, raw, f"the {category} part", zero_ok=True)
            if problem:
                row.errors.append(problem)
            elif value:
                row.categories[category] = value
        if by.get(CATEGORY):
            row.remarks.append(
                "The split comes from the category amount columns; the Category column is not used."
            )
    elif by.get(CATEGORY):
        row.categories, problem = parse_categories(by[CATEGORY], row.amount, decimal_comma=decimal_comma)
        if problem:
            row.errors.append(problem)


def _excluded_read(
    row: LogRow, by: Mapping[str, str], header_of: Mapping[str, str], credentials: Sequence[Credential]
) -> None:
    """The credentials named in the "Do not count toward" cell (separated by semicolons)."""
    if by.get(EXCLUDED):
        for name in (n.strip() for n in re.split(r"[;\n]", by[EXCLUDED]) if n.strip()):
            credential = _credential_named(name, credentials)
            if credential is None:
                yours = ", ".join(str(c) for c in credentials) or "none yet"
                row.errors.append(
                    f"“{name}” in {header_of[EXCLUDED]} is not one of your credentials ({yours})"
                )
            elif credential not in row.excluded_from:
                row.excluded_from.append(credential)


def _approval_apply(row: LogRow, column: str) -> None:
    """The approval column against the unit: approval follows from the unit in Recert (an AAMA
    CEU is AAMA-approved), so approved contact hours become AAMA CEUs and a contradiction is an
    error in words."""
    unit = rules.UNITS[row.unit]
    rule = rules.kind_rule_anywhere(unit.kind)
    fixed = rule.approved if rule is not None else None
    approved_unit = rules.approved_unit(rules.UNIT_OF_KIND[rules.CE])
    if row.approved is True and not unit.approved and fixed is not True:
        printed = rules.PRINTED_UNITS.get(row.unit)
        if printed is not None and printed.approved is not None and row.amount is not None:
            # R-CMA-7: an approved course printed in minutes is AAMA CEUs at 50 minutes each.
            row.unit, row.amount = printed.approved.unit, printed.approved.logged_amount(row.amount)
            row.remarks.append(
                f"{printed.approved.words}: saved as {rules.UNITS[row.unit].quantity(row.amount)}."
            )
        elif row.unit == rules.UNIT_OF_KIND[rules.CE]:
            row.unit = approved_unit
            row.remarks.append(
                f"{rules.APPROVAL.label} contact hours are saved as {rules.UNITS[approved_unit].label}."
            )
        else:
            row.errors.append(
                f"{unit.label} are never {rules.APPROVAL.label}, but {column} says yes: set it to no, "
                f"or change the unit to {rules.UNITS[approved_unit].label}"
            )
    elif row.approved is False and unit.approved:
        row.errors.append(
            f"{unit.label} are always {rules.APPROVAL.label}, but {column} says no: log a course the "
            f"{rules.APPROVAL.label.split('-')[0]} did not approve in contact hours"
        )


def _credential_named(name: str, credentials: Sequence[Credential]) -> Credential | None:
    """A credential by its name as the export writes it ("CMA (AAMA) #123456"), or by its
    program's name when the person holds only one of that name."""
    wanted = _norm(name)
    exact = [c for c in credentials if _norm(str(c)) == wanted]
    if len(exact) == 1:
        return exact[0]
    named = [c for c in credentials if _norm(c.display_name) == wanted]
    return named[0] if len(named) == 1 else None
