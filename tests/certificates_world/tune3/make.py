"""Generate the tune3 CE-certificate corpus (24 PDFs + expected.json). Deterministic."""
import json
import os
import random

from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
DV = "/usr/share/fonts/truetype/dejavu"
for n, f in [("DV", "DejaVuSans"), ("DV-B", "DejaVuSans-Bold"), ("DV-I", "DejaVuSans-Oblique"),
             ("DVS", "DejaVuSerif"), ("DVS-B", "DejaVuSerif-Bold"), ("DVS-I", "DejaVuSerif-Italic"),
             ("DVS-BI", "DejaVuSerif-BoldItalic"), ("DVC", "DejaVuSansCondensed"),
             ("DVC-B", "DejaVuSansCondensed-Bold")]:
    pdfmetrics.registerFont(TTFont(n, os.path.join(DV, f + ".ttf")))

rng = random.Random(3303)
LAND = landscape(letter)
PORT = letter
EXPECTED = {}


def T(c, x, y, s, font="Helvetica", size=12, align="c", color=(0, 0, 0)):
    c.setFillColorRGB(*color)
    c.setFont(font, size)
    if align == "c":
        c.drawCentredString(x, y, s)
    elif align == "r":
        c.drawRightString(x, y, s)
    else:
        c.drawString(x, y, s)


def P(c, x, y, s, font, size, width, align="c", lead=1.25, color=(0, 0, 0)):
    """Wrapped paragraph; returns y below last line."""
    for line in simpleSplit(s, font, size, width):
        T(c, x, y, line, font, size, align, color)
        y -= size * lead
    return y


def smallcaps(c, x, y, s, font, big, small, color=(0, 0, 0)):
    """Centred small caps drawn in one text object."""
    parts = []
    for word in s.split(" "):
        parts.append((word[0].upper(), big))
        if len(word) > 1:
            parts.append((word[1:].upper(), small))
        parts.append((" ", small))
    parts = parts[:-1]
    w = sum(pdfmetrics.stringWidth(t, font, sz) for t, sz in parts)
    to = c.beginText(x - w / 2, y)
    c.setFillColorRGB(*color)
    for t, sz in parts:
        to.setFont(font, sz)
        to.textOut(t)
    c.drawText(to)


def border(c, W, H, style, color=(0.2, 0.2, 0.4)):
    c.setStrokeColorRGB(*color)
    if style == "double":
        c.setLineWidth(4); c.rect(24, 24, W - 48, H - 48)
        c.setLineWidth(1); c.rect(34, 34, W - 68, H - 68)
    elif style == "thick":
        c.setLineWidth(14); c.rect(18, 18, W - 36, H - 36)
    elif style == "corners":
        c.setLineWidth(3)
        for (x, y, dx, dy) in [(30, 30, 1, 1), (W - 30, 30, -1, 1), (30, H - 30, 1, -1), (W - 30, H - 30, -1, -1)]:
            c.line(x, y, x + 70 * dx, y); c.line(x, y, x, y + 70 * dy)
    elif style == "guilloche":
        c.setLineWidth(0.4)
        for i in range(0, 12):
            c.rect(20 + i * 1.6, 20 + i * 1.6, W - 40 - i * 3.2, H - 40 - i * 3.2)
    elif style == "thin":
        c.setLineWidth(1); c.rect(40, 40, W - 80, H - 80)


def seal(c, x, y, r, text, color=(0.7, 0.55, 0.1)):
    c.setFillColorRGB(*color); c.setStrokeColorRGB(*color)
    c.circle(x, y, r, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1); c.circle(x, y, r - 5, fill=0, stroke=1)
    for i in range(24):
        pass
    T(c, x, y - 4, text, "Helvetica-Bold", 9, "c", (1, 1, 1))


def sig(c, x, y, name, role, org=None, w=180):
    c.setStrokeColorRGB(0, 0, 0); c.setLineWidth(0.7)
    c.line(x - w / 2, y, x + w / 2, y)
    T(c, x, y + 6, name.split(",")[0], "Times-Italic", 15, "c", (0.1, 0.1, 0.3))
    T(c, x, y - 12, name, "Helvetica", 9)
    T(c, x, y - 23, role, "Helvetica", 8, "c", (0.3, 0.3, 0.3))
    if org:
        T(c, x, y - 34, org, "Helvetica", 8, "c", (0.3, 0.3, 0.3))


def noise_id(prefix):
    return "%s-%06d" % (prefix, rng.randint(0, 999999))


def make(fname, size, exp, draw):
    c = canvas.Canvas(os.path.join(HERE, fname), pagesize=size, invariant=1)
    c.setTitle("Certificate")
    W, H = size
    draw(c, W, H)
    c.showPage(); c.save()
    e = {"kind": "pdf"}
    e.update(exp)
    EXPECTED[fname] = e


def E(date, title, provider, amount, unit, aama=False, cat=None):
    return dict(completed_on=date, title=title, provider=provider, amount=amount, unit=unit,
                aama_approved=aama, category=cat)


# 01 -------------------------------------------------------------------------
def d01(c, W, H):
    border(c, W, H, "double", (0.1, 0.3, 0.5))
    T(c, 60, H - 80, "MVHS", "Helvetica-Bold", 30, "l", (0.1, 0.3, 0.5))
    T(c, 150, H - 80, "|  Mountain View Health System", "Helvetica", 14, "l", (0.1, 0.3, 0.5))
    T(c, 60, H - 97, "Caring for our community since 1952", "Times-Italic", 10, "l", (0.4, 0.4, 0.4))
    T(c, W / 2, H - 175, "Certificate of Excellence", "Times-BoldItalic", 44, "c", (0.55, 0.4, 0.1))
    T(c, W / 2, H - 215, "proudly presented to", "Times-Roman", 13)
    T(c, W / 2, H - 275, "Danielle R. Okafor", "Times-Bold", 40)
    T(c, W / 2, H - 310, "for successful completion of", "Times-Roman", 13)
    T(c, W / 2, H - 338, "Phlebotomy Refresher: Order of Draw & Specimen Integrity", "Times-Italic", 16)
    T(c, W / 2, H - 370, "Completed: March 14, 2024   \u2022   1.0 contact hour", "Helvetica", 11)
    sig(c, 200, 120, "Laura Menendez, RN, MSN", "Director, Clinical Education")
    sig(c, W - 200, 120, "Howard T. Kim, MD", "Chief Medical Officer")
    seal(c, W / 2, 115, 38, "MVHS")
    T(c, W - 50, 45, "Printed 04/02/2024", "Helvetica", 7, "r", (0.5, 0.5, 0.5))
make("01_mvhs_excellence.pdf", LAND,
     E("2024-03-14", "Phlebotomy Refresher: Order of Draw & Specimen Integrity",
       "Mountain View Health System", "1.0", "contact_hours"), d01)


# 02 -------------------------------------------------------------------------
def d02(c, W, H):
    c.setFillColorRGB(0.05, 0.45, 0.55); c.rect(0, H - 70, W, 70, fill=1, stroke=0)
    T(c, 40, H - 45, "LearnPoint", "Helvetica-Bold", 26, "l", (1, 1, 1))
    T(c, 178, H - 45, "Academy", "Helvetica", 26, "l", (1, 1, 1))
    T(c, W - 40, H - 42, "Learn anywhere. Grow everywhere.", "Helvetica-Oblique", 11, "r", (1, 1, 1))
    T(c, W / 2, H - 130, "TRAINING COMPLETION RECORD", "Helvetica-Bold", 30, "c", (0.05, 0.45, 0.55))
    T(c, W / 2, H - 200, "Marcus J. Delgado-Whitfield", "Helvetica-Bold", 34)
    T(c, 120, H - 250, "LESSON", "Helvetica-Bold", 9, "l", (0.4, 0.4, 0.4))
    y = P(c, 120, H - 268, "Telephone Triage Fundamentals for the Ambulatory Care Medical Assistant",
          "Helvetica", 15, 330, "l")
    T(c, 120, y - 8, "COURSE DESCRIPTION", "Helvetica-Bold", 9, "l", (0.4, 0.4, 0.4))
    P(c, 120, y - 24, "Learners review screening protocols, red-flag symptoms, documentation of "
      "telephone encounters and when to escalate calls to a licensed provider.", "Helvetica", 9, 330, "l")
    x2 = 500
    T(c, x2, H - 250, "Enrolled: 2024-04-28", "Helvetica", 10, "l")
    T(c, x2, H - 266, "Date Completed: 2024-05-09", "Helvetica-Bold", 10, "l")
    T(c, x2, H - 282, "Score: 88%", "Helvetica", 10, "l")
    T(c, x2, H - 298, "Credits: 1.5 AAMA CEUs (Administrative)", "Helvetica", 10, "l")
    P(c, W / 2, 140, "This program has been granted prior approval by the American Association of "
      "Medical Assistants (AAMA) for 1.5 administrative continuing education units. Granting of prior "
      "approval in no way constitutes endorsement by AAMA of the program content or the program's sponsor.",
      "Helvetica", 8, 560)
    T(c, W / 2, 80, "Course content by Harborview Allied Health Institute", "Helvetica-Bold", 10)
    T(c, W / 2, 55, "Certificate ID " + noise_id("LPA") + "  \u00b7  learnpoint.example", "Helvetica", 7, "c", (0.5, 0.5, 0.5))
make("02_learnpoint_triage.pdf", LAND,
     E("2024-05-09", "Telephone Triage Fundamentals for the Ambulatory Care Medical Assistant",
       "Harborview Allied Health Institute", "1.5", "aama_ceu", True, "administrative"), d02)


# 03 -------------------------------------------------------------------------
def d03(c, W, H):
    border(c, W, H, "thick", (0.85, 0.45, 0.05))
    T(c, W / 2, H - 110, "PROOF OF ATTENDANCE", "Helvetica-Bold", 42, "c", (0.85, 0.45, 0.05))
    T(c, W / 2, H - 140, "Workplace Safety Series", "Helvetica-Oblique", 14, "c", (0.3, 0.3, 0.3))
    T(c, W / 2, H - 190, "This is to verify that", "Helvetica", 12)
    T(c, W / 2, H - 240, "KEISHA M. BRANTLEY", "Helvetica-Bold", 36)
    T(c, W / 2, H - 275, "attended the training session", "Helvetica", 12)
    T(c, W / 2, H - 305, "OSHA 2024: Bloodborne Pathogens & Sharps Safety", "Helvetica-Bold", 18)
    T(c, W / 2, H - 335, "Session held: January 23, 2024     Registration received: January 5, 2024", "Helvetica", 10)
    T(c, W / 2, H - 352, "Instructional time: 2.0 contact hours", "Helvetica", 10)
    sig(c, 230, 120, "Marcus Bell, CSP", "Director of Training", "Keystone Safety Training Group", 200)
    sig(c, W - 230, 120, "Angela Reyes", "Lead Instructor")
    T(c, W / 2, 50, "Retain this record for your employer's OSHA training file. Annual retraining due by 01/23/2025.",
      "Helvetica", 7, "c", (0.4, 0.4, 0.4))
make("03_osha_attendance.pdf", LAND,
     E("2024-01-23", "OSHA 2024: Bloodborne Pathogens & Sharps Safety", "Keystone Safety Training Group",
       "2.0", "contact_hours"), d03)


# 04 -------------------------------------------------------------------------
def d04(c, W, H):
    T(c, 50, H - 60, "MedSkill", "DV-B", 22, "l", (0.3, 0.1, 0.5))
    T(c, 152, H - 60, "Online", "DV", 22, "l", (0.6, 0.4, 0.8))
    c.setStrokeColorRGB(0.6, 0.4, 0.8); c.setLineWidth(2); c.line(50, H - 75, W - 50, H - 75)
    T(c, W / 2, H - 160, "Certificate", "DVS-BI", 54, "c", (0.3, 0.1, 0.5))
    T(c, W / 2, H - 195, "OF COMPLETION", "DV", 14, "c", (0.3, 0.1, 0.5))
    T(c, W / 2, H - 260, "Priya Natarajan", "DVS-B", 38)
    P(c, W / 2, H - 310, "This certifies that Priya Natarajan has completed the online module Managing "
      "Difficult Patient Conversations with a passing score of 92% on August 3, 2024, earning "
      "45 minutes of continuing education.", "DVS", 12, 520, lead=1.5)
    T(c, W / 2, 120, "Verification code " + noise_id("MSO") + "   |   Issued 08/04/2024", "DV", 8, "c", (0.4, 0.4, 0.4))
    T(c, W / 2, 50, "\u00a9 2024 Clearwater Medical Assistant Education Network. Delivered on the MedSkill Online platform.",
      "DV", 7, "c", (0.4, 0.4, 0.4))
make("04_medskill_sentence.pdf", LAND,
     E("2024-08-03", "Managing Difficult Patient Conversations", "Clearwater Medical Assistant Education Network",
       "45", "minutes"), d04)


# 05 -------------------------------------------------------------------------
def d05(c, W, H):
    border(c, W, H, "guilloche", (0.1, 0.4, 0.2))
    T(c, 70, H - 70, "Grand Lakeside Conference Center", "Times-Bold", 12, "l", (0.3, 0.3, 0.3))
    T(c, 70, H - 84, "1200 Shoreline Drive \u2022 Sandusky Bay", "Times-Roman", 9, "l", (0.3, 0.3, 0.3))
    T(c, W - 70, H - 70, "OVSMA", "Times-Bold", 22, "r", (0.1, 0.4, 0.2))
    T(c, W - 70, H - 84, "Ohio Valley Society of Medical Assistants", "Times-Roman", 9, "r", (0.1, 0.4, 0.2))
    T(c, W / 2, H - 160, "Continuing Education Award", "Times-BoldItalic", 40, "c", (0.1, 0.4, 0.2))
    T(c, W / 2, H - 240, "Rosalind Chukwu-Barrett, CMA (AAMA)", "Times-Bold", 32)
    T(c, W / 2, H - 275, "Program", "Times-Italic", 11, "c", (0.4, 0.4, 0.4))
    T(c, W / 2, H - 295, "Vaccine Storage & Handling Update 2024", "Times-Roman", 17)
    T(c, W / 2, H - 325, "Saturday, October 12, 2024  \u2014  Fall Educational Symposium", "Times-Roman", 11)
    P(c, W / 2, H - 355, "Sponsored by the Ohio Valley Society of Medical Assistants. This program is approved "
      "by the American Association of Medical Assistants for 2.0 clinical CEUs. Program #71842.",
      "Times-Roman", 10, 520)
    sig(c, 220, 100, "Janelle Foster, CMA (AAMA)", "CE Chair, OVSMA")
    sig(c, W - 220, 100, "Robert Lindqvist", "Events Manager, Grand Lakeside")
make("05_ovsma_vaccine.pdf", LAND,
     E("2024-10-12", "Vaccine Storage & Handling Update 2024", "Ohio Valley Society of Medical Assistants",
       "2.0", "aama_ceu", True, "clinical"), d05)


# 06 -------------------------------------------------------------------------
def d06(c, W, H):
    T(c, 60, H - 70, "Northfield", "Helvetica-Bold", 20, "l", (0.15, 0.15, 0.15))
    T(c, 60, H - 88, "Professional Learning Institute", "Helvetica", 11, "l", (0.15, 0.15, 0.15))
    c.setFillColorRGB(0.0, 0.35, 0.6); c.rect(W - 200, H - 100, 140, 50, fill=1, stroke=0)
    T(c, W - 130, H - 72, "IACET", "Helvetica-Bold", 16, "c", (1, 1, 1))
    T(c, W - 130, H - 88, "ACCREDITED PROVIDER", "Helvetica", 7, "c", (1, 1, 1))
    T(c, 60, H - 170, "Statement of Credit", "Helvetica-Bold", 36, "l")
    T(c, 60, H - 215, "Awarded to", "Helvetica", 10, "l", (0.4, 0.4, 0.4))
    T(c, 60, H - 250, "Tomasz Wiśniewski".replace("ś", "s"), "Helvetica-Bold", 30, "l")
    rows = [("Course", "HIPAA Privacy and Security for Front Office Staff"),
            ("Completion date", "12 June 2024"),
            ("CEUs awarded", "0.2 IACET CEU (2 contact hours)"),
            ("Certificate valid through", "06/12/2026")]
    y = H - 300
    for k, v in rows:
        T(c, 60, y, k, "Helvetica-Bold", 10, "l"); T(c, 240, y, v, "Helvetica", 11, "l"); y -= 22
    P(c, 60, 120, "Northfield Professional Learning Institute is accredited by the International Accreditors "
      "for Continuing Education and Training (IACET) and is authorized to issue the IACET CEU.",
      "Helvetica", 8, 480, "l")
    sig(c, W - 170, 110, "Dr. Evelyn Marsh", "Dean of Continuing Studies")
make("06_northfield_statement.pdf", LAND,
     E("2024-06-12", "HIPAA Privacy and Security for Front Office Staff",
       "Northfield Professional Learning Institute", "0.2", "iacet_ceu"), d06)


# 07 -------------------------------------------------------------------------
def d07(c, W, H):
    border(c, W, H, "corners", (0.5, 0.1, 0.1))
    T(c, W / 2, H - 80, "SUMMIT RIDGE CAREER COLLEGE", "Times-Bold", 16, "c", (0.5, 0.1, 0.1))
    T(c, W / 2, H - 96, "Office of Continuing Education  \u2022  Excellence in Allied Health Since 1987", "Times-Italic", 10, "c", (0.4, 0.4, 0.4))
    T(c, W / 2, H - 170, "Certificate of Achievement", "Times-Bold", 40)
    T(c, W / 2, H - 240, "Jonathan Pierce-Amadi", "Times-BoldItalic", 38, "c", (0.5, 0.1, 0.1))
    T(c, W / 2, H - 290, "ACTIVITY TITLE", "Helvetica", 8, "c", (0.4, 0.4, 0.4))
    T(c, W / 2, H - 308, "EKG Lead Placement and Artifact Recognition", "Times-Roman", 16)
    T(c, W / 2, H - 345, "Completion Date: 07/18/2024        NHA CE Credits: 1.5", "Helvetica", 11)
    T(c, W / 2, H - 362, "Eligible for NHA certification renewal (CCMA, CET).", "Helvetica", 9, "c", (0.4, 0.4, 0.4))
    sig(c, W / 2, 110, "Sandra Ochoa, MEd", "Director of Continuing Education")
make("07_summitridge_ekg.pdf", LAND,
     E("2024-07-18", "EKG Lead Placement and Artifact Recognition", "Summit Ridge Career College",
       "1.5", "nha_credit"), d07)


# 08 -------------------------------------------------------------------------
def d08(c, W, H):
    c.setFillColorRGB(0.96, 0.94, 0.88); c.rect(0, 0, W, H, fill=1, stroke=0)
    border(c, W, H, "double", (0.35, 0.25, 0.1))
    T(c, W / 2, H - 90, "~ Willowbrook Clinical Learning Center ~", "Times-Italic", 14, "c", (0.35, 0.25, 0.1))
    T(c, W / 2, H - 160, "Certificate of Completion", "Times-Bold", 46, "c", (0.35, 0.25, 0.1))
    T(c, W / 2, H - 205, "awarded to", "Times-Italic", 13)
    T(c, W / 2, H - 260, "Ana Lucía Ferreira".replace("í", "i"), "Times-Roman", 42)
    T(c, W / 2, H - 300, "upon completion of the course", "Times-Italic", 12)
    smallcaps(c, W / 2, H - 330, "Infection Control in the Outpatient Clinic", "Times-Roman", 17, 12.5)
    T(c, W / 2, H - 362, "Awarded 1.5 contact hours on the 26th of February, 2024", "Times-Roman", 11)
    sig(c, 220, 110, "Gregory Adeyemi, BSN", "Education Coordinator")
    sig(c, W - 220, 110, "Patricia Lowell", "Executive Director")
make("08_willowbrook_smallcaps.pdf", LAND,
     E("2024-02-26", "Infection Control in the Outpatient Clinic", "Willowbrook Clinical Learning Center",
       "1.5", "contact_hours"), d08)


# 09 -------------------------------------------------------------------------
def d09(c, W, H):
    border(c, W, H, "thin", (0.2, 0.2, 0.2))
    T(c, W / 2, H - 80, "Cedar County Chapter of Medical Assistants", "Helvetica-Bold", 14)
    T(c, W / 2, H - 96, "A chapter of a state society affiliated with the AAMA", "Helvetica", 8, "c", (0.4, 0.4, 0.4))
    T(c, W / 2, H - 160, "Certificate of Participation", "Times-BoldItalic", 40)
    T(c, W / 2, H - 230, "Hannah Beaulieu", "Times-Bold", 36)
    T(c, W / 2, H - 280, "Professionalism & Ethics in Medical Assisting:", "Times-Italic", 15)
    T(c, W / 2, H - 298, "Scope of Practice", "Times-Italic", 15)
    T(c, W / 2, H - 330, "Date of program: 11/02/2024     Certificate printed: 11/05/2024", "Helvetica", 10)
    T(c, W / 2, H - 350, "AAMA-approved: 1.0 CEU  |  Category: General", "Helvetica-Bold", 10)
    sig(c, 220, 110, "Loretta Simmons, CMA (AAMA)", "Chapter President")
    sig(c, W - 220, 110, "Denise Parr, CMA (AAMA)", "Education Chair")
make("09_cedar_ethics.pdf", LAND,
     E("2024-11-02", "Professionalism & Ethics in Medical Assisting: Scope of Practice",
       "Cedar County Chapter of Medical Assistants", "1.0", "aama_ceu", True, "general"), d09)


# 10 -------------------------------------------------------------------------
def d10(c, W, H):
    c.setFillColorRGB(0.1, 0.1, 0.25); c.rect(0, 0, 200, H, fill=1, stroke=0)
    T(c, 100, H - 90, "PCE", "Helvetica-Bold", 44, "c", (1, 0.8, 0.3))
    T(c, 100, H - 112, "Pinnacle Clinical Education", "Helvetica", 10, "c", (1, 1, 1))
    T(c, 100, H - 126, "Reach higher.", "Helvetica-Oblique", 9, "c", (0.8, 0.8, 0.8))
    T(c, 100, 80, "AAMA", "Helvetica-Bold", 16, "c", (1, 1, 1))
    T(c, 100, 64, "APPROVED", "Helvetica", 9, "c", (1, 1, 1))
    x = 240
    T(c, x, H - 100, "Continuing Education Award", "Helvetica-Bold", 30, "l", (0.1, 0.1, 0.25))
    T(c, x, H - 180, "Brianna Oyelaran-Scott", "Helvetica-Bold", 36, "l")
    T(c, x, H - 230, "Course", "Helvetica", 9, "l", (0.5, 0.5, 0.5))
    y = P(c, x, H - 250, "Dosage Calculations 101: Metric Conversions, Ratios & Pediatric Doses",
          "Helvetica-Oblique", 16, 300, "l")
    T(c, x, y - 14, "Completed on 2024-02-29", "Helvetica", 11, "l")
    T(c, x, y - 30, "Issued 2024-03-01", "Helvetica", 9, "l", (0.5, 0.5, 0.5))
    P(c, x, 150, "Approved by the American Association of Medical Assistants for 3 AAMA CEUs "
      "in the clinical category. AAMA course #75510.", "Helvetica", 9, 480, "l")
    sig(c, W - 150, 90, "Nadia Brennan, PharmD", "Program Director")
make("10_pce_dosage.pdf", LAND,
     E("2024-02-29", "Dosage Calculations 101: Metric Conversions, Ratios & Pediatric Doses",
       "Pinnacle Clinical Education", "3", "aama_ceu", True, "clinical"), d10)


# 11 -------------------------------------------------------------------------
def d11(c, W, H):
    border(c, W, H, "thick", (0.8, 0.1, 0.2))
    T(c, W / 2, H - 90, "RIVERBEND", "Helvetica-Bold", 28, "c", (0.8, 0.1, 0.2))
    T(c, W / 2, H - 110, "URGENT CARE PARTNERS", "Helvetica", 12, "c", (0.8, 0.1, 0.2))
    T(c, W / 2, H - 126, "When minutes matter, we are here.", "Helvetica-Oblique", 9, "c", (0.4, 0.4, 0.4))
    T(c, W / 2, H - 220, "This certificate recognizes", "Helvetica", 13)
    T(c, W / 2, H - 290, "Samuel", "Helvetica-Bold", 48)
    T(c, W / 2, H - 345, "Okonkwo-Reid", "Helvetica-Bold", 48)
    T(c, W / 2, H - 410, "Topic", "Helvetica-Bold", 10, "c", (0.5, 0.5, 0.5))
    P(c, W / 2, H - 430, "Anaphylaxis Recognition and Emergency Response in the Clinic", "Helvetica", 14, 360)
    T(c, W / 2, H - 490, "Sep 5, 2024  \u00b7  0.75 contact hours", "Helvetica", 11)
    sig(c, W / 2, 130, "Dr. Felicia Armitage", "Medical Director, Riverbend Urgent Care Partners")
make("11_riverbend_portrait.pdf", PORT,
     E("2024-09-05", "Anaphylaxis Recognition and Emergency Response in the Clinic",
       "Riverbend Urgent Care Partners", "0.75", "contact_hours"), d11)


# 12 -------------------------------------------------------------------------
def d12(c, W, H):
    c.setFillColorRGB(0.95, 0.97, 1); c.rect(0, 0, W, H, fill=1, stroke=0)
    T(c, 50, H - 60, "CareCampus", "DV-B", 24, "l", (0.1, 0.3, 0.8))
    T(c, 50, H - 76, "the learning platform for healthcare teams", "DV-I", 9, "l", (0.4, 0.4, 0.4))
    T(c, W - 50, H - 60, "Accredited provider: Westbrook School of Allied Health", "DV", 9, "r")
    T(c, W / 2, H - 150, "CERTIFICATE OF COMPLETION", "DVC-B", 34, "c", (0.1, 0.3, 0.8))
    T(c, W / 2, H - 225, "Leticia Mbeki", "DVS-B", 40)
    T(c, W / 2, H - 265, "has completed", "DV", 11, "c", (0.4, 0.4, 0.4))
    T(c, W / 2, H - 290, "Point-of-Care Testing: CLIA-Waived Tests, QC & Documentation", "DVS-I", 15)
    T(c, W / 2, H - 325, "Completion date: 04 Dec 2024      Printed: 18 Dec 2024", "DV", 10)
    T(c, W / 2, H - 342, "2.5 AAMA CEUs \u2014 Clinical", "DV-B", 11)
    P(c, W / 2, 110, "This program has been granted prior approval by the American Association of Medical "
      "Assistants (AAMA) for 2.5 clinical continuing education units.", "DV", 8, 520)
    T(c, W / 2, 50, "\u00a9 2024 CareCampus Inc.  All rights reserved.", "DV", 7, "c", (0.5, 0.5, 0.5))
make("12_carecampus_poct.pdf", LAND,
     E("2024-12-04", "Point-of-Care Testing: CLIA-Waived Tests, QC & Documentation",
       "Westbrook School of Allied Health", "2.5", "aama_ceu", True, "clinical"), d12)


# 13 -------------------------------------------------------------------------
def d13(c, W, H):
    c.setFillColorRGB(0.0, 0.3, 0.3); c.rect(40, H - 110, W - 80, 70, fill=1, stroke=0)
    T(c, W / 2, H - 70, "Tri-County Regional Medical Center", "Times-Bold", 22, "c", (1, 1, 1))
    T(c, W / 2, H - 92, "Department of Education & Professional Development", "Times-Roman", 11, "c", (1, 1, 1))
    T(c, W / 2, H - 180, "Proof of Attendance", "Times-Italic", 36, "c", (0, 0.3, 0.3))
    T(c, W / 2, H - 250, "Carlos E. Villanueva", "Times-Bold", 36)
    T(c, 150, H - 300, "Program:", "Times-Bold", 12, "l")
    T(c, 230, H - 300, "Blood Pressure Measurement Accuracy", "Times-Roman", 14, "l")
    P(c, 230, H - 320, "Cuff sizing, patient positioning, auscultatory gap, and common sources of error "
      "when obtaining manual and automated readings.", "Times-Italic", 10, 420, "l")
    T(c, 150, H - 370, "Attended:", "Times-Bold", 12, "l"); T(c, 230, H - 370, "3/7/24", "Times-Roman", 12, "l")
    T(c, 150, H - 388, "Duration:", "Times-Bold", 12, "l"); T(c, 230, H - 388, "60 minutes", "Times-Roman", 12, "l")
    sig(c, W - 200, 100, "Moira Kessler, RN", "Clinical Educator")
    T(c, 60, 50, "Form ED-114 rev. 01/2023", "Helvetica", 7, "l", (0.5, 0.5, 0.5))
make("13_tricounty_bp.pdf", LAND,
     E("2024-03-07", "Blood Pressure Measurement Accuracy", "Tri-County Regional Medical Center",
       "60", "minutes"), d13)


# 14 -------------------------------------------------------------------------
def d14(c, W, H):
    T(c, 50, H - 60, "LHLC", "Helvetica-Bold", 26, "l", (0.4, 0.2, 0.6))
    T(c, 50, H - 76, "Lakeshore Healthcare Learning Consortium", "Helvetica", 10, "l")
    T(c, W - 50, H - 60, "Report generated 09/30/2024", "Helvetica", 8, "r", (0.5, 0.5, 0.5))
    T(c, W / 2, H - 140, "Statement of Credit", "Helvetica-Bold", 30)
    T(c, W / 2, H - 180, "Learner: Yolanda Greer-Hastings, CMA (AAMA)", "Helvetica", 13)
    y = H - 240
    c.setFillColorRGB(0.9, 0.88, 0.95); c.rect(60, y - 6, W - 120, 20, fill=1, stroke=0)
    cols = [70, 420, 520, 620]
    for x, h in zip(cols, ["Course", "Date Completed", "Credits", "Category"]):
        T(c, x, y, h, "Helvetica-Bold", 10, "l")
    y -= 24
    for x, v in zip(cols, ["Electronic Health Records: Documentation", "06/21/2024", "1.0 AAMA CEU", "Administrative"]):
        T(c, x, y, v, "Helvetica", 10, "l")
    T(c, 70, y - 13, "Best Practices", "Helvetica", 10, "l")
    c.setStrokeColorRGB(0.7, 0.7, 0.7); c.line(60, y - 22, W - 60, y - 22)
    T(c, 70, y - 40, "Total credits this statement: 1.0", "Helvetica-Bold", 10, "l")
    P(c, W / 2, 120, "This activity is approved by the American Association of Medical Assistants (AAMA) "
      "for 1.0 administrative CEU.", "Helvetica", 8, 520)
    sig(c, W / 2, 70, "Regina Castellanos", "Registrar")
make("14_lhlc_statement.pdf", LAND,
     E("2024-06-21", "Electronic Health Records: Documentation Best Practices",
       "Lakeshore Healthcare Learning Consortium", "1.0", "aama_ceu", True, "administrative"), d14)


# 15 -------------------------------------------------------------------------
def d15(c, W, H):
    border(c, W, H, "corners", (0.2, 0.5, 0.3))
    c.setFillColorRGB(0.2, 0.5, 0.3); c.circle(W / 2, H - 80, 26, fill=1, stroke=0)
    T(c, W / 2, H - 86, "SP", "Helvetica-Bold", 18, "c", (1, 1, 1))
    T(c, W / 2, H - 125, "Silver Pine Family Medicine Associates", "Helvetica-Bold", 13, "c", (0.2, 0.5, 0.3))
    T(c, W / 2, H - 140, "Healthy families, healthy futures", "Helvetica-Oblique", 10, "c", (0.4, 0.4, 0.4))
    T(c, W / 2, H - 200, "Staff Development Certificate", "Times-Bold", 34)
    T(c, W / 2, H - 265, "Gabriela Montenegro", "Times-BoldItalic", 40)
    T(c, W / 2, H - 305, "completed the in-house workshop", "Times-Roman", 12)
    T(c, W / 2, H - 330, "Spanish for the Medical Office: Patient Intake Phrases", "Times-Italic", 16)
    T(c, W / 2, H - 360, "on January 9th, 2024, for a total of 1.25 contact hours.", "Times-Roman", 12)
    sig(c, 230, 95, "Dr. Owen Takahashi", "Managing Partner")
    sig(c, W - 230, 95, "Lisa Carrow", "Practice Administrator")
make("15_silverpine_spanish.pdf", LAND,
     E("2024-01-09", "Spanish for the Medical Office: Patient Intake Phrases",
       "Silver Pine Family Medicine Associates", "1.25", "contact_hours"), d15)


# 16 -------------------------------------------------------------------------
def d16(c, W, H):
    border(c, W, H, "guilloche", (0.3, 0.3, 0.35))
    T(c, W / 2, H - 80, "GRANITE STATE ALLIED HEALTH ACADEMY", "Helvetica-Bold", 15, "c", (0.3, 0.3, 0.35))
    T(c, W / 2, H - 96, "Built on skill. Driven by care.", "Helvetica-Oblique", 10, "c", (0.4, 0.4, 0.4))
    T(c, W / 2, H - 165, "Certificate of Achievement", "Times-BoldItalic", 42)
    T(c, W / 2, H - 235, "Devon Alistair McCray", "Times-Bold", 36)
    T(c, W / 2, H - 275, "has satisfactorily completed", "Times-Roman", 12)
    T(c, W / 2, H - 302, "Specimen Collection & Processing: Urine, Swabs and Stool", "Times-Roman", 17)
    T(c, W / 2, H - 335, "Completed August 15, 2024   \u2022   1.0 NHA Credit", "Helvetica", 11)
    T(c, W / 2, H - 352, "Applies to NHA certification renewal cycle ending 12/31/2026", "Helvetica", 8, "c", (0.4, 0.4, 0.4))
    sig(c, W / 2, 100, "Thomas Vail, MLS(ASCP)", "Program Director")
make("16_granite_specimen.pdf", LAND,
     E("2024-08-15", "Specimen Collection & Processing: Urine, Swabs and Stool",
       "Granite State Allied Health Academy", "1.0", "nha_credit"), d16)


# 17 -------------------------------------------------------------------------
def d17(c, W, H):
    c.setFillColorRGB(0.98, 0.9, 0.6); c.rect(0, H - 40, W, 40, fill=1, stroke=0)
    T(c, 40, H - 27, "PHEA WEBINAR SERIES", "Helvetica-Bold", 12, "l")
    T(c, W - 40, H - 27, "Live \u2022 Interactive \u2022 Practical", "Helvetica", 10, "r")
    T(c, W / 2, H - 120, "Live Webinar Attendance Verification", "Helvetica-Bold", 30)
    T(c, W / 2, H - 185, "Oluwaseun Adebayo-King", "Helvetica-Bold", 36, "c", (0.6, 0.4, 0))
    T(c, W / 2, H - 235, "WEBINAR", "Helvetica", 9, "c", (0.5, 0.5, 0.5))
    P(c, W / 2, H - 255, "Recognizing Sepsis Early: What Medical Assistants Need to Know", "Helvetica", 16, 420)
    T(c, W / 2, H - 320, "Webinar date: Thursday, May 23, 2024 | 12:00\u20131:00 PM CT", "Helvetica", 10)
    T(c, W / 2, H - 336, "Registered: May 1, 2024     Credit: 1.0 contact hour", "Helvetica", 10)
    sig(c, 230, 110, "Renee Whitaker, MSN", "Webinar Moderator")
    T(c, W / 2, 50, "Prairie Health Educators Alliance  \u2022  Educating the prairie's healthcare workforce",
      "Helvetica", 8, "c", (0.4, 0.4, 0.4))
make("17_phea_webinar.pdf", LAND,
     E("2024-05-23", "Recognizing Sepsis Early: What Medical Assistants Need to Know",
       "Prairie Health Educators Alliance", "1.0", "contact_hours"), d17)


# 18 -------------------------------------------------------------------------
def d18(c, W, H):
    border(c, W, H, "double", (0.1, 0.2, 0.45))
    T(c, W / 2, H - 75, "2024 Annual Conference", "Times-Bold", 18, "c", (0.1, 0.2, 0.45))
    T(c, W / 2, H - 95, "Mid-Atlantic Medical Assistants Society", "Times-Roman", 13, "c", (0.1, 0.2, 0.45))
    T(c, W / 2, H - 111, "Chesapeake Harbor Hotel & Conference Center  \u2022  April 19\u201321, 2024", "Times-Italic", 10, "c", (0.4, 0.4, 0.4))
    T(c, W / 2, H - 175, "Certificate of Attendance", "Times-BoldItalic", 40)
    T(c, W / 2, H - 240, "Felicity Ann Morrow", "Times-Bold", 36)
    T(c, W / 2, H - 280, "Session: Workplace Violence Prevention and De-escalation", "Times-Roman", 15)
    T(c, W / 2, H - 305, "Session date: April 20, 2024", "Times-Roman", 11)
    T(c, W / 2, H - 322, "Approved by the AAMA for 1.5 CEUs", "Times-Roman", 11)
    sig(c, 220, 100, "Beatrice Holloway, CMA (AAMA)", "Conference Chair, MAMAS")
    sig(c, W - 220, 100, "Kevin Strand", "Society Treasurer")
make("18_mamas_conference.pdf", LAND,
     E("2024-04-20", "Workplace Violence Prevention and De-escalation", "Mid-Atlantic Medical Assistants Society",
       "1.5", "aama_ceu", True, None), d18)


# 19 -------------------------------------------------------------------------
def d19(c, W, H):
    T(c, W / 2, H - 80, "ECHN", "Helvetica-Bold", 40, "c", (0.1, 0.45, 0.25))
    T(c, W / 2, H - 100, "Rooted in community. Growing health.", "Helvetica-Oblique", 10, "c", (0.4, 0.4, 0.4))
    T(c, W / 2, H - 165, "Certificate of Completion", "Times-Bold", 30)
    T(c, W / 2, H - 240, "Imani Carter", "Times-Bold", 48)
    T(c, W / 2, H - 300, "Course Description", "Helvetica-Bold", 10, "c", (0.4, 0.4, 0.4))
    P(c, W / 2, H - 322, "Diabetes Self-Management Education Support for Medical Assistants", "Times-Italic", 16, 560)
    P(c, W / 2, H - 350, "Covers glucose meter teaching, foot checks, A1C follow-up reminders and "
      "motivational interviewing techniques for patients living with diabetes.", "Times-Roman", 10, 520)
    T(c, W / 2, H - 395, "Completed 10-15-2024     |     0.1 IACET CEU", "Helvetica", 11)
    sig(c, W / 2, 105, "Harriet Nwosu, RD, CDCES", "Education Manager")
    T(c, W / 2, 45, "\u00a9 2024 Evergreen Community Health Network", "Helvetica", 7, "c", (0.5, 0.5, 0.5))
make("19_echn_diabetes.pdf", LAND,
     E("2024-10-15", "Diabetes Self-Management Education Support for Medical Assistants",
       "Evergreen Community Health Network", "0.1", "iacet_ceu"), d19)


# 20 -------------------------------------------------------------------------
def d20(c, W, H):
    y = H - 60
    T(c, 50, y, "DESERT BLOOM MEDICAL GROUP", "Courier-Bold", 14, "l"); y -= 16
    T(c, 50, y, "Human Resources / Compliance Training", "Courier", 10, "l"); y -= 40
    T(c, W / 2, y, "TRAINING COMPLETION RECORD", "Courier-Bold", 26); y -= 50
    rows = [("EMPLOYEE", "Renata Soliz-Avery"), ("EMPLOYEE ID", "0048213"), ("POSITION", "Medical Assistant II"),
            ("MODULE", "Fire Safety, RACE & PASS Annual Review"), ("ASSIGNED", "2024/11/01"),
            ("COMPLETED", "2024/11/20"), ("DUE", "2024/11/30"), ("SEAT TIME", "30 minutes"), ("RESULT", "PASS")]
    for k, v in rows:
        T(c, 80, y, k + ":", "Courier-Bold", 11, "l"); T(c, 240, y, v, "Courier", 12, "l"); y -= 20
    T(c, 80, 80, "Record printed 2024/12/02 by HRIS", "Courier", 8, "l")
make("20_desertbloom_record.pdf", PORT,
     E("2024-11-20", "Fire Safety, RACE & PASS Annual Review", "Desert Bloom Medical Group",
       "30", "minutes"), d20)


# 21 -------------------------------------------------------------------------
def d21(c, W, H):
    border(c, W, H, "thin", (0.2, 0.4, 0.6))
    c.setFillColorRGB(0.2, 0.4, 0.6); c.rect(40, H - 120, W - 80, 80, fill=1, stroke=0)
    T(c, W / 2, H - 85, "Certificate of Learning", "Helvetica-Bold", 34, "c", (1, 1, 1))
    T(c, W / 2, H - 107, "Blue Heron Learning Collaborative", "Helvetica", 11, "c", (1, 1, 1))
    T(c, W / 2, H - 200, "Winston Abernathy-Cole", "Helvetica-Bold", 38)
    T(c, W / 2, H - 250, "Medical Terminology Refresher:", "Helvetica-Oblique", 15)
    T(c, W / 2, H - 268, "Cardiovascular & Respiratory Systems", "Helvetica-Oblique", 15)
    T(c, W / 2, H - 305, "2.0 contact hours", "Helvetica", 12)
    T(c, W / 2, H - 330, "Certificate ID " + noise_id("BHLC"), "Helvetica", 8, "c", (0.5, 0.5, 0.5))
    sig(c, W / 2, 100, "Marguerite Lee, EdD", "Executive Director")
make("21_blueheron_terminology.pdf", LAND,
     E(None, "Medical Terminology Refresher: Cardiovascular & Respiratory Systems",
       "Blue Heron Learning Collaborative", "2.0", "contact_hours"), d21)


# 22 -------------------------------------------------------------------------
def d22(c, W, H):
    border(c, W, H, "double", (0.2, 0.2, 0.2))
    T(c, W / 2, H - 80, "MARIGOLD COUNTY PUBLIC HEALTH DEPARTMENT", "Times-Bold", 16)
    T(c, W / 2, H - 96, "Division of Disease Prevention  \u2022  Protecting health since 1919", "Times-Italic", 10, "c", (0.3, 0.3, 0.3))
    T(c, W / 2, H - 165, "Certificate of Training", "Times-Bold", 40)
    T(c, W / 2, H - 230, "Mei-Ling Zhao", "Times-Bold", 38)
    T(c, W / 2, H - 270, "has completed", "Times-Roman", 12)
    T(c, W / 2, H - 296, "Tuberculosis Skin Testing: Placement & Reading (Mantoux TST)", "Times-Roman", 17)
    T(c, W / 2, H - 330, "Training Date: 2/14/2024          Issued: 2/20/2024", "Times-Roman", 11)
    T(c, W / 2, H - 346, "Contact Hours: 4.0", "Times-Roman", 11)
    sig(c, 220, 100, "Dr. Alan Fischbach", "Health Officer")
    sig(c, W - 220, 100, "Corinne Platt, RN", "TB Program Coordinator")
make("22_marigold_tst.pdf", LAND,
     E("2024-02-14", "Tuberculosis Skin Testing: Placement & Reading (Mantoux TST)",
       "Marigold County Public Health Department", "4.0", "contact_hours"), d22)


# 23 -------------------------------------------------------------------------
def d23(c, W, H):
    border(c, W, H, "thick", (0.3, 0.1, 0.3))
    T(c, W / 2, H - 110, "1 AAMA CEU", "Helvetica-Bold", 20, "c", (0.3, 0.1, 0.3))
    T(c, W / 2, H - 175, "CERTIFICATE", "Times-Bold", 50)
    T(c, W / 2, H - 200, "of continuing education", "Times-Italic", 14)
    T(c, W / 2, H - 265, "Tatiana Reyes-Holm", "Times-BoldItalic", 40)
    T(c, W / 2, H - 305, "Wound Care Basics: Dressings, Suture Removal & Patient Teaching", "Times-Roman", 15)
    T(c, W / 2, H - 335, "Date completed: 7 March 2024", "Times-Roman", 11)
    T(c, W / 2, H - 352, "1 AAMA CEU (Clinical). Approved by the American Association of Medical Assistants.",
      "Times-Roman", 9, "c", (0.3, 0.3, 0.3))
    sig(c, W / 2, 110, "Dr. Colette Ramirez, Coordinator", "Continuing Education Office",
        "Hollis Valley Medical Assisting Program", 220)
make("23_hollis_wound.pdf", LAND,
     E("2024-03-07", "Wound Care Basics: Dressings, Suture Removal & Patient Teaching",
       "Hollis Valley Medical Assisting Program", "1", "aama_ceu", True, "clinical"), d23)


# 24 -------------------------------------------------------------------------
def d24(c, W, H):
    c.setFillColorRGB(0.08, 0.09, 0.12); c.rect(0, 0, W, H, fill=1, stroke=0)
    T(c, 50, H - 55, "NurtureLMS", "DV-B", 20, "l", (0.4, 0.9, 0.7))
    T(c, W - 50, H - 55, "nurturelms.example/verify", "DV", 8, "r", (0.6, 0.6, 0.6))
    T(c, W / 2, H - 150, "ACHIEVEMENT UNLOCKED", "DVC-B", 16, "c", (0.4, 0.9, 0.7))
    T(c, W / 2, H - 225, "Jordan Ellery-Whitmore", "DV-B", 44, "c", (1, 1, 1))
    T(c, W / 2, H - 275, "Cultural Competence in Patient Care", "DVS-I", 16, "c", (0.85, 0.85, 0.85))
    T(c, W / 2, H - 310, "90 minutes  \u00b7  Completed 2024-12-03  \u00b7  Expires 2025-12-03", "DV", 10, "c", (0.8, 0.8, 0.8))
    T(c, W / 2, 90, "Course content by Redwood Coast Healthcare Training", "DV", 10, "c", (0.8, 0.8, 0.8))
    T(c, W / 2, 50, "\u00a9 2024 NurtureLMS", "DV", 7, "c", (0.5, 0.5, 0.5))
make("24_nurture_dark.pdf", LAND,
     E("2024-12-03", "Cultural Competence in Patient Care", "Redwood Coast Healthcare Training",
       "90", "minutes"), d24)


with open(os.path.join(HERE, "expected.json"), "w") as f:
    json.dump(EXPECTED, f, indent=2, sort_keys=True)
    f.write("\n")
print(len(EXPECTED), "certificates written")
