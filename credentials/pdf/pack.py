"""The audit pack: the summary, then every certificate of the period's activities, each page
labelled with its activity and numbered on from the summary."""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Callable
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, Spacer, Table

from credentials import rules
from credentials.pdf.activities import _rows
from credentials.pdf.certificates import FOOTER_ZONE, LABEL_HEIGHT, _Certificate, _load_certificate
from credentials.pdf.document import _furniture, _metadata
from credentials.pdf.fonts import FONT, FONT_BOLD, _register_fonts
from credentials.pdf.summary import _build_summary
from credentials.pdf.text import _clean, _date, _fit, _x
from credentials.pdf.theme import (
    APP_NAME,
    BAND,
    BAND_TEXT,
    MARGIN,
    MUTED,
    PAGE,
    RULE,
    STATUS_BADGES,
    _Furniture,
    _styles,
    _table_style,
)
from credentials.selectors import COUNTED, EXCLUDED, PLANNED, CycleProgress

logger = logging.getLogger(__package__)  # "credentials.pdf", as before the package split

# Reasons an activity sits outside the recertification period: its certificate is not in the audit pack.
OUTSIDE_CYCLE = frozenset({rules.BEFORE_WINDOW, rules.AFTER_DEADLINE, EXCLUDED})


def _label(certificate: _Certificate) -> tuple[str, str]:
    activity, verdict = certificate.row.verdict.activity, certificate.row.verdict
    left = f"Certificate for: {_clean(activity.title)} — {_date(activity.completed_on)}"
    program = certificate.row.program
    if verdict.group == COUNTED:
        counted = f"counts {program.quantity(verdict.points)}"
    elif verdict.group == PLANNED:
        counted = f"planned: {program.quantity(verdict.planned_points)}"
    else:
        counted = "not counted"
    return left, f"Activity #{certificate.row.number} · {counted}"


def _draw_label(c: rl_canvas.Canvas, certificate: _Certificate, width: float, height: float) -> None:
    left, right = _label(certificate)
    c.saveState()
    c.setFillColor(BAND)
    c.rect(0, height - LABEL_HEIGHT, width, LABEL_HEIGHT, stroke=0, fill=1)
    c.setFont(FONT, 7.5)
    right_width = pdfmetrics.stringWidth(right, FONT, 7.5)
    c.setFillColor(BAND_TEXT)
    c.drawRightString(width - 18, height - LABEL_HEIGHT + 9, right)
    c.setFillColor(colors.white)
    c.setFont(FONT_BOLD, 8.5)
    c.drawString(18, height - LABEL_HEIGHT + 8.5, _fit(left, FONT_BOLD, 8.5, width - 36 - right_width - 16))
    c.restoreState()


def _draw_certificate_footer(
    c: rl_canvas.Canvas, furniture: _Furniture, page: int, total: int, width: float
) -> None:
    c.saveState()
    c.setFont(FONT, 7.5)
    c.setFillColor(MUTED)
    left = (
        f"{APP_NAME} audit pack · {furniture.holder} · {furniture.credential} · "
        f"generated {furniture.generated}"
    )
    c.drawString(18, 14, _fit(left, FONT, 7.5, width - 36 - 80))
    c.drawRightString(width - 18, 14, f"Page {page} of {total}")
    c.restoreState()


def _draw_image_page(c: rl_canvas.Canvas, certificate: _Certificate, width: float, height: float) -> None:
    image_w, image_h = certificate.image_size
    box_w, box_h = width - 2 * MARGIN, height - LABEL_HEIGHT - FOOTER_ZONE - 2 * 18
    scale = min(box_w / image_w, box_h / image_h)
    w, h = image_w * scale, image_h * scale
    x, y = (width - w) / 2, FOOTER_ZONE + 18 + (box_h - h) / 2
    c.drawImage(ImageReader(io.BytesIO(certificate.image)), x, y, w, h)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.rect(x, y, w, h, stroke=1, fill=0)


def _draw_problem_page(
    c: rl_canvas.Canvas, certificate: _Certificate, width: float, height: float, s: dict[str, ParagraphStyle]
) -> None:
    activity = certificate.row.verdict.activity
    text = f"Certificate for {_clean(activity.title)} could not be included: {certificate.problem}"
    parts = [
        Paragraph("This certificate is not in the pack", s["fail_title"]),
        Spacer(1, 8),
        Paragraph(escape(text), s["fail"]),
    ]
    if activity.certificate_name:
        parts += [Spacer(1, 6), Paragraph(f"File: {_x(activity.certificate_name)}", s["note"])]
    parts += [
        Spacer(1, 6),
        Paragraph(
            f"Activity #{certificate.row.number}, completed {_date(activity.completed_on)}"
            f"{', ' + _x(activity.provider) if activity.provider else ''}.",
            s["note"],
        ),
    ]
    box = Table([[parts]], colWidths=[width - 2 * MARGIN])
    box.setStyle(
        _table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), STATUS_BADGES[rules.GRACE][1]),
                ("LINEBEFORE", (0, 0), (0, -1), 3, STATUS_BADGES[rules.GRACE][0]),
                ("LEFTPADDING", (0, 0), (-1, -1), 16),
                ("RIGHTPADDING", (0, 0), (-1, -1), 16),
                ("TOPPADDING", (0, 0), (-1, -1), 14),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    _, box_h = box.wrapOn(c, width - 2 * MARGIN, height)
    box.drawOn(c, MARGIN, height - LABEL_HEIGHT - 48 - box_h)


def _certificate_pages(
    certificates: list[_Certificate], furniture: _Furniture, first_page: int, total: int
) -> bytes:
    """One ReportLab page per certificate page: the label and footer to stamp on a PDF page, or
    the whole page for an image or a certificate that could not be included."""
    s = _styles()
    buffer = io.BytesIO()
    c = rl_canvas.Canvas(buffer, pagesize=PAGE, invariant=True, initialFontName=FONT, initialFontSize=9)
    page_number = first_page
    for certificate in certificates:
        if certificate.pages:
            sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in certificate.pages]
        elif certificate.image is not None:
            image_w, image_h = certificate.image_size
            sizes = [landscape(PAGE) if image_w > image_h else PAGE]
        else:
            sizes = [PAGE]
        for width, height in sizes:
            c.setPageSize((width, height))
            if certificate.image is not None:
                _draw_image_page(c, certificate, width, height)
            elif not certificate.pages:
                _draw_problem_page(c, certificate, width, height, s)
            _draw_label(c, certificate, width, height)
            _draw_certificate_footer(c, furniture, page_number, total, width)
            c.showPage()
            page_number += 1
    c.save()
    return buffer.getvalue()


def audit_pack_pdf(
    *,
    progress: CycleProgress,
    holder_name: str,
    generated_at: dt.datetime,
    on_certificate: Callable[[int, int, str], None] | None = None,
) -> bytes:
    """The summary followed by every certificate of the period's activities, each page labelled.

    A certificate that cannot be read (damaged, password-protected, not a PDF or
    image) gets a page saying so instead; it never raises. ``on_certificate(n, total, title)``
    is told before each certificate is read (the background build reports it).
    """
    _register_fonts()
    rows = _rows(progress) if progress.program.requires_ce else []
    with_files = [
        row for row in rows if row.verdict.activity.certificate and row.verdict.reason not in OUTSIDE_CYCLE
    ]
    certificates = []
    for number, row in enumerate(with_files, start=1):
        if on_certificate is not None:
            on_certificate(number, len(with_files), row.verdict.activity.title)
        certificates.append(_load_certificate(row))
    furniture = _furniture(progress, holder_name, generated_at, "Audit pack")
    furniture.extra_pages = sum(c.page_count for c in certificates)
    summary = PdfReader(io.BytesIO(_build_summary(progress, holder_name, generated_at, furniture)))
    summary_pages = len(summary.pages)
    total = summary_pages + furniture.extra_pages

    writer = PdfWriter()
    writer.append(summary)
    if certificates:
        stamps = PdfReader(io.BytesIO(_certificate_pages(certificates, furniture, summary_pages + 1, total)))
        stamp_pages = iter(stamps.pages)
        for certificate in certificates:
            if not certificate.pages:
                writer.add_page(next(stamp_pages))
                continue
            for page in certificate.pages:
                stamp = next(stamp_pages)
                added = writer.add_page(page)
                try:
                    added.merge_page(stamp)
                except MemoryError:
                    raise
                except Exception as error:  # the page stays, without its label
                    logger.warning("Could not label a certificate page: %r", error)
    metadata = _metadata(progress, holder_name, furniture.document)
    writer.add_metadata(
        {
            "/Title": metadata["title"],
            "/Subject": metadata["subject"],
            "/Author": metadata["author"],
            "/Creator": APP_NAME,
            "/Producer": APP_NAME,
        }
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
