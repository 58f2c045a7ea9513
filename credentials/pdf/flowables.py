"""Small flowables drawn straight on the canvas: the status badge and progress bars."""

from __future__ import annotations

from decimal import Decimal

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from credentials.pdf.fonts import FONT_BOLD
from credentials.pdf.theme import ACCENT, OK, TRACK


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
