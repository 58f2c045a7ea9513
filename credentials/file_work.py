"""Reading a certificate and drawing its preview, each in a bounded child (credentials/bounded.py).

A person's file is parsed only here and in the audit pack's build, never in a web request or in
the task worker's own process: a hostile PDF costs at most the limits below, and says which
limit it passed.
"""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

from django.conf import settings

from credentials import previews, reader, transcript
from credentials.bounded import Exceeded, output_read, run_bounded

PREVIEW_MAX_BYTES = 8 * 1024 * 1024  # a 900-pixel-wide PNG is well under a megabyte
# Files the reader's tesseract may write (the page handed to it, its text): bounded, not forbidden.
READ_MAX_WRITES = 128 * 1024 * 1024
TEXT_KEPT = 100_000  # characters of a reading's text sent back from the child


def certificate_read(
    data: bytes, *, filename: str = "", hints: dict | None = None
) -> tuple[reader.Reading, str | None]:
    """What the certificate says (reader.read_certificate), and None; or an empty reading and the
    reason, for the person, why it was stopped."""
    seconds, memory = settings.CERTIFICATE_READ_MAX_SECONDS, settings.CERTIFICATE_READ_MAX_MEMORY_MB
    try:
        reading, path = run_bounded(
            _read,
            data,
            filename,
            hints,
            max_seconds=seconds,
            max_memory_mb=memory,
            max_output_bytes=READ_MAX_WRITES,
        )
    except Exceeded as error:
        why = {
            "time": f"reading it took longer than {seconds} seconds",
            "memory": f"reading it needed more than {memory} MB of memory",
        }.get(error.limit, f"reading it failed ({error.detail or error.limit})")
        problem = (
            f"Recert could not read this file by itself: it is unusually complex ({why}), so it was "
            "stopped. The file is kept: enter the details by hand, or drop a simpler copy (a photo or "
            "a one-page PDF)."
        )
        empty = dict.fromkeys(reader.FIELDS, reader.Found(None, 0.0, ""))
        return reader.Reading(fields=empty, source="none", problem=problem, text=""), problem
    output_read(path)
    return reading, None


def transcript_read(data: bytes, *, provider: str = "") -> transcript.Transcript | None:
    """The courses of a transcript (credentials/transcript/), read in a bounded child; None when
    the file holds no table of courses, or reading it passed a limit (it stays one certificate)."""
    try:
        found, _path = run_bounded(
            _transcript,
            data,
            provider,
            max_seconds=settings.CERTIFICATE_READ_MAX_SECONDS,
            max_memory_mb=settings.CERTIFICATE_READ_MAX_MEMORY_MB,
            max_output_bytes=READ_MAX_WRITES,
        )
    except Exceeded:
        return None
    return transcript.Transcript.from_json(found) if found else None


def _transcript(say, path, data: bytes, provider: str) -> dict | None:
    try:
        found = transcript.transcript_parse(transcript.page_words(data), provider=provider)
    except Exception:  # an odd file is one certificate, not a transcript
        return None
    return found.as_json() if found else None


def preview_draw(data: bytes) -> bytes | None:
    """The first page as a PNG (credentials/previews.py), or None if it cannot be drawn within the
    limits."""
    try:
        drawn, path = run_bounded(
            _draw,
            data,
            max_seconds=settings.CERTIFICATE_PREVIEW_MAX_SECONDS,
            max_memory_mb=settings.CERTIFICATE_READ_MAX_MEMORY_MB,
            max_output_bytes=PREVIEW_MAX_BYTES,
        )
    except Exceeded:
        return None
    image = output_read(path)
    return image if drawn else None


def _read(say, path, data: bytes, filename: str, hints: dict | None = None) -> reader.Reading:
    reading = reader.read_certificate(data, filename=filename, hints=hints)
    return dataclasses.replace(reading, text=reading.text[:TEXT_KEPT])  # all the parent needs


def _draw(say, path, data: bytes) -> bool:
    image = previews.preview_png(data)
    if image is None:
        return False
    Path(path).write_bytes(image)
    return True


SPREADSHEET_MAX_SECONDS = 30
SPREADSHEET_MAX_MEMORY_MB = 512


class SpreadsheetError(Exception):
    """The workbook cannot be read; the message says why, for a person."""


MAX_SHEETS = 20  # sheets of a workbook read (a CE log is one; a tracker may keep a few years)


def spreadsheet_sheets(data: bytes, *, max_rows: int, max_bytes: int) -> list[tuple[str, str]]:
    """Each sheet of an .xlsx workbook as (name, CSV text), read in a bounded child (a workbook
    is a zip of XML: a small file can unpack to gigabytes). A sheet longer than ``max_rows`` keeps
    one row more, so that the import says it is too long. Raises SpreadsheetError."""
    try:
        problem, path = run_bounded(
            _sheets_csv,
            data,
            max_rows,
            max_seconds=SPREADSHEET_MAX_SECONDS,
            max_memory_mb=SPREADSHEET_MAX_MEMORY_MB,
            max_output_bytes=max_bytes * 4,
        )
    except Exceeded as error:
        why = {"time": "reading it took too long", "memory": "it unpacks to far more than it looks"}.get(
            error.limit, "it is larger than Recert reads"
        )
        raise SpreadsheetError(
            f"Recert could not read this workbook ({why}). Save its sheet as CSV UTF-8 and upload that."
        ) from None
    output = output_read(path).decode("utf-8")
    if problem:
        raise SpreadsheetError(problem)
    sheets = [tuple(sheet) for sheet in json.loads(output)]
    if not sheets:
        raise SpreadsheetError("The workbook has no sheet.")
    return sheets


def _sheets_csv(say, path, data: bytes, max_rows: int) -> str:
    """In the child: each sheet's cells as CSV, dates as ISO dates, numbers as written; written to
    ``path`` as JSON [[name, csv], …]."""
    import csv
    import datetime as dt
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        return f"This file is not a workbook Recert can read ({type(error).__name__}). Save it as CSV UTF-8."
    sheets = []
    for sheet in book.worksheets[:MAX_SHEETS]:
        out = io.StringIO()
        writer = csv.writer(out)
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > max_rows + 2:
                break
            writer.writerow([_cell_text(value, dt) for value in row])
        sheets.append([str(sheet.title), out.getvalue()])
    Path(path).write_text(json.dumps(sheets), encoding="utf-8")
    return ""


def _cell_text(value, dt) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return format(value, ".15g")
    return str(value)
