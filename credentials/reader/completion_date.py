"""The completion date: every date on the page weighed by its label ("Date completed",
"Issued"), its place and its neighbours, and how sure the choice is.
"""

from __future__ import annotations

import datetime as dt
import re

from credentials.reader.amounts import _is_card
from credentials.reader.dates import _DATE_PATTERNS, _DateHit, _dates_in, _day_first, _today
from credentials.reader.document import _Doc
from credentials.reader.found import NOT_FOUND, Found, _Line

_POSITIVE_STRONG = [
    r"date\s+of\s+completion",
    r"completion\s+date",
    r"date\s+completed",
    r"completed\s+on",
    r"complet(?:ed|ion)",
    r"(?:earned|end|finish|attendance|class|course|activity|session|event|"
    r"training|program|webinar|exam|test|module|lesson|in-?service)\s+dates?",
    r"date\s+of\s+(?:training|attendance|course|activity|session|event|class|program|exam|test)",
    r"date\s+(?:earned|attended|passed|finished|taken|held|given|granted)",
    r"attended(?:\s+on)?",
    r"earned(?:\s+on)?",
    r"passed(?:\s+on)?",
    r"finished(?:\s+on)?",
    r"held(?:\s+on)?",
    r"(?:ended|concluded)(?:\s+on)?",
    r"sessions?\s+held",
    r"(?:class|course|session|program)\s+meetings?",
    # a webinar's or a live program's; a recording's "original air date" is not when it was watched
    r"(?<!original\s)(?<!originally\s)(?:(?:air|broadcast|live\s+session)\s+dates?|aired(?:\s+on)?)",
    r"dates?(?:\s*\(s\))?\s+(?:presented|held|attended)",
    r"presented\s+on",
    r"conferred(?:\s+on)?",
    r"granted(?:\s+on)?",
    r"given\s+(?:this|on)",
    r"this\s+day(?:\s+of)?",
    # Spanish: "realizado el", "impartido el", "celebrado el", "fecha de realización / del curso".
    r"(?:realizad[oa]|impartid[oa]|celebrad[oa]|complet(?:ad[oa]|[oó])|finalizad[oa]|cursad[oa])(?:\s+el)?",
    r"fecha\s+(?:de\s+)?(?:realizaci[oó]n|finalizaci[oó]n|del\s+curso|del\s+taller|del\s+evento)",
]
# When the certificate (or card) was issued: the completion unless a date of the course itself is
# also printed ("Webinar date: April 10" beats "Certificate issued April 11").
_POSITIVE_ISSUE = [
    r"(?:issue|issued|certificate)\s+dates?",
    r"date\s+of\s+(?:issue|certification|certificate)",
    r"date\s+issued",
    r"issued(?:\s+on)?",
    r"fecha\s+de\s+(?:emisi[oó]n|expedici[oó]n)|expedid[oa](?:\s+el)?|emitid[oa](?:\s+el)?",  # Spanish
]
# When the certificate was awarded: the completion unless the course's own last day is printed too, and
# before a date of issue.
_AWARDED = [r"(?:award|awarded)\s+dates?|date\s+of\s+award|date\s+awarded|awarded(?:\s+on)?"]
_AWARDED_SCORE = 2.75
_POSITIVE_WEAK = [r"dated?", r"when", r"on"]
_NEGATIVE_WORDS = (
    r"expir\w*|exp\.?|expires?|renew\w*|re-?certif\w*|recert|valid|good|due|deadline|birth|born|dob|d\.o\.b\.?|"
    r"approv\w*|accredit\w*|through|thru|until|till|since|hire|hired|employed|effective|revis\w*|version|"
    r"copyright|offered|period|cycle|membership|member|eligib\w*|before|by"
)
_NEGATIVE = [
    rf"(?:{_NEGATIVE_WORDS})\s*date",
    rf"date\s+of\s+(?:{_NEGATIVE_WORDS})",
    r"(?:" + _NEGATIVE_WORDS + r")",
    r"©",
]
_LAST_RESORT_WORDS = (
    r"print(?:ed)?|generated|report(?:ed)?|run|registered|registration|enroll\w*|start(?:ed)?|begin\w*|"
    r"submitted|received|requested|created|verified|verification|posted|signed|signature|graded?|grades|"
    r"mailed|sent|emailed|faxed"
)
_LAST_RESORT = [rf"(?:{_LAST_RESORT_WORDS})\s*(?:date|on)?", rf"date\s+(?:{_LAST_RESORT_WORDS})"]

_DATE_LABELS = (
    [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), 3.0) for p in _POSITIVE_STRONG]
    + [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), 2.7) for p in _POSITIVE_ISSUE]
    + [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), _AWARDED_SCORE) for p in _AWARDED]
    + [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), 2.0 if p != "on" else 1.5) for p in _POSITIVE_WEAK]
    + [(re.compile(rf"(?:\b|(?<=\W))(?:{p})(?:\b|(?=\W)|$)", re.IGNORECASE), -1.0) for p in _NEGATIVE]
    + [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), 0.3) for p in _LAST_RESORT]
)
# "… - ", "… and Saturday, ": the next date is the same event's (its last day).
_RANGE_JOIN = re.compile(
    r"^\s*(?:,\s*)?(?:-|–|to|through|thru|until|and|&)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$",
    re.IGNORECASE,
)
# The course's own days: beats a date of issue (2.7), not a date labelled as the completion (3.0).
_COURSE_DAYS = 2.8
# The first day of a range over months, written without its year: "January 9 - " before the last day.
_RANGE_START = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?\s*"
    r"(?:-|–|to|through|thru|until)\s*$",
    re.IGNORECASE,
)
# The line before "on <date>" ends saying what the learner did.
_AFTER_COMPLETING = re.compile(
    r"\b(?:complet\w*|attend\w*|participat\w*|finish\w*|passed)\b[^.]*$", re.IGNORECASE
)
# What the learner did, in the line a completion date is printed near.
_DID = re.compile(
    r"\b(?:complet(?:ed|ing)|attend(?:ed|ing)|participat(?:ed|ing)|finish(?:ed|ing)|passed|certif(?:y|ies))\b",
    re.IGNORECASE,
)
# Days of one month written as a range ("September 25-27, 2025", "Oct 3 - 4, 2024").
_DAY_RANGE = re.compile(r"[A-Za-z]\.?\s+[0-3]?\d\s*-\s*[0-3]?\d\b")
# A time right after a date, as a fax header or a print stamp writes it.
_STAMPED = re.compile(r"^\s+[0-2]?\d:[0-5]\d\b")


def _label_score(context: str) -> float | None:
    """The score of the label nearest the end of ``context`` (3 completion … -1 expiry), None without one."""
    best = None  # (end, length, score)
    for pattern, score in _DATE_LABELS:
        for m in pattern.finditer(context):
            key = (m.end(), m.end() - m.start())
            if best is None or key > best[:2]:
                best = (*key, score)
    return None if best is None else best[2]


def _labels_in_row(text: str) -> list[float]:
    """The date labels of a header or caption row, left to right (one per column)."""
    found = []
    for pattern, score in _DATE_LABELS:
        if score in (1.5,):  # "on" is not a column heading
            continue
        for m in pattern.finditer(text):
            found.append((m.start(), m.end(), score))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    labels, last_end = [], -1
    for start, end, score in found:
        if start < last_end:
            continue
        # "Renew By" found as "renew" and "by" is one label; a wide gap ("Course Date  Renew By") is a column
        if labels and start - last_end <= 2 and "  " not in text[last_end:start]:
            labels[-1] = score if labels[-1] < 0 or score < 0 else max(labels[-1], score)
        else:
            labels.append(score)
        last_end = end
    return labels


_LABEL_LINE = re.compile(r"^[A-Za-z][A-Za-z .()/'&-]{1,45}:?$")


def _is_label_line(line: _Line | None) -> bool:
    return line is not None and bool(_LABEL_LINE.match(line.text)) and _label_score(line.text) is not None


def _is_bare_date_line(line: _Line | None) -> bool:
    if line is None:
        return False
    hits = _dates_in(line.text)
    rest = line.text
    for h in reversed(hits):
        rest = rest[: h.start] + rest[h.end :]
    return bool(hits) and not re.search(r"[A-Za-z]{2}", rest)


_PARTIAL_DATE = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\d/])")
_VALIDITY = re.compile(r"\b(?:valid|validity|effective|certification\s+period|period)\b", re.IGNORECASE)


def _completed_on(doc: _Doc) -> Found:
    # Kept whole: one scoring of every date on the page, then one choice among them; the scores are compared.
    today = _today()
    card = _is_card(doc)
    lines = doc.lines
    day_first = _day_first(lines)
    # Every date on the page: (score or None, labelled on its own line, label free of other roles, hit, line)
    dates: list[tuple[float | None, bool, bool, _DateHit, _Line]] = []
    for index, line in enumerate(lines):
        hits = _dates_in(line.text)
        if day_first:
            hits = [_DateHit(h.swapped, h.start, h.end, h.text) if h.swapped else h for h in hits]
        previous: tuple | None = None
        for k, hit in enumerate(hits):
            before = line.text[hits[k - 1].end if k else 0 : hit.start]
            inline = clean = False
            if k and _RANGE_JOIN.match(before) and previous is not None:
                score, inline, clean = previous
                if score == -2.0:  # the end of a card's validity: its expiry
                    score = -1.0
            else:
                context = re.sub(r"\bfrom\s*$", "", before[-90:], flags=re.IGNORECASE)
                weekday = re.fullmatch(
                    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", context.strip(" ,."), re.I
                )
                above = lines[index - 1] if index else None
                if (
                    above is not None
                    and not k
                    and len(context.strip()) <= 12
                    and re.search(r"[A-Za-z]", context)
                    and not weekday
                    and above.page == line.page
                    and not _dates_in(above.text)
                ):
                    # "from 01/01/2024 through ..." continuing the line above: read its end too
                    context = above.text[-60:] + " " + context
                score = _label_score(context)
                if _RANGE_START.search(context) and (score is None or score >= 1.5):
                    score = _COURSE_DAYS  # "January 9 - February 27, 2024": the course's last day
                elif score == 1.5 and _completing_above(lines, index):
                    score = _COURSE_DAYS  # "has completed" / the title / "on December 2, 2024"
                inline = score is not None
                clean = inline and _one_role(context)
                if score is None and _STAMPED.match(line.text[hit.end :]):
                    score = 0.3  # a date with its time ("11/20/2023 08:52"): a fax or print stamp
                if score is None and _DAY_RANGE.search(hit.text):
                    score = _COURSE_DAYS  # "September 25-27, 2025": the course's days, not an issue date
                if score is None:
                    at_start = not re.search(r"[A-Za-z]", before)
                    score = _neighbour_label(lines, index, k, hits, at_start=at_start)
                    above = lines[index - 1] if index else None
                    if (
                        score is not None
                        and at_start
                        and len(hits) == 1
                        and above is not None
                        and above.page == line.page
                        and _is_label_line(above)
                        and above.text.endswith(":")
                        and _label_score(above.text) == score
                    ):
                        # A form's label ending in a colon, its date alone on the next line.
                        inline, clean = True, _one_role(above.text)
                if (
                    score is not None
                    and score < 0
                    and card
                    and k + 1 < len(hits)
                    and _VALIDITY.search(context)
                ):
                    # A card "valid 03/05/2025 - 03/05/2027": it was issued on the first date.
                    after = line.text[hit.end : hits[k + 1].start]
                    if _RANGE_JOIN.match(after):
                        score = -2.0
            previous = (score, inline, clean)
            dates.append((score, inline, clean, hit, line))
    candidates = []  # (score, date, line, inline, clean, hit)
    for score, inline, clean, hit, line in dates:
        score = 1.0 if score is None else 0.2 if score == -2.0 else score
        if score < 0 or not (dt.date(1970, 1, 1) <= hit.date <= today + dt.timedelta(days=1)):
            continue
        candidates.append((score, hit.date, line, inline, clean, hit))
    if not candidates:
        return NOT_FOUND
    # Dates no label names: the one printed nearest what the learner did ("completed", "attended"), not
    # an issue or print date down by the signature; then the latest.
    done = [i for i, ln in enumerate(lines) if _DID.search(ln.text)]
    place = {id(ln): i for i, ln in enumerate(lines)}

    def nearness(line: _Line) -> int:
        return -min((abs(place[id(line)] - i) for i in done), default=0)

    score, date, line, inline, clean, hit = max(
        candidates, key=lambda c: (c[0], nearness(c[2]) if c[0] == 1.0 else 0, c[1])
    )
    confidence = {3.0: 0.9, _AWARDED_SCORE: 0.9, _COURSE_DAYS: 0.8, 2.0: 0.8, 1.5: 0.65, 1.0: 0.5}.get(
        score, 0.3
    )
    if score == 1.0 and len({c[1] for c in candidates}) > 1:
        confidence = 0.4
    if confidence >= 0.9 and not _sure_date(date, hit, inline, clean, dates, day_first):
        confidence = 0.85
    if score >= 1.5:
        note = ""
    elif score == 1.0:
        note = "no date is labelled as the completion date; this one is printed nearest what was done"
    elif score == 0.2:
        note = "the first day of the card's validity"
    else:
        note = "no completion date found; this date is labelled otherwise (printed, started or registered)"
    return doc.found(date, confidence, line, note)


def _completing_above(lines: list[_Line], index: int) -> bool:
    """Whether one of the three lines above, on the page and with no date of their own, says what the
    learner did ("has successfully completed"), a title perhaps between it and "on <date>"."""
    for above in lines[max(0, index - 3) : index][::-1]:
        if above.page != lines[index].page or _dates_in(above.text):
            return False
        if _AFTER_COMPLETING.search(above.text):
            return True
    return False


def _one_role(context: str) -> bool:
    """Whether the label before a date names one role: no word of another role ("Registration completed",
    "Pre-test completed on", "Completion deadline") in the words just before it."""
    label = re.split(r"[.;|]\s|\s{2,}", context)[-1][-50:]
    if re.search(
        r"\b(?:pre-?|post-?)?(?:test|quiz|exam|payment|enrol\w*|registration|module\s+\d|part\s+\d|"
        r"step|unit\s+\d)\b",
        label,
        re.IGNORECASE,
    ) and not re.search(r"\b(?:course|activity|program|training)\b", label, re.IGNORECASE):
        return False
    return not any(pattern.search(label) for pattern, score in _DATE_LABELS if score < 1.5)


def _sure_date(date: dt.date, hit: _DateHit, inline: bool, clean: bool, dates: list, day_first: bool) -> bool:
    # Kept whole: its conditions are read together: each is a way another date could be the one.
    """A completion date is sure only when its label stands with it and names only that role, when no other
    date on the page could be the completion (every other date is labelled, on its own line, as something
    else), and when a date in numbers cannot be read the other way round (or the page shows which way)."""
    if not clean and inline:
        return False
    if not inline and any(other.date != date for _, _, _, other, _ in dates):
        return False  # labelled by the layout only (a heading above it): sure only as the page's one date
    if hit.swapped and not day_first:
        others = [h for _, _, _, h, _ in dates if h.date == date and h is not hit and not h.swapped]
        month_first = any(
            int(m.group("b")) > 12
            for _, _, _, h, line in dates
            for m in [_DATE_PATTERNS[-1][1].fullmatch(h.text)]
            if m
        )
        if not others and not month_first:
            return False  # "05/06/2025" alone: May 6 or 5 June
    for score, other_inline, _, other, _ in dates:
        if other is hit or other.date == date:
            continue
        if score is None or not other_inline or score >= 3.0:
            return False  # an unlabelled date, a date labelled by the layout, or a second completion date
    return True


def _labels_lead(lines: list[_Line], index: int) -> bool:
    """Whether the rows of labels and dates alternating above line ``index`` start with a label: then each
    label heads the date below it ("REGISTERED / 04/21/2025 / COMPLETED ON / 05/06/2025 / …"), not the date
    above it, as a caption would."""
    page, top, want_label = lines[index].page, None, True
    for line in lines[index - 1 :: -1] if index else []:
        label = _is_label_line(line) and len(line.text.split()) <= 3
        if line.page != page or not (label if want_label else _is_bare_date_line(line)):
            break
        top, want_label = line, not want_label
    return top is not None and _is_label_line(top)


def _neighbour_label(lines: list[_Line], index: int, k: int, hits: list, *, at_start: bool) -> float | None:
    """A label on the line above (a heading, 'Completed on:') or below (a caption under the date)."""
    line = lines[index]

    def near(i):
        return lines[i] if 0 <= i < len(lines) and lines[i].page == line.page else None

    prev, nxt, prev2 = near(index - 1), near(index + 1), near(index - 2)
    # A table's row under its heading row, cell for cell ("Course Title  Course ID  Assigned  Due  …"):
    # the heading of the date's own cell, when both rows have as many cells.
    cells = [m.span() for m in re.finditer(r"\S+(?:\s\S+)*", line.text)]
    if prev is not None and len(cells) >= 3 and not _dates_in(prev.text):
        headings = re.findall(r"\S+(?:\s\S+)*", prev.text)
        if len(headings) == len(cells) and all(
            len(h) <= 24 and re.match(r"[A-Za-z]", h) and not re.search(r"[.,]", h) for h in headings
        ):
            cell = next(i for i, (a, b) in enumerate(cells) if a <= hits[k].start < b)
            return _label_score(headings[cell])
    # A row of values under a row of headings (or above a row of captions): match them by order, counting
    # month-and-year values ("Renewal 06/2027") as columns too.
    columns = sorted([h.start for h in hits] + [m.start() for m in _PARTIAL_DATE.finditer(line.text)])
    column = columns.index(hits[k].start)
    for row in (prev, nxt):
        if row is None or _dates_in(row.text) or len(row.text) > 160:
            continue
        labels = _labels_in_row(row.text)
        if len(labels) >= 2 and len(labels) == len(columns):
            return labels[column]
    if at_start and len(columns) == 1:
        if _is_label_line(prev) and prev.text.endswith(":"):
            return _label_score(prev.text)
        caption_style = _is_label_line(prev) and _is_bare_date_line(prev2) and not _labels_lead(lines, index)
        if _is_label_line(nxt) and (caption_style or not _is_label_line(prev)):
            return _label_score(nxt.text)
        if _is_label_line(prev):
            return _label_score(prev.text)
    return None
