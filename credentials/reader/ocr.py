"""Text from images: a photo opened within bounds and turned upright, tesseract's words gathered
into lines, straightened and tried again when a page reads badly, all within one time limit.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import io
import itertools
import re
import time
import warnings

from credentials.reader.found import _Line, _Unreadable
from credentials.reader.text_cleanup import _clean_lines, _fix_ocr
from credentials.reader.words import accented, rejoined

MAX_IMAGE_PIXELS = 50_000_000  # an image's declared size, checked before decoding
MAX_OCR_SIDE = 3600  # longest side handed to tesseract
OCR_SECONDS = 60  # all tesseract calls on one file together


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
    lang = _page_language(words, pytesseract)
    if lang != "eng":  # a Spanish certificate: read again with Spanish's letters ("Prevención", "Clínica")
        words = _recognise(best, deadline, pytesseract, lang=lang)
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
            again = _recognise(turned, deadline, pytesseract, lang=lang)
            if _legible(again) > _legible(words):
                best, words = turned, again
    if _legible(words) < 0.6 * len(words):
        again = _recognise(_flatten(best), deadline, pytesseract, lang=lang)
        if _legible(again) > _legible(words):
            words = again
    # Tesseract's page layout sometimes drops a line (often a large heading) at one scale and not at
    # another: read the page at a second scale and add the lines only that reading found.
    width, height = best.size
    factor = 0.6 if max(width, height) > 1800 else 1.5
    second = best.resize((max(1, round(width * factor)), max(1, round(height * factor))))
    return _union(_lines(words, page), _lines(_recognise(second, deadline, pytesseract, lang=lang), page))


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


# Words that mark a page as Spanish, and as English: a page with more of the first is read again in
# Spanish and English together, where tesseract has the Spanish model (Debian's tesseract-ocr-spa).
_SPANISH_WORDS = frozenset(
    {"de", "del", "la", "las", "los", "el", "por", "para", "curso", "certificado", "constancia", "fecha"}
    | {"reconocimiento", "horas", "otorgado", "otorga", "educacion", "educación", "continua", "asistencia"}
    | {"capacitacion", "capacitación", "participacion", "participación"}
)
_ENGLISH_WORDS = frozenset(
    {"the", "of", "and", "for", "has", "this", "completed", "certificate", "hours", "awarded", "course"}
)


def _page_language(words: list[tuple], pytesseract) -> str:
    found = [text.strip(" .,:;()").lower() for text, *_ in words]
    spanish = sum(w in _SPANISH_WORDS for w in found)
    if spanish < 4 or spanish <= 2 * sum(w in _ENGLISH_WORDS for w in found):
        return "eng"
    return "spa+eng" if "spa" in _languages(pytesseract) else "eng"


@functools.cache
def _languages(pytesseract) -> frozenset[str]:
    try:
        return frozenset(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractError, OSError, ValueError):  # no list: read in English, as before
        return frozenset()


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


PHOTO_TILT = 10.0  # a certificate photographed on a desk may lie turned up to 10°


def _recognise(image, deadline, pytesseract, lang: str = "eng") -> list[tuple[str, float, tuple, float]]:
    """Tesseract's words in reading order: (text, confidence 0–100, (block, paragraph, line), height
    as a share of the image's height)."""
    data = _call(
        deadline,
        pytesseract.image_to_data,
        image,
        lang=lang,
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
        for cleaned in _clean_lines(accented(rejoined(_fix_ocr(text)))):
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


# The transcript reader opens and straightens its scans the same way.
deskew, open_image = _deskew, _open_image
