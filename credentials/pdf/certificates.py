"""Certificates for the audit pack: each file read once, PDF pages shrunk below the label band,
images turned upright and re-encoded, and a plain reason when a file cannot be used."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field

from PIL import Image, ImageOps
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.errors import DependencyError

from credentials.pdf.activities import _Row

logger = logging.getLogger(__package__)  # "credentials.pdf", as before the package split

LABEL_HEIGHT = 24  # the band stamped at the top of each certificate page
FOOTER_ZONE = 36  # kept clear at the bottom for "Page N of M"
IMAGE_MAX_SIDE = 2200  # pixels; ~200 dpi on a Letter page


class _Unusable(Exception):
    """A certificate that cannot go into the pack; the message is the plain reason."""


@dataclass
class _Certificate:
    row: _Row
    pages: list = field(default_factory=list)  # pypdf pages, already shrunk below the label band
    image: bytes | None = None  # JPEG, ready to draw
    image_size: tuple[int, int] = (0, 0)
    problem: str = ""

    @property
    def page_count(self) -> int:
        return len(self.pages) or 1


def _read_file(activity) -> bytes:
    try:
        with activity.certificate.open("rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise _Unusable("the file is missing from storage. Attach it again.") from None
    except OSError:
        raise _Unusable("the file could not be read from storage. Attach it again.") from None
    if not data:
        raise _Unusable("the file is empty. Attach the certificate again.")
    return data


def _pdf_pages(data: bytes) -> list:
    """The certificate's pages, each shrunk onto a page of the same size that leaves room for the label."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")  # only an owner password: the file still opens
            except DependencyError:
                raise _Unusable(
                    "the PDF uses an encryption Recert cannot open. Attach a copy without protection."
                ) from None
            except Exception:
                unlocked = 0
            if not unlocked:
                raise _Unusable("the PDF is password-protected. Attach a copy without a password.")
        count = len(reader.pages)
        if count == 0:
            raise _Unusable("the PDF has no pages.")
        sources = PdfWriter(clone_from=reader)  # pypdf transforms pages only once a writer holds them
        writer = PdfWriter()
        for source in sources.pages:
            _strip_actions(source)
            source.transfer_rotation_to_content()
            box = source.cropbox
            left, bottom = float(box.left), float(box.bottom)
            width, height = float(box.width), float(box.height)
            if width < 36 or height < 36:
                raise _Unusable("a page of the PDF is too small to show.")
            scale = min(1.0, (height - LABEL_HEIGHT - FOOTER_ZONE) / height)
            page = writer.add_blank_page(width, height)
            page.merge_transformed_page(
                source,
                Transformation()
                .translate(-left, -bottom)
                .scale(scale)
                .translate((width - width * scale) / 2, FOOTER_ZONE),
            )
        out = io.BytesIO()
        writer.write(out)
        # Read the result back: a file that breaks on output fails here, not in the pack.
        return list(PdfReader(io.BytesIO(out.getvalue())).pages)
    except (_Unusable, MemoryError):  # past the build's memory ceiling: the build fails, named
        raise
    except Exception as error:
        logger.info("Certificate PDF could not be read: %r", error)
        raise _Unusable("the PDF file is damaged or incomplete. Attach the original file again.") from None


def _strip_actions(page) -> None:
    """No certificate page brings behaviour into the pack: its page-open actions and all its
    annotations (links, pop-ups, widgets: any can carry JavaScript, launch or URI actions) go.
    What a certificate shows is in its content, which stays."""
    for key in ("/AA", "/Annots"):
        if key in page:
            del page[key]


def _image(data: bytes) -> tuple[bytes, tuple[int, int]]:
    """A JPEG of the image, upright (EXIF), on white, at most IMAGE_MAX_SIDE pixels a side."""
    try:
        with Image.open(io.BytesIO(data)) as opened:
            if opened.format == "JPEG":
                opened.draft("RGB", (IMAGE_MAX_SIDE, IMAGE_MAX_SIDE))
            opened.load()
            image = ImageOps.exif_transpose(opened)
        if image.mode in ("RGBA", "LA", "P", "PA"):
            rgba = image.convert("RGBA")
            image = Image.new("RGB", rgba.size, "white")
            image.paste(rgba, mask=rgba.getchannel("A"))
        elif image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.thumbnail((IMAGE_MAX_SIDE, IMAGE_MAX_SIDE))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=88)
        return out.getvalue(), image.size
    except Image.DecompressionBombError:
        raise _Unusable("the image is too large to include. Attach a smaller scan.") from None
    except MemoryError:  # past the build's memory ceiling: the build fails, naming this file
        raise
    except Exception as error:
        logger.info("Certificate image could not be read: %r", error)
        raise _Unusable("the image file is damaged or incomplete. Attach the original file again.") from None


def _load_certificate(row: _Row) -> _Certificate:
    certificate = _Certificate(row=row)
    try:
        data = _read_file(row.verdict.activity)
        if b"%PDF-" in data[:1024]:
            certificate.pages = _pdf_pages(data)
        elif data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
            certificate.image, certificate.image_size = _image(data)
        else:
            raise _Unusable("the file is not a PDF, PNG or JPEG.")
    except _Unusable as problem:
        certificate.problem = str(problem)
    except MemoryError:
        raise
    except Exception as error:  # never let one file break the pack
        logger.warning("Certificate could not be included: %r", error)
        certificate.problem = "the file could not be read. Attach the original file again."
    return certificate
