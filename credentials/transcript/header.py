"""The table's header: which column each header cell names (title, date, amount, category,
status, provider, code), found where the header's cells or the rows' gutters place them.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from credentials.transcript.lines import _Cell, _Line
from credentials.transcript.values import _amount, _date

TITLE, DATE, AMOUNT, CATEGORY, STATUS, PROVIDER, CODE, OTHER = (
    "title",
    "date",
    "amount",
    "category",
    "status",
    "provider",
    "code",
    "other",
)
# What a header cell names, by its words (first match wins; compared lower case).
SHARE = "share:"  # + a category: a column holding that category's part of the amount
_HEADER_WORDS = [
    (
        CODE,
        r"\b(course|activity|approval|catalog|module|certificate|cert|activity)\s*(no\b|num\b|number\b|#|code\b|id\b)"
        r"|^(code|id|no\.?|#|sec|section)$",
    ),
    *(
        (SHARE + category, rf"^({words})\.?(\s+(ceus?|hours|hrs|credits?|points))?$")
        for category, words in (
            ("administrative", "administrative|admin|adm"),
            ("clinical", "clinical|clin"),
            ("general", "general|gen"),
        )
    ),
    (STATUS, r"\b(status|grade|result|outcome)\b|^attendance$"),
    (
        AMOUNT,
        r"\b(ceus?|credits?|hours?|hrs|contact\s+hours|duration|minutes|mins|min|points|units|length|time)\b",
    ),
    (DATE, r"\b(date|dates|completed|completion|finished|finish|earned|awarded|approved on|end|when|on)\b"),
    (CATEGORY, r"\b(category|content\s+area|categories|type|cat)\b"),
    (PROVIDER, r"\b(provider|sponsor|vendor|presented by|source)\b"),
    (
        TITLE,
        r"\b(title|course|activity|module|program|programme|name|description|subject|topic|offering|"
        r"item|class|training|in-?service|lesson|learning)\b",
    ),
    (
        OTHER,
        r"\b(term|tern|semester|score|session|start|began|begin|location|instructor|presenter|faculty|"
        r"signature|initials|submitted|posted|room|cost|fee|delivery|format|method|employee|#)\b|^#$",
    ),
]


@dataclass
class _Header:
    columns: list[tuple[float, float, str, str]]  # (left, right, role, words)
    unit: str

    def assign(self, line: _Line) -> list[tuple[str, str]]:
        """(column role, text) of each cell of a row's line; a cell whose words run across a column's
        left edge ("NHU-COMP-120 HIPAA Privacy" when code and title print close) is split there."""
        found = []
        for cell in line.cells:
            zones = [self._zone(x0) for _, x0, _ in cell.words] or [None]
            if len(set(zones)) < 2 or zones != sorted(zones):
                found.append((self.role_of(cell), cell.text))
                continue
            groups: dict[int, list[str]] = {}
            for (word, _, _), zone in zip(cell.words, zones, strict=True):
                groups.setdefault(zone, []).append(word)
            order = list(groups)
            for here, there in itertools.pairwise(order):  # a code ends where its words stop looking like one
                if self.columns[here][2] == CODE and self.columns[there][2] == TITLE:
                    while len(groups[here]) > 1 and not _CODE_WORD.fullmatch(groups[here][-1]):
                        groups[there].insert(0, groups[here].pop())
            parts = [(self.columns[zone][2], " ".join(words)) for zone, words in groups.items()]
            if all(_fits(role, text) for role, text in parts):
                found.extend(parts)
            else:  # a centred column's value wider than its header: one cell, where it overlaps most
                found.append((self.role_of(cell), cell.text))
        return found

    def _zone(self, x: float) -> int:
        """The column whose left edge is the last at or before ``x`` (a little slack for print)."""
        zone = 0
        for index, (left, *_rest) in enumerate(self.columns):
            if x >= left - 2:
                zone = index
        return zone

    def role_of(self, cell: _Cell) -> str:
        """The column a cell falls in: the one its span overlaps most (each column reaching to the
        next one's left edge), else the nearest."""
        best, best_overlap = OTHER, 0.0
        for index, (left, _right, role, _words) in enumerate(self.columns):
            start = left if index else -1e9
            end = self.columns[index + 1][0] if index + 1 < len(self.columns) else 1e9
            overlap = min(cell.x1, end) - max(cell.x0, start)
            if overlap > best_overlap:
                best, best_overlap = role, overlap
        return best


def _role(words: str) -> str | None:
    # "CreditHrs" and "Approval: No." as a scan reads them: words apart, punctuation dropped.
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", words)
    words = re.sub(r"[^\w#/()\s]", " ", words).lower()
    return next((role for role, pattern in _HEADER_WORDS if re.search(pattern, words)), None)


def _header_cells(cell: _Cell) -> list[_Cell]:
    """A header cell as printed, or split in two where two headers ran together ("Completion Date
    Course Title"): at a gap clearly wider than the others, when each side names a column."""
    if len(cell.words) < 2:
        return [cell]
    gaps = sorted(
        ((cell.words[i][1] - cell.words[i - 1][2], i) for i in range(1, len(cell.words))), reverse=True
    )
    (widest, i), (second, _) = gaps[0], (gaps[1] if len(gaps) > 1 else (0.0, 0))
    left, right = cell.words[:i], cell.words[i:]
    roles = {_role(" ".join(w for w, _, _ in part)) for part in (left, right)}
    if None in roles or len(roles) < 2 or widest < 1.3 * max(second, 0.1):
        return [cell]
    if len(cell.words) == 2 and TITLE in roles:  # "Course No.", "Course Code": one header
        return [cell]
    return [
        _Cell(" ".join(w for w, _, _ in part), part[0][1], part[-1][2], list(part)) for part in (left, right)
    ]


def _headerish(line: _Line) -> bool:
    """A line that could be part of a header wrapped over lines: short words, no digits."""
    return all(len(c.text) <= 30 and not re.search(r"\d", c.text) for c in line.cells)


_CODE_WORD = re.compile(r"[A-Z0-9][A-Z0-9./#-]*\d[A-Z0-9./#-]*|[A-Z]{2,5}")


def _fits(role: str, text: str) -> bool:
    """Whether a piece of a cell could be a value of a column of that role."""
    if role == DATE:
        return _date(text) is not None
    if role == AMOUNT:
        return _amount(text) is not None
    if role == TITLE:
        return _date(text) is None and bool(re.search(r"[A-Za-z]{3}", text))
    return True


def _header_of(line: _Line, neighbours: list[_Line] = (), table: list[_Line] = ()) -> _Header | None:
    # Kept whole: the header's cells gathered, re-cut and named in one order; each step reads the one before.
    """The table's header, if ``line`` is one: its cells (with those of a header wrapped over the
    ``neighbours`` just above and below: "Contact" over "Hours") name columns, at least a title, a
    date and an amount. ``table``: the lines below it, whose gaps part headers printed too close
    together ("MODULE ID MODULE FINISH DATE")."""
    if _date(line.text) or not _headerish(line):
        return None
    stacked = [other for other in neighbours if _headerish(other)]
    cells = [part for cell in line.cells for part in _header_cells(cell)]
    cells = [_Cell(c.text, c.x0, c.x1, list(c.words)) for c in cells]
    for other in sorted(stacked, key=lambda n: n.middle):
        for extra in other.cells:
            under = next((c for c in cells if min(c.x1, extra.x1) - max(c.x0, extra.x0) > 0), None)
            if under is None:
                cells.append(_Cell(extra.text, extra.x0, extra.x1, list(extra.words)))
                continue
            if other.middle < line.middle:
                under.text, under.words = f"{extra.text} {under.text}", extra.words + under.words
            else:
                under.text, under.words = f"{under.text} {extra.text}", under.words + extra.words
            under.x0, under.x1 = min(under.x0, extra.x0), max(under.x1, extra.x1)
    if len(cells) < 3 and not table:
        return None
    cells.sort(key=lambda c: c.x0)
    if table:
        cells = _cells_by_gutters(cells, [line, *stacked, *table]) or cells
    if len(cells) < 3:
        return None
    unknown = [cell for cell in cells if _role(cell.text) is None]
    # A column Recert has no word for ("Delivery", "Instructor") is passed over; more than one in
    # three, and the line is not a header.
    if 3 * len(unknown) > len(cells):
        return None
    columns = [(cell.x0, cell.x1, _role(cell.text) or OTHER, cell.text) for cell in cells]
    columns = _one_of_each(columns)
    titles = [i for i, column in enumerate(columns) if column[2] == TITLE]
    if len(titles) > 1:  # "Course" beside "Title": the course's number, and its title
        keep = max(titles, key=lambda i: ("title" in columns[i][3].lower(), len(columns[i][3])))
        columns = [(*c[:2], CODE, c[3]) if i in titles and i != keep else c for i, c in enumerate(columns)]
    if not {AMOUNT} & {role for _, _, role, _ in columns} and table:
        columns = _amount_column_found(columns, table)
    if AMOUNT not in {role for _, _, role, _ in columns} and any(c[2].startswith(SHARE) for c in columns):
        # Only the categories' columns: their sum is the amount, in CEUs.
        return (
            _Header(columns=columns, unit="iacet_ceu") if {TITLE, DATE} <= {c[2] for c in columns} else None
        )
    if not {TITLE, DATE, AMOUNT} <= {role for _, _, role, _ in columns}:
        return None
    amount_words = next(w for _, _, role, w in columns if role == AMOUNT).lower()
    return _Header(columns=columns, unit=_unit_of(amount_words))


def _amount_column_found(columns: list[tuple], table: list[_Line]) -> list[tuple]:
    """A header whose amount column could not be read (a scan's shaded header cell): the one column
    with no known name whose cells are numbers on most rows is the amount."""
    header = _Header(columns=columns, unit="contact_hours")
    unnamed = [i for i, column in enumerate(columns) if column[2] == OTHER and _role(column[3]) is None]
    for index in unnamed:
        numbers = 0
        for line in table:
            texts = [text for role_index, text in _by_zone(header, line) if role_index == index]
            numbers += bool(texts) and _amount(texts[0]) is not None and _date(texts[0]) is None
        if len(unnamed) == 1 and numbers >= 0.6 * len(table):
            return [(*c[:2], AMOUNT, c[3]) if i == index else c for i, c in enumerate(columns)]
    return columns


def _by_zone(header: _Header, line: _Line) -> list[tuple[int, str]]:
    """(column index, text) of a line's cells, by the column each starts in."""
    return [(header._zone(cell.x0), cell.text) for cell in line.cells]


def _cells_by_gutters(cells: list[_Cell], lines: list[_Line]) -> list[_Cell] | None:
    # Kept whole: one sweep across the edges finding gutters, then cells cut there; the sweep is its state.
    """The header's cells re-cut where the table's columns are parted: the gaps ("gutters") that
    almost no line of the header and the rows below it prints across. None when no header cell
    spans a gutter (the header's own gaps are then the better guide)."""
    spans = [[(x0, x1) for cell in line.cells for _, x0, x1 in cell.words] for line in lines]
    edges = sorted({x for span in spans for pair in span for x in pair})
    if len(edges) < 2:
        return None
    allowed = max(1, len(lines) // 10)
    height = sorted(line.height for line in lines)[len(lines) // 2]
    gutters, start = [], None
    for left, right in itertools.pairwise(edges):
        middle = (left + right) / 2
        covered = sum(1 for span in spans if any(x0 <= middle <= x1 for x0, x1 in span))
        if covered <= allowed:
            start = left if start is None else start
            end = right
        elif start is not None:
            if end - start >= 0.25 * height:
                gutters.append((start + end) / 2)
            start = None
    if not any(cell.x0 < g < cell.x1 for cell in cells for g in gutters):
        return None
    found = []
    for cell in cells:  # only split, and only into names of columns: a header's own gaps stay
        inside = [g for g in gutters if cell.x0 < g < cell.x1]
        parts = []
        for low, high in itertools.pairwise([-1e9, *inside, 1e9]):
            part = [w for w in cell.words if low <= (w[1] + w[2]) / 2 < high]
            if part:
                text = " ".join(w for w, _, _ in part)
                parts.append(_Cell(text, min(w[1] for w in part), max(w[2] for w in part), part))
        found.extend(parts if all(_role(part.text) for part in parts) else [cell])
    return found


def _one_of_each(columns: list[tuple]) -> list[tuple]:
    """One date column and one amount column: of "Start Date" and "End Date" the end (a course is
    completed when it ends), of "Duration" and "Credit Hours" the credit; the others are passed over."""
    preferred = {
        DATE: lambda words: (bool(re.search(r"complet|end|finish|earned|awarded", words)), 0),
        AMOUNT: lambda words: (not re.search(r"duration|minutes|mins|score", words), 0),
    }
    for role, rank in preferred.items():
        found = [i for i, column in enumerate(columns) if column[2] == role]
        if len(found) > 1:
            keep = max(found, key=lambda i: (rank(columns[i][3].lower()), -i if role == AMOUNT else i))
            columns = [
                (*c[:2], OTHER, c[3]) if i in found and i != keep else c for i, c in enumerate(columns)
            ]
    return columns


def _unit_of(words: str) -> str:
    if re.search(r"\baama\b", words):
        return "aama_ceu"
    if re.search(r"\bce\s*units?\b|continuing education units?", words):
        return "iacet_ceu"
    if re.search(r"minutes|mins|\(min\)", words):
        return "minutes"
    if re.search(r"\bceus?\b", words):
        return "iacet_ceu"
    if re.search(r"\bcredits?\b|\bunits\b", words) and not re.search(r"hour", words):
        return CREDITS  # college or NHA credits, or hours: the document says which
    return "contact_hours"


CREDITS = "credits"  # a "Credits" column, until the document says whose credits they are
