"""The summary PDF kept (issue 26): a repeat download of a period nothing has changed is a cache
read, not an evaluation and a drawing.

The last drawing of each period is kept under the person's rendering prefix
(``credentials.renderings``: deleting a person deletes it), with what could change it: the code
of the PDFs, the selectors and the templates; the period's data version (raised by every write
of the person's); the day; the name printed; the date style (the active language) and the
timezone. It says when it was first drawn, in its footer and its file name, and so does each
repeat.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.utils import translation

from core.collector import collector_paused
from credentials import renderings, selectors
from credentials.models import Cycle
from credentials.pdf.document import pdf_filename
from credentials.pdf.summary import summary_pdf

PDF_CODE = hashlib.sha256(
    selectors.RENDERING_CODE.encode()
    + b"".join(path.read_bytes() for path in sorted(Path(__file__).parent.glob("*.py")))
).hexdigest()[:32]


@dataclass(frozen=True)
class SummaryPdf:
    """The file (``data`` None when the period has more activities than a request may draw:
    ``activities`` says how many) and its name."""

    data: bytes | None
    filename: str
    activities: int


def summary_pdf_kept(*, cycle: Cycle, holder_name: str, now: dt.datetime) -> SummaryPdf:
    parts = (
        PDF_CODE,
        cycle.pk,
        cycle.created_at,
        cycle.progress_version,
        now.date(),
        holder_name,
        translation.get_language(),
        str(now.tzinfo),
        # Settings the summary's sentences read (a restart with new ones draws it again).
        settings.RECERT_SUMMARY_INLINE_MAX_ACTIVITIES,
        settings.RECERT_REALISTIC_POINTS_PER_MONTH,
        repr(sorted(settings.RECERT_FEES.items())),
    )
    # One entry per period, overwritten when anything above changes: the cache holds at most one
    # drawing of each period, however often the person writes and downloads in a day.
    key = renderings.rendering_key(owner_id=cycle.credential.owner_id, name="summary-pdf", parts=(cycle.pk,))
    version = hashlib.sha256(repr(parts).encode()).hexdigest()
    cache = caches[renderings.CACHE]
    kept = cache.get(key)
    if kept is not None and kept[0] == version:
        return SummaryPdf(*kept[1:])
    progress = selectors.cycle_progress_get(cycle=cycle, today=now.date(), fresh=True)
    activities = len(progress.verdicts)
    if activities > settings.RECERT_SUMMARY_INLINE_MAX_ACTIVITIES:
        made = SummaryPdf(None, "", activities)
    else:
        with collector_paused():  # thousands of short-lived drawing objects (core/collector.py)
            data = summary_pdf(progress=progress, holder_name=holder_name, generated_at=now)
        filename = pdf_filename(progress=progress, generated_at=now, audit_pack=False)
        made = SummaryPdf(data, filename, activities)
    cache.set(key, (version, made.data, made.filename, made.activities), renderings.TIMEOUT)
    return made
