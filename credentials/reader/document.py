"""The lines of one certificate as the field readers see them (``_Doc``): a label printed
apart from its value joined to it, and where each found value came from.
"""

from __future__ import annotations

import itertools
import re

from credentials.reader.dates import _dates_in
from credentials.reader.found import NOT_FOUND, Found, _Line


class _Doc:
    """The lines read; their cells (a wide gap separates columns) with a label joined to its value on the
    next cell or line; and each cell with the next, for a phrase a line break cut in two."""

    def __init__(self, lines: list[_Line], ocr: bool):
        self.lines = lines
        self.ocr = ocr
        self.text = "\n".join(line.text for line in lines)
        cells = []
        for line in lines:
            parts = [part for part in re.split(r"\s{2,}", line.text) if part]
            if len(parts) >= 3 and sum(bool(_LABEL_ONLY.match(part)) for part in parts) >= 2:
                parts = [line.text]  # a table's row of headings: its cells are not label and value
            cells.extend(_Line(part, line.page, line.conf, line.size) for part in parts)
        self.joined = _join_labels(cells)
        self.pairs = [
            _Line(f"{a.text} {b.text}", a.page, min(a.conf, b.conf), max(a.size, b.size))
            for a, b in itertools.pairwise(self.joined)
            if a.page == b.page
        ]

    def found(self, value, confidence: float, line: _Line | None, note: str = "") -> Found:
        if value is None:
            return NOT_FOUND
        if line is not None:
            confidence *= _source_factor(line, self.ocr)
            snippet = line.text if len(line.text) <= 120 else line.text[:117] + "..."
            where = f'Found in "{snippet}" (page {line.page})'
        else:
            confidence *= 0.85 if self.ocr else 1.0
            where = ""
        if note:
            where = f"{where}; {note}" if where else note
        return Found(value, round(max(0.05, min(1.0, confidence)), 2), where)


def _source_factor(line: _Line, ocr: bool) -> float:
    if not ocr:
        return 1.0
    return 0.9 * max(0.3, min(1.0, line.conf))


# Labels that may stand alone on a line (or in a cell) with their value on the next one, with or
# without a colon; any other short label needs its colon ("Participant Name:").
_LABEL_ONLY = re.compile(
    r"^(?:course|course\s+(?:title|name)|activity(?:\s+(?:title|name))?|program(?:me)?\s+(?:title|name)|"
    r"module(?:\s+(?:title|name))?|webinar(?:\s+title)?|session\s+title|event\s+(?:title|name)|title|topic|"
    r"lesson|in-?service(?:\s+(?:title|topic|name))?|program(?:me)?\s*/\s*topic|provider|(?:provided|presented|offered|sponsored|issued|hosted|conducted|developed|"
    r"delivered|awarded|certified|produced)\s+by|(?:accredited|approved|ce|education|course)\s+provider"
    r"(?:\s+name)?|training\s+(?:cent(?:er|re)|site)(?:\s+name)?|institution|organi[sz]ation|"
    r"contact\s+hours?(?:\s*\(s\))?|ce\s+hours?|clock\s+hours|hours|credit\s+hours|"
    r"ce\s+credits?(?:\s*\(s\))?|credits?(?:\s+earned|\s+awarded)?|aama\s+ceus?|ceus?(?:\s+earned|\s+awarded)?|"
    r"nha\s+(?:ce\s+)?credits?|iacet\s+ceus?|ccp\s+points|points|duration|length|semester\s+credits|"
    r"category|content\s+area|ceu\s+category)\s*:?$",
    re.IGNORECASE,
)
_ANY_LABEL = re.compile(r"^[A-Za-z][A-Za-z0-9 ()/#&'.-]{0,38}:$")
_HEADING_WORD = re.compile(
    r"^(?:grade|grd|score|status|result|ce|date(?:\s+completed)?|completed|credits?|cr|hours|hrs|units|qp|crse)$",
    re.IGNORECASE,
)
_HEADING_CELL = re.compile(r"^(?:[A-Z][A-Za-z#.()/]*|CE|CEUs?)(?:\s+[A-Za-z#.()/]+)?$")


_AMOUNT_LABEL = re.compile(r"hours|credits?|ceus?|points|duration|length", re.IGNORECASE)
_CATEGORY_LABEL = re.compile(r"category|content\s+area", re.IGNORECASE)


def _is_label(text: str) -> bool:
    return bool(_LABEL_ONLY.match(text)) or (bool(_ANY_LABEL.match(text)) and len(text.split()) <= 4)


def _fits(label: str, value: str) -> bool:
    """Whether ``value`` can be ``label``'s value (a caption under a value is not the next one's label)."""
    if label.rstrip().endswith(":"):
        return True
    if _AMOUNT_LABEL.search(label):
        return bool(re.search(r"\d|\b(?:one|two|three|four|five|six|half)\b", value, re.IGNORECASE))
    if _CATEGORY_LABEL.search(label):
        return bool(re.search(r"administrative|clinical|general", value, re.IGNORECASE))
    return not _dates_in(value) and bool(re.search(r"[A-Za-z]{3}", value))


def _joined(label: _Line, value: _Line) -> _Line:
    return _Line(
        f"{label.text.rstrip(' :')}: {value.text}", label.page, min(label.conf, value.conf), value.size
    )


def _join_labels(lines: list[_Line]) -> list[_Line]:
    # Kept whole: one pass over the lines, each label block taking its values; the cursor is shared.
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        # A table's heading row drawn cell by cell ("Course", "Title", "Grade", "Credits"), then its row.
        k = 0
        while (
            i + k < len(lines) and lines[i + k].page == line.page and _HEADING_CELL.match(lines[i + k].text)
        ):
            k += 1
        headings = sum(
            bool(_LABEL_ONLY.match(c.text) or _HEADING_WORD.match(c.text)) for c in lines[i : i + k]
        )
        if k >= 3 and headings >= 2:
            values, used = _row_values(lines[i : i + k], lines[i + k : i + 2 * k + 1], line.page)
            start = i + k + used
            more, _ = _row_values(lines[i : i + k], lines[start : start + k + 1], line.page)
            if values and more and _shape(more) == _shape(values):
                values = []  # a table of several rows (a transcript's modules): no row is the certificate's
            if values:
                for label, value in zip(lines[i : i + k], values, strict=True):
                    prefix = label.text.rstrip(" :")
                    if re.match(rf"{re.escape(prefix)}\s*:", value.text, re.IGNORECASE):
                        out.append(value)  # the cell repeats its heading
                    else:
                        out.append(_joined(label, value))
                i += k + used
            else:
                out.extend(lines[i : i + k])
                i += k
            continue
        # A block of labels, then a block of their values in the same order (a form's two text boxes).
        k = 0
        while i + k < len(lines) and lines[i + k].page == line.page and _ANY_LABEL.match(lines[i + k].text):
            k += 1
        values = lines[i + k : i + 2 * k]
        if (
            k >= 2
            and len(values) == k
            and all(v.page == line.page and not _is_label(v.text) and len(v.text) <= 120 for v in values)
        ):
            out.extend(_joined(label, value) for label, value in zip(lines[i : i + k], values, strict=True))
            i += 2 * k
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (
            nxt is not None
            and nxt.page == line.page
            and _is_label(line.text)
            and not _is_label(nxt.text)
            and len(nxt.text) <= 120
            and _fits(line.text, nxt.text)
        ):
            out.append(_joined(line, nxt))
            i += 2
            continue
        out.append(line)
        i += 1
    return out


_DATE_HEADING = re.compile(r"\b(?:date|completed|finished|earned\s+on)\b", re.IGNORECASE)
_TITLE_HEADING = re.compile(r"\b(?:title|course|activity|topic|description|name)\b", re.IGNORECASE)


def _shape(values: list[_Line]) -> tuple[bool, ...]:
    """Which cells of a row hold a number: two rows of one table have the same."""
    return tuple(bool(re.search(r"\d", v.text)) for v in values)


def _row_values(headings: list[_Line], after: list[_Line], page: int) -> tuple[list[_Line], int]:
    """The row of values under a row of ``headings``, one per heading, and how many lines it took: the
    lines after them, or with the value under a title's heading wrapped over two lines ("Medication
    Reconciliation at Rooming: Reducing" / "Omissions and Duplications") when that puts dates under the
    date headings and numbers under the amount headings. Empty when they do not fit."""
    k = len(headings)

    def fits(values: list[_Line]) -> bool:
        return len(values) == k and all(
            v.page == page and not _LABEL_ONLY.match(v.text) and len(v.text) <= 120 for v in values
        )

    def agrees(values: list[_Line]) -> int:
        return sum(
            bool(_dates_in(v.text)) if _DATE_HEADING.search(h.text) else bool(re.search(r"\d", v.text))
            for h, v in zip(headings, values, strict=True)
            if _DATE_HEADING.search(h.text) or _AMOUNT_LABEL.search(h.text)
        )

    rows = [(after[:k], k)] if fits(after[:k]) else []
    titles = [j for j, h in enumerate(headings) if _TITLE_HEADING.search(h.text) and j + 2 < len(after)]
    for j in titles[-1:]:  # the last such heading: "Course ID", then "Course Title"
        wrapped, rest = after[j], after[j + 1]
        merged = _Line(
            f"{wrapped.text} {rest.text}", wrapped.page, min(wrapped.conf, rest.conf), wrapped.size
        )
        values = [*after[:j], merged, *after[j + 2 : k + 1]]
        if fits(values) and not _dates_in(rest.text) and (not rows or agrees(values) > agrees(rows[0][0])):
            rows = [(values, k + 1)]
    return rows[0] if rows else ([], 0)
