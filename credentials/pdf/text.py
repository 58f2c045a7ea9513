"""Text helpers: cleaning for the embedded font, escaping, numbers, dates, fitting and wrapping."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from functools import lru_cache
from xml.sax.saxutils import escape

from django.utils import dateformat
from django.utils.formats import get_format
from django.utils.translation import get_language
from reportlab.pdfbase import pdfmetrics

from credentials.pdf import fonts

# "Sep", not "Sept": Django's "M" in English.


def _clean(text: object) -> str:
    """Text the embedded font can draw: characters it lacks lose their accents, else become "?"."""
    covered = fonts._covered
    text = "" if text is None else str(text)
    if covered.issuperset(map(ord, text)):
        return text
    out = []
    for ch in text:
        if ord(ch) in covered:
            out.append(ch)
        elif ch in "\r\n\t":
            out.append(" ")
        elif unicodedata.category(ch).startswith("C"):
            continue
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if ord(c) in covered)
            out.append(base or "?")
    return "".join(out)


def _x(text: object) -> str:
    """Cleaned and escaped for Paragraph markup."""
    return escape(_clean(text))


def _num(value: Decimal | int) -> str:
    """Points without float conversion or exponents: 60 -> "60", 12.50 -> "12.5"."""
    value = Decimal(value)
    if value == value.to_integral_value():
        return format(value.to_integral_value(), "f")
    return format(value, "f").rstrip("0").rstrip(".")


def _date(day: dt.date | None) -> str:
    """A date as the person's pages write it ("Nov 27, 2026", or "27 Nov 2026" day first): the
    active locale's DATE_FORMAT (core/formats), one style everywhere."""
    if day is None:
        return ""
    return _date_in(day, get_format("DATE_FORMAT"), get_language())


@lru_cache(maxsize=8192)
def _date_in(day: dt.date, form: str, language: str | None) -> str:
    # A summary of 1,000 activities writes some 600 distinct days 1,000 times; the format and the
    # language (month names) are the key, so a person's style or language never reads another's.
    return dateformat.format(day, form)


def _timestamp(moment: dt.datetime) -> str:
    """Nov 27, 2026, 9:14 AM EST"""
    zone = moment.tzname() if moment.tzinfo else None
    text = dateformat.format(moment, get_format("DATETIME_FORMAT"))
    return f"{text} {zone}" if zone else text


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width``."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Greedy line breaking at spaces; a word wider than the line is broken between characters.

    The lines are those of ReportLab's ``simpleSplit`` (the same test, word by word, with each
    word measured once), except that ``simpleSplit`` leaves a word wider than the line whole:
    such a word is cut here, its full pieces get lines of their own and its last piece starts
    the line the next words join.
    """
    measure = pdfmetrics.getFont(font).stringWidth
    space = measure(" ", size)
    lines: list[str] = []
    line: list[str] = []
    used = -space
    for word in text.split():
        word_width = measure(word, size)
        if word_width > width:
            *full, word = _break_word(word, font, size, width)
            if line:
                lines.append(" ".join(line))
            lines += full
            line, used = [], -space
            word_width = measure(word, size)
        if used + space + word_width <= width or not line:
            line.append(word)
            used = used + space + word_width
        else:
            lines.append(" ".join(line))
            line, used = [word], word_width
    if line:
        lines.append(" ".join(line))
    return tuple(lines)


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """``word`` cut between characters into pieces no wider than ``width`` (at least one character each)."""
    pieces, piece, piece_w = [], "", 0.0
    for ch in word:
        ch_w = pdfmetrics.stringWidth(ch, font, size)
        if piece and piece_w + ch_w > width:
            pieces.append(piece)
            piece, piece_w = "", 0.0
        piece, piece_w = piece + ch, piece_w + ch_w
    return [*pieces, piece]
