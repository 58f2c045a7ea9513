#!/usr/bin/env python3
"""Generates the tune5 corpus: 48 invented CE certificates for medical assistants.

Run from /work/main:

    .venv/bin/python tests/certificates_world/tune5/make.py

Deterministic: every random choice comes from a seeded ``random.Random``; PDFs are written by
reportlab with ``invariant=1``; images by Pillow (PNG / JPEG without timestamps).

Layouts are written once against a tiny drawing interface (``Surface``) that has two back
ends: reportlab's low-level canvas (text PDFs, real text layer) and Pillow ImageDraw (pages
that are then photographed or scanned).  Nothing here is real: every person, provider,
address and number is invented; only the accrediting bodies (AAMA, NHA, IACET, AMT) and the
AHA guidelines are named the way real certificates name them.
"""

from __future__ import annotations

import io
import json
import math
import random
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "sans": "DejaVuSans.ttf",
    "sansb": "DejaVuSans-Bold.ttf",
    "sansi": "DejaVuSans-Oblique.ttf",
    "sansbi": "DejaVuSans-BoldOblique.ttf",
    "serif": "DejaVuSerif.ttf",
    "serifb": "DejaVuSerif-Bold.ttf",
    "serifi": "DejaVuSerif-Italic.ttf",
    "serifbi": "DejaVuSerif-BoldItalic.ttf",
    "mono": "DejaVuSansMono.ttf",
    "monob": "DejaVuSansMono-Bold.ttf",
    "cond": "DejaVuSansCondensed.ttf",
    "condb": "DejaVuSansCondensed-Bold.ttf",
    "light": "DejaVuSans-ExtraLight.ttf",
    "scond": "DejaVuSerifCondensed.ttf",
    "scondb": "DejaVuSerifCondensed-Bold.ttf",
    "scondi": "DejaVuSerifCondensed-Italic.ttf",
}
for _k, _f in FONTS.items():
    pdfmetrics.registerFont(TTFont("T5" + _k, str(FONT_DIR / _f)))

LETTER = (612.0, 792.0)
LETTER_L = (792.0, 612.0)
A4 = (595.0, 842.0)
CARD = (243.0, 153.0)

BLACK = (0, 0, 0)
WHITE = (1, 1, 1)
GREY = (0.38, 0.38, 0.38)
MID = (0.55, 0.55, 0.55)
LIGHT = (0.82, 0.82, 0.82)
INK = (0.12, 0.18, 0.45)


def hexc(h: str):
    return tuple(int(h[i:i + 2], 16) / 255 for i in (1, 3, 5))


# --------------------------------------------------------------------------- surfaces


class Surface:
    """Coordinates in points, origin top-left, y is the text baseline."""

    def __init__(self, w, h):
        self.w, self.h = w, h

    @staticmethod
    def tw(s, font, size):
        return pdfmetrics.stringWidth(s, "T5" + font, size)

    def wrap(self, s, font, size, maxw):
        lines, cur = [], ""
        for word in s.split():
            t = (cur + " " + word).strip()
            if cur and self.tw(t, font, size) > maxw:
                lines.append(cur)
                cur = word
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, font="sans", size=10, maxw=400, leading=None, align="l", color=BLACK):
        leading = leading or size * 1.35
        for ln in self.wrap(s, font, size, maxw):
            self.text(x, y, ln, font, size, color, align)
            y += leading
        return y

    def spaced(self, x, y, s, font, size, color=BLACK, align="l", track=2.0):
        """Letter-spaced text (drawn glyph by glyph, as many certificate tools do)."""
        total = sum(self.tw(ch, font, size) for ch in s) + track * (len(s) - 1)
        if align == "c":
            x -= total / 2
        elif align == "r":
            x -= total
        for ch in s:
            if ch != " ":
                self.text(x, y, ch, font, size, color)
            x += self.tw(ch, font, size) + track

    def dashed(self, x1, y1, x2, y2, width=0.6, color=MID, dash=4, gap=3):
        length = math.hypot(x2 - x1, y2 - y1)
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        t = 0.0
        while t < length:
            e = min(t + dash, length)
            self.line(x1 + ux * t, y1 + uy * t, x1 + ux * e, y1 + uy * e, width, color)
            t = e + gap

    def squiggle(self, x, y, w, seed, color=INK, width=1.0):
        """A handwritten-looking signature (looped cursive strokes) with its baseline at y."""
        rng = random.Random(seed)
        words = rng.randint(1, 2)
        gapw = w * 0.08
        seg = (w - gapw * (words - 1)) / words
        x0 = x
        for wi in range(words):
            # capital: a tall stroke with a loop
            cap_h = rng.uniform(13, 19)
            cap = [(x0 + 2, y), (x0 + 4, y - cap_h * 0.6), (x0 + 6, y - cap_h), (x0 + 9, y - cap_h * 0.8),
                   (x0 + 8, y - cap_h * 0.45), (x0 + 4, y - cap_h * 0.35), (x0 + 11, y - cap_h * 0.3)]
            k = rng.randint(4, 7)
            n = k * 14
            r = seg / (2 * math.pi * k) * rng.uniform(1.2, 1.8)
            amps = [rng.uniform(4, 8) if rng.random() > 0.25 else rng.uniform(10, 15) for _ in range(k + 1)]
            pts = cap[:]
            sx = x0 + 11
            for i in range(n + 1):
                t = i / n
                th = 2 * math.pi * k * t
                amp = amps[int(t * k)] * (1 - 0.3 * t)
                pts.append((sx + t * (seg - 14) - r * math.sin(th), y - 1 - amp * (1 - math.cos(th)) / 2
                            + rng.uniform(-0.3, 0.3)))
            pts = [(px + (y - py) * 0.3, py) for px, py in pts]  # forward slant
            for p0, p1 in zip(pts, pts[1:]):
                self.line(p0[0], p0[1], p1[0], p1[1], width, color)
            x0 += seg + gapw
        if rng.random() < 0.6:
            fx = x + w * rng.uniform(0.3, 0.5)
            self.line(fx, y + 2, x + w * 1.02, y - rng.uniform(1, 4), width * 0.8, color)

    def seal(self, cx, cy, r, color, lines, points=28):
        pts = []
        for i in range(points * 2):
            a = math.pi * i / points
            rr = r if i % 2 == 0 else r * 0.9
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.polygon(pts, fill=color, stroke=None)
        self.circle(cx, cy, r * 0.8, stroke=WHITE, fill=None, width=1.2)
        self.circle(cx, cy, r * 0.74, stroke=WHITE, fill=None, width=0.5)
        size = r * 0.2
        y = cy - (len(lines) - 1) * size * 0.6 + size * 0.35
        for ln in lines:
            s = size
            while self.tw(ln, "sansb", s) > r * 1.3:
                s -= 0.5
            self.text(cx, y, ln, "sansb", s, WHITE, "c")
            y += size * 1.2

    def fit(self, s, font, size, maxw, minsize=6):
        while size > minsize and self.tw(s, font, size) > maxw:
            size -= 0.5
        return size


class PdfSurface(Surface):
    def __init__(self, path, w, h, title="Certificate", creator=None):
        super().__init__(w, h)
        self.c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
        self.c.setTitle(title)
        if creator:
            self.c.setCreator(creator)

    def text(self, x, y, s, font="sans", size=10, color=BLACK, align="l"):
        c = self.c
        c.setFont("T5" + font, size)
        c.setFillColorRGB(*color)
        {"l": c.drawString, "c": c.drawCentredString, "r": c.drawRightString}[align](x, self.h - y, s)

    def line(self, x1, y1, x2, y2, width=0.75, color=BLACK):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, self.h - y1, x2, self.h - y2)

    def rect(self, x, y, w, h, stroke=BLACK, fill=None, width=0.75, radius=0):
        c = self.c
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(width)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if radius:
            c.roundRect(x, self.h - y - h, w, h, radius, stroke=int(stroke is not None), fill=int(fill is not None))
        else:
            c.rect(x, self.h - y - h, w, h, stroke=int(stroke is not None), fill=int(fill is not None))

    def circle(self, cx, cy, r, stroke=BLACK, fill=None, width=0.75):
        c = self.c
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(width)
        if fill is not None:
            c.setFillColorRGB(*fill)
        c.circle(cx, self.h - cy, r, stroke=int(stroke is not None), fill=int(fill is not None))

    def polygon(self, pts, fill=None, stroke=None, width=0.75):
        c = self.c
        p = c.beginPath()
        p.moveTo(pts[0][0], self.h - pts[0][1])
        for x, y in pts[1:]:
            p.lineTo(x, self.h - y)
        p.close()
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(width)
        c.drawPath(p, stroke=int(stroke is not None), fill=int(fill is not None))

    def finish(self):
        self.c.showPage()
        self.c.save()


class NullSurface(Surface):
    """Measures layouts without drawing."""

    def text(self, *a, **k):
        pass

    line = rect = circle = polygon = text


def _rgb(color):
    return tuple(max(0, min(255, round(v * 255))) for v in color)


class ImgSurface(Surface):
    _fonts: dict = {}

    def __init__(self, w, h, dpi, bg=WHITE):
        super().__init__(w, h)
        self.k = dpi / 72.0
        self.img = Image.new("RGB", (round(w * self.k), round(h * self.k)), _rgb(bg))
        self.dr = ImageDraw.Draw(self.img)

    def font(self, name, size):
        key = (name, round(size * self.k * 4))
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(str(FONT_DIR / FONTS[name]), size * self.k)
        return self._fonts[key]

    def text(self, x, y, s, font="sans", size=10, color=BLACK, align="l"):
        self.dr.text((x * self.k, y * self.k), s, font=self.font(font, size), fill=_rgb(color),
                     anchor={"l": "ls", "c": "ms", "r": "rs"}[align])

    def line(self, x1, y1, x2, y2, width=0.75, color=BLACK):
        self.dr.line([(x1 * self.k, y1 * self.k), (x2 * self.k, y2 * self.k)], fill=_rgb(color),
                     width=max(1, round(width * self.k)))

    def rect(self, x, y, w, h, stroke=BLACK, fill=None, width=0.75, radius=0):
        box = [x * self.k, y * self.k, (x + w) * self.k, (y + h) * self.k]
        kw = dict(fill=_rgb(fill) if fill is not None else None,
                  outline=_rgb(stroke) if stroke is not None else None,
                  width=max(1, round(width * self.k)))
        if radius:
            self.dr.rounded_rectangle(box, radius=radius * self.k, **kw)
        else:
            self.dr.rectangle(box, **kw)

    def circle(self, cx, cy, r, stroke=BLACK, fill=None, width=0.75):
        box = [(cx - r) * self.k, (cy - r) * self.k, (cx + r) * self.k, (cy + r) * self.k]
        self.dr.ellipse(box, fill=_rgb(fill) if fill is not None else None,
                        outline=_rgb(stroke) if stroke is not None else None,
                        width=max(1, round(width * self.k)))

    def polygon(self, pts, fill=None, stroke=None, width=0.75):
        self.dr.polygon([(x * self.k, y * self.k) for x, y in pts],
                        fill=_rgb(fill) if fill is not None else None,
                        outline=_rgb(stroke) if stroke is not None else None)

    def finish(self):
        return self.img


# --------------------------------------------------------------------------- shared pieces


def border(d, style, acc, acc2=None):
    W, H = d.w, d.h
    acc2 = acc2 or acc
    if style == "double":
        d.rect(18, 18, W - 36, H - 36, stroke=acc, width=3)
        d.rect(26, 26, W - 52, H - 52, stroke=acc2, width=0.8)
    elif style == "guilloche":
        for i in range(7):
            d.rect(16 + i * 2.2, 16 + i * 2.2, W - 32 - i * 4.4, H - 32 - i * 4.4,
                   stroke=acc if i % 2 == 0 else acc2, width=0.45)
        for cx, cy in ((40, 40), (W - 40, 40), (40, H - 40), (W - 40, H - 40)):
            for r in (10, 7, 4):
                d.circle(cx, cy, r, stroke=acc, width=0.6)
        d.rect(44, 44, W - 88, H - 88, stroke=acc2, width=0.5)
    elif style == "band":
        d.rect(0, 0, W, 22, stroke=None, fill=acc)
        d.rect(0, H - 22, W, 22, stroke=None, fill=acc)
        d.rect(0, 25, W, 3, stroke=None, fill=acc2)
        d.rect(0, H - 28, W, 3, stroke=None, fill=acc2)
    elif style == "corners":
        L = 70
        for (x, y, sx, sy) in ((24, 24, 1, 1), (W - 24, 24, -1, 1), (24, H - 24, 1, -1), (W - 24, H - 24, -1, -1)):
            for off in (0, 6):
                d.line(x + sx * off, y + sy * off, x + sx * (L - off), y + sy * off, 2 if off == 0 else 0.7, acc)
                d.line(x + sx * off, y + sy * off, x + sx * off, y + sy * (L - off), 2 if off == 0 else 0.7, acc)
        d.rect(34, 34, W - 68, H - 68, stroke=acc2, width=0.4)
    elif style == "scallop":
        d.rect(22, 22, W - 44, H - 44, stroke=acc, width=1.5)
        step = 14
        x = 22
        while x < W - 22:
            d.circle(x + step / 2, 22, step / 2, stroke=acc, width=0.5)
            d.circle(x + step / 2, H - 22, step / 2, stroke=acc, width=0.5)
            x += step
        y = 22
        while y < H - 22:
            d.circle(22, y + step / 2, step / 2, stroke=acc, width=0.5)
            d.circle(W - 22, y + step / 2, step / 2, stroke=acc, width=0.5)
            y += step
        d.rect(36, 36, W - 72, H - 72, stroke=acc2, width=0.6)
    elif style == "thin":
        d.rect(30, 30, W - 60, H - 60, stroke=acc, width=0.6)


def sig_block(d, cx, y, name, role, seed, w=170, role2=None, sigcolor=INK):
    d.squiggle(cx - w * 0.38, y - 2, w * 0.7, seed, sigcolor)
    d.line(cx - w / 2, y, cx + w / 2, y, 0.7, BLACK)
    d.text(cx, y + 13, name, "sansb", 9, BLACK, "c")
    d.text(cx, y + 25, role, "sans", 8.5, GREY, "c")
    if role2:
        d.text(cx, y + 36, role2, "sans", 8.5, GREY, "c")


def field_block(d, cx, y, value, label, w=170, vfont="serif", vsize=11):
    d.text(cx, y - 5, value, vfont, vsize, BLACK, "c")
    d.line(cx - w / 2, y, cx + w / 2, y, 0.7, BLACK)
    d.text(cx, y + 12, label, "sans", 8, GREY, "c")


def table(d, x0, y0, cols, rows, font="sans", size=8.5, head_font="sansb", head_fill=(0.9, 0.9, 0.9),
          head_color=BLACK, grid=MID, pad=4, zebra=None, bold_rows=()):
    """cols: [(header, width, align)]. Cells wrap. Returns the y under the table."""
    lead = size * 1.3
    y = y0
    hh = lead + pad * 2
    x = x0
    total_w = sum(c[1] for c in cols)
    if head_fill is not None:
        d.rect(x0, y, total_w, hh, stroke=None, fill=head_fill)
    for head, w, al in cols:
        tx = x + pad if al == "l" else (x + w / 2 if al == "c" else x + w - pad)
        d.text(tx, y + pad + size, head, head_font, size, head_color, al)
        x += w
    if grid is not None:
        d.rect(x0, y, total_w, hh, stroke=grid, width=0.5)
    y += hh
    for ri, row in enumerate(rows):
        f = "sansb" if ri in bold_rows else font
        wrapped = [d.wrap(str(v), f, size, w - 2 * pad) or [""] for v, (_, w, _) in zip(row, cols)]
        rh = max(len(wl) for wl in wrapped) * lead + pad * 2
        if zebra and ri % 2 == 1:
            d.rect(x0, y, total_w, rh, stroke=None, fill=zebra)
        x = x0
        for wl, (_, w, al) in zip(wrapped, cols):
            tx = x + pad if al == "l" else (x + w / 2 if al == "c" else x + w - pad)
            ty = y + pad + size
            for ln in wl:
                d.text(tx, ty, ln, f, size, BLACK, al)
                ty += lead
            if grid is not None:
                d.line(x, y, x, y + rh, 0.5, grid)
            x += w
        if grid is not None:
            d.line(x, y, x, y + rh, 0.5, grid)
            d.line(x0, y + rh, x0 + total_w, y + rh, 0.5, grid)
        y += rh
    return y


# --------------------------------------------------------------------------- layouts


def L_award(d, x):
    """Classic centred award (portrait or landscape)."""
    W, H = d.w, d.h
    acc = x.get("accent", hexc("#1f3b63"))
    border(d, x.get("border", "double"), acc, x.get("accent2"))
    cx = W / 2
    y = x.get("top_y", 74)
    if x.get("certno"):
        d.text(W - x.get("certno_x", 52), x.get("certno_y", 50), x["certno"], "sans", 7.5, GREY, "r")
    for t, f, s, c in x.get("top", []):
        if f.startswith("*"):
            d.spaced(cx, y, t, f[1:], s, c, "c", track=s * 0.25)
        else:
            d.text(cx, y, t, f, s, c, "c")
        y += s * 1.3
    if x.get("top_rule"):
        d.line(cx - 120, y - 4, cx + 120, y - 4, 0.8, acc)
        y += 8
    y += x.get("gap1", 12)
    by = H - x.get("bottom_y", 110)
    if x.get("vcenter", W < H):
        used = _award_mid(NullSurface(W, H), x, y) - y
        room = by - 60 - y
        if room > used:
            y += (room - used) * x.get("vcenter_k", 0.45)
    _award_mid(d, x, y)
    blocks = x.get("bottom", [])
    if blocks:
        n = len(blocks)
        span = W - 2 * x.get("bottom_margin", 90)
        for i, b in enumerate(blocks):
            bx = x.get("bottom_margin", 90) + span * (i + 0.5) / n
            if b[0] == "sig":
                sig_block(d, bx, by, b[1], b[2], seed=hash_seed(b[1]), role2=b[3] if len(b) > 3 else None)
            elif b[0] == "field":
                field_block(d, bx, by, b[1], b[2])
            elif b[0] == "seal":
                d.seal(bx, by - 12, 38, acc, b[1])
    if x.get("seal"):
        sx, sy, lines = x["seal"]
        d.seal(sx, sy, 40, x.get("seal_color", acc), lines)
    fy = H - x.get("footer_y", 44)
    for ln in reversed(x.get("footer", [])):
        d.text(cx, fy, ln, "sans", x.get("footer_size", 7), GREY, "c")
        fy -= x.get("footer_size", 7) * 1.35
    if x.get("extra"):
        x["extra"](d, x)


def _award_mid(d, x, y):
    W, H = d.w, d.h
    cx = W / 2
    acc = x.get("accent", hexc("#1f3b63"))
    hs = x.get("heading_size", 34)
    hf = x.get("heading_font", "serifb")
    heading = x.get("heading", "Certificate of Completion")
    if isinstance(heading, str):
        heading = [heading]
    for hl in heading:
        hsz = d.fit(hl, hf, hs, W - 140)
        if x.get("heading_spaced"):
            d.spaced(cx, y + hsz, hl, hf, hsz, x.get("heading_color", acc), "c", track=hsz * 0.18)
        else:
            d.text(cx, y + hsz, hl, hf, hsz, x.get("heading_color", acc), "c")
        y += hsz * 1.25
    y += x.get("gap2", 14)
    if x.get("pre"):
        d.text(cx, y + 12, x["pre"], x.get("pre_font", "serifi"), 12.5, GREY, "c")
        y += 22
    ns = x.get("name_size", 30)
    ns = d.fit(x["name"], x.get("name_font", "serifbi"), ns, W - 160)
    d.text(cx, y + ns, x["name"], x.get("name_font", "serifbi"), ns, x.get("name_color", BLACK), "c")
    y += ns * 1.3
    if x.get("name_rule", True):
        half = max(150, d.tw(x["name"], x.get("name_font", "serifbi"), ns) / 2 + 30)
        d.line(cx - half, y - ns * 0.12, cx + half, y - ns * 0.12, 0.6, acc)
    y += 10
    for m in x.get("mid", ["has successfully completed"]):
        d.text(cx, y + 11, m, x.get("mid_font", "serifi"), 11.5, GREY, "c")
        y += 18
    y += 6
    ts = x.get("title_size", 20)
    tf = x.get("title_font", "serifb")
    title = x["title"].upper() if x.get("caps") else x["title"]
    if x.get("quote_title"):
        title = "\u201c" + title + "\u201d"
    for ln in d.wrap(title, tf, ts, x.get("title_maxw", W - 180)):
        d.text(cx, y + ts, ln, tf, ts, x.get("title_color", BLACK), "c")
        y += ts * 1.28
    y += 10
    for item in x.get("body", []):
        if isinstance(item, tuple):
            s, f, sz, col = item
        else:
            s, f, sz, col = item, "serif", 10.5, BLACK
        y = d.para(cx, y + sz, s, f, sz, x.get("body_maxw", W - 200), align="c", color=col) - sz + 4
    return y


def L_lms(d, x):
    """LMS-generated certificate: platform banner, learner name, label/value rows."""
    W, H = d.w, d.h
    col = x["color"]
    d.rect(0, 0, W, 62, stroke=None, fill=col)
    d.text(34, 40, x["platform"], "sansb", 21, WHITE)
    if x.get("platform_tag"):
        d.text(34 + d.tw(x["platform"], "sansb", 21) + 10, 40, x["platform_tag"], "sans", 10, (0.88, 0.9, 0.95))
    if x.get("top_right"):
        yy = 28
        for ln in x["top_right"]:
            d.text(W - 34, yy, ln, "sans", 8, WHITE, "r")
            yy += 11
    y = 118
    d.text(W / 2, y, x.get("heading", "CERTIFICATE OF COMPLETION"), "sansb", x.get("heading_size", 22), col, "c")
    y += 30
    d.text(W / 2, y, x.get("pre", "This certifies that"), "sans", 11, GREY, "c")
    y += 38
    ns = d.fit(x["name"], "sansb", x.get("name_size", 30), W - 120)
    d.text(W / 2, y, x["name"], "sansb", ns, BLACK, "c")
    y += 14
    d.line(W / 2 - 170, y, W / 2 + 170, y, 0.8, col)
    y += 22
    if x.get("mid"):
        d.text(W / 2, y, x["mid"], "sans", 11, GREY, "c")
        y += 26
    lx = x.get("label_x", 90)
    vx = lx + x.get("label_w", 150)
    maxw = W - vx - 70
    for label, value in x["rows"]:
        vf = "sansb" if label in x.get("bold_labels", ()) else "sans"
        d.text(lx, y, label, "sansb", 10, GREY)
        lines = d.wrap(value, vf, 10.5, maxw)
        for ln in lines:
            d.text(vx, y, ln, vf, 10.5, BLACK)
            y += 14.5
        y += 5
    y += 8
    for p in x.get("statements", []):
        y = d.para(lx, y, p, "sans", 9, W - 2 * lx, leading=12.5, color=(0.2, 0.2, 0.2)) + 6
    if x.get("sig"):
        sig_block(d, x.get("sig_x", W - 190), H - x.get("sig_y", 120), x["sig"][0], x["sig"][1], hash_seed(x["sig"][0]))
    if x.get("badge"):
        d.seal(x.get("badge_x", 150), H - x.get("badge_y", 135), 36, col, x["badge"])
    d.line(34, H - 52, W - 34, H - 52, 0.5, LIGHT)
    fy = H - 40
    for ln in x.get("footer", []):
        d.text(W / 2, fy, ln, "sans", 7, GREY, "c")
        fy += 9.5
    if x.get("extra"):
        x["extra"](d, x)


def L_form(d, x):
    """Hospital in-service record (form with boxes and a sign-in table)."""
    W, H = d.w, d.h
    m = 42
    col = x.get("accent", BLACK)
    d.text(m, 56, x["org"], "sansb", 15, col)
    d.text(m, 72, x["dept"], "sans", 10, GREY)
    if x.get("address"):
        d.text(m, 84, x["address"], "sans", 8, GREY)
    d.text(W - m, 56, x.get("form_no", ""), "sans", 8, GREY, "r")
    d.line(m, 94, W - m, 94, 1.4, col)
    d.text(W / 2, 118, x.get("form_title", "IN-SERVICE EDUCATION ATTENDANCE RECORD"), "sansb", 13, BLACK, "c")
    y = 132
    for row in x["boxes"]:
        n = len(row)
        widths = [c[2] if len(c) > 2 else (W - 2 * m) / n for c in row]
        xx = m
        heights = []
        for (label, value, *rest), w in zip(row, widths):
            heights.append(max(1, len(d.wrap(value, "sans", 10, w - 10))) * 13 + 22)
        hh = max(heights)
        for (label, value, *rest), w in zip(row, widths):
            d.rect(xx, y, w, hh, stroke=BLACK, width=0.6)
            d.text(xx + 4, y + 9, label, "sansb", 6.8, GREY)
            yy = y + 22
            for ln in d.wrap(value, "sans", 10, w - 10):
                d.text(xx + 5, yy, ln, x.get("value_font", "sans"), 10, BLACK)
                yy += 13
            xx += w
        y += hh
    y += 14
    if x.get("objectives"):
        d.text(m, y, "Objectives covered:", "sansb", 9)
        y += 13
        for o in x["objectives"]:
            y = d.para(m + 14, y, "\u2022  " + o, "sans", 9, W - 2 * m - 20, leading=11.5) + 1
        y += 8
    if x.get("attendees"):
        d.text(m, y, x.get("att_title", "ATTENDEES (print name and sign)"), "sansb", 9)
        y += 6
        cols = [("#", 22, "c"), ("Printed name", 170, "l"), ("Employee ID", 80, "l"), ("Dept / Unit", 120, "l"),
                ("Signature", W - 2 * m - 392, "l")]
        rows = [[str(i + 1), a[0], a[1], a[2], ""] for i, a in enumerate(x["attendees"])]
        y2 = table(d, m, y, cols, rows, size=9, head_fill=(0.88, 0.88, 0.88))
        ry = y + 9 * 1.3 + 8
        for i, a in enumerate(x["attendees"]):
            rh = 9 * 1.3 + 8
            d.squiggle(m + 400, ry + rh - 3, 80, hash_seed(a[0]), INK, 0.7)
            ry += rh
        y = y2 + 18
    if x.get("verify"):
        v = x["verify"]
        d.text(m, y, "EDUCATOR VERIFICATION", "sansb", 9)
        y += 34
        d.squiggle(m + 10, y - 2, 110, hash_seed(v[0]), INK)
        d.line(m, y, m + 190, y, 0.6)
        d.text(m, y + 11, "Signature", "sans", 7, GREY)
        d.text(m + 215, y - 4, v[0], "sans", 10)
        d.line(m + 210, y, m + 400, y, 0.6)
        d.text(m + 210, y + 11, "Printed name / credentials", "sans", 7, GREY)
        d.text(m + 425, y - 4, v[1], "sans", 10)
        d.line(m + 420, y, W - m, y, 0.6)
        d.text(m + 420, y + 11, "Date signed", "sans", 7, GREY)
        y += 30
    for ln in x.get("notes", []):
        y = d.para(m, y, ln, "sansi", 8, W - 2 * m, leading=10.5, color=GREY) + 3
    d.text(m, H - 30, x.get("footer_left", ""), "sans", 7, GREY)
    d.text(W - m, H - 30, x.get("footer_right", "Page 1 of 1"), "sans", 7, GREY, "r")
    if x.get("extra"):
        x["extra"](d, x)


def L_letter(d, x):
    """Letter on letterhead; paragraphs may carry the title in quotes."""
    W, H = d.w, d.h
    m = 72
    col = x.get("accent", hexc("#233d5c"))
    if x.get("mark"):
        d.rect(m, 40, 44, 44, stroke=None, fill=col, radius=x.get("mark_radius", 0))
        d.text(m + 22, 69, x["mark"], "serifb", 18, WHITE, "c")
        hx = m + 56
    else:
        hx = m
    d.text(hx, 58, x["org"], x.get("org_font", "serifb"), x.get("org_size", 17), col)
    yy = 73
    for ln in x.get("org_lines", []):
        d.text(hx, yy, ln, "sans", 8.5, GREY)
        yy += 11
    d.line(m, max(yy, 88) + 4, W - m, max(yy, 88) + 4, 1.0, col)
    y = max(yy, 88) + 40
    d.text(m, y, x["date"], "serif", 10.5)
    y += 28
    for ln in x.get("to", []):
        d.text(m, y, ln, "serif", 10.5)
        y += 14
    if x.get("to"):
        y += 12
    if x.get("re"):
        d.text(m, y, x["re"], "serifb", 10.5)
        y += 26
    for p in x["paras"]:
        y = d.para(m, y, p, "serif", 10.5, W - 2 * m, leading=15) + 10
    y += 6
    d.text(m, y, x.get("closing", "Sincerely,"), "serif", 10.5)
    y += 40
    d.squiggle(m, y, 120, hash_seed(x["signer"][0]), INK)
    y += 16
    for ln in x["signer"]:
        d.text(m, y, ln, "serif", 10.5)
        y += 13.5
    fy = H - 40
    for ln in reversed(x.get("footer", [])):
        d.text(W / 2, fy, ln, "sans", 7.5, GREY, "c")
        fy -= 10
    if x.get("extra"):
        x["extra"](d, x)


def L_conference(d, x):
    """State society meeting certificate with a session table and totals."""
    W, H = d.w, d.h
    col = x.get("accent", hexc("#5a1f2e"))
    border(d, x.get("border", "thin"), col)
    m = 56
    d.circle(m + 26, 78, 26, stroke=None, fill=col)
    d.text(m + 26, 84, x["mono"], "serifb", 15 if len(x["mono"]) < 5 else 11.5, WHITE, "c")
    d.text(m + 64, 70, x["org"], "serifb", d.fit(x["org"], "serifb", 15, W - 2 * m - 70), col)
    d.text(m + 64, 86, x.get("org_sub", ""), "sans", 8.5, GREY)
    y = 140
    d.text(W / 2, y, x.get("heading", "Certificate of Attendance"), "serifb", 24, BLACK, "c")
    y += 26
    d.text(W / 2, y, x.get("pre", "This is to certify that"), "serifi", 11, GREY, "c")
    y += 32
    d.text(W / 2, y, x["name"], "serifbi", d.fit(x["name"], "serifbi", 24, W - 140), BLACK, "c")
    y += 22
    d.text(W / 2, y, x.get("mid", "attended the"), "serifi", 11, GREY, "c")
    y += 26
    for ln in d.wrap(x["event"], "serifb", 16, W - 2 * m - 20):
        d.text(W / 2, y, ln, "serifb", 16, col, "c")
        y += 20
    for ln in x.get("event_lines", []):
        d.text(W / 2, y, ln, "serif", 10.5, BLACK, "c")
        y += 14
    y += 10
    y = table(d, m, y, x["cols"], x["rows"], size=8.3, head_fill=col, head_color=WHITE, grid=MID,
              zebra=(0.96, 0.95, 0.95), bold_rows=x.get("bold_rows", ())) + 16
    for p in x.get("statements", []):
        y = d.para(m, y, p, "serif", 9, W - 2 * m, leading=12) + 6
    by = H - x.get("sig_y", 92)
    sigs = x.get("sigs", [])
    for i, s in enumerate(sigs):
        bx = m + (W - 2 * m) * (i + 0.5) / len(sigs)
        sig_block(d, bx, by, s[0], s[1], hash_seed(s[0]))
    fy = H - 34
    for ln in reversed(x.get("footer", [])):
        d.text(W / 2, fy, ln, "sans", 7, GREY, "c")
        fy -= 9.5
    if x.get("extra"):
        x["extra"](d, x)


def L_modern(d, x):
    """Landscape certificate with a coloured side band carrying the wordmark."""
    W, H = d.w, d.h
    col = x["color"]
    bw = x.get("band_w", 210)
    d.rect(0, 0, bw, H, stroke=None, fill=col)
    d.rect(bw, 0, 6, H, stroke=None, fill=x.get("color2", hexc("#d9a441")))
    y = 90
    for t, f, s in x.get("band", []):
        for ln in d.wrap(t, f.lstrip("*"), s, bw - 40):
            if f.startswith("*"):
                d.spaced(bw / 2, y, ln, f[1:], s, WHITE, "c", track=s * 0.2)
            else:
                d.text(bw / 2, y, ln, f, s, WHITE, "c")
            y += s * 1.3
    if x.get("band_seal"):
        d.seal(bw / 2, H - 150, 44, x.get("color2", hexc("#d9a441")), x["band_seal"])
    yb = H - 64
    for ln in reversed(x.get("band_foot", [])):
        d.text(bw / 2, yb, ln, "sans", 7.5, (0.9, 0.9, 0.9), "c")
        yb -= 10
    lx = bw + 50
    rw = W - lx - 50
    y = 86
    hd = x.get("heading", ["CERTIFICATE", "OF COMPLETION"])
    d.text(lx, y, hd[0], "sansb", 34, col)
    y += 26
    if len(hd) > 1:
        d.spaced(lx, y, hd[1], "sans", 13, GREY, "l", track=3)
        y += 40
    d.text(lx, y, x.get("pre", "PRESENTED TO"), "sansb", 8.5, GREY)
    y += 36
    d.text(lx, y, x["name"], "serifbi", d.fit(x["name"], "serifbi", 32, rw), BLACK)
    y += 12
    d.line(lx, y, lx + rw, y, 0.8, x.get("color2", hexc("#d9a441")))
    y += 26
    y = d.para(lx, y, x.get("mid", "for successful completion of"), "sans", 10.5, rw, color=GREY) + 8
    ts = x.get("title_size", 19)
    for ln in d.wrap(x["title"].upper() if x.get("caps") else x["title"], "sansb", ts, rw):
        d.text(lx, y + ts * 0.4, ln, "sansb", ts, col)
        y += ts * 1.25
    y += 12
    for label, value in x.get("rows", []):
        d.text(lx, y, label, "sansb", 9, GREY)
        d.text(lx + x.get("label_w", 120), y, value, "sans", 10)
        y += 15
    y += 6
    for p in x.get("statements", []):
        y = d.para(lx, y, p, "sans", 8.5, rw, leading=11.5, color=(0.25, 0.25, 0.25)) + 5
    sigs = x.get("sigs", [])
    for i, s in enumerate(sigs):
        sx = lx + 95 + i * 240
        sig_block(d, sx, H - x.get("sig_y", 78), s[0], s[1], hash_seed(s[0]), w=180)
    fy = H - 18
    for ln in reversed(x.get("footer", [])):
        d.text(lx + rw / 2, fy, ln, "sans", 6.8, GREY, "c")
        fy -= 9
    if x.get("extra"):
        x["extra"](d, x)


def L_transcript(d, x):
    """Transcript / completion record table."""
    W, H = d.w, d.h
    m = 48
    font = x.get("font", "sans")
    bold = "monob" if font == "mono" else "sansb"
    col = x.get("accent", BLACK)
    d.text(m, 58, x["org"], x.get("org_font", "serifb"), 16, col)
    d.text(m, 74, x.get("org_sub", ""), "sans", 9, GREY)
    if x.get("stamp"):
        d.rect(W - m - 150, 40, 150, 30, stroke=(0.7, 0.1, 0.1), width=1.5)
        d.text(W - m - 75, 60, x["stamp"], "sansb", 11, (0.7, 0.1, 0.1), "c")
    d.line(m, 86, W - m, 86, 1, col)
    y = 110
    d.text(m, y, x["heading"], bold, 12)
    y += 22
    for (l1, v1), (l2, v2) in x.get("info", []):
        d.text(m, y, l1, bold, 8.5, GREY)
        d.text(m + 95, y, v1, font, 9.5)
        d.text(W / 2 + 10, y, l2, bold, 8.5, GREY)
        d.text(W / 2 + 105, y, v2, font, 9.5)
        y += 14
    y += 12
    for sect in x["sections"]:
        if sect.get("label"):
            d.text(m, y, sect["label"], bold, 9.5)
            y += 6
        y = table(d, m, y, sect["cols"], sect["rows"], font=font, head_font=bold, size=8.5,
                  head_fill=x.get("head_fill", (0.9, 0.9, 0.9)), grid=x.get("grid", MID)) + 8
        for ln in sect.get("after", []):
            d.text(m, y + 4, ln, font, 8.5)
            y += 12
        y += 10
    for p in x.get("notes", []):
        y = d.para(m, y, p, "sans", 8, W - 2 * m, leading=10.5, color=GREY) + 4
    if x.get("sig"):
        sig_block(d, W - m - 110, H - 110, x["sig"][0], x["sig"][1], hash_seed(x["sig"][0]), w=200)
    d.text(m, H - 30, x.get("footer_left", ""), "sans", 7, GREY)
    d.text(W - m, H - 30, x.get("footer_right", ""), "sans", 7, GREY, "r")
    if x.get("extra"):
        x["extra"](d, x)


def card_face(d, ox, oy, w, h, x, side):
    col = x["color"]
    d.rect(ox, oy, w, h, stroke=MID, fill=WHITE, width=0.6, radius=9)
    if side == "front":
        d.rect(ox, oy, w, 30, stroke=None, fill=col, radius=9)
        d.rect(ox, oy + 14, w, 16, stroke=None, fill=col)
        d.text(ox + 10, oy + 13, x["org_line1"], "sansb", 8.3, WHITE)
        d.text(ox + 10, oy + 24, x.get("org_line2", ""), "sans", 6.5, WHITE)
        d.circle(ox + w - 20, oy + 15, 10, stroke=WHITE, fill=x.get("color2", (0.85, 0.15, 0.2)), width=1)
        d.text(ox + w - 20, oy + 18.5, "+", "sansb", 11, WHITE, "c")
        y = oy + 48
        d.text(ox + w / 2, y, x["card_title"], "sansb", 13, col, "c")
        y += 11
        if x.get("card_sub"):
            d.text(ox + w / 2, y, x["card_sub"], "sans", 6.8, GREY, "c")
            y += 10
        y += 6
        d.text(ox + 10, y, x["name"], "sansb", 10)
        d.line(ox + 10, y + 2, ox + w - 10, y + 2, 0.4, MID)
        y += 12
        for ln in d.wrap(x["front_text"], "sans", 5.8, w - 20):
            d.text(ox + 10, y, ln, "sans", 5.8, (0.2, 0.2, 0.2))
            y += 7.2
        y = oy + h - 26
        for i, (lab, val) in enumerate(x["front_fields"]):
            fx = ox + 10 + i * (w - 20) / len(x["front_fields"])
            d.text(fx, y, lab, "sans", 5.5, GREY)
            d.text(fx, y + 10, val, "sansb", 8)
    else:
        y = oy + 18
        for lab, val in x["back_fields"]:
            d.text(ox + 10, y, lab, "sansb", 6.2, GREY)
            d.text(ox + 92, y, val, "sans", 7.5)
            d.line(ox + 90, y + 2, ox + w - 10, y + 2, 0.3, LIGHT)
            y += 13
        y += 4
        for ln in d.wrap(x.get("back_text", ""), "sans", 5.5, w - 20):
            d.text(ox + 10, y, ln, "sans", 5.5, GREY)
            y += 6.8


def L_card_page(d, x):
    """Printable eCard page: instructions plus card front and back with cut lines."""
    W, H = d.w, d.h
    m = 54
    col = x["color"]
    d.text(m, 60, x["page_head"], "sansb", 15, col)
    d.text(m, 76, x.get("page_sub", ""), "sans", 9, GREY)
    d.line(m, 86, W - m, 86, 0.8, col)
    y = 110
    for p in x.get("instructions", []):
        y = d.para(m, y, p, "sans", 9, W - 2 * m, leading=12) + 4
    cw, ch = 243 * 1.05, 153 * 1.05
    oy = y + 26
    ox1 = W / 2 - cw - 12
    ox2 = W / 2 + 12
    d.dashed(ox1 - 16, oy - 12, ox2 + cw + 16, oy - 12)
    d.dashed(ox1 - 16, oy + ch + 12, ox2 + cw + 16, oy + ch + 12)
    d.text(ox1, oy - 17, "\u2702  cut along the dashed line", "sans", 7, MID)
    card_face(d, ox1, oy, cw, ch, x, "front")
    card_face(d, ox2, oy, cw, ch, x, "back")
    d.text(ox1 + cw / 2, oy + ch + 26, "FRONT", "sansb", 7, MID, "c")
    d.text(ox2 + cw / 2, oy + ch + 26, "BACK", "sansb", 7, MID, "c")
    y = oy + ch + 56
    for p in x.get("after", []):
        y = d.para(m, y, p, "sans", 8.5, W - 2 * m, leading=11.5, color=GREY) + 4
    d.text(m, H - 34, x.get("footer_left", ""), "sans", 7, GREY)
    d.text(W - m, H - 34, x.get("footer_right", ""), "sans", 7, GREY, "r")


def L_card_only(d, x):
    card_face(d, 0, 0, d.w, d.h, x, "front")


def hash_seed(s: str) -> int:
    return sum((i + 1) * ord(ch) for i, ch in enumerate(s))


# --------------------------------------------------------------------------- degradation


def _solve(A, B):
    n = len(B)
    M = [row[:] + [b] for row, b in zip(A, B)]
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(M[r][i]))
        M[i], M[p] = M[p], M[i]
        for r in range(n):
            if r != i:
                f = M[r][i] / M[i][i]
                for c in range(i, n + 1):
                    M[r][c] -= f * M[i][c]
    return [M[i][n] / M[i][i] for i in range(n)]


def persp_coeffs(dst, src):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B.append(v)
    return _solve(A, B)


def field_image(W, H, fn, cells=48):
    """A smooth greyscale field: fn(u, v) in 0..1 sampled on a coarse grid, then upscaled."""
    small = Image.new("L", (cells, cells))
    small.putdata([max(0, min(255, int(255 * fn(i / (cells - 1), j / (cells - 1)))))
                   for j in range(cells) for i in range(cells)])
    return small.resize((W, H), Image.BICUBIC)


def noise_image(W, H, rng, amp):
    raw = Image.frombytes("L", (W, H), rng.randbytes(W * H))
    return raw.point(lambda v: int(128 + (v - 128) * amp / 128))


def surface_texture(W, H, kind, rng):
    if kind == "wood":
        base = (rng.randint(120, 150), rng.randint(80, 95), rng.randint(48, 60))
        small = Image.new("RGB", (W // 4, H // 4), base)
        dr = ImageDraw.Draw(small)
        for _ in range(H // 3):
            yy = rng.uniform(0, H // 4)
            s = rng.uniform(0.78, 1.15)
            c = tuple(int(v * s) for v in base)
            dr.line([(0, yy), (W // 4, yy + rng.uniform(-4, 4))], fill=c, width=rng.randint(1, 3))
        img = small.filter(ImageFilter.GaussianBlur(1.2)).resize((W, H), Image.BICUBIC)
    elif kind == "granite":
        base = (rng.randint(70, 95),) * 3
        img = Image.new("RGB", (W, H), base)
        sp = noise_image(W // 3, H // 3, rng, 45).filter(ImageFilter.GaussianBlur(0.6)).resize((W, H), Image.BICUBIC)
        img = ImageChops.add(img, Image.merge("RGB", [sp] * 3), 1.0, -128)
    elif kind == "cloth":
        base = (rng.randint(40, 60), rng.randint(70, 90), rng.randint(110, 130))
        img = Image.new("RGB", (W, H), base)
        n = noise_image(W, H, rng, 28).filter(ImageFilter.GaussianBlur(0.8))
        img = ImageChops.add(img, Image.merge("RGB", [n] * 3), 1.0, -128)
    elif kind == "desk":
        base = (rng.randint(200, 220), rng.randint(195, 212), rng.randint(185, 200))
        img = Image.new("RGB", (W, H), base)
    else:  # dark laminate
        base = (rng.randint(38, 50), rng.randint(36, 46), rng.randint(34, 42))
        img = Image.new("RGB", (W, H), base)
    return img


def photograph(page, seed, o):
    rng = random.Random(seed)
    page = page.convert("RGB")
    page = ImageChops.multiply(page, Image.new("RGB", page.size, o.get("paper", (250, 247, 238))))
    pw, ph = page.size
    m = o.get("margin", 0.13)
    W, H = int(pw * (1 + 2 * m)), int(ph * (1 + 2 * m))
    bg = surface_texture(W, H, o.get("surface", "wood"), rng)
    ang = o.get("angle", 2.0)
    rot = page.convert("RGBA").rotate(ang, resample=Image.BICUBIC, expand=True)
    ox = (W - rot.width) // 2 + int(rng.uniform(-0.02, 0.02) * pw)
    oy = (H - rot.height) // 2 + int(rng.uniform(-0.02, 0.02) * ph)
    alpha = rot.getchannel("A")
    sh = Image.new("L", (W, H), 0)
    sd = int(pw * 0.012)
    sh.paste(alpha, (ox + sd, oy + sd))
    sh = sh.filter(ImageFilter.GaussianBlur(pw * 0.012)).point(lambda v: int(v * 0.6))
    bg = Image.composite(Image.new("RGB", (W, H), (15, 12, 10)), bg, sh)
    bg.paste(rot, (ox, oy), alpha)
    k = o.get("keystone", 0.045)
    side = o.get("tilt", rng.choice(["top", "left", "right", "bottom"]))
    j = [rng.uniform(0.01, 0.03) for _ in range(8)]
    src = [[j[0] * W, j[1] * H], [W - j[2] * W, j[3] * H], [W - j[4] * W, H - j[5] * H], [j[6] * W, H - j[7] * H]]
    # a stronger pull on one side = the phone was tilted towards that edge
    if side == "top":
        src[0][0] -= k * W
        src[1][0] += k * W
    elif side == "bottom":
        src[3][0] -= k * W
        src[2][0] += k * W
    elif side == "left":
        src[0][1] -= k * H
        src[3][1] += k * H
    else:
        src[1][1] -= k * H
        src[2][1] += k * H
    coeffs = persp_coeffs([(0, 0), (W, 0), (W, H), (0, H)], [tuple(p) for p in src])
    img = bg.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(20, 18, 16))
    # lighting: directional gradient + vignette
    a = rng.uniform(0, 2 * math.pi)
    lo, hi = o.get("light", (0.68, 1.0))
    ca, sa = math.cos(a), math.sin(a)

    def light(u, v):
        t = ((u - 0.5) * ca + (v - 0.5) * sa) / 1.0 + 0.5
        r2 = (u - 0.5) ** 2 + (v - 0.5) ** 2
        return (lo + (hi - lo) * max(0.0, min(1.0, t))) * (1 - 0.35 * r2)

    g = field_image(W, H, light)
    img = ImageChops.multiply(img, Image.merge("RGB", [g] * 3))
    if o.get("glare"):
        gx, gy = rng.uniform(0.3, 0.7), rng.uniform(0.2, 0.5)
        gl = field_image(W, H, lambda u, v: 0.45 * math.exp(-((u - gx) ** 2 + (v - gy) ** 2) / 0.012))
        img = ImageChops.screen(img, Image.merge("RGB", [gl] * 3))
    cast = o.get("cast", (1.0, 0.97, 0.9))
    img = Image.merge("RGB", [ch.point(lambda v, f=f: min(255, int(v * f))) for ch, f in zip(img.split(), cast)])
    img = img.filter(ImageFilter.GaussianBlur(o.get("blur", 0.9)))
    long_side = o.get("out_long", 1600)
    s = long_side / max(W, H)
    img = img.resize((int(W * s), int(H * s)), Image.LANCZOS)
    n = noise_image(img.width, img.height, rng, o.get("noise", 14))
    img = ImageChops.add(img, Image.merge("RGB", [n] * 3), 1.0, -128)
    return img


def scanify(page, seed, o):
    rng = random.Random(seed)
    g = page.convert("L")
    w, h = g.size
    ang = o.get("angle", 0.8)
    if o.get("mode", "grey") == "grey":
        lo, hi = o.get("tone", (30, 236))
        gam = o.get("gamma", 1.25)
        lut = [int(lo + (hi - lo) * (v / 255) ** gam) for v in range(256)]
        g = g.point(lut)
        uneven = field_image(w, h, lambda u, v: 0.93 + 0.07 * (1 - abs(u - 0.4)) - 0.03 * v)
        g = ImageChops.multiply(g, uneven)
        g = g.rotate(ang, resample=Image.BICUBIC, fillcolor=hi)
        dr = ImageDraw.Draw(g)
        for _ in range(o.get("specks", 160)):
            x, y, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.5, 1.8)
            dr.ellipse([x - r, y - r, x + r, y + r], fill=rng.randint(40, 140))
        for _ in range(o.get("hairs", 2)):
            x, y = rng.uniform(0, w), rng.uniform(0, h)
            pts = [(x, y)]
            for _ in range(12):
                x += rng.uniform(-6, 10)
                y += rng.uniform(-3, 8)
                pts.append((x, y))
            dr.line(pts, fill=90, width=1)
        if o.get("streak"):
            sx = int(rng.uniform(0.2, 0.8) * w)
            streak = field_image(w, h, lambda u, v: 1.0 if abs(u - sx / w) > 0.004 else 0.9)
            g = ImageChops.multiply(g, streak)
        if o.get("edge"):
            side = o["edge"]
            eg = field_image(w, h, lambda u, v: min(1.0, 0.25 + (u if side == "left" else 1 - u) * 14))
            g = ImageChops.multiply(g, eg)
        g = g.filter(ImageFilter.GaussianBlur(o.get("blur", 0.55)))
        n = noise_image(w, h, rng, o.get("noise", 10))
        g = ImageChops.add(g, n, 1.0, -128)
        return g
    # fax: 1-bit, coarse vertical resolution, ragged edges
    g = g.rotate(ang, resample=Image.BICUBIC, fillcolor=255)
    g = g.resize((w, h // 2), Image.BOX).resize((w, h), Image.NEAREST)
    if o.get("header"):
        dr = ImageDraw.Draw(g)
        f = ImageFont.truetype(str(FONT_DIR / FONTS["mono"]), h * 0.0105)
        dr.rectangle([0, 0, w, h * 0.022], fill=255)
        dr.text((w * 0.04, h * 0.012), o["header"], font=f, fill=0, anchor="lm")
    n = noise_image(w, h, rng, o.get("noise", 60))
    g = ImageChops.add(g, n, 1.0, -128)
    th = o.get("threshold", 150)
    g = g.point(lambda v: 255 if v > th else 0)
    dr = ImageDraw.Draw(g)
    for _ in range(o.get("specks", 220)):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        dr.point((x, y), fill=0)
    return g.convert("1")


def image_pdf(path, img, page_size, quality=None):
    c = canvas.Canvas(str(path), pagesize=page_size, invariant=1)
    buf = io.BytesIO()
    if quality:
        img.save(buf, "JPEG", quality=quality)
    else:
        img.save(buf, "PNG")
    buf.seek(0)
    c.drawImage(ImageReader(buf), 0, 0, page_size[0], page_size[1])
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- corpus

SPECS: list[dict] = []


def cert(name, layout, size, data, exp, render=None):
    kind = {"p": "pdf", "i": "image", "s": "scan"}[name[0]]
    e = dict(kind=kind)
    e.update(exp)
    SPECS.append(dict(name=name, layout=layout, size=size, data=data, exp=e, render=render or {}))


def E(title, provider, date, amount, unit, aama, category, notes, categories=None):
    e = dict(title=title, provider=provider, completed_on=date, amount=amount, unit=unit,
             aama_approved=aama, category=category)
    if categories:
        e["categories"] = categories
    e["notes"] = notes
    return e


NAVY = hexc("#1f3b63")
MAROON = hexc("#6b1f2a")
FOREST = hexc("#1f5a3d")
TEAL = hexc("#0f6b73")
PLUM = hexc("#4b2a63")
GOLD = hexc("#b38a2e")
SLATE = hexc("#37474f")
RUST = hexc("#a0461e")
BLUE = hexc("#1d5fa8")

AAMA_STD = "by the American Association of Medical Assistants (AAMA)"

# ---- text PDFs -----------------------------------------------------------------------

cert("p01_brackenridge_immunizations.pdf", L_award, LETTER_L, dict(
    border="guilloche", accent=NAVY, accent2=GOLD,
    top=[("BRACKENRIDGE", "*serifb", 15, NAVY), ("Medical Education Collaborative", "serifi", 10, GREY)],
    certno="Certificate No. BMEC-24-0917-118", heading="Certificate of Completion", heading_size=32,
    pre="This certifies that", name="Marisol T. Featherstone",
    mid=["has successfully completed the continuing education activity"],
    title="Assisting with Pediatric Immunizations: Schedules, Storage, and VIS Documentation",
    title_size=19, title_maxw=520,
    body=["This activity has been approved for 1.5 AAMA CEUs (Clinical) " + AAMA_STD + "."],
    bottom=[("field", "September 12, 2024", "Date Completed"), ("sig", "Harriet Olumide, MSN, RN", "Director of Education"),
            ("field", "September 20, 2024", "Date Issued")],
    bottom_y=104,
    footer=["Brackenridge Medical Education Collaborative \u00b7 1180 Tolliver Avenue, Suite 300 \u00b7 Dayton, OH 45402"],
    footer_y=52,
), E("Assisting with Pediatric Immunizations: Schedules, Storage, and VIS Documentation",
     "Brackenridge Medical Education Collaborative", "2024-09-12", "1.5", "aama_ceu", True, "clinical",
     "guilloche landscape award; letter-spaced wordmark; two-line title; issued date 8 days later; cert no."))

cert("p02_northwind_bbp_lms.pdf", L_lms, LETTER, dict(
    platform="LearnLattice", platform_tag="Workforce Learning", color=hexc("#2b3a67"),
    top_right=["Certificate # LL-2025-0088213", "Verify: code 7KQ2-M1XD"],
    name="Jordan A. Beckwith", mid="has completed the following online course",
    rows=[("Course Title:", "BLOODBORNE PATHOGENS EXPOSURE CONTROL FOR AMBULATORY CARE 2025"),
          ("Course ID:", "NCA-BBP-2025"), ("Enrolled:", "2025-01-06"), ("Completed:", "2025-01-09"),
          ("Certificate Expires:", "2026-01-09"), ("Duration:", "50 minutes"), ("Final Score:", "92% (passing 80%)")],
    bold_labels=("Course Title:",),
    statements=["This course satisfies the annual OSHA bloodborne pathogens training requirement "
                "(29 CFR 1910.1030) for employees with occupational exposure. It is not accredited for "
                "continuing education credit."],
    sig=("Wendell Q. Harrow", "Chief Compliance Officer"),
    footer=["Course content \u00a9 2025 Northwind Compliance Academy, LLC. All rights reserved.",
            "Delivered on the LearnLattice platform \u00b7 Powered by LearnLattice"],
), E("Bloodborne Pathogens Exposure Control for Ambulatory Care 2025", "Northwind Compliance Academy, LLC",
     "2025-01-09", "50", "minutes", False, None,
     "LMS platform banner is not the provider; ALL-CAPS title after 'Course Title:'; enrolled/completed/expires ISO dates; no CE"),
    render=dict(creator="LearnLattice Certificate Service"))

cert("p03_saint_ottilie_fall_prevention.pdf", L_form, LETTER, dict(
    org="Saint Ottilie Regional Medical Center", dept="Department of Nursing & Clinical Education",
    address="2200 Abbey Road East \u00b7 Harmon Falls, WI 54932", form_no="Form SORMC-ED-114",
    boxes=[[("PROGRAM / TOPIC", "Fall Prevention and Safe Patient Handling in Outpatient Clinics")],
           [("DATE", "11/14/2023"), ("TIME", "2:00 PM \u2013 3:30 PM"), ("DURATION", "1 hr 30 min")],
           [("PRESENTER", "Renata Kowalczyk, PT, DPT"), ("LOCATION", "Pavilion B, Conference Room 2")],
           [("CE CREDIT", "None \u2014 attendance / competency only"), ("COST CENTER", "7710 Ambulatory Clinics")]],
    objectives=["Identify patients at high risk for falls using the clinic screening questions",
                "Demonstrate safe transfers from wheelchair to exam table with a gait belt",
                "Document fall-risk interventions in the visit note"],
    attendees=[("Kendra Oyelowo", "104882", "Family Medicine"), ("Luis Ferreira-Dunn", "110457", "Orthopedics"),
               ("Mae-Lin Horvath", "098213", "Family Medicine"), ("Tobias Greer", "112006", "Pediatrics"),
               ("Anjali Prakash", "107731", "Internal Medicine")],
    verify=("Collette Banerjee, RN, BSN", "11/21/2023"),
    notes=["Return completed record to Nursing & Clinical Education within 7 days. Retain copy for employee file."],
    footer_left="SORMC-ED-114  Rev. 03/2023", footer_right="Page 1 of 1",
), E("Fall Prevention and Safe Patient Handling in Outpatient Clinics", "Saint Ottilie Regional Medical Center",
     "2023-11-14", "90", "minutes", False, None,
     "in-service form with sign-in table; department folded into hospital; '1 hr 30 min'; educator signed a week later; form rev. date"))

_p04_rows = [
    ["Fri 10/18", "Opening Keynote: The Medical Assistant as Care Team Anchor", "General", "1.0"],
    ["Sat 10/19", "Coding Modifiers That Trip Up Clinics", "Admin.", "1.0"],
    ["Sat 10/19", "Wound Care and Dressing Changes Update", "Clinical", "1.5"],
    ["Sat 10/19", "Vaccine Storage and Handling: Audit Preparation", "Clinical", "1.0"],
    ["Sun 10/20", "Front Office Communication Under Pressure", "Admin.", "1.0"],
    ["Sun 10/20", "Point-of-Care Testing Competency Refresher", "Clinical", "1.0"],
    ["", "Totals by category: Administrative 2.0 \u00b7 Clinical 3.5 \u00b7 General 1.0", "TOTAL", "6.5"],
]
cert("p04_cumberland_convention_split.pdf", L_conference, LETTER, dict(
    accent=MAROON, mono="CSSMA", org="Cumberland State Society of Medical Assistants",
    org_sub="A state society affiliated with the American Association of Medical Assistants",
    name="Priya N. Castellanos, CMA (AAMA)",
    event="2024 Annual Convention & Educational Symposium",
    event_lines=["October 18\u201320, 2024", "Laurel Springs Conference Center \u00b7 Harlan Gap"],
    cols=[("Date", 62, "l"), ("Session", 290, "l"), ("Category", 80, "c"), ("AAMA CEUs", 68, "c")],
    rows=_p04_rows, bold_rows=(6,),
    statements=["This program has been approved for 6.5 AAMA CEUs (2.0 administrative, 3.5 clinical, 1.0 general) "
                + AAMA_STD + ". Credit is awarded for the sessions listed above."],
    sigs=[("Beatrix Lindqvist, CMA (AAMA)", "CSSMA President"), ("Owen Tallis, CMA (AAMA)", "Education Chair")],
    footer=["Retain this certificate for six years for recertification audit purposes."],
), E("2024 Annual Convention & Educational Symposium", "Cumberland State Society of Medical Assistants",
     "2024-10-20", "6.5", "aama_ceu", True, None,
     "three-day range (last day); session table with Admin./Clinical/General; total row; monogram logo",
     categories={"administrative": "2.0", "clinical": "3.5", "general": "1.0"}))

cert("p05_keystone_prior_auth_webinar.pdf", L_modern, LETTER_L, dict(
    color=hexc("#14365b"), band=[("KEYSTONE", "*serifb", 22), ("MA LEARNING NETWORK", "sans", 9)],
    band_seal=["LIVE", "WEBINAR", "2025"], band_foot=["Practice Management", "Webinar Series"],
    heading=["CERTIFICATE", "OF PARTICIPATION"], name="Tamsin Oyelaran",
    mid="participated in the live webinar", title="Navigating Prior Authorizations Without Losing Your Mind",
    title_size=20,
    rows=[("Webinar date", "Thursday, February 6, 2025"), ("Series", "2025 Practice Management Webinar Series, No. 3"),
          ("Credit", "1.0 AAMA CEU (Administrative)")],
    statements=["This webinar has been approved for 1.0 AAMA CEU (Administrative) " + AAMA_STD + ". "
                "Attendance was verified by poll responses during the live session.",
                "Certificate generated 02/07/2025 09:14 ET."],
    sigs=[("Ingrid Solvang, CMA (AAMA)", "Webinar Program Manager")], sig_y=62,
    footer=["Keystone Medical Assistant Learning Network, Inc. \u00b7 PO Box 4471 \u00b7 Carlisle Ridge, PA 17013"],
), E("Navigating Prior Authorizations Without Losing Your Mind", "Keystone Medical Assistant Learning Network, Inc.",
     "2025-02-06", "1.0", "aama_ceu", True, "administrative",
     "side-band wordmark is a short form; full provider in footer; series name is not the title; generated date next day"))

cert("p06_ridgeway_ecg_nha.pdf", L_award, LETTER, dict(
    border="double", accent=TEAL, heading=["Certificate", "of Completion"], heading_size=36, heading_font="sansb",
    top=[], top_y=58, gap1=20,
    pre="Presented to", name="Desmond K. Ashworth", name_font="sansb", name_size=26,
    mid=["Course:"], mid_font="sansb",
    title="Electrocardiography Lead Placement and Artifact Troubleshooting", title_size=17, title_font="sansb",
    title_maxw=420,
    body=[("Completion date: 2025-06-03", "sans", 11, BLACK), ("NHA CE Credits: 1.5", "sansb", 12, BLACK), ("", "sans", 6, BLACK),
          ("This course has been approved by the National Healthcareer Association (NHA) for 1.5 continuing "
           "education credits. Ridgeway Allied Health Institute is an NHA-approved continuing education provider.",
           "sans", 9, GREY)],
    body_maxw=420, bottom_y=150, bottom_margin=110,
    bottom=[("sig", "Lorraine Vasquez-Pell", "Program Director", "Ridgeway Allied Health Institute"),
            ("field", "2025-06-04", "Issued")],
    footer=["Certificate ID RAHI-ECG-25-00613"],
), E("Electrocardiography Lead Placement and Artifact Troubleshooting", "Ridgeway Allied Health Institute",
     "2025-06-03", "1.5", "nha_credit", False, None,
     "portrait; title after 'Course:' on its own line; provider only in accreditation sentence and signature block; issued next day"))

cert("p07_harbor_point_terminology_iacet.pdf", L_award, LETTER_L, dict(
    border="band", accent=hexc("#0b4f6c"), accent2=GOLD,
    top=[("Harbor Point Professional Development Center", "sansb", 14, hexc("#0b4f6c"))], top_y=70,
    heading="Certificate of Achievement", heading_size=28, heading_font="serif",
    pre="awarded to", name="Yolanda Birchfield-Amos", name_size=28,
    mid=["for successful completion of the five-session course"],
    title="Medical Terminology Refresher for Front-Office Staff", title_size=19,
    body=["Course dates: 05/05/2025 \u2013 05/09/2025  (evenings, 6:00\u20137:15 PM)",
          ("Awarded 0.6 CEU (6.0 contact hours)", "serifb", 12, BLACK)],
    bottom=[("sig", "Margo Ellerbee, M.Ed.", "Director, Professional Development"), ("seal", ["IACET", "ACCREDITED", "PROVIDER"]),
            ("field", "May 12, 2025", "Date of Issue")],
    bottom_y=108,
    footer=["Harbor Point Professional Development Center is accredited by the International Accreditors for Continuing "
            "Education and Training (IACET) and is authorized to issue the IACET CEU."],
    footer_y=42,
), E("Medical Terminology Refresher for Front-Office Staff", "Harbor Point Professional Development Center",
     "2025-05-09", "0.6", "iacet_ceu", False, None,
     "course date range MM/DD/YYYY (last day); CEU with contact-hour equivalent; issue date later; IACET seal"))

cert("p08_pinecrest_pharmacology_letter.pdf", L_letter, LETTER, dict(
    org="Pinecrest Valley Community College", org_lines=["Office of Workforce & Continuing Education",
                                                         "7400 College Parkway \u00b7 Millbrook Flats, OR 97381 \u00b7 (541) 555-0148"],
    mark="PV", date="June 2, 2025", to=["To Whom It May Concern:"],
    re="Re: Course completion verification \u2014 Ana Luc\u00eda Restrepo",
    paras=["This letter confirms that Ana Luc\u00eda Restrepo (Student ID P00482291) successfully completed MAST 214, "
           "Pharmacology for Medical Assistants, a 3-credit-hour course, during the Spring 2025 semester "
           "(January 13 \u2013 May 9, 2025), earning a final grade of A\u2212.",
           "The course included 45 hours of lecture and 30 hours of supervised laboratory practice covering drug "
           "classifications, dosage calculation, and medication administration by oral, topical, and parenteral routes.",
           "Official transcripts may be requested through the Registrar. Please contact our office if you need "
           "any further information."],
    signer=["Dolores Mbeki-Hart", "Coordinator, Allied Health Programs", "Pinecrest Valley Community College"],
    footer=["Pinecrest Valley Community College is an equal opportunity institution."],
), E("Pharmacology for Medical Assistants", "Pinecrest Valley Community College", "2025-05-09", "3",
     "college_credit", False, None,
     "college letter; course code MAST 214 left out; semester range (last day); letter date later; lecture/lab hours not credit"))

cert("p09_blue_heron_bls_ecard.pdf", L_card_page, LETTER, dict(
    color=hexc("#123f7a"), page_head="Blue Heron Resuscitation Council", page_sub="Provider eCard \u2014 print and cut",
    instructions=["Congratulations on completing your course. This eCard is your official course completion card. "
                  "Print this page at 100% scale, cut out the card along the dashed lines, and fold it in half.",
                  "Employers can verify this card using the eCard code printed on the back."],
    org_line1="BLUE HERON RESUSCITATION COUNCIL", org_line2="Provider Course Completion Card",
    card_title="BLS Provider", card_sub="Basic Life Support for Healthcare Providers",
    name="Callum R. Nakashima",
    front_text="has successfully completed the cognitive and skills evaluations in accordance with the curriculum "
               "of the Blue Heron Resuscitation Council Basic Life Support for Healthcare Providers course.",
    front_fields=[("Course Date", "08/22/2025"), ("Recommended Renewal", "08/2027")],
    back_fields=[("Training Site", "Eastgate Fire Training Center"), ("Site Location", "Eastgate, KY"),
                 ("Instructor", "Sofia Marchetti  #04417"), ("eCard Code", "BH7Q-22K9-XL"), ("Issue Date", "08/25/2025")],
    back_text="Course content follows the 2020 AHA Guidelines for CPR and ECC. Holder signature: ______________",
    after=["This card does not certify competence to perform CPR without supervision. Questions: "
           "cards@blueheronrc.example"],
    footer_left="eCard generated 08/25/2025", footer_right="BHRC-BLS-v4",
), E("Basic Life Support for Healthcare Providers", "Blue Heron Resuscitation Council", "2025-08-22", "1",
     "cpr_card", False, "clinical",
     "printable eCard front/back; training site is not the provider; issue date 3 days after course date; renewal month"))

cert("p10_veritrace_spirometer_training.pdf", L_modern, LETTER_L, dict(
    color=hexc("#3b3f46"), color2=hexc("#e05a2b"),
    band=[("VERITRACE", "*sansb", 22), ("Medical Devices", "sans", 10)], band_foot=["Clinical Applications", "Training"],
    heading=["CERTIFICATE", "OF TRAINING"], name="Renée Castellanos-Whitby",
    mid="has completed the manufacturer\u2019s operator training for",
    title="SpiroLink 300 Office Spirometer: Operation, Calibration, and Patient Coaching", title_size=18,
    rows=[("Training completed", "Apr 15, 2024"), ("Trainer", "Blake Sorensen, Clinical Applications Specialist"),
          ("Location", "Northgate Family Medicine (on-site)"), ("Device serial", "SL3-0047719")],
    label_w=130,
    statements=["This product training is not accredited. No continuing education credit is awarded.",
                "\u00a9 2024 Veritrace Medical Devices, Inc. SpiroLink is a trademark of Veritrace Medical Devices, Inc."],
    sigs=[("Blake Sorensen", "Clinical Applications Specialist")], sig_y=70,
), E("SpiroLink 300 Office Spirometer: Operation, Calibration, and Patient Coaching", "Veritrace Medical Devices, Inc.",
     "2024-04-15", None, None, False, None,
     "vendor product training; explicitly no CE credit; on-site clinic is the venue, not the provider"))

cert("p11_lone_cypress_mi_pending.pdf", L_award, LETTER, dict(
    border="corners", accent=FOREST, top=[("LONE CYPRESS", "*sansb", 16, FOREST), ("Healthcare Education", "sans", 10, GREY)],
    top_y=84, heading="Certificate of Completion", heading_size=28,
    pre="This is to certify that", name="Beatriz Halloran", name_size=28,
    mid=["completed the program"],
    title="Motivational Interviewing Basics for the Medical Assistant", title_size=19, title_maxw=400,
    body=["held on 03/19/2025", ("1.5 contact hours", "serifb", 12, BLACK),
          ("AAMA CEU approval pending at time of printing. Please retain this certificate; an updated certificate "
           "will be issued if approval is granted.", "serifi", 9, GREY)],
    body_maxw=400, bottom_y=140, bottom_margin=100,
    bottom=[("sig", "Thaddeus Ironwood, MPH", "Education Director"), ("field", "03/21/2025", "Printed")],
    footer=["Lone Cypress Healthcare Education \u00b7 Beaumont Hollow, TX"],
), E("Motivational Interviewing Basics for the Medical Assistant", "Lone Cypress Healthcare Education", "2025-03-19",
     "1.5", "contact_hours", False, None,
     "AAMA approval pending -> not approved; contact hours; printed date two days later"))

cert("p12_harrowgate_ergonomics_not_approved.pdf", L_award, LETTER_L, dict(
    border="thin", accent=SLATE, top=[("HARROWGATE FAMILY HEALTH CENTERS", "sansb", 12, SLATE),
                                      ("Staff Development & Education", "sans", 9, GREY)], top_y=66,
    heading="Certificate of Attendance", heading_size=22, heading_font="sans", heading_color=GREY, gap1=6, gap2=16,
    pre=None, name="Corbin Mayfield", name_font="sansb", name_size=22, name_rule=False,
    mid=[], title="WORKPLACE ERGONOMICS FOR CLINIC STAFF", title_size=30, title_font="sansb", title_color=SLATE,
    title_maxw=640,
    body=[("Oct. 3, 2023  \u00b7  Main Campus, Room 114  \u00b7  1.0 contact hour", "sans", 11, BLACK),
          ("This activity has not been approved for AAMA CEUs.", "sansi", 9, GREY)],
    bottom=[("sig", "Felicity Armbruster, OTR/L", "Presenter"), ("sig", "Nolan Pryce", "Staff Development Manager")],
    bottom_y=96, bottom_margin=150,
), E("Workplace Ergonomics for Clinic Staff", "Harrowgate Family Health Centers", "2023-10-03", "1.0",
     "contact_hours", False, None,
     "ALL-CAPS title with no label as the biggest line; name smaller than title; 'not been approved for AAMA CEUs'"))

cert("p13_prairie_sky_skills_day_split.pdf", L_award, LETTER, dict(
    border="scallop", accent=hexc("#8a5a14"), accent2=hexc("#c9a86a"),
    top=[("Prairie Sky Medical Assistant Educators", "serifb", 14, hexc("#8a5a14"))], top_y=78,
    heading="Certificate of Attendance", heading_size=28,
    pre="This certificate is presented to", name="Ruth-Ann Dabrowski", mid=["for attending"],
    title="Spring Skills Day 2026", title_size=24,
    body=["Saturday, April 11, 2026 \u00b7 Wheatland Technical Institute, Salina Bend",
          ("AAMA CEUs awarded: 1.0 Admin. / 2.0 Clinical \u2014 Total 3.0", "serifb", 11.5, BLACK),
          ("This program has been approved for 3.0 AAMA CEUs " + AAMA_STD + ".", "serifi", 9.5, GREY)],
    body_maxw=430, bottom_y=130, bottom_margin=100,
    bottom=[("sig", "Imogen Sallis, CMA (AAMA)", "Program Chair"), ("sig", "Vernon Achebe, RMA", "Skills Lab Coordinator")],
    footer=["Venue courtesy of Wheatland Technical Institute. Lunch sponsored by Plainsview Medical Supply."],
), E("Spring Skills Day 2026", "Prairie Sky Medical Assistant Educators", "2026-04-11", "3.0", "aama_ceu", True, None,
     "single-day event; split inline 'Admin. / Clinical' with total; venue and lunch sponsor are not providers",
     categories={"administrative": "1.0", "clinical": "2.0"}))

cert("p14_ashgrove_elder_abuse_letter.pdf", L_letter, LETTER, dict(
    org="Ashgrove Geriatric Education Center", org_lines=["Interprofessional Training in Aging",
                                                         "318 Linden Court \u00b7 Ashgrove, NC 27520"],
    accent=hexc("#3e5c2a"), date="April 2, 2024", re="Certificate of Attendance",
    paras=["This is to certify that Dana Whitcombe attended \u201cRecognizing Elder Abuse in the Ambulatory Setting,\u201d "
           "a continuing education program presented by Ashgrove Geriatric Education Center on March 27, 2024.",
           "This program has been approved for 1.0 AAMA CEU (General) " + AAMA_STD + ".",
           "Learners who also attended the optional case-review lab on March 28, 2024 received a separate "
           "attendance letter; the lab is not part of this program\u2019s CEU award."],
    closing="With appreciation,",
    signer=["Margarethe Oduya, DNP, GNP-BC", "Director, Ashgrove Geriatric Education Center"],
), E("Recognizing Elder Abuse in the Ambulatory Setting", "Ashgrove Geriatric Education Center", "2024-03-27", "1.0",
     "aama_ceu", True, "general",
     "letter; title in curly quotes inside a sentence; later letter date; other optional-lab date is a distractor"))

cert("p15_summit_ridge_med_rec_record.pdf", L_transcript, LETTER, dict(
    org="Summit Ridge Health System", org_sub="Learning & Development \u2014 Course Completion Record", accent=hexc("#234e70"),
    heading="COURSE COMPLETION RECORD",
    info=[(("Learner:", "Hollis J. Vantreese"), ("Employee ID:", "SRH-0071932")),
          (("Job title:", "Medical Assistant II"), ("Department:", "Ridgeview Primary Care"))],
    sections=[dict(cols=[("Course ID", 80, "l"), ("Course Title", 230, "l"), ("Completed", 80, "c"),
                         ("CE Hours", 60, "c"), ("Status", 66, "c")],
                   rows=[["SRHS-CL-2207", "Medication Reconciliation at Rooming: Reducing Omissions and Duplications",
                          "07/30/2025", "1.25", "Complete"]])],
    notes=["CE hours are awarded by Summit Ridge Health System, Learning & Development, for internal education "
           "requirements. This activity was not submitted for AAMA CEU approval.",
           "Report generated 08/04/2025 10:22 by L&D Reporting."],
    footer_left="SRHS L&D \u2014 Confidential employee record", footer_right="Page 1 of 1",
), E("Medication Reconciliation at Rooming: Reducing Omissions and Duplications", "Summit Ridge Health System",
     "2025-07-30", "1.25", "contact_hours", False, None,
     "title wraps inside a table cell; course ID column; 'CE Hours'; report generated date later; not submitted to AAMA"))

cert("p16_marigold_phlebotomy_footer.pdf", L_award, LETTER_L, dict(
    border="double", accent=PLUM, accent2=hexc("#b58fcf"), top=[], top_y=40, gap1=30,
    heading="CERTIFICATE OF ACHIEVEMENT", heading_size=20, heading_font="sans", heading_spaced=True, heading_color=GREY,
    pre="in recognition of", name="Shauna Delacroix-Pike", name_size=26, name_font="serif",
    mid=["completing"], title="Infection Control in the Phlebotomy Area", title_size=28, title_font="serifb",
    title_color=PLUM, title_maxw=700,
    body=[("on December 2, 2024", "serifi", 12, BLACK), ("1.0 AAMA CEU \u00b7 Clinical", "sansb", 11, PLUM)],
    bottom=[("sig", "Cassius Wren", "Curriculum Lead")], bottom_y=110,
    footer=["Marigold Clinical Learning, Inc. has been approved by the AAMA to offer this program for 1.0 AAMA CEU (Clinical).",
            "Certificate ID MCL-1202-5531 \u00b7 Issued 12/03/2024"],
    footer_size=7.5,
), E("Infection Control in the Phlebotomy Area", "Marigold Clinical Learning, Inc.", "2024-12-02", "1.0", "aama_ceu",
     True, "clinical", "no header logo; provider only in footer accreditation sentence; big unlabelled title; issued next day"))

cert("p17_redfern_teach_back_iacet.pdf", L_lms, A4, dict(
    platform="Redfern Institute", platform_tag="for Healthcare Communication", color=hexc("#7a2e1a"),
    heading="Certificate of Completion", name="Ignatius Obuya", mid="has completed the following activity",
    top_right=["Record 2024-11-RF-3319"],
    rows=[("Activity:", "Health Literacy and Teach-Back in the Exam Room"), ("Format:", "Live virtual workshop"),
          ("Date:", "14 Nov 2024"), ("Credit:", "1.5 Contact Hours | IACET CEUs: 0.15")],
    label_w=110,
    statements=["The Redfern Institute for Healthcare Communication is accredited by the International Accreditors for "
                "Continuing Education and Training (IACET) and offers IACET CEUs for its learning events that comply "
                "with the ANSI/IACET Continuing Education and Training Standard."],
    sig=("Phoebe Langridge, PhD", "Dean of Learning"), sig_x=400, sig_y=150,
    badge=["IACET", "CEU", "0.15"], badge_y=160,
    footer=["The Redfern Institute for Healthcare Communication \u00b7 Portsmouth Landing"],
), E("Health Literacy and Teach-Back in the Exam Room", "The Redfern Institute for Healthcare Communication",
     "2024-11-14", "0.15", "iacet_ceu", False, None,
     "A4; banner is a short form of the provider; 'Activity:' label; contact hours printed before IACET CEUs; '14 Nov 2024'"))

cert("p18_las_brisas_signos_vitales.pdf", L_award, LETTER_L, dict(
    border="guilloche", accent=hexc("#0e5e6f"), accent2=hexc("#e0a43a"),
    top=[("Instituto de Salud Comunitaria Las Brisas", "serifb", 14, hexc("#0e5e6f"))],
    heading="Certificado de Finalizaci\u00f3n", heading_size=30,
    pre="Se otorga a", name="Guadalupe Ortega Villanueva",
    mid=["por haber completado satisfactoriamente el curso"],
    title="T\u00e9cnicas de Toma de Signos Vitales en Pediatr\u00eda", title_size=21,
    body=["realizado el 12 de septiembre de 2025", ("Horas de contacto: 2", "serifb", 12, BLACK)],
    bottom=[("sig", "Dra. Marisela Quintero Ba\u00f1os", "Directora Acad\u00e9mica"), ("field", "15/09/2025", "Fecha de emisi\u00f3n")],
    bottom_margin=150, bottom_y=104,
    footer=["Folio ISCLB-2025-0912-044"],
), E("T\u00e9cnicas de Toma de Signos Vitales en Pediatr\u00eda", "Instituto de Salud Comunitaria Las Brisas",
     "2025-09-12", "2", "contact_hours", False, None,
     "Spanish; '12 de septiembre de 2025'; issue date dd/mm/yyyy; 'Horas de contacto'"))

cert("p19_meridian_triage_courseharbor.pdf", L_lms, LETTER_L, dict(
    platform="CourseHarbor", platform_tag="Learning Management", color=hexc("#0d6e5a"),
    top_right=["Certificate No. CH-MHP-230830-7781", "Printed 2025-01-14"],
    heading="CERTIFICATE OF COMPLETION", name="Felipe Arrendondo", mid="Meridian Health Partners recognizes the completion of",
    rows=[("Program:", "Telephone Triage Protocols for Medical Assistants"),
          ("Program code:", "MHP-AMB-TT-02"), ("Completion Date:", "2023-08-30"),
          ("AAMA CEUs:", "2.0 \u2014 Clinical")],
    label_w=130, label_x=120, bold_labels=("Program:",),
    statements=["This program has been approved for 2.0 AAMA CEUs (Clinical) " + AAMA_STD + ". "
                "Offered by Meridian Health Partners, Ambulatory Education Department."],
    sig=("Giselle Marchbanks, RN", "Manager, Ambulatory Education"), sig_x=560, sig_y=110,
    footer=["Powered by CourseHarbor LMS \u00b7 This certificate was reprinted from the learner\u2019s transcript."],
), E("Telephone Triage Protocols for Medical Assistants", "Meridian Health Partners", "2023-08-30", "2.0", "aama_ceu",
     True, "clinical", "landscape LMS; 'Program:' label; reprinted 2025 (print date is not completion); department folded in"),
    render=dict(creator="CourseHarbor LMS"))

cert("p20_apex_lab_poct_nha.pdf", L_award, LETTER, dict(
    border="thin", accent=hexc("#c0392b"),
    top=[("APEX", "*sansb", 30, hexc("#c0392b")), ("L A B   S K I L L S", "sans", 10, GREY)], top_y=92, top_rule=True,
    heading="Certificate of Completion", heading_size=26, heading_font="sans", heading_color=BLACK,
    pre="This certifies that", pre_font="sans", name="Keiko Brandvold", name_font="sansb", name_size=26,
    mid=["completed"], mid_font="sans",
    title="Point-of-Care Testing: Quality Control and Documentation", title_font="sansb", title_size=17, title_maxw=400,
    body=[("Completed: 16-JUL-2024", "mono", 10.5, BLACK), ("NHA CE Credits: 1.0", "monob", 10.5, BLACK),
          ("Issued: 17-JUL-2024", "mono", 10.5, GREY), ("", "sans", 4, BLACK),
          ("Approved by the National Healthcareer Association (NHA) for 1.0 CE credit.", "sans", 9, GREY)],
    bottom=[("sig", "Desiree Kolb, MLS(ASCP)", "Lead Instructor")], bottom_y=120,
    footer=["Apex Lab Skills Training, LLC \u00b7 410 Foundry Street \u00b7 Millhaven, MI 48220"],
), E("Point-of-Care Testing: Quality Control and Documentation", "Apex Lab Skills Training, LLC", "2024-07-16", "1.0",
     "nha_credit", False, None, "wordmark 'APEX LAB SKILLS' is a logo; full provider only in footer; DD-MON-YYYY dates; issued next day"))

cert("p21_clarion_ehr_rooming.pdf", L_award, LETTER_L, dict(
    border="corners", accent=hexc("#2563a8"), accent2=LIGHT,
    top=[("clarion", "sansb", 24, hexc("#2563a8")), ("EHR \u00b7 Customer Education", "sans", 9, GREY)], top_y=70,
    heading="Training Completion", heading_size=20, heading_font="sans", heading_color=GREY, gap2=8,
    pre=None, name="Augustin Pellerin", name_font="sans", name_size=18, name_rule=False, mid=[],
    title="Clarion Ambulatory EHR: Rooming Workflow, Vitals Entry, and Medication Reconciliation for Clinical Staff",
    title_size=24, title_font="sansb", title_maxw=470, title_color=hexc("#1b2f4a"),
    body=[("Training date: 1/28/2026  \u00b7  Session length: 2 hours  \u00b7  Virtual instructor-led", "sans", 10, BLACK),
          ("No CE credit is associated with this training.", "sansi", 9, GREY)],
    bottom=[("sig", "Priyanka Delgado-Roth", "Customer Education Specialist")], bottom_y=92,
    footer=["Clarion Health Software, Inc. \u00b7 Customer Education \u00b7 Document CE-CERT-ROOM-26"],
), E("Clarion Ambulatory EHR: Rooming Workflow, Vitals Entry, and Medication Reconciliation for Clinical Staff",
     "Clarion Health Software, Inc.", "2026-01-28", "120", "minutes", False, None,
     "vendor training; title is the biggest line, wrapped over 3 lines; lower-case wordmark; '2 hours' -> 120 minutes; no CE"))

cert("p22_chesapeake_shore_anticoagulants.pdf", L_award, LETTER, dict(
    border="double", accent=hexc("#16425b"), top=[("Chesapeake Shore Chapter of Medical Assistants", "serifb", 13, hexc("#16425b")),
                                                  ("Fall Education Meeting", "serifi", 11, GREY)], top_y=80,
    heading="Certificate of Attendance", heading_size=26,
    pre="This certifies that", name="Lorena Gustafsson-Baptiste", name_size=24,
    mid=["attended the education session"],
    title="Understanding Anticoagulant Therapy: Warfarin, DOACs, and INR Monitoring", title_size=17, title_maxw=420,
    body=["presented by Dr. Adebayo Renshaw, PharmD, at the Fall Education Meeting held 10/05/2023",
          ("1.0 AAMA CEU \u2014 Clinical", "serifb", 12, BLACK),
          ("This session has been approved for 1.0 AAMA CEU (Clinical) " + AAMA_STD + ".", "serifi", 9, GREY)],
    body_maxw=430, bottom_y=128,
    bottom=[("sig", "Marnie Toole, CMA (AAMA)", "Chapter CEU Coordinator")],
    footer=["Meeting held at Bayside Community Hospital, Education Wing"],
), E("Understanding Anticoagulant Therapy: Warfarin, DOACs, and INR Monitoring", "Chesapeake Shore Chapter of Medical Assistants",
     "2023-10-05", "1.0", "aama_ceu", True, "clinical",
     "chapter meeting naming one session -> session is the title; meeting name and venue hospital are distractors"))

cert("p23_mercy_oaks_skills_fair.pdf", L_award, LETTER_L, dict(
    border="band", accent=hexc("#7d1d3f"), accent2=hexc("#f0c2d0"),
    top=[("MERCY OAKS HOSPITAL", "*serifb", 15, hexc("#7d1d3f")), ("Clinical Education Services", "sans", 9, GREY)], top_y=66,
    heading="Certificate of Participation", heading_size=26,
    pre="awarded to", name="Wendell Akinyemi", name_size=26, mid=["for participating in the"],
    title="2025 Annual Competency Skills Fair", title_size=22,
    body=["June 10, 2025 \u00b7 Stations completed: hand hygiene, glucometer QC, crash cart check, EHR downtime procedures",
          ("Attendance only \u2014 no continuing education credit is awarded.", "serifi", 9.5, GREY)],
    body_maxw=560,
    bottom=[("sig", "Lucinda Farraday, MSN, RN-BC", "Manager, Clinical Education"), ("field", "2025-06-11", "Recorded in LMS")],
    bottom_y=96, bottom_margin=140,
), E("2025 Annual Competency Skills Fair", "Mercy Oaks Hospital", "2025-06-10", None, None, False, None,
     "hospital skills fair; no credit; department folded into hospital; LMS recorded date next day"))

cert("p24_lakeshore_special_pop_amt.pdf", L_award, LETTER, dict(
    border="scallop", accent=hexc("#1e4f7a"), accent2=hexc("#9ec1df"),
    top=[("Lakeshore Medical Assisting Academy", "serifb", 15, hexc("#1e4f7a"))], top_y=84,
    heading="Certificate of Continuing Education", heading_size=22,
    pre="This certificate is awarded to", name="Nadia Petrossian", name_size=26,
    mid=["for completing"],
    title="Phlebotomy for Special Populations: Pediatric and Geriatric Draws", title_size=18, title_maxw=400,
    body=["Date of completion: Feb 21 2024", ("1.5 CE hours", "serifb", 12, BLACK),
          ("This course is approved by American Medical Technologists (AMT) for 1.5 CE hours. "
           "It has not been submitted to the AAMA.", "serifi", 9, GREY)],
    body_maxw=420, bottom_y=132, bottom_margin=110,
    bottom=[("sig", "Theodora Kampmann, RPT (AMT)", "Academy Director"), ("field", "LMAA-24-0221-09", "Certificate No.")],
), E("Phlebotomy for Special Populations: Pediatric and Geriatric Draws", "Lakeshore Medical Assisting Academy", "2024-02-21",
     "1.5", "contact_hours", False, None, "AMT approval (not AAMA); 'CE hours'; 'Feb 21 2024' without comma"))

cert("p25_willowmere_cultural_humility_caps.pdf", L_award, LETTER, dict(
    border="guilloche", accent=hexc("#2f5d50"), accent2=hexc("#a3c4b9"),
    top=[("Willowmere Center for Patient Communication", "serifi", 12, hexc("#2f5d50"))], top_y=80,
    heading="Certificate", heading_size=40, heading_font="serifb", gap2=4,
    pre="of completion awarded to", name="Tobias Ferreira-Lund", name_size=26,
    mid=["for the online course"], caps=True,
    title="Cultural Humility and Health Literacy: Communicating With Patients Across Languages, Cultures, and Generations",
    title_size=16, title_font="sansb", title_maxw=380,
    body=[("Completed on 2026-01-22", "sans", 10.5, BLACK), ("0.5 AAMA CEU (General)", "sansb", 11, BLACK),
          ("This course has been approved for 0.5 AAMA CEU (General) " + AAMA_STD + ". Access expires 2026-12-31.",
           "sans", 8.5, GREY)],
    body_maxw=420, bottom_y=120,
    bottom=[("sig", "Celestine Abara, MA, CHES", "Program Director")],
), E("Cultural Humility and Health Literacy: Communicating With Patients Across Languages, Cultures, and Generations",
     "Willowmere Center for Patient Communication", "2026-01-22", "0.5", "aama_ceu", True, "general",
     "ALL-CAPS title over 3 lines; 'Certificate' heading split from 'of completion'; access-expiry date distractor"))

cert("p26_red_mesa_phlebotomy_update.pdf", L_award, LETTER_L, dict(
    border="double", accent=RUST, top=[("RED MESA TECHNICAL COLLEGE", "*serifb", 14, RUST),
                                       ("Continuing Education Division", "serifi", 10, GREY)], top_y=68,
    heading="Certificate of Completion", heading_size=28,
    pre="This is to certify that", name="Jolene Whitcroft", mid=["has completed the non-credit course"],
    title="Phlebotomy Skills Update for Working Medical Assistants", title_size=20,
    body=["CEPH 0410 \u00b7 Eight Tuesday evenings, January 9 \u2013 February 27, 2024",
          ("24 Contact Hours", "serifb", 12, BLACK),
          ("Non-credit course; contact hours are not transferable as academic credit.", "serifi", 9, GREY)],
    bottom=[("sig", "Harlan Ostrowski", "Dean, Continuing Education"), ("field", "March 4, 2024", "Date awarded")],
    bottom_margin=150, bottom_y=100,
), E("Phlebotomy Skills Update for Working Medical Assistants", "Red Mesa Technical College", "2024-02-27", "24",
     "contact_hours", False, None,
     "college non-credit course; date range (last day); course code; division folded into college; awarded date later"))

# ---- phone photos ----------------------------------------------------------------------

cert("i01_sunbury_anaphylaxis.jpg", L_award, LETTER, dict(
    border="double", accent=hexc("#b0462b"), top=[("Sunbury Allergy & Asthma Education Foundation", "serifb", 13, hexc("#b0462b"))],
    top_y=82, heading="Certificate of Completion", heading_size=28,
    pre="This certifies that", name="Evangeline Moorcroft", mid=["successfully completed"],
    title="Anaphylaxis Recognition and Epinephrine Auto-Injector Use", title_size=19, title_maxw=400,
    body=["on May 14, 2025", ("Approved for 1.0 AAMA CEU (Clinical)", "serifb", 12, BLACK),
          ("This program has been approved for 1.0 AAMA CEU (Clinical) " + AAMA_STD + ".", "serifi", 9, GREY)],
    body_maxw=420, bottom_y=130, bottom_margin=100,
    bottom=[("sig", "Dr. Caspian Lowell, MD", "Medical Director"), ("field", "05/16/2025", "Date issued")],
), E("Anaphylaxis Recognition and Epinephrine Auto-Injector Use", "Sunbury Allergy & Asthma Education Foundation",
     "2025-05-14", "1.0", "aama_ceu", True, "clinical", "photo on wood; issued two days later"),
    render=dict(dpi=130, surface="wood", angle=-3.2, keystone=0.04, out_long=1700, quality=72, noise=14, blur=0.9))

cert("i02_halvorsen_deescalation_lms.png", L_lms, LETTER, dict(
    platform="SkillSpring", platform_tag="Learning", color=hexc("#5b2c83"),
    top_right=["Certificate ID SS-HMG-44120"], name="Marcus Ibekwe-Hale",
    mid="has completed", rows=[("Course Title:", "Clinic Front Desk: De-escalating Difficult Conversations"),
                               ("Completed:", "10/02/2024"), ("Course length:", "30 minutes"),
                               ("Assigned by:", "Halvorsen Medical Group \u2014 Patient Access")],
    statements=["Halvorsen Medical Group internal training. No continuing education credit is offered for this course."],
    footer=["Powered by SkillSpring \u00b7 skillspring certificate template v2"],
), E("Clinic Front Desk: De-escalating Difficult Conversations", "Halvorsen Medical Group", "2024-10-02", "30", "minutes",
     False, None, "LMS photo; platform is not the provider; department folded into group; duration only"),
    render=dict(dpi=110, surface="desk", angle=1.6, keystone=0.035, out_long=1250, noise=8, blur=0.8, fmt="png"))

_i03_rows = [
    ["Fri 11/3", "Legislative Update: Scope of Practice for MAs", "General", "0.5"],
    ["Fri 11/3", "Injection Technique Refresher: IM, SubQ, and ID", "Clinical", "1.0"],
    ["Sat 11/4", "Insurance Eligibility and Denial Prevention", "Admin.", "1.0"],
    ["Sat 11/4", "Diabetes Foot Exams and Monofilament Testing", "Clinical", "1.0"],
    ["", "Total AAMA CEUs", "", "3.5"],
]
cert("i03_great_basin_symposium_split.jpg", L_conference, LETTER, dict(
    accent=hexc("#4a3b1f"), mono="GBSMA", org="Great Basin Society of Medical Assistants",
    org_sub="Education Committee", name="Harriet Nwachukwu, CMA (AAMA)", event="2023 Fall Symposium",
    event_lines=["November 3\u20134, 2023 \u00b7 Silver Sage Lodge, Elko Springs"],
    cols=[("Date", 58, "l"), ("Session", 300, "l"), ("Category", 74, "c"), ("CEUs", 68, "c")], rows=_i03_rows,
    bold_rows=(4,),
    statements=["This program has been approved for 3.5 AAMA CEUs " + AAMA_STD + ": 1.0 administrative, "
                "2.0 clinical, 0.5 general."],
    sigs=[("Delphine Arceneaux, CMA (AAMA)", "Education Chair")],
), E("2023 Fall Symposium", "Great Basin Society of Medical Assistants", "2023-11-04", "3.5", "aama_ceu", True, None,
     "photo; two-day range; split table with Admin./Clinical/General",
     categories={"administrative": "1.0", "clinical": "2.0", "general": "0.5"}),
    render=dict(dpi=130, surface="granite", angle=4.5, keystone=0.05, out_long=1700, quality=68, noise=16, blur=1.0))

cert("i04_san_isidro_infecciones.jpg", L_award, LETTER_L, dict(
    border="corners", accent=hexc("#1d6b4f"), top=[("Cl\u00ednica Familiar San Isidro", "serifb", 15, hexc("#1d6b4f")),
                                                   ("Programa de Educaci\u00f3n Continua", "serifi", 10, GREY)], top_y=70,
    heading="Constancia de Participaci\u00f3n", heading_size=28,
    pre="Se hace constar que", name="Rosa Elena Ybarra", mid=["particip\u00f3 en el taller"],
    title="Prevenci\u00f3n de Infecciones en el Consultorio", title_size=22,
    body=["impartido el 8 de mayo de 2024", ("Horas de contacto: 1.5", "serifb", 12, BLACK)],
    bottom=[("sig", "Lic. Armando Cifuentes", "Coordinador de Capacitaci\u00f3n"), ("field", "10/05/2024", "Fecha de expedici\u00f3n")],
    bottom_margin=160, bottom_y=100,
), E("Prevenci\u00f3n de Infecciones en el Consultorio", "Cl\u00ednica Familiar San Isidro", "2024-05-08", "1.5",
     "contact_hours", False, None, "Spanish photo; 'Constancia'; expedition date dd/mm/yyyy"),
    render=dict(dpi=115, surface="cloth", angle=-2.4, keystone=0.045, out_long=1700, quality=70, noise=15, blur=1.0))

cert("i05_copperline_urine_drug_nha.jpg", L_award, LETTER, dict(
    border="band", accent=hexc("#b0652a"), accent2=hexc("#2f2f2f"),
    top=[("COPPERLINE", "*sansb", 20, hexc("#b0652a")), ("Career Institute", "sans", 10, GREY)], top_y=80,
    heading="Certificate of Completion", heading_size=26, heading_font="sansb", heading_color=BLACK,
    pre="awarded to", pre_font="sans", name="Darnell Okonkwo-Reyes", name_font="sansb", name_size=24,
    mid=["Course Title"], mid_font="sansb",
    title="Specimen Collection and Handling for Urine Drug Screens", title_font="sans", title_size=18, title_maxw=420,
    body=[("Date Completed: 2025-09-09", "sans", 11, BLACK), ("NHA CE Credits Earned: 1.0", "sansb", 11, BLACK),
          ("Copperline Career Institute is an NHA-approved CE provider.", "sans", 9, GREY)],
    bottom=[("sig", "Yvette Santangelo", "Director of Education"), ("field", "2025-09-10", "Printed")], bottom_y=120,
    bottom_margin=100,
), E("Specimen Collection and Handling for Urine Drug Screens", "Copperline Career Institute", "2025-09-09", "1.0",
     "nha_credit", False, None, "photo with glare; 'Course Title' label above title; printed date next day"),
    render=dict(dpi=130, surface="laminate", angle=2.8, keystone=0.05, out_long=1700, quality=66, noise=14, blur=1.1, glare=True))

cert("i06_northstar_bls_card.jpg", L_card_only, CARD, dict(
    color=hexc("#8b1a1a"), color2=hexc("#1a3c8b"), org_line1="NORTHSTAR CPR & FIRST AID, LLC",
    org_line2="Course Completion Card", card_title="BLS for Healthcare Providers",
    name="Serena Haddad-Quinlan",
    front_text="has successfully completed the written and skills evaluations of the Northstar BLS for Healthcare "
               "Providers course (adult, child and infant CPR, AED, and relief of choking).",
    front_fields=[("Completed", "3/12/2025"), ("Expires", "3/31/2027"), ("Card No.", "NS-551902")],
), E("BLS for Healthcare Providers", "Northstar CPR & First Aid, LLC", "2025-03-12", "1", "cpr_card", False, "clinical",
     "wallet card photographed close up; expiry date; card number"),
    render=dict(dpi=400, surface="granite", angle=-5.0, keystone=0.04, margin=0.2, out_long=1500, quality=70, noise=12, blur=1.0))

cert("i07_ironwood_icd10_iacet.jpg", L_award, LETTER_L, dict(
    border="guilloche", accent=hexc("#3b4a5a"), accent2=hexc("#8fa3b8"),
    top=[("Ironwood Continuing Education Institute", "serifb", 14, hexc("#3b4a5a"))],
    heading="Certificate of Completion", heading_size=28, pre="This certifies that", name="Philippa Achterberg",
    mid=["has completed"], title="ICD-10-CM Coding Updates for FY 2025", title_size=22,
    body=["Completed Oct 22, 2024", ("3.0 contact hours = 0.3 CEUs", "serifb", 12, BLACK),
          ("Ironwood Continuing Education Institute is accredited by IACET and is authorized to issue the IACET CEU.",
           "serifi", 9, GREY)],
    bottom=[("sig", "Rupert Vandermolen", "Registrar"), ("seal", ["IACET", "CEU"]), ("field", "ICEI-2410-2207", "Certificate No.")],
    bottom_y=100,
), E("ICD-10-CM Coding Updates for FY 2025", "Ironwood Continuing Education Institute", "2024-10-22", "0.3", "iacet_ceu",
     False, None, "photo; contact hours printed before CEUs; FY in title"),
    render=dict(dpi=115, surface="wood", angle=3.5, keystone=0.05, out_long=1700, quality=68, noise=15, blur=1.0, tilt="left"))

cert("i08_bellhaven_sharps_inservice.jpg", L_award, LETTER, dict(
    border="thin", accent=hexc("#2e6b30"), top=[("Bellhaven Community Hospital", "sansb", 15, hexc("#2e6b30")),
                                               ("Employee Education \u2022 In-Service Program", "sans", 9, GREY)], top_y=80,
    heading="In-Service Attendance", heading_size=26, heading_font="sans", heading_color=BLACK,
    pre=None, name="Oksana Wetherell", name_font="sansb", name_size=22,
    mid=["attended the in-service"], mid_font="sans",
    title="Sharps Safety and Needlestick Prevention", title_size=18, title_font="sansb",
    body=[("Date: 1/17/2024", "sans", 11, BLACK), ("Duration: 45 minutes", "sans", 11, BLACK),
          ("Presenter: Gemma Holloway, RN, Employee Health", "sans", 10, GREY)],
    bottom=[("sig", "Gemma Holloway, RN", "Employee Health Nurse")], bottom_y=130,
    footer=["Form EE-31 (rev. 08/2022)"],
), E("Sharps Safety and Needlestick Prevention", "Bellhaven Community Hospital", "2024-01-17", "45", "minutes", False, None,
     "in-service certificate photo; duration only; form revision date"),
    render=dict(dpi=120, surface="desk", angle=-1.4, keystone=0.05, out_long=1600, quality=62, noise=12, blur=1.3, tilt="bottom"))

cert("i09_evergreen_payments_webinar.jpg", L_modern, LETTER_L, dict(
    color=hexc("#1e5631"), color2=hexc("#a4de02"),
    band=[("EVERGREEN", "*sansb", 20), ("Practice Solutions", "sans", 10)], band_seal=["AAMA", "APPROVED", "1.5 CEU"],
    heading=["CERTIFICATE", "OF COMPLETION"], name="Gwendolyn Asante", mid="for attending the recorded webinar",
    title="Handling Patient Payments and Financial Conversations", title_size=20,
    rows=[("Viewed on", "August 7, 2025"), ("Credit", "1.5 AAMA CEUs (Administrative)"), ("Quiz score", "9/10")],
    statements=["This webinar has been approved for 1.5 AAMA CEUs (Administrative) " + AAMA_STD + "."],
    sigs=[("Rhys Calloway", "Education Manager")], sig_y=64,
    footer=["Evergreen Practice Solutions, LLC"],
), E("Handling Patient Payments and Financial Conversations", "Evergreen Practice Solutions, LLC", "2025-08-07", "1.5",
     "aama_ceu", True, "administrative", "photo of side-band layout; seal repeats credit; LLC only in footer"),
    render=dict(dpi=115, surface="laminate", angle=-4.0, keystone=0.04, out_long=1700, quality=70, noise=14, blur=0.9))

cert("i10_lumora_urinalysis_training.png", L_award, LETTER, dict(
    border="corners", accent=hexc("#00838f"), top=[("LUMORA", "*sansb", 22, hexc("#00838f")), ("DIAGNOSTICS", "*sans", 9, GREY)],
    top_y=86, heading="Certificate of Training", heading_size=26, heading_font="sans", heading_color=BLACK,
    pre="This is to confirm that", pre_font="sans", name="Lucas Ferreira", name_font="sansb", name_size=24,
    mid=["completed operator training on"], mid_font="sans",
    title="Q-Strip 50 Urinalysis Reader: In-Service Training", title_size=18, title_font="sansb",
    body=[("Training date: 2023-12-05", "sans", 11, BLACK),
          ("This product training does not carry continuing education credit.", "sansi", 9, GREY)],
    bottom=[("sig", "Anneliese Rourke", "Field Applications Specialist")], bottom_y=130,
    footer=["Lumora Diagnostics, Inc. \u00b7 Customer Training Services"],
), E("Q-Strip 50 Urinalysis Reader: In-Service Training", "Lumora Diagnostics, Inc.", "2023-12-05", None, None, False, None,
     "vendor product training photo; no credit; wordmark split over two lines"),
    render=dict(dpi=100, surface="cloth", angle=2.2, keystone=0.035, out_long=1150, noise=7, blur=0.8, fmt="png"))

cert("i11_foxglove_prenatal_pending.jpg", L_award, LETTER, dict(
    border="scallop", accent=hexc("#8e3b6a"), accent2=hexc("#e3b5cf"),
    top=[("Foxglove Women\u2019s Health Education", "serifb", 14, hexc("#8e3b6a"))], top_y=84,
    heading="Certificate of Completion", heading_size=26, pre="presented to", name="Marguerite Osei",
    mid=["for completing"], title="Prenatal Visit Basics for Medical Assistants", title_size=19,
    body=["September 26, 2025", ("1.0 contact hour", "serifb", 12, BLACK),
          ("An application for AAMA CEU approval has been submitted for this program.", "serifi", 9, GREY)],
    body_maxw=420, bottom=[("sig", "Saoirse Delaney, CNM", "Program Director")], bottom_y=130,
), E("Prenatal Visit Basics for Medical Assistants", "Foxglove Women\u2019s Health Education", "2025-09-26", "1.0",
     "contact_hours", False, None, "AAMA approval 'submitted' -> false; contact hour"),
    render=dict(dpi=125, surface="wood", angle=1.1, keystone=0.055, out_long=1700, quality=72, noise=13, blur=1.0, tilt="top", glare=True))

cert("i12_stonebridge_law_ethics_verification.jpg", L_transcript, LETTER, dict(
    org="Stonebridge College", org_sub="Office of the Registrar", stamp="ISSUED TO STUDENT", accent=hexc("#5b1a1a"),
    heading="Course Completion Verification",
    info=[(("Student:", "Benedikt Oyelaran"), ("Student ID:", "S2241907")),
          (("Program:", "Medical Assisting, A.A.S."), ("Date printed:", "01/06/2025"))],
    sections=[dict(label="Fall 2024 (08/26/2024 \u2013 12/13/2024)",
                   cols=[("Course", 70, "l"), ("Title", 250, "l"), ("Credits", 60, "c"), ("Grade", 50, "c"), ("Status", 86, "c")],
                   rows=[["HIT 120", "Medical Law and Ethics", "3.0", "B+", "Completed"]])],
    notes=["Grades posted 12/18/2024. This verification is not an official transcript."],
    sig=("Cordelia Vance", "Assistant Registrar"), footer_left="Stonebridge College \u00b7 Registrar", footer_right="REG-VER-7",
), E("Medical Law and Ethics", "Stonebridge College", "2024-12-13", "3.0", "college_credit", False, None,
     "registrar verification photo; term range (last day); grades posted and printed dates are not completion"),
    render=dict(dpi=125, surface="granite", angle=-2.0, keystone=0.045, out_long=1700, quality=70, noise=14, blur=1.0))

# ---- scans ------------------------------------------------------------------------------

cert("s01_clearwater_workplace_violence.pdf", L_award, LETTER_L, dict(
    border="double", accent=hexc("#1b4965"), top=[("CLEARWATER VALLEY HEALTH SYSTEM", "*serifb", 14, hexc("#1b4965")),
                                                  ("Center for Clinical Learning", "serifi", 10, GREY)], top_y=68,
    heading="Certificate of Completion", heading_size=28, pre="This certifies that", name="Anastasia Pruitt-Delgado",
    mid=["has completed"], title="Workplace Violence Prevention in Ambulatory Care", title_size=21,
    body=["Jan. 30, 2025", ("2.0 AAMA CEUs \u2014 General", "serifb", 12, BLACK),
          ("Approved for 2.0 AAMA CEUs (General) " + AAMA_STD + ".", "serifi", 9, GREY)],
    bottom=[("sig", "Marcus Delacroix-Vane, MSN", "Director, Center for Clinical Learning"), ("field", "02/03/2025", "Date Issued")],
    bottom_margin=150, bottom_y=100,
), E("Workplace Violence Prevention in Ambulatory Care", "Clearwater Valley Health System", "2025-01-30", "2.0", "aama_ceu",
     True, "general", "grey photocopy scan PDF; 'Jan. 30, 2025'; issued later; center folded into health system"),
    render=dict(dpi=150, mode="grey", angle=0.7, quality=60, out="pdf", streak=True))

cert("s02_dunmore_hazardous_drugs_fax.pdf", L_form, LETTER, dict(
    org="Dunmore Memorial Hospital", dept="Pharmacy & Staff Education", form_no="HR-EDU-22",
    boxes=[[("IN-SERVICE TITLE", "Safe Handling of Hazardous Drugs (USP <800>) for Clinic Staff")],
           [("DATE HELD", "2/11/2025"), ("DURATION", "60 min"), ("PRESENTER", "Ilse Brandauer, PharmD")],
           [("LOCATION", "Outpatient Pavilion, Room 3C"), ("CREDIT", "No CE credit")]],
    attendees=[("Rosalind Achebe", "44219", "Oncology Clinic"), ("Pieter Vos", "45510", "Urology Clinic"),
               ("Yasmin Haddad", "43877", "Oncology Clinic")],
    verify=("Ilse Brandauer, PharmD", "2/12/2025"),
    footer_left="HR-EDU-22 rev 01/2024",
), E("Safe Handling of Hazardous Drugs (USP <800>) for Clinic Staff", "Dunmore Memorial Hospital", "2025-02-11", "60",
     "minutes", False, None, "fax-like 1-bit scan; fax header date 2/24 is not completion; sign-in table; '60 min'"),
    render=dict(dpi=200, mode="fax", angle=-0.6, out="pdf",
                header="FEB-24-2025 14:07  FROM:DUNMORE MEM HOSP EDUC    TO:15555550192     P.001/001"))

cert("s03_ravenwood_transcript.png", L_transcript, LETTER, dict(
    org="Ravenwood Community College", org_font="monob", org_sub="Unofficial Transcript \u2014 Student Copy", font="mono",
    heading="ACADEMIC RECORD EXTRACT",
    info=[(("NAME", "KOWALCZYK, TERESA M"), ("ID", "RCC-0338145")),
          (("PROGRAM", "MEDICAL ASSISTING CERT"), ("PRINTED", "01/08/2024"))],
    sections=[dict(label="TERM: FALL 2023   08/21/2023 - 12/15/2023",
                   cols=[("SUBJ/NO", 80, "l"), ("COURSE TITLE", 250, "l"), ("CR", 50, "c"), ("GRD", 50, "c"), ("QP", 60, "c")],
                   rows=[["MA 150", "CLINICAL PROCEDURES I", "4.0", "A", "16.0"]],
                   after=["TERM CR 4.0   TERM GPA 4.00   CUM CR 4.0"])],
    head_fill=None, notes=["GRADES POSTED 12/20/2023.  NOT VALID WITHOUT REGISTRAR SEAL."],
    footer_left="RCC REGISTRAR", footer_right="PAGE 1",
), E("Clinical Procedures I", "Ravenwood Community College", "2023-12-15", "4.0", "college_credit", False, None,
     "monospace transcript scan PNG; caps title; term end vs grades posted vs printed"),
    render=dict(dpi=150, mode="grey", angle=-1.1, out="png", tone=(40, 230), noise=5))

_s04_rows = [
    ["Jan 24", "Navigating Medicare Annual Wellness Visits", "Administrative", "1.0"],
    ["Jan 24", "Spirometry Quality and Patient Coaching", "Clinical", "1.0"],
    ["Jan 25", "Scheduling Templates That Reduce No-Shows", "Administrative", "0.5"],
    ["Jan 25", "Pediatric Vision and Hearing Screening", "Clinical", "0.5"],
    ["", "TOTAL: 1.5 Administrative + 1.5 Clinical", "", "3.0"],
]
cert("s04_ozark_highlands_workshop_split.pdf", L_conference, LETTER, dict(
    accent=hexc("#2d4a22"), mono="OHSMA", org="Ozark Highlands State Society of Medical Assistants",
    org_sub="Continuing Education Committee", name="Cheyenne Moberly, CMA (AAMA)", event="2025 Winter Workshop",
    event_lines=["January 24\u201325, 2025 \u00b7 Table Rock Inn, Bramblewood"],
    cols=[("Date", 54, "l"), ("Session", 290, "l"), ("Category", 88, "c"), ("CEUs", 68, "c")], rows=_s04_rows,
    bold_rows=(4,),
    statements=["This program has been approved for 3.0 AAMA CEUs " + AAMA_STD + "."],
    sigs=[("Prudence Halvorsen, CMA (AAMA)", "CE Chair"), ("Elias Turnquist, CMA (AAMA)", "President")],
    footer=["Certificate mailed 02/10/2025"],
), E("2025 Winter Workshop", "Ozark Highlands State Society of Medical Assistants", "2025-01-25", "3.0", "aama_ceu", True,
     None, "grey scan PDF; two-day range; admin/clinical split with total; mailed date",
     categories={"administrative": "1.5", "clinical": "1.5"}),
    render=dict(dpi=170, mode="grey", angle=-0.9, quality=58, out="pdf", edge="left"))

cert("s05_bayview_disinfection_iacet.jpg", L_award, LETTER, dict(
    border="band", accent=hexc("#003b5c"), accent2=hexc("#6fa8c7"),
    top=[("Bayview Allied Health Training Center", "sansb", 14, hexc("#003b5c"))], top_y=78,
    heading="Certificate of Completion", heading_size=26, pre="This certifies that", name="Ezekiel Marchetti",
    mid=["has satisfactorily completed"],
    title="Infection Prevention: Cleaning, Disinfection, and Sterilization Basics", title_size=18, title_maxw=400,
    body=["06/18/2024", ("0.2 CEUs (2 contact hours)", "serifb", 12, BLACK),
          ("Bayview Allied Health Training Center is accredited by the International Accreditors for Continuing "
           "Education and Training (IACET).", "serifi", 8.5, GREY)],
    body_maxw=420, bottom=[("sig", "Lavinia Okafor, MSN", "Training Director"), ("seal", ["IACET", "CEU"])],
    bottom_y=130, bottom_margin=110,
), E("Infection Prevention: Cleaning, Disinfection, and Sterilization Basics", "Bayview Allied Health Training Center",
     "2024-06-18", "0.2", "iacet_ceu", False, None, "grey flatbed scan as JPEG; bare date; CEUs with contact hours"),
    render=dict(dpi=160, mode="grey", angle=1.3, out="jpg", quality=65))

cert("s06_lifeline_bls_fax.pdf", L_card_page, LETTER, dict(
    color=hexc("#222222"), page_head="Lifeline Response Training", page_sub="Course Completion Card \u2014 Copy",
    instructions=["Attached is a copy of the card issued at the end of your course. Keep the original with you."],
    org_line1="LIFELINE RESPONSE TRAINING", org_line2="Emergency Cardiovascular Care Courses",
    card_title="BLS Provider", card_sub="Course: BLS Provider", name="Tomasz Wieczorek",
    front_text="has successfully completed the BLS Provider course, including adult, child and infant CPR, "
               "AED use and team resuscitation, according to the Lifeline Response Training curriculum.",
    front_fields=[("Course Date", "November 8, 2023"), ("Renew By", "November 2025")],
    back_fields=[("Training Site", "Riverside Ambulance Education"), ("Instructor", "Coretta Blaylock"),
                 ("Card Issued", "11/13/2023"), ("Card No.", "LRT-23-88402")],
    back_text="Course content follows the 2020 AHA Guidelines for CPR and ECC.",
    footer_left="Copy faxed for employee file", footer_right="LRT",
), E("BLS Provider", "Lifeline Response Training", "2023-11-08", "1", "cpr_card", False, "clinical",
     "fax of a BLS card copy; card issued later; renew-by; ambulance training site is not the provider"),
    render=dict(dpi=200, mode="fax", angle=0.9, out="pdf", threshold=175, noise=45,
                header="11/20/2023 08:52  RIVERSIDE AMB EDU  5555550147  >>  HR FAX   PAGE 01 OF 01"))

cert("s07_silver_creek_order_of_draw_nha.pdf", L_award, LETTER, dict(
    border="double", accent=hexc("#4d4d4d"), top=[("Silver Creek Phlebotomy School", "serifb", 15, BLACK)], top_y=82,
    heading="Certificate of Completion", heading_size=26, pre="This certifies that", name="Imani Castellano",
    mid=["completed the continuing education course"],
    title="Order of Draw and Additive Carryover", title_size=20,
    body=["Date: 4/2/2025", ("NHA CE Credits: 1.5", "serifb", 12, BLACK),
          ("Approved by the National Healthcareer Association (NHA) for 1.5 CE credits.", "serifi", 9, GREY)],
    bottom=[("sig", "Harold Winterbourne, PBT", "Owner / Lead Instructor")], bottom_y=130,
), E("Order of Draw and Additive Carryover", "Silver Creek Phlebotomy School", "2025-04-02", "1.5", "nha_credit", False,
     None, "grey scan PDF with shadowed right edge; short M/D/YYYY date"),
    render=dict(dpi=150, mode="grey", angle=-1.5, quality=60, out="pdf", edge="right", hairs=4))

cert("s08_hollins_bay_mandated_reporter.png", L_letter, LETTER, dict(
    org="Hollins Bay Pediatric Associates", org_lines=["Staff Education Committee", "55 Harborview Drive \u00b7 Hollins Bay, ME 04011"],
    accent=hexc("#2a4d69"), mark="HB", mark_radius=22, date="May 22, 2025", to=["Re: Training record"],
    paras=["This certifies that Graciela Montoya-Burke completed \u201cRecognizing Child Abuse and Neglect: Mandated "
           "Reporter Training for Clinical Staff\u201d on May 20, 2025, and is awarded 1.0 contact hour.",
           "This program was not submitted for AAMA CEU approval. Mandated reporter training is valid through "
           "05/31/2027 under practice policy HB-HR-14.",
           "Please keep this letter with your credentialing records."],
    closing="Regards,", signer=["Bartholomew Ng, MD", "Chair, Staff Education Committee"],
), E("Recognizing Child Abuse and Neglect: Mandated Reporter Training for Clinical Staff", "Hollins Bay Pediatric Associates",
     "2025-05-20", "1.0", "contact_hours", False, None,
     "scanned letter PNG; quoted title in sentence; letter date and 'valid through' date are distractors; not submitted to AAMA"),
    render=dict(dpi=150, mode="grey", angle=0.5, out="png", tone=(25, 240), gamma=1.1, noise=5))

cert("s09_crescent_hill_chest_pain_fax.png", L_lms, LETTER, dict(
    platform="Opal Learning", color=hexc("#333333"), top_right=["Cert ID OPL-7730-1142"],
    name="Rashida Fenwick", mid="has completed the course",
    rows=[("Course:", "Triage of Chest Pain in Urgent Care"), ("Provider:", "Crescent Hill Urgent Care \u2014 Clinical Education"),
          ("Completed:", "2024-03-11"), ("Expiration:", "2025-03-11"), ("CE Hours:", "1.0")],
    label_w=110,
    statements=["CE hours are awarded by Crescent Hill Urgent Care for internal competency requirements only."],
    footer=["Opal Learning \u00b7 certificates are generated automatically"],
), E("Triage of Chest Pain in Urgent Care", "Crescent Hill Urgent Care", "2024-03-11", "1.0", "contact_hours", False, None,
     "fax-like 1-bit PNG of LMS certificate; 'Provider:' row with department; expiration one year later"),
    render=dict(dpi=200, mode="fax", angle=-1.0, out="png", threshold=145,
                header="MAR-19-2024 11:36   CRESCENT HILL UC   P.1"))

cert("s10_highcrest_med_admin_webinar.pdf", L_modern, LETTER_L, dict(
    color=hexc("#2c3e50"), color2=hexc("#95a5a6"),
    band=[("HIGHCREST", "*serifb", 20), ("MA Education Alliance", "sans", 9.5)],
    heading=["CERTIFICATE", "OF COMPLETION"], name="Valentina Ruiz-Okafor", mid="for completing the webinar",
    title="Medication Administration Safety: The Rights of Medication Administration", title_size=18,
    rows=[("Date", "12/09/2025"), ("AAMA CEU", "1.0 (Clinical)")], label_w=90,
    statements=["Highcrest MA Education Alliance has been granted approval by the AAMA for this webinar for 1.0 AAMA CEU "
                "(Clinical). Certificate emailed 12/10/2025."],
    sigs=[("Josephine Albrecht, CMA (AAMA)", "Alliance Education Director")], sig_y=66,
), E("Medication Administration Safety: The Rights of Medication Administration", "Highcrest MA Education Alliance",
     "2025-12-09", "1.0", "aama_ceu", True, "clinical", "grey scan PDF of side-band certificate; emailed date next day"),
    render=dict(dpi=160, mode="grey", angle=0.4, quality=62, out="pdf"))


# --------------------------------------------------------------------------- build


def render_page(spec, dpi):
    w, h = spec["size"]
    d = ImgSurface(w, h, dpi)
    spec["layout"](d, spec["data"])
    return d.finish()


def build(spec):
    name, r = spec["name"], spec["render"]
    path = OUT / name
    kind = spec["exp"]["kind"]
    seed = hash_seed(name)
    if kind == "pdf":
        w, h = spec["size"]
        d = PdfSurface(path, w, h, title=spec["data"].get("pdf_title", "Certificate"), creator=r.get("creator"))
        spec["layout"](d, spec["data"])
        d.finish()
    elif kind == "image":
        page = render_page(spec, r.get("dpi", 120))
        img = photograph(page, seed, r)
        if r.get("fmt") == "png":
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=55)  # phone-side compression before the PNG re-save
            buf.seek(0)
            Image.open(buf).convert("RGB").save(path, "PNG", optimize=True)
        else:
            img.save(path, "JPEG", quality=r.get("quality", 70))
    else:
        page = render_page(spec, r.get("dpi", 150))
        img = scanify(page, seed, r)
        out = r.get("out", "pdf")
        if out == "pdf":
            image_pdf(path, img, spec["size"], quality=r.get("quality") if img.mode != "1" else None)
        elif out == "png":
            img.save(path, "PNG", optimize=True)
        else:
            img.save(path, "JPEG", quality=r.get("quality", 65))


def main():
    assert len({s["name"] for s in SPECS}) == len(SPECS) == 48, len(SPECS)
    for spec in SPECS:
        build(spec)
    expected = {s["name"]: s["exp"] for s in SPECS}
    (OUT / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
