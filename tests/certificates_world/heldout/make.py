#!/usr/bin/env python
"""Generator for the held-out CE certificate corpus.

Run from the project root:

    .venv/bin/python tests/certificates_world/heldout/make.py

It (re)writes the certificate files and ``expected.json`` in this directory.
All randomness is seeded and reportlab runs with ``invariant=1``, so the output
is byte-stable from run to run.  Every person and organisation is fictional,
except the names of real accrediting bodies.
"""
import datetime as dt
import io
import json
import math
import os
import random
from xml.sax.saxutils import escape

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

OUT = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

# --------------------------------------------------------------------------
# fonts, colours, dates
# --------------------------------------------------------------------------

_FONTS = {
    "DV": "DejaVuSans.ttf",
    "DV-B": "DejaVuSans-Bold.ttf",
    "DV-I": "DejaVuSans-Oblique.ttf",
    "DV-BI": "DejaVuSans-BoldOblique.ttf",
    "DV-XL": "DejaVuSans-ExtraLight.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVC-B": "DejaVuSansCondensed-Bold.ttf",
    "DVS": "DejaVuSerif.ttf",
    "DVS-B": "DejaVuSerif-Bold.ttf",
    "DVS-I": "DejaVuSerif-Italic.ttf",
    "DVS-BI": "DejaVuSerif-BoldItalic.ttf",
    "DVSC": "DejaVuSerifCondensed.ttf",
    "DVSC-B": "DejaVuSerifCondensed-Bold.ttf",
    "DVM": "DejaVuSansMono.ttf",
}


def register_fonts():
    for name, fn in _FONTS.items():
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
    registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")
    registerFontFamily("DVS", normal="DVS", bold="DVS-B", italic="DVS-I", boldItalic="DVS-BI")
    registerFontFamily("DVC", normal="DVC", bold="DVC-B", italic="DVC", boldItalic="DVC-B")
    registerFontFamily("DVSC", normal="DVSC", bold="DVSC-B", italic="DVSC", boldItalic="DVSC-B")


def col(v):
    if v is None:
        return colors.black
    if isinstance(v, str):
        return colors.HexColor(v)
    return v


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fd(iso, style):
    """Format an ISO date in one of many printed styles."""
    d = dt.date.fromisoformat(iso)
    M = MONTHS[d.month - 1]
    ab = M[:3] + ("" if M == "May" else ".")
    if style == "long":
        return f"{M} {d.day}, {d.year}"
    if style == "long_th":
        return f"{M} {ordinal(d.day)}, {d.year}"
    if style == "dow":
        return f"{DAYS[d.weekday()]}, {M} {d.day}, {d.year}"
    if style == "dow_dmy":
        return f"{DAYS[d.weekday()]}, {d.day} {M} {d.year}"
    if style == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "mdy_nz":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "mdy_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "mdy_dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy_long":
        return f"{d.day} {M} {d.year}"
    if style == "abbr":
        return f"{ab} {d.day}, {d.year}"
    if style == "dmy_up":
        return f"{d.day:02d}-{M[:3].upper()}-{d.year}"
    if style == "my":
        return f"{d.month:02d}/{d.year}"
    if style == "month_year":
        return f"{M} {d.year}"
    raise ValueError(style)


# --------------------------------------------------------------------------
# drawing primitives
# --------------------------------------------------------------------------


def txt(c, x, y, s, font, size, color=None, align="l", cs=0.0):
    c.setFillColor(col(color))
    w = pdfmetrics.stringWidth(s, font, size) + cs * max(len(s) - 1, 0)
    if align == "c":
        x -= w / 2
    elif align == "r":
        x -= w
    t = c.beginText(x, y)
    t.setFont(font, size)
    if cs:
        t.setCharSpace(cs)
    t.textOut(s)
    if cs:
        t.setCharSpace(0)
    c.drawText(t)
    return w


def flow(c, items, x, y, width, align="c"):
    """Draw a vertical sequence of items starting below ``y``.

    items: ('sp', n) | ('rule', w, color, lw) |
           ('t', text, font, size, color[, opts])   opts: w, lead, after, ul, cs, wrap
    """
    for it in items:
        k = it[0]
        if k == "sp":
            y -= it[1]
            continue
        if k == "rule":
            _, w, cl, lw = it
            c.setStrokeColor(col(cl))
            c.setLineWidth(lw)
            x0 = x - w / 2 if align == "c" else x
            c.line(x0, y, x0 + w, y)
            continue
        _, s, font, size, cl = it[:5]
        opt = it[5] if len(it) > 5 else {}
        w = opt.get("w", width)
        lines = simpleSplit(s, font, size, w) if opt.get("wrap", True) else [s]
        lead = opt.get("lead", size * 1.22)
        for ln in lines:
            y -= lead
            tw = txt(c, x, y, ln, font, size, cl, align, opt.get("cs", 0))
            if opt.get("ul"):
                uw = max(opt["ul"], tw + 20)
                c.setStrokeColor(col(opt.get("ulc", "#444444")))
                c.setLineWidth(0.6)
                x0 = x - uw / 2 if align == "c" else x
                c.line(x0, y - size * 0.28, x0 + uw, y - size * 0.28)
        y -= opt.get("after", size * 0.3)
    return y


def para(c, html, x, ytop, width, font="Helvetica", size=10, leading=None,
         align=0, color=None):
    st = ParagraphStyle("p", fontName=font, fontSize=size,
                        leading=leading or size * 1.32, alignment=align,
                        textColor=col(color))
    p = Paragraph(html, st)
    _, h = p.wrap(width, 10000)
    p.drawOn(c, x, ytop - h)
    return ytop - h


def scribble(c, x, y, w, rng, color="#1d2b64", h=16, lw=1.1):
    c.saveState()
    c.setStrokeColor(col(color))
    c.setLineWidth(lw)
    c.setLineCap(1)
    p = c.beginPath()
    p.moveTo(x, y + rng.uniform(0, h * 0.5))
    n = rng.randint(4, 7)
    px = x
    for i in range(n):
        nx = x + w * (i + 1) / n
        p.curveTo(px + rng.uniform(0, w / n), y + rng.uniform(-h * 0.3, h * 1.1),
                  nx - rng.uniform(0, w / n), y + rng.uniform(-h * 0.5, h * 1.2),
                  nx, y + rng.uniform(0, h * 0.4))
        px = nx
    c.drawPath(p, stroke=1, fill=0)
    # a flourish underline
    if rng.random() < 0.6:
        p = c.beginPath()
        p.moveTo(x + w * 0.1, y - 2)
        p.curveTo(x + w * 0.4, y - 6, x + w * 0.7, y + 1, x + w * 1.02, y - 3)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def seal(c, x, y, r, fill, ring="#ffffff", text=(), font="Helvetica-Bold", n=28):
    c.saveState()
    c.setFillColor(col(fill))
    p = c.beginPath()
    for i in range(n * 2):
        a = math.pi * i / n
        rr = r if i % 2 == 0 else r * 0.88
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        if i == 0:
            p.moveTo(px, py)
        else:
            p.lineTo(px, py)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColor(col(ring))
    c.setLineWidth(1)
    c.circle(x, y, r * 0.74, stroke=1, fill=0)
    c.circle(x, y, r * 0.68, stroke=1, fill=0)
    lines = list(text)
    sz = r * 0.2
    y0 = y + (len(lines) - 1) * sz * 0.6 - sz * 0.35
    for i, ln in enumerate(lines):
        txt(c, x, y0 - i * sz * 1.2, ln, font, sz, ring, "c")
    c.restoreState()


def emblem(c, x, y, r, color, initials, font="Times-Bold"):
    c.saveState()
    c.setStrokeColor(col(color))
    c.setLineWidth(2)
    c.circle(x, y, r, stroke=1, fill=0)
    c.setLineWidth(0.7)
    c.circle(x, y, r - 4, stroke=1, fill=0)
    # staff with a simple serpent-like curve
    c.setLineWidth(1.4)
    c.line(x, y - r * 0.62, x, y + r * 0.62)
    p = c.beginPath()
    p.moveTo(x - r * 0.25, y - r * 0.45)
    p.curveTo(x + r * 0.35, y - r * 0.25, x - r * 0.35, y + r * 0.05, x + r * 0.25, y + r * 0.25)
    p.curveTo(x + r * 0.4, y + r * 0.35, x + r * 0.1, y + r * 0.5, x - r * 0.1, y + r * 0.42)
    c.drawPath(p, stroke=1, fill=0)
    txt(c, x, y - r - 13, initials, font, 10, color, "c", cs=2)
    c.restoreState()


def logo_mark(c, x, y, s, fill, fg, letters, font="Helvetica-Bold", shape="circle"):
    c.saveState()
    c.setFillColor(col(fill))
    if shape == "circle":
        c.circle(x + s / 2, y + s / 2, s / 2, stroke=0, fill=1)
    elif shape == "round":
        c.roundRect(x, y, s, s, s * 0.22, stroke=0, fill=1)
    elif shape == "hex":
        p = c.beginPath()
        for i in range(6):
            a = math.pi / 3 * i + math.pi / 6
            px, py = x + s / 2 + s / 2 * math.cos(a), y + s / 2 + s / 2 * math.sin(a)
            p.moveTo(px, py) if i == 0 else p.lineTo(px, py)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    else:
        c.rect(x, y, s, s, stroke=0, fill=1)
    fsz = s * (0.55 if len(letters) <= 1 else 0.42 if len(letters) == 2 else 0.3)
    txt(c, x + s / 2, y + s / 2 - fsz * 0.36, letters, font, fsz, fg, "c")
    c.restoreState()


def qr_like(c, x, y, size, rng, n=25, color="#000000"):
    cell = size / n
    c.saveState()
    c.setFillColor(col(color))
    finder = [(0, 0), (n - 7, 0), (0, n - 7)]

    def in_finder(i, j):
        return any(fx <= i < fx + 8 and fy <= j < fy + 8 for fx, fy in finder)

    for i in range(n):
        for j in range(n):
            if not in_finder(i, j) and rng.random() < 0.48:
                c.rect(x + i * cell, y + j * cell, cell, cell, stroke=0, fill=1)
    for fx, fy in finder:
        c.rect(x + fx * cell, y + fy * cell, 7 * cell, 7 * cell, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.rect(x + (fx + 1) * cell, y + (fy + 1) * cell, 5 * cell, 5 * cell, stroke=0, fill=1)
        c.setFillColor(col(color))
        c.rect(x + (fx + 2) * cell, y + (fy + 2) * cell, 3 * cell, 3 * cell, stroke=0, fill=1)
    c.restoreState()


def form_rows(c, x, y, w, rows, lab=("Helvetica", 6.8), val=("Helvetica", 10.5),
              stroke="#555555", lab_color="#555555", lab_fill=None, pad=4,
              upper=True, lw=0.6, val_color="#000000"):
    """Boxed label/value grid.  rows: list of rows of (label, value[, frac])."""
    for row in rows:
        fr = [cell[2] if len(cell) > 2 else None for cell in row]
        fixed = sum(f for f in fr if f)
        nfree = sum(1 for f in fr if not f)
        fr = [f if f else (1 - fixed) / nfree for f in fr]
        wrapped = []
        h = 0
        for cell, f in zip(row, fr):
            lines = simpleSplit(cell[1], val[0], val[1], w * f - 2 * pad)
            wrapped.append(lines)
            h = max(h, pad + lab[1] + 4 + len(lines) * val[1] * 1.22 + pad + 1)
        cx = x
        c.setLineWidth(lw)
        for cell, f, lines in zip(row, fr, wrapped):
            cw = w * f
            if lab_fill:
                c.setFillColor(col(lab_fill))
                c.rect(cx, y - pad - lab[1] - 3, cw, pad + lab[1] + 3, stroke=0, fill=1)
            c.setStrokeColor(col(stroke))
            c.rect(cx, y - h, cw, h, stroke=1, fill=0)
            label = cell[0].upper() if upper else cell[0]
            txt(c, cx + pad, y - pad - lab[1] + 1, label, lab[0], lab[1], lab_color)
            yy = y - pad - lab[1] - 4
            for ln in lines:
                yy -= val[1] * 1.22
                txt(c, cx + pad, yy + val[1] * 0.22, ln, val[0], val[1], val_color)
            cx += cw
        y -= h
    return y


def table(c, x, y, widths, headers, rows, font="Helvetica", bfont="Helvetica-Bold",
          size=8.8, head_bg="#dddddd", head_fg="#000000", zebra=None,
          grid="#888888", pad=3.2, bold_rows=(), lw=0.5, aligns=None):
    state = {"y": y}
    aligns = aligns or ["l"] * len(widths)

    def row(cells, f, fg, bg):
        lines = [simpleSplit(str(s), f, size, wd - 2 * pad) for s, wd in zip(cells, widths)]
        h = max(len(ls) for ls in lines) * size * 1.2 + 2 * pad
        yt = state["y"]
        if bg:
            c.setFillColor(col(bg))
            c.rect(x, yt - h, sum(widths), h, stroke=0, fill=1)
        cx = x
        c.setLineWidth(lw)
        c.setStrokeColor(col(grid))
        for ls, wd, al in zip(lines, widths, aligns):
            if grid:
                c.rect(cx, yt - h, wd, h, stroke=1, fill=0)
            yy = yt - pad
            for ln in ls:
                yy -= size * 1.2
                if al == "r":
                    txt(c, cx + wd - pad, yy + size * 0.25, ln, f, size, fg, "r")
                elif al == "c":
                    txt(c, cx + wd / 2, yy + size * 0.25, ln, f, size, fg, "c")
                else:
                    txt(c, cx + pad, yy + size * 0.25, ln, f, size, fg)
            cx += wd
        state["y"] = yt - h

    if headers:
        row(headers, bfont, head_fg, head_bg)
    for i, r in enumerate(rows):
        bg = zebra if (zebra and i % 2 == 1) else None
        row(r, bfont if i in bold_rows else font, "#000000", bg)
    return state["y"]


def extras(c, W, H, items):
    for it in items:
        xf, yf, s, font, size = it[:5]
        align = it[5] if len(it) > 5 else "l"
        cl = it[6] if len(it) > 6 else "#444444"
        txt(c, xf * W, yf * H, s, font, size, cl, align)


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------


def borders(c, d, W, H):
    acc, acc2 = col(d.get("accent", "#1f3b63")), col(d.get("accent2", "#b08d3c"))
    b = d.get("border", "double")
    if d.get("bg"):
        c.setFillColor(col(d["bg"]))
        c.rect(0, 0, W, H, stroke=0, fill=1)
    if b == "double":
        c.setStrokeColor(acc)
        c.setLineWidth(7)
        c.rect(22, 22, W - 44, H - 44)
        c.setStrokeColor(acc2)
        c.setLineWidth(1.3)
        c.rect(34, 34, W - 68, H - 68)
        c.setLineWidth(0.5)
        c.rect(38, 38, W - 76, H - 76)
    elif b == "pattern":
        c.setStrokeColor(acc2)
        c.setLineWidth(0.55)
        step = 11
        xs = range(30, int(W - 24), step)
        ys = range(30, int(H - 24), step)
        for xx in xs:
            for yy in (30, H - 30):
                c.circle(xx, yy, 6, stroke=1, fill=0)
        for yy in ys:
            for xx in (30, W - 30):
                c.circle(xx, yy, 6, stroke=1, fill=0)
        c.setStrokeColor(acc)
        c.setLineWidth(1.6)
        c.rect(44, 44, W - 88, H - 88)
    elif b == "corner":
        c.setFillColor(acc)
        for (x0, y0, sx, sy) in ((0, H, 1, -1), (W, 0, -1, 1)):
            p = c.beginPath()
            p.moveTo(x0, y0)
            p.lineTo(x0 + sx * 210, y0)
            p.lineTo(x0, y0 + sy * 210)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(acc2)
        for (x0, y0, sx, sy) in ((0, H, 1, -1), (W, 0, -1, 1)):
            p = c.beginPath()
            p.moveTo(x0 + sx * 225, y0)
            p.lineTo(x0 + sx * 240, y0)
            p.lineTo(x0, y0 + sy * 240)
            p.lineTo(x0, y0 + sy * 225)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        c.setStrokeColor(acc)
        c.setLineWidth(0.8)
        c.rect(26, 26, W - 52, H - 52)
    elif b == "band":
        bw = d.get("band_w", W * 0.075)
        c.setFillColor(acc)
        c.rect(0, 0, bw, H, stroke=0, fill=1)
        c.setFillColor(acc2)
        c.rect(bw, 0, 5, H, stroke=0, fill=1)
        c.setFillColor(col("#ffffff"))
        c.setFillAlpha(0.12)
        for i in range(0, int(H), 36):
            c.circle(bw / 2, i, bw * 0.42, stroke=0, fill=1)
        c.setFillAlpha(1)
    elif b == "thin":
        c.setStrokeColor(acc)
        c.setLineWidth(0.9)
        c.rect(30, 30, W - 60, H - 60)


def t_centered(c, d, W, H, rng):
    """Award-style / society certificate: centred flow with bottom blocks."""
    borders(c, d, W, H)
    cx = d.get("cx", W / 2)
    y = H - d.get("top", 80)
    if d.get("emblem"):
        emblem(c, cx, y - 34, 32, d.get("accent", "#1f3b63"), d["emblem"])
        y -= 84
    if d.get("logo"):
        lg = d["logo"]
        logo_mark(c, cx - lg[0] / 2, y - lg[0], lg[0], lg[1], lg[2], lg[3], shape=lg[4])
        y -= lg[0] + 6
    y = flow(c, d["items"], cx, y, d.get("text_w", W * 0.72), "c")
    by = d.get("bottom_y", 105)
    for blk in d.get("bottom", []):
        bx = blk["xf"] * W
        hw = blk.get("w", 170) / 2
        c.setStrokeColor(col(blk.get("line", "#333333")))
        c.setLineWidth(0.7)
        c.line(bx - hw, by, bx + hw, by)
        if blk["kind"] == "sig":
            scribble(c, bx - hw * 0.7, by + 4, hw * 1.3, rng, blk.get("ink", "#1d2b64"))
        else:
            txt(c, bx, by + 6, blk["value"], blk.get("vfont", "Helvetica"),
                blk.get("vsize", 12), blk.get("vcolor", "#111111"), "c")
        yy = by - 12
        for i, ln in enumerate(blk.get("labels", [])):
            f = blk.get("lfont", "Helvetica") if i else blk.get("l0font", blk.get("lfont", "Helvetica"))
            txt(c, bx, yy, ln, f, blk.get("lsize", 9), blk.get("lcolor", "#333333"), "c")
            yy -= blk.get("lsize", 9) * 1.25
    if d.get("seal"):
        sx, sy, r, stext = d["seal"]
        seal(c, sx * W, sy, r, d.get("seal_fill", d.get("accent2", "#b08d3c")), text=stext)
    if d.get("footer"):
        f = d["footer"]
        para(c, f[0], f[1] * W, f[2], f[3] * W, font=f[4], size=f[5],
             align=f[6] if len(f) > 6 else 1, color=f[7] if len(f) > 7 else "#333333")
    extras(c, W, H, d.get("extras", []))


def t_letter(c, d, W, H, rng):
    mL = d.get("margin", 72)
    acc = d.get("accent", "#0b4f6c")
    bf, nf = d.get("bfont", "Helvetica-Bold"), d.get("font", "Helvetica")
    top = H - 50
    if d.get("head", "left") == "left":
        logo_mark(c, mL, top - 44, 44, acc, "#ffffff", d["initials"], shape=d.get("shape", "circle"))
        txt(c, mL + 54, top - 18, d["org"], bf, 15.5, acc)
        txt(c, mL + 54, top - 32, d.get("org_sub", ""), nf, 9, "#555555")
        for i, ln in enumerate(d.get("address", [])):
            txt(c, W - mL, top - 8 - i * 10.5, ln, nf, 8, "#555555", "r")
        c.setStrokeColor(col(acc))
        c.setLineWidth(1.6)
        c.line(mL, top - 54, W - mL, top - 54)
        y = top - 92
    else:
        txt(c, W / 2, top - 16, d["org"], bf, 19, acc, "c")
        if d.get("org_sub"):
            txt(c, W / 2, top - 32, d["org_sub"], d.get("ifont", nf), 10.5, "#333333", "c")
        txt(c, W / 2, top - 46, "  \u2022  ".join(d.get("address", [])), nf, 8, "#444444", "c")
        c.setStrokeColor(col(acc))
        c.setLineWidth(1.2)
        c.line(mL, top - 56, W - mL, top - 56)
        c.setLineWidth(0.4)
        c.line(mL, top - 59, W - mL, top - 59)
        y = top - 96
    size = d.get("size", 10.5)
    if d.get("date"):
        txt(c, mL if d.get("date_left", True) else W - mL, y, d["date"], nf, size,
            None, "l" if d.get("date_left", True) else "r")
        y -= size * 2.6
    for ln in d.get("to", []):
        txt(c, mL, y, ln, nf, size)
        y -= size * 1.3
    y -= size * 1.0
    if d.get("re"):
        txt(c, mL, y, d["re"], bf, size)
        y -= size * 2.0
    if d.get("salute"):
        txt(c, mL, y, d["salute"], nf, size)
        y -= size * 0.9
    for p in d["body"]:
        y = para(c, p, mL, y, W - 2 * mL, font=nf, size=size, leading=size * 1.38, align=4)
        y -= size * 0.9
    if d.get("kv"):
        y -= 4
        y = table(c, mL + 20, y, d.get("kv_w", [170, W - 2 * mL - 210]), None, d["kv"],
                  font=nf, bfont=bf, size=size - 0.5, grid=d.get("kv_grid", "#999999"),
                  zebra=d.get("kv_zebra"))
        y -= size * 1.6
    for p in d.get("body2", []):
        y = para(c, p, mL, y, W - 2 * mL, font=nf, size=size, leading=size * 1.38, align=4)
        y -= size * 0.9
    y -= size * 0.6
    txt(c, mL, y, d.get("closing", "Sincerely,"), nf, size)
    y -= 44
    scribble(c, mL + 4, y + 8, 130, rng, d.get("ink", "#1d2b64"), h=20)
    for i, ln in enumerate(d["signer"]):
        y -= size * 1.3
        txt(c, mL, y, ln, bf if i == 0 else nf, size if i == 0 else size - 1)
    if d.get("footer"):
        c.setStrokeColor(col("#aaaaaa"))
        c.setLineWidth(0.5)
        c.line(mL, 58, W - mL, 58)
        para(c, d["footer"], mL, 54, W - 2 * mL, font=nf, size=7.3, align=1, color="#555555")
    extras(c, W, H, d.get("extras", []))


def t_elearn(c, d, W, H, rng):
    acc = d.get("accent", "#2b5fb3")
    bar = d.get("bar_h", 58)
    c.setFillColor(col(acc))
    c.rect(0, H - bar, W, bar, stroke=0, fill=1)
    if d.get("accent2"):
        c.setFillColor(col(d["accent2"]))
        c.rect(0, H - bar - 5, W, 5, stroke=0, fill=1)
    pf = d.get("pfont", "Helvetica-Bold")
    logo_mark(c, 36, H - bar / 2 - 16, 32, "#ffffff", acc, d["plogo"], shape=d.get("shape", "round"))
    txt(c, 78, H - bar / 2 - 7, d["platform"], pf, 20, "#ffffff")
    if d.get("tagline"):
        txt(c, W - 36, H - bar / 2 - 4, d["tagline"], d.get("font", "Helvetica"), 9, "#ffffff", "r")
    if d.get("watermark"):
        c.saveState()
        a = col(acc)
        wm = colors.Color(a.red, a.green, a.blue, alpha=0.06)
        c.translate(W / 2, H / 2 - 40)
        c.rotate(28)
        txt(c, 0, 0, d["watermark"], pf, 120, wm, "c")
        c.restoreState()
    y = H - bar - d.get("gap", 48)
    mx = d.get("mx", 60)
    y = flow(c, d["items"], W / 2 if d.get("align", "c") == "c" else mx, y, W - 2 * mx - 40,
             d.get("align", "c"))
    y -= d.get("grid_gap", 10)
    if d.get("grid"):
        y = form_rows(c, mx, y, W - 2 * mx, d["grid"], lab=d.get("lab", ("Helvetica", 6.8)),
                      val=d.get("val", ("Helvetica-Bold", 10)), stroke=d.get("gstroke", "#b9c2cf"),
                      lab_fill=d.get("lab_fill"), upper=d.get("upper", True))
        y -= 14
    if d.get("statement"):
        y = para(c, d["statement"], mx, y, W - 2 * mx, font=d.get("font", "Helvetica"),
                 size=d.get("ssize", 8.2), align=d.get("salign", 4), color="#333333")
        y -= 10
    if d.get("sig"):
        sname, srole, sx = d["sig"]
        sxp = sx * W
        scribble(c, sxp - 60, d.get("sig_y", 96) + 4, 120, rng)
        c.setStrokeColor(col("#555555"))
        c.line(sxp - 90, d.get("sig_y", 96), sxp + 90, d.get("sig_y", 96))
        txt(c, sxp, d.get("sig_y", 96) - 12, sname, d.get("font", "Helvetica"), 9, None, "c")
        txt(c, sxp, d.get("sig_y", 96) - 23, srole, d.get("font", "Helvetica"), 8, "#555555", "c")
    if d.get("qr"):
        qr_like(c, W - 36 - 54, 36, 54, rng)
    if d.get("footer"):
        para(c, d["footer"], 36, d.get("footer_y", 34) + 12, W - 2 * 36 - (70 if d.get("qr") else 0),
             font=d.get("font", "Helvetica"), size=6.9, align=0, color="#666666")
    extras(c, W, H, d.get("extras", []))


def t_form(c, d, W, H, rng):
    mx = d.get("mx", 48)
    acc = d.get("accent", "#222222")
    bf, nf = d.get("bfont", "Helvetica-Bold"), d.get("font", "Helvetica")
    top = H - 44
    if d.get("logo"):
        logo_mark(c, mx, top - 36, 36, acc, "#ffffff", d["logo"], shape=d.get("shape", "square"))
        hx0 = mx + 46
    else:
        hx0 = mx
    txt(c, hx0, top - 14, d["org"], bf, d.get("org_size", 14), acc)
    yy = top - 27
    for ln in d.get("org_sub", []):
        txt(c, hx0, yy, ln, nf, 8.5, "#444444")
        yy -= 10.5
    txt(c, W - mx, top - 14, d["form_title"], bf, d.get("ft_size", 12.5), None, "r")
    for i, ln in enumerate(d.get("form_sub", [])):
        txt(c, W - mx, top - 27 - i * 10.5, ln, nf, 8, "#444444", "r")
    y = min(yy, top - 27 - len(d.get("form_sub", [])) * 10.5) - 8
    c.setStrokeColor(col(acc))
    c.setLineWidth(2)
    c.line(mx, y, W - mx, y)
    y -= 16
    for sec in d["sections"]:
        k = sec[0]
        if k == "h":
            c.setFillColor(col(d.get("hbg", "#e4e4e4")))
            c.rect(mx, y - 15, W - 2 * mx, 15, stroke=0, fill=1)
            txt(c, mx + 5, y - 11, sec[1], bf, 8.8, d.get("hfg", "#000000"))
            y -= 19
        elif k == "kv":
            y = form_rows(c, mx, y, W - 2 * mx, sec[1], lab=(nf, 6.8), val=(d.get("vfont", nf), 10.3),
                          lab_fill=d.get("lab_fill"), upper=d.get("upper", True))
            y -= 10
        elif k == "table":
            _, headers, rows, widths = sec[:4]
            opts = sec[4] if len(sec) > 4 else {}
            tw = sum(widths)
            widths = [w * (W - 2 * mx) / tw for w in widths]
            y = table(c, mx, y, widths, headers, rows, font=nf, bfont=bf,
                      size=opts.get("size", 8.8), head_bg=opts.get("head_bg", "#dddddd"),
                      head_fg=opts.get("head_fg", "#000000"), zebra=opts.get("zebra"),
                      bold_rows=opts.get("bold_rows", ()), aligns=opts.get("aligns"))
            y -= 10
        elif k == "p":
            y = para(c, sec[1], mx, y, W - 2 * mx, font=nf, size=sec[2] if len(sec) > 2 else 9,
                     align=sec[3] if len(sec) > 3 else 4)
            y -= 8
        elif k == "center":
            y = flow(c, sec[1], W / 2, y, W - 2 * mx - 40, "c")
            y -= 4
        elif k == "check":
            for checked, label in sec[1]:
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.7)
                c.rect(mx + 4, y - 10, 9, 9, stroke=1, fill=0)
                if checked:
                    c.setLineWidth(1.4)
                    c.line(mx + 5.5, y - 5.5, mx + 8, y - 8.5)
                    c.line(mx + 8, y - 8.5, mx + 12, y - 1)
                txt(c, mx + 20, y - 9, label, nf, 9)
                y -= 14
            y -= 6
        elif k == "sig":
            n = len(sec[1])
            cw = (W - 2 * mx) / n
            y -= 30
            for i, (label, signed, date) in enumerate(sec[1]):
                x0 = mx + i * cw
                if signed:
                    scribble(c, x0 + 10, y + 3, cw * 0.45, rng)
                if date:
                    txt(c, x0 + cw * 0.62, y + 4, date, nf, 10)
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.6)
                c.line(x0 + 4, y, x0 + cw * 0.56, y)
                c.line(x0 + cw * 0.6, y, x0 + cw - 8, y)
                txt(c, x0 + 4, y - 10, label, nf, 7.5, "#444444")
                txt(c, x0 + cw * 0.6, y - 10, "Date", nf, 7.5, "#444444")
            y -= 24
        elif k == "sp":
            y -= sec[1]
    if d.get("footer"):
        c.setStrokeColor(col("#999999"))
        c.setLineWidth(0.5)
        c.line(mx, 50, W - mx, 50)
        txt(c, mx, 40, d["footer"][0], nf, 7, "#555555")
        txt(c, W - mx, 40, d["footer"][1], nf, 7, "#555555", "r")
    extras(c, W, H, d.get("extras", []))


def t_conf(c, d, W, H, rng):
    acc = d.get("accent", "#6b2d5c")
    bf, nf = d.get("bfont", "Helvetica-Bold"), d.get("font", "Helvetica")
    mx = d.get("mx", 50)
    bh = d.get("banner_h", 96)
    c.setFillColor(col(acc))
    c.rect(0, H - bh, W, bh, stroke=0, fill=1)
    c.setFillColor(col(d.get("accent2", "#e8b04a")))
    c.rect(0, H - bh - 4, W, 4, stroke=0, fill=1)
    y = flow(c, d["banner"], W / 2, H - 8, W - 2 * mx, "c")
    y = H - bh - 4 - d.get("gap", 26)
    y = flow(c, d["items"], W / 2, y, W - 2 * mx - 60, "c")
    if d.get("intro"):
        y = para(c, d["intro"], mx, y, W - 2 * mx, font=nf, size=d.get("isize", 10), align=1)
        y -= 10
    if d.get("sessions"):
        hd, rows, widths, opts = d["sessions"]
        tw = sum(widths)
        widths = [w * (W - 2 * mx) / tw for w in widths]
        y = table(c, mx, y, widths, hd, rows, font=nf, bfont=bf, size=opts.get("size", 8.4),
                  head_bg=acc, head_fg="#ffffff", zebra=opts.get("zebra", "#f3eef2"),
                  bold_rows=opts.get("bold_rows", ()), aligns=opts.get("aligns"))
        y -= 12
    for p in d.get("after", []):
        y = para(c, p, mx, y, W - 2 * mx, font=nf, size=d.get("asize", 8.6), align=4, color="#222222")
        y -= 8
    sy = d.get("sig_y", 70)
    for (sx, name, role) in d.get("sigs", []):
        scribble(c, sx * W - 60, sy + 4, 120, rng)
        c.setStrokeColor(col("#444444"))
        c.setLineWidth(0.6)
        c.line(sx * W - 95, sy, sx * W + 95, sy)
        txt(c, sx * W, sy - 12, name, nf, 9, None, "c")
        txt(c, sx * W, sy - 23, role, nf, 8, "#555555", "c")
    extras(c, W, H, d.get("extras", []))


def t_modern(c, d, W, H, rng):
    acc = d.get("accent", "#0e6e5c")
    nf = d.get("font", "DV")
    if d.get("variant", "left") == "left":
        pw = W * d.get("panel_frac", 0.31)
        c.setFillColor(col(acc))
        c.rect(0, 0, pw, H, stroke=0, fill=1)
        c.saveState()
        c.setStrokeColor(colors.white)
        c.setStrokeAlpha(0.12)
        c.setLineWidth(14)
        for i in range(-4, 9):
            c.line(i * 60, 0, i * 60 + H * 0.6, H)
        c.restoreState()
        flow(c, d["panel"], pw / 2, H - d.get("panel_top", 70), pw - 40, "c")
        x0 = pw + 46
        y = flow(c, d["items"], x0, H - d.get("top", 80), W - x0 - 50, "l")
    else:
        bh = d.get("band_h", 74)
        c.setFillColor(col(acc))
        c.rect(0, H - bh, W, bh, stroke=0, fill=1)
        flow(c, d["panel"], 48, H - 6, W - 96, "l")
        x0 = 48
        y = flow(c, d["items"], x0, H - bh - d.get("top", 40), W - 2 * x0, "l")
    fields = d.get("fields", [])
    if fields:
        fy = d.get("fields_y", y - 14)
        fw = (W - x0 - 40) / len(fields)
        for i, (lab, val) in enumerate(fields):
            fx = x0 + i * fw
            c.setStrokeColor(col(acc))
            c.setLineWidth(1.6)
            c.line(fx, fy, fx + fw - 14, fy)
            txt(c, fx, fy - 12, lab.upper(), nf, 6.8, "#666666", cs=0.6)
            vy = fy - 26
            for ln in simpleSplit(val, d.get("vfont", nf), 10, fw - 18):
                txt(c, fx, vy, ln, d.get("vfont", nf), 10)
                vy -= 12
        y = fy - 56
    if d.get("sig"):
        sx, sy, name, role = d["sig"]
        scribble(c, sx * W, sy + 4, 120, rng)
        c.setStrokeColor(col("#444444"))
        c.setLineWidth(0.6)
        c.line(sx * W - 6, sy, sx * W + 170, sy)
        txt(c, sx * W - 6, sy - 12, name, nf, 8.6)
        txt(c, sx * W - 6, sy - 23, role, nf, 7.6, "#555555")
    if d.get("notes"):
        nx = d.get("notes_x", x0)
        para(c, d["notes"], nx, d.get("notes_y", 70), W - nx - 40, font=nf, size=7.2, align=0,
             color="#444444")
    extras(c, W, H, d.get("extras", []))


def card_face(c, x, y, w, h, d, rng, side="front"):
    acc = d.get("accent", "#b5121b")
    nf, bf = d.get("font", "Helvetica"), d.get("bfont", "Helvetica-Bold")
    c.saveState()
    c.setFillColor(colors.white)
    c.setStrokeColor(col("#999999"))
    c.setLineWidth(0.6)
    c.roundRect(x, y, w, h, 9, stroke=1, fill=1)
    p = c.beginPath()
    p.roundRect(x, y, w, h, 9)
    c.clipPath(p, stroke=0, fill=0)
    if side == "front":
        bh = h * 0.25
        c.setFillColor(col(acc))
        if d.get("band", "top") == "top":
            c.rect(x, y + h - bh, w, bh, stroke=0, fill=1)
            if d.get("accent2"):
                c.setFillColor(col(d["accent2"]))
                c.rect(x, y + h - bh - 3, w, 3, stroke=0, fill=1)
            tx = x + 10
            if d.get("mark"):
                logo_mark(c, x + 8, y + h - bh + (bh - 24) / 2, 24, "#ffffff", acc, d["mark"], shape="round")
                tx = x + 38
            txt(c, tx, y + h - bh / 2 + 1, d["org"], bf, d.get("org_size", 10.5), "#ffffff")
            txt(c, tx, y + h - bh / 2 - 9, d.get("org_sub", ""), nf, 6.5, "#ffffff")
            cy = y + h - bh - 16
            cx0 = x + 10
        else:
            sw = w * 0.09
            c.rect(x, y, sw, h, stroke=0, fill=1)
            c.saveState()
            c.translate(x + sw / 2 + 3, y + h / 2)
            c.rotate(90)
            txt(c, 0, 0, d.get("side_text", ""), bf, 7, "#ffffff", "c", cs=1)
            c.restoreState()
            txt(c, x + sw + 8, y + h - 16, d["org"], bf, d.get("org_size", 9.5), acc)
            txt(c, x + sw + 8, y + h - 25, d.get("org_sub", ""), nf, 6.3, "#555555")
            cy = y + h - 40
            cx0 = x + sw + 8
        for ln in simpleSplit(d["course"], bf, d.get("course_size", 11), w - (cx0 - x) - 10):
            txt(c, cx0, cy, ln, bf, d.get("course_size", 11), d.get("course_color", "#111111"))
            cy -= d.get("course_size", 11) * 1.15
        if d.get("course_sub"):
            txt(c, cx0, cy, d["course_sub"], nf, 6.6, "#444444")
            cy -= 9
        cy -= 4
        for lab, val in d["front"]:
            if lab:
                txt(c, cx0, cy, lab, nf, 5.8, "#666666")
                txt(c, cx0 + d.get("lab_w", 56), cy, val, bf, 8, None)
            else:
                txt(c, cx0, cy, val, nf, 6.2, "#333333")
            cy -= 10.5
    else:
        cy = y + h - 14
        for lab, val in d["back"]:
            if lab:
                txt(c, x + 10, cy, lab, nf, 5.8, "#666666")
                txt(c, x + 10 + d.get("blab_w", 62), cy, val, nf, 7.4, None)
            else:
                for ln in simpleSplit(val, nf, 5.8, w - 24 - (60 if d.get("qr") else 0)):
                    txt(c, x + 10, cy, ln, nf, 5.8, "#333333")
                    cy -= 7
                cy += 2
            cy -= 10
        if d.get("qr"):
            qr_like(c, x + w - 62, y + 10, 50, rng)
        if d.get("back_sig"):
            scribble(c, x + 12, y + 22, 70, rng, h=9, lw=0.8)
            c.setStrokeColor(colors.black)
            c.line(x + 10, y + 18, x + 110, y + 18)
            txt(c, x + 10, y + 10, d["back_sig"], nf, 5.6, "#555555")
    c.restoreState()


def t_ecard_page(c, d, W, H, rng):
    """A printable eCard page: header text, front and back cards with cut lines."""
    mx = 60
    y = H - 60
    txt(c, mx, y, d["page_title"], d.get("bfont", "Helvetica-Bold"), 16, d.get("accent", "#b5121b"))
    y -= 20
    y = para(c, d["page_text"], mx, y, W - 2 * mx, font=d.get("font", "Helvetica"), size=9.5)
    cw, ch = 3.375 * inch, 2.125 * inch
    yc = y - 40 - ch
    x1 = W / 2 - cw - 18
    x2 = W / 2 + 18
    c.setDash(4, 3)
    c.setStrokeColor(col("#888888"))
    c.setLineWidth(0.5)
    c.rect(x1 - 8, yc - 8, cw * 2 + 36 + 16, ch + 16)
    c.line(W / 2, yc - 8, W / 2, yc + ch + 8)
    c.setDash()
    txt(c, W / 2, yc + ch + 12, "fold", d.get("font", "Helvetica"), 6.5, "#888888", "c")
    card_face(c, x1, yc, cw, ch, d, rng, "front")
    card_face(c, x2, yc, cw, ch, d, rng, "back")
    if d.get("below"):
        para(c, d["below"], mx, yc - 40, W - 2 * mx, font=d.get("font", "Helvetica"), size=8.5,
             color="#333333")
    extras(c, W, H, d.get("extras", []))


def t_card_only(c, d, W, H, rng):
    cw, ch = 3.375 * inch, 2.125 * inch
    if d.get("sides", 2) == 2:
        card_face(c, 8, 8, cw, ch, d, rng, "front")
        card_face(c, W - 8 - cw, 8, cw, ch, d, rng, "back")
    else:
        card_face(c, (W - cw) / 2, (H - ch) / 2, cw, ch, d, rng, "front")


TEMPLATES = {
    "centered": t_centered,
    "letter": t_letter,
    "elearn": t_elearn,
    "form": t_form,
    "conf": t_conf,
    "modern": t_modern,
    "ecard_page": t_ecard_page,
    "card_only": t_card_only,
}


# --------------------------------------------------------------------------
# certificate specifications
# --------------------------------------------------------------------------

LS = landscape(letter)
PT = letter
LA4 = landscape(A4)
SPECS = []


def E(date, title, provider, amount, unit, aama, category, categories=None):
    e = {"completed_on": date, "title": title, "provider": provider, "amount": amount,
         "unit": unit, "aama_approved": aama, "category": category}
    if categories:
        e["categories"] = categories
    return e


def add(file, kind, tpl, size, data, exp, deg=None):
    SPECS.append({"file": file, "kind": kind, "tpl": tpl, "size": size, "data": data,
                  "exp": exp, "deg": deg or {}, "seed": 1000 + len(SPECS) * 7919})


AAMA_TAIL = ("Granting of prior approval in no way constitutes endorsement by the AAMA of the "
             "program content or the program\u2019s sponsor.")

# ---- p01: award, landscape, serif -----------------------------------------
T = "Infection Control Essentials for the Ambulatory Care Setting"
add("Certificate.pdf", "pdf", "centered", LS, {
    "border": "double", "accent": "#1f3b63", "accent2": "#b08d3c", "top": 78,
    "items": [
        ("t", "Certificate of Completion", "Times-BoldItalic", 40, "#1f3b63", {"after": 14}),
        ("t", "This certificate is proudly presented to", "Times-Roman", 13, "#333333", {"after": 8}),
        ("t", "Maribel Ortega-Sandoval", "Times-Italic", 30, "#111111", {"ul": 360, "after": 18}),
        ("t", "for successful completion of the continuing education program", "Times-Roman", 13,
         "#333333", {"after": 6}),
        ("t", T, "Times-Bold", 22, "#1f3b63", {"w": 470, "lead": 26, "after": 10}),
        ("t", "Presented by Lakemont Institute for Allied Health Education", "Times-Italic", 12.5, "#333333"),
        ("t", "Program No. LIA-24-0312  \u2022  Online, self-paced", "Times-Roman", 10, "#555555"),
    ],
    "bottom_y": 128,
    "bottom": [
        {"xf": 0.25, "kind": "field", "value": fd("2024-03-14", "long"), "vfont": "Times-Roman",
         "vsize": 13, "labels": ["Date of Completion"], "lfont": "Times-Italic"},
        {"xf": 0.75, "kind": "sig", "labels": ["Gwendolyn Parrish, MSN, RN", "Director of Education"],
         "lfont": "Times-Roman"},
    ],
    "seal": (0.5, 128, 38, ("LAKEMONT", "INSTITUTE")),
    "footer": ("This program has been granted prior approval by the American Association of Medical "
               "Assistants (AAMA) for 1.5 clinical continuing education units (CEUs). " + AAMA_TAIL +
               " AAMA Approval No. 204518.", 0.13, 80, 0.74, "Times-Roman", 8),
    "extras": [(0.92, 0.905, "Certificate ID: 7F3Q-22918", "Times-Roman", 8, "r"),
               (0.92, 0.885, "Issued 03/15/2024", "Times-Roman", 8, "r")],
}, E("2024-03-14", T, "Lakemont Institute for Allied Health Education", "1.5", "aama_ceu", True,
     "clinical"))

# ---- p02: portrait letter, in-person session, not AAMA ---------------------
T = "Managing Difficult Conversations with Patients and Families"
add("CE Verification Letter.pdf", "pdf", "letter", PT, {
    "head": "left", "accent": "#0b4f6c", "initials": "BW", "shape": "circle",
    "org": "Brightwater Family Health Network", "org_sub": "Department of Learning & Development",
    "address": ["1400 Harbor Ridge Parkway", "Eastgate, OR 97990", "(503) 555-0172"],
    "date": fd("2024-05-02", "long"),
    "to": ["Danielle R. Whitcomb, CMA (AAMA)", "Internal Medicine \u2013 Eastgate Clinic"],
    "re": "RE: Verification of Continuing Education Attendance",
    "salute": "Dear Ms. Whitcomb,",
    "body": [
        "This letter verifies that you attended <b>" + escape(T) + "</b>, an in-person education "
        "session presented by Brightwater Family Health Network, Department of Learning &amp; "
        "Development, on " + fd("2024-04-23", "dow") + ", from 1:00 p.m. to 3:00 p.m. at the "
        "Eastgate Conference Center.",
        "You have been awarded <b>2.0 contact hours</b> for full attendance. Please note that this "
        "activity was not submitted to the American Association of Medical Assistants (AAMA) and is "
        "<b>not approved for AAMA CEUs</b>. It may be used toward other credentialing requirements "
        "as allowed by your certifying body.",
        "Please retain this letter for your records. Attendance records are kept on file by the "
        "Department of Learning &amp; Development for seven years.",
    ],
    "signer": ["Tomas Echeverria, MEd", "Manager, Clinical Learning & Development"],
    "footer": "Brightwater Family Health Network is an equal opportunity employer. "
              "Questions: learning@brightwater.example",
}, E("2024-04-23", T, "Brightwater Family Health Network", "2.0", "contact_hours", False, None))

# ---- p03: e-learning platform hosting another provider's course ------------
T = "HIPAA Privacy and Security Refresher 2024"
add("course_certificate_88213.pdf", "pdf", "elearn", LS, {
    "platform": "CareSkill Academy", "plogo": "C", "accent": "#2b5fb3", "accent2": "#f2b134",
    "tagline": "Online learning for healthcare teams", "gap": 40,
    "items": [
        ("t", "Certificate of Completion", "Helvetica-Bold", 28, "#1c2f5a", {"after": 10}),
        ("t", "This certifies that", "Helvetica", 11, "#444444"),
        ("t", "Keisha Lamont", "Helvetica-Bold", 24, "#111111", {"after": 10}),
        ("t", "has successfully completed the online course", "Helvetica", 11, "#444444", {"after": 10}),
        ("t", "Course ID: NCI-HPS-2024", "Helvetica", 8.5, "#666666", {"after": 0}),
        ("t", T, "Helvetica-Bold", 19, "#2b5fb3"),
        ("t", "Course content and CE credit provided by Northbridge Compliance Institute",
         "Helvetica-Oblique", 10, "#333333"),
    ],
    "grid": [[("Completion date", fd("2024-01-18", "mdy")), ("Enrolled", fd("2024-01-09", "mdy")),
              ("Credits awarded", "1.0 AAMA CEU"), ("CEU category", "Administrative")],
             [("Certificate no.", "CSA-00471982"), ("Final assessment score", "92%"),
              ("Learner ID", "kl-55210"), ("Time in course", "1 h 12 min")]],
    "statement": "Northbridge Compliance Institute is the sponsor of this program. This program has been "
                 "granted prior approval by the American Association of Medical Assistants (AAMA) for 1.0 "
                 "administrative continuing education unit (CEU). " + AAMA_TAIL,
    "sig": ("Elaine Drummond, JD, CHC", "Chief Learning Officer, Northbridge Compliance Institute", 0.3),
    "sig_y": 118,
    "footer": "CareSkill Academy hosts this course on behalf of the content provider and does not award "
              "continuing education credit. Verify this certificate at careskill.example/verify. "
              "Printed 02/05/2024 10:42 AM.",
    "qr": True,
}, E("2024-01-18", T, "Northbridge Compliance Institute", "1.0", "aama_ceu", True, "administrative"))

# ---- p04: hospital in-service record, minutes --------------------------------
T = "Safe Patient Handling and Mobility: Transfers, Lifts and Body Mechanics"
add("inservice_record_2023.pdf", "pdf", "form", PT, {
    "org": "St. Aurelia Regional Medical Center", "org_sub": ["Clinical Education Services"],
    "form_title": "In-Service Education Record", "form_sub": ["Form CES-114 (Rev. 06/2021)"],
    "accent": "#6a1b2d", "logo": "SA", "shape": "square", "lab_fill": "#f1ecec",
    "sections": [
        ("kv", [[("Employee name", "Tran Thi Bao Ngoc"), ("Employee ID", "0048173")],
                [("Department / unit", "Outpatient Cardiology Clinic"), ("Job title", "Medical Assistant II")],
                [("In-service topic", T)],
                [("Presenter", "Renee Albrecht, PT, DPT"), ("Location", "Education Center, Room 3B")],
                [("Date of in-service", fd("2023-11-08", "mdy")), ("Time", "07:30 \u2013 08:15"),
                 ("Duration (minutes)", "45")]]),
        ("h", "Learning objectives"),
        ("p", "1. Describe the risks of manual patient lifting for staff and patients. 2. Select the "
              "appropriate transfer aid for a given patient mobility level. 3. Demonstrate safe body "
              "mechanics during stand-pivot and slide-board transfers.", 9),
        ("h", "Verification"),
        ("check", [(True, "Attended entire session"), (True, "Return demonstration completed"),
                   (False, "Make-up session")]),
        ("p", "In-service time is credited in minutes toward the annual education requirement of the "
              "employee\u2019s department.", 8.5),
        ("sig", [("Employee signature", True, fd("2023-11-08", "mdy")),
                 ("Educator signature", True, fd("2023-11-09", "mdy"))]),
        ("p", "Entered in learning system: 11/14/2023 (JK)", 7.5),
    ],
    "footer": ("St. Aurelia Regional Medical Center \u2022 Clinical Education Services", "Page 1 of 1"),
}, E("2023-11-08", T, "St. Aurelia Regional Medical Center", "45", "minutes", False, None))

# ---- p05: multi-day conference, split categories ---------------------------
T = "67th Annual Educational Conference"
add("GPMA_conference_certificate.pdf", "pdf", "conf", PT, {
    "accent": "#6b2d5c", "accent2": "#e8b04a", "banner_h": 100,
    "banner": [
        ("t", "Northern Plains Society of Medical Assistants", "Helvetica", 11, "#f3d9ea", {"cs": 1}),
        ("t", T, "Helvetica-Bold", 24, "#ffffff", {"after": 6}),
        ("t", "\u201cRooted in Care, Growing in Practice\u201d  \u2022  October 17\u201319, 2024  \u2022  "
              "Larkspur Conference Center, Fargo Heights", "Helvetica-Oblique", 9, "#ffffff"),
    ],
    "items": [
        ("t", "Certificate of Attendance", "Times-Bold", 26, "#6b2d5c", {"after": 8}),
        ("t", "Jessica Pruitt, CMA (AAMA)", "Helvetica-Bold", 17, "#111111", {"after": 4}),
    ],
    "intro": "attended the following educational sessions approved for AAMA continuing education units:",
    "sessions": (["Date", "Code", "Session title", "Category", "CEUs"],
                 [["10/17/24", "A-101", "Front Desk Fraud Prevention and Identity Verification", "Administrative", "1.0"],
                  ["10/17/24", "C-104", "Point-of-Care Testing Quality Control", "Clinical", "1.5"],
                  ["10/18/24", "C-210", "Wound Care Basics for Medical Assistants", "Clinical", "1.0"],
                  ["10/18/24", "G-215", "Mindfulness and Burnout Prevention", "General", "1.0"],
                  ["10/18/24", "A-220", "Prior Authorization Workflows", "Administrative", "1.0"],
                  ["10/19/24", "C-305", "Pediatric Immunization Schedule Update", "Clinical", "1.0"],
                  ["", "", "Total AAMA CEUs", "", "6.5"]],
                 [11, 8, 52, 15, 7], {"bold_rows": (6,), "aligns": ["l", "l", "l", "l", "r"]}),
    "after": [
        "<b>CEUs by category:</b> Administrative 2.0 \u2022 Clinical 3.5 \u2022 General 1.0",
        "This program has been granted prior approval by the American Association of Medical Assistants "
        "(AAMA) for 6.5 continuing education units (CEUs): 2.0 administrative, 3.5 clinical, and 1.0 "
        "general. " + AAMA_TAIL + " Approval No. 203377. Attendees may claim credit only for sessions "
        "attended.",
    ],
    "sig_y": 300,
    "sigs": [(0.28, "Loretta Vance, CMA (AAMA)", "Education Chair"),
             (0.72, "Denise Halvorsen, CMA (AAMA)", "President")],
    "extras": [(0.08, 0.035, "Registration #NP24-0219  \u2022  Registered 08/30/2024", "Helvetica", 7)],
}, E("2024-10-19", T, "Northern Plains Society of Medical Assistants", "6.5", "aama_ceu", True, None,
     {"administrative": "2.0", "clinical": "3.5", "general": "1.0"}))

# ---- p06: webinar, modern top band -----------------------------------------
T = "Specimen Collection Errors: Preventing Pre-Analytical Mistakes in the Physician Office"
add("webinar-certificate.pdf", "pdf", "modern", LS, {
    "variant": "top", "accent": "#0d3b66", "font": "DV", "band_h": 70, "top": 34,
    "panel": [("t", "MERIDIAN REFERENCE LABORATORIES", "DV-B", 15, "#ffffff", {"cs": 1.5}),
              ("t", "Client Education Webinar Series", "DV", 9.5, "#d9f0ff")],
    "items": [
        ("t", "Certificate of Participation", "DV-XL", 30, "#0d3b66", {"after": 12}),
        ("t", "Presented to", "DV", 9, "#666666"),
        ("t", "Rosalind Achebe", "DV-B", 22, "#111111", {"after": 10}),
        ("t", "for participating in the live webinar", "DV", 10, "#444444", {"after": 4}),
        ("t", T, "DV-B", 16, "#0d3b66", {"w": 520, "lead": 20}),
    ],
    "fields": [("Webinar date", fd("2024-06-05", "dow_dmy")), ("Credit awarded", "1.0 contact hour"),
               ("Presenter", "Lionel Baptiste, MLS(ASCP)"), ("Live session", "12:00\u20131:00 p.m. CT")],
    "sig": (0.66, 128, "Harriet Solberg, MBA", "Manager, Client Education"),
    "notes": "Meridian Reference Laboratories is the provider of this educational activity. This activity "
             "has not been approved for AAMA CEUs. Participants should check with their credentialing "
             "body regarding acceptance of contact hours. Registration confirmed May 20, 2024.",
    "notes_y": 72,
}, E("2024-06-05", T, "Meridian Reference Laboratories", "1.0", "contact_hours", False, None))

# ---- p07: Red Cross style printable certificate with wallet card -----------
T = "Adult and Pediatric First Aid/CPR/AED"
add("eCard_print.pdf", "pdf", "ecard_page", PT, {
    "accent": "#c8102e", "page_title": "Your Digital Certificate",
    "page_text": "Congratulations on completing your training. Print this page, cut along the dotted line "
                 "and fold to create a wallet card. Your certificate can also be validated online using "
                 "the certificate ID shown on the card.",
    "org": "American Red Cross", "org_sub": "Training Services", "mark": "+",
    "course": T, "course_size": 10.5, "course_sub": "Certificate of Completion", "lab_w": 62,
    "front": [("Name", "Brittany Szymanski"), ("Date Completed", fd("2024-02-10", "mdy")),
              ("Valid For", "2 Years"), ("Certificate ID", "01HX7-R4KQ2")],
    "back": [("Instructor", "Armando Reyes"), ("Expiration", fd("2026-02-10", "mdy")),
             ("Course format", "Blended Learning"),
             (None, "This certificate confirms that the named individual completed the course "
                    "requirements. Validate at redcross.example/confirm.")],
    "qr": True,
    "below": "Recommended: complete a review course before your certificate expires on "
             + fd("2026-02-10", "long") + ".",
    "extras": [(0.9, 0.04, "Printed 02/12/2024", "Helvetica", 7, "r")],
}, E("2024-02-10", T, "American Red Cross", "1", "cpr_card", False, "clinical"))

# ---- p08: college course record --------------------------------------------
T = "Pharmacology for Medical Assistants"
add("unofficial_course_record.pdf", "pdf", "form", PT, {
    "org": "Harborview Community College", "org_size": 15,
    "org_sub": ["Office of the Registrar", "Allied Health & Human Services Division"],
    "form_title": "Unofficial Course Completion Record",
    "form_sub": ["Not an official transcript", "Printed 01/04/2024 2:17 PM"],
    "accent": "#12355b", "bfont": "Times-Bold", "font": "Times-Roman",
    "sections": [
        ("kv", [[("Student name", "Alondra Vega"), ("Student ID", "H00927716")],
                [("Program of study", "Medical Assisting Certificate (MA-CERT)"),
                 ("Academic level", "Undergraduate")]]),
        ("h", "Course information"),
        ("table", ["Term", "Course", "Course Title", "Credits", "Grade", "Start", "End"],
         [["Fall 2023", "MEDA 215", T, "3.0", "A-", fd("2023-08-28", "mdy"), fd("2023-12-15", "mdy")]],
         [11, 10, 34, 8, 7, 12, 12], {"size": 9.5}),
        ("p", "Credits are semester credit hours. Final grade posted 12/19/2023. This record is provided "
              "at the student\u2019s request for continuing education documentation and does not replace "
              "an official transcript.", 9),
        ("sp", 20),
        ("sig", [("Registrar / designee", True, fd("2024-01-04", "mdy"))]),
    ],
    "footer": ("HCC Form REG-41", "Page 1 of 1"),
}, E("2023-12-15", T, "Harborview Community College", "3.0", "college_credit", False, None))

# ---- p09: chapter meeting certificate, portrait with emblem -----------------
T = "Spring Education Meeting: Understanding Opioid Use Disorder in Primary Care"
add("spring_meeting_ceu.pdf", "pdf", "centered", PT, {
    "border": "double", "accent": "#23472b", "accent2": "#9c8a4d", "top": 62, "emblem": "CVCMA",
    "items": [
        ("t", "Cumberland Valley Chapter of Medical Assistants", "Times-Bold", 16, "#23472b"),
        ("t", "Chartered 1978", "Times-Italic", 9.5, "#555555", {"after": 22}),
        ("t", "Certificate of Attendance", "Times-BoldItalic", 30, "#23472b", {"after": 16}),
        ("t", "awarded to", "Times-Italic", 12, "#333333", {"after": 4}),
        ("t", "Courtney McAllister", "Times-Roman", 26, "#111111", {"ul": 300, "after": 16}),
        ("t", "for attendance at the", "Times-Italic", 12, "#333333", {"after": 4}),
        ("t", T, "Times-Bold", 19, "#23472b", {"w": 400, "lead": 23, "after": 10}),
        ("t", fd("2024-04-13", "dow") + "  \u2022  Millbrook Community Hospital Auditorium",
         "Times-Roman", 10.5, "#333333"),
    ],
    "bottom_y": 205,
    "bottom": [
        {"xf": 0.3, "kind": "field", "value": fd("2024-04-13", "long"), "vfont": "Times-Roman",
         "labels": ["Date"], "lfont": "Times-Italic", "w": 160},
        {"xf": 0.7, "kind": "sig", "labels": ["Patrice Odum, CMA (AAMA)", "CE Chairperson"], "w": 160,
         "lfont": "Times-Roman"},
    ],
    "footer": ("This program has been granted prior approval by the American Association of Medical "
               "Assistants (AAMA) for 2.0 general continuing education units (CEUs). " + AAMA_TAIL +
               " Approval #: 205102", 0.14, 140, 0.72, "Times-Roman", 8),
}, E("2024-04-13", T, "Cumberland Valley Chapter of Medical Assistants", "2.0", "aama_ceu", True,
     "general"))

# ---- p10: vendor operator training, no credit -------------------------------
T = "QuikCheck A1c Analyzer Operator Training"
add("operator_training_cert.pdf", "pdf", "modern", LS, {
    "variant": "left", "accent": "#1f6f78", "font": "Helvetica", "panel_top": 80, "top": 110,
    "panel": [("t", "VERIDIAN", "Helvetica-Bold", 24, "#ffffff", {"cs": 3}),
              ("t", "DIAGNOSTICS", "Helvetica", 11, "#ffffff", {"cs": 4, "after": 150}),
              ("t", "CERTIFICATE", "Helvetica-Bold", 22, "#ffffff", {"cs": 2}),
              ("t", "of Training", "Helvetica-Oblique", 14, "#ffffff")],
    "items": [
        ("t", "This certifies that", "Helvetica", 11, "#555555"),
        ("t", "Hannah Lindqvist", "Helvetica-Bold", 28, "#12303a", {"after": 14}),
        ("t", "has completed the product training program", "Helvetica", 11, "#555555", {"after": 4}),
        ("t", T, "Helvetica-Bold", 17, "#1f6f78", {"after": 12}),
    ],
    "fields": [("Training date", fd("2023-09-26", "mdy")), ("Format", "On-site, instructor-led"),
               ("Trainer", "Marcus Fenwick"), ("Operator ID", "VD-OP-55821")],
    "sig": (0.62, 140, "Marcus Fenwick", "Field Clinical Specialist"),
    "notes": "Operator certification valid until 09/26/2024; annual recertification is required to maintain "
             "operator status. This is a product training record only \u2014 no continuing education "
             "credit is awarded for this training.  \u00a9 Veridian Diagnostics, Inc.",
    "notes_y": 78,
}, E("2023-09-26", T, "Veridian Diagnostics", None, None, False, None))

# ---- p11: provider's own e-learning site, NHA credit -------------------------
T = "Phlebotomy Safety Update: Order of Draw and Needlestick Prevention"
add("cert_20240611.pdf", "pdf", "elearn", PT, {
    "platform": "Summit Allied Health Learning", "plogo": "S", "accent": "#3d7a3a",
    "tagline": "summitahl.example", "shape": "hex", "gap": 56, "watermark": "SAHL",
    "items": [
        ("t", "Continuing Education Certificate", "Times-Bold", 26, "#2c552a", {"after": 16}),
        ("t", "This document certifies that", "Helvetica", 10.5, "#444444"),
        ("t", "Priya Raghunathan", "Times-BoldItalic", 26, "#111111", {"after": 12}),
        ("t", "completed the online module", "Helvetica", 10.5, "#444444", {"after": 6}),
        ("t", T, "Helvetica-Bold", 17, "#2c552a", {"w": 400}),
        ("t", "Module PHL-207  \u2022  Version 3.2", "Helvetica", 8.5, "#666666", {"after": 12}),
    ],
    "grid": [[("Date completed", fd("2024-06-11", "long")), ("CE credits", "1.0 NHA CE credit")],
             [("Post-test score", "88% (passing 80%)"), ("Certificate #", "SAHL-2024-61190")]],
    "statement": "This activity has been approved by the National Healthcareer Association (NHA) for 1.0 "
                 "continuing education credit toward NHA certification renewal. Summit Allied Health "
                 "Learning is solely responsible for the content of this activity. This activity has not "
                 "been submitted to the AAMA for CEU approval.",
    "sig": ("Dana Whitfield, MHA, CCMA", "Director of Curriculum", 0.5), "sig_y": 250,
    "footer": "Printed 06/14/2024 from learner transcript. This certificate is valid without signature.",
}, E("2024-06-11", T, "Summit Allied Health Learning", "1.0", "nha_credit", False, None))

# ---- p12: IACET CEU award ------------------------------------------------------
T = "Medical Terminology Review: The Cardiovascular System"
add("CEU_Certificate.pdf", "pdf", "centered", LS, {
    "border": "pattern", "accent": "#2e5e4e", "accent2": "#a08a5a", "top": 66,
    "items": [
        ("t", "Pinecrest Professional Learning Center", "Helvetica-Bold", 13, "#2e5e4e", {"cs": 1, "after": 16}),
        ("t", "CERTIFICATE", "Helvetica-Bold", 42, "#2e5e4e", {"cs": 6, "after": 4}),
        ("t", "of Continuing Education", "Helvetica", 16, "#8a6d3b", {"after": 12}),
        ("t", "is hereby granted to", "Helvetica-Oblique", 11, "#444444"),
        ("t", "Samantha Okafor", "Times-BoldItalic", 30, "#111111", {"ul": 340, "after": 12}),
        ("t", "for completing", "Helvetica-Oblique", 11, "#444444"),
        ("t", T, "Helvetica-Bold", 18, "#2e5e4e", {"w": 560}),
        ("t", "Course Number PPL-MT-118  |  Virtual Instructor-Led  |  Sessions: July 15 \u2013 July 22, 2024",
         "Helvetica", 9, "#555555"),
    ],
    "bottom_y": 122,
    "bottom": [
        {"xf": 0.24, "kind": "field", "value": fd("2024-07-22", "mdy"), "labels": ["Completion Date"], "w": 150},
        {"xf": 0.5, "kind": "field", "value": "0.2", "vfont": "Helvetica-Bold", "vsize": 14,
         "labels": ["IACET CEUs Awarded"], "w": 110},
        {"xf": 0.76, "kind": "sig", "labels": ["Harold J. Winslow, EdD", "Executive Director"], "w": 160},
    ],
    "footer": ("Pinecrest Professional Learning Center is accredited by the International Accreditors for "
               "Continuing Education and Training (IACET) and is authorized to offer IACET CEUs for its "
               "programs that qualify under the ANSI/IACET Continuing Education and Training Standard. "
               "Accreditation valid through 2027.", 0.14, 82, 0.72, "Helvetica", 7.4),
}, E("2024-07-22", T, "Pinecrest Professional Learning Center", "0.2", "iacet_ceu", False, None))

# ---- p13: LMS certificate, hours and minutes --------------------------------
T = "Vital Signs Accuracy: Blood Pressure Measurement Technique"
add("completion-certificate (1).pdf", "pdf", "elearn", LS, {
    "platform": "MedTrainly", "plogo": "M", "accent": "#3b3b58", "accent2": "#e4572e",
    "tagline": "Learning Management System", "gap": 54, "watermark": "MedTrainly",
    "items": [
        ("t", "COMPLETION CERTIFICATE", "Helvetica", 10, "#7a7a7a", {"cs": 3, "after": 12}),
        ("t", T, "Helvetica-Bold", 22, "#222222", {"w": 560, "lead": 26, "after": 14}),
        ("t", "Completed by Lauren Beaudry on " + fd("2024-08-20", "iso"), "Helvetica", 12, "#333333",
         {"after": 10}),
    ],
    "grid": [[("Course provider", "Redstone Clinical Education", 0.4), ("Course code", "RCE-VS-0142"),
              ("Time credited", "1 hour 30 minutes")],
             [("Assigned", fd("2024-08-01", "iso"), 0.4), ("Due", fd("2024-08-31", "iso")),
              ("Status", "Completed \u2013 passed")]],
    "lab_fill": "#eef0f5",
    "statement": "Redstone Clinical Education is responsible for the content of this course. This course is "
                 "not approved for AAMA CEUs. Time credited reflects the provider\u2019s estimated seat time.",
    "footer": "MedTrainly LMS  \u2022  Report generated 2024-09-03 08:15  \u2022  Learner ID 7731-0442",
}, E("2024-08-20", T, "Redstone Clinical Education", "90", "minutes", False, None))

# ---- p14: band award, uppercase title, provider only in signature block ------
T = "ICD-10-CM CODING FUNDAMENTALS FOR THE MEDICAL OFFICE"
add("AAMA_CEU_coding.pdf", "pdf", "centered", LS, {
    "border": "band", "accent": "#0f5e63", "accent2": "#d4a373", "top": 74,
    "cx": (LS[0] * 0.075 + LS[0]) / 2, "text_w": 560,
    "items": [
        ("t", "CERTIFICATE OF CONTINUING EDUCATION", "DV-B", 22, "#0f5e63", {"cs": 2, "after": 18}),
        ("t", "Awarded to", "DV", 11, "#555555"),
        ("t", "Teresa Villanueva, CMA (AAMA)", "DVS-BI", 26, "#111111", {"ul": 380, "after": 16}),
        ("t", "upon successful completion of", "DV", 11, "#555555", {"after": 6}),
        ("t", T, "DV-B", 17, "#0f5e63", {"w": 440, "lead": 21, "after": 8}),
        ("t", "Self-study program with post-test  \u2022  Course Code APE-2210", "DV", 9, "#555555"),
    ],
    "bottom_y": 130,
    "bottom": [
        {"xf": 0.33, "kind": "field", "value": fd("2023-11-30", "mdy"), "vfont": "DV", "labels": ["Completed"],
         "lfont": "DV", "w": 150},
        {"xf": 0.76, "kind": "sig", "labels": ["Dr. Nadia Kovalenko", "Program Director",
                                                 "Ambulatory Practice Education Group"], "lfont": "DV",
         "l0font": "DV-B", "w": 200},
    ],
    "footer": ("This program has been granted prior approval by the American Association of Medical "
               "Assistants (AAMA) for 2.0 administrative continuing education units (CEUs). " + AAMA_TAIL,
               0.15, 66, 0.76, "DV", 7.3),
    "extras": [(0.96, 0.935, "AAMA approval valid 01/01/2023 \u2013 12/31/2024", "DV", 7, "r"),
               (0.96, 0.913, "Issue date " + fd("2023-12-04", "mdy"), "DV", 7, "r")],
}, E("2023-11-30", T, "Ambulatory Practice Education Group", "2.0", "aama_ceu", True, "administrative"))

# ---- p15: platform-hosted recorded webinar, split categories ---------------
T = "Diabetes Management Update for the Ambulatory Care Team"
add("certificate_download.pdf", "pdf", "elearn", PT, {
    "platform": "Mentora Health", "plogo": "m", "accent": "#5a3e8a", "pfont": "DVS-B", "font": "DV",
    "tagline": "Courses from independent education providers", "shape": "circle", "gap": 60,
    "items": [
        ("t", "Certificate of Completion", "DVS-B", 26, "#5a3e8a", {"after": 16}),
        ("t", "Awarded to", "DV", 10, "#555555"),
        ("t", "Ashley Tran", "DVS-B", 24, "#111111", {"after": 12}),
        ("t", "for completing the recorded webinar", "DV", 10, "#555555", {"after": 6}),
        ("t", T, "DV-B", 16, "#5a3e8a", {"w": 380, "after": 16}),
    ],
    "grid": [[("Provider", "Cascadia Medical Assistant Educators", 0.6), ("Format", "Recorded webinar")],
             [("Date completed", fd("2024-09-09", "abbr")), ("Total AAMA CEUs", "1.0"), ("Clinical", "0.5"),
              ("General", "0.5")]],
    "lab": ("DV", 6.5), "val": ("DV-B", 10), "upper": False,
    "statement": "This program has been granted prior approval by the American Association of Medical "
                 "Assistants (AAMA) for 1.0 continuing education unit (CEU): 0.5 clinical and 0.5 general. "
                 + AAMA_TAIL + " AAMA approval #: 206114.",
    "sig": ("Ingrid Sorensen, CMA (AAMA), MEd", "Program Chair, Cascadia Medical Assistant Educators", 0.5),
    "sig_y": 240,
    "footer": "Mentora Health delivers courses on behalf of independent education providers. Questions about "
              "credit should be directed to the provider. Downloaded 10/02/2024.",
}, E("2024-09-09", T, "Cascadia Medical Assistant Educators", "1.0", "aama_ceu", True, None,
     {"clinical": "0.5", "general": "0.5"}))

# ---- p16: clinic letter, multi-session series --------------------------------
T = "Cultural Humility in Patient Communication"
add("attendance_letter.pdf", "pdf", "letter", PT, {
    "head": "center", "accent": "#3a5a40", "font": "Times-Roman", "bfont": "Times-Bold",
    "ifont": "Times-Italic", "size": 11.5, "org": "Oakridge Pediatrics & Family Medicine",
    "org_sub": "Clinical Operations", "address": ["2750 Oakridge Boulevard", "Suite 100", "Marlow, TN 37990",
                                                   "Tel. (615) 555-0134"],
    "date": fd("2024-04-26", "long"), "date_left": False,
    "to": ["To Whom It May Concern:"],
    "body": [
        "This is to confirm that <b>Megan Hollis</b>, Medical Assistant, completed the three-part staff "
        "education series <i>" + escape(T) + "</i>, presented by Oakridge Pediatrics &amp; Family "
        "Medicine. Sessions were held on April 2, April 9, and April 16, 2024 (one hour each), and "
        "Ms. Hollis attended all three sessions.",
        "The series addressed implicit bias, the use of qualified medical interpreters, and "
        "teach-back techniques for patients and caregivers with limited health literacy.",
    ],
    "kv": [["Total contact hours", "3.0"], ["Category", "General"],
           ["AAMA CEU approval", "Not approved \u2013 this series was not submitted to the AAMA"]],
    "kv_w": [150, 318],
    "body2": ["Please contact our office if further verification is required."],
    "closing": "Respectfully,",
    "signer": ["Evelyn Marchetti, RN, BSN", "Clinical Operations Manager"],
}, E("2024-04-16", T, "Oakridge Pediatrics & Family Medicine", "3.0", "contact_hours", False, "general"))

# ---- p17: BLS wallet card only ------------------------------------------------
T = "BLS for Healthcare Providers"
add("BLS_card.pdf", "pdf", "card_only", (3.375 * inch * 2 + 24, 2.125 * inch + 16), {
    "accent": "#1b3a6b", "band": "left", "side_text": "BASIC LIFE SUPPORT", "font": "Helvetica",
    "org": "Bayline Resuscitation Training Center", "org_size": 8.6,
    "org_sub": "Resuscitation education for healthcare professionals",
    "course": T, "course_size": 12.5, "course_color": "#1b3a6b",
    "course_sub": "Adult, child & infant CPR \u2022 AED \u2022 choking relief",
    "front": [("Name", "Yesenia Cardenas"), ("Issued", fd("2023-08-19", "mdy")), ("Renew by", fd("2025-08-19", "my")),
              ("Card #", "BRT-23-08817")],
    "lab_w": 44, "blab_w": 52,
    "back": [("Training site", "Harborside Medical Plaza, Suite 210"), ("Instructor", "D. Okonkwo  #BR-4471"),
             (None, "The above individual has successfully completed the cognitive and skills evaluations in "
                    "accordance with the curriculum of the Bayline Resuscitation Training Center BLS program.")],
    "qr": True, "back_sig": "Training Center Coordinator",
}, E("2023-08-19", T, "Bayline Resuscitation Training Center", "1", "cpr_card", False, "clinical"))

# ---- p18: boxed certificate, wrapped title in a field -------------------------
T = "Electrocardiography Refresher: Lead Placement, Artifact Recognition, and Rhythm Strip Basics"
add("ce-certificate-2025.pdf", "pdf", "form", PT, {
    "org": "Granite Peak Medical Assistant Academy", "org_sub": ["Continuing Education Department"],
    "form_title": "", "logo": "GP", "shape": "hex", "accent": "#4a4a8a", "vfont": "Helvetica",
    "sections": [
        ("sp", 10),
        ("center", [("t", "Certificate of Continuing Education", "Times-Bold", 24, "#4a4a8a", {"after": 6}),
                    ("t", "This certificate documents completion of the activity described below.",
                     "Times-Italic", 10.5, "#444444", {"after": 16})]),
        ("kv", [[("Participant", "Kayla Henning"), ("Credential", "CMA (AAMA) #0918827")],
                [("Course title", T)],
                [("Course code", "GPA-ECG-305"), ("Delivery", "Live virtual (Zoom)"),
                 ("Completion date", fd("2025-01-09", "long"))],
                [("Credit awarded", "1.5 AAMA CEUs"), ("CEU category", "Clinical (C)"),
                 ("Attendance verified", "Yes \u2013 polling codes")]]),
        ("p", "This program has been granted prior approval by the American Association of Medical Assistants "
              "(AAMA) for 1.5 clinical continuing education units (CEUs). " + AAMA_TAIL +
              " AAMA approval #: 207330.", 8.8),
        ("sp", 16),
        ("sig", [("Education Coordinator", True, fd("2025-01-13", "mdy"))]),
        ("p", "Date issued: " + fd("2025-01-13", "long") + ". Retain this certificate for six years for "
              "recertification audit purposes.", 8),
    ],
    "footer": ("Granite Peak Medical Assistant Academy \u2022 2200 Quarry Road, Suite 4 \u2022 Aspen Falls, CO 81699",
               "GPA-CE-CERT v2"),
}, E("2025-01-09", T, "Granite Peak Medical Assistant Academy", "1.5", "aama_ceu", True, "clinical"))

# ======================= phone photos ========================================

# ---- i01: chapter award, photo on wooden desk ---------------------------------
T = "Recognizing and Reporting Elder Abuse"
add("IMG_2487.jpg", "image", "centered", LS, {
    "border": "corner", "accent": "#7a1f2b", "accent2": "#c9a227", "top": 74,
    "items": [
        ("t", "Sunfield Chapter of Medical Assistants", "Times-Roman", 14, "#7a1f2b", {"cs": 2, "after": 16}),
        ("t", "Certificate of Continuing Education", "Times-Bold", 32, "#7a1f2b", {"after": 12}),
        ("t", "awarded to", "Times-Italic", 13, "#333333"),
        ("t", "Alicia Brennan-Moss", "Times-BoldItalic", 28, "#111111", {"ul": 330, "after": 14}),
        ("t", "for attending the educational program", "Times-Italic", 13, "#333333", {"after": 4}),
        ("t", T, "Times-Bold", 21, "#7a1f2b", {"after": 6}),
        ("t", "Held " + fd("2023-10-05", "abbr") + " at Sunfield Public Library, Meeting Room B", "Times-Roman",
         11, "#333333"),
    ],
    "bottom_y": 124,
    "bottom": [
        {"xf": 0.3, "kind": "sig", "labels": ["Marisol Upton, CMA (AAMA)", "Chapter President"],
         "lfont": "Times-Roman"},
        {"xf": 0.7, "kind": "sig", "labels": ["Jane Okoro, CMA (AAMA)", "Education Chair"], "lfont": "Times-Roman"},
    ],
    "footer": ("Approved for 1 AAMA CEU \u2014 General.  AAMA Approval No. 202981.  " + AAMA_TAIL,
               0.15, 78, 0.7, "Times-Roman", 8.5),
}, E("2023-10-05", T, "Sunfield Chapter of Medical Assistants", "1", "aama_ceu", True, "general"),
    {"dpi": 150, "desk": "wood", "margin": 0.1, "angle": 2.5, "persp": 0.02, "keystone": 0.015,
     "light": ("linear", 0.28), "shadow": "corner", "blur": 0.8, "noise": 5, "cast": (255, 238, 215),
     "q": 74, "max": 1700})

# ---- i02: LMS certificate, perspective-heavy photo --------------------------
T = "Telephone Triage Basics for Medical Assistants"
add("IMG_20240820_093315.jpg", "image", "elearn", PT, {
    "platform": "ClinicPro Learn", "plogo": "CP", "accent": "#1e6f8a", "font": "DV", "pfont": "DV-B",
    "tagline": "clinicprolearn.example", "gap": 70,
    "items": [
        ("t", "Certificate of Completion", "DV-B", 24, "#e07a1f", {"after": 18}),
        ("t", "Halverson Health Education Services certifies that", "DV", 10, "#444444"),
        ("t", "Monique Delacroix-Bell", "DV-B", 21, "#111111", {"after": 12}),
        ("t", "has completed the self-paced course", "DV", 10, "#444444", {"after": 6}),
        ("t", T, "DVS-B", 17, "#222222", {"w": 420, "after": 18}),
    ],
    "grid": [[("Completed", fd("2024-08-19", "long")), ("Contact hours", "0.75")],
             [("Course #", "HHES-TT-101"), ("Certificate #", "CPL-8829-1143")]],
    "lab": ("DV", 6.5), "val": ("DV-B", 10.5),
    "statement": "Halverson Health Education Services is the provider of this course and is responsible for "
                 "its content. This course has not been approved for AAMA CEUs. ClinicPro Learn is a "
                 "learning platform and does not grant continuing education credit.",
    "sig": ("Vivian Castellanos, RN", "Education Director, Halverson Health Education Services", 0.5),
    "sig_y": 140,
    "footer": "Generated 08/20/2024 09:31 via ClinicPro Learn.", "qr": True,
}, E("2024-08-19", T, "Halverson Health Education Services", "0.75", "contact_hours", False, None),
    {"dpi": 165, "desk": "gray", "margin": 0.09, "angle": -1.2, "persp": 0.03, "keystone": 0.06,
     "light": ("radial", 0.32), "blur": 1.0, "noise": 4, "q": 72, "max": 1800})

# ---- i03: CPR card on a cutting mat -----------------------------------------
T = "Adult CPR/AED & First Aid"
add("cpr card.jpg", "image", "card_only", (3.375 * inch + 12, 2.125 * inch + 12), {
    "sides": 1, "accent": "#0b6e4f", "accent2": "#f2c14e", "band": "top", "mark": "R",
    "org": "Ridgeway Safety & Health Institute", "org_size": 9.5,
    "org_sub": "Workplace Safety Training Programs",
    "course": T, "course_size": 12, "course_color": "#0b6e4f", "course_sub": "Certificate of Training",
    "lab_w": 48,
    "front": [("Name", "Kwame Asante-Boyd"), ("Issued", fd("2025-01-22", "mdy_dash")),
              ("Expires", fd("2027-01-31", "mdy_dash")), ("Instructor", "L. Moreau #RS-0318")],
}, E("2025-01-22", T, "Ridgeway Safety & Health Institute", "1", "cpr_card", False, "clinical"),
    {"dpi": 420, "desk": "mat_blue", "margin": 0.22, "angle": -3.5, "persp": 0.03, "keystone": 0.02,
     "light": ("linear", 0.22), "blur": 0.6, "noise": 6, "q": 70, "max": 1600})

# ---- i04: in-service sign-off sheet photographed (PNG) ---------------------------
T = "Bloodborne Pathogens Annual Update"
add("inservice.png", "image", "form", PT, {
    "org": "Mercy Crossing Hospital", "org_sub": ["Department of Education & Organizational Development"],
    "form_title": "Education Sign-Off Sheet", "form_sub": ["Annual Mandatory Education", "EOD-07  Rev. 2022"],
    "accent": "#000000", "font": "DVC", "bfont": "DVC-B", "hbg": "#cccccc",
    "sections": [
        ("kv", [[("Name (print)", "Gabriela Fuentes"), ("Employee #", "MC-20417"),
                 ("Dept.", "Family Medicine Clinic \u2013 Northgate")],
                [("Education topic", T)],
                [("Date", fd("2024-02-28", "iso")), ("Presenter / method", "Infection Prevention \u2013 classroom"),
                 ("Duration (min)", "30")]]),
        ("h", "Content reviewed"),
        ("check", [(True, "OSHA Bloodborne Pathogens Standard overview"),
                   (True, "Exposure control plan and PPE selection"),
                   (True, "Sharps safety and needlestick reporting"),
                   (True, "Post-exposure evaluation and follow-up")]),
        ("p", "By signing below I attest that I attended this education session and understand its content. "
              "Education time is credited in minutes to the employee education transcript.", 9),
        ("sig", [("Employee signature", True, fd("2024-02-28", "mdy_short")),
                 ("Educator signature", True, fd("2024-02-28", "mdy_short"))]),
    ],
    "footer": ("Return completed form to Education Department, Mail Stop 4C", "Retain 3 years"),
}, E("2024-02-28", T, "Mercy Crossing Hospital", "30", "minutes", False, None),
    {"dpi": 150, "desk": "white_table", "margin": 0.07, "angle": 1.0, "persp": 0.02, "keystone": 0.03,
     "light": ("linear", 0.3), "shadow": "hand", "blur": 0.7, "noise": 2, "png": "L", "max": 1300})

# ---- i05: state society seminar, split categories ---------------------------
T = "Fall Education Seminar: Workplace Safety and Patient Advocacy"
add("PXL_20241102_181244.jpg", "image", "centered", PT, {
    "border": "pattern", "accent": "#0b4a6f", "accent2": "#7fb3d5", "top": 60, "emblem": "GCSMA",
    "items": [
        ("t", "Gulf Coast Society of Medical Assistants", "DVS-B", 17, "#0b4a6f"),
        ("t", "An affiliate of the American Association of Medical Assistants", "DVS-I", 9, "#555555",
         {"after": 20}),
        ("t", "Certificate of Attendance", "DVS-B", 28, "#0b4a6f", {"after": 14}),
        ("t", "This is to certify that", "DVS", 11, "#444444"),
        ("t", "Stephanie Nakamura", "DVS-BI", 24, "#111111", {"ul": 300, "after": 12}),
        ("t", "attended", "DVS", 11, "#444444", {"after": 4}),
        ("t", T, "DVS-B", 16, "#0b4a6f", {"w": 380, "lead": 20, "after": 8}),
        ("t", fd("2024-11-02", "dow"), "DVS", 11, "#333333"),
        ("t", "Magnolia Bay Conference Hall", "DVS", 10, "#555555", {"after": 16}),
        ("t", "2.0 AAMA CEUs awarded  (1.0 Administrative  \u2022  1.0 Clinical)", "DV-B", 10.5, "#111111"),
    ],
    "bottom_y": 150,
    "bottom": [{"xf": 0.5, "kind": "sig", "labels": ["Renata Boudreaux, CMA (AAMA)", "Seminar Chair"],
                "lfont": "DVS", "w": 200}],
    "footer": ("This program has been granted prior approval by the American Association of Medical "
               "Assistants (AAMA) for 2.0 continuing education units (CEUs): 1.0 administrative and 1.0 "
               "clinical. " + AAMA_TAIL, 0.15, 98, 0.7, "DVS", 7.5),
}, E("2024-11-02", T, "Gulf Coast Society of Medical Assistants", "2.0", "aama_ceu", True, None,
     {"administrative": "1.0", "clinical": "1.0"}),
    {"dpi": 155, "desk": "fabric", "margin": 0.08, "angle": -1.6, "persp": 0.035, "keystone": -0.03,
     "cast": (255, 226, 180), "shadow": "band", "shadow_str": 0.36, "blur": 0.9, "noise": 5, "q": 76, "max": 1750})

# ---- i06: virtual symposium attendance, contact hours --------------------------
T = "Western Regional Ambulatory Care Symposium"
add("photo_2024-05-21.jpg", "image", "conf", PT, {
    "accent": "#16675c", "accent2": "#f4a259", "banner_h": 92,
    "banner": [
        ("t", "Pacific Ambulatory Care Association", "Helvetica", 10.5, "#cfe8e3", {"cs": 1}),
        ("t", T, "Helvetica-Bold", 19, "#ffffff", {"after": 5}),
        ("t", "Virtual Event  \u2022  May 16\u201317, 2024", "Helvetica", 10, "#ffffff"),
    ],
    "gap": 34,
    "items": [
        ("t", "Certificate of Attendance", "Helvetica-Bold", 24, "#16675c", {"after": 12}),
        ("t", "Ashanti Greer", "Helvetica", 20, "#111111", {"after": 8}),
    ],
    "intro": "has attended the following sessions of the <b>" + escape(T) + "</b> and is awarded the "
             "contact hours shown.",
    "sessions": (["Day", "Session", "Contact Hours"],
                 [["Thu 5/16", "Keynote: The Future of Team-Based Primary Care", "1.0"],
                  ["Thu 5/16", "Chronic Care Management Billing Essentials", "1.0"],
                  ["Fri 5/17", "Motivational Interviewing Micro-Skills", "0.5"],
                  ["Fri 5/17", "Hypertension Control: Measuring What Matters", "1.5"],
                  ["", "Total contact hours", "4.0"]],
                 [14, 66, 20], {"bold_rows": (4,), "aligns": ["l", "l", "c"], "size": 9.5, "zebra": "#eaf4f2"}),
    "after": ["Pacific Ambulatory Care Association designates this live virtual activity for a maximum of "
              "4.0 contact hours. Participants should claim only the credit commensurate with the extent of "
              "their participation. Certificate issued May 24, 2024."],
    "asize": 9.2, "sig_y": 110,
    "sigs": [(0.5, "Dr. Felicia Arrington", "Symposium Program Director")],
}, E("2024-05-17", T, "Pacific Ambulatory Care Association", "4.0", "contact_hours", False, None),
    {"dpi": 160, "desk": "wood2", "margin": 0.1, "angle": 3.8, "persp": 0.025, "keystone": 0.02,
     "light": ("radial", 0.38), "blur": 1.2, "noise": 6, "q": 78, "max": 1800})

# ---- i07: vendor spirometry training (PNG) ---------------------------------------
T = "Office Spirometry: Performing Acceptable and Repeatable Tests"
add("training_cert.png", "image", "modern", LS, {
    "variant": "top", "accent": "#134074", "font": "DV", "band_h": 60, "top": 40,
    "panel": [("t", "KESTREL", "DV-B", 20, "#ffffff", {"cs": 4}),
              ("t", "Respiratory Systems  |  Clinical Education", "DV", 9, "#e0f0ff")],
    "items": [
        ("t", "Certificate of Training", "DVS-B", 30, "#134074", {"after": 16}),
        ("t", T, "DV-B", 18, "#134074", {"w": 620, "after": 16}),
        ("t", "Successfully completed by", "DV", 9.5, "#666666"),
        ("t", "Darnell Whitaker-Ruiz", "DVS-BI", 24, "#111111", {"after": 14}),
    ],
    "fields": [("Date of training", fd("2024-03-12", "dmy_long")), ("Contact hours", "0.5"),
               ("Device", "Kestrel SP-40 Spirometer"), ("Educator", "Ines Vukovic, RRT")],
    "sig": (0.62, 128, "Ines Vukovic, RRT", "Clinical Education Specialist"),
    "notes": "Kestrel Respiratory Systems provides this in-service as part of customer onboarding. This "
             "training has not been approved for AAMA CEU credit. Warranty &amp; service: 1-800-555-0148.",
    "notes_y": 66,
}, E("2024-03-12", T, "Kestrel Respiratory Systems", "0.5", "contact_hours", False, None),
    {"dpi": 150, "desk": "gray2", "margin": 0.08, "angle": -2.2, "persp": 0.02, "keystone": -0.02,
     "glare": 0.35, "blur": 0.5, "noise": 2, "cast": (232, 240, 255), "png": "P", "max": 1350})

# ---- i08: college continuing-education CEU certificate --------------------------
T = "Medical Office Billing and Insurance Essentials"
add("20250128_163902.jpg", "image", "centered", LS, {
    "border": "double", "accent": "#1b2a49", "accent2": "#8d99ae", "top": 66,
    "items": [
        ("t", "RIDGELINE TECHNICAL COLLEGE", "DVS-B", 16, "#1b2a49", {"cs": 3}),
        ("t", "Continuing Education & Workforce Development", "DVS-I", 10.5, "#555555", {"after": 16}),
        ("t", "Certificate of Completion", "DVS-B", 30, "#1b2a49", {"after": 10}),
        ("t", "presented to", "DVS-I", 11, "#444444"),
        ("t", "Ruth-Ann Delgado", "DVS-B", 24, "#111111", {"ul": 320, "after": 12}),
        ("t", "for satisfactory completion of", "DVS-I", 11, "#444444", {"after": 4}),
        ("t", T, "DVS-B", 17, "#1b2a49"),
        ("t", "Course CEWD-MOB-110  \u2022  Class meetings January 6 \u2013 January 27, 2025", "DVS", 9, "#555555"),
    ],
    "bottom_y": 124,
    "bottom": [
        {"xf": 0.22, "kind": "field", "value": fd("2025-01-27", "long"), "vfont": "DVS", "labels": ["Date"],
         "lfont": "DVS-I", "w": 150},
        {"xf": 0.5, "kind": "field", "value": "0.8", "vfont": "DVS-B", "vsize": 14,
         "labels": ["Continuing Education", "Units (CEUs)"], "lfont": "DVS-I", "w": 120},
        {"xf": 0.78, "kind": "sig", "labels": ["Colleen Marsh", "Dean, Continuing Education"], "lfont": "DVS",
         "w": 160},
    ],
    "footer": ("Ridgeline Technical College is accredited by the International Accreditors for Continuing "
               "Education and Training (IACET) and offers IACET CEUs for programs that qualify under the "
               "ANSI/IACET Standard. One CEU equals ten contact hours of participation.",
               0.14, 76, 0.72, "DVS", 7.2),
}, E("2025-01-27", T, "Ridgeline Technical College", "0.8", "iacet_ceu", False, None),
    {"dpi": 150, "desk": "wood", "margin": 0.09, "angle": 1.4, "persp": 0.03, "keystone": -0.04,
     "light": ("linear", 0.35), "shadow": "phone", "blur": 0.9, "noise": 5, "q": 75, "max": 1800})

# ======================= scanned PDFs ========================================

# ---- s01: approval letter ----------------------------------------------------------
T = "Anaphylaxis Recognition and Emergency Response in the Clinic"
add("Scan_0012.pdf", "scan", "letter", PT, {
    "head": "left", "accent": "#2f5d50", "initials": "WB", "shape": "square",
    "org": "Willow Bend Medical Group", "org_sub": "Education Committee",
    "address": ["480 Canal Street", "Willow Bend, MO 63990", "www.willowbendmg.example"],
    "date": fd("2024-07-08", "long"),
    "to": ["Ms. Rachel Dunleavy, CMA (AAMA)", "Willow Bend Medical Group \u2013 Pediatrics",
           "480 Canal Street", "Willow Bend, MO 63990"],
    "re": "RE: Continuing Education Certificate",
    "salute": "Dear Ms. Dunleavy:",
    "body": [
        "Thank you for participating in our lunch-and-learn program <b>" + escape(T) + "</b>, presented by "
        "the Willow Bend Medical Group Education Committee on " + fd("2024-06-27", "dow") + ".",
        "This program has been granted prior approval by the American Association of Medical Assistants "
        "(AAMA) for <b>1.0 clinical continuing education unit (CEU)</b>. " + AAMA_TAIL,
    ],
    "kv": [["Participant", "Rachel Dunleavy, CMA (AAMA)"], ["Program date", fd("2024-06-27", "mdy")],
           ["AAMA CEUs", "1.0 (Clinical)"], ["AAMA program #", "205877"]],
    "body2": ["Please keep this letter with your recertification records."],
    "signer": ["Colette Ferris, RN, BSN", "Chair, Education Committee"],
}, E("2024-06-27", T, "Willow Bend Medical Group", "1.0", "aama_ceu", True, "clinical"),
    {"dpi": 150, "angle": 0.6, "black": 28, "white": 246, "speckle": 300, "blur": 0.5, "edge": "left",
     "noise": 6, "q": 68})

# ---- s02: landscape training certificate scanned sideways ---------------------
T = "De-escalation Techniques for Front Office Staff"
add("scan0007.pdf", "scan", "centered", LS, {
    "border": "pattern", "accent": "#8c4a1c", "accent2": "#c08457", "top": 70,
    "items": [
        ("t", "COPPERLINE BEHAVIORAL HEALTH", "Helvetica-Bold", 13, "#8c4a1c", {"cs": 2.5, "after": 14}),
        ("t", "Certificate of Training", "Times-Bold", 34, "#8c4a1c", {"after": 12}),
        ("t", "This acknowledges that", "Times-Italic", 12, "#333333"),
        ("t", "Lindsey Abernathy", "Times-Bold", 26, "#111111", {"ul": 300, "after": 12}),
        ("t", "completed the staff training", "Times-Italic", 12, "#333333", {"after": 4}),
        ("t", T, "Times-Bold", 20, "#8c4a1c", {"after": 8}),
        ("t", "Subject area: Administrative   |   Contact hours: 1.25", "Helvetica", 10.5, "#222222"),
    ],
    "bottom_y": 126,
    "bottom": [
        {"xf": 0.28, "kind": "field", "value": fd("2023-09-14", "mdy_short"), "labels": ["Date of Training"],
         "w": 150},
        {"xf": 0.72, "kind": "sig", "labels": ["Marcus Delaney, LCSW", "Training Coordinator"]},
    ],
    "footer": ("Copperline Behavioral Health is the provider of this training. Contact hours are calculated "
               "at 60 minutes per hour. This training was not submitted for AAMA CEU approval.",
               0.15, 80, 0.7, "Helvetica", 7.6),
    "extras": [(0.9, 0.87, "Certificate #CBH-0914-027", "Helvetica", 7.5, "r")],
}, E("2023-09-14", T, "Copperline Behavioral Health", "1.25", "contact_hours", False, "administrative"),
    {"dpi": 150, "sideways": True, "angle": -0.4, "black": 55, "white": 240, "speckle": 150, "blur": 0.6,
     "noise": 5, "q": 70})

# ---- s03: orthopedic in-service form, harsh copier ---------------------------------
T = "Cast and Splint Application Review: Upper and Lower Extremity"
add("SKM_C25824031112340.pdf", "scan", "form", PT, {
    "org": "Fairhaven Orthopedic & Sports Medicine", "org_sub": ["Clinical Staff Development"],
    "form_title": "Staff In-Service Attendance", "form_sub": ["Form SD-3", "Revised 2019"],
    "accent": "#000000", "font": "Times-Roman", "bfont": "Times-Bold",
    "sections": [
        ("kv", [[("Staff member", "Teodora Petrovic"), ("Position", "Medical Assistant / Ortho Tech")],
                [("Title of in-service", T)],
                [("Date", fd("2024-03-11", "long")), ("Length", "1 hr 15 min"), ("Instructor", "Bradley Coyle, OTC")]]),
        ("h", "Objectives"),
        ("p", "1. Identify indications for common splints and casts. 2. Demonstrate correct padding and "
              "application technique. 3. Recognize signs of neurovascular compromise and educate patients "
              "on cast care.", 10),
        ("h", "Competency"),
        ("check", [(True, "Skills check-off completed"), (False, "Remediation required")]),
        ("sig", [("Staff signature", True, fd("2024-03-11", "mdy_short")),
                 ("Instructor signature", True, fd("2024-03-11", "mdy_short"))]),
        ("p", "Next competency review due: March 2025", 9),
    ],
    "footer": ("Fairhaven Ortho \u2022 Staff Development", "SD-3"),
}, E("2024-03-11", T, "Fairhaven Orthopedic & Sports Medicine", "75", "minutes", False, None),
    {"dpi": 170, "angle": 1.1, "black": 10, "white": 250, "crush": 150, "speckle": 450, "blur": 0.4,
     "streak": True, "noise": 4, "q": 62})

# ---- s04: college course completion verification ---------------------------------
T = "Clinical Procedures I"
add("doc04418620240705.pdf", "scan", "form", PT, {
    "org": "Bellmont State College", "org_sub": ["School of Health Professions", "Medical Assisting Program"],
    "form_title": "Course Completion Verification",
    "form_sub": ["Issued at student request", "Issue date: " + fd("2024-06-03", "mdy")],
    "accent": "#7a0019", "logo": "BSC", "shape": "circle",
    "sections": [
        ("p", "To whom it may concern: This verifies that the student named below has successfully completed "
              "the following course at Bellmont State College.", 10),
        ("kv", [[("Student", "Destiny Raymond"), ("Student no.", "BSC-2291847")],
                [("Course number", "MA 140", 0.22), ("Course title", T), ("Credit hours", "4.0", 0.2)],
                [("Term", "Spring 2024"), ("Course dates", fd("2024-01-16", "mdy") + " \u2013 " + fd("2024-05-10", "mdy")),
                 ("Final grade", "B+")]]),
        ("p", "Course description: Introduction to clinical skills for the ambulatory setting including vital "
              "signs, infection control, patient preparation for examinations, specimen collection and "
              "documentation. Includes 48 hours of laboratory practice.", 9),
        ("sp", 16),
        ("sig", [("Program Director", True, fd("2024-06-03", "mdy"))]),
    ],
    "footer": ("Bellmont State College \u2022 School of Health Professions", "Form HP-12"),
}, E("2024-05-10", T, "Bellmont State College", "4.0", "college_credit", False, None),
    {"dpi": 150, "angle": -0.8, "shift": (24, -14), "black": 40, "white": 232, "speckle": 120, "blur": 0.5,
     "noise": 7, "q": 70, "edge": "top"})

# ---- s05: NHA credit certificate, soft focus copier --------------------------------
T = "Electronic Health Records: Documentation Best Practices"
add("Scanned Document.pdf", "scan", "centered", PT, {
    "border": "thin", "accent": "#7b2d26", "top": 70, "logo": (46, "#7b2d26", "#ffffff", "KCL", "hex"),
    "items": [
        ("t", "Keystone Career Learning", "Helvetica-Bold", 16, "#7b2d26"),
        ("t", "Certificate of Continuing Education", "Helvetica", 20, "#222222", {"after": 22}),
        ("t", "Awarded to", "Helvetica-Oblique", 10, "#555555"),
        ("t", "Marcus T. Ellery", "Helvetica-Bold", 22, "#111111", {"after": 14}),
        ("t", "for successful completion of", "Helvetica-Oblique", 10, "#555555", {"after": 4}),
        ("t", T, "Helvetica-Bold", 16, "#7b2d26", {"w": 380, "after": 10}),
        ("sp", 12),
        ("t", "Date of completion: " + fd("2024-10-03", "iso"), "Helvetica", 11, "#222222"),
        ("t", "Continuing education credits: 2.0 (NHA)", "Helvetica", 11, "#222222"),
        ("t", "Course ID: KCL-EHR-220", "Helvetica", 9, "#555555"),
    ],
    "bottom_y": 160,
    "bottom": [{"xf": 0.5, "kind": "sig", "labels": ["Renee Castellano, CEHRS", "Director of Education"],
                "w": 200}],
    "footer": ("Keystone Career Learning is an approved continuing education provider of the National "
               "Healthcareer Association (NHA). This activity is approved for 2.0 NHA continuing education "
               "credits.", 0.15, 104, 0.7, "Helvetica", 8),
    "extras": [(0.9, 0.065, "Print date: " + fd("2024-10-07", "mdy"), "Helvetica", 7.5, "r")],
}, E("2024-10-03", T, "Keystone Career Learning", "2.0", "nha_credit", False, None),
    {"dpi": 160, "angle": 0.3, "black": 35, "white": 244, "speckle": 80, "blur": 0.9, "noise": 5, "q": 72,
     "edge": "right"})

# ---- s06: foundation module, landscape A4, split categories -------------------------
T = "Professionalism and Scope of Practice for Medical Assistants"
add("scan_ce_2.pdf", "scan", "modern", LA4, {
    "variant": "left", "accent": "#5c4033", "font": "DVS", "panel_top": 70, "top": 120,
    "panel": [("t", "HMAEF", "DVS-B", 26, "#ffffff", {"cs": 3, "after": 8}),
              ("t", "Heartland Medical Assistants", "DVS", 10, "#ffffff"),
              ("t", "Education Foundation", "DVS", 10, "#ffffff", {"after": 130}),
              ("t", "Certificate", "DVS-BI", 26, "#ffffff"),
              ("t", "of Continuing Education", "DVS", 11, "#ffffff")],
    "items": [
        ("t", "This certifies that", "DVS-I", 11, "#555555"),
        ("t", "Olivia Marchand, CMA (AAMA)", "DVS-B", 24, "#222222", {"after": 12}),
        ("t", "has completed the online continuing education module", "DVS-I", 11, "#555555", {"after": 4}),
        ("t", T, "DVS-B", 17, "#5c4033", {"w": 460, "lead": 21, "after": 12}),
    ],
    "fields": [("Completed", fd("2024-12-03", "abbr")), ("AAMA CEUs", "1.5 total"), ("Administrative", "0.5"),
               ("General", "1.0")],
    "sig": (0.62, 150, "Beatrice Lund, CMA (AAMA)", "Foundation Education Director"),
    "notes": "Heartland Medical Assistants Education Foundation is the sponsor of this program. This program "
             "has been granted prior approval by the AAMA for 1.5 continuing education units: 0.5 "
             "administrative and 1.0 general. " + AAMA_TAIL + " Certificate generated 12/05/2024.",
    "notes_y": 84,
}, E("2024-12-03", T, "Heartland Medical Assistants Education Foundation", "1.5", "aama_ceu", True, None,
     {"administrative": "0.5", "general": "1.0"}),
    {"dpi": 150, "angle": -1.3, "black": 45, "white": 236, "speckle": 200, "blur": 0.6, "noise": 6, "q": 70,
     "holes": True})


# --------------------------------------------------------------------------
# rendering and degradation
# --------------------------------------------------------------------------


def build_pdf(spec):
    W, H = spec["size"]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=1)
    rng = random.Random(spec["seed"])
    TEMPLATES[spec["tpl"]](c, spec["data"], W, H, rng)
    c.showPage()
    c.save()
    return buf.getvalue()


def render(pdf_bytes, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    page = doc[0]
    img = page.render(scale=dpi / 72.0).to_pil().convert("RGB")
    page.close()
    doc.close()
    return img


def noise_pair(size, rng, amp):
    w, h = size
    a = Image.frombytes("L", size, rng.randbytes(w * h)).point(lambda v: v * amp // 255)
    b = Image.frombytes("L", size, rng.randbytes(w * h)).point(lambda v: v * amp // 255)
    return a, b


def add_noise(img, rng, amp, chroma=False):
    if amp <= 0:
        return img
    if img.mode == "L":
        a, b = noise_pair(img.size, rng, amp)
        return ImageChops.subtract(ImageChops.add(img, a), b)
    if chroma:
        chans = []
        for ch in img.split():
            a, b = noise_pair(img.size, rng, amp)
            chans.append(ImageChops.subtract(ImageChops.add(ch, a), b))
        return Image.merge("RGB", chans)
    a, b = noise_pair(img.size, rng, amp)
    a3, b3 = Image.merge("RGB", (a, a, a)), Image.merge("RGB", (b, b, b))
    return ImageChops.subtract(ImageChops.add(img, a3), b3)


def rgb(l_img):
    return Image.merge("RGB", (l_img, l_img, l_img))


def make_desk(size, kind, rng):
    W, H = size
    if kind in ("wood", "wood2"):
        base = (146, 102, 66) if kind == "wood" else (88, 58, 38)
        rows = max(H // 5, 4)
        strip = Image.new("L", (1, rows))
        strip.putdata([int(128 + rng.uniform(-60, 60)) for _ in range(rows)])
        grain = strip.resize((W, H), Image.Resampling.BICUBIC)
        rows2 = max(H // 2, 4)
        strip2 = Image.new("L", (1, rows2))
        strip2.putdata([int(128 + rng.uniform(-25, 25)) for _ in range(rows2)])
        grain2 = strip2.resize((W, H), Image.Resampling.BILINEAR)
        g = ImageChops.add(grain, grain2, scale=2.0)
        g = g.rotate(rng.uniform(-4, 4), Image.Resampling.BILINEAR, expand=False, fillcolor=128)
        desk = Image.new("RGB", size, base)
        desk = ImageChops.multiply(desk, rgb(g.point(lambda v: min(255, 150 + v // 2))))
        return add_noise(desk, rng, 10, chroma=True)
    if kind == "gray":
        desk = Image.new("RGB", size, (126, 128, 131))
        return add_noise(desk, rng, 14).filter(ImageFilter.GaussianBlur(0.7))
    if kind == "gray2":
        desk = Image.new("RGB", size, (64, 66, 72))
        return add_noise(desk, rng, 12, chroma=True)
    if kind == "mat_blue":
        desk = Image.new("RGB", size, (34, 66, 98))
        dr = ImageDraw.Draw(desk)
        step = max(W, H) // 14
        off = rng.randint(0, step)
        for x in range(off, W, step):
            dr.line([(x, 0), (x, H)], fill=(82, 118, 150), width=2)
        for y in range(off, H, step):
            dr.line([(0, y), (W, y)], fill=(82, 118, 150), width=2)
        desk = desk.rotate(rng.uniform(-8, 8), Image.Resampling.BILINEAR, fillcolor=(34, 66, 98))
        return add_noise(desk, rng, 10)
    if kind == "fabric":
        desk = Image.new("RGB", size, (190, 172, 140))
        desk = add_noise(desk, rng, 40, chroma=False).filter(ImageFilter.GaussianBlur(0.8))
        return add_noise(desk, rng, 8)
    if kind == "white_table":
        desk = Image.new("RGB", size, (214, 216, 212))
        return add_noise(desk, rng, 8)
    raise ValueError(kind)


def shadow_mask(size, kind, rng):
    W, H = size
    m = Image.new("L", size, 0)
    dr = ImageDraw.Draw(m)
    if kind == "corner":
        dr.polygon([(W * 0.55, H), (W, H * 0.35), (W, H)], fill=255)
        rad = W * 0.08
    elif kind == "hand":
        x0 = rng.uniform(0.1, 0.3) * W
        dr.polygon([(x0, H), (x0 + W * 0.25, H * 0.72), (x0 + W * 0.5, H * 0.78), (x0 + W * 0.45, H)], fill=255)
        rad = W * 0.06
    elif kind == "band":
        dr.polygon([(0, H * 0.25), (W, H * 0.55), (W, H * 0.75), (0, H * 0.42)], fill=255)
        rad = W * 0.05
    elif kind == "phone":
        dr.ellipse([W * 0.3, -H * 0.15, W * 0.85, H * 0.18], fill=255)
        rad = W * 0.07
    else:
        raise ValueError(kind)
    return m.filter(ImageFilter.GaussianBlur(rad))


def photo(page, rng, o):
    page = ImageChops.multiply(page.convert("RGB"), Image.new("RGB", page.size, o.get("paper", (250, 247, 240))))
    w, h = page.size
    m = int(max(w, h) * o.get("margin", 0.1))
    W, H = w + 2 * m, h + 2 * m
    desk = make_desk((W, H), o["desk"], rng)
    layer = Image.new("RGB", (W, H))
    layer.paste(page, (m, m))
    mask = Image.new("L", (W, H), 0)
    ImageDraw.Draw(mask).rectangle([m, m, m + w - 1, m + h - 1], fill=255)
    ang = o.get("angle", 0)
    layer = layer.rotate(ang, Image.Resampling.BICUBIC)
    mask = mask.rotate(ang, Image.Resampling.BICUBIC)
    # drop shadow of the paper on the desk
    sh = mask.filter(ImageFilter.GaussianBlur(max(W, H) * 0.008))
    sh = ImageChops.offset(sh, int(W * 0.006), int(H * 0.008))
    s = o.get("drop", 0.5)
    sh = sh.point(lambda v: 255 - int(v * s))
    desk = ImageChops.multiply(desk, rgb(sh))
    desk.paste(layer, (0, 0), mask)
    img = desk
    # perspective / keystone (QUAD maps the source quadrilateral onto the output rectangle)
    p, k = o.get("persp", 0.02), o.get("keystone", 0.0)

    def j():
        return rng.uniform(-p, p)

    quad = ((j() - k) * W, j() * H,
            j() * W, (1 + j()) * H,
            (1 + j()) * W, (1 + j()) * H,
            (1 + j() + k) * W, j() * H)
    fill = tuple(int(v) for v in desk.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0)))
    img = img.transform((W, H), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC, fillcolor=fill)
    # crop a little (photographer framing)
    cx0, cy0 = int(W * rng.uniform(0.0, 0.03)), int(H * rng.uniform(0.0, 0.03))
    cx1, cy1 = W - int(W * rng.uniform(0.0, 0.03)), H - int(H * rng.uniform(0.0, 0.03))
    img = img.crop((cx0, cy0, cx1, cy1))
    W, H = img.size
    # lighting
    if o.get("light"):
        kind, st = o["light"]
        if kind == "linear":
            g = Image.linear_gradient("L")
            g = g.transpose(rng.choice([Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_180,
                                        Image.Transpose.ROTATE_270, Image.Transpose.FLIP_LEFT_RIGHT]))
            g = g.resize((W, H), Image.Resampling.BILINEAR).point(lambda v: int(255 * (1 - st) + v * st))
        else:
            g = Image.radial_gradient("L").resize((W, H), Image.Resampling.BILINEAR)
            g = ImageChops.offset(g, int(W * rng.uniform(-0.15, 0.15)), int(H * rng.uniform(-0.15, 0.15)))
            g = g.point(lambda v: int(255 - v * st))
        img = ImageChops.multiply(img, rgb(g))
    if o.get("shadow"):
        ss = o.get("shadow_str", 0.5)
        sm = shadow_mask((W, H), o["shadow"], rng).point(lambda v: 255 - int(v * ss))
        img = ImageChops.multiply(img, rgb(sm))
    if o.get("glare"):
        gl = Image.new("L", (W, H), 0)
        gx, gy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.2, 0.5) * H
        ImageDraw.Draw(gl).ellipse([gx - W * 0.18, gy - H * 0.12, gx + W * 0.18, gy + H * 0.12], fill=255)
        gl = gl.filter(ImageFilter.GaussianBlur(W * 0.06)).point(lambda v: int(v * o["glare"]))
        img = ImageChops.screen(img, rgb(gl))
    if o.get("cast"):
        img = ImageChops.multiply(img, Image.new("RGB", (W, H), o["cast"]))
    # final size, focus blur, sensor noise
    mx = o.get("max", 1800)
    sc = mx / max(W, H)
    if sc < 1:
        img = img.resize((round(W * sc), round(H * sc)), Image.Resampling.LANCZOS)
    img = img.filter(ImageFilter.GaussianBlur(o.get("blur", 0.8)))
    img = add_noise(img, rng, o.get("noise", 4), chroma=True)
    return img


def scan(page, rng, o):
    img = page.convert("L")
    if o.get("sideways"):
        img = img.transpose(Image.Transpose.ROTATE_90)
    W, H = img.size
    lo, hi = o.get("black", 30), o.get("white", 245)
    if o.get("crush"):
        t = o["crush"]
        img = img.point(lambda v: 0 if v < t else (255 if v > t + 60 else int((v - t) * 255 / 60)))
    img = img.point(lambda v: int(lo + v * (hi - lo) / 255))
    if o.get("shift"):
        dx, dy = o["shift"]
        img = img.transform((W, H), Image.Transform.AFFINE, (1, 0, -dx, 0, 1, -dy),
                            Image.Resampling.BILINEAR, fillcolor=hi)
    img = img.rotate(o.get("angle", 0), Image.Resampling.BICUBIC, fillcolor=hi)
    dr = ImageDraw.Draw(img)
    if o.get("holes"):
        # punched holes along the top edge show as dark discs
        r = int(W * 0.012)
        for fx in (0.25, 0.5, 0.75):
            cx, cy = int(W * fx), int(H * 0.035)
            dr.ellipse([cx - r, cy - r, cx + r, cy + r], fill=25)
    if o.get("edge"):
        g = Image.linear_gradient("L")  # black at top
        e = o["edge"]
        if e == "left":
            g = g.transpose(Image.Transpose.ROTATE_270).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        elif e == "right":
            g = g.transpose(Image.Transpose.ROTATE_90).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        g = g.resize((W, H), Image.Resampling.BILINEAR)
        # compress the dark band to a narrow strip near the edge
        g = g.point(lambda v: 255 if v > 20 else int(110 + v * 145 / 20))
        img = ImageChops.multiply(img, g)
    for _ in range(o.get("speckle", 0)):
        x, y = rng.randrange(W), rng.randrange(H)
        r = rng.choice([0.6, 0.8, 1.0, 1.3, 1.8])
        shade = rng.randint(20, 120)
        dr.ellipse([x - r, y - r, x + r, y + r], fill=shade)
    if o.get("streak"):
        x = int(W * rng.uniform(0.2, 0.8))
        dr.line([(x, 0), (x, H)], fill=170, width=2)
    img = img.filter(ImageFilter.GaussianBlur(o.get("blur", 0.5)))
    img = add_noise(img, rng, o.get("noise", 5))
    return img


def jpeg_bytes(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q)
    return b.getvalue()


def scan_pdf(img, dpi, q):
    W, H = img.size[0] * 72.0 / dpi, img.size[1] * 72.0 / dpi
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=1)
    c.setCreator("Scan to PDF")
    c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(img, q))), 0, 0, W, H)
    c.showPage()
    c.save()
    return buf.getvalue()


def main():
    register_fonts()
    expected = {}
    for spec in SPECS:
        path = os.path.join(OUT, spec["file"])
        pdf = build_pdf(spec)
        o = spec["deg"]
        rng = random.Random(spec["seed"] + 1)
        if spec["kind"] == "pdf":
            data = pdf
        elif spec["kind"] == "image":
            img = photo(render(pdf, o.get("dpi", 150)), rng, o)
            b = io.BytesIO()
            if spec["file"].endswith(".png"):
                if o.get("png") == "L":
                    img = img.convert("L")
                elif o.get("png") == "P":
                    img = img.quantize(colors=96, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
                img.save(b, "PNG", optimize=True)
            else:
                img.save(b, "JPEG", quality=o.get("q", 75))
            data = b.getvalue()
        else:
            dpi = o.get("dpi", 150)
            data = scan_pdf(scan(render(pdf, dpi), rng, o), dpi, o.get("q", 70))
        with open(path, "wb") as f:
            f.write(data)
        expected[spec["file"]] = dict({"kind": spec["kind"]}, **spec["exp"])
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(expected, f, indent=2, sort_keys=True, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
