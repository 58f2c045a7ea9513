"""Scores the certificate reader on a corpus directory (its expected.json): per field, how often it
is right on text PDFs and on photos and scans, and how often each confidence band is right.

    .venv/bin/python tests/certificates_world/score.py tests/certificates_world/tune [--show]

``--show`` prints each wrong field; never use it on the held-out set (tests/certificates_world/
heldout), which is read only for its totals, so that tuning cannot learn it.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from credentials.reader import FIELDS, read_certificate

BANDS = (("sure", 0.9, 1.01), ("fairly sure", 0.5, 0.9), ("unsure", 0.0, 0.5))


def norm(text) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(text or "").casefold()).strip()


def right(field: str, got, want) -> bool:
    if field in ("title", "provider"):
        return norm(got) == norm(want)
    if field == "amount":
        return (got is None and want is None) or (
            got is not None and want is not None and Decimal(str(got)) == Decimal(str(want))
        )
    if field == "completed_on":
        return (got.isoformat() if got else None) == want
    return got == want


def score(directory: Path, *, show: bool = False) -> dict:
    expected = json.loads((directory / "expected.json").read_text())
    tally = defaultdict(lambda: [0, 0])  # (group, field) -> [right, total]
    bands = defaultdict(lambda: [0, 0])  # band -> [right, total]
    for name, want in sorted(expected.items()):
        reading = read_certificate((directory / name).read_bytes(), filename=name)
        group = "pdf" if want["kind"] in ("pdf", "text") else "photo/scan"
        want = dict(want)
        if want.get("unit") == "aama_ceu" and "aama_approved" not in want:
            want["aama_approved"] = True
        for field in FIELDS:
            found = reading.fields[field]
            ok = right(field, found.value, want.get(field))
            tally[(group, field)][0] += ok
            tally[(group, field)][1] += 1
            if found.value is not None:
                band = next(b for b, lo, hi in BANDS if lo <= found.confidence < hi)
                bands[band][0] += ok
                bands[band][1] += 1
                bands[(band, field)][0] += ok
                bands[(band, field)][1] += 1
            if show and not ok:
                got = f"{found.value!r} ({found.confidence})"
                print(f"{name:38} {field:13} got {got} want {want.get(field)!r}")
    return {"fields": dict(tally), "bands": dict(bands)}


def report(result: dict) -> str:
    rows = ["| field | text PDFs | photos and scans |", "|---|---|---|"]
    for field in FIELDS:
        cells = []
        for group in ("pdf", "photo/scan"):
            r, t = result["fields"].get((group, field), [0, 0])
            cells.append(f"{r}/{t}" if t else "—")
        rows.append(f"| {field} | {' | '.join(cells)} |")
    rows += ["", "| confidence | fields | right |", "|---|---|---|"]
    for band, _, _ in BANDS:
        r, t = result["bands"].get(band, [0, 0])
        rows.append(f"| {band} | {t} | {r / t:.0%} |" if t else f"| {band} | 0 | — |")
    rows += ["", "| field | " + " | ".join(b for b, _, _ in BANDS) + " |", "|---|---|---|---|"]
    for field in FIELDS:
        cells = []
        for band, _, _ in BANDS:
            r, t = result["bands"].get((band, field), [0, 0])
            cells.append(f"{r}/{t}" if t else "—")
        rows.append(f"| {field} | {' | '.join(cells)} |")
    return "\n".join(rows)


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    print(report(score(folder, show="--show" in sys.argv)))
