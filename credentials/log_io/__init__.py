"""The activity log as a spreadsheet: CSV import and CSV/XLSX export (docs/csv-format.md).

Import, in steps, none of which stores a file:

1. ``upload_read`` reads the uploaded bytes as text (UTF-8 with or without a byte order mark,
   else Windows-1252), within ``MAX_BYTES``;
2. ``log_parse`` sniffs the delimiter (comma, semicolon or tab), maps each column to a field by
   its header (or by the mapping the person chose) and reads every row into service arguments,
   with each problem in words on its row;
3. ``activity_log_check`` runs every row through the service's checks
   (``services.activities_check``) without writing, so the preview shows the service's own errors
   and warnings and holds no lock;
4. ``activity_log_import`` saves all rows or none (``services.activities_create``), in one short
   transaction whose queries do not grow with the rows.

Between the preview and the save the text travels signed (``payload_sign``/``payload_load``).

Export: ``export_table`` is one row per activity with the columns an auditor expects and, per
credential, what the activity counts for its current period (from the selectors' verdicts).

Import from ``credentials.log_io``; the parts, by stage, each importing only those before it:

- ``columns``: the fields a column can hold, the header words, the mapping (guessed, checked);
- ``values``: a cell's text as a date, number, yes/no, unit or category split, or a problem;
- ``csv_cells``: the formula guard on cells (``csv_cell``/``_uncell``) and CSV as Recert writes it;
- ``reading``: the uploaded bytes as text or a workbook's sheets, the delimiter, the records;
- ``rows``: ``LogRow`` and ``ParsedLog``, what the preview shows;
- ``parsing``: ``log_parse`` and ``_row_parse``, the text into rows step by step;
- ``payload``: the text signed between the preview and the save;
- ``saving``: the rows through the services (``activity_log_check``, ``activity_log_import``);
- ``export``: ``export_table`` as CSV and XLSX, and the template;
- ``transcripts``: a transcript's courses as the import's CSV;
- ``format_guide``: the format in words for the import and format pages.

A test that patches a constant patches it where it is read (``log_io.saving.PREVIEW_CHECK_MAX_ROWS``,
``log_io.payload.PAYLOAD_MAX_AGE``), not here.
"""

from __future__ import annotations

# Every name the one-module log_io offered, from the part that now holds it; the explicit
# `x as x` marks each as a re-export. In the order of the stages, one statement per part.
# isort: off
from credentials.log_io.columns import (
    AMOUNT as AMOUNT,
    AMOUNT_IN as AMOUNT_IN,
    APPROVED as APPROVED,
    CATEGORY as CATEGORY,
    CATEGORY_WORDS as CATEGORY_WORDS,
    COUNTS as COUNTS,
    DATE as DATE,
    EXCLUDED as EXCLUDED,
    FALSE_WORDS as FALSE_WORDS,
    FILLABLE as FILLABLE,
    HEADERS as HEADERS,
    IGNORE as IGNORE,
    IGNORED_HEADERS as IGNORED_HEADERS,
    mapping_guess as mapping_guess,
    NOTES as NOTES,
    PROVIDER as PROVIDER,
    REASON as REASON,
    SHARE as SHARE,
    target_choices as target_choices,
    TITLE as TITLE,
    TRUE_WORDS as TRUE_WORDS,
    UNIT as UNIT,
    UNIT_SYNONYMS as UNIT_SYNONYMS,
    VERIFIED as VERIFIED,
)
from credentials.log_io.values import (
    AUTO as AUTO,
    DATE_FORMATS as DATE_FORMATS,
    DATE_ORDERS as DATE_ORDERS,
    DMY as DMY,
    MDY as MDY,
    parse_bool as parse_bool,
    parse_categories as parse_categories,
    parse_date as parse_date,
    parse_unit as parse_unit,
    slash_order as slash_order,
    unit_words as unit_words,
)
from credentials.log_io.csv_cells import (
    csv_cell as csv_cell,
    decimal_text as decimal_text,
    _uncell as _uncell,
)
from credentials.log_io.reading import (
    decode as decode,
    DELIMITERS as DELIMITERS,
    LogFile as LogFile,
    LogFileError as LogFileError,
    MAX_BYTES as MAX_BYTES,
    MAX_COLUMNS as MAX_COLUMNS,
    MAX_ROWS as MAX_ROWS,
    sheet_choose as sheet_choose,
    sheet_file as sheet_file,
    sniff_delimiter as sniff_delimiter,
    upload_read as upload_read,
)
from credentials.log_io.rows import (
    EDITABLE_ROWS as EDITABLE_ROWS,
    LogRow as LogRow,
    ParsedLog as ParsedLog,
)
from credentials.log_io.parsing import (
    log_parse as log_parse,
    TITLE_MAX as TITLE_MAX,
)
from credentials.log_io.payload import (
    payload_load as payload_load,
    PAYLOAD_MAX_AGE as PAYLOAD_MAX_AGE,
    PAYLOAD_MAX_CHARS as PAYLOAD_MAX_CHARS,
    PAYLOAD_SALT as PAYLOAD_SALT,
    payload_sign as payload_sign,
)
from credentials.log_io.saving import (
    activity_log_check as activity_log_check,
    activity_log_import as activity_log_import,
    LogImportError as LogImportError,
    PREVIEW_CHECK_MAX_ROWS as PREVIEW_CHECK_MAX_ROWS,
)
from credentials.log_io.export import (
    EXPORT_COLUMNS as EXPORT_COLUMNS,
    export_csv as export_csv,
    export_table as export_table,
    export_xlsx as export_xlsx,
    TEMPLATE_COLUMNS as TEMPLATE_COLUMNS,
    template_csv as template_csv,
    TEMPLATE_ROWS as TEMPLATE_ROWS,
)
from credentials.log_io.transcripts import (
    TRANSCRIPT_COLUMNS as TRANSCRIPT_COLUMNS,
    transcript_csv as transcript_csv,
    transcript_words as transcript_words,
)
from credentials.log_io.format_guide import (
    format_get as format_get,
    FormatColumn as FormatColumn,
)

# isort: on
