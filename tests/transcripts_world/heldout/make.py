"""Deterministic generator for the *heldout* CE-transcript fixtures.

Run:  /work/main/.venv/bin/python make.py
Independent of ../tune/make.py: tables are laid out by hand on a reportlab
canvas (own wrapping and pagination), with different issuers, course lists,
wording and scan degradation.
"""

import datetime as dt
import io
import json
import os
import random
import shutil
import subprocess
import tempfile
from decimal import Decimal

from reportlab import rl_config

rl_config.invariant = 1

from PIL import Image, ImageDraw, ImageFilter  # noqa: E402
from reportlab.lib.colors import HexColor, black, white  # noqa: E402
from reportlab.lib.pagesizes import landscape, letter  # noqa: E402
from reportlab.lib.utils import ImageReader, simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
TTF = "/usr/share/fonts/truetype/dejavu/"
for alias, f in {
    "Sans": "DejaVuSans",
    "Sans-Bold": "DejaVuSans-Bold",
    "Cond": "DejaVuSansCondensed",
    "Cond-Bold": "DejaVuSansCondensed-Bold",
    "Serif": "DejaVuSerif",
    "Serif-Bold": "DejaVuSerif-Bold",
    "SerifC": "DejaVuSerifCondensed",
    "SerifC-Bold": "DejaVuSerifCondensed-Bold",
    "Mono": "DejaVuSansMono",
    "Mono-Bold": "DejaVuSansMono-Bold",
}.items():
    pdfmetrics.registerFont(TTFont(alias, TTF + f + ".ttf"))

RESULTS = {}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def dfmt(iso, how):
    d = dt.date.fromisoformat(iso)
    return {
        "slash": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "iso": iso,
        "short": f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
        "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "dmy": f"{d.day}-{MONTHS[d.month - 1][:3]}-{d.year % 100:02d}",
    }[how]


# --------------------------------------------------------------------------
# a small hand-rolled table renderer
# --------------------------------------------------------------------------
class Col:
    def __init__(self, key, label, width, align="L", wrap=False):
        self.key, self.label, self.width, self.align, self.wrap = key, label, width, align, wrap


class Look:
    def __init__(self, **kw):
        self.font, self.bold, self.size = "Sans", "Sans-Bold", 9
        self.lead = None
        self.pad = 4
        self.head_fill, self.head_ink, self.head_size = None, black, None
        self.zebra = None
        self.grid = None  # colour of full grid
        self.rules = None  # colour of horizontal rules between rows
        self.head_rule = black
        self.band_fill = HexColor("#eeeeee")
        self.__dict__.update(kw)
        self.lead = self.lead or self.size * 1.25
        self.head_size = self.head_size or self.size


def cell_lines(text, col, look, font):
    out = []
    for part in str(text).split("\n"):
        if col.wrap:
            out.extend(simpleSplit(part, font, look.size, col.width - 2 * look.pad) or [""])
        else:
            out.append(part)
    return out


def render(path, pagesize, cols, rows, look, head_first, head_later, footer, trailer=None, bottom=56):
    """rows: dicts keyed by Col.key, or {"band": text} for a full-width band.
    head_first/head_later(c) draw the page header and return the y where the
    table starts. footer(c, page, npages). trailer(c, y) draws after the table
    and returns its height when called with c=None."""
    W, H = pagesize
    x0 = (W - sum(c.width for c in cols)) / 2

    def row_layout(r):
        if "band" in r:
            return [[r["band"]]], look.lead + 2 * look.pad
        cells = [cell_lines(r.get(c.key, ""), c, look, look.font) for c in cols]
        n = max(len(x) for x in cells)
        return cells, n * look.lead + 2 * look.pad

    head_cells = [c.label.split("\n") for c in cols]
    head_h = max(len(x) for x in head_cells) * look.head_size * 1.2 + 2 * look.pad

    # pagination pass (dry run on a throwaway canvas to learn header heights)
    scratch = Canvas(io.BytesIO(), pagesize=pagesize)
    y_first, y_later = head_first(scratch), head_later(scratch)
    pages, cur, y = [], [], y_first - head_h
    for r in rows:
        cells, h = row_layout(r)
        if y - h < bottom:
            pages.append(cur)
            cur, y = [], y_later - head_h
        cur.append((r, cells, h))
        y -= h
    pages.append(cur)
    trailer_h = trailer(None, 0) if trailer else 0
    trailer_new_page = y - 14 - trailer_h < bottom
    npages = len(pages) + (1 if trailer_new_page else 0)

    c = Canvas(path, pagesize=pagesize)
    c.setTitle("Transcript")
    for pi, page in enumerate(pages):
        top = head_first(c) if pi == 0 else head_later(c)
        # column header
        if look.head_fill is not None:
            c.setFillColor(look.head_fill)
            c.rect(x0, top - head_h, sum(cl.width for cl in cols), head_h, fill=1, stroke=0)
        c.setFillColor(look.head_ink)
        c.setFont(look.bold, look.head_size)
        x = x0
        for cl, lines in zip(cols, head_cells):
            for li, t in enumerate(lines):
                ty = top - look.pad - look.head_size * (0.9 + 1.2 * li)
                if cl.align == "R":
                    c.drawRightString(x + cl.width - look.pad, ty, t)
                elif cl.align == "C":
                    c.drawCentredString(x + cl.width / 2, ty, t)
                else:
                    c.drawString(x + look.pad, ty, t)
            x += cl.width
        y = top - head_h
        if look.head_rule is not None:
            c.setStrokeColor(look.head_rule)
            c.setLineWidth(1)
            c.line(x0, y, x0 + sum(cl.width for cl in cols), y)
        body_top = y
        for ri, (r, cells, h) in enumerate(page):
            tw = sum(cl.width for cl in cols)
            if "band" in r:
                c.setFillColor(look.band_fill)
                c.rect(x0, y - h, tw, h, fill=1, stroke=0)
                c.setFillColor(black)
                c.setFont(look.bold, look.size)
                c.drawString(x0 + look.pad, y - look.pad - look.size * 0.9, r["band"])
                y -= h
                continue
            if look.zebra is not None and ri % 2 == 1:
                c.setFillColor(look.zebra)
                c.rect(x0, y - h, tw, h, fill=1, stroke=0)
            c.setFillColor(black)
            c.setFont(r.get("_font", look.font), look.size)
            x = x0
            for cl, lines in zip(cols, cells):
                for li, t in enumerate(lines):
                    ty = y - look.pad - look.size * 0.9 - look.lead * li
                    if cl.align == "R":
                        c.drawRightString(x + cl.width - look.pad, ty, t)
                    elif cl.align == "C":
                        c.drawCentredString(x + cl.width / 2, ty, t)
                    else:
                        c.drawString(x + look.pad, ty, t)
                x += cl.width
            y -= h
            if look.rules is not None:
                c.setStrokeColor(look.rules)
                c.setLineWidth(0.4)
                c.line(x0, y, x0 + tw, y)
        if look.grid is not None:
            c.setStrokeColor(look.grid)
            c.setLineWidth(0.5)
            tw = sum(cl.width for cl in cols)
            c.rect(x0, y, tw, top - y, fill=0, stroke=1)
            yy = body_top
            c.line(x0, yy, x0 + tw, yy)
            for r, cells, h in page:
                yy -= h
                c.line(x0, yy, x0 + tw, yy)
            x = x0
            for cl in cols[:-1]:
                x += cl.width
                c.line(x, top, x, y)
        last = pi == len(pages) - 1
        if last and trailer and not trailer_new_page:
            trailer(c, y - 14)
        footer(c, pi + 1, npages)
        c.showPage()
    if trailer_new_page:
        top = head_later(c)
        trailer(c, top - 10)
        footer(c, npages, npages)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------
# scanner simulation (different recipe from tune)
# --------------------------------------------------------------------------
def to_scan(src_pdf, dest, tilt, seed, shade=30):
    work = tempfile.mkdtemp()
    try:
        subprocess.run(["pdftoppm", "-r", "150", "-png", src_pdf, os.path.join(work, "pg")], check=True)
        rnd = random.Random(seed)
        shots = []
        for name in sorted(n for n in os.listdir(work) if n.startswith("pg")):
            page = Image.open(os.path.join(work, name)).convert("L")
            w, h = page.size
            # paper tone with a slight left-to-right gradient
            grad = Image.linear_gradient("L").rotate(90).resize((w, h))
            base = Image.eval(page, lambda v: v * 215 // 255 + 28)
            base = Image.blend(base, Image.eval(grad, lambda v: 200 + v // 12), 0.08)
            # grain: triangular-ish noise from two uniform fields, a bit blurred
            a = Image.frombytes("L", (w // 3, h // 3), rnd.randbytes((w // 3) * (h // 3)))
            b = Image.frombytes("L", (w // 3, h // 3), rnd.randbytes((w // 3) * (h // 3)))
            grain = Image.blend(a, b, 0.5).resize((w, h), Image.BICUBIC)
            grain = grain.filter(ImageFilter.GaussianBlur(0.6))
            base = Image.blend(base, grain, shade / 255)
            base = Image.eval(base, lambda v: min(255, int(v * 1.06)))
            dots = ImageDraw.Draw(base)
            for _ in range(90):
                x, y = rnd.randrange(w), rnd.randrange(h)
                dots.point([(x, y), (x + 1, y)], fill=rnd.randrange(60, 150))
            base = base.rotate(tilt, resample=Image.BICUBIC, fillcolor=170, expand=False)
            base = base.filter(ImageFilter.GaussianBlur(0.35))
            buf = os.path.join(work, f"shot{len(shots)}.jpg")
            base.save(buf, "JPEG", quality=68)
            shots.append((buf, w, h))
        if dest.endswith(".jpg"):
            assert len(shots) == 1
            shutil.copy(shots[0][0], dest)
        else:
            c = Canvas(dest)
            for buf, w, h in shots:
                size = (w * 0.48, h * 0.48)  # 150 dpi -> points
                c.setPageSize(size)
                with open(buf, "rb") as fh:  # in-memory: XObject name must not depend on temp path
                    img = ImageReader(io.BytesIO(fh.read()))
                c.drawImage(img, 0, 0, *size)
                c.showPage()
            c.save()
    finally:
        shutil.rmtree(work)


def publish(fname, kind, shape, provider, courses, draw, tilt=None, seed=None):
    dest = os.path.join(OUT, fname)
    if kind == "scan":
        work = tempfile.mkdtemp()
        src = os.path.join(work, "x.pdf")
        draw(src)
        to_scan(src, dest, tilt, seed)
        shutil.rmtree(work)
    else:
        draw(dest)
    RESULTS[fname] = {"kind": kind, "shape": shape, "provider": provider, "courses": courses}


def entry(title, iso, amount, unit, category=None, split=None):
    e = {"title": title, "completed_on": iso, "amount": amount, "unit": unit, "category": category}
    if split:
        e["categories"] = split
    return e


def dsum(vals):
    return str(sum((Decimal(v) for v in vals), Decimal("0.0")))


# ==========================================================================
# AAMA
# ==========================================================================
AAMA_NAME = "American Association of Medical Assistants"
KEYS = {"adm": "administrative", "cli": "clinical", "gen": "general"}


def aama_entries(items):
    out = []
    for title, iso, parts, _ in items:
        if len(parts) == 1:
            ((k, v),) = parts.items()
            out.append(entry(title, iso, v, "aama_ceus", KEYS[k]))
        else:
            out.append(
                entry(
                    title,
                    iso,
                    dsum(parts.values()),
                    "aama_ceus",
                    None,
                    {KEYS[k]: v for k, v in parts.items()},
                )
            )
    return out


def doc01():
    """AAMA: one column per CEU category, landscape, day-month-yy dates."""
    items = [
        ("Asthma Management and Peak Flow Monitoring", "2024-05-14", {"cli": "1.0"}, "CE-58211"),
        (
            "Navigating Medicare Annual Wellness Visits",
            "2024-06-03",
            {"adm": "1.0", "cli": "0.5"},
            "CE-58240",
        ),
        ("Preventing Medication Errors in Outpatient Practice", "2024-07-19", {"cli": "1.5"}, "CE-58302"),
        ("Social Determinants of Health: A Primer", "2024-08-08", {"gen": "1.0"}, "CE-58317"),
        ("Appointment Scheduling Models and Template Design", "2024-09-25", {"adm": "1.5"}, "CE-58366"),
        (
            "Urinalysis: Dipstick, Microscopy Prep, and Quality Control",
            "2024-10-30",
            {"cli": "2.0"},
            "CE-58390",
        ),
        ("Anatomy Refresher: Musculoskeletal System", "2024-12-02", {"gen": "1.5"}, "CE-58412"),
        ("Minor Office Surgery: Setting Up a Sterile Field", "2025-01-21", {"cli": "1.0"}, "CE-58455"),
        (
            "Patient Financial Counseling and Estimates",
            "2025-03-05",
            {"adm": "0.5", "gen": "0.5"},
            "CE-58471",
        ),
        ("Compassion Fatigue and Self-Care", "2025-04-16", {"gen": "0.5"}, "CE-58498"),
        ("Hypertension Control: Accurate Office Readings", "2025-05-27", {"cli": "1.0"}, "CE-58520"),
        ("Records Retention and Destruction Policies", "2025-07-09", {"adm": "1.0"}, "CE-58544"),
    ]
    cols = [
        Col("date", "Completion Date", 86),
        Col("title", "Course Name", 262, wrap=True),
        Col("id", "Course ID", 70),
        Col("adm", "Admin.", 52, "R"),
        Col("cli", "Clinical", 52, "R"),
        Col("gen", "General", 52, "R"),
        Col("tot", "Total", 52, "R"),
    ]
    rows = []
    sums = {"adm": [], "cli": [], "gen": []}
    for title, iso, parts, cid in items:
        r = {"date": dfmt(iso, "dmy"), "title": title, "id": cid, "tot": dsum(parts.values())}
        for k in sums:
            r[k] = parts.get(k, "\u2013")
            if k in parts:
                sums[k].append(parts[k])
        rows.append(r)
    tots = {k: dsum(v) for k, v in sums.items()}
    rows.append(
        {
            "date": "",
            "title": "CATEGORY TOTALS",
            "id": "",
            **tots,
            "tot": dsum(tots.values()),
            "_font": "Cond-Bold",
        }
    )
    look = Look(
        font="Cond",
        bold="Cond-Bold",
        size=9,
        pad=5,
        head_fill=HexColor("#8c1c13"),
        head_ink=white,
        grid=HexColor("#b0a7a6"),
        head_rule=None,
    )
    W, H = landscape(letter)

    def head(c):
        c.setFillColor(HexColor("#8c1c13"))
        c.rect(40, H - 78, 8, 44, fill=1, stroke=0)
        c.setFont("Cond-Bold", 19)
        c.drawString(58, H - 52, "AAMA e-Learning Center")
        c.setFillColor(black)
        c.setFont("Cond", 10)
        c.drawString(58, H - 68, "Continuing Education Units Earned \u2014 Member Record")
        c.setFont("Cond", 9.5)
        for i, (k, v) in enumerate(
            [
                ("Member", "Latoya D. Brennan-Sykes"),
                ("CMA (AAMA) ID", "0538870"),
                ("Recertification period", "1-May-21 to 30-Apr-26"),
                ("Statement covers", "1-May-24 to 31-Jul-25"),
            ]
        ):
            c.setFont("Cond-Bold", 9.5)
            c.drawRightString(W - 160, H - 44 - 13 * i, k + ":")
            c.setFont("Cond", 9.5)
            c.drawString(W - 154, H - 44 - 13 * i, v)
        return H - 108

    def foot(c, n, total):
        c.setFont("Cond", 8)
        c.setFillColor(HexColor("#555555"))
        c.drawString(40, 30, "Printed 12/01/2026  \u00b7  www.aama-ntl.org/e-learning")
        c.drawRightString(W - 40, 30, f"Page {n} of {total}")
        c.setFillColor(black)

    def trailer(c, y):
        if c is None:
            return 30
        c.setFont("Cond", 8.5)
        c.drawString(
            60,
            y,
            "All CEUs listed are AAMA-approved. These CEUs are recorded on your AAMA "
            "transcript and count toward CMA (AAMA) recertification.",
        )
        c.drawString(
            60, y - 12, "Courses approved in two categories show the CEUs awarded in each category column."
        )

    publish(
        "doc01.pdf",
        "pdf",
        "aama",
        AAMA_NAME,
        aama_entries(items),
        lambda p: render(p, (W, H), cols, rows, look, head, head, foot, trailer),
    )


def doc02():
    """AAMA: numbered rows, combined category text, long month dates, portrait serif."""
    items = [
        ("Adverse Drug Reactions: Recognition and Reporting", "2025-01-08", {"cli": "1.0", "gen": "0.5"}, ""),
        ("Practice Management Systems: Charge Entry Accuracy", "2025-01-29", {"adm": "1.0"}, ""),
        (
            "The Medical Assistant's Role in Population Health and Value-Based Care Programs",
            "2025-02-20",
            {"adm": "0.5", "gen": "1.0"},
            "",
        ),
        ("Phlebotomy: Preventing Hemolysis and Specimen Rejection", "2025-03-05", {"cli": "1.5"}, ""),
        ("Health Information Exchange Basics", "2025-04-02", {"adm": "0.5"}, ""),
        ("Ophthalmic Screening Procedures in Primary Care", "2025-05-13", {"cli": "1.0"}, ""),
        ("Conflict Resolution for Health Care Teams", "2025-06-24", {"gen": "1.0"}, ""),
        (
            "Pediatric Well-Child Visits: Measurements and Screenings",
            "2025-08-19",
            {"cli": "1.0", "gen": "0.5"},
            "",
        ),
        ("Understanding Medical Necessity and ABNs", "2025-10-07", {"adm": "1.5"}, ""),
    ]
    short = {"adm": "A", "cli": "C", "gen": "G"}
    cols = [
        Col("n", "#", 24, "R"),
        Col("title", "Course Title", 232, wrap=True),
        Col("cat", "CEU Category", 104),
        Col("ceu", "CEUs", 44, "R"),
        Col("date", "Completed", 112, "R"),
    ]
    rows = []
    for i, (title, iso, parts, _) in enumerate(items, 1):
        names = {"adm": "Administrative", "cli": "Clinical", "gen": "General"}
        cat = (
            names[next(iter(parts))]
            if len(parts) == 1
            else " / ".join(f"{short[k]} {v}" for k, v in parts.items())
        )
        rows.append(
            {"n": f"{i}.", "title": title, "cat": cat, "ceu": dsum(parts.values()), "date": dfmt(iso, "long")}
        )
    look = Look(
        font="Serif",
        bold="Serif-Bold",
        size=9.5,
        pad=5,
        rules=HexColor("#9aa6b2"),
        head_rule=black,
        head_ink=HexColor("#1b365d"),
    )
    W, H = letter
    allparts = [p for _, _, p, _ in items]

    def head(c):
        c.setFillColor(HexColor("#1b365d"))
        c.setFont("Serif-Bold", 22)
        c.drawCentredString(W / 2, H - 60, "A A M A")
        c.setFont("Serif", 10)
        c.drawCentredString(W / 2, H - 76, "AMERICAN ASSOCIATION OF MEDICAL ASSISTANTS")
        c.setFont("Serif-Bold", 12)
        c.setFillColor(black)
        c.drawCentredString(W / 2, H - 100, "Official CEU Transcript \u2014 e-Learning Center Courses")
        c.setFont("Serif", 9.5)
        c.drawString(66, H - 126, "Prepared for: Henry O. Nwachukwu")
        c.drawString(66, H - 139, "Certification number: 0809152")
        c.drawRightString(W - 66, H - 126, "Courses completed between")
        c.drawRightString(W - 66, H - 139, "January 1, 2025 and October 31, 2025")
        return H - 156

    def foot(c, n, total):
        c.setFont("Serif", 8)
        c.drawString(66, 36, f"Transcript page {n} of {total}")
        c.drawRightString(W - 66, 36, "Printed 12/01/2026")

    def trailer(c, y):
        if c is None:
            return 80
        t = {k: dsum(p[k] for p in allparts if k in p) for k in ("adm", "cli", "gen")}
        c.setFont("Serif-Bold", 9.5)
        c.drawString(330, y, "Summary of CEUs")
        c.setFont("Serif", 9.5)
        for i, (lab, k) in enumerate([("Administrative", "adm"), ("Clinical", "cli"), ("General", "gen")]):
            c.drawString(330, y - 14 * (i + 1), lab)
            c.drawRightString(480, y - 14 * (i + 1), t[k])
        c.line(330, y - 46, 480, y - 46)
        c.setFont("Serif-Bold", 9.5)
        c.drawString(330, y - 58, "Grand total")
        c.drawRightString(480, y - 58, dsum(t.values()))
        c.setFont("Serif", 8.5)
        c.drawString(
            66,
            y - 78,
            "A = Administrative, C = Clinical, G = General.  These CEUs are "
            "recorded on your AAMA transcript.",
        )

    publish(
        "doc02.pdf",
        "pdf",
        "aama",
        AAMA_NAME,
        aama_entries(items),
        lambda p: render(p, (W, H), cols, rows, look, head, head, foot, trailer),
    )


def doc03():
    """AAMA scan, 2 pages, split categories stacked on two lines, slash dates."""
    items = [
        ("Anticoagulation Monitoring: PT/INR Point-of-Care Testing", "2023-09-12", {"cli": "1.0"}),
        ("Office Safety: Sharps Injury Prevention", "2023-10-03", {"cli": "0.5"}),
        ("Medical Records Release Under HIPAA", "2023-11-14", {"adm": "1.0"}),
        ("Endocrine Disorders: Thyroid Basics", "2023-12-05", {"gen": "1.0"}),
        ("Preparing Patients for Colonoscopy", "2024-01-16", {"cli": "0.5", "gen": "0.5"}),
        ("Coding for Preventive Medicine Services", "2024-02-27", {"adm": "1.5"}),
        ("Head Lice, Scabies and Other Infestations", "2024-03-19", {"cli": "1.0"}),
        ("Professional Communication by Email and Portal", "2024-04-30", {"adm": "0.5", "gen": "0.5"}),
        ("Opioid Stewardship in Primary Care", "2024-06-11", {"cli": "1.5"}),
        ("Anatomy Refresher: The Respiratory System", "2024-07-02", {"gen": "1.0"}),
        ("Credit and Collections Fundamentals", "2024-08-13", {"adm": "1.0"}),
        ("Holter and Event Monitor Hookups", "2024-09-24", {"cli": "1.0", "adm": "0.5"}),
        ("Grief and Loss: Supporting Patients and Families", "2024-11-05", {"gen": "0.5"}),
        ("Tuberculin Skin Testing: Placement and Reading", "2024-12-17", {"cli": "1.0"}),
        ("Inventory Control for Medical Supplies", "2025-01-28", {"adm": "0.5"}),
        ("Men's Health Screening Guidelines", "2025-03-05", {"gen": "1.0"}),
        ("Sterilization and Disinfection: Spaulding Classification", "2025-04-15", {"cli": "2.0"}),
    ]
    names = {"adm": "Administrative", "cli": "Clinical", "gen": "General"}
    cols = [
        Col("date", "Date Completed", 100),
        Col("title", "Course Title", 222, wrap=True),
        Col("no", "Approval #", 62),
        Col("cat", "Category", 86),
        Col("ceu", "CEU", 40, "R"),
    ]
    rows = []
    for i, (title, iso, parts) in enumerate(items):
        rows.append(
            {
                "date": dfmt(iso, "slash"),
                "title": title,
                "no": f"{410 + 7 * i:05d}",
                "cat": "\n".join(names[k] for k in parts),
                "ceu": "\n".join(parts.values()),
            }
        )
    look = Look(
        font="SerifC",
        bold="SerifC-Bold",
        size=10,
        pad=9.5,
        zebra=HexColor("#e6e6e6"),
        head_fill=HexColor("#404040"),
        head_ink=white,
        head_rule=None,
    )
    W, H = letter
    ent = [(t, d, p, None) for t, d, p in items]

    def head1(c):
        c.setFont("SerifC-Bold", 15)
        c.drawString(50, H - 54, "American Association of Medical Assistants")
        c.setFont("SerifC", 10.5)
        c.drawString(50, H - 70, "AAMA e-Learning Center  |  Member CEU Transcript")
        c.setFont("SerifC", 10)
        c.drawString(50, H - 96, "Name: Beatriz A. Coelho")
        c.drawString(50, H - 110, "CMA #: 0671045")
        c.drawString(300, H - 96, "From: 09/01/2023")
        c.drawString(300, H - 110, "To: 04/30/2025")
        return H - 126

    def head2(c):
        c.setFont("SerifC-Bold", 11)
        c.drawString(50, H - 50, "AAMA e-Learning Center \u2014 Beatriz A. Coelho, CMA # 0671045 (cont.)")
        return H - 66

    def foot(c, n, total):
        c.setFont("SerifC", 8.5)
        c.drawString(50, 32, "Printed 12/01/2026")
        c.drawRightString(W - 50, 32, f"Page {n} of {total}")

    def trailer(c, y):
        if c is None:
            return 60
        t = {k: dsum(p[k] for _, _, p in items if k in p) for k in ("adm", "cli", "gen")}
        c.setFont("SerifC-Bold", 10)
        c.drawString(
            62,
            y,
            f"Totals \u2014 Administrative: {t['adm']}   Clinical: {t['cli']}   "
            f"General: {t['gen']}   All categories: {dsum(t.values())}",
        )
        c.setFont("SerifC", 9)
        c.drawString(62, y - 18, "These CEUs are recorded on your AAMA transcript.")

    publish(
        "doc03_scan.pdf",
        "scan",
        "aama",
        AAMA_NAME,
        aama_entries(ent),
        lambda p: render(p, (W, H), cols, rows, look, head1, head2, foot, trailer),
        tilt=-0.6,
        seed=301,
    )


# ==========================================================================
# employer LMS
# ==========================================================================
def lms_entries(items, unit):
    return [
        entry(t, iso, amt, unit)
        for (t, iso, amt, status) in items
        if status == "Completed" and Decimal(amt or "0") > 0
    ]


def doc04():
    """LMS with Assigned / Due dates as distractors, landscape, ISO dates."""
    data = [
        # id, title, type, assigned, due, status, completed, hours
        (
            "SP-10442",
            "Hand Hygiene Compliance 2025",
            "Compliance",
            "2025-01-02",
            "2025-01-31",
            "Completed",
            "2025-01-09",
            "0.0",
        ),
        (
            "SP-20817",
            "Obtaining and Documenting Orthostatic Vital Signs",
            "Clinical",
            "2025-01-02",
            "2025-02-28",
            "Completed",
            "2025-02-12",
            "1.0",
        ),
        (
            "SP-20833",
            "Nebulizer Treatments and Inhaler Teaching",
            "Clinical",
            "2025-01-15",
            "2025-03-15",
            "Completed",
            "2025-03-05",
            "1.5",
        ),
        (
            "SP-30120",
            "Front Desk Check-In: Identity Verification and Red Flags Rule",
            "Operations",
            "2025-02-01",
            "2025-03-31",
            "Completed",
            "2025-03-28",
            "0.5",
        ),
        (
            "SP-10450",
            "Emergency Operations Plan Acknowledgement",
            "Compliance",
            "2025-02-01",
            "2025-02-28",
            "Completed",
            "2025-02-03",
            "0.0",
        ),
        (
            "SP-20871",
            "Wound Culture Collection",
            "Clinical",
            "2025-03-01",
            "2025-04-30",
            "In Progress",
            "",
            "1.0",
        ),
        (
            "SP-20902",
            "Recognizing Stroke Symptoms: BE FAST",
            "Clinical",
            "2025-03-10",
            "2025-05-10",
            "Completed",
            "2025-04-22",
            "0.75",
        ),
        (
            "SP-40015",
            "Trauma-Informed Care for Ambulatory Teams",
            "Professional Development",
            "2025-04-01",
            "2025-06-30",
            "Completed",
            "2025-06-17",
            "2.0",
        ),
        (
            "SP-20915",
            "Cast and Splint Care Instructions",
            "Clinical",
            "2025-05-01",
            "2025-07-31",
            "Not Started",
            "",
            "0.5",
        ),
        (
            "SP-20711",
            "Tdap and Influenza Vaccine Administration",
            "Clinical",
            "2023-09-01",
            "2023-10-15",
            "Expired",
            "2023-09-20",
            "1.0",
        ),
        (
            "SP-30188",
            "Managing the Inbox: Refill Requests and Protocols",
            "Operations",
            "2025-06-02",
            "2025-08-01",
            "Completed",
            "2025-07-30",
            "1.25",
        ),
        (
            "SP-10466",
            "Information Security Awareness",
            "Compliance",
            "2025-07-01",
            "2025-07-31",
            "Completed",
            "2025-07-08",
            "0.0",
        ),
        (
            "SP-40022",
            "Leading Huddles: Communication for Care Teams",
            "Professional Development",
            "2025-08-04",
            "2025-10-31",
            "Completed",
            "2025-09-16",
            "1.0",
        ),
    ]
    cols = [
        Col("id", "Item ID", 62),
        Col("title", "Item Title", 224, wrap=True),
        Col("type", "Item Type", 84, wrap=True),
        Col("as", "Assigned", 62),
        Col("due", "Due", 62),
        Col("st", "Status", 66),
        Col("done", "Completed On", 72),
        Col("hrs", "Hours", 44, "R"),
    ]
    rows = [
        {"id": i, "title": t, "type": ty, "as": a, "due": d, "st": s, "done": c, "hrs": h}
        for i, t, ty, a, d, s, c, h in data
    ]
    look = Look(
        font="Sans",
        bold="Sans-Bold",
        size=8,
        pad=4,
        head_fill=HexColor("#f2b134"),
        head_ink=black,
        grid=HexColor("#666666"),
        head_rule=None,
    )
    W, H = landscape(letter)

    def head(c):
        c.setFont("Sans-Bold", 16)
        c.setFillColor(HexColor("#1d4e89"))
        c.drawString(36, H - 46, "SUMMIT REGIONAL HEALTH")
        c.setFont("Sans", 10)
        c.drawString(36, H - 61, "SkillPath Learning  \u203a  Reports  \u203a  User Transcript")
        c.setFillColor(black)
        c.setFont("Sans", 8.5)
        lines = [
            "Learner: Ngozi F. Adeyemi",
            "Username: nadeyemi",
            "Employee #: 0091523",
            "Position: Clinical Medical Assistant",
            "Location: Summit Internal Medicine, Suite 200",
            "Filter: Assigned 2025-01-01 through 2025-10-31",
        ]
        for i, t in enumerate(lines):
            c.drawString(36 + 250 * (i // 2), H - 84 - 12 * (i % 2), t)
        return H - 108

    def foot(c, n, total):
        c.setFont("Sans", 7.5)
        c.drawString(36, 24, "Printed 12/01/2026 03:18 PM by nadeyemi")
        c.drawRightString(W - 36, 24, f"{n} / {total}")

    def trailer(c, y):
        if c is None:
            return 24
        c.setFont("Sans", 8)
        c.drawString(
            40,
            y,
            "Hours shown are continuing-education contact hours awarded on completion. "
            "Compliance items do not award hours.",
        )
        c.drawString(40, y - 11, "Expired: completion is past its validity window and must be repeated.")

    items = [(t, c, h, s) for _, t, _, _, _, s, c, h in data]
    publish(
        "doc04.pdf",
        "pdf",
        "lms",
        "Summit Regional Health",
        lms_entries(items, "contact_hours"),
        lambda p: render(p, (W, H), cols, rows, look, head, head, foot, trailer),
    )


def doc05():
    """LMS, minutes, status first, 2 pages portrait, short-month dates."""
    data = [
        (
            "Completed",
            "2024-03-11",
            "Infection Control: Cleaning Exam Rooms Between Patients",
            "MCP-INF-210",
            "20",
            "100%",
        ),
        ("Completed", "2024-03-11", "Annual Corporate Compliance Training", "MCP-CMP-001", "0", "100%"),
        ("Completed", "2024-04-02", "Obtaining Accurate Height, Weight and BMI", "MCP-CLN-118", "15", "95%"),
        (
            "Completed",
            "2024-04-29",
            "Medication Refill Protocols Under Standing Orders",
            "MCP-CLN-140",
            "45",
            "90%",
        ),
        ("Not Started", "", "Lead Testing in Children", "MCP-CLN-151", "30", ""),
        ("Completed", "2024-06-06", "Privacy in Shared Workspaces", "MCP-PRV-020", "10", "100%"),
        (
            "Completed",
            "2024-07-18",
            "Anaphylaxis Recognition and Epinephrine Auto-Injector Use in the Clinic",
            "MCP-CLN-162",
            "40",
            "92%",
        ),
        ("In Progress", "", "Medicare Advantage Basics for Clinic Staff", "MCP-REV-055", "35", ""),
        (
            "Completed",
            "2024-09-03",
            "Collecting Throat Cultures and Rapid Strep Tests",
            "MCP-CLN-170",
            "25",
            "88%",
        ),
        ("Completed", "2024-10-15", "Active Listening Skills", "MCP-SRV-031", "30", "100%"),
        ("Expired", "2022-11-01", "Latex Allergy Awareness", "MCP-SAF-044", "15", "90%"),
        (
            "Completed",
            "2024-11-20",
            "Preparing the Patient for a Pelvic Examination",
            "MCP-CLN-181",
            "30",
            "96%",
        ),
        ("Completed", "2025-01-07", "Workplace Ergonomics Self-Assessment", "MCP-SAF-050", "0", "100%"),
        (
            "Completed",
            "2025-02-10",
            "Using Interpreter Services Over Video and Phone",
            "MCP-SRV-036",
            "20",
            "94%",
        ),
        (
            "Completed",
            "2025-03-05",
            "Smoking Cessation Counseling: The 5 A's for Medical Assistants and Nurses",
            "MCP-CLN-195",
            "60",
            "91%",
        ),
        ("In Progress", "", "Remote Patient Monitoring Enrollment", "MCP-CLN-201", "45", ""),
        ("Completed", "2025-04-24", "Documenting Patient Refusals", "MCP-CLN-204", "15", "100%"),
        (
            "Completed",
            "2025-05-30",
            "Hearing Screening with a Handheld Audiometer",
            "MCP-CLN-210",
            "35",
            "89%",
        ),
    ]
    cols = [
        Col("st", "Status", 64),
        Col("done", "Completion", 78),
        Col("title", "Course", 224, wrap=True),
        Col("code", "Code", 80),
        Col("min", "Minutes", 48, "R"),
        Col("score", "Score", 44, "R"),
    ]
    rows = [
        {"st": s, "done": dfmt(d, "short") if d else "", "title": t, "code": k, "min": m, "score": sc}
        for s, d, t, k, m, sc in data
    ]
    look = Look(
        font="Sans",
        bold="Sans-Bold",
        size=9.5,
        pad=9,
        zebra=HexColor("#eef0fb"),
        head_rule=HexColor("#3f51b5"),
        head_ink=HexColor("#3f51b5"),
    )
    W, H = letter

    def head1(c):
        c.setFillColor(HexColor("#3f51b5"))
        c.circle(58, H - 52, 12, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("Sans-Bold", 11)
        c.drawCentredString(58, H - 56, "M")
        c.setFillColor(black)
        c.setFont("Sans-Bold", 15)
        c.drawString(78, H - 50, "Meridian Care Partners")
        c.setFont("Sans", 9)
        c.drawString(78, H - 63, "Learning Portal \u2014 Completion History")
        c.setFont("Sans", 9)
        c.drawString(46, H - 92, "Employee: Caleb J. Marchetti")
        c.drawString(46, H - 105, "Job code 4417 \u2013 Medical Assistant, Certified")
        c.drawRightString(W - 46, H - 92, "Report dates: Mar 1, 2024 \u2013 Jun 30, 2025")
        c.drawRightString(W - 46, H - 105, "Site: Meridian Pediatrics & Family Health")
        return H - 122

    def head2(c):
        c.setFont("Sans-Bold", 10)
        c.drawString(46, H - 46, "Meridian Care Partners \u2014 Completion History (Caleb J. Marchetti)")
        return H - 60

    def foot(c, n, total):
        c.setFont("Sans", 7.5)
        c.drawString(46, 28, "Printed 12/01/2026")
        c.drawCentredString(W / 2, 28, "Internal use only")
        c.drawRightString(W - 46, 28, f"Page {n} of {total}")

    def trailer(c, y):
        if c is None:
            return 16
        mins = sum(int(m) for s, _, _, _, m, _ in data if s == "Completed")
        c.setFont("Sans-Bold", 9)
        c.drawString(50, y, f"Completed learning time: {mins} minutes ({mins // 60} h {mins % 60} min)")

    items = [(t, d, m, s) for s, d, t, _, m, _ in data]
    publish(
        "doc05.pdf",
        "pdf",
        "lms",
        "Meridian Care Partners",
        lms_entries(items, "minutes"),
        lambda p: render(p, (W, H), cols, rows, look, head1, head2, foot, trailer),
    )


def doc06():
    """LMS scan, monospace, dmy dates, credit hours before date."""
    data = [
        ("Dermatology Procedures: Biopsy Tray Setup", "HCA-DRM-03", "1.0", "2025-02-04", "Completed"),
        ("Needlestick Exposure Response (Required)", "HCA-REQ-11", "0.0", "2025-02-04", "Completed"),
        ("Patient Education for Home Glucose Monitoring", "HCA-END-07", "1.5", "2025-03-05", "Completed"),
        ("Radiology Order Scheduling", "HCA-OPS-14", "0.5", "", "In Progress"),
        ("Informed Consent: The MA's Role", "HCA-LGL-02", "1.0", "2025-04-18", "Completed"),
        ("Workplace Bullying Awareness (Required)", "HCA-REQ-19", "", "2025-05-06", "Completed"),
        ("Suture and Staple Removal", "HCA-CLN-22", "1.0", "2025-06-12", "Completed"),
        ("Tele-Triage with Nurse Protocols", "HCA-CLN-25", "2.0", "", "Not Started"),
        ("Hepatitis B Series Tracking", "HCA-CLN-09", "0.5", "2023-08-29", "Expired"),
        ("Prenatal Visit Intake Procedures", "HCA-OB-04", "1.25", "2025-09-23", "Completed"),
    ]
    cols = [
        Col("title", "Course Title", 226, wrap=True),
        Col("code", "Course Code", 78),
        Col("hrs", "Credit Hours", 70, "R"),
        Col("done", "Completion Date", 86),
        Col("st", "Status", 76),
    ]
    rows = [
        {"title": t, "code": k, "hrs": h, "done": dfmt(d, "dmy") if d else "", "st": s}
        for t, k, h, d, s in data
    ]
    look = Look(font="Mono", bold="Mono-Bold", size=8.5, pad=5, rules=HexColor("#bbbbbb"), head_rule=black)
    W, H = letter

    def head(c):
        c.setFont("Mono-Bold", 13)
        c.drawString(48, H - 56, "HARBORVIEW CLINICS ACADEMY")
        c.setFont("Mono", 9)
        c.drawString(48, H - 70, "Staff Education Record / Learning Transcript")
        c.drawString(48, H - 94, "Staff member .... Ivy K. Nakamura")
        c.drawString(48, H - 106, "Staff ID ........ HC-33016")
        c.drawString(48, H - 118, "Role ............ Medical Assistant (Float Pool)")
        c.drawString(330, H - 94, "Run date: 1-Dec-26")
        c.drawString(330, H - 106, "Range: 1-Jan-25 - 30-Sep-25")
        return H - 136

    def foot(c, n, total):
        c.setFont("Mono", 7.5)
        c.drawString(48, 34, "Printed 12/01/2026 - Harborview Clinics Academy")
        c.drawRightString(W - 48, 34, f"pg {n}/{total}")

    items = [(t, d, h, s) for t, _, h, d, s in data]
    publish(
        "doc06_scan.jpg",
        "scan",
        "lms",
        "Harborview Clinics Academy",
        lms_entries(items, "contact_hours"),
        lambda p: render(p, (W, H), cols, rows, look, head, head, foot),
        tilt=1.8,
        seed=606,
    )


# ==========================================================================
# college / continuing education
# ==========================================================================
def college_entries(items, unit, ok):
    return [entry(t, end, amt, unit) for (t, end, amt, grade) in items if grade in ok]


def doc07():
    """Community-college CE office, IACET CEUs, separate start/end columns."""
    data = [
        ("CPE 3102", "Medical Office Procedures Update", "2025-01-21", "2025-02-11", "1.2", "CR"),
        ("CPE 3140", "Basic Electrocardiography for Allied Health", "2025-02-04", "2025-03-05", "2.4", "CR"),
        (
            "CPE 3177",
            "Human Resources Essentials for Clinic Supervisors",
            "2025-03-03",
            "2025-03-24",
            "0.9",
            "W",
        ),
        (
            "CPE 3205",
            "Advanced Medical Terminology: Oncology and Hematology",
            "2025-04-07",
            "2025-05-12",
            "1.8",
            "CR",
        ),
        ("CPE 3210", "Customer Service in Health Care", "2025-05-17", "2025-05-17", "0.6", "CR"),
        ("CPE 3288", "Introduction to Medical Scribing", "2025-06-09", "2025-07-28", "3.0", "CR"),
        ("CPE 3301", "Ethics and Boundaries in Patient Care", "2025-09-08", "2025-09-29", "0.8", "CR"),
        ("CPE 3345", "Community Health Worker Foundations", "2025-10-06", "2025-12-15", "4.5", "IP"),
    ]
    cols = [
        Col("no", "Course No.", 66),
        Col("title", "Course Title", 212, wrap=True),
        Col("s", "Start Date", 78),
        Col("e", "End Date", 78),
        Col("ceu", "CEUs", 40, "R"),
        Col("g", "Grade", 42, "C"),
    ]
    rows = [
        {"no": n, "title": t, "s": dfmt(s, "short"), "e": dfmt(e, "short"), "ceu": u, "g": g}
        for n, t, s, e, u, g in data
    ]
    look = Look(
        font="Serif",
        bold="Serif-Bold",
        size=9,
        pad=6,
        head_fill=HexColor("#dfe9d6"),
        head_ink=HexColor("#2f4f1f"),
        grid=HexColor("#7c8f6f"),
        head_rule=None,
    )
    W, H = letter

    def head(c):
        c.setFillColor(HexColor("#2f4f1f"))
        c.setFont("Serif-Bold", 17)
        c.drawString(50, H - 56, "Riverbend Community College")
        c.setFont("Serif", 10)
        c.drawString(50, H - 71, "Center for Continuing & Professional Education")
        c.setFillColor(black)
        c.setFont("Serif-Bold", 11)
        c.drawString(50, H - 98, "Continuing Education Unit Record")
        c.setFont("Serif", 9)
        c.drawString(50, H - 116, "Learner: Marisol E. Quintanilla")
        c.drawString(50, H - 128, "Learner ID: RCC-CE-0457712")
        c.drawString(320, H - 116, "Record requested: Nov 28, 2026")
        c.drawString(320, H - 128, "Activity year: 2025")
        return H - 144

    def foot(c, n, total):
        c.setFont("Serif", 8)
        c.drawString(50, 32, "Printed 12/01/2026")
        c.drawRightString(W - 50, 32, f"Page {n} of {total}")

    def trailer(c, y):
        if c is None:
            return 50
        earned = dsum(u for *_, u, g in data if g == "CR")
        c.setFont("Serif-Bold", 9)
        c.drawString(58, y, f"CEUs earned: {earned}")
        c.setFont("Serif", 8.5)
        c.drawString(
            58,
            y - 14,
            "Riverbend Community College is accredited by IACET as an Accredited Provider. "
            "1.0 CEU = 10 contact hours.",
        )
        c.drawString(58, y - 26, "Grades: CR = credit awarded; W = withdrew; IP = in progress (no CEUs yet).")

    items = [(t, e, u, g) for _, t, _, e, u, g in data]
    publish(
        "doc07.pdf",
        "pdf",
        "college",
        "Riverbend Community College",
        college_entries(items, "ceu", {"CR"}),
        lambda p: render(p, (W, H), cols, rows, look, head, head, foot, trailer),
    )


def doc08():
    """Academic transcript with term bands, credits, 2 pages, landscape."""
    terms = [
        (
            "FALL 2023",
            "2023-08-28",
            "2023-12-15",
            [
                ("MAS 1010", "Orientation to Medical Assisting", "1.0", "A"),
                ("MAS 1120", "Medical Terminology I", "3.0", "A"),
                ("BSC 1084", "Essentials of Anatomy and Physiology", "4.0", "B"),
                ("ENC 1101", "Composition I", "3.0", "B+"),
                ("MAT 1033", "Intermediate Algebra", "3.0", "W"),
            ],
        ),
        (
            "SPRING 2024",
            "2024-01-08",
            "2024-05-03",
            [
                ("MAS 1210", "Clinical Medical Assisting I", "4.0", "A-"),
                ("MAS 1230", "Medical Office Management", "3.0", "A"),
                (
                    "MAS 1250",
                    "Pharmacology and Medication Administration for Medical Assistants",
                    "3.0",
                    "B+",
                ),
                ("HSC 1531", "Medical Law and Ethics", "2.0", "A"),
            ],
        ),
        (
            "SUMMER 2024",
            "2024-05-13",
            "2024-07-26",
            [
                ("MAS 1310", "Phlebotomy and Laboratory Procedures", "3.0", "A"),
                ("PSY 2012", "General Psychology", "3.0", "W"),
            ],
        ),
        (
            "FALL 2024",
            "2024-08-26",
            "2024-12-13",
            [
                ("MAS 2110", "Clinical Medical Assisting II", "4.0", "A"),
                ("MAS 2140", "Insurance, Billing and Coding", "3.0", "B"),
                ("MAS 2300", "Medical Assisting Practicum", "4.0", "IP"),
                ("SPC 1608", "Fundamentals of Speech", "3.0", "IP"),
            ],
        ),
    ]
    cols = [
        Col("no", "Course No.", 78),
        Col("title", "Course Title", 290, wrap=True),
        Col("dates", "Dates", 150),
        Col("cr", "Credits", 56, "R"),
        Col("g", "Grade", 50, "C"),
        Col("qp", "Quality Pts", 70, "R"),
    ]
    gp = {"A": 4, "A-": 3.7, "B+": 3.3, "B": 3.0}
    rows, items = [], []
    for name, s, e, courses in terms:
        rows.append({"band": f"{name}    ({dfmt(s, 'slash')} to {dfmt(e, 'slash')})"})
        att = ern = qpts = 0
        for no, t, cr, g in courses:
            q = f"{gp[g] * float(cr):.2f}" if g in gp else ""
            rows.append(
                {
                    "no": no,
                    "title": t,
                    "dates": f"{dfmt(s, 'slash')}-{dfmt(e, 'slash')}",
                    "cr": cr,
                    "g": g,
                    "qp": q,
                }
            )
            items.append((t, e, cr, g))
            if g in gp:
                att += float(cr)
                ern += float(cr)
                qpts += gp[g] * float(cr)
        if ern:
            rows.append(
                {
                    "no": "",
                    "title": f"Term: Attempted {att:.1f}  Earned {ern:.1f}  GPA {qpts / att:.2f}",
                    "dates": "",
                    "cr": "",
                    "g": "",
                    "qp": "",
                    "_font": "Sans-Bold",
                }
            )
        else:
            rows.append(
                {
                    "no": "",
                    "title": "Term: In progress",
                    "dates": "",
                    "cr": "",
                    "g": "",
                    "qp": "",
                    "_font": "Sans-Bold",
                }
            )
    look = Look(
        font="Sans",
        bold="Sans-Bold",
        size=9,
        pad=6,
        rules=HexColor("#c8c8c8"),
        head_rule=HexColor("#004d40"),
        head_ink=HexColor("#004d40"),
        band_fill=HexColor("#d7ebe8"),
    )
    W, H = landscape(letter)

    def head1(c):
        c.setStrokeColor(HexColor("#004d40"))
        c.setLineWidth(2)
        c.rect(40, H - 86, W - 80, 50, fill=0, stroke=1)
        c.setFillColor(HexColor("#004d40"))
        c.setFont("Sans-Bold", 18)
        c.drawString(54, H - 62, "EASTFIELD STATE COLLEGE")
        c.setFont("Sans", 9)
        c.drawString(54, H - 77, "Office of the Registrar  \u2022  Unofficial Academic Transcript")
        c.setFillColor(black)
        c.setFont("Sans", 9)
        c.drawRightString(W - 54, H - 55, "Student: Olivia R. Thibodeaux     ID: E02286614")
        c.drawRightString(W - 54, H - 68, "Program: A.S. Medical Assisting (MEDAS-AS)")
        c.drawRightString(W - 54, H - 81, "Date issued: 11/30/2026")
        return H - 100

    def head2(c):
        c.setFont("Sans-Bold", 10)
        c.setFillColor(HexColor("#004d40"))
        c.drawString(40, H - 44, "EASTFIELD STATE COLLEGE \u2014 Unofficial Academic Transcript (continued)")
        c.setFillColor(black)
        c.setFont("Sans", 9)
        c.drawRightString(W - 40, H - 44, "Olivia R. Thibodeaux  E02286614")
        return H - 58

    def foot(c, n, total):
        c.setFont("Sans", 7.5)
        c.drawString(
            40, 26, "Printed 12/01/2026   This transcript is unofficial and is issued to the student."
        )
        c.drawRightString(W - 40, 26, f"Page {n} of {total}")

    def trailer(c, y):
        if c is None:
            return 40
        c.setFont("Sans-Bold", 9)
        done = [(float(cr), gp[g]) for _, _, cr, g in items if g in gp]
        tot_cr = sum(x for x, _ in done)
        gpa = sum(x * q for x, q in done) / tot_cr
        c.drawString(46, y, f"Institutional totals:  Credits earned {tot_cr:.1f}   GPA {gpa:.2f}")
        c.setFont("Sans", 8)
        c.drawString(
            46,
            y - 14,
            "W = Withdrawn (no credit)   IP = In Progress   Quality points not computed for W or IP.",
        )

    publish(
        "doc08.pdf",
        "pdf",
        "college",
        "Eastfield State College",
        college_entries(items, "college_credits", set(gp)),
        lambda p: render(p, (W, H), cols, rows, look, head1, head2, foot, trailer, bottom=48),
    )


def doc09():
    """Technical institute CE, contact hours, landscape scan, ISO date ranges."""
    data = [
        (
            "Winter 2025",
            "2025-01-13",
            "2025-03-10",
            "HCE-105",
            "Medical Assistant Recertification Review",
            "S",
            "20",
        ),
        ("Winter 2025", "2025-02-01", "2025-02-01", "HCE-118", "Venipuncture Skills Check-Off", "S", "4"),
        (
            "Winter 2025",
            "2025-02-18",
            "2025-03-05",
            "HCE-121",
            "Ambulatory Care Pharmacology Update",
            "S",
            "12",
        ),
        (
            "Spring 2025",
            "2025-04-07",
            "2025-05-19",
            "HCE-140",
            "Introduction to Electronic Health Records Analytics",
            "W",
            "18",
        ),
        (
            "Spring 2025",
            "2025-04-12",
            "2025-04-26",
            "HCE-146",
            "Spanish Phrases for Clinic Check-In",
            "S",
            "6",
        ),
        (
            "Spring 2025",
            "2025-05-05",
            "2025-06-09",
            "HCE-152",
            "Chronic Disease Self-Management Program Leader Training",
            "S",
            "16",
        ),
        ("Fall 2025", "2025-09-15", "2025-11-17", "HCE-170", "Medical Coding Specialist Prep", "IP", "40"),
    ]
    cols = [
        Col("term", "Term", 72),
        Col("dates", "Dates", 150),
        Col("no", "Course No.", 66),
        Col("title", "Course Title", 270, wrap=True),
        Col("g", "Grade", 44, "C"),
        Col("hrs", "Contact Hrs", 70, "R"),
    ]
    rows = [
        {"term": tm, "dates": f"{s} \u2013 {e}", "no": n, "title": t, "g": g, "hrs": h}
        for tm, s, e, n, t, g, h in data
    ]
    look = Look(
        font="Sans",
        bold="Sans-Bold",
        size=9.5,
        pad=7,
        zebra=HexColor("#ededed"),
        head_fill=HexColor("#5b5b5b"),
        head_ink=white,
        head_rule=None,
    )
    W, H = landscape(letter)

    def head(c):
        c.setFont("Sans-Bold", 16)
        c.drawString(50, H - 50, "Granite Valley Technical Institute")
        c.setFont("Sans", 10)
        c.drawString(50, H - 65, "Continuing Education & Workforce Training \u2014 Student Course History")
        c.setFont("Sans", 9.5)
        c.drawString(50, H - 92, "Student: Derek W. Lindqvist    Student #: 771-20-4418")
        c.drawString(50, H - 105, "Enrolled since: 2021-08-16")
        c.drawRightString(W - 50, H - 92, "Courses shown: 2025-01-01 to 2025-12-31")
        return H - 120

    def foot(c, n, total):
        c.setFont("Sans", 8)
        c.drawString(50, 30, "Printed 12/01/2026")
        c.drawRightString(W - 50, 30, f"Page {n} of {total}")

    def trailer(c, y):
        if c is None:
            return 30
        earned = sum(int(h) for *_, g, h in data if g == "S")
        c.setFont("Sans-Bold", 9.5)
        c.drawString(56, y, f"Total contact hours completed: {earned}")
        c.setFont("Sans", 8.5)
        c.drawString(56, y - 14, "S = Satisfactory completion; W = Withdrawn; IP = In Progress.")

    items = [(t, e, h, g) for _, _, e, _, t, g, h in data]
    publish(
        "doc09_scan.jpg",
        "scan",
        "college",
        "Granite Valley Technical Institute",
        college_entries(items, "contact_hours", {"S"}),
        lambda p: render(p, (W, H), cols, rows, look, head, head, foot, trailer),
        tilt=0.8,
        seed=909,
    )


if __name__ == "__main__":
    for fn in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09):
        fn()
    with open(os.path.join(OUT, "expected.json"), "w") as fh:
        json.dump(RESULTS, fh, indent=2)
        fh.write("\n")
    print("wrote", len(RESULTS))
