"""The error pages (404, 403, 400, 500, 503 and the expired-form 403) with DEBUG off: each is the
site's own page in plain words with a way home, and the 500 and 503 pages never touch the
database."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.db import OperationalError
from django.http import Http404, HttpResponse
from django.test import Client
from django.urls import include, path
from django.views.decorators.csrf import csrf_protect


def _raises(error: BaseException):
    def view(request):
        raise error

    return view


@csrf_protect
def _form(request):
    return HttpResponse("saved")


# A URLconf for these tests only (@pytest.mark.urls): views that fail in each way, beside the app's.
urlpatterns = [
    path("boom/404/", _raises(Http404("No such credential"))),
    path("boom/403/", _raises(PermissionDenied("Not yours"))),
    path("boom/400/", _raises(SuspiciousOperation("Tampered"))),
    path("boom/500/", _raises(RuntimeError("The database went away"))),
    path("boom/503/", _raises(OperationalError("could not connect to server: Connection refused"))),
    path("boom/form/", _form),
    path("", include("recert.urls")),
]

THIS = "tests.test_error_pages"

PAGES = {
    # status: (the URL, words the page must say)
    404: ("/boom/404/", ["We can't find that page", "Check the address"]),
    403: ("/boom/403/", ["You can't open this page", "log in"]),
    400: ("/boom/400/", ["We couldn't understand that request", "reload the page"]),
    500: ("/boom/500/", ["Something went wrong on our side", "try again"]),
    503: ("/boom/503/", ["Recert can't reach its storage for a moment", "try again in a minute"]),
}


@pytest.fixture
def anonymous():
    """A client that gets the error page a browser would, instead of the exception."""
    return Client(raise_request_exception=False)


def _text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def _looks_like_the_site(html: str) -> None:
    assert "<!doctype html>" in html.lower()
    assert '<html lang="en">' in html
    assert 'class="navbar navbar-expand-md navbar-dark bg-recert"' in html  # the site's navbar colour
    assert ">Recert" in html  # the brand
    assert "css/recert.css" in html
    assert re.search(r'<a class="btn btn-primary[^"]*" href="/">', html), "a link home"
    assert 'id="main"' in html  # the skip link's target


def test_debug_is_off_in_the_suite():
    assert settings.DEBUG is False


@pytest.mark.django_db
@pytest.mark.urls(THIS)
@pytest.mark.parametrize("status", sorted(PAGES))
def test_each_error_is_the_sites_own_page_in_plain_words(anonymous, status):
    url, words = PAGES[status]
    response = anonymous.get(url)
    assert response.status_code == status
    html = _text(response)
    _looks_like_the_site(html)
    assert "<h1" in html
    for word in words:
        assert word in html, (status, word)
    assert f"Error {status}" in html
    # Nothing of the exception leaks into the page.
    secrets = ("No such credential", "Not yours", "Tampered", "The database went away", "Connection refused")
    for secret in (*secrets, "Traceback"):
        assert secret not in html


@pytest.mark.django_db
def test_an_unknown_address_is_the_designed_404(anonymous):
    response = anonymous.get("/no-such-page/")
    assert response.status_code == 404
    html = _text(response)
    _looks_like_the_site(html)
    assert "We can't find that page" in html


@pytest.mark.django_db
@pytest.mark.urls(THIS)
def test_the_500_page_reads_nothing_from_the_database(anonymous, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = anonymous.get("/boom/500/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in _text(response)


def test_the_500_page_renders_without_a_database_or_a_request(django_db_blocker):
    """Django's server_error renders 500.html with no context at all; any database access (the
    user, the session, a context processor) would raise here."""
    from django.test import RequestFactory
    from django.views.defaults import server_error

    with django_db_blocker.block():
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = _text(response)
    _looks_like_the_site(html)
    assert "Something went wrong on our side" in html


@pytest.mark.django_db
@pytest.mark.urls(THIS)
def test_an_expired_form_says_what_happened_and_what_to_do(client):
    strict = Client(enforce_csrf_checks=True, raise_request_exception=False)
    response = strict.post("/boom/form/", {"title": "Ethics"})
    assert response.status_code == 403
    html = _text(response)
    _looks_like_the_site(html)
    assert "This page has expired" in html
    assert "Nothing was saved" in html
    assert "reload the page" in html
    assert "cookies" in html
    assert "CSRF" not in html  # plain words, no jargon


@pytest.mark.django_db
@pytest.mark.urls(THIS)
def test_the_expired_form_page_reads_nothing_from_the_database(django_assert_num_queries):
    strict = Client(enforce_csrf_checks=True, raise_request_exception=False)
    with django_assert_num_queries(0):
        response = strict.post("/boom/form/", {"title": "Ethics"})
    assert response.status_code == 403


@pytest.mark.parametrize(("method", "saved_words"), [("get", False), ("post", True)])
def test_the_503_page_renders_without_a_database_or_a_user(django_db_blocker, method, saved_words):
    """The storage being out of reach is why the page is shown: it cannot read the session, the
    user or the database. After a form it says that nothing was saved."""
    from django.test import RequestFactory

    from core.middleware import outage_response

    request = getattr(RequestFactory(), method)("/activities/add/")
    with django_db_blocker.block():
        response = outage_response(request, OperationalError("database is locked"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = _text(response)
    _looks_like_the_site(html)
    assert "Recert can't reach its storage for a moment" in html
    assert ("Nothing you typed was saved" in html) is saved_words
    assert "database is locked" not in html
