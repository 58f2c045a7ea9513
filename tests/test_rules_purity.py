"""The rules engine is pure Python: importing and using it must not pull in Django.

The engine is a package (credentials/rules/): every one of its modules is imported and checked.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "credentials" / "rules"
MODULES = sorted(PACKAGE.rglob("*.py"))
# What a module of the engine may import besides the standard library and its own package.
ALLOWED_OUTSIDE = {"dateutil"}

SCRIPT = """
import sys
from datetime import date
from decimal import Decimal

import credentials.rules as rules

r = rules.evaluate(
    rules.PROGRAMS["cma-aama"],
    certified_on=date(2021, 2, 10),
    credits=[
        rules.Credit(
            earned_on=date(2022, 1, 1), amount=Decimal(50), category="administrative", approved=True
        ),
        rules.Credit(earned_on=date(2022, 2, 1), amount=Decimal(1), kind="cpr"),
    ],
    today=date(2025, 6, 1),
)
assert r.expires_on == date(2026, 2, 28), r.expires_on
assert r.counted_points == Decimal(54), r.counted_points

import importlib
import pkgutil

parts = [info.name for info in pkgutil.walk_packages(rules.__path__, "credentials.rules.")]
for name in parts:
    importlib.import_module(name)
print("PARTS:", sorted(parts))
leaked = sorted(m for m in sys.modules if m == "django" or m.startswith("django."))
print("DJANGO-MODULES:", leaked)
app = sorted(
    m for m in sys.modules
    if m.startswith("credentials.") and m != "credentials.rules" and not m.startswith("credentials.rules.")
)
print("APP-MODULES:", app)
print("OK")
"""


def test_rules_engine_imports_and_evaluates_without_django():
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "DJANGO-MODULES: []" in proc.stdout, proc.stdout
    assert "APP-MODULES: []" in proc.stdout, proc.stdout
    assert proc.stdout.strip().endswith("OK")
    # Every module of the package was imported, not only the ones evaluate() happens to use.
    files = {p.relative_to(ROOT).with_suffix("") for p in MODULES if p.name != "__init__.py"}
    expected = sorted(".".join(p.parts) for p in files)
    assert f"PARTS: {expected}" in proc.stdout, proc.stdout
    assert len(expected) >= 2


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_engine_module_imports_only_the_standard_library_dateutil_and_itself(path):
    """Read, not run: an import Django or an app module could hide behind (a branch, a function)
    still counts. Imports sit at the top of the module, none inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    top_level = {id(node) for node in tree.body}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        where = f"{path.name}:{node.lineno}"
        assert id(node) in top_level, f"{where}: import inside a function or block"
        if isinstance(node, ast.ImportFrom) and node.level:
            continue  # relative: inside the package
        names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
        for name in names:
            top = name.split(".")[0]
            inside = name == "credentials.rules" or name.startswith("credentials.rules.")
            allowed = inside or top in sys.stdlib_module_names or top in ALLOWED_OUTSIDE
            assert allowed, f"{where}: imports {name}"
