"""A short run of the soak test (scripts/soak.py) on this run's kind of database: concurrent
sessions, double submits and replays, a worker killed halfway; it fails on any 5xx, lost or
doubled write. `make soak` runs the full 20 sessions for 60 s."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.test_deploy import ROOT


def test_a_short_soak_loses_nothing_and_doubles_nothing(tmp_path):
    out = tmp_path / "soak.json"
    run = subprocess.run(
        [
            sys.executable,
            "scripts/soak.py",
            "--sessions",
            "6",
            "--seconds",
            "12",
            "--workers",
            "2",
            "--seed",
            "7",
            "--json",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    figures = json.loads(out.read_text())
    check = figures["check"]
    assert figures["server_errors"] == 0 and figures["failures"] == []
    assert (check["lost"], check["duplicated"]) == ([], {})
    assert check["rows"] == check["acknowledged"] > 0
    assert check["acknowledged_more_than_once"] > 0  # double submits and replays did happen
    assert figures["kill"]["killed"]  # and a worker was killed under load
