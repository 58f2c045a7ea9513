"""Many short lines of text in one PDF text object, written as ReportLab's own text object writes
them for a TrueType font, without its cost per line.

The activity list draws thousands of short lines. ReportLab's ``PDFTextObject`` maps every line's
characters to the font's subsets again (a Python loop over each character) and sets the colour
with a call of its own; here each distinct line is mapped once per document (names, units, "Yes"
and verdict messages repeat) and the operators are joined once. The operators are the ones
ReportLab writes: ``Tm`` where a cell's text starts, ``Tf`` and ``TL`` when the font subset changes,
``rg`` when the colour changes, and ``Tj`` then ``T*`` for each line.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from credentials.pdf.internals import canvas_document

# Per document being written: (font name, text) -> [(font subset, escaped bytes), ...]. The subset
# a character gets is fixed the first time the document uses it, so a line maps the same way again.
_mapped: WeakKeyDictionary = WeakKeyDictionary()


class _TextOps:
    """One text object of lines in the registered TrueType fonts; ``draw()`` puts it on the canvas."""

    def __init__(self, canvas: Canvas, leading: float):
        self.canvas, self.doc = canvas, canvas_document(canvas)
        self.leading = fp_str(leading)
        self.mapped = _mapped.setdefault(self.doc, {})
        self.code = ["BT"]
        self.font = self.face = None
        self.size = 0.0
        self.set_font = ""
        self.subset = -1
        self.color: Color | None = None

    def start(self, x: float, y: float) -> None:
        """The next line starts at ``x``, on the baseline ``y``."""
        self.code.append(f"1 0 0 1 {fp_str(x, y)} Tm")

    def line(self, text: str, font: str, size: float, color: Color) -> None:
        """``text`` where the line starts; the next line starts one leading lower."""
        code = self.code
        if font != self.font or size != self.size:
            self.font, self.size, self.face = font, size, pdfmetrics.getFont(font)
            self.set_font = f"{fp_str(size)} Tf {self.leading} TL"
            self.subset = -1
        if color is not self.color:
            self.color = color
            code.append(f"{fp_str(color.red, color.green, color.blue)} rg")
        chunks = self.mapped.get((font, text))
        if chunks is None:
            chunks = [(subset, escapePDF(part)) for subset, part in self.face.splitString(text, self.doc)]
            self.mapped[font, text] = chunks
        for subset, escaped in chunks:
            if subset != self.subset:
                self.subset = subset
                code.append(f"{self.face.getSubsetInternalName(subset, self.doc)} {self.set_font}")
            code.append(f"({escaped}) Tj")
        code.append("T*")

    def draw(self) -> None:
        self.code.append("ET")
        self.canvas.addLiteral(" ".join(self.code))
