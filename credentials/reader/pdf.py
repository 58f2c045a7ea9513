"""A PDF's text layer, read as lines with their font sizes (pypdf), and its pages drawn as images for
OCR when it has no text worth reading (PDFium).
"""

from __future__ import annotations

import io
import itertools
import math
import threading
import warnings

from credentials.reader.found import _Line, _Unreadable
from credentials.reader.text_cleanup import _clean_lines, _size_key

TEXT_PAGES = 3  # pages of a PDF whose text layer is read
OCR_PAGES = 2  # pages of a scanned PDF that are drawn and recognised
OCR_DPI = 300
MAX_RENDER_PIXELS = 12_000_000  # a drawn PDF page (Letter at 300 dpi is 8.4 million)
MIN_TEXT_CHARS = 40  # fewer letters and digits in a text layer: treat the PDF as scanned
_PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe


def _pdf_text_lines(data: bytes, *, layout: bool = False) -> list[_Line]:
    """The text of the first pages: in the order the PDF draws it, or (``layout``) as the page shows it."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    unlocked = reader.decrypt("")
                except DependencyError:
                    unlocked = 0
                if not unlocked:
                    raise _Unreadable(_PASSWORD)
            lines: list[_Line] = []
            for number, page in enumerate(reader.pages, start=1):
                if number > TEXT_PAGES:
                    break
                sizes: dict[str, float] = {}
                try:
                    if layout:
                        text = page.extract_text(extraction_mode="layout") or ""
                    else:
                        visitor = _SizeVisitor(sizes)
                        text = page.extract_text(visitor_text=visitor) or ""
                        visitor.finish()
                except (FileNotDecryptedError, _Unreadable):
                    raise
                except Exception:
                    continue  # a damaged page; the others may still read
                lines.extend(_Line(t, number, size=sizes.get(_size_key(t), 0.0)) for t in _clean_lines(text))
            return lines
    except _Unreadable:
        raise
    except FileNotDecryptedError:
        raise _Unreadable(_PASSWORD) from None
    except Exception:
        return []  # no usable text layer: the pages may still be drawn and recognised


class _SizeVisitor:
    """Collects, from pypdf's text visitor, the printed size of each line of a page's text: the chunks
    drawn between two line breaks, at the largest font size among them (font size times the text and
    graphics matrices' vertical scale)."""

    def __init__(self, sizes: dict[str, float]):
        self.sizes = sizes
        self.text: list[str] = []
        self.size = 0.0

    def __call__(self, text, cm, tm, font_dict, font_size) -> None:
        try:
            scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
            size = float(font_size or 0) * (scale or 1.0)
        except (TypeError, ValueError, IndexError):
            size = 0.0
        for i, part in enumerate(str(text or "").split("\n")):
            if i:
                self._end_line()
            if part.strip():
                self.text.append(part)
                self.size = max(self.size, size)

    def finish(self) -> None:
        self._end_line()

    def _end_line(self) -> None:
        for line in _clean_lines("".join(self.text)):
            key = _size_key(line)
            self.sizes[key] = max(self.sizes.get(key, 0.0), round(self.size, 1))
        self.text, self.size = [], 0.0


_PASSWORD = (
    "This PDF is password-protected, so it could not be read. Save or print it as a PDF without a password, "
    "or enter the details by hand."
)


def _thin_text_over_images(data: bytes, lines: list[_Line]) -> bool:
    """A short text layer on pages that also draw an image."""
    if sum(ch.isalnum() for line in lines for ch in line.text) >= 200:
        return False
    from pypdf import PdfReader

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                reader.decrypt("")
            for page in list(itertools.islice(reader.pages, OCR_PAGES)):
                xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
                for ref in xobjects.values():
                    item = ref.get_object()
                    if item.get("/Subtype") == "/Image" and int(item.get("/Width", 0)) >= 300:
                        return True
    except Exception:
        return False
    return False


def _enough_text(lines: list[_Line]) -> bool:
    text = "".join(line.text for line in lines)
    alnum = sum(ch.isalnum() for ch in text)
    if alnum < MIN_TEXT_CHARS:
        return False
    # A text layer of fonts without a Unicode map reads as symbols: treat it as no text.
    plain = sum(ch.isascii() and (ch.isalnum() or ch in " .,:;/()-'\"#&%") for ch in text)
    return plain >= 0.7 * len(text)


def _pdf_page_images(data: bytes, pages: int = OCR_PAGES) -> list:
    import pypdfium2 as pdfium

    images = []
    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except Exception as exc:
            if "password" in str(exc).lower():
                raise _Unreadable(_PASSWORD) from None
            raise _Unreadable(
                "This PDF is damaged or incomplete, so it could not be read. Download it again, or enter the "
                "details by hand."
            ) from None
        try:
            for index in range(min(pages, len(document))):
                page = document[index]
                try:
                    width, height = page.get_size()
                    if width <= 1 or height <= 1:
                        continue
                    scale = OCR_DPI / 72
                    if width * height * scale * scale > MAX_RENDER_PIXELS:
                        scale = math.sqrt(MAX_RENDER_PIXELS / (width * height))
                    bitmap = page.render(scale=scale, grayscale=True)
                    images.append(bitmap.to_pil().convert("L"))
                    bitmap.close()
                finally:
                    page.close()
        finally:
            document.close()
    if not images:
        raise _Unreadable("No text could be read from this file.")
    return images


# The transcript reader draws its scanned pages the same way.
page_images = _pdf_page_images
