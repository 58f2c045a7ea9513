"""``read_certificate``: the file's kind told by its bytes, its text from the text layer or OCR,
the fields read from the text, and ``reading_as_json`` for the command.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from decimal import Decimal

from credentials import rules
from credentials.reader.aama import _aama
from credentials.reader.amounts import _amount_unit, _category, _category_split
from credentials.reader.completion_date import _completed_on
from credentials.reader.document import _Doc
from credentials.reader.found import FIELDS, NOT_FOUND, Found, Reading, _Line, _Unreadable
from credentials.reader.hints import _hinted, issuer_key
from credentials.reader.ocr import _ocr_pages, _open_image
from credentials.reader.pdf import _enough_text, _pdf_page_images, _pdf_text_lines, _thin_text_over_images
from credentials.reader.provider import _provider
from credentials.reader.title import _title

MAX_BYTES = 40 * 1024 * 1024  # larger files are refused before any parsing


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


def _card_category(unit: Found) -> Found:
    """A CPR/BLS card counts in the category the rules fix for cards (R-CMA-11: clinical), however
    sure the reading is that it is a card; a card names no category of its own."""
    rule = rules.kind_rule_anywhere(rules.UNITS[unit.value].kind)
    if rule is None or not rule.category:
        return NOT_FOUND
    return Found(
        rule.category, unit.confidence, f"a CPR/BLS card always counts as {rule.category} (R-CMA-11)"
    )


def _extract(lines: list[_Line], *, ocr: bool) -> dict[str, Found]:
    doc = _Doc(lines, ocr)
    fields = dict.fromkeys(FIELDS, NOT_FOUND)
    fields["completed_on"] = _completed_on(doc)
    fields["aama_approved"] = _aama(doc)
    amount, unit = _amount_unit(doc, aama=fields["aama_approved"].value is True)
    fields["amount"], fields["unit"] = amount, unit
    fields["category"] = _category(doc)
    if unit.value == "cpr_card" and fields["category"].value is None:
        fields["category"] = _card_category(unit)
    fields["title"] = _title(doc, card=unit.value == "cpr_card")
    fields["provider"] = _provider(doc, title=fields["title"].value)
    return fields
