"""A full disk: an upload that cannot be stored is a form error next to its field, nothing is
saved, and nothing half-written stays behind."""

from __future__ import annotations

import datetime as dt
import errno
import os
from decimal import Decimal

import pytest
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from credentials import services
from credentials.activity_input import ActivityInput
from credentials.models import AuditPack, CEActivity, CertificateDraft
from tests.conftest import PDF_BYTES
from tests.test_views import activity_post, errors_of

pytestmark = pytest.mark.django_db


class FullDisk(FileSystemStorage):
    """Writes the first bytes of a file, then the disk is full (ENOSPC), as a real one fails."""

    def _save(self, name, content):
        path = self.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as half:
            half.write(content.read(100))
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def full_disk(tmp_path, settings):
    root = tmp_path / "media"
    root.mkdir()
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "tests.test_disk_full.FullDisk", "OPTIONS": {"location": str(root)}},
    }
    return root


def files_in(root) -> list[str]:
    return [os.path.join(folder, name) for folder, _, names in os.walk(root) for name in names]


def test_an_activity_whose_certificate_cannot_be_stored_says_so_and_keeps_nothing(
    client, user, cma, full_disk
):
    client.force_login(user)
    response = client.post(
        reverse("activity_add"), activity_post(certificate=SimpleUploadedFile("cert.pdf", PDF_BYTES))
    )
    assert response.status_code == 200
    assert "could not be stored just now" in " ".join(errors_of(response)["certificate"])
    assert 'value="Phlebotomy update"' in response.content.decode()  # what was typed is kept
    assert not CEActivity.objects.exists()
    assert files_in(full_disk) == []


def test_a_dropped_certificate_that_cannot_be_stored_is_refused_whole(client, user, full_disk):
    client.force_login(user)
    response = client.post(reverse("inbox"), {"files": [SimpleUploadedFile("c.pdf", PDF_BYTES)]}, follow=True)
    assert response.status_code == 200
    assert "c.pdf: This file could not be stored just now" in response.content.decode()
    assert not CertificateDraft.objects.exists()
    assert files_in(full_disk) == []


def test_an_audit_pack_that_cannot_be_stored_fails_and_leaves_no_file(
    user, cma, disk, settings, django_capture_on_commit_callbacks
):
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Phlebotomy",
            completed_on=dt.date(2025, 5, 1),
            unit="aama_ceus",
            amount=Decimal(4),
            categories={"clinical": Decimal(4)},
        ),
        certificate=SimpleUploadedFile("cert.pdf", PDF_BYTES),
    )
    certificate = files_in(disk)
    settings.STORAGES = {  # the disk fills up after the certificate was stored
        **settings.STORAGES,
        "default": {"BACKEND": "tests.test_disk_full.FullDisk", "OPTIONS": {"location": str(disk)}},
    }
    with django_capture_on_commit_callbacks(execute=True):
        pack = services.audit_pack_request(cycle=cma.cycles.get())
    pack.refresh_from_db()
    assert pack.state == AuditPack.State.FAILED
    assert "could not be stored" in pack.error
    assert files_in(disk) == certificate
