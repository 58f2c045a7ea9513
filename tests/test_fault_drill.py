"""A short fault drill (scripts/fault_drill.py) on this run's kind of database: four sessions for
45 s, with a gunicorn worker and the background worker killed, and the database locked for 25 s
(SQLite) or restarted (PostgreSQL, where the tasks go through RQ on a Redis the drill starts and
restarts too). It fails on a 5xx outside the outages (or any but 503 inside one), a lost or doubled
write, and background work not finished once afterwards. `make drill` runs the full one.

Here no job is caught by a fault: the background worker is killed while no job runs (--worker-kill
idle), and each outage starts once the queue is empty, with no new job until it is over
(--calm-outages). A job killed mid-way, or failing on the outage, is taken up again by the
watchdog only minutes later (its longest limit plus 120 s, credentials.jobs), too long for the
suite; `make drill` does both."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from django.db import connections

from tests.test_deploy import ROOT

# It restarts the database every other test of the run shares: never beside them (make test).
pytestmark = pytest.mark.alone


def test_a_short_fault_drill_loses_nothing_and_finishes_every_job(tmp_path):
    out = tmp_path / "drill.json"
    command = [
        sys.executable,
        "scripts/fault_drill.py",
        "--sessions",
        "4",
        "--seconds",
        "45",
        "--workers",
        "2",
    ]
    command += [
        "--seed",
        "7",
        "--worker-kill",
        "idle",
        "--calm-outages",
        "--settle",
        "60",
        "--json",
        str(out),
    ]
    connections.close_all()  # on PostgreSQL the drill restarts the server under this process too
    try:
        run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    finally:
        connections.close_all()
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-3000:]
    figures = json.loads(out.read_text())
    drill, check = figures["drill"], figures["check"]
    assert figures["failures"] == [] and figures["server_errors_unexpected"] == 0
    assert (check["lost"], check["duplicated"]) == ([], {})
    assert check["rows"] == check["acknowledged"] > 2000  # the import's 2,000 rows and the sessions'
    assert drill["import"]["acknowledged"] and drill["import"]["rows_stored"] == 2000

    faults = {fault["fault"]: fault for fault in drill["faults"]}
    outages = (
        ["postgres_restart", "redis_restart"] if os.environ.get("TEST_DATABASE_URL") else ["sqlite_lock"]
    )
    assert set(faults) == {"web_worker_kill", "worker_kill", *outages}
    assert all(not fault["error"] for fault in faults.values())
    assert all(faults[name]["healthy_after_s"] is not None for name in outages)  # and it came back
    assert faults["worker_kill"]["worker_back_after_s"] is not None

    drafts = drill["drafts"]
    assert drafts["acknowledged"] > 0 and drafts["lost"] == [] and drafts["unfinished"] == []
    assert drill["settled_after_s"] is not None
