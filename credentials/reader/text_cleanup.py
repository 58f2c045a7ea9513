"""Text as it comes out of a PDF or tesseract, made readable: punctuation and spaces made plain,
specks trimmed, OCR's usual misreadings of digits and month names put right.
"""

from __future__ import annotations

import re
import unicodedata


def _size_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


_PUNCT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u00ad": None,
        "\u200b": None,
        "\t": " ",
    }
)


def _clean_lines(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).translate(_PUNCT)
    out = []
    for raw in text.splitlines():
        line = re.sub(r" {2,}", "  ", raw.strip())  # keep a wide gap visible: it separates columns
        if line:
            out.append(line)
    return out


_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]


def _fix_ocr(line: str) -> str:
    """Undo tesseract's usual confusions inside numbers ('2O25', 'l0/12') and month names ('Ju1y')."""

    def digits(match: re.Match) -> str:
        token = match.group(0)
        digits = sum(ch.isdigit() for ch in token)
        if digits >= 2 or (digits and 2 * digits >= sum(ch.isalnum() for ch in token)):
            return token.translate(str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"}))
        return token

    line = re.sub(r"(?<![A-Za-z])[0-9OoIl|]+(?:[/.\-][0-9OoIl|]+)*(?![A-Za-z])", digits, line)
    # A decimal point read with a space after it before a unit ("1. 0 CE credit", "2. 5 contact hours").
    # A decimal point read as a comma ("1,0 contact hour"), the same way.
    line = re.sub(
        r"(?<![\d.,])(\d{1,2})(?:\.\s|,)(\d{1,2})(?=\s*(?:AAMA|NHA|IACET|CEUs?\b|CE\b|contact|clock|credit|hours?\b))",
        r"\1.\2",
        line,
        flags=re.IGNORECASE,
    )

    def month(match: re.Match) -> str:
        token = match.group(0)
        guess = token.translate(str.maketrans({"0": "o", "1": "l", "5": "s"}))
        return guess if guess.lower() in _MONTH_NAMES else token

    line = re.sub(
        r"\b[A-Za-z015][A-Za-z015]{2,8}\b",
        lambda m: (
            month(m) if re.search(r"\d", m.group(0)) and re.search(r"[A-Za-z]", m.group(0)) else m.group(0)
        ),
        line,
    )
    # A month's name with one letter misread, before a day and a year ("Apnil 20, 2023", "Novernber 3, 2024").
    return re.sub(r"\b([A-Za-z]{5,9})(?=\s+[0-3]?\d,?\s+(?:19|20)\d\d\b)", _month_misread, line)


_FULL_MONTHS = _MONTH_NAMES[:12]


def _one_letter_off(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` with one letter changed, or with "rn" read for "m"."""
    if word.replace("rn", "m") == name:
        return True
    return len(word) == len(name) and sum(a != b for a, b in zip(word, name, strict=True)) == 1


def _month_misread(match: re.Match) -> str:
    word = match.group(1)
    lower = word.lower()
    if lower in _MONTH_NAMES:
        return word
    name = next((name for name in _FULL_MONTHS if len(name) >= 5 and _one_letter_off(lower, name)), None)
    if name is None:
        return word
    from credentials.reader.words import _known

    if _known(lower):
        return word  # "Match 5, 2024": a word, not a misread month
    return name.upper() if word.isupper() else name.capitalize() if word[:1].isupper() else name
