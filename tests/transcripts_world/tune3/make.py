"""Deterministic generator for the tune3 CE-transcript fixtures.

Run:  /work/main/.venv/bin/python tests/transcripts_world/tune3/make.py

Writes 12 transcripts (8 text PDFs, 4 scans) plus expected.json into this
directory.  Every transcript imitates a different (invented) issuing system.
Rows that a person should NOT import (not completed, zero credit) are rendered
but left out of expected.json.
"""
from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageChops, ImageFilter
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

rl_config.invariant = 1

OUT = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
if not FONT_DIR.exists():
    FONT_DIR = Path("/usr/share/fonts/truetype")

for name, fn in [
    ("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
    ("DV-I", "DejaVuSans-Oblique.ttf"),
    ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
    ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
    ("DVS-I", "DejaVuSerif-Italic.ttf"),
    ("DVM", "DejaVuSansMono.ttf"), ("DVM-B", "DejaVuSansMono-Bold.ttf"),
]:
    p = FONT_DIR / fn
    if not p.exists():
        p = next(Path("/usr/share/fonts/truetype").rglob(fn))
    pdfmetrics.registerFont(TTFont(name, str(p)))

EXPECTED: dict[str, dict] = {}
GREY = colors.HexColor("#555555")


# --------------------------------------------------------------------------- helpers
def P(text, font="DV", size=8.5, align=TA_LEFT, color=colors.black, lead=None):
    st = ParagraphStyle("x", fontName=font, fontSize=size, leading=lead or size * 1.22,
                        alignment=align, textColor=color)
    return Paragraph(text, st)


def E(s):
    return escape(s)


def build(path, pagesize, story_fn, on_page, margins=(0.6, 0.6, 0.9, 0.75)):
    """Two-pass build so that on_page knows the total page count."""
    total = [None]

    def _build(target):
        l, r, t, b = (m * inch for m in margins)
        doc = BaseDocTemplate(target, pagesize=pagesize, leftMargin=l, rightMargin=r,
                              topMargin=t, bottomMargin=b, title="", author="",
                              creator="", producer="")
        frame = Frame(l, b, pagesize[0] - l - r, pagesize[1] - t - b, id="f",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        def cb(c, d):
            c.saveState()
            on_page(c, d, total[0])
            c.restoreState()

        doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=cb)])
        doc.build(story_fn())
        return doc.page

    total[0] = _build(io.BytesIO())
    _build(str(path))
    return total[0]


def record(fname, kind, shape, provider, rows):
    courses = []
    for r in rows:
        if not r.get("keep"):
            continue
        c = {"title": r["title"], "completed_on": r["date"], "amount": r["amount"],
             "unit": r["unit"], "category": r.get("category")}
        if r.get("categories"):
            c["category"] = None
            c["categories"] = r["categories"]
        if r.get("provider"):
            c["provider"] = r["provider"]
        courses.append(c)
    EXPECTED[fname] = {"kind": kind, "shape": shape, "provider": provider,
                       "courses": courses}


def degrade(png_path, angle, seed, quality):
    """Make a rasterised page look scanned: rotate, grey noise, blur, JPEG."""
    rng = random.Random(seed)
    im = png_path.convert("L") if isinstance(png_path, Image.Image) else Image.open(png_path).convert("L")
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=238)
    w, h = im.size
    noise = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    fine = noise.point(lambda v: v % 16)                 # 0..15 darkening
    speck = noise.point(lambda v: 90 if v > 252 else 0)  # sparse dark specks
    im = ImageChops.subtract(im, fine)
    im = ImageChops.subtract(im, speck)
    im = im.point(lambda v: min(255, int(v * 0.93 + 12)))  # paper grey, soft blacks
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue(), im.size


def rasterise(pdf_path, dpi):
    tmp = Path(tempfile.mkdtemp(prefix="tune3_"))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf_path), str(tmp / "pg")],
                   check=True)
    pages = []
    for p in sorted(tmp.glob("pg*.png")):
        with Image.open(p) as im:
            pages.append(im.convert("L"))
    shutil.rmtree(tmp)
    shutil.rmtree(Path(pdf_path).parent, ignore_errors=True)  # the tmp_pdf() source dir
    return pages


def scan_to_jpg(pdf_path, out_path, dpi, angle, seed, quality):
    pages = rasterise(pdf_path, dpi)
    assert len(pages) == 1, "jpg scans are single page"
    data, _ = degrade(pages[0], angle, seed, quality)
    out_path.write_bytes(data)


def scan_to_pdf(pdf_path, out_path, dpi, angles, seed, quality):
    pages = rasterise(pdf_path, dpi)
    c = rl_canvas.Canvas(str(out_path), invariant=1)
    tmpdir = Path(tempfile.gettempdir()) / "tune3_scan_pages" / out_path.stem  # fixed path: byte-stable PDF
    tmpdir.mkdir(parents=True, exist_ok=True)
    for i, pg in enumerate(pages):
        data, (w, h) = degrade(pg, angles[i % len(angles)], seed + i, quality)
        jp = tmpdir / f"p{i}.jpg"
        jp.write_bytes(data)
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        c.setPageSize((pw, ph))
        c.drawImage(str(jp), 0, 0, pw, ph)
        c.showPage()
    c.save()
    shutil.rmtree(tmpdir.parent, ignore_errors=True)


def tmp_pdf(name):
    return Path(tempfile.mkdtemp(prefix="tune3s_")) / name


# =========================================================================== 1
def f01_state_society():
    """State MA society CE tracker: weekday dates, category letters incl. split,
    year section rows + subtotals, zebra, provider printed under title."""
    fname = "glsma_member_ce_tracker.pdf"
    prov = "Great Lakes State Society of Medical Assistants"
    rows = [
        ("section", "2024"),
        dict(d="Thu 02/08/2024", date="2024-02-08", title="Asthma Action Plans and Spirometry Coaching",
             sub="GLSMA Winter Seminar", cat="C", amt="1.0", st="Verified", keep=True, category="clinical"),
        dict(d="Sat 03/16/2024", date="2024-03-16", title="Prior Authorization Workflows That Actually Work",
             sub="GLSMA Spring Conference", cat="A", amt="1.5", st="Verified", keep=True, category="administrative"),
        dict(d="Sat 03/16/2024", date="2024-03-16", title="Conflict De-escalation at the Front Desk",
             sub="GLSMA Spring Conference", cat="G", amt="0.5", st="Verified", keep=True, category="general"),
        dict(d="Tue 06/11/2024", date="2024-06-11",
             title="Chronic Kidney Disease: Lab Values, Diet Counseling, and the MA's Role in Care Coordination",
             sub="Lakeshore Chapter Dinner Meeting", cat="C 1.0 / A 0.5", amt="1.5", st="Verified", keep=True,
             categories={"clinical": "1.0", "administrative": "0.5"}),
        dict(d="Wed 09/18/2024", date="2024-09-18", title="Legal Update: Social Media and Patient Privacy",
             sub="Webinar (AAMA-approved)", cat="A", amt="1.0", st="Cancelled", keep=False),
        dict(d="Fri 10/25/2024", date="2024-10-25", title="Wound Care Basics: Dressings and Documentation",
             sub="GLSMA Fall Workshop", cat="C", amt="2.0", st="Verified", keep=True, category="clinical"),
        ("subtotal", "2024 subtotal", "6.5"),
        ("section", "2025"),
        dict(d="Mon 01/13/2025", date="2025-01-13", title="Immunization Schedules 2025: What Changed",
             sub="Capital Chapter", cat="C", amt="1.0", st="Verified", keep=True, category="clinical"),
        dict(d="Tue 03/04/2025", date="2025-03-04", title="Leadership Skills for the Lead Medical Assistant",
             sub="GLSMA Leadership Academy", cat="G", amt="1.5", st="Verified", keep=True, category="general"),
        dict(d="Sat 04/12/2025", date="2025-04-12", title="Medicare Annual Wellness Visit Preparation",
             sub="GLSMA Spring Conference", cat="A", amt="1.0", st="Registered", keep=False),
        dict(d="Sat 04/12/2025", date="2025-04-12",
             title="Point-of-Care Testing Quality Control and Documentation of CLIA-Waived Results",
             sub="GLSMA Spring Conference", cat="C", amt="1.0", st="Verified", keep=True, category="clinical"),
        dict(d="Thu 05/22/2025", date="2025-05-22", title="Ethics Roundtable: Scope of Practice Scenarios",
             sub="Lakeshore Chapter", cat="G 0.5 / A 0.5", amt="1.0", st="Verified", keep=True,
             categories={"general": "0.5", "administrative": "0.5"}),
        ("subtotal", "2025 subtotal (verified)", "4.5"),
    ]
    for r in rows:
        if isinstance(r, dict):
            r["amount"], r["unit"] = r["amt"], "aama_ceus"

    def story():
        s = [P("<b>Member CE Tracker</b>", "DV-B", 15, color=colors.HexColor("#1f4e79")),
             Spacer(1, 4),
             P("Member: Dana K. Whitfield, CMA (AAMA) &nbsp;&nbsp; Member #: GL-20931 &nbsp;&nbsp; "
               "Recertification cycle: 01/2021 – 12/2025", "DV", 9),
             Spacer(1, 10)]
        data = [[P("<b>Date</b>", "DV-B", 8.5, color=colors.white),
                 P("<b>Program</b>", "DV-B", 8.5, color=colors.white),
                 P("<b>Cat.*</b>", "DV-B", 8.5, color=colors.white, align=TA_CENTER),
                 P("<b>CEUs</b>", "DV-B", 8.5, color=colors.white, align=TA_RIGHT),
                 P("<b>Status</b>", "DV-B", 8.5, color=colors.white)]]
        st = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e79")),
              ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        zebra = 0
        for r in rows:
            i = len(data)
            if isinstance(r, tuple) and r[0] == "section":
                data.append([P(f"<b>{r[1]}</b>", "DV-B", 10), "", "", "", ""])
                st += [("SPAN", (0, i), (-1, i)), ("LINEBELOW", (0, i), (-1, i), 0.8, colors.HexColor("#1f4e79"))]
                zebra = 0
            elif isinstance(r, tuple) and r[0] == "subtotal":
                data.append(["", P(f"<i>{r[1]}</i>", "DV-I", 8.5, align=TA_RIGHT), "",
                             P(f"<b>{r[2]}</b>", "DV-B", 8.5, align=TA_RIGHT), ""])
                st += [("LINEABOVE", (1, i), (-1, i), 0.5, colors.grey)]
            else:
                data.append([P(E(r["d"])),
                             P(f"<b>{E(r['title'])}</b><br/><font size='7' color='#666666'>{E(r['sub'])}</font>", "DV"),
                             P(E(r["cat"]), align=TA_CENTER), P(r["amt"], align=TA_RIGHT), P(r["st"])])
                if zebra % 2:
                    st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#eaf1f8")))
                zebra += 1
        t = Table(data, colWidths=[1.05 * inch, 3.6 * inch, 0.95 * inch, 0.55 * inch, 0.95 * inch],
                  repeatRows=1)
        t.setStyle(TableStyle(st))
        s += [t, Spacer(1, 10),
              P("* Category key: A = Administrative, C = Clinical, G = General. Split programs list each "
                "category's CEUs. Only Verified programs count toward recertification.", "DV-I", 7.5, color=GREY),
              Spacer(1, 4),
              P("Cancelled and Registered programs are shown for your records and carry no credit.", "DV-I", 7.5,
                color=GREY)]
        return s

    def page(c, d, total):
        w, h = letter
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.circle(0.85 * inch, h - 0.5 * inch, 15, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 9)
        c.drawCentredString(0.85 * inch, h - 0.53 * inch, "GL")
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.setFont("DV-B", 11)
        c.drawString(1.2 * inch, h - 0.47 * inch, "GREAT LAKES STATE SOCIETY")
        c.setFont("DV", 8)
        c.drawString(1.2 * inch, h - 0.6 * inch, "of Medical Assistants  ·  An affiliate of the AAMA")
        c.setFillColor(GREY)
        c.setFont("DV", 7)
        c.drawString(0.6 * inch, 0.45 * inch, "glsma.org/members/ce-tracker")
        c.drawRightString(w - 0.6 * inch, 0.45 * inch, f"Page {d.page} of {total}")

    build(OUT / fname, letter, story, page)
    record(fname, "pdf", "aama", prov, [r for r in rows if isinstance(r, dict)])


# =========================================================================== 2
def f02_online_vendor():
    """Online CE vendor 'My Certificates / Course History': landscape, rules only,
    date-times, '1.5 hrs', certificate number first, 2 pages repeated header."""
    fname = "pulsece_my_certificates_course_history.pdf"
    prov = "PulseCE Online"
    R = []

    def add(cert, title, status, when, date, credit, keep):
        amt = credit.split()[0] if credit else ""
        R.append(dict(cert=cert, title=title, st=status, when=when, date=date, credit=credit,
                      amount=amt, unit="contact_hours", keep=keep))

    add("PCE-25-118402", "Understanding Lab Reference Ranges for Clinical Support Staff", "Passed",
        "09/12/2025 7:41 PM", "2025-09-12", "1.5 hrs", True)
    add("PCE-25-117990", "Motivational Interviewing Basics for Chronic Disease Follow-Up", "Passed",
        "09/03/2025 10:05 AM", "2025-09-03", "2 hrs", True)
    add("—", "Advanced Coding: Modifiers 25 and 59", "Failed", "08/29/2025 9:12 PM", "2025-08-29",
        "0 hrs", False)
    add("PCE-25-116221", "Advanced Coding: Modifiers 25 and 59", "Passed", "08/30/2025 8:47 AM",
        "2025-08-30", "1.5 hrs", True)
    add("—", "Geriatric Fall Risk Screening", "In Progress", "", "", "", False)
    add("PCE-25-112870", "Safe Handling of Hazardous Drugs in the Outpatient Clinic (USP <800> Overview)",
        "Passed", "07/14/2025 12:30 PM", "2025-07-14", "1 hrs", True)
    add("PCE-25-109333", "Cultural Humility in Patient Communication", "Passed", "06/02/2025 6:15 PM",
        "2025-06-02", "0.75 hrs", True)
    add("PCE-25-104118", "Pediatric Vital Signs and Growth Charts", "Passed", "04/21/2025 11:58 AM",
        "2025-04-21", "1.25 hrs", True)
    add("PCE-25-101902", "Preventing Medication Errors: Look-Alike, Sound-Alike Drugs", "Passed",
        "03/05/2025 2:30 PM", "2025-03-05", "1.5 hrs", True)
    add("—", "Telehealth Etiquette for Rooming Staff", "Expired (not started)", "", "", "", False)
    add("PCE-25-100044", "Infection Control Refresher: Hand Hygiene, PPE Donning and Doffing, and Cleaning "
        "Shared Equipment", "Passed", "01/27/2025 4:02 PM", "2025-01-27", "2 hrs", True)
    add("PCE-24-098712", "Diabetes Foot Exams: Monofilament Testing Technique", "Passed", "12/18/2024 9:20 AM",
        "2024-12-18", "0.5 hrs", True)
    add("PCE-24-097455", "HIPAA for Medical Assistants: Minimum Necessary Standard", "Passed",
        "11/30/2024 1:44 PM", "2024-11-30", "1 hrs", True)
    add("PCE-24-095101", "Managing Difficult Phone Calls", "Passed", "10/08/2024 8:03 PM", "2024-10-08",
        "0.75 hrs", True)
    add("PCE-24-093388", "Anaphylaxis Recognition and Epinephrine Auto-Injector Use", "Passed",
        "09/16/2024 7:29 AM", "2024-09-16", "1 hrs", True)
    add("PCE-24-090760", "Electronic Prescribing Support and Refill Protocols", "Passed", "08/05/2024 3:15 PM",
        "2024-08-05", "1.5 hrs", True)
    add("—", "Ethics in Social Media Use", "Failed", "07/22/2024 10:40 PM", "2024-07-22", "0 hrs", False)
    add("PCE-24-088014", "Sterile Field Setup for Minor Office Procedures", "Passed", "06/30/2024 5:55 PM",
        "2024-06-30", "1.25 hrs", True)
    add("PCE-24-085290", "Blood Pressure Measurement: AHA Technique Update", "Passed", "05/11/2024 9:00 AM",
        "2024-05-11", "0.5 hrs", True)
    add("PCE-24-081777", "Workplace Safety: Ergonomics for Clinic Staff", "Passed", "03/19/2024 6:48 PM",
        "2024-03-19", "1 hrs", True)
    add("PCE-24-079905", "Vaccine Storage and Handling: Cold Chain Management", "Passed", "02/07/2024 12:12 PM",
        "2024-02-07", "2 hrs", True)

    ps = landscape(letter)

    def story():
        s = [P("My Certificates", "DV-B", 18, color=colors.HexColor("#d6336c")), Spacer(1, 2),
             P("Course History &nbsp;·&nbsp; Learner: Marisol Ortega &nbsp;·&nbsp; Account #448812 &nbsp;·&nbsp; "
               "Exported 09/14/2025", "DV", 9, color=GREY), Spacer(1, 10)]
        hdr = ["Certificate #", "Course", "Status", "Awarded On", "Credit"]
        data = [[P(f"<b>{h}</b>", "DV-B", 8.5, color=GREY) for h in hdr]]
        for r in R:
            data.append([P(r["cert"], "DVM", 8), P(E(r["title"]), "DV", 9), P(r["st"]), P(r["when"]),
                         P(r["credit"] or "—", align=TA_RIGHT)])
        t = Table(data, colWidths=[1.35 * inch, 4.6 * inch, 1.4 * inch, 1.5 * inch, 0.85 * inch],
                  repeatRows=1)
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#d6336c")),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#cccccc")),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        s += [t, Spacer(1, 8),
              P("Credit is awarded in contact hours once the post-test is passed (80% or higher). "
                "Failed attempts and courses in progress are listed without credit.", "DV-I", 7.5, color=GREY)]
        return s

    def page(c, d, total):
        w, h = ps
        c.setFont("DV-B", 12)
        c.setFillColor(colors.HexColor("#d6336c"))
        c.drawString(0.6 * inch, h - 0.5 * inch, "pulse")
        c.setFillColor(colors.black)
        c.drawString(0.6 * inch + pdfmetrics.stringWidth("pulse", "DV-B", 12), h - 0.5 * inch, "CE")
        c.setFont("DV", 8)
        c.setFillColor(GREY)
        c.drawRightString(w - 0.6 * inch, h - 0.5 * inch, "Dashboard   My Courses   My Certificates   Help")
        c.drawString(0.6 * inch, 0.4 * inch, "© 2025 PulseCE Online, Inc. · Accredited provider of continuing "
                     "education for allied health professionals")
        c.drawRightString(w - 0.6 * inch, 0.4 * inch, f"{d.page} / {total}")

    build(OUT / fname, ps, story, page, margins=(0.6, 0.6, 0.8, 0.7))
    record(fname, "pdf", "lms", prov, R)


# =========================================================================== 3
def f03_learning_hub_scan():
    """Hospital Learning Hub, scanned jpg: ISO dates, Length as h:mm, middle valign."""
    fname = "stclare_learning_hub_transcript_scan.jpg"
    prov = "St. Clare Regional Medical Center"
    R = []

    def add(title, typ, date, length, st, keep=True):
        hh, mm = length.split(":") if length else ("0", "0")
        R.append(dict(title=title, typ=typ, date=date, length=length, st=st,
                      amount=str(int(hh) * 60 + int(mm)), unit="minutes", keep=keep))

    add("Annual Mandatory: Fire, Electrical and Radiation Safety", "eLearning", "2025-01-06", "0:45", "Completed")
    add("Bloodborne Pathogens Exposure Control Plan", "eLearning", "2025-01-06", "0:30", "Completed")
    add("Basic Life Support (BLS) Provider Skills Check", "Instructor-Led", "2025-01-21", "4:00", "Completed")
    add("Epic Ambulatory: In Basket Message Management for Clinical Staff", "Virtual Class", "2025-02-11",
        "1:30", "Completed")
    add("Sepsis Screening in Outpatient Clinics", "eLearning", "2025-03-03", "0:20", "Registered", False)
    add("Patient Identification and Specimen Labeling: Two Identifiers Every Time", "eLearning", "2025-03-18",
        "0:40", "Completed")
    add("Hand Hygiene Observer Training", "Instructor-Led", "2025-04-02", "1:00", "Cancelled", False)
    add("Culture of Safety: Speaking Up for Patient Safety", "eLearning", "2025-04-29", "0:25", "Completed")
    add("Injection Technique Competency (IM, SubQ, Intradermal)", "Skills Lab", "2025-05-14", "2:15",
        "Completed")
    add("Workplace Violence Awareness", "eLearning", "2025-06-09", "0:35", "Withdrawn", False)
    add("Age-Specific Care Across the Lifespan", "eLearning", "2025-06-30", "1:10", "Completed")
    add("Point-of-Care Glucose Meter Recertification", "Skills Lab", "2025-07-22", "0:50", "Completed")

    def story():
        s = [P("My Transcript", "DV-B", 16), Spacer(1, 3),
             P("Learner: Tamika R. Howell &nbsp; | &nbsp; Employee ID 0074215 &nbsp; | &nbsp; Job: Medical Assistant II "
               "&nbsp; | &nbsp; Dept: Family Medicine – Eastside", "DV", 8.5),
             P("Date range: 01/01/2025 – 08/01/2025 &nbsp; | &nbsp; Show: All statuses", "DV", 8.5, color=GREY),
             Spacer(1, 8)]
        data = [[P("<b>Learning Item</b>", "DV-B"), P("<b>Item Type</b>", "DV-B"), P("<b>Completion</b>", "DV-B"),
                 P("<b>Length</b><br/><font size='6.5'>(h:mm)</font>", "DV-B", align=TA_CENTER),
                 P("<b>Status</b>", "DV-B")]]
        for r in R:
            data.append([P(E(r["title"]), "DV", 9), P(r["typ"]), P(r["date"]),
                         P(r["length"], align=TA_CENTER), P(r["st"])])
        t = Table(data, colWidths=[3.2 * inch, 1.1 * inch, 1.0 * inch, 0.7 * inch, 0.95 * inch])
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        s += [t, Spacer(1, 10),
              P("Completed hours this period: 12:05 &nbsp;&nbsp; Items completed: 9 of 12", "DV-B", 8.5),
              Spacer(1, 4),
              P("Items with status Registered, Cancelled or Withdrawn do not earn education hours.", "DV-I", 7.5)]
        return s

    def page(c, d, total):
        w, h = letter
        c.setFont("DVS-B", 13)
        c.drawString(0.6 * inch, h - 0.5 * inch, "St. Clare Regional Medical Center")
        c.setFont("DV", 9)
        c.setFillColor(colors.HexColor("#2b6cb0"))
        c.drawRightString(w - 0.6 * inch, h - 0.5 * inch, "LEARNING HUB")
        c.setStrokeColor(colors.HexColor("#2b6cb0"))
        c.setLineWidth(2)
        c.line(0.6 * inch, h - 0.6 * inch, w - 0.6 * inch, h - 0.6 * inch)
        c.setFillColor(GREY)
        c.setFont("DV", 7)
        c.drawString(0.6 * inch, 0.45 * inch, "Printed 08/01/2025 by thowell")
        c.drawRightString(w - 0.6 * inch, 0.45 * inch, "Page 1")

    src = tmp_pdf("f03.pdf")
    build(src, letter, story, page)
    scan_to_jpg(src, OUT / fname, 150, 1.3, 303, 68)
    record(fname, "scan", "lms", prov, R)


# =========================================================================== 4
def f04_aama_browser_print():
    """AAMA-style e-Learning CEU transcript printed from a browser: browser
    header/footer (date, title, URL, '1/2'), A/C/G columns with splits,
    Score column, 2 pages, header NOT repeated."""
    fname = "aama_elearning_ceu_transcript_browser_print.pdf"
    prov = "American Association of Medical Assistants"
    R = []

    def add(title, date_p, date, a, c_, g, score, keep=True):
        vals = {"administrative": a, "clinical": c_, "general": g}
        nz = {k: v for k, v in vals.items() if v and float(v) > 0}
        tot = sum(float(v) for v in nz.values()) if nz else 0.0
        r = dict(title=title, dp=date_p, date=date, a=a, c=c_, g=g, score=score,
                 amount=f"{tot:.1f}", unit="aama_ceus", keep=keep and tot > 0)
        if len(nz) == 1:
            r["category"] = next(iter(nz))
        elif len(nz) > 1:
            r["categories"] = nz
        R.append(r)

    add("Adult Immunization Update: Shingles, Pneumococcal, and RSV Vaccines", "09/02/2025", "2025-09-02",
        "", "1.0", "", "92%")
    add("Telephone Triage Documentation", "08/19/2025", "2025-08-19", "0.5", "0.5", "", "88%")
    add("Compassion Fatigue and Self-Care for Health Care Workers", "08/04/2025", "2025-08-04", "", "", "1.0",
        "100%")
    add("Navigating Health Insurance Marketplaces with Patients", "07/15/2025", "2025-07-15", "1.0", "", "",
        "84%")
    add("Nutrition Counseling Basics: Sodium, Sugar, and Label Reading", "06/27/2025", "2025-06-27", "",
        "1.0", "", "90%")
    add("Pharmacology: Drugs Affecting the Respiratory System", "06/10/2025", "2025-06-10", "", "2.0", "",
        "86%")
    add("Cybersecurity Awareness in the Medical Office", "05/30/2025", "2025-05-30", "", "", "", "64%",
        keep=False)  # not passed: no CEUs
    add("Patient Navigation Through the Referral Process: Documentation, Tracking Loops, and Closing the Loop",
        "05/12/2025", "2025-05-12", "1.0", "", "0.5", "95%")
    add("Anatomy Refresher: The Endocrine System", "04/23/2025", "2025-04-23", "", "1.0", "", "82%")
    add("Crisis Communication During Office Emergencies", "03/31/2025", "2025-03-31", "", "0.5", "0.5", "90%")
    add("Medical Law: Consent, Minors, and Confidentiality", "03/08/2025", "2025-03-08", "1.0", "", "",
        "88%")
    add("Preventing Falls in the Ambulatory Setting", "02/14/2025", "2025-02-14", "", "0.5", "", "100%")
    add("Advance Directives and POLST: What MAs Need to Know", "01/29/2025", "2025-01-29", "0.5", "", "0.5",
        "93%")
    add("ICD-10-CM Updates for FY 2025", "01/10/2025", "2025-01-10", "1.5", "", "", "81%")
    add("Eye and Ear Irrigation Procedures", "12/20/2024", "2024-12-20", "", "1.0", "", "87%")
    add("Emotional Intelligence on the Care Team", "11/26/2024", "2024-11-26", "", "", "1.0", "96%")
    add("Laboratory Safety and Specimen Transport", "11/04/2024", "2024-11-04", "", "1.0", "", "89%")
    add("Billing Compliance: Avoiding Fraud and Abuse", "10/15/2024", "2024-10-15", "1.0", "", "", "85%")
    add("Pain Assessment Across the Lifespan", "09/24/2024", "2024-09-24", "", "1.0", "", "91%")
    add("Professional Boundaries with Patients and Families", "09/03/2024", "2024-09-03", "", "", "0.5", "94%")
    add("Electrocardiography: Rhythm Strip Basics", "08/12/2024", "2024-08-12", "", "1.5", "", "83%")
    add("Scheduling Templates and No-Show Reduction Strategies", "07/22/2024", "2024-07-22", "1.0", "", "",
        "88%")
    add("Vaccine Hesitancy: Evidence-Based Conversations", "07/01/2024", "2024-07-01", "", "0.5", "0.5", "97%")
    add("Infection Prevention in Pediatric Waiting Rooms", "06/13/2024", "2024-06-13", "", "1.0", "", "85%")
    add("Patient Portal Messaging Etiquette", "05/28/2024", "2024-05-28", "0.5", "", "", "100%")

    def fmt(v):
        return v if v else "—"

    def story():
        s = [P("CEU Transcript", "DVS-B", 17), Spacer(1, 2),
             P("e-Learning Center &nbsp;›&nbsp; My Account &nbsp;›&nbsp; Transcript", "DV", 8, color=GREY),
             Spacer(1, 6),
             P("Jordan P. Alvarez, CMA (AAMA) &nbsp;&nbsp;&nbsp; Member ID 01188342", "DV", 9.5),
             Spacer(1, 8)]
        data = [[P("<b>Course</b>", "DV-B"), P("<b>Date Completed</b>", "DV-B"),
                 P("<b>Score</b>", "DV-B", align=TA_CENTER),
                 P("<b>Admin</b>", "DV-B", align=TA_CENTER), P("<b>Clinical</b>", "DV-B", align=TA_CENTER),
                 P("<b>General</b>", "DV-B", align=TA_CENTER), P("<b>CEUs Earned</b>", "DV-B", align=TA_CENTER)]]
        for r in R:
            earned = r["amount"] if r["keep"] else "0.0"
            data.append([P(E(r["title"]), "DV", 9), P(r["dp"]), P(r["score"], align=TA_CENTER),
                         P(fmt(r["a"]), align=TA_CENTER), P(fmt(r["c"]), align=TA_CENTER),
                         P(fmt(r["g"]), align=TA_CENTER), P(earned, align=TA_CENTER)])
        tot = sum(float(r["amount"]) for r in R if r["keep"])
        data.append([P("<b>Total CEUs</b>", "DV-B"), "", "", "", "", "", P(f"<b>{tot:.1f}</b>", "DV-B",
                                                                            align=TA_CENTER)])
        t = Table(data, colWidths=[2.9 * inch, 0.95 * inch, 0.55 * inch, 0.6 * inch, 0.68 * inch,
                                   0.72 * inch, 0.8 * inch])
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor("#bbbbbb")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2f2f2")),
            ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        s += [t, Spacer(1, 8),
              P("Courses with a score below 70% do not earn CEUs. Contact ceu@aama-ntl.org with questions.",
                "DV", 7.5, color=GREY)]
        return s

    def page(c, d, total):
        w, h = letter
        c.setFont("Helvetica", 8)
        c.drawString(0.4 * inch, h - 0.3 * inch, "9/14/25, 3:42 PM")
        c.drawCentredString(w / 2, h - 0.3 * inch, "CEU Transcript | AAMA e-Learning Center")
        c.drawString(0.4 * inch, 0.3 * inch, "https://elearning.aama-ntl.org/my-account/transcript?view=ceu&print=1")
        c.drawRightString(w - 0.4 * inch, 0.3 * inch, f"{d.page}/{total}")

    n = build(OUT / fname, letter, story, page, margins=(0.55, 0.55, 0.6, 0.6))
    print(fname, "pages", n)
    record(fname, "pdf", "aama", prov, R)


# =========================================================================== 5
def f05_vocational_official():
    """Vocational school official transcript: serif, term section rows, term
    subtotals, letter grades (W, I, F excluded), Clock Hrs, yy dates."""
    fname = "prairie_valley_vocational_official_transcript.pdf"
    prov = "Prairie Valley Vocational-Technical School"
    terms = [
        ("FALL TERM 2023", [
            ("MA 101", "Introduction to Medical Assisting and Health Care Delivery", "12/15/23", "2023-12-15",
             "45.0", "A"),
            ("MA 110", "Medical Terminology I", "12/15/23", "2023-12-15", "60.0", "B+"),
            ("MA 115", "Anatomy & Physiology for Allied Health", "12/15/23", "2023-12-15", "90.0", "B"),
            ("GEN 104", "Workplace Computer Skills", "10/06/23", "2023-10-06", "30.0", "W"),
        ], "195.0"),
        ("SPRING TERM 2024", [
            ("MA 120", "Clinical Procedures I: Vital Signs, Patient Intake, and Examination Room Preparation",
             "05/10/24", "2024-05-10", "120.0", "A-"),
            ("MA 125", "Medical Office Administration and Scheduling", "05/10/24", "2024-05-10", "60.0", "P"),
            ("MA 130", "Pharmacology and Medication Administration", "05/10/24", "2024-05-10", "75.0", "I"),
            ("MA 140", "Phlebotomy and Specimen Collection", "05/10/24", "2024-05-10", "90.0", "A"),
        ], "270.0"),
        ("SUMMER TERM 2024", [
            ("MA 130", "Pharmacology and Medication Administration (incomplete resolved)", "07/26/24",
             "2024-07-26", "75.0", "B"),
            ("MA 150", "Health Insurance, Coding, and Billing", "07/26/24", "2024-07-26", "60.0", "F"),
            ("MA 199", "Externship: Ambulatory Care (160 clock hours)", "08/16/24", "2024-08-16", "160.0",
             "P"),
        ], "235.0"),
    ]
    R = []
    for _, rows, _ in terms:
        for code, title, dp, iso, hrs, grade in rows:
            R.append(dict(code=code, title=title, dp=dp, date=iso, hrs=hrs, grade=grade, amount=hrs,
                          unit="contact_hours", keep=grade not in ("W", "I", "F")))

    def story():
        s = [Spacer(1, 4),
             P("OFFICIAL TRANSCRIPT", "DVS-B", 14, align=TA_CENTER), Spacer(1, 6),
             Table([[P("Student: <b>Rosa M. Delgado</b><br/>Student No.: 2023-04471<br/>DOB: **/**/1996",
                       "DVS", 9),
                     P("Program: Medical Assistant Diploma (870 clock hours)<br/>Entered: 08/21/2023<br/>"
                       "Program completed: 08/16/2024", "DVS", 9)]],
                   colWidths=[3.5 * inch, 3.7 * inch],
                   style=[("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]),
             Spacer(1, 10)]
        data = [[P("<b>Course No.</b>", "DVS-B"), P("<b>Offering</b>", "DVS-B"),
                 P("<b>Completion</b>", "DVS-B", align=TA_CENTER), P("<b>Clock Hrs</b>", "DVS-B", align=TA_RIGHT),
                 P("<b>Grade</b>", "DVS-B", align=TA_CENTER)]]
        st = [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
              ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
              ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        for term, rows, sub in terms:
            i = len(data)
            data.append([P(f"<b>{term}</b>", "DVS-B", 9), "", "", "", ""])
            st += [("SPAN", (0, i), (-1, i)), ("TOPPADDING", (0, i), (-1, i), 9)]
            for code, title, dp, iso, hrs, grade in rows:
                data.append([P(code, "DVS", 9), P(E(title), "DVS", 9), P(dp, "DVS", 9, align=TA_CENTER),
                             P(hrs, "DVS", 9, align=TA_RIGHT), P(grade, "DVS", 9, align=TA_CENTER)])
            i = len(data)
            data.append(["", P(f"<i>Term clock hours earned</i>", "DVS-I", 8.5, align=TA_RIGHT), "",
                         P(sub, "DVS-B", 8.5, align=TA_RIGHT), ""])
            st += [("LINEABOVE", (3, i), (3, i), 0.5, colors.black)]
        i = len(data)
        data.append(["", P("<b>CUMULATIVE CLOCK HOURS EARNED</b>", "DVS-B", 9, align=TA_RIGHT), "",
                     P("<b>700.0</b>", "DVS-B", 9, align=TA_RIGHT), ""])
        st += [("LINEABOVE", (0, i), (-1, i), 1, colors.black)]
        t = Table(data, colWidths=[0.85 * inch, 3.9 * inch, 0.95 * inch, 0.8 * inch, 0.7 * inch])
        t.setStyle(TableStyle(st))
        s += [t, Spacer(1, 14),
              P("Grading key: A–D passing; P = Pass; F = Fail (no hours earned); I = Incomplete; W = Withdrawn. "
                "Clock hours are awarded only for passing grades. One clock hour equals 50–60 minutes of "
                "supervised instruction.", "DVS-I", 7.5),
              Spacer(1, 20),
              P("_______________________________ &nbsp;&nbsp;&nbsp; Date issued: 09/02/2025", "DVS", 9),
              P("Registrar", "DVS", 8)]
        return s

    def page(c, d, total):
        w, h = letter
        c.setStrokeColor(colors.black)
        c.setLineWidth(1.2)
        c.rect(0.6 * inch, h - 0.95 * inch, 0.6 * inch, 0.6 * inch)
        c.setFont("DVS-B", 11)
        c.drawCentredString(0.9 * inch, h - 0.72 * inch, "PV")
        c.setFont("DVS-B", 8)
        c.drawCentredString(0.9 * inch, h - 0.86 * inch, "VTS")
        c.setFont("DVS-B", 13)
        c.drawString(1.35 * inch, h - 0.55 * inch, "PRAIRIE VALLEY VOCATIONAL-TECHNICAL SCHOOL")
        c.setFont("DVS", 8.5)
        c.drawString(1.35 * inch, h - 0.72 * inch, "Office of the Registrar · 1400 Harvest Road · Salina, KS 67401")
        c.drawString(1.35 * inch, h - 0.86 * inch, "Licensed by the State Board of Career Schools · (785) 555-0142")
        c.setFont("DVS-I", 7)
        c.drawCentredString(w / 2, 0.45 * inch, "Not valid without the raised seal of the school. "
                            "Released under FERPA; recipient may not re-release.")

    build(OUT / fname, letter, story, page, margins=(0.6, 0.6, 1.1, 0.7))
    record(fname, "pdf", "college", prov, R)


# =========================================================================== 6
def f06_hr_payroll_scan():
    """Payroll/HR 'Training Activity Report' scanned at 200 dpi into an image-only
    PDF: Courier, landscape, employee columns first, Time (min), employer only
    named in a sentence, 2 pages with repeated headers."""
    fname = "paycore_hr_training_activity_report_scan.pdf"
    prov = "Brightwater Family Medicine"
    R = []
    items = [
        ("CMP-HIPAA25", "HIPAA Privacy & Security Annual Attestation", "1/8/2025", "2025-01-08", "60", "Complete"),
        ("CMP-OSHA25", "OSHA Bloodborne Pathogens Annual", "1/8/2025", "2025-01-08", "45", "Complete"),
        ("CMP-FWA25", "Fraud, Waste & Abuse (CMS General Compliance)", "1/15/2025", "2025-01-15", "30", "Complete"),
        ("CLN-EKG02", "12-Lead EKG Acquisition Refresher", "2/4/2025", "2025-02-04", "90", "Complete"),
        ("CLN-SPIRO1", "Spirometry Testing: Technique and Calibration", "2/19/2025", "2025-02-19", "60",
         "No Show"),
        ("SAF-FIRE25", "Fire Extinguisher Hands-On (PASS)", "3/5/2025", "2025-03-05", "20", "Complete"),
        ("CLN-VAX03", "Vaccine Administration Skills Validation: Pediatric and Adult Intramuscular Sites",
         "3/12/2025", "2025-03-12", "120", "Complete"),
        ("ADM-PHONE", "Phone Triage Scripts Update", "4/2/2025", "2025-04-02", "30", "Incomplete"),
        ("SAF-ASHR", "Active Shooter Response: Run, Hide, Fight", "4/16/2025", "2025-04-16", "45", "Complete"),
        ("CLN-POCT4", "POCT Hemoglobin A1c Analyzer Training", "5/7/2025", "2025-05-07", "40", "Complete"),
        ("ADM-EPIC7", "EHR Upgrade: New Rooming Workflow", "5/21/2025", "2025-05-21", "75", "Complete"),
        ("HR-DEI25", "Respectful Workplace and Anti-Harassment", "6/3/2025", "2025-06-03", "60", "Complete"),
        ("CLN-STRK", "Stroke Recognition: BE-FAST", "6/24/2025", "2025-06-24", "15", "Complete"),
        ("ADM-PRIV", "Release of Information Procedures", "7/9/2025", "2025-07-09", "30", "Scheduled"),
        ("CLN-CPR25", "BLS Renewal - Skills Session", "7/23/2025", "2025-07-23", "0", "Complete"),
        ("CLN-OPIO", "Naloxone Administration and Opioid Overdose Response", "8/6/2025", "2025-08-06", "45",
         "Complete"),
        ("SAF-HAZC", "Hazard Communication / SDS (GHS)", "8/20/2025", "2025-08-20", "30", "Complete"),
        ("CLN-ISOL", "Isolation Precautions: Contact, Droplet, Airborne", "8/27/2025", "2025-08-27", "30",
         "Complete"),
        ("ADM-CODE", "Documenting Chief Complaint and HPI for Providers", "8/28/2025", "2025-08-28", "60",
         "Complete"),
        ("CLN-WND2", "Suture and Staple Removal", "8/29/2025", "2025-08-29", "45", "No Show"),
    ]
    for code, title, dp, iso, mins, st in items:
        R.append(dict(code=code, title=title, dp=dp, date=iso, mins=mins, st=st, amount=mins, unit="minutes",
                      keep=(st == "Complete" and int(mins) > 0)))
    ps = landscape(letter)

    def story():
        s = [P("TRAINING ACTIVITY REPORT — BY EMPLOYEE", "Courier-Bold", 12), Spacer(1, 2),
             P("Report ID: TRN-0419 &nbsp;&nbsp; Parameters: Company 0412 ; Dept ALL ; Dates 01/01/2025-08/31/2025 ; "
               "Status ALL", "Courier", 8), Spacer(1, 8)]
        hdr = ["Emp #", "Employee Name", "Course Code", "Topic", "Completion", "Time (min)", "Status"]
        data = [[P(f"<b>{h}</b>", "Courier-Bold", 8.5) for h in hdr]]
        for r in R:
            data.append([P("004127", "Courier", 8.5), P("NGUYEN, KIMBERLY T", "Courier", 8.5),
                         P(r["code"], "Courier", 8.5), P(E(r["title"]), "Courier", 8.5),
                         P(r["dp"], "Courier", 8.5), P(r["mins"], "Courier", 8.5, align=TA_RIGHT),
                         P(r["st"], "Courier", 8.5)])
        tot = sum(int(r["mins"]) for r in R if r["keep"])
        data.append(["", "", "", P("EMPLOYEE TOTAL (Complete only)", "Courier-Bold", 8.5), "",
                     P(str(tot), "Courier-Bold", 8.5, align=TA_RIGHT), ""])
        t = Table(data, colWidths=[0.6 * inch, 1.55 * inch, 1.05 * inch, 3.4 * inch, 0.95 * inch, 0.75 * inch,
                                   0.95 * inch], repeatRows=1)
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
        s += [t, Spacer(1, 14),
              P("This report was generated for Brightwater Family Medicine by PayCore HCM from the employee "
                "learning records maintained by the practice's Human Resources office.", "Courier", 8),
              P("Time (min) is the scheduled seat time. Records with status other than Complete carry no credit.",
                "Courier", 8)]
        return s

    def page(c, d, total):
        w, h = ps
        c.setFont("Courier", 8)
        c.drawString(0.5 * inch, h - 0.4 * inch, "PayCore HCM  v12.4")
        c.drawCentredString(w / 2, h - 0.4 * inch, "Company 0412")
        c.drawRightString(w - 0.5 * inch, h - 0.4 * inch, "Run: 09/02/2025 06:15")
        c.drawString(0.5 * inch, 0.4 * inch, "CONFIDENTIAL - CONTAINS EMPLOYEE INFORMATION")
        c.drawRightString(w - 0.5 * inch, 0.4 * inch, f"Page {d.page} of {total}")

    src = tmp_pdf("f06.pdf")
    n = build(src, ps, story, page, margins=(0.5, 0.5, 0.7, 0.7))
    print(fname, "pages", n)
    scan_to_pdf(src, OUT / fname, 200, [-0.7, 0.9], 606, 62)
    record(fname, "scan", "lms", prov, R)


# =========================================================================== 7
def f07_inservice_log():
    """Nursing-home chain in-service sign-in log: Date | In-service Topic |
    Presenter | Minutes | Attendance (+ signature), quarter rows, grid,
    landscape, bottom-aligned wrapped titles, long dates."""
    fname = "oakhaven_inservice_attendance_log.pdf"
    prov = "Oakhaven Senior Living"
    quarters = [
        ("Q1 2025", [
            ("January 9, 2025", "2025-01-09", "Resident Rights and Abuse/Neglect Reporting (Elder Justice Act)",
             "L. Park, RN, Staff Dev.", "60", "Attended"),
            ("January 23, 2025", "2025-01-23", "Dementia Care: Responding to Sundowning", "M. Osei, LSW", "45",
             "Attended"),
            ("February 6, 2025", "2025-02-06", "Infection Control: Enhanced Barrier Precautions for MDRO "
             "Colonization in Long-Term Care", "Infection Preventionist", "30", "Attended"),
            ("February 20, 2025", "2025-02-20", "Safe Patient Handling: Gait Belts and Mechanical Lifts",
             "R. Alvarez, PT", "45", "No Show"),
            ("March 5, 2025", "2025-03-05", "Emergency Preparedness: Shelter-in-Place Drill Debrief",
             "Administrator", "20", "Attended"),
        ]),
        ("Q2 2025", [
            ("April 10, 2025", "2025-04-10", "Medication Pass Observation and Documentation on the eMAR",
             "D. Chen, PharmD (consultant)", "60", "Attended"),
            ("April 24, 2025", "2025-04-24", "Hospice and End-of-Life Comfort Care", "Heartland Hospice liaison",
             "45", "Excused"),
            ("May 8, 2025", "2025-05-08", "Skin Integrity: Pressure Injury Staging and Turning Schedules",
             "Wound Care Nurse", "45", "Attended"),
            ("May 22, 2025", "2025-05-22", "Heat-Related Illness in Older Adults", "L. Park, RN", "15",
             "Attended"),
            ("June 12, 2025", "2025-06-12", "Customer Service: Communicating with Families", "Administrator", "30",
             "Attended"),
            ("June 26, 2025", "2025-06-26", "Fire Safety and RACE/PASS Review", "Maintenance Director", "30",
             "Cancelled"),
        ]),
        ("Q3 2025", [
            ("July 17, 2025", "2025-07-17", "Diabetes in Long-Term Care: Hypoglycemia Recognition, Fingerstick "
             "Technique, and When to Call the Nurse", "L. Park, RN", "60", "Attended"),
            ("August 7, 2025", "2025-08-07", "HIPAA in Long-Term Care", "Compliance Officer", "30", "Attended"),
        ]),
    ]
    R = []
    for _, rows in quarters:
        for dp, iso, topic, pres, mins, att in rows:
            R.append(dict(dp=dp, date=iso, title=topic, pres=pres, mins=mins, att=att, amount=mins,
                          unit="minutes", keep=att == "Attended"))
    ps = landscape(letter)

    def story():
        s = [P("IN-SERVICE EDUCATION ATTENDANCE RECORD", "DV-B", 13, align=TA_CENTER), Spacer(1, 3),
             P("Employee: Brandon L. Tate &nbsp;&nbsp; Position: Certified Medical Assistant / Restorative Aide "
               "&nbsp;&nbsp; Community: Oakhaven at Millbrook &nbsp;&nbsp; Calendar year 2025",
               "DV", 9, align=TA_CENTER), Spacer(1, 8)]
        hdr = ["Date", "In-service Topic", "Presenter", "Minutes", "Attendance", "Employee Signature"]
        data = [[P(f"<b>{h}</b>", "DV-B", 9) for h in hdr]]
        st = [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
              ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        for q, rows in quarters:
            i = len(data)
            data.append([P(f"<b>{q}</b>", "DV-B", 9), "", "", "", "", ""])
            st += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f6f6f6"))]
            for dp, iso, topic, pres, mins, att in rows:
                sig = "<i>B. Tate</i>" if att == "Attended" else ""
                data.append([P(dp, "DV", 9), P(E(topic), "DV", 9), P(E(pres), "DV", 8.5),
                             P(mins, "DV", 9, align=TA_CENTER), P(att, "DV", 9), P(sig, "DVS-I", 10)])
        t = Table(data, colWidths=[1.45 * inch, 3.25 * inch, 1.8 * inch, 0.75 * inch, 1.05 * inch, 1.4 * inch],
                  repeatRows=1)
        t.setStyle(TableStyle(st))
        tot = sum(int(r["mins"]) for r in R if r["keep"])
        s += [t, Spacer(1, 8),
              P(f"Total minutes attended: {tot} ({tot / 60:.2f} hours). State requirement for nursing assistants: "
                "12 hours per year.", "DV", 8.5),
              P("Staff Development Coordinator: ______________________ &nbsp;&nbsp; Date: ___________", "DV", 8.5)]
        return s

    def page(c, d, total):
        w, h = ps
        c.setFont("DVS-B", 14)
        c.setFillColor(colors.HexColor("#2f5d3a"))
        c.drawString(0.5 * inch, h - 0.5 * inch, "OAKHAVEN")
        c.setFont("DVS", 8)
        c.drawString(0.5 * inch, h - 0.64 * inch, "SENIOR LIVING · Skilled Nursing · Memory Care · Rehab")
        c.setFillColor(GREY)
        c.setFont("DV", 7)
        c.drawString(0.5 * inch, 0.4 * inch, "Form SD-14 (rev. 03/2024) — Retain in employee education file for 3 years.")
        c.drawRightString(w - 0.5 * inch, 0.4 * inch, f"Page {d.page} of {total}")

    build(OUT / fname, ps, story, page, margins=(0.5, 0.5, 0.85, 0.65))
    record(fname, "pdf", "other", prov, R)


# =========================================================================== 8
def f08_rx_ma_combined():
    """Pharmacy-tech / MA combined CE record: two sections with different units
    ('0.15 CEU' ACPE vs '1.0 AAMA CEU' + category), Provider column, UAN codes,
    dd-Mon-yyyy dates, 2 pages, repeated header."""
    fname = "keystone_rx_ma_combined_ce_record.pdf"
    prov = "Keystone Allied Health Council"
    rx = [
        ("0145-0000-25-011-H01-T", "Immunization Update for Pharmacy Technicians", "Pharmacy Times CE",
         "14-Jan-2025", "2025-01-14", "0.15 CEU", True),
        ("0798-9999-24-233-H03-T", "Sterile Compounding: Garbing and Hand Hygiene per USP <797>",
         "Compounding Learning Institute", "30-Jan-2025", "2025-01-30", "0.20 CEU", True),
        ("0204-0000-25-004-H05-T", "Pharmacy Law: Controlled Substance Recordkeeping", "State Pharmacists Assn.",
         "11-Feb-2025", "2025-02-11", "0.10 CEU", True),
        ("0145-0000-25-020-H01-T", "Medication Safety: Tall Man Lettering and High-Alert Drugs",
         "Pharmacy Times CE", "05-Mar-2025", "2025-03-05", "0.15 CEU", True),
        ("0798-9999-25-018-H04-T", "Biosimilars and Specialty Pharmacy Basics", "Compounding Learning Institute",
         "19-Mar-2025", "2025-03-19", "0.10 CEU", False),  # Failed
        ("0204-0000-25-031-H07-T", "Opioid Safety and Naloxone Dispensing", "State Pharmacists Assn.",
         "08-Apr-2025", "2025-04-08", "0.20 CEU", True),
        ("0145-0000-25-047-H01-T", "Pharmacy Technician Role in Immunization Administration: Technique, "
         "Documentation, and Emergency Response", "Pharmacy Times CE", "29-Apr-2025", "2025-04-29", "0.20 CEU",
         True),
        ("0204-0000-25-052-H05-T", "Preventing Diversion in Community Pharmacy", "State Pharmacists Assn.",
         "20-May-2025", "2025-05-20", "0.10 CEU", True),
        ("0798-9999-25-060-H03-T", "Beyond-Use Dating for Nonsterile Preparations",
         "Compounding Learning Institute", "17-Jun-2025", "2025-06-17", "0.15 CEU", True),
    ]
    rx_status = {4: "Failed"}
    ma = [
        ("MA-25-0102", "Assisting with Minor Surgical Procedures", "Keystone Allied Health Council",
         "22-Jan-2025", "2025-01-22", "1.0 AAMA CEU", "Clinical", True),
        ("MA-25-0140", "Payer Mix and Patient Financial Counseling", "Keystone Allied Health Council",
         "26-Feb-2025", "2025-02-26", "1.5 AAMA CEU", "Administrative", True),
        ("MA-25-0177", "Communicating Across Generations in the Workplace", "Penn Valley MA Chapter",
         "15-Mar-2025", "2025-03-15", "0.5 AAMA CEU", "General", True),
        ("MA-25-0203", "Allergy Testing and Immunotherapy Injections", "Penn Valley MA Chapter", "12-Apr-2025",
         "2025-04-12", "1.0 AAMA CEU", "Clinical", False),  # Pending
        ("MA-25-0231", "Specimen Collection for Sexually Transmitted Infection Testing: Patient Preparation and "
         "Chain of Custody", "Keystone Allied Health Council", "07-May-2025", "2025-05-07", "1.5 AAMA CEU",
         "Clinical", True),
        ("MA-25-0266", "Managing Medical Records Retention and Destruction", "Penn Valley MA Chapter",
         "04-Jun-2025", "2025-06-04", "1.0 AAMA CEU", "Administrative", True),
        ("MA-25-0290", "Recognizing Signs of Human Trafficking in Health Care Settings",
         "Keystone Allied Health Council", "25-Jun-2025", "2025-06-25", "1.0 AAMA CEU", "General", True),
        ("MA-25-0301", "Urinalysis: Dipstick and Microscopic Prep", "Keystone Allied Health Council",
         "09-Jul-2025", "2025-07-09", "1.0 AAMA CEU", "Clinical", False),  # Withdrawn
    ]
    ma_status = {3: "Pending", 7: "Withdrawn"}
    R = []
    for i, (uan, t, p, dp, iso, cr, k) in enumerate(rx):
        R.append(dict(code=uan, title=t, provider=p, dp=dp, date=iso, credit=cr, typ="ACPE – Technician",
                      st=rx_status.get(i, "Completed"), amount=cr.split()[0], unit="ceu", keep=k))
    for i, (code, t, p, dp, iso, cr, cat, k) in enumerate(ma):
        R.append(dict(code=code, title=t, provider=p, dp=dp, date=iso, credit=cr, typ=f"AAMA – {cat}",
                      st=ma_status.get(i, "Completed"), amount=cr.split()[0], unit="aama_ceus",
                      category=cat.lower(), keep=k))

    def story():
        s = [P("Combined Continuing Education Record", "DVC-B", 15), Spacer(1, 2),
             P("Pharmacy Technician (CPhT) &amp; Certified Medical Assistant", "DVC", 10, color=GREY), Spacer(1, 6),
             P("Licensee: Kevin A. Brandt &nbsp;·&nbsp; CPhT #PT-2218843 &nbsp;·&nbsp; CMA #0193377 &nbsp;·&nbsp; "
               "Record period 01/01/2025 – 07/31/2025", "DVC", 9), Spacer(1, 10)]
        hdr = ["UAN / Activity #", "Title", "Provider", "Date", "Credit", "Type", "Status"]
        data = [[P(f"<b>{h}</b>", "DVC-B", 8.5, color=colors.white) for h in hdr]]
        st = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#4a4a4a")),
              ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
              ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]

        def section(label):
            i = len(data)
            data.append([P(f"<b>{label}</b>", "DVC-B", 9.5), "", "", "", "", "", ""])
            st.extend([("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#dfe6ee"))])

        def rowsof(rows):
            for r in rows:
                data.append([P(r["code"], "DVM", 6.5), P(E(r["title"]), "DVC", 9), P(E(r["provider"]), "DVC", 8),
                             P(r["dp"], "DVC", 8), P(r["credit"], "DVC", 8), P(r["typ"], "DVC", 7.5),
                             P(r["st"], "DVC", 8)])

        def subtotal(label, val):
            i = len(data)
            data.append(["", P(f"<i>{label}</i>", "DVC", 8.5, align=TA_RIGHT), "", "",
                         P(f"<b>{val}</b>", "DVC-B", 8.5), "", ""])
            st.append(("SPAN", (1, i), (3, i)))

        section("PART A — Pharmacy Technician CE (ACPE, reported to CPE Monitor)")
        rowsof([r for r in R if r["unit"] == "ceu"])
        subtotal("Pharmacy technician CE completed", "1.25 CEU (12.5 hrs)")
        section("PART B — Medical Assistant CE (AAMA-approved)")
        rowsof([r for r in R if r["unit"] == "aama_ceus"])
        subtotal("Medical assistant CE completed", "6.5 AAMA CEU")
        t = Table(data, colWidths=[1.05 * inch, 2.0 * inch, 1.0 * inch, 0.9 * inch, 0.88 * inch, 0.92 * inch,
                                   0.75 * inch], repeatRows=1)
        t.setStyle(TableStyle(st))
        s += [t, Spacer(1, 8),
              P("ACPE credit is expressed in CEUs (0.1 CEU = 1 contact hour). AAMA CEUs are category-designated. "
                "Activities marked Failed, Pending or Withdrawn are not counted.", "DVC", 7.5, color=GREY)]
        return s

    def page(c, d, total):
        w, h = letter
        c.setFillColor(colors.HexColor("#4a4a4a"))
        c.rect(0, h - 0.55 * inch, w, 0.55 * inch, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DVC-B", 12)
        c.drawString(0.5 * inch, h - 0.35 * inch, "KEYSTONE ALLIED HEALTH COUNCIL")
        c.setFont("DVC", 8)
        c.drawRightString(w - 0.5 * inch, h - 0.35 * inch, "CE Registry Services")
        c.setFillColor(GREY)
        c.setFont("DVC", 7)
        c.drawString(0.5 * inch, 0.4 * inch, "Record generated 08/01/2025 · Verify at kahc-registry.org/verify · Code 7QK-22H")
        c.drawRightString(w - 0.5 * inch, 0.4 * inch, f"page {d.page} of {total}")

    n = build(OUT / fname, letter, story, page, margins=(0.5, 0.5, 0.8, 0.65))
    print(fname, "pages", n)
    record(fname, "pdf", "other", prov, R)


# =========================================================================== 9
def f09_nha_credit_history():
    """NHA-style CE credit history: CE Credits column, two date columns
    (Submitted vs Completion), Source column, Accepted/Pending/Rejected."""
    fname = "nha_ce_credit_history.pdf"
    prov = "National Healthcareer Association"
    items = [
        ("Feb 2, 2025", "Jan 28, 2025", "2025-01-28", "Professionalism in Allied Health", "NHA CE Library", "1.0",
         "Accepted"),
        ("Feb 2, 2025", "Jan 30, 2025", "2025-01-30", "Order of Draw and Additive Carryover", "NHA CE Library",
         "1.0", "Accepted"),
        ("Mar 9, 2025", "Mar 8, 2025", "2025-03-08", "Electrocardiogram Artifacts: Causes and Corrections",
         "NHA CE Library", "1.5", "Accepted"),
        ("Apr 1, 2025", "Mar 22, 2025", "2025-03-22", "Regional MA Conference – General Session (external "
         "certificate)", "External", "3.0", "Rejected"),
        ("Apr 1, 2025", "Mar 22, 2025", "2025-03-22", "Regional MA Conference – Breakout: Pediatric Injections",
         "External", "1.0", "Accepted"),
        ("May 14, 2025", "May 13, 2025", "2025-05-13", "Patient Safety: Preventing Wrong-Patient Errors",
         "NHA CE Library", "1.0", "Accepted"),
        ("Jun 20, 2025", "Jun 19, 2025", "2025-06-19", "Medical Ethics and the Medical Assistant",
         "NHA CE Library", "1.0", "Accepted"),
        ("Jul 30, 2025", "Jul 29, 2025", "2025-07-29", "Infection Control in Ambulatory Care: Standard and "
         "Transmission-Based Precautions", "NHA CE Library", "2.0", "Accepted"),
        ("Aug 11, 2025", "Aug 9, 2025", "2025-08-09", "Body Mechanics and Patient Transfers", "External", "1.0",
         "Pending"),
        ("Aug 25, 2025", "Aug 25, 2025", "2025-08-25", "Point-of-Care Testing: Strep, Flu, and COVID Swabs",
         "NHA CE Library", "1.0", "Accepted"),
    ]
    R = [dict(sub=s_, dp=dp, date=iso, title=t, src=src, amt=a, st=st, amount=a, unit="nha_credits",
              keep=st == "Accepted") for s_, dp, iso, t, src, a, st in items]

    def story():
        s = [P("CE Credit History", "DV-B", 16, color=colors.HexColor("#0b6e69")), Spacer(1, 4),
             P("Certification: <b>Certified Clinical Medical Assistant (CCMA)</b> &nbsp;·&nbsp; Cert # 9X4L-77Q2 "
               "&nbsp;·&nbsp; Renewal window: 10/01/2023 – 09/30/2025", "DV", 9), Spacer(1, 2),
             P("Credits required for renewal: 10.0 &nbsp;·&nbsp; Accepted credits: 9.5 &nbsp;·&nbsp; "
               "Status: <b>0.5 credits remaining</b>", "DV", 9), Spacer(1, 10)]
        hdr = ["Submitted", "Activity", "Completion", "Source", "CE Credits", "Status"]
        data = [[P(f"<b>{h}</b>", "DV-B", 8.5) for h in hdr]]
        st = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
              ("LINEBELOW", (0, 0), (-1, 0), 1, colors.HexColor("#0b6e69")),
              ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
        for k, r in enumerate(R):
            data.append([P(r["sub"]), P(E(r["title"]), "DV", 9), P(r["dp"]), P(r["src"]),
                         P(r["amt"], align=TA_CENTER), P(r["st"])])
            if k % 2 == 0:
                st.append(("BACKGROUND", (0, k + 1), (-1, k + 1), colors.HexColor("#eef7f6")))
        t = Table(data, colWidths=[1.0 * inch, 2.8 * inch, 1.0 * inch, 0.95 * inch, 0.75 * inch, 0.8 * inch])
        t.setStyle(TableStyle(st))
        s += [t, Spacer(1, 10),
              P("Rejected: certificate did not list contact hours. Pending: under audit review (allow 5–7 business "
                "days). Only accepted credits apply to renewal.", "DV-I", 7.5, color=GREY)]
        return s

    def page(c, d, total):
        w, h = letter
        c.setFont("DV-B", 20)
        c.setFillColor(colors.HexColor("#0b6e69"))
        c.drawString(0.6 * inch, h - 0.6 * inch, "nha")
        c.setFont("DV", 7.5)
        c.setFillColor(GREY)
        c.drawString(1.25 * inch, h - 0.52 * inch, "National Healthcareer")
        c.drawString(1.25 * inch, h - 0.63 * inch, "Association")
        c.drawRightString(w - 0.6 * inch, h - 0.55 * inch, "My Account › Certifications › CE Credits")
        c.drawString(0.6 * inch, 0.45 * inch, "Generated 09/03/2025")
        c.drawRightString(w - 0.6 * inch, 0.45 * inch, f"{d.page} of {total}")

    build(OUT / fname, letter, story, page, margins=(0.6, 0.6, 0.95, 0.7))
    record(fname, "pdf", "other", prov, R)


# =========================================================================== 10
def f10_cc_workforce_scan():
    """Community college workforce (non-credit) transcript, scanned jpg:
    Course/Sec/Title split, Begin/End dates (End = completion), IACET CEUs,
    Withdrawn/Registered rows, boxed header block, 1 CEU = 10 hrs footnote."""
    fname = "lakeland_cc_workforce_transcript_scan.jpg"
    prov = "Lakeland Community College"
    items = [
        ("HLTH-7010", "W01", "Medical Coding Essentials: CPT and HCPCS", "01/13/2025", "03/03/2025", "2025-03-03",
         "2.4", "Completed"),
        ("HLTH-7125", "E02", "ECG Technician Skills Update", "02/08/2025", "02/22/2025", "2025-02-22", "1.2",
         "Completed"),
        ("HLTH-7140", "W03", "Phlebotomy Continuing Education: Difficult Draws and Special Collections",
         "03/17/2025", "04/14/2025", "2025-04-14", "0.8", "Completed"),
        ("PROF-6001", "O01", "Customer Service in Health Care", "04/01/2025", "04/29/2025", "2025-04-29", "0.6",
         "Withdrawn"),
        ("HLTH-7205", "S01", "Mental Health First Aid (Adult)", "05/10/2025", "05/10/2025", "2025-05-10", "0.8",
         "Completed"),
        ("CMPT-5010", "O04", "Excel for Medical Office Reporting", "06/02/2025", "06/23/2025", "2025-06-23",
         "1.5", "Completed"),
        ("HLTH-7300", "W01", "Medication Math Review for Allied Health", "07/07/2025", "07/28/2025",
         "2025-07-28", "0.9", "Completed"),
        ("HLTH-7410", "E01", "Medical Spanish for Clinical Staff I", "09/08/2025", "11/03/2025", "2025-11-03",
         "2.0", "Registered"),
    ]
    R = [dict(course=c_, sec=sec, title=t, beg=b, end=e, date=iso, ceu=ceu, st=st, amount=ceu, unit="ceu",
              keep=st == "Completed") for c_, sec, t, b, e, iso, ceu, st in items]

    def story():
        s = [Table([[P("<b>Student</b><br/>Ashley N. Kowalski<br/>ID: L00482219", "DV", 8.5),
                     P("<b>Division</b><br/>Workforce &amp; Continuing Education<br/>Non-Credit Programs", "DV", 8.5),
                     P("<b>Printed</b><br/>09/05/2025<br/>Unofficial copy", "DV", 8.5)]],
                   colWidths=[2.4 * inch, 2.6 * inch, 2.2 * inch],
                   style=[("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                          ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black),
                          ("VALIGN", (0, 0), (-1, -1), "TOP")]),
             Spacer(1, 10),
             P("CONTINUING EDUCATION UNITS (CEUs) EARNED", "DV-B", 10), Spacer(1, 4)]
        hdr = ["Course", "Sec", "Title", "Begin", "End", "CEUs", "Status"]
        data = [[P(f"<b>{h}</b>", "DV-B", 8.5) for h in hdr]]
        for r in R:
            data.append([P(r["course"]), P(r["sec"]), P(E(r["title"]), "DV", 9), P(r["beg"]), P(r["end"]),
                         P(r["ceu"], align=TA_RIGHT), P(r["st"])])
        data.append(["", "", P("<b>Total CEUs earned</b>", "DV-B", 8.5, align=TA_RIGHT), "", "",
                     P("<b>7.6</b>", "DV-B", 8.5, align=TA_RIGHT), ""])
        t = Table(data, colWidths=[0.85 * inch, 0.45 * inch, 2.5 * inch, 0.92 * inch, 0.92 * inch, 0.55 * inch,
                                   0.95 * inch])
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        s += [t, Spacer(1, 10),
              P("One Continuing Education Unit (CEU) equals ten contact hours of participation in an organized "
                "continuing education experience under responsible sponsorship, capable direction and qualified "
                "instruction (IACET standard). CEUs are awarded only for completed sections.", "DV", 7.5)]
        return s

    def page(c, d, total):
        w, h = letter
        c.setFont("DVS-B", 15)
        c.drawCentredString(w / 2, h - 0.55 * inch, "LAKELAND COMMUNITY COLLEGE")
        c.setFont("DVS", 9)
        c.drawCentredString(w / 2, h - 0.72 * inch, "Workforce Development Transcript")
        c.setFont("DV", 7)
        c.drawCentredString(w / 2, 0.45 * inch, "This is not an academic (credit) transcript. Non-credit coursework "
                            "does not transfer for degree credit.")

    src = tmp_pdf("f10.pdf")
    build(src, letter, story, page, margins=(0.65, 0.65, 1.0, 0.7))
    scan_to_jpg(src, OUT / fname, 150, -0.8, 1010, 64)
    record(fname, "scan", "college", prov, R)


# =========================================================================== 11
def f11_competency_scan():
    """Physician practice annual competency report, image-only PDF scan:
    section rows by domain, Result Satisfactory/Needs Improvement/Not Performed,
    Length in '90 min' form, observation-only rows with '—' (no credit), m/d/yy."""
    fname = "maplewood_annual_competency_report_scan.pdf"
    prov = "Maplewood Internal Medicine Associates"
    sections = [
        ("Clinical Skills", [
            ("Venipuncture and capillary puncture", "Direct observation ×3", "K. Singh, MD", "2/11/25", "2025-02-11",
             "60 min", "Satisfactory"),
            ("Intramuscular and subcutaneous injections, including vaccine administration documentation in "
             "the immunization registry", "Skills lab + return demo", "Lead CMA", "2/11/25", "2025-02-11",
             "90 min", "Satisfactory"),
            ("12-lead ECG", "Return demonstration", "K. Singh, MD", "3/5/25", "2025-03-05", "—", "Satisfactory"),
            ("Visual acuity and audiometry screening", "Direct observation", "Lead CMA", "3/5/25", "2025-03-05",
             "30 min", "Needs Improvement"),
            ("Autoclave operation and spore testing log", "Checklist + quiz", "Practice Manager", "4/9/25",
             "2025-04-09", "45 min", "Satisfactory"),
        ]),
        ("Safety & Compliance", [
            ("Emergency cart check and mock code", "Drill", "R. Feld, DO", "5/14/25", "2025-05-14", "60 min",
             "Satisfactory"),
            ("Hazardous waste segregation", "Walk-through", "Practice Manager", "5/14/25", "2025-05-14", "15 min",
             "Satisfactory"),
            ("Controlled substance log reconciliation", "Audit", "R. Feld, DO", "6/18/25", "2025-06-18",
             "30 min", "Not Performed"),
        ]),
        ("Administrative", [
            ("Insurance eligibility verification and referral entry", "Chart audit (10 charts)",
             "Billing Lead", "7/16/25", "2025-07-16", "40 min", "Satisfactory"),
            ("Patient portal enrollment and proxy access", "Observation", "Practice Manager", "7/16/25",
             "2025-07-16", "20 min", "Satisfactory"),
        ]),
    ]
    R = []
    for _, rows in sections:
        for comp, meth, val, dp, iso, length, res in rows:
            amt = length.split()[0] if length != "—" else "0"
            R.append(dict(title=comp, meth=meth, val=val, dp=dp, date=iso, length=length, res=res, amount=amt,
                          unit="minutes", keep=res == "Satisfactory" and amt != "0"))

    def story():
        s = [P("ANNUAL COMPETENCY VALIDATION REPORT — 2025", "DVS-B", 13), Spacer(1, 4),
             P("Employee: Priya S. Raman, CMA &nbsp;&nbsp; Role: Medical Assistant &nbsp;&nbsp; Hire date: 06/03/2019 "
               "&nbsp;&nbsp; Supervising physician: K. Singh, MD", "DVS", 9), Spacer(1, 8)]
        hdr = ["Competency", "Validation Method", "Validator", "Date", "Length", "Result"]
        data = [[P(f"<b>{h}</b>", "DVS-B", 8.5) for h in hdr]]
        st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        for sec, rows in sections:
            i = len(data)
            data.append([P(f"<b><i>{sec}</i></b>", "DVS-B", 9), "", "", "", "", ""])
            st += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#e6e6e6"))]
            for comp, meth, val, dp, iso, length, res in rows:
                data.append([P(E(comp), "DVS", 9), P(E(meth), "DVS", 8.5), P(E(val), "DVS", 8.5),
                             P(dp, "DVS", 9), P(length, "DVS", 9, align=TA_CENTER), P(res, "DVS", 9)])
        t = Table(data, colWidths=[2.35 * inch, 1.3 * inch, 1.05 * inch, 0.72 * inch, 0.68 * inch, 1.15 * inch])
        t.setStyle(TableStyle(st))
        s += [t, Spacer(1, 8),
              P("Length = education time credited with the validation. \u2014 = observation only, no education "
                "time credited. Needs Improvement / Not Performed items must be re-validated within 30 days.",
                "DVS-I", 7.5),
              Spacer(1, 18),
              P("Employee signature: ____________________ &nbsp;&nbsp; Physician signature: ____________________",
                "DVS", 9)]
        return s

    def page(c, d, total):
        w, h = letter
        c.setFont("DVS-B", 12)
        c.drawString(0.6 * inch, h - 0.5 * inch, "Maplewood Internal Medicine Associates, P.C.")
        c.setFont("DVS", 8)
        c.drawString(0.6 * inch, h - 0.64 * inch, "2250 Maplewood Pkwy, Suite 300 · Columbus, OH 43220")
        c.setFont("DVS-I", 7.5)
        c.drawRightString(w - 0.6 * inch, 0.45 * inch, "HR-COMP-05 · Confidential personnel record")

    src = tmp_pdf("f11.pdf")
    build(src, letter, story, page, margins=(0.6, 0.6, 0.95, 0.7))
    scan_to_pdf(src, OUT / fname, 150, [1.7], 1111, 75)
    record(fname, "scan", "other", prov, R)


# =========================================================================== 12
def f12_ce_ledger():
    """CE broker-style ledger: Date Completed | Course | Provider | Hours |
    Approved For; year subtotals; an 'in progress / not posted' section; 3 pages,
    landscape, header NOT repeated on later pages."""
    fname = "credentialvault_ce_ledger.pdf"
    prov = "CredentialVault"
    years = {
        "2023": [
            ("01/17/2023", "Medical Terminology Refresher: Cardiovascular System", "AlliedEd Online", "2.00",
             "Medical Assistant"),
            ("02/09/2023", "OSHA Bloodborne Pathogens", "SafeWork Training Co.", "1.00", "All Allied Health"),
            ("03/22/2023", "Managing Patient Flow in Multi-Provider Practices", "Practice Ops Institute", "1.50",
             "Medical Assistant"),
            ("04/05/2023", "Introduction to Medical Spanish", "Hablamos Salud LLC", "3.00", "Medical Assistant"),
            ("05/18/2023", "Geriatric Medication Management and the Beers Criteria", "AlliedEd Online", "1.00",
             "Medical Assistant; Pharmacy Technician"),
            ("06/27/2023", "Phlebotomy: Order of Draw Review", "Metro Lab Academy", "0.50", "Phlebotomy Technician"),
            ("08/14/2023", "Workplace Harassment Prevention (State Mandated)", "SafeWork Training Co.", "2.00",
             "All Allied Health"),
            ("09/11/2023", "Basic Life Support Renewal", "Heartline CPR", "4.00", "All Allied Health"),
            ("10/03/2023", "Orientation Video: Using the CredentialVault App", "CredentialVault", "0.00",
             "Not applicable"),
            ("11/20/2023", "Spirometry Testing Best Practices", "Respira Learning", "1.50", "Medical Assistant"),
            ("12/12/2023", "Holiday Season Burnout Prevention", "Wellness at Work", "1.00", "All Allied Health"),
        ],
        "2024": [
            ("01/23/2024", "HIPAA 2024 Update: Reproductive Health Privacy Rule", "Compliance Partners", "1.00",
             "All Allied Health"),
            ("02/15/2024", "Vital Signs in Pediatrics: Normal Ranges by Age", "AlliedEd Online", "1.00",
             "Medical Assistant"),
            ("03/07/2024", "Minor Surgery Tray Setup and Sterile Technique", "Practice Ops Institute", "2.00",
             "Medical Assistant"),
            ("04/11/2024", "Chronic Care Management Billing (CPT 99490/99439): Time Tracking, Consent, and Care "
             "Plan Documentation", "Compliance Partners", "1.50", "Medical Assistant"),
            ("05/29/2024", "Lab Safety: Chemical Hygiene Plan", "Metro Lab Academy", "1.00",
             "Phlebotomy Technician; Medical Assistant"),
            ("06/19/2024", "De-escalation Techniques for Health Care Staff", "SafeWork Training Co.", "2.00",
             "All Allied Health"),
            ("07/30/2024", "Diabetes Self-Management Education Support", "AlliedEd Online", "1.50",
             "Medical Assistant"),
            ("09/04/2024", "Cultural Competency: LGBTQ+ Patient Care", "Wellness at Work", "1.00",
             "All Allied Health"),
            ("10/16/2024", "Influenza and COVID-19 Vaccine Update 2024–2025", "Respira Learning", "0.75",
             "Medical Assistant; Pharmacy Technician"),
            ("11/19/2024", "EHR Downtime Procedures", "Practice Ops Institute", "0.50", "Medical Assistant"),
            ("12/10/2024", "Time Management for Clinical Support Staff", "Wellness at Work", "1.00",
             "All Allied Health"),
        ],
        "2025": [
            ("01/14/2025", "Telehealth Rooming and Virtual Vitals", "AlliedEd Online", "1.00", "Medical Assistant"),
            ("02/26/2025", "Stop the Bleed®", "Heartline CPR", "1.50", "All Allied Health"),
            ("03/18/2025", "Anticoagulation Clinic Support: INR Point-of-Care Testing", "Metro Lab Academy", "1.00",
             "Medical Assistant"),
            ("04/22/2025", "Records Requests and the 21st Century Cures Act Information Blocking Rule",
             "Compliance Partners", "1.00", "All Allied Health"),
            ("05/27/2025", "Respiratory Therapy Basics for MAs: Nebulizers and Peak Flow", "Respira Learning",
             "1.25", "Medical Assistant"),
            ("06/30/2025", "Ethics Case Studies for Allied Health", "Wellness at Work", "2.00", "All Allied Health"),
        ],
    }
    pending = [
        ("—", "Medical Assistant Leadership Certificate (Module 3 of 5)", "Practice Ops Institute", "6.00",
         "Medical Assistant"),
        ("—", "Advanced Phlebotomy: Arterial Puncture Awareness", "Metro Lab Academy", "2.00",
         "Phlebotomy Technician"),
    ]
    R = []
    for y, rows in years.items():
        for dp, t, p, hrs, ap in rows:
            m, d_, yy = dp.split("/")
            R.append(dict(dp=dp, date=f"{yy}-{m}-{d_}", title=t, provider=p, hrs=hrs, ap=ap, amount=hrs,
                          unit="contact_hours", keep=float(hrs) > 0))
    ps = landscape(letter)

    def story():
        s = [P("Continuing Education Ledger", "DV-B", 16), Spacer(1, 2),
             P("Licensee: Gabriel D. Ferreira &nbsp;|&nbsp; Credential: Registered Medical Assistant (RMA) #R-558102 "
               "&nbsp;|&nbsp; Cycle: 01/01/2023 – 12/31/2025 &nbsp;|&nbsp; Required: 30.00 hrs", "DV", 9),
             Spacer(1, 10)]
        hdr = ["Date Completed", "Course", "Provider", "Hours", "Approved For"]
        data = [[P(f"<b>{h}</b>", "DV-B", 9) for h in hdr]]
        st = [("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
              ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]
        k = 0
        for y, rows in years.items():
            i = len(data)
            data.append([P(f"<b>Posted courses — {y}</b>", "DV-B", 9.5), "", "", "", ""])
            st += [("SPAN", (0, i), (-1, i)), ("LINEBELOW", (0, i), (-1, i), 0.6, colors.grey)]
            tot = 0.0
            for dp, t, p, hrs, ap in rows:
                data.append([P(dp), P(E(t), "DV", 9), P(E(p)), P(hrs, align=TA_RIGHT), P(E(ap), "DV", 8)])
                tot += float(hrs)
                k += 1
            i = len(data)
            data.append(["", P(f"Subtotal {y}", "DV-I", 8.5, align=TA_RIGHT), "",
                         P(f"<b>{tot:.2f}</b>", "DV-B", 8.5, align=TA_RIGHT), ""])
            st += [("LINEABOVE", (3, i), (3, i), 0.6, colors.black)]
        i = len(data)
        data.append([P("<b>In progress — not yet posted (no credit)</b>", "DV-B", 9.5), "", "", "", ""])
        st += [("SPAN", (0, i), (-1, i)), ("LINEBELOW", (0, i), (-1, i), 0.6, colors.grey),
               ("TOPPADDING", (0, i), (-1, i), 12)]
        for dp, t, p, hrs, ap in pending:
            data.append([P(dp), P(E(t), "DV-I", 9, color=GREY), P(E(p), color=GREY),
                         P(f"({hrs})", align=TA_RIGHT, color=GREY), P(E(ap), "DV", 8, color=GREY)])
        t = Table(data, colWidths=[1.15 * inch, 4.2 * inch, 1.9 * inch, 0.7 * inch, 2.05 * inch])
        t.setStyle(TableStyle(st))
        s += [t, Spacer(1, 10),
              P("Hours posted toward cycle: 38.50 of 30.00 required. Courses with 0.00 hours were recorded for "
                "tracking only.", "DV", 8.5)]
        return s

    def page(c, d, total):
        w, h = ps
        c.setFont("DV-B", 11)
        c.setFillColor(colors.HexColor("#5a2d82"))
        c.drawString(0.5 * inch, h - 0.45 * inch, "CredentialVault")
        c.setFont("DV", 7.5)
        c.setFillColor(GREY)
        c.drawString(0.5 * inch + pdfmetrics.stringWidth("CredentialVault", "DV-B", 11) + 6, h - 0.45 * inch,
                     "CE tracking for licensed & certified professionals")
        c.drawString(0.5 * inch, 0.35 * inch, "Ledger as of 07/15/2025 — audit-ready copy")
        c.drawRightString(w - 0.5 * inch, 0.35 * inch, f"Page {d.page} / {total}")

    n = build(OUT / fname, ps, story, page, margins=(0.5, 0.5, 0.7, 0.6))
    print(fname, "pages", n)
    record(fname, "pdf", "other", prov, R)


def main():
    for f in (f01_state_society, f02_online_vendor, f03_learning_hub_scan, f04_aama_browser_print,
              f05_vocational_official, f06_hr_payroll_scan, f07_inservice_log, f08_rx_ma_combined,
              f09_nha_credit_history, f10_cc_workforce_scan, f11_competency_scan, f12_ce_ledger):
        f()
    (OUT / "expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
