"""Which words are words: pyspellchecker's English word-frequency list, to put back together a word
OCR read with a gap after its first letter ("Fall C onference", "A nticoagulated", "C OMMUNICATION").
"""

from __future__ import annotations

import functools
import re

# A lone capital, a space, then the rest of a word in lower case or all in capitals.
_SPLIT = re.compile(r"\b([A-Z]) ([a-z]{3,}|[A-Z]{3,})\b")
_ENDINGS = ("s", "es", "d", "ed", "ing", "ly")


@functools.cache
def _english():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


def _known(word: str) -> bool:
    """An English word, or one with a usual ending on an English word ("anticoagulated")."""
    words = _english()
    word = word.lower()
    return word in words or any(
        word.endswith(end) and len(word) - len(end) >= 4 and word[: -len(end)] in words for end in _ENDINGS
    )


def accented(line: str) -> str:
    """Spanish words in "-ción" read by the English model without their accent ("Vacunacion",
    "Fundacion"): no English word ends in "-cion"."""
    line = re.sub(r"(?<=[a-zñáéíóú])cion\b", "ción", line)  # the plural, "-ciones", has none
    return re.sub(r"(?<=[A-ZÑ])CION\b", "CIÓN", line)


def rejoined(line: str) -> str:
    """``line`` with each word split after its first letter joined again: only where the rest is not a
    word and the whole is ("C onference"), never a letter before a word ("Vitamin D levels", "A patient")."""
    if not _SPLIT.search(line):
        return line

    def join(m: re.Match) -> str:
        first, rest = m.group(1), m.group(2)
        if rest.isupper() and not line.isupper() and len(rest) <= 4:
            return m.group(0)  # "B CELL", a letter before an acronym
        whole = first + rest
        return whole if not _known(rest) and _known(whole) else m.group(0)

    return _SPLIT.sub(join, line)
