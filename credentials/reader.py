"""Reads a continuing-education certificate (PDF, PNG or JPEG) into the fields of an activity.

The text comes from the PDF's text layer (pypdf) or, for photos and scans, from tesseract
(pytesseract; scanned PDF pages are drawn by PDFium). The fields come from that text by rules:
regular expressions for labels, dates, amounts and units, dateutil for month names. Nothing is
guessed: a field the certificate does not state is None with a confidence of 0.

``read_certificate`` never raises. A file that cannot be read gives a ``Reading`` whose
``problem`` says why in a sentence for a person, with every field empty.

Pure Python, no Django (the management command ``read_certificate`` prints its readings as JSON).
The rules are tested on the corpus in tests/certificates/ and by tests/test_reader.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import io
import itertools
import math
import re
import threading
import time
import unicodedata
import warnings
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from dateutil import parser as date_parser

__all__ = ["CATEGORIES", "FIELDS", "UNITS", "Found", "Reading", "read_certificate", "reading_as_json"]

FIELDS = ("completed_on", "title", "provider", "amount", "unit", "aama_approved", "category")
UNITS = ("contact_hours", "aama_ceu", "nha_credit", "iacet_ceu", "college_credit", "cpr_card", "minutes")
CATEGORIES = ("administrative", "clinical", "general")


@dataclass(frozen=True)
class Found:
    value: object  # date, str, Decimal, bool or None
    confidence: float  # 0.0–1.0; 0.0 whenever value is None
    where: str  # where it was found, for a person; "" when not found


@dataclass(frozen=True)
class Reading:
    fields: dict[str, Found]  # exactly FIELDS
    source: str  # "text layer", "OCR" or "none"
    problem: str | None
    text: str
    # Credit a certificate splits across categories ("Administrative: 2.0 CEUs  Clinical: 3.5 CEUs"):
    # each category's amount, in the unit read; empty otherwise (then ``category`` may hold one).
    categories: dict = field(default_factory=dict)


# ---- limits ------------------------------------------------------------------------------------

MAX_BYTES = 40 * 1024 * 1024  # larger files are refused before any parsing
TEXT_PAGES = 3  # pages of a PDF whose text layer is read
OCR_PAGES = 2  # pages of a scanned PDF that are drawn and recognised
OCR_DPI = 300
MAX_IMAGE_PIXELS = 50_000_000  # an image's declared size, checked before decoding
MAX_RENDER_PIXELS = 12_000_000  # a drawn PDF page (Letter at 300 dpi is 8.4 million)
MAX_OCR_SIDE = 3600  # longest side handed to tesseract
OCR_SECONDS = 60  # all tesseract calls on one file together
MIN_TEXT_CHARS = 40  # fewer letters and digits in a text layer: treat the PDF as scanned

NOT_FOUND = Found(None, 0.0, "")
_PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe


def _today() -> dt.date:
    return dt.date.today()


class _Unreadable(Exception):
    """The file cannot be read; the message is the sentence for a person."""


@dataclass
class _Line:
    text: str
    page: int
    conf: float = 1.0  # 0–1: tesseract's mean word confidence, 1 for a text layer
    # How large the line is printed (a text layer's font size in points, an OCR line's median word
    # height in pixels); 0 when unknown. Only compared within one reading: the title is prominent.
    size: float = 0.0


# ---- the public functions -----------------------------------------------------------------------


def read_certificate(data: bytes, *, filename: str = "", hints: dict | None = None) -> Reading:
    """What ``data`` (a certificate's bytes) says; never raises. The type is told by the bytes, not by
    ``filename`` (accepted for callers that have one). ``hints``: what a person's corrections showed
    of certificates from an issuer, {issuer_key(provider): {"title" | "completed_on": anchor line}}
    (see ``correction_hints``)."""
    try:
        return _read(data, hints or {})
    except _Unreadable as exc:
        return _empty(str(exc))
    except Exception as exc:  # a reader of untrusted files must not fail the caller
        return _empty(
            f"This file could not be read ({type(exc).__name__}). Check that it opens, or enter the details "
            "by hand."
        )


def reading_as_json(reading: Reading, *, file: str) -> dict:
    """The command's object for one file: the fields as JSON values, their confidences, source, problem."""
    fields = reading.fields
    date = fields["completed_on"].value
    amount = fields["amount"].value
    return {
        "file": file,
        "completed_on": date.isoformat() if isinstance(date, dt.date) else None,
        "title": fields["title"].value,
        "provider": fields["provider"].value,
        "amount": str(amount) if isinstance(amount, Decimal) else None,
        "unit": fields["unit"].value,
        "aama_approved": fields["aama_approved"].value,
        "category": fields["category"].value,
        "confidence": {name: round(float(fields[name].confidence), 2) for name in FIELDS},
        "source": reading.source,
        "problem": reading.problem,
    }


def _empty(problem: str | None, source: str = "none", text: str = "") -> Reading:
    return Reading(fields=dict.fromkeys(FIELDS, NOT_FOUND), source=source, problem=problem, text=text)


def _read(data: bytes, hints: dict) -> Reading:
    if not isinstance(data, bytes | bytearray | memoryview):
        raise _Unreadable("This file could not be read.")
    data = bytes(data)
    if not data:
        raise _Unreadable("This file is empty.")
    if len(data) > MAX_BYTES:
        raise _Unreadable(
            f"This file is larger than {MAX_BYTES // (1024 * 1024)} MB, too large to read. Enter the details "
            "by hand."
        )
    kind = _sniff(data)
    if kind is None:
        raise _Unreadable("This file is not a PDF, PNG or JPEG image.")
    if kind == "pdf":
        lines = _pdf_text_lines(data)
        if not _enough_text(lines):
            lines = _ocr_pages(_pdf_page_images(data), what="scanned PDF")
            source = "OCR"
        elif _thin_text_over_images(data, lines):
            # A certificate image with a little text around it (a browser's print header, a URL): the image
            # is the certificate. Without OCR the text layer is all there is.
            source = "text layer"
            with contextlib.suppress(_Unreadable):
                recognised = _ocr_pages(_pdf_page_images(data), what="scanned PDF")
                if recognised:
                    lines, source = recognised + lines, "OCR"
        else:
            source = "text layer"
    else:
        lines = _ocr_pages([_open_image(data)], what="photo")
        source = "OCR"
    text = "\n".join(line.text for line in lines)
    if not re.search(r"[A-Za-z]{2}", text):
        return _empty("No text could be read from this file.", source, text)
    fields = _extract(lines, ocr=source == "OCR")
    if hints and fields["provider"].value:
        fields = _hinted(
            _Doc(lines, source == "OCR"), fields, hints.get(issuer_key(fields["provider"].value))
        )
    if source == "text layer" and any(found.confidence < 0.7 for found in fields.values()):
        # Design tools draw text in any order: read the page as it looks too, for what is missing or unsure.
        with contextlib.suppress(_Unreadable):
            shown = _pdf_text_lines(data, layout=True)
            if shown:
                fields = _merge(fields, _extract(shown, ocr=False))
    categories = _category_split(text, fields["amount"].value)
    if categories:
        fields["category"] = NOT_FOUND  # split, not one category
        total = sum(categories.values())
        if fields["amount"].value != total:  # "1.0 Administrative / 1.0 Clinical (2.0 total)"
            fields["amount"] = Found(total, 0.85, "the total of the parts in each category")
    return Reading(fields=fields, source=source, problem=None, text=text, categories=categories)


def _merge(drawn: dict[str, Found], shown: dict[str, Found]) -> dict[str, Found]:
    """Each field from the reading in drawing order unless the one in page order found it clearly better."""
    merged = {}
    for name in FIELDS:
        a, b = drawn[name], shown[name]
        better = b.value is not None and (a.value is None or b.confidence >= a.confidence + 0.25)
        merged[name] = b if better else a
    title, provider = merged["title"].value, merged["provider"].value
    if title and provider and title.lower() == provider.lower():  # the title taken for an organisation
        other = shown["provider"] if merged["provider"] is drawn["provider"] else drawn["provider"]
        ok = other.value and other.value.lower() != title.lower()
        merged["provider"] = other if ok else NOT_FOUND
    return merged


def _sniff(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.lstrip(b"\xef\xbb\xbf \t\r\n\x00").startswith(b"%PDF-"):
        return "pdf"
    if b"%PDF-" in data[:1024] and not data.startswith((b"PK\x03\x04", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf")):
        return "pdf"  # a few bytes of junk before the header (readers accept it); not a PDF inside an archive
    return None


# ---- what a person's corrections taught -----------------------------------------------------------


def issuer_key(provider: str) -> str:
    """The key a provider's certificates share, however its name is spaced or cased."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", provider.strip(), flags=re.IGNORECASE).lower())


def correction_hints(*, text: str, title: str | None, completed_on: dt.date | None) -> dict[str, str]:
    """What a person's corrected title and date show about where an issuer prints them: the line
    above the title, the label before (or above) the date. Only lines of ``text`` (the reading the
    correction was made to) are kept, so nothing is learnt that the certificate did not print."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    hints: dict[str, str] = {}
    if title:
        key = _size_key(title)
        for i, line in enumerate(lines):
            if i and len(_size_key(line)) >= 6 and key.startswith(_size_key(line)):
                hints["title"] = lines[i - 1][:200]
                break
    if completed_on:
        for i, line in enumerate(lines):
            hit = next((h for h in _dates_in(line) if h.date == completed_on), None)
            if hit is None:
                continue
            label = line[: hit.start].strip(" :-")
            if re.search(r"[A-Za-z]{3}", label):
                hints["completed_on"] = label[-80:]
            elif i:
                hints["completed_on"] = lines[i - 1][:80]
            break
    return hints


def _hinted(doc: _Doc, fields: dict[str, Found], hint: dict | None) -> dict[str, Found]:
    """The fields with what the person's corrections of this issuer's certificates showed."""
    if not hint:
        return fields
    fields = dict(fields)
    lines = doc.lines
    note = "where your correction of a certificate from this issuer showed it"
    anchor = _size_key(hint.get("title", ""))
    for i, line in enumerate(lines[:-1]):
        if anchor and _size_key(line.text) == anchor:
            value, at = _title_value("", lines, i)
            if value:
                fields["title"] = doc.found(value, 0.85, at, note)
            break
    anchor = _size_key(hint.get("completed_on", ""))
    for i, line in enumerate(lines):
        if anchor and anchor in _size_key(line.text):
            hits = _dates_in(line.text) or (_dates_in(lines[i + 1].text) if i + 1 < len(lines) else [])
            if hits:
                fields["completed_on"] = doc.found(hits[0].date, 0.85, line, note)
            break
    return fields


# ---- text from a PDF's text layer ------------------------------------------------------------------


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


def _size_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


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


# ---- OCR ---------------------------------------------------------------------------------------------


def _open_image(data: bytes):
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            limit = min(MAX_IMAGE_PIXELS, Image.MAX_IMAGE_PIXELS or MAX_IMAGE_PIXELS)
            if width < 1 or height < 1 or width * height > limit:
                raise _Unreadable(
                    f"This image is too large to read ({width:,} × {height:,} pixels). Send a smaller photo."
                )
            image.load()
    except _Unreadable:
        raise
    except Image.DecompressionBombError:
        raise _Unreadable(
            "This image is too large to read (too many pixels). Send a smaller photo."
        ) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise _Unreadable("This image is damaged or incomplete, so it could not be read.") from None
    with contextlib.suppress(Exception):  # a broken EXIF block: read the image as stored
        image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA")
        background = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, image)
    return image.convert("L")


def _ocr_pages(images: list, *, what: str) -> list[_Line]:
    try:
        import pytesseract
    except ImportError:
        raise _Unreadable(_no_tesseract(what)) from None
    deadline = time.monotonic() + OCR_SECONDS
    lines: list[_Line] = []
    try:
        for number, image in enumerate(images, start=1):
            lines.extend(_read_page(_prepare(image), number, deadline, pytesseract))
    except pytesseract.TesseractNotFoundError:
        raise _Unreadable(_no_tesseract(what)) from None
    except _Timeout:
        raise _Unreadable(
            f"Reading the text of this {what} took too long, so it was stopped. Enter the details by hand."
        ) from None
    except (pytesseract.TesseractError, OSError) as exc:
        raise _Unreadable(
            f"Text recognition (tesseract) failed on this {what} ({str(exc)[:80].strip()}). Enter the "
            "details by hand."
        ) from None
    return lines


class _Timeout(Exception):
    pass


def _no_tesseract(what: str) -> str:
    return (
        f"Text recognition (tesseract) is not installed on this server, so this {what} could not be read. "
        "Enter the details by hand."
    )


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0.5:
        raise _Timeout
    return left


def _call(deadline, function, *args, **kwargs):
    try:
        return function(*args, timeout=_remaining(deadline), **kwargs)
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise _Timeout from None
        raise


def _prepare(image):
    """Grayscale, scaled so that ordinary print is ~30 px high for tesseract (small photos enlarged)."""
    from PIL import Image

    width, height = image.size
    longest = max(width, height)
    factor = 1.0
    if longest < 2200:
        factor = min(3.0, 2200 / longest)
    elif longest > MAX_OCR_SIDE:
        factor = MAX_OCR_SIDE / longest
    if abs(factor - 1.0) > 0.05:
        image = image.resize(
            (max(1, round(width * factor)), max(1, round(height * factor))), Image.Resampling.LANCZOS
        )
    return image


def _flatten(image):
    """Uneven light and grain evened out: the paper (a wide local maximum) divided out, specks removed, the
    contrast stretched. Tesseract's own thresholding does better on most photos; this is a second try."""
    from PIL import ImageChops, ImageFilter, ImageOps

    image = image.filter(ImageFilter.MedianFilter(3))
    small = image.reduce(8) if min(image.size) >= 64 else image
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(6)).resize(image.size)
    darkness = ImageChops.subtract(paper, image)  # ink is darker than the paper around it
    return ImageOps.autocontrast(ImageOps.invert(darkness), cutoff=(0.5, 0.5))


def _read_page(image, page: int, deadline, pytesseract) -> list[_Line]:
    """The page's lines, read upright: when the text reads badly as it is, tesseract's orientation
    detection (OSD) says how far the page is turned, and the turned reading is kept if it reads better;
    a reading still poor is tried again with the light evened out."""
    from PIL import ImageStat

    if ImageStat.Stat(image.reduce(4) if min(image.size) >= 16 else image).stddev[0] < 2:
        return []  # a blank page
    best = _deskew(image, PHOTO_TILT)
    words = _recognise(best, deadline, pytesseract)
    if len(words) < 3:
        return _lines(words, page)  # next to nothing to read, whichever way up
    if _legible(words) < 5 or _legible(words) < 0.3 * len(words):
        small = image.copy()
        small.thumbnail((1400, 1400))
        try:
            osd = _call(
                deadline,
                pytesseract.image_to_osd,
                small,
                config="--psm 0",
                output_type=pytesseract.Output.DICT,
            )
            turns = [int(osd.get("rotate", 0) or 0) % 360]
        except (pytesseract.TesseractError, ValueError, KeyError, TypeError):
            turns = [180, 90, 270]  # too little text for OSD: try each way round
        for turn in turns:
            if turn not in (90, 180, 270):
                continue
            turned = _deskew(image.rotate(-turn, expand=True, fillcolor=255), PHOTO_TILT)
            again = _recognise(turned, deadline, pytesseract)
            if _legible(again) > _legible(words):
                best, words = turned, again
    if _legible(words) < 0.6 * len(words):
        again = _recognise(_flatten(best), deadline, pytesseract)
        if _legible(again) > _legible(words):
            words = again
    # Tesseract's page layout sometimes drops a line (often a large heading) at one scale and not at
    # another: read the page at a second scale and add the lines only that reading found.
    width, height = best.size
    factor = 0.6 if max(width, height) > 1800 else 1.5
    second = best.resize((max(1, round(width * factor)), max(1, round(height * factor))))
    return _union(_lines(words, page), _lines(_recognise(second, deadline, pytesseract), page))


def _union(lines: list[_Line], others: list[_Line]) -> list[_Line]:
    """``lines`` with the confident lines of ``others`` that ``lines`` lacks, each where it belongs."""

    def key(line: _Line) -> str:
        return re.sub(r"[^a-z0-9]", "", line.text.lower())

    keys = [key(line) for line in lines]
    merged = list(lines)
    inserted = 0
    matcher = difflib.SequenceMatcher(None, keys, [key(line) for line in others], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag not in ("insert", "replace"):
            continue
        extra = [
            line
            for line in others[j1:j2]
            if line.conf >= 0.75
            and len(key(line)) >= 4
            and not any(difflib.SequenceMatcher(None, key(line), k).ratio() >= 0.6 for k in keys)
        ]
        at = i2 if tag == "replace" else i1
        merged[at + inserted : at + inserted] = extra
        inserted += len(extra)
    return merged


def _legible(words: list[tuple]) -> int:
    """How many words tesseract read with confidence that look like words (the measure of a good reading)."""
    return sum(
        1 for text, conf, *_ in words if conf >= 70 and re.fullmatch(r"[A-Za-z]{3,}[.,:;)]?", text.strip())
    )


def _deskew(image, limit: float = 4.0):
    """Straighten a small tilt (up to ±``limit``°): the angle whose rows of ink are sharpest."""
    from PIL import Image, ImageOps

    small = image.copy()
    small.thumbnail((700, 700))
    ink = ImageOps.invert(small).point(lambda v: 255 if v > 90 else 0)

    def sharpness(angle: float) -> float:
        turned = ink.rotate(angle, resample=Image.Resampling.BILINEAR)
        rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
        return sum((a - b) ** 2 for a, b in itertools.pairwise(rows))

    steps = round(2 * limit)
    best = max((a / 2 for a in range(-steps, steps + 1)), key=lambda a: (sharpness(a), -abs(a)))
    fine = max((best + d for d in (-0.25, 0, 0.25)), key=sharpness)
    if abs(fine) < 0.3:
        return image
    return image.rotate(fine, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


# The transcript reader draws, opens and straightens its scans the same way.
deskew, page_images, open_image = _deskew, _pdf_page_images, _open_image
PHOTO_TILT = 10.0  # a certificate photographed on a desk may lie turned up to 10°


def _recognise(image, deadline, pytesseract) -> list[tuple[str, float, tuple, float]]:
    """Tesseract's words in reading order: (text, confidence 0–100, (block, paragraph, line), height
    as a share of the image's height)."""
    data = _call(
        deadline,
        pytesseract.image_to_data,
        image,
        lang="eng",
        config="--psm 3",
        output_type=pytesseract.Output.DICT,
    )
    words = []
    page_height = max(1, getattr(image, "height", 0) or 0)
    previous: tuple | None = None  # (key, right edge, height) of the last word kept
    for i, word in enumerate(data.get("text", [])):
        word = (word or "").strip()
        try:
            conf = float(data["conf"][i])
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        except (TypeError, ValueError, KeyError, IndexError):
            continue
        if word and conf >= 0:
            try:
                left, width, height = int(data["left"][i]), int(data["width"][i]), int(data["height"][i])
            except (TypeError, ValueError, KeyError, IndexError):
                left = width = height = 0
            if (
                previous
                and previous[0] == key
                and height
                and left - previous[1] > 2.5 * max(height, previous[2])
            ):
                word = " " + word  # a wide gap on the line: the next column of a table (kept as two spaces)
            previous = (key, left + width, height)
            words.append((word, conf, key, height / page_height))
    return words


def _lines(words: list[tuple], page: int) -> list[_Line]:
    groups: dict[tuple, list[tuple[str, float, float]]] = {}
    for text, conf, key, height in words:
        groups.setdefault(key, []).append((text, conf, height))
    lines = []
    for group in groups.values():
        text = " ".join(w for w, _, _ in group)
        # The line's printed size: the median height of its words (x-height words and capitals alike),
        # in thousandths of the page, so readings of one page at two scales compare.
        heights = sorted(h for w, _, h in group if re.search(r"[A-Za-z]{2}", w)) or [0.0]
        size = round(1000 * heights[len(heights) // 2], 1)
        for cleaned in _clean_lines(_fix_ocr(text)):
            cleaned = _trim_specks(cleaned)
            if cleaned:
                lines.append(_Line(cleaned, page, sum(c for _, c, _ in group) / len(group) / 100, size))
    return lines


def _trim_specks(text: str) -> str:
    """A line without the marks a border, a seal or dust leaves at its ends ("' Eastern Valley …", "… |")."""
    text = re.sub(r"^(?:[^\w\s\"(]+\s*)+", "", text)
    text = re.sub(r"(?:\s*[|~_=*•»«]+)+$", "", text)
    if text.count('"') == 1:
        text = text.replace('"', "")
    return text.strip()


# ---- text clean-up -------------------------------------------------------------------------------------

_PUNCT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u00ad": None,
        "\u200b": None,
        "\t": " ",
    }
)


def _clean_lines(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).translate(_PUNCT)
    out = []
    for raw in text.splitlines():
        line = re.sub(r" {2,}", "  ", raw.strip())  # keep a wide gap visible: it separates columns
        if line:
            out.append(line)
    return out


_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]


def _fix_ocr(line: str) -> str:
    """Undo tesseract's usual confusions inside numbers ('2O25', 'l0/12') and month names ('Ju1y')."""

    def digits(match: re.Match) -> str:
        token = match.group(0)
        digits = sum(ch.isdigit() for ch in token)
        if digits >= 2 or (digits and 2 * digits >= sum(ch.isalnum() for ch in token)):
            return token.translate(str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"}))
        return token

    line = re.sub(r"(?<![A-Za-z])[0-9OoIl|]+(?:[/.\-][0-9OoIl|]+)*(?![A-Za-z])", digits, line)
    # A decimal point read with a space after it before a unit ("1. 0 CE credit", "2. 5 contact hours").
    line = re.sub(
        r"(?<![\d.])(\d{1,2})\.\s(\d{1,2})(?=\s*(?:AAMA|NHA|IACET|CEUs?\b|CE\b|contact|clock|credit|hours?\b))",
        r"\1.\2",
        line,
        flags=re.IGNORECASE,
    )

    def month(match: re.Match) -> str:
        token = match.group(0)
        guess = token.translate(str.maketrans({"0": "o", "1": "l", "5": "s"}))
        return guess if guess.lower() in _MONTH_NAMES else token

    return re.sub(
        r"\b[A-Za-z015][A-Za-z015]{2,8}\b",
        lambda m: (
            month(m) if re.search(r"\d", m.group(0)) and re.search(r"[A-Za-z]", m.group(0)) else m.group(0)
        ),
        line,
    )


# ---- fields ---------------------------------------------------------------------------------------------


def _extract(lines: list[_Line], *, ocr: bool) -> dict[str, Found]:
    doc = _Doc(lines, ocr)
    fields = dict.fromkeys(FIELDS, NOT_FOUND)
    fields["completed_on"] = _completed_on(doc)
    fields["aama_approved"] = _aama(doc)
    amount, unit = _amount_unit(doc, aama=fields["aama_approved"].value is True)
    fields["amount"], fields["unit"] = amount, unit
    fields["category"] = _category(doc)
    fields["title"] = _title(doc, card=unit.value == "cpr_card")
    fields["provider"] = _provider(doc, title=fields["title"].value)
    return fields


class _Doc:
    """The lines read; their cells (a wide gap separates columns) with a label joined to its value on the
    next cell or line; and each cell with the next, for a phrase a line break cut in two."""

    def __init__(self, lines: list[_Line], ocr: bool):
        self.lines = lines
        self.ocr = ocr
        self.text = "\n".join(line.text for line in lines)
        cells = []
        for line in lines:
            parts = [part for part in re.split(r"\s{2,}", line.text) if part]
            if len(parts) >= 3 and sum(bool(_LABEL_ONLY.match(part)) for part in parts) >= 2:
                parts = [line.text]  # a table's row of headings: its cells are not label and value
            cells.extend(_Line(part, line.page, line.conf, line.size) for part in parts)
        self.joined = _join_labels(cells)
        self.pairs = [
            _Line(f"{a.text} {b.text}", a.page, min(a.conf, b.conf), max(a.size, b.size))
            for a, b in itertools.pairwise(self.joined)
            if a.page == b.page
        ]

    def found(self, value, confidence: float, line: _Line | None, note: str = "") -> Found:
        if value is None:
            return NOT_FOUND
        if line is not None:
            confidence *= _source_factor(line, self.ocr)
            snippet = line.text if len(line.text) <= 120 else line.text[:117] + "..."
            where = f'Found in "{snippet}" (page {line.page})'
        else:
            confidence *= 0.85 if self.ocr else 1.0
            where = ""
        if note:
            where = f"{where}; {note}" if where else note
        return Found(value, round(max(0.05, min(1.0, confidence)), 2), where)


def _source_factor(line: _Line, ocr: bool) -> float:
    if not ocr:
        return 1.0
    return 0.9 * max(0.3, min(1.0, line.conf))


# Labels that may stand alone on a line (or in a cell) with their value on the next one, with or
# without a colon; any other short label needs its colon ("Participant Name:").
_LABEL_ONLY = re.compile(
    r"^(?:course|course\s+(?:title|name)|activity(?:\s+(?:title|name))?|program(?:me)?\s+(?:title|name)|"
    r"module(?:\s+(?:title|name))?|webinar(?:\s+title)?|session\s+title|event\s+(?:title|name)|title|topic|"
    r"lesson|in-?service|provider|(?:provided|presented|offered|sponsored|issued|hosted|conducted|developed|"
    r"delivered|awarded|certified|produced)\s+by|(?:accredited|approved|ce|education|course)\s+provider"
    r"(?:\s+name)?|training\s+(?:cent(?:er|re)|site)(?:\s+name)?|institution|organi[sz]ation|"
    r"contact\s+hours?(?:\s*\(s\))?|ce\s+hours?|clock\s+hours|hours|credit\s+hours|"
    r"ce\s+credits?(?:\s*\(s\))?|credits?(?:\s+earned|\s+awarded)?|aama\s+ceus?|ceus?(?:\s+earned|\s+awarded)?|"
    r"nha\s+(?:ce\s+)?credits?|iacet\s+ceus?|ccp\s+points|points|duration|length|semester\s+credits|"
    r"category|content\s+area|ceu\s+category)\s*:?$",
    re.IGNORECASE,
)
_ANY_LABEL = re.compile(r"^[A-Za-z][A-Za-z0-9 ()/#&'.-]{0,38}:$")
_HEADING_WORD = re.compile(
    r"^(?:grade|score|status|result|ce|date(?:\s+completed)?|completed|credits?|hours|units)$", re.IGNORECASE
)
_HEADING_CELL = re.compile(r"^(?:[A-Z][A-Za-z#.()/]*|CE|CEUs?)(?:\s+[A-Za-z#.()/]+)?$")


_AMOUNT_LABEL = re.compile(r"hours|credits?|ceus?|points|duration|length", re.IGNORECASE)
_CATEGORY_LABEL = re.compile(r"category|content\s+area", re.IGNORECASE)


def _is_label(text: str) -> bool:
    return bool(_LABEL_ONLY.match(text)) or (bool(_ANY_LABEL.match(text)) and len(text.split()) <= 4)


def _fits(label: str, value: str) -> bool:
    """Whether ``value`` can be ``label``'s value (a caption under a value is not the next one's label)."""
    if label.rstrip().endswith(":"):
        return True
    if _AMOUNT_LABEL.search(label):
        return bool(re.search(r"\d|\b(?:one|two|three|four|five|six|half)\b", value, re.IGNORECASE))
    if _CATEGORY_LABEL.search(label):
        return bool(re.search(r"administrative|clinical|general", value, re.IGNORECASE))
    return not _dates_in(value) and bool(re.search(r"[A-Za-z]{3}", value))


def _joined(label: _Line, value: _Line) -> _Line:
    return _Line(
        f"{label.text.rstrip(' :')}: {value.text}", label.page, min(label.conf, value.conf), value.size
    )


def _join_labels(lines: list[_Line]) -> list[_Line]:
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        # A table's heading row drawn cell by cell ("Course", "Title", "Grade", "Credits"), then its row.
        k = 0
        while (
            i + k < len(lines) and lines[i + k].page == line.page and _HEADING_CELL.match(lines[i + k].text)
        ):
            k += 1
        headings = sum(
            bool(_LABEL_ONLY.match(c.text) or _HEADING_WORD.match(c.text)) for c in lines[i : i + k]
        )
        if k >= 3 and headings >= 2:
            values = lines[i + k : i + 2 * k]
            if len(values) == k and all(
                v.page == line.page and not _LABEL_ONLY.match(v.text) and len(v.text) <= 120 for v in values
            ):
                for label, value in zip(lines[i : i + k], values, strict=True):
                    prefix = label.text.rstrip(" :")
                    if re.match(rf"{re.escape(prefix)}\s*:", value.text, re.IGNORECASE):
                        out.append(value)  # the cell repeats its heading
                    else:
                        out.append(_joined(label, value))
                i += 2 * k
            else:
                out.extend(lines[i : i + k])
                i += k
            continue
        # A block of labels, then a block of their values in the same order (a form's two text boxes).
        k = 0
        while i + k < len(lines) and lines[i + k].page == line.page and _ANY_LABEL.match(lines[i + k].text):
            k += 1
        values = lines[i + k : i + 2 * k]
        if (
            k >= 2
            and len(values) == k
            and all(v.page == line.page and not _is_label(v.text) and len(v.text) <= 120 for v in values)
        ):
            out.extend(_joined(label, value) for label, value in zip(lines[i : i + k], values, strict=True))
            i += 2 * k
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (
            nxt is not None
            and nxt.page == line.page
            and _is_label(line.text)
            and not _is_label(nxt.text)
            and len(nxt.text) <= 120
            and _fits(line.text, nxt.text)
        ):
            out.append(_joined(line, nxt))
            i += 2
            continue
        out.append(line)
        i += 1
    return out


# ---- completion date -------------------------------------------------------------------------------------

_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d])"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"
_DATE_PATTERNS = [
    (
        "mdy",  # a course over days, "March 5-7, 2025": it was completed on the last
        re.compile(
            rf"\b{_MON}\s*[0-3]?\d(?:st|nd|rd|th)?\s*(?:-|to|through|thru|&|and)\s*{_DAY}\s*,?\s*{_YEAR}",
            re.IGNORECASE,
        ),
    ),
    ("mdy", re.compile(rf"\b{_MON}(?:\s*|-)\s*{_DAY}(?:\s*[,.]?\s*|[-/])(?:,\s*)?{_YEAR}", re.IGNORECASE)),
    (
        "dmy",
        re.compile(
            rf"(?<![\d/.-]){_DAY}(?:\s*|[-/])(?:day\s+)?(?:of\s+)?{_MON}(?:\s*[,.]?\s*|[-/]){_YEAR}",
            re.IGNORECASE,
        ),
    ),
    (
        "iso",
        re.compile(
            r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d/])"
        ),
    ),
    (
        "num",
        re.compile(
            r"(?<![\d/.-])(?P<a>[01]?\d|[0-3]\d)\s?(?P<sep>[-/.])\s?(?P<b>[0-3]?\d)\s?(?P=sep)\s?"
            r"(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/])"
        ),
    ),
]

_POSITIVE_STRONG = [
    r"date\s+of\s+completion",
    r"completion\s+date",
    r"date\s+completed",
    r"completed\s+on",
    r"complet(?:ed|ion)",
    r"(?:award|awarded|earned|end|finish|attendance|class|course|activity|session|event|"
    r"training|program|webinar|exam|test|module|lesson|in-?service)\s+dates?",
    r"date\s+of\s+(?:award|training|attendance|course|activity|session|event|class|program|exam|test)",
    r"date\s+(?:awarded|earned|attended|passed|finished|taken|held|given|granted)",
    r"awarded(?:\s+on)?",
    r"attended(?:\s+on)?",
    r"earned(?:\s+on)?",
    r"passed(?:\s+on)?",
    r"finished(?:\s+on)?",
    r"held(?:\s+on)?",
    r"sessions?\s+held",
    r"dates?(?:\s*\(s\))?\s+(?:presented|held|attended)",
    r"presented\s+on",
    r"conferred(?:\s+on)?",
    r"granted(?:\s+on)?",
    r"given\s+(?:this|on)",
    r"this\s+day(?:\s+of)?",
]
# When the certificate (or card) was issued: the completion unless a date of the course itself is
# also printed ("Webinar date: April 10" beats "Certificate issued April 11").
_POSITIVE_ISSUE = [
    r"(?:issue|issued|certificate)\s+dates?",
    r"date\s+of\s+(?:issue|certification|certificate)",
    r"date\s+issued",
    r"issued(?:\s+on)?",
]
_POSITIVE_WEAK = [r"dated?", r"when", r"on"]
_NEGATIVE_WORDS = (
    r"expir\w*|exp\.?|expires?|renew\w*|re-?certif\w*|recert|valid|good|due|deadline|birth|born|dob|d\.o\.b\.?|"
    r"approv\w*|accredit\w*|through|thru|until|till|since|hire|hired|employed|effective|revis\w*|version|"
    r"copyright|offered|period|cycle|membership|member|eligib\w*|before|by"
)
_NEGATIVE = [
    rf"(?:{_NEGATIVE_WORDS})\s*date",
    rf"date\s+of\s+(?:{_NEGATIVE_WORDS})",
    r"(?:" + _NEGATIVE_WORDS + r")",
    r"©",
]
_LAST_RESORT_WORDS = (
    r"print(?:ed)?|generated|report(?:ed)?|run|registered|registration|enroll\w*|start(?:ed)?|begin\w*|"
    r"submitted|received|requested|created|verified|verification|posted|signed|signature|graded?|grades"
)
_LAST_RESORT = [rf"(?:{_LAST_RESORT_WORDS})\s*(?:date|on)?", rf"date\s+(?:{_LAST_RESORT_WORDS})"]

_DATE_LABELS = (
    [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), 3.0) for p in _POSITIVE_STRONG]
    + [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), 2.7) for p in _POSITIVE_ISSUE]
    + [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), 2.0 if p != "on" else 1.5) for p in _POSITIVE_WEAK]
    + [(re.compile(rf"(?:\b|(?<=\W))(?:{p})(?:\b|(?=\W)|$)", re.IGNORECASE), -1.0) for p in _NEGATIVE]
    + [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), 0.3) for p in _LAST_RESORT]
)
_RANGE_JOIN = re.compile(r"^\s*(?:-|to|through|thru|until|and|&)\s*$", re.IGNORECASE)


@dataclass
class _DateHit:
    date: dt.date
    start: int
    end: int
    text: str
    # A date in numbers whose day and month could be either way round ("05/06/2025"): the other reading.
    swapped: dt.date | None = None


def _dates_in(text: str) -> list[_DateHit]:
    hits: list[_DateHit] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            date = _date_from(kind, m)
            if date is None:
                continue
            if any(m.start() < h.end and h.start < m.end() for h in hits):
                continue
            swapped = None
            if kind == "num":
                a, b = int(m.group("a")), int(m.group("b"))
                if a != b and a <= 12 and b <= 12:
                    with contextlib.suppress(ValueError):
                        swapped = date.replace(month=date.day, day=date.month)
            hits.append(_DateHit(date, m.start(), m.end(), m.group(0), swapped))
    return sorted(hits, key=lambda h: h.start)


def _day_first(lines: list[_Line]) -> bool:
    """Whether the page writes dates in numbers day first ("22/05/2025"): a numeric date that can only
    be read day first, and none that can only be read month first."""
    day_first = month_first = False
    for line in lines:
        for m in _DATE_PATTERNS[-1][1].finditer(line.text):
            a, b = int(m.group("a")), int(m.group("b"))
            day_first |= a > 12 and b <= 12
            month_first |= b > 12 and a <= 12
    return day_first and not month_first


def _date_from(kind: str, m: re.Match) -> dt.date | None:
    try:
        if kind in ("mdy", "dmy"):
            day, year = int(m.group("day")), int(m.group("year"))
            month = date_parser.parse(f"{m.group('mon').rstrip('.')[:3]} 1 2000").month
            return dt.date(year, month, day)
        if kind == "iso":
            return dt.date(int(m.group("year")), int(m.group("m")), int(m.group("d")))
        a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
        year = int(y)
        if len(y) == 2:
            year += 2000 if 2000 + year <= _today().year + 10 else 1900
        if a <= 12:
            return dt.date(year, a, b)  # United States: month first
        return dt.date(year, b, a) if b <= 12 else None
    except (ValueError, OverflowError, date_parser.ParserError):
        return None


def _label_score(context: str) -> float | None:
    """The score of the label nearest the end of ``context`` (3 completion … -1 expiry), None without one."""
    best = None  # (end, length, score)
    for pattern, score in _DATE_LABELS:
        for m in pattern.finditer(context):
            key = (m.end(), m.end() - m.start())
            if best is None or key > best[:2]:
                best = (*key, score)
    return None if best is None else best[2]


def _labels_in_row(text: str) -> list[float]:
    """The date labels of a header or caption row, left to right (one per column)."""
    found = []
    for pattern, score in _DATE_LABELS:
        if score in (1.5,):  # "on" is not a column heading
            continue
        for m in pattern.finditer(text):
            found.append((m.start(), m.end(), score))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    labels, last_end = [], -1
    for start, end, score in found:
        if start < last_end:
            continue
        if labels and start - last_end <= 2:  # "Issue Date" found as "issue date" and "date": one label
            labels[-1] = score if labels[-1] < 0 or score < 0 else max(labels[-1], score)
        else:
            labels.append(score)
        last_end = end
    return labels


_LABEL_LINE = re.compile(r"^[A-Za-z][A-Za-z .()/'&-]{1,45}:?$")


def _is_label_line(line: _Line | None) -> bool:
    return line is not None and bool(_LABEL_LINE.match(line.text)) and _label_score(line.text) is not None


def _is_bare_date_line(line: _Line | None) -> bool:
    if line is None:
        return False
    hits = _dates_in(line.text)
    rest = line.text
    for h in reversed(hits):
        rest = rest[: h.start] + rest[h.end :]
    return bool(hits) and not re.search(r"[A-Za-z]{2}", rest)


_PARTIAL_DATE = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\d/])")
_VALIDITY = re.compile(r"\b(?:valid|validity|effective|certification\s+period|period)\b", re.IGNORECASE)


def _completed_on(doc: _Doc) -> Found:
    today = _today()
    card = _is_card(doc)
    lines = doc.lines
    day_first = _day_first(lines)
    # Every date on the page: (score or None, labelled on its own line, label free of other roles, hit, line)
    dates: list[tuple[float | None, bool, bool, _DateHit, _Line]] = []
    for index, line in enumerate(lines):
        hits = _dates_in(line.text)
        if day_first:
            hits = [_DateHit(h.swapped, h.start, h.end, h.text) if h.swapped else h for h in hits]
        previous: tuple | None = None
        for k, hit in enumerate(hits):
            before = line.text[hits[k - 1].end if k else 0 : hit.start]
            inline = clean = False
            if k and _RANGE_JOIN.match(before) and previous is not None:
                score, inline, clean = previous
                if score == -2.0:  # the end of a card's validity: its expiry
                    score = -1.0
            else:
                context = re.sub(r"\bfrom\s*$", "", before[-90:], flags=re.IGNORECASE)
                if not k and index and len(context.strip()) <= 12 and re.search(r"[A-Za-z]", context):
                    # "from 01/01/2024 through ..." continuing the line above: read its end too
                    above = lines[index - 1]
                    if above.page == line.page and not _dates_in(above.text):
                        context = above.text[-60:] + " " + context
                score = _label_score(context)
                inline = score is not None
                clean = inline and _one_role(context)
                if score is None:
                    at_start = not re.search(r"[A-Za-z]", before)
                    score = _neighbour_label(lines, index, k, hits, at_start=at_start)
                    above = lines[index - 1] if index else None
                    if (
                        score is not None
                        and at_start
                        and len(hits) == 1
                        and above is not None
                        and above.page == line.page
                        and _is_label_line(above)
                        and above.text.endswith(":")
                        and _label_score(above.text) == score
                    ):
                        # A form's label ending in a colon, its date alone on the next line.
                        inline, clean = True, _one_role(above.text)
                if (
                    score is not None
                    and score < 0
                    and card
                    and k + 1 < len(hits)
                    and _VALIDITY.search(context)
                ):
                    # A card "valid 03/05/2025 - 03/05/2027": it was issued on the first date.
                    after = line.text[hit.end : hits[k + 1].start]
                    if _RANGE_JOIN.match(after):
                        score = -2.0
            previous = (score, inline, clean)
            dates.append((score, inline, clean, hit, line))
    candidates = []  # (score, date, line, inline, clean, hit)
    for score, inline, clean, hit, line in dates:
        score = 1.0 if score is None else 0.2 if score == -2.0 else score
        if score < 0 or not (dt.date(1970, 1, 1) <= hit.date <= today + dt.timedelta(days=1)):
            continue
        candidates.append((score, hit.date, line, inline, clean, hit))
    if not candidates:
        return NOT_FOUND
    score, date, line, inline, clean, hit = max(candidates, key=lambda c: (c[0], c[1]))
    confidence = {3.0: 0.9, 2.0: 0.8, 1.5: 0.65, 1.0: 0.5}.get(score, 0.3)
    if score == 1.0 and len({c[1] for c in candidates}) > 1:
        confidence = 0.4
    if confidence >= 0.9 and not _sure_date(date, hit, inline, clean, dates, day_first):
        confidence = 0.85
    if score >= 1.5:
        note = ""
    elif score == 1.0:
        note = "no date is labelled as the completion date; this is the latest date on the certificate"
    elif score == 0.2:
        note = "the first day of the card's validity"
    else:
        note = "no completion date found; this date is labelled otherwise (printed, started or registered)"
    return doc.found(date, confidence, line, note)


def _one_role(context: str) -> bool:
    """Whether the label before a date names one role: no word of another role ("Registration completed",
    "Pre-test completed on", "Completion deadline") in the words just before it."""
    label = re.split(r"[.;|]\s|\s{2,}", context)[-1][-50:]
    if re.search(
        r"\b(?:pre-?|post-?)?(?:test|quiz|exam|payment|enrol\w*|registration|module\s+\d|part\s+\d|"
        r"step|unit\s+\d)\b",
        label,
        re.IGNORECASE,
    ) and not re.search(r"\b(?:course|activity|program|training)\b", label, re.IGNORECASE):
        return False
    return not any(pattern.search(label) for pattern, score in _DATE_LABELS if score < 1.5)


def _sure_date(date: dt.date, hit: _DateHit, inline: bool, clean: bool, dates: list, day_first: bool) -> bool:
    """A completion date is sure only when its label stands with it and names only that role, when no other
    date on the page could be the completion (every other date is labelled, on its own line, as something
    else), and when a date in numbers cannot be read the other way round (or the page shows which way)."""
    if not clean and inline:
        return False
    if not inline and any(other.date != date for _, _, _, other, _ in dates):
        return False  # labelled by the layout only (a heading above it): sure only as the page's one date
    if hit.swapped and not day_first:
        others = [h for _, _, _, h, _ in dates if h.date == date and h is not hit and not h.swapped]
        month_first = any(
            int(m.group("b")) > 12
            for _, _, _, h, line in dates
            for m in [_DATE_PATTERNS[-1][1].fullmatch(h.text)]
            if m
        )
        if not others and not month_first:
            return False  # "05/06/2025" alone: May 6 or 5 June
    for score, other_inline, _, other, _ in dates:
        if other is hit or other.date == date:
            continue
        if score is None or not other_inline or score >= 3.0:
            return False  # an unlabelled date, a date labelled by the layout, or a second completion date
    return True


def _neighbour_label(lines: list[_Line], index: int, k: int, hits: list, *, at_start: bool) -> float | None:
    """A label on the line above (a heading, 'Completed on:') or below (a caption under the date)."""
    line = lines[index]

    def near(i):
        return lines[i] if 0 <= i < len(lines) and lines[i].page == line.page else None

    prev, nxt, prev2 = near(index - 1), near(index + 1), near(index - 2)
    # A row of values under a row of headings (or above a row of captions): match them by order, counting
    # month-and-year values ("Renewal 06/2027") as columns too.
    columns = sorted([h.start for h in hits] + [m.start() for m in _PARTIAL_DATE.finditer(line.text)])
    column = columns.index(hits[k].start)
    for row in (prev, nxt):
        if row is None or _dates_in(row.text) or len(row.text) > 160:
            continue
        labels = _labels_in_row(row.text)
        if len(labels) >= 2 and len(labels) == len(columns):
            return labels[column]
    if at_start and len(columns) == 1:
        if _is_label_line(prev) and prev.text.endswith(":"):
            return _label_score(prev.text)
        caption_style = _is_label_line(prev) and _is_bare_date_line(prev2)
        if _is_label_line(nxt) and (caption_style or not _is_label_line(prev)):
            return _label_score(nxt.text)
        if _is_label_line(prev):
            return _label_score(prev.text)
    return None


# ---- AAMA approval -------------------------------------------------------------------------------------

_AAMA_NAME = r"(?:the\s+)?(?:AAMA|American\s+Association\s+of\s+Medical\s+Assistants)"
_AAMA_POSITIVE = re.compile(
    r"|".join(
        [
            rf"approv(?:ed|al)\b[^.;\n]{{0,60}}?\bby\s+{_AAMA_NAME}",
            rf"{_AAMA_NAME}[\s-]*approved",
            rf"{_AAMA_NAME}\s+(?:has\s+)?approved",
            r"\bAAMA\s+CEUs?\b",
            r"\bAAMA\s+(?:continuing\s+education\s+units?|CE\s+units?|credits?)\b",
            r"\bCEUs?\s*\(\s*AAMA\s*\)",
            r"\bAAMA\s*(?:course|approval|activity|program|ceu|approved\s+course)?\s*(?:number|no\.?|#|code|id)\s*[:#.]?\s*\d{5,7}\b",
            r"\bAAMA\s*#\s*\d{5,7}\b",
        ]
    ),
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|no(?!\s*[.,:#]|\s*\d)|non|isn't|wasn't|hasn't|haven't|without|ineligible|pending|applied\s+for|awaiting|"
    r"has\s+been\s+submitted|will\s+be\s+submitted|has\s+been\s+requested)\b",
    re.IGNORECASE,
)
_AAMA_ANY = re.compile(r"\bAAMA\b|American\s+Association\s+of\s+Medical\s+Assistants", re.IGNORECASE)
_CREDENTIAL = re.compile(r"\bCMA\s*\(\s*AAMA\s*\)", re.IGNORECASE)


_DISCLAIMER = re.compile(
    r"\bin\s+no\s+way\b|\bdoes\s+not\s+(?:imply|constitute|indicate)\b|\bendorse(?:ment|s)?\b", re.IGNORECASE
)


def _sentences(lines: list[_Line]):
    for line in lines:
        for sentence in re.split(r"(?<=[a-z)])\.\s+", line.text):
            yield sentence, line


def _prose(lines: list[_Line]) -> list[_Line]:
    """The lines with each sentence printed over several lines joined into one (a line of six or more
    words that does not end a sentence runs on), so that "… is not approved for" / "AAMA CEUs." is read
    as one statement."""
    out: list[_Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.page == line.page
            and len(previous.text.split()) >= 6
            and not re.search(r"[.!?:]\s*$", previous.text)
        ):
            out[-1] = _Line(
                f"{previous.text} {line.text}", line.page, min(previous.conf, line.conf), previous.size
            )
        else:
            out.append(line)
    return out


def _aama(doc: _Doc) -> Found:
    prose = _prose(doc.lines)
    found = _aama_in(doc, prose)
    negative_said = found.value is False and found.confidence >= 0.5 and "not AAMA-approved" in found.where
    if found.value is not True and not negative_said:
        found = _aama_in(doc, doc.joined, found)
        if found.value is not True:
            found = _aama_in(doc, doc.pairs, found)  # a statement a line break cut in two
    return found


def _aama_in(doc: _Doc, lines: list[_Line], fallback: Found | None = None) -> Found:
    """Approval by what the certificate says of it, statement by statement: sure only when two
    statements say it is approved and none says it is not, or one says it is not and none that it is."""
    negative = None
    positive: list[_Line] = []
    for sentence, line in _sentences(lines):
        clean = _CREDENTIAL.sub("CMA", sentence)
        if _DISCLAIMER.search(clean):
            continue  # "prior approval in no way constitutes endorsement by the AAMA": says nothing of it
        said = False
        for m in _AAMA_POSITIVE.finditer(clean):
            if _NEGATION.search(clean[: m.end()]) or re.match(
                r"\s*[:?]\s*(?:no|none|n/a)\b", clean[m.end() :], re.I
            ):
                negative = negative or line
                said = True
                break
            if not any(p is line for p in positive):
                positive.append(line)
            said = True
            break
        if (
            not said
            and negative is None
            and _AAMA_ANY.search(clean)
            and _NEGATION.search(clean)
            and re.search(r"approv|CEU", clean, re.IGNORECASE)
        ):
            negative = line
    if positive and negative is None:
        return doc.found(True, 0.95 if len(positive) >= 2 else 0.85, positive[0])
    if negative is not None:
        return doc.found(False, 0.7 if positive else 0.9, negative, "says it is not AAMA-approved")
    if fallback is not None:
        return fallback
    return doc.found(False, 0.6, None, "Nothing on the certificate says it is AAMA-approved")


# ---- amount and unit ---------------------------------------------------------------------------------

_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
}
_NUM = (
    r"(?P<num>(?<![\d.,/:#-])(?:\d{1,4}(?:\.\d{1,2})?|\.\d{1,2})(?![\d/]|:\d)|"  # not a time, "12:00"
    r"\b(?:" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
    r"(?:\s+and\s+(?:a|one)[\s-]half)?\b|\b(?:one[\s-])?half\b)"
    r"(?:\s*\(\s*(?P<paren>\d{1,4}(?:\.\d{1,2})?)\s*\))?"
)

_CAT = r"(?:(?:administrative|clinical|general|admin)\s+)?"  # "1.5 clinical CEUs"
# (the unit after the number, the unit or how to decide it, rank)
_UNIT_AFTER = [
    (
        r"AAMA[\s-]*(?:approved\s+)?"
        + _CAT
        + r"(?:CEUs?|CE\s*units?|continuing\s+education\s+units?|credits?)",
        "aama_ceu",
        6,
    ),
    (r"(?:CEUs?|continuing\s+education\s+units?)\s*\(\s*AAMA\s*\)", "aama_ceu", 6),
    (r"NHA\s+(?:CE\s+|continuing\s+education\s+)?credits?(?:\s*\(s\))?", "nha_credit", 6),
    (r"(?:CE|continuing\s+education)\s+credits?(?:\s*\(s\))?\s*\(\s*NHA\s*\)", "nha_credit", 6),
    (r"IACET\s+(?:CEUs?|continuing\s+education\s+units?)", "iacet_ceu", 5),
    (r"(?:CEUs?|continuing\s+education\s+units?)\s*\(\s*IACET\s*\)", "iacet_ceu", 5),
    (r"(?:AMT\s+)?(?:CCP|CEU|CE)\s+points?|AMT\s+points?", "amt", 5),
    (
        r"(?:contact|CE|CEU|CME|clock|continuing\s+education|education|training|instructional|in-?service)\s+"
        r"(?:hours?|hrs?\.?)(?:\s*\(s\))?",
        "contact_hours",
        5,
    ),
    (r"hours?\s+of\s+(?:continuing\s+education|CE|instruction|training|education)", "contact_hours", 5),
    (r"AMA\s+PRA\s+Category\s+1\s+Credits?(?:\s*\(s\))?", "contact_hours", 5),
    (
        r"(?:semester|quarter)\s+(?:credit\s+)?(?:hours?|units?|credits?)|college\s+credits?|academic\s+credits?",
        "college_credit",
        5,
    ),
    (r"credit\s+hours?|units?\s+of\s+credit", "credit_hours", 4),
    (r"(?:CE|continuing\s+education(?:\s*\(\s*CE\s*\))?)\s+credits?(?:\s*\(s\))?", "ce_credit", 4),
    (_CAT + r"(?:CEUs?|continuing\s+education\s+units?)(?:\s*\(\s*CEUs?\s*\))?", "ceu", 3),
    (r"h(?:ou)?rs?\.?\s*(?:and\s+)?(?P<minutes>\d{1,2})\s*min(?:ute)?s?\b", "hours_minutes", 3),
    (r"min(?:ute)?s?\b\.?", "minutes", 3),
    (r"(?:hours?|hrs?\.?)(?:\s*\(s\))?", "hours", 2),
    (r"credits?(?:\s*\(s\))?", "credits", 1),
]
# A label before the number ("Contact Hours: 1.5", "Total contact hours 3").
_EARNED = r"(?:\s*\(s\))?(?:\s+(?:earned|awarded|approved|granted|offered))?"
_UNIT_BEFORE = [
    (r"AAMA\s+" + _CAT + r"(?:CEUs?|credits?)", "aama_ceu", 6),
    (r"NHA\s+(?:CE\s+)?credits?", "nha_credit", 6),
    (r"IACET\s+CEUs?", "iacet_ceu", 5),
    (r"(?:AMT\s+)?(?:CCP|CEU)\s+points|AMT\s+points", "amt", 5),
    (r"(?:contact|CE|CEU|CME|clock|continuing\s+education)\s+hours?", "contact_hours", 5),
    (
        r"(?:semester|quarter)\s+(?:credit\s+)?(?:hours?|credits?|units?)|college\s+credits?",
        "college_credit",
        5,
    ),
    (r"credit\s+hours?", "credit_hours", 4),
    (r"(?:CE|continuing\s+education)\s+credits?", "ce_credit", 4),
    (r"CE", "ce_credit", 3),  # "CE: 1", with its colon only
    (_CAT + r"(?:CEUs?|continuing\s+education\s+units?)|continuing\s+education", "ceu", 3),
    (r"(?:total\s+)?(?:hours|duration|length|time)", "hours", 2),
    (r"(?:total\s+)?(?:credits?|units|points)", "credits", 1),
]
_TAG = r"(?:\s*\(\s*(?P<tag>NHA|AAMA|IACET|AMT)\s*\))?"
_AFTER = [(re.compile(rf"{_NUM}\s*-?\s*(?:{p})(?![A-Za-z])", re.IGNORECASE), u, r) for p, u, r in _UNIT_AFTER]
_BEFORE = [
    (re.compile(rf"\b(?:{p}){_EARNED}\s*[:=-]\s*{_NUM}{_TAG}", re.IGNORECASE), u, r)
    for p, u, r in _UNIT_BEFORE
] + [
    # Without a colon only for a label that names the unit, and only with the number ending the phrase.
    (re.compile(rf"\b(?:{p}){_EARNED}\s+{_NUM}{_TAG}(?=\s*(?:$|[,;(]))", re.IGNORECASE), u, r)
    for p, u, r in _UNIT_BEFORE
    if r >= 4
]
_NOT_EARNED = re.compile(
    r"\b(?:requir\w*|need\w*|minimum|maximum|at\s+least|per\s+(?:year|cycle|period)|every|toward|out\s+of|"
    r"remaining|up\s+to\s+a\s+(?:total|maximum))\b",
    re.IGNORECASE,
)
# "One CEU equals ten contact hours": a sentence that defines a unit, not what was earned.
_DEFINITION = re.compile(r"\b(?:equals?|(?:is\s+)?equal\s+to|equivalent\s+to|represents?)\b", re.IGNORECASE)
_COLLEGE_SIGNAL = re.compile(
    r"\b(?:college|university|semester|quarter|transcript|registrar|grade|gpa|term)\b", re.IGNORECASE
)
_NHA_SIGNAL = re.compile(r"\bNHA\b|National\s+Healthcareer", re.IGNORECASE)
_IACET_SIGNAL = re.compile(r"\bIACET\b|International\s+Accreditors\s+for\s+Continuing", re.IGNORECASE)
_CARD_NAME = re.compile(
    r"\b(?:BLS|basic\s+life\s+support|heartsaver|CPR|ACLS|PALS|advanced\s+cardiovascular\s+life\s+support|"
    r"pediatric\s+advanced\s+life\s+support|NRP|neonatal\s+resuscitation|AED|first\s+aid)\b",
    re.IGNORECASE,
)
_CARD_SIGNAL = re.compile(
    r"\b(?:e-?card|card|provider|renew\w*|expir\w*|valid\s+for|American\s+Heart\s+Association|"
    r"Red\s+Cross|Health\s*(?:&|and)\s*Safety\s+Institute|ASHI|instructor|training\s+cent(?:er|re))\b",
    re.IGNORECASE,
)
_MAX_AMOUNT = {
    "aama_ceu": 100,
    "nha_credit": 50,
    "iacet_ceu": 20,
    "contact_hours": 100,
    "college_credit": 30,
    "minutes": 3000,
}


def _number(m: re.Match) -> Decimal | None:
    if m.group("paren"):
        return Decimal(m.group("paren"))
    raw = m.group("num").lower()
    try:
        return Decimal(raw)
    except InvalidOperation:
        pass
    if "half" in raw and not re.search(r"and", raw):
        return Decimal("0.5")
    word = re.split(r"\s+and\s+", raw)[0].strip()
    value = _WORD_NUMBERS.get(word)
    if value is None:
        return None
    return Decimal(value) + (Decimal("0.5") if "half" in raw else 0)


def _resolve_unit(unit: str, amount: Decimal, line: _Line, doc: _Doc, *, aama: bool, tag: str | None):
    """The unit, a rank bonus and a note for a phrase whose unit depends on the rest of the certificate."""
    tag = (tag or "").upper()
    if tag == "NHA":
        return "nha_credit", 0, ""
    if tag == "AAMA":
        return "aama_ceu", 0, ""
    if tag == "IACET":
        return "iacet_ceu", 0, _IACET_NOTE
    near = _CREDENTIAL.sub("", line.text)
    if unit == "amt":
        return "contact_hours", 0, "AMT CCP points: one point is one contact hour"
    if unit == "credit_hours":
        return ("college_credit", 0, "") if _COLLEGE_SIGNAL.search(doc.text) else ("contact_hours", 0, "")
    if unit == "ce_credit":
        if _NHA_SIGNAL.search(doc.text):
            return "nha_credit", 1, ""
        return "contact_hours", 0, "CE credits taken as contact hours"
    if unit == "ceu":
        if _AAMA_ANY.search(near) or aama:
            return "aama_ceu", 2, ""
        if _IACET_SIGNAL.search(doc.text):
            return "iacet_ceu", 2, _IACET_NOTE
        if amount < 1:
            return "iacet_ceu", 1, _IACET_NOTE
        return "contact_hours", 0, "CEUs taken as contact hours (no AAMA or IACET named)"
    if unit == "iacet_ceu":
        return "iacet_ceu", 0, _IACET_NOTE
    if unit == "hours":
        return "contact_hours", 0, ""
    if unit == "credits":
        if _NHA_SIGNAL.search(doc.text):
            return "nha_credit", 2, ""
        if _COLLEGE_SIGNAL.search(doc.text):
            return "college_credit", 2, ""
        if aama and _AAMA_ANY.search(near):
            return "aama_ceu", 2, ""
        return None, 0, ""
    return unit, 0, ""


_IACET_NOTE = "IACET: one CEU is ten contact hours"


def _amount_unit(doc: _Doc, *, aama: bool) -> tuple[Found, Found]:
    candidates = _amount_candidates(doc, doc.joined, aama=aama) or _amount_candidates(
        doc, doc.pairs, aama=aama
    )
    best = max(candidates, key=lambda c: (c[0], c[1])) if candidates else None
    if (best is None or best[0] < 4) and _is_card(doc):
        line = next((ln for ln in doc.lines if _CARD_NAME.search(ln.text)), None)
        note = "a CPR/BLS provider card counts as one card"
        return doc.found(Decimal(1), 0.8, line, note), doc.found("cpr_card", 0.8, line, note)
    if best is None:
        return NOT_FOUND, NOT_FOUND
    rank, _, amount, unit, line, note, _ = best
    confidence = 0.9 if rank >= 5 else 0.75 if rank >= 3 else 0.55
    if confidence >= 0.9 and _competing_amounts(best, candidates):
        confidence = 0.85
    return doc.found(amount, confidence, line, note), doc.found(unit, confidence, line, note)


def _in_hours(amount: Decimal, unit: str) -> Decimal:
    if unit == "minutes":
        return amount / 60
    if unit == "iacet_ceu":
        return amount * 10
    return amount


def _competing_amounts(best: tuple, candidates: list[tuple]) -> list[tuple]:
    """Other amounts the certificate states as earned that are not the one read, nor the same in another
    unit ("1.0 CEU (10 contact hours)"), nor its parts ("Clinical: 2.0 … Total: 3.5"): the amount is then
    not sure, whichever rule ranked it first."""
    _, _, amount, unit, _, _, _ = best
    hours = _in_hours(amount, unit)
    others = [
        c
        for c in candidates
        if c is not best and not c[6] and _in_hours(c[2], c[3]) != hours and c[2] != amount
    ]
    parts = {c[2] for c in others}
    if parts and sum(parts) == amount:
        return []
    return others


def _amount_candidates(doc: _Doc, lines: list[_Line], *, aama: bool) -> list[tuple]:
    candidates = []  # (rank, -order, amount, unit, line, note, demoted)
    order = 0
    for line in lines:
        text = line.text
        taken: list[tuple[int, int]] = []
        for pattern, unit, rank in _AFTER + [(p, u, r + 0.5) for p, u, r in _BEFORE]:
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                amount = _number(m)
                if amount is None or amount <= 0:
                    continue
                sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start()), 0)
                if _NOT_EARNED.search(text[sentence_start : m.start()]):
                    continue  # "60 contact hours are required to recertify"
                sentence_end = text.find(". ", m.end())
                if _DEFINITION.search(
                    text[sentence_start : sentence_end if sentence_end >= 0 else len(text)]
                ):
                    continue  # "One CEU equals ten contact hours"
                if unit == "hours_minutes":
                    amount = amount * 60 + int(m.group("minutes"))
                    resolved, bonus, note = "minutes", 0, ""
                else:
                    resolved, bonus, note = _resolve_unit(
                        unit, amount, line, doc, aama=aama, tag=m.groupdict().get("tag")
                    )
                if resolved is None or amount > _MAX_AMOUNT.get(resolved, 100):
                    continue
                taken.append((m.start(), m.end()))
                final = rank + bonus
                if unit == "ceu" and resolved == "contact_hours":
                    restated = re.match(
                        r"\s*\(\s*(\d+(?:\.\d+)?)\s*(?:contact\s+|clock\s+)?h(?:ou)?rs?\b",
                        text[m.end() :],
                        re.I,
                    )
                    if restated and Decimal(restated.group(1)) == amount * 10:
                        resolved, note = "iacet_ceu", _IACET_NOTE  # "1.0 CEU (10 contact hours)"
                demoted = False  # restated or a maximum: not a second amount earned
                if re.search(r"\(\s*$", text[: m.start()]):
                    demoted = True
                    final -= 3  # "0.1 CEU (1 contact hour)": the amount in brackets restates the first
                before = text[max(0, m.start() - 24) : m.start()]
                if re.search(r"\btotal\b[^.;\d]{0,16}$", before, re.I):
                    final += 2  # "Administrative: 2.0 CEUs Clinical: 3.5 CEUs Total: 5.5 CEUs"
                elif re.search(r"\b(?:maximum|max\.?|up\s+to|at\s+most)\b[^.;\d]{0,12}$", before, re.I):
                    demoted = True
                    final -= 3  # "approved for a maximum of 9.0 CEUs": what could be earned, not what was
                order += 1
                candidates.append((final, -order, amount, resolved, line, note, demoted))
    return candidates


def _is_card(doc: _Doc) -> bool:
    names = [ln for ln in doc.lines if _CARD_NAME.search(ln.text)]
    return bool(names) and bool(_CARD_SIGNAL.search(doc.text))


# ---- category -----------------------------------------------------------------------------------------

_CATEGORY_WORD = r"(?P<cat>administrative|clinical|general|admin)\b"
_CATEGORY_PATTERNS = [
    re.compile(
        r"\b(?:(?:AAMA\s+|CEU\s+|CE\s+|content\s+|continuing\s+education\s+)?(?:category|categories)|"
        r"content\s+(?:area|type)|subject\s+area|(?:CEU|CE|credit)\s+type|type\s+of\s+(?:credit|CEUs?))\s*[:\-]?\s*"
        + _CATEGORY_WORD,
        re.IGNORECASE,
    ),
    re.compile(r"\bCEUs?\s*[:\-]?\s*(?:\(\s*(?P<letter>[ACG6])\s*\)|(?P<copy>©))", re.IGNORECASE),
    re.compile(r"\bCEUs?\s*:?\s*\d+(?:\.\d+)?\s*\(?\s*" + _CATEGORY_WORD, re.IGNORECASE),
    re.compile(r"\bCEUs?\s*\(\s*" + _CATEGORY_WORD + r"\s*\)", re.IGNORECASE),
    # "1.5 AAMA CEUs (1.5 Clinical)": the part in a category, as AAMA approvals print it
    re.compile(r"\bCEUs?\s*\(\s*\d+(?:\.\d+)?\s+" + _CATEGORY_WORD + r"\s*\)", re.IGNORECASE),
    re.compile(
        r"\d\s*(?:\(\s*\d+(?:\.\d+)?\s*\)\s*)?"
        + _CATEGORY_WORD
        + r"\s+(?:AAMA\s+)?(?:CEUs?|continuing\s+education\s+units?)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b" + _CATEGORY_WORD + r"\s+(?:AAMA\s+)?CEUs?\s*:", re.IGNORECASE),
    re.compile(r"\b(?:AAMA\s+)?CEUs?\b[^\n]{0,12}\(\s*(?P<letter>[ACG])\s*\)"),
]


_SPLIT_PART = re.compile(
    r"\b(?P<cat>administrative|clinical|general)\s*(?:AAMA\s+)?(?:CEUs?|hours?|credits?|points?)?\s*[:=\-–]?\s*"
    r"(?P<n>\d{1,2}(?:\.\d{1,2})?)(?!\s*(?:%|/|\d))|"
    r"(?P<n2>\d{1,2}(?:\.\d{1,2})?)\s*(?:AAMA\s+)?(?:CEUs?\s+)?(?:in\s+)?(?P<cat2>administrative|clinical|general)\b",
    re.IGNORECASE,
)


def _category_split(text: str, amount) -> dict[str, Decimal]:
    """Amounts in two or more categories printed on one certificate, when they add up to the amount
    read (the total) or no total is printed: a conference's CEUs split by session."""
    parts: dict[str, Decimal] = {}
    for m in _SPLIT_PART.finditer(text):
        category = (m.group("cat") or m.group("cat2")).lower()
        value = Decimal(m.group("n") or m.group("n2"))
        if value <= 0 or category in parts:
            continue
        parts[category] = value
    if len(parts) < 2:
        return {}
    total = sum(parts.values())
    if isinstance(amount, Decimal) and amount != total:
        number = rf"{re.escape(str(total))}|{re.escape(str(total.normalize()))}"
        said = re.search(
            rf"total\W{{0,12}}(?:{number})\b|\b(?:{number})\s*(?:\w+\s+){{0,2}}total", text, re.I
        )
        if not said:
            return {}
    return parts


def _category(doc: _Doc) -> Found:
    return _category_in(doc, doc.joined) or _category_in(doc, doc.pairs) or NOT_FOUND


def _category_in(doc: _Doc, lines: list[_Line]) -> Found | None:
    for pattern in _CATEGORY_PATTERNS:
        for line in lines:
            m = pattern.search(line.text)
            if not m:
                continue
            groups = m.groupdict()
            if groups.get("copy"):
                value = "clinical"  # tesseract reads "(C)" as "©"
            elif groups.get("cat"):
                word = groups["cat"].lower()
                value = "administrative" if word == "admin" else word
            else:
                value = {"A": "administrative", "C": "clinical", "G": "general", "6": "general"}[
                    groups["letter"].upper()
                ]
            return doc.found(value, 0.85, line)
    return None


# ---- title ---------------------------------------------------------------------------------------------

_TITLE_LABELS_STRONG = (
    r"(?:(?:CE|CME|online|education(?:al)?)\s+)?(?:course|activity)(?:\s+(?:title|name))?|"
    r"name\s+of\s+(?:the\s+)?(?:course|activity|program|training|module|webinar)|"
    r"module(?:\s+(?:title|name))?|lesson\s+title|training\s+(?:title|name)|"
    r"webinar(?:\s+(?:title|name))?|title|topic|lesson|in-?service|session\s+title|course\s+completed|"
    r"presentation(?:\s+title)?|seminar|workshop|lecture|subject"
)
_TITLE_LABELS_WEAK = (
    r"program(?:me)?(?:\s+(?:title|name))?|event(?:\s+(?:title|name))?|training|class|session|offering"
)
_TITLE_LABEL = re.compile(
    rf"^(?:(?P<strong>{_TITLE_LABELS_STRONG})|(?P<weak>{_TITLE_LABELS_WEAK}))(?:\s*(?:#|no\.)\s*[\w.-]*\d[\w.-]*)?"
    r"\s*(?::|\s-\s)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# A form's label and its value on one line without a colon ("COURSE TITLE Medical Terminology …",
# "In-Service Topic Safe Patient Handling …"): only the unmistakable labels, the value capitalised.
_TITLE_LABEL_BARE = re.compile(
    r"^(?P<strong>(?i:(?:course|program(?:me)?|activity|session|webinar|module|training|lesson|event)\s+"
    r"(?:title|name|topic)|in-?service\s+(?:topic|title)|topic))\s+(?P<rest>[A-Z0-9\"“].{5,})$"
)
_COMPLETION_PHRASE = re.compile(
    r"(?:(?:has|have)\s+)?(?:successfully\s+)?(?:"
    r"complet(?:ed|ing)|(?:the\s+)?(?:successful\s+)?completion\s+of|attend(?:ed|ing)|"
    r"participat(?:ed|ing)\s+in|(?:the\s+)?participation\s+in|finish(?:ed|ing)|"
    r"for\s+(?:the\s+)?(?:course|program|activity|webinar|module|training)(?=\s*(?:entitled|titled|:|$)))"
    r"\b(?!\s*(?::\s*(?:$|\S*\d|(?:yes|no|pass(?:ed)?|complete[d]?)\b)|on\b|date|\d{1,4}[/.-]\d))"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"^(?:\d+(?:\.\d+)?\s*(?:-\s*|\s+)(?:contact\s+|clock\s+|CE\s+|credit\s+)?(?:hours?|credits?)\s+(?:of\s+)?"
    r"(?:(?:continuing\s+)?education\s+|training\s+|instruction\s+)?(?:in|on|for)?\s*)?"
    r"(?:(?:all\s+)?(?:the\s+)?requirements?\s+(?:for|of)\s+)?(?:the\s+|an?\s+)?(?:following\s+)?"
    r"(?:(?:online|on-?line|live|virtual|self-?study|web-?based|e-?learning|accredited|approved|"
    r"continuing\s+education|CE|educational|independent\s+study|recorded|home\s+study)\s+)*"
    r"(?:course(?:work)?|activity|program(?:me)?|module|webinar|training|lesson|session|in-?service|seminar|"
    r"workshop|class|event|offering|presentation|lecture|conference|tutorial)?"
    r"(?:\s+(?:entitled|titled|called|named))?\s*[:,\-]?\s*",
    re.IGNORECASE,
)
# "the annual compliance module", "the lunch-and-learn session": what kind of activity, the title follows.
# Lower case only: "the Annual Medical Assisting Conference" is a title.
_GENERIC_REST = re.compile(
    r"^(?:[Tt]he|[Aa]n?|[Tt]his|[Oo]ur|[Tt]heir|[Yy]our)\s+(?:(?:[a-z][\w&'-]*|[A-Z]{2,6})\s+){0,4}?(?:course|module|"
    r"program(?:me)?|activity|session|webinar|training|in-?service|workshop|seminar|class|lesson|presentation|"
    r"lecture|event|conference|offering|tutorial|series|requirements?\s+(?:for|of))(?:\(s\))?\s*:?\s*$"
)
_BOILERPLATE = re.compile(
    r"\b(?:cognitive|skills?\s+(?:evaluations?|tests?|sessions?)|in\s+accordance|curriculum|requirements|"
    r"this\s+(?:certificate|document|card)|is\s+hereby|hereby|learners?|participants?)\b|"
    r"^(?:this|these|your|their|our|all|each|an?\s+evaluation)\b",
    re.IGNORECASE,
)
_TITLE_STOP = re.compile(
    r"\s+(?:on\s+(?=\S*\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|with\s+a\s+(?:grade|score)|"
    r"with\s+(?:a\s+)?(?:passing|final)|earning|and\s+(?:is|has|was|earned|earns|received|awarded)\b|"
    r"for\s+(?:a\s+total\s+of\s+)?(?:\d|(?:one|two|three)\b)|offered\s+by|provided\s+by|presented\s+by|sponsored\s+by|"
    r"approved\s+for|which\s+(?:is|was|has)|worth|\(\d+(?:\.\d+)?\s*(?:contact|CE|hours?|credits?))"
    r"|\s+held\b|\s+(?:conducted|given)\s+(?:on|at)\b"
    r"|[,;]\s*(?:earning|awarded|for\s+\d|on\s+\S*\d|with|an?\s|the\s)",
    re.IGNORECASE,
)
_CONNECTOR_END = re.compile(
    r"(?:\b(?:and|of|for|in|to|with|on|the|a|an|at|by|from|&|vs\.?)|[-:,/&])\s*$", re.IGNORECASE
)
_CONTINUATION_BAD = re.compile(
    r"^(?:and\s+(?:is\b|has\b|was\b|earn|receiv|award)|with\b|on\b|for\s+\d|earning|awarded|is\b|has\b|was\b|"
    r"presented|provided|offered|date|this\b)",
    re.IGNORECASE,
)


# "attended and completed the course …": the second verb of a pair, before what was done.
_CHAINED = re.compile(
    r"^and\s+(?:successfully\s+)?(?:completed|attended|participated\s+in|finished)\s+", re.IGNORECASE
)
_OUR_KIND = re.compile(
    r"^(?:our|your|their)\s+(?=(?:[\w-]+\s+){0,3}?(?:course|webinar|program|module|session|seminar|workshop|"
    r"training|class|lecture|presentation|conference|in-?service)\b)",
    re.IGNORECASE,
)
_PERSON_NAME = re.compile(
    r"^[A-Z][a-z'-]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z'-]+(?:-[A-Z][a-z']+)?(?:,?\s+[A-Z]{2,5}(?:\s*\([A-Z]+\))?)?$"
)


def _title_before_amount(doc: _Doc) -> tuple[str, _Line] | None:
    """A centred award with no label or phrase: the line just above the amount ("1.5 Contact Hours"), when
    it reads like a title (a few words, no digits, no label, not an organisation or a person's name)."""
    lines = doc.joined
    for index, line in enumerate(lines[1:], start=1):
        if not any(pattern.search(line.text) for pattern, _, _ in _AFTER):
            continue
        above = lines[index - 1]
        text = above.text.strip()
        if (
            above.page == line.page
            and 2 <= len(text.split()) <= 14
            and not re.search(r"[\d:@|]", text)
            and not _is_label(text)
            and not _BOILERPLATE.search(text)
            and not _NOT_ORG.search(text)
            and not (_org_line(text, None) and not re.search(r"\s(?:in|and|for|with|to|the)\s", text))
            and not _known_body(text)
            and not _PERSON_NAME.match(text)
            and not _CARD_NAME.search(text)
        ):
            return _tidy_title(text), above
        return None
    return None


# ---- the title by the page's layout ---------------------------------------------------------------

# Template words a certificate prints large that are never the course: the heading, its kind.
_HEADING = re.compile(
    r"^(?:(?:official\s+)?(?:certificate|certification|award|diploma|record|transcript|verification|statement|"
    r"letter|proof)(?:\s+(?:of|for)\s+[\w-]+(?:\s+[\w-]+){0,2})?|(?:in-?service\s+)?training\s+record\b.*|"
    r"continuing\s+(?:medical\s+)?education(?:\s+(?:certificate|credit|record|transcript|award))?|"
    r"(?:[\w-]+\s+){0,2}award|"
    r"(?:certificate|record)\s+of\s+.*|ce\s+(?:certificate|record|tracking|transcript)\b.*)$",
    re.IGNORECASE,
)
_TEMPLATE_WORDS = re.compile(
    r"\b(?:certif(?:y|ies|ied|icate)|hereby|presented\s+to|awarded\s+to|granted\s+to|in\s+recognition|"
    r"this\s+is\s+to|successfully|completed|completion\s+of|attended|participat\w+|signature|"
    r"director|coordinator|instructor|chair|manager|educator|page\s+\d)\b",
    re.IGNORECASE,
)
# A line that hands over to the learner's name on the next line.
_NAME_NEXT = re.compile(
    r"(?:certif(?:y|ies)(?:\s+that)?|presented\s+to|awarded\s+to|granted\s+to|issued\s+to|"
    r"conferred\s+(?:up)?on|recogni[sz]es|this\s+is\s+to\s+(?:certify|acknowledge)(?:\s+that)?|"
    r"acknowledges\s+that|name(?:\s+of\s+(?:participant|learner|attendee))?|participant|learner|attendee)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(r",\s*(?:CMA|RMA|CCMA|CMAC|NCMA|RN|LPN|LVN|MA|CPT|CNA|BSN|MSN|MD|DO|PT|DPT)\b")


def _same_size(a: float, b: float) -> bool:
    return a > 0 and b > 0 and abs(a - b) <= max(0.6, 0.04 * max(a, b))


_CAPS_HEADING = re.compile(
    r"^[A-Z\s&/-]+\b(?:RECORD|CERTIFICATE|TRANSCRIPT|VERIFICATION|FORM|VALIDATION|LOG)$"
)
_ORG_NAME_END = re.compile(
    r"\b(?:Society|Association|Institute|Academy|College|University|Foundation|Council|Chapter|Inc\.?|LLC)$"
)


def _could_be_title(line: _Line, *, wraps: bool = False) -> bool:
    """Whether a line may be (part of) a course title by what it says: words, not a heading, a name,
    a date, an amount, a label or an organisation. ``wraps``: the next line is printed in the same size,
    so a line ending in a colon is a title's first part ("Medical Terminology Refresher:"), not a label."""
    text = line.text.strip()
    if wraps and text.endswith(":") and len(text.split()) >= 2:
        text = text[:-1].strip()
    words = text.split()
    if _CAPS_HEADING.match(text) or _ORG_NAME_END.search(text) or _ORG_FOR.match(text):
        return False
    return bool(
        2 <= len(words) <= 18
        and len(re.findall(r"[A-Za-z]", text)) >= 6
        and not _HEADING.match(text)
        and not _TEMPLATE_WORDS.search(text)
        and not _PERSON_NAME.match(_bare(text))
        and not _HONORIFIC.search(text)
        and not _dates_in(text)
        and not any(pattern.search(text) for pattern, _, _ in _AFTER)
        and not _is_label(text)
        and not re.search(r"@|www\.|https?:|\(\d{3}\)|\d{3}-\d{4}|#\s*\d|\d{5}", text)
        and not _known_body(text)
        and not (
            _org_line(text, None) and not re.search(r"\s(?:in|and|for|with|to|the|of|on|&)\s", text, re.I)
        )
        and not re.match(
            r"^(?:and|or|of|for|with|by|on|in|at|the\s+(?:course|program)|this|these|who|which)\b", text, re.I
        )
    )


def _body_size(lines: list[_Line]) -> float:
    """The size of the page's ordinary text: the size below which about a third of its letters are
    printed. Weighted by letters, not lines, so that a few short large lines (a heading, a name, a
    signature) do not make the body look large, nor a sparse page with little prose."""
    weighted = sorted(
        (line.size, len(re.findall(r"[A-Za-z0-9]", line.text))) for line in lines if line.size > 0
    )
    total = sum(n for _, n in weighted)
    if not total:
        return 0.0
    seen = 0
    for size, n in weighted:
        seen += n
        if seen >= 0.35 * total:
            return size
    return weighted[-1][0]


# A title or role a signatory prints under the name; a credential after a name.
_ROLE = re.compile(
    r"\b(?:Director|Coordinator|Manager|Chair(?:person)?|President|Officer|Educator|Registrar|Dean|Instructor|"
    r"Administrator|Supervisor|Faculty|Presenter|Speaker|Trainer|Preceptor|Validator|Secretary|Head)\b"
)
_TITLED_NAME = re.compile(
    r"^(?:Dr|Dra|Mr|Mrs|Ms|Mx|Prof)\.?\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:,\s*[A-Za-z.]{2,8}){0,3}$"
)


def _signatory(lines: list[_Line], index: int) -> bool:
    """Whether line ``index`` is a person's name signed on the page: a titled name ("Dr. …"), or a short
    line printed again as the start of another line with a credential ("Jane Roe" / "Jane Roe, RN"), or
    printed twice, or followed by a signer's role ("Executive Director")."""
    text = lines[index].text.strip()
    if _TITLED_NAME.match(text):
        return True
    words = text.split()
    if not 2 <= len(words) <= 4 or re.search(r"[\d:]", text) or not all(w[:1].isupper() for w in words):
        return False
    for j, other in enumerate(lines):
        if j == index or other.page != lines[index].page:
            continue
        o = other.text.strip()
        if o == text and abs(j - index) <= 2:
            return True  # a name and its printed copy under the signature line
        if o.startswith(text + ",") and len(o) - len(text) <= 24:
            return True  # "Jane Roe, CMA (AAMA)"
    nxt = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    return bool(nxt) and len(nxt.split()) <= 5 and bool(_ROLE.search(nxt)) and not _ROLE.search(text)


def _bare(text: str) -> str:
    """A line without the specks and stray punctuation a scan leaves at its end ("Lashonda Greer .-")."""
    return re.sub(r"[\s.,;:_'\"|~-]+$", "", text.strip())


def _learner_name(lines: list[_Line], index: int) -> bool:
    """Whether line ``index`` is the learner's name: after "This certifies that", "presented to" …, or a
    short line before "has successfully completed"."""
    if index and _NAME_NEXT.search(lines[index - 1].text.strip()):
        return True
    if index + 1 >= len(lines):
        return False
    following = lines[index + 1].text.strip()
    if (
        re.match(r"^(?:has|have|who|for\s+(?:successfully|completing|attending))\b", following, re.I)
        and len(lines[index].text.split()) <= 5
    ):
        return True
    # A name's shape (two to four capitalised words, no small joining words), then the sentence about
    # what that person did, in lower case: "attended the", "in recognition of attendance at …".
    words = _bare(lines[index].text).split()
    return bool(
        2 <= len(words) <= 4
        and all(re.fullmatch(r"[A-Z][\w'’.-]*,?", w) for w in words)
        and not _ORG_WORD.search(lines[index].text)
        and re.match(
            r"^(?:attended|completed|participated|successfully|in\s+recognition|is\s+(?:hereby\s+)?"
            r"(?:awarded|recogni[sz]ed|granted)|upon\s+completion|for\s+(?:the\s+)?(?:successful|completion|"
            r"participation|attendance|completing|attending))\b",
            following,
        )
    )


def _next_same_size(lines: list[_Line], index: int) -> bool:
    return index + 1 < len(lines) and _same_size(lines[index].size, lines[index + 1].size)


def _prominent_title(doc: _Doc) -> tuple[str, _Line] | None:
    """The title by the page's layout: the largest printed line (or run of lines of one size, a title
    wrapped) on the first page that could be a title, when it stands out from the body text, and not
    the learner's name (the line after "This certifies that", "presented to" ...)."""
    lines = [line for line in doc.lines if line.page == doc.lines[0].page] if doc.lines else []
    sized = sorted(line.size for line in lines if line.size > 0)
    if len(sized) < 4:
        return None
    body = _body_size(lines)
    learner = None  # where the learner's name is printed: the course is named after it
    for index, line in enumerate(lines):
        named = _learner_name(lines, index) or (
            line.size >= 1.5 * body and _PERSON_NAME.match(_bare(line.text))
        )
        if line.size >= 1.15 * body and named and not _signatory(lines, index):
            learner = index
            break
    candidates = []
    for index, line in enumerate(lines):
        if line.size < 1.15 * body or not _could_be_title(line, wraps=_next_same_size(lines, index)):
            continue
        if _learner_name(lines, index):
            continue  # the learner's name
        if _signatory(lines, index):
            continue  # a name signed at the foot of the page
        candidates.append(index)
    if learner is not None and any(index > learner for index in candidates):
        # The page's first line is the issuer's letterhead when the course is named after the learner.
        candidates = [index for index in candidates if index > 0]
    best: tuple[float, int] | None = None
    for index in candidates:
        line = lines[index]
        # Of lines printed about as large, the one after the learner's name names the course; a line
        # above it is the page's heading, a slogan or the issuer.
        prominence = line.size * (1.12 if learner is not None and index > learner else 1.0)
        if best is None or prominence > best[0] + 0.6:
            best = (prominence, index)
    if best is None:
        return None
    index = best[1]
    size = lines[index].size
    parts, j = [lines[index].text.strip()], index
    while (
        len(parts) < 4
        and j + 1 < len(lines)
        and _same_size(lines[j + 1].size, size)
        and (_could_be_title(lines[j + 1]) or len(lines[j + 1].text.split()) <= 3)
        and not _dates_in(lines[j + 1].text)
        and not _is_label(lines[j + 1].text.strip())
    ):
        parts.append(lines[j + 1].text.strip())
        j += 1
    value = _tidy_title(_CODE_FIRST.sub("", " ".join(parts)))
    return (value, lines[index]) if value else None


_QUOTED = re.compile(
    r"(?:complet\w*|attend\w*|participat\w*|finish\w*|program|course|webinar|module|session|training|entitled|"
    r"titled)\s*:?\s*(?:the\s+)?[\"“](?P<title>[A-Z0-9][^\"”]{6,160}?)[\"”]",
    re.IGNORECASE,
)


def _quoted_title(doc: _Doc) -> tuple[str, _Line] | None:
    """A title quoted inside a sentence, read across the sentence's line breaks."""
    for line in _prose(doc.lines):
        m = _QUOTED.search(line.text)
        if m and len(m.group("title").split()) >= 2:
            return _tidy_title(m.group("title")), line
    return None


def _agree(a: str | None, b: str | None) -> bool:
    return bool(a and b) and _size_key(a) == _size_key(b)


_BARE_CODE = r"(?:[A-Z]{1,6}-){1,3}\d{2,6}[A-Z]?|#?\d{3,8}"  # "VX-TRN-300", "#40217": a code, not a title
# A product or course code printed before the title ("VX-TRN-300 VX-300 …", "CC-2291 Chronic …").
_CODE_FIRST = re.compile(rf"^(?:{_BARE_CODE})\s{{2,}}(?=[A-Z])")  # set apart by a wide gap
_COURSE_CODE = re.compile(
    r"^(?:course(?:\s+(?:code|number|no\.?|#))?|code)\s*:\s*(?P<code>[A-Z]{2,5} ?\d{2,4}[A-Z]?)$", re.I
)


def _with_course_code(value: str, at: _Line, lines: list[_Line]) -> str:
    """A transcript's row: "Course: MA 214" then "Title: Clinical Procedures II" is "MA 214 Clinical …"."""
    index = next((i for i, line in enumerate(lines) if line is at), None)
    if index:
        m = _COURSE_CODE.match(lines[index - 1].text.strip())
        if m and lines[index - 1].page == at.page and not value.upper().startswith(m.group("code").upper()):
            return f"{m.group('code')} {value}"
    return value


def _title(doc: _Doc, *, card: bool) -> Found:
    lines = doc.joined
    strong = weak = phrase = None
    for index, line in enumerate(lines):
        m = _TITLE_LABEL.match(line.text) or _TITLE_LABEL_BARE.match(line.text)
        if m:
            value, at = _title_value(m.group("rest"), lines, index)
            if value:
                if m.group("strong") and strong is None:
                    strong = (value, at)
                elif m.groupdict().get("weak") and weak is None:
                    weak = (value, at)
            continue
        if phrase is None:
            m = _COMPLETION_PHRASE.search(line.text)
            if m and not re.search(r"\bdate\s+$|\bdate\s+of\s+$", line.text[: m.start()], re.IGNORECASE):
                rest = _OUR_KIND.sub(
                    "the ", _CHAINED.sub("", m.group("rest"))
                )  # "attending our live webinar, <title>"
                if _BOILERPLATE.search(rest) and not _LEAD_IN.match(rest).group(0).lower().startswith(
                    "requirement"
                ):
                    continue
                rest = "" if _GENERIC_REST.match(rest) else _LEAD_IN.sub("", rest, count=1)
                value, at = _title_value(rest, lines, index)
                if value:
                    phrase = (value, at)
    if strong and _COLLEGE_SIGNAL.search(doc.text):  # "MED 110 Medical Terminology": a college course
        strong = (_with_course_code(strong[0], strong[1], lines), strong[1])
    if phrase is not None and len(phrase[0].split()) <= 2:
        # "…completed the online module Managing" / "Difficult Patient Conversations with …": the
        # sentence read whole across its line break.
        for line in _prose(doc.lines):
            m = _COMPLETION_PHRASE.search(line.text)
            if m:
                rest = _OUR_KIND.sub("the ", _CHAINED.sub("", m.group("rest")))
                rest = "" if _GENERIC_REST.match(rest) else _LEAD_IN.sub("", rest, count=1)
                value, at = _title_value(rest, [line], 0)
                if value and len(value.split()) > len(phrase[0].split()):
                    phrase = (value, at)
                break
    if strong is None and phrase is not None:
        quoted = _quoted_title(doc)
        if quoted and _size_key(quoted[0]) != _size_key(phrase[0]):
            phrase = quoted  # "… for completing “Front Desk Customer Service Excellence” on …"
    prominent = None if card else _prominent_title(doc)
    for found, confidence in ((strong, 0.85), (phrase, 0.75), (weak, 0.7)):
        if not found or not re.match(r"[\"'“(]?[A-Z0-9]", found[0]):
            continue  # a title starts with a capital or a digit: "listed above" is a sentence's end
        if prominent and _agree(found[0], prominent[0]):
            return doc.found(found[0], 0.97, found[1], "the largest line of the page says the same")
        if prominent and _size_key(prominent[0]).startswith(_size_key(found[0])):
            # The label's value is the first line of a title the page prints wrapped over lines.
            return doc.found(
                prominent[0], 0.9, prominent[1], "joined with the line(s) below, in the same size"
            )
        return doc.found(found[0], confidence, found[1])
    if prominent:
        return doc.found(prominent[0], 0.6, prominent[1], "the largest line of the page")
    if card:
        for line in doc.lines:
            text = line.text.strip()
            if (
                _CARD_NAME.search(text)
                and len(text) <= 60
                and not re.search(
                    r"complet|success|accordance|this\s+card|association|red\s+cross|:", text, re.IGNORECASE
                )
            ):
                return doc.found(_tidy_title(text), 0.7, line, "the card's course name")
    found = None if card else _title_before_amount(doc)
    if found:
        return doc.found(found[0], 0.5, found[1], "the line above the amount")
    return NOT_FOUND


def _title_value(rest: str, lines: list[_Line], index: int) -> tuple[str | None, _Line]:
    """The title starting at ``rest`` (the end of line ``index``), or on the next line(s) when it is empty;
    and the line it starts on."""
    rest = rest.strip()
    parts = []
    j = index
    if not rest or not re.search(r"[A-Za-z]{3}", rest) or re.fullmatch(_BARE_CODE, rest):
        j = index + 1
        if j >= len(lines) or lines[j].page != lines[index].page:
            return None, lines[index]
        rest = lines[j].text
        if _TITLE_LABEL.match(rest) or (_dates_in(rest) and len(_dates_in(rest)[0].text) > len(rest) / 2):
            return None, lines[index]
    start = lines[j]
    parts.append(rest)
    # A title wrapped over two lines: the first ends mid-phrase, or the second continues in lower case.
    while len(parts) < 4 and j + 1 < len(lines) and lines[j + 1].page == lines[j].page:
        current, following = parts[-1], lines[j + 1].text
        stop = _TITLE_STOP.search(current)
        if stop:
            break
        if current.count('"') % 2 == 1:
            parts.append(following)  # a quoted title runs on to its closing quote
            j += 1
            continue
        if (
            _CONTINUATION_BAD.match(following)
            or _dates_in(following)
            or ":" in following
            or current.rstrip().endswith('"')
            or any(pattern.search(following) for pattern, _, _ in _AFTER)
        ):
            break
        if (
            _CONNECTOR_END.search(current)
            or (following[:1].islower() and len(following.split()) <= 6)
            or _wrapped(current, following)
            or _wrapped_by_size(lines[j], lines[j + 1], current)
        ):
            parts.append(following)
            j += 1
            continue
        break
    columns = re.split(r"\s{2,}", " ".join(parts).strip())  # a wide gap: the next column
    value = re.split(r"(?<=[a-z]{3})\.\s+(?=[A-Z])", columns[0])[0]  # a sentence ends the title
    whose = re.sub(r"^(?:an?|the)\s+|\s+\S+$", "", value, flags=re.IGNORECASE)
    if re.search(r"\s(?:course|program(?:me)?|module|class|training|webinar)$", value, re.IGNORECASE) and (
        _ORG_NAME_END.search(whose) or _known_body(whose)
    ):
        return None, start  # "a Cardinal Lifesaving Institute course": whose course, not which
    if len(columns) > 1 and re.fullmatch(_BARE_CODE, value):
        value = columns[1]  # a course code in the first column, the title in the next
    stop = _TITLE_STOP.search(value)
    if stop:
        value = value[: stop.start()]
    for hit in reversed(_dates_in(value)):
        value = value[: hit.start]
    value = _tidy_title(value)
    if (
        not value
        or len(re.findall(r"[A-Za-z]", value)) < 3
        or len(value) > 200
        or _BOILERPLATE.search(value)
        or re.match(r"^(?:certificate|this\s+certifies|presented\s+to)", value, re.IGNORECASE)
        or _is_label(value)  # "Credits Earned", a caption
        or any(pattern.fullmatch(value) for pattern, _, _ in _AFTER)  # "1.5 Contact Hours"
    ):
        return None, start
    return value, start


def _wrapped(current: str, following: str) -> bool:
    """A long title line printed wrapped: the next line a short title-case run of words with a small word
    in it ("Calculations and Safe Administration"), no digits, not a label, organisation or name."""
    return (
        len(current) >= 45
        and len(following) < len(current)
        and 2 <= len(following.split()) <= 6
        and bool(re.fullmatch(r"[A-Z][\w'&/-]*(?:\s+[\w'&/()-]+)+", following))
        and bool(re.search(r"\s(?:and|of|for|in|to|with|the|&)\s", following, re.IGNORECASE))
        and not _NOT_ORG.search(following)
        and not _org_line(following, None)
        and not _BOILERPLATE.search(following)
    )


def _wrapped_by_size(line: _Line, following: _Line, current: str) -> bool:
    """A title line printed wrapped, told by the layout: the next line in the same size, shorter, a
    run of words (not a label, date, amount, name or sentence), after a line long enough to wrap."""
    text = following.text.strip()
    return (
        _same_size(line.size, following.size)
        and len(current) >= 30
        and not current.rstrip().endswith((".", "!", "?"))
        and 1 <= len(text.split()) <= 10
        and re.match(r"[A-Za-z(]", text) is not None
        and not re.match(r"^[A-Z]{2,}(?:\s+[A-Z]{2,})*\s+[A-Z]", text)  # "DELIVERY METHOD Home Study"
        and not _TEMPLATE_WORDS.search(text)
        and not _PERSON_NAME.match(text)
        and not _HONORIFIC.search(text)
        and not _dates_in(text)
        and not re.match(
            r"(?:registered|registration|issued|printed|expires?|date|time|location|venue|presented|"
            r"instructor|faculty|credits?|hours?)\b",
            text,
            re.IGNORECASE,
        )
    )


def _tidy_title(value: str) -> str:
    value = re.sub(r"\s+", " ", value).strip()
    value = value.strip(" \"'`*_")
    value = re.sub(r"[\s.,;:\-]+$", "", value)
    value = value.strip(" \"'`")
    return value


# ---- provider -------------------------------------------------------------------------------------------

_PROVIDER_BY = re.compile(
    r"\b(?:provided|presented|offered|sponsored|issued|hosted|developed|produced|delivered|conducted|"
    r"awarded|certified|content)\s+by\s*:?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_PROVIDER_LABEL = re.compile(
    r"^(?:(?!BLS|ACLS|PALS|CPR)[A-Za-z-]+\s+){0,2}provider(?:\s+name)?|"
    r"^training\s+(?:cent(?:er|re)|site|organi[sz]ation)(?:\s+name)?|^(?:institution|organi[sz]ation|school|"
    r"college|university|sponsor|host|employer|facility|company|issuer)(?:\s+name)?",
    re.IGNORECASE,
)
_KNOWN_BODIES = re.compile(
    r"American\s+Association\s+of\s+Medical\s+Assistants|AAMA\s+e-?Learning\s+Cent(?:er|re)|"
    r"National\s+Healthcareer\s+Association|American\s+Medical\s+Technologists|American\s+Heart\s+Association|"
    r"American\s+Red\s+Cross|National\s+Center\s+for\s+Competency\s+Testing|"
    r"American\s+Medical\s+Certification\s+Association|Health\s*(?:&|and)\s*Safety\s+Institute|"
    r"American\s+Safety\s*(?:&|and)\s*Health\s+Institute|National\s+Safety\s+Council|"
    r"American\s+Academy\s+of\s+Professional\s+Coders|American\s+Health\s+Information\s+Management\s+Association|"
    r"American\s+Registry\s+of\s+Medical\s+Assistants|National\s+Association\s+for\s+Health\s+Professionals|"
    r"American\s+Society\s+of\s+Phlebotomy\s+Technicians|National\s+Phlebotomy\s+Association|"
    r"American\s+Society\s+for\s+Clinical\s+Pathology",
    re.IGNORECASE,
)
_ENDORSEMENT = re.compile(
    r"\b(?:approv\w*|accredit\w*|recogni[sz]\w*|endors\w*|authori[sz]\w*|sanction\w*)\s+(?:\w+\s+){0,4}by\s*"
    r"(?:the\s+)?$|"
    r"\b(?:curriculum|guidelines|standards)\s+of\s+(?:the\s+)?$|\bmember\s+of\s+(?:the\s+)?$|"
    r"\bin\s+accordance\s+with\s+(?:the\s+)?$|\bfor\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ORG_WORD = re.compile(
    r"\b(?:inc\.?|llc|l\.l\.c\.|ltd\.?|corp\.?|corporation|academy|institute|center|centre|college|university|"
    r"health|healthcare|hospital|hospitals|association|learning|education|school|clinic|clinics|system|network|"
    r"society|foundation|services|group|partners|webinars|solutions|medical\s+center|laboratories|council|"
    r"red\s+cross|ceufast|online|pediatrics|medicine|physicians|associates|medical\s+group|urgent\s+care|"
    r"chapter|alliance|federation|coalition|department|"
    r"cl[ií]nica|centro|instituto|asociaci[oó]n|fundaci[oó]n|universidad|sociedad|hospital\w*)\b",
    re.IGNORECASE,
)
_NOT_ORG = re.compile(
    r"\b(?:certificate|certifies|certify|award(?:ed)?|recognition|transcript|record|completion|completed|"
    r"presented|hereby|successfully|attendance|participation|achievement|director|instructor|signature|"
    r"coordinator|chair|president|manager|office$|"
    r"department\s+of|office\s+of|page|dear|this|has|for|to\s+whom)\b|:|@|www\.|https?:|\b(?:CMA|RMA|CCMA|RN|LPN|MD|CPT)\b",
    re.IGNORECASE,
)
_COLLEGE_NAME = re.compile(
    r"\b(?:(?:[A-Z][\w'&.-]*\s+){1,5}(?:Community\s+|Technical\s+|State\s+)?(?:College|University)"
    r"(?:\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})?|University\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"
)


_LEGAL = r",?\s+(?i:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Corp\.?|Corporation|PLLC|P\.C\.)(?![A-Za-z])"
_LEGAL_NAME = re.compile(
    rf"^(?P<name>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){{0,5}}{_LEGAL})(?:\s*(?:$|[,|]|\s-\s))"
)


def _provider(doc: _Doc, *, title: str | None) -> Found:
    found = _provider_voted(doc, _provider_found(doc, title=title), title=title)
    if found.value and not found.value.lower().startswith(("the ", "american ", "national ")):
        # A brand ("CEUfast", "Relias") whose company name is printed too ("CEUfast, Inc. is accredited ...").
        legal = re.compile(rf"^{re.escape(found.value)}{_LEGAL}", re.IGNORECASE)
        for line in doc.lines:
            m = legal.match(line.text.strip())
            if m:
                return Found(m.group(0).strip(), found.confidence, found.where)
    return found


# "Program Director, Meridian Ethics Education Group": a signature block's title, then the organisation.
_SIGNATURE_ORG = re.compile(
    r"^(?:[A-Z][\w.&/-]*\s+){0,4}(?:Director|Coordinator|Manager|Chair|President|Officer|Educator|Registrar|"
    r"Administrator|Specialist|Lead|Head|Dean|Supervisor)\b[\w\s&/-]{0,30},\s*(?P<org>[A-Z].+)$"
)
# "Bayside Professional Learning Institute is accredited by …", "X is an approved provider …".
_ORG_SUBJECT = re.compile(
    r"^(?P<org>[A-Z][\w&'.-]*(?:,?\s+[A-Z&][\w&'.-]*){1,7})\s+(?:is|has\s+been)\s+"
    r"(?:an?\s+)?(?:accredited|approved|authori[sz]ed|recogni[sz]ed|designated|licensed)\b"
)
# An organisation printed in capitals at the head of a line, then other words ("BLUEWATER LABORATORY
# SCIENCES Continuing Education Program").
_CAPS_HEAD = re.compile(r"^(?P<org>[A-Z][A-Z&'.-]+(?:\s+[A-Z&][A-Z&'.-]+){1,6})\s+(?=[A-Z][a-z])")


def _org_key(text: str) -> str:
    return _size_key(re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE))


def _provider_voted(doc: _Doc, first: Found, *, title: str | None) -> Found:
    """The provider by agreement of independent places a certificate names it: the first reading
    (a "provided by" phrase, a label, the top of the page), a signature block's organisation, an
    "<organisation> is accredited …" sentence, a name in capitals heading a line, and how often
    each is printed. Sure only when two places agree."""
    votes: dict[str, list] = {}  # key -> [weight, value, line, the lines that name it]

    def vote(value: str | None, weight: float, line: _Line | None, place: str) -> None:
        value = _provider_value(value or "")
        if not value or _PERSON_NAME.match(value) or _HONORIFIC.search(value):
            return
        if title and _org_key(value) == _org_key(title):
            return
        entry = votes.setdefault(_org_key(value), [0.0, value, line, set(), set()])
        if entry[1].isupper() and not value.isupper():
            entry[1], entry[2] = value, line  # the name as printed in mixed case
        where = id(line) if line is not None else place
        if where not in entry[3]:  # one line is one place, however many rules find it there
            entry[0] += weight
            entry[3].add(where)
            entry[4].add(place)

    if first.value:
        at = next((ln for ln in doc.lines if first.value.lower() in ln.text.lower()), None)
        vote(first.value, 3 * first.confidence, at, "first")
    head = [ln for ln in doc.lines if ln.page == doc.lines[0].page][:6] if doc.lines else []
    for line, after in itertools.pairwise([*head, None]):
        text = line.text.strip()
        m = _CAPS_HEAD.match(text)
        if m and not _NOT_ORG.search(m.group("org")):
            vote(m.group("org"), 1.5, line, "head")
        if (
            after is not None
            and _same_size(line.size, after.size)
            and len(text.split()) <= 4
            and not _NOT_ORG.search(text)
            and _org_line(f"{text} {after.text.strip()}", title)
            and not _org_line(text, title)
        ):
            vote(f"{text} {after.text.strip()}", 2.0, line, "head")  # a name printed over two lines
    role = re.compile(r"\b(?:Director|Coordinator|Manager|Chair|President|Officer|Educator|Registrar|Dean)\b")
    for line, after in itertools.pairwise([*doc.lines, None]):
        text = line.text.strip()
        m = _SIGNATURE_ORG.match(text)
        if m and _org_line(m.group("org"), title):
            vote(m.group("org"), 2.5, line, "signature")
        elif m and _name_phrase(m.group("org")):
            vote(m.group("org"), 1.5, line, "signature")  # a name without a word like "Institute"
        elif after is not None and role.search(text) and len(text) <= 40:
            affiliation = _affiliation(doc.lines, doc.lines.index(line), title)
            if affiliation is not None:
                vote(affiliation.text.strip(), 2.5, affiliation, "signature")  # under a signer's role
        m = _ORG_SUBJECT.match(text)
        if m and not _NOT_ORG.search(m.group("org")) and not _known_body(m.group("org")):
            vote(m.group("org"), 2.0, line, "sentence")
        m = re.search(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<org>[A-Z][^|·•]{4,80})", text, re.IGNORECASE)
        if m:  # the holder's name ends at a separator, a wide gap or a sentence's end
            m = re.match(r"(?P<org>.*?)(?:\s{2,}|\s[|·•]|(?<=[a-z]{3})\.(?:\s|$)|$)", m.group("org"))
        if m and _org_line(m.group("org").strip(), title):
            vote(m.group("org").strip(), 2.0, line, "copyright")  # "© 2024 Clearwater … Network."
        if _org_line(text, title) and not _known_body(text):
            vote(text, 1.0, line, "line")
    for key, entry in list(votes.items()):  # "Tri-River SMA" is "Tri-River Society of Medical Assistants"
        full = next((e for k, e in votes.items() if k != key and _abbreviates(entry[1], e[1])), None)
        if full is not None:
            full[0] += entry[0]
            full[3] |= entry[3]
            full[4] |= entry[4]
            del votes[key]
    platforms = _platforms(doc.text)
    if platforms and len(votes) > 1:  # the platform a course was taken on is not who provides it
        for key in [k for k in votes if any(k in p or p in k for p in platforms)]:
            if len(votes) > 1:
                del votes[key]
    if not votes:  # nothing else on the page names it (the first reading was a person, or the title)
        return Found(first.value, min(first.confidence, 0.8), first.where) if first.value else first
    lowered = doc.text.lower()
    for entry in votes.values():
        printed = lowered.count(entry[1].lower())
        if printed >= 2:
            entry[0] += min(2, printed - 1)
            entry[3].add("repeated")
    ranked = sorted(votes.values(), key=lambda e: (e[0], not e[1].isupper()), reverse=True)
    _, value, line, places, _ = ranked[0]
    agreed = len(places) >= 2
    sure = _sure_provider(doc, ranked, first)
    if value.isupper():  # printed in capitals at the top: its mixed-case printing, where there is one
        for m in re.finditer(re.escape(value), doc.text, re.IGNORECASE):
            if not m.group(0).isupper():
                value = m.group(0)
                break
    longer = _extended(value, doc.text, title) or _under_wordmark(value, head)
    if longer:  # "Professional Learning Institute" printed elsewhere as "Northfield Professional …"
        where = next((ln for ln in doc.lines if longer.lower() in ln.text.lower()), line)
        confidence = min(0.85, first.confidence if first.value else 0.85) if agreed else 0.6
        return doc.found(longer, confidence, where, "the organisation's full name as printed on it")
    if first.value and _org_key(first.value) == _org_key(value):
        confidence = 0.92 if sure else 0.85 if agreed else min(first.confidence, 0.8)
        if doc.ocr:  # an OCR reading of a name: never sure (a letter misread is still "agreed")
            confidence = min(confidence, 0.8)
        return Found(first.value, confidence, first.where)
    return doc.found(value, 0.85 if agreed else 0.6, line, "the organisation the certificate names most")


# Words before a name that make it the body vouching for a course, or the software it ran on, not who gave it.
_VOUCHED_BY = re.compile(
    r"\b(?:(?:approv|accredit|recogni[sz]|endors|authori[sz]|sanction|licens|certifi)\w*\s+(?:\w+\s+){0,3}by|"
    r"member\s+of|powered\s+by|(?:hosted|delivered|offered|available|taken)\s+(?:on|through|via)|"
    r"in\s+partnership\s+with|on\s+behalf\s+of|accreditor|accrediting\s+body)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_VOUCHING = re.compile(r"^\s*-?\s*(?:approved|accredited|endorsed|platform|LMS|portal)\b", re.IGNORECASE)


def _sure_provider(doc: _Doc, ranked: list, first: Found) -> bool:
    """Sure of the provider only on a text layer, when separate lines of the page name it in different
    kinds of place: the first reading (a label, "provided by", the letterhead) and a signature block, a
    sentence about it or a copyright line, or three lines in all; when no other organisation is named
    nearly as much; and when it is never named as the body that approves or accredits the course, or the
    platform it was taken on."""
    weight, value, _, places, kinds = ranked[0]
    lines = {p for p in places if p != "repeated"}
    if doc.ocr or "first" not in kinds or len(lines) < 2 or len(kinds) < 2:
        return False
    said = kinds & {"signature", "sentence", "copyright"}
    if first.confidence < 0.7 or not (len(lines) >= 3 or said):  # a guess from a footer is no first reading
        return False
    if len(ranked) > 1 and ranked[1][0] >= 0.5 * weight:
        return False  # another organisation is named nearly as much: the provider, or who accredits it
    name = re.escape(value.lower())
    for line in doc.lines:
        text = line.text.lower()
        for m in re.finditer(name, text):
            before, after = text[max(0, m.start() - 60) : m.start()], text[m.end() :]
            if _VOUCHED_BY.search(before) or _VOUCHING.match(after):
                return False  # "approved by X", "X-accredited", "the X platform"
    return True


# Words that may stand before an organisation's name on a line without being part of it.
_NOT_NAME_WORD = re.compile(
    r"^(?:the|by|of|and|for|at|from|with|in|on|to|our|your|this|that|an?|is|are|was|approved|accredited|"
    r"provided|presented|offered|sponsored|hosted|delivered|certified|authori[sz]ed|issued|awarded|conducted|"
    r"developed|produced|welcome|dear|contact|visit|about|copyright|member|partner|inc|llc)$",
    re.IGNORECASE,
)


def _under_wordmark(value: str, head: list[_Line]) -> str | None:
    """``value`` printed at the top of the page under the first part of the organisation's name, in a
    wordmark ("CRESTMARK" over "REFERENCE LABORATORIES"): the whole name."""
    for above, line in itertools.pairwise(head):
        if _org_key(line.text) == _org_key(value) and _brand_head(above, line):
            return f"{_unadorned(above.text)} {_unadorned(line.text)}"
    return None


def _extended(value: str, text: str, title: str | None) -> str | None:
    """``value`` as printed elsewhere with one or two more capitalised words before it on the same line,
    when those are a name's words (not "by", "the", a role): the organisation's full name."""
    if len(value.split()) < 2:
        return None
    pattern = re.compile(
        rf"(?<![\w&'.-])((?:[A-Z][\w&'’.-]*[ \t]+){{1,2}})((?i:{re.escape(value)}))(?![\w&'-])"
    )
    for m in pattern.finditer(text):
        words = m.group(1).split()
        if any(w.endswith("-") for w in words) or any(
            _NOT_NAME_WORD.match(w) or _ROLE.search(w) or _NOT_ORG.search(w) for w in words
        ):
            continue
        if m.start() and text[m.start() - 1] not in " \t\n":
            continue
        longer = f"{' '.join(words)} {m.group(2)}"
        if title and _org_key(longer) == _org_key(title):
            continue
        return longer
    return None


_PLATFORM = re.compile(
    r"(?:(?:delivered|hosted|offered|available|completed|taken|published)\s+(?:on|through|via)\s+(?:the\s+)?"
    r"(?P<a>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})\s+(?:platform|LMS|portal|app|learning\s+management\s+system)"
    r"|powered\s+by\s+(?P<b>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3}))"
)


def _brand_head(head: _Line, line: _Line) -> bool:
    """Whether ``head`` is the first part of an organisation's name printed over two lines as a wordmark:
    one or two capitalised words, printed at least as large as the line under it that names the kind of
    organisation ("NORTHBEAM" over "HEALTH LEARNING", "Blue Mesa" over "Medical Assisting Education")."""
    text = _unadorned(head.text)
    words = text.split()
    return bool(
        head.page == line.page
        and 1 <= len(words) <= 2
        and all(re.fullmatch(r"[A-Z][A-Za-z'’&-]+", w) for w in words)
        and head.size >= line.size > 0
        and not _org_line(text, None)
        and not _HEADING.match(text)
        and not _TEMPLATE_WORDS.search(text)
        and not _NOT_ORG.search(text)
        and not _known_body(text)
        and not (len(words) == 1 and text.isupper() and len(text) <= 5)  # a logo's initials ("MVHS")
    )


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with its last words cut to their initials ("Tri-River SMA", "LHLC")."""
    words, long_words = short.split(), full.split()
    if not words or not re.fullmatch(r"[A-Z]{2,8}", words[-1]) or len(long_words) <= len(words):
        return False
    head = words[:-1]
    if [w.lower() for w in long_words[: len(head)]] != [w.lower() for w in head]:
        return False
    initials = "".join(w[0] for w in long_words[len(head) :] if w[:1].isupper())
    return initials == words[-1]


def _platforms(text: str) -> list[str]:
    """The keys of the platforms a certificate says its course was taken on ("Delivered on the X platform",
    "Powered by X"): the software, not the provider."""
    return [_org_key(m.group("a") or m.group("b")) for m in _PLATFORM.finditer(text)]


def _name_phrase(text: str) -> bool:
    """A proper name's words: two to seven capitalised words (small joining words allowed), no digits;
    not a person's name or a role."""
    text = _unadorned(text)
    words = text.split()
    return (
        2 <= len(words) <= 7
        and not re.search(r"[\d@:]", text)
        and all(
            w[:1].isupper() or w.lower() in ("of", "and", "for", "the", "&", "at", "in", "on") for w in words
        )
        and not _PERSON_NAME.match(text)
        and not _TITLED_NAME.match(text)
        and not _ROLE.search(text)
        and not _NOT_ORG.search(text)
    )


def _affiliation(lines: list[_Line], index: int, title: str | None) -> _Line | None:
    """The organisation printed under a signer's role (line ``index``): of the next two lines that name an
    organisation or department, the last (a department, then the organisation it belongs to)."""
    found = None
    for k in (1, 2):
        if index + k >= len(lines) or lines[index + k].page != lines[index].page:
            break
        line = lines[index + k]
        text = line.text.strip()
        if _PERSON_NAME.match(text) or _TITLED_NAME.match(text) or _signatory(lines, index + k):
            break  # the next signer
        if _org_line(text, title) or (_name_phrase(text) and not (title and title.lower() in text.lower())):
            found = line
        elif not re.search(r"\b(?:office|department)\b", text, re.IGNORECASE):
            break
    return found


def _unadorned(text: str) -> str:
    """A line without the ornaments printed around it ("~ Willowbrook Clinical Learning Center ~")."""
    return text.strip().strip("~*•·=_|◆●✦★☆◇»«").strip()


def _provider_found(doc: _Doc, *, title: str | None) -> Found:
    lines = doc.joined
    for line in lines:
        value = None
        m = _PROVIDER_BY.search(line.text)
        if m and not re.search(
            r"\b(?:approved|accredited|recogni[sz]ed)\s+$", line.text[: m.start()] + " ", re.IGNORECASE
        ):
            value = _provider_value(m.group("rest"))
        if value is None:
            m = _PROVIDER_LABEL.match(line.text)
            if m:
                after = line.text[m.end() :]
                if re.match(r"\s*(?:number|no\b|#|id\b|code|approval|statement)", after, re.IGNORECASE):
                    continue
                if re.match(r"\s*:", after):
                    value = _provider_value(after.split(":", 1)[1])
        if value and not (title and value.lower() == title.lower()):
            return doc.found(value, 0.9, line)
    top = [ln for ln in doc.lines if ln.page == doc.lines[0].page][:8] if doc.lines else []
    for k, line in enumerate(top):  # the first organisation named at the top: a known body, or "… Institute"
        body = _known_body(line.text)
        if body:
            return doc.found(body, 0.85, line)
        if k and _org_line(line.text, title) and _brand_head(top[k - 1], line):
            name = f"{_unadorned(top[k - 1].text)} {_provider_value(line.text) or _unadorned(line.text)}"
            return doc.found(
                name, 0.7, top[k - 1], "the organisation's name printed over two lines at the top"
            )
        if _org_line(line.text, title):
            return doc.found(
                _provider_value(line.text) or line.text, 0.7, line, "the organisation named at the top"
            )
    for line in doc.lines:
        body = _known_body(line.text)
        if body:
            return doc.found(body, 0.6, line)
    for line in doc.lines:
        m = _COLLEGE_NAME.search(line.text)
        if m and not _ENDORSEMENT.search(line.text[: m.start()]):
            return doc.found(_provider_value(m.group(0)), 0.6, line)
    for line in doc.joined:  # an organisation's name on a line of its own further down (a footer)
        if _org_line(line.text, title):
            return doc.found(
                _provider_value(line.text) or line.text, 0.55, line, "an organisation named on it"
            )
    for line in doc.lines:  # a company's name starting a footer ("MedBridge, Inc. | 1633 Westlake Ave N")
        m = _LEGAL_NAME.match(line.text.strip())
        if (
            m
            and not _NOT_ORG.search(m.group("name"))
            and not (title and title.lower() in m.group("name").lower())
        ):
            return doc.found(m.group("name"), 0.5, line, "a company named on it")
    first = doc.lines[0].text.strip() if doc.lines else ""
    if re.fullmatch(r"[A-Z][A-Za-z]*[a-z][A-Za-z]*(?:,?\s+(?:Inc|LLC|Ltd)\.?)?", first) and not (
        _NOT_ORG.search(first) or _CARD_NAME.search(first) or (title and title.lower() == first.lower())
    ):
        # A brand alone on the first line ("Relias", "NetCE"): the publisher of the certificate.
        return doc.found(first, 0.45, doc.lines[0], "the name at the top of the certificate")
    return NOT_FOUND


# "Clearwater Institute for Health Careers": an organisation named "<kind> for <purpose>".
_ORG_FOR = re.compile(
    r"^(?:[A-Z][\w&'.-]*\s+){1,4}(?:Institute|Center|Centre|Academy|College|School|Society|Association|"
    r"Council|Foundation|Alliance|Network)\s+(?:for|of)\s+(?:[A-Z][\w&'.-]*\s*){1,4}$"
)


def _org_line(text: str, title: str | None) -> bool:
    text = _unadorned(text)
    if re.search(r"[a-z]{3,}[.!]\s+\S", text):
        return False  # "Rooted in community. Growing health.": a slogan, not a name
    if _ORG_FOR.match(text) and not (title and title.lower() in text.lower()) and len(text) <= 70:
        return True
    return bool(
        _ORG_WORD.search(text)
        and not _NOT_ORG.search(text)
        and not _ROLE.search(text)  # "Chief Learning Officer": a signer's role
        and 2 <= len(text.split()) <= 9
        and len(text) <= 70
        and not re.search(r"\d{3}", text)
        and not (title and title.lower() in text.lower())
        and re.match(r"[A-Z0-9]", text)
    )


def _known_body(text: str) -> str | None:
    clean = _CREDENTIAL.sub("", text)
    for m in _KNOWN_BODIES.finditer(clean):
        if _ENDORSEMENT.search(clean[: m.start()]):
            continue
        return re.sub(r"\s+", " ", m.group(0))
    return None


def _provider_value(rest: str) -> str | None:
    value = re.sub(r"^the\s+(?=[A-Z])", "", _unadorned(rest))
    # Two strings drawn without a space between them: the name ends with its kind of organisation
    # ("… Education PartnersHarrisford, Pennsylvania").
    for glued in re.finditer(r"(?<=[a-z])(?=[A-Z][a-z])", value):
        kinds = list(_ORG_WORD.finditer(value[: glued.start()] + " "))
        if kinds and kinds[-1].end() == glued.start():
            value = value[: glued.start()]
            break
    value = re.split(r"(?<=[a-z]{3})\.\s+(?=[A-Z])", value)[0]  # "… Medical Assistants. This program …"
    # A second label on the line ends the name ("… Education, LLC Provider Number: 50-18827").
    value = re.split(
        r"\s+(?=(?:(?:Provider|Approval|Course|Certificate|Member|License|Accreditation|Registration)\s+)?"
        r"(?:Number|No\.|ID|#|Phone|Tel|Fax|Address)\b)",
        value,
    )[0]
    value = re.sub(r"^[A-Z]{2,6}\s*[-–|:]\s+(?=[A-Z][a-z])", "", value)  # "RAHS - Redwood Allied …"
    value = re.split(
        r"\s{2,}|\s+\|\s+|\s+-\s+|\s+(?:on|for(?!\s+[A-Z])|in\s+partnership\s+with|is\s+an?|is\s+approved)\s+",
        value,
    )[0]
    # A comma ends the name unless a company suffix follows it ("Keystone Medical Education, Inc.").
    m = re.search(r",(?!\s*(?:inc|llc|l\.l\.c|ltd|corp|pc|pllc|p\.c)\b)", value, re.IGNORECASE)
    if m:
        value = value[: m.start()]
    for hit in reversed(_dates_in(value)):
        value = value[: hit.start]
    value = value.strip(" \"'`;:,-")
    if value.endswith(".") and not re.search(r"\b(?:inc|ltd|corp|co|l\.l\.c|p\.c)\.$", value, re.IGNORECASE):
        value = value.rstrip(".")
    if len(re.findall(r"[A-Za-z]", value)) < 3 or len(value) > 100:
        return None
    return value
