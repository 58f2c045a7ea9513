"""The page's words with their places (``Word``, ``page_words``): a PDF's text layer character by
character (PDFium), else Tesseract's words on the drawn pages of a scan or on a photo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from credentials import reader

MAX_PAGES = 10  # pages of a transcript read (a year of courses is one or two)


@dataclass(frozen=True)
class Word:
    """A word where the page prints it: page number, left and right edge, top and bottom (points or
    pixels from the page's top), and, for OCR, the line Tesseract put it on."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    line: tuple = ()

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def page_words(data: bytes) -> list[Word]:
    """The transcript's words with their places: a PDF's text layer, else Tesseract's reading of its
    pages (a scan) or of the image (a photo). For a bounded child: it opens the file."""
    if data[:5] == b"%PDF-":
        words = _pdf_words(data)
        if sum(1 for word in words if re.fullmatch(r"[A-Za-z]{3,}\W?", word.text)) >= 20:
            return words
        return _ocr_words(reader.page_images(data, pages=MAX_PAGES))
    return _ocr_words([reader.open_image(data)])  # the reader's bounds on pixels, its EXIF turn


def _pdf_words(data: bytes) -> list[Word]:
    import pypdfium2 as pdfium

    words: list[Word] = []
    document = pdfium.PdfDocument(data)
    try:
        for index in range(min(MAX_PAGES, len(document))):
            page = document[index]
            textpage = page.get_textpage()
            height = page.get_height()
            count = textpage.count_chars()
            text = textpage.get_text_range(0, count) if count else ""
            chars: list[tuple[str, tuple]] = []
            for i in range(count):
                char = text[i] if len(text) == count else textpage.get_text_range(i, 1)
                if not char or char.isspace() or char in "\x00\x02\ufffe":
                    _word_add(words, chars, page=index + 1, height=height)
                    continue
                box = textpage.get_charbox(i, loose=True)
                if chars:
                    last = chars[-1][1]
                    size = max(last[3] - last[1], 1.0)
                    apart = box[0] - last[2] > 0.25 * size or box[0] < last[0]
                    if apart or abs(box[1] - last[1]) > 0.5 * size:
                        _word_add(words, chars, page=index + 1, height=height)
                chars.append((char, box))
            _word_add(words, chars, page=index + 1, height=height)
            textpage.close()
            page.close()
    finally:
        document.close()
    return words


def _word_add(words: list[Word], chars: list[tuple[str, tuple]], *, page: int, height: float) -> None:
    """The characters gathered so far as one word (PDF boxes are from the page's bottom)."""
    if chars:
        left, right = min(box[0] for _, box in chars), max(box[2] for _, box in chars)
        top, bottom = height - max(box[3] for _, box in chars), height - min(box[1] for _, box in chars)
        words.append(Word("".join(c for c, _ in chars), page, left, right, top, bottom))
        chars.clear()


def _ink(image):
    """The page as Tesseract reads it best: enlarged (a 150 dpi scan to about 400 dpi), its contrast
    stretched, and the light grey of shaded rows and paper turned white (shading breaks words)."""
    from PIL import Image, ImageOps

    factor = min(3.0, 3600 / max(image.size))
    if factor > 1.1:
        size = (round(image.width * factor), round(image.height * factor))
        image = image.resize(size, Image.Resampling.LANCZOS)
    image = ImageOps.autocontrast(image, cutoff=(1, 1))
    image = reader.deskew(image)  # a tilted page's columns drift across its rows
    return image.point(lambda value: 255 if value > 185 else value)


def _ocr_words(images: list) -> list[Word]:
    import pytesseract

    words: list[Word] = []
    for number, image in enumerate(images, start=1):
        image = _ink(image)
        data = pytesseract.image_to_data(
            image, config="--psm 6", output_type=pytesseract.Output.DICT, timeout=90
        )
        for i, text in enumerate(data["text"]):
            text = (text or "").strip()
            if not text or float(data["conf"][i]) < 0:
                continue
            left, top = data["left"][i], data["top"][i]
            words.append(
                Word(
                    text,
                    number,
                    left,
                    left + data["width"][i],
                    top,
                    top + data["height"][i],
                    (data["block_num"][i], data["par_num"][i], data["line_num"][i]),
                )
            )
    return words
