"""Benchmark of the CE summary PDF for a cycle with 500 activities.

Run with::

    .venv/bin/python -m pytest benchmarks/bench_pdf.py --benchmark-enable -o addopts="" -q

A measurement, not a timed assertion: pytest-benchmark reports min / median / mean. The
fixtures come from ``tests/conftest.py``; they are imported here rather than through a
``benchmarks/conftest.py`` so that ``bench_rules.py`` can still run without Django
(``-p no:django``).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from credentials import pdf, selectors
from tests.conftest import TODAY, cma, make_activity, user  # noqa: F401  (pytest fixtures)

pytestmark = [pytest.mark.django_db, pytest.mark.benchmark(group="pdf")]

N = 500
GENERATED_AT = dt.datetime(2026, 11, 27, 9, 14, tzinfo=ZoneInfo("America/New_York"))
CATEGORIES = ("administrative", "clinical", "general")


@pytest.fixture
def five_hundred(user, cma, make_activity):  # noqa: F811
    """500 activities across the cycle: approved and not, split and not, some too small to count."""
    for i in range(N):
        category = CATEGORIES[i % 3]
        split = {category: "1.5", CATEGORIES[(i + 1) % 3]: "1"} if i % 7 == 0 else {category: "2.5"}
        make_activity(
            title=f"Continuing education module {i:03d}: a realistic, fairly long course title",
            provider="AAMA e-Learning Center" if i % 2 else "Valley Community College",
            amount="0.5" if i % 50 == 0 else "2.5",
            categories={category: "0.5"} if i % 50 == 0 else split,
            approved=i % 2 == 1,
            completed_on=dt.date(2022, 1, 1) + dt.timedelta(days=3 * i),
            verified_on_transcript=i % 4 == 1,
        )
    return user


def test_summary_pdf_500_activities(benchmark, five_hundred):
    (progress,) = selectors.dashboard_get(user=five_hundred, today=TODAY, fresh=True)
    assert len(progress.verdicts) == N

    data = benchmark.pedantic(
        pdf.summary_pdf,
        kwargs={"progress": progress, "holder_name": "Ana Peña Müller", "generated_at": GENERATED_AT},
        rounds=10,
        iterations=1,
        warmup_rounds=1,
    )
    pages = PdfReader(io.BytesIO(data)).pages
    assert len(pages) > 10
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1].extract_text()
    assert progress.result.counted_points > Decimal(0)


def test_dashboard_and_summary_pdf_500_activities(benchmark, five_hundred):
    """What a view does: read the progress (one selector call), then render."""

    def render() -> bytes:
        (progress,) = selectors.dashboard_get(user=five_hundred, today=TODAY, fresh=True)
        return pdf.summary_pdf(progress=progress, holder_name="Ana Peña Müller", generated_at=GENERATED_AT)

    data = benchmark.pedantic(render, rounds=10, iterations=1, warmup_rounds=1)
    assert data.startswith(b"%PDF-")
