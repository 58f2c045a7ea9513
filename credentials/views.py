"""Thin views: parse the request, call a service or selector, render.

Here the dashboard, the credential pages and the helpers every view module shares (``submitted_once``,
``upload_limit_hit``); the activity pages are in views_activities, the certificate inbox in
views_inbox, the calendar and reminders in views_reminders, the log import and export in views_log."""

from __future__ import annotations

import functools
import hashlib
import re
import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.views.decorators.http import require_http_methods

from core import throttle
from credentials import pdf, reminders, rules_document, selectors, services
from credentials.converters import IdConverter
from credentials.forms import (
    CredentialForm,
    ExamAttemptForm,
    RecertifyForm,
    apply_service_errors,
)
from credentials.models import Credential, Cycle, Submission
from credentials.pdf.kept import summary_pdf_kept


def _credential(request, pk: int) -> Credential:
    return get_object_or_404(selectors.credential_list(user=request.user), pk=pk)


def _cycle(request, credential_pk: int, cycle_pk: int | None = None) -> Cycle:
    try:
        return selectors.cycle_get(user=request.user, credential_id=credential_pk, cycle_id=cycle_pk)
    except Cycle.DoesNotExist:
        raise Http404("No such cycle.") from None


class _NothingDone(Exception):
    def __init__(self, response):
        self.response = response


def submitted_once(view):
    """A POST that carries a submission token (the {% submission_token %} of its form) is carried
    out at most once: a repeat — double click, replay, back and resubmit — lands on the first
    one's result and changes nothing. The view runs inside services.submission_once; only a
    redirect (the form was accepted) keeps the claim, anything else rolls it back."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        token = _uuid_or_none(request.POST.get(Submission.FIELD)) if request.method == "POST" else None
        if token is None:
            return view(request, *args, **kwargs)
        fingerprint = _fingerprint(request)
        done = selectors.submission_result_get(owner=request.user, token=token, fingerprint=fingerprint)
        if done is not None:
            return _already_submitted(request, done)
        _uploads_count(request)  # outside the transaction: a rejected post still counts
        try:
            with services.submission_once(
                owner=request.user, token=token, fingerprint=fingerprint
            ) as submission:
                response = view(request, *args, **kwargs)
                if response.status_code not in (301, 302, 303):
                    raise _NothingDone(response)
                submission.result_url = response["Location"]
        except _NothingDone as nothing:
            return nothing.response
        except services.AlreadySubmitted as repeat:
            return _already_submitted(request, repeat.result_url)
        return response

    return wrapper


def _fingerprint(request) -> str:
    """What a post sent, hashed: its fields (not the CSRF token or the submission token) and the
    names and sizes of its files."""
    skip = {"csrfmiddlewaretoken", Submission.FIELD}
    digest = hashlib.sha256()
    for name, values in sorted(request.POST.lists()):
        if name not in skip:
            digest.update(repr((name, values)).encode())
    for name, files in sorted(request.FILES.lists()):
        digest.update(repr((name, [(f.name, f.size) for f in files])).encode())
    return digest.hexdigest()


def _uploads_count(request) -> None:
    """Count a post's certificate files against the person's upload limit before its transaction
    (a count written inside it would roll back with a rejected post, on the database cache)."""
    files = sum(len(files) for _, files in request.FILES.lists())
    if files:
        request.upload_limit = upload_limit_hit(request, files)


def upload_limit_hit(request, files: int) -> throttle.Limit:
    """Certificates are counted per person and per client address (each is read in the
    background, so many accounts from one address must not hog the readers either)."""
    person = throttle.rate_hit(scope="upload-user", key=str(request.user.pk), count=files)
    address = throttle.rate_hit(scope="upload-ip", key=throttle.client_ip(request), count=files)
    return person if not person.allowed else address


def _already_submitted(request, result_url: str):
    messages.info(request, "That form was sent more than once; it was carried out once.")
    return redirect(result_url or "dashboard")


def _uuid_or_none(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:
        return None


# --------------------------------------------------------------------------- dashboard


def home(request):
    if not request.user.is_authenticated:
        return landing(request)
    return dashboard(request)


def landing(request):
    return render(request, "landing.html", selectors.landing_get())


@login_required
def dashboard(request):
    today = reminders.person_today(request.user)
    progress = selectors.dashboard_get(user=request.user, today=today)
    return render(
        request,
        "credentials/dashboard.html",
        {
            "progress_list": progress,
            "cards_version": selectors.progress_list_version(progress_list=progress),
            "program_names": selectors.program_names_get(),
            "notices": selectors.reminder_notices_get(user=request.user, today=today, progress_list=progress),
        },
    )


# --------------------------------------------------------------------------- credentials


@login_required
@require_http_methods(["GET", "POST"])
@submitted_once
def credential_add(request):
    form = CredentialForm(request.POST or None, submit_label="Add credential")
    warnings = []
    if request.method == "POST" and form.is_valid():
        try:
            credential = services.credential_create(owner=request.user, **form.create_kwargs())
        except services.NeedsConfirmation as warning:
            warnings = warning.messages
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, f"{credential} added.")
            return redirect("dashboard")
    return render(
        request,
        "credentials/credential_form.html",
        {"form": form, "title": "Add a credential", "warnings": warnings},
    )


@login_required
def credential_detail(request, pk: int):
    credential = _credential(request, pk)
    cycles = list(credential.cycles.order_by("-starts_on"))
    progress = None
    if cycles:
        cycle = selectors.cycle_get(user=request.user, credential_id=credential.pk)
        progress = selectors.cycle_progress_get(cycle=cycle, today=timezone.localdate())
    undo = selectors.recertification_undo_get(credential=credential, cycles=cycles)
    return render(
        request,
        "credentials/credential_detail.html",
        {"credential": credential, "cycles": cycles, "progress": progress, "undo": undo},
    )


@login_required
@require_http_methods(["GET", "POST"])
def credential_edit(request, pk: int):
    credential = _credential(request, pk)
    open_cycle = credential.cycles.open().first()
    form = CredentialForm(request.POST or None, initial=CredentialForm.initial_from(credential, open_cycle))
    if request.method == "POST" and form.is_valid():
        try:
            services.credential_update(credential=credential, **form.service_kwargs())
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, "Credential saved.")
            return redirect("credential_detail", pk=credential.pk)
    return render(
        request,
        "credentials/credential_form.html",
        {"form": form, "title": f"Edit {credential}", "credential": credential},
    )


@login_required
@require_http_methods(["GET", "POST"])
@submitted_once
def credential_delete(request, pk: int):
    credential = _credential(request, pk)
    if request.method == "POST":
        services.credential_delete(credential=credential)
        messages.success(request, f"{credential} deleted. Your activities are kept.")
        return redirect("dashboard")
    return render(request, "credentials/credential_confirm_delete.html", {"credential": credential})


@login_required
@require_http_methods(["GET", "POST"])
@submitted_once
def credential_recertify(request, pk: int):
    cycle = _cycle(request, pk)
    if not cycle.is_open:
        raise Http404("No open recertification period.")
    progress = selectors.cycle_progress_get(cycle=cycle, today=timezone.localdate())
    if progress.is_card:
        return redirect(f"{reverse('activity_add')}?unit={progress.card_unit}")
    form = RecertifyForm(
        request.POST or None, initial={"recertified_on": timezone.localdate()}, progress=progress
    )
    if request.method == "POST" and form.is_valid():
        try:
            new = services.cycle_recertify(cycle=cycle, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(
                request,
                f"Congratulations! Your next recertification period started on {date_format(new.starts_on)} "
                f"and runs to {date_format(new.expires_on)}. You can undo this from the credential page "
                f"for {selectors.UNDO_DAYS} days.",
            )
            return redirect("credential_detail", pk=pk)
    return render(request, "credentials/recertify.html", {"form": form, "cycle": cycle, "progress": progress})


@login_required
@require_http_methods(["POST"])
@submitted_once
def credential_reopen(request, pk: int):
    """Undo the last recorded recertification (within selectors.UNDO_DAYS days)."""
    credential = _credential(request, pk)
    try:
        previous = services.cycle_reopen(credential=credential)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            f"Recertification undone: the period from {date_format(previous.starts_on)} is open again.",
        )
    return redirect("credential_detail", pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
@submitted_once
def credential_exam(request, pk: int):
    cycle = _cycle(request, pk)
    credential = cycle.credential
    if credential.rules_program.exam is None:
        raise Http404("This credential has no exam route.")
    form = ExamAttemptForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.exam_attempt_record(cycle=cycle, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            if form.cleaned_data["passed"]:
                messages.success(request, "Congratulations on passing! Your next cycle has started.")
                return redirect("credential_detail", pk=pk)
            messages.success(request, "Exam attempt recorded.")
            return redirect("credential_exam", pk=pk)
    progress = selectors.cycle_progress_get(cycle=cycle, today=timezone.localdate())
    return render(
        request,
        "credentials/exam.html",
        {"form": form, "progress": progress, "credential": credential, "attempts": cycle.exam_attempts.all()},
    )


@login_required
def credential_summary_pdf(request, pk: int):
    """The summary of the open period, or of ?cycle=<id>, made in the request (no certificates)."""
    cycle = _cycle_from_query(request, pk)
    summary = summary_pdf_kept(
        cycle=cycle, holder_name=request.user.get_full_name(), now=timezone.localtime()
    )
    if summary.data is None:
        # Too long to draw within the request's time budget: the audit pack (this summary with the
        # certificates) is built in the background instead.
        messages.info(
            request,
            f"This period has {summary.activities} activities, too many to draw while you wait. "
            "Prepare the audit pack below: it holds the same summary (with your certificates) and is "
            "built in the background; you can leave this page and come back.",
        )
        return redirect(_audit_pack_url(pk, request.GET.get("cycle")))
    response = HttpResponse(summary.data, content_type=pdf.CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{summary.filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
@submitted_once
def credential_audit_pack(request, pk: int):
    """The audit pack's state; POST asks for it to be built (a background job)."""
    cycle = _cycle_from_query(request, pk)
    if request.method == "POST":
        try:
            services.audit_pack_request(cycle=cycle)
        except services.TooManyBuilds as limited:
            messages.error(
                request,
                "You have asked for many audit packs in a short time; the last one you asked for is "
                f"still the one shown. Try again in {limited.limit.retry_after_words}.",
            )
        return redirect(_audit_pack_url(pk, request.GET.get("cycle")))
    progress = selectors.cycle_progress_get(cycle=cycle, today=timezone.localdate(), verdicts=True)
    version = selectors.audit_pack_version_get(progress=progress, holder_name=request.user.get_full_name())
    pack = selectors.audit_pack_get(cycle=cycle, version=version)
    response = render(
        request,
        "credentials/audit_pack.html",
        {
            "progress": progress,
            "pack": pack,
            "can_ask_again": pack is not None and selectors.audit_pack_needs_queueing(pack=pack),
            "credential": cycle.credential,
            "cycle_query": request.GET.get("cycle", ""),
        },
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def credential_audit_pack_pdf(request, pk: int):
    """The ready audit pack of the period's current content, to its owner only."""
    cycle = _cycle_from_query(request, pk)
    progress = selectors.cycle_progress_get(cycle=cycle, today=timezone.localdate(), verdicts=True)
    version = selectors.audit_pack_version_get(progress=progress, holder_name=request.user.get_full_name())
    pack = selectors.audit_pack_get(cycle=cycle, version=version)
    if pack is None or pack.state != pack.State.READY:
        return redirect(_audit_pack_url(pk, request.GET.get("cycle")))
    try:
        handle = pack.file.open("rb")
    except OSError:
        raise Http404("The audit pack file is missing; request it again.") from None
    filename = pdf.pdf_filename(progress=progress, generated_at=pack.finished_at, audit_pack=True)
    response = FileResponse(handle, as_attachment=True, filename=filename, content_type=pdf.CONTENT_TYPE)
    response["Cache-Control"] = "private, no-store"
    return response


def _cycle_from_query(request, pk: int) -> Cycle:
    cycle_id = _int_or_none(request.GET.get("cycle"))
    if request.GET.get("cycle") and cycle_id is None:
        raise Http404("No such cycle.")
    return _cycle(request, pk, cycle_id)


def _audit_pack_url(pk: int, cycle: str | None) -> str:
    url = reverse("credential_audit_pack", args=[pk])
    return f"{url}?cycle={cycle}" if cycle and _int_or_none(cycle) else url


def _int_or_none(value: str | None) -> int | None:
    """An id from the query string, or None for anything that is not a plain number."""
    if value and re.fullmatch(IdConverter.regex, value):
        return int(value)
    return None


@login_required
def credential_plan(request, pk: int):
    """The pace plan: points a month needed until the target, and the chart."""
    cycle = _cycle(request, pk)
    if not cycle.is_open or not cycle.credential.rules_program.requires_ce:
        raise Http404("No plan for this credential.")
    progress = selectors.cycle_progress_get(
        cycle=cycle, today=reminders.person_today(request.user), fresh=True
    )
    plan, chart = selectors.pace_get(progress=progress)
    return render(
        request,
        "credentials/plan.html",
        {"progress": progress, "plan": plan, "chart": chart, "credential": cycle.credential},
    )


# --------------------------------------------------------------------------- the rules document


def rules(request):
    """Every rule Recert applies, with its source (docs/rules.md), for anyone to read."""
    return render(request, "rules.html", {"document": rules_document.rules_document_html()})
