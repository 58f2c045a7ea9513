"""A CE transcript read into its courses (issue 24): one document, a table with a row per course
(the AAMA e-Learning Center's CEU transcript, an employer learning system's training record, a
college's continuing-education transcript).

Pure Python, like the rules engine: it reads the page's words with their places (``page_words``,
in a bounded child: credentials/file_work.py), finds the table's header, and reads each row by the
columns the header names: its completion date (a range ends on its last day), title (wrapped
lines joined), amount in the header's unit, category or split, and status. Rows that earned
nothing (in progress, withdrawn, failed, 0 hours) and the totals are left out.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from credentials import reader, rules

MAX_PAGES = 10  # pages of a transcript read (a year of courses is one or two)
MIN_ROWS = 2  # fewer course rows than this is a certificate, not a transcript
MAX_COURSES = 500  # a transcript of more is read this far (the import takes up to 2,000 rows)
FIELD_MAX = 200  # characters kept of a title or provider (what an activity holds)

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
_CATEGORY_WORDS = {
    "administrative": "administrative",
    "admin": "administrative",
    "adm": "administrative",
    "a": "administrative",
    "clinical": "clinical",
    "clin": "clinical",
    "c": "clinical",
    "general": "general",
    "gen": "general",
    "g": "general",
}
_NOT_EARNED = re.compile(
    r"\b(in\s*progress|not\s*started|not\s*completed|incomplete|withdrawn|withdrew|enrolled|registered|"
    r"failed|fail|expired|overdue|pending|assigned|dropped|audit|waived|exempt|cancell?ed|no\s*show|excused|"
    r"rejected|scheduled|needs\s+improvement|not\s+performed)\b"
    r"|^(w|wd|ip|i|f|np|nc|au|--)$",
    re.I,
)
_TOTALS = re.compile(r"^\s*(grand\s+)?totals?\b|\btotal\s+(ceus?|hours|credits|points)\b", re.I)
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A transcript's own date reading, not the certificate reader's: tables print "5-Mar-25" (a month
# name with a two-digit year), which a certificate never does and the reader does not read.
_DATE_PATTERNS = [
    ("ymd", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("mdy", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")),
    ("mdy", re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")),
    ("dmy_name", re.compile(r"\b(\d{1,2})[\s-]" + _MONTH + r"[\s-](\d{4}|\d{2})\b", re.I)),
    ("mdy_name", re.compile(r"\b" + _MONTH + r"\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})\b", re.I)),
]
_NUMBER = re.compile(r"(?<![\d/.-])(\d{1,3}(?:\.\d{1,2})?|\.\d{1,2})(?![\d/])")
_SPLIT_PART = re.compile(
    r"\b(administrative|admin|adm|clinical|clin|general|gen|[acg])(?![a-z])\.?\s*[:=]?\s*(\d{1,3}(?:\.\d{1,2})?)",
    re.I,
)


@dataclass
class Course:
    """One row of the transcript: what the person earned, as printed."""

    title: str
    completed_on: dt.date
    amount: Decimal
    unit: str  # as printed, in the reader's words (rules.PRINTED_UNITS): "aama_ceu", "iacet_ceu", …
    categories: dict[str, Decimal] = field(default_factory=dict)
    provider: str = ""
    code: str = ""
    unit_printed: bool = False  # the unit was printed in the row's own cell ("0.15 CEU")

    @property
    def category(self) -> str | None:
        return next(iter(self.categories)) if len(self.categories) == 1 else None


@dataclass
class Transcript:
    provider: str
    courses: list[Course]
    aama: bool  # the AAMA's own CEU transcript: the courses are on the AAMA's record already
    left_out: int = 0  # rows that earned nothing (in progress, withdrawn, 0 hours)

    def as_json(self) -> dict:
        return {
            "provider": self.provider,
            "aama": self.aama,
            "left_out": self.left_out,
            "courses": [
                {
                    "title": c.title,
                    "completed_on": c.completed_on.isoformat(),
                    "amount": str(c.amount),
                    "unit": c.unit,
                    "categories": {k: str(v) for k, v in c.categories.items()},
                    "provider": c.provider,
                    "code": c.code,
                }
                for c in self.courses
            ],
        }

    @classmethod
    def from_json(cls, data: dict) -> Transcript | None:
        """Back from ``as_json`` (None for an empty or damaged value)."""
        try:
            courses = [
                Course(
                    title=str(c["title"]),
                    completed_on=dt.date.fromisoformat(c["completed_on"]),
                    amount=Decimal(c["amount"]),
                    unit=str(c["unit"]),
                    categories={str(k): Decimal(v) for k, v in (c.get("categories") or {}).items()},
                    provider=str(c.get("provider") or ""),
                    code=str(c.get("code") or ""),
                )
                for c in data["courses"]
            ]
            return cls(str(data["provider"]), courses, bool(data["aama"]), int(data.get("left_out") or 0))
        except (KeyError, TypeError, ValueError, InvalidOperation):
            return None


# --------------------------------------------------------------------------- the page's words


@dataclass(frozen=True)
class Word:
    """A word where the page prints it: page number, left and right edge, top and bottom (points or
    pixels from the page's top), and, for OCR, the line Tesseract put it on."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    line: tuple = ()

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def page_words(data: bytes) -> list[Word]:
    """The transcript's words with their places: a PDF's text layer, else Tesseract's reading of its
    pages (a scan) or of the image (a photo). For a bounded child: it opens the file."""
    if data[:5] == b"%PDF-":
        words = _pdf_words(data)
        if sum(1 for word in words if re.fullmatch(r"[A-Za-z]{3,}\W?", word.text)) >= 20:
            return words
        return _ocr_words(reader.page_images(data, pages=MAX_PAGES))
    return _ocr_words([reader.open_image(data)])  # the reader's bounds on pixels, its EXIF turn


def _pdf_words(data: bytes) -> list[Word]:
    import pypdfium2 as pdfium

    words: list[Word] = []
    document = pdfium.PdfDocument(data)
    try:
        for index in range(min(MAX_PAGES, len(document))):
            page = document[index]
            textpage = page.get_textpage()
            height = page.get_height()
            count = textpage.count_chars()
            text = textpage.get_text_range(0, count) if count else ""
            chars: list[tuple[str, tuple]] = []
            for i in range(count):
                char = text[i] if len(text) == count else textpage.get_text_range(i, 1)
                if not char or char.isspace() or char in "\x00\x02\ufffe":
                    _word_add(words, chars, page=index + 1, height=height)
                    continue
                box = textpage.get_charbox(i, loose=True)
                if chars:
                    last = chars[-1][1]
                    size = max(last[3] - last[1], 1.0)
                    apart = box[0] - last[2] > 0.25 * size or box[0] < last[0]
                    if apart or abs(box[1] - last[1]) > 0.5 * size:
                        _word_add(words, chars, page=index + 1, height=height)
                chars.append((char, box))
            _word_add(words, chars, page=index + 1, height=height)
            textpage.close()
            page.close()
    finally:
        document.close()
    return words


def _word_add(words: list[Word], chars: list[tuple[str, tuple]], *, page: int, height: float) -> None:
    """The characters gathered so far as one word (PDF boxes are from the page's bottom)."""
    if chars:
        left, right = min(box[0] for _, box in chars), max(box[2] for _, box in chars)
        top, bottom = height - max(box[3] for _, box in chars), height - min(box[1] for _, box in chars)
        words.append(Word("".join(c for c, _ in chars), page, left, right, top, bottom))
        chars.clear()


def _ink(image):
    """The page as Tesseract reads it best: enlarged (a 150 dpi scan to about 400 dpi), its contrast
    stretched, and the light grey of shaded rows and paper turned white (shading breaks words)."""
    from PIL import Image, ImageOps

    factor = min(3.0, 3600 / max(image.size))
    if factor > 1.1:
        size = (round(image.width * factor), round(image.height * factor))
        image = image.resize(size, Image.Resampling.LANCZOS)
    image = ImageOps.autocontrast(image, cutoff=(1, 1))
    image = reader.deskew(image)  # a tilted page's columns drift across its rows
    return image.point(lambda value: 255 if value > 185 else value)


def _ocr_words(images: list) -> list[Word]:
    import pytesseract

    words: list[Word] = []
    for number, image in enumerate(images, start=1):
        image = _ink(image)
        data = pytesseract.image_to_data(
            image, config="--psm 6", output_type=pytesseract.Output.DICT, timeout=90
        )
        for i, text in enumerate(data["text"]):
            text = (text or "").strip()
            if not text or float(data["conf"][i]) < 0:
                continue
            left, top = data["left"][i], data["top"][i]
            words.append(
                Word(
                    text,
                    number,
                    left,
                    left + data["width"][i],
                    top,
                    top + data["height"][i],
                    (data["block_num"][i], data["par_num"][i], data["line_num"][i]),
                )
            )
    return words


# --------------------------------------------------------------------------- lines and cells


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


# --------------------------------------------------------------------------- the table


def looks_like_one(text: str) -> bool:
    """Whether a certificate reader's text may be a transcript, worth reading as one: the word, or
    many dates (a certificate prints one to three)."""
    if re.search(r"\btranscript\b|\btraining (record|history)\b|\bce (record|history)\b", text, re.I):
        return True
    return len({hit for hit in (_date(part) for part in re.split(r"\s{2,}|\n", text)) if hit}) >= 4


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


def transcript_parse(words: list[Word], *, provider: str = "") -> Transcript | None:
    """The courses of a transcript's words, or None when it holds fewer than MIN_ROWS course rows
    under a header that names at least a title, a date and an amount. ``provider``: the issuer
    the certificate reader found, used when the page names none above the table."""
    lines = _lines(words)
    header: _Header | None = None
    before: list[_Line] = []
    rows: list[list[_Line]] = []  # each course's lines: its anchor (the dated line) first
    loose: list[tuple[_Line, _Header]] = []  # lines of wrapped cells, placed once rows are known
    anchors: list[tuple[_Line, _Header]] = []
    consumed: set[int] = set()
    section: dict[int, str] = {}  # a course's category from the heading it is listed under
    heading = ""
    for index, line in enumerate(lines):
        if index in consumed:
            continue
        named = _HEADING_CATEGORY.match(line.text.strip())
        if header is not None and named:
            heading = _CATEGORY_WORDS[named[1].lower()]
            continue
        near = [
            (i, other)
            for i, other in enumerate(lines[max(0, index - 2) : index + 3], start=max(0, index - 2))
            if i != index and other.page == line.page and abs(other.middle - line.middle) < 1.6 * line.height
        ]
        below = []  # the table's rows under a possible header: lines of two cells or more
        for other in lines[index + 1 : index + 40]:
            if other.page != line.page or _FOOTER.search(other.text) or _TOTALS.search(other.text):
                break
            if len(other.cells) > 1 and all(other is not n for _, n in near):
                below.append(other)
        candidate = _header_of(line, [other for _, other in near], below)
        if candidate is not None:
            header = candidate
            stacked = [(i, other) for i, other in near if _headerish(other)]  # the header's own lines
            consumed.update(i for i, _ in stacked)
            before = [b for b in before if all(b is not other for _, other in stacked)]
            continue
        if header is None:
            before.append(line)
            continue
        if _TOTALS.search(line.text):
            continue
        assigned = header.assign(line)
        dated = any(role == DATE and _date(text) for role, text in assigned)
        if dated:
            anchors.append((line, header))
            if heading:
                section[id(line)] = heading
        elif (
            not any(_date(text) for _, text in assigned)
            and not _FOOTER.search(line.text)
            and not _SECTION.match(line.text.strip())
        ):
            loose.append((line, header))
    rows = [[anchor] for anchor, _ in anchors]
    cluster_of = _clusters([a for a, _ in anchors] + [line for line, _ in loose])
    for line, _ in loose:
        nearest = min(
            (i for i, (a, _) in enumerate(anchors) if cluster_of[id(a)] == cluster_of[id(line)]),
            key=lambda i: (abs(anchors[i][0].middle - line.middle), anchors[i][0].middle > line.middle),
            default=None,
        )
        if nearest is not None:  # a block of lines with no course in it is a heading, not a title
            rows[nearest].append(line)
    courses, left_out = [], 0
    for (_, row_header), row_lines in zip(anchors, rows, strict=True):
        course = _course(sorted(row_lines, key=lambda line: line.middle), row_header)
        if course is not None and not course.categories and id(row_lines[0]) in section:
            course.categories = {section[id(row_lines[0])]: course.amount}
        if course is None:
            left_out += 1
        else:
            courses.append(course)
    if len(courses) < MIN_ROWS:
        return None
    courses = courses[:MAX_COURSES]
    for course in courses:
        course.title, course.provider = course.title[:FIELD_MAX], course.provider[:FIELD_MAX]
    if words and words[0].line:
        _lost_points_restore(courses)
    last = anchors[-1][0] if anchors else None
    after = [line for line in lines if last and (line.page, line.middle) > (last.page, last.middle)]
    outside = " ".join(line.text for line in [*before, *after])  # the header and footer, not the rows
    aama = bool(re.search(r"\bAAMA\b|American Association of Medical Assistants", outside))
    whole = " ".join(line.text for line in lines)
    credits = (
        "aama_ceu"
        if aama
        else "nha_credit"
        if re.search(r"\bNHA\b|National Healthcareer", whole)
        else "college_credit"
        if re.search(r"\b(GPA|semester|registrar|academic|quality p(oin)?ts)\b", whole, re.I)
        else "contact_hours"
    )
    issuer = _issuer(before) or _issuer(after[-15:]) or provider
    if aama and re.search(r"\bAAMA\b", issuer):  # "AAMA e-Learning Center": the AAMA's own
        issuer = "American Association of Medical Assistants"
    elif credits == "nha_credit" and (not issuer or re.search(r"\bNHA\b", issuer)):
        issuer = "National Healthcareer Association"
    for course in courses:
        if course.unit == CREDITS:
            course.unit = credits
        elif aama and course.unit == "iacet_ceu" and not course.unit_printed:
            course.unit = "aama_ceu"  # the AAMA's transcript counts AAMA CEUs
        course.provider = course.provider or issuer
    return Transcript(provider=issuer, courses=courses, aama=aama, left_out=left_out)


def _amount_in_cell(text: str, amount: Decimal | None, unit: str) -> tuple[Decimal | None, str, bool]:
    """The amount and its unit when the cell prints its own: "1h 30m", "45m", "2h" and "1:30" are
    minutes; "1.5 hrs" contact hours; "90 min" minutes; "0.15 CEU" IACET CEUs; "1.0 AAMA CEU"
    AAMA CEUs. Else the column's unit. The third value says whether the cell named its unit."""
    clock = re.fullmatch(r"\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*", text, re.I)
    if clock and (clock[1] or clock[2]):
        return Decimal(int(clock[1] or 0) * 60 + int(clock[2] or 0)), "minutes", True
    hours_minutes = re.fullmatch(r"\s*(\d{1,2}):([0-5]\d)\s*", text)
    if hours_minutes:
        return Decimal(int(hours_minutes[1]) * 60 + int(hours_minutes[2])), "minutes", True
    for pattern, named in (
        (r"\baama\s*ceus?\b", "aama_ceu"),
        (r"\bceus?\b", "iacet_ceu"),
        (r"\b(hrs?|hours?)\b", "contact_hours"),
        (r"\bmin(ute)?s?\b", "minutes"),
    ):
        if amount is not None and re.search(pattern, text, re.I):
            return amount, named, True
    return amount, unit, False


def _lost_points_restore(courses: list[Course]) -> None:
    """OCR drops a decimal point now and then ("10" for "1.0"): in a column whose amounts are
    mostly printed with one (and under 10), a two-digit whole number gets it back."""
    pointed = [c for c in courses if c.amount.as_tuple().exponent < 0]
    if len(pointed) < 0.6 * len(courses) or any(c.amount >= 10 for c in pointed):
        return
    for course in courses:
        if course.amount.as_tuple().exponent == 0 and 10 <= course.amount <= 99:
            course.categories = {k: v / 10 for k, v in course.categories.items()}
            course.amount = (course.amount / 10).quantize(Decimal("0.1"))


_HEADING_CATEGORY = re.compile(
    r"^(administrative|clinical|general)(?:\s+(?:ceus?|courses?|category|content|topics?))?\s*:?\s*$", re.I
)
_SECTION = re.compile(
    r"^((fall|spring|summer|winter|autumn)\s+)?\d{4}$|^(mandatory|required|elective|compliance|optional)\b.{0,40}$",
    re.I,
)


def _clusters(lines: list[_Line]) -> dict[int, int]:
    """Each line's block: lines follow on in one block while each is within about a line's height
    of the one before (a wrapped cell), and a wider gap starts another (between rows, or around a
    heading)."""
    cluster, last, found = -1, None, {}
    for line in sorted(lines, key=lambda line: (line.page, line.middle)):
        apart = last is None or last.page != line.page
        if not apart and line.middle - last.middle > 1.45 * max(line.height, last.height):
            apart = True
        cluster += apart
        found[id(line)] = cluster
        last = line
    return found


_FOOTER = re.compile(r"\bpage\s+\d+|\bprinted\b|\bcontinued\b|\bgenerated\b|\bconfidential\b", re.I)


def _course(lines: list[_Line], header: _Header) -> Course | None:
    """A course from its lines (the dated one and those of its wrapped cells), or None for a row that
    earned nothing (in progress, withdrawn, no hours)."""
    by_role: dict[str, list[str]] = {}
    parts: dict[str, Decimal] = {}
    for line in lines:
        line_roles: dict[str, list[str]] = {}
        for role, text in header.assign(line):
            line_roles.setdefault(role, []).append(text)
        for role, texts in line_roles.items():
            by_role.setdefault(role, []).extend(texts)
        # A split over lines: each line a category and its own amount.
        category = " ".join(line_roles.get(CATEGORY, []))
        amount = _amount(" ".join(line_roles.get(AMOUNT, [])))
        for name, value in (_categories(category, amount) if category else {}).items():
            parts[name] = parts.get(name, Decimal(0)) + value
    day = _date(" ".join(by_role.get(DATE, [])), last=True)
    status = " ".join(by_role.get(STATUS, []))
    amount_text = " ".join(by_role.get(AMOUNT, [])[:1])
    amount, unit = _amount(amount_text), header.unit
    amount, unit, printed = _amount_in_cell(amount_text, amount, unit)
    # Columns per category ("Admin | Clinical | General"): each its part of the amount.
    shares = {
        role[len(SHARE) :]: value
        for role, texts in by_role.items()
        if role.startswith(SHARE) and (value := _amount(" ".join(texts))) is not None and value > 0
    }
    if amount is None and shares:
        amount = sum(shares.values(), Decimal(0))
    title = _clean_title(" ".join(by_role.get(TITLE, [])))
    if day is None or not title or _NOT_EARNED.search(status.strip()) or amount is None or amount <= 0:
        return None
    categories = shares or _split(" ".join(by_role.get(CATEGORY, []))) or parts
    if len(categories) > 1:
        amount = sum(categories.values(), Decimal(0))
    elif len(categories) == 1:
        categories = {next(iter(categories)): amount}
    return Course(
        title=title,
        completed_on=day,
        amount=amount,
        unit=unit,
        unit_printed=printed,
        categories=categories,
        provider=" ".join(by_role.get(PROVIDER, [])),
        code=" ".join(by_role.get(CODE, [])),
    )


def _clean_title(text: str) -> str:
    text = re.sub(r"[†‡§¹²³]|(?<=\w)\*+|^\*+", "", text)  # footnote marks
    return re.sub(r"\s+", " ", text).strip(" -–—|:")


def _categories(text: str, amount: Decimal | None) -> dict[str, Decimal]:
    split = _split(text)
    if split:
        return split
    word = re.sub(r"[^a-z]", "", text.lower())
    category = _CATEGORY_WORDS.get(word)
    if category and amount:
        return {category: amount}
    return {}


def _split(text: str) -> dict[str, Decimal]:
    parts: dict[str, Decimal] = {}
    for match in _SPLIT_PART.finditer(text):
        category = _CATEGORY_WORDS.get(match[1].lower())
        if category:
            parts[category] = parts.get(category, Decimal(0)) + Decimal(match[2])
    return parts if sum(parts.values(), Decimal(0)) > 0 else {}


_LOOKALIKE = str.maketrans({"l": "1", "L": "1", "I": "1", "|": "1", "O": "0", "o": "0"})


def _amount(text: str) -> Decimal | None:
    text = " ".join(
        token.translate(_LOOKALIKE) if re.fullmatch(r"[0-9lLIO|o.,]*\d[0-9lLIO|o.,]*", token) else token
        for token in text.split()
    )
    numbers = _NUMBER.findall(text.replace(",", "."))
    if not numbers:
        return None
    try:
        return Decimal(numbers[0])
    except InvalidOperation:
        return None


def _date(text: str, *, last: bool = False) -> dt.date | None:
    """The date in ``text`` (the last one, for a range "03/01/2025 – 03/05/2025", when ``last``)."""
    hits = []
    for kind, pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            day = _date_from(kind, match.groups())
            if day is not None:
                hits.append((match.start(), day))
    if not hits:
        return None
    hits.sort()
    return hits[-1][1] if last else hits[0][1]


def _date_from(kind: str, groups) -> dt.date | None:
    try:
        if kind == "ymd":
            year, month, day = (int(g) for g in groups)
        elif kind == "mdy":
            month, day, year = (int(g) for g in groups)
        elif kind == "dmy_name":
            day, month, year = int(groups[0]), _month(groups[1]), int(groups[2])
        else:
            month, day, year = _month(groups[0]), int(groups[1]), int(groups[2])
        if year < 100:
            year += 2000
        if not 1950 <= year <= 2100:
            return None
        return dt.date(year, month, day)
    except (ValueError, KeyError):
        return None


def _month(word: str) -> int:
    word = word.lower().rstrip(".")
    return _MONTHS.get(word) or _MONTHS[word[:3]]


_ORG = re.compile(
    r"\b(university|college|association|institute|academy|center|centre|health|hospital|learning|"
    r"school|system|network|clinic|society|education|medical group|healthcare|partners|foundation|"
    r"physicians|regional|technical|training|medicine|associates|living|online|council|services|"
    r"group|hub)\b",
    re.I,
)


# A line that names the document, or says something about an organisation, is not its name.
_NOT_ISSUER = re.compile(
    r"\d{3}|@|www\.|transcript|record|report|ledger|history|tracker|statement|summary|\blog\b|"
    r"certificates|accredited|provider of|affiliate|member|employee|student|learner|page\b",
    re.I,
)
_ISSUED_BY = re.compile(
    r"\b(?:issued|prepared|maintained|provided|kept|produced) by (?:the )?"
    r"([A-Z][\w&'’.-]*(?:[ ,]+[A-Z&][\w&'’.-]*)*)"
)


def _issuer(lines: list[_Line]) -> str:
    """The organisation that issued the transcript: a sentence that says so ("issued by …"), else
    the first line outside the table that names an organisation and not the document."""
    for line in lines:
        said = _ISSUED_BY.search(line.text.replace("   ", " "))
        if said:
            return said[1].strip(" ,.")
    for line in lines[:15]:
        for part in (p for cell in line.cells for p in re.split(r"\s[–—|•·]\s|\s-{1,2}\s", cell.text)):
            part = part.strip(" |–-")
            if _ORG.search(part) and 2 <= len(part.split()) <= 9 and not _NOT_ISSUER.search(part):
                return part
    return ""


def unit_in_recert(course: Course) -> tuple[str, Decimal, str]:
    """(Recert unit code, amount logged, how it was converted) for a course as printed."""
    printed = rules.PRINTED_UNITS.get(course.unit) or rules.PRINTED_UNITS["contact_hours"]
    return printed.unit, printed.logged_amount(course.amount), printed.words
