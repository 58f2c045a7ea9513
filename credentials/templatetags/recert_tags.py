"""Presentation helpers: number formatting and status styling. No rules here."""

import uuid
from decimal import Decimal

from django import template
from django.utils.html import format_html

from credentials import reminders
from credentials.models import Submission

register = template.Library()

# Colours only; the words come from the rules engine (Result.status_label).
STATUS_STYLE = {
    "current": "text-bg-success",
    "expiring": "text-bg-warning",
    "behind": "text-bg-warning",
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


@register.filter
def as_in_a_sentence(label: str) -> str:
    """ "Expiry" → "expiry"; "CE deadline" keeps its capitals (issue 22: not "ce deadline")."""
    return reminders.as_in_a_sentence(label)


@register.simple_tag
def submission_token() -> str:
    """A fresh one-time token for a form that changes something (see services.submission_once)."""
    return format_html('<input type="hidden" name="{}" value="{}">', Submission.FIELD, uuid.uuid4())


@register.filter
def duration_words(value) -> str:
    """timedelta(minutes=15) → "15 minutes"; timedelta(hours=2) → "2 hours"."""
    if value is None or value == "":
        return ""
    minutes = max(1, round(value.total_seconds() / 60))
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"{hours} hour{'' if hours == 1 else 's'}"
    return f"{minutes} minute{'' if minutes == 1 else 's'}"
