"""Scores the transcript reader (credentials/transcript/) on a corpus directory's expected.json:
per transcript, the courses found right (title, date, amount, unit and categories all right),
missed and extra.

    .venv/bin/python tests/transcripts_world/score.py tests/transcripts_world/tune [--show]

``--show`` prints each wrong course; never use it on tests/transcripts_world/heldout, which is
read only for its totals, so that tuning cannot learn it.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from credentials import transcript

# The corpus's unit words → the reader's (rules.PRINTED_UNITS).
UNITS = {
    "ceu": "iacet_ceu",
    "aama_ceus": "aama_ceu",
    "college_credits": "college_credit",
    "nha_credits": "nha_credit",
}


def norm(text) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(text or "").casefold()).strip()


def as_found(course: transcript.Course) -> tuple:
    return (
        norm(course.title),
        course.completed_on.isoformat(),
        Decimal(course.amount),
        course.unit,
        tuple(sorted((c, Decimal(a)) for c, a in course.categories.items())),
    )


def as_expected(course: dict) -> tuple:
    categories = course.get("categories") or (
        {course["category"]: course["amount"]} if course.get("category") else {}
    )
    return (
        norm(course["title"]),
        course["completed_on"],
        Decimal(course["amount"]),
        UNITS.get(course["unit"], course["unit"]),
        tuple(sorted((c, Decimal(a)) for c, a in categories.items())),
    )


def score(directory: Path, *, show: bool = False) -> dict:
    expected = json.loads((directory / "expected.json").read_text())
    totals = {"right": 0, "expected": 0, "extra": 0, "provider": 0, "files": 0, "whole": 0}
    for name, want in sorted(expected.items()):
        found = transcript.transcript_parse(transcript.page_words((directory / name).read_bytes()))
        got = [as_found(c) for c in found.courses] if found else []
        wanted = [as_expected(c) for c in want["courses"]]
        right = sum(1 for course in wanted if course in got)
        totals["right"] += right
        totals["expected"] += len(wanted)
        totals["extra"] += sum(1 for course in got if course not in wanted)
        totals["files"] += 1
        totals["whole"] += right == len(wanted) == len(got)
        totals["provider"] += bool(found) and norm(found.provider) == norm(want.get("provider"))
        if show:
            print(f"{name}: {right}/{len(wanted)} right, {len(got)} found")
            for course in wanted:
                if course not in got:
                    print("   missed", course)
            for course in got:
                if course not in wanted:
                    print("   extra ", course)
    return totals


def main() -> None:
    show = "--show" in sys.argv
    for directory in (Path(a) for a in sys.argv[1:] if not a.startswith("--")):
        if show and directory.name.startswith("heldout"):
            sys.exit("--show is never used on a held-out corpus.")
        t = score(directory, show=show)
        print(
            f"{directory}: courses right {t['right']}/{t['expected']}, extra {t['extra']}; transcripts "
            f"entirely right {t['whole']}/{t['files']}; issuer right {t['provider']}/{t['files']}"
        )


if __name__ == "__main__":
    main()
