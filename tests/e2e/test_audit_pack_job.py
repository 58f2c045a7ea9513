"""The audit pack in the browser with a real database worker: asked for, followed by the page
(which refreshes itself, no script), ready, downloaded."""

from __future__ import annotations

import datetime as dt
import io
import threading
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from playwright.sync_api import expect
from pypdf import PdfReader

from accounts.models import User
from credentials import services
from credentials.activity_input import ActivityInput
from tests import hostile


def test_audit_pack_requested_in_the_browser_is_built_by_a_worker(
    page, context, live_server, log_in, settings, shot
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    today = timezone.localdate()
    user = User.objects.create_user("worker@example.com", "a long pass phrase 42", full_name="Wren Worker")
    credential = services.credential_create(
        owner=user, program="cma-aama", certified_on=today - relativedelta(years=2)
    )
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Infection control",
            completed_on=today - dt.timedelta(days=90),
            unit="aama_ceus",
            amount=Decimal(6),
            categories={"clinical": Decimal(6)},
        ),
        certificate=SimpleUploadedFile("ic.pdf", hostile.blank_pdf(1)),
    )
    log_in(context, user)
    page.goto(f"{live_server.url}/credentials/{credential.pk}/audit-pack/")
    page.get_by_role("button", name="Prepare the audit pack").click()
    expect(page.get_by_role("heading", name="Waiting for a worker…")).to_be_visible()
    shot("queued")

    def work_one() -> None:
        # db_worker's own loop, without the signal handlers its command sets (main thread only).
        try:
            Worker(
                queue_names=["default"],
                interval=0.2,
                batch=False,
                backend_name="default",
                startup_delay=False,
                max_tasks=1,
                worker_id="browser-test",
                excluded_queue_names=[],
            ).run()
        finally:
            connection.close()

    worker = threading.Thread(target=work_one, daemon=True)
    worker.start()
    # The page refreshes itself (meta refresh) until the worker has built the pack.
    expect(page.get_by_role("heading", name="Ready")).to_be_visible(timeout=30_000)
    worker.join(timeout=30)
    shot("ready")
    with page.expect_download() as info:
        page.get_by_role("link", name="Download the audit pack").click()
    with open(info.value.path(), "rb") as handle:
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(handle.read())).pages)
    assert "Certificate for: Infection control" in text
    assert "Wren Worker" in text
