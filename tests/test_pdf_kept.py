"""The summary PDF kept (issue 26, credentials/pdf/kept.py): a repeat download is a cache read;
any change to what it shows (a write, a new day, the name, the date style) draws it again, and
what is kept reads exactly as a fresh drawing."""

from __future__ import annotations

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import caches
from django.urls import reverse
from django.utils import timezone, translation
from pypdf import PdfReader

from accounts import services as account_services
from credentials import pdf, renderings, selectors
from credentials.pdf import kept

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=ZoneInfo("America/New_York"))


@pytest.fixture(autouse=True)
def _empty_cache():
    caches[renderings.CACHE].clear()


@pytest.fixture
def drawings(monkeypatch):
    made = []
    draw = kept.summary_pdf

    def counted(**kwargs):
        made.append(kwargs["generated_at"])
        return draw(**kwargs)

    monkeypatch.setattr(kept, "summary_pdf", counted)
    return made


@pytest.fixture
def client_in(client, user):
    client.force_login(user)
    return client


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_repeat_download_is_the_same_file_without_drawing_it_again(client_in, cma, make_activity, drawings):
    make_activity(title="Venipuncture", amount="4", approved=True)
    url = reverse("credential_summary_pdf", args=[cma.pk])
    first, second = client_in.get(url), client_in.get(url)
    assert len(drawings) == 1
    assert second.content == first.content
    assert second["Content-Disposition"] == first["Content-Disposition"]
    assert second["Cache-Control"] == "private, no-store"


def test_it_is_drawn_with_the_collector_paused_and_the_collector_runs_after(
    client_in, cma, make_activity, monkeypatch
):
    """Drawing makes thousands of short-lived objects; a full collection of a grown worker heap in the
    middle of it cost a third more (core/collector.py)."""
    import gc

    seen = []
    draw = kept.summary_pdf

    def watched(**kwargs):
        seen.append(gc.isenabled())
        return draw(**kwargs)

    monkeypatch.setattr(kept, "summary_pdf", watched)
    make_activity(title="Venipuncture", amount="4", approved=True)
    assert client_in.get(reverse("credential_summary_pdf", args=[cma.pk])).status_code == 200
    assert seen == [False]
    assert gc.isenabled()


def test_a_write_draws_it_again_with_what_changed(client_in, cma, make_activity, drawings):
    url = reverse("credential_summary_pdf", args=[cma.pk])
    client_in.get(url)
    make_activity(title="Phlebotomy update", amount="2")
    response = client_in.get(url)
    assert len(drawings) == 2
    assert "Phlebotomy update" in text_of(response.content)


def test_what_is_kept_reads_as_a_fresh_drawing(user, cma, make_activity):
    make_activity(title="Venipuncture", amount="4", approved=True)
    cycle = cma.cycles.get()
    kept.summary_pdf_kept(cycle=cycle, holder_name="Ana Peña", now=NOW)
    cycle.refresh_from_db()
    repeat = kept.summary_pdf_kept(cycle=cycle, holder_name="Ana Peña", now=NOW + dt.timedelta(hours=2))
    progress = selectors.cycle_progress_get(cycle=cycle, today=NOW.date(), fresh=True)
    fresh = pdf.summary_pdf(progress=progress, holder_name="Ana Peña", generated_at=NOW)
    assert text_of(repeat.data) == text_of(fresh)  # first drawn at NOW, and says so


@pytest.mark.parametrize(
    "change",
    [
        {"now": NOW + dt.timedelta(days=1)},  # a new day: the days left change
        {"holder_name": "Ana Peña Ruiz"},
        {"now": NOW.astimezone(ZoneInfo("Europe/London"))},
    ],
)
def test_each_thing_the_file_shows_draws_it_again(cma, drawings, change):
    cycle = cma.cycles.get()
    asked = {"cycle": cycle, "holder_name": "Ana Peña", "now": NOW}
    kept.summary_pdf_kept(**asked)
    kept.summary_pdf_kept(**asked)
    kept.summary_pdf_kept(**(asked | change))
    assert len(drawings) == 2


def test_the_date_style_draws_it_again(cma, drawings):
    cycle = cma.cycles.get()
    with translation.override("en-us"):
        us = kept.summary_pdf_kept(cycle=cycle, holder_name="Ana", now=NOW)
    with translation.override("en-gb"):
        gb = kept.summary_pdf_kept(cycle=cycle, holder_name="Ana", now=NOW)
    assert len(drawings) == 2
    assert "Mar 2, 2026" in text_of(us.data)
    assert "2 Mar 2026" in text_of(gb.data)


def test_too_many_activities_sends_to_the_audit_pack_every_time(client_in, cma, make_activity, settings):
    settings.RECERT_SUMMARY_INLINE_MAX_ACTIVITIES = 1
    make_activity(title="One", amount="1")
    make_activity(title="Two", amount="1", completed_on=dt.date(2025, 6, 2))
    url = reverse("credential_summary_pdf", args=[cma.pk])
    for _ in range(2):
        response = client_in.get(url)
        assert response.status_code == 302
        assert response.url == reverse("credential_audit_pack", args=[cma.pk])


def test_deleting_the_person_deletes_the_kept_file(user, cma, django_capture_on_commit_callbacks):
    kept.summary_pdf_kept(cycle=cma.cycles.get(), holder_name="Ana", now=timezone.localtime())
    cache = caches[renderings.CACHE]
    assert any(f"render:{user.pk}:summary-pdf:" in key for key in cache._cache)
    with django_capture_on_commit_callbacks(execute=True):
        account_services.user_delete(user=user)
    assert not any("summary-pdf" in key for key in cache._cache)


def test_the_cache_holds_one_drawing_a_period_however_often_it_changes(user, cma, make_activity):
    cycle = cma.cycles.get()
    for number in range(3):
        make_activity(title=f"Course {number}", amount="1", completed_on=dt.date(2025, 6, number + 1))
        cycle.refresh_from_db()
        kept.summary_pdf_kept(cycle=cycle, holder_name="Ana", now=NOW)
    cache = caches[renderings.CACHE]
    assert len([key for key in cache._cache if f"render:{user.pk}:summary-pdf:" in key]) == 1
