"""Every certification program, as data: a ``Program`` value per credential in ``PROGRAMS`` (the
CMA (AAMA), CCMA (NHA), RMA (AMT), CMAC (AMCA) and a CPR/BLS card), how each turns a kind of
credit into its points (``KindRule``), and ``custom_program()`` for one the holder describes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, Decimal
from types import MappingProxyType

from credentials.rules.inputs import _as_decimal
from credentials.rules.terms import CATEGORIES, CE, CLINICAL, COLLEGE, CPR, HUNDREDTH, MINUTES, NHA, ONE, ZERO
from credentials.rules.text import _quantity
from credentials.rules.units import AAMA_HOUR_MINUTES, HOUR_MINUTES


@dataclass(frozen=True)
class Approval:
    """Words for a program's approved credit (R-CMA-5), shown wherever approval is asked or shown."""

    label: str  # "AAMA-approved"
    other: str  # "non-AAMA"
    where: str  # how a holder knows: "It appears on your AAMA CEU transcript."


@dataclass(frozen=True)
class KindRule:
    """How a program turns one kind of credit (CE, NHA credit, college credit, CPR card) into points."""

    label: str
    points_per_unit: Decimal = ONE
    # Units per ``points_per_unit`` points: 50 minutes = 1 point (R-CMA-7). Points from a divided
    # amount are kept to the hundredth, rounded down (never more than was earned).
    per_units: int = 1
    # None: approved as the credit says; True or False: fixed by the rule.
    approved: bool | None = None
    # A category the rule imposes (a CPR card is always clinical, R-CMA-11).
    category: str | None = None
    # Most units that count in one recertification period (3 CPR cards, R-CMA-11).
    max_units: Decimal | None = None
    # A card: whole units, and cards with the same issue date are the same card (R-CMA-11).
    whole_units: bool = False
    # The conversion in words, shown in verdicts: "1 college credit = 15 non-AAMA points".
    conversion: str = ""
    # False: the body counts it in another form; ``advice`` says which (R-RMA-1).
    accepted: bool = True
    advice: str = ""
    rule: str = ""

    def points(self, amount: Decimal) -> Decimal:
        """``amount`` of this kind in the program's points, before any limit."""
        if self.per_units == 1:
            return amount * self.points_per_unit if self.points_per_unit != 1 else amount
        return (amount * self.points_per_unit / self.per_units).quantize(HUNDREDTH, rounding=ROUND_DOWN)


def _minutes(per_units: int, words: str, rule: str) -> KindRule:
    """A course printed in minutes: ``per_units`` minutes to one of the program's units."""
    return KindRule(label="minutes", per_units=per_units, conversion=words, rule=rule)


@dataclass(frozen=True)
class ExamRoute:
    """Recertifying by exam (R-CMA-2, R-CMA-12, R-CMA-13)."""

    attempts: int
    pass_months_before_expiry: int
    apply_days_before_expiry: int
    # R-CMA-12: what makes a candidate eligible again after the last failed attempt.
    eligible_again: str = ""


@dataclass(frozen=True)
class Program:
    """One credential program's rules, as data."""

    code: str
    name: str
    body: str
    cycle_months: int
    points_needed: Decimal
    body_short: str = ""
    unit: str = "CE credits"
    # R-CMA-1 and R-BLS-1 count from / to the end of a calendar month.
    expiry_at_month_end: bool = False
    # R-CMA-9: CE still accepted up to the end of the month this many months after expiry,
    # for credentials expiring on or after `grace_since`; earlier expiries follow the older
    # policy: `old_grace_months` after expiry, but never past `old_grace_closed_on`.
    grace_months: int = 0
    grace_since: date | None = None
    old_grace_months: int = 0
    old_grace_closed_on: date | None = None
    approved_min: Decimal = ZERO
    approval: Approval | None = None
    category_min: Mapping[str, Decimal] = field(default_factory=lambda: MappingProxyType({}))
    kinds: Mapping[str, KindRule] = field(
        default_factory=lambda: MappingProxyType({CE: KindRule(label="contact hours")})
    )
    # R-CMA-7: a non-approved activity below this many points does not count.
    min_unapproved_points: Decimal = ZERO
    expiring_days: int = 90
    # R-CMA-14: days an application with non-approved points takes, by how it is sent.
    processing_days: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    exam: ExamRoute | None = None
    annual_fee: bool = False  # R-RMA-3
    reactivation_fee: bool = False  # R-CMA-10
    # R-RMA-1: the next period starts on the anniversary, however early the holder complies.
    rolls_over_on_anniversary: bool = False
    # R-BLS-1 / R-CMA-11: a card program is renewed by logging a card of this kind.
    card_kind: str | None = None
    # What to do once the credential has lapsed, when the app knows no route.
    reinstatement: str = ""
    # When the body asks for documents (R-RMA-4); shown beside the summary.
    audit: str = ""
    custom: bool = False

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(self.category_min)

    @property
    def approved_label(self) -> str:
        return self.approval.label if self.approval else "approved"

    @property
    def unapproved_cap(self) -> Decimal | None:
        """Most non-approved points that count (R-CMA-5), or None for no cap."""
        if self.approved_min <= 0:
            return None
        return self.points_needed - self.approved_min

    @property
    def requires_ce(self) -> bool:
        return self.points_needed > 0

    @property
    def has_ce_deadline(self) -> bool:
        """Whether CE is accepted after expiry at all (R-CMA-9): only then is there a "CE deadline"."""
        return self.grace_months > 0 or self.old_grace_months > 0

    @property
    def body_name(self) -> str:
        """The body as a sentence names it: "the American Association of Medical Assistants (AAMA)"."""
        if not self.body.strip():
            return "your certifying body"
        if self.custom:
            return self.body.strip()
        return f"the {self.body} ({self.body_short})" if self.body_short else f"the {self.body}"

    def quantity(self, value: Decimal) -> str:
        """ "1 point", "2.5 points", "1 CE credit"."""
        return _quantity(value, self.unit)


def _frozen(mapping: dict) -> Mapping:
    return MappingProxyType(dict(mapping))


# R-CCMA-2: an NHA CE credit is two contact hours wherever it is not NHA's own unit.
def _nha_elsewhere(unit: str, approval: str = "") -> KindRule:
    words = f"{approval} {unit}" if approval else unit
    return KindRule(
        label="NHA CE credits",
        points_per_unit=Decimal(2),
        approved=False if approval else None,
        conversion=f"1 NHA CE credit = 2 contact hours = 2 {words}",
        rule="R-CCMA-2",
    )


AAMA = Approval(
    label="AAMA-approved", other="non-AAMA", where="AAMA CEUs appear on your AAMA CEU transcript."
)


CMA_AAMA = Program(
    code="cma-aama",
    name="CMA (AAMA)",
    body="American Association of Medical Assistants",
    body_short="AAMA",
    cycle_months=60,  # R-CMA-1
    points_needed=Decimal(60),  # R-CMA-3
    unit="points",
    expiry_at_month_end=True,  # R-CMA-1
    grace_months=3,  # R-CMA-9
    grace_since=date(2020, 1, 1),  # R-CMA-9: three months for expiries since 1 Jan 2020
    old_grace_months=60,  # R-CMA-9 transition: the older policy's 60 months ...
    old_grace_closed_on=date(2020, 3, 30),  # ... closed by the AAMA's notice on 30 Mar 2020
    approved_min=Decimal(30),  # R-CMA-5
    approval=AAMA,
    category_min=_frozen({c: Decimal(10) for c in CATEGORIES}),  # R-CMA-4
    kinds=_frozen(
        {
            # R-CMA-3: contact hours, AAMA CEUs: 1 point each.
            CE: KindRule(label="contact hours", rule="R-CMA-3"),
            # R-CMA-7: the AAMA's contact hour is 50 minutes.
            MINUTES: _minutes(AAMA_HOUR_MINUTES, "50 minutes = 1 point (the AAMA's contact hour)", "R-CMA-7"),
            NHA: _nha_elsewhere("points", approval=AAMA.other),
            # R-CMA-8: 1 college credit = 15 points, never AAMA-approved.
            COLLEGE: KindRule(
                label="college credits",
                points_per_unit=Decimal(15),
                approved=False,
                conversion="1 college credit = 15 non-AAMA points",
                rule="R-CMA-8",
            ),
            # R-CMA-11: a CPR/BLS card = 4 clinical AAMA points, at most 3 cards.
            CPR: KindRule(
                label="CPR/BLS cards",
                points_per_unit=Decimal(4),
                approved=True,
                category=CLINICAL,
                max_units=Decimal(3),
                whole_units=True,
                conversion="1 CPR/BLS card = 4 clinical AAMA-approved points",
                rule="R-CMA-11",
            ),
        }
    ),
    min_unapproved_points=Decimal(1),  # R-CMA-7
    # R-CMA-14: 2-3 weeks online (the longer end), 30 days by mail, 5-7 days expedited.
    # The warning uses the slowest route, so nobody learns of a risk too late.
    processing_days=_frozen({"online": 21, "mail": 30, "expedited": 7}),
    exam=ExamRoute(
        attempts=3,
        pass_months_before_expiry=2,
        apply_days_before_expiry=30,
        eligible_again="an official transcript shows a newly completed CAAHEP- or ABHES-accredited "
        "medical assisting program",
    ),
    reactivation_fee=True,  # R-CMA-10
)


PROGRAMS: Mapping[str, Program] = _frozen(
    {
        program.code: program
        for program in (
            CMA_AAMA,
            # R-CCMA-1, R-CCMA-2: 10 NHA CE credits; 2 contact hours = 1 NHA credit.
            Program(
                code="ccma-nha",
                name="CCMA (NHA)",
                body="National Healthcareer Association",
                body_short="NHA",
                cycle_months=24,
                points_needed=Decimal(10),
                kinds=_frozen(
                    {
                        CE: KindRule(
                            label="contact hours",
                            points_per_unit=Decimal("0.5"),
                            conversion="2 contact hours = 1 NHA CE credit",
                            rule="R-CCMA-2",
                        ),
                        NHA: KindRule(label="NHA CE credits", rule="R-CCMA-2"),
                        MINUTES: _minutes(
                            2 * HOUR_MINUTES, "120 minutes = 2 contact hours = 1 NHA CE credit", "R-CCMA-2"
                        ),
                    }
                ),
                reinstatement="Contact the National Healthcareer Association (NHA) about reinstatement.",
            ),
            # R-RMA-1, R-RMA-2, R-RMA-3
            Program(
                code="rma-amt",
                name="RMA (AMT)",
                body="American Medical Technologists",
                body_short="AMT",
                cycle_months=36,
                points_needed=Decimal(30),
                unit="points",
                kinds=_frozen(
                    {
                        CE: KindRule(label="contact hours", rule="R-RMA-1"),
                        MINUTES: _minutes(HOUR_MINUTES, "60 minutes = 1 point", "R-CCMA-2"),
                        NHA: _nha_elsewhere("points"),
                        # R-RMA-1: AMT counts formal education, as the CCP points it awards.
                        COLLEGE: KindRule(
                            label="college credits",
                            accepted=False,
                            advice="AMT counts formal (college) education, but as the CCP points it "
                            "awards for it. Log those points as an activity in AMT CCP points.",
                            rule="R-RMA-1",
                        ),
                    }
                ),
                annual_fee=True,
                rolls_over_on_anniversary=True,
                # R-RMA-4: documents only on a random audit each January; a failed audit decertifies.
                audit="AMT asks for documents only if you are picked in its random audit each January, "
                "and a failed audit decertifies: keep every certificate for the whole period.",
                reinstatement="Contact American Medical Technologists (AMT) about reinstatement.",
            ),
            # R-CMAC-1
            Program(
                code="cmac-amca",
                name="CMAC (AMCA)",
                body="American Medical Certification Association",
                body_short="AMCA",
                cycle_months=24,
                points_needed=Decimal(10),
                kinds=_frozen(
                    {
                        CE: KindRule(label="contact hours"),
                        MINUTES: _minutes(HOUR_MINUTES, "60 minutes = 1 contact hour", "R-CCMA-2"),
                        NHA: _nha_elsewhere("CE credits"),
                    }
                ),
                reinstatement="Contact the American Medical Certification Association (AMCA) about "
                "reinstatement.",
            ),
            # R-BLS-1: no CE; renew by the end of the month 24 months after issue.
            Program(
                code="bls",
                name="CPR/BLS card",
                body="CPR/BLS training provider",
                cycle_months=24,
                points_needed=ZERO,
                expiry_at_month_end=True,
                kinds=_frozen({}),
                card_kind=CPR,
                reinstatement="Take a CPR/BLS course to get a new card, then log the card.",
            ),
        )
    }
)


# The approval every page that asks "approved?" means: the one program with an approved minimum.
APPROVAL: Approval = AAMA


def card_programs(kind: str) -> tuple[str, ...]:
    """The built-in programs whose period a card of ``kind`` starts (R-BLS-1); none for another kind."""
    return tuple(code for code, program in PROGRAMS.items() if program.card_kind == kind)


def kind_rule_anywhere(kind: str) -> KindRule | None:
    """The first built-in program's rule for ``kind`` that fixes something (a category, whole
    units, an approval): what holds for that kind of credit whoever counts it (R-CMA-8, R-CMA-11)."""
    for program in PROGRAMS.values():
        rule = program.kinds.get(kind)
        if rule is not None and (rule.category or rule.whole_units or rule.approved is not None):
            return rule
    return None


def points_for(program: Program, kind: str, amount: Decimal) -> Decimal | None:
    """What ``amount`` of ``kind`` is worth in ``program``'s points before any limit, or None when
    the program does not take it (R-CMA-8, R-CCMA-2)."""
    rule = program.kinds.get(kind)
    if rule is None or not rule.accepted:
        return None
    return rule.points(amount)


def custom_program(
    *,
    name: str,
    cycle_months: int,
    points_needed: Decimal,
    body: str = "",
    code: str = "custom",
) -> Program:
    """A program the holder describes, for credentials such as the NCMA (NCCT)."""
    if not name or not name.strip():
        raise ValueError("A custom program needs a name.")
    if isinstance(cycle_months, bool) or not isinstance(cycle_months, int):
        raise ValueError("The cycle length must be a whole number of months.")
    if not 1 <= cycle_months <= 240:
        raise ValueError("The cycle length must be between 1 and 240 months.")
    points = _as_decimal(points_needed, "The points needed")
    if points < 0:
        raise ValueError("The points needed cannot be negative.")
    body = (body or "").strip()
    return Program(
        code=code,
        name=name.strip(),
        body=body,
        cycle_months=cycle_months,
        points_needed=points,
        kinds=_frozen(
            {
                CE: KindRule(label="contact hours"),
                MINUTES: _minutes(HOUR_MINUTES, "60 minutes = 1 contact hour", "R-CCMA-2"),
                NHA: _nha_elsewhere("CE credits"),
            }
        ),
        reinstatement=f"Contact {body or 'your certifying body'} about reinstatement.",
        custom=True,
    )
