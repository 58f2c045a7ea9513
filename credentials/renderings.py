"""Kept renderings: parts of a person's pages (their progress cards, their activity rows) rendered
once and kept in the cache until what they show changes.

Each is kept under ``render:<owner id>:<name>:<hash of its version parts>``: the version parts
change whenever what is shown could (selectors.progress_list_version, ActivityPage.rows_version,
ActivityFilter.rendering_version, and each row's ActivityRow.version for the list's rows, kept one
by one so a write redraws only the rows it changed), and the owner's id comes first so that
deleting a person deletes every rendering of theirs (``renderings_delete``) without knowing which
pages made them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence

from django.core.cache import caches

from core.cache_keys import cache_keys_delete

CACHE = "default"
TIMEOUT = 86400  # a day: the progress cards (and the summary PDF) are kept under the day anyway
# The activity list's renderings name no day: kept a week, for the people who come back next week.
TIMEOUT_UNDATED = 7 * 86400
UNDATED = frozenset({"activity-rows", "activity-filters", "activity-row"})


def rendering_key(*, owner_id: int, name: str, parts: Iterable) -> str:
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()[:32]
    return f"{_owner_prefix(owner_id)}{name}:{digest}"


def rendering_kept(*, owner_id: int | None, name: str, parts: Iterable, render: Callable[[], str]) -> str:
    """The rendering kept for these parts, or ``render()`` kept now. Nobody logged in: rendered."""
    if owner_id is None:
        return render()
    cache = caches[CACHE]
    key = rendering_key(owner_id=owner_id, name=name, parts=parts)
    rendered = cache.get(key)
    if rendered is None:
        rendered = render()
        cache.set(key, rendered, TIMEOUT_UNDATED if name in UNDATED else TIMEOUT)
    return rendered


def renderings_kept_each(
    *, owner_id: int | None, name: str, items: Sequence[tuple[Iterable, Callable[[], str]]]
) -> list[str]:
    """``rendering_kept`` for many parts of a page at once (each item: its version parts, its
    render), read and stored in one go: after a write that changes one row of a list, only the
    rows whose version changed are rendered again."""
    if owner_id is None:
        return [render() for _, render in items]
    cache = caches[CACHE]
    keys = [rendering_key(owner_id=owner_id, name=name, parts=parts) for parts, _ in items]
    kept = cache.get_many(keys)
    missed = {key: render() for key, (_, render) in zip(keys, items, strict=True) if key not in kept}
    if missed:
        cache.set_many(missed, TIMEOUT_UNDATED if name in UNDATED else TIMEOUT)
    return [kept[key] if key in kept else missed[key] for key in keys]


def renderings_delete(*, owner_id: int) -> int:
    """Delete every rendering kept for the person; returns how many went."""
    return cache_keys_delete(cache=caches[CACHE], prefix=_owner_prefix(owner_id))


def _owner_prefix(owner_id: int) -> str:
    return f"render:{int(owner_id)}:"
