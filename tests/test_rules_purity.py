"""The rules engine is pure Python: importing and using it must not pull in Django."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import sys
from datetime import date
from decimal import Decimal

import credentials.rules as rules

r = rules.evaluate(
    rules.PROGRAMS["cma-aama"],
    certified_on=date(2021, 2, 10),
    credits=[
        rules.Credit(
            earned_on=date(2022, 1, 1), amount=Decimal(50), category="administrative", approved=True
        ),
        rules.Credit(earned_on=date(2022, 2, 1), amount=Decimal(1), kind="cpr"),
    ],
    today=date(2025, 6, 1),
)
assert r.expires_on == date(2026, 2, 28), r.expires_on
assert r.counted_points == Decimal(54), r.counted_points
leaked = sorted(m for m in sys.modules if m == "django" or m.startswith("django."))
print("DJANGO-MODULES:", leaked)
print("OK")
"""


def test_rules_engine_imports_and_evaluates_without_django():
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "DJANGO-MODULES: []" in proc.stdout, proc.stdout
    assert proc.stdout.strip().endswith("OK")
