"""``collector_paused``: the cyclic garbage collector paused for a burst of allocations that make no
lasting cycles, counted across threads."""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0  # blocks inside collector_paused, in every thread of the process
_was_enabled = False


@contextmanager
def collector_paused():
    """Reading a verdict table of 5,000 rows (some 20,000 tuples), evaluating 5,000 credits or drawing
    a summary of 1,000 activities set off full collections of the worker's whole heap (make bench: a
    first list view took 130 ms instead of 40 in one view out of two, a save 260 ms instead of 170,
    a first summary PDF 380 ms instead of 265, once the heap had grown). The switch is the
    process's: counted under a lock, so threads overlapping never leave it off; whatever cycles the
    burst made are collected after it."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
