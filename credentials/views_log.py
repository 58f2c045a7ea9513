"""Import a CE log from a spreadsheet (CSV) and export it (CSV, XLSX): thin views over log_io.

Upload → preview (every row with its values and problems, a select per column to correct the
mapping, re-read on submit) → "Save all N activities" (all rows or none). The file's text travels
between the steps signed in a hidden field; nothing is stored until the save.
"""

from __future__ import annotations

import re

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Layout, Submit
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from credentials import log_io, rules, selectors, services, views
from credentials.certificates import SIGNATURES
from credentials.models import CertificateDraft
from credentials.views import submitted_once

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ACCEPT = f".csv,.txt,.xlsx,.pdf,.jpg,.jpeg,.png,text/csv,text/plain,{XLSX_TYPE},application/pdf,image/*"
# Problems listed at the top of the preview; every one is also on its own row.
SUMMARY_MAX = 25


class LogUploadForm(forms.Form):
    file = forms.FileField(
        label="Your CE log as a CSV or Excel file, or a CE transcript",
        help_text=f"A CSV or Excel (.xlsx, its first sheet) file from a spreadsheet or tracker, up to "
        f"{log_io.MAX_BYTES // 1024 // 1024} MB and {log_io.MAX_ROWS:,} rows; or a transcript (PDF, scan or "
        "photo) from the AAMA e-Learning Center, your employer's learning system or a college. Nothing is "
        "saved before you have checked every row.",
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_id = "log-upload"
        self.helper.form_action = reverse("activity_import")
        self.helper.layout = Layout("file", Submit("submit", "Check the file"))


class LogPreviewForm(forms.Form):
    """The choices of the preview page: what each column holds, how to read 3/5/2025, and which
    rows to save despite a warning. The file itself comes back signed (log_io.payload_load)."""

    date_order = forms.ChoiceField(
        choices=log_io.DATE_ORDERS, required=False, label="Dates written like 3/5/2025"
    )
    confirm = forms.TypedMultipleChoiceField(coerce=int, required=False, choices=())
    skip = forms.TypedMultipleChoiceField(coerce=int, required=False, choices=())
    duplicates = forms.TypedMultipleChoiceField(coerce=int, required=False, choices=())
    fill_category = forms.ChoiceField(
        choices=[("", "As in the file"), *[(c, c.capitalize()) for c in rules.CATEGORIES]],
        required=False,
        label="Category for every row without one",
    )
    fill_approved = forms.ChoiceField(
        choices=[("", "As in the file"), ("yes", "Yes"), ("no", "No")],
        required=False,
        label=f"{rules.APPROVAL.label} for every row without a value",
    )

    sheet = forms.ChoiceField(choices=(), required=False, label="Sheet of the workbook")

    def __init__(self, *args, headers, row_numbers, sheets=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sheet"].choices = [(str(i), name) for i, (name, _) in enumerate(sheets)]
        self.sheets = sheets
        self.fields["confirm"].choices = [(str(n), str(n)) for n in row_numbers]
        self.fields["skip"].choices = [(str(n), str(n)) for n in row_numbers]
        self.fields["duplicates"].choices = [(str(n), str(n)) for n in row_numbers]
        for index, header in enumerate(headers):
            self.fields[f"column_{index}"] = forms.ChoiceField(
                choices=log_io.target_choices(),
                required=False,
                label=f"Column {index + 1} “{header or 'no name'}”",
            )
        for name, field in self.fields.items():
            if name not in ("confirm", "skip", "duplicates"):
                field.widget.attrs["class"] = "form-select form-select-sm"
        self.headers = headers

    def fill(self) -> dict[str, str]:
        return {
            log_io.CATEGORY: self.cleaned_data.get("fill_category") or "",
            log_io.APPROVED: self.cleaned_data.get("fill_approved") or "",
        }

    CELL = re.compile(r"cell-(\d{1,6})-(\d{1,3})")

    def edits(self) -> dict[tuple[int, int], str]:
        """The cells corrected in the preview: inputs named ``cell-<row>-<column>``, for rows of
        the file and its columns (anything else posted is ignored)."""
        rows = {int(number) for number, _ in self.fields["skip"].choices}
        found = {}
        for name in self.data:
            match = self.CELL.fullmatch(name)
            if match is None:
                continue
            number, column = int(match[1]), int(match[2])
            if number in rows and column < len(self.headers):
                found[(number, column)] = self.data.get(name, "")
        return found

    def mapping(self) -> list[str]:
        return [self.cleaned_data.get(f"column_{i}") or log_io.IGNORE for i in range(len(self.headers))]

    @staticmethod
    def initial_from(parsed: log_io.ParsedLog) -> dict:
        initial = {f"column_{i}": target for i, target in enumerate(parsed.mapping)}
        initial["date_order"] = parsed.date_order
        return initial


def _upload_page(request, form, *, status: int = 200):
    return render(
        request,
        "credentials/log_import.html",
        {"form": form, "format": log_io.format_get()},
        status=status,
    )


def _preview_page(
    request,
    *,
    parsed: log_io.ParsedLog,
    form: LogPreviewForm,
    payload: str,
    notice: str = "",
    checked: bool = True,
    draft=None,
):
    """The preview page; ``draft``: the inbox draft whose transcript the rows come from."""
    errors = parsed.error_summary
    found = selectors.certificate_draft_transcript_get(draft=draft) if draft is not None else None
    transcript = (draft, found, log_io.transcript_words(found)) if found is not None else None
    return render(
        request,
        "credentials/log_import_preview.html",
        {
            "parsed": parsed,
            "form": form,
            "payload": payload,
            "notice": notice,
            "columns": [
                (index, header, form[f"column_{index}"], first) for index, header, _, first in parsed.columns
            ],
            "errors": errors[:SUMMARY_MAX],
            "more_errors": max(0, len(errors) - SUMMARY_MAX),
            "rows_with_errors": sum(1 for row in parsed.kept if not row.ok),
            "rows": [(row, parsed.editable_cells(row)) for row in parsed.rows],
            "checked": checked,
            "approval_label": rules.APPROVAL.label,
            "transcript": transcript,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def activity_import(request):
    """The upload form; a posted file is read and shown for checking (nothing is saved)."""
    form = LogUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid() and _is_document(form.cleaned_data["file"]):
        return _transcript_upload(request, form)
    if request.method == "POST" and form.is_valid():
        try:
            log_file = log_io.upload_read(form.cleaned_data["file"])
            return _fresh_preview(request, log_file=log_file)
        except log_io.LogFileError as error:
            form.add_error("file", str(error))
    return _upload_page(request, form)


def _transcript_draft(request, draft_id: int | None):
    """The person's inbox draft that is a transcript, or None."""
    if draft_id is None:
        return None
    draft = CertificateDraft.objects.filter(owner=request.user, pk=draft_id).first()
    return draft if draft is not None and selectors.certificate_draft_transcript_get(draft=draft) else None


@login_required
@require_http_methods(["GET"])
def activity_import_transcript(request, pk: int):
    """A transcript dropped in the inbox, its courses shown as the import's preview (issue 24)."""
    draft = get_object_or_404(CertificateDraft.objects.filter(owner=request.user), pk=pk)
    found = selectors.certificate_draft_transcript_get(draft=draft)
    if found is None:
        raise Http404("This file is not a transcript of several courses.")
    log_file = log_io.LogFile(log_io.transcript_csv(found), "UTF-8", draft_id=draft.pk)
    try:
        return _fresh_preview(request, log_file=log_file, draft=draft)
    except log_io.LogFileError as error:
        messages.error(request, f"{draft.file_name}: {error}")
        return redirect("draft_detail", pk=draft.pk)


def _fresh_preview(request, *, log_file: log_io.LogFile, draft=None, notice: str = ""):
    """The preview of a file read for the first time (or a workbook's other sheet): columns as
    guessed, every row checked; raises LogFileError for a file that cannot be read at all."""
    parsed = log_io.log_parse(text=log_file.text, owner=request.user, encoding=log_file.encoding)
    checked = log_io.activity_log_check(owner=request.user, rows=parsed.rows)
    preview = LogPreviewForm(
        initial={**LogPreviewForm.initial_from(parsed), "sheet": str(log_file.sheet)},
        headers=parsed.headers,
        row_numbers=[row.number for row in parsed.rows],
        sheets=log_file.sheets if len(log_file.sheets) > 1 else (),
    )
    payload = log_io.payload_sign(log_file=log_file, owner=request.user)
    return _preview_page(
        request, parsed=parsed, form=preview, payload=payload, checked=checked, draft=draft, notice=notice
    )


def _is_document(upload) -> bool:
    """A PDF or a picture (a transcript, scanned or not), told by its first bytes as the inbox
    tells a certificate's (certificates.SIGNATURES)."""
    start = upload.read(16)
    upload.seek(0)
    return start.startswith(tuple(sig for sigs in SIGNATURES.values() for sig in sigs))


def _transcript_upload(request, form):
    """A transcript uploaded here goes to the certificate inbox, to be read in the background like
    any certificate; its draft then offers the courses as this import's preview."""
    limit = views.upload_limit_hit(request, 1)
    if not limit.allowed:
        form.add_error(
            "file", f"You have uploaded many files in a short time. Try again in {limit.retry_after_words}."
        )
        return _upload_page(request, form, status=429)
    try:
        draft = services.certificate_draft_create(owner=request.user, file=form.cleaned_data["file"])
    except ValidationError as error:
        form.add_error("file", " ".join(error.messages))
        return _upload_page(request, form)
    messages.info(
        request,
        f"{draft.file_name} is being read. If it is a transcript, a button here offers its courses "
        "to check and import in one go.",
    )
    return redirect("draft_detail", pk=draft.pk)


@login_required
@require_http_methods(["POST"])
@submitted_once
def activity_import_preview(request):
    """Read the file again with the chosen columns and date order; "Save all" saves every row or
    none (services.activity_create, row by row, in one transaction)."""
    payload = request.POST.get("payload", "")
    try:
        log_file = log_io.payload_load(token=payload, owner=request.user)
        text, encoding, sheets = log_file.text, log_file.encoding, log_file.sheets
        draft = _transcript_draft(request, log_file.draft_id)
        chosen = request.POST.get("sheet", "")
        chosen = int(chosen) if re.fullmatch(r"[0-9]{1,3}", chosen) else -1
        if sheets and 0 <= chosen < len(sheets) and sheets[chosen][1] != text:
            # Another sheet of the workbook: read afresh, its own columns guessed.
            log_file = log_io.sheet_file(sheets, chosen)
            notice = f"Now reading the sheet “{sheets[chosen][0]}”: check its columns and rows."
            return _fresh_preview(request, log_file=log_file, notice=notice)
        guessed = log_io.log_parse(text=text, owner=request.user, encoding=encoding)
    except log_io.LogFileError as error:
        form = LogUploadForm()
        form.cleaned_data = {}  # an empty form, with the reason next to its file field
        form.add_error("file", str(error))
        return _upload_page(request, form, status=400)
    form = LogPreviewForm(
        request.POST, headers=guessed.headers, row_numbers=[row.number for row in guessed.rows], sheets=sheets
    )
    if not form.is_valid():
        checked = log_io.activity_log_check(owner=request.user, rows=guessed.rows)
        form = LogPreviewForm(
            initial={**LogPreviewForm.initial_from(guessed), "sheet": str(log_file.sheet)},
            headers=guessed.headers,
            row_numbers=[row.number for row in guessed.rows],
            sheets=sheets,
        )
        notice = "Some of the choices sent were not valid, so the columns are read as first guessed."
        return _preview_page(
            request, parsed=guessed, form=form, payload=payload, notice=notice, checked=checked, draft=draft
        )
    parsed = log_io.log_parse(
        text=text,
        owner=request.user,
        encoding=encoding,
        mapping=form.mapping(),
        date_order=form.cleaned_data["date_order"] or log_io.AUTO,
        fill=form.fill(),
        left_out=form.cleaned_data["skip"],
        edits=form.edits(),
        duplicates_shown=form.cleaned_data["duplicates"],
    )
    confirmed = set(form.cleaned_data["confirm"])
    for row in parsed.rows:
        row.confirmed = row.number in confirmed
    notice = ""
    if request.POST.get("action") == "left_out" and parsed.left_out:
        return _download(parsed.left_out_csv(), CSV_TYPE, "recert-rows-left-out.csv")
    if request.POST.get("action") == "save":
        saved = _save_all(request, parsed=parsed, form=form, payload=payload, log_file=log_file, draft=draft)
        if not isinstance(saved, str):
            return saved
        notice = saved
    checked = log_io.activity_log_check(owner=request.user, rows=parsed.kept)
    return _preview_page(
        request, parsed=parsed, form=form, payload=payload, notice=notice, checked=checked, draft=draft
    )


def _save_all(request, *, parsed, form, payload: str, log_file, draft):
    """ "Save all": the rows saved and the activity list (a response), or the notice (words, empty
    when there is none) for the preview to show again: the columns changed since the page was
    shown, or rows in error."""
    if request.POST.get("shown") != parsed.settings_key:
        return "You changed how the columns or dates are read: check the rows below, then save."
    if not parsed.ok:
        return ""
    if log_file.draft_id is not None and draft is None:
        raise Http404("This transcript was imported or removed already.")
    try:
        created = log_io.activity_log_import(owner=request.user, rows=parsed.kept, draft=draft)
    except CertificateDraft.DoesNotExist:
        raise Http404("This transcript was imported or removed already.") from None
    except ValidationError as error:
        if isinstance(error, log_io.LogImportError):
            notice = "Nothing was saved: correct or confirm the rows marked below."
        else:
            notice = f"Nothing was saved: {' '.join(error.messages)}"
        return _preview_page(request, parsed=parsed, form=form, payload=payload, notice=notice, draft=draft)
    count = len(created)
    proof = f", each with {draft.file_name} as its proof" if draft is not None else ""
    messages.success(request, f"{count} activit{'y' if count == 1 else 'ies'} imported{proof}.")
    return redirect("activity_list")


@login_required
@require_http_methods(["GET"])
def activity_import_template(request):
    """An example CSV with the import's columns, to fill in."""
    return _download(log_io.template_csv(), CSV_TYPE, "recert-activities-template.csv")


@login_required
@require_http_methods(["GET"])
def activity_import_format(request):
    """The CSV format in full (the same as docs/csv-format.md)."""
    return render(request, "credentials/log_format.html", {"format": log_io.format_get()})


@login_required
@require_http_methods(["GET"])
def activity_export_csv(request):
    today = timezone.localdate()
    data = log_io.export_csv(user=request.user, today=today)
    return _download(data, CSV_TYPE, f"recert-activities-{today:%Y-%m-%d}.csv")


@login_required
@require_http_methods(["GET"])
def activity_export_xlsx(request):
    today = timezone.localdate()
    data = log_io.export_xlsx(user=request.user, today=today)
    return _download(data, XLSX_TYPE, f"recert-activities-{today:%Y-%m-%d}.xlsx")


def _download(data, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
