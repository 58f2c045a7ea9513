"""How large a line is printed, compared with the rest of the page: the body text's size, headings
and template words.
"""

from __future__ import annotations

import re

from credentials.reader.found import _Line

# Template words a certificate prints large that are never the course: the heading, its kind.
_HEADING = re.compile(
    r"^(?:(?:official\s+)?(?:certificate|certification|award|diploma|record|transcript|verification|statement|"
    r"letter|proof)(?:\s+(?:of|for)\s+[\w-]+(?:\s+[\w-]+){0,2})?|(?:in-?service\s+)?training\s+record\b.*|"
    r"continuing\s+(?:medical\s+)?education(?:\s+(?:certificate|credit|record|transcript|award))?|"
    r"(?:[\w-]+\s+){0,2}award|"
    r"(?:certificate|record)\s+of\s+.*|ce\s+(?:certificate|record|tracking|transcript)\b.*|"
    # "Course Completion Record", "Competency Validation Record", "Learning Completion Certificate"
    r"(?:[\w-]+\s+)?(?:completion|attendance|participation|validation|competency|training|learning|education|"
    r"course|learner)\s+(?:record|certificate|verification|transcript)|"
    r"(?:certificado|constancia|diploma|reconocimiento)(?:\s+(?:de|por)\s+[\wáéíóúñ-]+(?:\s+[\wáéíóúñ-]+){0,2})?)$",
    re.IGNORECASE,
)
_TEMPLATE_WORDS = re.compile(
    r"\b(?:certif(?:y|ies|ied|icate)|hereby|presented\s+to|awarded\s+to|granted\s+to|in\s+recognition|"
    r"this\s+is\s+to|successfully|completed|completion\s+of|attended|participat\w+|signature|"
    r"director|coordinator|instructor|chair|manager|educator|page\s+\d|"
    r"otorgad[oa]\s+a|se\s+otorga|a\s+favor\s+de|se\s+hace\s+constar|se\s+certifica)\b",
    re.IGNORECASE,
)


def _same_size(a: float, b: float, *, ocr: bool = False) -> bool:
    """Printed in one size: within 4 % (a text layer's font sizes), or 10 % for OCR, whose sizes are
    measured word heights that vary with the letters' shapes."""
    return a > 0 and b > 0 and abs(a - b) <= max(0.6, (0.1 if ocr else 0.04) * max(a, b))


def _body_size(lines: list[_Line]) -> float:
    """The size of the page's ordinary text: the size below which about a third of its letters are
    printed. Weighted by letters, not lines, so that a few short large lines (a heading, a name, a
    signature) do not make the body look large, nor a sparse page with little prose."""
    weighted = sorted(
        (line.size, len(re.findall(r"[A-Za-z0-9]", line.text))) for line in lines if line.size > 0
    )
    total = sum(n for _, n in weighted)
    if not total:
        return 0.0
    seen = 0
    for size, n in weighted:
        seen += n
        if seen >= 0.35 * total:
            return size
    return weighted[-1][0]


def _next_same_size(lines: list[_Line], index: int) -> bool:
    return index + 1 < len(lines) and _same_size(lines[index].size, lines[index + 1].size)
