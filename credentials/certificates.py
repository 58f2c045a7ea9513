"""Checks a certificate file when it is uploaded, so that nothing later has to trust it.

A file is refused unless it is what its name says (magic bytes), within the size limit, and,
once opened with limits, a PDF of a sane page and object count without encryption, or an
image within a pixel bound. Every refusal names the limit and what to do instead.
"""

from __future__ import annotations

import re
import warnings

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import DependencyError, PyPdfError

SIGNATURES = {
    "pdf": (b"%PDF-",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
}
# The largest page side the PDF format allows (200 inches); anything larger is made to hurt.
MAX_PAGE_SIDE_POINTS = 14_400
# Bytes a decoded pixel takes at most (RGBA), for the memory bound of an image.
_BYTES_PER_PIXEL = 4


def certificate_errors(upload: UploadedFile) -> list[str]:
    """What is wrong with ``upload`` as a certificate, in words; empty when it may be stored."""
    name = (upload.name or "").lower()
    extension = name.rsplit(".", 1)[-1] if "." in name else ""
    if extension not in SIGNATURES:
        return ["Upload a PDF, PNG or JPEG file."]
    if upload.size is not None and upload.size > settings.CERTIFICATE_MAX_BYTES:
        limit = settings.CERTIFICATE_MAX_BYTES // (1024 * 1024)
        return [f"The file is larger than {limit} MB. Upload a smaller scan (300 dpi or less is plenty)."]
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if not head.startswith(SIGNATURES[extension]):
        return [f"This file is not a real {extension.upper()} file. Upload the original."]
    try:
        return _pdf_errors(upload) if extension == "pdf" else _image_errors(upload)
    finally:
        upload.seek(0)


def _pdf_errors(upload: UploadedFile) -> list[str]:
    try:
        reader = PdfReader(upload, strict=False)
        # An owner password alone (printing or copying restricted) still opens: that is fine.
        if reader.is_encrypted and not reader.decrypt(""):
            return ["This PDF is password-protected. Print it to a new PDF (or scan it) and upload that."]
        # The objects pypdf actually found (the trailer's /Size may lie either way).
        objects = sum(len(entries) for entries in reader.xref.values()) + len(reader.xref_objStm)
        if objects > settings.CERTIFICATE_MAX_PDF_OBJECTS:
            return [
                f"This PDF is too complex ({objects:,} objects; the limit is "
                f"{settings.CERTIFICATE_MAX_PDF_OBJECTS:,}). Print it to a new PDF or scan the certificate."
            ]
        pages = len(reader.pages)
        largest = max(
            (max(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages[:5]), default=0
        )
    except DependencyError:
        return ["This PDF uses an encryption Recert cannot open. Print it to a new PDF and upload that."]
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError, OSError):
        return [
            "This PDF is damaged and cannot be read. Download the certificate again and upload that copy."
        ]
    if pages == 0:
        return ["This PDF has no pages. Upload the certificate itself."]
    if largest > MAX_PAGE_SIDE_POINTS:
        return [
            "This PDF's page is larger than any paper (over 200 inches). Print it to a new PDF or scan it."
        ]
    if pages > settings.CERTIFICATE_MAX_PAGES:
        return [
            f"This PDF has {pages:,} pages; a certificate may have at most {settings.CERTIFICATE_MAX_PAGES}. "
            "Upload only the pages of the certificate."
        ]
    return []


def _image_errors(upload: UploadedFile) -> list[str]:
    limit = settings.CERTIFICATE_MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:  # reads the header only
                width, height = image.size
                if (
                    width * height > limit
                    or width * height * _BYTES_PER_PIXEL > settings.CERTIFICATE_MAX_DECODED_BYTES
                ):
                    return [_too_large(width, height, limit)]
                if image.format == "JPEG":
                    # verify() does not read a JPEG's data: decode it at 1/8 scale, which is cheap
                    # and still fails on a file cut short.
                    image.draft(image.mode, (max(1, width // 8), max(1, height // 8)))
                    image.load()
                else:
                    image.verify()  # the whole file, without keeping the pixels
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        # Pillow stops at the header and says how many pixels the image would decode to.
        found = re.search(r"\((\d+) pixels\)", str(error))
        return [_too_large(None, None, limit, pixels=int(found.group(1)) if found else None)]
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return ["This image is damaged or cut off and cannot be read. Upload the original photo or scan."]
    return []


def _too_large(width: int | None, height: int | None, limit: int, pixels: int | None = None) -> str:
    size = f" ({width:,} × {height:,} pixels)" if width and height else ""
    if not size and pixels:
        size = f" ({round(pixels / 1_000_000):,} megapixels)"
    return (
        f"This image is too large{size}; the limit is {limit // 1_000_000} megapixels. "
        "Scan at 300 dpi or less, or take the photo at a lower resolution."
    )
