"""The activity's title: after a label, before an amount, in quotes, or the most prominent line of
the page.
"""

from __future__ import annotations

import re

from credentials.reader import title_model
from credentials.reader.aama import _prose
from credentials.reader.amounts import _AFTER, _CARD_NAME
from credentials.reader.dates import _dates_in
from credentials.reader.document import _HEADING_WORD, _Doc, _is_label
from credentials.reader.found import NOT_FOUND, Found, _Line
from credentials.reader.layout import _HEADING, _TEMPLATE_WORDS, _body_size, _next_same_size, _same_size
from credentials.reader.names import (
    _CONNECTOR_END,
    _HONORIFIC,
    _NOT_ORG,
    _ORG_FOR,
    _PERSON_NAME,
    _bare,
    _known_body,
    _learner_name,
    _org_line,
    _signatory,
)
from credentials.reader.text_cleanup import _size_key

_TITLE_LABELS_STRONG = (
    r"(?:(?:CE|CME|online|education(?:al)?)\s+)?(?:course|activity)(?:\s+(?:title|name))?|"
    r"name\s+of\s+(?:the\s+)?(?:course|activity|program|training|module|webinar)|"
    r"module(?:\s+(?:title|name))?|lesson\s+title|training\s+(?:title|name)|"
    r"webinar(?:\s+(?:title|name))?|title|topic|lesson|in-?service|session\s+title|course\s+completed|"
    r"presentation(?:\s+title)?|seminar|workshop|lecture|subject|program(?:me)?\s*/\s*topic|"
    r"topic\s*/\s*program(?:me)?|in-?service\s+(?:title|topic|name)"
)
_TITLE_LABELS_WEAK = (
    r"program(?:me)?(?:\s+(?:title|name))?|event(?:\s+(?:title|name))?|training|class|session|offering|"
    r"competency(?:\s+(?:title|name))?"
)
_TITLE_LABEL = re.compile(
    rf"^(?:(?P<strong>{_TITLE_LABELS_STRONG})|(?P<weak>{_TITLE_LABELS_WEAK}))(?:\s*(?:#|no\.)\s*[\w.-]*\d[\w.-]*)?"
    r"\s*(?::|\s-\s)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# A form's label and its value on one line without a colon ("COURSE TITLE Medical Terminology …",
# "In-Service Topic Safe Patient Handling …"): only the unmistakable labels, the value capitalised.
_TITLE_LABEL_BARE = re.compile(
    r"^(?P<strong>(?i:(?:course|program(?:me)?|activity|session|webinar|module|training|lesson|event)\s+"
    r"(?:title|name|topic)|in-?service\s+(?:topic|title)|topic))\s+(?P<rest>[A-Z0-9\"“].{5,})$"
)
_COMPLETION_PHRASE = re.compile(
    r"(?:(?:has|have)\s+)?(?:successfully\s+)?(?:"
    r"complet(?:ed|ing)|(?:the\s+)?(?:successful\s+)?completion\s+of|attend(?:ed|ing)|"
    r"participat(?:ed|ing)\s+in|(?:the\s+)?participation\s+in|finish(?:ed|ing)|"
    r"for\s+(?:the\s+)?(?:course|program|activity|webinar|module|training)(?=\s*(?:entitled|titled|:|$)))"
    r"\b(?!\s*(?::\s*(?:$|\S*\d|(?:yes|no|pass(?:ed)?|complete[d]?)\b)|on\b|date|\d{1,4}[/.-]\d))"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "por haber completado satisfactoriamente el curso", "participó en el taller": a Spanish certificate's
# sentence before the course (the title on the next line or after it).
_COMPLETION_PHRASE_ES = re.compile(
    r"(?:por\s+haber\s+(?:completado|concluido|cursado|asistido|participado)|particip[oóé]\s+en|asisti[oó]\s+a|"
    r"complet[oó]|por\s+su\s+(?:participaci[oó]n|asistencia)\s+en)\s+(?:satisfactoriamente\s+)?"
    r"(?:(?:en\s+)?(?:el|la|al|los)\s+)?(?:curso|taller|seminario|programa|conferencia|capacitaci[oó]n|"
    r"m[oó]dulo|sesi[oó]n|webinar|seminario\s+web)?\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"^(?:\d+(?:\.\d+)?\s*(?:-\s*|\s+)(?:contact\s+|clock\s+|CE\s+|credit\s+)?(?:hours?|credits?)\s+(?:of\s+)?"
    r"(?:(?:continuing\s+)?education\s+|training\s+|instruction\s+)?(?:in|on|for)?\s*)?"
    r"(?:(?:all\s+)?(?:the\s+)?requirements?\s+(?:for|of)\s+)?(?:the\s+|an?\s+)?(?:following\s+)?"
    r"(?:(?:online|on-?line|live|virtual|self-?study|web-?based|e-?learning|accredited|approved|"
    r"continuing\s+education|CE|educational|independent\s+study|recorded|home\s+study)\s+)*"
    r"(?:course(?:work)?|activity|program(?:me)?|module|webinar|training|lesson|session|in-?service|seminar|"
    r"workshop|class|event|offering|presentation|lecture|conference|tutorial)?"
    r"(?:\s+(?:entitled|titled|called|named))?\s*[:,\-]?\s*",
    re.IGNORECASE,
)
# "the annual compliance module", "the lunch-and-learn session": what kind of activity, the title follows.
# Lower case only: "the Annual Medical Assisting Conference" is a title.
_GENERIC_REST = re.compile(
    r"^(?:[Tt]he|[Aa]n?|[Tt]his|[Oo]ur|[Tt]heir|[Yy]our)\s+(?:(?:[a-z][\w&'-]*|[A-Z]{2,6})\s+){0,4}?(?:course|module|"
    r"program(?:me)?|activity|session|webinar|training|in-?service|workshop|seminar|class|lesson|presentation|"
    r"lecture|event|conference|offering|tutorial|series|requirements?\s+(?:for|of))(?:\(s\))?\s*:?\s*$"
)
_BOILERPLATE = re.compile(
    r"\b(?:cognitive|skills?\s+(?:evaluations?|tests?|sessions?)|in\s+accordance|curriculum|requirements|"
    r"this\s+(?:certificate|document|card)|is\s+hereby|hereby|learners?|participants?)\b|"
    r"^(?:this|these|your|their|our|all|each|an?\s+evaluation)\b",
    re.IGNORECASE,
)
_TITLE_STOP = re.compile(
    r"\s+(?:on\s+(?=\S*\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|with\s+a\s+(?:grade|score)|"
    r"with\s+(?:a\s+)?(?:passing|final)|earning|and\s+(?:is|has|was|earned|earns|received|awarded)\b|"
    r"for\s+(?:a\s+total\s+of\s+)?(?:\d|(?:one|two|three)\b)|offered\s+by|provided\s+by|presented\s+by|sponsored\s+by|"
    r"approved\s+for|which\s+(?:is|was|has)|worth|\(\d+(?:\.\d+)?\s*(?:contact|CE|hours?|credits?))"
    r"|\s+held\b|\s+(?:conducted|given)\s+(?:on|at)\b"
    r"|[,;]\s*(?:earning|awarded|for\s+\d|on\s+\S*\d|with|an?\s|the\s)",
    re.IGNORECASE,
)
_CONTINUATION_BAD = re.compile(
    r"^(?:and\s+(?:is\b|has\b|was\b|earn|receiv|award)|with\b|on\b|for\s+\d|earning|awarded|is\b|has\b|was\b|"
    r"presented|provided|offered|date|this\b)",
    re.IGNORECASE,
)


# "attended and completed the course …": the second verb of a pair, before what was done.
_CHAINED = re.compile(
    r"^and\s+(?:successfully\s+)?(?:completed|attended|participated\s+in|finished)\s+", re.IGNORECASE
)
_OUR_KIND = re.compile(
    r"^(?:our|your|their)\s+(?=(?:[\w-]+\s+){0,3}?(?:course|webinar|program|module|session|seminar|workshop|"
    r"training|class|lecture|presentation|conference|in-?service)\b)",
    re.IGNORECASE,
)


def _title_before_amount(doc: _Doc) -> tuple[str, _Line] | None:
    """A centred award with no label or phrase: the line just above the amount ("1.5 Contact Hours"), when
    it reads like a title (a few words, no digits, no label, not an organisation or a person's name)."""
    lines = doc.joined
    for index, line in enumerate(lines[1:], start=1):
        if not any(pattern.search(line.text) for pattern, _, _ in _AFTER):
            continue
        above = lines[index - 1]
        text = above.text.strip()
        if (
            above.page == line.page
            and 2 <= len(text.split()) <= 14
            and not re.search(r"[\d:@|]", text)
            and not _is_label(text)
            and not _BOILERPLATE.search(text)
            and not _NOT_ORG.search(text)
            and not (_org_line(text, None) and not re.search(r"\s(?:in|and|for|with|to|the)\s", text))
            and not _known_body(text)
            and not _PERSON_NAME.match(text)
            and not _CARD_NAME.search(text)
        ):
            return _tidy_title(text), above
        return None
    return None


_CAPS_HEADING = re.compile(
    r"^[A-Z\s&/-]+\b(?:RECORD|CERTIFICATE|TRANSCRIPT|VERIFICATION|FORM|VALIDATION|LOG)$"
)
_ORG_NAME_END = re.compile(
    r"\b(?:Society|Association|Institute|Academy|College|University|Foundation|Council|Chapter|Inc\.?|LLC)$"
)


def _could_be_title(line: _Line, *, wraps: bool = False) -> bool:
    """Whether a line may be (part of) a course title by what it says: words, not a heading, a name,
    a date, an amount, a label or an organisation. ``wraps``: the next line is printed in the same size,
    so a line ending in a colon is a title's first part ("Medical Terminology Refresher:"), not a label."""
    text = line.text.strip()
    if wraps and text.endswith(":") and len(text.split()) >= 2:
        text = text[:-1].strip()
    words = text.split()
    if _CAPS_HEADING.match(text) or _ORG_NAME_END.search(text) or _ORG_FOR.match(text):
        return False
    return bool(
        2 <= len(words) <= 18
        and len(re.findall(r"[A-Za-z]", text)) >= 6
        and not _HEADING.match(text)
        and not _TEMPLATE_WORDS.search(text)
        and not _names_something_else(text)
        and not re.match(
            r"^(?:and|or|of|for|with|by|on|in|at|the\s+(?:course|program)|this|these|who|which)\b", text, re.I
        )
    )


def _names_something_else(text: str) -> bool:
    """Whether a line is a person's name, a date, an amount, a label, a contact detail or an
    organisation (one that does not read as a phrase), not a course title."""
    return bool(
        _PERSON_NAME.match(_bare(text))
        or _HONORIFIC.search(text)
        or _dates_in(text)
        or any(pattern.search(text) for pattern, _, _ in _AFTER)
        or _is_label(text)
        or re.search(r"@|www\.|https?:|\(\d{3}\)|\d{3}-\d{4}|#\s*\d|\d{5}", text)
        or _known_body(text)
        or (_org_line(text, None) and not re.search(r"\s(?:in|and|for|with|to|the|of|on|&)\s", text, re.I))
    )


# A line that starts another field ("Speaker" / "Dana Whitfield, MSW", "Session date"): a title printed in
# the same size does not run on into it.
_LABEL_START = re.compile(
    r"^\s*(?:speakers?|presenters?|presented\s+by|instructors?|faculty|date|session\s+date|location|venue)\b",
    re.IGNORECASE,
)
# A course's code on the line after its title ("Course code BRMC-SAF-031"): a labelled title ends before it.
_CODE_LABEL = re.compile(r"^\s*(?:course|item|activity|program)\s+(?:code|id|no\.?|number|#)(?!\w)", re.I)


# Where and at what a course was held, printed under its title in the title's size: not the title's.
_VENUE = re.compile(
    r"\b(?:inn|hotel|hall|resort|convention|auditorium|room|suite|campus|conference|meeting|center|centre|"
    r"annual)\b",
    re.IGNORECASE,
)


def _prominent_title(doc: _Doc) -> tuple[str, _Line] | None:
    # Kept whole: the learner's line, the candidates and the most prominent depend on each other in order.
    """The title by the page's layout: the largest printed line (or run of lines of one size, a title
    wrapped) on the first page that could be a title, when it stands out from the body text, and not
    the learner's name (the line after "This certifies that", "presented to" ...)."""
    lines = [line for line in doc.lines if line.page == doc.lines[0].page] if doc.lines else []
    sized = sorted(line.size for line in lines if line.size > 0)
    if len(sized) < 4:
        return None
    body = _body_size(lines)
    learner = None  # where the learner's name is printed: the course is named after it
    for index, line in enumerate(lines):
        named = _learner_name(lines, index) or (
            line.size >= 1.5 * body and _PERSON_NAME.match(_bare(line.text))
        )
        if line.size >= 1.15 * body and named and not _signatory(lines, index):
            learner = index
            break
    candidates = []
    for index, line in enumerate(lines):
        if line.size < 1.15 * body or not _could_be_title(line, wraps=_next_same_size(lines, index)):
            continue
        if _learner_name(lines, index):
            continue  # the learner's name
        if _signatory(lines, index):
            continue  # a name signed at the foot of the page
        candidates.append(index)
    if learner is not None and any(index > learner for index in candidates):
        # The page's first line is the issuer's letterhead when the course is named after the learner.
        candidates = [index for index in candidates if index > 0]
    best: tuple[float, int] | None = None
    for index in candidates:
        line = lines[index]
        # Of lines printed about as large, the one after the learner's name names the course; a line
        # above it is the page's heading, a slogan or the issuer.
        prominence = line.size * (1.12 if learner is not None and index > learner else 1.0)
        if best is None or prominence > best[0] + 0.6:
            best = (prominence, index)
    if best is None:
        return None
    index = best[1]
    size = lines[index].size
    parts, j = [lines[index].text.strip()], index
    while (
        len(parts) < 4
        and j + 1 < len(lines)
        and _same_size(lines[j + 1].size, size, ocr=doc.ocr)
        and (
            _could_be_title(lines[j + 1])
            or (len(lines[j + 1].text.split()) <= 3 and not _org_line(lines[j + 1].text, None))
            # "Waived Testing and CLIA Compliance" / "for Physician Office Labs", "Managing Difficult
            # Conversations" / "at the Front Desk": a wrapped title's rest
            or (
                re.match(
                    r"(?:for|and|of|in|with|to|on|at|&)\s+(?:(?:the|a|an)\s+)?[A-Z]",
                    lines[j + 1].text.strip(),
                )
                and not _VENUE.search(lines[j + 1].text)
            )
        )
        and not _dates_in(lines[j + 1].text)
        and not _is_label(lines[j + 1].text.strip())
        and not _LABEL_START.match(lines[j + 1].text)
    ):
        parts.append(lines[j + 1].text.strip())
        j += 1
    value = " ".join(parts)
    stop = _TITLE_STOP.search(value)  # "… presented by Northgate Pediatrics" printed in the title's size
    value = _tidy_title(_CODE_FIRST.sub("", value[: stop.start()] if stop else value))
    return (value, lines[index]) if value else None


_QUOTED = re.compile(
    r"(?:complet\w*|attend\w*|participat\w*|finish\w*|program|course|webinar|module|session|training|entitled|"
    r"titled)\s*:?\s*(?:the\s+)?[\"“](?P<title>[A-Z0-9][^\"”]{6,160}?)[\"”]",
    re.IGNORECASE,
)


def _quoted_title(doc: _Doc) -> tuple[str, _Line] | None:
    """A title quoted inside a sentence, read across the sentence's line breaks."""
    for line in _prose(doc.lines):
        m = _QUOTED.search(line.text)
        if m and len(m.group("title").split()) >= 2:
            return _tidy_title(m.group("title")), line
    return None


def _agree(a: str | None, b: str | None) -> bool:
    return bool(a and b) and _size_key(a) == _size_key(b)


# A college's course number ("MED 110", "MAST 214"), not a year ("OSHA 2024").
_COURSE_NUMBER = r"[A-Z]{2,5} (?!(?:19|20)\d\d\b)\d{3,4}[A-Z]?"
# "VX-TRN-300", "BCA-EM102", "#40217", "MED 110": a code, not a title
_BARE_CODE = rf"(?:[A-Z]{{1,6}}-){{1,3}}[A-Z]{{0,4}}\d{{2,6}}[A-Z]?|#?\d{{3,8}}|{_COURSE_NUMBER}"
# A product or course code printed before the title ("VX-TRN-300 VX-300 …", "CC-2291 Chronic …").
_CODE_FIRST = re.compile(rf"^(?:{_BARE_CODE})\s{{2,}}(?=[A-Z])")  # set apart by a wide gap


_TRANSCRIPT = re.compile(
    r"\b(?:transcript|registrar|academic\s+(?:history|record)|student\s+(?:no|number|id)\b)", re.IGNORECASE
)
# A transcript's course row: its code, its title, then its credits ("MA 152 CLINICAL PROCEDURES II  4.0 A",
# "MEDA 1118 __| Introduction to Medical Law and Ethics  2.00 … B+").
_COURSE_ROW = re.compile(
    r"^(?:[A-Z]{2,5}\s?\d{3,4}[A-Z]?)\b[\s_|:.,-]*(?P<title>[A-Za-z][A-Za-z0-9 ,&'/()-]*?[A-Za-z)])"
    r"[\s|:.,;_-]*(?:\b[A-F][+-]?\s+)?\d{1,2}\.\d{1,2}\b"  # its grade perhaps before its credits
)


def _heading_row(text: str) -> bool:
    """A table's row of headings ("COURSE  TITLE  CR HRS  GRADE"): short cells, no digits, one of them
    a column heading the document knows (a grade, credits, hours, a status)."""
    cells = re.split(r"\s{2,}|\s*\|\s*", text.strip())
    return (
        len(cells) >= 3
        and all(re.fullmatch(r"[A-Za-z#./()]+(?: [A-Za-z#./()]+){0,2}", cell) for cell in cells)
        and any(_HEADING_WORD.match(word) for cell in cells for word in cell.split())
    )


def _transcript_course(doc: _Doc) -> tuple[str, _Line] | None:
    """The course of a transcript that shows one: the title of its one course row, without its code."""
    if not _TRANSCRIPT.search(doc.text):
        return None
    rows = [(m, line) for line in doc.lines for m in [_COURSE_ROW.match(line.text.strip())] if m]
    rows = [(m, line) for m, line in rows if len(m.group("title").split()) >= 2]
    if len(rows) != 1:
        return None
    m, line = rows[0]
    return _tidy_title(re.split(r"\s{2,}", m.group("title"))[0]), line


def _rule_titles(doc: _Doc, *, card: bool) -> dict[str, tuple[str, _Line]]:
    # Kept whole: one ordered pass over the lines, the first of each kind kept.
    """Each kind of place a title is printed, with the first title found there: after a strong label
    ("Course Title:"), after a completion phrase ("has completed …"), after a weak label ("Program:"),
    quoted in a sentence, the largest line of the page, the line above the amount, a card's course."""
    lines = doc.joined
    strong = weak = phrase = None
    for index, line in enumerate(lines):
        m = _TITLE_LABEL.match(line.text) or _TITLE_LABEL_BARE.match(line.text)
        if m and _heading_row(line.text):
            continue  # "COURSE  TITLE  CR HRS  GRADE": a table's headings, not a label and its value
        if m:
            value, at = _title_value(m.group("rest"), lines, index)
            if value:
                if m.group("strong") and strong is None:
                    strong = (value, at)
                elif m.groupdict().get("weak") and weak is None:
                    weak = (value, at)
            continue
        if phrase is None:
            m = _COMPLETION_PHRASE.search(line.text) or _COMPLETION_PHRASE_ES.search(line.text)
            if m and not re.search(r"\bdate\s+$|\bdate\s+of\s+$", line.text[: m.start()], re.IGNORECASE):
                rest = _OUR_KIND.sub(
                    "the ", _CHAINED.sub("", m.group("rest"))
                )  # "attending our live webinar, <title>"
                if _BOILERPLATE.search(rest) and not _LEAD_IN.match(rest).group(0).lower().startswith(
                    "requirement"
                ):
                    continue
                rest = "" if _GENERIC_REST.match(rest) else _LEAD_IN.sub("", rest, count=1)
                value, at = _title_value(rest, lines, index)
                if value:
                    phrase = (value, at)
    if strong is None:
        strong = _transcript_course(doc)
    if phrase is not None and len(phrase[0].split()) <= 2:
        # "…completed the online module Managing" / "Difficult Patient Conversations with …": the
        # sentence read whole across its line break.
        for line in _prose(doc.lines):
            m = _COMPLETION_PHRASE.search(line.text)
            if m:
                rest = _OUR_KIND.sub("the ", _CHAINED.sub("", m.group("rest")))
                rest = "" if _GENERIC_REST.match(rest) else _LEAD_IN.sub("", rest, count=1)
                value, at = _title_value(rest, [line], 0)
                if value and len(value.split()) > len(phrase[0].split()):
                    phrase = (value, at)
                break
    # "Course: MED 110 Medical Terminology", "completed HLTH 205 Pharmacology …": the course, not its code.
    strong, phrase, weak = (
        (_LABELLED_CODE.sub("", found[0]), found[1]) if found else None for found in (strong, phrase, weak)
    )
    found = {"strong": strong, "phrase": phrase, "weak": weak, "quoted": _quoted_title(doc)}
    if not card:
        found["prominent"] = _prominent_title(doc)
        found["above_amount"] = _title_before_amount(doc)
    else:
        found["card"] = _card_title(doc)
    return {kind: value for kind, value in found.items() if value}


def _card_title(doc: _Doc) -> tuple[str, _Line] | None:
    for line in doc.lines:
        text = line.text.strip()
        if (
            _CARD_NAME.search(text)
            and len(text) <= 60
            and not re.search(r"complet|success|accordance|this\s+card|association|red\s+cross|:", text, re.I)
        ):
            return _tidy_title(text), line
    return None


# Never a course's name: a field's label and value ("CE Hours: 2", "Location: Suite 4"), a portal's
# breadcrumb ("My Learning › Transcript"), a phrase starting in lower case ("course").
_FIELD_AND_VALUE = re.compile(
    r"^(?:location|venue|date|presenter|speaker|instructor|credits?|ce\s+hours|contact\s+hours|hours|"
    r"grade|grd|score|attempts|employee\s+id|department|learner)\s*:",
    re.IGNORECASE,
)


def _plainly_not_a_title(text: str) -> bool:
    text = text.strip().lstrip("\"'“(")
    return bool(
        _FIELD_AND_VALUE.match(text)
        or len(re.findall(r"\s[›»>]\s", text)) >= 2  # "My Learning › Transcript › …"
        or re.fullmatch(r"[a-z]+(?:\s+[a-z]+){0,2}", text) is not None  # "course", "listed above"
    )


def _title(doc: _Doc, *, card: bool) -> Found:
    """The rules' title where a label or phrase says it plainly and the page's largest line agrees; else
    the one the layout model ranks first. Sure only when the rules and the model agree: independent
    signals (issue 23)."""
    rules = _rule_titles(doc, card=card)
    vote = _title_by_rules(rules)
    if vote and _plainly_not_a_title(vote[0]):
        vote = None
    ranked = title_model.best(doc, rules)
    if ranked is None:
        return doc.found(*vote) if vote else NOT_FOUND
    if vote and ranked.whole(vote[0]) != vote[0]:
        vote = (ranked.whole(vote[0]), min(vote[1], 0.8), vote[2], "joined with the next line")
    if vote and ranked.near_top(vote[0]):
        note = "the layout model ranks it first too"
        return doc.found(
            vote[0], vote[1] if vote[1] >= 0.9 else 0.85, vote[2], f"{vote[3]}; {note}".strip("; ")
        )
    if vote and vote[1] >= 0.85:  # a label or phrase the page's largest line confirms; the model doubts it
        return doc.found(vote[0], 0.8, vote[2], vote[3])
    if ranked.probability < 0.5 and (vote or ranked.probability < 0.3):
        return doc.found(*vote) if vote else NOT_FOUND  # the model doubts its own choice as much
    confident = ranked.probability >= 0.8 and ranked.lead >= 0.3
    return doc.found(
        ranked.whole(ranked.text),
        0.75 if confident else 0.55 if ranked.probability >= 0.5 else 0.35,
        ranked.line,
        "ranked first by the page's layout",
    )


_Vote = tuple[str, float, _Line, str]  # a title, how sure, where it starts, why


def _title_by_rules(rules: dict[str, tuple[str, _Line]]) -> _Vote | None:
    """One ordered vote: a label, a phrase, a weak label, each confirmed by the page's largest line."""
    strong, phrase, weak = rules.get("strong"), rules.get("phrase"), rules.get("weak")
    if strong is None and phrase is not None:
        quoted = rules.get("quoted")
        if quoted and _size_key(quoted[0]) != _size_key(phrase[0]):
            phrase = quoted  # "… for completing “Front Desk Customer Service Excellence” on …"
    prominent = rules.get("prominent")
    for found, confidence in ((strong, 0.85), (phrase, 0.75), (weak, 0.7)):
        if not found or not re.match(r"[\"'“(]?[A-Z0-9]", found[0]):
            continue  # a title starts with a capital or a digit: "listed above" is a sentence's end
        if prominent and _agree(found[0], prominent[0]):
            return found[0], 0.97, found[1], "the largest line of the page says the same"
        if prominent and _size_key(prominent[0]).startswith(_size_key(found[0])):
            # The label's value is the first line of a title the page prints wrapped over lines.
            return prominent[0], 0.9, prominent[1], "joined with the line(s) below, in the same size"
        return found[0], confidence, found[1], ""
    if prominent:
        return prominent[0], 0.6, prominent[1], "the largest line of the page"
    if "card" in rules:
        return rules["card"][0], 0.7, rules["card"][1], "the card's course name"
    if "above_amount" in rules:
        return rules["above_amount"][0], 0.5, rules["above_amount"][1], "the line above the amount"
    return None


def _title_value(rest: str, lines: list[_Line], index: int) -> tuple[str | None, _Line]:
    # Kept whole: one walk down a wrapped title's lines, each test stopping or joining the next.
    """The title starting at ``rest`` (the end of line ``index``), or on the next line(s) when it is empty;
    and the line it starts on."""
    rest = rest.strip()
    parts = []
    j = index
    if not rest or not re.search(r"[A-Za-z]{3}", rest) or re.fullmatch(_BARE_CODE, rest):
        code = bool(rest)
        j = index + 1
        if j >= len(lines) or lines[j].page != lines[index].page:
            return None, lines[index]
        rest = lines[j].text
        if (
            _TITLE_LABEL.match(rest)
            or (_dates_in(rest) and len(_dates_in(rest)[0].text) > len(rest) / 2)
            or re.fullmatch(_BARE_CODE, rest.strip())  # "Course" / "TAHI-EKG-09": the label names a code
            # "Course: TAHI-EKG-09" / "Credits are accepted by …": a code, then a sentence, not a title
            or (code and (rest.rstrip().endswith(".") or len(rest.split()) > 14))
        ):
            return None, lines[index]
    start = lines[j]
    parts.append(rest)
    # A title wrapped over two lines: the first ends mid-phrase, or the second continues in lower case.
    while len(parts) < 4 and j + 1 < len(lines) and lines[j + 1].page == lines[j].page:
        current, following = parts[-1], lines[j + 1].text
        stop = _TITLE_STOP.search(current)
        if stop:
            break
        if current.count('"') % 2 == 1:
            parts.append(following)  # a quoted title runs on to its closing quote
            j += 1
            continue
        if (
            _CONTINUATION_BAD.match(following)
            or _LABEL_START.match(following)  # "Session date", "Speaker": the next field
            or _CODE_LABEL.match(following)  # "Course code BRMC-SAF-031"
            or _dates_in(following)
            or ":" in following
            or current.rstrip().endswith('"')
            or any(pattern.search(following) for pattern, _, _ in _AFTER)
        ):
            break
        if (
            _CONNECTOR_END.search(current)
            or (following[:1].islower() and len(following.split()) <= 6)
            or _wrapped(current, following)
            or _wrapped_by_size(lines[j], lines[j + 1], current)
        ):
            parts.append(following)
            j += 1
            continue
        break
    columns = re.split(r"\s{2,}", " ".join(parts).strip())  # a wide gap: the next column
    value = re.split(r"(?<=[a-z]{3})\.\s+(?=[A-Z])", columns[0])[0]  # a sentence ends the title
    whose = re.sub(r"^(?:an?|the)\s+|\s+\S+$", "", value, flags=re.IGNORECASE)
    if re.search(r"\s(?:course|program(?:me)?|module|class|training|webinar)$", value, re.IGNORECASE) and (
        _ORG_NAME_END.search(whose) or _known_body(whose)
    ):
        return None, start  # "a Cardinal Lifesaving Institute course": whose course, not which
    if len(columns) > 1 and re.fullmatch(_BARE_CODE, value):
        value = columns[1]  # a course code in the first column, the title in the next
    stop = _TITLE_STOP.search(value)
    if stop:
        value = value[: stop.start()]
    for hit in reversed(_dates_in(value)):
        value = value[: hit.start]
    value = _tidy_title(value)
    if (
        not value
        or len(re.findall(r"[A-Za-z]", value)) < 3
        or len(value) > 200
        or _BOILERPLATE.search(value)
        or re.match(r"^(?:certificate|this\s+certifies|presented\s+to)", value, re.IGNORECASE)
        or _is_label(value)  # "Credits Earned", a caption
        or any(pattern.fullmatch(value) for pattern, _, _ in _AFTER)  # "1.5 Contact Hours"
    ):
        return None, start
    return value, start


def _wrapped(current: str, following: str) -> bool:
    """A long title line printed wrapped: the next line a short title-case run of words with a small word
    in it ("Calculations and Safe Administration"), no digits, not a label, organisation or name."""
    return (
        len(current) >= 45
        and len(following) < len(current)
        and 2 <= len(following.split()) <= 6
        and bool(re.fullmatch(r"[A-Z][\w'&/-]*(?:\s+[\w'&/()-]+)+", following))
        and bool(re.search(r"\s(?:and|of|for|in|to|with|the|&)\s", following, re.IGNORECASE))
        and not _NOT_ORG.search(following)
        and not _org_line(following, None)
        and not _BOILERPLATE.search(following)
    )


def _wrapped_by_size(line: _Line, following: _Line, current: str) -> bool:
    """A title line printed wrapped, told by the layout: the next line in the same size, shorter, a
    run of words (not a label, date, amount, name or sentence), after a line long enough to wrap."""
    text = following.text.strip()
    return (
        _same_size(line.size, following.size)
        and len(current) >= 30
        and not current.rstrip().endswith((".", "!", "?"))
        and 1 <= len(text.split()) <= 10
        and re.match(r"[A-Za-z(]", text) is not None
        and not re.match(r"^[A-Z]{2,}(?:\s+[A-Z]{2,})*\s+[A-Z][a-z]", text)  # "DELIVERY METHOD Home Study"
        and not _TEMPLATE_WORDS.search(text)
        and not _PERSON_NAME.match(text)
        and not _HONORIFIC.search(text)
        and not _dates_in(text)
        and not re.match(
            r"(?:registered|registration|issued|printed|expires?|date|time|location|venue|presented|"
            r"instructor|faculty|credits?|hours?)\b",
            text,
            re.IGNORECASE,
        )
    )


# A course code in brackets after the title ("… Common Pitfalls (QH-CL-207)"), or the weekday a sentence
# went on with ("… for Care Teams on Saturday, March 8"): not the title's.
_TRAILING_CODE = re.compile(r"\s*\((?=[A-Z0-9-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+)+\)$")
_TRAILING_WEEKDAY = re.compile(r"\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.IGNORECASE)


# A course code before the title on its line ("MAST 214, Pharmacology …", "BCA-EM102 Evaluation and …"):
# the page's readers type the title without it. Not a product's name ("VX-300 Monitor") or a year ("OSHA
# 2024: …").
_CODE_LEAD = re.compile(
    rf"^(?:[A-Z]{{2,6}}-[A-Z]{{1,4}}\d{{2,6}}[A-Z]?\s+|{_COURSE_NUMBER}\s*(?:,|\s-)\s+)(?=[A-Z][a-z]+\s+\S)"
)
# The same after a label or a completion phrase, with no mark between: "Course: MED 110 Medical Terminology".
_LABELLED_CODE = re.compile(rf"^{_COURSE_NUMBER}\s+(?=[A-Z][a-z]+\s+\S)")


def _tidy_title(value: str) -> str:
    value = re.sub(r"\s+", " ", value).strip()
    value = _CODE_LEAD.sub("", value)
    value = value.strip(" \"'`*_")
    value = re.sub(r"[\s.,;:\-]+$", "", value)
    value = value.strip(" \"'`")
    value = _TRAILING_WEEKDAY.sub("", _TRAILING_CODE.sub("", value))
    return value
