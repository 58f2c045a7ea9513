"""What a document is called: its download name, its properties and its page furniture's words."""

from __future__ import annotations

import datetime as dt

from django.utils.text import slugify

from credentials.pdf.text import _clean, _date, _timestamp
from credentials.pdf.theme import APP_NAME, _Furniture
from credentials.selectors import CycleProgress

CONTENT_TYPE = "application/pdf"


def pdf_filename(*, progress: CycleProgress, generated_at: dt.datetime, audit_pack: bool = False) -> str:
    """A download name such as ``recert-cma-aama-123456-summary-2026-11-27.pdf`` (ASCII only).

    The credential number is in it when there is one, so two credentials of the same
    program (or two people's files in one folder) do not get the same name.
    """
    credential = progress.credential
    parts = ["recert", slugify(credential.display_name) or "credential"]
    number = slugify(credential.number or "")
    if number:
        parts.append(number)
    parts += ["audit-pack" if audit_pack else "summary", generated_at.date().isoformat()]
    return "-".join(parts) + ".pdf"


def _credential_name(progress: CycleProgress) -> str:
    """The credential's name and number ("<name> #<number>"), or the name alone without one."""
    credential = progress.credential
    return credential.display_name + (f" #{credential.number}" if credential.number else "")


def _metadata(progress: CycleProgress, holder_name: str, document: str) -> dict[str, str]:
    """Title, subject and author for the PDF's document properties (what a viewer's title bar shows)."""
    title = f"{document}: {_credential_name(progress)}"
    if holder_name.strip():
        title += f" — {holder_name.strip()}"
    period = f"{_date(progress.cycle.starts_on)} to {_date(progress.result.expires_on)}"
    subject = f"Continuing education for the recertification period {period}"
    return {
        "title": _clean(title),
        "subject": _clean(subject),
        "author": _clean(holder_name.strip() or APP_NAME),
    }


def _furniture(
    progress: CycleProgress, holder_name: str, generated_at: dt.datetime, document: str
) -> _Furniture:
    return _Furniture(
        holder=_clean(holder_name),
        credential=_clean(_credential_name(progress)),
        document=document,
        generated=_timestamp(generated_at),
    )
