"""A transcript's courses (``credentials.transcript``) as the import's CSV, so that they go
through the same preview and checks as a spreadsheet."""

from __future__ import annotations

from decimal import Decimal

from credentials import rules, transcript
from credentials.log_io.csv_cells import _csv_text, decimal_text

TRANSCRIPT_COLUMNS = [
    "Date",
    "Title",
    "Provider",
    "Amount",
    "Unit",
    "Category",
    "AAMA approved",
    "Verified",
    "Notes",
]


def transcript_words(found: transcript.Transcript) -> str:
    """What the transcript is, for the person checking its courses: the certifying body's own
    record of approved credit, or a list that is not a certificate for each course."""
    if found.aama:
        label = rules.APPROVAL.label
        return (
            f"This is the certifying body's own record of your {label} CEUs, so each course is marked "
            f"{label} and “verified on transcript”: the body has it already, and you do not send its "
            "certificate again."
        )
    return (
        "A transcript lists courses; it is not a certificate for each. Keep each course's certificate "
        "too: an auditor may ask for it."
    )


def transcript_csv(found: transcript.Transcript) -> str:
    """A transcript's courses as the import's CSV (issue 24), so that they go through the same
    preview and checks as a spreadsheet: amounts in Recert's units (an IACET CEU is 10 contact
    hours, R-CMA-7), a split as "clinical 1; general 0.5". The AAMA's own transcript is its
    record: its courses are AAMA-approved and verified on the transcript."""
    rows = []
    for course in found.courses:
        unit, amount, converted = transcript.unit_in_recert(course)
        scale = amount / course.amount if course.amount else Decimal(1)
        split = "; ".join(f"{c} {decimal_text(a * scale)}" for c, a in course.categories.items())
        notes = [f"Course {course.code}." if course.code else ""]
        if converted:
            printed = rules.PRINTED_UNITS[course.unit]
            notes.append(f"Printed as {decimal_text(course.amount)} ({printed.words}).")
        rows.append(
            [
                course.completed_on.isoformat(),
                course.title,
                course.provider,
                decimal_text(amount),
                rules.UNITS[unit].label,
                split,
                "yes" if found.aama else "",
                "yes" if found.aama else "no",
                " ".join(n for n in notes if n),
            ]
        )
    return _csv_text(TRANSCRIPT_COLUMNS, rows, quote_all=False).lstrip("\ufeff")
