"""Create, or reset, the demo person: a credential in every status the app shows, realistic CE over
the last five years, certificates on several activities (so the audit pack has certificate pages)
and a CPR/BLS card.

Dates are relative to today, so the statuses hold whatever day it runs:

- CMA (AAMA): expired at the end of the month before last, the CE route still open (grace), a
  few AAMA-approved points short, more non-AAMA points logged than count (R-CMA-5), and a
  planned course that would close the gap (R-CMA-9);
- CCMA (NHA): expires in about two months (expiring soon), every CE requirement met;
- RMA (AMT): current, a year into its three-year period, with the annual fee;
- CPR/BLS card: expired at the end of the month before last (R-BLS-1: no grace). The card still
  counts toward the CMA as approved points, but never appears on the AAMA transcript (R-CMA-11).
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from accounts.services import user_delete
from credentials import rules, services
from credentials.activity_input import ActivityInput
from credentials.models import ProgramChoice

DEMO_EMAIL = "demo@example.com"
DEMO_PASSWORD = "recert-demo-2026"
DEMO_NAME = "Dana Muñoz"

TEAL = colors.HexColor("#0b5d66")
NAVY = colors.HexColor("#1f3a5f")
CARD_RED = colors.HexColor("#c8102e")
# The CPR/BLS card was issued this many months ago: it expired at the end of the month before last.
CARD_MONTHS_AGO = 26


@dataclass(frozen=True)
class Course:
    title: str
    provider: str
    months_ago: int
    unit: str  # as printed on the certificate
    amount: str
    split: dict[str, str] = field(default_factory=dict)
    days_ahead: int = 0  # a planned course: this many days from today (months_ago 0)
    notes: str = ""
    # The certificate kept with it: "pdf" (as downloaded), "scan" (a PNG scan of the paper one),
    # "card" (a PNG of the wallet card), or "" for none.
    certificate: str = ""


COURSES = [
    Course("ICD-10-CM coding basics", "Clinic in-service", 52, "contact_hours", "3", {"administrative": "3"}),
    Course(
        "Medical law and ethics update",
        "AAMA e-Learning Center",
        44,
        "aama_ceus",
        "6",
        {"administrative": "6"},
        certificate="pdf",
    ),
    Course(
        "HIPAA privacy and security refresher",
        "AAMA e-Learning Center",
        38,
        "aama_ceus",
        "2",
        {"administrative": "2"},
    ),
    Course(
        "Phlebotomy best practices",
        "AAMA e-Learning Center",
        30,
        "aama_ceus",
        "5",
        {"clinical": "5"},
        certificate="pdf",
    ),
    # The card of the CPR/BLS credential below, now expired.
    Course(
        "BLS provider card",
        "American Heart Association",
        CARD_MONTHS_AGO,
        "cpr_card",
        "1",
        certificate="card",
    ),
    Course(
        "Vaccine storage and handling",
        "CDC TRAIN",
        26,
        "contact_hours",
        "3",
        {"clinical": "3"},
        certificate="scan",
        notes="Course description: keeping vaccines within their temperature range from delivery to "
        "administration: storage units, digital data loggers, temperature logs and what to do after "
        "a temperature excursion.",
    ),
    Course(
        "Communicating with patients who have limited English",
        "AAMA e-Learning Center",
        20,
        "aama_ceus",
        "4.5",
        {"general": "4.5"},
    ),
    Course(
        "Medical terminology (college course)",
        "Valley Community College",
        16,
        "college_credits",
        "1",
        {"general": "0.5", "administrative": "0.5"},
    ),
    Course(
        "Specimen collection and handling",
        "NHA CE library",
        9,
        "nha_credits",
        "3",
        {"clinical": "3"},
        certificate="pdf",
        notes="Course description: labelling, handling, transport and storage of blood, urine and swab "
        "specimens; rejection criteria; chain of custody.",
    ),
    Course(
        "Electrocardiography in the ambulatory clinic",
        "AAMA e-Learning Center",
        7,
        "aama_ceus",
        "6",
        {"clinical": "4", "general": "2"},
        certificate="pdf",
    ),
    Course("Patient safety and quality", "NHA CE library", 5, "nha_credits", "2", {"general": "2"}),
    # Under one hour and not AAMA-approved: logged, but it does not count toward the CMA (R-CMA-7).
    Course(
        "Lunch-and-learn: new EHR templates",
        "Clinic in-service",
        3,
        "contact_hours",
        "0.5",
        {"administrative": "0.5"},
    ),
    Course(
        "Infection control in outpatient care",
        "AAMA e-Learning Center",
        0,
        "aama_ceus",
        "3",
        {"clinical": "3"},
        days_ahead=21,
    ),
]


class Command(BaseCommand):
    help = "Create or reset the demo account (demo@example.com) with credentials and CE activities."

    def add_arguments(self, parser):
        parser.add_argument(
            "--print-login",
            action="store_true",
            help="Change nothing; print the demo login if the demo account exists with its password "
            "(scripts/serve.sh says it beside the address it serves).",
        )

    def handle(self, *args, print_login: bool = False, **options):
        if print_login:
            demo = get_user_model().objects.filter(email=DEMO_EMAIL, is_active=True).first()
            if demo is not None and demo.check_password(DEMO_PASSWORD):
                self.stdout.write(f"{DEMO_EMAIL} / {DEMO_PASSWORD}")
            return
        self.seed()
        # No address here: this command does not know where the app is served (make run prints it).
        self.stdout.write(
            self.style.SUCCESS(f"Demo account ready: log in as {DEMO_EMAIL} / {DEMO_PASSWORD}.")
        )

    @transaction.atomic
    def seed(self) -> None:
        today = timezone.localdate()
        User = get_user_model()
        for old in User.objects.filter(email=DEMO_EMAIL):
            user_delete(user=old)  # with the old demo's certificate files
        user = User.objects.create_user(
            DEMO_EMAIL, DEMO_PASSWORD, full_name=DEMO_NAME, timezone="America/New_York"
        )
        months = relativedelta
        credentials = [
            # (program, certified on, number)
            (ProgramChoice.CMA_AAMA, today - months(months=62), "CMA-0412345"),
            (ProgramChoice.CCMA_NHA, today - months(months=22), "NHA-77821"),
            (ProgramChoice.RMA_AMT, today - months(months=14), "AMT-5521907"),
        ]
        for program, certified_on, number in credentials:
            services.credential_create(
                owner=user, program=program, certified_on=certified_on, number=number, today=today
            )

        for course in COURSES:
            completed_on = today - months(months=course.months_ago) + timedelta(days=course.days_ahead)
            unit = rules.UNITS[course.unit]
            services.activity_create(
                owner=user,
                data=ActivityInput.of(
                    title=course.title,
                    provider=course.provider,
                    completed_on=completed_on,
                    unit=course.unit,
                    amount=Decimal(course.amount),
                    categories={c: Decimal(a) for c, a in course.split.items()},
                    notes=course.notes,
                    verified_on_transcript=unit.approved and unit.kind != rules.CPR and completed_on <= today,
                ),
                certificate=_certificate(course, completed_on, unit),
                confirmed=True,
                today=today,
            )
        # An expired card starts no card credential by itself (R-BLS-1): the person adds it, and
        # it is the card logged above (the same issue date), not a second one.
        services.credential_create(
            owner=user,
            program=ProgramChoice.BLS,
            certified_on=today - months(months=CARD_MONTHS_AGO),
            today=today,
        )


# --------------------------------------------------------------------------- certificates


def _certificate(course: Course, completed_on: date, unit: rules.Unit) -> SimpleUploadedFile | None:
    """The certificate file of ``course``, made here: a real PDF or PNG the upload checks accept."""
    if not course.certificate:
        return None
    slug = "-".join(course.title.lower().replace("(", "").replace(")", "").split()[:4])
    if course.certificate == "card":
        return SimpleUploadedFile(f"bls-card-{completed_on:%Y%m%d}.png", _png(_card_pdf(completed_on)))
    pdf = _certificate_pdf(course, completed_on, unit.quantity(Decimal(course.amount)))
    if course.certificate == "scan":
        return SimpleUploadedFile(f"scan-{slug}.png", _png(pdf, dpi=100))
    return SimpleUploadedFile(f"certificate-{slug}.pdf", pdf)


def _long_date(day: date) -> str:
    """As certificates print it ("March 4, 2025"): part of the picture, not the app's format."""
    return f"{day:%B} {day.day}, {day.year}"


def _centred(c: canvas.Canvas, text: str, font: str, size: float, y: float, width: float) -> None:
    while size > 8 and stringWidth(text, font, size) > width - 120:
        size -= 1
    c.setFont(font, size)
    c.drawCentredString(width / 2, y, text)


def _certificate_pdf(course: Course, completed_on: date, amount: str) -> bytes:
    buffer = io.BytesIO()
    width, height = landscape(letter)
    c = canvas.Canvas(buffer, pagesize=(width, height), invariant=True)
    c.setTitle(f"Certificate of completion: {course.title}")
    c.setAuthor(course.provider)
    c.setStrokeColor(TEAL)
    c.setLineWidth(7)
    c.rect(26, 26, width - 52, height - 52)
    c.setLineWidth(1)
    c.rect(38, 38, width - 76, height - 76)
    c.setFillColor(TEAL)
    _centred(c, course.provider.upper(), "Helvetica-Bold", 14, height - 96, width)
    c.setFillColor(colors.black)
    _centred(c, "Certificate of Completion", "Times-Bold", 36, height - 156, width)
    _centred(c, "This certifies that", "Helvetica", 13, height - 206, width)
    _centred(c, DEMO_NAME, "Times-BoldItalic", 30, height - 248, width)
    _centred(c, "has successfully completed", "Helvetica", 13, height - 288, width)
    _centred(c, course.title, "Helvetica-Bold", 20, height - 326, width)
    _centred(c, f"and is awarded {amount}.", "Helvetica", 13, height - 362, width)
    c.setFont("Helvetica", 11)
    c.drawString(90, 120, f"Date completed: {_long_date(completed_on)}")
    c.drawString(90, 102, f"Certificate no. {zlib.crc32(course.title.encode()) % 10**7:07d}")
    c.line(width - 290, 118, width - 90, 118)
    c.drawCentredString(width - 190, 102, "Director of Education")
    c.showPage()
    c.save()
    return buffer.getvalue()


def _card_pdf(issued_on: date) -> bytes:
    """A BLS provider eCard, 3.375 × 2.125 inches."""
    buffer = io.BytesIO()
    width, height = 243, 153
    renew_by = rules.month_end(rules.add_months(issued_on, 24))
    c = canvas.Canvas(buffer, pagesize=(width, height), invariant=True)
    c.setFillColor(CARD_RED)
    c.rect(0, height - 34, width, 34, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(12, height - 22, "BLS Provider")
    c.setFont("Helvetica", 7)
    c.drawRightString(width - 12, height - 21, "American Heart Association")
    c.setFillColor(NAVY)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(12, height - 56, DEMO_NAME)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7.5)
    c.drawString(12, height - 72, "has successfully completed the cognitive and skills")
    c.drawString(12, height - 82, "evaluations of the Basic Life Support (CPR and AED) course.")
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(12, 30, f"Issue date: {issued_on:%m/%d/%Y}")
    c.drawString(12, 18, f"Recommended renewal: {renew_by:%m/%Y}")
    c.setFont("Helvetica", 7)
    c.drawRightString(width - 12, 18, "eCard code 2F7K-9QX3")
    c.showPage()
    c.save()
    return buffer.getvalue()


def _png(pdf: bytes, *, dpi: int = 200) -> bytes:
    """The PDF's page drawn as a PNG, as a scan or a photo of the paper would be kept."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG", optimize=True)
    return out.getvalue()
