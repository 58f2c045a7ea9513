"""The activity log out: ``export_table`` (one row per activity, and what it counts toward each
credential's current period) as CSV and XLSX, and the template to fill in."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from decimal import Decimal

from credentials import rules, selectors
from credentials.log_io.columns import COUNTS, REASON
from credentials.log_io.csv_cells import _csv_text
from credentials.models import CEActivity

EXPORT_COLUMNS = [
    "Date",
    "Title",
    "Provider",
    "Amount",
    "Unit",
    *(c.capitalize() for c in rules.CATEGORIES),
    rules.APPROVAL.label.replace("-", " "),
    "Verified on transcript",
    "Notes",
    "Certificate file",
    "Do not count toward",
]
TEMPLATE_COLUMNS = EXPORT_COLUMNS[:11]


def _counts(progress: selectors.CycleProgress, activity: CEActivity) -> tuple[Decimal, str]:
    """What ``activity`` counts toward the credential's current period, as a number, and why it
    counts less than it might (empty when it counts in full), from the selectors' verdict."""
    verdict = progress.by_activity.get(activity.pk)
    if verdict is None:
        return Decimal(0), "Outside this recertification period."
    if verdict.points > 0 and verdict.reason is None:
        return verdict.points, ""
    return verdict.points, verdict.message


def export_table(*, user, today: dt.date) -> tuple[list[str], list[list]]:
    """(header, rows) of the person's whole activity log, oldest first: the columns of
    docs/csv-format.md, then for each credential that counts CE what the activity counts toward
    its current period (a number) and why not (words, only when it counts less). Values keep their
    types (date, Decimal, str). The activity list's CSV and XLSX and the data export's
    activities.csv are this table (issue 24), and the import reads it back."""
    progress_list = sorted(
        (p for p in selectors.dashboard_get(user=user, today=today, verdicts=True) if p.program.requires_ce),
        key=lambda p: (p.credential.certified_on, p.credential.pk),
    )
    header = list(EXPORT_COLUMNS)
    names = Counter()
    for progress in progress_list:
        names[str(progress.credential)] += 1
        count = names[str(progress.credential)]
        name = str(progress.credential) if count == 1 else f"{progress.credential} ({count})"
        header += [name + COUNTS, name + REASON]
    credential_names = {c.pk: str(c) for c in selectors.credential_list(user=user)}
    activities = selectors.activities_with_parts(owner_id=user.pk, ordering=("completed_on", "pk"))
    rows = [_export_row(activity, progress_list, credential_names) for activity in activities]
    return header, rows


def _export_row(activity: CEActivity, progress_list, credential_names: dict[int, str]) -> list:
    rule = rules.kind_rule_anywhere(activity.kind)
    approved = activity.approved if rule is None or rule.approved is None else rule.approved
    shares = {s.category: s.amount for s in activity.category_shares()}
    if rule is not None and rule.category:  # what counts: a CPR/BLS card is clinical (R-CMA-11)
        shares = {rule.category: activity.amount}
    unit = rules.UNITS.get(activity.unit)
    unit_name = activity.unit if unit is None else unit.singular if activity.amount == 1 else unit.label
    return [
        activity.completed_on,
        activity.title,
        activity.provider,
        activity.amount,
        unit_name,
        *(shares.get(c, "") for c in rules.CATEGORIES),
        "yes" if approved else "no",
        "yes" if activity.verified_on_transcript else "no",
        activity.notes,
        activity.certificate_name
        or (activity.certificate.name.rsplit("/", 1)[-1] if activity.certificate else ""),
        "; ".join(credential_names.get(pk, "") for pk in activity.excluded_credential_ids()),
        *(value for p in progress_list for value in _counts(p, activity)),
    ]


def export_csv(*, user, today: dt.date) -> str:
    header, rows = export_table(user=user, today=today)
    return _csv_text(header, rows)


def export_xlsx(*, user, today: dt.date) -> bytes:
    """The same table as a workbook: dates as dates, amounts as numbers, every text a string
    (never a formula, whatever it starts with)."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    header, rows = export_table(user=user, today=today)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Activities"
    for row_number, values in enumerate([header, *rows], start=1):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_number, column=column)
            if isinstance(value, dt.date):
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(value, Decimal):
                cell.value = value
            else:
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", str(value))
                cell.data_type = "s"  # text, even "=1+1": never run as a formula
            if row_number == 1:
                cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions  # a filter button on every column's header
    widths = {1: 12, 2: 40, 3: 28, 4: 9, 5: 16, 11: 30}
    widths.update({n: 40 for n, name in enumerate(header, start=1) if name.endswith(REASON)})
    for column in range(1, len(header) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = widths.get(column, 18)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


TEMPLATE_ROWS = [
    [
        "2025-03-05",
        "Infection control update",
        "AAMA e-Learning Center",
        "2",
        "AAMA CEUs",
        "",
        "2",
        "",
        "yes",
        "no",
        "",
    ],
    [
        "2025-04-12",
        "Medical office billing basics",
        "Community college seminar",
        "1.5",
        "contact hours",
        "1.5",
        "",
        "",
        "no",
        "no",
        "Evening seminar; agenda kept",
    ],
    [
        "2025-06-20",
        "HIPAA and professional ethics",
        "NHA",
        "1",
        "NHA CE credits",
        "",
        "",
        "1",
        "no",
        "no",
        "",
    ],
    [
        "2025-09-01",
        "BLS Provider",
        "American Heart Association",
        "1",
        "CPR/BLS card",
        "",
        "",
        "",
        "yes",
        "no",
        "",
    ],
]


def template_csv() -> str:
    """An example file to fill in: the import's columns and one row per kind of unit."""
    # Recert's own words, no one's text: written plainly, as docs/csv-format.md shows it.
    return _csv_text(TEMPLATE_COLUMNS, TEMPLATE_ROWS, quote_all=False)
