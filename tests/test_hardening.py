"""Small hardening: out-of-range ids are a 404, private responses are never cached."""

from __future__ import annotations

import pytest
from django.urls import URLPattern, get_resolver, reverse

from credentials import urls as credential_urls

pytestmark = pytest.mark.django_db

ID_ROUTES = [
    p for p in credential_urls.urlpatterns if isinstance(p, URLPattern) and "<id:pk>" in str(p.pattern)
]


@pytest.fixture
def client_in(client, user):
    client.force_login(user)
    return client


def test_every_id_in_a_url_is_bounded():
    """No route takes a bare <int:…>, which accepts ids the database cannot hold."""
    routes = [str(p.pattern) for p in get_resolver().url_patterns] + [
        str(p.pattern) for p in credential_urls.urlpatterns
    ]
    assert not [route for route in routes if "<int:" in route]
    assert len(ID_ROUTES) >= 15


@pytest.mark.parametrize("pattern", ID_ROUTES, ids=lambda p: p.name)
@pytest.mark.parametrize("pk", [2**63, 2**63 - 1, 10**30])
@pytest.mark.parametrize("method", ["get", "post"])
def test_ids_beyond_a_64_bit_key_are_404_not_500(client_in, pattern, pk, method):
    path = "/" + str(pattern.pattern).replace("<id:pk>", str(pk))
    response = getattr(client_in, method)(path)
    assert response.status_code in (404, 405)


def test_the_largest_id_a_url_takes_is_still_a_plain_404(client_in):
    assert client_in.get(reverse("credential_detail", args=[10**18 - 1])).status_code == 404


@pytest.mark.parametrize(
    "name", ["dashboard", "activity_list", "activity_add", "profile", "calendar_settings"]
)
def test_signed_in_pages_are_private_and_not_stored(client_in, name):
    cache_control = client_in.get(reverse(name))["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control


def test_certificates_and_summaries_are_private_and_not_stored(client_in, with_certificate, cma):
    for url in [
        reverse("activity_certificate", args=[with_certificate.pk]),
        reverse("credential_summary_pdf", args=[cma.pk]),
    ]:
        response = client_in.get(url)
        assert response.status_code == 200
        assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}


def test_public_pages_stay_cacheable(client):
    assert "no-store" not in client.get(reverse("landing")).get("Cache-Control", "")


def _bulk_activities(user, count: int) -> None:
    """Many activities at once (bulk, for size; the services are covered elsewhere)."""
    import datetime as dt
    from decimal import Decimal

    from credentials.models import CategoryShare, CEActivity

    activities = CEActivity.objects.bulk_create(
        CEActivity(
            owner=user,
            title=f"Course {n:04d}",
            completed_on=dt.date(2025, 1, 1) + dt.timedelta(days=n % 300),
            unit="contact_hours",
            kind="ce",
            amount=Decimal(1),
        )
        for n in range(count)
    )
    CategoryShare.objects.bulk_create(
        CategoryShare(activity=a, category="clinical", amount=Decimal(1)) for a in activities
    )


def test_the_activity_list_shows_fifty_a_page_with_links_to_the_rest(client_in, user, cma):
    _bulk_activities(user, 120)
    first = client_in.get(reverse("activity_list"))
    assert len(first.context["activity_page"].rows) == 50
    text = first.content.decode()
    assert "Showing 1–50 of 120 activities" in text
    assert 'href="?page=2"' in text and 'aria-label="Pages of activities"' in text
    last = client_in.get(reverse("activity_list"), {"page": "3"})
    assert len(last.context["activity_page"].rows) == 20
    assert "Showing 101–120 of 120" in last.content.decode()


@pytest.mark.parametrize("page", ["0", "99", "abc", "-1", "1" * 40])
def test_a_page_number_out_of_range_or_not_a_number_is_a_page_not_an_error(client_in, user, page):
    _bulk_activities(user, 60)
    response = client_in.get(reverse("activity_list"), {"page": page})
    assert response.status_code == 200
    assert len(response.context["activity_page"].rows) in (50, 10)


def test_filters_are_kept_from_page_to_page(client_in, user, cma):
    _bulk_activities(user, 60)
    response = client_in.get(reverse("activity_list"), {"category": "clinical", "sort": "title"})
    assert 'href="?category=clinical&amp;sort=title&amp;page=2"' in response.content.decode()


def test_the_activity_list_page_size_does_not_grow_with_the_log(client_in, user, cma):
    _bulk_activities(user, 60)
    small = len(client_in.get(reverse("activity_list")).content)
    _bulk_activities(user, 600)
    large = len(client_in.get(reverse("activity_list")).content)
    assert large < small * 1.1


def test_a_summary_too_long_to_draw_in_the_request_goes_to_the_background_audit_pack(
    client_in, user, cma, settings
):
    settings.RECERT_SUMMARY_INLINE_MAX_ACTIVITIES = 30
    _bulk_activities(user, 31)
    response = client_in.get(reverse("credential_summary_pdf", args=[cma.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("credential_audit_pack", args=[cma.pk])
    page = client_in.get(response["Location"])
    assert "31 activities, too many to draw while you wait" in page.content.decode()


def test_a_summary_within_the_budget_is_drawn_in_the_request(client_in, user, cma, settings):
    settings.RECERT_SUMMARY_INLINE_MAX_ACTIVITIES = 30
    _bulk_activities(user, 30)
    response = client_in.get(reverse("credential_summary_pdf", args=[cma.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
