"""A table of wrapped plain text that lays out its own rows: a much cheaper LongTable for the
activity list, with the same look.

It splits between rows (a row never splits), repeats its header on every page it runs on to,
and draws what the LongTable it replaces drew: a shaded header with a rule below it, zebra rows
that start white on each page, a hairline below every row, and top-aligned text in each cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from credentials.pdf.fonts import FONT
from credentials.pdf.text import _clean, _wrap
from credentials.pdf.textops import _TextOps
from credentials.pdf.theme import HEAD_BG, INK, MUTED, RULE, ZEBRA

PAD_X = 3  # left and right of each cell
PAD_Y = 4  # above and below each cell's text
HEADER_RULE = 0.6
ROW_RULE = 0.3
ROUND = 1  # line cap and join: what a platypus Table draws its rules with


@dataclass(frozen=True)
class _Run:
    """A piece of cell text in one font, size and colour, before it is wrapped into lines."""

    text: str
    font: str = ""
    size: float = 7
    color: Color = INK


# One line of a cell, as drawn: text, font, size, colour.
_Line = tuple[str, str, float, Color]
_Cell = tuple[_Line, ...]


def _lines(runs: Sequence[_Run], width: float | None = None, cache: dict | None = None) -> _Cell:
    """A cell: ``runs`` wrapped to ``width`` (one line each without), each line in its run's font,
    size and colour.

    ``cache`` (one per document) keeps the lines of text that repeats, such as verdict messages.
    """
    out: list[_Line] = []
    for run in runs:
        font = run.font or FONT
        key = (run.text, font, run.size, width)
        lines = cache.get(key) if cache is not None else None
        if lines is None:
            text = _clean(run.text)
            lines = (text,) if width is None else _wrap(text, font, run.size, width)
            if cache is not None:
                cache[key] = lines
        out += [(line, font, run.size, run.color) for line in lines]
    return tuple(out)


class _TableRow(NamedTuple):
    """A row's cells and its height: its longest cell's lines, with the padding."""

    cells: tuple[_Cell, ...]
    height: float


@dataclass
class _Columns:
    """What every part of a split table shares: the header's cells (drawn at the bottom of the
    header row), the column widths, the line spacing of the header and of the rows, and the
    columns aligned right."""

    header: tuple[_Cell, ...]
    widths: tuple[float, ...]
    header_leading: float
    leading: float
    right: frozenset[int] = frozenset()
    lefts: tuple[float, ...] = field(init=False)
    header_height: float = field(init=False)

    def __post_init__(self):
        self.lefts = tuple(sum(self.widths[:i]) for i in range(len(self.widths)))
        self.header_height = max(map(len, self.header)) * self.header_leading + 2 * PAD_Y

    def row(self, cells: Sequence[_Cell]) -> _TableRow:
        """A row of these columns, as tall as its longest cell."""
        return _TableRow(tuple(cells), max(map(len, cells)) * self.leading + 2 * PAD_Y)


class _RowTable(Flowable):
    """Rows (from ``_Columns.row``) under the columns' header, which is drawn at the top of every
    part the table splits into."""

    def __init__(self, columns: _Columns, rows: Sequence[_TableRow], continued: bool = False):
        super().__init__()
        self.columns, self.rows, self.continued = columns, list(rows), continued
        self.width = sum(columns.widths)
        self.height = columns.header_height + sum(row.height for row in self.rows)

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def split(self, avail_width, avail_height):
        """The rows that fit under the header here, then the rest (with the header again); nothing
        when not even one row fits, so the table starts on the next page."""
        used, fit = self.columns.header_height, 0
        for row in self.rows:
            if used + row.height > avail_height:
                break
            used += row.height
            fit += 1
        if fit == len(self.rows):
            return [self]
        if fit == 0:
            return []
        return [
            _RowTable(self.columns, self.rows[:fit], self.continued),
            _RowTable(self.columns, self.rows[fit:], continued=True),
        ]

    def draw(self):
        c, columns = self.canv, self.columns
        width = self.width
        header_bottom = self.height - columns.header_height
        tops, bottoms, y = [], [], header_bottom
        for row in self.rows:
            tops.append(y)
            y -= row.height
            bottoms.append(y)

        c.saveState()
        c.setFillColor(HEAD_BG)
        c.rect(0, header_bottom, width, columns.header_height, stroke=0, fill=1)
        c.setFillColor(ZEBRA)  # every second row; the first row of each part is white
        for row, bottom in zip(self.rows[1::2], bottoms[1::2], strict=True):
            c.rect(0, bottom, width, row.height, stroke=0, fill=1)

        header_text, leading = _TextOps(c, columns.header_leading), columns.header_leading
        for column, cell in enumerate(columns.header):  # at the bottom of the header row
            self._cell(header_text, column, cell, header_bottom + PAD_Y + len(cell) * leading, leading)
        header_text.draw()
        row_text = _TextOps(c, columns.leading)
        for row, top in zip(self.rows, tops, strict=True):
            for column, cell in enumerate(row.cells):
                self._cell(row_text, column, cell, top - PAD_Y, columns.leading)
        row_text.draw()

        c.setLineCap(ROUND)
        c.setLineJoin(ROUND)
        c.setStrokeColor(MUTED)
        c.setLineWidth(HEADER_RULE)
        c.line(0, header_bottom, width, header_bottom)
        c.setStrokeColor(RULE)
        c.setLineWidth(ROW_RULE)
        # A part that continues a split table has the row rule over its header's rule too: the
        # LongTable this replaces drew it so, and the pages look as they did.
        rules = [header_bottom, *bottoms] if self.continued else bottoms
        c.lines([(0, y, width, y) for y in rules])
        c.restoreState()

    def _cell(self, text: _TextOps, column: int, cell: _Cell, top: float, leading: float) -> None:
        """A cell's lines below ``top``, the first baseline its font size lower."""
        if not cell:
            return
        columns = self.columns
        baseline = top - cell[0][2]
        if column in columns.right:
            end = columns.lefts[column] + columns.widths[column] - PAD_X
            for line in cell:
                text.start(end - pdfmetrics.stringWidth(*line[:3]), baseline)
                text.line(*line)
                baseline -= leading
        else:
            text.start(columns.lefts[column] + PAD_X, baseline)
            for line in cell:
                text.line(*line)
