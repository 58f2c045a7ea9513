"""Work on a person's file runs in a bounded child (credentials/bounded.py): past its time,
memory or output limit it stops, says which, and leaves the asking process as it was."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest

from credentials import file_work
from credentials.bounded import Exceeded, output_read, run_bounded
from tests import hostile

LIMITS = {"max_seconds": 5, "max_memory_mb": 64, "max_output_bytes": 1024 * 1024}


def _writes(say, path, text):
    say("started")
    Path(path).write_text(text)
    return len(text)


def _sleeps(say, path):
    time.sleep(60)


def _eats_memory(say, path):
    hoard = []
    while True:
        hoard.append(bytearray(16 * 1024 * 1024))


def _writes_too_much(say, path):
    Path(path).write_bytes(b"x" * (2 * 1024 * 1024))


def _breaks(say, path):
    raise ValueError("no")


def test_the_value_the_file_and_the_messages_come_back():
    heard = []
    value, path = run_bounded(_writes, "hello", **LIMITS, on_message=lambda *m: heard.append(m))
    assert (value, output_read(path), heard) == (5, b"hello", [("started",)])
    assert not Path(path).exists()


@pytest.mark.parametrize(
    ("work", "limit"),
    [(_sleeps, "time"), (_eats_memory, "memory"), (_writes_too_much, "output"), (_breaks, "error")],
)
def test_each_limit_stops_the_child_and_is_named(work, limit):
    started = time.monotonic()
    with pytest.raises(Exceeded) as stopped:
        run_bounded(work, **{**LIMITS, "max_seconds": 2})
    assert stopped.value.limit == limit
    assert time.monotonic() - started < 8
    if limit == "error":
        assert stopped.value.detail == "ValueError"


@pytest.mark.parametrize("make", [hostile.text_operators_pdf, hostile.slow_drawing_pdf])
def test_a_hostile_pdf_is_stopped_and_the_asking_process_keeps_its_memory(make, settings):
    settings.CERTIFICATE_READ_MAX_SECONDS = 10
    settings.CERTIFICATE_PREVIEW_MAX_SECONDS = 5
    data = make()
    assert len(data) < 400_000  # small enough to pass every upload check
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    reading, stopped = file_work.certificate_read(data, filename="hostile.pdf")
    preview = file_work.preview_draw(data)
    assert time.monotonic() - started < 20
    assert stopped is not None and "so it was stopped" in stopped
    assert reading.source == "none" and all(found.value is None for found in reading.fields.values())
    assert preview is None
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 50  # the child paid, not this process (it took gigabytes unbounded)
