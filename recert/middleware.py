import zoneinfo

from django.utils import timezone, translation
from django.utils.cache import patch_cache_control

from recert.locales import locale_of_request


class UserTimezoneMiddleware:
    """Show dates in the signed-in person's timezone; "today" is their today. Dates are written
    in their style (recert.locales), or in their browser's before they log in."""

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
