"""Benchmark of the rules engine: ``evaluate`` on 10,000 mixed credits for the CMA (AAMA).

Run with::

    .venv/bin/python -m pytest benchmarks/bench_rules.py --benchmark-enable -p no:django -o addopts=""

A measurement, not a timed assertion: pytest-benchmark reports min / median / mean.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import pytest

from credentials.rules import PROGRAMS, Credit, evaluate

CMA = PROGRAMS["cma-aama"]
CERTIFIED_ON = date(2021, 2, 10)  # expires 28 Feb 2026, CE deadline 31 May 2026
TODAY = date(2025, 6, 1)
CATEGORIES = ("administrative", "clinical", "general")
N = 10_000


def mixed_credits(n: int = N, seed: int = 20260228) -> tuple[Credit, ...]:
    """Realistic mix: mostly CE (AAMA and not, some split by ``ref``), college credit, CPR cards;
    dates from before the window to after the CE deadline, some planned."""
    rng = random.Random(seed)
    credits: list[Credit] = []
    while len(credits) < n:
        earned_on = CERTIFIED_ON + timedelta(days=rng.randint(-120, 2100))
        roll = rng.random()
        if roll < 0.02:
            credits.append(Credit(earned_on=earned_on, amount=Decimal(rng.randint(1, 2)), kind="cpr"))
        elif roll < 0.07:
            amount = Decimal(rng.randint(10, 300)).scaleb(-2)
            credits.append(
                Credit(earned_on=earned_on, amount=amount, kind="college", category=rng.choice(CATEGORIES))
            )
        elif roll < 0.17:
            # One activity split across two categories (R-CMA-8 / R-CMA-7): parts share a ref.
            ref = f"activity-{len(credits)}"
            for category in rng.sample(CATEGORIES, 2):
                amount = Decimal(rng.randint(25, 150)).scaleb(-2)
                credits.append(Credit(earned_on=earned_on, amount=amount, category=category, ref=ref))
        else:
            amount = Decimal(rng.randint(25, 800)).scaleb(-2)
            credits.append(
                Credit(
                    earned_on=earned_on,
                    amount=amount,
                    category=rng.choice(CATEGORIES),
                    approved=rng.random() < 0.6,
                    ref=len(credits),
                )
            )
    return tuple(credits[:n])


@pytest.fixture(scope="module")
def credits() -> tuple[Credit, ...]:
    return mixed_credits()


@pytest.mark.benchmark(group="rules")
def test_bench_evaluate_cma_10000_mixed_credits(benchmark, credits):
    result = benchmark(evaluate, CMA, certified_on=CERTIFIED_ON, credits=credits, today=TODAY)
    # Sanity, not timing: every credit got a verdict, the cap and the totals are coherent.
    assert len(result.verdicts) == N
    assert result.counted_points - result.approved_points <= Decimal(30)
    assert result.met is True
