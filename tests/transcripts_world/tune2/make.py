"""Deterministic generator for the tune2 transcript corpus.

    .venv/bin/python tests/transcripts_world/tune2/make.py

Writes 12 transcripts (8 text PDFs, 4 scans) and expected.json next to this file.
Each transcript is described by its printed rows; expected.json is derived from the
same rows (only completed courses with credit > 0, in printed order).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageChops, ImageDraw, ImageFilter
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1  # no timestamps / random ids: byte-identical output

OUT = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/truetype/dejavu")
if not FONTS.exists():
    FONTS = Path("/usr/share/fonts/truetype")

for name in [
    "DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic",
    "DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSerifCondensed",
    "DejaVuSerifCondensed-Bold", "DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSans-Oblique",
]:
    pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{name}.ttf")))

BOLD = {
    "DejaVuSans": "DejaVuSans-Bold", "DejaVuSerif": "DejaVuSerif-Bold",
    "DejaVuSansCondensed": "DejaVuSansCondensed-Bold",
    "DejaVuSerifCondensed": "DejaVuSerifCondensed-Bold", "DejaVuSansMono": "DejaVuSansMono-Bold",
    "Courier": "Courier-Bold",
}

EXPECTED: dict = {}

# --------------------------------------------------------------------------- helpers

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fd(d: dt.date | None, style: str) -> str:
    if d is None:
        return ""
    return {
        "mm/dd/yyyy": f"{d.month:02}/{d.day:02}/{d.year}",
        "m/d/yy": f"{d.month}/{d.day}/{d.year % 100:02}",
        "m/d/yyyy": f"{d.month}/{d.day}/{d.year}",
        "iso": d.isoformat(),
        "Mon d, yyyy": f"{MON[d.month - 1]} {d.day}, {d.year}",
        "d Mon yyyy": f"{d.day} {MON[d.month - 1]} {d.year}",
        "d Month yyyy": f"{d.day} {MONTH[d.month - 1]} {d.year}",
        "dd-MON-yyyy": f"{d.day:02}-{MON[d.month - 1].upper()}-{d.year}",
        "Month dth, yyyy": f"{MONTH[d.month - 1]} {ordinal(d.day)}, {d.year}",
        "Month d, yyyy": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
    }[style]


def course(title, date, amount, unit, category=None, categories=None):
    c = {"title": title, "completed_on": date.isoformat(), "amount": amount, "unit": unit,
         "category": category}
    if categories:
        c["categories"] = categories
    return c


def record(name, kind, shape, provider, courses):
    EXPECTED[name] = {"kind": kind, "shape": shape, "provider": provider, "courses": courses}


def style(font, size, lead=None, align=0, bold=False, color=colors.black):
    return ParagraphStyle(
        f"s{font}{size}{align}{bold}", fontName=BOLD[font] if bold else font, fontSize=size,
        leading=lead or size * 1.22, alignment=align, textColor=color,
    )


def P(text, st):
    return Paragraph(escape(text).replace("\n", "<br/>"), st)


def build(path, pagesize, story, first=None, later=None, margins=(0.75, 0.75, 0.75, 0.75)):
    l, r, t, b = margins
    doc = SimpleDocTemplate(
        str(path), pagesize=pagesize, leftMargin=l * inch, rightMargin=r * inch,
        topMargin=t * inch, bottomMargin=b * inch, title="", author="", subject="", creator="",
    )
    first = first or (lambda c, d: None)
    doc.build(story, onFirstPage=first, onLaterPages=later or first)


def page_count(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages")))


def scanify(pdf: Path, out: Path, seed: int, as_pdf: bool):
    """Rasterise at 150 dpi, tilt <= 2 degrees, add grey noise, JPEG quality ~70."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = []
        for png in sorted(Path(tmp).glob("p*.png")):
            im = Image.open(png).convert("L")
            angle = rng.uniform(0.4, 1.8) * rng.choice([-1, 1])
            im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            w, h = im.size
            raw = Image.frombytes("L", (w, h), rng.randbytes(w * h))
            noise = raw.point(lambda v: 128 + (v - 128) * 22 // 128)
            im = ImageChops.add(im, noise, 1.0, -128)
            # paper tint: darken slightly, a few specks
            im = im.point(lambda v: int(v * 0.93) + 6)
            draw = ImageDraw.Draw(im)
            for _ in range(rng.randint(60, 140)):
                x, y, r = rng.randrange(w), rng.randrange(h), rng.choice([0.6, 1, 1, 1.5, 2])
                draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.randint(40, 120))
            pages.append(im)
    if as_pdf:
        jpgs = []
        for im in pages:
            buf = tempfile.SpooledTemporaryFile()
            im.save(buf, "JPEG", quality=70)
            buf.seek(0)
            jpgs.append(Image.open(buf))
        fixed = dt.datetime(2025, 11, 3, 9, 0, 0).timetuple()
        jpgs[0].save(out, "PDF", resolution=150.0, save_all=True, append_images=jpgs[1:],
                     creationDate=fixed, modDate=fixed, producer="ScanSnap", title="scan")
    else:
        assert len(pages) == 1, out
        pages[0].save(out, "JPEG", quality=70)


# --------------------------------------------------------------------------- 1. AAMA, full grid

AAMA = "American Association of Medical Assistants"


def aama_grid():
    name = "aama_ceu_transcript_grid.pdf"
    f = "DejaVuSans"
    body, head = style(f, 9), style(f, 9, bold=True)
    rows = [["Course Title", "Date Completed", "CEUs", "Category"]]
    sections, totals, expected = [], [], []
    data = {
        "2024": [
            ("Bloodborne Pathogens and Needlestick Safety for the Ambulatory Setting", "2024-02-12", "1.0", "Clinical"),
            ("HIPAA Privacy Rule Refresher", "2024-03-03", "0.5", "Administrative"),
            ("Professionalism, Ethics, and Scope of Practice†", "2024-05-21", "1.0", "General"),
            ("Electrocardiography: Lead Placement and Artifact Recognition", "2024-07-09", "2.0", "Clinical"),
            ("Coding Basics: ICD-10-CM Guidelines for Outpatient Encounters", "2024-10-30", "1.5", "Administrative"),
        ],
        "2025": [
            ("Pharmacology Review: Anticoagulants and Antiplatelet Agents", "2025-01-18", "1.0", "Clinical"),
            ("Telehealth Visit Preparation", "2025-02-27", "0.5", "Administrative"),
            ("Communicating with Patients Who Have Limited English Proficiency", "2025-04-11", "1.0", "General"),
            ("Vital Signs in Pediatric Patients", None, "", "Clinical"),
            ("Point-of-Care Testing and CLIA-Waived Procedures", "2025-06-02", "1.5", "Clinical"),
        ],
    }
    grand = Decimal(0)
    for year, items in data.items():
        sections.append(len(rows))
        rows.append([year, "", "", ""])
        sub = Decimal(0)
        for title, date, amt, cat in items:
            d = D(date) if date else None
            rows.append([P(title, body), fd(d, "mm/dd/yyyy"), amt, cat])
            if d and amt:
                sub += Decimal(amt)
                expected.append(course(title.rstrip("†*"), d, amt, "aama_ceus", cat.lower()))
        totals.append(len(rows))
        rows.append([f"{year} Total", "", str(sub), ""])
        grand += sub
    ts = [
        ("FONT", (0, 0), (-1, -1), f, 9),
        ("FONT", (0, 0), (-1, 0), BOLD[f], 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfe0f1")),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (2, 0), (2, -1), "CENTER"),
    ]
    for r in sections:
        ts += [("SPAN", (0, r), (-1, r)), ("FONT", (0, r), (-1, r), BOLD[f], 10),
               ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eeeeee"))]
    for r in totals:
        ts += [("FONT", (0, r), (-1, r), BOLD[f], 9), ("ALIGN", (0, r), (0, r), "RIGHT")]
    table = Table(rows, colWidths=[3.5 * inch, 1.2 * inch, 0.7 * inch, 1.3 * inch])
    table.setStyle(TableStyle(ts))

    def page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#1d4f91"))
        c.roundRect(0.75 * inch, 9.85 * inch, 1.1 * inch, 0.55 * inch, 6, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(BOLD[f], 20)
        c.drawCentredString(1.3 * inch, 10.03 * inch, "AAMA")
        c.setFillColor(colors.HexColor("#1d4f91"))
        c.setFont(BOLD[f], 13)
        c.drawString(2.0 * inch, 10.2 * inch, AAMA)
        c.setFont(f, 10)
        c.drawString(2.0 * inch, 9.98 * inch, "e-Learning Center  |  CEU Transcript")
        c.setFillColor(colors.black)
        c.setFont(f, 8)
        c.drawRightString(7.75 * inch, 0.5 * inch, f"Page {doc.page} of 1")
        c.drawString(0.75 * inch, 0.5 * inch, "Transcript generated 01/14/2026")
        c.restoreState()

    story = [
        Spacer(1, 0.6 * inch),
        P("Member: Dana R. Whitfield, CMA (AAMA)        Member ID: 0048213", style(f, 10)),
        P("Certification expires: 06/30/2026", style(f, 10)),
        Spacer(1, 0.2 * inch),
        table,
        Spacer(1, 0.15 * inch),
        P(f"Total CEUs earned: {grand}  (Administrative 2.5 · Clinical 5.5 · General 2.0)", style(f, 9, bold=True)),
        Spacer(1, 0.1 * inch),
        P("† Course retired 12/31/2024; credit earned before retirement remains valid.", style(f, 7.5)),
    ]
    build(OUT / name, letter, story, page)
    record(name, "pdf", "aama", AAMA, expected)


# --------------------------------------------------------------------------- 2. AAMA, landscape, no lines

def aama_landscape():
    name = "aama_elearning_ceus_landscape.pdf"
    f = "DejaVuSerif"
    body = style(f, 9.5)
    hd = style(f, 9.5, bold=True)
    hdr = style(f, 9.5, bold=True, align=TA_RIGHT)
    rows = [[P("Date\nEarned", hd), P("CE\nUnits", hdr), P("Content\nCategory", hd), P("Activity Name", hd)]]
    items = [
        ("2025-09-18", "1.5", "Admin 0.5, Clin 1.0", "Medication Reconciliation and Documentation in the Electronic Health Record"),
        ("2025-08-02", "1.0", "Clin", "Sterilization and Disinfection of Reusable Instruments"),
        ("2025-06-30", "0.5", "Gen", "Workplace Violence Prevention for Front-Line Staff"),
        ("2025-04-14", "2.0", "Admin 1.0, Gen 1.0", "Revenue Cycle Fundamentals: Insurance Verification, Prior Authorization, and Claim Denials"),
        ("2025-01-09", "1.0", "Admin", "Scheduling Strategies to Reduce No-Shows"),
        ("2024-11-21", "1.0", "Clin", "Phlebotomy Order of Draw*"),
        ("2024-10-03", "0.5", "Gen", "Cultural Humility in Patient Care"),
        ("2024-02-06", "1.5", "Clin", "Recognizing Sepsis in the Outpatient Clinic"),
    ]
    full = {"Admin": "administrative", "Clin": "clinical", "Gen": "general"}
    expected, total = [], Decimal(0)
    for date, amt, cat, title in items:
        d = D(date)
        rows.append([fd(d, "Mon d, yyyy"), amt, cat, P(title, body)])
        total += Decimal(amt)
        if "," in cat:
            parts = dict(p.split() for p in cat.split(", "))
            cats = {full[k]: v for k, v in parts.items()}
            expected.append(course(title.rstrip("*"), d, amt, "aama_ceus", None, cats))
        else:
            expected.append(course(title.rstrip("*"), d, amt, "aama_ceus", full[cat]))
    rows.append(["TOTAL CEUs", str(total), "Admin 2.5 · Clin 4.5 · Gen 2.0", ""])
    ts = [
        ("FONT", (0, 0), (-1, -1), f, 9.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("RIGHTPADDING", (1, 0), (1, -1), 14),
        ("FONT", (0, -1), (-1, -1), BOLD[f], 9.5),
        ("TOPPADDING", (0, 1), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        ("TOPPADDING", (0, -1), (-1, -1), 12),
    ]
    table = Table(rows, colWidths=[1.25 * inch, 0.8 * inch, 1.9 * inch, 4.4 * inch])
    table.setStyle(TableStyle(ts))
    W, H = landscape(letter)

    def page(c, doc):
        c.saveState()
        c.setFont(f, 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawCentredString(W / 2, 0.45 * inch,
                            f"AAMA e-Learning Center · {AAMA} · This transcript lists AAMA-approved CEUs only.")
        c.restoreState()

    story = [
        P("Continuing Education Unit (CEU) Transcript", style(f, 17, bold=True)),
        Spacer(1, 6),
        P("Recipient: Marisol T. Oyelaran, CMA (AAMA)", style(f, 10)),
        P("Reporting period: 01/01/2023 – 12/31/2025        Printed: 11/03/2025", style(f, 10)),
        Spacer(1, 0.3 * inch),
        table,
        Spacer(1, 0.25 * inch),
        P("* Includes a proctored skills checklist submitted by the learner's supervisor.", style(f, 8)),
    ]
    build(OUT / name, landscape(letter), story, page, margins=(0.8, 0.8, 0.7, 0.8))
    record(name, "pdf", "aama", AAMA, expected)


# --------------------------------------------------------------------------- 3. AAMA, caps header, rules only, 2 pages

def aama_report():
    name = "aama_ceu_activity_report.pdf"
    f = "DejaVuSerifCondensed"
    body = style(f, 10, lead=12.5)
    cat_st = style(f, 9.5, lead=11.5)
    head = style(f, 9.5, bold=True, color=colors.white)
    headr = style(f, 9.5, bold=True, color=colors.white, align=TA_RIGHT)
    rows = [[P("#", head), P("COURSE", head), P("CATEGORY", head), P("CEUs", headr), P("COMPLETED", head)]]
    items = [
        ("Diabetes Management Update for the Medical Assistant", "2023-03-14", "1.0", "Clinical"),
        ("Front Office Customer Service", "2023-04-02", "0.5", "Administrative"),
        ("Understanding Medicare Annual Wellness Visits: Documentation, Coding, and Patient Preparation", "2023-05-19", "1.5", "Administrative 1.0|Clinical 0.5"),
        ("Mindfulness and Stress Reduction for Health Care Workers", "2023-06-08", "1.0", "General"),
        ("Urinalysis: Physical, Chemical, and Microscopic Examination", "2023-08-22", "2.0", "Clinical"),
        ("Ethics Case Studies in Ambulatory Care", "2023-09-30", "1.0", "General"),
        ("Managing Difficult Conversations", None, "1.0", "General"),
        ("Immunizations Across the Lifespan: Schedules, Storage, and Administration Errors", "2023-11-11", "2.0", "Clinical"),
        ("Records Retention and Release of Information", "2024-01-25", "0.5", "Administrative"),
        ("Allergy Testing and Immunotherapy Support", "2024-02-29", "1.0", "Clinical"),
        ("Workplace Diversity, Equity, and Inclusion", "2024-04-03", "0.5", "General"),
        ("Medical Assistant Role in Team-Based Care and Population Health Management", "2024-05-21", "1.5", "Administrative 0.5|General 1.0"),
        ("Ophthalmic Screening: Visual Acuity and Color Vision", "2024-06-13", "1.0", "Clinical"),
        ("Emergency Preparedness in the Physician Office", "2024-08-01", "1.0", "Clinical"),
        ("Interpersonal Communication with Grieving Families", "2024-09-17", "0.5", "General"),
        ("Practice Management Software: Reporting and Analytics", "2024-10-08", "1.0", "Administrative"),
        ("Obstetric and Gynecologic Exam Assisting", "2024-12-02", "1.5", "Clinical"),
        ("Opioid Stewardship and Patient Education", "2025-01-21", "1.0", "Clinical 0.5|General 0.5"),
        ("Credentialing, Privileging, and Payer Enrollment Basics", "2025-03-05", "1.0", "Administrative"),
        ("Nutrition Counseling Support: Reading Food Labels with Patients", "2025-04-23", "0.5", "General"),
        ("Minor Surgical Procedures: Setting Up and Maintaining a Sterile Field", "2025-06-12", "2.0", "Clinical"),
        ("Compliance Programs for Small Practices", "2025-07-31", "1.0", "Administrative"),
        ("Cardiac Rhythm Strip Basics", None, "", "Clinical"),
        ("Hearing Screening and Audiometry", "2025-09-04", "0.5", "Clinical"),
    ]
    expected = []
    for i, (title, date, amt, cat) in enumerate(items, 1):
        d = D(date) if date else None
        rows.append([str(i), P(title, body), P(cat.replace("|", "\n"), cat_st), amt,
                     fd(d, "Month dth, yyyy") if d else "Not completed"])
        if d and amt:
            if "|" in cat:
                cats = {p.split()[0].lower(): p.split()[1] for p in cat.split("|")}
                expected.append(course(title, d, amt, "aama_ceus", None, cats))
            else:
                expected.append(course(title, d, amt, "aama_ceus", cat.lower()))
    ts = [
        ("FONT", (0, 0), (-1, -1), f, 10),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2f4f4f")),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (3, 0), (3, -1), "RIGHT"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#888888")),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("TEXTCOLOR", (0, 1), (0, -1), colors.HexColor("#777777")),
    ]
    table = Table(rows, colWidths=[0.35 * inch, 3.0 * inch, 1.4 * inch, 0.55 * inch, 1.6 * inch], repeatRows=1)
    table.setStyle(TableStyle(ts))
    W, H = A4

    def page(c, doc):
        c.saveState()
        c.setStrokeColor(colors.HexColor("#2f4f4f"))
        c.setFillColor(colors.HexColor("#2f4f4f"))
        c.circle(0.95 * inch, H - 0.75 * inch, 0.33 * inch, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(BOLD[f], 11)
        c.drawCentredString(0.95 * inch, H - 0.79 * inch, "AAMA")
        c.setFillColor(colors.HexColor("#2f4f4f"))
        c.setFont(BOLD[f], 14)
        c.drawString(1.45 * inch, H - 0.7 * inch, AAMA.upper())
        c.setFont(f, 10)
        c.drawString(1.45 * inch, H - 0.9 * inch, "CEU Activity Report — CMA (AAMA) Recertification")
        c.line(0.6 * inch, H - 1.15 * inch, W - 0.6 * inch, H - 1.15 * inch)
        c.setFont(f, 8)
        c.setFillColor(colors.black)
        c.drawRightString(W - 0.6 * inch, 0.45 * inch, f"Page {doc.page}")
        c.restoreState()

    story = [
        P("Prepared for: Keisha L. Brandt, CMA (AAMA) — CMA #1187340", style(f, 10)),
        P("Recertification period: 03/01/2023 through 02/28/2026", style(f, 10)),
        Spacer(1, 0.15 * inch),
        table,
        Spacer(1, 0.12 * inch),
        P("Courses without a completion date are in progress and carry no credit until completed.", style(f, 8.5)),
    ]
    build(OUT / name, A4, story, page, margins=(0.6, 0.6, 1.35, 0.75))
    assert page_count(OUT / name) >= 2
    record(name, "pdf", "aama", AAMA, expected)


# --------------------------------------------------------------------------- 4. AAMA scan, grouped by category

def aama_scan():
    name = "aama_ceu_by_category_scan.jpg"
    f = "DejaVuSerif"
    body = style(f, 10)
    rows = [["Program Title", "Date Awarded", "Units"]]
    groups = {
        "Administrative": [
            ("Patient Scheduling and Access Management", "2025-01-14", "1.0"),
            ("Documentation Guidelines for Evaluation and Management Services", "2025-03-03", "1.5"),
            ("Managing Patient Financial Responsibility", "2025-08-22", "0.5"),
        ],
        "Clinical": [
            ("Safe Injection Practices", "2025-02-09", "0.5"),
            ("Asthma Action Plans and Peak Flow Monitoring", "2025-04-17", "1.0"),
            ("Hypertension Control: Accurate Blood Pressure Measurement", "2025-06-05", "1.0"),
            ("Wound Assessment Essentials", None, "—"),
        ],
        "General": [
            ("Emotional Intelligence in Health Care Teams", "2025-05-28", "1.0"),
            ("Health Literacy and Teach-Back", "2025-09-30", "0.5"),
        ],
    }
    heads, subs, expected, total = [], [], [], Decimal(0)
    for cat, items in groups.items():
        heads.append(len(rows))
        rows.append([cat.upper(), "", ""])
        sub = Decimal(0)
        for title, date, amt in items:
            d = D(date) if date else None
            rows.append([P(title, body), fd(d, "d Month yyyy") if d else "In progress", amt])
            if d:
                sub += Decimal(amt)
                expected.append(course(title, d, amt, "aama_ceus", cat.lower()))
        subs.append(len(rows))
        rows.append([f"Subtotal — {cat}", "", str(sub)])
        total += sub
    rows.append(["Total AAMA CEUs", "", str(total)])
    ts = [
        ("FONT", (0, 0), (-1, -1), f, 10),
        ("FONT", (0, 0), (-1, 0), BOLD[f], 10.5),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black),
        ("FONT", (0, -1), (-1, -1), BOLD[f], 10.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("ALIGN", (1, 0), (1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    zebra = 0
    for r in range(1, len(rows) - 1):
        if r in heads:
            ts += [("SPAN", (0, r), (-1, r)), ("FONT", (0, r), (-1, r), BOLD[f], 10),
                   ("TOPPADDING", (0, r), (-1, r), 12)]
            zebra = 0
        elif r in subs:
            ts += [("FONT", (0, r), (-1, r), "DejaVuSerif-Italic", 9.5)]
        else:
            if zebra % 2:
                ts.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#e6e6e6")))
            zebra += 1
    table = Table(rows, colWidths=[3.9 * inch, 1.7 * inch, 0.9 * inch])
    table.setStyle(TableStyle(ts))
    story = [
        P(AAMA, style(f, 16, bold=True, align=TA_CENTER)),
        P("Continuing Education Registry — CEU Transcript by Content Area", style(f, 11, align=TA_CENTER)),
        Spacer(1, 0.25 * inch),
        P("Name: Tomasz Wiśniewski, CMA (AAMA)", style(f, 10)),
        P("Statement date: 10/15/2025", style(f, 10)),
        Spacer(1, 0.25 * inch),
        table,
        Spacer(1, 0.2 * inch),
        P("Units are AAMA CEUs. Programs shown as in progress have not been awarded.", style(f, 8.5)),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "src.pdf"
        build(pdf, letter, story, margins=(1.0, 1.0, 0.9, 0.9))
        scanify(pdf, OUT / name, 4, as_pdf=False)
    record(name, "scan", "aama", AAMA, expected)


# --------------------------------------------------------------------------- 5. LMS, zebra, sections, repeated header

def lms_riverbend():
    name = "riverbend_lms_training_transcript.pdf"
    provider = "Riverbend Health Partners"
    f = "DejaVuSansCondensed"
    body = style(f, 10, lead=12.5)
    head = style(f, 9.5, bold=True, color=colors.white)
    headr = style(f, 9.5, bold=True, color=colors.white, align=TA_RIGHT)
    rows = [[P("Course Code", head), P("Course Title", head), P("Status", head), P("Completed On", head),
             P("Score", headr), P("Credit Hours", headr)]]
    sections = {
        "Mandatory Compliance": [
            ("RHP-CMP-101", "Annual HIPAA Privacy and Security Training", "Completed", "2025-01-15", "100%", "1.00"),
            ("RHP-CMP-104", "Fire Safety, Emergency Codes, and Evacuation Procedures", "Completed", "2025-01-22", "95%", "0.50"),
            ("RHP-CMP-110", "Code of Conduct Attestation", "Completed", "2025-01-22", "—", "0.00"),
            ("RHP-CMP-112", "Bloodborne Pathogens Exposure Control Plan (OSHA 29 CFR 1910.1030)", "Completed", "2025-02-03", "90%", "1.00"),
            ("RHP-CMP-118", "Workplace Harassment Prevention for Non-Supervisory Employees", "Completed", "2025-02-19", "88%", "1.50"),
            ("RHP-CMP-120", "Hazard Communication and Safety Data Sheets", "Waived", "2025-02-19", "—", "0.00"),
            ("RHP-CMP-125", "Fraud, Waste, and Abuse: Medicare Parts C and D", "Expired", None, "—", "1.00"),
            ("RHP-CMP-131", "Patient Identification and Specimen Labeling", "Failed", "2025-03-04", "60%", "0.75"),
            ("RHP-CMP-131", "Patient Identification and Specimen Labeling", "Completed", "2025-03-06", "92%", "0.75"),
            ("RHP-CMP-140", "Infection Prevention: Hand Hygiene and Transmission-Based Precautions", "Completed", "2025-04-10", "97%", "1.00"),
            ("RHP-CMP-150", "Active Shooter Response", "Not Started", None, "", "0.50"),
        ],
        "Elective": [
            ("RHP-ELC-203", "Motivational Interviewing Techniques for Chronic Disease Management", "Completed", "2024-11-12", "85%", "2.00"),
            ("RHP-ELC-207", "Diabetes Self-Management Education: The Medical Assistant's Role", "Completed", "2024-12-05", "91%", "1.25"),
            ("RHP-ELC-215", "Spirometry Testing Technique and Quality Control", "In Progress", None, "", "1.00"),
            ("RHP-ELC-219", "Immunization Storage and Handling (Vaccines for Children Program)", "Completed", "2025-05-28", "100%", "1.50"),
            ("RHP-ELC-222", "De-escalation Skills for the Front Desk", "Completed", "2025-06-17", "80%", "0.50"),
            ("RHP-ELC-230", "Introduction to Social Determinants of Health Screening", "Completed", "2025-07-01", "94%", "0.25"),
            ("RHP-ELC-241", "Ear Irrigation and Cerumen Management", "Completed", "2025-08-14", "89%", "1.00"),
            ("RHP-ELC-245", "Caring for Patients with Dementia in the Ambulatory Setting", "Completed", "2025-09-09", "93%", "1.50"),
            ("RHP-ELC-250", "Lean Principles for Clinic Workflow", "Not Started", None, "", "1.00"),
        ],
        "Competency Validation": [
            ("RHP-CV-301", "Point-of-Care Glucose Meter Competency", "Completed", "2025-03-12", "Pass", "0.50"),
            ("RHP-CV-305", "Electrocardiogram Acquisition Skills Check", "Completed", "2025-03-12", "Pass", "0.50"),
            ("RHP-CV-310", "Injection Administration: IM, SC and ID Routes", "Completed", "2025-03-19", "Pass", "1.00"),
            ("RHP-CV-315", "Pediatric Vital Signs and Growth Charts", "Completed", "2025-10-02", "Pass", "0.75"),
        ],
    }
    ts = [
        ("FONT", (0, 0), (-1, -1), f, 10),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#00695c")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (4, 0), (5, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    expected, total = [], Decimal(0)
    for sec, items in sections.items():
        r = len(rows)
        rows.append([sec, "", "", "", "", ""])
        ts += [("SPAN", (0, r), (-1, r)), ("FONT", (0, r), (-1, r), BOLD[f], 10.5),
               ("LINEBELOW", (0, r), (-1, r), 1, colors.HexColor("#00695c")),
               ("TOPPADDING", (0, r), (-1, r), 12)]
        for i, (code, title, status, date, score, hrs) in enumerate(items):
            d = D(date) if date else None
            rows.append([code, P(title, body), status, fd(d, "iso"), score, hrs])
            if i % 2:
                ts.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#e8f3f1")))
            if status == "Completed" and d and Decimal(hrs) > 0:
                expected.append(course(title, d, hrs, "contact_hours"))
                total += Decimal(hrs)
    table = Table(rows, colWidths=[1.0 * inch, 3.05 * inch, 0.9 * inch, 1.0 * inch, 0.55 * inch, 0.75 * inch],
                  repeatRows=1)
    table.setStyle(TableStyle(ts))

    def page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#00695c"))
        c.rect(0, 10.55 * inch, 8.5 * inch, 0.45 * inch, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(BOLD[f], 13)
        c.drawString(0.6 * inch, 10.7 * inch, provider)
        c.setFont(f, 10)
        c.drawRightString(7.9 * inch, 10.7 * inch, "Learning Hub · Training Transcript")
        c.setFillColor(colors.black)
        c.setFont(f, 8)
        c.drawString(0.6 * inch, 0.45 * inch, "Report: LRN-TRN-007   Run date: 2025-10-20 08:14")
        c.drawRightString(7.9 * inch, 0.45 * inch, f"Page {doc.page}")
        c.restoreState()

    story = [
        P("Learner: Andre P. Villanueva    Employee ID: 204418    Job title: Medical Assistant II", style(f, 10)),
        P("Department: Family Medicine – Eastside Clinic    Manager: R. Castellanos", style(f, 10)),
        P("Date range: 2024-07-01 to 2025-10-20    Statuses: All", style(f, 10)),
        Spacer(1, 0.2 * inch),
        table,
        Spacer(1, 0.15 * inch),
        P(f"Total credit hours, completed courses: {total:.2f}", style(f, 10, bold=True)),
    ]
    build(OUT / name, letter, story, page, margins=(0.6, 0.6, 0.8, 0.75))
    assert page_count(OUT / name) >= 2
    record(name, "pdf", "lms", provider, expected)


# --------------------------------------------------------------------------- 6. LMS, Courier, tight columns

def lms_lakeshore():
    name = "lakeshore_learner_transcript_courier.pdf"
    provider = "Lakeshore Clinic Network"
    f = "Courier"
    body = style(f, 9, lead=10)
    rows = [["MODULE ID", "MODULE", "FINISH DATE", "DURATION", "STATUS", "SCORE"]]

    def minutes(s):
        h, m = 0, 0
        for part in s.split():
            if part.endswith("h"):
                h = int(part[:-1])
            elif part.endswith("m"):
                m = int(part[:-1])
        return h * 60 + m

    def hm(n):
        return f"{n // 60}h {n % 60:02}m"

    years = {
        "2024": [
            ("LCN-0412", "Annual OSHA Safety Update for Ambulatory Clinics", "2024-02-14", "1h 30m", "COMPLETE", "96"),
            ("LCN-0415", "Customer Service Excellence: Telephone Etiquette", "2024-04-02", "45m", "COMPLETE", "100"),
            ("LCN-0420", "Epic Ambulatory Rooming Workflow", "2024-06-19", "2h", "COMPLETE", "88"),
            ("LCN-0433", "Controlled Substance Handling and Sample Closet Inventory", "2024-08-23", "1h 15m", "COMPLETE", "91"),
            ("LCN-0437", "Privacy Breach Reporting", None, "30m", "IN PROGRESS", ""),
            ("LCN-0440", "Cold Chain Management for Vaccines", "2024-11-07", "0h 20m", "COMPLETE", "100"),
        ],
        "2025": [
            ("LCN-0502", "Emergency Preparedness: Medical Emergencies in the Clinic", "2025-01-08", "1h 45m", "COMPLETE", "90"),
            ("LCN-0507", "Specimen Collection: Urine, Throat, and Nasopharyngeal Swabs", "2025-03-05", "1h 30m", "COMPLETE", "94"),
            ("LCN-0511", "Language Access Services and Working with Interpreters", "2025-03-28", "50m", "FAILED", "65"),
            ("LCN-0515", "Anaphylaxis Recognition and Epinephrine Auto-Injector Use", "2025-05-16", "1h", "COMPLETE", "100"),
            ("LCN-0519", "Patient Portal Enrollment Coaching", "2025-05-16", "--", "WAIVED", "--"),
            ("LCN-0522", "Wound Care Basics: Dressing Changes and Suture Removal", "2025-07-30", "2h 10m", "COMPLETE", "87"),
        ],
    }
    ts = [
        ("FONT", (0, 0), (-1, -1), f, 9),
        ("FONT", (0, 0), (-1, 0), BOLD[f], 9),
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("ALIGN", (3, 0), (3, -1), "RIGHT"),
        ("RIGHTPADDING", (3, 0), (3, -1), 5),
        ("RIGHTPADDING", (1, 0), (1, -1), 5),
        ("ALIGN", (5, 0), (5, -1), "RIGHT"),
    ]
    expected = []
    for year, items in years.items():
        sub = 0
        for code, title, date, dur, status, score in items:
            d = D(date) if date else None
            rows.append([code, P(title, body), fd(d, "dd-MON-yyyy"), dur, status, score])
            if status == "COMPLETE" and d:
                m = minutes(dur)
                sub += m
                expected.append(course(title, d, str(m), "minutes"))
        r = len(rows)
        rows.append(["", f"TOTAL {year} (COMPLETED)", "", hm(sub), "", ""])
        ts += [("LINEABOVE", (3, r), (3, r), 0.5, colors.black), ("FONT", (0, r), (-1, r), BOLD[f], 9),
               ("BOTTOMPADDING", (0, r), (-1, r), 8)]
    ts.append(("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black))
    # deliberately cramped: columns barely wider than their text
    table = Table(rows, colWidths=[0.76 * inch, 2.5 * inch, 0.92 * inch, 0.7 * inch, 0.86 * inch, 0.42 * inch])
    table.setStyle(TableStyle(ts))
    W, H = landscape(letter)

    def page(c, doc):
        c.saveState()
        c.setFont(f, 8)
        c.drawString(0.7 * inch, 0.45 * inch, f"{provider.upper()} -- LEARNING & DEVELOPMENT")
        c.drawRightString(W - 0.7 * inch, 0.45 * inch, "CONFIDENTIAL  PG 1/1")
        c.restoreState()

    story = [
        P("LEARNER TRANSCRIPT", style(f, 14, bold=True)),
        Spacer(1, 4),
        P("LEARNER: NGUYEN, THANH-HUONG          USER ID: tnguyen42", style(f, 9)),
        P("ROLE: MEDICAL ASSISTANT / PEDIATRICS   RUN: 02-OCT-2025 07:31", style(f, 9)),
        Spacer(1, 0.2 * inch),
        table,
    ]
    build(OUT / name, landscape(letter), story, page, margins=(0.7, 3.2, 0.6, 0.7))
    record(name, "pdf", "lms", provider, expected)


# --------------------------------------------------------------------------- 7. LMS, full grid, bottom aligned, break w/o header

def lms_summit():
    name = "summit_ridge_learning_record.pdf"
    provider = "Summit Ridge Medical Group"
    f = "DejaVuSans"
    body = style(f, 9.5, lead=11.5)
    hd = style(f, 9, bold=True)
    hdc = style(f, 9, bold=True, align=TA_CENTER)
    rows = [[P("Awarded", hd), P("Activity Name", hd), P("Type", hd), P("Contact\nHrs", hdc), P("Status", hd)]]
    items = [
        ("2024-01-08", "New Hire Orientation: Mission, Values, and Service Standards", "Instructor-Led", "4.0", "Completed"),
        ("2024-01-09", "Electronic Health Record Basics for Clinical Support Staff*", "Instructor-Led", "3.5", "Completed"),
        ("2024-01-09", "Policy Acknowledgement: Acceptable Use of Technology", "Document", "0.0", "Completed"),
        ("2024-01-22", "Standard Precautions and Personal Protective Equipment", "eLearning", "1.0", "Completed"),
        ("2024-02-14", "Heart Failure Patient Education", "eLearning", "0.5", "Completed"),
        (None, "Chronic Kidney Disease: Lab Monitoring", "eLearning", "1.0", "Registered"),
        ("2024-03-27", "Collecting Patient Histories: Medications, Allergies, and Social History", "Virtual Classroom", "2.0", "Completed"),
        ("2024-04-18", "Basic Life Support (BLS) Provider Renewal*", "Instructor-Led", "4.0", "Completed"),
        ("2024-05-06", "Telephone Triage Protocols for Medical Assistants", "eLearning", "1.5", "Completed"),
        ("2024-05-06", "Hazardous Waste Segregation", "eLearning", "0.5", "Waived"),
        ("2024-06-20", "Preventing Falls in the Clinic Environment", "eLearning", "0.5", "Completed"),
        ("2024-07-15", "Preparing Patients for Colonoscopy and Other Outpatient Procedures", "eLearning", "1.0", "Completed"),
        ("2024-08-29", "Prenatal Visit Workflow", "Virtual Classroom", "1.5", "Completed"),
        (None, "Latex Allergy Awareness", "eLearning", "0.5", "Expired"),
        ("2024-10-03", "Body Mechanics and Back Injury Prevention", "eLearning", "0.5", "Completed"),
        ("2024-11-12", "Influenza and COVID-19 Vaccine Administration Update", "eLearning", "1.0", "Completed"),
        ("2024-12-10", "Annual Compliance Bundle: HIPAA, Fraud and Abuse, Conflicts of Interest", "eLearning", "2.0", "Completed"),
        ("2025-01-16", "Improving Patient Experience Scores", "Virtual Classroom", "1.0", "Cancelled"),
        ("2025-02-05", "Orthopedic Casting and Splinting Assistance", "Instructor-Led", "3.0", "Completed"),
        ("2025-03-19", "Identifying and Reporting Elder Abuse and Neglect", "eLearning", "1.0", "Completed"),
        ("2025-04-24", "Precepting New Medical Assistants", "Virtual Classroom", "2.5", "Completed"),
        ("2025-06-11", "Medication Administration Safety: The Seven Rights", "eLearning", "1.0", "Completed"),
        ("2025-07-07", "Sharps Disposal Refresher", "eLearning", "0.25", "Completed"),
        ("2025-08-21", "Pediatric Immunization Catch-Up Schedules", "eLearning", "1.0", "Completed"),
        (None, "Advanced Cardiac Monitoring for Clinic Staff", "Instructor-Led", "6.0", "Registered"),
    ]
    expected, total = [], Decimal(0)
    for date, title, typ, hrs, status in items:
        d = D(date) if date else None
        rows.append([fd(d, "m/d/yyyy"), P(title, body), typ, hrs, status])
        if status == "Completed" and d and Decimal(hrs) > 0:
            expected.append(course(title.rstrip("*"), d, hrs, "contact_hours"))
            total += Decimal(hrs)
    rows.append(["", "Total contact hours (completed)", "", str(total), ""])
    ts = [
        ("FONT", (0, 0), (-1, -1), f, 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (3, 0), (3, -1), "CENTER"),
        ("FONT", (0, -1), (-1, -1), BOLD[f], 9),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    table = Table(rows, colWidths=[0.95 * inch, 3.1 * inch, 1.35 * inch, 0.85 * inch, 0.95 * inch], repeatRows=0)
    table.setStyle(TableStyle(ts))

    def first(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#7a1f1f"))
        p = c.beginPath()
        p.moveTo(0.65 * inch, 9.95 * inch)
        p.lineTo(0.98 * inch, 10.5 * inch)
        p.lineTo(1.31 * inch, 9.95 * inch)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.setFont(BOLD[f], 15)
        c.drawString(1.45 * inch, 10.2 * inch, provider)
        c.setFont(f, 8.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(1.45 * inch, 10.0 * inch, "Workforce Development & Clinical Education")
        later(c, doc)
        c.restoreState()

    def later(c, doc):
        c.saveState()
        c.setFont(f, 7.5)
        c.drawCentredString(4.25 * inch, 0.4 * inch, f"{doc.page}")
        c.restoreState()

    story = [
        Spacer(1, 0.55 * inch),
        P("Individual Learning Record", style(f, 13, bold=True)),
        Spacer(1, 4),
        P("Employee: Priya S. Raman    Position: Certified Medical Assistant    Hire date: 1/2/2024", style(f, 9.5)),
        P("Location: Summit Ridge Internal Medicine, Suite 300", style(f, 9.5)),
        Spacer(1, 0.2 * inch),
        table,
        Spacer(1, 0.15 * inch),
        P("* Instructor-led sessions are credited at their scheduled length.", style(f, 8)),
    ]
    build(OUT / name, letter, story, first, later, margins=(0.6, 0.6, 0.7, 0.7))
    assert page_count(OUT / name) >= 2
    record(name, "pdf", "lms", provider, expected)


# --------------------------------------------------------------------------- 8. LMS scan, minutes, centered

def lms_mercy_scan():
    name = "mercy_hollow_education_transcript_scan.pdf"
    provider = "Mercy Hollow Health System"
    f = "DejaVuSans"
    body = style(f, 9.5, lead=11.5)
    rows = [["Session", "Course Number", "Date Completed", "Minutes", "Result"]]
    items = [
        ("New Employee Clinical Orientation: Ambulatory Services", "MHHS-1001", "2025-01-06", "240", "Pass"),
        ("Restraint and Seclusion Awareness", "MHHS-1140", "2025-01-09", "30", "Pass"),
        ("Sharps Injury Prevention", "MHHS-1152", "2025-01-09", "0", "Exempt"),
        ("Blood Glucose Monitoring with the StatStrip Meter", "MHHS-2210", "2025-02-12", "45", "Pass"),
        ("Sepsis Screening in Outpatient Settings", "MHHS-2234", "2025-03-05", "60", "Fail"),
        ("Sepsis Screening in Outpatient Settings", "MHHS-2234", "2025-03-07", "60", "Pass"),
        ("Tuberculin Skin Test Placement and Reading", "MHHS-2251", None, "90", "Incomplete"),
        ("Customer Experience: Service Recovery", "MHHS-3005", "2025-04-23", "15", "Pass"),
        ("Suicide Risk Screening with the ASQ Tool", "MHHS-2270", "2025-06-18", "35", "Pass"),
        ("Interpreting Lab Requisitions and Specimen Requirements", "MHHS-2288", "2025-08-01", "50", "Pass"),
    ]
    expected, total = [], 0
    for title, code, date, mins, result in items:
        d = D(date) if date else None
        rows.append([P(title, body), code, fd(d, "Month d, yyyy"), mins, result])
        if result == "Pass" and d and int(mins) > 0:
            expected.append(course(title, d, mins, "minutes"))
            total += int(mins)
    rows.append(["Total minutes (passed sessions)", "", "", str(total), ""])
    ts = [
        ("FONT", (0, 0), (-1, -1), f, 9.5),
        ("FONT", (0, 0), (-1, 0), BOLD[f], 9.5),
        ("GRID", (0, 0), (-1, -1), 0.7, colors.black),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (0, -1), (2, -1)),
        ("ALIGN", (0, -1), (0, -1), "RIGHT"),
        ("FONT", (0, -1), (-1, -1), BOLD[f], 9.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    table = Table(rows, colWidths=[2.7 * inch, 1.15 * inch, 1.5 * inch, 0.8 * inch, 0.9 * inch])
    table.setStyle(TableStyle(ts))
    story = [
        P(provider.upper(), style(f, 18, bold=True, align=TA_CENTER)),
        P("Department of Education & Professional Practice", style(f, 10, align=TA_CENTER)),
        Spacer(1, 0.3 * inch),
        P("EDUCATION TRANSCRIPT", style(f, 12, bold=True)),
        P("Employee: Jordan A. McAllister (ID 55812)    Unit: Outpatient Cardiology    Printed: October 9, 2025",
          style(f, 9.5)),
        Spacer(1, 0.2 * inch),
        table,
        Spacer(1, 0.25 * inch),
        P("Only sessions with a result of Pass are credited. Exempt sessions carry no minutes.", style(f, 8.5)),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "src.pdf"
        build(pdf, letter, story, margins=(0.7, 0.7, 0.8, 0.8))
        scanify(pdf, OUT / name, 8, as_pdf=True)
    record(name, "scan", "lms", provider, expected)


# --------------------------------------------------------------------------- 9. College, contact hours, terms, break w/o header

def college_cascade():
    name = "cascade_valley_ce_unofficial_transcript.pdf"
    provider = "Cascade Valley Community College"
    f = "DejaVuSerif"
    body = style(f, 9.5, lead=11.5)
    rows = [["Term", "Course No.", "Course Title", "Start", "End", "Contact Hrs", "Grade"]]
    terms = {
        "Fall 2023": [
            ("CEHC 104", "Medical Terminology Refresher", "2023-09-12", "2023-10-17", "12.0", "P"),
            ("CEHC 118", "Phlebotomy Skills Lab: Venipuncture and Capillary Puncture", "2023-09-16", "2023-11-04", "24.0", "P"),
            ("CEHC 121", "Basic Life Support for Healthcare Providers", "2023-10-07", "2023-10-07", "4.5", "S"),
        ],
        "Winter 2024": [
            ("CEHC 130", "Pharmacology for Allied Health: Drug Classifications and Dosage Calculation", "2024-01-08", "2024-03-11", "30.0", "W"),
            ("CEHC 135", "Electronic Health Records in Practice", "2024-01-10", "2024-02-14", "15.0", "P"),
            ("CEHC 140", "Conversational Spanish for Health Care Workers I", "2024-01-09", "2024-03-12", "20.0", "P"),
        ],
        "Spring 2024": [
            ("CEHC 151", "Medical Law, Ethics, and Risk Management", "2024-04-02", "2024-05-07", "12.0", "P"),
            ("CEHC 156", "ECG Technician Preparation", "2024-04-06", "2024-06-08", "36.0", "I"),
            ("CEHC 160", "Mental Health First Aid", "2024-05-18", "2024-05-18", "8.0", "S"),
        ],
        "Fall 2024": [
            ("CEHC 204", "Medical Billing and Coding II: CPT and HCPCS Level II", "2024-09-10", "2024-12-10", "40.0", "P"),
            ("CEHC 210", "Trauma-Informed Care Foundations", "2024-10-05", "2024-10-19", "6.0", "P"),
            ("CEHC 212", "Geriatric Patient Care and Fall Prevention", "2024-11-02", "2024-11-16", "8.0", "F"),
        ],
        "Winter 2025": [
            ("CEHC 220", "Leadership Skills for Lead Medical Assistants", "2025-01-14", "2025-03-04", "16.0", "P"),
            ("CEHC 225", "Advanced Phlebotomy: Difficult Draws and Special Collections", "2025-02-01", "2025-03-01", "12.0", "P"),
        ],
        "Spring 2025": [
            ("CEHC 231", "Clinical Laboratory Procedures Update", "2025-04-01", "2025-05-20", "18.0", "P"),
            ("CEHC 240", "Infusion Therapy Awareness for Medical Assistants", "2025-04-03", "2025-06-05", "14.0", "IP"),
            ("CEHC 244", "Workplace Spanish: Patient Intake Conversations", "2025-05-06", "2025-06-10", "10.0", "P"),
        ],
    }
    ts = [
        ("FONT", (0, 0), (-1, -1), f, 9),
        ("FONT", (0, 0), (-1, 0), BOLD[f], 9),
        ("LINEABOVE", (0, 0), (-1, 0), 1.5, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (5, 0), (6, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]
    expected, cum = [], Decimal(0)
    for term, items in terms.items():
        earned = Decimal(0)
        for i, (num, title, start, end, hrs, grade) in enumerate(items):
            s, e = D(start), D(end)
            rows.append([term if i == 0 else "", num, P(title, body), fd(s, "m/d/yy"), fd(e, "m/d/yy"), hrs, grade])
            if grade in ("P", "S"):
                earned += Decimal(hrs)
                expected.append(course(title, e, hrs, "contact_hours"))
        r = len(rows)
        rows.append(["", "", f"Term Total — Hours Earned", "", "", str(earned), ""])
        ts += [("FONT", (0, r), (-1, r), "DejaVuSerif-Italic", 9), ("ALIGN", (2, r), (2, r), "RIGHT"),
               ("LINEBELOW", (0, r), (-1, r), 0.5, colors.HexColor("#666666"))]
        cum += earned
    rows.append(["", "", "Cumulative Contact Hours Earned", "", "", str(cum), ""])
    ts += [("FONT", (0, -1), (-1, -1), BOLD[f], 9), ("ALIGN", (2, -1), (2, -1), "RIGHT"),
           ("LINEBELOW", (0, -1), (-1, -1), 1.5, colors.black)]
    table = Table(rows, colWidths=[0.95 * inch, 0.85 * inch, 2.5 * inch, 0.65 * inch, 0.68 * inch, 0.92 * inch, 0.55 * inch],
                  repeatRows=0)
    table.setStyle(TableStyle(ts))

    def page(c, doc):
        c.saveState()
        c.setFont(f, 7.5)
        c.drawString(0.65 * inch, 0.45 * inch, "UNOFFICIAL TRANSCRIPT — not valid for transfer")
        c.drawRightString(7.85 * inch, 0.45 * inch, f"Page {doc.page}")
        c.restoreState()

    story = [
        P(provider, style(f, 16, bold=True, align=TA_CENTER)),
        P("Continuing Education & Workforce Development", style(f, 11, align=TA_CENTER)),
        P("Noncredit Unofficial Transcript", style(f, 11, align=TA_CENTER)),
        Spacer(1, 0.25 * inch),
        Table([["Student:", "Elena V. Marchetti", "Student ID:", "C00781124"],
               ["Date of birth:", "**/**/1991", "Issued:", "7/22/25"]],
              colWidths=[1.15 * inch, 2.3 * inch, 1.0 * inch, 1.6 * inch],
              style=[("FONT", (0, 0), (-1, -1), f, 9.5), ("FONT", (0, 0), (0, -1), BOLD[f], 9.5),
                     ("FONT", (2, 0), (2, -1), BOLD[f], 9.5), ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
        Spacer(1, 0.25 * inch),
        table,
        Spacer(1, 0.2 * inch),
        P("Grades: P = Pass; S = Satisfactory; W = Withdrawn; I = Incomplete; IP = In Progress; F = Fail. "
          "Only P and S earn contact hours.", style(f, 8)),
    ]
    build(OUT / name, letter, story, page, margins=(0.65, 0.65, 0.75, 0.75))
    assert page_count(OUT / name) >= 2
    record(name, "pdf", "college", provider, expected)


# --------------------------------------------------------------------------- 10. College, IACET CEUs, very wide, centered

def college_northgate():
    name = "northgate_iacet_ceu_transcript.pdf"
    provider = "Northgate Technical Institute"
    f = "DejaVuSans"
    body = style(f, 10, lead=12.5)
    hd = style(f, 10, bold=True)
    hdc = style(f, 10, bold=True, align=TA_CENTER)
    rows = [[P("Program Title", hd), P("Session\nDates", hdc), P("CEUs\nAwarded", hdc), P("Grade", hdc)]]
    sections = {
        "Medical Assistant Professional Development Series": [
            ("Clinical Documentation Integrity for Ambulatory Care", "2025-01-06", "2025-01-08", "1.2", "CR"),
            ("Patient Safety and Error Prevention", "2025-02-03", "2025-02-03", "0.6", "CR"),
            ("Advanced Electrocardiography Interpretation for Allied Health Professionals", "2025-03-10", "2025-03-14", "2.4", "CR"),
            ("Chronic Care Management and Care Coordination", "2025-04-07", "2025-04-09", "1.5", "W"),
            ("Behavioral Health Integration in Primary Care", "2025-05-12", "2025-05-13", "0.9", "IP"),
        ],
        "Open Enrollment Workshops": [
            ("Stop the Bleed: Hemorrhage Control for Bystanders", "2025-02-22", "2025-02-22", "0.3", "CR"),
            ("Effective Team Communication Using TeamSTEPPS", "2025-06-19", "2025-06-20", "0.8", "CR"),
            ("Ergonomics and Safe Patient Handling", "2025-07-11", "2025-07-11", "0.4", "I"),
            ("Point-of-Care Ultrasound Orientation for Clinic Staff", "2025-09-08", "2025-09-09", "1.0", "CR"),
        ],
    }
    ts = [
        ("FONT", (0, 0), (-1, -1), f, 10),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 20),
        ("RIGHTPADDING", (0, 0), (-1, -1), 20),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    expected, total = [], Decimal(0)
    for sec, items in sections.items():
        r = len(rows)
        rows.append([sec, "", "", ""])
        ts += [("SPAN", (0, r), (-1, r)), ("ALIGN", (0, r), (-1, r), "LEFT"),
               ("FONT", (0, r), (-1, r), "DejaVuSans-Oblique", 10.5), ("TOPPADDING", (0, r), (-1, r), 14)]
        for title, start, end, ceu, grade in items:
            s, e = D(start), D(end)
            dates = fd(s, "d Mon yyyy") if s == e else f"{fd(s, 'd Mon yyyy')} – {fd(e, 'd Mon yyyy')}"
            rows.append([P(title, body), dates, ceu, grade])
            if grade == "CR":
                total += Decimal(ceu)
                expected.append(course(title, e, ceu, "ceu"))
    table = Table(rows, colWidths=[3.9 * inch, 3.0 * inch, 1.4 * inch, 1.1 * inch])
    table.setStyle(TableStyle(ts))
    W, H = landscape(A4)

    def page(c, doc):
        c.saveState()
        c.setFont(f, 7.5)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawString(0.7 * inch, 0.55 * inch,
                     "IACET Accredited Provider. One Continuing Education Unit (CEU) = ten contact hours of participation "
                     "in an organized continuing education experience.")
        c.drawString(0.7 * inch, 0.4 * inch, "CR = credit awarded; W = withdrawn; I = incomplete; IP = in progress.")
        c.restoreState()

    story = [
        P(provider.upper(), style(f, 18, bold=True)),
        P("Center for Professional & Continuing Education", style(f, 11)),
        Spacer(1, 0.15 * inch),
        P("Continuing Education Unit Transcript", style(f, 13, bold=True)),
        P("Participant: Samuel O. Adeyemi, RMA        Participant No. NTI-CE-30921        Issued 3 Oct 2025",
          style(f, 9.5)),
        Spacer(1, 0.2 * inch),
        table,
        Spacer(1, 0.2 * inch),
        P(f"Total CEUs awarded: {total}  ({int(total * 10)} contact hours)", style(f, 10, bold=True)),
    ]
    build(OUT / name, landscape(A4), story, page, margins=(0.7, 0.7, 0.6, 0.85))
    record(name, "pdf", "college", provider, expected)


# --------------------------------------------------------------------------- 11. College scan, academic credits

def college_harborview_scan():
    name = "harborview_academic_transcript_scan.jpg"
    provider = "Harborview State College"
    f = "DejaVuSansCondensed"
    body = style(f, 9.5, lead=11.5)
    rows = [["Course", "Title", "Completed", "Credits", "Grade", "Quality Pts"]]
    terms = {
        "Fall 2024  (08/26/2024 – 12/13/2024)": [
            ("MEDA 110", "Introduction to Medical Assisting", "2024-12-13", "3.00", "A", "12.00"),
            ("MEDA 115", "Anatomy and Physiology for Medical Assistants", "2024-12-13", "4.00", "B+", "13.20"),
            ("ENGL 101", "English Composition I", "2024-12-13", "3.00", "W", "0.00"),
            ("MEDA 118", "Medical Office Procedures", "2024-10-18", "2.00", "A-", "7.40"),
        ],
        "Spring 2025  (01/13/2025 – 05/09/2025)": [
            ("MEDA 120", "Clinical Procedures I", "2025-05-09", "4.00", "A", "16.00"),
            ("MEDA 125", "Pharmacology for Medical Assistants", "2025-05-09", "3.00", "I", "0.00"),
            ("MEDA 130", "Medical Law and Ethics", "2025-05-09", "2.00", "F", "0.00"),
            ("PSYC 101", "General Psychology", "2025-05-09", "3.00", "B", "9.00"),
        ],
        "Summer 2025  (05/27/2025 – 08/01/2025)": [
            ("MEDA 240", "Medical Assisting Externship", "2025-08-01", "5.00", "P", "0.00"),
            ("MEDA 245", "Certification Exam Review", None, "1.00", "IP", "0.00"),
        ],
    }
    term_stats = ["Term: Attempted 12.00  Earned 9.00  GPA 3.62", "Term: Attempted 12.00  Earned 7.00  GPA 2.50",
                  "Term: Attempted 6.00  Earned 5.00  GPA 0.00"]
    ts = [
        ("FONT", (0, 0), (-1, -1), f, 9.5),
        ("FONT", (0, 0), (-1, 0), BOLD[f], 9.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#b0b0b0")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (3, 0), (5, -1), "RIGHT"),
        ("ALIGN", (4, 0), (4, -1), "CENTER"),
    ]
    expected = []
    for (term, items), stat in zip(terms.items(), term_stats):
        r = len(rows)
        rows.append([term, "", "", "", "", ""])
        ts += [("SPAN", (0, r), (-1, r)), ("FONT", (0, r), (-1, r), BOLD[f], 10),
               ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eeeeee"))]
        for num, title, date, cr, grade, qp in items:
            d = D(date) if date else None
            rows.append([num, P(title, body), fd(d, "mm/dd/yyyy"), cr, grade, qp])
            if d and grade not in ("W", "I", "IP", "F"):
                expected.append(course(title, d, cr, "college_credits"))
        r = len(rows)
        rows.append([stat, "", "", "", "", ""])
        ts += [("SPAN", (0, r), (-1, r)), ("ALIGN", (0, r), (-1, r), "RIGHT"),
               ("FONT", (0, r), (-1, r), f, 8.5)]
    table = Table(rows, colWidths=[0.9 * inch, 2.3 * inch, 1.05 * inch, 0.75 * inch, 0.65 * inch, 0.95 * inch])
    table.setStyle(TableStyle(ts))
    story = [
        Table([[P(provider, style(f, 17, bold=True)), P("Office of the Registrar\nAcademic Transcript", style(f, 10, align=TA_RIGHT))]],
              colWidths=[5.2 * inch, 3.6 * inch], style=[("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                                         ("LINEBELOW", (0, 0), (-1, 0), 2, colors.black)]),
        Spacer(1, 0.15 * inch),
        P("Student: Rafael J. Okonkwo-Smith    ID: HSC-2291045    Program: Medical Assisting, A.A.S.    Printed: 09/02/2025",
          style(f, 9.5)),
        Spacer(1, 0.15 * inch),
        table,
        Spacer(1, 0.1 * inch),
        P("Credits are semester credit hours. W withdrawn, I incomplete, IP in progress, F failure: no credit earned.",
          style(f, 8)),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "src.pdf"
        build(pdf, landscape(letter), story, margins=(1.1, 1.1, 0.6, 0.6))
        scanify(pdf, OUT / name, 11, as_pdf=False)
    record(name, "scan", "college", provider, expected)


# --------------------------------------------------------------------------- 12. College scan, 2 pages, date ranges, repeated header

def college_pinecrest_scan():
    name = "pinecrest_ce_record_scan.pdf"
    provider = "Pinecrest Regional Education Center"
    f = "DejaVuSansMono"
    body = style(f, 8.5, lead=10.5)
    hd = style(f, 8.5, bold=True)
    rows = [[P("Course #", hd), P("Program Title", hd), P("Dates Attended", hd), P("Contact\nHours", hd), P("Grade", hd)]]
    items = [
        ("HC-101", "Medical Terminology for Health Care Support Staff", "2024-01-16", "2024-02-27", "18", "P"),
        ("HC-114", "Vital Signs Technique and Documentation", "2024-02-03", "2024-02-03", "6", "P"),
        ("HC-120", "Introduction to Phlebotomy", "2024-02-12", "2024-04-01", "40", "W"),
        ("HC-131", "CPR, AED and First Aid (Heartsaver)", "2024-03-09", "2024-03-09", "5", "P"),
        ("HC-140", "Customer Service and Communication in Medical Offices", "2024-04-08", "2024-05-13", "12", "P"),
        ("HC-152", "Medical Insurance Terminology and Claim Forms", "2024-05-20", "2024-06-24", "15", "P"),
        ("HC-158", "Infection Control and OSHA Standards", "2024-06-15", "2024-06-15", "4", "P"),
        ("HC-163", "Aseptic Technique and Instrument Identification", "2024-07-08", "2024-08-12", "16", "I"),
        ("HC-170", "EKG Basics: Twelve-Lead Placement and Rhythm Recognition", "2024-09-03", "2024-10-22", "30", "P"),
        ("HC-175", "Math for Medication Dosages", "2024-09-05", "2024-10-10", "12", "F"),
        ("HC-181", "Point-of-Care Testing: Glucose, Hemoglobin A1c, and Rapid Strep", "2024-10-19", "2024-10-26", "8", "P"),
        ("HC-188", "HIPAA and Patient Confidentiality", "2024-11-04", "2024-11-04", "3", "P"),
        ("HC-195", "Working with Older Adults", "2024-11-12", "2024-12-17", "12", "P"),
        ("HC-201", "Electronic Health Record Practicum", "2025-01-13", "2025-02-24", "24", "P"),
        ("HC-207", "Injection Techniques and Medication Administration", "2025-02-08", "2025-03-01", "14", "P"),
        ("HC-212", "Laboratory Safety and Specimen Handling", "2025-03-05", "2025-03-05", "4", "P"),
        ("HC-218", "Pediatric Patient Care in the Outpatient Setting", "2025-03-17", "2025-04-28", "18", "P"),
        ("HC-224", "Medical Spanish I", "2025-04-01", "2025-06-03", "20", "IP"),
        ("HC-230", "Conflict Resolution for Health Care Teams", "2025-05-10", "2025-05-10", "6", "P"),
        ("HC-236", "Minor Office Surgery Assisting", "2025-06-02", "2025-07-14", "16", "P"),
        ("HC-240", "Cardiopulmonary Diagnostics: Spirometry and Pulse Oximetry", "2025-07-21", "2025-08-25", "12", "P"),
        ("HC-245", "Career Readiness and Certification Exam Strategies", "2025-08-09", "2025-08-16", "8", "P"),
        ("HC-250", "Cultural Competence in Patient Care", "2025-09-08", "2025-09-29", "9", "P"),
        ("HC-255", "Telehealth Support Skills", "2025-09-13", "2025-09-13", "3", "P"),
    ]

    def rng_text(s, e):
        if s == e:
            return fd(s, "Mon d, yyyy")
        if s.year == e.year:
            return f"{MON[s.month - 1]} {s.day} – {MON[e.month - 1]} {e.day}, {e.year}"
        return f"{fd(s, 'Mon d, yyyy')} – {fd(e, 'Mon d, yyyy')}"

    expected, total = [], 0
    for num, title, start, end, hrs, grade in items:
        s, e = D(start), D(end)
        rows.append([num, P(title, body), rng_text(s, e), hrs, grade])
        if grade == "P":
            expected.append(course(title, e, hrs, "contact_hours"))
            total += int(hrs)
    rows.append(["", "TOTAL CONTACT HOURS EARNED", "", str(total), ""])
    ts = [
        ("FONT", (0, 0), (-1, -1), f, 8.5),
        ("FONT", (0, -1), (-1, -1), BOLD[f], 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BOX", (0, 0), (-1, 0), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (3, 1), (3, -1), "RIGHT"),
        ("ALIGN", (4, 1), (4, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
    ]
    table = Table(rows, colWidths=[0.75 * inch, 3.0 * inch, 1.95 * inch, 0.8 * inch, 0.6 * inch], repeatRows=1)
    table.setStyle(TableStyle(ts))

    def page(c, doc):
        c.saveState()
        c.setFont(f, 7.5)
        c.drawCentredString(4.25 * inch, 0.5 * inch,
                            f"{provider} · 1400 Timberline Rd · Continuing Education Office · page {doc.page}")
        c.restoreState()

    story = [
        P("CONTINUING EDUCATION RECORD", style(f, 14, bold=True, align=TA_CENTER)),
        P("(Noncredit — clock hours)", style(f, 9, align=TA_CENTER)),
        Spacer(1, 0.25 * inch),
        P("Name ........ Hollis, Bethany M.", style(f, 9)),
        P("Record no ... PREC-0066172", style(f, 9)),
        P("Printed ..... Oct 1, 2025", style(f, 9)),
        Spacer(1, 0.2 * inch),
        table,
        Spacer(1, 0.15 * inch),
        P("P pass / W withdrawn / I incomplete / IP in progress / F fail", style(f, 7.5)),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "src.pdf"
        build(pdf, letter, story, page, margins=(0.7, 0.7, 0.7, 0.8))
        assert page_count(pdf) >= 2
        scanify(pdf, OUT / name, 12, as_pdf=True)
    record(name, "scan", "college", provider, expected)


def main():
    for make in [aama_grid, aama_landscape, aama_report, aama_scan, lms_riverbend, lms_lakeshore, lms_summit,
                 lms_mercy_scan, college_cascade, college_northgate, college_harborview_scan, college_pinecrest_scan]:
        make()
    (OUT / "expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n")
    for name, e in EXPECTED.items():
        size = (OUT / name).stat().st_size
        assert size < 1.5e6, (name, size)
        print(f"{name:48} {e['kind']:5} {e['shape']:8} {len(e['courses']):3} courses {size // 1024:5} KB")


if __name__ == "__main__":
    main()
