"""``transcript_parse``: the header found, each row under it read into a course by the header's
columns, rows that earned nothing and the totals left out, the issuer named; and ``looks_like_one``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from credentials.transcript.courses import Course, Transcript
from credentials.transcript.header import (
    AMOUNT,
    CATEGORY,
    CODE,
    CREDITS,
    DATE,
    PROVIDER,
    SHARE,
    STATUS,
    TITLE,
    _Header,
    _header_of,
    _headerish,
)
from credentials.transcript.lines import _Line, _lines
from credentials.transcript.values import (
    _CATEGORY_WORDS,
    _amount,
    _amount_in_cell,
    _categories,
    _clean_title,
    _date,
    _split,
)
from credentials.transcript.words import Word

MIN_ROWS = 2  # fewer course rows than this is a certificate, not a transcript
MAX_COURSES = 500  # a transcript of more is read this far (the import takes up to 2,000 rows)
FIELD_MAX = 200  # characters kept of a title or provider (what an activity holds)
_NOT_EARNED = re.compile(
    r"\b(in\s*progress|not\s*started|not\s*completed|incomplete|withdrawn|withdrew|enrolled|registered|"
    r"failed|fail|expired|overdue|pending|assigned|dropped|audit|waived|exempt|cancell?ed|no\s*show|excused|"
    r"rejected|scheduled|needs\s+improvement|not\s+performed)\b"
    r"|^(w|wd|ip|i|f|np|nc|au|--)$",
    re.I,
)
_TOTALS = re.compile(r"^\s*(grand\s+)?totals?\b|\btotal\s+(ceus?|hours|credits|points)\b", re.I)


def looks_like_one(text: str) -> bool:
    """Whether a certificate reader's text may be a transcript, worth reading as one: the word, or
    many dates (a certificate prints one to three)."""
    if re.search(r"\btranscript\b|\btraining (record|history)\b|\bce (record|history)\b", text, re.I):
        return True
    return len({hit for hit in (_date(part) for part in re.split(r"\s{2,}|\n", text)) if hit}) >= 4


def transcript_parse(words: list[Word], *, provider: str = "") -> Transcript | None:
    # Kept whole: one pass down the lines (header, rows, headings its state), then rows read together.
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
    # Kept whole: a row's cells read by role into one course; the roles check each other.
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
