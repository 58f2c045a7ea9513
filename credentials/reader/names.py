"""Who and what a line names: a person (a learner, a signatory and their role) or an organisation
(the accrediting bodies, words that end an organisation's name).
"""

from __future__ import annotations

import re

from credentials.reader.found import _Line

# A line that stops on a joining word or mark ("Anaphylaxis Recognition and", "Colegio Fronterizo de"):
# what it names goes on in the next line, a title's or an organisation's.
_CONNECTOR_END = re.compile(
    r"(?:\b(?:and|of|for|in|to|with|on|the|a|an|at|by|from|&|vs\.?|de|del|y)|[-:,/&])\s*$", re.IGNORECASE
)
_CREDENTIAL = re.compile(r"\bCMA\s*\(\s*AAMA\s*\)", re.IGNORECASE)
_PERSON_NAME = re.compile(
    r"^[A-Z][a-z'-]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z'-]+(?:-[A-Z][a-z']+)?(?:,?\s+[A-Z]{2,5}(?:\s*\([A-Z]+\))?)?$"
)
# A line that hands over to the learner's name on the next line.
_NAME_NEXT = re.compile(
    r"(?:certif(?:y|ies)(?:\s+that)?|presented\s+to|awarded\s+to|granted\s+to|issued\s+to|"
    r"conferred\s+(?:up)?on|recogni[sz]es|se\s+otorga\s+a|otorgad[oa]\s+a|se\s+hace\s+constar\s+que|"
    r"se\s+certifica\s+que|a\s+favor\s+de|this\s+is\s+to\s+(?:certify|acknowledge)(?:\s+that)?|"
    r"acknowledges\s+that|name(?:\s+of\s+(?:participant|learner|attendee))?|participant|learner|attendee)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(r",\s*(?:CMA|RMA|CCMA|CMAC|NCMA|RN|LPN|LVN|MA|CPT|CNA|BSN|MSN|MD|DO|PT|DPT)\b")


# A title or role a signatory prints under the name; a credential after a name.
_ROLE = re.compile(
    r"\b(?:Director|Coordinator|Manager|Chair(?:person)?|President|Officer|Educator|Registrar|Dean|Instructor|"
    r"Administrator|Supervisor|Faculty|Presenter|Speaker|Trainer|Preceptor|Validator|Secretary|Head)\b"
)
_TITLED_NAME = re.compile(
    r"^(?:Dr|Dra|Mr|Mrs|Ms|Mx|Prof)\.?\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:,\s*[A-Za-z.]{2,8}){0,3}$"
)


def _signatory(lines: list[_Line], index: int) -> bool:
    """Whether line ``index`` is a person's name signed on the page: a titled name ("Dr. …"), or a short
    line printed again as the start of another line with a credential ("Jane Roe" / "Jane Roe, RN"), or
    printed twice, or followed by a signer's role ("Executive Director")."""
    text = lines[index].text.strip()
    if _TITLED_NAME.match(text):
        return True
    words = text.split()
    if not 2 <= len(words) <= 4 or re.search(r"[\d:]", text) or not all(w[:1].isupper() for w in words):
        return False
    for j, other in enumerate(lines):
        if j == index or other.page != lines[index].page:
            continue
        o = other.text.strip()
        if o == text and abs(j - index) <= 2:
            return True  # a name and its printed copy under the signature line
        if o.startswith(text + ",") and len(o) - len(text) <= 24:
            return True  # "Jane Roe, CMA (AAMA)"
    nxt = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    return bool(nxt) and len(nxt.split()) <= 5 and bool(_ROLE.search(nxt)) and not _ROLE.search(text)


def _bare(text: str) -> str:
    """A line without the specks and stray punctuation a scan leaves at its end ("Lashonda Greer .-")."""
    return re.sub(r"[\s.,;:_'\"|~-]+$", "", text.strip())


def _learner_name(lines: list[_Line], index: int) -> bool:
    """Whether line ``index`` is the learner's name: after "This certifies that", "presented to" …, or a
    short line before "has successfully completed"."""
    if index and _NAME_NEXT.search(lines[index - 1].text.strip()):
        return True
    if index + 1 >= len(lines):
        return False
    following = lines[index + 1].text.strip()
    if (
        re.match(r"^(?:has|have|who|for\s+(?:successfully|completing|attending))\b", following, re.I)
        and len(lines[index].text.split()) <= 5
    ):
        return True
    # A name's shape (two to four capitalised words, no small joining words), then the sentence about
    # what that person did, in lower case: "attended the", "in recognition of attendance at …".
    words = _bare(lines[index].text).split()
    return bool(
        2 <= len(words) <= 4
        and all(re.fullmatch(r"[A-Z][\w'’.-]*,?", w) for w in words)
        and not _ORG_WORD.search(lines[index].text)
        and re.match(
            r"^(?:attended|completed|participated|successfully|in\s+recognition|is\s+(?:hereby\s+)?"
            r"(?:awarded|recogni[sz]ed|granted)|upon\s+completion|for\s+(?:the\s+)?(?:successful|completion|"
            r"participation|attendance|completing|attending)|"
            # Spanish: "Por su asistencia a la capacitación", "por haber completado", "asistió a"
            r"(?i:por\s+(?:su\s+(?:asistencia|participaci)|haber\s+|completar)|ha\s+completado|asisti[oó]|"
            r"particip[oó]|complet[oó]))",
            following,
        )
    )


_KNOWN_BODIES = re.compile(
    r"American\s+Association\s+of\s+Medical\s+Assistants|AAMA\s+e-?Learning\s+Cent(?:er|re)|"
    r"National\s+Healthcareer\s+Association|American\s+Medical\s+Technologists|American\s+Heart\s+Association|"
    r"American\s+Red\s+Cross|National\s+Center\s+for\s+Competency\s+Testing|"
    r"American\s+Medical\s+Certification\s+Association|Health\s*(?:&|and)\s*Safety\s+Institute|"
    r"American\s+Safety\s*(?:&|and)\s*Health\s+Institute|National\s+Safety\s+Council|"
    r"American\s+Academy\s+of\s+Professional\s+Coders|American\s+Health\s+Information\s+Management\s+Association|"
    r"American\s+Registry\s+of\s+Medical\s+Assistants|National\s+Association\s+for\s+Health\s+Professionals|"
    r"American\s+Society\s+of\s+Phlebotomy\s+Technicians|National\s+Phlebotomy\s+Association|"
    r"American\s+Society\s+for\s+Clinical\s+Pathology",
    re.IGNORECASE,
)
_ENDORSEMENT = re.compile(
    r"\b(?:approv\w*|accredit\w*|recogni[sz]\w*|endors\w*|authori[sz]\w*|sanction\w*)\s+(?:\w+\s+){0,4}by\s*"
    r"(?:the\s+)?$|"
    r"\b(?:curriculum|guidelines|standards)\s+of\s+(?:the\s+)?$|\bmember\s+of\s+(?:the\s+)?$|"
    r"\bin\s+accordance\s+with\s+(?:the\s+)?$|\bfor\s+(?:the\s+)?$|\bsubmitted\s+to\s+(?:the\s+)?$|"
    # "la aprobación previa de la AAMA", "aprobado por la AAMA": a Spanish page's approving body
    r"\baprobaci[oó]n\s+(?:\w+\s+){0,2}(?:de|por)\s+(?:la\s+|el\s+)?$|"
    r"\b(?:aprobad[oa]|acreditad[oa]|reconocid[oa])\s+por\s+(?:la\s+|el\s+)?$",
    re.IGNORECASE,
)
_ORG_WORD = re.compile(
    r"\b(?:inc\.?|llc|l\.l\.c\.|ltd\.?|corp\.?|corporation|academy|institute|center|centre|college|university|"
    r"health|healthcare|hospital|hospitals|association|learning|education|school|clinic|clinics|system|network|"
    r"society|foundation|services|group|partners|webinars|solutions|medical\s+center|laboratories|council|"
    r"red\s+cross|ceufast|online|pediatrics|medicine|physicians|associates|medical\s+group|urgent\s+care|"
    r"chapter|alliance|federation|coalition|department|"
    r"collaborative|consortium|"
    r"cl[ií]nica|centro|instituto|asociaci[oó]n|fundaci[oó]n|universidad|sociedad|colegio|escuela|hospital\w*)\b",
    re.IGNORECASE,
)
_NOT_ORG = re.compile(
    r"\b(?:certificate|certifies|certify|award(?:ed)?|recognition|transcript|record|completion|completed|"
    r"presented|hereby|successfully|attendance|participation|achievement|director|instructor|signature|"
    r"coordinator|chair|president|manager|office$|"
    r"department\s+of|office\s+of|page|dear|this|has|for|to\s+whom|held\s+(?:at|in|on)|venue|courtesy|"
    r"on-site)\b|:|@|www\.|https?:|\b(?:CMA|RMA|CCMA|RN|LPN|MD|CPT)\b",
    re.IGNORECASE,
)


def _unadorned(text: str) -> str:
    """A line without the ornaments printed around it ("~ Willowbrook Clinical Learning Center ~")."""
    # and the specks a copier leaves before it ("_.STONEBRIDGE MEDICAL CENTER")
    return text.strip().strip("~*•·=_|◆●✦★☆◇»«").lstrip("._,;:'\"`~ ").strip()


# "Clearwater Institute for Health Careers": an organisation named "<kind> for <purpose>".
_ORG_FOR = re.compile(
    r"^(?:[A-Z][\w&'.-]*\s+){1,4}(?:Institute|Center|Centre|Academy|College|School|Society|Association|"
    r"Council|Foundation|Alliance|Network)\s+(?:for|of)\s+(?:[A-Z][\w&'.-]*\s*){1,4}$"
)


def _org_line(text: str, title: str | None) -> bool:
    text = _unadorned(text)
    if re.search(r"[a-z]{3,}[.!]\s+\S", text):
        return False  # "Rooted in community. Growing health.": a slogan, not a name
    if _ORG_FOR.match(text) and not (title and title.lower() in text.lower()) and len(text) <= 70:
        return True
    return bool(
        _ORG_WORD.search(text)
        and not _NOT_ORG.search(text)
        and not _ROLE.search(text)  # "Chief Learning Officer": a signer's role
        and 2 <= len(text.split()) <= 9
        and len(text) <= 70
        and not re.search(r"\d{3}", text)
        and not (title and title.lower() in text.lower())
        and re.match(r"[A-Z0-9]", text)
    )


def _known_body(text: str) -> str | None:
    clean = _CREDENTIAL.sub("", text)
    for m in _KNOWN_BODIES.finditer(clean):
        if _ENDORSEMENT.search(clean[: m.start()]):
            continue
        return re.sub(r"\s+", " ", m.group(0))
    return None
