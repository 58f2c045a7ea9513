"""What a reading is made of: the fields read (``FIELDS``, ``UNITS``, ``CATEGORIES``), each as a
``Found`` (value, confidence, where), the ``Reading`` of one file, and the ``_Line`` of text they are
read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FIELDS = ("completed_on", "title", "provider", "amount", "unit", "aama_approved", "category")
UNITS = ("contact_hours", "aama_ceu", "nha_credit", "iacet_ceu", "college_credit", "cpr_card", "minutes")
CATEGORIES = ("administrative", "clinical", "general")


@dataclass(frozen=True)
class Found:
    value: object  # date, str, Decimal, bool or None
    confidence: float  # 0.0–1.0; 0.0 whenever value is None
    where: str  # where it was found, for a person; "" when not found


@dataclass(frozen=True)
class Reading:
    fields: dict[str, Found]  # exactly FIELDS
    source: str  # "text layer", "OCR" or "none"
    problem: str | None
    text: str
    # Credit a certificate splits across categories ("Administrative: 2.0 CEUs  Clinical: 3.5 CEUs"):
    # each category's amount, in the unit read; empty otherwise (then ``category`` may hold one).
    categories: dict = field(default_factory=dict)


NOT_FOUND = Found(None, 0.0, "")


class _Unreadable(Exception):
    """The file cannot be read; the message is the sentence for a person."""


@dataclass
class _Line:
    text: str
    page: int
    conf: float = 1.0  # 0–1: tesseract's mean word confidence, 1 for a text layer
    # How large the line is printed (a text layer's font size in points, an OCR line's median word
    # height in pixels); 0 when unknown. Only compared within one reading: the title is prominent.
    size: float = 0.0
