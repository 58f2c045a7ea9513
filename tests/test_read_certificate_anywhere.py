"""`python manage.py read_certificate` runs on a machine with no configuration at all, from any
folder, and its standard output is only its JSON lines (logs go to standard error)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.test_deploy import ROOT
from tests.test_inbox import AAMA_CERTIFICATE


def test_the_command_needs_no_configuration_and_prints_only_json(tmp_path):
    good = tmp_path / "good.pdf"
    good.write_bytes(AAMA_CERTIFICATE)
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(AAMA_CERTIFICATE[:600])  # pypdf logs a warning reading it
    environment = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)}  # no DJANGO_* at all
    run = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "read_certificate", str(good), str(truncated)],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    objects = [json.loads(line) for line in lines]
    assert [o["file"] for o in objects] == [str(good), str(truncated)]
    assert objects[0]["completed_on"] == "2025-03-05" and objects[0]["amount"] == "2.0"
    assert objects[1]["problem"]
