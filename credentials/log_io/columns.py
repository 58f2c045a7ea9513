"""What a column of the log can hold: the fields, the header words each is known by, the unit,
category and yes/no words, and the mapping of a file's headers to fields (guessed, or checked
as the person chose it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from credentials import rules

# --------------------------------------------------------------------------- columns

IGNORE = ""
DATE = "date"
TITLE = "title"
PROVIDER = "provider"
AMOUNT = "amount"
AMOUNT_IN = "amount:"  # + a unit code: an amount column whose header names its unit ("Hours")
UNIT = "unit"
CATEGORY = "category"
SHARE = "share:"  # + a category: that category's part of the amount
APPROVED = "approved"
VERIFIED = "verified"
NOTES = "notes"
EXCLUDED = "excluded"


# The export's two columns per credential; the import passes over them (``_header_target``).
COUNTS, REASON = " counts", " reason"


def _unit_label(code: str) -> str:
    label = rules.UNITS[code].label
    return label[0].upper() + label[1:]


def target_choices() -> list[tuple[str, str]]:
    """What a column can be read as, for the mapping select on the preview page."""
    return [
        (IGNORE, "(not used)"),
        (DATE, "Date completed"),
        (TITLE, "Title"),
        (PROVIDER, "Provider"),
        (AMOUNT, "Amount (its unit in the Unit column)"),
        *[(AMOUNT_IN + code, f"Amount in {unit.label}") for code, unit in rules.UNITS.items()],
        (UNIT, "Unit"),
        (CATEGORY, "Category (or a split: clinical 1; general 1)"),
        *[(SHARE + c, f"{c.capitalize()} part of the amount") for c in rules.CATEGORIES],
        (APPROVED, f"{rules.APPROVAL.label} (yes/no)"),
        (VERIFIED, "Verified on transcript (yes/no)"),
        (NOTES, "Notes"),
        (EXCLUDED, "Do not count toward (credential names)"),
    ]


def _target_label(target: str) -> str:
    return dict(target_choices()).get(target, target)


def _norm(text: str) -> str:
    """ "  Date-Completed " → "date completed": headers and words compared case and space blind."""
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()


# Header names (normalised) each field is recognised by. Order matters only for the docs.
HEADERS: dict[str, tuple[str, ...]] = {
    DATE: (
        "date",
        "completed",
        "completion date",
        "date completed",
        "completed on",
        "date of completion",
        "course date",
        "activity date",
        "date earned",
    ),
    TITLE: ("title", "course", "course title", "course name", "activity", "activity title", "activity name"),
    PROVIDER: ("provider", "sponsor", "organization", "organisation", "provider name", "issued by"),
    AMOUNT: ("amount", "credits", "ceus", "ceu", "ce credits", "points", "quantity"),
    AMOUNT_IN + "contact_hours": ("hours", "contact hours", "ce hours", "hrs", "contact hrs"),
    AMOUNT_IN + "aama_ceus": ("aama ceus", "aama ceu"),
    AMOUNT_IN + "amt_points": ("amt points", "ccp points", "amt ccp points"),
    AMOUNT_IN + "nha_credits": ("nha credits", "nha ce credits"),
    AMOUNT_IN + "college_credits": ("college credits", "semester credits"),
    AMOUNT_IN + "minutes": ("minutes", "mins", "length in minutes", "duration minutes"),
    UNIT: ("unit", "units", "unit type", "credit type"),
    CATEGORY: ("category", "categories", "content area", "content category"),
    **{
        SHARE + c: (c, *(f"{c} {w}" for w in ("amount", "part", "hours", "points", "ceus")))
        for c in rules.CATEGORIES
    },
    APPROVED: ("aama approved", "aama", "approved", "aama approval"),
    VERIFIED: ("verified", "on transcript", "verified on transcript", "verified on official transcript"),
    NOTES: ("notes", "note", "comments", "comment", "description"),
    EXCLUDED: ("do not count toward", "not counted toward", "excluded from", "exclude from"),
}
HEADERS[SHARE + rules.ADMINISTRATIVE] += ("admin",)
_HEADER_TARGET = {_norm(name): target for target, names in HEADERS.items() for name in names}
# Columns of Recert's own export that the import passes over without a remark: the certificate
# (a file cannot travel in a CSV) and the "… counts" and "… reason" columns (computed, two per
# credential).
IGNORED_HEADERS = ("certificate file", "certificate", "certificate name", "certificate file name")


def _header_target(header: str) -> str | None:
    name = _norm(header)
    if name in _HEADER_TARGET:
        return _HEADER_TARGET[name]
    if name in IGNORED_HEADERS or name.endswith((_norm(COUNTS), _norm(REASON))):
        return IGNORE
    return None


# Unit words (normalised), besides each unit's code, label and singular from the rules engine.
UNIT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "contact_hours": ("hours", "hour", "hrs", "hr", "contact hrs", "ce hours", "ce hour", "clock hours"),
    "aama_ceus": ("aama ceus", "aama ceu", "aama ce", "aama ce units"),
    "amt_points": ("amt points", "amt point", "ccp points", "ccp point", "amt ccp point"),
    "nha_credits": ("nha credits", "nha credit", "nha ce credit"),
    "college_credits": ("college credits", "college credit", "semester credits", "semester credit"),
    "cpr_card": ("cpr card", "bls card", "cpr cards", "bls cards", "cpr", "bls"),
    "minutes": ("min", "mins", "contact minutes"),
}
_UNIT_WORDS = {
    _norm(word): code
    for code, unit in rules.UNITS.items()
    for word in (code, unit.label, unit.singular, *UNIT_SYNONYMS.get(code, ()))
}

CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    rules.ADMINISTRATIVE: ("administrative", "admin", "a"),
    rules.CLINICAL: ("clinical", "clin", "c"),
    rules.GENERAL: ("general", "gen", "g"),
}
_CATEGORY_WORD = {word: category for category, words in CATEGORY_WORDS.items() for word in words}

TRUE_WORDS = ("yes", "y", "true", "x", "1", "✓", "✔")
FALSE_WORDS = ("no", "n", "false", "0", "-")


def mapping_guess(headers: Sequence[str]) -> tuple[list[str], list[str]]:
    """Each column's field from its header, and remarks on the columns left unused."""
    mapping, remarks, taken = [], [], {}
    for index, header in enumerate(headers):
        target = _header_target(header)
        name = header.strip() or f"column {index + 1}"
        if target is None:
            remarks.append(f"Column {index + 1} “{name}” is not a column Recert knows: it is not used.")
            target = IGNORE
        elif target and _slot(target) in taken:
            remarks.append(
                f"Column {index + 1} “{name}” is not used: column {taken[_slot(target)] + 1} is "
                f"already read as {_target_label(mapping[taken[_slot(target)]])}."
            )
            target = IGNORE
        if target:
            taken[_slot(target)] = index
        mapping.append(target)
    return mapping, remarks


def _slot(target: str) -> str:
    """Targets that fill the same field: every kind of amount column is the amount."""
    return AMOUNT if target.startswith(AMOUNT_IN) else target


def _mapping_errors(mapping: Sequence[str], headers: Sequence[str]) -> list[str]:
    errors, seen = [], {}
    known = dict(target_choices())
    for index, target in enumerate(mapping):
        if target not in known:
            errors.append(f"Column {index + 1}: choose what it holds.")
            continue
        if not target:
            continue
        slot = _slot(target)
        if slot in seen:
            errors.append(
                f"Columns {seen[slot] + 1} and {index + 1} are both read as "
                f"{'an amount' if slot == AMOUNT else _target_label(target)}: set one of them to (not used)."
            )
        else:
            seen[slot] = index
    for slot, words in ((DATE, "the completion date"), (TITLE, "the title"), (AMOUNT, "the amount")):
        if slot not in seen:
            errors.append(
                f"No column holds {words}: choose “{_target_label(slot)}” for one of the columns below."
            )
    return errors


# The columns whose value the person can set for every row in the preview.
FILLABLE = (CATEGORY, APPROVED)
