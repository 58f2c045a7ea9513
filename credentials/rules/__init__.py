"""The recertification rules engine.

Pure Python: no Django, no database, no clock. Each credential program is a
``Program`` value (data, not code) and ``evaluate()`` applies any program to a
holder's credits on a given day. Rule ids (R-CMA-1, ...) refer to ``docs/rules.md``.

This module is the engine's front: import from ``credentials.rules``, never from its parts.
The parts, each importing only those listed before it:

- ``terms``: status words, categories, kinds of credit, the reasons a credit does not count;
- ``text``: how numbers, units, lists and days are written;
- ``inputs``: ``Credit`` and the checks on a caller's dates and numbers;
- ``units``: the units a certificate prints and the kind each is logged as;
- ``programs``: every certification program, as data (``PROGRAMS``, ``custom_program()``);
- ``periods``: expiry, CE deadline, status, exam pass-by and fee dates (calendar arithmetic);
- ``wording``: a verdict's sentence and the gap text;
- ``results``: ``CreditVerdict`` and ``Result``;
- ``evaluation``: ``evaluate()``, step by step, and the exam route's attempts;
- ``pace``: points a month to finish in time.

Public contract (relied on by acceptance tests)::

    r = evaluate(PROGRAMS["cma-aama"], certified_on=d, credits=[Credit(...)], today=d, expires_on=None)
    r.expires_on, r.ce_deadline, r.status, r.days_left, r.counted_points,
    r.approved_points, r.category_points, r.points_left, r.met, r.verdicts,
    r.planned_points, r.processing_warning, r.exam_pass_by, r.annual_fee_due_on, r.gap_text
    r.holds_until, r.on(later_day)  # the same result on a later day, before a logged credit happens

``Credit.kind`` is "ce" (contact hours, AAMA CEUs or AMT points, all 1:1), "nha" (NHA CE
credits), "college" (college credits), "cpr" (CPR/BLS cards) or "minutes" (a course printed in
minutes: 50 to the point for the AAMA, 60 to the contact hour elsewhere); each program converts.
"""

from __future__ import annotations

from credentials.rules.evaluation import ExamStatus, evaluate, exam_status
from credentials.rules.inputs import Credit
from credentials.rules.pace import PaceLine, PacePlan, pace_checkpoints, pace_plan
from credentials.rules.periods import cycle_dates
from credentials.rules.programs import (
    APPROVAL,
    PROGRAMS,
    Approval,
    ExamRoute,
    KindRule,
    Program,
    card_programs,
    custom_program,
    kind_rule_anywhere,
    points_for,
)
from credentials.rules.results import CreditVerdict, Result
from credentials.rules.terms import CATEGORIES, KIND_LABELS, KINDS, STATUSES
from credentials.rules.text import format_amount, format_day
from credentials.rules.units import PRINTED_UNITS, UNIT_OF_KIND, UNITS, PrintedUnit, Unit, approved_unit
from credentials.rules.wording import Need

# Names outside __all__ that the one-module engine also offered: constants callers read
# (rules.GRACE, rules.CE, rules.month_end) and the evaluation steps' helpers. Kept importable
# from here, one statement per part; the explicit `x as x` marks each as a re-export.
# isort: off
from credentials.rules.terms import (
    ADMINISTRATIVE as ADMINISTRATIVE,
    AFTER_DEADLINE as AFTER_DEADLINE,
    BEFORE_WINDOW as BEFORE_WINDOW,
    CE as CE,
    CLINICAL as CLINICAL,
    COLLEGE as COLLEGE,
    CPR as CPR,
    CURRENT as CURRENT,
    DUPLICATE as DUPLICATE,
    EXPIRING as EXPIRING,
    GENERAL as GENERAL,
    GRACE as GRACE,
    HUNDREDTH as HUNDREDTH,
    LAPSED as LAPSED,
    MINUTES as MINUTES,
    NHA as NHA,
    NOT_ACCEPTED as NOT_ACCEPTED,
    ONE as ONE,
    OVER_CAP as OVER_CAP,
    OVER_CARD_LIMIT as OVER_CARD_LIMIT,
    PLANNED as PLANNED,
    STATUS_LABELS as STATUS_LABELS,
    UNDER_MINIMUM as UNDER_MINIMUM,
    ZERO as ZERO,
)
from credentials.rules.text import (
    _fmt as _fmt,
    _join as _join,
    _plural as _plural,
    _quantity as _quantity,
)
from credentials.rules.inputs import (
    _as_date as _as_date,
    _as_decimal as _as_decimal,
)
from credentials.rules.units import (
    AAMA_HOUR_MINUTES as AAMA_HOUR_MINUTES,
    HOUR_MINUTES as HOUR_MINUTES,
)
from credentials.rules.programs import (
    AAMA as AAMA,
    CMA_AAMA as CMA_AAMA,
    _frozen as _frozen,
    _minutes as _minutes,
    _nha_elsewhere as _nha_elsewhere,
)
from credentials.rules.periods import (
    _annual_fee_dates as _annual_fee_dates,
    _annual_fee_due as _annual_fee_due,
    _ce_deadline as _ce_deadline,
    _pass_by as _pass_by,
    _status as _status,
    add_months as add_months,
    month_end as month_end,
)
from credentials.rules.wording import (
    _Context as _Context,
    _message as _message,
    _why as _why,
)
from credentials.rules.evaluation import (
    _cap as _cap,
    _card_limit as _card_limit,
    _convert as _convert,
    _Converted as _Converted,
    _Count as _Count,
    _count as _count,
    _minimum as _minimum,
    _needs as _needs,
    _processing as _processing,
    _ranked as _ranked,
    _sort_key as _sort_key,
    _Totals as _Totals,
    _totals as _totals,
    _validate as _validate,
    _verdicts as _verdicts,
)
# isort: on

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
    "card_programs",
    "custom_program",
    "cycle_dates",
    "evaluate",
    "exam_status",
    "format_amount",
    "format_day",
    "kind_rule_anywhere",
    "pace_checkpoints",
    "pace_plan",
    "points_for",
]
