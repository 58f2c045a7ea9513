""" "Download all my data" carries the certificates still in the inbox (their files under inbox/,
their names, where their reading got to and what it found), and importing it brings them back as
drafts with their files, read again."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from credentials import services
from credentials.models import CertificateDraft
from credentials.portability import json_parse, person_archive_write, person_export, person_import
from tests.conftest import PDF_BYTES
from tests.test_inbox import AAMA_CERTIFICATE

pytestmark = pytest.mark.django_db


@pytest.fixture
def drafts(user, django_capture_on_commit_callbacks):
    """Two certificates in the inbox, read (committed, so the reading ran)."""
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_draft_create(
            owner=user, file=SimpleUploadedFile("AAMA course.pdf", AAMA_CERTIFICATE)
        )
        services.certificate_draft_create(owner=user, file=SimpleUploadedFile("blank.pdf", PDF_BYTES))
    return list(CertificateDraft.objects.filter(owner=user).order_by("created_at", "pk"))


def download(client, user) -> zipfile.ZipFile:
    client.force_login(user)
    response = client.get(reverse("account_export"))
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_download_holds_the_inbox_with_what_was_read(client, user, drafts):
    read = drafts[0]
    assert read.state == CertificateDraft.State.READ and read.title  # the reader found something
    archive = download(client, user)
    data = json.loads(archive.read("recert-export.json"))
    first, second = data["drafts"]
    assert first["file_name"] == "AAMA course.pdf"
    assert first["state"] == "read"
    assert (first["title"], first["completed_on"], first["amount"]) == (
        read.title,
        read.completed_on.isoformat(),
        str(read.amount),
    )
    assert {f["field"] for f in first["findings"]} == set(read.findings.values_list("field", flat=True))
    assert first["certificate"]["name"] == "AAMA course.pdf"
    assert first["certificate"]["path"].startswith("inbox/")
    assert archive.read(first["certificate"]["path"]) == AAMA_CERTIFICATE
    assert archive.read(second["certificate"]["path"]) == PDF_BYTES
    assert second["file_name"] == "blank.pdf"


def test_the_archive_imports_with_the_inbox_read_again(
    client, user, drafts, django_capture_on_commit_callbacks
):
    archive = download(client, user)
    with django_capture_on_commit_callbacks(execute=True):
        moved = person_import(
            data=json_parse(archive.read("recert-export.json")), email="moved@example.com", archive=archive
        )
    restored = list(CertificateDraft.objects.filter(owner=moved).order_by("created_at", "pk"))
    assert [d.file_name for d in restored] == ["AAMA course.pdf", "blank.pdf"]
    assert [d.file.read() for d in restored] == [AAMA_CERTIFICATE, PDF_BYTES]
    assert [d.state for d in restored] == [d.state for d in drafts]
    assert (restored[0].title, restored[0].completed_on, restored[0].amount) == (
        drafts[0].title,
        drafts[0].completed_on,
        drafts[0].amount,
    )
    assert restored[0].file.name != drafts[0].file.name  # a file of the new person's own


def test_the_json_export_carries_the_inbox_inline_and_imports(
    user, drafts, django_capture_on_commit_callbacks
):
    data = json_parse(json.dumps(person_export(user=user)))
    assert [d["certificate"]["name"] for d in data["drafts"]] == ["AAMA course.pdf", "blank.pdf"]
    with django_capture_on_commit_callbacks(execute=True):
        moved = person_import(data=data, email="moved@example.com")
    assert CertificateDraft.objects.filter(owner=moved).count() == 2


def test_a_draft_whose_file_is_missing_is_listed_and_left_out_of_the_import(user, drafts):
    drafts[1].file.storage.delete(drafts[1].file.name)
    out = io.BytesIO()
    person_archive_write(user=user, out=out)
    archive = zipfile.ZipFile(out)
    data = json_parse(archive.read("recert-export.json"))
    assert data["drafts"][1]["file_name"] == "blank.pdf" and data["drafts"][1]["certificate"] is None
    moved = person_import(data=data, email="moved@example.com", archive=archive)
    assert list(CertificateDraft.objects.filter(owner=moved).values_list("file_name", flat=True)) == [
        "AAMA course.pdf"
    ]


def test_an_inbox_file_missing_from_the_archive_is_named_and_nothing_is_written(client, user, drafts):
    archive = download(client, user)
    data = json_parse(archive.read("recert-export.json"))
    data["drafts"][0]["certificate"]["path"] = "inbox/elsewhere.pdf"
    with pytest.raises(
        ValidationError, match=r"^\['inbox certificate 1: certificate\.path \"inbox/elsewhere\.pdf\""
    ):
        person_import(data=data, email="moved@example.com", archive=archive)
    assert not CertificateDraft.objects.exclude(owner=user).exists()
