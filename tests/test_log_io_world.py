"""Issue 24, first part: people's own logs as they keep them. A spreadsheet without our columns
imports with one value set for a whole column; an .xlsx workbook imports the same, read in a
bounded child; workbooks Recert cannot open say why."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from credentials import log_io, selectors, services
from credentials.activity_input import ActivityInput
from credentials.models import CEActivity, Submission
from tests.conftest import activity_log

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 12, 7)
ROWS = [
    ("Infection Control Update", dt.date(2025, 3, 5), 2, "Yes"),
    ("HIPAA Refresher", dt.date(2025, 4, 12), 1.5, "No"),
    ("Phlebotomy Skills Lab", dt.date(2025, 6, 1), 3, "yes"),
]


@pytest.fixture
def client_in(client, user):
    services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2022, 11, 10), today=TODAY
    )
    client.force_login(user)
    return client


def _csv() -> bytes:
    lines = ["Course Name,Date Completed,Hours,Approved?"]
    lines += [f"{t},{d:%m/%d/%Y},{h},{a}" for t, d, h, a in ROWS]
    return ("\n".join(lines) + "\n").encode()


def _xlsx() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["Course Name", "Date Completed", "Hours", "Approved?"])
    for title, day, hours, approved in ROWS:
        sheet.append([title, dt.datetime.combine(day, dt.time()), hours, approved])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _import(client, name: str, data: bytes, *, fill_category: str = ""):
    response = client.post(reverse("activity_import"), {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 200, response.content[:500]
    parsed = response.context["parsed"]
    form = {
        "payload": response.context["payload"],
        "date_order": parsed.date_order,
        "fill_category": fill_category,
        "fill_approved": "",
        Submission.FIELD: str(uuid.uuid4()),
        **{f"column_{i}": target for i, target in enumerate(parsed.mapping)},
    }
    # "Read the file again" with the choice, then "Save all" of what was shown.
    again = client.post(reverse("activity_import_preview"), {**form, "action": "reparse"})
    form[Submission.FIELD] = str(uuid.uuid4())
    return parsed, client.post(
        reverse("activity_import_preview"),
        {**form, "action": "save", "shown": again.context["parsed"].settings_key},
    )


def test_a_spreadsheet_without_a_category_column_fails_every_row_for_a_cma_holder(client_in):
    response = client_in.post(reverse("activity_import"), {"file": SimpleUploadedFile("log.csv", _csv())})
    rows = response.context["parsed"].rows
    assert len(rows) == 3 and all(not row.ok for row in rows)


@pytest.mark.parametrize(("name", "data"), [("log.csv", _csv), ("log.xlsx", _xlsx)])
def test_one_category_for_all_rows_imports_what_typing_each_row_would(client_in, user, name, data):
    _, response = _import(client_in, name, data(), fill_category="general")
    assert response.status_code == 302, [row.errors for row in response.context["parsed"].rows]
    saved = CEActivity.objects.filter(owner=user).order_by("completed_on")
    assert [(a.title, a.completed_on, a.amount, a.unit) for a in saved] == [
        ("Infection Control Update", dt.date(2025, 3, 5), Decimal(2), "aama_ceus"),
        ("HIPAA Refresher", dt.date(2025, 4, 12), Decimal("1.5"), "contact_hours"),
        ("Phlebotomy Skills Lab", dt.date(2025, 6, 1), Decimal(3), "aama_ceus"),
    ]
    assert all(a.shares.get().category == "general" for a in saved)
    (imported,) = selectors.dashboard_get(user=user, today=TODAY)

    # The same rows typed one by one give the same numbers.
    typed_user = type(user).objects.create_user("typed@example.com", "a long pass phrase 42")
    services.credential_create(
        owner=typed_user, program="cma-aama", certified_on=dt.date(2022, 11, 10), today=TODAY
    )
    for title, day, hours, approved in ROWS:
        services.activity_create(
            owner=typed_user,
            data=ActivityInput.of(
                title=title,
                completed_on=day,
                unit="aama_ceus" if approved.lower() == "yes" else "contact_hours",
                amount=Decimal(str(hours)),
                categories={"general": Decimal(str(hours))},
            ),
        )
    (typed,) = selectors.dashboard_get(user=typed_user, today=TODAY)
    for name_ in ("counted_points", "approved_points", "category_points", "points_left", "gap_text"):
        assert getattr(imported.result, name_) == getattr(typed.result, name_), name_


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "password-protected workbook"),
        (b"PK\x03\x04" + b"not really a zip" * 40, "not a workbook Recert can read"),
    ],
)
def test_a_workbook_recert_cannot_open_says_why_and_saves_nothing(client_in, user, data, says):
    response = client_in.post(reverse("activity_import"), {"file": SimpleUploadedFile("log.xlsx", data)})
    assert response.status_code == 200
    assert says in " ".join(response.context["form"].errors["file"])
    assert not CEActivity.objects.filter(owner=user).exists()


def test_a_workbook_bomb_is_stopped_by_the_childs_limits(client_in, user, monkeypatch):
    """A huge shared-strings table: the child runs out of its memory or time, and the person is told."""
    from credentials import file_work

    monkeypatch.setattr(file_work, "SPREADSHEET_MAX_MEMORY_MB", 64)
    book = Workbook()
    sheet = book.active
    sheet.append(["Title", "Date", "Hours"])
    for n in range(60_000):
        sheet.append([f"{n:06d} " + "x" * 200, "2025-01-01", 1])
    out = io.BytesIO()
    book.save(out)
    data = out.getvalue()
    response = client_in.post(reverse("activity_import"), {"file": SimpleUploadedFile("bomb.xlsx", data)})
    assert response.status_code == 200
    message = " ".join(response.context["form"].errors["file"])
    assert "Recert could not read this workbook" in message or "more than" in message
    assert not CEActivity.objects.filter(owner=user).exists()


def test_a_row_left_out_is_not_imported_and_can_be_downloaded_to_fix_later(client_in, user):
    text = (
        b"Date,Title,Hours,Category,Approved\n"
        b"2025-03-05,Infection Control Update,2,clinical,yes\n"
        b"2025-02-31,Bad date row,1,general,no\n"
        b"2025-04-12,HIPAA Refresher,1.5,administrative,no\n"
    )
    response = client_in.post(reverse("activity_import"), {"file": SimpleUploadedFile("log.csv", text)})
    parsed = response.context["parsed"]
    assert not parsed.ok  # row 3's date blocks saving
    form = {
        "payload": response.context["payload"],
        "date_order": parsed.date_order,
        "skip": ["3"],
        **{f"column_{i}": target for i, target in enumerate(parsed.mapping)},
    }
    again = client_in.post(reverse("activity_import_preview"), {**form, "action": "reparse"})
    shown = again.context["parsed"]
    assert shown.ok and [r.number for r in shown.left_out] == [3]
    assert 'data-testid="left-out"' in again.content.decode()
    download = client_in.post(reverse("activity_import_preview"), {**form, "action": "left_out"})
    assert download["Content-Type"].startswith("text/csv")
    lines = download.content.decode("utf-8-sig").splitlines()
    assert lines == [
        '"Date","Title","Hours","Category","Approved"',
        '"2025-02-31","Bad date row","1","general","no"',
    ]
    saved = client_in.post(
        reverse("activity_import_preview"),
        {**form, "action": "save", "shown": shown.settings_key, Submission.FIELD: str(uuid.uuid4())},
    )
    assert saved.status_code == 302
    assert sorted(CEActivity.objects.filter(owner=user).values_list("title", flat=True)) == [
        "HIPAA Refresher",
        "Infection Control Update",
    ]


# ------------------------------------------------------------------ the preview as a browser sends it


class _FormFields(HTMLParser):
    """What a browser would send for the preview's form: hidden and text inputs, ticked boxes and
    each select's chosen option (the first when none is marked)."""

    def __init__(self):
        super().__init__()
        self.fields: list[tuple[str, str]] = []
        self._select: str | None = None
        self._options: list[tuple[str, bool]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("name"):
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind not in ("submit", "button", "file"):
                self.fields.append((attrs["name"], attrs.get("value", "")))
        elif tag == "select":
            self._select, self._options = attrs.get("name"), []
        elif tag == "option" and self._select:
            self._options.append((attrs.get("value", ""), "selected" in attrs))

    def handle_endtag(self, tag):
        if tag == "select" and self._select:
            chosen = next((v for v, selected in self._options if selected), self._options[0][0])
            self.fields.append((self._select, chosen))
            self._select = None


def browser_post(
    client, response, *, action: str, set_: dict | None = None, untick: tuple = (), tick: tuple = ()
):
    """Post the preview's form back as a browser would, with ``set_`` fields changed
    ({"fill_category": "general", "cell-3-1": "04/12/2025"}), boxes ``untick``ed (("skip", "2"),)
    and boxes ``tick``ed (("confirm", "4"),)."""
    page = response.content.decode()
    form = page[page.index('<form method="post" action="' + reverse("activity_import_preview")) :]
    parser = _FormFields()
    parser.feed(form[: form.index("</form>")])
    data: dict[str, list[str]] = {}
    for name, value in parser.fields:
        if (name, value) not in untick:
            data.setdefault(name, []).append(value)
    for name, value in (set_ or {}).items():
        data[name] = [value]
    for name, value in tick:
        data.setdefault(name, []).append(value)
    data["action"] = [action]
    return client.post(reverse("activity_import_preview"), data)


def _typed_numbers(user, rows):
    """The dashboard of a new person who typed ``rows`` one by one in the form's service."""
    typed = type(user).objects.create_user(
        f"typed{uuid.uuid4().hex[:6]}@example.com", "a long pass phrase 42"
    )
    services.credential_create(
        owner=typed, program="cma-aama", certified_on=dt.date(2022, 11, 10), today=TODAY
    )
    for fields in rows:
        activity_log(owner=typed, **fields)
    (progress,) = selectors.dashboard_get(user=typed, today=TODAY)
    return progress


NUMBERS = ("counted_points", "approved_points", "category_points", "points_left", "gap_text")


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_one_category_for_all_rows_and_one_cell_fixed_in_the_preview(client_in, user, kind):
    """Issue 24's 'done when': the spreadsheet imports with one choice for the whole category
    column and one cell corrected on the page, and counts as if each row had been typed."""
    bad = [*ROWS[:1], ("HIPAA Refresher", "04/31/2025", 1.5, "No"), *ROWS[2:]]  # April has 30 days
    if kind == "csv":
        lines = ["Course Name,Date Completed,Hours,Approved?"]
        lines += [f"{t},{d if isinstance(d, str) else f'{d:%m/%d/%Y}'},{h},{a}" for t, d, h, a in bad]
        name, data = "log.csv", ("\n".join(lines) + "\n").encode()
    else:
        book = Workbook()
        sheet = book.active
        sheet.append(["Course Name", "Date Completed", "Hours", "Approved?"])
        for title, day, hours, approved in bad:
            sheet.append(
                [title, day if isinstance(day, str) else dt.datetime.combine(day, dt.time()), hours, approved]
            )
        out = io.BytesIO()
        book.save(out)
        name, data = "log.xlsx", out.getvalue()
    first = client_in.post(reverse("activity_import"), {"file": SimpleUploadedFile(name, data)})
    row3 = next(row for row in first.context["parsed"].rows if row.number == 3)
    assert "is not a real date" in " ".join(row3.errors)
    assert 'id="cell-3-1"' in first.content.decode()  # the date cell of row 3 is offered for editing

    again = browser_post(
        client_in, first, action="reparse", set_={"fill_category": "general", "cell-3-1": "04/30/2025"}
    )
    parsed = again.context["parsed"]
    assert parsed.ok, [row.errors for row in parsed.rows]
    row3 = next(row for row in parsed.rows if row.number == 3)
    assert row3.completed_on == dt.date(2025, 4, 30) and row3.edited == [1]
    # Each row says what it will count toward the credential, as the activity list does.
    assert [c.message for c in row3.counts] == ["Counts 1.5 points."]
    assert "Counts 1.5 points." in again.content.decode()

    saved = browser_post(client_in, again, action="save")
    assert saved.status_code == 302, saved.content[:400]
    (imported,) = selectors.dashboard_get(user=user, today=TODAY)
    typed = _typed_numbers(
        user,
        [
            {
                "title": title,
                "completed_on": dt.date(2025, 4, 30) if isinstance(day, str) else day,
                "unit": "aama_ceus" if approved.lower() == "yes" else "contact_hours",
                "amount": Decimal(str(hours)),
                "categories": {"general": Decimal(str(hours))},
            }
            for title, day, hours, approved in bad
        ],
    )
    for number in NUMBERS:
        assert getattr(imported.result, number) == getattr(typed.result, number), number


def test_an_edit_that_changes_nothing_is_not_an_edit_and_a_foreign_cell_is_ignored(client_in, user):
    data = b"Date,Title,Hours,Category\n2025-03-05,OSHA,abc,general\n"
    first = client_in.post(reverse("activity_import"), {"file": SimpleUploadedFile("log.csv", data)})
    again = browser_post(
        client_in, first, action="reparse", set_={"cell-2-0": " 2025-03-05 ", "cell-99-0": "x"}
    )
    (row,) = again.context["parsed"].rows
    assert row.edited == [] and not row.ok
    fixed = browser_post(client_in, again, action="reparse", set_={"cell-2-2": "1"})
    (row,) = fixed.context["parsed"].rows
    assert row.ok and row.edited == [2] and row.amount == Decimal(1)
    # The row stays editable, so the correction comes back with every re-read and is saved.
    assert 'id="cell-2-2"' in fixed.content.decode()
    assert browser_post(client_in, fixed, action="save").status_code == 302
    assert CEActivity.objects.get(owner=user).amount == Decimal(1)


# ------------------------------------------------------------------ workbooks of several sheets, bad files


def _workbook(*sheets: tuple[str, list[list]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for values in rows:
            sheet.append(values)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_sheet_with_a_log_is_read_first_and_another_can_be_chosen(client_in, user):
    data = _workbook(
        ("Summary", [["My CE", "Total"], ["2025", 5]]),
        (
            "2025",
            [["Date", "Course", "Hours", "Category"], ["2025-03-05", "Infection Control", 2, "clinical"]],
        ),
        (
            "2024",
            [
                ["Date", "Course", "Hours", "Category"],
                ["2024-03-05", "HIPAA", 1, "general"],
                ["2024-04-05", "OSHA", 1, "general"],
            ],
        ),
    )
    first = client_in.post(reverse("activity_import"), {"file": SimpleUploadedFile("log.xlsx", data)})
    parsed = first.context["parsed"]
    assert [row.title for row in parsed.rows] == ["Infection Control"]  # the first sheet that is a log
    assert parsed.encoding == "Excel workbook, sheet “2025”"
    assert 'data-testid="sheet"' in first.content.decode()

    other = browser_post(client_in, first, action="reparse", set_={"sheet": "2"})
    assert [row.title for row in other.context["parsed"].rows] == ["HIPAA", "OSHA"]
    assert "Now reading the sheet “2024”" in other.content.decode()
    saved = browser_post(client_in, other, action="save")
    assert saved.status_code == 302
    assert sorted(CEActivity.objects.filter(owner=user).values_list("title", flat=True)) == ["HIPAA", "OSHA"]


def test_a_sheet_of_a_hundred_thousand_rows_is_refused_in_words_and_nothing_is_saved(client_in, user):
    rows = [["Date", "Course", "Hours", "Category"]] + [
        ["2025-03-05", f"Course {n}", 1, "general"] for n in range(100_000)
    ]
    data = _workbook(("Log", rows))
    response = client_in.post(reverse("activity_import"), {"file": SimpleUploadedFile("big.xlsx", data)})
    assert response.status_code == 200
    message = " ".join(response.context["form"].errors["file"])
    assert (
        "more than 2,000 rows" in message
        or "larger than" in message
        or "could not read this workbook" in message
    )
    assert not CEActivity.objects.filter(owner=user).exists()


@pytest.mark.parametrize("name", ["huge.csv", "huge.xlsx"])
def test_a_fifty_megabyte_file_is_refused_before_it_is_read(client_in, user, name):
    data = b"Date,Course,Hours\n" + b"2025-03-05,Course,1\n" * (50 * 1024 * 1024 // 20)
    response = client_in.post(reverse("activity_import"), {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 200
    assert "Recert reads CSV files up to 2 MB" in " ".join(response.context["form"].errors["file"])
    assert not CEActivity.objects.filter(owner=user).exists()


def test_a_file_in_an_unknown_encoding_is_read_as_windows_1252_and_says_so(client_in, user):
    data = "Date,Course,Hours,Category\n2025-03-05,Ética médica – básica,1,general\n".encode("cp1252")
    response = client_in.post(reverse("activity_import"), {"file": SimpleUploadedFile("log.csv", data)})
    parsed = response.context["parsed"]
    assert parsed.encoding == "Windows-1252" and parsed.rows[0].title == "Ética médica – básica"
    garbage = bytes(range(256)) * 100
    response = client_in.post(reverse("activity_import"), {"file": SimpleUploadedFile("log.csv", garbage)})
    assert response.status_code == 200 and response.context["form"].errors["file"]


# ------------------------------------------------------------------ found by an attacker's pass


def test_a_row_that_becomes_a_duplicate_after_a_reread_is_left_out_not_saved_twice(client_in, user):
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Infection control",
            completed_on=dt.date(2025, 3, 5),
            unit="contact_hours",
            amount=Decimal(2),
            categories={"clinical": Decimal(2)},
        ),
    )
    data = b"Date,Title,Hours,Category\n05/03/2025,Infection control,2,clinical\n06/04/2025,OSHA,1,general\n"
    first = client_in.post(reverse("activity_import"), {"file": SimpleUploadedFile("log.csv", data)})
    assert not first.context["parsed"].duplicates  # read as May 3: not what is logged
    again = browser_post(client_in, first, action="reparse", set_={"date_order": "dmy"})
    parsed = again.context["parsed"]
    assert [r.number for r in parsed.duplicates] == [2] and [r.number for r in parsed.left_out] == [2]
    assert browser_post(client_in, again, action="save").status_code == 302
    assert CEActivity.objects.filter(owner=user, title="Infection control").count() == 1


def test_a_long_file_of_rows_in_error_stays_within_what_a_browser_may_post(client_in, user):
    lines = ["Date,Title,Provider,Hours"] + [f"2025-03-05,Course {n},Somewhere,1" for n in range(300)]
    first = client_in.post(
        reverse("activity_import"), {"file": SimpleUploadedFile("log.csv", "\n".join(lines).encode())}
    )
    assert first.content.decode().count('name="cell-') == log_io.EDITABLE_ROWS * 4  # four columns used
    filled = browser_post(client_in, first, action="reparse", set_={"fill_category": "general"})
    assert filled.status_code == 200 and filled.context["parsed"].ok


@pytest.mark.parametrize("sheet", ["²", "9" * 5000, "-1", "x"])
def test_an_odd_sheet_choice_is_ignored_not_a_500(client_in, user, sheet):
    data = _workbook(
        ("A", [["Date", "Course", "Hours", "Category"], ["2025-03-05", "One", 1, "general"]]),
        ("B", [["Date", "Course", "Hours", "Category"], ["2025-03-06", "Two", 1, "general"]]),
    )
    first = client_in.post(reverse("activity_import"), {"file": SimpleUploadedFile("log.xlsx", data)})
    response = browser_post(client_in, first, action="reparse", set_={"sheet": sheet})
    assert response.status_code == 200
    assert [row.title for row in response.context["parsed"].rows] == ["One"]
