"""The period's activities: numbered rows (the summary and the audit pack share the numbers) and
the summary's activity list in three parts."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import CondPageBreak, Flowable, LongTable, Paragraph

from credentials import rules
from credentials.pdf.flowables import _Cell, _Run
from credentials.pdf.fonts import FONT, FONT_BOLD
from credentials.pdf.text import _clean, _date, _num, _x
from credentials.pdf.theme import ACCENT, CONTENT_WIDTH, FAINT, HEAD_BG, INK, MUTED, RULE, ZEBRA, _table_style
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
    header: str  # Paragraph markup
    width: float
    right: bool = False


def _fixed_category(progress: CycleProgress, kind: str) -> tuple[str, str] | None:
    """(category, kind label) when the rules put every credit of ``kind`` in one category."""
    rule = progress.program.kinds.get(kind) or rules.kind_rule_anywhere(kind)
    if rule is None or not rule.category:
        return None
    return rule.category, rule.label


def _activity_table(
    progress: CycleProgress, rows: list[_Row], s: dict[str, ParagraphStyle], counts_header: str
) -> LongTable:
    """One part of the activity list: what each activity's certificate states beside what it counts."""
    program = progress.program
    has_categories = bool(program.category_min)
    has_approved = program.approved_min > 0
    approved_head = _x(program.approved_label).replace("-", "-<br/>", 1)
    columns = [
        _Column("#", 18, right=True),
        _Column("Date", 51),
        _Column("Title / provider", 0),
        _Column("Logged", 62),
        *([_Column("Categories", 70)] if has_categories else []),
        *([_Column(approved_head, 42)] if has_approved else []),
        _Column("Verified", 38),
        _Column(_x(counts_header), 128),
    ]
    columns[2].width = CONTENT_WIDTH - sum(c.width for c in columns)
    widths = [c.width for c in columns]
    counted_at = len(columns) - 1
    cell_font, cell_size, pad = FONT, 7, 3
    leading = s["cell"].leading

    def lines(parts: list[str], width: float) -> str:
        """Plain multi-line text for a cell (cheaper than a Paragraph), wrapped to ``width``."""
        out: list[str] = []
        for part in parts:
            out += simpleSplit(_clean(part), cell_font, cell_size, width - 2 * pad)
        return "\n".join(out)

    logged_cache: dict[str, str] = {}
    messages: dict = {}  # verdict messages repeat: wrap each once per document
    header = [Paragraph(c.header, s["cell_head_r"] if c.right else s["cell_head"]) for c in columns]
    data: list[list] = [header]
    style: list[tuple] = [
        ("FONTNAME", (0, 1), (-1, -1), cell_font),
        ("FONTSIZE", (0, 1), (-1, -1), cell_size),
        ("LEADING", (0, 1), (-1, -1), leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("TEXTCOLOR", (0, 1), (0, -1), FAINT),
        ("FONTNAME", (counted_at, 1), (counted_at, -1), FONT_BOLD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for c_index, column in enumerate(columns):
        if column.right:
            style.append(("ALIGN", (c_index, 1), (c_index, -1), "RIGHT"))

    counts_width = columns[-1].width - 2 * pad
    for row in rows:
        verdict, activity = row.verdict, row.verdict.activity
        title = [_Run(activity.title, FONT_BOLD)]
        if activity.provider:
            title.append(_Run(activity.provider, color=MUTED))
        if activity.certificate:
            title.append(_Run("Certificate attached", size=6.3, color=FAINT))
        logged = activity.logged  # in the certificate's own unit: "10 contact hours"
        if logged not in logged_cache:
            logged_cache[logged] = lines([logged], columns[3].width)
        cells: list = [
            str(row.number),
            _date(activity.completed_on),
            _Cell(title, columns[2].width - 2 * pad, leading),
            logged_cache[logged],
        ]
        if has_categories:
            shares = list(activity.shares.all())
            fixed = _fixed_category(progress, activity.kind)
            if fixed is not None:
                split = [f"{fixed[0].capitalize()} (all {fixed[1]})"]
            elif shares:
                split = [f"{share.get_category_display()} {_num(share.amount)}" for share in shares]
            else:
                split = ["None yet"]
            cells.append(lines(split, columns[4].width))
        if has_approved:
            cells.append("Yes" if row.approved else "No")
        cells.append("Yes" if activity.verified_on_transcript else "No")
        # What the credential counts, in its own unit, then the engine's words (with any conversion).
        if row.group == COUNTED:
            runs = [_Run(program.quantity(verdict.points), FONT_BOLD)]
        elif row.group == PLANNED:
            runs = [_Run(program.quantity(verdict.planned_points), FONT_BOLD, color=ACCENT)]
        else:
            runs = []
        runs.append(_Run(verdict.message, color=MUTED if runs else INK))
        cells.append(_Cell(runs, counts_width, leading, cache=messages))
        data.append(cells)

    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(_table_style(style))
    return table


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
    for group, heading, counts_header in SECTIONS:
        # Not keepWithNext: that would push a long table whole onto the next page. Instead the
        # heading starts a new page only when its table's header and first rows would not fit.
        story.append(CondPageBreak(72))
        story.append(Paragraph(_x(heading), s["h3"]))
        if in_group[group]:
            story.append(_activity_table(progress, in_group[group], s, counts_header))
        else:
            story.append(Paragraph("None.", s["base"]))
    return story
