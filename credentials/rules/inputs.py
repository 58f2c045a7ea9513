"""What the engine is given: a ``Credit``, and the checks that turn a caller's date or number into
an exact one or raise ValueError in plain words."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from credentials.rules.terms import CE


@dataclass(frozen=True)
class Credit:
    """One piece of CE as the engine sees it.

    ``amount`` is in the kind's unit: contact hours / AAMA CEUs / AMT points for "ce",
    NHA CE credits for "nha" (R-CCMA-2), college credits for "college" (R-CMA-8), cards
    for "cpr" (R-CMA-11). An activity split across categories becomes several credits
    sharing ``ref``; the minimum size of R-CMA-7 applies to the activity as a whole.
    """

    earned_on: date
    amount: Decimal
    kind: str = CE
    category: str | None = None
    approved: bool = False
    ref: Hashable | None = None


def _as_date(value: object, name: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise ValueError(f"{name} must be a date, not {type(value).__name__}.")
    return value


def _as_decimal(value: object, what: str) -> Decimal:
    if isinstance(value, bool | float):
        raise ValueError(f"{what} must be an exact decimal number, not {value!r}.")
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        raise ValueError(f"{what} must be a number, not {value!r}.") from None
    if not number.is_finite():
        raise ValueError(f"{what} must be a finite number, not {value!r}.")
    return number
