"""The provider: after a label or "by", an accrediting body, a wordmark at the top, a signature's
organisation; candidates voted on when several lines could be it.
"""

from __future__ import annotations

import itertools
import re

from credentials.reader.amounts import _CARD_NAME, _is_card
from credentials.reader.dates import _dates_in
from credentials.reader.document import _Doc
from credentials.reader.found import NOT_FOUND, Found, _Line
from credentials.reader.layout import _HEADING, _TEMPLATE_WORDS, _same_size
from credentials.reader.names import (
    _CONNECTOR_END,
    _ENDORSEMENT,
    _HONORIFIC,
    _NOT_ORG,
    _ORG_WORD,
    _PERSON_NAME,
    _ROLE,
    _TITLED_NAME,
    _known_body,
    _org_line,
    _signatory,
    _unadorned,
)
from credentials.reader.text_cleanup import _size_key

_PROVIDER_BY = re.compile(
    r"\b(?:provided|presented|offered|sponsored|issued|hosted|developed|produced|delivered|conducted|"
    r"awarded|content)\s+by\s*:?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# "Loretta Quinby, LCSW - …", "Howard Lin, PharmD, Medical Science Liaison": a person with a credential.
_SPEAKER = re.compile(
    r"^\s*[A-Z][a-z'-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][\w'-]+){1,2},\s*"
    r"(?!(?i:inc|llc|ltd|corp|co|pc|pllc)\b)[A-Z][A-Za-z]{1,6}\.?(?:\s*\([A-Z]+\))?(?=[,\s]|$)"
)
_PROVIDER_LABEL = re.compile(
    r"^(?:(?!BLS|ACLS|PALS|CPR)[A-Za-z-]+\s+){0,2}provider(?:\s+name)?|"
    r"^training\s+(?:cent(?:er|re)|site|organi[sz]ation)(?:\s+name)?|^(?:institution|organi[sz]ation|school|"
    r"college|university|sponsor|host|employer|facility|company|issuer)(?:\s+name)?",
    re.IGNORECASE,
)
_COLLEGE_NAME = re.compile(
    r"\b(?:(?:[A-Z][\w'&.-]*\s+){1,5}(?:Community\s+|Technical\s+|State\s+)?(?:College|University)"
    r"(?:\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})?|University\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"
)


_LEGAL = r",?\s+(?i:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Corp\.?|Corporation|PLLC|P\.C\.)(?![A-Za-z])"
_LEGAL_NAME = re.compile(
    rf"^(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){{0,5}}{_LEGAL})(?:\s*(?:$|[,|·•]|\s-\s))"
)


def _provider(doc: _Doc, *, title: str | None) -> Found:
    found = _provider_voted(doc, _provider_found(doc, title=title), title=title)
    if found.value and not found.value.lower().startswith(("the ", "american ", "national ")):
        # A brand ("CEUfast", "Relias") whose company name is printed too ("CEUfast, Inc. is accredited ...").
        # Anywhere on a line: "© 2025 PulseWise Learning, LLC · …" names the wordmark's "PulseWise LEARNING".
        legal = re.compile(rf"(?<![\w&'.-]){re.escape(found.value)}{_LEGAL}", re.IGNORECASE)
        for line in doc.lines:
            m = legal.search(line.text.strip())
            if m:
                return Found(m.group(0).strip(), found.confidence, found.where)
    return found


# "Program Director, Meridian Ethics Education Group": a signature block's title, then the organisation.
_SIGNATURE_ORG = re.compile(
    r"^(?:[A-Z][\w.&/-]*\s+){0,4}(?:Director|Coordinator|Manager|Chair|President|Officer|Educator|Registrar|"
    r"Administrator|Specialist|Lead|Head|Dean|Supervisor)\b[\w\s&/-]{0,30},\s*(?P<org>[A-Z].+)$"
)
# "Bayside Professional Learning Institute is accredited by …", "X is an independent provider of …", "The
# X Institute for Healthcare Learning has been granted prior approval by the AAMA …".
_ORG_SUBJECT = re.compile(
    r"^(?:The\s+)?(?P<org>[A-Z][\w&'.-]*(?:,?\s+(?:(?:of|for|and|de)\s+)?[A-Z&][\w&'.-]*){1,7})\s+"
    r"(?:is|has\s+been)\s+(?:(?:an?\s+)?(?:accredited|approved|authori[sz]ed|recogni[sz]ed|designated|"
    r"licensed|granted)\b|an?\s+(?:[\w-]+\s+){0,3}provider\b)"
)
# An organisation printed in capitals at the head of a line, then other words ("BLUEWATER LABORATORY
# SCIENCES Continuing Education Program").
_CAPS_HEAD = re.compile(r"^(?P<org>[A-Z][A-Z&'.-]+(?:\s+[A-Z&][A-Z&'.-]+){1,6})\s+(?=[A-Z][a-z])")


def _org_key(text: str) -> str:
    return _size_key(re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE))


# Words that name a part of any organisation, not which one: "Clinical Education Services", "Staff
# Education Committee", "Continuing Education Division" are departments of the provider named elsewhere.
_GENERIC_WORDS = frozenset(
    [
        "clinical",
        "education",
        "educational",
        "services",
        "service",
        "division",
        "committee",
        "staff",
        "continuing",
        "department",
        "customer",
        "workforce",
        "learning",
        "development",
        "professional",
        "training",
        "center",
        "centre",
        "office",
        "program",
        "programs",
        "nursing",
        "employee",
        "team",
        "unit",
        "quality",
        "compliance",
        "safety",
        "and",
        "&",
        "of",
        "the",
        "for",
        "in-service",
        "inservice",
        "ce",
        "cme",
        "medical",
        "health",
        "patient",
        "support",
        "resources",
        "human",
        "hr",
        "l&d",
        "ed",
        "practice",
        "prevention",
        "control",
        "infection",
        "operations",
        "affairs",
        "extension",
        "outreach",
        "specialist",
        "organizational",
        "organisational",
    ]
)


def _generic_unit(text: str) -> bool:
    words = re.findall(r"[\w&-]+", _unadorned(text).lower())
    return bool(words) and all(w in _GENERIC_WORDS for w in words)


def _a_person(value: str) -> bool:
    return bool(_PERSON_NAME.match(value) or _HONORIFIC.search(value) or _TITLED_NAME.match(value))


# A web address printed on the page ("www.clinedge-ce.com", "harborpoint-pd.org"): its name, which an
# organisation picks after its own.
_SITE = re.compile(
    r"(?<![@\w.-])(?:https?://)?(?:www\.)?(?P<name>[a-z0-9][a-z0-9-]{2,40})\."
    r"(?:com|org|net|edu|us|io|health|care|example)\b",
    re.IGNORECASE,
)


def _named_like(text: str, stem: str) -> bool:
    """Whether ``text`` reads as a name the web address ``stem`` was made from: its letters start with it
    ("Harbor Point …" / harborpoint) or its words' initials spell it ("Tri-County Health Alliance" /
    tcha)."""
    words = re.findall(r"[A-Za-z]+", text)
    if not 2 <= len(words) <= 9 or not text.strip()[:1].isupper() or len(stem) < 3:
        return False
    letters = "".join(words).lower()
    return (len(stem) >= 5 and letters.startswith(stem)) or "".join(w[0] for w in words).lower() == stem


def _provider_voted(doc: _Doc, first: Found, *, title: str | None) -> Found:
    # Kept whole: one vote over every place a provider is named; split, its weights are not seen together.
    """The provider by agreement of independent places a certificate names it: the first reading
    (a "provided by" phrase, a label, the top of the page), a signature block's organisation, an
    "<organisation> is accredited …" sentence, a name in capitals heading a line, and how often
    each is printed. Sure only when two places agree."""
    votes: dict[str, list] = {}  # key -> [weight, value, line, the lines that name it]

    def vote(value: str | None, weight: float, line: _Line | None, place: str) -> None:
        value = _provider_value(value or "")
        if not value or _a_person(value):
            return
        if title and _org_key(value) == _org_key(title):
            return
        entry = votes.setdefault(_org_key(value), [0.0, value, line, set(), set()])
        if entry[1].isupper() and not value.isupper():
            entry[1], entry[2] = value, line  # the name as printed in mixed case
        where = id(line) if line is not None else place
        if where not in entry[3]:  # one line is one place, however many rules find it there
            entry[0] += weight
            entry[3].add(where)
            entry[4].add(place)

    if first.value:
        at = next((ln for ln in doc.lines if first.value.lower() in ln.text.lower()), None)
        vote(first.value, 3 * first.confidence, at, "first")
    head = [ln for ln in doc.lines if ln.page == doc.lines[0].page][:6] if doc.lines else []
    for line, after in itertools.pairwise([*head, None]):
        text = line.text.strip()
        m = _CAPS_HEAD.match(text)
        if m and not _NOT_ORG.search(m.group("org")):
            vote(m.group("org"), 1.5, line, "head")
        if (
            after is not None
            and _same_size(line.size, after.size)
            and len(text.split()) <= 4
            and not _NOT_ORG.search(text)
            and _org_line(f"{text} {after.text.strip()}", title)
            and (not _org_line(text, title) or _CONNECTOR_END.search(text))
        ):
            vote(f"{text} {after.text.strip()}", 2.0, line, "head")  # a name printed over two lines
    role = re.compile(r"\b(?:Director|Coordinator|Manager|Chair|President|Officer|Educator|Registrar|Dean)\b")
    for line, after in itertools.pairwise([*doc.lines, None]):
        text = line.text.strip()
        m = _SIGNATURE_ORG.match(text)
        if m and _org_line(m.group("org"), title):
            vote(m.group("org"), 2.5, line, "signature")
        elif m and _name_phrase(m.group("org")):
            vote(m.group("org"), 1.5, line, "signature")  # a name without a word like "Institute"
        elif after is not None and role.search(text) and len(text) <= 40:
            affiliation = _affiliation(doc.lines, doc.lines.index(line), title)
            if affiliation is not None:
                vote(affiliation.text.strip(), 2.5, affiliation, "signature")  # under a signer's role
        m = _ORG_SUBJECT.match(text)
        if m and not _NOT_ORG.search(m.group("org")) and not _known_body(m.group("org")):
            vote(m.group("org"), 2.0, line, "sentence")
        m = re.search(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<org>[A-Z][^|·•]{4,80})", text, re.IGNORECASE)
        if m:  # the holder's name ends at a separator, a wide gap or a sentence's end
            m = re.match(
                r"(?P<org>.*?)(?:\s{2,}|\s[|·•]|(?<=[a-z]{3})\.(?:\s|$)|\.\s+(?i:all\s+rights)|$)",
                m.group("org"),
            )
        holder = m.group("org").strip() if m else ""
        legal = re.search(_LEGAL + r"(?=\s+[A-Z])", holder)
        if legal:  # "© 2024 Veritrace Medical Devices, Inc. SpiroLink is a trademark of …"
            holder = holder[: legal.end()]
        if holder and _org_line(holder, title):
            vote(holder, 2.0, line, "copyright")  # "© 2024 Clearwater … Network."
        if _org_line(text, title) and not _known_body(text):
            vote(text, 1.0, line, "line")
        m = _LEGAL_NAME.match(text)
        if m and not _NOT_ORG.search(m.group("name")):
            vote(m.group("name"), 1.0, line, "company")  # "Keystone … Network, Inc. · PO Box 4471 · …"
    for line in doc.lines:  # "Harbor Point Professional Development • harborpoint-pd.example"
        for site in _SITE.finditer(line.text):
            stem = site.group("name").split("-")[0].lower()
            # Only a name printed beside it: the address is as often the e-learning platform's.
            for part in re.split(r"\s+[|·•]\s+|\s{2,}|\s+-\s+", line.text):
                if site.group(0) not in part and _named_like(part, stem):
                    vote(part, 2.5, line, "website")
    for key, entry in list(votes.items()):  # "Tri-River SMA" is "Tri-River Society of Medical Assistants"
        full = next(
            (
                e
                for k, e in votes.items()
                if k != key and (_abbreviates(entry[1], e[1]) or _goes_on(entry[1], e[1]))
            ),
            None,
        )
        if full is not None:
            full[0] += entry[0]
            full[3] |= entry[3]
            full[4] |= entry[4]
            del votes[key]
    platforms = _platforms(doc.text)
    if platforms and len(votes) > 1:  # the platform a course was taken on is not who provides it
        for key in [k for k in votes if any(k in p or p in k for p in platforms)]:
            if len(votes) > 1:
                del votes[key]
    if not votes:  # nothing else on the page names it (the first reading was a person, or the title)
        return Found(first.value, min(first.confidence, 0.8), first.where) if first.value else first
    lowered = doc.text.lower()
    for entry in votes.values():
        printed = lowered.count(entry[1].lower())
        if printed >= 2:
            entry[0] += min(2, printed - 1)
            entry[3].add("repeated")
    ranked = sorted(votes.values(), key=lambda e: (e[0], not e[1].isupper()), reverse=True)
    _, value, line, places, _ = ranked[0]
    agreed = len(places) >= 2
    sure = _sure_provider(doc, ranked, first)
    if value.isupper():  # printed in capitals at the top: its mixed-case printing, where there is one
        for m in re.finditer(re.escape(value), doc.text, re.IGNORECASE):
            if not m.group(0).isupper():
                value = m.group(0)
                break
    longer = _extended(value, doc.text, title) or _under_wordmark(value, head)
    if longer:  # "Professional Learning Institute" printed elsewhere as "Northfield Professional …"
        where = next((ln for ln in doc.lines if longer.lower() in ln.text.lower()), line)
        confidence = min(0.85, first.confidence if first.value else 0.85) if agreed else 0.6
        return doc.found(longer, confidence, where, "the organisation's full name as printed on it")
    if first.value and _org_key(first.value) == _org_key(value):
        confidence = 0.92 if sure else 0.85 if agreed else min(first.confidence, 0.8)
        if doc.ocr:  # an OCR reading of a name: never sure (a letter misread is still "agreed")
            confidence = min(confidence, 0.8)
        return Found(first.value, confidence, first.where)
    return doc.found(value, 0.85 if agreed else 0.6, line, "the organisation the certificate names most")


# Words before a name that make it the body vouching for a course, or the software it ran on, not who gave it.
_VOUCHED_BY = re.compile(
    r"\b(?:(?:approv|accredit|recogni[sz]|endors|authori[sz]|sanction|licens|certifi)\w*\s+(?:\w+\s+){0,3}by|"
    r"member\s+of|powered\s+by|(?:hosted|delivered|offered|available|taken)\s+(?:on|through|via)|"
    r"in\s+partnership\s+with|on\s+behalf\s+of|accreditor|accrediting\s+body)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_VOUCHING = re.compile(r"^\s*-?\s*(?:approved|accredited|endorsed|platform|LMS|portal)\b", re.IGNORECASE)


def _sure_provider(doc: _Doc, ranked: list, first: Found) -> bool:
    """Sure of the provider only on a text layer, when separate lines of the page name it in different
    kinds of place: the first reading (a label, "provided by", the letterhead) and a signature block, a
    sentence about it or a copyright line, or three lines in all; when no other organisation is named
    nearly as much; and when it is never named as the body that approves or accredits the course, or the
    platform it was taken on."""
    weight, value, _, places, kinds = ranked[0]
    lines = {p for p in places if p != "repeated"}
    if doc.ocr or "first" not in kinds or len(lines) < 2 or len(kinds) < 2:
        return False
    said = kinds & {"signature", "sentence", "copyright"}
    if first.confidence < 0.7 or not (len(lines) >= 3 or said):  # a guess from a footer is no first reading
        return False
    if len(ranked) > 1 and ranked[1][0] >= 0.5 * weight:
        return False  # another organisation is named nearly as much: the provider, or who accredits it
    name = re.escape(value.lower())
    for line in doc.lines:
        text = line.text.lower()
        for m in re.finditer(name, text):
            before, after = text[max(0, m.start() - 60) : m.start()], text[m.end() :]
            if _VOUCHED_BY.search(before) or _VOUCHING.match(after):
                return False  # "approved by X", "X-accredited", "the X platform"
    return True


# Words that may stand before an organisation's name on a line without being part of it.
_NOT_NAME_WORD = re.compile(
    r"^(?:the|by|of|and|for|at|from|with|in|on|to|our|your|this|that|an?|is|are|was|approved|accredited|"
    r"provided|presented|offered|sponsored|hosted|delivered|certified|authori[sz]ed|issued|awarded|conducted|"
    r"developed|produced|welcome|dear|contact|visit|about|copyright|member|partner|inc|llc)$",
    re.IGNORECASE,
)


def _under_wordmark(value: str, head: list[_Line]) -> str | None:
    """``value`` printed at the top of the page under the first part of the organisation's name, in a
    wordmark ("CRESTMARK" over "REFERENCE LABORATORIES"): the whole name."""
    for above, line in itertools.pairwise(head):
        if _org_key(line.text) == _org_key(value) and _brand_head(above, line):
            return f"{_unadorned(above.text)} {_unadorned(line.text)}"
    return None


def _extended(value: str, text: str, title: str | None) -> str | None:
    """``value`` as printed elsewhere with one to three more capitalised words (or an "&" between them)
    before it on the same line, when those are a name's words (not "by", "the", a role): the
    organisation's full name ("Keel & Compass Practice Consulting, LLC")."""
    if len(value.split()) < 2:
        return None
    pattern = re.compile(
        rf"(?<![\w&'.-])([A-Z][\w&'’.-]*[ \t]+(?:(?:[A-Z][\w&'’.-]*|&)[ \t]+){{0,2}})"
        rf"((?i:{re.escape(value)}))(?![\w&'-])"
    )
    for m in pattern.finditer(text):
        words = m.group(1).split()
        if any(w.endswith("-") for w in words) or any(
            _NOT_NAME_WORD.match(w) or _ROLE.search(w) or _NOT_ORG.search(w) for w in words
        ):
            continue
        if m.start() and text[m.start() - 1] not in " \t\n":
            continue
        longer = f"{' '.join(words)} {m.group(2)}"
        if title and _org_key(longer) == _org_key(title):
            continue
        return longer
    return None


_PLATFORM = re.compile(
    r"(?:(?i:delivered|hosted|offered|available|completed|taken|published)\s+(?i:on|through|via)\s+(?i:the\s+)?"
    r"(?P<a>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})\s+(?:platform|LMS|portal|app|learning\s+management\s+system)"
    r"|(?i:powered\s+by)\s+(?P<b>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3}))"
)


def _brand_head(head: _Line, line: _Line) -> bool:
    """Whether ``head`` is the first part of an organisation's name printed over two lines as a wordmark:
    one or two capitalised words, printed at least as large as the line under it that names the kind of
    organisation ("NORTHBEAM" over "HEALTH LEARNING", "Blue Mesa" over "Medical Assisting Education")."""
    text = _unadorned(head.text)
    words = text.split()
    return bool(
        head.page == line.page
        and 1 <= len(words) <= 2
        and all(re.fullmatch(r"[A-Z][A-Za-z'’&-]+", w) for w in words)
        and head.size >= line.size > 0
        and not _org_line(text, None)
        and not _HEADING.match(text)
        and not _TEMPLATE_WORDS.search(text)
        and not _NOT_ORG.search(text)
        and not _known_body(text)
        and not (len(words) == 1 and text.isupper() and len(text) <= 5)  # a logo's initials ("MVHS")
        and len(text) > 2  # "Ee": a logo as OCR reads it
    )


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with some of its words cut to their initials ("Tri-River SMA",
    "KEYSTONE MA LEARNING NETWORK" for "Keystone Medical Assistant Learning Network, Inc."), at least one of
    them, its company suffix perhaps left off."""
    words = short.split()
    long_words = re.sub(_LEGAL + "$", "", full).split()
    if len(long_words) <= len(words) or not any(re.fullmatch(r"[A-Z]{2,8}", w) for w in words):
        return False

    def spells(i: int, j: int) -> bool:  # words[i:] spell long_words[j:]
        if i == len(words):
            return j == len(long_words)
        word = words[i]
        if j < len(long_words) and word.lower() == long_words[j].lower() and spells(i + 1, j + 1):
            return True
        if not re.fullmatch(r"[A-Z]{2,8}", word):
            return False
        for k in range(j + 1, len(long_words) + 1):  # the initials of long_words[j:k], small words skipped
            initials = "".join(w[0] for w in long_words[j:k] if w[:1].isupper())
            if initials == word and long_words[k - 1][:1].isupper() and spells(i + 1, k):
                return True
            if len(initials) > len(word):
                break
        return False

    return spells(0, 0)


def _goes_on(short: str, full: str) -> bool:
    """Whether ``full`` is ``short`` followed by what kind of body it is ("Silver Lake State Society" / "…
    of Medical Assistants")."""
    return full.lower().startswith(short.lower()) and bool(
        re.match(r"\s+(?:of|for)\s+[A-Z]", full[len(short) :], re.IGNORECASE)
    )


def _platforms(text: str) -> list[str]:
    """The keys of the platforms a certificate says its course was taken on ("Delivered on the X platform",
    "Powered by X"): the software, not the provider."""
    return [_org_key(m.group("a") or m.group("b")) for m in _PLATFORM.finditer(text)]


def _name_phrase(text: str) -> bool:
    """A proper name's words: two to seven capitalised words (small joining words allowed), no digits;
    not a person's name or a role."""
    text = _unadorned(text)
    words = text.split()
    return (
        2 <= len(words) <= 7
        and not re.search(r"[\d@:]", text)
        and all(
            w[:1].isupper() or w.lower() in ("of", "and", "for", "the", "&", "at", "in", "on") for w in words
        )
        and not _PERSON_NAME.match(text)
        and not _TITLED_NAME.match(text)
        and not _ROLE.search(text)
        and not _NOT_ORG.search(text)
    )


def _affiliation(lines: list[_Line], index: int, title: str | None) -> _Line | None:
    """The organisation printed under a signer's role (line ``index``): of the next two lines that name an
    organisation or department, the last (a department, then the organisation it belongs to)."""
    found = None
    for k in (1, 2):
        if index + k >= len(lines) or lines[index + k].page != lines[index].page:
            break
        line = lines[index + k]
        text = line.text.strip()
        if _PERSON_NAME.match(text) or _TITLED_NAME.match(text) or _signatory(lines, index + k):
            break  # the next signer
        if _org_line(text, title) or (_name_phrase(text) and not (title and title.lower() in text.lower())):
            found = line
        elif not re.search(r"\b(?:office|department)\b", text, re.IGNORECASE):
            break
    return found


def _run_on(line: _Line, after: _Line | None) -> str:
    """A name at the top that stops on a joining word ("Colegio Fronterizo de" / "Auxiliares de Salud")
    with the line under it, printed in its size; or goes on under it with one ("… STATE SOCIETY" / "OF
    MEDICAL ASSISTANTS", printed smaller)."""
    text = line.text.strip()
    if after is None or after.page != line.page:
        return text
    if _CONNECTOR_END.search(text) and _same_size(line.size, after.size):
        return f"{text} {after.text.strip()}"
    rest = after.text.strip()
    if re.match(r"(?i:of|for|de|del)\s+[A-Z]", rest) and len(rest.split()) <= 5 and after.size <= line.size:
        return f"{text} {rest}"  # "SILVER LAKE STATE SOCIETY" over "OF MEDICAL ASSISTANTS", smaller
    return text


def _name_goes_on(lines: list[_Line], index: int, rest: str) -> str:
    """The rest of a name a sentence wrapped ("… offered by Hartwell" / "Community College. The course …"):
    the next line's capitalised words up to its first stop, when they end in a kind of organisation."""
    if index + 1 >= len(lines) or not re.search(r"[A-Z][\w&'.-]*$", rest.rstrip()):
        return ""
    m = re.match(r"(?:[A-Z][\w&'’-]*\s+){0,4}[A-Z][\w&'’-]*(?=[.,;]|\s*$)", lines[index + 1].text.strip())
    return f" {m.group(0)}" if m and _ORG_WORD.search(m.group(0)) else ""


def _provider_found(doc: _Doc, *, title: str | None) -> Found:
    # Kept whole: ordered places to look, the first provider found wins; splitting it hides the order.
    lines = doc.joined
    card = _is_card(doc)
    for index, line in enumerate(lines):
        value = None
        m = _PROVIDER_BY.search(line.text)
        if m and not re.search(
            r"\b(?:approved|accredited|recogni[sz]ed)\s+$|"
            r"\b(?:lunch|breakfast|meals?|refreshments|reception|dinner|grant|coffee|snacks|exhibits?|"
            r"exhibit\s+hall|hall|booth|breaks?|materials|parking|wi-?fi|giveaways?|prizes?|support)\s+(?:\w+\s+)?$",
            line.text[: m.start()] + " ",
            re.IGNORECASE,
        ):
            value = _provider_value(m.group("rest") + _name_goes_on(lines, index, m.group("rest")))
            if value and (
                _TITLED_NAME.match(value) or _HONORIFIC.search(value) or _SPEAKER.match(m.group("rest"))
            ):
                value = None  # "presented by Dr. Adebayo Renshaw, PharmD": the speaker, not who gave it
        if value is None:
            m = _PROVIDER_LABEL.match(line.text)
            if m and card and re.match(r"training\s+(?:cent|site|provider)", m.group(0), re.IGNORECASE):
                continue  # a CPR card's training site taught its course; the card is its issuer's
            if m:
                after = line.text[m.end() :]
                if re.match(r"\s*(?:number|no\b|#|id\b|code|approval|statement)", after, re.IGNORECASE):
                    continue
                if re.match(r"\s*:", after):
                    value = _provider_value(after.split(":", 1)[1])
        if value and not (title and value.lower() == title.lower()):
            return doc.found(value, 0.9, line)
    top = [ln for ln in doc.lines if ln.page == doc.lines[0].page][:8] if doc.lines else []
    stacked = _stacked_name(top, title)
    if stacked is not None:
        return doc.found(stacked[0], 0.7, stacked[1], "the organisation's name printed a word or two a line")
    for k, line in enumerate(top):  # the first organisation named at the top: a known body, or "… Institute"
        body = _known_body(line.text)
        if body:
            return doc.found(body, 0.85, line)
        wordmark = (  # "TRELLIS" over "RESPIRATORY SYSTEMS", printed at least twice as large
            k == 1
            and _brand_head(top[0], line)
            and top[0].size >= 1.8 * line.size
            and line.text.strip().isupper()
            and 1 <= len(line.text.split()) <= 3
            and not _HEADING.match(line.text.strip())
            and not re.search(
                r"\b(?:record|certificate|transcript|form|report|card|course)\b", line.text, re.I
            )
        )
        department = k >= 2 and _generic_unit(line.text)  # "Customer Clinical Education" under the name
        if (
            k
            and (_org_line(line.text, title) or wordmark)
            and not department
            and _brand_head(top[k - 1], line)
        ):
            name = f"{_unadorned(top[k - 1].text)} {_provider_value(line.text) or _unadorned(line.text)}"
            return doc.found(
                name, 0.7, top[k - 1], "the organisation's name printed over two lines at the top"
            )
        if _org_line(line.text, title) and not _generic_unit(line.text):
            text = _run_on(line, top[k + 1] if k + 1 < len(top) else None)
            return doc.found(_provider_value(text) or text, 0.7, line, "the organisation named at the top")
    for line in doc.lines:
        body = _known_body(line.text)
        if body:
            return doc.found(body, 0.6, line)
    for line in doc.lines:
        m = _COLLEGE_NAME.search(line.text)
        if m and not _ENDORSEMENT.search(line.text[: m.start()]):
            return doc.found(_provider_value(m.group(0)), 0.6, line)
    for line in doc.joined:  # an organisation's name on a line of its own further down (a footer)
        if _org_line(line.text, title) and not _generic_unit(line.text):
            return doc.found(
                _provider_value(line.text) or line.text, 0.55, line, "an organisation named on it"
            )
        value = _provider_value(line.text)  # "Eastbrook … Collaborative - 77 Dorsey Ave - Refreshments …"
        if value and value != line.text.strip() and _org_line(value, title) and not _generic_unit(value):
            return doc.found(value, 0.5, line, "an organisation named on it")
    for line in doc.lines:  # a company's name starting a footer ("MedBridge, Inc. | 1633 Westlake Ave N")
        m = _LEGAL_NAME.match(line.text.strip())
        if (
            m
            and not _NOT_ORG.search(m.group("name"))
            and not (title and title.lower() in m.group("name").lower())
        ):
            return doc.found(m.group("name"), 0.5, line, "a company named on it")
    first = doc.lines[0].text.strip() if doc.lines else ""
    if re.fullmatch(r"[A-Z][A-Za-z]*[a-z][A-Za-z]*(?:,?\s+(?:Inc|LLC|Ltd)\.?)?", first) and not (
        _NOT_ORG.search(first) or _CARD_NAME.search(first) or (title and title.lower() == first.lower())
    ):
        # A brand alone on the first line ("Relias", "NetCE"): the publisher of the certificate.
        return doc.found(first, 0.45, doc.lines[0], "the name at the top of the certificate")
    return NOT_FOUND


def _stacked_name(top: list[_Line], title: str | None) -> tuple[str, _Line] | None:
    """An organisation's name printed a word or two a line in a narrow column at the top of the page
    ("Ashgrove" / "Medical" / "Assistant" / "Education" / "Network"): three to six such lines of one size."""
    for k, first in enumerate(top):
        run = []
        for line in top[k:]:
            words = line.text.split()
            if (
                not 1 <= len(words) <= 2
                or not _same_size(line.size, first.size)
                or re.search(r"\d", line.text)
                or not all(re.fullmatch(r"[A-Z][\w'’&.-]*|of|for|and|de|&", w) for w in words)
            ):
                break
            run.append(line)
        if any(_org_line(line.text, title) for line in run):
            continue  # "Mercy Clinic" / "Springfield": a name on a line of its own, then its town
        ends = [j for j, line in enumerate(run[:6]) if _ORG_WORD.search(line.text)]
        run = run[: ends[-1] + 1] if ends else []  # the name ends with its kind ("Network"), not "Presents"
        name = " ".join(_unadorned(line.text) for line in run)
        if len(run) >= 3 and _org_line(name, title):
            return name, first
    return None


# A wordmark printed letter-spaced and read back with a gap after its initials ("Evergreen C oast State
# Society of M edical Assistants", "INSTITUTO L ATINO DE S ALUD"): in a name, a lone capital before a word
# in lower case (not a small word) or, all in capitals, before the rest of a word, is that word's first.
# The words of a name written in lower case: small joining words and a company's suffix.
_NAME_SMALL_WORDS = frozenset(
    {"of", "for", "and", "the", "at", "in", "on", "to", "de", "del", "la", "las", "los", "y", "e", "en", "&"}
    | {"inc", "llc", "ltd", "corp", "co"}
)
_SPLIT_INITIAL = re.compile(
    rf"\b([B-HJ-Z]) (?!(?:{'|'.join(sorted(w for w in _NAME_SMALL_WORDS if w.isalpha()))})\b)(?=[a-z]{{2,}})"
)
_SPLIT_INITIAL_CAPS = re.compile(r"\b([B-DF-HJ-NP-TV-XZ]) (?=[A-Z]{3,}\b)")


def _respaced(value: str) -> str:
    value = _SPLIT_INITIAL.sub(r"\1", value)
    return _SPLIT_INITIAL_CAPS.sub(r"\1", value) if value.isupper() else value


_FIELD_WORD = re.compile(
    r"(?:course|date|name|title|site|location|program|session|event|topic|id|number|phone|email|address)",
    re.IGNORECASE,
)


def _provider_value(rest: str) -> str | None:
    value = re.sub(r"^the\s+(?=[A-Z])", "", _respaced(_unadorned(rest)))
    # Two strings drawn without a space between them: the name ends with its kind of organisation
    # ("… Education PartnersHarrisford, Pennsylvania").
    for glued in re.finditer(r"(?<=[a-z])(?=[A-Z][a-z])", value):
        kinds = list(_ORG_WORD.finditer(value[: glued.start()] + " "))
        if kinds and kinds[-1].end() == glued.start():
            value = value[: glued.start()]
            break
    value = re.split(r"(?<=[a-z]{3})\.\s+(?=[A-Z])", value)[0]  # "… Medical Assistants. This program …"
    # "Northwind Safety Training, Inc. No continuing education credit …": the name ends with its suffix.
    legal = re.search(r"\b(?:Inc\.|Ltd\.|Corp\.|L\.L\.C\.)(?=\s+[A-Z])", value)
    if legal:
        value = value[: legal.end()]
    # A second label on the line ends the name ("… Education, LLC Provider Number: 50-18827").
    value = re.split(
        r"\s+(?=(?:(?:Provider|Approval|Course|Certificate|Member|License|Accreditation|Registration)\s+)?"
        r"(?:Number|No\.|ID|#|Phone|Tel|Fax|Address)\b)",
        value,
    )[0]
    value = re.sub(r"^[A-Z]{2,6}\s*[-–|:]\s+(?=[A-Z][a-z])", "", value)  # "RAHS - Redwood Allied …"
    value = re.split(
        r"\s{2,}|\s+[|·•]\s+|\s+-\s+|\s+(?:on|for(?!\s+[A-Z])|in\s+partnership\s+with|is\s+an?|is\s+approved)\s+",
        value,
    )[0]
    # A comma ends the name unless a company suffix follows it ("Keystone Medical Education, Inc.").
    m = re.search(r",(?!\s*(?:inc|llc|l\.l\.c|ltd|corp|pc|pllc|p\.c)\b)", value, re.IGNORECASE)
    if m:
        value = value[: m.start()]
    for hit in reversed(_dates_in(value)):
        value = value[: hit.start]
    # A name's words are capitalised (or a brand's "eLearning"), or small joining words: "Halvorsen Medical
    # Group internal training" ends before "internal".
    words = value.split()
    for index, word in enumerate(words):
        if (
            index >= 2
            and word[:1].islower()
            and not any(c.isupper() for c in word)  # a brand's "eLearning" is a name's word
            and word.lower().strip(".,") not in _NAME_SMALL_WORDS
        ):
            value = " ".join(words[:index])
            break
    value = value.strip(" \"'`;:,-")
    if value.endswith(".") and not re.search(r"\b(?:inc|ltd|corp|co|l\.l\.c|p\.c)\.$", value, re.IGNORECASE):
        value = value.rstrip(".")
    letters = len(re.findall(r"[A-Za-z]", value))
    if letters < 3 or len(value) > 100 or (letters == 3 and " " not in value):  # "EHR", "CE"
        return None
    if _FIELD_WORD.fullmatch(value):
        return None  # "Accredited Provider" over "Course ID …": the next field's name, not an organisation
    if (
        re.search(r"\b(?:has|have|completed|attended)\b", value, re.I)
        or re.match(r"no\s", value, re.I)  # "No continuing education credit"
        or re.match(r"(?:the|an?|our|your|this|its)\s+[a-z]", value)  # "by an authorized training provider"
        or re.match(r"(?:approved|accredited|approval|endorsed)\b", value, re.I)  # "Approved by the NHA"
        or _generic_unit(value)
    ):
        return None  # "has completed the course", "Clinical Education Services": not an organisation's name
    return value
