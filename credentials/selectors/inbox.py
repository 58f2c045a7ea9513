"""Reads of the certificate inbox: the drafts, what a draft's reading prefills, its possible
duplicates and transcript, and the reading hints learnt from earlier corrections."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from credentials import rules, transcript
from credentials.models import SPLIT, CEActivity, CertificateDraft, ReadingHint
from credentials.selectors.evaluation import titles_close

# --------------------------------------------------------------------------- certificate inbox


@dataclass(frozen=True)
class DraftPrefill:
    """A read draft as the activity form starts: its values, and beside each field where on the
    certificate it was found and how sure the reader is."""

    draft: CertificateDraft
    initial: dict
    notes: dict[str, str]


def certificate_drafts_get(*, owner) -> list[CertificateDraft]:
    return list(CertificateDraft.objects.filter(owner=owner))


def reading_hints_get(*, owner_id: int) -> dict[str, dict[str, str]]:
    """The person's hints as the reader takes them: {issuer: {field: anchor}}."""
    hints: dict[str, dict[str, str]] = {}
    for hint in ReadingHint.objects.filter(owner_id=owner_id):
        hints.setdefault(hint.issuer, {})[hint.field] = hint.anchor
    return hints


def certificate_draft_duplicates_get(*, draft: CertificateDraft) -> list[CEActivity]:
    """Activities the person already logged that this certificate seems to be (issue 23): the same
    file (content hash), or the same completion date and a title that reads nearly the same."""
    same_file = (
        list(CEActivity.objects.filter(owner_id=draft.owner_id, certificate_sha256=draft.sha256))
        if draft.sha256
        else []
    )
    close = []
    if draft.completed_on and draft.title:
        for activity in CEActivity.objects.filter(owner_id=draft.owner_id, completed_on=draft.completed_on):
            if activity not in same_file and titles_close(draft.title, activity.title):
                close.append(activity)
    return same_file + close


def certificate_draft_transcript_get(*, draft: CertificateDraft) -> transcript.Transcript | None:
    """The courses of a draft that is a transcript (a table of courses, issue 24), else None."""
    if draft.state != CertificateDraft.State.READ or not draft.transcript:
        return None
    return transcript.Transcript.from_json(draft.transcript)


def certificate_draft_prefill_get(*, draft: CertificateDraft) -> DraftPrefill:
    # Complexity D (27): one branch per form field the reader can fill, each with its own note.
    findings = {f.field: f for f in draft.findings.all()}
    initial: dict = {}
    notes: dict[str, str] = {}

    def found(form_field: str, reader_field: str, value, extra: str = "") -> None:
        finding = findings.get(reader_field)
        if value in (None, "") or finding is None:
            return
        initial[form_field] = value
        notes[form_field] = (
            f"Read from the certificate, {_sureness(finding.confidence)}. {finding.where}{extra}"
        )

    found("title", "title", draft.title)
    found("provider", "provider", draft.provider)
    found("completed_on", "completed_on", draft.completed_on)
    printed = rules.PRINTED_UNITS.get(draft.unit)
    approval = findings.get("aama_approved")
    # Approval is pre-filled only when the reader is sure of it (issue 23): otherwise it is asked.
    approved = bool(draft.aama_approved) and approval is not None and approval.confidence >= SURE
    if printed is not None:
        if approved and printed.approved is not None:
            printed = printed.approved  # 50 minutes are 1 AAMA CEU (R-CMA-7)
        unit = printed.unit
        if approved and unit == rules.UNIT_OF_KIND[rules.UNITS[unit].kind]:
            unit = rules.approved_unit(unit) or unit
        found("unit", "unit", unit)
        if draft.aama_approved and not approved and not rules.UNITS[unit].approved and "unit" in notes:
            twin = rules.approved_unit(unit)
            notes["unit"] = (
                notes["unit"].rstrip(". ")
                + f". It may say it is {rules.APPROVAL.label}, but not clearly: check"
                + (f", and choose {rules.UNITS[twin].label} if it is." if twin else ".")
            )
        if draft.amount is not None:
            logged = printed.logged_amount(draft.amount)
            converted = (
                f" Logged as {rules.format_amount(logged)} ({printed.words})." if printed.words else ""
            )
            found("amount", "amount", Decimal(rules.format_amount(logged)), converted)  # "2", not "2.00"
    if draft.category in rules.CATEGORIES:
        found("category", "category", draft.category)
    read = draft.categories or {}
    split = {c: Decimal(read[c]) for c in rules.CATEGORIES if c in read}  # in the form's order (jsonb sorts)
    if len(split) >= 2 and "amount" in initial:
        # A certificate that splits its credit across categories (R-CMA-4): the form's split fields.
        initial["category"] = SPLIT
        initial.update({f"split_{c}": Decimal(rules.format_amount(a)) for c, a in split.items()})
        parts = ", ".join(f"{rules.format_amount(a)} {c}" for c, a in split.items())
        notes["category"] = f"Read from the certificate: the credit is split ({parts}). Check each part."
    for name, words in (
        ("title", "the course title"),
        ("completed_on", "the completion date"),
        ("amount", "the amount"),
    ):
        if name not in initial:
            notes[name] = f"Not found on the certificate: enter {words} as printed."
    return DraftPrefill(draft=draft, initial=initial, notes=notes)


SURE = Decimal("0.9")  # docs/certificate-reading.md: "sure" only when independent signals agree


def _sureness(confidence: Decimal) -> str:
    if confidence >= SURE:
        return "sure"
    if confidence >= Decimal("0.5"):
        return "fairly sure: check this"
    return "unsure: check this"
