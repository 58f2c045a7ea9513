"""The CE summary and the audit pack: read back with pypdf, numbers checked against RULES.md."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.formats import date_format
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate

from credentials import pdf, rules, selectors, services
from credentials.pdf.fonts import FONT_BOLD, _register_fonts
from credentials.pdf.table import PAD_X, _Columns, _lines, _RowTable, _Run
from credentials.pdf.text import _date
from tests.conftest import TODAY

pytestmark = pytest.mark.django_db

HOLDER = "Ana Peña Müller"
GENERATED_AT = dt.datetime(2026, 11, 27, 9, 14, tzinfo=ZoneInfo("America/New_York"))
ACCENTED_TITLE = "Prévention des chutes: fall prevention"


# --------------------------------------------------------------------------- helpers


def pages_text(data: bytes) -> list[str]:
    """Each page's text with whitespace collapsed (wrapped lines join with one space)."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages]


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def progress_of(user, program: str = "cma-aama") -> selectors.CycleProgress:
    return {p.credential.program: p for p in selectors.dashboard_get(user=user, today=TODAY, fresh=True)}[
        program
    ]


def summary(progress) -> bytes:
    return pdf.summary_pdf(progress=progress, holder_name=HOLDER, generated_at=GENERATED_AT)


def audit_pack(progress) -> bytes:
    return pdf.audit_pack_pdf(progress=progress, holder_name=HOLDER, generated_at=GENERATED_AT)


def make_pdf(pages: int = 1, text: str = "Certificate of completion", size=letter) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=size)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 16)
        c.drawString(72, size[1] - 144, f"{text}, page {n}")
        c.showPage()
    c.save()
    return out.getvalue()


def make_image(fmt: str, size=(600, 800), mode: str = "RGB", orientation: int | None = None) -> bytes:
    out = io.BytesIO()
    image = Image.new(mode, size, (250, 245, 230, 128)[: len(mode)])
    if orientation is None:
        image.save(out, fmt)
    else:
        exif = Image.Exif()
        exif[0x0112] = orientation  # EXIF Orientation, as phone cameras write it
        image.save(out, fmt, exif=exif)
    return out.getvalue()


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


def _image_bytes(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(out, fmt)
    return out.getvalue()


PNG_OK = {"png": _image_bytes("PNG"), "jpg": _image_bytes("JPEG")}


def stored_as(activity, data: bytes) -> None:
    """Replace a stored certificate's bytes: a file stored before the upload checks, or damaged
    in storage since. The audit pack must still never raise."""
    storage, name = activity.certificate.storage, activity.certificate.name
    storage.delete(name)
    assert storage.save(name, ContentFile(data)) == name


@pytest.fixture
def realistic(user, cma, make_activity):
    """A CMA cycle (Nov 10, 2022 to Nov 30, 2027) with every kind of verdict."""
    make_activity(
        title="Medical law & ethics <update>",
        provider="AAMA e-Learning Center",
        amount="12.5",
        approved=True,
        categories={"administrative": "12.5"},
        completed_on=dt.date(2023, 6, 15),
        verified_on_transcript=True,
    )
    make_activity(
        title=ACCENTED_TITLE,
        provider="Hôpital Saint-Éloi",
        amount="10",
        approved=True,
        categories={"clinical": "10"},
        completed_on=dt.date(2024, 3, 5),
    )
    make_activity(
        title="BLS provider card", kind="cpr", amount="1", approved=True, completed_on=dt.date(2025, 2, 1)
    )
    make_activity(
        title="Medical terminology (college course)",
        provider="Valley Community College",
        kind="college",
        amount="1",
        categories={"general": "0.5", "administrative": "0.5"},
        completed_on=dt.date(2025, 9, 1),
    )
    make_activity(
        title="Lunch-and-learn: new EHR templates",
        amount="0.5",
        categories={"clinical": "0.5"},
        completed_on=dt.date(2025, 10, 1),
        confirmed=True,  # too short for the CMA, and the form said so (R-CMA-7)
    )
    make_activity(
        title="Vaccine storage & handling <CDC>",
        provider="CDC TRAIN",
        notes="Two-hour module on the vaccine cold chain.",
        amount="2",
        categories={"clinical": "2"},
        completed_on=dt.date(2025, 11, 1),
        certificate=upload("vaccines.png", make_image("PNG")),
    )
    make_activity(
        title="Old course from before this period",
        amount="4",
        approved=True,
        categories={"general": "4"},
        completed_on=dt.date(2022, 6, 1),
    )
    return progress_of(user)


# --------------------------------------------------------------------------- the summary


def test_summary_numbers_match_rules_and_progress(realistic):
    result = realistic.result
    # R-CMA-3/4/5/7/8/11 by hand: approved 12.5 admin + 10 clinical + 4 (CPR card, clinical) = 26.5;
    # non-approved: college 1 credit = 15 (7.5 general, 7.5 admin) + 2 clinical; the 0.5 is under
    # one contact hour and the 2022 course is before the cycle.
    assert result.counted_points == Decimal("43.5")
    assert result.approved_points == Decimal("26.5")
    assert result.category_points == {
        "administrative": Decimal(20),
        "clinical": Decimal(16),
        "general": Decimal("7.5"),
    }
    # Points left = max(60 - 43.5, 2.5 general short, 30 - 26.5) = 16.5 ("Points left", RULES.md).
    assert result.points_left == Decimal("16.5")
    assert result.status == rules.CURRENT
    assert result.days_left == 368  # 27 Nov 2026 to 30 Nov 2027

    text = " ".join(pages_text(summary(realistic)))
    assert HOLDER in text
    assert "CMA (AAMA)" in text and "No. 123456" in text
    assert "American Association of Medical Assistants" in text
    assert "Total points 60 43.5 Short by 16.5" in text
    assert "AAMA-approved minimum 30 26.5 Short by 3.5" in text
    assert "Administrative minimum 10 20 Met" in text
    assert "Clinical minimum 10 16 Met" in text
    assert "General minimum 10 7.5 Short by 2.5" in text
    assert "16.5 points left" in text
    assert result.gap_text.startswith("16.5 more points: ")
    by = rules.format_day(realistic.pace.target)
    assert realistic.gap_sentence == f"16.5 points left by {by}: {result.gap_text.split(': ', 1)[1]}."
    assert realistic.gap_sentence in text  # the dashboard's own sentence
    assert "at least 2.5 general, and at least 3.5 AAMA-approved (any category)" in result.gap_text
    assert "12.50" not in text and "43.50" not in text  # Decimals printed without trailing zeros


def test_summary_dates_status_and_timestamp(realistic):
    text = " ".join(pages_text(summary(realistic)))
    assert "PERIOD STARTED Nov 10, 2022" in text
    assert "EXPIRES Nov 30, 2027" in text
    assert "CE DEADLINE Feb 29, 2028" in text  # R-CMA-9: end of the month 3 months after expiry
    assert "CURRENT" in text
    # The status block reads the selector's sentences (dates as the dashboard writes them).
    assert realistic.countdown.startswith("368 days until it expires on ")
    assert f"Status on Nov 27, 2026: {realistic.countdown}" in text
    assert realistic.ce_route_text.startswith("After it expires you can still recertify by CE until ")
    assert realistic.ce_route_text in text
    assert "Generated Nov 27, 2026, 9:14 AM EST by Recert" in text


def test_summary_lists_every_activity_with_verdicts(realistic):
    text = " ".join(pages_text(summary(realistic)))
    assert ACCENTED_TITLE in text
    assert "Hôpital Saint-Éloi" in text
    assert "Medical law & ethics <update>" in text  # escaped for the layout, shown as typed
    before = next(v for v in realistic.verdicts if v.activity.title.startswith("Old course"))
    assert before.message.startswith("Does not count: it was earned before this recertification period")
    assert before.message in text  # the engine's words, as they are
    assert "must be at least 1 point (one contact hour)" in text
    assert "Administrative 0.5 General 0.5" in text  # the college course's split
    assert "Clinical (all CPR/BLS cards)" in text  # the category the rules fix for the kind
    # What each certificate states, in its own unit.
    assert "12.5 AAMA CEUs" in text and "1 college credit" in text and "1 CPR/BLS card" in text
    assert "0.5 contact hours" in text
    assert "Activities (7: 5 counted, 0 planned, 2 not counted)" in text
    assert "Certificate attached" in text


def test_summary_documentation_still_needed(realistic):
    text = " ".join(pages_text(summary(realistic)))
    section = text[text.index("Documentation still needed") :]
    # R-CMA-7: the college course counts, has no certificate and no description.
    assert re.search(
        r"Medical terminology \(college course\) Sep 1, 2025 Missing: proof of completion "
        r"\(attach the certificate\); a course description \(add it to the notes\)\.",
        section,
    )
    assert "Vaccine storage & handling <CDC> Nov 1, 2025 Nothing: all documentation is on file." in section
    # Approved activities and ones that do not count need nothing.
    assert ACCENTED_TITLE not in section
    assert "Lunch-and-learn" not in section


def test_summary_page_numbers_and_embedded_font(realistic):
    data = summary(realistic)
    texts = pages_text(data)
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
    fonts = [
        font.get_object()
        for page in PdfReader(io.BytesIO(data)).pages
        for font in page["/Resources"]["/Font"].values()
    ]
    # Only Bitstream Vera from the reportlab package, embedded as TrueType: no unembedded Helvetica.
    assert fonts
    for font in fonts:
        assert "BitstreamVeraSans" in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"]
    assert data.startswith(b"%PDF-")
    assert pdf.CONTENT_TYPE == "application/pdf"


def test_summary_is_letter_size(realistic):
    page = PdfReader(io.BytesIO(summary(realistic))).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == letter


def test_long_title_wraps_and_missing_glyphs_degrade(user, cma, make_activity):
    long_word = "https://example.org/" + "q" * 150
    make_activity(title=long_word, approved=True, completed_on=dt.date(2025, 1, 1))
    make_activity(title="Erdős method for triage", approved=True, completed_on=dt.date(2025, 2, 1))
    text = " ".join(pages_text(summary(progress_of(user))))
    # One unbroken 170-character word is broken across lines inside its column, nothing lost.
    assert long_word not in text
    assert long_word in text.replace(" ", "")
    assert "Erdos method for triage" in text  # ő is not in the font: shown without the accent


def test_custom_program(user, make_activity):
    services.credential_create(
        owner=user,
        program="custom",
        custom_name="NCMA (NCCT)",
        custom_body="National Center for Competency Testing",
        custom_cycle_months=12,
        custom_points_needed=Decimal("14"),
        certified_on=dt.date(2026, 1, 15),
        today=TODAY,
    )
    make_activity(title="Infection control", amount="3.25", categories={}, completed_on=dt.date(2026, 2, 1))
    progress = progress_of(user, "custom")
    assert progress.result.points_left == Decimal("10.75")
    text = " ".join(pages_text(summary(progress)))
    assert "NCMA (NCCT) · National Center for Competency Testing" in text
    assert "Total CE credits 14 3.25 Short by 10.75" in text
    assert "EXPIRES Jan 15, 2027" in text


@pytest.mark.parametrize(
    ("certified_on", "status", "badge", "words"),
    [
        (dt.date(2022, 1, 10), rules.EXPIRING, "EXPIRING SOON", ["65 days until it expires on "]),
        (
            dt.date(2021, 8, 15),
            rules.GRACE,
            "EXPIRED — CE ROUTE STILL OPEN",
            ["88 days ago", "You may not use the credential until you recertify.", "3 days left"],
        ),
        (
            dt.date(2021, 5, 3),
            rules.LAPSED,
            "EXPIRED",
            ["180 days ago", "You can recertify only by passing the exam, plus a reactivation fee"],
        ),
    ],
)
def test_status_words(user, certified_on, status, badge, words):
    services.credential_create(owner=user, program="cma-aama", certified_on=certified_on, today=TODAY)
    progress = progress_of(user)
    assert progress.result.status == status
    text = " ".join(pages_text(summary(progress)))
    assert badge in text  # the status label, never the internal word ("GRACE", "LAPSED")
    assert status.upper() not in text.replace("EXPIRING SOON", "")
    # The status block is made of the selector's sentences, word for word.
    for sentence in (progress.countdown, progress.ce_route_text, progress.closed_route_text):
        assert sentence in text
    for part in words:
        assert part in text
    assert "No activities logged yet." in text


def test_closed_cycle_says_recertified(user, cma, make_activity):
    make_activity(title="Before recertifying", amount="5", approved=True, completed_on=dt.date(2026, 2, 1))
    make_activity(title="After recertifying", amount="7", approved=True, completed_on=dt.date(2026, 3, 1))
    old = cma.cycles.get()
    services.cycle_recertify(cycle=old, recertified_on=dt.date(2026, 3, 1), route="exam", today=TODAY)
    old.refresh_from_db()
    progress = selectors.cycle_progress_get(cycle=old, today=TODAY)
    assert progress.result.counted_points == Decimal(5)
    text = " ".join(pages_text(summary(progress)))
    assert "RECERTIFIED" in text
    assert progress.countdown in text
    assert "RECERTIFIED ON Mar 1, 2026" in text and "RECERTIFIED BY Exam" in text
    assert "Total points 60 5 Short by 55" in text
    assert "Not every CE requirement was met" in text
    assert "Before recertifying" in text
    assert "After recertifying" not in text


def test_program_without_categories(user, ccma, make_activity):
    make_activity(title="Wound care basics", amount="4", completed_on=dt.date(2025, 6, 1))
    progress = progress_of(user, "ccma-nha")
    assert progress.result.category_points == {}
    # R-CCMA-2: 4 contact hours are 2 NHA CE credits.
    assert progress.result.counted_points == Decimal(2)
    text = " ".join(pages_text(summary(progress)))
    assert "National Healthcareer Association" in text
    assert "Total CE credits 10 2 Short by 8" in text
    assert "8 CE credits left" in text
    # Logged in the certificate's unit, beside what the credential counts, with the conversion.
    assert "4 contact hours" in text
    assert "2 CE credits Counts 2 CE credits (2 contact hours = 1 NHA CE credit)." in text
    assert "Categories" not in text and "minimum" not in text
    assert "AAMA" not in text
    assert "Documentation still needed" not in text
    assert "EXPIRES Mar 1, 2027" in text


def test_program_without_ce(user, make_activity):
    services.credential_create(owner=user, program="bls", certified_on=dt.date(2025, 5, 10), today=TODAY)
    make_activity(title="Some CE", amount="3", categories={}, completed_on=dt.date(2025, 6, 1))
    progress = progress_of(user, "bls")
    data = summary(progress)
    text = " ".join(pages_text(data))
    # R-BLS-1: renew by the end of the month 24 months after issue.
    assert "The CPR/BLS card needs no continuing education: renew it by May 31, 2027." in text
    assert "CE DEADLINE" not in text
    logged = len(progress.verdicts)  # "Some CE", and the card itself when it is logged as an activity
    assert logged >= 1
    listed = "1 logged CE activity is not listed" if logged == 1 else f"{logged} logged CE activities are not"
    assert f"Your {listed}" in text
    assert "Some CE" not in text and "points left" not in text
    assert "I attest" not in text  # nothing to attest
    assert page_count(data) == 1
    assert page_count(audit_pack(progress)) == 1


def test_summary_with_500_activities_repeats_header(user, cma, make_activity):
    for i in range(500):
        make_activity(
            title=f"Course {i:03d}",
            amount="1",
            approved=True,
            completed_on=dt.date(2023, 1, 1) + dt.timedelta(days=i),
        )
    progress = progress_of(user)
    assert progress.result.counted_points == Decimal(500)
    texts = pages_text(summary(progress))
    total = len(texts)
    assert total > 5
    activity_pages = [n for n, text in enumerate(texts) if "Course " in text]
    # The long table starts on the first page under its heading (not pushed whole to page 2) and
    # runs on without gaps; only the attestation may need a page of its own after it.
    assert activity_pages[0] == 0
    assert len(activity_pages) >= total - 2
    assert activity_pages == list(range(activity_pages[0], activity_pages[-1] + 1))
    for n in activity_pages:
        assert "Title / provider" in texts[n]
        assert "Logged" in texts[n] and "Counts" in texts[n]
    assert "Course 499" in texts[activity_pages[-1]]
    assert "Course 000" in texts[activity_pages[0]]
    joined = " ".join(texts)
    assert all(f"Course {i:03d}" in joined for i in range(500))
    assert "Activities (500: 500 counted, 0 planned, 0 not counted)" in joined
    assert f"Page {total} of {total}" in texts[-1]
    assert "Nothing: every activity that counts is AAMA-approved." in joined
    assert "I attest" in texts[-1] and "Signature" in texts[-1]


def test_filename_has_the_credential_number(realistic):
    assert pdf.pdf_filename(progress=realistic, generated_at=GENERATED_AT) == (
        "recert-cma-aama-123456-summary-2026-11-27.pdf"
    )
    assert pdf.pdf_filename(progress=realistic, generated_at=GENERATED_AT, audit_pack=True) == (
        "recert-cma-aama-123456-audit-pack-2026-11-27.pdf"
    )


def test_filename_without_a_number_and_with_an_odd_one(user, ccma):
    progress = progress_of(user, "ccma-nha")
    assert pdf.pdf_filename(progress=progress, generated_at=GENERATED_AT) == (
        "recert-ccma-nha-summary-2026-11-27.pdf"
    )
    progress.credential.number = "Nº 12 34/Á"  # as typed from a card: slugified, ASCII only
    name = pdf.pdf_filename(progress=progress, generated_at=GENERATED_AT)
    assert name.isascii() and " " not in name and "/" not in name
    assert name.startswith("recert-ccma-nha-") and "12-34" in name
    assert name.endswith("-summary-2026-11-27.pdf")


# --------------------------------------------------------------------------- the three parts


@pytest.fixture
def three_groups(user, cma, make_activity):
    """One activity of each kind of verdict, logged out of date order."""
    make_activity(
        title="Too short to count",
        unit="contact_hours",
        amount="0.5",
        categories={"clinical": "0.5"},
        completed_on=dt.date(2025, 7, 1),
        confirmed=True,
    )
    make_activity(
        title="Planned after the deadline",
        unit="aama_ceus",
        amount="2",
        categories={"general": "2"},
        completed_on=dt.date(2028, 5, 1),
        confirmed=True,
    )
    make_activity(
        title="Planned phlebotomy refresher",
        unit="contact_hours",
        amount="3",
        categories={"general": "3"},
        completed_on=dt.date(2027, 3, 1),
    )
    make_activity(
        title="Counted infection control",
        unit="aama_ceus",
        amount="10",
        categories={"clinical": "10"},
        completed_on=dt.date(2025, 6, 1),
    )
    return progress_of(user)


COUNTED_HEADING = "Counted toward this recertification period"
PLANNED_HEADING = "Planned (will count once completed)"
NOT_COUNTED_HEADING = "Not counted"


def sections(text: str) -> dict[str, str]:
    """The summary's text cut at the three headings (the last part ends at the next section)."""
    counted = text.index(COUNTED_HEADING)
    planned = text.index(PLANNED_HEADING, counted)
    not_counted = text.index(NOT_COUNTED_HEADING + " ", planned)
    end = text.index("Documentation still needed", not_counted)
    return {
        selectors.COUNTED: text[counted:planned],
        selectors.PLANNED: text[planned:not_counted],
        selectors.NOT_COUNTED: text[not_counted:end],
    }


def test_summary_lists_counted_planned_and_not_counted_apart(three_groups):
    groups = {v.activity.title: v.group for v in three_groups.verdicts}
    assert groups == {
        "Counted infection control": selectors.COUNTED,
        "Planned phlebotomy refresher": selectors.PLANNED,
        "Too short to count": selectors.NOT_COUNTED,
        # Planned, but it will never count: it belongs with the ones that do not count.
        "Planned after the deadline": selectors.NOT_COUNTED,
    }
    text = " ".join(pages_text(summary(three_groups)))
    assert "Activities (4: 1 counted, 1 planned, 2 not counted)" in text
    parts = sections(text)
    for title, group in groups.items():
        assert title in parts[group], (title, group)
        for other, part in parts.items():
            if other != group:
                assert title not in part
    # Numbered down the page, unique across the parts: counted, then planned, then not counted.
    assert "1 Jun 1, 2025 Counted infection control" in parts[selectors.COUNTED]
    assert "2 Mar 1, 2027 Planned phlebotomy refresher" in parts[selectors.PLANNED]
    assert "3 Jul 1, 2025 Too short to count" in parts[selectors.NOT_COUNTED]
    assert "4 May 1, 2028 Planned after the deadline" in parts[selectors.NOT_COUNTED]
    # What the certificate states, beside what the credential counts, then the engine's words.
    assert "10 AAMA CEUs" in parts[selectors.COUNTED]
    assert "10 points Counts 10 points." in parts[selectors.COUNTED]
    assert "3 contact hours" in parts[selectors.PLANNED]
    assert "3 points Planned: will count 3 points once it has happened." in parts[selectors.PLANNED]
    assert "0.5 contact hours" in parts[selectors.NOT_COUNTED]
    never = three_groups.by_activity[
        next(v.activity.pk for v in three_groups.verdicts if v.activity.title == "Planned after the deadline")
    ]
    assert never.message.startswith("Will not count:")
    assert never.message in parts[selectors.NOT_COUNTED]
    # The documentation list refers to the same numbers.
    documentation = text[text.index("Documentation still needed") :]
    assert "2 Planned phlebotomy refresher Mar 1, 2027 Missing:" in documentation


def test_empty_parts_say_none(realistic):
    text = " ".join(pages_text(summary(realistic)))
    assert f"{PLANNED_HEADING} None." in text
    assert COUNTED_HEADING in text and f"{NOT_COUNTED_HEADING} # Date" in text


def test_summary_ends_with_an_attestation_on_one_page(three_groups):
    texts = pages_text(summary(three_groups))
    page = next(text for text in texts if "I attest" in text)
    assert page is texts[-1]
    assert (
        "I attest that the continuing education listed above was completed as stated and that the "
        "certificates are genuine." in page
    )
    assert "Planned activities have not happened yet and are not part of this statement." in page
    signing = page[page.index("I attest") :]
    assert f"Name {HOLDER} Date Signature" in signing  # the name filled in, the rest left to write


def test_attestation_without_planned_activities(realistic):
    text = " ".join(pages_text(summary(realistic)))
    assert "I attest that the continuing education listed above" in text
    assert "Planned activities have not happened yet" not in text


def test_metadata_names_the_credential_and_its_number(realistic):
    for build, document in ((summary, "CE summary"), (audit_pack, "Audit pack")):
        metadata = PdfReader(io.BytesIO(build(realistic))).metadata
        assert metadata.title == f"{document}: CMA (AAMA) #123456 — {HOLDER}"
        assert metadata.author == HOLDER
        assert metadata.subject == (
            "Continuing education for the recertification period Nov 10, 2022 to Nov 30, 2027"
        )


def test_no_cycle_in_what_people_read(realistic, user, ccma, make_activity):
    make_activity(
        title="Planned refresher",
        amount="2",
        categories={"clinical": "2"},
        completed_on=dt.date(2027, 1, 5),
    )
    for progress in (progress_of(user), progress_of(user, "ccma-nha")):
        text = " ".join(pages_text(summary(progress)))
        assert "cycle" not in text.lower()
        metadata = PdfReader(io.BytesIO(summary(progress))).metadata
        assert "cycle" not in metadata.title.lower() and "cycle" not in metadata.subject.lower()


def test_no_ce_deadline_for_a_program_without_one(user, make_activity):
    # R-CCMA-1: no CE after expiry. Lapsed, with CE after the expiry and some planned.
    services.credential_create(owner=user, program="ccma-nha", certified_on=dt.date(2024, 1, 15), today=TODAY)
    make_activity(title="Counted", amount="4", completed_on=dt.date(2025, 6, 1))
    make_activity(
        title="After expiry", unit="nha_credits", amount="2", completed_on=dt.date(2026, 6, 1), confirmed=True
    )
    make_activity(
        title="Planned", unit="nha_credits", amount="2", completed_on=dt.date(2027, 1, 5), confirmed=True
    )
    progress = progress_of(user, "ccma-nha")
    assert progress.result.status == rules.LAPSED
    assert not progress.program.has_ce_deadline
    text = " ".join(pages_text(summary(progress)))
    assert "deadline" not in text.lower()
    assert "After expiry" in text and "EXPIRES Jan 15, 2026" in text
    assert progress.closed_route_text and progress.closed_route_text in text  # what to do now
    for word in ("AAMA", "CPR", "R-C"):
        assert word not in text


# --------------------------------------------------------------------------- the audit pack


def test_audit_pack_has_summary_then_every_certificate_page(user, cma, make_activity):
    make_activity(
        title="Phlébotomie basics",
        approved=True,
        completed_on=dt.date(2024, 1, 10),
        certificate=upload("one.pdf", make_pdf(1, "Phlebotomy certificate")),
    )
    make_activity(
        title="Two-page course",
        approved=True,
        completed_on=dt.date(2024, 2, 10),
        certificate=upload("two.pdf", make_pdf(2, "Two-page certificate", size=landscape(A4))),
    )
    make_activity(
        title="Scanned PNG",
        approved=True,
        completed_on=dt.date(2024, 3, 10),
        certificate=upload("scan.png", make_image("PNG", mode="RGBA")),
    )
    make_activity(
        title="Phone photo",
        approved=True,
        completed_on=dt.date(2024, 4, 10),
        certificate=upload("photo.jpg", make_image("JPEG", size=(1200, 900))),
    )
    make_activity(
        title="Course before the cycle",
        approved=True,
        completed_on=dt.date(2021, 4, 10),
        certificate=upload("old.pdf", make_pdf(1)),
    )
    progress = progress_of(user)
    summary_pages = page_count(summary(progress))
    data = audit_pack(progress)
    texts = pages_text(data)
    total = summary_pages + 3 + 2  # 1 + 2 PDF pages, 2 images
    assert len(texts) == total
    certificate_pages = texts[summary_pages:]
    assert "Certificate for: Phlébotomie basics — Jan 10, 2024" in certificate_pages[0]
    assert "Activity #1 · counts 5 points" in certificate_pages[0]
    assert "Phlebotomy certificate, page 1" in certificate_pages[0]
    assert "Certificate for: Two-page course — Feb 10, 2024" in certificate_pages[1]
    assert "Two-page certificate, page 2" in certificate_pages[2]
    assert "Certificate for: Two-page course — Feb 10, 2024" in certificate_pages[2]
    assert "Certificate for: Scanned PNG — Mar 10, 2024" in certificate_pages[3]
    assert "Certificate for: Phone photo — Apr 10, 2024" in certificate_pages[4]
    assert "Course before the cycle" not in " ".join(certificate_pages)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
    # The certificate keeps its page size; images get a page of their own, landscape when wide.
    reader = PdfReader(io.BytesIO(data))
    two_page = reader.pages[summary_pages + 1]
    assert (round(float(two_page.mediabox.width)), round(float(two_page.mediabox.height))) == (842, 595)
    photo = reader.pages[summary_pages + 4]
    assert (float(photo.mediabox.width), float(photo.mediabox.height)) == landscape(letter)
    assert photo["/Resources"]["/XObject"]  # the image is drawn


def test_photo_is_turned_upright_from_its_exif_orientation(user, cma, make_activity):
    make_activity(
        title="Photo taken sideways",
        approved=True,
        completed_on=dt.date(2024, 5, 10),
        certificate=upload("sideways.jpg", make_image("JPEG", size=(1200, 900), orientation=6)),
    )
    page = PdfReader(io.BytesIO(audit_pack(progress_of(user)))).pages[-1]
    # Stored 1200 x 900 with "rotate 90": shown 900 x 1200, so it gets a portrait page.
    assert (float(page.mediabox.width), float(page.mediabox.height)) == letter
    assert "Certificate for: Photo taken sideways — May 10, 2024" in " ".join(page.extract_text().split())


def encrypted_pdf(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(1, "Locked certificate"))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        (
            "broken.pdf",
            b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage without end",
            "the PDF file is damaged or incomplete. Attach the original file again.",
        ),
        ("locked.pdf", None, "the PDF is password-protected. Attach a copy without a password."),
        ("broken.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "the image file is damaged or incomplete"),
        ("broken.jpg", b"\xff\xd8\xff\xe0" + b"JFIF" * 10, "the image file is damaged or incomplete"),
    ],
    ids=["corrupt-pdf", "password-protected-pdf", "broken-png", "broken-jpeg"],
)
def test_unreadable_certificate_gets_a_page_not_an_exception(user, cma, make_activity, name, data, reason):
    stored_as(
        make_activity(
            title="Ética médica",
            approved=True,
            completed_on=dt.date(2024, 5, 5),
            certificate=upload(name, make_pdf(1) if name.endswith(".pdf") else PNG_OK[name.rsplit(".")[1]]),
        ),
        data if data is not None else encrypted_pdf("secret"),
    )
    make_activity(
        title="Good one",
        approved=True,
        completed_on=dt.date(2024, 6, 6),
        certificate=upload("good.pdf", make_pdf(1, "Good certificate")),
    )
    progress = progress_of(user)
    summary_pages = page_count(summary(progress))
    texts = pages_text(audit_pack(progress))
    assert len(texts) == summary_pages + 1 + 1
    assert f"Certificate for Ética médica could not be included: {reason}" in texts[summary_pages]
    assert "Good certificate, page 1" in texts[summary_pages + 1]


def test_pdf_with_only_an_owner_password_is_included(user, cma, make_activity):
    make_activity(
        title="Restricted but readable",
        approved=True,
        completed_on=dt.date(2024, 5, 5),
        certificate=upload("restricted.pdf", encrypted_pdf("")),
    )
    progress = progress_of(user)
    texts = pages_text(audit_pack(progress))
    assert "Locked certificate, page 1" in texts[-1]
    assert "could not be included" not in texts[-1]


def test_certificate_missing_from_storage(user, cma, make_activity):
    activity = make_activity(
        title="Lost file",
        approved=True,
        completed_on=dt.date(2024, 5, 5),
        certificate=upload("lost.pdf", make_pdf(1)),
    )
    activity.certificate.storage.delete(activity.certificate.name)
    texts = pages_text(audit_pack(progress_of(user)))
    assert "Certificate for Lost file could not be included: the file is missing from storage." in texts[-1]


def test_rotated_certificate_page_is_upright_and_labelled(user, cma, make_activity):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(1, "Rotated certificate"))))
    writer.pages[0].rotate(90)
    out = io.BytesIO()
    writer.write(out)
    make_activity(
        title="Rotated scan",
        approved=True,
        completed_on=dt.date(2024, 5, 5),
        certificate=upload("rotated.pdf", out.getvalue()),
    )
    reader = PdfReader(io.BytesIO(audit_pack(progress_of(user))))
    page = reader.pages[-1]
    assert page.rotation == 0
    assert (float(page.mediabox.width), float(page.mediabox.height)) == landscape(letter)
    text = " ".join(page.extract_text().split())
    assert "Certificate for: Rotated scan — May 5, 2024" in text
    assert "Rotated certificate, page 1" in text


# --------------------------------------------------------------------------- the activity table

TABLE_WIDTHS = (30, 260, 60)


def row_table(titles: list[str]) -> _RowTable:
    """A three-column ``_RowTable``: the row's number (right-aligned), its title wrapped to the
    column, and an amount."""
    _register_fonts()
    columns = _Columns(
        header=tuple(_lines([_Run(text, FONT_BOLD, 6.5)]) for text in ("#", "Title / provider", "Logged")),
        widths=TABLE_WIDTHS,
        header_leading=8,
        leading=8.8,
        right=frozenset({0}),
    )
    rows = [
        columns.row(
            [
                _lines([_Run(str(number))]),
                _lines([_Run(title)], TABLE_WIDTHS[1] - 2 * PAD_X),
                _lines([_Run("2.5 contact hours")], TABLE_WIDTHS[2] - 2 * PAD_X),
            ]
        )
        for number, title in enumerate(titles, start=1)
    ]
    return _RowTable(columns, rows)


def long_title(number: int, words: int) -> str:
    """A title whose every word names its row (``r007w3``), so a row cut across pages shows."""
    return " ".join(f"r{number:03d}w{word}" for word in range(words))


def test_row_table_splits_between_rows_and_repeats_its_header():
    titles = [long_title(n, 5 + (n * 7) % 40) for n in range(1, 201)]  # rows of 1 to 6 lines
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter, invariant=True).build([row_table(titles)])
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]
    assert len(pages) > 3
    for text in pages:  # the header once at the top of every page
        assert text.count("Title / provider") == 1
        assert text.index("Title / provider") < text.index("r")
    page_of = {}
    for number, page in enumerate(pages):
        for word in re.findall(r"r\d{3}w\d+", page):
            assert word not in page_of, f"{word} printed twice"
            page_of[word] = number
    for n, title in enumerate(titles, start=1):
        words = title.split()
        assert all(word in page_of for word in words), f"row {n} lost words"
        assert {page_of[word] for word in words} == {page_of[words[0]]}, f"row {n} split across pages"
    assert [page_of[title.split()[0]] for title in titles] == sorted(page_of[t.split()[0]] for t in titles)


def test_row_table_split_keeps_whole_rows_and_marks_the_rest_continued():
    table = row_table([long_title(n, 3 * n) for n in range(1, 9)])
    header, heights = table.columns.header_height, [row.height for row in table.rows]
    assert len(set(heights)) > 1
    assert table.wrap(500, 10) == (sum(TABLE_WIDTHS), header + sum(heights))

    first, rest = table.split(500, header + sum(heights[:3]) + heights[3] - 0.5)
    assert first.rows == table.rows[:3] and rest.rows == table.rows[3:]
    assert not first.continued and rest.continued
    assert first.wrap(500, 10)[1] == header + sum(heights[:3])
    assert rest.wrap(500, 10)[1] == header + sum(heights[3:])
    assert rest.split(500, header + heights[3])[0].rows == [table.rows[3]]

    assert table.split(500, header + heights[0] - 0.5) == []  # not even one row: the next page
    assert table.split(500, header + sum(heights)) == [table]


def test_summary_lists_each_activity_once_with_its_title_wrapped_not_cut(user, cma, make_activity):
    title = "Infection control " + " ".join(f"part{i:02d}" for i in range(24))  # 185 characters
    make_activity(title=title, approved=True, completed_on=dt.date(2024, 3, 3))
    for i in range(150):  # two parts (counted, not counted: earned before the period), many pages
        make_activity(
            title=f"Course {i:03d} on wound care and dressing changes for the medical assistant",
            provider="Valley Community College",
            approved=True,
            completed_on=dt.date(2021, 12, 1) + dt.timedelta(days=9 * i),
        )
    data = summary(progress_of(user))
    texts = pages_text(data)
    joined = " ".join(texts)
    assert "Activities (151: " in joined and "not counted" in joined
    for i in range(150):
        assert joined.count(f"Course {i:03d} on wound") == 1
    # The long title: every word, in order, once, over several lines of its column.
    assert joined.count(title) == 1
    raw = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert title not in raw
    assert len([line for line in raw.splitlines() if re.search(r"part\d\d", line)]) >= 4
    activity_pages = [text for text in texts if "Course " in text]
    assert len(activity_pages) > 4
    for text in activity_pages:  # the header above the first row of every page
        assert "Title / provider" in text
        assert text.index("Title / provider") < text.index("Course ")


def test_summary_is_reproducible_and_its_streams_binary(realistic):
    data = summary(realistic)
    assert summary(realistic) == data
    assert b"/FlateDecode" in data
    assert b"/ASCII85Decode" not in data


@pytest.mark.parametrize(("locale", "christmas"), [("en-us", "Dec 25, 2023"), ("en-gb", "25 Dec 2023")])
def test_dates_read_as_the_pages_print_them(locale, christmas):
    """One style everywhere (issue 15): the PDF writes a date as the person's pages do."""
    with translation.override(locale):
        assert _date(dt.date(2023, 12, 25)) == christmas
        day = dt.date(2023, 12, 25)
        for _ in range(800):
            assert _date(day) == date_format(day)
            day += dt.timedelta(days=1)
    assert _date(None) == ""
