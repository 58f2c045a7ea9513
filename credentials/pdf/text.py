"""Text helpers: cleaning for the embedded font, escaping, numbers, dates, fitting and wrapping."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics

from credentials.pdf import fonts

# "Sep", not "Sept": Django's "M" in English.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


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
    """27 Nov 2026"""
    if day is None:
        return ""
    # What Django's "j M Y" prints in English (the documents' language; the app activates no
    # other), without the formatter: a long activity list prints hundreds of dates.
    return f"{day.day} {MONTHS[day.month - 1]} {day.year:04d}"


def _timestamp(moment: dt.datetime) -> str:
    """27 Nov 2026, 09:14 EST"""
    zone = moment.tzname() if moment.tzinfo else None
    text = f"{_date(moment.date())}, {moment:%H:%M}"
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
