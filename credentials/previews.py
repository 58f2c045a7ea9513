"""A picture of a certificate's first page, for showing it beside its draft (no PDF viewer needed,
on a phone either): PDFs drawn by PDFium, images re-encoded. Bounded by the upload checks."""

from __future__ import annotations

import io
import math

from PIL import Image, ImageOps

WIDTH = 900  # pixels: sharp beside a form, small to send
MAX_PIXELS = 4_000_000  # at most, whatever the page's shape


def preview_png(data: bytes) -> bytes | None:
    """The first page as a PNG at most WIDTH wide, or None if the file cannot be drawn."""
    try:
        image = _pdf_first_page(data) if data.startswith(b"%PDF-") else _image(data)
    except Exception:  # a damaged file has no preview; the download link still works
        return None
    if image is None:
        return None
    image = ImageOps.exif_transpose(image)
    image.thumbnail((WIDTH, WIDTH * 2))
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG", optimize=True)
    return out.getvalue()


def _pdf_first_page(data: bytes) -> Image.Image | None:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        if len(document) == 0:
            return None
        page = document[0]
        width, height = max(page.get_width(), 1), max(page.get_height(), 1)
        # Fit the width, never more than MAX_PIXELS in all: a page 200,000 points tall is drawn
        # small, not as a picture of gigabytes.
        scale = min(WIDTH / width, 4, math.sqrt(MAX_PIXELS / (width * height)))
        return page.render(scale=scale).to_pil()
    finally:
        document.close()


def _image(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image
