"""Generate the 'tune' corpus of continuing-education certificates for medical assistants.

Every certificate here is invented: fictional learners, fictional providers, fictional
addresses.  Only the names of real accrediting / card-issuing bodies (AAMA, NHA, AMT, AHA,
American Red Cross, IACET) are printed, the way real certificates print them.

    .venv/bin/python tests/certificates_world/tune/make.py

writes ~32 files next to this script plus ``expected.json``.  Output is byte-stable:
all randomness is seeded per file, and reportlab runs with ``invariant=1``.
"""

from __future__ import annotations

import io
import json
import math
import random
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps
from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

rl_config.useA85 = 0  # keep embedded JPEG scans binary (smaller files)

OUT = Path(__file__).resolve().parent
DJ = "/usr/share/fonts/truetype/dejavu/"
for _name, _file in [
    ("DVSans", "DejaVuSans.ttf"),
    ("DVSans-Bold", "DejaVuSans-Bold.ttf"),
    ("DVSans-Oblique", "DejaVuSans-Oblique.ttf"),
    ("DVSans-Light", "DejaVuSans-ExtraLight.ttf"),
    ("DVCond", "DejaVuSansCondensed.ttf"),
    ("DVCond-Bold", "DejaVuSansCondensed-Bold.ttf"),
    ("DVCond-Oblique", "DejaVuSansCondensed-Oblique.ttf"),
    ("DVSerif", "DejaVuSerif.ttf"),
    ("DVSerif-Bold", "DejaVuSerif-Bold.ttf"),
    ("DVSerif-Italic", "DejaVuSerif-Italic.ttf"),
    ("DVSerif-BoldItalic", "DejaVuSerif-BoldItalic.ttf"),
    ("DVSerifCond", "DejaVuSerifCondensed.ttf"),
    ("DVSerifCond-Italic", "DejaVuSerifCondensed-Italic.ttf"),
    ("DVSerifCond-Bold", "DejaVuSerifCondensed-Bold.ttf"),
    ("DVMono", "DejaVuSansMono.ttf"),
    ("DVMono-Bold", "DejaVuSansMono-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_name, DJ + _file))

LETTER_L = landscape(letter)
GREY = HexColor("#555555")
LIGHT = HexColor("#8a8a8a")
INK = HexColor("#1f2a6b")  # signature ink


# ----------------------------------------------------------------------------- text helpers
def sw(s, font, size, cs=0.0):
    return pdfmetrics.stringWidth(s, font, size) + cs * max(len(s) - 1, 0)


def T(c, x, y, s, font="Helvetica", size=12, color=black, align="l", cs=0.0):
    """Draw one line. align: l / c / r.  cs = character spacing (tracking)."""
    w = sw(s, font, size, cs)
    if align == "c":
        x -= w / 2
    elif align == "r":
        x -= w
    c.setFillColor(color)
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(cs)  # always set: char spacing otherwise leaks into later text objects
    t.textOut(s)
    c.drawText(t)
    return w


def runs(c, x, y, parts, align="l", color=black):
    """parts: [(text, font, size[, color])] on one baseline."""
    total = sum(sw(p[0], p[1], p[2]) for p in parts)
    if align == "c":
        x -= total / 2
    elif align == "r":
        x -= total
    for p in parts:
        T(c, x, y, p[0], p[1], p[2], p[3] if len(p) > 3 else color)
        x += sw(p[0], p[1], p[2])
    return total


def wrap(s, font, size, width):
    words, lines, cur = s.split(), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if cur and sw(trial, font, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def para(c, x, y, s, font, size, width, leading=None, align="l", color=black):
    leading = leading or size * 1.3
    for line in wrap(s, font, size, width):
        T(c, x, y, line, font, size, color, align)
        y -= leading
    return y


def lines(c, x, y, rows, font, size, leading=None, align="l", color=black):
    leading = leading or size * 1.25
    for r in rows:
        T(c, x, y, r, font, size, color, align)
        y -= leading
    return y


# ----------------------------------------------------------------------------- decoration
def bg(c, W, H, color):
    c.setFillColor(color)
    c.rect(0, 0, W, H, fill=1, stroke=0)


def hline(c, x0, x1, y, color=black, lw=0.7):
    c.setStrokeColor(color)
    c.setLineWidth(lw)
    c.line(x0, y, x1, y)


def wave_band(c, x0, y0, x1, y1, amp, period, n, color, lw=0.4):
    horiz = abs(x1 - x0) >= abs(y1 - y0)
    c.setStrokeColor(color)
    c.setLineWidth(lw)
    length = abs(x1 - x0) if horiz else abs(y1 - y0)
    steps = max(int(length / 2.5), 8)
    for k in range(n):
        ph = 2 * math.pi * k / n
        p = c.beginPath()
        for i in range(steps + 1):
            t = i / steps
            off = amp * math.sin(2 * math.pi * t * length / period + ph)
            if horiz:
                px, py = x0 + (x1 - x0) * t, (y0 + y1) / 2 + off
            else:
                px, py = (x0 + x1) / 2 + off, y0 + (y1 - y0) * t
            (p.moveTo if i == 0 else p.lineTo)(px, py)
        c.drawPath(p, stroke=1, fill=0)


def rosette(c, cx, cy, r, color, petals=12, lw=0.6):
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(lw)
    c.translate(cx, cy)
    for i in range(petals):
        c.saveState()
        c.rotate(i * 180.0 / petals)
        c.ellipse(-r, -r * 0.28, r, r * 0.28, stroke=1, fill=0)
        c.restoreState()
    c.circle(0, 0, r * 0.18, stroke=1, fill=0)
    c.restoreState()


def ornate_border(c, W, H, c1, c2, m=26, band=18):
    c.setStrokeColor(c1)
    c.setLineWidth(3)
    c.rect(m, m, W - 2 * m, H - 2 * m)
    c.setLineWidth(0.8)
    c.rect(m + band + 6, m + band + 6, W - 2 * (m + band + 6), H - 2 * (m + band + 6))
    mid = m + 3 + band / 2
    wave_band(c, m + band, mid, W - m - band, mid, band / 2 - 3, 22, 5, c2)
    wave_band(c, m + band, H - mid, W - m - band, H - mid, band / 2 - 3, 22, 5, c2)
    wave_band(c, mid, m + band, mid, H - m - band, band / 2 - 3, 22, 5, c2)
    wave_band(c, W - mid, m + band, W - mid, H - m - band, band / 2 - 3, 22, 5, c2)
    for cx, cy in [(mid, mid), (W - mid, mid), (mid, H - mid), (W - mid, H - mid)]:
        c.setFillColor(white)
        c.circle(cx, cy, band * 0.85, stroke=0, fill=1)
        rosette(c, cx, cy, band * 0.8, c1)


def laurel(c, cx, cy, r, color, side=1, leaves=9):
    c.saveState()
    c.setFillColor(color)
    for i in range(leaves):
        a = math.radians(-75 + i * 140 / (leaves - 1))
        x = cx + side * r * math.cos(a)
        y = cy + r * math.sin(a)
        c.saveState()
        c.translate(x, y)
        c.rotate(side * (math.degrees(a) - 25))
        c.ellipse(-2.4, -7, 2.4, 7, stroke=0, fill=1)
        c.restoreState()
    c.restoreState()


def circle_text(c, cx, cy, r, s, font, size, color, start=90, span=300):
    c.saveState()
    c.setFillColor(color)
    n = len(s)
    for i, ch in enumerate(s):
        a = math.radians(start + span / 2 - span * (i + 0.5) / n)
        c.saveState()
        c.translate(cx + r * math.cos(a), cy + r * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.setFont(font, size)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    c.restoreState()


def seal(c, cx, cy, r, fill, ring="", center=(), ink=white, points=36):
    c.saveState()
    c.setFillColor(fill)
    p = c.beginPath()
    for i in range(points * 2):
        rr = r if i % 2 == 0 else r * 0.9
        a = math.pi * i / points
        (p.moveTo if i == 0 else p.lineTo)(cx + rr * math.cos(a), cy + rr * math.sin(a))
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColor(ink)
    c.setLineWidth(0.8)
    c.circle(cx, cy, r * 0.8, stroke=1, fill=0)
    c.circle(cx, cy, r * 0.55, stroke=1, fill=0)
    if ring:
        circle_text(c, cx, cy, r * 0.62, ring, "Helvetica-Bold", r * 0.13, ink)
    y = cy + (len(center) - 1) * r * 0.1
    for s in center:
        T(c, cx, y - r * 0.06, s, "Times-Bold", r * 0.17, ink, "c")
        y -= r * 0.2
    c.restoreState()


def signature(c, x, y, w, R, color=INK, lw=1.1):
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(lw)
    c.setLineCap(1)
    p = c.beginPath()
    p.moveTo(x, y + R.uniform(-2, 6))
    n = R.randint(4, 7)
    cx = x
    for _ in range(n):
        nx = cx + w / n
        p.curveTo(cx + R.uniform(-6, 14), y + R.uniform(-10, 24), nx - R.uniform(-10, 8),
                  y + R.uniform(-16, 20), nx, y + R.uniform(-3, 8))
        cx = nx
    c.drawPath(p, stroke=1, fill=0)
    p = c.beginPath()
    p.moveTo(x + w * R.uniform(0.05, 0.3), y - R.uniform(2, 6))
    p.curveTo(x + w * 0.5, y - 9, x + w * 0.8, y + 2, x + w * R.uniform(0.9, 1.1), y - R.uniform(0, 4))
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def sigblock(c, x, y, w, R, rows, font="Helvetica", size=9, bold_first=True, align="c", lcol=black):
    signature(c, x - w / 2 + 15 if align == "c" else x + 10, y + 6, w - 30, R)
    x0 = x - w / 2 if align == "c" else x
    hline(c, x0, x0 + w, y, lcol, 0.6)
    yy = y - size - 3
    for i, r in enumerate(rows):
        f = font
        if i == 0 and bold_first:
            f = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "DVSans": "DVSans-Bold",
                 "DVSerif": "DVSerif-Bold", "DVCond": "DVCond-Bold"}.get(font, font)
        T(c, x if align == "c" else x0, yy, r, f, size, black, align)
        yy -= size * 1.25


def qr(c, x, y, size, R, n=25, color=black):
    m = size / n
    c.setFillColor(color)
    for i in range(n):
        for j in range(n):
            if R.random() < 0.48:
                c.rect(x + i * m, y + j * m, m, m, stroke=0, fill=1)
    for fx, fy in [(0, 0), (0, n - 7), (n - 7, n - 7)]:
        c.setFillColor(white)
        c.rect(x + fx * m - m, y + fy * m - m, 9 * m, 9 * m, stroke=0, fill=1)
        c.setFillColor(color)
        c.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, stroke=0, fill=1)
        c.setFillColor(white)
        c.rect(x + fx * m + m, y + fy * m + m, 5 * m, 5 * m, stroke=0, fill=1)
        c.setFillColor(color)
        c.rect(x + fx * m + 2 * m, y + fy * m + 2 * m, 3 * m, 3 * m, stroke=0, fill=1)


def logo_cross(c, cx, cy, r, col, ring=True):
    c.saveState()
    c.setFillColor(col)
    c.setStrokeColor(col)
    if ring:
        c.setLineWidth(r * 0.12)
        c.circle(cx, cy, r, stroke=1, fill=0)
    a, b = r * 0.6, r * 0.2
    c.rect(cx - b, cy - a, 2 * b, 2 * a, stroke=0, fill=1)
    c.rect(cx - a, cy - b, 2 * a, 2 * b, stroke=0, fill=1)
    c.restoreState()


def logo_leaf(c, cx, cy, r, col, col2):
    c.saveState()
    c.setFillColor(col)
    p = c.beginPath()
    p.moveTo(cx - r, cy - r * 0.6)
    p.curveTo(cx - r * 0.8, cy + r, cx + r * 0.6, cy + r, cx + r, cy + r)
    p.curveTo(cx + r * 0.9, cy - r * 0.2, cx, cy - r * 0.9, cx - r, cy - r * 0.6)
    c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColor(col2)
    c.setLineWidth(r * 0.08)
    c.line(cx - r * 0.9, cy - r * 0.55, cx + r * 0.7, cy + r * 0.7)
    c.restoreState()


def logo_hex(c, cx, cy, r, col, txt="", tcol=white):
    c.saveState()
    c.setFillColor(col)
    p = c.beginPath()
    for i in range(6):
        a = math.pi / 6 + i * math.pi / 3
        (p.moveTo if i == 0 else p.lineTo)(cx + r * math.cos(a), cy + r * math.sin(a))
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    if txt:
        T(c, cx, cy - r * 0.3, txt, "Helvetica-Bold", r * 0.85, tcol, "c")
    c.restoreState()


def logo_initials(c, x, y, s, col, size=30, tcol=white, font="Helvetica-Bold"):
    w = sw(s, font, size * 0.55) + size * 0.5
    c.setFillColor(col)
    c.roundRect(x, y, w, size, size * 0.18, stroke=0, fill=1)
    T(c, x + w / 2, y + size * 0.3, s, font, size * 0.55, tcol, "c")
    return w


def heart(c, cx, cy, s, col):
    c.saveState()
    c.setFillColor(col)
    p = c.beginPath()
    p.moveTo(cx, cy - s)
    p.curveTo(cx - s * 1.6, cy + s * 0.1, cx - s * 0.6, cy + s * 1.2, cx, cy + s * 0.45)
    p.curveTo(cx + s * 0.6, cy + s * 1.2, cx + s * 1.6, cy + s * 0.1, cx, cy - s)
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


def shield(c, cx, cy, s, col, col2=white):
    c.saveState()
    c.setFillColor(col)
    p = c.beginPath()
    p.moveTo(cx - s, cy + s)
    p.lineTo(cx + s, cy + s)
    p.lineTo(cx + s, cy)
    p.curveTo(cx + s, cy - s * 0.7, cx + s * 0.3, cy - s * 1.1, cx, cy - s * 1.3)
    p.curveTo(cx - s * 0.3, cy - s * 1.1, cx - s, cy - s * 0.7, cx - s, cy)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    logo_cross(c, cx, cy - s * 0.1, s * 0.7, col2, ring=False)
    c.restoreState()


def box(c, x, y, w, h, stroke=black, fill=None, lw=0.6, r=0):
    c.setStrokeColor(stroke)
    c.setLineWidth(lw)
    if fill is not None:
        c.setFillColor(fill)
    if r:
        c.roundRect(x, y, w, h, r, stroke=1, fill=1 if fill is not None else 0)
    else:
        c.rect(x, y, w, h, stroke=1, fill=1 if fill is not None else 0)


def field(c, x, y, label, value, lf="Helvetica", vf="Helvetica-Bold", size=10, gap=None, color=black):
    g = gap if gap is not None else sw(label, lf, size) + 6
    T(c, x, y, label, lf, size, GREY)
    T(c, x + g, y, value, vf, size, color)


# ============================================================================= certificates
# Each draw function gets (canvas, W, H, R).  R is a per-file seeded Random.

def p01(c, W, H, R):
    navy, gold = HexColor("#1d2f5a"), HexColor("#b08d3c")
    bg(c, W, H, HexColor("#fbf8ef"))
    ornate_border(c, W, H, navy, gold)
    T(c, W / 2, H - 92, "LAKESHORE MEDICAL ASSISTANT ACADEMY", "Times-Bold", 13, navy, "c", cs=2.5)
    T(c, W / 2, H - 150, "Certificate of Completion", "DVSerif-BoldItalic", 48, navy, "c")
    T(c, W / 2, H - 188, "This is to certify that", "Times-Italic", 16, black, "c")
    T(c, W / 2, H - 232, "Danielle R. Okafor", "Times-BoldItalic", 34, black, "c")
    hline(c, W / 2 - 190, W / 2 + 190, H - 242, gold, 1)
    T(c, W / 2, H - 268, "has successfully completed the continuing education program", "Times-Italic", 15, black, "c")
    T(c, W / 2, H - 304, "ECG Lead Placement and Artifact Recognition", "Times-Bold", 24, navy, "c")
    T(c, W / 2, H - 336, "Date of Completion: March 5, 2025", "Times-Roman", 14, black, "c")
    T(c, W / 2, H - 358, "1.5 AAMA CEUs (Clinical)", "Times-Bold", 14, black, "c")
    sigblock(c, 215, 168, 220, R, ["Joanne P. Whitcomb, MS, CMA (AAMA)", "Director of Education",
                                    "Lakeshore Medical Assistant Academy"], "Times-Roman", 10)
    seal(c, W - 215, 180, 52, gold, "LAKESHORE ACADEMY * EST. 2009 *", ("OFFICIAL", "SEAL"))
    para(c, W / 2, 98, "This program has been granted prior approval by the American Association of Medical "
         "Assistants (AAMA) for 1.5 clinical continuing education units (CEUs). Granting of prior approval in no way "
         "constitutes endorsement by the AAMA of the program content or the program's sponsor.",
         "Times-Italic", 8.5, 600, 10.5, "c", GREY)
    T(c, W / 2, 66, "Certificate printed 03/12/2025  \u2022  Certificate No. LMAA-25-0412", "Times-Roman", 7.5, GREY, "c")


def p02(c, W, H, R):
    green, dark = HexColor("#2f7a4c"), HexColor("#1b3a28")
    logo_leaf(c, 78, H - 70, 20, green, white)
    T(c, 108, H - 66, "Prairie Valley Health System", "Helvetica-Bold", 18, dark)
    T(c, 108, H - 82, "Center for Clinical Education & Professional Development", "Helvetica", 10, green)
    T(c, W - 56, H - 60, "4100 Meadowlark Parkway", "Helvetica", 8, GREY, "r")
    T(c, W - 56, H - 70, "Sioux Bend, SD 57109", "Helvetica", 8, GREY, "r")
    T(c, W - 56, H - 80, "(605) 555-0142", "Helvetica", 8, GREY, "r")
    hline(c, 56, W - 56, H - 96, green, 2)
    y = H - 140
    T(c, 72, y, "February 20, 2025", "Times-Roman", 11.5)
    y -= 40
    lines(c, 72, y, ["Marisol Esperanza Vega", "Westfield Family Clinic", "Prairie Valley Health System"],
          "Times-Roman", 11.5, 14)
    y -= 64
    T(c, 72, y, "RE: Continuing Education Verification", "Times-Bold", 11.5)
    y -= 28
    T(c, 72, y, "Dear Ms. Vega,", "Times-Roman", 11.5)
    y -= 22
    y = para(c, 72, y, "This letter verifies that you attended and successfully completed the following "
             "in-person skills course offered by the Prairie Valley Health System Center for Clinical Education. "
             "Attendance was confirmed by sign-in sheet and a supervised skills check-off.",
             "Times-Roman", 11.5, W - 144, 15)
    y -= 8
    for lab, val in [("Course:", "Phlebotomy Refresher: Order of Draw and Specimen Handling"),
                     ("Date attended:", "02/14/2025"), ("Location:", "Westfield Clinic campus, Training Room 3"),
                     ("Instructor:", "Carla Mendes, MLS(ASCP)"), ("Contact hours:", "2.0")]:
        T(c, 96, y, lab, "Times-Bold", 11.5)
        T(c, 200, y, val, "Times-Roman", 11.5)
        y -= 17
    y -= 10
    y = para(c, 72, y, "Contact hours are awarded by Prairie Valley Health System for internal competency "
             "tracking. This course was not submitted to an outside accrediting body. Please retain this letter "
             "with your continuing education records.", "Times-Roman", 11.5, W - 144, 15)
    y -= 16
    T(c, 72, y, "Sincerely,", "Times-Roman", 11.5)
    signature(c, 80, y - 36, 130, R)
    lines(c, 72, y - 58, ["Theresa Lundgren, BSN, RN", "Manager, Clinical Education", "Prairie Valley Health System"],
          "Times-Roman", 11.5, 14)
    hline(c, 56, W - 56, 52, green, 0.5)
    T(c, W / 2, 40, "Prairie Valley Health System is an equal opportunity employer.  Ref. CE-2025-0219",
      "Helvetica", 7, GREY, "c")


def p03(c, W, H, R):
    teal, ink = HexColor("#0c6b74"), HexColor("#13232b")
    bg(c, W, H, white)
    c.setFillColor(HexColor("#eef6f7"))
    c.rect(0, H - 74, W, 74, stroke=0, fill=1)
    logo_hex(c, 64, H - 37, 19, teal, "m")
    runs(c, 92, H - 45, [("Med", "DVSans-Bold", 22, ink), ("Learn", "DVSans", 22, teal), ("Hub", "DVSans-Bold", 22, ink)])
    T(c, 93, H - 60, "online learning for healthcare teams", "DVSans", 8, GREY)
    T(c, W - 48, H - 38, "Certificate ID: MLH-7F3K-2291", "DVSans", 9, GREY, "r")
    T(c, W - 48, H - 52, "Learner ID: 00931847", "DVSans", 9, GREY, "r")
    c.setFillColor(teal)
    c.rect(0, H - 78, W, 4, stroke=0, fill=1)
    T(c, W / 2, H - 132, "CERTIFICATE OF COMPLETION", "DVSans-Bold", 15, teal, "c", cs=4)
    T(c, W / 2, H - 170, "Awarded to", "DVSans", 11, GREY, "c")
    T(c, W / 2, H - 212, "Keisha Monroe-Hartley", "DVSans-Bold", 32, ink, "c")
    T(c, W / 2, H - 244, "for successfully completing", "DVSans", 11, GREY, "c")
    T(c, W / 2, H - 280, "Understanding HIPAA in the Ambulatory Setting: Privacy, Security,", "DVSans-Bold", 19, ink, "c")
    T(c, W / 2, H - 304, "and Breach Notification Essentials for the Front Office", "DVSans-Bold", 19, ink, "c")
    runs(c, W / 2, H - 334, [("Course provided by ", "DVSans", 11, GREY),
                              ("Cascadia Allied Health Institute", "DVSans-Bold", 11, teal)], "c")
    # detail strip
    y = H - 392
    c.setStrokeColor(HexColor("#c9dfe2"))
    c.setLineWidth(0.8)
    c.line(90, y + 30, W - 90, y + 30)
    c.line(90, y - 26, W - 90, y - 26)
    cols = [("ENROLLED", "01/08/2025"), ("COMPLETED", "Jan. 31st, 2025"), ("CREDIT", "AAMA CEU credit: 2.0 Administrative")]
    xs = [160, 330, 540]
    for (lab, val), x in zip(cols, xs):
        T(c, x, y + 10, lab, "DVSans-Bold", 8, teal, "c", cs=1.5)
        T(c, x, y - 8, val, "DVSans", 11, ink, "c")
    signature(c, 110, 150, 150, R)
    hline(c, 100, 290, 140, ink, 0.5)
    lines(c, 100, 127, ["Dr. Simone Achebe-Ward", "Dean of Continuing Education, Cascadia Allied Health Institute"],
          "DVSans", 8.5, 11)
    qr(c, W - 150, 112, 70, R)
    T(c, W - 115, 100, "verify.medlearnhub.example", "DVSans", 7, GREY, "c")
    para(c, W / 2, 64, "MedLearnHub is a learning management platform and is not the provider of this course. "
         "Cascadia Allied Health Institute is solely responsible for course content and the award of credit. "
         "This program has been granted prior approval by the American Association of Medical Assistants (AAMA) "
         "for 2.0 administrative continuing education units.", "DVSans", 7, 620, 9, "c", GREY)


def p04(c, W, H, R):
    maroon = HexColor("#7a1f2b")
    logo_cross(c, 70, H - 62, 18, maroon)
    T(c, 98, H - 58, "ST. BRENDAN REGIONAL MEDICAL CENTER", "Helvetica-Bold", 14, maroon)
    T(c, 98, H - 72, "Clinical Education Department  \u2022  2200 Harbor Road, Port Alden, ME 04011", "Helvetica", 8, GREY)
    T(c, W / 2, H - 112, "In-Service Training Record", "Helvetica-Bold", 20, black, "c")
    T(c, W / 2, H - 128, "Complete one form per employee. Return to Clinical Education within 5 business days.",
      "Helvetica-Oblique", 8.5, GREY, "c")
    x0, x1 = 50, W - 50
    y = H - 150
    T(c, x0, y - 12, "SECTION A \u2014 PROGRAM INFORMATION", "Helvetica-Bold", 9, maroon)
    y -= 20
    rows = [
        ("In-Service Topic", ["Safe Patient Handling and Mobility: Transfers, Gait Belts, and Fall",
                              "Prevention in the Outpatient Clinic"], 44),
        ("Date(s) Presented", ["11/19/2024"], 22),
        ("Time", ["1300\u20131430"], 22),
        ("Length of Program", ["1 hour 30 minutes"], 22),
        ("Location", ["Conference Room B, Pavilion 2"], 22),
        ("Presenter / Credentials", ["Gregory Tillman, PT, DPT"], 22),
    ]
    for lab, vals, h in rows:
        box(c, x0, y - h, 150, h, fill=HexColor("#f3e9ea"))
        box(c, x0 + 150, y - h, x1 - x0 - 150, h)
        T(c, x0 + 6, y - 14, lab, "Helvetica-Bold", 9)
        yy = y - 15
        for v in vals:
            T(c, x0 + 158, yy, v, "Helvetica", 11)
            yy -= 15
        y -= h
    y -= 22
    T(c, x0, y, "SECTION B \u2014 EMPLOYEE INFORMATION", "Helvetica-Bold", 9, maroon)
    y -= 8
    for lab, val in [("Employee Name", "Tyler J. Brandvold"), ("Employee #", "0047781"),
                     ("Job Title", "Certified Medical Assistant"), ("Department / Unit", "Ambulatory Clinics \u2013 Internal Medicine")]:
        box(c, x0, y - 22, 150, 22, fill=HexColor("#f3e9ea"))
        box(c, x0 + 150, y - 22, x1 - x0 - 150, 22)
        T(c, x0 + 6, y - 14, lab, "Helvetica-Bold", 9)
        T(c, x0 + 158, y - 15, val, "Helvetica", 11)
        y -= 22
    y -= 26
    T(c, x0, y, "SECTION C \u2014 ATTESTATION", "Helvetica-Bold", 9, maroon)
    y -= 16
    y = para(c, x0, y, "I attest that I attended the entire in-service described above and understand the content "
             "presented. Partial attendance is not eligible for credit.", "Helvetica", 9.5, x1 - x0, 12)
    y -= 34
    signature(c, x0 + 10, y + 4, 150, R)
    hline(c, x0, x0 + 250, y)
    T(c, x0, y - 11, "Employee Signature", "Helvetica", 8, GREY)
    T(c, x0 + 330, y + 4, "11/19/2024", "Helvetica", 11)
    hline(c, x0 + 320, x1, y)
    T(c, x0 + 320, y - 11, "Date", "Helvetica", 8, GREY)
    y -= 48
    signature(c, x0 + 10, y + 4, 140, R)
    hline(c, x0, x0 + 250, y)
    T(c, x0, y - 11, "Clinical Educator Verification (Angela Rusk, MSN, RN)", "Helvetica", 8, GREY)
    T(c, x0 + 330, y + 4, "11/22/2024", "Helvetica", 11)
    hline(c, x0 + 320, x1, y)
    T(c, x0 + 320, y - 11, "Date Verified", "Helvetica", 8, GREY)
    T(c, x0, 40, "Form CE-114  Rev. 06/2022", "Helvetica", 7, GREY)
    T(c, x1, 40, "White copy: Clinical Education  |  Yellow copy: Employee", "Helvetica", 7, GREY, "r")


def p05(c, W, H, R):
    teal, sand = HexColor("#125e63"), HexColor("#d9b26f")
    bg(c, W, H, HexColor("#fdfcf8"))
    c.setFillColor(teal)
    c.rect(0, 0, 34, H, stroke=0, fill=1)
    c.setFillColor(sand)
    c.rect(34, 0, 6, H, stroke=0, fill=1)
    c.setStrokeColor(teal)
    c.setLineWidth(1)
    c.rect(60, 24, W - 84, H - 48)
    rosette(c, 120, H - 86, 28, teal, 16, 0.5)
    T(c, 165, H - 78, "Tri-River Society of Medical Assistants", "DVSerif-Bold", 17, teal)
    T(c, 165, H - 95, "A constituent society of medical assisting professionals", "DVSerif-Italic", 9, GREY)
    T(c, (W + 40) / 2, H - 160, "Certificate of Attendance", "DVSerif", 36, black, "c")
    T(c, (W + 40) / 2, H - 192, "presented to", "DVSerif-Italic", 12, GREY, "c")
    T(c, (W + 40) / 2, H - 228, "Priya Nandakumar, CMA (AAMA)", "DVSerif-Bold", 26, teal, "c")
    T(c, (W + 40) / 2, H - 256, "for participation in the", "DVSerif-Italic", 12, GREY, "c")
    T(c, (W + 40) / 2, H - 288, "2025 Annual Education Conference & Expo", "DVSerif-BoldItalic", 22, black, "c")
    T(c, (W + 40) / 2, H - 310, "June 3\u20135, 2025  \u2022  Riverfront Convention Center, Harmony Falls, Ohio",
      "DVSerif", 10.5, black, "c")
    # credit table
    tx, ty = (W + 40) / 2 - 190, H - 340
    box(c, tx, ty - 50, 380, 50, teal, HexColor("#eef5f4"), 0.8, 4)
    T(c, tx + 190, ty - 15, "AAMA CEUs EARNED", "DVSans-Bold", 8, teal, "c", cs=2)
    T(c, tx + 65, ty - 36, "Administrative: 2.0 CEUs", "DVSans", 10, black, "c")
    T(c, tx + 190, ty - 36, "Clinical: 3.5 CEUs", "DVSans", 10, black, "c")
    T(c, tx + 318, ty - 36, "Total: 5.5 CEUs", "DVSans-Bold", 10, black, "c")
    sigblock(c, 200, 128, 200, R, ["Lorraine Batiste, CMA (AAMA), CPC", "Education Chair"], "DVSerif", 9)
    sigblock(c, W - 190, 128, 200, R, ["Vanessa Ruiz, CMA (AAMA)", "President, Tri-River SMA"], "DVSerif", 9)
    para(c, (W + 40) / 2, 72, "This conference has been granted prior approval by the American Association of "
         "Medical Assistants (AAMA) for a maximum of 9.0 CEUs. Attendees receive credit only for sessions attended "
         "as verified by session scan. Granting of prior approval in no way constitutes endorsement by the AAMA of "
         "the program content or the program's sponsor.", "DVSerif-Italic", 7.2, 600, 9, "c", GREY)
    T(c, W - 72, 32, "Attendee ID 25-0318  \u2022  Issued June 20, 2025", "DVSans", 6.5, GREY, "r")


def p06(c, W, H, R):
    purple, lav = HexColor("#4b2a7b"), HexColor("#efe9f7")
    bg(c, W, H, white)
    c.setFillColor(lav)
    c.rect(0, H - 130, W, 130, stroke=0, fill=1)
    c.setFillColor(purple)
    c.circle(80, H - 62, 24, stroke=0, fill=1)
    T(c, 80, H - 70, "NIC", "Helvetica-Bold", 15, white, "c")
    T(c, 116, H - 56, "Northfield Immunization Coalition", "Helvetica-Bold", 17, purple)
    T(c, 116, H - 72, "Protecting communities through education", "Helvetica-Oblique", 9, GREY)
    c.setFillColor(purple)
    c.roundRect(W - 172, H - 72, 118, 22, 11, stroke=0, fill=1)
    T(c, W - 113, H - 65, "WEBINAR SERIES", "Helvetica-Bold", 9, white, "c", cs=1.5)
    T(c, W / 2, H - 200, "Certificate of Participation", "Helvetica-Bold", 28, purple, "c")
    T(c, W / 2, H - 240, "This certifies that", "Helvetica", 12, GREY, "c")
    T(c, W / 2, H - 276, "Rosalind Achterberg, CMA (AAMA)", "Helvetica-Bold", 24, black, "c")
    hline(c, 130, W - 130, H - 288, purple, 0.8)
    T(c, W / 2, H - 316, "participated in the live webinar", "Helvetica", 12, GREY, "c")
    T(c, W / 2, H - 350, "Vaccine Storage and Handling:", "Helvetica-Bold", 20, black, "c")
    T(c, W / 2, H - 374, "Keeping the Cold Chain Intact", "Helvetica-Bold", 20, black, "c")
    T(c, W / 2, H - 406, "Broadcast Tuesday, April 22, 2025, 12:00\u20131:00 p.m. CT", "Helvetica", 11, black, "c")
    runs(c, W / 2, H - 438, [("Contact hours: ", "Helvetica", 14), ("1.0", "Helvetica-Bold", 14)], "c")
    box(c, 90, H - 540, W - 180, 72, purple, lav, 0.6, 6)
    para(c, W / 2, H - 488, "This program has not been submitted to the AAMA for approval and is not approved for "
         "AAMA CEUs. Participants may submit this certificate to an employer or other certifying body as documentation "
         "of 1.0 contact hour of continuing education.", "Helvetica", 9.5, W - 220, 12.5, "c")
    sigblock(c, W / 2, 170, 220, R, ["Monique Adebayo, MPH", "Program Director",
                                     "Northfield Immunization Coalition"], "Helvetica", 9)
    T(c, 60, 56, "Registered: April 2, 2025", "Helvetica", 7.5, GREY)
    T(c, W - 60, 56, "Webinar ID 884-201-337", "Helvetica", 7.5, GREY, "r")


def bls_card(c, x, y, w, h, R, name, issue, renew, tc, tcid, city, instr, instr_id, code):
    red = HexColor("#c8102e")
    box(c, x, y, w, h, HexColor("#999999"), white, 0.8, 8)
    c.setFillColor(red)
    c.roundRect(x, y + h - 56, w, 56, 8, stroke=0, fill=1)
    c.rect(x, y + h - 56, w, 20, stroke=0, fill=1)
    box(c, x, y, w, h, HexColor("#999999"), None, 0.8, 8)
    heart(c, x + 36, y + h - 28, 14, white)
    T(c, x + 58, y + h - 26, "American Heart Association", "Helvetica-Bold", 12, white)
    T(c, x + 58, y + h - 40, "eCard", "Helvetica", 9, white)
    T(c, x + w / 2, y + h - 100, "BLS Provider", "Helvetica-Bold", 30, red, "c")
    T(c, x + w / 2, y + h - 134, name, "Helvetica-Bold", 16, black, "c")
    para(c, x + w / 2, y + h - 156, "has successfully completed the cognitive and skills evaluations in accordance with "
         "the curriculum of the American Heart Association Basic Life Support (CPR and AED) Program.",
         "Helvetica", 8.5, w - 60, 10.5, "c")
    yy = y + h - 200
    T(c, x + 30, yy, "Issue Date", "Helvetica", 8, GREY)
    T(c, x + 30, yy - 14, issue, "Helvetica-Bold", 12)
    T(c, x + w - 30, yy, "Recommended Renewal Date", "Helvetica", 8, GREY, "r")
    T(c, x + w - 30, yy - 14, renew, "Helvetica-Bold", 12, black, "r")
    yy -= 42
    hline(c, x + 20, x + w - 20, yy + 12, HexColor("#cccccc"), 0.5)
    for lab, val in [("Training Center Name", tc), ("TC ID", tcid), ("TC City, State", city),
                     ("Instructor Name", instr), ("Instructor ID", instr_id), ("eCard Code", code)]:
        T(c, x + 30, yy, lab, "Helvetica", 8, GREY)
        T(c, x + 150, yy, val, "Helvetica", 9)
        yy -= 13
    qr(c, x + w - 95, y + 18, 62, R)


def p07(c, W, H, R):
    bg(c, W, H, white)
    T(c, 50, H - 50, "Print this page and keep for your records. To verify, enter the eCard code at the AHA eCard "
      "verification site.", "Helvetica", 8, GREY)
    bls_card(c, 86, H - 420, W - 172, 350, R, "DeShawn Pettiford", "09/18/2024", "09/2026",
             "Harborview Safety Training Center", "TC-04418", "Coral Bend, FL", "Marcus Ellery", "05171129922",
             "236418309771")
    c.setDash(4, 3)
    hline(c, 40, W - 40, H - 460, LIGHT, 0.6)
    c.setDash()
    T(c, W / 2, H - 476, "\u2702  cut here \u2014 wallet card below", "DVSans", 7.5, GREY, "c")
    # wallet version
    x, y, w, h = W / 2 - 126, H - 640, 252, 144
    box(c, x, y, w, h, HexColor("#999999"), white, 0.6, 6)
    heart(c, x + 20, y + h - 18, 9, HexColor("#c8102e"))
    T(c, x + 34, y + h - 22, "BLS Provider", "Helvetica-Bold", 12, HexColor("#c8102e"))
    T(c, x + 14, y + h - 46, "DeShawn Pettiford", "Helvetica-Bold", 10)
    T(c, x + 14, y + h - 66, "Issue Date  09/18/2024", "Helvetica", 8)
    T(c, x + 14, y + h - 78, "Renew By  09/2026", "Helvetica", 8)
    T(c, x + 14, y + h - 96, "Harborview Safety Training Center", "Helvetica", 7, GREY)
    T(c, x + 14, y + h - 106, "eCard Code 236418309771", "Helvetica", 7, GREY)
    T(c, 50, 40, "\u00a9 2024 American Heart Association.  Generated 09/18/2024 16:02", "Helvetica", 6.5, LIGHT)


def p08(c, W, H, R):
    navy = HexColor("#203864")
    shield(c, W / 2, H - 62, 20, navy)
    T(c, W / 2, H - 104, "RIVERBEND COMMUNITY COLLEGE", "Times-Bold", 17, navy, "c", cs=1.5)
    T(c, W / 2, H - 119, "Office of the Registrar  \u2022  900 College Drive, Millbrook, IA 50231", "Times-Roman", 9, GREY, "c")
    hline(c, 60, W - 60, H - 130, navy, 1.2)
    T(c, W / 2, H - 160, "Verification of Course Completion", "Times-Bold", 15, black, "c")
    T(c, W / 2, H - 176, "(Transcript Excerpt \u2014 Unofficial)", "Times-Italic", 10.5, GREY, "c")
    y = H - 214
    for lab, val in [("Student Name:", "Jonah Feldstein"), ("Student ID:", "R00482217"),
                     ("Program of Study:", "Medical Assisting, A.A.S."), ("Date Issued:", "01/06/2025")]:
        T(c, 72, y, lab, "Times-Bold", 11)
        T(c, 190, y, val, "Times-Roman", 11)
        y -= 16
    y -= 16
    heads = ["Term", "Course", "Course Title", "Credits", "Grade"]
    xs = [72, 160, 226, 440, 500]
    c.setFillColor(HexColor("#e6ebf3"))
    c.rect(66, y - 6, W - 132, 20, stroke=0, fill=1)
    for hx, hd in zip(xs, heads):
        T(c, hx, y, hd, "Times-Bold", 10.5)
    y -= 24
    T(c, 72, y, "Fall 2024", "Times-Roman", 10.5)
    T(c, 160, y, "MAS 142", "Times-Roman", 10.5)
    T(c, 226, y, "Pharmacology for Medical Assistants", "Times-Roman", 10.5)
    T(c, 452, y, "3.00", "Times-Roman", 10.5)
    T(c, 508, y, "A", "Times-Roman", 10.5)
    y -= 14
    T(c, 72, y, "Term dates: 08/26/2024 \u2013 12/13/2024", "Times-Italic", 9, GREY)
    hline(c, 66, W - 66, y - 8, LIGHT, 0.5)
    y -= 40
    y = para(c, 72, y, "The student named above completed the course listed, earning 3 semester credits. The course "
             "ended on December 13, 2024, and final grades were posted December 18, 2024. Credit is expressed in "
             "semester credit hours; one semester credit hour represents fifteen hours of classroom instruction.",
             "Times-Roman", 11, W - 144, 15)
    y -= 20
    y = para(c, 72, y, "This excerpt lists only the course requested by the student and does not replace an official "
             "transcript. It is not valid without the Registrar's signature.", "Times-Italic", 10, W - 144, 13, color=GREY)
    sigblock(c, 72, 170, 210, R, ["Patricia Okonkwo-Lee", "Registrar", "Riverbend Community College"],
             "Times-Roman", 10, align="l")
    seal(c, W - 150, 170, 48, HexColor("#d7dde8"), "RIVERBEND COMMUNITY COLLEGE * REGISTRAR *", ("RCC",), navy)


def p09(c, W, H, R):
    slate = HexColor("#2c3e50")
    bg(c, W, H, white)
    c.setFillColor(slate)
    c.rect(40, H - 90, W - 80, 50, stroke=0, fill=1)
    T(c, 56, H - 64, "CE TRACKING  |  Certificate of Completion", "Helvetica-Bold", 14, white)
    T(c, W - 56, H - 64, "Electronic record", "Helvetica", 9, white, "r")
    T(c, 56, H - 80, "Continuing education record generated for the participant's CE transcript", "Helvetica", 8, HexColor("#c8d3dd"))
    y = H - 130
    T(c, 56, y, "Provider: Summit Allied Health Education, LLC", "Helvetica-Bold", 12, slate)
    T(c, W - 56, y, "Provider Number: 50-18827", "Helvetica", 10, slate, "r")
    y -= 14
    T(c, 56, y, "1180 Granite Ridge Blvd, Suite 210, Ashford, CO 80917", "Helvetica", 8.5, GREY)
    y -= 34
    c.setFillColor(HexColor("#f4f6f8"))
    c.rect(40, y - 272, W - 80, 284, stroke=0, fill=1)
    data = [
        ("Participant", "Hannah Lindqvist"),
        ("Profession", "Medical Assistant"),
        ("Participant ID", "HL-5582041"),
        ("Course Title", "Medical Terminology Update: Cardiology and Pulmonary Abbreviations"),
        ("Delivery Method", "Home Study (Anytime)"),
        ("Date Completed", "2025-01-27"),
        ("Date Reported", "2025-01-29"),
        ("Hours Awarded", "2.0 Contact Hours"),
        ("Tracking #", "20250127-884213"),
    ]
    for lab, val in data:
        T(c, 60, y - 4, lab.upper(), "Helvetica-Bold", 8, GREY)
        if lab == "Course Title":
            for ln in wrap(val, "Courier-Bold", 10.5, W - 250):
                T(c, 180, y - 4, ln, "Courier-Bold", 10.5)
                y -= 13
            T(c, 180, y - 5, "Course #MA-2231", "Courier", 9)
            y -= 13
        else:
            T(c, 180, y - 4, val, "Courier", 10.5)
        y -= 26
    y -= 30
    y = para(c, 56, y, "This certificate confirms that the participant named above completed the course listed and "
             "passed the post-test with a score of 80% or higher. Retain this certificate for four (4) years.",
             "Helvetica", 9, W - 112, 12)
    sigblock(c, 56, 130, 200, R, ["Curtis Bahl", "CE Coordinator, Summit Allied Health Education, LLC"],
             "Helvetica", 8.5, align="l")
    T(c, W - 56, 50, "Page 1 of 1", "Helvetica", 7, GREY, "r")


def p10(c, W, H, R):
    blue, sky = HexColor("#0b4f8a"), HexColor("#dcebf7")
    bg(c, W, H, white)
    c.setStrokeColor(blue)
    c.setLineWidth(8)
    c.rect(20, 20, W - 40, H - 40)
    c.setLineWidth(1)
    c.setStrokeColor(sky)
    c.rect(34, 34, W - 68, H - 68)
    shield(c, W / 2, H - 92, 22, blue, sky)
    T(c, W / 2, H - 140, "Keystone Phlebotomy Education Partners", "DVCond-Bold", 20, blue, "c")
    T(c, W / 2, H - 156, "Harrisford, Pennsylvania", "DVCond", 10, GREY, "c")
    T(c, W / 2, H - 230, "Certificate of Continuing Education", "DVSerif", 26, black, "c")
    T(c, W / 2, H - 276, "awarded to", "DVSerif-Italic", 13, GREY, "c")
    T(c, W / 2, H - 318, "Luis Alberto Quintanilla", "DVSerif-Bold", 28, black, "c")
    hline(c, 130, W - 130, H - 330, blue, 0.8)
    T(c, W / 2, H - 362, "in recognition of completing", "DVSerif-Italic", 13, GREY, "c")
    T(c, W / 2, H - 398, "Point-of-Care Testing: Quality Control", "DVCond-Bold", 21, blue, "c")
    T(c, W / 2, H - 424, "and CLIA-Waived Procedures", "DVCond-Bold", 21, blue, "c")
    T(c, W / 2, H - 462, "Activity date: 14 May 2025", "DVCond", 12, black, "c")
    T(c, W / 2, H - 480, "Activity ID: KPEP-POC-0525  \u2022  Format: Live, in person", "DVCond", 10, GREY, "c")
    box(c, 90, H - 560, W - 180, 52, blue, sky, 0.6, 4)
    T(c, W / 2, H - 530, "This activity has been approved for 2 CE credits by NHA", "DVCond-Bold", 12, blue, "c")
    T(c, W / 2, H - 546, "(National Healthcareer Association).", "DVCond", 10, blue, "c")
    sigblock(c, 170, 150, 190, R, ["Renata Kowalski, CPT, MLT", "Lead Instructor"], "DVCond", 9.5)
    sigblock(c, W - 170, 150, 190, R, ["Samuel D. Harrow", "Executive Director"], "DVCond", 9.5)
    T(c, W / 2, 60, "Retain this certificate for a minimum of four years for recertification audit purposes.",
      "DVCond-Oblique", 8, GREY, "c")


def p11(c, W, H, R):
    green, lime = HexColor("#1e6b52"), HexColor("#8cc63f")
    bg(c, W, H, white)
    c.setFillColor(green)
    p = c.beginPath()
    p.moveTo(0, H)
    p.lineTo(260, H)
    p.lineTo(0, H - 200)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(lime)
    p = c.beginPath()
    p.moveTo(W, 0)
    p.lineTo(W - 230, 0)
    p.lineTo(W, 170)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    T(c, W - 60, H - 60, "Bayside Professional Learning Institute", "Helvetica-Bold", 15, green, "r")
    T(c, W - 60, H - 76, "Workforce & Healthcare Education", "Helvetica", 9, GREY, "r")
    T(c, 250, H - 150, "CERTIFICATE", "Helvetica-Bold", 44, green, "l", cs=3)
    T(c, 254, H - 176, "of Achievement", "Helvetica-Oblique", 18, GREY)
    T(c, 254, H - 232, "Gabriela Montoya", "Helvetica-Bold", 30, black)
    hline(c, 254, W - 100, H - 244, lime, 2)
    T(c, 254, H - 270, "has completed the program", "Helvetica", 12, GREY)
    T(c, 254, H - 300, "Effective Patient Communication and Health Literacy", "Helvetica-Bold", 19, green)
    runs(c, 254, H - 332, [("Completion date: ", "Helvetica", 12, GREY), ("07/29/2025", "Helvetica-Bold", 12)])
    runs(c, 254, H - 352, [("Credit earned: ", "Helvetica", 12, GREY), ("0.2 IACET CEUs", "Helvetica-Bold", 12),
                            ("  (2 contact hours)", "Helvetica", 12, GREY)])
    # IACET-like badge (generic roundel, text only)
    c.setStrokeColor(green)
    c.setLineWidth(2)
    c.circle(140, 200, 52, stroke=1, fill=0)
    T(c, 140, 210, "IACET", "Helvetica-Bold", 18, green, "c")
    T(c, 140, 194, "ACCREDITED", "Helvetica", 8, green, "c", cs=1)
    T(c, 140, 184, "PROVIDER", "Helvetica", 8, green, "c", cs=1)
    sigblock(c, 254, 150, 200, R, ["Arthur Penhaligon, EdD", "Director of Professional Learning"], "Helvetica", 9, align="l")
    para(c, 60, 80, "Bayside Professional Learning Institute is accredited by the International Accreditation for "
         "Continuing Education and Training (IACET) and offers IACET CEUs for its learning events that comply with "
         "the ANSI/IACET Continuing Education and Training Standard. Accreditation valid through 12/31/2026.",
         "Helvetica", 7.5, 520, 9.5, color=GREY)


def p12(c, W, H, R):
    ink, accent = HexColor("#222222"), HexColor("#b5432f")
    bg(c, W, H, white)
    c.setFillColor(accent)
    c.rect(48, H - 64, 6, 30, stroke=0, fill=1)
    T(c, 62, H - 52, "MERIDIAN", "Helvetica-Bold", 16, ink, cs=3)
    T(c, 62, H - 64, "ETHICS EDUCATION GROUP", "Helvetica", 7.5, GREY, cs=2)
    T(c, W - 48, H - 52, "Certificate No. MEG-24-10-0177", "Helvetica", 8.5, GREY, "r")
    T(c, 48, H - 150, "Certificate of Completion", "DVSans-Light", 40, ink)
    T(c, 48, H - 186, "This is to certify that", "Helvetica", 11, GREY)
    T(c, 48, H - 220, "Evangeline Marchetti", "Helvetica-Bold", 26, ink)
    T(c, 48, H - 256, "Program Title", "Helvetica-Bold", 9, accent, cs=1.5)
    T(c, 48, H - 278, "Workplace Ethics and Professionalism for Allied Health Staff", "Helvetica", 17, ink)
    T(c, 48, H - 306, "Course Description", "Helvetica-Bold", 9, accent, cs=1.5)
    para(c, 48, H - 322, "Explores ethical decision-making, scope of practice, boundaries with patients, social media "
         "conduct, and reporting obligations for medical assistants and other allied health personnel.",
         "Helvetica", 9.5, 470, 12, color=GREY)
    xs = [48, 230, 420]
    for (lab, val), x in zip([("Date of Completion", "10/16/2024"), ("AAMA CEU credit", "2.0 General"),
                              ("Format", "Self-paced online")], xs):
        T(c, x, H - 384, lab, "Helvetica-Bold", 9, accent, cs=1.5)
        T(c, x, H - 402, val, "Helvetica", 13, ink)
    sigblock(c, 48, 150, 200, R, ["Naomi Feld-Carrow, JD", "Program Director, Meridian Ethics Education Group"],
             "Helvetica", 8.5, align="l")
    para(c, 48, 72, "This program has been granted prior approval by the American Association of Medical Assistants "
         "(AAMA) for 2.0 general continuing education units. Granting of prior approval in no way constitutes "
         "endorsement by the AAMA of the program content or the program's sponsor.", "Helvetica", 7, W - 96, 9, color=GREY)


def p13(c, W, H, R):
    wine, cream = HexColor("#5e1a33"), HexColor("#faf6ee")
    bg(c, W, H, cream)
    c.setStrokeColor(wine)
    c.setLineWidth(1.5)
    c.rect(36, 36, W - 72, H - 72)
    c.setLineWidth(0.5)
    c.rect(42, 42, W - 84, H - 84)
    laurel(c, W / 2, H - 110, 34, HexColor("#9a7b3f"), 1)
    laurel(c, W / 2, H - 110, 34, HexColor("#9a7b3f"), -1)
    T(c, W / 2, H - 117, "2024", "Times-Bold", 14, wine, "c")
    T(c, W / 2, H - 176, "FALL EDUCATION SEMINAR SERIES", "Times-Roman", 13, wine, "c", cs=3)
    T(c, W / 2, H - 232, "Certificate", "Times-BoldItalic", 44, black, "c")
    T(c, W / 2, H - 272, "awarded to", "Times-Italic", 14, GREY, "c")
    T(c, W / 2, H - 312, "Bridget O\u2019Rourke", "Times-Bold", 28, black, "c")
    T(c, W / 2, H - 348, "who attended the session", "Times-Italic", 14, GREY, "c")
    T(c, W / 2, H - 384, "Chronic Kidney Disease in Primary Care: Medication", "Times-Bold", 19, wine, "c")
    T(c, W / 2, H - 408, "Safety and Lab Monitoring for Medical Assistants", "Times-Bold", 19, wine, "c")
    T(c, W / 2, H - 444, "held Sept. 9, 2024  \u00b7  Fayette Springs, Arkansas", "Times-Roman", 13, black, "c")
    T(c, W / 2, H - 470, "1.0 AAMA CEU", "Times-Bold", 15, black, "c")
    sigblock(c, W / 2, 200, 300, R, ["Dolores Fenwick, CMA (AAMA)", "CEU Chair",
                                     "Ozark Highlands Medical Assistants Association"], "Times-Roman", 10.5)
    para(c, W / 2, 104, "This program has been granted prior approval by the American Association of Medical "
         "Assistants (AAMA) for 1.0 continuing education unit. Granting of prior approval in no way constitutes "
         "endorsement by the AAMA of the program content or the program's sponsor.", "Times-Italic", 8, W - 150, 10,
         "c", GREY)
    T(c, W / 2, 62, "AAMA approval #CE-24-1187  \u00b7  Approval expires 08/31/2026", "Times-Roman", 7.5, GREY, "c")


def p14(c, W, H, R):
    navy, aqua = HexColor("#103a5c"), HexColor("#2a9db5")
    bg(c, W, H, white)
    c.setFillColor(navy)
    c.rect(0, 0, W, 60, stroke=0, fill=1)
    c.rect(0, H - 60, W, 60, stroke=0, fill=1)
    c.setFillColor(aqua)
    c.rect(0, 60, W, 4, stroke=0, fill=1)
    c.rect(0, H - 64, W, 4, stroke=0, fill=1)
    c.setFillColor(aqua)
    for i in range(3):
        c.circle(64 + i * 12, H - 30, 9 - i * 2, stroke=0, fill=1)
    T(c, 110, H - 36, "BLUEWATER LABORATORY SCIENCES", "Helvetica-Bold", 16, white, cs=1.5)
    T(c, W - 50, H - 36, "Continuing Education Program", "Helvetica", 10, white, "r")
    T(c, W / 2, H - 140, "Certificate of Completion", "Times-Roman", 40, navy, "c")
    T(c, W / 2, H - 180, "presented to", "Times-Italic", 14, GREY, "c")
    T(c, W / 2, H - 220, "Nkechi Adeyemi", "Times-Bold", 30, black, "c")
    T(c, W / 2, H - 256, "Course:", "Helvetica", 10, GREY, "c")
    T(c, W / 2, H - 284, "Urinalysis Fundamentals: Physical, Chemical, and Microscopic Examination",
      "Times-BoldItalic", 20, navy, "c")
    runs(c, W / 2, H - 320, [("Completed: ", "Helvetica", 12, GREY), ("December 2, 2024", "Helvetica-Bold", 12),
                              ("        Contact Hours: ", "Helvetica", 12, GREY), ("1.5", "Helvetica-Bold", 12)], "c")
    para(c, W / 2, H - 356, "This program is approved by American Medical Technologists (AMT) for 1.5 hours of "
         "continuing education (AMT program #24-1187). Not approved for AAMA CEUs.", "Helvetica", 9, 560, 12, "c", GREY)
    sigblock(c, 200, 120, 200, R, ["Elaine Sorensen, MT(AMT)", "Education Coordinator"], "Helvetica", 9)
    sigblock(c, W - 200, 120, 200, R, ["Rafael Quint\u00e9ro, PhD", "Laboratory Director"], "Helvetica", 9)
    T(c, W / 2, 28, "Bluewater Laboratory Sciences  \u2022  71 Shoreline Ave, Port Calder, WA 98362  \u2022  Date printed: 12/09/2024",
      "Helvetica", 7.5, white, "c")


def p15(c, W, H, R):
    orange, ink = HexColor("#e0621b"), HexColor("#263238")
    bg(c, W, H, HexColor("#fafafa"))
    c.setFillColor(white)
    c.rect(36, 36, W - 72, H - 72, stroke=0, fill=1)
    c.setFillColor(orange)
    c.circle(70, H - 70, 13, stroke=0, fill=1)
    c.setFillColor(white)
    c.circle(70, H - 70, 6, stroke=0, fill=1)
    runs(c, 90, H - 77, [("CareSkills", "DVSans-Bold", 18, ink), (" Online", "DVSans", 18, orange)])
    T(c, W - 60, H - 74, "www.careskills-online.example", "DVSans", 8, GREY, "r")
    hline(c, 56, W - 56, H - 96, HexColor("#e0e0e0"), 1)
    T(c, 60, H - 150, "Certificate of Completion", "DVSans-Bold", 26, ink)
    T(c, 60, H - 180, "Learner", "DVSans", 9, GREY)
    T(c, 60, H - 202, "Whitney Abernathy", "DVSans-Bold", 22, ink)
    T(c, 60, H - 236, "Course", "DVSans", 9, GREY)
    para(c, 60, H - 258, "Bloodborne Pathogens Annual Training (OSHA 29 CFR 1910.1030)", "DVSans-Bold", 15, 420, 19,
         color=ink)
    T(c, 60, H - 312, "Course provider", "DVSans", 9, GREY)
    T(c, 60, H - 330, "Granite State Occupational Health Partners", "DVSans", 13, ink)
    y = H - 370
    box(c, 56, y - 90, W - 112, 100, HexColor("#e0e0e0"), HexColor("#fff6ef"), 0.8, 6)
    for i, (lab, val) in enumerate([("Completed on", "2025-02-10 09:42 EST"), ("Duration", "60 minutes"),
                                    ("Final score", "92%"), ("Retraining due", "2026-02-10")]):
        x = 76 + (i % 2) * 250
        yy = y - 18 - (i // 2) * 40
        T(c, x, yy, lab, "DVSans", 9, GREY)
        T(c, x, yy - 16, val, "DVSans-Bold", 12, ink)
    para(c, 60, y - 130, "CareSkills Online hosts this course on behalf of the course provider named above. Questions "
         "about content or credit should be directed to the course provider. This training fulfills the annual "
         "bloodborne pathogens training requirement of OSHA 29 CFR 1910.1030(g)(2).", "DVSans", 8.5, W - 120, 11.5,
         color=GREY)
    sigblock(c, 60, 150, 210, R, ["Dr. Owen Marsh, MD, MPH", "Medical Director",
                                  "Granite State Occupational Health Partners"], "DVSans", 8.5, align="l")
    qr(c, W - 140, 110, 70, R)
    T(c, W - 105, 96, "Certificate #CSO-2025-0210-4471", "DVSans", 6.5, GREY, "c")


def p16(c, W, H, R):
    plum, gold = HexColor("#3b2356"), HexColor("#c9a24a")
    bg(c, W, H, HexColor("#fffdf7"))
    ornate_border(c, W, H, plum, gold, m=20, band=14)
    T(c, W / 2, H - 86, "PINNACLE CAREER LEARNING CENTER", "DVSerif-Bold", 15, plum, "c", cs=2)
    T(c, W / 2, H - 102, "Continuing & Professional Education Division", "DVSerif-Italic", 9.5, GREY, "c")
    T(c, W / 2, H - 150, "Certificate of Completion", "DVSerif-BoldItalic", 38, plum, "c")
    T(c, W / 2, H - 180, "is hereby granted to", "DVSerif-Italic", 12, GREY, "c")
    T(c, W / 2, H - 216, "Carmen Villalobos", "DVSerif-Bold", 28, black, "c")
    T(c, W / 2, H - 244, "for successful completion of", "DVSerif-Italic", 12, GREY, "c")
    T(c, W / 2, H - 276, "Medical Billing and Coding Fundamentals: ICD-10-CM and CPT Essentials", "DVSerif-Bold", 15.5,
      black, "c")
    T(c, W / 2, H - 296, "Course Code: MBC-310", "DVSans", 9, GREY, "c")
    T(c, W / 2, H - 326, "Sessions held January 13 \u2013 February 3, 2025 (four evening sessions)", "DVSerif", 11.5,
      black, "c")
    runs(c, W / 2, H - 352, [("4.0 CEUs", "DVSerif-Bold", 13), ("     \u2022     ", "DVSerif", 13, gold),
                              ("Category: Administrative", "DVSerif-Bold", 13)], "c")
    sigblock(c, 220, 150, 210, R, ["Harold Vennemann, MBA, CPC", "Program Chair"], "DVSerif", 9.5)
    seal(c, W / 2, 150, 40, gold, "PINNACLE * CAREER * LEARNING *", ("PCLC",), white)
    sigblock(c, W - 220, 150, 210, R, ["Dr. Imelda Soriano", "Dean of Continuing Education"], "DVSerif", 9.5)
    para(c, W / 2, 84, "This program has been granted prior approval by the American Association of Medical Assistants "
         "(AAMA) for 4.0 administrative continuing education units. Granting of prior approval in no way constitutes "
         "endorsement by the AAMA of the program content or the program's sponsor.", "DVSerif-Italic", 7.5, 600, 9.5,
         "c", GREY)
    T(c, W / 2, 54, "Issued February 10, 2025", "DVSans", 7, GREY, "c")


def p17(c, W, H, R):
    red = HexColor("#d71920")
    bg(c, W, H, white)
    logo_cross(c, 76, H - 70, 20, red, ring=False)
    T(c, 104, H - 78, "American Red Cross", "Helvetica-Bold", 22, black)
    T(c, W - 56, H - 70, "Training Services", "Helvetica", 10, GREY, "r")
    hline(c, 56, W - 56, H - 100, red, 2)
    T(c, W / 2, H - 170, "Certificate of Completion", "Helvetica", 30, black, "c")
    T(c, W / 2, H - 230, "Aubrey Kowalczyk", "Helvetica-Bold", 26, black, "c")
    T(c, W / 2, H - 262, "has successfully completed requirements for", "Helvetica", 12, GREY, "c")
    T(c, W / 2, H - 298, "Adult and Pediatric First Aid/CPR/AED", "Helvetica-Bold", 22, red, "c")
    T(c, W / 2, H - 320, "conducted by Red Cross Authorized Provider: Mountainside Safety Partners", "Helvetica", 9.5, GREY, "c")
    y = H - 380
    for i, (lab, val) in enumerate([("Date Completed", "01/11/2025"), ("Valid For", "2 Years"),
                                    ("Certificate ID", "01KXP4R"), ("Instructor", "Dana Whitfield")]):
        x = 120 + (i % 2) * 230
        yy = y - (i // 2) * 44
        T(c, x, yy, lab, "Helvetica", 9, GREY)
        T(c, x, yy - 17, val, "Helvetica-Bold", 14)
    qr(c, W / 2 - 40, 170, 80, R)
    T(c, W / 2, 154, "Scan code or enter the certificate ID on the Red Cross certificate lookup page.", "Helvetica", 8, GREY, "c")
    para(c, W / 2, 100, "This certificate confirms completion of the course listed above, which teaches the "
         "knowledge and skills needed to give immediate care to an ill or injured person until more advanced "
         "medical personnel arrive. Expires 01/11/2027.", "Helvetica", 8, W - 160, 10.5, "c", GREY)


def p18(c, W, H, R):
    blue, sand = HexColor("#2d4f7c"), HexColor("#f0ebe1")
    bg(c, W, H, white)
    c.setFillColor(sand)
    c.rect(0, 0, 210, H, stroke=0, fill=1)
    c.setFillColor(blue)
    c.circle(105, H - 110, 44, stroke=0, fill=1)
    T(c, 105, H - 120, "MRMG", "Helvetica-Bold", 22, white, "c")
    lines(c, 105, H - 190, ["Mercy Ridge", "Medical Group"], "Helvetica-Bold", 15, align="c", color=blue)
    lines(c, 105, H - 240, ["Quarterly Clinical", "Staff Education Day"], "Helvetica", 10, 13, align="c", color=GREY)
    T(c, 240, H - 120, "THIS ACKNOWLEDGES THAT", "Helvetica", 10, GREY, cs=2)
    T(c, 240, H - 190, "Imani", "Helvetica-Bold", 54, blue)
    T(c, 240, H - 246, "Covington", "Helvetica-Bold", 54, blue)
    T(c, 240, H - 290, "attended the following activity in full:", "Helvetica", 11, GREY)
    T(c, 240, H - 322, "Activity:", "Helvetica-Bold", 10, black)
    T(c, 300, H - 322, "Recognizing Sepsis Early: Triage and Vital Sign", "Times-Italic", 13, black)
    T(c, 300, H - 338, "Trends in the Ambulatory Clinic", "Times-Italic", 13, black)
    T(c, 240, H - 366, "Date:", "Helvetica-Bold", 10, black)
    T(c, 300, H - 366, "Mar. 7th, 2025", "Helvetica", 11)
    T(c, 240, H - 388, "Contact Hours: 3", "Helvetica-Bold", 10, black)
    T(c, 240, H - 410, "Faculty:", "Helvetica-Bold", 10, black)
    T(c, 300, H - 410, "Lena Hoffmann, DNP, FNP-C; Aaron Pike, MD", "Helvetica", 10)
    sigblock(c, 240, 130, 220, R, ["Valerie Otieno, MSN, RN-BC", "Director, Clinical Education",
                                   "Mercy Ridge Medical Group"], "Helvetica", 8.5, align="l")
    T(c, W - 40, 40, "Registration #0725-114  \u2022  Registered 02/18/2025", "Helvetica", 7, GREY, "r")


# ---------------------------------------------------------------- sources for photos (i*)
def i01(c, W, H, R):
    green, gold = HexColor("#24553a"), HexColor("#b89443")
    bg(c, W, H, HexColor("#fffef9"))
    c.setStrokeColor(green)
    c.setLineWidth(10)
    c.rect(22, 22, W - 44, H - 44)
    c.setStrokeColor(gold)
    c.setLineWidth(2)
    c.rect(36, 36, W - 72, H - 72)
    for cx, cy in [(36, 36), (W - 36, 36), (36, H - 36), (W - 36, H - 36)]:
        rosette(c, cx, cy, 18, gold, 10, 0.8)
    T(c, W / 2, H - 90, "HEARTLAND CLINICAL SKILLS INSTITUTE", "DVSerif-Bold", 16, green, "c", cs=2)
    T(c, W / 2, H - 150, "Certificate of Completion", "DVSerif-BoldItalic", 44, black, "c")
    T(c, W / 2, H - 186, "This certificate is proudly presented to", "DVSerif-Italic", 13, GREY, "c")
    T(c, W / 2, H - 226, "Anh Thu Nguyen", "DVSerif-Bold", 32, green, "c")
    T(c, W / 2, H - 258, "in recognition of completing", "DVSerif-Italic", 13, GREY, "c")
    T(c, W / 2, H - 292, "Infection Control and Standard Precautions in the Medical Office", "DVSerif-Bold", 19,
      black, "c")
    T(c, W / 2, H - 324, "Completed August 14, 2024", "DVSerif", 13, black, "c")
    runs(c, W / 2, H - 348, [("AAMA CEUs: ", "DVSerif", 13), ("2.0", "DVSerif-Bold", 13),
                              ("     Category: ", "DVSerif", 13), ("Clinical", "DVSerif-Bold", 13)], "c")
    laurel(c, W / 2, 150, 40, gold, 1)
    laurel(c, W / 2, 150, 40, gold, -1)
    seal(c, W / 2, 150, 32, green, "", ("HCSI",))
    sigblock(c, 200, 140, 200, R, ["Margaret Ellison, CMA (AAMA)", "Program Director"], "DVSerif", 9.5)
    sigblock(c, W - 200, 140, 200, R, ["Thomas Ridgeway, RN", "Clinical Instructor"], "DVSerif", 9.5)
    para(c, W / 2, 80, "Heartland Clinical Skills Institute is approved by the American Association of Medical "
         "Assistants (AAMA) to offer continuing education. This program is approved for 2.0 AAMA CEUs (Clinical).",
         "DVSerif-Italic", 8, 560, 10, "c", GREY)


def i02(c, W, H, R):
    bg(c, W, H, white)
    bls_card(c, 40, 40, W - 80, H - 80, R, "Fatima Al-Sayed", "01/22/2025", "01/2027",
             "Desert Sun CPR & Safety Training", "TC-11920", "Mesa Verde, AZ", "Kyle Brannigan", "08820031471",
             "9V7Q2L0C1M44")


def i03(c, W, H, R):
    forest, mint = HexColor("#2e6e4e"), HexColor("#e6f3ec")
    bg(c, W, H, white)
    c.setFillColor(forest)
    c.rect(0, H - 16, W, 16, stroke=0, fill=1)
    logo_leaf(c, W / 2 - 150, H - 80, 18, forest, white)
    T(c, W / 2 - 122, H - 76, "Evergreen Diabetes Education Network", "Helvetica-Bold", 15, forest)
    T(c, W / 2 - 122, H - 90, "Live & on-demand webinars", "Helvetica", 9, GREY)
    T(c, W / 2, H - 180, "WEBINAR CERTIFICATE", "Helvetica-Bold", 26, black, "c", cs=2)
    T(c, W / 2, H - 230, "Kelsey Brookhart", "Times-BoldItalic", 30, forest, "c")
    T(c, W / 2, H - 262, "attended the webinar", "Helvetica", 12, GREY, "c")
    T(c, W / 2, H - 296, "Insulin Pens and Glucose Meters:", "Helvetica-Bold", 20, black, "c")
    T(c, W / 2, H - 320, "Patient Teaching Tips for the Clinic", "Helvetica-Bold", 20, black, "c")
    box(c, 120, H - 440, W - 240, 90, forest, mint, 0.8, 6)
    lines(c, 140, H - 372, ["Webinar date:  11/05/2024", "Presenter:  Olivia Strand, RN, CDCES",
                            "Contact hours:  1.5", "Certificate generated:  11/06/2024"], "Helvetica", 12, 17)
    sigblock(c, W / 2, 200, 220, R, ["Benjamin Yarrow, PharmD", "Education Director",
                                     "Evergreen Diabetes Education Network"], "Helvetica", 9)
    T(c, W / 2, 80, "Attendance verified by poll responses. 1 contact hour = 60 minutes of instruction.",
      "Helvetica-Oblique", 8, GREY, "c")


def i04(c, W, H, R):
    navy, red = HexColor("#1b2f52"), HexColor("#a3262a")
    bg(c, W, H, white)
    c.setStrokeColor(navy)
    c.setLineWidth(2)
    c.rect(30, 30, W - 60, H - 60)
    wave_band(c, 40, H - 48, W - 40, H - 48, 6, 30, 4, red, 0.5)
    wave_band(c, 40, 48, W - 40, 48, 6, 30, 4, red, 0.5)
    shield(c, 100, H - 110, 24, navy)
    T(c, 140, H - 100, "Blue Ridge State Society of Medical Assistants", "Times-Bold", 18, navy)
    T(c, 140, H - 118, "Education Committee", "Times-Italic", 11, GREY)
    T(c, W / 2, H - 190, "CERTIFICATE OF ATTENDANCE", "Times-Bold", 32, navy, "c", cs=2)
    T(c, W / 2, H - 226, "is awarded to", "Times-Italic", 13, GREY, "c")
    T(c, W / 2, H - 264, "Maren Solberg", "Times-BoldItalic", 32, black, "c")
    T(c, W / 2, H - 296, "for participation in the", "Times-Italic", 13, GREY, "c")
    T(c, W / 2, H - 326, "2024 Fall Education Symposium", "Times-Bold", 22, red, "c")
    T(c, W / 2, H - 352, "Saturday, October 19, 2024  \u2022  Cedar Hollow Conference Center", "Times-Roman", 12, black, "c")
    T(c, W / 2, H - 380, "3.0 AAMA CEUs", "Times-Bold", 15, black, "c")
    sigblock(c, 210, 130, 210, R, ["Shirley Tompkins, CMA (AAMA)", "Education Chair"], "Times-Roman", 10)
    sigblock(c, W - 210, 130, 210, R, ["Gwen Alcott, CMA (AAMA)", "Society President"], "Times-Roman", 10)
    para(c, W / 2, 82, "This program has been granted prior approval by the American Association of Medical Assistants "
         "(AAMA) for 3.0 continuing education units. Granting of prior approval in no way constitutes endorsement by "
         "the AAMA of the program content or the program's sponsor.  Registered 09/02/2024.", "Times-Italic", 8, 600, 10,
         "c", GREY)


def i05(c, W, H, R):
    indigo, ink = HexColor("#3949ab"), HexColor("#1a1a2e")
    bg(c, W, H, HexColor("#f5f6fb"))
    c.setFillColor(white)
    c.roundRect(40, 40, W - 80, H - 80, 12, stroke=0, fill=1)
    c.setFillColor(indigo)
    p = c.beginPath()
    p.moveTo(70, H - 90)
    p.lineTo(84, H - 64)
    p.lineTo(98, H - 90)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    T(c, 108, H - 86, "CEU Pathways", "DVSans-Bold", 18, indigo)
    T(c, W - 70, H - 80, "Transcript record #CP-88120-0407", "DVSans", 8, GREY, "r")
    T(c, W / 2, H - 150, "Certificate of Completion", "DVSerif", 34, ink, "c")
    T(c, W / 2, H - 184, "Congratulations,", "DVSans", 12, GREY, "c")
    T(c, W / 2, H - 222, "Leilani Kahananui", "DVSans-Bold", 28, ink, "c")
    T(c, W / 2, H - 256, "You completed", "DVSans", 12, GREY, "c")
    T(c, W / 2, H - 290, "Patient Scheduling and Appointment Management", "DVSerif-Bold", 21, indigo, "c")
    T(c, W / 2, H - 318, "Presented by Northstar Medical Office Training", "DVSans", 12, ink, "c")
    T(c, W / 2, H - 356, "Completed 2025-04-07   |   AAMA CEU credit: 1.0 Administrative", "DVSans-Bold", 11.5, ink, "c")
    T(c, W / 2, H - 376, "Date printed 2025-04-15", "DVSans", 8.5, GREY, "c")
    sigblock(c, W / 2, 150, 230, R, ["Grace Whitlow, CMA (AAMA)", "Curriculum Lead, Northstar Medical Office Training"],
             "DVSans", 8.5)
    para(c, W / 2, 88, "CEU Pathways distributes courses from independent providers. Northstar Medical Office Training "
         "is responsible for this program, which has been granted prior approval by the AAMA for 1.0 administrative CEU.",
         "DVSans", 7.5, 560, 9.5, "c", GREY)


def i06(c, W, H, R):
    maple, cream = HexColor("#8c3b1f"), HexColor("#fbf3ea")
    bg(c, W, H, cream)
    c.setStrokeColor(maple)
    c.setLineWidth(1)
    for k in range(3):
        c.rect(28 + k * 5, 28 + k * 5, W - 56 - k * 10, H - 56 - k * 10)
    logo_leaf(c, W / 2, H - 90, 22, maple, cream)
    T(c, W / 2, H - 136, "Silver Maple Senior Health Alliance", "DVSerif-Bold", 18, maple, "c")
    T(c, W / 2, H - 210, "Certificate of Continuing Education", "DVSerifCond-Italic", 28, black, "c")
    T(c, W / 2, H - 250, "We are pleased to certify that", "DVSerif", 12, GREY, "c")
    T(c, W / 2, H - 290, "Yolanda Prewitt", "DVSerif-Bold", 28, black, "c")
    T(c, W / 2, H - 322, "has completed the educational activity", "DVSerif", 12, GREY, "c")
    T(c, W / 2, H - 358, "Dementia-Friendly Care: Communication Strategies", "DVSerif-Bold", 18, maple, "c")
    T(c, W / 2, H - 382, "for Clinic and Front Desk Staff", "DVSerif-Bold", 18, maple, "c")
    T(c, W / 2, H - 420, "on June 12, 2025", "DVSerif", 13, black, "c")
    T(c, W / 2, H - 448, "Contact Hours: 1.25", "DVSerif-Bold", 13, black, "c")
    sigblock(c, W / 2, 180, 240, R, ["Rev. Dr. Hollis Grant", "Director of Community Education"], "DVSerif", 9.5)
    T(c, W / 2, 90, "Sponsored by the Silver Maple Foundation in partnership with Brookline County Area Agency on Aging.",
      "DVSerif-Italic", 7.5, GREY, "c")


def i07(c, W, H, R):
    blue = HexColor("#00558c")
    logo_cross(c, 62, H - 56, 15, blue)
    T(c, 86, H - 52, "Lakeview Memorial Hospital", "Helvetica-Bold", 15, blue)
    T(c, 86, H - 65, "Employee Health & Education", "Helvetica", 8.5, GREY)
    T(c, W - 50, H - 52, "IN-SERVICE SIGN-OFF", "Helvetica-Bold", 12, black, "r")
    hline(c, 46, W - 46, H - 80, blue, 1.5)
    y = H - 112
    for lab, val in [("Title of In-Service:", "Sharps Safety and Needlestick Prevention"), ("Date:", "03/05/2025"),
                     ("Duration:", "30 minutes"), ("Presented by:", "Employee Health Nurse, L. Marchand, RN"),
                     ("Method:", "Skills demonstration + return demonstration")]:
        T(c, 56, y, lab, "Helvetica-Bold", 11)
        T(c, 186, y, val, "Helvetica", 11)
        hline(c, 182, W - 56, y - 4, LIGHT, 0.4)
        y -= 26
    y -= 14
    T(c, 56, y, "Attendees (print name / sign):", "Helvetica-Bold", 10)
    y -= 10
    heads = [("Name", 60), ("Dept", 230), ("Signature", 330), ("Competent Y/N", 470)]
    box(c, 50, y - 20, W - 100, 20, black, HexColor("#e4eef6"))
    for h, x in heads:
        T(c, x, y - 14, h, "Helvetica-Bold", 9)
    y -= 20
    rows = [("Jordan T. Whitlock", "Family Med", "Y")]
    for i in range(6):
        box(c, 50, y - 24, W - 100, 24)
        if i < len(rows):
            T(c, 60, y - 16, rows[i][0], "Helvetica", 11)
            T(c, 230, y - 16, rows[i][1], "Helvetica", 11)
            signature(c, 335, y - 16, 110, R)
            T(c, 500, y - 16, rows[i][2], "Helvetica", 11)
        y -= 24
    T(c, 56, y - 24, "(This sign-off copy was printed for the attendee listed above.)", "Helvetica-Oblique", 8.5, GREY)
    sigblock(c, 56, 110, 200, R, ["L. Marchand, RN", "Employee Health Nurse Educator"], "Helvetica", 8.5, align="l")
    T(c, W - 56, 110, "Record filed: 03/07/2025", "Helvetica", 9, GREY, "r")


def i08(c, W, H, R):
    teal, orange = HexColor("#006d77"), HexColor("#e29578")
    bg(c, W, H, white)
    c.setFillColor(teal)
    c.rect(0, 0, W, H * 0.22, stroke=0, fill=1)
    c.setFillColor(orange)
    c.rect(0, H * 0.22, W, 5, stroke=0, fill=1)
    logo_initials(c, 60, H - 90, "APEX", teal, 40)
    T(c, 160, H - 70, "Apex Healthcare Training Solutions", "DVCond-Bold", 18, teal)
    T(c, 160, H - 84, "Allied health continuing education since 2011", "DVCond", 9, GREY)
    T(c, 60, H - 160, "CE CERTIFICATE", "DVCond-Bold", 36, black)
    T(c, 60, H - 196, "Presented to", "DVCond", 12, GREY)
    T(c, 60, H - 230, "Trevor Lindahl", "DVSerif-Bold", 28, black)
    T(c, 60, H - 266, "Course", "DVCond", 12, GREY)
    T(c, 60, H - 292, "Electronic Health Records: Documentation Best Practices", "DVCond-Bold", 21, teal)
    T(c, 60, H - 330, "Date of completion: Jan 9, 2025", "DVCond", 13, black)
    T(c, 60, H - 350, "NHA CE Credits: 1.5", "DVCond-Bold", 13, black)
    T(c, 60, H - 370, "Approved by the National Healthcareer Association (NHA). Activity #AHTS-EHR-114.", "DVCond", 10, GREY)
    sigblock(c, W - 220, H * 0.22 + 60, 200, R, ["Monica Reyes-Tan, CEHRS", "Education Manager"], "DVCond", 9.5)
    T(c, 60, 60, "Apex Healthcare Training Solutions  \u2022  Certificate issued 01/10/2025", "DVCond", 10, white)


# ---------------------------------------------------------------- sources for scans (s*)
def s01(c, W, H, R):
    bg(c, W, H, white)
    c.setStrokeColor(black)
    c.setLineWidth(2.5)
    c.rect(40, 40, W - 80, H - 80)
    c.setLineWidth(0.7)
    c.rect(48, 48, W - 96, H - 96)
    T(c, W / 2, H - 110, "Heritage Valley Medical Assistants Association", "Times-Bold", 17, black, "c")
    T(c, W / 2, H - 128, "Spring Seminar  \u2022  Grange Hall, Linden Falls", "Times-Italic", 11, GREY, "c")
    T(c, W / 2, H - 200, "Certificate of Continuing Education", "Times-Roman", 28, black, "c")
    T(c, W / 2, H - 250, "This is to certify that", "Times-Italic", 13, black, "c")
    T(c, W / 2, H - 290, "Rachel Szymanski", "Times-BoldItalic", 30, black, "c")
    hline(c, 150, W - 150, H - 300)
    T(c, W / 2, H - 330, "has successfully completed", "Times-Italic", 13, black, "c")
    T(c, W / 2, H - 366, "Emergency Preparedness in the Physician Office", "Times-Bold", 19, black, "c")
    T(c, W / 2, H - 400, "on April 26, 2025", "Times-Roman", 13, black, "c")
    T(c, W / 2, H - 430, "2.0 AAMA CEUs  \u2014  Category: General", "Times-Bold", 14, black, "c")
    para(c, W / 2, H - 470, "This program has been granted prior approval by the American Association of Medical "
         "Assistants (AAMA) for 2.0 general continuing education units. Granting of prior approval in no way "
         "constitutes endorsement by the AAMA of the program content or the program's sponsor.",
         "Times-Italic", 9, W - 170, 11.5, "c")
    sigblock(c, W / 2 - 130, 170, 200, R, ["Eunice Barlow, CMA (AAMA)", "CEU Chair"], "Times-Roman", 10)
    sigblock(c, W / 2 + 130, 170, 200, R, ["Sharon Delacroix, CMA (AAMA)", "President"], "Times-Roman", 10)
    T(c, W / 2, 70, "AAMA Approval No. 2025-HV-0331", "Times-Roman", 8, GREY, "c")


def s02(c, W, H, R):
    bg(c, W, H, white)
    T(c, 56, H - 60, "FOOTHILLS TECHNICAL COLLEGE", "Courier-Bold", 15)
    T(c, 56, H - 74, "Office of Records & Registration", "Courier", 9.5)
    T(c, W - 56, H - 60, "STUDENT ACADEMIC HISTORY", "Courier-Bold", 11, black, "r")
    T(c, W - 56, H - 74, "Printed: 06/02/2025", "Courier", 9.5, black, "r")
    hline(c, 56, W - 56, H - 84, black, 1)
    y = H - 106
    for s in ["Name.......: Cody Ravenscroft", "Student No.: 7730-22815", "Program....: Medical Office Assistant (Diploma)",
              "Credit Type: Semester Hours"]:
        T(c, 56, y, s, "Courier", 10)
        y -= 14
    y -= 14
    T(c, 56, y, "------------------------------------------------------------------------", "Courier", 9.5)
    y -= 14
    T(c, 56, y, "SPRING 2025            Term dates 01/13/2025 - 05/09/2025", "Courier-Bold", 10)
    y -= 14
    T(c, 56, y, "------------------------------------------------------------------------", "Courier", 9.5)
    y -= 16
    T(c, 56, y, "COURSE    TITLE                                   CR HRS   GRADE", "Courier-Bold", 10)
    y -= 16
    T(c, 56, y, "MED 118   Medical Law and Ethics                   2.00     B+", "Courier", 10)
    y -= 14
    T(c, 56, y, "          Final grade posted 05/14/2025", "Courier", 9)
    y -= 22
    T(c, 56, y, "TERM:  ATT 2.00   ERN 2.00   GPA 3.33", "Courier", 10)
    y -= 40
    T(c, 56, y, "*** EXCERPT - ONE COURSE SHOWN AT STUDENT REQUEST ***", "Courier", 9.5)
    y -= 14
    T(c, 56, y, "*** NOT AN OFFICIAL TRANSCRIPT UNLESS SIGNED AND SEALED ***", "Courier", 9.5)
    sigblock(c, 56, 160, 220, R, ["Deborah Kinsley", "Assistant Registrar, Foothills Technical College"], "Courier", 9, align="l")
    c.setStrokeColor(black)
    c.setLineWidth(1)
    c.circle(W - 130, 170, 44, stroke=1, fill=0)
    c.circle(W - 130, 170, 38, stroke=1, fill=0)
    circle_text(c, W - 130, 170, 40.5, "FOOTHILLS TECHNICAL COLLEGE *", "Helvetica", 5.2, black, 90, 330)
    T(c, W - 130, 166, "SEAL", "Times-Bold", 10, black, "c")


def s03(c, W, H, R):
    bg(c, W, H, white)
    T(c, W / 2, H - 70, "OAKRIDGE BEHAVIORAL HEALTH CENTER", "Helvetica-Bold", 16, black, "c")
    T(c, W / 2, H - 86, "Staff Development \u2022 In-Service Education", "Helvetica", 10, black, "c")
    hline(c, 60, W - 60, H - 96, black, 1.5)
    T(c, W / 2, H - 140, "CERTIFICATE OF IN-SERVICE ATTENDANCE", "Helvetica-Bold", 18, black, "c")
    y = H - 200
    for lab, val in [("Employee:", "Mei-Lin Castellano"), ("Position:", "Medical Assistant, Outpatient Psychiatry"),
                     ("Program Title:", "De-escalation Techniques for Clinical Staff"), ("Date of Completion:", "2024-12-04"),
                     ("Contact Hours:", "1"), ("Instructor:", "Martin Osei, LCSW"), ("Sign-in Sheet No.:", "IS-1204-07")]:
        T(c, 80, y, lab, "Helvetica-Bold", 11.5)
        T(c, 210, y, val, "Helvetica", 11.5)
        hline(c, 206, W - 80, y - 4, LIGHT, 0.4)
        y -= 30
    y -= 10
    T(c, 80, y, "Course Description", "Helvetica-Bold", 10.5)
    para(c, 80, y - 16, "Verbal and non-verbal strategies for recognizing escalating behavior, maintaining personal "
         "safety, and using trauma-informed language with patients and families in outpatient settings.",
         "Helvetica", 10, W - 160, 13)
    sigblock(c, 80, 170, 220, R, ["Karen Bluestone, MSN, RN", "Staff Development Coordinator"], "Helvetica", 9, align="l")
    T(c, W - 80, 170, "Date signed: 12/10/2024", "Helvetica", 10, black, "r")
    T(c, 80, 70, "Form SD-7 (03/2023)", "Helvetica", 7.5, GREY)


def s04(c, W, H, R):
    bg(c, W, H, white)
    ornate_border(c, W, H, black, HexColor("#666666"), m=24, band=14)
    T(c, W / 2, H - 90, "Cumberland Gap Chapter of Medical Assistants", "Times-Bold", 18, black, "c")
    T(c, W / 2, H - 144, "Certificate of Attendance", "Times-BoldItalic", 38, black, "c")
    T(c, W / 2, H - 176, "This is to certify that", "Times-Italic", 13, black, "c")
    T(c, W / 2, H - 212, "Francesca Delgado-Reyes", "Times-Bold", 28, black, "c")
    T(c, W / 2, H - 242, "attended", "Times-Italic", 13, black, "c")
    T(c, W / 2, H - 272, "Spring Into Wellness: A Workshop for Medical Assistants", "Times-Bold", 20, black, "c")
    T(c, W / 2, H - 298, "Saturday, March 22, 2025  \u2022  Registration 8:00 a.m.", "Times-Roman", 12, black, "c")
    T(c, W / 2, H - 330, "AAMA CEUs awarded:", "Times-Bold", 12, black, "c")
    T(c, W / 2, H - 348, "Clinical  1.0     |     General  0.5     |     Total  1.5", "Times-Roman", 12, black, "c")
    sigblock(c, 210, 150, 200, R, ["Ruth Ann Caudill, CMA (AAMA)", "Chapter CEU Coordinator"], "Times-Roman", 10)
    sigblock(c, W - 210, 150, 200, R, ["Joyce Pennington, CMA (AAMA)", "Chapter President"], "Times-Roman", 10)
    para(c, W / 2, 86, "This program has been granted prior approval by the American Association of Medical Assistants "
         "(AAMA) for 1.5 continuing education units. Granting of prior approval in no way constitutes endorsement by "
         "the AAMA of the program content or the program's sponsor.", "Times-Italic", 8, 580, 10, "c")


def s05(c, W, H, R):
    bg(c, W, H, white)
    c.setStrokeColor(black)
    c.setLineWidth(1)
    c.rect(50, 50, W - 100, H - 100)
    logo_initials(c, 70, H - 110, "RAHS", black, 34)
    T(c, 150, H - 88, "Redwood Allied Health Seminars", "DVSans-Bold", 16, black)
    T(c, 150, H - 102, "Eureka Point, California", "DVSans", 9, GREY)
    T(c, W / 2, H - 180, "Certificate of Completion", "DVSerif-Bold", 28, black, "c")
    T(c, W / 2, H - 222, "Awarded to", "DVSerif-Italic", 12, black, "c")
    T(c, W / 2, H - 258, "Jordan A. Whitcombe-Ellis", "DVSerif-Bold", 24, black, "c")
    T(c, W / 2, H - 290, "for completing the seminar", "DVSerif-Italic", 12, black, "c")
    T(c, W / 2, H - 322, "ECG Rhythm Strip Interpretation for Technicians", "DVSerif-Bold", 16.5, black, "c")
    T(c, W / 2, H - 346, "Seminar #RAHS-ECG-207", "DVSans", 9, GREY, "c")
    T(c, W / 2, H - 380, "Date: 7/15/2024", "DVSerif", 13, black, "c")
    para(c, W / 2, H - 420, "Approved by the National Healthcareer Association (NHA) for 2.0 continuing education "
         "credits.", "DVSerif", 12, W - 180, 15, "c")
    T(c, W / 2, H - 470, "Certificate valid for NHA recertification submissions through 7/15/2026.", "DVSans", 8.5, GREY, "c")
    sigblock(c, W / 2, 180, 230, R, ["Anita Moorcroft, CCT, CPT", "Seminar Director, Redwood Allied Health Seminars"],
             "DVSans", 9)


def s06(c, W, H, R):
    bg(c, W, H, white)
    logo_cross(c, W / 2, H - 80, 20, black)
    T(c, W / 2, H - 126, "Hillcrest Family Practice", "Times-Bold", 20, black, "c")
    T(c, W / 2, H - 142, "318 Orchard Lane, Willowmere, VT 05301", "Times-Roman", 10, GREY, "c")
    T(c, W / 2, H - 210, "Certificate of Attendance", "Times-Roman", 30, black, "c")
    T(c, W / 2, H - 256, "Tamsin Holloway", "Times-BoldItalic", 28, black, "c")
    T(c, W / 2, H - 290, "attended the staff education session", "Times-Italic", 13, black, "c")
    T(c, W / 2, H - 324, "Lunch & Learn: Updates in Adult Immunization Schedules", "Times-Bold", 18, black, "c")
    T(c, W / 2, H - 356, "May 8, 2025  \u2022  12:15\u20131:00 p.m.  \u2022  Staff Break Room", "Times-Roman", 12, black, "c")
    T(c, W / 2, H - 390, "Speaker: Dr. Priscilla Vance, DO", "Times-Roman", 12, black, "c")
    T(c, W / 2, H - 430, "Lunch sponsored by Orion Diagnostics, Inc.", "Times-Italic", 11, GREY, "c")
    T(c, W / 2, H - 448, "No continuing education credit is offered for this activity.", "Times-Italic", 11, black, "c")
    sigblock(c, W / 2, 190, 230, R, ["Gail Thornbury", "Practice Manager, Hillcrest Family Practice"], "Times-Roman", 10)


# ============================================================================= image pipelines
def render(pdf_bytes, dpi, grey=False):
    doc = pdfium.PdfDocument(pdf_bytes)
    page = doc[0]
    img = page.render(scale=dpi / 72.0, grayscale=grey).to_pil()
    img = img.convert("L" if grey else "RGB")
    page.close()
    doc.close()
    return img


def noise_image(size, R, lo=0, hi=255):
    w, h = size
    data = R.randbytes(w * h)
    img = Image.frombytes("L", size, data)
    if (lo, hi) != (0, 255):
        img = img.point(lambda v: lo + v * (hi - lo) // 255)
    return img


def solve(A, b):
    n = len(b)
    M = [row[:] + [b[i]] for i, row in enumerate(A)]
    for i in range(n):
        piv = max(range(i, n), key=lambda r: abs(M[r][i]))
        M[i], M[piv] = M[piv], M[i]
        for r in range(n):
            if r != i:
                f = M[r][i] / M[i][i]
                for k in range(i, n + 1):
                    M[r][k] -= f * M[i][k]
    return [M[i][n] / M[i][i] for i in range(n)]


def persp_coeffs(dst, src):
    """coefficients mapping output (dst) points to input (src) points, for Image.transform."""
    A, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return solve(A, b)


def desk(size, R, base, grain=True):
    w, h = size
    img = Image.new("RGB", size, base)
    d = ImageDraw.Draw(img)
    if grain:
        for _ in range(int(h / 3)):
            y = R.uniform(0, h)
            k = R.uniform(-18, 14)
            col = tuple(max(0, min(255, int(ch + k))) for ch in base)
            d.line([(0, y), (w, y + R.uniform(-25, 25))], fill=col, width=R.randint(1, 4))
    else:  # speckled laminate / fabric
        for _ in range(w * h // 60):
            x, y = R.uniform(0, w), R.uniform(0, h)
            k = R.uniform(-20, 20)
            col = tuple(max(0, min(255, int(ch + k))) for ch in base)
            d.point((x, y), fill=col)
    return img.filter(ImageFilter.GaussianBlur(1.2))


def lighting(size, R, strength, mode):
    """multiplicative light map: 255 = full light, darker towards one side / the edges."""
    if mode == "radial":
        big = Image.new("L", (512, 512), 255)
        big.paste(Image.radial_gradient("L"), (128, 128))  # seamless: outside the disc it is 255 anyway
        ox, oy = 128 + R.randint(-60, 60), 128 + R.randint(-60, 60)
        g = ImageOps.invert(big.crop((ox - 64, oy - 64, ox + 320, oy + 320)))
    else:
        g = Image.linear_gradient("L").rotate(R.uniform(0, 360), resample=Image.BICUBIC)
        g = ImageOps.autocontrast(g.crop((53, 53, 203, 203)))  # inside the inscribed circle: no corners
    g = g.resize(size, Image.BILINEAR).filter(ImageFilter.GaussianBlur(3))
    lo = int(255 * (1 - strength))
    return g.point(lambda v: lo + v * (255 - lo) // 255)


def photo(pdf_bytes, R, fx):
    paper = render(pdf_bytes, fx.get("dpi", 160))
    tint = Image.new("RGB", paper.size, fx.get("tint", (250, 248, 240)))
    paper = ImageChops.multiply(paper, tint)
    pw, ph = paper.size
    mx, my = int(pw * fx.get("margin", 0.09)), int(ph * fx.get("margin", 0.09))
    W, H = pw + 2 * mx, ph + 2 * my
    out = desk((W, H), R, fx.get("desk", (120, 84, 52)), fx.get("grain", True))
    # destination quad of the paper: rotation + perspective jitter
    ang = math.radians(fx.get("rot", 0.0))
    cx, cy = W / 2 + R.uniform(-0.02, 0.02) * W, H / 2 + R.uniform(-0.02, 0.02) * H
    sk = fx.get("skew", 0.02)
    corners = [(-pw / 2, -ph / 2), (pw / 2, -ph / 2), (pw / 2, ph / 2), (-pw / 2, ph / 2)]
    dst = []
    for i, (x, y) in enumerate(corners):
        # perspective: top edge narrower or one side shorter
        sx = 1 - (sk if (y < 0 and fx.get("top_narrow", True)) else 0) - (sk * 0.5 if x > 0 and not fx.get("top_narrow", True) else 0)
        x, y = x * sx + R.uniform(-sk, sk) * pw * 0.3, y + R.uniform(-sk, sk) * ph * 0.3
        xr = x * math.cos(ang) - y * math.sin(ang)
        yr = x * math.sin(ang) + y * math.cos(ang)
        dst.append((cx + xr, cy + yr))
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = persp_coeffs(dst, src)
    warped = paper.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", paper.size, 255).transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    # shadow
    sh = fx.get("shadow", 0.45)
    if sh:
        off = fx.get("shadow_off", (14, 18))
        smask = mask.transform((W, H), Image.AFFINE, (1, 0, -off[0], 0, 1, -off[1]))
        smask = smask.filter(ImageFilter.GaussianBlur(fx.get("shadow_blur", 16))).point(lambda v: int(v * sh))
        dark = Image.new("RGB", (W, H), (20, 16, 12))
        out = Image.composite(dark, out, smask)
    out = Image.composite(warped, out, mask)
    # uneven lighting
    light = lighting((W, H), R, fx.get("light", 0.3), fx.get("light_mode", "linear"))
    out = ImageChops.multiply(out, Image.merge("RGB", (light, light, light)))
    if fx.get("warm"):
        out = ImageChops.multiply(out, Image.new("RGB", out.size, fx["warm"]))
    out = out.filter(ImageFilter.GaussianBlur(fx.get("blur", 0.8)))
    # sensor noise
    nz = fx.get("noise", 0.05)
    if nz:
        n = noise_image((W, H), R).filter(ImageFilter.GaussianBlur(0.6))
        out = Image.blend(out, Image.merge("RGB", (n, n, n)), nz)
    if fx.get("crop"):
        l, t, r, b = fx["crop"]
        out = out.crop((int(W * l), int(H * t), int(W * (1 - r)), int(H * (1 - b))))
    long_side = fx.get("long", 1700)
    s = long_side / max(out.size)
    if s < 1:
        out = out.resize((round(out.width * s), round(out.height * s)), Image.LANCZOS)
    return out


def scan(pdf_bytes, R, fx):
    img = render(pdf_bytes, fx.get("dpi", 150), grey=True)
    img = img.rotate(fx.get("rot", 0.5), resample=Image.BICUBIC, expand=False, fillcolor=255)
    # scanner levels: paper not pure white, toner not pure black
    lo, hi = fx.get("levels", (28, 238))
    img = img.point(lambda v: lo + v * (hi - lo) // 255)
    d = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(fx.get("speckle", 600)):
        x, y = R.uniform(0, w), R.uniform(0, h)
        r = R.choice([0, 0, 0, 1, 1, 2])
        g = R.randint(60, 190)
        d.ellipse((x, y, x + r, y + r), fill=g)
    if fx.get("streak"):
        x = R.uniform(0.2, 0.8) * w
        d.line([(x, 0), (x + R.uniform(-3, 3), h)], fill=205, width=2)
    n = noise_image((w, h), R, 0, 255).filter(ImageFilter.GaussianBlur(0.5))
    img = Image.blend(img, n, fx.get("noise", 0.06))
    img = img.filter(ImageFilter.GaussianBlur(fx.get("blur", 0.45)))
    # dark edge where the lid did not close
    if fx.get("edge"):
        d = ImageDraw.Draw(img)
        d.rectangle((0, 0, w, fx["edge"]), fill=70)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=fx.get("q", 70), optimize=True)
    return buf.getvalue(), img.size


def make_pdf(draw, size, seed, title=None):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    if title:
        c.setTitle(title)
    W, H = size
    draw(c, W, H, random.Random(seed))
    c.showPage()
    c.save()
    return buf.getvalue()


def image_pdf(jpeg, size, creator):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setCreator(creator)
    c.setProducer(creator)
    c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, size[0], size[1])
    c.showPage()
    c.save()
    return buf.getvalue()


# ============================================================================= the corpus
def E(kind, completed_on, title, provider, amount, unit, aama, category, notes, categories=None):
    d = {"kind": kind, "completed_on": completed_on, "title": title, "provider": provider, "amount": amount,
         "unit": unit, "aama_approved": aama, "category": category}
    if categories:
        d["categories"] = categories
    d["notes"] = notes
    return d


SPECS = [
    # ---------------------------------------------------------------- text-layer PDFs
    ("pdf01_lakeshore_ecg_award.pdf", p01, LETTER_L, {},
     E("pdf", "2025-03-05", "ECG Lead Placement and Artifact Recognition", "Lakeshore Medical Assistant Academy",
       "1.5", "aama_ceu", True, "clinical", "ornate landscape award; printed date and certificate no. as distractors")),
    ("pdf02_prairie_valley_letter.pdf", p02, letter, {},
     E("pdf", "2025-02-14", "Phlebotomy Refresher: Order of Draw and Specimen Handling", "Prairie Valley Health System",
       "2.0", "contact_hours", False, None, "portrait letter; letter date differs from course date")),
    ("pdf03_medlearnhub_hipaa.pdf", p03, LETTER_L, {},
     E("pdf", "2025-01-31", "Understanding HIPAA in the Ambulatory Setting: Privacy, Security, and Breach "
       "Notification Essentials for the Front Office", "Cascadia Allied Health Institute", "2.0", "aama_ceu", True,
       "administrative", "e-learning platform logo is not the provider; two-line title; 'Jan. 31st' date; enrolled date")),
    ("pdf04_st_brendan_inservice.pdf", p04, letter, {},
     E("pdf", "2024-11-19", "Safe Patient Handling and Mobility: Transfers, Gait Belts, and Fall Prevention in the "
       "Outpatient Clinic", "St. Brendan Regional Medical Center", "90", "minutes", False, None,
       "hospital in-service form; '1 hour 30 minutes'; title wraps in a box; verification date and form rev. date")),
    ("pdf05_trirver_conference_split.pdf", p05, LETTER_L, {},
     E("pdf", "2025-06-05", "2025 Annual Education Conference & Expo", "Tri-River Society of Medical Assistants",
       "5.5", "aama_ceu", True, None, "conference date range (last day); split admin/clinical; 'maximum of 9.0' distractor",
       {"administrative": "2.0", "clinical": "3.5"})),
    ("pdf06_northfield_webinar_not_aama.pdf", p06, letter, {},
     E("pdf", "2025-04-22", "Vaccine Storage and Handling: Keeping the Cold Chain Intact",
       "Northfield Immunization Coalition", "1.0", "contact_hours", False, None,
       "explicitly not approved for AAMA CEUs; learner's name carries 'CMA (AAMA)'; registration date")),
    ("pdf07_aha_bls_ecard.pdf", p07, letter, {},
     E("pdf", "2024-09-18", "BLS Provider", "American Heart Association", "1", "cpr_card", False, "clinical",
       "AHA-style eCard; issue date vs recommended renewal; training center named separately")),
    ("pdf08_riverbend_college_verification.pdf", p08, letter, {},
     E("pdf", "2024-12-13", "Pharmacology for Medical Assistants", "Riverbend Community College", "3",
       "college_credit", False, None, "college transcript excerpt; term end vs grades posted vs issue date")),
    ("pdf09_summit_ce_tracking.pdf", p09, letter, {},
     E("pdf", "2025-01-27", "Medical Terminology Update: Cardiology and Pulmonary Abbreviations",
       "Summit Allied Health Education, LLC", "2.0", "contact_hours", False, None,
       "CE-tracker layout; 'Course #MA-2231' next to title; reported date; ISO dates")),
    ("pdf10_keystone_nha_poct.pdf", p10, A4, {},
     E("pdf", "2025-05-14", "Point-of-Care Testing: Quality Control and CLIA-Waived Procedures",
       "Keystone Phlebotomy Education Partners", "2", "nha_credit", False, None,
       "A4; 'approved for 2 CE credits by NHA'; '14 May 2025' date; two-line title")),
    ("pdf11_bayside_iacet.pdf", p11, LETTER_L, {},
     E("pdf", "2025-07-29", "Effective Patient Communication and Health Literacy", "Bayside Professional Learning Institute",
       "0.2", "iacet_ceu", False, None, "IACET CEUs with contact-hour equivalent in brackets; accreditation valid-through date")),
    ("pdf12_meridian_ethics_general.pdf", p12, LETTER_L, {},
     E("pdf", "2024-10-16", "Workplace Ethics and Professionalism for Allied Health Staff", "Meridian Ethics Education Group",
       "2.0", "aama_ceu", True, "general", "'Program Title' / 'Course Description' labels; provider only as logo text")),
    ("pdf13_ozark_ckd_no_category.pdf", p13, letter, {},
     E("pdf", "2024-09-09", "Chronic Kidney Disease in Primary Care: Medication Safety and Lab Monitoring for Medical "
       "Assistants", "Ozark Highlands Medical Assistants Association", "1.0", "aama_ceu", True, None,
       "AAMA CEU with no category; provider only in signature block; series name as heading; approval expiry date")),
    ("pdf14_bluewater_amt_urinalysis.pdf", p14, LETTER_L, {},
     E("pdf", "2024-12-02", "Urinalysis Fundamentals: Physical, Chemical, and Microscopic Examination",
       "Bluewater Laboratory Sciences", "1.5", "contact_hours", False, None,
       "AMT-approved (not AAMA); 'Course:' label above title; printed date in footer")),
    ("pdf15_careskills_bbp_minutes.pdf", p15, letter, {},
     E("pdf", "2025-02-10", "Bloodborne Pathogens Annual Training (OSHA 29 CFR 1910.1030)",
       "Granite State Occupational Health Partners", "60", "minutes", False, None,
       "hosting platform vs course provider; duration in minutes; timestamp; retraining-due date")),
    ("pdf16_pinnacle_billing_range.pdf", p16, LETTER_L, {},
     E("pdf", "2025-02-03", "Medical Billing and Coding Fundamentals: ICD-10-CM and CPT Essentials",
       "Pinnacle Career Learning Center", "4.0", "aama_ceu", True, "administrative",
       "multi-session date range (last day); course code under title; issued date")),
    ("pdf17_red_cross_fa_cpr.pdf", p17, letter, {},
     E("pdf", "2025-01-11", "Adult and Pediatric First Aid/CPR/AED", "American Red Cross", "1", "cpr_card", False,
       "clinical", "CPR card; authorized-provider name; expiry date in small print")),
    ("pdf18_mercy_ridge_sepsis.pdf", p18, letter, {},
     E("pdf", "2025-03-07", "Recognizing Sepsis Early: Triage and Vital Sign Trends in the Ambulatory Clinic",
       "Mercy Ridge Medical Group", "3", "contact_hours", False, None,
       "learner name is the largest text; small italic wrapped title after 'Activity:'; 'Mar. 7th' date; registered date")),
    # ---------------------------------------------------------------- phone photos
    ("img01_heartland_infection_control.jpg", i01, LETTER_L,
     dict(rot=2.6, skew=0.02, light=0.35, blur=0.8, desk=(128, 88, 54), q=76, dpi=160),
     E("image", "2024-08-14", "Infection Control and Standard Precautions in the Medical Office",
       "Heartland Clinical Skills Institute", "2.0", "aama_ceu", True, "clinical",
       "photo on wooden desk; 'AAMA CEUs: 2.0 Category: Clinical' on one line")),
    ("img02_aha_bls_card_photo.jpg", i02, (470, 420),
     dict(rot=-3.4, skew=0.035, light=0.4, light_mode="radial", blur=1.0, desk=(70, 72, 78), grain=False, q=74,
          dpi=200, margin=0.14, shadow=0.55),
     E("image", "2025-01-22", "BLS Provider", "American Heart Association", "1", "cpr_card", False, "clinical",
       "close-up photo of a CPR eCard; renewal month-year distractor")),
    ("img03_evergreen_insulin_webinar.jpg", i03, letter,
     dict(rot=1.2, skew=0.045, light=0.5, blur=0.6, desk=(196, 184, 160), grain=False, q=75, dpi=150,
          warm=(255, 244, 222)),
     E("image", "2024-11-05", "Insulin Pens and Glucose Meters: Patient Teaching Tips for the Clinic",
       "Evergreen Diabetes Education Network", "1.5", "contact_hours", False, None,
       "strong lighting gradient and perspective; 'certificate generated' next-day date")),
    ("img04_blue_ridge_symposium.jpg", i04, LETTER_L,
     dict(rot=-1.8, skew=0.025, light=0.3, blur=1.1, desk=(92, 60, 38), q=72, dpi=160, shadow=0.35),
     E("image", "2024-10-19", "2024 Fall Education Symposium", "Blue Ridge State Society of Medical Assistants",
       "3.0", "aama_ceu", True, None, "AAMA CEUs without category; weekday date; registration date in fine print")),
    ("img05_ceupathways_scheduling.jpg", i05, LETTER_L,
     dict(rot=3.8, skew=0.02, light=0.25, blur=0.7, desk=(150, 110, 70), q=78, dpi=150, margin=0.06),
     E("image", "2025-04-07", "Patient Scheduling and Appointment Management", "Northstar Medical Office Training",
       "1.0", "aama_ceu", True, "administrative", "platform name at top is not the provider ('Presented by'); printed date")),
    ("img06_silver_maple_dementia.png", i06, letter,
     dict(rot=-0.9, skew=0.03, light=0.3, light_mode="radial", blur=0.5, desk=(210, 205, 198), grain=False, noise=0.0,
          dpi=120, long=1150, shadow=0.3),
     E("image", "2025-06-12", "Dementia-Friendly Care: Communication Strategies for Clinic and Front Desk Staff",
       "Silver Maple Senior Health Alliance", "1.25", "contact_hours", False, None,
       "PNG photo; fractional contact hours; two-line title; foundation sponsor line")),
    ("img07_lakeview_sharps_signoff.jpg", i07, letter,
     dict(rot=2.1, skew=0.04, light=0.45, blur=1.2, desk=(160, 120, 84), q=72, dpi=150, warm=(255, 246, 230)),
     E("image", "2025-03-05", "Sharps Safety and Needlestick Prevention", "Lakeview Memorial Hospital", "30", "minutes",
       False, None, "sign-off sheet photo; duration in minutes; record-filed date")),
    ("img08_apex_ehr_nha.jpg", i08, LETTER_L,
     dict(rot=-2.9, skew=0.03, light=0.35, blur=0.9, desk=(60, 48, 40), q=74, dpi=150, shadow=0.5),
     E("image", "2025-01-09", "Electronic Health Records: Documentation Best Practices", "Apex Healthcare Training Solutions",
       "1.5", "nha_credit", False, None, "'NHA CE Credits: 1.5'; 'Jan 9, 2025' without period; issued next day")),
    # ---------------------------------------------------------------- scans
    ("scan01_heritage_valley_emergency.pdf", s01, letter, dict(rot=0.7, dpi=150, speckle=700),
     E("scan", "2025-04-26", "Emergency Preparedness in the Physician Office",
       "Heritage Valley Medical Assistants Association", "2.0", "aama_ceu", True, "general",
       "image-only scan; provider as heading; AAMA approval number")),
    ("scan02_foothills_transcript.pdf", s02, letter, dict(rot=-0.5, dpi=150, speckle=500, streak=True),
     E("scan", "2025-05-09", "Medical Law and Ethics", "Foothills Technical College", "2.00", "college_credit", False,
       None, "monospace transcript scan; term end vs grade posted vs printed dates; course code before title")),
    ("scan03_oakridge_deescalation.pdf", s03, letter, dict(rot=1.1, dpi=150, speckle=900, edge=10),
     E("scan", "2024-12-04", "De-escalation Techniques for Clinical Staff", "Oakridge Behavioral Health Center", "1",
       "contact_hours", False, None, "in-service scan; 'Program Title' label; course description; date signed later")),
    ("scan04_cumberland_gap_split.pdf", s04, LETTER_L, dict(rot=-0.8, dpi=140, speckle=600),
     E("scan", "2025-03-22", "Spring Into Wellness: A Workshop for Medical Assistants",
       "Cumberland Gap Chapter of Medical Assistants", "1.5", "aama_ceu", True, None,
       "landscape scan; clinical/general split with total", {"clinical": "1.0", "general": "0.5"})),
    ("scan05_redwood_ecg_nha.pdf", s05, letter, dict(rot=0.4, dpi=150, speckle=400, levels=(40, 232)),
     E("scan", "2024-07-15", "ECG Rhythm Strip Interpretation for Technicians", "Redwood Allied Health Seminars", "2.0",
       "nha_credit", False, None, "NHA credits in a sentence; 'Seminar #' line; M/D/YYYY dates incl. valid-through")),
    ("scan06_hillcrest_lunch_learn.pdf", s06, letter, dict(rot=-1.0, dpi=150, speckle=800, streak=True),
     E("scan", "2025-05-08", "Lunch & Learn: Updates in Adult Immunization Schedules", "Hillcrest Family Practice", None,
       None, False, None, "attendance only, no credit offered; commercial lunch sponsor named")),
]


def main():
    expected = {}
    for idx, (name, draw, size, fx, exp) in enumerate(SPECS):
        seed = 20250 + idx * 7919
        R = random.Random(seed + 1)
        pdf = make_pdf(draw, size, seed, title="Certificate" if exp["kind"] == "pdf" else None)
        path = OUT / name
        if exp["kind"] == "pdf":
            path.write_bytes(pdf)
        elif exp["kind"] == "image":
            img = photo(pdf, R, fx)
            if name.endswith(".png"):
                img = img.quantize(colors=192, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
                img.save(path, "PNG", optimize=True)
            else:
                img.save(path, "JPEG", quality=fx.get("q", 75), optimize=True)
        else:
            jpeg, _ = scan(pdf, R, fx)
            path.write_bytes(image_pdf(jpeg, size, R.choice(["ScanSnap Manager", "HP Scan", "Canon MF Scan Utility"])))
        expected[name] = exp
    (OUT / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
    total = sum((OUT / n).stat().st_size for n in expected)
    print(f"{len(expected)} files, {total / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
