"""Create, or reset, the demo person with a CMA (AAMA), a CCMA (NHA) and realistic CE."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from credentials import rules, services
from credentials.models import ProgramChoice
from recert.services import user_delete

DEMO_EMAIL = "demo@example.com"
DEMO_PASSWORD = "recert-demo-2026"


class Command(BaseCommand):
    help = "Create or reset the demo account (demo@example.com) with credentials and CE activities."

    @transaction.atomic
    def handle(self, *args, **options):
        today = timezone.localdate()
        User = get_user_model()
        for old in User.objects.filter(email=DEMO_EMAIL):
            user_delete(user=old)  # with the old demo's certificate files
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
            # (title, provider, date, unit as printed on the certificate, amount, split)
            (
                "Medical law and ethics update",
                "AAMA e-Learning Center",
                ago(44),
                "aama_ceus",
                "6",
                {"administrative": "6"},
            ),
            (
                "HIPAA privacy and security refresher",
                "AAMA e-Learning Center",
                ago(38),
                "aama_ceus",
                "4",
                {"administrative": "4"},
            ),
            (
                "Phlebotomy best practices",
                "AAMA e-Learning Center",
                ago(30),
                "aama_ceus",
                "5",
                {"clinical": "5"},
            ),
            ("Vaccine storage and handling", "CDC TRAIN", ago(26), "contact_hours", "3", {"clinical": "3"}),
            (
                "Communicating with patients who have limited English",
                "AAMA e-Learning Center",
                ago(20),
                "aama_ceus",
                "4.5",
                {"general": "4.5"},
            ),
            (
                "Medical terminology (college course)",
                "Valley Community College",
                ago(16),
                "college_credits",
                "1",
                {"general": "0.5", "administrative": "0.5"},
            ),
            ("BLS provider card", "American Heart Association", ago(11), "cpr_card", "1", {}),
            (
                "Electrocardiography in the ambulatory clinic",
                "AAMA e-Learning Center",
                ago(7),
                "aama_ceus",
                "6",
                {"clinical": "4", "general": "2"},
            ),
            (
                "Lunch-and-learn: new EHR templates",
                "Clinic in-service",
                ago(3),
                "contact_hours",
                "0.5",
                {"administrative": "0.5"},
            ),
            (
                "Infection control in outpatient care",
                "AAMA e-Learning Center",
                today + timedelta(days=21),
                "aama_ceus",
                "3",
                {"clinical": "3"},
            ),
        ]
        activities.append(
            ("Patient safety and quality", "NHA CE library", ago(5), "nha_credits", "2", {"general": "2"})
        )
        for title, provider, completed_on, unit, amount, split in activities:
            services.activity_create(
                owner=user,
                title=title,
                provider=provider,
                completed_on=completed_on,
                unit=unit,
                amount=Decimal(amount),
                categories={c: Decimal(a) for c, a in split.items()},
                # Only AAMA CEUs appear on the AAMA transcript; cards never do (R-CMA-14).
                verified_on_transcript=rules.UNITS[unit].approved and completed_on <= today,
                confirmed=True,
                today=today,
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo account ready. Log in at http://127.0.0.1:8000/accounts/login/ "
                f"with {DEMO_EMAIL} / {DEMO_PASSWORD}"
            )
        )
