"""Deadlines sent out: the calendar feed and .ics downloads, reminder settings, unsubscribe and dismiss."""

from __future__ import annotations

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core.locales import person_locale
from credentials import ics, reminders, selectors, services
from credentials.forms import (
    ReminderPreferenceForm,
)
from credentials.views import _credential, submitted_once

# --------------------------------------------------------------------------- calendar


@require_http_methods(["GET"])
def calendar_feed(request, token: str):
    """A person's deadlines as iCalendar, reached by the secret token alone (calendar apps
    cannot log in); an unknown or revoked token is a 404."""
    feed = selectors.calendar_feed_get(token=token)
    if feed is None:
        raise Http404("No such calendar.")
    # Fetched by a calendar app, not the person: their today and their way of writing dates.
    with person_locale(feed.owner):
        events = selectors.calendar_events_get(user=feed.owner, today=reminders.person_today(feed.owner))
        data = ics.calendar_ics(
            events=events,
            name="Recert deadlines",
            url=request.build_absolute_uri(reverse("dashboard")),
            stamp=timezone.now(),
        )
    response = HttpResponse(data, content_type=ics.CONTENT_TYPE)
    response["Cache-Control"] = "private, max-age=900"
    return response


@login_required
def credential_ics(request, pk: int):
    """One credential's deadlines, as a one-off .ics download."""
    credential = _credential(request, pk)
    events = selectors.calendar_events_get(user=request.user, today=timezone.localdate(), credential_id=pk)
    data = ics.calendar_ics(
        events=events,
        name=str(credential),
        url=request.build_absolute_uri(reverse("credential_detail", args=[pk])),
        stamp=timezone.now(),
    )
    response = HttpResponse(data, content_type=ics.CONTENT_TYPE)
    slug = re.sub(r"[^a-z0-9]+", "-", str(credential).lower()).strip("-")
    response["Content-Disposition"] = f'attachment; filename="recert-{slug}.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
@submitted_once
def calendar_settings(request):
    """The person's calendar URL; POST makes a new one (the old one stops working)."""
    if request.method == "POST":
        services.calendar_feed_regenerate(owner=request.user)
        messages.success(request, "New calendar link made. The old link no longer works: subscribe again.")
        return redirect("calendar_settings")
    feed = services.calendar_feed_get_or_create(owner=request.user)
    url = request.build_absolute_uri(reverse("calendar_feed", args=[feed.token]))
    response = render(
        request,
        "credentials/calendar.html",
        {"url": url, "webcal": url.replace("https://", "webcal://", 1).replace("http://", "webcal://", 1)},
    )
    response["Cache-Control"] = "private, no-store"
    return response


# --------------------------------------------------------------------------- reminders


@login_required
@require_http_methods(["GET", "POST"])
def reminder_preferences(request):
    prefs = reminders.preference_get(request.user)
    form = ReminderPreferenceForm(request.POST or None, instance=prefs)
    if request.method == "POST" and form.is_valid():
        services.reminder_preference_save(owner=request.user, **form.cleaned_data)
        messages.success(request, "Reminder settings saved.")
        return redirect("reminder_preferences")
    return render(request, "credentials/reminder_preferences.html", {"form": form})


@csrf_exempt  # the signed token is the authority; mail apps' one-click unsubscribe posts here
@require_http_methods(["GET", "POST"])
def reminders_unsubscribe(request, token: str):
    """Stop reminder emails without logging in (a signed link in every reminder). A link that no
    longer works (expired, revoked, mangled, or its account deleted) gets a plain page saying so."""
    from django.db import IntegrityError

    user = reminders.unsubscribe_user_get(token)
    if user is None:
        return render(request, "credentials/unsubscribe.html", {"gone": True})
    done = False
    if request.method == "POST":
        try:
            services.reminder_preference_save(owner=user, enabled=False)
        except (ValidationError, IntegrityError):  # the account was deleted a moment ago
            return render(request, "credentials/unsubscribe.html", {"gone": True})
        done = True
    return render(request, "credentials/unsubscribe.html", {"done": done})


@login_required
@require_http_methods(["POST"])
def reminder_dismiss(request, pk: int):
    services.reminder_dismiss(owner=request.user, reminder_id=pk)
    return redirect("dashboard")
