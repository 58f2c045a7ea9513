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
    bgimg = background(rng, cw, ch, bg)
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
         paper_tone=245, noise=2.0, threshold=160, out_scale=1.0, rotate90=False):
    """Flatbed / copier / fax simulation. mode: grey | copier | fax | bw."""
    g = page.convert("L")
    if rotate90:  # landscape sheet laid on the glass the portrait way
        g = g.transpose(Image.ROTATE_90)
    W, H = g.size
    a = np.asarray(g, np.float32) / 255.0
    a = a ** gamma
    a = np.clip(0.5 + (a - 0.5) * contrast, 0, 1)
    tone = paper_tone / 255.0
    a = a * tone
    if mode == "grey":
        a *= 1 - 0.03 * smooth_field(rng, H, W, 4)
    img = Image.fromarray(np.clip(a * 255, 0, 255).astype(np.uint8), "L")
    fillc = int(paper_tone)
    img = img.rotate(rot, resample=Image.BICUBIC, fillcolor=fillc,
                     translate=(shift[0], shift[1]))
    if header:  # the sending machine prints its header straight, above the skewed page
        hdr = fax_header_img(W, header, header_px)
        canvas_im = Image.new("L", (W, H), fillc)
        canvas_im.paste(img.crop((0, 0, W, H - hdr.size[1])), (0, hdr.size[1]))
        canvas_im.paste(hdr, (0, 0))
        img = canvas_im
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
              modDate=FIXED_STRUCT_TIME, producer="ScanStation")
    if first.mode != "1":
        kw["quality"] = quality
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
        u = v["unit"] or "null (no credit)"
        units[u] = units.get(u, 0) + 1
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


@cert("04-larkspur-ekg-essentials-nha.pdf", "pdf",
      E("Electrocardiography Essentials for the Ambulatory Care Team: Lead Placement, Rhythm "
        "Recognition, and Artifact Reduction", "Larkspur Allied Health Online, LLC",
        "2026-01-14", "1.5", "nha_credit", False, None),
      "NHA-approved online CE; 3-line title with course-code pill beside it; enrolled date "
      "before completion; rotated side band; lowercase wordmark plus legal name", html=True)
def c04():
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #2b2140; background: #fff; }
.band { position: absolute; left: 0; top: 0; width: 1.15in; height: 8.5in;
        background: linear-gradient(180deg, #5b3f8c, #8a5fb8); }
.band span { position: absolute; left: 0.28in; top: 7.9in; transform: rotate(-90deg);
        transform-origin: left top; color: #efe7fa; font-size: 30pt; letter-spacing: 10pt;
        font-weight: bold; white-space: nowrap; }
.logo { position: absolute; left: 1.6in; top: 0.55in; }
.logo .wm { font-size: 30pt; font-weight: bold; color: #5b3f8c; letter-spacing: -1pt; }
.logo .wm i { color: #b48ad9; font-style: normal; }
.logo .legal { font-size: 9pt; color: #6b5a86; margin-top: 2pt; }
.kind { position: absolute; right: 0.7in; top: 0.7in; text-align: right; font-size: 9pt;
        color: #6b5a86; line-height: 1.5; }
.main { position: absolute; left: 1.6in; top: 2.0in; width: 8.6in; }
.lbl { font-size: 10pt; text-transform: uppercase; letter-spacing: 2pt; color: #8a7aa3; }
.name { font-family: 'DejaVu Serif'; font-size: 26pt; margin: 6pt 0 16pt; }
.trow { display: flex; align-items: flex-start; gap: 14pt; }
.title { font-size: 17pt; font-weight: bold; line-height: 1.28; width: 6.3in; color: #3b2763; }
.code { border: 1.2pt solid #8a5fb8; border-radius: 10pt; padding: 3pt 9pt; font-size: 9pt;
        color: #5b3f8c; white-space: nowrap; margin-top: 4pt; font-family: 'DejaVu Sans Mono'; }
.grid { display: flex; gap: 0.45in; margin-top: 26pt; }
.grid div b { display: block; font-size: 8pt; letter-spacing: 1.5pt; color: #8a7aa3;
        text-transform: uppercase; font-weight: normal; margin-bottom: 3pt; }
.grid div { font-size: 13pt; }
.stmt { margin-top: 26pt; font-size: 9pt; line-height: 1.5; width: 7.6in; color: #4a3d5f; }
.foot { position: absolute; left: 1.6in; right: 0.7in; bottom: 0.45in; font-size: 7.5pt;
        color: #8a7aa3; display: flex; justify-content: space-between; }
"""
    body = """
<div class="band"><span>CERTIFICATE</span></div>
<div class="logo"><div class="wm">lark<i>spur</i></div>
<div class="legal">Larkspur Allied Health Online, LLC</div></div>
<div class="kind">Online Continuing Education<br>Self-paced module</div>
<div class="main">
 <div class="lbl">This certificate is presented to</div>
 <div class="name">Anneliese Kowalczyk</div>
 <div class="lbl">for completion of</div>
 <div class="trow" style="margin-top:6pt"><div class="title">Electrocardiography Essentials for
 the Ambulatory Care Team: Lead Placement, Rhythm Recognition, and Artifact Reduction</div>
 <div class="code">LAH-EKG-204</div></div>
 <div class="grid">
  <div><b>Enrolled</b>Dec 30, 2025</div>
  <div><b>Completed</b>Jan 14, 2026</div>
  <div><b>NHA CE Credits</b>1.5</div>
  <div><b>Post-test score</b>92%</div>
 </div>
 <div class="stmt">This continuing education activity has been approved by the National
 Healthcareer Association (NHA) for 1.5 CE credits. Larkspur Allied Health Online, LLC is
 solely responsible for the content of this activity.</div>
</div>
<div class="foot"><span>Certificate # LAH-88213-0114</span>
<span>Verify at larkspur-ahonline.com/verify</span></div>
"""
    return page_html(body, css, "land", "Larkspur certificate")


@cert("05-meridian-customer-service-iacet.pdf", "pdf",
      E("Customer Service Excellence in the Medical Office", "Meridian Workforce Institute",
        "2024-04-09", "0.2", "iacet_ceu", False, None),
      "IACET CEU with contact hours printed beside it; title in curly quotes; issued two days "
      "later; accreditation paragraph")
def c05(path):
    c = newc(path, LETTER, "Certificate of Achievement")
    w, h = LETTER
    teal = HexColor("#006d77")
    c.setFillColor(HexColor("#e6f2f3"))
    c.rect(0, h - 150, w, 150, stroke=0, fill=1)
    # logo: a stylised M made of two triangles
    c.setFillColor(teal)
    p = c.beginPath()
    p.moveTo(54, h - 96); p.lineTo(70, h - 56); p.lineTo(86, h - 96); p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(HexColor("#83c5be"))
    p = c.beginPath()
    p.moveTo(74, h - 96); p.lineTo(90, h - 56); p.lineTo(106, h - 96); p.close()
    c.drawPath(p, stroke=0, fill=1)
    txt(c, 118, h - 74, "MERIDIAN", "Helvetica-Bold", 18, teal)
    txt(c, 118, h - 92, "WORKFORCE INSTITUTE", "Helvetica", 10.5, teal)
    lines(c, w - 50, h - 62, ["2210 Larch Commons Parkway", "Brevard Falls, NC 28719",
                              "(828) 555-0164"], "Helvetica", 8, color=HexColor("#444466"),
          align="r")
    txt(c, 54, h - 210, "Certificate of Achievement", "Helvetica-Bold", 28, HexColor("#1b2b34"))
    txt(c, 54, h - 245, "awarded to", "Helvetica", 11, HexColor("#555555"))
    txt(c, 54, h - 275, "Rosalind Achterberg", "Times-Italic", 24, HexColor("#1b2b34"))
    c.setStrokeColor(teal); c.setLineWidth(1.2); c.line(54, h - 284, 360, h - 284)
    txt(c, 54, h - 318, "for completing the instructor-led course", "Helvetica", 11,
        HexColor("#555555"))
    txt(c, 54, h - 346, "\u201cCustomer Service Excellence in the Medical Office\u201d",
        "Helvetica-Bold", 16, HexColor("#1b2b34"))
    # info grid
    y = h - 410
    cells = [("COMPLETION DATE", "04/09/2024"), ("IACET CEUs", "0.2"),
             ("CONTACT HOURS", "2.0"), ("CERTIFICATE ISSUED", "04/11/2024")]
    x = 54
    for k, v in cells:
        c.setStrokeColor(HexColor("#b7d7da")); c.setLineWidth(0.8)
        c.rect(x, y - 30, 120, 46, stroke=1, fill=0)
        txt(c, x + 8, y + 4, k, "Helvetica", 7, teal)
        txt(c, x + 8, y - 18, v, "Helvetica-Bold", 14, HexColor("#1b2b34"))
        x += 126
    para(c, 54, h - 480, "Meridian Workforce Institute is accredited by the International "
         "Accreditors for Continuing Education and Training (IACET) and offers IACET CEUs for "
         "its learning events that comply with the ANSI/IACET Continuing Education and "
         "Training Standard. One IACET CEU equals ten contact hours of participation.",
         "Helvetica", 8.5, 480, color=HexColor("#333333"))
    sigblock(c, 54, 150, 200, ["Dr. Evander Lusk", "Dean of Professional Studies"], 51,
             "Helvetica", 9)
    # IACET-style generic badge (text only)
    c.setStrokeColor(teal); c.setLineWidth(1.5)
    c.circle(w - 110, 150, 38, stroke=1, fill=0)
    txt(c, w - 110, 156, "IACET", "Helvetica-Bold", 12, teal, "c")
    txt(c, w - 110, 142, "Accredited Provider", "Helvetica", 6.5, teal, "c")
    txt(c, 54, 50, "Course ID MWI-CS-114  \u00b7  Record #2024-04-0912", "Helvetica", 7.5,
        HexColor("#777777"))
    c.showPage()
    c.save()


@cert("06-halvorsen-veltrazine-inservice.pdf", "pdf",
      E("Patient Teaching for the Veltrazine Prefilled Pen", "Halvorsen Therapeutics, Inc.",
        "2025-06-05", None, None, False, None),
      "pharma in-service, explicitly no CE credit; presenter with employer right under the "
      "logo; clinic site; promo job code with its own date", html=True)
def c06():
    css = """
body { font-family: 'DejaVu Sans Condensed', sans-serif; color: #222; }
.top { height: 0.35in; background: linear-gradient(90deg, #e8590c, #f59f00); }
.hdr { display: flex; align-items: center; padding: 0.35in 0.75in 0.1in; gap: 12pt; }
.hdr svg { width: 0.8in; height: 0.55in; }
.hdr .nm { font-size: 19pt; font-weight: bold; color: #7a2e06; }
.hdr .sub { font-size: 9pt; color: #8c5a3c; }
.pres { margin: 0 0.75in; font-size: 9.5pt; color: #5c4a3e; border-bottom: 1pt solid #f0c9a8;
        padding-bottom: 10pt; }
h1 { font-family: 'DejaVu Serif'; font-weight: normal; font-size: 25pt; margin: 0.45in 0.75in 0;
     color: #333; }
.body { margin: 0.25in 0.75in; font-size: 11.5pt; line-height: 1.55; }
.t { font-size: 17pt; font-weight: bold; color: #7a2e06; margin: 6pt 0 10pt; }
table { margin: 14pt 0.75in; border-collapse: collapse; font-size: 10.5pt; width: 7in; }
td { padding: 6pt 8pt; border-bottom: 0.8pt solid #eee; }
td:first-child { color: #8c5a3c; width: 2.1in; }
.note { margin: 0.2in 0.75in; padding: 10pt 12pt; background: #fff4e6; font-size: 10pt;
        border-left: 3pt solid #e8590c; }
.sig { margin: 0.55in 0.75in 0; display: flex; gap: 1.2in; font-size: 9pt; }
.sig div { border-top: 0.8pt solid #444; padding-top: 4pt; width: 2.6in; }
.fine { position: absolute; bottom: 0.4in; left: 0.75in; right: 0.75in; font-size: 6.8pt;
        color: #888; line-height: 1.4; }
"""
    body = """
<div class="top"></div>
<div class="hdr"><svg viewBox="0 0 80 55"><path d="M5 45 C 25 5, 55 5, 75 30" stroke="#e8590c"
 stroke-width="7" fill="none"/><circle cx="20" cy="44" r="7" fill="#f59f00"/></svg>
<div><div class="nm">Halvorsen Therapeutics, Inc.</div>
<div class="sub">Medical Education &amp; Field Training</div></div></div>
<div class="pres">Presented by: Danica Whitcomb, RN, Clinical Nurse Educator,
Halvorsen Therapeutics</div>
<h1>In-Service Training Record</h1>
<div class="body">This acknowledges that<br><b style="font-size:14pt">Marguerite Oyelaran, CMA (AAMA)</b><br>
participated in the product in-service<div class="t">Patient Teaching for the Veltrazine
Prefilled Pen</div></div>
<table>
<tr><td>Product</td><td>Veltrazine (velzatide) injection, single-dose prefilled pen</td></tr>
<tr><td>Date of in-service</td><td>06/05/2025</td></tr>
<tr><td>Location</td><td>Maple Street Internal Medicine, Corliss, PA</td></tr>
<tr><td>Format</td><td>Lunch in-service, demonstration with trainer device</td></tr>
</table>
<div class="note">This training is provided for product education only. It is not accredited
for continuing education credit, and no CE hours or CEUs are awarded.</div>
<div class="sig"><div>Danica Whitcomb, RN<br>Clinical Nurse Educator</div>
<div>Attendee signature</div></div>
<div class="fine">Please see full Prescribing Information and Instructions for Use.
Veltrazine is a trademark of Halvorsen Therapeutics, Inc. &copy; 2025 Halvorsen Therapeutics,
Inc. All rights reserved. VLT-US-0142 05/2025</div>
"""
    return page_html(body, css, "letter", "In-Service Training Record")


@cert("07-trellis-spirometer-training-minutes.pdf", "pdf",
      E("SpiroTrak 300 Spirometer: Calibration, Cleaning, and Patient Coaching",
        "Trellis Respiratory Systems", "2024-10-22", "90", "minutes", False, None),
      "device training; provider only as letter-spaced capital wordmark drawn glyph by glyph "
      "over two lines; '1 hr 30 min'; no CE credit; 'competency valid until' date")
def c07(path):
    c = newc(path, LAND, "Certificate of Training")
    w, h = LAND
    slate = HexColor("#34495e")
    c.setFillColor(HexColor("#f3f6f8"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(white)
    c.rect(30, 30, w - 60, h - 60, stroke=0, fill=1)
    c.setStrokeColor(HexColor("#7fa7c2"))
    c.setLineWidth(0.6)
    # trellis lattice in the corner
    for i in range(9):
        c.line(30, 30 + i * 14, 30 + i * 14, 30)
        c.line(w - 30, h - 30 - i * 14, w - 30 - i * 14, h - 30)
    spaced(c, 70, h - 84, "TRELLIS", "Helvetica-Bold", 24, 9, slate)
    spaced(c, 71, h - 104, "RESPIRATORY SYSTEMS", "Helvetica", 9.5, 4.2, HexColor("#5d7b93"))
    txt(c, w - 70, h - 80, "Customer Clinical Education", "Helvetica", 9, HexColor("#5d7b93"),
        "r")
    txt(c, 70, h - 170, "Certificate of Training", "Helvetica", 30, slate)
    txt(c, 70, h - 205, "This confirms that", "Helvetica", 11, HexColor("#555555"))
    txt(c, 70, h - 232, "Bartholomew Ngata", "Helvetica-Bold", 20, black)
    txt(c, 70, h - 262, "completed hands-on operator training for", "Helvetica", 11,
        HexColor("#555555"))
    txt(c, 70, h - 290, "SpiroTrak 300 Spirometer: Calibration, Cleaning, and Patient Coaching",
        "Helvetica-Bold", 15.5, slate)
    rows = [("Training date", "22 Oct 2024"), ("Training duration", "1 hr 30 min"),
            ("Site", "Lindell Pulmonary & Sleep Clinic, Bay 3"),
            ("Competency valid until", "Oct 2025 (annual re-check)")]
    y = h - 336
    for k, v in rows:
        txt(c, 70, y, k, "Helvetica", 9.5, HexColor("#5d7b93"))
        txt(c, 230, y, v, "Helvetica", 11, black)
        y -= 20
    txt(c, 70, y - 12, "No continuing education credit is awarded for this product training.",
        "Helvetica-Oblique", 9, HexColor("#666666"))
    sigblock(c, w - 300, 120, 210, ["Gideon Farrow", "Field Clinical Specialist"], 71,
             "Helvetica", 9)
    txt(c, 70, 56, "Form TRS-CT-07 rev. 3", "Helvetica", 7, HexColor("#999999"))
    c.showPage()
    c.save()


@cert("08-oakhaven-phlebotomy-refresher-college.pdf", "pdf",
      E("Phlebotomy Skills Refresher for Medical Assistants", "Oakhaven Community College",
        "2024-02-24", "16", "contact_hours", False, None),
      "college workforce/continuing-ed office folded into college; four Saturdays date range "
      "(last day); issued date; non-credit course number")
def c08(path):
    c = newc(path, LETTER, "Certificate of Completion")
    w, h = LETTER
    maroon = HexColor("#6d1a36")
    c.setStrokeColor(maroon)
    c.setLineWidth(10)
    c.rect(18, 18, w - 36, h - 36, stroke=1, fill=0)
    c.setLineWidth(1)
    c.rect(34, 34, w - 68, h - 68, stroke=1, fill=0)
    # crest
    c.setFillColor(maroon)
    p = c.beginPath()
    p.moveTo(w / 2 - 26, h - 70); p.lineTo(w / 2 + 26, h - 70); p.lineTo(w / 2 + 26, h - 110)
    p.curveTo(w / 2 + 26, h - 126, w / 2, h - 136, w / 2, h - 136)
    p.curveTo(w / 2, h - 136, w / 2 - 26, h - 126, w / 2 - 26, h - 110); p.close()
    c.drawPath(p, stroke=0, fill=1)
    txt(c, w / 2, h - 108, "OCC", "Times-Bold", 15, white, "c")
    txt(c, w / 2, h - 168, "OAKHAVEN COMMUNITY COLLEGE", "Times-Bold", 22, maroon, "c")
    txt(c, w / 2, h - 186, "Office of Workforce & Continuing Education", "Times-Italic", 12,
        HexColor("#444444"), "c")
    txt(c, w / 2, h - 250, "Certificate of Completion", "Times-Roman", 30, black, "c")
    txt(c, w / 2, h - 290, "This is to certify that", "Times-Italic", 13, black, "c")
    txt(c, w / 2, h - 326, "Esperanza D. Villalobos", "Times-Bold", 24, black, "c")
    txt(c, w / 2, h - 358, "has successfully completed", "Times-Italic", 13, black, "c")
    txt(c, w / 2, h - 392, "Phlebotomy Skills Refresher for Medical Assistants", "Times-Bold",
        18, maroon, "c")
    para(c, w / 2, h - 424, "a non-credit course of 16 contact hours, held on four Saturdays, "
         "February 3 \u2013 February 24, 2024, at the Oakhaven Allied Health Center.",
         "Times-Roman", 12, 420, align="c")
    txt(c, w / 2, h - 470, "Course HLTH-N118-01", "Times-Roman", 9, HexColor("#666666"), "c")
    seal(c, w / 2, 205, 44, maroon, points=32, label=["OAKHAVEN", "C.C."], size=8)
    sigblock(c, 80, 160, 170, ["Lucinda Ferraro, Ed.D.", "Director, Workforce & Continuing Ed."],
             81, "Times-Roman", 9.5)
    sigblock(c, w - 250, 160, 170, ["Thaddeus Brumfield, MLS(ASCP)", "Program Instructor"], 82,
             "Times-Roman", 9.5)
    txt(c, w / 2, 60, "Date issued: March 1, 2024", "Times-Roman", 9.5, HexColor("#444444"), "c")
    c.showPage()
    c.save()


@cert("09-grangerhills-transcript-law-ethics.pdf", "pdf",
      E("Medical Law and Ethics", "Granger Hills Technical College", "2024-12-13", "3.00",
        "college_credit", False, None),
      "unofficial transcript; term range in term heading (last day); course code in its own "
      "column; attempted/earned/quality points; printed date; registrar office")
def c09(path):
    c = newc(path, LETTER, "Unofficial Transcript", creator="StudentRecords 12")
    w, h = LETTER
    txt(c, 40, h - 50, "Granger Hills Technical College", "Helvetica-Bold", 15)
    txt(c, 40, h - 64, "Office of the Registrar  \u00b7  400 Quarry Road, Granger Hills, WI 54880",
        "Helvetica", 8)
    txt(c, w - 40, h - 50, "UNOFFICIAL TRANSCRIPT", "Helvetica-Bold", 12, HexColor("#9b1c1c"), "r")
    txt(c, w - 40, h - 64, "Printed: 01/06/2025 09:12", "Helvetica", 8, align="r")
    c.setLineWidth(1.2)
    c.line(40, h - 74, w - 40, h - 74)
    lines(c, 40, h - 92, ["Student: Florentina Abernathy", "Student ID: 00419-2217",
                          "Program: Medical Assistant (Technical Diploma)"], "Courier", 9)
    lines(c, 330, h - 92, ["Level: Undergraduate", "Status: Active",
                           "Advisor: Kessler, Imogen"], "Courier", 9)
    y = h - 150
    c.setFillColor(HexColor("#eeeeee"))
    c.rect(40, y - 4, w - 80, 16, stroke=0, fill=1)
    txt(c, 44, y, "Fall 2024  (08/26/2024 - 12/13/2024)", "Courier-Bold", 9.5)
    y -= 22
    cols = [40, 110, 330, 380, 440, 500]
    heads = ["Course", "Title", "Grade", "Attempted", "Earned", "Quality Pts"]
    for x, s in zip(cols, heads):
        txt(c, x, y, s, "Courier-Bold", 8.5)
    y -= 14
    for x, s in zip(cols, ["MAS 227", "Medical Law and Ethics", "A", "3.00", "3.00", "12.00"]):
        txt(c, x, y, s, "Courier", 8.5)
    y -= 20
    txt(c, 110, y, "Term:  Attempted 3.00   Earned 3.00   GPA 4.000", "Courier", 8.5)
    y -= 12
    txt(c, 110, y, "Cum:   Attempted 3.00   Earned 3.00   GPA 4.000", "Courier", 8.5)
    y -= 30
    txt(c, 40, y, "*** End of Unofficial Transcript ***", "Courier", 8.5)
    para(c, 40, 80, "This unofficial transcript is provided for the student's information and "
         "is not valid for transfer. Credit hours are semester credit hours.", "Helvetica", 7.5,
         w - 80, color=HexColor("#555555"))
    c.showPage()
    c.save()


@cert("10-aha-bls-provider-ecard.pdf", "pdf",
      E("Basic Life Support Provider", "American Heart Association", "2025-05-16", "1",
        "cpr_card", False, "clinical"),
      "printed eCard front/back; training center and instructor are not the provider; course "
      "date vs issue date vs renew-by month")
def c10(path):
    c = newc(path, LETTER, "eCard")
    w, h = LETTER
    red = HexColor("#c8102e")
    txt(c, 50, h - 50, "Your eCard", "Helvetica-Bold", 16)
    para(c, 50, h - 70, "Print this page and cut along the dotted lines, or keep the PDF on "
         "your phone. The card below is your proof of course completion.", "Helvetica", 9, 500)
    cw, ch = 3.375 * 72 * 1.45, 2.125 * 72 * 1.45
    x0, y0 = 60, h - 110 - ch
    for k, (x, y) in enumerate([(x0, y0), (x0, y0 - ch - 30)]):
        c.setDash(3, 3)
        c.setStrokeColor(HexColor("#999999"))
        c.rect(x - 6, y - 6, cw + 12, ch + 12, stroke=1, fill=0)
        c.setDash()
        c.setStrokeColor(HexColor("#bbbbbb"))
        c.roundRect(x, y, cw, ch, 8, stroke=1, fill=0)
    # front
    x, y = x0, y0
    c.setFillColor(red)
    c.roundRect(x, y + ch - 40, cw, 40, 8, stroke=0, fill=1)
    c.rect(x, y + ch - 40, cw, 10, stroke=0, fill=1)
    # heart
    c.setFillColor(white)
    hx, hy = x + 22, y + ch - 20
    p = c.beginPath()
    p.moveTo(hx, hy - 9)
    p.curveTo(hx - 14, hy, hx - 8, hy + 11, hx, hy + 4)
    p.curveTo(hx + 8, hy + 11, hx + 14, hy, hx, hy - 9)
    c.drawPath(p, stroke=0, fill=1)
    txt(c, x + 40, y + ch - 18, "American Heart Association", "Helvetica-Bold", 10, white)
    txt(c, x + 40, y + ch - 30, "Basic Life Support Provider", "Helvetica", 9, white)
    txt(c, x + 12, y + ch - 62, "Hollis Q. Maranzano", "Helvetica-Bold", 12)
    para(c, x + 12, y + ch - 78, "has successfully completed the cognitive and skills "
         "evaluations in accordance with the curriculum of the American Heart Association "
         "Basic Life Support Program.", "Helvetica", 6.4, cw - 24, lead=8)
    txt(c, x + 12, y + 32, "Course Date", "Helvetica", 6.5, HexColor("#666666"))
    txt(c, x + 12, y + 20, "05/16/2025", "Helvetica-Bold", 9)
    txt(c, x + 100, y + 32, "Issue Date", "Helvetica", 6.5, HexColor("#666666"))
    txt(c, x + 100, y + 20, "05/19/2025", "Helvetica-Bold", 9)
    txt(c, x + 188, y + 32, "Renew By", "Helvetica", 6.5, HexColor("#666666"))
    txt(c, x + 188, y + 20, "05/2027", "Helvetica-Bold", 9)
    # back
    x, y = x0, y0 - ch - 30
    rowsb = [("Training Center Name", "Pellham Valley Resuscitation Training Center"),
             ("TC ID", "PA20817"), ("TC Info", "Dunmore, PA  (570) 555-0199"),
             ("Course Location", "Pellham Valley Urgent Care, Classroom B"),
             ("Instructor Name", "Corwin Maddox"), ("Instructor ID", "05170342118"),
             ("eCard Code", "245719038112")]
    yy = y + ch - 20
    for k, v in rowsb:
        txt(c, x + 10, yy, k, "Helvetica", 6.2, HexColor("#666666"))
        txt(c, x + 10, yy - 8.5, v, "Helvetica-Bold", 7.4)
        yy -= 20
    txt(c, x + cw - 10, y + 8, "Holder's signature ____________", "Helvetica", 6, align="r")
    para(c, 50, y - 40, "To verify this eCard, enter the eCard code at the American Heart "
         "Association eCard verification page. This card contains no personal health "
         "information.", "Helvetica", 8, 500, color=HexColor("#555555"))
    c.showPage()
    c.save()


@cert("11-redcross-first-aid-cpr-aed.pdf", "pdf",
      E("Adult and Pediatric First Aid/CPR/AED", "American Red Cross", "2024-09-09", "1",
        "cpr_card", False, "clinical"),
      "Red Cross certificate; licensed training provider named prominently; valid-for and "
      "expiry; certificate ID; QR-like block", html=True)
def c11():
    rng = np.random.default_rng(11)
    qr = "".join(f'<rect x="{x}" y="{y}" width="1" height="1"/>'
                 for y in range(25) for x in range(25) if rng.random() < 0.45
                 or (x < 7 and y < 7) or (x > 17 and y < 7) or (x < 7 and y > 17))
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #1a1a1a; }
.frame { position: absolute; inset: 0.4in; border: 1.5pt solid #cc0000; }
.hdr { position: absolute; left: 0.9in; top: 0.8in; display: flex; align-items: center; gap: 10pt; }
.cross { width: 0.55in; height: 0.55in; position: relative; }
.cross:before { content: ''; position: absolute; left: 0.18in; top: 0; width: 0.19in; height: 0.55in; background: #cc0000; }
.cross:after { content: ''; position: absolute; top: 0.18in; left: 0; height: 0.19in; width: 0.55in; background: #cc0000; }
.org { font-size: 20pt; font-weight: bold; letter-spacing: -0.3pt; }
.right { position: absolute; right: 0.9in; top: 0.85in; text-align: right; font-size: 9pt; color: #555; }
.main { position: absolute; left: 0.9in; top: 2.1in; width: 9.2in; }
.cc { font-size: 12pt; color: #cc0000; letter-spacing: 3pt; text-transform: uppercase; }
.nm { font-size: 28pt; margin: 10pt 0 4pt; font-family: 'DejaVu Serif'; }
.hc { font-size: 11pt; color: #444; }
.course { font-size: 21pt; font-weight: bold; margin: 8pt 0 16pt; }
.grid { display: grid; grid-template-columns: 2.1in 2.1in 2.6in; row-gap: 12pt; font-size: 10.5pt; }
.grid span { display: block; font-size: 7.5pt; color: #777; text-transform: uppercase; letter-spacing: 1pt; }
.qr { position: absolute; right: 0.9in; bottom: 0.9in; width: 1.05in; }
.foot { position: absolute; left: 0.9in; bottom: 0.75in; font-size: 7.5pt; color: #666; width: 7.5in; line-height: 1.45; }
"""
    body = f"""
<div class="frame"></div>
<div class="hdr"><div class="cross"></div><div class="org">American Red Cross</div></div>
<div class="right">Training Services<br>Certificate ID: 01KX7R4</div>
<div class="main">
<div class="cc">Certificate of Completion</div>
<div class="nm">Odalys Brennan-Tafoya</div>
<div class="hc">has successfully completed requirements for</div>
<div class="course">Adult and Pediatric First Aid/CPR/AED</div>
<div class="grid">
<div><span>Date Completed</span>09/09/2024</div>
<div><span>Valid For</span>2 Years</div>
<div><span>Training Provider</span>Coastline Safety Partners LLC</div>
<div><span>Expires</span>09/09/2026</div>
<div><span>Instructor</span>Wendell Saperstein</div>
<div><span>Location</span>Seabrook Family Practice, Carver Bay</div>
</div></div>
<svg class="qr" viewBox="0 0 25 25" fill="#111">{qr}</svg>
<div class="foot">Scan the code or visit the certificate lookup to validate. Certificate issued
by the American Red Cross; course conducted by a Licensed Training Provider. Skills
assessment and written test completed.</div>
"""
    return page_html(body, css, "land", "American Red Cross Certificate")


@cert("12-lantern-deescalation-webinar.pdf", "pdf",
      E("De-escalation Techniques for the Front Desk", "Lantern CE Learning, LLC",
        "2025-07-17", "1.0", "aama_ceu", True, "administrative"),
      "CE subscription webinar; wordmark is an image; legal name only in footer; 'powered by' "
      "webinar platform; 'for successfully completing'; presenter; printed date", html=True)
def c12():
    logo = raster_wordmark([("Lantern CE", "DejaVuSerif-Bold.ttf", 30, (255, 214, 102), 0),
                            ("live webinars for medical assistants", "DejaVuSans.ttf", 9,
                             (220, 226, 240), 1)])
    css = """
body { font-family: 'DejaVu Sans', sans-serif; background: #fff; }
.head { background: #14213d; height: 1.55in; position: relative; }
.head img { position: absolute; left: 0.7in; top: 0.3in; height: 0.95in; }
.lamp { position: absolute; right: 0.8in; top: 0.35in; width: 0.8in; height: 0.8in; border-radius: 50%;
        background: radial-gradient(circle, #ffd666 0%, #fca311 40%, rgba(20,33,61,0) 70%); }
.body { padding: 0.55in 0.8in 0; text-align: center; color: #14213d; }
.ttl { font-family: 'DejaVu Serif'; font-size: 30pt; }
.sm { font-size: 11pt; color: #555; margin-top: 14pt; }
.nm { font-size: 22pt; font-weight: bold; margin-top: 8pt; }
.course { font-size: 19pt; font-family: 'DejaVu Serif'; font-style: italic; margin-top: 8pt; color: #9a5b00; }
.meta { margin-top: 22pt; font-size: 10.5pt; line-height: 1.8; }
.appr { margin: 20pt auto 0; width: 5.8in; border: 1pt solid #fca311; padding: 9pt; font-size: 10pt; }
.sig { margin-top: 0.45in; display: inline-block; text-align: center; font-size: 9pt; }
.sig .line { width: 2.6in; border-top: 0.8pt solid #333; margin: 0 auto 3pt; }
.foot { position: absolute; bottom: 0.35in; left: 0.6in; right: 0.6in; font-size: 7.5pt; color: #777;
        border-top: 0.6pt solid #ddd; padding-top: 6pt; display: flex; justify-content: space-between; }
"""
    body = f"""
<div class="head"><img src="{data_uri(logo)}"><div class="lamp"></div></div>
<div class="body">
<div class="ttl">Certificate of Completion</div>
<div class="sm">This certifies that</div>
<div class="nm">Priya Ramanathan, CMA (AAMA)</div>
<div class="sm">for successfully completing the live webinar</div>
<div class="course">De-escalation Techniques for the Front Desk</div>
<div class="meta">Presenter: Harriet Okonjo, MSW<br>Webinar date: Thursday, July 17, 2025
&nbsp;|&nbsp; Certificate printed: 07/21/2025</div>
<div class="appr">This webinar has been approved for <b>1.0 administrative AAMA CEU</b>.</div>
<div class="sig"><div class="line"></div>Rhea Castellane, CMA (AAMA), Education Director</div>
</div>
<div class="foot"><span>Lantern CE Learning, LLC &middot; 410 Ashby Lane, Suite 200, Fort Calder,
MT 59017</span><span>Live webinars powered by StreamCast</span></div>
"""
    return page_html(body, css, "letter", "Certificate")


@cert("13-foxridge-respiratory-distress-letter.pdf", "pdf",
      E("Recognizing Respiratory Distress in Infants and Toddlers",
        "Foxridge Pediatric Associates, P.C.", "2023-11-15", "1.5", "contact_hours", False,
        None),
      "letter of attendance on letterhead; title in quotes inside sentence; amount in words "
      "('one and one-half contact hours'); letter date; not submitted for AAMA")
def c13(path):
    c = newc(path, LETTER, "Letter", creator="Microsoft Word")
    w, h = LETTER
    rust = HexColor("#b5532a")
    # fox-ear logo
    c.setFillColor(rust)
    p = c.beginPath()
    p.moveTo(72, h - 90); p.lineTo(84, h - 54); p.lineTo(96, h - 78); p.lineTo(108, h - 54)
    p.lineTo(120, h - 90); p.close()
    c.drawPath(p, stroke=0, fill=1)
    txt(c, 132, h - 68, "Foxridge Pediatric Associates, P.C.", "Times-Bold", 17, HexColor("#3d2b1f"))
    txt(c, 132, h - 84, "1187 Ridgeline Drive, Suite 210  \u00b7  Ashcombe, KY 40511  \u00b7  "
        "(859) 555-0123", "Times-Roman", 9, HexColor("#6b5a4e"))
    c.setStrokeColor(rust)
    c.setLineWidth(1.4)
    c.line(72, h - 100, w - 72, h - 100)
    y = h - 150
    txt(c, 72, y, "November 20, 2023", "Times-Roman", 11.5)
    y -= 40
    txt(c, 72, y, "To Whom It May Concern:", "Times-Roman", 11.5)
    y -= 26
    txt(c, 72, y, "RE: Verification of in-service attendance", "Times-Bold", 11.5)
    y -= 28
    body = [
        "This letter confirms that Ms. Rosalind Achebe, CMA (AAMA), a medical assistant in our "
        "Ashcombe office, attended the in-service training \u201cRecognizing Respiratory "
        "Distress in Infants and Toddlers\u201d, held on Wednesday, November 15, 2023, from "
        "12:15 to 1:45 p.m. in our main conference room.",
        "The session was presented by Dr. Amara Lindqvist, pediatric hospitalist, and covered "
        "work of breathing, retractions, nasal flaring, oxygen saturation checks and when to "
        "escalate to the provider or call 911. The session provided one and one-half contact "
        "hours of continuing education.",
        "This activity was not submitted for AAMA CEU approval. Please contact me at the number "
        "above if further verification is needed.",
    ]
    for b in body:
        y = para(c, 72, y, b, "Times-Roman", 11.5, w - 144, lead=16) - 12
    y -= 6
    txt(c, 72, y, "Sincerely,", "Times-Roman", 11.5)
    squiggle(c, 78, y - 34, 130, 131, HexColor("#222266"))
    lines(c, 72, y - 58, ["Beatrix Olan, BSN, RN", "Clinical Practice Manager"], "Times-Roman",
          11.5, 15)
    c.showPage()
    c.save()


@cert("14-saludvida-constancia-comunicacion.pdf", "pdf",
      E("Técnicas de Comunicación con Pacientes Adultos Mayores",
        "Instituto Salud Vida del Caribe", "2024-08-22", "3", "contact_hours", False, None),
      "Spanish only; date in words; 'Horas de contacto'; expedition date dd/mm/yyyy; "
      "registry number", html=True)
def c14():
    css = """
body { font-family: 'DejaVu Serif', serif; color: #123; }
.b1 { position: absolute; inset: 0.35in; border: 3pt solid #0b6e4f; }
.b2 { position: absolute; inset: 0.5in; border: 1pt solid #0b6e4f; }
.b3 { position: absolute; inset: 0.58in; border: 0.5pt dashed #9bc4b4; }
.c { position: absolute; left: 0.8in; right: 0.8in; top: 0.95in; text-align: center; }
.inst { font-family: 'DejaVu Sans'; font-weight: bold; font-size: 17pt; color: #0b6e4f; letter-spacing: 1pt; }
.dir { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #557; margin-top: 3pt; }
.sun { width: 0.9in; height: 0.9in; margin: 0 auto 10pt; border-radius: 50%;
       background: radial-gradient(circle, #f9c74f 0 35%, #f8961e 36% 45%, transparent 46%); }
h1 { font-size: 28pt; font-weight: normal; letter-spacing: 4pt; margin: 0.45in 0 0.25in; }
.s { font-size: 12pt; font-style: italic; }
.n { font-size: 23pt; font-weight: bold; margin: 10pt 0 14pt; }
.t { font-size: 18pt; font-weight: bold; color: #0b6e4f; margin: 10pt 0.3in; line-height: 1.3; }
.d { font-size: 12pt; line-height: 1.7; }
.h { margin-top: 14pt; font-family: 'DejaVu Sans'; font-size: 12pt; }
.firmas { position: absolute; bottom: 1.5in; left: 1.2in; right: 1.2in; display: flex;
          justify-content: space-between; font-size: 9.5pt; text-align: center; }
.firmas div { width: 2.5in; border-top: 0.8pt solid #123; padding-top: 4pt; }
.pie { position: absolute; bottom: 0.8in; left: 0.8in; right: 0.8in; text-align: center;
       font-family: 'DejaVu Sans'; font-size: 8pt; color: #557; }
"""
    body = """
<div class="b1"></div><div class="b2"></div><div class="b3"></div>
<div class="c">
<div class="sun"></div>
<div class="inst">INSTITUTO SALUD VIDA DEL CARIBE</div>
<div class="dir">Calle Los Almendros 14, Mayagüez, Puerto Rico 00680</div>
<h1>CONSTANCIA DE PARTICIPACIÓN</h1>
<div class="s">Se otorga a</div>
<div class="n">María Fernanda Colón Rivera</div>
<div class="s">por su participación en el taller</div>
<div class="t">Técnicas de Comunicación con Pacientes Adultos Mayores</div>
<div class="d">realizado el 22 de agosto de 2024 en Mayagüez, Puerto Rico</div>
<div class="h">Horas de contacto: 3</div>
</div>
<div class="firmas"><div>Lcda. Noemí Arroyo Vélez<br>Directora Académica</div>
<div>Prof. Esteban Quiñones Ortiz<br>Facilitador</div></div>
<div class="pie">Fecha de expedición: 30/08/2024 &nbsp;&middot;&nbsp; Registro núm. ISVC-2024-0871</div>
"""
    return page_html(body, css, "letter", "Constancia")


@cert("15-vallesereno-bilingual-diabetes-navigation.pdf", "pdf",
      E("Patient Navigation for Diabetes Self-Management",
        "Centro de Salud Comunitario Valle Sereno", "2025-03-28", "2.5", "contact_hours",
        False, None),
      "bilingual English/Spanish labels; title printed once in English; 'Date / Fecha' with "
      "mm/dd/yyyy; education department folded; 'Contact hours / Horas de contacto'")
def c15(path):
    c = newc(path, LAND, "Certificate / Certificado")
    w, h = LAND
    blue = HexColor("#1e4e79")
    sand = HexColor("#f2e8d5")
    c.setFillColor(sand)
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(white)
    c.rect(40, 40, w - 80, h - 80, stroke=0, fill=1)
    c.setFillColor(blue)
    c.rect(40, h - 46, w - 80, 6, stroke=0, fill=1)
    c.rect(40, 40, w - 80, 6, stroke=0, fill=1)
    # mountains logo
    c.setFillColor(HexColor("#4f8a8b"))
    p = c.beginPath()
    p.moveTo(70, h - 120); p.lineTo(95, h - 80); p.lineTo(110, h - 100); p.lineTo(125, h - 84)
    p.lineTo(150, h - 120); p.close()
    c.drawPath(p, stroke=0, fill=1)
    txt(c, 162, h - 96, "Centro de Salud Comunitario Valle Sereno", "Helvetica-Bold", 16, blue)
    txt(c, 162, h - 112, "Education Department / Departamento de Educación", "Helvetica", 9.5,
        HexColor("#555555"))
    txt(c, w / 2, h - 176, "Certificate of Completion", "Times-Bold", 28, blue, "c")
    txt(c, w / 2, h - 200, "Certificado de Finalización", "Times-Italic", 18, HexColor("#4f8a8b"),
        "c")
    txt(c, w / 2, h - 236, "This certifies that / Se certifica que", "Helvetica", 10,
        HexColor("#555555"), "c")
    txt(c, w / 2, h - 266, "Guadalupe Itzel Montaño", "Times-Bold", 22, black, "c")
    txt(c, w / 2, h - 292, "has completed / ha completado", "Helvetica", 10, HexColor("#555555"),
        "c")
    txt(c, w / 2, h - 322, "Patient Navigation for Diabetes Self-Management", "Helvetica-Bold",
        18, blue, "c")
    y = h - 380
    for i, (k, v) in enumerate([("Date / Fecha", "03/28/2025"),
                                ("Contact hours / Horas de contacto", "2.5"),
                                ("Instructor / Instructora", "Yesenia Barragán, CHW")]):
        x = 120 + i * 200
        txt(c, x, y, k, "Helvetica", 8.5, HexColor("#777777"))
        txt(c, x, y - 16, v, "Helvetica-Bold", 12)
    sigblock(c, 120, 120, 200, ["Dr. Ignacio Ferrán", "Medical Director / Director Médico"],
             151, "Helvetica", 8.5)
    sigblock(c, w - 320, 120, 200, ["Leticia Ubaldo, RN", "Education Coordinator / "
                                    "Coordinadora de Educación"], 152, "Helvetica", 8.5)
    c.showPage()
    c.save()


@cert("16-hollisglen-anaphylaxis-letterspaced-logo.pdf", "pdf",
      E("Anaphylaxis Recognition and Epinephrine Auto-Injector Use",
        "Hollis Glen Allied Health Academy", "2025-10-03", "2.0", "aama_ceu", True,
        "clinical"),
      "provider only in a letter-spaced capital wordmark drawn glyph by glyph over two lines; "
      "label/value layout; AAMA program number; website does not spell the name")
def c16(path):
    c = newc(path, LETTER, "CE Certificate")
    w, h = LETTER
    ink = HexColor("#23313f")
    gold = HexColor("#b9975b")
    spaced(c, 64, h - 80, "HOLLIS GLEN", "Helvetica-Bold", 21, 7.5, ink)
    spaced(c, 65, h - 99, "ALLIED HEALTH ACADEMY", "Helvetica", 9, 4.4, gold)
    c.setStrokeColor(gold)
    c.setLineWidth(1.2)
    c.line(64, h - 114, w - 64, h - 114)
    txt(c, 64, h - 170, "CERTIFICATE OF CONTINUING EDUCATION", "Helvetica-Bold", 18, ink)
    fields = [("Participant", "Celestine Wojcik-Abara, CMA (AAMA)"),
              ("Program", None),
              ("Format", "Live workshop with skills check-off"),
              ("Date of Completion", "October 3, 2025"),
              ("Credit", "2.0 AAMA CEUs (Clinical)"),
              ("AAMA Program #", "191577")]
    y = h - 220
    for k, v in fields:
        txt(c, 64, y, k.upper(), "Helvetica", 7.5, gold)
        if v is None:
            txt(c, 200, y, "Anaphylaxis Recognition and Epinephrine", "Helvetica-Bold", 13, ink)
            txt(c, 200, y - 17, "Auto-Injector Use", "Helvetica-Bold", 13, ink)
            y -= 46
        else:
            txt(c, 200, y, v, "Helvetica", 11.5, ink)
            y -= 30
    para(c, 64, y - 18, "This program has been granted prior approval by the American "
         "Association of Medical Assistants (AAMA) for 2.0 clinical continuing education units. "
         "Granting prior approval in no way constitutes endorsement by the AAMA of the program "
         "content or the program's sponsor.", "Helvetica", 8.5, w - 128, color=HexColor("#444444"))
    sigblock(c, 64, 150, 200, ["Margit Solberg-Reyes, MSN", "Program Director"], 161,
             "Helvetica", 9)
    txt(c, 64, 60, "registrar@hgaha-learn.org  \u00b7  (503) 555-0148", "Helvetica", 8,
        HexColor("#888888"))
    c.showPage()
    c.save()


@cert("17-quarrylane-cultural-humility-footer.pdf", "pdf",
      E("Cultural Humility in Patient Communication", "Quarry Lane Continuing Education, LLC",
        "2024-05-30", "1.5", "aama_ceu", True, "general"),
      "provider only in the copyright footer (logo is a QL monogram); ISO dates with printed "
      "timestamp; category in parentheses", html=True)
def c17():
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #2d2a26; background: #fdfcf9; }
.mono { position: absolute; left: 50%; top: 0.7in; transform: translateX(-50%); width: 0.95in;
        height: 0.95in; border: 2.5pt solid #7c6a46; border-radius: 50%; text-align: center;
        font-family: 'DejaVu Serif'; font-size: 30pt; line-height: 0.9in; color: #7c6a46; letter-spacing: -3pt; }
.side { position: absolute; top: 2.0in; bottom: 1.4in; width: 0.06in; background: #d9cfb8; }
.c { position: absolute; left: 1in; right: 1in; top: 2.05in; text-align: center; }
h1 { font-family: 'DejaVu Serif'; font-weight: normal; font-size: 31pt; margin: 0; letter-spacing: 1pt; }
.sub { font-size: 10pt; letter-spacing: 4pt; color: #7c6a46; margin-top: 8pt; }
.p { font-size: 11.5pt; margin-top: 34pt; color: #555; }
.n { font-family: 'DejaVu Serif'; font-style: italic; font-size: 25pt; margin-top: 8pt; }
.t { font-size: 18pt; font-weight: bold; margin-top: 10pt; }
.dl { margin: 34pt auto 0; width: 5.2in; display: grid; grid-template-columns: 1fr 1fr; text-align: left;
      font-size: 10.5pt; row-gap: 9pt; column-gap: 20pt; }
.dl span { color: #8a7c60; font-size: 8.5pt; display: block; }
.ap { margin-top: 28pt; font-size: 9.5pt; color: #444; line-height: 1.5; }
.sig { position: absolute; bottom: 1.35in; left: 0; right: 0; text-align: center; font-size: 9pt; }
.sig svg { display: block; margin: 0 auto; }
.foot { position: absolute; bottom: 0.45in; left: 0.6in; right: 0.6in; text-align: center;
        font-size: 7.5pt; color: #8a7c60; border-top: 0.5pt solid #d9cfb8; padding-top: 6pt; }
"""
    body = """
<div class="mono">QL</div>
<div class="c">
<h1>Certificate of Completion</h1>
<div class="sub">CONTINUING EDUCATION FOR MEDICAL ASSISTANTS</div>
<div class="p">awarded to</div>
<div class="n">Tobias Ferreira-Lund</div>
<div class="p">who completed the on-demand course</div>
<div class="t">Cultural Humility in Patient Communication</div>
<div class="dl">
<div><span>Completed</span>2024-05-30</div>
<div><span>AAMA CEUs</span>1.5 (General)</div>
<div><span>Printed</span>2024-06-02 08:15</div>
<div><span>Verification code</span>QLCE-7D41-K92</div>
</div>
<div class="ap">This program has been approved for 1.5 AAMA CEUs.<br>
Approval does not imply AAMA endorsement of any product or service.</div>
</div>
<div class="sig"><svg width="200" height="40" viewBox="0 0 200 40"><path d="M10 30 C 30 0, 40 40, 60 18
 S 90 5, 100 25 S 140 35, 150 12 S 180 20, 190 28" stroke="#1f2e6e" stroke-width="1.6" fill="none"/></svg>
<div style="border-top:0.8pt solid #555;width:2.6in;margin:0 auto;padding-top:3pt">Imelda Santangelo,
Managing Editor</div></div>
<div class="foot">&copy; 2024 Quarry Lane Continuing Education, LLC &middot; 55 Tannery Row, Suite 3,
Bellmont, OH 43009 &middot; support line (614) 555-0137</div>
"""
    return page_html(body, css, "letter", "Certificate")


@cert("18-kingsford-vaccine-storage-signature.pdf", "pdf",
      E("Vaccine Storage and Handling: Keeping the Cold Chain",
        "Kingsford Medical Assisting Seminars", "2024-02-08", "1.0", "aama_ceu", True,
        "clinical"),
      "provider only in the signature block; guilloche border; title in curly quotes; "
      "'the 8th day of February, 2024'")
def c18(path):
    c = newc(path, LAND, "Certificate of Attendance")
    w, h = LAND
    c.setFillColor(HexColor("#fffdf6"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    border_guilloche(c, w, h, 22, 26, HexColor("#2a6f97"), strands=6, waves=46, lw=0.3)
    txt(c, w / 2, h - 120, "Certificate of Attendance", "Times-BoldItalic", 36,
        HexColor("#1b3a4b"), "c")
    txt(c, w / 2, h - 160, "This is to certify that", "Times-Roman", 13, black, "c")
    txt(c, w / 2, h - 196, "Ignatius P. Halloran, RMA", "Times-Bold", 24, black, "c")
    c.setStrokeColor(HexColor("#2a6f97"))
    c.setLineWidth(0.7)
    c.line(250, h - 205, w - 250, h - 205)
    txt(c, w / 2, h - 232, "was in attendance at the seminar", "Times-Roman", 13, black, "c")
    txt(c, w / 2, h - 266, "\u201cVaccine Storage and Handling: Keeping the Cold Chain\u201d",
        "Times-Bold", 20, HexColor("#1b3a4b"), "c")
    txt(c, w / 2, h - 300, "on this 8th day of February, 2024", "Times-Italic", 13, black, "c")
    txt(c, w / 2, h - 336, "Approved for 1.0 clinical AAMA CEU", "Times-Bold", 13, black, "c")
    txt(c, w / 2, h - 352, "Approved by the American Association of Medical Assistants",
        "Times-Roman", 9.5, HexColor("#444444"), "c")
    # signature block carries the provider
    sx = w / 2 - 110
    squiggle(c, sx + 20, 160, 170, 181, HexColor("#102a5c"), 1.2, loops=4)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)
    c.line(sx, 150, sx + 220, 150)
    lines(c, w / 2, 136, ["Marisol Tate, CMA (AAMA)", "Director of Education",
                          "Kingsford Medical Assisting Seminars"], "Times-Roman", 10.5, 13,
          align="c")
    seal(c, w - 140, 130, 34, HexColor("#2a6f97"), points=30, label=["CEU"], size=11)
    txt(c, 110, 86, "Seminar code KMS-0208-VS", "Times-Roman", 8, HexColor("#666666"))
    c.showPage()
    c.save()


@cert("19-northwind-eligibility-accreditation-only.pdf", "pdf",
      E("Insurance Verification and Eligibility Checks", "Northwind Clinical Learning",
        "2025-12-04", "1.5", "aama_ceu", True, "administrative"),
      "provider named only inside the accreditation sentence; abstract logo without words; "
      "'Thursday, December 4, 2025'", html=True)
def c19():
    css = """
body { font-family: 'DejaVu Sans', sans-serif; background: #f4f7fb; color: #17233b; }
.card { position: absolute; inset: 0.45in; background: #fff; border-radius: 14pt;
        box-shadow: 0 0 0 1pt #cfd8e6; overflow: hidden; }
.stripe { position: absolute; left: 0; top: 0; bottom: 0; width: 0.3in;
          background: repeating-linear-gradient(45deg, #3a86ff 0 8pt, #8ecae6 8pt 16pt); }
svg.logo { position: absolute; right: 0.6in; top: 0.45in; }
.c { position: absolute; left: 1.0in; top: 0.6in; width: 7.6in; }
.k { font-size: 11pt; letter-spacing: 5pt; color: #3a86ff; font-weight: bold; }
h1 { font-size: 33pt; margin: 6pt 0 26pt; font-weight: bold; }
.n { font-size: 22pt; font-family: 'DejaVu Serif'; }
.l { font-size: 10pt; color: #6b7a99; margin-top: 16pt; }
.t { font-size: 20pt; font-weight: bold; color: #023e8a; margin-top: 5pt; }
.d { font-size: 12pt; margin-top: 5pt; }
.acc { position: absolute; left: 1.0in; right: 0.8in; bottom: 0.55in; font-size: 8.6pt; line-height: 1.5;
       color: #42506b; border-top: 0.8pt solid #e1e7f0; padding-top: 8pt; }
.sig { position: absolute; right: 0.9in; bottom: 1.35in; text-align: center; font-size: 9pt; }
.sig div { border-top: 0.8pt solid #333; width: 2.4in; padding-top: 3pt; }
"""
    body = """
<div class="card">
<div class="stripe"></div>
<svg class="logo" width="90" height="90" viewBox="0 0 90 90"><circle cx="45" cy="45" r="40" fill="none"
 stroke="#023e8a" stroke-width="4"/><path d="M45 12 L55 45 L45 78 L35 45 Z" fill="#3a86ff"/>
<path d="M12 45 L45 38 L78 45 L45 52 Z" fill="#8ecae6"/></svg>
<div class="c">
<div class="k">CERTIFICATE</div>
<h1>Continuing Education</h1>
<div class="l">Awarded to</div>
<div class="n">Valentina Okwuosa-Prins, CMA (AAMA)</div>
<div class="l">Course</div>
<div class="t">Insurance Verification and Eligibility Checks</div>
<div class="l">Date</div>
<div class="d">Thursday, December 4, 2025</div>
<div class="l">Credit</div>
<div class="d">1.5 AAMA CEUs (Administrative)</div>
</div>
<div class="sig"><svg width="160" height="34"><path d="M5 25 C 25 -5, 35 40, 55 14 S 85 30, 105 10 S 140 28, 155 18"
 stroke="#16325c" stroke-width="1.5" fill="none"/></svg><div>Director of Education</div></div>
<div class="acc">Northwind Clinical Learning is approved by the American Association of Medical
Assistants (AAMA) to offer continuing education to CMAs (AAMA). This program has been granted prior
approval by the AAMA for 1.5 administrative continuing education units. Granting of prior approval
in no way constitutes endorsement by the AAMA of the program content or the program's sponsor.</div>
</div>
"""
    return page_html(body, css, "land", "CE Certificate")


@cert("20-tamarack-urinalysis-approval-pending.pdf", "pdf",
      E("Point-of-Care Urinalysis: Dipstick Technique and Quality Control",
        "Tamarack Allied Health Forum", "2026-04-16", "1.0", "contact_hours", False, None),
      "AAMA approval pending -> contact hours; provider only in a raster logo image (not in "
      "the text layer); title over 2 lines; session ID")
def c20(path):
    c = newc(path, LETTER, "Certificate")
    w, h = LETTER
    pine = HexColor("#2d4a3e")
    logo = raster_wordmark([("TAMARACK", "DejaVuSerif-Bold.ttf", 26, (45, 74, 62), 3),
                            ("Allied Health Forum", "DejaVuSerif-Italic.ttf", 14, (120, 140, 90),
                             1)])
    lw_, lh_ = logo.size
    c.drawImage(img_reader(logo), 60, h - 60 - lh_ * 0.55, lw_ * 0.55, lh_ * 0.55,
                mask="auto")
    # little pine trees
    c.setFillColor(HexColor("#78906a"))
    for i, x in enumerate([w - 120, w - 96, w - 72]):
        s = 1 - 0.15 * (i % 2)
        p = c.beginPath()
        p.moveTo(x, h - 50); p.lineTo(x - 12 * s, h - 92); p.lineTo(x + 12 * s, h - 92); p.close()
        c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColor(pine)
    c.setLineWidth(2)
    c.line(60, h - 128, w - 60, h - 128)
    txt(c, 60, h - 175, "Certificate of Participation", "Times-Roman", 28, pine)
    txt(c, 60, h - 215, "Presented to", "Helvetica", 10, HexColor("#666666"))
    txt(c, 60, h - 240, "Rafferty Olusegun-Baines", "Helvetica-Bold", 19)
    txt(c, 60, h - 280, "for participation in the workshop session", "Helvetica", 10,
        HexColor("#666666"))
    txt(c, 60, h - 306, "Point-of-Care Urinalysis: Dipstick Technique", "Times-Bold", 18, pine)
    txt(c, 60, h - 328, "and Quality Control", "Times-Bold", 18, pine)
    txt(c, 60, h - 348, "Session ID TAHF-26-B4", "Helvetica", 8, HexColor("#888888"))
    data = [("Date completed", "April 16, 2026"), ("Contact hours", "1.0"),
            ("Location", "Birchmont Library Community Room")]
    y = h - 392
    for k, v in data:
        txt(c, 60, y, k, "Helvetica", 9.5, HexColor("#666666"))
        txt(c, 190, y, v, "Helvetica-Bold", 11)
        y -= 20
    c.setFillColor(HexColor("#fff6d6"))
    c.rect(60, y - 44, w - 120, 40, stroke=0, fill=1)
    txt(c, 72, y - 20, "AAMA CEU approval pending \u2014 an updated certificate will be issued "
        "if approval is granted.", "Helvetica-Oblique", 9.5, HexColor("#6b5500"))
    txt(c, 72, y - 34, "Until then, this certificate documents contact hours only.",
        "Helvetica-Oblique", 9.5, HexColor("#6b5500"))
    sigblock(c, 60, 130, 190, ["Sunniva Hartigan, CMA (AAMA)", "Forum Coordinator"], 201,
             "Helvetica", 9)
    txt(c, w - 60, 60, "tamarackforum.org", "Helvetica", 8, HexColor("#888888"), "r")
    c.showPage()
    c.save()


@cert("21-bayshore-scheduling-not-submitted.pdf", "pdf",
      E("Appointment Scheduling Templates That Reduce No-Shows",
        "Bayshore Medical Office Academy", "2023-06-21", "2", "contact_hours", False, None),
      "'CE Hours: 2'; explicitly not submitted for AAMA approval; educational-grant software "
      "sponsor; two-column layout", html=True)
def c21():
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #0b3142; }
.wave { position: absolute; left: 0; right: 0; top: 0; height: 1.9in; }
.org { position: absolute; left: 0.7in; top: 0.45in; color: #fff; }
.org b { font-size: 20pt; display: block; }
.org span { font-size: 9.5pt; opacity: 0.9; }
.main { position: absolute; left: 0.7in; right: 0.7in; top: 2.3in; }
h1 { font-size: 26pt; margin: 0 0 18pt; font-weight: normal; }
.two { display: flex; gap: 0.4in; }
.l { flex: 1.35; font-size: 11pt; line-height: 1.6; }
.r { flex: 1; background: #e0f2f1; padding: 12pt 14pt; font-size: 10.5pt; line-height: 1.9; border-radius: 6pt; }
.t { font-size: 16pt; font-weight: bold; color: #00695c; margin: 6pt 0; line-height: 1.3; }
.note { margin-top: 22pt; font-size: 9.5pt; color: #37474f; }
.spons { margin-top: 10pt; font-size: 8.5pt; color: #78909c; font-style: italic; }
.sig { position: absolute; left: 0.7in; bottom: 1.1in; font-size: 9pt; }
.sig div { border-top: 0.8pt solid #333; width: 2.6in; padding-top: 3pt; }
.foot { position: absolute; left: 0.7in; right: 0.7in; bottom: 0.45in; font-size: 7.5pt; color: #90a4ae; }
"""
    body = """
<svg class="wave" viewBox="0 0 850 190" preserveAspectRatio="none"><path d="M0 0 H850 V120 C 650 190, 420 80, 0 160 Z" fill="#00897b"/>
<path d="M0 160 C 420 80, 650 190, 850 120 V135 C 650 205, 420 95, 0 175 Z" fill="#80cbc4"/></svg>
<div class="org"><b>Bayshore Medical Office Academy</b><span>Practical training for the front office</span></div>
<div class="main">
<h1>Certificate of Completion</h1>
<div class="two">
<div class="l">This certificate is awarded to<br><b style="font-size:15pt">Henrietta Vasquez-Obi</b><br>
for completing the half-day workshop<div class="t">Appointment Scheduling Templates That Reduce <span style="white-space:nowrap">No-Shows</span></div>
presented by Lorcan Beaumont, CMPE.</div>
<div class="r"><b>Date:</b> June 21, 2023<br><b>CE Hours:</b> 2<br><b>Format:</b> Live, in person<br>
<b>Workshop #:</b> BMOA-2306-04<br><b>Registered:</b> May 30, 2023</div>
</div>
<div class="note">This program was not submitted for AAMA CEU approval. Contact hours may be
used toward other certifying bodies at their discretion.</div>
<div class="spons">Supported by an educational grant from Clarion Practice Software.</div>
</div>
<div class="sig"><svg width="170" height="32"><path d="M4 24 C 20 2, 30 34, 48 12 S 80 28, 96 8 S 130 24, 165 16" stroke="#0b3142" stroke-width="1.4" fill="none"/></svg>
<div>Lorcan Beaumont, CMPE &middot; Lead Instructor</div></div>
<div class="foot">Bayshore Medical Office Academy &middot; 92 Pelican Wharf Road, Gull Harbor, FL 32960</div>
"""
    return page_html(body, css, "letter", "Certificate")


@cert("22-redfern-cbc-basics-amt.pdf", "pdf",
      E("Hematology Basics: The Complete Blood Count", "Redfern School of Allied Health",
        "2023-09-27", "1.5", "contact_hours", False, None),
      "diploma style; AMT-approved CE hours, explicitly not AAMA; date '9/27/2023'; "
      "blackletter-like heading in Times")
def c22(path):
    c = newc(path, LETTER, "Certificate")
    w, h = LETTER
    c.setFillColor(HexColor("#f7f1e3"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    border_dots(c, w, h, 30, HexColor("#8c6d3f"), 1.2, 6)
    border_double(c, w, h, 40, HexColor("#8c6d3f"), 1.5, 0.5, 4)
    txt(c, w / 2, h - 110, "Redfern School of Allied Health", "Times-BoldItalic", 26,
        HexColor("#4a3514"), "c")
    txt(c, w / 2, h - 130, "Continuing Education Division", "Times-Roman", 11, HexColor("#6b5430"),
        "c")
    txt(c, w / 2, h - 200, "CERTIFICATE", "Times-Bold", 34, HexColor("#4a3514"), "c")
    txt(c, w / 2, h - 226, "of continuing education", "Times-Italic", 14, HexColor("#4a3514"), "c")
    txt(c, w / 2, h - 280, "Be it known that", "Times-Italic", 13, black, "c")
    txt(c, w / 2, h - 314, "Cordelia Fairweather-Nguyen", "Times-Bold", 22, black, "c")
    txt(c, w / 2, h - 346, "has satisfactorily completed the course", "Times-Italic", 13, black,
        "c")
    txt(c, w / 2, h - 380, "Hematology Basics: The Complete Blood Count", "Times-Bold", 19,
        HexColor("#4a3514"), "c")
    txt(c, w / 2, h - 410, "completed 9/27/2023", "Times-Roman", 12.5, black, "c")
    para(c, w / 2, h - 450, "This course is approved by American Medical Technologists (AMT) "
         "for 1.5 CE hours. It has not been approved for AAMA CEUs.", "Times-Roman", 11, 380,
         align="c")
    seal(c, w / 2, 170, 40, HexColor("#a23b2a"), points=26, label=["REDFERN", "SAH"], size=8,
         ribbon=HexColor("#a23b2a"))
    sigblock(c, 90, 140, 160, ["Augustin Delamere, MT(AMT)", "Program Chair"], 221, "Times-Roman",
             9.5)
    sigblock(c, w - 250, 140, 160, ["Philippa Orenstein", "Registrar"], 222, "Times-Roman", 9.5)
    c.showPage()
    c.save()


COBALT_MODULES = [
    ("1", "Drug Classifications and Prototype Drugs", "01/13/2025", "2.0"),
    ("2", "Reading Medication Orders and Labels", "01/20/2025", "2.0"),
    ("3", "Dosage Calculation Review", "01/31/2025", "2.0"),
    ("4", "Controlled Substances and Storage", "02/07/2025", "2.0"),
    ("5", "Immunization Administration Updates", "02/14/2025", "2.0"),
    ("6", "Medication Safety and Error Prevention", "02/21/2025", "2.0"),
]


@cert("23-cobaltridge-pharmacology-update-2page.pdf", "pdf",
      E("Pharmacology Update for Medical Assistants", "Cobalt Ridge Professional Education",
        "2025-02-21", "1.2", "iacet_ceu", False, None),
      "two pages: certificate + module transcript; IACET CEUs with contact hours; enrolment "
      "date; six module dates (last = completion)")
def c23(path):
    c = newc(path, LETTER, "Certificate and Transcript")
    w, h = LETTER
    cob = HexColor("#0047ab")
    c.setFillColor(cob)
    c.rect(0, 0, 22, h, stroke=0, fill=1)
    c.setFillColor(HexColor("#7fa6dd"))
    c.rect(22, 0, 6, h, stroke=0, fill=1)
    # ridge line logo
    c.setStrokeColor(cob)
    c.setLineWidth(3)
    p = c.beginPath()
    p.moveTo(70, h - 90); p.lineTo(90, h - 64); p.lineTo(104, h - 80); p.lineTo(124, h - 52)
    p.lineTo(150, h - 90)
    c.drawPath(p, stroke=1, fill=0)
    txt(c, 164, h - 70, "Cobalt Ridge", "Helvetica-Bold", 20, cob)
    txt(c, 164, h - 86, "Professional Education", "Helvetica", 11, HexColor("#3b5b8c"))
    txt(c, 70, h - 170, "CERTIFICATE OF COMPLETION", "Helvetica-Bold", 24, HexColor("#1a1a2e"))
    txt(c, 70, h - 210, "Ezekiel Marchbanks-Toure, CMA (AAMA)", "Times-Bold", 20)
    txt(c, 70, h - 236, "has completed all requirements of the self-paced program",
        "Helvetica", 11, HexColor("#444444"))
    txt(c, 70, h - 266, "Pharmacology Update for Medical Assistants", "Helvetica-Bold", 17, cob)
    y = h - 320
    for k, v in [("Enrollment date", "January 6, 2025"),
                 ("Date of completion", "February 21, 2025"),
                 ("Credit awarded", "1.2 IACET CEUs (12.0 contact hours)"),
                 ("Program code", "CRPE-PH-1201")]:
        txt(c, 70, y, k, "Helvetica", 10, HexColor("#666666"))
        txt(c, 220, y, v, "Helvetica-Bold", 11)
        y -= 22
    para(c, 70, y - 20, "Cobalt Ridge Professional Education has been accredited as an "
         "Authorized Provider by the International Accreditors for Continuing Education and "
         "Training (IACET). As an IACET Accredited Provider, it offers IACET CEUs for its "
         "learning events that comply with the ANSI/IACET Standard.", "Helvetica", 8.5, 470,
         color=HexColor("#444444"))
    sigblock(c, 70, 140, 190, ["Delphine Sorensen, PharmD", "Academic Director"], 231,
             "Helvetica", 9)
    txt(c, w - 50, 40, "Page 1 of 2", "Helvetica", 7.5, HexColor("#888888"), "r")
    c.showPage()
    c.setFillColor(cob)
    c.rect(0, 0, 22, h, stroke=0, fill=1)
    txt(c, 60, h - 60, "Learner Transcript", "Helvetica-Bold", 16, cob)
    txt(c, 60, h - 78, "Pharmacology Update for Medical Assistants  \u00b7  Ezekiel "
        "Marchbanks-Toure", "Helvetica", 9.5)
    rows = [["Module", "Title", "Completed", "Contact Hours"]]
    rows += [list(m) for m in COBALT_MODULES]
    y = cell_table(c, 60, h - 100, [50, 280, 90, 90], rows, "Helvetica", 9,
                   head_font="Helvetica-Bold", head_fill=HexColor("#dce6f5"), pad=5,
                   line_col=HexColor("#8ea6cc"), aligns=["c", "l", "c", "r"])
    y = cell_table(c, 60, y, [420, 90], [["Total contact hours", "12.0"],
                                         ["IACET CEUs (1 CEU = 10 contact hours)", "1.2"]],
                   "Helvetica-Bold", 9, pad=5, line_col=HexColor("#8ea6cc"), aligns=["r", "r"])
    txt(c, 60, y - 24, "Final assessment passed 02/21/2025 (score 88%). Transcript generated "
        "02/24/2025.", "Helvetica", 8.5, HexColor("#555555"))
    txt(c, w - 50, 40, "Page 2 of 2", "Helvetica", 7.5, HexColor("#888888"), "r")
    c.showPage()
    c.save()


@cert("24-ashgrove-portal-messages-sidebar.pdf", "pdf",
      E("Managing Patient Portal Messages: Triage, Tone, and Turnaround",
        "Ashgrove Medical Assistant Education Network", "2025-11-08", "1.0", "aama_ceu", True,
        "administrative"),
      "multi-column: provider only in a dark sidebar column; field grid in two columns; "
      "registration date; speaker's employer", html=True)
def c24():
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #1d2b24; display: flex; }
.side { width: 2.35in; height: 11in; background: #24453a; color: #e6efe9; padding: 0.6in 0.3in; font-size: 8.5pt; line-height: 1.5; }
.side .tree { width: 1.1in; height: 1.1in; margin-bottom: 14pt; }
.side b { font-size: 13pt; display: block; margin-bottom: 10pt; line-height: 1.3; color: #fff; }
.side .sec { margin-top: 24pt; color: #a8c5b5; text-transform: uppercase; letter-spacing: 1.5pt; font-size: 7pt; }
.main { width: 6.15in; padding: 0.75in 0.55in; }
.k { font-size: 9pt; letter-spacing: 3pt; color: #5b8c74; }
h1 { font-family: 'DejaVu Serif'; font-size: 27pt; font-weight: normal; margin: 4pt 0 30pt; }
.n { font-size: 19pt; font-weight: bold; }
.s { font-size: 10pt; color: #666; margin: 22pt 0 4pt; }
.t { font-family: 'DejaVu Serif'; font-size: 17pt; line-height: 1.3; color: #24453a; }
.grid { margin-top: 26pt; display: grid; grid-template-columns: 1fr 1fr; gap: 12pt 18pt; font-size: 10.5pt; }
.grid span { display: block; font-size: 7.5pt; color: #5b8c74; text-transform: uppercase; letter-spacing: 1pt; }
.ap { margin-top: 26pt; padding-top: 10pt; border-top: 0.8pt solid #cfded5; font-size: 9pt; color: #3d4f46; line-height: 1.5; }
.sig { margin-top: 0.7in; font-size: 9pt; }
.sig div { border-top: 0.8pt solid #333; width: 2.5in; padding-top: 3pt; }
"""
    body = """
<div class="side">
<svg class="tree" viewBox="0 0 100 100"><circle cx="50" cy="38" r="30" fill="#5b8c74"/><circle cx="34" cy="48" r="18" fill="#7fae95"/>
<circle cx="66" cy="48" r="18" fill="#7fae95"/><rect x="46" y="60" width="8" height="32" fill="#c9b79c"/></svg>
<b>Ashgrove Medical Assistant Education Network</b>
Regional education for CMAs (AAMA) and RMAs since 2009
<div class="sec">Office</div>
318 Ashgrove Commons<br>Pell City Heights, AL 35128
<div class="sec">Contact</div>
education@ashgrove-maen.org<br>(205) 555-0172
<div class="sec">Certificate no.</div>
AMAEN-25-1108-063
</div>
<div class="main">
<div class="k">CONTINUING EDUCATION</div>
<h1>Certificate of Participation</h1>
<div class="n">Bronwyn Achterberg-Lee</div>
<div class="s">participated in the evening seminar</div>
<div class="t">Managing Patient Portal Messages: Triage, Tone, and Turnaround</div>
<div class="grid">
<div><span>Activity date</span>November 8, 2025</div>
<div><span>Registered</span>October 20, 2025</div>
<div><span>Speaker</span>Cyrus Mbeki-Hart, Oakline Primary Care</div>
<div><span>AAMA CEUs</span>1.0 Administrative</div>
</div>
<div class="ap">This program has been approved for 1.0 administrative AAMA CEU by the American
Association of Medical Assistants.</div>
<div class="sig"><svg width="170" height="34"><path d="M4 26 C 16 2, 34 36, 50 12 S 78 30, 92 8 S 126 30, 166 14" stroke="#16325c" stroke-width="1.4" fill="none"/></svg>
<div>Program Chair</div></div>
</div>
"""
    return page_html(body, css, "letter", "Certificate")


def watercolor(seed, w, h):
    rng = np.random.default_rng(seed)
    f1 = smooth_field(rng, h, w, 4)
    f2 = smooth_field(rng, h, w, 7)
    f3 = smooth_field(rng, h, w, 3)
    r = 224 + 16 * f1 - 10 * f2
    g = 234 + 14 * f2 - 6 * f3
    b = 212 + 18 * f3 - 8 * f1
    img = np.stack([r, g, b], -1)
    yy, xx = np.mgrid[0:h, 0:w]
    # faint repeating crosses
    cross = (((xx % 90) > 38) & ((xx % 90) < 52) & ((yy % 90) > 20) & ((yy % 90) < 70)) | \
            (((yy % 90) > 38) & ((yy % 90) < 52) & ((xx % 90) > 20) & ((xx % 90) < 70))
    img[cross] -= 12
    img += rng.normal(0, 3, img.shape)
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))


@cert("25-lindenmere-sharps-background-image.pdf", "pdf",
      E("Sharps Safety and Exposure Response", "Lindenmere Health Education Cooperative",
        "2023-09-14", "1.0", "aama_ceu", True, "clinical"),
      "text over a full-page background image; low-contrast grey-green text for details; "
      "'Sept. 14, 2023'")
def c25(path):
    c = newc(path, LAND, "Certificate")
    w, h = LAND
    bg = watercolor(251, 1100, 850)
    c.drawImage(img_reader(bg), 0, 0, w, h)
    soft = HexColor("#6f8f7a")
    txt(c, 60, h - 70, "Lindenmere Health Education Cooperative", "Times-Italic", 15, soft)
    txt(c, w / 2, h - 160, "Certificate of Continuing Education", "Times-Bold", 32,
        HexColor("#3f5f4d"), "c")
    txt(c, w / 2, h - 205, "presented to", "Times-Italic", 13, soft, "c")
    txt(c, w / 2, h - 240, "Augusta Pennington-Roe", "Times-Bold", 24, HexColor("#3f5f4d"), "c")
    txt(c, w / 2, h - 275, "upon completion of", "Times-Italic", 13, soft, "c")
    txt(c, w / 2, h - 310, "Sharps Safety and Exposure Response", "Times-Bold", 22,
        HexColor("#2f4a3b"), "c")
    txt(c, w / 2, h - 345, "Sept. 14, 2023  \u00b7  Lindenmere Commons, Room 4", "Times-Roman",
        12, soft, "c")
    txt(c, w / 2, h - 380, "This activity is approved for 1.0 AAMA CEU (clinical).",
        "Times-Roman", 11, HexColor("#7f9a88"), "c")
    txt(c, w / 2, h - 395, "Approved by the American Association of Medical Assistants.",
        "Times-Roman", 9, HexColor("#8fa797"), "c")
    sigblock(c, 110, 110, 190, ["Philomena Grau, RN", "Cooperative Educator"], 252, "Times-Roman",
             9.5, HexColor("#4f6b5a"))
    sigblock(c, w - 300, 110, 190, ["Ansel Birkeland", "Board Secretary"], 253, "Times-Roman",
             9.5, HexColor("#4f6b5a"))
    c.showPage()
    c.save()


@cert("26-pulsewise-ethics-scope-tiny-fonts.pdf", "pdf",
      E("Ethics Refresher: Scope of Practice for Medical Assistants", "Pulsewise Learning, Inc.",
        "2026-06-03", "0.5", "aama_ceu", True, "general"),
      "CE subscription site; product brand 'CEpulse' big, legal provider tiny; details in "
      "tiny pale text; member since / renewal dates", html=True)
def c26():
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #9aa1a9; background: #fff; }
.brand { position: absolute; left: 0.6in; top: 0.5in; font-size: 28pt; font-weight: bold; color: #e63946; letter-spacing: -1pt; }
.brand span { color: #1d3557; }
.svc { position: absolute; left: 0.62in; top: 1.05in; font-size: 6pt; color: #b0b6bd; }
.mem { position: absolute; right: 0.6in; top: 0.55in; font-size: 6.5pt; text-align: right; line-height: 1.5; }
.c { position: absolute; left: 0.6in; right: 0.6in; top: 2.2in; }
.h { font-size: 13pt; color: #1d3557; letter-spacing: 2pt; }
.n { font-size: 24pt; color: #1d3557; margin: 10pt 0 18pt; }
.t { font-size: 16pt; color: #457b9d; font-weight: bold; }
.row { margin-top: 16pt; font-size: 7pt; display: flex; gap: 0.35in; }
.row b { color: #7d858e; font-weight: normal; }
.ap { margin-top: 18pt; font-size: 6.5pt; color: #a9b0b7; width: 6in; line-height: 1.45; }
.pulse { position: absolute; left: 0; right: 0; bottom: 1.1in; height: 0.8in; }
.foot { position: absolute; left: 0.6in; bottom: 0.4in; font-size: 5.8pt; color: #c0c5ca; }
"""
    body = """
<div class="brand">CE<span>pulse</span></div>
<div class="svc">a service of Pulsewise Learning, Inc.</div>
<div class="mem">Member since 02/11/2024<br>Subscription renews 02/11/2027<br>Member ID PW-0031877</div>
<div class="c">
<div class="h">CERTIFICATE OF COMPLETION</div>
<div class="n">Soledad Iwasaki-Brandt</div>
<div class="t">Ethics Refresher: Scope of Practice for Medical Assistants</div>
<div class="row"><div><b>Completion date</b> 06/03/2026</div><div><b>Format</b> on-demand article + quiz</div>
<div><b>Score</b> 9/10</div><div><b>Course ID</b> CP-ETH-0419</div></div>
<div class="ap">Approved for 0.5 AAMA CEU (General). This course has been granted prior approval by the
American Association of Medical Assistants. Keep this certificate for your records; CEpulse does not
report credits to the AAMA on your behalf.</div>
</div>
<svg class="pulse" viewBox="0 0 1100 80" preserveAspectRatio="none"><path d="M0 50 H420 L440 20 L460 75 L480 5 L500 60 L520 50 H1100"
 stroke="#f1c0c4" stroke-width="2" fill="none"/></svg>
<div class="foot">Pulsewise Learning, Inc. &middot; 77 Foundry Street, Tessaly, CO 80424 &middot; Printed 06/03/2026</div>
"""
    return page_html(body, css, "land", "CEpulse certificate")


@cert("27-granitepeak-workplace-violence-minutes.pdf", "pdf",
      E("Workplace Violence Prevention: Annual Review", "Granite Peak Medical Group",
        "2025-02-27", "45", "minutes", False, None),
      "employer compliance module; duration only ('45 minutes'); due date and assigned date; "
      "no CE credit")
def c27(path):
    c = newc(path, LETTER, "Compliance Training Certificate")
    w, h = LETTER
    grey = HexColor("#4b5563")
    c.setFillColor(HexColor("#374151"))
    p = c.beginPath()
    p.moveTo(50, h - 96); p.lineTo(72, h - 54); p.lineTo(84, h - 74); p.lineTo(94, h - 62)
    p.lineTo(112, h - 96); p.close()
    c.drawPath(p, stroke=0, fill=1)
    txt(c, 124, h - 74, "Granite Peak Medical Group", "Helvetica-Bold", 16, HexColor("#111827"))
    txt(c, 124, h - 90, "Compliance & Training", "Helvetica", 10, grey)
    c.setStrokeColor(HexColor("#9ca3af"))
    c.setLineWidth(0.8)
    c.rect(50, 150, w - 100, h - 280, stroke=1, fill=0)
    txt(c, w / 2, h - 190, "Certificate of Completion", "Helvetica-Bold", 24, HexColor("#111827"),
        "c")
    txt(c, w / 2, h - 230, "Ambrose Tillinghast", "Helvetica", 20, HexColor("#111827"), "c")
    txt(c, w / 2, h - 254, "Medical Assistant \u2013 Cedar Fork Clinic", "Helvetica", 10, grey,
        "c")
    txt(c, w / 2, h - 296, "has completed the required annual training module", "Helvetica", 11,
        grey, "c")
    txt(c, w / 2, h - 326, "Workplace Violence Prevention: Annual Review", "Helvetica-Bold", 16,
        HexColor("#1f2937"), "c")
    rows = [["Assigned", "Due", "Completed", "Time spent", "Result"],
            ["01/06/2025", "03/31/2025", "02/27/2025", "45 minutes", "Passed"]]
    cell_table(c, 96, h - 370, [84, 84, 84, 84, 84], rows, "Helvetica", 9.5,
               head_font="Helvetica-Bold", head_fill=HexColor("#f3f4f6"),
               line_col=HexColor("#d1d5db"), pad=6, aligns=["c"] * 5)
    txt(c, w / 2, h - 460, "Required by GPMG policy HR-214. No CE credit is associated with "
        "this module.", "Helvetica-Oblique", 9, grey, "c")
    txt(c, 60, 120, "Module ID: GPMG-WVP-2025", "Helvetica", 8, grey)
    txt(c, w - 60, 120, "Certificate generated 02/27/2025", "Helvetica", 8, grey, "r")
    c.showPage()
    c.save()


@cert("28-sunmeadow-lms-hand-hygiene.pdf", "pdf",
      E("Hand Hygiene and PPE Donning/Doffing Competency", "Sunmeadow Health Partners",
        "2025-11-03", "0.5", "contact_hours", False, None),
      "LMS certificate: platform name in header ('powered by'); L&D department folded; "
      "completion timestamp with time; printed date a week later", html=True)
def c28():
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #2e3440; background: #eceff4; }
.bar { height: 0.55in; background: #2e3440; color: #eceff4; display: flex; align-items: center;
       justify-content: space-between; padding: 0 0.45in; font-size: 10pt; }
.bar b { font-size: 14pt; letter-spacing: 0.5pt; }
.sheet { position: absolute; left: 0.6in; right: 0.6in; top: 0.9in; bottom: 0.55in; background: #fff;
         border-top: 6pt solid #ebcb8b; padding: 0.45in 0.6in; }
.org { display: flex; align-items: center; gap: 9pt; font-size: 12pt; }
.sun { width: 0.42in; height: 0.42in; border-radius: 50%; background: #ebcb8b; box-shadow: 0 0 0 4pt #f6e7c7; }
.org span { display: block; font-size: 8.5pt; color: #7b8394; }
h1 { font-size: 28pt; margin: 0.35in 0 6pt; font-weight: normal; }
.n { font-size: 20pt; font-weight: bold; margin: 16pt 0 4pt; }
.t { font-size: 16pt; color: #5e81ac; margin: 10pt 0 22pt; }
table { border-collapse: collapse; font-size: 10pt; }
td { padding: 5pt 16pt 5pt 0; }
td.k { color: #7b8394; }
.foot { position: absolute; bottom: 0.3in; left: 0.6in; right: 0.6in; display: flex; justify-content: space-between;
        font-size: 7.5pt; color: #7b8394; }
"""
    body = """
<div class="bar"><b>Coursebridge</b><span>Learner Portal</span></div>
<div class="sheet">
<div class="org"><div class="sun"></div><div>Sunmeadow Health Partners<span>Learning &amp; Development</span></div></div>
<h1>Certificate of Completion</h1>
<div class="n">Maximilian Osei-Kettering</div>
<div class="t">Hand Hygiene and PPE Donning/Doffing Competency</div>
<table>
<tr><td class="k">Completed</td><td>Nov 3, 2025 4:12 PM</td><td class="k">CE Hours</td><td>0.5</td></tr>
<tr><td class="k">Enrolled</td><td>Oct 28, 2025</td><td class="k">Item</td><td>IC-HH-PPE-07</td></tr>
<tr><td class="k">Skills check</td><td>Observed &mdash; pass</td><td class="k">Evaluator</td><td>Renata Calloway, RN</td></tr>
</table>
<div class="foot"><span>Printed: Nov 10, 2025</span><span>powered by Coursebridge</span></div>
</div>
"""
    return page_html(body, css, "land", "Coursebridge certificate")


@cert("29-ospreybay-spring-skills-workshop-split.pdf", "pdf",
      E("Spring Skills Workshop 2026", "Osprey Bay Chapter of Medical Assistants",
        "2026-04-25", "2.5", "aama_ceu", True, None,
        {"clinical": "1.5", "administrative": "1.0"}),
      "chapter workshop; three sessions with category column; clinical/admin split with total; "
      "check-in time; sponsor", html=True)
def c29():
    css = """
body { font-family: 'DejaVu Serif', serif; color: #10304a; background: #fff; }
.outer { position: absolute; inset: 0.4in; border: 2pt solid #10304a; }
.inner { position: absolute; inset: 0.5in; border: 0.8pt solid #4ea8de; }
.c { position: absolute; left: 0.9in; right: 0.9in; top: 0.85in; text-align: center; }
.bird { width: 1.2in; height: 0.55in; }
.org { font-family: 'DejaVu Sans'; font-size: 15pt; font-weight: bold; letter-spacing: 1pt; margin-top: 4pt; }
h1 { font-size: 26pt; font-weight: normal; margin: 22pt 0 8pt; }
.n { font-size: 21pt; font-style: italic; margin: 8pt 0; }
.t { font-size: 19pt; font-weight: bold; color: #1f6f9f; margin: 6pt 0 2pt; }
.d { font-size: 11pt; }
table { margin: 18pt auto 0; border-collapse: collapse; font-family: 'DejaVu Sans'; font-size: 9.5pt; width: 6.3in; }
th { background: #10304a; color: #fff; padding: 5pt; font-weight: normal; text-align: left; }
td { border-bottom: 0.7pt solid #b9d7ea; padding: 5pt; text-align: left; }
td.r, th.r { text-align: right; }
.tot { font-family: 'DejaVu Sans'; font-size: 10.5pt; margin-top: 12pt; }
.ap { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #456; margin-top: 10pt; }
.sigs { position: absolute; left: 1.1in; right: 1.1in; bottom: 1.05in; display: flex; justify-content: space-between;
        font-family: 'DejaVu Sans'; font-size: 8.5pt; text-align: center; }
.sigs div { width: 2.3in; border-top: 0.8pt solid #10304a; padding-top: 3pt; }
.sp { position: absolute; bottom: 0.65in; left: 0; right: 0; text-align: center; font-family: 'DejaVu Sans'; font-size: 7pt; color: #789; }
"""
    body = """
<div class="outer"></div><div class="inner"></div>
<div class="c">
<svg class="bird" viewBox="0 0 120 55"><path d="M5 30 Q 30 5, 60 28 Q 90 5, 115 30 Q 90 18, 60 38 Q 30 18, 5 30 Z" fill="#1f6f9f"/></svg>
<div class="org">OSPREY BAY CHAPTER OF MEDICAL ASSISTANTS</div>
<h1>Certificate of Attendance</h1>
<div class="d">This is to certify that</div>
<div class="n">Philippa Anand-Whitlock, CMA (AAMA)</div>
<div class="d">attended the</div>
<div class="t">Spring Skills Workshop 2026</div>
<div class="d">Saturday, April 25, 2026 &middot; Check-in 7:30 AM &middot; Gullwing Community Center</div>
<table>
<tr><th>Session</th><th>Category</th><th class="r">AAMA CEU</th></tr>
<tr><td>Suture and Staple Removal</td><td>Clinical</td><td class="r">1.0</td></tr>
<tr><td>Medical Records Release Requests</td><td>Administrative</td><td class="r">1.0</td></tr>
<tr><td>Orthostatic Vital Signs</td><td>Clinical</td><td class="r">0.5</td></tr>
</table>
<div class="tot">Total: 2.5 AAMA CEUs &nbsp;(1.5 clinical, 1.0 administrative)</div>
<div class="ap">This workshop has been approved by the American Association of Medical Assistants for 2.5 CEUs.</div>
</div>
<div class="sigs"><div>Chapter President</div><div>CEU Coordinator</div></div>
<div class="sp">Breakfast sponsored by Tidewell Medical Staffing</div>
"""
    return page_html(body, css, "letter", "Certificate")


@cert("30-bramblewood-urine-drug-screen-nha.pdf", "pdf",
      E("Specimen Collection for Urine Drug Screening", "Bramblewood Career Academy",
        "2024-07-08", "1.0", "nha_credit", False, None),
      "NHA CE credits, explicitly not AAMA; 'Jul 8, 2024' with printed date next day; "
      "course code prefix before title")
def c30(path):
    c = newc(path, LAND, "Certificate")
    w, h = LAND
    berry = HexColor("#6a1b4d")
    c.setFillColor(HexColor("#fbf3f7"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(berry)
    c.rect(0, 0, w, 70, stroke=0, fill=1)
    c.setFillColor(white)
    c.rect(36, 36, w - 72, h - 72, stroke=0, fill=1)
    # berries logo
    for dx, dy, r in [(0, 0, 9), (14, 4, 8), (6, 14, 8), (-8, 12, 7)]:
        c.setFillColor(berry)
        c.circle(80 + dx, h - 90 + dy, r, stroke=0, fill=1)
    txt(c, 110, h - 84, "Bramblewood Career Academy", "Helvetica-Bold", 17, berry)
    txt(c, w - 70, h - 84, "Online CE Center", "Helvetica", 10, HexColor("#8a5c78"), "r")
    txt(c, 70, h - 160, "Certificate of Completion", "Times-Roman", 30, HexColor("#2b1020"))
    txt(c, 70, h - 196, "Awarded to", "Helvetica", 10, HexColor("#8a5c78"))
    txt(c, 70, h - 220, "Leocadia Brightwell-Osei", "Helvetica-Bold", 19)
    txt(c, 70, h - 254, "Course", "Helvetica", 10, HexColor("#8a5c78"))
    rich(c, 70, h - 278, [("BCA-UDS-12  ", "Courier"),
                          ("Specimen Collection for Urine Drug Screening", "Helvetica-Bold")],
         16, berry)
    rows = [("Completed", "Jul 8, 2024"), ("NHA CE Credits", "1.0"), ("Printed", "Jul 9, 2024")]
    x = 70
    for k, v in rows:
        txt(c, x, h - 330, k, "Helvetica", 9, HexColor("#8a5c78"))
        txt(c, x, h - 350, v, "Helvetica-Bold", 14)
        x += 170
    para(c, 70, h - 392, "This program is approved by the National Healthcareer Association "
         "(NHA) for 1.0 CE credit. It is not approved for AAMA CEUs.", "Helvetica", 9.5, 560,
         color=HexColor("#444444"))
    sigblock(c, w - 290, 130, 200, ["Odette Ramsbottom", "Director of Online Learning"], 301,
             "Helvetica", 9)
    c.showPage()
    c.save()


@cert("31-sapphirecoast-growth-charts-session.pdf", "pdf",
      E("Pediatric Growth Charts and Developmental Screening",
        "Sapphire Coast Society of Medical Assistants", "2024-10-18", "1.0", "aama_ceu", True,
        "clinical"),
      "single-session certificate inside a two-day conference: session day is the first day; "
      "event name in header; provider only in 'Hosted by'; session time")
def c31(path):
    c = newc(path, LETTER, "Session Certificate")
    w, h = LETTER
    sap = HexColor("#0f52ba")
    c.setFillColor(HexColor("#e9f0fb"))
    c.rect(0, h - 170, w, 170, stroke=0, fill=1)
    # gem logo
    c.setFillColor(sap)
    p = c.beginPath()
    p.moveTo(w / 2 - 18, h - 50); p.lineTo(w / 2 + 18, h - 50); p.lineTo(w / 2 + 28, h - 62)
    p.lineTo(w / 2, h - 92); p.lineTo(w / 2 - 28, h - 62); p.close()
    c.drawPath(p, stroke=0, fill=1)
    txt(c, w / 2, h - 120, "Sapphire Coast Medical Assisting Conference 2024", "Helvetica-Bold",
        16, HexColor("#0b2e6b"), "c")
    txt(c, w / 2, h - 138, "October 18\u201319, 2024  \u00b7  Bayfront Inn, Cove Harbor",
        "Helvetica", 10.5, HexColor("#3d5a8a"), "c")
    txt(c, w / 2, h - 156, "Hosted by the Sapphire Coast Society of Medical Assistants",
        "Helvetica-Oblique", 9.5, HexColor("#3d5a8a"), "c")
    txt(c, w / 2, h - 230, "SESSION ATTENDANCE CERTIFICATE", "Helvetica-Bold", 20,
        HexColor("#0b2e6b"), "c")
    txt(c, w / 2, h - 276, "Nikolai Esperanza-Whitfield, CMA (AAMA)", "Times-Bold", 20, black, "c")
    txt(c, w / 2, h - 310, "attended the following session in full:", "Helvetica", 11,
        HexColor("#444444"), "c")
    c.setStrokeColor(sap)
    c.setLineWidth(1)
    c.roundRect(70, h - 430, w - 140, 100, 8, stroke=1, fill=0)
    txt(c, 90, h - 356, "Session:", "Helvetica", 10, HexColor("#3d5a8a"))
    txt(c, 90, h - 378, "Pediatric Growth Charts and Developmental Screening", "Helvetica-Bold",
        14.5, sap)
    txt(c, 90, h - 400, "Session date: Friday, October 18, 2024, 2:00\u20133:00 PM  \u00b7  "
        "Room: Coral B", "Helvetica", 10)
    txt(c, 90, h - 418, "Speaker: Dr. Aurelio Santangelo, FAAP", "Helvetica", 10)
    txt(c, w / 2, h - 470, "1.0 clinical AAMA CEU", "Helvetica-Bold", 15, black, "c")
    txt(c, w / 2, h - 488, "This session has been approved by the American Association of "
        "Medical Assistants.", "Helvetica", 9, HexColor("#444444"), "c")
    sigblock(c, w / 2, 140, 220, ["Conference Chair", "Sapphire Coast Medical Assisting "
                                  "Conference"], 311, "Helvetica", 8.5, align="c")
    txt(c, 40, 40, "Badge #SC24-0382", "Helvetica", 7.5, HexColor("#888888"))
    c.showPage()
    c.save()


@cert("32-thistledown-records-requests-iacet.pdf", "pdf",
      E("Responding to Medical Records Requests",
        "Thistledown Institute for Healthcare Training", "2023-03-30", "0.1", "iacet_ceu",
        False, None),
      "IACET 0.1 CEU with 1.0 contact hour; retention instruction with years; two signatures; "
      "thistle drawn in SVG", html=True)
def c32():
    css = """
body { font-family: 'DejaVu Sans Condensed', sans-serif; color: #3c1f4a; background: #faf7fc; }
.frame { position: absolute; inset: 0.5in; border: 1pt solid #8e6aa6; }
.frame:before { content: ''; position: absolute; inset: 6pt; border: 3pt double #8e6aa6; }
.c { position: absolute; left: 1in; right: 1in; top: 0.95in; text-align: center; }
.org { font-size: 17pt; font-weight: bold; letter-spacing: 0.5pt; }
.sub { font-size: 9pt; color: #7d5a94; }
h1 { font-family: 'DejaVu Serif'; font-size: 30pt; font-weight: normal; margin: 0.5in 0 0.2in; }
.p { font-size: 11pt; color: #6a4a80; }
.n { font-family: 'DejaVu Serif'; font-size: 23pt; margin: 10pt 0 18pt; }
.t { font-size: 19pt; font-weight: bold; margin: 8pt 0 22pt; }
.box { display: inline-block; border: 1pt solid #c7b3d6; padding: 10pt 18pt; font-size: 12pt; }
.d { margin-top: 18pt; font-size: 11pt; }
.iacet { margin: 22pt auto 0; font-size: 8.3pt; width: 5.4in; line-height: 1.45; color: #5a4468; }
.sigs { position: absolute; left: 1.2in; right: 1.2in; bottom: 1.2in; display: flex; justify-content: space-between; font-size: 8.5pt; text-align: center; }
.sigs div { width: 2.4in; border-top: 0.8pt solid #3c1f4a; padding-top: 3pt; }
.ret { position: absolute; bottom: 0.75in; left: 0; right: 0; text-align: center; font-size: 7pt; color: #9a83ab; }
"""
    body = """
<div class="frame"></div>
<div class="c">
<svg width="60" height="70" viewBox="0 0 60 70"><path d="M30 68 V36" stroke="#5b7f3a" stroke-width="3"/>
<ellipse cx="30" cy="28" rx="14" ry="11" fill="#7d9b4f"/><path d="M18 20 L20 4 L25 18 L30 2 L35 18 L40 4 L42 20 Z" fill="#8e5bb5"/></svg>
<div class="org">Thistledown Institute for Healthcare Training</div>
<div class="sub">An IACET Accredited Provider</div>
<h1>Certificate of Completion</h1>
<div class="p">This certifies that</div>
<div class="n">Gwendolyn Abiodun-Marsh</div>
<div class="p">has completed</div>
<div class="t">Responding to Medical Records Requests</div>
<div class="box">CEUs: 0.1 &nbsp;|&nbsp; Contact Hours: 1.0</div>
<div class="d">Date of completion: 03/30/2023</div>
<div class="iacet">Thistledown Institute for Healthcare Training is accredited by the International Accreditors for
Continuing Education and Training (IACET) and is authorized to issue the IACET CEU.</div>
</div>
<div class="sigs"><div>Course Facilitator</div><div>Director of Training</div></div>
<div class="ret">Retain this certificate for at least four years. Record TIHT-23-0330-118.</div>
"""
    return page_html(body, css, "letter", "Certificate")


# ========================================================================================
# phone photos
# ========================================================================================
@cert("33-tallgrass-spring-meeting-split-photo.jpg", "image",
      E("2024 Spring Educational Meeting", "Tallgrass State Society of Medical Assistants",
        "2024-04-13", "3.0", "aama_ceu", True, None, {"clinical": "2.0", "general": "1.0"}),
      "phone photo on a wooden table; per-session table with categories; clinical/general "
      "split with total; single-day meeting; registration fee receipt line",
      post=P(tilt=-3.5, persp=0.06, bg="wood", light=0.3, blur=0.7, long_px=2000, q=85))
def c33(path):
    c = newc(path, LETTER)
    w, h = LETTER
    wheat = HexColor("#a67c00")
    c.setStrokeColor(wheat)
    c.setLineWidth(2.5)
    c.rect(28, 28, w - 56, h - 56, stroke=1, fill=0)
    # wheat stalks
    c.setStrokeColor(HexColor("#c9a227"))
    c.setLineWidth(1.2)
    for i in range(5):
        x = w / 2 - 24 + i * 12
        c.line(x, h - 110, x + (i - 2) * 3, h - 60)
        for j in range(4):
            c.ellipse(x + (i - 2) * 2.2 - 3, h - 78 + j * 5, x + (i - 2) * 2.2 + 3, h - 72 + j * 5,
                      stroke=1, fill=0)
    txt(c, w / 2, h - 136, "TALLGRASS STATE SOCIETY OF MEDICAL ASSISTANTS", "Helvetica-Bold",
        14, HexColor("#5c4300"), "c")
    txt(c, w / 2, h - 186, "Certificate of Attendance", "Times-Bold", 28, black, "c")
    txt(c, w / 2, h - 218, "Lorraine Cheng-Abernathy, CMA (AAMA)", "Times-Italic", 19, black, "c")
    txt(c, w / 2, h - 244, "attended the", "Times-Roman", 12, black, "c")
    txt(c, w / 2, h - 272, "2024 Spring Educational Meeting", "Times-Bold", 20, wheat, "c")
    txt(c, w / 2, h - 294, "Saturday, April 13, 2024  \u00b7  Prairie Crossing Hotel, Wichell",
        "Times-Roman", 11.5, black, "c")
    rows = [["Session", "Category", "CEU"],
            ["Hypertension Management Updates", "Clinical", "1.0"],
            ["Medication Reconciliation at Rooming", "Clinical", "1.0"],
            ["Civility in the Workplace", "General", "1.0"]]
    y = cell_table(c, 110, h - 320, [250, 90, 50], rows, "Helvetica", 10,
                   head_font="Helvetica-Bold", head_fill=HexColor("#f1e6c6"), pad=5,
                   line_col=HexColor("#a67c00"), aligns=["l", "l", "r"])
    txt(c, w / 2, y - 24, "Total AAMA CEUs: 3.0  (2.0 Clinical + 1.0 General)", "Helvetica-Bold",
        11.5, black, "c")
    txt(c, w / 2, y - 42, "Approved by the American Association of Medical Assistants.",
        "Helvetica", 9, HexColor("#444444"), "c")
    sigblock(c, 90, 130, 180, ["Maribel Ostrander, CMA (AAMA)", "TSSMA President"], 331,
             "Helvetica", 9)
    sigblock(c, w - 270, 130, 180, ["Keaton Frisby, CMA (AAMA)", "CEU Chair"], 332, "Helvetica", 9)
    txt(c, w / 2, 60, "Registration fee received 03/29/2024  \u00b7  Receipt #TG-2024-0177",
        "Helvetica", 7.5, HexColor("#777777"), "c")
    c.showPage()
    c.save()


@cert("34-aha-heartsaver-card-photo.jpg", "image",
      E("Heartsaver First Aid CPR AED", "American Heart Association", "2026-01-20", "1",
        "cpr_card", False, "clinical"),
      "photo of a wallet card on a granite counter; training center name larger than provider; "
      "course completion vs recommended renewal month", dpi=600,
      post=P(tilt=6.0, persp=0.05, bg="granite", fill=0.7, light=0.35, blur=0.9,
             long_px=2000, q=82, shadow=0.25))
def c34(path):
    c = newc(path, CARD)
    w, h = CARD
    red = HexColor("#c8102e")
    c.setFillColor(white)
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(red)
    c.rect(0, h - 34, w, 34, stroke=0, fill=1)
    hx, hy = 18, h - 17
    c.setFillColor(white)
    p = c.beginPath()
    p.moveTo(hx, hy - 8)
    p.curveTo(hx - 12, hy, hx - 7, hy + 10, hx, hy + 4)
    p.curveTo(hx + 7, hy + 10, hx + 12, hy, hx, hy - 8)
    c.drawPath(p, stroke=0, fill=1)
    txt(c, 32, h - 15, "American Heart Association", "Helvetica-Bold", 8.5, white)
    txt(c, 32, h - 26, "Heartsaver First Aid CPR AED", "Helvetica", 7.5, white)
    txt(c, 10, h - 50, "Wexford Lifesaving Education", "Helvetica-Bold", 9)
    txt(c, 10, h - 60, "Training Center", "Helvetica", 5.5, HexColor("#666666"))
    txt(c, 10, h - 78, "Dolores Amankwah", "Helvetica-Bold", 9.5)
    para(c, 10, h - 88, "has successfully completed the cognitive and skills evaluations in "
         "accordance with the curriculum of the American Heart Association Heartsaver First Aid "
         "CPR AED Program.", "Helvetica", 5, w - 20, lead=6)
    txt(c, 10, 20, "Course Completion Date", "Helvetica", 5, HexColor("#666666"))
    txt(c, 10, 10, "01/20/2026", "Helvetica-Bold", 7.5)
    txt(c, 120, 20, "Recommended Renewal Date", "Helvetica", 5, HexColor("#666666"))
    txt(c, 120, 10, "01/2028", "Helvetica-Bold", 7.5)
    c.showPage()
    c.save()


@cert("35-copperline-claim-denials-nha-photo.png", "image",
      E("Medical Office Billing: Claim Denials and Appeals", "Copperline Healthcare Learning",
        "2025-10-30", "2.0", "nha_credit", False, None),
      "PNG phone photo on a desk; NHA credits; 'Oct 30 2025' style; enrollment and "
      "expiration-of-access dates; title in capitals", html=True,
      post=P(tilt=2.0, persp=0.04, bg="desk", light=0.2, blur=0.6, long_px=1600, fmt="png",
             noise=2.5))
def c35():
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #3b2a1a; background: #fff; }
.top { position: absolute; left: 0; right: 0; top: 0; height: 0.18in; background: #b87333; }
.logo { position: absolute; left: 0.7in; top: 0.55in; display: flex; gap: 10pt; align-items: center; }
.coin { width: 0.55in; height: 0.55in; border-radius: 50%; background: radial-gradient(circle at 35% 35%, #e3a86b, #8c4f1d); }
.logo b { font-size: 18pt; display: block; }
.logo span { font-size: 9pt; color: #8c5a2b; }
.c { position: absolute; left: 0.7in; right: 0.7in; top: 1.9in; }
h1 { font-size: 13pt; letter-spacing: 4pt; color: #8c5a2b; margin: 0; }
.n { font-family: 'DejaVu Serif'; font-size: 26pt; margin: 12pt 0 16pt; }
.t { font-size: 18pt; font-weight: bold; text-transform: uppercase; line-height: 1.3; width: 7in; }
.facts { display: flex; gap: 0.5in; margin-top: 24pt; font-size: 12pt; }
.facts span { display: block; font-size: 8pt; color: #8c5a2b; letter-spacing: 1pt; }
.nha { margin-top: 24pt; font-size: 10pt; width: 7.5in; line-height: 1.45; }
.foot { position: absolute; left: 0.7in; right: 0.7in; bottom: 0.5in; font-size: 8pt; color: #8c7a6a; display: flex; justify-content: space-between; }
"""
    body = """
<div class="top"></div>
<div class="logo"><div class="coin"></div><div><b>Copperline Healthcare Learning</b><span>Online CE for allied health</span></div></div>
<div class="c">
<h1>CERTIFICATE OF COMPLETION</h1>
<div class="n">Jaroslav Mbatha-Quinlan</div>
<div class="t">Medical Office Billing: Claim Denials and Appeals</div>
<div class="facts"><div><span>ENROLLED</span>Oct 02 2025</div><div><span>COMPLETED</span>Oct 30 2025</div>
<div><span>NHA CE CREDITS</span>2.0</div><div><span>ACCESS EXPIRES</span>Apr 02 2026</div></div>
<div class="nha">This course has been approved by the National Healthcareer Association (NHA) for 2.0 continuing
education credits toward NHA certification renewal.</div>
</div>
<div class="foot"><span>Certificate CHL-25-30991</span><span>copperline-learn.com</span></div>
"""
    return page_html(body, css, "land", "Certificate")


@cert("36-arvelle-inhaler-lunch-learn-photo.jpg", "image",
      E("Inhaler Technique Coaching with the Breathlyn Respimist", "Arvelle Biosciences, Inc.",
        "2024-02-06", None, None, False, None),
      "phone photo with a hand/phone shadow; pharma lunch-and-learn, no CE credit; presenter "
      "is a sales representative; clinic name; promo code with date",
      post=P(tilt=-5.0, persp=0.07, bg="desk", light=0.35, shadow=0.45, blur=0.8,
             long_px=2000, q=80))
def c36(path):
    c = newc(path, LETTER)
    w, h = LETTER
    vio = HexColor("#5a4fcf")
    c.setFillColor(HexColor("#f4f3ff"))
    c.rect(0, 0, w, 140, stroke=0, fill=1)
    c.setFillColor(vio)
    c.circle(70, h - 70, 18, stroke=0, fill=1)
    c.setFillColor(HexColor("#9d96ef"))
    c.circle(84, h - 62, 12, stroke=0, fill=1)
    txt(c, 100, h - 66, "Arvelle Biosciences, Inc.", "Helvetica-Bold", 16, vio)
    txt(c, 100, h - 80, "Respiratory Franchise", "Helvetica", 9, HexColor("#6b6b8a"))
    txt(c, 56, h - 150, "Certificate of Attendance", "Helvetica-Bold", 26, HexColor("#23215a"))
    txt(c, 56, h - 172, "Lunch & Learn Program", "Helvetica", 12, HexColor("#6b6b8a"))
    txt(c, 56, h - 220, "Attendee:", "Helvetica", 10, HexColor("#6b6b8a"))
    txt(c, 140, h - 220, "Wilhelmina Sato-Greer, CMA (AAMA)", "Helvetica-Bold", 13)
    txt(c, 56, h - 250, "Program:", "Helvetica", 10, HexColor("#6b6b8a"))
    txt(c, 140, h - 250, "Inhaler Technique Coaching with the", "Helvetica-Bold", 13)
    txt(c, 140, h - 266, "Breathlyn Respimist", "Helvetica-Bold", 13)
    txt(c, 56, h - 296, "Date:", "Helvetica", 10, HexColor("#6b6b8a"))
    txt(c, 140, h - 296, "February 6, 2024", "Helvetica", 12)
    txt(c, 56, h - 322, "Location:", "Helvetica", 10, HexColor("#6b6b8a"))
    txt(c, 140, h - 322, "Ridgeview Allergy & Asthma, Suite 4", "Helvetica", 12)
    txt(c, 56, h - 348, "Presented by:", "Helvetica", 10, HexColor("#6b6b8a"))
    txt(c, 140, h - 348, "Tobias Renwick, Respiratory Account Specialist", "Helvetica", 12)
    c.setStrokeColor(vio)
    c.setLineWidth(1)
    c.rect(56, h - 430, w - 112, 52, stroke=1, fill=0)
    para(c, 68, h - 398, "This promotional educational program is not accredited, and no "
         "continuing education credit is offered. Meal provided in accordance with applicable "
         "state reporting requirements.", "Helvetica", 9.5, w - 140)
    txt(c, 56, 90, "ARV-BR-US-00871  Revised 11/2023", "Helvetica", 7, HexColor("#6b6b8a"))
    c.showPage()
    c.save()


@cert("37-kinloch-patient-education-lowres-photo.jpg", "image",
      E("Documenting Patient Education in the EHR", "Kinloch Medical Assisting Webinars, LLC",
        "2025-05-21", "1.0", "aama_ceu", True, "general"),
      "low-resolution phone photo (~110 dpi); webinar certificate; 'Air date' and 'Issued' "
      "dates; category spelled in a table cell", html=True,
      post=P(tilt=1.5, persp=0.03, bg="fabric", light=0.25, blur=1.0, long_px=1400, q=72,
             noise=5))
def c37():
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #222; background: #fff; }
.b { position: absolute; inset: 0.35in; border: 8pt solid #2b9348; }
.c { position: absolute; left: 0.9in; right: 0.9in; top: 0.8in; text-align: center; }
.org { font-size: 16pt; font-weight: bold; color: #2b9348; }
h1 { font-size: 32pt; margin: 0.35in 0 0.15in; font-family: 'DejaVu Serif'; font-weight: normal; }
.n { font-size: 24pt; font-weight: bold; margin: 10pt 0; }
.t { font-size: 20pt; color: #2b9348; margin: 10pt 0 18pt; font-weight: bold; }
table { margin: 0 auto; border-collapse: collapse; font-size: 12pt; }
td { border: 1pt solid #999; padding: 5pt 14pt; }
.foot { position: absolute; left: 0.9in; right: 0.9in; bottom: 0.75in; font-size: 9pt; color: #555; text-align: center; }
"""
    body = """
<div class="b"></div>
<div class="c">
<div class="org">Kinloch Medical Assisting Webinars, LLC</div>
<h1>Certificate of Completion</h1>
<div>This certifies that</div>
<div class="n">Delphine Okonkwo-Hart</div>
<div>viewed the live webinar and passed the post-test for</div>
<div class="t">Documenting Patient Education in the EHR</div>
<table><tr><td>Air date</td><td>05/21/2025</td><td>AAMA CEU</td><td>1.0</td></tr>
<tr><td>Issued</td><td>05/23/2025</td><td>Category</td><td>General</td></tr></table>
</div>
<div class="foot">This program has been approved by the American Association of Medical Assistants for 1.0 AAMA CEU.</div>
"""
    return page_html(body, css, "land", "Certificate")


@cert("38-asociacion-suroeste-caidas-minutos-photo.jpg", "image",
      E("Prevención de Caídas en Pacientes Adultos Mayores",
        "Asociación Educativa de Salud del Suroeste", "2025-03-05", "90", "minutes", False,
        None),
      "Spanish; phone photo; 'Duración: 90 minutos' without credit; 'no otorga créditos'; "
      "date '5 de marzo de 2025'; issue date",
      post=P(tilt=4.0, persp=0.05, bg="wood", light=0.3, blur=0.7, long_px=2000, q=84))
def c38(path):
    c = newc(path, LETTER)
    w, h = LETTER
    terra = HexColor("#c0582f")
    c.setFillColor(HexColor("#fdf6ec"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    for i in range(24):  # zig-zag top band
        x = i * w / 24
        c.setFillColor(terra if i % 2 == 0 else HexColor("#e2a05d"))
        p = c.beginPath()
        p.moveTo(x, h); p.lineTo(x + w / 48, h - 24); p.lineTo(x + w / 24, h); p.close()
        c.drawPath(p, stroke=0, fill=1)
    txt(c, w / 2, h - 80, "ASOCIACIÓN EDUCATIVA DE SALUD DEL SUROESTE", "DV-B", 13.5, terra, "c")
    txt(c, w / 2, h - 96, "Programa de Educación Continua  \u00b7  Las Cruces Viejas, NM",
        "DV", 9, HexColor("#6b4a3a"), "c")
    txt(c, w / 2, h - 170, "Certificado de Asistencia", "DVS-B", 28, HexColor("#3a2418"), "c")
    txt(c, w / 2, h - 214, "Se certifica que", "DVS-I", 13, black, "c")
    txt(c, w / 2, h - 246, "Ximena Beltrán Ocampo", "DVS-B", 21, black, "c")
    txt(c, w / 2, h - 278, "asistió a la charla educativa", "DVS-I", 13, black, "c")
    txt(c, w / 2, h - 312, "Prevención de Caídas en Pacientes", "DV-B", 17, terra, "c")
    txt(c, w / 2, h - 334, "Adultos Mayores", "DV-B", 17, terra, "c")
    txt(c, w / 2, h - 376, "celebrada el 5 de marzo de 2025", "DVS", 12.5, black, "c")
    txt(c, w / 2, h - 398, "Duración: 90 minutos", "DVS-B", 12.5, black, "c")
    txt(c, w / 2, h - 430, "Esta actividad es informativa y no otorga créditos de educación "
        "continua.", "DVS-I", 10, HexColor("#6b4a3a"), "c")
    sigblock(c, w / 2, 170, 220, ["Lcda. Rosaura Tapia Ibarra", "Coordinadora de Programas"],
             381, "DV", 9, align="c")
    txt(c, w / 2, 70, "Fecha de emisión: 10 de marzo de 2025", "DV", 8.5, HexColor("#6b4a3a"),
        "c")
    c.showPage()
    c.save()


@cert("39-holloway-stroke-befast-inservice-photo.jpg", "image",
      E("Recognizing Stroke: BE-FAST for Clinic Staff", "Holloway Memorial Hospital",
        "2023-08-10", "1", "contact_hours", False, None),
      "phone photo; hospital nursing education department folded; 'Contact hours: 1'; "
      "sign-in/roster date vs certificate date; colon inside title",
      post=P(tilt=-2.0, persp=0.05, bg="clipboard", light=0.3, blur=0.6, long_px=1900, q=83))
def c39(path):
    c = newc(path, LETTER)
    w, h = LETTER
    navy = HexColor("#003366")
    c.setFillColor(navy)
    c.rect(40, h - 110, w - 80, 70, stroke=0, fill=1)
    txt(c, 60, h - 72, "HOLLOWAY MEMORIAL HOSPITAL", "Helvetica-Bold", 17, white)
    txt(c, 60, h - 92, "Department of Nursing Education & Professional Practice", "Helvetica",
        9.5, HexColor("#cfe0f5"))
    txt(c, w / 2, h - 170, "In-Service Education Certificate", "Helvetica-Bold", 22, navy, "c")
    y = h - 220
    for k, v in [("Name", "Percival Adeyemi-Strand"), ("Position", "Medical Assistant, "
                                                                    "Holloway Neurology Clinic"),
                 ("Program", "Recognizing Stroke: BE-FAST for Clinic Staff"),
                 ("Date", "August 10, 2023"), ("Time", "07:30 \u2013 08:30"),
                 ("Contact hours", "1"), ("Presenter", "Marisa Quon, MSN, RN, SCRN")]:
        txt(c, 70, y, k + ":", "Helvetica", 11, HexColor("#555555"))
        txt(c, 190, y, v, "Helvetica-Bold" if k in ("Program", "Name") else "Helvetica", 12)
        c.setStrokeColor(HexColor("#cccccc"))
        c.setLineWidth(0.5)
        c.line(190, y - 5, w - 70, y - 5)
        y -= 32
    para(c, 70, y - 14, "Attendance verified against the in-service roster dated 08/10/2023. "
         "Retain this certificate in your education file.", "Helvetica", 9, w - 140,
         color=HexColor("#555555"))
    sigblock(c, 70, 130, 200, ["Nurse Educator", "Nursing Education & Professional Practice"],
             391, "Helvetica", 8.5)
    txt(c, w - 70, 60, "Form NE-112 (rev. 04/2022)", "Helvetica", 7, HexColor("#888888"), "r")
    c.showPage()
    c.save()


@cert("40-harrowgate-medical-spanish-iacet-photo.jpg", "image",
      E("Medical Spanish for Clinical Staff, Level I",
        "Harrowgate Continuing Studies Institute", "2024-06-14", "0.3", "iacet_ceu", False,
        None),
      "phone photo; IACET CEUs with contact hours; course dates June 3 - June 14 (last day); "
      "issued date; level number in title", html=True,
      post=P(tilt=3.0, persp=0.06, bg="desk", light=0.25, blur=0.7, long_px=2000, q=84))
def c40():
    css = """
body { font-family: 'DejaVu Serif', serif; color: #2f1e0f; background: #fffaf0; }
.f { position: absolute; inset: 0.45in; border: 2pt solid #7b3f00; outline: 0.8pt solid #7b3f00; outline-offset: -8pt; }
.c { position: absolute; left: 1in; right: 1in; top: 1.0in; text-align: center; }
.org { font-family: 'DejaVu Sans'; font-weight: bold; font-size: 14pt; letter-spacing: 2pt; color: #7b3f00; }
h1 { font-size: 32pt; font-weight: normal; margin: 0.45in 0 0.25in; }
.s { font-style: italic; font-size: 12pt; }
.n { font-size: 24pt; font-weight: bold; margin: 12pt 0; }
.t { font-size: 20pt; font-weight: bold; color: #7b3f00; margin: 10pt 0 16pt; }
.d { font-size: 12pt; line-height: 1.7; }
.cr { margin-top: 16pt; font-family: 'DejaVu Sans'; font-size: 12pt; }
.ia { margin: 18pt auto 0; font-family: 'DejaVu Sans'; font-size: 8.5pt; width: 5.6in; color: #5a4632; line-height: 1.45; }
.sig { position: absolute; bottom: 1.1in; left: 0; right: 0; text-align: center; font-family: 'DejaVu Sans'; font-size: 9pt; }
.sig div { width: 2.6in; border-top: 0.8pt solid #333; margin: 0 auto; padding-top: 3pt; }
.is { position: absolute; bottom: 0.7in; left: 0; right: 0; text-align: center; font-family: 'DejaVu Sans'; font-size: 8pt; color: #7b6a5a; }
"""
    body = """
<div class="f"></div>
<div class="c">
<div class="org">HARROWGATE CONTINUING STUDIES INSTITUTE</div>
<h1>Certificate of Completion</h1>
<div class="s">awarded to</div>
<div class="n">Amadou Kristiansen-Reyes</div>
<div class="s">for completing</div>
<div class="t">Medical Spanish for Clinical Staff, Level I</div>
<div class="d">Evening course held June 3 &ndash; June 14, 2024</div>
<div class="cr">0.3 IACET CEUs &nbsp;/&nbsp; 3.0 contact hours</div>
<div class="ia">Harrowgate Continuing Studies Institute is accredited by the International Accreditors for
Continuing Education and Training (IACET) and offers IACET CEUs for its learning events.</div>
</div>
<div class="sig"><div>Dean, Continuing Studies</div></div>
<div class="is">Issued June 20, 2024 &middot; Cert. HCSI-0614-22</div>
"""
    return page_html(body, css, "letter", "Certificate")


@cert("41-pinebrook-venipuncture-practicum-photo.jpg", "image",
      E("Venipuncture and Capillary Puncture Practicum", "Pinebrook County College",
        "2023-10-28", "8", "contact_hours", False, None),
      "low-ish resolution phone photo (~140 dpi); college continuing-ed division folded; "
      "two Saturdays range; 'Contact Hours: 8'; CRN",
      post=P(tilt=-6.0, persp=0.05, bg="wood", light=0.3, blur=0.9, long_px=1750, q=78))
def c41(path):
    c = newc(path, LAND)
    w, h = LAND
    green = HexColor("#1b4332")
    c.setFillColor(HexColor("#f1f7ee"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    border_double(c, w, h, 24, green, 2.5, 0.8, 6)
    # pine tree logo
    c.setFillColor(green)
    for k in range(3):
        p = c.beginPath()
        p.moveTo(w / 2, h - 50 - k * 10)
        p.lineTo(w / 2 - 16 - k * 4, h - 74 - k * 10)
        p.lineTo(w / 2 + 16 + k * 4, h - 74 - k * 10)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    c.rect(w / 2 - 3, h - 110, 6, 12, stroke=0, fill=1)
    txt(c, w / 2, h - 132, "PINEBROOK COUNTY COLLEGE", "Times-Bold", 20, green, "c")
    txt(c, w / 2, h - 149, "Division of Continuing Education and Community Programs",
        "Times-Italic", 11, HexColor("#40594d"), "c")
    txt(c, w / 2, h - 200, "Certificate of Completion", "Times-Roman", 30, black, "c")
    txt(c, w / 2, h - 236, "Genevieve Oduya-Halvorsen", "Times-Bold", 22, black, "c")
    txt(c, w / 2, h - 262, "has completed the continuing education course", "Times-Italic", 12.5,
        black, "c")
    txt(c, w / 2, h - 292, "Venipuncture and Capillary Puncture Practicum", "Times-Bold", 19,
        green, "c")
    txt(c, w / 2, h - 320, "Saturdays, October 21 and October 28, 2023", "Times-Roman", 12.5,
        black, "c")
    txt(c, w / 2, h - 342, "Contact Hours: 8", "Times-Bold", 13, black, "c")
    txt(c, w / 2, h - 360, "CRN 40771  \u00b7  HLC 190", "Times-Roman", 9, HexColor("#666666"), "c")
    sigblock(c, 120, 110, 190, ["Dean, Continuing Education"], 411, "Times-Roman", 10)
    sigblock(c, w - 310, 110, 190, ["Course Instructor"], 412, "Times-Roman", 10)
    c.showPage()
    c.save()


@cert("42-mesquiteflats-anticoagulation-logo-photo.jpg", "image",
      E("Managing Anticoagulated Patients in Primary Care",
        "Mesquite Flats Chapter of Medical Assistants", "2026-02-19", "1.0", "aama_ceu", True,
        "clinical"),
      "phone photo; provider only as a two-line letter-spaced capital wordmark; 'Thurs., "
      "Feb. 19, 2026'; meeting location; parent society in small print",
      post=P(tilt=2.5, persp=0.08, bg="wood", light=0.35, blur=0.8, long_px=2000, q=82,
             offset=(0.02, -0.01)))
def c42(path):
    c = newc(path, LAND)
    w, h = LAND
    sage = HexColor("#6b705c")
    c.setFillColor(HexColor("#fbf7ee"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setStrokeColor(HexColor("#a5a58d"))
    c.setLineWidth(14)
    c.rect(7, 7, w - 14, h - 14, stroke=1, fill=0)
    # mesquite branch
    c.setStrokeColor(sage)
    c.setLineWidth(1.5)
    c.line(60, h - 100, 110, h - 58)
    for i in range(6):
        c.ellipse(64 + i * 8, h - 92 + i * 6.5, 74 + i * 8, h - 86 + i * 6.5, stroke=1, fill=0)
    spaced(c, 130, h - 74, "MESQUITE FLATS", "Times-Bold", 20, 6, HexColor("#3f4238"))
    spaced(c, 131, h - 92, "CHAPTER OF MEDICAL ASSISTANTS", "Times-Roman", 9, 3.6, sage)
    txt(c, w - 60, h - 80, "Education Meeting", "Times-Italic", 12, sage, "r")
    txt(c, w / 2, h - 170, "Continuing Education Certificate", "Times-Roman", 30,
        HexColor("#3f4238"), "c")
    txt(c, w / 2, h - 210, "Anselmo Rivera-Kaczmarek, CMA (AAMA)", "Times-Bold", 21, black, "c")
    txt(c, w / 2, h - 238, "attended the program", "Times-Italic", 12.5, black, "c")
    txt(c, w / 2, h - 270, "Managing Anticoagulated Patients in Primary Care", "Times-Bold", 20,
        HexColor("#5a3e2b"), "c")
    txt(c, w / 2, h - 298, "Thurs., Feb. 19, 2026  \u00b7  Saguaro Room, Ocotillo Public Library",
        "Times-Roman", 12, black, "c")
    txt(c, w / 2, h - 336, "1.0 AAMA CEU  \u2022  Clinical", "Times-Bold", 15, black, "c")
    txt(c, w / 2, h - 354, "This program has been approved by the American Association of "
        "Medical Assistants.", "Times-Roman", 9.5, HexColor("#555555"), "c")
    sigblock(c, 120, 100, 190, ["Chapter President"], 421, "Times-Roman", 10)
    sigblock(c, w - 310, 100, 190, ["Education Chair"], 422, "Times-Roman", 10)
    txt(c, w / 2, 40, "Affiliated with the Sonoran Plains State Society of Medical Assistants",
        "Times-Italic", 8, HexColor("#777777"), "c")
    c.showPage()
    c.save()


@cert("43-redcross-bls-certificate-photo.png", "image",
      E("Basic Life Support", "American Red Cross", "2025-07-11", "1", "cpr_card", False,
        "clinical"),
      "PNG phone photo; Red Cross BLS; employer-site training provider; completion and "
      "expiration dates; certificate ID", html=True,
      post=P(tilt=-4.0, persp=0.05, bg="fabric", light=0.3, blur=0.7, long_px=1600, fmt="png",
             noise=2.5))
def c43():
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #222; background: #fff; }
.l { position: absolute; left: 0; top: 0; bottom: 0; width: 3.3in; background: #f5f5f5; border-right: 3pt solid #d7141a; padding: 0.7in 0.45in; }
.cross { width: 0.9in; height: 0.9in; position: relative; margin-bottom: 14pt; }
.cross:before { content: ''; position: absolute; left: 0.3in; top: 0; width: 0.3in; height: 0.9in; background: #d7141a; }
.cross:after { content: ''; position: absolute; top: 0.3in; left: 0; height: 0.3in; width: 0.9in; background: #d7141a; }
.l b { font-size: 17pt; display: block; }
.l .f { margin-top: 22pt; font-size: 9pt; line-height: 1.6; }
.l .f span { display: block; color: #777; font-size: 7.5pt; text-transform: uppercase; margin-top: 8pt; }
.r { position: absolute; left: 3.75in; right: 0.6in; top: 1.1in; }
.k { font-size: 11pt; color: #d7141a; letter-spacing: 2pt; }
.n { font-size: 27pt; margin: 14pt 0 10pt; font-family: 'DejaVu Serif'; }
.c { font-size: 24pt; font-weight: bold; margin: 8pt 0 20pt; }
.dd { font-size: 12pt; line-height: 1.9; }
.sm { margin-top: 26pt; font-size: 8pt; color: #666; line-height: 1.5; }
"""
    body = """
<div class="l"><div class="cross"></div><b>American Red Cross</b>Training Services
<div class="f"><span>Training Provider</span>Lakemont Urgent Care &ndash; Staff Education
<span>Instructor</span>Ferdinand Achebe-Lowry<span>Certificate ID</span>02HPL9Q</div></div>
<div class="r">
<div class="k">CERTIFICATE OF COMPLETION</div>
<div class="n">Ottoline Vukovic-Shah</div>
<div>has successfully completed the requirements for</div>
<div class="c">Basic Life Support</div>
<div class="dd">Completion Date: 07/11/2025<br>Expiration Date: 07/11/2027</div>
<div class="sm">Skills and written assessment completed according to American Red Cross standards.
Validate at the Red Cross digital certificate lookup using the certificate ID.</div>
</div>
"""
    return page_html(body, css, "land", "American Red Cross Certificate")


@cert("44-eastlake-cast-care-letter-shadow-photo.jpg", "image",
      E("Cast Care and Splint Application Basics", "Eastlake Orthopaedic Specialists, PLLC",
        "2025-01-09", "2", "contact_hours", False, None),
      "phone photo with a strong shadow; letter on letterhead; amount 'two (2) contact hours'; "
      "letter date; title in quotes",
      post=P(tilt=5.5, persp=0.07, bg="desk", light=0.4, shadow=0.55, blur=0.9, long_px=2000,
             q=80))
def c44(path):
    c = newc(path, LETTER, creator="Microsoft Word")
    w, h = LETTER
    teal = HexColor("#14505c")
    c.setFillColor(teal)
    c.rect(0, h - 14, w, 14, stroke=0, fill=1)
    c.setStrokeColor(teal)
    c.setLineWidth(3)
    c.circle(92, h - 76, 20, stroke=1, fill=0)
    c.line(80, h - 88, 104, h - 64)
    txt(c, 124, h - 70, "Eastlake Orthopaedic Specialists, PLLC", "Helvetica-Bold", 15, teal)
    txt(c, 124, h - 86, "2450 Lakeview Parkway, Building C  \u00b7  Harlan Shores, MI 49417",
        "Helvetica", 8.5, HexColor("#555555"))
    y = h - 150
    txt(c, 72, y, "January 13, 2025", "Times-Roman", 12)
    y -= 40
    txt(c, 72, y, "To Whom It May Concern,", "Times-Roman", 12)
    y -= 28
    for b in ["Please accept this letter as verification that Kwabena Thorsdottir, CMA (AAMA), "
              "completed our staff in-service \u201cCast Care and Splint Application Basics\u201d "
              "on January 9, 2025. The in-service included a hands-on skills station for "
              "fiberglass short-arm casts and posterior splints.",
              "The program provided two (2) contact hours of instruction and was taught by our "
              "senior orthopaedic technologist, Rowan Pellegrini, OTC.",
              "This in-service was not submitted to any certifying body for CEU approval."]:
        y = para(c, 72, y, b, "Times-Roman", 12, w - 144, lead=17) - 14
    txt(c, 72, y - 6, "Respectfully,", "Times-Roman", 12)
    squiggle(c, 78, y - 40, 140, 441, HexColor("#1a237e"), 1.2, 4)
    lines(c, 72, y - 64, ["Imogen Sadowski, MBA", "Practice Administrator"], "Times-Roman", 12,
          15)
    c.showPage()
    c.save()


@cert("45-ridgeback-pediatric-vitals-tilt-photo.jpg", "image",
      E("Pediatric Vital Signs: Getting Accurate Readings", "Ridgeback Clinical Skills Center",
        "2024-11-14", "1.5", "aama_ceu", True, "clinical"),
      "phone photo tilted ~8 degrees; title in quotes; 'keep until' retention date; "
      "completion 11/14/2024", html=True,
      post=P(tilt=8.0, persp=0.05, bg="granite", light=0.3, blur=0.8, long_px=2100, q=83,
             fill=0.8))
def c45():
    css = """
body { font-family: 'DejaVu Sans Condensed', sans-serif; color: #1e1e24; background: #fff; }
.hd { position: absolute; left: 0; right: 0; top: 0; height: 1.35in; background: #92140c; color: #fff8f0; padding: 0.35in 0.7in; }
.hd b { font-size: 22pt; display: block; letter-spacing: 0.5pt; }
.hd span { font-size: 10pt; opacity: 0.85; }
.c { position: absolute; left: 0.7in; right: 0.7in; top: 1.75in; }
h1 { font-size: 30pt; margin: 0 0 14pt; font-family: 'DejaVu Serif'; font-weight: normal; }
.n { font-size: 22pt; font-weight: bold; }
.t { font-size: 19pt; margin: 16pt 0; color: #92140c; }
.g { display: flex; gap: 0.5in; font-size: 12pt; }
.g span { display: block; font-size: 8pt; color: #777; letter-spacing: 1pt; }
.ap { margin-top: 22pt; font-size: 10pt; }
.keep { position: absolute; left: 0.7in; bottom: 0.5in; font-size: 8pt; color: #888; }
.sig { position: absolute; right: 0.8in; bottom: 0.9in; width: 2.5in; text-align: center; font-size: 9pt; border-top: 0.8pt solid #333; padding-top: 3pt; }
"""
    body = """
<div class="hd"><b>Ridgeback Clinical Skills Center</b><span>Hands-on refreshers for ambulatory care teams</span></div>
<div class="c">
<h1>Certificate of Completion</h1>
<div class="n">Seraphina Odum-Lindqvist</div>
<div class="t">&ldquo;Pediatric Vital Signs: Getting Accurate Readings&rdquo;</div>
<div class="g"><div><span>COMPLETED</span>11/14/2024</div><div><span>AAMA CEUs</span>1.5</div>
<div><span>CATEGORY</span>Clinical</div><div><span>FORMAT</span>Skills lab</div></div>
<div class="ap">This program has been approved by the American Association of Medical Assistants for 1.5 clinical CEUs.</div>
</div>
<div class="sig">Lab Director</div>
<div class="keep">Keep this certificate until 11/2029 for audit purposes.</div>
"""
    return page_html(body, css, "land", "Certificate")


@cert("46-calloway-autoclave-inservice-photo.jpg", "image",
      E("Autoclave Loading, Cycle Selection, and Spore Testing",
        "Calloway Sterilization Systems, Inc.", "2025-08-28", None, None, False, None),
      "phone photo; device vendor in-service, no credit; service ticket date and warranty "
      "date nearby; field engineer as presenter",
      post=P(tilt=-1.5, persp=0.09, bg="clipboard", light=0.3, blur=0.7, long_px=1900, q=84))
def c46(path):
    c = newc(path, LAND)
    w, h = LAND
    steel = HexColor("#4a5a6a")
    c.setFillColor(HexColor("#eef1f4"))
    c.rect(0, h - 100, w, 100, stroke=0, fill=1)
    c.setFillColor(steel)
    c.roundRect(44, h - 80, 54, 40, 5, stroke=0, fill=1)
    c.setFillColor(white)
    c.circle(71, h - 60, 12, stroke=0, fill=1)
    c.setFillColor(steel)
    c.circle(71, h - 60, 7, stroke=0, fill=1)
    txt(c, 112, h - 58, "Calloway Sterilization Systems, Inc.", "Helvetica-Bold", 16, steel)
    txt(c, 112, h - 74, "Field Service & Customer Training", "Helvetica", 9, HexColor("#6a7a8a"))
    txt(c, 50, h - 150, "Operator In-Service Acknowledgment", "Helvetica-Bold", 22,
        HexColor("#1f2933"))
    rows = [["Topic", "Autoclave Loading, Cycle Selection, and Spore Testing"],
            ["Equipment", "Calloway SteriCore 18 tabletop autoclave, S/N SC18-22-04187"],
            ["Trainee", "Hyacinth Abernathy-Ruiz, RMA"],
            ["Facility", "Brookhollow Dermatology, Procedure Room 2"],
            ["In-service date", "08/28/2025"],
            ["Service ticket", "FS-250826-113 (opened 08/26/2025)"],
            ["Warranty through", "08/2027"],
            ["Trainer", "Desmond Achterberg, Field Service Engineer"]]
    cell_table(c, 50, h - 176, [150, 540], rows, "Helvetica", 10.5, pad=6,
               line_col=HexColor("#b0bac5"), fills=[HexColor("#f7f9fb")] * 8)
    txt(c, 50, 110, "Product training only. No continuing education credit is provided.",
        "Helvetica-Oblique", 9.5, HexColor("#555555"))
    sigblock(c, 50, 60, 200, ["Trainee signature"], 461, "Helvetica", 8.5)
    sigblock(c, w - 260, 60, 200, ["Calloway field engineer"], 462, "Helvetica", 8.5)
    c.showPage()
    c.save()


@cert("47-redmesa-fall-conference-sessions-photo.jpg", "image",
      E("2023 Fall Conference", "Red Mesa State Society of Medical Assistants", "2023-10-21",
        "3.5", "aama_ceu", True, None, {"administrative": "1.5", "general": "2.0"}),
      "slightly blurry phone photo; two-day range; per-session table with administrative and "
      "general; total; hotel venue",
      post=P(tilt=3.0, persp=0.05, bg="wood", light=0.3, blur=1.4, long_px=2000, q=80))
def c47(path):
    c = newc(path, LETTER)
    w, h = LETTER
    rust = HexColor("#9c3d1a")
    c.setFillColor(rust)
    p = c.beginPath()
    p.moveTo(0, h); p.lineTo(w, h); p.lineTo(w, h - 70); p.lineTo(w / 2 + 60, h - 70)
    p.lineTo(w / 2 + 30, h - 100); p.lineTo(w / 2 - 30, h - 100); p.lineTo(w / 2 - 60, h - 70)
    p.lineTo(0, h - 70); p.close()
    c.drawPath(p, stroke=0, fill=1)
    txt(c, w / 2, h - 40, "RED MESA STATE SOCIETY OF MEDICAL ASSISTANTS", "Helvetica-Bold", 14,
        white, "c")
    txt(c, w / 2, h - 150, "2023 Fall Conference", "Times-Bold", 28, rust, "c")
    txt(c, w / 2, h - 172, "October 20\u201321, 2023  \u00b7  Canyon Lodge Hotel, Sandrock",
        "Times-Roman", 12, black, "c")
    txt(c, w / 2, h - 214, "CEU Certificate", "Helvetica", 13, HexColor("#555555"), "c")
    txt(c, w / 2, h - 244, "Marisela Thorne-Okafor, CMA (AAMA)", "Times-BoldItalic", 20, black,
        "c")
    rows = [["Day", "Session", "Category", "CEU"],
            ["Fri", "HIPAA and Social Media", "Administrative", "1.0"],
            ["Fri", "Resilience and Burnout Prevention", "General", "1.0"],
            ["Sat", "Patient Portal Etiquette", "Administrative", "0.5"],
            ["Sat", "Health Literacy in Everyday Practice", "General", "1.0"]]
    y = cell_table(c, 90, h - 276, [40, 250, 100, 42], rows, "Helvetica", 10,
                   head_font="Helvetica-Bold", head_fill=HexColor("#f3ddd3"), pad=5,
                   line_col=HexColor("#c9a090"), aligns=["l", "l", "l", "r"])
    txt(c, w - 90, y - 20, "Administrative 1.5  |  General 2.0  |  Total 3.5 AAMA CEUs",
        "Helvetica-Bold", 10.5, black, "r")
    para(c, 90, y - 50, "This conference has been approved by the American Association of "
         "Medical Assistants for 3.5 CEUs. Attendance verified by badge scan.", "Helvetica", 9,
         w - 180, color=HexColor("#444444"))
    sigblock(c, 90, 120, 180, ["Adelaide Nkemelu, CMA (AAMA)", "RMSSMA President"], 471,
             "Helvetica", 9)
    sigblock(c, w - 270, 120, 180, ["Brandt Okuma, CMA (AAMA)", "CE Chair"], 472, "Helvetica", 9)
    c.showPage()
    c.save()


# ========================================================================================
# scans: copier, grey flatbed, fax
# ========================================================================================
@cert("48-clearbrook-injection-techniques-copier-scan.pdf", "scan",
      E("Injection Techniques: Intradermal, Subcutaneous, and Intramuscular",
        "Clearbrook Clinical Learning Center", "2024-07-25", "2.0", "aama_ceu", True,
        "clinical"),
      "copier scan, image-only PDF; landscape certificate scanned sideways (content rotated "
      "90 degrees); specks; 'July 25th, 2024'; expiry of the approval period nearby",
      post=S(mode="copier", rot=0.7, specks=140, streaks=1, contrast=1.25, paper_tone=250,
             rotate90=True, q=70), dpi=200)
def c48(path):
    c = newc(path, LAND)
    w, h = LAND
    blue = HexColor("#005f73")
    border_double(c, w, h, 30, blue, 3, 1, 6)
    c.setFillColor(blue)
    for i in range(3):
        c.circle(w / 2 - 16 + i * 16, h - 72, 6, stroke=0, fill=1)
    txt(c, w / 2, h - 104, "Clearbrook Clinical Learning Center", "Helvetica-Bold", 18, blue, "c")
    txt(c, w / 2, h - 160, "CERTIFICATE OF COMPLETION", "Times-Bold", 30, black, "c")
    txt(c, w / 2, h - 196, "Lysander Okoro-Bramwell, CMA (AAMA)", "Times-Italic", 21, black, "c")
    txt(c, w / 2, h - 224, "has successfully completed the skills course", "Times-Roman", 12,
        black, "c")
    txt(c, w / 2, h - 256, "Injection Techniques: Intradermal, Subcutaneous, and Intramuscular",
        "Times-Bold", 18, blue, "c")
    txt(c, w / 2, h - 286, "on July 25th, 2024", "Times-Roman", 13, black, "c")
    txt(c, w / 2, h - 322, "Approved for 2.0 AAMA CEUs \u2014 Clinical", "Helvetica-Bold", 13,
        black, "c")
    txt(c, w / 2, h - 340, "AAMA approval #190233, valid for offerings through 06/30/2025",
        "Helvetica", 9, HexColor("#444444"), "c")
    sigblock(c, 130, 110, 180, ["Instructor"], 481, "Helvetica", 9)
    sigblock(c, w - 310, 110, 180, ["Program Coordinator"], 482, "Helvetica", 9)
    c.showPage()
    c.save()


@cert("49-lochmoor-transcript-lab-procedures-flatbed.pdf", "scan",
      E("Clinical Laboratory Procedures", "Lochmoor Community College", "2024-05-10", "4.0",
        "college_credit", False, None),
      "grey flatbed scan, image-only PDF; academic transcript with a single course; term "
      "range (end date is completion); course code column; issued-to-student date; "
      "security-paper background",
      post=S(mode="grey", rot=-0.45, bed_edge=18, paper_tone=238, noise=2.5, q=78), dpi=200)
def c49(path):
    c = newc(path, LETTER)
    w, h = LETTER
    # security-paper background
    c.setStrokeColor(HexColor("#dde6ee"))
    c.setLineWidth(0.4)
    for i in range(0, 80):
        c.line(0, i * 12, w, i * 12 + 60)
    txt(c, w / 2, h - 50, "LOCHMOOR COMMUNITY COLLEGE", "Times-Bold", 16, black, "c")
    txt(c, w / 2, h - 66, "Office of Records and Registration  \u00b7  Lochmoor, Iowa",
        "Times-Roman", 9, black, "c")
    txt(c, w / 2, h - 90, "ACADEMIC TRANSCRIPT", "Times-Bold", 12, black, "c")
    lines(c, 50, h - 120, ["Name: Bettina Olawale-Sorensen", "ID: 7700-31842",
                           "Program: Non-Degree"], "Courier", 9)
    lines(c, w - 50, h - 120, ["Issued to Student: 06/17/2024", "Page 1 of 1"], "Courier", 9,
          align="r")
    y = h - 180
    for x, v in zip([50, 110, 340, 400, 460], ["Crse", "Title", "Grd", "Cr", "QP"]):
        txt(c, x, y, v, "Courier-Bold", 8, HexColor("#555555"))
    y -= 18
    txt(c, 50, y, "Spring 2024  01/16/2024 - 05/10/2024", "Courier-Bold", 9)
    y -= 14
    for x, v in zip([50, 110, 340, 400, 460],
                    ["MA 142", "Clinical Laboratory Procedures", "B+", "4.0", "13.2"]):
        txt(c, x, y, v, "Courier", 9)
    y -= 24
    txt(c, 50, y, "Term credits earned: 4.0   Term GPA: 3.300", "Courier", 9)
    txt(c, 50, y - 14, "Cumulative credits earned: 4.0   Cumulative GPA: 3.300", "Courier", 9)
    txt(c, 50, y - 40, "Non-degree seeking (continuing education enrolment)", "Courier", 8,
        HexColor("#555555"))
    txt(c, w / 2, 60, "Registrar: Cornelius Featherstone-Abara", "Times-Italic", 9, black, "c")
    c.showPage()
    c.save()


@cert("50-tidemark-modifiers-fax.pdf", "scan",
      E("Coding Modifiers 25 and 59: When and Why", "Tidemark Practice Management Seminars",
        "2025-11-13", "1.0", "aama_ceu", True, "administrative"),
      "fax (1-bit, standard resolution) image-only PDF; fax header with its own date and a "
      "short sender name; numbers in title; 'Completion: 11-13-2025'",
      post=S(mode="fax", rot=0.3, header="NOV-18-2025 14:47   FROM: TIDEMARK SEMINARS "
             "(406)555-0110   TO: 5055550188   P.001/001", header_px=24, threshold=150,
             paper_tone=255), dpi=200)
def c50(path):
    c = newc(path, LETTER)
    w, h = LETTER
    c.setLineWidth(2)
    c.line(60, h - 70, w - 60, h - 70)
    txt(c, 60, h - 100, "TIDEMARK", "Helvetica-Bold", 26)
    txt(c, 60, h - 118, "Practice Management Seminars", "Helvetica", 12)
    txt(c, w - 60, h - 100, "Certificate of Completion", "Helvetica", 14, align="r")
    txt(c, 60, h - 190, "Participant:", "Helvetica", 12)
    txt(c, 190, h - 190, "Mireille Castellanos-Yoon", "Helvetica-Bold", 14)
    txt(c, 60, h - 226, "Program:", "Helvetica", 12)
    txt(c, 190, h - 226, "Coding Modifiers 25 and 59: When and Why", "Helvetica-Bold", 14)
    txt(c, 60, h - 262, "Completion:", "Helvetica", 12)
    txt(c, 190, h - 262, "11-13-2025", "Helvetica-Bold", 14)
    txt(c, 60, h - 298, "Credit:", "Helvetica", 12)
    txt(c, 190, h - 298, "1.0 AAMA CEU (Administrative)", "Helvetica-Bold", 14)
    para(c, 60, h - 350, "This program has been granted prior approval by the American "
         "Association of Medical Assistants (AAMA) for 1.0 administrative continuing education "
         "unit. Granting of prior approval in no way constitutes endorsement by the AAMA of the "
         "program content or the program's sponsor.", "Helvetica", 11, w - 120, lead=15)
    sigblock(c, 60, 180, 220, ["Cassius Ormsby, CPC", "Seminar Director"], 501, "Helvetica", 11)
    txt(c, 60, 90, "Questions: 406-555-0110", "Helvetica", 10)
    c.showPage()
    c.save()


@cert("51-wildrose-blood-cultures-nha-copier.pdf", "scan",
      E("Phlebotomy: Special Collections and Blood Cultures", "Wildrose Career Institute",
        "2023-12-07", "2.0", "nha_credit", False, None),
      "copier scan, image-only PDF; NHA CE credits; toner streak; 'Dec 7, 2023'; "
      "certificate expiry line", html=True,
      post=S(mode="copier", rot=-1.1, specks=80, streaks=2, contrast=1.3, paper_tone=248,
             q=72), dpi=200)
def c51():
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #222; background: #fff; }
.f { position: absolute; inset: 0.45in; border: 4pt double #b5179e; }
.rose { position: absolute; left: 0.85in; top: 0.8in; width: 0.8in; height: 0.8in; border-radius: 50%;
        background: radial-gradient(circle, #f72585 0 25%, #b5179e 26% 45%, #7209b7 46% 60%, transparent 61%); }
.org { position: absolute; left: 1.85in; top: 0.95in; font-size: 19pt; font-weight: bold; color: #7209b7; }
.org span { display: block; font-size: 9pt; font-weight: normal; color: #555; }
.c { position: absolute; left: 0.9in; right: 0.9in; top: 2.2in; }
h1 { font-size: 28pt; font-weight: normal; margin: 0 0 16pt; font-family: 'DejaVu Serif'; }
.n { font-size: 21pt; font-weight: bold; }
.t { font-size: 18pt; margin: 14pt 0 18pt; color: #7209b7; }
.g { font-size: 12pt; line-height: 1.8; }
.foot { position: absolute; left: 0.9in; bottom: 0.8in; font-size: 9pt; color: #444; }
"""
    body = """
<div class="f"></div><div class="rose"></div>
<div class="org">Wildrose Career Institute<span>Continuing Education for Allied Health</span></div>
<div class="c">
<h1>Certificate of Completion</h1>
<div class="n">Evangelina Sørby-Adeyemi</div>
<div class="t">Phlebotomy: Special Collections and Blood Cultures</div>
<div class="g">Date completed: Dec 7, 2023<br>NHA CE Credits: 2.0 &mdash; approved by the National Healthcareer Association</div>
</div>
<div class="foot">Certificate no. WCI-231207-44 &middot; This certificate does not expire.</div>
"""
    return page_html(body, css, "land", "Certificate")


@cert("52-saintansgar-med-reconciliation-flatbed.pdf", "scan",
      E("Medication Reconciliation for Ambulatory Staff", "Saint Ansgar Medical Center",
        "2026-09-10", "1.5", "contact_hours", False, None),
      "grey flatbed scan, image-only PDF; hospital clinical-education department folded; "
      "'1.5 contact hours'; posted/filed stamp date",
      post=S(mode="grey", rot=0.6, paper_tone=236, noise=2.2, bed_edge=12, q=78), dpi=200)
def c52(path):
    c = newc(path, LETTER)
    w, h = LETTER
    ink = HexColor("#2c3e50")
    c.setStrokeColor(ink)
    c.setLineWidth(1.2)
    c.circle(80, h - 80, 24, stroke=1, fill=0)
    c.line(80, h - 64, 80, h - 96)
    c.line(64, h - 80, 96, h - 80)
    txt(c, 116, h - 74, "Saint Ansgar Medical Center", "Times-Bold", 18, ink)
    txt(c, 116, h - 92, "Clinical Education Department", "Times-Italic", 11, ink)
    txt(c, w / 2, h - 170, "Certificate of Attendance", "Times-Bold", 26, ink, "c")
    txt(c, w / 2, h - 210, "Ingeborg Achterberg-Mwangi, CCMA", "Times-Roman", 18, black, "c")
    txt(c, w / 2, h - 240, "attended", "Times-Italic", 12, black, "c")
    txt(c, w / 2, h - 270, "Medication Reconciliation for Ambulatory Staff", "Times-Bold", 18,
        ink, "c")
    txt(c, w / 2, h - 300, "September 10, 2026", "Times-Roman", 13, black, "c")
    txt(c, w / 2, h - 324, "1.5 contact hours", "Times-Roman", 13, black, "c")
    sigblock(c, w / 2, 190, 220, ["Clinical Educator"], 521, "Times-Roman", 10, align="c")
    # rubber stamp
    c.saveState()
    c.translate(w - 150, 110)
    c.rotate(12)
    c.setStrokeColor(HexColor("#555555"))
    c.setLineWidth(1.6)
    c.roundRect(-70, -22, 140, 44, 4, stroke=1, fill=0)
    txt(c, 0, 4, "FILED", "Helvetica-Bold", 14, HexColor("#555555"), "c")
    txt(c, 0, -14, "SEP 15 2026", "Helvetica-Bold", 11, HexColor("#555555"), "c")
    c.restoreState()
    c.showPage()
    c.save()


@cert("53-velorin-glucarex-inservice-copier.jpg", "scan",
      E("Storage and Reconstitution of Glucarex Injection", "Velorin Pharma US, Inc.",
        "2023-05-18", None, None, False, None),
      "copier JPEG with toner streaks and specks; pharma in-service, no credit; presenter "
      "and sponsor; revision date in footer", html=True,
      post=S(mode="copier", rot=0.9, specks=220, streaks=4, contrast=1.35, paper_tone=246,
             fmt="jpg", q=75), dpi=200)
def c53():
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #111; background: #fff; }
.hd { margin: 0.7in 0.8in 0; display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2pt solid #0077b6; padding-bottom: 8pt; }
.hd b { font-size: 21pt; color: #0077b6; }
.hd span { font-size: 9pt; color: #555; }
h1 { margin: 0.6in 0.8in 0.2in; font-size: 24pt; font-weight: normal; }
.t { margin: 0 0.8in; font-size: 17pt; font-weight: bold; }
table { margin: 0.3in 0.8in; font-size: 11pt; border-collapse: collapse; }
td { padding: 6pt 18pt 6pt 0; }
td:first-child { color: #555; }
.nc { margin: 0.2in 0.8in; font-size: 10.5pt; border: 1pt solid #999; padding: 8pt; }
.ft { position: absolute; bottom: 0.5in; left: 0.8in; right: 0.8in; font-size: 7.5pt; color: #666; }
"""
    body = """
<div class="hd"><b>Velorin Pharma US, Inc.</b><span>Medical Affairs &middot; Field Education</span></div>
<h1>Certificate of Participation</h1>
<div class="t">Storage and Reconstitution of Glucarex Injection</div>
<table>
<tr><td>Participant</td><td>Quentin Abara-Holmgren, CMA (AAMA)</td></tr>
<tr><td>Date</td><td>05/18/2023</td></tr>
<tr><td>Site</td><td>Lakeshore Endocrine Associates</td></tr>
<tr><td>Educator</td><td>Priyanka Steadman, PharmD, Medical Science Liaison</td></tr>
<tr><td>Format</td><td>Demonstration with diluent kit</td></tr>
</table>
<div class="nc">No continuing education credit is awarded for this program.</div>
<div class="ft">Glucarex is a registered trademark of Velorin Pharma US, Inc. GLX-EDU-0031 rev. 02/2023</div>
"""
    return page_html(body, css, "letter", "Certificate")


@cert("54-aha-bls-card-front-back-flatbed.jpg", "scan",
      E("BLS Provider", "American Heart Association", "2024-03-07", "1", "cpr_card", False,
        "clinical"),
      "grey flatbed JPEG of a physical card, front and back placed crooked on the glass; "
      "training center and instructor on the back; course date vs renew-by",
      post=S(mode="grey", rot=0.0, paper_tone=250, noise=2.0, fmt="jpg", q=82), dpi=300)
def c54(path):
    c = newc(path, LETTER)
    w, h = LETTER
    c.setFillColor(HexColor("#f4f4f2"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    cw, ch = CARD
    red = HexColor("#c8102e")
    # front, slightly rotated
    c.saveState()
    c.translate(60, h - 60 - ch)
    c.rotate(-2.2)
    c.setFillColor(white)
    c.setStrokeColor(HexColor("#bbbbbb"))
    c.roundRect(0, 0, cw, ch, 6, stroke=1, fill=1)
    c.setFillColor(red)
    c.rect(0, ch - 30, cw, 24, stroke=0, fill=1)
    txt(c, 10, ch - 21, "\u2665", "DV-B", 12, white)
    txt(c, 26, ch - 17, "American Heart Association", "Helvetica-Bold", 8, white)
    txt(c, 26, ch - 26, "BLS Provider", "Helvetica-Bold", 7, white)
    txt(c, 10, ch - 50, "Octavio Lindgren-Baptiste", "Helvetica-Bold", 9.5)
    para(c, 10, ch - 62, "has successfully completed the cognitive and skills evaluations in "
         "accordance with the curriculum of the American Heart Association BLS Provider "
         "Program.", "Helvetica", 5.2, cw - 20, lead=6.2)
    for x, k, v in [(10, "Course Date", "03/07/2024"), (92, "Issue Date", "03/12/2024"),
                    (170, "Renew By", "03/2026")]:
        txt(c, x, 24, k, "Helvetica", 5.2, HexColor("#666666"))
        txt(c, x, 13, v, "Helvetica-Bold", 7.5)
    c.restoreState()
    # back
    c.saveState()
    c.translate(335, h - 100 - ch)
    c.rotate(3.1)
    c.setFillColor(white)
    c.setStrokeColor(HexColor("#bbbbbb"))
    c.roundRect(0, 0, cw, ch, 6, stroke=1, fill=1)
    yy = ch - 16
    for k, v in [("Training Center", "Sorrel Creek EMS Training"), ("TC ID", "NE31177"),
                 ("Instructor", "Hamish Odeyemi-Park"), ("eCard Code", "238847110652"),
                 ("Holder's Signature", "")]:
        txt(c, 10, yy, k, "Helvetica", 5.5, HexColor("#666666"))
        txt(c, 10, yy - 8, v, "Helvetica-Bold", 7)
        yy -= 21
    c.restoreState()
    c.showPage()
    c.save()


@cert("55-hawthorne-pediatric-fever-triage-fax.png", "scan",
      E("Telephone Triage Protocols for Pediatric Fever", "Hawthorne Family Health Center",
        "2024-12-12", "1.0", "contact_hours", False, None),
      "1-bit fax PNG with fax header dated later; letter of attendance; '1.0 contact hour'; "
      "letter date; sent from the clinic's billing office",
      post=S(mode="fax", rot=-0.5, header="12/17/2024 09:06 FAX 2175550143  HAWTHORNE FHC "
             "BILLING        \u0040001/001", header_px=24, threshold=150, paper_tone=255,
             fmt="png"), dpi=200)
def c55(path):
    c = newc(path, LETTER)
    w, h = LETTER
    txt(c, w / 2, h - 70, "HAWTHORNE FAMILY HEALTH CENTER", "Times-Bold", 17, black, "c")
    txt(c, w / 2, h - 86, "88 Orchard Street  \u00b7  Millbrae Junction, IL 62704  \u00b7  "
        "(217) 555-0140", "Times-Roman", 9.5, black, "c")
    c.setLineWidth(1)
    c.line(72, h - 96, w - 72, h - 96)
    y = h - 140
    txt(c, 72, y, "December 16, 2024", "Times-Roman", 12)
    y -= 36
    txt(c, 72, y, "Re: Continuing education verification \u2014 Nadia Petrossian-Vale, CMA (AAMA)",
        "Times-Bold", 12)
    y -= 30
    for b in ["Nadia Petrossian-Vale attended our staff education session Telephone Triage "
              "Protocols for Pediatric Fever on Thursday, December 12, 2024. The session was "
              "led by our pediatric nurse practitioner, Elspeth Carrow, APRN.",
              "Credit awarded: 1.0 contact hour. Hawthorne Family Health Center did not seek "
              "AAMA CEU approval for this session.",
              "Please retain this letter with your recertification records."]:
        y = para(c, 72, y, b, "Times-Roman", 12, w - 144, lead=17) - 14
    txt(c, 72, y - 10, "Sincerely,", "Times-Roman", 12)
    squiggle(c, 80, y - 44, 130, 551, black, 1.3, 3)
    lines(c, 72, y - 66, ["Rosalind Keefe, RN, BSN", "Director of Clinical Operations"],
          "Times-Roman", 12, 15)
    c.showPage()
    c.save()


@cert("56-bittersweet-professionalism-fax.png", "scan",
      E("Professionalism and Workplace Communication",
        "Bittersweet Chapter of Medical Assistants", "2023-04-20", "1.5", "aama_ceu", True,
        "general"),
      "1-bit fax PNG of a landscape certificate; fax header with sender and date; decorative "
      "border breaks up in the fax; chapter of an invented state society",
      post=S(mode="fax", rot=0.8, header="APR 24 2023  11:32AM   BITTERSWEET CMA CHAPTER   "
             "6085550177   p.1", header_px=22, threshold=140, paper_tone=255, fmt="png"),
      dpi=200)
def c56(path):
    c = newc(path, LAND)
    w, h = LAND
    border_guilloche(c, w, h, 24, 20, HexColor("#444444"), strands=4, waves=38, lw=0.5)
    txt(c, w / 2, h - 96, "Bittersweet Chapter of Medical Assistants", "Times-Bold", 20, black,
        "c")
    txt(c, w / 2, h - 114, "Wisconsin River Valley District", "Times-Italic", 11, black, "c")
    txt(c, w / 2, h - 170, "Certificate of Attendance", "Times-Roman", 30, black, "c")
    txt(c, w / 2, h - 208, "Rosamund Eze-Halvorsen, CMA (AAMA)", "Times-Bold", 20, black, "c")
    txt(c, w / 2, h - 234, "attended the chapter education program", "Times-Italic", 12, black,
        "c")
    txt(c, w / 2, h - 266, "Professionalism and Workplace Communication", "Times-Bold", 19, black,
        "c")
    txt(c, w / 2, h - 294, "April 20, 2023  \u00b7  Baraboo Hills Inn", "Times-Roman", 13, black,
        "c")
    txt(c, w / 2, h - 330, "Approved for 1.5 AAMA CEUs (General)", "Times-Bold", 14, black, "c")
    sigblock(c, 130, 110, 190, ["Chapter President"], 561, "Times-Roman", 10, sigcol=black)
    sigblock(c, w - 320, 110, 190, ["Continuing Education Chair"], 562, "Times-Roman", 10,
             sigcol=black)
    c.showPage()
    c.save()


@cert("57-puentedesalud-vacunacion-bilingual-copier.jpg", "scan",
      E("Vacunación Infantil: Esquema y Documentación", "Fundación Educativa Puente de Salud",
        "2025-06-07", "1.5", "contact_hours", False, None),
      "copier JPEG; bilingual labels with Spanish-only title; 'Contact hours / Horas de "
      "contacto'; date dd/mm/yyyy (07/06/2025 = 7 June); printed date", html=True,
      post=S(mode="copier", rot=-0.6, specks=90, streaks=1, contrast=1.2, paper_tone=247,
             fmt="jpg", q=78), dpi=200)
def c57():
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #1b263b; background: #fff; }
.f { position: absolute; inset: 0.5in; border: 2pt solid #415a77; border-radius: 14pt; }
.c { position: absolute; left: 0.9in; right: 0.9in; top: 0.9in; text-align: center; }
.bridge { width: 1.6in; height: 0.6in; }
.org { font-size: 16pt; font-weight: bold; }
.h1 { font-size: 25pt; margin-top: 0.4in; font-family: 'DejaVu Serif'; }
.h2 { font-size: 14pt; font-style: italic; color: #415a77; font-family: 'DejaVu Serif'; }
.s { font-size: 10.5pt; color: #555; margin-top: 22pt; }
.n { font-size: 22pt; font-weight: bold; margin-top: 6pt; }
.t { font-size: 19pt; font-weight: bold; color: #415a77; margin-top: 8pt; }
table { margin: 26pt auto 0; font-size: 11.5pt; border-collapse: collapse; }
td { padding: 6pt 12pt; border-bottom: 0.8pt solid #bbb; text-align: left; }
.ft { position: absolute; left: 0.9in; right: 0.9in; bottom: 0.8in; text-align: center; font-size: 8pt; color: #666; }
"""
    body = """
<div class="f"></div>
<div class="c">
<svg class="bridge" viewBox="0 0 160 60"><path d="M5 55 Q 80 -10 155 55" stroke="#415a77" stroke-width="5" fill="none"/>
<path d="M0 55 H160" stroke="#415a77" stroke-width="4"/><path d="M40 30 V55 M80 14 V55 M120 30 V55" stroke="#778da9" stroke-width="3"/></svg>
<div class="org">Fundación Educativa Puente de Salud</div>
<div class="h1">Certificate of Attendance</div>
<div class="h2">Certificado de Asistencia</div>
<div class="s">Awarded to / Otorgado a</div>
<div class="n">Consuelo Ibáñez Whitaker</div>
<div class="s">Course / Curso</div>
<div class="t">Vacunación Infantil: Esquema y Documentación</div>
<table>
<tr><td>Date / Fecha</td><td>07/06/2025</td></tr>
<tr><td>Contact hours / Horas de contacto</td><td>1.5</td></tr>
<tr><td>Location / Lugar</td><td>Salón Comunitario San Isidro, Española, NM</td></tr>
</table>
</div>
<div class="ft">Dates are day/month/year &middot; Las fechas se expresan día/mes/año &middot; Impreso / Printed 09/06/2025</div>
"""
    return page_html(body, css, "letter", "Certificado")


@cert("58-elmsworth-emergency-preparedness-iacet-grey.png", "scan",
      E("Emergency Preparedness in the Medical Office",
        "Elmsworth Center for Professional Learning", "2026-03-19", "0.15", "iacet_ceu", False,
        None),
      "grey PNG scan; IACET 0.15 CEU with 1.5 contact hours; registration and completion "
      "dates in a small table; form number",
      post=S(mode="grey", rot=-0.8, paper_tone=240, noise=2.0, fmt="png", out_scale=0.75),
      dpi=200)
def c58(path):
    c = newc(path, LETTER)
    w, h = LETTER
    elm = HexColor("#386641")
    c.setFillColor(elm)
    c.circle(w / 2, h - 80, 26, stroke=0, fill=1)
    c.setFillColor(white)
    txt(c, w / 2, h - 88, "ECPL", "Helvetica-Bold", 12, white, "c")
    txt(c, w / 2, h - 130, "Elmsworth Center for Professional Learning", "Helvetica-Bold", 16,
        elm, "c")
    txt(c, w / 2, h - 190, "Certificate of Completion", "Times-Roman", 28, black, "c")
    txt(c, w / 2, h - 230, "Barnaby Oyelowo-Lindstrom", "Times-Bold", 20, black, "c")
    txt(c, w / 2, h - 258, "completed the course", "Times-Italic", 12, black, "c")
    txt(c, w / 2, h - 290, "Emergency Preparedness in the Medical Office", "Helvetica-Bold", 17,
        elm, "c")
    rows = [["Registered", "Completed", "IACET CEUs", "Contact hours"],
            ["02/26/2026", "03/19/2026", "0.15", "1.5"]]
    cell_table(c, 126, h - 320, [90, 90, 90, 90], rows, "Helvetica", 10,
               head_font="Helvetica-Bold", pad=6, aligns=["c"] * 4)
    para(c, w / 2, h - 400, "The Elmsworth Center for Professional Learning is an IACET "
         "Accredited Provider and awards IACET CEUs for programs that meet the ANSI/IACET "
         "Standard.", "Helvetica", 9, 420, align="c")
    sigblock(c, w / 2, 160, 220, ["Wilhelmina Farrant, M.Ed.", "Director"], 581, "Helvetica", 9,
             align="c")
    txt(c, 60, 50, "Form ECPL-C3", "Helvetica", 7.5, HexColor("#666666"))
    c.showPage()
    c.save()


CW_SESSIONS = [
    ("5/15", "Opening Keynote: Leading from Any Chair", "General", "1.0"),
    ("5/15", "Prior Authorization Survival Guide", "Administrative", "1.0"),
    ("5/16", "Wound Assessment for the MA", "Clinical", "1.0"),
    ("5/16", "Spirometry Quality Checks", "Clinical", "1.5"),
    ("5/16", "Team Communication Under Pressure", "General", "0.5"),
    ("5/17", "Front Desk Collections", "Administrative", "1.0"),
]


@cert("59-coldwaterbay-annual-conference-2page-copier.pdf", "scan",
      E("46th Annual Conference", "Coldwater Bay State Society of Medical Assistants",
        "2025-05-17", "6.0", "aama_ceu", True, None,
        {"administrative": "2.0", "clinical": "2.5", "general": "1.5"}),
      "two-page copier scan, image-only PDF: certificate then session list; three-day range; "
      "three-way split with total only on page 2; registration date",
      post=S(mode="copier", rot=0.5, specks=60, streaks=1, contrast=1.2, paper_tone=249,
             q=72), dpi=200)
def c59(path):
    c = newc(path, LETTER)
    w, h = LETTER
    sea = HexColor("#1d3557")
    border_double(c, w, h, 30, sea, 2.5, 0.8, 5)
    for i in range(4):
        p = c.beginPath()
        p.moveTo(w / 2 - 50, h - 90 + i * 7)
        p.curveTo(w / 2 - 25, h - 80 + i * 7, w / 2 + 25, h - 100 + i * 7, w / 2 + 50,
                  h - 90 + i * 7)
        c.setStrokeColor(sea)
        c.setLineWidth(1.5)
        c.drawPath(p, stroke=1, fill=0)
    txt(c, w / 2, h - 124, "COLDWATER BAY STATE SOCIETY", "Times-Bold", 18, sea, "c")
    txt(c, w / 2, h - 142, "OF MEDICAL ASSISTANTS", "Times-Bold", 13, sea, "c")
    txt(c, w / 2, h - 206, "Certificate of Attendance", "Times-Roman", 30, black, "c")
    txt(c, w / 2, h - 246, "Thaddeus Obuya-Lindgren, CMA (AAMA)", "Times-BoldItalic", 20, black,
        "c")
    txt(c, w / 2, h - 276, "attended the", "Times-Roman", 12, black, "c")
    txt(c, w / 2, h - 306, "46th Annual Conference", "Times-Bold", 22, sea, "c")
    txt(c, w / 2, h - 330, "May 15 \u2013 17, 2025  \u00b7  Lighthouse Point Resort", "Times-Roman",
        12, black, "c")
    txt(c, w / 2, h - 370, "AAMA CEUs earned are listed on the attached session sheet.",
        "Times-Italic", 11, black, "c")
    sigblock(c, 90, 150, 180, ["President"], 591, "Times-Roman", 10)
    sigblock(c, w - 270, 150, 180, ["CEU Chair"], 592, "Times-Roman", 10)
    c.showPage()
    txt(c, 60, h - 60, "Coldwater Bay State Society of Medical Assistants", "Times-Bold", 13, sea)
    txt(c, 60, h - 78, "46th Annual Conference \u2014 CEU Session Sheet", "Times-Roman", 12)
    txt(c, 60, h - 96, "Attendee: Thaddeus Obuya-Lindgren, CMA (AAMA)   Registered 02/03/2025",
        "Times-Roman", 10)
    rows = [["Date", "Session", "Category", "CEU", "Initials"]]
    rows += [[d, s, cat, ceu, "TOL"] for d, s, cat, ceu in CW_SESSIONS]
    y = cell_table(c, 60, h - 116, [46, 250, 100, 50, 46], rows, "Times-Roman", 10.5,
                   head_font="Times-Bold", pad=5, aligns=["l", "l", "l", "r", "c"])
    y = cell_table(c, 60, y, [396, 50, 46], [["Administrative 2.0   Clinical 2.5   General 1.5"
                                              "      TOTAL", "6.0", ""]], "Times-Bold", 10.5,
                   pad=5, aligns=["r", "r", "c"])
    para(c, 60, y - 26, "This conference has been approved by the American Association of "
         "Medical Assistants (AAMA) for a maximum of 6.0 CEUs. Only sessions initialed above "
         "were attended.", "Times-Roman", 10.5, w - 120)
    c.showPage()
    c.save()


@cert("60-silverbirch-ear-irrigation-pending-copier.jpg", "scan",
      E("Ear Irrigation and Cerumen Management", "Silverbirch Healthcare Educators",
        "2024-09-05", "1.5", "contact_hours", False, None),
      "copier JPEG; AAMA approval requested/pending -> contact hours; 'Sept 5, 2024'; "
      "registration date; course code", html=True,
      post=S(mode="copier", rot=-0.9, specks=110, streaks=2, contrast=1.25, paper_tone=247,
             fmt="jpg", q=74), dpi=200)
def c60():
    css = """
body { font-family: 'DejaVu Sans', sans-serif; color: #222; background: #fff; }
.birch { position: absolute; left: 0; top: 0; bottom: 0; width: 1.0in;
         background: repeating-linear-gradient(180deg, #fff 0 18pt, #333 18pt 21pt, #fff 21pt 40pt, #555 40pt 42pt); border-right: 1pt solid #999; }
.c { position: absolute; left: 1.5in; right: 0.7in; top: 0.7in; }
.org { font-size: 17pt; font-weight: bold; letter-spacing: 0.5pt; }
.org span { display: block; font-size: 9pt; font-weight: normal; color: #666; }
h1 { font-size: 28pt; font-weight: normal; margin: 0.45in 0 0.15in; font-family: 'DejaVu Serif'; }
.n { font-size: 21pt; font-weight: bold; }
.t { font-size: 18pt; margin: 12pt 0 4pt; font-weight: bold; }
.code { font-size: 9pt; color: #666; }
.g { margin-top: 16pt; font-size: 12pt; line-height: 1.8; }
.p { margin-top: 14pt; font-size: 10pt; border: 1pt dashed #555; padding: 7pt 10pt; width: 7.2in; }
"""
    body = """
<div class="birch"></div>
<div class="c">
<div class="org">Silverbirch Healthcare Educators<span>Skills workshops for medical assistants</span></div>
<h1>Certificate of Completion</h1>
<div class="n">Leopold Adebayo-Fairchild</div>
<div class="t">Ear Irrigation and Cerumen Management</div>
<div class="code">Course code SHE-ENT-09</div>
<div class="g">Workshop date: Sept 5, 2024 &nbsp;&middot;&nbsp; Registered: Aug 12, 2024<br>Contact hours: 1.5</div>
<div class="p">AAMA CEU approval has been requested for this program and is pending. This certificate
documents contact hours only.</div>
</div>
"""
    return page_html(body, css, "land", "Certificate")


# ----------------------------------------------------------------------------------------
README_TEMPLATE = """# tune7 — a tuning/training set

{n} invented continuing-education certificates of the kind US medical assistants upload
for recertification, with hand-written labels in `expected.json`. This is a **tuning /
training set**: it may be looked at file by file while improving the certificate reader.

Everything in it was written independently of the reader code and of the other corpora
(only the labelling conventions in `heldout2/README.md`, "How expected.json is written", and
the JSON shape of `heldout3/expected.json` were consulted). All people, organisations,
addresses, products and websites are invented; only AAMA, NHA, AMT, IACET, the American
Heart Association and the American Red Cross are real bodies named the way real
certificates name them.

## How it was made

`make.py` writes every file, `expected.json` and this README:

```
/work/main/.venv/bin/python tests/certificates_world/tune7/make.py
```

It is deterministic (fixed seeds; reportlab `invariant=1`; `/CreationDate` and `/ModDate`
pinned in Chromium-printed PDFs and in Pillow image-only PDFs), so a rerun reproduces the
files byte for byte.

- **Born-digital PDFs** are drawn either with reportlab (built-in Helvetica/Times/Courier
  and DejaVu TTFs; letter-spaced wordmarks drawn glyph by glyph, tables drawn cell by cell,
  guilloche and dotted borders, a raster logo that is not in the text layer, a full-page
  background image) or as HTML/CSS printed by headless Chromium (`--print-to-pdf`).
- **Phone photos** (`.jpg`, `.png`): the page is rendered with `pdftoppm`, warped with a
  perspective transform (keystone plus up to ~8° tilt) onto a generated surface (wood,
  desk, granite, fabric, clipboard), then given a drop shadow, uneven light and vignette,
  optional hand/phone shadow, warm colour cast, blur, sensor noise and JPEG compression;
  a few are low resolution (~110–150 dpi equivalent).
- **Scans**: grey flatbed (paper tone, bed edge, slight rotation), copier (contrast, specks,
  toner streaks, one landscape sheet scanned sideways) and 1-bit fax (standard resolution
  with half the vertical lines, fax header with its own date, dropped lines), saved as
  image-only PDF (one of them two pages), JPEG or PNG.

Content spread: AAMA state-society and chapter meetings/conferences (per-session tables,
split categories), employer LMS records, NHA-approved online CE, IACET providers (CEUs and
contact hours), pharma and device in-services without credit, college continuing education
and transcripts, AHA and Red Cross cards/certificates, CE-subscription webinars, letters of
attendance, Spanish and bilingual certificates, and providers that appear only in a logo,
footer, signature block or accreditation sentence. Traps include issue/print/expiry/
registration/fax dates, "approval pending", "not submitted", NHA/AMT instead of AAMA,
presenters and sponsors near the provider, platform names, course codes, wrapped titles,
amounts in words, in minutes or as "1 hr 30 min", tiny or low-contrast text.

## Counts by kind

| kind | count |
|---|---|
{rows}

| kind | extension | count |
|---|---|---|
{erows}

## Counts by unit

| unit | count |
|---|---|
{urows}

Labels follow the conventions of `heldout2/README.md` ("How expected.json is written")
exactly; `notes` lists what is tricky on each page and is not scored.
"""


if __name__ == "__main__":
    main(sys.argv[1:] or None)
