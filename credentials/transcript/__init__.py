"""A CE transcript read into its courses (issue 24): one document, a table with a row per course
(the AAMA e-Learning Center's CEU transcript, an employer learning system's training record, a
college's continuing-education transcript).

Pure Python, like the rules engine: it reads the page's words with their places (``page_words``,
in a bounded child: credentials/file_work.py), finds the table's header, and reads each row by the
columns the header names: its completion date (a range ends on its last day), title (wrapped
lines joined), amount in the header's unit, category or split, and status. Rows that earned
nothing (in progress, withdrawn, failed, 0 hours) and the totals are left out.

The package, in the order its modules build on each other: ``courses`` (what a reading gives),
``words`` (the page's words), ``values`` (what a cell says), ``lines`` (lines and cells),
``header`` (the table's columns) and ``table`` (``transcript_parse``, ``looks_like_one``).
"""

from credentials.transcript.courses import Course, Transcript, unit_in_recert
from credentials.transcript.header import (
    AMOUNT,
    CATEGORY,
    CODE,
    CREDITS,
    DATE,
    OTHER,
    PROVIDER,
    SHARE,
    STATUS,
    TITLE,
)
from credentials.transcript.table import FIELD_MAX, MAX_COURSES, MIN_ROWS, looks_like_one, transcript_parse
from credentials.transcript.words import MAX_PAGES, Word, page_words

__all__ = [
    "AMOUNT",
    "CATEGORY",
    "CODE",
    "CREDITS",
    "DATE",
    "FIELD_MAX",
    "MAX_COURSES",
    "MAX_PAGES",
    "MIN_ROWS",
    "OTHER",
    "PROVIDER",
    "SHARE",
    "STATUS",
    "TITLE",
    "Course",
    "Transcript",
    "Word",
    "looks_like_one",
    "page_words",
    "transcript_parse",
    "unit_in_recert",
]
