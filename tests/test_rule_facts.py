"""Where rule facts live: only in the engine (and the selector's sentences), each with a test.

docs/rules.md lists the rules; templates, forms, views and the PDF show what they are given.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RULE_ID = re.compile(r"\bR-[A-Z]+-\d+\b")
# Names and words that belong to one certifying body's rules.
PROGRAM_WORDS = re.compile(r"\b(AAMA|NHA|AMT|AMCA|NCCT|NCMA|CPR|BLS|CAAHEP|ABHES|CCP)\b")
# Templates, emails, the calendar, the PDF package, forms and views show what they are given.
SHOWING_FILES = sorted(
    [
        *ROOT.joinpath("templates").rglob("*.html"),
        *ROOT.joinpath("templates").rglob("*.txt"),  # the emails' plain text
        *ROOT.joinpath("credentials", "pdf").rglob("*.py"),  # the PDF package
        ROOT / "credentials" / "ics.py",  # the calendar
        ROOT / "credentials" / "forms.py",
        ROOT / "credentials" / "views.py",
        ROOT / "credentials" / "views_activities.py",  # views.py split by page family (issue 25)
        ROOT / "credentials" / "views_inbox.py",
        ROOT / "credentials" / "views_reminders.py",
    ]
)


@pytest.mark.parametrize("path", SHOWING_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_rule_numbers_or_program_words_outside_the_engine(path):
    text = path.read_text(encoding="utf-8")
    found = sorted({m.group(0) for m in (*RULE_ID.finditer(text), *PROGRAM_WORDS.finditer(text))})
    assert found == [], f"{path.name} holds rule facts: {found}"


def rule_ids() -> list[str]:
    return sorted(set(RULE_ID.findall((ROOT / "docs" / "rules.md").read_text(encoding="utf-8"))))


def test_docs_list_every_rule_the_engine_cites():
    engine = {
        rule_id
        for path in sorted(ROOT.joinpath("credentials", "rules").rglob("*.py"))
        for rule_id in RULE_ID.findall(path.read_text(encoding="utf-8"))
    }
    assert engine, "the rules package cites no rule ids"
    assert engine <= set(rule_ids())
    assert len(rule_ids()) >= 25


@pytest.mark.parametrize("rule_id", rule_ids())
def test_every_rule_id_has_a_test_that_names_it(rule_id):
    # A test function name (r_cma_11) or a parameter id (R-CMA-11-...) must carry the id.
    snake = rule_id.lower().replace("-", "_")
    pattern = re.compile(rf"def test_\w*{snake}(?!\d)|\"{rule_id}(?!\d)")
    files = [p for p in ROOT.joinpath("tests").rglob("test_*.py") if p.name != "test_rule_facts.py"]
    assert any(pattern.search(p.read_text(encoding="utf-8")) for p in files), rule_id
