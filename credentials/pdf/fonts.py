"""The embedded fonts: Bitstream Vera, which ships inside the reportlab package (no system
dependency; accents such as é, ñ, ü render and extract)."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC = (
    "RecertVera",
    "RecertVera-Bold",
    "RecertVera-It",
    "RecertVera-BI",
)
_fonts_lock = threading.Lock()
# The code points the regular face can draw, set once the fonts are registered. Read it as
# ``fonts._covered`` (as ``text._clean`` does): importing the name would keep the empty set.
_covered: frozenset[int] = frozenset()


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
