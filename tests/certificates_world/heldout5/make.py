#!/usr/bin/env python3
"""Generate the heldout5 corpus of invented CE certificates for medical assistants.

Deterministic: fixed seeds, reportlab invariant=1, fixed /CreationDate and /ModDate in
Chromium- and Pillow-written PDFs.  Rerunning rewrites every file byte for byte.

    /work/main/.venv/bin/python tests/certificates_world/heldout5/make.py

Set H5_KEEP=/some/dir to keep the intermediate (pre-photo / pre-scan) PDFs for checking.
All people, organisations, places, products and web sites are invented.
"""
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
DVDIR = '/usr/share/fonts/truetype/dejavu/'
CHROMIUM = '/usr/bin/chromium'

for _n, _f in [('DV', 'DejaVuSans.ttf'), ('DV-B', 'DejaVuSans-Bold.ttf'),
               ('DV-I', 'DejaVuSans-Oblique.ttf'), ('DV-BI', 'DejaVuSans-BoldOblique.ttf'),
               ('DV-L', 'DejaVuSans-ExtraLight.ttf'),
               ('DVC', 'DejaVuSansCondensed.ttf'), ('DVC-B', 'DejaVuSansCondensed-Bold.ttf'),
               ('DVC-I', 'DejaVuSansCondensed-Oblique.ttf'),
               ('DVS', 'DejaVuSerif.ttf'), ('DVS-B', 'DejaVuSerif-Bold.ttf'),
               ('DVS-I', 'DejaVuSerif-Italic.ttf'), ('DVS-BI', 'DejaVuSerif-BoldItalic.ttf'),
               ('DVSC', 'DejaVuSerifCondensed.ttf'), ('DVSC-B', 'DejaVuSerifCondensed-Bold.ttf'),
               ('DVSC-I', 'DejaVuSerifCondensed-Italic.ttf'), ('DVSC-BI', 'DejaVuSerifCondensed-BoldItalic.ttf'),
               ('DVC-BI', 'DejaVuSansCondensed-BoldOblique.ttf'),
               ('DVM', 'DejaVuSansMono.ttf'), ('DVM-B', 'DejaVuSansMono-Bold.ttf')]:
    pdfmetrics.registerFont(TTFont(_n, DVDIR + _f))

EXPECTED = {}
TMP = None          # set in main()
KEEP = os.environ.get('H5_KEEP')


def add(name, kind, title, provider, completed_on, amount, unit, aama, category, notes,
        categories=None):
    assert completed_on is None or ('2023-01-01' <= completed_on <= '2026-11-30'), name
    d = {'kind': kind, 'title': title, 'provider': provider, 'completed_on': completed_on,
         'amount': amount, 'unit': unit, 'aama_approved': aama, 'category': category}
    if categories:
        d['categories'] = categories
    d['notes'] = notes
    EXPECTED[name] = d


def rng_for(seed):
    return np.random.default_rng(seed)


# ---------------------------------------------------------------------------------------
# reportlab page helper
# ---------------------------------------------------------------------------------------
# Pages that are only ever rasterised (photos, scans) embed DejaVu instead of the base-14 fonts, so that
# pdftoppm does not substitute glyphs of a different width.
EMBED_MAP = {'Times-Roman': 'DVSC', 'Times-Bold': 'DVSC-B', 'Times-Italic': 'DVSC-I',
             'Times-BoldItalic': 'DVSC-BI', 'Helvetica': 'DVC', 'Helvetica-Bold': 'DVC-B',
             'Helvetica-Oblique': 'DVC-I', 'Helvetica-BoldOblique': 'DVC-BI', 'Courier': 'DVM',
             'Courier-Bold': 'DVM-B'}


class Pg:
    def __init__(self, path, size, title=None, author=None, creator=None, subject=None, embed=False):
        self.fmap = EMBED_MAP if embed else {}
        self.path = str(path)
        self.c = canvas.Canvas(self.path, pagesize=size, invariant=1)
        self.W, self.H = size
        if title:
            self.c.setTitle(title)
        if author:
            self.c.setAuthor(author)
        if creator:
            self.c.setCreator(creator)
        if subject:
            self.c.setSubject(subject)

    def width(self, s, f, sz, cs=0.0):
        f = self.fmap.get(f, f)
        return pdfmetrics.stringWidth(s, f, sz) + cs * max(len(s) - 1, 0)

    def t(self, x, y, s, f='Helvetica', sz=11, col=black, al='l', cs=0.0):
        f = self.fmap.get(f, f)
        c = self.c
        c.setFillColor(col)
        if cs:
            w = self.width(s, f, sz, cs)
            x0 = x - w / 2 if al == 'c' else (x - w if al == 'r' else x)
            c.saveState()
            to = c.beginText(x0, y)
            to.setFont(f, sz)
            to.setCharSpace(cs)
            to.textOut(s)
            c.drawText(to)
            c.restoreState()
            return
        c.setFont(f, sz)
        if al == 'c':
            c.drawCentredString(x, y, s)
        elif al == 'r':
            c.drawRightString(x, y, s)
        else:
            c.drawString(x, y, s)

    def para(self, x, y, w, s, f='Helvetica', sz=10, lead=None, col=black, al='l'):
        lead = lead or sz * 1.3
        for line in simpleSplit(s, self.fmap.get(f, f), sz, w):
            if al == 'c':
                self.t(x + w / 2, y, line, f, sz, col, 'c')
            elif al == 'r':
                self.t(x + w, y, line, f, sz, col, 'r')
            else:
                self.t(x, y, line, f, sz, col)
            y -= lead
        return y

    def lines(self, x, y, rows, f='Helvetica', sz=10, lead=None, col=black, al='l'):
        lead = lead or sz * 1.3
        for r in rows:
            self.t(x, y, r, f, sz, col, al)
            y -= lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=1.0, r=0):
        c = self.c
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(lw)
        if r:
            c.roundRect(x, y, w, h, r, fill=1 if fill is not None else 0,
                        stroke=1 if stroke is not None else 0)
        else:
            c.rect(x, y, w, h, fill=1 if fill is not None else 0,
                   stroke=1 if stroke is not None else 0)

    def line(self, x1, y1, x2, y2, col=black, lw=0.8, dash=None):
        c = self.c
        c.setStrokeColor(col)
        c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        c.line(x1, y1, x2, y2)
        if dash:
            c.setDash()

    def sig(self, x, y, w, seed, col=HexColor('#1b2a6b'), lw=1.1, amp=9):
        """A pen-like signature squiggle."""
        r = rng_for(seed)
        c = self.c
        c.saveState()
        c.setStrokeColor(col)
        c.setLineWidth(lw)
        c.setLineCap(1)
        c.setLineJoin(1)
        p = c.beginPath()
        px, py = x, y + r.uniform(0, amp * 0.6)
        p.moveTo(px, py)
        n = int(r.integers(6, 10))
        step = w / n
        for i in range(n):
            nx = px + step * r.uniform(0.7, 1.3)
            ny = y + r.uniform(-amp * 0.3, amp)
            p.curveTo(px + step * r.uniform(-0.4, 0.8), py + r.uniform(-amp, amp * 1.6),
                      nx - step * r.uniform(-0.4, 0.8), ny + r.uniform(-amp, amp * 1.6),
                      nx, ny)
            px, py = nx, ny
        c.drawPath(p, stroke=1, fill=0)
        # underline flourish
        p = c.beginPath()
        p.moveTo(x + w * 0.1, y - 3)
        p.curveTo(x + w * 0.4, y - 7, x + w * 0.7, y + 1, x + w * 0.95, y - 4)
        c.setLineWidth(lw * 0.8)
        c.drawPath(p, stroke=1, fill=0)
        c.restoreState()

    def ring_text(self, cx, cy, r, s, f, sz, col=black, top=True):
        f = self.fmap.get(f, f)
        c = self.c
        widths = [pdfmetrics.stringWidth(ch, f, sz) for ch in s]
        total = sum(widths) / r
        if top:
            a = math.pi / 2 + total / 2
        else:
            a = -math.pi / 2 - total / 2
        c.setFillColor(col)
        for ch, w in zip(s, widths):
            da = w / r
            if top:
                mid = a - da / 2
                rot = math.degrees(mid) - 90
            else:
                mid = a + da / 2
                rot = math.degrees(mid) + 90
            c.saveState()
            c.translate(cx + r * math.cos(mid), cy + r * math.sin(mid))
            c.rotate(rot)
            c.setFont(f, sz)
            c.drawCentredString(0, -sz * 0.35 if top else -sz * 0.35, ch)
            c.restoreState()
            a = a - da if top else a + da

    def seal(self, cx, cy, r, col, ring_top, ring_bottom='', center=None, f='Helvetica-Bold',
             sz=7, teeth=36, fill=None):
        c = self.c
        c.saveState()
        pts = []
        for i in range(teeth * 2):
            a = math.pi * i / teeth
            rr = r if i % 2 == 0 else r * 0.93
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        p = c.beginPath()
        p.moveTo(*pts[0])
        for q in pts[1:]:
            p.lineTo(*q)
        p.close()
        c.setFillColor(fill if fill is not None else col)
        c.setStrokeColor(col)
        c.drawPath(p, fill=1, stroke=1)
        c.setStrokeColor(white)
        c.setLineWidth(0.8)
        c.circle(cx, cy, r * 0.82, stroke=1, fill=0)
        c.circle(cx, cy, r * 0.58, stroke=1, fill=0)
        self.ring_text(cx, cy, r * 0.70, ring_top, f, sz, white, top=True)
        if ring_bottom:
            self.ring_text(cx, cy, r * 0.70, ring_bottom, f, sz, white, top=False)
        if center:
            lines = center.split('\n')
            y0 = cy + (len(lines) - 1) * sz * 0.75 - sz * 0.35
            for ln in lines:
                self.t(cx, y0, ln, f, sz * 1.25, white, 'c')
                y0 -= sz * 1.5
        c.restoreState()

    def guilloche(self, x, y, w, h, col, band=14, waves=90, lw=0.35, n=3, seed=0):
        """Sinusoidal border band around a rectangle."""
        c = self.c
        c.saveState()
        c.setStrokeColor(col)
        c.setLineWidth(lw)
        per = 2 * (w + h)
        for k in range(n):
            ph = k * 2 * math.pi / n + seed
            p = c.beginPath()
            steps = 1600
            for i in range(steps + 1):
                s = per * i / steps
                off = band / 2 + band / 2 * math.sin(waves * 2 * math.pi * i / steps + ph)
                if s < w:
                    px, py = x + s, y + off
                elif s < w + h:
                    px, py = x + w - off, y + (s - w)
                elif s < 2 * w + h:
                    px, py = x + w - (s - w - h), y + h - off
                else:
                    px, py = x + off, y + h - (s - 2 * w - h)
                if i == 0:
                    p.moveTo(px, py)
                else:
                    p.lineTo(px, py)
            c.drawPath(p, stroke=1, fill=0)
        c.restoreState()

    def checkbox(self, x, y, sz=8, checked=False, col=black):
        self.rect(x, y, sz, sz, stroke=col, lw=0.7)
        if checked:
            c = self.c
            c.saveState()
            c.setStrokeColor(col)
            c.setLineWidth(1.2)
            c.line(x + 1.5, y + sz * 0.5, x + sz * 0.42, y + 1.5)
            c.line(x + sz * 0.42, y + 1.5, x + sz - 1, y + sz - 1)
            c.restoreState()

    def save(self):
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------------------------------
# Chromium (HTML -> PDF)
# ---------------------------------------------------------------------------------------
BASE_CSS = """
@page { size: %s; margin: 0; }
html, body { margin: 0; padding: 0; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'DejaVu Sans', sans-serif; color: #222; }
"""


def chromium_pdf(html, path, size, pdf_date):
    """Print an HTML string to PDF with headless Chromium; pin the two PDF dates."""
    tag = Path(path).stem
    src = Path(TMP) / (tag + '.html')
    full = ('<!doctype html><html><head><meta charset="utf-8"><title>%s</title>'
            '<style>%s</style></head><body>%s</body></html>') % (
        tag, BASE_CSS % size + html[0], html[1])
    src.write_text(full, encoding='utf-8')
    prof = Path(TMP) / 'chrome-profile'
    out = Path(TMP) / (tag + '.chromium.pdf')
    cmd = [CHROMIUM, '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
           '--no-default-browser-check', '--hide-scrollbars', '--user-data-dir=%s' % prof,
           '--no-pdf-header-footer', '--print-to-pdf=%s' % out, src.as_uri()]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=120)
    data = out.read_bytes()
    stamp = pdf_date.encode()
    assert len(stamp) == 14
    data, n1 = re.subn(rb'(/CreationDate \(D:)\d{14}', lambda m: m.group(1) + stamp, data)
    data, n2 = re.subn(rb'(/ModDate \(D:)\d{14}', lambda m: m.group(1) + stamp, data)
    assert n1 == 1 and n2 == 1, (n1, n2)
    Path(path).write_bytes(data)


# ---------------------------------------------------------------------------------------
# rasterising and image effects
# ---------------------------------------------------------------------------------------
def raster(pdf_path, dpi, gray=False):
    stem = Path(TMP) / ('r_' + Path(pdf_path).stem + '_%d' % dpi)
    cmd = ['pdftoppm', '-r', str(dpi), '-f', '1', '-l', '1', '-singlefile', '-png']
    if gray:
        cmd.append('-gray')
    subprocess.run(cmd + [str(pdf_path), str(stem)], check=True)
    im = Image.open(str(stem) + '.png')
    im.load()
    return im.convert('L' if gray else 'RGB')


def smooth_field(r, w, h, cells=6, lo=0.0, hi=1.0):
    g = r.uniform(lo, hi, size=(cells, cells)).astype(np.float32)
    im = Image.fromarray(g, mode='F').resize((w, h), Image.BICUBIC)
    return np.asarray(im, dtype=np.float32)


def background(kind, w, h, r):
    sw, sh = max(w // 4, 8), max(h // 4, 8)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    if kind == 'wood':
        base = np.array([146, 102, 64], np.float32)
        warp = smooth_field(r, sw, sh, 4, -5, 5)
        grain = np.sin((yy + warp) * 0.35 + smooth_field(r, sw, sh, 7, 0, 2)) * 0.5 + 0.5
        rows = np.repeat(r.normal(0, 0.06, (sh, 1)).astype(np.float32), sw, axis=1)
        fine = r.normal(0, 0.03, (sh, sw)).astype(np.float32)
        v = 0.80 + 0.14 * grain + rows + fine
        v += (np.arange(sw, dtype=np.float32)[None, :] % max(sw // 3, 1) < 2) * -0.15
        arr = base[None, None, :] * v[..., None]
    elif kind == 'desk':
        base = np.array([206, 203, 195], np.float32)
        v = 0.96 + r.normal(0, 0.025, (sh, sw)).astype(np.float32) + smooth_field(r, sw, sh, 4, -0.04, 0.04)
        arr = base[None, None, :] * v[..., None]
    elif kind == 'granite':
        base = np.array([92, 90, 88], np.float32)
        sp = r.random((sh, sw)).astype(np.float32)
        v = 0.85 + 0.5 * (sp > 0.93) - 0.25 * (sp < 0.06) + r.normal(0, 0.06, (sh, sw))
        arr = base[None, None, :] * v[..., None].astype(np.float32)
    elif kind == 'fabric':
        base = np.array([52, 68, 104], np.float32)
        weave = (np.sin(xx * 1.9) * np.sin(yy * 1.9)) * 0.08
        v = 0.9 + weave + r.normal(0, 0.04, (sh, sw)).astype(np.float32)
        arr = base[None, None, :] * v[..., None]
    elif kind == 'clipboard':
        base = np.array([120, 86, 52], np.float32)
        v = 0.9 + smooth_field(r, sw, sh, 12, -0.05, 0.05) + r.normal(0, 0.03, (sh, sw)).astype(np.float32)
        arr = base[None, None, :] * v[..., None]
    else:  # white tablecloth
        base = np.array([226, 224, 218], np.float32)
        v = 0.95 + r.normal(0, 0.02, (sh, sw)).astype(np.float32)
        arr = base[None, None, :] * v[..., None]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    return Image.fromarray(arr, 'RGB').resize((w, h), Image.BICUBIC)


def perspective_coeffs(src_pts, dst_pts):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output (dst) -> input (src)."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst_pts, src_pts):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def photo(page, seed, canvas_wh, quad, bg='wood', light=0.35, tint=(1.0, 0.97, 0.9),
          shadow=None, blur=0.8, noise=5.0, out_w=None, vignette=0.25, glare=None, extra=None):
    """Place a page raster onto a surface as a phone photo would see it.

    quad: destination corners (tl, tr, br, bl) as fractions of the canvas.
    shadow: list of polygons (fractions) darkened like a hand/phone shadow.
    """
    r = rng_for(seed)
    W, H = canvas_wh
    pw, ph = page.size
    dst = [(qx * W, qy * H) for qx, qy in quad]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = perspective_coeffs(src, dst)
    warped = page.convert('RGB').transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new('L', (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, co, Image.BILINEAR)
    bgim = background(bg, W, H, r)
    # drop shadow of the paper
    sh = mask.filter(ImageFilter.GaussianBlur(W / 160))
    sh = ImageOps.invert(sh.point(lambda v: int(v * 0.45)))
    sh = sh.transform((W, H), Image.AFFINE, (1, 0, -W / 300, 0, 1, -H / 220))
    bga = np.asarray(bgim, np.float32) * (np.asarray(sh, np.float32)[..., None] / 255.0)
    bgim = Image.fromarray(np.clip(bga, 0, 255).astype(np.uint8), 'RGB')
    img = Image.composite(warped, bgim, mask)
    if extra:
        extra(img, ImageDraw.Draw(img), W, H)
    a = np.asarray(img, np.float32)
    # uneven light: gradient + soft blobs
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = r.uniform(0, 2 * math.pi)
    grad = (np.cos(ang) * (xx / W - 0.5) + np.sin(ang) * (yy / H - 0.5))
    field = 1.0 - light * (grad + 0.5) * 0.8 + smooth_field(r, W, H, 4, -light * 0.15, light * 0.15)
    if vignette:
        d = ((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2)
        field *= 1.0 - vignette * d
    if glare:
        gx, gy, gr, gs = glare
        field += gs * np.exp(-(((xx / W - gx) ** 2 + (yy / H - gy) ** 2) / (gr ** 2)))
    a *= field[..., None]
    a *= np.array(tint, np.float32)[None, None, :]
    if shadow:
        sm = Image.new('L', (W, H), 0)
        dr = ImageDraw.Draw(sm)
        for poly, strength in shadow:
            dr.polygon([(px * W, py * H) for px, py in poly], fill=int(255 * strength))
        sm = sm.filter(ImageFilter.GaussianBlur(W / 45))
        a *= (1.0 - np.asarray(sm, np.float32)[..., None] / 255.0)
    a += r.normal(0, noise, a.shape).astype(np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), 'RGB')
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if out_w and out_w != W:
        img = img.resize((out_w, int(round(H * out_w / W))), Image.LANCZOS)
    return img


def scan_grey(page, seed, angle=0.4, specks=120, lid=True, blur=0.5, noise=4.0,
              paper=238, ink_gamma=1.0, shift=(0, 0)):
    """Flatbed / copier style greyscale scan of an 'L' page raster."""
    r = rng_for(seed)
    im = page.convert('L')
    W, H = im.size
    if shift != (0, 0):
        im = im.transform((W, H), Image.AFFINE, (1, 0, -shift[0], 0, 1, -shift[1]),
                          fillcolor=255)
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(im, np.float32) / 255.0
    if ink_gamma != 1.0:
        a = a ** ink_gamma
    a = a * (paper / 255.0)
    a *= 1.0 + smooth_field(r, W, H, 5, -0.03, 0.03)
    a = a * 255.0 + r.normal(0, noise, a.shape)
    if lid:
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        edge = np.exp(-xx / (W * 0.012)) * 120 + np.exp(-(H - 1 - yy) / (H * 0.008)) * 90
        a -= edge
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), 'L')
    dr = ImageDraw.Draw(out)
    for _ in range(specks):
        x, y = r.uniform(0, W), r.uniform(0, H)
        s = r.uniform(0.6, 2.4)
        dr.ellipse([x - s, y - s, x + s, y + s], fill=int(r.uniform(20, 110)))
    for _ in range(specks // 30):
        x, y = r.uniform(0, W), r.uniform(0, H)
        dr.line([x, y, x + r.uniform(-30, 30), y + r.uniform(-4, 4)], fill=int(r.uniform(90, 160)), width=1)
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    return out


def fax(page, seed, header, angle=0.3, fine=True, specks=200, threshold=150):
    """1-bit fax: 204 x 98 (standard) or 204 x 196 (fine) dpi, with a header line."""
    r = rng_for(seed)
    im = page.convert('L')
    W, H = im.size                     # page rendered at 200 dpi
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    fw = 1728
    fh = int(round(H * (196 if fine else 98) / 200.0))
    im = im.resize((fw, fh), Image.LANCZOS)
    a = np.asarray(im, np.float32) + r.normal(0, 28, (fh, fw))
    bw = Image.fromarray(np.where(a > threshold, 255, 0).astype(np.uint8), 'L')
    dr = ImageDraw.Draw(bw)
    for _ in range(specks):
        x, y = r.uniform(0, fw), r.uniform(0, fh)
        dr.rectangle([x, y, x + r.integers(1, 3), y + r.integers(1, 2)], fill=0)
    # streak from a dirty scanner glass
    sx = int(r.uniform(fw * 0.2, fw * 0.9))
    for y in range(0, fh, 1):
        if r.random() < 0.35:
            bw.putpixel((sx, y), 0)
    # header strip
    hdr_h = 30 if fine else 16
    strip = Image.new('L', (fw, hdr_h), 255)
    sd = ImageDraw.Draw(strip)
    font = ImageFont.truetype(DVDIR + 'DejaVuSansMono.ttf', 22 if fine else 12)
    sd.text((20, 3 if fine else 1), header, fill=0, font=font)
    bw.paste(strip, (0, 0))
    if not fine:
        bw = bw.resize((fw, fh * 2), Image.NEAREST)
    return bw.point(lambda v: 255 if v > 127 else 0).convert('1')


FIXED = time.strptime('2000-01-01 00:00:00', '%Y-%m-%d %H:%M:%S')


def save_image_pdf(img, path, dpi, stamp):
    t = time.strptime(stamp, '%Y%m%d%H%M%S')
    img.save(path, 'PDF', dpi=dpi if isinstance(dpi, tuple) else (dpi, dpi),
             creationDate=t, modDate=t, producer='OfficeScan Pro 4.2', title='Scan')


def tmp_pdf(name):
    return Path(TMP) / (name + '.src.pdf')


# ---------------------------------------------------------------------------------------
# small logo marks
# ---------------------------------------------------------------------------------------
def logo_monogram(p, cx, cy, r, letters, col, f='DVS-B', ring=True):
    c = p.c
    c.setFillColor(col)
    c.circle(cx, cy, r, fill=1, stroke=0)
    if ring:
        c.setStrokeColor(white)
        c.setLineWidth(1)
        c.circle(cx, cy, r * 0.86, fill=0, stroke=1)
    p.t(cx, cy - r * 0.3, letters, f, r * 0.85, white, 'c')


def logo_leaf(p, x, y, s, col, col2=None):
    c = p.c
    c.saveState()
    c.setFillColor(col)
    pa = c.beginPath()
    pa.moveTo(x, y)
    pa.curveTo(x + s * 0.1, y + s * 0.9, x + s * 0.8, y + s * 1.0, x + s, y + s)
    pa.curveTo(x + s * 0.95, y + s * 0.3, x + s * 0.4, y - s * 0.05, x, y)
    c.drawPath(pa, fill=1, stroke=0)
    c.setStrokeColor(col2 or white)
    c.setLineWidth(s * 0.04)
    c.line(x + s * 0.08, y + s * 0.08, x + s * 0.9, y + s * 0.9)
    c.restoreState()


def logo_feather(p, x, y, s, col):
    c = p.c
    c.saveState()
    c.setFillColor(col)
    pa = c.beginPath()
    pa.moveTo(x, y)
    pa.curveTo(x + s * 0.2, y + s * 0.5, x + s * 0.5, y + s * 1.1, x + s * 0.95, y + s * 1.2)
    pa.curveTo(x + s * 0.9, y + s * 0.7, x + s * 0.6, y + s * 0.25, x, y)
    c.drawPath(pa, fill=1, stroke=0)
    c.setStrokeColor(white)
    c.setLineWidth(0.8)
    for k in range(5):
        t = 0.25 + k * 0.13
        c.line(x + s * 0.45 * t * 1.6, y + s * 0.55 * t * 1.6, x + s * (0.45 * t * 1.6 + 0.18),
               y + s * (0.55 * t * 1.6 - 0.06))
    c.setStrokeColor(col)
    c.setLineWidth(1.2)
    c.line(x, y, x - s * 0.12, y - s * 0.18)
    c.restoreState()


def logo_peaks(p, x, y, s, col, col2):
    c = p.c
    c.saveState()
    c.setFillColor(col2)
    pa = c.beginPath()
    pa.moveTo(x + s * 0.35, y)
    pa.lineTo(x + s * 0.72, y + s * 0.62)
    pa.lineTo(x + s * 1.1, y)
    pa.close()
    c.drawPath(pa, fill=1, stroke=0)
    c.setFillColor(col)
    pa = c.beginPath()
    pa.moveTo(x, y)
    pa.lineTo(x + s * 0.4, y + s * 0.85)
    pa.lineTo(x + s * 0.8, y)
    pa.close()
    c.drawPath(pa, fill=1, stroke=0)
    c.setFillColor(white)
    pa = c.beginPath()
    pa.moveTo(x + s * 0.29, y + s * 0.62)
    pa.lineTo(x + s * 0.4, y + s * 0.85)
    pa.lineTo(x + s * 0.51, y + s * 0.62)
    pa.lineTo(x + s * 0.45, y + s * 0.66)
    pa.lineTo(x + s * 0.4, y + s * 0.6)
    pa.lineTo(x + s * 0.35, y + s * 0.66)
    pa.close()
    c.drawPath(pa, fill=1, stroke=0)
    c.restoreState()


def logo_waves(p, x, y, s, col):
    c = p.c
    c.saveState()
    c.setStrokeColor(col)
    c.setLineWidth(s * 0.09)
    c.setLineCap(1)
    for k in range(3):
        pa = c.beginPath()
        yy = y + k * s * 0.26
        pa.moveTo(x, yy)
        pa.curveTo(x + s * 0.25, yy + s * 0.2, x + s * 0.5, yy - s * 0.2, x + s * 0.75, yy)
        pa.curveTo(x + s * 0.85, yy + s * 0.08, x + s * 0.95, yy + s * 0.08, x + s, yy)
        c.drawPath(pa, stroke=1, fill=0)
    c.restoreState()


def logo_tree(p, cx, y, s, col):
    c = p.c
    c.saveState()
    c.setFillColor(col)
    c.rect(cx - s * 0.05, y, s * 0.1, s * 0.35, fill=1, stroke=0)
    for k, (w, h) in enumerate([(0.9, 0.45), (0.7, 0.4), (0.45, 0.35)]):
        yb = y + s * (0.25 + k * 0.25)
        pa = c.beginPath()
        pa.moveTo(cx - s * w / 2, yb)
        pa.lineTo(cx, yb + s * h)
        pa.lineTo(cx + s * w / 2, yb)
        pa.close()
        c.drawPath(pa, fill=1, stroke=0)
    c.restoreState()


def logo_hex(p, cx, cy, r, col, inner=None):
    c = p.c
    c.saveState()
    c.setFillColor(col)
    pa = c.beginPath()
    for i in range(6):
        a = math.pi / 6 + i * math.pi / 3
        (pa.moveTo if i == 0 else pa.lineTo)(cx + r * math.cos(a), cy + r * math.sin(a))
    pa.close()
    c.drawPath(pa, fill=1, stroke=0)
    if inner:
        c.setFillColor(inner)
        c.circle(cx, cy, r * 0.42, fill=1, stroke=0)
    c.restoreState()


def logo_pulse(p, x, y, w, col, lw=2.0):
    c = p.c
    c.saveState()
    c.setStrokeColor(col)
    c.setLineWidth(lw)
    c.setLineJoin(1)
    pts = [(0, 0), (0.3, 0), (0.38, 0.35), (0.46, -0.5), (0.54, 0.9), (0.62, -0.2), (0.68, 0),
           (1.0, 0)]
    pa = c.beginPath()
    for i, (u, v) in enumerate(pts):
        (pa.moveTo if i == 0 else pa.lineTo)(x + u * w, y + v * w * 0.35)
    c.drawPath(pa, stroke=1, fill=0)
    c.restoreState()


def logo_blocks(p, x, y, s, cols):
    for i, col in enumerate(cols):
        p.rect(x + (i % 2) * s * 0.55, y + (i // 2) * s * 0.55, s * 0.45, s * 0.45, fill=col)


def logo_book(p, x, y, s, col):
    c = p.c
    c.saveState()
    c.setFillColor(col)
    for side in (-1, 1):
        pa = c.beginPath()
        pa.moveTo(x, y)
        pa.curveTo(x + side * s * 0.2, y + s * 0.12, x + side * s * 0.4, y + s * 0.1, x + side * s * 0.55, y + s * 0.05)
        pa.lineTo(x + side * s * 0.55, y + s * 0.65)
        pa.curveTo(x + side * s * 0.4, y + s * 0.7, x + side * s * 0.2, y + s * 0.72, x, y + s * 0.6)
        pa.close()
        c.drawPath(pa, fill=1, stroke=0)
    c.restoreState()


# =======================================================================================
# Born-digital PDFs
# =======================================================================================
def c01(name):
    """Chapter dinner meeting, landscape, parchment + double border."""
    p = Pg(HERE / name, landscape(letter), title='CE Certificate - March Meeting',
           author='Kestrel Valley Chapter', creator='Microsoft Publisher 2016')
    W, H = p.W, p.H
    navy, gold = HexColor('#1f2f4d'), HexColor('#a8853a')
    p.rect(0, 0, W, H, fill=HexColor('#fbf7ec'))
    p.rect(22, 22, W - 44, H - 44, stroke=navy, lw=6)
    p.rect(34, 34, W - 68, H - 68, stroke=gold, lw=1.4)
    for (x, y) in [(34, 34), (W - 34, 34), (34, H - 34), (W - 34, H - 34)]:
        p.c.setFillColor(gold)
        p.c.circle(x, y, 5, fill=1, stroke=0)
    logo_monogram(p, 96, H - 96, 34, 'KV', navy)
    p.t(142, H - 88, 'KESTREL VALLEY CHAPTER', 'DVS-B', 15, navy, cs=1.2)
    p.t(142, H - 106, 'of Medical Assistants', 'DVS-I', 12.5, navy)
    p.t(W - 60, H - 84, 'An affiliate chapter', 'DVS-I', 8.5, HexColor('#555555'), 'r')
    p.t(W - 60, H - 95, 'PO Box 2281, Dunmore Springs', 'DVS', 8.5, HexColor('#555555'), 'r')
    p.t(W / 2, H - 172, 'Certificate of Continuing Education', 'Times-BoldItalic', 34, navy, 'c')
    p.t(W / 2, H - 204, 'is presented to', 'Times-Italic', 14, black, 'c')
    p.t(W / 2, H - 244, 'Adaeze N. Holloway, CMA (AAMA)', 'Times-Bold', 26, black, 'c')
    p.line(W / 2 - 200, H - 252, W / 2 + 200, H - 252, gold, 1)
    p.t(W / 2, H - 278, 'for attending the March dinner meeting education program', 'Times-Roman', 13, black, 'c')
    p.t(W / 2, H - 312, 'Recognizing Elder Abuse and Neglect', 'Times-BoldItalic', 22, navy, 'c')
    p.t(W / 2, H - 338, 'in the Outpatient Setting', 'Times-BoldItalic', 22, navy, 'c')
    p.t(W / 2, H - 364, 'Presenter: Corwin Abernethy, MSW, LCSW  \u2022  Kinross Adult Protective Services',
        'Times-Roman', 11.5, black, 'c')
    p.t(W / 2, H - 384, 'Tuesday, March 12, 2024  \u2022  Fernhill Grange Hall, Dunmore Springs',
        'Times-Bold', 12.5, black, 'c')
    p.para(110, H - 412, W - 220,
           'This program has been approved by the American Association of Medical Assistants (AAMA) '
           'for 1.0 AAMA CEU in the General category. Program #: KVC-2024-03.',
           'Times-Roman', 11, 14, black, 'c')
    p.t(W / 2, H - 448, 'Dinner generously sponsored by Tallgrass Specialty Pharmacy',
        'Times-Italic', 9.5, HexColor('#666666'), 'c')
    # signatures
    for i, (nm, role, sd) in enumerate([('Maribel Okonjo, CMA (AAMA)', 'Education Chair', 101),
                                         ('Delia Stavros, CMA (AAMA)', 'Chapter President', 102)]):
        x = 120 + i * 330
        p.sig(x + 20, 112, 170, sd)
        p.line(x, 104, x + 220, 104, black, 0.7)
        p.t(x, 92, nm, 'Times-Roman', 10)
        p.t(x, 80, role, 'Times-Italic', 9.5)
    p.t(W - 62, 62, 'Date signed: 03/14/2024', 'Times-Roman', 9, HexColor('#444444'), 'r')
    p.seal(W - 128, 150, 44, gold, 'KESTREL VALLEY', 'CHAPTER', 'CE\nAWARD', sz=6.5)
    p.save()
    add(name, 'pdf', 'Recognizing Elder Abuse and Neglect in the Outpatient Setting',
        'Kestrel Valley Chapter of Medical Assistants', '2024-03-12', '1.0', 'aama_ceu', True,
        'general', "chapter dinner meeting; title over 2 lines; provider split over two logo lines "
        "(caps + italic); presenter and agency named; pharmacy dinner sponsor; signed date; seal")


def c02(name):
    """Employer LMS compliance transcript printed from the LMS (Chromium)."""
    css = """
    body { padding: 44px 54px; font-size: 12.5px; }
    .top { display:flex; justify-content:space-between; align-items:center; border-bottom: 3px solid #2e7d6b; padding-bottom: 12px; }
    .plat { font-size: 26px; font-weight: bold; color: #2e7d6b; display:flex; align-items:center; gap:10px; }
    .plat small { font-size: 11px; color:#777; font-weight: normal; display:block; }
    .org { text-align:right; color:#333; font-size:12px; }
    .org b { font-size: 15px; color:#1d3c5a; }
    h1 { font-size: 21px; margin: 26px 0 4px; color:#1d3c5a; }
    .sub { color:#666; margin-bottom: 18px; }
    table { border-collapse: collapse; width: 100%; margin-bottom: 20px; }
    td, th { border: 1px solid #cfd8dc; padding: 7px 9px; vertical-align: top; text-align:left; }
    th { background:#eef4f2; width: 30%; font-weight: 600; color:#333; }
    .hist th { width:auto; }
    .ok { color:#1b7a3a; font-weight:bold; }
    .foot { margin-top: 30px; font-size: 10.5px; color:#777; border-top:1px solid #ddd; padding-top: 8px; display:flex; justify-content:space-between; }
    """
    body = """
    <div class="top">
      <div class="plat"><svg width="34" height="34" viewBox="0 0 34 34"><rect x="2" y="2" width="30" height="30" rx="6" fill="#2e7d6b"/>
      <path d="M9 11h16M17 11v15M11 18h12" stroke="#fff" stroke-width="3" fill="none"/></svg>
      <div>TrellisLearn<small>Learning Management</small></div></div>
      <div class="org"><b>Marisol Health Partners</b><br>Learner Portal &middot; Transcript Detail</div>
    </div>
    <h1>Training Completion Record</h1>
    <div class="sub">Official record of required training for the learner named below.</div>
    <table>
      <tr><th>Learner</th><td>Priya Castellanos-Webb</td></tr>
      <tr><th>Employee ID</th><td>0048213</td></tr>
      <tr><th>Job title / Department</th><td>Medical Assistant II &mdash; Family Medicine, Eastgate Clinic</td></tr>
      <tr><th>Course title</th><td><b>Bloodborne Pathogens Exposure Control Plan: Annual Review 2025</b></td></tr>
      <tr><th>Course code / version</th><td>EHS-BBP-2025 &nbsp;/&nbsp; v3.2</td></tr>
      <tr><th>Course provider</th><td>Marisol Health Partners &ndash; Employee Health &amp; Safety</td></tr>
      <tr><th>Delivery</th><td>Self-paced e-learning with post-test</td></tr>
      <tr><th>Assigned</th><td>01/06/2025</td></tr>
      <tr><th>Due date</th><td>01/31/2025</td></tr>
      <tr><th>Status</th><td class="ok">Completed</td></tr>
      <tr><th>Completion date</th><td>01/28/2025 4:52 PM</td></tr>
      <tr><th>Score</th><td>100% (passing 80%)</td></tr>
      <tr><th>Duration</th><td>35 minutes</td></tr>
      <tr><th>Credit</th><td>None &mdash; compliance course, no CE credit awarded</td></tr>
      <tr><th>Next due</th><td>01/31/2026</td></tr>
    </table>
    <table class="hist">
      <tr><th>Attempt</th><th>Started</th><th>Ended</th><th>Result</th></tr>
      <tr><td>1</td><td>01/27/2025 3:10 PM</td><td>01/27/2025 3:24 PM</td><td>Incomplete (session timed out)</td></tr>
      <tr><td>2</td><td>01/28/2025 4:31 PM</td><td>01/28/2025 4:52 PM</td><td>Passed</td></tr>
    </table>
    <div class="foot"><span>Powered by TrellisLearn &middot; trellislearn-demo.example</span><span>Report generated 02/03/2025 09:15 AM</span><span>Page 1 of 1</span></div>
    """
    chromium_pdf((css, body), HERE / name, 'letter', '20250203091500')
    add(name, 'pdf', 'Bloodborne Pathogens Exposure Control Plan: Annual Review 2025',
        'Marisol Health Partners', '2025-01-28', '35', 'minutes', False, None,
        "employer LMS transcript; platform name dominates header; department folded into health "
        "partner; assigned/due/next-due/generated dates and two attempts; duration only, no CE credit")


def c03(name):
    """State society convention: certificate + session table with 3-way split."""
    p = Pg(HERE / name, letter, title='2025 Convention CE Certificate',
           author='Larkspur State Society of Medical Assistants')
    W, H = p.W, p.H
    plum, sage = HexColor('#4b2a59'), HexColor('#7a9a7e')
    p.rect(0, H - 120, W, 120, fill=plum)
    logo_leaf(p, 46, H - 92, 52, sage, plum)
    p.t(112, H - 58, 'LARKSPUR STATE SOCIETY', 'Helvetica-Bold', 20, white, cs=0.8)
    p.t(112, H - 80, 'OF MEDICAL ASSISTANTS', 'Helvetica', 14, white, cs=2.2)
    p.t(W - 40, H - 58, 'Founded 1968', 'Helvetica-Oblique', 9, HexColor('#d9cce0'), 'r')
    p.t(W / 2, H - 160, 'Certificate of Attendance', 'Times-Bold', 28, plum, 'c')
    p.t(W / 2, H - 190, '47th Annual Convention and Educational Symposium', 'Times-Italic', 17, black, 'c')
    p.t(W / 2, H - 210, 'October 2\u20134, 2025  |  Granite Falls Lodge & Conference Center, Millbrae Point',
        'Helvetica', 10.5, HexColor('#444444'), 'c')
    p.t(W / 2, H - 248, 'Rosalind Achterberg, CMA (AAMA)', 'Times-Bold', 20, black, 'c')
    p.para(70, H - 274, W - 140,
           'attended the educational sessions listed below. Each session was approved by the American '
           'Association of Medical Assistants (AAMA) for the number and category of CEUs shown.',
           'Helvetica', 10, 13, black, 'c')
    rows = [('10/02', 'Adult Immunization Update', 'L. Farraday, PharmD', 'Clinical', '1.0'),
            ('10/02', 'Coding for Chronic Care Management', 'J. Pemberton, CPC', 'Administrative', '1.0'),
            ('10/03', 'Point-of-Care Urinalysis: Avoiding Pre-Analytic Errors', 'S. Okafor, MLS(ASCP)', 'Clinical', '1.5'),
            ('10/03', 'Leading Without a Title', 'R. Vantongeren, MBA', 'General', '1.0'),
            ('10/03', 'Telehealth Rooming Workflows', 'T. Haskins, CMA (AAMA)', 'Administrative', '1.0'),
            ('10/04', 'Pediatric Asthma Action Plans', 'M. Delgado-Reyes, RN', 'Clinical', '1.0')]
    x0, y = 52, H - 318
    cols = [52, 100, 356, 470, 556]
    p.rect(x0, y - 6, W - 104, 20, fill=HexColor('#ece4ef'))
    for cx, hd in zip(cols, ['Date', 'Session', 'Presenter', 'Category', 'CEUs']):
        p.t(cx + 4, y, hd, 'Helvetica-Bold', 9.5, plum)
    y -= 22
    for i, r in enumerate(rows):
        if i % 2:
            p.rect(x0, y - 6, W - 104, 20, fill=HexColor('#f7f4f8'))
        for cx, v in zip(cols, r):
            f = 'Helvetica'
            sz = 8.6 if cx == 100 else 9
            p.t(cx + 4, y, v, f, sz)
        y -= 20
    p.line(x0, y + 12, W - 52, y + 12, plum, 0.8)
    y -= 6
    p.t(W - 56, y, 'Administrative 2.0   |   Clinical 3.5   |   General 1.0', 'Helvetica', 10, black, 'r')
    y -= 18
    p.t(W - 56, y, 'Total: 6.5 AAMA CEUs', 'Helvetica-Bold', 12, plum, 'r')
    y -= 40
    p.sig(70, y + 4, 150, 303)
    p.line(60, y - 4, 260, y - 4)
    p.t(60, y - 16, 'Harlan Voss-Whitley, CMA (AAMA)', 'Helvetica', 9)
    p.t(60, y - 27, 'CEU Chair, Larkspur State Society of Medical Assistants', 'Helvetica-Oblique', 8.5)
    p.t(W - 60, y - 4, 'Registration confirmed: August 15, 2025', 'Helvetica', 8.5, HexColor('#555555'), 'r')
    p.t(W - 60, y - 16, 'Certificate issued: October 10, 2025', 'Helvetica', 8.5, HexColor('#555555'), 'r')
    p.rect(0, 0, W, 26, fill=sage)
    p.t(W / 2, 9, 'Retain this certificate for recertification audits. Questions: ceu@larkspurmas.example',
        'Helvetica', 8, white, 'c')
    p.save()
    add(name, 'pdf', '47th Annual Convention and Educational Symposium',
        'Larkspur State Society of Medical Assistants', '2025-10-04', '6.5', 'aama_ceu', True, None,
        "three-day convention Oct 2-4 (last day); six-session table with presenters and per-session "
        "CEUs; 3-way split totals; registration and issued dates; provider over two caps logo lines",
        categories={'administrative': '2.0', 'clinical': '3.5', 'general': '1.0'})


def c04(name):
    """NHA-approved online CE; left sidebar; ALL CAPS wrapped title."""
    p = Pg(HERE / name, landscape(letter), title='Certificate', creator='Quillfeather CE cert service')
    W, H = p.W, p.H
    teal, ink = HexColor('#0f5e6e'), HexColor('#1d2b33')
    p.rect(0, 0, 190, H, fill=teal)
    logo_feather(p, 62, H - 150, 70, HexColor('#f2c14e'))
    p.t(95, H - 190, 'quillfeather', 'DV-B', 19, white, 'c')
    p.t(95, H - 206, 'C E   O N L I N E', 'DV', 9, HexColor('#cfe6ea'), 'c')
    p.para(24, 150, 142, 'Accredited continuing education for allied health professionals since 2011.',
           'DV', 8, 11, HexColor('#cfe6ea'))
    p.t(30, 70, 'Verify at', 'DV', 7.5, HexColor('#cfe6ea'))
    p.t(30, 60, 'quillfeather-ce.example/verify', 'DV', 7.5, white)
    x = 230
    p.t(x, H - 90, 'CERTIFICATE OF COMPLETION', 'DV-B', 26, ink)
    p.line(x, H - 102, x + 120, H - 102, HexColor('#f2c14e'), 3)
    p.t(x, H - 140, 'This certifies that', 'DV', 12, HexColor('#555555'))
    p.t(x, H - 172, 'Luis Ortega-Fairbanks', 'DVS-BI', 26, ink)
    p.t(x, H - 204, 'has successfully completed the online course', 'DV', 12, HexColor('#555555'))
    p.t(x, H - 240, 'CAPILLARY PUNCTURE TECHNIQUES FOR PEDIATRIC', 'DV-B', 17, teal)
    p.t(x, H - 262, 'AND GERIATRIC PATIENTS', 'DV-B', 17, teal)
    p.t(x, H - 284, 'Course code QF-PHL-2207  \u00b7  Self-study with post-test (passing score 80%)', 'DV', 9.5, HexColor('#666666'))
    bx, by = x, H - 380
    for i, (lab, val) in enumerate([('Date completed', '09/17/2024'), ('NHA CE Credits', '1.5'),
                                    ('Post-test score', '88%')]):
        p.rect(bx + i * 170, by, 155, 58, stroke=HexColor('#c9d6da'), lw=1, r=5)
        p.t(bx + i * 170 + 12, by + 38, lab.upper(), 'DV', 7.5, HexColor('#6b7c83'), cs=0.6)
        p.t(bx + i * 170 + 12, by + 14, val, 'DV-B', 17, ink)
    p.para(x, H - 412, W - x - 50,
           'This course is approved by the National Healthcareer Association (NHA) for 1.5 continuing '
           'education credits toward NHA certification renewal. It has not been submitted to the AAMA '
           'and is not approved for AAMA CEUs.', 'DV', 9.5, 13, ink)
    p.sig(x + 10, 88, 140, 404)
    p.line(x, 80, x + 190, 80, ink, 0.6)
    p.t(x, 68, 'Odalys Strand, MEd \u2014 Director of Education', 'DV', 8.5, ink)
    p.t(W - 44, 80, 'Certificate printed: 11/02/2024', 'DV', 8.5, HexColor('#6b7c83'), 'r')
    p.t(W - 44, 68, 'Certificate no. QF-24-0917-55120', 'DV', 8.5, HexColor('#6b7c83'), 'r')
    p.t(W - 44, 30, 'Quillfeather CE Online, LLC  \u00b7  4410 Brantley Avenue, Suite 300, Harwick',
        'DV', 7.5, HexColor('#6b7c83'), 'r')
    p.save()
    add(name, 'pdf', 'Capillary Puncture Techniques for Pediatric and Geriatric Patients',
        'Quillfeather CE Online, LLC', '2024-09-17', '1.5', 'nha_credit', False, None,
        "NHA CE credits, explicitly not AAMA; ALL CAPS title on 2 lines; lowercase wordmark, full "
        "name only in footer; printed date; course code; score box")


def c05(name):
    """IACET provider; multi-session workshop; CEU + contact-hour equivalent."""
    p = Pg(HERE / name, letter, title='IACET CEU Certificate', author='Brightmoor PLI')
    W, H = p.W, p.H
    blue, orange = HexColor('#123f73'), HexColor('#e0762b')
    p.guilloche(30, 30, W - 60, H - 60, HexColor('#8fa9c9'), band=12, waves=120, n=3)
    p.rect(48, 48, W - 96, H - 96, stroke=blue, lw=0.8)
    logo_blocks(p, 70, H - 118, 44, [blue, orange, orange, blue])
    p.t(128, H - 86, 'Brightmoor', 'DVS-B', 22, blue)
    p.t(128, H - 106, 'Professional Learning Institute', 'DVS', 13, blue)
    # IACET badge (plain drawn box)
    p.rect(W - 176, H - 120, 110, 52, stroke=blue, lw=1.2, r=4)
    p.t(W - 121, H - 88, 'IACET', 'Helvetica-Bold', 15, blue, 'c')
    p.t(W - 121, H - 101, 'Accredited Provider', 'Helvetica', 7.5, blue, 'c')
    p.t(W - 121, H - 112, 'Provider #10-7731', 'Helvetica', 6.5, blue, 'c')
    p.t(W / 2, H - 180, 'Certificate of Completion', 'DVS-B', 28, blue, 'c')
    p.t(W / 2, H - 202, 'CONTINUING EDUCATION UNITS', 'Helvetica', 10, orange, 'c', cs=2)
    p.t(W / 2, H - 248, 'Noor Lindqvist-Bey', 'DVS-I', 24, black, 'c')
    p.line(W / 2 - 170, H - 256, W / 2 + 170, H - 256, HexColor('#999999'), 0.6)
    p.t(W / 2, H - 282, 'has satisfactorily completed', 'Helvetica', 11, HexColor('#444444'), 'c')
    y = p.para(90, H - 314, W - 180, 'Cultural Humility in Patient Communication: A Three-Part Workshop',
               'DVS-B', 17, 22, blue, 'c')
    p.t(W / 2, y - 4, 'Sessions held April 8, April 15 and April 22, 2025  (virtual, instructor-led)',
        'Helvetica', 10.5, black, 'c')
    p.t(W / 2, y - 20, 'Facilitators: Winifred Achebe-Lund, PhD and Rami Haddad, MPH', 'Helvetica-Oblique', 9.5,
        HexColor('#444444'), 'c')
    p.rect(W / 2 - 150, y - 92, 300, 50, fill=HexColor('#eef3f9'), stroke=blue, lw=0.6)
    p.t(W / 2, y - 64, 'CEUs awarded: 0.3', 'Helvetica-Bold', 15, blue, 'c')
    p.t(W / 2, y - 81, '(equivalent to 3.0 contact hours)', 'Helvetica', 9.5, black, 'c')
    p.para(90, y - 116, W - 180,
           'Brightmoor Professional Learning Institute has been accredited as an Authorized Provider by the '
           'International Accreditors for Continuing Education and Training (IACET) and offers IACET CEUs '
           'for its learning events that comply with the ANSI/IACET Continuing Education and Training Standard.',
           'Helvetica', 8.5, 11, HexColor('#333333'), 'c')
    p.sig(110, 140, 150, 505)
    p.line(100, 132, 290, 132)
    p.t(100, 120, 'Lorraine Petrakis, EdD', 'Helvetica', 9)
    p.t(100, 109, 'Dean of Continuing Education', 'Helvetica-Oblique', 8.5)
    p.t(W - 100, 132, 'Issued: May 1, 2025', 'Helvetica', 9, black, 'r')
    p.t(W - 100, 120, 'Certificate No. BPLI-25-04418', 'Helvetica', 9, black, 'r')
    p.t(W / 2, 62, '880 Quarterline Road  \u2022  Alderbrook  \u2022  brightmoor-pli.example', 'Helvetica', 7.5,
        HexColor('#666666'), 'c')
    p.save()
    add(name, 'pdf', 'Cultural Humility in Patient Communication: A Three-Part Workshop',
        'Brightmoor Professional Learning Institute', '2025-04-22', '0.3', 'iacet_ceu', False, None,
        "IACET CEU with contact-hour equivalent; three session dates (last); issued date; "
        "facilitators; guilloche border; provider split over two logo lines")


def c06(name):
    """Pharma in-service acknowledgment (Chromium), no credit, no duration."""
    css = """
    body { padding: 40px 56px; font-size: 12.5px; color:#1e1e1e; }
    .hd { display:flex; align-items:center; gap: 14px; }
    .hd .nm { font-size: 22px; font-weight: bold; color:#6a1b4d; letter-spacing: .5px; }
    .hd .tag { font-size: 10.5px; color:#8a6d7f; }
    .bar { height: 6px; background: linear-gradient(90deg,#6a1b4d,#d88aa8); margin: 14px 0 24px; }
    h1 { font-size: 19px; letter-spacing: 2px; margin: 0 0 18px; color:#333; }
    .grid { display:grid; grid-template-columns: 170px 1fr; row-gap: 10px; column-gap: 12px; }
    .grid div:nth-child(odd) { color:#6a1b4d; font-weight:bold; font-size: 11px; text-transform: uppercase; padding-top:2px;}
    .prog { font-size: 15.5px; font-weight: bold; }
    .box { margin-top: 26px; border: 1px solid #d9c4cf; background:#fbf5f8; padding: 12px 14px; font-size: 11px; line-height: 1.45; }
    .sigs { display:flex; gap: 60px; margin-top: 46px; }
    .sig { flex:1; border-top: 1px solid #333; padding-top: 6px; font-size: 11px; position: relative; }
    .sig svg { position:absolute; top:-40px; left: 10px; }
    .ft { margin-top: 60px; font-size: 9.5px; color:#777; display:flex; justify-content:space-between; }
    """
    sig1 = ('<svg width="190" height="44"><path d="M5 30 C 20 5, 30 40, 45 22 S 70 8, 80 30 C 90 44, 100 10, 120 24 '
            'S 150 34, 180 18" stroke="#1b2a6b" stroke-width="1.6" fill="none"/></svg>')
    sig2 = ('<svg width="190" height="44"><path d="M8 26 C 18 10, 26 38, 40 24 C 55 8, 62 36, 76 26 S 110 14, 130 30 '
            'C 140 36, 160 20, 176 24" stroke="#1b2a6b" stroke-width="1.5" fill="none"/></svg>')
    body = """
    <div class="hd"><svg width="46" height="46" viewBox="0 0 46 46"><polygon points="23,2 43,13 43,33 23,44 3,33 3,13" fill="#6a1b4d"/>
    <circle cx="23" cy="23" r="9" fill="#fff"/><circle cx="23" cy="23" r="4" fill="#d88aa8"/></svg>
    <div><div class="nm">Halvern Pharmaceuticals, Inc.</div><div class="tag">Medical Affairs &middot; Field Clinical Education</div></div></div>
    <div class="bar"></div>
    <h1>IN-SERVICE TRAINING ACKNOWLEDGMENT</h1>
    <div class="grid">
      <div>Program</div><div class="prog">Lunquell Prefilled Pen: Patient Injection Teaching for Office Staff</div>
      <div>Attendee</div><div>Keisha Marwood, RMA</div>
      <div>Practice / site</div><div>Sycamore Lane Internal Medicine, 1180 Quarry Road, Ellisburg</div>
      <div>Date of training</div><div>June 11, 2024</div>
      <div>Format</div><div>In-office lunch presentation with device demonstration</div>
      <div>Presented by</div><div>Dana Whitcombe, RN, Clinical Nurse Educator</div>
    </div>
    <div class="box"><b>Important:</b> This educational program is provided for product training purposes only. It is not
    accredited by any continuing education body, and no continuing education credit (CE, CEU or contact hours) is awarded.
    Please refer to the full Prescribing Information and Instructions for Use. Meal value reported as required by
    applicable transparency laws.</div>
    <div class="sigs"><div class="sig">%s Halvern representative</div><div class="sig">%s Attendee signature</div></div>
    <div class="ft"><span>Form HP-TRN-07 rev. 2023-10</span><span>Acknowledgment filed 06/14/2024</span><span>&copy; Halvern Pharmaceuticals, Inc.</span></div>
    """ % (sig1, sig2)
    chromium_pdf((css, body), HERE / name, 'letter', '20240614103000')
    add(name, 'pdf', 'Lunquell Prefilled Pen: Patient Injection Teaching for Office Staff',
        'Halvern Pharmaceuticals, Inc.', '2024-06-11', None, None, False, None,
        "pharma product in-service; explicitly no CE credit and no duration; practice site named; "
        "presenter; form revision date and filed date")


def c07(name):
    """College registrar course verification (grade report)."""
    p = Pg(HERE / name, letter, title='Unofficial Academic Record', author='Registrar',
           creator='Banyan SIS Reports')
    W, H = p.W, p.H
    green = HexColor('#234d2c')
    logo_tree(p, 78, H - 104, 56, green)
    p.t(120, H - 70, 'ASTER RIDGE COMMUNITY COLLEGE', 'Times-Bold', 17, green)
    p.t(120, H - 86, 'Office of the Registrar  \u00b7  2700 Colliers Way, Fenmore', 'Times-Roman', 10)
    p.line(40, H - 124, W - 40, H - 124, green, 1.5)
    p.t(W / 2, H - 150, 'UNOFFICIAL ACADEMIC RECORD \u2014 COURSE VERIFICATION', 'Helvetica-Bold', 12, black, 'c')
    y = H - 186
    for k, v in [('Student name', 'Harriet Ngata-Lowe'), ('Student ID', 'A00716245'),
                 ('Program', 'Medical Assisting, A.A.S.'), ('Date of birth', '**/**/****')]:
        p.t(60, y, k + ':', 'Courier-Bold', 10)
        p.t(190, y, v, 'Courier', 10)
        y -= 15
    y -= 14
    p.t(60, y, 'Term: Spring 2025     Term dates: 01/13/2025 - 05/09/2025', 'Courier-Bold', 10)
    y -= 20
    hdr = 'Course      Title                                   Cr Hrs  Grade  Q.Pts'
    p.t(60, y, hdr, 'Courier-Bold', 9.5)
    y -= 4
    p.line(60, y, W - 60, y, black, 0.5)
    y -= 13
    p.t(60, y, 'MAS 215     Pharmacology for Medical Assistants       3.00    A     12.00', 'Courier', 9.5)
    y -= 22
    p.line(60, y + 8, W - 60, y + 8, black, 0.5)
    p.t(60, y - 4, 'Term attempted 3.00   earned 3.00   GPA hrs 3.00   Term GPA 4.000', 'Courier', 9.5)
    y -= 40
    p.para(60, y, W - 120,
           'This document verifies completion of the course listed above. It is not an official transcript '
           'and does not bear the college seal. Official transcripts may be requested through the Registrar. '
           'Grade key: A=4.0, B=3.0, C=2.0, D=1.0, F=0, W=withdrawn, I=incomplete.',
           'Times-Roman', 10, 13)
    p.t(60, 80, 'Printed 06/02/2025 10:31 by webreg', 'Courier', 8.5, HexColor('#555555'))
    p.t(W - 60, 80, 'Page 1 of 1', 'Courier', 8.5, HexColor('#555555'), 'r')
    p.save()
    add(name, 'pdf', 'Pharmacology for Medical Assistants', 'Aster Ridge Community College',
        '2025-05-09', '3.00', 'college_credit', False, None,
        "registrar course verification; term end date is completion; course code left out; "
        "printed date; fixed-width layout")


def c08(name):
    """CE subscription site live webinar (Chromium), AAMA admin 1.0."""
    css = """
    body { width: 11in; height: 8.5in; display:flex; }
    .side { width: 3.1in; background: #ff7a59; color:#fff; padding: 44px 30px; position:relative; }
    .logo { font-size: 28px; font-weight: bold; letter-spacing: -1px; }
    .logo span { display:block; font-size: 12px; font-weight: normal; letter-spacing: 3px; margin-top: 2px;}
    .side .meta { position:absolute; bottom: 40px; left: 30px; right: 24px; font-size: 10.5px; line-height: 1.6; }
    .main { flex:1; padding: 56px 54px; }
    .kind { font-size: 12px; letter-spacing: 3px; color:#ff7a59; font-weight: bold; }
    h1 { font-size: 34px; margin: 8px 0 28px; color:#20243a; font-family: 'DejaVu Serif', serif; }
    .who { font-size: 28px; font-family: 'DejaVu Serif', serif; font-style: italic; margin: 6px 0 22px; }
    .title { font-size: 20px; font-weight: bold; color:#20243a; line-height: 1.3; }
    .small { font-size: 12px; color:#555; margin-top: 8px; line-height: 1.5; }
    .appr { margin-top: 26px; padding: 12px 16px; border-left: 4px solid #ff7a59; background:#fff4f0; font-size: 12px; line-height: 1.5; }
    .foot { margin-top: 34px; font-size: 10px; color:#888; }
    """
    body = """
    <div class="side"><div class="logo">pocketwise<span>CE FOR MAs</span></div>
    <div class="meta">Pocketwise CE, Inc.<br>500 Gannet Street, Floor 4<br>Port Lorraine<br>pocketwise-ce.example<br><br>
    Webinar ID 884-201-5532<br>Hosted on Streamwell Webinars</div></div>
    <div class="main">
    <div class="kind">LIVE WEBINAR</div>
    <h1>Certificate of Attendance</h1>
    <div class="small">Awarded to</div>
    <div class="who">Bethany Ruiz-Calloway, CMA (AAMA)</div>
    <div class="small">for attending the live webinar</div>
    <div class="title">Navigating Patient Portals: Secure Messaging Etiquette and Response Times</div>
    <div class="small">Presented by Dr. Imogen Sayre, DHA &middot; Thursday, January 18, 2024 &middot; 12:00&ndash;1:00 PM CT</div>
    <div class="appr">This program has been granted prior approval by the American Association of Medical Assistants (AAMA)
    for 1.0 administrative continuing education unit. Granting of prior approval in no way constitutes endorsement by
    the AAMA of the program content or the program&rsquo;s sponsor.</div>
    <div class="foot">Certificate generated 01/22/2024 &middot; Attendance verified by poll responses (4/4)</div>
    </div>
    """
    chromium_pdf((css, body), HERE / name, 'letter landscape', '20240122140200')
    add(name, 'pdf', 'Navigating Patient Portals: Secure Messaging Etiquette and Response Times',
        'Pocketwise CE, Inc.', '2024-01-18', '1.0', 'aama_ceu', True, 'administrative',
        "CE subscription site live webinar; lowercase wordmark, full name in sidebar; webinar platform "
        "named; presenter; 'Thursday, January 18, 2024'; generated date; AAMA sentence with category")


def c09(name):
    """Bilingual completion certificate (Spanish first)."""
    p = Pg(HERE / name, landscape(letter), title='Certificado / Certificate',
           author='Buenaventura Community Health Network')
    W, H = p.W, p.H
    terra, deep = HexColor('#b5532f'), HexColor('#2f3b2b')
    p.rect(0, 0, W, H, fill=HexColor('#fffaf2'))
    # tile border
    for i in range(0, int(W), 24):
        for y in (14, H - 38):
            p.c.saveState()
            p.c.setFillColor(terra if (i // 24) % 2 else HexColor('#e2a04a'))
            p.c.translate(i + 12, y + 12)
            p.c.rotate(45)
            p.c.rect(-7, -7, 14, 14, fill=1, stroke=0)
            p.c.restoreState()
    logo_leaf(p, W / 2 - 22, H - 104, 40, HexColor('#4f7a3a'))
    p.t(W / 2, H - 122, 'Buenaventura Community Health Network', 'DVS-B', 15, deep, 'c')
    p.t(W / 2, H - 160, 'CERTIFICADO DE FINALIZACI\u00d3N', 'DVS-B', 26, terra, 'c')
    p.t(W / 2, H - 180, 'Certificate of Completion', 'DVS-I', 14, deep, 'c')
    p.t(W / 2, H - 210, 'Se otorga a  /  Awarded to', 'DV', 10.5, HexColor('#555555'), 'c')
    p.t(W / 2, H - 240, 'Mar\u00eda Fernanda Sol\u00eds Guerra', 'DVS-BI', 24, deep, 'c')
    p.t(W / 2, H - 266, 'por completar el curso  /  for completing the course', 'DV', 10.5, HexColor('#555555'), 'c')
    p.t(W / 2, H - 298, 'Toma de Signos Vitales en Pacientes Adultos', 'DVS-B', 21, terra, 'c')
    p.t(W / 2, H - 318, 'Adult Vital Signs Measurement', 'DVS-I', 12, deep, 'c')
    y = H - 370
    for i, (es, en, v) in enumerate([('Fecha de finalizaci\u00f3n', 'Completion date', '14/08/2025'),
                                     ('Horas de contacto', 'Contact hours', '2.0'),
                                     ('Modalidad', 'Format', 'Presencial / In person')]):
        x = 120 + i * 200
        p.t(x + 75, y, es + ' / ' + en, 'DV', 8, HexColor('#666666'), 'c')
        p.t(x + 75, y - 20, v, 'DV-B', 14, deep, 'c')
    p.sig(120, 112, 150, 909, HexColor('#222222'))
    p.line(110, 104, 300, 104)
    p.t(110, 92, 'Lcda. Itzel Carranza Oyervides', 'DV', 9)
    p.t(110, 81, 'Coordinadora de Educaci\u00f3n / Education Coordinator', 'DV', 8)
    p.t(W - 110, 104, 'Fecha de emisi\u00f3n / Issue date: 20/08/2025', 'DV', 9, black, 'r')
    p.t(W - 110, 92, 'Folio: BCHN-EDU-0914', 'DV', 9, black, 'r')
    p.t(W / 2, 56, 'No aprobado para CEU de la AAMA  /  Not approved for AAMA CEUs', 'DV', 7.5,
        HexColor('#777777'), 'c')
    p.save()
    add(name, 'pdf', 'Toma de Signos Vitales en Pacientes Adultos',
        'Buenaventura Community Health Network', '2025-08-14', '2.0', 'contact_hours', False, None,
        "bilingual ES/EN, Spanish title first (English translation below); dd/mm/yyyy completion and "
        "issue dates; 'Horas de contacto / Contact hours'; explicit not AAMA")


def c10(name):
    """BLS eCard (front/back) on a letter page, invented council."""
    p = Pg(HERE / name, letter, title='eCard', creator='CRTC eCard Service')
    W, H = p.W, p.H
    red, navy = HexColor('#b3202a'), HexColor('#1c2f4f')
    p.t(W / 2, H - 60, 'Your eCard is ready', 'Helvetica-Bold', 18, navy, 'c')
    p.para(80, H - 84, W - 160, 'Print this page at 100% scale and cut along the dashed lines. Fold along the '
           'centre line to make a wallet card. Print date: 06/03/2025.', 'Helvetica', 9.5, 12, black, 'c')
    cw, ch = 3.375 * 72 * 1.16, 2.125 * 72 * 1.16
    x0, y0 = W / 2 - cw, H - 150 - ch
    p.line(x0 - 10, y0 - 10, x0 + 2 * cw + 10, y0 - 10, HexColor('#888888'), 0.5, (4, 3))
    p.line(x0 - 10, y0 + ch + 10, x0 + 2 * cw + 10, y0 + ch + 10, HexColor('#888888'), 0.5, (4, 3))
    # front
    p.rect(x0, y0, cw, ch, stroke=HexColor('#999999'), lw=0.6)
    p.rect(x0, y0 + ch - 40, cw, 40, fill=red)
    logo_pulse(p, x0 + 10, y0 + ch - 22, 46, white, 2)
    p.t(x0 + 62, y0 + ch - 18, 'Coastal Resuscitation', 'Helvetica-Bold', 11, white)
    p.t(x0 + 62, y0 + ch - 31, 'Training Council', 'Helvetica-Bold', 11, white)
    p.t(x0 + 12, y0 + ch - 64, 'BLS Provider', 'Helvetica-Bold', 19, navy)
    p.t(x0 + 12, y0 + ch - 78, 'Adult, Child & Infant CPR/AED \u00b7 Airway Management', 'Helvetica', 7.5)
    p.t(x0 + 12, y0 + ch - 104, 'Desmond Okonkwo-Hart', 'Helvetica-Bold', 12)
    p.para(x0 + 12, y0 + ch - 118, cw - 24,
           'has successfully completed the cognitive and skills evaluations in accordance with the '
           'curriculum of the Coastal Resuscitation Training Council BLS Provider course.', 'Helvetica', 6.5, 8)
    for i, (k, v) in enumerate([('Course Date', '05/19/2025'), ('Issue Date', '05/20/2025'),
                                ('Renew By', '05/2027')]):
        xx = x0 + 12 + i * 78
        p.t(xx, y0 + 22, k, 'Helvetica', 6.5, HexColor('#555555'))
        p.t(xx, y0 + 10, v, 'Helvetica-Bold', 9.5, navy)
    # back
    bx = x0 + cw
    p.rect(bx, y0, cw, ch, stroke=HexColor('#999999'), lw=0.6)
    rows = [('Training Site', 'Pelican Bay Training Center'), ('Site location', 'Seabrook Harbor'),
            ('Site ID', 'PB-0442'), ('Instructor', 'T. Galloway  #22871'), ('eCard code', '7QX4-21KM-88RD'),
            ('Holder signature', '')]
    yy = y0 + ch - 22
    for k, v in rows:
        p.t(bx + 12, yy, k, 'Helvetica', 7, HexColor('#555555'))
        p.t(bx + 96, yy, v, 'Helvetica-Bold', 8.5, navy)
        yy -= 17
    p.line(bx + 96, yy + 14, bx + cw - 14, yy + 14, black, 0.5)
    p.para(bx + 12, y0 + 34, cw - 24, 'Course content is consistent with current American Heart Association '
           'guidelines for CPR and ECC. Verify at crtc-ecards.example.', 'Helvetica', 6.3, 7.8, HexColor('#444444'))
    p.line(bx, y0 - 14, bx, y0 + ch + 14, HexColor('#888888'), 0.5, (2, 2))
    p.para(80, y0 - 60, W - 160, 'Coastal Resuscitation Training Council  \u00b7  Member Services  \u00b7  '
           '210 Breakwater Drive, Seabrook Harbor. This eCard is the property of the Coastal Resuscitation '
           'Training Council. Alteration voids the card.', 'Helvetica', 8, 10.5, HexColor('#555555'), 'c')
    p.save()
    add(name, 'pdf', 'BLS Provider', 'Coastal Resuscitation Training Council', '2025-05-19', '1',
        'cpr_card', False, 'clinical',
        "invented BLS eCard front/back; course date vs issue date vs renew-by; training site and "
        "instructor not provider; AHA guidelines mention; print date")


def c11(name):
    """Letter of attendance from a chapter: amounts in words, clinical/general split."""
    p = Pg(HERE / name, letter, title='Attendance letter', author='Whitfield County Chapter')
    W, H = p.W, p.H
    wine = HexColor('#6d1f2b')
    logo_book(p, 72, H - 92, 44, wine)
    p.t(110, H - 66, 'Whitfield County Chapter of Medical Assistants', 'Times-Bold', 16, wine)
    p.t(110, H - 81, '41 Sorrel Lane  \u00b7  Linden Hollow  \u00b7  whitfieldmachapter.example', 'Times-Roman', 9.5)
    p.line(60, H - 100, W - 60, H - 100, wine, 0.8)
    x = 72
    y = H - 140
    p.t(x, y, 'May 6, 2024', 'Times-Roman', 11.5)
    y -= 36
    p.t(x, y, 'To Whom It May Concern:', 'Times-Roman', 11.5)
    y -= 24
    y = p.para(x, y, W - 2 * x,
               'This letter verifies that Gwendolyn Ashby-Tran, CMA (AAMA), attended our Spring Education Day '
               'on Saturday, April 27, 2024, held at the Linden Hollow Community Center. The program was approved '
               'by the American Association of Medical Assistants for three (3) AAMA CEUs: two (2) clinical and '
               'one (1) general.', 'Times-Roman', 11.5, 15.5)
    y -= 10
    y = p.para(x, y, W - 2 * x, 'The day included the following presentations:', 'Times-Roman', 11.5, 15.5)
    for s in ['Wound Assessment and Dressing Selection \u2014 Fiona Gallagher-Reyes, BSN, CWON',
              'Holter and Event Monitor Hook-Up Tips \u2014 Aurelio Banks, CCT',
              'Resilience and Burnout Prevention for Clinic Staff \u2014 Nadine Osei, LPC']:
        y -= 2
        p.t(x + 14, y, '\u2022', 'Times-Roman', 11.5)
        y = p.para(x + 28, y, W - 2 * x - 28, s, 'Times-Roman', 11.5, 15.5)
    y -= 10
    y = p.para(x, y, W - 2 * x,
               'Please retain this letter with your recertification records. A sign-in sheet is kept on file by '
               'the chapter for three years. If you have any questions, please contact me at the address above.',
               'Times-Roman', 11.5, 15.5)
    y -= 24
    p.t(x, y, 'Sincerely,', 'Times-Roman', 11.5)
    p.sig(x + 4, y - 38, 150, 1111)
    p.t(x, y - 60, 'Colleen Marrow-Ibsen, CMA (AAMA)', 'Times-Roman', 11.5)
    p.t(x, y - 75, 'CE Coordinator', 'Times-Italic', 11)
    p.save()
    add(name, 'pdf', 'Spring Education Day', 'Whitfield County Chapter of Medical Assistants',
        '2024-04-27', '3', 'aama_ceu', True, None,
        "letter of attendance; letter date above; amounts in words with numerals 'three (3)'; "
        "clinical/general split given in text; session list with presenters",
        categories={'clinical': '2', 'general': '1'})


def c12(name):
    """Employer LMS certificate (Chromium), CE hour, expiry date."""
    css = """
    body { width: 11in; height: 8.5in; padding: 0.45in; background: #f3f1ec; }
    .card { background:#fff; height: 100%; border: 1px solid #d8d2c4; position: relative; padding: 36px 60px; text-align:center; }
    .pw { position:absolute; top: 14px; right: 20px; font-size: 10px; color:#999; }
    .pw b { color:#555; }
    .org { display:flex; justify-content:center; align-items:center; gap: 12px; margin-top: 10px; }
    .org .n { font-size: 24px; font-weight:bold; color:#8a3b12; text-align:left; line-height: 1.05; }
    .org .n small { display:block; font-size: 11px; color:#8a7a6a; font-weight: normal; letter-spacing: 2px; }
    h1 { font-family:'DejaVu Serif', serif; font-weight: normal; font-size: 36px; margin: 30px 0 6px; color:#333; }
    .to { font-size: 13px; color:#777; }
    .nm { font-family:'DejaVu Serif', serif; font-size: 28px; margin: 10px 0 14px; color:#222; }
    .t { font-size: 19px; font-weight: bold; color:#8a3b12; margin: 8px auto 0; max-width: 7.4in; line-height: 1.35; }
    .cid { font-size: 11px; color:#888; margin-top: 6px; }
    .cells { display:flex; justify-content:center; gap: 0; margin-top: 34px; }
    .cell { width: 2.1in; border-top: 2px solid #8a3b12; padding-top: 8px; }
    .cell .k { font-size: 10px; letter-spacing: 2px; color:#8a7a6a; }
    .cell .v { font-size: 17px; margin-top: 4px; color:#222; }
    .ft { position:absolute; bottom: 22px; left: 60px; right: 60px; font-size: 10px; color:#999; display:flex; justify-content:space-between; }
    """
    body = """
    <div class="card">
      <div class="pw">Powered by <b>Halyard LMS</b></div>
      <div class="org"><svg width="54" height="54" viewBox="0 0 54 54"><circle cx="27" cy="27" r="25" fill="#8a3b12"/>
      <path d="M27 9 C 35 20, 38 28, 27 44 C 16 28, 19 20, 27 9 Z" fill="#f6b26b"/><path d="M27 24 C 31 30, 31 35, 27 41 C 23 35, 23 30, 27 24 Z" fill="#fff3e0"/></svg>
      <div class="n">Ember Bay<br>Medical Group<small>LEARNING &amp; DEVELOPMENT</small></div></div>
      <h1>Certificate of Completion</h1>
      <div class="to">This is to certify that</div>
      <div class="nm">Callum Teague</div>
      <div class="to">has completed</div>
      <div class="t">Annual Mandatory Training: Fire Safety, RACE/PASS and Emergency Codes</div>
      <div class="cid">Course ID EBMG-MAND-014 &middot; Assigned by: Clinic Operations</div>
      <div class="cells">
        <div class="cell"><div class="k">COMPLETED</div><div class="v">Mar 27, 2023</div></div>
        <div class="cell"><div class="k">CREDIT</div><div class="v">1.0 CE Hour</div></div>
        <div class="cell"><div class="k">EXPIRES</div><div class="v">Mar 27, 2024</div></div>
      </div>
      <div class="ft"><span>Certificate #HL-5531-90817</span><span>Ember Bay Medical Group &middot; 77 Lantern Quay, Ember Bay</span></div>
    </div>
    """
    chromium_pdf((css, body), HERE / name, 'letter landscape', '20230327161200')
    add(name, 'pdf', 'Annual Mandatory Training: Fire Safety, RACE/PASS and Emergency Codes',
        'Ember Bay Medical Group', '2023-03-27', '1.0', 'contact_hours', False, None,
        "employer LMS certificate; 'Powered by Halyard LMS'; provider name split over two logo lines; "
        "'1.0 CE Hour'; expiry date one year later next to completion")


def c13(name):
    """Diploma style, AMT-approved CE hours, explicitly not AAMA; date in words."""
    p = Pg(HERE / name, landscape(letter), title='Certificate', author='Pinnacle Lane')
    W, H = p.W, p.H
    maroon, gold = HexColor('#5a1420'), HexColor('#b8963e')
    p.guilloche(26, 26, W - 52, H - 52, gold, band=18, waves=70, n=4, lw=0.5, seed=1.3)
    p.rect(50, 50, W - 100, H - 100, stroke=maroon, lw=1.2)
    p.t(W / 2, H - 100, 'Pinnacle Lane Allied Health Seminars', 'Times-Bold', 20, maroon, 'c')
    p.t(W / 2, H - 118, 'Continuing Education for the Allied Health Professions', 'Times-Italic', 11, black, 'c')
    p.t(W / 2, H - 170, 'Certificate of Continuing Education', 'DVS-BI', 30, maroon, 'c')
    p.t(W / 2, H - 205, 'Be it known that', 'Times-Italic', 13, black, 'c')
    p.t(W / 2, H - 240, 'Sunniva Brandt, RMA (AMT)', 'Times-Bold', 26, black, 'c')
    p.t(W / 2, H - 270, 'has completed the seminar', 'Times-Italic', 13, black, 'c')
    p.t(W / 2, H - 302, 'Medical Law and Ethics: Scope of Practice', 'Times-Bold', 21, maroon, 'c')
    p.t(W / 2, H - 326, 'for the Medical Assistant', 'Times-Bold', 21, maroon, 'c')
    p.t(W / 2, H - 360, 'on the ninth day of November, two thousand twenty-three', 'Times-Italic', 13, black, 'c')
    p.t(W / 2, H - 384, 'and is awarded 2.0 CE hours', 'Times-Roman', 13, black, 'c')
    p.para(130, H - 410, W - 260,
           'Approved by American Medical Technologists (AMT) for 2.0 CE hours under the AMT Certification '
           'Continuation Program. This program has not been approved for AAMA CEUs.',
           'Times-Roman', 10, 12.5, HexColor('#333333'), 'c')
    p.seal(W / 2, 128, 40, maroon, 'PINNACLE LANE', 'SEMINARS', 'EST.\n2009', f='Times-Bold', sz=7)
    for i, (nm, role, sd) in enumerate([('Augustin Merriweather', 'Seminar Director', 1301),
                                         ('Lila Rosenthal-Obi, RMA', 'Program Coordinator', 1302)]):
        x = 110 if i == 0 else W - 330
        p.sig(x + 20, 118, 160, sd)
        p.line(x, 110, x + 220, 110)
        p.t(x + 110, 98, nm, 'Times-Roman', 10.5, black, 'c')
        p.t(x + 110, 86, role, 'Times-Italic', 9.5, black, 'c')
    p.t(W - 62, 60, 'Seminar No. PL-1123-ETH', 'Times-Roman', 8, HexColor('#555555'), 'r')
    p.save()
    add(name, 'pdf', 'Medical Law and Ethics: Scope of Practice for the Medical Assistant',
        'Pinnacle Lane Allied Health Seminars', '2023-11-09', '2.0', 'contact_hours', False, None,
        "diploma style; date in words 'ninth day of November, two thousand twenty-three'; AMT-approved "
        "CE hours, explicitly not AAMA; title over 2 lines; seal")


def c14(name):
    """AAMA approval pending; contact hours; day-month-year."""
    p = Pg(HERE / name, letter, title='Completion certificate', author='Graniteview Healthcare Training')
    W, H = p.W, p.H
    slate, mint = HexColor('#34495e'), HexColor('#5fb49c')
    logo_peaks(p, 60, H - 100, 54, slate, mint)
    p.t(128, H - 70, 'GRANITEVIEW', 'DV-B', 20, slate, cs=1.5)
    p.t(128, H - 88, 'HEALTHCARE TRAINING', 'DV', 11, mint, cs=2.5)
    p.rect(W - 210, H - 96, 160, 40, fill=HexColor('#fff6d6'), stroke=HexColor('#e0b84a'), lw=0.8, r=4)
    p.t(W - 130, H - 73, 'AAMA CEU status', 'DV-B', 8.5, HexColor('#8a6a00'), 'c')
    p.t(W - 130, H - 87, 'PENDING', 'DV-B', 11, HexColor('#8a6a00'), 'c')
    p.line(50, H - 124, W - 50, H - 124, HexColor('#cccccc'), 0.6)
    p.t(60, H - 170, 'Completion Certificate', 'DV-B', 26, slate)
    p.t(60, H - 200, 'Ximena Paredes-Holt', 'DV', 18, black)
    p.t(60, H - 222, 'completed the following continuing education activity:', 'DV', 10.5, HexColor('#555555'))
    y = p.para(60, H - 254, W - 120, 'Spirometry Testing: Coaching Patients for Reliable Results',
               'DV-B', 17, 22, mint)
    y -= 6
    rows = [('Completed on', '7 March 2026'), ('Format', 'Live virtual workshop with skills video review'),
            ('Instructor', 'Faye Underhill, RRT, AE-C'), ('Credit', '1.5 contact hours'),
            ('Activity code', 'GHT-SPIRO-0326')]
    for k, v in rows:
        p.t(60, y, k, 'DV-B', 10, slate)
        p.t(190, y, v, 'DV', 10, black)
        y -= 18
    y -= 10
    p.rect(56, y - 58, W - 112, 66, fill=HexColor('#f5f7f8'))
    p.para(66, y - 8, W - 132,
           'AAMA CEU approval for this program has been requested (application submitted 02/10/2026). '
           'Approval status: PENDING. If approval is granted, an updated certificate listing AAMA CEUs will be '
           'issued. Until then, this certificate documents contact hours only.', 'DV', 9.5, 13, black)
    p.sig(70, 120, 140, 1414)
    p.line(60, 112, 250, 112)
    p.t(60, 100, 'Bram Kettering, Program Manager', 'DV', 9)
    p.t(W - 60, 112, 'Issued 9 March 2026', 'DV', 9, HexColor('#555555'), 'r')
    p.t(W / 2, 40, 'Graniteview Healthcare Training \u00b7 19 Tallus Road \u00b7 Crestmoor \u00b7 graniteview-ht.example',
        'DV', 7.5, HexColor('#888888'), 'c')
    p.save()
    add(name, 'pdf', 'Spirometry Testing: Coaching Patients for Reliable Results',
        'Graniteview Healthcare Training', '2026-03-07', '1.5', 'contact_hours', False, None,
        "AAMA approval pending badge + paragraph (with submission date) -> contact hours only; "
        "'7 March 2026' vs issued 9 March; provider in letter-spaced caps over two lines")


def c15(name):
    """Elegant certificate; amount in words; date in words (2023)."""
    p = Pg(HERE / name, landscape(letter), title='Certificate of Completion', author='Hollis & Vane')
    W, H = p.W, p.H
    ink, teal = HexColor('#21313c'), HexColor('#2a7f87')
    p.rect(0, 0, W, H, fill=HexColor('#fdfdfb'))
    p.rect(0, 0, 26, H, fill=teal)
    p.rect(26, 0, 6, H, fill=HexColor('#c9a86a'))
    p.t(80, H - 80, 'HOLLIS & VANE', 'DVS-B', 18, ink, cs=3)
    p.t(80, H - 97, 'Education Services, LLC', 'DVS-I', 11, teal)
    p.t(80, H - 170, 'This is to certify that', 'DVS-I', 13, HexColor('#555555'))
    p.t(80, H - 208, 'Tobias Wendling-Marsh, CMA (AAMA)', 'DVS-B', 25, ink)
    p.t(80, H - 236, 'has completed the continuing education program', 'DVS-I', 13, HexColor('#555555'))
    p.t(80, H - 272, 'Workplace Conflict Resolution for Clinical Teams', 'DV-B', 21, teal)
    p.t(80, H - 304, 'on the twenty-first day of September, 2023', 'DVS', 13, ink)
    p.para(80, H - 340, W - 200,
           'This program has been approved for two (2) AAMA CEUs in the General category by the American '
           'Association of Medical Assistants. Delivery: live, in-person workshop.', 'DVS', 11, 15, ink)
    p.t(80, H - 392, 'Facilitator: Oriana Blackwood-Sato, MA, SHRM-CP', 'DV', 9.5, HexColor('#555555'))
    p.sig(90, 118, 150, 1515)
    p.line(80, 110, 290, 110, ink, 0.6)
    p.t(80, 98, 'Everett Vane, Managing Partner', 'DV', 9)
    p.t(80, 87, 'Hollis & Vane Education Services, LLC', 'DV', 8.5, HexColor('#666666'))
    p.seal(W - 150, 140, 50, teal, 'HOLLIS & VANE', 'EDUCATION', 'H&V', f='Times-Bold', sz=8)
    p.t(W - 60, 50, 'Record HV-23-0921-117', 'DV', 8, HexColor('#888888'), 'r')
    p.save()
    add(name, 'pdf', 'Workplace Conflict Resolution for Clinical Teams',
        'Hollis & Vane Education Services, LLC', '2023-09-21', '2', 'aama_ceu', True, 'general',
        "amount in words 'two (2) AAMA CEUs'; date 'twenty-first day of September, 2023'; provider "
        "split caps/italic lines and in signature block; facilitator")


def c16(name):
    """College noncredit CE course with weekly sessions; contact hours."""
    p = Pg(HERE / name, letter, title='Certificate', author='Otterbrook College CPE')
    W, H = p.W, p.H
    navy, red = HexColor('#0d2240'), HexColor('#a3282f')
    p.rect(36, 36, W - 72, H - 72, stroke=navy, lw=2)
    p.rect(42, 42, W - 84, H - 84, stroke=red, lw=0.6)
    logo_waves(p, W / 2 - 26, H - 112, 52, navy)
    p.t(W / 2, H - 140, 'OTTERBROOK COLLEGE', 'Times-Bold', 24, navy, 'c', cs=1.5)
    p.t(W / 2, H - 158, 'Center for Continuing & Professional Education', 'Times-Italic', 12, red, 'c')
    p.t(W / 2, H - 220, 'Certificate of Completion', 'Times-Bold', 32, navy, 'c')
    p.t(W / 2, H - 256, 'awarded to', 'Times-Italic', 12, black, 'c')
    p.t(W / 2, H - 288, 'Yolanda Pruitt', 'Times-Bold', 24, black, 'c')
    p.t(W / 2, H - 318, 'upon successful completion of the noncredit course', 'Times-Italic', 12, black, 'c')
    y = p.para(90, H - 352, W - 180, 'Phlebotomy Refresher Lab for Working Medical Assistants', 'Times-Bold', 20,
               24, navy, 'c')
    p.t(W / 2, y - 6, 'HLTH-CE 108, Section 02  \u00b7  Tuesday evenings, February 6 \u2013 February 27, 2024',
        'Times-Roman', 11, black, 'c')
    p.t(W / 2, y - 26, '12 contact hours', 'Times-Bold', 15, red, 'c')
    p.t(W / 2, y - 44, 'Instructor: Bartholomew Nakagawa, MLT, PBT', 'Times-Italic', 10.5, black, 'c')
    p.sig(100, 166, 150, 1616)
    p.line(90, 158, 290, 158)
    p.t(90, 146, 'Director, Continuing & Professional Education', 'Times-Roman', 9.5)
    p.sig(W - 280, 166, 150, 1617)
    p.line(W - 290, 158, W - 90, 158)
    p.t(W - 290, 146, 'Health Programs Coordinator', 'Times-Roman', 9.5)
    p.t(W / 2, 100, 'Date issued: March 4, 2024', 'Times-Roman', 10, black, 'c')
    p.t(W / 2, 70, 'Noncredit course. Contact hours are not academic credit and do not transfer.',
        'Times-Italic', 8.5, HexColor('#555555'), 'c')
    p.save()
    add(name, 'pdf', 'Phlebotomy Refresher Lab for Working Medical Assistants', 'Otterbrook College',
        '2024-02-27', '12', 'contact_hours', False, None,
        "college noncredit CE; weekly sessions Feb 6 - Feb 27 (last day); course/section code; "
        "issued date; centre folded into college; instructor")


def c17(name):
    """Revenue-cycle academy (Chromium), 0.5 AAMA admin, generated timestamp."""
    css = """
    body { width: 11in; height: 8.5in; position: relative; }
    .band { background:#143642; color:#fff; padding: 30px 56px 26px; display:flex; justify-content:space-between; align-items:flex-end; }
    .band .b { font-size: 25px; font-weight: bold; }
    .band .b span { color:#ec9a29; }
    .band .s { font-size: 11px; opacity:.8; text-align:right; line-height:1.5; }
    .main { padding: 40px 56px; }
    .lbl { font-size: 11px; letter-spacing: 2.5px; color:#0f8b8d; font-weight:bold; }
    .nm { font-size: 30px; margin: 8px 0 26px; }
    .tt { font-size: 25px; font-weight: bold; color:#143642; line-height: 1.25; margin-top: 8px; }
    .by { font-size: 13px; color:#555; margin-top: 8px; }
    .grid { display:flex; gap: 40px; margin-top: 34px; }
    .grid div { font-size: 12px; color:#555; }
    .grid b { display:block; font-size: 18px; color:#143642; margin-top: 4px; }
    .note { margin-top: 30px; font-size: 11.5px; color:#333; max-width: 8.6in; line-height: 1.5; }
    .ft { position:absolute; bottom: 26px; left: 56px; right: 56px; font-size: 10px; color:#888; display:flex; justify-content:space-between; border-top:1px solid #ddd; padding-top: 8px; }
    """
    body = """
    <div class="band"><div class="b">Tallowood <span>Revenue Cycle</span> Academy</div>
    <div class="s">On-demand &amp; live training for front-office teams<br>tallowood-rca.example</div></div>
    <div class="main">
    <div class="lbl">CERTIFICATE OF COMPLETION</div>
    <div class="nm">Renata Vosburgh, CMA (AAMA)</div>
    <div class="lbl">COURSE</div>
    <div class="tt">No Surprises Act: Good Faith Estimates at Check-In</div>
    <div class="by">Instructor: Marcus Delacroix-Hale, CPC, CPB &middot; Recorded webinar with knowledge check</div>
    <div class="grid">
      <div>Completed<b>Nov 4, 2025</b></div>
      <div>Credit<b>0.5 AAMA CEU (Administrative)</b></div>
      <div>Knowledge check<b>9 / 10</b></div>
    </div>
    <div class="note">This course has been approved by the American Association of Medical Assistants (AAMA) for
    0.5 administrative continuing education units. Course content reflects federal rules in effect at the time of recording.</div>
    </div>
    <div class="ft"><span>Tallowood Revenue Cycle Academy</span><span>Cert ID TRCA-7F3K-21QZ</span><span>Generated 2025-11-19 08:14 UTC</span></div>
    """
    chromium_pdf((css, body), HERE / name, 'letter landscape', '20251119081400')
    add(name, 'pdf', 'No Surprises Act: Good Faith Estimates at Check-In',
        'Tallowood Revenue Cycle Academy', '2025-11-04', '0.5', 'aama_ceu', True, 'administrative',
        "'0.5 AAMA CEU (Administrative)' in a grid cell; ISO generated timestamp two weeks later; "
        "provider name in coloured header band with mixed colours; instructor")


def c18(name):
    """Single-session certificate inside a 3-day regional conference."""
    p = Pg(HERE / name, letter, title='Session certificate', author='Seaford Bay Chapter')
    W, H = p.W, p.H
    sea, sand = HexColor('#0b5d7a'), HexColor('#e9d8a6')
    p.rect(0, H - 150, W, 150, fill=sea)
    logo_waves(p, 50, H - 110, 60, sand)
    p.t(126, H - 74, 'HARBOR LIGHTS', 'DV-B', 22, white, cs=2)
    p.t(126, H - 96, 'Regional Medical Assisting Conference', 'DV', 13, sand)
    p.t(126, H - 116, 'June 13\u201315, 2025  \u00b7  Quayside Convention Hall, Port Selden', 'DV', 10, white)
    p.t(W / 2, H - 200, 'SESSION ATTENDANCE CERTIFICATE', 'DV-B', 17, sea, 'c', cs=1)
    p.t(W / 2, H - 240, 'Imani Castellane, CMA (AAMA)', 'DVS-B', 22, black, 'c')
    p.t(W / 2, H - 264, 'attended the following session in its entirety:', 'DV', 10.5, HexColor('#555555'), 'c')
    y = p.para(80, H - 300, W - 160, 'Pediatric Growth Charts and Developmental Screening', 'DVS-B', 20, 24, sea, 'c')
    rows = [('Session', 'C-4 (Track: Clinical Skills)'), ('Presenter', 'Dr. Henrike Vasquez-Lowry, MD, FAAP'),
            ('Session date', 'Saturday, June 14, 2025  \u00b7  9:00\u201310:30 AM'),
            ('Credit', '1.5 AAMA CEUs \u00b7 Clinical')]
    y -= 14
    for k, v in rows:
        p.t(W / 2 - 10, y, k + ':', 'DV-B', 10.5, sea, 'r')
        p.t(W / 2 + 4, y, v, 'DV', 10.5)
        y -= 19
    y -= 8
    p.para(90, y, W - 180,
           'This session has been approved by the American Association of Medical Assistants for 1.5 clinical '
           'CEUs. Attendance was verified by badge scan at entry and exit. Attendees of multiple sessions '
           'receive one certificate per session.', 'DV', 9, 12, HexColor('#333333'), 'c')
    p.rect(0, 0, W, 70, fill=sand)
    p.t(50, 40, 'Hosted by the Seaford Bay Chapter of Medical Assistants', 'DV-B', 10, sea)
    p.t(50, 26, 'Conference planning partner: Brightline Events Co.  \u00b7  Exhibit hall sponsor: Norvale Medical Supply',
        'DV', 8, HexColor('#555555'))
    p.sig(W - 220, 104, 140, 1818)
    p.line(W - 230, 96, W - 50, 96)
    p.t(W - 230, 84, 'Conference CE Chair', 'DV', 9, sea)
    p.save()
    add(name, 'pdf', 'Pediatric Growth Charts and Developmental Screening',
        'Seaford Bay Chapter of Medical Assistants', '2025-06-14', '1.5', 'aama_ceu', True, 'clinical',
        "single-session certificate inside a 3-day conference (Jun 13-15): session is title, session day "
        "is date; conference name dominates header; provider only in 'Hosted by' footer; planner and "
        "exhibit sponsor named; session code")


def c19(name):
    """Device operator training (Chromium): duration only, no CE credit, valid-until."""
    css = """
    body { padding: 46px 58px; width: 8.5in; height: 11in; position: relative; font-size: 13px; }
    .hd { display:flex; justify-content:space-between; align-items:center; }
    .brand { font-size: 21px; font-weight: bold; color:#263238; letter-spacing: 1px; }
    .brand small { display:block; font-size: 10.5px; color:#00897b; letter-spacing: 3px; font-weight: normal; }
    .doc { text-align:right; font-size: 10px; color:#78909c; }
    h1 { margin: 40px 0 4px; font-size: 28px; color:#263238; }
    .h2 { color:#00897b; font-size: 14px; margin-bottom: 26px; }
    .dev { display:flex; gap: 26px; align-items:center; background:#eceff1; padding: 18px 20px; border-radius: 6px; }
    .dev .t { font-size: 18px; font-weight: bold; color:#263238; line-height: 1.3; }
    table { margin-top: 26px; border-collapse: collapse; width: 100%; }
    td { padding: 8px 4px; border-bottom: 1px solid #e0e0e0; }
    td:first-child { color:#607d8b; width: 38%; }
    .fine { margin-top: 24px; font-size: 11px; color:#455a64; line-height: 1.5; }
    .sig { margin-top: 50px; display:flex; gap: 60px; }
    .sig div { flex:1; border-top: 1px solid #263238; padding-top: 6px; font-size: 11px; }
    .ft { position:absolute; bottom: 30px; left: 58px; right: 58px; font-size: 9.5px; color:#90a4ae; }
    """
    body = """
    <div class="hd"><div class="brand">CORVANE<small>MEDICAL SYSTEMS</small></div><div class="doc">Doc. TRN-CS200-04<br>Rev C</div></div>
    <h1>Operator Training Certificate</h1>
    <div class="h2">Product training record</div>
    <div class="dev"><svg width="86" height="70" viewBox="0 0 86 70"><rect x="4" y="10" width="60" height="50" rx="8" fill="#37474f"/>
    <circle cx="24" cy="35" r="11" fill="#80cbc4"/><circle cx="46" cy="35" r="11" fill="#80cbc4"/><rect x="64" y="24" width="18" height="22" rx="3" fill="#546e7a"/></svg>
    <div class="t">ClearSight VS-200 Vision Screener:<br>Operator Training</div></div>
    <table>
      <tr><td>Trainee</td><td>Ellery Fontaine</td></tr>
      <tr><td>Facility</td><td>Brookfield Pediatrics of Amesport</td></tr>
      <tr><td>Training date</td><td>08/05/2025</td></tr>
      <tr><td>Training time</td><td>1 hr 30 min</td></tr>
      <tr><td>Trainer</td><td>Quentin Aldous, Clinical Applications Specialist</td></tr>
      <tr><td>Device serial no.</td><td>CS2-0093315</td></tr>
      <tr><td>Operator certification valid until</td><td>08/05/2027</td></tr>
    </table>
    <div class="fine">The trainee demonstrated device start-up, patient positioning, referral criteria review, data
    export and daily cleaning. This is product training only; it does not award continuing education credit of any kind.</div>
    <div class="sig"><div>Trainer signature</div><div>Trainee signature</div></div>
    <div class="ft">Corvane Medical Systems, Inc. &middot; 3300 Meridale Parkway, Ostrander &middot; corvane-med.example &middot; ClearSight is a trademark of Corvane Medical Systems, Inc.</div>
    """
    chromium_pdf((css, body), HERE / name, 'letter', '20250806090000')
    add(name, 'pdf', 'ClearSight VS-200 Vision Screener: Operator Training', 'Corvane Medical Systems, Inc.',
        '2025-08-05', '90', 'minutes', False, None,
        "device operator training; '1 hr 30 min' -> 90; explicitly no CE credit; 'valid until' two years "
        "later; customer facility named; title over 2 lines; full provider name only in footer")


def c20(name):
    """Spanish-only constancia; date in words; expedition date."""
    p = Pg(HERE / name, letter, title='Constancia', author='Centro de Educacion Continua Alameda')
    W, H = p.W, p.H
    green, gold = HexColor('#1e5b3a'), HexColor('#c59b2b')
    p.rect(30, 30, W - 60, H - 60, stroke=green, lw=3)
    p.guilloche(40, 40, W - 80, H - 80, gold, band=10, waves=140, n=2, lw=0.4)
    logo_hex(p, W / 2, H - 100, 30, green, gold)
    p.t(W / 2, H - 156, 'Centro de Educaci\u00f3n Continua Alameda', 'DVS-B', 17, green, 'c')
    p.t(W / 2, H - 174, 'Programa de Actualizaci\u00f3n para Asistentes M\u00e9dicos', 'DVS-I', 11, black, 'c')
    p.t(W / 2, H - 230, 'CONSTANCIA DE PARTICIPACI\u00d3N', 'DVS-B', 24, gold, 'c', cs=1)
    p.t(W / 2, H - 266, 'Se otorga la presente a', 'DVS-I', 12.5, black, 'c')
    p.t(W / 2, H - 300, 'Guadalupe Arriaga Montes', 'DVS-B', 22, black, 'c')
    p.t(W / 2, H - 330, 'por su participaci\u00f3n en el curso', 'DVS-I', 12.5, black, 'c')
    y = p.para(90, H - 366, W - 180, 'Comunicaci\u00f3n con el Paciente y Consentimiento Informado', 'DVS-B', 19,
               24, green, 'c')
    y = p.para(90, y - 8, W - 180,
               'realizado el 9 de octubre de 2024 en la Sala de Capacitaci\u00f3n Norte, con una duraci\u00f3n de '
               'tres horas.', 'DVS', 12, 16, black, 'c')
    p.t(W / 2, y - 10, 'Horas de contacto: 3', 'DVS-B', 14, black, 'c')
    p.t(W / 2, y - 30, 'Instructora: Enf. Rosal\u00eda Quintero Baeza', 'DVS-I', 10.5, black, 'c')
    p.sig(110, 170, 150, 2020)
    p.line(100, 162, 290, 162)
    p.t(195, 150, 'Dr. Tadeo Villaurrutia', 'DVS', 9.5, black, 'c')
    p.t(195, 139, 'Director Acad\u00e9mico', 'DVS-I', 9, black, 'c')
    p.sig(W - 280, 170, 150, 2021)
    p.line(W - 290, 162, W - 100, 162)
    p.t(W - 195, 150, 'Lic. Marisa Echeverr\u00eda', 'DVS', 9.5, black, 'c')
    p.t(W - 195, 139, 'Coordinaci\u00f3n de Educaci\u00f3n Continua', 'DVS-I', 9, black, 'c')
    p.t(W / 2, 96, 'Expedido el 18 de octubre de 2024', 'DVS', 10, black, 'c')
    p.t(W / 2, 80, 'Registro CECA-2024-1187', 'DVS', 8.5, HexColor('#555555'), 'c')
    p.save()
    add(name, 'pdf', 'Comunicación con el Paciente y Consentimiento Informado',
        'Centro de Educación Continua Alameda', '2024-10-09', '3', 'contact_hours', False, None,
        "Spanish only; 'realizado el 9 de octubre de 2024'; 'Expedido el 18 de octubre'; duration "
        "also in words ('tres horas'); 'Horas de contacto: 3'")


def c21(name):
    """CE library certificate; course release / credit-available-through dates."""
    p = Pg(HERE / name, landscape(letter), title='Certificate', creator='LearnLoop certificate engine')
    W, H = p.W, p.H
    indigo, coral = HexColor('#2b2d6e'), HexColor('#e85d75')
    p.rect(0, 0, W, H, fill=HexColor('#f7f7fb'))
    p.rect(40, 40, W - 80, H - 80, fill=white, stroke=HexColor('#dcdcea'), lw=1)
    p.rect(40, H - 48, W - 80, 8, fill=indigo)
    logo_book(p, 92, H - 112, 40, coral)
    p.t(126, H - 92, 'Brookhaven CE Library, Inc.', 'DV-B', 16, indigo)
    p.t(126, H - 108, 'Clinical and administrative CE for medical assistants', 'DV', 9, HexColor('#666666'))
    p.t(W - 70, H - 92, 'delivered through', 'DV', 7.5, HexColor('#999999'), 'r')
    p.t(W - 70, H - 106, 'LearnLoop', 'DV-B', 14, HexColor('#7a7a9a'), 'r')
    p.t(W / 2, H - 170, 'Certificate of Completion', 'DVS-B', 30, indigo, 'c')
    p.t(W / 2, H - 204, 'Shira Kessling, CMA (AAMA)', 'DVS-I', 22, black, 'c')
    p.t(W / 2, H - 228, 'has completed the self-study course', 'DV', 11, HexColor('#555555'), 'c')
    p.t(W / 2, H - 258, 'Anaphylaxis Recognition and Epinephrine', 'DV-B', 19, coral, 'c')
    p.t(W / 2, H - 282, 'Auto-Injector Use in the Clinic', 'DV-B', 19, coral, 'c')
    p.t(W / 2, H - 304, 'Author: Perpetua Onwuachi, PA-C  \u00b7  Course BCL-2601-ANA', 'DV', 9.5,
        HexColor('#666666'), 'c')
    items = [('Completion date', 'February 14, 2026'), ('AAMA CEUs', '1.0 (Clinical)'),
             ('Post-test', 'Passed, 90%')]
    for i, (k, v) in enumerate(items):
        x = 170 + i * 170
        p.t(x + 60, H - 350, k, 'DV', 9, HexColor('#777777'), 'c')
        p.t(x + 60, H - 370, v, 'DV-B', 13, indigo, 'c')
    p.para(110, H - 408, W - 220,
           'This course has been approved by the American Association of Medical Assistants (AAMA) for '
           '1.0 clinical continuing education unit. Course released January 2026; credit available through '
           'December 31, 2027.', 'DV', 9, 12, HexColor('#333333'), 'c')
    p.sig(110, 110, 140, 2121)
    p.line(100, 102, 290, 102)
    p.t(100, 90, 'Juno Abernathy-Castro, Director of Accreditation', 'DV', 8.5)
    p.t(W - 100, 102, 'Brookhaven CE Library, Inc. \u00b7 PO Box 4476, Wexmouth', 'DV', 8, HexColor('#777777'), 'r')
    p.t(W - 100, 90, 'Certificate BCL-0214-66281', 'DV', 8, HexColor('#777777'), 'r')
    p.save()
    add(name, 'pdf', 'Anaphylaxis Recognition and Epinephrine Auto-Injector Use in the Clinic',
        'Brookhaven CE Library, Inc.', '2026-02-14', '1.0', 'aama_ceu', True, 'clinical',
        "CE library; 'delivered through LearnLoop' platform; title over 2 lines; release month and "
        "'credit available through' date; author named; course code")


def c22(name):
    """District society workshop, admin/general split, landscape."""
    p = Pg(HERE / name, landscape(letter), title='Workshop certificate', author='Riverbend District MAS')
    W, H = p.W, p.H
    forest, rust = HexColor('#2d4739'), HexColor('#b4572e')
    p.rect(0, 0, W, H, fill=HexColor('#fbfaf6'))
    p.rect(20, 20, W - 40, H - 40, stroke=forest, lw=1)
    p.rect(26, 26, W - 52, H - 52, stroke=forest, lw=3)
    logo_waves(p, W / 2 - 30, H - 96, 60, rust)
    p.t(W / 2, H - 118, 'RIVERBEND DISTRICT MEDICAL ASSISTANTS SOCIETY', 'Helvetica-Bold', 14, forest, 'c', cs=1.2)
    p.t(W / 2, H - 168, 'Certificate of Attendance', 'Times-BoldItalic', 32, rust, 'c')
    p.t(W / 2, H - 202, 'Beatrix Oyelaran, CMA (AAMA)', 'Times-Bold', 24, black, 'c')
    p.t(W / 2, H - 228, 'participated in the', 'Times-Italic', 13, black, 'c')
    p.t(W / 2, H - 260, 'Fall Leadership & Skills Workshop', 'Times-Bold', 24, forest, 'c')
    p.t(W / 2, H - 284, 'Saturday, November 8, 2025  \u00b7  Riverbend Public Library, Meeting Room B', 'Times-Roman', 12.5,
        black, 'c')
    p.rect(W / 2 - 190, H - 372, 380, 68, stroke=rust, lw=0.8)
    p.t(W / 2, H - 324, 'Approved for 2.5 AAMA CEUs', 'Helvetica-Bold', 13, forest, 'c')
    p.t(W / 2, H - 344, 'Administrative: 1.0     General: 1.5', 'Helvetica', 11.5, black, 'c')
    p.t(W / 2, H - 362, 'Approved by the American Association of Medical Assistants', 'Helvetica-Oblique', 9,
        HexColor('#555555'), 'c')
    p.t(W / 2, H - 392, 'Sessions: Delegation and Scope in Team-Based Care  \u00b7  Running an Effective Huddle  '
        '\u00b7  Financial Literacy for Early-Career MAs', 'Times-Italic', 10, black, 'c')
    for i, (role, sd) in enumerate([('Society President', 2201), ('Education Committee', 2202)]):
        x = 120 + i * (W - 460)
        p.sig(x + 20, 100, 150, sd)
        p.line(x, 92, x + 220, 92)
        p.t(x + 110, 80, role, 'Times-Italic', 10, black, 'c')
    p.t(W / 2, 50, 'Light breakfast courtesy of Foxhaven Staffing Solutions', 'Helvetica', 7.5,
        HexColor('#777777'), 'c')
    p.save()
    add(name, 'pdf', 'Fall Leadership & Skills Workshop', 'Riverbend District Medical Assistants Society',
        '2025-11-08', '2.5', 'aama_ceu', True, None,
        "one-day workshop, admin/general split with total in a box; provider in letter-spaced caps; "
        "venue; session list; staffing-company sponsor",
        categories={'administrative': '1.0', 'general': '1.5'})


# =======================================================================================
# Phone photos
# =======================================================================================
def hand(p, x, y, s, sz, seed, col=HexColor('#1d3a8a'), f='DVC-I'):
    """Ball-point style filled-in text: per-word jitter and a slight slant."""
    r = rng_for(seed)
    c = p.c
    for w in s.split(' '):
        wsz = sz * r.uniform(0.95, 1.06)
        c.saveState()
        c.translate(x, y + r.uniform(-1.2, 1.2))
        c.rotate(r.uniform(-2.5, 2.5))
        c.setFillColor(col)
        c.setFont(f, wsz)
        c.drawString(0, 0, w)
        c.restoreState()
        x += pdfmetrics.stringWidth(w, f, wsz) * 1.04 + pdfmetrics.stringWidth(' ', f, sz) * r.uniform(1.1, 1.7)


def fake_qr(p, x, y, s, seed, col=black):
    r = rng_for(seed)
    n = 21
    cell = s / n
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                ii, jj = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                ring = max(abs(ii - 3), abs(jj - 3))
                on = ring != 2
            else:
                on = r.random() < 0.5
            if on:
                p.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, fill=col)


def src23():
    path = tmp_pdf('23')
    cw, ch = 3.375 * 72, 2.125 * 72
    p = Pg(path, (cw, ch), embed=True)
    red = HexColor('#c8102e')
    p.rect(0, 0, cw, ch, fill=white)
    p.rect(0, ch - 30, cw, 30, fill=HexColor('#f4f4f4'))
    p.t(10, ch - 19, 'American Red Cross', 'Helvetica-Bold', 11, red)
    p.t(cw - 10, ch - 13, 'Training Services', 'Helvetica', 6, HexColor('#555555'), 'r')
    p.t(cw - 10, ch - 22, 'Certificate', 'Helvetica', 6, HexColor('#555555'), 'r')
    p.t(10, ch - 48, 'Basic Life Support', 'Helvetica-Bold', 13, black)
    p.t(10, ch - 66, 'Marcus Jelani Price', 'Helvetica', 10, black)
    rows = [('Date Completed:', '03/11/2024'), ('Valid For:', '2 Years'), ('Expires:', '03/11/2026'),
            ('Certificate ID:', '0K7Q2-9MXR4'), ('Instructor:', 'Alana Whitcomb'),
            ('Training Provider:', 'Harborview Safety Associates')]
    y = ch - 84
    for k, v in rows:
        p.t(10, y, k, 'Helvetica', 6.2, HexColor('#444444'))
        p.t(72, y, v, 'Helvetica-Bold', 6.4, black)
        y -= 10.5
    fake_qr(p, cw - 56, 14, 46, 2323)
    p.t(cw - 33, 7, 'Scan to verify', 'Helvetica', 4.5, HexColor('#555555'), 'c')
    p.rect(0, 0, cw, 3, fill=red)
    p.save()
    return path


def c23(name):
    page = raster(src23(), 420)
    img = photo(page, 23, (1800, 1350), [(0.14, 0.17), (0.86, 0.12), (0.89, 0.80), (0.11, 0.86)],
                bg='granite', light=0.3, tint=(1.0, 0.98, 0.94), blur=0.9, noise=6,
                shadow=[([(0.55, 0.0), (1.0, 0.0), (1.0, 0.5), (0.75, 0.35)], 0.45)], out_w=1600)
    img.save(HERE / name, 'JPEG', quality=82)
    add(name, 'image', 'Basic Life Support', 'American Red Cross', '2024-03-11', '1', 'cpr_card', False,
        'clinical', "phone photo of a wallet card on a countertop; 'Date Completed' vs 'Expires'; "
                    "'Valid For: 2 Years'; training provider line is not the provider; small print; shadow")


def src24():
    path = tmp_pdf('24')
    W, H = 8.5 * 72, 5.5 * 72
    p = Pg(path, (W, H), embed=True)
    brown, sand = HexColor('#7a3e1d'), HexColor('#f1e3c8')
    p.rect(0, 0, W, H, fill=white)
    p.rect(14, 14, W - 28, H - 28, stroke=brown, lw=2)
    p.rect(14, H - 70, W - 28, 56, fill=sand)
    logo_monogram(p, 50, H - 42, 20, 'SM', brown, 'Times-Bold')
    p.t(80, H - 38, 'Sunset Mesa Chapter of Medical Assistants', 'Times-Bold', 15, brown)
    p.t(80, H - 54, 'Continuing Education Certificate', 'Times-Italic', 11, black)
    y = H - 100
    fields = [('This certifies that', 'name'), ('attended the program', 'title'), ('Date of program', 'date'),
              ('CEUs awarded', 'ceu')]
    for lab, key in fields:
        p.t(34, y, lab, 'Times-Roman', 11)
        p.line(150, y - 2, W - 40, y - 2, black, 0.5)
        y -= 30
    hand(p, 158, H - 98, 'Ruth Ann Delvecchio', 14, 2401)
    hand(p, 158, H - 128, 'Sharps Safety and Needlestick Prevention', 13.5, 2402)
    hand(p, 158, H - 158, '4/16/24', 14, 2403)
    hand(p, 158, H - 188, '1.0', 14, 2404)
    y = H - 222
    p.t(34, y, 'AAMA category:', 'Times-Roman', 11)
    for i, lab in enumerate(['Administrative', 'Clinical', 'General']):
        x = 150 + i * 110
        p.checkbox(x, y - 1, 9)
        p.t(x + 14, y, lab, 'Times-Roman', 11)
    # hand-drawn tick in the Clinical box
    c = p.c
    c.saveState()
    c.setStrokeColor(HexColor('#1d3a8a'))
    c.setLineWidth(1.6)
    c.setLineCap(1)
    c.line(261, y + 3, 265, y - 2)
    c.line(265, y - 2, 274, y + 11)
    c.restoreState()
    p.para(34, y - 26, W - 68,
           'This program has been approved by the American Association of Medical Assistants (AAMA) for the '
           'number of CEUs and category indicated above.  AAMA approval #: ________', 'Times-Roman', 9.5, 12)
    hand(p, 400, y - 38, 'SMC-0424', 11, 2405)
    p.line(W - 230, 44, W - 40, 44, black, 0.5)
    p.sig(W - 215, 50, 130, 2406, HexColor('#1d3a8a'))
    p.t(W - 230, 32, 'Chapter CE Chair', 'Times-Italic', 9.5)
    p.t(34, 32, 'Form SMC-CE1 (rev. 2022)', 'Times-Roman', 7.5, HexColor('#666666'))
    p.save()
    return path


def c24(name):
    page = raster(src24(), 200)

    def clip(img, dr, W, H):
        cx = W * 0.5
        dr.rounded_rectangle([cx - 190, 40, cx + 190, 150], 18, fill=(168, 170, 174), outline=(110, 110, 115), width=3)
        dr.rounded_rectangle([cx - 120, 10, cx + 120, 70], 14, fill=(190, 192, 196), outline=(120, 120, 125), width=3)
        dr.ellipse([cx - 16, 24, cx + 16, 56], fill=(120, 96, 60))

    img = photo(page, 24, (2000, 1500), [(0.08, 0.08), (0.93, 0.10), (0.95, 0.90), (0.05, 0.87)],
                bg='clipboard', light=0.4, tint=(1.0, 0.96, 0.86), blur=1.0, noise=5,
                out_w=1700, extra=clip, glare=(0.7, 0.3, 0.18, 0.12))
    img.save(HERE / name, 'JPEG', quality=80)
    add(name, 'image', 'Sharps Safety and Needlestick Prevention', 'Sunset Mesa Chapter of Medical Assistants',
        '2024-04-16', '1.0', 'aama_ceu', True, 'clinical',
        "phone photo of a fill-in chapter form on a clipboard; title, date '4/16/24', CEUs and approval "
        "number hand-written; category by hand-ticked checkbox; glare")


def src25():
    path = tmp_pdf('25')
    p = Pg(path, letter, embed=True)
    W, H = p.W, p.H
    blue = HexColor('#1f4e79')
    logo_monogram(p, 80, H - 80, 30, '\u2020', blue, 'DVS-B')
    p.t(124, H - 72, 'Saint Aurelia Medical Center', 'DVS-B', 19, blue)
    p.t(124, H - 90, 'Nursing Professional Development  \u00b7  Ambulatory Education', 'DV', 10, black)
    p.line(50, H - 118, W - 50, H - 118, blue, 2)
    p.t(W / 2, H - 170, 'Certificate of Attendance', 'DVS-B', 28, black, 'c')
    p.t(W / 2, H - 204, 'In-Service Education', 'DV', 12, HexColor('#555555'), 'c')
    p.t(W / 2, H - 252, 'Tomasz Wierzbicki', 'DVS-I', 24, black, 'c')
    p.t(W / 2, H - 280, 'attended the in-service', 'DV', 12, black, 'c')
    y = p.para(80, H - 318, W - 160, 'Fall Prevention in the Clinic: The Timed Up and Go Test', 'DV-B', 19, 24,
               blue, 'c')
    p.t(W / 2, y - 8, 'Date: October 19, 2023', 'DV', 13, black, 'c')
    p.t(W / 2, y - 30, 'Location: Outpatient Pavilion, Conference Room 3', 'DV', 11, black, 'c')
    p.t(W / 2, y - 64, '1.0 contact hour', 'DV-B', 15, black, 'c')
    p.para(90, y - 92, W - 180, 'Presenter: Greer Hallorann, PT, DPT. Attendance is recorded in the employee '
           'education file. This in-service was not submitted for AAMA CEU approval.', 'DV', 9.5, 13,
           HexColor('#333333'), 'c')
    p.sig(90, 130, 150, 2501)
    p.line(80, 122, 280, 122)
    p.t(80, 110, 'Nurse Educator', 'DV', 9.5)
    p.t(W - 80, 122, 'Form NPD-14', 'DV', 8, HexColor('#777777'), 'r')
    p.save()
    return path


def c25(name):
    page = raster(src25(), 130)
    img = photo(page, 25, (1500, 1900), [(0.12, 0.06), (0.90, 0.09), (0.95, 0.95), (0.04, 0.92)],
                bg='desk', light=0.45, tint=(0.97, 0.99, 1.0), blur=0.7, noise=4,
                shadow=[([(0.0, 0.62), (0.42, 0.75), (0.5, 1.0), (0.0, 1.0)], 0.55)], out_w=1100)
    img.save(HERE / name, 'PNG', optimize=False, compress_level=6)
    add(name, 'image', 'Fall Prevention in the Clinic: The Timed Up and Go Test', 'Saint Aurelia Medical Center',
        '2023-10-19', '1.0', 'contact_hours', False, None,
        "phone photo (PNG) with hand shadow bottom-left; hospital in-service; department folded into "
        "medical center; '1.0 contact hour'; not submitted for AAMA")


def src26():
    path = tmp_pdf('26')
    p = Pg(path, landscape(letter), embed=True)
    W, H = p.W, p.H
    navy, lime = HexColor('#22304a'), HexColor('#8cc63f')
    p.rect(0, 0, W, H, fill=white)
    p.rect(0, H - 90, W, 90, fill=navy)
    p.c.setFillColor(lime)
    p.c.circle(64, H - 45, 24, fill=1, stroke=0)
    p.t(64, H - 53, 'L', 'DV-B', 24, navy, 'c')
    p.t(100, H - 42, 'LANTERNFIELD', 'DV-B', 22, white)
    p.t(100, H - 62, 'CAREER ACADEMY', 'DV', 12, lime, cs=3)
    p.t(W / 2, H - 150, 'Certificate of Completion', 'DV-B', 30, navy, 'c')
    p.t(W / 2, H - 190, 'Kiana Halvorsen', 'DVS-BI', 26, black, 'c')
    p.t(W / 2, H - 218, 'has completed the course', 'DV', 12, HexColor('#555555'), 'c')
    p.t(W / 2, H - 254, 'Medical Billing Essentials: Modifiers 25 and 59', 'DV-B', 20, navy, 'c')
    for i, (k, v) in enumerate([('Completion date', '12-Jun-2025'), ('NHA CE credits', '2.0'),
                                ('Course #', 'LCA-BIL-0311')]):
        x = 150 + i * 170
        p.t(x + 80, H - 310, k, 'DV', 10, HexColor('#777777'), 'c')
        p.t(x + 80, H - 334, v, 'DV-B', 17, black, 'c')
    p.para(110, H - 376, W - 220,
           'Lanternfield Career Academy is an approved provider of continuing education credits through the '
           'National Healthcareer Association (NHA). Credits are reported to NHA within 10 business days.',
           'DV', 10, 13, HexColor('#333333'), 'c')
    p.sig(110, 84, 150, 2601)
    p.line(100, 76, 300, 76)
    p.t(100, 64, 'Academic Director', 'DV', 9)
    p.t(W - 90, 76, 'Printed 15-Jun-2025', 'DV', 9, HexColor('#777777'), 'r')
    p.save()
    return path


def c26(name):
    page = raster(src26(), 110)
    img = photo(page, 26, (1400, 1100), [(0.07, 0.14), (0.95, 0.06), (0.93, 0.92), (0.09, 0.84)],
                bg='wood', light=0.35, tint=(1.0, 0.94, 0.82), blur=1.3, noise=7, out_w=900)
    img.save(HERE / name, 'JPEG', quality=68)
    add(name, 'image', 'Medical Billing Essentials: Modifiers 25 and 59', 'Lanternfield Career Academy',
        '2025-06-12', '2.0', 'nha_credit', False, None,
        "low-resolution phone photo (900 px), warm light, blur; '12-Jun-2025' vs 'Printed 15-Jun-2025'; "
        "NHA CE credits; provider as two-line logo")


def src27():
    path = tmp_pdf('27')
    p = Pg(path, letter, embed=True)
    W, H = p.W, p.H
    red, grey = HexColor('#9b2335'), HexColor('#3b3b3b')
    p.rect(40, 40, W - 80, H - 80, stroke=grey, lw=1)
    p.rect(40, H - 160, 10, 120, fill=red)
    p.t(66, H - 80, 'Crestline Safety Training Group', 'DV-B', 18, grey)
    p.t(66, H - 98, 'Infection Prevention  \u00b7  Workplace Safety  \u00b7  Compliance', 'DV', 9.5, red)
    p.t(66, H - 124, 'IACET Accredited Provider', 'DV-B', 9, grey)
    p.t(66, H - 210, 'CERTIFICATE', 'DV-B', 34, grey)
    p.t(66, H - 232, 'of continuing education', 'DVS-I', 14, red)
    p.t(66, H - 280, 'Amara Trevino-Ng', 'DVS-B', 22, black)
    p.t(66, H - 300, 'successfully completed', 'DV', 11, HexColor('#555555'))
    y = p.para(66, H - 330, W - 150, 'Hand Hygiene Compliance Audits in Ambulatory Care', 'DV-B', 18, 22, red)
    y -= 10
    for k, v in [('Completed', '2024-01-30'), ('Credit', '0.1 IACET CEU (1.0 contact hour)'),
                 ('Format', 'Instructor-led webinar'), ('Issued', '2024-02-02')]:
        p.t(66, y, k, 'DV-B', 11, grey)
        p.t(170, y, v, 'DV', 11)
        y -= 20
    p.para(66, y - 10, W - 150,
           'Crestline Safety Training Group is accredited by the International Accreditors for Continuing '
           'Education and Training (IACET) and is authorized to issue the IACET CEU.', 'DV', 9, 12,
           HexColor('#444444'))
    p.sig(76, 118, 150, 2701)
    p.line(66, 110, 266, 110)
    p.t(66, 98, 'Training Manager', 'DV', 9)
    p.save()
    return path


def c27(name):
    page = raster(src27(), 140)
    img = photo(page, 27, (1500, 1900), [(0.16, 0.10), (0.87, 0.05), (0.92, 0.90), (0.10, 0.95)],
                bg='fabric', light=0.3, tint=(0.96, 0.98, 1.0), blur=0.8, noise=5, out_w=1300)
    img.save(HERE / name, 'JPEG', quality=84)
    add(name, 'image', 'Hand Hygiene Compliance Audits in Ambulatory Care', 'Crestline Safety Training Group',
        '2024-01-30', '0.1', 'iacet_ceu', False, None,
        "phone photo on fabric, rotated; ISO dates completed vs issued; IACET CEU with contact-hour "
        "equivalent")


def src28():
    path = tmp_pdf('28')
    p = Pg(path, landscape(letter), embed=True)
    W, H = p.W, p.H
    pine, gold = HexColor('#1b4332'), HexColor('#b7950b')
    p.rect(0, 0, W, H, fill=HexColor('#fbfbf5'))
    p.rect(18, 18, W - 36, H - 36, stroke=pine, lw=4)
    logo_tree(p, 80, H - 110, 60, pine)
    logo_tree(p, 108, H - 104, 44, HexColor('#40916c'))
    p.t(140, H - 72, 'Cascadia Pines State Society', 'Times-Bold', 19, pine)
    p.t(140, H - 92, 'of Medical Assistants', 'Times-Bold', 19, pine)
    p.t(W / 2, H - 150, 'Certificate of Attendance', 'Times-BoldItalic', 30, gold, 'c')
    p.t(W / 2, H - 184, 'Leilani Brookshire, CMA (AAMA)', 'Times-Bold', 22, black, 'c')
    p.t(W / 2, H - 206, 'attended the', 'Times-Italic', 12, black, 'c')
    p.t(W / 2, H - 234, '2023 Annual Educational Conference', 'Times-Bold', 21, pine, 'c')
    p.t(W / 2, H - 256, 'September 22\u201323, 2023  \u00b7  Alder Shores Resort, Kettle Cove', 'Times-Roman', 12, black, 'c')
    tx = W / 2 - 150
    ty = H - 290
    p.t(tx, ty, 'AAMA CEUs earned', 'Times-Bold', 12, pine)
    for i, (k, v) in enumerate([('Administrative', '1.0'), ('Clinical', '2.5'), ('General', '1.5'),
                                ('Total', '5.0')]):
        yy = ty - 20 - i * 17
        f = 'Times-Bold' if k == 'Total' else 'Times-Roman'
        p.t(tx + 10, yy, k, f, 12)
        p.t(tx + 210, yy, v, f, 12, black, 'r')
        if k == 'Total':
            p.line(tx + 8, yy + 13, tx + 210, yy + 13, black, 0.6)
        else:
            p.line(tx + 14 + p.width(k, f, 12), yy + 2, tx + 190, yy + 2, HexColor('#777777'), 0.6, (1, 2))
    p.para(90, ty - 104, W - 180,
           'The sessions listed on the attendee\u2019s CE log were approved by the American Association of '
           'Medical Assistants (AAMA) for the CEUs shown above.', 'Times-Italic', 10, 12, black, 'c')
    p.seal(W - 120, 100, 44, gold, 'CASCADIA PINES', 'SSMA', '2023', f='Times-Bold', sz=7)
    p.sig(90, 92, 150, 2801)
    p.line(80, 84, 290, 84)
    p.t(80, 72, 'Conference Chair', 'Times-Italic', 10)
    p.t(340, 72, 'Issued 10/02/2023', 'Times-Roman', 9, HexColor('#555555'))
    p.save()
    return path


def c28(name):
    page = raster(src28(), 150)
    img = photo(page, 28, (2000, 1560), [(0.06, 0.12), (0.94, 0.07), (0.97, 0.88), (0.04, 0.93)],
                bg='wood', light=0.3, tint=(1.0, 0.97, 0.9), blur=0.9, noise=5, out_w=1800,
                glare=(0.35, 0.4, 0.12, 0.22))
    img.save(HERE / name, 'JPEG', quality=86)
    add(name, 'image', '2023 Annual Educational Conference', 'Cascadia Pines State Society of Medical Assistants',
        '2023-09-23', '5.0', 'aama_ceu', True, None,
        "phone photo with glare patch; two-day conference (last day); 3-way split with total; venue; "
        "issued date; provider over two logo lines", categories={'administrative': '1.0', 'clinical': '2.5',
                                                                 'general': '1.5'})


def src29():
    path = tmp_pdf('29')
    p = Pg(path, landscape(letter), embed=True)
    W, H = p.W, p.H
    violet, teal = HexColor('#5b3f8c'), HexColor('#1a9c95')
    p.rect(0, 0, W, H, fill=white)
    for i in range(12):
        p.c.setFillColor(Color(0.36, 0.25, 0.55, alpha=0.06 + 0.01 * i))
        p.c.circle(W - 40, H - 40, 230 - i * 16, fill=1, stroke=0)
    p.t(60, H - 70, 'MERIDIAN', 'DV-B', 24, violet, cs=4)
    p.t(60, H - 88, 'Front Office Academy', 'DV', 13, teal)
    p.t(60, H - 160, 'Certificate of Attendance', 'DV-B', 28, black)
    p.t(60, H - 190, 'Odessa Marchetti, CMA (AAMA)', 'DVS', 20, black)
    p.t(60, H - 214, 'attended the live webinar', 'DV', 11, HexColor('#555555'))
    p.t(60, H - 244, 'Insurance Verification and Eligibility Checks', 'DV-B', 19, violet)
    p.t(60, H - 266, 'Before the Visit', 'DV-B', 19, violet)
    p.t(60, H - 300, 'Webinar date: 7/23/2025', 'DV', 12)
    p.t(60, H - 318, 'Speaker: Lionel Strathmore, CPB, CRCS', 'DV', 11, HexColor('#444444'))
    p.rect(60, H - 380, 420, 40, fill=HexColor('#efeaf7'))
    p.t(72, H - 358, 'This program is approved for 1 AAMA CEU (Admin.)', 'DV-B', 12, violet)
    p.t(72, H - 372, 'American Association of Medical Assistants', 'DV', 8.5, HexColor('#555555'))
    p.sig(70, 98, 140, 2901)
    p.line(60, 90, 260, 90)
    p.t(60, 78, 'Program Director, Meridian Front Office Academy', 'DV', 8.5)
    p.t(W - 60, 78, 'Certificate emailed 7/28/2025', 'DV', 8.5, HexColor('#777777'), 'r')
    p.save()
    return path


def c29(name):
    page = raster(src29(), 150)
    img = photo(page, 29, (2000, 1560), [(0.05, 0.07), (0.95, 0.11), (0.92, 0.94), (0.08, 0.90)],
                bg='desk', light=0.25, blur=0.8, noise=5, out_w=1700,
                shadow=[([(0.0, 0.0), (0.62, 0.0), (0.48, 0.45), (0.0, 0.58)], 0.5)])
    img.save(HERE / name, 'JPEG', quality=83)
    add(name, 'image', 'Insurance Verification and Eligibility Checks Before the Visit',
        'Meridian Front Office Academy', '2025-07-23', '1', 'aama_ceu', True, 'administrative',
        "phone photo with a large phone/hand shadow over the top-left; '1 AAMA CEU (Admin.)'; title over 2 "
        "lines; emailed date; provider as two-line logo (letter-spaced caps)")


def src30():
    path = tmp_pdf('30')
    p = Pg(path, letter, embed=True)
    W, H = p.W, p.H
    rojo, azul = HexColor('#a4161a'), HexColor('#14213d')
    p.rect(30, 30, W - 60, H - 60, stroke=rojo, lw=1.5)
    p.rect(36, 36, W - 72, H - 72, stroke=azul, lw=0.6)
    logo_pulse(p, W / 2 - 40, H - 92, 80, rojo, 3)
    p.t(W / 2, H - 130, 'Asociaci\u00f3n de Asistentes M\u00e9dicos de R\u00edo Claro', 'DVS-B', 15, azul, 'c')
    p.t(W / 2, H - 190, 'Certificado de Asistencia', 'DVS-BI', 28, rojo, 'c')
    p.t(W / 2, H - 230, 'Otorgado a', 'DVS-I', 12, black, 'c')
    p.t(W / 2, H - 262, 'Roc\u00edo Benavides Luna', 'DVS-B', 22, black, 'c')
    p.t(W / 2, H - 292, 'por haber asistido al', 'DVS-I', 12, black, 'c')
    p.t(W / 2, H - 326, 'Taller de Primeros Auxilios Pedi\u00e1tricos', 'DVS-B', 20, azul, 'c')
    p.t(W / 2, H - 352, 'celebrado los d\u00edas 21 y 22 de febrero de 2026', 'DVS', 12.5, black, 'c')
    p.t(W / 2, H - 372, 'Sal\u00f3n Comunitario San Rafael', 'DVS', 11, HexColor('#444444'), 'c')
    p.t(W / 2, H - 410, 'Horas de contacto: 6', 'DVS-B', 15, black, 'c')
    p.para(90, H - 440, W - 180, 'Este taller no fue sometido para aprobaci\u00f3n de CEU de la AAMA.',
           'DVS-I', 9.5, 12, HexColor('#555555'), 'c')
    p.sig(100, 150, 150, 3001)
    p.line(90, 142, 290, 142)
    p.t(190, 130, 'Presidenta', 'DVS-I', 10, black, 'c')
    p.sig(W - 280, 150, 150, 3002)
    p.line(W - 290, 142, W - 90, 142)
    p.t(W - 190, 130, 'Secretaria de Educaci\u00f3n', 'DVS-I', 10, black, 'c')
    p.t(W / 2, 80, 'Fecha de emisi\u00f3n: 2 de marzo de 2026', 'DVS', 9.5, black, 'c')
    p.save()
    return path


def c30(name):
    page = raster(src30(), 140)
    img = photo(page, 30, (1500, 1950), [(0.08, 0.07), (0.92, 0.05), (0.94, 0.93), (0.06, 0.96)],
                bg='cloth', light=0.35, tint=(1.0, 0.97, 0.92), blur=1.0, noise=5, out_w=1400)
    img.save(HERE / name, 'JPEG', quality=85)
    add(name, 'image', 'Taller de Primeros Auxilios Pediátricos', 'Asociación de Asistentes Médicos de Río Claro',
        '2026-02-22', '6', 'contact_hours', False, None,
        "Spanish-only phone photo; two-day workshop 'los días 21 y 22 de febrero de 2026' (last day); issue "
        "date in words; 'Horas de contacto: 6'; not submitted for AAMA")


def src31():
    path = tmp_pdf('31')
    css = """
    body { padding: 30px 40px; font-size: 12.5px; }
    .bar { background:#0057b8; color:#fff; padding: 10px 16px; display:flex; justify-content:space-between; font-size: 13px; }
    .bar b { font-size: 16px; }
    .crumb { color:#666; font-size: 11px; margin: 10px 0 18px; }
    h2 { margin: 0 0 4px; font-size: 20px; color:#0b2d57; }
    .st { display:inline-block; background:#e3f3e7; color:#1c7c3a; font-weight:bold; padding: 3px 10px; border-radius: 10px; font-size: 11.5px; }
    table { width:100%; border-collapse: collapse; margin-top: 18px; }
    td { padding: 7px 6px; border-bottom: 1px solid #e4e4e4; }
    td:first-child { color:#666; width: 34%; }
    .note { margin-top: 18px; font-size: 11.5px; color:#444; }
    .url { position:absolute; bottom: 18px; left: 40px; right: 40px; font-size: 9px; color:#777; display:flex; justify-content:space-between; }
    """
    body = """
    <div class="bar"><b>Westbrook Family Health Centers</b><span>MyLearning &middot; J. Etheridge &#9662;</span></div>
    <div class="crumb">Home &rsaquo; My Transcript &rsaquo; Course details</div>
    <h2>Workplace Violence Prevention: De-escalation Basics</h2>
    <span class="st">&#10003; Completed</span>
    <table>
      <tr><td>Learner</td><td>Jamal Etheridge, Medical Assistant</td></tr>
      <tr><td>Course number</td><td>WFHC-SAF-220</td></tr>
      <tr><td>Owner</td><td>Westbrook Family Health Centers &ndash; Safety &amp; Security Office</td></tr>
      <tr><td>Completed</td><td>09/09/2025</td></tr>
      <tr><td>Time spent</td><td>25 minutes</td></tr>
      <tr><td>Credits</td><td>No CE credit</td></tr>
      <tr><td>Assigned by</td><td>Annual safety curriculum (due 09/30/2025)</td></tr>
      <tr><td>Re-take required by</td><td>09/30/2026</td></tr>
    </table>
    <div class="note">Print this page for your records. Questions about required training: contact your site manager.</div>
    <div class="url"><span>https://learn.westbrook-fhc.example/transcript/course/88213</span><span>9/12/25, 7:48 AM</span></div>
    """
    chromium_pdf((css, body), path, 'letter', '20250912074800')
    return path


def c31(name):
    page = raster(src31(), 130)
    img = photo(page, 31, (1500, 1900), [(0.10, 0.08), (0.93, 0.04), (0.90, 0.92), (0.07, 0.96)],
                bg='desk', light=0.5, tint=(0.98, 1.0, 1.0), blur=1.1, noise=6, out_w=1150,
                shadow=[([(0.6, 0.7), (1.0, 0.55), (1.0, 1.0), (0.7, 1.0)], 0.5)])
    img.save(HERE / name, 'PNG', optimize=False, compress_level=6)
    add(name, 'image', 'Workplace Violence Prevention: De-escalation Basics', 'Westbrook Family Health Centers',
        '2025-09-09', '25', 'minutes', False, None,
        "phone photo (PNG) of a printed LMS page; browser print date/URL footer; 'Time spent: 25 minutes', "
        "'No CE credit'; due/re-take dates; office folded into the health centers")


def src32():
    path = tmp_pdf('32')
    p = Pg(path, landscape(letter), embed=True)
    W, H = p.W, p.H
    teal, orange = HexColor('#006d77'), HexColor('#e29578')
    p.rect(0, 0, W, H, fill=white)
    p.rect(0, 0, W, 16, fill=teal)
    p.rect(0, H - 16, W, 16, fill=orange)
    logo_hex(p, 70, H - 70, 24, teal, orange)
    p.t(104, H - 66, 'Aldermoor Biologics, Inc.', 'DV-B', 17, teal)
    p.t(104, H - 82, 'Vaccines  \u00b7  Immunology', 'DV', 9.5, HexColor('#666666'))
    p.t(W / 2, H - 150, 'Certificate of Participation', 'DVS-B', 28, black, 'c')
    p.t(W / 2, H - 180, 'Lunch & Learn Education Program', 'DV', 12, orange, 'c')
    p.t(W / 2, H - 220, 'Penelope Stroud', 'DVS-I', 24, black, 'c')
    p.t(W / 2, H - 246, 'participated in', 'DV', 11, HexColor('#555555'), 'c')
    p.t(W / 2, H - 278, 'RSV Immunization Storage and Handling for Office Staff', 'DV-B', 19, teal, 'c')
    p.t(W / 2, H - 304, 'March 5, 2025  \u00b7  Maple Terrace Family Practice', 'DV', 12, black, 'c')
    p.t(W / 2, H - 322, 'Presented by Gideon Farrow, Senior Vaccine Account Specialist', 'DV', 10, HexColor('#555555'), 'c')
    p.para(120, H - 360, W - 240,
           'This is a promotional educational program. No continuing education credit is offered. Meals '
           'provided are reportable under federal transparency requirements.', 'DV', 9, 12, HexColor('#555555'), 'c')
    p.t(W - 40, 30, 'ALD-US-RSV-00417  03/2025', 'DV', 7.5, HexColor('#777777'), 'r')
    p.save()
    return path


def c32(name):
    page = raster(src32(), 150)
    img = photo(page, 32, (2000, 1560), [(0.09, 0.15), (0.90, 0.09), (0.95, 0.85), (0.04, 0.90)],
                bg='granite', light=0.35, tint=(1.0, 0.96, 0.88), blur=1.6, noise=6, out_w=1600,
                vignette=0.4)
    img.save(HERE / name, 'JPEG', quality=78)
    add(name, 'image', 'RSV Immunization Storage and Handling for Office Staff', 'Aldermoor Biologics, Inc.',
        '2025-03-05', None, None, False, None,
        "blurry phone photo; pharma lunch-and-learn, explicitly no CE credit; practice named; job code "
        "with month; presenter")


# =======================================================================================
# Scans: copier / grey flatbed / 1-bit fax
# =======================================================================================
def src33():
    path = tmp_pdf('33')
    p = Pg(path, letter, embed=True)
    W, H = p.W, p.H
    p.t(W / 2, H - 60, 'QUARRY HILL TECHNICAL COLLEGE', 'Times-Bold', 18, black, 'c')
    p.t(W / 2, H - 77, 'Records & Registration  \u2022  500 Slate Quarry Road, Brennerton', 'Times-Roman', 10, black, 'c')
    p.t(W / 2, H - 108, 'STUDENT ACADEMIC HISTORY (EXCERPT)', 'Helvetica-Bold', 12, black, 'c')
    p.t(W / 2, H - 122, 'Unofficial \u2014 issued to student', 'Helvetica-Oblique', 9, black, 'c')
    y = H - 160
    for k, v in [('Name', 'Daniela Kowalczyk'), ('ID', '881-20-4471'), ('Program', 'Medical Office Specialist, Certificate'),
                 ('Status', 'Part-time')]:
        p.t(60, y, k, 'Helvetica-Bold', 10)
        p.t(150, y, v, 'Helvetica', 10)
        y -= 15
    y -= 16
    p.rect(50, y - 6, W - 100, 20, fill=HexColor('#dddddd'))
    p.t(58, y, 'FALL 2023    Term begins 08/21/2023    Term ends 12/15/2023', 'Helvetica-Bold', 10)
    y -= 26
    cols = [58, 150, 420, 480]
    for cx, hd in zip(cols, ['Subject/No.', 'Course Title', 'Credits', 'Grade']):
        p.t(cx, y, hd, 'Helvetica-Bold', 9.5)
    y -= 6
    p.line(50, y, W - 50, y, black, 0.6)
    y -= 15
    for cx, v in zip(cols, ['MED 120', 'Medical Office Procedures', '3.0', 'B+']):
        p.t(cx, y, v, 'Helvetica', 10)
    y -= 10
    p.line(50, y, W - 50, y, black, 0.6)
    y -= 16
    p.t(58, y, 'Term credits attempted: 3.0    Earned: 3.0    Term GPA: 3.33    Cumulative GPA: 3.41', 'Helvetica', 9.5)
    y -= 40
    p.para(58, y, W - 116, 'Credits shown are semester credit hours. This excerpt lists only the term requested. '
           'For an official transcript bearing the registrar\u2019s signature and seal, submit a transcript request.',
           'Times-Roman', 10, 13)
    p.t(58, 90, 'Date printed: 01/08/2024', 'Helvetica', 9)
    p.t(W - 58, 90, 'Requested by student via kiosk', 'Helvetica', 9, black, 'r')
    p.save()
    return path


def c33(name):
    page = raster(src33(), 200, gray=True)
    img = scan_grey(page, 33, angle=-0.6, specks=260, lid=True, blur=0.6, noise=7, paper=226,
                    ink_gamma=0.8, shift=(14, -10))
    save_image_pdf(img, HERE / name, 200, '20240109101200')
    add(name, 'scan', 'Medical Office Procedures', 'Quarry Hill Technical College', '2023-12-15', '3.0',
        'college_credit', False, None,
        "photocopy (grey, toner specks, lid shadow), image-only PDF; transcript excerpt with one course; term "
        "begin/end dates (end = completion); printed date; course code left out")


def src34():
    path = tmp_pdf('34')
    p = Pg(path, letter, embed=True)
    W, H = p.W, p.H
    p.rect(40, 40, W - 80, H - 120, stroke=black, lw=2.5)
    p.rect(48, 48, W - 96, H - 136, stroke=black, lw=0.8)
    logo_book(p, W / 2, H - 150, 50, black)
    p.t(W / 2, H - 176, 'MILLBROOK COUNTY CHAPTER', 'Times-Bold', 20, black, 'c')
    p.t(W / 2, H - 196, 'of Medical Assistants', 'Times-Italic', 15, black, 'c')
    p.t(W / 2, H - 256, 'Certificate of Attendance', 'Times-Bold', 30, black, 'c')
    p.t(W / 2, H - 296, 'Vera Lindahl, CMA (AAMA)', 'Times-Bold', 22, black, 'c')
    p.t(W / 2, H - 324, 'attended the educational program', 'Times-Italic', 14, black, 'c')
    p.t(W / 2, H - 364, 'Emotional Intelligence for the Medical Office', 'Times-Bold', 21, black, 'c')
    p.t(W / 2, H - 396, 'Meeting date: February 20, 2024', 'Times-Roman', 15, black, 'c')
    p.t(W / 2, H - 424, '2.0 AAMA CEUs \u2014 General', 'Times-Bold', 17, black, 'c')
    p.para(90, H - 456, W - 180, 'This program was approved by the American Association of Medical Assistants '
           '(AAMA) for 2.0 General CEUs. Speaker: Priscilla Vandermeer, PhD.', 'Times-Roman', 12, 15, black, 'c')
    p.sig(110, 150, 150, 3401, black, lw=1.6)
    p.line(100, 140, 290, 140, black, 1)
    p.t(100, 126, 'Chapter President', 'Times-Roman', 12)
    p.sig(W - 280, 150, 150, 3402, black, lw=1.6)
    p.line(W - 290, 140, W - 100, 140, black, 1)
    p.t(W - 290, 126, 'Education Chair', 'Times-Roman', 12)
    p.save()
    return path


def c34(name):
    page = raster(src34(), 200, gray=True)
    img = fax(page, 34, 'MAR-18-2024 09:41    FROM: MILLBROOK CO CHAPTER  555 0142    TO: 5558803    P.001/001',
              angle=0.5, fine=True, specks=260, threshold=150)
    save_image_pdf(img, HERE / name, (204, 196), '20240318094200')
    add(name, 'scan', 'Emotional Intelligence for the Medical Office', 'Millbrook County Chapter of Medical Assistants',
        '2024-02-20', '2.0', 'aama_ceu', True, 'general',
        "1-bit fax (fine), image-only PDF; fax header dated MAR-18-2024 with sender; provider over two logo "
        "lines (caps + italic); speaker")


def src35():
    path = tmp_pdf('35')
    p = Pg(path, letter, embed=True)
    W, H = p.W, p.H
    dark = HexColor('#333333')
    p.rect(0, H - 110, W, 110, fill=HexColor('#444444'))
    logo_monogram(p, 70, H - 55, 30, 'T', HexColor('#888888'), 'DVS-B')
    p.t(116, H - 50, 'Thornbury Ambulatory Care Institute', 'DV-B', 18, white)
    p.t(116, H - 70, 'Quality & Patient Safety Education', 'DV', 11, HexColor('#dddddd'))
    p.t(60, H - 170, 'Certificate of Completion', 'DVS-B', 28, dark)
    p.t(60, H - 206, 'Hyun-woo Pellegrini, CMA (AAMA)', 'DVS', 18, black)
    p.t(60, H - 230, 'has completed the continuing education activity', 'DV', 11, dark)
    y = p.para(60, H - 266, W - 120, 'Medication Reconciliation at Rooming: A Safety Checklist for Medical '
               'Assistants', 'DV-B', 18, 23, black)
    y -= 12
    for k, v in [('Date of completion', '05/21/2026'), ('Credit', '1.5 AAMA CEUs (Clinical)'),
                 ('Activity ID', 'TACI-MR-26-05'), ('Format', 'Enduring online module with case review')]:
        p.t(60, y, k + ':', 'DV-B', 11, dark)
        p.t(210, y, v, 'DV', 11)
        y -= 20
    p.para(60, y - 14, W - 120, 'This activity has been approved by the American Association of Medical '
           'Assistants (AAMA) for 1.5 clinical continuing education units.', 'DV', 10, 13, dark)
    p.sig(70, 130, 140, 3501, black)
    p.line(60, 122, 260, 122)
    p.t(60, 110, 'Director of Education', 'DV', 9.5)
    p.t(W - 60, 122, 'Certificate issued 05/28/2026', 'DV', 9.5, dark, 'r')
    p.save()
    return path


def c35(name):
    page = raster(src35(), 200, gray=True)
    img = scan_grey(page, 35, angle=0.35, specks=90, lid=True, blur=0.5, noise=4, paper=240)
    img.save(HERE / name, 'JPEG', quality=80, dpi=(200, 200))
    add(name, 'scan', 'Medication Reconciliation at Rooming: A Safety Checklist for Medical Assistants',
        'Thornbury Ambulatory Care Institute', '2026-05-21', '1.5', 'aama_ceu', True, 'clinical',
        "grey flatbed JPEG (200 dpi); title wraps; completion vs issued date a week later; activity ID; "
        "white-on-dark header band scanned grey")


def src36():
    path = tmp_pdf('36')
    p = Pg(path, letter, embed=True)
    W, H = p.W, p.H
    p.t(W / 2, H - 90, 'GREYFIELD HEALTH CAREER ACADEMY', 'Helvetica-Bold', 20, black, 'c')
    p.t(W / 2, H - 112, 'Online Continuing Education', 'Helvetica', 13, black, 'c')
    p.line(60, H - 128, W - 60, H - 128, black, 2)
    p.t(W / 2, H - 190, 'CERTIFICATE OF COMPLETION', 'Helvetica-Bold', 26, black, 'c')
    p.t(W / 2, H - 236, 'Trinity Abernathy-Sole', 'Times-Bold', 24, black, 'c')
    p.t(W / 2, H - 266, 'has completed', 'Helvetica', 14, black, 'c')
    p.t(W / 2, H - 304, 'Pediatric Vital Signs:', 'Helvetica-Bold', 22, black, 'c')
    p.t(W / 2, H - 332, 'Age-Based Normal Ranges', 'Helvetica-Bold', 22, black, 'c')
    p.t(W / 2, H - 382, 'Completed 10/02/2023', 'Helvetica', 16, black, 'c')
    p.t(W / 2, H - 410, 'NHA CE Credit: 1.0', 'Helvetica-Bold', 18, black, 'c')
    p.para(80, H - 446, W - 160, 'Approved by the National Healthcareer Association (NHA) for 1.0 CE credit. '
           'Not an AAMA-approved activity.', 'Helvetica', 12, 15, black, 'c')
    p.sig(220, 150, 170, 3601, black, lw=1.8)
    p.line(200, 140, 412, 140, black, 1)
    p.t(W / 2, 124, 'Registrar, Greyfield Health Career Academy', 'Helvetica', 11, black, 'c')
    p.save()
    return path


def c36(name):
    page = raster(src36(), 200, gray=True)
    img = fax(page, 36, '10/05/2023 14:07  GREYFIELD HCA  +1 555 0199         #4412 P.01', angle=-0.8, fine=False,
              specks=180, threshold=140)
    img.save(HERE / name, 'PNG', optimize=False)
    add(name, 'scan', 'Pediatric Vital Signs: Age-Based Normal Ranges', 'Greyfield Health Career Academy',
        '2023-10-02', '1.0', 'nha_credit', False, None,
        "1-bit fax PNG at standard resolution (stretched rows); fax header dated 10/05/2023; title over 2 "
        "lines; NHA credit, explicitly not AAMA; provider in caps")


def src37():
    path = tmp_pdf('37')
    p = Pg(path, letter, embed=True)
    W, H = p.W, p.H
    s = 1.55
    cw, ch = 3.375 * 72 * s, 2.125 * 72 * s
    x0 = (W - cw) / 2
    # front
    y0 = H - 60 - ch
    p.rect(x0, y0, cw, ch, stroke=black, lw=1, r=10)
    p.rect(x0, y0 + ch - 44, cw, 44, fill=HexColor('#555555'))
    p.t(x0 + 16, y0 + ch - 28, 'American Heart Association', 'Helvetica-Bold', 15, white)
    p.t(x0 + 16, y0 + ch - 78, 'BLS Provider', 'Helvetica-Bold', 24, black)
    p.t(x0 + 16, y0 + ch - 110, 'Samuel Ifeanyi Brooks', 'Helvetica-Bold', 15, black)
    p.para(x0 + 16, y0 + ch - 128, cw - 32, 'has successfully completed the cognitive and skills evaluations in '
           'accordance with the curriculum of the American Heart Association BLS Provider Program.',
           'Helvetica', 8.5, 10.5)
    for i, (k, v) in enumerate([('Course Date', '08/21/2024'), ('Issue Date', '08/23/2024'), ('Renew By', '08/2026')]):
        x = x0 + 16 + i * 118
        p.t(x, y0 + 34, k, 'Helvetica', 9)
        p.t(x, y0 + 16, v, 'Helvetica-Bold', 13)
    # back
    y1 = y0 - 40 - ch
    p.rect(x0, y1, cw, ch, stroke=black, lw=1, r=10)
    rows = [('Training Center Name', 'Brightfield Regional Training Center'), ('TC ID', 'ZX-40211'),
            ('TC Info', 'Brightfield, 555-0173'), ('Course Location', 'Willowgate Urgent Care'),
            ('Instructor Name', 'Renee Okabe'), ('Instructor ID', '03170448812'), ('eCard Code', '215Q8K7743RT'),
            ('Holder\u2019s Signature', '')]
    yy = y1 + ch - 24
    for k, v in rows:
        p.t(x0 + 16, yy, k, 'Helvetica', 9)
        p.t(x0 + 150, yy, v, 'Helvetica-Bold', 10)
        yy -= 21
    p.line(x0 + 150, yy + 19, x0 + cw - 20, yy + 19, black, 0.6)
    p.t(W / 2, y1 - 40, 'COPY', 'Helvetica-Bold', 12, HexColor('#999999'), 'c')
    p.save()
    return path


def c37(name):
    page = raster(src37(), 150, gray=True)
    img = scan_grey(page, 37, angle=1.1, specks=320, lid=False, blur=0.7, noise=9, paper=210, ink_gamma=0.7)
    # copier: hard contrast curve and a dark band where the lid did not close
    a = np.asarray(img, np.float32)
    a = np.clip((a - 60) * 1.35, 0, 255)
    a[:, -40:] *= np.linspace(1.0, 0.15, 40)[None, :]
    img = Image.fromarray(a.astype(np.uint8), 'L')
    img.save(HERE / name, 'PNG', optimize=False, dpi=(150, 150))
    add(name, 'scan', 'BLS Provider', 'American Heart Association', '2024-08-21', '1', 'cpr_card', False, 'clinical',
        "photocopy (PNG, 150 dpi, harsh contrast, dark lid band) of card front and back enlarged; course date "
        "vs issue date vs renew-by; training center, course location and instructor are not the provider")


def src38():
    path = tmp_pdf('38')
    p = Pg(path, letter, embed=True)
    W, H = p.W, p.H
    logo_tree(p, 70, H - 96, 50, black)
    p.t(104, H - 62, 'Birchwood Valley Clinics', 'Helvetica-Bold', 17)
    p.t(104, H - 78, 'Clinical Education & Quality', 'Helvetica', 10)
    p.t(W - 50, H - 62, 'Form CE-22', 'Helvetica', 9, black, 'r')
    p.t(W / 2, H - 126, 'COMPETENCY VALIDATION & IN-SERVICE RECORD', 'Helvetica-Bold', 14, black, 'c')
    y = H - 162
    rows = [('Employee', 'Colette Marchand'), ('Position', 'Medical Assistant \u2014 Dermatology & Minor Procedures'),
            ('Topic', 'Autoclave Operation and Sterilization Log Review'), ('In-service date', '06/25/2024'),
            ('Contact hours', '1.5'), ('Educator', 'Wendell Ashcombe, BSN, CRCST')]
    for k, v in rows:
        p.rect(50, y - 8, 150, 22, stroke=black, lw=0.6)
        p.rect(200, y - 8, W - 250, 22, stroke=black, lw=0.6)
        p.t(56, y, k, 'Helvetica-Bold', 10)
        p.t(206, y, v, 'Helvetica', 10.5)
        y -= 22
    y -= 20
    p.t(50, y, 'Skills observed', 'Helvetica-Bold', 11)
    p.t(W - 150, y, 'Met', 'Helvetica-Bold', 10)
    p.t(W - 100, y, 'Not met', 'Helvetica-Bold', 10)
    y -= 18
    for s in ['Loads chamber correctly; no overlapping pouches', 'Selects cycle and verifies temperature/pressure',
              'Places chemical indicator and reads result', 'Runs weekly biological indicator test',
              'Completes sterilization log entry legibly', 'Performs end-of-day cleaning per manufacturer IFU']:
        p.t(60, y, s, 'Helvetica', 10)
        p.checkbox(W - 146, y - 1, 9, True)
        p.checkbox(W - 92, y - 1, 9, False)
        y -= 18
    y -= 16
    p.para(50, y, W - 100, 'Validation method: direct observation and return demonstration. This in-service '
           'was not submitted for AAMA CEU approval; contact hours are recorded for internal education credit.',
           'Helvetica', 9.5, 12.5)
    y -= 60
    p.sig(70, y + 6, 140, 3801, black)
    p.line(60, y, 260, y)
    p.t(60, y - 12, 'Validator signature / date: 06/25/2024', 'Helvetica', 9)
    p.sig(W - 240, y + 6, 140, 3802, black)
    p.line(W - 250, y, W - 50, y)
    p.t(W - 250, y - 12, 'Employee signature / date: 06/26/2024', 'Helvetica', 9)
    p.t(50, 70, 'Competency re-validation due: 06/2025', 'Helvetica-Bold', 9.5)
    p.t(W - 50, 70, 'Original to employee file; copy to employee', 'Helvetica', 8, black, 'r')
    p.save()
    return path


def c38(name):
    page = raster(src38(), 150, gray=True)
    img = scan_grey(page, 38, angle=-0.25, specks=140, lid=True, blur=0.4, noise=5, paper=236)
    save_image_pdf(img, HERE / name, 150, '20240701083000')
    add(name, 'scan', 'Autoclave Operation and Sterilization Log Review', 'Birchwood Valley Clinics',
        '2024-06-25', '1.5', 'contact_hours', False, None,
        "grey flatbed image-only PDF (150 dpi); competency form with 'Topic' label and skills checklist; "
        "employee signature date next day; re-validation due date; not submitted for AAMA; department folded")


def src39():
    path = tmp_pdf('39')
    p = Pg(path, landscape(letter), embed=True)
    W, H = p.W, p.H
    p.rect(24, 24, W - 48, H - 48, stroke=black, lw=2)
    logo_leaf(p, 50, H - 96, 44, HexColor('#555555'))
    p.t(106, H - 66, 'Linden County Promotoras & Medical Assistant', 'DV-B', 15)
    p.t(106, H - 84, 'Training Collaborative', 'DV-B', 15)
    p.t(W / 2, H - 140, 'Certificate of Attendance', 'DVS-B', 27, black, 'c')
    p.t(W / 2, H - 162, 'Certificado de Asistencia', 'DVS-I', 15, HexColor('#444444'), 'c')
    p.t(W / 2, H - 200, 'Esperanza Villase\u00f1or, CMA (AAMA)', 'DVS-B', 22, black, 'c')
    p.t(W / 2, H - 232, 'Health Literacy and Teach-Back with Spanish-Speaking Patients', 'DV-B', 17, black, 'c')
    p.t(W / 2, H - 252, 'Alfabetizaci\u00f3n en salud y m\u00e9todo de ense\u00f1anza inversa con pacientes '
        'hispanohablantes', 'DV-I', 11, HexColor('#444444'), 'c')
    p.t(W / 2, H - 290, 'July 12, 2025  /  12 de julio de 2025', 'DV', 13, black, 'c')
    p.t(W / 2, H - 324, 'Approved for 1.0 AAMA CEU \u2013 General', 'DV-B', 13, black, 'c')
    p.t(W / 2, H - 342, 'Aprobado para 1.0 CEU de la AAMA \u2013 Categor\u00eda General', 'DV-I', 11,
        HexColor('#444444'), 'c')
    p.t(W / 2, H - 372, 'Co-sponsored with Linden County Public Library  \u00b7  Funded in part by the Ostrow Family Foundation',
        'DV', 8.5, HexColor('#555555'), 'c')
    p.sig(100, 100, 150, 3901, black)
    p.line(90, 92, 300, 92)
    p.t(90, 80, 'Coordinadora / Coordinator', 'DV', 9)
    p.t(W - 90, 92, 'Issued / Emitido: 07/19/2025', 'DV', 9, black, 'r')
    p.save()
    return path


def c39(name):
    page = raster(src39(), 170, gray=True)
    img = scan_grey(page, 39, angle=-0.9, specks=110, lid=True, blur=0.6, noise=5, paper=232, shift=(-20, 12))
    img.save(HERE / name, 'JPEG', quality=74, dpi=(170, 170))
    add(name, 'scan', 'Health Literacy and Teach-Back with Spanish-Speaking Patients',
        'Linden County Promotoras & Medical Assistant Training Collaborative', '2025-07-12', '1.0', 'aama_ceu', True,
        'general', "bilingual EN/ES grey JPEG scan; English title first with Spanish below; date in both "
                   "languages; issued date; library co-sponsor and foundation funder; provider over two lines")


def src40():
    path = tmp_pdf('40')
    p = Pg(path, letter, embed=True)
    W, H = p.W, p.H
    p.t(60, H - 64, 'ASHGROVE DERMATOLOGY GROUP', 'Times-Bold', 15)
    p.t(60, H - 80, 'Mohs Surgery  \u00b7  Medical & Cosmetic Dermatology', 'Times-Italic', 10.5)
    p.t(W - 60, H - 64, '2200 Fenwick Boulevard, Suite 110', 'Times-Roman', 9.5, black, 'r')
    p.t(W - 60, H - 77, 'Cedar Landing  \u00b7  555-0148', 'Times-Roman', 9.5, black, 'r')
    p.line(60, H - 92, W - 60, H - 92, black, 1.2)
    x = 72
    y = H - 136
    p.t(x, y, 'January 20, 2026', 'Times-Roman', 12)
    y -= 34
    p.t(x, y, 'RE: Verification of attendance \u2014 Annabelle (Annika) Roszak', 'Times-Bold', 12)
    y -= 26
    for para in [
        'To whom it may concern:',
        'This letter confirms that Annika Roszak, a medical assistant in our Cedar Landing office, attended our '
        'staff education session \u201cBiopsy Tray Setup and Specimen Labeling for Skin Cancer Screenings\u201d on '
        'Wednesday, January 14, 2026. The session was taught by our lead histotechnician and one of our '
        'dermatologists and lasted one and one-half hours.',
        'The session is documented as 1.5 contact hours. This activity was not submitted for AAMA CEU approval.',
        'Please contact our practice administrator with any questions.']:
        y = p.para(x, y, W - 2 * x, para, 'Times-Roman', 12, 16.5) - 12
    p.t(x, y - 4, 'Sincerely,', 'Times-Roman', 12)
    p.sig(x, y - 44, 160, 4001, black)
    p.t(x, y - 66, 'Harriet Moulton-Sayer, MHA', 'Times-Roman', 12)
    p.t(x, y - 81, 'Practice Administrator, Ashgrove Dermatology Group', 'Times-Roman', 12)
    p.save()
    return path


def c40(name):
    page = raster(src40(), 150, gray=True)
    img = scan_grey(page, 40, angle=1.4, specks=70, lid=False, blur=0.8, noise=6, paper=228)
    img.save(HERE / name, 'JPEG', quality=70, dpi=(150, 150))
    add(name, 'scan', 'Biopsy Tray Setup and Specimen Labeling for Skin Cancer Screenings', 'Ashgrove Dermatology Group',
        '2026-01-14', '1.5', 'contact_hours', False, None,
        "grey JPEG scan rotated 1.4 deg; verification letter; title only in curly quotes in a sentence; letter "
        "date; duration also in words; not submitted for AAMA")


# =======================================================================================
FILES = [
    (c01, '01-kestrel-valley-chapter-elder-abuse.pdf'),
    (c02, '02-marisol-health-bloodborne-lms-record.pdf'),
    (c03, '03-larkspur-state-convention-split.pdf'),
    (c04, '04-quillfeather-capillary-puncture-nha.pdf'),
    (c05, '05-brightmoor-cultural-humility-iacet.pdf'),
    (c06, '06-halvern-pen-injector-inservice.pdf'),
    (c07, '07-aster-ridge-course-verification.pdf'),
    (c08, '08-pocketwise-portal-messaging-webinar.pdf'),
    (c09, '09-buenaventura-signos-vitales-bilingue.pdf'),
    (c10, '10-coastal-resuscitation-bls-ecard.pdf'),
    (c11, '11-whitfield-spring-education-day-letter.pdf'),
    (c12, '12-ember-bay-fire-safety-lms.pdf'),
    (c13, '13-pinnacle-lane-law-ethics-amt.pdf'),
    (c14, '14-graniteview-spirometry-pending.pdf'),
    (c15, '15-hollis-vane-conflict-resolution.pdf'),
    (c16, '16-otterbrook-phlebotomy-refresher.pdf'),
    (c17, '17-tallowood-good-faith-estimates.pdf'),
    (c18, '18-seaford-bay-growth-charts-session.pdf'),
    (c19, '19-corvane-vision-screener-training.pdf'),
    (c20, '20-alameda-consentimiento-informado.pdf'),
    (c21, '21-brookhaven-anaphylaxis-epinephrine.pdf'),
    (c22, '22-riverbend-fall-workshop-split.pdf'),
    (c23, '23-redcross-bls-card-photo.jpg'),
    (c24, '24-sunset-mesa-sharps-form-photo.jpg'),
    (c25, '25-saint-aurelia-fall-prevention-photo.png'),
    (c26, '26-lanternfield-modifiers-nha-photo.jpg'),
    (c27, '27-crestline-hand-hygiene-iacet-photo.jpg'),
    (c28, '28-cascadia-pines-conference-photo.jpg'),
    (c29, '29-meridian-insurance-verification-photo.jpg'),
    (c30, '30-rio-claro-primeros-auxilios-photo.jpg'),
    (c31, '31-westbrook-deescalation-lms-photo.png'),
    (c32, '32-aldermoor-rsv-storage-photo.jpg'),
    (c33, '33-quarry-hill-transcript-copy.pdf'),
    (c34, '34-millbrook-emotional-intelligence-fax.pdf'),
    (c35, '35-thornbury-med-reconciliation-scan.jpg'),
    (c36, '36-greyfield-pediatric-vitals-fax.png'),
    (c37, '37-aha-bls-card-copy.png'),
    (c38, '38-birchwood-autoclave-competency-scan.pdf'),
    (c39, '39-linden-county-health-literacy-scan.jpg'),
    (c40, '40-ashgrove-biopsy-tray-letter-scan.jpg'),
]

README_HEAD = """**Held-out: use only for totals.** Do not tune the reader against individual files here and do not run the scorer with `--show` on this directory.

# heldout5 \u2014 a fifth held-out set

%(n)d invented continuing-education certificates for US medical assistants, with the labels a careful
person would type into Recert in `expected.json`. Written independently of the reader and of every other
corpus (its own issuers, wording, layouts and rendering code); the labelling conventions are those of
`heldout2/README.md` ("How expected.json is written").

Everything is produced by `make.py` and is deterministic (fixed seeds, reportlab `invariant=1`, pinned
`/CreationDate` and `/ModDate` in the Chromium- and Pillow-written PDFs):

    /work/main/.venv/bin/python tests/certificates_world/heldout5/make.py

How the files were made:

- **Born-digital PDFs** (text layer): drawn directly with reportlab (built-in Helvetica/Times/Courier and
  DejaVu TTFs) or written as HTML/CSS and printed with headless Chromium (`--print-to-pdf`).
- **Phone photos** (.jpg/.png): the certificate is drawn as a PDF, rasterised with `pdftoppm`, then warped in
  perspective onto a synthetic surface (wood, granite, desk, fabric, clipboard, tablecloth) with a paper
  shadow, uneven light, tint, vignetting, glare or hand/phone shadows, blur, sensor noise, JPEG compression
  and, for some, low resolution. One is a wallet card, one a fill-in form with hand-written entries.
- **Scans**: the page is rasterised in grey and given small rotations, toner specks, scanner-lid shadows,
  paper texture and contrast changes (photocopy, grey flatbed), or reduced to 1-bit fax resolution
  (204 x 196 fine / 204 x 98 standard) with a sender header line; saved as image-only PDF (Pillow), .jpg or .png.

Traps include issue/print/generated/expiry/renew-by/due/letter/fax-header dates next to the completion
date, multi-day events (last day), pending / not-submitted / AMT / NHA / IACET approval, LMS and webinar
platforms, sponsors, venues, training sites, presenters, course codes, wrapped and ALL-CAPS titles,
amounts in words, durations in minutes or hours-and-minutes, split AAMA categories, Spanish and bilingual
certificates. All people, organisations, products, places and web sites are invented; only AAMA, NHA,
AMT, IACET, the American Heart Association and the American Red Cross are named as real bodies.

| kind | count |
|---|---|
"""

KIND_LABEL = [('pdf', 'pdf (born-digital, text layer)'), ('image', 'image (phone photo, .jpg/.png)'),
              ('scan', 'scan (image-only PDF, .jpg or .png: copier, grey flatbed, 1-bit fax)')]


def write_readme():
    counts = {}
    for v in EXPECTED.values():
        counts[v['kind']] = counts.get(v['kind'], 0) + 1
    txt = README_HEAD % {'n': len(EXPECTED)}
    for k, lab in KIND_LABEL:
        txt += '| %s | %d |\n' % (lab, counts.get(k, 0))
    txt += '| **total** | **%d** |\n' % len(EXPECTED)
    units = {}
    for v in EXPECTED.values():
        units[v['unit'] or 'none (no credit)'] = units.get(v['unit'] or 'none (no credit)', 0) + 1
    txt += '\nUnits in expected.json: ' + ', '.join('%s %d' % (k, units[k]) for k in sorted(units)) + '.\n'
    (HERE / 'README.md').write_text(txt, encoding='utf-8')


def main():
    global TMP
    TMP = tempfile.mkdtemp(prefix='heldout5-')
    try:
        for fn, name in FILES:
            fn(name)
        assert len(EXPECTED) == len(FILES)
        with open(HERE / 'expected.json', 'w', encoding='utf-8') as fh:
            json.dump(EXPECTED, fh, indent=2, ensure_ascii=False)
            fh.write('\n')
        write_readme()
        if KEEP:
            os.makedirs(KEEP, exist_ok=True)
            for f in Path(TMP).glob('*.src.pdf'):
                shutil.copy(f, Path(KEEP) / f.name)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    print('wrote %d certificates to %s' % (len(EXPECTED), HERE))


if __name__ == '__main__':
    main()
