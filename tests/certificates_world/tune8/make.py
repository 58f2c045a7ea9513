#!/usr/bin/env python3
"""Generate the tune8 certificate tuning corpus.

Usage:
    python make.py [OUTDIR] [--check]

Writes 60 invented CE certificates plus expected.json and README.md into OUTDIR
(default: the directory of this script).  Everything is deterministic: fixed seeds,
reportlab invariant mode, pinned PDF dates for Chromium- and Pillow-written PDFs.
--check additionally extracts the text of every page that was drawn (the final PDF,
or the intermediate vector page of a photo/scan) with pdftotext and verifies that the
labelled title, provider, printed date and amount appear on it.

External tools: pdftoppm / pdftotext (poppler-utils) and headless Chromium.  They are
run one at a time.
"""
import hashlib
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps
from reportlab.lib import colors
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
LETTER = (612.0, 792.0)
LAND = (792.0, 612.0)
CARD = (243.0, 153.0)          # 3.375 x 2.125 in wallet card
DJ = "/usr/share/fonts/truetype/dejavu/"
PINNED_PDF_DATE = b"D:20250601120000+00'00'"
PIL_PDF_DATE = time.struct_time((2025, 6, 1, 12, 0, 0, 6, 152, 0))

# ----------------------------------------------------------------------------- fonts
for _name, _file in [
    ("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
    ("DV-I", "DejaVuSans-Oblique.ttf"), ("DV-BI", "DejaVuSans-BoldOblique.ttf"),
    ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
    ("DVS-I", "DejaVuSerif-Italic.ttf"), ("DVS-BI", "DejaVuSerif-BoldItalic.ttf"),
    ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
    ("DVSC", "DejaVuSerifCondensed.ttf"), ("DVSC-B", "DejaVuSerifCondensed-Bold.ttf"),
    ("DVSC-I", "DejaVuSerifCondensed-Italic.ttf"),
    ("DVL", "DejaVuSans-ExtraLight.ttf"), ("DVM", "DejaVuSansMono.ttf"),
    ("DVM-B", "DejaVuSansMono-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_name, DJ + _file))
from reportlab.lib.fonts import addMapping  # noqa: E402

for fam, r, b, i, bi in [("DV", "DV", "DV-B", "DV-I", "DV-BI"),
                         ("DVS", "DVS", "DVS-B", "DVS-I", "DVS-BI"),
                         ("DVC", "DVC", "DVC-B", "DVC", "DVC-B"),
                         ("DVSC", "DVSC", "DVSC-B", "DVSC-I", "DVSC-B")]:
    addMapping(fam, 0, 0, r)
    addMapping(fam, 1, 0, b)
    addMapping(fam, 0, 1, i)
    addMapping(fam, 1, 1, bi)


def pil_font(name, size):
    return ImageFont.truetype(DJ + name, size)


# ----------------------------------------------------------------------------- drawing helpers
def rgb(h):
    return HexColor(h) if isinstance(h, str) else h


def T(c, x, y, s, font="Helvetica", size=11, color="#000000", align="l"):
    c.setFont(font, size)
    c.setFillColor(rgb(color))
    if align == "c":
        c.drawCentredString(x, y, s)
    elif align == "r":
        c.drawRightString(x, y, s)
    else:
        c.drawString(x, y, s)


def style(font="Helvetica", size=11, leading=None, align="l", color="#000000", **kw):
    al = {"l": TA_LEFT, "c": TA_CENTER, "r": TA_RIGHT, "j": TA_JUSTIFY}[align]
    return ParagraphStyle("s", fontName=font, fontSize=size, leading=leading or size * 1.25,
                          alignment=al, textColor=rgb(color), **kw)


def P(c, markup, x, ytop, w, st):
    """Draw a Paragraph with its top at ytop; return the y of its bottom."""
    p = Paragraph(markup, st)
    _, h = p.wrapOn(c, w, 2000)
    p.drawOn(c, x, ytop - h)
    return ytop - h


def lines(c, text, x, y, w, font, size, leading=None, color="#000000", align="c"):
    """Wrap plain text to width w; draw line by line from baseline y down; return last y."""
    leading = leading or size * 1.2
    out = simpleSplit(text, font, size, w)
    for i, ln in enumerate(out):
        T(c, x, y - i * leading, ln, font, size, color, align)
    return y - (len(out) - 1) * leading


def lines_fixed(c, rows, x, y, font, size, leading=None, color="#000000", align="c"):
    leading = leading or size * 1.2
    for i, ln in enumerate(rows):
        T(c, x, y - i * leading, ln, font, size, color, align)
    return y - (len(rows) - 1) * leading


def spaced(c, s, x, y, font, size, track, color="#000000", align="l", sizes=None):
    """Draw a word mark glyph by glyph with extra tracking (letter-spaced logo)."""
    widths = []
    for i, ch in enumerate(s):
        sz = sizes[i] if sizes else size
        widths.append(pdfmetrics.stringWidth(ch, font, sz))
    total = sum(widths) + track * (len(s) - 1)
    if align == "c":
        x -= total / 2
    elif align == "r":
        x -= total
    c.setFillColor(rgb(color))
    for i, ch in enumerate(s):
        sz = sizes[i] if sizes else size
        c.setFont(font, sz)
        c.drawString(x, y, ch)
        x += widths[i] + track
    return total


def hand(c, s, x, y, size, rng, color="#1b2f8a", font="DV-I", jitter=1.0):
    """Fake handwriting: oblique glyphs with small per-glyph jitter."""
    c.setFillColor(rgb(color))
    for ch in s:
        w = pdfmetrics.stringWidth(ch, font, size)
        c.saveState()
        c.translate(x, y + rng.uniform(-0.8, 0.8) * jitter)
        c.rotate(rng.uniform(-4, 4) * jitter)
        c.setFont(font, size * rng.uniform(0.95, 1.06))
        c.drawString(0, 0, ch)
        c.restoreState()
        x += w * rng.uniform(0.97, 1.08)
    return x


def scribble(c, x, y, w, rng, color="#16245c", lw=1.1, amp=12):
    p = c.beginPath()
    p.moveTo(x, y + rng.uniform(-3, 3))
    n = rng.randint(5, 9)
    cx = x
    for i in range(n):
        nx = x + w * (i + 1) / n
        p.curveTo(cx + rng.uniform(0, w / n), y + rng.uniform(-amp, amp * 1.3),
                  nx - rng.uniform(0, w / n), y + rng.uniform(-amp, amp * 1.1),
                  nx, y + rng.uniform(-4, 6))
        cx = nx
    # a flourish under-stroke
    p.moveTo(x + w * 0.1, y - 5)
    p.curveTo(x + w * 0.4, y - 12, x + w * 0.7, y - 2, x + w * 1.02, y - 8)
    c.setStrokeColor(rgb(color))
    c.setLineWidth(lw)
    c.setLineCap(1)
    c.drawPath(p, stroke=1, fill=0)


def sigblock(c, x, y, w, rng, lines_, font="Helvetica", size=8.5, color="#222222", ink="#16245c"):
    scribble(c, x + 8, y + 14, w - 20, rng, color=ink)
    c.setStrokeColor(rgb(color))
    c.setLineWidth(0.6)
    c.line(x, y, x + w, y)
    for i, ln in enumerate(lines_):
        T(c, x, y - 11 - i * (size + 2), ln, font, size, color)


def hline(c, x1, x2, y, color="#000000", lw=0.6):
    c.setStrokeColor(rgb(color))
    c.setLineWidth(lw)
    c.line(x1, y, x2, y)


def box(c, x, y, w, h, stroke="#000000", fill=None, lw=0.8, r=0):
    c.setLineWidth(lw)
    c.setStrokeColor(rgb(stroke) if stroke else colors.white)
    if fill:
        c.setFillColor(rgb(fill))
    if r:
        c.roundRect(x, y, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
    else:
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)


def border_double(c, W, H, m, color, gap=5, w1=2.2, w2=0.7):
    c.setStrokeColor(rgb(color))
    c.setLineWidth(w1)
    c.rect(m, m, W - 2 * m, H - 2 * m)
    c.setLineWidth(w2)
    c.rect(m + gap, m + gap, W - 2 * (m + gap), H - 2 * (m + gap))


def border_guilloche(c, W, H, m, color, rng, waves=3, band=14):
    """Wavy security-style border built from sine curves."""
    import math
    c.setStrokeColor(rgb(color))
    c.setLineWidth(0.35)
    for k in range(waves):
        ph = rng.uniform(0, 6.28)
        for side in range(4):
            p = c.beginPath()
            if side in (0, 1):
                L = W - 2 * m
            else:
                L = H - 2 * m
            steps = int(L / 3)
            for s in range(steps + 1):
                t = s / steps
                off = band / 2 + band / 2 * math.sin(t * L / 9.0 + ph + k * 2.1)
                if side == 0:
                    px, py = m + t * L, m + off
                elif side == 1:
                    px, py = m + t * L, H - m - off
                elif side == 2:
                    px, py = m + off, m + t * L
                else:
                    px, py = W - m - off, m + t * L
                if s == 0:
                    p.moveTo(px, py)
                else:
                    p.lineTo(px, py)
            c.drawPath(p, stroke=1, fill=0)


def corners(c, W, H, m, color, size=26):
    c.setStrokeColor(rgb(color))
    c.setLineWidth(1.4)
    for (x, y, sx, sy) in [(m, m, 1, 1), (W - m, m, -1, 1), (m, H - m, 1, -1), (W - m, H - m, -1, -1)]:
        p = c.beginPath()
        p.moveTo(x, y + sy * size)
        p.curveTo(x, y, x, y, x + sx * size, y)
        p.moveTo(x + sx * 6, y + sy * size * 0.7)
        p.curveTo(x + sx * 6, y + sy * 6, x + sx * 6, y + sy * 6, x + sx * size * 0.7, y + sy * 6)
        c.drawPath(p, stroke=1, fill=0)


def seal(c, x, y, r, text, color="#9c7a1c", inner=None, points=28, textcolor="#ffffff"):
    import math
    c.setFillColor(rgb(color))
    p = c.beginPath()
    for i in range(points * 2 + 1):
        a = math.pi * i / points
        rr = r if i % 2 == 0 else r * 0.88
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        if i == 0:
            p.moveTo(px, py)
        else:
            p.lineTo(px, py)
    c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColor(rgb(textcolor))
    c.setLineWidth(0.8)
    c.circle(x, y, r * 0.78, stroke=1, fill=0)
    c.circle(x, y, r * 0.55, stroke=1, fill=0)
    # text around the ring, glyph by glyph
    fs = r * 0.16
    c.setFillColor(rgb(textcolor))
    n = len(text)
    span = min(300.0, n * fs * 0.75 * 180 / (math.pi * r * 0.66))
    for i, ch in enumerate(text):
        a = math.radians(90 + span / 2 - span * (i + 0.5) / n)
        c.saveState()
        c.translate(x + r * 0.62 * math.cos(a), y + r * 0.62 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.setFont("Helvetica-Bold", fs)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    if inner:
        c.setFont("Helvetica-Bold", r * 0.22)
        c.drawCentredString(x, y - r * 0.08, inner)


def logo_leaf(c, x, y, s, color):
    c.setFillColor(rgb(color))
    p = c.beginPath()
    p.moveTo(x, y)
    p.curveTo(x + s * 0.9, y + s * 0.1, x + s, y + s * 0.9, x + s * 0.2, y + s * 1.2)
    p.curveTo(x + s * 0.1, y + s * 0.7, x - s * 0.1, y + s * 0.3, x, y)
    c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColor(colors.white)
    c.setLineWidth(s * 0.05)
    c.line(x + s * 0.05, y + s * 0.05, x + s * 0.45, y + s * 0.85)


def logo_cross(c, x, y, s, color, bg=None):
    if bg:
        c.setFillColor(rgb(bg))
        c.circle(x + s / 2, y + s / 2, s * 0.62, stroke=0, fill=1)
    c.setFillColor(rgb(color))
    t = s / 3
    c.rect(x + t, y, t, s, stroke=0, fill=1)
    c.rect(x, y + t, s, t, stroke=0, fill=1)


def logo_hex(c, x, y, r, color, inner="#ffffff"):
    import math
    c.setFillColor(rgb(color))
    p = c.beginPath()
    for i in range(7):
        a = math.radians(30 + 60 * i)
        px, py = x + r * math.cos(a), y + r * math.sin(a)
        p.moveTo(px, py) if i == 0 else p.lineTo(px, py)
    c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColor(rgb(inner))
    c.setLineWidth(r * 0.12)
    c.line(x - r * 0.45, y, x - r * 0.15, y)
    c.line(x - r * 0.15, y, x, y + r * 0.45)
    c.line(x, y + r * 0.45, x + r * 0.15, y - r * 0.45)
    c.line(x + r * 0.15, y - r * 0.45, x + r * 0.3, y)
    c.line(x + r * 0.3, y, x + r * 0.5, y)


def logo_waves(c, x, y, s, color):
    c.setStrokeColor(rgb(color))
    c.setLineWidth(s * 0.09)
    for k in range(3):
        p = c.beginPath()
        yy = y + k * s * 0.28
        p.moveTo(x, yy)
        p.curveTo(x + s * 0.25, yy + s * 0.18, x + s * 0.5, yy - s * 0.18, x + s * 0.75, yy)
        p.curveTo(x + s * 0.85, yy + s * 0.08, x + s * 0.95, yy + s * 0.05, x + s, yy)
        c.drawPath(p, stroke=1, fill=0)


def logo_heart(c, x, y, s, color):
    c.setFillColor(rgb(color))
    p = c.beginPath()
    p.moveTo(x, y)
    p.curveTo(x - s * 0.9, y + s * 0.55, x - s * 0.45, y + s * 1.2, x, y + s * 0.75)
    p.curveTo(x + s * 0.45, y + s * 1.2, x + s * 0.9, y + s * 0.55, x, y)
    c.drawPath(p, stroke=0, fill=1)


def logo_grass(c, x, y, s, color):
    c.setStrokeColor(rgb(color))
    c.setLineWidth(s * 0.06)
    for k, (dx, h, lean) in enumerate([(0, 1.0, 0.3), (0.18, 1.3, 0.1), (0.36, 0.9, -0.2),
                                        (0.5, 1.15, 0.25), (0.68, 0.8, -0.3)]):
        p = c.beginPath()
        p.moveTo(x + dx * s, y)
        p.curveTo(x + dx * s, y + h * s * 0.5, x + (dx + lean * 0.5) * s, y + h * s * 0.8,
                  x + (dx + lean) * s, y + h * s)
        c.drawPath(p, stroke=1, fill=0)


def qr_like(c, x, y, size, rng, n=21, color="#000000"):
    cell = size / n
    c.setFillColor(rgb(color))
    for i in range(n):
        for j in range(n):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in [(0, 0), (0, n - 7), (n - 7, 0)])
            if finder:
                di = min(abs(i - i0c) for i0c in (3, n - 4))
                dj = min(abs(j - j0c) for j0c in (3, n - 4))
                ring = max(di, dj)
                on = ring != 2
            else:
                on = rng.random() < 0.48
            if on:
                c.rect(x + i * cell, y + (n - 1 - j) * cell, cell, cell, stroke=0, fill=1)


def table(c, data, x, ytop, colw, st_cmds, rowh=None):
    t = Table(data, colWidths=colw, rowHeights=rowh)
    t.setStyle(TableStyle(st_cmds))
    w, h = t.wrapOn(c, sum(colw), 2000)
    t.drawOn(c, x, ytop - h)
    return ytop - h


def new_canvas(path_or_buf, size, title="Certificate"):
    c = canvas.Canvas(path_or_buf, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("")
    return c


def rl_pdf_bytes(fn, size, rng):
    buf = io.BytesIO()
    c = new_canvas(buf, size)
    fn(c, size[0], size[1], rng)
    c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------- external tools
class Tools:
    tmp = None

    @classmethod
    def tmpdir(cls):
        if cls.tmp is None:
            cls.tmp = tempfile.mkdtemp(prefix="tune8_")
        return cls.tmp

    @classmethod
    def cleanup(cls):
        if cls.tmp:
            shutil.rmtree(cls.tmp, ignore_errors=True)
            cls.tmp = None


def rasterize(pdf_bytes, dpi, gray=False):
    d = Tools.tmpdir()
    src = os.path.join(d, "r.pdf")
    with open(src, "wb") as f:
        f.write(pdf_bytes)
    outbase = os.path.join(d, "r")
    cmd = ["pdftoppm", "-r", str(dpi), "-png", "-singlefile"]
    if gray:
        cmd.append("-gray")
    subprocess.run(cmd + [src, outbase], check=True)
    im = Image.open(outbase + ".png")
    im.load()
    return im.convert("L" if gray else "RGB")


def chrome_pdf(html):
    d = Tools.tmpdir()
    src = os.path.join(d, "page.html")
    out = os.path.join(d, "page.pdf")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    if os.path.exists(out):
        os.remove(out)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--no-first-run", "--disable-extensions",
                    "--disable-pdf-tagging",
                    "--user-data-dir=" + os.path.join(d, "profile"),
                    "--print-to-pdf=" + out, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180,
                   env=dict(os.environ, TZ="UTC"))
    data = open(out, "rb").read()
    # pin the dates (same length, so the xref offsets stay valid)
    data = re.sub(rb"D:\d{14}[+\-]\d\d'\d\d'", PINNED_PDF_DATE, data)
    data = re.sub(rb"D:\d{14}Z", PINNED_PDF_DATE[:16] + b"Z", data)
    # structure-tree node ids (only present if tagging is on) depend on DOM node numbering: renumber in place
    seen = {}
    data = re.sub(rb"\(node(\d{8})\)", lambda m: b"(node%08d)" % seen.setdefault(m.group(1), len(seen) + 1), data)
    return data


def pdftotext(pdf_bytes):
    """Text of the page in three pdftotext modes (layout, reading order, raw), separated by form feeds."""
    d = Tools.tmpdir()
    src = os.path.join(d, "t.pdf")
    with open(src, "wb") as f:
        f.write(pdf_bytes)
    outs = []
    for mode in (["-layout"], [], ["-raw"]):
        r = subprocess.run(["pdftotext"] + mode + [src, "-"], check=True, capture_output=True)
        outs.append(r.stdout.decode("utf-8", "replace"))
    return "\f".join(outs)


# ----------------------------------------------------------------------------- image effects
def solve(A, b):
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
    for (x, y), (X, Y) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        B.append(X)
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
        B.append(Y)
    return solve(A, B)


def noise_img(size, rng, amp, scale=1):
    """Signed noise image (L) centred on 128 with +/-amp range, optionally coarse-grained."""
    w, h = max(1, size[0] // scale), max(1, size[1] // scale)
    n = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    if scale > 1:
        n = n.resize(size, Image.BILINEAR)
    k = amp / 127.5
    return n.point(lambda v: int(128 + (v - 127.5) * k))


def add_noise(im, rng, amp, scale=1):
    n = noise_img(im.size, rng, amp, scale)
    if im.mode == "RGB":
        n = Image.merge("RGB", (n, n, n))
    return ImageChops.add(im, n, 1.0, -128)


def light_map(size, fn, grid=(48, 36)):
    gw, gh = grid
    m = Image.new("L", grid)
    m.putdata([max(0, min(255, int(255 * fn((i + 0.5) / gw, (j + 0.5) / gh))))
               for j in range(gh) for i in range(gw)])
    return m.resize(size, Image.BICUBIC)


def bg_wood(size, rng, base=(150, 103, 62)):
    w, h = size
    col = Image.new("L", (1, h // 3 + 1))
    v = 128.0
    data = []
    for _ in range(h // 3 + 1):
        v += rng.uniform(-9, 9)
        v = 0.92 * v + 0.08 * 128
        data.append(int(max(0, min(255, v))))
    col.putdata(data)
    grain = col.resize((8, h // 3 + 1)).resize(size, Image.BICUBIC)
    grain = ImageChops.add(grain, noise_img(size, rng, 10, 3), 1.0, -128)
    grain = grain.filter(ImageFilter.GaussianBlur(1))
    out = Image.merge("RGB", [grain.point(lambda g, b=b: int(max(0, min(255, b * (0.6 + 0.8 * g / 255)))))
                              for b in base])
    return out


def bg_flat(size, rng, base=(205, 203, 198), amp=6):
    im = Image.new("RGB", size, base)
    return add_noise(im, rng, amp, 2)


def bg_granite(size, rng, base=(88, 86, 84)):
    im = Image.new("RGB", size, base)
    im = add_noise(im, rng, 40, 2).filter(ImageFilter.GaussianBlur(0.8))
    return add_noise(im, rng, 14, 1)


def bg_fabric(size, rng, base=(52, 78, 128)):
    w, h = size
    pat = Image.new("L", (w, h), 128)
    d = ImageDraw.Draw(pat)
    for y in range(0, h, 4):
        d.line([(0, y), (w, y)], fill=100)
    for x in range(0, w, 4):
        d.line([(x, 0), (x, h)], fill=150)
    pat = pat.filter(ImageFilter.GaussianBlur(0.9))
    pat = ImageChops.add(pat, noise_img(size, rng, 25, 2), 1.0, -128)
    return Image.merge("RGB", [pat.point(lambda g, b=b: int(max(0, min(255, b * (0.6 + 0.8 * g / 255)))))
                               for b in base])


def photo(page, rng, out=(2000, 1500), quad=None, bg="wood", bg_color=None, tint=(252, 246, 232),
          light=None, shadow=None, blur=0.8, noise=7, drop=(14, 18), final=None, overlay=None, page_fx=None):
    """Lay a rendered page onto a surface in perspective and add camera artefacts.

    quad: output corners (tl, tr, br, bl) in pixels.
    light: callable (u, v) -> brightness 0..1.1 applied multiplicatively.
    shadow: list of polygons (pixel coords) for soft cast shadows.
    final: optional (w, h) to downscale to at the end (low-resolution phone).
    """
    W, H = out
    kw = {} if bg_color is None else {"base": bg_color}
    bgim = {"wood": bg_wood, "flat": bg_flat, "granite": bg_granite, "fabric": bg_fabric}[bg](out, rng, **kw)
    page = ImageChops.multiply(page.convert("RGB"), Image.new("RGB", page.size, tint))
    if page_fx:
        page = page_fx(page, rng)
    pw, ph = page.size
    coeffs = persp_coeffs(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.transform(out, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(out, Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    # drop shadow under the sheet
    if drop:
        sh = Image.new("L", out, 0)
        sh.paste(mask, drop)
        sh = sh.filter(ImageFilter.GaussianBlur(18)).point(lambda v: int(v * 0.55))
        bgim = Image.composite(Image.new("RGB", out, (20, 18, 16)), bgim, sh)
    bgim.paste(warped, (0, 0), mask)
    im = bgim
    if overlay:
        im = overlay(im, rng)
    if light:
        lm = light_map(out, light)
        im = ImageChops.multiply(im, Image.merge("RGB", (lm, lm, lm)))
    for poly, strength, rad in (shadow or []):
        m = Image.new("L", out, 0)
        ImageDraw.Draw(m).polygon(poly, fill=int(255 * strength))
        m = m.filter(ImageFilter.GaussianBlur(rad))
        im = Image.composite(Image.new("RGB", out, (25, 25, 35)), im, m)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        im = add_noise(im, rng, noise, 1)
    if final:
        im = im.resize(final, Image.LANCZOS)
    return im


def jitter_quad(rng, W, H, margins, j):
    l, t, r, b = margins
    pts = [(l, t), (W - r, t), (W - r, H - b), (l, H - b)]
    return [(x + rng.uniform(-j, j), y + rng.uniform(-j, j)) for x, y in pts]


def specks(im, rng, n, rmax=2.2, val=(0, 90)):
    d = ImageDraw.Draw(im)
    w, h = im.size
    for _ in range(n):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        r = rng.uniform(0.5, rmax)
        d.ellipse([x - r, y - r * rng.uniform(0.6, 1.4), x + r, y + r], fill=rng.randint(*val))
    return im


def scan_grey(page, rng, angle=0.6, lo=18, hi=238, speck=120, blur=0.5, noise=5, lid_edge=None):
    im = page.convert("L")
    im = im.point(lambda v: int(lo + (hi - lo) * (v / 255.0) ** 1.15))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=hi)
    if lid_edge:
        d = ImageDraw.Draw(im)
        w, h = im.size
        side, width = lid_edge
        for k in range(width):
            shade = int(60 + (hi - 60) * k / width)
            if side == "left":
                d.line([(k, 0), (k, h)], fill=shade)
            elif side == "bottom":
                d.line([(0, h - 1 - k), (w, h - 1 - k)], fill=shade)
            elif side == "right":
                d.line([(w - 1 - k, 0), (w - 1 - k, h)], fill=shade)
    specks(im, rng, speck, val=(30, 140))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        im = add_noise(im, rng, noise)
    return im


def scan_copier(page, rng, angle=-0.9, streaks=5, speck=260, edge=40):
    im = page.convert("L")

    def curve(v):
        if v < 95:
            return 18
        if v > 200:
            return 250
        return int(18 + (v - 95) * (232 / 105.0))
    im = im.point(curve)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    w, h = im.size
    d = ImageDraw.Draw(im)
    for _ in range(streaks):
        x = rng.uniform(0.05, 0.95) * w
        width = rng.uniform(1.5, 5)
        shade = rng.randint(150, 215)
        y0 = rng.uniform(0, 0.3) * h
        streak = Image.new("L", im.size, 0)
        ImageDraw.Draw(streak).rectangle([x, y0, x + width, h], fill=255 - shade)
        streak = streak.filter(ImageFilter.GaussianBlur(1.2))
        im = ImageChops.subtract(im, streak)
        d = ImageDraw.Draw(im)
    # dark band along one edge (lid not closed)
    band = Image.new("L", im.size, 0)
    ImageDraw.Draw(band).rectangle([w - edge, 0, w, h], fill=200)
    band = band.filter(ImageFilter.GaussianBlur(edge / 3))
    im = ImageChops.subtract(im, band)
    specks(im, rng, speck, rmax=1.8, val=(0, 60))
    im = add_noise(im, rng, 10, 2)
    return im


def scan_fax(page, rng, header, angle=0.35, thresh=150, dropouts=4, speck=160, header_size=22):
    im = page.convert("L")
    w, h = im.size
    # fine-mode fax: ~204 x 196 dpi; simulate by slight vertical resample
    im = im.resize((w, int(h * 0.97)), Image.BILINEAR).resize((w, h), Image.BILINEAR)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, header_size + 14], fill=255)
    f = pil_font("DejaVuSansMono.ttf", header_size)
    d.text((18, 6), header, font=f, fill=0)
    im = add_noise(im, rng, 40, 1)
    im = im.point(lambda v: 255 if v > thresh else 0).convert("1", dither=Image.Dither.NONE)
    im = im.convert("L")
    d = ImageDraw.Draw(im)
    for _ in range(dropouts):
        y = rng.uniform(0.1, 0.95) * h
        d.line([(0, y), (w, y)], fill=255, width=1)
    specks(im, rng, speck, rmax=1.6, val=(0, 0))
    for _ in range(2):
        y = rng.uniform(0.05, 0.98) * h
        x0 = rng.uniform(0, w * 0.5)
        d.line([(x0, y), (x0 + rng.uniform(40, 300), y)], fill=0, width=1)
    return im.convert("1", dither=Image.Dither.NONE)


def save_image(im, path, fmt, quality=82, dpi=None):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".jpg", ".jpeg"):
        im.convert("RGB" if im.mode in ("RGB", "RGBA") else "L").save(
            path, "JPEG", quality=quality, optimize=False, progressive=False, subsampling=2 if im.mode == "RGB" else 0,
            **({"dpi": (dpi, dpi)} if dpi else {}))
    elif ext == ".png":
        im.save(path, "PNG", optimize=False, compress_level=9, **({"dpi": (dpi, dpi)} if dpi else {}))
    elif ext == ".pdf":
        kw = dict(resolution=float(dpi or 150), title="Scanned document", creationDate=PIL_PDF_DATE,
                  modDate=PIL_PDF_DATE, producer="ScanStation", creator="ScanStation")
        if im.mode == "L":
            kw["quality"] = quality
        im.save(path, "PDF", **kw)
    else:
        raise ValueError(path)


# ----------------------------------------------------------------------------- registry
CERTS = []


class Vec:
    kind = "pdf"

    def __init__(self, draw, size=LETTER):
        self.draw, self.size = draw, size

    def build(self, path, rng):
        data = rl_pdf_bytes(self.draw, self.size, rng)
        with open(path, "wb") as f:
            f.write(data)
        return data


class Chrome:
    kind = "pdf"

    def __init__(self, html):
        self.html = html

    def build(self, path, rng):
        data = chrome_pdf(self.html)
        with open(path, "wb") as f:
            f.write(data)
        return data


class Photo:
    kind = "image"

    def __init__(self, draw, size, dpi, fx, quality=80, html=None):
        self.draw, self.size, self.dpi, self.fx, self.quality, self.html = draw, size, dpi, fx, quality, html

    def build(self, path, rng):
        src = chrome_pdf(self.html) if self.html else rl_pdf_bytes(self.draw, self.size, rng)
        page = rasterize(src, self.dpi)
        im = self.fx(page, rng)
        save_image(im, path, None, quality=self.quality)
        return src


class Scan:
    kind = "scan"

    def __init__(self, draw, size, dpi, fx, quality=70, out_dpi=None):
        self.draw, self.size, self.dpi, self.fx, self.quality = draw, size, dpi, fx, quality
        self.out_dpi = out_dpi or dpi

    def build(self, path, rng):
        src = rl_pdf_bytes(self.draw, self.size, rng)
        page = rasterize(src, self.dpi, gray=True)
        im = self.fx(page, rng)
        save_image(im, path, None, quality=self.quality, dpi=self.out_dpi)
        return src


def reg(file, builder, title, provider, completed_on, amount, unit, approved, category, notes,
        date_txt, categories=None, amt_txt=None, extra_txt=()):
    lab = {"kind": builder.kind, "title": title, "provider": provider, "completed_on": completed_on,
           "amount": amount, "unit": unit, "aama_approved": approved, "category": category}
    if categories:
        lab["categories"] = categories
    lab["notes"] = notes
    CERTS.append({"file": file, "builder": builder, "label": lab, "date_txt": date_txt,
                  "amt_txt": amt_txt, "extra_txt": list(extra_txt)})


# ============================================================================= born-digital PDFs
# ---- 01 Quillon Ridge: department header, provider only in footer + signature block, 3-line title
def d01(c, W, H, rng):
    teal = "#0f5c63"
    box(c, 0, H - 70, W, 70, stroke=None, fill=teal)
    T(c, 40, H - 38, "Department of Clinical Education", "DV-B", 15, "#ffffff")
    T(c, 40, H - 56, "Online Learning Activity Record", "DV", 9.5, "#cde7e8")
    T(c, W - 40, H - 38, "Certificate No. QR-CE-25-04417", "DV", 8.5, "#ffffff", "r")
    T(c, W - 40, H - 52, "Activity ID 7731-MR", "DV", 8.5, "#cde7e8", "r")
    T(c, W / 2, H - 150, "Certificate of Completion", "DVS-B", 30, "#1d2b2c", "c")
    hline(c, 180, W - 180, H - 166, teal, 1.2)
    T(c, W / 2, H - 205, "This certifies that", "DVS-I", 12, "#333333", "c")
    T(c, W / 2, H - 240, "Marisol T. Eberhardt, CMA (AAMA)", "DVS", 22, "#111111", "c")
    T(c, W / 2, H - 275, "has completed the online continuing education activity", "DVS-I", 12, "#333333", "c")
    lines_fixed(c, ["Medication Reconciliation at Every Visit:",
                    "Closing the Gaps Between Pharmacy, Patient,",
                    "and Chart"], W / 2, H - 318, "DVS-B", 19, 25, teal, "c")
    y = H - 430
    data = [["Enrolled", "Completed", "Printed"], ["01/27/2025", "02/11/2025", "02/14/2025"]]
    table(c, data, 126, y, [120, 120, 120], [
        ("FONT", (0, 0), (-1, 0), "DV", 8), ("TEXTCOLOR", (0, 0), (-1, 0), HexColor("#667777")),
        ("FONT", (0, 1), (-1, 1), "DV-B", 11), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LINEBELOW", (0, 1), (-1, 1), 0.5, HexColor("#99bbbb"))])
    box(c, 90, H - 560, W - 180, 76, stroke=teal, fill="#eef6f6", lw=0.8, r=6)
    T(c, W / 2, H - 510, "AAMA CEUs awarded: 1.0  (Clinical)", "DV-B", 13, "#1d2b2c", "c")
    P(c, "This activity has been approved by the American Association of Medical Assistants (AAMA) "
         "for 1.0 clinical continuing education unit (CEU). Approval #AAMA-25-1190.",
      110, H - 520, W - 220, style("DV", 8.5, align="c", color="#334444"))
    sigblock(c, W / 2 - 110, 150, 220, rng, ["Renata Okafor, MSN, RN",
                                             "Director of Clinical Education, Quillon Ridge Health System"],
             font="DV", size=8)
    hline(c, 40, W - 40, 62, "#bbbbbb", 0.4)
    T(c, 40, 48, "Quillon Ridge Health System  \u00b7  4100 Ridgeway Parkway, Caldmoor, OH 43019", "DV", 7.5, "#666666")
    T(c, W - 40, 48, "Delivered via LearnLattice\u2122", "DV", 7.5, "#666666", "r")
    T(c, 40, 36, "Retain this record for six years for credential recertification audits.", "DV", 7, "#888888")


reg("01-quillon-ridge-med-rec.pdf", Vec(d01),
    "Medication Reconciliation at Every Visit: Closing the Gaps Between Pharmacy, Patient, and Chart",
    "Quillon Ridge Health System", "2025-02-11", "1.0", "aama_ceu", True, "clinical",
    "header shows only 'Department of Clinical Education'; health system only in signature block and footer; "
    "LMS LearnLattice; title over 3 lines with colon subtitle; enrolled/completed/printed dates side by side",
    "02/11/2025")


# ---- 02 Tarn Valley chapter: parent society above, ALL CAPS title, day-first written date, Admin.
def d02(c, W, H, rng):
    green = "#1f4d2b"
    border_double(c, W, H, 22, green, gap=6)
    corners(c, W, H, 38, green)
    T(c, W / 2, H - 72, "A CHAPTER OF THE MARROWBEND STATE SOCIETY OF MEDICAL ASSISTANTS", "Times-Roman", 9, "#555555", "c")
    T(c, W / 2, H - 104, "Tarn Valley Chapter of Medical Assistants", "Times-Bold", 26, green, "c")
    spaced(c, "CERTIFICATE OF ATTENDANCE", W / 2, H - 140, "Times-Roman", 13, 4, "#333333", "c")
    T(c, W / 2, H - 175, "presented to", "Times-Italic", 12, "#444444", "c")
    T(c, W / 2, H - 208, "Jolene Pruitt-Vasquez", "Times-BoldItalic", 26, "#111111", "c")
    hline(c, 230, W - 230, H - 216, "#777777", 0.5)
    T(c, W / 2, H - 242, "for attending the educational program", "Times-Italic", 12, "#444444", "c")
    T(c, W / 2, H - 276, "HIPAA IN THE AGE OF PATIENT PORTALS", "Times-Bold", 21, "#111111", "c")
    T(c, W / 2, H - 300, "presented by Dana Whitcombe, CMA (AAMA), CPC", "Times-Roman", 11, "#333333", "c")
    T(c, W / 2, H - 318, "held 15 March 2025 at Kestrel Falls Public Library, Room B", "Times-Roman", 11, "#333333", "c")
    box(c, W / 2 - 150, H - 392, 300, 52, stroke=green, lw=1)
    T(c, W / 2, H - 362, "AAMA CEUs: 1.0 Admin.", "Times-Bold", 15, green, "c")
    T(c, W / 2, H - 380, "Approved by the AAMA  \u2022  Program No. 186742", "Times-Roman", 9.5, "#333333", "c")
    sigblock(c, 110, 118, 200, rng, ["Chapter President", "Signed 3/17/2025"], font="Times-Roman", size=9.5)
    sigblock(c, W - 310, 118, 200, rng, ["CEU Chair"], font="Times-Roman", size=9.5)
    seal(c, W / 2, 118, 40, "TARN VALLEY CHAPTER \u2022 MEDICAL ASSISTANTS \u2022", "#8a6d1e", inner="CMA")


reg("02-tarn-valley-chapter-hipaa.pdf", Vec(d02, LAND),
    "HIPAA in the Age of Patient Portals", "Tarn Valley Chapter of Medical Assistants",
    "2025-03-15", "1.0", "aama_ceu", True, "administrative",
    "parent state society printed above the chapter; ALL CAPS title; day-first written date; venue and "
    "presenter; 'Admin.' category; signed date two days later",
    "15 March 2025")


# ---- 03 Aldermoor state society symposium: 3-day range, session table, 3-way split, sponsors
def d03(c, W, H, rng):
    navy = "#20305f"
    spaced(c, "ALDERMOOR STATE SOCIETY", W / 2, H - 62, "Helvetica-Bold", 17, 3.2, navy, "c")
    spaced(c, "OF MEDICAL ASSISTANTS", W / 2, H - 82, "Helvetica", 11, 4.5, navy, "c")
    hline(c, 60, W - 60, H - 96, "#c0a040", 2)
    T(c, W / 2, H - 132, "2025 Spring Educational Symposium", "Times-Bold", 22, "#111111", "c")
    T(c, W / 2, H - 152, "April 24\u201326, 2025  \u00b7  Gransden Lakeside Hotel & Conference Center, Port Ellery",
      "Times-Roman", 10.5, "#333333", "c")
    T(c, W / 2, H - 186, "CEU RECORD OF ATTENDANCE", "Helvetica-Bold", 11, navy, "c")
    T(c, 60, H - 214, "Attendee:  Tamsin Achterberg, CMA (AAMA)", "Helvetica", 10)
    T(c, W - 60, H - 214, "Member # 40-22817", "Helvetica", 10, align="r")
    rows = [["Date", "Session", "Category", "CEUs"],
            ["Apr 24", "Keynote: The Medical Assistant as Care Coordinator", "General", "1.0"],
            ["Apr 24", "Revenue Cycle Basics for the Front Office", "Administrative", "1.0"],
            ["Apr 25", "Point-of-Care Ultrasound Awareness", "Clinical", "1.0"],
            ["Apr 25", "Pediatric Immunization Update", "Clinical", "1.5"],
            ["Apr 25", "Telehealth Scheduling Workflows", "Administrative", "1.0"],
            ["Apr 26", "Wound Assessment Skills Workshop", "Clinical", "1.0"]]
    y = table(c, rows, 60, H - 228, [50, 282, 100, 60], [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#dfe4f2")), ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#8892b0")),
        ("ALIGN", (3, 0), (3, -1), "CENTER")])
    rows2 = [["Administrative", "Clinical", "General", "TOTAL AAMA CEUs"], ["2.0", "3.5", "1.0", "6.5"]]
    y = table(c, rows2, 100, y - 18, [95, 95, 95, 127], [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5), ("FONT", (0, 1), (-1, 1), "Helvetica-Bold", 13),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("BOX", (0, 0), (-1, -1), 1, HexColor(navy)),
        ("BACKGROUND", (3, 0), (3, -1), HexColor("#fff4cc"))])
    P(c, "This program has been approved by the American Association of Medical Assistants (AAMA) "
         "for 6.5 continuing education units: 2.0 administrative, 3.5 clinical and 1.0 general. "
         "Only sessions attended and verified by the room monitor are listed above.",
      70, y - 16, W - 140, style("Times-Roman", 10, align="j"))
    sigblock(c, 70, 190, 200, rng, ["Loretta Baines, CMA (AAMA)", "Education Chair"], font="Helvetica", size=8.5)
    T(c, W - 70, 194, "Date signed: May 2, 2025", "Helvetica", 8.5, "#333333", "r")
    hline(c, 60, W - 60, 120, "#cccccc", 0.5)
    T(c, W / 2, 104, "With thanks to our symposium sponsors", "Helvetica-Oblique", 8, "#666666", "c")
    T(c, W / 2, 88, "VERIDANE DIAGNOSTICS   \u00b7   PELLWORTH STAFFING   \u00b7   CORRIANDER MEDICAL SUPPLY",
      "Helvetica-Bold", 8.5, "#888888", "c")


reg("03-aldermoor-symposium-split.pdf", Vec(d03),
    "2025 Spring Educational Symposium", "Aldermoor State Society of Medical Assistants",
    "2025-04-26", "6.5", "aama_ceu", True, None,
    "letter-spaced wordmark split over two lines; three-day range April 24-26; per-session table; "
    "3-way split with total; hotel venue; sponsors in footer; signed date in May",
    "April 24\u201326, 2025",
    categories={"administrative": "2.0", "clinical": "3.5", "general": "1.0"})


# ---- 04 PulseWise: quoted title, registration date, 60 minutes, not submitted to AAMA
def d04(c, W, H, rng):
    purple = "#4b2a7b"
    box(c, 0, 0, 150, H, stroke=None, fill=purple)
    c.setStrokeColor(HexColor("#7d5bb0"))
    c.setLineWidth(2)
    for k in range(6):
        c.circle(75, H - 110, 20 + k * 9, stroke=1, fill=0)
    T(c, 75, H - 190, "PulseWise", "DV-B", 20, "#ffffff", "c")
    spaced(c, "LEARNING", 75, H - 206, "DV", 8, 3, "#d9c9f2", "c")
    T(c, 190, H - 80, "CERTIFICATE OF PARTICIPATION", "DV-B", 22, purple)
    T(c, 190, H - 128, "Awarded to", "DV", 11, "#555555")
    T(c, 190, H - 160, "Keisha Montgomery-Lyle", "DVS-B", 26, "#111111")
    T(c, 190, H - 196, "for participating in the live webinar", "DV", 11, "#555555")
    lines_fixed(c, ["\u201cTaming the Inbox: Triage of Patient", "Portal Messages\u201d"], 190, H - 232,
                "DVS-I", 22, 27, purple, "l")
    grid = [("Webinar date", "Thursday, June 5, 2025"), ("Registered", "May 20, 2025"),
            ("Duration", "60 minutes"), ("Presenter", "Corinne Baptiste, RN, BSN"),
            ("Host platform", "StreamAtrium")]
    y = H - 320
    for i, (k, v) in enumerate(grid):
        col, row = i % 2, i // 2
        x = 190 + col * 270
        yy = y - row * 40
        T(c, x, yy, k.upper(), "DV-B", 7.5, "#8a7aa5")
        T(c, x, yy - 15, v, "DV", 12, "#222222")
    sigblock(c, 190, 140, 190, rng, ["Alastair Venn", "Program Director"], font="DV", size=8.5, ink="#2d1a4f")
    P(c, "This program has not been submitted to the AAMA for CEU approval. Keep this certificate for your "
         "records; it documents attendance time only.", 430, 160, 320, style("DV", 8, color="#555555"))
    T(c, 190, 40, "\u00a9 2025 PulseWise Learning, LLC  \u00b7  pulsewiselearning.com  \u00b7  Questions? support@pulsewiselearning.com",
      "DV", 7.5, "#777777")


reg("04-pulsewise-inbox-webinar.pdf", Vec(d04, LAND),
    "Taming the Inbox: Triage of Patient Portal Messages", "PulseWise Learning, LLC",
    "2025-06-05", "60", "minutes", False, None,
    "title in curly quotes over two lines; 'Registered' date next to webinar date; duration only; "
    "explicitly not submitted to AAMA; ', LLC' form only in footer; streaming platform named",
    "June 5, 2025", amt_txt="60 minutes")


# ---- 05 Brightwater: glyph-by-glyph wordmark, course code, NHA credits, generated timestamp, LMS
def d05(c, W, H, rng):
    blue = "#0b4f8a"
    logo_waves(c, W / 2 - 20, H - 82, 40, "#3aa0d8")
    spaced(c, "BRIGHTWATER", W / 2, H - 128, "DV-B", 30, 7, blue, "c")
    spaced(c, "ALLIED HEALTH ACADEMY", W / 2, H - 148, "DV", 10, 5.5, "#3a6f9a", "c")
    hline(c, 70, W - 70, H - 172, "#3aa0d8", 0.8)
    T(c, W / 2, H - 220, "Certificate of Course Completion", "DV", 20, "#222222", "c")
    T(c, W / 2, H - 262, "Awarded to", "DV", 10, "#666666", "c")
    T(c, W / 2, H - 290, "Ethan R. Salgado-Whitfield", "DV-B", 21, "#111111", "c")
    T(c, W / 2, H - 330, "Course", "DV", 10, "#666666", "c")
    T(c, W / 2, H - 356, "Point-of-Care Testing: Quality Control", "DV-B", 17, blue, "c")
    T(c, W / 2, H - 378, "and Documentation", "DV-B", 17, blue, "c")
    T(c, W / 2, H - 398, "Course code BAH-POC-214  \u00b7  Version 3.2", "DVM", 8.5, "#777777", "c")
    data = [["Date Completed", "NHA CE Credits", "Final Assessment"], ["2025-01-22", "1.5", "Passed (88%)"]]
    table(c, data, 111, H - 430, [130, 130, 130], [
        ("FONT", (0, 0), (-1, 0), "DV", 8.5), ("FONT", (0, 1), (-1, 1), "DV-B", 12),
        ("TEXTCOLOR", (0, 0), (-1, 0), HexColor("#666666")), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("BOX", (0, 0), (-1, -1), 0.6, HexColor("#9fc3e0")), ("INNERGRID", (0, 0), (-1, -1), 0.4, HexColor("#c9dcec"))])
    P(c, "This course is approved by the National Healthcareer Association (NHA) for 1.5 continuing education "
         "credits toward NHA certification renewal. Learners are responsible for reporting credits to NHA.",
      100, H - 500, W - 200, style("DV", 8.5, align="c", color="#444444"))
    sigblock(c, W / 2 - 100, 170, 200, rng, ["Dr. Felicia Amankwah, EdD", "Academic Dean"], font="DV", size=8.5)
    T(c, 50, 50, "Certificate generated 2025-01-23 08:14 CST  \u00b7  Verification code 6QK-2210-BWA", "DVM", 7, "#888888")
    T(c, W - 50, 50, "Learning platform: Tessera LMS", "DV", 7, "#888888", "r")


reg("05-brightwater-poct-nha.pdf", Vec(d05),
    "Point-of-Care Testing: Quality Control and Documentation", "Brightwater Allied Health Academy",
    "2025-01-22", "1.5", "nha_credit", False, None,
    "provider is a letter-spaced wordmark drawn glyph by glyph (two lines); title wrapped; course code and "
    "version under the title; generated timestamp the next day; NHA (not AAMA) approval; LMS named",
    "2025-01-22")


# ---- 06 Corvane: 'for successfully completing', IACET CEU with contact-hour equivalent
def d06(c, W, H, rng):
    wine = "#6b1f2e"
    border_guilloche(c, W, H, 24, "#b58a95", rng, waves=3, band=16)
    c.setFillColor(HexColor(wine))
    c.circle(W / 2, H - 90, 24, stroke=0, fill=1)
    T(c, W / 2, H - 100, "C", "DVS-B", 28, "#ffffff", "c")
    T(c, W / 2, H - 138, "Corvane Professional Education, Inc.", "DVS", 15, wine, "c")
    T(c, W / 2, H - 186, "certifies that", "DVS-I", 13, "#444444", "c")
    T(c, W / 2, H - 222, "Bao Tran Nguyen", "DVS-B", 28, "#111111", "c")
    T(c, W / 2, H - 258, "has met all requirements for successfully completing", "DVS-I", 13, "#444444", "c")
    T(c, W / 2, H - 294, "Infection Prevention in Ambulatory Care Settings", "DVS-B", 20, wine, "c")
    T(c, W / 2, H - 326, "on September 9, 2025", "DVS", 13, "#222222", "c")
    T(c, W / 2, H - 362, "Awarded 0.2 IACET CEU  (2.0 contact hours)", "DVS-B", 13, "#222222", "c")
    P(c, "Corvane Professional Education, Inc. is accredited by the International Accreditor for Continuing "
         "Education and Training (IACET) and is authorized to issue the IACET CEU. One IACET CEU equals ten "
         "contact hours of participation.", 150, H - 385, W - 300, style("DVS", 8.5, align="c", color="#555555"))
    sigblock(c, 120, 120, 200, rng, ["Harriet Lindqvist", "Vice President, Learning Design"], font="DVS", size=8.5)
    T(c, W - 120, 130, "Certificate #CPE-88213", "DVS", 9, "#333333", "r")
    T(c, W - 120, 116, "Issued September 10, 2025", "DVS", 9, "#333333", "r")


reg("06-corvane-infection-iacet.pdf", Vec(d06, LAND),
    "Infection Prevention in Ambulatory Care Settings", "Corvane Professional Education, Inc.",
    "2025-09-09", "0.2", "iacet_ceu", False, None,
    "'for successfully completing'; IACET CEU with contact-hour equivalent (label the CEU figure); issued the "
    "next day; guilloche border",
    "September 9, 2025")


# ---- 07 Lumiphar: pharma product in-service, no credit, host clinic, legal code with date-like token
def d07(c, W, H, rng):
    orange = "#d35400"
    logo_hex(c, 70, H - 70, 24, orange)
    spaced(c, "LUMIPHAR", 104, H - 72, "DV-B", 24, 2.5, "#2c2c2c")
    spaced(c, "THERAPEUTICS", 105, H - 88, "DV", 9, 4.2, orange)
    T(c, W - 50, H - 66, "Clinical Education Program", "DV", 9, "#777777", "r")
    T(c, W - 50, H - 80, "Respiratory Portfolio", "DV", 9, "#777777", "r")
    box(c, 50, H - 128, W - 100, 3, stroke=None, fill=orange)
    T(c, 50, H - 180, "Certificate of Attendance", "DV-B", 26, "#222222")
    T(c, 50, H - 204, "Product In-Service", "DV", 14, orange)
    T(c, 50, H - 250, "Attendee", "DV", 9, "#888888")
    T(c, 50, H - 272, "Priya Castellanos", "DV-B", 18, "#111111")
    T(c, 50, H - 312, "Program", "DV", 9, "#888888")
    lines(c, "Inhaler Technique Coaching with the Aeroveil Device", 50, H - 336, 420, "DV-B", 18, 23,
          "#111111", "l")
    info = [("In-service date", "10/02/2024"), ("Location", "Fairhaven Family Medicine, Suite 210"),
            ("Presenter", "Graham Oyelaran, RRT \u2013 Respiratory Clinical Educator"), ("Format", "Lunch-and-learn session")]
    y = H - 410
    for k, v in info:
        T(c, 50, y, k, "DV", 9, "#888888")
        T(c, 170, y, v, "DV", 11, "#222222")
        y -= 22
    box(c, 50, y - 60, W - 100, 48, stroke="#e3b08a", fill="#fff5ec", r=4)
    P(c, "This educational program is provided for product training only. No continuing education credit "
         "(AAMA, NHA, AMT or other) is awarded for attendance.", 62, y - 18, W - 124, style("DV", 9, color="#5a3b22"))
    sigblock(c, 50, 150, 200, rng, ["Graham Oyelaran, RRT", "Presenter"], font="DV", size=8.5)
    T(c, 50, 50, "\u00a9 2024 Lumiphar Therapeutics, Inc. All rights reserved.  Aeroveil is a registered trademark of "
      "Lumiphar Therapeutics, Inc.", "DV", 7, "#888888")
    T(c, 50, 40, "LUM-ED-0933  10/24  For educational use with healthcare professionals.", "DV", 7, "#888888")


reg("07-lumiphar-inhaler-inservice.pdf", Vec(d07),
    "Inhaler Technique Coaching with the Aeroveil Device", "Lumiphar Therapeutics, Inc.",
    "2024-10-02", None, None, False, None,
    "pharma product in-service, explicitly no CE credit; 'LUMIPHAR / THERAPEUTICS' wordmark, full legal name only "
    "in footer; host clinic (learner's employer) as location; "
    "'10/24' job-code token in footer",
    "10/02/2024")



# ---- 08 Wexcombe Community College (Chromium): two class meetings, course number, issue date
H08 = """<!doctype html><html><head><meta charset="utf-8"><title>Certificate</title><style>
@page { size: 8.5in 11in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Serif', serif; color: #222; }
.page { width: 8.5in; height: 11in; box-sizing: border-box; padding: 0.75in 0.9in; position: relative;
        border: 14px solid #7a1f1f; }
.inst { text-align: center; font-size: 26pt; letter-spacing: 2pt; color: #7a1f1f; font-weight: bold; margin-top: 10px }
.dept { text-align: center; font-family: 'DejaVu Sans'; font-size: 11pt; color: #555; margin-top: 4px }
.rule { border-top: 1px solid #b99; margin: 22px 40px }
h1 { text-align: center; font-size: 30pt; font-weight: normal; margin: 36px 0 6px; font-style: italic }
.p { text-align: center; font-size: 12.5pt; line-height: 1.6 }
.name { text-align: center; font-size: 24pt; margin: 16px 0; font-weight: bold }
.code { text-align: center; font-family: 'DejaVu Sans Mono'; font-size: 10pt; color: #777; margin-top: 26px }
.title { text-align: center; font-size: 21pt; font-weight: bold; color: #7a1f1f; margin: 4px 0 16px }
.meet { text-align: center; font-family: 'DejaVu Sans'; font-size: 10.5pt; line-height: 1.6 }
.hours { text-align: center; font-size: 16pt; margin-top: 28px }
.sigs { position: absolute; bottom: 1.25in; left: 0.9in; right: 0.9in; display: flex; justify-content: space-between }
.sig { width: 2.6in; border-top: 1px solid #333; font-family: 'DejaVu Sans'; font-size: 9pt; padding-top: 4px }
.foot { position: absolute; bottom: 0.55in; left: 0.9in; right: 0.9in; font-family: 'DejaVu Sans'; font-size: 8pt;
        color: #777; display: flex; justify-content: space-between }
</style></head><body><div class="page">
<div class="inst">WEXCOMBE COMMUNITY COLLEGE</div>
<div class="dept">Office of Workforce &amp; Continuing Education &middot; Allied Health Programs</div>
<div class="rule"></div>
<h1>Certificate of Completion</h1>
<div class="p">This is to certify that</div>
<div class="name">Donovan Aguirre-Blake</div>
<div class="p">has satisfactorily completed the non-credit continuing education course</div>
<div class="code">HLTH-0412 &nbsp;&middot;&nbsp; Section 02</div>
<div class="title">Phlebotomy Refresher for Medical Assistants</div>
<div class="meet">Class meetings: Saturday, February 1, 2025 and Saturday, February 8, 2025<br>
9:00 a.m. &ndash; 1:30 p.m. &middot; Health Sciences Building, Lab 114</div>
<div class="hours">8.0 contact hours</div>
<div class="sigs"><div class="sig">Yolanda Fairbairn, MPH<br>Dean, Workforce &amp; Continuing Education</div>
<div class="sig">Curtis Haldane, MLT(ASCP)<br>Instructor</div></div>
<div class="foot"><span>Date issued: February 12, 2025</span><span>Non-credit &middot; does not carry academic credit</span></div>
</div></body></html>"""

reg("08-wexcombe-phlebotomy-refresher.pdf", Chrome(H08),
    "Phlebotomy Refresher for Medical Assistants", "Wexcombe Community College",
    "2025-02-08", "8.0", "contact_hours", False, None,
    "Chromium-made; office of continuing education folded into the college; course number and section above "
    "the title; two class meetings (last one counts); issue date in footer; 'non-credit' statement",
    "February 8, 2025")


# ---- 09 Ferncastle: approved by AMT, explicitly not AAMA
def d09(c, W, H, rng):
    slate = "#34495e"
    box(c, 30, 30, W - 60, H - 60, stroke=slate, lw=1.5)
    box(c, 30, H - 120, W - 60, 90, stroke=None, fill="#ecf0f3")
    logo_cross(c, 60, H - 98, 44, "#ffffff", bg="#2e86ab")
    T(c, 130, H - 70, "Ferncastle Medical Education Group", "Helvetica-Bold", 21, slate)
    T(c, 130, H - 90, "Continuing education for the allied health workforce since 2009", "Helvetica-Oblique", 10, "#6b7b8b")
    T(c, W / 2, H - 170, "CONTINUING EDUCATION CERTIFICATE", "Helvetica-Bold", 16, "#222222", "c")
    T(c, W / 2, H - 205, "Participant", "Helvetica", 9, "#888888", "c")
    T(c, W / 2, H - 228, "Lindiwe Marchetti, RMA (AMT)", "Helvetica-Bold", 20, "#111111", "c")
    T(c, W / 2, H - 262, "Program", "Helvetica", 9, "#888888", "c")
    T(c, W / 2, H - 288, "Ethics and Professional Boundaries in the Medical Office", "Times-Bold", 21, slate, "c")
    data = [["Date of program", "Format", "Contact hours"], ["Nov. 19, 2024", "Live virtual classroom", "2.0"]]
    table(c, data, 171, H - 318, [150, 150, 150], [
        ("FONT", (0, 0), (-1, 0), "Helvetica", 8.5), ("FONT", (0, 1), (-1, 1), "Helvetica-Bold", 11.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), HexColor("#888888")), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LINEABOVE", (0, 1), (-1, 1), 0.5, HexColor("#bbbbbb"))])
    P(c, "This program has been approved by American Medical Technologists (AMT) for 2.0 contact hours of "
         "continuing education. It has not been reviewed by the AAMA; CMA (AAMA) holders should keep this "
         "certificate for their own records.", 130, H - 380, W - 260, style("Helvetica", 9, align="c", color="#444444"))
    sigblock(c, 110, 110, 200, rng, ["Dr. Aurelio Benedetti", "Chief Learning Officer"], font="Helvetica", size=8.5)
    T(c, W - 110, 112, "Certificate FMEG-24-3381", "Helvetica", 8.5, "#555555", "r")


reg("09-ferncastle-ethics-amt.pdf", Vec(d09, LAND),
    "Ethics and Professional Boundaries in the Medical Office", "Ferncastle Medical Education Group",
    "2024-11-19", "2.0", "contact_hours", False, None,
    "approved by AMT for contact hours; explicitly not reviewed by the AAMA; abbreviated month 'Nov. 19, 2024' in a table; "
    "tagline with a year",
    "Nov. 19, 2024")


# ---- 10 Silverlake Urgent Care (Chromium): employer LMS, 1 hr 30 min, due date, generated stamp
H10 = """<!doctype html><html><head><meta charset="utf-8"><title>Completion</title><style>
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1e2a33; }
.top { background: #0e7490; color: #fff; padding: 18px 40px; display: flex; justify-content: space-between; align-items: center }
.brand { font-size: 17pt; font-weight: bold }
.brand small { display: block; font-size: 9pt; font-weight: normal; opacity: .85 }
.crumb { font-size: 9pt; opacity: .9 }
.card { margin: 36px 60px; border: 1px solid #cfdde3; border-radius: 10px; padding: 30px 44px }
.kicker { text-transform: uppercase; letter-spacing: 3px; font-size: 9pt; color: #0e7490 }
h1 { font-size: 24pt; margin: 6px 0 22px }
.who { font-size: 12pt } .who b { font-size: 15pt }
.course { font-size: 19pt; font-weight: bold; margin: 20px 0 4px; color: #0b4f63 }
.cid { font-family: 'DejaVu Sans Mono'; font-size: 9pt; color: #6b7c85 }
table { border-collapse: collapse; margin-top: 24px; font-size: 10.5pt }
td { padding: 7px 22px 7px 0; border-bottom: 1px solid #e3ecef }
td.k { color: #6b7c85; width: 1.6in }
.foot { position: absolute; bottom: 26px; left: 60px; right: 60px; font-size: 8pt; color: #8a979e; display: flex; justify-content: space-between }
</style></head><body>
<div class="top"><div class="brand">Silverlake Urgent Care Network<small>Compliance Learning Center</small></div>
<div class="crumb">My Learning &rsaquo; Transcript &rsaquo; Certificate</div></div>
<div class="card"><div class="kicker">Certificate of Completion</div>
<h1>Annual Required Education &mdash; 2024</h1>
<div class="who">Awarded to <b>Renee Kowalczyk-Tran</b> &nbsp;&middot;&nbsp; Medical Assistant II &nbsp;&middot;&nbsp; Employee #SL-20441</div>
<div class="course">Fraud, Waste, and Abuse: Annual Compliance Training</div>
<div class="cid">Course ID SUC-CMP-FWA-24 &nbsp;|&nbsp; Version 2024.1</div>
<table>
<tr><td class="k">Completed on</td><td><b>11 Dec 2024</b></td></tr>
<tr><td class="k">Due date</td><td>12/31/2024</td></tr>
<tr><td class="k">Duration</td><td>1 hr 30 min</td></tr>
<tr><td class="k">Score</td><td>92% (passing score 80%)</td></tr>
<tr><td class="k">Credit</td><td>None &ndash; internal compliance requirement</td></tr>
</table></div>
<div class="foot"><span>Generated 2024-12-11 16:42 &middot; Silverlake Urgent Care Network &middot; Office of Compliance</span><span>Page 1 of 1</span></div>
</body></html>"""

reg("10-silverlake-fwa-compliance.pdf", Chrome(H10),
    "Fraud, Waste, and Abuse: Annual Compliance Training", "Silverlake Urgent Care Network",
    "2024-12-11", "90", "minutes", False, None,
    "Chromium-made employer LMS page; heading 'Annual Required Education - 2024' is not the course title; "
    "'1 hr 30 min' = 90 minutes; due date and generated stamp; 'Credit: None' but a duration is printed",
    "11 Dec 2024", amt_txt="1 hr 30 min")


# ---- 11 Instituto Hispano: Spanish, AAMA approved with category, issue date
def d11(c, W, H, rng):
    red = "#9b2226"
    gold = "#b08d57"
    border_double(c, W, H, 20, gold, gap=8, w1=3, w2=1)
    box(c, 20, H - 20 - 16, W - 40, 16, stroke=None, fill=red)
    T(c, W / 2, H - 82, "Instituto Hispano de Asistentes M\u00e9dicos", "Times-Bold", 24, red, "c")
    T(c, W / 2, H - 100, "Educaci\u00f3n continua para asistentes m\u00e9dicos en los Estados Unidos", "Times-Italic", 11, "#555555", "c")
    spaced(c, "CERTIFICADO DE EDUCACI\u00d3N CONTINUA", W / 2, H - 146, "Times-Roman", 16, 3, "#222222", "c")
    T(c, W / 2, H - 184, "Se otorga a", "Times-Italic", 13, "#444444", "c")
    T(c, W / 2, H - 218, "Guadalupe Ferreira Ortiz", "Times-BoldItalic", 27, "#111111", "c")
    T(c, W / 2, H - 252, "por haber completado satisfactoriamente el curso", "Times-Italic", 13, "#444444", "c")
    T(c, W / 2, H - 288, "Comunicaci\u00f3n intercultural con pacientes hispanohablantes", "Times-Bold", 21, red, "c")
    T(c, W / 2, H - 318, "impartido el 14 de mayo de 2025, en modalidad virtual", "Times-Roman", 13, "#222222", "c")
    P(c, "Aprobado por la American Association of Medical Assistants (AAMA) para <b>1.5 CEU</b> "
         "\u2014 categor\u00eda: <b>general</b>.", 150, H - 340, W - 300, style("Times-Roman", 12, align="c"))
    sigblock(c, 100, 110, 210, rng, ["Lic. Marisela Urquidi", "Directora Acad\u00e9mica"], font="Times-Roman", size=10)
    T(c, W - 100, 126, "Fecha de emisi\u00f3n: 20 de mayo de 2025", "Times-Roman", 10, "#333333", "r")
    T(c, W - 100, 112, "Folio: IHAM-2025-0517", "Times-Roman", 10, "#333333", "r")
    seal(c, W / 2, 110, 36, "INSTITUTO HISPANO \u2022 ASISTENTES M\u00c9DICOS \u2022", red)


reg("11-instituto-hispano-comunicacion.pdf", Vec(d11, LAND),
    "Comunicaci\u00f3n intercultural con pacientes hispanohablantes", "Instituto Hispano de Asistentes M\u00e9dicos",
    "2025-05-14", "1.5", "aama_ceu", True, "general",
    "Spanish throughout; date written in Spanish; AAMA approval sentence in Spanish with category; "
    "'fecha de emisi\u00f3n' is the issue date",
    "14 de mayo de 2025")


# ---- 12 Las Brisas: bilingual English/Spanish, grant supporter
def d12(c, W, H, rng):
    sea = "#006d77"
    sand = "#e9c46a"
    box(c, 0, H - 120, W, 120, stroke=None, fill=sea)
    logo_waves(c, 46, H - 78, 46, sand)
    T(c, 110, H - 62, "Las Brisas Community Health Center", "DV-B", 18, "#ffffff")
    T(c, 110, H - 82, "Centro de Salud Comunitario Las Brisas", "DV-I", 12, "#d8f0f1")
    T(c, 110, H - 100, "Staff Development  /  Desarrollo del Personal", "DV", 9, "#bfe3e5")
    T(c, W / 2, H - 176, "Certificate of Completion", "DVS-B", 24, "#222222", "c")
    T(c, W / 2, H - 198, "Certificado de Finalizaci\u00f3n", "DVS-I", 15, "#555555", "c")
    T(c, W / 2, H - 246, "This certifies that  /  Se certifica que", "DV", 10, "#666666", "c")
    T(c, W / 2, H - 276, "Rosalinda Quintanilla Beck", "DVS-B", 22, "#111111", "c")
    T(c, W / 2, H - 306, "completed the training  /  complet\u00f3 la capacitaci\u00f3n", "DV", 10, "#666666", "c")
    T(c, W / 2, H - 344, "Vaccine Storage and Handling", "DVS-B", 22, sea, "c")
    T(c, W / 2, H - 366, "Almacenamiento y manejo de vacunas", "DVS-I", 14, "#555555", "c")
    rows = [["Date / Fecha", "June 18, 2025  /  18 de junio de 2025"],
            ["Credit / Cr\u00e9dito", "2 contact hours  /  2 horas de contacto"],
            ["Trainer / Instructora", "Itzel Camacho, RN, Immunization Coordinator"]]
    table(c, rows, 90, H - 400, [140, 290], [
        ("FONT", (0, 0), (0, -1), "DV-B", 9.5), ("FONT", (1, 0), (1, -1), "DV", 10),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor("#b7d7d9")), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)])
    T(c, W / 2, 230, "Supported by a grant from the Ocotillo Health Foundation", "DV-I", 8.5, "#777777", "c")
    sigblock(c, 90, 150, 190, rng, ["Octavio Rell\u00e1n, MD", "Medical Director / Director M\u00e9dico"], font="DV", size=8)
    sigblock(c, W - 280, 150, 190, rng, ["Itzel Camacho, RN", "Trainer / Instructora"], font="DV", size=8)
    box(c, 0, 0, W, 26, stroke=None, fill=sand)
    T(c, W / 2, 10, "2250 Camino del Mar, Suite 4  \u00b7  Bahia Alta, CA  \u00b7  (555) 014-2290", "DV", 8, "#4a3b12", "c")


reg("12-las-brisas-vaccine-bilingual.pdf", Vec(d12),
    "Vaccine Storage and Handling", "Las Brisas Community Health Center",
    "2025-06-18", "2", "contact_hours", False, None,
    "bilingual; Spanish title and provider name printed under the English ones (English used for the label; "
    "'Almacenamiento y manejo de vacunas' / 'Centro de Salud Comunitario Las Brisas' equally valid); "
    "'horas de contacto'; grant supporter",
    "June 18, 2025", amt_txt="2 contact hours")


# ---- 13 Northgate: wordmark + provider in signature block, approval pending
def d13(c, W, H, rng):
    ink = "#283044"
    accent = "#e07a5f"
    box(c, 40, 40, W - 80, H - 80, stroke="#d5d8de", lw=0.8)
    spaced(c, "NORTHGATE", 70, H - 100, "DVC-B", 34, 5, ink)
    box(c, 70, H - 112, 60, 4, stroke=None, fill=accent)
    T(c, W - 70, H - 88, "Seminar Series 2025", "DV", 10, "#777777", "r")
    T(c, W - 70, H - 102, "Session 14 of 20", "DV", 10, "#777777", "r")
    T(c, 70, H - 170, "Certificate of Attendance", "DVS", 28, ink)
    T(c, 70, H - 210, "Issued to  Harlan J. Oduya", "DV", 13, "#333333")
    T(c, 70, H - 250, "Managing Difficult Conversations", "DV-B", 24, accent)
    T(c, 70, H - 278, "at the Front Desk", "DV-B", 24, accent)
    T(c, 70, H - 318, "Seminar date:  Aug 7, 2025      Location:  Riverside Commons Conference Room",
      "DV", 11, "#333333")
    T(c, 70, H - 340, "Credit:  1.0 contact hour", "DV-B", 12, "#222222")
    box(c, 70, H - 414, 380, 52, stroke=accent, fill="#fdf0ec", r=4)
    P(c, "<b>AAMA CEU approval pending.</b> If approval is granted, an updated certificate showing AAMA CEUs will "
         "be e-mailed to all attendees.", 82, H - 368, 356, style("DV", 9, color="#5b2b1f"))
    sigblock(c, W - 330, 120, 250, rng, ["Miriam Castellanos-Reid, CMA (AAMA)",
                                         "Director of Education, Northgate Allied Health Seminars"], font="DV", size=8.5)


reg("13-northgate-difficult-conversations.pdf", Vec(d13, LAND),
    "Managing Difficult Conversations at the Front Desk", "Northgate Allied Health Seminars",
    "2025-08-07", "1.0", "contact_hours", False, None,
    "provider name in full only in the signature block; 'NORTHGATE' wordmark letter-spaced; AAMA approval pending "
    "(so false; contact hours are what it awards); title split over two lines; 'Session 14 of 20'",
    "Aug 7, 2025")


# ---- 14 Ashbury: 'approved for ... only'
def d14(c, W, H, rng):
    plum = "#5e3a6e"
    c.setFillColor(HexColor("#f6f1f8"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    box(c, 36, 36, W - 72, H - 72, stroke=plum, fill="#ffffff", lw=1.2, r=14)
    logo_leaf(c, W / 2 - 14, H - 112, 32, "#8e6aa0")
    T(c, W / 2, H - 140, "Ashbury Medical Assistant Collaborative", "DVS-B", 17, plum, "c")
    T(c, W / 2, H - 200, "CERTIFICATE", "DVS", 34, "#222222", "c")
    T(c, W / 2, H - 222, "of continuing education", "DVS-I", 14, "#555555", "c")
    T(c, W / 2, H - 276, "Naomi Abernathy-Cruz, CMA (AAMA)", "DVS-B", 19, "#111111", "c")
    T(c, W / 2, H - 304, "completed the self-study module", "DVS-I", 12, "#444444", "c")
    T(c, W / 2, H - 340, "Pediatric Vital Signs and Growth Charting", "DVS-B", 19, plum, "c")
    T(c, W / 2, H - 366, "Module PV-07  \u00b7  post-test score 90%", "DV", 9, "#888888", "c")
    T(c, W / 2, H - 404, "Completed July 22, 2025", "DVS", 13, "#222222", "c")
    box(c, 90, H - 520, W - 180, 88, stroke="#c9b3d4", fill="#faf7fb", r=6)
    P(c, "This program is approved for <b>1.5 AAMA CEUs (clinical)</b> for CMA (AAMA) recertification only. "
         "It has not been approved for other credentials; RMA and CCMA holders should check with their "
         "certifying body.", 104, H - 444, W - 208, style("DVS", 10, align="c", leading=14))
    sigblock(c, W / 2 - 100, 140, 200, rng, ["Beatrix Oyelowo, CMA (AAMA), MEd", "Program Coordinator"], font="DVS", size=8.5)
    T(c, W / 2, 64, "ashburymacollab.org", "DV", 8, "#8e6aa0", "c")


reg("14-ashbury-pediatric-vitals.pdf", Vec(d14),
    "Pediatric Vital Signs and Growth Charting", "Ashbury Medical Assistant Collaborative",
    "2025-07-22", "1.5", "aama_ceu", True, "clinical",
    "'approved for 1.5 AAMA CEUs (clinical) for CMA (AAMA) recertification only' is still an approval; module code "
    "under the title; big 'CERTIFICATE of continuing education' heading",
    "July 22, 2025")


# ---- 15 St. Adeline: written-out date, amount in words, department folded into hospital
def d15(c, W, H, rng):
    blue = "#1d3557"
    border_guilloche(c, W, H, 20, "#7f9cc0", rng, waves=4, band=18)
    T(c, W / 2, H - 78, "St. Adeline Medical Center", "Times-Bold", 28, blue, "c")
    T(c, W / 2, H - 98, "Department of Education & Professional Development", "Times-Italic", 12, "#555555", "c")
    T(c, W / 2, H - 150, "Medical Assistant Education Day 2024", "Times-Bold", 24, "#222222", "c")
    T(c, W / 2, H - 190, "This certificate is presented to", "Times-Italic", 13, "#444444", "c")
    T(c, W / 2, H - 226, "Cordelia Mbeki-Stroud", "Times-BoldItalic", 28, "#111111", "c")
    T(c, W / 2, H - 262, "in recognition of attendance on the ninth day of November, two thousand twenty-four,",
      "Times-Roman", 13, "#222222", "c")
    T(c, W / 2, H - 280, "in the Brennan Auditorium.", "Times-Roman", 13, "#222222", "c")
    P(c, "The American Association of Medical Assistants (AAMA) has approved this program for "
         "<b>two (2.0) continuing education units</b> in the <b>general</b> category.",
      150, H - 300, W - 300, style("Times-Roman", 13, align="c", leading=17))
    sigblock(c, 110, 110, 210, rng, ["Sr. Helena Voss, RN, MSN", "Vice President, Education"], font="Times-Roman", size=10)
    sigblock(c, W - 320, 110, 210, rng, ["Rafael Ibarra, CMA (AAMA)", "Education Day Planning Committee"],
             font="Times-Roman", size=10)
    seal(c, W / 2, 112, 38, "ST. ADELINE MEDICAL CENTER \u2022 EDUCATION \u2022", "#1d3557", inner="2024")


reg("15-st-adeline-ma-education-day.pdf", Vec(d15, LAND),
    "Medical Assistant Education Day 2024", "St. Adeline Medical Center",
    "2024-11-09", "2.0", "aama_ceu", True, "general",
    "date written out in words ('ninth day of November, two thousand twenty-four'); amount in words "
    "'two (2.0)'; department folded into the hospital; auditorium venue",
    "ninth day of November")



# ---- 16 Orchard Valley: the title lives in a table row with assigned/due/completed dates
def d16(c, W, H, rng):
    green = "#3d6b35"
    logo_leaf(c, 50, H - 86, 30, "#6a994e")
    logo_leaf(c, 72, H - 90, 22, "#a7c957")
    T(c, 104, H - 66, "Orchard Valley Physicians Group", "Helvetica-Bold", 18, green)
    T(c, 104, H - 82, "Clinical Operations \u2022 Staff Education", "Helvetica", 9.5, "#666666")
    hline(c, 50, W - 50, H - 104, green, 1.5)
    T(c, 50, H - 150, "Learning Completion Certificate", "Helvetica-Bold", 22, "#222222")
    T(c, 50, H - 180, "Learner: Tobias Ferreira-Lund       Employee ID: 008812       Role: Medical Assistant",
      "Helvetica", 10, "#333333")
    T(c, 50, H - 196, "Department: Pediatrics \u2013 North Campus", "Helvetica", 10, "#333333")
    stc = style("Helvetica", 9.5, leading=12)
    sth = style("Helvetica-Bold", 8.5, leading=10, color="#ffffff")
    data = [[Paragraph(h, sth) for h in ["Course Title", "Course ID", "Assigned", "Due", "Completed", "CE Hours"]],
            [Paragraph("Telephone Triage Essentials for Medical Assistants", stc), "OVPG-TT-101",
             "03/01/2025", "04/30/2025", "04/03/2025", "1.25"]]
    y = table(c, data, 50, H - 220, [170, 78, 66, 66, 66, 66], [
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(green)), ("FONT", (1, 1), (-1, 1), "Helvetica", 9.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (0, 0), (-1, -1), 0.5, HexColor("#9bb58f")),
        ("ALIGN", (1, 1), (-1, 1), "CENTER"), ("TOPPADDING", (0, 1), (-1, 1), 8), ("BOTTOMPADDING", (0, 1), (-1, 1), 8)])
    T(c, 50, y - 24, "Status: Completed \u2022 Assessment: 10/10 \u2022 Attempts: 1", "Helvetica", 9.5, "#333333")
    P(c, "CE hours are awarded by Orchard Valley Physicians Group for internal competency tracking and may be used "
         "toward professional development requirements where accepted. This course has not been submitted for "
         "AAMA CEU approval.", 50, y - 44, W - 100, style("Helvetica", 8.5, color="#555555"))
    sigblock(c, 50, 160, 200, rng, ["Carmen Sandoval-Pike, BSN, RN", "Clinical Educator"], font="Helvetica", size=8.5)
    T(c, W - 50, 40, "Printed from OVPG Learning Hub on 04/07/2025", "Helvetica", 7.5, "#888888", "r")


reg("16-orchard-valley-telephone-triage.pdf", Vec(d16),
    "Telephone Triage Essentials for Medical Assistants", "Orchard Valley Physicians Group",
    "2025-04-03", "1.25", "contact_hours", False, None,
    "title only inside a table cell (wrapped); assigned, due, completed and printed dates; 'CE Hours' = contact hours; "
    "not submitted to AAMA",
    "04/03/2025")


# ---- 17 AHA BLS eCard-style printout: training centre/site are not the provider
def d17(c, W, H, rng):
    red = "#b3121f"
    # front of card, drawn large on a half page
    x0, y0, cw, ch = 66, H - 330, 480, 290
    box(c, x0, y0, cw, ch, stroke="#999999", fill="#ffffff", lw=0.8, r=10)
    box(c, x0, y0 + ch - 56, cw, 56, stroke=None, fill=red, r=10)
    box(c, x0, y0 + ch - 56, cw, 20, stroke=None, fill=red)
    logo_heart(c, x0 + 36, y0 + ch - 48, 34, "#ffffff")
    T(c, x0 + 70, y0 + ch - 30, "American Heart Association", "Helvetica-Bold", 17, "#ffffff")
    T(c, x0 + 70, y0 + ch - 46, "Resuscitation education", "Helvetica", 9, "#ffdede")
    T(c, x0 + 24, y0 + ch - 96, "BLS Provider", "Helvetica-Bold", 30, "#222222")
    T(c, x0 + 24, y0 + ch - 124, "Oluwaseun Brightwell-Day", "Helvetica-Bold", 15, "#111111")
    P(c, "has successfully completed the cognitive and skills evaluations in accordance with the curriculum of the "
         "American Heart Association BLS Provider course.", x0 + 24, y0 + ch - 134, cw - 48,
      style("Helvetica", 9, color="#333333"))
    cols_ = [("Course Date", "03/18/2025"), ("Issue Date", "03/20/2025"), ("Renew By", "03/2027")]
    for i, (k, v) in enumerate(cols_):
        T(c, x0 + 24 + i * 150, y0 + 76, k, "Helvetica", 8.5, "#777777")
        T(c, x0 + 24 + i * 150, y0 + 58, v, "Helvetica-Bold", 14, "#111111")
    T(c, x0 + 24, y0 + 24, "eCard Code  245507831266", "Courier", 9, "#555555")
    # back / details
    y = y0 - 50
    T(c, 66, y, "Card details", "Helvetica-Bold", 13, "#222222")
    rows = [["Training Center", "Halvorsen Safety Training, LLC"], ["TC ID", "WA20417"],
            ["Training Site", "Gull Harbor Fire Station 3"], ["Instructor", "Desmond Achebe-Lowry"],
            ["Instructor ID", "06174551209"], ["Holder signature", ""]]
    table(c, rows, 66, y - 12, [150, 330], [
        ("FONT", (0, 0), (0, -1), "Helvetica", 9.5), ("FONT", (1, 0), (1, -1), "Helvetica-Bold", 10),
        ("TEXTCOLOR", (0, 0), (0, -1), HexColor("#666666")), ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor("#cccccc")),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])
    T(c, 66, 90, "To verify this card, scan the code or enter the eCard code at the issuer's verification page.",
      "Helvetica", 8, "#777777")
    qr_like(c, W - 140, 60, 74, rng)


reg("17-aha-bls-provider-ecard.pdf", Vec(d17),
    "BLS Provider", "American Heart Association",
    "2025-03-18", "1", "cpr_card", False, "clinical",
    "invented eCard-style printout (front + details); training center and training site are not the provider; "
    "course date vs issue date two days later vs renew-by month",
    "03/18/2025", amt_txt="")


# ---- 18 American Red Cross (Chromium): certificate with valid-for and expiry; training provider distractor
H18 = """<!doctype html><html><head><meta charset="utf-8"><title>Certificate</title><style>
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #222 }
.frame { position: absolute; inset: 0.4in; border: 2px solid #c8102e; }
.band { position: absolute; left: 0.4in; right: 0.4in; top: 0.4in; height: 0.9in; background: #c8102e; color: #fff;
        display: flex; align-items: center; padding-left: 0.5in; font-size: 24pt; font-weight: bold; box-sizing: border-box }
.band span { font-weight: normal; font-size: 11pt; margin-left: 18px; opacity: .9 }
.c { position: absolute; left: 0.9in; right: 0.9in; top: 1.75in }
.k { font-size: 11pt; color: #666; letter-spacing: 2px; text-transform: uppercase }
.name { font-size: 28pt; font-weight: bold; margin: 6px 0 18px }
.course { font-size: 24pt; color: #c8102e; font-weight: bold; margin: 4px 0 24px }
.grid { display: grid; grid-template-columns: 2.3in 2.3in 2.6in; row-gap: 14px; font-size: 11pt }
.grid b { display: block; font-size: 8.5pt; color: #777; font-weight: normal; text-transform: uppercase; letter-spacing: 1px }
.fine { position: absolute; left: 0.9in; right: 0.9in; bottom: 0.75in; font-size: 8pt; color: #777 }
</style></head><body><div class="frame"></div>
<div class="band">American Red Cross<span>Training Services</span></div>
<div class="c"><div class="k">Certificate of Completion</div>
<div class="name">Annika Wojcik-Parra</div>
<div class="k">has successfully completed requirements for</div>
<div class="course">Adult First Aid/CPR/AED</div>
<div class="grid">
<div><b>Date Completed</b>07/09/2025</div><div><b>Valid For</b>2 Years</div><div><b>Expiration</b>07/09/2027</div>
<div><b>Certificate ID</b>01HZK7-4QW2P9</div><div><b>Instructor</b>Marcus Del Toro</div><div><b>Training Provider</b>Copperline Safety Co.</div>
</div></div>
<div class="fine">Conducted by an authorized training provider using American Red Cross course materials. Scan or enter the certificate ID
on the issuer's digital certificate page to validate. This certificate does not award continuing education units.</div>
</body></html>"""

reg("18-red-cross-adult-fa-cpr-aed.pdf", Chrome(H18),
    "Adult First Aid/CPR/AED", "American Red Cross",
    "2025-07-09", "1", "cpr_card", False, "clinical",
    "Chromium-made digital certificate; training provider (Copperline Safety Co.) is not the issuer; "
    "valid-for and expiration dates; explicitly no CEUs",
    "07/09/2025", amt_txt="")


# ---- 19 Strata Cardiac Devices: device company, link expiry, not submitted to AAMA
def d19(c, W, H, rng):
    dark = "#102a43"
    cyan = "#1fb5c9"
    box(c, 0, 0, W, H, stroke=None, fill="#f4f7fa")
    box(c, 28, 28, W - 56, H - 56, stroke=None, fill="#ffffff")
    box(c, 28, H - 40, W - 56, 12, stroke=None, fill=cyan)
    # ECG squiggle
    c.setStrokeColor(HexColor(cyan))
    c.setLineWidth(2)
    p = c.beginPath()
    pts = [(60, H - 90), (90, H - 90), (98, H - 80), (104, H - 118), (112, H - 62), (120, H - 96), (128, H - 90), (170, H - 90)]
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    c.drawPath(p, stroke=1, fill=0)
    spaced(c, "STRATA", 184, H - 100, "DV-B", 30, 6, dark)
    spaced(c, "CARDIAC DEVICES", 186, H - 118, "DV", 9, 3.4, "#52606d")
    T(c, W - 60, H - 84, "Professional Education", "DV", 10, "#52606d", "r")
    T(c, W / 2, H - 178, "Certificate of Completion", "DVS", 30, dark, "c")
    T(c, W / 2, H - 212, "Presented to Maricela Dunleavy for successfully completing", "DV", 12, "#444444", "c")
    T(c, W / 2, H - 250, "12-Lead ECG: Lead Placement and Artifact Troubleshooting", "DV-B", 19, dark, "c")
    T(c, W / 2, H - 272, "On-demand module ECG-204 \u00b7 includes 12 practice tracings", "DV", 9, "#829ab1", "c")
    data = [["Date completed", "Credit", "Certificate link expires"], ["March 27, 2025", "1.0 contact hour", "April 27, 2025"]]
    table(c, data, 156, H - 300, [160, 160, 160], [
        ("FONT", (0, 0), (-1, 0), "DV", 8.5), ("FONT", (0, 1), (-1, 1), "DV-B", 12),
        ("TEXTCOLOR", (0, 0), (-1, 0), HexColor("#829ab1")), ("ALIGN", (0, 0), (-1, -1), "CENTER")])
    P(c, "This activity has not been submitted to the AAMA for approval. Contact hours are awarded by the provider "
         "and may not be accepted for all credentials. Download this certificate before the link expires.",
      150, H - 360, W - 300, style("DV", 8.5, align="c", color="#52606d"))
    sigblock(c, 90, 120, 210, rng, ["Jonah Pettersen, CCT, RCS", "Manager, Clinical Education Services"], font="DV", size=8.5)
    T(c, W - 60, 60, "Strata Cardiac Devices, Inc. \u2022 Clinical Education Services \u2022 1400 Beacon Loop, Fallbrook, MN",
      "DV", 7.5, "#829ab1", "r")


reg("19-strata-ecg-lead-placement.pdf", Vec(d19, LAND),
    "12-Lead ECG: Lead Placement and Artifact Troubleshooting", "Strata Cardiac Devices, Inc.",
    "2025-03-27", "1.0", "contact_hours", False, None,
    "device company; 'STRATA / CARDIAC DEVICES' letter-spaced wordmark, full legal name only in the footer; "
    "'for successfully completing'; module code under title; link-expiry date next to completion date; "
    "not submitted to AAMA; title starts with a number",
    "March 27, 2025")


# ---- 20 Bellmont Regional (Chromium): LMS record, minutes, timestamps
H20 = """<!doctype html><html><head><meta charset="utf-8"><title>Transcript record</title><style>
@page { size: 8.5in 11in; margin: 0.6in }
body { font-family: 'DejaVu Sans', sans-serif; color: #222; font-size: 10.5pt }
.hdr { display: flex; justify-content: space-between; border-bottom: 3px solid #2f4858; padding-bottom: 10px }
.org { font-size: 15pt; font-weight: bold; color: #2f4858 }
.org div { font-size: 9.5pt; font-weight: normal; color: #555 }
.meta { text-align: right; font-size: 8.5pt; color: #666 }
h1 { font-size: 20pt; margin: 40px 0 4px; font-weight: normal }
.sub { color: #666; margin-bottom: 30px }
dl { display: grid; grid-template-columns: 1.8in auto; row-gap: 10px; margin: 0 }
dt { color: #6a7b85 } dd { margin: 0; font-weight: bold }
.note { margin-top: 40px; border-left: 4px solid #86bbd8; padding: 8px 14px; background: #f2f8fb; font-size: 9pt; color: #444 }
.att { margin-top: 60px; font-size: 9pt; color: #444 }
.sig { margin-top: 40px; width: 2.8in; border-top: 1px solid #333; padding-top: 4px; font-size: 9pt }
</style></head><body>
<div class="hdr"><div class="org">Bellmont Regional Medical Center<div>Learning &amp; Organizational Development</div></div>
<div class="meta">Printed: 2024-10-02<br>Record #LOD-558120</div></div>
<h1>Course Completion Record</h1>
<div class="sub">Learner: Ximena Halvorsen-Okoro &middot; Patient Access Representative / Medical Assistant</div>
<dl>
<dt>Course</dt><dd>Workplace Violence Prevention for Front-Desk Staff</dd>
<dt>Course code</dt><dd>BRMC-SAF-031</dd>
<dt>Delivery</dt><dd>e-Learning with scenario videos</dd>
<dt>Enrolled</dt><dd>2024-09-03 09:12</dd>
<dt>Completion</dt><dd>2024-09-30 14:05</dd>
<dt>Duration</dt><dd>45 minutes</dd>
<dt>Credit type</dt><dd>None (mandatory education)</dd>
</dl>
<div class="note">This record documents completion of mandatory annual education. No continuing education units
are associated with this course.</div>
<div class="att">Attested by the Learning &amp; Organizational Development office.</div>
<div class="sig">Keiko Ashdown-Ramos, MSEd<br>Manager, Learning &amp; Organizational Development</div>
</body></html>"""

reg("20-bellmont-workplace-violence.pdf", Chrome(H20),
    "Workplace Violence Prevention for Front-Desk Staff", "Bellmont Regional Medical Center",
    "2024-09-30", "45", "minutes", False, None,
    "Chromium-made LMS record; ISO timestamps for enrolled / completion / printed; duration with no credit; "
    "department folded into the medical center",
    "2024-09-30 14:05", amt_txt="45 minutes")


# ---- 21 Lanternfish CE Webinars: split 0.5/0.5, streaming platform distractor
def d21(c, W, H, rng):
    ink = "#0d1b2a"
    gold = "#f4a261"
    box(c, 0, 0, W, H, stroke=None, fill="#0d1b2a")
    box(c, 24, 24, W - 48, H - 48, stroke=None, fill="#fdfcf8")
    c.setFillColor(HexColor(gold))
    p = c.beginPath()
    p.moveTo(60, H - 60)
    p.lineTo(84, H - 48)
    p.lineTo(84, H - 90)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.circle(76, H - 69, 5, stroke=0, fill=1)
    T(c, 96, H - 70, "Lanternfish CE Webinars, LLC", "DVS-B", 16, ink)
    T(c, W - 60, H - 70, "streamed live on Vidamo Live", "DV-I", 9, "#777777", "r")
    T(c, 60, H - 140, "This certifies that", "DV", 11, "#555555")
    T(c, 60, H - 172, "Priscilla Achterberg-Nwosu", "DVS-B", 26, ink)
    T(c, 60, H - 204, "attended the live webinar on January 16, 2025", "DV", 11, "#555555")
    lines_fixed(c, ["Coding Modifiers and the Clinical", "Documentation Behind Them"], 60, H - 246,
                "DVS-B", 24, 29, "#9c4a12", "l")
    data = [["AAMA CEU category", "CEUs"], ["Administrative", "0.5"], ["Clinical", "0.5"], ["Total AAMA CEUs", "1.0"]]
    table(c, data, 60, H - 320, [170, 70], [
        ("FONT", (0, 0), (-1, 0), "DV-B", 9), ("FONT", (0, 1), (-1, -1), "DV", 10.5),
        ("FONT", (0, 3), (-1, 3), "DV-B", 10.5), ("LINEBELOW", (0, 0), (-1, 0), 1, HexColor(ink)),
        ("LINEABOVE", (0, 3), (-1, 3), 0.8, HexColor(ink)), ("ALIGN", (1, 0), (1, -1), "RIGHT")])
    P(c, "This program has been granted prior approval by the American Association of Medical Assistants (AAMA) "
         "for 1.0 CEU: 0.5 administrative and 0.5 clinical.", 330, H - 330, 380, style("DV", 9.5, color="#333333"))
    P(c, "Presenter: Theodora Quaye, CPC, CMA (AAMA). Webinar recording available for 30 days; viewing the recording "
         "does not carry credit.", 330, H - 380, 380, style("DV", 8.5, color="#666666"))
    sigblock(c, W - 280, 100, 200, rng, ["Imogen Stratton", "Founder & Education Director"], font="DV", size=8.5)
    T(c, 60, 60, "lanternfishce.com  \u00b7  Webinar #LF-2501-07", "DV", 8, "#777777")


reg("21-lanternfish-coding-modifiers-split.pdf", Vec(d21, LAND),
    "Coding Modifiers and the Clinical Documentation Behind Them", "Lanternfish CE Webinars, LLC",
    "2025-01-16", "1.0", "aama_ceu", True, None,
    "split 0.5 administrative / 0.5 clinical with total; streaming platform named near the logo; date inside a "
    "sentence; title over two lines; recording-credit caveat",
    "January 16, 2025", categories={"administrative": "0.5", "clinical": "0.5"})


# ---- 22 Meridian Crest: series brand dominates, provider only in accreditation sentence, sponsor
def d22(c, W, H, rng):
    teal = "#00798c"
    box(c, 0, H - 190, W, 190, stroke=None, fill="#edae49")
    T(c, 50, H - 80, "MA Skills", "DV-B", 44, "#30292f")
    T(c, 50, H - 128, "Weekly", "DVS-BI", 44, "#ffffff")
    T(c, W - 50, H - 72, "EPISODE 37", "DV-B", 14, "#30292f", "r")
    T(c, W - 50, H - 90, "Season 3", "DV", 10, "#30292f", "r")
    T(c, 50, H - 240, "CERTIFICATE OF COMPLETION", "DV-B", 12, teal)
    T(c, 50, H - 275, "Spirometry Coaching:", "DVS-B", 26, "#222222")
    T(c, 50, H - 305, "Getting Reproducible Efforts", "DVS", 22, "#222222")
    T(c, 50, H - 350, "Learner", "DV", 9, "#888888")
    T(c, 50, H - 368, "Yusuf Halloran-Ibe", "DV-B", 14, "#222222")
    T(c, 300, H - 350, "Viewed and completed", "DV", 9, "#888888")
    T(c, 300, H - 368, "Apr. 10, 2025", "DV-B", 14, "#222222")
    T(c, 50, H - 405, "Credit", "DV", 9, "#888888")
    T(c, 50, H - 423, "1.0 AAMA CEU \u00b7 Clinical", "DV-B", 14, "#222222")
    T(c, 300, H - 405, "Episode length", "DV", 9, "#888888")
    T(c, 300, H - 423, "58 min video + 10-question quiz", "DV", 12, "#222222")
    hline(c, 50, W - 50, H - 450, "#cccccc")
    P(c, "Meridian Crest Continuing Education is approved by the American Association of Medical Assistants (AAMA) "
         "to offer 1.0 clinical CEU for this program. MA Skills Weekly is produced for medical assistants and "
         "distributed free of charge.", 50, H - 462, W - 100, style("DV", 9, color="#444444", leading=12.5))
    T(c, 50, H - 530, "This episode is sponsored by Hollenbeck Respiratory.", "DV-I", 9, "#777777")
    scribble(c, 60, 150, 160, rng)
    hline(c, 50, 250, 140)
    T(c, 50, 128, "Host & Producer", "DV", 8.5, "#555555")
    qr_like(c, W - 130, 110, 70, rng, color="#30292f")


reg("22-meridian-crest-spirometry.pdf", Vec(d22),
    "Spirometry Coaching: Getting Reproducible Efforts", "Meridian Crest Continuing Education",
    "2025-04-10", "1.0", "aama_ceu", True, "clinical",
    "series brand 'MA Skills Weekly' dominates the page; the provider appears only in the accreditation sentence; "
    "commercial sponsor; episode number; '58 min' is the video length, not the credit; signature without a name",
    "Apr. 10, 2025")



# ---- 23 Tallgrass CEU Partners: provider only in footer next to the website
def d23(c, W, H, rng):
    prairie = "#6b705c"
    wheat = "#cb997e"
    logo_grass(c, W / 2 - 26, H - 110, 56, "#a5a58d")
    T(c, W / 2, H - 150, "Certificate of Continuing Education", "DVS-I", 28, "#3f4238", "c")
    hline(c, W / 2 - 120, W / 2 + 120, H - 166, wheat, 1)
    T(c, W / 2, H - 206, "Odalys Pemberton-Reyes", "DVS-B", 24, "#222222", "c")
    T(c, W / 2, H - 236, "has completed the online course", "DVS-I", 12, "#555555", "c")
    T(c, W / 2, H - 272, "Allergy and Anaphylaxis Recognition in the Clinic", "DVS-B", 21, prairie, "c")
    T(c, W / 2, H - 312, "Completed 2025-05-02", "DV", 11.5, "#333333", "c")
    T(c, W / 2, H - 332, "Contact hours: 1.5", "DV-B", 11.5, "#333333", "c")
    T(c, W / 2, H - 352, "Order #TG-771904 \u00b7 purchased 2025-04-28", "DV", 8.5, "#999999", "c")
    sigblock(c, 120, 150, 190, rng, ["Course author", "Eliza Brandvold, CMA (AAMA), BSHA"], font="DV", size=8.5)
    sigblock(c, W - 310, 150, 190, rng, ["Registrar"], font="DV", size=8.5)
    box(c, 0, 0, W, 52, stroke=None, fill="#ddbea9")
    T(c, W / 2, 30, "Tallgrass CEU Partners  |  www.tallgrassceupartners.com  |  (555) 010-7733", "DV-B", 10, "#3f4238", "c")
    T(c, W / 2, 14, "Self-paced online courses for allied health professionals", "DV", 8, "#3f4238", "c")


reg("23-tallgrass-anaphylaxis.pdf", Vec(d23, LAND),
    "Allergy and Anaphylaxis Recognition in the Clinic", "Tallgrass CEU Partners",
    "2025-05-02", "1.5", "contact_hours", False, None,
    "provider only in the footer next to the website and phone; grass logo without words; purchase date below "
    "the completion date; course author in a signature block; no approval statement",
    "2025-05-02")


# ---- 24 Northwind summit: range crossing months, 'presents', platform, split with total
def d24(c, W, H, rng):
    night = "#14213d"
    aqua = "#4cc9f0"
    box(c, 0, 0, W, H, stroke=None, fill=night)
    c.setStrokeColor(HexColor("#23395d"))
    c.setLineWidth(0.6)
    for k in range(0, int(W), 18):
        c.line(k, 0, k + 140, H)
    box(c, 40, 40, W - 80, H - 80, stroke=aqua, lw=1.2)
    T(c, W / 2, H - 90, "Northwind Allied Learning Cooperative presents", "DV", 12, "#bde0fe", "c")
    T(c, W / 2, H - 130, "Northwind Medical Assistant", "DV-B", 30, "#ffffff", "c")
    T(c, W / 2, H - 164, "Virtual Summit 2024", "DV-B", 30, aqua, "c")
    T(c, W / 2, H - 196, "October 30 \u2013 November 1, 2024  \u00b7  Online", "DV", 13, "#ffffff", "c")
    T(c, W / 2, H - 242, "CERTIFICATE OF ATTENDANCE  \u2014  awarded to", "DV", 10, "#bde0fe", "c")
    T(c, W / 2, H - 274, "Esperanza Lindgren-Obi, CMA (AAMA)", "DVS-B", 22, "#ffffff", "c")
    data = [["Clinical", "General", "Total"], ["2.5", "1.5", "4.0"]]
    table(c, data, W / 2 - 150, H - 300, [100, 100, 100], [
        ("FONT", (0, 0), (-1, 0), "DV", 9), ("FONT", (0, 1), (-1, 1), "DV-B", 18),
        ("TEXTCOLOR", (0, 0), (-1, -1), HexColor("#ffffff")), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.6, HexColor(aqua))])
    T(c, W / 2, H - 372, "AAMA CEUs earned", "DV", 9, "#bde0fe", "c")
    P(c, "This summit has been approved by the AAMA for up to 4.0 CEUs. Credit shown reflects the sessions "
         "this attendee joined live for at least 50 minutes.", 160, H - 386, W - 320,
      style("DV", 9, align="c", color="#ffffff"))
    T(c, 80, 70, "Platform: Convenely Events", "DV", 8, "#8d99ae")
    T(c, W - 80, 70, "Certificate emailed 11/04/2024", "DV", 8, "#8d99ae", "r")
    sigblock(c, W / 2 - 90, 100, 180, rng, ["Summit Chair"], font="DV", size=8, color="#bde0fe", ink="#bde0fe")


reg("24-northwind-virtual-summit.pdf", Vec(d24, LAND),
    "Northwind Medical Assistant Virtual Summit 2024", "Northwind Allied Learning Cooperative",
    "2024-11-01", "4.0", "aama_ceu", True, None,
    "dark page; event name is the title (two lines); date range crossing months (last day counts); "
    "'X presents' line above; 'up to 4.0' with the earned total 4.0; event platform; emailed date",
    "October 30 \u2013 November 1, 2024", categories={"clinical": "2.5", "general": "1.5"})


# ---- 25 Okonkwo & Hale: DD/MM/YYYY date, IACET 0.1
def d25(c, W, H, rng):
    moss = "#386641"
    box(c, 50, H - 60, W - 100, 2, stroke=None, fill=moss)
    T(c, 50, H - 96, "Okonkwo & Hale", "DVS-B", 30, moss)
    T(c, 50, H - 118, "CLINICAL LEARNING, LLC", "DV", 11, "#555555")
    T(c, W - 50, H - 96, "IACET", "DV-B", 14, "#555555", "r")
    T(c, W - 50, H - 110, "Accredited Provider", "DV", 8, "#555555", "r")
    T(c, 50, H - 190, "Statement of Credit", "DVS", 28, "#222222")
    rows = [["Participant", "Wren Adeyemi-Castell"],
            ["Course", Paragraph("Safe Handling of Hazardous Drugs in the Outpatient Clinic", style("DV-B", 11))],
            ["Course no.", "OH-HD-118"],
            ["Date of completion (DD/MM/YYYY)", "21/05/2025"],
            ["Credit", "IACET CEUs: 0.1  (1.0 contact hour)"],
            ["Statement printed", "03/06/2025"]]
    table(c, rows, 50, H - 220, [190, 320], [
        ("FONT", (0, 0), (0, -1), "DV", 9), ("FONT", (1, 0), (1, -1), "DV", 11),
        ("TEXTCOLOR", (0, 0), (0, -1), HexColor("#666666")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor("#bbbbbb")), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 8)])
    P(c, "Okonkwo &amp; Hale Clinical Learning, LLC has been accredited as an Authorized Provider by the "
         "International Accreditor for Continuing Education and Training (IACET). In obtaining this accreditation, "
         "Okonkwo &amp; Hale Clinical Learning, LLC has demonstrated that it complies with the ANSI/IACET Standard.",
      50, H - 470, W - 100, style("DV", 8.5, color="#444444", leading=12))
    sigblock(c, 50, 140, 200, rng, ["Chidinma Okonkwo, PharmD", "Co-founder"], font="DV", size=8.5)
    sigblock(c, 320, 140, 200, rng, ["Abigail Hale, RN, MSN", "Co-founder"], font="DV", size=8.5)


reg("25-okonkwo-hale-hazardous-drugs.pdf", Vec(d25),
    "Safe Handling of Hazardous Drugs in the Outpatient Clinic", "Okonkwo & Hale Clinical Learning, LLC",
    "2025-05-21", "0.1", "iacet_ceu", False, None,
    "day-first date with an explicit (DD/MM/YYYY) hint; printed date '03/06/2025' is also day-first (3 June); "
    "provider split across two header lines in different fonts, full form in IACET statement; course number row",
    "21/05/2025")


# ---- 26 Glenhollow Technical College (Chromium): academic credit, term range, date issued
H26 = """<!doctype html><html><head><meta charset="utf-8"><title>Course completion</title><style>
@page { size: 8.5in 11in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Serif', serif; color: #1c1c1c }
.wrap { padding: 0.8in 0.85in }
.seal { width: 86px; height: 86px; border-radius: 50%; border: 4px double #264653; float: left; margin-right: 20px;
        text-align: center; font: bold 30pt 'DejaVu Serif'; color: #264653; line-height: 86px }
.name { font-size: 21pt; font-weight: bold; color: #264653; padding-top: 10px }
.sub { font-family: 'DejaVu Sans'; font-size: 10pt; color: #555 }
.clear { clear: both }
h1 { font-size: 17pt; font-weight: normal; letter-spacing: 3px; text-transform: uppercase; margin: 44px 0 26px; border-bottom: 1px solid #888; padding-bottom: 8px }
p { font-size: 11.5pt; line-height: 1.6 }
table { width: 100%; border-collapse: collapse; margin: 20px 0; font-family: 'DejaVu Sans'; font-size: 10pt }
th { text-align: left; background: #e9f1f2; padding: 8px; border: 1px solid #b7c9cc; font-weight: bold }
td { padding: 8px; border: 1px solid #b7c9cc }
.small { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #666; margin-top: 50px; line-height: 1.5 }
.sig { margin-top: 60px; width: 3in; border-top: 1px solid #222; padding-top: 5px; font-size: 10pt }
</style></head><body><div class="wrap">
<div class="seal">G</div><div class="name">Glenhollow Technical College</div>
<div class="sub">Office of the Registrar &middot; 880 Quarry Road &middot; Glenhollow, PA</div><div class="clear"></div>
<h1>Verification of Course Completion</h1>
<p>To whom it may concern: the student named below completed the following credit course with a passing grade.</p>
<p><b>Student:</b> Marguerite Osei-Lindholm &nbsp;&nbsp; <b>Student ID:</b> G00418823</p>
<table><tr><th>Term</th><th>Course</th><th>Title</th><th>Credit hours</th><th>Grade</th></tr>
<tr><td>Spring 2025<br>(January 13 &ndash; May 9, 2025)</td><td>MED 215</td><td>Clinical Pharmacology for Medical Assistants</td><td>3</td><td>A&minus;</td></tr></table>
<p>Credit hours are semester credit hours. This letter is not an official transcript.</p>
<div class="sig">Danielle Whitford-Ames<br>Associate Registrar</div>
<div class="small">Date issued: May 20, 2025 &middot; Request #VR-25-0991<br>
Glenhollow Technical College is accredited by its regional accrediting commission.</div>
</div></body></html>"""

reg("26-glenhollow-pharmacology-credit.pdf", Chrome(H26),
    "Clinical Pharmacology for Medical Assistants", "Glenhollow Technical College",
    "2025-05-09", "3", "college_credit", False, None,
    "Chromium-made registrar letter; academic credit in a table; term range (last day counts); course code in its own "
    "column; registrar office folded into the college; date issued later",
    "May 9, 2025")


# ---- 27 Halden Park: glyph-by-glyph wordmark, IACET 0.15 with contact-hour equivalent
def d27(c, W, H, rng):
    rust = "#9a3412"
    c.setFillColor(HexColor("#fff7ed"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    border_double(c, W, H, 26, rust, gap=4, w1=1, w2=3)
    spaced(c, "HALDEN PARK", W / 2, H - 92, "DVS-B", 30, 9, rust, "c",
           sizes=[38, 30, 30, 30, 30, 30, 30, 38, 30, 30, 30])
    spaced(c, "LEARNING INSTITUTE", W / 2, H - 114, "DV", 9.5, 6, "#7c2d12", "c")
    T(c, W / 2, H - 170, "This is to certify that", "DVS-I", 13, "#444444", "c")
    T(c, W / 2, H - 204, "Ignatius Forsberg-Mensah", "DVS-B", 24, "#1c1917", "c")
    T(c, W / 2, H - 236, "has completed", "DVS-I", 13, "#444444", "c")
    T(c, W / 2, H - 272, "Advance Beneficiary Notices: When and How to Use Them", "DVS-B", 20, rust, "c")
    T(c, W / 2, H - 312, "Completed: 2025-02-27", "DV", 11.5, "#222222", "c")
    T(c, W / 2, H - 332, "0.15 CEUs (1.5 contact hours)", "DV-B", 12, "#222222", "c")
    P(c, "Halden Park Learning Institute is accredited by IACET and offers IACET CEUs for its learning events that "
         "comply with the ANSI/IACET Continuing Education and Training Standard.", 150, H - 352, W - 300,
      style("DV", 8.5, align="c", color="#57534e"))
    sigblock(c, 130, 110, 200, rng, ["Programs Director"], font="DV", size=8.5)
    T(c, W - 130, 112, "Registration confirmed 2025-02-10", "DV", 8, "#78716c", "r")


reg("27-halden-park-abn-iacet.pdf", Vec(d27, LAND),
    "Advance Beneficiary Notices: When and How to Use Them", "Halden Park Learning Institute",
    "2025-02-27", "0.15", "iacet_ceu", False, None,
    "wordmark drawn glyph by glyph with bigger initials, subtitle line 'LEARNING INSTITUTE' letter-spaced; "
    "IACET CEU with contact-hour equivalent; registration date",
    "2025-02-27")


# ---- 28 Wintermere: issue date prominent, program date small
def d28(c, W, H, rng):
    ice = "#3a86ff"
    dark = "#1b263b"
    box(c, 0, H - 14, W, 14, stroke=None, fill=ice)
    T(c, 50, H - 70, "Wintermere State Society", "DVS-B", 20, dark)
    T(c, 50, H - 92, "of Medical Assistants", "DVS-B", 20, dark)
    T(c, W - 50, H - 64, "DATE OF ISSUE", "DV", 8.5, "#777777", "r")
    T(c, W - 50, H - 86, "October 3, 2025", "DV-B", 16, ice, "r")
    hline(c, 50, W - 50, H - 112, "#c8d6e5")
    T(c, 50, H - 170, "CEU Certificate", "DV-B", 34, dark)
    T(c, 50, H - 210, "Recipient", "DV", 9, "#777777")
    T(c, 50, H - 232, "Gwendolyn Ashcroft-Baptiste, CMA (AAMA)", "DV", 16, "#111111")
    T(c, 50, H - 270, "Program", "DV", 9, "#777777")
    T(c, 50, H - 296, "Recognizing Sepsis in the Outpatient Setting", "DVS-B", 20, dark)
    T(c, 50, H - 318, "Program date: September 25, 2025 \u00b7 evening webinar, 6:30\u20137:30 p.m.", "DV", 9, "#555555")
    box(c, 50, H - 410, 240, 66, stroke=ice, fill="#eef4ff", r=6)
    T(c, 66, H - 370, "AAMA CEUs", "DV", 9, "#555555")
    T(c, 66, H - 396, "1.0  Clinical", "DV-B", 20, dark)
    P(c, "Approved by the American Association of Medical Assistants (AAMA). Approval code WSSMA-25-044.",
      310, H - 356, 250, style("DV", 9, color="#333333"))
    sigblock(c, 50, 150, 200, rng, ["Penelope Orbach, CMA (AAMA)", "CEU Coordinator"], font="DV", size=8.5)
    T(c, W - 50, 60, "Certificates are issued in batches after attendance is verified.", "DV-I", 8, "#888888", "r")


reg("28-wintermere-sepsis.pdf", Vec(d28),
    "Recognizing Sepsis in the Outpatient Setting", "Wintermere State Society of Medical Assistants",
    "2025-09-25", "1.0", "aama_ceu", True, "clinical",
    "issue date printed big in the top-right corner; the program date is small under the title; provider over two lines; "
    "time range '6:30-7:30 p.m.' (not a credit)",
    "September 25, 2025")


# ---- 29 Horizonte (Chromium): Spanish, hora de contacto, weekday date, issued date
H29 = """<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Constancia</title><style>
@page { size: 11in 8.5in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #2b2d42 }
.side { position: absolute; left: 0; top: 0; bottom: 0; width: 2.3in; background: linear-gradient(#ff9f1c, #e76f51); }
.sun { position: absolute; left: 0.55in; top: 0.7in; width: 1.2in; height: 1.2in; border-radius: 50%; background: #fff3; border: 3px solid #fff }
.brand { position: absolute; left: 0.3in; top: 2.2in; width: 1.8in; color: #fff; font-size: 20pt; font-weight: bold; line-height: 1.1 }
.brand small { display: block; font-size: 9pt; font-weight: normal; margin-top: 6px }
.main { position: absolute; left: 2.9in; right: 0.7in; top: 0.8in }
.k { font-size: 10pt; letter-spacing: 3px; color: #e76f51; text-transform: uppercase }
h1 { font-family: 'DejaVu Serif'; font-size: 30pt; margin: 6px 0 26px; font-weight: normal }
.n { font-size: 22pt; font-weight: bold; margin: 8px 0 20px }
.t { font-family: 'DejaVu Serif'; font-size: 20pt; font-weight: bold; color: #264653; margin: 8px 0 20px; line-height: 1.25 }
.row { font-size: 11pt; margin: 6px 0 }
.foot { position: absolute; left: 2.9in; right: 0.7in; bottom: 0.6in; font-size: 8.5pt; color: #777; line-height: 1.5 }
.sig { position: absolute; right: 0.7in; bottom: 1.3in; width: 2.6in; border-top: 1px solid #333; font-size: 9pt; padding-top: 4px }
</style></head><body>
<div class="side"></div><div class="sun"></div>
<div class="brand">Horizonte<small>Educaci&oacute;n Continua, LLC</small></div>
<div class="main"><div class="k">Constancia de participaci&oacute;n</div>
<h1>Certificado</h1>
<div class="row">Se hace constar que</div>
<div class="n">Maricruz Villase&ntilde;or Delgado</div>
<div class="row">particip&oacute; y aprob&oacute; la evaluaci&oacute;n del taller en l&iacute;nea</div>
<div class="t">Manejo del paciente con diabetes tipo 2 en la consulta</div>
<div class="row">Fecha del taller: <b>jueves, 3 de julio de 2025</b></div>
<div class="row">Duraci&oacute;n acreditada: <b>1.0 hora de contacto</b></div>
<div class="row">Ponente: Dra. Ainhoa Cifuentes, educadora en diabetes</div></div>
<div class="sig">Lic. Bernardo Zamacona<br>Coordinador Acad&eacute;mico</div>
<div class="foot">Emitido el 7 de julio de 2025 &middot; Folio HEC-0725-118<br>
Horizonte Educaci&oacute;n Continua, LLC &middot; San Antonio, Texas &middot; Este programa no ha sido sometido a la AAMA.</div>
</body></html>"""

reg("29-horizonte-diabetes-espanol.pdf", Chrome(H29),
    "Manejo del paciente con diabetes tipo 2 en la consulta", "Horizonte Educaci\u00f3n Continua, LLC",
    "2025-07-03", "1.0", "contact_hours", False, None,
    "Chromium-made, Spanish; brand split over two lines in the side bar, full name in the footer; weekday + Spanish "
    "date; 'hora de contacto'; issued date four days later; not submitted to the AAMA (in Spanish)",
    "3 de julio de 2025")


# ---- 30 Ridgeway Career Institute (Chromium): NHA CE credit, completion vs. expiry of access
H30 = """<!doctype html><html><head><meta charset="utf-8"><title>Certificate</title><style>
@page { size: 8.5in 11in; margin: 0 }
body { margin: 0; font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; color: #222 }
.hd { height: 1.6in; background: repeating-linear-gradient(135deg, #2a9d8f 0 14px, #28907f 14px 28px); color: #fff; padding: 0.45in 0.8in; box-sizing: border-box }
.hd .a { font-size: 28pt; font-weight: bold; letter-spacing: 1px }
.hd .b { font-size: 10pt; opacity: .9 }
.body { padding: 0.6in 0.8in }
.label { font-size: 9pt; color: #888; text-transform: uppercase; letter-spacing: 1.5px; margin-top: 22px }
.v { font-size: 15pt; margin-top: 4px }
.title { font-size: 22pt; font-weight: bold; color: #1d3557; margin-top: 4px; line-height: 1.2 }
.credit { margin-top: 30px; display: inline-block; border: 2px solid #2a9d8f; border-radius: 8px; padding: 12px 22px }
.credit b { font-size: 22pt; color: #2a9d8f }
.fine { margin-top: 36px; font-size: 8.5pt; color: #555; line-height: 1.5 }
.foot { position: absolute; bottom: 0.5in; left: 0.8in; right: 0.8in; font-size: 8pt; color: #888; border-top: 1px solid #ddd; padding-top: 6px }
</style></head><body>
<div class="hd"><div class="a">Ridgeway Career Institute</div><div class="b">Online Continuing Education for Certified Allied Health Professionals</div></div>
<div class="body">
<div class="label">This certificate is awarded to</div><div class="v">Benedikt Oyelaran-Sousa, CCMA</div>
<div class="label">for completing</div>
<div class="title">Clinical Documentation Refresher:<br>SOAP Notes and Beyond</div>
<div class="label">Completed</div><div class="v">12/03/2024</div>
<div class="label">Course access expired</div><div class="v">01/31/2025</div>
<div class="credit">NHA-approved CE credits: <b>1.0</b></div>
<div class="fine">Ridgeway Career Institute is an NHA-approved continuing education provider. Credits are reported to NHA
by the learner. This course has not been reviewed for AAMA CEUs.</div>
</div>
<div class="foot">Certificate RCI-CE-58812 &middot; Downloaded 01/15/2025 &middot; ridgewaycareer.edu/verify</div>
</body></html>"""

reg("30-ridgeway-documentation-nha.pdf", Chrome(H30),
    "Clinical Documentation Refresher: SOAP Notes and Beyond", "Ridgeway Career Institute",
    "2024-12-03", "1.0", "nha_credit", False, None,
    "Chromium-made; title over two lines with a subtitle after the colon; completed vs access-expired vs downloaded dates; "
    "NHA credits (not AAMA)",
    "12/03/2024")



# ============================================================================= phone photos
def fx_std(out, margins, j, bg="wood", light=None, shadow=None, blur=0.9, noise=7, tint=(252, 246, 232),
           final=None, bg_color=None, drop=(14, 18), overlay=None, page_fx=None):
    def fx(page, rng):
        quad = jitter_quad(rng, out[0], out[1], margins, j)
        return photo(page, rng, out=out, quad=quad, bg=bg, light=light, shadow=shadow, blur=blur, noise=noise,
                     tint=tint, final=final, bg_color=bg_color, drop=drop, overlay=overlay, page_fx=page_fx)
    return fx


def fx_quad(out, quad, **kw):
    def fx(page, rng):
        return photo(page, rng, out=out, quad=quad, **kw)
    return fx


# ---- 31 Sorrel Creek chapter: photo on a wooden desk, tilted, warm uneven light
def d31(c, W, H, rng):
    brick = "#8d3b2f"
    border_double(c, W, H, 24, brick, gap=5)
    logo_leaf(c, W / 2 - 12, H - 92, 26, "#b5651d")
    T(c, W / 2, H - 118, "Sorrel Creek Chapter of Medical Assistants", "Times-Bold", 22, brick, "c")
    T(c, W / 2, H - 160, "Certificate of Continuing Education", "Times-Italic", 20, "#222222", "c")
    T(c, W / 2, H - 196, "awarded to", "Times-Italic", 13, "#444444", "c")
    T(c, W / 2, H - 228, "Henrietta Vasquez-Moreau, CMA (AAMA)", "Times-Bold", 24, "#111111", "c")
    T(c, W / 2, H - 262, "for participation in the workshop", "Times-Italic", 13, "#444444", "c")
    lines_fixed(c, ["Venipuncture Technique Review:", "Vein Selection and Difficult Draws"], W / 2, H - 296,
                "Times-Bold", 22, 26, brick, "c")
    T(c, W / 2, H - 362, "March 8, 2025  \u2022  Meadowlark Regional Hospital, Auditorium A", "Times-Roman", 14, "#222222", "c")
    T(c, W / 2, H - 392, "2.0 CEUs \u2013 Clinical \u2013 approved by the AAMA", "Times-Bold", 16, "#222222", "c")
    T(c, W / 2, H - 412, "Speaker: Ansel Brookhart, MLS(ASCP), phlebotomy program lead", "Times-Roman", 11, "#444444", "c")
    sigblock(c, 110, 100, 210, rng, ["Chapter President"], font="Times-Roman", size=11)
    sigblock(c, W - 320, 100, 210, rng, ["Education Chair"], font="Times-Roman", size=11)


reg("31-sorrel-creek-venipuncture-photo.jpg",
    Photo(d31, LAND, 190, fx_std((2000, 1500), (150, 170, 140, 150), 60, bg="wood",
                                 light=lambda u, v: min(1.0, 0.62 + 0.45 * (1 - ((u - 0.25) ** 2 + (v - 0.2) ** 2) * 1.4)),
                                 blur=1.0, noise=8), quality=80),
    "Venipuncture Technique Review: Vein Selection and Difficult Draws", "Sorrel Creek Chapter of Medical Assistants",
    "2025-03-08", "2.0", "aama_ceu", True, "clinical",
    "phone photo on a wooden desk, perspective and uneven warm light; two-line title with colon subtitle; hospital "
    "auditorium as venue; speaker's lab credential",
    "March 8, 2025")



def quad_rot(cx, cy, w, h, angle, keystone=0.0, skew=0.0):
    """Corners (tl, tr, br, bl) of a w x h sheet centred at cx, cy, rotated by angle degrees; keystone>0 narrows the top."""
    import math
    a = math.radians(angle)
    pts = [(-w / 2 * (1 - keystone) + skew, -h / 2), (w / 2 * (1 - keystone) + skew, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    return [(cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)) for x, y in pts]


def glare(cx, cy, rx, ry, strength=0.55):
    def ov(im, rng):
        m = Image.new("L", im.size, 0)
        ImageDraw.Draw(m).ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=int(255 * strength))
        m = m.filter(ImageFilter.GaussianBlur(max(rx, ry) / 2.5))
        return ImageChops.screen(im, Image.merge("RGB", (m, m, m)))
    return ov


def crease(p0, p1, width=10):
    def ov(im, rng):
        dark = Image.new("L", im.size, 0)
        ImageDraw.Draw(dark).line([p0, p1], fill=90, width=width)
        dark = dark.filter(ImageFilter.GaussianBlur(width / 2))
        lite = Image.new("L", im.size, 0)
        off = (width * 0.8, width * 0.3)
        ImageDraw.Draw(lite).line([(p0[0] + off[0], p0[1] + off[1]), (p1[0] + off[0], p1[1] + off[1])], fill=60, width=width)
        lite = lite.filter(ImageFilter.GaussianBlur(width / 2))
        im = Image.composite(Image.new("RGB", im.size, (40, 40, 40)), im, dark)
        return ImageChops.screen(im, Image.merge("RGB", (lite, lite, lite)))
    return ov


def screen_fx(out, quad, blur=1.0, noise=9):
    """Phone photo of a laptop screen: dark surround, bluish tint, scan lines, glare."""
    def fx(page, rng):
        pw, ph = page.size
        lines_ = Image.new("L", page.size, 255)
        d = ImageDraw.Draw(lines_)
        for y in range(0, ph, 3):
            d.line([(0, y), (pw, y)], fill=226)
        page2 = ImageChops.multiply(page, Image.merge("RGB", (lines_, lines_, lines_)))
        im = photo(page2, rng, out=out, quad=quad, bg="flat", bg_color=(28, 28, 32), tint=(232, 240, 255),
                   drop=None, blur=blur, noise=noise, overlay=glare(out[0] * 0.72, out[1] * 0.3, 260, 150, 0.35),
                   light=lambda u, v: 0.86 + 0.14 * (1 - abs(u - 0.5)))
        return im
    return fx


# ---- 32 AHA Heartsaver wallet card: photographed on a dark granite counter
def d32(c, W, H, rng):
    red = "#b3121f"
    box(c, 0, 0, W, H, stroke=None, fill="#ffffff")
    box(c, 0, H - 34, W, 34, stroke=None, fill=red)
    logo_heart(c, 16, H - 29, 20, "#ffffff")
    T(c, 34, H - 16, "American Heart Association", "Helvetica-Bold", 10, "#ffffff")
    T(c, 34, H - 27, "Heartsaver\u00ae program card", "Helvetica", 6, "#ffe1e1")
    T(c, 10, H - 52, "Heartsaver First Aid CPR AED", "Helvetica-Bold", 12.5, "#111111")
    T(c, 10, H - 68, "Name:  Florencia Abernathy", "Helvetica", 8, "#222222")
    T(c, 10, H - 80, "has successfully completed the cognitive and skills", "Helvetica", 5.8, "#444444")
    T(c, 10, H - 87, "evaluations of the course named above.", "Helvetica", 5.8, "#444444")
    T(c, 10, H - 104, "Course Date", "Helvetica", 5.5, "#777777")
    T(c, 10, H - 115, "01/14/2025", "Helvetica-Bold", 9, "#111111")
    T(c, 90, H - 104, "Renew By", "Helvetica", 5.5, "#777777")
    T(c, 90, H - 115, "01/2027", "Helvetica-Bold", 9, "#111111")
    T(c, 10, 24, "Training Site: Brookvale Fire Rescue Training Center", "Helvetica", 5.8, "#333333")
    T(c, 10, 15, "Instructor: L. Okonkwo-Barnes   #09331", "Helvetica", 5.8, "#333333")
    T(c, 10, 6, "Card ID 24H71-0093", "Courier", 5.5, "#555555")
    qr_like(c, W - 58, 10, 46, rng)


reg("32-aha-heartsaver-card-photo.jpg",
    Photo(d32, CARD, 520, fx_quad((1800, 1350), quad_rot(930, 690, 1420, 900, -7, keystone=0.08),
                                  bg="granite", tint=(250, 250, 247), blur=1.0, noise=8, drop=(10, 14),
                                  light=lambda u, v: min(1.0, 0.7 + 0.35 * (1 - v) * (0.6 + 0.4 * u)))),
    "Heartsaver First Aid CPR AED", "American Heart Association",
    "2025-01-14", "1", "cpr_card", False, "clinical",
    "wallet card photographed on a dark speckled counter, rotated with keystone; training site and instructor are not "
    "the provider; course date vs renew-by month; small print",
    "01/14/2025", amt_txt="")


# ---- 33 Pinewick County chapter: printed template with handwritten fill-ins, PNG
def d33(c, W, H, rng):
    navy = "#243b53"
    border_double(c, W, H, 30, navy, gap=4, w1=1.5, w2=0.6)
    T(c, W / 2, H - 90, "Pinewick County Chapter", "Times-Bold", 26, navy, "c")
    T(c, W / 2, H - 116, "of Medical Assistants", "Times-Bold", 20, navy, "c")
    T(c, W / 2, H - 170, "CERTIFICATE OF ATTENDANCE", "Times-Roman", 18, "#222222", "c")
    rows = [("Name", H - 240), ("Program title", H - 300), ("", H - 340), ("Date", H - 400), ("Presenter", H - 450)]
    for lab, y in rows:
        if lab:
            T(c, 70, y, lab + ":", "Times-Roman", 13, "#222222")
        hline(c, 170 if lab else 70, W - 70, y - 3, "#444444", 0.6)
    T(c, 70, H - 510, "CEUs awarded:", "Times-Roman", 13)
    hline(c, 170, 240, H - 513, "#444444", 0.6)
    for i, lab in enumerate(["Administrative", "Clinical", "General"]):
        x = 280 + i * 100
        box(c, x, H - 514, 11, 11, stroke="#222222", lw=0.8)
        T(c, x + 16, H - 512, lab, "Times-Roman", 11)
    P(c, "This program has been approved by the American Association of Medical Assistants (AAMA) for the number "
         "of CEUs indicated above.", 70, H - 540, W - 140, style("Times-Italic", 11, align="c"))
    hline(c, 70, 270, 140, "#444444", 0.6)
    T(c, 70, 126, "Chapter CEU Coordinator", "Times-Roman", 10)
    hline(c, W - 270, W - 70, 140, "#444444", 0.6)
    T(c, W - 270, 126, "Chapter President", "Times-Roman", 10)
    # handwriting
    hand(c, "Adaeze Thornbury", 180, H - 238, 17, rng)
    hand(c, "Diabetic Foot Exams in", 180, H - 298, 17, rng)
    hand(c, "Primary Care", 90, H - 338, 17, rng)
    hand(c, "4/12/25", 180, H - 398, 17, rng)
    hand(c, "K. Delacroix-Ames, DPM", 180, H - 448, 15, rng)
    hand(c, "1.0", 185, H - 511, 17, rng)
    c.setStrokeColor(HexColor("#1b2f8a"))
    c.setLineWidth(1.8)
    c.line(381, H - 510, 385, H - 516)
    c.line(385, H - 516, 394, H - 501)
    scribble(c, 80, 152, 170, rng, color="#1b2f8a")
    scribble(c, W - 260, 152, 160, rng, color="#111111")


reg("33-pinewick-foot-exams-handwritten.png",
    Photo(d33, LETTER, 150, fx_std((1200, 1560), (110, 90, 120, 100), 30, bg="flat", bg_color=(196, 188, 170),
                                   light=lambda u, v: min(1.0, 0.8 + 0.2 * (1 - u) + 0.05 * v), blur=0.7, noise=2)),
    "Diabetic Foot Exams in Primary Care", "Pinewick County Chapter of Medical Assistants",
    "2025-04-12", "1.0", "aama_ceu", True, "clinical",
    "printed template with handwritten fill-ins (title over two lines, short date 4/12/25, CEUs, ticked category box); "
    "AAMA approval sentence refers to 'the number indicated'; provider over two lines; PNG",
    "4/12/25")


# ---- 34 ALPS: Spanish certificate photographed on a blue tablecloth
def d34(c, W, H, rng):
    teal = "#2a6f97"
    c.setFillColor(HexColor("#fbfaf5"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    box(c, 0, 0, 28, H, stroke=None, fill=teal)
    box(c, 28, 0, 8, H, stroke=None, fill="#f9c74f")
    T(c, 70, H - 80, "ALPS", "DV-B", 40, teal)
    T(c, 70, H - 102, "Asociaci\u00f3n Latina de Profesionales de la Salud", "DV", 14, "#333333")
    T(c, 70, H - 170, "Certificado de Asistencia", "DVS-B", 30, "#1d3557")
    T(c, 70, H - 214, "Otorgado a", "DV", 12, "#666666")
    T(c, 70, H - 244, "Yesenia Carvajal Holmberg", "DVS-B", 24, "#111111")
    T(c, 70, H - 284, "por su asistencia al seminario", "DV", 12, "#666666")
    T(c, 70, H - 320, "T\u00e9cnicas de comunicaci\u00f3n con adultos mayores", "DVS-B", 23, teal)
    T(c, 70, H - 370, "Fecha: 22 de febrero de 2025", "DV", 14, "#222222")
    T(c, 70, H - 394, "Lugar: Biblioteca P\u00fablica de Ca\u00f1ada Vieja, Sala 2", "DV", 12, "#444444")
    T(c, 70, H - 424, "Cr\u00e9dito: 2 horas de contacto", "DV-B", 15, "#222222")
    T(c, 70, H - 446, "Programa no evaluado por la AAMA.", "DV-I", 10, "#666666")
    sigblock(c, 70, 90, 220, rng, ["Dra. Lourdes Echevarr\u00eda", "Presidenta, ALPS"], font="DV", size=10)
    seal(c, W - 130, 110, 52, "ALPS \u2022 SALUD \u2022 EDUCACI\u00d3N \u2022", teal, inner="2025")


reg("34-alps-adultos-mayores-photo.jpg",
    Photo(d34, LAND, 180, fx_quad((2000, 1500), quad_rot(1000, 760, 1760, 1360, 3.5, keystone=0.05),
                                  bg="fabric", blur=1.0, noise=8, tint=(255, 250, 238),
                                  light=lambda u, v: min(1.0, 0.68 + 0.34 * (1 - abs(u - 0.6)) * (1 - 0.3 * v)))),
    "T\u00e9cnicas de comunicaci\u00f3n con adultos mayores", "Asociaci\u00f3n Latina de Profesionales de la Salud",
    "2025-02-22", "2", "contact_hours", False, None,
    "Spanish; acronym ALPS big, full name below; library venue; 'horas de contacto'; 'no evaluado por la AAMA'; "
    "photo on a blue tablecloth",
    "22 de febrero de 2025", amt_txt="2 horas de contacto")


# ---- 35 Marlowe Heights Hospital: PNG photo with a phone shadow falling across
def d35(c, W, H, rng):
    green = "#2d6a4f"
    box(c, 0, H - 100, W, 100, stroke=None, fill="#d8f3dc")
    logo_cross(c, 50, H - 80, 56, green)
    T(c, 124, H - 52, "Marlowe Heights Hospital", "DV-B", 22, green)
    T(c, 124, H - 74, "Center for Learning & Simulation", "DV", 12, "#40916c")
    T(c, W / 2, H - 160, "Certificate of Completion", "DVS-B", 28, "#1b4332", "c")
    T(c, W / 2, H - 200, "Consuelo Hartigan-Reyes", "DVS", 24, "#111111", "c")
    T(c, W / 2, H - 232, "successfully completed the skills lab", "DV", 12, "#555555", "c")
    T(c, W / 2, H - 272, "Sterile Field and Minor Procedure Setup", "DV-B", 22, green, "c")
    T(c, W / 2, H - 310, "Date: 06/27/2025      Simulation Suite B      Skills validated: 8 of 8", "DV", 12, "#333333", "c")
    T(c, W / 2, H - 350, "1.5 AAMA CEUs \u2014 Clinical", "DV-B", 16, "#1b4332", "c")
    P(c, "Marlowe Heights Hospital is approved by the American Association of Medical Assistants (AAMA) to award "
         "1.5 clinical CEUs for this program.", 150, H - 366, W - 300, style("DV", 10, align="c", color="#444444"))
    sigblock(c, 110, 90, 200, rng, ["Simulation Educator"], font="DV", size=10)
    sigblock(c, W - 310, 90, 200, rng, ["Manager, Clinical Education"], font="DV", size=10)


reg("35-marlowe-heights-sterile-field.png",
    Photo(d35, LAND, 130, fx_std((1400, 1060), (70, 80, 80, 90), 34, bg="flat", bg_color=(225, 222, 214),
                                 shadow=[([(820, 1060), (900, 520), (1130, 470), (1400, 700), (1400, 1060)], 0.45, 30)],
                                 light=lambda u, v: min(1.0, 0.85 + 0.15 * (1 - v)), blur=0.7, noise=3)),
    "Sterile Field and Minor Procedure Setup", "Marlowe Heights Hospital",
    "2025-06-27", "1.5", "aama_ceu", True, "clinical",
    "PNG photo with the photographer's phone/hand shadow across the lower right; hospital learning center folded "
    "into the hospital; 'skills validated 8 of 8' next to the date",
    "06/27/2025")



# ---- 36 Quickstep CE: phone photo of a laptop screen showing the LMS certificate page
def d36(c, W, H, rng):
    # browser chrome
    box(c, 0, 0, W, H, stroke=None, fill="#ffffff")
    box(c, 0, H - 54, W, 54, stroke=None, fill="#dee1e6")
    box(c, 12, H - 30, 180, 22, stroke=None, fill="#ffffff", r=6)
    T(c, 24, H - 22, "Certificate \u2013 Quickstep CE", "DV", 8, "#333333")
    box(c, 80, H - 50, W - 120, 16, stroke=None, fill="#ffffff", r=8)
    T(c, 92, H - 45, "learn.quickstepce.com/my-courses/certificates/LRR-311?accessed=2025-09-02", "DV", 7.5, "#555555")
    # page
    box(c, 0, H - 92, W, 38, stroke=None, fill="#5a189a")
    T(c, 30, H - 79, "Quickstep CE", "DV-B", 15, "#ffffff")
    T(c, W - 30, H - 78, "My Courses   Certificates   Account", "DV", 9, "#e0c3fc", "r")
    box(c, 60, 40, W - 120, H - 160, stroke="#c8b6e2", fill="#fbf8ff", lw=1, r=8)
    T(c, W / 2, H - 150, "CERTIFICATE OF COMPLETION", "DV-B", 20, "#3c096c", "c")
    T(c, W / 2, H - 184, "Quickstep CE, Inc. certifies that", "DV", 11, "#555555", "c")
    T(c, W / 2, H - 214, "Latoya Fenwick-Arriaga", "DVS-B", 24, "#111111", "c")
    T(c, W / 2, H - 244, "has completed", "DV", 11, "#555555", "c")
    T(c, W / 2, H - 280, "Understanding Lab Reference Ranges", "DVS-B", 22, "#5a189a", "c")
    T(c, W / 2, H - 320, "Completed: 2025-08-19      AAMA CEUs: 1.0 (General)", "DV-B", 13, "#222222", "c")
    P(c, "Approved by the American Association of Medical Assistants (AAMA) for 1.0 general CEU.",
      120, H - 338, W - 240, style("DV", 9.5, align="c", color="#444444"))
    box(c, W / 2 - 80, 70, 160, 28, stroke=None, fill="#7b2cbf", r=6)
    T(c, W / 2, 80, "Download PDF", "DV-B", 11, "#ffffff", "c")


reg("36-quickstep-lab-ranges-screen.jpg",
    Photo(d36, (720.0, 450.0), 190, screen_fx((1900, 1300), quad_rot(950, 640, 1700, 1060, -2.5, keystone=0.06, skew=20)),
          quality=78),
    "Understanding Lab Reference Ranges", "Quickstep CE, Inc.",
    "2025-08-19", "1.0", "aama_ceu", True, "general",
    "phone photo of a laptop screen (scan lines, glare, dark surround); browser tab and URL with an 'accessed' date; "
    "site name 'Quickstep CE' in the nav bar, ', Inc.' form in the body",
    "2025-08-19")


# ---- 37 Juniper Flats state society conference: March 3-5 range, split, glare
def d37(c, W, H, rng):
    sage = "#52796f"
    c.setFillColor(HexColor("#fefcf6"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    box(c, 30, 30, W - 60, H - 60, stroke=sage, lw=2.5)
    T(c, W / 2, H - 92, "Juniper Flats State Society of Medical Assistants", "DVS-B", 19, sage, "c")
    T(c, W / 2, H - 140, "Spring Into Practice 2025", "DVS-BI", 30, "#2f3e46", "c")
    T(c, W / 2, H - 166, "Annual Educational Conference  \u00b7  March 3\u20135, 2025  \u00b7  Red Mesa Resort, Silver Bend",
      "DV", 11, "#333333", "c")
    T(c, W / 2, H - 206, "Certificate of Attendance for", "DV", 11, "#666666", "c")
    T(c, W / 2, H - 236, "Rosamund Tjahjadi, CMA (AAMA)", "DVS-B", 22, "#111111", "c")
    data = [["Administrative", "Clinical", "General", "Total CEUs"], ["2.0", "3.0", "2.0", "7.0"]]
    table(c, data, W / 2 - 200, H - 262, [100, 100, 100, 100], [
        ("FONT", (0, 0), (-1, 0), "DV", 9.5), ("FONT", (0, 1), (-1, 1), "DV-B", 18),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("BOX", (0, 0), (-1, -1), 1, HexColor(sage)),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, HexColor("#84a98c"))])
    T(c, W / 2, H - 342, "CEUs approved by the American Association of Medical Assistants (AAMA).", "DV", 11, "#333333", "c")
    T(c, W / 2, H - 362, "Exhibit hall sponsored by Trailhead Medical Staffing.", "DV-I", 9, "#777777", "c")
    sigblock(c, 100, 95, 200, rng, ["Conference Chair"], font="DV", size=10)
    sigblock(c, W - 300, 95, 200, rng, ["Society President"], font="DV", size=10)


reg("37-juniper-flats-conference-glare.jpg",
    Photo(d37, LAND, 180, fx_std((2000, 1500), (130, 120, 150, 160), 55, bg="flat", bg_color=(170, 160, 146),
                                 overlay=glare(1450, 420, 280, 170, 0.5), blur=1.0, noise=8,
                                 light=lambda u, v: min(1.0, 0.78 + 0.22 * (1 - v)))),
    "Spring Into Practice 2025", "Juniper Flats State Society of Medical Assistants",
    "2025-03-05", "7.0", "aama_ceu", True, None,
    "three-day range 'March 3-5, 2025' (last day counts); the conference has a theme name ('Spring Into Practice "
    "2025') plus 'Annual Educational Conference' below - the bigger theme name is labelled; 3-way split with total; "
    "resort venue; exhibit sponsor; glare spot upper right",
    "March 3\u20135, 2025", categories={"administrative": "2.0", "clinical": "3.0", "general": "2.0"})


# ---- 38 Calloway Diagnostics: analyzer operator training, no credit
def d38(c, W, H, rng):
    navy = "#023e8a"
    T(c, 50, H - 70, "CALLOWAY", "DV-B", 28, navy)
    T(c, 50, H - 88, "DIAGNOSTICS", "DV", 12, "#0077b6")
    T(c, W - 50, H - 70, "Field Application Services", "DV", 10, "#555555", "r")
    hline(c, 50, W - 50, H - 104, navy, 2)
    T(c, 50, H - 160, "Operator Training Certificate", "DV-B", 26, "#222222")
    T(c, 50, H - 200, "This confirms that", "DV", 12, "#555555")
    T(c, 50, H - 228, "Delphine Okafor-Strand", "DV-B", 20, "#111111")
    T(c, 50, H - 256, "is trained to operate the", "DV", 12, "#555555")
    T(c, 50, H - 292, "Q-Clear A1c Analyzer: Operator Training", "DV-B", 21, navy)
    rows = [("Training date", "06/11/2025"), ("Site", "Westmarch Internal Medicine, Lab Alcove"),
            ("Trainer", "Evander Nakamura, MT, Field Application Specialist"), ("Instrument S/N", "QC-A1C-55019"),
            ("Operator competency valid", "24 months from training date")]
    y = H - 340
    for k, v in rows:
        T(c, 50, y, k, "DV", 10, "#777777")
        T(c, 230, y, v, "DV", 12, "#222222")
        y -= 26
    P(c, "Product training only. This certificate does not award continuing education credit.",
      50, y - 10, W - 100, style("DV-B", 10.5, color="#9d0208"))
    sigblock(c, 50, 120, 220, rng, ["Field Application Specialist"], font="DV", size=10)
    T(c, W - 50, 50, "Calloway Diagnostics Corp. \u00b7 FT-211 Rev C", "DV", 8, "#888888", "r")


reg("38-calloway-a1c-analyzer-training.jpg",
    Photo(d38, LETTER, 160, fx_quad((1500, 1900), quad_rot(760, 960, 1230, 1590, 5, keystone=-0.04),
                                    bg="wood", bg_color=(120, 90, 60), blur=1.1, noise=9,
                                    light=lambda u, v: min(1.0, 0.7 + 0.3 * u))),
    "Q-Clear A1c Analyzer: Operator Training", "Calloway Diagnostics Corp.",
    "2025-06-11", None, None, False, None,
    "device product training, explicitly no CE credit; 'CALLOWAY / DIAGNOSTICS' wordmark, 'Corp.' form only in the "
    "small footer; host clinic as site; competency validity period",
    "06/11/2025")


# ---- 39 Eastfield Career College: NHA CE credits, PNG, 'submit by' date
def d39(c, W, H, rng):
    maroon = "#6a040f"
    border_guilloche(c, W, H, 22, "#d4a373", rng, waves=2, band=12)
    T(c, W / 2, H - 90, "EASTFIELD", "DVS-B", 34, maroon, "c")
    T(c, W / 2, H - 114, "CAREER COLLEGE", "DVS", 14, maroon, "c")
    T(c, W / 2, H - 136, "Continuing Education Department", "DV-I", 10, "#555555", "c")
    T(c, W / 2, H - 190, "awards this certificate to", "DVS-I", 13, "#444444", "c")
    T(c, W / 2, H - 224, "Santiago Whitlock-Amadi, CCMA", "DVS-B", 24, "#111111", "c")
    T(c, W / 2, H - 256, "upon completion of", "DVS-I", 13, "#444444", "c")
    T(c, W / 2, H - 290, "Electrocardiography Refresher", "DVS-B", 24, maroon, "c")
    T(c, W / 2, H - 330, "Completed April 15, 2025", "DV", 13, "#222222", "c")
    T(c, W / 2, H - 352, "NHA CE credits: 2.0", "DV-B", 14, "#222222", "c")
    T(c, W / 2, H - 374, "Submit to NHA by your renewal date (this certificate: use before 04/2027).", "DV", 9, "#666666", "c")
    sigblock(c, 130, 100, 200, rng, ["Director of Continuing Education"], font="DV", size=10)
    seal(c, W - 180, 110, 42, "EASTFIELD CAREER COLLEGE \u2022", "#b08968", inner="CE")


reg("39-eastfield-ecg-refresher-nha.png",
    Photo(d39, LAND, 130, fx_std((1400, 1060), (60, 70, 70, 60), 28, bg="granite", bg_color=(150, 146, 140),
                                 light=lambda u, v: min(1.0, 0.72 + 0.3 * (1 - ((u - 0.5) ** 2 + (v - 0.5) ** 2) * 2)),
                                 blur=0.8, noise=2)),
    "Electrocardiography Refresher", "Eastfield Career College",
    "2025-04-15", "2.0", "nha_credit", False, None,
    "PNG photo; provider split over two wordmark lines; department line; NHA credits; 'use before 04/2027' hint is not "
    "the completion date",
    "April 15, 2025")


# ---- 40 American Red Cross BLS printout photographed at a steep angle
def d40(c, W, H, rng):
    red = "#c8102e"
    box(c, 0, H - 70, W, 70, stroke=None, fill=red)
    T(c, 40, H - 46, "American Red Cross", "Helvetica-Bold", 24, "#ffffff")
    T(c, W - 40, H - 44, "Certificate", "Helvetica", 14, "#ffffff", "r")
    T(c, 40, H - 130, "Basic Life Support", "Helvetica-Bold", 32, "#222222")
    T(c, 40, H - 160, "Gideon Arroyo-Penhallow", "Helvetica", 20, "#222222")
    T(c, 40, H - 184, "has completed the requirements for the course listed above.", "Helvetica", 12, "#555555")
    rows = [("Date Completed", "10/28/2024"), ("Valid Through", "10/28/2026"), ("Certificate ID", "02R8TQ-LX31"),
            ("Instructor", "Wendell Achterberg"), ("Conducted at", "Pine Shoals Regional Hospital")]
    y = H - 230
    for k, v in rows:
        T(c, 40, y, k, "Helvetica", 12, "#777777")
        T(c, 220, y, v, "Helvetica-Bold", 15, "#111111")
        y -= 30
    T(c, 40, 60, "Validate this certificate with the certificate ID on the issuer's website.", "Helvetica", 10, "#777777")


reg("40-red-cross-bls-angled-photo.jpg",
    Photo(d40, LAND, 170, fx_quad((1900, 1400), [(330, 170), (1660, 260), (1820, 1260), (110, 1180)],
                                  bg="flat", bg_color=(110, 118, 124), blur=1.0, noise=8,
                                  light=lambda u, v: min(1.0, 0.66 + 0.36 * (1 - u * 0.8) * (1 - v * 0.3)))),
    "Basic Life Support", "American Red Cross",
    "2024-10-28", "1", "cpr_card", False, "clinical",
    "strong keystone (photographed at an angle); hospital where the class was held is not the provider; "
    "valid-through date two years later",
    "10/28/2024", amt_txt="")


# ---- 41 Cobalt Bay Medical Group: low-resolution phone picture, 30 minutes
def d41(c, W, H, rng):
    cobalt = "#0047ab"
    box(c, 0, 0, W, H, stroke=None, fill="#ffffff")
    box(c, 0, 0, W, 16, stroke=None, fill=cobalt)
    box(c, 0, H - 16, W, 16, stroke=None, fill=cobalt)
    T(c, W / 2, H - 80, "Cobalt Bay Medical Group", "DV-B", 28, cobalt, "c")
    T(c, W / 2, H - 140, "Certificate of Completion", "DV", 24, "#222222", "c")
    T(c, W / 2, H - 190, "Jasper Nwachukwu-Lee", "DV-B", 24, "#111111", "c")
    T(c, W / 2, H - 250, "Hand Hygiene Compliance 2025", "DV-B", 28, cobalt, "c")
    T(c, W / 2, H - 300, "Completed Jan 9, 2025", "DV", 20, "#222222", "c")
    T(c, W / 2, H - 334, "Time: 30 minutes", "DV", 20, "#222222", "c")
    T(c, W / 2, H - 380, "Infection Prevention Department", "DV", 14, "#666666", "c")


reg("41-cobalt-bay-hand-hygiene-lowres.jpg",
    Photo(d41, LAND, 110, fx_std((1200, 900), (70, 70, 70, 80), 30, bg="flat", bg_color=(140, 150, 160),
                                 blur=1.0, noise=6, final=(960, 720),
                                 light=lambda u, v: min(1.0, 0.75 + 0.25 * (1 - u))), quality=72),
    "Hand Hygiene Compliance 2025", "Cobalt Bay Medical Group",
    "2025-01-09", "30", "minutes", False, None,
    "low-resolution phone picture (960x720); large type only; department folded into the medical group; "
    "duration only",
    "Jan 9, 2025", amt_txt="30 minutes")



# ---- 42 Thistledown Health Educators: blurry (hand shake), large type
def d42(c, W, H, rng):
    plum = "#6d2e46"
    box(c, 0, 0, W, H, stroke=None, fill="#fffaf3")
    box(c, 26, 26, W - 52, H - 52, stroke=plum, lw=3)
    T(c, W / 2, H - 92, "Thistledown Health Educators", "DVS-B", 28, plum, "c")
    T(c, W / 2, H - 150, "Certificate of Completion", "DV", 22, "#333333", "c")
    T(c, W / 2, H - 196, "Anneliese Kaur-Donovan", "DVS-B", 26, "#111111", "c")
    T(c, W / 2, H - 250, "Opioid Safety and Naloxone Basics", "DVS-B", 28, plum, "c")
    T(c, W / 2, H - 300, "Completed: 11/21/2024", "DV", 18, "#222222", "c")
    T(c, W / 2, H - 336, "Approved for 1.0 AAMA CEU (Clinical)", "DV-B", 18, "#222222", "c")
    T(c, W / 2, H - 366, "Printed 12/02/2024", "DV", 11, "#777777", "c")
    sigblock(c, W / 2 - 110, 90, 220, rng, ["Education Coordinator"], font="DV", size=11)


reg("42-thistledown-naloxone-blurry.jpg",
    Photo(d42, LAND, 160, fx_std((1800, 1350), (110, 110, 120, 130), 45, bg="wood", bg_color=(170, 130, 90),
                                 blur=2.2, noise=7, light=lambda u, v: min(1.0, 0.8 + 0.2 * (1 - v)))),
    "Opioid Safety and Naloxone Basics", "Thistledown Health Educators",
    "2024-11-21", "1.0", "aama_ceu", True, "clinical",
    "noticeably blurred photo (large type stays legible); printed date under the approval line",
    "11/21/2024")


# ---- 43 Marigold: IACET 0.3, provider only in the signature block, rotated portrait photo
def d43(c, W, H, rng):
    gold = "#e09f3e"
    dark = "#335c67"
    c.setFillColor(HexColor(gold))
    for k in range(12):
        c.circle(W / 2 + 18 * (k % 4) - 27, H - 64 - 14 * (k // 4), 5, stroke=0, fill=1)
    T(c, W / 2, H - 150, "Certificate", "DVS-B", 38, dark, "c")
    T(c, W / 2, H - 176, "IACET CONTINUING EDUCATION UNITS", "DV", 11, "#777777", "c")
    T(c, W / 2, H - 230, "Presented to", "DVS-I", 13, "#444444", "c")
    T(c, W / 2, H - 262, "Thaddeus Olamide-Brooks", "DVS-B", 24, "#111111", "c")
    T(c, W / 2, H - 300, "for completing", "DVS-I", 13, "#444444", "c")
    lines_fixed(c, ["Medical Terminology Refresher:", "Cardiology and Pulmonology"], W / 2, H - 338,
                "DVS-B", 21, 26, dark, "c")
    T(c, W / 2, H - 410, "Aug 29 2025", "DV", 15, "#222222", "c")
    T(c, W / 2, H - 436, "0.3 CEU", "DV-B", 18, "#222222", "c")
    T(c, W / 2, H - 456, "(3 contact hours)", "DV", 11, "#555555", "c")
    P(c, "Accredited by the International Accreditor for Continuing Education and Training (IACET).",
      120, H - 480, W - 240, style("DV", 9, align="c", color="#555555"))
    sigblock(c, W / 2 - 120, 150, 240, rng, ["Veronica Aldana-Pryce, MEd",
                                             "Director of Education, Marigold Allied Health Learning"], font="DV", size=9)


reg("43-marigold-terminology-iacet.jpg",
    Photo(d43, LETTER, 160, fx_quad((1600, 1900), quad_rot(810, 950, 1180, 1530, -8, keystone=0.05),
                                    bg="wood", blur=1.0, noise=8, tint=(255, 248, 235),
                                    light=lambda u, v: min(1.0, 0.66 + 0.38 * (1 - ((u - 0.7) ** 2 + (v - 0.25) ** 2)))),
          quality=80),
    "Medical Terminology Refresher: Cardiology and Pulmonology", "Marigold Allied Health Learning",
    "2025-08-29", "0.3", "iacet_ceu", False, None,
    "provider only in the signature block ('Director of Education, ...'); dot-pattern logo without words; date without "
    "comma; IACET CEU with contact hours; rotated portrait photo",
    "Aug 29 2025")


# ---- 44 Harrowgate Community College: weekly sessions range, 12 contact hours, PNG
def d44(c, W, H, rng):
    navy = "#1d3461"
    T(c, 50, H - 70, "Harrowgate Community College", "Times-Bold", 24, navy)
    T(c, 50, H - 90, "Continuing Education & Community Programs", "Times-Italic", 12, "#555555")
    hline(c, 50, W - 50, H - 100, navy, 1.5)
    T(c, W / 2, H - 160, "CERTIFICATE OF COMPLETION", "Times-Bold", 24, "#222222", "c")
    T(c, W / 2, H - 200, "Harriet Szabo-Nakamura", "Times-BoldItalic", 26, "#111111", "c")
    T(c, W / 2, H - 232, "has completed the six-week evening course", "Times-Roman", 14, "#333333", "c")
    T(c, W / 2, H - 268, "Medical Billing Fundamentals", "Times-Bold", 26, navy, "c")
    T(c, W / 2, H - 304, "Tuesdays, January 7 \u2013 February 11, 2025", "Times-Roman", 15, "#222222", "c")
    T(c, W / 2, H - 330, "12 contact hours", "Times-Bold", 16, "#222222", "c")
    T(c, W / 2, H - 352, "CE course no. CEHC-2207 \u00b7 non-credit", "Times-Roman", 11, "#666666", "c")
    sigblock(c, 90, 110, 200, rng, ["Instructor"], font="Times-Roman", size=11)
    sigblock(c, W - 290, 110, 200, rng, ["Director, Continuing Education"], font="Times-Roman", size=11)


reg("44-harrowgate-billing-fundamentals.png",
    Photo(d44, LAND, 125, fx_std((1380, 1040), (60, 60, 70, 70), 40, bg="fabric", bg_color=(120, 60, 60),
                                 blur=0.8, noise=2, light=lambda u, v: min(1.0, 0.74 + 0.28 * (1 - u) * (1 - 0.3 * v)))),
    "Medical Billing Fundamentals", "Harrowgate Community College",
    "2025-02-11", "12", "contact_hours", False, None,
    "PNG photo on a red tablecloth; weekly sessions 'Tuesdays, January 7 - February 11, 2025' (last day counts); "
    "'six-week' wording; course number; department line",
    "February 11, 2025")


# ---- 45 Fielding & Rowe: employer in-service with a fold crease, not submitted to the AAMA
def d45(c, W, H, rng):
    teal = "#177e89"
    T(c, 50, H - 64, "Fielding & Rowe Orthopedic Associates", "DV-B", 19, teal)
    T(c, 50, H - 82, "Clinical Staff In-Service Program", "DV", 10.5, "#555555")
    box(c, 50, H - 96, W - 100, 2, stroke=None, fill=teal)
    T(c, 50, H - 150, "Certificate of In-Service Education", "DVS-B", 24, "#222222")
    T(c, 50, H - 190, "Awarded to Benedetta Ruiz-Calloway, RMA (AMT)", "DV", 13, "#222222")
    T(c, 50, H - 226, "Topic", "DV", 10, "#777777")
    lines_fixed(c, ["Cast and Splint Care Education", "for Medical Assistants"], 50, H - 250, "DV-B", 20, 24, teal, "l")
    T(c, 50, H - 312, "Session date", "DV", 10, "#777777")
    T(c, 50, H - 332, "Sept. 4, 2025", "DV-B", 15, "#222222")
    T(c, 260, H - 312, "Credit", "DV", 10, "#777777")
    T(c, 260, H - 332, "1.0 contact hour", "DV-B", 15, "#222222")
    T(c, 470, H - 312, "Instructor", "DV", 10, "#777777")
    T(c, 470, H - 332, "Rolf Engstrom, OTC", "DV", 13, "#222222")
    P(c, "This in-service has not been submitted to the AAMA for CEU approval.", 50, H - 370, W - 100,
      style("DV-I", 10, color="#555555"))
    sigblock(c, 50, 90, 220, rng, ["Practice Administrator"], font="DV", size=10)


reg("45-fielding-rowe-cast-care-crease.jpg",
    Photo(d45, LAND, 170, fx_std((1900, 1450), (100, 100, 110, 120), 40, bg="fabric", blur=1.0, noise=8,
                                 page_fx=crease((930, 0), (940, 1445), 12),
                                 light=lambda u, v: min(1.0, 0.72 + 0.3 * (1 - abs(u - 0.4))))),
    "Cast and Splint Care Education for Medical Assistants", "Fielding & Rowe Orthopedic Associates",
    "2025-09-04", "1.0", "contact_hours", False, None,
    "employer in-service; sheet was folded (vertical crease through the middle); title over two lines; learner's "
    "RMA (AMT) credential is not an approval; 'Sept.' abbreviation; not submitted to the AAMA",
    "Sept. 4, 2025")


# ---- 46 Clinica del Pueblo Unido: Spanish, AAMA approved, dim light
def d46(c, W, H, rng):
    coral = "#c44536"
    box(c, 0, 0, W, H, stroke=None, fill="#fffdf8")
    logo_heart(c, W / 2, H - 100, 40, coral)
    T(c, W / 2, H - 130, "Cl\u00ednica del Pueblo Unido", "DVS-B", 24, coral, "c")
    T(c, W / 2, H - 150, "Programa de Educaci\u00f3n para Asistentes M\u00e9dicos", "DV", 11, "#555555", "c")
    T(c, W / 2, H - 210, "CONSTANCIA", "DVS-B", 32, "#283d3b", "c")
    T(c, W / 2, H - 250, "que se otorga a", "DVS-I", 13, "#444444", "c")
    T(c, W / 2, H - 282, "Itzayana Beltr\u00e1n Olsen", "DVS-B", 24, "#111111", "c")
    T(c, W / 2, H - 314, "por completar el curso", "DVS-I", 13, "#444444", "c")
    lines_fixed(c, ["Seguridad del paciente en la toma", "de signos vitales"], W / 2, H - 350, "DVS-B", 21, 26, "#283d3b", "c")
    T(c, W / 2, H - 420, "10 de octubre de 2025", "DV", 15, "#222222", "c")
    T(c, W / 2, H - 452, "Aprobado por la AAMA: 1.0 CEU (general)", "DV-B", 15, "#222222", "c")
    sigblock(c, 90, 130, 180, rng, ["Coordinadora de Educaci\u00f3n"], font="DV", size=10)
    sigblock(c, W - 270, 130, 180, rng, ["Director Ejecutivo"], font="DV", size=10)


reg("46-clinica-pueblo-unido-signos-vitales.jpg",
    Photo(d46, LETTER, 160, fx_std((1500, 1900), (120, 110, 130, 120), 40, bg="granite", bg_color=(120, 112, 104),
                                   blur=1.1, noise=10, tint=(246, 236, 214),
                                   light=lambda u, v: min(1.0, 0.56 + 0.34 * (1 - v) + 0.1 * u))),
    "Seguridad del paciente en la toma de signos vitales", "Cl\u00ednica del Pueblo Unido",
    "2025-10-10", "1.0", "aama_ceu", True, "general",
    "Spanish; dim, warm indoor light; title over two lines; 'CONSTANCIA' heading; program line under the clinic name; "
    "AAMA approval in Spanish with category",
    "10 de octubre de 2025")



# ============================================================================= scans
def fx_grey(**kw):
    return lambda page, rng: scan_grey(page, rng, **kw)


def fx_copier(**kw):
    return lambda page, rng: scan_copier(page, rng, **kw)


def fx_fax(header, **kw):
    return lambda page, rng: scan_fax(page, rng, header, **kw)


# ---- 47 Hollis Ferry Medical Assistants Society: grey flatbed scan as image-only PDF
def d47(c, W, H, rng):
    border_double(c, W, H, 30, "#333333", gap=5)
    corners(c, W, H, 46, "#333333", 30)
    T(c, W / 2, H - 100, "Hollis Ferry Medical Assistants Society", "Times-Bold", 22, "#222222", "c")
    T(c, W / 2, H - 120, "Est. 1979  \u2022  Serving the river counties", "Times-Italic", 11, "#444444", "c")
    T(c, W / 2, H - 190, "Certificate of Continuing Education", "Times-Roman", 26, "#111111", "c")
    T(c, W / 2, H - 240, "This is to certify that", "Times-Italic", 13, "#333333", "c")
    T(c, W / 2, H - 276, "Philippa Okoye-Sandoval, CMA (AAMA)", "Times-Bold", 22, "#111111", "c")
    T(c, W / 2, H - 312, "attended the hands-on workshop", "Times-Italic", 13, "#333333", "c")
    T(c, W / 2, H - 350, "Wound Care Basics for the Ambulatory Setting", "Times-Bold", 20, "#111111", "c")
    T(c, W / 2, H - 392, "Saturday, Nov. 2, 2024", "Times-Roman", 14, "#222222", "c")
    T(c, W / 2, H - 412, "Riverbend Community Center, Hollis Ferry", "Times-Roman", 12, "#333333", "c")
    T(c, W / 2, H - 462, "AAMA approved: 1.5 CEUs  \u2014  Clinical", "Times-Bold", 15, "#111111", "c")
    sigblock(c, 90, 150, 190, rng, ["Society President"], font="Times-Roman", size=11, ink="#222222")
    sigblock(c, W - 280, 150, 190, rng, ["Workshop Coordinator"], font="Times-Roman", size=11, ink="#222222")
    seal(c, W / 2, 96, 40, "HOLLIS FERRY \u2022 MEDICAL ASSISTANTS \u2022", "#555555")


reg("47-hollis-ferry-wound-care-scan.pdf",
    Scan(d47, LETTER, 200, fx_grey(angle=0.8, speck=140, lid_edge=("left", 18)), quality=72),
    "Wound Care Basics for the Ambulatory Setting", "Hollis Ferry Medical Assistants Society",
    "2024-11-02", "1.5", "aama_ceu", True, "clinical",
    "grey flatbed scan, image-only PDF, slight rotation, specks, lid shadow on the left; 'Est. 1979' year near the "
    "provider; weekday + abbreviated month; community-center venue",
    "Nov. 2, 2024")


# ---- 48 Larchmont Allied Health Education: 1-bit fax PNG with fax header date
def d48(c, W, H, rng):
    T(c, 60, H - 90, "LARCHMONT", "Helvetica-Bold", 30)
    T(c, 60, H - 110, "ALLIED HEALTH EDUCATION, LLC", "Helvetica", 12)
    T(c, W - 60, H - 90, "Certificate of Completion", "Helvetica-Bold", 15, align="r")
    hline(c, 60, W - 60, H - 124, lw=1.5)
    T(c, 60, H - 180, "Participant:", "Helvetica", 13)
    T(c, 190, H - 180, "Roxanne Adebayo-Kersey", "Helvetica-Bold", 15)
    T(c, 60, H - 220, "Course:", "Helvetica", 13)
    T(c, 190, H - 220, "Insurance Verification and", "Helvetica-Bold", 17)
    T(c, 190, H - 242, "Eligibility Checks", "Helvetica-Bold", 17)
    T(c, 60, H - 282, "Completed:", "Helvetica", 13)
    T(c, 190, H - 282, "January 21, 2025", "Helvetica-Bold", 15)
    T(c, 60, H - 322, "Credit:", "Helvetica", 13)
    T(c, 190, H - 322, "1.0 AAMA CEU (Administrative)", "Helvetica-Bold", 15)
    P(c, "Larchmont Allied Health Education, LLC is approved by the American Association of Medical Assistants "
         "(AAMA) to offer continuing education units for this program.", 60, H - 350, W - 120, style("Helvetica", 12, leading=15))
    sigblock(c, 60, 180, 220, rng, ["Registrar"], font="Helvetica", size=11, ink="#000000")
    T(c, W - 60, 60, "Page 2 of 2", "Helvetica", 10, align="r")


reg("48-larchmont-insurance-verification-fax.png",
    Scan(d48, LETTER, 200, fx_fax("JAN-30-2025 16:22  FROM: ORTON VALE FAMILY CLINIC  555 014 8832   TO: 5550139921   P.002/002",
                                  header_size=24)),
    "Insurance Verification and Eligibility Checks", "Larchmont Allied Health Education, LLC",
    "2025-01-21", "1.0", "aama_ceu", True, "administrative",
    "1-bit fax; fax header line with a later date and the sending clinic (learner's employer); provider wordmark "
    "split over two lines, full form in the approval sentence; title over two lines",
    "January 21, 2025")


# ---- 49 Stonebridge Medical Center: copier JPG with toner streaks, department folded
def d49(c, W, H, rng):
    T(c, W / 2, H - 80, "STONEBRIDGE MEDICAL CENTER", "Times-Bold", 24, "#000000", "c")
    T(c, W / 2, H - 102, "Department of Nursing & Clinical Education", "Times-Italic", 13, "#222222", "c")
    hline(c, 120, W - 120, H - 116, "#000000", 1)
    T(c, W / 2, H - 170, "Certificate of Attendance", "Times-Bold", 28, "#000000", "c")
    T(c, W / 2, H - 220, "Evangelina Prusak-Moyo", "Times-BoldItalic", 24, "#000000", "c")
    T(c, W / 2, H - 252, "attended the competency class", "Times-Italic", 14, "#222222", "c")
    T(c, W / 2, H - 290, "Autoclave Sterilization and Instrument Processing", "Times-Bold", 20, "#000000", "c")
    T(c, W / 2, H - 330, "Date: 12/05/2024          2.0 contact hours", "Times-Roman", 16, "#000000", "c")
    T(c, W / 2, H - 356, "Competency checklist on file.  Annual re-validation due 12/2025.", "Times-Roman", 12, "#222222", "c")
    sigblock(c, 110, 110, 210, rng, ["Nurse Educator"], font="Times-Roman", size=12, ink="#000000")
    sigblock(c, W - 320, 110, 210, rng, ["Sterile Processing Supervisor"], font="Times-Roman", size=12, ink="#000000")


reg("49-stonebridge-autoclave-copier.jpg",
    Scan(d49, LAND, 160, fx_copier(angle=-1.1, streaks=6, speck=300, edge=46), quality=70),
    "Autoclave Sterilization and Instrument Processing", "Stonebridge Medical Center",
    "2024-12-05", "2.0", "contact_hours", False, None,
    "photocopy: harsh contrast, toner streaks, dark band on the right edge; department folded into the medical "
    "center; re-validation due month",
    "12/05/2024")


# ---- 50 AHA BLS card front and back photocopied on one letter page (grey PDF)
def _card_front(c, rng):
    box(c, 0, 0, 243, 153, stroke="#000000", fill="#ffffff", lw=0.8, r=8)
    box(c, 0, 119, 243, 34, stroke=None, fill="#555555", r=8)
    box(c, 0, 119, 243, 12, stroke=None, fill="#555555")
    logo_heart(c, 17, 124, 20, "#ffffff")
    T(c, 34, 137, "American Heart Association", "Helvetica-Bold", 11, "#ffffff")
    T(c, 10, 100, "BLS Provider", "Helvetica-Bold", 16, "#000000")
    T(c, 10, 84, "Tobiah Mwangi-Ferreira", "Helvetica-Bold", 9.5, "#000000")
    T(c, 10, 74, "has successfully completed the cognitive and skills", "Helvetica", 6, "#222222")
    T(c, 10, 67, "evaluations of the BLS Provider course.", "Helvetica", 6, "#222222")
    T(c, 10, 50, "Course Date", "Helvetica", 6, "#444444")
    T(c, 10, 39, "08/21/2024", "Helvetica-Bold", 10, "#000000")
    T(c, 92, 50, "Renew By", "Helvetica", 6, "#444444")
    T(c, 92, 39, "08/2026", "Helvetica-Bold", 10, "#000000")
    T(c, 10, 12, "Card ID 24B-55871", "Courier", 6.5, "#000000")


def _card_back(c, rng):
    box(c, 0, 0, 243, 153, stroke="#000000", fill="#ffffff", lw=0.8, r=8)
    rows = [("Training Center", "Tamarack Valley EMS Education"), ("TC ID", "OR-11872"),
            ("Training Site", "Tamarack Valley Station 2"), ("Instructor", "Priya Vandersloot #2210"),
            ("Issue Date", "08/23/2024")]
    y = 132
    for k, v in rows:
        T(c, 10, y, k, "Helvetica", 6.5, "#444444")
        T(c, 82, y, v, "Helvetica-Bold", 7.5, "#000000")
        y -= 17
    hline(c, 10, 233, 28, "#000000", 0.5)
    T(c, 10, 18, "Holder's signature", "Helvetica", 6, "#444444")
    scribble(c, 30, 36, 110, rng, color="#000000", lw=0.8, amp=6)


def d50(c, W, H, rng):
    for fn, (x, y, ang) in [(_card_front, (150, H - 300, 1.5)), (_card_back, (150, H - 560, -1.0))]:
        c.saveState()
        c.translate(x, y)
        c.rotate(ang)
        c.scale(1.25, 1.25)
        fn(c, rng)
        c.restoreState()
    T(c, 70, 140, "Copy of CPR card submitted for recertification file", "Helvetica-Oblique", 10, "#333333")


reg("50-aha-bls-card-copy-scan.pdf",
    Scan(d50, LETTER, 200, fx_grey(angle=-0.4, speck=200, lo=25, hi=232), quality=70),
    "BLS Provider", "American Heart Association",
    "2024-08-21", "1", "cpr_card", False, "clinical",
    "grey scan of a card front and back copied on one page; the back carries training center, site and an issue "
    "date two days after the course date; renew-by month; typed note under the cards",
    "08/21/2024", amt_txt="")


# ---- 51 Sunhaven Technical Institute: grey PNG, day-first written date, NHA
def d51(c, W, H, rng):
    T(c, 60, H - 80, "Sunhaven", "DVS-B", 34, "#222222")
    T(c, 62, H - 102, "TECHNICAL INSTITUTE", "DV", 12, "#444444")
    c.setStrokeColor(HexColor("#444444"))
    c.setLineWidth(2)
    for k in range(9):
        import math
        a = math.radians(200 + k * 17)
        c.line(W - 110 + 26 * math.cos(a), H - 90 + 26 * math.sin(a), W - 110 + 40 * math.cos(a), H - 90 + 40 * math.sin(a))
    c.circle(W - 110, H - 90, 20, stroke=1, fill=0)
    T(c, 60, H - 170, "Continuing Education Certificate", "DV-B", 22, "#111111")
    rows = [("Name", "Marcus Oyelaran-Whitby, CCMA"), ("Course", "Patient Safety Goals for the Medical Office"),
            ("Date completed", "30 June 2025"), ("NHA CE credits", "1.0"), ("Course ID", "STI-NHA-0611")]
    y = H - 220
    for k, v in rows:
        T(c, 60, y, k, "DV", 12, "#555555")
        T(c, 210, y, v, "DV-B", 13, "#111111")
        y -= 30
    P(c, "Sunhaven Technical Institute is an approved provider of NHA continuing education credit.",
      60, y - 6, W - 120, style("DV", 11, color="#333333"))
    sigblock(c, 60, 120, 220, rng, ["Continuing Education Office"], font="DV", size=11, ink="#222222")


reg("51-sunhaven-patient-safety-nha.png",
    Scan(d51, LETTER, 150, fx_grey(angle=1.3, speck=90, lid_edge=("bottom", 14), blur=0.6)),
    "Patient Safety Goals for the Medical Office", "Sunhaven Technical Institute",
    "2025-06-30", "1.0", "nha_credit", False, None,
    "grey PNG scan rotated ~1.3 degrees; day-first written date '30 June 2025'; NHA credits; course ID row; "
    "two-line wordmark with sun logo",
    "30 June 2025")


# ---- 52 Red de Salud Comunitaria Valle Verde: Spanish, fax as image-only PDF
def d52(c, W, H, rng):
    T(c, W / 2, H - 90, "Red de Salud Comunitaria Valle Verde", "Helvetica-Bold", 22, align="c")
    T(c, W / 2, H - 112, "Departamento de Capacitaci\u00f3n", "Helvetica", 13, align="c")
    T(c, W / 2, H - 170, "CONSTANCIA DE CAPACITACI\u00d3N", "Helvetica-Bold", 20, align="c")
    T(c, W / 2, H - 220, "Se hace constar que", "Helvetica", 13, align="c")
    T(c, W / 2, H - 250, "Araceli Montoya Fairweather", "Helvetica-Bold", 20, align="c")
    T(c, W / 2, H - 280, "complet\u00f3 la capacitaci\u00f3n", "Helvetica", 13, align="c")
    T(c, W / 2, H - 316, "Prevenci\u00f3n de ca\u00eddas en el consultorio", "Helvetica-Bold", 20, align="c")
    T(c, 90, H - 380, "Fecha de finalizaci\u00f3n:", "Helvetica", 13)
    T(c, 270, H - 380, "5 de diciembre de 2024", "Helvetica-Bold", 14)
    T(c, 90, H - 410, "Duraci\u00f3n:", "Helvetica", 13)
    T(c, 270, H - 410, "1.5 horas de contacto", "Helvetica-Bold", 14)
    T(c, 90, H - 440, "Fecha de impresi\u00f3n:", "Helvetica", 13)
    T(c, 270, H - 440, "9 de diciembre de 2024", "Helvetica", 13)
    sigblock(c, W / 2 - 110, 170, 220, rng, ["Coordinaci\u00f3n de Capacitaci\u00f3n"], font="Helvetica", size=11, ink="#000000")


reg("52-valle-verde-caidas-fax.pdf",
    Scan(d52, LETTER, 200, fx_fax("12/09/2024 09:13   5550172266   RED SALUD VALLE VERDE RRHH     PAG. 01/01",
                                  header_size=24, thresh=140)),
    "Prevenci\u00f3n de ca\u00eddas en el consultorio", "Red de Salud Comunitaria Valle Verde",
    "2024-12-05", "1.5", "contact_hours", False, None,
    "Spanish 1-bit fax as image-only PDF; completion date vs print date vs fax header date (all December); "
    "'horas de contacto'; training department folded into the network",
    "5 de diciembre de 2024")


# ---- 53 Prairie Mills Community College: college credit verification, copier PDF
def d53(c, W, H, rng):
    T(c, 60, H - 80, "PRAIRIE MILLS COMMUNITY COLLEGE", "Helvetica-Bold", 20)
    T(c, 60, H - 98, "Office of the Registrar", "Helvetica", 12)
    T(c, W - 60, H - 98, "Date: January 6, 2025", "Helvetica", 11, align="r")
    hline(c, 60, W - 60, H - 112, lw=1)
    T(c, 60, H - 160, "RE: Enrollment and Completion Verification", "Helvetica-Bold", 14)
    P(c, "This letter verifies that <b>Delphine Arkwright-Osei</b> (ID 2201-7784) completed the credit course "
         "listed below with a final grade of B+.", 60, H - 180, W - 120, style("Helvetica", 12, leading=16))
    data = [["Term", "Course", "Title", "Credits"],
            ["Fall 2024\n08/26/2024 \u2013 12/13/2024", "HIT 110", "Introduction to Medical Coding", "4.0"]]
    table(c, data, 60, H - 240, [140, 70, 220, 60], [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 11), ("FONT", (0, 1), (-1, 1), "Helvetica", 11),
        ("GRID", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    P(c, "Credits are semester credit hours and are transferable within the state system. Final grades were posted "
         "on 12/18/2024.", 60, H - 320, W - 120, style("Helvetica", 11, leading=14))
    sigblock(c, 60, 220, 220, rng, ["Assistant Registrar"], font="Helvetica", size=11, ink="#000000")


reg("53-prairie-mills-coding-credit-copy.pdf",
    Scan(d53, LETTER, 170, fx_copier(angle=0.7, streaks=3, speck=200, edge=30), quality=68),
    "Introduction to Medical Coding", "Prairie Mills Community College",
    "2024-12-13", "4.0", "college_credit", False, None,
    "photocopied registrar letter (image-only PDF); letter date in January; term range in a table cell (last day "
    "counts); grades posted date; course code in its own column",
    "12/13/2024")



# ---- 54 Fox Hollow chapter: split admin/general with total, grey JPG
def d54(c, W, H, rng):
    border_guilloche(c, W, H, 26, "#777777", rng, waves=2, band=12)
    T(c, W / 2, H - 84, "Fox Hollow Chapter", "Times-Bold", 26, "#222222", "c")
    T(c, W / 2, H - 106, "of Medical Assistants", "Times-Bold", 18, "#222222", "c")
    T(c, W / 2, H - 156, "Fall Education Workshop", "Times-Bold", 24, "#111111", "c")
    T(c, W / 2, H - 180, "October 19, 2024 \u2022 8:30 a.m. \u2013 11:00 a.m. \u2022 Fox Hollow Fire Hall", "Times-Roman", 12, "#222222", "c")
    T(c, W / 2, H - 222, "This certifies that", "Times-Italic", 13, "#333333", "c")
    T(c, W / 2, H - 254, "Wilhelmina Achebe-Tanaka, CMA (AAMA)", "Times-Bold", 21, "#111111", "c")
    T(c, W / 2, H - 280, "attended both sessions and earned the following AAMA-approved CEUs:", "Times-Italic", 13, "#333333", "c")
    data = [["Session", "Category", "CEUs"],
            ["Workplace Documentation That Holds Up", "Administrative", "1.0"],
            ["Self-Care and Burnout Prevention for MAs", "General", "1.0"],
            ["", "Total", "2.0"]]
    table(c, data, W / 2 - 200, H - 296, [240, 100, 60], [
        ("FONT", (0, 0), (-1, 0), "Times-Bold", 11), ("FONT", (0, 1), (-1, -1), "Times-Roman", 12),
        ("FONT", (1, 3), (-1, 3), "Times-Bold", 12), ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
        ("LINEABOVE", (1, 3), (-1, 3), 1, colors.black), ("ALIGN", (2, 0), (2, -1), "CENTER")])
    T(c, W / 2, H - 400, "Chapter of the Tri-Lakes State Society of Medical Assistants", "Times-Roman", 10, "#555555", "c")
    sigblock(c, 110, 90, 200, rng, ["Chapter President"], font="Times-Roman", size=11, ink="#222222")
    sigblock(c, W - 310, 90, 200, rng, ["Chapter Secretary"], font="Times-Roman", size=11, ink="#222222")


reg("54-fox-hollow-fall-workshop-split.jpg",
    Scan(d54, LAND, 170, fx_grey(angle=-0.9, speck=160, lid_edge=("right", 16), lo=30, hi=230), quality=74),
    "Fall Education Workshop", "Fox Hollow Chapter of Medical Assistants",
    "2024-10-19", "2.0", "aama_ceu", True, None,
    "grey JPG scan; event name is the title (two sessions listed in a table); split administrative/general with "
    "total; provider over two lines, parent state society in small print below the table; time range; fire-hall venue",
    "October 19, 2024", categories={"administrative": "1.0", "general": "1.0"})


# ---- 55 Cresthaven Institute: AMT-approved contact hours, grey PDF
def d55(c, W, H, rng):
    c.setStrokeColor(colors.black)
    c.setLineWidth(1)
    c.rect(40, 40, W - 80, H - 80)
    T(c, W / 2, H - 100, "CRESTHAVEN INSTITUTE OF LABORATORY PRACTICE", "Helvetica-Bold", 16, align="c")
    T(c, W / 2, H - 120, "Continuing Education Division", "Helvetica", 12, align="c")
    T(c, W / 2, H - 190, "Certificate of Continuing Education", "Times-Bold", 26, align="c")
    T(c, W / 2, H - 240, "Awarded to", "Times-Italic", 13, align="c")
    T(c, W / 2, H - 270, "Cornelius Yamamoto-Reid, RMA", "Times-Bold", 20, align="c")
    T(c, W / 2, H - 306, "for completion of the course", "Times-Italic", 13, align="c")
    lines_fixed(c, ["LABORATORY SAFETY AND OSHA", "BLOODBORNE PATHOGENS UPDATE"], W / 2, H - 344, "Helvetica-Bold", 18, 23, "#000000", "c")
    T(c, W / 2, H - 410, "Completed February 6, 2025", "Times-Roman", 14, align="c")
    T(c, W / 2, H - 436, "3.0 contact hours", "Times-Bold", 15, align="c")
    P(c, "This course is approved by American Medical Technologists (AMT) for 3.0 contact hours. It is not an "
         "AAMA-approved program.", 90, H - 456, W - 180, style("Times-Roman", 11, align="c"))
    sigblock(c, W / 2 - 110, 140, 220, rng, ["Division Chair, Continuing Education"], font="Times-Roman", size=11, ink="#000000")


reg("55-cresthaven-bbp-amt-scan.pdf",
    Scan(d55, LETTER, 180, fx_grey(angle=0.5, speck=110, blur=0.7, lo=35, hi=236), quality=70),
    "Laboratory Safety and OSHA Bloodborne Pathogens Update", "Cresthaven Institute of Laboratory Practice",
    "2025-02-06", "3.0", "contact_hours", False, None,
    "grey image-only PDF; ALL CAPS provider and ALL CAPS title over two lines; AMT approval, explicitly not AAMA; "
    "division folded into the institute",
    "February 6, 2025")


# ---- 56 Granite Point Physician Partners: 'approved for ... live attendance only', fax PNG
def d56(c, W, H, rng):
    T(c, 60, H - 84, "Granite Point Physician Partners", "Times-Bold", 24)
    T(c, 60, H - 104, "Practice Operations Training", "Times-Italic", 13)
    hline(c, 60, W - 60, H - 116, lw=1.2)
    T(c, W / 2, H - 170, "CERTIFICATE OF ATTENDANCE", "Times-Bold", 20, align="c")
    T(c, W / 2, H - 214, "Anselm Kirkpatrick-Oduya", "Times-BoldItalic", 22, align="c")
    T(c, W / 2, H - 244, "attended the live training session", "Times-Italic", 13, align="c")
    T(c, W / 2, H - 280, "Scheduling Templates and No-Show Reduction", "Times-Bold", 19, align="c")
    T(c, W / 2, H - 316, "Session date: 3/14/2025", "Times-Roman", 14, align="c")
    P(c, "This program is approved for <b>0.5 AAMA CEU (administrative)</b> for live attendance only. "
         "Viewing the recorded session does not qualify for CEUs.", 90, H - 340, W - 180, style("Times-Roman", 13, align="c", leading=17))
    sigblock(c, 90, 180, 210, rng, ["Training Manager"], font="Times-Roman", size=12, ink="#000000")


reg("56-granite-point-scheduling-fax.png",
    Scan(d56, LETTER, 200, fx_fax("03/18/2025  11:47AM   GRANITE POINT HR           #0412  P. 1",
                                  header_size=26, angle=-0.5, speck=220)),
    "Scheduling Templates and No-Show Reduction", "Granite Point Physician Partners",
    "2025-03-14", "0.5", "aama_ceu", True, "administrative",
    "1-bit fax PNG; approval restricted to live attendance ('approved for ... only') is still an approval; fax header date "
    "four days later; short numeric date",
    "3/14/2025")


# ---- 57 Bayard Point Pediatrics: '1 hr 15 min', dashed date, grey PNG
def d57(c, W, H, rng):
    T(c, W / 2, H - 80, "Bayard Point Pediatrics", "DV-B", 24, "#222222", "c")
    T(c, W / 2, H - 100, "Staff Education Log \u2014 Certificate", "DV", 12, "#444444", "c")
    box(c, 60, H - 420, W - 120, 290, stroke="#000000", lw=1)
    rows = [("Staff member", "Giselle Hathaway-Mbatha, CMA"), ("Topic", "Childhood Immunization Schedule Update 2025"),
            ("Date", "02-19-2025"), ("Length", "1 hr 15 min"), ("Format", "Staff meeting presentation"),
            ("Presenter", "Dr. Ronan Achterberg, MD")]
    y = H - 170
    for k, v in rows:
        T(c, 80, y, k, "DV", 12, "#444444")
        T(c, 210, y, v, "DV-B", 12.5, "#111111")
        hline(c, 80, W - 80, y - 10, "#999999", 0.4)
        y -= 42
    T(c, 60, H - 450, "For internal education records. No CE credit is claimed.", "DV-I", 11, "#333333")
    sigblock(c, 60, 200, 220, rng, ["Office Manager"], font="DV", size=11, ink="#222222")


reg("57-bayard-point-immunization-schedule.png",
    Scan(d57, LETTER, 150, fx_grey(angle=-1.6, speck=80, blur=0.5, lo=20, hi=240)),
    "Childhood Immunization Schedule Update 2025", "Bayard Point Pediatrics",
    "2025-02-19", "75", "minutes", False, None,
    "grey PNG scan rotated ~1.6 degrees; form-like table; '1 hr 15 min' = 75 minutes; dashed US date; "
    "no CE credit claimed",
    "02-19-2025", amt_txt="1 hr 15 min")


# ---- 58 Verdance Learning Systems: provider only in the signature block, IACET 0.1, grey PDF
def d58(c, W, H, rng):
    c.setFillColor(HexColor("#666666"))
    for k in range(5):
        c.circle(W / 2 - 40 + k * 20, H - 80, 7, stroke=0, fill=1)
    T(c, W / 2, H - 140, "CERTIFICATE OF ACHIEVEMENT", "DVS-B", 26, "#111111", "c")
    T(c, W / 2, H - 190, "presented to", "DVS-I", 13, "#333333", "c")
    T(c, W / 2, H - 224, "Oksana Delgado-Whitmore", "DVS-B", 24, "#111111", "c")
    T(c, W / 2, H - 262, "for successfully completing", "DVS-I", 13, "#333333", "c")
    T(c, W / 2, H - 298, "Cultural Humility in Patient Care", "DVS-B", 22, "#111111", "c")
    T(c, W / 2, H - 340, "July 17, 2025", "DV", 14, "#222222", "c")
    T(c, W / 2, H - 366, "0.1 IACET CEU", "DV-B", 15, "#222222", "c")
    T(c, W / 2, H - 388, "Course code CH-101-V4", "DV", 10, "#555555", "c")
    sigblock(c, W / 2 - 140, 170, 280, rng, ["Nadia Brennan-Osei, PhD", "Director of Education, Verdance Learning Systems"],
             font="DV", size=10, ink="#222222")


reg("58-verdance-cultural-humility-scan.pdf",
    Scan(d58, LETTER, 180, fx_grey(angle=-0.7, speck=120, lid_edge=("left", 14), lo=28, hi=238), quality=70),
    "Cultural Humility in Patient Care", "Verdance Learning Systems",
    "2025-07-17", "0.1", "iacet_ceu", False, None,
    "grey image-only PDF; provider only in the signature block; dots logo without words; 'for successfully completing'; "
    "IACET CEU without contact-hour equivalent; course code under the date",
    "July 17, 2025")


# ---- 59 Emberwood College of Health Sciences: amount in words, copier PNG
def d59(c, W, H, rng):
    border_double(c, W, H, 24, "#000000", gap=5)
    T(c, W / 2, H - 80, "Emberwood College of Health Sciences", "Times-Bold", 24, align="c")
    T(c, W / 2, H - 100, "School of Continuing & Professional Studies", "Times-Italic", 12, align="c")
    T(c, W / 2, H - 150, "Certificate of Completion", "Times-Roman", 26, align="c")
    T(c, W / 2, H - 196, "Ingrid Mokoena-Castillo", "Times-BoldItalic", 24, align="c")
    T(c, W / 2, H - 230, "has completed", "Times-Italic", 13, align="c")
    T(c, W / 2, H - 264, "Medical Law and Ethics Update", "Times-Bold", 22, align="c")
    T(c, W / 2, H - 300, "on August 2, 2025, and is awarded three (3.0) contact hours.", "Times-Roman", 15, align="c")
    T(c, W / 2, H - 326, "Certificate issued August 11, 2025 \u2022 Reference ECHS-CPS-25-1187", "Times-Roman", 11, "#333333", "c")
    sigblock(c, 110, 100, 200, rng, ["Dean"], font="Times-Roman", size=12, ink="#000000")
    sigblock(c, W - 310, 100, 200, rng, ["Program Director"], font="Times-Roman", size=12, ink="#000000")


reg("59-emberwood-law-ethics-copy.png",
    Scan(d59, LAND, 150, fx_copier(angle=0.6, streaks=4, speck=240, edge=36)),
    "Medical Law and Ethics Update", "Emberwood College of Health Sciences",
    "2025-08-02", "3.0", "contact_hours", False, None,
    "photocopy PNG; amount in words 'three (3.0) contact hours' inside a sentence with the date; issue date nine days "
    "later; school folded into the college",
    "August 2, 2025")


# ---- 60 Kinross Valley Hospital: competency validation, no credit, grey JPG
def d60(c, W, H, rng):
    T(c, 60, H - 80, "Kinross Valley Hospital", "DV-B", 22, "#111111")
    T(c, 60, H - 100, "Laboratory Services \u2022 Point-of-Care Testing Program", "DV", 11, "#333333")
    hline(c, 60, W - 60, H - 112, "#000000", 1)
    T(c, 60, H - 160, "Competency Validation Record", "DV-B", 20, "#111111")
    rows = [("Employee", "Rutger Abiodun-Sinclair, Medical Assistant"),
            ("Competency", "Point-of-Care Glucose Meter Competency"),
            ("Validated on", "May 13, 2025"), ("Next validation due", "May 2026"),
            ("Method", "Direct observation + 2 QC levels + written quiz"), ("Validator", "Tamsin Oyelaran, MLS(ASCP)")]
    y = H - 200
    for k, v in rows:
        T(c, 60, y, k, "DV", 11, "#444444")
        T(c, 220, y, v, "DV-B", 12, "#111111")
        y -= 28
    T(c, 60, y - 10, "CE credit: none \u2014 competency validation only.", "DV-I", 11, "#222222")
    sigblock(c, 60, 160, 220, rng, ["Validator"], font="DV", size=11, ink="#222222")
    sigblock(c, 330, 160, 220, rng, ["Employee"], font="DV", size=11, ink="#222222")


reg("60-kinross-glucose-competency.jpg",
    Scan(d60, LETTER, 160, fx_grey(angle=0.9, speck=100, lo=24, hi=234, blur=0.6), quality=72),
    "Point-of-Care Glucose Meter Competency", "Kinross Valley Hospital",
    "2025-05-13", None, None, False, None,
    "grey JPG scan; competency validation record, explicitly no CE credit; next-validation month; laboratory "
    "program line under the hospital name",
    "May 13, 2025")



# ============================================================================= README, expected.json, main
README_HEAD = """# tune8 - certificate reader tuning set

**This is a tuning set.** Sixty invented continuing-education (CE) certificates of the kind US medical
assistants (CMA (AAMA), RMA (AMT), CCMA (NHA) ...) upload to Recert for recertification, each with a
hand-written label in `expected.json`. It is meant to be looked at file by file while working on the
certificate reader; it is not a held-out evaluation set.

## How it was made

Everything here is produced by one deterministic script, `make.py` (run `python make.py [OUTDIR]`;
`--check` also verifies the labels against the drawn text). It writes the 60 files, `expected.json`
and this README.

- **Born-digital PDFs** (text layer): {n_rl} drawn with reportlab (`invariant=1`), {n_chrome} printed from HTML with
  headless Chromium (`--print-to-pdf`, the `/CreationDate` and `/ModDate` are then pinned in place).
- **Phone photos** (`.jpg` / `.png`): a vector page is drawn with reportlab, rasterised with `pdftoppm`,
  then laid in perspective onto a procedurally generated surface (wood, laminate, speckled counter,
  tablecloth, a laptop screen) with a drop shadow, uneven or dim light, cast shadows, glare, a fold
  crease, blur, sensor noise, low resolution and JPEG compression (Pillow only).
- **Scans**: the same kind of page rasterised in grey, then treated as a grey flatbed scan (rotation,
  specks, lid shadow), a photocopy (harsh contrast, toner streaks, dark edge band) or a 1-bit fine-mode
  fax (threshold, dropouts, specks and a fax header line with its own date). Saved as image-only PDF
  (Pillow, pinned dates), `.jpg` or `.png`.
- Randomness comes from `random.Random(<file name>)` per file; a rerun reproduces every file byte for
  byte (checked by running `make.py` twice into temporary directories and comparing SHA-256 hashes).
- Only DejaVu fonts and reportlab's standard fonts are used. Every file is below 2 MB.

## Independence

The certificates, issuers, people, titles, wording and layouts were invented for this set without
reading the reader code (`credentials/`) or any other corpus or generator under `tests/certificates*/`,
except the labelling conventions in `tests/certificates_world/heldout2/README.md` ("How expected.json is
written") and the JSON shape of `tests/certificates_world/heldout3/expected.json`, which this set follows.
All organisations are fictional except the bodies that may be named as themselves: AAMA, NHA, AMT,
IACET, American Heart Association and American Red Cross (their card/certificate layouts here are
invented, not copies).

## Labels

`expected.json` follows the heldout2 conventions: `kind` (`pdf` / `image` / `scan`), `title`,
`provider` (fullest printed form; never the LMS, platform, sponsor, venue, approving body or the
learner's employer; departments folded into their institution; for CPR/BLS cards the issuing
organisation), `completed_on` (ISO; last day of a range; never issue/print/expiry/fax dates), `amount`
+ `unit` as printed (`aama_ceu`, `contact_hours`, `iacet_ceu`, `nha_credit`, `college_credit`,
`minutes`, `cpr_card`, or null/null), `aama_approved` (true only when the page says the activity is
AAMA-approved), `category` (single AAMA category, else null; split certificates carry `categories` and
the total as `amount`; CPR/BLS cards are `clinical`) and free-text `notes` describing the traps.
"""


def readme(certs):
    from collections import Counter
    kinds = Counter(e["label"]["kind"] for e in certs)
    exts = Counter((e["label"]["kind"], os.path.splitext(e["file"])[1]) for e in certs)
    head = README_HEAD.replace("{n_rl}", str(sum(isinstance(e["builder"], Vec) for e in certs)))
    head = head.replace("{n_chrome}", str(sum(isinstance(e["builder"], Chrome) for e in certs)))
    out = [head, "## Counts\n", "| kind | total | by extension |", "|---|---|---|"]
    for k in ("pdf", "image", "scan"):
        parts = ", ".join("%s %d" % (ext, n) for (kk, ext), n in sorted(exts.items()) if kk == k)
        out.append("| %s | %d | %s |" % (k, kinds[k], parts))
    out.append("| **all** | **%d** | |\n" % len(certs))
    units = Counter(e["label"]["unit"] or "null" for e in certs)
    out.append("Units: " + ", ".join("%s %d" % (u, n) for u, n in sorted(units.items())) + ".  ")
    out.append("AAMA-approved: %d; split categories: %d; Spanish or bilingual: %d.\n" % (
        sum(1 for e in certs if e["label"]["aama_approved"]),
        sum(1 for e in certs if e["label"].get("categories")),
        sum(1 for e in certs if any(w in e["label"]["notes"].lower() for w in ("spanish", "bilingual")))))
    out.append("## Files\n")
    out.append("| file | kind | unit | what makes it hard |")
    out.append("|---|---|---|---|")
    for e in certs:
        lab = e["label"]
        out.append("| `%s` | %s | %s | %s |" % (e["file"], lab["kind"], lab["unit"] or "-", lab["notes"].replace("|", "/")))
    out.append("")
    return "\n".join(out)


def norm(s):
    return "".join(s.split()).casefold()


def check(entry, src_pdf):
    texts = [norm(t) for t in pdftotext(src_pdf).split("\f")]
    lab = entry["label"]
    wanted = [("title", lab["title"]), ("provider", lab["provider"]), ("date", entry["date_txt"]),
              ("amount", entry["amt_txt"] if entry["amt_txt"] is not None else lab["amount"])]
    wanted += [("extra", x) for x in entry["extra_txt"]]
    return [k for k, v in wanted if v and not any(norm(v) in t for t in texts)]


def validate_label(e):
    lab = e["label"]
    problems = []
    assert re.match(r"^\d{4}-\d{2}-\d{2}$", lab["completed_on"]), e["file"]
    if lab["unit"] not in (None, "aama_ceu", "contact_hours", "iacet_ceu", "nha_credit", "college_credit",
                           "minutes", "cpr_card"):
        problems.append("unit")
    if (lab["amount"] is None) != (lab["unit"] is None):
        problems.append("amount/unit")
    if lab["aama_approved"] and lab["unit"] != "aama_ceu":
        problems.append("approved but not aama_ceu")
    if lab.get("categories"):
        tot = sum(float(v) for v in lab["categories"].values())
        if abs(tot - float(lab["amount"])) > 1e-9 or lab["category"] is not None:
            problems.append("split total")
    ext = os.path.splitext(e["file"])[1]
    if lab["kind"] == "image" and ext not in (".jpg", ".png"):
        problems.append("image ext")
    return problems


def main(argv):
    do_check = "--check" in argv
    args = [a for a in argv if not a.startswith("--")]
    outdir = os.path.abspath(args[0]) if args else HERE
    os.makedirs(outdir, exist_ok=True)
    failures = []
    try:
        for e in CERTS:
            rng = random.Random(e["file"])
            path = os.path.join(outdir, e["file"])
            src = e["builder"].build(path, rng)
            size = os.path.getsize(path)
            probs = validate_label(e)
            if size >= 2 * 1024 * 1024:
                probs.append("size %d" % size)
            if do_check:
                probs += ["missing " + k for k in check(e, src)]
            if probs:
                failures.append((e["file"], probs))
            print("%-48s %-5s %8d %s" % (e["file"], e["label"]["kind"], size, "; ".join(probs) or "ok"))
    finally:
        Tools.cleanup()
    expected = {e["file"]: e["label"] for e in CERTS}
    with open(os.path.join(outdir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(CERTS))
    if failures:
        print("PROBLEMS:", failures)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
