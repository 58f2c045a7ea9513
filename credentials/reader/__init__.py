"""Reads a continuing-education certificate (PDF, PNG or JPEG) into the fields of an activity.

The text comes from the PDF's text layer (pypdf) or, for photos and scans, from tesseract
(pytesseract; scanned PDF pages are drawn by PDFium). The fields come from that text by rules:
regular expressions for labels, dates, amounts and units, dateutil for month names. Nothing is
guessed: a field the certificate does not state is None with a confidence of 0.

``read_certificate`` never raises. A file that cannot be read gives a ``Reading`` whose
``problem`` says why in a sentence for a person, with every field empty.

Pure Python, no Django (the management command ``read_certificate`` prints its readings as JSON).
The rules are tested on the corpus in tests/certificates/ and by tests/test_reader.py.

The package, one concern a module, in the order they build on each other: ``found`` (what a reading
is made of), ``text_cleanup``, ``pdf`` (the text layer, pages drawn), ``ocr`` (tesseract), ``dates``,
``document`` (the lines and their labels), ``names`` (people and organisations), ``layout`` (print
sizes), then one module a field: ``aama``, ``amounts`` (and categories), ``completion_date``,
``title``, ``provider``; ``hints`` (what corrections taught) and ``reading`` (``read_certificate``).
"""

from credentials.reader.found import CATEGORIES, FIELDS, UNITS, Found, Reading
from credentials.reader.hints import correction_hints as correction_hints
from credentials.reader.hints import issuer_key as issuer_key
from credentials.reader.ocr import deskew as deskew
from credentials.reader.ocr import open_image as open_image
from credentials.reader.pdf import page_images as page_images
from credentials.reader.reading import MAX_BYTES as MAX_BYTES
from credentials.reader.reading import read_certificate, reading_as_json

__all__ = ["CATEGORIES", "FIELDS", "UNITS", "Found", "Reading", "read_certificate", "reading_as_json"]
