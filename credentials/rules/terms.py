"""The words the engine's values are made of: status words, categories, kinds of credit and the
reasons a credit does not count (docs/rules.md), with the exact numbers every step shares."""

from __future__ import annotations

from decimal import Decimal
from types import MappingProxyType

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

# Why a credit does not count, or counts only in part.
BEFORE_WINDOW = "before_window"
AFTER_DEADLINE = "after_deadline"
PLANNED = "planned"
NOT_ACCEPTED = "not_accepted"
UNDER_MINIMUM = "under_minimum"
OVER_CARD_LIMIT = "over_card_limit"
OVER_CAP = "over_cap"
DUPLICATE = "duplicate"
