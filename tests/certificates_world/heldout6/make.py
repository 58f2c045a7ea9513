#!/usr/bin/env python3
"""Generate the heldout6 certificate corpus (40 files + expected.json + README.md).

Usage:  python make.py [OUTPUT_DIR]      (default: the directory holding this script)

Deterministic: fixed seeds, reportlab invariant mode, pinned PDF dates.  Needs
reportlab + Pillow (no numpy), and the `pdftoppm` and `chromium` executables.
External programs are run one at a time.
"""
import datetime
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

import reportlab
from reportlab.lib.colors import HexColor, Color, white, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
LAND = (792, 612)
PORT = (612, 792)
FIXED_TS = time.struct_time((2025, 1, 1, 0, 0, 0, 2, 1, 0))

# --------------------------------------------------------------------------- fonts
_RL = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
for _name, _file in [
    ("Sans", "_a______"), ("Sans-B", "_ab_____"), ("Sans-I", "_ai_____"), ("Sans-BI", "_abi____"),
    ("Serif", "_er_____"), ("Serif-B", "_eb_____"), ("Serif-I", "_ei_____"), ("Serif-BI", "_ebi____"),
    ("Mono", "com_____"), ("Mono-B", "cob_____"), ("Callig", "callig15"),
]:
    _face = pdfmetrics.EmbeddedType1Face(os.path.join(_RL, _file + ".afm"), os.path.join(_RL, _file + ".pfb"))
    pdfmetrics.registerTypeFace(_face)
    pdfmetrics.registerFont(pdfmetrics.Font(_name, _face.name, "WinAnsiEncoding"))
_DV = "/usr/share/fonts/truetype/dejavu/"
for _name, _file in [
    ("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf"),
    ("DVL", "DejaVuSans-ExtraLight.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVC-B", "DejaVuSansCondensed-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
    ("DVS-I", "DejaVuSerif-Italic.ttf"), ("DVSC", "DejaVuSerifCondensed.ttf"),
    ("DVSC-B", "DejaVuSerifCondensed-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_name, _DV + _file))
for _name, _file in [("Vera", "Vera.ttf"), ("Vera-B", "VeraBd.ttf"), ("Vera-I", "VeraIt.ttf")]:
    pdfmetrics.registerFont(TTFont(_name, os.path.join(_RL, _file)))

INK = HexColor("#1c1c1c")
GREY = HexColor("#5a5a5a")


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


# --------------------------------------------------------------------------- drawing helpers
def T(c, x, y, s, font="Sans", size=10, color=INK, align="l", cs=0.0):
    """Draw one line; align l/c/r; cs = extra character spacing."""
    w = sw(s, font, size) + cs * max(len(s) - 1, 0)
    x0 = x - w / 2 if align == "c" else (x - w if align == "r" else x)
    c.setFillColor(color)
    if cs:
        t = c.beginText()
        t.setTextOrigin(x0, y)
        t.setFont(font, size)
        t.setCharSpace(cs)
        t.textOut(s)
        t.setCharSpace(0)
        c.drawText(t)
    else:
        c.setFont(font, size)
        c.drawString(x0, y, s)
    return w


def wrap(text, font, size, width):
    lines, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word).strip()
        if cur and sw(trial, font, size) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def para(c, text, x, y, width, font="Sans", size=10, leading=None, align="l", color=INK):
    leading = leading or size * 1.3
    for ln in wrap(text, font, size, width):
        xx = x + width / 2 if align == "c" else (x + width if align == "r" else x)
        T(c, xx, y, ln, font, size, color, align)
        y -= leading
    return y


def mixed(c, x, y, parts, align="l"):
    """parts: list of (text, font, size, color)."""
    total = sum(sw(p[0], p[1], p[2]) for p in parts)
    xx = x - total / 2 if align == "c" else (x - total if align == "r" else x)
    for s, f, z, col in parts:
        T(c, xx, y, s, f, z, col)
        xx += sw(s, f, z)
    return total


def rect(c, x, y, w, h, fill=None, stroke=None, lw=1, r=0):
    if fill is not None:
        c.setFillColor(fill)
    if stroke is not None:
        c.setStrokeColor(stroke)
        c.setLineWidth(lw)
    if r:
        c.roundRect(x, y, w, h, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
    else:
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)


def line(c, x1, y1, x2, y2, col=INK, lw=0.8, dash=None):
    c.setStrokeColor(col)
    c.setLineWidth(lw)
    if dash:
        c.setDash(*dash)
    c.line(x1, y1, x2, y2)
    if dash:
        c.setDash()


def frame_classic(c, W, H, col, col2, inset=22):
    rect(c, inset, inset, W - 2 * inset, H - 2 * inset, stroke=col, lw=3.2)
    rect(c, inset + 8, inset + 8, W - 2 * inset - 16, H - 2 * inset - 16, stroke=col2, lw=0.9)
    for (x, y) in [(inset, inset), (W - inset, inset), (inset, H - inset), (W - inset, H - inset)]:
        c.saveState()
        c.translate(x, y)
        c.rotate(45)
        rect(c, -6, -6, 12, 12, fill=col2, stroke=col, lw=1)
        c.restoreState()


def frame_guilloche(c, W, H, col, band=26, seed=1, inset=14):
    rnd = random.Random(seed)
    c.setStrokeColor(col)
    c.setLineWidth(0.35)
    ph = [rnd.uniform(0, 6.28) for _ in range(4)]
    for k in range(7):
        for side in range(4):
            p = c.beginPath()
            if side in (0, 1):
                L = W - 2 * inset
                for i in range(0, int(L) + 1, 2):
                    yy = band / 2 + (band / 2 - 2) * math.sin(i / 9.0 + k * 0.9 + ph[side])
                    y = inset + yy if side == 0 else H - inset - yy
                    (p.moveTo if i == 0 else p.lineTo)(inset + i, y)
            else:
                L = H - 2 * inset
                for i in range(0, int(L) + 1, 2):
                    xx = band / 2 + (band / 2 - 2) * math.sin(i / 9.0 + k * 0.9 + ph[side])
                    x = inset + xx if side == 2 else W - inset - xx
                    (p.moveTo if i == 0 else p.lineTo)(x, inset + i)
            c.drawPath(p, stroke=1, fill=0)
    rect(c, inset, inset, W - 2 * inset, H - 2 * inset, stroke=col, lw=1.2)
    rect(c, inset + band, inset + band, W - 2 * (inset + band), H - 2 * (inset + band), stroke=col, lw=0.8)


def seal(c, x, y, r, col, ring="", center=(), font="Serif-B", ring_size=None, fg=white):
    c.saveState()
    p = c.beginPath()
    n = 40
    for i in range(2 * n + 1):
        a = math.pi * i / n
        rr = r if i % 2 == 0 else r * 0.9
        (p.moveTo if i == 0 else p.lineTo)(x + rr * math.cos(a), y + rr * math.sin(a))
    c.setFillColor(col)
    c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColor(fg)
    c.setLineWidth(0.8)
    c.circle(x, y, r * 0.8, stroke=1, fill=0)
    c.circle(x, y, r * 0.55, stroke=1, fill=0)
    if ring:
        rs = ring_size or r * 0.15
        c.setFillColor(fg)
        c.setFont(font, rs)
        total = sum(sw(ch, font, rs) for ch in ring)
        rad = r * 0.66
        ang_total = min(total / rad, 2 * math.pi * 0.92)
        a = math.pi / 2 + ang_total / 2
        for ch in ring:
            w = sw(ch, font, rs) * (ang_total / (total / rad))
            a_mid = a - (w / rad) / 2
            c.saveState()
            c.translate(x + (rad - rs * 0.35) * math.cos(a_mid), y + (rad - rs * 0.35) * math.sin(a_mid))
            c.rotate(math.degrees(a_mid) - 90)
            c.drawCentredString(0, 0, ch)
            c.restoreState()
            a -= w / rad
    yy = y + (len(center) - 1) * r * 0.13 - r * 0.07
    for s in center:
        T(c, x, yy, s, font, r * 0.2, fg, "c")
        yy -= r * 0.26
    c.restoreState()


def squiggle(c, x, y, w, seed, col=HexColor("#1d2b6e"), lw=1.1, h=14):
    rnd = random.Random(seed)
    c.saveState()
    c.setStrokeColor(col)
    c.setLineWidth(lw)
    c.setLineCap(1)
    p = c.beginPath()
    cx, cy = x, y + rnd.uniform(2, 6)
    p.moveTo(cx, cy)
    steps = rnd.randint(5, 8)
    for i in range(steps):
        nx = x + w * (i + 1) / steps
        ny = y + rnd.uniform(0, h * 0.6)
        p.curveTo(cx + rnd.uniform(-8, 10), cy + rnd.uniform(h * 0.5, h * 1.3),
                  nx + rnd.uniform(-14, 4), ny - rnd.uniform(h * 0.3, h), nx, ny)
        cx, cy = nx, ny
    c.drawPath(p, stroke=1, fill=0)
    p = c.beginPath()
    p.moveTo(x + w * 0.1, y + rnd.uniform(-3, 1))
    p.curveTo(x + w * 0.4, y - 4, x + w * 0.7, y + 2, x + w * 0.95, y - 1)
    c.setLineWidth(lw * 0.8)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def sigblock(c, x, y, w, name, role, seed, font="Sans", size=9, col=INK, extra=None, align="c"):
    squiggle(c, x + w * 0.12, y + 5, w * 0.7, seed)
    line(c, x, y, x + w, y, col, 0.7)
    xx = x + w / 2 if align == "c" else x
    T(c, xx, y - size - 3, name, font, size, col, align)
    yy = y - 2 * size - 6
    for r in ([role] if isinstance(role, str) else role):
        T(c, xx, yy, r, font, size * 0.9, GREY, align)
        yy -= size + 1
    if extra:
        T(c, xx, yy, extra, font, size * 0.9, GREY, align)


def table(c, x, y, cols, rows, font="Sans", bfont="Sans-B", size=9, rowh=16, head_fill=None,
          head_col=INK, grid=INK, zebra=None, aligns=None, lw=0.5, bold_last=False):
    """Draw a table whose top edge is at y. Returns the bottom y."""
    total = sum(cols)
    for i, row in enumerate(rows):
        top = y - i * rowh
        if i == 0 and head_fill is not None:
            rect(c, x, top - rowh, total, rowh, fill=head_fill)
        elif zebra is not None and i % 2 == 0:
            rect(c, x, top - rowh, total, rowh, fill=zebra)
        xx = x
        for j, cell in enumerate(row):
            f = bfont if (i == 0 or (bold_last and i == len(rows) - 1)) else font
            colr = head_col if i == 0 else INK
            al = (aligns or ["l"] * len(cols))[j]
            tx = xx + 5 if al == "l" else (xx + cols[j] / 2 if al == "c" else xx + cols[j] - 5)
            T(c, tx, top - rowh + (rowh - size) / 2 + 1.5, cell, f, size, colr, al)
            xx += cols[j]
    bottom = y - len(rows) * rowh
    if grid is not None:
        c.setStrokeColor(grid)
        c.setLineWidth(lw)
        for i in range(len(rows) + 1):
            c.line(x, y - i * rowh, x + total, y - i * rowh)
        xx = x
        for w in [0] + cols:
            xx += w
            c.line(xx, y, xx, bottom)
    return bottom


def logo(c, kind, x, y, s, col, col2=None):
    """Small invented emblem centred at x,y with size s."""
    col2 = col2 or white
    c.saveState()
    c.setFillColor(col)
    c.setStrokeColor(col)
    if kind == "cross":
        a = s * 0.32
        c.roundRect(x - a / 2, y - s / 2, a, s, a * 0.3, stroke=0, fill=1)
        c.roundRect(x - s / 2, y - a / 2, s, a, a * 0.3, stroke=0, fill=1)
    elif kind == "redcross":
        a = s / 3
        c.rect(x - a / 2, y - s / 2, a, s, stroke=0, fill=1)
        c.rect(x - s / 2, y - a / 2, s, a, stroke=0, fill=1)
    elif kind == "leaf":
        p = c.beginPath()
        p.moveTo(x, y - s / 2)
        p.curveTo(x + s * 0.6, y - s * 0.2, x + s * 0.5, y + s * 0.4, x, y + s / 2)
        p.curveTo(x - s * 0.5, y + s * 0.4, x - s * 0.6, y - s * 0.2, x, y - s / 2)
        c.drawPath(p, stroke=0, fill=1)
        c.setStrokeColor(col2)
        c.setLineWidth(s * 0.04)
        c.line(x, y - s * 0.45, x, y + s * 0.4)
    elif kind == "hex":
        p = c.beginPath()
        for i in range(7):
            a = math.pi / 3 * i + math.pi / 6
            (p.moveTo if i == 0 else p.lineTo)(x + s / 2 * math.cos(a), y + s / 2 * math.sin(a))
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(col2)
        c.circle(x, y, s * 0.18, stroke=0, fill=1)
    elif kind == "wave":
        c.setLineWidth(s * 0.09)
        c.setLineCap(1)
        for k in range(3):
            p = c.beginPath()
            yy = y - s * 0.25 + k * s * 0.25
            p.moveTo(x - s / 2, yy)
            p.curveTo(x - s / 4, yy + s * 0.18, x, yy - s * 0.18, x + s / 4, yy)
            p.curveTo(x + s * 0.35, yy + s * 0.09, x + s * 0.45, yy + s * 0.06, x + s / 2, yy)
            c.drawPath(p, stroke=1, fill=0)
    elif kind == "drop":
        p = c.beginPath()
        p.moveTo(x, y + s / 2)
        p.curveTo(x + s * 0.1, y + s * 0.2, x + s * 0.4, y, x + s * 0.35, y - s * 0.2)
        p.curveTo(x + s * 0.3, y - s * 0.55, x - s * 0.3, y - s * 0.55, x - s * 0.35, y - s * 0.2)
        p.curveTo(x - s * 0.4, y, x - s * 0.1, y + s * 0.2, x, y + s / 2)
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "shield":
        p = c.beginPath()
        p.moveTo(x - s * 0.4, y + s * 0.45)
        p.lineTo(x + s * 0.4, y + s * 0.45)
        p.lineTo(x + s * 0.4, y)
        p.curveTo(x + s * 0.4, y - s * 0.3, x + s * 0.1, y - s * 0.45, x, y - s * 0.5)
        p.curveTo(x - s * 0.1, y - s * 0.45, x - s * 0.4, y - s * 0.3, x - s * 0.4, y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(col2)
        a = s * 0.12
        c.rect(x - a / 2, y - s * 0.25, a, s * 0.5, stroke=0, fill=1)
        c.rect(x - s * 0.2, y - a / 2, s * 0.4, a, stroke=0, fill=1)
    elif kind == "heart":
        p = c.beginPath()
        p.moveTo(x, y - s * 0.45)
        p.curveTo(x - s * 0.6, y, x - s * 0.45, y + s * 0.5, x, y + s * 0.2)
        p.curveTo(x + s * 0.45, y + s * 0.5, x + s * 0.6, y, x, y - s * 0.45)
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "sun":
        c.circle(x, y, s * 0.22, stroke=0, fill=1)
        c.setLineWidth(s * 0.06)
        c.setLineCap(1)
        for i in range(12):
            a = i * math.pi / 6
            c.line(x + s * 0.3 * math.cos(a), y + s * 0.3 * math.sin(a),
                   x + s * 0.48 * math.cos(a), y + s * 0.48 * math.sin(a))
    elif kind == "mountain":
        p = c.beginPath()
        p.moveTo(x - s / 2, y - s * 0.35)
        p.lineTo(x - s * 0.12, y + s * 0.35)
        p.lineTo(x + s * 0.08, y)
        p.lineTo(x + s * 0.22, y + s * 0.2)
        p.lineTo(x + s / 2, y - s * 0.35)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "book":
        p = c.beginPath()
        p.moveTo(x, y - s * 0.3)
        p.curveTo(x - s * 0.2, y - s * 0.2, x - s * 0.35, y - s * 0.2, x - s / 2, y - s * 0.25)
        p.lineTo(x - s / 2, y + s * 0.3)
        p.curveTo(x - s * 0.35, y + s * 0.35, x - s * 0.2, y + s * 0.35, x, y + s * 0.25)
        p.curveTo(x + s * 0.2, y + s * 0.35, x + s * 0.35, y + s * 0.35, x + s / 2, y + s * 0.3)
        p.lineTo(x + s / 2, y - s * 0.25)
        p.curveTo(x + s * 0.35, y - s * 0.2, x + s * 0.2, y - s * 0.2, x, y - s * 0.3)
        c.drawPath(p, stroke=0, fill=1)
        c.setStrokeColor(col2)
        c.setLineWidth(s * 0.04)
        c.line(x, y - s * 0.28, x, y + s * 0.23)
    elif kind == "tree":
        c.circle(x, y + s * 0.12, s * 0.34, stroke=0, fill=1)
        c.rect(x - s * 0.06, y - s / 2, s * 0.12, s * 0.4, stroke=0, fill=1)
    elif kind == "monogram":
        c.circle(x, y, s / 2, stroke=0, fill=1)
    elif kind == "feather":
        p = c.beginPath()
        p.moveTo(x - s * 0.4, y - s * 0.45)
        p.curveTo(x - s * 0.2, y, x + s * 0.1, y + s * 0.4, x + s * 0.42, y + s * 0.48)
        p.curveTo(x + s * 0.3, y + s * 0.1, x + s * 0.05, y - s * 0.25, x - s * 0.4, y - s * 0.45)
        c.drawPath(p, stroke=0, fill=1)
        c.setStrokeColor(col2)
        c.setLineWidth(s * 0.03)
        c.line(x - s * 0.38, y - s * 0.43, x + s * 0.3, y + s * 0.36)
    c.restoreState()


def wd(d):
    return d.strftime("%A")


def D(y, m, d):
    return datetime.date(y, m, d)


def longdate(d):
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


# =========================================================================== certificates
# Each draw function receives a reportlab canvas and the page size.

def d01(c, W, H):
    navy, gold = HexColor("#1f2f5c"), HexColor("#a8832f")
    frame_classic(c, W, H, navy, gold)
    logo(c, "leaf", W / 2, H - 82, 28, HexColor("#2f6b3a"))
    T(c, W / 2, H - 120, "WINTERGREEN STATE SOCIETY OF MEDICAL ASSISTANTS", "Serif-B", 17, navy, "c", cs=1.2)
    T(c, W / 2, H - 136, "Continuing Education Committee", "Serif-I", 11, gold, "c")
    T(c, W / 2, H - 180, "Certificate of Attendance", "Serif-BI", 34, navy, "c")
    T(c, W / 2, H - 210, "This certifies that", "Serif-I", 13, INK, "c")
    T(c, W / 2, H - 240, "Dolores M. Achterberg, CMA (AAMA)", "Serif-B", 22, INK, "c")
    line(c, W / 2 - 200, H - 247, W / 2 + 200, H - 247, gold, 0.8)
    T(c, W / 2, H - 270, "attended the", "Serif-I", 13, INK, "c")
    T(c, W / 2, H - 298, "2025 Spring Educational Seminar", "Serif-B", 22, navy, "c")
    T(c, W / 2, H - 318, "March 7\u20138, 2025  \u00b7  Linden Park Conference Hotel, Brookhaven", "Serif", 12, INK, "c")
    # CEU table
    tx, ty = 80, H - 345
    T(c, tx, ty, "AAMA CEUs awarded by category", "Sans-B", 9.5, navy)
    table(c, tx, ty - 6, [130, 70], [["Category", "CEUs"], ["Administrative", "1.0"], ["Clinical", "2.5"],
                                     ["General", "0.5"], ["Total", "4.0"]],
          size=9.5, rowh=16, head_fill=HexColor("#e6e9f2"), aligns=["l", "c"], bold_last=True, grid=navy)
    para(c, "This program has been granted prior approval by the American Association of Medical Assistants "
            "(AAMA) for 4.0 AAMA CEUs. Approval #77215. Only the sessions actually attended may be claimed; "
            "keep this certificate for your recertification records.",
         320, H - 352, 390, "Serif", 10.5, 14)
    sigblock(c, 330, 92, 170, "Loretta Kibbe, CMA (AAMA)", "Education Chair", 11, "Serif", 10,
             extra="Signed March 14, 2025")
    sigblock(c, 540, 92, 170, "Hollis Vang, CMA (AAMA)", "President", 12, "Serif", 10)
    seal(c, 705, 190, 38, gold, "WINTERGREEN \u2022 SSMA \u2022 ", ("EST.", "1968"), ring_size=6.5)


def d02(c, W, H):
    teal, dark = HexColor("#0f6f73"), HexColor("#243238")
    rect(c, 0, H - 120, W, 120, fill=HexColor("#eef6f6"))
    logo(c, "feather", 72, H - 62, 46, teal)
    T(c, 104, H - 60, "QUILLFEATHER", "Sans-B", 24, teal, cs=2.5)
    T(c, 105, H - 78, "Clinical Learning, LLC", "Sans", 11, dark, cs=0.6)
    T(c, W - 50, H - 56, "Certificate ID  QF-26-0418-7713", "Sans", 8.5, GREY, "r")
    T(c, W - 50, H - 68, "Learner ID  102-55871", "Sans", 8.5, GREY, "r")
    T(c, W / 2, H - 185, "Certificate of Completion", "Serif-B", 30, dark, "c")
    line(c, W / 2 - 60, H - 200, W / 2 + 60, H - 200, teal, 2)
    T(c, W / 2, H - 235, "Awarded to", "Sans", 11, GREY, "c")
    T(c, W / 2, H - 265, "Priya Ramanathan", "Serif-B", 24, INK, "c")
    T(c, W / 2, H - 300, "for successfully completing the online course", "Sans", 11, GREY, "c")
    y = H - 332
    for ln in ["Managing Difficult Conversations About", "Medication Adherence"]:
        T(c, W / 2, y, ln, "Sans-B", 18, teal, "c")
        y -= 23
    # details grid
    y = H - 420
    rows = [("Completed", "April 22, 2026"), ("Enrolled", "April 2, 2026"), ("Course number", "Q-4471"),
            ("Format", "Self-paced online, with post-test (score 90%)")]
    for k, v in rows:
        T(c, 150, y, k, "Sans-B", 10, dark)
        T(c, 270, y, v, "Sans", 10, INK)
        y -= 18
    rect(c, 70, 170, W - 140, 100, fill=HexColor("#f5f7f7"), stroke=HexColor("#c9d5d5"), lw=0.8, r=6)
    T(c, 88, 246, "Continuing education credit", "Sans-B", 11, teal)
    T(c, 88, 226, "AAMA CEU: 1.0", "Sans-B", 10.5, INK)
    T(c, 250, 226, "Category: General", "Sans-B", 10.5, INK)
    para(c, "This course is approved by the American Association of Medical Assistants (AAMA) for 1.0 general "
            "CEU. Retain this certificate for six years.", 88, 206, W - 180, "Sans", 9.5, 12.5)
    sigblock(c, 70, 112, 180, "Dr. Imelda Strand, EdD", "Director of Learning", 21, "Sans", 9, align="l")
    T(c, W - 60, 116, "Certificate generated 04/23/2026 08:14 AM CDT", "Sans", 8, GREY, "r")
    line(c, 40, 60, W - 40, 60, HexColor("#c9d5d5"), 0.6)
    T(c, W / 2, 44, "Powered by LearnDock LMS  \u00b7  Questions? support@learndock.net", "Sans", 8, GREY, "c")


def d03(c, W, H):
    blue, grey = HexColor("#004a8f"), HexColor("#7b8794")
    rect(c, 0, H - 10, W, 10, fill=blue)
    logo(c, "drop", 66, H - 60, 34, blue)
    T(c, 88, H - 58, "Pellucid", "Sans-B", 26, blue)
    T(c, 89, H - 74, "DIAGNOSTICS", "Sans", 9, grey, cs=3.2)
    T(c, W - 48, H - 52, "Customer Training Record", "Sans-B", 11, INK, "r")
    T(c, W - 48, H - 66, "Form CT-12 rev. 4", "Sans", 8, grey, "r")
    T(c, W / 2, H - 150, "Certificate of Training", "Sans-B", 28, INK, "c")
    T(c, W / 2, H - 180, "This document confirms that", "Sans", 11, grey, "c")
    T(c, W / 2, H - 208, "Kendra Lowell-Baptiste", "Sans-B", 20, INK, "c")
    T(c, W / 2, H - 236, "has completed operator training on the", "Sans", 11, grey, "c")
    T(c, W / 2, H - 266, "UroScan 300 Operator In-Service Training", "Sans-B", 17, blue, "c")
    rows = [["Item", "Detail"],
            ["Date of training", "09/16/2025"],
            ["Training location", "Fernhill Internal Medicine, Suite 200"],
            ["Instrument serial no.", "US3-0048812"],
            ["Modules", "Start-up & QC, strip loading, result review, cleaning"],
            ["Trainer", "Owen Castellano, Field Clinical Specialist"],
            ["Re-training due", "09/16/2026"]]
    table(c, 70, H - 300, [160, W - 300], rows, size=9.5, rowh=20, head_fill=HexColor("#e4ecf5"),
          grid=HexColor("#9fb3c8"))
    para(c, "This product training is provided to customers at no charge. It is not eligible for continuing "
            "education credit and is not a substitute for your facility's competency assessment.",
         70, 270, W - 140, "Sans-I", 9.5, 13, color=grey)
    sigblock(c, 70, 180, 200, "Owen Castellano", "Field Clinical Specialist", 31, "Sans", 9)
    sigblock(c, W - 270, 180, 200, "Kendra Lowell-Baptiste", "Operator", 32, "Sans", 9)
    line(c, 40, 64, W - 40, 64, grey, 0.5)
    T(c, W / 2, 48, "\u00a9 2025 Pellucid Diagnostics, Inc.  \u00b7  1180 Quarry Lane, Fremont Hills  \u00b7  Customer "
                    "Support 1-800-555-0142", "Sans", 7.5, grey, "c")


def d04(c, W, H):
    maroon = HexColor("#6d1f2b")
    logo(c, "tree", 70, H - 68, 40, maroon)
    T(c, 100, H - 60, "Ashgrove Technical College", "Serif-B", 20, maroon)
    T(c, 100, H - 76, "Office of Continuing & Workforce Education", "Serif-I", 11, INK)
    T(c, W - 50, H - 56, "2200 Mill Race Road", "Serif", 9, GREY, "r")
    T(c, W - 50, H - 68, "Ashgrove, OR 97000", "Serif", 9, GREY, "r")
    T(c, W - 50, H - 80, "(503) 555-0190", "Serif", 9, GREY, "r")
    line(c, 50, H - 92, W - 50, H - 92, maroon, 1.5)
    T(c, 60, H - 130, "May 20, 2025", "Serif", 11)
    T(c, 60, H - 165, "To Whom It May Concern:", "Serif", 11)
    T(c, W / 2, H - 200, "VERIFICATION OF COURSE COMPLETION", "Serif-B", 13, maroon, "c", cs=1)
    y = para(c, "This letter verifies that the student named below completed the following credit course at "
                "Ashgrove Technical College and earned the credit shown. Credit is reported in semester credit "
                "hours.", 60, H - 230, W - 120, "Serif", 11, 15)
    rows = [["Student", "Tomasz Wierzbicki"], ["Student ID", "A00731942"],
            ["Course", "MA 118  Pharmacology for Medical Assistants"],
            ["Term", "Spring 2025 (January 13 \u2013 May 9, 2025)"],
            ["Credit hours", "3"], ["Final grade", "A-"]]
    table(c, 60, y - 8, [130, W - 250], rows, font="Serif", bfont="Serif-B", size=10.5, rowh=21,
          head_fill=None, grid=HexColor("#b9a4a8"))
    y = para(c, "The course covered drug classifications, dosage calculation, routes of administration and "
                "patient education for common outpatient medications. Please contact our office if you need an "
                "official transcript.", 60, y - 160, W - 120, "Serif", 11, 15)
    T(c, 60, y - 20, "Sincerely,", "Serif", 11)
    squiggle(c, 62, y - 62, 120, 41)
    T(c, 60, y - 82, "Renata Holloway", "Serif", 11)
    T(c, 60, y - 96, "Registrar, Continuing & Workforce Education", "Serif", 10, GREY)
    T(c, W / 2, 40, "Ashgrove Technical College is an equal opportunity educator and employer.", "Serif-I", 8, GREY, "c")


def d06(c, W, H):
    green = HexColor("#2d5d2a")
    logo(c, "wave", 62, H - 58, 34, HexColor("#2b6fa8"))
    T(c, 90, H - 54, "Riverbend Family Health Network", "DV-B", 15, HexColor("#2b6fa8"))
    T(c, 90, H - 70, "Department of Clinical Education", "DV", 10, GREY)
    T(c, W - 45, H - 54, "TRAINING RECORD", "DV-B", 12, INK, "r")
    T(c, W - 45, H - 68, "Report run: 03/02/2026 07:41", "DV", 8, GREY, "r")
    line(c, 40, H - 84, W - 40, H - 84, GREY, 0.6)
    info = [("Employee", "Bethany Quiros"), ("Employee ID", "40882"), ("Job title", "Medical Assistant II"),
            ("Department", "Pediatrics \u2013 Eastside Clinic"), ("Supervisor", "Margo Efron, RN")]
    y = H - 108
    for k, v in info:
        T(c, 50, y, k + ":", "DV-B", 9.5)
        T(c, 150, y, v, "DV", 9.5)
        y -= 15
    T(c, 50, y - 14, "Completed learning", "DV-B", 11, green)
    rows = [["Code", "Course", "Assigned", "Completed", "Duration", "Result"],
            ["CE-SF-01", "Annual Competency: Sterile Field and", "01/06/2026", "02/18/2026", "45 min", "Passed"],
            ["", "Instrument Handling", "", "", "", "(92%)"]]
    cols = [58, 222, 62, 64, 52, 54]
    x0 = 45
    yt = y - 22
    rect(c, x0, yt - 18, sum(cols), 18, fill=HexColor("#e2ecdf"))
    xx = x0
    for j, h in enumerate(rows[0]):
        T(c, xx + 4, yt - 13, h, "DV-B", 8.5)
        xx += cols[j]
    for i, r in enumerate(rows[1:]):
        xx = x0
        for j, cell in enumerate(r):
            T(c, xx + 4, yt - 32 - i * 12, cell, "DV", 8.5)
            xx += cols[j]
    line(c, x0, yt - 52, x0 + sum(cols), yt - 52, GREY, 0.5)
    y = yt - 76
    for k, v in [("Due date", "02/28/2026"), ("Next due", "02/18/2027"), ("Delivery", "Skills lab + online module"),
                 ("Evaluator", "Jun Takeda, CMA (AAMA), Clinical Educator"),
                 ("CE credit", "None \u2013 internal competency; no CE credit awarded.")]:
        T(c, 50, y, k + ":", "DV-B", 9)
        T(c, 150, y, v, "DV", 9)
        y -= 14
    T(c, 50, 60, "This record was produced from the Riverbend learning management system and is valid without a "
                 "signature.", "DV", 7.5, GREY)
    T(c, W - 45, 40, "Page 1 of 1", "DV", 7.5, GREY, "r")


def d07(c, W, H):
    red, dark = HexColor("#9c2f1f"), HexColor("#2a2320")
    frame_guilloche(c, W, H, HexColor("#c8956b"), band=22, seed=7)
    logo(c, "sun", W / 2, H - 78, 34, HexColor("#d38a1f"))
    T(c, W / 2, H - 118, "Instituto Latino de Asistentes M\u00e9dicos", "Serif-B", 20, red, "c")
    T(c, W / 2, H - 134, "Educaci\u00f3n continua para el equipo de salud", "Serif-I", 11, dark, "c")
    T(c, W / 2, H - 178, "CERTIFICADO DE PARTICIPACI\u00d3N", "Serif-B", 26, dark, "c", cs=1.5)
    T(c, W / 2, H - 210, "Se otorga a", "Serif-I", 13, dark, "c")
    T(c, W / 2, H - 240, "Maricela Fuentes Ybarra", "Serif-B", 24, INK, "c")
    line(c, W / 2 - 190, H - 248, W / 2 + 190, H - 248, red, 0.7)
    T(c, W / 2, H - 272, "por haber completado satisfactoriamente el curso", "Serif-I", 13, dark, "c")
    T(c, W / 2, H - 302, "Manejo de la Hipertensi\u00f3n en Atenci\u00f3n Primaria", "Serif-B", 21, red, "c")
    T(c, W / 2, H - 326, "realizado el 12 de septiembre de 2025, en modalidad virtual", "Serif", 12.5, dark, "c")
    T(c, W / 2, H - 356, "Horas de contacto: 2.0", "Serif-B", 14, dark, "c")
    T(c, W / 2, H - 376, "Este curso no ha sido presentado para CEUs de la AAMA.", "Serif-I", 10.5, GREY, "c")
    sigblock(c, 120, 120, 200, "Lic. Ernesto Galv\u00e1n Robles", "Director Acad\u00e9mico", 71, "Serif", 10)
    sigblock(c, W - 320, 120, 200, "Dra. Iliana Ocampo", "Coordinadora de Educaci\u00f3n Continua", 72, "Serif", 10)
    T(c, W / 2, 64, "Fecha de emisi\u00f3n: 15 de septiembre de 2025  \u00b7  Folio ILAM-2025-0912-114", "Serif", 9, GREY, "c")


def d08(c, W, H):
    cobalt, ink2 = HexColor("#1d3fa6"), HexColor("#0d1733")
    rect(c, 0, 0, 210, H, fill=cobalt)
    logo(c, "hex", 105, H - 110, 70, white, cobalt)
    for i, s in enumerate(["COBALT", "ALLIED HEALTH", "ACADEMY"]):
        T(c, 105, H - 178 - i * 20, s, "Sans-B", 15 if i == 0 else 12, white, "c", cs=1.5)
    T(c, 105, 90, "Date printed", "Sans", 8, HexColor("#c9d3f2"), "c")
    T(c, 105, 76, "09/02/2025", "Sans-B", 9, white, "c")
    x = 250
    T(c, x, H - 90, "CERTIFICATE OF COMPLETION", "Sans-B", 13, cobalt, cs=3)
    T(c, x, H - 130, "Jordan Teague, CCMA", "Sans-B", 28, ink2)
    T(c, x, H - 160, "has completed the continuing education activity", "Sans", 11, GREY)
    y = H - 198
    for ln in ["ELECTROCARDIOGRAM LEAD PLACEMENT", "AND ARTIFACT TROUBLESHOOTING"]:
        T(c, x, y, ln, "Sans-B", 19, cobalt)
        y -= 24
    T(c, x, H - 270, "Completion date", "Sans", 9, GREY)
    T(c, x, H - 286, "08/27/2025", "Sans-B", 13, ink2)
    T(c, x + 160, H - 270, "Credit awarded", "Sans", 9, GREY)
    T(c, x + 160, H - 286, "1.0 NHA CE Credit", "Sans-B", 13, ink2)
    T(c, x + 340, H - 270, "Activity ID", "Sans", 9, GREY)
    T(c, x + 340, H - 286, "CAHA-EKG-219", "Sans-B", 13, ink2)
    para(c, "This activity is approved by the National Healthcareer Association (NHA) for 1.0 continuing "
            "education credit toward NHA certification renewal. It has not been approved for AAMA CEUs.",
         x, H - 330, W - x - 50, "Sans", 10, 13.5)
    sigblock(c, x, 120, 190, "Renée Castellanos-Hart", "Program Director", 81, "Sans", 9, align="l")
    seal(c, W - 110, 150, 48, cobalt, "COBALT ALLIED HEALTH ACADEMY \u2022 ", ("CE",), font="Sans-B", ring_size=6.2)


def d09(c, W, H):
    sea, sand = HexColor("#0b5563"), HexColor("#e9dfc8")
    rect(c, 30, 30, W - 60, H - 60, stroke=sea, lw=1.5)
    rect(c, 30, H - 150, W - 60, 120, fill=sea)
    logo(c, "wave", 85, H - 90, 46, white)
    T(c, 125, H - 80, "Tidewater Health Sciences Institute", "Serif-B", 19, white)
    T(c, 125, H - 100, "Continuing Professional Education", "Serif-I", 11.5, sand)
    T(c, W / 2, H - 205, "Certificate of Completion", "Serif-B", 28, sea, "c")
    T(c, W / 2, H - 240, "presented to", "Serif-I", 12, GREY, "c")
    T(c, W / 2, H - 270, "Samantha Oyelaran", "Serif-B", 22, INK, "c")
    T(c, W / 2, H - 300, "for completion of", "Serif-I", 12, GREY, "c")
    T(c, W / 2, H - 328, "Infection Control Essentials in Ambulatory Care", "Serif-B", 17, sea, "c")
    rows = [["Registration date", "February 27, 2026"], ["Completion date", "March 14, 2026"],
            ["Delivery", "Instructor-led virtual classroom"], ["Credit", "0.2 IACET CEUs (2.0 contact hours)"]]
    y = H - 372
    for k, v in rows:
        T(c, 150, y, k, "Serif-B", 11)
        T(c, 290, y, v, "Serif", 11)
        y -= 19
    rect(c, 60, 170, W - 120, 92, fill=HexColor("#f4efe3"))
    para(c, "Tidewater Health Sciences Institute has been accredited as an Authorized Provider by the "
            "International Accreditors for Continuing Education and Training (IACET). In obtaining this "
            "accreditation, Tidewater Health Sciences Institute has demonstrated that it complies with the "
            "ANSI/IACET Standard, and is authorized to offer IACET CEUs for its programs that qualify under "
            "the ANSI/IACET Standard.", 72, 246, W - 144, "Serif", 9, 11.5)
    sigblock(c, 70, 110, 190, "Philippa Grange, MSN, RN", "Dean of Continuing Education", 91, "Serif", 9.5)
    T(c, W - 70, 104, "Certificate no. THSI-26-03-0581", "Serif", 9, GREY, "r")


def d10(c, W, H):
    mari, ink2 = HexColor("#d98e04"), HexColor("#3b2a14")
    rect(c, 0, 0, W, H, fill=HexColor("#fffaf0"))
    rect(c, 0, H - 16, W, 16, fill=mari)
    rect(c, 0, 0, W, 16, fill=mari)
    logo(c, "sun", 80, H - 72, 44, mari)
    T(c, 112, H - 66, "Marigold Medical Assistant Review, Inc.", "DVS-B", 17, ink2)
    T(c, 112, H - 82, "Online CE for CMAs since 2009", "DVS-I", 10, GREY)
    T(c, W - 60, H - 66, "Course MA-CL-2207", "DV", 9, GREY, "r")
    T(c, W / 2, H - 150, "CERTIFICATE", "DVS-B", 34, ink2, "c", cs=6)
    T(c, W / 2, H - 172, "OF CONTINUING EDUCATION", "DVS", 12, mari, "c", cs=3)
    T(c, W / 2, H - 215, "Heather Vandermolen, CMA (AAMA)", "DVS-B", 22, INK, "c")
    T(c, W / 2, H - 245, "completed the course", "DVS-I", 12, GREY, "c")
    T(c, W / 2, H - 278, "Capillary Puncture Techniques for Pediatric Patients", "DVS-B", 19, ink2, "c")
    bx = W / 2 - 260
    rect(c, bx, H - 390, 520, 78, stroke=mari, lw=1, fill=white)
    for i, (k, v) in enumerate([("Date of completion", "July 9, 2025"), ("AAMA CEUs", "2.0 Clinical"),
                                ("Claim by", "July 9, 2026")]):
        cx = bx + 87 + i * 173
        T(c, cx, H - 340, k, "DV", 9, GREY, "c")
        T(c, cx, H - 362, v, "DV-B", 13, INK, "c")
    para(c, "This course has been approved by the American Association of Medical Assistants (AAMA) for 2.0 "
            "clinical CEUs. AAMA approval number 81034.", W / 2 - 260, H - 415, 520, "DV", 9.5, 12.5, "c")
    sigblock(c, 90, 100, 190, "Corinne Ashby, CMA (AAMA)", "Education Director", 101, "DV", 9)
    sigblock(c, W - 280, 100, 190, "Wade Pelletier", "President", 102, "DV", 9)


def d12(c, W, H):
    azul, coral = HexColor("#145a96"), HexColor("#e06c4f")
    rect(c, 0, 0, W, H, fill=HexColor("#f7fbff"))
    # wordmark logo only
    c.saveState()
    c.setStrokeColor(azul)
    c.setLineWidth(4)
    p = c.beginPath()
    p.moveTo(W / 2 - 60, H - 95)
    p.curveTo(W / 2 - 30, H - 55, W / 2 + 30, H - 55, W / 2 + 60, H - 95)
    c.drawPath(p, stroke=1, fill=0)
    c.setStrokeColor(coral)
    c.setLineWidth(2)
    for k in range(-2, 3):
        c.line(W / 2 + k * 22, H - 95, W / 2 + k * 22, H - 80 + abs(k) * -4 + 10)
    c.restoreState()
    T(c, W / 2, H - 118, "Cl\u00ednica Comunitaria", "Vera", 13, azul, "c", cs=2)
    T(c, W / 2, H - 140, "PUENTE AZUL", "Vera-B", 22, azul, "c", cs=5)
    T(c, W / 2, H - 190, "Certificado de finalizaci\u00f3n", "DVS-B", 22, coral, "c")
    T(c, W / 2, H - 212, "Certificate of Completion", "DVS-I", 15, azul, "c")
    T(c, W / 2, H - 248, "Otorgado a / Awarded to", "Vera", 10, GREY, "c")
    T(c, W / 2, H - 278, "Rosa Elvira Quintanilla", "DVS-B", 22, INK, "c")
    T(c, W / 2, H - 310, "por completar / for completing", "Vera", 10, GREY, "c")
    T(c, W / 2, H - 340, "Cultural Humility in Patient Communication", "DVS-B", 19, azul, "c")
    y = H - 385
    for k, v in [("Fecha / Date", "06/11/2026"), ("Modalidad / Format", "Presencial / In person"),
                 ("Cr\u00e9dito / Credit", "1.0 AAMA CEU (General) / 1.0 CEU de la AAMA (General)")]:
        T(c, W / 2 - 50, y, k + ":", "Vera-B", 10, INK, "r")
        T(c, W / 2 - 38, y, v, "Vera", 10, INK)
        y -= 17
    para(c, "This program has been approved by the American Association of Medical Assistants for 1.0 general "
            "CEU. / Este programa ha sido aprobado por la American Association of Medical Assistants para "
            "1.0 CEU general.", W / 2 - 230, y - 12, 460, "Vera", 8.5, 11.5, "c", GREY)
    sigblock(c, 80, 90, 180, "Xiomara Lugo, MPH", "Coordinadora de Capacitaci\u00f3n / Training Coordinator", 121,
             "Vera", 8.5)
    sigblock(c, W - 260, 90, 180, "Dr. Tom\u00e1s Villaverde", "Director M\u00e9dico / Medical Director", 122,
             "Vera", 8.5)


def d13(c, W, H):
    slate, silver = HexColor("#34495e"), HexColor("#95a5a6")
    frame_classic(c, W, H, slate, silver, inset=26)
    logo(c, "tree", 90, H - 92, 40, HexColor("#2e5e4e"))
    T(c, 120, H - 86, "STERLING PINES", "Serif-B", 20, slate, cs=2)
    T(c, 120, H - 102, "MEDICAL EDUCATION", "Serif", 10, silver, cs=3.5)
    T(c, W - 80, H - 86, "Record no. SPME-11-25-0392", "Serif", 9, GREY, "r")
    T(c, W / 2, H - 165, "Continuing Education Certificate", "Serif-B", 28, slate, "c")
    T(c, W / 2, H - 200, "Darnell Hightower, RMA", "Serif-B", 21, INK, "c")
    T(c, W / 2, H - 228, "is hereby awarded one and one-half (1.5) CE hours for completing", "Serif-I", 13, INK, "c")
    T(c, W / 2, H - 262, "Laboratory Safety and OSHA Bloodborne", "Serif-B", 20, slate, "c")
    T(c, W / 2, H - 286, "Pathogens Update", "Serif-B", 20, slate, "c")
    T(c, W / 2, H - 320, "Completed November 14, 2025  \u00b7  Home-study module with post-test", "Serif", 12, INK, "c")
    para(c, "Approved by American Medical Technologists (AMT) for 1.5 CE hours. This program has not been "
            "submitted to the AAMA for CEU approval.", 140, H - 355, W - 280, "Serif-I", 10.5, 14, "c", GREY)
    sigblock(c, W / 2 - 100, 110, 200, "Gideon Marsh, MT(ASCP)", "Course Author and Director", 131, "Serif", 10)


def d14(c, W, H):
    copper, dark = HexColor("#b5651d"), HexColor("#2b2b2b")
    rect(c, 40, H - 40, W - 80, 3, fill=copper)
    logo(c, "shield", 72, H - 82, 44, copper)
    T(c, 102, H - 78, "Copperleaf Regional Medical Center", "Sans-B", 17, dark)
    T(c, 102, H - 95, "Center for Professional Development", "Sans", 10.5, copper)
    T(c, W - 48, H - 78, "Activity #CPD-2026-219", "Sans", 8.5, GREY, "r")
    T(c, W / 2, H - 160, "Certificate of Attendance", "Serif-BI", 30, dark, "c")
    T(c, W / 2, H - 195, "Megan O'Farrell, CMA (AAMA)", "Serif-B", 21, INK, "c")
    T(c, W / 2, H - 222, "attended the education program", "Sans", 11, GREY, "c")
    y = H - 255
    for ln in ["Insulin Pen Teaching for Newly", "Diagnosed Diabetes Patients"]:
        T(c, W / 2, y, ln, "Serif-B", 19, copper, "c")
        y -= 24
    T(c, W / 2, y - 6, "Presented by Anika Sorensen, RN, CDCES", "Sans-I", 10.5, dark, "c")
    y -= 40
    for k, v in [("Registration date", "08/01/2026"), ("Date attended", "08/19/2026"),
                 ("Location", "Copperleaf Pavilion, Conference Room B"), ("Credit", "1.0 AAMA CEU \u2013 Clinical")]:
        T(c, 200, y, k, "Sans-B", 10)
        T(c, 330, y, v, "Sans", 10)
        y -= 16
    para(c, "This program is approved by the American Association of Medical Assistants (AAMA) for 1.0 clinical "
            "CEU.", 120, y - 10, W - 240, "Sans", 9.5, 12.5, "c")
    rect(c, 120, 150, W - 240, 34, fill=HexColor("#f6eee6"))
    T(c, W / 2, 163, "Supported by an educational grant from Halvorsen Pharmaceuticals.", "Sans-I", 9.5, dark, "c")
    sigblock(c, 90, 90, 180, "Dana Whitlock, MSN, RN-BC", "Manager, Professional Development", 141, "Sans", 8.5)
    sigblock(c, W - 270, 90, 180, "Anika Sorensen, RN, CDCES", "Presenter", 142, "Sans", 8.5)


def d15(c, W, H):
    purple, mint = HexColor("#5b2a86"), HexColor("#38b59a")
    rect(c, 0, H - 70, W, 70, fill=purple)
    logo(c, "hex", 50, H - 35, 30, mint, purple)
    T(c, 74, H - 42, "MedSkillHub", "Vera-B", 20, white)
    T(c, 226, H - 41, "Learning made simple", "Vera-I", 10, HexColor("#d8c8ea"))
    T(c, W - 40, H - 40, "Transcript certificate", "Vera", 10, white, "r")
    T(c, W / 2, H - 150, "CERTIFICATE OF COMPLETION", "Vera-B", 26, purple, "c", cs=1.5)
    T(c, W / 2, H - 185, "This is to certify that", "Vera", 11, GREY, "c")
    T(c, W / 2, H - 215, "Yesenia Portillo", "Vera-B", 24, INK, "c")
    T(c, W / 2, H - 245, "has completed the course bundle", "Vera", 11, GREY, "c")
    T(c, W / 2, H - 278, "Foundations of Practice Finance: Coding, Billing and Collections", "Vera-B", 16, purple, "c")
    T(c, W / 2, H - 305, "Completion date: 2026-01-30", "Vera", 11, INK, "c")
    rows = [["Module", "AAMA CEUs", "Category"],
            ["1. Coding fundamentals (ICD-10-CM and CPT)", "1.0", "Administrative"],
            ["2. Claims, denials and appeals", "1.0", "Administrative"],
            ["3. Patient financial conversations", "1.0", "General"],
            ["Total", "3.0", ""]]
    table(c, 56, H - 330, [300, 90, 110], rows, font="Vera", bfont="Vera-B", size=9.5, rowh=18,
          head_fill=HexColor("#ece3f5"), aligns=["l", "c", "c"], bold_last=True, grid=HexColor("#b9a6cc"))
    T(c, W / 2, H - 445, "Administrative: 2.0   \u00b7   General: 1.0", "Vera-B", 10.5, INK, "c")
    sigblock(c, W / 2 - 110, 120, 220, "Harriet Yoon, CMA (AAMA)", "Curriculum Lead", 151, "Vera", 9)
    line(c, 40, 78, W - 40, 78, HexColor("#cccccc"), 0.5)
    para(c, "Course content provided by Larkspur Learning Group, LLC. This course bundle has been approved by the "
            "American Association of Medical Assistants (AAMA) for 3.0 CEUs (2.0 administrative, 1.0 general). "
            "MedSkillHub hosts the course and issues this certificate on the provider's behalf.",
         60, 64, W - 120, "Vera", 7.5, 9.5, "c", GREY)


def d16(c, W, H):
    navy, lime = HexColor("#14213d"), HexColor("#7cb518")
    rect(c, 0, 0, W, H, fill=HexColor("#fbfbfb"))
    rect(c, 36, 36, W - 72, H - 72, stroke=navy, lw=0.8)
    # check-mark logo
    c.saveState()
    c.setStrokeColor(lime)
    c.setLineWidth(7)
    c.setLineCap(1)
    p = c.beginPath()
    p.moveTo(70, H - 86)
    p.lineTo(84, H - 100)
    p.lineTo(110, H - 66)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()
    T(c, 122, H - 84, "ClearPath", "DV-B", 22, navy)
    T(c, 123, H - 99, "Compliance Training", "DV", 10, GREY)
    T(c, W - 70, H - 80, "CERTIFICATE", "DV-B", 12, lime, "r", cs=4)
    T(c, 70, H - 170, "Aaron Feldkamp", "DV-B", 26, navy)
    T(c, 70, H - 196, "successfully completed", "DV", 12, GREY)
    T(c, 70, H - 228, "Workplace Violence Prevention in Outpatient Clinics", "DV-B", 18, navy)
    for i, (k, v) in enumerate([("Completed", "10/02/2025 3:47 PM"), ("Time in course", "1 hr 20 min"),
                                ("Assessment", "Passed (9/10)")]):
        x = 70 + i * 200
        T(c, x, H - 280, k.upper(), "DV", 8, GREY, cs=1)
        T(c, x, H - 298, v, "DV-B", 13, INK)
    T(c, 70, H - 340, "This training does not carry continuing education credit.", "DV-I", 10, GREY)
    sigblock(c, 70, 130, 200, "Marisol Achebe", "Chief Learning Officer", 161, "DV", 9, align="l")
    T(c, W - 70, 70, "ClearPath Compliance Training, Inc.  \u00b7  Verification code CPC-7Q4M-2291", "DV", 8, GREY, "r")


def card_aha(c, x, y, w, h, kind, course, name, course_date, renew, site, site_id, instructor, instr_id,
             ecard, back=True, issue=None, front=True, gap=20, outline="#999999"):
    """Draw an invented AHA-style card (front at x,y; back to the right or below)."""
    red = HexColor("#c8102e")
    if front:
        rect(c, x, y, w, h, fill=white, stroke=HexColor(outline), lw=0.6, r=8)
        rect(c, x, y + h - h * 0.3, w, h * 0.3, fill=red, r=0)
        logo(c, "heart", x + 24, y + h - h * 0.15, 22, white)
        T(c, x + 42, y + h - h * 0.15 + 1, "American Heart", "Sans-B", 9.5, white)
        T(c, x + 42, y + h - h * 0.15 - 10, "Association.", "Sans-B", 9.5, white)
        T(c, x + w / 2, y + h * 0.48, course, "Sans-B", 17, red, "c")
        T(c, x + w / 2, y + h * 0.34, kind, "Sans", 9, INK, "c")
        T(c, x + w / 2, y + h * 0.18, name, "Sans-B", 11, INK, "c")
        T(c, x + w / 2, y + h * 0.07, "has successfully completed the cognitive and skills evaluations", "Sans", 6,
          GREY, "c")
    if back:
        bx, by = (x + w + gap, y) if front else (x, y)
        rect(c, bx, by, w, h, fill=white, stroke=HexColor(outline), lw=0.6, r=8)
        if issue:
            rows = [[("Course Date", course_date), ("Issue Date", issue)],
                    [("Recommended Renewal Date", renew), ("eCard Code", ecard)]]
        else:
            rows = [[("Course Date", course_date), ("Recommended Renewal Date", renew)], [("eCard Code", ecard)]]
        rows += [[("Training Center Name", site)], [("TC ID #", site_id), ("Instructor ID #", instr_id)],
                 [("Instructor Name", instructor)]]
        rh = (h - 16) / len(rows)
        yy = by + h - 14
        for row in rows:
            cw = (w - 24) / len(row)
            for j, (k, v) in enumerate(row):
                cx = bx + 12 + j * cw
                T(c, cx, yy, k, "Sans", 6.2, GREY)
                size = 8.2
                while sw(v, "Sans-B", size) > cw - 6 and size > 5:
                    size -= 0.2
                T(c, cx, yy - size - 2, v, "Sans-B", size, INK)
                line(c, cx, yy - size - 4.5, cx + cw - 6, yy - size - 4.5, HexColor("#bbbbbb"), 0.3)
            yy -= rh


def d17(c, W, H):
    red = HexColor("#c8102e")
    logo(c, "heart", 60, H - 60, 30, red)
    T(c, 84, H - 56, "American Heart Association", "Sans-B", 16, INK)
    T(c, 84, H - 72, "eCard", "Sans", 10, GREY)
    line(c, 40, H - 90, W - 40, H - 90, red, 1.2)
    T(c, 50, H - 120, "Your eCard is ready. Print this page or save it for your records.", "Sans", 10, INK)
    card_aha(c, 50, H - 330, 245, 170, "Provider", "BLS", "Chioma Eze", "05/20/2026", "05/2028",
             "Dunmore County EMS Training Center", "TC-41837", "Gary Pulaski", "03150198772",
             "265071839204", issue="05/22/2026")
    T(c, 50, H - 370, "Course: BLS Provider", "Sans-B", 11)
    para(c, "This card certifies that the above individual has successfully completed the objectives and skills "
            "evaluations in accordance with the curriculum of the American Heart Association BLS Provider "
            "course.", 50, H - 392, W - 100, "Sans", 9.5, 12.5)
    T(c, 50, H - 450, "Verify this eCard at the eCard verification page using the eCard code.", "Sans", 9, GREY)
    T(c, 50, 50, "Training Center: Dunmore County EMS Training Center \u00b7 Ridgeway", "Sans", 8, GREY)


def d18(c, W, H):
    red = HexColor("#d50032")
    rect(c, 30, 30, W - 60, H - 60, stroke=HexColor("#cccccc"), lw=1)
    logo(c, "redcross", 80, H - 80, 38, red)
    T(c, 110, H - 76, "American", "Sans-B", 18, INK)
    T(c, 110, H - 96, "Red Cross", "Sans-B", 18, INK)
    T(c, W - 70, H - 76, "Certificate ID: 02K7M9X", "Sans", 9, GREY, "r")
    T(c, W / 2, H - 170, "Certificate of Completion", "Sans", 20, GREY, "c")
    T(c, W / 2, H - 215, "Travis Mendenhall", "Sans-B", 28, INK, "c")
    T(c, W / 2, H - 245, "has successfully completed requirements for", "Sans", 11, GREY, "c")
    T(c, W / 2, H - 280, "Adult and Pediatric First Aid/CPR/AED", "Sans-B", 22, red, "c")
    for i, (k, v) in enumerate([("Date Completed", "07/12/2025"), ("Valid For", "2 Years"), ("Expires", "07/12/2027")]):
        x = W / 2 - 220 + i * 220
        T(c, x, H - 330, k, "Sans", 9, GREY, "c")
        T(c, x, H - 348, v, "Sans-B", 13, INK, "c")
    T(c, W / 2, H - 390, "Training Provider: Halcyon Safety Partners  \u00b7  Instructor: Dwayne Ferris",
      "Sans", 10, INK, "c")
    para(c, "This certificate indicates that the individual has completed the course in accordance with the "
            "American Red Cross program requirements. To verify, scan the code or visit the certificate lookup "
            "page.", 120, 130, W - 240, "Sans", 8.5, 11, "c", GREY)
    rnd = random.Random(180)
    for i in range(21):
        for j in range(21):
            if (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7) or rnd.random() < 0.45:
                rect(c, W - 120 + i * 3, 60 + j * 3, 3, 3, fill=INK)


def d20(c, W, H):
    bark = HexColor("#5a3e2b")
    rect(c, 18, 18, W - 36, H - 36, stroke=bark, lw=6)
    rect(c, 30, 30, W - 60, H - 60, stroke=bark, lw=0.8)
    logo(c, "mountain", W / 2, H - 82, 50, HexColor("#3f6e5a"))
    T(c, W / 2, H - 120, "Harrow Creek Orthopedic Group", "Serif-B", 18, bark, "c")
    T(c, W / 2, H - 136, "Staff Development", "Serif-I", 11, GREY, "c")
    words, gap = ["Certificate", "of", "Attendance"], 12
    x = W / 2 - (sum(sw(w_, "Callig", 40) for w_ in words) + gap * (len(words) - 1)) / 2
    for w_ in words:
        x += T(c, x, H - 190, w_, "Callig", 40, INK) + gap
    T(c, W / 2, H - 230, "presented to", "Serif-I", 12, GREY, "c")
    T(c, W / 2, H - 262, "Lucia Benavides", "Serif-B", 24, INK, "c")
    T(c, W / 2, H - 292, "for attending the in-service", "Serif-I", 12, GREY, "c")
    T(c, W / 2, H - 322, "Fall Prevention Huddle Training", "Serif-B", 21, bark, "c")
    d = D(2026, 4, 16)
    T(c, W / 2, H - 348, "Attended on %s, %s" % (wd(d), longdate(d)), "Serif", 12, INK, "c")
    T(c, W / 2, H - 372, "This is an internal in-service; no continuing education credit is awarded.",
      "Serif-I", 10, GREY, "c")
    sigblock(c, 130, 100, 190, "Pauline Mercer, PT, DPT", "Rehabilitation Services Lead", 201, "Serif", 10)
    sigblock(c, W - 320, 100, 190, "Trent Abernathy", "Practice Administrator", 202, "Serif", 10)


def d21(c, W, H):
    plum, sage = HexColor("#4a2545"), HexColor("#7d9a79")
    frame_guilloche(c, W, H, sage, band=20, seed=21)
    seal(c, W / 2, H - 110, 44, plum, "CONTINUING EDUCATION \u2022 MEDICAL ASSISTING \u2022 ", ("CE",),
         font="Sans-B", ring_size=5.8)
    T(c, W / 2, H - 190, "Certificate of Continuing Education", "Serif-B", 28, plum, "c")
    T(c, W / 2, H - 222, "awarded to", "Serif-I", 12, GREY, "c")
    T(c, W / 2, H - 252, "Gretchen Hallorann, CMA (AAMA)", "Serif-B", 22, INK, "c")
    T(c, W / 2, H - 280, "for participating in the live webinar", "Serif-I", 12, GREY, "c")
    T(c, W / 2, H - 310, "Ethics of Social Media Use in Healthcare", "Serif-B", 20, plum, "c")
    T(c, W / 2, H - 334, "Sat, 11 Jan 2025  \u00b7  10:00\u201310:30 a.m.  \u00b7  via Zoom", "Serif", 12, INK, "c")
    para(c, "Juniper Hollow Chapter of Medical Assistants has been granted prior approval by the American "
            "Association of Medical Assistants (AAMA) for one-half (0.5) general CEU for this program. "
            "Approval #79902.", 130, H - 370, W - 260, "Serif", 10.5, 14, "c")
    sigblock(c, 140, 96, 190, "Opal Brannigan, CMA (AAMA)", "CE Coordinator", 211, "Serif", 10,
             extra="January 20, 2025")
    sigblock(c, W - 330, 96, 190, "Sunita Rao, CMA (AAMA)", "Chapter President", 212, "Serif", 10)


def d22(c, W, H):
    blue = HexColor("#27408b")
    logo(c, "cross", 70, H - 70, 34, blue)
    T(c, 98, H - 64, "St. Anselm Medical Center", "Serif-B", 19, blue)
    T(c, 98, H - 80, "Language Services Department", "Serif-I", 11, GREY)
    line(c, 50, H - 96, W - 50, H - 96, blue, 0.8)
    T(c, W / 2, H - 150, "Certificate of Completion", "Serif-B", 26, INK, "c")
    T(c, W / 2, H - 180, "is awarded to", "Serif-I", 12, GREY, "c")
    T(c, W / 2, H - 210, "Noelle Thibodeaux", "Serif-B", 22, INK, "c")
    T(c, W / 2, H - 240, "for completing the four-session course", "Serif-I", 12, GREY, "c")
    T(c, W / 2, H - 272, "Medical Spanish for Clinical Staff, Level I", "Serif-B", 19, blue, "c")
    ds = [D(2026, 2, 3), D(2026, 2, 10), D(2026, 2, 17), D(2026, 2, 24)]
    rows = [["Session", "Date", "Topic"],
            ["1", ds[0].strftime("%a, %b ") + str(ds[0].day), "Greetings, history-taking and consent"],
            ["2", ds[1].strftime("%a, %b ") + str(ds[1].day), "Vital signs, pain scales and triage"],
            ["3", ds[2].strftime("%a, %b ") + str(ds[2].day), "Medications and patient instructions"],
            ["4", ds[3].strftime("%a, %b ") + str(ds[3].day) + ", 2026", "Role-play assessment"]]
    table(c, 120, H - 300, [60, 120, 250], rows, font="Serif", bfont="Serif-B", size=10, rowh=18,
          head_fill=HexColor("#e3e8f4"), aligns=["c", "l", "l"], grid=HexColor("#a3add0"))
    T(c, W / 2, H - 415, "Total: 12.0 contact hours", "Serif-B", 13, INK, "c")
    T(c, W / 2, H - 433, "This course is not approved for AAMA CEUs.", "Serif-I", 10, GREY, "c")
    sigblock(c, W / 2 - 100, 100, 200, "Esperanza Ruiz-Okafor, CHI", "Manager, Language Services", 221, "Serif", 10)


# --------------------------------------------------------------------------- HTML (Chromium) certificates
HTML05 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Certificate of Participation</title>
<style>
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1d2733; }
.page { width: 11in; height: 8.5in; position: relative; box-sizing: border-box; padding: 0.55in 0.7in;
        background: linear-gradient(135deg, #ffffff 0%, #ffffff 70%, #e3f1fb 100%); }
.top { display: flex; align-items: center; justify-content: space-between; border-bottom: 2px solid #1479c9;
       padding-bottom: 12px; }
.brand { display: flex; align-items: center; gap: 12px; }
.brand .name { font-size: 22pt; font-weight: bold; color: #1479c9; letter-spacing: 0.5px; }
.brand .sub { font-size: 9pt; color: #5b6b7b; }
.meta { text-align: right; font-size: 8.5pt; color: #5b6b7b; line-height: 1.5; }
h1 { font-family: 'DejaVu Serif', serif; font-size: 30pt; margin: 34px 0 6px; text-align: center; color: #0d3b66; }
.lead { text-align: center; font-size: 11pt; color: #5b6b7b; margin: 4px 0; }
.who { text-align: center; font-family: 'DejaVu Serif', serif; font-size: 22pt; font-weight: bold; margin: 10px 0 14px; }
.course { text-align: center; font-size: 19pt; font-weight: bold; color: #0d3b66; margin: 10px 0 6px; }
.when { text-align: center; font-size: 10.5pt; margin-bottom: 20px; }
.boxes { display: flex; gap: 18px; justify-content: center; }
.box { border: 1px solid #b8d4ea; border-radius: 6px; padding: 10px 18px; min-width: 170px; text-align: center; background: #fff; }
.box .k { font-size: 8pt; text-transform: uppercase; letter-spacing: 1px; color: #5b6b7b; }
.box .v { font-size: 13pt; font-weight: bold; margin-top: 4px; }
.note { margin: 18px auto 0; width: 78%; font-size: 9pt; color: #40505f; text-align: center; line-height: 1.45; }
.foot { position: absolute; left: 0.7in; right: 0.7in; bottom: 0.45in; display: flex; justify-content: space-between;
        align-items: flex-end; font-size: 8pt; color: #5b6b7b; }
.sig { width: 220px; border-top: 1px solid #333; padding-top: 4px; font-size: 9pt; color: #1d2733; }
.sig svg { display: block; margin-bottom: 2px; }
</style></head><body><div class="page">
<div class="top">
  <div class="brand">
    <svg width="46" height="46" viewBox="0 0 46 46"><circle cx="23" cy="23" r="21" fill="#1479c9"/>
      <path d="M6 27 C 14 18, 20 34, 28 24 S 38 20, 41 25" stroke="#fff" stroke-width="3.2" fill="none"/>
      <path d="M6 34 C 14 25, 20 41, 28 31 S 38 27, 41 32" stroke="#9fd3f7" stroke-width="2.4" fill="none"/></svg>
    <div><div class="name">Brightwater</div><div class="sub">CE WEBINARS FOR THE AMBULATORY CARE TEAM</div></div>
  </div>
  <div class="meta">Certificate # BW-26-0605-3381<br>Printed 07/01/2026</div>
</div>
<h1>Certificate of Participation</h1>
<div class="lead">This certifies that</div>
<div class="who">Latrice Odum, CMA (AAMA)</div>
<div class="lead">participated in the live webinar</div>
<div class="course">HIPAA Privacy Updates for the Front Desk</div>
<div class="when">Live webinar &middot; Friday, June 5, 2026 &middot; 12:00&ndash;1:30 PM ET &middot; Presenter: Gwen Ostrowski, JD, CHC</div>
<div class="boxes">
  <div class="box"><div class="k">Contact hours</div><div class="v">1.5</div></div>
  <div class="box"><div class="k">Attendance verified</div><div class="v">Polls 6 of 6</div></div>
  <div class="box"><div class="k">Platform</div><div class="v">StreamLectern</div></div>
</div>
<div class="note">AAMA CEU approval for this program is pending. If approval is granted, it will be posted to the
webinar page; until then this certificate documents contact hours only.</div>
<div class="foot">
  <div class="sig"><svg width="160" height="34" viewBox="0 0 160 34"><path d="M4 26 C 20 2, 30 30, 44 14 S 64 4, 70 22 C 76 34, 92 6, 104 18 S 130 26, 150 10" stroke="#1d2b6e" stroke-width="1.6" fill="none"/></svg>
    Noah Brightman<br><span style="color:#5b6b7b">Program Director</span></div>
  <div style="text-align:right">Brightwater CE Webinars, LLC &middot; 77 Harbor Street, Suite 4 &middot; Port Allen<br>
  Webinars are delivered through the StreamLectern platform.</div>
</div>
</div></body></html>
"""

HTML11 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Session Certificate</title>
<style>
@page { size: 8.5in 11in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Serif', serif; color: #222; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: 0.6in; position: relative; }
.band { background: #23543f; color: #fff; padding: 18px 24px; border-radius: 4px; }
.band .ev { font-size: 11pt; letter-spacing: 2px; text-transform: uppercase; color: #cfe6d9; }
.band .chap { font-size: 20pt; font-weight: bold; margin-top: 4px; }
.band .where { font-size: 10pt; margin-top: 6px; color: #e8f3ec; }
h1 { font-size: 26pt; text-align: center; margin: 40px 0 10px; color: #23543f; }
p.c { text-align: center; font-size: 12pt; margin: 6px 0; }
.name { font-size: 22pt; font-weight: bold; text-align: center; margin: 16px 0; }
table { margin: 26px auto 0; border-collapse: collapse; font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; width: 86%; }
td { border: 1px solid #9bb8a8; padding: 8px 10px; vertical-align: top; }
td.k { background: #eaf3ee; width: 30%; font-weight: bold; }
.stmt { margin: 26px auto 0; width: 86%; font-size: 10pt; line-height: 1.5; text-align: justify; }
.sponsor { margin: 22px auto 0; width: 86%; font-size: 9pt; color: #555; text-align: center; font-style: italic; }
.sigs { position: absolute; bottom: 0.9in; left: 0.6in; right: 0.6in; display: flex; justify-content: space-between; }
.sig { width: 42%; border-top: 1px solid #333; font-size: 9.5pt; padding-top: 4px; font-family: 'DejaVu Sans', sans-serif; }
</style></head><body><div class="page">
<div class="band">
  <div class="ev">2025 Fall Symposium &middot; October 3&ndash;4, 2025</div>
  <div class="chap">Northgate Valley Chapter of Medical Assistants</div>
  <div class="where">Ridgeview Community Center, Hall A &middot; 1400 Orchard Parkway</div>
</div>
<h1>Session Certificate</h1>
<p class="c">This is to certify that</p>
<div class="name">Carmen Delacruz-Whitley, CMA (AAMA)</div>
<p class="c">attended the following education session in full:</p>
<table>
<tr><td class="k">Session</td><td>4B</td></tr>
<tr><td class="k">Title</td><td>Telephone Triage Protocols for Pediatric Fever</td></tr>
<tr><td class="k">Speaker</td><td>Dr. Rafael Imbert, MD, FAAP</td></tr>
<tr><td class="k">Session date</td><td>Saturday, October 4, 2025 &middot; 9:00&ndash;10:00 AM</td></tr>
<tr><td class="k">AAMA CEU</td><td>1.0 &middot; Clinical</td></tr>
</table>
<div class="stmt">This session has been granted prior approval by the American Association of Medical Assistants
(AAMA) for 1.0 clinical CEU. Symposium attendees receive a separate certificate for each session attended; keep
every session certificate for recertification.</div>
<div class="sponsor">Morning refreshments courtesy of Daybreak Medical Supply.</div>
<div class="sigs">
  <div class="sig">Imani Tolliver, CMA (AAMA)<br><span style="color:#666">Symposium Chair</span></div>
  <div class="sig">Beverly Novak, CMA (AAMA)<br><span style="color:#666">Chapter President</span></div>
</div>
</div></body></html>
"""

HTML19 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pinecrest certificate</title>
<style>
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1f2a1f; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.4in; }
.inner { border: 10px solid #2f5233; outline: 2px solid #94c973; outline-offset: -18px; height: 100%;
         box-sizing: border-box; padding: 36px 60px; position: relative; text-align: center; }
.logo { display: inline-flex; align-items: center; gap: 10px; }
.logo .t { text-align: left; }
.logo .t b { display: block; font-size: 17pt; color: #2f5233; letter-spacing: 1px; }
.logo .t span { font-size: 9.5pt; color: #557a46; }
h1 { font-family: 'DejaVu Serif', serif; font-size: 15pt; letter-spacing: 6px; margin: 30px 0 4px; color: #557a46; font-weight: normal; }
.name { font-family: 'DejaVu Serif', serif; font-size: 28pt; font-weight: bold; margin: 16px 0 8px; }
.course { font-size: 18pt; font-weight: bold; color: #2f5233; margin: 14px 0 4px; line-height: 1.3; }
.grid { display: flex; justify-content: center; gap: 40px; margin-top: 22px; font-size: 10pt; }
.grid div b { display: block; font-size: 12.5pt; margin-top: 3px; }
.approval { margin: 22px auto 0; width: 80%; font-size: 9.5pt; line-height: 1.45; color: #333; }
.footer { position: absolute; bottom: 22px; left: 60px; right: 60px; display: flex; justify-content: space-between;
          font-size: 8pt; color: #667; }
</style></head><body><div class="page"><div class="inner">
<div class="logo"><svg width="48" height="48" viewBox="0 0 48 48"><polygon points="24,2 40,30 30,30 44,46 4,46 18,30 8,30" fill="#2f5233"/></svg>
<div class="t"><b>PINECREST</b><span>Phlebotomy &amp; ECG Academy</span></div></div>
<h1>CERTIFICATE OF COMPLETION</h1>
<div>This certificate is presented to</div>
<div class="name">Keiko Nakashima-Brandt, CCMA</div>
<div>for completing the on-demand course</div>
<div class="course">Special Collections: Blood Cultures<br>and Timed Specimens</div>
<div class="grid">
  <div>Completed on<b>6 November 2025</b></div>
  <div>NHA CE credits<b>1.5</b></div>
  <div>Issued<b>2025-11-07</b></div>
</div>
<div class="approval">Pinecrest Phlebotomy &amp; ECG Academy is an approved continuing education provider of the
National Healthcareer Association (NHA). This course provides 1.5 NHA CE credits toward CCMA, CPT and CET renewal.</div>
<div class="footer"><span>Course ID PPA-SC-0305</span><span>Delivered on the Coursetrellis learning platform</span>
<span>Verify at pinecrest-academy.org/verify</span></div>
</div></div></body></html>
"""


# --------------------------------------------------------------------------- certificates that become photos / scans
def i01(c, W, H):
    green, gold = HexColor("#2c5f2d"), HexColor("#b68d40")
    rect(c, 0, 0, W, H, fill=HexColor("#fdfbf4"))
    frame_classic(c, W, H, green, gold, inset=20)
    T(c, W / 2, H - 92, "Silverbrook County Chapter", "Serif-B", 24, green, "c")
    T(c, W / 2, H - 114, "of Medical Assistants", "Serif-B", 16, green, "c")
    T(c, W / 2, H - 170, "Certificate of Continuing Education", "Serif-BI", 28, INK, "c")
    T(c, W / 2, H - 205, "This is to certify that", "Serif-I", 14, INK, "c")
    T(c, W / 2, H - 238, "Annette Przybylski, CMA (AAMA)", "Serif-B", 24, INK, "c")
    T(c, W / 2, H - 268, "has attended the workshop", "Serif-I", 14, INK, "c")
    T(c, W / 2, H - 302, "Pediatric Vaccine Schedules and Storage", "Serif-B", 24, green, "c")
    T(c, W / 2, H - 330, "Saturday, April 12, 2025  \u00b7  Millbrook Public Library, Community Room", "Serif", 13, INK, "c")
    T(c, W / 2, H - 366, "2.0 AAMA CEUs \u2013 Clinical", "Serif-B", 17, INK, "c")
    para(c, "This program has been approved by the American Association of Medical Assistants (AAMA) for 2.0 "
            "clinical CEUs.", 150, H - 392, W - 300, "Serif", 12, 15, "c")
    sigblock(c, 110, 100, 200, "Francine Dowd, CMA (AAMA)", "Chapter President", 1001, "Serif", 11)
    sigblock(c, W - 310, 100, 200, "Levi Okonkwo, CMA (AAMA)", "CE Chair", 1002, "Serif", 11)
    seal(c, W / 2, 110, 40, gold, "SILVERBROOK COUNTY CHAPTER \u2022 ", ("CMA",), ring_size=6.5)


def i02(c, W, H):
    # a card-size page: front on top, back below (photographed side by side by the pipeline)
    card_heartsaver_front(c, 0, H / 2 + 6, W, H / 2 - 6)
    card_aha(c, 0, 0, W, H / 2 - 6, "", "", "", "03/08/2026", "03/2028", "Eastlake Fire Rescue Training Center",
             "TC-20544", "Bernadette Kowal", "02260139981", "264938571120", front=False)


def card_heartsaver_front(c, x, y, w, h):
    red = HexColor("#c8102e")
    rect(c, x, y, w, h, fill=white, stroke=HexColor("#999999"), lw=0.6, r=8)
    rect(c, x, y + h * 0.7, w, h * 0.3, fill=red)
    logo(c, "heart", x + 24, y + h * 0.85, 22, white)
    T(c, x + 42, y + h * 0.85 + 1, "American Heart", "Sans-B", 9.5, white)
    T(c, x + 42, y + h * 0.85 - 10, "Association.", "Sans-B", 9.5, white)
    T(c, x + w / 2, y + h * 0.5, "Heartsaver", "Sans-B", 18, red, "c")
    T(c, x + w / 2, y + h * 0.36, "First Aid CPR AED", "Sans-B", 12, INK, "c")
    T(c, x + w / 2, y + h * 0.18, "Marcus Wellington", "Sans-B", 11, INK, "c")
    T(c, x + w / 2, y + h * 0.07, "has successfully completed the cognitive and skills evaluations", "Sans", 6,
      GREY, "c")


def i03(c, W, H):
    rust, ink2 = HexColor("#a0522d"), HexColor("#2e2a26")
    rect(c, 0, 0, W, H, fill=white)
    rect(c, 0, 0, 28, H, fill=rust)
    logo(c, "book", 90, H - 80, 44, rust)
    T(c, 122, H - 74, "Fernwood Medical Office Academy", "DVS-B", 18, ink2)
    T(c, 122, H - 92, "Practical CE for the front and back office", "DVS-I", 10.5, GREY)
    T(c, W / 2 + 14, H - 180, "Certificate of Completion", "DVS-B", 28, rust, "c")
    T(c, W / 2 + 14, H - 220, "Destiny Carrow, CMA (AAMA)", "DVS-B", 22, INK, "c")
    T(c, W / 2 + 14, H - 250, "has completed", "DVS-I", 13, GREY, "c")
    y = H - 290
    for ln in ["Front Office Scheduling Strategies", "for Reducing No-Shows"]:
        T(c, W / 2 + 14, y, ln, "DVS-B", 20, ink2, "c")
        y -= 26
    y -= 20
    for k, v in [("Date completed", "August 5, 2026"), ("Delivery", "Recorded webinar with quiz"),
                 ("Credit", "1.0 AAMA CEU")]:
        T(c, 170, y, k, "DV-B", 12, INK)
        T(c, 310, y, v, "DV", 12, INK)
        y -= 22
    para(c, "This program has been approved by the American Association of Medical Assistants (AAMA) for 1.0 CEU.",
         90, y - 20, W - 150, "DV", 11, 15, "c")
    sigblock(c, W / 2 - 90, 140, 210, "Alma Restrepo, CMA (AAMA)", "Program Coordinator", 1031, "DV", 11)
    T(c, W / 2 + 14, 70, "Certificate #FMOA-0805-226", "DV", 9, GREY, "c")


def i04(c, W, H):
    fox, dark = HexColor("#c2571a"), HexColor("#3a2616")
    rect(c, 0, 0, W, H, fill=white)
    rect(c, 24, 24, W - 48, H - 48, stroke=fox, lw=2)
    logo(c, "leaf", 74, H - 78, 34, fox)
    T(c, 98, H - 72, "FOXGLOVE CAREER INSTITUTE", "Sans-B", 17, dark, cs=1)
    T(c, 98, H - 88, "Allied health training and continuing education", "Sans", 10, GREY)
    T(c, W / 2, H - 160, "CONTINUING EDUCATION CERTIFICATE", "Sans-B", 22, fox, "c", cs=1)
    T(c, W / 2, H - 200, "Ivana Petrakis", "Serif-B", 26, INK, "c")
    T(c, W / 2, H - 228, "has completed", "Sans", 12, GREY, "c")
    T(c, W / 2, H - 262, "Medical Records Release and Patient Rights", "Sans-B", 21, dark, "c")
    for i, (k, v) in enumerate([("Completed", "09/23/2025"), ("Credit", "2.0 NHA CE credits"),
                                ("Printed", "09/29/2025")]):
        x = W / 2 - 230 + i * 230
        T(c, x, H - 310, k, "Sans", 10, GREY, "c")
        T(c, x, H - 330, v, "Sans-B", 15, INK, "c")
    para(c, "Approved by the National Healthcareer Association (NHA) for 2.0 continuing education credits.",
         130, H - 370, W - 260, "Sans", 11, 14, "c")
    sigblock(c, W / 2 - 110, 100, 220, "Corbin Ashworth", "Director of Continuing Education", 1041, "Sans", 11)


def i05(c, W, H):
    alder = HexColor("#355c7d")
    rect(c, 0, 0, W, H, fill=white)
    rect(c, 40, H - 150, W - 80, 110, fill=HexColor("#eef3f8"))
    logo(c, "tree", 85, H - 95, 46, HexColor("#4d7c4a"))
    T(c, 118, H - 88, "Alder Point Continuing Education, LLC", "Serif-B", 18, alder)
    T(c, 118, H - 108, "IACET Accredited Provider", "Serif-I", 12, GREY)
    T(c, W / 2, H - 210, "Certificate of Completion", "Serif-B", 30, INK, "c")
    T(c, W / 2, H - 250, "Rhonda Kessler-Amos", "Serif-B", 24, INK, "c")
    T(c, W / 2, H - 282, "successfully completed", "Serif-I", 13, GREY, "c")
    T(c, W / 2, H - 318, "Diabetic Foot Screening Basics", "Serif-B", 22, alder, "c")
    T(c, W / 2, H - 356, "Completion date: May 28, 2025", "Serif", 14, INK, "c")
    T(c, W / 2, H - 384, "0.15 CEU (1.5 contact hours)", "Serif-B", 16, INK, "c")
    para(c, "Alder Point Continuing Education, LLC is accredited by the International Accreditors for Continuing "
            "Education and Training (IACET) and offers IACET CEUs for its learning events that comply with the "
            "ANSI/IACET Continuing Education and Training Standard.", 80, H - 430, W - 160, "Serif", 11, 14.5, "c")
    sigblock(c, W / 2 - 110, 150, 220, "Graham Tilley, MEd", "Managing Director", 1051, "Serif", 11)


def i06(c, W, H):
    rect(c, 0, 0, W, H, fill=white)
    T(c, W / 2, H - 80, "TAMARACK URGENT CARE", "Sans-B", 22, HexColor("#1b4d3e"), "c", cs=2)
    T(c, W / 2, H - 100, "Clinical Staff Education", "Sans", 12, GREY, "c")
    line(c, 120, H - 112, W - 120, H - 112, HexColor("#1b4d3e"), 1)
    T(c, W / 2, H - 165, "Certificate of Completion", "Serif-B", 30, INK, "c")
    T(c, W / 2, H - 205, "Felipe Arriaga", "Serif-B", 26, INK, "c")
    T(c, W / 2, H - 238, "completed the hands-on workshop", "Serif-I", 15, GREY, "c")
    T(c, W / 2, H - 274, "Splinting and Wound Care Refresher", "Serif-B", 22, HexColor("#1b4d3e"), "c")
    T(c, W / 2, H - 306, "on Oct. 21, 2026 and is hereby awarded three contact hours.", "Serif", 15, INK, "c")
    T(c, W / 2, H - 352, "AAMA CEU approval has been submitted for this workshop and has not yet been granted.",
      "Sans-I", 11, GREY, "c")
    sigblock(c, 110, 110, 210, "Corinne Vale, PA-C", "Clinical Education Lead", 1061, "Sans", 11)
    sigblock(c, W - 320, 110, 210, "Howard Nakamura, MD", "Medical Director", 1062, "Sans", 11)


def i07(c, W, H):
    bayou, gold = HexColor("#2a4d69"), HexColor("#c9a227")
    rect(c, 0, 0, W, H, fill=HexColor("#fffdf7"))
    rect(c, 22, 22, W - 44, H - 44, stroke=bayou, lw=2)
    logo(c, "wave", W / 2, H - 74, 40, bayou)
    T(c, W / 2, H - 112, "BAYOU CRESCENT SOCIETY", "Serif-B", 20, bayou, "c", cs=1.5)
    T(c, W / 2, H - 132, "OF MEDICAL ASSISTANTS", "Serif-B", 15, bayou, "c", cs=1.5)
    T(c, W / 2, H - 190, "Certificate of Attendance", "Serif-BI", 28, INK, "c")
    T(c, W / 2, H - 225, "Shonda Batiste, CMA (AAMA)", "Serif-B", 22, INK, "c")
    T(c, W / 2, H - 252, "attended the", "Serif-I", 13, GREY, "c")
    T(c, W / 2, H - 284, "47th Annual Convention", "Serif-B", 24, bayou, "c")
    T(c, W / 2, H - 308, "June 19\u201321, 2025  \u00b7  Magnolia Riverside Hotel, Lake Charles", "Serif", 12.5, INK, "c")
    rows = [["CEU category", "AAMA CEUs"], ["Clinical", "4.0"], ["General", "2.0"], ["Administrative", "1.5"],
            ["Total CEUs", "7.5"]]
    table(c, W / 2 - 130, H - 335, [160, 100], rows, font="Serif", bfont="Serif-B", size=12, rowh=22,
          head_fill=HexColor("#e3ebf2"), aligns=["l", "c"], bold_last=True, grid=bayou)
    para(c, "This program has been granted prior approval by the American Association of Medical Assistants "
            "(AAMA) for 7.5 AAMA CEUs. Approval #80417.", 80, H - 480, W - 160, "Serif", 11.5, 15, "c")
    T(c, W / 2, H - 525, "Exhibit hall sponsored by Gulfbreeze Medical Supply", "Serif-I", 10, GREY, "c")
    sigblock(c, 70, 110, 200, "Yvette Broussard, CMA (AAMA)", "Convention Chair", 1071, "Serif", 11)
    sigblock(c, W - 270, 110, 200, "Claudette Mouton, CMA (AAMA)", "Society President", 1072, "Serif", 11)


def i08(c, W, H):
    teal, ora = HexColor("#006d77"), HexColor("#e29578")
    rect(c, 0, 0, W, H, fill=HexColor("#fbfaf7"))
    rect(c, 0, H - 110, W, 110, fill=teal)
    logo(c, "heart", 70, H - 55, 40, ora)
    T(c, 104, H - 52, "Asociaci\u00f3n Hispana de Salud Comunitaria", "DV-B", 19, white)
    T(c, 104, H - 72, "Programa de Capacitaci\u00f3n", "DV", 12, HexColor("#cde8ea"))
    T(c, W / 2, H - 170, "CONSTANCIA DE ASISTENCIA", "DV-B", 26, teal, "c", cs=1.5)
    T(c, W / 2, H - 205, "Se hace constar que", "DVS-I", 14, GREY, "c")
    T(c, W / 2, H - 240, "Guadalupe Trevi\u00f1o", "DVS-B", 26, INK, "c")
    T(c, W / 2, H - 270, "asisti\u00f3 al taller", "DVS-I", 14, GREY, "c")
    T(c, W / 2, H - 305, "Primeros auxilios psicol\u00f3gicos para personal de cl\u00ednica", "DVS-B", 21, teal, "c")
    T(c, W / 2, H - 345, "Fecha: 3 de marzo de 2026", "DV", 14, INK, "c")
    T(c, W / 2, H - 368, "Duraci\u00f3n: 90 minutos", "DV-B", 14, INK, "c")
    T(c, W / 2, H - 392, "Sin cr\u00e9ditos de educaci\u00f3n continua.", "DV-I", 11, GREY, "c")
    sigblock(c, 120, 100, 210, "Mtra. Consuelo Arreola", "Coordinadora de Capacitaci\u00f3n", 1081, "DV", 11)
    sigblock(c, W - 330, 100, 210, "Lic. Jes\u00fas Palomares", "Presidente", 1082, "DV", 11)


def i09(c, W, H):
    ox = HexColor("#4b3f72")
    rect(c, 0, 0, W, H, fill=white)
    frame_guilloche(c, W, H, HexColor("#9d8ec7"), band=22, seed=109)
    T(c, W / 2, H - 120, "Certificate of Achievement", "Serif-BI", 34, ox, "c")
    T(c, W / 2, H - 160, "is proudly presented to", "Serif-I", 14, GREY, "c")
    T(c, W / 2, H - 198, "Kristen Ahlgren, CMA (AAMA)", "Serif-B", 26, INK, "c")
    T(c, W / 2, H - 230, "for completing the continuing education course", "Serif-I", 14, GREY, "c")
    T(c, W / 2, H - 266, "Insurance Verification and Eligibility Checks", "Serif-B", 23, ox, "c")
    T(c, W / 2, H - 300, "Completed 2/14/2025", "Serif", 14, INK, "c")
    T(c, W / 2, H - 330, "1.0 Administrative AAMA CEU", "Serif-B", 16, INK, "c")
    T(c, W / 2, H - 352, "Approved by the American Association of Medical Assistants (AAMA).", "Serif", 11.5, INK, "c")
    sigblock(c, W / 2 - 130, 140, 260, "Bernard Okafor, CPC", ["Director of Education", "Oakhaven Billing Academy"],
             1091, "Serif", 12)


def i10(c, W, H):
    red = HexColor("#d50032")
    rect(c, 0, 0, W, H, fill=white, stroke=HexColor("#aaaaaa"), lw=0.6, r=10)
    logo(c, "redcross", 26, H - 26, 22, red)
    T(c, 44, H - 24, "American", "Sans-B", 9.5, INK)
    T(c, 44, H - 35, "Red Cross", "Sans-B", 9.5, INK)
    T(c, W - 12, H - 26, "Basic Life Support", "Sans-B", 13, red, "r")
    T(c, 14, H - 64, "Nathaniel Oduya", "Sans-B", 13, INK)
    rows = [("Completed", "11/09/2024"), ("Expires", "11/09/2026"), ("Training Provider", "Lindell Community College"),
            ("Instructor", "Maeve Corrigan"), ("Cert ID", "03JQ5PL")]
    y = H - 84
    for k, v in rows:
        T(c, 14, y, k, "Sans", 7.5, GREY)
        T(c, 84, y, v, "Sans-B", 7.5, INK)
        line(c, 14, y - 3, 192, y - 3, HexColor("#dddddd"), 0.3)
        y -= 12.5
    rnd = random.Random(110)
    for i in range(17):
        for j in range(17):
            if (i < 5 and j < 5) or (i < 5 and j > 11) or (i > 11 and j < 5) or rnd.random() < 0.45:
                rect(c, W - 46 + i * 2, 12 + j * 2, 2, 2, fill=INK)


def s01(c, W, H):
    navy = HexColor("#303030")
    rect(c, 28, 28, W - 56, H - 56, stroke=navy, lw=2.5)
    rect(c, 36, 36, W - 72, H - 72, stroke=navy, lw=0.7)
    logo(c, "mountain", W / 2, H - 84, 46, navy)
    T(c, W / 2, H - 124, "Quarry Hill Chapter of Medical Assistants", "Serif-B", 22, navy, "c")
    T(c, W / 2, H - 180, "Certificate of Attendance", "Serif-BI", 30, INK, "c")
    T(c, W / 2, H - 215, "This certifies that", "Serif-I", 13, INK, "c")
    T(c, W / 2, H - 247, "Brenda Sokolowski, CMA (AAMA)", "Serif-B", 23, INK, "c")
    T(c, W / 2, H - 277, "attended the seminar", "Serif-I", 13, INK, "c")
    T(c, W / 2, H - 310, "Point-of-Care Testing Quality Control", "Serif-B", 23, INK, "c")
    T(c, W / 2, H - 338, "September 27, 2025  \u00b7  Granite Falls Senior Center", "Serif", 13, INK, "c")
    T(c, W / 2, H - 372, "AAMA CEUs: 1.5 Clinical", "Serif-B", 16, INK, "c")
    para(c, "This program has been granted prior approval by the American Association of Medical Assistants "
            "(AAMA) for 1.5 clinical CEUs.", 150, H - 398, W - 300, "Serif", 12, 15, "c")
    sigblock(c, 110, 100, 200, "Lorraine Pietrowski, CMA (AAMA)", "Chapter President", 3011, "Serif", 11)
    sigblock(c, W - 310, 100, 200, "Deb Marchetti, CMA (AAMA)", "Education Chair", 3012, "Serif", 11)


def s02(c, W, H):
    T(c, 60, H - 80, "CALDERA", "Sans-B", 28, INK, cs=4)
    T(c, 60, H - 98, "HEALTH CAREERS", "Sans", 12, INK, cs=3)
    T(c, W - 60, H - 76, "412 Basalt Avenue, Suite 9", "Sans", 10, INK, "r")
    T(c, W - 60, H - 90, "Cinder Springs", "Sans", 10, INK, "r")
    line(c, 60, H - 112, W - 60, H - 112, INK, 1.5)
    T(c, W / 2, H - 180, "Certificate of Completion", "Serif-B", 28, INK, "c")
    T(c, W / 2, H - 220, "Tiana Pruitt, CCMA", "Serif-B", 24, INK, "c")
    T(c, W / 2, H - 252, "has successfully completed the CE course", "Serif-I", 14, INK, "c")
    T(c, W / 2, H - 292, "Professionalism and Scope of Practice", "Serif-B", 21, INK, "c")
    T(c, W / 2, H - 318, "for the CCMA", "Serif-B", 21, INK, "c")
    T(c, W / 2, H - 370, "Date completed: September 18, 2026", "Sans", 14, INK, "c")
    T(c, W / 2, H - 396, "Credit: 1.0 NHA CE Credit", "Sans-B", 15, INK, "c")
    para(c, "Caldera Health Careers is an NHA-approved continuing education provider. This course is approved by "
            "the National Healthcareer Association for 1.0 CE credit.", 90, H - 440, W - 180, "Sans", 12, 16, "c")
    sigblock(c, W / 2 - 120, 170, 240, "Marcus Oyelowo, CCMA, CPT", "Lead Instructor", 3021, "Sans", 12)


def s03(c, W, H):
    T(c, W / 2, H - 70, "WHITFIELD COMMUNITY COLLEGE", "Serif-B", 20, INK, "c", cs=1.5)
    T(c, W / 2, H - 90, "Division of Health Sciences", "Serif-I", 12, INK, "c")
    line(c, 60, H - 102, W - 60, H - 102, INK, 1)
    T(c, W / 2, H - 160, "Certificate of Course Completion", "Serif-B", 26, INK, "c")
    T(c, W / 2, H - 200, "This certifies that", "Serif-I", 13, INK, "c")
    T(c, W / 2, H - 232, "Hyun-woo Park", "Serif-B", 24, INK, "c")
    T(c, W / 2, H - 262, "has completed the credit course", "Serif-I", 13, INK, "c")
    T(c, W / 2, H - 296, "BIO 142  Anatomy and Physiology II", "Serif-B", 21, INK, "c")
    rows = [["Term", "Fall 2024 (Aug 26 \u2013 Dec 13, 2024)"], ["Semester credit hours", "4"],
            ["Grade", "B+"], ["Instructional hours", "60 lecture / 30 lab"]]
    table(c, 110, H - 330, [170, W - 390], rows, font="Serif", bfont="Serif-B", size=12, rowh=24, grid=INK)
    para(c, "This certificate is not an official transcript. Official transcripts may be requested from the "
            "Office of the Registrar.", 90, H - 470, W - 180, "Serif-I", 11, 14, "c")
    sigblock(c, 90, 140, 200, "Dr. Alicia Fenwick", "Dean, Health Sciences", 3031, "Serif", 11)
    sigblock(c, W - 290, 140, 200, "Leonard Batts", "Registrar", 3032, "Serif", 11, extra="Date: 01/06/2025")


def s04(c, W, H):
    rect(c, 30, 30, W - 60, H - 60, stroke=INK, lw=2)
    logo(c, "sun", W / 2, H - 80, 40, INK)
    T(c, W / 2, H - 140, "CERTIFICATE OF CONTINUING EDUCATION", "Sans-B", 22, INK, "c", cs=1)
    T(c, W / 2, H - 180, "presented to", "Serif-I", 14, INK, "c")
    T(c, W / 2, H - 214, "Melissa Draughn, CMA (AAMA)", "Serif-B", 24, INK, "c")
    T(c, W / 2, H - 246, "for completion of the program", "Serif-I", 14, INK, "c")
    T(c, W / 2, H - 282, "Conflict Resolution in the Medical Office", "Serif-B", 23, INK, "c")
    T(c, W / 2, H - 316, "Date of program: 07/30/2026", "Sans", 14, INK, "c")
    para(c, "Prairie Lantern Education Services has been granted prior approval by the American Association of "
            "Medical Assistants (AAMA) for 1 general CEU for this program.", 110, H - 360, W - 220, "Serif", 13,
         17, "c")
    sigblock(c, W / 2 - 120, 100, 240, "Owen Lindqvist", "Program Manager", 3041, "Sans", 12)


def s05(c, W, H):
    T(c, 60, H - 70, "Greystone Valley Hospital", "Serif-B", 22, INK)
    T(c, 60, H - 88, "Nursing & Clinical Education  \u00b7  Outpatient Services", "Serif", 11, INK)
    logo(c, "cross", W - 90, H - 70, 36, INK)
    line(c, 60, H - 102, W - 60, H - 102, INK, 1)
    T(c, W / 2, H - 170, "Certificate of Completion", "Serif-B", 28, INK, "c")
    T(c, W / 2, H - 212, "Roberto Castellanos", "Serif-B", 24, INK, "c")
    T(c, W / 2, H - 244, "has completed", "Serif-I", 14, INK, "c")
    T(c, W / 2, H - 280, "Stroke Recognition for Outpatient Staff", "Serif-B", 22, INK, "c")
    para(c, "on January 22, 2025 and is awarded one (1) contact hour of continuing education.",
         90, H - 318, W - 180, "Serif", 14, 18, "c")
    for i, (k, v) in enumerate([("Competency valid through", "01/22/2026"), ("Employee no.", "GV-55210")]):
        T(c, 120, H - 400 - i * 22, k + ":", "Serif-B", 12, INK)
        T(c, 320, H - 400 - i * 22, v, "Serif", 12, INK)
    sigblock(c, 90, 160, 200, "Helena Ruiz, MSN, RN", "Clinical Educator", 3051, "Serif", 11)
    sigblock(c, W - 290, 160, 200, "Martin Szabo, DNP", "Director, Clinical Education", 3052, "Serif", 11)


def s06(c, W, H):
    rect(c, 26, 26, W - 52, H - 52, stroke=INK, lw=1.5)
    logo(c, "tree", 90, H - 86, 44, INK)
    T(c, 122, H - 80, "Elk River Chapter", "Serif-B", 22, INK)
    T(c, 122, H - 100, "of Medical Assistants", "Serif", 14, INK)
    T(c, W / 2, H - 170, "Certificate of Attendance", "Serif-BI", 30, INK, "c")
    T(c, W / 2, H - 205, "Janelle Whitcomb, CMA (AAMA)", "Serif-B", 23, INK, "c")
    T(c, W / 2, H - 236, "attended the two-day workshop", "Serif-I", 13, INK, "c")
    T(c, W / 2, H - 270, "ICD-10-CM Coding Camp", "Serif-B", 25, INK, "c")
    T(c, W / 2, H - 298, "Friday\u2013Saturday, May 15\u201316, 2026  \u00b7  Elk River Technical Center", "Serif", 13, INK, "c")
    rows = [["AAMA CEUs", "Administrative", "General", "Total"], ["Awarded", "3.0", "0.5", "3.5"]]
    table(c, W / 2 - 200, H - 325, [110, 110, 90, 90], rows, font="Serif", bfont="Serif-B", size=13, rowh=24,
          aligns=["l", "c", "c", "c"], grid=INK)
    para(c, "This program has been granted prior approval by the American Association of Medical Assistants "
            "(AAMA) for 3.5 AAMA CEUs.", 140, H - 400, W - 280, "Serif", 12, 15, "c")
    sigblock(c, 110, 90, 200, "Rita Hargrove, CMA (AAMA)", "Workshop Coordinator", 3061, "Serif", 11)
    sigblock(c, W - 310, 90, 200, "Paul Greer, CPC", "Presenter", 3062, "Serif", 11)


def s07(c, W, H):
    T(c, 60, H - 60, "Copy for employee file", "Sans-I", 10, GREY)
    cw, ch = 324, 204
    card_aha(c, (W - cw) / 2, H - 90 - ch, cw, ch, "Provider", "BLS", "Patience Akuffo", "", "", "", "", "", "", "",
             back=False, outline="#333333")
    card_aha(c, (W - cw) / 2, H - 120 - 2 * ch, cw, ch, "", "", "", "02/03/2025", "02/2027",
             "Hollis Regional Medical Center", "TC-33019", "Renata Falk", "01190287345", "255019384472",
             front=False, outline="#333333")


def s08(c, W, H):
    rect(c, 24, 24, W - 48, H - 48, stroke=INK, lw=2)
    logo(c, "book", 86, H - 84, 46, INK)
    T(c, 120, H - 78, "Universidad Popular del Valle", "Serif-B", 22, INK)
    T(c, 120, H - 98, "Coordinaci\u00f3n de Educaci\u00f3n Continua", "Serif-I", 13, INK)
    T(c, W / 2, H - 165, "CONSTANCIA", "Serif-B", 32, INK, "c", cs=4)
    T(c, W / 2, H - 200, "Se otorga la presente a", "Serif-I", 14, INK, "c")
    T(c, W / 2, H - 234, "Araceli Montemayor", "Serif-B", 25, INK, "c")
    T(c, W / 2, H - 266, "por su participaci\u00f3n en el curso-taller", "Serif-I", 14, INK, "c")
    T(c, W / 2, H - 300, "T\u00e9cnicas de venopunci\u00f3n segura", "Serif-B", 24, INK, "c")
    T(c, W / 2, H - 330, "impartido los d\u00edas 3 y 4 de octubre de 2025", "Serif", 14, INK, "c")
    T(c, W / 2, H - 358, "Horas de contacto: 4", "Serif-B", 16, INK, "c")
    sigblock(c, 110, 100, 210, "Mtro. Ram\u00f3n Ibarra Luna", "Coordinador de Educaci\u00f3n Continua", 3081, "Serif", 11)
    sigblock(c, W - 320, 100, 210, "Dra. Leticia Salcedo", "Instructora", 3082, "Serif", 11)


# =========================================================================== rendering pipelines
def render_pdf(path, draw, size, title=None):
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    draw(c, *size)
    c.showPage()
    c.save()


def rasterize(draw, size, dpi, tmp):
    pdf = os.path.join(tmp, "raster.pdf")
    render_pdf(pdf, draw, size)
    base = os.path.join(tmp, "raster")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", pdf, base], check=True)
    im = Image.open(base + ".png")
    im.load()
    return im.convert("RGB")


def chromium_pdf(html, out, tmp):
    hp = os.path.join(tmp, "page.html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html)
    ud = os.path.join(tmp, "chromium-profile")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=" + ud, "--print-to-pdf=" + out, "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.rmtree(ud, ignore_errors=True)
    with open(out, "rb") as f:
        data = f.read()
    # pin the timestamps (same length, so the xref offsets stay valid)
    data = re.sub(rb"(/(?:CreationDate|ModDate) \(D:)\d{14}", rb"\g<1>20250310090000", data)
    with open(out, "wb") as f:
        f.write(data)


def save_pdf_image(im, path, dpi, quality=None):
    kw = dict(resolution=float(dpi), creationDate=FIXED_TS, modDate=FIXED_TS)
    if quality:
        kw["quality"] = quality
    im.save(path, "PDF", **kw)


def _solve(A, b):
    n = len(b)
    M = [row[:] + [b[i]] for i, row in enumerate(A)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(M[r][col]))
        M[col], M[piv] = M[piv], M[col]
        for r in range(n):
            if r != col:
                f = M[r][col] / M[col][col]
                for k in range(col, n + 1):
                    M[r][k] -= f * M[col][k]
    return [M[i][n] / M[i][i] for i in range(n)]


def persp_coeffs(dst, src):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B.append(v)
    return _solve(A, B)


def add_noise(img, rng, amp):
    if amp <= 0:
        return img
    w, h = img.size
    n = Image.frombytes("L", (w, h), rng.randbytes(w * h)).point(lambda v: v * (2 * amp + 1) // 256)
    if img.mode == "RGB":
        n = Image.merge("RGB", (n, n, n))
    return ImageChops.add(img, n, 1.0, -amp)


def gradient(size, angle, lo, hi=1.0):
    gw, gh = 64, 48
    g = Image.new("L", (gw, gh))
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    vals = [(x / gw - 0.5) * dx + (y / gh - 0.5) * dy for y in range(gh) for x in range(gw)]
    mn, mx = min(vals), max(vals)
    g.putdata([int(255 * (lo + (hi - lo) * (v - mn) / (mx - mn))) for v in vals])
    return g.resize(size, Image.BICUBIC)


def background(kind, size, rng):
    W, H = size
    sw_, sh_ = W // 4, H // 4
    if kind == "wood":
        base = (124, 84, 52)
        im = Image.new("RGB", (sw_, sh_), base)
        d = ImageDraw.Draw(im)
        for _ in range(220):
            y = rng.uniform(0, sh_)
            k = rng.uniform(-22, 22)
            col = tuple(max(0, min(255, int(b + k))) for b in base)
            amp, fr, ph = rng.uniform(1, 4), rng.uniform(0.01, 0.04), rng.uniform(0, 6)
            pts = [(x, y + amp * math.sin(x * fr + ph)) for x in range(0, sw_ + 8, 8)]
            d.line(pts, fill=col, width=rng.randint(1, 2))
        im = im.resize(size, Image.BICUBIC).filter(ImageFilter.GaussianBlur(1.2))
    elif kind == "desk":
        im = Image.new("RGB", size, (196, 193, 186))
        im = add_noise(im, rng, 6).filter(ImageFilter.GaussianBlur(1.5))
    elif kind == "fabric":
        im = Image.new("RGB", (sw_, sh_), (46, 58, 86))
        im = add_noise(im, rng, 14).resize(size, Image.BICUBIC)
    else:  # granite
        im = Image.new("RGB", (sw_, sh_), (92, 90, 88))
        d = ImageDraw.Draw(im)
        for _ in range(sw_ * sh_ // 6):
            x, y = rng.uniform(0, sw_), rng.uniform(0, sh_)
            v = rng.randint(40, 170)
            d.point((x, y), fill=(v, v - 2, v - 4))
        im = im.resize(size, Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.8))
    return im


def photo(page, rng, out=(2000, 1500), fill=0.8, rot=0.0, keystone=0.05, jitter=0.015, bg="wood",
          light=(30, 0.72), shadow=None, glare=None, blur=0.9, noise=7, cast=(255, 247, 232), mask=None):
    W, H = out
    pw, ph = page.size
    s = min(W * fill / pw, H * fill / ph)
    tw, th = int(pw * s), int(ph * s)
    page = page.resize((tw, th), Image.LANCZOS)
    m = mask.resize((tw, th), Image.LANCZOS) if mask is not None else Image.new("L", (tw, th), 255)
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    pts = [(-tw / 2, -th / 2), (tw / 2, -th / 2), (tw / 2, th / 2), (-tw / 2, th / 2)]
    pts = [(x * (1 - keystone) if y < 0 else x * (1 + keystone * 0.25), y) for x, y in pts]
    a = math.radians(rot)
    dst = [(cx + x * math.cos(a) - y * math.sin(a) + rng.uniform(-jitter, jitter) * tw,
            cy + x * math.sin(a) + y * math.cos(a) + rng.uniform(-jitter, jitter) * th) for x, y in pts]
    coeffs = persp_coeffs(dst, [(0, 0), (tw, 0), (tw, th), (0, th)])
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    wm = m.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    bgi = background(bg, (W, H), rng)
    # soft drop shadow of the paper / card on the surface
    small = wm.resize((W // 4, H // 4), Image.BILINEAR).filter(ImageFilter.GaussianBlur(5))
    sh = Image.new("L", (W, H), 0)
    sh.paste(small.resize((W, H), Image.BICUBIC), (int(W * 0.006), int(H * 0.012)))
    bgi = Image.composite(ImageChops.multiply(bgi, Image.new("RGB", (W, H), (90, 90, 90))), bgi,
                          sh.point(lambda v: int(v * 0.7)))
    img = Image.composite(warped, bgi, wm)
    g = gradient((W, H), light[0], light[1])
    img = ImageChops.multiply(img, Image.merge("RGB", (g, g, g)))
    if shadow:
        sm = Image.new("L", (W // 8, H // 8), 0)
        ImageDraw.Draw(sm).polygon([(x * (W // 8) / 8, y * (H // 8) / 8) for x, y in shadow], fill=255)
        sm = sm.filter(ImageFilter.GaussianBlur(5)).resize((W, H), Image.BICUBIC)
        img = Image.composite(ImageChops.multiply(img, Image.new("RGB", (W, H), (150, 148, 155))), img, sm)
    if glare:
        gm = Image.new("L", (W // 8, H // 8), 0)
        gx, gy, gr = glare
        u, v = (W // 8) / 8, (H // 8) / 8
        ImageDraw.Draw(gm).ellipse([(gx - gr) * u, (gy - gr * 0.6) * v, (gx + gr) * u, (gy + gr * 0.6) * v],
                                   fill=90)
        gm = gm.filter(ImageFilter.GaussianBlur(8)).resize((W, H), Image.BICUBIC)
        img = ImageChops.screen(img, Image.merge("RGB", (gm, gm, gm)))
    img = ImageChops.multiply(img, Image.new("RGB", (W, H), cast))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    return add_noise(img, rng, noise)


def scan_grey(page, rng, rot=0.8, paper=238, ink=38, noise=5, specks=60, edge="left", blur=0.45, lamp=12):
    im = page.convert("L")
    im = im.point(lambda v: int(ink + (paper - ink) * v / 255))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    im = im.rotate(rot, resample=Image.BICUBIC, fillcolor=paper)
    W, H = im.size
    if lamp:
        g = gradient((W, H), 90, 1 - lamp / 255.0)
        im = ImageChops.multiply(im, g)
    d = ImageDraw.Draw(im)
    for _ in range(specks):
        x, y, r = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(0.5, 1.7)
        d.ellipse([x - r, y - r, x + r, y + r], fill=rng.randint(30, 140))
    x, y = rng.uniform(0.2, 0.8) * W, rng.uniform(0.6, 0.9) * H
    pts = [(x, y)]
    for _ in range(12):
        x += rng.uniform(3, 9)
        y += rng.uniform(-4, 4)
        pts.append((x, y))
    d.line(pts, fill=120, width=1)
    if edge:
        band = int(W * 0.025)
        strip = Image.linear_gradient("L").rotate(90 if edge == "left" else -90).resize((band, H))
        dark = Image.new("L", (band, H), 60)
        region = (0, 0, band, H) if edge == "left" else (W - band, 0, W, H)
        im.paste(Image.composite(im.crop(region), dark, strip if edge == "left" else strip), region[:2])
    return add_noise(im, rng, noise)


def copier(page, rng, rot=-0.7, specks=150):
    im = page.convert("L").filter(ImageFilter.GaussianBlur(0.6))
    im = im.point(lambda v: 22 if v < 100 else (247 if v > 185 else int(22 + (v - 100) * 225 / 85)))
    im = im.rotate(rot, resample=Image.BICUBIC, fillcolor=247)
    W, H = im.size
    d = ImageDraw.Draw(im)
    for _ in range(specks):
        x, y, r = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(0.5, 1.6)
        d.ellipse([x - r, y - r, x + r, y + r], fill=rng.randint(20, 110))
    # dark lid border along the top and right edge
    d.rectangle([0, 0, W, int(H * 0.008)], fill=35)
    d.rectangle([W - int(W * 0.012), 0, W, H], fill=45)
    for _ in range(3):
        y = rng.uniform(0.1, 0.9) * H
        d.line([(0, y), (W, y + rng.uniform(-3, 3))], fill=200, width=1)
    return add_noise(im, rng, 7)


def fax(page, rng, header, rot=0.35, thresh=150, standard=False, specks=120):
    im = page.convert("L")
    W, H = im.size
    if standard:
        im = im.resize((W, H // 2), Image.BILINEAR).resize((W, H), Image.NEAREST)
    im = im.rotate(rot, resample=Image.BILINEAR, fillcolor=255)
    d = ImageDraw.Draw(im)
    font = ImageFont.truetype(_DV + "DejaVuSansMono.ttf", max(14, W // 85))
    d.rectangle([0, 0, W, int(H * 0.03)], fill=255)
    d.text((int(W * 0.03), int(H * 0.008)), header, fill=0, font=font)
    im = add_noise(im, rng, 45)
    im = im.point(lambda v: 255 if v > thresh else 0)
    d = ImageDraw.Draw(im)
    for _ in range(specks):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        d.rectangle([x, y, x + rng.randint(0, 2), y + rng.randint(0, 2)], fill=0)
    for _ in range(2):
        y = rng.uniform(0.15, 0.95) * H
        d.line([(0, y), (W, y)], fill=255 if rng.random() < 0.5 else 0, width=1)
    return im.convert("1", dither=Image.Dither.NONE)


def rounded_mask(size_px, boxes, radius):
    m = Image.new("L", size_px, 0)
    d = ImageDraw.Draw(m)
    for b in boxes:
        d.rounded_rectangle(b, radius=radius, fill=255)
    return m


# =========================================================================== the corpus
def L(kind, title, provider, completed_on, amount, unit, aama, category, notes, categories=None):
    d = {"kind": kind, "title": title, "provider": provider, "completed_on": completed_on, "amount": amount,
         "unit": unit, "aama_approved": aama, "category": category}
    if categories:
        d["categories"] = categories
    d["notes"] = notes
    return d


CARD = (245, 155)
SPECS = [
    # ---------------------------------------------------------------- born-digital PDFs
    dict(file="01-wintergreen-spring-seminar.pdf", how="pdf", draw=d01, size=LAND, label=L(
        "pdf", "2025 Spring Educational Seminar", "Wintergreen State Society of Medical Assistants", "2025-03-08",
        "4.0", "aama_ceu", True, None, "two-day range; 3-way split table; committee line under society; venue; "
        "signed date a week later; seal ring text",
        {"administrative": "1.0", "clinical": "2.5", "general": "0.5"})),
    dict(file="02-quillfeather-adherence-conversations.pdf", how="pdf", draw=d02, size=PORT, label=L(
        "pdf", "Managing Difficult Conversations About Medication Adherence", "Quillfeather Clinical Learning, LLC",
        "2026-04-22", "1.0", "aama_ceu", True, "general",
        "provider as logo wordmark split over two lines; LMS footer; enrolled + generated dates; course number; "
        "title wrapped")),
    dict(file="03-pellucid-urinalysis-inservice.pdf", how="pdf", draw=d03, size=PORT, label=L(
        "pdf", "UroScan 300 Operator In-Service Training", "Pellucid Diagnostics, Inc.", "2025-09-16", None, None,
        False, None, "device product training; fuller name only in footer; training location is the learner's "
        "clinic; re-training due date; explicitly no CE credit")),
    dict(file="04-ashgrove-pharmacology-credit.pdf", how="pdf", draw=d04, size=PORT, label=L(
        "pdf", "Pharmacology for Medical Assistants", "Ashgrove Technical College", "2025-05-09", "3",
        "college_credit", False, None, "verification letter; letter date; course code before title; term range "
        "(last day); office folded into college")),
    dict(file="05-brightwater-hipaa-frontdesk.pdf", how="html", html="HTML05", label=L(
        "pdf", "HIPAA Privacy Updates for the Front Desk", "Brightwater CE Webinars, LLC", "2026-06-05", "1.5",
        "contact_hours", False, None, "Chromium PDF; AAMA approval pending; printed date; presenter; streaming "
        "platform named in a box; fullest name in footer")),
    dict(file="06-riverbend-sterile-field-competency.pdf", how="pdf", draw=d06, size=PORT, label=L(
        "pdf", "Annual Competency: Sterile Field and Instrument Handling", "Riverbend Family Health Network",
        "2026-02-18", "45", "minutes", False, None, "employer LMS training record; title wrapped inside a table "
        "cell next to a course code; assigned/due/next-due/report-run dates; department folded")),
    dict(file="07-instituto-latino-hipertension.pdf", how="pdf", draw=d07, size=LAND, label=L(
        "pdf", "Manejo de la Hipertensión en Atención Primaria", "Instituto Latino de Asistentes Médicos",
        "2025-09-12", "2.0", "contact_hours", False, None, "Spanish; date in words; issue date in footer; "
        "not submitted for AAMA CEUs")),
    dict(file="08-cobalt-ekg-lead-placement.pdf", how="pdf", draw=d08, size=LAND, label=L(
        "pdf", "Electrocardiogram Lead Placement and Artifact Troubleshooting", "Cobalt Allied Health Academy",
        "2025-08-27", "1.0", "nha_credit", False, None, "ALL CAPS title over two lines; provider stacked in a "
        "side band; printed date; activity ID; explicitly not AAMA-approved")),
    dict(file="09-tidewater-infection-control-iacet.pdf", how="pdf", draw=d09, size=PORT, label=L(
        "pdf", "Infection Control Essentials in Ambulatory Care", "Tidewater Health Sciences Institute",
        "2026-03-14", "0.2", "iacet_ceu", False, None, "IACET CEUs with contact-hour equivalent; registration "
        "date; IACET paragraph")),
    dict(file="10-marigold-pediatric-capillary.pdf", how="pdf", draw=d10, size=LAND, label=L(
        "pdf", "Capillary Puncture Techniques for Pediatric Patients", "Marigold Medical Assistant Review, Inc.",
        "2025-07-09", "2.0", "aama_ceu", True, "clinical", "course code in header; claim-by date a year later; "
        "approval number; tagline with a year")),
    dict(file="11-northgate-symposium-pediatric-triage.pdf", how="html", html="HTML11", label=L(
        "pdf", "Telephone Triage Protocols for Pediatric Fever", "Northgate Valley Chapter of Medical Assistants",
        "2025-10-04", "1.0", "aama_ceu", True, "clinical", "Chromium PDF; single session of a two-day symposium "
        "(session is the title); session number in its own cell; speaker; refreshment sponsor; venue")),
    dict(file="12-puente-azul-cultural-humility.pdf", how="pdf", draw=d12, size=PORT, label=L(
        "pdf", "Cultural Humility in Patient Communication", "Clínica Comunitaria Puente Azul", "2026-06-11",
        "1.0", "aama_ceu", True, "general", "bilingual Spanish/English labels; provider only as a logo wordmark "
        "on two lines; MM/DD date")),
    dict(file="13-sterling-pines-osha-amt.pdf", how="pdf", draw=d13, size=LAND, label=L(
        "pdf", "Laboratory Safety and OSHA Bloodborne Pathogens Update", "Sterling Pines Medical Education",
        "2025-11-14", "1.5", "contact_hours", False, None, "approved by AMT, not AAMA; amount in words and "
        "figures; letter-spaced logo on two lines; title wrapped; record number")),
    dict(file="14-copperleaf-insulin-pen-teaching.pdf", how="pdf", draw=d14, size=PORT, label=L(
        "pdf", "Insulin Pen Teaching for Newly Diagnosed Diabetes Patients", "Copperleaf Regional Medical Center",
        "2026-08-19", "1.0", "aama_ceu", True, "clinical", "pharma educational grant; presenter; registration "
        "date before attended date; activity number; department folded; wrapped title")),
    dict(file="15-larkspur-practice-finance-bundle.pdf", how="pdf", draw=d15, size=PORT, label=L(
        "pdf", "Foundations of Practice Finance: Coding, Billing and Collections", "Larkspur Learning Group, LLC",
        "2026-01-30", "3.0", "aama_ceu", True, None, "LMS brand in header; content provider only in footer "
        "note; per-module table; 2-way split; ISO date",
        {"administrative": "2.0", "general": "1.0"})),
    dict(file="16-clearpath-workplace-violence.pdf", how="pdf", draw=d16, size=LAND, label=L(
        "pdf", "Workplace Violence Prevention in Outpatient Clinics", "ClearPath Compliance Training, Inc.",
        "2025-10-02", "80", "minutes", False, None, "duration only '1 hr 20 min'; date with time; no CE credit; "
        "fuller name in footer")),
    dict(file="17-aha-bls-ecard.pdf", how="pdf", draw=d17, size=PORT, label=L(
        "pdf", "BLS Provider", "American Heart Association", "2026-05-20", "1", "cpr_card", False, "clinical",
        "eCard page; course date vs issue date two days later; renewal month; training center and instructor")),
    dict(file="18-redcross-first-aid-cpr-aed.pdf", how="pdf", draw=d18, size=LAND, label=L(
        "pdf", "Adult and Pediatric First Aid/CPR/AED", "American Red Cross", "2025-07-12", "1", "cpr_card",
        False, "clinical", "training provider printed (not the provider); expiry date; QR-like block")),
    dict(file="19-pinecrest-blood-cultures-nha.pdf", how="html", html="HTML19", label=L(
        "pdf", "Special Collections: Blood Cultures and Timed Specimens", "Pinecrest Phlebotomy & ECG Academy",
        "2025-11-06", "1.5", "nha_credit", False, None, "Chromium PDF; day-month-year words; ISO issued date next "
        "day; course ID and platform in footer; title wrapped")),
    dict(file="20-harrow-creek-fall-prevention.pdf", how="pdf", draw=d20, size=LAND, label=L(
        "pdf", "Fall Prevention Huddle Training", "Harrow Creek Orthopedic Group", "2026-04-16", None, None,
        False, None, "attendance only, no credit; weekday in date; staff development line folded")),
    dict(file="21-juniper-hollow-social-media-ethics.pdf", how="pdf", draw=d21, size=LAND, label=L(
        "pdf", "Ethics of Social Media Use in Healthcare", "Juniper Hollow Chapter of Medical Assistants",
        "2025-01-11", "0.5", "aama_ceu", True, "general", "provider only inside the approval sentence; amount in "
        "words + figures; abbreviated date; signature date; generic seal")),
    dict(file="22-st-anselm-medical-spanish.pdf", how="pdf", draw=d22, size=PORT, label=L(
        "pdf", "Medical Spanish for Clinical Staff, Level I", "St. Anselm Medical Center", "2026-02-24", "12.0",
        "contact_hours", False, None, "four sessions in a table, year only on last row; department folded; "
        "not AAMA approved")),
    # ---------------------------------------------------------------- phone photos
    dict(file="23-silverbrook-vaccine-workshop.jpg", how="photo", draw=i01, size=LAND, dpi=150,
         ph=dict(out=(2000, 1500), fill=0.8, rot=3.5, keystone=0.06, bg="wood", light=(20, 0.7),
                 shadow=[(6.2, 8), (8, 4.5), (8, 8)], blur=0.9, noise=7), q=80, label=L(
        "image", "Pediatric Vaccine Schedules and Storage", "Silverbrook County Chapter of Medical Assistants",
        "2025-04-12", "2.0", "aama_ceu", True, "clinical", "photo on wood; chapter name on two lines; venue; "
        "hand shadow")),
    dict(file="24-aha-heartsaver-card.jpg", how="photo", draw=i02, size=(245, 320), dpi=450,
         mask=lambda w, h, s: rounded_mask((w, h), [(0, 0, w - 1, int(h / 2 - 6 * s)),
                                                     (0, int(h / 2 + 6 * s), w - 1, h - 1)], int(8 * s)),
         ph=dict(out=(1500, 2000), fill=0.82, rot=-7, keystone=0.04, bg="fabric", light=(120, 0.75),
                 glare=(3.2, 2.6, 1.6), blur=0.7, noise=6), q=82, label=L(
        "image", "Heartsaver First Aid CPR AED", "American Heart Association", "2026-03-08", "1", "cpr_card",
        False, "clinical", "card front and back; course date vs renewal month; training center; glare")),
    dict(file="25-fernwood-no-show-scheduling.png", how="photo", draw=i03, size=PORT, dpi=110,
         ph=dict(out=(1050, 1400), fill=0.86, rot=-1.5, keystone=0.07, bg="desk", light=(250, 0.72),
                 shadow=[(0, 0), (3.5, 0), (1.5, 2.5), (0, 3)], blur=0.6, noise=3), label=L(
        "image", "Front Office Scheduling Strategies for Reducing No-Shows", "Fernwood Medical Office Academy",
        "2026-08-05", "1.0", "aama_ceu", True, None, "AAMA-approved but no category printed; wrapped title; "
        "PNG photo")),
    dict(file="26-foxglove-records-release.jpg", how="photo", draw=i04, size=LAND, dpi=150,
         ph=dict(out=(2000, 1500), fill=0.84, rot=-1.5, keystone=0.03, bg="granite", light=(160, 0.55),
                 blur=0.8, noise=11, cast=(250, 242, 225)), q=76, label=L(
        "image", "Medical Records Release and Patient Rights", "Foxglove Career Institute", "2025-09-23", "2.0",
        "nha_credit", False, None, "dim photo; printed date beside completion date")),
    dict(file="27-alder-point-foot-screening.jpg", how="photo", draw=i05, size=PORT, dpi=150,
         ph=dict(out=(1500, 2000), fill=0.82, rot=2.5, keystone=0.1, bg="wood", light=(60, 0.7),
                 blur=1.1, noise=7), q=80, label=L(
        "image", "Diabetic Foot Screening Basics", "Alder Point Continuing Education, LLC", "2025-05-28", "0.15",
        "iacet_ceu", False, None, "strong perspective, soft focus; IACET CEU with contact hours")),
    dict(file="28-tamarack-splinting-refresher.jpg", how="photo", draw=i06, size=LAND, dpi=150,
         ph=dict(out=(2000, 1500), fill=0.8, rot=-3, keystone=0.05, bg="desk", light=(0, 0.7),
                 shadow=[(0, 5.5), (2.8, 5.0), (3.4, 8), (0, 8)], blur=0.9, noise=8, cast=(255, 234, 200)), q=80,
         label=L("image", "Splinting and Wound Care Refresher", "Tamarack Urgent Care", "2026-10-21", "3",
                 "contact_hours", False, None, "amount only in words; AAMA approval submitted, not granted; "
                 "warm light; phone shadow")),
    dict(file="29-bayou-crescent-convention.jpg", how="photo", draw=i07, size=PORT, dpi=150,
         ph=dict(out=(1500, 2000), fill=0.86, rot=0.8, keystone=0.05, bg="fabric", light=(200, 0.72),
                 glare=(5.2, 2.2, 1.4), blur=0.8, noise=6), q=82, label=L(
        "image", "47th Annual Convention", "Bayou Crescent Society of Medical Assistants", "2025-06-21", "7.5",
        "aama_ceu", True, None, "three-day range; 3-way split table; venue; exhibit sponsor; glare",
        {"clinical": "4.0", "general": "2.0", "administrative": "1.5"})),
    dict(file="30-asociacion-hispana-primeros-auxilios.png", how="photo", draw=i08, size=LAND, dpi=110,
         ph=dict(out=(1400, 1050), fill=0.86, rot=1.5, keystone=0.04, bg="desk", light=(300, 0.75),
                 blur=0.6, noise=3), label=L(
        "image", "Primeros auxilios psicológicos para personal de clínica", "Asociación Hispana de Salud Comunitaria",
        "2026-03-03", "90", "minutes", False, None, "Spanish; duration in minutes, explicitly no CE credit; "
        "PNG photo")),
    dict(file="31-oakhaven-insurance-verification.jpg", how="photo", draw=i09, size=LAND, dpi=150,
         ph=dict(out=(2000, 1500), fill=0.8, rot=5.5, keystone=0.07, bg="wood", light=(90, 0.68),
                 shadow=[(5.5, 0), (8, 0), (8, 3)], blur=0.9, noise=7), q=80, label=L(
        "image", "Insurance Verification and Eligibility Checks", "Oakhaven Billing Academy", "2025-02-14", "1.0",
        "aama_ceu", True, "administrative", "provider only under the signature; M/D/YYYY date; guilloche border")),
    dict(file="32-redcross-bls-card.jpg", how="photo", draw=i10, size=(243, 153), dpi=500,
         mask=lambda w, h, s: rounded_mask((w, h), [(0, 0, w - 1, h - 1)], int(10 * s)),
         ph=dict(out=(2000, 1500), fill=0.72, rot=4, keystone=0.05, bg="granite", light=(45, 0.7),
                 blur=0.7, noise=6), q=84, label=L(
        "image", "Basic Life Support", "American Red Cross", "2024-11-09", "1", "cpr_card", False, "clinical",
        "wallet card; training provider is a college; expiry date")),
    # ---------------------------------------------------------------- scans
    dict(file="33-quarry-hill-poct-qc.pdf", how="scan_grey", draw=s01, size=LAND, dpi=150, q=72,
         sc=dict(rot=1.2, specks=80, edge="left"), label=L(
        "scan", "Point-of-Care Testing Quality Control", "Quarry Hill Chapter of Medical Assistants", "2025-09-27",
        "1.5", "aama_ceu", True, "clinical", "grey flatbed image-only PDF; rotation; venue")),
    dict(file="34-caldera-ccma-professionalism-fax.pdf", how="fax", draw=s02, size=PORT, dpi=200,
         fx=dict(header="SEP-30-2026 14:22    FROM: CALDERA HEALTH CAREERS 5553019044    TO: 15555550187    P.01/01",
                 rot=0.4), label=L(
        "scan", "Professionalism and Scope of Practice for the CCMA", "Caldera Health Careers", "2026-09-18",
        "1.0", "nha_credit", False, None, "1-bit fax PDF; fax header date; letter-spaced name on two lines; "
        "wrapped title")),
    dict(file="35-whitfield-anatomy-credit.jpg", how="copier", draw=s03, size=PORT, dpi=150, q=74,
         sc=dict(rot=-0.7), label=L(
        "scan", "Anatomy and Physiology II", "Whitfield Community College", "2024-12-13", "4", "college_credit",
        False, None, "copier scan; course code before title; term range; registrar date; division folded")),
    dict(file="36-prairie-lantern-conflict-resolution.png", how="fax", draw=s04, size=LAND, dpi=200,
         fx=dict(header="AUG 04 2026 09:51AM      HP LASERJET FAX                               p.1",
                 rot=-0.5, standard=True), label=L(
        "scan", "Conflict Resolution in the Medical Office", "Prairie Lantern Education Services", "2026-07-30",
        "1", "aama_ceu", True, "general", "1-bit standard-resolution fax PNG; provider only in the approval "
        "sentence; fax header date")),
    dict(file="37-greystone-stroke-recognition.pdf", how="scan_grey", draw=s05, size=PORT, dpi=150, q=70,
         sc=dict(rot=-0.45, specks=50, edge="right"), label=L(
        "scan", "Stroke Recognition for Outpatient Staff", "Greystone Valley Hospital", "2025-01-22", "1",
        "contact_hours", False, None, "grey scan PDF; amount in words and figures; competency valid-through "
        "date; department line")),
    dict(file="38-elk-river-coding-camp.jpg", how="scan_grey", draw=s06, size=LAND, dpi=150, q=78,
         sc=dict(rot=2.0, specks=120, edge=None), label=L(
        "scan", "ICD-10-CM Coding Camp", "Elk River Chapter of Medical Assistants", "2026-05-16", "3.5",
        "aama_ceu", True, None, "grey scan JPG rotated 2 degrees; two-day range; 2-way split table; presenter",
        {"administrative": "3.0", "general": "0.5"})),
    dict(file="39-aha-bls-card-copy.pdf", how="bw", draw=s07, size=PORT, dpi=300,
         sc=dict(rot=0.6), label=L(
        "scan", "BLS Provider", "American Heart Association", "2025-02-03", "1", "cpr_card", False, "clinical",
        "1-bit photocopy of card front/back; training center is a hospital; renewal month")),
    dict(file="40-universidad-popular-venopuncion.png", how="scan_grey", draw=s08, size=LAND, dpi=120,
         sc=dict(rot=-1.5, specks=70, edge="left", noise=2), label=L(
        "scan", "Técnicas de venopunción segura", "Universidad Popular del Valle", "2025-10-04", "4",
        "contact_hours", False, None, "grey PNG scan; Spanish; two-day range in words; coordination office "
        "folded")),
]

README = """**Held-out: use only for totals.** Do not tune the reader against individual files here and do not run the scorer with `--show` on this directory.

# heldout6

40 invented continuing-education certificates of the kind medical assistants upload for
recertification: 22 born-digital PDFs (19 reportlab, 3 Chromium), 10 phone photos (8 .jpg,
2 .png) and 8 scans (4 image-only PDF, 2 .jpg, 2 .png; grey flatbed, copier and 1-bit fax).
All people, issuers, courses and numbers are invented; only AAMA, NHA, AMT, IACET, the
American Heart Association and the American Red Cross are real bodies.

Everything here (certificates, `expected.json`, this README) is written by `make.py`:

    /work/main/.venv/bin/python make.py [OUTPUT_DIR]

The script is deterministic (fixed seeds, reportlab invariant mode, pinned PDF dates); it
needs reportlab, Pillow, `pdftoppm` and `chromium`, which it runs one at a time.

Labels in `expected.json` follow the conventions described in `../heldout2/README.md`
("How expected.json is written").
"""


def build(out):
    os.makedirs(out, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="heldout6-")
    try:
        expected = {}
        for sp in SPECS:
            path = os.path.join(out, sp["file"])
            rng = random.Random("heldout6:" + sp["file"])
            how = sp["how"]
            if how == "pdf":
                render_pdf(path, sp["draw"], sp["size"], title="Certificate")
            elif how == "html":
                chromium_pdf(globals()[sp["html"]], path, tmp)
            elif how == "photo":
                page = rasterize(sp["draw"], sp["size"], sp["dpi"], tmp)
                mask = sp["mask"](page.size[0], page.size[1], sp["dpi"] / 72.0) if "mask" in sp else None
                img = photo(page, rng, mask=mask, **sp["ph"])
                if path.endswith(".png"):
                    img.save(path, "PNG", optimize=True)
                else:
                    img.save(path, "JPEG", quality=sp["q"])
            elif how in ("scan_grey", "copier"):
                page = rasterize(sp["draw"], sp["size"], sp["dpi"], tmp)
                img = scan_grey(page, rng, **sp["sc"]) if how == "scan_grey" else copier(page, rng, **sp["sc"])
                if path.endswith(".pdf"):
                    save_pdf_image(img, path, sp["dpi"], sp.get("q"))
                elif path.endswith(".png"):
                    img.save(path, "PNG", optimize=True)
                else:
                    img.save(path, "JPEG", quality=sp["q"], dpi=(sp["dpi"], sp["dpi"]))
            elif how in ("fax", "bw"):
                page = rasterize(sp["draw"], sp["size"], sp["dpi"], tmp)
                if how == "fax":
                    img = fax(page, rng, **sp["fx"])
                else:
                    g = copier(page, rng, rot=sp["sc"]["rot"], specks=40)
                    img = g.point(lambda v: 255 if v > 168 else 0).convert("1", dither=Image.Dither.NONE)
                if path.endswith(".pdf"):
                    save_pdf_image(img, path, sp["dpi"])
                else:
                    img.save(path, "PNG", optimize=True, dpi=(sp["dpi"], sp["dpi"]))
            else:
                raise ValueError(how)
            expected[sp["file"]] = sp["label"]
            print("wrote", sp["file"], os.path.getsize(path))
        with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
            f.write(README)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    build(OUT)
