"""Presentation helpers: number formatting and status styling. No rules here."""

from decimal import Decimal

from django import template
from django.conf import settings

register = template.Library()

STATUS_STYLE = {
    "current": ("text-bg-success", "Current"),
    "expiring": ("text-bg-warning", "Expiring soon"),
    "grace": ("text-bg-danger", "Expired: grace period"),
    "lapsed": ("text-bg-dark", "Lapsed"),
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
    return STATUS_STYLE.get(status, ("text-bg-secondary", status))[0]


@register.filter
def status_label(status: str) -> str:
    return STATUS_STYLE.get(status, ("", status.capitalize()))[1]


@register.filter
def absolute(value: int) -> int:
    return abs(value)


@register.simple_tag
def fee(program_code: str, name: str) -> str:
    """A fee from settings.RECERT_FEES (unverified amounts live in configuration, RULES.md)."""
    return settings.RECERT_FEES.get(program_code, {}).get(name, "")
