"""Whether the certificate says the AAMA approved the activity, not merely names the AAMA."""

from __future__ import annotations

import re

from credentials.reader.document import _Doc
from credentials.reader.found import Found, _Line
from credentials.reader.names import _CREDENTIAL

_AAMA_NAME = r"(?:the\s+)?(?:AAMA|American\s+Association\s+of\s+Medical\s+Assistants(?:\s*\(AAMA\))?)"
_AAMA_POSITIVE = re.compile(
    r"|".join(
        [
            rf"approv(?:ed|al)\b[^.;\n]{{0,60}}?\bby\s+{_AAMA_NAME}",
            # Spanish: "la aprobación previa de la AAMA", "aprobado por la American Association …"
            rf"aprobaci[oó]n\s+(?:previa\s+)?(?:de|por)\s+(?:la\s+|el\s+)?{_AAMA_NAME}",
            rf"aprobad[oa]\s+por\s+(?:la\s+|el\s+)?{_AAMA_NAME}",
            rf"{_AAMA_NAME}[\s-]*approved",
            rf"{_AAMA_NAME}\s+(?:has\s+)?approved",
            r"\bAAMA\s+CEUs?\b",
            r"\bAAMA\s+(?:continuing\s+education\s+units?|CE\s+units?|credits?)\b",
            r"\bCEUs?\s*\(\s*AAMA\s*\)",
            r"\bAAMA\s*(?:course|approval|activity|program|ceu|approved\s+course)?\s*(?:number|no\.?|#|code|id)\s*[:#.]?\s*\d{5,7}\b",
            r"\bAAMA\s*#\s*\d{5,7}\b",
        ]
    ),
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|no(?!\s*[.,:#]|\s*\d)|non|isn't|wasn't|hasn't|haven't|without|ineligible|pending|applied\s+for|awaiting|"
    r"has\s+been\s+submitted|will\s+be\s+submitted|has\s+been\s+requested)\b",
    re.IGNORECASE,
)
# "AAMA CEU approval pending", "AAMA CEUs: applied for", "AAMA approval not yet granted", "AAMA CEU: approval
# not requested": said after it.
_NEGATED_AFTER = re.compile(
    r"\s*[:,-]?\s*(?:approval\s+)?(?:is\s+|was\s+|has\s+been\s+)?(?:still\s+)?"
    r"(?:pending|applied\s+for|requested|awaited|"
    r"not\s+(?:yet\s+)?(?:granted|approved|available|requested|sought|applied\s+for|submitted))\b",
    re.IGNORECASE,
)
_AAMA_ANY = re.compile(r"\bAAMA\b|American\s+Association\s+of\s+Medical\s+Assistants", re.IGNORECASE)


_DISCLAIMER = re.compile(
    r"\bin\s+no\s+way\b|\bdoes\s+not\s+(?:imply|constitute|indicate)\b|\bendorse(?:ment|s)?\b", re.IGNORECASE
)


def _sentences(lines: list[_Line]):
    for line in lines:
        for sentence in re.split(r"(?<=[a-z)])\.\s+", line.text):
            yield sentence, line


def _prose(lines: list[_Line]) -> list[_Line]:
    """The lines with each sentence printed over several lines joined into one (a line of six or more
    words that does not end a sentence runs on), so that "… is not approved for" / "AAMA CEUs." is read
    as one statement."""
    out: list[_Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.page == line.page
            and len(previous.text.split()) >= 6
            and not re.search(r"[.!?:]\s*$", previous.text)
        ):
            out[-1] = _Line(
                f"{previous.text} {line.text}", line.page, min(previous.conf, line.conf), previous.size
            )
        else:
            out.append(line)
    return out


def _aama(doc: _Doc) -> Found:
    prose = _prose(doc.lines)
    found = _aama_in(doc, prose)
    negative_said = found.value is False and found.confidence >= 0.5 and "not AAMA-approved" in found.where
    if found.value is not True and not negative_said:
        found = _aama_in(doc, doc.joined, found)
        if found.value is not True:
            found = _aama_in(doc, doc.pairs, found)  # a statement a line break cut in two
    return found


def _aama_in(doc: _Doc, lines: list[_Line], fallback: Found | None = None) -> Found:
    """Approval by what the certificate says of it, statement by statement: sure only when two
    statements say it is approved and none says it is not, or one says it is not and none that it is."""
    negative = None
    positive: list[_Line] = []
    for sentence, line in _sentences(lines):
        clean = _CREDENTIAL.sub("CMA", sentence)
        if _DISCLAIMER.search(clean):
            continue  # "prior approval in no way constitutes endorsement by the AAMA": says nothing of it
        said = False
        for m in _AAMA_POSITIVE.finditer(clean):
            if (
                _NEGATION.search(clean[: m.end()])
                or re.match(r"\s*[:?]\s*(?:no|none|n/a)\b", clean[m.end() :], re.I)
                or _NEGATED_AFTER.match(clean[m.end() :])
            ):
                negative = negative or line
                said = True
                break
            if not any(p is line for p in positive):
                positive.append(line)
            said = True
            break
        if (
            not said
            and negative is None
            and _AAMA_ANY.search(clean)
            and _NEGATION.search(clean)
            and re.search(r"approv|CEU", clean, re.IGNORECASE)
        ):
            negative = line
    if positive and negative is None:
        return doc.found(True, 0.95 if len(positive) >= 2 else 0.85, positive[0])
    if negative is not None:
        return doc.found(False, 0.7 if positive else 0.9, negative, "says it is not AAMA-approved")
    if fallback is not None:
        return fallback
    return doc.found(False, 0.6, None, "Nothing on the certificate says it is AAMA-approved")
