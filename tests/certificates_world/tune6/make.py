#!/usr/bin/env python
"""Build the tune6 corpus: 60 invented medical-assistant CE certificates.

Deterministic: every random choice comes from seeded random.Random / numpy
generators; reportlab runs with invariant=1; Chromium PDFs get fixed
/CreationDate and /ModDate stamps.  Run:  .venv/bin/python make.py
"""
import time
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps, ImageEnhance
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"),
                 ("DVI", "DejaVuSans-Oblique.ttf"), ("DVS", "DejaVuSerif.ttf"),
                 ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVSI", "DejaVuSerif-Italic.ttf"),
                 ("DVSBI", "DejaVuSerif-BoldItalic.ttf"),
                 ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf"),
                 ("DVM", "DejaVuSansMono.ttf"), ("DVXL", "DejaVuSans-ExtraLight.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))

LAND = landscape(letter)
PORT = letter
TMP = tempfile.mkdtemp(prefix="tune6_")


def rgb(h):
    h = h.lstrip("#")
    return colors.Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


# --------------------------------------------------------------------------
# reportlab canvas engine: a list of blocks laid out top to bottom
# --------------------------------------------------------------------------
def T(text, size=12, font="Helvetica", align="C", color="#000000", lead=None, gap=None):
    return dict(k="T", text=text, size=size, font=font, align=align, color=color,
                lead=lead or size * 1.25, gap=gap)


def P(text, size=9, font="Helvetica", align="C", color="#000000", width=0.8, lead=None):
    return dict(k="P", text=text, size=size, font=font, align=align, color=color,
                width=width, lead=lead or size * 1.3)


def G(h):
    return dict(k="G", h=h)


def R(width=0.6, color="#888888", thick=0.8):
    return dict(k="R", width=width, color=color, thick=thick)


def BAN(text, fill="#1f4e79", size=20, font="Helvetica-Bold", color="#ffffff", pad=10):
    return dict(k="BAN", text=text, fill=fill, size=size, font=font, color=color, pad=pad)


def KV(rows, size=10.5, font="Helvetica", bold="Helvetica-Bold", x=0.22, col=0.2):
    return dict(k="KV", rows=rows, size=size, font=font, bold=bold, x=x, col=col)


def TB(rows, widths, size=9, font="Helvetica", bold="Helvetica-Bold", header=True,
       fill="#dde6ee", x=None, rowh=None, hand=None):
    return dict(k="TB", rows=rows, widths=widths, size=size, font=font, bold=bold,
                header=header, fill=fill, x=x, rowh=rowh, hand=hand)


def SIG(cols, size=9, font="Helvetica", scrawl=True, width=0.28):
    return dict(k="SIG", cols=cols, size=size, font=font, scrawl=scrawl, width=width)


def AT(text, x, y, size=8, font="Helvetica", color="#555555", align="L"):
    """Absolute text (x,y in points from bottom-left; negative = from right/top)."""
    return dict(k="AT", text=text, x=x, y=y, size=size, font=font, color=color, align=align)


def LOGO(text, shape="circle", color="#1f4e79", size=16, font="Helvetica-Bold", align="L",
         sub=None, subsize=8):
    return dict(k="LOGO", text=text, shape=shape, color=color, size=size, font=font,
                align=align, sub=sub, subsize=subsize)


def _scrawl(c, x, y, w, seed):
    rng = random.Random(seed)
    c.setLineWidth(1.1)
    c.setStrokeColor(rgb("#1b2a6b"))
    p = c.beginPath()
    p.moveTo(x, y)
    cx = x
    while cx < x + w:
        nx = cx + rng.uniform(6, 16)
        p.curveTo(cx + 3, y + rng.uniform(4, 14), nx - 3, y - rng.uniform(2, 8), nx,
                  y + rng.uniform(-2, 5))
        cx = nx
    c.drawPath(p, stroke=1, fill=0)


def _border(c, W, H, style, accent):
    a = rgb(accent)
    if style == "double":
        c.setStrokeColor(a); c.setLineWidth(3); c.rect(24, 24, W - 48, H - 48)
        c.setLineWidth(0.8); c.rect(32, 32, W - 64, H - 64)
    elif style == "thin":
        c.setStrokeColor(a); c.setLineWidth(1); c.rect(30, 30, W - 60, H - 60)
    elif style == "guilloche":
        c.setStrokeColor(a)
        for i in range(7):
            c.setLineWidth(0.4 if i % 2 else 1.2)
            c.rect(20 + i * 3, 20 + i * 3, W - 40 - i * 6, H - 40 - i * 6)
        for i in range(0, int(W - 60), 9):
            c.setLineWidth(0.3)
            c.circle(30 + i, 26, 5); c.circle(30 + i, H - 26, 5)
    elif style == "band":
        c.setFillColor(a); c.rect(0, H - 18, W, 18, stroke=0, fill=1)
        c.rect(0, 0, W, 10, stroke=0, fill=1)
    elif style == "side":
        c.setFillColor(a); c.rect(0, 0, 46, H, stroke=0, fill=1)
    elif style == "corners":
        c.setFillColor(a)
        for (x, y, sx, sy) in [(0, H, 1, -1), (W, 0, -1, 1)]:
            p = c.beginPath(); p.moveTo(x, y); p.lineTo(x + sx * 200, y); p.lineTo(x, y + sy * 140)
            p.close(); c.drawPath(p, stroke=0, fill=1)
        c.setStrokeColor(colors.grey); c.setLineWidth(0.5); c.rect(36, 36, W - 72, H - 72)


def rl(path, blocks, size=LAND, border="thin", accent="#1f4e79", margin=60, bg=None, seed=1):
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setAuthor(""); c.setProducer("ReportLab PDF Library")
    W, H = size
    if bg:
        c.setFillColor(rgb(bg)); c.rect(0, 0, W, H, stroke=0, fill=1)
    _border(c, W, H, border, accent)
    y = H - margin
    left = margin + (20 if border == "side" else 0)
    usable = W - left - margin
    for i, b in enumerate(blocks):
        k = b["k"]
        if k == "G":
            y -= b["h"]
        elif k == "T":
            c.setFillColor(rgb(b["color"]))
            for line in b["text"].split("\n"):
                y -= b["size"]
                c.setFont(b["font"], b["size"])
                if b["align"] == "C":
                    c.drawCentredString(left + usable / 2, y, line)
                elif b["align"] == "L":
                    c.drawString(left, y, line)
                else:
                    c.drawRightString(W - margin, y, line)
                y -= b["lead"] - b["size"]
            y -= b["gap"] if b["gap"] is not None else 4
        elif k == "P":
            c.setFillColor(rgb(b["color"]))
            w = usable * b["width"]
            x0 = left + (usable - w) / 2 if b["align"] == "C" else left
            for para in b["text"].split("\n"):
                lines = simpleSplit(para, b["font"], b["size"], w)
                for line in lines:
                    y -= b["lead"]
                    c.setFont(b["font"], b["size"])
                    if b["align"] == "C":
                        c.drawCentredString(x0 + w / 2, y, line)
                    else:
                        c.drawString(x0, y, line)
            y -= 4
        elif k == "R":
            w = usable * b["width"]
            c.setStrokeColor(rgb(b["color"])); c.setLineWidth(b["thick"])
            y -= 6
            c.line(left + (usable - w) / 2, y, left + (usable + w) / 2, y)
            y -= 8
        elif k == "BAN":
            h = b["size"] * 1.3 + 2 * b["pad"]
            lines = b["text"].split("\n")
            h = b["size"] * 1.25 * len(lines) + 2 * b["pad"]
            c.setFillColor(rgb(b["fill"]))
            c.rect(left - 10, y - h, usable + 20, h, stroke=0, fill=1)
            c.setFillColor(rgb(b["color"])); c.setFont(b["font"], b["size"])
            yy = y - b["pad"]
            for line in lines:
                yy -= b["size"]
                c.drawCentredString(left + usable / 2, yy, line)
                yy -= b["size"] * 0.25
            y -= h + 8
        elif k == "KV":
            x = left + usable * b["x"]
            for lab, val in b["rows"]:
                y -= b["size"] * 1.5
                c.setFillColor(colors.black)
                c.setFont(b["bold"], b["size"]); c.drawString(x, y, lab)
                c.setFont(b["font"], b["size"]); c.drawString(x + usable * b["col"], y, val)
            y -= 6
        elif k == "TB":
            widths = [usable * f for f in b["widths"]]
            x0 = left + (usable - sum(widths)) / 2 if b["x"] is None else left + b["x"]
            for ri, row in enumerate(b["rows"]):
                cells = [simpleSplit(str(t), b["font"], b["size"], w - 6) or [""]
                         for t, w in zip(row, widths)]
                nl = max(len(x) for x in cells)
                rh = b["rowh"] or (nl * b["size"] * 1.25 + 6)
                if ri == 0 and b["header"]:
                    c.setFillColor(rgb(b["fill"]))
                    c.rect(x0, y - rh, sum(widths), rh, stroke=0, fill=1)
                c.setStrokeColor(colors.grey); c.setLineWidth(0.5)
                xx = x0
                for ci, (lines, w) in enumerate(zip(cells, widths)):
                    c.rect(xx, y - rh, w, rh, stroke=1, fill=0)
                    hand = b["hand"] and ri > 0 and ci in b["hand"]
                    font = (b["bold"] if (ri == 0 and b["header"]) else
                            ("Times-Italic" if hand else b["font"]))
                    c.setFillColor(rgb("#1b2a6b") if hand else colors.black)
                    c.setFont(font, b["size"] + (1.5 if hand else 0))
                    for li, line in enumerate(lines):
                        c.drawString(xx + 3, y - 3 - b["size"] * (li + 1) * 1.2 + 1, line)
                    xx += w
                y -= rh
            y -= 10
        elif k == "SIG":
            n = len(b["cols"])
            w = usable * b["width"]
            gapw = (usable - n * w) / (n + 1)
            y -= 30
            for j, lines in enumerate(b["cols"]):
                x = left + gapw + j * (w + gapw)
                if b["scrawl"]:
                    _scrawl(c, x + 10, y + 8, w * 0.6, seed * 31 + j)
                c.setStrokeColor(colors.black); c.setLineWidth(0.6)
                c.line(x, y, x + w, y)
                c.setFillColor(colors.black)
                for li, line in enumerate(lines):
                    c.setFont(b["font"] if li else b["font"].replace("-Oblique", "") , b["size"])
                    c.drawCentredString(x + w / 2, y - 11 - li * b["size"] * 1.25, line)
            y -= 14 + max(len(x) for x in b["cols"]) * b["size"] * 1.25
        elif k == "AT":
            c.setFillColor(rgb(b["color"])); c.setFont(b["font"], b["size"])
            x = b["x"] if b["x"] >= 0 else W + b["x"]
            yy = b["y"] if b["y"] >= 0 else H + b["y"]
            for li, line in enumerate(b["text"].split("\n")):
                fn = {"L": c.drawString, "C": c.drawCentredString, "R": c.drawRightString}[b["align"]]
                fn(x, yy - li * b["size"] * 1.25, line)
        elif k == "LOGO":
            s = b["size"]
            tw = pdfmetrics.stringWidth(b["text"].split("\n")[0], b["font"], s)
            x = {"L": left, "C": left + usable / 2 - (tw + 2 * s) / 2,
                 "R": W - margin - tw - 2 * s}[b["align"]]
            c.setFillColor(rgb(b["color"]))
            y -= s * 1.6
            if b["shape"] == "circle":
                c.circle(x + s * 0.7, y + s * 0.35, s * 0.75, stroke=0, fill=1)
            elif b["shape"] == "square":
                c.rect(x, y - s * 0.35, s * 1.4, s * 1.4, stroke=0, fill=1)
            elif b["shape"] == "cross":
                c.rect(x + s * 0.45, y - s * 0.35, s * 0.5, s * 1.4, stroke=0, fill=1)
                c.rect(x, y + s * 0.1, s * 1.4, s * 0.5, stroke=0, fill=1)
            elif b["shape"] == "leaf":
                c.ellipse(x, y - s * 0.3, x + s * 1.4, y + s, stroke=0, fill=1)
            c.setFont(b["font"], s)
            lines = b["text"].split("\n")
            for li, line in enumerate(lines):
                c.drawString(x + s * 1.9, y - li * s * 1.1, line)
            y -= (len(lines) - 1) * s * 1.1
            if b["sub"]:
                c.setFont("Helvetica", b["subsize"]); c.setFillColor(colors.grey)
                y -= b["subsize"] * 1.4
                c.drawString(x + s * 1.9, y, b["sub"])
            y -= 6
    c.showPage()
    c.save()


# --------------------------------------------------------------------------
# platypus engine
# --------------------------------------------------------------------------
_PSN = [0]


def ps(size=10, font="Helvetica", align="L", lead=None, color="#000000", after=4, before=0):
    al = {"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT}[align]
    _PSN[0] += 1
    return ParagraphStyle("s%d" % _PSN[0], fontName=font, fontSize=size,
                          leading=lead or size * 1.25, alignment=al, textColor=rgb(color),
                          spaceAfter=after, spaceBefore=before)


def PP(text, **kw):
    return Paragraph(text, ps(**kw))


def TT(rows, widths, head="#e4e9f0", size=9, font="Helvetica", grid=0.5, align="LEFT",
       bold_last=False, extra=()):
    st = ps(size=size, font=font)
    hs = ps(size=size, font="Helvetica-Bold")
    data = [[Paragraph(str(x), hs if (i == 0 and head) or (bold_last and i == len(rows) - 1) else st)
             for x in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, hAlign=align)
    style = [("GRID", (0, 0), (-1, -1), grid, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), rgb(head)))
    style.extend(extra)
    t.setStyle(TableStyle(style))
    return t


def plat(path, flow, size=PORT, margins=54, deco=None):
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=margins, rightMargin=margins,
                            topMargin=margins, bottomMargin=margins, invariant=1,
                            title="", author="", creator="", producer="ReportLab")

    def onpage(c, d):
        if deco:
            deco(c, size)
    doc.build(flow, onFirstPage=onpage, onLaterPages=onpage)


# --------------------------------------------------------------------------
# HTML + headless Chromium engine
# --------------------------------------------------------------------------
BASECSS = """
@page { size: %s; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; font-family: 'DejaVu Sans', sans-serif; color: #222; }
.page { width: %s; height: %s; position: relative; overflow: hidden; }
"""


def html(path, body, css="", size="land"):
    if size == "land":
        pg, w, h = "letter landscape", "11in", "8.5in"
    elif size == "port":
        pg, w, h = "letter", "8.5in", "11in"
    else:  # card sheet
        pg, w, h = "letter", "8.5in", "11in"
    doc = "<!doctype html><html><head><meta charset='utf-8'><style>%s%s</style></head>" \
          "<body><div class='page'>%s</div></body></html>" % (BASECSS % (pg, w, h), css, body)
    hp = os.path.join(TMP, "x.html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(doc)
    out = os.path.join(TMP, "x.pdf")
    if os.path.exists(out):
        os.remove(out)
    subprocess.run(["chromium", "--headless", "--disable-gpu", "--no-sandbox",
                    "--user-data-dir=" + os.path.join(TMP, "prof"),
                    "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    data = open(out, "rb").read()
    def fixed(m):
        n = len(m.group(2))
        return m.group(1) + (b"D:20250101000000+00'00'")[:n].ljust(n, b"0") + m.group(3)
    data = re.sub(rb"(/CreationDate \()(D:[^)]*)(\))", fixed, data)
    data = re.sub(rb"(/ModDate \()(D:[^)]*)(\))", fixed, data)
    with open(path, "wb") as f:
        f.write(data)


# --------------------------------------------------------------------------
# raster effects
# --------------------------------------------------------------------------
def raster(pdf, dpi, gray=False):
    base = os.path.join(TMP, "r")
    args = ["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png"]
    if gray:
        args.append("-gray")
    subprocess.run(args + [pdf, base], check=True)
    fn = [f for f in os.listdir(TMP) if f.startswith("r") and f.endswith(".png")][0]
    img = Image.open(os.path.join(TMP, fn)); img.load()
    os.remove(os.path.join(TMP, fn))
    return img.convert("L" if gray else "RGB")


def _persp_coeffs(src, dst):
    # coefficients mapping dst (output) points -> src (input) points
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def _noise(shape, rng, sigma):
    return rng.normal(0, sigma, shape)


def photo(pdf, out, seed, dpi=150, frame=(1600, 1200), quality=72, desk="wood", tilt=1.0,
          light=0.35, blur=0.8):
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    doc = raster(pdf, dpi)
    W, H = frame
    if doc.height > doc.width and W > H:
        W, H = H, W
    # desk background
    base = {"wood": (150, 108, 72), "grey": (120, 122, 126), "white": (205, 200, 190),
            "green": (70, 96, 80), "dark": (55, 50, 48)}[desk]
    arr = np.zeros((H, W, 3), float) + base
    if desk == "wood":
        ys = np.arange(H)[:, None]
        grain = np.sin(ys / rng.uniform(5, 9) + np.sin(np.arange(W)[None, :] / 90.0) * 2.5) * 14
        arr += grain[..., None]
    arr += nrng.normal(0, 6, (H, W, 1))
    bg = Image.fromarray(np.clip(arr, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(1.5))
    # place document with a perspective warp
    sc = min(W * 0.86 / doc.width, H * 0.86 / doc.height)
    dw, dh = doc.width * sc, doc.height * sc
    cx, cy = W / 2 + rng.uniform(-20, 20), H / 2 + rng.uniform(-15, 15)
    j = lambda: rng.uniform(-1, 1) * 0.035 * min(dw, dh) * tilt
    dst = [(cx - dw / 2 + j(), cy - dh / 2 + j()), (cx + dw / 2 + j(), cy - dh / 2 + j()),
           (cx + dw / 2 + j(), cy + dh / 2 + j()), (cx - dw / 2 + j(), cy + dh / 2 + j())]
    src = [(0, 0), (doc.width, 0), (doc.width, doc.height), (0, doc.height)]
    co = _persp_coeffs(src, dst)
    warped = doc.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", doc.size, 255).transform((W, H), Image.PERSPECTIVE, co, Image.BILINEAR)
    # shadow
    shadow = mask.filter(ImageFilter.GaussianBlur(12))
    bg = Image.composite(Image.new("RGB", (W, H), (30, 25, 20)), bg,
                         shadow.point(lambda v: int(v * 0.55)))
    bg.paste(warped, (0, 0), mask)
    # lighting: warm tint + gradient + vignette
    a = np.asarray(bg, float)
    yy, xx = np.mgrid[0:H, 0:W]
    lx, ly = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.6) * H
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / np.hypot(W, H)
    g = 1.08 - light * d
    a = a * g[..., None] * np.array([1.0, rng.uniform(0.96, 1.0), rng.uniform(0.86, 0.95)])
    a += nrng.normal(0, 5.5, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    img = img.filter(ImageFilter.GaussianBlur(blur))
    if out.endswith(".png"):
        img = img.resize((int(W * 0.85), int(H * 0.85)), Image.LANCZOS).filter(
            ImageFilter.GaussianBlur(0.7)).quantize(32, dither=Image.Dither.NONE)
        img.save(out, optimize=True)
    else:
        img.save(out, "JPEG", quality=quality, optimize=True)


FAXFONT = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", 22)


def scan(pdf, out, seed, style="grey", dpi=150, header=None, angle=None):
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    img = raster(pdf, dpi, gray=True)
    ang = angle if angle is not None else rng.uniform(-1.2, 1.2)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if header:  # fax header line printed by the sending machine, straight across the top
        d = ImageDraw.Draw(img)
        d.rectangle([0, 0, img.width, 34], fill=255)
        d.text((24, 6), header, fill=0, font=FAXFONT)
    a = np.asarray(img, float)
    nz = 0.0 if out.endswith(".png") else 1.0  # keep PNG scans compressible
    if style == "grey":
        a = 236 - (255 - a) * 0.92 + nz * nrng.normal(0, 3, a.shape)
        a[:, :6] = 120
    elif style == "copy":
        a = np.where(a < 170, a * 0.55, 228 + (a - 228) * 0.4)
        a += nz * nrng.normal(0, 7, a.shape)
        specks = nrng.random(a.shape) < 0.0015
        a[specks] = 40
        a[:, -14:] -= 60
        a[-10:, :] -= 50
    elif style == "fax":
        pass
    img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    if style == "fax":
        # standard fax resolution: halve vertical resolution then threshold
        w, h = img.size
        img = img.resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)
        a = np.asarray(img, float) + nrng.normal(0, 18, (h, w))
        img = Image.fromarray((np.where(a < 150, 0, 255)).astype("uint8")).convert("1")
    else:
        img = img.filter(ImageFilter.GaussianBlur(0.45))
    if out.endswith(".pdf"):
        stamp = time.gmtime(1735689600)
        img.save(out, "PDF", resolution=dpi, title="scan", creationDate=stamp, modDate=stamp)
    elif out.endswith(".png"):
        if img.mode == "L":
            img = img.filter(ImageFilter.GaussianBlur(0.6)).quantize(8, dither=Image.Dither.NONE)
        img.save(out, optimize=True)
    else:
        img.save(out, "JPEG", quality=60, optimize=True)


def fix_pillow_pdf(path):
    """Pillow writes no dates, but keep the file stable anyway."""
    return


# --------------------------------------------------------------------------
# certificate registry
# --------------------------------------------------------------------------
CERTS = []


def cert(f, kind, title, provider, done, amount, unit, aama, category, notes,
         categories=None, post=None):
    def deco(fn):
        d = dict(f=f, kind=kind, title=title, provider=provider, completed_on=done,
                 amount=amount, unit=unit, aama_approved=aama, category=category,
                 notes=notes, fn=fn, post=post)
        if categories:
            d["categories"] = categories
        CERTS.append(d)
        return fn
    return deco


def aama(amount, cat, tail=True):
    pl = "" if amount in ("1", "1.0") else "s"
    s = ("This program has been granted prior approval by the American Association of "
         "Medical Assistants (AAMA) for %s %s continuing education unit%s (CEU%s)."
         % (amount, cat, pl, pl))
    if tail:
        s += (" Granting of prior approval in no way constitutes endorsement by AAMA of the "
              "program content or the program's sponsor.")
    return s


SCRIPT = "Times-BoldItalic"

# ============================ born-digital PDFs ============================


@cert("t01-clinedge-portal-messages.pdf", "pdf",
      "Managing Patient Portal Messages Safely and Efficiently", "ClinEdge Online Learning, LLC",
      "2025-03-04", "1.5", "contact_hours", False, None,
      "CE subscription site; course number; 'not been submitted to AAMA'; printed date; tagline; "
      "AMT recert mention; boilerplate paragraphs")
def _(p):
    rl(p, [
        LOGO("ClinEdge CE", "square", "#0b6e4f", 18, sub="Smarter CE for the whole care team."),
        G(18),
        T("CERTIFICATE OF COMPLETION", 26, "Helvetica-Bold", color="#0b6e4f"),
        T("This certifies that", 11, "Helvetica-Oblique"),
        T("Jasmine R. Okafor", 30, SCRIPT, gap=8),
        T("has successfully completed the online course", 11),
        T("Managing Patient Portal Messages Safely and Efficiently", 18, "Helvetica-Bold"),
        T("Course No. CE-40218", 9.5, color="#555555", gap=10),
        KV([("Contact Hours:", "1.5"), ("Date of Completion:", "03/04/2025"),
            ("Certificate printed:", "03/12/2025")], x=0.3, col=0.2),
        P("ClinEdge Online Learning, LLC is an independent provider of continuing education for "
          "allied health professionals. This activity has been reviewed by the ClinEdge Education "
          "Committee and is approved for 1.5 contact hours. Completion requires viewing all "
          "lessons and scoring 80% or higher on the post-test.", 7.5, color="#444444", width=0.85),
        P("This activity has not been submitted to the American Association of Medical "
          "Assistants (AAMA) for CEU approval. Medical assistants certified by American Medical "
          "Technologists (AMT) may be able to report these contact hours toward recertification; "
          "check with your certifying body. Retain this certificate for a minimum of five years.",
          7.5, color="#444444", width=0.85),
        AT("clinedge-ce.example  |  1-800-555-0142", 396, 44, 7.5, align="C"),
    ], border="thin", accent="#0b6e4f", seed=1)


@cert("t02-quarryhill-pediatric-vitals.pdf", "pdf",
      "Pediatric Vital Signs: Technique, Normal Ranges, and Common Pitfalls",
      "Quarry Hill Allied Health eLearning", "2025-05-17", "1.0", "aama_ceu", True, "clinical",
      "AAMA e-learning module; learner name in big script; small title after 'for completing'; "
      "provider in logo + signature block; course code after title")
def _(p):
    rl(p, [
        G(8),
        LOGO("QUARRY HILL\nALLIED HEALTH eLEARNING", "leaf", "#6b3fa0", 13, align="C"),
        G(14),
        T("Certificate of Achievement", 34, "Times-Bold", color="#6b3fa0", gap=14),
        T("presented to", 11, "Times-Italic"),
        T("Priya Natarajan-Cole", 44, SCRIPT, color="#222244", gap=12),
        T("for completing", 11, "Times-Italic"),
        T("Pediatric Vital Signs: Technique, Normal Ranges, and Common Pitfalls  (QH-CL-207)",
          12.5, "Times-Bold", gap=10),
        T("Completed May 17, 2025", 11, "Times-Roman", gap=10),
        P(aama("1.0", "clinical"), 8.5, "Times-Roman", width=0.75),
        SIG([["Renata Ellsworth, CMA (AAMA), MEd", "Director of Education",
              "Quarry Hill Allied Health eLearning"],
             ["Module ID QH-CL-207", "Approval valid through 05/31/2026"]], scrawl=True),
    ], border="double", accent="#6b3fa0", margin=50, seed=2)


@cert("t03-cobalt-awv-webinar.pdf", "pdf",
      "Navigating Medicare Annual Wellness Visits: Scheduling, Documentation, and Billing",
      "Cobalt Practice Academy", "2025-02-19", "1.0", "aama_ceu", True, "administrative",
      "Chromium HTML; title in a quoted sentence; webinar platform name (WebinarWave) is not the "
      "provider; issued 2 days later; time of day; provider only in header wordmark + footer")
def _(p):
    html(p, """
<div class='hdr'><span class='mark'>COBALT</span> Practice Academy</div>
<div class='body'>
<h1>Certificate of Attendance</h1>
<p class='name'>Marcus T. Delgado</p>
<p class='txt'>attended the live webinar <b>“Navigating Medicare Annual Wellness Visits:
Scheduling, Documentation, and Billing”</b> broadcast on Wednesday, February 19, 2025,
1:00&ndash;2:00 PM ET.</p>
<table class='g'><tr><td>AAMA CEUs</td><td>1.0 Administrative</td></tr>
<tr><td>Presenter</td><td>Colleen Marsh, CPC, CPMA</td></tr>
<tr><td>Webinar ID</td><td>CPA-2502-19</td></tr>
<tr><td>Certificate issued</td><td>02/21/2025</td></tr></table>
<p class='fine'>%s</p>
</div>
<div class='ftr'>Cobalt Practice Academy &middot; 4410 Ridgeview Pkwy, Suite 200 &middot; Hosted on WebinarWave&trade;</div>
""" % aama("1.0", "administrative"), """
.hdr{background:#12355b;color:#fff;padding:22px 60px;font-size:22px;letter-spacing:1px}
.mark{font-weight:bold;font-size:30px;color:#7fc4ff}
.body{padding:20px 90px}
h1{font-family:'DejaVu Serif';font-weight:normal;font-size:40px;color:#12355b;margin:10px 0}
.name{font-size:30px;font-family:'DejaVu Serif';font-style:italic;margin:6px 0 10px}
.txt{font-size:16px;line-height:1.5}
.g td{padding:4px 14px 4px 0;font-size:14px}.g td:first-child{color:#666}
.fine{font-size:10.5px;color:#444;margin-top:18px}
.ftr{position:absolute;bottom:0;left:0;right:0;padding:12px 60px;font-size:11px;color:#fff;background:#12355b}
""")


@cert("t04-oldmill-urine-chain-nha.pdf", "pdf",
      "Specimen Labeling and Chain of Custody for Urine Drug Screens", "Old Mill Career Skills, Inc.",
      "2025-07-08", "1.5", "nha_credit", False, None,
      "platypus; NHA CE credits; 'Not approved for AAMA CEUs'; enrolled date; course title after "
      "'Course Title:' label; NHA named in approval sentence")
def _(p):
    def deco(c, size):
        c.setFillColor(rgb("#8a5a00")); c.rect(0, size[1] - 70, size[0], 70, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 20)
        c.drawString(54, size[1] - 44, "Old Mill Career Skills, Inc.")
        c.setFont("Helvetica", 9); c.drawString(54, size[1] - 58, "Practical training for allied health careers")
    plat(p, [
        Spacer(1, 40),
        PP("CE CREDIT CERTIFICATE", size=22, font="Helvetica-Bold", align="C", after=18),
        PP("Learner: <b>Tanya Brooks-Whitaker</b>", size=12, align="C", after=16),
        TT([["Course Title:", "Specimen Labeling and Chain of Custody for Urine Drug Screens"],
            ["Course ID:", "OMCS-LAB-114"],
            ["Enrolled:", "2025-06-30"],
            ["Completed:", "2025-07-08"],
            ["NHA CE Credits:", "1.5"],
            ["Final assessment:", "Passed (88%)"]], [140, 320], head=None, size=10.5, align="CENTER"),
        Spacer(1, 20),
        PP("This course is accepted by the National Healthcareer Association (NHA) for 1.5 CE "
           "credits toward certification renewal. Not approved for AAMA CEUs.", size=9.5, align="C"),
        Spacer(1, 40),
        PP("_______________________________<br/>Lorraine Pike, Program Coordinator<br/>"
           "Old Mill Career Skills, Inc.", size=9.5, align="C"),
    ], deco=deco, margins=72)


@cert("t05-silverlake-annual-convention-split.pdf", "pdf",
      "2025 Annual Convention & Educational Symposium",
      "Silver Lake State Society of Medical Assistants", "2025-09-13", "6.0", "aama_ceu", True, None,
      "platypus society convention; 3-day range Sept 11-13; session table with per-session category "
      "and CEU; totals per category; venue hotel; signed date after event",
      categories={"administrative": "2.0", "clinical": "2.5", "general": "1.5"})
def _(p):
    rows = [["Date", "Session", "Speaker", "Category", "CEU"],
            ["Sept 11", "Coding Updates for the Outpatient Office", "R. Hale, CPC", "Admin.", "1.0"],
            ["Sept 11", "Wound Care Basics for Medical Assistants", "A. Moreno, RN", "Clinical", "1.0"],
            ["Sept 12", "Leading Without a Title", "K. Ibsen, MBA", "General", "1.5"],
            ["Sept 12", "Point-of-Care Testing Quality Control", "D. Chu, MLS(ASCP)", "Clinical", "1.5"],
            ["Sept 13", "Scheduling Templates That Reduce No-Shows", "L. Grant", "Admin.", "1.0"],
            ["", "", "", "Total", "6.0"]]
    plat(p, [
        PP("SILVER LAKE STATE SOCIETY OF MEDICAL ASSISTANTS", size=15, font="Helvetica-Bold",
           align="C", color="#234e52", after=2),
        PP("A state society of the American Association of Medical Assistants", size=9, align="C",
           color="#555555", after=14),
        PP("Certificate of Attendance", size=24, font="Times-Bold", align="C", after=10),
        PP("This certifies that <b>Holly Van Deusen, CMA (AAMA)</b> attended", size=11, align="C"),
        PP("2025 Annual Convention &amp; Educational Symposium", size=17, font="Helvetica-Bold",
           align="C", after=4),
        PP("September 11&ndash;13, 2025 &middot; Grand Tamarack Hotel &amp; Conference Center", size=10,
           align="C", after=14),
        TT(rows, [52, 220, 110, 60, 40], size=9, bold_last=True),
        Spacer(1, 8),
        PP("Administrative 2.0 &nbsp;|&nbsp; Clinical 2.5 &nbsp;|&nbsp; General 1.5 &nbsp;|&nbsp; "
           "<b>Total AAMA CEUs: 6.0</b>", size=10, align="C", after=10),
        PP("This program has been granted prior approval by the American Association of Medical "
           "Assistants (AAMA) for 6.0 continuing education units (CEUs) as listed above.", size=8.5,
           align="C"),
        Spacer(1, 26),
        TT([["____________________________", "____________________________"],
            ["Gwen Ortiz, CMA (AAMA), CEU Chair", "Date signed: September 22, 2025"]],
           [250, 230], head=None, grid=0, size=9, align="CENTER"),
    ], margins=50)


@cert("t06-elmcounty-elder-abuse-session.pdf", "pdf",
      "Recognizing Elder Abuse in the Outpatient Setting", "Elm County Chapter of Medical Assistants",
      "2025-04-08", "1.0", "aama_ceu", True, "general",
      "chapter monthly meeting; single session is the title; speaker with credentials; venue "
      "library; 'Tuesday, April 8, 2025'; tagline of chapter")
def _(p):
    rl(p, [
        T("Elm County Chapter of Medical Assistants", 20, "Times-Bold", color="#5b3a1a"),
        T("\u201cEducation \u2022 Integrity \u2022 Respect\u201d", 10, "Times-Italic", color="#5b3a1a", gap=16),
        T("CEU Certificate \u2014 Monthly Education Meeting", 15, "Helvetica-Bold", gap=18),
        KV([("Attendee", "Sofia Marchetti, CMA (AAMA)"), ("Program", "Recognizing Elder Abuse in the Outpatient Setting"),
            ("Speaker", "Dana Whitfield, MSW, LCSW"), ("Date", "Tuesday, April 8, 2025"),
            ("Location", "Elm County Public Library, Meeting Room B"),
            ("AAMA CEUs", "1.0 General")], size=12, x=0.12, col=0.16),
        G(6),
        P(aama("1.0", "general", tail=False), 9.5, width=0.85),
        SIG([["Carla Jennings, CMA (AAMA)", "Chapter President"],
             ["Theresa Bui, CMA (AAMA)", "Education Chair"]]),
    ], border="guilloche", accent="#8b6b3a", seed=6)


@cert("t07-bayridge-hand-hygiene-signin.pdf", "pdf",
      "Hand Hygiene Compliance and Glove Use", "Bayridge Health System", "2025-01-22", "30",
      "minutes", False, None,
      "hospital in-service sign-in sheet; 'Topic:' label; duration 30 minutes only, no CE; "
      "department folded into health system; handwritten-style attendee names; presenter RN")
def _(p):
    rows = [["#", "Printed name", "Signature", "Dept / Unit", "Time in"]]
    names = [("Alicia Romero", "Family Med"), ("Devon Pratt", "Peds Clinic"), ("Kim Nguyen", "Family Med"),
             ("Rosa Ibarra", "OB/GYN"), ("Jordan Ellis", "Urgent Care"), ("Mei Lin Cho", "Cardiology")]
    for i, (n, d) in enumerate(names):
        rows.append([str(i + 1), n, n.split()[0][0] + ". " + n.split()[-1], d, "12:0%d" % (i % 6)])
    for i in range(len(names), 12):
        rows.append([str(i + 1), "", "", "", ""])
    rl(p, [
        LOGO("Bayridge Health System", "cross", "#b22222", 15, sub="Department of Clinical Education"),
        G(6),
        T("IN-SERVICE ATTENDANCE RECORD", 16, "Helvetica-Bold", align="L"),
        KV([("Topic:", "Hand Hygiene Compliance and Glove Use"),
            ("Presenter:", "Nadine Foster, RN, CIC \u2014 Infection Prevention"),
            ("Date:", "01/22/2025        Time: 12:00\u201312:30"),
            ("Duration:", "30 minutes"), ("CE credit:", "None \u2014 attendance only")],
           size=10.5, x=0.0, col=0.14),
        TB(rows, [0.05, 0.27, 0.27, 0.2, 0.12], size=9.5, hand={1, 2, 3, 4}, rowh=22),
        P("Return completed sheet to Clinical Education, Bldg C, 2nd floor, within 5 business days. "
          "Form CE-104 rev. 07/2023", 7.5, align="L", width=1.0, color="#555555"),
    ], size=PORT, border="none", margin=48, seed=7)


@cert("t08-sycamore-glucose-competency.pdf", "pdf",
      "Annual Skills Competency Validation: Capillary Blood Glucose Testing",
      "Sycamore Valley Medical Group", "2024-12-05", None, None, False, None,
      "platypus competency checklist; no credit; validated date vs next due date; evaluator; "
      "checklist steps; 'Competency:' label")
def _(p):
    steps = ["Performs hand hygiene and identifies patient with two identifiers",
             "Verifies meter QC performed and strips in date", "Selects and prepares puncture site",
             "Wipes first drop and applies sample correctly", "Reads and documents result in EHR",
             "Reports critical values per policy", "Disposes of sharps and cleans meter"]
    rows = [["Critical step", "Met", "Not met", "Comments"]] + [[s, "\u2713", "", ""] for s in steps]
    plat(p, [
        PP("<b>Sycamore Valley Medical Group</b>", size=16, color="#2d5f2d", after=0),
        PP("Clinical Practice &amp; Education", size=9, color="#666666", after=14),
        PP("Competency: Annual Skills Competency Validation: Capillary Blood Glucose Testing",
           size=13, font="Helvetica-Bold", after=10),
        TT([["Employee", "Brianna Castillo, RMA", "Employee ID", "SV-20417"],
            ["Position", "Medical Assistant II", "Location", "Northside Clinic"],
            ["Method", "Direct observation", "Date validated", "12/05/2024"],
            ["Next due", "12/05/2025", "CE credit", "Not applicable"]],
           [80, 160, 90, 140], head=None, size=9.5),
        Spacer(1, 14),
        TT(rows, [280, 40, 50, 100], size=9.5),
        Spacer(1, 20),
        PP("Result: <b>COMPETENT</b>", size=11, after=20),
        PP("Evaluator: Gloria Mendez, RN, BSN, Clinical Educator &nbsp;&nbsp; Signature: ____________________",
           size=9.5),
        PP("Employee signature: ____________________ &nbsp;&nbsp; Filed to HR: 12/09/2024", size=9.5),
    ])


@cert("t09-hartwell-phlebotomy-refresher-letter.pdf", "pdf",
      "Phlebotomy Refresher for Medical Assistants", "Hartwell Community College", "2025-06-14",
      "12", "contact_hours", False, None,
      "college CE letter; letter date June 30; three meeting dates (last is completion); course "
      "code in parentheses; office of workforce folded into college; signature block")
def _(p):
    plat(p, [
        PP("HARTWELL COMMUNITY COLLEGE", size=16, font="Times-Bold", color="#7a1f2b", after=0),
        PP("Office of Workforce &amp; Continuing Education &middot; 900 College Loop &middot; Hartwell",
           size=8.5, color="#555555", after=30),
        PP("June 30, 2025", size=11, after=16),
        PP("Ms. Keisha Lamont<br/>218 Orchard Street, Apt. 4<br/>Hartwell", size=11, after=16),
        PP("Dear Ms. Lamont:", size=11, after=10),
        PP("This letter confirms that you successfully completed <b>Phlebotomy Refresher for Medical "
           "Assistants</b> (HLTH-0412), a non-credit continuing education course offered by Hartwell "
           "Community College. The course met on May 31, June 7 and June 14, 2025, for a total of "
           "12 contact hours of instruction, including supervised venipuncture practice.", size=11,
           lead=16, after=10),
        PP("Please keep this letter with your records for certification renewal. Our office does "
           "not submit hours to certifying bodies on your behalf.", size=11, lead=16, after=10),
        PP("Congratulations on your accomplishment.", size=11, after=30),
        PP("Sincerely,", size=11, after=30),
        PP("Dr. Alan Whitcomb<br/>Dean, Workforce &amp; Continuing Education<br/>Hartwell Community College",
           size=11, lead=15),
    ], margins=72)


@cert("t10-lindenfield-pharmacology-transcript.pdf", "pdf",
      "Pharmacology for Medical Assistants", "Lindenfield Technical College", "2025-05-09", "3.00",
      "college_credit", False, None,
      "unofficial transcript excerpt; course code MAS 230 in its own column; term range end date; "
      "printed date; GPA and cumulative credits as decoys")
def _(p):
    plat(p, [
        PP("Lindenfield Technical College", size=18, font="Helvetica-Bold", after=0),
        PP("Office of the Registrar &mdash; UNOFFICIAL TRANSCRIPT (EXCERPT)", size=10, after=4),
        PP("Printed: 06/02/2025 08:14 &nbsp; Student: Renee A. Paulsen &nbsp; ID: LTC0048821", size=9,
           color="#555555", after=16),
        PP("Program: Medical Assisting, A.A.S.", size=10, after=10),
        PP("<b>Term: Spring 2025 (01/13/2025 &ndash; 05/09/2025)</b>", size=10.5, after=6),
        TT([["Course", "Title", "Credits", "Grade", "Quality Pts"],
            ["MAS 230", "Pharmacology for Medical Assistants", "3.00", "A", "12.00"]],
           [70, 250, 55, 45, 70], size=10),
        Spacer(1, 8),
        TT([["Term credits", "3.00", "Term GPA", "4.00"], ["Cumulative credits", "41.00", "Cum. GPA", "3.71"]],
           [110, 60, 80, 60], head=None, size=9.5),
        Spacer(1, 24),
        PP("Excerpt prepared at student request for continuing-education documentation. This is not "
           "an official transcript.", size=8.5, color="#666666"),
    ])


@cert("t11-altamira-hemaquik-vendor.pdf", "pdf",
      "HemaQuik Plus Hemoglobin Analyzer: Operator Certification", "Altamira Diagnostics, Inc.",
      "2024-09-09", None, None, False, None,
      "vendor product training; explicitly no CE credit; operator certification 'valid until' "
      "2026; customer site; trainer; 'Sept. 9, 2024'")
def _(p):
    html(p, """
<div class='side'></div>
<div class='wrap'>
<div class='brand'>ALTAMIRA<span> Diagnostics</span></div>
<div class='lbl'>Operator Training Record</div>
<div class='t'>HemaQuik Plus Hemoglobin Analyzer:<br>Operator Certification</div>
<p>Awarded to <b>Lydia Ferreira</b>, Medical Assistant, at <b>Cypress Point Family Clinic</b>
for completing hands-on operator training on Sept. 9, 2024.</p>
<table><tr><td>Trainer</td><td>Grant Ostrowski, Field Clinical Specialist</td></tr>
<tr><td>Analyzer serial no.</td><td>HQP-0093321</td></tr>
<tr><td>Operator certification valid until</td><td>Sept. 9, 2026</td></tr></table>
<p class='fine'>This is a product training. It is not accredited for continuing education credit and
no CEUs or contact hours are awarded.</p>
<div class='foot'>Altamira Diagnostics, Inc. &middot; Customer Education &middot; Doc AD-TR-22 Rev C</div>
</div>""", """
.side{position:absolute;left:0;top:0;bottom:0;width:70px;background:linear-gradient(#e85d04,#9d0208)}
.wrap{margin-left:130px;padding-top:60px;padding-right:80px}
.brand{font-size:34px;font-weight:bold;color:#9d0208;letter-spacing:3px}.brand span{font-weight:normal;letter-spacing:0;color:#444}
.lbl{margin-top:40px;text-transform:uppercase;color:#888;letter-spacing:2px;font-size:13px}
.t{font-size:30px;font-weight:bold;margin:8px 0 26px;line-height:1.25}
p{font-size:16px;line-height:1.5}td{padding:5px 20px 5px 0;font-size:14px}td:first-child{color:#777}
.fine{font-size:12px;color:#555;border-top:1px solid #ccc;padding-top:10px;margin-top:30px}
.foot{position:absolute;bottom:30px;font-size:11px;color:#999}
""")


@cert("t12-lifeguard-bls-ecard.pdf", "pdf",
      "Basic Life Support (BLS) Provider", "Lifeguard Resuscitation Alliance", "2024-10-03", "1",
      "cpr_card", False, "clinical",
      "invented eCard layout front/back; course date differs from issue date; renew-by; training "
      "site and instructor are decoys; AHA guidelines mention")
def _(p):
    html(p, """
<div class='sheet'>
<p class='top'>Your eCard is ready. Print on card stock and fold along the dotted line.</p>
<div class='card front'>
 <div class='org'>LIFEGUARD<br><small>Resuscitation Alliance</small></div>
 <div class='ct'>Basic Life Support (BLS) Provider</div>
 <div class='nm'>Omar H. Siddiqui</div>
 <div class='ln'>has successfully completed the cognitive and skills evaluations in accordance with the
 curriculum of the Lifeguard Resuscitation Alliance, consistent with the 2020 AHA Guidelines for CPR and ECC.</div>
 <div class='dt'><span>Course Date<br><b>10/03/2024</b></span><span>Issued<br><b>10/05/2024</b></span><span>Renew By<br><b>10/2026</b></span></div>
</div>
<div class='fold'></div>
<div class='card back'>
 <table><tr><td>Training Site</td><td>Maple Grove Urgent Care Training Center</td></tr>
 <tr><td>Site ID</td><td>MG-4471</td></tr>
 <tr><td>Instructor</td><td>Paula Reyes, EMT-P</td></tr>
 <tr><td>eCard Code</td><td>LRA-2410-88213-BLS</td></tr></table>
 <div class='ver'>Verify at lifeguard-ra.example/verify</div>
</div></div>""", """
.sheet{padding:60px 90px}.top{font-size:12px;color:#666}
.card{width:4.2in;height:2.6in;border:1px solid #999;border-radius:10px;padding:14px 18px;display:inline-block;vertical-align:top;margin-right:8px}
.front{background:linear-gradient(135deg,#ffffff 60%,#fde2e2)}
.org{color:#c1121f;font-weight:bold;font-size:20px;line-height:1}.org small{font-size:11px;color:#333;font-weight:normal}
.ct{font-size:15px;font-weight:bold;margin-top:10px}.nm{font-size:17px;margin:6px 0;border-bottom:1px solid #aaa}
.ln{font-size:7.5px;color:#333}.dt{display:flex;justify-content:space-between;font-size:9px;margin-top:8px}
.fold{display:inline-block;height:2.6in;border-left:2px dashed #bbb;margin-right:8px}
.back td{font-size:10px;padding:3px 6px}.back td:first-child{color:#777}.ver{font-size:9px;margin-top:20px;color:#c1121f}
""", size="port")


@cert("t13-verdance-inhaler-lunch-learn.pdf", "pdf",
      "Inhaler Technique Coaching for COPD Patients", "Verdance Pharmaceuticals, Inc.",
      "2024-11-14", None, None, False, None,
      "pharma lunch-and-learn run by the company; host practice is the venue; promotional program, "
      "no CE; brand product name decoy; presenter credentials")
def _(p):
    html(p, """
<div class='b'>Lunch &amp; Learn</div>
<div class='in'>
<div class='logo'>verdance<sup>&reg;</sup></div>
<h2>Certificate of Participation</h2>
<p>Awarded to <span class='n'>Tiffany Mburu</span></p>
<p>for participating in the educational lunch program</p>
<div class='t'>Inhaler Technique Coaching for COPD Patients</div>
<p class='s'>Presented by Howard Lin, PharmD, Medical Science Liaison &middot; held at Lakeview Family Practice &middot; 11/14/2024</p>
<p class='s'>Featuring device demonstrations for BREVALIX&trade; Respimist inhaler</p>
<p class='f'>This is a promotional educational program provided by Verdance Pharmaceuticals, Inc.
No continuing education credit is offered. In compliance with state gift-reporting laws, the value of the meal provided ($14.50) may be reported.</p>
</div>""", """
.b{background:#2a9d8f;color:#fff;font-size:18px;letter-spacing:6px;text-transform:uppercase;padding:10px 60px}
.in{padding:30px 80px;text-align:center}
.logo{font-size:44px;color:#2a9d8f;font-family:'DejaVu Sans';font-weight:bold;letter-spacing:-1px}
h2{font-weight:normal;font-size:30px;margin:20px 0;color:#264653}
p{font-size:16px;margin:6px}.n{font-size:26px;font-weight:bold;color:#264653}
.t{font-size:24px;font-weight:bold;margin:12px 0 16px}.s{font-size:13px;color:#555}
.f{font-size:10.5px;color:#666;margin-top:40px;text-align:left}
""")


@cert("t14-cedarbluff-hipaa-lms-minutes.pdf", "pdf",
      "HIPAA Privacy & Security Annual Training 2025", "Fairharbor Compliance Solutions, LLC",
      "2025-01-15", "45", "minutes", False, None,
      "LMS transcript print; 'Powered by LearnStream' platform; employer logo (Cedar Bluff) is not "
      "provider; 'Content provided by'; enrolled/completed/printed; duration 45 min; score")
def _(p):
    html(p, """
<div class='bar'><span class='org'>Cedar Bluff Health Partners</span><span class='pw'>Powered by <b>LearnStream</b></span></div>
<div class='c'>
<h3>My Learning &rsaquo; Transcript &rsaquo; Completion Record</h3>
<table class='tr'><tr><th>Course</th><th>Code</th><th>Status</th><th>Enrolled</th><th>Completed</th><th>Duration</th><th>Score</th></tr>
<tr><td>HIPAA Privacy &amp; Security Annual Training 2025</td><td>COMP-HIP-25</td><td>Completed</td><td>01/02/2025</td><td>01/15/2025</td><td>45 min</td><td>92%</td></tr></table>
<div class='box'>
<p><b>Learner:</b> Samantha Okoro (ID 10442) &nbsp; <b>Job title:</b> Medical Assistant &nbsp; <b>Department:</b> Primary Care - East</p>
<p><b>Content provided by:</b> Fairharbor Compliance Solutions, LLC</p>
<p><b>Credit:</b> No CE credit. Required annual compliance training.</p>
<p><b>Due date:</b> 01/31/2025 &nbsp; <b>Next assignment:</b> 01/01/2026</p>
</div>
<p class='pr'>Printed 2025-03-01 10:44 by okoro.s &middot; LearnStream v8.2</p>
</div>""", """
.bar{display:flex;justify-content:space-between;background:#f4f4f4;border-bottom:3px solid #5a189a;padding:18px 40px}
.org{font-weight:bold;font-size:20px;color:#5a189a}.pw{font-size:12px;color:#666;align-self:center}
.c{padding:20px 40px}h3{font-weight:normal;color:#444}
.tr{border-collapse:collapse;width:100%;font-size:13px}.tr th{background:#5a189a;color:#fff;text-align:left;padding:8px}
.tr td{border-bottom:1px solid #ddd;padding:8px}.box{margin-top:26px;border:1px solid #ddd;padding:10px 18px;font-size:13px}
.pr{font-size:10px;color:#999;margin-top:30px}
""")


@cert("t15-greystone-bbp-lms.pdf", "pdf",
      "Bloodborne Pathogens: Annual OSHA Training for Clinical Staff", "Northwind Safety Training, Inc.",
      "2025-02-27", "70", "minutes", False, None,
      "LMS certificate; 'Powered by SkillNest'; employer Greystone is decoy; '1 hr 10 min' -> 70; "
      "expires 2026-02-27 and due date decoys; OSHA standard number")
def _(p):
    html(p, """
<div class='frame'>
<div class='top'><span>Greystone Orthopedic Associates</span><span class='r'>SkillNest</span></div>
<div class='mid'>
<div class='k'>Certificate of Completion</div>
<div class='nm'>Andre Williams</div>
<div class='s'>completed</div>
<div class='t'>Bloodborne Pathogens: Annual OSHA Training for Clinical Staff</div>
<div class='s'>OSHA 29 CFR 1910.1030 &middot; Module BBP-ANN-04</div>
<table><tr><td>Completed</td><td>2025-02-27</td><td>Time in course</td><td>1 hr 10 min</td></tr>
<tr><td>Assignment due</td><td>2025-03-31</td><td>Expires</td><td>2026-02-27</td></tr></table>
<p class='c'>Course developed and provided by Northwind Safety Training, Inc. No continuing education credit is associated with this course.</p>
</div>
<div class='pw'>Powered by SkillNest Learning Cloud</div>
</div>""", """
.frame{position:absolute;inset:36px;border:2px solid #3d5a80}
.top{display:flex;justify-content:space-between;padding:18px 30px;font-size:15px;color:#3d5a80;font-weight:bold}.r{color:#ee6c4d}
.mid{text-align:center;padding:10px 80px}.k{font-size:36px;font-family:'DejaVu Serif';color:#293241;margin:24px 0}
.nm{font-size:34px;font-family:'DejaVu Serif';font-style:italic}.s{font-size:14px;color:#666;margin:8px}
.t{font-size:22px;font-weight:bold;color:#3d5a80;margin:8px 0}
table{margin:20px auto;font-size:14px}td{padding:4px 12px}td:nth-child(odd){color:#888;text-align:right}
.c{font-size:11px;color:#555}.pw{position:absolute;bottom:10px;right:20px;font-size:10px;color:#aaa}
""")


@cert("t16-plainsview-fwa-lms.pdf", "pdf",
      "Medicare Parts C and D Fraud, Waste, and Abuse Training", "Plainsview Compliance Academy",
      "2025-01-27", "1.0", "contact_hours", False, None,
      "reportlab; 'CE Hours: 1.0'; 'not approved for AAMA CEUs'; platform CertiTrack footer; "
      "'27-Jan-2025'; generated date; ALL CAPS title")
def _(p):
    rl(p, [
        T("Plainsview Compliance Academy", 13, "Helvetica-Bold", align="L", color="#335c67"),
        G(30),
        T("Certificate of Completion", 28, "Helvetica", color="#335c67", gap=20),
        T("Karen Liu-Hoffmann", 24, "Helvetica-Bold", gap=14),
        T("MEDICARE PARTS C AND D FRAUD, WASTE,\nAND ABUSE TRAINING", 19, "Helvetica-Bold",
          color="#9e2a2b", gap=18),
        T("Completion date: 27-Jan-2025     CE Hours: 1.0     Certificate #: PCA-77120", 11, gap=6),
        T("Generated: 28-Jan-2025 06:02 UTC", 8.5, color="#777777", gap=16),
        P("CE hours are awarded by Plainsview Compliance Academy for attendance documentation. This "
          "course is not approved for AAMA CEUs.", 8.5, color="#555555", width=0.7),
        AT("Delivered via CertiTrack\u00ae  \u2022  certitrack.example", -60, 40, 8, align="R"),
    ], border="band", accent="#335c67", seed=16)


@cert("t17-instituto-latino-residuos.pdf", "pdf",
      "Manejo seguro de residuos biológico-infecciosos en el consultorio",
      "Instituto Latino de Salud Comunitaria", "2025-03-15", "2.0", "contact_hours", False, None,
      "Spanish HTML constancia; 'Horas de contacto: 2.0'; 'expedida' date later; accents; "
      "provider in header and signature")
def _(p):
    html(p, """
<div class='hd'>INSTITUTO LATINO DE SALUD COMUNITARIA</div>
<div class='m'>
<h1>Constancia de participación</h1>
<p>Se otorga la presente a</p><p class='n'>Guadalupe Rentería Solís</p>
<p>por haber participado en el taller</p>
<p class='t'>Manejo seguro de residuos biológico-infecciosos en el consultorio</p>
<p>realizado el 15 de marzo de 2025, con una duración de dos horas.</p>
<p><b>Horas de contacto: 2.0</b></p>
<p class='f'>Expedida el 20 de marzo de 2025. Esta actividad no ha sido presentada a la AAMA para su aprobación.</p>
<div class='sig'>_______________________<br>Lic. Ernesto Villalobos<br>Coordinador Académico<br>Instituto Latino de Salud Comunitaria</div>
</div>""", """
.hd{text-align:center;font-size:20px;letter-spacing:3px;padding:30px;color:#1d3557;border-bottom:4px double #e63946}
.m{text-align:center;padding:10px 100px}h1{font-family:'DejaVu Serif';font-size:36px;color:#1d3557;margin:20px 0}
p{font-size:15px;margin:6px}.n{font-size:28px;font-family:'DejaVu Serif';font-style:italic}
.t{font-size:21px;font-weight:bold;color:#e63946}.f{font-size:11px;color:#666;margin-top:14px}
.sig{margin-top:24px;font-size:12px}
""")


@cert("t18-redhispana-lep-comunicacion.pdf", "pdf",
      "Comunicación con pacientes con dominio limitado del inglés", "Red Hispana de Asistentes Médicos",
      "2025-08-05", "1.0", "aama_ceu", True, "general",
      "Spanish reportlab certificate with AAMA prior approval sentence in Spanish; '5 de agosto de "
      "2025'; learner name big")
def _(p):
    rl(p, [
        LOGO("Red Hispana de\nAsistentes Médicos", "circle", "#d62828", 14),
        G(10),
        T("Certificado de finalización", 30, "DVSB", color="#003049", gap=14),
        T("Otorgado a", 11, "DVS"),
        T("Marisol Ortega Benítez", 32, "DVSBI", gap=14),
        T("por completar el módulo en línea", 11, "DVS"),
        T("Comunicación con pacientes con dominio limitado del inglés", 17, "DVB", gap=10),
        T("Fecha de finalización: 5 de agosto de 2025", 11, "DV", gap=12),
        P("Este programa ha recibido la aprobación previa de la American Association of Medical "
          "Assistants (AAMA) por 1.0 unidad de educación continua (CEU) de categoría general.",
          9, "DV", width=0.75),
        SIG([["Dra. Inés Carvajal", "Directora de Educación"]], font="DV", width=0.3),
    ], border="corners", accent="#003049", seed=18)


@cert("t19-pemberton-ehr-downtime-iacet.pdf", "pdf",
      "Electronic Health Record Downtime Procedures", "Pemberton Institute for Healthcare Learning",
      "2024-11-19", "0.3", "iacet_ceu", False, None,
      "IACET CEU 0.3 with 3.0 contact-hour equivalent; IACET accredited provider boilerplate; "
      "'not submitted to AAMA'; ISO date; platypus")
def _(p):
    def deco(c, size):
        c.setStrokeColor(rgb("#4a4e69")); c.setLineWidth(6); c.rect(20, 20, size[0] - 40, size[1] - 40)
    plat(p, [
        PP("PEMBERTON INSTITUTE FOR HEALTHCARE LEARNING", size=14, font="Helvetica-Bold", align="C",
           color="#4a4e69", after=30),
        PP("Certificate of Continuing Education", size=26, font="Times-Roman", align="C", after=16),
        PP("awarded to", size=11, align="C"),
        PP("<b>Nathaniel Ekwueme</b>", size=22, align="C", after=14, font="Times-Roman"),
        PP("Electronic Health Record Downtime Procedures", size=18, font="Helvetica-Bold", align="C", after=10),
        PP("Date completed: 2024-11-19 &nbsp;&nbsp; Activity no. PIHL-EHR-311", size=10.5, align="C", after=14),
        PP("<b>0.3 CEUs</b> (3.0 contact hours)", size=13, align="C", after=16),
        PP("The Pemberton Institute for Healthcare Learning is accredited by the International "
           "Accreditors for Continuing Education and Training (IACET) and is authorized to issue the "
           "IACET CEU. This activity has not been submitted to the AAMA for CEU approval.",
           size=8.5, align="C", color="#444444"),
    ], size=LAND, margins=60, deco=deco)


@cert("t20-eastbrook-diabetes-split.pdf", "pdf",
      "Diabetes Care Essentials for the Medical Office",
      "Eastbrook Medical Assistant Education Collaborative", "2025-06-21", "1.5", "aama_ceu", True,
      None, "two-part workshop split clinical 1.0 + administrative 0.5; total 1.5; title in coloured "
      "banner; provider in footer only; 'June 21, 2025'",
      categories={"clinical": "1.0", "administrative": "0.5"})
def _(p):
    html(p, """
<div class='c'><div class='h'>CERTIFICATE OF COMPLETION</div>
<p class='n'>Yolanda Price, CMA (AAMA)</p>
<div class='ban'>Diabetes Care Essentials for the Medical Office</div>
<p>Saturday workshop &middot; June 21, 2025</p>
<table><tr><th>Part</th><th>Focus</th><th>AAMA CEUs</th></tr>
<tr><td>1</td><td>Glucose monitoring, foot checks and patient teaching</td><td>1.0 Clinical</td></tr>
<tr><td>2</td><td>Supplies, prior authorization and DSMES referrals</td><td>0.5 Administrative</td></tr>
<tr><td></td><td><b>Total</b></td><td><b>1.5</b></td></tr></table>
<p class='f'>This program has been granted prior approval by the American Association of Medical Assistants (AAMA) for 1.5 continuing education units (CEUs): 1.0 clinical and 0.5 administrative.</p>
</div>
<div class='foot'>Eastbrook Medical Assistant Education Collaborative &mdash; 77 Dorsey Ave &mdash; Refreshments courtesy of GlucoTrue Meters</div>""", """
.c{text-align:center;padding:50px 90px 0}.h{font-size:16px;letter-spacing:8px;color:#6c757d}
.n{font-size:30px;font-family:'DejaVu Serif';margin:18px}
.ban{background:#ffb703;color:#023047;font-size:30px;font-weight:bold;padding:16px;margin:10px -40px}
table{margin:10px auto;border-collapse:collapse;font-size:13px}th,td{border:1px solid #ccc;padding:5px 12px}th{background:#eee}
p{font-size:15px}.f{font-size:11px;color:#555}
.foot{position:absolute;bottom:0;left:0;right:0;background:#023047;color:#fff;font-size:12px;text-align:center;padding:14px}
""")


@cert("t21-careskills-infection-prevention.pdf", "pdf",
      "Infection Prevention in the Ambulatory Clinic: Beyond the Basics", "CareSkills Online, Inc.",
      "2025-04-22", "2", "contact_hours", False, None,
      "CE site; ALL CAPS title with course code after; 'AAMA CEU approval pending' -> false; "
      "'2 CE hours'; certificate ID; tagline; accreditation boilerplate paragraphs")
def _(p):
    rl(p, [
        T("CareSkills Online, Inc.", 22, "Times-Bold", align="L", color="#1b4332"),
        T("Learn at your pace. Lead at your best.", 9, "Times-Italic", align="L", color="#40916c", gap=26),
        T("This is to certify that", 11, "Helvetica", align="L"),
        T("DeShawn Carter", 28, "Helvetica-Bold", align="L", gap=10),
        T("has completed", 11, "Helvetica", align="L"),
        T("INFECTION PREVENTION IN THE AMBULATORY CLINIC:\nBEYOND THE BASICS  (ICP-118)", 17,
          "Helvetica-Bold", align="L", color="#1b4332", gap=14),
        T("Completed On: 2025-04-22    |    Certificate ID: CSO-5521-0098    |    CE Hours: 2", 10.5,
          align="L", gap=16),
        P("Accreditation: CareSkills Online, Inc. designates this enduring material for a maximum of "
          "2 CE hours. Participants should claim only the credit commensurate with the extent of their "
          "participation. Course content reviewed 01/2025 by the CareSkills Clinical Advisory Board.",
          7.5, align="L", width=1.0, color="#444444"),
        P("AAMA CEU approval pending. Learners seeking AAMA recertification credit should check "
          "the AAMA e-Learning Center for current status; credit is not retroactive.",
          7.5, align="L", width=1.0, color="#444444"),
    ], border="side", accent="#1b4332", seed=21)


@cert("t22-brookhollow-em-documentation.pdf", "pdf",
      "Evaluation and Management (E/M) Documentation Basics for Office Visits",
      "Brookhollow Coding Academy", "2024-10-08", "2.0", "aama_ceu", True, "administrative",
      "'Course Title:' label with code before title; '08-OCT-2024'; AAMA 2.0 administrative; "
      "issued date; instructor CPC")
def _(p):
    rl(p, [
        LOGO("BROOKHOLLOW CODING ACADEMY", "square", "#264653", 14, align="C"),
        G(24),
        T("CERTIFICATE OF COMPLETION", 22, "Helvetica-Bold", gap=24),
        KV([("Participant:", "Ellen Sorensen"),
            ("Course Title:", "BCA-EM102  Evaluation and Management (E/M) Documentation"),
            ("", "Basics for Office Visits"),
            ("Instructor:", "Paul Nakamura, CPC, CRC"),
            ("Date Completed:", "08-OCT-2024"), ("Date Issued:", "15-OCT-2024"),
            ("AAMA CEUs:", "2.0 (Administrative)")], size=12, x=0.1, col=0.2),
        G(10),
        P(aama("2.0", "administrative"), 8.5, width=0.8),
    ], border="thin", accent="#264653", seed=22)


@cert("t23-tallgrass-ekg-rhythm-nha.pdf", "pdf",
      "EKG Rhythm Recognition Refresher", "Tallgrass Allied Health Institute", "2024-12-03", "1.0",
      "nha_credit", False, None,
      "title in coloured banner; 'NHA CE Credit: 1.0'; 'Dec 3, 2024'; accreditor NHA named; "
      "provider in header and signature")
def _(p):
    html(p, """
<div class='top'>Tallgrass Allied Health Institute</div>
<div class='k'>This certificate is presented to</div>
<div class='n'>Chloe Abernathy</div>
<div class='k'>for completion of</div>
<div class='ban'>EKG Rhythm Recognition Refresher</div>
<div class='row'><div>Date<br><b>Dec 3, 2024</b></div><div>NHA CE Credit<br><b>1.0</b></div><div>Course<br><b>TAHI-EKG-09</b></div></div>
<p class='f'>Credits are accepted by the National Healthcareer Association (NHA) for CCT, CET and CCMA renewal.</p>
<div class='sig'>________________________<br>Ramon Escobar, CCT, CET<br>Lead Instructor, Tallgrass Allied Health Institute</div>""", """
.top{text-align:center;font-size:26px;font-weight:bold;color:#7b2cbf;padding:40px 0 20px}
.k{text-align:center;font-size:15px;color:#555;margin:8px}.n{text-align:center;font-size:36px;font-family:'DejaVu Serif';margin:10px}
.ban{background:#7b2cbf;color:#fff;text-align:center;font-size:32px;padding:18px;margin:16px 0}
.row{display:flex;justify-content:center;gap:80px;text-align:center;font-size:14px;margin:20px}
.f{text-align:center;font-size:11px;color:#666}.sig{text-align:center;font-size:12px;margin-top:20px}
""")


@cert("t24-westhaven-clia-waived-amt.pdf", "pdf",
      "Waived Testing and CLIA Compliance for Physician Office Labs",
      "Westhaven Laboratory Education Services", "2025-01-09", "1.5", "contact_hours", False, None,
      "approved by AMT only (not AAMA) -> false; '1/9/2025' plus issued 1/10/2025; title wrapped over "
      "2 lines; explicit 'not approved for AAMA CEUs'")
def _(p):
    rl(p, [
        T("WESTHAVEN LABORATORY EDUCATION SERVICES", 12, "Helvetica-Bold", color="#005f73"),
        R(0.5, "#005f73"),
        G(16),
        T("Certificate", 40, "Times-Roman", color="#005f73", gap=10),
        T("Rachel Moskowitz, RMA (AMT)", 22, "Times-Italic", gap=14),
        T("Waived Testing and CLIA Compliance\nfor Physician Office Labs", 20, "Times-Bold", gap=14),
        T("Program date: 1/9/2025          Issued: 1/10/2025", 11, gap=12),
        P("Approved by American Medical Technologists (AMT) for 1.5 CE hours. This program is not "
          "approved for AAMA CEUs.", 9.5, width=0.7),
        SIG([["Dr. Felix Auden, PhD, MLS", "Program Director"]], width=0.3),
    ], border="double", accent="#005f73", seed=24)


@cert("t25-threerivers-fall-education-day.pdf", "pdf",
      "Fall Education Day & Leadership Workshop", "Three Rivers Chapter of Medical Assistants",
      "2024-10-26", "3.0", "aama_ceu", True, None,
      "chapter 2-day event Oct 25-26 2024; session table inside canvas; admin 2.0 / clinical 1.0 split; "
      "venue; sponsor; event name is title",
      categories={"administrative": "2.0", "clinical": "1.0"})
def _(p):
    rl(p, [
        T("Three Rivers Chapter of Medical Assistants", 18, "Helvetica-Bold", color="#3a5a40"),
        T("presents this certificate to", 10, "Helvetica-Oblique"),
        T("Monique Fairbanks", 26, SCRIPT, gap=8),
        T("for attendance at", 10, "Helvetica-Oblique"),
        T("Fall Education Day & Leadership Workshop", 20, "Helvetica-Bold", gap=4),
        T("October 25\u201326, 2024  \u2022  Riverside Community Center, Hall A", 10, gap=10),
        TB([["Session", "Presenter", "Category", "CEUs"],
            ["Running an Effective Chapter Meeting", "J. Park, CMA (AAMA)", "Administrative", "1.0"],
            ["Reading Explanation of Benefits Statements", "S. Lowry, CPC", "Administrative", "1.0"],
            ["Anaphylaxis Recognition in the Clinic", "M. Oduya, MD", "Clinical", "1.0"],
            ["", "", "Total AAMA CEUs", "3.0"]], [0.38, 0.24, 0.18, 0.08], size=9),
        P("This program has been granted prior approval by the American Association of Medical "
          "Assistants (AAMA) for 3.0 continuing education units (CEUs): 2.0 administrative and "
          "1.0 clinical.", 8.5, width=0.8),
        SIG([["Hank Morales, CMA (AAMA)", "Chapter CEU Coordinator"]], width=0.3),
        AT("Coffee service sponsored by Medline Pacifica Supply", 396, 40, 7, align="C"),
    ], border="thin", accent="#3a5a40", margin=48, seed=25)


@cert("t26-ortelius-ehr-superuser.pdf", "pdf",
      "Ortelius EHR 12: Clinical Documentation for Medical Assistants", "Ortelius Health Software, LLC",
      "2025-03-18", "150", "minutes", False, None,
      "vendor EHR training; training time '2 hr 30 min' -> 150 minutes; no CE; session vs generated "
      "date; customer organisation; 'Super-User Track' label is not part of title")
def _(p):
    plat(p, [
        PP("<font color='#0077b6'><b>ORTELIUS</b></font> Health Software, LLC", size=18, after=2),
        PP("Customer Training Services", size=9, color="#777777", after=24),
        PP("Training Completion Record", size=20, font="Helvetica-Bold", after=4),
        PP("Super-User Track", size=11, color="#0077b6", after=14),
        TT([["Trainee", "Jamal Whitlock"], ["Organization", "Harmon Creek Pediatrics"],
            ["Course", "Ortelius EHR 12: Clinical Documentation for Medical Assistants"],
            ["Session date", "03/18/2025 (virtual, instructor-led)"], ["Training time", "2 hr 30 min"],
            ["Trainer", "Beth Okonkwo, Ortelius Certified Trainer"],
            ["Continuing education", "No CE credit is awarded for product training"],
            ["Record generated", "03/19/2025 07:30"]], [130, 330], head=None, size=10),
        Spacer(1, 30),
        PP("Questions? training@ortelius.example", size=8.5, color="#777777"),
    ])


@cert("t27-redcross-first-aid-cpr.pdf", "pdf",
      "Adult and Pediatric First Aid/CPR/AED", "American Red Cross", "2025-01-25", "1", "cpr_card",
      False, "clinical",
      "invented card layout of a real body; class date vs 'valid through' 2 years; training provider "
      "(Bluewater Safety Services) and instructor are decoys; certificate ID")
def _(p):
    rl(p, [
        LOGO("American Red Cross", "cross", "#d00000", 20),
        G(10),
        T("Certificate of Completion", 14, "Helvetica", align="L", color="#555555"),
        T("Adult and Pediatric First Aid/CPR/AED", 24, "Helvetica-Bold", align="L", gap=14),
        T("Veronica Alvarado", 20, "Helvetica", align="L", gap=16),
        KV([("Class date", "2025-01-25"), ("Valid through", "2027-01-25"),
            ("Certificate ID", "0KX4-TT29-8815"), ("Instructor", "Craig Delaney"),
            ("Training provider", "Bluewater Safety Services")], size=11, x=0.0, col=0.2),
        G(10),
        P("Skills assessed: adult, child and infant CPR; AED use; choking; bleeding control. "
          "Scan the QR code or visit redcross.example/cert to validate.", 8.5, align="L", width=0.7,
          color="#555555"),
    ], border="band", accent="#d00000", seed=27)


@cert("t28-kesslervalley-medical-spanish-iacet.pdf", "pdf",
      "Medical Spanish for Front-Office Staff", "Kessler Valley Community College", "2025-02-18",
      "1.6", "iacet_ceu", False, None,
      "college CE certificate; IACET 1.6 CEUs with 16 contact hours; six-week range Jan 14 - Feb 18 "
      "(last day); department folded into college; course number")
def _(p):
    html(p, """
<div class='w'>
<div class='l'>KESSLER VALLEY<br>COMMUNITY COLLEGE</div>
<div class='d'>Center for Continuing &amp; Professional Education</div>
<h1>Certificate of Completion</h1>
<p>Brandon Yee</p>
<p class='s'>has satisfactorily completed</p>
<p class='t'>Medical Spanish for Front-Office Staff</p>
<p class='s'>CPE 1107 &middot; six Tuesday evenings, January 14 &ndash; February 18, 2025</p>
<p class='u'>1.6 CEUs &nbsp;(16 contact hours)</p>
<p class='f'>Kessler Valley Community College is an IACET Accredited Provider. One IACET CEU equals ten contact hours of participation.</p>
</div>""", """
.w{position:absolute;inset:40px;border:10px solid #bc6c25;padding:30px;text-align:center}
.l{font-family:'DejaVu Serif';font-weight:bold;font-size:24px;color:#283618;line-height:1.1}
.d{font-size:12px;color:#666;margin-top:6px}h1{font-family:'DejaVu Serif';font-weight:normal;font-size:38px;margin:26px 0 10px}
p{font-size:26px;margin:6px}.s{font-size:14px;color:#555}.t{font-size:24px;font-weight:bold;color:#bc6c25}
.u{font-size:18px;font-weight:bold}.f{font-size:11px;color:#666;margin-top:20px}
""")


@cert("t29-orchardlane-deescalation-minutes.pdf", "pdf",
      "De-escalation Techniques for the Front Desk", "Orchard Lane Patient Experience Group",
      "2025-07-10", "50", "minutes", False, None,
      "webinar recording; duration 50 minutes only; 'not submitted for AAMA CEU approval'; "
      "'Thursday, July 10, 2025'; series name above title")
def _(p):
    rl(p, [
        T("ORCHARD LANE", 26, "Helvetica-Bold", color="#6a994e", gap=0),
        T("PATIENT EXPERIENCE GROUP", 10, "Helvetica", color="#6a994e", gap=30),
        T("Webinar Attendance Verification", 20, "Helvetica", gap=20),
        T("Front Line Series \u2014 Episode 7", 10, "Helvetica-Oblique", color="#777777"),
        T("De-escalation Techniques for the Front Desk", 22, "Helvetica-Bold", gap=16),
        T("Attendee: Gabriela Nu\u00f1ez          Viewed: Thursday, July 10, 2025", 11, gap=6),
        T("Duration: 50 minutes", 11, gap=20),
        P("This webinar was not submitted for AAMA CEU approval and carries no continuing education "
          "credit. Attendance verification only.", 8.5, width=0.6, color="#555555"),
    ], border="none", seed=29)


@cert("t30-summerfield-med-rec-3line.pdf", "pdf",
      "Medication Reconciliation at Intake: Catching Discrepancies, Documenting Allergies, and "
      "Educating Patients", "Summerfield Medical Assistant Learning Network", "2025-09-03", "1.5",
      "aama_ceu", True, "clinical",
      "huge title wrapped over 3 lines; '2025/09/03'; certificate number; expiry-of-approval date "
      "decoy; provider in footer and accreditation sentence")
def _(p):
    html(p, """
<div class='k'>certificate of completion &middot; no. SMALN-09-3381</div>
<div class='t'>Medication Reconciliation at Intake: Catching Discrepancies, Documenting Allergies, and Educating Patients</div>
<div class='n'>Awarded to Lauren Hightower &mdash; completed 2025/09/03</div>
<div class='a'>Summerfield Medical Assistant Learning Network has been granted prior approval by the American Association of Medical Assistants (AAMA) for this program for 1.5 clinical continuing education units (CEUs). Approval period ends 2026/06/30.</div>
<div class='ft'>Summerfield Medical Assistant Learning Network</div>""", """
.k{padding:50px 70px 0;font-size:13px;color:#999;text-transform:uppercase;letter-spacing:3px}
.t{padding:20px 70px;font-size:46px;font-weight:bold;line-height:1.15;color:#14213d}
.n{padding:0 70px;font-size:18px}.a{padding:26px 70px;font-size:12px;color:#555;width:80%}
.ft{position:absolute;bottom:0;left:0;right:0;padding:20px 70px;background:#fca311;font-size:18px;font-weight:bold;color:#14213d}
""")


@cert("t31-granitepeak-spring-clinical-seminar.pdf", "pdf",
      "Spring Clinical Seminar 2025", "Granite Peak State Society of Medical Assistants",
      "2025-03-29", "3.0", "aama_ceu", True, "clinical",
      "one-day seminar, three sessions all clinical; total 3.0 clinical; sponsor lab decoy; "
      "'Saturday, March 29, 2025'; landscape platypus")
def _(p):
    plat(p, [
        PP("Granite Peak State Society of Medical Assistants", size=18, font="Times-Bold", align="C",
           color="#495057", after=4),
        PP("Spring Clinical Seminar 2025", size=24, font="Helvetica-Bold", align="C", after=4),
        PP("Saturday, March 29, 2025 &middot; Summit Medical Center Auditorium", size=10.5, align="C", after=10),
        PP("Participant: <b>Ingrid Haugen, CMA (AAMA)</b>", size=12, align="C", after=10),
        TT([["Time", "Session", "Faculty", "CEUs"],
            ["8:30", "Pediatric Immunization Catch-Up Schedules", "T. Adeyemi, MD", "1.0 Clinical"],
            ["10:15", "Spirometry Technique and Coaching", "R. Vance, RRT", "1.0 Clinical"],
            ["1:00", "Wound Dressing Selection", "C. Duarte, RN, CWON", "1.0 Clinical"]],
           [50, 280, 150, 90], size=9.5, align="CENTER"),
        Spacer(1, 8),
        PP("<b>Total: 3.0 clinical AAMA CEUs.</b> " + aama("3.0", "clinical", tail=False), size=9, align="C"),
        PP("Seminar sponsored in part by Medora Reference Laboratories.", size=8, align="C", color="#777777"),
    ], size=LAND, margins=50)


@cert("t32-harborpoint-workplace-civility.pdf", "pdf",
      "Workplace Civility and Team Communication", "Harbor Point Professional Development",
      "2025-07-10", "1.0", "aama_ceu", True, "general",
      "AAMA 1.0 general plus AMT 1 CE hour (AAMA used); '10 Jul 2025'; provider only in footer line; "
      "learner name biggest line")
def _(p):
    html(p, """
<div class='x'>
<div class='n'>Terrence O'Malley</div>
<div class='s'>successfully completed the on-demand course</div>
<div class='t'>Workplace Civility and Team Communication</div>
<div class='s'>on 10 Jul 2025</div>
<table><tr><td>AAMA CEU</td><td>1.0 (General)</td></tr><tr><td>AMT</td><td>1 CE hour</td></tr></table>
<p>This program has been granted prior approval by the American Association of Medical Assistants (AAMA) for 1.0 general continuing education unit (CEU). Also approved by American Medical Technologists for 1 CE hour.</p>
</div>
<div class='f'>Harbor Point Professional Development &bull; harborpoint-pd.example</div>""", """
.x{padding:90px 100px 0}.n{font-size:54px;font-family:'DejaVu Serif';color:#03045e}
.s{font-size:15px;color:#666;margin:10px 0}.t{font-size:24px;color:#0077b6;font-weight:bold}
td{font-size:14px;padding:4px 16px 4px 0}p{font-size:11px;color:#555;width:75%}
.f{position:absolute;bottom:40px;left:100px;font-size:13px;color:#03045e;border-top:2px solid #00b4d8;padding-top:8px;width:80%}
""")


@cert("t33-crestline-billing-denials-nha.pdf", "pdf",
      "Medical Billing Denials: Root Causes and Appeals", "Crestline Medical Training Co.",
      "2024-08-30", "2.0", "nha_credit", False, None,
      "'Powered by Accredly' platform in header; NHA CE credits 2.0; ISO date; print date; "
      "provider in 'Course provider' line and signature")
def _(p):
    rl(p, [
        T("Powered by Accredly", 9, "Helvetica", align="R", color="#888888", gap=26),
        T("Certificate of Completion", 30, "Times-Bold", gap=16),
        T("Awarded to Hannah Kowalczyk", 16, "Times-Roman", gap=16),
        T("Medical Billing Denials: Root Causes and Appeals", 20, "Times-Bold", color="#6d597a", gap=14),
        KV([("Course provider", "Crestline Medical Training Co."), ("Completion date", "2024-08-30"),
            ("NHA CE credits", "2.0"), ("Printed", "2024-09-14")], size=11, x=0.3, col=0.2),
        P("Crestline Medical Training Co. is an approved CE provider with the National Healthcareer "
          "Association (NHA).", 8.5, width=0.7),
        SIG([["Marta Quill", "Education Manager, Crestline Medical Training Co."]], width=0.34),
    ], border="guilloche", accent="#6d597a", seed=33)


@cert("t34-lumen-workplace-violence.pdf", "pdf",
      "Workplace Violence Prevention for Healthcare Workers", "Lumen Compliance Learning, LLC",
      "2025-04-02", "0.5", "contact_hours", False, None,
      "employer compliance module; employer (Oakmont Family Medicine) decoy; 'Powered by TalentCove'; "
      "learner transcript row; 'Contact Hours: 0.5'; 'April 2, 2025'")
def _(p):
    plat(p, [
        PP("Oakmont Family Medicine &mdash; Learning Transcript", size=14, font="Helvetica-Bold", after=2),
        PP("Powered by TalentCove", size=8.5, color="#888888", after=16),
        TT([["Learner", "Course", "Provider", "Completed", "Credit"],
            ["Fatima Haddad", "Workplace Violence Prevention for Healthcare Workers",
             "Lumen Compliance Learning, LLC", "April 2, 2025", "Contact Hours: 0.5"]],
           [70, 170, 110, 70, 80], size=9),
        Spacer(1, 20),
        PP("Certificate of Completion", size=22, font="Times-Bold", align="C", after=8),
        PP("Fatima Haddad completed <i>Workplace Violence Prevention for Healthcare Workers</i> on "
           "April 2, 2025 and is awarded 0.5 contact hours by Lumen Compliance Learning, LLC.",
           size=11, align="C", after=8),
        PP("Assigned 03/15/2025 &middot; Due 04/15/2025 &middot; Printed 04/03/2025", size=8.5,
           align="C", color="#777777"),
    ])


# ============================ phone photos ============================
def ph(seed, **kw):
    return lambda src, out: photo(src, out, seed, **kw)


@cert("t35-magnoliabend-adult-immunization-photo.jpg", "image",
      "Updates in Adult Immunization Schedules", "Magnolia Bend Chapter of Medical Assistants",
      "2025-02-11", "1.0", "aama_ceu", True, "clinical",
      "phone photo on wood desk; chapter meeting; vaccine-maker sponsor decoy; '2/11/2025'; "
      "session title is the title", post=ph(35))
def _(p):
    rl(p, [
        LOGO("Magnolia Bend Chapter\nof Medical Assistants", "leaf", "#7f4f24", 16, align="C"),
        G(16),
        T("Certificate of Attendance", 30, "Times-Bold", gap=12),
        T("Whitney Gallagher", 30, SCRIPT, gap=10),
        T("attended the education session", 11, "Times-Italic"),
        T("Updates in Adult Immunization Schedules", 20, "Times-Bold", gap=8),
        T("Date: 2/11/2025     AAMA CEU: 1.0 Clinical", 12, "Times-Roman", gap=10),
        P(aama("1.0", "clinical", tail=False), 9, "Times-Roman", width=0.7),
        T("Dinner and program support provided by Halvern Vaccines", 8.5, "Times-Italic", color="#555555"),
        SIG([["Beverly Tran, CMA (AAMA)", "Chapter President"]], width=0.3),
    ], border="double", accent="#7f4f24", seed=35)


@cert("t36-brighttrail-telephone-triage-photo.jpg", "image",
      "Telephone Triage Fundamentals for Medical Assistants", "Bright Trail Continuing Education, LLC",
      "2025-01-28", "2.0", "contact_hours", False, None,
      "phone photo grey desk; CE site; '2.0 contact hours'; AAMA 'not approved'; tagline; course "
      "code before title; accreditation boilerplate", post=ph(36, desk="grey"))
def _(p):
    html(p, """
<div class='h'><b>Bright Trail</b> Continuing Education, LLC<span>CE that fits your shift.</span></div>
<div class='m'><div class='c'>CERTIFICATE OF COMPLETION</div>
<div class='n'>Leticia Vargas</div>
<div class='t'><span>BT-1450</span> Telephone Triage Fundamentals for Medical Assistants</div>
<div class='r'>Date completed: January 28, 2025 &nbsp;&nbsp;|&nbsp;&nbsp; 2.0 contact hours</div>
<div class='a'>Bright Trail Continuing Education, LLC awards 2.0 contact hours for this course upon
successful completion of the post-test (passing score 75%). This course is not approved by the American
Association of Medical Assistants (AAMA). Please retain this certificate for your records.</div></div>""", """
.h{background:#386641;color:#fff;font-size:24px;padding:26px 60px}.h span{float:right;font-size:14px;font-style:italic;margin-top:8px}
.m{padding:40px 80px;text-align:center}.c{font-size:34px;letter-spacing:4px;color:#386641;font-weight:bold}
.n{font-size:40px;font-family:'DejaVu Serif';margin:26px}.t{font-size:24px;font-weight:bold}.t span{font-size:14px;color:#888;font-weight:normal}
.r{font-size:17px;margin:24px}.a{font-size:12px;color:#555;text-align:left}
""")


@cert("t37-cardiacresponse-cpr-aed-photo.jpg", "image",
      "Adult CPR & AED Provider", "Cardiac Response Institute", "2025-05-06", "1", "cpr_card", False,
      "clinical",
      "phone photo of a printed card sheet; course date vs expiration; training centre and "
      "instructor decoys", post=ph(37, desk="dark", tilt=1.3))
def _(p):
    html(p, """
<div class='card'><div class='o'>CARDIAC RESPONSE INSTITUTE</div>
<div class='t'>Adult CPR &amp; AED Provider</div><div class='n'>Kevin Thibodeaux</div>
<table><tr><td>Course completed</td><td>05/06/2025</td></tr><tr><td>Expiration</td><td>05/31/2027</td></tr>
<tr><td>Training center</td><td>Bayou Health Training Center</td></tr><tr><td>Instructor</td><td>L. Fontenot #22817</td></tr></table>
<div class='b'>Card no. CRI-55120-A</div></div>""", """
.card{margin:120px auto;width:6.5in;height:4in;border-radius:18px;border:3px solid #0a9396;padding:26px 34px;background:#f1faee}
.o{font-size:22px;font-weight:bold;color:#0a9396;letter-spacing:2px}.t{font-size:28px;font-weight:bold;margin:16px 0}
.n{font-size:24px;border-bottom:1px solid #333;margin-bottom:10px}td{font-size:15px;padding:3px 18px 3px 0}td:first-child{color:#555}
.b{font-size:12px;color:#555;margin-top:10px}
""", size="port")


@cert("t38-bellamy-autoclave-photo.jpg", "image",
      "Sterilization and Autoclave Monitoring in Outpatient Practices", "Bellamy Clinical Learning",
      "2025-06-03", "1.5", "aama_ceu", True, "clinical",
      "phone photo; AAMA e-learning; '6/3/2025'; learner name in script; provider in logo wordmark "
      "and signature", post=ph(38, desk="white"))
def _(p):
    rl(p, [
        LOGO("BELLAMY Clinical Learning", "circle", "#9b2226", 18, align="C"),
        G(10),
        T("This certifies that", 12, "Helvetica-Oblique"),
        T("Andrea Kowalski", 38, SCRIPT, gap=10),
        T("has completed the AAMA-approved e-learning module", 12),
        T("Sterilization and Autoclave Monitoring\nin Outpatient Practices", 22, "Helvetica-Bold", gap=10),
        T("Completion date: 6/3/2025        1.5 AAMA CEUs (Clinical)", 12, gap=10),
        P(aama("1.5", "clinical"), 9, width=0.75),
        SIG([["Simone Archer, CMA (AAMA)", "Curriculum Lead, Bellamy Clinical Learning"]], width=0.36),
    ], border="thin", accent="#9b2226", seed=38)


@cert("t39-redstone-patient-privacy-nha-photo.jpg", "image",
      "Patient Privacy in the Digital Front Office", "Redstone Allied Health Academy", "2025-03-19",
      "1.0", "nha_credit", False, None,
      "phone photo; NHA CE credit 1.0; '19-Mar-2025'; title inside table cell; enrolled date",
      post=ph(39, desk="green"))
def _(p):
    plat(p, [
        PP("REDSTONE ALLIED HEALTH ACADEMY", size=17, font="Helvetica-Bold", color="#a4161a", align="C", after=20),
        PP("Continuing Education Certificate", size=22, font="Times-Roman", align="C", after=20),
        TT([["Learner", "Course", "Enrolled", "Completed", "NHA CE Credit"],
            ["Diego Camacho", "Patient Privacy in the Digital Front Office", "02-Mar-2025", "19-Mar-2025", "1.0"]],
           [90, 170, 80, 80, 70], size=10.5, align="CENTER"),
        Spacer(1, 24),
        PP("This course has been approved by the National Healthcareer Association (NHA) for 1.0 CE "
           "credit.", size=10, align="C", after=30),
        PP("_________________________<br/>Academic Director, Redstone Allied Health Academy", size=10, align="C"),
    ])


@cert("t40-asociacion-signos-vitales-photo.png", "image",
      "Toma de signos vitales en adultos mayores",
      "Asociación Regional de Promotores y Asistentes de Salud", "2025-06-12", "90", "minutes", False,
      None, "PNG phone photo; Spanish; 'Duración: 90 minutos' only; '12 de junio de 2025'",
      post=ph(40, desk="wood", frame=(1500, 1125)))
def _(p):
    html(p, """
<div class='o'>Asociación Regional de Promotores y Asistentes de Salud</div>
<h1>Reconocimiento</h1><p>a</p><p class='n'>Rosa Elena Quintanilla</p>
<p>por su asistencia a la capacitación</p><p class='t'>Toma de signos vitales en adultos mayores</p>
<p>12 de junio de 2025 &middot; Duración: 90 minutos</p>
<p class='f'>Sin créditos de educación continua.</p>""", """
.o{text-align:center;padding:50px 40px 0;font-size:22px;color:#6a4c93;font-weight:bold}
h1{text-align:center;font-family:'DejaVu Serif';font-size:50px;color:#6a4c93;margin:20px}
p{text-align:center;font-size:20px;margin:8px}.n{font-size:34px;font-family:'DejaVu Serif';font-style:italic}
.t{font-size:30px;font-weight:bold}.f{font-size:14px;color:#666}
""")


@cert("t41-havenwood-safe-injection-photo.jpg", "image",
      "Safe Injection Practices and Multi-Dose Vial Handling", "Havenwood Regional Medical Center",
      "2024-11-06", "1.0", "contact_hours", False, None,
      "phone photo; hospital in-service certificate; '1.0 contact hour'; department of nursing "
      "education folded; 'Nov 6, 2024'", post=ph(41, desk="grey", tilt=0.6))
def _(p):
    rl(p, [
        T("Havenwood Regional Medical Center", 20, "Times-Bold", color="#023e8a"),
        T("Department of Nursing & Clinical Education", 10, "Times-Italic", gap=24),
        T("In-Service Certificate", 28, "Helvetica", gap=16),
        T("Presented to Courtney Blaylock, CCMA", 14, gap=16),
        T("Safe Injection Practices and\nMulti-Dose Vial Handling", 22, "Helvetica-Bold", gap=16),
        T("Nov 6, 2024  \u2022  1.0 contact hour", 13, gap=20),
        SIG([["Joanne Pruitt, MSN, RN", "Clinical Educator"], ["Room 3B, Education Center", "Location"]],
            width=0.3),
    ], border="thin", accent="#023e8a", seed=41)


@cert("t42-redcedar-fall-conference-photo.jpg", "image",
      "2024 Fall Conference", "Red Cedar State Society of Medical Assistants", "2024-11-09", "2.5",
      "aama_ceu", True, None,
      "phone photo; two-day range Nov 8-9; admin 1.5 / general 1.0 split; venue; event name is title",
      categories={"administrative": "1.5", "general": "1.0"}, post=ph(42, desk="wood", tilt=1.2))
def _(p):
    plat(p, [
        PP("Red Cedar State Society of Medical Assistants", size=18, font="Times-Bold", align="C", after=4),
        PP("2024 Fall Conference", size=26, font="Helvetica-Bold", align="C", color="#9c2c12", after=4),
        PP("November 8&ndash;9, 2024 &middot; Cedar Lodge Resort", size=12, align="C", after=16),
        PP("Attendee: <b>Paula Whitmore, CMA (AAMA)</b>", size=13, align="C", after=14),
        TT([["Session", "Category", "CEU"], ["HIPAA and Texting Patients", "Administrative", "1.0"],
            ["Resilience for Healthcare Workers", "General", "1.0"],
            ["Referral Tracking Basics", "Administrative", "0.5"], ["Total", "", "2.5"]],
           [260, 110, 50], size=11, align="CENTER", bold_last=True),
        Spacer(1, 12),
        PP(aama("2.5", "(1.5 administrative, 1.0 general)", tail=False), size=10, align="C"),
    ], size=LAND)


@cert("t43-pelican-spirolink-vendor-photo.jpg", "image",
      "SpiroLink Spirometer Calibration and Patient Coaching", "Pelican Medical Systems, Inc.",
      "2024-07-17", None, None, False, None,
      "phone photo; vendor in-service, no credit; '07/17/2024'; customer site; next refresher date",
      post=ph(43, desk="white", tilt=1.1))
def _(p):
    rl(p, [
        LOGO("Pelican Medical Systems, Inc.", "square", "#1d3557", 16),
        G(20),
        T("Product In-Service Completion", 24, "Helvetica-Bold", align="L", gap=16),
        KV([("Product training", "SpiroLink Spirometer Calibration and Patient Coaching"),
            ("Attendee", "Marcy Holbrook, MA"), ("Customer site", "Eastgate Pulmonary Associates"),
            ("Date", "07/17/2024"), ("Recommended refresher", "07/2025"),
            ("CE credit", "None")], size=12, x=0.0, col=0.24),
        G(10),
        P("Product training only. No continuing education credit is provided.", 10, align="L", width=1.0),
        SIG([["Clinical Applications Specialist", "Pelican Medical Systems, Inc."]], width=0.34),
    ], border="band", accent="#1d3557", seed=43)


@cert("t44-ashfordhills-supervision-iacet-photo.jpg", "image",
      "Medical Office Supervision Skills", "Ashford Hills College", "2025-04-23", "0.8", "iacet_ceu",
      False, None,
      "phone photo; college CE; '0.8 CEUs (8 contact hours)'; two dates 'April 16 and 23, 2025'; "
      "IACET statement", post=ph(44, desk="green"))
def _(p):
    rl(p, [
        T("ASHFORD HILLS COLLEGE", 22, "Times-Bold", color="#582f0e"),
        T("Continuing Education & Community Programs", 10, "Times-Italic", gap=26),
        T("Certificate of Completion", 30, "Times-Roman", gap=16),
        T("Olivia Brennan-Schultz", 26, SCRIPT, gap=14),
        T("Medical Office Supervision Skills", 22, "Times-Bold", gap=12),
        T("April 16 and 23, 2025  \u2022  0.8 CEUs (8 contact hours)", 13, "Times-Roman", gap=12),
        P("Ashford Hills College is accredited by IACET and offers IACET CEUs for its programs that "
          "qualify under the ANSI/IACET Standard.", 9, "Times-Roman", width=0.7),
    ], border="double", accent="#582f0e", seed=44)


@cert("t45-silvercreek-glp1-photo.jpg", "image",
      "GLP-1 Medications: What Medical Assistants Should Know",
      "Silver Creek Chapter of Medical Assistants", "2025-09-16", "1.0", "aama_ceu", True, "clinical",
      "phone photo; chapter dinner meeting with pharma sponsor (Norvanta) decoy; 'Sept 16, 2025'",
      post=ph(45, desk="dark"))
def _(p):
    html(p, """
<div class='b'>Silver Creek Chapter of Medical Assistants</div>
<div class='c'><p class='k'>Certificate of Attendance</p><p class='n'>Aisha Rahman</p>
<p>attended the dinner program</p><p class='t'>GLP-1 Medications: What Medical Assistants Should Know</p>
<p>Sept 16, 2025 &middot; 1.0 AAMA CEU (Clinical)</p>
<p class='f'>This program has been granted prior approval by the American Association of Medical Assistants (AAMA) for 1.0 clinical continuing education unit (CEU).<br>Dinner sponsored by Norvanta Therapeutics. Speaker: Dr. Owen Patel, MD, Endocrinology.</p></div>""", """
.b{background:#495057;color:#fff;text-align:center;font-size:26px;padding:30px}
.c{text-align:center;padding:30px 80px}p{font-size:20px;margin:8px}.k{font-size:38px;font-family:'DejaVu Serif'}
.n{font-size:34px;font-style:italic;font-family:'DejaVu Serif'}.t{font-size:28px;font-weight:bold;color:#495057}.f{font-size:13px;color:#555}
""")


@cert("t46-westlake-fire-safety-lms-photo.jpg", "image",
      "Fire Safety and Emergency Preparedness", "Clearmark Compliance Training", "2025-05-20", "25",
      "minutes", False, None,
      "phone photo of an LMS print; employer Westlake Pediatrics + 'Powered by Schoolhouse360' "
      "decoys; '25 min' duration; assigned/due dates", post=ph(46, desk="wood"))
def _(p):
    html(p, """
<div class='t1'>Westlake Pediatrics &nbsp;|&nbsp; Compliance Center <span>Powered by Schoolhouse360</span></div>
<h2>Completion Certificate</h2>
<p class='n'>Jenna McAllister</p>
<p>Course: <b>Fire Safety and Emergency Preparedness</b></p>
<p>Content: Clearmark Compliance Training</p>
<table><tr><th>Assigned</th><th>Due</th><th>Completed</th><th>Duration</th></tr>
<tr><td>05/01/2025</td><td>05/31/2025</td><td>05/20/2025</td><td>25 min</td></tr></table>
<p class='f'>No continuing education credit.</p>""", """
.t1{background:#e9ecef;padding:20px 50px;font-size:20px;font-weight:bold}.t1 span{float:right;font-weight:normal;font-size:14px;color:#777}
h2{font-size:40px;margin:40px 50px 10px}p{font-size:22px;margin:10px 50px}.n{font-size:32px}
table{margin:20px 50px;border-collapse:collapse;font-size:20px}th,td{border:1px solid #999;padding:8px 20px}.f{font-size:16px;color:#666}
""")


@cert("t47-keelcompass-front-desk-collections-photo.jpg", "image",
      "Front Desk Collections: Scripts That Work", "Keel & Compass Practice Consulting, LLC",
      "2025-05-28", "1.0", "aama_ceu", True, "administrative",
      "phone photo; AAMA webinar administrative; ISO date; issued date; provider in accreditation "
      "sentence and logo", post=ph(47, desk="grey", tilt=1.4))
def _(p):
    rl(p, [
        LOGO("KEEL & COMPASS", "circle", "#283d3b", 20, sub="Practice Consulting, LLC", subsize=10),
        G(20),
        T("Webinar Certificate", 28, "Helvetica-Bold", align="L", gap=14),
        T("Nadia Petrov", 22, "Helvetica", align="L", gap=14),
        T("Front Desk Collections: Scripts That Work", 20, "Helvetica-Bold", align="L", color="#8c2f1f", gap=12),
        T("Live webinar: 2025-05-28      Issued: 2025-06-02      AAMA CEU: 1.0 Administrative", 11,
          align="L", gap=14),
        P("Keel & Compass Practice Consulting, LLC has been granted prior approval by the American "
          "Association of Medical Assistants (AAMA) for this program for 1.0 administrative "
          "continuing education unit (CEU).", 10, align="L", width=0.85),
    ], border="side", accent="#283d3b", seed=47)


@cert("t48-alliedpathways-lab-ranges-photo.png", "image",
      "Understanding Lab Reference Ranges", "Allied Pathways Online, Inc.", "2024-10-02", "1.0",
      "contact_hours", False, None,
      "PNG phone photo; CE site; 'AAMA CEU: approval not requested'; 'Oct 2, 2024'; tagline",
      post=ph(48, desk="white", frame=(1500, 1125)))
def _(p):
    plat(p, [
        PP("Allied Pathways Online, Inc.", size=20, font="Helvetica-Bold", color="#3c096c", after=0),
        PP("Your path to professional growth", size=10, font="Helvetica-Oblique", color="#777777", after=30),
        PP("Certificate of Completion", size=28, font="Times-Bold", after=14),
        PP("Awarded to Bethany Coleman", size=16, after=14),
        PP("Course: Understanding Lab Reference Ranges", size=16, font="Helvetica-Bold", after=14),
        PP("Completion date: Oct 2, 2024<br/>Contact hours: 1.0<br/>AAMA CEU: approval not requested",
           size=13, lead=19, after=20),
        PP("Allied Pathways Online, Inc. awards contact hours for courses completed with a passing "
           "post-test score.", size=10, color="#555555"),
    ])


# ============================ scans ============================
def sc(seed, **kw):
    return lambda src, out: scan(src, out, seed, **kw)


@cert("t49-fremonthills-modifiers-fax.pdf", "scan",
      "Modifier 25 and 59: Correct Use in Office Billing", "Fremont Hills Coding Institute",
      "2025-02-06", "1.0", "aama_ceu", True, "administrative",
      "fax (1-bit) image-only PDF; fax header dated FEB-14-2025 with sender; completed 02/06/2025",
      post=sc(49, style="fax", dpi=150,
              header="FEB-14-2025 09:41  FROM: FREMONT HILLS CI  TO: 5550198  P.001/001"))
def _(p):
    rl(p, [
        T("FREMONT HILLS CODING INSTITUTE", 20, "Helvetica-Bold", gap=24),
        T("Certificate of Completion", 30, "Times-Roman", gap=14),
        T("Stephanie Ruiz", 28, "Times-Bold", gap=14),
        T("Modifier 25 and 59: Correct Use in Office Billing", 20, "Helvetica-Bold", gap=12),
        T("Completed: 02/06/2025     AAMA CEU: 1.0 Administrative", 13, gap=12),
        P(aama("1.0", "administrative"), 10, width=0.75),
    ], border="thin", accent="#000000", seed=49)


@cert("t50-rosemont-latex-allergy-signin-scan.jpg", "scan",
      "Latex Allergy Awareness", "Rosemont Health System", "2024-08-21", "0.75", "contact_hours",
      False, None,
      "grey JPEG scan of sign-in sheet; 'Topic:' label; 0.75 contact hours; department folded",
      post=sc(50, style="grey", dpi=150))
def _(p):
    rows = [["Name (print)", "Signature", "Title", "Employee #"]]
    for n, t in [("Gina Morales", "MA"), ("Ruth Adler", "RN"), ("Tom Becker", "MA"), ("Ana Souza", "LPN"),
                 ("Lee Jackson", "MA")]:
        rows.append([n, n.split()[0][0] + ". " + n.split()[1], t, str(40000 + len(n) * 37)])
    for i in range(5):
        rows.append(["", "", "", ""])
    rl(p, [
        T("ROSEMONT HEALTH SYSTEM", 17, "Helvetica-Bold", align="L"),
        T("Staff Development Department", 10, "Helvetica", align="L", gap=14),
        T("Education Sign-In Sheet", 18, "Helvetica-Bold", gap=10),
        KV([("Topic:", "Latex Allergy Awareness"), ("Date:", "08/21/2024"),
            ("Instructor:", "Marilyn Cho, BSN, RN"), ("CE:", "0.75 contact hours")], size=11,
           x=0.0, col=0.16),
        TB(rows, [0.3, 0.3, 0.12, 0.18], size=10, hand={0, 1, 2, 3}, rowh=24),
    ], size=PORT, border="none", margin=54, seed=50)


@cert("t51-brightonfalls-law-ethics-transcript-scan.pdf", "scan",
      "Introduction to Medical Law and Ethics", "Brighton Falls Community College", "2024-08-02",
      "2.00", "college_credit", False, None,
      "photocopy image-only PDF; transcript excerpt; summer term ends 08/02/2024; course code "
      "column; issued date", post=sc(51, style="copy", dpi=150))
def _(p):
    plat(p, [
        PP("BRIGHTON FALLS COMMUNITY COLLEGE", size=16, font="Times-Bold", align="C", after=2),
        PP("Records &amp; Registration &middot; Student Academic History (partial)", size=10, align="C", after=20),
        PP("Name: Carmen Delacroix &nbsp;&nbsp; Student No.: 2207731 &nbsp;&nbsp; Issued: 09/10/2024",
           size=10, after=14),
        PP("<b>SUMMER 2024 &nbsp; 06/03/2024 - 08/02/2024</b>", size=10.5, after=6),
        TT([["Subject", "Course", "Title", "Att", "Earned", "Grade"],
            ["MEDA", "118", "Introduction to Medical Law and Ethics", "2.00", "2.00", "B+"]],
           [52, 52, 226, 36, 50, 44], size=10),
        Spacer(1, 10),
        PP("Term totals: Attempted 2.00 &nbsp; Earned 2.00 &nbsp; GPA 3.30", size=10, after=30),
        PP("This document is not valid without the Registrar's seal.", size=8.5, color="#555555"),
    ])


@cert("t52-aha-bls-ecard-scan.png", "scan",
      "BLS Provider", "American Heart Association", "2025-03-12", "1", "cpr_card", False, "clinical",
      "grey PNG scan; invented card layout of a real body; course completion vs issued vs renew-by; "
      "training center (Crossroads) and instructor decoys", post=sc(52, style="grey", dpi=150))
def _(p):
    html(p, """
<div class='w'><div class='card'><div class='o'>American Heart Association</div>
<div class='t'>BLS Provider</div><div class='n'>Lorenzo Bianchi</div>
<p>has successfully completed the cognitive and skills evaluations in accordance with the curriculum of the American Heart Association Basic Life Support (CPR and AED) Program.</p>
<table><tr><td>Course Completion Date</td><td>03/12/2025</td></tr><tr><td>eCard Issued</td><td>03/14/2025</td></tr><tr><td>Renew By</td><td>03/2027</td></tr></table></div>
<div class='card'><table>
<tr><td>Training Center</td><td>Crossroads Health Training Center</td></tr>
<tr><td>TC ID</td><td>TX20419</td></tr><tr><td>Instructor</td><td>Dana Whitaker</td></tr>
<tr><td>eCard Code</td><td>255418930021</td></tr></table></div></div>""", """
.w{padding:80px 60px}.card{width:6.6in;border:2px solid #555;border-radius:12px;padding:20px 26px;margin-bottom:30px}
.o{font-size:22px;font-weight:bold;color:#b00}.t{font-size:30px;font-weight:bold;margin:8px 0}.n{font-size:24px;border-bottom:1px solid #333}
p{font-size:12px}td{font-size:15px;padding:3px 20px 3px 0}
""", size="port")


@cert("t53-gateway-pediatric-venipuncture-fax.pdf", "scan",
      "Pediatric Venipuncture and Capillary Collection", "Gateway Phlebotomy & Lab Academy",
      "2025-03-03", "1.0", "nha_credit", False, None,
      "fax image-only PDF; fax header MAR 11 2025; 'March 3rd, 2025'; NHA CE credit; provider in "
      "ALL CAPS header", post=sc(53, style="fax", dpi=150,
                                 header="03/11/2025 16:05  GATEWAY PHLEB ACAD  (555)014-2290  #0412 P.002"))
def _(p):
    rl(p, [
        T("GATEWAY PHLEBOTOMY & LAB ACADEMY", 20, "Helvetica-Bold", gap=26),
        T("Certificate of CE Credit", 30, "Helvetica", gap=14),
        T("Jordan Blackwell", 26, "Times-Bold", gap=14),
        T("Pediatric Venipuncture and Capillary Collection", 20, "Helvetica-Bold", gap=12),
        T("Date of completion: March 3rd, 2025", 13, gap=8),
        T("NHA CE Credits Awarded: 1.0", 13, "Helvetica-Bold", gap=12),
        P("Approved for CE credit by the National Healthcareer Association (NHA).", 10, width=0.7),
        SIG([["Program Administrator", "Gateway Phlebotomy & Lab Academy"]], width=0.34),
    ], border="double", accent="#000000", seed=53)


@cert("t54-timberline-winter-meeting-scan.jpg", "scan",
      "Winter Education Meeting", "Timberline Chapter of Medical Assistants", "2025-01-18", "2.0",
      "aama_ceu", True, "general",
      "photocopy JPEG; chapter meeting with two general sessions; event name is title; "
      "'January 18, 2025'", post=sc(54, style="copy", dpi=150))
def _(p):
    plat(p, [
        PP("Timberline Chapter of Medical Assistants", size=18, font="Times-Bold", align="C", after=16),
        PP("Winter Education Meeting", size=24, font="Helvetica-Bold", align="C", after=6),
        PP("January 18, 2025 &middot; Pine Hollow Lodge", size=12, align="C", after=16),
        PP("This certifies that <b>Rebecca Sandoval</b> attended the following sessions:", size=12, after=10),
        TT([["Session", "Speaker", "AAMA CEU"],
            ["Emotional Intelligence at Work", "Gail Pruett, PhD", "1.0 General"],
            ["Cultural Humility in Patient Care", "Ramon Ibarra, MPH", "1.0 General"]],
           [220, 150, 90], size=11),
        Spacer(1, 12),
        PP("Total: 2.0 general AAMA CEUs. " + aama("2.0", "general", tail=False), size=10, after=30),
        PP("______________________ &nbsp;&nbsp;&nbsp; Chapter CEU Chair", size=10),
    ])


@cert("t55-larkspur-motivational-interviewing-letter-scan.pdf", "scan",
      "Motivational Interviewing Skills for Care Teams", "Larkspur Valley College", "2025-02-08", "6",
      "contact_hours", False, None,
      "grey image-only PDF; college letter dated March 1 about a Saturday workshop Feb 8; 6 contact "
      "hours; division folded into college", post=sc(55, style="grey", dpi=150))
def _(p):
    plat(p, [
        PP("Larkspur Valley College", size=18, font="Times-Bold", after=0),
        PP("Division of Extended Learning", size=10, font="Times-Italic", after=30),
        PP("March 1, 2025", size=11, after=18),
        PP("To Whom It May Concern:", size=11, after=10),
        PP("Larkspur Valley College certifies that Ms. Tamika Reynolds attended the one-day workshop "
           "<b>Motivational Interviewing Skills for Care Teams</b> on Saturday, February 8, 2025, and "
           "earned 6 contact hours.", size=11, lead=16, after=10),
        PP("The workshop was not reviewed by the American Association of Medical Assistants.", size=11,
           lead=16, after=30),
        PP("Respectfully,<br/><br/><br/>Noreen Batista<br/>Coordinator, Extended Learning", size=11, lead=15),
    ], margins=72)


@cert("t56-oakhurst-urinalysis-competency-scan.jpg", "scan",
      "Point-of-Care Urinalysis Competency", "Oakhurst Medical Group", "2025-05-13", None, None, False,
      None, "grey JPEG scan of competency checklist; validated vs next due dates; no credit",
      post=sc(56, style="grey", dpi=140))
def _(p):
    steps = ["Verifies specimen label and collection time", "Checks strip lot and expiry",
             "Performs QC per manufacturer", "Times reading correctly", "Records results and flags abnormal"]
    rl(p, [
        T("Oakhurst Medical Group", 18, "Helvetica-Bold", align="L"),
        T("Skills Competency Record", 14, "Helvetica", align="L", gap=14),
        KV([("Skill:", "Point-of-Care Urinalysis Competency"), ("Employee:", "Kayla Simmons, CMA (AAMA)"),
            ("Date validated:", "05/13/2025"), ("Next validation due:", "05/2026")], size=11, x=0.0, col=0.22),
        TB([["Step", "Met", "Initials"]] + [[s, "\u2713", "GM"] for s in steps], [0.6, 0.1, 0.12],
           size=10, hand={1, 2}, rowh=22),
        T("Evaluator: Grace Mbeki, RN                       Employee signature: ______________", 10,
          align="L", gap=6),
    ], size=PORT, border="none", margin=54, seed=56)


@cert("t57-colegio-prevencion-caidas-fax.pdf", "scan",
      "Prevención de caídas en pacientes ambulatorios", "Colegio Comunitario de Salud Fronteriza",
      "2025-04-22", "1.5", "contact_hours", False, None,
      "fax image-only PDF; Spanish; '22/04/2025' day-first; fax header with later date; "
      "'1.5 horas de contacto'", post=sc(57, style="fax", dpi=150,
                                           header="29/04/2025 11:17  DE: CCSF EDUCACION  PAG. 01"))
def _(p):
    rl(p, [
        T("COLEGIO COMUNITARIO DE SALUD FRONTERIZA", 17, "DVB", gap=26),
        T("Certificado", 34, "DVS", gap=14),
        T("otorgado a Julia Paredes Montoya", 18, "DV", gap=14),
        T("por completar el curso", 12, "DV"),
        T("Prevención de caídas en pacientes ambulatorios", 20, "DVB", gap=12),
        T("Fecha: 22/04/2025        1.5 horas de contacto", 13, "DV", gap=20),
        SIG([["Mtra. Leticia Ochoa", "Coordinación de Educación Continua"]], font="DV", width=0.36),
    ], border="thin", accent="#000000", seed=57)


@cert("t58-crescentbay-controlled-substances-scan.png", "scan",
      "Managing Controlled Substance Logs in the Clinic", "Crescent Bay Healthcare Learning",
      "2024-12-12", "0.1", "iacet_ceu", False, None,
      "photocopy PNG; IACET 0.1 CEU (1 contact hour); explicit 'not approved by the AAMA'; "
      "'December 12, 2024'", post=sc(58, style="copy", dpi=130))
def _(p):
    html(p, """
<div class='b'><div class='o'>Crescent Bay Healthcare Learning</div>
<h1>Certificate of Completion</h1><p class='n'>Harold Jimenez</p>
<p>Managing Controlled Substance Logs in the Clinic</p>
<p class='d'>December 12, 2024 &nbsp;&middot;&nbsp; 0.1 IACET CEU (1 contact hour)</p>
<p class='f'>Crescent Bay Healthcare Learning is an IACET Accredited Provider. This program is not approved by the AAMA.</p></div>""", """
.b{position:absolute;inset:50px;border:4px solid #333;text-align:center;padding-top:60px}
.o{font-size:28px;font-weight:bold}h1{font-size:44px;font-family:'DejaVu Serif';font-weight:normal}
p{font-size:26px;margin:10px}.n{font-size:34px;font-style:italic}.d{font-size:20px}.f{font-size:14px;padding:20px 80px}
""")


@cert("t59-evergreencoast-annual-conference-scan.pdf", "scan",
      "2024 Annual Conference", "Evergreen Coast State Society of Medical Assistants", "2024-04-28",
      "4.5", "aama_ceu", True, None,
      "grey image-only PDF; three-day range Apr 26-28; 3-way split admin 1.0 / clinical 2.0 / general "
      "1.5; venue; signed date", categories={"administrative": "1.0", "clinical": "2.0", "general": "1.5"},
      post=sc(59, style="grey", dpi=150))
def _(p):
    rl(p, [
        T("Evergreen Coast State Society of Medical Assistants", 18, "Times-Bold", gap=8),
        T("CERTIFICATE OF CONTINUING EDUCATION", 14, "Helvetica-Bold", gap=10),
        T("Marguerite Olsen, CMA (AAMA)", 20, "Times-Italic", gap=4),
        T("attended the", 10),
        T("2024 Annual Conference", 22, "Helvetica-Bold", gap=2),
        T("April 26\u201328, 2024  \u2022  Seaside Convention Center", 11, gap=8),
        TB([["Category", "AAMA CEUs"], ["Administrative", "1.0"], ["Clinical", "2.0"], ["General", "1.5"],
            ["Total", "4.5"]], [0.25, 0.15], size=11),
        P("This program has been granted prior approval by the American Association of Medical "
          "Assistants (AAMA) for 4.5 continuing education units (CEUs) in the categories shown.", 9,
          width=0.7),
        SIG([["Signed 05/06/2024", "CEU Chair, Evergreen Coast SSMA"]], width=0.3),
    ], border="double", accent="#333333", margin=44, seed=59)


@cert("t60-ridgecrest-hazcom-lms-scan.jpg", "scan",
      "Hazard Communication and GHS Labels", "Ridgecrest Safety Learning, Inc.", "2025-03-26", "35",
      "minutes", False, None,
      "grey JPEG scan of an LMS certificate; 'Powered by Tracklearn'; employer decoy; 'Time spent: "
      "35 minutes'; printed date", post=sc(60, style="grey", dpi=140))
def _(p):
    rl(p, [
        T("Powered by Tracklearn", 9, align="R", color="#666666", gap=20),
        T("Pinecone Family Health \u2014 Employee Safety Program", 13, "Helvetica-Bold", gap=26),
        T("Certificate of Completion", 30, "Helvetica", gap=14),
        T("Victor Anaya", 24, "Helvetica-Bold", gap=14),
        T("Hazard Communication and GHS Labels", 22, "Helvetica-Bold", gap=12),
        T("Completed 03/26/2025   \u2022   Time spent: 35 minutes   \u2022   Printed 04/01/2025", 12, gap=14),
        P("Course content \u00a9 Ridgecrest Safety Learning, Inc. No CE credit.", 10, width=0.6),
    ], border="thin", accent="#444444", seed=60)


# --------------------------------------------------------------------------
def main():
    only = set(sys.argv[1:])
    for c in CERTS:
        if only and not any(c["f"].startswith(o) for o in only):
            continue
        out = os.path.join(HERE, c["f"])
        if c["kind"] == "pdf":
            c["fn"](out)
        else:
            src = os.path.join(TMP, "src.pdf")
            c["fn"](src)
            c["post"](src, out)
    exp = {}
    for c in CERTS:
        d = {k: c[k] for k in ("kind", "title", "provider", "completed_on", "amount", "unit",
                               "aama_approved", "category")}
        if "categories" in c:
            d["categories"] = c["categories"]
        d["notes"] = c["notes"]
        exp[c["f"]] = d
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=1, ensure_ascii=False)
        f.write("\n")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
