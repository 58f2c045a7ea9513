"""The look: page geometry, colours, paragraph styles and the page furniture (the band at the top
of every page and the "Page N of M" footer)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import TableStyle

from credentials import rules
from credentials.pdf.fonts import FONT, FONT_BOLD
from credentials.pdf.internals import page_next, page_state, page_state_restore, page_width
from credentials.pdf.text import _fit

APP_NAME = "Recert"

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


def _table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose default font is the embedded one (ReportLab's default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


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
            self._pages.append(page_state(self))
            page_next(self)

        def save(self):
            total = len(self._pages) + furniture.extra_pages
            for number, state in enumerate(self._pages, start=furniture.first_page):
                page_state_restore(self, state)
                _draw_footer(self, furniture, number, total, page_width(self))
                super().showPage()
            super().save()

    return NumberedCanvas
