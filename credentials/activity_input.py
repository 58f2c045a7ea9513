"""One CE activity as a person enters it, whichever way it comes in.

Four doors let an activity in: the activity form (and the certificate inbox's draft, which is the
same form filled from the certificate), the log import (CSV, XLSX, a transcript's table), and the
data archive's restore. Each parses what it was given into an ``ActivityInput``; the services
take only that, and ``activity_input_errors`` is the one place that says what is wrong with it.
An error is keyed by the field it belongs to, so a form shows it next to the field and an import
next to its row ("Row 4: amount: Enter an amount greater than zero.").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from credentials import rules

EARLIEST = dt.date(1950, 1, 1)
# An edit that leaves the activity's certificate as it is (None removes it).
CERTIFICATE_KEPT = object()
# POINTS in models.py: 7 digits, 2 of them decimals.
AMOUNT_DECIMALS = 2
AMOUNT_LIMIT = Decimal(100_000)


@dataclasses.dataclass(frozen=True, kw_only=True)
class ActivityInput:
    """What a person enters for one activity, text trimmed, the unit as the certificate states it
    (R-CCMA-2). ``categories``: the amount split by category, zero parts left out.
    ``excluded_from``: credentials (of the same person) the activity must not count toward."""

    title: str
    completed_on: dt.date | None
    amount: Decimal | None
    unit: str
    provider: str = ""
    categories: Mapping[str, Decimal] = dataclasses.field(default_factory=dict)
    verified_on_transcript: bool = False
    notes: str = ""
    excluded_from: Sequence[Any] = ()

    @classmethod
    def of(
        cls,
        *,
        title: str,
        completed_on: dt.date | None,
        amount: Decimal | None,
        unit: str | None = None,
        kind: str | None = None,
        approved: bool = False,
        provider: str = "",
        categories: Mapping[str, Decimal | None] | None = None,
        verified_on_transcript: bool = False,
        notes: str = "",
        excluded_from: Iterable[Any] = (),
    ) -> ActivityInput:
        """The input from loose values: text trimmed, empty category parts dropped, and for a
        caller that knows only the engine's kind and approval (older exports), the unit those meant."""
        return cls(
            title=title.strip(),
            completed_on=completed_on,
            amount=amount,
            unit=unit_of(unit, kind, approved),
            provider=provider.strip(),
            categories={c: a for c, a in (categories or {}).items() if a not in (None, Decimal(0))},
            verified_on_transcript=verified_on_transcript,
            notes=notes.strip(),
            excluded_from=tuple(excluded_from),
        )

    @property
    def unit_facts(self) -> rules.Unit | None:
        return rules.UNITS.get(self.unit)

    def apply_to(self, activity: Any) -> None:
        """Set the activity's fields (a ``CEActivity``, saved or not) from this input; the unit fixes
        the engine's kind and the approval. Categories and exclusions are rows of their own."""
        activity.title = self.title
        activity.completed_on = self.completed_on
        activity.amount = self.amount
        activity.unit = self.unit
        activity.provider = self.provider
        activity.verified_on_transcript = self.verified_on_transcript
        activity.notes = self.notes
        facts = self.unit_facts
        if facts is not None:
            activity.kind, activity.approved = facts.kind, facts.approved


@dataclasses.dataclass(frozen=True)
class ActivityEntry:
    """One activity of a file saved many at once (``services.activities_create``), with what the
    person answered on the preview: ``confirmed`` its warnings, ``duplicate_kept`` a row marked as
    already logged."""

    data: ActivityInput
    confirmed: bool = False
    duplicate_kept: bool = False


def unit_of(unit: str | None, kind: str | None, approved: bool) -> str:
    if unit is not None:
        return unit
    kind = kind or rules.CE
    if kind == rules.CE and approved:
        return next(code for code, u in rules.UNITS.items() if u.kind == rules.CE and u.approved)
    return rules.UNIT_OF_KIND.get(kind, kind)


def amount_error(amount: Any) -> str:
    """What is wrong with an amount, or "": the one rule every door shows in the same words."""
    if amount is None:
        return "Enter the amount printed on the certificate."
    if isinstance(amount, float) or not isinstance(amount, Decimal | int):
        return "Enter an exact number."
    amount = Decimal(amount)
    if not amount.is_finite() or amount <= 0:
        return "Enter an amount greater than zero."
    # The size first: rounding a number of 30 digits to cents overflows the decimal context.
    if amount >= AMOUNT_LIMIT:
        return f"Enter an amount under {AMOUNT_LIMIT:,}."
    if amount != amount.quantize(Decimal(1).scaleb(-AMOUNT_DECIMALS)):
        return f"Enter the amount with at most {AMOUNT_DECIMALS} decimal places."
    return ""


def activity_input_errors(
    data: ActivityInput, *, owner_id: int | None, today: dt.date, needing: Sequence[str]
) -> dict[str, str]:
    """Every rule an activity must meet before it is saved, keyed by field. ``needing``: the names
    of the person's credentials that count points by category (the caller reads them once).
    The model's own field checks (lengths, choices) still run in ``full_clean``."""
    errors: dict[str, str] = {}
    amount = data.amount
    if problem := amount_error(amount):
        errors["amount"] = problem
        amount = None
    facts = data.unit_facts
    if facts is None:
        errors["unit"] = "Choose the unit printed on the certificate."
    # What holds for this kind whoever counts it, from the rules engine (R-CMA-8, R-CMA-11).
    kind_rule = rules.kind_rule_anywhere(facts.kind) if facts is not None else None
    if kind_rule is not None and kind_rule.whole_units and amount is not None and amount != 1:
        # One activity per card: each card has its own issue date, and the same card counts once.
        errors["amount"] = (
            f"Log each {kind_rule.label[:-1]} as its own activity: amount 1, dated its issue day."
        )
    if problem := _categories_error(data.categories, amount, kind_rule, needing):
        errors["categories"] = problem
    if problem := _date_error(data.completed_on, today):
        errors["completed_on"] = problem
    if any(c.owner_id != owner_id for c in data.excluded_from):
        errors["excluded_from"] = "Choose among your own credentials."
    return errors


def _categories_error(
    shares: Mapping[str, Decimal],
    amount: Decimal | None,
    kind_rule: rules.KindRule | None,
    needing: Sequence[str],
) -> str:
    unknown = set(shares) - set(rules.CATEGORIES)
    if unknown:
        return f"Unknown category: {', '.join(sorted(unknown))}."
    if any(a < 0 for a in shares.values()):
        return "Category amounts cannot be negative."
    if kind_rule is not None and kind_rule.category:
        if set(shares) - {kind_rule.category}:
            return f"This always counts as {kind_rule.category}; leave the split empty."
        return ""
    if shares and amount is not None and sum(shares.values()) != amount:
        return f"The split adds up to {sum(shares.values())}, but the amount is {amount}. Make them equal."
    if not shares and needing:
        return (
            f"Choose a category (or split the amount across categories): your {' and '.join(needing)} "
            "counts points by category."
        )
    return ""


def _date_error(completed_on: dt.date | None, today: dt.date) -> str:
    if completed_on is None:
        return "Enter the completion date."
    if completed_on < EARLIEST:
        return "Enter a date after 1950."
    if completed_on > today.replace(year=today.year + 5, day=min(today.day, 28)):
        return "That is more than five years ahead. Check the year."
    return ""


def shares_of(data: ActivityInput) -> dict[str, Decimal]:
    """The category rows to store: none for a kind that always counts as one category (the
    engine gives it that category itself)."""
    facts = data.unit_facts
    kind_rule = rules.kind_rule_anywhere(facts.kind) if facts is not None else None
    if kind_rule is not None and kind_rule.category:
        return {}
    return dict(data.categories)
