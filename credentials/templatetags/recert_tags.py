"""Presentation helpers: number formatting and status styling. No rules here."""

from decimal import Decimal

from django import template

register = template.Library()

# Colours only; the words come from the rules engine (Result.status_label).
STATUS_STYLE = {
    "current": "text-bg-success",
    "expiring": "text-bg-warning",
    "grace": "text-bg-danger",
    "lapsed": "text-bg-dark",
}


@register.filter
def points(value) -> str:
    """Decimal("47.50") → "47.5"; Decimal("60.00") → "60"."""
    if value is None or value == "":
        return ""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


@register.filter
def status_class(status: str) -> str:
    return STATUS_STYLE.get(status, "text-bg-secondary")
