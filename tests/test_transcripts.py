"""Issue 24: a CE transcript (one document, a row per course) becomes the right activities in one
go, each with the transcript as its proof. The reader is credentials/transcript/; the corpus is
tests/transcripts_world/ (tune: tuned on; heldout: never looked at, scored only in total by
score.py and reported in docs/transcripts.md)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from credentials import selectors, services, transcript
from credentials.activity_input import ActivityInput
from credentials.models import CEActivity, CertificateDraft, Submission
from tests.test_log_io_world import browser_post
from tests.transcripts_world.score import as_expected, as_found

pytestmark = pytest.mark.django_db

TUNE = Path(__file__).resolve().parent / "transcripts_world" / "tune"
EXPECTED = json.loads((TUNE / "expected.json").read_text())
TODAY = dt.date(2026, 12, 7)


def words(*rows: tuple[float, float, str]) -> list[transcript.Word]:
    """Words of a text layer from (left, top, text) triples: 10-point print, 6 points a letter."""
    return [transcript.Word(text, 1, x, x + 6 * len(text), y, y + 12) for x, y, text in rows]


def row(y: float, *cells: tuple[float, str]) -> list[tuple[float, float, str]]:
    """One printed line: each cell's left edge and its words, laid out word by word."""
    found = []
    for x, text in cells:
        for word in text.split():
            found.append((x, y, word))
            x += 6 * len(word) + 3
    return found


HEADER = row(100, (50, "Course Title"), (300, "Completed"), (400, "Hours"), (460, "Status"))


def test_a_title_wrapped_over_two_lines_is_joined_and_belongs_to_its_own_row():
    found = transcript.transcript_parse(
        words(
            *row(60, (50, "Northgate Health University")),
            *HEADER,
            *row(
                120, (50, "Infection Control Basics"), (300, "03/05/2025"), (400, "1.5"), (460, "Completed")
            ),
            *row(140, (50, "Phlebotomy: Order of Draw and")),
            *row(152, (300, "04/12/2025"), (400, "2.0"), (460, "Completed")),
            *row(164, (50, "Specimen Integrity")),
            *row(184, (50, "Fire Safety"), (300, "04/20/2025"), (400, "0.00"), (460, "Completed")),
            *row(204, (50, "Sepsis Recognition"), (300, "05/01/2025"), (400, "1.0"), (460, "In Progress")),
            *row(224, (50, "Total hours"), (400, "3.5")),
            *row(300, (50, "Printed 12/01/2026"), (400, "Page 1 of 1")),
        )
    )
    assert found is not None and found.provider == "Northgate Health University"
    assert [(c.title, c.completed_on, c.amount, c.unit) for c in found.courses] == [
        ("Infection Control Basics", dt.date(2025, 3, 5), Decimal("1.5"), "contact_hours"),
        (
            "Phlebotomy: Order of Draw and Specimen Integrity",
            dt.date(2025, 4, 12),
            Decimal("2.0"),
            "contact_hours",
        ),
    ]
    assert found.left_out == 2  # no hours, and in progress: nothing earned yet
    assert not found.aama


def test_a_split_over_two_lines_and_a_date_range_ending_on_its_last_day():
    found = transcript.transcript_parse(
        words(
            *row(40, (50, "American Association of Medical Assistants")),
            *row(100, (50, "Course Title"), (300, "Dates"), (420, "CEUs"), (470, "Category")),
            *row(
                120,
                (50, "Telephone Triage"),
                (300, "03/01/2025 - 03/05/2025"),
                (420, "1.0"),
                (470, "Clinical"),
            ),
            *row(132, (420, "0.5"), (470, "General")),
            *row(152, (50, "Coding Basics"), (300, "04/12/2025"), (420, "2.0"), (470, "A 1.0 / G 1.0")),
        )
    )
    assert found.aama and [(c.completed_on, c.amount, c.unit, c.categories) for c in found.courses] == [
        (
            dt.date(2025, 3, 5),
            Decimal("1.5"),
            "aama_ceu",
            {"clinical": Decimal("1.0"), "general": Decimal("0.5")},
        ),
        (
            dt.date(2025, 4, 12),
            Decimal("2.0"),
            "aama_ceu",
            {"administrative": Decimal("1.0"), "general": Decimal("1.0")},
        ),
    ]


def test_a_certificate_of_one_course_is_not_a_transcript():
    assert (
        transcript.transcript_parse(
            words(
                *HEADER,
                *row(120, (50, "Infection Control"), (300, "03/05/2025"), (400, "1.5"), (460, "Completed")),
            )
        )
        is None
    )
    assert (
        transcript.looks_like_one("Certificate of completion\nDate: 03/05/2025\n1.5 contact hours") is False
    )


@pytest.mark.parametrize("shape", ["aama", "lms", "college"])
def test_the_text_pdfs_of_each_shape_read_right(shape):
    """Every course of the tuned corpus's text PDFs, field by field (the scans are in the total)."""
    for name, want in EXPECTED.items():
        if want["shape"] != shape or want["kind"] != "pdf":
            continue
        found = transcript.transcript_parse(transcript.page_words((TUNE / name).read_bytes()))
        assert [as_found(c) for c in found.courses] == [as_expected(c) for c in want["courses"]], name


@pytest.fixture
def client_in(client, user, cma):
    client.force_login(user)
    return client


def _dropped(client, user, name: str, django_capture_on_commit_callbacks) -> CertificateDraft:
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("inbox"), {"files": [SimpleUploadedFile(name, (TUNE / name).read_bytes())]})
    return CertificateDraft.objects.get(owner=user, file_name=name)


def test_an_aama_transcript_dropped_in_the_inbox_imports_every_course_with_it_as_proof(
    client_in, user, django_capture_on_commit_callbacks
):
    draft = _dropped(client_in, user, "aama_1.pdf", django_capture_on_commit_callbacks)
    assert draft.state == CertificateDraft.State.READ and len(draft.transcript["courses"]) == 10
    page = client_in.get(reverse("draft_detail", args=[draft.pk])).content.decode()
    assert "This is a transcript of 10 courses" in page
    assert reverse("activity_import_transcript", args=[draft.pk]) in page

    preview = client_in.get(reverse("activity_import_transcript", args=[draft.pk]))
    parsed = preview.context["parsed"]
    assert parsed.ok and len(parsed.rows) == 10, parsed.errors
    assert "own record of your AAMA-approved CEUs" in preview.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        saved = browser_post(client_in, preview, action="save")
    assert saved.status_code == 302, saved.content[:300]

    want = EXPECTED["aama_1.pdf"]["courses"]
    activities = list(CEActivity.objects.filter(owner=user).order_by("completed_on", "pk"))
    assert [(a.title, a.completed_on.isoformat(), a.amount, a.unit) for a in activities] == [
        (c["title"], c["completed_on"], Decimal(c["amount"]), "aama_ceus") for c in want
    ]
    assert all(a.verified_on_transcript and a.approved for a in activities)
    split = next(a for a in activities if a.title.startswith("Pharmacology Review"))
    assert {s.category: s.amount for s in split.shares.all()} == {
        "clinical": Decimal(1),
        "general": Decimal("0.5"),
    }
    data = (TUNE / "aama_1.pdf").read_bytes()
    names = {a.certificate.name for a in activities}
    assert len(names) == 10  # each activity its own copy: removing one leaves the others theirs
    for activity in activities:
        assert activity.certificate_name == "aama_1.pdf" and activity.certificate_size == len(data)
        with activity.certificate.open("rb") as handle:
            assert handle.read() == data
    assert not CertificateDraft.objects.filter(pk=draft.pk).exists()
    assert not draft.file.storage.exists(draft.file.name)
    # Sent twice: carried out once. Sent again as a new form: every course is now "already
    # logged" and left out, so nothing more is saved; and the transcript itself is gone (404).
    assert browser_post(client_in, preview, action="save").status_code == 302
    fresh = browser_post(client_in, preview, action="save", set_={Submission.FIELD: str(uuid.uuid4())})
    assert fresh.status_code == 200 and len(fresh.context["parsed"].left_out) == 10
    assert CEActivity.objects.filter(owner=user).count() == 10
    assert client_in.get(reverse("activity_import_transcript", args=[draft.pk])).status_code == 404

    # The dashboard counts what typing each course would.
    (imported,) = selectors.dashboard_get(user=user, today=TODAY)
    typed = type(user).objects.create_user("typed@example.com", "a long pass phrase 42")
    services.credential_create(
        owner=typed, program="cma-aama", certified_on=dt.date(2022, 11, 10), today=TODAY
    )
    for course in want:
        categories = course.get("categories") or {course["category"]: course["amount"]}
        services.activity_create(
            owner=typed,
            data=ActivityInput.of(
                title=course["title"],
                completed_on=dt.date.fromisoformat(course["completed_on"]),
                amount=Decimal(course["amount"]),
                unit="aama_ceus",
                categories={k: Decimal(v) for k, v in categories.items()},
                verified_on_transcript=True,
            ),
        )
    (by_hand,) = selectors.dashboard_get(user=typed, today=TODAY)
    for number in ("counted_points", "approved_points", "category_points", "points_left", "gap_text"):
        assert getattr(imported.result, number) == getattr(by_hand.result, number), number


@pytest.mark.parametrize(("name", "unit"), [("lms_2.pdf", "minutes"), ("college_2.pdf", "contact_hours")])
def test_an_employer_or_college_transcript_imports_in_recerts_units_and_says_it_is_not_certificates(
    client_in, user, django_capture_on_commit_callbacks, name, unit
):
    draft = _dropped(client_in, user, name, django_capture_on_commit_callbacks)
    preview = client_in.get(reverse("activity_import_transcript", args=[draft.pk]))
    assert "it is not a certificate for each" in preview.content.decode()
    want = EXPECTED[name]["courses"]
    # A CMA counts points by category: one choice for every row, as with a spreadsheet.
    filled = browser_post(client_in, preview, action="reparse", set_={"fill_category": "general"})
    parsed = filled.context["parsed"]
    assert parsed.ok, parsed.errors
    # Short courses ask first (under the AAMA's minimum, R-CMA-7): the person says yes to each.
    confirm = tuple(("confirm", str(row.number)) for row in parsed.unconfirmed)
    with django_capture_on_commit_callbacks(execute=True):
        assert browser_post(client_in, filled, action="save", tick=confirm).status_code == 302
    activities = list(CEActivity.objects.filter(owner=user).order_by("completed_on", "pk"))
    assert len(activities) == len(want) and {a.unit for a in activities} == {unit}
    if name == "college_2.pdf":  # IACET CEUs as printed, logged as contact hours (10 each, R-CMA-7)
        assert sorted(a.amount for a in activities) == sorted(Decimal(c["amount"]) * 10 for c in want)
        assert all("IACET CEU" in a.notes for a in activities)
    assert not any(a.verified_on_transcript for a in activities)


def test_a_transcript_uploaded_on_the_import_page_goes_to_the_inbox_to_be_read(
    client_in, user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_in.post(
            reverse("activity_import"),
            {"file": SimpleUploadedFile("t.pdf", (TUNE / "lms_1.pdf").read_bytes())},
        )
    draft = CertificateDraft.objects.get(owner=user)
    assert response.status_code == 302 and response["Location"] == reverse("draft_detail", args=[draft.pk])
    assert draft.state == CertificateDraft.State.READ and len(draft.transcript["courses"]) == 8


def test_another_persons_transcript_is_404(client, other_user, user, cma, django_capture_on_commit_callbacks):
    client.force_login(user)
    draft = _dropped(client, user, "lms_1.pdf", django_capture_on_commit_callbacks)
    client.force_login(other_user)
    assert client.get(reverse("activity_import_transcript", args=[draft.pk])).status_code == 404


def test_a_certificate_is_not_offered_as_a_transcript(client_in, user, django_capture_on_commit_callbacks):
    from tests.test_inbox import AAMA_CERTIFICATE

    with django_capture_on_commit_callbacks(execute=True):
        client_in.post(reverse("inbox"), {"files": [SimpleUploadedFile("c.pdf", AAMA_CERTIFICATE)]})
    draft = CertificateDraft.objects.get(owner=user)
    assert draft.transcript == {}
    assert client_in.get(reverse("activity_import_transcript", args=[draft.pk])).status_code == 404
    assert (
        "This is a transcript" not in client_in.get(reverse("draft_detail", args=[draft.pk])).content.decode()
    )
