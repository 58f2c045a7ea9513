import tempfile

import django_rq
from django.conf import settings as django_settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.db import connection
from django.http import FileResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from accounts import selectors, services
from accounts.forms import (
    AccountDeleteForm,
    ActivationForm,
    PasswordChangeForm,
    PasswordResetForm,
    ProfileForm,
    SetPasswordForm,
    SignUpForm,
)
from core import locales, throttle
from credentials import portability, reminders
from credentials import selectors as credential_selectors

WELCOME = "Welcome to Recert. Add your first credential to get started."
LOGGED_OUT = "You are logged out."


@never_cache
@require_GET
def healthz(request):
    """What is up, for load balancers, Docker's HEALTHCHECK and whoever is on call: the database,
    the cache and the task queue, each "ok" or "down: <error>"; 503 when any is down. Redis is
    reached with short socket timeouts (settings), so a down one cannot hang this."""
    database = _probe(_database_ping)
    backend = django_settings.TASKS["default"]["BACKEND"]
    if backend.startswith("django_tasks_rq."):
        queue = _probe(_queue_ping)
    elif backend.startswith("django_tasks_db."):
        queue = database  # the queue is a table
    else:
        queue = "ok"  # tasks run inside the request
    checks = {"database": database, "cache": _probe(_cache_ping), "queue": queue}
    up = all(state == "ok" for state in checks.values())
    return JsonResponse({"status": "ok" if up else "down", **checks}, status=200 if up else 503)


def _probe(ping) -> str:
    try:
        ping()
    except Exception as error:  # whatever the failure, it is down
        return f"down: {type(error).__name__}"
    return "ok"


def _database_ping() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache_ping() -> None:
    cache.set("healthz", "ok", timeout=10)
    if cache.get("healthz") != "ok":
        raise LookupError("the cache lost a value just set")


def _queue_ping() -> None:
    with django_rq.get_connection("default") as redis:
        redis.ping()


def _too_many(request, limit: throttle.Limit):
    """The page for a request over its rate limit: 429, saying when to try again."""
    response = render(
        request,
        "registration/rate_limited.html",
        {"retry_after_words": limit.retry_after_words},
        status=429,
    )
    response["Retry-After"] = str(limit.retry_after)
    return response


def _site_url(request) -> str:
    """Where links in emails point: this site, as the request reached it."""
    return request.build_absolute_uri("/").rstrip("/")


# --------------------------------------------------------------------------- sign-up


@require_http_methods(["GET", "POST"])
def signup(request):
    """Every address gets the same answer ("check your inbox"); the email says the rest."""
    if request.user.is_authenticated:
        return redirect("dashboard")
    if request.method == "POST":
        limit = throttle.rate_hit(scope="signup-ip", key=throttle.client_ip(request))
        if not limit.allowed:
            return _too_many(request, limit)
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # One address gets at most a few sign-up emails an hour, whoever asks; past that the
        # answer is the same and no email goes out (nobody can flood an inbox through us).
        address = throttle.rate_hit(scope="signup-email", key=form.cleaned_data["email"])
        if address.allowed:
            services.user_signup(
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password1"],
                full_name=form.cleaned_data["full_name"],
                site_url=_site_url(request),
                locale=locales.locale_of_request(request),  # the browser's way of writing dates
            )
        return redirect("signup_done")
    return render(request, "registration/signup.html", {"form": form})


@require_GET
def signup_done(request):
    return render(request, "registration/signup_done.html")


@require_http_methods(["GET", "POST"])
def signup_activate(request, uidb64: str, token: str):
    """The activation link: with the password chosen at sign-up it activates the account, logs
    the person in and shows the dashboard. Opening the link alone changes nothing (mail scanners
    open links too)."""
    user = selectors.user_from_link_get(uidb64=uidb64, token=token, generator=services.activation_token)
    if user is None:
        return render(request, "registration/activation_invalid.html", status=400)
    form = ActivationForm(request.POST if request.method == "POST" else None, user=user)
    if request.method == "POST" and form.is_valid():
        services.user_activate(user=user, timezone=form.cleaned_data["timezone"])
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, WELCOME)
        return redirect("dashboard")
    return render(request, "registration/activate.html", {"form": form, "email": user.email})


# --------------------------------------------------------------------------- log-in and log-out


class LoginView(auth_views.LoginView):
    """Django's, warning on the last try before django-axes locks log-in (the lockout page itself
    is registration/locked_out.html, AXES_LOCKOUT_TEMPLATE)."""

    redirect_authenticated_user = True

    def form_invalid(self, form):
        tries = throttle.login_tries_get(request=self.request, username=form.data.get("username", ""))
        return self.render_to_response(
            self.get_context_data(form=form, last_try=tries if tries.last else None)
        )


class LogoutView(auth_views.LogoutView):
    """Django's (to LOGOUT_REDIRECT_URL, the landing page), saying it is done."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, LOGGED_OUT)
        return response


# --------------------------------------------------------------------------- password reset


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset, rate limited per client address and per address asked for. Over a limit
    no email goes out; the answer does not depend on whether the address has an account."""

    form_class = PasswordResetForm

    def post(self, request, *args, **kwargs):
        limit = throttle.rate_hit(scope="password-reset-ip", key=throttle.client_ip(request))
        if not limit.allowed:
            return _too_many(request, limit)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        address = form.cleaned_data["email"].strip().casefold()
        limit = throttle.rate_hit(scope="password-reset-email", key=address)
        if not limit.allowed:
            return _too_many(self.request, limit)
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Django's, with the new password set by the service (which also activates an account that
    was never activated: the link reached its address)."""

    form_class = SetPasswordForm

    def form_valid(self, form):
        services.user_password_reset(user=form.user, password=form.cleaned_data["new_password1"])
        throttle.login_lockout_lift(email=form.user.email)  # a reset is the way out of a lockout
        self.request.session.pop(auth_views.INTERNAL_RESET_SESSION_TOKEN, None)
        return HttpResponseRedirect(self.get_success_url())


class PasswordChangeView(auth_views.PasswordChangeView):
    form_class = PasswordChangeForm

    def form_valid(self, form):
        response = super().form_valid(form)
        # A new password also revokes the unsubscribe links in emails already sent.
        reminders.unsubscribe_links_revoke(user=form.user)
        return response


# --------------------------------------------------------------------------- profile


@login_required
def profile(request):
    initial = {
        "full_name": request.user.full_name,
        "timezone": request.user.timezone,
        "locale": request.user.locale,
    }
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.user_update(user=request.user, **form.cleaned_data)
        messages.success(request, "Profile saved.")
        return redirect("profile")
    usage = credential_selectors.certificate_usage_get(owner_id=request.user.pk)
    return render(
        request,
        "registration/profile.html",
        {"form": form, "usage": usage, "quota": django_settings.CERTIFICATE_QUOTA_BYTES},
    )


@login_required
@require_GET
def account_export(request):
    """Everything the person stored, as a zip: the importable JSON, a CSV of the activities and
    the certificate files."""
    handle = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it once sent)
    try:
        portability.person_archive_write(user=request.user, out=handle)
        handle.seek(0)
    except BaseException:
        handle.close()
        raise
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"recert-data-{timezone.localdate():%Y-%m-%d}.zip",
        content_type="application/zip",
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request):
    """Delete the account and everything in it, once the password is entered again."""
    form = AccountDeleteForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.account_delete(user=request.user)
        logout(request)
        messages.success(
            request, "Your account and everything in it are deleted. A confirmation is on its way by email."
        )
        return redirect("landing")
    return render(request, "registration/account_delete.html", {"form": form})
