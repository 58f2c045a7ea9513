"""core.collector: the garbage collector paused around bursts of allocation (issue 26), never left off."""

import gc
import threading

from core.collector import collector_paused


def test_paused_inside_and_enabled_again_after_nested_and_overlapping_pauses():
    assert gc.isenabled()
    inside = threading.Event()
    release = threading.Event()
    seen = []

    def other():
        with collector_paused():
            inside.set()
            release.wait(5)
            seen.append(gc.isenabled())

    thread = threading.Thread(target=other)
    with collector_paused():
        thread.start()
        inside.wait(5)
        with collector_paused():
            seen.append(gc.isenabled())
        seen.append(gc.isenabled())
    # This thread's pause ended while the other's goes on: still paused until the last one ends.
    seen.append(gc.isenabled())
    release.set()
    thread.join(5)
    assert seen == [False, False, False, False]
    assert gc.isenabled()


def test_a_pause_ends_when_its_block_raises():
    try:
        with collector_paused():
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
