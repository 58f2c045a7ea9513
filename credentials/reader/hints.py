"""What a person's corrections taught about an issuer's certificates (where it prints the title and
the date), and those hints applied to a new reading.
"""

from __future__ import annotations

import datetime as dt
import re

from credentials.reader.dates import _dates_in
from credentials.reader.document import _Doc
from credentials.reader.found import Found
from credentials.reader.text_cleanup import _size_key
from credentials.reader.title import _title_value


def issuer_key(provider: str) -> str:
    """The key a provider's certificates share, however its name is spaced or cased."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", provider.strip(), flags=re.IGNORECASE).lower())


def correction_hints(*, text: str, title: str | None, completed_on: dt.date | None) -> dict[str, str]:
    """What a person's corrected title and date show about where an issuer prints them: the line
    above the title, the label before (or above) the date. Only lines of ``text`` (the reading the
    correction was made to) are kept, so nothing is learnt that the certificate did not print."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    hints: dict[str, str] = {}
    if title:
        key = _size_key(title)
        for i, line in enumerate(lines):
            if i and len(_size_key(line)) >= 6 and key.startswith(_size_key(line)):
                hints["title"] = lines[i - 1][:200]
                break
    if completed_on:
        for i, line in enumerate(lines):
            hit = next((h for h in _dates_in(line) if h.date == completed_on), None)
            if hit is None:
                continue
            label = line[: hit.start].strip(" :-")
            if re.search(r"[A-Za-z]{3}", label):
                hints["completed_on"] = label[-80:]
            elif i:
                hints["completed_on"] = lines[i - 1][:80]
            break
    return hints


def _hinted(doc: _Doc, fields: dict[str, Found], hint: dict | None) -> dict[str, Found]:
    """The fields with what the person's corrections of this issuer's certificates showed."""
    if not hint:
        return fields
    fields = dict(fields)
    lines = doc.lines
    note = "where your correction of a certificate from this issuer showed it"
    anchor = _size_key(hint.get("title", ""))
    for i, line in enumerate(lines[:-1]):
        if anchor and _size_key(line.text) == anchor:
            value, at = _title_value("", lines, i)
            if value:
                fields["title"] = doc.found(value, 0.85, at, note)
            break
    anchor = _size_key(hint.get("completed_on", ""))
    for i, line in enumerate(lines):
        if anchor and anchor in _size_key(line.text):
            hits = _dates_in(line.text) or (_dates_in(lines[i + 1].text) if i + 1 < len(lines) else [])
            if hits:
                fields["completed_on"] = doc.found(hits[0].date, 0.85, line, note)
            break
    return fields
