"""The demo account (manage.py seed_demo) shows every feature: a credential in each status, CE
needing attention and CE met, certificates (so the audit pack has certificate pages), and a
CPR/BLS card that is not on the AAMA transcript."""

from __future__ import annotations

import io
import re
import time

import pytest
from django.core.management import call_command
from django.utils import timezone
from pypdf import PdfReader

from accounts.management.commands.seed_demo import DEMO_EMAIL, DEMO_PASSWORD
from accounts.models import User
from credentials import certificates, rules, selectors, services
from credentials.models import AuditPack, CEActivity, ProgramChoice

pytestmark = pytest.mark.django_db


def _seed() -> str:
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo():
    _seed()
    return User.objects.get(email=DEMO_EMAIL)


@pytest.fixture
def dashboard(demo):
    return {p.credential.program: p for p in selectors.dashboard_get(user=demo, today=timezone.localdate())}


def test_every_status_the_app_shows_has_a_credential(dashboard):
    statuses = {p.result.status for p in dashboard.values()}
    assert statuses == set(rules.STATUSES), statuses
    for status in rules.STATUSES:
        assert rules.STATUS_LABELS[status]


def test_the_credentials_tell_realistic_stories(dashboard):
    assert set(dashboard) == {
        ProgramChoice.CMA_AAMA,
        ProgramChoice.CCMA_NHA,
        ProgramChoice.RMA_AMT,
        ProgramChoice.BLS,
    }
    cma, ccma, rma, card = (
        dashboard[ProgramChoice.CMA_AAMA],
        dashboard[ProgramChoice.CCMA_NHA],
        dashboard[ProgramChoice.RMA_AMT],
        dashboard[ProgramChoice.BLS],
    )
    # Expired, CE still accepted: a few points short, a planned course closes the gap.
    assert cma.result.status == rules.GRACE
    assert not cma.result.met and cma.result.met_with_planned
    assert cma.main_action == "log_activity"
    assert cma.ce_route_text.startswith("Expired — CE route still open")
    # Some logged CE does not count, or counts in part (R-CMA-7 under one hour, R-CMA-5 the cap).
    reasons = {v.reason for v in cma.verdicts}
    assert {rules.UNDER_MINIMUM, rules.OVER_CAP, rules.PLANNED} <= reasons, reasons
    # The expired card still counts toward the CMA (R-CMA-11).
    assert any(v.activity.kind == rules.CPR and v.points > 0 for v in cma.verdicts)
    # Expiring soon with everything met: ready to apply.
    assert ccma.result.status == rules.EXPIRING and ccma.result.met
    assert ccma.main_action == "recertify"
    # Current and in progress, with the annual fee (R-RMA-3).
    assert rma.result.status == rules.CURRENT and not rma.result.met
    assert rma.result.annual_fee_due_on is not None
    # The card expired: log the new one (R-BLS-1).
    assert card.result.status == rules.LAPSED and card.main_action == "log_card"


def test_several_activities_have_certificates_the_upload_checks_accept(demo):
    with_files = list(demo.activities.exclude(certificate=""))
    assert len(with_files) >= 3
    kinds = {a.certificate.name.rsplit(".", 1)[-1] for a in with_files}
    assert kinds == {"pdf", "png"}  # downloaded PDFs and scans or photos
    for activity in with_files:
        with activity.certificate.open("rb") as handle:
            upload = io.BytesIO(handle.read())
        upload.name, upload.size = activity.certificate_name, activity.certificate_size
        assert certificates.certificate_errors(upload) == [], activity.title
        assert activity.certificate_size == activity.certificate.size > 0
    # Among them the CPR/BLS card.
    assert any(a.kind == rules.CPR for a in with_files)


def test_the_audit_pack_has_a_page_for_each_certificate(demo, django_capture_on_commit_callbacks):
    cycle = demo.credentials.get(program=ProgramChoice.CMA_AAMA).cycles.get(closed_on__isnull=True)
    with django_capture_on_commit_callbacks(execute=True):
        pack = services.audit_pack_request(cycle=cycle)
    pack.refresh_from_db()
    assert pack.state == AuditPack.State.READY, pack.error
    with pack.file.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    labels = [
        page.extract_text() for page in reader.pages if "Certificate for:" in (page.extract_text() or "")
    ]
    titles = set(demo.activities.exclude(certificate="").values_list("title", flat=True))
    assert len(labels) == len(titles) >= 3
    for title in titles:
        assert any(title in re.sub(r"\s+", " ", label) for label in labels), title


def test_no_card_is_marked_verified_on_the_transcript(demo):
    cards = demo.activities.filter(kind=rules.CPR)
    assert cards.exists()
    assert not cards.filter(verified_on_transcript=True).exists()
    # Only AAMA CEUs already completed are on the transcript.
    today = timezone.localdate()
    for activity in demo.activities.filter(verified_on_transcript=True):
        assert activity.unit == "aama_ceus" and activity.completed_on <= today, activity.title
    assert demo.activities.filter(verified_on_transcript=True).exists()


def test_seeding_again_resets_the_demo_in_one_go_and_quickly(demo, django_capture_on_commit_callbacks):
    first = sorted(demo.activities.values_list("title", "completed_on", "amount"))
    certificate_files = [a.certificate.name for a in demo.activities.exclude(certificate="")]
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        _seed()
    assert time.monotonic() - started < 5
    assert User.objects.filter(email=DEMO_EMAIL).count() == 1
    again = User.objects.get(email=DEMO_EMAIL)
    assert again.pk != demo.pk
    assert again.check_password(DEMO_PASSWORD)
    assert sorted(again.activities.values_list("title", "completed_on", "amount")) == first
    assert again.credentials.count() == 4
    # The old demo's certificate files went with it.
    storage = CEActivity._meta.get_field("certificate").storage
    assert not any(storage.exists(name) for name in certificate_files)
