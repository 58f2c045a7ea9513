"""The engine's sentences: why a credit counts or does not (a verdict's message) and what would
close the gap ("25 more points: at least 10 clinical, and at least 5 AAMA-approved (any
category)"), from the facts evaluation found (RULES.md "Gap text", R-CMA-4/5)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Protocol

from credentials.rules.inputs import Credit
from credentials.rules.programs import Program
from credentials.rules.terms import (
    AFTER_DEADLINE,
    BEFORE_WINDOW,
    DUPLICATE,
    KIND_LABELS,
    NOT_ACCEPTED,
    OVER_CAP,
    OVER_CARD_LIMIT,
    PLANNED,
    UNDER_MINIMUM,
    ZERO,
)
from credentials.rules.text import _fmt, _join, _plural, _quantity


@dataclass(frozen=True)
class _Context:
    """What every verdict's message needs; one per evaluation."""

    program: Program
    start: date
    expires_on: date
    ce_deadline: date
    today: date
    # R-CMA-5: the categories whose minimums non-approved points filled first.
    filled_first: tuple[str, ...] = ()
    displaced: Decimal = ZERO


@dataclass(frozen=True)
class Need:
    """Part of what would close the gap: ``points`` of ``category`` (any if None)."""

    points: Decimal
    category: str | None
    approved_only: bool

    def describe(self, program: Program) -> str:
        words = [_fmt(self.points)]
        if self.category:
            words.append(self.category)
        if self.approved_only and program.approval:
            words.append(program.approval.label)
        words.append(_plural(self.points, program.unit))
        if self.category is None and program.category_min:
            words.append("in any category")
        return " ".join(words)


class _Verdict(Protocol):
    """What a verdict's sentence reads of a ``CreditVerdict`` (results.py, which builds on this
    module, so the sentences name the fields they need instead of importing the class)."""

    credit: Credit
    points: Decimal
    logged_points: Decimal
    approved: bool
    reason: str | None
    window: _Context
    planned: bool
    planned_points: Decimal


def _gap_text(program: Program, left: Decimal, needs: list[Need], approved_points: Decimal) -> str:
    """What would close a gap of ``left`` points, given what is short (``needs``) and the approved
    points counted: ``Result.gap_text``."""
    if left <= 0:
        return ""
    short = [(need.category, need.points) for need in needs if need.category]
    in_categories = sum((points for _, points in short), ZERO)
    approved_short = max(ZERO, program.approved_min - approved_points) if program.approval else ZERO
    if approved_short >= left:  # every further point must be approved: say it of each part
        parts = [Need(points, category, True).describe(program) for category, points in short]
        if left > in_categories:
            parts.append(Need(left - in_categories, None, True).describe(program))
        return _join(parts)
    if not approved_short and in_categories == left:  # "10 clinical points and 10 general points"
        return _join([Need(points, category, False).describe(program) for category, points in short])
    conditions = [f"at least {_fmt(points)} {category}" for category, points in short]
    if not conditions and not approved_short:
        return Need(left, None, False).describe(program)
    text = _join(conditions)
    if approved_short:
        # A separate condition, set off by a comma as RULES.md writes it: "at least 10
        # clinical, and at least 5 AAMA-approved (any category)".
        anywhere = " (any category)" if program.category_min else ""
        approved = f"at least {_fmt(approved_short)} {program.approved_label}{anywhere}"
        text = f"{', '.join(conditions)}, and {approved}" if conditions else approved
    return f"{_fmt(left)} more {_plural(left, program.unit)}: {text}"


def _why(v: _Verdict, day: Callable[[date], str], *, partial: bool) -> str:
    """Why a credit does not count (in full), as the end of a sentence."""
    reason = v.reason
    if reason == NOT_ACCEPTED:
        return _not_accepted(v)
    if reason in (BEFORE_WINDOW, AFTER_DEADLINE):
        return _outside_period(v, day)
    if reason == UNDER_MINIMUM:
        program = v.window.program
        return (
            f"a {_other(program)} activity must be at least "
            f"{_quantity(program.min_unapproved_points, program.unit)} (one contact hour)"
        )
    if reason in (DUPLICATE, OVER_CARD_LIMIT):
        return _card(v, partial=partial)
    if reason == OVER_CAP:
        return _over_cap(v, partial=partial)
    raise AssertionError(reason)


def _other(program: Program) -> str:
    """What a credit that is not approved is called: "non-AAMA" (R-CMA-5)."""
    return program.approval.other if program.approval else "non-approved"


def _not_accepted(v: _Verdict) -> str:
    """The program does not take this kind of credit, or no CE at all (R-RMA-1, R-BLS-1)."""
    program = v.window.program
    rule = program.kinds.get(v.credit.kind)
    if not program.requires_ce:
        return f"{program.name} needs no CE"
    if rule is not None and rule.advice:
        return rule.advice.rstrip(".")
    return f"{program.name} does not take {KIND_LABELS[v.credit.kind]}"


def _outside_period(v: _Verdict, day: Callable[[date], str]) -> str:
    """Earned before the period began, or after its last day for CE (R-CMA-6, R-CMA-9)."""
    w = v.window
    program = w.program
    if v.reason == BEFORE_WINDOW:
        return f"it was earned before this recertification period began on {day(w.start)}"
    verb = "is dated" if v.credit.earned_on > w.today else "was earned"
    if program.has_ce_deadline:
        return f"it {verb} after the CE deadline of {day(w.ce_deadline)}"
    if program.rolls_over_on_anniversary:  # R-RMA-1
        return f"it {verb} on or after the anniversary, {day(w.expires_on)}, when the next cycle begins"
    return f"it {verb} after this recertification period ends on {day(w.expires_on)}"


def _card(v: _Verdict, *, partial: bool) -> str:
    """R-CMA-11: a card already counted (same issue date), or one over the limit per period."""
    rule = v.window.program.kinds.get(v.credit.kind)
    if v.reason == DUPLICATE:
        card = rule.label[:-1] if rule else "card"
        if partial:
            return f"cards with the same issue date are one {card}, so it counts once"
        return f"a {card} with the same issue date is already counted (the same card counts once)"
    # Only a kind rule with a card limit gives OVER_CARD_LIMIT (evaluation._card_limit).
    assert rule is not None and rule.max_units is not None, v.reason
    return f"only {_fmt(rule.max_units)} {rule.label} count per recertification period"


def _over_cap(v: _Verdict, *, partial: bool) -> str:
    """R-CMA-5: the non-approved points that count are used up, filling the minimums first."""
    w = v.window
    program = w.program
    # Only a program with a non-approved cap gives OVER_CAP (evaluation._cap).
    assert program.unapproved_cap is not None, v.reason
    cap = _quantity(program.unapproved_cap, program.unit)
    other = _other(program)
    if not partial:
        return f"the {cap.replace(' ', f' {other} ', 1)} that count are already used"
    text = f"at most {cap.replace(' ', f' {other} ', 1)} count"
    if w.filled_first:
        text += f", used first to fill the {_join(list(w.filled_first))} minimum" + (
            "s" if len(w.filled_first) > 1 else ""
        )
    return text


def _message(v: _Verdict, day: Callable[[date], str]) -> str:
    """A verdict's sentence: "Counts 5 points.", "Counts 3 of 5 points: ...", "Does not count: ..."."""
    program, reason, unit = v.window.program, v.reason, v.window.program.unit
    rule = program.kinds.get(v.credit.kind)
    conversion = f" ({rule.conversion})" if rule is not None and rule.conversion and rule.accepted else ""
    if v.planned:
        return _planned_message(v, day, conversion)
    if reason is None:
        return f"Counts {_quantity(v.points, unit)}{conversion}."
    if v.points > 0:
        return f"Counts {_fmt(v.points)} of {_quantity(v.logged_points, unit)}: {_why(v, day, partial=True)}."
    return f"Does not count: {_why(v, day, partial=False)}."


def _planned_message(v: _Verdict, day: Callable[[date], str], conversion: str) -> str:
    """A planned credit's sentence: what it will add once it has happened, and now why it will not
    (in full)."""
    w = v.window
    program, unit = w.program, w.program.unit
    if v.reason in (None, PLANNED):
        text = f"Planned: will count {_quantity(v.planned_points, unit)}{conversion} once it has happened"
        cap = program.unapproved_cap
        if w.displaced > 0 and not v.approved and cap is not None:
            # R-CMA-5: it fills a category minimum in place of non-approved points counted now.
            text += (
                f", in place of {_fmt(w.displaced)} {_other(program)} {_plural(w.displaced, unit)} "
                f"counted now (at most {_fmt(cap)} count; minimums are filled first)"
            )
        if v.credit.earned_on > w.expires_on:
            # R-CMA-9: CE after the expiry still counts, but the credential is expired by then.
            text += (
                f". By then your {program.name} will have expired (on {day(w.expires_on)}): you may "
                "not use it until you have recertified"
            )
        return text + "."
    if v.planned_points > 0:
        return (
            f"Planned: will count only {_fmt(v.planned_points)} of {_quantity(v.logged_points, unit)}: "
            f"{_why(v, day, partial=True)}."
        )
    return f"Will not count: {_why(v, day, partial=False)}."
