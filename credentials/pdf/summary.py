"""The CE summary: status, facts, requirements, the activity list, documentation still needed and
the attestation, on US Letter pages with the band and numbered footers."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from credentials.pdf.activities import _activities, _Row, _rows
from credentials.pdf.document import _furniture, _metadata
from credentials.pdf.flowables import _Badge, _Bar
from credentials.pdf.fonts import FONT, FONT_BOLD, _register_fonts
from credentials.pdf.text import _date, _num, _x
from credentials.pdf.theme import (
    APP_NAME,
    BOTTOM_MARGIN,
    CARD_BG,
    CONTENT_WIDTH,
    FAINT,
    HEAD_BG,
    INK,
    MARGIN,
    MUTED,
    OK,
    PAGE,
    RECERTIFIED_BADGE,
    RULE,
    SHORT,
    STATUS_BADGES,
    TOP_MARGIN,
    _draw_band,
    _Furniture,
    _numbered_canvas,
    _styles,
    _table_style,
)
from credentials.selectors import NOT_COUNTED, PLANNED, UNCATEGORIZED, CycleProgress


def _status_block(progress: CycleProgress, s: dict[str, ParagraphStyle]) -> Table:
    """The badge and the selector's own sentences: how long is left, and what route is still open."""
    result = progress.result
    if progress.is_closed:
        fg, bg = RECERTIFIED_BADGE
        badge = _Badge("Recertified", fg, bg)
        # The route is in the facts below ("Recertified by").
        sentences = [f"<b>{_x(progress.countdown)}</b>", "The figures below are as of that day."]
        lead = ""
    else:
        fg, bg = STATUS_BADGES.get(result.status, RECERTIFIED_BADGE)
        badge = _Badge(result.status_label, fg, bg)
        sentences = [
            f"<b>{_x(progress.countdown)}</b>",
            _x(progress.ce_route_text),
            _x(progress.closed_route_text),
            _x(progress.annual_fee_sentence),
        ]
        lead = f"Status on {_date(result.today)}: "
    words = Paragraph(lead + " ".join(part for part in sentences if part), s["status"])
    table = Table([[badge, words]], colWidths=[badge.width + 12, CONTENT_WIDTH - badge.width - 12])
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -1), CARD_BG),
                ("LEFTPADDING", (0, 0), (0, 0), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (-1, 0), (-1, 0), 10),
            ]
        )
    )
    return table


def _facts(progress: CycleProgress, s: dict[str, ParagraphStyle]) -> Table:
    result, cycle, program = progress.result, progress.cycle, progress.program
    facts = [("Period started", _date(cycle.starts_on)), ("Expires", _date(result.expires_on))]
    # A "CE deadline" exists only where the program still accepts CE after expiry.
    if program.requires_ce and program.has_ce_deadline and result.has_grace:
        facts.append(("CE deadline", _date(result.ce_deadline)))
    if cycle.closed_on is not None:
        facts.append(("Recertified on", _date(cycle.closed_on)))
        if cycle.closed_by:
            facts.append(("Recertified by", cycle.get_closed_by_display()))
    elif result.annual_fee_due_on is not None:
        facts.append(("Annual fee due", _date(result.annual_fee_due_on)))
    else:
        facts.append(("Status as of", _date(result.today)))
    cells = [
        [Paragraph(_x(label).upper(), s["fact_label"]), Spacer(1, 2), Paragraph(_x(value), s["fact"])]
        for label, value in facts
    ]
    width = CONTENT_WIDTH / len(cells)
    table = Table([cells], colWidths=[width] * len(cells))
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
                ("LINEBEFORE", (1, 0), (-1, 0), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def _requirements(progress: CycleProgress, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    program, result = progress.program, progress.result
    unit = program.unit
    # The same bars as the dashboard (selectors.CycleProgress.bars): one source for both.
    rows: list[tuple[str, Decimal, Decimal, Decimal]] = [
        (f"Total {unit}" if i == 0 else f"{bar.label} minimum", bar.need, bar.have, bar.short)
        for i, bar in enumerate(progress.bars)
    ]

    widths = [150, 52, 52, 0, 96]
    widths[3] = CONTENT_WIDTH - sum(widths)
    data: list[list] = [
        [
            Paragraph("Requirement", s["req_head"]),
            Paragraph("Needed", s["req_head_r"]),
            Paragraph("Have", s["req_head_r"]),
            Paragraph("Progress", s["req_head"]),
            Paragraph("Result", s["req_head"]),
        ]
    ]
    style = [
        ("FONTNAME", (0, 1), (-1, -1), FONT),
        ("FONTSIZE", (0, 1), (-1, -1), 9),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("FONTNAME", (2, 1), (2, -1), FONT_BOLD),
        ("ALIGN", (1, 0), (2, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 1), (-1, -2), 0.4, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (3, 1), (3, -1), 12),
        ("RIGHTPADDING", (3, 1), (3, -1), 12),
    ]
    for i, (label, need, have, short) in enumerate(rows, start=1):
        met = short <= 0
        verdict = "Met" if met else f"Short by {_num(short)}"
        data.append(
            [
                Paragraph(_x(label), s["req"]),
                _num(need),
                _num(have),
                _Bar(have, need, met, widths[3] - 24),
                verdict,
            ]
        )
        style += [
            ("TEXTCOLOR", (4, i), (4, i), OK if met else SHORT),
            ("FONTNAME", (4, i), (4, i), FONT_BOLD),
        ]
    table = Table(data, colWidths=widths)
    table.setStyle(_table_style(style))

    # The selector's sentences, as the dashboard shows them.
    notes = [progress.gap_sentence, progress.planned_sentence, progress.processing_sentence]
    if not progress.gap_sentence and not result.met:  # closed, or the CE route is over
        if progress.is_closed:
            notes[0] = f"Not every CE requirement was met. Still needed then: {result.gap_text}."
        else:
            notes[0] = f"Not every CE requirement is met. Still needed: {result.gap_text}."
    gap = "<br/>".join(_x(note) for note in notes if note)
    summary = Table(
        [
            [
                [
                    Paragraph(_num(result.points_left), s["left_big"]),
                    Paragraph(f"{_x(unit)} {'short' if progress.is_closed else 'left'}", s["left_caption"]),
                ],
                Paragraph(gap, s["gap"]),
            ]
        ],
        colWidths=[120, CONTENT_WIDTH - 120],
    )
    summary.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -1), CARD_BG),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (0, 0), 10),
            ]
        )
    )
    return [table, Spacer(1, 8), summary]


def _documentation(progress: CycleProgress, rows: list[_Row], s: dict[str, ParagraphStyle]) -> list[Flowable]:
    """What each counted (or still countable) non-approved activity still needs on file."""
    program = progress.program
    label = program.approved_label
    wanted = [
        row
        for row in rows
        if not row.approved and (row.group != NOT_COUNTED or row.verdict.reason == UNCATEGORIZED)
    ]
    story: list[Flowable] = [
        Paragraph("Documentation still needed", s["h2"]),
        Paragraph(
            f"Non-{_x(label)} CE counts only with proof of completion, a course description, the "
            "issuer, the amount and type of credit, and the dates. Recert has the amount, type and date "
            "of every activity; the list below shows what else each one needs (a certificate attached, "
            "the provider, a course description in the notes).",
            s["intro"],
        ),
    ]
    if not wanted:
        story.append(Paragraph(f"Nothing: every activity that counts is {_x(label)}.", s["base"]))
        return story
    data: list[list] = [
        [
            Paragraph("#", s["cell_head_r"]),
            Paragraph("Activity", s["cell_head"]),
            Paragraph("Date", s["cell_head"]),
            Paragraph("Still needed", s["cell_head"]),
        ]
    ]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("FONTNAME", (0, 1), (-1, -1), FONT),
        ("FONTSIZE", (0, 1), (-1, -1), 7),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("TEXTCOLOR", (0, 1), (0, -1), FAINT),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for r, row in enumerate(wanted, start=1):
        activity = row.verdict.activity
        missing = []
        if not activity.certificate:
            missing.append("proof of completion (attach the certificate)")
        if not activity.provider.strip():
            missing.append("the issuer (enter the provider)")
        if not activity.notes.strip():
            missing.append("a course description (add it to the notes)")
        if missing:
            text = "Missing: " + "; ".join(missing) + "."
        else:
            text = "Nothing: all documentation is on file."
            style.append(("TEXTCOLOR", (3, r), (3, r), OK))
        data.append(
            [
                str(row.number),
                Paragraph(_x(activity.title), s["cell"]),
                _date(activity.completed_on),
                Paragraph(_x(text), ParagraphStyle("doc", s["cell"], textColor=OK if not missing else INK)),
            ]
        )
    widths = [18, 0, 58, 230]
    widths[1] = CONTENT_WIDTH - sum(widths)
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(_table_style(style))
    story.append(table)
    return story


ATTESTATION = (
    "I attest that the continuing education listed above was completed as stated and that the "
    "certificates are genuine."
)


def _attestation(holder_name: str, has_planned: bool, s: dict[str, ParagraphStyle]) -> Flowable:
    """The holder's signed statement, on one page: Name (filled in), Signature, Date."""
    text = ATTESTATION
    if has_planned:
        text += " Planned activities have not happened yet and are not part of this statement."
    # Name (filled in) and Date on one line, Signature on the next: room to write, little height.
    lines = Table(
        [
            [
                Paragraph("Name", s["sign_label"]),
                Paragraph(_x(holder_name), s["sign"]),
                Paragraph("Date", s["sign_label"]),
                "",
            ],
            [Paragraph("Signature", s["sign_label"]), "", "", ""],
        ],
        colWidths=[56, 250, 40, 140],
        rowHeights=[24, 34],
        hAlign="LEFT",
    )
    lines.setStyle(
        _table_style(
            [
                ("SPAN", (1, 1), (3, 1)),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 0), 0.7, INK),
                ("LINEBELOW", (3, 0), (3, 0), 0.7, INK),
                ("LINEBELOW", (1, 1), (3, 1), 0.7, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, -1), 4),
                ("LEFTPADDING", (2, 0), (2, 0), 14),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return KeepTogether(
        [
            Paragraph("Attestation", s["h2"]),
            Paragraph(_x(text), s["base"]),
            Spacer(1, 6),
            lines,
        ]
    )


def _summary_story(progress: CycleProgress, holder_name: str, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    program, credential = progress.program, progress.credential
    number = f" · No. {_x(credential.number)}" if credential.number else ""
    if program.body:
        body = _x(program.body)
    elif program.custom:
        needed = _x(program.quantity(program.points_needed))
        body = f"Custom program: {needed} every {program.cycle_months} months"
    else:
        body = ""
    story: list[Flowable] = [
        Paragraph(_x(holder_name), s["name"]),
        Paragraph(f"<b>{_x(credential.display_name)}</b>{number}{' · ' + body if body else ''}", s["sub"]),
        Spacer(1, 12),
        _status_block(progress, s),
        Spacer(1, 10),
        _facts(progress, s),
    ]
    if not program.requires_ce:
        story += [
            Paragraph("Requirements", s["h2"]),
            Paragraph(
                f"The {_x(program.name)} needs no continuing education: renew it by "
                f"{_date(progress.result.expires_on)}.",
                s["base"],
            ),
        ]
        logged = len(progress.verdicts)
        if logged:
            story.append(Spacer(1, 4))
            story.append(
                Paragraph(
                    f"Your {logged} logged CE {'activity is' if logged == 1 else 'activities are'} not "
                    "listed here: continuing education does not count toward this credential.",
                    s["note"],
                )
            )
        return story

    story.append(Paragraph("Requirements", s["h2"]))
    story += _requirements(progress, s)

    rows = _rows(progress)
    story += _activities(progress, rows, s)
    if program.min_unapproved_points > 0 or program.approved_min > 0:
        story += _documentation(progress, rows, s)
    story.append(_attestation(holder_name, any(row.group == PLANNED for row in rows), s))
    return story


def _build_summary(
    progress: CycleProgress, holder_name: str, generated_at: dt.datetime, furniture: _Furniture
) -> bytes:
    _register_fonts()
    s = _styles()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        **_metadata(progress, holder_name, furniture.document),
        creator=APP_NAME,
        producer=APP_NAME,
        invariant=True,
        initialFontName=FONT,
        initialFontSize=9,
    )
    frame = Frame(
        MARGIN,
        BOTTOM_MARGIN,
        CONTENT_WIDTH,
        PAGE[1] - TOP_MARGIN - BOTTOM_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="content",
    )

    def on_page(c, _doc):
        _draw_band(c, furniture, PAGE[0], PAGE[1])

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(_summary_story(progress, holder_name, s), canvasmaker=_numbered_canvas(furniture))
    return buffer.getvalue()


def summary_pdf(*, progress: CycleProgress, holder_name: str, generated_at: dt.datetime) -> bytes:
    """The CE summary of one recertification period (US Letter): status, requirements, the
    activities counted, planned and not counted, documentation still needed, and an attestation."""
    _register_fonts()
    furniture = _furniture(progress, holder_name, generated_at, "CE summary")
    return _build_summary(progress, holder_name, generated_at, furniture)
