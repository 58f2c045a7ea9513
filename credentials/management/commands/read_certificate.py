"""Reads certificate files into activity fields: one JSON object per line per file, in the order given.

    python manage.py read_certificate FILE [FILE ...]

Each object has the file (as given), the fields (completed_on as an ISO date, amount as a decimal
string), a confidence per field, the source of the text and a problem (null when the file was read).
A file that cannot be opened still prints its object, with the problem, and the command goes on;
the exit code is 1 only when no file could be opened at all. No database is used.
"""

import json
import logging

from django.core.management.base import BaseCommand, CommandError

from credentials import file_work
from credentials.reader import FIELDS, MAX_BYTES, Found, Reading, reading_as_json


class Command(BaseCommand):
    help = (
        "Read CE certificates (PDF, PNG or JPEG) into activity fields by rules: one JSON object per line per "
        "file, in order, with a confidence per field and the problem when a file could not be read."
    )
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="Certificate files to read.")

    def handle(self, *args, files, **options):
        # pypdf logs what it repairs in a damaged PDF; the problem (if any) is in the JSON already.
        pypdf_log = logging.getLogger("pypdf")
        level = pypdf_log.level
        pypdf_log.setLevel(logging.ERROR)
        try:
            opened = sum(self._read(path) for path in files)
        finally:
            pypdf_log.setLevel(level)
        if not opened:
            raise CommandError("No file could be opened.", returncode=1)

    def _read(self, path: str) -> bool:
        """Print the file's object; whether it could be opened."""
        data, problem = _read_file(path)
        if data is None:
            empty = dict.fromkeys(FIELDS, Found(None, 0.0, ""))
            reading = Reading(fields=empty, source="none", problem=problem, text="")
        else:
            reading, _ = file_work.certificate_read(data, filename=path)  # in a bounded child
        self.stdout.write(json.dumps(reading_as_json(reading, file=path), ensure_ascii=False))
        self.stdout.flush()
        return data is not None


def _read_file(path: str) -> tuple[bytes | None, str | None]:
    """The file's bytes (at most the reader's limit and one byte more, so that it can say "too large")."""
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_BYTES + 1), None
    except FileNotFoundError:
        return None, "The file does not exist."
    except IsADirectoryError:
        return None, "This is a folder, not a file."
    except PermissionError:
        return None, "The file could not be opened (permission denied)."
    except OSError as exc:
        return None, f"The file could not be opened ({exc.strerror or type(exc).__name__})."
