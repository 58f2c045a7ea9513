"""The export as a file: its format names, and reading it back (its JSON, or its zip archive)."""

from __future__ import annotations

import json
import zipfile
import zlib
from decimal import Decimal
from typing import Any, BinaryIO

from django.template.defaultfilters import filesizeformat

from credentials.portability.values import _Bad

FORMAT = "recert-export"
VERSION = 1
ARCHIVE_JSON = "recert-export.json"
ARCHIVE_CSV = "activities.csv"
ARCHIVE_CERTIFICATES = "certificates"
ARCHIVE_INBOX = "inbox"
# The JSON of an archive is read up to this size; anything larger is not an export (a zip bomb).
ARCHIVE_JSON_MAX_BYTES = 64 * 1024 * 1024


class UnreadableExport(Exception):
    """The file is neither an export's JSON nor its zip archive."""


# --------------------------------------------------------------------------- reading a file


def person_file_read(*, stream: BinaryIO) -> tuple[Any, zipfile.ZipFile | None]:
    """The export in ``stream`` (its JSON, or its zip archive): the parsed JSON, and the open
    archive to take certificate files from (None for JSON). Raises UnreadableExport."""
    archive = None
    try:
        if zipfile.is_zipfile(stream):
            stream.seek(0)
            archive = zipfile.ZipFile(stream)
            try:
                member = archive.getinfo(ARCHIVE_JSON)
            except KeyError:
                raise UnreadableExport(f"the archive has no {ARCHIVE_JSON}.") from None
            raw = _member_read(archive, member, limit=ARCHIVE_JSON_MAX_BYTES)
        else:
            stream.seek(0)
            raw = stream.read()
    except (OSError, zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError) as error:
        raise UnreadableExport(str(error)) from None
    except _Bad as error:
        raise UnreadableExport(f"{ARCHIVE_JSON} {error}") from None
    return json_parse(raw), archive


def json_parse(raw: bytes | str) -> Any:
    """JSON as an export is read: numbers with a fraction are Decimal (never float), and NaN or
    Infinity stay recognisable so that the row holding one can be named. Raises UnreadableExport."""
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        return json.loads(text, parse_float=Decimal, parse_constant=Decimal)
    except (ValueError, RecursionError) as error:  # JSONDecodeError and UnicodeDecodeError too
        raise UnreadableExport(f"not JSON ({error}).") from None


def _member_read(archive: zipfile.ZipFile, member: zipfile.ZipInfo, *, limit: int) -> bytes:
    """A file of the archive, read no further than ``limit`` bytes (its stated size may lie)."""
    with archive.open(member) as handle:
        content = handle.read(limit + 1)
    if len(content) > limit:
        raise _Bad(f"is larger than {filesizeformat(limit).replace(chr(0xA0), ' ')}.")
    return content
