"""Migration 0003 on rows written before it: units from kinds, revised CE deadlines, old periods."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

# The accounts app stays at its latest: its tables are named by 0002.
ACCOUNTS = ("accounts", "0002_tables_of_the_accounts_app")
BEFORE = [ACCOUNTS, ("credentials", "0002_custom_cycle_at_most_240_months")]
AFTER = [ACCOUNTS, ("credentials", "0003_units_printed_expiry_routes")]


def test_0003_fills_units_and_recomputes_deadlines_and_old_periods_cannot_be_undone(django_user_model):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    user = old.get_model("accounts", "User").objects.create(email="old@example.com", password="x")
    credential = old.get_model("credentials", "Credential").objects.create(
        owner_id=user.pk, program="cma-aama", certified_on=dt.date(2014, 2, 10)
    )
    # Stored by the old engine: no CE window for a 2019 expiry (R-CMA-9 transition not applied).
    old.get_model("credentials", "Cycle").objects.create(
        credential=credential,
        starts_on=dt.date(2014, 2, 10),
        expires_on=dt.date(2019, 2, 28),
        ce_deadline=dt.date(2019, 2, 28),
    )
    Activity = old.get_model("credentials", "CEActivity")
    for kind, approved in (("ce", True), ("ce", False), ("college", False), ("cpr", True)):
        Activity.objects.create(
            owner_id=user.pk,
            title=kind,
            completed_on=dt.date(2015, 1, 1),
            kind=kind,
            amount=1,
            approved=approved,
        )

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    units = sorted(new.get_model("credentials", "CEActivity").objects.values_list("kind", "unit", "approved"))
    assert units == [
        ("ce", "aama_ceus", True),
        ("ce", "contact_hours", False),
        ("college", "college_credits", False),
        ("cpr", "cpr_card", False),
    ]
    cycle = new.get_model("credentials", "Cycle").objects.get()
    assert cycle.ce_deadline == dt.date(2020, 3, 30)  # R-CMA-9 transition
    assert cycle.created_at.date() == dt.date(2014, 2, 10)  # far past: no undo offered


@pytest.fixture(autouse=True)
def _back_to_the_latest_schema():
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
