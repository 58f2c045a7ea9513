"""The CSV format in words, for the import page and the format page (docs/csv-format.md says
the same)."""

from __future__ import annotations

from dataclasses import dataclass

from credentials import rules
from credentials.log_io.columns import (
    AMOUNT,
    AMOUNT_IN,
    APPROVED,
    CATEGORY,
    CATEGORY_WORDS,
    DATE,
    EXCLUDED,
    FALSE_WORDS,
    HEADERS,
    IGNORED_HEADERS,
    NOTES,
    PROVIDER,
    SHARE,
    TITLE,
    TRUE_WORDS,
    UNIT,
    UNIT_SYNONYMS,
    VERIFIED,
)
from credentials.log_io.export import template_csv
from credentials.log_io.reading import MAX_BYTES, MAX_ROWS
from credentials.log_io.values import DATE_FORMATS


@dataclass(frozen=True)
class FormatColumn:
    field: str
    headers: tuple[str, ...]
    holds: str
    required: bool = False


def format_get() -> dict:
    """The CSV format for the import page and the format page (docs/csv-format.md says the same)."""
    unit_headers = tuple(h for code in rules.UNITS for h in HEADERS.get(AMOUNT_IN + code, ()))
    columns = [
        FormatColumn("Date completed", HEADERS[DATE], "The completion date.", required=True),
        FormatColumn(
            "Title", HEADERS[TITLE], "The course or activity, as on the certificate.", required=True
        ),
        FormatColumn("Provider", HEADERS[PROVIDER], "Who issued the credit."),
        FormatColumn(
            "Amount",
            HEADERS[AMOUNT] + unit_headers,
            "A number above 0, as printed on the certificate. A header that names a unit "
            "(Hours, AAMA CEUs, NHA credits, …) gives the unit too.",
            required=True,
        ),
        FormatColumn("Unit", HEADERS[UNIT], "The unit printed on the certificate (see the units below)."),
        FormatColumn(
            "Category",
            HEADERS[CATEGORY],
            "Administrative, clinical or general (or A, C, G) for the whole amount, or a split such as "
            "“clinical 1; general 1”.",
        ),
        *(
            FormatColumn(
                f"{c.capitalize()} part",
                HEADERS[SHARE + c],
                f"The {c} part of the amount (instead of Category).",
            )
            for c in rules.CATEGORIES
        ),
        FormatColumn(
            rules.APPROVAL.label,
            HEADERS[APPROVED],
            "yes or no. Approved contact hours are saved as AAMA CEUs.",
        ),
        FormatColumn("Verified on transcript", HEADERS[VERIFIED], "yes or no."),
        FormatColumn("Notes", HEADERS[NOTES], "Anything else, e.g. a course description."),
        FormatColumn(
            "Do not count toward",
            HEADERS[EXCLUDED],
            "Names of your credentials this activity must not count toward, separated by semicolons.",
        ),
    ]
    units = [
        (
            unit.label,
            tuple(dict.fromkeys(w for w in (unit.label, unit.singular, code, *UNIT_SYNONYMS.get(code, ())))),
        )
        for code, unit in rules.UNITS.items()
    ]
    card_notes = [
        f"A {rule.label[:-1]} is one row per card: amount 1, dated its issue day"
        + (f"; it always counts as {rule.category}." if rule.category else ".")
        for kind in rules.KINDS
        if (rule := rules.kind_rule_anywhere(kind)) is not None and rule.whole_units
    ]
    return {
        "columns": columns,
        "units": units,
        "card_notes": card_notes,
        "example": template_csv().lstrip("\ufeff").replace("\r\n", "\n").strip(),
        "categories": CATEGORY_WORDS,
        "true_words": TRUE_WORDS,
        "false_words": FALSE_WORDS,
        "date_formats": list(DATE_FORMATS.values()),
        "ignored": IGNORED_HEADERS,
        "max_mb": MAX_BYTES // 1024 // 1024,
        "max_rows": MAX_ROWS,
    }
