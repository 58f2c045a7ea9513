"""Builds the heldout4 corpus: 40 invented CE certificates for medical assistants.

Run:  /work/main/.venv/bin/python tests/certificates_world/heldout4/make.py
Deterministic: fixed seeds, reportlab invariant mode, fixed PDF timestamps.
"""
import time
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
from html import escape as hesc
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
TMP = Path(tempfile.mkdtemp(prefix="heldout4_"))
CHROME = shutil.which("chromium") or "/usr/bin/chromium"
FIXED_DT = time.gmtime(1764590400)  # 2025-12-01 12:00:00 UTC
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
EXPECTED = {}


def label(name, kind, title, provider, completed_on, amount, unit, aama, category, notes, categories=None):
    v = {"kind": kind, "title": title, "provider": provider, "completed_on": completed_on,
         "amount": amount, "unit": unit, "aama_approved": aama, "category": category}
    if categories:
        v["categories"] = categories
    v["notes"] = notes
    EXPECTED[name] = v


def x(s):
    """escape for reportlab Paragraph markup (keeps our own <b>/<i>/<br/> tags)."""
    return re.sub(r"&(?!#?\w+;)", "&amp;", s)


# ----------------------------------------------------------------------------- reportlab helpers
def para(c, text, x0, ytop, w, font="Helvetica", size=11, leading=None, align=0, color="#111111"):
    st = ParagraphStyle("p", fontName=font, fontSize=size, leading=leading or size * 1.25,
                        alignment=align, textColor=HexColor(color))
    p = Paragraph(text, st)
    _, h = p.wrap(w, 2000)
    p.drawOn(c, x0, ytop - h)
    return ytop - h


def ctext(c, s, xc, y, font, size, color="#111111"):
    c.setFont(font, size)
    c.setFillColor(HexColor(color))
    c.drawCentredString(xc, y, s)


def ltext(c, s, x0, y, font, size, color="#111111"):
    c.setFont(font, size)
    c.setFillColor(HexColor(color))
    c.drawString(x0, y, s)


def rtext(c, s, x1, y, font, size, color="#111111"):
    c.setFont(font, size)
    c.setFillColor(HexColor(color))
    c.drawRightString(x1, y, s)


def sigline(c, x0, y, w, name, role, font="Helvetica", script=None):
    c.setStrokeColor(HexColor("#444444"))
    c.setLineWidth(0.7)
    c.line(x0, y, x0 + w, y)
    if script:
        c.setFont("Times-Italic", 17)
        c.setFillColor(HexColor("#1d2f6b"))
        c.drawString(x0 + 8, y + 5, script)
    ltext(c, name, x0, y - 13, font + ("-Bold" if font == "Helvetica" else ""), 9.5)
    ltext(c, role, x0, y - 25, font, 8.5, "#333333")


def new_canvas(path, size):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.setTitle("Certificate")
    c.setAuthor("")
    c.setCreator("")
    return c


def seal(c, xc, yc, r, color, text_top, text_mid):
    c.setFillColor(HexColor(color))
    c.setStrokeColor(HexColor(color))
    c.circle(xc, yc, r, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.circle(xc, yc, r - 4, stroke=0, fill=1)
    c.setFillColor(HexColor(color))
    c.circle(xc, yc, r - 7, stroke=0, fill=1)
    ctext(c, text_top, xc, yc + 4, "Helvetica-Bold", 7, "#ffffff")
    ctext(c, text_mid, xc, yc - 8, "Helvetica-Bold", 9, "#ffffff")


# ----------------------------------------------------------------------------- chromium helper
def chrome_pdf(html, out):
    src = TMP / (Path(out).stem + ".html")
    src.write_text(html, encoding="utf-8")
    env = dict(os.environ, TZ="UTC")
    subprocess.run([CHROME, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    f"--user-data-dir={TMP / 'chrome-profile'}", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", src.as_uri()], check=True, capture_output=True, env=env)
    data = Path(out).read_bytes()

    def fix(m):
        stamp = b"D:20251201120000"
        body = m.group(2)
        return m.group(1) + stamp + body[len(stamp):]
    data = re.sub(rb"(/(?:CreationDate|ModDate) \()(D:\d{14}[^)]*)", fix, data)
    Path(out).write_bytes(data)


CSS_BASE = """
@page { size: %s; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'DejaVu Sans', sans-serif; color: #1b1b1b; }
.page { width: %s; height: %s; position: relative; overflow: hidden; }
"""


def html_doc(body, css, orient="landscape"):
    if orient == "landscape":
        base = CSS_BASE % ("11in 8.5in", "11in", "8.5in")
    else:
        base = CSS_BASE % ("8.5in 11in", "8.5in", "11in")
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{base}{css}</style></head><body>{body}</body></html>"


# ----------------------------------------------------------------------------- raster helpers
def rasterize(pdf, dpi, gray=False):
    out = TMP / f"r_{Path(pdf).stem}_{dpi}"
    cmd = ["pdftoppm", "-r", str(dpi), "-png", "-singlefile"] + (["-gray"] if gray else []) + [str(pdf), str(out)]
    subprocess.run(cmd, check=True)
    im = Image.open(str(out) + ".png")
    im.load()
    return im.convert("L" if gray else "RGB")


def _persp_coeffs(dst, src):
    """coefficients mapping output (dst) points to input (src) points for Image.PERSPECTIVE"""
    a = []
    b = []
    for (X, Y), (u, v) in zip(dst, src):
        a.append([X, Y, 1, 0, 0, 0, -u * X, -u * Y])
        a.append([0, 0, 0, X, Y, 1, -v * X, -v * Y])
        b += [u, v]
    return np.linalg.solve(np.array(a, float), np.array(b, float)).tolist()


def make_background(rng, W, H, style, grain_noise=4.0):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if style == "wood":
        base = np.array([150, 104, 66], np.float32)
        grain = (np.sin(yy / 7.0 + 3 * np.sin(xx / 160.0)) * 10 + np.sin(yy / 2.3) * 4)
        img = base[None, None, :] + grain[..., None] * np.array([1, 0.8, 0.6])[None, None, :]
    elif style == "desk_white":
        img = np.full((H, W, 3), [214, 212, 205], np.float32)
    elif style == "granite":
        img = np.full((H, W, 3), [92, 92, 96], np.float32)
        img += rng.normal(0, 14, (H, W, 1)).astype(np.float32)
    elif style == "blanket":
        img = np.full((H, W, 3), [58, 78, 112], np.float32)
        img += (np.sin(xx / 5.0) * np.sin(yy / 5.0) * 8)[..., None]
    else:  # clipboard brown
        img = np.full((H, W, 3), [120, 86, 52], np.float32)
    img += rng.normal(0, grain_noise, (H, W, 3)).astype(np.float32)
    return img


def photo(src_pdf, out, seed, bg="wood", fmt="jpg", page_dpi=140, tilt=1.0, light="left",
          out_w=1600, blur=0.8, noise=5.0, quality=80, warm=True, png_colors=None):
    rng = np.random.default_rng(seed)
    page = rasterize(src_pdf, page_dpi)
    pw, ph = page.size
    land = pw > ph
    W, H = (out_w, int(out_w * 0.75)) if land else (int(out_w * 0.75), out_w)
    bgarr = make_background(rng, W, H, bg, grain_noise=1.0 if png_colors else 4.0)
    # quad for the paper
    mx, my = W * 0.07, H * 0.07
    j = lambda s: float(rng.uniform(-s, s)) * tilt
    quad = [(mx + j(W * 0.03), my + j(H * 0.03)),
            (W - mx + j(W * 0.03), my + j(H * 0.03)),
            (W - mx + j(W * 0.03), H - my + j(H * 0.03)),
            (mx + j(W * 0.03), H - my + j(H * 0.03))]
    coeffs = _persp_coeffs(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (W, H), 0)
    ImageDraw.Draw(mask).polygon(quad, fill=255)
    # shadow
    sh = Image.new("L", (W, H), 0)
    ImageDraw.Draw(sh).polygon([(p[0] + 10, p[1] + 14) for p in quad], fill=150)
    sh = np.asarray(sh.filter(ImageFilter.GaussianBlur(18)), np.float32) / 255.0
    bgarr *= (1 - 0.55 * sh)[..., None]
    m = np.asarray(mask.filter(ImageFilter.GaussianBlur(0.8)), np.float32)[..., None] / 255.0
    comp = bgarr * (1 - m) + np.asarray(warped, np.float32) * m
    # lighting
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if light == "left":
        g = 1.05 - 0.22 * (xx / W)
    elif light == "top":
        g = 1.04 - 0.2 * (yy / H)
    else:
        g = 1.03 - 0.18 * (((xx - W * 0.45) / W) ** 2 + ((yy - H * 0.4) / H) ** 2) * 2.5
    comp *= g[..., None]
    if warm:
        comp *= np.array([1.0, 0.97, 0.9], np.float32)[None, None, :]
    comp += rng.normal(0, noise, comp.shape).astype(np.float32)
    img = Image.fromarray(np.clip(comp, 0, 255).astype(np.uint8), "RGB")
    img = img.filter(ImageFilter.GaussianBlur(blur))
    if png_colors:
        img = img.resize((img.size[0] * 4 // 5, img.size[1] * 4 // 5), Image.LANCZOS)
    if fmt == "jpg":
        img.save(out, "JPEG", quality=quality, optimize=True)
    else:
        if png_colors:
            img = img.quantize(colors=png_colors, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        img.save(out, "PNG", optimize=True)


def _fax_header(img, text, dpi):
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(DEJAVU + "DejaVuSansMono.ttf", int(dpi * 0.11))
    d.rectangle([0, 0, img.size[0], int(dpi * 0.2)], fill=255)
    d.text((int(dpi * 0.3), int(dpi * 0.04)), text, fill=0, font=f)


def scan(src_pdf, out, seed, mode="copy", fmt="pdf", dpi=150, angle=0.6, header=None, quality=70):
    rng = np.random.default_rng(seed)
    page = rasterize(src_pdf, dpi, gray=True)
    W, H = page.size
    if header:
        _fax_header(page, header, dpi)
    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=255, translate=(int(rng.integers(-8, 9)), int(rng.integers(-8, 9))))
    a = np.asarray(page, np.float32)
    if mode == "copy":
        a = (a - 128) * 1.25 + 128 - 10                      # contrast, toner
        a = a * 0.93 + 6
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        a -= 22 * (np.minimum(xx, W - xx) < W * 0.03)          # dark binding edge
        a -= 10 * np.exp(-((xx - W * rng.uniform(0.2, 0.8)) ** 2) / (2 * 6.0 ** 2))  # streak
        a += rng.normal(0, 7, a.shape)
        specks = rng.random(a.shape) < 0.0009
        a[specks] = rng.uniform(40, 120, specks.sum())
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.5))
    elif mode == "grey":
        a = a * 0.9 + 14 + rng.normal(0, 4, a.shape)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.4))
    else:  # fax: 1-bit with vertical halving
        small = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").resize((W, H // 2), Image.BILINEAR)
        s = np.asarray(small, np.float32) + rng.normal(0, 22, (H // 2, W))
        b = (s > 150).astype(np.uint8) * 255
        specks = rng.random(b.shape) < 0.0006
        b[specks] = 0
        img = Image.fromarray(b, "L").resize((W, H), Image.NEAREST).convert("1")
    if fmt == "pdf":
        if img.mode == "L":
            img.save(out, "PDF", resolution=dpi, creationDate=FIXED_DT, modDate=FIXED_DT, quality=quality)
        else:
            img.save(out, "PDF", resolution=dpi, creationDate=FIXED_DT, modDate=FIXED_DT)
    elif fmt == "jpg":
        img.convert("L").save(out, "JPEG", quality=quality, optimize=True, dpi=(dpi, dpi))
    else:
        if img.mode == "L":
            img = img.quantize(colors=24, dither=Image.Dither.NONE)
        img.save(out, "PNG", optimize=True, dpi=(dpi, dpi))


AAMA_PRIOR = ("This program has been granted prior approval by the American Association of Medical "
              "Assistants (AAMA) for {amt} {cat} continuing education unit{s} (CEU{s}). Granting of prior "
              "approval in no way constitutes endorsement by the AAMA of the program content or the "
              "program's sponsor.")


# ============================================================================= born-digital PDFs
def c01():
    name = "01-copperfield-ecg-artifact.pdf"
    title = "Recognizing and Reducing Artifact in Resting ECG Tracings"
    body = f"""
<div class="page">
 <div class="top"><div class="plat">LearnLattice<span>&#8482;</span></div><div class="plat2">Certificate generated 02/12/2025 08:14 AM CST &middot; ID LL-7Q4K-2291</div></div>
 <div class="main">
  <div class="logo"><svg width="46" height="46"><circle cx="23" cy="23" r="21" fill="#b8632b"/><path d="M6 25 L15 25 L19 12 L25 36 L30 20 L34 25 L41 25" stroke="#fff" stroke-width="3" fill="none"/></svg>
   <div><div class="l1">Copperfield</div><div class="l2">Allied Health Education, LLC</div></div></div>
  <div class="h">CERTIFICATE OF COMPLETION</div>
  <div class="name">Danielle R. Okonkwo, CMA (AAMA)</div>
  <div class="for">for completing the online course</div>
  <div class="title">{title}</div>
  <table class="meta">
   <tr><td>Course code</td><td>CF-2291</td><td>Enrolled</td><td>January 30, 2025</td></tr>
   <tr><td>Completed</td><td><b>February 11, 2025</b></td><td>Post-test score</td><td>90%</td></tr>
   <tr><td>AAMA CEUs</td><td><b>1.0 (Clinical)</b></td><td>Format</td><td>Self-study, online</td></tr>
  </table>
  <p class="aama">{AAMA_PRIOR.format(amt='1.0', cat='clinical', s='')}</p>
  <div class="sig"><span class="scr">Marisol Treviño</span><br>Marisol Treviño, MS, CMA (AAMA)<br><small>Director of Education, Copperfield Allied Health Education, LLC</small></div>
 </div>
 <div class="foot">Hosted on the LearnLattice learning platform &middot; learnlattice.example &middot; Questions: support@copperfield-ahe.example</div>
</div>"""
    css = """
.top{background:#2f3e46;color:#cfd8dc;padding:10px 40px;display:flex;justify-content:space-between;align-items:center}
.plat{font-weight:bold;font-size:18px;color:#fff}.plat span{font-size:10px}.plat2{font-size:10px}
.main{padding:26px 70px 0 70px}
.logo{display:flex;gap:10px;align-items:center}.l1{font-family:'DejaVu Serif';font-size:24px;color:#b8632b;font-weight:bold;line-height:1}.l2{font-size:11px;letter-spacing:2px;color:#555}
.h{margin-top:26px;font-size:15px;letter-spacing:5px;color:#b8632b}
.name{font-family:'DejaVu Serif';font-size:40px;margin-top:12px}
.for{margin-top:10px;font-size:14px;color:#444}
.title{font-size:23px;font-weight:bold;margin-top:6px;color:#2f3e46;width:760px}
.meta{margin-top:20px;border-collapse:collapse;font-size:12px}.meta td{padding:4px 18px 4px 0}.meta td:nth-child(odd){color:#777}
.aama{font-size:10px;color:#444;width:820px;margin-top:16px;line-height:1.4}
.sig{margin-top:12px;font-size:12px}.scr{font-family:'DejaVu Serif';font-style:italic;font-size:22px;color:#23395d}
.foot{position:absolute;bottom:16px;left:70px;font-size:9px;color:#888}"""
    chrome_pdf(html_doc(body, css), HERE / name)
    label(name, "pdf", title, "Copperfield Allied Health Education, LLC", "2025-02-11", "1.0", "aama_ceu", True,
          "clinical", "CE subscription site style; LMS LearnLattice header/footer; provider as two-line logo; enrolled and generated dates; real AAMA prior-approval wording")


def c02():
    name = "02-bayridge-annual-convention-split.pdf"
    title = "47th Annual Convention and Educational Conference"
    c = new_canvas(HERE / name, letter)
    W, H = letter
    c.setFillColor(HexColor("#0d4d6b"))
    c.rect(0, H - 92, W, 92, stroke=0, fill=1)
    ctext(c, "BAYRIDGE STATE SOCIETY OF MEDICAL ASSISTANTS", W / 2, H - 40, "Helvetica-Bold", 16, "#ffffff")
    ctext(c, "A constituent society of the American Association of Medical Assistants", W / 2, H - 58, "Helvetica-Oblique", 9.5, "#d5e8f0")
    ctext(c, "Continuing Education Certificate", W / 2, H - 130, "Times-Bold", 24, "#0d4d6b")
    y = para(c, x(f"<b>Attendee:</b> Priya Raman-Holt, CMA (AAMA) &nbsp;&nbsp;&nbsp; <b>AAMA Membership #</b> 00488213"), 60, H - 150, W - 120, size=10.5)
    y = para(c, x(f"<b>Event:</b> {title}<br/><b>Dates:</b> April 24&ndash;26, 2025 &nbsp;&nbsp; <b>Location:</b> Harbor Pointe Conference Center, Port Ellery"), 60, y - 6, W - 120, size=10.5)
    sessions = [
        ("04/24", "Front-Desk De-escalation Techniques", "Admin.", "1.0"),
        ("04/24", "Point-of-Care Glucose QC and Documentation", "Clinical", "1.0"),
        ("04/25", "Prior Authorization Basics", "Admin.", "1.0"),
        ("04/25", "Adult Immunization Schedule Update", "Clinical", "1.5"),
        ("04/25", "Resilience and Burnout Prevention", "General", "1.5"),
        ("04/26", "Suture and Staple Removal Skills Lab", "Clinical", "1.0"),
    ]
    y -= 18
    cols = [60, 120, 420, 500]
    c.setFillColor(HexColor("#e3eef3"))
    c.rect(55, y - 4, W - 110, 18, stroke=0, fill=1)
    for cx, h in zip(cols, ["Date", "Session", "Category", "CEUs"]):
        ltext(c, h, cx, y + 1, "Helvetica-Bold", 10)
    y -= 20
    for row in sessions:
        for cx, v in zip(cols, row):
            ltext(c, v, cx, y, "Helvetica", 10)
        c.setStrokeColor(HexColor("#cccccc"))
        c.line(55, y - 5, W - 55, y - 5)
        y -= 19
    y -= 6
    ltext(c, "CEU totals by category", 60, y, "Helvetica-Bold", 11, "#0d4d6b")
    y -= 16
    for k, v in [("Administrative", "2.0"), ("Clinical", "3.5"), ("General", "1.5"), ("TOTAL AAMA CEUs", "7.0")]:
        ltext(c, k, 80, y, "Helvetica-Bold" if k.startswith("TOTAL") else "Helvetica", 10.5)
        rtext(c, v, 260, y, "Helvetica-Bold" if k.startswith("TOTAL") else "Helvetica", 10.5)
        y -= 15
    y -= 10
    y = para(c, x("This program has been granted prior approval by the American Association of Medical Assistants (AAMA) "
                  "for 7.0 continuing education units (CEUs): 2.0 administrative, 3.5 clinical and 1.5 general. Granting of "
                  "prior approval in no way constitutes endorsement by the AAMA of the program content or the program's sponsor. "
                  "Attendees may claim credit only for sessions attended; the totals above reflect sessions verified by room monitors."),
             60, y, W - 120, size=9.5, color="#333333")
    sigline(c, 60, 120, 200, "Loretta K. Fenwick, CMA (AAMA)", "Education Chair", script="Loretta Fenwick")
    sigline(c, 340, 120, 200, "Date issued: May 2, 2025", "Keep this certificate for 5 years", script=None)
    ltext(c, "Bayridge SSMA \u2022 P.O. Box 4417, Port Ellery \u2022 Program #BR-2025-AC", 60, 50, "Helvetica", 8, "#666666")
    c.showPage()
    c.save()
    label(name, "pdf", title, "Bayridge State Society of Medical Assistants", "2025-04-26", "7.0", "aama_ceu", True, None,
          "3-day state-society convention; session table with per-session CEUs; 3-way split with total; venue; issue date; AAMA named as parent",
          categories={"administrative": "2.0", "clinical": "3.5", "general": "1.5"})


def c03():
    name = "03-tallgrass-pediatric-venipuncture-nha.pdf"
    title = "Pediatric Venipuncture: Positioning, Comfort, and Site Selection"
    c = new_canvas(HERE / name, landscape(letter))
    W, H = landscape(letter)
    c.setStrokeColor(HexColor("#5b7f2a"))
    c.setLineWidth(6)
    c.rect(22, 22, W - 44, H - 44)
    c.setLineWidth(1)
    c.rect(32, 32, W - 64, H - 64)
    # wordmark
    c.setFillColor(HexColor("#5b7f2a"))
    for i in range(5):
        c.rect(60 + i * 7, H - 92, 4, 22 + (i % 3) * 8, stroke=0, fill=1)
    ltext(c, "TALLGRASS", 105, H - 78, "Helvetica-Bold", 20, "#5b7f2a")
    ltext(c, "HEALTH CAREERS INSTITUTE", 105, H - 92, "Helvetica", 9, "#444444")
    rtext(c, "Print date: 04/01/2025", W - 60, H - 72, "Helvetica", 9, "#555555")
    ctext(c, "Certificate of Completion", W / 2, H - 160, "Times-Bold", 34, "#222222")
    ctext(c, "is hereby presented to", W / 2, H - 192, "Times-Italic", 14)
    ctext(c, "Marcus T. Delacroix", W / 2, H - 236, "Times-Bold", 32, "#5b7f2a")
    ctext(c, "for successful completion of", W / 2, H - 268, "Times-Italic", 14)
    ctext(c, "Pediatric Venipuncture: Positioning, Comfort,", W / 2, H - 300, "Helvetica-Bold", 19)
    ctext(c, "and Site Selection", W / 2, H - 323, "Helvetica-Bold", 19)
    ctext(c, "Date of completion: 03/18/2025          NHA CE Credits: 1.0          Course ID: THCI-PHL-118", W / 2, H - 365, "Helvetica", 11.5)
    para(c, "This continuing education activity is accepted by the National Healthcareer Association (NHA) for 1.0 CE credit "
            "toward certification renewal. It has not been reviewed for AAMA CEU approval.", 130, H - 390, W - 260, size=9.5, align=1, color="#444444")
    sigline(c, 110, 110, 210, "Rhonda Beaulieu, MSN, RN", "Program Director", script="R. Beaulieu")
    sigline(c, W - 320, 110, 210, "Tallgrass Health Careers Institute", "1200 Prairie Commerce Pkwy, Salina Flats", script=None)
    c.showPage()
    c.save()
    label(name, "pdf", title, "Tallgrass Health Careers Institute", "2025-03-18", "1.0", "nha_credit", False, None,
          "NHA CE credit; title wrapped over 2 centred lines; bar-graphic wordmark split over two lines; print date; 'not reviewed for AAMA'")


def c04():
    name = "04-wrenfield-fall-risk-inservice.pdf"
    title = "Fall Risk Screening in the Ambulatory Clinic"
    body = f"""
<div class="page">
 <div class="hdr"><div class="mark">WRENFIELD<br><span>REGIONAL HEALTH SYSTEM</span></div>
 <div class="dept">Department of Nursing &amp; Clinical Education<br>400 Larkspur Avenue &middot; Wrenfield</div></div>
 <div class="box">
  <div class="kicker">In-Service Education &mdash; Certificate of Attendance</div>
  <div class="name">Tamika J. Sorensen</div>
  <div class="sub">Medical Assistant II &middot; Wrenfield Family Medicine &ndash; North Campus</div>
  <p class="txt">attended the in-service education session</p>
  <div class="title">&ldquo;{title}&rdquo;</div>
  <div class="grid">
   <div><b>Session date</b><br>Sept. 9, 2025</div>
   <div><b>Time</b><br>12:15 &ndash; 1:00 PM</div>
   <div><b>Presenter</b><br>Colleen Arbogast, PT, DPT</div>
   <div><b>Contact hours</b><br>0.75</div>
  </div>
  <p class="small">Contact hours are awarded for attendance of the full session. This in-service has not been submitted to the AAMA for CEU approval. Please retain for your records.</p>
  <div class="sigs"><div>Jill Varga, MSN, RN-BC<br><small>Manager, Clinical Education</small></div><div>Entered in HealthStream: 09/10/2025</div></div>
 </div>
</div>"""
    css = """
.hdr{display:flex;justify-content:space-between;align-items:flex-end;padding:40px 60px 14px;border-bottom:4px solid #7a1f3d}
.mark{font-family:'DejaVu Serif';font-weight:bold;font-size:30px;color:#7a1f3d;line-height:1}.mark span{font-family:'DejaVu Sans';font-size:11px;letter-spacing:3px;color:#333;font-weight:normal}
.dept{text-align:right;font-size:11px;color:#555}
.box{padding:30px 60px}
.kicker{font-size:13px;letter-spacing:2px;text-transform:uppercase;color:#7a1f3d}
.name{font-size:34px;font-weight:bold;margin-top:22px}.sub{font-size:12px;color:#666}
.txt{font-size:15px;margin-top:26px}
.title{font-family:'DejaVu Serif';font-size:26px;color:#222}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;margin-top:30px;font-size:13px;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:12px 0}
.small{font-size:10.5px;color:#555;margin-top:18px}
.sigs{display:flex;justify-content:space-between;margin-top:36px;font-size:12px;border-top:1px solid #999;padding-top:6px;width:100%}"""
    chrome_pdf(html_doc(body, css), HERE / name)
    label(name, "pdf", title, "Wrenfield Regional Health System", "2025-09-09", "0.75", "contact_hours", False, None,
          "hospital in-service; department folded into health system; title in curly quotes; employer clinic line; LMS entry date; not submitted to AAMA")


def c05():
    name = "05-marlow-valley-icd10-iacet.pdf"
    title = "ICD-10-CM Coding Fundamentals for the Physician Office"
    c = new_canvas(HERE / name, letter)
    W, H = letter
    ltext(c, "Marlow Valley Community College", 60, H - 70, "Times-Bold", 22, "#283c63")
    ltext(c, "Division of Workforce Development & Continuing Education", 60, H - 88, "Times-Italic", 11.5, "#283c63")
    c.setStrokeColor(HexColor("#c89b3c"))
    c.setLineWidth(2)
    c.line(60, H - 98, W - 60, H - 98)
    ctext(c, "CERTIFICATE OF COMPLETION", W / 2, H - 160, "Times-Roman", 26)
    ctext(c, "Continuing Education Units", W / 2, H - 182, "Times-Italic", 13, "#555555")
    ctext(c, "Awarded to", W / 2, H - 228, "Helvetica", 11)
    ctext(c, "Sofia Marchetti-Lund", W / 2, H - 258, "Times-Bold", 28)
    rows = [("Course", "HCE 0412 \u2013 " + title), ("Class dates", "01/14/2025 \u2013 02/18/2025 (six Tuesday evenings)"),
            ("Instructor", "Gordon Ashby, CPC, CCS-P"), ("Contact hours", "12.0"), ("CEUs awarded", "1.2"),
            ("Date issued", "2/24/2025")]
    y = H - 310
    for k, v in rows:
        ltext(c, k, 90, y, "Helvetica-Bold", 10.5, "#283c63")
        para(c, x(v), 210, y + 10, W - 300, size=10.5)
        y -= 26
    y -= 10
    para(c, "Marlow Valley Community College has been accredited as an Authorized Provider by the International Accreditors "
            "for Continuing Education and Training (IACET). In obtaining this accreditation, Marlow Valley Community College has "
            "demonstrated that it complies with the ANSI/IACET Standard, which is recognized internationally as a standard of "
            "excellence in instructional practices. As a result of their Authorized Provider status, Marlow Valley Community "
            "College is authorized to offer IACET CEUs for its programs that qualify under the ANSI/IACET Standard.",
         90, y, W - 180, size=8.8, color="#444444")
    sigline(c, 90, 120, 190, "Dr. Annette Kowalczyk", "Dean, Workforce Development", script="A. Kowalczyk")
    sigline(c, W - 280, 120, 190, "Registrar, Continuing Education", "MVCC \u2022 CE Transcript #55210", script=None)
    c.showPage()
    c.save()
    label(name, "pdf", title, "Marlow Valley Community College", "2025-02-18", "1.2", "iacet_ceu", False, None,
          "community college IACET CEUs with contact-hour equivalent; labelled rows; course code prefix; class date range (last day); issued date; division folded into college")


def c06():
    name = "06-aldergate-spirometer-training.pdf"
    title = "SpiroTrack 300 Office Spirometry Operator Training"
    body = f"""
<div class="page">
 <div class="band"></div>
 <div class="wrap">
  <div class="brand"><svg width="60" height="40"><path d="M4 36 Q 20 4 30 20 T 56 8" stroke="#1c7c7d" stroke-width="5" fill="none"/></svg>
   <div><b>ALDERGATE</b> Respiratory Diagnostics, Inc.</div></div>
  <h1>Training Certificate</h1>
  <p>This document confirms that</p>
  <div class="name">Kevin Phan</div>
  <p>of <i>Lakeview Pulmonary &amp; Sleep Associates</i> (customer site) has completed</p>
  <div class="title">{title.upper()}</div>
  <table>
   <tr><th>Training date</th><td>2024-11-06</td></tr>
   <tr><th>Delivery</th><td>On-site, customer facility</td></tr>
   <tr><th>Trainer</th><td>Alana Reyes, RRT, Clinical Applications Specialist</td></tr>
   <tr><th>Serial no. of device</th><td>ST3-004417-B</td></tr>
   <tr><th>Certificate valid until</th><td>2026-11-06</td></tr>
  </table>
  <p class="note">This is a product operator training. No continuing education credit (AAMA, NHA, or contact hours) is awarded.</p>
 </div>
 <div class="foot">Aldergate Respiratory Diagnostics, Inc. &middot; 88 Meridian Loop, Cedar Park &middot; Form TR-12 rev C</div>
</div>"""
    css = """
.band{position:absolute;left:0;top:0;bottom:0;width:28px;background:linear-gradient(#1c7c7d,#0e3c46)}
.wrap{padding:46px 80px 0 90px}.brand{display:flex;gap:10px;align-items:center;font-size:17px;color:#1c7c7d}
h1{font-weight:normal;font-size:42px;margin:30px 0 10px;color:#0e3c46}
p{font-size:14px;margin:6px 0}.name{font-size:30px;font-weight:bold;margin:6px 0 10px}
.title{font-size:22px;font-weight:bold;color:#1c7c7d;margin:8px 0 18px;letter-spacing:1px}
table{font-size:13px;border-collapse:collapse}th{text-align:left;color:#666;font-weight:normal;padding:3px 24px 3px 0}
.note{font-size:11px;color:#555;margin-top:18px}
.foot{position:absolute;bottom:20px;left:90px;font-size:9px;color:#999}"""
    chrome_pdf(html_doc(body, css), HERE / name)
    label(name, "pdf", title, "Aldergate Respiratory Diagnostics, Inc.", "2024-11-06", None, None, False, None,
          "vendor product training, no credit; ALL CAPS title; customer site; ISO dates with valid-until date; device serial")


def c07():
    name = "07-red-cross-bls-certificate.pdf"
    title = "Basic Life Support"
    c = new_canvas(HERE / name, landscape(letter))
    W, H = landscape(letter)
    c.setFillColor(HexColor("#f4f4f4"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.rect(36, 36, W - 72, H - 72, stroke=0, fill=1)
    c.setFillColor(HexColor("#d7182a"))
    c.rect(70, H - 110, 16, 48, stroke=0, fill=1)
    c.rect(54, H - 94, 48, 16, stroke=0, fill=1)
    ltext(c, "American Red Cross", 116, H - 92, "Helvetica-Bold", 22, "#222222")
    ltext(c, "Training Services", 116, H - 108, "Helvetica", 11, "#555555")
    ctext(c, "Certificate of Completion", W / 2, H - 170, "Helvetica", 20, "#555555")
    ctext(c, "Jasmine A. Whitcomb", W / 2, H - 215, "Helvetica-Bold", 30)
    ctext(c, "has successfully completed requirements for", W / 2, H - 245, "Helvetica", 12, "#444444")
    ctext(c, title, W / 2, H - 285, "Helvetica-Bold", 28, "#d7182a")
    ctext(c, "conducted by Lakemont Safety Training LLC", W / 2, H - 310, "Helvetica", 11, "#444444")
    rows = [("Date Completed", "07/15/2025"), ("Valid For", "2 Years"), ("Certificate ID", "01JX4R7-KQ2M9"),
            ("Format", "Blended Learning (online + skills session)")]
    y = H - 360
    for i, (k, v) in enumerate(rows):
        xx = 120 + (i % 2) * 260
        yy = y - (i // 2) * 40
        ltext(c, k, xx, yy, "Helvetica", 9, "#777777")
        ltext(c, v, xx, yy - 15, "Helvetica-Bold", 12)
    sigline(c, 120, 120, 220, "Instructor: Dwayne Castellano", "Lakemont Safety Training LLC, Ogden Falls")
    para(c, "To verify this certificate, scan the QR code or visit the Red Cross digital certificate page and enter the certificate ID. "
            "Skills and knowledge taught in this course are consistent with current resuscitation science and ECC guidelines.",
         W - 330, 165, 250, size=8, color="#666666")
    c.setFillColor(HexColor("#222222"))
    rnd = random.Random(7)
    for i in range(21):
        for j in range(21):
            if rnd.random() < 0.5 or (i < 7 and j < 7) or (i > 13 and j < 7) or (i < 7 and j > 13):
                c.rect(W - 170 + i * 4, 180 + j * 4, 4, 4, stroke=0, fill=1)
    c.showPage()
    c.save()
    label(name, "pdf", title, "American Red Cross", "2025-07-15", "1", "cpr_card", False, "clinical",
          "digital CPR/BLS certificate; training provider/instructor named is not the card provider; 'Valid For 2 Years'; fake QR")


def c08():
    name = "08-northbay-lms-hipaa-minutes.pdf"
    title = "HIPAA Privacy and Security Annual Training 2025"
    body = f"""
<div class="page">
 <div class="bar"><span class="lg">Northbay Physician Partners</span><span class="lc">Learning Center</span><span class="usr">Signed in: esantos &middot; Print</span></div>
 <div class="crumbs">My Learning &rsaquo; Transcript &rsaquo; Completion Record</div>
 <div class="card">
  <div class="ck">&#10004; Completed</div>
  <h2>{title}</h2>
  <div class="code">Module COMP-HIPAA-25 &middot; Required annual compliance</div>
  <table>
   <tr><td>Learner</td><td>Elena Santos (Employee #20417)</td></tr>
   <tr><td>Job title</td><td>Certified Medical Assistant</td></tr>
   <tr><td>Assigned</td><td>01/02/2025</td></tr>
   <tr><td>Due date</td><td>01/31/2025</td></tr>
   <tr><td>Completed</td><td>2025-01-27 14:32 CST</td></tr>
   <tr><td>Course length</td><td>40 minutes</td></tr>
   <tr><td>Assessment</td><td>Passed (9/10)</td></tr>
   <tr><td>Credit</td><td>None &mdash; internal compliance requirement</td></tr>
  </table>
  <p class="prov">Course provided by Fairhaven Compliance Learning, Inc. Content reviewed 11/2024.</p>
 </div>
 <div class="pf">Printed 03/04/2025 09:02 &middot; Northbay Physician Partners Learning Center &middot; powered by TalentArc LMS</div>
</div>"""
    css = """
.bar{background:#14375e;color:#fff;padding:14px 34px;display:flex;gap:16px;align-items:baseline}.lg{font-weight:bold;font-size:18px}.lc{font-size:14px;color:#9fc1e6}.usr{margin-left:auto;font-size:11px}
.crumbs{padding:12px 34px;font-size:11px;color:#666}
.card{margin:6px 34px;border:1px solid #d0d7de;border-radius:8px;padding:22px 30px}
.ck{display:inline-block;background:#e6f4ea;color:#1e7e34;font-size:12px;padding:3px 10px;border-radius:10px}
h2{font-size:24px;margin:12px 0 2px}.code{font-size:12px;color:#777}
table{margin-top:16px;font-size:13px;border-collapse:collapse}td{padding:5px 30px 5px 0;border-bottom:1px solid #eee}td:first-child{color:#666;width:170px}
.prov{font-size:12px;color:#333;margin-top:16px}
.pf{position:absolute;bottom:14px;left:34px;font-size:9px;color:#999}"""
    chrome_pdf(html_doc(body, css, "portrait"), HERE / name)
    label(name, "pdf", title, "Fairhaven Compliance Learning, Inc.", "2025-01-27", "40", "minutes", False, None,
          "employer LMS transcript record; employer/LMS names dominate; provider only in 'Course provided by'; assigned/due/printed dates; duration only, no credit")


def c09():
    name = "09-riverbend-adult-immunization-lunch.pdf"
    title = "Updates in Adult Immunization Schedules"
    c = new_canvas(HERE / name, letter)
    W, H = letter
    ltext(c, "RIVERBEND", 60, H - 70, "Helvetica-Bold", 26, "#3a5a40")
    ltext(c, "MEDICAL EDUCATION GROUP", 62, H - 86, "Helvetica", 10, "#3a5a40")
    rtext(c, "Lunch & Learn Series", W - 60, H - 70, "Helvetica-Oblique", 12, "#777777")
    c.setFillColor(HexColor("#3a5a40"))
    c.rect(60, H - 100, W - 120, 3, stroke=0, fill=1)
    ctext(c, "Certificate of Attendance", W / 2, H - 160, "Times-Bold", 30)
    ctext(c, "Awarded to", W / 2, H - 195, "Times-Italic", 13)
    ctext(c, "Brianna K. Holloway, RMA", W / 2, H - 232, "Times-Bold", 26, "#3a5a40")
    y = para(c, x(f"for attending the educational program <b>{title}</b> presented by Harold Nwosu, PharmD, "
                  "on Thursday, June 5, 2025, 12:00&ndash;1:00 p.m., at Osteria Lucca, 212 Main Street, Fenwick Harbor."),
             90, H - 262, W - 180, font="Times-Roman", size=13, leading=18, align=1)
    y = para(c, x("<b>Credit:</b> 1.0 contact hour"), 90, y - 18, W - 180, size=12, align=1)
    y = para(c, x("This activity has not been submitted for AAMA CEU approval. Medical assistants may submit this certificate "
                  "to their certifying body for consideration as non-prior-approved CE."),
             110, y - 12, W - 220, size=9.5, align=1, color="#444444")
    y = para(c, x("Lunch provided through an educational grant from Velmora Pharmaceuticals. Velmora had no role in the "
                  "planning or content of this activity."), 110, y - 16, W - 220, size=9, align=1, color="#666666")
    sigline(c, 90, 140, 190, "Harold Nwosu, PharmD", "Presenter", script="H. Nwosu")
    sigline(c, W - 280, 140, 190, "Cynthia Ledbetter", "Program Coordinator, Riverbend MEG", script="C. Ledbetter")
    ctext(c, "Riverbend Medical Education Group \u2022 17 Tanner Row, Suite 3 \u2022 Fenwick Harbor", W / 2, 60, "Helvetica", 8.5, "#777777")
    c.showPage()
    c.save()
    label(name, "pdf", title, "Riverbend Medical Education Group", "2025-06-05", "1.0", "contact_hours", False, None,
          "pharma lunch-and-learn; title in sentence (bold); pharma grant sponsor and restaurant venue as decoys; not submitted for AAMA; wordmark over two lines")


def c10():
    name = "10-la-ceiba-constancia-diabetes.pdf"
    title = "Técnicas de Comunicación con Pacientes con Diabetes"
    body = f"""
<div class="page"><div class="frame">
 <div class="logo">Centro de Capacitación en Salud<br><b>LA CEIBA</b></div>
 <div class="h">CONSTANCIA</div>
 <div class="hs">de participación</div>
 <p>Se otorga la presente a</p>
 <div class="name">Guadalupe Ibarra Montoya</div>
 <p>por haber participado en el taller</p>
 <div class="title">{title}</div>
 <p>realizado el 22 de agosto de 2025, con una duración de <b>2 horas de contacto</b>.</p>
 <p class="small">Esta actividad no cuenta con aprobación de la AAMA.</p>
 <div class="sigs"><div>Dra. Beatriz Olvera Sandoval<br><small>Directora Académica</small></div><div>Lic. Ramón Quezada<br><small>Instructor</small></div></div>
 <div class="lugar">Expedida en Phoenix, Arizona, a 25 de agosto de 2025. &nbsp; Folio: CCS-2025-0833</div>
</div></div>"""
    css = """
.frame{position:absolute;inset:28px;border:3px double #8a5a13;padding:30px 60px;text-align:center;font-family:'DejaVu Serif'}
.logo{position:absolute;left:40px;top:28px;text-align:left;font-size:12px;color:#2d6a4f;font-family:'DejaVu Sans'}.logo b{font-size:24px;letter-spacing:3px}
.h{font-size:50px;letter-spacing:10px;color:#8a5a13;margin-top:40px}.hs{font-size:18px;font-style:italic;margin-bottom:18px}
p{font-size:15px;margin:8px}.name{font-size:32px;font-weight:bold;margin:8px 0}
.title{font-size:25px;color:#2d6a4f;font-weight:bold;margin:10px 80px}
.small{font-size:11px;color:#666}
.sigs{display:flex;justify-content:space-around;margin-top:38px;font-size:13px}.sigs div{border-top:1px solid #555;padding-top:4px;width:260px}
.lugar{position:absolute;bottom:16px;left:0;right:0;font-size:11px;color:#555}"""
    chrome_pdf(html_doc(body, css), HERE / name)
    label(name, "pdf", title, "Centro de Capacitación en Salud La Ceiba", "2025-08-22", "2", "contact_hours", False, None,
          "Spanish constancia; provider logo over two lines; date in words; issue date 'Expedida ... a 25 de agosto'; 'no cuenta con aprobación de la AAMA'")


def c11():
    name = "11-ridgecrest-chapter-civility.pdf"
    title = "Workplace Civility and Conflict Resolution"
    c = new_canvas(HERE / name, landscape(letter))
    W, H = landscape(letter)
    c.setFillColor(HexColor("#fbf8f1"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(HexColor("#6d4c8d"))
    c.setLineWidth(2)
    c.roundRect(28, 28, W - 56, H - 56, 12)
    ctext(c, "Ridgecrest County Chapter of Medical Assistants", W / 2, H - 72, "Times-Bold", 20, "#6d4c8d")
    ctext(c, "Monthly Education Meeting", W / 2, H - 92, "Times-Italic", 12, "#555555")
    ctext(c, "CERTIFICATE OF ATTENDANCE", W / 2, H - 150, "Helvetica-Bold", 24, "#222222")
    ctext(c, "Presented to", W / 2, H - 185, "Times-Italic", 13)
    ctext(c, "Natalie Fairbanks, CMA (AAMA)", W / 2, H - 220, "Times-Bold", 28)
    ctext(c, "who attended the presentation", W / 2, H - 250, "Times-Italic", 13)
    ctext(c, "\u201c" + title + "\u201d", W / 2, H - 284, "Times-Bold", 22, "#6d4c8d")
    ctext(c, "Speaker: Yolanda Brightwater, MA, LPC      Meeting date: 10/16/2025      Location: Ridgecrest Public Library, Community Room B",
          W / 2, H - 318, "Helvetica", 10)
    para(c, AAMA_PRIOR.format(amt="1.0", cat="general", s=""), 110, H - 340, W - 220, font="Times-Roman", size=10.5, align=1, color="#333333")
    seal(c, W / 2, 125, 38, "#6d4c8d", "AAMA CEU", "1.0 Gen.")
    sigline(c, 90, 110, 200, "Ashley Monroe-Tate, CMA (AAMA)", "Chapter President", font="Times-Roman", script="Ashley Monroe-Tate")
    sigline(c, W - 290, 110, 200, "Keith Oduya, CMA (AAMA)", "CEU Coordinator \u2022 signed 10/20/2025", font="Times-Roman", script="K. Oduya")
    c.showPage()
    c.save()
    label(name, "pdf", title, "Ridgecrest County Chapter of Medical Assistants", "2025-10-16", "1.0", "aama_ceu", True, "general",
          "chapter meeting; quoted title; speaker and library venue; AAMA prior approval 1.0 general; seal repeats '1.0 Gen.'; signed date")


def c12():
    name = "12-summerlin-telehealth-split.pdf"
    title = "Telehealth Visit Preparation: Technology, Documentation, and Patient Safety"
    body = f"""
<div class="page">
 <div class="left"><div class="org">Summerlin<br>Practice<br>Academy</div><div class="web">Live Webinar Series<br>2025</div></div>
 <div class="right">
  <div class="h">Certificate of Completion</div>
  <div class="lbl">Participant</div><div class="name">Oluwaseun Adebayo-Clarke</div>
  <div class="lbl">Program title</div><div class="title">{title}</div>
  <div class="row"><div><div class="lbl">Webinar date</div>Wed 07/23/2025</div><div><div class="lbl">Attendance verified</div>62 of 60 min &middot; poll responses 4/4</div><div><div class="lbl">Registration</div>06/30/2025</div></div>
  <div class="lbl">AAMA CEUs</div>
  <table><tr><td>Administrative</td><td>0.5</td></tr><tr><td>Clinical</td><td>0.5</td></tr><tr class="t"><td>Total</td><td>1.0</td></tr></table>
  <p class="fine">{AAMA_PRIOR.format(amt='1.0', cat='(0.5 administrative, 0.5 clinical)', s='s')}</p>
  <div class="sig">Renata Vukovich, MBA, CMA (AAMA) &mdash; Program Director, Summerlin Practice Academy</div>
 </div>
</div>"""
    css = """
.left{position:absolute;left:0;top:0;bottom:0;width:250px;background:#f28c28;color:#fff;padding:50px 30px}
.org{font-size:34px;font-weight:bold;line-height:1.05}.web{margin-top:30px;font-size:14px;opacity:.9}
.right{position:absolute;left:290px;top:40px;right:50px}
.h{font-family:'DejaVu Serif';font-size:34px;color:#333;margin-bottom:18px}
.lbl{font-size:10px;text-transform:uppercase;letter-spacing:1.5px;color:#999;margin-top:12px}
.name{font-size:28px;font-weight:bold}.title{font-size:20px;color:#b35b00;font-weight:bold;line-height:1.3}
.row{display:flex;gap:40px;font-size:13px}
table{font-size:13px;border-collapse:collapse;margin-top:4px}td{padding:2px 30px 2px 0}.t td{font-weight:bold;border-top:1px solid #333}
.fine{font-size:9.5px;color:#555;line-height:1.4}.sig{font-size:11px;margin-top:14px;border-top:1px solid #ccc;padding-top:6px}"""
    chrome_pdf(html_doc(body, css), HERE / name)
    label(name, "pdf", title, "Summerlin Practice Academy", "2025-07-23", "1.0", "aama_ceu", True, None,
          "live webinar; side-bar wordmark split over three lines; labelled title; admin/clinical split with total; registration date; attendance minutes",
          categories={"administrative": "0.5", "clinical": "0.5"})


def c13():
    name = "13-halverson-med-reconciliation-nha.pdf"
    title = "Medication Reconciliation for the Clinical Medical Assistant"
    c = new_canvas(HERE / name, landscape(letter))
    W, H = landscape(letter)
    c.setFillColor(HexColor("#1f2a44"))
    c.rect(0, H - 150, W, 150, stroke=0, fill=1)
    ltext(c, "halverson", 50, H - 50, "Helvetica-Bold", 22, "#8fd3ff")
    ltext(c, "allied learning", 160, H - 50, "Helvetica", 22, "#ffffff")
    ctext(c, "MEDICATION RECONCILIATION FOR THE", W / 2, H - 100, "Helvetica-Bold", 24, "#ffffff")
    ctext(c, "CLINICAL MEDICAL ASSISTANT", W / 2, H - 128, "Helvetica-Bold", 24, "#ffffff")
    ctext(c, "Certificate of Completion", W / 2, H - 200, "Times-Roman", 26)
    ctext(c, "Tyler J. Brandvold", W / 2, H - 250, "Times-Bold", 34, "#1f2a44")
    c.setStrokeColor(HexColor("#8fd3ff"))
    c.line(W / 2 - 200, H - 262, W / 2 + 200, H - 262)
    info = [("COMPLETED", "Mar 12 2025"), ("NHA CE CREDITS", "1.5"), ("COURSE NO.", "HAL-CM-305"), ("ISSUED", "Mar 13 2025")]
    for i, (k, v) in enumerate(info):
        xx = 120 + i * 150
        ctext(c, k, xx + 40, H - 310, "Helvetica", 8.5, "#888888")
        ctext(c, v, xx + 40, H - 328, "Helvetica-Bold", 14)
    para(c, "Halverson Allied Learning is an approved provider of continuing education credits with the National Healthcareer "
            "Association (NHA). This course is approved for 1.5 NHA CE credits.", 140, H - 360, W - 280, size=9.5, align=1, color="#444444")
    sigline(c, W / 2 - 110, 95, 220, "Corinne Delgado-Hale, BSN", "Curriculum Manager, Halverson Allied Learning", script="Corinne D-Hale")
    c.showPage()
    c.save()
    label(name, "pdf", title, "Halverson Allied Learning", "2025-03-12", "1.5", "nha_credit", False, None,
          "banner ALL CAPS title over 2 lines at top; lower-case two-tone wordmark; 'Mar 12 2025' with issued next day; NHA approved provider")


def c14():
    name = "14-northshore-prenatal-intake-pending.pdf"
    title = "Prenatal Visit Intake: Screening Questions That Matter"
    c = new_canvas(HERE / name, letter)
    W, H = letter
    c.setFillColor(HexColor("#e8f1f8"))
    c.rect(0, H - 120, W, 120, stroke=0, fill=1)
    ltext(c, "Northshore Ob/Gyn Education Services", 56, H - 62, "Helvetica-Bold", 19, "#24507a")
    ltext(c, "Women's health education for the whole care team", 56, H - 80, "Helvetica-Oblique", 10, "#24507a")
    ltext(c, "Certificate of Completion", 56, H - 180, "Helvetica", 28)
    y = para(c, x("This certificate is awarded to <b>Hannah Lindqvist</b> for completing the recorded webinar"), 56, H - 200, W - 112, size=13, leading=18)
    y = para(c, x(f"<b>{title}</b>"), 56, y - 8, W - 112, size=17, leading=22, color="#24507a")
    rows = [("Viewed and post-test passed", "May 19, 2025"), ("Webinar originally broadcast", "April 8, 2025"),
            ("Faculty", "Deborah Achterberg, CNM, MSN"), ("Contact hours", "2.0")]
    y -= 18
    for k, v in rows:
        ltext(c, k + ":", 56, y, "Helvetica", 11, "#555555")
        ltext(c, v, 250, y, "Helvetica-Bold", 11)
        y -= 20
    y = para(c, x("<b>AAMA CEU status:</b> An application for 2.0 clinical AAMA CEUs has been submitted and is pending review. "
                  "If approval is granted, an updated certificate will be issued. Until then, this certificate documents contact hours only."),
             56, y - 10, W - 112, size=10, color="#333333")
    sigline(c, 56, 140, 220, "Margaret Yoon, RN, BSN", "Education Coordinator", script="Margaret Yoon")
    ltext(c, "Northshore Ob/Gyn Education Services \u2022 3100 Lakeshore Dr., Bldg C \u2022 Generated 05/19/2025", 56, 50, "Helvetica", 8, "#888888")
    c.showPage()
    c.save()
    label(name, "pdf", title, "Northshore Ob/Gyn Education Services", "2025-05-19", "2.0", "contact_hours", False, None,
          "AAMA approval pending (2.0 applied for) -> contact hours; recorded webinar: viewed date vs original broadcast date; title in own bold line after sentence")


def c15():
    name = "15-trilakes-symposium-anaphylaxis-session.pdf"
    title = "Anaphylaxis Recognition and Epinephrine Autoinjector Use"
    body = f"""
<div class="page">
 <div class="hd"><div class="ev">TRI-LAKES PRIMARY CARE SYMPOSIUM 2025</div><div class="evd">November 7&ndash;8, 2025 &middot; Kettle Point Lodge &amp; Conference Center</div></div>
 <div class="c">
  <div class="k">Session Verification of Attendance</div>
  <div class="n">Rosalind Achebe, CMA (AAMA)</div>
  <div class="k2">attended the breakout session</div>
  <div class="t">{title}</div>
  <div class="k2">Session B-4 &middot; Saturday, November 8, 2025 &middot; 9:00&ndash;10:00 a.m. &middot; Presenter: Samuel Ortega, MD</div>
  <div class="cr">1.0 AAMA CEU &middot; Clinical</div>
  <p class="fine">{AAMA_PRIOR.format(amt='1.0', cat='clinical', s='')}</p>
 </div>
 <div class="ft"><div>Hosted by the <b>Tri-Lakes Medical Assistant Alliance</b><br>Symposium sponsors: Corvane Medical Supply &middot; Pellston Family Health</div>
 <div class="sg">Imani Castillo, CMA (AAMA)<br><small>Symposium CEU Chair &middot; 11/12/2025</small></div></div>
</div>"""
    css = """
.hd{background:#0b6e4f;color:#fff;text-align:center;padding:22px}.ev{font-size:26px;font-weight:bold;letter-spacing:2px}.evd{font-size:13px;margin-top:4px}
.c{text-align:center;padding:30px 90px}.k{font-size:15px;letter-spacing:3px;text-transform:uppercase;color:#0b6e4f}
.n{font-family:'DejaVu Serif';font-size:36px;margin:18px 0}.k2{font-size:14px;color:#444;margin:8px}
.t{font-size:26px;font-weight:bold;color:#222;margin:6px 40px}
.cr{display:inline-block;margin-top:16px;padding:6px 18px;border:2px solid #0b6e4f;border-radius:20px;font-weight:bold;color:#0b6e4f}
.fine{font-size:10px;color:#555;margin-top:14px}
.ft{position:absolute;bottom:30px;left:70px;right:70px;display:flex;justify-content:space-between;font-size:12px;border-top:1px solid #aaa;padding-top:8px}.sg{text-align:right}"""
    chrome_pdf(html_doc(body, css), HERE / name)
    label(name, "pdf", title, "Tri-Lakes Medical Assistant Alliance", "2025-11-08", "1.0", "aama_ceu", True, "clinical",
          "single-session certificate at 2-day symposium: event name in banner is a decoy title; session day; provider only in 'Hosted by' footer; sponsors; venue; signed date")


def c16():
    name = "16-stonebridge-clinical-lab-credit-letter.pdf"
    title = "Clinical Laboratory Procedures II"
    c = new_canvas(HERE / name, letter)
    W, H = letter
    ltext(c, "STONEBRIDGE TECHNICAL COLLEGE", 60, H - 64, "Times-Bold", 17, "#4a2c2a")
    ltext(c, "Office of the Registrar \u2022 2200 Quarry Road \u2022 Ashford Mills", 60, H - 80, "Times-Roman", 10, "#4a2c2a")
    c.setStrokeColor(HexColor("#4a2c2a"))
    c.line(60, H - 88, W - 60, H - 88)
    ltext(c, "January 6, 2025", 60, H - 120, "Times-Roman", 11)
    y = para(c, x("To Whom It May Concern:"), 60, H - 140, W - 120, font="Times-Roman", size=11.5)
    y = para(c, x("RE: Verification of Course Completion \u2014 Alondra P. Vasquez (Student ID 0094412)"), 60, y - 10, W - 120, font="Times-Bold", size=11.5)
    y = para(c, x("This letter verifies that the student named above successfully completed the following credit course at "
                  "Stonebridge Technical College. Grades are final as posted on December 18, 2024."), 60, y - 10, W - 120, font="Times-Roman", size=11.5, leading=15)
    y -= 14
    hdr = ["Course", "Title", "Term", "Term dates", "Grade", "Credits"]
    xs = [60, 125, 300, 370, 480, 525]
    for xx, h in zip(xs, hdr):
        ltext(c, h, xx, y, "Times-Bold", 10.5)
    c.line(60, y - 4, W - 60, y - 4)
    y -= 18
    for xx, v in zip(xs, ["MAS 214", title, "Fall 2024", "08/26/24 \u2013 12/13/24", "A-", "3.0"]):
        if v == title:
            para(c, v, xx, y + 10, 165, font="Times-Roman", size=10.5)
        else:
            ltext(c, v, xx, y, "Times-Roman", 10.5)
    y -= 34
    c.line(60, y + 6, W - 60, y + 6)
    y = para(c, x("Credits are semester credit hours. This course is part of the Medical Assisting A.A.S. curriculum and included "
                  "a 16-hour laboratory practicum. This letter is not an official transcript."), 60, y - 8, W - 120, font="Times-Roman", size=11.5, leading=15)
    y = para(c, x("Sincerely,"), 60, y - 20, 200, font="Times-Roman", size=11.5)
    c.setFont("Times-Italic", 18)
    c.setFillColor(HexColor("#1d2f6b"))
    c.drawString(64, y - 30, "Lorraine Tsai")
    para(c, x("Lorraine Tsai<br/>Assistant Registrar, Stonebridge Technical College"), 60, y - 38, 300, font="Times-Roman", size=11)
    c.showPage()
    c.save()
    label(name, "pdf", title, "Stonebridge Technical College", "2024-12-13", "3.0", "college_credit", False, None,
          "registrar letter with one-row course table; course code left out; term range end is completion; letter date and grades-posted date; registrar folded into college")


def c17():
    name = "17-bellhaven-wound-dressing-nursing-approved.pdf"
    title = "Wound Dressing Basics for Clinical Support Staff"
    c = new_canvas(HERE / name, landscape(letter))
    W, H = landscape(letter)
    c.setFillColor(HexColor("#2b4c7e"))
    c.rect(0, 0, W, 40, stroke=0, fill=1)
    c.rect(0, H - 18, W, 18, stroke=0, fill=1)
    ltext(c, "Bellhaven Continuing Education Partners", 50, H - 62, "Helvetica-Bold", 15, "#2b4c7e")
    rtext(c, "Activity #BCEP-25-0617", W - 50, H - 62, "Helvetica", 9, "#666666")
    ctext(c, "CERTIFICATE", W / 2, H - 130, "Times-Bold", 44, "#2b4c7e")
    ctext(c, "OF SUCCESSFUL COMPLETION", W / 2, H - 154, "Times-Roman", 14, "#2b4c7e")
    ctext(c, "Leah M. Santangelo", W / 2, H - 205, "Times-BoldItalic", 30)
    ctext(c, "Course:  " + title, W / 2, H - 245, "Helvetica-Bold", 17)
    ctext(c, "Completion date: 06/17/2025     \u2022     Contact hours: 1.5     \u2022     Format: enduring online material", W / 2, H - 275, "Helvetica", 11)
    para(c, "This activity has been approved for 1.5 contact hours by the Keystone Valley Nurses Association, an accredited approver "
            "of nursing continuing professional development. This activity was not submitted to the AAMA; it is not approved for AAMA CEUs.",
         120, H - 300, W - 240, size=9.5, align=1, color="#444444")
    sigline(c, 120, 115, 220, "Patrice Umeh, DNP, RN", "Nurse Planner", script="Patrice Umeh")
    sigline(c, W - 340, 115, 220, "Certificate printed 06/30/2025", "Record ID 7781-2203")
    ctext(c, "Bellhaven Continuing Education Partners \u2022 www.bellhaven-cep.example", W / 2, 16, "Helvetica", 9, "#ffffff")
    c.showPage()
    c.save()
    label(name, "pdf", title, "Bellhaven Continuing Education Partners", "2025-06-17", "1.5", "contact_hours", False, None,
          "'Course:' labelled title; contact hours approved by a nursing approver only, explicitly not AAMA; printed date; activity number")


def c18():
    name = "18-oakhurst-cultural-humility-general.pdf"
    title = "Cultural Humility in Patient Communication"
    body = f"""
<div class="page">
 <div class="top"><div class="cv">CE<span>Vault</span></div><div class="tl">Your continuing education, in one place.</div></div>
 <div class="inner">
  <div class="cert">This certifies that</div>
  <div class="name">Jordan Whitlock-Baez</div>
  <div class="cert">has completed</div>
  <div class="title">{title}</div>
  <div class="cols">
   <div><span>Completion Date</span>2025-05-30</div>
   <div><span>Enrolled</span>2025-05-02</div>
   <div><span>Credits</span>2.0 AAMA CEUs (General)</div>
   <div><span>Certificate #</span>CV-88213-04</div>
  </div>
  <div class="acc"><b>Accreditation.</b> {AAMA_PRIOR.format(amt='2.0', cat='general', s='s')}</div>
  <div class="pr">Course author and provider of record:</div>
  <div class="oak">OAKHURST LEARNING SYSTEMS, INC.</div>
  <div class="addr">5500 Ridge Pointe Blvd, Suite 210 &middot; Brookfield Hills</div>
 </div>
 <div class="foot">CEVault is a continuing-education marketplace and tracking service. CEVault is not the provider of this course.</div>
</div>"""
    css = """
.top{display:flex;align-items:center;gap:20px;padding:24px 60px;border-bottom:1px solid #ddd}
.cv{font-size:30px;font-weight:bold;color:#6a1b9a}.cv span{color:#00897b}.tl{font-size:12px;color:#777}
.inner{padding:20px 60px}.cert{font-size:14px;color:#555;margin-top:10px}
.name{font-size:36px;font-weight:bold;margin:6px 0}.title{font-family:'DejaVu Serif';font-size:28px;color:#00695c;margin:6px 0 16px}
.cols{display:flex;gap:46px;font-size:14px}.cols span{display:block;font-size:10px;text-transform:uppercase;color:#999;letter-spacing:1px}
.acc{font-size:10.5px;color:#444;margin-top:22px;line-height:1.45;width:880px}
.pr{font-size:11px;color:#777;margin-top:20px}.oak{font-size:18px;font-weight:bold;letter-spacing:1px}.addr{font-size:11px;color:#777}
.foot{position:absolute;bottom:18px;left:60px;font-size:9px;color:#aaa}"""
    chrome_pdf(html_doc(body, css), HERE / name)
    label(name, "pdf", title, "Oakhurst Learning Systems, Inc.", "2025-05-30", "2.0", "aama_ceu", True, "general",
          "CE marketplace logo dominates header (not provider); provider ALL CAPS lower on page; ISO dates with enrolment date; AAMA general 2.0")


def c19():
    name = "19-sterling-gate-eob-admin.pdf"
    title = "Understanding Explanation of Benefits (EOB) Statements"
    c = new_canvas(HERE / name, landscape(letter))
    W, H = landscape(letter)
    for i, col in enumerate(["#7b6a3a", "#b59b55", "#7b6a3a"]):
        c.setStrokeColor(HexColor(col))
        c.setLineWidth(3 - i)
        c.rect(24 + i * 6, 24 + i * 6, W - 48 - i * 12, H - 48 - i * 12)
    ctext(c, "Sterling Gate", W / 2, H - 80, "Times-BoldItalic", 26, "#7b6a3a")
    ctext(c, "REVENUE CYCLE INSTITUTE", W / 2, H - 98, "Times-Roman", 11, "#7b6a3a")
    ctext(c, "Be it known that", W / 2, H - 150, "Times-Italic", 15)
    ctext(c, "Carmen D. Villalobos", W / 2, H - 195, "Times-Bold", 36)
    ctext(c, "having fulfilled the requirements of the continuing education program", W / 2, H - 230, "Times-Italic", 14)
    ctext(c, title, W / 2, H - 265, "Times-Bold", 22, "#3b3116")
    ctext(c, "is awarded this certificate on the 19th day of September, 2024,", W / 2, H - 300, "Times-Italic", 14)
    ctext(c, "the date on which the program was completed.", W / 2, H - 318, "Times-Italic", 14)
    para(c, "Approved by the American Association of Medical Assistants for 1.5 AAMA CEUs \u2014 Administrative. Granting of prior "
            "approval in no way constitutes endorsement by the AAMA of the program content or the program's sponsor. Program #SG-118.",
         150, H - 340, W - 300, font="Times-Roman", size=10, align=1, color="#444444")
    seal(c, W / 2, 112, 40, "#b59b55", "1.5 CEUs", "ADMIN.")
    sigline(c, 100, 100, 200, "Everett Langford, CPC, CPB", "Executive Director", font="Times-Roman", script="Everett Langford")
    sigline(c, W - 300, 100, 200, "Thea Quinlan, CMA (AAMA)", "Instructor", font="Times-Roman", script="Thea Quinlan")
    c.showPage()
    c.save()
    label(name, "pdf", title, "Sterling Gate Revenue Cycle Institute", "2024-09-19", "1.5", "aama_ceu", True, "administrative",
          "diploma style; provider split in script wordmark + small caps line; 'the 19th day of September, 2024'; seal 'ADMIN.'")


def c20():
    name = "20-quarry-lane-bloodborne-iacet.pdf"
    title = "Bloodborne Pathogens Exposure Control for Ambulatory Care"
    body = f"""
<div class="page">
 <div class="wm">QUARRY LANE</div>
 <div class="in">
  <div class="brand">Quarry Lane Professional Education</div>
  <div class="h">Certificate of Achievement</div>
  <div class="to">Marisa Ellingsworth</div>
  <div class="what">has satisfactorily completed the self-paced e-learning module</div>
  <div class="t">{title}</div>
  <div class="dt">Oct 3, 2025</div>
  <div class="ceu"><b>0.1 IACET CEU</b> (1.0 contact hour)</div>
  <div class="iacet"><div class="ib">IACET<br><small>ACCREDITED<br>PROVIDER</small></div>
   <p>Quarry Lane Professional Education is accredited by the International Accreditors for Continuing Education and Training (IACET) and is authorized to issue the IACET CEU.</p></div>
  <div class="sig">Warren Delacourt, MPH &middot; Chief Learning Officer</div>
 </div>
</div>"""
    css = """
.wm{position:absolute;top:220px;left:60px;font-size:140px;font-weight:bold;color:#f1f1f4;letter-spacing:8px}
.in{position:relative;text-align:center;padding:40px 90px}
.brand{font-size:16px;letter-spacing:3px;text-transform:uppercase;color:#565a8c}
.h{font-family:'DejaVu Serif';font-size:40px;margin:22px 0}.to{font-size:32px;font-weight:bold;border-bottom:1px solid #999;display:inline-block;padding:0 40px 4px}
.what{font-size:14px;margin-top:16px;color:#444}.t{font-size:24px;font-weight:bold;color:#565a8c;margin:8px 60px}
.dt{font-size:15px;margin-top:10px}.ceu{font-size:15px;margin-top:6px}
.iacet{display:flex;gap:16px;align-items:center;text-align:left;margin:22px 60px 0;font-size:11px;color:#444}
.ib{border:2px solid #565a8c;border-radius:50%;width:76px;height:76px;display:flex;flex-direction:column;justify-content:center;text-align:center;font-weight:bold;color:#565a8c;font-size:14px;line-height:1.1;flex:none}.ib small{font-size:7px}
.sig{margin-top:24px;font-size:12px}"""
    chrome_pdf(html_doc(body, css), HERE / name)
    label(name, "pdf", title, "Quarry Lane Professional Education", "2025-10-03", "0.1", "iacet_ceu", False, None,
          "IACET CEU with contact-hour equivalent; unlabelled bare date under title; watermark wordmark; IACET badge")


def c21():
    name = "21-cobalt-bay-patient-portal-minutes.pdf"
    title = "Navigating the Patient Portal: Helping Patients Get Connected"
    c = new_canvas(HERE / name, letter)
    W, H = letter
    c.setFillColor(HexColor("#0a7ea4"))
    c.circle(80, H - 70, 22, stroke=0, fill=1)
    ctext(c, "CB", 80, H - 76, "Helvetica-Bold", 16, "#ffffff")
    ltext(c, "Cobalt Bay Clinic Network", 112, H - 66, "Helvetica-Bold", 16, "#0a7ea4")
    ltext(c, "Staff Development Webinars", 112, H - 82, "Helvetica", 10, "#555555")
    ctext(c, "Certificate of Attendance", W / 2, H - 170, "Helvetica-Bold", 26)
    ctext(c, "Dominic Ferrante", W / 2, H - 220, "Helvetica", 26, "#0a7ea4")
    ctext(c, "attended", W / 2, H - 250, "Helvetica-Oblique", 12)
    y = para(c, x(title.upper()), 90, H - 270, W - 180, font="Helvetica-Bold", size=16, leading=21, align=1)
    rows = [("Session held", "Tuesday, August 12, 2025"), ("Length", "1 hr 30 min"), ("Moderator", "Felicia Grandberry, Practice Manager"),
            ("Continuing education", "No CE credit is awarded for this session.")]
    y -= 24
    for k, v in rows:
        rtext(c, k + ":", W / 2 - 20, y, "Helvetica", 11, "#555555")
        ltext(c, v, W / 2 - 10, y, "Helvetica-Bold", 11)
        y -= 20
    ltext(c, "Zoom webinar ID 845 2210 7713 \u2022 Certificate emailed 08/13/2025", 60, 60, "Helvetica", 8, "#888888")
    c.showPage()
    c.save()
    label(name, "pdf", title, "Cobalt Bay Clinic Network", "2025-08-12", "90", "minutes", False, None,
          "ALL CAPS title wrapped; '1 hr 30 min' -> 90; explicitly no CE credit; monogram logo; emailed date")


def c22():
    name = "22-foxmoor-biopsy-specimen-letter.pdf"
    title = "Skin Biopsy Specimen Handling and Labeling"
    body = f"""
<div class="page">
 <div class="lh"><div class="fx">Foxmoor Dermatology<br><span>EDUCATION FOUNDATION</span></div><div class="ad">1450 Elmstead Parkway, Suite 300<br>Carrow Heights<br>education@foxmoorderm.example</div></div>
 <div class="bd">
  <p>October 28, 2025</p>
  <p>Ms. Renee Castellanos, CMA (AAMA)<br>18 Birchwood Court<br>Carrow Heights</p>
  <p><b>Re: Verification of continuing education</b></p>
  <p>Dear Ms. Castellanos,</p>
  <p>Thank you for participating in our hands-on workshop. This letter confirms that you attended and completed &ldquo;{title}&rdquo; on October 21, 2025, held at the Foxmoor Dermatology Education Foundation training suite.</p>
  <p>This program has been granted prior approval by the American Association of Medical Assistants (AAMA) for <b>1.0 clinical</b> continuing education unit (CEU). Granting of prior approval in no way constitutes endorsement by the AAMA of the program content or the program&rsquo;s sponsor. Please keep this letter with your CEU records; the AAMA may request documentation when you recertify by continuing education.</p>
  <p>Specimen containers for the workshop were donated by Halcyon Pathology Partners.</p>
  <p>Sincerely,</p>
  <p class="scr">Daniel Okafor</p>
  <p>Daniel Okafor, MD, FAAD<br>Education Director</p>
 </div>
</div>"""
    css = """
.lh{display:flex;justify-content:space-between;padding:50px 70px 16px;border-bottom:2px solid #c0562b}
.fx{font-family:'DejaVu Serif';font-size:26px;color:#c0562b;line-height:1.05}.fx span{font-family:'DejaVu Sans';font-size:11px;letter-spacing:4px;color:#555}
.ad{text-align:right;font-size:10.5px;color:#555}
.bd{padding:20px 70px;font-family:'DejaVu Serif';font-size:13px;line-height:1.5}
.scr{font-style:italic;font-size:22px;color:#1d2f6b;margin:0}"""
    chrome_pdf(html_doc(body, css, "portrait"), HERE / name)
    label(name, "pdf", title, "Foxmoor Dermatology Education Foundation", "2025-10-21", "1.0", "aama_ceu", True, "clinical",
          "verification letter; title only in curly quotes inside a sentence; letter date differs; AAMA approval sentence; donor decoy")


# ============================================================================= sources for photos / scans
def generic(path, d, orient="landscape"):
    """A classic centred certificate. d keys: top (list of (text,font,size,color)), heading, pre, name, mid,
    title_lines, after (list of markup paragraphs), sigs, footer, accent, border"""
    size = landscape(letter) if orient == "landscape" else letter
    W, H = size
    c = new_canvas(path, size)
    acc = d.get("accent", "#333333")
    if d.get("border", True):
        c.setStrokeColor(HexColor(acc))
        c.setLineWidth(5)
        c.rect(26, 26, W - 52, H - 52)
        c.setLineWidth(1)
        c.rect(36, 36, W - 72, H - 72)
    y = H - 80
    for (t, f, s, col) in d.get("top", []):
        ctext(c, t, W / 2, y, f, s, col)
        y -= s + 5
    y -= 16
    if d.get("heading"):
        ctext(c, d["heading"], W / 2, y, d.get("hfont", "Times-Bold"), d.get("hsize", 30), acc)
        y -= 36
    if d.get("pre"):
        ctext(c, d["pre"], W / 2, y, "Times-Italic", 14)
        y -= 38
    ctext(c, d["name"], W / 2, y, "Times-Bold", 30)
    y -= 32
    if d.get("mid"):
        ctext(c, d["mid"], W / 2, y, "Times-Italic", 14)
        y -= 32
    for t in d["title_lines"]:
        ctext(c, t, W / 2, y, d.get("tfont", "Helvetica-Bold"), d.get("tsize", 21), d.get("tcolor", "#111111"))
        y -= d.get("tsize", 21) + 6
    y -= 6
    for p in d.get("after", []):
        y = para(c, x(p), 90, y, W - 180, size=d.get("asize", 12), leading=d.get("asize", 12) * 1.35, align=1) - 6
    sigs = d.get("sigs", [])
    for i, (nm, role, scr) in enumerate(sigs):
        xx = 100 if i == 0 else W - 320
        sigline(c, xx, 110, 220, nm, role, script=scr)
    for i, f in enumerate(d.get("footer", [])):
        ctext(c, f, W / 2, 50 - i * 11, "Helvetica", 8.5, "#555555")
    c.showPage()
    c.save()
    return path


def p23():
    name = "23-lindenbrook-skills-validation-photo.jpg"
    title = "Annual Clinical Skills Validation Day"
    src = generic(TMP / "p23.pdf", {
        "accent": "#00627a",
        "top": [("LINDENBROOK MEDICAL CENTER", "Helvetica-Bold", 20, "#00627a"), ("Center for Professional Practice & Education", "Helvetica", 11, "#444444")],
        "heading": "Certificate of Participation", "pre": "This is to certify that", "name": "Whitney A. Osei",
        "mid": "participated in", "title_lines": [title],
        "after": ["Date: 5/14/25 &nbsp;&nbsp;&nbsp; Stations: vital signs, injections, point-of-care testing, specimen labeling",
                  "<b>4.0 contact hours</b> awarded. Validation checklist on file with unit educator."],
        "sigs": [("Monique Everhart, MSN, RN", "Clinical Educator", "M. Everhart"), ("Posted to transcript 05/20/2025", "Lindenbrook Medical Center", None)],
    })
    photo(src, HERE / name, 23, bg="wood", light="left")
    label(name, "image", title, "Lindenbrook Medical Center", "2025-05-14", "4.0", "contact_hours", False, None,
          "phone photo on wood; skills-day event name as title; '5/14/25'; posted-to-transcript date; center folded into medical center")


def p24():
    name = "24-mountain-laurel-spring-workshop-split-photo.jpg"
    title = "Spring Into Practice Educational Workshop"
    c = new_canvas(TMP / "p24.pdf", letter)
    W, H = letter
    ctext(c, "Mountain Laurel Society of Medical Assistants", W / 2, H - 70, "Times-Bold", 18, "#5a3d7a")
    ctext(c, "CERTIFICATE OF ATTENDANCE", W / 2, H - 120, "Helvetica-Bold", 22)
    y = para(c, x(f"Name: <b>Gabriela Fontaine, CMA (AAMA)</b><br/>Program: <b>{title}</b><br/>Date: Saturday, March 22, 2025<br/>"
                  "Location: Blue Hollow Community College, Health Sciences Building"), 80, H - 150, W - 160, size=12, leading=18)
    y -= 14
    rows = [("Topic", "Category", "CEUs"), ("Coding Updates for the Front Office", "Admin.", "1.0"),
            ("Injection Site Selection Refresher", "Clinical", "1.0"), ("Managing Workplace Stress", "General", "0.5"),
            ("TOTAL AAMA CEUs AWARDED", "", "2.5")]
    for i, r in enumerate(rows):
        f = "Helvetica-Bold" if i in (0, len(rows) - 1) else "Helvetica"
        ltext(c, r[0], 90, y, f, 11)
        ltext(c, r[1], 360, y, f, 11)
        rtext(c, r[2], 500, y, f, 11)
        c.setStrokeColor(HexColor("#999999"))
        c.line(85, y - 5, 505, y - 5)
        y -= 22
    y = para(c, x(AAMA_PRIOR.format(amt="2.5", cat="(1.0 administrative, 1.0 clinical, 0.5 general)", s="s")), 80, y - 10, W - 160, size=10)
    sigline(c, 80, 150, 220, "Vivian Estrada-Cole, CMA (AAMA)", "Workshop Chair", script="Vivian Estrada-Cole")
    c.showPage()
    c.save()
    photo(TMP / "p24.pdf", HERE / name, 24, bg="granite", light="top", tilt=1.3)
    label(name, "image", title, "Mountain Laurel Society of Medical Assistants", "2025-03-22", "2.5", "aama_ceu", True, None,
          "phone photo (portrait) on granite; one-day state-society workshop; 3-way split table with total; college venue",
          categories={"administrative": "1.0", "clinical": "1.0", "general": "0.5"})


def p25():
    name = "25-pinion-urinalysis-nha-photo.png"
    title = "Point-of-Care Urinalysis: Dipstick Technique and Quality Control"
    src = generic(TMP / "p25.pdf", {
        "accent": "#b03a2e", "border": False,
        "top": [("PINION CAREER TRAINING CENTER", "Helvetica-Bold", 18, "#b03a2e")],
        "heading": "Certificate of Completion", "hfont": "Helvetica", "hsize": 28,
        "pre": "Awarded to", "name": "Ethan Marsh-Calloway", "mid": "for completing the online module",
        "title_lines": ["Point-of-Care Urinalysis: Dipstick Technique", "and Quality Control"], "tsize": 19,
        "after": ["Completed on 09-09-2024 &nbsp;&nbsp;|&nbsp;&nbsp; 1.0 NHA CE Credit",
                  "Pinion Career Training Center is an NHA-approved CE provider."],
        "sigs": [("Dr. Howard Nakashima", "Director of Education", "H. Nakashima")],
        "footer": ["Downloaded 01/06/2025 from the Pinion student portal"],
    })
    photo(src, HERE / name, 25, bg="desk_white", fmt="png", out_w=1400, light="center", noise=1.0, blur=0.7, png_colors=64, warm=False)
    label(name, "image", title, "Pinion Career Training Center", "2024-09-09", "1.0", "nha_credit", False, None,
          "phone photo PNG; title over 2 lines; '09-09-2024'; downloaded date in footer")


def p26():
    name = "26-aha-bls-card-photo.jpg"
    title = "BLS Provider"
    c = new_canvas(TMP / "p26.pdf", (500, 320))
    c.setFillColor(HexColor("#ffffff"))
    c.rect(0, 0, 500, 320, stroke=0, fill=1)
    c.setFillColor(HexColor("#c8102e"))
    c.rect(0, 262, 500, 58, stroke=0, fill=1)
    ltext(c, "American Heart Association", 20, 295, "Helvetica-Bold", 16, "#ffffff")
    ltext(c, "BLS Provider", 20, 273, "Helvetica-Bold", 13, "#ffffff")
    ltext(c, "Ines Kowalski-Reyes", 20, 232, "Helvetica-Bold", 17)
    ltext(c, "has successfully completed the cognitive and skills evaluations in accordance with the", 20, 212, "Helvetica", 8.5)
    ltext(c, "curriculum of the American Heart Association BLS Provider Course.", 20, 201, "Helvetica", 8.5)
    rows = [("Course Date", "8/12/2025"), ("Issue Date", "8/14/2025"), ("Recommended Renewal", "08/2027"),
            ("eCard Code", "235417-AHA-88KQ"), ("Training Center", "Prairie Pulse CPR Training Center"), ("Instructor", "Lamar Whitfield")]
    y = 178
    for i, (k, v) in enumerate(rows):
        xx = 20 if i % 2 == 0 else 250
        ltext(c, k, xx, y, "Helvetica", 8, "#666666")
        ltext(c, v, xx, y - 13, "Helvetica-Bold", 10.5)
        if i % 2:
            y -= 36
    c.showPage()
    c.save()
    photo(TMP / "p26.pdf", HERE / name, 26, bg="blanket", page_dpi=260, tilt=1.5, light="center", out_w=1500)
    label(name, "image", title, "American Heart Association", "2025-08-12", "1", "cpr_card", False, "clinical",
          "phone photo of a BLS card on fabric; course date vs issue date vs renewal; training center and instructor decoys")


def p27():
    name = "27-san-isidro-certificado-infecciones-photo.jpg"
    title = "Prevención de Infecciones en el Consultorio Médico"
    src = generic(TMP / "p27.pdf", {
        "accent": "#1b5e20",
        "top": [("Academia de Salud San Isidro", "Times-Bold", 22, "#1b5e20"), ("Educación continua para asistentes médicos", "Times-Italic", 11, "#444444")],
        "heading": "CERTIFICADO DE FINALIZACIÓN", "hfont": "Helvetica-Bold", "hsize": 24,
        "pre": "Otorgado a", "name": "María Fernanda Rosales Peña", "mid": "por completar satisfactoriamente el curso",
        "title_lines": [title], "tsize": 20,
        "after": ["Fecha de finalización: 03/02/2025 (3 de febrero de 2025)",
                  "<b>Horas de contacto: 3</b> &nbsp;&nbsp; Modalidad: presencial &nbsp;&nbsp; Sede: Clínica Familiar Los Robles"],
        "sigs": [("Lic. Teresa Arriaga", "Coordinadora de Educación", "T. Arriaga"), ("Dr. Julián Benavides", "Instructor", "J. Benavides")],
    })
    photo(src, HERE / name, 27, bg="clip", light="left", tilt=1.2)
    label(name, "image", title, "Academia de Salud San Isidro", "2025-02-03", "3", "contact_hours", False, None,
          "Spanish photo; dd/mm date disambiguated by words; clinic venue ('Sede'); 'Horas de contacto'")


def p28():
    name = "28-cedar-basin-seven-rights-photo.jpg"
    title = "Medication Administration Safety: The Seven Rights"
    src = generic(TMP / "p28.pdf", {
        "accent": "#8d6e1f",
        "top": [("Cedar Basin Chapter of Medical Assistants", "Times-Bold", 22, "#8d6e1f"), ("an affiliate of the Sierra Crest State Society", "Times-Italic", 12, "#8d6e1f")],
        "heading": "Certificate of Continuing Education", "hsize": 26,
        "pre": "This certifies that", "name": "Alicia Greenberg, CMA (AAMA)", "mid": "attended the educational program",
        "title_lines": ["MEDICATION ADMINISTRATION SAFETY:", "THE SEVEN RIGHTS"], "tsize": 20, "tfont": "Times-Bold",
        "after": ["January 21, 2025 &nbsp;&bull;&nbsp; Speaker: Priscilla Haug, PharmD",
                  "Approved for <b>1.0 AAMA CEU (Clinical)</b>. Granting of prior approval in no way constitutes endorsement by the AAMA of the program content or the program's sponsor."],
        "asize": 11,
        "sigs": [("Bernadette Sowa, CMA (AAMA)", "Chapter CEU Chair", "B. Sowa")],
        "footer": ["Refreshments courtesy of Northline Medical Staffing"],
    })
    photo(src, HERE / name, 28, bg="wood", light="center", tilt=0.8, blur=1.0)
    label(name, "image", title, "Cedar Basin Chapter of Medical Assistants", "2025-01-21", "1.0", "aama_ceu", True, "clinical",
          "phone photo; chapter header with state-society affiliation line; ALL CAPS title over 2 lines; staffing-agency refreshment sponsor decoy")


def p29():
    name = "29-velmora-migraine-dinner-no-credit-photo.jpg"
    title = "New Options in Migraine Prevention"
    c = new_canvas(TMP / "p29.pdf", letter)
    W, H = letter
    c.setFillColor(HexColor("#3d1f5c"))
    c.rect(0, H - 140, W, 140, stroke=0, fill=1)
    ltext(c, "VELMORA", 50, H - 60, "Helvetica-Bold", 28, "#ffffff")
    ltext(c, "PHARMACEUTICALS", 52, H - 78, "Helvetica", 11, "#d8c7ee")
    ltext(c, "Speaker Program \u2022 Certificate of Attendance", 50, H - 118, "Helvetica", 13, "#ffffff")
    y = para(c, x(f"<b>{title}</b>"), 50, H - 180, W - 100, size=24, leading=28, color="#3d1f5c")
    rows = [("Attendee", "Keisha Underwood, CCMA"), ("Date", "Tue., Feb. 25, 2025"), ("Time", "6:30 PM \u2013 7:45 PM"),
            ("Venue", "The Brass Lantern Steakhouse, Marlow Junction"), ("Speaker", "Dr. Anil Venkataraman, Neurology"),
            ("Credit", "None. This is a promotional program; no CME/CE credit is offered.")]
    y -= 20
    for k, v in rows:
        ltext(c, k, 50, y, "Helvetica-Bold", 12, "#3d1f5c")
        para(c, x(v), 150, y + 11, W - 200, size=12)
        y -= 26
    para(c, "This program is sponsored by Velmora Pharmaceuticals and is consistent with PhRMA Code guidelines. "
            "Attendance is recorded for transparency reporting. Meal value: $54.20.", 50, 120, W - 100, size=9, color="#555555")
    c.showPage()
    c.save()
    photo(TMP / "p29.pdf", HERE / name, 29, bg="desk_white", light="left", tilt=1.1)
    label(name, "image", title, "Velmora Pharmaceuticals", "2025-02-25", None, None, False, None,
          "phone photo; pharma promotional dinner, no credit; company is the organiser (not a grant sponsor); restaurant venue; speaker")


def p30():
    name = "30-harbor-vale-law-ethics-iacet-photo.jpg"
    title = "Medical Law and Ethics for Allied Health Professionals"
    src = generic(TMP / "p30.pdf", {
        "accent": "#243b55",
        "top": [("HARBOR VALE COLLEGE", "Times-Bold", 22, "#243b55"), ("Continuing & Professional Education", "Times-Italic", 12, "#243b55")],
        "heading": "Certificate of Completion", "pre": "awarded to", "name": "Samantha Oyelaran",
        "mid": "upon completion of", "title_lines": [title], "tsize": 20,
        "after": ["Sessions: 4/7, 4/9 and 4/11/2025 &nbsp;&bull;&nbsp; 0.3 CEU (3 contact hours) &nbsp;&bull;&nbsp; Course HVC-CPE-2107",
                  "Harbor Vale College is accredited by the International Accreditors for Continuing Education and Training (IACET) and offers IACET CEUs for its programs that qualify under the ANSI/IACET Standard."],
        "asize": 11,
        "sigs": [("Dr. Lionel Park", "Director, Continuing & Professional Education", "L. Park"), ("Issued 04/15/2025", "Harbor Vale College", None)],
    })
    photo(src, HERE / name, 30, bg="granite", light="top", tilt=0.9)
    label(name, "image", title, "Harbor Vale College", "2025-04-11", "0.3", "iacet_ceu", False, None,
          "phone photo; IACET CEU with contact-hour equivalent; three session dates (last one); issued date; course code")


def p31():
    name = "31-willet-creek-no-show-scheduling-photo.png"
    title = "Appointment Scheduling Strategies for Reducing No-Shows"
    body = f"""
<div class="page"><div class="f">
 <div class="lg">Willet Creek<br><span>Medical Office Academy</span></div>
 <div class="h">CERTIFICATE</div><div class="h2">of completion</div>
 <div class="n">Trevor L. Ashdown</div>
 <div class="p">Course title</div>
 <div class="t">{title}</div>
 <div class="row"><div><span>Completed</span>November 4, 2024</div><div><span>AAMA CEUs</span>1.0 Administrative</div><div><span>Certificate no.</span>WC-24-1187</div></div>
 <div class="fine">{AAMA_PRIOR.format(amt='1.0', cat='administrative', s='')}</div>
</div></div>"""
    css = """
.f{position:absolute;inset:30px;border:10px solid #2e7d32;padding:34px 60px;text-align:center}
.lg{position:absolute;right:40px;top:30px;text-align:right;font-weight:bold;color:#2e7d32;font-size:22px;line-height:1}.lg span{font-weight:normal;font-size:12px;color:#333}
.h{font-size:52px;letter-spacing:12px;margin-top:50px;color:#1b3d1d;font-family:'DejaVu Serif'}.h2{font-size:18px;font-style:italic;font-family:'DejaVu Serif'}
.n{font-size:36px;font-weight:bold;margin:22px 0}.p{font-size:11px;text-transform:uppercase;letter-spacing:2px;color:#777}
.t{font-size:22px;color:#2e7d32;font-weight:bold;margin:4px 0}
.row{display:flex;justify-content:center;gap:60px;margin-top:24px;font-size:16px}.row span{display:block;font-size:11px;color:#777}
.fine{font-size:11px;color:#555;margin:22px 40px 0}"""
    chrome_pdf(html_doc(body, css), TMP / "p31.pdf")
    photo(TMP / "p31.pdf", HERE / name, 31, bg="wood", fmt="png", out_w=1400, light="left", noise=1.0, blur=0.6, png_colors=64)
    label(name, "image", title, "Willet Creek Medical Office Academy", "2024-11-04", "1.0", "aama_ceu", True, "administrative",
          "phone photo PNG of an HTML-made certificate; logo over two lines top right; labelled title; AAMA admin 1.0")


def p32():
    name = "32-granite-falls-tst-photo.jpg"
    title = "Tuberculin Skin Test Placement and Reading"
    src = generic(TMP / "p32.pdf", {
        "accent": "#4e6e81", "border": True,
        "top": [("Granite Falls Public Health Training Collaborative", "Helvetica-Bold", 17, "#4e6e81")],
        "heading": "Certificate of Completion", "pre": "This certificate is presented to", "name": "Owen Castellano-Price",
        "mid": "for the skills workshop", "title_lines": [title], "tsize": 21,
        "after": ["Workshop held 12.06.2024 (December 6, 2024) at the Granite Falls Health Department, Room 104",
                  "<b>1.5 CE hours.</b> AAMA CEU approval was not requested for this workshop."],
        "sigs": [("Beatrice Lo, RN, PHN", "TB Program Nurse Educator", "Beatrice Lo")],
        "footer": ["Funded in part by a state workforce-development grant"],
    })
    photo(src, HERE / name, 32, bg="clip", light="top", tilt=1.4, blur=1.1, noise=6)
    label(name, "image", title, "Granite Falls Public Health Training Collaborative", "2024-12-06", "1.5", "contact_hours", False, None,
          "phone photo, softer focus; '12.06.2024' with words; 'CE hours' -> contact hours; AAMA not requested; health-department venue; grant funder")


def s33():
    name = "33-sandhill-fall-seminar-scan.pdf"
    title = "Fall Educational Seminar 2025"
    src = generic(TMP / "s33.pdf", {
        "accent": "#000000",
        "top": [("SANDHILL VALLEY SOCIETY OF MEDICAL ASSISTANTS", "Times-Bold", 18, "#000000")],
        "heading": "Certificate of Attendance", "pre": "This is to certify that", "name": "Kimberly Auclair, CMA (AAMA)",
        "mid": "attended the", "title_lines": [title], "tsize": 24, "tfont": "Times-Bold",
        "after": ["held October 4, 2025, at the Dunmore Inn & Suites, Sandhill Valley",
                  "This program has been approved for <b>4.0 AAMA CEUs (clinical)</b>. Granting of prior approval in no way constitutes endorsement by the AAMA of the program content or the program's sponsor."],
        "asize": 11.5,
        "sigs": [("Lorna Beckwith, CMA (AAMA)", "Seminar Chair", "Lorna Beckwith"), ("Date signed: 10/06/2025", "SVSMA Education Committee", None)],
    })
    scan(src, HERE / name, 33, mode="copy", fmt="pdf", dpi=150, angle=0.8)
    label(name, "scan", title, "Sandhill Valley Society of Medical Assistants", "2025-10-04", "4.0", "aama_ceu", True, "clinical",
          "photocopy scan, image-only PDF; event-only certificate (event name is the title); hotel venue; signed date")


def s34():
    name = "34-ridgeway-ehr-transcript-fax-scan.png"
    title = "Electronic Health Records"
    c = new_canvas(TMP / "s34.pdf", letter)
    W, H = letter
    ltext(c, "RIDGEWAY COUNTY COMMUNITY COLLEGE", 50, H - 60, "Helvetica-Bold", 15)
    ltext(c, "Unofficial Academic Transcript \u2014 Student Copy", 50, H - 78, "Helvetica", 11)
    ltext(c, "Student: Maya Thibodeaux     ID: R00318855     Program: Medical Assisting, Certificate", 50, H - 104, "Courier", 10)
    ltext(c, "Date printed: 06/02/2025", 50, H - 118, "Courier", 10)
    y = H - 150
    ltext(c, "Term: Spring 2025  (01/13/2025 - 05/09/2025)", 50, y, "Courier-Bold", 10.5)
    y -= 16
    ltext(c, "Course     Title                                Attempted  Earned  Grade", 50, y, "Courier-Bold", 10)
    y -= 14
    for r in ["HIT 105    " + title.ljust(37) + "2.00       2.00    B+"]:
        ltext(c, r, 50, y, "Courier", 10)
        y -= 14
    y -= 6
    ltext(c, "Term totals:  Attempted 2.00   Earned 2.00   GPA 3.30", 50, y, "Courier", 10)
    y -= 30
    para(c, "Credits are semester credit hours. This course was the only enrollment requested for release by the student.",
         50, y, W - 100, font="Courier", size=9.5)
    ltext(c, "*** END OF TRANSCRIPT EXCERPT ***", 50, y - 40, "Courier", 10)
    c.showPage()
    c.save()
    scan(TMP / "s34.pdf", HERE / name, 34, mode="fax", fmt="png", dpi=200, angle=-0.5,
         header="06/03/2025 10:41  FROM: RCCC REGISTRAR 555-0143   TO: 555-0198   P.001/001")
    label(name, "scan", title, "Ridgeway County Community College", "2025-05-09", "2.00", "college_credit", False, None,
          "1-bit fax PNG; transcript excerpt in monospace; course code left out; term end is completion; printed and fax-header dates")


def s35():
    name = "35-pell-river-hazardous-drugs-signin-scan.jpg"
    title = "Safe Handling of Hazardous Drugs in the Clinic"
    c = new_canvas(TMP / "s35.pdf", letter)
    W, H = letter
    ltext(c, "Pell River Community Hospital", 50, H - 56, "Helvetica-Bold", 16)
    ltext(c, "Education Services \u2022 In-Service Attendance Record", 50, H - 74, "Helvetica", 11)
    ltext(c, "Topic: " + title, 50, H - 106, "Helvetica-Bold", 12.5)
    ltext(c, "Date: 02/26/2025     Time: 0730-0800     Presenter: Gail Sorrento, PharmD     Location: Clinic B conf. rm", 50, H - 124, "Helvetica", 10)
    ltext(c, "Contact hours: 0.5", 50, H - 140, "Helvetica-Bold", 10.5)
    y = H - 170
    for xx, h in zip([50, 250, 420], ["Name (print)", "Department", "Signature"]):
        ltext(c, h, xx, y, "Helvetica-Bold", 10)
    names = [("Rosa Delgado", "Family Med"), ("Aaron Whitfield", "Peds Clinic"), ("Lucy Tran", "Family Med"), ("Benjamin Ossai", "Ortho"), ("Chloe Pettibone", "Family Med")]
    y -= 8
    for nm, dp in names:
        c.line(50, y - 16, W - 50, y - 16)
        ltext(c, nm, 54, y - 12, "Helvetica", 10)
        ltext(c, dp, 254, y - 12, "Helvetica", 10)
        c.setFont("Times-Italic", 13)
        c.drawString(424, y - 12, nm.split()[0][0] + ". " + nm.split()[1])
        y -= 22
    y -= 30
    c.setDash(4, 3)
    c.line(40, y, W - 40, y)
    c.setDash()
    y -= 30
    ltext(c, "CERTIFICATE OF ATTENDANCE (detach and retain)", 50, y, "Helvetica-Bold", 12)
    y = para(c, x(f"This certifies that <b>Lucy Tran, MA</b> attended the in-service <b>{title}</b> on February 26, 2025, "
                  "and is awarded 0.5 contact hours."), 50, y - 10, W - 100, size=11, leading=15)
    sigline(c, 50, y - 50, 200, "Gail Sorrento, PharmD", "Presenter", script="G. Sorrento")
    sigline(c, 330, y - 50, 200, "Education Services", "Pell River Community Hospital")
    c.showPage()
    c.save()
    scan(TMP / "s35.pdf", HERE / name, 35, mode="grey", fmt="jpg", dpi=170, angle=-0.7, quality=72)
    label(name, "scan", title, "Pell River Community Hospital", "2025-02-26", "0.5", "contact_hours", False, None,
          "grey JPEG scan; sign-in sheet with five names plus detachable certificate for one attendee; 'Topic:' label; department folded into hospital")


def s36():
    name = "36-coastal-plains-drug-screen-nha-fax.pdf"
    title = "Specimen Collection for Urine Drug Screening"
    src = generic(TMP / "s36.pdf", {
        "accent": "#000000", "border": False,
        "top": [("COASTAL PLAINS ALLIED HEALTH SCHOOL", "Helvetica-Bold", 19, "#000000"), ("Continuing Education Department", "Helvetica", 11, "#000000")],
        "heading": "CERTIFICATE OF COMPLETION", "hfont": "Helvetica-Bold", "hsize": 24,
        "pre": "presented to", "name": "Darnell Whitaker", "mid": "for completing",
        "title_lines": ["SPECIMEN COLLECTION FOR URINE DRUG SCREENING"], "tsize": 19,
        "after": ["Date of completion: 1-29-2025 &nbsp;&nbsp;&nbsp; NHA CE Credits: 2.0 &nbsp;&nbsp;&nbsp; Course # CP-TOX-210",
                  "Approved by the National Healthcareer Association (NHA) for 2.0 continuing education credits."],
        "sigs": [("Nadine Foley", "CE Coordinator", "Nadine Foley")],
    })
    scan(src, HERE / name, 36, mode="fax", fmt="pdf", dpi=200, angle=0.4,
         header="FEB-04-2025 15:22   COASTAL PLAINS AHS        (555) 010-7720      PAGE 1/1")
    label(name, "scan", title, "Coastal Plains Allied Health School", "2025-01-29", "2.0", "nha_credit", False, None,
          "1-bit fax image-only PDF; ALL CAPS title; '1-29-2025'; fax header date; department folded")


def s37():
    name = "37-lantern-hill-cash-handling-scan.jpg"
    title = "Front Office Cash Handling and Daily Reconciliation"
    c = new_canvas(TMP / "s37.pdf", letter)
    W, H = letter
    ltext(c, "LANTERN HILL", 60, H - 70, "Times-Bold", 26)
    ltext(c, "Medical Management, LLC", 60, H - 88, "Times-Italic", 13)
    rtext(c, "Practice Operations Seminar Series", W - 60, H - 70, "Helvetica", 10)
    c.line(60, H - 98, W - 60, H - 98)
    ctext(c, "Certificate of Completion", W / 2, H - 150, "Times-Bold", 28)
    y = para(c, x("Participant: <b>Harriet Vance, CMA (AAMA)</b>"), 80, H - 180, W - 160, size=12.5)
    y = para(c, x("Seminar:"), 80, y - 14, W - 160, size=12.5)
    y = para(c, x(f"<b>{title}</b>"), 80, y - 2, W - 160, size=18, leading=22)
    y = para(c, x("Completed: 2024-08-20 &nbsp;&nbsp;&nbsp; Location: Lantern Hill training room, 90 Pottery Lane, Suite 5"), 80, y - 14, W - 160, size=11.5)
    y = para(c, x("AAMA CEUs: <b>1.0 Administrative</b>. This program has been granted prior approval by the American Association of Medical Assistants (AAMA). "
                  "Granting of prior approval in no way constitutes endorsement by the AAMA of the program content or the program's sponsor."),
             80, y - 14, W - 160, size=10.5)
    sigline(c, 80, 170, 220, "Vernon Achterberg, CMPE", "Managing Partner, Lantern Hill Medical Management, LLC", script="V. Achterberg")
    c.showPage()
    c.save()
    scan(TMP / "s37.pdf", HERE / name, 37, mode="copy", fmt="jpg", dpi=160, angle=1.1, quality=68)
    label(name, "scan", title, "Lantern Hill Medical Management, LLC", "2024-08-20", "1.0", "aama_ceu", True, "administrative",
          "photocopy JPEG; provider wordmark over two lines and in signature block; 'Seminar:' label on own line; ISO date; series name decoy")


def s38():
    name = "38-pemberton-customer-service-iacet-scan.pdf"
    title = "Customer Service Excellence in Healthcare"
    src = generic(TMP / "s38.pdf", {
        "accent": "#333333",
        "top": [("Pemberton Institute of Health Careers", "Times-Bold", 21, "#333333")],
        "heading": "Certificate of Completion", "pre": "awarded to", "name": "Francesca Lindgren",
        "mid": "who completed", "title_lines": [title],
        "after": ["Completion date: July 31, 2025 &nbsp;&bull;&nbsp; 4.0 contact hours &nbsp;&bull;&nbsp; <b>0.4 IACET CEUs</b>",
                  "Pemberton Institute of Health Careers is accredited by the International Accreditors for Continuing Education and Training (IACET) and is authorized to issue the IACET CEU. Not approved for AAMA CEUs."],
        "asize": 11,
        "sigs": [("Roberta Quaid, EdD", "Director of Continuing Education", "R. Quaid"), ("Issued: August 4, 2025", "Transcript #PI-77120", None)],
    })
    scan(src, HERE / name, 38, mode="grey", fmt="pdf", dpi=150, angle=-0.4, quality=60)
    label(name, "scan", title, "Pemberton Institute of Health Careers", "2025-07-31", "0.4", "iacet_ceu", False, None,
          "grey image-only PDF; IACET CEU with contact hours printed first; 'Not approved for AAMA CEUs'; issued date")


def s39():
    name = "39-saltmarsh-workplace-violence-minutes-scan.png"
    title = "Workplace Violence Prevention and Active Threat Response"
    src = generic(TMP / "s39.pdf", {
        "accent": "#000000",
        "top": [("Saltmarsh Healthcare Safety Consultants", "Helvetica-Bold", 18, "#000000"), ("On-site safety education for medical practices", "Helvetica-Oblique", 10, "#000000")],
        "heading": "Certificate of Training", "pre": "This acknowledges that", "name": "Patrick O'Halloran",
        "mid": "completed the staff training", "title_lines": ["Workplace Violence Prevention and", "Active Threat Response"], "tsize": 20,
        "after": ["Training date: 3 June 2025 &nbsp;&nbsp; Duration: 1 hour &nbsp;&nbsp; Host site: Brookline Family Practice, Suite 200",
                  "This training is provided for workplace safety compliance. No continuing education credit is awarded."],
        "sigs": [("Sgt. (Ret.) Wendell Harrow", "Lead Trainer", "W. Harrow")],
        "footer": ["Certificate mailed 06/10/2025"],
    })
    scan(src, HERE / name, 39, mode="copy", fmt="png", dpi=110, angle=0.5)
    label(name, "scan", title, "Saltmarsh Healthcare Safety Consultants", "2025-06-03", "60", "minutes", False, None,
          "grey PNG photocopy at low resolution; title over 2 lines; 'Duration: 1 hour' -> 60 minutes, no credit; '3 June 2025'; host practice decoy; mailed date")


def s40():
    name = "40-sol-de-oro-signos-vitales-scan.jpg"
    title = "Toma de Signos Vitales en Pediatría"
    src = generic(TMP / "s40.pdf", {
        "accent": "#222222",
        "top": [("INSTITUTO DE CAPACITACIÓN MÉDICA SOL DE ORO", "Times-Bold", 18, "#222222")],
        "heading": "Constancia de Asistencia", "pre": "Se hace constar que", "name": "José Luis Carrasco Medina",
        "mid": "asistió al curso", "title_lines": ["\u201c" + title + "\u201d"], "tsize": 21, "tfont": "Times-Bold",
        "after": ["impartido del 10 al 12 de julio de 2025 en San Antonio, Texas.",
                  "Horas de contacto: 4 &nbsp;&nbsp; Registro: ICM-0712-25. No aprobado para CEUs de la AAMA."],
        "sigs": [("Mtra. Leticia Arce Domínguez", "Coordinadora Académica", "L. Arce"), ("Fecha de emisión: 15/07/2025", "Sol de Oro", None)],
    })
    scan(src, HERE / name, 40, mode="grey", fmt="jpg", dpi=150, angle=-1.0, quality=70)
    label(name, "scan", title, "Instituto de Capacitación Médica Sol de Oro", "2025-07-12", "4", "contact_hours", False, None,
          "Spanish grey JPEG scan; quoted title; date range in words (last day); dd/mm issue date; 'No aprobado' for AAMA")


def main():
    for f in HERE.iterdir():
        if f.suffix.lower() in (".pdf", ".jpg", ".png") and f.name[:2].isdigit():
            f.unlink()
    builders = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22,
                p23, p24, p25, p26, p27, p28, p29, p30, p31, p32, s33, s34, s35, s36, s37, s38, s39, s40]
    for b in builders:
        b()
    (HERE / "expected.json").write_text(json.dumps(dict(sorted(EXPECTED.items())), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"wrote {len(EXPECTED)} certificates")


if __name__ == "__main__":
    main()
