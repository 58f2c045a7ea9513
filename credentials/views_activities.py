"""The activity pages: the list (filters, pages), add, edit, delete and the certificate download."""

from __future__ import annotations

import mimetypes

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from credentials import selectors, services
from credentials.filters import ActivityFilter
from credentials.forms import (
    ActivityForm,
    apply_service_errors,
)
from credentials.models import CEActivity
from credentials.views import submitted_once, upload_limit_hit


def _activity(request, pk: int) -> CEActivity:
    return get_object_or_404(selectors.activity_list(user=request.user), pk=pk)


# --------------------------------------------------------------------------- activities


@login_required
def activity_list(request):
    credentials = selectors.credentials_with_cycles_get(user=request.user)
    filters = ActivityFilter(
        request.GET or None, queryset=selectors.activity_list(user=request.user), credentials=credentials
    )
    page = selectors.activity_page_get(
        user=request.user,
        today=timezone.localdate(),
        activities=filters.qs,
        credentials=credentials,
        cycle=filters.chosen_cycle,
        page=request.GET.get("page"),
    )
    return render(
        request,
        "credentials/activity_list.html",
        {
            "form": filters.form,
            "filters_version": filters.rendering_version,
            "activity_page": page,
            "page_obj": page.page,
            "page_links": page.page.paginator.get_elided_page_range(
                page.page.number, on_each_side=2, on_ends=1
            ),
            "filtered": bool(set(request.GET) - {"page"}),
            "has_credentials": bool(credentials),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
@submitted_once
def activity_add(request):
    initial = {"completed_on": timezone.localdate(), **ActivityForm.initial_carried(request.GET)}
    form = ActivityForm(
        request.POST or None,
        request.FILES or None,
        owner=request.user,
        initial=initial,
        focus_title=request.method == "GET",
    )
    warnings = []
    if request.method == "POST" and form.is_valid() and _upload_allowed(request, form):
        try:
            services.activity_create(
                owner=request.user,
                data=form.activity_input(),
                certificate=form.certificate_upload(),
                confirmed=form.saves_anyway,
            )
        except services.NeedsConfirmation as warning:
            warnings = warning.messages
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            if "add_another" in request.POST:
                messages.success(
                    request,
                    f"Activity “{form.cleaned_data['title']}” saved. The date, provider and unit are "
                    "kept for the next one.",
                )
                return redirect(f"{reverse('activity_add')}?{ActivityForm.carried_query(form.cleaned_data)}")
            messages.success(request, f"Activity “{form.cleaned_data['title']}” saved.")
            return redirect(_next_url(request, reverse("activity_list")))
    return render(
        request,
        "credentials/activity_form.html",
        {"form": form, "title": "Log a CE activity", "warnings": warnings},
        status=429 if form.has_error("certificate", code="rate") else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
@submitted_once
def activity_edit(request, pk: int):
    activity = _activity(request, pk)
    form = ActivityForm(
        request.POST or None,
        request.FILES or None,
        owner=request.user,
        initial=ActivityForm.initial_from(activity),
        submit_label="Save changes",
    )
    warnings = []
    if request.method == "POST" and form.is_valid() and _upload_allowed(request, form):
        try:
            services.activity_update(
                activity=activity,
                data=form.activity_input(),
                certificate=form.certificate_change(),
                confirmed=form.saves_anyway,
            )
        except services.NeedsConfirmation as warning:
            warnings = warning.messages
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Activity saved.")
            return redirect(_next_url(request, reverse("activity_list")))
    return render(
        request,
        "credentials/activity_form.html",
        {"form": form, "title": "Edit activity", "activity": activity, "warnings": warnings},
        status=429 if form.has_error("certificate", code="rate") else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
@submitted_once
def activity_delete(request, pk: int):
    activity = _activity(request, pk)
    if request.method == "POST":
        services.activity_delete(activity=activity)
        messages.success(request, f"Activity “{activity.title}” deleted.")
        return redirect("activity_list")
    return render(request, "credentials/activity_confirm_delete.html", {"activity": activity})


@login_required
def activity_certificate(request, pk: int):
    """Serve a certificate to its owner only, as a download (never public media)."""
    activity = _activity(request, pk)
    if not activity.certificate:
        raise Http404("No certificate.")
    try:
        handle = activity.certificate.open("rb")
    except (FileNotFoundError, OSError):
        raise Http404("The certificate file is missing.") from None
    filename = activity.certificate_name or activity.certificate.name.rsplit("/", 1)[-1]
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    inline = request.GET.get("inline") == "1"
    return FileResponse(handle, as_attachment=not inline, filename=filename, content_type=content_type)


def _upload_allowed(request, form) -> bool:
    """Certificate uploads are rate-limited per person (settings.RECERT_RATES["upload-user"]);
    over the limit the form says when to try again and nothing is saved."""
    if not form.cleaned_data.get("certificate"):
        return True
    limit = getattr(request, "upload_limit", None) or upload_limit_hit(request, 1)
    if not limit.allowed:
        form.add_error(
            "certificate",
            ValidationError(
                f"You have uploaded many certificates in a short time. Try again in "
                f"{limit.retry_after_words}; everything else you typed is kept.",
                code="rate",
            ),
        )
    return limit.allowed


def _next_url(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return default
