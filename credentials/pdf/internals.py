"""The ReportLab internals the PDFs rely on, in one place.

Two things ReportLab offers no public API for:

- the document a canvas writes to (``Canvas._doc``): TrueType fonts map characters to subsets
  per document, and ``textops`` writes many lines with the same mapping;
- holding finished pages until the last one is known (``Canvas._startPage`` and the canvas's
  per-page state), so each page can say "Page N of M": ReportLab's own NumberedCanvas recipe.

ReportLab is capped below its next major version in ``pyproject.toml``, and
``tests/test_pdf_internals.py`` fails by name if any of these changes shape.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfgen.canvas import Canvas


def canvas_document(canvas: Canvas) -> PDFDocument:
    """The PDF document ``canvas`` writes to."""
    return canvas._doc


def page_state(canvas: Canvas) -> dict:
    """The canvas's state for the page just drawn, to draw on it again later."""
    return dict(canvas.__dict__)


def page_state_restore(canvas: Canvas, state: dict) -> None:
    canvas.__dict__.update(state)


def page_next(canvas: Canvas) -> None:
    """Starts a new page without writing the one just drawn (``showPage`` would write it)."""
    canvas._startPage()


def page_width(canvas: Canvas) -> float:
    return canvas._pagesize[0]
