"""The amount of credit and its unit ("1.5 contact hours", "CEUs: 2", "one AAMA CEU"), and how a
certificate splits it across categories (administrative, clinical, general).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from credentials.reader.aama import _AAMA_ANY
from credentials.reader.document import _Doc
from credentials.reader.found import NOT_FOUND, Found, _Line
from credentials.reader.names import _CREDENTIAL

_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
}
_NUM = (
    r"(?P<num>(?<![\d.,/:#-])(?:\d{1,4}(?:\.\d{1,2})?|\.\d{1,2})(?![\d/]|:\d)|"  # not a time, "12:00"
    r"\b(?:" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
    r"(?:\s+and\s+(?:a|one)[\s-]half)?\b|\b(?:one[\s-])?half\b)"
    r"(?:\s*\(\s*(?P<paren>\d{1,4}(?:\.\d{1,2})?)\s*\))?"
)

_CAT = r"(?:(?:administrative|clinical|general|admin)\s+)?"  # "1.5 clinical CEUs"
# (the unit after the number, the unit or how to decide it, rank)
_UNIT_AFTER = [
    (
        _CAT  # "1.0 administrative AAMA CEU"
        + r"AAMA[\s-]*(?:approved\s+)?"
        + _CAT
        + r"(?:CEUs?|CE\s*units?|continuing\s+education\s+units?|credits?)",
        "aama_ceu",
        6,
    ),
    (r"(?:CEUs?|continuing\s+education\s+units?)\s*\(\s*AAMA\s*\)", "aama_ceu", 6),
    (r"NHA\s+(?:CE\s+|continuing\s+education\s+)?credits?(?:\s*\(s\))?", "nha_credit", 6),
    (r"(?:CE|continuing\s+education)\s+credits?(?:\s*\(s\))?\s*\(\s*NHA\s*\)", "nha_credit", 6),
    (r"IACET\s+(?:CEUs?|continuing\s+education\s+units?)", "iacet_ceu", 5),
    (r"(?:CEUs?|continuing\s+education\s+units?)\s*\(\s*IACET\s*\)", "iacet_ceu", 5),
    (r"(?:AMT\s+)?(?:CCP|CEU|CE)\s+points?|AMT\s+points?", "amt", 5),
    (
        r"(?:contact|CE|CEU|CME|clock|continuing\s+education|education|training|instructional|in-?service)\s+"
        r"(?:hours?|hrs?\.?)(?:\s*\(s\))?",
        "contact_hours",
        5,
    ),
    (r"hours?\s+of\s+(?:continuing\s+education|CE|instruction|training|education)", "contact_hours", 5),
    (r"horas?\s+(?:de\s+)?(?:contacto|cr[eé]dito|educaci[oó]n\s+continua)", "contact_hours", 5),  # Spanish
    (r"AMA\s+PRA\s+Category\s+1\s+Credits?(?:\s*\(s\))?", "contact_hours", 5),
    (
        r"(?:semester|quarter)\s+(?:credit\s+)?(?:hours?|units?|credits?)|college\s+credits?|academic\s+credits?",
        "college_credit",
        5,
    ),
    (r"credit\s+hours?|units?\s+of\s+credit", "credit_hours", 4),
    (r"(?:CE|continuing\s+education(?:\s*\(\s*CE\s*\))?)\s+credits?(?:\s*\(s\))?", "ce_credit", 4),
    (_CAT + r"(?:CEUs?|continuing\s+education\s+units?)(?:\s*\(\s*CEUs?\s*\))?", "ceu", 3),
    # Spanish: "1.0 unidad de educación continua (CEU)"
    (r"unidad(?:es)?\s+de\s+educaci[oó]n\s+continua(?:\s*\(\s*CEUs?\s*\))?", "ceu", 3),
    (r"h(?:ou)?rs?\.?\s*(?:and\s+)?(?P<minutes>\d{1,2})\s*min(?:ute)?s?\b", "hours_minutes", 3),
    (r"min(?:ute|uto)?s?\b\.?", "minutes", 3),  # "45 minutes", "90 minutos"
    (r"(?:hours?|hrs?\.?)(?:\s*\(s\))?", "hours", 2),
    (r"credits?(?:\s*\(s\))?", "credits", 1),
]
# A label before the number ("Contact Hours: 1.5", "Total contact hours 3").
_EARNED = r"(?:\s*\(s\))?(?:\s+(?:earned|awarded|approved|granted|offered))?"
_UNIT_BEFORE = [
    (r"AAMA\s+" + _CAT + r"(?:CEUs?|credits?)", "aama_ceu", 6),
    (r"NHA\s+(?:CE\s+)?credits?", "nha_credit", 6),
    (r"IACET\s+CEUs?", "iacet_ceu", 5),
    (r"(?:AMT\s+)?(?:CCP|CEU)\s+points|AMT\s+points", "amt", 5),
    (r"(?:contact|CE|CEU|CME|clock|continuing\s+education)\s+hours?", "contact_hours", 5),
    (r"horas?\s+(?:de\s+)?(?:contacto|cr[eé]dito|educaci[oó]n\s+continua)", "contact_hours", 5),  # Spanish
    (
        r"(?:semester|quarter)\s+(?:credit\s+)?(?:hours?|credits?|units?)|college\s+credits?",
        "college_credit",
        5,
    ),
    (r"credit\s+hours?", "credit_hours", 4),
    (r"(?:CE|continuing\s+education)\s+credits?", "ce_credit", 4),
    (r"CE", "ce_credit", 3),  # "CE: 1", with its colon only
    (_CAT + r"(?:CEUs?|continuing\s+education\s+units?)|continuing\s+education", "ceu", 3),
    (r"(?:total\s+)?(?:hours|duration|length|time)", "hours", 2),
    (r"(?:total\s+)?(?:credits?|units|points)", "credits", 1),
]
_TAG = r"(?:\s*\(\s*(?P<tag>NHA|AAMA|IACET|AMT)\s*\))?"
_AFTER = [(re.compile(rf"{_NUM}\s*-?\s*(?:{p})(?![A-Za-z])", re.IGNORECASE), u, r) for p, u, r in _UNIT_AFTER]
_BEFORE = (
    [
        (re.compile(rf"\b(?:{p}){_EARNED}\s*[:=-]\s*{_NUM}{_TAG}", re.IGNORECASE), u, r)
        for p, u, r in _UNIT_BEFORE
    ]
    + [
        # Without a colon only for a label that names the unit, and only with the number ending the phrase.
        (re.compile(rf"\b(?:{p}){_EARNED}\s+{_NUM}{_TAG}(?=\s*(?:$|[,;(]))", re.IGNORECASE), u, r)
        for p, u, r in _UNIT_BEFORE
        if r >= 4
    ]
    + [
        # A transcript's term totals: "TERM: ATT 2.00  ERN 2.00", "Term totals: Attempted 2.00 Earned 2.00",
        # "TERM CR 4.0": the credits earned, a college's when the page is a transcript (_COLLEGE_SIGNAL).
        (
            re.compile(rf"\bterm\b[^\n]{{0,40}}?\b(?:earned|ern)\s*:?\s*{_NUM}", re.IGNORECASE),
            "credit_hours",
            4,
        ),
        (
            re.compile(rf"\bterm\s+(?:cr|credits?)\s*:?\s*{_NUM}(?!\s*(?:attempted|att)\b)", re.IGNORECASE),
            "credit_hours",
            4,
        ),
    ]
)
_NOT_EARNED = re.compile(
    r"\b(?:requir\w*|need\w*|minimum|maximum|at\s+least|per\s+(?:year|cycle|period)|every|toward|out\s+of|"
    r"remaining|up\s+to\s+a\s+(?:total|maximum))\b",
    re.IGNORECASE,
)
# "One CEU equals ten contact hours": a sentence that defines a unit, not what was earned.
_DEFINITION = re.compile(r"\b(?:equals?|(?:is\s+)?equal\s+to|equivalent\s+to|represents?)\b", re.IGNORECASE)
_COLLEGE_SIGNAL = re.compile(
    r"\b(?:college|university|semester|quarter|transcript|registrar|grade|gpa|term)\b", re.IGNORECASE
)
_NHA_SIGNAL = re.compile(r"\bNHA\b|National\s+Healthcareer", re.IGNORECASE)
_IACET_SIGNAL = re.compile(r"\bIACET\b|International\s+Accreditors\s+for\s+Continuing", re.IGNORECASE)
_CARD_NAME = re.compile(
    r"\b(?:BLS|basic\s+life\s+support|heartsaver|CPR|ACLS|PALS|advanced\s+cardiovascular\s+life\s+support|"
    r"pediatric\s+advanced\s+life\s+support|NRP|neonatal\s+resuscitation|AED|first\s+aid)\b",
    re.IGNORECASE,
)
_CARD_SIGNAL = re.compile(
    r"\b(?:e-?card|card|provider|renew\w*|expir\w*|valid\s+for|American\s+Heart\s+Association|"
    r"Red\s+Cross|Health\s*(?:&|and)\s*Safety\s+Institute|ASHI|instructor|training\s+cent(?:er|re))\b",
    re.IGNORECASE,
)
_MAX_AMOUNT = {
    "aama_ceu": 100,
    "nha_credit": 50,
    "iacet_ceu": 20,
    "contact_hours": 100,
    "college_credit": 30,
    "minutes": 3000,
}


def _number(m: re.Match) -> Decimal | None:
    if m.group("paren"):
        return Decimal(m.group("paren"))
    raw = m.group("num").lower()
    try:
        return Decimal(raw)
    except InvalidOperation:
        pass
    if "half" in raw and not re.search(r"and", raw):
        return Decimal("0.5")
    word = re.split(r"\s+and\s+", raw)[0].strip()
    value = _WORD_NUMBERS.get(word)
    if value is None:
        return None
    return Decimal(value) + (Decimal("0.5") if "half" in raw else 0)


def _resolve_unit(unit: str, amount: Decimal, line: _Line, doc: _Doc, *, aama: bool, tag: str | None):
    """The unit, a rank bonus and a note for a phrase whose unit depends on the rest of the certificate."""
    by_tag = _UNIT_BY_TAG.get((tag or "").upper())
    if by_tag:
        return by_tag
    near = _CREDENTIAL.sub("", line.text)
    if unit == "amt":
        return "contact_hours", 0, "AMT CCP points: one point is one contact hour"
    if unit == "credit_hours":
        return ("college_credit", 0, "") if _COLLEGE_SIGNAL.search(doc.text) else ("contact_hours", 0, "")
    if unit == "ce_credit":
        if _NHA_SIGNAL.search(doc.text):
            return "nha_credit", 1, ""
        return "contact_hours", 0, "CE credits taken as contact hours"
    if unit == "ceu":
        return _ceu_unit(amount, near, doc, aama=aama)
    if unit == "iacet_ceu":
        return "iacet_ceu", 0, _IACET_NOTE
    if unit == "hours":
        return "contact_hours", 0, ""
    if unit == "credits":
        return _credits_unit(near, doc, aama=aama)
    return unit, 0, ""


def _ceu_unit(amount: Decimal, near: str, doc: _Doc, *, aama: bool):
    """ "CEUs": the AAMA's when the AAMA is named beside them (or approved the activity), IACET's when
    IACET is named or the amount is under one, else taken as contact hours."""
    if _AAMA_ANY.search(near) or aama:
        return "aama_ceu", 2, ""
    if _IACET_SIGNAL.search(doc.text):
        return "iacet_ceu", 2, _IACET_NOTE
    if amount < 1:
        return "iacet_ceu", 1, _IACET_NOTE
    return "contact_hours", 0, "CEUs taken as contact hours (no AAMA or IACET named)"


def _credits_unit(near: str, doc: _Doc, *, aama: bool):
    """Bare "credits": whose the certificate says (the NHA's, a college's, the AAMA's), else unknown."""
    if _NHA_SIGNAL.search(doc.text):
        return "nha_credit", 2, ""
    if _COLLEGE_SIGNAL.search(doc.text):
        return "college_credit", 2, ""
    if aama and _AAMA_ANY.search(near):
        return "aama_ceu", 2, ""
    return None, 0, ""


_IACET_NOTE = "IACET: one CEU is ten contact hours"
# A unit named in brackets after the amount ("1.0 CEU (AAMA)") is that body's, whatever else the page says.
_UNIT_BY_TAG = {
    "NHA": ("nha_credit", 0, ""),
    "AAMA": ("aama_ceu", 0, ""),
    "IACET": ("iacet_ceu", 0, _IACET_NOTE),
}


def _amount_unit(doc: _Doc, *, aama: bool) -> tuple[Found, Found]:
    candidates = _amount_candidates(doc, doc.joined, aama=aama) or _amount_candidates(
        doc, doc.pairs, aama=aama
    )
    best = max(candidates, key=lambda c: (c[0], c[1])) if candidates else None
    if (best is None or best[0] < 4) and _is_card(doc):
        line = next((ln for ln in doc.lines if _CARD_NAME.search(ln.text)), None)
        note = "a CPR/BLS provider card counts as one card"
        return doc.found(Decimal(1), 0.8, line, note), doc.found("cpr_card", 0.8, line, note)
    if best is None:
        return NOT_FOUND, NOT_FOUND
    rank, _, amount, unit, line, note, _ = best
    confidence = 0.9 if rank >= 5 else 0.75 if rank >= 3 else 0.55
    if confidence >= 0.9 and _competing_amounts(best, candidates):
        confidence = 0.85
    return doc.found(amount, confidence, line, note), doc.found(unit, confidence, line, note)


def _in_hours(amount: Decimal, unit: str) -> Decimal:
    if unit == "minutes":
        return amount / 60
    if unit == "iacet_ceu":
        return amount * 10
    return amount


def _competing_amounts(best: tuple, candidates: list[tuple]) -> list[tuple]:
    """Other amounts the certificate states as earned that are not the one read, nor the same in another
    unit ("1.0 CEU (10 contact hours)"), nor its parts ("Clinical: 2.0 … Total: 3.5"): the amount is then
    not sure, whichever rule ranked it first."""
    _, _, amount, unit, _, _, _ = best
    hours = _in_hours(amount, unit)
    others = [
        c
        for c in candidates
        if c is not best and not c[6] and _in_hours(c[2], c[3]) != hours and c[2] != amount
    ]
    parts = {c[2] for c in others}
    if parts and sum(parts) == amount:
        return []
    return others


_LENGTH_BEFORE = re.compile(r"\b(?:length|duration|lasted|running\s+time)\b[^.;\d]{0,16}$", re.IGNORECASE)
_NO_CREDIT = re.compile(
    r"\bno\s+(?:CE|CEU|CME|continuing\s+education)?\s*credits?\b|"
    r"\bnot\s+(?:accredited|approved|eligible)\s+for\s+(?:any\s+)?(?:continuing\s+education\s+|CE\s+)?credit|"
    r"\battendance\s+only\b",
    re.IGNORECASE,
)


def _amount_candidates(doc: _Doc, lines: list[_Line], *, aama: bool) -> list[tuple]:
    # Kept whole: each amount phrase passes one sequence of tests (not earned, a definition, too large).
    candidates = []  # (rank, -order, amount, unit, line, note, demoted)
    order = 0
    for line in lines:
        text = line.text
        taken: list[tuple[int, int]] = []
        for pattern, unit, rank in _AFTER + [(p, u, r + 0.5) for p, u, r in _BEFORE]:
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                amount = _number(m)
                if amount is None or amount <= 0:
                    continue
                sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start()), 0)
                if _NOT_EARNED.search(text[sentence_start : m.start()]):
                    continue  # "60 contact hours are required to recertify"
                sentence_end = text.find(". ", m.end())
                if _DEFINITION.search(
                    text[sentence_start : sentence_end if sentence_end >= 0 else len(text)]
                ):
                    continue  # "One CEU equals ten contact hours"
                if unit == "hours_minutes":
                    amount = amount * 60 + int(m.group("minutes"))
                    resolved, bonus, note = "minutes", 0, ""
                elif (
                    unit == "hours"
                    and _LENGTH_BEFORE.search(text[: m.start()])
                    and _NO_CREDIT.search(doc.text)
                ):
                    # "Session length: 2 hours" on a page that offers no credit: how long it ran.
                    amount *= 60
                    resolved, bonus, note = "minutes", 0, "a duration; no credit is offered"
                else:
                    resolved, bonus, note = _resolve_unit(
                        unit, amount, line, doc, aama=aama, tag=m.groupdict().get("tag")
                    )
                if resolved is None or amount > _MAX_AMOUNT.get(resolved, 100):
                    continue
                taken.append((m.start(), m.end()))
                final = rank + bonus
                if unit == "ceu" and resolved == "contact_hours":
                    restated = re.match(
                        r"\s*\(\s*(\d+(?:\.\d+)?)\s*(?:contact\s+|clock\s+)?h(?:ou)?rs?\b",
                        text[m.end() :],
                        re.I,
                    )
                    if restated and Decimal(restated.group(1)) == amount * 10:
                        resolved, note = "iacet_ceu", _IACET_NOTE  # "1.0 CEU (10 contact hours)"
                if resolved == "iacet_ceu":
                    hours = re.search(
                        r"(\d+(?:\.\d+)?)\s*(?:contact\s+|clock\s+)?h(?:ou)?rs?\s*(?:=|equals?|is|are)\s*$",
                        text[: m.start()],
                        re.I,
                    )
                    if hours and Decimal(hours.group(1)) == amount * 10:
                        final += 1  # "3.0 contact hours = 0.3 CEUs": the CEUs are what IACET awards
                demoted = False  # restated or a maximum: not a second amount earned
                if re.search(r"\(\s*$", text[: m.start()]):
                    demoted = True
                    final -= 3  # "0.1 CEU (1 contact hour)": the amount in brackets restates the first
                before = text[max(0, m.start() - 24) : m.start()]
                if re.search(r"\btotal\b[^.;\d]{0,16}$", before, re.I):
                    final += 2  # "Administrative: 2.0 CEUs Clinical: 3.5 CEUs Total: 5.5 CEUs"
                elif re.search(r"\b(?:maximum|max\.?|up\s+to|at\s+most)\b[^.;\d]{0,12}$", before, re.I):
                    demoted = True
                    final -= 3  # "approved for a maximum of 9.0 CEUs": what could be earned, not what was
                order += 1
                candidates.append((final, -order, amount, resolved, line, note, demoted))
    return candidates


def _is_card(doc: _Doc) -> bool:
    names = [ln for ln in doc.lines if _CARD_NAME.search(ln.text)]
    return bool(names) and bool(_CARD_SIGNAL.search(doc.text))


_CATEGORY_WORD = r"(?P<cat>administrative|clinical|general|admin)\b"
_CATEGORY_PATTERNS = [
    re.compile(
        r"\b(?:(?:AAMA\s+|CEU\s+|CE\s+|content\s+|continuing\s+education\s+)?(?:category|categories|categor[ií]a)|"
        r"content\s+(?:area|type)|subject\s+area|(?:CEU|CE|credit)\s+type|type\s+of\s+(?:credit|CEUs?))\s*[:\-]?\s*"
        + _CATEGORY_WORD,
        re.IGNORECASE,
    ),
    re.compile(r"\bCEUs?\s*[:\-]?\s*(?:\(\s*(?P<letter>[ACG6])\s*\)|(?P<copy>©))", re.IGNORECASE),
    re.compile(r"\bCEUs?\s*:?\s*\d+(?:\.\d+)?\s*\(?\s*" + _CATEGORY_WORD, re.IGNORECASE),
    re.compile(r"\bCEUs?\s*\(\s*" + _CATEGORY_WORD + r"\s*\)", re.IGNORECASE),
    # "1.5 AAMA CEUs (1.5 Clinical)": the part in a category, as AAMA approvals print it
    re.compile(r"\bCEUs?\s*\(\s*\d+(?:\.\d+)?\s+" + _CATEGORY_WORD + r"\s*\)", re.IGNORECASE),
    re.compile(
        r"\d\s*(?:\(\s*\d+(?:\.\d+)?\s*\)\s*)?"
        + _CATEGORY_WORD
        + r"\s+(?:AAMA\s+)?(?:CEUs?|continuing\s+education\s+units?)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b" + _CATEGORY_WORD + r"\s+(?:AAMA\s+)?CEUs?\s*:", re.IGNORECASE),
    re.compile(r"\b(?:AAMA\s+)?CEUs?\b[^\n]{0,12}\(\s*(?P<letter>[ACG])\s*\)"),
    # "2.0 CEUs - Clinical - approved by the AAMA", "AAMA approved: 1.5 CEUs, Clinical"
    re.compile(r"\d\s*(?:AAMA\s+)?CEUs?\s*[-–—,]\s*" + _CATEGORY_WORD + r"(?!\s*[A-Za-z])", re.IGNORECASE),
    # "… continuing education units in the general category"
    re.compile(r"\bin\s+the\s+" + _CATEGORY_WORD + r"\s+(?:content\s+)?categor(?:y|ies)\b", re.IGNORECASE),
]


_SPLIT_PART = re.compile(
    r"\b(?P<cat>administrative|clinical|general)\s*(?:AAMA\s+)?(?:CEUs?|hours?|credits?|points?)?\s*[:=\-–]?\s*"
    r"(?P<n>\d{1,2}(?:\.\d{1,2})?)(?!\s*(?:%|/|\d))|"
    r"(?P<n2>\d{1,2}(?:\.\d{1,2})?)\s*(?:AAMA\s+)?(?:CEUs?\s+)?(?:in\s+)?"
    r"(?P<cat2>administrative|admin\b\.?|clinical|general)(?![a-z])",
    re.IGNORECASE,
)


def _category_split(text: str, amount) -> dict[str, Decimal]:
    """Amounts in two or more categories printed on one certificate, when they add up to the amount
    read (the total) or to a total the page states, or no total is printed: a conference's CEUs split
    by session. The first run of categories that adds up wins: a table of sessions ("Clinical 1.5",
    "Clinical 1.0" …) is passed over for the totals by category printed under it."""
    found: list[tuple[str, Decimal]] = []
    for m in _SPLIT_PART.finditer(text):
        category = (m.group("cat") or m.group("cat2")).lower().rstrip(".")
        category = "administrative" if category == "admin" else category  # "1.0 Admin."
        value = Decimal(m.group("n") or m.group("n2"))
        if value > 0:
            found.append((category, value))
    for first in range(len(found)):
        parts: dict[str, Decimal] = {}
        for category, value in found[first:]:
            parts.setdefault(category, value)
        if len(parts) < 2:
            break
        total = sum(parts.values())
        if not isinstance(amount, Decimal) or amount == total or _total_said(text, total):
            return parts
    return {}


def _total_said(text: str, total: Decimal) -> bool:
    # The total itself, not the start of another number ("Total: 2" in "Total: 2.5").
    number = rf"(?:{re.escape(str(total))}|{re.escape(str(total.normalize()))})(?!\.?\d)"
    return bool(
        re.search(
            # "Total: 3.0", "Total AAMA CEUs 3.0" (a table's last row), "3.0 total"
            rf"total\W{{0,12}}(?:[A-Za-z]+\W{{1,3}}){{0,3}}(?:{number})\b|\b(?:{number})\s*(?:\w+\s+){{0,2}}total|"
            # "approved for 3.0 AAMA CEUs", "prior approval by the AAMA for 3.0 continuing education units"
            rf"\b(?:approved\s+)?for\s+(?:a\s+total\s+of\s+)?(?:{number})\s*(?:AAMA\s+)?"
            rf"(?:CEUs?|continuing\s+education\s+units?|contact\s+hours?|credits?)\b",
            text,
            re.I,
        )
    )


def _category(doc: _Doc) -> Found:
    return _category_in(doc, doc.joined) or _category_in(doc, doc.pairs) or NOT_FOUND


def _category_in(doc: _Doc, lines: list[_Line]) -> Found | None:
    for pattern in _CATEGORY_PATTERNS:
        for line in lines:
            m = pattern.search(line.text)
            if not m:
                continue
            groups = m.groupdict()
            if groups.get("copy"):
                value = "clinical"  # tesseract reads "(C)" as "©"
            elif groups.get("cat"):
                word = groups["cat"].lower()
                value = "administrative" if word == "admin" else word
            else:
                value = {"A": "administrative", "C": "clinical", "G": "general", "6": "general"}[
                    groups["letter"].upper()
                ]
            return doc.found(value, 0.85, line)
    return None
