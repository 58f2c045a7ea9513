"""The activity log as a spreadsheet: CSV import and CSV/XLSX export (docs/csv-format.md).

Import, in steps, none of which stores a file:

1. ``upload_read`` reads the uploaded bytes as text (UTF-8 with or without a byte order mark,
   else Windows-1252), within ``MAX_BYTES``;
2. ``log_parse`` sniffs the delimiter (comma, semicolon or tab), maps each column to a field by
   its header (or by the mapping the person chose) and reads every row into service arguments,
   with each problem in words on its row;
3. ``activity_log_check`` runs every row through the service's checks
   (``services.activities_check``) without writing, so the preview shows the service's own errors
   and warnings and holds no lock;
4. ``activity_log_import`` saves all rows or none (``services.activities_create``), in one short
   transaction whose queries do not grow with the rows.

Between the preview and the save the text travels signed (``payload_sign``/``payload_load``).

Export: ``export_table`` is one row per activity with the columns an auditor expects and, per
credential, what the activity counts for its current period (from the selectors' verdicts).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import io
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cached_property

from django.core import signing
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format

from credentials import file_work, rules, selectors, services, transcript
from credentials.activity_input import ActivityEntry, ActivityInput, amount_error
from credentials.models import CEActivity, Credential

MAX_BYTES = 2 * 1024 * 1024
# The service checks every row, then saves them in bulk: 2,000 rows hold SQLite's write lock
# about a second (half a minute when each row was saved on its own).
MAX_ROWS = 2000
# Rows the preview runs the service's checks on; a longer file is checked only when saved.
PREVIEW_CHECK_MAX_ROWS = MAX_ROWS
MAX_COLUMNS = 60
# How long a preview can wait before "Save all"; the signed text is refused after that.
PAYLOAD_MAX_AGE = 6 * 60 * 60
PAYLOAD_SALT = "credentials.log_io.import"
# The signed text is compressed; anything longer than this was not made by ``payload_sign``.
PAYLOAD_MAX_CHARS = 4 * MAX_BYTES

# --------------------------------------------------------------------------- columns

IGNORE = ""
DATE = "date"
TITLE = "title"
PROVIDER = "provider"
AMOUNT = "amount"
AMOUNT_IN = "amount:"  # + a unit code: an amount column whose header names its unit ("Hours")
UNIT = "unit"
CATEGORY = "category"
SHARE = "share:"  # + a category: that category's part of the amount
APPROVED = "approved"
VERIFIED = "verified"
NOTES = "notes"
EXCLUDED = "excluded"


def _unit_label(code: str) -> str:
    label = rules.UNITS[code].label
    return label[0].upper() + label[1:]


def target_choices() -> list[tuple[str, str]]:
    """What a column can be read as, for the mapping select on the preview page."""
    return [
        (IGNORE, "(not used)"),
        (DATE, "Date completed"),
        (TITLE, "Title"),
        (PROVIDER, "Provider"),
        (AMOUNT, "Amount (its unit in the Unit column)"),
        *[(AMOUNT_IN + code, f"Amount in {unit.label}") for code, unit in rules.UNITS.items()],
        (UNIT, "Unit"),
        (CATEGORY, "Category (or a split: clinical 1; general 1)"),
        *[(SHARE + c, f"{c.capitalize()} part of the amount") for c in rules.CATEGORIES],
        (APPROVED, f"{rules.APPROVAL.label} (yes/no)"),
        (VERIFIED, "Verified on transcript (yes/no)"),
        (NOTES, "Notes"),
        (EXCLUDED, "Do not count toward (credential names)"),
    ]


def _target_label(target: str) -> str:
    return dict(target_choices()).get(target, target)


def _norm(text: str) -> str:
    """ "  Date-Completed " → "date completed": headers and words compared case and space blind."""
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()


# Header names (normalised) each field is recognised by. Order matters only for the docs.
HEADERS: dict[str, tuple[str, ...]] = {
    DATE: (
        "date",
        "completed",
        "completion date",
        "date completed",
        "completed on",
        "date of completion",
        "course date",
        "activity date",
        "date earned",
    ),
    TITLE: ("title", "course", "course title", "course name", "activity", "activity title", "activity name"),
    PROVIDER: ("provider", "sponsor", "organization", "organisation", "provider name", "issued by"),
    AMOUNT: ("amount", "credits", "ceus", "ceu", "ce credits", "points", "quantity"),
    AMOUNT_IN + "contact_hours": ("hours", "contact hours", "ce hours", "hrs", "contact hrs"),
    AMOUNT_IN + "aama_ceus": ("aama ceus", "aama ceu"),
    AMOUNT_IN + "amt_points": ("amt points", "ccp points", "amt ccp points"),
    AMOUNT_IN + "nha_credits": ("nha credits", "nha ce credits"),
    AMOUNT_IN + "college_credits": ("college credits", "semester credits"),
    AMOUNT_IN + "minutes": ("minutes", "mins", "length in minutes", "duration minutes"),
    UNIT: ("unit", "units", "unit type", "credit type"),
    CATEGORY: ("category", "categories", "content area", "content category"),
    **{
        SHARE + c: (c, *(f"{c} {w}" for w in ("amount", "part", "hours", "points", "ceus")))
        for c in rules.CATEGORIES
    },
    APPROVED: ("aama approved", "aama", "approved", "aama approval"),
    VERIFIED: ("verified", "on transcript", "verified on transcript", "verified on official transcript"),
    NOTES: ("notes", "note", "comments", "comment", "description"),
    EXCLUDED: ("do not count toward", "not counted toward", "excluded from", "exclude from"),
}
HEADERS[SHARE + rules.ADMINISTRATIVE] += ("admin",)
_HEADER_TARGET = {_norm(name): target for target, names in HEADERS.items() for name in names}
# Columns of Recert's own export that the import passes over without a remark: the certificate
# (a file cannot travel in a CSV) and the "… counts" and "… reason" columns (computed, two per
# credential).
IGNORED_HEADERS = ("certificate file", "certificate", "certificate name", "certificate file name")


def _header_target(header: str) -> str | None:
    name = _norm(header)
    if name in _HEADER_TARGET:
        return _HEADER_TARGET[name]
    if name in IGNORED_HEADERS or name.endswith((_norm(COUNTS), _norm(REASON))):
        return IGNORE
    return None


# Unit words (normalised), besides each unit's code, label and singular from the rules engine.
UNIT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "contact_hours": ("hours", "hour", "hrs", "hr", "contact hrs", "ce hours", "ce hour", "clock hours"),
    "aama_ceus": ("aama ceus", "aama ceu", "aama ce", "aama ce units"),
    "amt_points": ("amt points", "amt point", "ccp points", "ccp point", "amt ccp point"),
    "nha_credits": ("nha credits", "nha credit", "nha ce credit"),
    "college_credits": ("college credits", "college credit", "semester credits", "semester credit"),
    "cpr_card": ("cpr card", "bls card", "cpr cards", "bls cards", "cpr", "bls"),
    "minutes": ("min", "mins", "contact minutes"),
}
_UNIT_WORDS = {
    _norm(word): code
    for code, unit in rules.UNITS.items()
    for word in (code, unit.label, unit.singular, *UNIT_SYNONYMS.get(code, ()))
}

CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    rules.ADMINISTRATIVE: ("administrative", "admin", "a"),
    rules.CLINICAL: ("clinical", "clin", "c"),
    rules.GENERAL: ("general", "gen", "g"),
}
_CATEGORY_WORD = {word: category for category, words in CATEGORY_WORDS.items() for word in words}

TRUE_WORDS = ("yes", "y", "true", "x", "1", "✓", "✔")
FALSE_WORDS = ("no", "n", "false", "0", "-")

# --------------------------------------------------------------------------- dates

AUTO, MDY, DMY = "auto", "mdy", "dmy"
DATE_ORDERS = [
    (AUTO, "Work it out from the file (month/day/year unless a day above 12 comes first)"),
    (MDY, "Month/day/year (US): 3/5/2025 is March 5, 2025"),
    (DMY, "Day/month/year: 3/5/2025 is 3 May 2025"),
]
DATE_FORMATS = {
    "iso": "year-month-day (2025-03-05)",
    "iso_time": "year-month-day with a time, as Excel writes it (2025-03-05 00:00:00)",
    MDY: "month/day/year, US (3/5/2025)",
    DMY: "day/month/year (5/3/2025)",
    "named": "the month in words (March 5, 2025)",
    "dotted": "day.month.year (05.03.2025)",
    "serial": "an Excel date number (45721)",
}
_MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower())
}
_MONTHS["sept"] = 9
_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_ISO_TIME = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?"
)
_SLASH = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_NAMED_MDY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_NAMED_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})")
_SERIAL = re.compile(r"\d{5}(?:\.0+)?")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def _year(text: str) -> int:
    """A four-digit year, or a two-digit one in this century (1900s when that is in the future)."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year <= dt.date.today().year % 100 + 5 else 1900
    return year


def slash_order(texts: Iterable[str]) -> str:
    """AUTO's choice for dates like 3/5/2025: day first only when some first number is above 12
    and no second one is."""
    firsts = seconds = False
    for text in texts:
        match = _SLASH.fullmatch(text.strip())
        if match:
            firsts = firsts or int(match[1]) > 12
            seconds = seconds or int(match[2]) > 12
    return DMY if firsts and not seconds else MDY


def parse_date(text: str, order: str = MDY) -> tuple[dt.date | None, str, str]:
    """(date, format key, problem in words): a date in one of DATE_FORMATS."""
    raw = text.strip()
    value = raw.casefold()
    parts: tuple[int, int, int] | None = None
    kind = ""
    if match := _ISO.fullmatch(value):
        parts, kind = (int(match[1]), int(match[2]), int(match[3])), "iso"
    elif match := _ISO_TIME.fullmatch(value):
        parts, kind = (int(match[1]), int(match[2]), int(match[3])), "iso_time"
    elif match := _SLASH.fullmatch(value):
        first, second, year = int(match[1]), int(match[2]), _year(match[3])
        parts = (year, first, second) if order == MDY else (year, second, first)
        kind = order
    elif match := _DOTTED.fullmatch(value):
        parts, kind = (int(match[3]), int(match[2]), int(match[1])), "dotted"
    elif (match := _NAMED_MDY.fullmatch(value)) and match[1] in _MONTHS:
        parts, kind = (int(match[3]), _MONTHS[match[1]], int(match[2])), "named"
    elif (match := _NAMED_DMY.fullmatch(value)) and match[2] in _MONTHS:
        parts, kind = (int(match[3]), _MONTHS[match[2]], int(match[1])), "named"
    elif _SERIAL.fullmatch(value):
        number = int(Decimal(value))
        if 10_000 <= number <= 80_000:
            return _EXCEL_EPOCH + dt.timedelta(days=number), "serial", ""
    if not raw:
        return None, "", "the date is missing"
    if parts is None:
        return (
            None,
            "",
            f"the date {raw} is not in a form Recert reads: "
            "write it like 2025-03-05, 3/5/2025 or March 5, 2025",
        )
    try:
        return dt.date(*parts), kind, ""
    except ValueError:
        return None, kind, f"the date {raw} is not a real date"


# --------------------------------------------------------------------------- values


def _number(text: str, *, decimal_comma: bool) -> Decimal | None:
    """A finite decimal, or None; "1,5" reads as 1.5 in a semicolon file (a European spreadsheet)."""
    value = text.strip().replace(" ", "")
    if decimal_comma and re.fullmatch(r"\d*,\d+", value):
        value = value.replace(",", ".")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", value):
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _amount_problem(number: Decimal | None, raw: str, what: str, *, zero_ok: bool = False) -> str:
    if number is None or number < 0 or (number == 0 and not zero_ok):
        above = "0 or more" if zero_ok else "above 0"
        return f"{what} must be a number {above}, not “{raw}”" if raw else f"{what} is missing"
    if number != number.quantize(Decimal("0.01")):
        return f"{what} {raw} has more than 2 decimal places"
    if number >= Decimal(100_000):
        return f"{what} {raw} is too large"
    return ""


def parse_bool(text: str) -> bool | None:
    """True, False, or None for an empty cell; raises ValueError for anything else."""
    value = text.strip().casefold()
    if not value:
        return None
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ValueError(value)


def parse_unit(text: str) -> str | None:
    return _UNIT_WORDS.get(_norm(text))


def unit_words() -> str:
    """ "contact hours, AAMA CEUs, …": the units as the error messages list them."""
    return ", ".join(u.label for u in rules.UNITS.values())


_SPLIT_PART = re.compile(
    r"(?P<name>[a-z]+)\s*[:=]?\s*(?P<num>\d*[.,]?\d+)?|(?P<num2>\d*[.,]?\d+)\s*(?P<name2>[a-z]+)"
)


def parse_categories(text: str, amount: Decimal | None, *, decimal_comma: bool) -> tuple[dict, str]:
    """ "clinical" → the whole amount; "clinical 1; general 1" (or "C: 1, G: 1") → a split."""
    parts = [p for p in re.split(r"\s*[;|+]\s*|\s*,\s*(?=[^\d\s])|\s+and\s+", text.strip().casefold()) if p]
    found: dict[str, Decimal | None] = {}
    for part in parts:
        match = _SPLIT_PART.fullmatch(part)
        name = (match["name"] or match["name2"]) if match else part
        number_text = (match["num"] or match["num2"] or "") if match else ""
        category = _CATEGORY_WORD.get(name)
        if category is None:
            return {}, (f"category “{part}” is not one of administrative, clinical or general (or A, C, G)")
        if category in found:
            return {}, f"category {category} appears twice in “{text.strip()}”"
        number = _number(number_text.replace(",", "."), decimal_comma=True) if number_text else None
        if number_text and (problem := _amount_problem(number, number_text, f"the {category} part")):
            return {}, problem
        found[category] = number
    if len(found) == 1 and next(iter(found.values())) is None:
        return ({next(iter(found)): amount} if amount is not None else {}), ""
    if any(value is None for value in found.values()):
        return {}, (
            f"the category split “{text.strip()}” needs an amount for each part, e.g. clinical 1; general 1"
        )
    return {c: a for c, a in found.items() if a}, ""


# Where a spreadsheet may start a cell: at the start of the text, or after a character it may
# split at (; , tab | or a line break) — quotes do not stop a reader set to another delimiter. A
# cell that starts, after quotes and spaces, with = + - @, a tab or a carriage return may run as
# a formula.
_CELL_START = r"(?:^|(?<=[;,\t|\n])|(?<=\r)(?!\n))"
_FORMULA_AHEAD = r"(?=['\"\s]*[=+\-@\t\r])"
_GUARD_AT = re.compile(_CELL_START + _FORMULA_AHEAD)
_GUARD = re.compile(_CELL_START + "'" + _FORMULA_AHEAD)


def _folded(text: str) -> str:
    """``text`` with each character as NFKC writes it when that is one character (fullwidth ＝ is
    =, ； is ;), so that positions in it are positions in ``text``."""
    if text.isascii():
        return text
    return "".join(n if len(n := unicodedata.normalize("NFKC", c)) == 1 else c for c in text)


def csv_cell(text: str) -> str:
    """An apostrophe wherever a cell that may run as a formula would start, which spreadsheets show
    as text. An apostrophe already there counts as text, so ``_uncell`` gives the text back."""
    for match in reversed(list(_GUARD_AT.finditer(_folded(text)))):
        text = f"{text[: match.start()]}'{text[match.start() :]}"
    return text


def _uncell(text: str) -> str:
    """Undo ``csv_cell``: each apostrophe comes off only where the export would have added it."""
    for match in reversed(list(_GUARD.finditer(_folded(text)))):
        text = text[: match.start()] + text[match.end() :]
    return text


# --------------------------------------------------------------------------- reading a file


class LogFileError(Exception):
    """The file as a whole cannot be read (too large, not text, no rows); the message says why."""


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read in: UTF-8 (a byte order mark or not), UTF-16 with a
    byte order mark (Excel's "Unicode text"), else Windows-1252 (older Excel on Windows)."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise LogFileError(
            "This is an older Excel file (.xls) or a password-protected workbook, which Recert cannot "
            "open. In Excel remove the password (File › Info › Protect Workbook) and choose File › Save As "
            "› Excel Workbook (.xlsx) or CSV UTF-8, then upload that file."
        )
    if data.startswith(b"PK\x03\x04"):
        raise LogFileError("This is an Excel workbook: upload it as it is, or save its sheet as CSV UTF-8.")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "UTF-8 (with a byte order mark)"
        except UnicodeDecodeError:
            pass
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    else:
        try:
            return data.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            pass
        try:
            return data.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError:
            pass
    raise LogFileError(
        "Recert cannot read this file as text (UTF-8 or Windows-1252). In your spreadsheet choose "
        "Save As › CSV UTF-8, then upload that file."
    )


@dataclass(frozen=True)
class LogFile:
    """An uploaded log as text: a CSV file's, or a workbook's chosen sheet (``sheets``: each sheet's
    name and CSV text; empty for a CSV file)."""

    text: str
    encoding: str
    sheets: tuple[tuple[str, str], ...] = ()
    sheet: int = 0
    draft_id: int | None = None  # the inbox draft whose transcript the rows come from


def sheet_choose(sheets: Sequence[tuple[str, str]]) -> int:
    """The sheet to import first: the first whose header names a date, a title and an amount (a
    workbook's first sheet may be a cover or a summary), else the first with any rows."""
    for index, (_, text) in enumerate(sheets):
        header = next(csv.reader(io.StringIO(text)), [])
        mapping, _ = mapping_guess([_uncell(h).strip() for h in header])
        if {DATE, TITLE, AMOUNT} <= {_slot(target) for target in mapping}:
            return index
    return next((i for i, (_, text) in enumerate(sheets) if text.strip()), 0)


def sheet_file(sheets: Sequence[tuple[str, str]], index: int) -> LogFile:
    index = index if 0 <= index < len(sheets) else 0
    name = sheets[index][0]
    encoding = f"Excel workbook, sheet “{name}”" if len(sheets) > 1 else "Excel workbook"
    return LogFile(sheets[index][1], encoding, tuple(tuple(s) for s in sheets), index)


def upload_read(upload) -> LogFile:
    """An uploaded CSV file's text and encoding, or a workbook's sheets, within MAX_BYTES."""
    size = upload.size or 0
    if size > MAX_BYTES:
        raise LogFileError(
            f"The file is {size / 1024 / 1024:.1f} MB; Recert reads CSV files up to "
            f"{MAX_BYTES // 1024 // 1024} MB. Split it into smaller files and import them one by one."
        )
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise LogFileError(
            f"The file is larger than {MAX_BYTES // 1024 // 1024} MB. Split it into smaller files."
        )
    if not data.strip():
        raise LogFileError("The file is empty.")
    if data.startswith(b"PK\x03\x04"):  # an .xlsx workbook: its sheets, read in a bounded child
        try:
            sheets = file_work.spreadsheet_sheets(data, max_rows=MAX_ROWS, max_bytes=MAX_BYTES)
        except file_work.SpreadsheetError as error:
            raise LogFileError(str(error)) from None
        return sheet_file(sheets, sheet_choose(sheets))
    return LogFile(*decode(data))


DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header row into the most columns (a comma when none does)."""
    header = next(iter(text.splitlines()), "")
    best, columns = ",", 1
    for delimiter in DELIMITERS:
        try:
            count = len(next(csv.reader([header], delimiter=delimiter), []))
        except csv.Error:
            continue
        if count > columns:
            best, columns = delimiter, count
    return best


def _records(text: str, delimiter: str) -> list[list[str]]:
    records, filled = [], 0
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for record in reader:
            records.append(record)
            filled += any(cell.strip() for cell in record)
            if filled > MAX_ROWS + 1:  # the header and one row too many: enough to say so
                break
    except csv.Error as error:
        raise LogFileError(
            f"Row {reader.line_num}: Recert cannot read this row ({error}). Check its quotes, then "
            "save the file as CSV again."
        ) from None
    return records


# --------------------------------------------------------------------------- parsing


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


def mapping_guess(headers: Sequence[str]) -> tuple[list[str], list[str]]:
    """Each column's field from its header, and remarks on the columns left unused."""
    mapping, remarks, taken = [], [], {}
    for index, header in enumerate(headers):
        target = _header_target(header)
        name = header.strip() or f"column {index + 1}"
        if target is None:
            remarks.append(f"Column {index + 1} “{name}” is not a column Recert knows: it is not used.")
            target = IGNORE
        elif target and _slot(target) in taken:
            remarks.append(
                f"Column {index + 1} “{name}” is not used: column {taken[_slot(target)] + 1} is "
                f"already read as {_target_label(mapping[taken[_slot(target)]])}."
            )
            target = IGNORE
        if target:
            taken[_slot(target)] = index
        mapping.append(target)
    return mapping, remarks


def _slot(target: str) -> str:
    """Targets that fill the same field: every kind of amount column is the amount."""
    return AMOUNT if target.startswith(AMOUNT_IN) else target


def _mapping_errors(mapping: Sequence[str], headers: Sequence[str]) -> list[str]:
    errors, seen = [], {}
    known = dict(target_choices())
    for index, target in enumerate(mapping):
        if target not in known:
            errors.append(f"Column {index + 1}: choose what it holds.")
            continue
        if not target:
            continue
        slot = _slot(target)
        if slot in seen:
            errors.append(
                f"Columns {seen[slot] + 1} and {index + 1} are both read as "
                f"{'an amount' if slot == AMOUNT else _target_label(target)}: set one of them to (not used)."
            )
        else:
            seen[slot] = index
    for slot, words in ((DATE, "the completion date"), (TITLE, "the title"), (AMOUNT, "the amount")):
        if slot not in seen:
            errors.append(
                f"No column holds {words}: choose “{_target_label(slot)}” for one of the columns below."
            )
    return errors


# The columns whose value the person can set for every row in the preview.
FILLABLE = (CATEGORY, APPROVED)
# Rows in error offered for correction on one page; the others are fixed in the file, or left out.
EDITABLE_ROWS = 25
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
    remarks: list[str] = []
    if mapping is None or len(mapping) != len(headers):
        mapping, remarks = mapping_guess(headers)
    mapping = list(mapping)
    date_column = next((i for i, t in enumerate(mapping) if t == DATE), None)
    order = date_order if date_order in (MDY, DMY) else AUTO
    slash = order
    if order == AUTO:
        slash = slash_order(
            r[date_column] for _, r in data if date_column is not None and date_column < len(r)
        )
    parsed = ParsedLog(
        headers=headers,
        mapping=mapping,
        rows=[],
        delimiter=delimiter,
        encoding=encoding,
        date_order=order,
        slash_order=slash,
        mapping_errors=_mapping_errors(mapping, headers),
        column_remarks=remarks,
        fill={k: v for k, v in (fill or {}).items() if k in FILLABLE and v},
    )
    credentials = list(selectors.credential_list(user=owner))
    changes: dict[int, dict[int, str]] = defaultdict(dict)
    for (number, column), value in (edits or {}).items():
        if 0 <= column < len(headers):
            changes[number][column] = value
    for number, record in data:
        record, edited = _record_edit(record, changes.get(number, {}), width=len(headers))
        row = _row_parse(
            number,
            record,
            mapping,
            headers,
            slash=slash,
            delimiter=delimiter,
            credentials=credentials,
            fill=parsed.fill,
        )
        row.edited = edited
        parsed.rows.append(row)
    _duplicates_mark(owner, parsed.rows)
    shown = set(duplicates_shown)
    skip = set(left_out or ()) | {row.number for row in parsed.duplicates if row.number not in shown}
    for row in parsed.rows:
        row.left_out = row.number in skip
        row.duplicate_kept = bool(row.duplicate_of) and row.number in shown and not row.left_out
    return parsed


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
    cells = [_uncell(cell).strip() for cell in record]
    cells += [""] * (len(mapping) - len(cells))
    row = LogRow(number=number, cells=cells[: len(mapping)])
    if len(record) > len(mapping) and any(c.strip() for c in record[len(mapping) :]):
        row.errors.append(f"it has {len(record)} cells but the header names {len(mapping)} columns")
    by = {target: cells[i] for i, target in enumerate(mapping) if target}
    header_of = {target: headers[i] for i, target in enumerate(mapping) if target}
    for target, value in (fill or {}).items():
        if not by.get(target) and not (
            target == CATEGORY and any(by.get(t) for t in by if t.startswith(SHARE))
        ):
            by[target] = value  # the person's value for the whole column
            header_of.setdefault(target, "the value for all rows")
    decimal_comma = delimiter == ";"

    if DATE in by:
        row.completed_on, row.date_format, problem = parse_date(by[DATE], slash)
        if problem:
            row.errors.append(problem)
    row.title = by.get(TITLE, "")
    if TITLE in by and not row.title:
        row.errors.append("the title is missing")
    row.provider = by.get(PROVIDER, "")
    row.notes = by.get(NOTES, "")

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

    if APPROVED in by:
        try:
            row.approved = parse_bool(by[APPROVED])
        except ValueError:
            row.errors.append(f"{header_of[APPROVED]} “{by[APPROVED]}” should be yes or no")
    if row.unit in rules.UNITS:
        _approval_apply(row, header_of.get(APPROVED, rules.APPROVAL.label))

    if VERIFIED in by:
        try:
            row.verified_on_transcript = bool(parse_bool(by[VERIFIED]))
        except ValueError:
            row.errors.append(f"{header_of[VERIFIED]} “{by[VERIFIED]}” should be yes or no")

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
    return row


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


# --------------------------------------------------------------------------- carrying the text


def payload_sign(*, log_file: LogFile, owner) -> str:
    """The file's text, signed for this person and compressed, for a hidden field of the preview;
    with the inbox draft whose transcript the rows come from (its file is their proof), and a
    workbook's sheets (name, CSV text), so that another can be chosen."""
    data = {"t": log_file.text, "e": log_file.encoding, "u": owner.pk}
    if log_file.draft_id is not None:
        data["d"] = log_file.draft_id
    if len(log_file.sheets) > 1:
        data["s"] = [list(sheet) for sheet in log_file.sheets]
    return signing.dumps(data, salt=PAYLOAD_SALT, compress=True)


def payload_load(*, token: str, owner) -> LogFile:
    """The file back from ``payload_sign``; LogFileError if it was changed, is too old or is
    someone else's."""
    again = "Upload the file again."
    if not token or len(token) > PAYLOAD_MAX_CHARS:
        raise LogFileError(f"The uploaded file did not come back with the form. {again}")
    try:
        data = signing.loads(token, salt=PAYLOAD_SALT, max_age=PAYLOAD_MAX_AGE)
    except signing.SignatureExpired:
        raise LogFileError(
            f"This preview is more than {PAYLOAD_MAX_AGE // 3600} hours old. {again}"
        ) from None
    except (signing.BadSignature, ValueError, TypeError):
        raise LogFileError(
            f"The uploaded file was changed on its way back, so Recert cannot trust it. {again}"
        ) from None
    if (
        not isinstance(data, dict)
        or data.get("u") != owner.pk
        or not isinstance(data.get("t"), str)
        or not isinstance(data.get("e"), str)
        or len(data["t"]) > MAX_BYTES * 4
    ):
        raise LogFileError(f"The uploaded file was not yours or not complete. {again}")
    sheets = tuple((str(n), str(t)) for n, t in data.get("s") or ())
    sheet = next((i for i, (_, text) in enumerate(sheets) if text == data["t"]), 0)
    draft_id = data.get("d") if isinstance(data.get("d"), int) else None
    return LogFile(data["t"], data["e"], sheets, sheet, draft_id)


# --------------------------------------------------------------------------- saving


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


# --------------------------------------------------------------------------- export

EXPORT_COLUMNS = [
    "Date",
    "Title",
    "Provider",
    "Amount",
    "Unit",
    *(c.capitalize() for c in rules.CATEGORIES),
    rules.APPROVAL.label.replace("-", " "),
    "Verified on transcript",
    "Notes",
    "Certificate file",
    "Do not count toward",
]
TEMPLATE_COLUMNS = EXPORT_COLUMNS[:11]


def decimal_text(value: Decimal) -> str:
    """Decimal("2.50") → "2.5"; Decimal("60.00") → "60" (never an exponent, never a float)."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def _counts(progress: selectors.CycleProgress, activity: CEActivity) -> tuple[Decimal, str]:
    """What ``activity`` counts toward the credential's current period, as a number, and why it
    counts less than it might (empty when it counts in full), from the selectors' verdict."""
    verdict = progress.by_activity.get(activity.pk)
    if verdict is None:
        return Decimal(0), "Outside this recertification period."
    if verdict.points > 0 and verdict.reason is None:
        return verdict.points, ""
    return verdict.points, verdict.message


COUNTS, REASON = " counts", " reason"


def export_table(*, user, today: dt.date) -> tuple[list[str], list[list]]:
    """(header, rows) of the person's whole activity log, oldest first: the columns of
    docs/csv-format.md, then for each credential that counts CE what the activity counts toward
    its current period (a number) and why not (words, only when it counts less). Values keep their
    types (date, Decimal, str). The activity list's CSV and XLSX and the data export's
    activities.csv are this table (issue 24), and the import reads it back."""
    progress_list = sorted(
        (p for p in selectors.dashboard_get(user=user, today=today, verdicts=True) if p.program.requires_ce),
        key=lambda p: (p.credential.certified_on, p.credential.pk),
    )
    header = list(EXPORT_COLUMNS)
    names = Counter()
    for progress in progress_list:
        names[str(progress.credential)] += 1
        count = names[str(progress.credential)]
        name = str(progress.credential) if count == 1 else f"{progress.credential} ({count})"
        header += [name + COUNTS, name + REASON]
    credential_names = {c.pk: str(c) for c in selectors.credential_list(user=user)}
    activities = sorted(
        selectors.activity_list(user=user, ordering="completed_on"), key=lambda a: (a.completed_on, a.pk)
    )
    rows = [_export_row(activity, progress_list, credential_names) for activity in activities]
    return header, rows


def _export_row(activity: CEActivity, progress_list, credential_names: dict[int, str]) -> list:
    rule = rules.kind_rule_anywhere(activity.kind)
    approved = activity.approved if rule is None or rule.approved is None else rule.approved
    shares = {s.category: s.amount for s in activity.shares.all()}
    if rule is not None and rule.category:  # what counts: a CPR/BLS card is clinical (R-CMA-11)
        shares = {rule.category: activity.amount}
    unit = rules.UNITS.get(activity.unit)
    unit_name = activity.unit if unit is None else unit.singular if activity.amount == 1 else unit.label
    return [
        activity.completed_on,
        activity.title,
        activity.provider,
        activity.amount,
        unit_name,
        *(shares.get(c, "") for c in rules.CATEGORIES),
        "yes" if approved else "no",
        "yes" if activity.verified_on_transcript else "no",
        activity.notes,
        activity.certificate_name
        or (activity.certificate.name.rsplit("/", 1)[-1] if activity.certificate else ""),
        "; ".join(credential_names.get(c.pk, "") for c in activity.excluded_from.all()),
        *(value for p in progress_list for value in _counts(p, activity)),
    ]


def _csv_value(value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return decimal_text(value)
    return csv_cell(str(value))


def _csv_text(header: Sequence[str], rows: Iterable[Sequence], *, quote_all: bool = True) -> str:
    """CSV with a byte order mark (spreadsheets then read accents right) and CRLF line ends. Every
    field is quoted, so a reader splitting at commas keeps it whole; one that splits it at another
    delimiter still finds no cell that starts a formula (``csv_cell``)."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerow([csv_cell(h) for h in header])
    for row in rows:
        writer.writerow([_csv_value(v) for v in row])
    return out.getvalue()


def export_csv(*, user, today: dt.date) -> str:
    header, rows = export_table(user=user, today=today)
    return _csv_text(header, rows)


def export_xlsx(*, user, today: dt.date) -> bytes:
    """The same table as a workbook: dates as dates, amounts as numbers, every text a string
    (never a formula, whatever it starts with)."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    header, rows = export_table(user=user, today=today)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Activities"
    for row_number, values in enumerate([header, *rows], start=1):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_number, column=column)
            if isinstance(value, dt.date):
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(value, Decimal):
                cell.value = value
            else:
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", str(value))
                cell.data_type = "s"  # text, even "=1+1": never run as a formula
            if row_number == 1:
                cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions  # a filter button on every column's header
    widths = {1: 12, 2: 40, 3: 28, 4: 9, 5: 16, 11: 30}
    widths.update({n: 40 for n, name in enumerate(header, start=1) if name.endswith(REASON)})
    for column in range(1, len(header) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = widths.get(column, 18)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


TEMPLATE_ROWS = [
    [
        "2025-03-05",
        "Infection control update",
        "AAMA e-Learning Center",
        "2",
        "AAMA CEUs",
        "",
        "2",
        "",
        "yes",
        "no",
        "",
    ],
    [
        "2025-04-12",
        "Medical office billing basics",
        "Community college seminar",
        "1.5",
        "contact hours",
        "1.5",
        "",
        "",
        "no",
        "no",
        "Evening seminar; agenda kept",
    ],
    [
        "2025-06-20",
        "HIPAA and professional ethics",
        "NHA",
        "1",
        "NHA CE credits",
        "",
        "",
        "1",
        "no",
        "no",
        "",
    ],
    [
        "2025-09-01",
        "BLS Provider",
        "American Heart Association",
        "1",
        "CPR/BLS card",
        "",
        "",
        "",
        "yes",
        "no",
        "",
    ],
]


def template_csv() -> str:
    """An example file to fill in: the import's columns and one row per kind of unit."""
    # Recert's own words, no one's text: written plainly, as docs/csv-format.md shows it.
    return _csv_text(TEMPLATE_COLUMNS, TEMPLATE_ROWS, quote_all=False)


# --------------------------------------------------------------------------- transcripts

TRANSCRIPT_COLUMNS = [
    "Date",
    "Title",
    "Provider",
    "Amount",
    "Unit",
    "Category",
    "AAMA approved",
    "Verified",
    "Notes",
]


def transcript_words(found: transcript.Transcript) -> str:
    """What the transcript is, for the person checking its courses: the certifying body's own
    record of approved credit, or a list that is not a certificate for each course."""
    if found.aama:
        label = rules.APPROVAL.label
        return (
            f"This is the certifying body's own record of your {label} CEUs, so each course is marked "
            f"{label} and “verified on transcript”: the body has it already, and you do not send its "
            "certificate again."
        )
    return (
        "A transcript lists courses; it is not a certificate for each. Keep each course's certificate "
        "too: an auditor may ask for it."
    )


def transcript_csv(found: transcript.Transcript) -> str:
    """A transcript's courses as the import's CSV (issue 24), so that they go through the same
    preview and checks as a spreadsheet: amounts in Recert's units (an IACET CEU is 10 contact
    hours, R-CMA-7), a split as "clinical 1; general 0.5". The AAMA's own transcript is its
    record: its courses are AAMA-approved and verified on the transcript."""
    rows = []
    for course in found.courses:
        unit, amount, converted = transcript.unit_in_recert(course)
        scale = amount / course.amount if course.amount else Decimal(1)
        split = "; ".join(f"{c} {decimal_text(a * scale)}" for c, a in course.categories.items())
        notes = [f"Course {course.code}." if course.code else ""]
        if converted:
            printed = rules.PRINTED_UNITS[course.unit]
            notes.append(f"Printed as {decimal_text(course.amount)} ({printed.words}).")
        rows.append(
            [
                course.completed_on.isoformat(),
                course.title,
                course.provider,
                decimal_text(amount),
                rules.UNITS[unit].label,
                split,
                "yes" if found.aama else "",
                "yes" if found.aama else "no",
                " ".join(n for n in notes if n),
            ]
        )
    return _csv_text(TRANSCRIPT_COLUMNS, rows, quote_all=False).lstrip("\ufeff")


# --------------------------------------------------------------------------- the format, in words


@dataclass(frozen=True)
class FormatColumn:
    field: str
    headers: tuple[str, ...]
    holds: str
    required: bool = False


def format_get() -> dict:
    """The CSV format for the import page and the format page (docs/csv-format.md says the same)."""
    unit_headers = tuple(h for code in rules.UNITS for h in HEADERS.get(AMOUNT_IN + code, ()))
    columns = [
        FormatColumn("Date completed", HEADERS[DATE], "The completion date.", required=True),
        FormatColumn(
            "Title", HEADERS[TITLE], "The course or activity, as on the certificate.", required=True
        ),
        FormatColumn("Provider", HEADERS[PROVIDER], "Who issued the credit."),
        FormatColumn(
            "Amount",
            HEADERS[AMOUNT] + unit_headers,
            "A number above 0, as printed on the certificate. A header that names a unit "
            "(Hours, AAMA CEUs, NHA credits, …) gives the unit too.",
            required=True,
        ),
        FormatColumn("Unit", HEADERS[UNIT], "The unit printed on the certificate (see the units below)."),
        FormatColumn(
            "Category",
            HEADERS[CATEGORY],
            "Administrative, clinical or general (or A, C, G) for the whole amount, or a split such as "
            "“clinical 1; general 1”.",
        ),
        *(
            FormatColumn(
                f"{c.capitalize()} part",
                HEADERS[SHARE + c],
                f"The {c} part of the amount (instead of Category).",
            )
            for c in rules.CATEGORIES
        ),
        FormatColumn(
            rules.APPROVAL.label,
            HEADERS[APPROVED],
            "yes or no. Approved contact hours are saved as AAMA CEUs.",
        ),
        FormatColumn("Verified on transcript", HEADERS[VERIFIED], "yes or no."),
        FormatColumn("Notes", HEADERS[NOTES], "Anything else, e.g. a course description."),
        FormatColumn(
            "Do not count toward",
            HEADERS[EXCLUDED],
            "Names of your credentials this activity must not count toward, separated by semicolons.",
        ),
    ]
    units = [
        (
            unit.label,
            tuple(dict.fromkeys(w for w in (unit.label, unit.singular, code, *UNIT_SYNONYMS.get(code, ())))),
        )
        for code, unit in rules.UNITS.items()
    ]
    card_notes = [
        f"A {rule.label[:-1]} is one row per card: amount 1, dated its issue day"
        + (f"; it always counts as {rule.category}." if rule.category else ".")
        for kind in rules.KINDS
        if (rule := rules.kind_rule_anywhere(kind)) is not None and rule.whole_units
    ]
    return {
        "columns": columns,
        "units": units,
        "card_notes": card_notes,
        "example": template_csv().lstrip("\ufeff").replace("\r\n", "\n").strip(),
        "categories": CATEGORY_WORDS,
        "true_words": TRUE_WORDS,
        "false_words": FALSE_WORDS,
        "date_formats": list(DATE_FORMATS.values()),
        "ignored": IGNORED_HEADERS,
        "max_mb": MAX_BYTES // 1024 // 1024,
        "max_rows": MAX_ROWS,
    }
