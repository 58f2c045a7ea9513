"""Export and import one person's data: backups, moving between servers, and the person's own
"Download all my data".

Two shapes, both imported:

- a JSON document with each certificate inside it (base64), made by ``person_export``;
- a zip archive made by ``person_archive_write``: the same JSON (``recert-export.json``) with each
  certificate a file of the archive (``certificates/…``, and ``inbox/…`` for those still in the
  inbox) named by its ``path``, plus ``activities.csv`` for a spreadsheet.

Certificates still in the inbox (``drafts``) come back as drafts with their files and are read
again, which finds what was found before.

The import replays the export through the services, so everything it writes passes the same
validation as the web forms, dated by the real today: an exam attempt or a recertification
after today is refused, as the forms refuse it. Every value is checked for its JSON type first
(a boolean is ``true`` or ``false``, never ``"False"`` or ``1``; an amount is a finite decimal),
and the first problem is reported with its row ("activity 3: amount is not a number"). The import
runs in one transaction: on any error nothing is written, not even a certificate file.

Import from ``credentials.portability``; the parts, each importing only those before it:

- ``values``: the typed readers (``_Row``, ``_text``, ``_decimal``, ...) and writers (``_str``, ``_iso``);
- ``archive``: the format names, and the file read back (``person_file_read``, ``json_parse``);
- ``export``: ``person_export``, ``person_archive_write``, ``activities_csv``;
- ``importing``: ``person_import``, step by step.
"""

from __future__ import annotations

# The names the one-module portability offered; the explicit `x as x` marks each as a re-export.
# isort: off
from credentials.portability.archive import (
    ARCHIVE_CERTIFICATES as ARCHIVE_CERTIFICATES,
    ARCHIVE_CSV as ARCHIVE_CSV,
    ARCHIVE_INBOX as ARCHIVE_INBOX,
    ARCHIVE_JSON as ARCHIVE_JSON,
    ARCHIVE_JSON_MAX_BYTES as ARCHIVE_JSON_MAX_BYTES,
    FORMAT as FORMAT,
    VERSION as VERSION,
    UnreadableExport as UnreadableExport,
    json_parse as json_parse,
    person_file_read as person_file_read,
)
from credentials.portability.export import (
    activities_csv as activities_csv,
    person_archive_write as person_archive_write,
    person_export as person_export,
)
from credentials.portability.importing import person_import as person_import

# isort: on
