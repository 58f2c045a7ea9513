"""export_person / import_person: a person's data survives a round trip, or nothing is written."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import json
import zipfile
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from credentials import selectors, services
from credentials.activity_input import ActivityInput
from credentials.models import CEActivity, Credential
from credentials.portability import person_export, person_import
from tests.conftest import PDF_BYTES, PDF_BYTES_TWO_PAGES, TODAY

pytestmark = pytest.mark.django_db


def _card_exam_and_recertification(user, cma, ccma) -> None:
    """History both round trips carry: a CPR card with its certificate, a failed exam attempt and a
    closed period."""
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Certificado de RCP",
            completed_on=dt.date(2025, 2, 2),
            kind="cpr",
            amount=Decimal(1),
            approved=True,
        ),
        certificate=SimpleUploadedFile("tarjeta.pdf", PDF_BYTES),
    )
    services.exam_attempt_record(
        cycle=cma.cycles.get(), taken_on=dt.date(2026, 3, 1), passed=False, today=TODAY
    )
    services.cycle_recertify(cycle=ccma.cycles.get(), recertified_on=dt.date(2026, 2, 1), today=TODAY)


def test_round_trip_keeps_every_number(tmp_path, user, cma, ccma, make_activity, meet):
    meet(ccma)
    make_activity(
        amount="6", approved=True, categories={"clinical": "4", "general": "2"}, excluded_from=[ccma]
    )
    _card_exam_and_recertification(user, cma, ccma)
    before = {p.credential.program: p.result for p in selectors.dashboard_get(user=user, today=TODAY)}

    path = tmp_path / "ana.json"
    call_command("export_person", "MA@example.com", output=str(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["user"]["full_name"] == "Ana Peña"
    call_command("import_person", str(path), email="ana@new.example")

    moved = User.objects.get(email="ana@new.example")
    assert moved.check_password("correct horse battery")  # the hash moves with the person
    after = {p.credential.program: p.result for p in selectors.dashboard_get(user=moved, today=TODAY)}
    for program in ("cma-aama", "ccma-nha"):
        assert after[program].counted_points == before[program].counted_points
        assert after[program].category_points == before[program].category_points
        assert after[program].expires_on == before[program].expires_on
    assert Credential.objects.get(owner=moved, program="ccma-nha").cycles.count() == 2
    card = CEActivity.objects.get(owner=moved, kind="cpr")
    assert card.certificate.read() == PDF_BYTES
    assert list(
        CEActivity.objects.get(owner=moved, title="Course").excluded_from.values_list("program", flat=True)
    ) == ["ccma-nha"]


def test_import_refuses_existing_email_and_writes_nothing(tmp_path, user, cma):
    path = tmp_path / "x.json"
    call_command("export_person", user.email, output=str(path))
    with pytest.raises(CommandError, match="already exists"):
        call_command("import_person", str(path))
    assert User.objects.count() == 1


def test_import_of_damaged_file_writes_nothing(tmp_path, user, cma, make_activity):
    make_activity()
    path = tmp_path / "x.json"
    call_command("export_person", user.email, output=str(path))
    data = json.loads(path.read_text())
    data["activities"][0]["amount"] = "-5"
    path.write_text(json.dumps(data))
    with pytest.raises(CommandError, match="Nothing imported"):
        call_command("import_person", str(path), email="new@example.com")
    assert not User.objects.filter(email="new@example.com").exists()
    path.write_text("{not json")
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_person", str(path))


def test_export_unknown_person(tmp_path):
    with pytest.raises(CommandError, match="No person"):
        call_command("export_person", "nobody@example.com")


def test_round_trip_keeps_units_printed_expiries_and_old_periods_stay_closed(tmp_path, user):
    ncma = services.credential_create(
        owner=user,
        program="custom",
        certified_on=dt.date(2024, 1, 1),
        custom_name="NCMA",
        custom_body="NCCT",
        custom_cycle_months=12,
        custom_points_needed=Decimal(0),
        printed_expires_on=dt.date(2025, 3, 31),
        today=TODAY,
    )
    services.cycle_recertify(
        cycle=ncma.cycles.get(),
        recertified_on=dt.date(2025, 3, 1),
        route="accepted",
        new_expires_on=dt.date(2026, 12, 31),
        today=TODAY,
    )
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="NHA", completed_on=dt.date(2025, 6, 1), unit="nha_credits", amount=Decimal(2)
        ),
    )
    path = tmp_path / "p.json"
    call_command("export_person", "ma@example.com", output=str(path))
    call_command("import_person", str(path), email="moved@example.com")
    moved = Credential.objects.get(owner__email="moved@example.com")
    assert list(
        moved.cycles.order_by("starts_on").values_list("starts_on", "expires_on", "printed_expires_on")
    ) == [
        (dt.date(2024, 1, 1), dt.date(2025, 3, 31), dt.date(2025, 3, 31)),
        (dt.date(2025, 3, 1), dt.date(2026, 12, 31), dt.date(2026, 12, 31)),
    ]
    assert CEActivity.objects.get(owner__email="moved@example.com").unit == "nha_credits"
    # A recertification recorded long ago on the old server cannot be undone on the new one.
    assert selectors.recertification_undo_get(credential=moved, cycles=list(moved.cycles.all())) is None


def test_an_export_from_before_the_certifying_body_field_still_imports(tmp_path, user):
    services.credential_create(
        owner=user,
        program="custom",
        certified_on=dt.date(2025, 1, 1),
        custom_name="NCMA",
        custom_body="NCCT",
        custom_cycle_months=12,
        custom_points_needed=Decimal(14),
        today=TODAY,
    )
    path = tmp_path / "p.json"
    call_command("export_person", "ma@example.com", output=str(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    for credential in data["credentials"]:
        del credential["custom_body"]
    path.write_text(json.dumps(data), encoding="utf-8")
    call_command("import_person", str(path), email="old@example.com")
    moved = Credential.objects.get(owner__email="old@example.com")
    assert moved.rules_program.body_name == "the certifying body"


# --------------------------------------------------------------------------- trust: dates, types, files


DELETE = object()


@pytest.fixture
def exported(user, cma, with_certificate):
    """The export of a person with a CMA (one failed exam attempt) and an activity with a certificate."""
    services.exam_attempt_record(
        cycle=cma.cycles.get(), taken_on=dt.date(2026, 3, 1), passed=False, today=TODAY
    )
    return json.loads(json.dumps(person_export(user=user)))


def _set(data, path, value):
    target = data
    for step in path[:-1]:
        target = target[step]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value


def _import_text(tmp_path, text: str, email="new@example.com"):
    path = tmp_path / "person.json"
    path.write_text(text, encoding="utf-8")
    call_command("import_person", str(path), email=email)


def _import(tmp_path, data, email="new@example.com"):
    _import_text(tmp_path, json.dumps(data), email=email)


@pytest.mark.parametrize(
    ("taken_on", "passed"),
    [(dt.date(2090, 1, 1), True), (None, False)],  # None: tomorrow
)
def test_an_exam_attempt_after_today_is_refused(tmp_path, exported, taken_on, passed):
    day = taken_on or timezone.localdate() + dt.timedelta(days=1)
    exported["credentials"][0]["cycles"][0]["exam_attempts"].append(
        {"taken_on": day.isoformat(), "passed": passed}
    )
    with pytest.raises(CommandError) as error:
        _import(tmp_path, exported)
    assert str(error.value) == (
        "Nothing imported: credential 1 cycle 1 exam attempt 2: taken_on: This date is in the future. "
        "Record the attempt once it happened."
    )
    assert not User.objects.filter(email="new@example.com").exists()


def test_a_recertification_after_today_is_refused_and_one_before_replays(tmp_path, user, ccma, meet):
    meet(ccma)
    services.cycle_recertify(cycle=ccma.cycles.get(), recertified_on=dt.date(2026, 2, 1), today=TODAY)
    data = json.loads(json.dumps(person_export(user=user)))
    _import(tmp_path, data, email="past@example.com")
    moved = Credential.objects.get(owner__email="past@example.com")
    assert list(moved.cycles.order_by("starts_on").values_list("closed_on", "closed_by")) == [
        (dt.date(2026, 2, 1), "ce"),
        (None, ""),
    ]
    data["credentials"][0]["cycles"][0]["closed_on"] = (
        timezone.localdate() + dt.timedelta(days=1)
    ).isoformat()
    with pytest.raises(
        CommandError, match=r"^Nothing imported: credential 1 cycle 1: recertified_on: This date"
    ):
        _import(tmp_path, data, email="future@example.com")
    assert not User.objects.filter(email="future@example.com").exists()


BAD_VALUES = [
    (("activities", 0, "approved"), "False", 'activity 1: approved must be true or false, not "False".'),
    (("activities", 0, "approved"), 1, "activity 1: approved must be true or false, not 1."),
    (("activities", 0, "verified_on_transcript"), "true", "activity 1: verified_on_transcript must be true"),
    (
        ("credentials", 0, "cycles", 0, "exam_attempts", 0, "passed"),
        "False",
        'credential 1 cycle 1 exam attempt 1: passed must be true or false, not "False".',
    ),
    (
        ("credentials", 0, "cycles", 0, "exam_attempts", 0, "passed"),
        0,
        "credential 1 cycle 1 exam attempt 1: passed must be true or false, not 0.",
    ),
    (("credentials", 0, "cycles", 0, "exam_attempts", 0, "passed"), DELETE, "passed is missing."),
    (("activities", 0, "amount"), float("nan"), "activity 1: amount must be a finite number, not NaN."),
    (("activities", 0, "amount"), float("inf"), "activity 1: amount must be a finite number, not Infinity."),
    (("activities", 0, "amount"), "Infinity", 'activity 1: amount is not a number: "Infinity".'),
    (("activities", 0, "amount"), "abc", 'activity 1: amount is not a number: "abc".'),
    # An amount that is a number but not a valid one: the one rule's words (activity_input.py).
    (("activities", 0, "amount"), "-5", "activity 1: amount: Enter an amount greater than zero."),
    (("activities", 0, "amount"), -5, "activity 1: amount: Enter an amount greater than zero."),
    (("activities", 0, "amount"), "0", "activity 1: amount: Enter an amount greater than zero."),
    (("activities", 0, "amount"), True, "activity 1: amount must be a number, not true."),
    (("activities", 0, "amount"), DELETE, "activity 1: amount is missing."),
    (
        ("activities", 0, "amount"),
        "2.555",
        "activity 1: amount: Enter the amount with at most 2 decimal places.",
    ),
    (
        ("activities", 0, "categories", "clinical"),
        "x",
        'activity 1: categories.clinical is not a number: "x".',
    ),
    (("activities", 0, "title"), DELETE, "activity 1: title is missing."),
    (("activities", 0, "title"), 5, "activity 1: title must be text, not 5."),
    (("activities", 0, "title"), "Ethics\x00", "activity 1: title contains a NUL character"),
    (("activities", 0, "notes"), "a\x00b", "activity 1: notes contains a NUL character"),
    (
        ("activities", 0, "completed_on"),
        "2025-02-30",
        'activity 1: completed_on is not a real date: "2025-02-30".',
    ),
    (
        ("activities", 0, "completed_on"),
        "yesterday",
        "activity 1: completed_on must be a date written YYYY-MM-DD",
    ),
    (("activities", 0, "completed_on"), 20250101, "activity 1: completed_on must be text, not 20250101."),
    (
        ("activities", 0, "certificate", "content_base64"),
        "!!",
        "activity 1: certificate.content_base64 is not",
    ),
    (("activities", 0, "certificate", "name"), "a\x00.pdf", "activity 1: certificate.name contains a NUL"),
    (("activities", 0, "certificate"), "yes", 'activity 1: certificate must be a JSON object, not "yes".'),
    (
        ("activities", 0, "excluded_from"),
        [999],
        "activity 1: excluded_from names 999, which is no credential",
    ),
    (("activities", 0), "x", 'activity 1: must be a JSON object, not "x".'),
    (("credentials", 0, "program"), 7, "credential 1: program must be text, not 7."),
    (("credentials", 0, "program"), "cna", "credential 1: program: Value 'cna' is not a valid choice."),
    (("credentials", 0, "number"), "12\x003", "credential 1: number contains a NUL character"),
    (
        ("credentials", 0, "certified_on"),
        "2999-01-01",
        "credential 1: certified_on: This date is in the future.",
    ),
    (("credentials", 0, "key"), True, "credential 1: key must be a number or text, not true."),
    (("credentials", 0, "cycles", 0), [], "credential 1 cycle 1: must be a JSON object, not []."),
    (("credentials", 0, "cycles"), {}, "credential 1: cycles must be a list, not {}."),
    (("user", "email"), "x\x00@example.com", "user: email contains a NUL character"),
    (("user", "timezone"), "Mars/Olympus", "user: timezone: Value 'Mars/Olympus' is not a valid choice."),
    (("user",), None, "user: must be a JSON object, not null."),
    (("activities",), {}, "activities must be a list, not {}."),
    (("version",), True, "Not a recert-export version 1 file."),
]


@pytest.mark.parametrize(("path", "value", "message"), BAD_VALUES)
def test_a_bad_value_is_named_with_its_row_and_nothing_is_written(tmp_path, exported, path, value, message):
    exported["user"]["email"] = "new@example.com"  # ma@example.com is taken
    _set(exported, path, value)
    users, activities = User.objects.count(), CEActivity.objects.count()
    with pytest.raises(CommandError) as error:
        _import(tmp_path, exported, email=None)
    assert str(error.value).startswith("Nothing imported: ")
    assert message in str(error.value)
    assert (User.objects.count(), CEActivity.objects.count()) == (users, activities)


def test_the_untouched_export_imports(tmp_path, exported):
    """The other half of the test above: the same file without the bad value goes in."""
    _import(tmp_path, exported)
    moved = User.objects.get(email="new@example.com")
    assert CEActivity.objects.get(owner=moved).certificate.read() == PDF_BYTES_TWO_PAGES


@pytest.mark.parametrize("text", ["[1, 2]", '"recert"', "null", "3"])
def test_a_file_whose_top_level_is_not_an_object_is_refused(tmp_path, text):
    with pytest.raises(CommandError, match=r"^Nothing imported: Not a recert-export file: its top level"):
        _import_text(tmp_path, text)
    assert not User.objects.exists()


@pytest.mark.parametrize("value", [None, True, 0, "x", [], {}, "\x00", "2025-01-01", "-1"])
def test_any_value_anywhere_gives_a_message_never_a_traceback(tmp_path, exported, value):
    """Each value of the export replaced in turn: the import goes in, or says what is wrong."""
    leaves = []

    def walk(node, path):
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in items:
            if isinstance(child, dict | list) and child:
                walk(child, (*path, key))
            else:
                leaves.append((*path, key))

    walk(exported, ())
    outcomes = set()
    for number, path in enumerate(leaves):
        if path[-1] == "content_base64":
            continue
        data = json.loads(json.dumps(exported))
        _set(data, path, value)
        try:
            person_import(data=data, email=f"fuzz{number}@example.com")
            outcomes.add("imported")
        except ValidationError as error:
            assert error.messages, path
            outcomes.add("refused")
    assert "refused" in outcomes


def test_json_numbers_are_read_as_decimals_never_floats(tmp_path, exported):
    text = (
        json.dumps(exported)
        .replace('"amount": "4.00"', '"amount": 4.10')
        .replace('"clinical": "4.00"', '"clinical": 4.10')
    )
    assert '"amount": 4.10' in text
    _import_text(tmp_path, text)
    activity = CEActivity.objects.get(owner__email="new@example.com")
    assert activity.amount == Decimal("4.10")
    assert activity.shares.get().amount == Decimal("4.10")


def _certificate(name="certificate.pdf"):
    return {"name": name, "content_base64": base64.b64encode(PDF_BYTES).decode("ascii")}


def _document(*activities, credentials=()):
    return {
        "format": "recert-export",
        "version": 1,
        "user": {
            "email": "files@example.com",
            "full_name": "",
            "timezone": "America/New_York",
            "password": "",
        },
        "credentials": list(credentials),
        "activities": list(activities),
    }


def _activity(title, amount="2", certificate=None):
    return {
        "title": title,
        "completed_on": "2025-06-01",
        "unit": "contact_hours",
        "amount": amount,
        "categories": {"clinical": amount},
        "certificate": certificate,
    }


def _files(root) -> int:
    return sum(1 for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    "failing",
    [
        _activity("Third, with a bad amount", amount="abc"),
        _activity(
            "Third, with a certificate that is no PDF",
            certificate={"name": "x.pdf", "content_base64": "eHg="},
        ),
    ],
)
def test_a_failed_import_leaves_no_certificate_file_behind(disk, failing):
    ok = [
        _activity("First", certificate=_certificate()),
        _activity("Second", certificate=_certificate("b.pdf")),
    ]
    assert _files(disk) == 0
    with pytest.raises(ValidationError, match="activity 3: "):
        person_import(data=_document(*ok, failing))
    assert _files(disk) == 0
    assert not User.objects.filter(email="files@example.com").exists()
    # The same storage keeps the files of an import that succeeds: the count above could fail.
    person_import(data=_document(*ok))
    assert _files(disk) == 2


def test_a_failure_after_the_activities_removes_their_files_too(disk):
    future = (timezone.localdate() + dt.timedelta(days=3)).isoformat()
    credential = {
        "key": 1,
        "program": "cma-aama",
        "certified_on": "2022-11-10",
        "cycles": [{"starts_on": "2022-11-10", "exam_attempts": [{"taken_on": future, "passed": True}]}],
    }
    with pytest.raises(
        ValidationError, match="credential 1 cycle 1 exam attempt 1: taken_on: This date is in"
    ):
        person_import(
            data=_document(_activity("First", certificate=_certificate()), credentials=[credential])
        )
    assert _files(disk) == 0


def test_an_export_zip_round_trips_through_import(tmp_path, client, user, cma, ccma, make_activity, meet):
    meet(ccma)
    course = make_activity(
        amount="6", approved=True, categories={"clinical": "4", "general": "2"}, excluded_from=[ccma]
    )
    services.activity_update(
        activity=course,
        data=ActivityInput.of(
            title=course.title,
            completed_on=course.completed_on,
            amount=course.amount,
            unit=course.unit,
            categories={"clinical": Decimal(4), "general": Decimal(2)},
            excluded_from=[ccma],
            notes="=cmd|' /C calc'!A0",
        ),
        certificate=SimpleUploadedFile("Zertifikat Übung.pdf", PDF_BYTES_TWO_PAGES),
    )
    _card_exam_and_recertification(user, cma, ccma)
    today = timezone.localdate()
    before = {p.credential.program: p for p in selectors.dashboard_get(user=user, today=today)}

    client.force_login(user)
    response = client.get(reverse("account_export"))
    path = tmp_path / "mine.zip"
    path.write_bytes(b"".join(response.streaming_content))
    with zipfile.ZipFile(path) as archive:
        assert {"recert-export.json", "activities.csv"} <= set(archive.namelist())
        rows = list(csv.DictReader(io.StringIO(archive.read("activities.csv").decode("utf-8-sig"))))
    assert sorted(r["Title"] for r in rows) == sorted(
        CEActivity.objects.filter(owner=user).values_list("title", flat=True)
    )
    assert next(r for r in rows if r["Title"] == "Course")["Notes"].startswith("'=")  # not a formula

    call_command("import_person", str(path), email="moved@example.com")
    moved = User.objects.get(email="moved@example.com")
    assert not moved.has_usable_password()  # the person's own download leaves the hash out
    after = {p.credential.program: p for p in selectors.dashboard_get(user=moved, today=today)}
    assert set(after) == set(before) == {"cma-aama", "ccma-nha", "bls"}  # the card made a BLS too
    for program, progress in before.items():
        assert after[program].result.counted_points == progress.result.counted_points
        assert after[program].result.approved_points == progress.result.approved_points
        assert after[program].result.category_points == progress.result.category_points
        assert after[program].result.expires_on == progress.result.expires_on
        assert after[program].cycle.starts_on == progress.cycle.starts_on
    assert Credential.objects.get(owner=moved, program="ccma-nha").cycles.count() == 2
    assert [
        a.passed
        for a in Credential.objects.get(owner=moved, program="cma-aama").cycles.get().exam_attempts.all()
    ] == [False]
    assert CEActivity.objects.get(owner=moved, title="Course").certificate.read() == PDF_BYTES_TWO_PAGES
    assert CEActivity.objects.get(owner=moved, title="Course").certificate_name == "Zertifikat Übung.pdf"
    assert CEActivity.objects.get(owner=moved, title="Certificado de RCP").certificate.read() == PDF_BYTES
    assert list(
        CEActivity.objects.get(owner=moved, title="Course").excluded_from.values_list("program", flat=True)
    ) == ["ccma-nha"]


def test_export_person_writes_the_zip_and_a_damaged_zip_is_refused(tmp_path, user, with_certificate):
    path = tmp_path / "person.zip"
    call_command("export_person", user.email, output=str(path))
    with zipfile.ZipFile(path) as archive:
        data = json.loads(archive.read("recert-export.json"))
        (member,) = [n for n in archive.namelist() if n.startswith("certificates/")]
        assert archive.read(member) == PDF_BYTES_TWO_PAGES
    assert data["activities"][0]["certificate"] == {"name": "cert.pdf", "path": member}
    assert data["user"]["password"] == user.password  # an operator's backup keeps the log-in

    # The JSON names a certificate the archive does not hold.
    broken = tmp_path / "broken.zip"
    data["activities"][0]["certificate"]["path"] = "certificates/elsewhere.pdf"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("recert-export.json", json.dumps(data))
    with pytest.raises(
        CommandError, match=r'^Nothing imported: activity 1: certificate\.path "certificates/elsewhere\.pdf"'
    ):
        call_command("import_person", str(broken), email="new@example.com")

    # No JSON in it at all.
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("other.txt", "hello")
    with pytest.raises(CommandError, match=r"^Cannot read .*: the archive has no recert-export\.json"):
        call_command("import_person", str(broken), email="new@example.com")
    assert not User.objects.filter(email="new@example.com").exists()


def test_a_certificate_in_a_zip_is_read_no_further_than_the_size_limit(
    tmp_path, settings, user, with_certificate
):
    path = tmp_path / "person.zip"
    call_command("export_person", user.email, output=str(path))
    settings.CERTIFICATE_MAX_BYTES = 100  # the file is 551 bytes
    with pytest.raises(CommandError, match=r"activity 1: certificate file .* is larger than 100 bytes"):
        call_command("import_person", str(path), email="new@example.com")
    assert not User.objects.filter(email="new@example.com").exists()
