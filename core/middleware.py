import logging
import sys
import zoneinfo

from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from core.locales import locale_of_request

logger = logging.getLogger(__name__)

# Storage that is out of reach for a moment: the database (down, unreachable, or still locked
# after the wait) and Redis (the cache, the task queue). Enqueuing a task raises these too.
OUTAGES = (OperationalError, InterfaceError, RedisConnectionError, RedisTimeoutError)
RETRY_AFTER_SECONDS = 30


class UserTimezoneMiddleware:
    """Show dates in the signed-in person's timezone; "today" is their today. Dates are written
    in their style (core.locales), or in their browser's before they log in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with translation.override(locale_of_request(request)):  # this request only, never the thread's
            request.LANGUAGE_CODE = translation.get_language()
            return self._with_timezone(request)

    def _with_timezone(self, request):
        user = getattr(request, "user", None)
        name = getattr(user, "timezone", None) if user is not None and user.is_authenticated else None
        if name:
            try:
                timezone.activate(zoneinfo.ZoneInfo(name))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        else:
            timezone.deactivate()
        return self.get_response(request)


class PrivateNoStoreMiddleware:
    """Nothing shown to a signed-in person — pages, PDFs, certificates — is kept by a browser's
    disk cache or a shared proxy: ``Cache-Control: private, no-store`` on every such response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response


def is_outage(error: BaseException) -> bool:
    # SQLite reports bad SQL ("no such table", "syntax error") as an OperationalError too: a bug.
    if isinstance(error, OperationalError) and ("no such " in str(error) or "syntax error" in str(error)):
        return False
    return isinstance(error, OUTAGES)


def outage_response(request, error: BaseException, *, traceback: bool = True) -> HttpResponse:
    """The 503 page (templates/503.html), rendered without the request: the session, the user and
    the database may be what is down."""
    logger.error(
        "Storage unreachable, answered 503 to %s %s: %s",
        request.method,
        request.path,
        type(error).__name__,
        exc_info=error if traceback else None,
    )
    html = loader.render_to_string("503.html", {"saving": request.method == "POST"})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    patch_cache_control(response, no_store=True)
    return response


class OutageMiddleware:
    """Storage out of reach answers 503 with a page saying to try again in a minute, not a 500,
    and the next request after it is back is served as usual.

    It sits outside the session and authentication middleware, which read storage too. Django
    turns an exception raised inside a middleware into a 500 before any outer middleware sees
    it, so such an exception is noted when Django reports it (got_request_exception) and its 500
    replaced here; an exception in a view comes to process_exception first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        error = getattr(request, "_storage_outage", None)
        if error is not None and response.status_code == 500:
            return outage_response(request, error, traceback=False)  # Django logged it
        return response

    def process_exception(self, request, exception):
        return outage_response(request, exception) if is_outage(exception) else None


def _outage_note(sender, request=None, **kwargs):
    error = sys.exc_info()[1]
    if request is not None and error is not None and is_outage(error):
        request._storage_outage = error


got_request_exception.connect(_outage_note)
