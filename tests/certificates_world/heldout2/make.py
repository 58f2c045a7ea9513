"""Second held-out corpus of medical-assistant CE certificates ("heldout2").

Run:  /work/main/.venv/bin/python tests/certificates_world/heldout2/make.py

Output: 18 born-digital PDFs, 8 phone pictures and 6 scanned documents in this folder, and
expected.json.  All organisations, people, addresses and numbers are made up; AAMA, NHA and
IACET appear only as the accrediting bodies that real certificates cite.

Layouts here are flowed with reportlab's platypus (paragraph styles, tables, frames) on top of
page decorations, mostly in the PDF base-14 fonts, unlike the canvas-positioned tune4 corpus.
Output is reproducible: seeded randomness, invariant reportlab output, pdftoppm rasterising,
fixed dates in the Pillow-written PDFs.
"""

import io
import json
import math
import random
import subprocess
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

OUTDIR = Path(__file__).parent.resolve()
pdfmetrics.registerFont(TTFont("DJC", "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DJC-B", "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DJC-I", "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf"))
pdfmetrics.registerFont(TTFont("DJS-C", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DJS-CB", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"))

WIDE = landscape(letter)
TALL = letter
A4P = A4


def st(name, font="Times-Roman", size=11, align=TA_CENTER, lead=None, color=colors.black, before=0, after=0, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.22, alignment=align,
                          textColor=color, spaceBefore=before, spaceAfter=after, **kw)


def para(text, **kw):
    return Paragraph(text, st("p", **kw))


def gap(h):
    return Spacer(1, h)


def grid(rows, widths, font="Helvetica", size=9.5, bold_col=None, lines=True, header=False, pad=4, align="LEFT",
         fill=None):
    t = Table(rows, colWidths=widths)
    cmds = [("FONT", (0, 0), (-1, -1), font, size), ("ALIGN", (0, 0), (-1, -1), align),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if bold_col is not None:
        cmds.append(("FONT", (bold_col, 0), (bold_col, -1), font + "-Bold" if "-" not in font else font, size))
    if lines:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")))
    if header:
        cmds += [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", size), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]
    if fill:
        cmds.append(("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)))
    t.setStyle(TableStyle(cmds))
    return t


# --------------------------------------------------------------------------- page decorations
def hand(c, x, y, w, rnd, ink=(0.05, 0.1, 0.45)):
    """looping cursive-looking signature from a damped spiral walk."""
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(0.9)
    p = c.beginPath()
    p.moveTo(x, y)
    t = 0.0
    loops = rnd.randint(4, 7)
    for i in range(1, 120):
        t = i / 119
        xx = x + w * t + 7 * math.sin(t * loops * 2 * math.pi + rnd.random() * 0.2)
        yy = y + 9 * math.cos(t * loops * 2 * math.pi) * (1 - 0.6 * t) + 4 * math.sin(t * 3.3)
        p.lineTo(xx, yy)
    c.drawPath(p)
    c.restoreState()


class Scrawl(Flowable):
    """an inline handwritten signature inside flowed text (letters)."""

    def __init__(self, width, height, seed):
        super().__init__()
        self.w, self.h, self.seed = width, height, seed

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        hand(self.canv, 4, self.h * 0.45, self.w - 10, random.Random(self.seed))


def sig(c, x, y, w, rnd, name, role, font="Helvetica", size=8):
    hand(c, x + 10, y + 10, w - 30, rnd)
    c.setLineWidth(0.5)
    c.setStrokeColor(colors.black)
    c.line(x, y, x + w, y)
    c.setFont(font + "-Bold" if font in ("Helvetica", "Times") else font, size)
    c.setFillColor(colors.black)
    c.drawCentredString(x + w / 2, y - size - 3, name)
    c.setFont(font if font != "Times" else "Times-Roman", size - 0.5)
    for i, r in enumerate(role.split("\n")):
        c.drawCentredString(x + w / 2, y - 2 * size - 5 - i * (size + 1), r)


def diamond_frame(c, W, H, col, m=30):
    c.setStrokeColor(col)
    c.setFillColor(col)
    c.setLineWidth(1.5)
    c.rect(m, m, W - 2 * m, H - 2 * m)
    c.setLineWidth(0.5)
    c.rect(m + 12, m + 12, W - 2 * m - 24, H - 2 * m - 24)
    s = 4.2
    for x in range(int(m + 10), int(W - m - 6), 14):
        for y in (m + 6, H - m - 6):
            p = c.beginPath()
            p.moveTo(x, y - s)
            p.lineTo(x + s, y)
            p.lineTo(x, y + s)
            p.lineTo(x - s, y)
            p.close()
            c.drawPath(p, fill=1, stroke=0)
    for y in range(int(m + 10), int(H - m - 6), 14):
        for x in (m + 6, W - m - 6):
            c.circle(x, y, 1.7, fill=1, stroke=0)


def rays_medal(c, x, y, r, col, label):
    c.saveState()
    c.setFillColor(col)
    for i in range(2):
        p = c.beginPath()
        p.moveTo(x - 8 + i * 16, y)
        p.lineTo(x - 18 + i * 36, y - r - 22)
        p.lineTo(x - 6 + i * 12, y - r - 14)
        p.lineTo(x + 2 - i * 4, y - r - 24)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
    c.circle(x, y, r, fill=1, stroke=0)
    c.setStrokeColor(colors.white)
    c.setLineWidth(0.6)
    for k in range(40):
        a = 2 * math.pi * k / 40
        c.line(x + r * 0.62 * math.cos(a), y + r * 0.62 * math.sin(a), x + r * 0.9 * math.cos(a), y + r * 0.9 * math.sin(a))
    c.setFillColor(colors.white)
    c.setFont("Times-Bold", r * 0.32)
    c.drawCentredString(x, y - r * 0.11, label)
    c.restoreState()


def corner_swirls(c, W, H, col, m=36):
    c.saveState()
    c.setStrokeColor(col)
    c.setLineWidth(1)
    for cx, cy, sx, sy in ((m, m, 1, 1), (W - m, m, -1, 1), (m, H - m, 1, -1), (W - m, H - m, -1, -1)):
        for k in range(5):
            rr = 8 + k * 9
            p = c.beginPath()
            p.moveTo(cx + sx * rr, cy)
            p.curveTo(cx + sx * rr, cy + sy * rr * 0.55, cx + sx * rr * 0.55, cy + sy * rr, cx, cy + sy * rr)
            c.drawPath(p)
    c.restoreState()


def ribbon(c, x, y, w, h, col, text, font="Helvetica-Bold", size=11):
    c.saveState()
    c.setFillColor(col)
    c.rect(x, y, w, h, fill=1, stroke=0)
    for sx in (x - 14, x + w):
        p = c.beginPath()
        if sx < x:
            p.moveTo(x, y - 6); p.lineTo(sx, y - 6); p.lineTo(sx + 6, y + h / 2 - 3); p.lineTo(sx, y + h - 6); p.lineTo(x, y + h - 6)
        else:
            p.moveTo(x + w, y - 6); p.lineTo(sx + 14, y - 6); p.lineTo(sx + 8, y + h / 2 - 3); p.lineTo(sx + 14, y + h - 6); p.lineTo(x + w, y + h - 6)
        p.close()
        c.setFillColor(colors.Color(col.red * 0.7, col.green * 0.7, col.blue * 0.7))
        c.drawPath(p, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont(font, size)
    c.drawCentredString(x + w / 2, y + h / 2 - size / 3, text)
    c.restoreState()


def monogram(c, x, y, r, col, letters, font="Times-Bold"):
    c.setFillColor(col)
    p = c.beginPath()
    for k in range(7):
        a = math.pi / 2 + 2 * math.pi * k / 6
        pt = (x + r * math.cos(a), y + r * math.sin(a))
        p.moveTo(*pt) if k == 0 else p.lineTo(*pt)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont(font, r * 0.75)
    c.drawCentredString(x, y - r * 0.26, letters)


def barcode(c, x, y, h, rnd, n=60):
    c.setFillColor(colors.black)
    xx = x
    for _ in range(n):
        w = rnd.choice([0.6, 0.6, 1.2, 1.8])
        if rnd.random() < 0.55:
            c.rect(xx, y, w, h, fill=1, stroke=0)
        xx += w + 0.6


# --------------------------------------------------------------------------- document assembly
def build(size, frames, story, deco, seed):
    """frames: list of (x, y, w, h) in points; deco(c, W, H, rnd) paints the page first."""
    buf = io.BytesIO()
    rnd = random.Random(seed)
    W, H = size
    doc = BaseDocTemplate(buf, pagesize=size, invariant=1, title="Certificate", author="", subject="",
                          leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    fr = [Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"f{i}")
          for i, (x, y, w, h) in enumerate(frames)]
    doc.addPageTemplates([PageTemplate(id="pg", frames=fr, onPage=lambda c, d: deco(c, W, H, rnd))])
    doc.build(story)
    return buf.getvalue()


# =========================================================================== born-digital PDFs
def h01():
    teal = colors.HexColor("#00606b")

    def deco(c, W, H, r):
        c.setFillColor(teal)
        c.rect(0, H - 96, W, 96, fill=1, stroke=0)
        monogram(c, 70, H - 48, 26, colors.white, "PB")
        c.setFillColor(teal)
        c.setFont("Times-Bold", 17)
        c.drawCentredString(70, H - 56, "PB")
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(110, H - 44, "Pelican Bay Medical Assisting Institute")
        c.setFont("Helvetica", 9)
        c.drawString(110, H - 58, "Online Continuing Education  \u2022  Gulf Breeze, Florida")
        sig(c, 72, 118, 200, r, "Denise Arceneaux, CMA (AAMA)", "Education Coordinator")
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.grey)
        c.drawString(72, 50, "Record no. PBM-24-05-16-2207    Generated 05/17/2024 06:02")

    story = [
        para("Certificate of Continuing Education", font="Times-Bold", size=24, align=TA_LEFT, after=18),
        para("Awarded to", font="Helvetica", size=9, align=TA_LEFT, color=colors.grey),
        para("Renee Castellanos-Ward", font="Times-Roman", size=22, align=TA_LEFT, after=14, lead=26),
        para("for successful completion of the online course", font="Helvetica", size=9, align=TA_LEFT, color=colors.grey),
        para("Patient Coaching for Home Blood Pressure Monitoring", font="Helvetica-Bold", size=15, align=TA_LEFT, after=18),
        grid([["Completion date", "05/16/2024"], ["Format", "Self-paced, with post-test"],
              ["Post-test result", "Pass (9/10)"]], [130, 250], lines=False, pad=3, bold_col=1),
        gap(18),
        grid([[para("<b>Approved for AAMA CEUs: 1.0 (Clinical)</b><br/>This course has been approved by the American "
                    "Association of Medical Assistants (AAMA) for 1.0 AAMA CEU. AAMA course #77304.",
                    font="Helvetica", size=9, align=TA_LEFT)]], [468], lines=True, pad=8, fill="#eef7f8"),
    ]
    return TALL, [(72, 150, 468, 520)], story, deco


def h02():
    rust = colors.HexColor("#8b3a1a")
    teal = colors.HexColor("#1f5f5b")

    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#fffaf3"))
        c.rect(0, 0, W, H, fill=1, stroke=0)
        diamond_frame(c, W, H, rust)
        rays_medal(c, W - 120, 150, 34, teal, "2024")
        sig(c, 110, 96, 180, r, "Gloria Benally, CMA (AAMA)", "Convention Chair", "Times")
        sig(c, 330, 96, 180, r, "Samuel Trujillo, CMA (AAMA)", "Society President", "Times")

    ceu = grid([["Administrative", "1.0"], ["Clinical", "4.0"], ["General", "2.5"], ["Total CEUs earned", "7.5"]],
               [180, 60], font="Times-Roman", size=10, lines=False, pad=2)
    ceu.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEABOVE", (0, 3), (-1, 3), 0.6, colors.black),
                             ("FONT", (0, 3), (-1, 3), "Times-Bold", 10)]))
    story = [
        para("Copper Canyon Society of Medical Assistants", font="Times-Bold", size=15, color=rust, after=4),
        para("Forty-Ninth Annual State Convention &amp; Educational Sessions", font="Times-Italic", size=10, after=16),
        para("This acknowledges that", font="Times-Italic", size=11, after=6),
        para("Teodora Begaye", font="Times-BoldItalic", size=30, lead=34, after=6),
        para("attended the", font="Times-Italic", size=11, after=4),
        para("49th Annual State Convention", font="Times-Bold", size=20, lead=24, after=4),
        para("Sept. 27\u201329, 2024 \u2022 Red Mesa Resort, Sedona, Arizona", font="Times-Roman", size=11, after=12),
        para("Credits earned (AAMA CEUs):", font="Times-Bold", size=10, after=2),
        ceu,
        gap(8),
        para("This program has been approved by the American Association of Medical Assistants (AAMA) for a maximum "
             "of 9.0 AAMA CEUs. CEUs shown above reflect sessions attended.", font="Times-Roman", size=8.5, after=0),
    ]
    return WIDE, [(120, 140, 552, 420)], story, deco


def h03():
    navy = colors.HexColor("#22315c")

    def deco(c, W, H, r):
        c.setStrokeColor(navy)
        c.setLineWidth(0.8)
        c.line(72, H - 110, W - 72, H - 110)
        c.setFillColor(navy)
        c.setFont("Times-Bold", 17)
        c.drawString(72, H - 80, "Ridgeview Orthopedic & Spine Associates")
        c.setFont("Times-Italic", 10)
        c.drawString(72, H - 96, "Clinical Staff Education Committee")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 72, H - 78, "880 Quarry Hill Road, Suite 300")
        c.drawRightString(W - 72, H - 88, "Harrisonburg, VA 22899")
        c.drawRightString(W - 72, H - 98, "Tel 540-555-0193")

    body = st("b", font="Times-Roman", size=11.5, align=TA_LEFT, lead=17, after=10)
    story = [
        Paragraph("May 1, 2024", body),
        gap(10),
        Paragraph("RE: Verification of continuing education", st("re", font="Times-Bold", size=11.5, align=TA_LEFT, after=12)),
        Paragraph("To whom it may concern,", body),
        Paragraph("This is to verify that Mr. Kwame Asante-Boateng, RMA, a clinical medical assistant in our Harrisonburg "
                  "office, completed the hands-on workshop 'Cast and Splint Application Basics' on Tuesday, April 9th, 2024. "
                  "The workshop was taught by our orthopedic technologists and included supervised practice with fiberglass "
                  "and plaster materials.", body),
        Paragraph("The workshop provided 2.5 contact hours of instruction. Our practice is not an accredited provider of "
                  "continuing education; the hours are reported here for your records.", body),
        Paragraph("Respectfully,", body),
        Scrawl(150, 40, 3303),
        Paragraph("Colette Marchetti, OTC<br/>Chair, Clinical Staff Education Committee<br/>"
                  "Ridgeview Orthopedic &amp; Spine Associates", st("s", font="Times-Roman", size=11, align=TA_LEFT, lead=14)),
    ]
    return TALL, [(72, 120, 468, 530)], story, deco


def h04():
    violet = colors.HexColor("#5b21b6")

    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#f5f3ff"))
        c.rect(0, 0, W, H, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.roundRect(36, 36, W - 72, H - 72, 14, fill=1, stroke=0)
        c.setFillColor(violet)
        c.circle(74, H - 72, 12, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.circle(74, H - 72, 5, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#1f2937"))
        c.setFont("Helvetica-Bold", 14)
        c.drawString(94, H - 77, "Learnstream")
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#6b7280"))
        c.drawRightString(W - 60, H - 70, "Certificate #LS-7738-1920-QF")
        c.drawRightString(W - 60, H - 81, "learnstream.example/c/LS-7738-1920-QF")
        barcode(c, W - 230, 62, 26, r)
        sig(c, 70, 86, 180, r, "Mirela Kovach, MSN, RN", "Academic Director, Oakhurst Clinical Academy")

    story = [
        para("CERTIFICATE OF COMPLETION", font="Helvetica-Bold", size=11, align=TA_LEFT, color=violet, after=14),
        para("Jordan Pike-Okafor", font="Helvetica-Bold", size=30, align=TA_LEFT, lead=34, after=10),
        para("has completed", font="Helvetica", size=10, align=TA_LEFT, color=colors.HexColor("#6b7280"), after=4),
        para("Allergy Testing and Immunotherapy Injections in the Clinic", font="Helvetica-Bold", size=17,
             align=TA_LEFT, after=2),
        para("Course code OCA-CL-3301 \u00b7 Content partner: Oakhurst Clinical Academy", font="Helvetica", size=9,
             align=TA_LEFT, color=colors.HexColor("#6b7280"), after=16),
        grid([["Started", "Completed", "AAMA CEU", "Category", "Expires"],
              ["2024-02-12T08:03", "2024-02-27T16:42", "1.5", "Clinical", "N/A"]],
             [120, 120, 80, 90, 80], font="Helvetica", size=9.5, header=True, lines=False, pad=5),
        gap(14),
        para("Oakhurst Clinical Academy is the provider of this course, which has been approved by the American "
             "Association of Medical Assistants (AAMA) for 1.5 AAMA CEUs. Learnstream hosts and delivers the course.",
             font="Helvetica", size=8, align=TA_LEFT, color=colors.HexColor("#4b5563")),
    ]
    return WIDE, [(70, 150, 652, 370)], story, deco


def h05():
    red = colors.HexColor("#9d174d")
    gold = colors.HexColor("#c58b16")

    def deco(c, W, H, r):
        c.setFillColor(gold)
        for i in range(0, int(W), 18):
            c.rect(i, H - 18, 9, 18, fill=1, stroke=0)
            c.rect(i + 9, 0, 9, 18, fill=1, stroke=0)
        c.setFillColor(red)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, H - 52, "Asociación de Promotores de Salud del Río Grande")
        c.setFont("Times-Italic", 9)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawCentredString(W / 2, H - 65, "Educación continua para el equipo de salud  \u2022  Laredo, Texas")
        sig(c, 120, 100, 200, r, "Mtra. Elvira Cantú Garza", "Directora Académica", "Times")
        sig(c, W - 320, 100, 200, r, "Lic. Arturo Saldívar", "Instructor", "Times")
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.grey)
        c.drawCentredString(W / 2, 30, "Fecha de expedición: 30/10/2024  \u2022  Registro APSRG-2024-1187")

    story = [
        para("CONSTANCIA DE PARTICIPACIÓN", font="Times-Bold", size=26, color=red, after=2),
        para("Certificate of Participation", font="Times-Italic", size=12, color=colors.grey, after=18),
        para("La Asociación otorga la presente a", font="Times-Roman", size=11, after=6),
        para("María José Treviño Salinas", font="Times-BoldItalic", size=28, lead=32, after=8),
        para("por su participación en el taller", font="Times-Roman", size=11, after=6),
        para("Primeros Auxilios Psicológicos para Personal de Clínica", font="Times-Bold", size=18, after=12),
        grid([["Fecha de realización:", "23 de octubre de 2024"], ["Horas de contacto:", "3"],
              ["Sede:", "Centro Comunitario San Agustín"]], [150, 200], font="Times-Roman", size=11, lines=False,
             pad=2, bold_col=None),
    ]
    return WIDE, [(100, 150, 592, 400)], story, deco


def h06():
    sea = colors.HexColor("#0369a1")

    def deco(c, W, H, r):
        c.setStrokeColor(sea)
        c.setLineWidth(10)
        c.line(0, H - 5, W, H - 5)
        c.setLineWidth(1)
        for k in range(6):
            p = c.beginPath()
            p.moveTo(40, H - 70 - k * 3)
            for i in range(30):
                p.lineTo(40 + i * 3, H - 70 - k * 3 + 4 * math.sin(i / 2 + k))
            c.drawPath(p)
        c.setFillColor(sea)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(140, H - 68, "SEABROOK")
        c.setFont("Helvetica", 9)
        c.drawString(140, H - 80, "Allied Health Learning")
        sig(c, W - 260, 150, 190, r, "Lorenzo Pabst, CET, CCMA", "Program Manager")

    story = [
        para("Continuing Education Credit Certificate", font="Helvetica-Bold", size=20, align=TA_LEFT, after=20),
        grid([["Participant", "Imogen Feld"], ["Program", para("EKG Monitoring: Holter and Event Monitor Hookup",
                                                                 font="Helvetica-Bold", size=11, align=TA_LEFT)],
              ["Date", "14-Mar-2024"], ["Delivery", "Live online (Zoom)"], ["NHA Approved CE", "2 credits"],
              ["Seabrook program #", "SAHL-0314-EKG"]], [140, 340], font="Helvetica", size=10.5, pad=6),
        gap(16),
        para("Seabrook Allied Health Learning is an NHA-approved continuing education provider. This program is approved "
             "for 2 continuing education credits toward renewal of NHA certifications (CCMA, CET, CPT).",
             font="Helvetica", size=9, align=TA_LEFT),
    ]
    return A4P, [(60, 280, A4P[0] - 120, 440)], story, deco


def h07():
    green = colors.HexColor("#14532d")

    def deco(c, W, H, r):
        c.setFillColor(green)
        c.setFont("Times-Bold", 15)
        c.drawString(60, H - 60, "TIMBERLINE TECHNICAL COLLEGE")
        c.setFont("Times-Roman", 10)
        c.drawString(60, H - 74, "Center for Professional & Continuing Education")
        c.setStrokeColor(green)
        c.setLineWidth(2)
        c.line(60, H - 84, W - 60, H - 84)
        c.setLineWidth(0.4)
        c.line(60, H - 88, W - 60, H - 88)
        p = c.beginPath()
        p.moveTo(W - 110, H - 78)
        p.lineTo(W - 90, H - 40)
        p.lineTo(W - 70, H - 78)
        p.close()
        c.setFillColor(green)
        c.drawPath(p, fill=1, stroke=0)
        sig(c, 60, 170, 200, r, "Ingrid Solheim, EdD", "Dean, Professional & Continuing Education")
        c.setFont("Times-Italic", 7.5)
        c.setFillColor(colors.black)
        c.drawString(60, 60, "Timberline Technical College is an IACET Accredited Provider. Provider #10442.")

    story = [
        para("Continuing Education Certificate", font="Times-Bold", size=22, align=TA_LEFT, after=18),
        para("This certifies that <b>Shauna Littlefeather</b> has satisfactorily completed the noncredit course listed below.",
             font="Times-Roman", size=12, align=TA_LEFT, after=16, lead=16),
        grid([["Course", "Title", "Session dates", "Contact hrs", "CEUs awarded"],
              ["PCE-118", para("Phlebotomy Continuing Competency Update", font="Times-Roman", size=10, align=TA_LEFT),
               "11/06/2024 and\n11/13/2024", "4", "0.4"]],
             [50, 165, 95, 70, 82], font="Times-Roman", size=10, header=True, pad=5),
        gap(16),
        para("One IACET CEU is awarded for every ten contact hours of instruction. Certificate issued 11/20/2024.",
             font="Times-Roman", size=10, align=TA_LEFT),
    ]
    return TALL, [(60, 260, 492, 420)], story, deco


def h08():
    blue = colors.HexColor("#1e3a8a")

    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#eef2ff"))
        c.rect(0, 0, W, 120, fill=1, stroke=0)
        c.setFillColor(blue)
        c.setFont("Helvetica", 8)
        c.drawString(60, 96, "SPONSORED BY")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, 80, "Delmara Therapeutics")
        c.setFont("Helvetica", 7.5)
        c.drawString(60, 60, "Delmara Therapeutics provided financial support for this program and had no input on content.")
        c.setFont("Helvetica", 8)
        c.drawString(W / 2 + 30, 96, "PRESENTED BY")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(W / 2 + 30, 80, "Lumen Health Educators")
        sig(c, W - 260, 170, 190, r, "Priyanka Deshmukh, PharmD", "Faculty")

    story = [
        para("WEBINAR PARTICIPATION CERTIFICATE", font="Helvetica-Bold", size=13, color=blue, after=24),
        para("Calvin Oduya", font="Helvetica-Bold", size=28, after=8, lead=32),
        para("participated in", font="Helvetica", size=11, color=colors.grey, after=10),
        para("Understanding Biologic Injectables for Asthma: Patient Support for the MA", font="Helvetica-Bold",
             size=18, after=20, lead=22),
        para("Thu, Aug 22, 2024 \u00b7 7:00\u20138:00 PM ET \u00b7 1.0 contact hour", font="Helvetica", size=11, after=20),
        para("AAMA CEU status: not approved. This activity has not been approved by the American Association of "
             "Medical Assistants.", font="Helvetica-Oblique", size=9, color=colors.HexColor("#555555")),
    ]
    return WIDE, [(100, 220, 592, 330)], story, deco


def h09():
    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#0f766e"))
        c.rect(36, H - 110, 8, 74, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(54, H - 60, "SafeHarbor Workplace Compliance")
        c.setFont("Helvetica", 9)
        c.drawString(54, H - 74, "OSHA \u2022 HIPAA \u2022 Workplace Safety e-Training for Medical Practices")
        c.setFont("Courier", 8)
        c.drawString(54, H - 96, "Cert ID SH-WVP-231203-5561     Printed 12/03/2023 4:51 PM")
        c.setStrokeColor(colors.HexColor("#0f766e"))
        c.rect(36, 36, W - 72, H - 72)
        sig(c, 60, 90, 180, r, "Derrick Vaughn, CSP", "Lead Safety Trainer")

    story = [
        para("Training Completion Certificate", font="Helvetica-Bold", size=22, align=TA_LEFT, after=14),
        para("Employee: <b>Latoya Rivers</b>", font="Helvetica", size=12, align=TA_LEFT, after=4),
        para("Employer: Northside Pediatrics, PLLC", font="Helvetica", size=10, align=TA_LEFT, after=14),
        para("Course", font="Helvetica", size=9, align=TA_LEFT, color=colors.grey),
        para("Workplace Violence Prevention for Healthcare Settings", font="Helvetica-Bold", size=16, align=TA_LEFT, after=12),
        grid([["Date completed", "12/03/2023"], ["Course length", "40 minutes"], ["Quiz score", "100%"],
              ["Annual renewal due", "12/03/2024"]], [150, 200], font="Helvetica", size=10.5, lines=False, pad=3, bold_col=1),
    ]
    return WIDE, [(60, 150, 600, 340)], story, deco


def h10():
    crimson = colors.HexColor("#9f1239")

    def deco(c, W, H, r):
        # full page: certificate top, wallet card bottom
        c.setFillColor(crimson)
        c.rect(0, H - 70, W, 70, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(40, H - 42, "BAYOU HEART & LUNG CPR CENTER")
        c.setFont("Helvetica", 9)
        c.drawString(40, H - 56, "Lafayette, Louisiana  \u2022  Life support training for healthcare teams")
        x, y, w, h = W / 2 - 130, 110, 260, 160
        c.setDash(4, 3)
        c.setStrokeColor(colors.grey)
        c.rect(x - 10, y - 10, w + 20, h + 20)
        c.setDash()
        c.setStrokeColor(crimson)
        c.setLineWidth(1.5)
        c.roundRect(x, y, w, h, 8)
        c.setFillColor(crimson)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x + 12, y + h - 20, "Bayou Heart & Lung CPR Center")
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x + 12, y + h - 40, "Basic Life Support (BLS) Provider")
        c.setFont("Helvetica", 9)
        for i, (k, v) in enumerate([("Name", "Beau Thibodeaux"), ("Issued", "01/29/2024"), ("Expires", "01/31/2026"),
                                    ("Instructor", "R. Guidry #BH-0921"), ("Card #", "BHL-240129-0447")]):
            c.drawString(x + 12, y + h - 62 - i * 14, k)
            c.drawString(x + 80, y + h - 62 - i * 14, v)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, y - 24, "Cut along dotted line. Wallet card valid only with holder signature on reverse.")

    story = [
        para("Certificate of Course Completion", font="Helvetica-Bold", size=20, after=14),
        para("Beau Thibodeaux", font="Helvetica-Bold", size=24, after=8, lead=28),
        para("successfully completed the classroom course and skills test for", font="Helvetica", size=11, after=6),
        para("Basic Life Support (BLS) Provider", font="Helvetica-Bold", size=16, after=10),
        para("Course date: January 29, 2024 \u2022 Card expiration: January 31, 2026", font="Helvetica", size=10, after=6),
        para("Certification issued by Bayou Heart &amp; Lung CPR Center. Adult, child and infant CPR, AED and "
             "bag-mask ventilation, one- and two-rescuer.", font="Helvetica", size=8.5, color=colors.grey),
    ]
    return TALL, [(60, 330, 492, 380)], story, deco


def h11():
    plum = colors.HexColor("#6d28d9")

    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#faf5ff"))
        c.rect(0, 0, W, H, fill=1, stroke=0)
        corner_swirls(c, W, H, plum)
        c.setStrokeColor(plum)
        c.setLineWidth(0.8)
        c.rect(24, 24, W - 48, H - 48)
        sig(c, W / 2 - 230, 100, 200, r, "Felipe Arroyo, MA, CPLP", "Director, Learning & Development\nMesquite Valley Health")
        sig(c, W / 2 + 30, 100, 200, r, "Annette Coley, BSN, RN", "Course Faculty")

    story = [
        para("Certificate of Completion", font="DJC-B", size=30, color=plum, after=10, lead=34),
        para("presented to", font="DJC-I", size=11, after=4),
        para("Hyun-Joo Lim", font="DJC-B", size=26, after=10, lead=30),
        para("for completing", font="DJC-I", size=11, after=6),
        para("Caring for Patients with Limited English Proficiency: Working with Qualified Medical Interpreters, "
             "Telephonic Services, and Translated Materials", font="DJC-B", size=15, lead=19, after=12),
        para("June 18, 2024", font="DJC", size=12, after=4),
        para("1.75 contact hours", font="DJC", size=12),
    ]
    return WIDE, [(190, 170, 412, 380)], story, deco


def h12():
    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#111827"))
        c.rect(0, 0, 22, H, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#f97316"))
        c.rect(22, 0, 4, H, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#111827"))
        for i in range(5):
            c.rect(W - 70 + i * 8, H - 60, 5, 20 + i * 4, fill=1, stroke=0)
        sig(c, 70, 100, 190, r, "Rae Lindholm", "Course Author")
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.grey)
        c.drawString(70, 40, "Verification ID 0A9F-22C1 \u2022 Issued Jan 10, 2024")

    story = [
        para("CERTIFICATE", font="Helvetica-Bold", size=34, align=TA_LEFT, lead=38, after=2),
        para("of completion", font="Helvetica", size=14, align=TA_LEFT, after=26, color=colors.HexColor("#f97316")),
        para("Nadine Khoury-Sampson", font="Helvetica-Bold", size=22, align=TA_LEFT, after=16, lead=26),
        para("PROFESSIONAL BOUNDARIES AND SOCIAL MEDIA FOR HEALTHCARE WORKERS", font="Helvetica-Bold", size=14,
             align=TA_LEFT, after=8, lead=18),
        para("Completed Jan 9, 2024", font="Helvetica", size=11, align=TA_LEFT, after=22),
        para("This program was developed and delivered by Northwind CE Studio and has been approved by the AAMA for "
             "0.5 AAMA CEU (general).", font="Helvetica", size=9, align=TA_LEFT, color=colors.HexColor("#374151")),
    ]
    return WIDE, [(70, 160, 560, 380)], story, deco


def h13():
    def deco(c, W, H, r):
        c.setStrokeColor(colors.HexColor("#a16207"))
        c.setLineWidth(3)
        c.rect(30, 30, W - 60, H - 60)
        c.setLineWidth(0.5)
        c.rect(36, 36, W - 72, H - 72)
        c.setFillColor(colors.HexColor("#a16207"))
        c.setFont("Times-Bold", 11)
        c.drawCentredString(W / 2, H - 70, "WILLOW BEND MEDICAL EDUCATION PARTNERS")
        sig(c, W / 2 - 100, 140, 200, r, "Harold Beasley, MD", "Medical Director, CE Programs", "Times")

    story = [
        para("Certificate of Attendance", font="Times-BoldItalic", size=30, lead=34, after=20),
        para("Awarded to", font="Times-Roman", size=11, after=4),
        para("Esperanza Quiñones", font="Times-Bold", size=24, lead=28, after=14),
        para("in recognition of completing the evening seminar", font="Times-Roman", size=11, after=6),
        para("Chronic Pain Conversations: Opioid Agreements and Urine Drug Screening", font="Times-Bold", size=17,
             lead=21, after=12),
        para("Date of seminar: 2024-07-11 &nbsp;&nbsp;|&nbsp;&nbsp; Credit: 2.0 contact hours", font="Times-Roman", size=11, after=14),
        para("This program has been submitted to the AAMA for review; AAMA CEU approval is pending (application "
             "#P-24-3318). Until approval is confirmed, this certificate documents contact hours only.",
             font="Times-Italic", size=9, color=colors.HexColor("#444444")),
    ]
    return TALL, [(90, 200, 432, 470)], story, deco


def h14():
    def deco(c, W, H, r):
        c.setFont("Times-Bold", 14)
        c.setFillColor(colors.black)
        c.drawCentredString(W / 2, H - 56, "PRAIRIE ROSE COMMUNITY COLLEGE")
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(W / 2, H - 70, "Office of Records & Registration  \u2022  Unofficial Transcript (Partial)")
        c.setFont("Helvetica", 7)
        c.drawString(50, 40, "Issued to student 01/08/2024. Not valid without registrar signature when sent to a third party.")
        for i in range(40):  # security background text
            c.setFillColor(colors.Color(0.9, 0.9, 0.9))
            c.setFont("Helvetica", 6)
            c.drawString(30 + (i % 4) * 150, 100 + (i // 4) * 60, "PRCC UNOFFICIAL")

    story = [
        grid([["Student", "Devin Marquardt", "Student No.", "P0091877"],
              ["Program", "Medical Office Professional", "Level", "Undergraduate"]],
             [70, 190, 70, 130], font="Times-Roman", size=9.5, lines=False, pad=2),
        gap(18),
        para("<b>Fall Semester 2023</b> (08/21/2023 \u2013 12/15/2023)", font="Times-Roman", size=10, align=TA_LEFT, after=6),
        grid([["Subject", "Course", "Course Title", "Grade", "Credit Hrs", "Quality Pts"],
              ["HIT", "110", "Introduction to Health Information Technology", "B+", "3.00", "9.99"]],
             [50, 45, 230, 45, 60, 60], font="Times-Roman", size=9.5, header=True, pad=4),
        gap(10),
        para("Term totals: Attempted 3.00 \u2022 Earned 3.00 \u2022 GPA 3.33 &nbsp;&nbsp; Grades final as of 12/20/2023",
             font="Times-Roman", size=9.5, align=TA_LEFT),
    ]
    return TALL, [(50, 420, 512, 290)], story, deco


def h15():
    blue = colors.HexColor("#1d4e89")

    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#f8fbff"))
        c.rect(0, 0, W, H, fill=1, stroke=0)
        c.setStrokeColor(blue)
        c.setLineWidth(12)
        c.rect(18, 18, W - 36, H - 36)
        c.setStrokeColor(colors.white)
        c.setLineWidth(1)
        c.rect(18, 18, W - 36, H - 36)
        ribbon(c, W / 2 - 170, H - 92, 340, 30, blue, "BLUEBONNET CHAPTER OF MEDICAL ASSISTANTS", size=10.5)
        sig(c, 110, 80, 190, r, "Wanda Pruitt, CMA (AAMA)", "Chapter CEU Chair")

    story = [
        para("Certificate of Attendance", font="Times-Bold", size=28, color=blue, after=12, lead=32),
        para("Odalys Ferrer", font="Times-BoldItalic", size=24, after=6, lead=28),
        para("attended the", font="Times-Italic", size=11, after=4),
        para("Spring Chapter Education Day", font="Times-Bold", size=18, after=4),
        para("Saturday, March 23, 2024 \u2022 Waco, Texas", font="Times-Roman", size=11, after=10),
        grid([["9:00 a.m.", "Pharmacology Update: Anticoagulants and Reversal Agents", "1.0 AAMA CEU (clinical)"],
              ["1:00 p.m.", "Chapter business meeting and officer elections", "no CEU"]],
             [60, 290, 130], font="Times-Roman", size=9.5, lines=False, pad=2),
        gap(8),
        para("Only the morning session is AAMA-approved. CEUs awarded: 1.0 AAMA CEU, clinical.",
             font="Times-Bold", size=10),
    ]
    return WIDE, [(140, 120, 512, 360)], story, deco


def h16():
    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#365314"))
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, H - 62, "Juniper Family Medicine")
        c.setFont("Helvetica", 9)
        c.drawString(60, H - 75, "Staff Education \u2022 Lunch & Learn Series")
        c.setStrokeColor(colors.HexColor("#365314"))
        c.line(60, H - 84, W - 60, H - 84)
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(60, 60, "Lunch provided by Caldera Vaccines. Presentation content reviewed by Juniper Family Medicine.")
        sig(c, 60, 130, 180, r, "Dr. Owen Marsh", "Medical Director")

    story = [
        para("Certificate of Attendance", font="Helvetica-Bold", size=20, align=TA_LEFT, after=16),
        para("Juniper Family Medicine thanks <b>Trinity Abernathy-Cole</b> for attending \u201cUpdates in RSV "
             "Prevention for Older Adults\u201d on 11/14/2023 (12:15\u20131:00 p.m.).", font="Helvetica", size=12,
             align=TA_LEFT, lead=17, after=12),
        para("No continuing education credit is offered for this program.", font="Helvetica-Oblique", size=10,
             align=TA_LEFT),
    ]
    return TALL, [(60, 420, 492, 260)], story, deco


def h17():
    sea = colors.HexColor("#0e7490")

    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#ecfeff"))
        c.rect(0, 0, W, H, fill=1, stroke=0)
        c.setFillColor(sea)
        c.circle(W - 40, 40, 140, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#67e8f9"))
        c.circle(40, H - 40, 90, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.roundRect(60, 50, W - 120, H - 100, 10, fill=1, stroke=0)
        c.setFillColor(sea)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(84, H - 84, "TIDEPOOL")
        c.setFont("Helvetica", 8)
        c.drawString(84, H - 95, "Practice Management Academy")
        sig(c, 84, 92, 190, r, "Sunil Raman, MBA, CMPE", "Academy Dean")

    story = [
        para("Certificate of Completion", font="Helvetica-Bold", size=26, after=12, lead=30),
        para("Tidepool Practice Management Academy recognizes", font="Helvetica", size=10.5, after=6),
        para("Ebony Hargrove", font="Times-BoldItalic", size=28, lead=32, after=8),
        para("for completing the course", font="Helvetica", size=10.5, after=6),
        para("Appointment No-Shows: Policies, Reminders and Patient Communication", font="Helvetica-Bold", size=16,
             lead=20, after=12),
        grid([["Completed", "May 2nd, 2024"], ["AAMA CEUs", "2.0"], ["CEU category", "Admin."]],
             [100, 140], font="Helvetica", size=10.5, lines=False, pad=2, bold_col=1),
        gap(8),
        para("Approved by the American Association of Medical Assistants. AAMA approval #78815.", font="Helvetica",
             size=8, color=colors.grey),
    ]
    return WIDE, [(170, 150, 452, 330)], story, deco


def h18():
    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#052e16"))
        c.rect(0, 0, W, H, fill=1, stroke=0)
        c.setStrokeColor(colors.HexColor("#22c55e"))
        c.setLineWidth(0.4)
        for i in range(24):
            c.line(0, H - 200 + i * 9, W, H - 140 + i * 9 - 60)
        c.setFillColor(colors.HexColor("#bbf7d0"))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, H - 60, "VIREO HEALTH ACADEMY")
        hand(c, 60, 120, 150, r, ink=(0.75, 0.95, 0.8))
        c.setStrokeColor(colors.white)
        c.line(50, 110, 230, 110)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(140, 98, "Aurelio Ben-David")
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(140, 88, "Registrar")

    g = colors.HexColor("#dcfce7")
    rows = [["Enrolled", "2023-10-01"], ["Started", "2023-10-04"], ["Completed", "2023-10-19"],
            ["Certificate issued", "2023-10-20"], ["Valid until", "2026-10-19"], ["Contact hours", "1.5"]]
    tbl = grid(rows, [140, 140], font="Helvetica", size=10.5, lines=False, pad=3)
    tbl.setStyle(TableStyle([("TEXTCOLOR", (0, 0), (-1, -1), g), ("FONT", (1, 0), (1, -1), "Helvetica-Bold", 10.5)]))
    story = [
        para("CERTIFICATE OF COMPLETION", font="Helvetica-Bold", size=24, color=colors.white, align=TA_LEFT, after=18),
        para("Presented to", font="Helvetica", size=10, color=g, align=TA_LEFT),
        para("Wilhelmina Osei-Tutu", font="Helvetica-Bold", size=26, color=colors.HexColor("#86efac"), align=TA_LEFT,
             lead=30, after=14),
        para("Sterilization and Autoclave Monitoring: Biological Indicators and Logs", font="Helvetica-Bold",
             size=16, color=colors.white, align=TA_LEFT, lead=20, after=18),
        tbl,
    ]
    return A4P, [(50, 240, A4P[0] - 100, 520)], story, deco


# =========================================================================== photographed / scanned originals
def j1():
    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#fdfdf8"))
        c.rect(0, 0, W, H, fill=1, stroke=0)
        diamond_frame(c, W, H, colors.HexColor("#3f6212"), 24)
        sig(c, 100, 90, 200, r, "Meredith Kalani, CMA (AAMA)", "Program Director", "Times", 10)
        rays_medal(c, W - 130, 130, 36, colors.HexColor("#3f6212"), "CEU")

    story = [
        para("Aspen Grove Allied Health School", font="Times-Bold", size=18, color=colors.HexColor("#3f6212"), after=18),
        para("Certificate of Continuing Education", font="Times-BoldItalic", size=30, lead=34, after=14),
        para("Gabriel Whitaker-Moss", font="Times-Bold", size=28, lead=32, after=10),
        para("completed", font="Times-Italic", size=13, after=6),
        para("Eye and Ear Irrigation Procedures", font="Times-Bold", size=22, lead=26, after=10),
        para("Completion date: 07/08/2024", font="Times-Roman", size=14, after=4),
        para("AAMA CEUs: 1.0 &nbsp;&nbsp; Category: Clinical", font="Times-Bold", size=14),
    ]
    return WIDE, [(110, 160, 572, 380)], story, deco


def j2():
    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#c2410c"))
        c.rect(0, H - 28, W, 28, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#c2410c"))
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(W / 2, H - 80, "Coral Coast Career Training")
        sig(c, W / 2 - 110, 130, 220, r, "Yolanda Pierre-Louis, CCMA", "Continuing Education Director", "Helvetica", 10)

    story = [
        para("Certificate of CE Completion", font="Helvetica-Bold", size=26, lead=30, after=24),
        para("Presented to", font="Helvetica", size=13, after=6),
        para("Alexis Fontaine", font="Helvetica-Bold", size=28, lead=32, after=18),
        para("Medication Administration Review: The Rights of Medication Administration", font="Helvetica-Bold",
             size=19, lead=24, after=18),
        para("Date completed: Aug 1, 2024", font="Helvetica", size=14, after=6),
        para("NHA CE Credits: 1.5", font="Helvetica-Bold", size=14, after=20),
        para("Approved by the National Healthcareer Association (NHA) for 1.5 continuing education credits.",
             font="Helvetica", size=11),
    ]
    return TALL, [(70, 220, 472, 460)], story, deco


def j3():
    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#fff7ed"))
        c.rect(0, 0, W, H, fill=1, stroke=0)
        corner_swirls(c, W, H, colors.HexColor("#b45309"), 40)
        c.setStrokeColor(colors.HexColor("#b45309"))
        c.rect(28, 28, W - 56, H - 56)
        sig(c, W / 2 - 110, 130, 220, r, "Dra. Inés Carrasco", "Coordinadora de Educación", "Times", 11)

    story = [
        para("Centro de Salud Familiar La Esperanza", font="Times-Bold", size=18, color=colors.HexColor("#b45309"), after=30),
        para("Certificado", font="Times-BoldItalic", size=40, lead=44, after=4),
        para("de finalización", font="Times-Italic", size=20, after=26),
        para("Se certifica que", font="Times-Roman", size=14, after=6),
        para("Valentina Ruiz Escobar", font="Times-Bold", size=28, lead=32, after=12),
        para("completó el curso", font="Times-Roman", size=14, after=6),
        para("Toma de Signos Vitales en Adultos Mayores", font="Times-Bold", size=21, lead=25, after=20),
        para("Fecha: 14 de marzo de 2024 &nbsp;&nbsp;&nbsp; Horas de contacto: 1", font="Times-Roman", size=14),
    ]
    return TALL, [(70, 220, 472, 500)], story, deco


def j4():
    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#fefce8"))
        c.rect(0, 0, W, H, fill=1, stroke=0)
        c.setStrokeColor(colors.HexColor("#7f1d1d"))
        c.setLineWidth(5)
        c.rect(26, 26, W - 52, H - 52)
        c.setLineWidth(1)
        c.rect(34, 34, W - 68, H - 68)
        corner_swirls(c, W, H, colors.HexColor("#7f1d1d"), 46)
        sig(c, 120, 86, 200, r, "Joan Sorensen, CMA (AAMA)", "Symposium Chair", "Times", 10)
        sig(c, W - 320, 86, 200, r, "Della Redbird, CMA (AAMA)", "President", "Times", 10)

    story = [
        para("Red River Valley Society of Medical Assistants", font="Times-Bold", size=17, color=colors.HexColor("#7f1d1d"), after=14),
        para("CERTIFICATE OF ATTENDANCE", font="Times-Bold", size=26, lead=30, after=12),
        para("Kendra Bjornstad", font="Times-BoldItalic", size=28, lead=32, after=8),
        para("attended the", font="Times-Italic", size=13, after=4),
        para("Fall Symposium 2023", font="Times-Bold", size=22, lead=26, after=6),
        para("October 27\u201328, 2023 \u2022 Fargo, North Dakota", font="Times-Roman", size=13, after=10),
        para("Approved for 4.0 AAMA CEUs", font="Times-Bold", size=14),
    ]
    return WIDE, [(110, 150, 572, 390)], story, deco


def j5():
    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#1e293b"))
        c.rect(0, 0, W, 60, fill=1, stroke=0)
        c.rect(0, H - 90, W, 90, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#fbbf24"))
        c.setFont("Helvetica-Bold", 22)
        c.drawString(50, H - 52, "LODESTAR")
        c.setFillColor(colors.white)
        c.setFont("Helvetica", 11)
        c.drawString(50, H - 72, "Safety Institute")
        c.setFont("Helvetica", 9)
        c.drawString(50, 26, "Lodestar Safety Institute \u2022 Training record retained 3 years")
        sig(c, W - 300, 100, 220, r, "Carmen Oquendo, CIH", "Industrial Hygienist / Trainer", "Helvetica", 10)

    story = [
        para("Training Certificate", font="Helvetica-Bold", size=28, align=TA_LEFT, lead=32, after=16),
        para("Nathaniel Brooks-Ibarra", font="Helvetica-Bold", size=24, align=TA_LEFT, lead=28, after=8),
        para("has completed", font="Helvetica", size=13, align=TA_LEFT, after=4),
        para("Respirator Fit Testing and N95 Use", font="Helvetica-Bold", size=20, align=TA_LEFT, lead=24, after=14),
        para("Training time: 45 minutes &nbsp;&nbsp;&nbsp; Date: 2/20/2024", font="Helvetica", size=14, align=TA_LEFT, after=6),
        para("Fit test result: PASS (quantitative) \u2022 Next fit test due: 2/2025", font="Helvetica", size=11,
             align=TA_LEFT),
    ]
    return WIDE, [(50, 150, 690, 350)], story, deco


def j6():
    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#075985"))
        for i in range(4):
            c.circle(80 + i * 10, H - 66, 14 - i * 2, fill=0, stroke=1)
        c.setFont("Times-Bold", 17)
        c.drawString(140, H - 66, "Harbor Lights Medical Group")
        c.setFont("Times-Roman", 9.5)
        c.drawString(140, H - 80, "Clinical Education Office")

    body = st("b", font="Times-Roman", size=13, align=TA_LEFT, lead=19, after=12)
    story = [
        Paragraph("September 12, 2024", body),
        Paragraph("Dear Mr. Lindgren,", body),
        Paragraph("Thank you for taking part in our staff education program. This letter confirms your completion of "
                  "\u201cTelehealth Visit Preparation for Medical Assistants\u201d on September 5, 2024. You have been "
                  "awarded 1.0 contact hour.", body),
        Paragraph("Harbor Lights Medical Group is not an AAMA-approved provider; this program was not reviewed for AAMA "
                  "CEUs.", body),
        Paragraph("Sincerely,", body),
        Scrawl(150, 40, 6606),
        Paragraph("Benedikt Howe, RN<br/>Clinical Educator", body),
    ]
    return TALL, [(80, 230, 452, 450)], story, deco


def j7():
    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#f1f5f9"))
        c.rect(0, 0, W, H, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.rect(40, 40, W - 80, H - 80, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#334155"))
        c.rect(40, H - 100, W - 80, 60, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(60, H - 70, "Brookstone Learning Collaborative")
        c.setFont("Helvetica", 9)
        c.drawString(60, H - 85, "An IACET Accredited Provider")
        c.drawRightString(W - 60, H - 70, "Activity ID BLC-IP-0612")
        sig(c, 70, 90, 200, r, "Hollis Fairweather, MPH", "Director of Accreditation", "Helvetica", 9.5)

    story = [
        para("Certificate of Completion", font="Helvetica-Bold", size=26, lead=30, after=12),
        para("Sade Adeyemi", font="Helvetica-Bold", size=26, lead=30, color=colors.HexColor("#0f766e"), after=12),
        para("Infection Prevention in Pediatric Clinics", font="Helvetica-Bold", size=19, lead=23, after=14),
        grid([["Completed", "6/12/2024"], ["IACET CEUs", "0.15 (1.5 contact hours)"]], [130, 220],
             font="Helvetica", size=13, lines=False, pad=3, bold_col=1),
    ]
    return WIDE, [(90, 150, 612, 330)], story, deco


def j8():
    def deco(c, W, H, r):
        c.setFillColor(colors.HexColor("#0c4a6e"))
        c.rect(0, 0, 70, H, fill=1, stroke=0)
        c.setStrokeColor(colors.white)
        c.setLineWidth(1.5)
        c.circle(35, H - 70, 18)
        c.line(35, H - 52, 35, H - 88)
        c.line(17, H - 70, 53, H - 70)
        c.setFillColor(colors.HexColor("#0c4a6e"))
        c.setFont("Helvetica-Bold", 15)
        c.drawString(100, H - 64, "Keel & Compass Healthcare Training")
        sig(c, W - 290, 80, 210, r, "Marguerite Olivier, CMA (AAMA)", "Lead Instructor", "Helvetica", 9.5)

    story = [
        para("Certificate of Completion", font="Times-Bold", size=30, lead=34, align=TA_LEFT, after=14),
        para("This certifies that <b>Tobias Renwick</b> completed the course", font="Times-Roman", size=14,
             align=TA_LEFT, after=8),
        para("Insurance Verification and Benefits Explanation for the Front Desk", font="Times-Bold", size=20,
             lead=24, align=TA_LEFT, after=14),
        para("on 12 Jan 2024 and earned 1.0 AAMA CEU (Administrative).", font="Times-Roman", size=14, align=TA_LEFT,
             after=12),
        para("Approved by the American Association of Medical Assistants.", font="Times-Italic", size=11, align=TA_LEFT),
    ]
    return WIDE, [(100, 160, 600, 340)], story, deco


def k1():
    def deco(c, W, H, r):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, H - 30, "FROM: FLINT HILLS CMA    06/05/2024 10:14    #6204 P.001/001")
        sig(c, W / 2 - 100, 150, 200, r, "Bonnie Tallgrass, CMA (AAMA)", "Chapter Education Chair", "Times", 10)

    story = [
        para("Flint Hills Chapter of Medical Assistants", font="Times-Bold", size=18, after=20),
        para("Certificate of Attendance", font="Times-Bold", size=26, lead=30, after=20),
        para("Carolyn Mendenhall", font="Times-Bold", size=22, lead=26, after=8),
        para("attended the chapter program", font="Times-Roman", size=12, after=8),
        para("Documentation Do\u2019s and Don\u2019ts in the EHR", font="Times-Bold", size=18, lead=22, after=12),
        para("on 06/04/2024", font="Times-Roman", size=13, after=20),
        para("This program is approved by the American Association of Medical Assistants for 1.0 AAMA CEU "
             "(administrative).", font="Times-Roman", size=11),
    ]
    return TALL, [(80, 260, 452, 440)], story, deco


def k2():
    def deco(c, W, H, r):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, H - 54, "PINE BARRENS MEDICAL CENTER")
        c.setFont("Helvetica", 9)
        c.drawString(50, H - 67, "Point-of-Care Testing Program \u2022 Annual Competency")
        c.drawRightString(W - 50, H - 54, "POCT-F-07")
        c.setLineWidth(1)
        c.line(50, H - 75, W - 50, H - 75)
        sig(c, 60, 180, 200, r, "Validator: Rosalind Peake, MT", "POCT Coordinator", "Helvetica", 9)
        c.setFont("Helvetica", 10)
        c.drawString(300, 186, "Date: 1/22/2024")

    chk = [["Element", "Met", "Not met"], ["Patient ID / two identifiers", "X", ""], ["QC performed and logged", "X", ""],
           ["Strip lot and expiration checked", "X", ""], ["Result documented and reported", "X", ""]]
    story = [
        para("COMPETENCY VALIDATION &amp; EDUCATION RECORD", font="Helvetica-Bold", size=14, align=TA_LEFT, after=14),
        grid([["Employee", "Marisela Duarte, CMA"], ["Education module", "Glucometer Competency and Quality Control"],
              ["Completed", "1/16/2024"], ["Contact hours", "0.5"]], [130, 330], font="Helvetica", size=10.5, pad=5),
        gap(16),
        grid(chk, [280, 60, 60], font="Helvetica", size=10, header=True, pad=4),
    ]
    return TALL, [(50, 300, 512, 400)], story, deco


def k3():
    def deco(c, W, H, r):
        monogram(c, W / 2, H - 56, 22, colors.black, "CR", "Helvetica-Bold")
        sig(c, W / 2 - 110, 170, 220, r, "Preston Aldana, CPT, CCMA", "CE Program Administrator", "Helvetica", 9.5)

    story = [
        para("COBALT RIDGE HEALTHCARE INSTITUTE", font="Helvetica-Bold", size=15, after=30),
        para("Certificate of Continuing Education", font="Times-Bold", size=24, lead=28, after=18),
        para("Noelle Fitzgerald-Ames", font="Times-Bold", size=22, lead=26, after=14),
        para("Ethics and Scope of Practice for Phlebotomy Technicians", font="Times-Bold", size=17, lead=21, after=14),
        para("Date of completion: November 2, 2023", font="Times-Roman", size=12, after=4),
        para("1.0 NHA CE credit", font="Times-Bold", size=12, after=14),
        para("Cobalt Ridge Healthcare Institute is approved by the National Healthcareer Association (NHA) to award "
             "continuing education credit.", font="Times-Roman", size=10),
    ]
    return TALL, [(90, 240, 432, 430)], story, deco


def k4():
    def deco(c, W, H, r):
        diamond_frame(c, W, H, colors.black, 28)
        sig(c, 120, 80, 200, r, "Harriet Pinckney, CMA (AAMA)", "Education Chair", "Times", 9)
        sig(c, W - 320, 80, 200, r, "Loretta Gadsden, CMA (AAMA)", "President", "Times", 9)

    ceu = grid([["Category", "AAMA CEUs"], ["Admin.", "0.5"], ["Clinical", "1.5"], ["General", "1.0"], ["Total", "3.0"]],
               [120, 80], font="Times-Roman", size=10, header=True, pad=2)
    story = [
        para("Palmetto Lowcountry Society of Medical Assistants", font="Times-Bold", size=17, after=10),
        para("Certificate of Attendance", font="Times-BoldItalic", size=26, lead=30, after=8),
        para("Brenda Ravenel", font="Times-Bold", size=22, lead=26, after=6),
        para("Winter Education Seminar", font="Times-Bold", size=17, after=2),
        para("February 3, 2024 \u2022 Charleston, South Carolina", font="Times-Roman", size=11, after=10),
        ceu,
        gap(6),
        para("Approved by the American Association of Medical Assistants for 3.0 AAMA CEUs.", font="Times-Roman", size=9),
    ]
    return WIDE, [(140, 130, 512, 380)], story, deco


def k5():
    def deco(c, W, H, r):
        c.setFont("Times-Bold", 16)
        c.drawString(60, H - 60, "Lighthouse Point Learning Institute")
        c.setFont("Times-Roman", 9)
        c.drawString(60, H - 73, "IACET Accredited Provider #11208")
        c.line(60, H - 80, W - 60, H - 80)
        sig(c, 60, 150, 200, r, "Augustine Marlowe", "Executive Director", "Times", 9.5)

    story = [
        para("Record of Continuing Education", font="Times-Bold", size=20, align=TA_LEFT, after=16),
        para("Participant: Rhiannon Cuthbert", font="Times-Roman", size=12, align=TA_LEFT, after=6),
        para("Program: Customer Service Recovery in the Medical Office", font="Times-Roman", size=12, align=TA_LEFT, after=6),
        para("Program dates: April 15\u201316, 2024", font="Times-Roman", size=12, align=TA_LEFT, after=6),
        para("IACET CEUs earned: 0.2", font="Times-Bold", size=12, align=TA_LEFT, after=14),
        para("Lighthouse Point Learning Institute has been accredited by IACET and is authorized to issue the IACET CEU.",
             font="Times-Roman", size=9.5, align=TA_LEFT),
    ]
    return TALL, [(60, 400, 492, 300)], story, deco


def k6():
    def deco(c, W, H, r):
        c.setFont("Courier-Bold", 14)
        c.drawCentredString(W / 2, H - 60, "DRIFTWOOD HEALTH EDUCATION CO.")
        c.setFont("Courier", 9)
        c.drawCentredString(W / 2, H - 74, "Self-study courses by mail and online since 1998")
        sig(c, W / 2 - 100, 180, 200, r, "E. Lachance", "Course Administrator", "Helvetica", 9)

    story = [
        para("CERTIFICATE OF COMPLETION", font="Courier-Bold", size=18, after=18),
        para("Awarded to: Gwendolyn Asher", font="Courier", size=12, after=10),
        para("Course: Medical Terminology: Gastrointestinal System", font="Courier-Bold", size=12, after=10),
        para("Completion: 10-30-2024 &nbsp;&nbsp; Contact hours: 2.0", font="Courier", size=12, after=14),
        para("This course is not approved for AAMA CEUs.", font="Courier", size=10),
    ]
    return TALL, [(70, 380, 472, 300)], story, deco


# =========================================================================== cameras and scanners
def to_raster(pdf, dpi, gray=False):
    with tempfile.TemporaryDirectory() as d:
        src = Path(d, "in.pdf")
        src.write_bytes(pdf)
        args = ["pdftoppm", "-singlefile", "-r", str(dpi), "-png"]
        if gray:
            args.append("-gray")
        subprocess.run(args + [str(src), str(Path(d, "pg"))], check=True)
        with Image.open(Path(d, "pg.png")) as im:
            return im.convert("L" if gray else "RGB")


def homography(dst, src):
    """8 coefficients for Image.PERSPECTIVE, mapping output points dst -> input points src (Cramer-free LU)."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y]); rhs.append(v)
    n = 8
    for k in range(n):
        piv = max(range(k, n), key=lambda i: abs(rows[i][k]))
        rows[k], rows[piv] = rows[piv], rows[k]
        rhs[k], rhs[piv] = rhs[piv], rhs[k]
        for i in range(k + 1, n):
            f = rows[i][k] / rows[k][k]
            for j in range(k, n):
                rows[i][j] -= f * rows[k][j]
            rhs[i] -= f * rhs[k]
    sol = [0.0] * n
    for i in reversed(range(n)):
        sol[i] = (rhs[i] - sum(rows[i][j] * sol[j] for j in range(i + 1, n))) / rows[i][i]
    return sol


def grain(size, rnd, amount):
    w, h = size
    return Image.frombytes("L", (w, h), rnd.randbytes(w * h)).point(lambda v: 128 + int((v - 128) * amount))


def backdrop(size, rnd, style):
    w, h = size
    if style == "clipboard":
        img = Image.new("RGB", size, (96, 64, 36))
        d = ImageDraw.Draw(img)
        for _ in range(h // 2):
            y = rnd.uniform(0, h)
            d.line([(0, y), (w, y + rnd.uniform(-4, 4))], fill=(rnd.randint(80, 112), rnd.randint(52, 72), rnd.randint(28, 42)))
        return img.filter(ImageFilter.GaussianBlur(1))
    if style == "bedsheet":
        img = Image.new("RGB", size, (208, 214, 226))
        d = ImageDraw.Draw(img)
        for k in range(10):
            x = rnd.uniform(0, w)
            d.line([(x, 0), (x + rnd.uniform(-w / 3, w / 3), h)], fill=(176, 184, 200), width=rnd.randint(15, 50))
        return img.filter(ImageFilter.GaussianBlur(25))
    if style == "monitor":
        img = Image.new("RGB", size, (22, 22, 26))
        return img
    img = Image.new("RGB", size, (44, 40, 38))  # dark counter
    n = grain(size, rnd, 0.25)
    return Image.blend(img, Image.merge("RGB", (n, n, n)), 0.15)


def camera(pdf, rnd, o):
    page = to_raster(pdf, o["dpi"])
    if o.get("screen"):  # photo of a laptop screen: subpixel-ish grid and a backlight tint
        page = page.resize((page.width * 2, page.height * 2), Image.NEAREST)
        grid_img = Image.new("L", page.size, 255)
        d = ImageDraw.Draw(grid_img)
        for x in range(0, page.width, 3):
            d.line([(x, 0), (x, page.height)], fill=200)
        for y in range(0, page.height, 3):
            d.line([(0, y), (page.width, y)], fill=215)
        page = ImageChops.multiply(page, Image.merge("RGB", (grid_img,) * 3))
        page = page.resize((page.width // 2, page.height // 2), Image.BILINEAR)
        page = ImageChops.multiply(page, Image.new("RGB", page.size, (236, 242, 255)))
    else:
        page = ImageChops.multiply(page, Image.new("RGB", page.size, (255, 251, 240)))
    pw, ph = page.size
    margin = o.get("margin", 0.1)
    W, H = int(pw * (1 + 2 * margin)), int(ph * (1 + 2 * margin))
    out = backdrop((W, H), rnd, o["bg"])
    a = math.radians(o["rot"])
    ca, sa = math.cos(a), math.sin(a)
    lean = o.get("lean", 0.04)
    corners = [(-pw / 2 * (1 - lean), -ph / 2), (pw / 2 * (1 - lean), -ph / 2), (pw / 2, ph / 2), (-pw / 2, ph / 2)]
    if o.get("lean_side"):
        corners = [(-pw / 2, -ph / 2 * (1 - lean)), (pw / 2, -ph / 2), (pw / 2, ph / 2), (-pw / 2, ph / 2 * (1 - lean))]
    dst = []
    for x, y in corners:
        x += rnd.uniform(-6, 6)
        y += rnd.uniform(-6, 6)
        dst.append((W / 2 + x * ca - y * sa, H / 2 + x * sa + y * ca))
    coeffs = homography(dst, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    if o.get("curl"):  # gentle page bow: shift columns vertically along a sine before the homography
        bow = Image.new("RGB", page.size, (255, 255, 255))
        amp = o["curl"]
        for x0 in range(0, pw, 8):
            dy = int(amp * math.sin(math.pi * x0 / pw))
            bow.paste(page.crop((x0, 0, min(pw, x0 + 8), ph)), (x0, dy))
        page = bow
    flat = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    if o["bg"] != "monitor":
        sh = ImageChops.offset(mask, int(W * 0.01), int(H * 0.02)).filter(ImageFilter.GaussianBlur(22))
        out = Image.composite(Image.new("RGB", (W, H), (10, 10, 10)), out, sh.point(lambda v: v * 55 // 100))
    out = Image.composite(flat, out, mask)
    if o.get("clip"):
        d = ImageDraw.Draw(out)
        cx = W / 2 + rnd.uniform(-20, 20)
        top = min(p[1] for p in dst)
        d.rounded_rectangle((cx - W * 0.12, top - 40, cx + W * 0.12, top + H * 0.035), 14, fill=(170, 172, 178),
                            outline=(90, 90, 96), width=3)
    # vignette + a hot spot of glare
    vg = Image.radial_gradient("L").resize((W, H), Image.BILINEAR)
    vg = vg.point(lambda v: 255 - int(v * o.get("vignette", 0.35) * 0.8))
    out = ImageChops.multiply(out, Image.merge("RGB", (vg,) * 3))
    if o.get("glare"):
        gl = Image.new("L", (W, H), 0)
        gx, gy = W * rnd.uniform(0.3, 0.7), H * rnd.uniform(0.2, 0.5)
        ImageDraw.Draw(gl).ellipse((gx - W * 0.16, gy - H * 0.09, gx + W * 0.16, gy + H * 0.09), fill=int(255 * o["glare"]))
        gl = gl.filter(ImageFilter.GaussianBlur(W / 18))
        out = Image.composite(Image.new("RGB", (W, H), (255, 255, 255)), out, gl)
    if o.get("motion"):
        out = out.filter(ImageFilter.BoxBlur(o["motion"]))
    out = out.filter(ImageFilter.GaussianBlur(o.get("blur", 0.8)))
    n = grain((W, H), rnd, 1.0)
    out = Image.blend(out, Image.merge("RGB", (n, n, n)), o.get("noise", 0.05))
    if o.get("cut"):
        l, t, r_, b = o["cut"]
        out = out.crop((int(W * l), int(H * t), int(W * (1 - r_)), int(H * (1 - b))))
    lim = o.get("max_side", 1900)
    if max(out.size) > lim:
        f = lim / max(out.size)
        out = out.resize((int(out.width * f), int(out.height * f)), Image.LANCZOS)
    return out


def scanner(pdf, rnd, o):
    img = to_raster(pdf, o["dpi"], gray=True)
    img = img.rotate(o["skew"], Image.BILINEAR, expand=True, fillcolor=o.get("bed", 235))
    w, h = img.size
    if o.get("style") == "fax":
        img = ImageOps.autocontrast(img)
        img = img.filter(ImageFilter.GaussianBlur(0.8))
        n = grain((w, h), rnd, 0.8)
        img = Image.blend(img, n, 0.14)
        cut = o.get("threshold", 150)
        img = img.point(lambda v: 255 if v > cut else 0).convert("1", dither=Image.Dither.NONE)
        d = ImageDraw.Draw(img)
        for _ in range(o.get("specks", 400)):
            x, y = rnd.randrange(w), rnd.randrange(h)
            d.point((x, y), fill=0)
        for _ in range(3):  # horizontal dropout lines typical for fax
            y = rnd.randrange(h)
            d.line([(0, y), (w, y)], fill=1, width=1)
        return img
    # photocopy / flatbed: compress range, toner unevenness, dust
    lo, hi = o.get("range", (38, 236))
    img = img.point(lambda v: lo + (v * (hi - lo)) // 255)
    toner = Image.linear_gradient("L").resize((w, h)).point(lambda v: 200 + v * 55 // 255)
    if o.get("flip_toner"):
        toner = toner.transpose(Image.FLIP_TOP_BOTTOM)
    img = ImageChops.screen(img, ImageOps.invert(toner)) if o.get("faded") else ImageChops.multiply(img, toner)
    d = ImageDraw.Draw(img)
    for _ in range(o.get("specks", 800)):
        x, y = rnd.uniform(0, w), rnd.uniform(0, h)
        s = rnd.choice([1, 1, 1, 2, 3])
        d.rectangle((x, y, x + s, y + s * rnd.uniform(0.5, 1.5)), fill=rnd.randint(30, 150))
    if o.get("binder_holes"):
        for yy in (0.15, 0.5, 0.85):
            d.ellipse((w * 0.03, h * yy - 18, w * 0.03 + 36, h * yy + 18), fill=40)
    n = grain((w, h), rnd, 1.0)
    img = Image.blend(img, n, o.get("noise", 0.07))
    return img.filter(ImageFilter.GaussianBlur(o.get("blur", 0.6)))


# =========================================================================== manifest
def want(kind, title, provider, date, amount, unit, aama=False, category=None, categories=None, notes=""):
    d = dict(kind=kind, title=title, provider=provider, completed_on=date, amount=amount, unit=unit,
             aama_approved=aama, category=category)
    if categories:
        d["categories"] = categories
    d["notes"] = notes
    return d


ITEMS = [
    ("01-pelican-bay-bp-coaching.pdf", h01, None,
     want("pdf", "Patient Coaching for Home Blood Pressure Monitoring", "Pelican Bay Medical Assisting Institute",
          "2024-05-16", "1.0", "aama_ceu", True, "clinical", notes="generated-next-day footer; approval box")),
    ("02-copper-canyon-convention.pdf", h02, None,
     want("pdf", "49th Annual State Convention", "Copper Canyon Society of Medical Assistants", "2024-09-29", "7.5",
          "aama_ceu", True, None, {"administrative": "1.0", "clinical": "4.0", "general": "2.5"},
          "three-day range; 3-way split; 'maximum of 9.0' distractor; subtitle spelled out")),
    ("03-ridgeview-cast-letter.pdf", h03, None,
     want("pdf", "Cast and Splint Application Basics", "Ridgeview Orthopedic & Spine Associates", "2024-04-09", "2.5",
          "contact_hours", notes="verification letter; single-quoted title; 'April 9th, 2024'")),
    ("04-learnstream-oakhurst-allergy.pdf", h04, None,
     want("pdf", "Allergy Testing and Immunotherapy Injections in the Clinic", "Oakhurst Clinical Academy", "2024-02-27",
          "1.5", "aama_ceu", True, "clinical", notes="hosting LMS vs content partner; ISO timestamps")),
    ("05-rio-grande-constancia.pdf", h05, None,
     want("pdf", "Primeros Auxilios Psicológicos para Personal de Clínica",
          "Asociación de Promotores de Salud del Río Grande", "2024-10-23", "3", "contact_hours",
          notes="Spanish-first bilingual constancia; issue date dd/mm")),
    ("06-seabrook-holter-nha.pdf", h06, None,
     want("pdf", "EKG Monitoring: Holter and Event Monitor Hookup", "Seabrook Allied Health Learning", "2024-03-14",
          "2", "nha_credit", notes="A4 table layout; '14-Mar-2024'; provider name split in logo")),
    ("07-timberline-phlebotomy-iacet.pdf", h07, None,
     want("pdf", "Phlebotomy Continuing Competency Update", "Timberline Technical College", "2024-11-13", "0.4",
          "iacet_ceu", notes="two session dates; course table; issued date")),
    ("08-lumen-biologics-sponsored.pdf", h08, None,
     want("pdf", "Understanding Biologic Injectables for Asthma: Patient Support for the MA", "Lumen Health Educators",
          "2024-08-22", "1.0", "contact_hours", notes="sponsored-by vs presented-by; AAMA status: not approved")),
    ("09-safeharbor-violence-prevention.pdf", h09, None,
     want("pdf", "Workplace Violence Prevention for Healthcare Settings", "SafeHarbor Workplace Compliance",
          "2023-12-03", "40", "minutes", notes="employer named; renewal-due date; printed timestamp")),
    ("10-bayou-bls-card.pdf", h10, None,
     want("pdf", "Basic Life Support (BLS) Provider", "Bayou Heart & Lung CPR Center", "2024-01-29", "1", "cpr_card",
          False, "clinical", notes="certificate plus cut-out wallet card; expiry date")),
    ("11-mesquite-valley-lep.pdf", h11, None,
     want("pdf", "Caring for Patients with Limited English Proficiency: Working with Qualified Medical Interpreters, "
          "Telephonic Services, and Translated Materials", "Mesquite Valley Health", "2024-06-18", "1.75",
          "contact_hours", notes="provider only in signature block; three-line title")),
    ("12-northwind-boundaries-caps.pdf", h12, None,
     want("pdf", "Professional Boundaries and Social Media for Healthcare Workers", "Northwind CE Studio", "2024-01-09",
          "0.5", "aama_ceu", True, "general", notes="ALL-CAPS title; provider only in approval statement")),
    ("13-willow-bend-pending.pdf", h13, None,
     want("pdf", "Chronic Pain Conversations: Opioid Agreements and Urine Drug Screening",
          "Willow Bend Medical Education Partners", "2024-07-11", "2.0", "contact_hours",
          notes="AAMA approval pending")),
    ("14-prairie-rose-transcript.pdf", h14, None,
     want("pdf", "Introduction to Health Information Technology", "Prairie Rose Community College", "2023-12-15", "3.00",
          "college_credit", notes="partial transcript; term end vs grades-final vs issued")),
    ("15-bluebonnet-morning-only.pdf", h15, None,
     want("pdf", "Spring Chapter Education Day", "Bluebonnet Chapter of Medical Assistants", "2024-03-23", "1.0",
          "aama_ceu", True, "clinical", notes="only the morning session approved")),
    ("16-juniper-lunch-no-credit.pdf", h16, None,
     want("pdf", "Updates in RSV Prevention for Older Adults", "Juniper Family Medicine", "2023-11-14", None, None,
          notes="no credit offered; lunch sponsor")),
    ("17-tidepool-no-shows.pdf", h17, None,
     want("pdf", "Appointment No-Shows: Policies, Reminders and Patient Communication",
          "Tidepool Practice Management Academy", "2024-05-02", "2.0", "aama_ceu", True, "administrative",
          notes="'Admin.' category abbreviation; 'May 2nd, 2024'")),
    ("18-vireo-autoclave-dark.pdf", h18, None,
     want("pdf", "Sterilization and Autoclave Monitoring: Biological Indicators and Logs", "Vireo Health Academy",
          "2023-10-19", "1.5", "contact_hours", notes="dark A4; five ISO dates")),
    ("photo-1-aspen-grove.jpg", j1, dict(dpi=110, rot=-3.0, bg="monitor", screen=True, glare=0.35, blur=0.9,
                                         noise=0.05, q=70, margin=0.05),
     want("image", "Eye and Ear Irrigation Procedures", "Aspen Grove Allied Health School", "2024-07-08", "1.0",
          "aama_ceu", True, "clinical", notes="photo of a screen showing the certificate")),
    ("photo-2-coral-coast.jpg", j2, dict(dpi=110, rot=4.0, bg="clipboard", clip=True, curl=14, blur=1.0, noise=0.06,
                                         q=64, lean=0.06),
     want("image", "Medication Administration Review: The Rights of Medication Administration",
          "Coral Coast Career Training", "2024-08-01", "1.5", "nha_credit", notes="on a clipboard; page bowed")),
    ("photo-3-la-esperanza.png", j3, dict(dpi=100, rot=-2.5, bg="bedsheet", curl=10, blur=0.7, noise=0.02,
                                          max_side=1300, lean=0.05),
     want("image", "Toma de Signos Vitales en Adultos Mayores", "Centro de Salud Familiar La Esperanza", "2024-03-14",
          "1", "contact_hours", notes="Spanish-only; PNG; '14 de marzo de 2024'")),
    ("photo-4-red-river.jpg", j4, dict(dpi=120, rot=5.5, bg="counter", blur=0.9, noise=0.05, q=72, lean=0.07,
                                       lean_side=True, glare=0.25),
     want("image", "Fall Symposium 2023", "Red River Valley Society of Medical Assistants", "2023-10-28", "4.0",
          "aama_ceu", True, None, notes="AAMA CEUs without category; two-day range")),
    ("photo-5-lodestar.jpg", j5, dict(dpi=115, rot=-7.0, bg="counter", motion=2, blur=0.6, noise=0.07, q=55),
     want("image", "Respirator Fit Testing and N95 Use", "Lodestar Safety Institute", "2024-02-20", "45", "minutes",
          notes="motion blur; next-fit-test month distractor")),
    ("photo-6-harbor-lights.png", j6, dict(dpi=100, rot=2.2, bg="bedsheet", blur=0.6, noise=0.02, max_side=1250,
                                           lean=0.03),
     want("image", "Telehealth Visit Preparation for Medical Assistants", "Harbor Lights Medical Group", "2024-09-05",
          "1.0", "contact_hours", notes="letter photo; not an AAMA-approved provider")),
    ("photo-7-brookstone.jpg", j7, dict(dpi=125, rot=-4.2, bg="clipboard", blur=0.8, noise=0.05, q=68,
                                        cut=(0.04, 0.02, 0.02, 0.05)),
     want("image", "Infection Prevention in Pediatric Clinics", "Brookstone Learning Collaborative", "2024-06-12",
          "0.15", "iacet_ceu", notes="IACET CEUs with contact-hour equivalent; edge cut off")),
    ("photo-8-keel-compass.jpg", j8, dict(dpi=120, rot=2.8, bg="monitor", screen=True, blur=0.8, noise=0.05, q=66,
                                          margin=0.04, glare=0.2),
     want("image", "Insurance Verification and Benefits Explanation for the Front Desk",
          "Keel & Compass Healthcare Training", "2024-01-12", "1.0", "aama_ceu", True, "administrative",
          notes="screen photo; everything in one sentence")),
    ("scan-1-flint-hills-fax.pdf", k1, dict(dpi=200, skew=0.6, style="fax", specks=600),
     want("scan", "Documentation Do\u2019s and Don\u2019ts in the EHR", "Flint Hills Chapter of Medical Assistants",
          "2024-06-04", "1.0", "aama_ceu", True, "administrative", notes="1-bit fax with fax header date next day")),
    ("scan-2-pine-barrens-copy.jpg", k2, dict(dpi=150, skew=-1.1, range=(50, 230), specks=900, q=60, binder_holes=True),
     want("scan", "Glucometer Competency and Quality Control", "Pine Barrens Medical Center", "2024-01-16", "0.5",
          "contact_hours", notes="competency form photocopy; validator date later; binder holes")),
    ("scan-3-cobalt-ridge.pdf", k3, dict(dpi=180, skew=0.9, range=(40, 240), specks=700, q=58),
     want("scan", "Ethics and Scope of Practice for Phlebotomy Technicians", "Cobalt Ridge Healthcare Institute",
          "2023-11-02", "1.0", "nha_credit", notes="image-only PDF")),
    ("scan-4-palmetto-split.pdf", k4, dict(dpi=150, skew=-0.7, range=(45, 232), specks=900, q=55, faded=True),
     want("scan", "Winter Education Seminar", "Palmetto Lowcountry Society of Medical Assistants", "2024-02-03", "3.0",
          "aama_ceu", True, None, {"administrative": "0.5", "clinical": "1.5", "general": "1.0"},
          notes="faded landscape copy; split table")),
    ("scan-5-lighthouse-point.png", k5, dict(dpi=150, skew=1.4, range=(60, 228), specks=600, flip_toner=True),
     want("scan", "Customer Service Recovery in the Medical Office", "Lighthouse Point Learning Institute",
          "2024-04-16", "0.2", "iacet_ceu", notes="PNG scan; label-value lines; two-day range")),
    ("scan-6-driftwood-typewriter.pdf", k6, dict(dpi=160, skew=-1.8, style="fax", specks=300),
     want("scan", "Medical Terminology: Gastrointestinal System", "Driftwood Health Education Co.", "2024-10-30", "2.0",
          "contact_hours", notes="monospace; 'not approved for AAMA CEUs'; MM-DD-YYYY")),
]


def write_image_pdf(img, path, page_size, dpi, q=None):
    when = time.gmtime(1704067200 + sum(map(ord, path.name)) * 3600)
    if img.mode != "1":
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=q or 60)
        img = Image.open(io.BytesIO(buf.getvalue()))
    img.save(path, "PDF", resolution=dpi, title="Scan", producer="Scanner", creator="Scanner",
             creationDate=when, modDate=when)


def main():
    manifest = {}
    for i, (fname, builder, opts, truth) in enumerate(ITEMS):
        seed = 91_231 + i * 104_729
        size, frames, story, deco = builder()
        pdf = build(size, frames, story, deco, seed)
        rnd = random.Random(seed * 3 + 1)
        dest = OUTDIR / fname
        if truth["kind"] == "pdf":
            dest.write_bytes(pdf)
        elif truth["kind"] == "image":
            pic = camera(pdf, rnd, opts)
            if fname.endswith(".png"):
                pic.save(dest, "PNG", optimize=True)
            else:
                pic.save(dest, "JPEG", quality=opts["q"], optimize=True)
        else:
            sc = scanner(pdf, rnd, opts)
            if fname.endswith(".pdf"):
                write_image_pdf(sc, dest, size, opts["dpi"], opts.get("q"))
            elif fname.endswith(".png"):
                sc.save(dest, "PNG", optimize=True)
            else:
                sc.save(dest, "JPEG", quality=opts["q"], optimize=True)
        manifest[fname] = truth
    (OUTDIR / "expected.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    big = max((OUTDIR / f).stat().st_size for f in manifest)
    print(f"{len(manifest)} files written; largest {big / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
