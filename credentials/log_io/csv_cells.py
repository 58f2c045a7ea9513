"""Cells a spreadsheet shows as text, never runs as a formula (``csv_cell``, undone by ``_uncell``),
and CSV as Recert writes it (``_csv_text``: a byte order mark, CRLF, numbers without exponents)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal

from credentials import rules

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


def decimal_text(value: Decimal) -> str:
    """Decimal("2.50") → "2.5"; Decimal("60.00") → "60" (never an exponent, never a float): the
    engine's one formatter, so a file writes an amount as the pages do."""
    return rules.format_amount(value)


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
