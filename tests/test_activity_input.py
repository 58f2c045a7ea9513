"""One way in for an activity (credentials/activity_input.py): every door builds an ActivityInput,
and the same bad amount gets the same words at each door, next to the field or the row."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from credentials import log_io, services
from credentials.activity_input import ActivityInput, activity_input_errors, amount_error
from credentials.models import CEActivity
from credentials.portability import person_export, person_import
from tests.conftest import PDF_BYTES, TODAY
from tests.test_views import activity_post, errors_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_in(client, user):
    client.force_login(user)
    return client


# (as typed, the one rule's words)
BAD_AMOUNTS = [
    ("0", "Enter an amount greater than zero."),
    ("-1", "Enter an amount greater than zero."),
    ("2.555", "Enter the amount with at most 2 decimal places."),
    ("100000", "Enter an amount under 100,000."),
    ("1" + "0" * 30, "Enter an amount under 100,000."),  # too many digits to round to cents
]


@pytest.mark.parametrize(("amount", "words"), BAD_AMOUNTS)
def test_the_rule_itself(amount, words):
    assert amount_error(Decimal(amount)) == words


@pytest.mark.parametrize("amount", ["0.01", "1", "2.5", "99999.99"])
def test_good_amounts_pass(amount):
    assert amount_error(Decimal(amount)) == ""


def test_a_float_is_not_an_exact_amount():
    assert amount_error(2.5) == "Enter an exact number."


@pytest.mark.parametrize(("amount", "words"), BAD_AMOUNTS)
def test_the_service_says_it_next_to_the_amount(user, cma, amount, words):
    data = ActivityInput.of(
        title="Course",
        completed_on=dt.date(2025, 5, 1),
        unit="aama_ceus",
        amount=Decimal(amount),
        categories={"clinical": Decimal(amount)},
    )
    with pytest.raises(ValidationError) as error:
        services.activity_create(owner=user, data=data, today=TODAY)
    assert error.value.message_dict["amount"] == [words]
    assert not CEActivity.objects.exists()


@pytest.mark.parametrize(("amount", "words"), BAD_AMOUNTS)
def test_door_the_form(client_in, cma, amount, words):
    response = client_in.post(reverse("activity_add"), activity_post(amount=amount))
    assert response.status_code == 200
    assert errors_of(response)["amount"] == [words]
    assert not CEActivity.objects.exists()


@pytest.mark.parametrize(("amount", "words"), BAD_AMOUNTS)
def test_door_the_certificate_inbox(client_in, user, cma, amount, words):
    draft = services.certificate_draft_create(
        owner=user, file=SimpleUploadedFile("cert.pdf", PDF_BYTES, "application/pdf")
    )
    response = client_in.post(reverse("draft_detail", args=[draft.pk]), activity_post(amount=amount))
    assert response.status_code == 200
    assert errors_of(response)["amount"] == [words]
    assert not CEActivity.objects.exists()


@pytest.mark.parametrize(("amount", "words"), BAD_AMOUNTS)
def test_door_the_log_import(user, cma, amount, words):
    text = f"Date,Title,Amount,Unit,Category\n2025-05-01,Course,{amount},AAMA CEUs,clinical\n"
    parsed = log_io.log_parse(text=text, owner=user)
    assert parsed.errors == [f"Row 2: amount: {words}"]


@pytest.mark.parametrize(("amount", "words"), BAD_AMOUNTS)
def test_door_the_data_archive(user, cma, make_activity, amount, words):
    make_activity(amount="2", categories={"clinical": "2"})
    exported = json.loads(json.dumps(person_export(user=user)))
    exported["activities"][0]["amount"] = amount
    with pytest.raises(ValidationError) as error:
        person_import(data=exported, email="new@example.com")
    assert error.value.messages == [f"activity 1: amount: {words}"]


def test_the_errors_of_an_input_are_keyed_by_field():
    data = ActivityInput.of(
        title="Course",
        completed_on=dt.date(1949, 12, 31),
        unit="parsecs",
        amount=Decimal(0),
        categories={"clinical": Decimal(1)},
    )
    errors = activity_input_errors(data, owner_id=1, today=TODAY, needing=[])
    assert errors == {
        "amount": "Enter an amount greater than zero.",
        "unit": "Choose the unit printed on the certificate.",
        "completed_on": "Enter a date after 1950.",
    }


def test_an_older_export_without_a_unit_gets_the_unit_its_kind_and_approval_meant():
    assert ActivityInput.of(
        title="x", completed_on=TODAY, amount=Decimal(1), kind="ce", approved=True
    ).unit == ("aama_ceus")
    assert ActivityInput.of(title=" x ", completed_on=TODAY, amount=Decimal(1)).title == "x"


def test_one_formatter_writes_amounts_everywhere():
    from credentials import rules
    from credentials.log_io import decimal_text

    for value, text in [("2.50", "2.5"), ("60.00", "60"), ("0.00", "0"), ("1E+2", "100"), ("0.25", "0.25")]:
        assert rules.format_amount(Decimal(value)) == text
        assert decimal_text(Decimal(value)) == text


def test_a_split_part_too_long_to_round_is_named_not_a_crash(user, cma):
    part = "1" + "0" * 30
    text = f"Date,Title,Amount,Unit,Clinical\n2025-05-01,Course,2,AAMA CEUs,{part}\n"
    parsed = log_io.log_parse(text=text, owner=user)
    assert parsed.errors == [f"Row 2: the clinical part {part} is too large"]
