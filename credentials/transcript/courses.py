"""What a transcript reading gives: its ``Course`` rows and the ``Transcript`` they belong to (kept
as JSON on a draft), and a course's amount in the unit Recert counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from credentials import rules


@dataclass
class Course:
    """One row of the transcript: what the person earned, as printed."""

    title: str
    completed_on: dt.date
    amount: Decimal
    unit: str  # as printed, in the reader's words (rules.PRINTED_UNITS): "aama_ceu", "iacet_ceu", …
    categories: dict[str, Decimal] = field(default_factory=dict)
    provider: str = ""
    code: str = ""
    unit_printed: bool = False  # the unit was printed in the row's own cell ("0.15 CEU")

    @property
    def category(self) -> str | None:
        return next(iter(self.categories)) if len(self.categories) == 1 else None


@dataclass
class Transcript:
    provider: str
    courses: list[Course]
    aama: bool  # the AAMA's own CEU transcript: the courses are on the AAMA's record already
    left_out: int = 0  # rows that earned nothing (in progress, withdrawn, 0 hours)

    def as_json(self) -> dict:
        return {
            "provider": self.provider,
            "aama": self.aama,
            "left_out": self.left_out,
            "courses": [
                {
                    "title": c.title,
                    "completed_on": c.completed_on.isoformat(),
                    "amount": str(c.amount),
                    "unit": c.unit,
                    "categories": {k: str(v) for k, v in c.categories.items()},
                    "provider": c.provider,
                    "code": c.code,
                }
                for c in self.courses
            ],
        }

    @classmethod
    def from_json(cls, data: dict) -> Transcript | None:
        """Back from ``as_json`` (None for an empty or damaged value)."""
        try:
            courses = [
                Course(
                    title=str(c["title"]),
                    completed_on=dt.date.fromisoformat(c["completed_on"]),
                    amount=Decimal(c["amount"]),
                    unit=str(c["unit"]),
                    categories={str(k): Decimal(v) for k, v in (c.get("categories") or {}).items()},
                    provider=str(c.get("provider") or ""),
                    code=str(c.get("code") or ""),
                )
                for c in data["courses"]
            ]
            return cls(str(data["provider"]), courses, bool(data["aama"]), int(data.get("left_out") or 0))
        except (KeyError, TypeError, ValueError, InvalidOperation):
            return None


def unit_in_recert(course: Course) -> tuple[str, Decimal, str]:
    """(Recert unit code, amount logged, how it was converted) for a course as printed."""
    printed = rules.PRINTED_UNITS.get(course.unit) or rules.PRINTED_UNITS["contact_hours"]
    return printed.unit, printed.logged_amount(course.amount), printed.words
