"""Take the landing page's screenshots of the demo dashboard from a running Recert.

    python manage.py seed_demo          # demo@example.com / recert-demo-2026
    python manage.py runserver 127.0.0.1:8155 &
    .venv/bin/python scripts/landing_screenshot.py http://127.0.0.1:8155

Writes static/img/landing-dashboard.png (1280 px wide, the dashboard down to its first cards) and
static/img/landing-dashboard-phone.png (390 px wide, the first screen of a phone), each quantized
to 128 colours so the landing page stays light. Run it again when the dashboard's look changes
and commit the images: templates/landing.html has their width and height.
"""

from __future__ import annotations

import argparse
import io
import os
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "static" / "img"
CHROMIUM = os.environ.get("RECERT_CHROMIUM", "/usr/bin/chromium")
EMAIL, PASSWORD = "demo@example.com", "recert-demo-2026"

# name: (viewport width, viewport height, height kept from the top: None for down to the first row of
# credential cards)
SHOTS = {
    "landing-dashboard.png": (1280, 900, None),
    "landing-dashboard-phone.png": (390, 844, 844),
}
FIRST_ROW_BOTTOM = """() => {
  const card = document.querySelector(".credential-card");
  return card ? Math.ceil(card.getBoundingClientRect().bottom + window.scrollY) + 16 : 900;
}"""
COLOURS = 128
MAX_BYTES = 150_000


def shrink(png: bytes, height: int) -> Image.Image:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image = image.crop((0, 0, image.width, min(height, image.height)))
    return image.quantize(colors=COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", nargs="?", default="http://127.0.0.1:8000", help="a running Recert")
    args = parser.parse_args()
    base = args.url.rstrip("/")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for name, (width, viewport_height, keep) in SHOTS.items():
            context = browser.new_context(
                viewport={"width": width, "height": viewport_height},
                locale="en-US",
                timezone_id="America/New_York",
            )
            page = context.new_page()
            page.goto(f"{base}/accounts/login/")
            page.get_by_label("Email").fill(EMAIL)
            page.get_by_label("Password").fill(PASSWORD)
            page.get_by_role("button", name="Log in").click()
            page.wait_for_url(f"{base}/")
            page.wait_for_load_state("networkidle")
            image = shrink(page.screenshot(full_page=True), keep or page.evaluate(FIRST_ROW_BOTTOM))
            path = OUT / name
            image.save(path, optimize=True)
            size = path.stat().st_size
            print(f"{path.relative_to(ROOT)}: {image.width}x{image.height}, {size // 1024} KB")
            if size > MAX_BYTES:
                print(f"  over {MAX_BYTES // 1000} KB: lower COLOURS or the height kept")
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
