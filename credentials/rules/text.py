"""How sentences write numbers, units, lists and days: "12.5", "1 point", "a, b and c", "Nov 27, 2026"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal


def format_day(day: date) -> str:
    """The default way sentences write a date ("Nov 27, 2026"); callers may pass their own."""
    return f"{day:%b} {day.day}, {day.year}"


def format_amount(value: Decimal) -> str:
    """12 -> "12", 12.50 -> "12.5", never "1.2E+1": how every page, file and sentence writes an
    amount or a count of points (the selectors, the log's CSV and XLSX, the engine's words)."""
    text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


_fmt = format_amount


def _plural(value: Decimal, unit: str) -> str:
    """ "points" for 2, "point" for 1 ("CE credits" -> "CE credit")."""
    return unit[:-1] if value == 1 and unit.endswith("s") else unit


def _quantity(value: Decimal, unit: str) -> str:
    """ "1 point", "2.5 points"."""
    return f"{_fmt(value)} {_plural(value, unit)}"


def _join(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"
