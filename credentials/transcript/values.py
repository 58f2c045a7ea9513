"""What one cell says: a date as transcripts print it ('5-Mar-25', '03/05/2025'), an amount (OCR's
look-alike letters read as digits), a category or a split across categories, a title tidied.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

_CATEGORY_WORDS = {
    "administrative": "administrative",
    "admin": "administrative",
    "adm": "administrative",
    "a": "administrative",
    "clinical": "clinical",
    "clin": "clinical",
    "c": "clinical",
    "general": "general",
    "gen": "general",
    "g": "general",
}
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A transcript's own date reading, not the certificate reader's: tables print "5-Mar-25" (a month
# name with a two-digit year), which a certificate never does and the reader does not read.
_DATE_PATTERNS = [
    ("ymd", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("mdy", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")),
    ("mdy", re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")),
    ("dmy_name", re.compile(r"\b(\d{1,2})[\s-]" + _MONTH + r"[\s-](\d{4}|\d{2})\b", re.I)),
    ("mdy_name", re.compile(r"\b" + _MONTH + r"\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})\b", re.I)),
]
_NUMBER = re.compile(r"(?<![\d/.-])(\d{1,3}(?:\.\d{1,2})?|\.\d{1,2})(?![\d/])")
_SPLIT_PART = re.compile(
    r"\b(administrative|admin|adm|clinical|clin|general|gen|[acg])(?![a-z])\.?\s*[:=]?\s*(\d{1,3}(?:\.\d{1,2})?)",
    re.I,
)


def _amount_in_cell(text: str, amount: Decimal | None, unit: str) -> tuple[Decimal | None, str, bool]:
    """The amount and its unit when the cell prints its own: "1h 30m", "45m", "2h" and "1:30" are
    minutes; "1.5 hrs" contact hours; "90 min" minutes; "0.15 CEU" IACET CEUs; "1.0 AAMA CEU"
    AAMA CEUs. Else the column's unit. The third value says whether the cell named its unit."""
    clock = re.fullmatch(r"\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*", text, re.I)
    if clock and (clock[1] or clock[2]):
        return Decimal(int(clock[1] or 0) * 60 + int(clock[2] or 0)), "minutes", True
    hours_minutes = re.fullmatch(r"\s*(\d{1,2}):([0-5]\d)\s*", text)
    if hours_minutes:
        return Decimal(int(hours_minutes[1]) * 60 + int(hours_minutes[2])), "minutes", True
    for pattern, named in (
        (r"\baama\s*ceus?\b", "aama_ceu"),
        (r"\bceus?\b", "iacet_ceu"),
        (r"\b(hrs?|hours?)\b", "contact_hours"),
        (r"\bmin(ute)?s?\b", "minutes"),
    ):
        if amount is not None and re.search(pattern, text, re.I):
            return amount, named, True
    return amount, unit, False


def _clean_title(text: str) -> str:
    text = re.sub(r"[†‡§¹²³]|(?<=\w)\*+|^\*+", "", text)  # footnote marks
    return re.sub(r"\s+", " ", text).strip(" -–—|:")


def _categories(text: str, amount: Decimal | None) -> dict[str, Decimal]:
    split = _split(text)
    if split:
        return split
    word = re.sub(r"[^a-z]", "", text.lower())
    category = _CATEGORY_WORDS.get(word)
    if category and amount:
        return {category: amount}
    return {}


def _split(text: str) -> dict[str, Decimal]:
    parts: dict[str, Decimal] = {}
    for match in _SPLIT_PART.finditer(text):
        category = _CATEGORY_WORDS.get(match[1].lower())
        if category:
            parts[category] = parts.get(category, Decimal(0)) + Decimal(match[2])
    return parts if sum(parts.values(), Decimal(0)) > 0 else {}


_LOOKALIKE = str.maketrans({"l": "1", "L": "1", "I": "1", "|": "1", "O": "0", "o": "0"})


def _amount(text: str) -> Decimal | None:
    text = " ".join(
        token.translate(_LOOKALIKE) if re.fullmatch(r"[0-9lLIO|o.,]*\d[0-9lLIO|o.,]*", token) else token
        for token in text.split()
    )
    numbers = _NUMBER.findall(text.replace(",", "."))
    if not numbers:
        return None
    try:
        return Decimal(numbers[0])
    except InvalidOperation:
        return None


def _date(text: str, *, last: bool = False) -> dt.date | None:
    """The date in ``text`` (the last one, for a range "03/01/2025 – 03/05/2025", when ``last``)."""
    hits = []
    for kind, pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            day = _date_from(kind, match.groups())
            if day is not None:
                hits.append((match.start(), day))
    if not hits:
        return None
    hits.sort()
    return hits[-1][1] if last else hits[0][1]


def _date_from(kind: str, groups) -> dt.date | None:
    try:
        if kind == "ymd":
            year, month, day = (int(g) for g in groups)
        elif kind == "mdy":
            month, day, year = (int(g) for g in groups)
        elif kind == "dmy_name":
            day, month, year = int(groups[0]), _month(groups[1]), int(groups[2])
        else:
            month, day, year = _month(groups[0]), int(groups[1]), int(groups[2])
        if year < 100:
            year += 2000
        if not 1950 <= year <= 2100:
            return None
        return dt.date(year, month, day)
    except (ValueError, KeyError):
        return None


def _month(word: str) -> int:
    word = word.lower().rstrip(".")
    return _MONTHS.get(word) or _MONTHS[word[:3]]
