"""Create, or reset, the demo person with a CMA (AAMA), a CCMA (NHA) and realistic CE."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from credentials import services
from credentials.models import Kind, ProgramChoice

DEMO_EMAIL = "demo@example.com"
DEMO_PASSWORD = "recert-demo-2026"


class Command(BaseCommand):
    help = "Create or reset the demo account (demo@example.com) with credentials and CE activities."

    @transaction.atomic
    def handle(self, *args, **options):
        today = timezone.localdate()
        User = get_user_model()
        User.objects.filter(email=DEMO_EMAIL).delete()
        user = User.objects.create_user(
            DEMO_EMAIL, DEMO_PASSWORD, full_name="Dana Muñoz", timezone="America/New_York"
        )
        cma_start = today - relativedelta(years=4, months=1)
        services.credential_create(
            owner=user,
            program=ProgramChoice.CMA_AAMA,
            certified_on=cma_start,
            number="CMA-0412345",
            today=today,
        )
        services.credential_create(
            owner=user,
            program=ProgramChoice.CCMA_NHA,
            certified_on=today - relativedelta(months=22),
            number="NHA-77821",
            today=today,
        )

        def ago(months: int, days: int = 0):
            return today - relativedelta(months=months) - timedelta(days=days)

        activities = [
            # (title, provider, date, kind, amount, approved, split)
            (
                "Medical law and ethics update",
                "AAMA e-Learning Center",
                ago(44),
                Kind.CE,
                "6",
                True,
                {"administrative": "6"},
            ),
            (
                "HIPAA privacy and security refresher",
                "AAMA e-Learning Center",
                ago(38),
                Kind.CE,
                "4",
                True,
                {"administrative": "4"},
            ),
            (
                "Phlebotomy best practices",
                "AAMA e-Learning Center",
                ago(30),
                Kind.CE,
                "5",
                True,
                {"clinical": "5"},
            ),
            ("Vaccine storage and handling", "CDC TRAIN", ago(26), Kind.CE, "3", False, {"clinical": "3"}),
            (
                "Communicating with patients who have limited English",
                "AAMA e-Learning Center",
                ago(20),
                Kind.CE,
                "4.5",
                True,
                {"general": "4.5"},
            ),
            (
                "Medical terminology (college course)",
                "Valley Community College",
                ago(16),
                Kind.COLLEGE,
                "1",
                False,
                {"general": "0.5", "administrative": "0.5"},
            ),
            ("BLS provider card", "American Heart Association", ago(11), Kind.CPR, "1", True, {}),
            (
                "Electrocardiography in the ambulatory clinic",
                "AAMA e-Learning Center",
                ago(7),
                Kind.CE,
                "6",
                True,
                {"clinical": "4", "general": "2"},
            ),
            (
                "Lunch-and-learn: new EHR templates",
                "Clinic in-service",
                ago(3),
                Kind.CE,
                "0.5",
                False,
                {"administrative": "0.5"},
            ),
            (
                "Infection control in outpatient care",
                "AAMA e-Learning Center",
                today + timedelta(days=21),
                Kind.CE,
                "3",
                True,
                {"clinical": "3"},
            ),
        ]
        for title, provider, completed_on, kind, amount, approved, split in activities:
            services.activity_create(
                owner=user,
                title=title,
                provider=provider,
                completed_on=completed_on,
                kind=kind,
                amount=Decimal(amount),
                approved=approved,
                categories={c: Decimal(a) for c, a in split.items()},
                verified_on_transcript=approved and completed_on <= today,
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo account ready. Log in at http://127.0.0.1:8000/accounts/login/ "
                f"with {DEMO_EMAIL} / {DEMO_PASSWORD}"
            )
        )
