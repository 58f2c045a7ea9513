"""Service-layer tests against the database: writes, validation, transactions, cycles."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction

from credentials import rules, selectors, services
from credentials.activity_input import ActivityInput
from credentials.models import CategoryShare, CEActivity, Credential, Cycle, ExamAttempt
from tests.conftest import PDF_BYTES, TODAY, activity_log

pytestmark = pytest.mark.django_db


def test_r_cma_1_credential_create_opens_first_cycle_with_engine_dates(cma):
    cycle = cma.cycles.get()
    assert (cycle.starts_on, cycle.expires_on, cycle.ce_deadline) == (
        dt.date(2022, 11, 10),
        dt.date(2027, 11, 30),
        dt.date(2028, 2, 29),  # R-CMA-9: end of the month 3 months after expiry (leap year)
    )
    assert cycle.closed_on is None


def test_r_ccma_1_credential_create_uses_program_cycle(ccma):
    cycle = ccma.cycles.get()
    assert (cycle.expires_on, cycle.ce_deadline) == (dt.date(2027, 3, 1), dt.date(2027, 3, 1))


def test_custom_program_needs_name_cycle_and_points(user):
    with pytest.raises(ValidationError) as error:
        services.credential_create(
            owner=user, program="custom", certified_on=dt.date(2025, 1, 1), today=TODAY
        )
    assert set(error.value.message_dict) == {
        "custom_name",
        "custom_body",
        "custom_cycle_months",
        "custom_points_needed",
    }
    assert not Credential.objects.exists()

    ncma = services.credential_create(
        owner=user,
        program="custom",
        certified_on=dt.date(2025, 1, 31),
        custom_name="NCMA (NCCT)",
        custom_body="National Center for Competency Testing",
        custom_cycle_months=12,
        custom_points_needed=Decimal("14"),
        today=TODAY,
    )
    assert ncma.cycles.get().expires_on == dt.date(2026, 1, 31)
    assert ncma.rules_program.points_needed == Decimal("14")


def test_credential_in_the_future_is_refused(user):
    with pytest.raises(ValidationError) as error:
        services.credential_create(
            owner=user, program="cma-aama", certified_on=dt.date(2026, 11, 28), today=TODAY
        )
    assert "future" in error.value.message_dict["certified_on"][0]
    assert not Credential.objects.exists()


def test_unknown_program_is_refused(user):
    with pytest.raises(ValidationError) as error:
        services.credential_create(owner=user, program="cna", certified_on=dt.date(2025, 1, 1), today=TODAY)
    assert "program" in error.value.message_dict


def test_credential_update_moves_cycle_dates(cma):
    services.credential_update(
        credential=cma, program="cma-aama", certified_on=dt.date(2023, 1, 31), number="9", today=TODAY
    )
    cycle = cma.cycles.get()
    assert (cycle.starts_on, cycle.expires_on, cycle.ce_deadline) == (
        dt.date(2023, 1, 31),
        dt.date(2028, 1, 31),
        dt.date(2028, 4, 30),
    )
    services.credential_update(
        credential=cma, program="ccma-nha", certified_on=dt.date(2023, 1, 31), today=TODAY
    )
    cycle.refresh_from_db()
    assert (cycle.expires_on, cycle.ce_deadline) == (dt.date(2025, 1, 31), dt.date(2025, 1, 31))


def test_r_cma_1_recertify_closes_cycle_and_starts_next_from_recertification_date(cma, meet):
    meet(cma)
    cycle = cma.cycles.get()
    new = services.cycle_recertify(cycle=cycle, recertified_on=dt.date(2026, 10, 2), route="ce", today=TODAY)
    cycle.refresh_from_db()
    assert (cycle.closed_on, cycle.closed_by) == (dt.date(2026, 10, 2), "ce")
    assert (new.starts_on, new.expires_on, new.closed_on) == (
        dt.date(2026, 10, 2),
        dt.date(2031, 10, 31),
        None,
    )
    assert cma.cycles.count() == 2


def test_recertify_twice_and_bad_dates_are_refused(cma, meet):
    meet(cma)
    cycle = cma.cycles.get()
    for day, field in [(dt.date(2022, 11, 9), "recertified_on"), (dt.date(2026, 11, 28), "recertified_on")]:
        with pytest.raises(ValidationError) as error:
            services.cycle_recertify(cycle=cycle, recertified_on=day, today=TODAY)
        assert field in error.value.message_dict
    services.cycle_recertify(cycle=cycle, recertified_on=dt.date(2026, 1, 5), today=TODAY)
    with pytest.raises(ValidationError, match="already closed"):
        services.cycle_recertify(cycle=cycle, recertified_on=dt.date(2026, 1, 6), today=TODAY)
    assert cma.cycles.count() == 2


def test_r_cma_10_ce_route_refused_after_ce_deadline(user):
    old = services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2020, 1, 15), today=TODAY
    )
    cycle = old.cycles.get()
    assert cycle.ce_deadline == dt.date(2025, 4, 30)
    with pytest.raises(ValidationError) as error:
        services.cycle_recertify(cycle=cycle, recertified_on=dt.date(2025, 5, 1), route="ce", today=TODAY)
    assert "only the exam" in error.value.message_dict["route"][0]
    services.cycle_recertify(cycle=cycle, recertified_on=dt.date(2025, 5, 1), route="exam", today=TODAY)


def test_r_cma_12_exam_pass_recertifies_and_third_failure_blocks(cma):
    cycle = cma.cycles.get()
    for day in (dt.date(2026, 1, 5), dt.date(2026, 3, 5), dt.date(2026, 5, 5)):
        services.exam_attempt_record(cycle=cycle, taken_on=day, passed=False, today=TODAY)
    with pytest.raises(ValidationError, match="newly completed CAAHEP- or ABHES-accredited"):
        services.exam_attempt_record(cycle=cycle, taken_on=dt.date(2026, 7, 5), passed=True, today=TODAY)
    assert ExamAttempt.objects.count() == 3
    assert cma.cycles.count() == 1


def test_r_cma_2_passing_exam_opens_next_cycle(cma):
    cycle = cma.cycles.get()
    services.exam_attempt_record(cycle=cycle, taken_on=dt.date(2026, 9, 1), passed=True, today=TODAY)
    cycle.refresh_from_db()
    assert (cycle.closed_on, cycle.closed_by) == (dt.date(2026, 9, 1), "exam")
    assert cma.cycles.filter(closed_on__isnull=True).get().starts_on == dt.date(2026, 9, 1)


def test_exam_attempt_for_program_without_exam_is_refused(ccma):
    with pytest.raises(ValidationError, match="no exam route"):
        services.exam_attempt_record(
            cycle=ccma.cycles.get(), taken_on=dt.date(2026, 1, 1), passed=True, today=TODAY
        )


def test_activity_create_stores_split_and_exclusions(user, cma, ccma):
    activity = services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="  EKG course ",
            completed_on=dt.date(2025, 5, 1),
            amount=Decimal("6.50"),
            approved=True,
            categories={"clinical": Decimal("4.25"), "general": Decimal("2.25"), "administrative": None},
            excluded_from=[ccma],
        ),
    )
    assert activity.title == "EKG course"
    assert sorted(activity.shares.values_list("category", "amount")) == [
        ("clinical", Decimal("4.25")),
        ("general", Decimal("2.25")),
    ]
    assert list(activity.excluded_from.all()) == [ccma]


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"amount": Decimal("0")}, "amount", "greater than zero"),
        ({"amount": Decimal("-2")}, "amount", "greater than zero"),
        ({"categories": {"clinical": Decimal("3")}}, "categories", "adds up to 3"),
        ({"categories": {}}, "categories", "Choose a category"),
        ({"unit": "cpr_card", "amount": Decimal("1.5"), "categories": {}}, "amount", "Log each CPR/BLS card"),
        ({"unit": "cpr_card", "amount": Decimal("3"), "categories": {}}, "amount", "Log each CPR/BLS card"),
        (
            {"kind": "cpr", "amount": Decimal("1"), "categories": {"general": Decimal("1")}},
            "categories",
            "clinical",
        ),
        ({"unit": "ebook_pages"}, "unit", "Choose the unit printed on the certificate"),
        ({"title": "  "}, "title", "cannot be blank"),
        ({"completed_on": dt.date(1900, 1, 1)}, "completed_on", "after 1950"),
        ({"completed_on": dt.date(2040, 1, 1)}, "completed_on", "five years"),
    ],
)
def test_activity_validation_errors_name_the_field(user, cma, fields, field, words):
    data = {
        "owner": user,
        "title": "Course",
        "completed_on": dt.date(2025, 5, 1),
        "amount": Decimal("5"),
        "categories": {"clinical": Decimal("5")},
    } | fields
    with pytest.raises(ValidationError) as error:
        activity_log(**data)
    assert words in " ".join(error.value.message_dict[field])
    assert not CEActivity.objects.exists()
    assert not CategoryShare.objects.exists()


def test_category_optional_without_a_categorised_credential(user, ccma):
    activity = services.activity_create(
        owner=user,
        data=ActivityInput.of(title="Course", completed_on=dt.date(2025, 5, 1), amount=Decimal("2")),
    )
    assert not activity.shares.exists()


def test_excluding_another_persons_credential_is_refused(user, other_user):
    theirs = services.credential_create(
        owner=other_user, program="ccma-nha", certified_on=dt.date(2025, 1, 1), today=TODAY
    )
    with pytest.raises(ValidationError) as error:
        services.activity_create(
            owner=user,
            data=ActivityInput.of(
                title="x", completed_on=dt.date(2025, 5, 1), amount=Decimal(1), excluded_from=[theirs]
            ),
        )
    assert "excluded_from" in error.value.message_dict


def test_activity_update_replaces_split_atomically(user, cma, make_activity):
    activity = make_activity(amount="4", categories={"clinical": "4"})
    with pytest.raises(ValidationError):
        services.activity_update(
            activity=activity,
            data=ActivityInput.of(
                title="Changed",
                completed_on=activity.completed_on,
                amount=Decimal("4"),
                categories={"clinical": Decimal("1")},
            ),
        )
    activity.refresh_from_db()
    assert activity.title == "Course"
    assert list(activity.shares.values_list("category", "amount")) == [("clinical", Decimal("4"))]

    services.activity_update(
        activity=activity,
        data=ActivityInput.of(
            title="Changed",
            completed_on=activity.completed_on,
            amount=Decimal("4"),
            categories={"administrative": Decimal("1"), "general": Decimal("3")},
        ),
    )
    activity.refresh_from_db()
    assert activity.title == "Changed"
    assert sorted(activity.shares.values_list("category", flat=True)) == ["administrative", "general"]


def test_certificate_upload_checks_type_and_content(user, ccma):
    base = {"owner": user, "title": "x", "completed_on": dt.date(2025, 5, 1), "amount": Decimal(1)}
    with pytest.raises(ValidationError, match="PDF, PNG or JPEG"):
        activity_log(**base, certificate=SimpleUploadedFile("cert.exe", b"MZ"))
    with pytest.raises(ValidationError, match="not a real PDF"):
        activity_log(**base, certificate=SimpleUploadedFile("cert.pdf", b"<html>"))
    activity = activity_log(
        **base, certificate=SimpleUploadedFile("Certificado Peña.pdf", PDF_BYTES, "application/pdf")
    )
    assert activity.certificate_name == "Certificado Peña.pdf"
    assert activity.certificate.read() == PDF_BYTES
    assert f"certificates/{user.pk}/" in activity.certificate.name
    assert CEActivity.objects.count() == 1


def test_certificate_too_large_is_refused(user, ccma, settings):
    settings.CERTIFICATE_MAX_BYTES = 10
    with pytest.raises(ValidationError, match="larger than"):
        services.activity_create(
            owner=user,
            data=ActivityInput.of(title="x", completed_on=dt.date(2025, 5, 1), amount=Decimal(1)),
            certificate=SimpleUploadedFile("c.pdf", PDF_BYTES),
        )


def test_activity_delete_removes_its_certificate(user, ccma, django_capture_on_commit_callbacks):
    activity = services.activity_create(
        owner=user,
        data=ActivityInput.of(title="x", completed_on=dt.date(2025, 5, 1), amount=Decimal(1)),
        certificate=SimpleUploadedFile("c.pdf", PDF_BYTES),
    )
    name = activity.certificate.name
    storage = activity.certificate.storage
    with django_capture_on_commit_callbacks(execute=True):
        services.activity_delete(activity=activity)
    assert not storage.exists(name)
    assert not CEActivity.objects.exists()


def test_credential_delete_keeps_activities(user, cma, make_activity):
    make_activity()
    services.credential_delete(credential=cma)
    assert not Cycle.objects.exists()
    assert CEActivity.objects.count() == 1


@pytest.mark.parametrize(
    ("model_fields", "constraint"),
    [
        ({"amount": Decimal("-1")}, "activity_amount_positive"),
        ({"kind": "bogus"}, "activity_kind_known"),
    ],
)
def test_database_constraints_hold_without_services(user, model_fields, constraint):
    with pytest.raises(IntegrityError, match=constraint), transaction.atomic():
        CEActivity.objects.create(
            owner=user, title="x", completed_on=dt.date(2025, 1, 1), **({"amount": Decimal(1)} | model_fields)
        )


def test_database_allows_one_open_cycle_per_credential(cma):
    with pytest.raises(IntegrityError), transaction.atomic():
        Cycle.objects.create(
            credential=cma,
            starts_on=dt.date(2023, 1, 1),
            expires_on=dt.date(2028, 1, 31),
            ce_deadline=dt.date(2028, 4, 30),
        )


def test_database_refuses_cycle_ending_before_it_starts(cma):
    with pytest.raises(IntegrityError, match="cycle_starts_before_expiry"), transaction.atomic():
        Cycle.objects.create(
            credential=cma,
            starts_on=dt.date(2023, 1, 1),
            expires_on=dt.date(2022, 1, 31),
            ce_deadline=dt.date(2022, 4, 30),
            closed_on=dt.date(2023, 2, 1),
            closed_by="ce",
        )


def test_program_cannot_change_after_a_recertification(ccma, meet):
    meet(ccma)
    old = ccma.cycles.get()
    services.cycle_recertify(cycle=old, recertified_on=dt.date(2026, 9, 1), today=TODAY)
    with pytest.raises(ValidationError) as error:
        services.credential_update(
            credential=ccma,
            program="custom",
            certified_on=ccma.certified_on,
            custom_name="X",
            custom_body="X board",
            custom_cycle_months=1,
            custom_points_needed=Decimal(1),
            today=TODAY,
        )
    assert "cannot change" in error.value.message_dict["program"][0]
    old.refresh_from_db()
    assert (old.expires_on, old.closed_on) == (dt.date(2027, 3, 1), dt.date(2026, 9, 1))


def test_credential_without_cycle_gets_one_on_edit(user):
    bare = Credential.objects.create(owner=user, program="ccma-nha", certified_on=dt.date(2025, 1, 1))
    services.credential_update(
        credential=bare, program="ccma-nha", certified_on=dt.date(2025, 2, 1), today=TODAY
    )
    assert bare.cycles.get().starts_on == dt.date(2025, 2, 1)


@pytest.mark.parametrize(
    ("route", "day", "field", "words"),
    [
        ("exam", dt.date(2026, 1, 1), "route", "no exam route"),
        ("ce", dt.date(2025, 3, 1), "recertified_on", "after this period's start"),
    ],
)
def test_recertify_refuses_impossible_routes_and_days(ccma, route, day, field, words):
    with pytest.raises(ValidationError) as error:
        services.cycle_recertify(cycle=ccma.cycles.get(), recertified_on=day, route=route, today=TODAY)
    assert words in error.value.message_dict[field][0]
    assert ccma.cycles.count() == 1


def test_r_cma_12_exam_route_closed_after_third_failure(cma):
    cycle = cma.cycles.get()
    for month in (1, 2, 3):
        services.exam_attempt_record(cycle=cycle, taken_on=dt.date(2026, month, 5), passed=False, today=TODAY)
    with pytest.raises(ValidationError) as error:
        services.cycle_recertify(cycle=cycle, recertified_on=dt.date(2026, 6, 1), route="exam", today=TODAY)
    assert "newly completed CAAHEP- or ABHES-accredited" in error.value.message_dict["route"][0]


def test_failed_save_leaves_no_certificate_behind(user, ccma, monkeypatch):
    from django.core.files.storage import default_storage

    def broken_bulk_create(*args, **kwargs):
        raise IntegrityError("simulated")

    monkeypatch.setattr(CategoryShare.objects, "bulk_create", broken_bulk_create)

    def stored() -> set[str]:
        folder = f"certificates/{user.pk}"
        return set(default_storage.listdir(folder)[1]) if default_storage.exists(folder) else set()

    before = stored()
    with pytest.raises(IntegrityError):
        services.activity_create(
            owner=user,
            data=ActivityInput.of(title="x", completed_on=dt.date(2025, 5, 1), amount=Decimal(1)),
            certificate=SimpleUploadedFile("c.pdf", PDF_BYTES),
        )
    after = stored()
    assert after == before
    assert not CEActivity.objects.exists()


def test_custom_cycle_longer_than_240_months_is_refused(user):
    with pytest.raises(ValidationError) as error:
        services.credential_create(
            owner=user,
            program="custom",
            certified_on=dt.date(2025, 1, 1),
            custom_name="X",
            custom_body="X board",
            custom_cycle_months=241,
            custom_points_needed=Decimal(1),
            today=TODAY,
        )
    assert "custom_cycle_months" in error.value.message_dict


# --------------------------------------------------------------------------- units (R-CCMA-2)


@pytest.mark.parametrize(
    ("unit", "kind", "approved"),
    [
        ("contact_hours", "ce", False),
        ("aama_ceus", "ce", True),
        ("amt_points", "ce", False),
        ("nha_credits", "nha", False),
        ("college_credits", "college", False),
    ],
)
def test_r_ccma_2_unit_fixes_kind_and_approval(user, cma, unit, kind, approved):
    activity = services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Course",
            completed_on=dt.date(2025, 5, 1),
            unit=unit,
            amount=Decimal(2),
            categories={"general": Decimal(2)},
        ),
    )
    assert (activity.unit, activity.kind, activity.approved) == (unit, kind, approved)


def test_r_cma_8_college_credit_is_never_aama_approved_whatever_is_ticked(user, cma):
    activity = services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Anatomy",
            completed_on=dt.date(2025, 5, 1),
            kind="college",
            approved=True,
            amount=Decimal(1),
            categories={"general": Decimal(1)},
        ),
    )
    assert (activity.unit, activity.approved) == ("college_credits", False)


def test_database_refuses_a_unit_that_contradicts_its_kind(user):
    with pytest.raises(IntegrityError), transaction.atomic():
        CEActivity.objects.create(
            owner=user, title="x", completed_on=dt.date(2025, 1, 1), unit="aama_ceus", kind="ce", amount=1
        )


def test_r_ccma_2_one_ten_hour_course_counts_per_credential(user, cma, ccma):
    from credentials import selectors

    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Outside course",
            completed_on=dt.date(2025, 6, 1),
            unit="contact_hours",
            amount=Decimal(10),
            categories={"clinical": Decimal(10)},
        ),
    )
    progress = {p.credential.program: p.result for p in selectors.dashboard_get(user=user, today=TODAY)}
    assert progress["ccma-nha"].counted_points == Decimal(5)  # 2 hours = 1 NHA credit
    assert progress["cma-aama"].counted_points == Decimal(10)  # 1 hour = 1 point


# --------------------------------------------------------------------------- recertifying


def test_recertify_by_ce_refused_until_the_engine_says_met(cma, make_activity):
    make_activity(amount="20", approved=True, categories={"administrative": "20"})
    cycle = cma.cycles.get()
    with pytest.raises(ValidationError) as error:
        services.cycle_recertify(cycle=cycle, recertified_on=dt.date(2026, 10, 2), route="ce", today=TODAY)
    message = error.value.message_dict["route"][0]
    assert "does not meet the CMA (AAMA) requirements" in message
    assert (
        "40 more points: at least 10 clinical, at least 10 general, and at least 10 AAMA-approved "
        "(any category)" in message
    )
    cycle.refresh_from_db()
    assert (cycle.closed_on, cma.cycles.count()) == (None, 1)


def test_recertify_override_needs_the_printed_expiry_and_uses_it(cma):
    cycle = cma.cycles.get()
    with pytest.raises(ValidationError) as error:
        services.cycle_recertify(
            cycle=cycle, recertified_on=dt.date(2026, 10, 2), route="accepted", today=TODAY
        )
    assert "new expiry date" in error.value.message_dict["new_expires_on"][0]
    new = services.cycle_recertify(
        cycle=cycle,
        recertified_on=dt.date(2026, 10, 2),
        route="accepted",
        new_expires_on=dt.date(2031, 10, 31),
        today=TODAY,
    )
    assert (new.starts_on, new.expires_on, new.printed_expires_on) == (
        dt.date(2026, 10, 2),
        dt.date(2031, 10, 31),
        dt.date(2031, 10, 31),
    )
    assert new.ce_deadline == dt.date(2032, 1, 31)  # R-CMA-9 from the printed expiry


def test_recertification_can_be_undone_within_30_days(cma, meet):
    meet(cma)
    old = cma.cycles.get()
    new = services.cycle_recertify(cycle=old, recertified_on=dt.date(2026, 10, 2), today=TODAY)
    reopened = services.cycle_reopen(credential=cma)
    assert reopened.pk == old.pk
    assert (reopened.closed_on, reopened.closed_by) == (None, "")
    assert not Cycle.objects.filter(pk=new.pk).exists()
    with pytest.raises(ValidationError, match="no recertification to undo"):
        services.cycle_reopen(credential=cma)


def test_recertification_cannot_be_undone_after_30_days(cma, meet):
    meet(cma)
    new = services.cycle_recertify(cycle=cma.cycles.get(), recertified_on=dt.date(2026, 10, 2), today=TODAY)
    Cycle.objects.filter(pk=new.pk).update(created_at=new.created_at - dt.timedelta(days=31))
    with pytest.raises(ValidationError, match="30 days"):
        services.cycle_reopen(credential=cma)
    assert cma.cycles.count() == 2


def test_undoing_an_exam_recertification_removes_the_pass(cma):
    services.exam_attempt_record(
        cycle=cma.cycles.get(), taken_on=dt.date(2026, 9, 1), passed=True, today=TODAY
    )
    services.cycle_reopen(credential=cma)
    cycle = cma.cycles.get()
    assert cycle.closed_on is None
    assert not cycle.exam_attempts.exists()


def test_r_rma_1_early_compliance_does_not_restart_the_cycle(user):
    rma = services.credential_create(
        owner=user, program="rma-amt", certified_on=dt.date(2024, 3, 15), today=TODAY
    )
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="CCP", completed_on=dt.date(2025, 1, 1), unit="amt_points", amount=Decimal(30)
        ),
    )
    new = services.cycle_recertify(cycle=rma.cycles.get(), recertified_on=dt.date(2026, 6, 1), today=TODAY)
    assert (new.starts_on, new.expires_on) == (dt.date(2027, 3, 15), dt.date(2030, 3, 15))


# --------------------------------------------------------------------------- asking before saving


def test_exact_duplicate_asks_before_saving(user, cma, make_activity):
    make_activity(title="EKG basics", amount="2", completed_on=dt.date(2025, 6, 1))
    with pytest.raises(services.NeedsConfirmation) as warning:
        make_activity(title="ekg basics ", amount="2", completed_on=dt.date(2025, 6, 1))
    assert "already logged “ekg basics”" in warning.value.messages[0]
    assert CEActivity.objects.count() == 1
    make_activity(title="ekg basics", amount="2", completed_on=dt.date(2025, 6, 1), confirmed=True)
    assert CEActivity.objects.count() == 2


def test_course_worth_more_than_a_whole_period_asks_before_saving(user, ccma, make_activity):
    with pytest.raises(services.NeedsConfirmation) as warning:
        make_activity(amount="25", unit="nha_credits", categories={})
    assert "25 CE credits toward your CCMA (NHA)" in warning.value.messages[0]
    assert not CEActivity.objects.exists()


def test_second_credential_of_the_same_program_asks_before_saving(user, cma):
    with pytest.raises(services.NeedsConfirmation):
        services.credential_create(
            owner=user, program="cma-aama", certified_on=dt.date(2024, 1, 1), number="654321", today=TODAY
        )
    assert Credential.objects.count() == 1
    services.credential_create(
        owner=user,
        program="cma-aama",
        certified_on=dt.date(2024, 1, 1),
        number="654321",  # the two are told apart by their numbers (issue 15)
        today=TODAY,
        confirmed=True,
    )
    assert Credential.objects.count() == 2


# --------------------------------------------------------------------------- one card, two uses


def test_r_cma_11_r_bls_1_logging_a_card_starts_tracking_it(user, cma):
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="BLS card", completed_on=dt.date(2025, 7, 14), unit="cpr_card", amount=Decimal(1)
        ),
    )
    card = Credential.objects.get(owner=user, program="bls")
    cycle = card.cycles.get()
    assert (cycle.starts_on, cycle.expires_on) == (dt.date(2025, 7, 14), dt.date(2027, 7, 31))
    assert CEActivity.objects.filter(owner=user, kind="cpr").count() == 1


def test_r_bls_1_a_newer_card_renews_the_card_credential(user):
    card = services.credential_create(
        owner=user, program="bls", certified_on=dt.date(2024, 12, 1), today=TODAY
    )
    assert CEActivity.objects.get(owner=user).kind == "cpr"  # the card counts toward the CMA too
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="BLS renewal", completed_on=dt.date(2026, 11, 20), unit="cpr_card", amount=Decimal(1)
        ),
    )
    old, new = card.cycles.order_by("starts_on")
    assert (old.closed_on, old.closed_by) == (dt.date(2026, 11, 20), "card")
    assert (new.starts_on, new.expires_on) == (dt.date(2026, 11, 20), dt.date(2028, 11, 30))
    # An older card changes nothing.
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Old card", completed_on=dt.date(2023, 1, 5), unit="cpr_card", amount=Decimal(1)
        ),
    )
    assert card.cycles.count() == 2


def test_r_bls_1_card_is_renewed_by_a_card_not_by_recertifying(user):
    card = services.credential_create(
        owner=user, program="bls", certified_on=dt.date(2024, 12, 1), today=TODAY
    )
    with pytest.raises(ValidationError) as error:
        services.cycle_recertify(
            cycle=card.cycles.get(), recertified_on=dt.date(2026, 1, 1), route="ce", today=TODAY
        )
    assert "logging the new card" in error.value.message_dict["route"][0]


def test_custom_credential_printed_expiry_wins(user):
    ncma = services.credential_create(
        owner=user,
        program="custom",
        certified_on=dt.date(2025, 1, 10),
        custom_name="NCMA (NCCT)",
        custom_body="National Center for Competency Testing",
        custom_cycle_months=12,
        custom_points_needed=Decimal(14),
        printed_expires_on=dt.date(2025, 12, 31),
        today=TODAY,
    )
    cycle = ncma.cycles.get()
    assert (cycle.expires_on, cycle.printed_expires_on) == (dt.date(2025, 12, 31), dt.date(2025, 12, 31))
    services.credential_update(
        credential=ncma,
        program="custom",
        certified_on=dt.date(2025, 1, 10),
        custom_name="NCMA (NCCT)",
        custom_body="NCCT",
        custom_cycle_months=12,
        custom_points_needed=Decimal(14),
        printed_expires_on=None,
        today=TODAY,
    )
    cycle.refresh_from_db()
    assert (cycle.expires_on, cycle.printed_expires_on) == (dt.date(2026, 1, 10), None)


# --------------------------------------------------------------------------- review fixes


def test_rma_accepted_early_needs_an_expiry_after_the_anniversary_start(user):
    rma = services.credential_create(
        owner=user, program="rma-amt", certified_on=dt.date(2024, 5, 1), today=TODAY
    )
    with pytest.raises(ValidationError) as error:
        services.cycle_recertify(
            cycle=rma.cycles.get(),
            recertified_on=dt.date(2026, 10, 1),
            route="accepted",
            new_expires_on=dt.date(2027, 1, 1),
            today=TODAY,
        )
    assert "after the new period starts, May 1, 2027" in error.value.message_dict["new_expires_on"][0]
    assert rma.cycles.count() == 1


def test_an_expiry_far_in_the_future_is_a_field_error_not_a_crash(cma):
    with pytest.raises(ValidationError) as error:
        services.cycle_recertify(
            cycle=cma.cycles.get(),
            recertified_on=dt.date(2026, 10, 1),
            route="accepted",
            new_expires_on=dt.date(9999, 11, 15),
            today=TODAY,
        )
    assert "Check the year" in error.value.message_dict["new_expires_on"][0]
    assert cma.cycles.get().closed_on is None


def test_custom_printed_expiry_before_the_open_period_start_is_a_field_error(user):
    ncma = services.credential_create(
        owner=user,
        program="custom",
        certified_on=dt.date(2023, 1, 10),
        custom_name="NCMA",
        custom_body="NCCT",
        custom_cycle_months=12,
        custom_points_needed=Decimal(0),
        today=TODAY,
    )
    services.cycle_recertify(cycle=ncma.cycles.get(), recertified_on=dt.date(2024, 1, 10), today=TODAY)
    with pytest.raises(ValidationError) as error:
        services.credential_update(
            credential=ncma,
            program="custom",
            certified_on=dt.date(2023, 1, 10),
            custom_name="NCMA",
            custom_body="NCCT",
            custom_cycle_months=12,
            custom_points_needed=Decimal(0),
            printed_expires_on=dt.date(2023, 12, 31),
            today=TODAY,
        )
    assert "printed_expires_on" in error.value.message_dict
    assert ncma.cycles.get(closed_on__isnull=True).printed_expires_on is None


def test_r_bls_1_correcting_a_card_date_or_deleting_it_reopens_the_period_it_closed(user):
    card = services.credential_create(
        owner=user, program="bls", certified_on=dt.date(2024, 12, 1), today=TODAY
    )
    renewal = services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="BLS renewal", completed_on=dt.date(2026, 11, 10), unit="cpr_card", amount=Decimal(1)
        ),
    )
    services.activity_update(
        activity=renewal,
        data=ActivityInput.of(
            title="BLS renewal", completed_on=dt.date(2026, 11, 12), unit="cpr_card", amount=Decimal(1)
        ),
        today=TODAY,
    )
    assert list(card.cycles.order_by("starts_on").values_list("starts_on", "closed_on")) == [
        (dt.date(2024, 12, 1), dt.date(2026, 11, 12)),
        (dt.date(2026, 11, 12), None),
    ]
    services.activity_delete(activity=CEActivity.objects.get(pk=renewal.pk))
    assert list(card.cycles.values_list("starts_on", "closed_on")) == [(dt.date(2024, 12, 1), None)]


def test_r_cma_6_the_last_course_and_the_recertification_on_the_same_day(cma, meet):
    """Finishing the last course on day D and recording "I recertified" on D is accepted: the
    closing period counts what was completed on D, and the next period (its dates still from D,
    R-CMA-1) counts from the day after, so the course never counts twice."""
    day = TODAY
    meet(cma, day)  # every point completed today
    cycle = cma.cycles.get()
    new = services.cycle_recertify(cycle=cycle, recertified_on=day, route="ce", today=day)
    assert (new.starts_on, new.counts_from) == (day, day + dt.timedelta(days=1))
    assert new.expires_on == rules.month_end(rules.add_months(day.replace(day=1), 60))
    cycle.refresh_from_db()
    closed = selectors.cycle_progress_get(cycle=cycle, today=day, fresh=True).result
    opened = selectors.cycle_progress_get(cycle=new, today=day, fresh=True).result
    assert (closed.met, closed.counted_points) == (True, Decimal(60))
    assert opened.counted_points == 0
    listed = selectors.activities_in_cycle(CEActivity.objects.filter(owner=cma.owner), cycle=cycle)
    assert listed.count() == 3
    assert not selectors.activities_in_cycle(CEActivity.objects.filter(owner=cma.owner), cycle=new).exists()


def test_r_cma_6_a_course_the_day_after_counts_in_the_new_period(cma, meet, user):
    meet(cma, TODAY - dt.timedelta(days=3))
    new = services.cycle_recertify(
        cycle=cma.cycles.get(), recertified_on=TODAY - dt.timedelta(days=1), route="ce", today=TODAY
    )
    services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title="Next period",
            completed_on=TODAY,
            unit="aama_ceus",
            amount=Decimal(2),
            categories={"clinical": Decimal(2)},
        ),
        today=TODAY,
    )
    assert selectors.cycle_progress_get(cycle=new, today=TODAY, fresh=True).result.counted_points == 2
