"""The units a certificate prints and the engine's kinds of credit they are logged as (R-CCMA-2):
contact hours, AAMA CEUs, NHA CE credits, college credits, CPR/BLS cards, minutes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

from credentials.rules.terms import CE, COLLEGE, CPR, KINDS, MINUTES, NHA
from credentials.rules.text import _fmt

# R-CMA-7: the AAMA's contact hour is 50 minutes; R-CCMA-2: elsewhere minutes convert at 60.
AAMA_HOUR_MINUTES, HOUR_MINUTES = 50, 60


@dataclass(frozen=True)
class Unit:
    """What a certificate states (R-CCMA-2): the words printed on it and the engine kind."""

    code: str
    label: str  # plural, as printed: "contact hours"
    singular: str
    kind: str
    # True: the unit itself says the credit is approved (an AAMA CEU is AAMA-approved).
    approved: bool = False
    hint: str = ""

    def quantity(self, amount: Decimal) -> str:
        return f"{_fmt(amount)} {self.singular if amount == 1 else self.label}"


UNITS: Mapping[str, Unit] = MappingProxyType(
    {
        unit.code: unit
        for unit in (
            Unit("contact_hours", "contact hours", "contact hour", CE, hint="50–60 minutes each"),
            Unit("aama_ceus", "AAMA CEUs", "AAMA CEU", CE, approved=True, hint="on your AAMA transcript"),
            Unit("amt_points", "AMT CCP points", "AMT CCP point", CE),
            Unit("nha_credits", "NHA CE credits", "NHA CE credit", NHA, hint="2 contact hours each"),
            Unit(
                "college_credits",
                "college credits",
                "college credit",
                COLLEGE,
                hint="semester or quarter credits",
            ),
            Unit("cpr_card", "CPR/BLS cards", "CPR/BLS card", CPR, hint="one card, dated its issue day"),
            Unit("minutes", "minutes", "minute", MINUTES, hint="converted for each credential"),
        )
    }
)


@dataclass(frozen=True)
class PrintedUnit:
    """How an amount printed in a unit a certificate may use is logged: in ``unit`` (a code of
    UNITS), the printed amount times ``numerator`` / ``denominator``."""

    unit: str
    numerator: int = 1
    denominator: int = 1
    words: str = ""  # the conversion, said to the person when it is not 1 to 1
    # How the amount is logged when the certificate also says it is approved (R-CMA-5), if that
    # differs from logging ``unit``'s approved twin at the same amount.
    approved: PrintedUnit | None = None

    def logged_amount(self, printed: Decimal) -> Decimal:
        return (printed * self.numerator / self.denominator).quantize(Decimal("0.01"))


# Units as the certificate reader names them (credentials/reader/, UNITS). IACET: 1 CEU is 10
# contact hours; minutes are logged as printed and each program converts them (R-CMA-7,
# R-CCMA-2), except on an AAMA-approved certificate: 50 minutes are 1 AAMA CEU (R-CMA-7).
PRINTED_UNITS: Mapping[str, PrintedUnit] = MappingProxyType(
    {
        "contact_hours": PrintedUnit("contact_hours"),
        "aama_ceu": PrintedUnit("aama_ceus"),
        "nha_credit": PrintedUnit("nha_credits"),
        "iacet_ceu": PrintedUnit("contact_hours", 10, 1, "1 IACET CEU is 10 contact hours"),
        "college_credit": PrintedUnit("college_credits"),
        "cpr_card": PrintedUnit("cpr_card"),
        "minutes": PrintedUnit(
            "minutes",
            approved=PrintedUnit(
                "aama_ceus", 1, AAMA_HOUR_MINUTES, f"{AAMA_HOUR_MINUTES} minutes are 1 AAMA CEU"
            ),
        ),
    }
)


# The unit a credit of each kind is logged in when only its kind is known (the plain one, not the
# unit that also says "approved"): contact hours, NHA CE credits, college credits, a CPR/BLS card.
UNIT_OF_KIND: Mapping[str, str] = MappingProxyType(
    {kind: next(u.code for u in UNITS.values() if u.kind == kind and not u.approved) for kind in KINDS}
)


def approved_unit(code: str) -> str | None:
    """The unit a credit logged in ``code`` is logged in when it is approved (R-CMA-5): approved
    contact hours are AAMA CEUs. None when its kind has no approved unit."""
    kind = UNITS[code].kind
    return next((u.code for u in UNITS.values() if u.kind == kind and u.approved), None)
