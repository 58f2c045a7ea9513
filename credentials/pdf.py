"""PDF documents: the CE summary and the audit pack.

Every number and sentence printed here comes from the ``CycleProgress`` passed in
(the one selector result the dashboard also shows); this module formats, it never
applies a rule, and it names no program: words such as a body's name or an
approval label come from the rules data. Layout is ReportLab platypus with the
Bitstream Vera fonts that ship inside the reportlab package (no system dependency;
accents such as é, ñ, ü render and extract). Certificates are merged with pypdf.

Public API::

    summary_pdf(progress=..., holder_name=..., generated_at=...) -> bytes
    audit_pack_pdf(progress=..., holder_name=..., generated_at=...) -> bytes
    pdf_filename(progress=..., generated_at=..., audit_pack=False) -> str
    CONTENT_TYPE == "application/pdf"
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import threading
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from xml.sax.saxutils import escape

from django.utils.text import slugify
from PIL import Image, ImageOps
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.errors import DependencyError
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from credentials import rules
from credentials.selectors import (
    COUNTED,
    EXCLUDED,
    NOT_COUNTED,
    PLANNED,
    UNCATEGORIZED,
    ActivityVerdict,
    CycleProgress,
)

__all__ = ["CONTENT_TYPE", "audit_pack_pdf", "pdf_filename", "summary_pdf"]

logger = logging.getLogger(__name__)

CONTENT_TYPE = "application/pdf"
APP_NAME = "Recert"

# --------------------------------------------------------------------------- look

PAGE = letter  # US Letter, 612 x 792 pt
MARGIN = 36
BAND_HEIGHT = 38
TOP_MARGIN = BAND_HEIGHT + 26
BOTTOM_MARGIN = 46
CONTENT_WIDTH = PAGE[0] - 2 * MARGIN

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
FAINT = colors.HexColor("#8A96A3")
RULE = colors.HexColor("#D5DBE1")
BAND = colors.HexColor("#1F3A4D")
BAND_TEXT = colors.HexColor("#C9D6E0")
ACCENT = colors.HexColor("#2F6F8F")
HEAD_BG = colors.HexColor("#E9EEF2")
ZEBRA = colors.HexColor("#F7F9FA")
CARD_BG = colors.HexColor("#F4F6F8")
TRACK = colors.HexColor("#E3E8EC")
OK = colors.HexColor("#2E7D5B")
SHORT = colors.HexColor("#9A5B13")

# Status words (RULES.md, "Status words") with muted badge colours (text, background).
STATUS_BADGES = {
    rules.CURRENT: (colors.HexColor("#22684A"), colors.HexColor("#DDEFE6")),
    rules.EXPIRING: (colors.HexColor("#7A5608"), colors.HexColor("#FAEFD2")),
    rules.GRACE: (colors.HexColor("#8F4316"), colors.HexColor("#F9E3D5")),
    rules.LAPSED: (colors.HexColor("#962A2A"), colors.HexColor("#F5DCDC")),
}
RECERTIFIED_BADGE = (colors.HexColor("#2D4E73"), colors.HexColor("#DEE7F1"))

FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC = (
    "RecertVera",
    "RecertVera-Bold",
    "RecertVera-It",
    "RecertVera-BI",
)
_fonts_lock = threading.Lock()
_covered: frozenset[int] = frozenset()

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Reasons an activity sits outside the recertification period: its certificate is not in the audit pack.
OUTSIDE_CYCLE = frozenset({rules.BEFORE_WINDOW, rules.AFTER_DEADLINE, EXCLUDED})


def _register_fonts() -> None:
    """Register Bitstream Vera (bundled with reportlab) once per process."""
    global _covered
    if _covered:
        return
    with _fonts_lock:
        if _covered:
            return
        regular = TTFont(FONT, "Vera.ttf")
        for font in (
            regular,
            TTFont(FONT_BOLD, "VeraBd.ttf"),
            TTFont(FONT_ITALIC, "VeraIt.ttf"),
            TTFont(FONT_BOLD_ITALIC, "VeraBI.ttf"),
        ):
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _covered = frozenset(regular.face.charToGlyph)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=12, textColor=INK)
    return {
        "base": base,
        "name": ParagraphStyle("name", base, fontName=FONT_BOLD, fontSize=19, leading=23, spaceAfter=2),
        "sub": ParagraphStyle("sub", base, fontSize=10, leading=13, textColor=MUTED),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=14,
            textColor=BAND,
            spaceBefore=16,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3",
            base,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=12,
            textColor=INK,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "sign_label": ParagraphStyle("sign_label", base, fontSize=8, leading=10, textColor=MUTED),
        "sign": ParagraphStyle("sign", base, fontSize=10, leading=12),
        "intro": ParagraphStyle("intro", base, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=6),
        "status": ParagraphStyle("status", base, fontSize=9.5, leading=13),
        "fact_label": ParagraphStyle("fact_label", base, fontSize=7, leading=9, textColor=MUTED),
        "fact": ParagraphStyle("fact", base, fontName=FONT_BOLD, fontSize=9.5, leading=12),
        "cell": ParagraphStyle("cell", base, fontSize=7, leading=8.8),
        "cell_head": ParagraphStyle("cell_head", base, fontName=FONT_BOLD, fontSize=6.5, leading=8),
        "cell_head_r": ParagraphStyle(
            "cell_head_r", base, fontName=FONT_BOLD, fontSize=6.5, leading=8, alignment=TA_RIGHT
        ),
        "req": ParagraphStyle("req", base, fontSize=9, leading=11),
        "req_head": ParagraphStyle("req_head", base, fontName=FONT_BOLD, fontSize=7.5, leading=9),
        "req_head_r": ParagraphStyle(
            "req_head_r", base, fontName=FONT_BOLD, fontSize=7.5, leading=9, alignment=TA_RIGHT
        ),
        "left_big": ParagraphStyle("left_big", base, fontName=FONT_BOLD, fontSize=20, leading=23),
        "left_caption": ParagraphStyle("left_caption", base, fontSize=8, leading=10, textColor=MUTED),
        "gap": ParagraphStyle("gap", base, fontSize=9, leading=12),
        "note": ParagraphStyle("note", base, fontSize=8, leading=10.5, textColor=MUTED),
        "fail_title": ParagraphStyle("fail_title", base, fontName=FONT_BOLD, fontSize=13, leading=17),
        "fail": ParagraphStyle("fail", base, fontSize=10.5, leading=15),
    }


# --------------------------------------------------------------------------- formatting


def _clean(text: object) -> str:
    """Text the embedded font can draw: characters it lacks lose their accents, else become "?"."""
    text = "" if text is None else str(text)
    if all(ord(ch) in _covered for ch in text):
        return text
    out = []
    for ch in text:
        if ord(ch) in _covered:
            out.append(ch)
        elif ch in "\r\n\t":
            out.append(" ")
        elif unicodedata.category(ch).startswith("C"):
            continue
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if ord(c) in _covered)
            out.append(base or "?")
    return "".join(out)


def _x(text: object) -> str:
    """Cleaned and escaped for Paragraph markup."""
    return escape(_clean(text))


def _num(value: Decimal | int) -> str:
    """Points without float conversion or exponents: 60 -> "60", 12.50 -> "12.5"."""
    value = Decimal(value)
    if value == value.to_integral_value():
        return format(value.to_integral_value(), "f")
    return format(value, "f").rstrip("0").rstrip(".")


def _date(day: dt.date | None) -> str:
    if day is None:
        return ""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _timestamp(moment: dt.datetime) -> str:
    """27 Nov 2026, 09:14 EST"""
    zone = moment.tzname() if moment.tzinfo else None
    text = f"{_date(moment.date())}, {moment:%H:%M}"
    return f"{text} {zone}" if zone else text


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width``."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def pdf_filename(*, progress: CycleProgress, generated_at: dt.datetime, audit_pack: bool = False) -> str:
    """A download name such as ``recert-cma-aama-123456-summary-2026-11-27.pdf`` (ASCII only).

    The credential number is in it when there is one, so two credentials of the same
    program (or two people's files in one folder) do not get the same name.
    """
    credential = progress.credential
    parts = ["recert", slugify(credential.display_name) or "credential"]
    number = slugify(credential.number or "")
    if number:
        parts.append(number)
    parts += ["audit-pack" if audit_pack else "summary", generated_at.date().isoformat()]
    return "-".join(parts) + ".pdf"


def _credential_name(progress: CycleProgress) -> str:
    """The credential's name and number ("<name> #<number>"), or the name alone without one."""
    credential = progress.credential
    return credential.display_name + (f" #{credential.number}" if credential.number else "")


def _metadata(progress: CycleProgress, holder_name: str, document: str) -> dict[str, str]:
    """Title, subject and author for the PDF's document properties (what a viewer's title bar shows)."""
    title = f"{document}: {_credential_name(progress)}"
    if holder_name.strip():
        title += f" — {holder_name.strip()}"
    period = f"{_date(progress.cycle.starts_on)} to {_date(progress.result.expires_on)}"
    subject = f"Continuing education for the recertification period {period}"
    return {
        "title": _clean(title),
        "subject": _clean(subject),
        "author": _clean(holder_name.strip() or APP_NAME),
    }


def _table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose default font is the embedded one (ReportLab's default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


# --------------------------------------------------------------------------- flowables


def _wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Greedy line breaking at spaces; a word wider than the line is broken between characters."""
    space = pdfmetrics.stringWidth(" ", font, size)
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for word in text.split():
        w = pdfmetrics.stringWidth(word, font, size)
        if w > width:
            if line:
                lines.append(" ".join(line))
            chunk, chunk_w = "", 0.0
            for ch in word:
                ch_w = pdfmetrics.stringWidth(ch, font, size)
                if chunk and chunk_w + ch_w > width:
                    lines.append(chunk)
                    chunk, chunk_w = "", 0.0
                chunk, chunk_w = chunk + ch, chunk_w + ch_w
            line, used = [chunk], chunk_w
        elif line and used + space + w > width:
            lines.append(" ".join(line))
            line, used = [word], w
        else:
            used += (space if line else 0.0) + w
            line.append(word)
    if line:
        lines.append(" ".join(line))
    return tuple(lines)


@dataclass(frozen=True)
class _Run:
    """A piece of cell text in one font, size and colour."""

    text: str
    font: str = ""
    size: float = 7
    color: object = INK


class _Cell(Flowable):
    """Wrapped plain text in a few styles: a much cheaper Paragraph for the big activity table."""

    def __init__(self, runs: list[_Run], width: float, leading: float, cache: dict | None = None):
        super().__init__()
        self.lines = []
        for run in runs:
            font = run.font or FONT
            key = (run.text, font, run.size, width)
            lines = cache.get(key) if cache is not None else None
            if lines is None:
                lines = _wrap(_clean(run.text), font, run.size, width)
                if cache is not None:
                    cache[key] = lines
            self.lines += [(line, font, run.size, run.color) for line in lines]
        self.width, self.leading = width, leading
        self.height = len(self.lines) * leading

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        if not self.lines:
            return
        text = self.canv.beginText(0, self.height - self.lines[0][2])
        for line, font, size, color in self.lines:
            text.setFont(font, size, self.leading)
            text.setFillColor(color)
            text.textLine(line)
        self.canv.drawText(text)


class _Badge(Flowable):
    """A rounded status word, e.g. CURRENT."""

    def __init__(self, word: str, fg, bg, size: float = 8.5):
        super().__init__()
        self.word, self.fg, self.bg, self.size = word.upper(), fg, bg, size
        self.width = pdfmetrics.stringWidth(self.word, FONT_BOLD, size) + 16
        self.height = size + 9

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFillColor(self.bg)
        c.setStrokeColor(self.fg)
        c.setLineWidth(0.6)
        c.roundRect(0, 0, self.width, self.height, 4, stroke=1, fill=1)
        c.setFillColor(self.fg)
        c.setFont(FONT_BOLD, self.size)
        c.drawCentredString(self.width / 2, 4.8, self.word)


class _Bar(Flowable):
    """A horizontal progress bar: ``have`` of ``need``, filled to at most 100 %."""

    def __init__(self, have: Decimal, need: Decimal, met: bool, width: float, height: float = 9):
        super().__init__()
        self.fraction = 1.0 if need <= 0 else float(min(Decimal(1), max(Decimal(0), have / need)))
        self.met, self.width, self.height = met, width, height

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        c = self.canv
        radius = self.height / 2
        c.setFillColor(TRACK)
        c.roundRect(0, 0, self.width, self.height, radius, stroke=0, fill=1)
        filled = self.width * self.fraction
        if filled > 0:
            c.setFillColor(OK if self.met else ACCENT)
            c.roundRect(0, 0, max(filled, self.height), self.height, radius, stroke=0, fill=1)


# --------------------------------------------------------------------------- page furniture


@dataclass
class _Furniture:
    """What every page of one document shows around its content."""

    holder: str
    credential: str
    document: str  # "CE summary" or "Audit pack"
    generated: str
    extra_pages: int = 0  # pages appended after this document (audit pack certificates)
    first_page: int = 1


def _draw_band(c: rl_canvas.Canvas, furniture: _Furniture, width: float, height: float) -> None:
    c.saveState()
    c.setFillColor(BAND)
    c.rect(0, height - BAND_HEIGHT, width, BAND_HEIGHT, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(FONT_BOLD, 14)
    c.drawString(MARGIN, height - BAND_HEIGHT + 13, APP_NAME)
    left = MARGIN + pdfmetrics.stringWidth(APP_NAME, FONT_BOLD, 14) + 10
    c.setFillColor(BAND_TEXT)
    c.setFont(FONT, 9)
    c.drawString(left, height - BAND_HEIGHT + 14, furniture.document)
    right = _fit(
        f"{furniture.holder} · {furniture.credential}",
        FONT,
        9,
        width - 2 * MARGIN - (left - MARGIN) - pdfmetrics.stringWidth(furniture.document, FONT, 9) - 24,
    )
    c.drawRightString(width - MARGIN, height - BAND_HEIGHT + 14, right)
    c.restoreState()


def _draw_footer(c: rl_canvas.Canvas, furniture: _Furniture, page: int, total: int, width: float) -> None:
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN, 30, width - MARGIN, 30)
    c.setFont(FONT, 7.5)
    c.setFillColor(MUTED)
    c.drawString(MARGIN, 19, f"Generated {furniture.generated} by {APP_NAME}")
    c.drawRightString(width - MARGIN, 19, f"Page {page} of {total}")
    c.restoreState()


def _numbered_canvas(furniture: _Furniture) -> type[rl_canvas.Canvas]:
    """A canvas that holds its pages until the end, then writes "Page N of M" on each."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages) + furniture.extra_pages
            for number, state in enumerate(self._pages, start=furniture.first_page):
                self.__dict__.update(state)
                _draw_footer(self, furniture, number, total, self._pagesize[0])
                super().showPage()
            super().save()

    return NumberedCanvas


# --------------------------------------------------------------------------- the summary


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


def _furniture(
    progress: CycleProgress, holder_name: str, generated_at: dt.datetime, document: str
) -> _Furniture:
    return _Furniture(
        holder=_clean(holder_name),
        credential=_clean(_credential_name(progress)),
        document=document,
        generated=_timestamp(generated_at),
    )


def summary_pdf(*, progress: CycleProgress, holder_name: str, generated_at: dt.datetime) -> bytes:
    """The CE summary of one recertification period (US Letter): status, requirements, the
    activities counted, planned and not counted, documentation still needed, and an attestation."""
    _register_fonts()
    furniture = _furniture(progress, holder_name, generated_at, "CE summary")
    return _build_summary(progress, holder_name, generated_at, furniture)


# --------------------------------------------------------------------------- the audit pack

LABEL_HEIGHT = 24  # the band stamped at the top of each certificate page
FOOTER_ZONE = 36  # kept clear at the bottom for "Page N of M"
IMAGE_MAX_SIDE = 2200  # pixels; ~200 dpi on a Letter page


class _Unusable(Exception):
    """A certificate that cannot go into the pack; the message is the plain reason."""


@dataclass
class _Certificate:
    row: _Row
    pages: list = field(default_factory=list)  # pypdf pages, already shrunk below the label band
    image: bytes | None = None  # JPEG, ready to draw
    image_size: tuple[int, int] = (0, 0)
    problem: str = ""

    @property
    def page_count(self) -> int:
        return len(self.pages) or 1


def _read_file(activity) -> bytes:
    try:
        with activity.certificate.open("rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise _Unusable("the file is missing from storage. Attach it again.") from None
    except OSError:
        raise _Unusable("the file could not be read from storage. Attach it again.") from None
    if not data:
        raise _Unusable("the file is empty. Attach the certificate again.")
    return data


def _pdf_pages(data: bytes) -> list:
    """The certificate's pages, each shrunk onto a page of the same size that leaves room for the label."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")  # only an owner password: the file still opens
            except DependencyError:
                raise _Unusable(
                    "the PDF uses an encryption Recert cannot open. Attach a copy without protection."
                ) from None
            except Exception:
                unlocked = 0
            if not unlocked:
                raise _Unusable("the PDF is password-protected. Attach a copy without a password.")
        count = len(reader.pages)
        if count == 0:
            raise _Unusable("the PDF has no pages.")
        sources = PdfWriter(clone_from=reader)  # pypdf transforms pages only once a writer holds them
        writer = PdfWriter()
        for source in sources.pages:
            source.transfer_rotation_to_content()
            box = source.cropbox
            left, bottom = float(box.left), float(box.bottom)
            width, height = float(box.width), float(box.height)
            if width < 36 or height < 36:
                raise _Unusable("a page of the PDF is too small to show.")
            scale = min(1.0, (height - LABEL_HEIGHT - FOOTER_ZONE) / height)
            page = writer.add_blank_page(width, height)
            page.merge_transformed_page(
                source,
                Transformation()
                .translate(-left, -bottom)
                .scale(scale)
                .translate((width - width * scale) / 2, FOOTER_ZONE),
            )
        out = io.BytesIO()
        writer.write(out)
        # Read the result back: a file that breaks on output fails here, not in the pack.
        return list(PdfReader(io.BytesIO(out.getvalue())).pages)
    except _Unusable:
        raise
    except Exception as error:
        logger.info("Certificate PDF could not be read: %r", error)
        raise _Unusable("the PDF file is damaged or incomplete. Attach the original file again.") from None


def _image(data: bytes) -> tuple[bytes, tuple[int, int]]:
    """A JPEG of the image, upright (EXIF), on white, at most IMAGE_MAX_SIDE pixels a side."""
    try:
        with Image.open(io.BytesIO(data)) as opened:
            if opened.format == "JPEG":
                opened.draft("RGB", (IMAGE_MAX_SIDE, IMAGE_MAX_SIDE))
            opened.load()
            image = ImageOps.exif_transpose(opened)
        if image.mode in ("RGBA", "LA", "P", "PA"):
            rgba = image.convert("RGBA")
            image = Image.new("RGB", rgba.size, "white")
            image.paste(rgba, mask=rgba.getchannel("A"))
        elif image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.thumbnail((IMAGE_MAX_SIDE, IMAGE_MAX_SIDE))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=88)
        return out.getvalue(), image.size
    except Image.DecompressionBombError:
        raise _Unusable("the image is too large to include. Attach a smaller scan.") from None
    except Exception as error:
        logger.info("Certificate image could not be read: %r", error)
        raise _Unusable("the image file is damaged or incomplete. Attach the original file again.") from None


def _load_certificate(row: _Row) -> _Certificate:
    certificate = _Certificate(row=row)
    try:
        data = _read_file(row.verdict.activity)
        if b"%PDF-" in data[:1024]:
            certificate.pages = _pdf_pages(data)
        elif data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
            certificate.image, certificate.image_size = _image(data)
        else:
            raise _Unusable("the file is not a PDF, PNG or JPEG.")
    except _Unusable as problem:
        certificate.problem = str(problem)
    except Exception as error:  # never let one file break the pack
        logger.warning("Certificate could not be included: %r", error)
        certificate.problem = "the file could not be read. Attach the original file again."
    return certificate


def _label(certificate: _Certificate) -> tuple[str, str]:
    activity, verdict = certificate.row.verdict.activity, certificate.row.verdict
    left = f"Certificate for: {_clean(activity.title)} — {_date(activity.completed_on)}"
    program = certificate.row.program
    if verdict.group == COUNTED:
        counted = f"counts {program.quantity(verdict.points)}"
    elif verdict.group == PLANNED:
        counted = f"planned: {program.quantity(verdict.planned_points)}"
    else:
        counted = "not counted"
    return left, f"Activity #{certificate.row.number} · {counted}"


def _draw_label(c: rl_canvas.Canvas, certificate: _Certificate, width: float, height: float) -> None:
    left, right = _label(certificate)
    c.saveState()
    c.setFillColor(BAND)
    c.rect(0, height - LABEL_HEIGHT, width, LABEL_HEIGHT, stroke=0, fill=1)
    c.setFont(FONT, 7.5)
    right_width = pdfmetrics.stringWidth(right, FONT, 7.5)
    c.setFillColor(BAND_TEXT)
    c.drawRightString(width - 18, height - LABEL_HEIGHT + 9, right)
    c.setFillColor(colors.white)
    c.setFont(FONT_BOLD, 8.5)
    c.drawString(18, height - LABEL_HEIGHT + 8.5, _fit(left, FONT_BOLD, 8.5, width - 36 - right_width - 16))
    c.restoreState()


def _draw_certificate_footer(
    c: rl_canvas.Canvas, furniture: _Furniture, page: int, total: int, width: float
) -> None:
    c.saveState()
    c.setFont(FONT, 7.5)
    c.setFillColor(MUTED)
    left = (
        f"{APP_NAME} audit pack · {furniture.holder} · {furniture.credential} · "
        f"generated {furniture.generated}"
    )
    c.drawString(18, 14, _fit(left, FONT, 7.5, width - 36 - 80))
    c.drawRightString(width - 18, 14, f"Page {page} of {total}")
    c.restoreState()


def _draw_image_page(c: rl_canvas.Canvas, certificate: _Certificate, width: float, height: float) -> None:
    image_w, image_h = certificate.image_size
    box_w, box_h = width - 2 * MARGIN, height - LABEL_HEIGHT - FOOTER_ZONE - 2 * 18
    scale = min(box_w / image_w, box_h / image_h)
    w, h = image_w * scale, image_h * scale
    x, y = (width - w) / 2, FOOTER_ZONE + 18 + (box_h - h) / 2
    c.drawImage(ImageReader(io.BytesIO(certificate.image)), x, y, w, h)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.rect(x, y, w, h, stroke=1, fill=0)


def _draw_problem_page(
    c: rl_canvas.Canvas, certificate: _Certificate, width: float, height: float, s: dict[str, ParagraphStyle]
) -> None:
    activity = certificate.row.verdict.activity
    text = f"Certificate for {_clean(activity.title)} could not be included: {certificate.problem}"
    parts = [
        Paragraph("This certificate is not in the pack", s["fail_title"]),
        Spacer(1, 8),
        Paragraph(escape(text), s["fail"]),
    ]
    if activity.certificate_name:
        parts += [Spacer(1, 6), Paragraph(f"File: {_x(activity.certificate_name)}", s["note"])]
    parts += [
        Spacer(1, 6),
        Paragraph(
            f"Activity #{certificate.row.number}, completed {_date(activity.completed_on)}"
            f"{', ' + _x(activity.provider) if activity.provider else ''}.",
            s["note"],
        ),
    ]
    box = Table([[parts]], colWidths=[width - 2 * MARGIN])
    box.setStyle(
        _table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), STATUS_BADGES[rules.GRACE][1]),
                ("LINEBEFORE", (0, 0), (0, -1), 3, STATUS_BADGES[rules.GRACE][0]),
                ("LEFTPADDING", (0, 0), (-1, -1), 16),
                ("RIGHTPADDING", (0, 0), (-1, -1), 16),
                ("TOPPADDING", (0, 0), (-1, -1), 14),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    _, box_h = box.wrapOn(c, width - 2 * MARGIN, height)
    box.drawOn(c, MARGIN, height - LABEL_HEIGHT - 48 - box_h)


def _certificate_pages(
    certificates: list[_Certificate], furniture: _Furniture, first_page: int, total: int
) -> bytes:
    """One ReportLab page per certificate page: the label and footer to stamp on a PDF page, or
    the whole page for an image or a certificate that could not be included."""
    s = _styles()
    buffer = io.BytesIO()
    c = rl_canvas.Canvas(buffer, pagesize=PAGE, invariant=True, initialFontName=FONT, initialFontSize=9)
    page_number = first_page
    for certificate in certificates:
        if certificate.pages:
            sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in certificate.pages]
        elif certificate.image is not None:
            image_w, image_h = certificate.image_size
            sizes = [landscape(PAGE) if image_w > image_h else PAGE]
        else:
            sizes = [PAGE]
        for width, height in sizes:
            c.setPageSize((width, height))
            if certificate.image is not None:
                _draw_image_page(c, certificate, width, height)
            elif not certificate.pages:
                _draw_problem_page(c, certificate, width, height, s)
            _draw_label(c, certificate, width, height)
            _draw_certificate_footer(c, furniture, page_number, total, width)
            c.showPage()
            page_number += 1
    c.save()
    return buffer.getvalue()


def audit_pack_pdf(*, progress: CycleProgress, holder_name: str, generated_at: dt.datetime) -> bytes:
    """The summary followed by every certificate of the period's activities, each page labelled.

    A certificate that cannot be read (damaged, password-protected, not a PDF or
    image) gets a page saying so instead; it never raises.
    """
    _register_fonts()
    rows = _rows(progress) if progress.program.requires_ce else []
    certificates = [
        _load_certificate(row)
        for row in rows
        if row.verdict.activity.certificate and row.verdict.reason not in OUTSIDE_CYCLE
    ]
    furniture = _furniture(progress, holder_name, generated_at, "Audit pack")
    furniture.extra_pages = sum(c.page_count for c in certificates)
    summary = PdfReader(io.BytesIO(_build_summary(progress, holder_name, generated_at, furniture)))
    summary_pages = len(summary.pages)
    total = summary_pages + furniture.extra_pages

    writer = PdfWriter()
    writer.append(summary)
    if certificates:
        stamps = PdfReader(io.BytesIO(_certificate_pages(certificates, furniture, summary_pages + 1, total)))
        stamp_pages = iter(stamps.pages)
        for certificate in certificates:
            if not certificate.pages:
                writer.add_page(next(stamp_pages))
                continue
            for page in certificate.pages:
                stamp = next(stamp_pages)
                added = writer.add_page(page)
                try:
                    added.merge_page(stamp)
                except Exception as error:  # the page stays, without its label
                    logger.warning("Could not label a certificate page: %r", error)
    metadata = _metadata(progress, holder_name, furniture.document)
    writer.add_metadata(
        {
            "/Title": metadata["title"],
            "/Subject": metadata["subject"],
            "/Author": metadata["author"],
            "/Creator": APP_NAME,
            "/Producer": APP_NAME,
        }
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
