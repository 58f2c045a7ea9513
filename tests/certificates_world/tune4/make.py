"""Build the 'tune4' corpus: 32 invented continuing-education certificates for medical assistants.

    /work/main/.venv/bin/python tests/certificates_world/tune4/make.py

Writes 18 text PDFs, 8 phone photos and 6 scans next to this file, plus expected.json.
Everything is fictional (people, providers, addresses, course numbers); only real
accrediting bodies (AAMA, NHA, IACET) are named the way real certificates name them.

Deterministic: every random choice comes from a per-file seeded random.Random, reportlab
runs with invariant=1, and rasterising goes through pdftoppm at a fixed resolution.
"""

from __future__ import annotations

import io
import json
import math
import random
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
for alias, fname in {
    "Sans": "DejaVuSans.ttf",
    "SansB": "DejaVuSans-Bold.ttf",
    "SansI": "DejaVuSans-Oblique.ttf",
    "SansL": "DejaVuSans-ExtraLight.ttf",
    "Cond": "DejaVuSansCondensed.ttf",
    "CondB": "DejaVuSansCondensed-Bold.ttf",
    "Serif": "DejaVuSerif.ttf",
    "SerifB": "DejaVuSerif-Bold.ttf",
    "SerifI": "DejaVuSerif-Italic.ttf",
    "SerifBI": "DejaVuSerif-BoldItalic.ttf",
    "SerifC": "DejaVuSerifCondensed.ttf",
    "SerifCI": "DejaVuSerifCondensed-Italic.ttf",
    "SerifCB": "DejaVuSerifCondensed-Bold.ttf",
    "Mono": "DejaVuSansMono.ttf",
    "MonoB": "DejaVuSansMono-Bold.ttf",
}.items():
    pdfmetrics.registerFont(TTFont(alias, FONT_DIR + fname))

LAND = landscape(letter)
PORT = letter


# ----------------------------------------------------------------------------- drawing helpers
def rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


def T(c, x, y, s, font="Sans", size=11, align="l", color="#000000", spacing=0):
    c.setFillColorRGB(*rgb(color))
    if spacing:
        w = pdfmetrics.stringWidth(s, font, size) + spacing * (len(s) - 1)
        x0 = x - w / 2 if align == "c" else (x - w if align == "r" else x)
        t = c.beginText(x0, y)
        t.setFont(font, size)
        t.setCharSpace(spacing)
        t.textOut(s)
        t.setCharSpace(0)
        c.drawText(t)
        return
    c.setFont(font, size)
    if align == "c":
        c.drawCentredString(x, y, s)
    elif align == "r":
        c.drawRightString(x, y, s)
    else:
        c.drawString(x, y, s)


def wrap(s, font, size, width):
    out, cur = [], ""
    for word in s.split():
        trial = (cur + " " + word).strip()
        if pdfmetrics.stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def P(c, x, y, s, font="Sans", size=11, width=400, lead=1.3, align="l", color="#000000"):
    """paragraph; returns the baseline below the last line."""
    for line in wrap(s, font, size, width):
        T(c, x, y, line, font, size, align, color)
        y -= size * lead
    return y


def smallcaps(c, x, y, s, font, size, align="c", color="#000000"):
    """true small caps drawn as runs: capitals full size, lower case as reduced capitals."""
    parts = []
    for ch in s:
        small = ch.islower()
        parts.append((ch.upper(), size * (0.76 if small else 1.0)))
    width = sum(pdfmetrics.stringWidth(ch, font, sz) for ch, sz in parts)
    x0 = x - width / 2 if align == "c" else (x - width if align == "r" else x)
    c.setFillColorRGB(*rgb(color))
    t = c.beginText(x0, y)
    for ch, sz in parts:
        t.setFont(font, sz)
        t.textOut(ch)
    c.drawText(t)


def rule(c, x0, y0, x1, y1, color="#000000", lw=0.8, dash=None):
    c.setStrokeColorRGB(*rgb(color))
    c.setLineWidth(lw)
    c.setDash(*(dash or ([], 0)))
    c.line(x0, y0, x1, y1)
    c.setDash([], 0)


def rect(c, x, y, w, h, stroke="#000000", fill=None, lw=0.8, r=0):
    c.setStrokeColorRGB(*rgb(stroke))
    c.setLineWidth(lw)
    if fill:
        c.setFillColorRGB(*rgb(fill))
    if r:
        c.roundRect(x, y, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
    else:
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)


def filled(c, x, y, w, h, fill):
    c.setFillColorRGB(*rgb(fill))
    c.rect(x, y, w, h, stroke=0, fill=1)


def scallop_border(c, W, H, col, col2, m=22):
    """ornamental frame: thick outer rule, a chain of small scallops, thin inner rule, corner knots."""
    rect(c, m, m, W - 2 * m, H - 2 * m, col, lw=3)
    rect(c, m + 7, m + 7, W - 2 * m - 14, H - 2 * m - 14, col2, lw=0.7)
    c.setStrokeColorRGB(*rgb(col2))
    c.setLineWidth(0.6)
    step = 11
    inset = m + 14
    x = inset
    while x < W - inset - step:
        for yy, sgn in ((inset, 1), (H - inset, -1)):
            p = c.beginPath()
            p.arc(x, yy - step / 2, x + step, yy + step / 2, 0 if sgn > 0 else 180, 180)
            c.drawPath(p, stroke=1, fill=0)
        x += step
    y = inset
    while y < H - inset - step:
        for xx, a in ((inset, 90), (W - inset, 270)):
            p = c.beginPath()
            p.arc(xx - step / 2, y, xx + step / 2, y + step, a, 180)
            c.drawPath(p, stroke=1, fill=0)
        y += step
    rect(c, m + 22, m + 22, W - 2 * m - 44, H - 2 * m - 44, col, lw=1.2)
    for cx, cy in ((m + 11, m + 11), (W - m - 11, m + 11), (m + 11, H - m - 11), (W - m - 11, H - m - 11)):
        c.setFillColorRGB(*rgb(col))
        c.circle(cx, cy, 6, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.circle(cx, cy, 2.5, stroke=0, fill=1)


def guilloche_band(c, x0, y0, x1, y1, col, R, n=7):
    """interleaved sine ribbons filling a band, like banknote borders."""
    c.setStrokeColorRGB(*rgb(col))
    c.setLineWidth(0.35)
    horizontal = (x1 - x0) > (y1 - y0)
    length = (x1 - x0) if horizontal else (y1 - y0)
    thick = (y1 - y0) if horizontal else (x1 - x0)
    period = R.uniform(16, 26)
    for k in range(n):
        ph = k * 2 * math.pi / n
        p = c.beginPath()
        steps = int(length / 2)
        for i in range(steps + 1):
            t = i * length / steps
            off = thick / 2 + thick / 2.2 * math.sin(2 * math.pi * t / period + ph) * math.cos(math.pi * t / (period * 3.1))
            px, py = (x0 + t, y0 + off) if horizontal else (x0 + off, y0 + t)
            if i == 0:
                p.moveTo(px, py)
            else:
                p.lineTo(px, py)
        c.drawPath(p, stroke=1, fill=0)


def starburst(c, cx, cy, r, col, ring_text="", inner="", points=28, tcol="#ffffff"):
    c.setFillColorRGB(*rgb(col))
    p = c.beginPath()
    for i in range(points * 2 + 1):
        a = math.pi * i / points
        rr = r if i % 2 == 0 else r * 0.88
        x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
        p.moveTo(x, y) if i == 0 else p.lineTo(x, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColorRGB(*rgb(tcol))
    c.setLineWidth(0.8)
    c.circle(cx, cy, r * 0.78, stroke=1, fill=0)
    c.circle(cx, cy, r * 0.55, stroke=1, fill=0)
    if ring_text:
        size = r * 0.14
        n = len(ring_text)
        for i, ch in enumerate(ring_text):
            a = math.radians(90 + 150 - 300 * i / max(n - 1, 1))
            c.saveState()
            c.translate(cx + r * 0.665 * math.cos(a), cy + r * 0.665 * math.sin(a))
            c.rotate(math.degrees(a) - 90)
            T(c, 0, -size / 3, ch, "SansB", size, "c", tcol)
            c.restoreState()
    if inner:
        for j, line in enumerate(inner.split("\n")):
            T(c, cx, cy + r * 0.08 - j * r * 0.22, line, "SerifB", r * 0.2, "c", tcol)


def scribble(c, x, y, w, R, col="#1b2a6e", lw=1.0):
    """a fake handwritten signature out of random Bezier strokes."""
    c.setStrokeColorRGB(*rgb(col))
    c.setLineWidth(lw)
    p = c.beginPath()
    px, py = x, y + R.uniform(2, 8)
    p.moveTo(px, py)
    n = R.randint(5, 8)
    for i in range(n):
        nx = x + w * (i + 1) / n
        ny = y + R.uniform(-3, 14)
        p.curveTo(px + R.uniform(-10, 20), py + R.uniform(-18, 22), nx - R.uniform(-10, 20), ny + R.uniform(-18, 22), nx, ny)
        px, py = nx, ny
    c.drawPath(p, stroke=1, fill=0)
    p = c.beginPath()
    p.moveTo(x + w * 0.1, y + R.uniform(-2, 3))
    p.curveTo(x + w * 0.4, y + R.uniform(-6, 2), x + w * 0.7, y + R.uniform(0, 6), x + w * 0.95, y + R.uniform(-3, 4))
    c.drawPath(p, stroke=1, fill=0)


def signline(c, x, y, w, R, lines, font="Sans", size=8.5, align="c", col="#333333", sign=True):
    if sign:
        scribble(c, x - w / 2 + 12 if align == "c" else x + 6, y + 3, w - 30, R)
    rule(c, x - w / 2 if align == "c" else x, y, x + w / 2 if align == "c" else x + w, y, "#444444", 0.6)
    tx = x if align == "c" else x
    for i, s in enumerate(lines):
        T(c, tx, y - 11 - i * (size + 2.5), s, font if i else font.replace("Sans", "SansB"), size, align, col)


def logo_drop(c, x, y, s, col):
    c.setFillColorRGB(*rgb(col))
    p = c.beginPath()
    p.moveTo(x, y + s)
    p.curveTo(x + s * 0.1, y + s * 0.6, x + s * 0.55, y + s * 0.35, x + s * 0.5, y)
    p.curveTo(x + s * 0.45, y - s * 0.3, x - s * 0.45, y - s * 0.3, x - s * 0.5, y)
    p.curveTo(x - s * 0.55, y + s * 0.35, x - s * 0.1, y + s * 0.6, x, y + s)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def logo_cross(c, x, y, s, col, bg="#ffffff"):
    c.setFillColorRGB(*rgb(col))
    c.circle(x, y, s, stroke=0, fill=1)
    c.setFillColorRGB(*rgb(bg))
    a = s * 0.22
    c.rect(x - a, y - s * 0.62, 2 * a, s * 1.24, stroke=0, fill=1)
    c.rect(x - s * 0.62, y - a, s * 1.24, 2 * a, stroke=0, fill=1)


def logo_mountains(c, x, y, w, col, col2):
    c.setFillColorRGB(*rgb(col))
    p = c.beginPath()
    p.moveTo(x, y)
    p.lineTo(x + w * 0.35, y + w * 0.45)
    p.lineTo(x + w * 0.5, y + w * 0.28)
    p.lineTo(x + w * 0.68, y + w * 0.55)
    p.lineTo(x + w, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColorRGB(*rgb(col2))
    c.circle(x + w * 0.2, y + w * 0.5, w * 0.08, stroke=0, fill=1)


def shield(c, x, y, s, col, letters, tcol="#ffffff"):
    c.setFillColorRGB(*rgb(col))
    p = c.beginPath()
    p.moveTo(x - s / 2, y + s * 0.55)
    p.lineTo(x + s / 2, y + s * 0.55)
    p.lineTo(x + s / 2, y)
    p.curveTo(x + s / 2, y - s * 0.35, x + s * 0.1, y - s * 0.5, x, y - s * 0.6)
    p.curveTo(x - s * 0.1, y - s * 0.5, x - s / 2, y - s * 0.35, x - s / 2, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    T(c, x, y - s * 0.05, letters, "SansB", s * 0.3, "c", tcol)


def qr_like(c, x, y, size, R, n=21):
    cell = size / n
    c.setFillColorRGB(0, 0, 0)
    for i in range(n):
        for j in range(n):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)))
            if finder:
                di = min(abs(i - (0 if i < 7 else n - 7)), abs(i - (6 if i < 7 else n - 1)))
                dj = min(abs(j - (0 if j < 7 else n - 7)), abs(j - (6 if j < 7 else n - 1)))
                on = di == 0 or dj == 0 or (2 <= (i % (n - 7) if i >= n - 7 else i) <= 4 and 2 <= (j % (n - 7) if j >= n - 7 else j) <= 4)
            else:
                on = R.random() < 0.45
            if on:
                c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, stroke=0, fill=1)


def kv_rows(c, x, y, rows, lw=120, font="Sans", bfont="SansB", size=10, lead=16, lcol="#555555", vcol="#000000"):
    for k, v in rows:
        T(c, x, y, k, font, size, "l", lcol)
        T(c, x + lw, y, v, bfont, size, "l", vcol)
        y -= lead
    return y


# ============================================================================ text PDFs
def t01(c, W, H, R):
    navy, gold = "#1d2f5c", "#b08d3c"
    filled(c, 0, 0, W, H, "#fffdf6")
    scallop_border(c, W, H, navy, gold)
    logo_cross(c, 96, H - 96, 18, navy, "#fffdf6")
    T(c, 122, H - 92, "Coastal Plains Institute of Allied Health", "SerifB", 12, "l", navy)
    T(c, 122, H - 105, "Continuing Education for the Medical Assisting Profession", "SerifI", 8.5, "l", "#555555")
    T(c, W / 2, H - 160, "CERTIFICATE OF COMPLETION", "SerifB", 28, "c", navy, spacing=2.5)
    T(c, W / 2, H - 196, "This certifies that", "SerifI", 12, "c", "#444444")
    T(c, W / 2, H - 240, "Marisol T. Quintero, CMA (AAMA)", "SerifBI", 30, "c", "#222222")
    rule(c, W / 2 - 220, H - 250, W / 2 + 220, H - 250, gold, 1)
    T(c, W / 2, H - 272, "has successfully completed the online continuing education course", "Serif", 11, "c", "#444444")
    y = P(c, W / 2, H - 300, "Assisting with Minor Office Surgery: Sterile Field Setup and Suture Tray Preparation",
          "SerifB", 17, 470, 1.25, "c", navy)
    T(c, W / 2, y - 6, "Date of completion: March 4, 2025", "Serif", 11.5, "c")
    T(c, W / 2, y - 24, "AAMA CEUs: 1.5        Category: Clinical", "SerifB", 11.5, "c")
    P(c, W / 2, y - 46, "This course has been approved by the American Association of Medical Assistants (AAMA) "
      "for 1.5 AAMA CEUs. AAMA course #79214.", "Serif", 8.5, 430, 1.3, "c", "#555555")
    signline(c, 210, 108, 190, R, ["Lorraine Batiste, MEd, CMA (AAMA)", "Director of Education"])
    starburst(c, W - 190, 128, 46, gold, "COASTAL PLAINS INSTITUTE", "CE\n2025")
    T(c, W / 2, 62, "Certificate No. CPI-2025-03-0418    \u2022    Printed 03/10/2025", "Sans", 7, "c", "#777777")


def t02(c, W, H, R):
    teal = "#0f5d63"
    logo_drop(c, 78, H - 86, 26, teal)
    T(c, 104, H - 70, "SAINT ADALBERT HEALTH SYSTEM", "SansB", 15, "l", teal, spacing=1)
    T(c, 104, H - 86, "Department of Clinical Education & Professional Development", "Sans", 9.5, "l", "#333333")
    T(c, 104, H - 98, "2200 Kosciuszko Avenue  \u00b7  Milwaukee Heights, WI 53299  \u00b7  (414) 555-0172", "Sans", 8, "l", "#666666")
    rule(c, 60, H - 112, W - 60, H - 112, teal, 1.5)
    y = H - 160
    T(c, 72, y, "April 2, 2025", "Serif", 11)
    y -= 40
    T(c, 72, y, "To Whom It May Concern:", "Serif", 11)
    y -= 26
    body = ("This letter confirms that Dana R. Whitfield, CMA (AAMA), Medical Assistant II at our Northgate Primary "
            "Care clinic, attended the education session \u201cRecognizing and Responding to Stroke: BE-FAST in the "
            "Clinic\u201d on 03/18/2025. The session was presented by the Saint Adalbert Neuroscience Nurse Educator "
            "team and covered symptom recognition, time-last-known-well documentation, and escalation pathways from "
            "the ambulatory setting.")
    y = P(c, 72, y, body, "Serif", 11, W - 144, 1.5)
    y -= 10
    y = P(c, 72, y, "Participants who attended the full session were awarded 1.25 contact hours. This session was "
          "not submitted to the AAMA for CEU approval.", "Serif", 11, W - 144, 1.5)
    y -= 10
    y = P(c, 72, y, "Please contact our office if you need any further information regarding this activity.",
          "Serif", 11, W - 144, 1.5)
    y -= 24
    T(c, 72, y, "Sincerely,", "Serif", 11)
    scribble(c, 76, y - 44, 150, R)
    T(c, 72, y - 62, "Joanne Pelletier, MSN, RN-BC", "Serif", 11)
    T(c, 72, y - 76, "Manager, Clinical Education", "Serif", 11)
    T(c, 72, y - 90, "Saint Adalbert Health System", "Serif", 11)
    rule(c, 60, 60, W - 60, 60, teal, 0.6)
    T(c, W / 2, 46, "Caring for the whole person since 1911", "SansI", 8, "c", "#666666")


def t03(c, W, H, R):
    blue = "#2463eb"
    filled(c, 0, H - 58, W, 58, "#0f172a")
    c.setFillColorRGB(*rgb(blue))
    c.roundRect(36, H - 44, 30, 30, 6, stroke=0, fill=1)
    T(c, 51, H - 35, "m", "SansB", 18, "c", "#ffffff")
    T(c, 76, H - 36, "medtrain", "SansB", 17, "l", "#ffffff")
    T(c, 76 + pdfmetrics.stringWidth("medtrain", "SansB", 17) + 2, H - 36, "cloud", "SansL", 17, "l", "#93c5fd")
    T(c, W - 36, H - 34, "Learning records you can verify", "Sans", 8.5, "r", "#cbd5e1")
    T(c, 60, H - 112, "CERTIFICATE OF COMPLETION", "SansB", 12, "l", blue, spacing=2)
    T(c, 60, H - 140, "Awarded to", "Sans", 10, "l", "#64748b")
    T(c, 60, H - 172, "Keisha Vaughn-Ortiz", "SansB", 28, "l", "#0f172a")
    T(c, 60, H - 200, "for completing", "Sans", 10, "l", "#64748b")
    y = P(c, 60, H - 224, "OSHA BLOODBORNE PATHOGENS STANDARD: ANNUAL REFRESHER", "SansB", 16, 560, 1.25, "l", "#0f172a")
    rect(c, 60, 96, W - 120, y - 100, "#e2e8f0", "#f8fafc", 0.8, 6)
    rows = [("Course ID", "MTC-40217"), ("Course provider", "Brightline Compliance Training"),
            ("Enrolled", "2024-12-30"), ("Completed", "2025-01-08 09:14 CST"), ("Duration", "45 minutes")]
    rows2 = [("Score", "92% (passing 80%)"), ("Certificate expires", "2026-01-08"),
             ("Verification", "MTC-7Q4K-2291-LX"), ("Learner ID", "U-0093317")]
    yy = y - 24
    kv_rows(c, 80, yy, rows, 110, "Sans", "SansB", 9.5, 17, "#64748b", "#0f172a")
    kv_rows(c, 420, yy, rows2, 120, "Sans", "SansB", 9.5, 17, "#64748b", "#0f172a")
    qr_like(c, W - 150, 112, 64, R)
    P(c, 60, 72, "MedTrain Cloud is a learning platform. Course content, assessment and any continuing-education "
      "credit are the responsibility of the course provider named above.", "Sans", 7.5, W - 120, 1.3, "l", "#64748b")


def t04(c, W, H, R):
    green, gold = "#1f4d3a", "#a27b2c"
    filled(c, 0, 0, W, H, "#fbfaf4")
    guilloche_band(c, 30, H - 58, W - 30, H - 30, green, R)
    guilloche_band(c, 30, 30, W - 30, 58, green, R)
    guilloche_band(c, 30, 58, 58, H - 58, green, R)
    guilloche_band(c, W - 58, 58, W - 30, H - 58, green, R)
    rect(c, 64, 64, W - 128, H - 128, gold, lw=1)
    T(c, W / 2, H - 96, "GREAT LAKES STATE SOCIETY OF MEDICAL ASSISTANTS", "SerifB", 13, "c", green, spacing=1.2)
    T(c, W / 2, H - 138, "Certificate of Attendance", "SerifBI", 32, "c", "#222222")
    T(c, W / 2, H - 168, "is presented to", "SerifI", 11, "c", "#555555")
    T(c, W / 2, H - 200, "Bethany Kowalczyk", "SerifB", 26, "c", green)
    T(c, W / 2, H - 224, "for attendance at the", "SerifI", 11, "c", "#555555")
    T(c, W / 2, H - 250, "2025 Spring Education Conference", "SerifB", 19, "c")
    T(c, W / 2, H - 270, "April 11\u201312, 2025  \u00b7  Lakeview Convention Center, Traverse Bay, Michigan", "Serif", 10.5, "c")
    x0, y0 = W / 2 - 150, H - 300
    rect(c, x0, y0 - 86, 300, 92, green, None, 0.6)
    T(c, x0 + 12, y0 - 10, "AAMA CEU category", "SansB", 9, "l", green)
    T(c, x0 + 288, y0 - 10, "CEUs", "SansB", 9, "r", green)
    rule(c, x0, y0 - 16, x0 + 300, y0 - 16, green, 0.5)
    for i, (k, v) in enumerate([("Administrative", "2.0"), ("Clinical", "3.0"), ("General", "1.0")]):
        T(c, x0 + 12, y0 - 31 - i * 15, k, "Sans", 9.5)
        T(c, x0 + 288, y0 - 31 - i * 15, v, "Sans", 9.5, "r")
    rule(c, x0, y0 - 70, x0 + 300, y0 - 70, green, 0.5)
    T(c, x0 + 12, y0 - 82, "Total AAMA CEUs", "SansB", 9.5)
    T(c, x0 + 288, y0 - 82, "6.0", "SansB", 9.5, "r")
    P(c, W / 2, y0 - 104, "This program has been approved by the American Association of Medical Assistants for "
      "6.0 AAMA CEUs (Approval #81177). Retain this certificate for your recertification records.",
      "Serif", 8.5, 470, 1.3, "c", "#444444")
    signline(c, 190, 102, 170, R, ["Carla Jeffries, CMA (AAMA)", "Education Chair"], "Sans", 8)
    signline(c, W - 190, 102, 170, R, ["Yvonne Okonkwo, CMA (AAMA)", "President"], "Sans", 8)
    T(c, W / 2, 76, "Registered: 02/27/2025   \u00b7   Attendee #0412", "Sans", 7, "c", "#777777")


def t05(c, W, H, R):
    terra, sage = "#b4532a", "#5b7b4a"
    filled(c, 0, 0, W, H, "#fffaf2")
    filled(c, 0, 0, 26, H, terra)
    filled(c, 26, 0, 8, H, sage)
    logo_mountains(c, 70, H - 100, 56, terra, sage)
    T(c, 138, H - 70, "Clínica Comunitaria Valle Sur", "SerifB", 17, "l", terra)
    T(c, 138, H - 86, "Programa de Educación Continua  |  Continuing Education Program", "Sans", 9, "l", "#555555")
    T(c, W / 2 + 17, H - 170, "Certificado de finalización", "SerifB", 34, "c", "#2b2b2b")
    T(c, W / 2 + 17, H - 192, "Certificate of Completion", "SerifI", 14, "c", "#777777")
    T(c, W / 2 + 17, H - 230, "Se otorga a  /  Awarded to", "Sans", 10, "c", "#666666")
    T(c, W / 2 + 17, H - 266, "Rosa Elena Villarreal", "SerifBI", 30, "c", terra)
    rule(c, W / 2 - 200, H - 276, W / 2 + 234, H - 276, sage, 0.8)
    T(c, W / 2 + 17, H - 300, "por completar el curso  /  for completing the course", "Sans", 10, "c", "#666666")
    T(c, W / 2 + 17, H - 330, "Manejo de la Diabetes Tipo 2: Educación al Paciente", "SerifB", 19, "c")
    kv_rows(c, W / 2 - 150, H - 376, [("Fecha / Date:", "22 de mayo de 2025"),
                                       ("Horas de contacto / Contact hours:", "1.5"),
                                       ("Modalidad / Format:", "Presencial / In person")], 200, "Sans", "SansB", 10, 18)
    signline(c, 230, 112, 200, R, ["Dra. Lucía Méndez Ortega", "Directora de Educación / Education Director"], "Sans", 8)
    signline(c, W - 190, 112, 200, R, ["Héctor Alvarado, RN", "Coordinador del curso / Course Coordinator"], "Sans", 8)
    T(c, W / 2 + 17, 52, "Fecha de emisión: 26/05/2025   \u00b7   Folio CCVS-0522-118", "Sans", 7.5, "c", "#777777")


def t06(c, W, H, R):
    plum = "#5b2a6e"
    T(c, 60, H - 62, "HALCYON", "SansB", 20, "l", plum, spacing=3)
    T(c, 60, H - 76, "MEDICAL COMMUNICATIONS", "Sans", 8, "l", plum, spacing=2.2)
    T(c, W - 60, H - 62, "Live Webinar Series", "SansB", 10, "r", "#444444")
    T(c, W - 60, H - 75, "Respiratory Care in Primary Practice", "Sans", 9, "r", "#666666")
    rule(c, 60, H - 92, W - 60, H - 92, plum, 2)
    T(c, W / 2, H - 160, "Certificate of Participation", "SerifB", 28, "c", plum)
    T(c, W / 2, H - 210, "This is to certify that", "Serif", 12, "c", "#444444")
    T(c, W / 2, H - 248, "Tomás Ferreira", "Serif", 28, "c")
    rule(c, W / 2 - 170, H - 258, W / 2 + 170, H - 258, "#999999", 0.6)
    T(c, W / 2, H - 288, "participated in the live webinar", "Serif", 12, "c", "#444444")
    y = P(c, W / 2, H - 322, "Inhaler Technique Coaching for COPD and Asthma Patients", "SerifB", 18, 420, 1.25, "c")
    y = kv_rows(c, W / 2 - 130, y - 18, [("Webinar date:", "Wednesday, March 26, 2025"), ("Time:", "12:00\u20131:00 p.m. ET"),
                                          ("Credit awarded:", "1 CE hour")], 100, "Serif", "SerifB", 11, 18)
    P(c, W / 2, y - 20, "This activity has not been submitted for AAMA CEU approval. Check with your certifying body "
      "regarding acceptance of this credit.", "SerifI", 9, 420, 1.35, "c", "#555555")
    signline(c, W / 2, 190, 220, R, ["Naomi Castellanos, RRT, AE-C", "Faculty and Program Director"], "Sans", 8.5)
    P(c, W / 2, 118, "This activity is supported by an independent educational grant from Vantoria Pharma, Inc. "
      "Vantoria Pharma had no role in the planning or content of this activity.", "Sans", 7.5, 440, 1.35, "c", "#666666")
    T(c, W / 2, 56, "Printed 04/02/2025  \u00b7  Registrant #HX-55120", "Sans", 7, "c", "#888888")


def t07(c, W, H, R):
    rust, slate = "#c2410c", "#334155"
    filled(c, 0, H - 150, W, 150, slate)
    logo_mountains(c, 48, H - 92, 48, "#f8fafc", rust)
    T(c, 108, H - 70, "Ridgeline Phlebotomy Academy", "SansB", 18, "l", "#ffffff")
    T(c, 108, H - 88, "Venipuncture \u00b7 Specimen Processing \u00b7 Continuing Education", "Sans", 9, "l", "#cbd5e1")
    T(c, 48, H - 128, "Certificate of Continuing Education", "SansB", 13, "l", "#fdba74", spacing=0.6)
    T(c, 48, H - 210, "Darnell Okafor, CPT (NHA)", "SansB", 26, "l", "#111111")
    T(c, 48, H - 234, "has completed the following continuing education program:", "Sans", 11, "l", "#444444")
    rect(c, 48, H - 330, W - 96, 80, rust, "#fff7ed", 1.2)
    T(c, 62, H - 270, "Course", "SansB", 8.5, "l", rust)
    P(c, 62, H - 292, "Difficult Venipuncture: Vein Selection and Alternative Sites", "SansB", 17, W - 130, 1.2)
    y = kv_rows(c, 48, H - 370, [("Completion date", "2025-02-19"), ("Format", "Live virtual workshop"),
                                 ("NHA CE credits", "1.5"), ("Issue date", "2025-02-20"),
                                 ("Certificate #", "RPA-25-0219-066")], 130, "Sans", "SansB", 11, 21)
    P(c, 48, y - 14, "This continuing education program is approved by the National Healthcareer Association (NHA) "
      "for 1.5 continuing education credits. Credits may be applied toward NHA certification renewal.",
      "Sans", 9, W - 96, 1.4, "l", "#444444")
    signline(c, 48, 120, 200, R, ["Irene Vasquez, MLS(ASCP), CPT", "Program Director"], "Sans", 8.5, "l")
    T(c, W / 2, 40, "Ridgeline Phlebotomy Academy  \u00b7  4410 Canyon Rd, Boise, ID 83799", "Sans", 7.5, "c", "#666666")


def t08(c, W, H, R):
    maroon = "#6b1d2a"
    T(c, W / 2, H - 64, "CASCADE BEND COMMUNITY COLLEGE", "SerifB", 16, "c", maroon, spacing=1)
    T(c, W / 2, H - 80, "Office of Workforce & Continuing Education", "Serif", 10, "c")
    T(c, W / 2, H - 93, "1900 Riverside Parkway, Cascade Bend, OR 97799", "Serif", 8.5, "c", "#555555")
    rule(c, 50, H - 104, W - 50, H - 104, maroon, 1.2)
    T(c, W / 2, H - 134, "Continuing Education Unit Record", "SansB", 14, "c")
    kv_rows(c, 60, H - 168, [("Name:", "Alicia M. Brandt"), ("Student ID:", "CB0457712"), ("Date of birth:", "**/**/1991")],
            90, "Sans", "Sans", 9.5, 15)
    kv_rows(c, 310, H - 168, [("Program:", "Healthcare Professional Development"), ("Record type:", "Non-credit / CEU"),
                              ("Date issued:", "10/20/2025")], 68, "Sans", "Sans", 9.5, 15)
    y = H - 236
    cols = [60, 120, 320, 420, 500]
    heads = ["Course No.", "Course Title", "Dates", "Contact Hrs", "CEUs"]
    filled(c, 50, y - 6, W - 100, 20, "#efe7e8")
    for x, h in zip(cols, heads):
        T(c, x, y, h, "SansB", 8.5)
    rule(c, 50, y - 6, W - 50, y - 6, "#555555", 0.6)
    y -= 22
    T(c, cols[0], y, "HCE 212", "Sans", 9)
    T(c, cols[1], y, "Medical Office Insurance", "Sans", 9)
    T(c, cols[1], y - 12, "Billing Essentials", "Sans", 9)
    T(c, cols[2], y, "09/09/2025 \u2013", "Sans", 9)
    T(c, cols[2], y - 12, "10/14/2025", "Sans", 9)
    T(c, cols[3] + 20, y, "8.0", "Sans", 9)
    T(c, cols[4] + 8, y, "0.8", "Sans", 9)
    rule(c, 50, y - 20, W - 50, y - 20, "#555555", 0.6)
    T(c, cols[2], y - 34, "Totals", "SansB", 9)
    T(c, cols[3] + 20, y - 34, "8.0", "SansB", 9)
    T(c, cols[4] + 8, y - 34, "0.8", "SansB", 9)
    y -= 70
    y = P(c, 60, y, "One Continuing Education Unit (CEU) equals ten contact hours of participation in an organized "
          "continuing education experience under responsible sponsorship, capable direction, and qualified instruction.",
          "Serif", 9, W - 120, 1.4, "l", "#333333")
    y = P(c, 60, y - 8, "Cascade Bend Community College is accredited by the International Accreditors for Continuing "
          "Education and Training (IACET) and is authorized to issue the IACET CEU.", "Serif", 9, W - 120, 1.4, "l", "#333333")
    signline(c, 60, 150, 210, R, ["Gordon Whitlock", "Registrar, Workforce & Continuing Education"], "Sans", 8.5, "l")
    T(c, W / 2, 50, "This record is not a transcript of academic credit. Page 1 of 1", "Sans", 7, "c", "#777777")


def t09(c, W, H, R):
    red = "#b91c1c"
    T(c, W / 2, H - 60, "Your eCard is ready.", "SansB", 18, "c", "#111111")
    P(c, W / 2, H - 82, "Print this page and cut along the dotted lines. Fold the card in half so the front and back face "
      "out. Keep the card with you while working in a clinical setting.", "Sans", 9.5, 430, 1.35, "c", "#444444")
    cw, ch = 243, 153
    x0, y0 = W / 2 - cw, H - 330
    c.setDash([3, 3], 0)
    rect(c, x0 - 12, y0 - 12, 2 * cw + 24, ch + 24, "#888888", None, 0.6)
    c.setDash([], 0)
    # front
    rect(c, x0, y0, cw, ch, "#999999", "#ffffff", 0.6, 6)
    filled(c, x0, y0 + ch - 34, cw, 34, red)
    c.setFillColorRGB(1, 1, 1)
    c.circle(x0 + 20, y0 + ch - 17, 10, stroke=0, fill=1)
    c.setFillColorRGB(*rgb(red))
    c.circle(x0 + 20, y0 + ch - 17, 6, stroke=0, fill=1)
    T(c, x0 + 36, y0 + ch - 15, "CARDINAL LIFESAVING", "SansB", 10, "l", "#ffffff")
    T(c, x0 + 36, y0 + ch - 27, "INSTITUTE", "SansB", 10, "l", "#ffffff")
    T(c, x0 + cw / 2, y0 + ch - 58, "BLS for Healthcare Providers", "SansB", 12.5, "c", "#111111")
    T(c, x0 + cw / 2, y0 + ch - 72, "CPR \u00b7 AED \u00b7 Adult, Child & Infant", "Sans", 7.5, "c", "#444444")
    T(c, x0 + cw / 2, y0 + 58, "Yesenia Calderón", "SansB", 12, "c")
    T(c, x0 + cw / 2, y0 + 47, "has successfully completed the cognitive and skills evaluations.", "Sans", 5.8, "c", "#444444")
    T(c, x0 + 14, y0 + 24, "Issued: 06/14/2025", "SansB", 8)
    T(c, x0 + cw - 14, y0 + 24, "Renew by: 06/2027", "Sans", 8, "r")
    T(c, x0 + cw / 2, y0 + 9, "eCard code: CLI-7H2M-93QX", "Mono", 6.5, "c", "#555555")
    # back
    bx = x0 + cw
    rect(c, bx, y0, cw, ch, "#999999", "#ffffff", 0.6, 6)
    rows = [("Training Site", "Eastgate Fire Rescue Training Ctr."), ("Site ID", "CLI-TS-0388"),
            ("City / State", "Rockford, IL"), ("Instructor", "Paul Hendricks"), ("Instructor ID", "CLI-I-12047"),
            ("Course format", "Instructor-led, 4.5 hrs")]
    yy = y0 + ch - 20
    for k, v in rows:
        T(c, bx + 12, yy, k, "Sans", 6.8, "l", "#555555")
        T(c, bx + 82, yy, v, "SansB", 6.8)
        yy -= 14
    T(c, bx + 12, y0 + 30, "Holder's signature:", "Sans", 6.5, "l", "#555555")
    rule(c, bx + 80, y0 + 30, bx + cw - 14, y0 + 30, "#999999", 0.5)
    P(c, bx + cw / 2, y0 + 16, "This card certifies completion of a Cardinal Lifesaving Institute course. "
      "Verify at verify.cardinallifesaving.example", "Sans", 5, cw - 20, 1.25, "c", "#666666")
    P(c, W / 2, y0 - 60, "Course completion requires demonstration of high-quality CPR skills and successful completion "
      "of the written examination. The recommended renewal interval is two years.", "Sans", 8.5, 430, 1.35, "c", "#555555")
    T(c, W / 2, 50, "\u00a9 2025 Cardinal Lifesaving Institute. All rights reserved.", "Sans", 7, "c", "#888888")


def t10(c, W, H, R):
    navy, cyan = "#0b2545", "#13a3b5"
    filled(c, 0, 0, W, H, "#ffffff")
    filled(c, 0, 0, W, 14, navy)
    filled(c, 0, H - 14, W, 14, navy)
    filled(c, 0, H - 20, W, 6, cyan)
    shield(c, W / 2, H - 78, 50, navy, "PCP")
    T(c, W / 2, H - 140, "Certificate of Training", "SansB", 30, "c", navy)
    T(c, W / 2, H - 170, "This certifies that", "Sans", 11, "c", "#444444")
    T(c, W / 2, H - 206, "Gregory Tan", "SerifB", 30, "c", "#111111")
    T(c, W / 2, H - 232, "has completed the compliance training course", "Sans", 11, "c", "#444444")
    P(c, W / 2, H - 262, "HIPAA Privacy & Security Awareness for Healthcare Workers (2025 Edition)", "SansB", 17, 520, 1.25, "c", navy)
    xs = [W / 2 - 240, W / 2 - 80, W / 2 + 80, W / 2 + 240]
    for x, (k, v) in zip(xs, [("Completion Date", "1/27/2025"), ("CE Hours", "1.0"), ("Valid Through", "1/27/2026"),
                              ("Certificate ID", "PCP-88231-HX")]):
        T(c, x, H - 340, v, "SansB", 12, "c", "#111111")
        rule(c, x - 62, H - 348, x + 62, H - 348, cyan, 1)
        T(c, x, H - 361, k, "Sans", 8.5, "c", "#555555")
    signline(c, W / 2, 150, 220, R, ["Adrienne Koenig, CHPC", "Chief Compliance Officer"], "Sans", 8.5)
    P(c, W / 2, 92, "Annual HIPAA workforce training satisfies the training requirement of 45 CFR \u00a7164.530(b). "
      "Keep this certificate with your employment records.", "Sans", 7.5, 480, 1.3, "c", "#666666")
    T(c, W / 2, 30, "\u00a9 2025 Privasure Compliance Partners, LLC  \u00b7  1-800-555-0148  \u00b7  privasure.example",
      "Sans", 7.5, "c", "#ffffff")


def t11(c, W, H, R):
    wine, gold = "#5a1e2c", "#9c7a35"
    filled(c, 0, 0, W, H, "#fdf9f1")
    rect(c, 28, 28, W - 56, H - 56, wine, None, 6)
    rect(c, 40, 40, W - 80, H - 80, gold, None, 0.8)
    rect(c, 44, 44, W - 88, H - 88, gold, None, 0.4)
    T(c, W / 2, H - 96, "CERTIFICATE OF CONTINUING EDUCATION", "Serif", 11, "c", wine, spacing=3)
    T(c, W / 2, H - 180, "Harriet Ngozi Abernathy", "SerifBI", 44, "c", "#1a1a1a")
    rule(c, W / 2 - 260, H - 196, W / 2 + 260, H - 196, gold, 0.8)
    T(c, W / 2, H - 222, "in recognition of attendance at the chapter education program", "SerifI", 11, "c", "#555555")
    smallcaps(c, W / 2, H - 256, "Navigating Workplace Conflict with Professionalism", "Serif", 17, "c", wine)
    T(c, W / 2, H - 284, "Saturday, 8 February 2025  \u00b7  Puyallup, Washington", "Serif", 11, "c")
    P(c, W / 2, H - 330, "This activity, offered by the Cedar Sound Chapter of Medical Assistants, has been approved by "
      "the AAMA for 2.0 AAMA CEUs (general).", "Serif", 10.5, 500, 1.4, "c", "#333333")
    signline(c, 230, 112, 200, R, ["Marguerite Olsen, CMA (AAMA)", "CEU Coordinator"], "Serif", 8.5)
    signline(c, W - 230, 112, 200, R, ["Tanya Brooks, CMA (AAMA)", "Program Chair"], "Serif", 8.5)
    starburst(c, W / 2, 118, 34, wine, "", "2.0\nCEU", 36, "#f3e6c8")


def t12(c, W, H, R):
    indigo, mint = "#312e81", "#10b981"
    filled(c, 0, 0, 210, H, indigo)
    filled(c, 210, 0, 5, H, mint)
    c.setFillColorRGB(*rgb(mint))
    c.circle(60, H - 70, 16, stroke=0, fill=1)
    c.setFillColorRGB(*rgb(indigo))
    c.circle(60, H - 70, 7, stroke=0, fill=1)
    T(c, 84, H - 67, "ClinicalPath", "SansB", 15, "l", "#ffffff")
    T(c, 84, H - 82, "CE", "Sans", 11, "l", "#a7f3d0")
    y = H - 160
    for k, v in [("REGISTERED", "04/21/2025"), ("COMPLETED ON", "05/06/2025"), ("CERTIFICATE GENERATED", "05/07/2025"),
                 ("CONTACT HOURS", "1.5"), ("ORDER", "CP-221908")]:
        T(c, 40, y, k, "Sans", 7.5, "l", "#a5b4fc")
        T(c, 40, y - 15, v, "SansB", 12, "l", "#ffffff")
        y -= 46
    T(c, 40, 52, "clinicalpath.example/verify", "Sans", 7.5, "l", "#c7d2fe")
    x = 255
    T(c, x, H - 100, "Certificate of Completion", "SansB", 28, "l", indigo)
    T(c, x, H - 140, "Congratulations,", "Sans", 12, "l", "#444444")
    T(c, x, H - 176, "Marcus J. Delacroix-Hale", "SansB", 26, "l", "#111111")
    T(c, x, H - 206, "You completed the self-paced course", "Sans", 11, "l", "#444444")
    y = P(c, x, H - 234, "Adult Immunization Update: Shingles, RSV and Pneumococcal Vaccines", "SerifB", 17, 470, 1.25)
    rect(c, x, y - 70, 480, 58, "#f59e0b", "#fffbeb", 0.8, 4)
    P(c, x + 12, y - 28, "AAMA CEU approval for this course is pending. If approval is granted, an updated certificate "
      "will be issued to you automatically. This certificate documents 1.5 contact hours of continuing education.",
      "Sans", 8.5, 456, 1.35, "l", "#78350f")
    signline(c, x, 100, 200, R, ["Dr. Lena Ferris, PharmD", "Chief Learning Officer, ClinicalPath CE"], "Sans", 8.5, "l")


def t13(c, W, H, R):
    T(c, 50, H - 58, "LAKEHAVEN REGIONAL HOSPITAL", "SansB", 14, "l", "#1e3a5f")
    T(c, 50, H - 72, "Staff Development & Education", "Sans", 9.5, "l")
    T(c, W - 50, H - 58, "Form SDE-14", "Sans", 8.5, "r", "#555555")
    T(c, W - 50, H - 70, "Rev. 03/2023", "Sans", 8.5, "r", "#555555")
    rule(c, 50, H - 82, W - 50, H - 82, "#1e3a5f", 1.2)
    T(c, W / 2, H - 112, "IN-SERVICE EDUCATION RECORD", "SansB", 15, "c")
    rows = [("Employee name", "Priscilla Ndiaye"), ("Employee #", "0048213"),
            ("Job title", "Certified Medical Assistant"), ("Department", "Family Medicine Clinic \u2013 Westside"),
            ("Program title", "Hand Hygiene Compliance and Glove Use"),
            ("Presented by", "Infection Prevention & Control"), ("Date of program", "07/22/2025"),
            ("Length of program", "1 hr 15 min"), ("Credit type", "Attendance hours (non-accredited)"),
            ("Location", "Education Center, Room B")]
    y = H - 140
    for k, v in rows:
        rect(c, 50, y - 22, 160, 24, "#777777", "#eef2f7", 0.5)
        rect(c, 210, y - 22, W - 260, 24, "#777777", None, 0.5)
        T(c, 58, y - 14, k, "SansB", 9)
        T(c, 218, y - 14, v, "Sans", 10)
        y -= 24
    y -= 22
    T(c, 50, y, "Objectives:", "SansB", 9)
    for i, o in enumerate(["Identify the five moments for hand hygiene.",
                           "Select the correct hand-hygiene method for the situation.",
                           "Demonstrate correct donning and removal of exam gloves."]):
        T(c, 64, y - 15 - i * 13, f"{i + 1}. {o}", "Sans", 9)
    y -= 70
    T(c, 50, y, "I attended the program described above.", "Sans", 9)
    scribble(c, 60, y - 38, 140, R)
    rule(c, 50, y - 40, 260, y - 40)
    T(c, 50, y - 52, "Employee signature", "Sans", 8, "l", "#555555")
    T(c, 290, y - 36, "07/22/2025", "Sans", 10)
    rule(c, 280, y - 40, 380, y - 40)
    T(c, 280, y - 52, "Date", "Sans", 8, "l", "#555555")
    scribble(c, 60, y - 98, 140, R)
    rule(c, 50, y - 100, 260, y - 100)
    T(c, 50, y - 112, "Educator signature  (Colleen Baptiste, RN, CIC)", "Sans", 8, "l", "#555555")
    T(c, 290, y - 96, "07/29/2025", "Sans", 10)
    rule(c, 280, y - 100, 380, y - 100)
    T(c, 280, y - 112, "Date", "Sans", 8, "l", "#555555")
    T(c, W / 2, 40, "Original to Staff Development; copy to employee. Retain per HR policy 4.12.", "Sans", 7, "c", "#777777")


def t14(c, W, H, R):
    orange, grey = "#ea580c", "#3f3f46"
    filled(c, 0, 0, W, H, "#fafafa")
    filled(c, 0, 0, W, 70, grey)
    c.setFillColorRGB(*rgb(orange))
    for i in range(4):
        c.rect(50 + i * 9, H - 80 + i * 7, 6, 30 - i * 7, stroke=0, fill=1)
    T(c, 96, H - 64, "ORIVEX", "SansB", 24, "l", grey, spacing=2)
    T(c, 96, H - 78, "DIAGNOSTICS", "Sans", 9, "l", orange, spacing=3.5)
    T(c, W - 50, H - 62, "Customer Training Program", "Sans", 10, "r", grey)
    T(c, 60, H - 150, "Certificate of Training", "SansB", 30, "l", "#111111")
    T(c, 60, H - 186, "Awarded to", "Sans", 11, "l", "#555555")
    T(c, 60, H - 216, "Jolene Whitehorse, RMA", "SansB", 24, "l", orange)
    T(c, 60, H - 246, "for successfully completing operator training on", "Sans", 11, "l", "#555555")
    P(c, 60, H - 274, "A1Now Point-of-Care HbA1c Analyzer: Operator Training", "SansB", 18, 560, 1.2, "l", "#111111")
    kv_rows(c, 60, H - 318, [("Trained on", "2025-08-05"), ("Site", "Riverside Internal Medicine, Suite 210"),
                             ("Analyzer serial no.", "A1N-3309-7715"), ("Competency", "Observed \u2013 satisfactory")],
            130, "Sans", "SansB", 10, 17)
    P(c, 60, H - 400, "This training is product-specific and does not carry continuing-education credit. Operators "
      "should complete competency re-assessment every 12 months.", "SansI", 9, 560, 1.35, "l", "#555555")
    signline(c, W - 250, 110, 200, R, ["Brent Nakamura", "Clinical Applications Specialist", "Orivex Diagnostics, Inc."],
             "Sans", 8.5, "l")
    T(c, 50, 30, "Orivex Diagnostics, Inc.  \u00b7  800 Innovation Way, Durham, NC 27799", "Sans", 8, "l", "#e4e4e7")
    T(c, W - 50, 30, "Doc. TRN-A1N-CERT-02", "Sans", 8, "r", "#a1a1aa")


def t15(c, W, H, R):
    forest, bark = "#2f5233", "#7a5c3a"
    filled(c, 0, 0, W, H, "#fffef8")
    for k in range(3):
        rect(c, 24 + k * 5, 24 + k * 5, W - 48 - k * 10, H - 48 - k * 10, forest if k != 1 else bark, None, 1.4 - k * 0.4)
    leaf_y = H - 80
    for i in range(9):
        x = W / 2 - 60 + i * 15
        c.setFillColorRGB(*rgb(forest))
        c.ellipse(x - 4, leaf_y - 8 + abs(i - 4) * 2, x + 4, leaf_y + 8 + abs(i - 4) * 2, stroke=0, fill=1)
    T(c, W / 2, H - 112, "Laurel Fork Chapter of Medical Assistants", "SerifB", 16, "c", forest)
    T(c, W / 2, H - 160, "Certificate of Attendance", "SerifBI", 30, "c")
    T(c, W / 2, H - 194, "Ashley Rae Gutierrez", "SerifB", 24, "c", bark)
    T(c, W / 2, H - 218, "attended the", "SerifI", 11, "c", "#555555")
    T(c, W / 2, H - 244, "Fall Clinical Skills Workshop", "SerifB", 20, "c", forest)
    T(c, W / 2, H - 264, "October 18, 2025  \u00b7  Mountain Valley Medical Pavilion, Blacksburg, Virginia", "Serif", 10.5, "c")
    x0 = 120
    T(c, x0, H - 300, "Morning sessions", "SansB", 9, "l", forest)
    for i, s in enumerate(["8:30  Injection Techniques Revisited: IM, Subcutaneous and Intradermal",
                           "9:30  Capillary Puncture in Infants and Older Adults"]):
        T(c, x0, H - 314 - i * 12, s, "Sans", 8.5)
    T(c, x0, H - 346, "Afternoon", "SansB", 9, "l", forest)
    T(c, x0, H - 360, "1:00  Exhibitor Showcase and Product Demonstrations", "Sans", 8.5)
    rect(c, W - 300, H - 372, 190, 80, forest, "#f1f5ec", 0.8)
    T(c, W - 205, H - 316, "Total AAMA CEUs awarded", "SansB", 9, "c", forest)
    T(c, W - 205, H - 344, "2.0  (Clinical)", "SerifB", 18, "c")
    P(c, W / 2, H - 400, "AAMA CEU approval applies only to the morning sessions (8:30 a.m.\u201310:30 a.m.). The afternoon "
      "exhibitor showcase is not eligible for CEUs. This program has been approved by the American Association of "
      "Medical Assistants for 2.0 AAMA CEUs.", "Serif", 8.5, 520, 1.35, "c", "#444444")
    signline(c, 220, 96, 190, R, ["Dolores Heflin, CMA (AAMA)", "Chapter President"], "Sans", 8)
    signline(c, W - 220, 96, 190, R, ["Renata Sykes, CMA (AAMA)", "Workshop Coordinator"], "Sans", 8)


def t16(c, W, H, R):
    blue = "#1e40af"
    filled(c, 0, H - 8, W, 8, blue)
    T(c, 72, H - 64, "Harrowgate", "SerifB", 24, "l", blue)
    T(c, 72, H - 80, "LEARNING INSTITUTE", "Sans", 8.5, "l", "#475569", spacing=3)
    rect(c, W - 150, H - 92, 78, 40, blue, None, 1.2)
    T(c, W - 111, H - 70, "IACET", "SansB", 13, "c", blue)
    T(c, W - 111, H - 84, "Accredited Provider", "Sans", 6, "c", blue)
    T(c, 72, H - 150, "Statement of Completion", "SerifB", 20, "l")
    y = P(c, 72, H - 190, "Harrowgate Learning Institute certifies that Priya Raman successfully completed "
          "\u201cMedical Spanish for Clinical Staff, Level I,\u201d a three-day instructor-led course held Sep 9\u201311, "
          "2025, and is awarded 2.1 CEUs (21 contact hours).", "Serif", 12.5, W - 144, 1.55)
    y = P(c, 72, y - 12, "The course addressed greetings and intake interviews, medication and allergy history, pain "
          "assessment and basic discharge instructions, with role-play practice each afternoon.", "Serif", 11, W - 144, 1.5, "l", "#333333")
    y = kv_rows(c, 72, y - 22, [("Course number", "HLI-LAN-104"), ("Delivery", "Classroom, Columbus campus"),
                                ("Final assessment", "Passed"), ("Date of issue", "September 15, 2025")],
                130, "Sans", "SansB", 10, 17)
    P(c, 72, y - 18, "Harrowgate Learning Institute is accredited by the International Accreditors for Continuing "
      "Education and Training (IACET) and offers IACET CEUs for its learning events that comply with the ANSI/IACET "
      "Continuing Education and Training Standard. Accreditation valid through 12/31/2027.",
      "Sans", 8, W - 144, 1.4, "l", "#475569")
    signline(c, 72, 130, 210, R, ["Eleanor Whitcombe, PhD", "Dean of Professional Studies"], "Sans", 8.5, "l")
    T(c, W / 2, 46, "Harrowgate Learning Institute  \u00b7  77 Livingston Ave, Columbus, OH 43299", "Sans", 7.5, "c", "#64748b")


def t17(c, W, H, R):
    sky, sand = "#0e7490", "#d6b37a"
    filled(c, 0, 0, W, H, "#ffffff")
    filled(c, 0, H - 90, W, 90, "#f0f9ff")
    logo_mountains(c, 46, H - 70, 52, sky, sand)
    T(c, 108, H - 46, "Blue Mesa", "SerifB", 20, "l", sky)
    T(c, 108, H - 62, "Medical Assisting Education", "Sans", 10, "l", "#155e75")
    T(c, W - 40, H - 46, "Course #: BM-ADM-118", "Mono", 9, "r", "#334155")
    T(c, W - 40, H - 60, "Transcript line 44", "Mono", 9, "r", "#334155")
    T(c, W / 2, H - 138, "Certificate of Completion", "SansB", 26, "c", "#0f172a")
    T(c, W / 2, H - 166, "Jasmine Oyelaran-Price", "Serif", 24, "c", sky)
    T(c, W / 2, H - 190, "has completed the e-learning course", "Sans", 10.5, "c", "#475569")
    y = P(c, W / 2, H - 218, "Front Office Revenue Protection: Insurance Eligibility Verification, Copay Collection, and "
          "Patient Financial Responsibility Conversations", "SansB", 17, 420, 1.25, "c", "#0f172a")
    filled(c, W / 2 - 230, y - 42, 460, 34, "#ecfeff")
    T(c, W / 2, y - 30, "AAMA CEUs: 1.0   |   Category: Administrative", "SansB", 12, "c", sky)
    kv_rows(c, W / 2 - 150, y - 66, [("Date completed:", "2025-06-30"), ("Date issued:", "2025-07-01"),
                                      ("Post-test score:", "88%")], 120, "Sans", "SansB", 10, 15)
    P(c, W / 2, 112, "This course has been approved by the American Association of Medical Assistants for 1.0 AAMA CEU "
      "in the administrative category.", "Sans", 8, 460, 1.3, "c", "#475569")
    signline(c, W / 2, 72, 200, R, ["Hollis Begay, CMA (AAMA), MBA", "Education Director"], "Sans", 7.5)


def t18(c, W, H, R):
    ink, accent = "#0b1020", "#f5c451"
    filled(c, 0, 0, W, H, ink)
    c.setStrokeColorRGB(*rgb(accent))
    c.setLineWidth(0.5)
    for i in range(14):
        c.circle(W - 40, H - 40, 30 + i * 12, stroke=1, fill=0)
    filled(c, 0, 0, W, 8, accent)
    T(c, 60, H - 70, "NORTHBEAM", "SansB", 16, "l", accent, spacing=4)
    T(c, 60, H - 84, "HEALTH LEARNING", "Sans", 8, "l", "#e5e7eb", spacing=3)
    T(c, 60, H - 160, "Certificate of Achievement", "Serif", 30, "l", "#ffffff")
    T(c, 60, H - 196, "PROUDLY PRESENTED TO", "Sans", 8.5, "l", "#9ca3af", spacing=2)
    T(c, 60, H - 232, "Oksana Petrenko", "SerifB", 32, "l", accent)
    T(c, 60, H - 262, "for completing", "Sans", 10.5, "l", "#d1d5db")
    y = P(c, 60, H - 290, "Medication Reconciliation: Avoiding Errors at Intake", "SansB", 18, 520, 1.25, "l", "#ffffff")
    T(c, 60, y - 14, "2 CE hours", "SansB", 13, "l", accent)
    T(c, 60, y - 34, "Completed: Mar. 4th, 2025", "Sans", 11, "l", "#e5e7eb")
    T(c, 60, y - 50, "Transcript updated: Mar. 5th, 2025", "Sans", 8.5, "l", "#9ca3af")
    signline(c, W - 300, 92, 200, R, ["Caleb Morrow, MSN", "Chief Academic Officer"], "Sans", 8.5, "l", "#e5e7eb")
    T(c, 60, 40, "Certificate ID NB-9F31-22A8  \u00b7  northbeam.example/verify", "Sans", 7.5, "l", "#9ca3af")


# ============================================================================ photos (drawn, then photographed)
def i01(c, W, H, R):
    brown, gold = "#5b3a1e", "#c08b2c"
    filled(c, 0, 0, W, H, "#fffaf0")
    guilloche_band(c, 24, H - 50, W - 24, H - 24, brown, R, 5)
    guilloche_band(c, 24, 24, W - 24, 50, brown, R, 5)
    rect(c, 24, 24, W - 48, H - 48, brown, None, 2)
    T(c, W / 2, H - 92, "SANDHILL ALLIED HEALTH ACADEMY", "SerifB", 15, "c", brown, spacing=1.5)
    T(c, W / 2, H - 148, "Certificate of Completion", "SerifBI", 34, "c", "#222222")
    T(c, W / 2, H - 184, "awarded to", "SerifI", 12, "c", "#555555")
    T(c, W / 2, H - 222, "Brianna Leclerc", "SerifB", 30, "c", brown)
    T(c, W / 2, H - 252, "for the successful completion of", "SerifI", 12, "c", "#555555")
    T(c, W / 2, H - 286, "Wound Irrigation and Dressing Changes", "SerifB", 22, "c")
    T(c, W / 2, H - 322, "Completed April 3, 2025", "Serif", 13, "c")
    T(c, W / 2, H - 344, "Approved for 1.0 AAMA CEU \u2014 Clinical", "SerifB", 13, "c", brown)
    signline(c, 200, 100, 200, R, ["Clarissa Dunmore, RN, BSN", "Lead Instructor"], "Sans", 9)
    starburst(c, W - 190, 118, 44, gold, "SANDHILL ACADEMY", "AAMA\nCEU")


def i02(c, W, H, R):
    teal = "#0d9488"
    filled(c, 0, H - 120, W, 120, teal)
    T(c, 54, H - 64, "Brightpath", "SansB", 26, "l", "#ffffff")
    T(c, 54, H - 84, "CLINICAL EDUCATION", "Sans", 10, "l", "#ccfbf1", spacing=3)
    c.setFillColorRGB(1, 1, 1)
    c.circle(W - 90, H - 60, 26, stroke=0, fill=1)
    c.setFillColorRGB(*rgb(teal))
    c.circle(W - 90, H - 60, 14, stroke=0, fill=1)
    T(c, W / 2, H - 190, "Certificate of Completion", "SansB", 28, "c", "#111111")
    T(c, W / 2, H - 226, "This certifies that", "Sans", 13, "c", "#444444")
    T(c, W / 2, H - 266, "Hannah Steele", "SansB", 30, "c", teal)
    T(c, W / 2, H - 300, "attended the live webinar", "Sans", 13, "c", "#444444")
    y = P(c, W / 2, H - 338, "Pediatric Vital Signs: Normal Ranges and Technique", "SansB", 21, 460, 1.25, "c")
    kv_rows(c, W / 2 - 140, y - 30, [("Webinar date", "06/11/2025"), ("NHA CE Credit", "1.0"), ("Issued", "06/12/2025")],
            150, "Sans", "SansB", 13, 24)
    P(c, W / 2, 170, "This program is approved by the National Healthcareer Association (NHA) for 1.0 continuing "
      "education credit.", "Sans", 10, 440, 1.35, "c", "#444444")
    signline(c, W / 2, 100, 220, R, ["Rafael Ortiz, CCMA, CPT", "Director of Learning"], "Sans", 10)


def i03(c, W, H, R):
    green = "#166534"
    filled(c, 0, 0, W, H, "#fbfff8")
    rect(c, 30, 30, W - 60, H - 60, green, None, 3)
    rect(c, 40, 40, W - 80, H - 80, green, None, 0.8)
    logo_cross(c, W / 2, H - 104, 24, green, "#fbfff8")
    T(c, W / 2, H - 152, "Red de Salud Comunitaria Los Álamos", "SerifB", 17, "c", green)
    T(c, W / 2, H - 210, "Certificado de finalización", "SerifB", 30, "c", "#1f2937")
    T(c, W / 2, H - 250, "Otorgado a", "SerifI", 13, "c", "#555555")
    T(c, W / 2, H - 290, "Guadalupe Ortega Ruiz", "SerifB", 28, "c", green)
    T(c, W / 2, H - 322, "por haber completado satisfactoriamente el curso", "SerifI", 13, "c", "#555555")
    P(c, W / 2, H - 360, "Prevención de Infecciones en el Consultorio", "SerifB", 22, 460, 1.25, "c")
    kv_rows(c, W / 2 - 120, H - 430, [("Fecha:", "27/08/2025"), ("Horas de contacto:", "2")], 170, "Serif", "SerifB", 14, 24)
    signline(c, W / 2, 150, 230, R, ["Lic. Marisa Fuentes", "Coordinadora de Capacitación"], "Sans", 10)
    T(c, W / 2, 70, "Constancia N.\u00ba 2025-0827-031", "Sans", 9, "c", "#666666")


def i04(c, W, H, R):
    navy, sage = "#1e3a5f", "#8a9a5b"
    filled(c, 0, 0, W, H, "#fdfcf7")
    scallop_border(c, W, H, navy, sage, 20)
    T(c, W / 2, H - 98, "Sagebrush State Society of Medical Assistants", "SerifB", 17, "c", navy)
    T(c, W / 2, H - 150, "Certificate of Attendance", "SerifBI", 32, "c")
    T(c, W / 2, H - 190, "Monique Fairbanks", "SerifB", 28, "c", navy)
    T(c, W / 2, H - 220, "attended the", "SerifI", 13, "c", "#555555")
    T(c, W / 2, H - 252, "Leadership Summit 2025", "SerifB", 24, "c")
    T(c, W / 2, H - 280, "June 6\u20137, 2025  \u00b7  Reno, Nevada", "Serif", 13, "c")
    T(c, W / 2, H - 316, "2.5 AAMA CEUs  (General)", "SerifB", 15, "c", navy)
    P(c, W / 2, H - 342, "Approved by the American Association of Medical Assistants. Approval #82290.",
      "Serif", 10, 460, 1.3, "c", "#444444")
    signline(c, 220, 100, 190, R, ["Patrice Holm, CMA (AAMA)", "President"], "Sans", 9)
    signline(c, W - 220, 100, 190, R, ["Dana Aguilar, CMA (AAMA)", "Secretary"], "Sans", 9)


def i05(c, W, H, R):
    yellow, black = "#facc15", "#111111"
    filled(c, 0, 0, W, H, "#ffffff")
    for i in range(0, int(W) + 60, 28):
        c.setFillColorRGB(*rgb(yellow))
        p = c.beginPath()
        p.moveTo(i, H)
        p.lineTo(i + 14, H)
        p.lineTo(i - 6, H - 26)
        p.lineTo(i - 20, H - 26)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    filled(c, 0, H - 26, W, 2, black)
    shield(c, 86, H - 96, 54, black, "IWS", yellow)
    T(c, 130, H - 84, "IRONCLAD WORKPLACE SAFETY TRAINING", "SansB", 15, "l", black)
    T(c, 130, H - 100, "OSHA Compliance \u00b7 Healthcare \u00b7 General Industry", "Sans", 10, "l", "#444444")
    T(c, W / 2, H - 176, "CERTIFICATE OF TRAINING", "SansB", 26, "c", black, spacing=1.5)
    T(c, W / 2, H - 214, "Ramón Espinoza", "SansB", 26, "c", "#92400e")
    T(c, W / 2, H - 242, "has completed", "Sans", 12, "c", "#444444")
    T(c, W / 2, H - 274, "Hazard Communication (GHS) for Clinic Staff", "SansB", 20, "c", black)
    kv_rows(c, W / 2 - 150, H - 320, [("Training date:", "09/23/2025"), ("Training duration:", "90 minutes"),
                                      ("Trainer:", "Walt Simmons, CSP")], 150, "Sans", "SansB", 12, 20)
    P(c, W / 2, 120, "Training covered labels, pictograms, safety data sheets and the employer's written hazard "
      "communication program (29 CFR 1910.1200).", "Sans", 9, 480, 1.35, "c", "#555555")
    T(c, W / 2, 60, "Certificate #IWS-25-4471", "Sans", 9, "c", "#666666")


def i06(c, W, H, R):
    green = "#3f6212"
    c.setFillColorRGB(*rgb(green))
    for i in range(3):
        c.ellipse(60 + i * 12, H - 90 + i * 6, 84 + i * 12, H - 60 + i * 6, stroke=0, fill=1)
    T(c, 120, H - 70, "Green Hollow Health Partners", "SerifB", 16, "l", green)
    T(c, 120, H - 86, "Office of Learning & Organizational Development", "Sans", 9.5, "l", "#444444")
    rule(c, 60, H - 104, W - 60, H - 104, green, 1)
    y = H - 150
    T(c, 72, y, "February 3, 2025", "Serif", 12)
    y -= 40
    T(c, 72, y, "Dear Ms. Abara,", "Serif", 12)
    y -= 28
    y = P(c, 72, y, "This letter confirms that you completed the workshop \u201cMotivational Interviewing Basics for "
          "Care Team Members\u201d on January 14, 2025, offered by Green Hollow Health Partners at the Brookside "
          "Clinic Learning Center.", "Serif", 12, W - 144, 1.55)
    y -= 10
    y = P(c, 72, y, "You attended the full program and are awarded 3.0 contact hours. Please retain this letter for "
          "your records; it may be submitted to your certifying organization as documentation of continuing education.",
          "Serif", 12, W - 144, 1.55)
    y -= 30
    T(c, 72, y, "With appreciation,", "Serif", 12)
    scribble(c, 76, y - 46, 150, R)
    T(c, 72, y - 66, "Theresa Lindqvist, MA", "Serif", 12)
    T(c, 72, y - 82, "Learning Specialist", "Serif", 12)


def i07(c, W, H, R):
    blue = "#1d4ed8"
    filled(c, 0, 0, W, H, "#ffffff")
    rect(c, 30, 30, W - 60, H - 60, "#cbd5e1", None, 1)
    filled(c, 30, H - 90, W - 60, 60, "#eff6ff")
    logo_drop(c, 62, H - 68, 22, blue)
    T(c, 84, H - 56, "Clearpath Revenue Cycle Academy", "SansB", 15, "l", blue)
    T(c, 84, H - 72, "Online courses for the business side of medicine", "Sans", 9, "l", "#475569")
    T(c, W - 50, H - 56, "Course code: CRA-PA-210", "Mono", 9.5, "r")
    T(c, W - 50, H - 70, "Enrollment ID: 55-10932", "Mono", 9.5, "r")
    T(c, W / 2, H - 150, "CERTIFICATE OF COMPLETION", "SansB", 24, "c", "#0f172a", spacing=1)
    T(c, W / 2, H - 190, "Kimberly A. Osei", "Serif", 28, "c")
    T(c, W / 2, H - 220, "completed the online course", "Sans", 12, "c", "#475569")
    T(c, W / 2, H - 256, "Prior Authorization Workflows for the Medical Office", "SansB", 20, "c", "#0f172a")
    T(c, W / 2, H - 300, "Completion date: 2025-10-02", "Sans", 13, "c")
    T(c, W / 2, H - 322, "AAMA CEUs: 0.5    Category: Administrative", "SansB", 13, "c", blue)
    P(c, W / 2, H - 350, "Approved by the American Association of Medical Assistants for 0.5 AAMA CEU.",
      "Sans", 9.5, 480, 1.3, "c", "#475569")
    signline(c, W / 2, 90, 220, R, ["Sandra Kim, CPC, CMA (AAMA)", "Academy Director"], "Sans", 9)


def i08(c, W, H, R):
    red = "#9f1239"
    T(c, W / 2, H - 70, "RED ROCK BASIN COMMUNITY COLLEGE", "SerifB", 15, "c", red, spacing=1)
    T(c, W / 2, H - 88, "Continuing Education & Community Programs", "Serif", 10.5, "c")
    rule(c, 70, H - 100, W - 70, H - 100, red, 1.5)
    T(c, W / 2, H - 160, "Certificate of Completion", "SerifB", 28, "c")
    T(c, W / 2, H - 200, "Devon Hartwell", "SerifBI", 28, "c", red)
    T(c, W / 2, H - 232, "has completed the one-hour webinar", "Serif", 13, "c", "#444444")
    P(c, W / 2, H - 270, "Opioid Safety and Naloxone Basics", "SerifB", 22, 440, 1.25, "c")
    T(c, W / 2, H - 320, "on Nov. 12, 2025", "Serif", 13, "c")
    T(c, W / 2, H - 350, "0.1 IACET CEU", "SerifB", 15, "c", red)
    P(c, W / 2, H - 380, "Red Rock Basin Community College is an IACET Accredited Provider and is authorized to offer "
      "IACET CEUs for its programs that qualify under the ANSI/IACET Standard.", "Serif", 10, 440, 1.35, "c", "#555555")
    signline(c, W / 2, 140, 220, R, ["Marcia Yellowhorse", "Director, Continuing Education"], "Sans", 9.5)


# ============================================================================ scans (drawn, then scanned)
def s01(c, W, H, R):
    T(c, W / 2, H - 80, "Tri-Lakes Chapter of Medical Assistants", "SerifB", 18, "c")
    T(c, W / 2, H - 98, "Monthly Education Meeting", "SerifI", 12, "c", "#333333")
    rule(c, 80, H - 110, W - 80, H - 110, "#000000", 1)
    T(c, W / 2, H - 170, "CERTIFICATE OF ATTENDANCE", "SerifB", 22, "c", spacing=1.5)
    T(c, W / 2, H - 214, "Name:  Rochelle Dupree, CMA (AAMA)", "Serif", 14, "c")
    T(c, W / 2, H - 250, "Program:", "SerifB", 12, "c")
    T(c, W / 2, H - 272, "Cultural Humility in Patient Care", "SerifB", 18, "c")
    T(c, W / 2, H - 310, "Date:  02/11/2025", "Serif", 13, "c")
    T(c, W / 2, H - 332, "Speaker:  Imani Prescott, LCSW", "Serif", 12, "c")
    P(c, W / 2, H - 380, "This program has been approved by the American Association of Medical Assistants (AAMA) "
      "for 1.0 AAMA CEU in the general category. AAMA approval #80532.", "Serif", 11, 440, 1.45, "c")
    signline(c, W / 2, 200, 230, R, ["Lorna Pettibone, CMA (AAMA)", "Chapter CEU Chair"], "Serif", 10)
    T(c, W / 2, 90, "Keep this certificate for five years for recertification audit purposes.", "SerifI", 9, "c")


def s02(c, W, H, R):
    T(c, 50, H - 60, "BAYFRONT MEDICAL CENTER", "SansB", 15, "l")
    T(c, 50, H - 76, "Education Department", "Sans", 10, "l")
    T(c, W - 50, H - 60, "In-Service Sign-Off", "SansB", 11, "r")
    rule(c, 50, H - 88, W - 50, H - 88, "#000000", 1)
    rows = [("Topic", "Emergency Cart Check and Code Response Roles"), ("Date", "3/19/2025"),
            ("Time", "07:30 \u2013 08:30"), ("Length", "60 minutes"), ("Instructor", "G. Ferreira, RN, CEN"),
            ("Unit/Clinic", "Bayfront Primary Care \u2013 Harbor St.")]
    y = H - 120
    for k, v in rows:
        T(c, 60, y, k + ":", "SansB", 10.5)
        T(c, 170, y, v, "Sans", 10.5)
        rule(c, 165, y - 4, W - 60, y - 4, "#555555", 0.4)
        y -= 24
    y -= 16
    T(c, 60, y, "Attendee", "SansB", 9.5)
    T(c, 280, y, "Title", "SansB", 9.5)
    T(c, 420, y, "Initials", "SansB", 9.5)
    rule(c, 55, y - 5, W - 55, y - 5, "#000000", 0.7)
    y -= 22
    T(c, 60, y, "Nadia Perkins", "Sans", 10.5)
    T(c, 280, y, "Medical Assistant", "Sans", 10.5)
    T(c, 428, y, "NP", "SerifBI", 12, "l", "#1b2a6e")
    rule(c, 55, y - 6, W - 55, y - 6, "#999999", 0.4)
    y -= 30
    P(c, 60, y, "Credit: attendance hours only; this in-service is not accredited for continuing-education credit "
      "outside Bayfront Medical Center.", "Sans", 9, W - 120, 1.4)
    signline(c, 60, 150, 200, R, ["Educator: Gloria Ferreira, RN, CEN", "Clinical Educator, Emergency Services"], "Sans", 9, "l")
    T(c, 60, 70, "Filed with Staff Education 3/25/2025", "Sans", 8, "l", "#444444")


def s03(c, W, H, R):
    T(c, W / 2, H - 54, "KETTLE RIVER COMMUNITY COLLEGE", "MonoB", 13, "c")
    T(c, W / 2, H - 68, "OFFICE OF THE REGISTRAR - UNOFFICIAL ACADEMIC RECORD", "Mono", 9, "c")
    rule(c, 40, H - 76, W - 40, H - 76, "#000000", 0.8)
    lines = [
        "STUDENT: ALVAREZ, TERESA J            ID: 0772-41930",
        "PROGRAM: MEDICAL ASSISTING, A.A.S.    PRINTED: 06/02/2025",
        "",
        "TERM: SPRING 2025        01/13/2025 - 05/09/2025",
        "",
        "COURSE     TITLE                            CR    GRADE",
        "---------  -------------------------------  ----  -----",
        "MA 152     CLINICAL PROCEDURES II           4.0   A",
        "",
        "TERM CREDITS ATTEMPTED: 4.0   EARNED: 4.0   TERM GPA: 4.00",
        "GRADES POSTED: 05/14/2025",
        "",
        "*** END OF RECORD EXTRACT ***",
    ]
    y = H - 104
    for s in lines:
        T(c, 50, y, s, "Mono", 9.5)
        y -= 14
    P(c, 50, y - 20, "This extract lists only the course requested by the student. Credit hours are semester credit "
      "hours. An official transcript bears the registrar's raised seal.", "Mono", 8, W - 100, 1.4)
    T(c, 50, 60, "Requested by student for employer continuing-education file.", "Mono", 8)


def s04(c, W, H, R):
    rect(c, 30, 30, W - 60, H - 60, "#000000", None, 2.5)
    rect(c, 38, 38, W - 76, H - 76, "#000000", None, 0.6)
    T(c, W / 2, H - 84, "Magnolia State Society of Medical Assistants", "SerifB", 18, "c")
    T(c, W / 2, H - 126, "Certificate of Attendance", "SerifBI", 28, "c")
    T(c, W / 2, H - 162, "Lashonda Greer", "SerifB", 24, "c")
    T(c, W / 2, H - 186, "attended the", "SerifI", 11, "c")
    T(c, W / 2, H - 212, "2025 Regional Education Day", "SerifB", 20, "c")
    T(c, W / 2, H - 234, "Saturday, November 8, 2025  \u2014  Jackson, Mississippi", "Serif", 11, "c")
    x0 = W / 2 - 140
    y0 = H - 262
    T(c, x0, y0, "AAMA CEUs awarded:", "SerifB", 11)
    for i, (k, v) in enumerate([("Administrative", "1.5"), ("Clinical", "2.0"), ("Total", "3.5")]):
        T(c, x0 + 30, y0 - 18 - i * 16, k, "SerifB" if k == "Total" else "Serif", 11)
        T(c, x0 + 250, y0 - 18 - i * 16, v, "SerifB" if k == "Total" else "Serif", 11, "r")
    rule(c, x0 + 30, y0 - 38.5, x0 + 250, y0 - 38.5, "#000000", 0.5)
    P(c, W / 2, y0 - 84, "This program has been approved by the American Association of Medical Assistants for 3.5 "
      "AAMA CEUs.", "Serif", 9.5, 480, 1.3, "c")
    signline(c, 200, 84, 190, R, ["Vernita Loyd, CMA (AAMA)", "Education Chair"], "Serif", 9)
    signline(c, W - 200, 84, 190, R, ["Caroline Tubbs, CMA (AAMA)", "President"], "Serif", 9)


def s05(c, W, H, R):
    T(c, 60, H - 70, "Ashford Valley Behavioral Health", "SerifB", 18)
    T(c, 60, H - 88, "Community Education Services", "Serif", 11)
    rule(c, 60, H - 98, W - 60, H - 98, "#000000", 0.8)
    T(c, W / 2, H - 150, "Certificate of Attendance", "SerifB", 24, "c")
    T(c, W / 2, H - 186, "presented to", "SerifI", 12, "c")
    T(c, W / 2, H - 220, "Cynthia Mbeki-Laurent", "SerifB", 22, "c")
    T(c, W / 2, H - 250, "for the webinar", "SerifI", 12, "c")
    y = P(c, W / 2, H - 280, "Suicide Risk Screening in Primary Care: Using the PHQ-9 and C-SSRS", "SerifB", 17, 420, 1.3, "c")
    T(c, W / 2, y - 12, "held 12 Dec 2025", "Serif", 12, "c")
    T(c, W / 2, y - 34, "1.5 contact hours", "SerifB", 13, "c")
    P(c, W / 2, y - 70, "This program has not been approved for AAMA CEUs. Attendees holding other credentials "
      "should consult their licensing or certifying board.", "Serif", 10.5, 440, 1.4, "c")
    signline(c, W / 2, 150, 220, R, ["Dr. Martin Oyelowo, PsyD", "Director, Community Education"], "Serif", 10)


def s06(c, W, H, R):
    T(c, W / 2, H - 70, "CRESTMARK", "SansB", 22, "c", spacing=4)
    T(c, W / 2, H - 86, "REFERENCE LABORATORIES", "Sans", 9, "c", spacing=3)
    rule(c, W / 2 - 120, H - 96, W / 2 + 120, H - 96, "#000000", 0.8)
    T(c, W / 2, H - 150, "Continuing Education Certificate", "SansB", 20, "c")
    T(c, W / 2, H - 190, "Terrence Albright", "SansB", 22, "c")
    T(c, W / 2, H - 216, "completed the client education session", "Sans", 11, "c")
    T(c, W / 2, H - 246, "Specimen Labeling and Rejection Prevention", "SansB", 17, "c")
    T(c, W / 2, H - 270, "presented by Crestmark Reference Laboratories, Client Services Education", "Sans", 10, "c")
    kv_rows(c, W / 2 - 130, H - 310, [("Session date:", "2025-04-29"), ("NHA CE credit:", "1.0"),
                                      ("Session no.:", "CRL-CE-0429")], 120, "Sans", "SansB", 11, 18)
    P(c, W / 2, H - 390, "This session is approved by the National Healthcareer Association (NHA) for 1.0 CE credit "
      "toward NHA certification renewal.", "Sans", 9.5, 440, 1.4, "c")
    signline(c, W / 2, 160, 220, R, ["Wendy Castellano, MT(ASCP)", "Client Education Manager"], "Sans", 9)


# ============================================================================ rasterising
def pdf_bytes(draw, size, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle("Certificate")
    c.setAuthor("")
    draw(c, size[0], size[1], random.Random(seed))
    c.showPage()
    c.save()
    return buf.getvalue()


def rasterise(pdf, dpi, gray=False):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "page.pdf"
        src.write_bytes(pdf)
        cmd = ["pdftoppm", "-r", str(dpi), "-png", "-singlefile"] + (["-gray"] if gray else []) + [str(src), str(Path(td) / "out")]
        subprocess.run(cmd, check=True)
        img = Image.open(Path(td) / "out.png")
        img.load()
        return img.convert("L" if gray else "RGB")


def solve8(A, b):
    n = len(b)
    M = [row[:] + [b[i]] for i, row in enumerate(A)]
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(M[r][i]))
        M[i], M[p] = M[p], M[i]
        for r in range(n):
            if r != i and M[r][i]:
                f = M[r][i] / M[i][i]
                M[r] = [a - f * b_ for a, b_ in zip(M[r], M[i])]
    return [M[i][n] / M[i][i] for i in range(n)]


def perspective(out_quad, in_quad):
    A, b = [], []
    for (x, y), (u, v) in zip(out_quad, in_quad):
        A += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        b += [u, v]
    return solve8(A, b)


def random_noise(size, R, scale=1):
    w, h = max(1, size[0] // scale), max(1, size[1] // scale)
    n = Image.frombytes("L", (w, h), R.randbytes(w * h))
    return n if scale == 1 else n.resize(size, Image.BILINEAR)


def table_surface(size, R, kind):
    w, h = size
    if kind == "wood":
        base = (R.randint(120, 150), R.randint(82, 100), R.randint(50, 62))
        img = Image.new("RGB", size, base)
        d = ImageDraw.Draw(img)
        y = 0.0
        while y < h:
            k = R.randint(-22, 18)
            col = tuple(max(0, min(255, v + k)) for v in base)
            d.line([(0, y), (w * 0.5, y + R.uniform(-12, 12)), (w, y + R.uniform(-20, 20))], fill=col, width=R.randint(2, 6))
            y += R.uniform(3, 9)
        return img.filter(ImageFilter.GaussianBlur(1.5))
    if kind == "granite":
        base = (R.randint(60, 90),) * 3
        img = Image.new("RGB", size, base)
        n = random_noise(size, R, 3).point(lambda v: 40 + v // 2)
        return Image.blend(img, Image.merge("RGB", (n, n, n)), 0.35)
    if kind == "cloth":
        base = (R.randint(40, 70), R.randint(70, 100), R.randint(110, 140))
        img = Image.new("RGB", size, base)
        d = ImageDraw.Draw(img)
        for x in range(0, w, 4):
            d.line([(x, 0), (x, h)], fill=tuple(max(0, v - 14) for v in base), width=1)
        for y in range(0, h, 4):
            d.line([(0, y), (w, y)], fill=tuple(min(255, v + 10) for v in base), width=1)
        return img.filter(ImageFilter.GaussianBlur(0.8))
    # laminate desk, pale
    base = (R.randint(200, 220), R.randint(195, 210), R.randint(180, 195))
    img = Image.new("RGB", size, base)
    n = random_noise(size, R, 6).point(lambda v: 200 + v // 5)
    return ImageChops.multiply(img, Image.merge("RGB", (n, n, n)))


def light_map(size, R, strength):
    """coarse light field: a hot spot somewhere plus a fall-off towards one edge, smoothed up."""
    gw, gh = 48, 36
    hx, hy = R.uniform(0.1, 0.9), R.uniform(0.1, 0.9)
    ang = R.uniform(0, 2 * math.pi)
    dx, dy = math.cos(ang), math.sin(ang)
    px = []
    for j in range(gh):
        for i in range(gw):
            u, v = i / (gw - 1), j / (gh - 1)
            spot = math.exp(-((u - hx) ** 2 + (v - hy) ** 2) / 0.18)
            side = 0.5 + 0.5 * ((u - 0.5) * dx + (v - 0.5) * dy)
            val = 1 - strength * (0.6 * (1 - spot) + 0.4 * side)
            px.append(max(0, min(255, int(255 * val))))
    g = Image.new("L", (gw, gh))
    g.putdata(px)
    return g.resize(size, Image.BICUBIC).filter(ImageFilter.GaussianBlur(4))


def phone_photo(pdf, R, fx):
    paper = rasterise(pdf, fx["dpi"])
    paper = ImageChops.multiply(paper, Image.new("RGB", paper.size, fx.get("paper", (252, 249, 242))))
    pw, ph = paper.size
    pad = fx.get("pad", 0.12)
    W, H = int(pw * (1 + 2 * pad)), int(ph * (1 + 2 * pad))
    out = table_surface((W, H), R, fx.get("surface", "wood"))
    ang = math.radians(fx["rot"])
    cx, cy = W / 2 + R.uniform(-0.03, 0.03) * W, H / 2 + R.uniform(-0.03, 0.03) * H
    k = fx.get("keystone", 0.05)
    quad = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x = sx * pw / 2 * (1 - k * (sy < 0)) + R.uniform(-1, 1) * pw * 0.012
        y = sy * ph / 2 + R.uniform(-1, 1) * ph * 0.012
        quad.append((cx + x * math.cos(ang) - y * math.sin(ang), cy + x * math.sin(ang) + y * math.cos(ang)))
    co = perspective(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = paper.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", paper.size, 255).transform((W, H), Image.PERSPECTIVE, co, Image.BILINEAR)
    shadow = mask.filter(ImageFilter.GaussianBlur(18)).point(lambda v: int(v * fx.get("shadow", 0.5)))
    shadow = ImageChops.offset(shadow, int(W * 0.012), int(H * 0.016))
    out = Image.composite(Image.new("RGB", (W, H), (15, 12, 10)), out, shadow)
    out = Image.composite(warped, out, mask)
    lm = light_map((W, H), R, fx.get("light", 0.35))
    out = ImageChops.multiply(out, Image.merge("RGB", (lm, lm, lm)))
    if fx.get("cast"):
        out = ImageChops.multiply(out, Image.new("RGB", (W, H), fx["cast"]))
    out = out.filter(ImageFilter.GaussianBlur(fx.get("blur", 0.9)))
    n = random_noise((W, H), R)
    out = Image.blend(out, Image.merge("RGB", (n, n, n)), fx.get("noise", 0.06))
    crop = fx.get("crop", 0.04)
    out = out.crop((int(W * crop), int(H * crop), int(W * (1 - crop)), int(H * (1 - crop))))
    target = fx.get("long", 1800)
    s = target / max(out.size)
    if s < 1:
        out = out.resize((round(out.width * s), round(out.height * s)), Image.LANCZOS)
    return out


def flatbed_scan(pdf, R, fx):
    img = rasterise(pdf, fx["dpi"], gray=True)
    img = img.rotate(fx["rot"], resample=Image.BICUBIC, expand=False, fillcolor=250)
    lo, hi = fx.get("levels", (45, 232))
    img = img.point(lambda v: lo + v * (hi - lo) // 255)
    w, h = img.size
    d = ImageDraw.Draw(img)
    for _ in range(fx.get("speckle", 700)):
        x, y = R.uniform(0, w), R.uniform(0, h)
        r = R.choice([0.5, 0.8, 1, 1, 1.5, 2.2])
        d.ellipse((x, y, x + r, y + r), fill=R.randint(40, 170))
    for _ in range(fx.get("hairs", 2)):
        x, y = R.uniform(0, w), R.uniform(0, h)
        d.line([(x, y), (x + R.uniform(-40, 40), y + R.uniform(-40, 40))], fill=R.randint(90, 150), width=1)
    n = random_noise((w, h), R)
    img = Image.blend(img, n, fx.get("noise", 0.05))
    img = img.filter(ImageFilter.GaussianBlur(fx.get("blur", 0.5)))
    if fx.get("shadow_edge"):
        e = fx["shadow_edge"]
        grad = Image.linear_gradient("L").resize((e, h)).transpose(Image.ROTATE_90).resize((e, h))
        strip = img.crop((0, 0, e, h))
        img.paste(ImageChops.multiply(strip, grad.point(lambda v: 90 + v * 165 // 255)), (0, 0))
    return img


def jpeg_bytes(img, q):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q, optimize=True)
    return buf.getvalue()


def image_only_pdf(img, q, size, producer):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setProducer(producer)
    c.setCreator(producer)
    c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(img, q))), 0, 0, size[0], size[1])
    c.showPage()
    c.save()
    return buf.getvalue()


# ============================================================================ the corpus
def X(kind, date, title, provider, amount, unit, aama, category, notes, categories=None):
    e = {"kind": kind, "title": title, "provider": provider, "completed_on": date, "amount": amount, "unit": unit,
         "aama_approved": aama, "category": category}
    if categories:
        e["categories"] = categories
    e["notes"] = notes
    return e


SPECS = [
    ("p01_coastal_plains_minor_surgery.pdf", t01, LAND, None,
     X("pdf", "2025-03-04", "Assisting with Minor Office Surgery: Sterile Field Setup and Suture Tray Preparation",
       "Coastal Plains Institute of Allied Health", "1.5", "aama_ceu", True, "clinical",
       "scalloped ornamental landscape award; two-line title; printed date and certificate no.")),
    ("p02_saint_adalbert_stroke_letter.pdf", t02, PORT, None,
     X("pdf", "2025-03-18", "Recognizing and Responding to Stroke: BE-FAST in the Clinic", "Saint Adalbert Health System",
       "1.25", "contact_hours", False, None,
       "portrait letter; quoted title inside sentence; letter date later; 'not submitted to the AAMA'")),
    ("p03_medtrain_bbp_allcaps.pdf", t03, LAND, None,
     X("pdf", "2025-01-08", "OSHA Bloodborne Pathogens Standard: Annual Refresher", "Brightline Compliance Training",
       "45", "minutes", False, None,
       "LMS platform header is not the provider; ALL-CAPS title; enrolled/completed/expiry ISO dates; course ID")),
    ("p04_great_lakes_conference_split.pdf", t04, LAND, None,
     X("pdf", "2025-04-12", "2025 Spring Education Conference", "Great Lakes State Society of Medical Assistants",
       "6.0", "aama_ceu", True, None, "two-day range, last day; split table admin/clinical/general with total",
       {"administrative": "2.0", "clinical": "3.0", "general": "1.0"})),
    ("p05_valle_sur_bilingual.pdf", t05, LAND, None,
     X("pdf", "2025-05-22", "Manejo de la Diabetes Tipo 2: Educación al Paciente", "Clínica Comunitaria Valle Sur",
       "1.5", "contact_hours", False, None,
       "bilingual Spanish/English; '22 de mayo de 2025'; issue date dd/mm/yyyy")),
    ("p06_halcyon_inhaler_webinar.pdf", t06, PORT, None,
     X("pdf", "2025-03-26", "Inhaler Technique Coaching for COPD and Asthma Patients", "Halcyon Medical Communications",
       "1", "contact_hours", False, None,
       "provider only in logo header; pharma grant sponsor; '1 CE hour'; not submitted for AAMA; printed date")),
    ("p07_ridgeline_venipuncture_nha.pdf", t07, A4, None,
     X("pdf", "2025-02-19", "Difficult Venipuncture: Vein Selection and Alternative Sites", "Ridgeline Phlebotomy Academy",
       "1.5", "nha_credit", False, None, "A4; NHA CE credits; ISO completion and issue dates")),
    ("p08_cascade_bend_ceu_record.pdf", t08, PORT, None,
     X("pdf", "2025-10-14", "Medical Office Insurance Billing Essentials", "Cascade Bend Community College",
       "0.8", "iacet_ceu", False, None,
       "transcript-like one-course table; title wraps inside a cell; date range; contact hours beside CEUs")),
    ("p09_cardinal_bls_ecard.pdf", t09, PORT, None,
     X("pdf", "2025-06-14", "BLS for Healthcare Providers", "Cardinal Lifesaving Institute", "1", "cpr_card", False,
       "clinical", "printable eCard front/back; training site named separately; renew-by month")),
    ("p10_privasure_hipaa_footer.pdf", t10, LAND, None,
     X("pdf", "2025-01-27", "HIPAA Privacy & Security Awareness for Healthcare Workers (2025 Edition)",
       "Privasure Compliance Partners, LLC", "1.0", "contact_hours", False, None,
       "provider only in the copyright footer; M/D/YYYY; valid-through date")),
    ("p11_cedar_sound_smallcaps.pdf", t11, LAND, None,
     X("pdf", "2025-02-08", "Navigating Workplace Conflict with Professionalism", "Cedar Sound Chapter of Medical Assistants",
       "2.0", "aama_ceu", True, "general",
       "learner name largest; small-caps title; provider only in the approval sentence; '8 February 2025'")),
    ("p12_clinicalpath_pending.pdf", t12, LAND, None,
     X("pdf", "2025-05-06", "Adult Immunization Update: Shingles, RSV and Pneumococcal Vaccines", "ClinicalPath CE",
       "1.5", "contact_hours", False, None,
       "sidebar of dates (registered/completed/generated); AAMA approval pending")),
    ("p13_lakehaven_inservice_form.pdf", t13, PORT, None,
     X("pdf", "2025-07-22", "Hand Hygiene Compliance and Glove Use", "Lakehaven Regional Hospital", "75", "minutes",
       False, None, "hospital in-service form; '1 hr 15 min'; educator signed a week later; form rev. date")),
    ("p14_orivex_device_training.pdf", t14, LAND, None,
     X("pdf", "2025-08-05", "A1Now Point-of-Care HbA1c Analyzer: Operator Training", "Orivex Diagnostics, Inc.",
       None, None, False, None, "vendor product training; explicitly no CE credit")),
    ("p15_laurel_fork_morning_only.pdf", t15, LAND, None,
     X("pdf", "2025-10-18", "Fall Clinical Skills Workshop", "Laurel Fork Chapter of Medical Assistants", "2.0",
       "aama_ceu", True, "clinical", "approval applies only to the morning sessions; total awarded 2.0 clinical")),
    ("p16_harrowgate_iacet_sentence.pdf", t16, PORT, None,
     X("pdf", "2025-09-11", "Medical Spanish for Clinical Staff, Level I", "Harrowgate Learning Institute", "2.1",
       "iacet_ceu", False, None,
       "everything in one sentence; smart-quoted title; 'Sep 9-11, 2025' range; issue date; accreditation expiry")),
    ("p17_blue_mesa_three_line_title.pdf", t17, LAND, None,
     X("pdf", "2025-06-30", "Front Office Revenue Protection: Insurance Eligibility Verification, Copay Collection, "
       "and Patient Financial Responsibility Conversations", "Blue Mesa Medical Assisting Education", "1.0", "aama_ceu",
       True, "administrative", "three-line title; course # and transcript line in header; issued next day")),
    ("p18_northbeam_dark.pdf", t18, LAND, None,
     X("pdf", "2025-03-04", "Medication Reconciliation: Avoiding Errors at Intake", "Northbeam Health Learning", "2",
       "contact_hours", False, None, "dark background; '2 CE hours'; 'Mar. 4th, 2025'; transcript-updated date")),
    # phone photos
    ("i01_sandhill_wound_photo.jpg", i01, LAND,
     dict(dpi=130, rot=3.2, keystone=0.05, surface="wood", light=0.35, blur=0.9, noise=0.06, q=68),
     X("image", "2025-04-03", "Wound Irrigation and Dressing Changes", "Sandhill Allied Health Academy", "1.0",
       "aama_ceu", True, "clinical", "photo on wood desk; 'Approved for 1.0 AAMA CEU - Clinical'")),
    ("i02_brightpath_pediatric_vitals.jpg", i02, PORT,
     dict(dpi=120, rot=-4.5, keystone=0.07, surface="granite", light=0.4, blur=1.0, noise=0.07, q=62, cast=(255, 240, 215)),
     X("image", "2025-06-11", "Pediatric Vital Signs: Normal Ranges and Technique", "Brightpath Clinical Education", "1.0",
       "nha_credit", False, None, "portrait photo, warm cast; NHA credit; issued next day")),
    ("i03_los_alamos_spanish.png", i03, PORT,
     dict(dpi=100, rot=2.4, keystone=0.04, surface="laminate", light=0.3, blur=0.7, noise=0.025, long=1250),
     X("image", "2025-08-27", "Prevención de Infecciones en el Consultorio", "Red de Salud Comunitaria Los Álamos", "2",
       "contact_hours", False, None, "Spanish-only template; 'Fecha: 27/08/2025'; 'Horas de contacto: 2'; PNG")),
    ("i04_sagebrush_leadership_summit.jpg", i04, LAND,
     dict(dpi=130, rot=-6.0, keystone=0.06, surface="cloth", light=0.3, blur=0.8, noise=0.05, q=72),
     X("image", "2025-06-07", "Leadership Summit 2025", "Sagebrush State Society of Medical Assistants", "2.5",
       "aama_ceu", True, "general", "two-day range; strong rotation; fabric background")),
    ("i05_ironclad_hazcom.jpg", i05, LAND,
     dict(dpi=120, rot=7.5, keystone=0.03, surface="wood", light=0.45, blur=1.1, noise=0.07, q=55),
     X("image", "2025-09-23", "Hazard Communication (GHS) for Clinic Staff", "Ironclad Workplace Safety Training", "90",
       "minutes", False, None, "OSHA trainer; duration in minutes; heavy rotation, low JPEG quality")),
    ("i06_green_hollow_letter.png", i06, PORT,
     dict(dpi=100, rot=-2.0, keystone=0.05, surface="laminate", light=0.25, blur=0.6, noise=0.02, long=1200),
     X("image", "2025-01-14", "Motivational Interviewing Basics for Care Team Members", "Green Hollow Health Partners",
       "3.0", "contact_hours", False, None, "letter photo; quoted title; letter dated weeks later; PNG")),
    ("i07_clearpath_prior_auth.jpg", i07, LAND,
     dict(dpi=140, rot=2.0, keystone=0.08, surface="granite", light=0.5, blur=0.8, noise=0.05, q=75),
     X("image", "2025-10-02", "Prior Authorization Workflows for the Medical Office", "Clearpath Revenue Cycle Academy",
       "0.5", "aama_ceu", True, "administrative", "LMS codes in header; strong light fall-off")),
    ("i08_red_rock_naloxone.jpg", i08, PORT,
     dict(dpi=125, rot=-3.0, keystone=0.05, surface="wood", light=0.35, blur=1.2, noise=0.06, q=58),
     X("image", "2025-11-12", "Opioid Safety and Naloxone Basics", "Red Rock Basin Community College", "0.1", "iacet_ceu",
       False, None, "'on Nov. 12, 2025'; 0.1 IACET CEU; blurrier")),
    # scans
    ("s01_tri_lakes_cultural_humility.pdf", s01, PORT, dict(dpi=150, rot=0.8, speckle=900, q=60),
     X("scan", "2025-02-11", "Cultural Humility in Patient Care", "Tri-Lakes Chapter of Medical Assistants", "1.0",
       "aama_ceu", True, "general", "image-only PDF; general category in sentence")),
    ("s02_bayfront_signoff.jpg", s02, PORT, dict(dpi=160, rot=-1.2, speckle=600, q=62, shadow_edge=60),
     X("scan", "2025-03-19", "Emergency Cart Check and Code Response Roles", "Bayfront Medical Center", "60", "minutes",
       False, None, "in-service sign-off sheet as JPEG; filed date; shadowed edge")),
    ("s03_kettle_river_transcript.pdf", s03, PORT, dict(dpi=170, rot=0.5, speckle=500, q=62, levels=(55, 228)),
     X("scan", "2025-05-09", "Clinical Procedures II", "Kettle River Community College", "4.0", "college_credit", False,
       None, "monospace transcript extract; term end vs grades posted vs printed")),
    ("s04_magnolia_split.pdf", s04, LAND, dict(dpi=150, rot=-0.9, speckle=800, q=58),
     X("scan", "2025-11-08", "2025 Regional Education Day", "Magnolia State Society of Medical Assistants", "3.5",
       "aama_ceu", True, None, "landscape scan; admin/clinical split with total",
       {"administrative": "1.5", "clinical": "2.0"})),
    ("s05_ashford_not_approved.png", s05, PORT, dict(dpi=150, rot=1.6, speckle=900, levels=(60, 225)),
     X("scan", "2025-12-12", "Suicide Risk Screening in Primary Care: Using the PHQ-9 and C-SSRS",
       "Ashford Valley Behavioral Health", "1.5", "contact_hours", False, None,
       "PNG scan; 'has not been approved for AAMA CEUs'; '12 Dec 2025'")),
    ("s06_crestmark_presented_by.pdf", s06, PORT, dict(dpi=200, rot=-0.4, speckle=1200, q=55),
     X("scan", "2025-04-29", "Specimen Labeling and Rejection Prevention", "Crestmark Reference Laboratories", "1.0",
       "nha_credit", False, None, "'presented by' line; 200 dpi; ISO date")),
]


def main():
    expected = {}
    for n, (name, draw, size, fx, exp) in enumerate(SPECS):
        seed = 4_000_003 + 977 * n
        R = random.Random(seed ^ 0x5EED)
        pdf = pdf_bytes(draw, size, seed)
        path = HERE / name
        kind = exp["kind"]
        if kind == "pdf":
            path.write_bytes(pdf)
        elif kind == "image":
            img = phone_photo(pdf, R, fx)
            if name.endswith(".png"):
                img.save(path, "PNG", optimize=True)
            else:
                path.write_bytes(jpeg_bytes(img, fx["q"]))
        else:
            img = flatbed_scan(pdf, R, fx)
            if name.endswith(".pdf"):
                path.write_bytes(image_only_pdf(img, fx["q"], size, R.choice(["Epson Scan 2", "NAPS2", "Brother ControlCenter"])))
            elif name.endswith(".png"):
                img.save(path, "PNG", optimize=True)
            else:
                path.write_bytes(jpeg_bytes(img, fx["q"]))
        expected[name] = exp
    (HERE / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
    sizes = {n: (HERE / n).stat().st_size for n in expected}
    print(f"{len(expected)} files, {sum(sizes.values()) / 1e6:.2f} MB, largest {max(sizes.values()) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
