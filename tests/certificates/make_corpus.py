"""Makes the certificate corpus for tests/test_reader.py: PDFs with a text layer, phone-photo-like
images and scanned (image-only) PDFs, and expected.json with what a person would enter from each.

Reproducible: reportlab in invariant mode, seeded randomness for every effect. Run it from the
project root with the project's virtualenv:

    .venv/bin/python tests/certificates/make_corpus.py

Every certificate here is made up for the tests (people, numbers and organisations are fictional,
except the credentialing bodies whose names certificates print).
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageFilter, ImageOps
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).resolve().parent
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
for _name, _file in (
    ("DejaVuSans", "DejaVuSans.ttf"),
    ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
    ("DejaVuSerif", "DejaVuSerif.ttf"),
    ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
    ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
):
    pdfmetrics.registerFont(TTFont(_name, str(DEJAVU / _file)))

NAVY = HexColor("#1d3557")
MAROON = HexColor("#7b1e2b")
GOLD = HexColor("#b8860b")
GREY = HexColor("#555555")
RED = HexColor("#c8102e")


class Doc:
    """A page being drawn, with the few helpers certificates need."""

    def __init__(self, canvas: Canvas, size, rng: random.Random):
        self.c = canvas
        self.w, self.h = size
        self.rng = rng

    def text(self, x, y, s, font="Helvetica", size=11, color=None, align="left"):
        c = self.c
        c.setFont(font, size)
        c.setFillColor(color or Color(0, 0, 0))
        if align == "center":
            c.drawCentredString(x, y, s)
        elif align == "right":
            c.drawRightString(x, y, s)
        else:
            c.drawString(x, y, s)

    def center(self, y, s, font="Helvetica", size=11, color=None):
        self.text(self.w / 2, y, s, font, size, color, align="center")

    def frame(self, color=NAVY, inset=24, double=True, width=3):
        c = self.c
        c.setStrokeColor(color)
        c.setLineWidth(width)
        c.rect(inset, inset, self.w - 2 * inset, self.h - 2 * inset)
        if double:
            c.setLineWidth(0.8)
            c.rect(inset + 8, inset + 8, self.w - 2 * inset - 16, self.h - 2 * inset - 16)

    def rule(self, x1, y, x2, color=GREY, width=0.8):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)

    def seal(self, x, y, r=38, color=GOLD):
        c = self.c
        c.setStrokeColor(color)
        c.setFillColor(color)
        c.setLineWidth(1.2)
        c.circle(x, y, r, stroke=1, fill=0)
        c.circle(x, y, r - 6, stroke=1, fill=0)
        for i in range(24):
            p = c.beginPath()
            import math

            a = 2 * math.pi * i / 24
            p.moveTo(x + (r - 6) * math.cos(a), y + (r - 6) * math.sin(a))
            p.lineTo(x + (r - 14) * math.cos(a), y + (r - 14) * math.sin(a))
            c.drawPath(p)

    def signature(self, x, y, width=150, caption=None, name=None, font="Helvetica"):
        """A pen squiggle above a rule, with the signer's name and role beneath."""
        c = self.c
        rng = self.rng
        c.setStrokeColor(HexColor("#223366"))
        c.setLineWidth(1.1)
        p = c.beginPath()
        p.moveTo(x + 5, y + 8)
        px = x + 5
        for _ in range(5):
            nx = px + width / 6
            p.curveTo(
                px + rng.uniform(5, 20),
                y + rng.uniform(18, 32),
                nx - rng.uniform(5, 20),
                y + rng.uniform(-4, 6),
                nx,
                y + rng.uniform(4, 14),
            )
            px = nx
        c.drawPath(p)
        self.rule(x, y + 2, x + width)
        if name:
            self.text(x + width / 2, y - 11, name, font, 9, align="center")
        if caption:
            self.text(x + width / 2, y - (22 if name else 11), caption, font, 8, GREY, align="center")

    def logo(self, x, y, s=30, color=NAVY):
        c = self.c
        c.setFillColor(color)
        c.rect(x, y, s, s, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.rect(x + s * 0.4, y + s * 0.15, s * 0.2, s * 0.7, stroke=0, fill=1)
        c.rect(x + s * 0.15, y + s * 0.4, s * 0.7, s * 0.2, stroke=0, fill=1)

    def box(self, x, y, w, h, color=GREY, width=0.8, fill=None):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(width)
        if fill is not None:
            self.c.setFillColor(fill)
        self.c.rect(x, y, w, h, stroke=1, fill=1 if fill is not None else 0)


# ---------------------------------------------------------------------------------------------
# The certificates. Each draws one page (or more) and says what a person would read from it.
# ---------------------------------------------------------------------------------------------

LAND = landscape(letter)
PORT = letter


def aama_award(d: Doc):
    """Landscape award, Times: the AAMA itself, category letter beside the CEUs, date as a caption."""
    d.frame(MAROON)
    d.seal(d.w - 120, 110)
    d.center(d.h - 90, "American Association of Medical Assistants", "Times-Bold", 24, MAROON)
    d.center(d.h - 115, "e-Learning Center", "Times-Italic", 14, GREY)
    d.center(d.h - 170, "Certificate of Completion", "Times-Bold", 34)
    d.center(d.h - 210, "This certifies that", "Times-Italic", 14)
    d.center(d.h - 245, "Jordan Rivera, CMA (AAMA)", "Times-Bold", 22)
    d.center(d.h - 275, "has successfully completed", "Times-Italic", 14)
    d.center(d.h - 305, "Infection Control in the Ambulatory Care Setting", "Times-Bold", 20)
    d.center(d.h - 335, "and is awarded 2.0 AAMA CEUs (C)", "Times-Roman", 14)
    d.center(d.h - 355, "AAMA course number: 123456", "Times-Roman", 11, GREY)
    d.text(150, 130, "March 5, 2025", "Times-Roman", 13, align="center")
    d.rule(70, 122, 230)
    d.text(150, 108, "Date of Completion", "Times-Italic", 10, GREY, align="center")
    d.signature(320, 122, 170, "Director, Continuing Education", "Donna Kessler, CMA (AAMA)", "Times-Roman")
    d.center(50, "Course approval expires December 31, 2026. Member ID 0048213.", "Times-Roman", 8, GREY)


def nha_portrait(d: Doc):
    """Portrait letter, Helvetica, NHA CE library: ISO date, credits with (NHA)."""
    d.frame(NAVY, double=False)
    d.logo(60, d.h - 100, 36)
    d.text(105, d.h - 80, "National Healthcareer Association", "Helvetica-Bold", 18, NAVY)
    d.text(105, d.h - 97, "CE Library", "Helvetica", 11, GREY)
    d.center(d.h - 190, "CERTIFICATE OF COMPLETION", "Helvetica-Bold", 26)
    d.center(d.h - 240, "Presented to", "Helvetica", 12)
    d.center(d.h - 272, "Ashley Nguyen, CCMA", "Helvetica-Bold", 22)
    d.center(d.h - 310, "for completing", "Helvetica", 12)
    d.center(d.h - 342, "HIPAA and Patient Privacy: 2025 Update", "Helvetica-Bold", 17)
    y = d.h - 420
    for label, value in (
        ("CE Credits:", "1.0 (NHA)"),
        ("Completed on:", "2025-04-12"),
        ("Certification number:", "NHA-8842913"),
    ):
        d.text(170, y, label, "Helvetica-Bold", 12)
        d.text(320, y, value, "Helvetica", 12)
        y -= 24
    d.signature(d.w / 2 - 90, 150, 180, "Vice President, Certification", "R. Alvarez")


def aha_bls_card(d: Doc):
    """An AHA BLS Provider eCard: labels under their values, a renewal month, a training center."""
    c = d.c
    x0, y0, w, h = 90, d.h - 330, 432, 250
    d.box(x0, y0, w, h, RED, 2)
    c.setFillColor(RED)
    c.rect(x0, y0 + h - 44, w, 44, stroke=0, fill=1)
    d.text(x0 + 14, y0 + h - 30, "American Heart Association", "Helvetica-Bold", 16, Color(1, 1, 1))
    d.text(x0 + 14, y0 + h - 72, "BLS Provider", "Helvetica-Bold", 22, RED)
    d.text(x0 + 14, y0 + h - 100, "Taylor Brooks", "Helvetica-Bold", 14)
    for i, line in enumerate(
        (
            "has successfully completed the cognitive and skills evaluations in",
            "accordance with the curriculum of the American Heart Association",
            "Basic Life Support (CPR and AED) Program.",
        )
    ):
        d.text(x0 + 14, y0 + h - 120 - 12 * i, line, "Helvetica", 9)
    d.text(x0 + 14, y0 + 70, "06/14/2025", "Helvetica-Bold", 12)
    d.text(x0 + 14, y0 + 58, "Issue Date", "Helvetica", 8, GREY)
    d.text(x0 + 200, y0 + 70, "06/2027", "Helvetica-Bold", 12)
    d.text(x0 + 200, y0 + 58, "Recommended Renewal Date", "Helvetica", 8, GREY)
    d.text(x0 + 14, y0 + 36, "Training Center: Mercy Health Training Center", "Helvetica", 9)
    d.text(x0 + 14, y0 + 22, "Instructor: Lee Carter   eCard Code: 215604871239", "Helvetica", 9)
    d.text(
        x0 + 14,
        d.h - 380,
        "This card contains unique security features to protect against forgery.",
        "Helvetica",
        8,
    )


def red_cross(d: Doc):
    """Courier, Red Cross: completion date, validity and expiry on the same page."""
    d.frame(RED, double=False, width=2)
    d.center(d.h - 100, "American Red Cross", "Courier-Bold", 24, RED)
    d.center(d.h - 125, "Training Services", "Courier", 12)
    d.center(d.h - 190, "Certificate of Completion", "Courier-Bold", 22)
    d.center(d.h - 240, "Casey Morgan", "Courier-Bold", 18)
    d.center(d.h - 270, "has successfully completed requirements for", "Courier", 12)
    d.center(d.h - 300, "Adult and Pediatric First Aid/CPR/AED", "Courier-Bold", 16)
    y = d.h - 370
    for line in (
        "Date Completed: 09/22/2024",
        "Valid for 2 Years",
        "Expires: 09/22/2026",
        "Certificate ID: GZ7T4K",
    ):
        d.text(150, y, line, "Courier", 12)
        y -= 20
    d.signature(d.w - 260, 140, 170, "Instructor", "Pat Wilson", "Courier")


def amt_points(d: Doc):
    """DejaVu Serif, AMT: day-first month name, CCP points."""
    d.frame(NAVY)
    d.center(d.h - 110, "American Medical Technologists", "DejaVuSerif-Bold", 20, NAVY)
    d.center(d.h - 135, "Certification Continuation Program", "DejaVuSerif-Italic", 12)
    d.center(d.h - 200, "Certificate of Continuing Education", "DejaVuSerif-Bold", 20)
    d.center(d.h - 250, "Sam Okafor, RMA (AMT)", "DejaVuSerif", 16)
    y = d.h - 320
    for line in (
        "Title: Phlebotomy Safety and Specimen Handling",
        "This activity is approved for 1.5 AMT CCP points.",
        "Date: 5 March 2025",
        "Member number: 4419023",
    ):
        d.text(110, y, line, "DejaVuSerif", 12)
        y -= 26
    d.signature(110, 140, 170, "Education Department", "AMT")


def college_transcript(d: Doc):
    """Courier line list: a registrar's course record with a date of birth."""
    lines = [
        "RIVERSIDE COMMUNITY COLLEGE",
        "Office of the Registrar",
        "UNOFFICIAL TRANSCRIPT - COURSE RECORD",
        "",
        "Student: Jamie Ortiz             Student ID: 20481177",
        "Date of birth: 04/11/1990",
        "Program: Medical Assisting, Certificate of Achievement",
        "",
        "Term: Fall 2024",
        "Course: MED 110 Medical Terminology",
        "Credit hours: 3.0          Grade: A",
        "",
        "Date issued: December 20, 2024",
        "This document is not valid without the registrar's seal.",
    ]
    y = d.h - 80
    for line in lines:
        d.text(60, y, line, "Courier-Bold" if y == d.h - 80 else "Courier", 11)
        y -= 17


def employer_lms_table(d: Doc):
    """A two-column table from a hospital LMS, labels without colons, a later 'generated' date."""
    d.text(50, d.h - 70, "Northside Health System", "Helvetica-Bold", 20, NAVY)
    d.text(50, d.h - 90, "Learning Center - Course Completion Record", "Helvetica", 12, GREY)
    rows = (
        ("Learner", "Morgan Lee"),
        ("Employee ID", "E-20931"),
        ("Course Title", "Bloodborne Pathogens Annual Training"),
        ("Completion Date", "01/08/2025"),
        ("Duration", "60 minutes"),
        ("Status", "Passed (score 92%)"),
    )
    y = d.h - 140
    for label, value in rows:
        d.box(50, y - 8, 160, 24, GREY)
        d.box(210, y - 8, 340, 24, GREY)
        d.text(58, y, label, "Helvetica-Bold", 11)
        d.text(218, y, value, "Helvetica", 11)
        y -= 24
    d.text(50, 80, "Report generated 01/15/2025 09:14 by LMS Administrator", "Helvetica", 8, GREY)


def webinar(d: Doc):
    """Landscape, DejaVu Sans: a webinar with an ordinal date and a statement that it is NOT AAMA-approved."""
    d.frame(HexColor("#2a9d8f"), inset=18)
    d.text(60, d.h - 80, "Medical Assistant Learning Network LLC", "DejaVuSans-Bold", 16, HexColor("#2a9d8f"))
    d.center(d.h - 160, "Certificate of Attendance", "DejaVuSans-Bold", 30)
    d.center(d.h - 205, "Awarded to Riley Chen", "DejaVuSans", 16)
    d.center(d.h - 245, "Webinar: Managing Difficult Patient Conversations", "DejaVuSans-Bold", 16)
    d.center(d.h - 275, "Presented by Medical Assistant Learning Network LLC", "DejaVuSans", 12)
    d.center(d.h - 300, "Session date: Mar. 5th, 2025", "DejaVuSans", 12)
    d.center(d.h - 325, "1.0 CE hour(s)", "DejaVuSans", 12)
    d.center(90, "This webinar has not been approved by the AAMA for CEUs.", "DejaVuSans", 9, GREY)
    d.signature(d.w - 270, 130, 180, "Host", "Dana Brooks")


def ceufast(d: Doc):
    """Portrait Helvetica: a title with a colon inside it, a short US date, an approval period."""
    d.frame(HexColor("#e76f51"), double=False, width=4)
    d.text(60, d.h - 80, "CEUfast, Inc.", "Helvetica-Bold", 22, HexColor("#e76f51"))
    d.center(d.h - 160, "Certificate of Completion", "Helvetica-Bold", 26)
    d.center(d.h - 200, "Alex Kim, CMA (AAMA)", "Helvetica", 16)
    y = d.h - 270
    for line in (
        "Course title: Medication Errors: Prevention and Reporting",
        "Contact Hours: 2",
        "Date completed: 3/5/25",
    ):
        d.text(90, y, line, "Helvetica", 13)
        y -= 24
    d.signature(90, 200, 170, "Director of Education", "Julia Martin")
    for i, line in enumerate(
        (
            "CEUfast, Inc. is an approved provider of continuing education. Provider approval valid",
            "from 01/01/2024 through 12/31/2026. Retain this certificate for four years.",
        )
    ):
        d.text(60, 100 - 12 * i, line, "Helvetica", 8, GREY)


def iacet(d: Doc):
    """Times: IACET CEUs, a dashed US date with the year last, an accreditation period."""
    d.frame(NAVY)
    d.center(d.h - 100, "Coastal Allied Health Institute", "Times-Bold", 22, NAVY)
    d.center(d.h - 170, "Certificate of Achievement", "Times-Bold", 28)
    d.center(d.h - 215, "Morgan Diaz", "Times-Italic", 20)
    d.center(d.h - 250, "in recognition of completing", "Times-Roman", 13)
    d.center(d.h - 280, "Medical Billing and Coding Fundamentals", "Times-Bold", 18)
    d.center(d.h - 320, "0.2 IACET CEUs", "Times-Roman", 14)
    d.center(d.h - 345, "Awarded 05-03-2025", "Times-Roman", 13)
    d.seal(d.w / 2, 220)
    for i, line in enumerate(
        (
            "Coastal Allied Health Institute is accredited by the International Accreditors for Continuing",
            "Education and Training (IACET), accreditation valid 2023-01-01 to 2028-01-01.",
        )
    ):
        d.center(90 - 12 * i, line, "Times-Roman", 8, GREY)


def aama_transcript(d: Doc):
    """Courier key-value transcript from the AAMA with the CMA's own expiry date below."""
    lines = [
        "AMERICAN ASSOCIATION OF MEDICAL ASSISTANTS",
        "CEU Transcript - Activity Record",
        "",
        "Member: Chris Taylor, CMA (AAMA)      Member since: 2015",
        "CMA (AAMA) certification expires: 09/30/2027",
        "",
        "Activity: Medication Administration Review",
        "Activity date: 02/14/2025",
        "AAMA course #: 654321",
        "Credits: 2.0 AAMA CEUs (C)",
        "",
        "Printed 11/02/2025",
    ]
    y = d.h - 80
    for line in lines:
        d.text(55, y, line, "Courier", 11)
        y -= 17


def two_column(d: Doc):
    """Two columns (DejaVu Sans): the story on the left, a details box on the right, a wrapped title."""
    d.frame(HexColor("#264653"), inset=20, double=False, width=2)
    x = 50
    d.text(x, d.h - 90, "Certificate of Completion", "DejaVuSans-Bold", 22)
    d.text(x, d.h - 140, "Sam Patel, RMA (AMT)", "DejaVuSans-Bold", 16)
    d.text(x, d.h - 170, "has completed the online course", "DejaVuSans", 11)
    d.text(x, d.h - 195, "Electrocardiography Basics for", "DejaVuSans-Bold", 14)
    d.text(x, d.h - 215, "Medical Assistants", "DejaVuSans-Bold", 14)
    d.text(x, d.h - 250, "Provided by Summit Healthcare Academy", "DejaVuSans", 11)
    bx = 350
    d.box(bx, d.h - 330, 220, 200, HexColor("#264653"), 1, fill=HexColor("#eef4f3"))
    y = d.h - 160
    for label, value in (
        ("Completion date", "07/19/2024"),
        ("Contact hours", "3.0"),
        ("Category: Clinical", ""),
        ("Certificate #", "55821-77"),
    ):
        d.text(bx + 12, y, label, "DejaVuSans-Bold", 10)
        if value:
            d.text(bx + 12, y - 14, value, "DejaVuSans", 11)
        y -= 40
    d.signature(50, 120, 170, "Program Director", "K. Whitfield", "DejaVuSans")


def hospital_general(d: Doc):
    """DejaVu Serif: a quoted title, a number in words, a category, a date of birth."""
    d.frame(GOLD)
    d.center(d.h - 95, "Valley Regional Hospital", "DejaVuSerif-Bold", 22)
    d.center(d.h - 118, "Department of Staff Education", "DejaVuSerif-Italic", 12)
    d.center(d.h - 190, "This certificate is awarded to", "DejaVuSerif", 12)
    d.center(d.h - 220, "Jesse Romero, CCMA", "DejaVuSerif-Bold", 18)
    d.center(d.h - 250, "for successful completion of", "DejaVuSerif", 12)
    d.center(d.h - 280, "\u201cCommunicating Across Cultures\u201d", "DejaVuSerif-Bold", 18)
    d.center(d.h - 315, "one contact hour", "DejaVuSerif", 13)
    d.center(d.h - 340, "Category: General", "DejaVuSerif", 12)
    d.text(90, 190, "Date of issue: 2025-03-05", "DejaVuSerif", 11)
    d.text(90, 172, "Date of birth: 1992-07-30", "DejaVuSerif", 11)
    d.signature(d.w - 280, 180, 180, "Education Coordinator", "M. Ferris", "DejaVuSerif")


def words_amount(d: Doc):
    """Times: 'two (2.0) contact hours', capitals date, a later expiration in the same format."""
    d.frame(NAVY, inset=30)
    d.center(d.h - 110, "Bright Path Education", "Times-Bold", 22, NAVY)
    d.center(d.h - 180, "Certificate", "Times-Bold", 34)
    d.center(d.h - 225, "awarded to Devon Hughes", "Times-Italic", 16)
    d.center(d.h - 260, "for successfully completing", "Times-Roman", 13)
    d.center(d.h - 290, "Phlebotomy: Order of Draw and Special Handling", "Times-Bold", 17)
    d.center(d.h - 325, "and earning two (2.0) contact hours", "Times-Roman", 13)
    d.center(d.h - 360, "Given this day, MARCH 05, 2025", "Times-Roman", 12)
    d.center(d.h - 380, "Certificate expiration: MARCH 05, 2027", "Times-Roman", 10, GREY)
    d.signature(d.w / 2 - 85, 150, 170, "Executive Director", "A. Bright", "Times-Roman")


def heartsaver(d: Doc):
    """Helvetica: a Heartsaver card, slashed ISO date, a renewal month, no training center."""
    c = d.c
    x0, y0, w, h = 100, d.h - 300, 410, 220
    d.box(x0, y0, w, h, RED, 2)
    d.text(x0 + 16, y0 + h - 34, "American Heart Association", "Helvetica-Bold", 15, RED)
    c.setFillColor(RED)
    c.circle(x0 + w - 40, y0 + h - 36, 16, stroke=0, fill=1)
    d.text(x0 + 16, y0 + h - 70, "Heartsaver CPR AED", "Helvetica-Bold", 20)
    d.text(x0 + 16, y0 + h - 100, "Jordan Blake", "Helvetica-Bold", 13)
    d.text(
        x0 + 16,
        y0 + h - 118,
        "has successfully completed the cognitive and skills evaluations",
        "Helvetica",
        8,
    )
    d.text(x0 + 16, y0 + 50, "Issued: 2025/03/05", "Helvetica", 10)
    d.text(x0 + 210, y0 + 50, "Renew by: 03/2027", "Helvetica", 10)
    d.text(x0 + 16, y0 + 30, "Instructor ID 03120457878", "Helvetica", 8, GREY)


def approved_webinar(d: Doc):
    """DejaVu Sans: AAMA approval wording and number, a content area, a later approval period."""
    d.frame(NAVY, inset=22, double=False, width=2)
    d.text(50, d.h - 70, "Medical Assisting Today Webinars", "DejaVuSans-Bold", 16, NAVY)
    d.center(d.h - 150, "Certificate of Participation", "DejaVuSans-Bold", 24)
    d.center(d.h - 190, "Jamie Fox, CMA (AAMA)", "DejaVuSans", 15)
    y = d.h - 250
    for line in (
        "Title: Coding Updates for the Medical Office",
        "Offered by Keystone Medical Education, Inc.",
        "Completion Date: 11/18/2024",
        "This program has been approved for 1.5 AAMA CEUs.",
        "Content area: administrative",
        "AAMA approval number 789012",
        "Program approval period: 01/01/2024 - 12/31/2025",
    ):
        d.text(70, y, line, "DejaVuSans", 11)
        y -= 21
    d.signature(70, 150, 170, "Moderator", "E. Grant", "DejaVuSans")


def nha_alt(d: Doc):
    """Courier: 'Completed on' with an ordinal date without a comma, one NHA CE credit."""
    d.frame(NAVY, double=True, width=1.5)
    d.center(d.h - 100, "NATIONAL HEALTHCAREER ASSOCIATION", "Courier-Bold", 18, NAVY)
    d.center(d.h - 170, "CERTIFICATE", "Courier-Bold", 28)
    d.center(d.h - 220, "Quinn Harper, CPT", "Courier", 14)
    d.center(d.h - 250, "is recognized for completing", "Courier", 12)
    d.center(d.h - 275, "Electronic Health Records Basics", "Courier-Bold", 15)
    d.center(d.h - 310, "1 NHA CE credit", "Courier", 12)
    d.center(d.h - 335, "Completed on March 5th 2025", "Courier", 12)
    d.center(120, "Certification expires 10/31/2026", "Courier", 9, GREY)


def clock_hours(d: Doc):
    """Helvetica in-service sheet: 'Topic:', clock hours, a DOB, an explicit 'not approved by the AAMA'."""
    d.text(50, d.h - 70, "Lakeside Family Health Center", "Helvetica-Bold", 18)
    d.text(50, d.h - 88, "Clinical Staff In-Service Record", "Helvetica", 12, GREY)
    d.rule(50, d.h - 100, d.w - 50)
    y = d.h - 140
    for line in (
        "Employee: Robin Shaw, MA        Employee DOB: 1988-02-11",
        "Topic: Sharps Safety and Needlestick Prevention",
        "Date: 2024-10-07",
        "Credit: 2 clock hours",
        "Trainer: Nurse Educator Lisa Park, RN",
        "",
        "Note: this in-service is not approved by the AAMA for CEUs.",
    ):
        d.text(50, y, line, "Helvetica", 12)
        y -= 22
    d.signature(50, 220, 160, "Trainer signature")
    d.signature(300, 220, 160, "Employee signature")


def iacet_fraction(d: Doc):
    """Times: a bare '0.15 CEU' with no IACET in sight, a course label, an ISO date."""
    d.frame(HexColor("#6a4c93"))
    d.center(d.h - 100, "Gulf Coast Learning Institute", "Times-Bold", 22, HexColor("#6a4c93"))
    d.center(d.h - 170, "Certificate of Completion", "Times-Bold", 26)
    d.center(d.h - 210, "Avery Collins", "Times-Italic", 20)
    y = d.h - 280
    for line in (
        "Course: Vital Signs Refresher",
        "Completion date: 2025-06-30",
        "Continuing education: 0.15 CEU",
    ):
        d.center(y, line, "Times-Roman", 14)
        y -= 26
    d.signature(d.w / 2 - 80, 160, 160, "Registrar", "H. Stone", "Times-Roman")


def college_letter(d: Doc):
    """DejaVu Serif letter: a course completed 'with a grade', semester credits, course dates as a range."""
    d.text(60, d.h - 70, "Mesa State University", "DejaVuSerif-Bold", 18, MAROON)
    d.text(60, d.h - 88, "College of Health Sciences", "DejaVuSerif", 11, GREY)
    d.rule(60, d.h - 98, d.w - 60, MAROON)
    body = [
        "To whom it may concern:",
        "",
        "This letter confirms that Taylor Reed (student ID 7730145) completed",
        "HLTH 205 Pharmacology for Allied Health with a grade of B+, earning",
        "3 semester credits.",
        "",
        "Course dates: 01/13/2025 - 05/09/2025",
        "",
        "Sincerely,",
    ]
    y = d.h - 140
    for line in body:
        d.text(60, y, line, "DejaVuSerif", 11)
        y -= 18
    d.signature(60, y - 30, 160, "Office of the Registrar", "Dr. P. Lindqvist", "DejaVuSerif")


# ---- drawn for images and scans (their text layer is thrown away) --------------------------------


def photo_aama_provider(d: Doc):
    d.frame(NAVY)
    d.center(d.h - 100, "Sunrise Medical Academy", "Helvetica-Bold", 24, NAVY)
    d.center(d.h - 170, "Certificate of Completion", "Helvetica-Bold", 28)
    d.center(d.h - 215, "Morgan Ellis, CMA (AAMA)", "Helvetica", 18)
    d.center(d.h - 250, "has successfully completed", "Helvetica", 14)
    d.center(d.h - 282, "Pediatric Immunization Schedules", "Helvetica-Bold", 20)
    y = d.h - 350
    for line in (
        "AAMA CEUs: 1.5",
        "Category: Clinical",
        "Date of completion: June 12, 2025",
        "AAMA course number: 551234",
    ):
        d.center(y, line, "Helvetica", 15)
        y -= 26
    d.signature(d.w / 2 - 90, 150, 180, "Program Director", "L. Ramos")


def photo_nha(d: Doc):
    d.frame(NAVY, double=False)
    d.center(d.h - 100, "National Healthcareer Association", "Times-Bold", 24, NAVY)
    d.center(d.h - 170, "Certificate of Completion", "Times-Bold", 28)
    d.center(d.h - 215, "Presented to Harper Lin, CCMA", "Times-Roman", 17)
    d.center(d.h - 250, "for completing", "Times-Roman", 15)
    d.center(d.h - 282, "Workplace Violence Prevention", "Times-Bold", 20)
    d.center(d.h - 330, "1 NHA CE credit", "Times-Roman", 16)
    d.center(d.h - 360, "Completion date: 10/02/2024", "Times-Roman", 16)
    d.signature(d.w / 2 - 90, 150, 180, "Certification Department")


def photo_bls(d: Doc):
    c = d.c
    x0, y0, w, h = 60, d.h - 420, d.w - 120, 340
    d.box(x0, y0, w, h, RED, 3)
    c.setFillColor(RED)
    c.rect(x0, y0 + h - 60, w, 60, stroke=0, fill=1)
    d.text(x0 + 20, y0 + h - 42, "American Heart Association", "Helvetica-Bold", 24, Color(1, 1, 1))
    d.text(x0 + 20, y0 + h - 100, "BLS Provider", "Helvetica-Bold", 30, RED)
    d.text(x0 + 20, y0 + h - 135, "Jordan Price", "Helvetica-Bold", 18)
    d.text(
        x0 + 20,
        y0 + h - 160,
        "has successfully completed the cognitive and skills evaluations.",
        "Helvetica",
        12,
    )
    d.text(x0 + 20, y0 + 90, "Issue Date: 08/30/2025", "Helvetica", 15)
    d.text(x0 + 20, y0 + 62, "Recommended Renewal Date: 08/2027", "Helvetica", 15)
    d.text(x0 + 20, y0 + 34, "Training Center: Eastside Training Center", "Helvetica", 15)


def photo_redcross(d: Doc):
    d.frame(RED, double=False, width=3)
    d.center(d.h - 100, "American Red Cross", "Helvetica-Bold", 28, RED)
    d.center(d.h - 170, "Certificate of Completion", "Helvetica-Bold", 26)
    d.center(d.h - 215, "Blake Turner", "Helvetica-Bold", 20)
    d.center(d.h - 250, "has successfully completed requirements for", "Helvetica", 14)
    d.center(d.h - 282, "Adult CPR/AED", "Helvetica-Bold", 22)
    d.center(d.h - 340, "Date Completed: April 18, 2025", "Helvetica", 15)
    d.center(d.h - 366, "Valid for 2 Years - Expires April 18, 2027", "Helvetica", 15)
    d.signature(d.w / 2 - 90, 150, 180, "Instructor", "M. Soto")


def lowres_contact(d: Doc):
    d.frame(GOLD, double=False, width=3)
    d.center(d.h - 110, "Pinecrest Health Education", "Helvetica-Bold", 30)
    d.center(d.h - 190, "Certificate of Completion", "Helvetica-Bold", 32)
    y = d.h - 280
    for line in (
        "Course: Telephone Triage Basics",
        "Contact Hours: 1.0",
        "Date: 08/21/2024",
    ):
        d.center(y, line, "Helvetica", 24)
        y -= 40


def photo_amt_lighting(d: Doc):
    d.frame(NAVY)
    d.center(d.h - 100, "American Medical Technologists", "Times-Bold", 24, NAVY)
    d.center(d.h - 170, "Continuing Education Certificate", "Times-Bold", 26)
    d.center(d.h - 215, "Casey Nolan, RMA (AMT)", "Times-Roman", 18)
    y = d.h - 280
    for line in (
        "Program: Diabetes Care Essentials",
        "Approved for 2 AMT CCP points",
        "Date of completion: 01/27/2025",
    ):
        d.center(y, line, "Times-Roman", 17)
        y -= 30
    d.signature(d.w / 2 - 90, 150, 180, "Education Committee")


def photo_iacet_blur(d: Doc):
    d.frame(HexColor("#6a4c93"))
    d.center(d.h - 100, "Harbor Point College", "Helvetica-Bold", 26)
    d.center(d.h - 125, "Workforce Education", "Helvetica", 14, GREY)
    d.center(d.h - 190, "Certificate of Completion", "Helvetica-Bold", 28)
    d.center(d.h - 240, "Jordan Avery", "Helvetica-Bold", 20)
    d.center(d.h - 275, "for successful completion of", "Helvetica", 15)
    d.center(d.h - 305, "Medical Law and Ethics", "Helvetica-Bold", 20)
    d.center(d.h - 350, "0.1 IACET CEU", "Helvetica", 16)
    d.center(d.h - 380, "Completed on 2025-02-20", "Helvetica", 16)
    d.signature(d.w / 2 - 90, 150, 180, "Dean, Workforce Education")


def screenshot_webinar(d: Doc):
    c = d.c
    c.setFillColor(HexColor("#f4f6f8"))
    c.rect(0, 0, d.w, d.h, stroke=0, fill=1)
    c.setFillColor(HexColor("#2a6f97"))
    c.rect(0, d.h - 60, d.w, 60, stroke=0, fill=1)
    d.text(30, d.h - 38, "CareLearn Online Academy", "Helvetica-Bold", 20, Color(1, 1, 1))
    d.text(60, d.h - 120, "Certificate of Completion", "Helvetica-Bold", 26)
    y = d.h - 170
    for line in (
        "Learner: Drew Castillo",
        "Webinar: Preventing Patient Falls in the Clinic",
        "Length: 60 minutes",
        "Date completed: July 9, 2025",
        "Certificate ID: CLA-99812",
    ):
        d.text(60, y, line, "Helvetica", 15)
        y -= 28


def photo_upside_down(d: Doc):
    d.frame(GOLD)
    d.center(d.h - 100, "Summit Valley Medical Center", "Times-Bold", 24)
    d.center(d.h - 170, "Certificate of Attendance", "Times-Bold", 28)
    d.center(d.h - 215, "Rowan Pierce, CMA (AAMA)", "Times-Roman", 18)
    d.center(d.h - 250, "attended", "Times-Roman", 15)
    d.center(d.h - 282, "Cardiac Medications Update", "Times-Bold", 21)
    d.center(d.h - 330, "This program has been approved for 1.0 AAMA CEU (G)", "Times-Roman", 15)
    d.center(d.h - 360, "Date: 09/16/2025", "Times-Roman", 15)
    d.signature(d.w / 2 - 90, 150, 180, "Education Office")


def scan_aama_transcript(d: Doc):
    lines = [
        "AMERICAN ASSOCIATION OF MEDICAL ASSISTANTS",
        "CEU Activity Record",
        "",
        "Member: Dana Wells, CMA (AAMA)",
        "",
        "Course title: Professionalism and Scope of Practice",
        "Date completed: 12/03/2024",
        "AAMA CEUs: 1.0 (A)",
        "AAMA course number: 348812",
        "",
        "CMA (AAMA) recertification due: 06/30/2027",
    ]
    y = d.h - 90
    for line in lines:
        d.text(60, y, line, "Courier-Bold", 13)
        y -= 22


def scan_inservice(d: Doc):
    d.text(60, d.h - 80, "Brookfield Community Hospital", "Helvetica-Bold", 20)
    d.text(60, d.h - 100, "Employee Education Department", "Helvetica", 13)
    d.rule(60, d.h - 110, d.w - 60)
    y = d.h - 160
    for line in (
        "In-service: Fire Safety and Evacuation",
        "Date: October 15, 2024",
        "Hours: 1.5 clock hours",
        "Employee: Sydney Hart",
        "Employee date of birth: 03/22/1985",
    ):
        d.text(60, y, line, "Helvetica", 15)
        y -= 28
    d.signature(60, 250, 170, "Educator")


def scan_college(d: Doc):
    d.center(d.h - 90, "Lakeview Technical College", "Times-Bold", 24)
    d.center(d.h - 115, "Office of the Registrar", "Times-Roman", 14)
    d.center(d.h - 170, "Certificate of Course Completion", "Times-Bold", 24)
    y = d.h - 240
    for line in (
        "Student: Avery Quinn",
        "Course: AH 120 Anatomy and Physiology I",
        "Credits: 4 semester credits",
        "Date issued: 2025-05-16",
    ):
        d.text(100, y, line, "Times-Roman", 17)
        y -= 30
    d.seal(d.w - 150, 150)


def scan_cover(d: Doc):
    """Page 1 of a two-page scan: a cover letter with no certificate details."""
    d.text(60, d.h - 80, "Redwood Clinic Network", "Helvetica-Bold", 18)
    y = d.h - 140
    for line in (
        "Dear colleague,",
        "",
        "Please find your training certificate on the next page.",
        "Keep it with your records for your recertification.",
    ):
        d.text(60, y, line, "Helvetica", 14)
        y -= 24


def scan_cert_page2(d: Doc):
    d.frame(NAVY)
    d.center(d.h - 100, "Redwood Clinic Network", "Helvetica-Bold", 22)
    d.center(d.h - 170, "Certificate of Completion", "Helvetica-Bold", 26)
    d.center(d.h - 230, "has successfully completed", "Helvetica", 15)
    d.center(d.h - 262, "Point-of-Care Testing Competency", "Helvetica-Bold", 20)
    d.center(d.h - 310, "2.5 contact hours", "Helvetica", 16)
    d.center(d.h - 340, "Completion date: 11/21/2025", "Helvetica", 16)


def compliance_no_hours(d: Doc):
    """Helvetica: an employer's annual compliance training that states no hours; only a date range."""
    d.text(50, d.h - 70, "Harborview Medical Group", "Helvetica-Bold", 18, NAVY)
    d.rule(50, d.h - 82, d.w - 50, NAVY)
    d.center(d.h - 150, "Certificate of Completion", "Helvetica-Bold", 24)
    d.center(d.h - 190, "Alexis Grant, CCMA", "Helvetica", 15)
    d.center(d.h - 220, "has successfully completed the annual compliance module", "Helvetica", 12)
    d.center(d.h - 248, "Fraud, Waste and Abuse Prevention", "Helvetica-Bold", 16)
    d.center(d.h - 290, "Assigned 01/02/2025   Completed 01/29/2025   Due 01/31/2025", "Helvetica", 11)
    d.center(d.h - 310, "Next assignment: January 2026", "Helvetica", 10, GREY)
    d.signature(d.w / 2 - 80, 160, 160, "Compliance Officer")


def photo_perspective(d: Doc):
    d.frame(MAROON)
    d.center(d.h - 100, "Lakeshore Allied Health Academy", "Times-Bold", 24, MAROON)
    d.center(d.h - 165, "Certificate of Completion", "Times-Bold", 28)
    d.center(d.h - 210, "Parker Reyes, RMA (AMT)", "Times-Roman", 18)
    d.center(d.h - 245, "has successfully completed the online course", "Times-Roman", 15)
    d.center(d.h - 278, "Wound Care and Dressing Changes", "Times-Bold", 21)
    y = d.h - 340
    for line in (
        "Contact hours: 2.5",
        "Date completed: November 3, 2025",
        "Certificate expires: November 3, 2027",
    ):
        d.center(y, line, "Times-Roman", 16)
        y -= 27
    d.signature(d.w / 2 - 90, 150, 180, "Academic Director")


def photo_dim_attendance(d: Doc):
    d.frame(GOLD, double=False, width=2)
    d.center(d.h - 110, "Certificate of Attendance", "Helvetica-Bold", 28)
    d.center(d.h - 160, "This is to certify that", "Helvetica", 15)
    d.center(d.h - 195, "Sky Morales", "Helvetica-Bold", 22)
    d.center(d.h - 230, "attended the lunch-and-learn session", "Helvetica", 15)
    d.center(d.h - 265, "Allergy and Asthma Action Plans", "Helvetica-Bold", 20)
    d.center(d.h - 300, "presented by Northgate Pediatrics", "Helvetica", 15)
    d.center(d.h - 340, "Date: 05/21/2025", "Helvetica", 16)


def lms_web_certificate(d: Doc):
    """A learning system's certificate page (printed from the browser as an image with text around it)."""
    c = d.c
    c.setFillColor(HexColor("#0b6e4f"))
    c.rect(0, d.h - 90, d.w, 90, stroke=0, fill=1)
    d.text(40, d.h - 55, "Evergreen Clinical Learning", "Helvetica-Bold", 24, Color(1, 1, 1))
    d.center(d.h - 170, "Certificate of Completion", "Helvetica-Bold", 28)
    d.center(d.h - 215, "Awarded to Casey Lin, CMA (AAMA)", "Helvetica", 16)
    y = d.h - 280
    for line in (
        "Course title: Anaphylaxis Recognition and Response",
        "Date completed: Dec. 2nd, 2025",
        "Approved for 1.0 AAMA CEU (Clinical)",
        "AAMA course #: 470115",
    ):
        d.center(y, line, "Helvetica", 16)
        y -= 30


def _expected(
    completed_on=None,
    title=None,
    provider=None,
    amount=None,
    unit=None,
    aama_approved=False,
    category=None,
):
    if unit == "cpr_card":
        category = "clinical"  # R-CMA-11: a CPR/BLS card always counts as clinical
    return {
        "completed_on": completed_on,
        "title": title,
        "provider": provider,
        "amount": amount,
        "unit": unit,
        "aama_approved": aama_approved,
        "category": category,
    }


AAMA = "American Association of Medical Assistants"
NHA = "National Healthcareer Association"
AMT = "American Medical Technologists"
AHA = "American Heart Association"


def entry(name, pages, *, size=PORT, fx=None, aama_approved=False, **fields):
    """A corpus file; the kind follows from the name: pdf… text layer, scan… image-only PDF, else a photo."""
    kind = "pdf" if name.startswith("pdf") else "scan" if name.startswith("scan") else name.rsplit(".", 1)[1]
    return (name, kind, size, pages, fx or {}, _expected(aama_approved=aama_approved, **fields))


# One entry per file: its drawing (one function per page), the effects that make it a photo or a scan,
# and what a person would enter from it (None where the certificate does not say).
CORPUS = [
    # --- PDFs with a text layer ---
    entry(
        "pdf01_aama_award.pdf",
        [aama_award],
        size=LAND,
        completed_on="2025-03-05",
        title="Infection Control in the Ambulatory Care Setting",
        provider=AAMA,
        amount="2.0",
        unit="aama_ceu",
        aama_approved=True,
        category="clinical",
    ),
    entry(
        "pdf02_nha_portrait.pdf",
        [nha_portrait],
        completed_on="2025-04-12",
        title="HIPAA and Patient Privacy: 2025 Update",
        provider=NHA,
        amount="1.0",
        unit="nha_credit",
    ),
    entry(
        "pdf03_aha_bls_ecard.pdf",
        [aha_bls_card],
        completed_on="2025-06-14",
        title="BLS Provider",
        provider="American Heart Association",  # the card's issuer; the training center taught it
        amount="1",
        unit="cpr_card",
    ),
    entry(
        "pdf04_red_cross.pdf",
        [red_cross],
        completed_on="2024-09-22",
        title="Adult and Pediatric First Aid/CPR/AED",
        provider="American Red Cross",
        amount="1",
        unit="cpr_card",
    ),
    entry(
        "pdf05_amt_points.pdf",
        [amt_points],
        completed_on="2025-03-05",
        title="Phlebotomy Safety and Specimen Handling",
        provider=AMT,
        amount="1.5",
        unit="contact_hours",
    ),
    entry(
        "pdf06_college_transcript.pdf",
        [college_transcript],
        completed_on="2024-12-20",
        title="Medical Terminology",  # its course code left out, as a person types it
        provider="Riverside Community College",
        amount="3.0",
        unit="college_credit",
    ),
    entry(
        "pdf07_employer_lms_table.pdf",
        [employer_lms_table],
        completed_on="2025-01-08",
        title="Bloodborne Pathogens Annual Training",
        provider="Northside Health System",
        amount="60",
        unit="minutes",
    ),
    entry(
        "pdf08_webinar_not_aama.pdf",
        [webinar],
        size=LAND,
        completed_on="2025-03-05",
        title="Managing Difficult Patient Conversations",
        provider="Medical Assistant Learning Network LLC",
        amount="1.0",
        unit="contact_hours",
    ),
    entry(
        "pdf09_ceufast.pdf",
        [ceufast],
        completed_on="2025-03-05",
        title="Medication Errors: Prevention and Reporting",
        provider="CEUfast, Inc.",
        amount="2",
        unit="contact_hours",
    ),
    entry(
        "pdf10_iacet.pdf",
        [iacet],
        completed_on="2025-05-03",
        title="Medical Billing and Coding Fundamentals",
        provider="Coastal Allied Health Institute",
        amount="0.2",
        unit="iacet_ceu",
    ),
    entry(
        "pdf11_aama_transcript.pdf",
        [aama_transcript],
        completed_on="2025-02-14",
        title="Medication Administration Review",
        provider=AAMA,
        amount="2.0",
        unit="aama_ceu",
        aama_approved=True,
        category="clinical",
    ),
    entry(
        "pdf12_two_column.pdf",
        [two_column],
        completed_on="2024-07-19",
        title="Electrocardiography Basics for Medical Assistants",
        provider="Summit Healthcare Academy",
        amount="3.0",
        unit="contact_hours",
        category="clinical",
    ),
    entry(
        "pdf13_hospital_general.pdf",
        [hospital_general],
        completed_on="2025-03-05",
        title="Communicating Across Cultures",
        provider="Valley Regional Hospital",
        amount="1",
        unit="contact_hours",
        category="general",
    ),
    entry(
        "pdf14_words_amount.pdf",
        [words_amount],
        completed_on="2025-03-05",
        title="Phlebotomy: Order of Draw and Special Handling",
        provider="Bright Path Education",
        amount="2.0",
        unit="contact_hours",
    ),
    entry(
        "pdf15_heartsaver.pdf",
        [heartsaver],
        completed_on="2025-03-05",
        title="Heartsaver CPR AED",
        provider=AHA,
        amount="1",
        unit="cpr_card",
    ),
    entry(
        "pdf16_aama_approved_webinar.pdf",
        [approved_webinar],
        completed_on="2024-11-18",
        title="Coding Updates for the Medical Office",
        provider="Keystone Medical Education, Inc.",
        amount="1.5",
        unit="aama_ceu",
        aama_approved=True,
        category="administrative",
    ),
    entry(
        "pdf17_nha_ordinal.pdf",
        [nha_alt],
        completed_on="2025-03-05",
        title="Electronic Health Records Basics",
        provider=NHA,
        amount="1",
        unit="nha_credit",
    ),
    entry(
        "pdf18_clock_hours.pdf",
        [clock_hours],
        completed_on="2024-10-07",
        title="Sharps Safety and Needlestick Prevention",
        provider="Lakeside Family Health Center",
        amount="2",
        unit="contact_hours",
    ),
    entry(
        "pdf19_bare_ceu.pdf",
        [iacet_fraction],
        completed_on="2025-06-30",
        title="Vital Signs Refresher",
        provider="Gulf Coast Learning Institute",
        amount="0.15",
        unit="iacet_ceu",
    ),
    entry(
        "pdf20_college_letter.pdf",
        [college_letter],
        completed_on="2025-05-09",
        title="Pharmacology for Allied Health",  # its course code left out
        provider="Mesa State University",
        amount="3",
        unit="college_credit",
    ),
    entry(
        "pdf21_no_hours.pdf",
        [compliance_no_hours],
        completed_on="2025-01-29",
        title="Fraud, Waste and Abuse Prevention",
        provider="Harborview Medical Group",
    ),
    # --- photos and screenshots ---
    entry(
        "img01_photo_aama.jpg",
        [photo_aama_provider],
        fx={"angle": 2.6, "noise": 22, "blur": 1.0, "light": 0.45, "width": 1300},
        completed_on="2025-06-12",
        title="Pediatric Immunization Schedules",
        provider="Sunrise Medical Academy",
        amount="1.5",
        unit="aama_ceu",
        aama_approved=True,
        category="clinical",
    ),
    entry(
        "img02_photo_nha.jpg",
        [photo_nha],
        fx={"angle": -3.0, "noise": 26, "blur": 1.1, "light": 0.5, "width": 1200},
        completed_on="2024-10-02",
        title="Workplace Violence Prevention",
        provider=NHA,
        amount="1",
        unit="nha_credit",
    ),
    entry(
        "img03_bls_rotated90.png",
        [photo_bls],
        fx={
            "angle": 1.4,
            "noise": 5,
            "blur": 0.9,
            "light": 0.3,
            "width": 1150,
            "turn": 90,
            "gray": True,
            "palette": True,
        },
        completed_on="2025-08-30",
        title="BLS Provider",
        provider="American Heart Association",  # the card's issuer; the training center taught it
        amount="1",
        unit="cpr_card",
    ),
    entry(
        "img04_redcross_exif.jpg",
        [photo_redcross],
        fx={"angle": -1.8, "noise": 20, "blur": 1.0, "light": 0.4, "width": 1250, "exif_orientation": 6},
        completed_on="2025-04-18",
        title="Adult CPR/AED",
        provider="American Red Cross",
        amount="1",
        unit="cpr_card",
    ),
    entry(
        "img05_lowres.png",
        [lowres_contact],
        fx={
            "angle": 0.6,
            "noise": 10,
            "blur": 0.6,
            "light": 0.2,
            "width": 520,
            "gray": True,
            "palette": True,
        },
        completed_on="2024-08-21",
        title="Telephone Triage Basics",
        provider="Pinecrest Health Education",
        amount="1.0",
        unit="contact_hours",
    ),
    entry(
        "img06_amt_uneven_light.jpg",
        [photo_amt_lighting],
        fx={"angle": 1.6, "noise": 18, "blur": 0.9, "light": 0.9, "shadow": 0.55, "width": 1400},
        completed_on="2025-01-27",
        title="Diabetes Care Essentials",
        provider=AMT,
        amount="2",
        unit="contact_hours",
    ),
    entry(
        "img07_iacet_blur.jpg",
        [photo_iacet_blur],
        fx={"angle": -2.2, "noise": 14, "blur": 1.9, "light": 0.3, "width": 1300},
        completed_on="2025-02-20",
        title="Medical Law and Ethics",
        provider="Harbor Point College",
        amount="0.1",
        unit="iacet_ceu",
    ),
    entry(
        "img08_screenshot_webinar.png",
        [screenshot_webinar],
        fx={
            "angle": 0.0,
            "noise": 0,
            "blur": 0.0,
            "light": 0.0,
            "width": 1100,
            "crop_top": 0.45,
            "palette": True,
        },
        completed_on="2025-07-09",
        title="Preventing Patient Falls in the Clinic",
        provider="CareLearn Online Academy",
        amount="60",
        unit="minutes",
    ),
    entry(
        "img09_upside_down.jpg",
        [photo_upside_down],
        fx={"angle": 2.0, "noise": 20, "blur": 1.0, "light": 0.45, "width": 1250, "turn": 180},
        completed_on="2025-09-16",
        title="Cardiac Medications Update",
        provider="Summit Valley Medical Center",
        amount="1.0",
        unit="aama_ceu",
        aama_approved=True,
        category="general",
    ),
    entry(
        "img10_perspective.jpg",
        [photo_perspective],
        fx={"angle": -1.0, "noise": 16, "blur": 0.9, "light": 0.35, "width": 1200, "keystone": 0.06},
        completed_on="2025-11-03",
        title="Wound Care and Dressing Changes",
        provider="Lakeshore Allied Health Academy",
        amount="2.5",
        unit="contact_hours",
    ),
    entry(
        "img11_dim_no_hours.jpg",
        [photo_dim_attendance],
        fx={"angle": 2.4, "noise": 14, "blur": 1.2, "light": 0.8, "width": 900},
        completed_on="2025-05-21",
        title="Allergy and Asthma Action Plans",
        provider="Northgate Pediatrics",
    ),
    # --- scanned PDFs (images only) ---
    entry(
        "scan01_aama_transcript.pdf",
        [scan_aama_transcript],
        fx={"angle": 1.2, "noise": 11, "blur": 0.7, "dpi": 150},
        completed_on="2024-12-03",
        title="Professionalism and Scope of Practice",
        provider=AAMA,
        amount="1.0",
        unit="aama_ceu",
        aama_approved=True,
        category="administrative",
    ),
    entry(
        "scan02_inservice.pdf",
        [scan_inservice],
        fx={"angle": -1.5, "noise": 12, "blur": 0.8, "dpi": 150},
        completed_on="2024-10-15",
        title="Fire Safety and Evacuation",
        provider="Brookfield Community Hospital",
        amount="1.5",
        unit="contact_hours",
    ),
    entry(
        "scan03_college.pdf",
        [scan_college],
        fx={"angle": 0.8, "noise": 14, "blur": 0.7, "dpi": 120},
        completed_on="2025-05-16",
        title="Anatomy and Physiology I",  # its course code left out
        provider="Lakeview Technical College",
        amount="4",
        unit="college_credit",
    ),
    entry(
        "scan04_two_pages.pdf",
        [scan_cover, scan_cert_page2],
        fx={"angle": -1.0, "noise": 10, "blur": 0.7, "dpi": 150},
        completed_on="2025-11-21",
        title="Point-of-Care Testing Competency",
        provider="Redwood Clinic Network",
        amount="2.5",
        unit="contact_hours",
    ),
    entry(
        "scan05_browser_print.pdf",
        [lms_web_certificate],
        fx={
            "dpi": 130,
            "browser": (
                "12/2/25, 4:18 PM    My Transcript - Evergreen Clinical Learning",
                "https://learn.example.org/t/8812    1/1",
            ),
        },
        completed_on="2025-12-02",
        title="Anaphylaxis Recognition and Response",
        provider="Evergreen Clinical Learning",
        amount="1.0",
        unit="aama_ceu",
        aama_approved=True,
        category="clinical",
    ),
]


def draw_pdf(name: str, size, pages, seed: int) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=size, invariant=1, pageCompression=1)
    canvas.setTitle("Certificate")
    canvas.setAuthor("Recert test corpus")
    rng = random.Random(seed)
    for draw in pages:
        draw(Doc(canvas, size, rng))
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def rasterise(pdf: bytes, dpi: int) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [document[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(document))]
    finally:
        document.close()


def _noise(size, amount: float, rng: random.Random) -> Image.Image:
    """Grey noise centred on 128 (amount ≈ its spread in grey levels), blotchy like a phone sensor."""
    w, h = max(1, size[0] // 2), max(1, size[1] // 2)
    raw = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    raw = raw.point(lambda v: int(128 + (v - 128) * amount / 128))
    return raw.resize(size, Image.Resampling.BILINEAR)


def photograph(page: Image.Image, fx: dict, rng: random.Random) -> Image.Image:
    """A phone photo of a printed page: paper tint, a table around it, tilt, light falloff, blur, noise."""
    img = ImageChops.multiply(page, Image.new("RGB", page.size, (250, 246, 236)))
    if fx.get("crop_top"):
        img = img.crop((0, 0, img.width, int(img.height * fx["crop_top"])))
    margin = 0 if fx.get("crop_top") else int(img.width * 0.05)
    table = (92, 78, 64)
    if margin:
        framed = Image.new("RGB", (img.width + 2 * margin, img.height + 2 * margin), table)
        framed.paste(img, (margin, margin))
        img = framed
    if fx.get("angle"):
        img = img.rotate(fx["angle"], resample=Image.Resampling.BICUBIC, fillcolor=table)
    if fx.get("light"):
        radial = Image.radial_gradient("L").resize((img.width * 2, img.height * 2))
        ox = rng.randint(0, img.width // 2)
        oy = rng.randint(0, img.height // 2)
        mask = radial.crop((ox, oy, ox + img.width, oy + img.height))
        shade = mask.point(lambda v: int(255 - v * fx["light"]))
        img = ImageChops.multiply(img, Image.merge("RGB", [shade] * 3))
    if fx.get("shadow"):
        # A phone's shadow across one side: a soft dark band from the left edge.
        ramp = Image.linear_gradient("L").rotate(90).resize(img.size)
        shade = ramp.point(lambda v: int(255 - max(0, v - 110) * fx["shadow"] * 255 / 145))
        img = ImageChops.multiply(img, Image.merge("RGB", [shade] * 3))
    if fx.get("keystone"):
        img = keystone(img, fx["keystone"], table)
    if fx.get("blur"):
        img = img.filter(ImageFilter.GaussianBlur(fx["blur"]))
    width = fx.get("width", 1400)
    img = img.resize((width, round(img.height * width / img.width)), Image.Resampling.LANCZOS)
    if fx.get("noise"):
        img = ImageChops.add(img, Image.merge("RGB", [_noise(img.size, fx["noise"], rng)] * 3), 1.0, -128)
    if fx.get("turn"):
        img = img.rotate(fx["turn"], expand=True)
    if fx.get("gray"):
        img = ImageOps.grayscale(img)
    return img


def keystone(img: Image.Image, amount: float, fill) -> Image.Image:
    """The page photographed from below its bottom edge: the top looks narrower than the bottom."""
    w, h = img.size
    inset = w * amount
    # Where each corner of the output comes from in the input (top corners pulled outwards).
    quad = [(-inset, 0), (w + inset, 0), (w, h), (0, h)]
    corners = [(0, 0), (w, 0), (w, h), (0, h)]
    return img.transform(
        img.size,
        Image.Transform.PERSPECTIVE,
        _perspective(corners, quad),
        Image.Resampling.BICUBIC,
        fillcolor=fill,
    )


def _perspective(dst, src) -> list[float]:
    """The 8 coefficients mapping output points ``dst`` to input points ``src`` (Gaussian elimination)."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    n = 8
    m = [[*row, b] for row, b in zip(rows, rhs, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def scan(page: Image.Image, fx: dict, rng: random.Random) -> Image.Image:
    img = ImageOps.grayscale(page)
    img = img.rotate(fx.get("angle", 0), resample=Image.Resampling.BICUBIC, fillcolor=255)
    if fx.get("blur"):
        img = img.filter(ImageFilter.GaussianBlur(fx["blur"]))
    if fx.get("noise"):
        img = ImageChops.add(img, _noise(img.size, fx["noise"], rng), 1.0, -128)
    return img


def image_pdf(images: list[Image.Image], size, browser: tuple[str, str] | None = None) -> bytes:
    """Pages that are images; with ``browser`` (header, footer) the image sits inside a browser's print
    margins and the header and footer are text, as when a web page showing a certificate is printed."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=size, invariant=1)
    for img in images:
        buffer = io.BytesIO()
        img.save(buffer, "JPEG", quality=60, optimize=True)
        buffer.seek(0)
        if browser:
            canvas.setFont("Helvetica", 8)
            canvas.drawString(24, size[1] - 20, browser[0])
            canvas.drawString(24, 14, browser[1])
            canvas.drawImage(ImageReader(buffer), 36, 36, width=size[0] - 72, height=size[1] - 72)
        else:
            canvas.drawImage(ImageReader(buffer), 0, 0, width=size[0], height=size[1])
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def save_image(img: Image.Image, path: Path, fx: dict) -> None:
    if path.suffix == ".png":
        if fx.get("palette"):
            img = img.convert("RGB").quantize(colors=16, dither=Image.Dither.NONE)
        img.save(path, "PNG", optimize=True)
        return
    exif = Image.Exif()
    orientation = fx.get("exif_orientation")
    if orientation == 6:
        # Stored as the sensor saw it (the page turned a quarter to the left); the tag says turn it back.
        img = img.rotate(90, expand=True)
        exif[0x0112] = 6
    img.save(path, "JPEG", quality=80, optimize=True, exif=exif.tobytes())


def main() -> None:
    expected = {}
    for index, (name, kind, size, pages, fx, truth) in enumerate(CORPUS):
        seed = 1000 + index
        rng = random.Random(seed)
        pdf = draw_pdf(name, size, pages, seed)
        path = HERE / name
        if kind == "pdf":
            path.write_bytes(pdf)
        elif kind == "scan":
            dpi = fx.get("dpi", 150)
            images = [scan(page, fx, rng) for page in rasterise(pdf, dpi)]
            path.write_bytes(image_pdf(images, size, fx.get("browser")))
        else:
            page = rasterise(pdf, 170)[0]
            save_image(photograph(page, fx, rng), path, fx)
        expected[name] = {"kind": {"pdf": "text", "scan": "scan"}.get(kind, "image"), **truth}
    (HERE / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
    total = sum(p.stat().st_size for p in HERE.iterdir() if p.is_file())
    print(f"{len(expected)} certificates, {total / 1024:.0f} KiB in {HERE}")


if __name__ == "__main__":
    main()
