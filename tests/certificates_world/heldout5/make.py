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
               ('DVSC-I', 'DejaVuSerifCondensed-Italic.ttf'),
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
class Pg:
    def __init__(self, path, size, title=None, author=None, creator=None, subject=None):
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
        return pdfmetrics.stringWidth(s, f, sz) + cs * max(len(s) - 1, 0)

    def t(self, x, y, s, f='Helvetica', sz=11, col=black, al='l', cs=0.0):
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
        for line in simpleSplit(s, f, sz, w):
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
        warp = smooth_field(r, sw, sh, 5, -30, 30)
        grain = np.sin((yy + warp) * 0.22 + smooth_field(r, sw, sh, 9, 0, 3)) * 0.5 + 0.5
        fine = r.normal(0, 0.05, (sh, sw)).astype(np.float32)
        v = 0.78 + 0.22 * grain + fine
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
          shadow=None, blur=0.8, noise=5.0, out_w=None, vignette=0.25, glare=None):
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
