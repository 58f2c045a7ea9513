"""The ReportLab internals credentials/pdf/internals.py relies on: if an upgrade changes them, these
fail by name instead of a PDF coming out wrong."""

import io

import pypdf
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfgen.canvas import Canvas

from credentials.pdf import internals


def test_a_canvas_names_the_document_it_writes_to():
    canvas = Canvas(io.BytesIO())
    assert isinstance(internals.canvas_document(canvas), PDFDocument)


def test_the_page_width_is_the_canvas_page_size():
    canvas = Canvas(io.BytesIO(), pagesize=(300, 500))
    assert internals.page_width(canvas) == 300


def test_pages_held_and_written_later_keep_their_own_drawing():
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(300, 500))
    held = []
    for word in ("first", "second"):
        canvas.drawString(20, 400, f"{word} page")
        held.append(internals.page_state(canvas))
        internals.page_next(canvas)
    for number, state in enumerate(held, start=1):
        internals.page_state_restore(canvas, state)
        canvas.drawString(20, 20, f"Page {number} of {len(held)}")
        Canvas.showPage(canvas)
    canvas.save()
    pages = pypdf.PdfReader(io.BytesIO(out.getvalue())).pages
    assert [page.extract_text().split() for page in pages] == [
        ["first", "page", "Page", "1", "of", "2"],
        ["second", "page", "Page", "2", "of", "2"],
    ]
