"""The recertification rules engine.

Pure Python: no Django, no database, no clock. Each credential program is a
``Program`` value (data, not code) and ``evaluate()`` applies any program to a
holder's credits on a given day. Rule ids (R-CMA-1, ...) refer to ``docs/rules.md``.

Public contract (relied on by acceptance tests)::

    r = evaluate(PROGRAMS["cma-aama"], certified_on=d, credits=[Credit(...)], today=d, expires_on=None)
    r.expires_on, r.ce_deadline, r.status, r.days_left, r.counted_points,
    r.approved_points, r.category_points, r.points_left, r.met, r.verdicts,
    r.planned_points, r.processing_warning, r.exam_pass_by, r.annual_fee_due_on, r.gap_text

``Credit.kind`` is "ce" (contact hours, AAMA CEUs or AMT points, all 1:1), "nha" (NHA CE
credits), "college" (college credits), "cpr" (CPR/BLS cards) or "minutes" (a course printed in
minutes: 50 to the point for the AAMA, 60 to the contact hour elsewhere); each program converts.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal, InvalidOperation
from types import MappingProxyType

from dateutil.relativedelta import relativedelta

__all__ = [
    "APPROVAL",
    "CATEGORIES",
    "KINDS",
    "KIND_LABELS",
    "PRINTED_UNITS",
    "PROGRAMS",
    "STATUSES",
    "UNITS",
    "UNIT_OF_KIND",
    "Approval",
    "Credit",
    "CreditVerdict",
    "ExamRoute",
    "ExamStatus",
    "KindRule",
    "Need",
    "PaceLine",
    "PacePlan",
    "PrintedUnit",
    "Program",
    "Result",
    "Unit",
    "approved_unit",
    "custom_program",
    "cycle_dates",
    "evaluate",
    "exam_status",
    "format_day",
    "kind_rule_anywhere",
    "pace_checkpoints",
    "pace_plan",
    "points_for",
]

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDREDTH = Decimal("0.01")

# Status words: docs/rules.md, "Status words".
CURRENT, EXPIRING, GRACE, LAPSED = "current", "expiring", "grace", "lapsed"
STATUSES = (CURRENT, EXPIRING, GRACE, LAPSED)
STATUS_LABELS = MappingProxyType(
    {
        CURRENT: "Current",
        EXPIRING: "Expiring soon",
        GRACE: "Expired — CE route still open",  # R-CMA-9: never called extra time
        LAPSED: "Expired",
    }
)

ADMINISTRATIVE, CLINICAL, GENERAL = "administrative", "clinical", "general"
CATEGORIES = (ADMINISTRATIVE, CLINICAL, GENERAL)

CE, NHA, COLLEGE, CPR, MINUTES = "ce", "nha", "college", "cpr", "minutes"
KINDS = (CE, NHA, COLLEGE, CPR, MINUTES)
KIND_LABELS = MappingProxyType(
    {
        CE: "contact hours",
        NHA: "NHA CE credits",
        COLLEGE: "college credits",
        CPR: "CPR/BLS cards",
        MINUTES: "minutes",
    }
)
# R-CMA-7: the AAMA's contact hour is 50 minutes; R-CCMA-2: elsewhere minutes convert at 60.
AAMA_HOUR_MINUTES, HOUR_MINUTES = 50, 60

# Why a credit does not count, or counts only in part.
BEFORE_WINDOW = "before_window"
AFTER_DEADLINE = "after_deadline"
PLANNED = "planned"
NOT_ACCEPTED = "not_accepted"
UNDER_MINIMUM = "under_minimum"
OVER_CARD_LIMIT = "over_card_limit"
OVER_CAP = "over_cap"
DUPLICATE = "duplicate"


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months``, the day clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    return day + relativedelta(months=months)


def format_day(day: date) -> str:
    """The default way sentences write a date ("Nov 27, 2026"); callers may pass their own."""
    return f"{day:%b} {day.day}, {day.year}"


# --------------------------------------------------------------------------- units


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


# Units as the certificate reader names them (credentials/reader.py UNITS). IACET: 1 CEU is 10
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


@dataclass(frozen=True)
class Approval:
    """Words for a program's approved credit (R-CMA-5), shown wherever approval is asked or shown."""

    label: str  # "AAMA-approved"
    other: str  # "non-AAMA"
    where: str  # how a holder knows: "It appears on your AAMA CEU transcript."


# --------------------------------------------------------------------------- programs


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


def approved_unit(code: str) -> str | None:
    """The unit a credit logged in ``code`` is logged in when it is approved (R-CMA-5): approved
    contact hours are AAMA CEUs. None when its kind has no approved unit."""
    kind = UNITS[code].kind
    return next((u.code for u in UNITS.values() if u.kind == kind and u.approved), None)


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


# --------------------------------------------------------------------------- inputs and results


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


@dataclass(slots=True)  # not frozen: 10,000 verdicts are built three times faster
class CreditVerdict:
    """Whether and how one credit counts, with the words to explain it.

    A planned credit (dated after today) counts nothing yet: ``planned_points`` is what it
    will add once it has happened, and ``reason`` says now why it will not (RULES.md,
    "Planned points").
    """

    credit: Credit
    points: Decimal  # points that count toward the total today
    logged_points: Decimal  # what the credit is worth, converted, before windows and caps
    category: str | None  # the category it counts in, after the kind's rule
    approved: bool  # approved as counted, after the kind's rule
    reason: str | None  # None when it counts in full
    window: _Context = field(repr=False, compare=False)
    planned: bool = False
    planned_points: Decimal = ZERO

    @property
    def message(self) -> str:
        """The verdict in words, built only when shown."""
        return self.describe()

    def describe(self, day: Callable[[date], str] = format_day) -> str:
        """The verdict in words, dates written by ``day``."""
        return _message(self, day)

    @property
    def counted(self) -> bool:
        return self.points > 0

    @property
    def partial(self) -> bool:
        return ZERO < self.points < self.logged_points

    @property
    def will_count(self) -> bool:
        """A planned credit that adds points once it has happened."""
        return self.planned and self.planned_points > 0


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


@dataclass(frozen=True)
class Result:
    program: Program
    certified_on: date
    today: date
    window_start: date
    expires_on: date
    ce_deadline: date
    status: str
    days_left: int
    counted_points: Decimal
    approved_points: Decimal
    category_points: dict[str, Decimal]
    points_left: Decimal
    met: bool
    verdicts: list[CreditVerdict]
    logged_points: Decimal
    planned_points: Decimal
    unapproved_points: Decimal
    needs: list[Need]
    processing_days: int
    processing_warning: bool
    exam_pass_by: date | None
    exam_apply_by: date | None
    annual_fee_due_on: date | None
    # R-RMA-3: every anniversary in the period on which the annual fee falls due.
    annual_fee_dates: tuple[date, ...] = ()
    # Of the category needs, how many points must be approved (R-CMA-5); 0 when any will do.
    approved_within: Decimal = ZERO
    # Whether the points counted today plus the planned ones would meet every requirement.
    met_with_planned: bool = False
    # Points left once the planned credits have happened (<= points_left).
    points_left_with_planned: Decimal = ZERO

    @property
    def ce_days_left(self) -> int:
        return (self.ce_deadline - self.today).days

    @property
    def has_grace(self) -> bool:
        return self.ce_deadline > self.expires_on

    @property
    def ce_route_open(self) -> bool:
        return self.today <= self.ce_deadline

    @property
    def exam_only(self) -> bool:
        """Past the CE deadline: only the exam (or reinstatement) is left (R-CMA-10)."""
        return not self.ce_route_open

    @property
    def exam_apply_open(self) -> bool:
        """R-CMA-13: an exam application still arrives 30 days before expiry, and only while the
        exam can still be passed in time to prevent a lapse (apply-by and pass-by serve one
        purpose: once the pass-by date has gone, neither is shown)."""
        return self.exam_apply_by is not None and self.today <= self.exam_apply_by and self.exam_pass_open

    @property
    def exam_pass_open(self) -> bool:
        """R-CMA-13: passing by this date recertifies without a lapse."""
        return self.exam_pass_by is not None and self.today <= self.exam_pass_by

    @property
    def reactivation_fee_due(self) -> bool:
        return self.program.reactivation_fee and self.exam_only

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def gap_text(self) -> str:
        """What would close the gap, naming only conditions that are each necessary (RULES.md
        "Gap text", R-CMA-4/5): "25 more points: at least 10 clinical, and at least 5 AAMA-approved
        (any category)". Approval is tied to a category only when every further point must be
        approved (the non-approved cap is full): "10 clinical AAMA-approved points". Empty when
        every requirement is met."""
        program, left = self.program, self.points_left
        if left <= 0:
            return ""
        short = [(need.category, need.points) for need in self.needs if need.category]
        in_categories = sum((points for _, points in short), ZERO)
        approved_short = max(ZERO, program.approved_min - self.approved_points) if program.approval else ZERO
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
            approved = f"at least {_fmt(approved_short)} {program.approval.label}{anywhere}"
            text = f"{', '.join(conditions)}, and {approved}" if conditions else approved
        return f"{_fmt(left)} more {_plural(left, program.unit)}: {text}"


# --------------------------------------------------------------------------- evaluation


def evaluate(
    program: Program,
    *,
    certified_on: date,
    credits: Iterable[Credit],
    today: date,
    expires_on: date | None = None,
    counts_from: date | None = None,
) -> Result:
    """Apply ``program`` to ``credits`` for a holder certified on ``certified_on``.

    ``expires_on``: the expiry printed on the card, which wins over the computed one.
    ``counts_from``: the first day whose credits count, when later than ``certified_on``: after a
    recertification by CE on day D the period that closed keeps what was completed on D, and the
    next counts from D + 1 (R-CMA-6).
    """
    certified_on = _as_date(certified_on, "certified_on")
    today = _as_date(today, "today")
    expires_on, ce_deadline = cycle_dates(program, certified_on, expires_on=expires_on)
    # R-CMA-6, R-RMA-2: nothing from before the period counts.
    window_start = max(certified_on, _as_date(counts_from, "counts_from")) if counts_from else certified_on

    converted = _convert(program, list(credits), window_start, ce_deadline)
    _minimum(program, converted)
    ranked = _ranked(converted)
    now = _count(program, converted, ranked, as_of=today)
    has_planned = any(d > today for d, why in zip(converted.earned, converted.reason, strict=True) if not why)
    # "Planned points": evaluated as of the CE deadline with every logged credit (RULES.md).
    future = _count(program, converted, ranked, as_of=ce_deadline) if has_planned else now

    totals = _totals(program, converted, now.points)
    future_totals = _totals(program, converted, future.points) if has_planned else totals
    needs, approved_within, points_left = _needs(program, totals)
    _, _, future_left = _needs(program, future_totals) if has_planned else (None, None, points_left)

    days_left = (expires_on - today).days
    status = _status(program, today, expires_on, ce_deadline, days_left)
    processing_days, processing_warning = _processing(
        program, future_totals, today=today, expires_on=expires_on, ce_deadline=ce_deadline
    )
    context = _Context(
        program=program,
        start=window_start,
        expires_on=expires_on,
        ce_deadline=ce_deadline,
        today=today,
        filled_first=future.filled_first if has_planned else now.filled_first,
        # R-CMA-5: points counted now that planned credits would push out of the cap.
        displaced=sum(
            (
                n - f
                for n, f, why in zip(now.points, future.points, now.reason, strict=True)
                if why != PLANNED and f < n
            ),
            ZERO,
        ),
    )
    verdicts = _verdicts(converted, now, future, context, today)
    exam = program.exam
    fee_dates = _annual_fee_dates(program, certified_on, expires_on)
    return Result(
        program=program,
        certified_on=certified_on,
        today=today,
        window_start=window_start,
        expires_on=expires_on,
        ce_deadline=ce_deadline,
        status=status,
        days_left=days_left,
        counted_points=totals.counted,
        approved_points=totals.approved,
        category_points=totals.by_category,
        points_left=points_left,
        met=points_left == 0,
        verdicts=verdicts,
        logged_points=sum(converted.logged, ZERO),
        planned_points=future_totals.counted - totals.counted,
        unapproved_points=totals.counted - totals.approved,
        needs=needs,
        processing_days=processing_days,
        processing_warning=processing_warning,
        exam_pass_by=_pass_by(expires_on, exam.pass_months_before_expiry) if exam else None,
        exam_apply_by=expires_on - timedelta(days=exam.apply_days_before_expiry) if exam else None,
        annual_fee_due_on=_annual_fee_due(program, fee_dates, certified_on, today),
        annual_fee_dates=fee_dates,
        approved_within=approved_within,
        met_with_planned=future_left == 0,
        points_left_with_planned=future_left,
    )


def cycle_dates(program: Program, certified_on: date, *, expires_on: date | None = None) -> tuple[date, date]:
    """(expires_on, ce_deadline) of a period that starts on ``certified_on``.

    ``expires_on``, when given, is the date printed on the card and wins over the computed one.
    """
    if expires_on is None:
        # R-CMA-1 / R-BLS-1: last day of (that month + N months); others: same day N months on.
        if program.expiry_at_month_end:
            expires_on = month_end(add_months(certified_on.replace(day=1), program.cycle_months))
        else:
            expires_on = add_months(certified_on, program.cycle_months)
    else:
        expires_on = _as_date(expires_on, "expires_on")
        if expires_on <= certified_on:
            raise ValueError("The expiry date must be after the date certified.")
    return expires_on, _ce_deadline(program, expires_on)


def _ce_deadline(program: Program, expires_on: date) -> date:
    """R-CMA-9: CE is accepted to the end of the month `grace_months` after the expiry month;
    for expiries before `grace_since`, the older policy's months, cut off on `old_grace_closed_on`."""
    if program.grace_months and (program.grace_since is None or expires_on >= program.grace_since):
        return month_end(add_months(expires_on.replace(day=1), program.grace_months))
    if program.old_grace_months:
        deadline = month_end(add_months(expires_on.replace(day=1), program.old_grace_months))
        if program.old_grace_closed_on is not None:
            deadline = min(deadline, program.old_grace_closed_on)
        return max(deadline, expires_on)
    return expires_on


def _status(program: Program, today: date, expires_on: date, ce_deadline: date, days_left: int) -> str:
    if today <= expires_on:
        return CURRENT if days_left > program.expiring_days else EXPIRING
    if today <= ce_deadline:
        return GRACE  # R-CMA-9: expired, CE route still open
    return LAPSED


def _pass_by(expires_on: date, months: int) -> date:
    """R-CMA-13: the latest day D with D + ``months`` calendar months <= expiry (28 Feb -> 31 Dec)."""
    day = add_months(expires_on, -months)
    while add_months(day + timedelta(days=1), months) <= expires_on:
        day += timedelta(days=1)
    return day


def _annual_fee_due(
    program: Program, dates: tuple[date, ...], certified_on: date, today: date
) -> date | None:
    """R-RMA-3: the next fee date. A period that rolled over early (R-RMA-1) starts on an
    anniversary still ahead: the fee due that day (the last of the previous period) comes first."""
    if program.annual_fee and today < certified_on:
        return certified_on
    return next((d for d in dates if d >= today), None)


def _annual_fee_dates(program: Program, certified_on: date, expires_on: date) -> tuple[date, ...]:
    """R-RMA-3: a fee by every anniversary of certification within the period (1 May 2006 ->
    1 May 2007, 2008, 2009)."""
    if not program.annual_fee:
        return ()
    dates = []
    years = 1
    while (due := add_months(certified_on, 12 * years)) <= expires_on:
        dates.append(due)
        years += 1
    return tuple(dates)


@dataclass(slots=True)
class _Converted:
    """Step 1, convert, and step 2, window: every credit in points, with the reasons that do not
    depend on the day (not accepted, before the period, after the CE deadline)."""

    credits: list[Credit]
    rules: list[KindRule | None]
    amounts: list[Decimal]
    earned: list[date]
    logged: list[Decimal]
    category: list[str | None]
    approved: list[bool]
    reason: list[str | None]


def _convert(program: Program, credits: list[Credit], start: date, ce_deadline: date) -> _Converted:
    """Validate each credit, convert it to the program's points (R-CMA-8, R-CMA-11, R-CCMA-2) and
    apply the window (R-CMA-6, R-CMA-9, R-RMA-2). One pass: 10,000 credits stay fast."""
    out = _Converted(credits, [], [], [], [], [], [], [])
    # R-RMA-1: a cycle that rolls over on the anniversary is [start, anniversary): a course on the
    # anniversary belongs to the next cycle only.
    last_day = ce_deadline - timedelta(days=1) if program.rolls_over_on_anniversary else ce_deadline
    has_categories = bool(program.category_min)
    kinds = program.kinds
    category_min = program.category_min
    for credit in credits:
        rule = kinds.get(credit.kind)
        amount, earned_on, given = credit.amount, credit.earned_on, credit.category
        # The common, valid case is checked inline; anything unusual gets the full check,
        # which converts what it can and raises ValueError with plain words otherwise.
        if not (
            type(credit) is Credit
            and type(amount) is Decimal
            and type(earned_on) is date
            and rule is not None
            and amount.is_finite()
            and amount > 0
            and not rule.whole_units
            and (not has_categories or given in category_min or (rule.category and given is None))
        ):
            amount, earned_on = _validate(program, credit)
        out.rules.append(rule)
        out.amounts.append(amount)
        out.earned.append(earned_on)
        if rule is None or not rule.accepted:
            out.logged.append(amount)
            out.approved.append(bool(credit.approved))
            why = NOT_ACCEPTED
        else:
            out.logged.append(rule.points(amount))
            out.approved.append(bool(credit.approved) if rule.approved is None else rule.approved)
            if earned_on < start:
                why = BEFORE_WINDOW
            elif earned_on > last_day:
                why = AFTER_DEADLINE
            else:
                why = None
        out.reason.append(why)
        out.category.append(
            (rule.category or credit.category if rule else credit.category) if has_categories else None
        )
    return out


@dataclass(slots=True)
class _Count:
    points: list[Decimal]
    reason: list[str | None]
    filled_first: tuple[str, ...]


def _minimum(program: Program, c: _Converted) -> None:
    """Step 3, R-CMA-7: a non-approved activity under the minimum does not count. Parts of one
    split activity (same ref) are judged together; whether it has happened yet does not matter."""
    if program.min_unapproved_points <= 0:
        return
    small = [i for i, why in enumerate(c.reason) if why is None and not c.approved[i]]
    keys = {i: ("ref", c.credits[i].ref) if c.credits[i].ref is not None else ("index", i) for i in small}
    activity_points: dict[object, Decimal] = defaultdict(Decimal)
    for i in small:
        activity_points[keys[i]] += c.logged[i]
    for i in small:
        if activity_points[keys[i]] < program.min_unapproved_points:
            c.reason[i] = UNDER_MINIMUM


def _ranked(c: _Converted) -> list[int]:
    """The credits the card limit and the cap can touch, earliest first (ranked once)."""
    return sorted(
        (
            i
            for i, why in enumerate(c.reason)
            if why is None and (c.rules[i].max_units is not None or not c.approved[i])
        ),
        key=lambda i: _sort_key(c.credits[i], c.earned[i]),
    )


def _count(program: Program, c: _Converted, ranked: list[int], *, as_of: date) -> _Count:
    """What counts on ``as_of``: later credits are planned; then the card limit and the
    non-approved cap, in that order."""
    reason = [why if why or d <= as_of else PLANNED for why, d in zip(c.reason, c.earned, strict=True)]
    points = [ZERO if why else p for why, p in zip(reason, c.logged, strict=True)]
    earned = c.earned
    order = [i for i in ranked if earned[i] <= as_of]
    _card_limit(c, order, points, reason)
    cap = program.unapproved_cap
    filled_first = _cap(program, cap, c, order, points, reason) if cap is not None else ()
    return _Count(points, reason, filled_first)


def _card_limit(c: _Converted, order: list[int], points: list[Decimal], reason: list[str | None]) -> None:
    """Step 4, R-CMA-11: at most 3 cards, earliest first; cards with the same issue date are one
    card, however they were entered (two credits, or one credit of several cards)."""
    used: dict[str, Decimal] = defaultdict(Decimal)
    seen: set[tuple[str, date]] = set()
    for i in order:
        rule = c.rules[i]
        if reason[i] is not None or rule.max_units is None:
            continue
        kind, amount = c.credits[i].kind, c.amounts[i]
        distinct = amount
        if rule.whole_units:
            card = (kind, c.earned[i])
            if card in seen:
                points[i] = ZERO
                reason[i] = DUPLICATE
                continue
            seen.add(card)
            distinct = min(amount, ONE)
        allowed = max(ZERO, min(distinct, rule.max_units - used[kind]))
        used[kind] += allowed
        if allowed < amount:
            points[i] = allowed * rule.points_per_unit
            reason[i] = OVER_CARD_LIMIT if allowed < distinct else DUPLICATE


def _cap(
    program: Program,
    cap: Decimal,
    c: _Converted,
    order: list[int],
    points: list[Decimal],
    reason: list[str | None],
) -> tuple[str, ...]:
    """Step 5, R-CMA-5: at most `cap` non-approved points count, chosen to fill the category
    minimums (after approved points) first, then earliest first. Returns the categories filled
    first."""
    approved, category = c.approved, c.category
    have: dict[str | None, Decimal] = defaultdict(Decimal)
    for p, a, cat in zip(points, approved, category, strict=True):
        if a and p:
            have[cat] += p
    room: dict[str | None, Decimal] = defaultdict(Decimal)
    for cat, need in program.category_min.items():
        room[cat] = max(ZERO, need - have[cat])
    candidates = [i for i in order if not approved[i] and points[i] > 0]
    keep: dict[int, Decimal] = defaultdict(Decimal)
    left = cap
    filled: list[str] = []
    # First pass fills each category's shortfall; the second takes what is left, earliest first.
    for pass_fills_minimums in (True, False):
        for i in candidates:
            want = points[i] - keep[i]
            if pass_fills_minimums:
                want = min(want, room[category[i]])
            take = min(want, left)
            if take <= 0:
                continue
            keep[i] += take
            left -= take
            if pass_fills_minimums:
                room[category[i]] -= take
                if category[i] not in filled:
                    filled.append(category[i])
    for i in candidates:
        if keep[i] < points[i]:
            points[i] = keep[i]
            reason[i] = OVER_CAP
    return tuple(cat for cat in program.category_min if cat in filled)


@dataclass(frozen=True)
class _Totals:
    counted: Decimal
    approved: Decimal
    by_category: dict[str, Decimal]
    approved_by_category: dict[str, Decimal]


def _totals(program: Program, c: _Converted, points: list[Decimal]) -> _Totals:
    """Step 6: the totals, from the points that count."""
    counted = sum(points, ZERO)
    approved = sum((p for p, a in zip(points, c.approved, strict=True) if a), ZERO)
    by_category: dict[str, Decimal] = {}
    approved_by_category: dict[str, Decimal] = {}
    if program.category_min:
        by_category = dict.fromkeys(program.category_min, ZERO)
        approved_by_category = dict.fromkeys(program.category_min, ZERO)
        for i, p in enumerate(points):
            if p > 0:
                by_category[c.category[i]] += p
                if c.approved[i]:
                    approved_by_category[c.category[i]] += p
    return _Totals(counted, approved, by_category, approved_by_category)


def _needs(program: Program, t: _Totals) -> tuple[list[Need], Decimal, Decimal]:
    """Step 7: the fewest further points that meet every requirement (RULES.md, "Points left").

    Points left = max(total shortfall, sum of category shortfalls, approved shortfall), assuming
    the holder picks approved points in the categories still short. Returns the needs, how many
    of the category needs must be approved, and the points left. Once the approved minimum is
    met, no need asks for approved points.
    """
    short = {
        c: need - t.by_category[c] for c, need in program.category_min.items() if t.by_category[c] < need
    }
    by_category = sum(short.values(), ZERO)
    approved_short = max(ZERO, program.approved_min - t.approved)
    total_short = max(ZERO, program.points_needed - t.counted)
    all_approved = approved_short > 0 and approved_short >= by_category
    needs = [Need(points=p, category=c, approved_only=all_approved) for c, p in short.items()]
    approved_within = approved_short if 0 < approved_short < by_category else ZERO
    if approved_short > by_category:
        needs.append(Need(points=approved_short - by_category, category=None, approved_only=True))
    covered = max(by_category, approved_short)
    if total_short > covered:
        cap = program.unapproved_cap
        # Once the non-approved cap is used up, only approved points still count.
        cap_full = cap is not None and t.counted - t.approved >= cap
        needs.append(Need(points=total_short - covered, category=None, approved_only=cap_full))
    return needs, approved_within, max(total_short, by_category, approved_short)


def _processing(
    program: Program, t: _Totals, *, today: date, expires_on: date, ce_deadline: date
) -> tuple[int, bool]:
    """R-CMA-14: an application that needs non-approved points (counted or planned) takes up to
    the slowest route's days; warn when that runs past the expiry (or, once expired, the CE
    deadline). An application that approved points alone can carry is processed at once."""
    if not program.processing_days or not program.requires_ce:
        return 0, False
    met_by_approved_alone = t.approved >= program.points_needed and all(
        t.approved_by_category[c] >= need for c, need in program.category_min.items()
    )
    if met_by_approved_alone or t.counted - t.approved <= 0:
        return 0, False
    days = max(program.processing_days.values())
    target = expires_on if today <= expires_on else ce_deadline
    return days, today <= ce_deadline and today + timedelta(days=days) > target


def _verdicts(
    c: _Converted, now: _Count, future: _Count, context: _Context, today: date
) -> list[CreditVerdict]:
    """Step 8: one verdict per credit, in input order; a planned credit carries its future."""
    verdicts = []
    append = verdicts.append
    # R-CMA-5: today's count is explained by today's choice of the non-approved points that
    # count, never by one that only a planned course would make.
    today_context = replace(context, filled_first=now.filled_first)
    for credit, points, logged, category, approved, why, future_why, future_points, earned in zip(
        c.credits,
        now.points,
        c.logged,
        c.category,
        c.approved,
        now.reason,
        future.reason,
        future.points,
        c.earned,
        strict=True,
    ):
        if earned <= today:
            append(CreditVerdict(credit, points, logged, category, approved, why, today_context))
            continue
        # Planned: what it will add, and now why it will not (in full).
        reason = future_why if why == PLANNED and future_why is not None else why
        planned_points = future_points if why == PLANNED else ZERO
        append(
            CreditVerdict(credit, points, logged, category, approved, reason, context, True, planned_points)
        )
    return verdicts


# --------------------------------------------------------------------------- exam route


@dataclass(frozen=True)
class ExamStatus:
    attempts_used: int
    attempts_left: int
    passed: bool
    eligible: bool


def exam_status(program: Program, results: Iterable[bool]) -> ExamStatus:
    """R-CMA-12: three attempts; after a third failure, ineligible until a new program."""
    if program.exam is None:
        raise ValueError(f"{program.name} has no exam route in this app.")
    results = list(results)
    passed = any(results)
    failures = sum(1 for r in results if not r)
    left = max(0, program.exam.attempts - failures)
    return ExamStatus(
        attempts_used=len(results), attempts_left=left, passed=passed, eligible=passed or left > 0
    )


# --------------------------------------------------------------------------- helpers


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


def _validate(program: Program, credit: Credit) -> tuple[Decimal, date]:
    """Check one credit against ``program``; return its amount and date as Decimal and date."""
    if type(credit) is not Credit and not isinstance(credit, Credit):
        raise ValueError(f"Expected a Credit, got {type(credit).__name__}.")
    earned_on = credit.earned_on
    if type(earned_on) is not date:
        earned_on = _as_date(earned_on, "The completion date")
    amount = credit.amount
    if type(amount) is not Decimal or not amount.is_finite():
        amount = _as_decimal(amount, "The amount")
    if amount <= 0:
        raise ValueError(f"The amount must be more than zero (got {credit.amount}).")
    if credit.kind not in KINDS:
        raise ValueError(f"Unknown kind of credit {credit.kind!r}: use one of {', '.join(KINDS)}.")
    rule = program.kinds.get(credit.kind)
    if rule is not None and rule.whole_units and amount != amount.to_integral_value():
        raise ValueError(
            f"{rule.label[0].upper()}{rule.label[1:]} are counted whole: {amount} is not a whole number."
        )
    if not program.category_min:
        return amount, earned_on  # no categories in this program: any category is ignored
    fixed = rule is not None and rule.category
    if not fixed and (credit.category is None or credit.category == ""):
        raise ValueError(
            f"{program.name} needs a category for every activity: {', '.join(program.categories)}."
        )
    if credit.category and credit.category not in program.category_min:
        raise ValueError(
            f"Unknown category {credit.category!r} for {program.name}: "
            f"use one of {', '.join(program.categories)}."
        )
    return amount, earned_on


def _sort_key(credit: Credit, earned_on: date) -> tuple:
    # Ties (same date, kind, category, approval and amount) are interchangeable for every total.
    return (earned_on, credit.kind, credit.category or "", credit.approved, credit.amount)


def _fmt(value: Decimal) -> str:
    """12 -> "12", 12.50 -> "12.5", never "1.2E+1"."""
    text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _plural(value: Decimal, unit: str) -> str:
    """ "points" for 2, "point" for 1 ("CE credits" -> "CE credit")."""
    return unit[:-1] if value == 1 and unit.endswith("s") else unit


def _quantity(value: Decimal, unit: str) -> str:
    """ "1 point", "2.5 points"."""
    return f"{_fmt(value)} {_plural(value, unit)}"


def _join(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


def _why(v: CreditVerdict, day: Callable[[date], str], *, partial: bool) -> str:
    """Why a credit does not count (in full), as the end of a sentence."""
    w = v.window
    program, reason = w.program, v.reason
    rule = program.kinds.get(v.credit.kind)
    other = program.approval.other if program.approval else "non-approved"
    if reason == NOT_ACCEPTED:
        if not program.requires_ce:
            return f"{program.name} needs no CE"
        if rule is not None and rule.advice:
            return rule.advice.rstrip(".")
        return f"{program.name} does not take {KIND_LABELS[v.credit.kind]}"
    if reason == BEFORE_WINDOW:
        return f"it was earned before this recertification period began on {day(w.start)}"
    if reason == AFTER_DEADLINE:
        verb = "is dated" if v.credit.earned_on > w.today else "was earned"
        if program.has_ce_deadline:
            return f"it {verb} after the CE deadline of {day(w.ce_deadline)}"
        if program.rolls_over_on_anniversary:  # R-RMA-1
            return f"it {verb} on or after the anniversary, {day(w.expires_on)}, when the next cycle begins"
        return f"it {verb} after this recertification period ends on {day(w.expires_on)}"
    if reason == UNDER_MINIMUM:
        return (
            f"a {other} activity must be at least "
            f"{_quantity(program.min_unapproved_points, program.unit)} (one contact hour)"
        )
    if reason == DUPLICATE:
        card = rule.label[:-1] if rule else "card"
        if partial:
            return f"cards with the same issue date are one {card}, so it counts once"
        return f"a {card} with the same issue date is already counted (the same card counts once)"
    if reason == OVER_CARD_LIMIT:
        return f"only {_fmt(rule.max_units)} {rule.label} count per recertification period"
    if reason == OVER_CAP:
        cap = _quantity(program.unapproved_cap, program.unit)
        if not partial:
            return f"the {cap.replace(' ', f' {other} ', 1)} that count are already used"
        text = f"at most {cap.replace(' ', f' {other} ', 1)} count"
        if w.filled_first:
            text += f", used first to fill the {_join(list(w.filled_first))} minimum" + (
                "s" if len(w.filled_first) > 1 else ""
            )
        return text
    raise AssertionError(reason)


def _message(v: CreditVerdict, day: Callable[[date], str]) -> str:
    program, reason, unit = v.window.program, v.reason, v.window.program.unit
    rule = program.kinds.get(v.credit.kind)
    conversion = f" ({rule.conversion})" if rule is not None and rule.conversion and rule.accepted else ""
    if v.planned:
        if reason in (None, PLANNED):
            text = f"Planned: will count {_quantity(v.planned_points, unit)}{conversion} once it has happened"
            w = v.window
            if w.displaced > 0 and not v.approved and program.unapproved_cap is not None:
                # R-CMA-5: it fills a category minimum in place of non-approved points counted now.
                other = program.approval.other if program.approval else "non-approved"
                text += (
                    f", in place of {_fmt(w.displaced)} {other} {_plural(w.displaced, unit)} counted now "
                    f"(at most {_fmt(program.unapproved_cap)} count; minimums are filled first)"
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
    if reason is None:
        return f"Counts {_quantity(v.points, unit)}{conversion}."
    if v.points > 0:
        return f"Counts {_fmt(v.points)} of {_quantity(v.logged_points, unit)}: {_why(v, day, partial=True)}."
    return f"Does not count: {_why(v, day, partial=False)}."


# --------------------------------------------------------------------------- pace plan


@dataclass(frozen=True)
class PaceLine:
    """Points a month needed for one requirement: "10 clinical points in 5 months: 2 a month"."""

    label: str
    points: Decimal
    per_month: Decimal


@dataclass(frozen=True)
class PacePlan:
    """How fast the rest must come, from today to the last day CE counts (R-CMA-9)."""

    target: date
    target_label: str
    months: Decimal
    lines: list[PaceLine]
    per_month: Decimal  # the total pace
    per_month_with_planned: Decimal  # once the planned courses have happened
    unrealistic: bool
    processing_warning: bool  # R-CMA-14

    @property
    def warning(self) -> bool:
        return self.unrealistic or self.processing_warning


def pace_checkpoints(result: Result, plan: PacePlan) -> list[tuple[date, Decimal]]:
    """RULES.md "Pace": the first of each month after today and before the target, with the whole
    points that should be counted by then to finish on an even pace from today's count."""
    need, counted, today = result.program.points_needed, result.counted_points, result.today
    span = (plan.target - today).days
    checkpoints, day = [], month_end(today) + timedelta(days=1)
    while day < plan.target:
        due = counted + (need - counted) * Decimal((day - today).days) / span
        checkpoints.append((day, min(need, due.to_integral_value(rounding=ROUND_CEILING))))
        day = month_end(day) + timedelta(days=1)
    return checkpoints


def pace_plan(result: Result, *, realistic_per_month: Decimal) -> PacePlan:
    """Points a month needed to meet every requirement by the expiry (or, once expired, by the CE
    deadline): in total, per category still short, and approved. A month is 1/12 of a year."""
    program = result.program
    expired = result.today > result.expires_on
    target = result.ce_deadline if expired else result.expires_on
    label = "CE deadline" if expired else "expiry"
    days = max(0, (target - result.today).days)
    months = max(Decimal(days) * 12 / Decimal("365.25"), ONE).quantize(Decimal("0.1"))

    def per_month(points: Decimal) -> Decimal:
        return (points / months).quantize(Decimal("0.1"), rounding="ROUND_UP")

    lines = [PaceLine("In total", result.points_left, per_month(result.points_left))]
    for category, need in program.category_min.items():
        short = max(ZERO, need - result.category_points[category])
        if short > 0:
            lines.append(PaceLine(f"{category.capitalize()}", short, per_month(short)))
    approved_short = max(ZERO, program.approved_min - result.approved_points)
    if approved_short > 0 and program.approval:
        lines.append(PaceLine(program.approval.label, approved_short, per_month(approved_short)))
    total = lines[0].per_month
    return PacePlan(
        target=target,
        target_label=label,
        months=months,
        lines=lines if result.points_left > 0 else [],
        per_month=total,
        per_month_with_planned=per_month(result.points_left_with_planned),
        unrealistic=result.ce_route_open and total > realistic_per_month,
        processing_warning=result.processing_warning,
    )
