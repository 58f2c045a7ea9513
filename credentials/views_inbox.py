"""The certificate inbox: drop certificates, check each draft the reading filled in, save or remove it."""

from __future__ import annotations

import mimetypes

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from credentials import selectors, services
from credentials.forms import (
    ActivityForm,
    apply_service_errors,
)
from credentials.models import CertificateDraft
from credentials.views import submitted_once, upload_limit_hit

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
            added_text = ngettext(
                "%(n)d certificate added. It is being read; check and save it below.",
                "%(n)d certificates added. Each is being read; check and save it below.",
                len(added),
            ) % {"n": len(added)}
            messages.success(request, added_text)
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
