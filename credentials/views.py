"""Thin views: parse the request, call a service or selector, render."""

from __future__ import annotations

import functools
import hashlib
import mimetypes
import re
import uuid

from django.conf import settings as django_settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core import throttle
from core.locales import person_locale
from credentials import ics, pdf, reminders, rules_document, selectors, services
from credentials.converters import IdConverter
from credentials.filters import ActivityFilter
from credentials.forms import (
    ActivityForm,
    CredentialForm,
    ExamAttemptForm,
    RecertifyForm,
    ReminderPreferenceForm,
    apply_service_errors,
)
from credentials.models import CEActivity, CertificateDraft, Credential, Cycle, Submission


def _credential(request, pk: int) -> Credential:
    return get_object_or_404(selectors.credential_list(user=request.user), pk=pk)


def _activity(request, pk: int) -> CEActivity:
    return get_object_or_404(selectors.activity_list(user=request.user), pk=pk)


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
    generated_at = timezone.localtime()
    progress = selectors.cycle_progress_get(cycle=cycle, today=generated_at.date(), fresh=True)
    if len(progress.verdicts) > django_settings.RECERT_SUMMARY_INLINE_MAX_ACTIVITIES:
        # Too long to draw within the request's time budget: the audit pack (this summary with the
        # certificates) is built in the background instead.
        messages.info(
            request,
            f"This period has {len(progress.verdicts)} activities, too many to draw while you wait. "
            "Prepare the audit pack below: it holds the same summary (with your certificates) and is "
            "built in the background; you can leave this page and come back.",
        )
        return redirect(_audit_pack_url(pk, request.GET.get("cycle")))
    data = pdf.summary_pdf(
        progress=progress, holder_name=request.user.get_full_name(), generated_at=generated_at
    )
    response = HttpResponse(data, content_type=pdf.CONTENT_TYPE)
    filename = pdf.pdf_filename(progress=progress, generated_at=generated_at, audit_pack=False)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
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


def _int_or_none(value: str | None) -> int | None:
    """An id from the query string, or None for anything that is not a plain number."""
    if value and re.fullmatch(IdConverter.regex, value):
        return int(value)
    return None


def _next_url(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return default


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


# --------------------------------------------------------------------------- certificate inbox

INBOX_MAX_FILES = 20  # a drop at a time


def _draft(request, pk: int) -> CertificateDraft:
    return get_object_or_404(CertificateDraft.objects.filter(owner=request.user), pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
@submitted_once
def inbox(request):
    """Drop certificates (or take photos); each becomes a draft activity read in the background."""
    if request.method == "POST":
        files = [*request.FILES.getlist("files"), *request.FILES.getlist("photo")]
        if not files:
            messages.error(request, "Choose at least one certificate file, or take a photo of one.")
            return redirect("inbox")
        limit = getattr(request, "upload_limit", None) or upload_limit_hit(request, len(files))
        if not limit.allowed:
            messages.error(
                request,
                "You have uploaded many certificates in a short time; nothing was added. "
                f"Try again in {limit.retry_after_words}.",
            )
            return redirect("inbox")
        added = []
        for number, upload in enumerate(files):
            if number >= INBOX_MAX_FILES:
                left = [f.name for f in files[INBOX_MAX_FILES:]]
                messages.error(
                    request,
                    f"Only {INBOX_MAX_FILES} files at a time, so these {len(left)} were left out: "
                    f"{', '.join(left)}. Drop them again.",
                )
                break
            try:
                added.append(services.certificate_draft_create(owner=request.user, file=upload))
            except ValidationError as error:
                messages.error(request, f"{upload.name}: {' '.join(error.messages)}")
        if added:
            count = f"{len(added)} certificate{'s' if len(added) != 1 else ''}"
            messages.success(request, f"{count} added. Each is being read; check and save it below.")
        return redirect("inbox")
    services.certificate_drafts_requeue_abandoned(owner=request.user)
    drafts = selectors.certificate_drafts_get(owner=request.user)
    waiting = [
        d for d in drafts if d.state in (CertificateDraft.State.QUEUED, CertificateDraft.State.READING)
    ]
    return render(
        request,
        "credentials/inbox.html",
        {"drafts": drafts, "refresh": bool(waiting), "max_files": INBOX_MAX_FILES},
    )


@login_required
@require_http_methods(["GET", "POST"])
@submitted_once
def draft_detail(request, pk: int):
    """The certificate beside the activity form its reading filled in; save makes the activity."""
    draft = _draft(request, pk)
    prefill = selectors.certificate_draft_prefill_get(draft=draft)
    form = ActivityForm(
        request.POST or None, owner=request.user, initial=prefill.initial, notes=prefill.notes
    )
    warnings = []
    if request.method == "POST" and form.is_valid():
        try:
            services.certificate_draft_accept(
                draft=draft, data=form.activity_input(), confirmed=form.saves_anyway
            )
        except CertificateDraft.DoesNotExist:
            raise Http404("This certificate was already saved or removed.") from None
        except services.NeedsConfirmation as warning:
            warnings = warning.messages
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, f"Activity “{form.cleaned_data['title']}” saved with its certificate.")
            following = selectors.certificate_drafts_get(owner=request.user)
            ready = [
                d
                for d in following
                if d.state in (CertificateDraft.State.READ, CertificateDraft.State.FAILED)
            ]
            return redirect("draft_detail", pk=ready[0].pk) if ready else redirect("inbox")
    reading = draft.state in (CertificateDraft.State.QUEUED, CertificateDraft.State.READING)
    return render(
        request,
        "credentials/draft_detail.html",
        {
            "form": form,
            "draft": draft,
            "warnings": warnings,
            "reading": reading,
            "duplicates": selectors.certificate_draft_duplicates_get(draft=draft),
            "transcript": selectors.certificate_draft_transcript_get(draft=draft),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
@submitted_once
def draft_delete(request, pk: int):
    draft = _draft(request, pk)
    if request.method == "POST":
        services.certificate_draft_delete(draft=draft)
        messages.success(request, f"{draft.file_name} removed from the inbox.")
        return redirect("inbox")
    return redirect("draft_detail", pk=pk)


@login_required
def draft_file(request, pk: int):
    """The certificate as dropped, for the owner only (a download, never shown inline)."""
    draft = _draft(request, pk)
    content_type = mimetypes.guess_type(draft.file_name)[0] or "application/octet-stream"
    try:
        handle = draft.file.open("rb")
    except FileNotFoundError:
        raise Http404("The certificate file is missing.") from None
    return FileResponse(handle, as_attachment=True, filename=draft.file_name, content_type=content_type)


@login_required
def draft_preview(request, pk: int):
    """The certificate's first page as a PNG, shown beside its draft: drawn once by the reading
    task in a bounded child (credentials/file_work.py), never here."""
    draft = _draft(request, pk)
    if not draft.preview:
        raise Http404("No preview for this file.")
    try:
        handle = draft.preview.open("rb")
    except FileNotFoundError:
        raise Http404("The preview is missing.") from None
    return FileResponse(handle, content_type="image/png")


# --------------------------------------------------------------------------- the rules document


def rules(request):
    """Every rule Recert applies, with its source (docs/rules.md), for anyone to read."""
    return render(request, "rules.html", {"document": rules_document.rules_document_html()})
