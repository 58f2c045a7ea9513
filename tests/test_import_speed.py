"""Saving an imported log: every check of logging the rows one by one, in queries that do not grow
with the rows (a 2,000-row save held SQLite's write lock for 14 to 30 s when each row made its own)."""

from __future__ import annotations

import contextlib
import datetime as dt
import math
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from credentials import log_io, services
from credentials.models import CategoryShare, CEActivity, Cycle
from tests.conftest import activity_log, entries

pytestmark = pytest.mark.django_db

EXCLUSIONS = CEActivity.excluded_from.through
# What a save asks whatever the number of rows: the savepoint, the owner's lock, the credentials'
# programs, the credentials, the open periods, the activities of the file's dates, the progress
# version, the savepoint's release. The inserts come on top, in batches (``batches``).
SAVE_QUERIES = 8
# The preview reads the same four things as the save (no lock, no write, no transaction), then
# what each row would count (issue 24): the person's activities, shares, exclusions and open periods.
CHECK_QUERIES = 8


def log_text(rows: int) -> str:
    lines = ["Date,Title,Provider,Hours,Category,AAMA approved,Notes,Do not count toward\n"]
    for i in range(rows):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=i % 900)
        category = ("clinical", "general 1; administrative 0.5", "administrative")[i % 3]
        excluded = "CCMA (NHA)" if i % 5 == 0 else ""
        approved = "yes" if i % 2 else "no"
        lines.append(f"{day},Course {i},Provider {i % 7},1.5,{category},{approved},note {i},{excluded}\n")
    return "".join(lines)


def batches(model, rows: int) -> int:
    """How many INSERT statements Django splits ``rows`` new rows of ``model`` into: one on
    PostgreSQL, one per 999 parameters on SQLite."""
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    return math.ceil(rows / connection.ops.bulk_batch_size(fields, [None] * rows)) if rows else 0


def credentials_of(owner) -> dict:
    return {c.program: c for c in owner.credentials.all()}


@pytest.fixture
def twin(other_user, cma, ccma):
    """Someone holding the same credentials as ``user``, to compare two ways of saving."""
    for credential in (cma, ccma):
        services.credential_create(
            owner=other_user,
            program=credential.program,
            certified_on=credential.certified_on,
            number=credential.number,
        )
    return other_user


def test_a_save_makes_the_same_queries_for_2000_rows_as_for_20(user, twin):
    for owner, rows in ((user, 20), (twin, log_io.MAX_ROWS)):
        parsed = log_io.log_parse(text=log_text(rows), owner=owner)
        assert parsed.ok, parsed.errors[:3]
        with CaptureQueriesContext(connection) as queries:
            created = log_io.activity_log_import(owner=owner, rows=parsed.rows)
        assert len(created) == rows
        shares = CategoryShare.objects.filter(activity__owner=owner).count()
        exclusions = EXCLUSIONS.objects.filter(ceactivity__owner=owner).count()
        inserts = batches(CEActivity, rows) + batches(CategoryShare, shares) + batches(EXCLUSIONS, exclusions)
        assert (rows, len(queries)) == (rows, SAVE_QUERIES + inserts)
        assert sum(q["sql"].startswith("INSERT") for q in queries.captured_queries) == inserts


def test_the_preview_checks_every_row_reading_only(user, cma, ccma):
    for rows in (20, log_io.MAX_ROWS):
        parsed = log_io.log_parse(text=log_text(rows), owner=user)
        with CaptureQueriesContext(connection) as queries:
            assert log_io.activity_log_check(owner=user, rows=parsed.rows)
        # Only reads, not even a savepoint: SQLite's write lock is never taken for a preview.
        assert [q["sql"].split()[0] for q in queries.captured_queries] == ["SELECT"] * CHECK_QUERIES
        assert parsed.ok and not parsed.warning_rows
    assert CEActivity.objects.filter(owner=user).count() == 0


def one_by_one(owner, items: list[dict], *, keep: bool = False) -> list[ValidationError | None]:
    """The save as it was: each item through ``activity_create`` in turn, in one transaction
    (rolled back unless ``keep``); what each raised."""
    problems: list[ValidationError | None] = []

    class Undo(Exception):
        pass

    with contextlib.suppress(Undo), transaction.atomic():
        for item in items:
            try:
                activity_log(owner=owner, **item)
                problems.append(None)
            except ValidationError as error:
                problems.append(error)
        if not keep:
            raise Undo
    return problems


def said(problem: ValidationError | None):
    """A problem as the person reads it: its kind and its words, field by field."""
    if problem is None:
        return None
    words = problem.message_dict if hasattr(problem, "error_dict") else problem.messages
    return type(problem).__name__, words


def items_for(owner) -> list[dict]:
    mine = credentials_of(owner)
    return [
        {
            "title": "Phlebotomy",
            "completed_on": dt.date(2025, 1, 5),
            "amount": Decimal("2"),
            "unit": "aama_ceus",
            "provider": "  AAMA ",
            "categories": {"clinical": Decimal("2")},
        },
        {
            "title": "Coding",
            "completed_on": dt.date(2024, 3, 1),
            "amount": Decimal("3.5"),
            "unit": "contact_hours",
            "categories": {"administrative": Decimal("2"), "general": Decimal("1.5"), "clinical": None},
            "notes": "Two evenings",
            "excluded_from": [mine["ccma-nha"]],
        },
        {
            "title": "HIPAA",
            "completed_on": dt.date(2025, 6, 1),
            "amount": Decimal("2"),
            "unit": "nha_credits",
            "categories": {"general": Decimal("2")},
            "verified_on_transcript": True,
        },
        {"title": "BLS", "completed_on": dt.date(2024, 7, 1), "amount": Decimal(1), "unit": "cpr_card"},
        {"title": "BLS", "completed_on": dt.date(2026, 7, 1), "amount": Decimal(1), "unit": "cpr_card"},
        {
            "title": "PHLEBOTOMY",  # the same course again, confirmed
            "completed_on": dt.date(2025, 1, 5),
            "amount": Decimal("2.00"),
            "unit": "aama_ceus",
            "categories": {"clinical": Decimal("2")},
            "confirmed": True,
        },
        {
            "title": "From an older export",  # the engine's kind and approval instead of a unit
            "completed_on": dt.date(2024, 9, 1),
            "amount": Decimal(1),
            "kind": "ce",
            "approved": True,
            "categories": {"general": Decimal(1)},
        },
    ]


def stored(owner) -> tuple[list, list]:
    activities = [
        (
            a.title,
            a.provider,
            a.completed_on,
            a.unit,
            a.kind,
            a.amount,
            a.approved,
            a.certificate.name,
            a.certificate_name,
            a.certificate_size,
            a.verified_on_transcript,
            a.notes,
            [(s.category, s.amount) for s in a.shares.order_by("category")],
            sorted(str(c) for c in a.excluded_from.all()),
        )
        for a in CEActivity.objects.filter(owner=owner).order_by("pk")
    ]
    cycles = [
        (str(c.credential), c.starts_on, c.expires_on, c.ce_deadline, c.closed_on, c.closed_by)
        for c in Cycle.objects.filter(credential__owner=owner).order_by("credential__program", "starts_on")
    ]
    return activities, cycles


def test_a_save_stores_what_saving_one_by_one_stored(user, twin):
    assert one_by_one(user, items_for(user), keep=True) == [None] * 7
    created = services.activities_create(owner=twin, activities=entries(items_for(twin)))
    assert [a.pk for a in created] == list(
        CEActivity.objects.filter(owner=twin).order_by("pk").values_list("pk", flat=True)
    )
    assert stored(twin) == stored(user)
    assert any(c[0] == "CPR/BLS card" for c in stored(twin)[1])  # the card credential, renewed in order


def _bad(owner, other_user) -> list[dict]:
    theirs = services.credential_create(owner=other_user, program="rma-amt", certified_on=dt.date(2024, 1, 1))
    future = timezone.localdate() + dt.timedelta(days=6 * 366)
    return [
        {"amount": 0.5},
        {"amount": Decimal(0)},
        {"amount": Decimal(-1)},
        {"amount": Decimal("1.234"), "categories": {"clinical": Decimal("1.234")}},
        {"amount": Decimal(100_000), "categories": {"clinical": Decimal(100_000)}},
        {"categories": {"surgery": Decimal(2)}},
        {"categories": {"clinical": Decimal(-1), "general": Decimal(3)}},
        {"categories": {"clinical": Decimal(1)}},
        {"categories": {}},
        {"unit": "cpr_card", "categories": {}},
        {"unit": "cpr_card", "amount": Decimal(1), "categories": {"general": Decimal(1)}},
        {"unit": "furlongs"},
        {"unit": None, "kind": "surgery"},
        {"completed_on": dt.date(1949, 12, 31)},
        {"completed_on": future},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"provider": "p" * 201},
        {"excluded_from": [theirs]},
        # Likely mistakes, said unless confirmed.
        {"title": "course"},  # logged already as "Course" that day, for that amount
        {"amount": Decimal(70), "unit": "aama_ceus", "categories": {"clinical": Decimal(70)}},
        {"amount": Decimal("0.5"), "categories": {"clinical": Decimal("0.5")}},  # under 1 contact hour
        {"completed_on": dt.date(2028, 6, 1)},  # after the periods' CE deadlines
    ]


def test_every_check_refuses_what_it_refused_one_by_one(user, cma, ccma, other_user, make_activity):
    make_activity(title="Course", amount="2", completed_on=dt.date(2025, 6, 1))
    base = {
        "title": "A course",
        "completed_on": dt.date(2025, 6, 1),
        "amount": Decimal(2),
        "unit": "contact_hours",
        "categories": {"clinical": Decimal(2)},
    }
    bad = [base | change for change in _bad(user, other_user)]
    for item in bad:
        expected = said(one_by_one(user, [item])[0])
        assert expected is not None, item
        assert said(services.activities_check(owner=user, activities=entries([item]))[0]) == expected, item
    # Together, in one save: each refused as alone, and nothing saved.
    expected = [said(p) for p in one_by_one(user, bad)]
    assert [said(p) for p in services.activities_check(owner=user, activities=entries(bad))] == expected
    with pytest.raises(services.ActivitiesRefused) as refused:
        services.activities_create(owner=user, activities=entries([base, *bad]))
    assert [said(p) for p in refused.value.problems] == [None, *expected]
    assert CEActivity.objects.filter(owner=user).count() == 1


def test_a_row_repeated_in_the_file_is_asked_about_as_one_by_one(user, cma):
    row = {
        "title": "HIPAA",
        "completed_on": dt.date(2025, 3, 5),
        "amount": Decimal(1),
        "unit": "contact_hours",
        "categories": {"general": Decimal(1)},
    }
    items = [row, {**row, "title": " hipaa "}, {**row, "amount": Decimal(2), "categories": {"general": 2}}]
    expected = [said(p) for p in one_by_one(user, items)]
    assert [e and e[0] for e in expected] == [None, "NeedsConfirmation", None]
    assert [said(p) for p in services.activities_check(owner=user, activities=entries(items))] == expected
    # Confirmed, the repeat is saved like any other row.
    items[1]["confirmed"] = True
    assert len(services.activities_create(owner=user, activities=entries(items))) == 3


def test_a_certificate_cannot_ride_along(user, cma):
    item = {"title": "x", "completed_on": dt.date(2025, 3, 5), "amount": Decimal(1), "certificate": object()}
    with pytest.raises(TypeError):
        services.activities_check(owner=user, activities=entries([item]))
