"""A PDF's text layer, read as lines with their font sizes (pypdf), and its pages drawn as images for
OCR when it has no text worth reading (PDFium).
"""

from __future__ import annotations

import io
import itertools
import math
import re
import threading
import warnings
from dataclasses import dataclass

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
                glyphs: list[_Glyph] = []
                try:
                    if layout:
                        text = page.extract_text(extraction_mode="layout") or ""
                    else:
                        visitor = _SizeVisitor(sizes, glyphs)
                        text = page.extract_text(visitor_text=visitor) or ""
                        visitor.finish()
                except (FileNotDecryptedError, _Unreadable):
                    raise
                except Exception:
                    continue  # a damaged page; the others may still read
                for t, size in _join_spaced(_clean_lines(text), glyphs):
                    lines.append(_Line(t, number, size=size or sizes.get(_size_key(t), 0.0)))
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

    def __init__(self, sizes: dict[str, float], glyphs: list[_Glyph]):
        self.sizes = sizes
        self.glyphs = glyphs
        self.text: list[str] = []
        self.size = 0.0

    def __call__(self, text, cm, tm, font_dict, font_size) -> None:
        try:
            scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
            size = float(font_size or 0) * (scale or 1.0)
        except (TypeError, ValueError, IndexError):
            size = 0.0
        if len(str(text or "").strip()) == 1:  # a glyph drawn on its own: where, for _join_spaced
            try:
                x = float(tm[4]) * float(cm[0]) + float(tm[5]) * float(cm[2]) + float(cm[4])
                y = float(tm[4]) * float(cm[1]) + float(tm[5]) * float(cm[3]) + float(cm[5])
            except (TypeError, ValueError, IndexError):
                x = y = 0.0
            self.glyphs.append(_Glyph(str(text).strip(), x, y, size))
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


@dataclass(frozen=True)
class _Glyph:
    """One character a PDF draws on its own, where it draws it."""

    char: str
    x: float
    y: float
    size: float


# Advance widths (in ems) of Helvetica's letters and digits: what a glyph of a usual font takes up, so
# that the rest of the step to the next glyph is the letter-spacing, or a space between words.
_WIDTHS = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz&",
        [
            *(0.667, 0.667, 0.722, 0.722, 0.667, 0.611, 0.778, 0.722, 0.278, 0.5, 0.667, 0.556, 0.833),
            *(0.722, 0.778, 0.667, 0.778, 0.722, 0.667, 0.611, 0.722, 0.667, 0.944, 0.667, 0.667, 0.611),
            *(0.556, 0.556, 0.5, 0.556, 0.556, 0.278, 0.556, 0.556, 0.222, 0.222, 0.5, 0.222, 0.833),
            *(0.556, 0.556, 0.556, 0.556, 0.333, 0.5, 0.278, 0.556, 0.5, 0.722, 0.5, 0.5, 0.5),
            0.667,
        ],
        strict=True,
    )
)
_SPACED_OUT = re.compile(r"[A-Za-z&](?: {1,3}[A-Za-z&]){3,}")
_WORD_GAP = 0.22  # ems beyond the usual letter-spacing that mark a space between two words


def _join_spaced(texts: list[str], glyphs: list[_Glyph]) -> list[tuple[str, float]]:
    """The lines of a page, with a letter-spaced heading drawn glyph by glyph ("M", "E", "R", … each read
    as a line of its own) put back together as the words it spells ("MERCY OAKS HOSPITAL"), its words
    told apart by the wider steps between them. Each line comes with the size it is printed in where
    that is known here (0.0 otherwise)."""
    out: list[tuple[str, float]] = []
    at = 0  # the next glyph record not yet matched to a line
    run: list[_Glyph] = []

    def flush() -> None:
        for row in _rows(run):
            out.append((_spelled(row), max(g.size for g in row)) if len(row) > 1 else (row[0].char, 0.0))
        run.clear()

    for text in texts:
        if _SPACED_OUT.fullmatch(text):  # "L A B  S K I L L S": drawn with letter-spacing, read with spaces
            text = " ".join(word.replace(" ", "") for word in re.split(r" {2,}", text))
        # A one-letter line that was no glyph of its own (the end of a longer chunk) matches no record and
        # leaves the records after it for the lines after it.
        found = (
            next((i for i in range(at, len(glyphs)) if glyphs[i].char == text), None)
            if len(text) == 1
            else None
        )
        if found is None:
            flush()
            out.append((text, 0.0))
        else:
            at = found + 1
            run.append(glyphs[found])
    flush()
    return out


def _rows(run: list[_Glyph]) -> list[list[_Glyph]]:
    """Glyphs drawn one after another, split where the next is not further along the same baseline."""
    rows: list[list[_Glyph]] = []
    for glyph in run:
        last = rows[-1][-1] if rows else None
        if last is not None and abs(glyph.y - last.y) <= 0.3 * max(last.size, 1) and glyph.x > last.x:
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
    return rows


def _spelled(row: list[_Glyph]) -> str:
    # The step from a glyph to the next is its width plus the letter-spacing, plus a space's width between
    # words. Widths are Helvetica's scaled to this font, or all one width (a typewriter font), whichever
    # fits the steps better; fitted twice, the second time without the steps that stood out as spaces.
    pairs = [(_WIDTHS.get(a.char, 0.556) * a.size, b.x - a.x, a.size) for a, b in itertools.pairwise(row)]
    best = None
    for widths in (pairs, [(0.6 * size, step, size) for _, step, size in pairs]):
        kept = widths
        for _ in range(2):
            scale, spacing = _line_fit(kept)
            kept = [p for p in widths if p[1] - scale * p[0] - spacing <= _WORD_GAP * p[2]] or widths
        misfit = sorted(abs(p[1] - scale * p[0] - spacing) for p in kept)[len(kept) // 2]
        if best is None or misfit < best[0]:
            best = (misfit, widths, scale, spacing)
    _, widths, scale, spacing = best
    text = row[0].char
    for glyph, (width, step, size) in zip(row[1:], widths, strict=True):
        text += (" " if step - scale * width - spacing > _WORD_GAP * size else "") + glyph.char
    return text


def _line_fit(pairs: list[tuple[float, float, float]]) -> tuple[float, float]:
    """Least squares of step = scale * width + spacing; a scale kept within what fonts differ by."""
    n = len(pairs)
    if n < 3:  # too few steps to fit a scale: the narrowest step is letter-spacing alone
        return 1.0, min(step - width for width, step, _ in pairs)
    mean_w = sum(p[0] for p in pairs) / n
    mean_s = sum(p[1] for p in pairs) / n
    spread = sum((p[0] - mean_w) ** 2 for p in pairs)
    scale = sum((p[0] - mean_w) * (p[1] - mean_s) for p in pairs) / spread if spread else 1.0
    scale = min(1.4, max(0.7, scale))
    return scale, mean_s - scale * mean_w


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
