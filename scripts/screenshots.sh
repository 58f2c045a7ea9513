#!/usr/bin/env bash
# Screenshots of every page at 360 and 1280 px, taken by the browser tests
# (tests/e2e/test_screenshots.py: the demo person, each page checked by axe and for sideways
# scrolling), then copied shrunk into docs/screenshots/ to be looked at and committed: 96 colours,
# optimised, and no taller than 2,400 px (the top of a long page says what it is).
#
#   bash scripts/screenshots.sh [PYTHON] [pytest args...]     (make screenshots)
#
# The copies are made even when a page fails a check, so the failure can be seen; the exit status
# is the tests'.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
shift || true
SOURCE=artifacts/screenshots/pages
TARGET=docs/screenshots

rm -rf "$SOURCE"
DJANGO_DEBUG=false "$PY" -m pytest -q -p no:cacheprovider tests/e2e/test_screenshots.py "$@"
status=$?

"$PY" - "$SOURCE" "$TARGET" <<'PYTHON' || status=1
import sys
from pathlib import Path

from PIL import Image

COLOURS, MAX_HEIGHT = 96, 2400
source, target = Path(sys.argv[1]), Path(sys.argv[2])
shots = sorted(source.glob("*.png"))
if not shots:
    sys.exit(f"No screenshots in {source}: the browser test did not get to take them.")
target.mkdir(parents=True, exist_ok=True)
for old in target.glob("*.png"):
    old.unlink()  # a page that is gone leaves no stale picture
total = 0
for shot in shots:
    with Image.open(shot) as image:
        image = image.convert("RGB")
        if image.height > MAX_HEIGHT:
            image = image.crop((0, 0, image.width, MAX_HEIGHT))
        small = image.quantize(colors=COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = target / shot.name
    small.save(out, optimize=True)
    total += out.stat().st_size
print(f"{len(shots)} screenshots in {target}/, {total / 1e6:.1f} MB in all")
PYTHON
exit $status
