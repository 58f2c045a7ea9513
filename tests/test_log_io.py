"""The activity log as a spreadsheet: CSV import (parse, map, preview, all or nothing) and
CSV/XLSX export, with a round trip that keeps every dashboard number."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import uuid
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from credentials import log_io, portability, rules, selectors, services
from credentials.models import CEActivity, Submission

pytestmark = pytest.mark.django_db

DOCS = Path(__file__).resolve().parent.parent / "docs" / "csv-format.md"


@pytest.fixture
def client_in(client, user):
    client.force_login(user)
    return client


def csv_upload(text: str, *, encoding: str = "utf-8", name: str = "log.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")


def upload(client, text: str, **kwargs):
    return client.post(reverse("activity_import"), {"file": csv_upload(text, **kwargs)})


def post_back(
    client,
    response,
    *,
    action: str = "save",
    columns=None,
    date_order=None,
    confirm=(),
    shown=None,
    skip=None,
):
    """Send the preview form back as a browser would: its hidden fields, each select's value
    (``columns`` changes some: {index: target}), the ticked "save anyway" boxes and the ticked
    "leave out" boxes (``skip``; by default those the page ticked)."""
    parsed = response.context["parsed"]
    mapping = list(parsed.mapping)
    for index, target in (columns or {}).items():
        mapping[index] = target
    data = {
        "payload": response.context["payload"],
        "shown": parsed.settings_key if shown is None else shown,
        "date_order": date_order or parsed.date_order,
        "action": action,
        "confirm": [str(n) for n in confirm],
        "skip": [str(r.number) for r in parsed.left_out] if skip is None else [str(n) for n in skip],
        "duplicates": [str(r.number) for r in parsed.duplicates],  # the rows the page marked
        Submission.FIELD: str(uuid.uuid4()),
        **{f"column_{i}": target for i, target in enumerate(mapping)},
    }
    return client.post(reverse("activity_import_preview"), data)


def parse(text: str, owner, **kwargs) -> log_io.ParsedLog:
    return log_io.log_parse(text=text, owner=owner, **kwargs)


def row_html(response, number: int) -> str:
    """The preview's table row for spreadsheet row ``number``."""
    html = response.content.decode()
    start = html.index(f'id="row-{number}"')
    return html[start : html.index("</tr>", start)]


GOOD = """Date,Title,Provider,Hours,Category,AAMA approved,Verified,Notes
2025-03-05,Infection control update,AAMA e-Learning Center,2,clinical,yes,yes,Online module
3/14/2025,Coding for the front office,Community college,3,administrative 2; general 1,no,no,
"""


# --------------------------------------------------------------------------- parsing: tables


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Date", log_io.DATE),
        ("Completed", log_io.DATE),
        ("Completion date", log_io.DATE),
        ("  DATE_completed ", log_io.DATE),
        ("Title", log_io.TITLE),
        ("Course", log_io.TITLE),
        ("Course Title", log_io.TITLE),
        ("Activity", log_io.TITLE),
        ("Provider", log_io.PROVIDER),
        ("Sponsor", log_io.PROVIDER),
        ("Organization", log_io.PROVIDER),
        ("Amount", log_io.AMOUNT),
        ("Credits", log_io.AMOUNT),
        ("CEUs", log_io.AMOUNT),
        ("Hours", "amount:contact_hours"),
        ("Contact hours", "amount:contact_hours"),
        ("AAMA CEUs", "amount:aama_ceus"),
        ("NHA credits", "amount:nha_credits"),
        ("Unit", log_io.UNIT),
        ("Category", log_io.CATEGORY),
        ("Administrative", "share:administrative"),
        ("clinical", "share:clinical"),
        ("General", "share:general"),
        ("AAMA approved", log_io.APPROVED),
        ("AAMA-approved", log_io.APPROVED),
        ("AAMA", log_io.APPROVED),
        ("Approved", log_io.APPROVED),
        ("Verified", log_io.VERIFIED),
        ("On transcript", log_io.VERIFIED),
        ("Notes", log_io.NOTES),
        ("Comments", log_io.NOTES),
        ("Certificate file", log_io.IGNORE),
        ("CMA (AAMA) #123456 counts", log_io.IGNORE),
    ],
)
def test_headers_are_recognised_case_and_space_blind(header, target):
    mapping, remarks = log_io.mapping_guess([header])
    assert mapping == [target]
    assert remarks == []


def test_an_unknown_or_repeated_header_is_not_used_and_said_so():
    mapping, remarks = log_io.mapping_guess(["Date", "Mood", "Notes", "Comments"])
    assert mapping == [log_io.DATE, log_io.IGNORE, log_io.NOTES, log_io.IGNORE]
    assert remarks == [
        "Column 2 “Mood” is not a column Recert knows: it is not used.",
        "Column 4 “Comments” is not used: column 3 is already read as Notes.",
    ]


@pytest.mark.parametrize(
    ("words", "unit"),
    [
        ("hours", "contact_hours"),
        ("Contact hours", "contact_hours"),
        ("CE hours", "contact_hours"),
        ("hrs", "contact_hours"),
        ("contact_hours", "contact_hours"),
        ("AAMA CEU", "aama_ceus"),
        ("AAMA CEUs", "aama_ceus"),
        ("NHA credits", "nha_credits"),
        ("NHA CE credits", "nha_credits"),
        ("AMT points", "amt_points"),
        ("CCP points", "amt_points"),
        ("college credits", "college_credits"),
        ("Semester credits", "college_credits"),
        ("CPR card", "cpr_card"),
        ("BLS card", "cpr_card"),
        ("CPR/BLS card", "cpr_card"),
        ("CPR/BLS cards", "cpr_card"),
        ("parsecs", None),
    ],
)
def test_unit_synonyms(words, unit):
    assert log_io.parse_unit(words) == unit


@pytest.mark.parametrize(
    ("text", "order", "day", "kind", "problem"),
    [
        ("2025-03-05", "mdy", dt.date(2025, 3, 5), "iso", ""),
        ("2025-03-05 00:00:00", "mdy", dt.date(2025, 3, 5), "iso_time", ""),
        ("2025-03-05T14:30", "mdy", dt.date(2025, 3, 5), "iso_time", ""),
        ("3/5/2025", "mdy", dt.date(2025, 3, 5), "mdy", ""),
        ("03/05/2025", "dmy", dt.date(2025, 5, 3), "dmy", ""),
        ("3/5/25", "mdy", dt.date(2025, 3, 5), "mdy", ""),
        ("Mar 5, 2025", "mdy", dt.date(2025, 3, 5), "named", ""),
        ("Mar 5 2025", "mdy", dt.date(2025, 3, 5), "named", ""),
        ("5 March 2025", "mdy", dt.date(2025, 3, 5), "named", ""),
        ("05.03.2025", "mdy", dt.date(2025, 3, 5), "dotted", ""),
        ("45721", "mdy", dt.date(2025, 3, 5), "serial", ""),
        ("31/02/2025", "dmy", None, "dmy", "the date 31/02/2025 is not a real date"),
        ("31/02/2025", "mdy", None, "mdy", "the date 31/02/2025 is not a real date"),
        ("2025-02-30", "mdy", None, "iso", "the date 2025-02-30 is not a real date"),
        ("Smarch 5, 2025", "mdy", None, "", "the date Smarch 5, 2025 is not in a form Recert reads"),
        ("", "mdy", None, "", "the date is missing"),
    ],
)
def test_dates(text, order, day, kind, problem):
    parsed, found_kind, found_problem = log_io.parse_date(text, order)
    assert parsed == day
    assert found_kind == kind
    assert found_problem.startswith(problem)
    assert bool(found_problem) == bool(problem)


@pytest.mark.parametrize(
    ("dates", "order"),
    [
        (["3/5/2025", "12/1/2025"], "mdy"),
        (["3/5/2025", "25/1/2025"], "dmy"),  # a first number above 12: the day comes first
        (["13/5/2025", "5/25/2025"], "mdy"),  # both: cannot tell, US order (and an error)
        (["2025-03-05"], "mdy"),
    ],
)
def test_slash_dates_order_is_worked_out_from_the_file(dates, order):
    assert log_io.slash_order(dates) == order


@pytest.mark.parametrize(
    ("text", "amount", "categories", "problem"),
    [
        ("clinical", "2", {"clinical": "2"}, ""),
        ("Administrative", "2", {"administrative": "2"}, ""),
        ("G", "1.5", {"general": "1.5"}, ""),
        ("clinical 1; general 1", "2", {"clinical": "1", "general": "1"}, ""),
        ("C: 1.5, A: 0.5", "2", {"clinical": "1.5", "administrative": "0.5"}, ""),
        ("1 clinical + 1 general", "2", {"clinical": "1", "general": "1"}, ""),
        (
            "clinical; general",
            "2",
            {},
            "the category split “clinical; general” needs an amount for each part",
        ),
        ("surgical", "2", {}, "category “surgical” is not one of administrative, clinical or general"),
        ("clinical 1; clinical 1", "2", {}, "category clinical appears twice"),
    ],
)
def test_categories(text, amount, categories, problem):
    found, found_problem = log_io.parse_categories(text, Decimal(amount), decimal_comma=False)
    assert found == {c: Decimal(a) for c, a in categories.items()}
    assert found_problem.startswith(problem)
    assert bool(found_problem) == bool(problem)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        *[("yes", True), ("Y", True), ("TRUE", True), ("x", True), ("1", True), ("✓", True)],
        *[("no", False), ("N", False), ("false", False), ("0", False), ("", None), ("  ", None)],
    ],
)
def test_booleans(text, value):
    assert log_io.parse_bool(text) is value


def test_a_boolean_that_is_neither_is_an_error_on_its_row(user):
    parsed = parse("Date,Title,Hours,AAMA approved\n2025-03-05,Course,2,maybe\n", user)
    assert parsed.errors == ["Row 2: AAMA approved “maybe” should be yes or no"]


def test_utf8_with_a_byte_order_mark():
    text, encoding = log_io.decode("\ufeffDate,Title\n2025-01-01,Café\n".encode())
    assert text.startswith("Date,")
    assert encoding == "UTF-8 (with a byte order mark)"


def test_windows_1252_is_the_fallback(user):
    data = "Date;Title;Hours\n2025-03-05;Café “basics” – part 1;2\n".encode("cp1252")
    text, encoding = log_io.decode(data)
    assert encoding == "Windows-1252"
    parsed = parse(text, user, encoding=encoding)
    assert parsed.rows[0].title == "Café “basics” – part 1"


def test_utf16_from_excel_unicode_text():
    text, encoding = log_io.decode("Date\tTitle\n2025-01-01\tCafé\n".encode("utf-16"))
    assert encoding == "UTF-16"
    assert log_io.sniff_delimiter(text) == "\t"


def test_an_old_or_locked_excel_file_is_refused_with_what_to_do():
    # .xlsx workbooks are read (tests/test_log_io_world.py); .xls and password-protected ones not.
    with pytest.raises(log_io.LogFileError, match="Save As › Excel Workbook"):
        log_io.decode(b"\xd0\xcf\x11\xe0 rest of an OLE file")


def test_semicolons_and_decimal_commas(user):
    parsed = parse("Datum;Titel;Hours;Category\n2025-03-05;Kurs;1,5;clinical\n", user)
    assert parsed.delimiter_name == "semicolon"
    # Unknown headers: the person maps them on the preview page.
    assert parsed.mapping == [log_io.IGNORE, log_io.IGNORE, "amount:contact_hours", log_io.CATEGORY]
    parsed = parse("Date;Title;Hours;Category\n2025-03-05;Kurs;1,5;clinical\n", user, mapping=None)
    assert parsed.ok
    assert parsed.rows[0].amount == Decimal("1.5")
    assert parsed.rows[0].categories == {"clinical": Decimal("1.5")}


def test_every_value_is_read(user, cma):
    parsed = parse(
        "Completion date,Course title,Sponsor,Amount,Unit,Clinical,General,Approved,On transcript,"
        "Comments,Do not count toward\n"
        "March 5 2025,Phlebotomy,AAMA,3,contact hours,2,1,yes,x,“Good”,\n",
        user,
    )
    assert parsed.ok, parsed.errors
    row = parsed.rows[0]
    assert row.number == 2
    assert row.completed_on == dt.date(2025, 3, 5)
    assert (row.title, row.provider, row.notes) == ("Phlebotomy", "AAMA", "“Good”")
    assert row.amount == Decimal(3) and isinstance(row.amount, Decimal)
    assert row.unit == "aama_ceus"  # approved contact hours are AAMA CEUs
    assert row.remarks == ["AAMA-approved contact hours are saved as AAMA CEUs."]
    assert row.categories == {"clinical": Decimal(2), "general": Decimal(1)}
    assert row.verified_on_transcript is True
    assert row.excluded_from == []


def test_approval_that_contradicts_the_unit_is_an_error(user):
    parsed = parse(
        "Date,Title,Amount,Unit,AAMA approved\n"
        "2025-03-05,A,2,NHA credits,yes\n"
        "2025-03-05,B,2,AAMA CEUs,no\n"
        "2025-03-05,C,1,CPR card,yes\n",
        user,
    )
    assert parsed.errors == [
        "Row 2: NHA CE credits are never AAMA-approved, but AAMA approved says yes: set it to no, "
        "or change the unit to AAMA CEUs",
        "Row 3: AAMA CEUs are always AAMA-approved, but AAMA approved says no: log a course the AAMA "
        "did not approve in contact hours",
    ]


def test_errors_in_words_name_their_row(user):
    text = (
        "Date,Title,Amount,Unit\n"
        "2025-03-05,Fine,2,hours\n"  # row 2
        "\n"  # row 3: blank, skipped (but counted, as the spreadsheet counts it)
        "31/02/2025,Bad date,2,hours\n"  # row 4
        "2025-03-05,,2,hours\n"  # row 5
        "2025-03-05,Zero,0,hours\n"  # row 6
        "2025-03-05,Words,two,hours\n"  # row 7
        "2025-03-05,Fine,2,AAMA CEUs\n"  # row 8
        "2025-03-05,Parsecs,2,hrs per week\n"  # row 9
        "2025-03-05,Precise,2.125,hours\n"  # row 10
    )
    parsed = parse(text, user)
    assert [row.number for row in parsed.rows] == [2, 4, 5, 6, 7, 8, 9, 10]
    assert parsed.errors == [
        "Row 4: the date 31/02/2025 is not a real date",
        "Row 5: the title is missing",
        "Row 6: amount: Enter an amount greater than zero.",
        "Row 7: amount must be a number, not “two”",
        "Row 9: unit “hrs per week” is not one of: contact hours, AAMA CEUs, AMT CCP points, "
        "NHA CE credits, college credits, CPR/BLS cards, minutes",
        "Row 10: amount: Enter the amount with at most 2 decimal places.",
    ]


def test_a_missing_column_is_a_mapping_error(user):
    parsed = parse("Date,Title,Notes\n2025-03-05,Course,\n", user)
    assert parsed.mapping_errors == [
        "No column holds the amount: choose “Amount (its unit in the Unit column)” "
        "for one of the columns below."
    ]
    assert not parsed.ok


def test_an_amount_without_a_unit_asks_for_one(user):
    parsed = parse("Date,Title,Credits\n2025-03-05,Course,2\n", user)
    assert parsed.errors == [
        "Row 2: the unit is missing: fill the Unit column, or read the amount column as "
        "“Amount in contact hours” (or another unit) below"
    ]
    parsed = parse(
        "Date,Title,Credits\n2025-03-05,Course,2\n", user, mapping=["date", "title", "amount:nha_credits"]
    )
    assert parsed.ok and parsed.rows[0].unit == "nha_credits"


def test_the_export_guard_against_formulas_is_undone_on_import(user):
    parsed = parse("Date,Title,Hours,Notes\n2025-03-05,'=1+1,2,''=x\n", user)
    assert parsed.rows[0].title == "=1+1"
    assert parsed.rows[0].notes == "'=x"


# --------------------------------------------------------------------------- pages


LOGIN_URLS = [
    ("get", "activity_import"),
    ("post", "activity_import"),
    ("post", "activity_import_preview"),
    ("get", "activity_import_template"),
    ("get", "activity_import_format"),
    ("get", "activity_export_csv"),
    ("get", "activity_export_xlsx"),
]


@pytest.mark.parametrize(("method", "name"), LOGIN_URLS)
def test_login_required(client, method, name):
    response = getattr(client, method)(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_urls():
    assert reverse("activity_import") == "/activities/import/"
    assert reverse("activity_import_template") == "/activities/import/template.csv"
    assert reverse("activity_export_csv") == "/activities/export.csv"
    assert reverse("activity_export_xlsx") == "/activities/export.xlsx"


def test_the_import_page_has_the_form_the_template_and_the_format(client_in):
    response = client_in.get(reverse("activity_import"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'type="file"' in html and 'for="id_file"' in html
    assert reverse("activity_import_template") in html
    assert reverse("activity_import_format") in html
    assert "completion date" in html  # the format, briefly
    assert "<script>" not in html and "style=" not in html
    assert client_in.get(reverse("activity_import_format")).status_code == 200


def test_the_template_csv_imports_cleanly(client_in, user, cma):
    response = client_in.get(reverse("activity_import_template"))
    assert response["Content-Disposition"] == 'attachment; filename="recert-activities-template.csv"'
    preview = upload(client_in, response.content.decode("utf-8-sig"))
    assert preview.context["parsed"].ok, preview.context["parsed"].errors
    assert not preview.context["parsed"].warning_rows
    assert CEActivity.objects.filter(owner=user).count() == 0  # the check saved nothing


def test_preview_shows_every_row_with_its_errors_on_the_right_row(client_in, user, cma):
    response = upload(
        client_in,
        "Date,Title,Hours,Category\n"
        "2025-03-05,Fine,2,clinical\n"
        "2025-03-06,Also fine,1,general\n"
        "31/02/2025,Bad date,2,clinical\n"
        "2025-03-07,No category,2,\n",
    )
    assert response.status_code == 200
    assert "Check your import" in response.content.decode()
    assert "Row 4: the date 31/02/2025 is not a real date" in row_html(response, 4)
    # The service's own check (a CMA counts points by category) on its row too.
    assert "Row 5: category: Choose a category" in row_html(response, 5)
    assert "Ready" in row_html(response, 2)
    assert "Save all" not in response.content.decode()
    assert CEActivity.objects.filter(owner=user).count() == 0


def test_the_preview_is_accessible(client_in):
    html = upload(client_in, GOOD).content.decode()
    assert "<caption>" in html and 'scope="row"' in html and 'scope="col"' in html
    assert "<script>" not in html and "style=" not in html
    for select_id in ("id_column_0", "id_column_3", "id_date_order"):
        assert f'for="{select_id}"' in html


def test_the_preview_says_which_date_format_it_assumed(client_in):
    response = upload(client_in, GOOD)
    assert (
        "year-month-day (2025-03-05) (1 row); month/day/year, US (3/5/2025) (1 row)"
        in response.content.decode()
    )


def test_save_all_rows(client_in, user):
    response = upload(client_in, GOOD)
    assert response.context["parsed"].ok
    assert "Save all 2 activities" in response.content.decode()
    saved = post_back(client_in, response)
    assert saved.status_code == 302 and saved["Location"] == reverse("activity_list")
    activities = {a.title: a for a in CEActivity.objects.filter(owner=user)}
    infection = activities["Infection control update"]
    assert infection.completed_on == dt.date(2025, 3, 5)
    assert (infection.unit, infection.amount, infection.approved) == ("aama_ceus", Decimal(2), True)
    assert infection.verified_on_transcript and infection.notes == "Online module"
    assert {s.category: s.amount for s in infection.shares.all()} == {"clinical": Decimal(2)}
    coding = activities["Coding for the front office"]
    assert (coding.unit, coding.completed_on, coding.provider) == (
        "contact_hours",
        dt.date(2025, 3, 14),
        "Community college",
    )
    assert {s.category: s.amount for s in coding.shares.all()} == {
        "administrative": Decimal(2),
        "general": Decimal(1),
    }


def test_the_mapping_select_changes_the_parse(client_in, user):
    response = upload(client_in, "When,What,Credits\n2025-03-05,HIPAA,1\n2025-03-06,OSHA,2\n")
    parsed = response.context["parsed"]
    assert parsed.mapping == [log_io.IGNORE, log_io.IGNORE, log_io.AMOUNT]
    assert not parsed.ok
    # Read column 1 as the date, 2 as the title, 3 as NHA credits.
    columns = {0: log_io.DATE, 1: log_io.TITLE, 2: "amount:nha_credits"}
    again = post_back(client_in, response, action="reparse", columns=columns)
    assert again.status_code == 200
    parsed = again.context["parsed"]
    assert parsed.ok, parsed.errors
    assert [(r.title, r.unit, r.amount) for r in parsed.rows] == [
        ("HIPAA", "nha_credits", Decimal(1)),
        ("OSHA", "nha_credits", Decimal(2)),
    ]
    assert "NHA CE credits" in row_html(again, 2)
    assert 'value="amount:nha_credits" selected' in again.content.decode()
    assert post_back(client_in, again).status_code == 302
    assert sorted(CEActivity.objects.filter(owner=user).values_list("unit", flat=True)) == ["nha_credits"] * 2


def test_save_after_changing_the_mapping_unseen_shows_it_first(client_in, user):
    response = upload(client_in, "Date,Title,Hours\n2025-03-05,HIPAA,1\n")
    changed = post_back(client_in, response, columns={2: "amount:nha_credits"})
    assert changed.status_code == 200
    assert "You changed how the columns or dates are read" in changed.content.decode()
    assert CEActivity.objects.filter(owner=user).count() == 0
    assert post_back(client_in, changed).status_code == 302
    assert CEActivity.objects.get(owner=user).unit == "nha_credits"


def test_date_order_can_be_chosen(client_in, user):
    response = upload(client_in, "Date,Title,Hours\n3/5/2025,HIPAA,1\n")
    assert response.context["parsed"].rows[0].completed_on == dt.date(2025, 3, 5)
    again = post_back(client_in, response, action="reparse", date_order=log_io.DMY)
    assert again.context["parsed"].rows[0].completed_on == dt.date(2025, 5, 3)
    assert "day/month/year (5/3/2025) (1 row)" in again.content.decode()


def test_one_bad_row_saves_nothing_and_names_the_row(client_in, user, cma):
    # Row 3 parses, but the service refuses it: its split does not add up to its amount.
    text = (
        "Date,Title,Hours,Clinical,General\n"
        "2025-03-05,Fine,2,2,\n"
        "2025-03-06,Bad split,3,1,1\n"
        "2025-03-07,Also fine,1,,1\n"
    )
    response = upload(client_in, text)
    parsed = response.context["parsed"]
    assert parsed.errors == ["Row 3: category: The split adds up to 2, but the amount is 3. Make them equal."]
    assert "Row 3: category: The split adds up to 2" in row_html(response, 3)
    # Even a forced "save all" (the button is not shown) saves nothing.
    again = post_back(client_in, response)
    assert again.status_code == 200
    assert "Row 3: category: The split adds up to 2" in row_html(again, 3)
    assert CEActivity.objects.filter(owner=user).count() == 0


def test_a_long_file_is_checked_by_the_service_when_saved(client_in, user, cma, monkeypatch):
    monkeypatch.setattr(log_io.saving, "PREVIEW_CHECK_MAX_ROWS", 1)
    response = upload(
        client_in, "Date,Title,Hours,Category\n2025-03-05,Fine,2,clinical\n2025-03-06,None,2,\n"
    )
    assert response.context["parsed"].ok  # read, not yet checked by the service
    assert "checks every row as the “Log an activity” form does" in response.content.decode()
    refused = post_back(client_in, response)
    assert refused.status_code == 200
    assert "Row 3: category: Choose a category" in row_html(refused, 3)
    assert CEActivity.objects.filter(owner=user).count() == 0


def test_activity_log_import_is_all_or_nothing(user, cma):
    parsed = parse(
        "Date,Title,Hours,Category\n2025-03-05,Fine,2,clinical\n2025-03-06,Too far ahead,2,clinical\n"
        "2035-01-01,Future,1,clinical\n",
        user,
    )
    assert parsed.ok
    with pytest.raises(log_io.LogImportError) as raised:
        log_io.activity_log_import(owner=user, rows=parsed.rows)
    assert raised.value.messages == ["Row 4: date: That is more than five years ahead. Check the year."]
    assert CEActivity.objects.filter(owner=user).count() == 0


def test_a_likely_mistake_is_saved_only_when_confirmed(client_in, user, cma, make_activity):
    make_activity(title="HIPAA", completed_on=dt.date(2025, 3, 5), amount="1")
    response = upload(
        client_in, "Date,Title,Hours,Category\n2025-03-05,OSHA,1,clinical\n2025-04-01,Vaccines,70,general\n"
    )
    parsed = response.context["parsed"]
    assert parsed.ok and [r.number for r in parsed.unconfirmed] == [3]
    assert "more than the 60 points a whole recertification period needs" in row_html(response, 3)
    assert 'name="confirm" value="3"' in row_html(response, 3)
    assert "Save row 3 anyway" in row_html(response, 3)
    unconfirmed = post_back(client_in, response)
    assert unconfirmed.status_code == 200
    assert CEActivity.objects.filter(owner=user).count() == 1
    confirmed = post_back(client_in, unconfirmed, confirm=[3])
    assert confirmed.status_code == 302
    assert CEActivity.objects.filter(owner=user, title="Vaccines").count() == 1
    assert CEActivity.objects.filter(owner=user, title="OSHA").count() == 1


def test_a_row_already_logged_is_left_out_unless_kept(client_in, user, cma, make_activity):
    """Issue 24: the same date and amount and a close title is marked and left out; keeping it
    (unticking "leave out") is the person's answer, so it is not asked again."""
    make_activity(title="HIPAA Refresher", completed_on=dt.date(2025, 3, 5), amount="1")
    response = upload(
        client_in,
        "Date,Title,Hours,Category\n2025-03-05,HIPAA refresher.,1,clinical\n2025-04-01,OSHA,1,general\n",
    )
    parsed = response.context["parsed"]
    assert [r.number for r in parsed.duplicates] == [2] and [r.number for r in parsed.left_out] == [2]
    assert "Already logged</strong> as “HIPAA Refresher” on" in row_html(response, 2)
    assert parsed.ok and not parsed.unconfirmed
    saved = post_back(client_in, response)
    assert saved.status_code == 302
    assert CEActivity.objects.filter(owner=user, title="OSHA").count() == 1
    assert not CEActivity.objects.filter(owner=user, title="HIPAA refresher.").exists()

    again = upload(client_in, "Date,Title,Hours,Category\n2025-03-05,HIPAA Refresher,1,clinical\n")
    kept = post_back(client_in, again, action="reparse", skip=[])
    assert kept.context["parsed"].ok and not kept.context["parsed"].unconfirmed
    assert post_back(client_in, kept, skip=[]).status_code == 302
    assert CEActivity.objects.filter(owner=user, title="HIPAA Refresher").count() == 2


def test_a_repeated_save_is_carried_out_once(client_in, user):
    response = upload(client_in, GOOD)
    data = {
        "payload": response.context["payload"],
        "shown": response.context["parsed"].settings_key,
        "date_order": "auto",
        "action": "save",
        Submission.FIELD: str(uuid.uuid4()),
        **{f"column_{i}": t for i, t in enumerate(response.context["parsed"].mapping)},
    }
    assert client_in.post(reverse("activity_import_preview"), data).status_code == 302
    assert client_in.post(reverse("activity_import_preview"), data).status_code == 302
    assert CEActivity.objects.filter(owner=user).count() == 2


def test_a_tampered_payload_is_a_clear_error_not_a_500(client_in, user):
    response = upload(client_in, GOOD)
    payload = response.context["payload"]
    middle = len(payload) // 2
    tampered = payload[:middle] + ("A" if payload[middle] != "A" else "B") + payload[middle + 1 :]
    for bad in (tampered, "", "not-signed-at-all", "x" * (log_io.PAYLOAD_MAX_CHARS + 1)):
        data = {"payload": bad, "shown": "", "action": "save", "column_0": "date"}
        refused = client_in.post(reverse("activity_import_preview"), data)
        assert refused.status_code == 400
        assert "Upload the file again" in refused.content.decode()
        assert refused.context["form"].errors["file"]
    assert CEActivity.objects.filter(owner=user).count() == 0


def test_someone_elses_payload_is_refused(client, user, other_user):
    client.force_login(user)
    response = upload(client, GOOD)
    client.force_login(other_user)
    refused = post_back(client, response)
    assert refused.status_code == 400
    assert "not yours" in refused.content.decode()
    assert CEActivity.objects.count() == 0


def test_an_old_payload_is_refused(client_in, user, monkeypatch):
    response = upload(client_in, GOOD)
    monkeypatch.setattr(log_io.payload, "PAYLOAD_MAX_AGE", -1)
    refused = post_back(client_in, response)
    assert refused.status_code == 400
    assert "hours old" in refused.content.decode()


def test_junk_in_a_select_is_not_a_500(client_in, user):
    response = upload(client_in, GOOD)
    junk = post_back(client_in, response, columns={0: "drop table"})
    assert junk.status_code == 200
    assert "not valid" in junk.content.decode()
    assert CEActivity.objects.count() == 0


def test_too_big_a_file_is_refused(client_in):
    big = "Date,Title,Hours\n" + "2025-03-05,A,1\n" * (log_io.MAX_BYTES // 15 + 10)
    assert len(big.encode()) > log_io.MAX_BYTES
    response = upload(client_in, big)
    assert response.status_code == 200
    assert "Recert reads CSV files up to 2 MB" in response.context["form"].errors["file"][0]


def test_too_many_rows_are_refused(client_in):
    text = "Date,Title,Hours\n" + "2025-03-05,A,1\n" * (log_io.MAX_ROWS + 1)
    response = upload(client_in, text)
    assert f"more than {log_io.MAX_ROWS:,} rows" in response.context["form"].errors["file"][0]
    text = "Date,Title,Hours\n" + "2025-03-05,A,1\n" * log_io.MAX_ROWS + "\n" * 20
    assert log_io.log_parse(text=text, owner=None).rows.__len__() == log_io.MAX_ROWS


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The submitted file is empty."),
        (b"  \n", "The file is empty."),
        (b"Date,Title,Hours\n", "The file has a header row but no activities under it."),
        (b"PK\x03\x04\x14\x00", "This file is not a workbook Recert can read"),
        (b"\xef\xbb\xbfDate,Title\n\xff\xfe\x81", "Recert cannot read this file as text"),
        (b"Date,Title,Hours\n2025-01-01,\x00,1\n", "The file holds NUL characters"),
        (
            b"Date,Title,Hours\n2025-01-01,A,1\n2025-01-01," + b"x" * 140_000 + b",1\n",
            "Row 3: Recert cannot read",
        ),
    ],
)
def test_unreadable_files_say_why(client_in, content, message):
    response = client_in.post(reverse("activity_import"), {"file": SimpleUploadedFile("x.csv", content)})
    assert response.status_code == 200
    assert response.context["form"].errors["file"][0].startswith(message)


# --------------------------------------------------------------------------- export


def _rows(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_export_csv(client_in, user, cma, ccma, make_activity):
    make_activity(title="Phlebotomy", provider="AAMA", amount="4", unit="aama_ceus", notes="Kept the agenda")
    make_activity(title="Excluded", amount="2", excluded_from=[cma], categories={"general": "2"})
    response = client_in.get(reverse("activity_export_csv"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    today = timezone.localdate()
    assert response["Content-Disposition"] == f'attachment; filename="recert-activities-{today:%Y-%m-%d}.csv"'
    assert response["Cache-Control"] == "private, no-store"
    assert response.content.startswith("\ufeff".encode())
    header, *rows = _rows(response.content)
    assert header == [
        "Date",
        "Title",
        "Provider",
        "Amount",
        "Unit",
        "Administrative",
        "Clinical",
        "General",
        "AAMA approved",
        "Verified on transcript",
        "Notes",
        "Certificate file",
        "Do not count toward",
        "CMA (AAMA) #123456 counts",
        "CMA (AAMA) #123456 reason",
        "CCMA (NHA) counts",
        "CCMA (NHA) reason",
    ]
    by_title = {row[1]: dict(zip(header, row, strict=True)) for row in rows}
    phlebotomy = by_title["Phlebotomy"]
    assert phlebotomy["Date"] == "2025-06-01"
    assert (phlebotomy["Amount"], phlebotomy["Unit"], phlebotomy["Clinical"]) == ("4", "AAMA CEUs", "4")
    assert (phlebotomy["AAMA approved"], phlebotomy["Verified on transcript"]) == ("yes", "no")
    assert phlebotomy["Notes"] == "Kept the agenda"
    assert (phlebotomy["CMA (AAMA) #123456 counts"], phlebotomy["CMA (AAMA) #123456 reason"]) == ("4", "")
    assert phlebotomy["CCMA (NHA) counts"] == "2"  # 4 hours = 2 NHA credits
    excluded = by_title["Excluded"]
    assert excluded["Do not count toward"] == "CMA (AAMA) #123456"
    # A number in the number column, the reason in its own column.
    assert excluded["CMA (AAMA) #123456 counts"] == "0"
    assert excluded["CMA (AAMA) #123456 reason"] == "You excluded this activity from your CMA (AAMA) #123456."


def test_export_names_the_certificate_file(client_in, with_certificate):
    header, row = _rows(client_in.get(reverse("activity_export_csv")).content)
    assert dict(zip(header, row, strict=True))["Certificate file"] == "cert.pdf"


def test_export_xlsx(client_in, user, cma, make_activity):
    make_activity(title="Phlebotomy", provider="AAMA", amount="2.5", unit="aama_ceus")
    response = client_in.get(reverse("activity_export_xlsx"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"].endswith('.xlsx"')
    assert response["Cache-Control"] == "private, no-store"
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in sheet[1]]
    assert header[:5] == ["Date", "Title", "Provider", "Amount", "Unit"]
    assert header[-2:] == ["CMA (AAMA) #123456 counts", "CMA (AAMA) #123456 reason"]
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(row=1, column=len(header)).column_letter}2"
    assert sheet.freeze_panes == "A2"
    row = dict(zip(header, [cell.value for cell in sheet[2]], strict=True))
    assert row["Date"] == dt.datetime(2025, 6, 1)
    assert (row["Title"], row["Amount"], row["Unit"], row["Clinical"]) == (
        "Phlebotomy",
        2.5,
        "AAMA CEUs",
        2.5,
    )
    assert row["CMA (AAMA) #123456 counts"] == 2.5


FORMULAS = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)"]


def test_export_guards_against_formula_injection(client_in, user, make_activity):
    for index, formula in enumerate(FORMULAS):
        make_activity(
            title=formula, provider=formula, notes=formula, completed_on=dt.date(2025, 1, index + 1)
        )
    _header, *rows = _rows(client_in.get(reverse("activity_export_csv")).content)
    for row, formula in zip(rows, FORMULAS, strict=True):
        assert row[1] == row[2] == row[10] == f"'{formula}"
    sheet = load_workbook(io.BytesIO(client_in.get(reverse("activity_export_xlsx")).content)).active
    for number, formula in enumerate(FORMULAS, start=2):
        cell = sheet.cell(row=number, column=2)
        assert cell.value == formula
        assert cell.data_type == "s"


# Formula-like text, also where a spreadsheet set to another delimiter would start a cell.
TRICKY = [
    "=SUM(A1)",
    "Course;=1+1",
    "＝1+1",
    "@cmd",
    "-5 things",
    "Notes, +1 more",
    "a|@b",
    "Tab\t=x",
    "Line\n=x",
    'Say;"=1+1',
    "Wide；＋1",
    "'=already an apostrophe",
    "It's fine; really",
]


def _no_cell_starts_a_formula(text: str) -> None:
    """Read with every delimiter a spreadsheet might choose: no cell starts (after quotes and
    spaces, and NFKC) with a character that makes it a formula."""
    for delimiter in (",", ";", "\t", "|"):
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            for cell in record:
                assert not re.match(r"[\"\s]*[=+\-@]", unicodedata.normalize("NFKC", cell)), (delimiter, cell)


def test_the_export_quotes_every_field_and_no_delimiter_starts_a_formula(client_in, user, make_activity):
    for index, title in enumerate(TRICKY):
        make_activity(
            title=title, provider=title, notes=title, amount="1.5", completed_on=dt.date(2025, 1, index + 1)
        )
    text = client_in.get(reverse("activity_export_csv")).content.decode("utf-8-sig")
    _no_cell_starts_a_formula(text)
    header, *rows = _rows(text.encode())
    for line in text.split("\r\n")[1:-1]:
        if "\n" not in line and "\t" not in line:
            assert line.startswith('"') and line.endswith('"') and line.count('","') == len(header) - 1
    by_title = {log_io._uncell(row[1]): row for row in rows}
    assert by_title["Course;=1+1"][1] == "Course;'=1+1"
    assert by_title["＝1+1"][1] == "'＝1+1"
    assert by_title["It's fine; really"][1] == "It's fine; really"
    # Dates and amounts are as they were: a spreadsheet still reads them as dates and numbers.
    assert [(row[0], row[3]) for row in rows] == [
        (f"2025-01-{i:02}", "1.5") for i in range(1, len(TRICKY) + 1)
    ]


def test_formula_like_text_comes_back_unchanged(client, user, other_user, make_activity):
    for index, title in enumerate(TRICKY):
        make_activity(title=title, provider=title, notes=title, completed_on=dt.date(2025, 1, index + 1))
    client.force_login(user)
    exported = client.get(reverse("activity_export_csv")).content.decode("utf-8-sig")
    parsed = parse(exported, other_user)
    assert [(r.title, r.provider, r.notes) for r in parsed.rows] == [(t, t, t) for t in TRICKY]
    # The archive's activities.csv (Download all my data) is guarded the same and reads back too.
    archived = portability.activities_csv(user=user)
    _no_cell_starts_a_formula(archived.lstrip("\ufeff"))
    parsed = parse(archived.lstrip("\ufeff"), other_user)
    assert parsed.ok, parsed.errors
    assert [r.title for r in sorted(parsed.rows, key=lambda r: r.completed_on)] == TRICKY


@pytest.mark.parametrize("text", [*TRICKY, "", "'", "''=x", " =x", "\r\n=x", "a\r=b", "1.5", "2025-03-05"])
def test_the_guard_comes_off_exactly(text):
    assert log_io._uncell(log_io.csv_cell(text)) == text


def test_export_is_the_persons_own(client_in, user, other_user, make_activity):
    make_activity(title="Mine")
    make_activity(owner=other_user, title="Theirs")
    services.credential_create(owner=other_user, program="rma-amt", certified_on=dt.date(2024, 1, 1))
    header, *rows = _rows(client_in.get(reverse("activity_export_csv")).content)
    assert [row[1] for row in rows] == ["Mine"]
    assert not any("RMA" in name for name in header)
    sheet = load_workbook(io.BytesIO(client_in.get(reverse("activity_export_xlsx")).content)).active
    assert [cell.value for cell in sheet["B"]] == ["Title", "Mine"]


def test_an_import_never_touches_another_person(client_in, user, other_user, make_activity):
    make_activity(owner=other_user, title="Theirs")
    assert post_back(client_in, upload(client_in, GOOD)).status_code == 302
    assert CEActivity.objects.filter(owner=other_user).count() == 1
    assert CEActivity.objects.filter(owner=user).count() == 2


# --------------------------------------------------------------------------- round trip


def _dashboard(user, today):
    found = {}
    for progress in selectors.dashboard_get(user=user, today=today):
        r = progress.result
        found[progress.credential.program] = {
            "status": r.status,
            "met": r.met,
            "counted": r.counted_points,
            "approved": r.approved_points,
            "categories": dict(r.category_points),
            "left": r.points_left,
            "gap": r.gap_text,
            "planned": r.planned_points,
            "expires_on": r.expires_on,
            "bars": [(b.label, b.have, b.need) for b in progress.bars],
        }
    return found


def _activities(user):
    return sorted(
        (
            a.completed_on,
            a.title,
            a.provider,
            a.amount,
            a.unit,
            a.kind,
            a.approved,
            a.verified_on_transcript,
            a.notes,
            tuple(sorted((s.category, s.amount) for s in a.shares.all())),
            tuple(sorted(c.program for c in a.excluded_from.all())),
        )
        for a in CEActivity.objects.filter(owner=user)
    )


def _exported(client, user, source: str) -> tuple[str, bytes]:
    """One of the three exports of the activity log, as the person downloads it."""
    if source == "list.csv":
        return "log.csv", client.get(reverse("activity_export_csv")).content
    if source == "list.xlsx":
        return "log.xlsx", client.get(reverse("activity_export_xlsx")).content
    archive = zipfile.ZipFile(io.BytesIO(b"".join(client.get(reverse("account_export")).streaming_content)))
    return "activities.csv", archive.read("activities.csv")


@pytest.mark.parametrize("source", ["list.csv", "list.xlsx", "archive activities.csv"])
def test_round_trip_reproduces_the_activities_and_the_dashboard(
    client, user, other_user, cma, ccma, make_activity, source
):
    """Issue 24: each export, imported by someone holding the same credentials, gives the same
    activities field by field and the same dashboard numbers."""
    make_activity(
        title="Phlebotomy", provider="AAMA", amount="4", unit="aama_ceus", verified_on_transcript=True
    )
    make_activity(
        title="=Coding, “advanced”",
        provider="-Community college",
        amount="3.5",
        categories={"administrative": "2", "general": "1.5"},
        notes="Two evenings;\nagenda kept. Café",
        completed_on=dt.date(2025, 2, 3),
    )
    make_activity(
        title="HIPAA", unit="nha_credits", amount="2", categories={"general": "2"}, excluded_from=[ccma]
    )
    make_activity(title="Anatomy", unit="college_credits", amount="1", completed_on=dt.date(2024, 9, 1))
    make_activity(title="AMT webinar", unit="amt_points", amount="1.25", completed_on=dt.date(2023, 1, 2))
    make_activity(title="BLS", unit="cpr_card", amount="1", completed_on=dt.date(2025, 7, 1))
    make_activity(title="Planned", amount="5", completed_on=timezone.localdate() + dt.timedelta(days=40))
    make_activity(title="Too early", amount="5", completed_on=dt.date(2021, 1, 1))

    # The other person holds the same credentials.
    services.credential_create(
        owner=other_user, program="cma-aama", certified_on=cma.certified_on, number="123456"
    )
    services.credential_create(owner=other_user, program="ccma-nha", certified_on=ccma.certified_on)

    client.force_login(user)
    name, exported = _exported(client, user, source)
    client.force_login(other_user)
    response = client.post(reverse("activity_import"), {"file": SimpleUploadedFile(name, exported)})
    parsed = response.context["parsed"]
    assert parsed.ok, parsed.errors
    assert not parsed.warning_rows
    assert not parsed.column_remarks  # every column of the export is known
    assert post_back(client, response).status_code == 302

    today = timezone.localdate()
    assert _activities(other_user) == _activities(user)
    before, after = _dashboard(user, today), _dashboard(other_user, today)
    assert set(after) == set(before) == {"cma-aama", "ccma-nha", "bls"}
    for program, numbers in before.items():
        for name, value in numbers.items():
            assert after[program][name] == value, (program, name)
    # And the export of the import is the export (each credential's columns included).
    if source == "list.csv":
        assert client.get(reverse("activity_export_csv")).content == exported


# --------------------------------------------------------------------------- docs


def test_the_docs_describe_every_header_and_unit_word():
    docs = DOCS.read_text(encoding="utf-8").casefold()
    for column in log_io.format_get()["columns"]:
        for header in column.headers:
            assert header.casefold() in docs, header
    for _label, words in log_io.format_get()["units"]:
        for word in words:
            assert word.casefold() in docs, word
    for words in log_io.CATEGORY_WORDS.values():
        assert words[0] in docs
    assert str(log_io.MAX_ROWS) in docs.replace(",", "")


def test_the_docs_examples_read_as_the_docs_say(user, cma):
    docs = DOCS.read_text(encoding="utf-8")
    spreadsheet, european, template = re.findall(r"```csv\n(.*?)```", docs, flags=re.S)
    parsed = parse(spreadsheet, user)
    assert parsed.errors == ["Row 4: amount is missing"]
    assert [r.unit for r in parsed.rows[:2]] == ["aama_ceus", "contact_hours"]
    assert parsed.rows[1].categories == {"administrative": Decimal(2), "general": Decimal(1)}
    parsed = parse(
        european, user, mapping=[log_io.DATE, log_io.TITLE, "amount:contact_hours", log_io.CATEGORY]
    )
    assert parsed.ok and parsed.slash_order == log_io.DMY
    assert [(r.completed_on, r.amount) for r in parsed.rows] == [
        (dt.date(2025, 1, 25), Decimal("1.5")),
        (dt.date(2025, 2, 3), Decimal(2)),
    ]
    assert template.strip() == log_io.format_get()["example"]


def test_units_in_words_come_from_the_rules_engine():
    assert log_io.unit_words().split(", ") == [u.label for u in rules.UNITS.values()]


def test_minutes_are_kept_as_printed_and_approved_minutes_become_aama_ceus_at_50(user, cma):
    """R-CMA-7: the AAMA's contact hour is 50 minutes; a plain course in minutes is kept in minutes
    and each credential converts it (R-CCMA-2)."""
    parsed = parse(
        "Date,Title,Minutes,Category,AAMA approved\n"
        "2025-03-05,Vaccine storage,90,clinical,yes\n"
        "2025-03-06,HIPAA refresher,45,administrative,no\n",
        user,
    )
    approved, plain = parsed.rows
    assert (approved.unit, approved.amount, approved.errors) == ("aama_ceus", Decimal("1.80"), [])
    assert "50 minutes are 1 AAMA CEU: saved as 1.8 AAMA CEUs." in approved.remarks
    assert (plain.unit, plain.amount, plain.errors) == ("minutes", Decimal(45), [])
