"""The title chosen by a small learned model: every line of the first page (and each line joined with
the one or two below it) and every rule's title are candidates; each is described by what the page
shows about it (how large it is printed, where, what stands around it, which rules found it) and scored
by a random forest fitted on certificates of many layouts (``title_model.json``, fitted by
``scripts/train_title_model.py``). Hand-written rules learn the layouts they are shown; the weights
are fitted on one set of certificates and measured on others nobody tuned on (docs/certificate-reading.md).
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from credentials.reader.amounts import _AFTER
from credentials.reader.dates import _dates_in
from credentials.reader.document import _Doc, _is_label
from credentials.reader.found import _Line
from credentials.reader.layout import _HEADING, _TEMPLATE_WORDS, _body_size, _same_size
from credentials.reader.names import (
    _CONNECTOR_END,
    _HONORIFIC,
    _PERSON_NAME,
    _bare,
    _known_body,
    _learner_name,
    _org_line,
    _signatory,
)
from credentials.reader.text_cleanup import _size_key

MODEL_PATH = Path(__file__).with_name("title_model.json")
RULE_KINDS = ("strong", "phrase", "weak", "quoted", "prominent", "above_amount", "card")
_COURSE_WORD = re.compile(
    r"\b(?:course|module|webinar|training|seminar|workshop|in-?service|conference|session|lecture|program)\b",
    re.I,
)
_COMPLETION_NEAR = re.compile(
    r"(?:complet\w*|attend\w*|participat\w*|finish\w*|entitled|titled|for|in|of|course|program|webinar|module)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
_SMALL_WORDS = {"and", "of", "for", "in", "to", "with", "on", "the", "a", "an", "at", "by", "from", "&", "vs"}


@dataclass
class Candidate:
    text: str
    line: _Line  # where it starts
    index: int  # its first line's place among the first page's lines (-1: not found there)
    span: int  # how many lines it joins
    kinds: set[str]


def _norm(text: str) -> str:
    return _size_key(text)


def _first_page(doc: _Doc) -> list[_Line]:
    return [line for line in doc.joined if line.page == doc.joined[0].page] if doc.joined else []


def candidates(doc: _Doc, rules: dict[str, tuple[str, _Line]]) -> list[Candidate]:
    """Every line of the first page, each joined with the next one or two, and every rule's title; a
    text found several ways is one candidate with all its kinds."""
    from credentials.reader.title import _CODE_FIRST, _LABEL_START, _tidy_title

    lines = _first_page(doc)
    by_text: dict[str, Candidate] = {}

    def add(text: str, line: _Line, index: int, span: int, kind: str) -> None:
        text = _tidy_title(_CODE_FIRST.sub("", text))
        key = _norm(text)
        words = text.split()
        if not key or not 1 <= len(words) <= 24 or len(re.findall(r"[A-Za-z]", text)) < 4:
            return
        if key in by_text:
            by_text[key].kinds.add(kind)
            return
        by_text[key] = Candidate(text, line, index, span, {kind})

    for kind, (text, line) in rules.items():
        index = _index_of(lines, line, text)
        add(text, line, index, 1, kind)
    for index, line in enumerate(lines):
        for cell in re.split(r"\s{2,}", line.text.strip()):
            add(cell, line, index, 1, "line")
        starts = [(line.text.strip(), "joined")]
        if ":" in line.text:
            rest = line.text.split(":", 1)[1].strip()
            add(rest, line, index, 1, "after_colon")
            starts.append((rest, "after_colon"))
        for joined, kind in starts:
            for span in (2, 3):
                j = index + span - 1
                if j >= len(lines) or len(lines[j].text.split()) > 14 or _LABEL_START.match(lines[j].text):
                    break
                joined = f"{joined} {lines[j].text.strip()}"
                add(joined, line, index, span, kind if kind == "joined" else "after_colon_joined")
    return list(by_text.values())


def _index_of(lines: list[_Line], line: _Line, text: str) -> int:
    for index, other in enumerate(lines):
        if other is line:
            return index
    key = _norm(text)[:20]
    for index, other in enumerate(lines):
        if key and key in _norm(other.text):
            return index
    return -1


def features(doc: _Doc, candidate: Candidate, context: dict) -> dict[str, float]:
    """What the page shows about one candidate, as numbers the model weighs."""
    lines = context["lines"]
    text = candidate.text
    words = text.split()
    letters = re.findall(r"[A-Za-z]", text)
    capitalised = [w for w in words if w[:1].isupper()]
    content_words = [w for w in words if w.lower() not in _SMALL_WORDS]
    body, largest = context["body"], context["largest"]
    size = candidate.line.size
    index = candidate.index
    previous = lines[index - 1].text.strip() if index > 0 else ""
    after = [
        lines[j].text for j in range(index + candidate.span, min(len(lines), index + candidate.span + 2))
    ]
    f = {
        f"kind_{kind}": float(kind in candidate.kinds)
        for kind in (*RULE_KINDS, "line", "after_colon", "after_colon_joined", "joined")
    }
    f.update(
        rules_agreeing=float(sum(kind in candidate.kinds for kind in RULE_KINDS)),
        rel_size=min(4.0, size / body) if body and size else 1.0,
        is_largest=float(bool(size) and size >= largest - 0.5),
        size_rank=context["size_rank"].get(round(size, 1), 5) / 5.0,
        position=index / max(1, len(lines)) if index >= 0 else 0.5,
        first_line=float(index == 0),
        unplaced=float(index < 0),
        span=float(candidate.span),
        log_words=math.log(1 + len(words)),
        one_word=float(len(words) == 1),
        capitalised=len(capitalised) / max(1, len(words)),
        content_capitalised=sum(w[:1].isupper() for w in content_words) / max(1, len(content_words)),
        all_caps=float(bool(letters) and all(c.isupper() for c in letters)),
        lower_start=float(text[:1].islower()),
        digits=float(bool(re.search(r"\d", text))),
        colon=float(":" in text),
        sentence=float(bool(re.search(r"[a-z]{3,}[.!?]\s+[A-Z]", text)) or text.endswith(".")),
        connector_end=float(bool(re.search(r"\b(?:and|of|for|in|to|with|the|a|an|&)$", text, re.I))),
        template=float(bool(_TEMPLATE_WORDS.search(text))),
        heading=float(bool(_HEADING.match(text))),
        person=float(bool(_PERSON_NAME.match(_bare(text)) or _HONORIFIC.search(text))),
        learner=float(index >= 0 and _learner_name(lines, index)),
        signatory=float(index >= 0 and _signatory(lines, index)),
        organisation=float(_org_line(text, None)),
        known_body=float(bool(_known_body(text))),
        dated=float(bool(_dates_in(text))),
        amount=float(any(pattern.search(text) for pattern, _, _ in _AFTER)),
        label=float(_is_label(text)),
        contact=float(bool(re.search(r"@|www\.|https?:|\.com\b|\(\d{3}\)|\d{3}-\d{4}", text))),
        course_word=float(bool(_COURSE_WORD.search(text))),
        after_learner=float(context["learner"] is not None and index > context["learner"]),
        right_after_learner=float(context["learner"] is not None and 0 < index - context["learner"] <= 2),
        after_phrase=float(bool(_COMPLETION_NEAR.search(previous))),
        before_amount=float(any(pattern.search(a) for a in after for pattern, _, _ in _AFTER)),
        after_label=float(bool(previous) and _is_label(previous)),
        quoted_in_page=float(bool(re.search(rf"[\"“']{re.escape(text[:30])}", doc.text))),
        repeated=float(sum(_norm(text) in _norm(line.text) for line in lines) > 1),
        ocr=float(doc.ocr),
        name_shape=float(
            bool(_NAME_SHAPE.match(_bare(text).lstrip("_-~.,'\" "))) and not _COURSE_WORD.search(text)
        ),
        foreign_heading=float(bool(_FOREIGN_HEADING.search(text))),
        **_wrapping(candidate, lines, doc.ocr),
    )
    return f


# A person's name as printed large on a certificate: two to four capitalised words, no small joining
# words ("Rosa Elena Ybarra", "Marguerite Osei"); titles have them, or medical words.
_NAME_SHAPE = re.compile(r"^(?:Dr\.?\s+)?[A-Z][a-zà-ÿ'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-zà-ÿ'’-]+)){1,3}$")
_FOREIGN_HEADING = re.compile(
    r"\b(?:certificado|constancia|diploma|reconocimiento|otorga(?:do)?|finalizaci[oó]n|se\s+certifica)\b",
    re.I,
)


def _wrapping(candidate: Candidate, lines: list[_Line], ocr: bool) -> dict[str, float]:
    """Whether a candidate is a whole title as printed: a single line followed by a line of the same size
    that reads on is a title cut short; a join of lines printed in different sizes, or ending in an
    organisation's name, is two things run together."""
    index, span = candidate.index, candidate.span
    if index < 0:
        return {"continues": 0.0, "join_same_size": 0.0, "join_org_tail": 0.0, "next_small_word_start": 0.0}
    last = index + span - 1
    following = lines[last + 1] if last + 1 < len(lines) else None
    joined = lines[index : last + 1]
    same = (
        all(_same_size(a.size, b.size, ocr=ocr) for a, b in itertools.pairwise(joined)) if span > 1 else False
    )
    reads_on = bool(
        following is not None
        and _same_size(following.size, lines[last].size, ocr=ocr)
        and not _dates_in(following.text)
        and not _is_label(following.text.strip())
        and not _PERSON_NAME.match(_bare(following.text))
        and len(following.text.split()) <= 12
    )
    tail = lines[last].text.strip() if span > 1 else ""
    return {
        "continues": float(reads_on),
        "join_same_size": float(same),
        "join_org_tail": float(bool(tail) and (_org_line(tail, None) or bool(_known_body(tail)))),
        "next_small_word_start": float(
            following is not None
            and bool(re.match(r"(?:and|of|for|in|to|with|the|&|[a-z])", following.text.strip()))
        ),
    }


_NOT_A_TITLE = (
    "template",
    "heading",
    "person",
    "learner",
    "signatory",
    "organisation",
    "known_body",
    "dated",
    "amount",
    "label",
    "contact",
)


def described(doc: _Doc, cands: list[Candidate]) -> list[dict[str, float]]:
    """Each candidate's features, with how it compares with the page's other plausible titles: whether it
    is printed the largest of the lines that are not a name, a heading, a date or an amount."""
    context = _context(doc)
    rows = [features(doc, c, context) for c in cands]
    plausible = [
        c.line.size
        for c, row in zip(cands, rows, strict=True)
        if not any(row[name] for name in _NOT_A_TITLE) and c.span == 1
    ]
    top = max(plausible, default=0.0)
    sizes = sorted({round(size, 1) for size in plausible}, reverse=True)
    for c, row in zip(cands, rows, strict=True):
        clean = not any(row[name] for name in _NOT_A_TITLE)
        row["clean"] = float(clean)
        row["largest_plausible"] = float(clean and bool(top) and c.line.size >= top - 0.5)
        row["plausible_rank"] = (
            sizes.index(round(c.line.size, 1)) if round(c.line.size, 1) in sizes else 5
        ) / 5
        row["size_to_plausible"] = min(2.0, c.line.size / top) if top and c.line.size else 1.0
        row["plausible_count"] = float(len(plausible))
    return rows


def _context(doc: _Doc) -> dict:
    lines = _first_page(doc)
    body = _body_size(lines)
    sizes = sorted({round(line.size, 1) for line in lines if line.size > 0}, reverse=True)
    learner = None
    for index, _line in enumerate(lines):
        if _learner_name(lines, index) and not _signatory(lines, index):
            learner = index
            break
    return {
        "lines": lines,
        "body": body,
        "largest": max((line.size for line in lines), default=0.0),
        "size_rank": {size: rank for rank, size in enumerate(sizes[:5])},
        "learner": learner,
    }


@cache
def _model() -> dict:
    return json.loads(MODEL_PATH.read_text())


def score(values: dict[str, float], model: dict) -> float:
    """The forest's probability that a candidate is the title: the mean of its trees' leaves."""
    row = [values.get(name, 0.0) for name in model["features"]]
    total = 0.0
    for feature, threshold, left, right, leaf in model["trees"]:
        node = 0
        while feature[node] >= 0:
            node = left[node] if row[feature[node]] <= threshold[node] else right[node]
        total += leaf[node]
    return total / len(model["trees"])


_QUOTES = '"\u201c\u201d'


@dataclass(frozen=True)
class Ranked:
    text: str
    line: _Line
    probability: float
    lead: float  # over the next candidate's probability
    candidates: tuple[str, ...] = ()
    scores: tuple[float, ...] = ()  # each candidate's probability, in the same order

    def near_top(self, text: str) -> bool:
        """Whether ``text`` is the model's first choice, or scored within a hair of it (two readings of one
        wrapped title often score alike)."""
        key = _norm(text)
        return any(
            _norm(c) == key and score >= self.probability - 0.1
            for c, score in zip(self.candidates, self.scores, strict=True)
        )

    def whole(self, text: str) -> str:
        """``text`` run on to its next line when a candidate reads on from it and either ``text`` stops on a
        joining word ("Anaphylaxis Recognition and") or the model scores the longer reading nearly as
        high ("... for Urine" / "... for Urine Drug Screens"): a title wrapped, its second line printed
        in another size or read apart by OCR. Not past a quotation mark (a title quoted in a sentence)."""
        key = _norm(text)
        joined = bool(_CONNECTOR_END.search(text))
        longer = [
            c
            for c, score in zip(self.candidates, self.scores, strict=True)
            if _norm(c).startswith(key)
            and len(c.split()) > len(text.split())
            and (joined or score >= max(0.5, self.probability - 0.15))
            and not any(mark in c[len(text) :] for mark in _QUOTES)
        ]
        return min(longer, key=len) if longer else text


def best(doc: _Doc, rules: dict[str, tuple[str, _Line]]) -> Ranked | None:
    """The candidate the model ranks first, or None (no model file, or nothing on the page)."""
    if not doc.joined or not MODEL_PATH.exists():
        return None
    model = _model()
    from credentials.reader.title import _plainly_not_a_title

    cands = candidates(doc, rules)
    scored = sorted(
        ((score(row, model), c) for row, c in zip(described(doc, cands), cands, strict=True)),
        key=lambda pair: -pair[0],
    )
    # Ranked among all candidates, as the model was fitted; chosen among those that could be a title.
    scored = [(p, c) for p, c in scored if not _plainly_not_a_title(c.text)]
    if not scored:
        return None
    top, chosen = scored[0]
    lead = top - (scored[1][0] if len(scored) > 1 else 0.0)
    return Ranked(
        chosen.text, chosen.line, top, lead, tuple(c.text for _, c in scored), tuple(p for p, _ in scored)
    )
