"""Generate 24 fictional medical-assistant CE certificates (text-layer PDFs) + expected.json.

Run: python make.py   (deterministic: seeded RNG, reportlab invariant=1)
All people and organisations are fictional; accreditor names (AAMA, NHA, IACET, ...) are real.
"""
import json
import os
import random

from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
DJ = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DejaVu", os.path.join(DJ, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", os.path.join(DJ, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DejaVuSerif", os.path.join(DJ, "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", os.path.join(DJ, "DejaVuSerif-Bold.ttf")))

rng = random.Random(20240601)
EXPECTED = {}


def cid(prefix):
    return "%s-%06d" % (prefix, rng.randint(0, 999999))


def new(name, land=False):
    size = landscape(letter) if land else letter
    c = canvas.Canvas(os.path.join(HERE, name), pagesize=size, invariant=1)
    c.setTitle("Certificate")
    c.setAuthor("")
    return c, size[0], size[1]


def ctr(c, w, y, text, font="Helvetica", size=12):
    c.setFont(font, size)
    c.drawCentredString(w / 2, y, text)


def para(c, x, y, text, width, font="Helvetica", size=11, lead=None, center=None):
    lead = lead or size * 1.35
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        if center is not None:
            c.drawCentredString(center, y, line)
        else:
            c.drawString(x, y, line)
        y -= lead
    return y


def border(c, w, h, m=24, color=(0.2, 0.3, 0.5), double=True):
    c.setStrokeColorRGB(*color)
    c.setLineWidth(3)
    c.rect(m, m, w - 2 * m, h - 2 * m)
    if double:
        c.setLineWidth(1)
        c.rect(m + 8, m + 8, w - 2 * m - 16, h - 2 * m - 16)
    c.setStrokeColorRGB(0, 0, 0)


def sig(c, x, y, lines, width=180):
    c.setLineWidth(0.7)
    c.line(x, y, x + width, y)
    yy = y - 13
    for i, ln in enumerate(lines):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
        c.drawString(x, yy, ln)
        yy -= 11


def table(c, x, y, rows, colw, rowh=20, font="Helvetica", size=9.5, header=False):
    for r, row in enumerate(rows):
        cx = x
        for i, cell in enumerate(row):
            c.rect(cx, y - rowh, colw[i], rowh)
            f = "Helvetica-Bold" if (header and r == 0) else font
            c.setFont(f, size)
            c.drawString(cx + 4, y - rowh + 6, cell)
            cx += colw[i]
        y -= rowh
    return y


def exp(name, completed_on, title, provider, amount, unit, aama, category, categories=None):
    d = {"kind": "pdf", "completed_on": completed_on, "title": title, "provider": provider,
         "amount": amount, "unit": unit, "aama_approved": aama, "category": category}
    if categories:
        d["categories"] = categories
    EXPECTED[name] = d


# ---------------------------------------------------------------- 01
def t01():
    n = "01_award_landscape_northfield.pdf"
    c, w, h = new(n, land=True)
    border(c, w, h)
    ctr(c, w, h - 80, "NORTHFIELD ALLIED HEALTH INSTITUTE", "Helvetica-Bold", 14)
    ctr(c, w, h - 135, "Certificate of Completion", "Times-BoldItalic", 40)
    ctr(c, w, h - 175, "This certificate is proudly presented to", "Times-Roman", 14)
    ctr(c, w, h - 225, "Maria T. Alvarez, CMA (AAMA)", "Times-Bold", 34)
    c.line(w / 2 - 220, h - 235, w / 2 + 220, h - 235)
    ctr(c, w, h - 262, "for successful completion of", "Times-Roman", 14)
    ctr(c, w, h - 292, "Phlebotomy Best Practices for the Ambulatory Setting", "Times-Bold", 20)
    ctr(c, w, h - 322, "Date of Completion: March 14, 2024", "Times-Roman", 13)
    ctr(c, w, h - 342, "2.0 AAMA CEUs     Category: Clinical", "Times-Roman", 13)
    para(c, 0, h - 380, "This program has been granted prior approval by the American Association of "
         "Medical Assistants (AAMA) for 2.0 clinical continuing education units (CEUs). "
         "Granting of prior approval in no way constitutes endorsement by the AAMA of the program "
         "content or the program's sponsor.", 560, "Times-Italic", 9.5, center=w / 2)
    sig(c, 110, 95, ["Lorna Beckett, MS, CMA (AAMA)", "Program Director"])
    sig(c, w - 290, 95, ["Dr. Samuel Okafor", "Dean of Allied Health"])
    c.setFont("Helvetica", 7)
    c.drawString(50, 45, "Certificate No. " + cid("NAHI"))
    c.save()
    exp(n, "2024-03-14", "Phlebotomy Best Practices for the Ambulatory Setting",
        "Northfield Allied Health Institute", "2.0", "aama_ceu", True, "clinical")


# ---------------------------------------------------------------- 02
def t02():
    n = "02_letter_cedar_valley_society.pdf"
    c, w, h = new(n)
    c.setFont("Times-Bold", 16)
    c.drawString(72, h - 72, "Cedar Valley Medical Society")
    c.setFont("Times-Roman", 9.5)
    c.drawString(72, h - 86, "412 Orchard Lane, Suite 200  |  Brennan Falls  |  (555) 013-4420")
    c.line(72, h - 94, w - 72, h - 94)
    c.setFont("Times-Roman", 11)
    c.drawString(72, h - 130, "October 2, 2023")
    y = h - 165
    for ln in ["Ms. Kendra Ortiz", "88 Willow Run Road", "Brennan Falls"]:
        c.drawString(72, y, ln)
        y -= 14
    y -= 16
    c.drawString(72, y, "Dear Ms. Ortiz,")
    y -= 24
    y = para(c, 72, y, "This letter confirms that you attended and completed the continuing education "
             "course Medication Safety and Error Prevention, presented by the Cedar Valley Medical "
             "Society Education Committee on September 5, 2023. In recognition of your participation "
             "you have earned 1.5 contact hours.", w - 144, "Times-Roman", 11, 15)
    y -= 10
    y = para(c, 72, y, "Please retain this letter for your records. This activity was not submitted to "
             "the American Association of Medical Assistants for CEU approval; you may wish to check "
             "with your certifying body about whether it may be applied toward recertification.",
             w - 144, "Times-Roman", 11, 15)
    y -= 10
    c.drawString(72, y, "Thank you for your commitment to patient safety.")
    y -= 30
    c.drawString(72, y, "Sincerely,")
    y -= 44
    for ln in ["Harold Nguyen, MD", "Chair, Education Committee", "Cedar Valley Medical Society"]:
        c.drawString(72, y, ln)
        y -= 14
    c.save()
    exp(n, "2023-09-05", "Medication Safety and Error Prevention", "Cedar Valley Medical Society",
        "1.5", "contact_hours", False, None)


# ---------------------------------------------------------------- 03
def t03():
    n = "03_elearning_careacademy_brightwater.pdf"
    c, w, h = new(n, land=True)
    c.setFillColorRGB(0.05, 0.45, 0.55)
    c.rect(0, h - 60, w, 60, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(36, h - 40, "CareAcademy Learning")
    c.setFont("Helvetica", 10)
    c.drawRightString(w - 36, h - 38, "learn.careacademy-example.com")
    c.setFillColorRGB(0, 0, 0)
    ctr(c, w, h - 120, "CERTIFICATE OF COMPLETION", "Helvetica-Bold", 28)
    ctr(c, w, h - 160, "Awarded to", "Helvetica", 12)
    ctr(c, w, h - 200, "Priya Raman", "Helvetica-Bold", 30)
    ctr(c, w, h - 240, "HIPAA Privacy Essentials for Front Office Staff", "Helvetica-Bold", 18)
    ctr(c, w, h - 262, "Course provided by Brightwater Health Education, LLC", "Helvetica-Oblique", 12)
    table(c, 170, h - 290, [["Completed", "01/22/2024"], ["Credits", "1.0 AAMA CEU (Administrative)"],
                            ["Certificate ID", cid("CA")]], [140, 312], 20, size=10)
    para(c, 0, h - 375, "Brightwater Health Education, LLC has received prior approval from the American "
         "Association of Medical Assistants (AAMA) for 1.0 administrative CEU for this course.",
         560, "Helvetica", 9, center=w / 2)
    c.setFont("Helvetica", 8)
    c.drawCentredString(w / 2, 40, "CareAcademy Learning hosts courses from independent education providers. "
                        "Verify at learn.careacademy-example.com/verify")
    c.save()
    exp(n, "2024-01-22", "HIPAA Privacy Essentials for Front Office Staff", "Brightwater Health Education, LLC",
        "1.0", "aama_ceu", True, "administrative")


# ---------------------------------------------------------------- 04
def t04():
    n = "04_hospital_competency_stbrigid.pdf"
    c, w, h = new(n)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(54, h - 60, "St. Brigid Regional Medical Center")
    c.setFont("Helvetica", 10)
    c.drawString(54, h - 75, "Department of Clinical Education & Professional Development")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(54, h - 110, "COMPETENCY VALIDATION RECORD")
    rows = [["Employee Name", "Tamara J. Greene"], ["Employee ID", "004417"],
            ["Job Title", "Medical Assistant II"], ["Department", "Outpatient Internal Medicine Clinic"],
            ["Competency", "Point-of-Care Glucose Testing Competency"],
            ["Method", "Skills demonstration and written test (score 96%)"],
            ["Date Validated", "06/11/2024"], ["Contact Hours", "0.75"],
            ["Validator", "Evelyn Marsh, BSN, RN - Clinical Educator"], ["Next Due", "06/2025"]]
    table(c, 54, h - 125, rows, [150, 354], 22, size=10)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(54, h - 380, "Checklist")
    rows = [["Skill", "Met", "Not Met"], ["Performs quality control per manufacturer", "X", ""],
            ["Patient identification (2 identifiers)", "X", ""], ["Documents result in EHR", "X", ""],
            ["Cleans and stores meter", "X", ""]]
    table(c, 54, h - 390, rows, [354, 75, 75], 20, header=True)
    sig(c, 54, 140, ["Employee signature"])
    sig(c, 330, 140, ["Validator signature"])
    c.setFont("Helvetica", 7)
    c.drawString(54, 50, "Form CE-114 rev. 02/2023  -  Retain in employee education file")
    c.save()
    exp(n, "2024-06-11", "Point-of-Care Glucose Testing Competency", "St. Brigid Regional Medical Center",
        "0.75", "contact_hours", False, None)


# ---------------------------------------------------------------- 05
def t05():
    n = "05_state_society_convention_split.pdf"
    c, w, h = new(n, land=True)
    border(c, w, h, color=(0.45, 0.1, 0.15))
    ctr(c, w, h - 75, "Lakeshore State Society of Medical Assistants", "Times-Bold", 22)
    ctr(c, w, h - 100, "84th Annual Educational Conference", "Times-Italic", 18)
    ctr(c, w, h - 120, "Oct 2-4, 2024  -  Harbor Point Conference Center", "Times-Roman", 12)
    ctr(c, w, h - 165, "CERTIFICATE OF ATTENDANCE", "Times-Bold", 26)
    ctr(c, w, h - 200, "This certifies that", "Times-Roman", 13)
    ctr(c, w, h - 240, "Beatrice Lindqvist", "Times-BoldItalic", 32)
    ctr(c, w, h - 270, "attended the educational sessions of the conference and earned", "Times-Roman", 13)
    rows = [["Category", "AAMA CEUs"], ["Administrative", "3.0"], ["Clinical", "4.5"],
            ["General", "1.0"], ["Total", "8.5"]]
    table(c, w / 2 - 130, h - 285, rows, [160, 100], 19, font="Times-Roman", size=11, header=True)
    para(c, 0, h - 405, "This program has been granted prior approval by the American Association of "
         "Medical Assistants (AAMA) for 8.5 AAMA CEUs: 3.0 administrative, 4.5 clinical, and 1.0 general.",
         600, "Times-Italic", 9.5, center=w / 2)
    sig(c, 100, 90, ["Gloria Petrakis, CMA (AAMA)", "CEU Chair"])
    sig(c, w - 280, 90, ["Nadine Osei, CMA (AAMA)", "Society President"])
    c.save()
    exp(n, "2024-10-04", "84th Annual Educational Conference", "Lakeshore State Society of Medical Assistants",
        "8.5", "aama_ceu", True, None, {"administrative": "3.0", "clinical": "4.5", "general": "1.0"})


# ---------------------------------------------------------------- 06
def t06():
    n = "06_webinar_hollis_minutes.pdf"
    c, w, h = new(n, land=True)
    c.setFillColorRGB(0.93, 0.95, 0.98)
    c.rect(0, 0, w, h, fill=1, stroke=0)
    c.setFillColorRGB(0.1, 0.2, 0.4)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, h - 45, "HOLLIS DIAGNOSTICS EDUCATION")
    c.setFont("Helvetica", 9)
    c.drawRightString(w - 40, h - 45, "Live Webinar Series")
    c.setFillColorRGB(0, 0, 0)
    ctr(c, w, h - 120, "Webinar Attendance Certificate", "Helvetica-Bold", 30)
    ctr(c, w, h - 165, "Jonah Whitaker", "Helvetica-Bold", 26)
    ctr(c, w, h - 195, "attended the live webinar", "Helvetica", 12)
    ctr(c, w, h - 225, "Understanding Lipid Panels: What MAs Need to Know", "Helvetica-Bold", 18)
    ctr(c, w, h - 255, "Broadcast: Wednesday, February 7, 2024, 12:00-1:00 PM ET", "Helvetica", 12)
    ctr(c, w, h - 275, "Attendance verified: 60 minutes", "Helvetica", 12)
    ctr(c, w, h - 320, "This webinar is not approved for AAMA CEUs. It is offered for professional "
        "development only.", "Helvetica-Oblique", 9.5)
    ctr(c, w, h - 335, "Presenter: Carla Imbert, MLS(ASCP)", "Helvetica", 9.5)
    c.setFont("Helvetica", 8)
    c.drawString(40, 40, "Registration ID " + cid("HDE") + "   Certificate generated 02/08/2024")
    c.save()
    exp(n, "2024-02-07", "Understanding Lipid Panels: What MAs Need to Know", "Hollis Diagnostics Education",
        "60", "minutes", False, None)


# ---------------------------------------------------------------- 07
def t07():
    n = "07_vendor_vexa_product_training.pdf"
    c, w, h = new(n)
    c.setFillColorRGB(0.85, 0.3, 0.05)
    c.rect(0, h - 90, w, 90, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 30)
    c.drawString(50, h - 58, "VEXA")
    c.setFont("Helvetica", 11)
    c.drawString(50, h - 76, "Vexa Medical Devices, Inc.  |  Customer Clinical Training")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(50, h - 150, "Product Training Certificate")
    c.setFont("Helvetica", 11)
    c.drawString(50, h - 185, "Trainee")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, h - 205, "Luis Carmona")
    c.setFont("Helvetica", 11)
    c.drawString(50, h - 240, "Module")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, h - 258, "VX-TRN-300   VX-300 Automated Vital Signs Monitor: Operation and Maintenance")
    c.setFont("Helvetica", 11)
    c.drawString(50, h - 295, "Training time")
    c.drawString(250, h - 295, "Completion date")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, h - 313, "1 hr 15 min")
    c.drawString(250, h - 313, "30-Nov-2023")
    para(c, 50, h - 360, "This certificate documents completion of manufacturer product training. It is not "
         "accredited continuing education and has not been approved by the AAMA or any certifying body.",
         w - 100, "Helvetica-Oblique", 9.5)
    sig(c, 50, 150, ["Derek Vance", "Clinical Applications Specialist", "Vexa Medical Devices, Inc."])
    c.save()
    exp(n, "2023-11-30", "VX-300 Automated Vital Signs Monitor: Operation and Maintenance",
        "Vexa Medical Devices, Inc.", "75", "minutes", False, None)


# ---------------------------------------------------------------- 08
def t08():
    n = "08_infection_control_pinecrest.pdf"
    c, w, h = new(n)
    border(c, w, h, m=30, color=(0.1, 0.45, 0.25), double=False)
    ctr(c, w, h - 90, "Pinecrest Community Health Network", "Helvetica-Bold", 16)
    ctr(c, w, h - 108, "Employee Health & Safety", "Helvetica", 11)
    ctr(c, w, h - 170, "Annual Mandatory Training 2024", "Helvetica", 14)
    ctr(c, w, h - 205, "Certificate of Completion", "Helvetica-Bold", 26)
    ctr(c, w, h - 250, "Sofia Marchetti, RMA", "Helvetica-Bold", 20)
    ctr(c, w, h - 280, "has completed", "Helvetica", 12)
    ctr(c, w, h - 310, "Annual Infection Control and Bloodborne Pathogens Training", "Helvetica-Bold", 15)
    ctr(c, w, h - 330, "(OSHA 29 CFR 1910.1030)", "Helvetica", 10)
    y = h - 380
    for lab, val in [("Completion Date:", "08/19/2024"), ("Contact Hours:", "1.0"),
                     ("Expiration Date:", "08/19/2025"), ("Score:", "100%")]:
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(w / 2 - 5, y, lab)
        c.setFont("Helvetica", 11)
        c.drawString(w / 2 + 5, y, val)
        y -= 18
    sig(c, w / 2 - 100, 150, ["Marcus Feld, RN, CIC", "Infection Prevention Manager"], 200)
    c.save()
    exp(n, "2024-08-19", "Annual Infection Control and Bloodborne Pathogens Training",
        "Pinecrest Community Health Network", "1.0", "contact_hours", False, None)


# ---------------------------------------------------------------- 09
def t09():
    n = "09_cetracker_record_meridian.pdf"
    c, w, h = new(n)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, h - 60, "CE Tracker Pro")
    c.setFont("Helvetica", 9)
    c.drawString(50, h - 74, "Continuing Education Record  -  Course Completion")
    c.line(50, h - 82, w - 50, h - 82)
    rows = [("LICENSEE", "HOLLOWAY, ANNETTE R"), ("CREDENTIAL", "Certified Medical Assistant"),
            ("COURSE NAME", "Electrocardiography Fundamentals and Lead Placement"),
            ("COURSE NUMBER", "20-884213"), ("PROVIDER", "Meridian Continuing Education Group"),
            ("PROVIDER NUMBER", "50-22971"), ("DELIVERY METHOD", "Home Study / Online"),
            ("DATE COMPLETED", "04/03/2024"), ("DATE REPORTED", "04/05/2024"),
            ("CREDIT HOURS", "2.00 Contact Hours"), ("SUBJECT AREA", "General (Clinical Skills)")]
    y = h - 115
    for lab, val in rows:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y, lab)
        c.setFont("Helvetica", 10.5)
        c.drawString(210, y, val)
        c.setStrokeColorRGB(0.8, 0.8, 0.8)
        c.line(55, y - 6, w - 55, y - 6)
        y -= 24
    c.setStrokeColorRGB(0, 0, 0)
    para(c, 55, y - 20, "This record reflects information reported by the provider. CE Tracker Pro is a "
         "record-keeping service and does not provide or accredit courses. Not approved for AAMA CEUs.",
         w - 110, "Helvetica-Oblique", 8.5)
    c.setFont("Helvetica", 8)
    c.drawString(55, 40, "Printed 05/12/2024 10:41 AM   Page 1 of 1")
    c.save()
    exp(n, "2024-04-03", "Electrocardiography Fundamentals and Lead Placement",
        "Meridian Continuing Education Group", "2.00", "contact_hours", False, None)


# ---------------------------------------------------------------- 10
def t10():
    n = "10_transcript_ridgeway_college.pdf"
    c, w, h = new(n)
    c.setFont("Times-Bold", 16)
    c.drawCentredString(w / 2, h - 60, "RIDGEWAY COMMUNITY COLLEGE")
    c.setFont("Times-Roman", 11)
    c.drawCentredString(w / 2, h - 76, "Office of the Registrar  -  Workforce & Continuing Education")
    c.setFont("Times-Bold", 13)
    c.drawCentredString(w / 2, h - 105, "UNOFFICIAL TRANSCRIPT")
    c.setFont("Times-Roman", 10)
    y = h - 140
    for lab, val in [("Student:", "Rosalind K. Abernathy"), ("Student ID:", "R00583192"),
                     ("Program:", "Non-degree / Professional Development"), ("Date Printed:", "01/09/2024")]:
        c.drawString(60, y, lab)
        c.drawString(160, y, val)
        y -= 14
    y -= 10
    rows = [["Term", "Course", "Title", "Grade", "Credits", "Term End"],
            ["Fall 2023", "MAS 105", "Medical Terminology Review", "A", "3.0", "12/13/2023"]]
    y = table(c, 60, y, rows, [60, 60, 190, 45, 50, 87], 20, font="Times-Roman", size=10, header=True)
    c.setFont("Times-Roman", 10)
    c.drawString(60, y - 20, "Term credits attempted 3.0   earned 3.0   (semester credit hours)")
    c.drawString(60, y - 34, "Cumulative credits earned 3.0     Cumulative GPA 4.00")
    c.setFont("Times-Italic", 9)
    c.drawString(60, y - 70, "*** End of Transcript ***")
    c.setFont("Times-Roman", 8)
    c.drawString(60, 50, "Ridgeway Community College is accredited by a regional accrediting commission.")
    c.save()
    exp(n, "2023-12-13", "Medical Terminology Review", "Ridgeway Community College",
        "3.0", "college_credit", False, None)


# ---------------------------------------------------------------- 11
def t11():
    n = "11_quoted_title_harborview.pdf"
    c, w, h = new(n, land=True)
    border(c, w, h, color=(0.3, 0.3, 0.3))
    ctr(c, w, h - 80, "Harborview Professional Learning", "Helvetica-Bold", 18)
    ctr(c, w, h - 140, "Certificate of Achievement", "Times-BoldItalic", 34)
    para(c, 0, h - 200, 'This certifies that Dana Whitfield has successfully completed "Managing Difficult '
         'Patient Conversations" on May 20, 2024 and is awarded 1.0 AAMA CEU (Administrative).',
         560, "Times-Roman", 16, 22, center=w / 2)
    para(c, 0, h - 290, "This program has been granted prior approval by the American Association of Medical "
         "Assistants (AAMA) for 1.0 administrative continuing education unit. Approval # 4471-HPL.",
         560, "Times-Italic", 10, center=w / 2)
    sig(c, w / 2 - 100, 110, ["Celeste Duarte, MEd", "Director of Learning"], 200)
    c.setFont("Helvetica", 7)
    c.drawString(50, 45, "Issued 05/21/2024   ID " + cid("HPL"))
    c.save()
    exp(n, "2024-05-20", "Managing Difficult Patient Conversations", "Harborview Professional Learning",
        "1.0", "aama_ceu", True, "administrative")


# ---------------------------------------------------------------- 12
def t12():
    n = "12_wrapped_title_summit.pdf"
    c, w, h = new(n, land=True)
    border(c, w, h, color=(0.15, 0.35, 0.6))
    ctr(c, w, h - 72, "SUMMIT PEDIATRIC EDUCATION ALLIANCE", "Helvetica-Bold", 13)
    ctr(c, w, h - 125, "Continuing Education Certificate", "Times-Bold", 32)
    ctr(c, w, h - 165, "Awarded to", "Times-Roman", 13)
    ctr(c, w, h - 205, "Evan Castellano", "Times-BoldItalic", 30)
    ctr(c, w, h - 240, "for completion of", "Times-Roman", 13)
    ctr(c, w, h - 268, "Pediatric Immunization Schedules, Storage, and", "Times-Bold", 20)
    ctr(c, w, h - 292, "Vaccine Administration Techniques", "Times-Bold", 20)
    ctr(c, w, h - 330, "Completed July 9, 2024", "Times-Roman", 13)
    ctr(c, w, h - 350, "2.5 AAMA CEUs (C)", "Times-Roman", 13)
    ctr(c, w, h - 378, "AAMA CEU categories: A = Administrative, C = Clinical, G = General. This program "
        "has been granted prior approval by the AAMA.", "Times-Italic", 9)
    sig(c, 100, 85, ["Hannah Yoshida, MSN, RN", "Education Coordinator"])
    sig(c, w - 280, 85, ["Paul Brennan, MD", "Medical Director"])
    c.save()
    exp(n, "2024-07-09", "Pediatric Immunization Schedules, Storage, and Vaccine Administration Techniques",
        "Summit Pediatric Education Alliance", "2.5", "aama_ceu", True, "clinical")


# ---------------------------------------------------------------- 13
def t13():
    n = "13_course_code_iacet_ashgrove.pdf"
    c, w, h = new(n)
    c.setFillColorRGB(0.2, 0.2, 0.25)
    c.rect(0, 0, 40, h, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(70, h - 80, "Ashgrove Health Academy")
    c.setFont("Helvetica", 10)
    c.drawString(70, h - 96, "Accredited Provider  -  International Accreditors for Continuing Education and Training")
    c.setFont("Helvetica-Bold", 26)
    c.drawString(70, h - 170, "Certificate of Completion")
    c.setFont("Helvetica", 12)
    c.drawString(70, h - 210, "Participant:")
    c.setFont("Helvetica-Bold", 18)
    c.drawString(70, h - 232, "Imani Okonkwo")
    c.setFont("Helvetica", 12)
    c.drawString(70, h - 270, "Course:")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(70, h - 290, "CC-2291   Chronic Disease Management in Primary Care")
    c.setFont("Helvetica", 12)
    c.drawString(70, h - 330, "Date Completed:  10/17/2023")
    c.drawString(70, h - 350, "IACET CEUs Awarded:  1.5  (15 instructional hours)")
    para(c, 70, h - 400, "Ashgrove Health Academy is accredited by the International Accreditors for Continuing "
         "Education and Training (IACET) and offers IACET CEUs for its learning events that comply with the "
         "ANSI/IACET Continuing Education and Training Standard.", w - 140, "Helvetica", 9)
    sig(c, 70, 130, ["Victor Lindgren", "Registrar, Ashgrove Health Academy"], 220)
    c.save()
    exp(n, "2023-10-17", "Chronic Disease Management in Primary Care", "Ashgrove Health Academy",
        "1.5", "iacet_ceu", False, None)


# ---------------------------------------------------------------- 14
def t14():
    n = "14_signature_only_willow_creek.pdf"
    c, w, h = new(n, land=True)
    border(c, w, h, color=(0.4, 0.3, 0.1))
    ctr(c, w, h - 100, "In-Service Education Certificate", "Times-Bold", 34)
    ctr(c, w, h - 150, "Presented to", "Times-Roman", 14)
    ctr(c, w, h - 195, "Genevieve Paquette", "Times-BoldItalic", 32)
    ctr(c, w, h - 235, "for completing", "Times-Roman", 14)
    ctr(c, w, h - 265, "Sterile Technique and Minor Surgical Assisting", "Times-Bold", 20)
    ctr(c, w, h - 300, "3.0 Contact Hours  -  March 28, 2024", "Times-Roman", 14)
    c.setFont("Times-Roman", 11)
    x = w / 2 - 110
    c.line(x, 150, x + 220, 150)
    for i, ln in enumerate(["Renata Fowler, RN, MSN", "Education Director",
                            "Willow Creek Family Medicine Associates"]):
        c.setFont("Times-Bold" if i == 0 else "Times-Roman", 11)
        c.drawCentredString(w / 2, 136 - 14 * i, ln)
    c.save()
    exp(n, "2024-03-28", "Sterile Technique and Minor Surgical Assisting",
        "Willow Creek Family Medicine Associates", "3.0", "contact_hours", False, None)


# ---------------------------------------------------------------- 15
def t15():
    n = "15_accreditation_only_bluestone_nha.pdf"
    c, w, h = new(n)
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.rect(50, 50, w - 100, h - 100)
    ctr(c, w, h - 130, "CERTIFICATE", "Helvetica-Bold", 36)
    ctr(c, w, h - 158, "of continuing education", "Helvetica", 14)
    ctr(c, w, h - 220, "Oliver Stanek, CCMA", "Helvetica-Bold", 22)
    ctr(c, w, h - 250, "has completed the course", "Helvetica", 12)
    ctr(c, w, h - 280, "Workplace Violence Prevention in Outpatient Clinics", "Helvetica-Bold", 15)
    ctr(c, w, h - 320, "Completion date: 2024-02-15", "Helvetica", 12)
    ctr(c, w, h - 338, "Credits earned: 1.5 NHA CE credits", "Helvetica", 12)
    para(c, 0, h - 400, "Bluestone Clinical Learning is an approved provider of continuing education credits "
         "by the National Healthcareer Association (NHA). This course is approved for 1.5 NHA CE credits. "
         "This course is not approved by the AAMA.", 400, "Helvetica-Oblique", 9.5, center=w / 2)
    c.setFont("Helvetica", 8)
    c.drawCentredString(w / 2, 70, "Verification code " + cid("BCL"))
    c.save()
    exp(n, "2024-02-15", "Workplace Violence Prevention in Outpatient Clinics", "Bluestone Clinical Learning",
        "1.5", "nha_credit", False, None)


# ---------------------------------------------------------------- 16
def t16():
    n = "16_chapter_meeting_general_oakmont.pdf"
    c, w, h = new(n)
    c.setFont("Times-Bold", 18)
    c.drawCentredString(w / 2, h - 70, "Oakmont Chapter of Medical Assistants")
    c.setFont("Times-Italic", 11)
    c.drawCentredString(w / 2, h - 88, "A chapter of the Lakeshore State Society of Medical Assistants")
    c.setFont("Times-Bold", 22)
    c.drawCentredString(w / 2, h - 150, "CEU Verification Form")
    c.setFont("Times-Roman", 12)
    y = h - 200
    for lab, val in [("Name", "Whitney Calloway, CMA (AAMA)"), ("Meeting", "September Chapter Meeting"),
                     ("Date", "September 12, 2024"), ("Location", "Oakmont Public Library, Room B"),
                     ("Program Title", "Ethics and Professionalism in the Medical Office"),
                     ("Speaker", "Rev. Thomas Adair, MA"), ("General CEUs", "1.0"), ("AAMA Approval #", "72231")]:
        c.setFont("Times-Bold", 12)
        c.drawString(80, y, lab + ":")
        c.setFont("Times-Roman", 12)
        c.drawString(220, y, val)
        y -= 22
    para(c, 80, y - 20, "This program has been granted prior approval by the American Association of Medical "
         "Assistants (AAMA) for 1.0 AAMA CEU in the general category. Granting of prior approval in no way "
         "constitutes endorsement by the AAMA of the program content or the program's sponsor.",
         w - 160, "Times-Italic", 10)
    sig(c, 80, 150, ["Francesca Ruiz, CMA (AAMA)", "Chapter Education Chair"])
    c.save()
    exp(n, "2024-09-12", "Ethics and Professionalism in the Medical Office", "Oakmont Chapter of Medical Assistants",
        "1.0", "aama_ceu", True, "general")


# ---------------------------------------------------------------- 17
def t17():
    n = "17_powered_by_learnwell_clearwater.pdf"
    c, w, h = new(n, land=True)
    c.setFillColorRGB(0.96, 0.96, 0.9)
    c.rect(30, 30, w - 60, h - 60, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, h - 75, "Clearwater Institute for Health Careers")
    c.setFont("Helvetica", 9)
    c.drawString(60, h - 89, "Continuing Education for Allied Health Professionals")
    ctr(c, w, h - 150, "Certificate of Course Completion", "Helvetica-Bold", 28)
    ctr(c, w, h - 200, "Marisol Vega", "Helvetica-Bold", 28)
    ctr(c, w, h - 235, "Patient Intake and Vital Signs Documentation", "Helvetica", 18)
    c.setFont("Helvetica", 11)
    c.drawString(120, h - 300, "Course completed: May 2, 2024")
    c.drawString(120, h - 316, "Certificate issued: May 3, 2024")
    c.drawString(w / 2 + 40, h - 300, "Credit: 1.0 AAMA CEU")
    c.drawString(w / 2 + 40, h - 316, "Category: Clinical")
    ctr(c, w, h - 360, "This program has been granted prior approval by the AAMA for 1.0 clinical CEU.",
        "Helvetica-Oblique", 9)
    sig(c, 120, 110, ["Adrienne Koval, CMA (AAMA)", "Curriculum Manager"])
    c.setFont("Helvetica", 8)
    c.drawRightString(w - 60, 50, "Powered by Learnwell  |  Certificate " + cid("LW"))
    c.save()
    exp(n, "2024-05-02", "Patient Intake and Vital Signs Documentation", "Clearwater Institute for Health Careers",
        "1.0", "aama_ceu", True, "clinical")


# ---------------------------------------------------------------- 18
def t18():
    n = "18_not_approved_granite_peak.pdf"
    c, w, h = new(n)
    ctr(c, w, h - 90, "Granite Peak Wellness Education", "DejaVuSerif-Bold", 18)
    ctr(c, w, h - 150, "Certificate of Participation", "DejaVuSerif", 24)
    ctr(c, w, h - 200, "Awarded to Nathaniel Brooks", "DejaVuSerif", 16)
    ctr(c, w, h - 240, "Nutrition Counseling Basics for Clinic Staff", "DejaVuSerif-Bold", 15)
    ctr(c, w, h - 270, "Program date: 8 August 2023", "DejaVuSerif", 12)
    ctr(c, w, h - 290, "Contact hours: 2.0", "DejaVuSerif", 12)
    para(c, 0, h - 340, "Notice: This course has not been approved by the American Association of Medical "
         "Assistants (AAMA) for CEUs. Learners are responsible for determining whether these contact hours "
         "are accepted by their credentialing body.", 420, "DejaVuSerif", 9, center=w / 2)
    sig(c, w / 2 - 90, 140, ["Leah Sorensen, RDN", "Program Lead"])
    c.save()
    exp(n, "2023-08-08", "Nutrition Counseling Basics for Clinic Staff", "Granite Peak Wellness Education",
        "2.0", "contact_hours", False, None)


# ---------------------------------------------------------------- 19
def t19():
    n = "19_registration_dates_tidewater.pdf"
    c, w, h = new(n)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, h - 70, "Tidewater Health Training Consortium")
    c.setFont("Helvetica", 10)
    c.drawString(60, h - 86, "Online Learning Center")
    c.setFont("Helvetica-Bold", 22)
    c.drawString(60, h - 140, "Statement of Completion")
    c.setFont("Helvetica", 11)
    c.drawString(60, h - 175, "Learner: Constance Yearwood")
    c.drawString(60, h - 192, "Learner ID: TW-55190")
    rows = [["Course", "Coding Updates 2024: ICD-10-CM and CPT Changes"],
            ["Registered", "01/03/2024"], ["Completed", "01/17/2024"], ["Post-test score", "88%"],
            ["AAMA CEUs", "1.5"], ["Category", "Administrative"], ["Approval number", "AAMA #70418"]]
    table(c, 60, h - 215, rows, [130, 362], 22, size=10.5)
    para(c, 60, h - 400, "This program has been granted prior approval by the American Association of Medical "
         "Assistants (AAMA) for 1.5 administrative continuing education units.", w - 120, "Helvetica", 9.5)
    c.setFont("Helvetica", 8)
    c.drawString(60, 50, "Statement printed 02/01/2024")
    c.save()
    exp(n, "2024-01-17", "Coding Updates 2024: ICD-10-CM and CPT Changes", "Tidewater Health Training Consortium",
        "1.5", "aama_ceu", True, "administrative")


# ---------------------------------------------------------------- 20
def t20():
    n = "20_split_workshop_keystone.pdf"
    c, w, h = new(n, land=True)
    border(c, w, h, color=(0.2, 0.45, 0.45))
    ctr(c, w, h - 75, "Keystone MA Educators Network", "Helvetica-Bold", 16)
    ctr(c, w, h - 130, "Certificate of Attendance", "Times-Bold", 34)
    ctr(c, w, h - 175, "Rebecca Thorn", "Times-BoldItalic", 30)
    ctr(c, w, h - 210, "attended the half-day workshop", "Times-Roman", 13)
    ctr(c, w, h - 240, "Spring Workshop: Telehealth Workflows and Remote Patient Monitoring", "Times-Bold", 18)
    ctr(c, w, h - 270, "Saturday, April 20, 2024", "Times-Roman", 13)
    ctr(c, w, h - 300, "AAMA CEUs: 1.0 Administrative / 1.0 Clinical  (2.0 total)", "Times-Bold", 13)
    ctr(c, w, h - 330, "This program has been granted prior approval by the American Association of Medical "
        "Assistants (AAMA) for 2.0 AAMA CEUs.", "Times-Italic", 9.5)
    sig(c, w / 2 - 100, 100, ["Irene Castillo, CMA (AAMA), CPC", "Workshop Coordinator"], 200)
    c.save()
    exp(n, "2024-04-20", "Spring Workshop: Telehealth Workflows and Remote Patient Monitoring",
        "Keystone MA Educators Network", "2.0", "aama_ceu", True, None,
        {"administrative": "1.0", "clinical": "1.0"})


# ---------------------------------------------------------------- 21
def t21():
    n = "21_inservice_roster_maplewood.pdf"
    c, w, h = new(n)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(54, h - 60, "Maplewood Surgical Center")
    c.setFont("Helvetica", 10)
    c.drawString(54, h - 74, "Staff Development  -  In-Service Attendance Record")
    rows = [["Topic", "Fire Safety and Emergency Preparedness In-Service"],
            ["Date", "January 10, 2024"], ["Time", "7:15 AM - 8:00 AM"], ["Duration", "45 minutes"],
            ["Instructor", "Capt. Ray Dimitriou, Facility Safety Officer"], ["Location", "Conference Room 2"]]
    y = table(c, 54, h - 95, rows, [110, 394], 21, size=10)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(54, y - 25, "Attendee")
    rows = [["Name", "Position", "Signature", "Time In"],
            ["Adaeze Nwosu", "Medical Assistant", "A. Nwosu", "7:12"]]
    table(c, 54, y - 35, rows, [150, 130, 144, 80], 20, header=True)
    para(c, 54, y - 110, "Credit type: Facility in-service (not AAMA-approved). Minutes of attendance are "
         "recorded for annual mandatory education compliance.", w - 108, "Helvetica-Oblique", 9)
    sig(c, 54, 120, ["Janelle Pryor, RN", "Staff Development Coordinator"])
    c.save()
    exp(n, "2024-01-10", "Fire Safety and Emergency Preparedness In-Service", "Maplewood Surgical Center",
        "45", "minutes", False, None)


# ---------------------------------------------------------------- 22
def t22():
    n = "22_date_range_iacet_ironbridge.pdf"
    c, w, h = new(n, land=True)
    border(c, w, h, color=(0.35, 0.35, 0.35))
    ctr(c, w, h - 80, "Ironbridge Laboratory Academy", "DejaVu-Bold", 18)
    ctr(c, w, h - 135, "Certificate of Completion", "DejaVuSerif-Bold", 30)
    ctr(c, w, h - 180, "Henrietta Vasquez-Lowe", "DejaVuSerif", 26)
    ctr(c, w, h - 215, "successfully completed the three-day course", "DejaVu", 12)
    ctr(c, w, h - 245, "Specimen Collection, Handling, and Transport", "DejaVu-Bold", 18)
    ctr(c, w, h - 275, "Course Dates: June 3\u20135, 2024", "DejaVu", 12)
    ctr(c, w, h - 293, "0.6 IACET CEUs", "DejaVu-Bold", 12)
    para(c, 0, h - 335, "Ironbridge Laboratory Academy is accredited by the International Accreditors for "
         "Continuing Education and Training (IACET) and is authorized to issue the IACET CEU.",
         520, "DejaVu", 9, center=w / 2)
    c.setFont("DejaVu", 8)
    c.drawString(60, 50, "Issued June 7, 2024  \u00b7  Valid for records through June 7, 2027  \u00b7  " + cid("ILA"))
    sig(c, w - 290, 100, ["Conrad Ellery, MT(ASCP)", "Academy Director"])
    c.save()
    exp(n, "2024-06-05", "Specimen Collection, Handling, and Transport", "Ironbridge Laboratory Academy",
        "0.6", "iacet_ceu", False, None)


# ---------------------------------------------------------------- 23
def t23():
    n = "23_chapter_attendance_silver_lake.pdf"
    c, w, h = new(n, land=True)
    c.setStrokeColorRGB(0.6, 0.5, 0.1)
    c.setLineWidth(6)
    c.rect(40, 40, w - 80, h - 80)
    c.setStrokeColorRGB(0, 0, 0)
    ctr(c, w, h - 100, "Certificate of Attendance", "Times-BoldItalic", 36)
    ctr(c, w, h - 145, "Silver Lake Medical Assistants Chapter", "Times-Roman", 16)
    ctr(c, w, h - 180, "certifies that", "Times-Roman", 13)
    ctr(c, w, h - 220, "Thomasina Hale", "Times-Bold", 30)
    ctr(c, w, h - 255, "attended the educational program", "Times-Roman", 13)
    ctr(c, w, h - 285, "Understanding Anticoagulation Therapy", "Times-Bold", 20)
    ctr(c, w, h - 315, "held on December 5, 2023", "Times-Roman", 13)
    ctr(c, w, h - 345, "1.0 AAMA CEU     Category: Clinical     Approval #69902", "Times-Roman", 12)
    ctr(c, w, h - 370, "Granting of prior approval in no way constitutes endorsement by the AAMA of the "
        "program content or the program's sponsor.", "Times-Italic", 8.5)
    sig(c, 110, 100, ["Marguerite Olsen, CMA (AAMA)", "Chapter President"])
    sig(c, w - 290, 100, ["Deborah Quinlan, CMA (AAMA)", "CEU Coordinator"])
    c.save()
    exp(n, "2023-12-05", "Understanding Anticoagulation Therapy", "Silver Lake Medical Assistants Chapter",
        "1.0", "aama_ceu", True, "clinical")


# ---------------------------------------------------------------- 24
def t24():
    n = "24_smart_quotes_larkspur.pdf"
    c, w, h = new(n)
    border(c, w, h, m=36, color=(0.45, 0.25, 0.5))
    ctr(c, w, h - 110, "Larkspur Practice Management Associates", "DejaVuSerif-Bold", 17)
    ctr(c, w, h - 170, "Certificate", "DejaVuSerif-Bold", 34)
    ctr(c, w, h - 198, "of Continuing Education", "DejaVuSerif", 15)
    para(c, 0, h - 260, "Be it known that Cordelia Ashford has completed the continuing education program "
         "\u201cFront Desk Customer Service Excellence\u201d and is hereby awarded 0.5 AAMA CEU (A).",
         400, "DejaVuSerif", 13, 19, center=w / 2)
    ctr(c, w, h - 345, "Given this 9th day of October, 2023", "DejaVuSerif", 12)
    para(c, 0, h - 390, "This program has been granted prior approval by the American Association of Medical "
         "Assistants (AAMA) for 0.5 AAMA CEU. Category key: (A) Administrative, (C) Clinical, (G) General.",
         400, "DejaVuSerif", 8.5, center=w / 2)
    sig(c, w / 2 - 100, 150, ["Bernard Achebe, MBA, CMPE", "Managing Partner"], 200)
    c.save()
    exp(n, "2023-10-09", "Front Desk Customer Service Excellence", "Larkspur Practice Management Associates",
        "0.5", "aama_ceu", True, "administrative")


if __name__ == "__main__":
    for i in range(1, 25):
        globals()["t%02d" % i]()
    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump(EXPECTED, f, indent=2, sort_keys=True)
        f.write("\n")
    print(len(EXPECTED), "certificates written")
