#!/usr/bin/env python3
"""tune7 -- generator for a tuning/training set of invented CE certificates.

Run:  /work/main/.venv/bin/python tests/certificates_world/tune7/make.py

Deterministic: fixed seeds, reportlab invariant=1, fixed /CreationDate and /ModDate in
Chromium-printed PDFs and in Pillow image-only PDFs.  Writes every certificate,
expected.json and README.md next to this file.

Every person, organisation, address, product and website below is invented; only the
real bodies AAMA, NHA, AMT, IACET, the American Heart Association and the American Red
Cross are named.
"""
import base64
import io
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
DJ = "/usr/share/fonts/truetype/dejavu/"
FIXED_PDF_DATE = b"20250101120000"          # Chromium /CreationDate, /ModDate digits
FIXED_STRUCT_TIME = time.gmtime(1735732800)  # 2025-01-01 12:00:00 UTC for Pillow PDFs

LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
CARD = (3.375 * 72, 2.125 * 72)

for _n, _f in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
               ("DV-I", "DejaVuSans-Oblique.ttf"), ("DV-L", "DejaVuSans-ExtraLight.ttf"),
               ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
               ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
               ("DVS-I", "DejaVuSerif-Italic.ttf"), ("DVS-BI", "DejaVuSerif-BoldItalic.ttf"),
               ("DVSC", "DejaVuSerifCondensed.ttf"), ("DVSC-B", "DejaVuSerifCondensed-Bold.ttf"),
               ("DVM", "DejaVuSansMono.ttf"), ("DVM-B", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, DJ + _f))


# ----------------------------------------------------------------------------------------
# registry
# ----------------------------------------------------------------------------------------
SPECS = []


def E(title, provider, completed_on, amount, unit, aama, category, categories=None):
    d = dict(title=title, provider=provider, completed_on=completed_on, amount=amount,
             unit=unit, aama_approved=aama, category=category)
    if categories:
        d["categories"] = categories
    return d


def cert(file, kind, exp, notes, html=False, post=None, dpi=200):
    """Decorator: register a builder. Reportlab builders take a path; html builders
    return an HTML string printed by Chromium."""
    def deco(fn):
        SPECS.append(dict(file=file, kind=kind, exp=exp, notes=notes, html=html,
                          build=fn, post=post, dpi=dpi))
        return fn
    return deco


# ----------------------------------------------------------------------------------------
# reportlab helpers
# ----------------------------------------------------------------------------------------
def newc(path, size=LETTER, title="Certificate", creator=None):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.setTitle(title)
    if creator:
        c.setCreator(creator)
    return c


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def txt(c, x, y, s, font="Helvetica", size=10, color=black, align="l"):
    c.setFont(font, size)
    c.setFillColor(color)
    if align == "l":
        c.drawString(x, y, s)
    elif align == "c":
        c.drawCentredString(x, y, s)
    else:
        c.drawRightString(x, y, s)


def para(c, x, y, s, font="Helvetica", size=10, width=400, lead=None, color=black,
         align="l"):
    """Wrapped paragraph; x is left edge (align l), centre (c) or right edge (r).
    Returns the baseline below the last line."""
    lead = lead or size * 1.32
    for i, line in enumerate(simpleSplit(s, font, size, width)):
        txt(c, x, y - i * lead, line, font, size, color, align)
    return y - len(simpleSplit(s, font, size, width)) * lead


def lines(c, x, y, seq, font="Helvetica", size=10, lead=None, color=black, align="l"):
    lead = lead or size * 1.3
    for i, s in enumerate(seq):
        txt(c, x, y - i * lead, s, font, size, color, align)
    return y - len(seq) * lead


def spaced(c, x, y, s, font, size, track, color=black, align="l"):
    """Draw a string glyph by glyph with extra tracking (letter-spaced wordmarks)."""
    widths = [sw(ch, font, size) for ch in s]
    total = sum(widths) + track * (len(s) - 1)
    if align == "c":
        x -= total / 2
    elif align == "r":
        x -= total
    c.setFont(font, size)
    c.setFillColor(color)
    for ch, w in zip(s, widths):
        if ch != " ":
            c.drawString(x, y, ch)
        x += w + track
    return total


def rich(c, x, y, parts, size=10, color=black, align="l"):
    """One line made of (text, font) pieces."""
    total = sum(sw(t, f, size) for t, f in parts)
    if align == "c":
        x -= total / 2
    elif align == "r":
        x -= total
    for t, f in parts:
        txt(c, x, y, t, f, size, color)
        x += sw(t, f, size)


def border_double(c, w, h, m, col, lw1=3.0, lw2=0.8, gap=6):
    c.setStrokeColor(col)
    c.setLineWidth(lw1)
    c.rect(m, m, w - 2 * m, h - 2 * m, stroke=1, fill=0)
    c.setLineWidth(lw2)
    c.rect(m + gap, m + gap, w - 2 * (m + gap), h - 2 * (m + gap), stroke=1, fill=0)


def border_guilloche(c, w, h, m, band, col, strands=7, waves=40, lw=0.35):
    """Interlaced sine strands running round the page -- a banknote-like frame."""
    c.setStrokeColor(col)
    c.setLineWidth(lw)
    for k in range(strands):
        ph = 2 * math.pi * k / strands
        for side in range(4):
            p = c.beginPath()
            n = 400
            for i in range(n + 1):
                t = i / n
                off = band / 2 + band / 2 * 0.9 * math.sin(2 * math.pi * waves * t + ph)
                if side == 0:
                    x, y = m + t * (w - 2 * m), m + off
                elif side == 1:
                    x, y = m + t * (w - 2 * m), h - m - off
                elif side == 2:
                    x, y = m + off, m + t * (h - 2 * m)
                else:
                    x, y = w - m - off, m + t * (h - 2 * m)
                if i == 0:
                    p.moveTo(x, y)
                else:
                    p.lineTo(x, y)
            c.drawPath(p, stroke=1, fill=0)
    c.setLineWidth(0.8)
    c.rect(m, m, w - 2 * m, h - 2 * m, stroke=1, fill=0)
    c.rect(m + band, m + band, w - 2 * (m + band), h - 2 * (m + band), stroke=1, fill=0)


def border_dots(c, w, h, m, col, r=1.3, step=7):
    c.setFillColor(col)
    x = m
    while x <= w - m:
        c.circle(x, m, r, stroke=0, fill=1)
        c.circle(x, h - m, r, stroke=0, fill=1)
        x += step
    y = m
    while y <= h - m:
        c.circle(m, y, r, stroke=0, fill=1)
        c.circle(w - m, y, r, stroke=0, fill=1)
        y += step


def corner_marks(c, w, h, m, L, col, lw=2):
    c.setStrokeColor(col)
    c.setLineWidth(lw)
    for (x, y, dx, dy) in [(m, m, 1, 1), (w - m, m, -1, 1), (m, h - m, 1, -1),
                           (w - m, h - m, -1, -1)]:
        c.line(x, y, x + dx * L, y)
        c.line(x, y, x, y + dy * L)
        c.line(x + dx * 5, y + dy * 5, x + dx * L * 0.6, y + dy * 5)
        c.line(x + dx * 5, y + dy * 5, x + dx * 5, y + dy * L * 0.6)


def seal(c, x, y, r, col, points=28, label=None, font="Times-Bold", size=9,
         ribbon=None):
    if ribbon:
        c.setFillColor(ribbon)
        for sgn in (-1, 1):
            p = c.beginPath()
            p.moveTo(x + sgn * r * 0.25, y)
            p.lineTo(x + sgn * r * 0.75, y - r * 1.6)
            p.lineTo(x + sgn * r * 0.5, y - r * 1.35)
            p.lineTo(x + sgn * r * 0.25 - sgn * r * 0.05, y - r * 1.65)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
    p = c.beginPath()
    for i in range(points * 2):
        a = math.pi * i / points
        rr = r if i % 2 == 0 else r * 0.88
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        if i == 0:
            p.moveTo(px, py)
        else:
            p.lineTo(px, py)
    p.close()
    c.setFillColor(col)
    c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColor(white)
    c.setLineWidth(0.8)
    c.circle(x, y, r * 0.74, stroke=1, fill=0)
    c.circle(x, y, r * 0.68, stroke=1, fill=0)
    if label:
        for i, s in enumerate(label):
            txt(c, x, y + (len(label) / 2 - i - 0.8) * size * 1.1, s, font, size, white, "c")


def squiggle(c, x, y, w, seed, color=HexColor("#1f2e6e"), lw=1.0, loops=3):
    """An invented handwritten signature: a few loops and a tail."""
    r = np.random.default_rng(seed)
    p = c.beginPath()
    p.moveTo(x, y + r.uniform(-2, 4))
    cx = x
    n = loops + 3
    for i in range(n):
        nx = cx + w / n
        up = r.uniform(8, 20) if i < loops else r.uniform(-4, 6)
        p.curveTo(cx + w / (3 * n), y + up, nx - w / (3 * n) + r.uniform(-6, 6),
                  y - r.uniform(2, 10), nx, y + r.uniform(-3, 5))
        cx = nx
    p.curveTo(cx + 8, y + 12, x + w * 0.3, y - 6, x + w * 0.15, y + 2)
    c.setStrokeColor(color)
    c.setLineWidth(lw)
    c.drawPath(p, stroke=1, fill=0)


def sigblock(c, x, y, w, name_lines, seed, font="Helvetica", size=8.5, color=black,
             align="l", sigcol=HexColor("#1f2e6e")):
    sx = x if align == "l" else x - w / 2
    squiggle(c, sx + 6, y + 8, w * 0.8, seed, sigcol)
    c.setStrokeColor(color)
    c.setLineWidth(0.6)
    c.line(sx, y, sx + w, y)
    tx = sx if align == "l" else x
    for i, s in enumerate(name_lines):
        txt(c, tx, y - 11 - i * size * 1.25, s, font if i else font, size, color,
            "l" if align == "l" else "c")


def cell_table(c, x, ytop, widths, rows, font="Helvetica", size=8, head_font=None,
               head_fill=None, head_color=black, pad=3.5, lead=None, line_col=black,
               lw=0.5, fills=None, aligns=None, color=black):
    """Draw a table one cell at a time (rect + text per cell). Returns bottom y."""
    lead = lead or size * 1.2
    y = ytop
    for ri, row in enumerate(rows):
        f = (head_font or font) if ri == 0 and head_font else font
        wrapped = [simpleSplit(str(v), f, size, wd - 2 * pad) or [""]
                   for v, wd in zip(row, widths)]
        rh = max(len(wl) for wl in wrapped) * lead + 2 * pad
        cx = x
        for ci, (wl, wd) in enumerate(zip(wrapped, widths)):
            fill = None
            if ri == 0 and head_fill is not None:
                fill = head_fill
            elif fills and ri < len(fills) and fills[ri] is not None:
                fill = fills[ri]
            c.setStrokeColor(line_col)
            c.setLineWidth(lw)
            if fill is not None:
                c.setFillColor(fill)
                c.rect(cx, y - rh, wd, rh, stroke=1 if lw else 0, fill=1)
            elif lw:
                c.rect(cx, y - rh, wd, rh, stroke=1, fill=0)
            al = (aligns[ci] if aligns else "l")
            col = head_color if (ri == 0 and head_fill is not None) else color
            for li, s in enumerate(wl):
                ty = y - pad - size * 0.92 - li * lead
                if al == "l":
                    txt(c, cx + pad, ty, s, f, size, col)
                elif al == "c":
                    txt(c, cx + wd / 2, ty, s, f, size, col, "c")
                else:
                    txt(c, cx + wd - pad, ty, s, f, size, col, "r")
            cx += wd
        y -= rh
    return y


def pil_font(name, size):
    return ImageFont.truetype(DJ + name, size)


def raster_wordmark(lines_spec, pad=10, bg=None, scale=4):
    """Render a logo to a PNG (so its words are NOT in the PDF text layer).
    lines_spec: list of (text, fontfile, px, rgb, tracking_px)."""
    draws = []
    W = 0
    H = pad * scale
    for t, ff, px, rgb, tr in lines_spec:
        f = pil_font(ff, px * scale)
        widths = [f.getlength(ch) for ch in t]
        w = sum(widths) + tr * scale * (len(t) - 1)
        asc, desc = f.getmetrics()
        draws.append((t, f, widths, rgb, tr * scale, H, asc + desc))
        W = max(W, w)
        H += asc + desc + 2 * scale
    W = int(W + 2 * pad * scale)
    H = int(H + pad * scale)
    im = Image.new("RGBA", (W, H), bg or (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    for t, f, widths, rgb, tr, y0, lh in draws:
        x = pad * scale
        for ch, w in zip(t, widths):
            d.text((x, y0), ch, font=f, fill=rgb)
            x += w + tr
    im = im.resize((W // scale * 2, H // scale * 2), Image.LANCZOS)
    return im


def img_reader(im):
    b = io.BytesIO()
    im.save(b, "PNG")
    b.seek(0)
    return ImageReader(b)


def data_uri(im):
    b = io.BytesIO()
    im.save(b, "PNG")
    return "data:image/png;base64," + base64.b64encode(b.getvalue()).decode()


def smooth_field(rng, h, w, cells=5):
    small = rng.random((cells, cells)).astype(np.float32)
    im = Image.fromarray((small * 255).astype(np.uint8), "L").resize((w, h), Image.BICUBIC)
    return np.asarray(im, dtype=np.float32) / 255.0


# ----------------------------------------------------------------------------------------
# HTML page scaffold (printed by Chromium)
# ----------------------------------------------------------------------------------------
def page_html(body, css, size="letter", title="Certificate"):
    w, h = ("8.5in", "11in") if size == "letter" else ("11in", "8.5in")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<style>
@page {{ size: {w} {h}; margin: 0; }}
html, body {{ margin: 0; padding: 0; width: {w}; height: {h}; overflow: hidden; }}
* {{ box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
{css}
</style></head><body>{body}</body></html>"""


# ----------------------------------------------------------------------------------------
# camera / scanner simulation
# ----------------------------------------------------------------------------------------
def persp_coeffs(dst, src):
    """Coefficients for PIL PERSPECTIVE: maps output (dst) points to input (src)."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def background(rng, w, h, kind):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([150, 108, 72], np.float32)
        warp = smooth_field(rng, h, w, 4) * 40
        grain = np.sin((yy + warp) / 9.0 + np.sin(xx / 310.0) * 3) * 0.5 + 0.5
        fine = rng.normal(0, 1, (h, w)).astype(np.float32)
        v = 0.82 + 0.12 * grain + 0.02 * fine
        img = base[None, None, :] * v[..., None]
    elif kind == "desk":
        base = np.array([196, 194, 186], np.float32)
        v = 0.93 + 0.07 * smooth_field(rng, h, w, 3) + rng.normal(0, 0.018, (h, w))
        img = base[None, None, :] * v[..., None]
    elif kind == "fabric":
        base = np.array([52, 64, 92], np.float32)
        weave = (np.sin(xx * 1.7) * np.sin(yy * 1.7)) * 0.05
        v = 0.9 + weave + 0.1 * smooth_field(rng, h, w, 4) + rng.normal(0, 0.03, (h, w))
        img = base[None, None, :] * v[..., None]
    elif kind == "granite":
        base = np.array([118, 116, 112], np.float32)
        v = 0.85 + 0.25 * rng.random((h, w)).astype(np.float32) ** 3 \
            + 0.08 * smooth_field(rng, h, w, 6)
        img = base[None, None, :] * v[..., None]
    else:  # clipboard / cork
        base = np.array([176, 138, 92], np.float32)
        v = 0.88 + 0.1 * rng.random((h, w)).astype(np.float32) + 0.05 * smooth_field(rng, h, w, 3)
        img = base[None, None, :] * v[..., None]
    return np.clip(img, 0, 255)


def photo(page, rng, *, tilt=3.0, persp=0.05, bg="wood", fill=0.84, light=0.25,
          shadow=0.0, blur=0.8, noise=3.5, warm=(1.04, 1.0, 0.92), long_px=1800,
          aspect=None, paper=(0.985, 0.975, 0.95), offset=(0.0, 0.0), sharpen=False):
    """Lay a rendered page on a surface and photograph it with a phone."""
    page = page.convert("RGB")
    W, H = page.size
    pa = np.asarray(page, np.float32) * np.array(paper, np.float32)
    page = Image.fromarray(np.clip(pa, 0, 255).astype(np.uint8))
    # output frame: same orientation as the page, phone-like aspect
    asp = aspect or (4 / 3)
    if W >= H:
        cw = int(W / fill)
        ch = int(cw / asp)
        ch = max(ch, int(H / fill))
    else:
        ch = int(H / fill)
        cw = int(ch / asp)
        cw = max(cw, int(W / fill))
    cx, cy = cw / 2 + offset[0] * cw, ch / 2 + offset[1] * ch
    a = math.radians(tilt)
    corners = [(-W / 2, -H / 2), (W / 2, -H / 2), (W / 2, H / 2), (-W / 2, H / 2)]
    dst = []
    for i, (x, y) in enumerate(corners):
        # keystone: the edge farther from the camera is shorter
        k = 1 - persp if y < 0 else 1 + persp * 0.35
        x *= k
        x += rng.uniform(-0.012, 0.012) * W
        y += rng.uniform(-0.012, 0.012) * H
        xr = x * math.cos(a) - y * math.sin(a)
        yr = x * math.sin(a) + y * math.cos(a)
        dst.append((cx + xr, cy + yr))
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    coeffs = persp_coeffs(dst, src)
    warped = page.convert("RGBA").transform((cw, ch), Image.PERSPECTIVE, coeffs,
                                            Image.BICUBIC, fillcolor=(0, 0, 0, 0))
    alpha = np.asarray(warped.split()[-1], np.float32) / 255.0
    bgimg = background(rng, ch, cw, bg)
    # soft drop shadow of the sheet
    sh = Image.fromarray((alpha * 255).astype(np.uint8), "L")
    sh = sh.transform(sh.size, Image.AFFINE, (1, 0, -W * 0.012, 0, 1, -H * 0.012))
    sh = sh.resize((cw // 8, ch // 8), Image.BILINEAR).filter(ImageFilter.GaussianBlur(3))
    sh = np.asarray(sh.resize((cw, ch), Image.BILINEAR), np.float32) / 255.0
    bgimg *= (1 - 0.45 * sh)[..., None]
    fg = np.asarray(warped.convert("RGB"), np.float32)
    img = fg * alpha[..., None] + bgimg * (1 - alpha[..., None])
    # uneven light: gradient + vignette
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    xn, yn = xx / cw - 0.5, yy / ch - 0.5
    gx, gy = rng.uniform(-1, 1, 2)
    field = 1 + light * (gx * xn + gy * yn) - 0.35 * light * (xn ** 2 + yn ** 2) * 2
    field += 0.08 * light * (smooth_field(rng, ch, cw, 3) - 0.5)
    img *= field[..., None]
    if shadow > 0:  # a phone / hand shadow falling across one side
        m = Image.new("L", (cw // 6, ch // 6), 0)
        d = ImageDraw.Draw(m)
        side = rng.integers(0, 4)
        w6, h6 = cw // 6, ch // 6
        if side == 0:
            d.ellipse([-w6 * 0.6, h6 * rng.uniform(0.2, 0.5), w6 * 0.45, h6 * 1.6], fill=255)
        elif side == 1:
            d.ellipse([w6 * 0.55, -h6 * 0.5, w6 * 1.6, h6 * rng.uniform(0.5, 0.8)], fill=255)
        elif side == 2:
            d.polygon([(0, h6), (w6 * 0.7, h6), (w6 * 0.45, h6 * 0.62), (0, h6 * 0.55)], fill=255)
        else:
            d.polygon([(w6, 0), (w6, h6 * 0.7), (w6 * 0.62, h6 * 0.5), (w6 * 0.7, 0)], fill=255)
        m = m.filter(ImageFilter.GaussianBlur(max(w6, h6) * 0.04))
        m = np.asarray(m.resize((cw, ch), Image.BILINEAR), np.float32) / 255.0
        img *= (1 - shadow * m)[..., None]
    img *= np.array(warm, np.float32)[None, None, :]
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    # scale to the phone output size, then blur + sensor noise
    s = long_px / max(cw, ch)
    out = out.resize((int(cw * s), int(ch * s)), Image.LANCZOS)
    if blur > 0:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    if sharpen:
        out = out.filter(ImageFilter.UnsharpMask(radius=2, percent=60, threshold=2))
    arr = np.asarray(out, np.float32)
    arr = arr + rng.normal(0, noise, arr.shape[:2])[..., None] \
        + rng.normal(0, noise * 0.5, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def fax_header_img(width, text, px):
    f = pil_font("DejaVuSansMono.ttf", px)
    im = Image.new("L", (width, int(px * 1.6)), 255)
    ImageDraw.Draw(im).text((int(px * 0.8), int(px * 0.25)), text, font=f, fill=0)
    return im


def scan(page, rng, *, mode="grey", rot=0.5, specks=0, streaks=0, gamma=1.0,
         contrast=1.0, bed_edge=0, header=None, header_px=22, shift=(0, 0),
         paper_tone=245, noise=2.0, threshold=160, out_scale=1.0):
    """Flatbed / copier / fax simulation. mode: grey | copier | fax | bw."""
    g = page.convert("L")
    W, H = g.size
    a = np.asarray(g, np.float32) / 255.0
    a = a ** gamma
    a = np.clip(0.5 + (a - 0.5) * contrast, 0, 1)
    tone = paper_tone / 255.0
    a = a * tone
    if mode == "grey":
        a *= 1 - 0.03 * smooth_field(rng, H, W, 4)
    img = Image.fromarray(np.clip(a * 255, 0, 255).astype(np.uint8), "L")
    if header:
        hdr = fax_header_img(W, header, header_px)
        canvas_im = Image.new("L", (W, H), int(paper_tone))
        canvas_im.paste(img.crop((0, 0, W, H - hdr.size[1])), (0, hdr.size[1]))
        canvas_im.paste(hdr, (0, 0))
        img = canvas_im
    fillc = int(paper_tone)
    img = img.rotate(rot, resample=Image.BICUBIC, fillcolor=fillc,
                     translate=(shift[0], shift[1]))
    a = np.asarray(img, np.float32)
    if bed_edge:  # dark lid/bed strip along one edge
        a[:, :bed_edge] *= np.linspace(0.25, 1.0, bed_edge)[None, :]
    for _ in range(streaks):
        x = int(rng.integers(0, W))
        wd = int(rng.integers(1, 5))
        dark = rng.uniform(25, 90)
        prof = 0.6 + 0.4 * smooth_field(rng, H, 1, 6)[:, 0]
        a[:, x:x + wd] -= dark * prof[:, None]
    if specks:
        n = specks
        xs = rng.integers(0, W, n)
        ys = rng.integers(0, H, n)
        rs = rng.integers(1, 4, n)
        spk = Image.new("L", (W, H), 0)
        d = ImageDraw.Draw(spk)
        for x, y, r in zip(xs, ys, rs):
            d.ellipse([x - r, y - r, x + r, y + r], fill=int(rng.integers(120, 255)))
        a -= np.asarray(spk, np.float32) * 0.8
    a += rng.normal(0, noise, a.shape)
    a = np.clip(a, 0, 255)
    img = Image.fromarray(a.astype(np.uint8), "L")
    if mode == "copier":
        img = img.filter(ImageFilter.GaussianBlur(0.5))
    if mode in ("fax", "bw"):
        if mode == "fax":  # standard resolution: half the vertical lines
            img = img.resize((W, H // 2), Image.BILINEAR)
        arr = np.asarray(img, np.float32) + rng.normal(0, 18, (img.size[1], img.size[0]))
        img = Image.fromarray(((arr > threshold) * 255).astype(np.uint8), "L")
        if mode == "fax":
            img = img.resize((W, H), Image.NEAREST)
            # a few dropped scan lines
            arr = np.asarray(img).copy()
            for _ in range(4):
                y = int(rng.integers(0, H - 2))
                arr[y:y + 2, :] = 255
            img = Image.fromarray(arr, "L")
        img = img.convert("1")
    if out_scale != 1.0:
        img = img.resize((int(W * out_scale), int(H * out_scale)),
                         Image.NEAREST if img.mode == "1" else Image.LANCZOS)
    return img


def save_image_pdf(pages, path, dpi, quality=80):
    first = pages[0]
    kw = dict(resolution=dpi, title="Scanned Document", creationDate=FIXED_STRUCT_TIME,
              modDate=FIXED_STRUCT_TIME, producer="ScanStation", quality=quality)
    if len(pages) > 1:
        kw["save_all"] = True
        kw["append_images"] = pages[1:]
    first.save(path, "PDF", **kw)


# post-processors: take (list of page images, rng, out path, source dpi)
def P(**kw):
    fmt = kw.pop("fmt", "jpg")
    q = kw.pop("q", 84)

    def run(pages, rng, out, dpi):
        im = photo(pages[0], rng, **kw)
        if fmt == "jpg":
            im.save(out, "JPEG", quality=q, subsampling=2)
        else:
            im.save(out, "PNG")
    return run


def S(**kw):
    fmt = kw.pop("fmt", "pdf")
    q = kw.pop("q", 80)
    scale = kw.get("out_scale", 1.0)

    def run(pages, rng, out, dpi):
        ims = [scan(p, rng, **kw) for p in pages]
        if fmt == "pdf":
            save_image_pdf(ims, out, int(round(dpi * scale)), quality=q)
        elif fmt == "jpg":
            ims[0].save(out, "JPEG", quality=q, dpi=(int(dpi * scale),) * 2)
        else:
            ims[0].save(out, "PNG", dpi=(int(dpi * scale),) * 2)
    return run


# ----------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------
def chromium_pdf(html, tmp, stem):
    hp = tmp / f"{stem}.html"
    hp.write_text(html, encoding="utf-8")
    out = tmp / f"{stem}.pdf"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--hide-scrollbars",
                    f"--user-data-dir={tmp / 'chrome-profile'}",
                    f"--print-to-pdf={out}", hp.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    data = out.read_bytes()
    data = re.sub(rb"(/(?:CreationDate|ModDate) \(D:)\d{14}",
                  lambda m: m.group(1) + FIXED_PDF_DATE, data)
    out.write_bytes(data)
    return out


def rasterize(pdf, dpi, tmp, stem):
    prefix = tmp / f"{stem}-r"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    files = sorted(tmp.glob(f"{stem}-r-*.png"))
    return [Image.open(f).convert("RGB") for f in files]


def build_one(i, sp, tmp):
    stem = Path(sp["file"]).stem
    if sp["html"]:
        src = chromium_pdf(sp["build"](), tmp, stem)
    else:
        src = tmp / f"{stem}.pdf"
        sp["build"](src)
    out = HERE / sp["file"]
    if sp["kind"] == "pdf":
        shutil.copyfile(src, out)
    else:
        pages = rasterize(src, sp["dpi"], tmp, stem)
        rng = np.random.default_rng(7000 + i)
        sp["post"](pages, rng, out, sp["dpi"])


def write_expected():
    exp = {}
    for sp in sorted(SPECS, key=lambda s: s["file"]):
        d = {"kind": sp["kind"]}
        d.update(sp["exp"])
        if "categories" not in d:
            pass
        d["notes"] = sp["notes"]
        exp[sp["file"]] = d
    (HERE / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    return exp


def write_readme(exp):
    kinds = {"pdf": 0, "image": 0, "scan": 0}
    for v in exp.values():
        kinds[v["kind"]] += 1
    ext = {}
    for f, v in exp.items():
        ext.setdefault((v["kind"], Path(f).suffix), 0)
        ext[(v["kind"], Path(f).suffix)] += 1
    units = {}
    for v in exp.values():
        units[str(v["unit"])] = units.get(str(v["unit"]), 0) + 1
    rows = "\n".join(f"| {k} | {kinds[k]} |" for k in ("pdf", "image", "scan"))
    erows = "\n".join(f"| {k} | {e} | {n} |" for (k, e), n in sorted(ext.items()))
    urows = "\n".join(f"| {u} | {n} |" for u, n in sorted(units.items()))
    text = README_TEMPLATE.format(n=len(exp), rows=rows, erows=erows, urows=urows)
    (HERE / "README.md").write_text(text, encoding="utf-8")


def main(only=None):
    t0 = time.process_time()
    with tempfile.TemporaryDirectory(prefix="tune7-") as td:
        tmp = Path(td)
        for i, sp in enumerate(SPECS):
            if only and not any(sp["file"].startswith(o) for o in only):
                continue
            build_one(i, sp, tmp)
    exp = write_expected()
    write_readme(exp)
    print(f"{len(SPECS)} certificates; cpu {time.process_time() - t0:.1f}s (this process)")


# ========================================================================================
# born-digital PDFs
# ========================================================================================
@cert("01-kestrelvalley-elder-abuse-dinner-meeting.pdf", "pdf",
      E("Recognizing Elder Abuse and Neglect in the Outpatient Setting",
        "Kestrel Valley Chapter of Medical Assistants", "2024-03-12", "1.0", "aama_ceu",
        True, "general"),
      "chapter dinner meeting; parent state society named under the chapter; presenter "
      "from another organisation; RSVP and mailed dates; 2-line title; course number")
def c01(path):
    c = newc(path, LETTER, "Kestrel Valley Chapter CEU Certificate")
    w, h = LETTER
    c.setFillColor(HexColor("#fbf8ef"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    green = HexColor("#2f5d3a")
    border_double(c, w, h, 26, green, 4, 0.9, 7)
    corner_marks(c, w, h, 42, 26, HexColor("#b08d3c"), 1.4)
    # emblem: a leaf in a ring
    c.setStrokeColor(green)
    c.setLineWidth(1.5)
    c.circle(w / 2, h - 92, 24, stroke=1, fill=0)
    p = c.beginPath()
    p.moveTo(w / 2, h - 110)
    p.curveTo(w / 2 - 18, h - 96, w / 2 - 10, h - 78, w / 2, h - 72)
    p.curveTo(w / 2 + 10, h - 78, w / 2 + 18, h - 96, w / 2, h - 110)
    c.setFillColor(HexColor("#6f9b5a"))
    c.drawPath(p, stroke=0, fill=1)
    txt(c, w / 2, h - 142, "KESTREL VALLEY CHAPTER OF MEDICAL ASSISTANTS", "Times-Bold", 15,
        green, "c")
    txt(c, w / 2, h - 158, "a chapter of the Northbrook State Society of Medical Assistants",
        "Times-Italic", 10.5, HexColor("#4a4a4a"), "c")
    c.setStrokeColor(HexColor("#b08d3c"))
    c.setLineWidth(0.7)
    c.line(150, h - 172, w - 150, h - 172)
    txt(c, w / 2, h - 208, "Continuing Education Certificate", "Times-Roman", 26,
        HexColor("#222222"), "c")
    txt(c, w / 2, h - 232, "Monthly Education Dinner Meeting", "Times-Italic", 12,
        HexColor("#555555"), "c")
    txt(c, w / 2, h - 272, "This certifies that", "Times-Roman", 12, black, "c")
    txt(c, w / 2, h - 302, "Theodora M. Quist, CMA (AAMA)", "Times-BoldItalic", 20, black, "c")
    c.line(170, h - 310, w - 170, h - 310)
    txt(c, w / 2, h - 336, "attended the educational program", "Times-Roman", 12, black, "c")
    txt(c, w / 2, h - 368, "Recognizing Elder Abuse and Neglect", "Times-Bold", 19, green, "c")
    txt(c, w / 2, h - 391, "in the Outpatient Setting", "Times-Bold", 19, green, "c")
    txt(c, w / 2, h - 414, "Course No. KV-24-03", "Times-Roman", 8.5, HexColor("#777777"), "c")
    txt(c, w / 2, h - 446, "Presented by Loretta Quinby, LCSW  \u2014  Harwick Family Services",
        "Times-Italic", 11, black, "c")
    txt(c, w / 2, h - 464, "Tuesday, March 12, 2024  \u00b7  Fenwick Grange Hall, Alder Springs",
        "Times-Roman", 11, black, "c")
    # approval box
    c.setStrokeColor(green)
    c.setLineWidth(1)
    c.setFillColor(HexColor("#eef3ea"))
    c.roundRect(120, h - 548, w - 240, 56, 6, stroke=1, fill=1)
    txt(c, w / 2, h - 514, "Approved for 1.0 AAMA CEU  \u2014  Category: General",
        "Times-Bold", 13, black, "c")
    txt(c, w / 2, h - 531, "This program has been approved by the American Association of "
        "Medical Assistants (AAMA).", "Times-Roman", 8.5, HexColor("#333333"), "c")
    txt(c, w / 2, h - 542, "AAMA program #186042", "Times-Roman", 7.5, HexColor("#555555"), "c")
    sigblock(c, 110, 150, 170, ["Harriet Delacroix, CMA (AAMA)", "Chapter President"], 11,
             "Times-Roman", 10)
    sigblock(c, w - 280, 150, 170, ["Owen Pruett, CMA (AAMA)", "Education / CEU Chair"], 12,
             "Times-Roman", 10)
    txt(c, w / 2, 70, "RSVP received 02/27/2024   \u00b7   Certificate mailed 03/20/2024   "
        "\u00b7   Retain for recertification", "Times-Roman", 8, HexColor("#666666"), "c")
    c.showPage()
    c.save()


SL_SESSIONS = [
    ("Thu 9/25", "Keynote: The Medical Assistant in Team-Based Care", "Dr. Ilse Marchetti",
     "General", "1.0"),
    ("Thu 9/25", "Revenue Cycle Basics for the Clinical Team", "Corbin Hale, CPC",
     "Administrative", "1.0"),
    ("Fri 9/26", "Allergy and Immunology Updates", "Nadia Ferreira, PA-C", "Clinical", "1.0"),
    ("Fri 9/26", "Point-of-Care Testing Pitfalls", "Glenn Osei, MLS(ASCP)", "Clinical", "1.0"),
    ("Fri 9/26", "Coding for Preventive Visits", "Ramona Beckett, CPC, CMA (AAMA)",
     "Administrative", "1.0"),
    ("Sat 9/27", "Pediatric Vaccine Catch-Up Schedules", "Tamsin Yoder, RN", "Clinical", "1.5"),
]


@cert("02-silverlake-annual-convention-2page.pdf", "pdf",
      E("2025 Annual Convention and Educational Symposium",
        "Silver Lake State Society of Medical Assistants", "2025-09-27", "6.5", "aama_ceu",
        True, None, {"administrative": "2.0", "clinical": "3.5", "general": "1.0"}),
      "two pages: certificate + session record; 3-day range; three-way split with total; "
      "registration and issued dates; sponsor line; venue")
def c02(path):
    c = newc(path, LAND, "Silver Lake SSMA 2025 Convention")
    w, h = LAND
    navy = HexColor("#1d2f57")
    gold = HexColor("#c9a24a")
    c.setFillColor(navy)
    c.rect(0, h - 110, w, 110, stroke=0, fill=1)
    c.setFillColor(gold)
    c.rect(0, h - 116, w, 6, stroke=0, fill=1)
    # wave logo
    c.setStrokeColor(white)
    c.setLineWidth(2)
    for k in range(3):
        p = c.beginPath()
        p.moveTo(40, h - 70 + k * 9)
        for i in range(1, 21):
            p.lineTo(40 + i * 3, h - 70 + k * 9 + 4 * math.sin(i / 3.0))
        c.drawPath(p, stroke=1, fill=0)
    txt(c, 120, h - 58, "SILVER LAKE STATE SOCIETY", "Helvetica-Bold", 22, white)
    txt(c, 120, h - 82, "OF MEDICAL ASSISTANTS", "Helvetica", 14, HexColor("#dfe6f5"))
    txt(c, w - 40, h - 58, "Affiliated with the", "Helvetica-Oblique", 9, HexColor("#dfe6f5"), "r")
    txt(c, w - 40, h - 72, "American Association of Medical Assistants", "Helvetica", 9,
        HexColor("#dfe6f5"), "r")
    txt(c, w / 2, h - 168, "Certificate of Attendance", "Times-Bold", 34, navy, "c")
    txt(c, w / 2, h - 200, "presented to", "Times-Italic", 13, black, "c")
    txt(c, w / 2, h - 232, "Juniper A. Castellanos, CMA (AAMA)", "Times-Bold", 22, black, "c")
    c.setStrokeColor(gold)
    c.line(230, h - 240, w - 230, h - 240)
    txt(c, w / 2, h - 266, "for attendance at the", "Times-Roman", 13, black, "c")
    txt(c, w / 2, h - 296, "2025 Annual Convention and Educational Symposium", "Times-Bold",
        21, navy, "c")
    txt(c, w / 2, h - 320, "September 25\u201327, 2025  \u00b7  Harborview Conference Center, "
        "Port Ellery", "Times-Roman", 12, black, "c")
    c.setFillColor(HexColor("#f4efe2"))
    c.rect(110, h - 400, w - 220, 58, stroke=0, fill=1)
    txt(c, w / 2, h - 364, "Total AAMA CEUs awarded: 6.5", "Helvetica-Bold", 13, black, "c")
    txt(c, w / 2, h - 382, "This program has been approved by the American Association of "
        "Medical Assistants for 6.5 CEUs: 2.0 administrative, 3.5 clinical, 1.0 general.",
        "Helvetica", 8.8, black, "c")
    txt(c, w / 2, h - 394, "Session-by-session record on page 2.", "Helvetica-Oblique", 8,
        HexColor("#555555"), "c")
    sigblock(c, 150, 120, 180, ["Wendell Ashby, CMA (AAMA)", "President"], 21, "Helvetica", 9)
    sigblock(c, w - 330, 120, 180, ["Corinne Vail, CMA (AAMA)", "Continuing Education Chair"],
             22, "Helvetica", 9)
    seal(c, w / 2, 118, 36, gold, label=["2025", "SLSSMA"], size=8, ribbon=navy)
    txt(c, 40, 40, "Issued October 6, 2025", "Helvetica", 8, HexColor("#555555"))
    txt(c, w - 40, 40, "Convention tote bags courtesy of Medivault Supply Co.", "Helvetica-Oblique",
        7.5, HexColor("#777777"), "r")
    c.showPage()
    # page 2: session record
    txt(c, 40, h - 50, "Silver Lake State Society of Medical Assistants", "Helvetica-Bold", 12, navy)
    txt(c, 40, h - 66, "Session Record  \u2014  2025 Annual Convention and Educational Symposium",
        "Helvetica", 11)
    lines(c, w - 40, h - 50, ["Attendee: Juniper A. Castellanos, CMA (AAMA)",
                              "Registration #: SL25-0419  (registered 06/02/2025)"],
          "Helvetica", 9, align="r")
    rows = [["Date", "Session", "Presenter", "Category", "CEU", "Attended"]]
    for d, s, p, cat, ceu in SL_SESSIONS:
        rows.append([d, s, p, cat, ceu, "yes"])
    y = cell_table(c, 40, h - 92, [64, 290, 170, 96, 50, 52], rows, "Helvetica", 9,
                   head_font="Helvetica-Bold", head_fill=navy, head_color=white,
                   line_col=HexColor("#9aa6bf"), pad=5,
                   aligns=["l", "l", "l", "l", "r", "c"])
    y = cell_table(c, 40, y, [620, 50, 52], [["Totals  \u2014  Administrative 2.0  \u00b7  "
                                              "Clinical 3.5  \u00b7  General 1.0", "6.5", ""]],
                   "Helvetica-Bold", 9, line_col=HexColor("#9aa6bf"), pad=5,
                   aligns=["r", "r", "c"], fills=[HexColor("#eef1f7")])
    para(c, 40, y - 24, "CEUs are awarded only for sessions attended in full. Keep this record "
         "with your certificate for AAMA recertification. AAMA CEUs were verified by the "
         "Continuing Education Committee of the Silver Lake State Society.", "Helvetica", 8.5,
         w - 80)
    txt(c, w / 2, 30, "Page 2 of 2", "Helvetica", 7.5, HexColor("#777777"), "c")
    c.showPage()
    c.save()


@cert("03-alderbrook-lms-bloodborne-record.pdf", "pdf",
      E("Bloodborne Pathogens and Needlestick Prevention 2025", "Alderbrook Health System",
        "2025-08-19", "1.25", "contact_hours", False, None),
      "LMS learner record; platform wordmark dominates header; table drawn cell by cell with "
      "columns CE Hrs | Status | Completed On | Course Title | Item ID | Assigned | Due; "
      "department folded; generated date")
def c03(path):
    c = newc(path, LETTER, "Learner Completion Record", creator="TalentPath Reports 9.4")
    w, h = LETTER
    teal = HexColor("#0f766e")
    c.setFillColor(teal)
    c.rect(36, h - 70, 26, 26, stroke=0, fill=1)
    c.setFillColor(white)
    c.rect(42, h - 64, 14, 6, stroke=0, fill=1)
    c.rect(46, h - 64, 6, 14, stroke=0, fill=1)
    txt(c, 70, h - 62, "TalentPath", "Helvetica-Bold", 20, teal)
    txt(c, 70, h - 75, "Learning Cloud", "Helvetica", 8, HexColor("#4b5563"))
    lines(c, w - 36, h - 54, ["Alderbrook Health System",
                              "Clinical Education & Professional Development"],
          "Helvetica", 9, align="r", color=HexColor("#374151"))
    c.setStrokeColor(HexColor("#d1d5db"))
    c.line(36, h - 88, w - 36, h - 88)
    txt(c, 36, h - 116, "Learner Completion Record", "Helvetica-Bold", 16, HexColor("#111827"))
    info = [("Learner", "Dashiell Okafor"), ("Employee ID", "AB-0048211"),
            ("Job title", "Medical Assistant II"),
            ("Department", "Family Medicine \u2013 Westgate Clinic"),
            ("Manager", "Priscilla Vantongeren")]
    y = h - 142
    for k, v in info:
        txt(c, 36, y, k, "Helvetica", 8.5, HexColor("#6b7280"))
        txt(c, 130, y, v, "Helvetica", 9.5, HexColor("#111827"))
        y -= 14
    rows = [["CE Hrs", "Status", "Completed On", "Course Title", "Item ID", "Assigned", "Due"],
            ["1.25", "Completed", "08/19/2025",
             "Bloodborne Pathogens and Needlestick Prevention 2025", "BBP-25-MA",
             "07/01/2025", "09/30/2025"]]
    cell_table(c, 36, y - 14, [44, 62, 70, 170, 66, 64, 64], rows, "Helvetica", 8.5,
               head_font="Helvetica-Bold", head_fill=HexColor("#e5e7eb"),
               line_col=HexColor("#9ca3af"), pad=5)
    para(c, 36, y - 110, "CE hours are awarded by Alderbrook Health System Clinical "
         "Education for internal education requirements. This course is not approved for "
         "AAMA CEUs.", "Helvetica", 8.5, w - 72, color=HexColor("#374151"))
    txt(c, 36, 40, "Report generated 09/02/2025 10:41 AM by TalentPath", "Helvetica", 7.5,
        HexColor("#6b7280"))
    txt(c, w - 36, 40, "Page 1 of 1", "Helvetica", 7.5, HexColor("#6b7280"), "r")
    c.showPage()
    c.save()
