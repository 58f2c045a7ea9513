"""Hostile certificate files, made for the tests (small on disk, expensive if trusted)."""

from __future__ import annotations

import io
import struct
import zlib

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject


def shared_stream_pdf(pages: int = 2000) -> bytes:
    """``pages`` pages that all draw one content stream: tiny, and quadratic to merge naively."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % (4 + i) for i in range(pages))
        + b"] /Count %d >>" % pages,
        b"<< /Length 44 >>\nstream\nBT /F1 24 Tf 72 700 Td (Certificate) Tj ET\nendstream",
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>"] * pages
    return _pdf(objects)


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (numbered from 1, the first the catalog) with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def one_page_pdf(content: bytes) -> bytes:
    """One Letter page drawing ``content``, Flate-compressed (so repetition costs nothing on disk)."""
    stream = zlib.compress(content, 9)
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def text_operators_pdf(repeat: int = 20_000_000) -> bytes:
    """One page whose text is ``repeat`` tiny show-text operators: about 100 KB on disk, hundreds of
    MB once inflated, and gigabytes to extract or draw naively."""
    return one_page_pdf(b"BT /F1 1 Tf " + b"(a) Tj " * repeat + b"ET")


def slow_drawing_pdf(repeat: int = 3_000_000) -> bytes:
    """One page of ``repeat`` overlapping filled curves: small on disk, minutes to draw."""
    return one_page_pdf(b"0 0 m 612 792 600 10 300 400 c 0 792 l f " * repeat)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_png(width: int, height: int, *, bit_depth: int = 8, decodable: bool = True) -> bytes:
    """A grey PNG of ``width`` x ``height``; all-zero rows compress to almost nothing. With
    ``decodable=False`` only the first rows are written (the header alone tells the size)."""
    header = struct.pack(">IIBBBBB", width, height, bit_depth, 0, 0, 0, 0)
    row = b"\x00" * (1 + (width * bit_depth + 7) // 8)
    compressor = zlib.compressobj(9)
    rows = height if decodable else 8
    data = b"".join(compressor.compress(row * 64) for _ in range(rows // 64)) + compressor.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", data)
        + _png_chunk(b"IEND", b"")
    )


def blank_pdf(pages: int = 1) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def javascript_pdf() -> bytes:
    """A one-page PDF that runs JavaScript on open, on the page, and from a link annotation."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(blank_pdf())))
    script = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1)")}
    )
    writer.root_object[NameObject("/OpenAction")] = writer._add_object(script)
    page = writer.pages[0]
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): script})
    link = DictionaryObject(
        {NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link")}
    )
    link[NameObject("/Rect")] = ArrayObject(
        [FloatObject(0), FloatObject(0), FloatObject(100), FloatObject(100)]
    )
    link[NameObject("/A")] = DictionaryObject(
        {NameObject("/S"): NameObject("/URI"), NameObject("/URI"): TextStringObject("https://evil.example/")}
    )
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(blank_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def truncated_pdf() -> bytes:
    data = blank_pdf(3)
    return data[: len(data) // 3]
