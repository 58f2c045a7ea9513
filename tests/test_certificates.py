"""Certificates are checked when uploaded (credentials/certificates.py), so packing never meets a
hostile file: each one below is refused with a message that says which limit and what to do."""

from __future__ import annotations

import datetime as dt
import io
import time
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader, PdfWriter

from credentials import selectors, services
from credentials.activity_input import ActivityInput
from credentials.models import CEActivity
from tests import hostile

pytestmark = pytest.mark.django_db


def log(user, name: str, data: bytes, title: str = "Course"):
    return services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title=title, completed_on=dt.date(2025, 5, 1), unit="contact_hours", amount=Decimal(2)
        ),
        certificate=SimpleUploadedFile(name, data),
        confirmed=True,
    )


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("pages.pdf", hostile.shared_stream_pdf, "2,000 pages; a certificate may have at most 50"),
        ("big.png", lambda: hostile.huge_png(13_300, 13_300), "too large (177 megapixels); the limit is 40"),
        (
            "onebit.png",
            lambda: hostile.huge_png(50_000, 50_000, bit_depth=1, decodable=False),
            "Scan at 300 dpi or less",
        ),
        ("locked.pdf", hostile.encrypted_pdf, "password-protected"),
        ("cut.pdf", hostile.truncated_pdf, "damaged"),
        ("huge.pdf", lambda: b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024 + 1 - 9), "larger than 10 MB"),
    ],
    ids=[
        "2000-page-shared-stream",
        "13300-square-png",
        "1-bit-50000-square-png",
        "encrypted",
        "truncated",
        "10MB+1",
    ],
)
def test_hostile_certificate_is_refused_at_upload_quickly_with_its_limit(user, name, make, words):
    data = make()
    started = time.process_time()
    with pytest.raises(ValidationError) as error:
        log(user, name, data)
    assert time.process_time() - started < 2  # checked from headers, never decoded in full
    assert words in error.value.message_dict["certificate"][0]
    assert not CEActivity.objects.exists()


def test_javascript_pdf_is_accepted_at_upload(user):
    # Its actions are stripped when it is copied into an audit pack (tests/test_pdf.py).
    activity = log(user, "script.pdf", hostile.javascript_pdf())
    assert activity.certificate_size == len(hostile.javascript_pdf())


def test_a_certificate_within_every_limit_is_stored_with_its_size(user):
    activity = log(user, "ok.pdf", hostile.blank_pdf(2))
    assert activity.certificate_size == len(hostile.blank_pdf(2))
    assert selectors.certificate_usage_get(owner_id=user.pk) == activity.certificate_size


def test_per_person_quota(user, other_user, settings):
    one = hostile.blank_pdf(1)
    settings.CERTIFICATE_QUOTA_BYTES = len(one) * 2
    log(user, "a.pdf", one, title="A")
    log(user, "b.pdf", one, title="B")
    with pytest.raises(ValidationError) as error:
        log(user, "c.pdf", one, title="C")
    assert (
        "more than your 0 MB" in error.value.message_dict["certificate"][0]
        or "Remove certificates" in (error.value.message_dict["certificate"][0])
    )
    log(other_user, "c.pdf", one, title="C")  # the quota is per person
    # Replacing a certificate frees the old one's space first.
    activity = CEActivity.objects.get(owner=user, title="A")
    services.activity_update(
        activity=activity,
        data=ActivityInput.of(
            title="A", completed_on=activity.completed_on, amount=activity.amount, unit=activity.unit
        ),
        certificate=SimpleUploadedFile("a2.pdf", one),
    )


def test_profile_shows_certificate_storage_used(client, user):
    log(user, "a.pdf", hostile.blank_pdf(1))
    client.force_login(user)
    content = client.get(reverse("profile")).content.decode()
    assert "Certificates stored:" in content
    assert "of 200.0\xa0MB" in content


def test_a_jpeg_cut_short_is_refused(user):
    out = io.BytesIO()
    Image.new("RGB", (800, 600), "white").save(out, "JPEG")
    data = out.getvalue()
    with pytest.raises(ValidationError) as error:
        log(user, "cut.jpg", data[: len(data) * 2 // 5])
    assert "damaged or cut off" in error.value.message_dict["certificate"][0]


def test_the_object_limit_counts_objects_not_the_trailer(user, settings):
    settings.CERTIFICATE_MAX_PDF_OBJECTS = 3
    with pytest.raises(ValidationError) as error:
        log(user, "many.pdf", hostile.blank_pdf(3))  # a few objects more than 3, whatever /Size says
    assert "too complex" in error.value.message_dict["certificate"][0]


def test_an_owner_password_only_pdf_is_accepted(user):
    reader = PdfReader(io.BytesIO(hostile.blank_pdf(1)))
    writer = PdfWriter(clone_from=reader)
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    assert log(user, "restricted.pdf", out.getvalue()).certificate
