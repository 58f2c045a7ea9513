"""Dates as certificates print them ("March 5, 2025", "05/03/2025", "5th of March 2025"): where
they are in a line and which date they are.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass

from dateutil import parser as date_parser

from credentials.reader.found import _Line


def _today() -> dt.date:
    return dt.date.today()


# A month's name in full may come back from OCR with a gap after its first letter ("J anuary 18, 2025").
_MON = (
    r"(?P<mon>j ?anuary|jan|f ?ebruary|feb|m ?arch|mar|a ?pril|apr|may|j ?une|jun|j ?uly|jul|a ?ugust|aug|"
    r"s ?eptember|sept?|o ?ctober|oct|n ?ovember|nov|d ?ecember|dec)(?![a-z])\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d])"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
              "octubre", "noviembre", "diciembre")  # fmt: skip
_MESES = {name: number for number, name in enumerate(_MONTHS_ES, start=1)} | {"setiembre": 9}
_MES = rf"(?P<mes>{'|'.join(_MESES)})"
# A date written out in words, as formal certificates print it: "the ninth day of November, two thousand
# twenty-four".
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_NUMBER_WORDS = {w: n for n, w in enumerate(_UNITS, 1)} | {w: n for n, w in enumerate(_TEENS, 10)} | _TENS
_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORDINAL_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_ORDINALS = (
    {w: n for n, w in enumerate(_ORDINAL_UNITS, 1)}
    | {w: n for n, w in enumerate(_ORDINAL_TEENS, 10)}
    | {"twentieth": 20, "thirtieth": 30, "thirty-first": 31}
    | {f"twenty-{w}": 20 + n for n, w in enumerate(_ORDINAL_UNITS, 1)}
)
_NUMBER_WORD = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_UNIT_WORD = "|".join(_UNITS)
_ORDINAL = "|".join(o.replace("-", "[- ]") for o in sorted(_ORDINALS, key=len, reverse=True))
_WORDS_DATE = re.compile(
    rf"(?<![\w-])(?:the\s+)?(?P<ord>{_ORDINAL})\s+day\s+of\s+{_MON}\s*,?\s*(?:in\s+the\s+year\s+)?"
    rf"(?:{_YEAR}|two\s+thousand(?:\s+and)?(?P<yw>(?:\s+(?:{_NUMBER_WORD}))?(?:[-\s](?:{_UNIT_WORD}))?))",
    re.IGNORECASE,
)
_DATE_PATTERNS = [
    ("words", _WORDS_DATE),
    (
        "es",  # Spanish: "del 10 al 12 de mayo de 2025" ends on the 12th; "12 de septiembre de 2025"
        re.compile(
            rf"(?<![\d/.-])(?:[0-3]?\d\s+(?:al?|y|-)\s+)?{_DAY}\s+de\s+{_MES}\s+(?:de(?:l)?\s+)?{_YEAR}",
            re.IGNORECASE,
        ),
    ),
    (
        "mdy",  # a course over days, "March 5-7, 2025": it was completed on the last
        re.compile(
            rf"\b{_MON}\s*[0-3]?\d(?:st|nd|rd|th)?\s*(?:-|to|through|thru|&|and)\s*{_DAY}\s*,?\s*{_YEAR}",
            re.IGNORECASE,
        ),
    ),
    ("mdy", re.compile(rf"\b{_MON}(?:\s*|-)\s*{_DAY}(?:\s*[,.]?\s*|[-/])(?:,\s*)?{_YEAR}", re.IGNORECASE)),
    (
        "dmy",
        re.compile(
            rf"(?<![\d/.-]){_DAY}(?:\s*|[-/])(?:day\s+)?(?:of\s+)?{_MON}(?:\s*[,.]?\s*|[-/]){_YEAR}",
            re.IGNORECASE,
        ),
    ),
    (
        "iso",
        re.compile(
            r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d/])"
        ),
    ),
    (
        "num",
        re.compile(
            r"(?<![\d/.-])(?P<a>[01]?\d|[0-3]\d)\s?(?P<sep>[-/.])\s?(?P<b>[0-3]?\d)\s?(?P=sep)\s?"
            r"(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/])"
        ),
    ),
]


@dataclass
class _DateHit:
    date: dt.date
    start: int
    end: int
    text: str
    # A date in numbers whose day and month could be either way round ("05/06/2025"): the other reading.
    swapped: dt.date | None = None


def _dates_in(text: str) -> list[_DateHit]:
    hits: list[_DateHit] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            date = _date_from(kind, m)
            if date is None:
                continue
            if any(m.start() < h.end and h.start < m.end() for h in hits):
                continue
            swapped = None
            if kind == "num":
                a, b = int(m.group("a")), int(m.group("b"))
                if a != b and a <= 12 and b <= 12:
                    with contextlib.suppress(ValueError):
                        swapped = date.replace(month=date.day, day=date.month)
            hits.append(_DateHit(date, m.start(), m.end(), m.group(0), swapped))
    return sorted(hits, key=lambda h: h.start)


_SAYS_DAY_FIRST = re.compile(
    r"\b(?:day\s*/\s*month|dd\s*/\s*mm|d[ií]a\s*/\s*mes)\b(?!\s*/\s*d)", re.IGNORECASE
)


def _day_first(lines: list[_Line]) -> bool:
    """Whether the page writes dates in numbers day first ("22/05/2025"): a numeric date that can only
    be read day first, and none that can only be read month first."""
    day_first = month_first = False
    for line in lines:
        if _SAYS_DAY_FIRST.search(line.text):
            return True  # "Dates are day/month/year", "dd/mm/aaaa", "día/mes/año"
        for m in _DATE_PATTERNS[-1][1].finditer(line.text):
            a, b = int(m.group("a")), int(m.group("b"))
            day_first |= a > 12 and b <= 12
            month_first |= b > 12 and a <= 12
    return day_first and not month_first


def _date_from(kind: str, m: re.Match) -> dt.date | None:
    try:
        if kind in ("mdy", "dmy"):
            day, year = int(m.group("day")), int(m.group("year"))
            month = _month_number(m)
            return dt.date(year, month, day)
        if kind == "words":
            return _words_date(m)
        if kind == "es":
            return dt.date(int(m.group("year")), _MESES[m.group("mes").lower()], int(m.group("day")))
        if kind == "iso":
            return dt.date(int(m.group("year")), int(m.group("m")), int(m.group("d")))
        a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
        year = int(y)
        if len(y) == 2:
            year += 2000 if 2000 + year <= _today().year + 10 else 1900
        if a <= 12:
            return dt.date(year, a, b)  # United States: month first
        return dt.date(year, b, a) if b <= 12 else None
    except (ValueError, OverflowError, date_parser.ParserError):
        return None


def _month_number(m: re.Match) -> int:
    """The month a match's ``mon`` group names ("Sept.", "J anuary", "NOV")."""
    return date_parser.parse(f"{m.group('mon').replace(' ', '').rstrip('.')[:3]} 1 2000").month


def _words_date(m: re.Match) -> dt.date | None:
    day = _ORDINALS.get(re.sub(r"[- ]+", "-", m.group("ord").lower()))
    month = _month_number(m)
    if m.group("year"):
        year = int(m.group("year"))
    else:
        year = 2000
        for word in re.findall(r"[a-z]+", (m.group("yw") or "").lower()):
            if word not in _NUMBER_WORDS:
                return None
            year += _NUMBER_WORDS[word]
    return dt.date(year, month, day) if day else None
