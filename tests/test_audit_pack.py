"""The audit pack as a background job: requested once per content version, built in a child
process within a time limit and a memory ceiling, stored, and served to its owner only."""

from __future__ import annotations

import datetime as dt
import io
import resource
import time
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image
from pypdf import PdfReader

from credentials import services
from credentials.activity_input import ActivityInput
from credentials.models import AuditPack
from credentials.services import audit_packs
from tests import hostile

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_pack(django_capture_on_commit_callbacks):
    """Ask for the pack and run what is enqueued once the request commits (the immediate backend)."""

    def ask(cycle):
        with django_capture_on_commit_callbacks(execute=True):
            return services.audit_pack_request(cycle=cycle)

    return ask


def test_request_builds_once_and_a_second_request_joins_it(
    cma, with_certificate, django_capture_on_commit_callbacks
):
    cycle = cma.cycles.get()
    with django_capture_on_commit_callbacks(execute=True) as enqueued:
        pack = services.audit_pack_request(cycle=cycle)
    assert len(enqueued) == 1
    pack.refresh_from_db()
    assert (pack.state, pack.progress) == (AuditPack.State.READY, 100)
    assert pack.file.read().startswith(b"%PDF")
    with django_capture_on_commit_callbacks(execute=True) as again:
        assert services.audit_pack_request(cycle=cycle).pk == pack.pk
    assert again == []  # joined: nothing enqueued
    assert AuditPack.objects.count() == 1


def test_a_change_to_the_activities_makes_a_new_version_and_prunes_the_old(
    user, cma, with_certificate, request_pack
):
    cycle = cma.cycles.get()
    first = request_pack(cycle)
    services.activity_update(
        activity=with_certificate,
        data=ActivityInput.of(
            title="Phlebotomy, renamed",
            completed_on=with_certificate.completed_on,
            amount=with_certificate.amount,
            unit=with_certificate.unit,
            categories={"clinical": Decimal(4)},
        ),
    )
    second = request_pack(cycle)
    assert second.pk != first.pk
    assert list(AuditPack.objects.values_list("pk", "state")) == [(second.pk, "ready")]


def test_a_build_past_the_time_limit_fails_naming_the_certificate(
    user, cma, with_certificate, settings, request_pack
):
    # A file stored before the upload checks: 2,000 pages sharing one stream (quadratic to merge).
    storage, name = with_certificate.certificate.storage, with_certificate.certificate.name
    storage.delete(name)
    storage.save(name, ContentFile(hostile.shared_stream_pdf()))
    settings.AUDIT_PACK_MAX_SECONDS = 3
    started = time.monotonic()
    pack = request_pack(cma.cycles.get())
    assert time.monotonic() - started < 10  # killed at the limit, the worker is free again
    pack.refresh_from_db()
    assert pack.state == AuditPack.State.FAILED
    assert "took longer than 3 seconds at certificate 1 of 1, “Phlebotomy”" in pack.error
    assert "smaller scan" in pack.error


def test_a_build_past_the_memory_ceiling_fails_with_the_reason(user, cma, settings, request_pack):
    out = io.BytesIO()
    Image.new("RGB", (6000, 6000), "white").save(out, "PNG")  # 36 MP: about 100 MB decoded
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Big scan",
            completed_on=dt.date(2025, 5, 1),
            unit="aama_ceus",
            amount=Decimal(2),
            categories={"general": Decimal(2)},
        ),
        certificate=SimpleUploadedFile("scan.png", out.getvalue()),
    )
    settings.AUDIT_PACK_MAX_MEMORY_MB = 40
    pack = request_pack(cma.cycles.get())
    pack.refresh_from_db()
    assert pack.state == AuditPack.State.FAILED
    assert "needed more than 40 MB of memory at certificate 1 of 1, “Big scan”" in pack.error


def test_child_memory_stays_bounded_for_a_large_photo(user, cma, settings, request_pack):
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (6000, 6000), "white").save(out, "JPEG", quality=60)  # 36 MP, under the limit
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Photo of a certificate",
            completed_on=dt.date(2025, 5, 1),
            unit="aama_ceus",
            amount=Decimal(2),
            categories={"general": Decimal(2)},
        ),
        certificate=SimpleUploadedFile("photo.jpg", out.getvalue()),
    )
    pack = request_pack(cma.cycles.get())
    pack.refresh_from_db()
    assert pack.state == AuditPack.State.READY
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mb < settings.AUDIT_PACK_MAX_MEMORY_MB


def test_a_failed_build_can_be_tried_again(cma, with_certificate, settings, request_pack):
    settings.AUDIT_PACK_MAX_SECONDS = 0  # killed at once
    cycle = cma.cycles.get()
    failed = request_pack(cycle)
    failed.refresh_from_db()
    assert failed.state == AuditPack.State.FAILED
    settings.AUDIT_PACK_MAX_SECONDS = 120
    retried = request_pack(cycle)
    retried.refresh_from_db()
    assert (retried.pk, retried.state, retried.error) == (failed.pk, AuditPack.State.READY, "")


def test_javascript_and_links_are_stripped_from_packed_pages(user, cma, request_pack):
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Scripted",
            completed_on=dt.date(2025, 5, 1),
            unit="aama_ceus",
            amount=Decimal(2),
            categories={"general": Decimal(2)},
        ),
        certificate=SimpleUploadedFile("script.pdf", hostile.javascript_pdf()),
    )
    pack = request_pack(cma.cycles.get())
    pack.refresh_from_db()
    data = pack.file.read()
    for marker in (b"/JavaScript", b"/JS ", b"/URI", b"/Launch", b"/OpenAction"):
        assert marker not in data, marker
    reader = PdfReader(io.BytesIO(data))
    assert "/OpenAction" not in reader.trailer["/Root"]
    for page in reader.pages:
        assert "/AA" not in page
        for annotation in page.get("/Annots") or []:
            assert not {"/A", "/AA"} & set(annotation.get_object())


def test_pages_show_the_state_and_serve_the_file_to_its_owner_only(
    client, user, other_user, cma, with_certificate, django_capture_on_commit_callbacks
):
    client.force_login(user)
    page = reverse("credential_audit_pack", args=[cma.pk])
    download = reverse("credential_audit_pack_pdf", args=[cma.pk])
    assert b"Prepare the audit pack" in client.get(page).content
    assert client.get(download)["Location"] == page  # nothing ready yet
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(page)["Location"] == page
    content = client.get(page).content.decode()
    assert "Download the audit pack" in content
    assert 'http-equiv="refresh"' not in content  # only while queued or building
    response = client.get(download)
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    client.force_login(other_user)
    assert client.get(page).status_code == 404
    assert client.get(download).status_code == 404
    assert client.post(page).status_code == 404


def test_a_queued_pack_page_refreshes_itself_without_scripts(client, user, cma, with_certificate):
    AuditPack.objects.create(cycle=cma.cycles.get(), version="x")  # an older version, queued
    client.force_login(user)
    from credentials import selectors

    progress = selectors.cycle_progress_get(cycle=cma.cycles.get(), today=dt.date.today())
    version = selectors.audit_pack_version_get(progress=progress, holder_name=user.get_full_name())
    AuditPack.objects.create(
        cycle=cma.cycles.get(), version=version, state="building", progress=40, started_at=timezone.now()
    )
    content = client.get(reverse("credential_audit_pack", args=[cma.pk])).content.decode()
    assert '<meta http-equiv="refresh" content="2">' in content
    assert "Building: 40%" in content
    assert 'aria-valuenow="40"' in content


def test_a_build_abandoned_by_a_dead_worker_is_queued_again(cma, with_certificate, request_pack, settings):
    cycle = cma.cycles.get()
    pack = request_pack(cycle)
    # As if the worker died mid-build long ago: the next request takes it up again.
    long_ago = timezone.now() - dt.timedelta(seconds=settings.AUDIT_PACK_MAX_SECONDS + 61)
    AuditPack.objects.filter(pk=pack.pk).update(state="building", started_at=long_ago, file="")
    again = request_pack(cycle)
    again.refresh_from_db()
    assert (again.pk, again.state) == (pack.pk, AuditPack.State.READY)


def test_a_build_still_within_its_limit_is_joined_not_queued_again(cma, with_certificate, request_pack):
    cycle = cma.cycles.get()
    pack = request_pack(cycle)
    AuditPack.objects.filter(pk=pack.pk).update(state="building", started_at=timezone.now(), file="")
    again = request_pack(cycle)
    again.refresh_from_db()
    assert again.state == AuditPack.State.BUILDING


def test_asking_again_while_a_build_waits_in_the_queue_joins_it(cma, with_certificate, request_pack):
    cycle = cma.cycles.get()
    waiting = AuditPack.objects.create(cycle=cycle, version="older", state="queued", queued_at=timezone.now())
    current = request_pack(cycle)  # the content changed meanwhile: still one job, for the new version
    assert current.pk == waiting.pk
    current.refresh_from_db()
    assert (current.state, AuditPack.objects.count()) == (AuditPack.State.QUEUED, 1)  # no second job
    assert current.version != "older"
    assert services.audit_pack_build(pack_id=waiting.pk) == AuditPack.State.READY


def test_a_superseded_version_is_not_built_and_the_newer_is_never_pruned(cma, with_certificate):
    cycle = cma.cycles.get()
    older = AuditPack.objects.create(cycle=cycle, version="older", state="queued", queued_at=timezone.now())
    newer = AuditPack.objects.create(cycle=cycle, version="newer", state="queued", queued_at=timezone.now())
    assert services.audit_pack_build(pack_id=older.pk) == "superseded"  # the old version's job runs last
    older.refresh_from_db()
    assert (older.state, older.file.name) == (AuditPack.State.FAILED, "")
    assert "newer version" in older.error
    assert AuditPack.objects.filter(pk=newer.pk, state="queued").exists()
    assert services.audit_pack_build(pack_id=newer.pk) == AuditPack.State.READY
    assert list(AuditPack.objects.values_list("version", flat=True)) == ["newer"]  # the older pruned


def test_new_builds_are_limited_per_person_and_joining_is_free(
    cma, with_certificate, settings, client, request_pack
):
    settings.RECERT_RATES = {**settings.RECERT_RATES, "pack-user": "2/h"}
    client.force_login(cma.owner)
    url = reverse("credential_audit_pack", args=[cma.pk])
    cycle = cma.cycles.get()
    assert request_pack(cycle).state == AuditPack.State.QUEUED  # built once committed
    for _ in range(5):  # the same content: the built pack is joined, no new work
        client.post(url)
    assert AuditPack.objects.count() == 1
    for number in range(2):  # new content each time: new work each time
        services.activity_update(
            activity=with_certificate,
            data=ActivityInput.of(
                title=f"Phlebotomy {number}",
                completed_on=with_certificate.completed_on,
                amount=with_certificate.amount,
                unit=with_certificate.unit,
                categories={"clinical": Decimal(4)},
            ),
        )
        if number == 0:
            request_pack(cycle)
        else:
            with pytest.raises(services.TooManyBuilds):
                request_pack(cycle)
    response = client.post(url, follow=True)
    assert "asked for many audit packs in a short time" in response.content.decode()


def test_a_build_whose_claim_was_taken_over_keeps_nothing(cma, with_certificate, monkeypatch):
    cycle = cma.cycles.get()
    pack = AuditPack.objects.create(cycle=cycle, version="v", state="queued", queued_at=timezone.now())
    real = audit_packs.build_with_limits

    def taken_over(**kwargs):
        path = real(**kwargs)
        # Meanwhile the build was judged abandoned and queued again by a request.
        AuditPack.objects.filter(pk=pack.pk).update(state="queued", started_at=None)
        return path

    # audit_pack_build looks the name up in its own module, so the patch goes there.
    monkeypatch.setattr(audit_packs, "build_with_limits", taken_over)
    assert services.audit_pack_build(pack_id=pack.pk) == AuditPack.State.BUILDING
    pack.refresh_from_db()
    assert (pack.state, pack.file.name) == ("queued", "")


def test_the_version_follows_any_change_to_the_credential(user, cma, with_certificate):
    from credentials import selectors

    def version():
        progress = selectors.cycle_progress_get(cycle=cma.cycles.get(), today=dt.date.today())
        return selectors.audit_pack_version_get(progress=progress, holder_name=user.get_full_name())

    before = version()
    assert version() == before  # the same content, the same version, whatever the hour
    services.credential_update(
        credential=cma, program="cma-aama", certified_on=cma.certified_on, number="999"
    )
    cma.refresh_from_db()  # the cycles' cached credential is this object
    assert version() != before


def test_deleting_the_credential_deletes_its_pack_files(
    cma, with_certificate, request_pack, django_capture_on_commit_callbacks
):
    pack = request_pack(cma.cycles.get())
    pack.refresh_from_db()
    storage, name = pack.file.storage, pack.file.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        services.credential_delete(credential=cma)
    assert not storage.exists(name)
    assert not AuditPack.objects.exists()


def test_a_ready_pack_whose_file_went_missing_can_be_asked_for_again(
    client, user, cma, with_certificate, request_pack
):
    pack = request_pack(cma.cycles.get())
    pack.refresh_from_db()
    pack.file.storage.delete(pack.file.name)
    client.force_login(user)
    content = client.get(reverse("credential_audit_pack", args=[cma.pk])).content.decode()
    assert "Prepare it again" in content
    again = request_pack(cma.cycles.get())
    again.refresh_from_db()
    assert again.state == AuditPack.State.READY and again.file.storage.exists(again.file.name)
