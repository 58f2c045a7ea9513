"""export_person / import_person: a person's data survives a round trip, or nothing is written."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from credentials import selectors, services
from credentials.models import CEActivity, Credential
from recert.models import User
from tests.conftest import PDF_BYTES, TODAY

pytestmark = pytest.mark.django_db


def test_round_trip_keeps_every_number(tmp_path, user, cma, ccma, make_activity, meet):
    meet(ccma)
    make_activity(
        amount="6", approved=True, categories={"clinical": "4", "general": "2"}, excluded_from=[ccma]
    )
    services.activity_create(
        owner=user,
        title="Certificado de RCP",
        completed_on=dt.date(2025, 2, 2),
        kind="cpr",
        amount=Decimal(1),
        approved=True,
        certificate=SimpleUploadedFile("tarjeta.pdf", PDF_BYTES),
    )
    services.exam_attempt_record(
        cycle=cma.cycles.get(), taken_on=dt.date(2026, 3, 1), passed=False, today=TODAY
    )
    services.cycle_recertify(cycle=ccma.cycles.get(), recertified_on=dt.date(2026, 2, 1), today=TODAY)
    before = {p.credential.program: p.result for p in selectors.dashboard_get(user=user, today=TODAY)}

    path = tmp_path / "ana.json"
    call_command("export_person", "MA@example.com", output=str(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["user"]["full_name"] == "Ana Peña"
    call_command("import_person", str(path), email="ana@new.example")

    moved = User.objects.get(email="ana@new.example")
    assert moved.check_password("correct horse battery")  # the hash moves with the person
    after = {p.credential.program: p.result for p in selectors.dashboard_get(user=moved, today=TODAY)}
    for program in ("cma-aama", "ccma-nha"):
        assert after[program].counted_points == before[program].counted_points
        assert after[program].category_points == before[program].category_points
        assert after[program].expires_on == before[program].expires_on
    assert Credential.objects.get(owner=moved, program="ccma-nha").cycles.count() == 2
    card = CEActivity.objects.get(owner=moved, kind="cpr")
    assert card.certificate.read() == PDF_BYTES
    assert list(
        CEActivity.objects.get(owner=moved, title="Course").excluded_from.values_list("program", flat=True)
    ) == ["ccma-nha"]


def test_import_refuses_existing_email_and_writes_nothing(tmp_path, user, cma):
    path = tmp_path / "x.json"
    call_command("export_person", user.email, output=str(path))
    with pytest.raises(CommandError, match="already exists"):
        call_command("import_person", str(path))
    assert User.objects.count() == 1


def test_import_of_damaged_file_writes_nothing(tmp_path, user, cma, make_activity):
    make_activity()
    path = tmp_path / "x.json"
    call_command("export_person", user.email, output=str(path))
    data = json.loads(path.read_text())
    data["activities"][0]["amount"] = "-5"
    path.write_text(json.dumps(data))
    with pytest.raises(CommandError, match="Nothing imported"):
        call_command("import_person", str(path), email="new@example.com")
    assert not User.objects.filter(email="new@example.com").exists()
    path.write_text("{not json")
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_person", str(path))


def test_export_unknown_person(tmp_path):
    with pytest.raises(CommandError, match="No person"):
        call_command("export_person", "nobody@example.com")


def test_round_trip_keeps_units_printed_expiries_and_old_periods_stay_closed(tmp_path, user):
    ncma = services.credential_create(
        owner=user,
        program="custom",
        certified_on=dt.date(2024, 1, 1),
        custom_name="NCMA",
        custom_body="NCCT",
        custom_cycle_months=12,
        custom_points_needed=Decimal(0),
        printed_expires_on=dt.date(2025, 3, 31),
        today=TODAY,
    )
    services.cycle_recertify(
        cycle=ncma.cycles.get(),
        recertified_on=dt.date(2025, 3, 1),
        route="accepted",
        new_expires_on=dt.date(2026, 12, 31),
        today=TODAY,
    )
    services.activity_create(
        owner=user, title="NHA", completed_on=dt.date(2025, 6, 1), unit="nha_credits", amount=Decimal(2)
    )
    path = tmp_path / "p.json"
    call_command("export_person", "ma@example.com", output=str(path))
    call_command("import_person", str(path), email="moved@example.com")
    moved = Credential.objects.get(owner__email="moved@example.com")
    assert list(
        moved.cycles.order_by("starts_on").values_list("starts_on", "expires_on", "printed_expires_on")
    ) == [
        (dt.date(2024, 1, 1), dt.date(2025, 3, 31), dt.date(2025, 3, 31)),
        (dt.date(2025, 3, 1), dt.date(2026, 12, 31), dt.date(2026, 12, 31)),
    ]
    assert CEActivity.objects.get(owner__email="moved@example.com").unit == "nha_credits"
    # A recertification recorded long ago on the old server cannot be undone on the new one.
    assert selectors.recertification_undo_get(credential=moved, cycles=list(moved.cycles.all())) is None


def test_an_export_from_before_the_certifying_body_field_still_imports(tmp_path, user):
    services.credential_create(
        owner=user,
        program="custom",
        certified_on=dt.date(2025, 1, 1),
        custom_name="NCMA",
        custom_body="NCCT",
        custom_cycle_months=12,
        custom_points_needed=Decimal(14),
        today=TODAY,
    )
    path = tmp_path / "p.json"
    call_command("export_person", "ma@example.com", output=str(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    for credential in data["credentials"]:
        del credential["custom_body"]
    path.write_text(json.dumps(data), encoding="utf-8")
    call_command("import_person", str(path), email="old@example.com")
    moved = Credential.objects.get(owner__email="old@example.com")
    assert moved.rules_program.body_name == "the certifying body"
