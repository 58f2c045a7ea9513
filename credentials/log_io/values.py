"""A cell's text as a value, with the problem in words when it is not one: dates (and the order
of 3/5/2025), numbers and amounts, yes/no, units and categories (or a split)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from credentials import rules
from credentials.activity_input import AMOUNT_DECIMALS, AMOUNT_LIMIT
from credentials.log_io.columns import _CATEGORY_WORD, _UNIT_WORDS, FALSE_WORDS, TRUE_WORDS, _norm

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
    # The size first: rounding a number of 30 digits to cents overflows the decimal context. The
    # bounds are the one rule's (activity_input), the words name the cell the person typed.
    if number >= AMOUNT_LIMIT:
        return f"{what} {raw} is too large"
    if number != number.quantize(Decimal(1).scaleb(-AMOUNT_DECIMALS)):
        return f"{what} {raw} has more than {AMOUNT_DECIMALS} decimal places"
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
    found, problem = _category_parts(text)
    if problem:
        return {}, problem
    if len(found) == 1 and next(iter(found.values())) is None:
        return ({next(iter(found)): amount} if amount is not None else {}), ""
    if any(value is None for value in found.values()):
        return {}, (
            f"the category split “{text.strip()}” needs an amount for each part, e.g. clinical 1; general 1"
        )
    return {c: a for c, a in found.items() if a}, ""


def _category_parts(text: str) -> tuple[dict[str, Decimal | None], str]:
    """({category: its part, None when the text gives none}, problem in words) of each part of
    "clinical 1; general 1", "C: 1, G: 1" or "clinical"."""
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
    return found, ""
