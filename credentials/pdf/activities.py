"""The period's activities: numbered rows (the summary and the audit pack share the numbers) and
the summary's activity list in three parts."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from credentials import rules
from credentials.pdf.fonts import FONT_BOLD
from credentials.pdf.table import PAD_X, _Cell, _Columns, _lines, _RowTable, _Run
from credentials.pdf.text import _date, _num, _x
from credentials.pdf.theme import ACCENT, CONTENT_WIDTH, FAINT, INK, MUTED
from credentials.selectors import COUNTED, NOT_COUNTED, PLANNED, ActivityVerdict, CycleProgress


@dataclass
class _Row:
    number: int
    verdict: ActivityVerdict
    approved: bool  # approved as the engine counted it (after the kind's rule)
    program: rules.Program

    @property
    def group(self) -> str:
        return self.verdict.group


# The activity list's three parts, in the order printed: heading, and what the last column says.
SECTIONS = (
    (COUNTED, "Counted toward this recertification period", "Counts"),
    (PLANNED, "Planned (will count once completed)", "Will count"),
    (NOT_COUNTED, "Not counted", "Why it does not count"),
)


def _rows(progress: CycleProgress) -> list[_Row]:
    """The period's activities, counted first, then planned, then not counted, each part oldest
    first, numbered in that order (the documentation list and the audit pack refer to the numbers)."""
    approved: dict[object, bool] = {}
    for credit_verdict in progress.result.verdicts:
        ref = credit_verdict.credit.ref
        approved[ref] = approved.get(ref, False) or credit_verdict.approved
    verdicts = sorted(progress.verdicts, key=lambda v: (v.activity.completed_on, v.activity.pk or 0))
    order = {group: i for i, (group, _, _) in enumerate(SECTIONS)}
    verdicts.sort(key=lambda v: order.get(v.group, len(order)))  # stable: oldest first in each part
    return [
        _Row(
            number=i,
            verdict=v,
            approved=approved.get(v.activity.pk, v.activity.approved),
            program=progress.program,
        )
        for i, v in enumerate(verdicts, start=1)
    ]


@dataclass
class _Column:
    header: str  # plain text; a line break where the header starts a new line
    width: float
    right: bool = False


def _header(column: _Column, style: ParagraphStyle) -> _Cell:
    """A column's header in ``style``'s font, size and colour, wrapped to the column."""
    parts = column.header.split("\n")
    return _lines(
        [_Run(part, style.fontName, style.fontSize, style.textColor) for part in parts],
        column.width - 2 * PAD_X,
    )


def _fixed_category(progress: CycleProgress, kind: str) -> tuple[str, str] | None:
    """(category, kind label) when the rules put every credit of ``kind`` in one category."""
    rule = progress.program.kinds.get(kind) or rules.kind_rule_anywhere(kind)
    if rule is None or not rule.category:
        return None
    return rule.category, rule.label


@dataclass
class _Worked:
    """What one document works out once for all its activity rows."""

    wrapped: dict = field(default_factory=dict)  # amounts and verdict messages repeat
    category_names: dict[str, str] = field(default_factory=dict)


def _activity_table(
    progress: CycleProgress,
    rows: list[_Row],
    s: dict[str, ParagraphStyle],
    counts_header: str,
    worked: _Worked,
) -> _RowTable:
    """One part of the activity list: what each activity's certificate states beside what it counts."""
    # Kept whole: one pass over the rows builds each cell beside the row's shading and spans; the
    # PDF's speed on 5,000 activities (benchmarks) rests on that single pass.
    program = progress.program
    has_categories = bool(program.category_min)
    has_approved = program.approved_min > 0
    columns = [
        _Column("#", 18, right=True),
        _Column("Date", 51),
        _Column("Title / provider", 0),
        _Column("Logged", 62),
        *([_Column("Categories", 70)] if has_categories else []),
        # The approval label on two lines, broken after its first hyphen ("…-\napproved").
        *([_Column(program.approved_label.replace("-", "-\n", 1), 42)] if has_approved else []),
        _Column("Verified", 38),
        _Column(counts_header, 128),
    ]
    columns[2].width = CONTENT_WIDTH - sum(c.width for c in columns)
    # What each column's text may fill: its width less the padding either side.
    title_w, logged_w, last_w = (columns[i].width - 2 * PAD_X for i in (2, 3, -1))
    categories_w = columns[4].width - 2 * PAD_X if has_categories else 0
    head = s["cell_head"]
    table = _Columns(
        header=tuple(_header(column, head) for column in columns),
        widths=tuple(c.width for c in columns),
        header_leading=head.leading,
        leading=s["cell"].leading,
        right=frozenset(i for i, c in enumerate(columns) if c.right),
    )
    wrapped, category_names = worked.wrapped, worked.category_names
    table_rows = []
    for row in rows:
        verdict, activity = row.verdict, row.verdict.activity
        title = [_Run(activity.title, FONT_BOLD)]
        if activity.provider:
            title.append(_Run(activity.provider, color=MUTED))
        if activity.certificate:
            title.append(_Run("Certificate attached", size=6.3, color=FAINT))
        cells = [
            _lines([_Run(str(row.number), color=FAINT)]),
            _lines([_Run(_date(activity.completed_on))]),
            _lines(title, title_w),
            _lines([_Run(activity.logged)], logged_w, wrapped),  # "10 contact hours": the certificate's unit
        ]
        if has_categories:
            fixed = _fixed_category(progress, activity.kind)
            if fixed is not None:
                split = [f"{fixed[0].capitalize()} (all {fixed[1]})"]
            else:
                split = []
                for share in activity.category_shares():
                    if share.category not in category_names:
                        category_names[share.category] = share.get_category_display()
                    split.append(f"{category_names[share.category]} {_num(share.amount)}")
            cells.append(_lines([_Run(part) for part in split or ["None yet"]], categories_w, wrapped))
        if has_approved:
            cells.append(_lines([_Run("Yes" if row.approved else "No")], cache=wrapped))
        cells.append(_lines([_Run("Yes" if activity.verified_on_transcript else "No")], cache=wrapped))
        # What the credential counts, in its own unit, then the engine's words (with any conversion).
        if row.group == COUNTED:
            runs = [_Run(program.quantity(verdict.points), FONT_BOLD)]
        elif row.group == PLANNED:
            runs = [_Run(program.quantity(verdict.planned_points), FONT_BOLD, color=ACCENT)]
        else:
            runs = []
        runs.append(_Run(verdict.message, color=MUTED if runs else INK))
        cells.append(_lines(runs, last_w, wrapped))
        table_rows.append(table.row(cells))
    return _RowTable(table, table_rows)


def _activities(progress: CycleProgress, rows: list[_Row], s: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The activity list in three parts: counted, planned, not counted."""
    in_group = {group: [row for row in rows if row.group == group] for group, _, _ in SECTIONS}
    counts = ", ".join(
        f"{len(in_group[group])} {word}"
        for group, word in ((COUNTED, "counted"), (PLANNED, "planned"), (NOT_COUNTED, "not counted"))
    )
    story: list[Flowable] = [Paragraph(f"Activities ({len(rows)}: {counts})", s["h2"])]
    if not rows:
        story.append(Paragraph("No activities logged yet.", s["base"]))
        return story
    unit = _x(progress.program.unit)
    story.append(
        Paragraph(
            "Oldest first in each part. “Logged”: the amount as the certificate states it, in its own "
            f"unit. The last column: the {unit} it adds toward this recertification period, and why "
            "when it counts only in part or not at all. “Verified”: shown on the official transcript.",
            s["intro"],
        )
    )
    worked = _Worked()
    for group, heading, counts_header in SECTIONS:
        # Not keepWithNext: that would push a long table whole onto the next page. Instead the
        # heading starts a new page only when its table's header and first rows would not fit.
        story.append(CondPageBreak(72))
        story.append(Paragraph(_x(heading), s["h3"]))
        if in_group[group]:
            story.append(_activity_table(progress, in_group[group], s, counts_header, worked))
        else:
            story.append(Paragraph("None.", s["base"]))
    return story
