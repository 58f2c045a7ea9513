from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter

from credentials import services
from credentials.activity_input import ActivityEntry, ActivityInput

TODAY = dt.date(2026, 11, 27)


def _blank_pdf(pages: int = 1) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# Real PDFs: certificates are opened and checked when uploaded.
PDF_BYTES = _blank_pdf()
PDF_BYTES_TWO_PAGES = _blank_pdf(pages=2)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (rate-limit counts, kept renderings): rolled-back rows
    hand their ids to the next test, and a rendering kept under them would leak across."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user(
        "ma@example.com", "correct horse battery", full_name="Ana Peña"
    )


@pytest.fixture
def other_user(django_user_model):
    return django_user_model.objects.create_user("other@example.com", "correct horse battery")


@pytest.fixture
def cma(user):
    return services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2022, 11, 10), number="123456", today=TODAY
    )


@pytest.fixture
def ccma(user):
    return services.credential_create(
        owner=user, program="ccma-nha", certified_on=dt.date(2025, 3, 1), today=TODAY
    )


# The services take an ActivityInput (credentials/activity_input.py); these let a test write the
# input's fields and the service's own arguments in one call, as the tests did before.
_SERVICE_ARGUMENTS = {"owner", "activity", "certificate", "confirmed", "track_card", "today"}


def _split(fields: dict) -> tuple[ActivityInput, dict]:
    service = {name: fields.pop(name) for name in list(fields) if name in _SERVICE_ARGUMENTS}
    return ActivityInput.of(**fields), service


def entries(rows) -> list[ActivityEntry]:
    """``activities_create``'s entries from dicts of fields with ``confirmed``/``duplicate_kept``."""
    made = []
    for row in rows:
        row = dict(row)
        flags = {name: row.pop(name) for name in ("confirmed", "duplicate_kept") if name in row}
        made.append(ActivityEntry(ActivityInput.of(**row), **flags))
    return made


def activity_log(**fields):
    data, service = _split(fields)
    return services.activity_create(data=data, **service)


def activity_change(**fields):
    data, service = _split(fields)
    return services.activity_update(data=data, **service)


@pytest.fixture
def make_activity(user):
    def make(owner=None, *, amount="5", categories=None, **fields):
        amount = Decimal(amount)
        fields.setdefault("title", "Course")
        fields.setdefault("completed_on", dt.date(2025, 6, 1))
        if categories is None and fields.get("kind", "ce") != "cpr":
            categories = {"clinical": amount}
        return activity_log(
            owner=owner or user,
            amount=amount,
            categories={k: Decimal(v) for k, v in (categories or {}).items()},
            **fields,
        )

    return make


@pytest.fixture
def meet(user):
    """Log CE that meets every requirement of ``credential`` on ``day`` (for recertifying by CE)."""

    def log(credential, day=None):
        day = day or credential.certified_on + dt.timedelta(days=30)
        program = credential.rules_program
        if program.category_min:
            for category in program.categories:
                services.activity_create(
                    owner=credential.owner,
                    data=ActivityInput.of(
                        title=f"{category} CE",
                        completed_on=day,
                        unit="aama_ceus",
                        amount=program.points_needed / len(program.categories),
                        categories={category: program.points_needed / len(program.categories)},
                    ),
                    confirmed=True,
                    today=TODAY,
                )
        else:
            services.activity_create(
                owner=credential.owner,
                data=ActivityInput.of(
                    title="NHA CE",
                    completed_on=day,
                    unit="nha_credits",
                    amount=program.points_needed,
                    categories={"general": program.points_needed},
                ),
                confirmed=True,
                today=TODAY,
            )

    return log


@pytest.fixture
def with_certificate(user, cma):
    """An AAMA activity in the CMA's period with a two-page PDF certificate (for audit packs)."""
    return services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Phlebotomy",
            completed_on=dt.date(2025, 5, 1),
            unit="aama_ceus",
            amount=Decimal(4),
            categories={"clinical": Decimal(4)},
        ),
        certificate=SimpleUploadedFile("cert.pdf", PDF_BYTES_TWO_PAGES),
    )


@pytest.fixture
def disk(tmp_path, settings):
    """Files stored on a real disk, in a temporary folder."""
    root = tmp_path / "media"
    root.mkdir()
    settings.STORAGES = {
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(root)},
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    return root


def pytest_report_header(config):
    from django.conf import settings

    return f"database: {settings.DATABASES['default']['ENGINE']}"
