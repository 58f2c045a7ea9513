"""An uploaded file as text: its bytes decoded (UTF-8, UTF-16, Windows-1252), a workbook's
sheets (read in a bounded child, ``file_work``), the delimiter sniffed and the CSV records
split, within MAX_BYTES, MAX_ROWS and MAX_COLUMNS."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from credentials import file_work
from credentials.log_io.columns import AMOUNT, DATE, TITLE, _slot, mapping_guess
from credentials.log_io.csv_cells import _uncell

MAX_BYTES = 2 * 1024 * 1024
# The service checks every row, then saves them in bulk: 2,000 rows hold SQLite's write lock
# about a second (half a minute when each row was saved on its own).
MAX_ROWS = 2000
MAX_COLUMNS = 60


class LogFileError(Exception):
    """The file as a whole cannot be read (too large, not text, no rows); the message says why."""


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read in: UTF-8 (a byte order mark or not), UTF-16 with a
    byte order mark (Excel's "Unicode text"), else Windows-1252 (older Excel on Windows)."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise LogFileError(
            "This is an older Excel file (.xls) or a password-protected workbook, which Recert cannot "
            "open. In Excel remove the password (File › Info › Protect Workbook) and choose File › Save As "
            "› Excel Workbook (.xlsx) or CSV UTF-8, then upload that file."
        )
    if data.startswith(b"PK\x03\x04"):
        raise LogFileError("This is an Excel workbook: upload it as it is, or save its sheet as CSV UTF-8.")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "UTF-8 (with a byte order mark)"
        except UnicodeDecodeError:
            pass
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    else:
        try:
            return data.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            pass
        try:
            return data.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError:
            pass
    raise LogFileError(
        "Recert cannot read this file as text (UTF-8 or Windows-1252). In your spreadsheet choose "
        "Save As › CSV UTF-8, then upload that file."
    )


@dataclass(frozen=True)
class LogFile:
    """An uploaded log as text: a CSV file's, or a workbook's chosen sheet (``sheets``: each sheet's
    name and CSV text; empty for a CSV file)."""

    text: str
    encoding: str
    sheets: tuple[tuple[str, str], ...] = ()
    sheet: int = 0
    draft_id: int | None = None  # the inbox draft whose transcript the rows come from


def sheet_choose(sheets: Sequence[tuple[str, str]]) -> int:
    """The sheet to import first: the first whose header names a date, a title and an amount (a
    workbook's first sheet may be a cover or a summary), else the first with any rows."""
    for index, (_, text) in enumerate(sheets):
        header = next(csv.reader(io.StringIO(text)), [])
        mapping, _ = mapping_guess([_uncell(h).strip() for h in header])
        if {DATE, TITLE, AMOUNT} <= {_slot(target) for target in mapping}:
            return index
    return next((i for i, (_, text) in enumerate(sheets) if text.strip()), 0)


def sheet_file(sheets: Sequence[tuple[str, str]], index: int) -> LogFile:
    index = index if 0 <= index < len(sheets) else 0
    name = sheets[index][0]
    encoding = f"Excel workbook, sheet “{name}”" if len(sheets) > 1 else "Excel workbook"
    return LogFile(sheets[index][1], encoding, tuple(tuple(s) for s in sheets), index)


def upload_read(upload) -> LogFile:
    """An uploaded CSV file's text and encoding, or a workbook's sheets, within MAX_BYTES."""
    size = upload.size or 0
    if size > MAX_BYTES:
        raise LogFileError(
            f"The file is {size / 1024 / 1024:.1f} MB; Recert reads CSV files up to "
            f"{MAX_BYTES // 1024 // 1024} MB. Split it into smaller files and import them one by one."
        )
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise LogFileError(
            f"The file is larger than {MAX_BYTES // 1024 // 1024} MB. Split it into smaller files."
        )
    if not data.strip():
        raise LogFileError("The file is empty.")
    if data.startswith(b"PK\x03\x04"):  # an .xlsx workbook: its sheets, read in a bounded child
        try:
            sheets = file_work.spreadsheet_sheets(data, max_rows=MAX_ROWS, max_bytes=MAX_BYTES)
        except file_work.SpreadsheetError as error:
            raise LogFileError(str(error)) from None
        return sheet_file(sheets, sheet_choose(sheets))
    return LogFile(*decode(data))


DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header row into the most columns (a comma when none does)."""
    header = next(iter(text.splitlines()), "")
    best, columns = ",", 1
    for delimiter in DELIMITERS:
        try:
            count = len(next(csv.reader([header], delimiter=delimiter), []))
        except csv.Error:
            continue
        if count > columns:
            best, columns = delimiter, count
    return best


def _records(text: str, delimiter: str) -> list[list[str]]:
    records, filled = [], 0
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for record in reader:
            records.append(record)
            filled += any(cell.strip() for cell in record)
            if filled > MAX_ROWS + 1:  # the header and one row too many: enough to say so
                break
    except csv.Error as error:
        raise LogFileError(
            f"Row {reader.line_num}: Recert cannot read this row ({error}). Check its quotes, then "
            "save the file as CSV again."
        ) from None
    return records
