"""Words gathered into lines, and each line into cells where a wide gap parts them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from credentials.transcript.words import Word


@dataclass
class _Cell:
    text: str
    x0: float
    x1: float
    words: list[tuple[str, float, float]] = field(default_factory=list)  # (text, left, right)


@dataclass
class _Line:
    page: int
    top: float
    bottom: float
    cells: list[_Cell]

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def text(self) -> str:
        return "   ".join(cell.text for cell in self.cells)


def _lines(words: list[Word]) -> list[_Line]:
    # Kept whole: words into lines (OCR's or by height), then into cells; both ways share the cells.
    """Words grouped into lines (Tesseract's own lines for OCR, by height on the page for a text
    layer), each line's words into cells where a gap wider than a letter's height parts them."""
    groups: list[list[Word]] = []
    if words and words[0].line:
        by_line: dict[tuple, list[Word]] = {}
        for word in words:
            by_line.setdefault((word.page, *word.line), []).append(word)
        groups = list(by_line.values())
    else:
        for word in sorted(words, key=lambda w: (w.page, w.middle, w.x0)):
            last = groups[-1] if groups else None
            if (
                last
                and last[0].page == word.page
                and abs(word.middle - sum(w.middle for w in last) / len(last)) < 0.5 * word.height
            ):
                last.append(word)
            else:
                groups.append([word])
    lines = []
    for group in groups:
        group.sort(key=lambda w: w.x0)
        if group[0].line:
            group = [w for w in group if re.search(r"\w", w.text)]  # OCR's specks: ":", "‘", "|"
        if not group:
            continue
        heights = sorted(w.height for w in group)
        # A text layer's boxes are a whole line high; OCR's only as high as the letters.
        height = heights[len(group) // 2] if not group[0].line else 1.4 * heights[(3 * len(group)) // 4]
        cells: list[_Cell] = []
        for word in group:
            if cells and word.x0 - cells[-1].x1 < 0.9 * height:
                cells[-1].text += " " + word.text
                cells[-1].x1 = word.x1
                cells[-1].words.append((word.text, word.x0, word.x1))
            else:
                cells.append(_Cell(word.text, word.x0, word.x1, [(word.text, word.x0, word.x1)]))
        lines.append(_Line(group[0].page, min(w.top for w in group), max(w.bottom for w in group), cells))
    lines.sort(key=lambda line: (line.page, line.middle))
    return lines
