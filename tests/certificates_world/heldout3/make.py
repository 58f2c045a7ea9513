"""Builds the heldout3 certificate corpus (32 invented CE certificates) and its expected.json.

    /work/main/.venv/bin/python tests/certificates_world/heldout3/make.py

Each certificate is written as HTML+CSS and printed with headless Chromium (the way LMS
certificates are produced).  Text PDFs are Chromium's output with the only varying bytes
(CreationDate / ModDate) pinned.  Phone photos and scans are the same pages rasterised with
pdftoppm and then degraded with Pillow using fixed seeds.  Reruns are byte-identical.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

HERE = Path(__file__).resolve().parent
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

# --------------------------------------------------------------------------------------------
# HTML helpers
# --------------------------------------------------------------------------------------------

BASE_CSS = """
html, body { margin: 0; padding: 0; }
* { box-sizing: border-box; }
body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page { position: relative; overflow: hidden; }
p { margin: 0; }
table { border-collapse: collapse; }
"""


def page(orient: str, css: str, body: str) -> str:
    if orient == "landscape":
        w, h = "11in", "8.5in"
    else:
        w, h = "8.5in", "11in"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Certificate</title>
<style>
@page {{ size: {w} {h}; margin: 0; }}
{BASE_CSS}
.page {{ width: {w}; height: {h}; }}
{css}
</style></head><body><div class="page">
{body}
</div></body></html>
"""


def signature(seed: int, width: int = 200, height: int = 50, color: str = "#1b2a5a") -> str:
    """An inline-SVG scribble that looks like a handwritten signature."""
    rnd = random.Random(seed)
    x = 6.0
    base = height * 0.62
    y = base
    d = [f"M{x:.1f},{y:.1f}"]
    while x < width - 24:
        dx = rnd.uniform(9, 34)
        up = rnd.uniform(4, height * 0.58) * rnd.choice((1, 1, 0.5))
        back = rnd.uniform(-12, 4) if rnd.random() < 0.35 else rnd.uniform(0, dx * 0.3)
        c1 = (x + back, y - up)
        c2 = (x + dx * rnd.uniform(0.4, 1.1), y + rnd.uniform(-2, height * 0.3))
        x += dx
        y = base + rnd.uniform(-7, 7) - (x / width) * rnd.uniform(0, 6)
        d.append(f"C{c1[0]:.1f},{c1[1]:.1f} {c2[0]:.1f},{c2[1]:.1f} {x:.1f},{y:.1f}")
    # underline flourish
    d.append(f"M{width*0.1:.1f},{height*0.85:.1f} Q{width*0.5:.1f},{height*0.7:.1f} {width*0.92:.1f},{height*0.8:.1f}")
    return (
        f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg"><path d="{" ".join(d)}" fill="none" '
        f'stroke="{color}" stroke-width="1.6" stroke-linecap="round"/></svg>'
    )


def sigblock(seed: int, name: str, role: str, width: int = 220) -> str:
    return (
        f'<div class="sig" style="width:{width}px;display:inline-block;text-align:center;'
        f'vertical-align:bottom;margin:0 24px">{signature(seed, width - 20, 48)}'
        f'<div style="border-top:1px solid #333;padding-top:4px;font-size:12px">'
        f'<b>{name}</b><br>{role}</div></div>'
    )


def seal(text_top: str, text_mid: str, color: str = "#9c7a1f", size: int = 110) -> str:
    return (
        f'<div style="width:{size}px;height:{size}px;border-radius:50%;border:4px double {color};'
        f'color:{color};display:flex;flex-direction:column;align-items:center;justify-content:center;'
        f'font-family:DejaVu Sans Condensed;font-size:10px;text-align:center;letter-spacing:1px;'
        f'background:radial-gradient(circle,#fff8e0 0,#f3e2a8 70%,#e8cf7d 100%)">'
        f'<div>{text_top}</div><div style="font-size:20px;font-weight:bold;margin:3px 0">{text_mid}</div>'
        f'<div>★ ★ ★</div></div>'
    )


# --------------------------------------------------------------------------------------------
# The certificates
# --------------------------------------------------------------------------------------------

CERTS: list[dict] = []


def cert(file, kind, html, expected, render=None, pdf_date=None):
    exp = {"kind": kind}
    exp.update(expected)
    CERTS.append(dict(file=file, kind=kind, html=html, expected=exp, render=render or {}, pdf_date=pdf_date))


# 01 -- LMS certificate, provider as logo, AAMA prior-approval wording, ISO timestamps ------------
cert(
    "01-harborlight-vis-documentation.pdf",
    "pdf",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Sans'; color: #1f2d3d; background: #fff; }
.top { height: 92px; background: #f4f7fb; border-bottom: 3px solid #1e6fb8; display: flex;
       align-items: center; justify-content: space-between; padding: 0 44px; }
.logo { display: flex; align-items: center; gap: 12px; }
.logo .mark { width: 54px; height: 54px; background: #1e6fb8; border-radius: 8px; color: #fff;
       font: bold 30px 'DejaVu Serif'; display: flex; align-items: center; justify-content: center; }
.logo .t1 { font: bold 22px 'DejaVu Sans'; letter-spacing: 4px; color: #1e6fb8; }
.logo .t2 { font-size: 12px; color: #4a5a6a; }
.cid { font-size: 11px; color: #667; text-align: right; line-height: 1.5; }
.main { padding: 34px 90px 0; text-align: center; }
h1 { font: 300 40px 'DejaVu Sans'; margin: 0 0 10px; letter-spacing: 1px; }
.lbl { font-size: 14px; color: #556; margin: 10px 0; }
.name { font: bold 36px 'DejaVu Serif'; margin: 6px 0 14px; color: #0f3d6e; }
.title { font: bold 25px 'DejaVu Sans'; width: 720px; margin: 0 auto; line-height: 1.3; }
.cnum { font-size: 12px; color: #778; margin-top: 6px; }
.approval { margin: 20px auto 0; width: 760px; font-size: 12.5px; border: 1px solid #c9d6e6;
       background: #f8fbff; padding: 10px 16px; line-height: 1.5; }
.bottom { position: absolute; left: 70px; right: 70px; bottom: 38px; display: flex;
       justify-content: space-between; align-items: flex-end; font-size: 12px; }
.dates td { padding: 2px 8px 2px 0; }
.powered { font-size: 11px; color: #8a96a3; }
.powered b { color: #e4572e; font-size: 14px; }
""",
        f"""
<div class="top">
  <div class="logo"><div class="mark">H</div><div><div class="t1">HARBORLIGHT</div>
  <div class="t2">Medical Assistant Education, LLC</div></div></div>
  <div class="cid">Certificate ID: CN-2025-0303-77154<br>Verify at coursenest.example/verify</div>
</div>
<div class="main">
  <h1>Certificate of Completion</h1>
  <div class="lbl">This certifies that</div>
  <div class="name">Danielle R. Whitfield</div>
  <div class="lbl">has successfully completed the online course</div>
  <div class="title">Documenting Vaccine Administration and VIS Delivery in the Electronic Health Record</div>
  <div class="cnum">Course ID: HMAE-VX-204 &nbsp;·&nbsp; Self-paced, on demand</div>
  <div class="approval">This program has been granted prior approval by the American Association of
  Medical Assistants (AAMA) for <b>1 clinical</b> continuing education unit (CEU). Granting of prior
  approval in no way constitutes endorsement by AAMA of the program content or the program's sponsor.</div>
</div>
<div class="bottom">
  <table class="dates">
    <tr><td>Enrolled:</td><td>2025-02-26 09:05 EST</td></tr>
    <tr><td><b>Completed:</b></td><td><b>2025-03-03 14:22 EST</b></td></tr>
    <tr><td>Certificate generated:</td><td>2025-03-05 08:47 EST</td></tr>
  </table>
  {sigblock(101, 'Renata Okafor, CMA (AAMA)', 'Education Director')}
  <div class="powered">Powered by<br><b>CourseNest</b> LMS</div>
</div>
""",
    ),
    dict(
        title="Documenting Vaccine Administration and VIS Delivery in the Electronic Health Record",
        provider="Harborlight Medical Assistant Education, LLC",
        completed_on="2025-03-03",
        amount="1",
        unit="aama_ceu",
        aama_approved=True,
        category="clinical",
        notes="LMS (CourseNest) vs logo provider; AAMA prior-approval sentence '1 clinical CEU'; "
        "enrolled/generated timestamps; 2-line title",
    ),
    pdf_date="20250305134700",
)

# 02 -- state society conference, three days, split categories ------------------------------
_sessions_02 = [
    ("Oct 16", "Keynote: The Medical Assistant as Care Team Anchor", "General", "1.0"),
    ("Oct 16", "Navigating Payer Portals and Eligibility Checks", "Administrative", "1.0"),
    ("Oct 17", "Spirometry Coaching and Quality Checks", "Clinical", "1.5"),
    ("Oct 17", "Vaccine Storage and Handling Update", "Clinical", "1.5"),
    ("Oct 18", "Generational Communication in the Workplace", "General", "1.0"),
    ("Oct 18", "Front Desk Collections and Financial Counseling", "Administrative", "0.5"),
]
cert(
    "02-lonepine-annual-conference.pdf",
    "pdf",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Serif'; color: #222; padding: 0.35in; }
.frame { height: 100%; border: 10px solid #2f4f3a; outline: 2px solid #2f4f3a; outline-offset: -18px;
         padding: 40px 46px; position: relative;
         background: repeating-linear-gradient(45deg,#fbfaf4 0 12px,#f6f4ea 12px 24px); }
.inner { background: #fffef9; border: 1px solid #b9b08a; padding: 26px 30px; height: 100%; }
.org { text-align: center; font: bold 19px 'DejaVu Serif'; color: #2f4f3a; letter-spacing: 1px; }
.orn { text-align: center; color: #2f4f3a; font-size: 18px; margin: 4px 0; }
h1 { text-align: center; font: italic 34px 'DejaVu Serif'; margin: 10px 0 4px; }
.ev { text-align: center; font: bold 21px 'DejaVu Serif'; margin-top: 14px; }
.where { text-align: center; font-size: 13px; color: #555; margin-top: 4px; }
.name { text-align: center; font: bold 30px 'DejaVu Serif'; margin: 16px 0 6px; }
.lbl { text-align: center; font-size: 13px; color: #444; }
table.s { width: 100%; margin-top: 16px; font: 11.5px 'DejaVu Sans'; }
table.s th { background: #2f4f3a; color: #fff; padding: 5px; text-align: left; }
table.s td { border-bottom: 1px solid #d4cfb8; padding: 4px 5px; }
table.s td.n { text-align: right; }
table.t { margin: 12px auto 0; font: 12px 'DejaVu Sans'; }
table.t td { border: 1px solid #2f4f3a; padding: 4px 12px; text-align: center; }
.stmt { font: 11px 'DejaVu Sans'; margin-top: 12px; line-height: 1.45; color: #333; }
.sigs { margin-top: 18px; text-align: center; }
""",
        f"""
<div class="frame"><div class="inner">
  <div class="org">LONE PINE STATE SOCIETY OF MEDICAL ASSISTANTS</div>
  <div class="orn">❦ ✦ ❦</div>
  <h1>Certificate of Attendance</h1>
  <div class="ev">58th Annual Educational Conference</div>
  <div class="where">Cedar Falls Convention Center &nbsp;·&nbsp; October 16–18, 2025</div>
  <div class="lbl" style="margin-top:14px">awarded to</div>
  <div class="name">Priya N. Castellanos, CMA (AAMA)</div>
  <div class="lbl">for attendance at the following verified sessions</div>
  <table class="s"><tr><th>Date</th><th>Session</th><th>Category</th><th>AAMA CEUs</th></tr>
  {''.join(f'<tr><td>{a}</td><td>{b}</td><td>{c}</td><td class="n">{d}</td></tr>' for a, b, c, d in _sessions_02)}
  </table>
  <table class="t"><tr><td>Administrative<br><b>1.5</b></td><td>Clinical<br><b>3.0</b></td>
  <td>General<br><b>2.0</b></td><td>Total AAMA CEUs<br><b>6.5</b></td></tr></table>
  <div class="stmt">This program has been granted prior approval by the American Association of Medical
  Assistants (AAMA) for 6.5 continuing education units: 1.5 administrative, 3.0 clinical and
  2.0 general. Credit is awarded only for sessions verified by room monitors.</div>
  <div class="sigs">{sigblock(202, 'Evelyn Marsh, CMA (AAMA)', 'CEU Chair', 230)}{sigblock(203, 'Robert Quinlan, CMA (AAMA)', 'Society President', 230)}</div>
  <div class="lbl" style="margin-top:8px;font-size:11px">Signed 10/24/2025</div>
</div></div>
""",
    ),
    dict(
        title="58th Annual Educational Conference",
        provider="Lone Pine State Society of Medical Assistants",
        completed_on="2025-10-18",
        amount="6.5",
        unit="aama_ceu",
        aama_approved=True,
        category=None,
        categories={"administrative": "1.5", "clinical": "3.0", "general": "2.0"},
        notes="three-day range Oct 16-18; six sessions with per-session CEUs; 3-way split; venue; "
        "signed date",
    ),
    pdf_date="20251024160000",
)

# 03 -- webinar, title after 'for successful completion of', approval table ---------------------
cert(
    "03-bluestem-prior-auth-webinar.pdf",
    "pdf",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Sans'; color: #2a2a2a; background: #fff; padding: 0.3in; }
.box { height: 100%; border: 3px solid #6b4f9e; padding: 30px 60px; position: relative; }
.corner { position: absolute; width: 60px; height: 60px; border: 6px solid #c9b8e8; }
.c1 { top: 8px; left: 8px; border-right: none; border-bottom: none; }
.c2 { top: 8px; right: 8px; border-left: none; border-bottom: none; }
.c3 { bottom: 8px; left: 8px; border-right: none; border-top: none; }
.c4 { bottom: 8px; right: 8px; border-left: none; border-top: none; }
.logo { font: bold 30px 'DejaVu Sans'; color: #6b4f9e; letter-spacing: 8px; text-align: center; }
.logo2 { font: 13px 'DejaVu Sans'; letter-spacing: 3px; text-align: center; color: #555; }
h1 { font: 38px 'DejaVu Serif'; text-align: center; margin: 24px 0 6px; color: #3b2a63; }
.c { text-align: center; font-size: 15px; margin: 6px 0; }
.name { text-align: center; font: italic bold 40px 'DejaVu Serif'; margin: 8px 0; }
.title { text-align: center; font: bold 24px 'DejaVu Sans'; margin: 8px 0; }
.when { text-align: center; font-size: 13px; color: #555; }
table.ap { margin: 16px auto 0; font-size: 13px; }
table.ap th { background: #ece6f7; border: 1px solid #6b4f9e; padding: 5px 16px; }
table.ap td { border: 1px solid #6b4f9e; padding: 5px 16px; text-align: center; }
.stmt { text-align: center; font-size: 11.5px; margin-top: 8px; color: #444; }
.sigs { position: absolute; bottom: 34px; left: 0; right: 0; text-align: center; }
.iss { position: absolute; bottom: 14px; right: 40px; font-size: 11px; color: #666; }
""",
        f"""
<div class="box"><div class="corner c1"></div><div class="corner c2"></div><div class="corner c3"></div><div class="corner c4"></div>
  <div class="logo">BLUESTEM</div><div class="logo2">PRACTICE MANAGEMENT INSTITUTE</div>
  <h1>Certificate of Achievement</h1>
  <div class="c">is hereby awarded to</div>
  <div class="name">Keisha L. Monroe</div>
  <div class="c">for successful completion of</div>
  <div class="title">Prior Authorization Workflows for Specialty Medications</div>
  <div class="when">Live webinar &nbsp;·&nbsp; Thursday, June 12, 2025 &nbsp;·&nbsp; 12:00–1:30 p.m. CT &nbsp;·&nbsp; Program No. BPMI-W-0612</div>
  <table class="ap"><tr><th>AAMA CEUs</th><th>Category</th></tr><tr><td>1.5</td><td>Administrative</td></tr></table>
  <div class="stmt">This webinar is approved for 1.5 AAMA CEUs in the Administrative category.</div>
  <div class="sigs">{sigblock(301, 'Marcus T. Delgado, MBA', 'President')}{sigblock(302, 'Lynn Abernathy, CMA (AAMA)', 'CE Coordinator')}</div>
  <div class="iss">Date issued: June 13, 2025</div>
</div>
""",
    ),
    dict(
        title="Prior Authorization Workflows for Specialty Medications",
        provider="Bluestem Practice Management Institute",
        completed_on="2025-06-12",
        amount="1.5",
        unit="aama_ceu",
        aama_approved=True,
        category="administrative",
        notes="'for successful completion of'; approval as a table; provider split across two logo "
        "lines; issued next day; program number",
    ),
    pdf_date="20250613150000",
)

# 04 -- NHA CE credits, ALL CAPS title, dd-Mon-yy ----------------------------------------------
cert(
    "04-sagebrush-order-of-draw-nha.pdf",
    "pdf",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Sans Condensed'; color: #333; background: #fff; }
.band { height: 150px; background: linear-gradient(135deg,#a0522d,#d2915a); color: #fff; padding: 34px 54px; }
.band .l1 { font: bold 34px 'DejaVu Sans'; letter-spacing: 6px; }
.band .l2 { font: 16px 'DejaVu Sans'; letter-spacing: 2px; margin-top: 4px; }
.body { padding: 40px 60px; text-align: center; }
h1 { font: bold 23px 'DejaVu Sans'; letter-spacing: 3px; margin: 10px 0 30px; color: #a0522d; }
.c { font-size: 16px; margin: 10px 0; }
.name { font: bold 46px 'DejaVu Serif'; margin: 10px 0 20px; color: #222; }
.title { font: bold 25px 'DejaVu Sans'; letter-spacing: 1px; margin: 16px 0 30px; line-height: 1.35; }
table.f { margin: 10px auto; font-size: 15px; text-align: left; }
table.f td { padding: 6px 16px; border-bottom: 1px dotted #aaa; }
.stmt { font-size: 12px; color: #555; margin-top: 30px; line-height: 1.5; }
.sig { margin-top: 30px; }
.foot { position: absolute; bottom: 26px; left: 0; right: 0; text-align: center; font-size: 10.5px; color: #888; }
""",
        f"""
<div class="band"><div class="l1">SAGEBRUSH</div><div class="l2">CAREER LEARNING</div></div>
<div class="body">
  <h1>CERTIFICATE OF CONTINUING EDUCATION</h1>
  <div class="c">This is to certify that</div>
  <div class="name">Tomás E. Reyes</div>
  <div class="c">has earned <b>1.5 NHA CE credits</b> for completing</div>
  <div class="title">PHLEBOTOMY ORDER OF DRAW AND<br>SPECIMEN INTEGRITY</div>
  <table class="f">
    <tr><td>Date completed</td><td><b>14-Aug-25</b></td></tr>
    <tr><td>Date printed</td><td>19-Aug-25</td></tr>
    <tr><td>NHA CE credits</td><td><b>1.5</b></td></tr>
    <tr><td>Certificate ID</td><td>SCL-88213-NH</td></tr>
  </table>
  <div class="stmt">Credits may be submitted to the National Healthcareer Association (NHA) toward
  certification renewal. Keep this certificate for your records.</div>
  <div class="sig">{sigblock(401, 'Denise Harlow', 'Director of Curriculum', 240)}</div>
</div>
<div class="foot">Sagebrush Career Learning · 2210 Mesa Blvd, Juniper Flats, NV · Course code PHL-ODR-15</div>
""",
    ),
    dict(
        title="Phlebotomy Order of Draw and Specimen Integrity",
        provider="Sagebrush Career Learning",
        completed_on="2025-08-14",
        amount="1.5",
        unit="nha_credit",
        aama_approved=False,
        category=None,
        notes="ALL CAPS title over 2 lines; '14-Aug-25' with printed date; logo split over two lines",
    ),
    pdf_date="20250819101500",
)

# 05 -- IACET CEUs with contact-hour equivalent; community college; date range -----------------
cert(
    "05-cardinal-ridge-terminology-iacet.pdf",
    "pdf",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Serif'; color: #222; padding: 0.4in; background: #fff; }
.b { height: 100%; border: 2px solid #8b1a1a; padding: 6px; }
.b2 { height: 100%; border: 1px solid #8b1a1a; padding: 30px 60px; text-align: center; position: relative; }
.col { font: bold 28px 'DejaVu Serif'; color: #8b1a1a; }
.dept { font: 14px 'DejaVu Sans'; letter-spacing: 2px; color: #555; margin-top: 4px; }
h1 { font: 36px 'DejaVu Serif'; margin: 26px 0 12px; }
.c { font-size: 15px; margin: 6px 0; }
.name { font: bold 34px 'DejaVu Serif'; margin: 8px 0 10px; }
.title { font: bold 22px 'DejaVu Sans'; margin: 8px 0 6px; }
.meta { font: 12.5px 'DejaVu Sans'; color: #444; }
.ceu { display: inline-block; margin-top: 18px; border: 2px solid #8b1a1a; padding: 8px 30px; }
.ceu b { font-size: 28px; color: #8b1a1a; }
.stmt { font: 11px 'DejaVu Sans'; color: #444; margin: 16px 60px 0; line-height: 1.45; }
.bot { position: absolute; left: 40px; right: 40px; bottom: 24px; display: flex; justify-content: space-between; align-items: flex-end; font: 12px 'DejaVu Sans'; }
""",
        f"""
<div class="b"><div class="b2">
  <div class="col">Cardinal Ridge Community College</div>
  <div class="dept">OFFICE OF WORKFORCE &amp; CONTINUING EDUCATION</div>
  <h1>Certificate of Completion</h1>
  <div class="c">presented to</div>
  <div class="name">Jasmine K. Thibodeaux</div>
  <div class="c">who has satisfactorily completed</div>
  <div class="title">Medical Terminology Refresher for Healthcare Support Staff</div>
  <div class="meta">Course No. WFD-HLT 1107 &nbsp;·&nbsp; Mondays, September 8 – September 29, 2025 (4 sessions)</div>
  <div class="ceu"><b>0.6</b> IACET CEUs &nbsp;<span style="font:13px 'DejaVu Sans'">(6.0 contact hours)</span></div>
  <div class="stmt">Cardinal Ridge Community College is accredited by the International Accreditors for Continuing
  Education and Training (IACET) and is authorized to issue the IACET CEU.</div>
  <div class="bot"><div style="text-align:left">Issued: October 2, 2025<br>Record No. 25F-00917</div>
  {sigblock(501, 'Gregory Amador, EdD', 'Dean, Workforce &amp; Continuing Education', 280)}</div>
</div></div>
""",
    ),
    dict(
        title="Medical Terminology Refresher for Healthcare Support Staff",
        provider="Cardinal Ridge Community College",
        completed_on="2025-09-29",
        amount="0.6",
        unit="iacet_ceu",
        aama_approved=False,
        category=None,
        notes="IACET CEU with contact-hour equivalent; 4-session range (last day); issued date; "
        "department folded into college",
    ),
    pdf_date="20251002120000",
)

# 06 -- vendor product training, no credit, expiry -----------------------------------------
cert(
    "06-verano-a1c-analyzer-training.pdf",
    "pdf",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Sans'; color: #202020; padding: 60px 70px; background: #fff; }
.hdr { display: flex; justify-content: space-between; align-items: center; border-bottom: 4px solid #00897b; padding-bottom: 14px; }
.lg { font: bold 30px 'DejaVu Sans'; color: #00897b; letter-spacing: 2px; }
.lg small { display: block; font: 12px 'DejaVu Sans'; letter-spacing: 5px; color: #333; }
.doc { font-size: 11px; color: #777; text-align: right; }
h1 { font: bold 30px 'DejaVu Sans'; margin: 60px 0 30px; color: #004d40; }
table.f { width: 100%; font-size: 15px; }
table.f td { padding: 11px 6px; border-bottom: 1px solid #d0d0d0; vertical-align: top; }
table.f td.k { width: 36%; color: #555; }
.note { margin-top: 36px; padding: 14px 18px; background: #f1f8f7; border-left: 5px solid #00897b; font-size: 13px; line-height: 1.5; }
.sig { margin-top: 60px; }
.foot { position: absolute; bottom: 40px; left: 70px; right: 70px; font-size: 10px; color: #888; border-top: 1px solid #ccc; padding-top: 6px; }
""",
        f"""
<div class="hdr"><div class="lg">VERANO<small>DIAGNOSTICS, INC.</small></div>
<div class="doc">Form TR-114 rev. C<br>Field Applications</div></div>
<h1>Operator Training Certificate</h1>
<table class="f">
<tr><td class="k">Trainee</td><td><b>Ashley M. Brandt</b></td></tr>
<tr><td class="k">Product / course</td><td><b>CliniQuick A1c Analyzer Operator Training</b></td></tr>
<tr><td class="k">Training date</td><td>2024-07-22</td></tr>
<tr><td class="k">Training site</td><td>Oakmont Family Practice, Suite 200</td></tr>
<tr><td class="k">Trainer</td><td>Glen Fairweather, Field Application Specialist</td></tr>
<tr><td class="k">Operator certification valid until</td><td>2026-07-22</td></tr>
</table>
<div class="note">The trainee has demonstrated daily quality control, cartridge handling, patient testing and
result documentation on the CliniQuick A1c analyzer. This product training does not award continuing
education credit.</div>
<div class="sig">{sigblock(601, 'Glen Fairweather', 'Field Application Specialist', 260)}</div>
<div class="foot">Verano Diagnostics, Inc. · CliniQuick is a trademark of Verano Diagnostics, Inc. · For in-vitro diagnostic use</div>
""",
    ),
    dict(
        title="CliniQuick A1c Analyzer Operator Training",
        provider="Verano Diagnostics, Inc.",
        completed_on="2024-07-22",
        amount=None,
        unit=None,
        aama_approved=False,
        category=None,
        notes="vendor product training, explicitly no CE credit; 'valid until' date; training site",
    ),
    pdf_date="20240722170000",
)

# 07 -- contact hours; AAMA approval pending ------------------------------------------------
cert(
    "07-mesaverde-heat-illness-pending.pdf",
    "pdf",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Sans'; color: #2d2d2d; background: #fffaf3; }
.side { position: absolute; left: 0; top: 0; bottom: 0; width: 190px; background: #b5543c; color: #fff; padding: 40px 20px; }
.side .m { font: bold 22px 'DejaVu Serif'; line-height: 1.25; }
.side .s { font-size: 12px; margin-top: 10px; line-height: 1.4; opacity: .9; }
.main { position: absolute; left: 230px; right: 50px; top: 50px; }
h1 { font: 36px 'DejaVu Serif'; margin: 0 0 20px; color: #7a2e1c; }
.c { font-size: 15px; margin: 6px 0; }
.name { font: bold 34px 'DejaVu Sans'; margin: 8px 0 18px; }
.title { font: bold 23px 'DejaVu Serif'; margin: 6px 0 16px; }
table.f { font-size: 14px; }
table.f td { padding: 5px 20px 5px 0; }
.pend { margin-top: 18px; border: 1px dashed #b5543c; padding: 10px 14px; font-size: 12.5px; width: 620px; line-height: 1.45; }
.sig { position: absolute; left: 230px; bottom: 40px; }
""",
        f"""
<div class="side"><div class="m">Mesa Verde Clinical Educators</div><div class="s">Continuing education for the ambulatory care team since 2011</div></div>
<div class="main">
  <h1>Certificate of Completion</h1>
  <div class="c">Awarded to</div>
  <div class="name">Coralie B. Nwosu</div>
  <div class="c">for completing the live webinar</div>
  <div class="title">Heat-Related Illness: Telephone Triage in the Summer Months</div>
  <table class="f"><tr><td>Webinar date:</td><td><b>07/09/2025</b></td></tr>
  <tr><td>Contact hours:</td><td><b>2.0</b></td></tr></table>
  <div class="pend"><b>AAMA CEU approval: PENDING.</b> An application for 2.0 AAMA CEUs has been submitted to the
  American Association of Medical Assistants. If approval is granted, an updated certificate will be issued.</div>
</div>
<div class="sig">{sigblock(701, 'Teresa Villanueva, RN, MSN', 'Program Director', 250)}</div>
""",
    ),
    dict(
        title="Heat-Related Illness: Telephone Triage in the Summer Months",
        provider="Mesa Verde Clinical Educators",
        completed_on="2025-07-09",
        amount="2.0",
        unit="contact_hours",
        aama_approved=False,
        category=None,
        notes="AAMA approval pending (2.0 AAMA CEUs applied for) -> contact hours only; side-bar provider",
    ),
    pdf_date="20250710093000",
)

# 08 -- invented BLS eCard -------------------------------------------------------------------
cert(
    "08-heartline-bls-ecard.pdf",
    "pdf",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Sans'; color: #222; background: #fff; padding: 50px 60px; }
.hint { font-size: 12px; color: #666; margin-bottom: 16px; }
.cards { display: flex; gap: 18px; }
.card { width: 3.5in; height: 2.2in; border: 1px solid #999; border-radius: 10px; overflow: hidden; position: relative; font-size: 9.5px; }
.front .top { background: #0b3d91; color: #fff; padding: 8px 10px; }
.front .top .o { font: bold 10.5px 'DejaVu Sans'; letter-spacing: 1px; }
.front .top .p { font: bold 15px 'DejaVu Sans'; margin-top: 3px; }
.heart { position: absolute; right: 10px; top: 8px; font-size: 28px; color: #ff5a5f; }
.front .rows { padding: 8px 10px; line-height: 1.55; }
.back { padding: 8px 10px; line-height: 1.45; }
.back td { padding: 1px 6px 1px 0; font-size: 9.5px; }
.text { margin-top: 30px; font-size: 12.5px; line-height: 1.6; }
.qr { display: inline-block; width: 80px; height: 80px; background:
  repeating-linear-gradient(90deg,#000 0 6px,#fff 6px 10px), #000; float: right; margin-left: 20px; }
""",
        """
<div class="hint">Print this page and cut along the card outlines. eCard code: HRC-7Q4K-22PX</div>
<div class="cards">
  <div class="card front"><div class="top"><div class="o">HEARTLINE RESUSCITATION COUNCIL</div>
    <div class="p">Basic Life Support Provider</div></div><div class="heart">♥</div>
    <div class="rows">
      <div><b>Jordan K. Pike</b></div>
      <div>Course completion: <b>11/14/2024</b></div>
      <div>Issue date: 11/18/2024</div>
      <div>Recommended renewal: 11/2026</div>
      <div>eCard code: HRC-7Q4K-22PX</div>
    </div></div>
  <div class="card back"><table>
      <tr><td>Training Site:</td><td>Summit Ridge CPR Training Center</td></tr>
      <tr><td>Site ID:</td><td>TS-55120</td></tr>
      <tr><td>Instructor:</td><td>Alana Brooks</td></tr>
      <tr><td>Instructor ID:</td><td>HR-40317</td></tr>
      <tr><td>Holder signature:</td><td>________________</td></tr>
    </table>
    <div style="margin-top:6px;font-size:8.5px">Verify at heartline-rc.example/ecards</div></div>
</div>
<div class="text"><span class="qr"></span>
This card verifies that the holder has successfully completed the cognitive and skills evaluations in
accordance with the curriculum of the Heartline Resuscitation Council Basic Life Support (CPR and AED)
program. Course content is consistent with the current AHA Guidelines for CPR and ECC.
<br><br>Heartline Resuscitation Council · 88 Pulse Avenue, Brookhaven, OH</div>
""",
    ),
    dict(
        title="Basic Life Support Provider",
        provider="Heartline Resuscitation Council",
        completed_on="2024-11-14",
        amount="1",
        unit="cpr_card",
        aama_approved=False,
        category="clinical",
        notes="invented eCard layout (front/back); training site is not provider; issue + renewal dates; "
        "AHA guidelines mention",
    ),
    pdf_date="20241118080000",
)

# 09 -- Spanish constancia ------------------------------------------------------------------
cert(
    "09-valle-constancia-punzocortantes.pdf",
    "pdf",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Serif'; color: #1d1d1d; background: #fff; padding: 0.3in; }
.fr { height: 100%; border: 14px solid transparent; padding: 30px 60px; text-align: center; position: relative;
      border-image: repeating-linear-gradient(45deg,#006b5f 0 10px,#e3b23c 10px 20px) 14; }
.inst { font: bold 22px 'DejaVu Serif'; color: #006b5f; }
h1 { font: bold 34px 'DejaVu Sans'; letter-spacing: 4px; margin: 28px 0 14px; }
.c { font-size: 16px; margin: 8px 0; }
.name { font: italic bold 38px 'DejaVu Serif'; margin: 12px 0; color: #004d44; }
.title { font: bold 24px 'DejaVu Serif'; margin: 10px 60px; }
.p { font-size: 15px; margin: 14px 40px; line-height: 1.5; }
.exp { font-size: 13px; margin-top: 10px; color: #444; }
.sigs { position: absolute; bottom: 30px; left: 0; right: 0; }
""",
        f"""
<div class="fr">
  <div class="inst">Instituto de Capacitación en Salud Comunitaria del Valle</div>
  <h1>CONSTANCIA DE PARTICIPACIÓN</h1>
  <div class="c">Se otorga la presente a</div>
  <div class="name">María Fernanda Quiroga Luna</div>
  <div class="c">por haber completado satisfactoriamente el taller</div>
  <div class="title">Manejo Seguro de Objetos Punzocortantes en la Consulta Externa</div>
  <div class="p">realizado el 15 de mayo de 2025, con una duración de <b>4 horas de contacto</b>.</div>
  <div class="exp">Expedida en San Benito, Texas, el 20/05/2025.</div>
  <div class="sigs">{sigblock(901, 'Lic. Ana Sofía Treviño', 'Directora Académica', 250)}{sigblock(902, 'Enf. Rogelio Cantú', 'Instructor', 250)}</div>
</div>
""",
    ),
    dict(
        title="Manejo Seguro de Objetos Punzocortantes en la Consulta Externa",
        provider="Instituto de Capacitación en Salud Comunitaria del Valle",
        completed_on="2025-05-15",
        amount="4",
        unit="contact_hours",
        aama_approved=False,
        category=None,
        notes="Spanish only; date in words '15 de mayo de 2025'; issue date dd/mm/yyyy; decorative border",
    ),
    pdf_date="20250520110000",
)

# 10 -- letter with quoted title in a sentence ---------------------------------------------
cert(
    "10-juniper-hollow-phone-screening-letter.pdf",
    "pdf",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Serif'; color: #222; padding: 70px 90px; background: #fff; font-size: 14.5px; line-height: 1.6; }
.lh { border-bottom: 2px solid #5b7f3a; padding-bottom: 10px; margin-bottom: 40px; }
.lh .n { font: bold 26px 'DejaVu Sans'; color: #5b7f3a; }
.lh .a { font: 11.5px 'DejaVu Sans'; color: #555; }
p { margin: 0 0 16px; }
.sig { margin-top: 30px; }
""",
        f"""
<div class="lh"><div class="n">Juniper Hollow Family Medicine</div>
<div class="a">1450 Ridgeway Drive · Alder Springs, OR · Tel (555) 014-2280 · Fax (555) 014-2281</div></div>
<p>February 3, 2025</p>
<p>To Whom It May Concern:</p>
<p>This letter confirms that Marisol Ortega, CMA (AAMA), attended the in-person workshop
“Telephone Screening Essentials for the Front Desk” presented by the Juniper Hollow Family Medicine
Staff Development Committee on Saturday, January 25, 2025, and earned 3.0 contact hours of continuing
education.</p>
<p>The workshop covered call triage protocols, red-flag symptoms, documentation of telephone encounters
and escalation to clinical staff. This workshop was not submitted for AAMA CEU approval.</p>
<p>Please contact our office if further verification is needed.</p>
<p>Sincerely,</p>
<div class="sig">{signature(1001, 220, 50)}<br>Howard Lin, MD<br>Medical Director</div>
""",
    ),
    dict(
        title="Telephone Screening Essentials for the Front Desk",
        provider="Juniper Hollow Family Medicine",
        completed_on="2025-01-25",
        amount="3.0",
        unit="contact_hours",
        aama_approved=False,
        category=None,
        notes="verification letter; title only in curly quotes inside a sentence; letter date; "
        "'not submitted for AAMA CEU approval'; committee folded into practice",
    ),
    pdf_date="20250203141000",
)

# 11 -- LMS, two-column Course | Credits table ---------------------------------------------
cert(
    "11-northgate-infection-control-table.pdf",
    "pdf",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Sans'; color: #1e1e1e; background: #fff; padding: 48px 64px; }
.hd { display: flex; justify-content: space-between; align-items: center; }
.lg { font: bold 26px 'DejaVu Sans'; color: #2e7d32; }
.lg span { color: #555; font-weight: normal; }
.lms { font-size: 11px; color: #999; text-align: right; }
.lms b { color: #5c6bc0; font-size: 15px; }
h1 { font: 300 44px 'DejaVu Sans'; margin: 44px 0 8px; }
.pre { font-size: 15px; color: #555; }
.name { font: bold 40px 'DejaVu Sans'; margin: 4px 0 28px; color: #2e7d32; }
table.cc { width: 100%; font-size: 16px; }
table.cc th { text-align: left; background: #e8f5e9; padding: 9px 12px; border-bottom: 2px solid #2e7d32; font-size: 13px; letter-spacing: 1px; }
table.cc td { padding: 12px; border-bottom: 1px solid #ddd; }
table.cc td small { display: block; color: #888; font-size: 11.5px; margin-top: 3px; }
.d { margin-top: 22px; font-size: 14px; }
.d span { display: inline-block; margin-right: 60px; }
.stmt { margin-top: 18px; font-size: 11.5px; color: #555; }
.certid { position: absolute; bottom: 30px; left: 64px; font-size: 10.5px; color: #999; }
.sig { position: absolute; bottom: 30px; right: 64px; }
""",
        f"""
<div class="hd"><div class="lg">Northgate <span>Allied Health Online</span></div>
<div class="lms">Powered by<br><b>Lumora LMS</b></div></div>
<h1>Certificate of Completion</h1>
<div class="pre">Presented to</div>
<div class="name">Brianna Okoye</div>
<table class="cc"><tr><th>COURSE</th><th style="width:30%">CREDITS</th></tr>
<tr><td>Infection Control Updates for Ambulatory Care<small>Course ID NAH-IC-310</small></td><td>1.0 AAMA CEU (Clinical)</td></tr></table>
<div class="d"><span>Date Completed: <b>11/06/2025</b></span><span>Date Printed: 11/20/2025</span></div>
<div class="stmt">This course has been approved by the American Association of Medical Assistants (AAMA) for 1.0 clinical CEU.</div>
<div class="certid">Certificate # LUM-31F7-0A92-55</div>
<div class="sig">{sigblock(1101, 'Victor Almeida', 'Academic Manager', 230)}</div>
""",
    ),
    dict(
        title="Infection Control Updates for Ambulatory Care",
        provider="Northgate Allied Health Online",
        completed_on="2025-11-06",
        amount="1.0",
        unit="aama_ceu",
        aama_approved=True,
        category="clinical",
        notes="Course | Credits table; 'Powered by Lumora LMS'; printed date; course ID under title",
    ),
    pdf_date="20251120190000",
)

# 12 -- coloured banner title, provider only in footer ----------------------------------------
cert(
    "12-tidewater-motivational-interviewing.pdf",
    "pdf",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Sans'; color: #233; background: #fff; padding: 0.28in; }
.wrap { height: 100%; border: 1px solid #0e7c86; position: relative; padding-top: 40px; text-align: center;
        background: radial-gradient(circle at 50% 40%,#ffffff 0,#f3fbfb 70%,#e2f3f4 100%); }
.mono { width: 74px; height: 74px; margin: 0 auto; border-radius: 50%; background: #0e7c86; color: #fff;
        font: bold 20px 'DejaVu Serif'; display: flex; align-items: center; justify-content: center; letter-spacing: 1px; }
h1 { font: bold 30px 'DejaVu Sans'; letter-spacing: 10px; margin: 18px 0 10px; color: #0e7c86; }
.c { font-size: 15px; color: #455; }
.name { font: italic 44px 'DejaVu Serif'; margin: 10px 0 18px; }
.banner { background: #0e7c86; color: #fff; font: bold 25px 'DejaVu Sans'; padding: 16px 40px; margin: 10px 0 0;
          position: relative; }
.banner:before, .banner:after { content: ''; position: absolute; top: 10px; border: 28px solid #0a5e66; z-index: -1; }
.when { margin-top: 20px; font-size: 15px; }
.cr { margin-top: 10px; font: bold 17px 'DejaVu Sans'; color: #0e7c86; }
.cr2 { font-size: 12px; color: #555; margin-top: 4px; }
.sig { margin-top: 18px; }
.foot { position: absolute; bottom: 0; left: 0; right: 0; font-size: 10.5px; color: #fff; background: #0a5e66; padding: 7px; }
""",
        f"""
<div class="wrap">
  <div class="mono">TAHS</div>
  <h1>CERTIFICATE OF COMPLETION</h1>
  <div class="c">proudly presented to</div>
  <div class="name">Gabriel Ashworth</div>
  <div class="banner">Motivational Interviewing Basics for Medical Assistants</div>
  <div class="when">Completed Friday, 14 February 2025</div>
  <div class="cr">2.0 AAMA CEUs · General</div>
  <div class="cr2">Approved by the American Association of Medical Assistants</div>
  <div class="sig">{sigblock(1201, 'Naomi Featherstone, CMA (AAMA)', 'Lead Instructor', 260)}</div>
  <div class="foot">© 2025 Tidewater Allied Health Seminars, LLC · 400 Harbor Street, Suite 12, Port Alder, VA · tidewaterahs.example</div>
</div>
""",
    ),
    dict(
        title="Motivational Interviewing Basics for Medical Assistants",
        provider="Tidewater Allied Health Seminars, LLC",
        completed_on="2025-02-14",
        amount="2.0",
        unit="aama_ceu",
        aama_approved=True,
        category="general",
        notes="title in a coloured banner; provider only in footer (logo is a monogram); "
        "'Friday, 14 February 2025'",
    ),
    pdf_date="20250214210000",
)

# 13 -- LMS-dominated compliance course: duration only -------------------------------------
cert(
    "13-keystone-hipaa-refresher-minutes.pdf",
    "pdf",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Sans'; color: #222; background: #fff; }
.top { background: #263238; color: #fff; padding: 26px 50px; display: flex; justify-content: space-between; align-items: center; }
.top .bp { font: bold 28px 'DejaVu Sans'; }
.top .bp span { color: #ffb300; }
.top .tag { font-size: 11px; opacity: .8; }
.body { padding: 60px 60px 0; }
h1 { font: 300 36px 'DejaVu Sans'; margin: 0 0 30px; }
.name { font: bold 40px 'DejaVu Sans'; margin: 8px 0 30px; }
.title { font: bold 24px 'DejaVu Sans'; margin: 6px 0 8px; color: #37474f; }
.by { font-size: 14px; color: #555; margin-bottom: 30px; }
table.f { font-size: 15px; }
table.f td { padding: 7px 30px 7px 0; }
.no { margin-top: 30px; font-size: 12.5px; color: #666; }
.foot { position: absolute; bottom: 30px; left: 60px; right: 60px; font-size: 10.5px; color: #999; display: flex; justify-content: space-between; }
""",
        """
<div class="top"><div class="bp">Bright<span>path</span> Learning Cloud</div><div class="tag">Powered by Brightpath · brightpath.example</div></div>
<div class="body">
  <h1>Certificate of Completion</h1>
  <div>This certifies that</div>
  <div class="name">Olivia Tran</div>
  <div>has completed</div>
  <div class="title">HIPAA Privacy and Security Refresher 2025</div>
  <div class="by">Course provided by Keystone Compliance Partners</div>
  <table class="f">
    <tr><td>Completion date</td><td><b>2025-01-09</b></td></tr>
    <tr><td>Time spent</td><td><b>1 hr 15 min</b></td></tr>
    <tr><td>Final assessment score</td><td>92%</td></tr>
  </table>
  <div class="no">No continuing education credit is associated with this course.</div>
</div>
<div class="foot"><span>Certificate ID BP-5F2A-91C0</span><span>Generated 2025-01-09 16:41 UTC</span></div>
""",
    ),
    dict(
        title="HIPAA Privacy and Security Refresher 2025",
        provider="Keystone Compliance Partners",
        completed_on="2025-01-09",
        amount="75",
        unit="minutes",
        aama_approved=False,
        category=None,
        notes="LMS name dominates header; provider only in 'Course provided by'; '1 hr 15 min' -> 75; "
        "'no CE credit'; percentage score",
    ),
    pdf_date="20250109164100",
)

# 14 -- three-line title; provider only in accreditation statement; grant sponsor ------------
cert(
    "14-foxglove-diabetes-support.pdf",
    "pdf",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Serif'; color: #26203a; background: #fdfcff; padding: 0.35in; }
.fr { height: 100%; border: 3px double #7b5ea7; padding: 34px 70px; text-align: center; position: relative; }
.orn { font-size: 22px; color: #7b5ea7; letter-spacing: 12px; }
h1 { font: 34px 'DejaVu Serif'; margin: 8px 0 16px; letter-spacing: 2px; }
.c { font-size: 14px; color: #555; margin: 4px 0; }
.name { font: bold 36px 'DejaVu Sans'; margin: 6px 0 14px; }
.title { font: bold 26px 'DejaVu Serif'; width: 700px; margin: 8px auto 12px; line-height: 1.28; color: #4b2f7a; }
.d { font: 14px 'DejaVu Sans'; margin-top: 10px; }
.acc { position: absolute; left: 60px; right: 60px; bottom: 26px; font: 10.5px 'DejaVu Sans'; color: #555; line-height: 1.45; text-align: justify; }
.grant { font-style: italic; font: italic 11px 'DejaVu Sans'; color: #777; margin-top: 8px; }
""",
        """
<div class="fr">
  <div class="orn">✦ ✦ ✦</div>
  <h1>Certificate of Completion</h1>
  <div class="c">This certificate is presented to</div>
  <div class="name">Samuel J. Whitaker</div>
  <div class="c">for completing the enduring activity</div>
  <div class="title">Supporting Patients with Type 2 Diabetes: Glucometer Teaching, Foot Checks, and Referral Coordination in Primary Care</div>
  <div class="d">Date of completion: <b>01/22/2026</b></div>
  <div class="grant">Supported by an independent educational grant from Nordhaven Pharmaceuticals.</div>
  <div class="acc">Foxglove Medical Education Group designed and delivered this activity and is solely responsible for
  its content. This program has been granted prior approval by the American Association of Medical Assistants
  (AAMA) for 1.5 clinical continuing education units (CEUs). Granting of prior approval in no way constitutes
  endorsement by AAMA of the program content or the program's sponsor.</div>
</div>
""",
    ),
    dict(
        title="Supporting Patients with Type 2 Diabetes: Glucometer Teaching, Foot Checks, and "
        "Referral Coordination in Primary Care",
        provider="Foxglove Medical Education Group",
        completed_on="2026-01-22",
        amount="1.5",
        unit="aama_ceu",
        aama_approved=True,
        category="clinical",
        notes="title wraps to 3 lines; provider only in accreditation statement; grant sponsor distractor",
    ),
    pdf_date="20260122201500",
)

# 15 -- diploma style, 'the 3rd day of March, 2025', AMT approval, not AAMA ---------------------
cert(
    "15-rosewood-dosage-calculations-amt.pdf",
    "pdf",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Serif'; color: #1a1a1a; padding: 0.45in; background: #fffdf6; }
.fr { height: 100%; border: 6px solid #7a5c2e; outline: 1px solid #7a5c2e; outline-offset: -14px; padding: 60px 60px; text-align: center; position: relative; }
.inst { font: bold 30px 'DejaVu Serif'; letter-spacing: 1px; color: #5a3e12; line-height: 1.25; }
.orn { font-size: 22px; color: #7a5c2e; margin: 14px 0; }
.c { font: italic 18px 'DejaVu Serif'; margin: 14px 0; }
.name { font: bold 40px 'DejaVu Serif'; margin: 18px 0; border-bottom: 1px solid #7a5c2e; display: inline-block; padding: 0 30px 6px; }
.title { font: bold 26px 'DejaVu Serif'; margin: 14px 0; }
.stmt { font: 12.5px 'DejaVu Sans'; margin-top: 40px; color: #333; line-height: 1.5; }
.seal { position: absolute; left: 60px; bottom: 150px; }
.sig { position: absolute; right: 50px; bottom: 120px; }
.no { position: absolute; bottom: 40px; left: 0; right: 0; font: 11px 'DejaVu Sans'; color: #777; }
""",
        f"""
<div class="fr">
  <div class="inst">Rosewood Institute<br>of Health Careers</div>
  <div class="orn">❧ ❦ ❧</div>
  <div class="c">Be it known that</div>
  <div class="name">Harper E. Lindqvist</div>
  <div class="c">has completed the continuing education program</div>
  <div class="title">Medication Dosage Calculations Review</div>
  <div class="c">on the 3rd day of March, 2025</div>
  <div class="stmt">Approved by American Medical Technologists (AMT) for 2.0 CE hours.<br>
  This program has not been approved for AAMA CEUs.</div>
  <div class="seal">{seal('ROSEWOOD', 'RIHC')}</div>
  <div class="sig">{sigblock(1501, 'Dr. Celeste Ivanova', 'Program Dean', 240)}</div>
  <div class="no">Certificate No. RIHC-CE-0451</div>
</div>
""",
    ),
    dict(
        title="Medication Dosage Calculations Review",
        provider="Rosewood Institute of Health Careers",
        completed_on="2025-03-03",
        amount="2.0",
        unit="contact_hours",
        aama_approved=False,
        category=None,
        notes="diploma style; 'the 3rd day of March, 2025'; AMT-approved CE hours, explicitly not AAMA",
    ),
    pdf_date="20250304090000",
)

# 16 -- symposium session certificate: title is the session ------------------------------------
cert(
    "16-tricounty-symposium-wound-care-session.pdf",
    "pdf",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Sans'; color: #1f2a1f; background: #fff; }
.hd { background: #33691e; color: #fff; padding: 22px 50px; }
.hd .e { font: bold 24px 'DejaVu Sans'; }
.hd .w { font-size: 13px; margin-top: 4px; opacity: .9; }
.body { padding: 30px 70px; }
h1 { font: bold 30px 'DejaVu Serif'; margin: 10px 0 20px; color: #33691e; }
.c { font-size: 15px; margin: 6px 0; }
.name { font: bold 36px 'DejaVu Serif'; margin: 8px 0 16px; }
.title { font: bold 26px 'DejaVu Sans'; margin: 6px 0 8px; }
.t { font-size: 14px; color: #444; }
.cr { margin-top: 20px; display: inline-block; background: #f1f8e9; border: 1px solid #9ccc65; padding: 10px 20px; font-size: 15px; }
.host { position: absolute; bottom: 34px; left: 70px; font-size: 12px; color: #444; line-height: 1.5; }
.sig { position: absolute; bottom: 28px; right: 60px; }
""",
        f"""
<div class="hd"><div class="e">2024 Tri-County Medical Assisting Symposium</div>
<div class="w">November 8–9, 2024 · Riverside Conference Hall, Millbrook</div></div>
<div class="body">
  <h1>Session Certificate</h1>
  <div class="c">This certifies that</div>
  <div class="name">Nadia P. Kowalczyk</div>
  <div class="c">attended the session</div>
  <div class="title">Wound Care Dressings in the Ambulatory Setting</div>
  <div class="t">Saturday, November 9, 2024 · 10:15–11:15 a.m. · Room B</div>
  <div class="cr">Approved for <b>1.0 AAMA CEU</b> — Clinical</div>
</div>
<div class="host">Hosted by the Tri-County Chapter of Medical Assistants<br>Session code TC24-S07</div>
<div class="sig">{sigblock(1601, 'Irene Castellano, CMA (AAMA)', 'Education Chair', 250)}</div>
""",
    ),
    dict(
        title="Wound Care Dressings in the Ambulatory Setting",
        provider="Tri-County Chapter of Medical Assistants",
        completed_on="2024-11-09",
        amount="1.0",
        unit="aama_ceu",
        aama_approved=True,
        category="clinical",
        notes="single-session certificate inside a 2-day symposium: title is the session, date is the "
        "session day; event name in header; provider only in 'Hosted by'",
    ),
    pdf_date="20241112100000",
)

# 17 -- NHA via LMS, ISO date, printed date ------------------------------------------------
cert(
    "17-pinecrest-ehr-charge-capture-nha.pdf",
    "pdf",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Sans'; color: #222; background: #fff; padding: 0.4in; }
.fr { height: 100%; border: 2px solid #1565c0; padding: 50px 54px; position: relative; }
.lg { font: bold 28px 'DejaVu Serif'; color: #1565c0; }
.lg small { display: block; font: 13px 'DejaVu Sans'; color: #666; letter-spacing: 1px; margin-top: 2px; }
h1 { font: 34px 'DejaVu Serif'; margin: 60px 0 24px; }
.name { font: bold 42px 'DejaVu Sans'; margin: 10px 0 30px; color: #0d47a1; }
.title { font: bold 23px 'DejaVu Sans'; margin: 10px 0 30px; line-height: 1.35; }
table.f { font-size: 15px; width: 100%; }
table.f td { padding: 8px 0; border-bottom: 1px solid #e0e0e0; }
.stmt { font-size: 12px; color: #555; margin-top: 26px; line-height: 1.5; }
.host { position: absolute; bottom: 30px; left: 54px; right: 54px; font-size: 10.5px; color: #999; display: flex; justify-content: space-between; }
.sig { margin-top: 40px; }
""",
        f"""
<div class="fr">
  <div class="lg">Pinecrest Health Academy<small>Online continuing education for allied health</small></div>
  <h1>Certificate of Completion</h1>
  <div>Awarded to</div>
  <div class="name">Marcus L. Bell</div>
  <div>for completing</div>
  <div class="title">Electronic Health Records: Charge Capture and Claim Scrubbing</div>
  <table class="f">
    <tr><td>Completed on</td><td style="text-align:right"><b>2024-12-05</b></td></tr>
    <tr><td>NHA CE Credits Earned</td><td style="text-align:right"><b>2.0</b></td></tr>
    <tr><td>Date printed</td><td style="text-align:right">2025-01-15</td></tr>
  </table>
  <div class="stmt">These credits may be applied toward National Healthcareer Association (NHA)
  certification renewal within the current two-year certification cycle.</div>
  <div class="sig">{sigblock(1701, 'Dana Whitcomb, CBCS', 'Program Manager', 240)}</div>
  <div class="host"><span>Hosted on SkillHarbor</span><span>Transcript ref. SH-PHA-20241205-338</span></div>
</div>
""",
    ),
    dict(
        title="Electronic Health Records: Charge Capture and Claim Scrubbing",
        provider="Pinecrest Health Academy",
        completed_on="2024-12-05",
        amount="2.0",
        unit="nha_credit",
        aama_approved=False,
        category=None,
        notes="NHA CE credits; 'Hosted on SkillHarbor' LMS; printed date next month",
    ),
    pdf_date="20250115113000",
)

# ---------------------------------------- phone photos ---------------------------------------

cert(
    "18-stbrendan-safe-patient-handling-photo.jpg",
    "image",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Sans'; color: #222; background: #fff; padding: 0.5in; }
.hd { text-align: center; border-bottom: 3px solid #6a1b9a; padding-bottom: 12px; }
.hd .n { font: bold 28px 'DejaVu Serif'; color: #6a1b9a; }
.hd .d { font-size: 15px; color: #444; margin-top: 4px; }
h1 { text-align: center; font: bold 30px 'DejaVu Sans'; margin: 40px 0 30px; }
.title { text-align: center; font: bold 28px 'DejaVu Serif'; margin: 10px 0 40px; line-height: 1.3; }
table.f { width: 100%; font-size: 18px; }
table.f td { padding: 12px 6px; border-bottom: 1px solid #bbb; }
table.f td.k { width: 38%; color: #555; }
.v { margin-top: 30px; font-size: 14px; color: #555; }
.sig { margin-top: 50px; }
""",
        f"""
<div class="hd"><div class="n">St. Brendan Regional Health System</div><div class="d">Department of Clinical Education</div></div>
<h1>In-Service Attendance Certificate</h1>
<div class="title">Safe Patient Handling and<br>Mobility Refresher</div>
<table class="f">
<tr><td class="k">Attendee</td><td><b>Lucia Hernández, RMA</b></td></tr>
<tr><td class="k">In-service date</td><td><b>02/11/2025</b></td></tr>
<tr><td class="k">Time</td><td>0700–0800</td></tr>
<tr><td class="k">Location</td><td>West Tower, Conference Room 3</td></tr>
<tr><td class="k">Contact hours</td><td><b>1.0</b></td></tr>
</table>
<div class="v">Attendance verified against the in-service sign-in sheet.</div>
<div class="sig">{sigblock(1801, 'Paula Greenway, RN, BSN', 'Clinical Educator', 280)}</div>
""",
    ),
    dict(
        title="Safe Patient Handling and Mobility Refresher",
        provider="St. Brendan Regional Health System",
        completed_on="2025-02-11",
        amount="1.0",
        unit="contact_hours",
        aama_approved=False,
        category=None,
        notes="phone photo; hospital in-service attendance; department folded into health system; "
        "title over 2 lines",
    ),
    render=dict(mode="photo", seed=18, angle=-3.5, bg="wood"),
)

cert(
    "19-prairiewind-spring-workshop-photo.jpg",
    "image",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Serif'; color: #2b2b2b; background: #fffdf5; padding: 0.3in; }
.fr { height: 100%; border: 8px double #b8860b; padding: 28px 50px; text-align: center; }
.org { font: bold 22px 'DejaVu Serif'; color: #8b6508; letter-spacing: 1px; }
h1 { font: italic 32px 'DejaVu Serif'; margin: 14px 0 6px; }
.ev { font: bold 28px 'DejaVu Sans'; margin: 8px 0 2px; }
.w { font: 15px 'DejaVu Sans'; color: #555; }
.name { font: bold 34px 'DejaVu Serif'; margin: 14px 0 8px; }
table.s { margin: 10px auto 0; font: 14px 'DejaVu Sans'; }
table.s td, table.s th { border: 1px solid #b8860b; padding: 5px 14px; }
.cr { margin-top: 14px; font: bold 17px 'DejaVu Sans'; }
.sigs { margin-top: 10px; }
""",
        f"""
<div class="fr">
  <div class="org">Prairie Wind Society of Medical Assistants</div>
  <h1>Certificate of Attendance</h1>
  <div class="ev">2025 Spring Clinical Workshop</div>
  <div class="w">April 4–5, 2025 · Grand Prairie Community Center</div>
  <div class="name">Hannah J. Osterberg</div>
  <table class="s"><tr><th>Session</th><th>Category</th><th>CEUs</th></tr>
  <tr><td>Pediatric Vital Signs</td><td>Clinical</td><td>1.0</td></tr>
  <tr><td>Specimen Collection for Urinalysis</td><td>Clinical</td><td>1.0</td></tr>
  <tr><td>Emergency Preparedness in the Medical Office</td><td>Clinical</td><td>1.0</td></tr></table>
  <div class="cr">Approved for 3.0 AAMA CEUs (Clinical)</div>
  <div class="sigs">{sigblock(1901, 'Lorraine Beck, CMA (AAMA)', 'Workshop Chair', 250)}</div>
</div>
""",
    ),
    dict(
        title="2025 Spring Clinical Workshop",
        provider="Prairie Wind Society of Medical Assistants",
        completed_on="2025-04-05",
        amount="3.0",
        unit="aama_ceu",
        aama_approved=True,
        category="clinical",
        notes="phone photo; two-day workshop, three sessions all clinical; event name is the title",
    ),
    render=dict(mode="photo", seed=19, angle=4.5, bg="grey"),
)

cert(
    "20-brightwater-professional-boundaries-photo.jpg",
    "image",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Sans'; color: #222; background: #fff; }
.top { height: 170px; background: linear-gradient(90deg,#01579b,#0288d1); color: #fff; text-align: center; padding-top: 40px; }
.top .n { font: bold 36px 'DejaVu Sans'; letter-spacing: 2px; }
.top .s { font-size: 15px; letter-spacing: 4px; margin-top: 6px; }
.b { padding: 60px 70px; text-align: center; }
h1 { font: 36px 'DejaVu Serif'; margin: 0 0 30px; }
.c { font-size: 18px; margin: 10px 0; }
.name { font: bold 44px 'DejaVu Serif'; margin: 16px 0; }
.title { font: bold 28px 'DejaVu Sans'; margin: 18px 0 30px; line-height: 1.3; color: #01579b; }
.d { font-size: 19px; margin: 12px 0; }
.stmt { margin-top: 30px; font-size: 16px; line-height: 1.5; }
.sig { margin-top: 50px; }
""",
        f"""
<div class="top"><div class="n">BRIGHTWATER</div><div class="s">MA NETWORK</div></div>
<div class="b">
  <h1>Certificate of Completion</h1>
  <div class="c">This certifies that</div>
  <div class="name">Alicia M. Fenwick</div>
  <div class="c">attended the live webinar</div>
  <div class="title">Professional Boundaries and Social Media for Medical Assistants</div>
  <div class="d">Webinar date: <b>03/03/2025</b></div>
  <div class="stmt">This webinar has been approved for <b>1.0 AAMA CEU</b> in the General category.</div>
  <div class="sig">{sigblock(2001, 'Owen Prescott, CMA (AAMA)', 'Webinar Coordinator', 260)}</div>
</div>
""",
    ),
    dict(
        title="Professional Boundaries and Social Media for Medical Assistants",
        provider="Brightwater MA Network",
        completed_on="2025-03-03",
        amount="1.0",
        unit="aama_ceu",
        aama_approved=True,
        category="general",
        notes="phone photo; provider as two-line logo 'BRIGHTWATER / MA NETWORK'; 03/03/2025",
    ),
    render=dict(mode="photo", seed=20, angle=2.0, bg="dark"),
)

cert(
    "21-lakeshore-poc-testing-iacet-photo.png",
    "image",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Sans'; color: #222; background: #fff; padding: 0.35in; }
.fr { height: 100%; border: 4px solid #004d40; padding: 34px 60px; text-align: center; position: relative; }
.lg { font: bold 28px 'DejaVu Serif'; color: #004d40; }
h1 { font: bold 34px 'DejaVu Sans'; margin: 26px 0 14px; }
.c { font-size: 16px; margin: 6px 0; }
.name { font: bold 36px 'DejaVu Serif'; margin: 8px 0; }
.title { font: bold 25px 'DejaVu Sans'; margin: 10px 0; }
.ceu { font-size: 18px; margin-top: 18px; }
.meta { font-size: 14px; margin-top: 12px; color: #444; }
.iacet { position: absolute; bottom: 22px; left: 40px; right: 40px; font-size: 11.5px; color: #444; }
""",
        """
<div class="fr">
  <div class="lg">Lakeshore Technical Institute</div>
  <h1>Certificate of Completion</h1>
  <div class="c">is awarded to</div>
  <div class="name">Derrick S. Yamamoto</div>
  <div class="c">for completing</div>
  <div class="title">Point-of-Care Testing: Quality Control and Documentation</div>
  <div class="ceu"><b>0.2 CEU</b> &nbsp;(2 contact hours)</div>
  <div class="meta">Completed: 2024-10-07 &nbsp;&nbsp;·&nbsp;&nbsp; Issued: 2024-10-11</div>
  <div class="iacet">Lakeshore Technical Institute has been approved as an Accredited Provider by the International
  Accreditors for Continuing Education and Training (IACET).</div>
</div>
""",
    ),
    dict(
        title="Point-of-Care Testing: Quality Control and Documentation",
        provider="Lakeshore Technical Institute",
        completed_on="2024-10-07",
        amount="0.2",
        unit="iacet_ceu",
        aama_approved=False,
        category=None,
        notes="phone photo (PNG); IACET CEU with contact-hour equivalent; issued date",
    ),
    render=dict(mode="photo", seed=21, angle=-1.5, bg="grey", png=True),
)

cert(
    "22-canyonrim-telehealth-intake-nha-photo.jpg",
    "image",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Sans Condensed'; color: #222; background: #fff; padding: 0.45in; }
.fr { height: 100%; border: 3px solid #c75b12; padding: 50px; text-align: center; }
.lg { font: bold 30px 'DejaVu Sans'; color: #c75b12; }
h1 { font: bold 30px 'DejaVu Sans'; letter-spacing: 3px; margin: 60px 0 30px; }
.c { font-size: 18px; margin: 12px 0; }
.name { font: bold 44px 'DejaVu Serif'; margin: 20px 0; }
.title { font: bold 30px 'DejaVu Sans'; letter-spacing: 1px; margin: 20px 0 40px; line-height: 1.3; }
table.f { margin: 0 auto; font-size: 19px; text-align: left; }
table.f td { padding: 8px 18px; }
.sig { margin-top: 60px; }
""",
        f"""
<div class="fr">
  <div class="lg">Canyon Rim Learning Co.</div>
  <h1>CE CREDIT CERTIFICATE</h1>
  <div class="c">Presented to</div>
  <div class="name">Felicia Gómez</div>
  <div class="c">for completion of</div>
  <div class="title">PATIENT INTAKE FOR<br>TELEHEALTH VISITS</div>
  <table class="f"><tr><td>Completed</td><td><b>7-Nov-24</b></td></tr>
  <tr><td>NHA CE Credit</td><td><b>1.0</b></td></tr>
  <tr><td>Certificate #</td><td>CRL-24-11-0731</td></tr></table>
  <div class="sig">{sigblock(2201, 'Bernard Olsen', 'Education Director', 260)}</div>
</div>
""",
    ),
    dict(
        title="Patient Intake for Telehealth Visits",
        provider="Canyon Rim Learning Co.",
        completed_on="2024-11-07",
        amount="1.0",
        unit="nha_credit",
        aama_approved=False,
        category=None,
        notes="phone photo; ALL CAPS title on 2 lines; '7-Nov-24'",
    ),
    render=dict(mode="photo", seed=22, angle=5.5, bg="wood"),
)

cert(
    "23-gulfbreeze-regional-conference-split-photo.jpg",
    "image",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Serif'; color: #1e2b33; background: #fff; padding: 0.3in; }
.fr { height: 100%; border: 12px solid #0277bd; border-radius: 6px; padding: 26px 56px; text-align: center;
      background: linear-gradient(180deg,#ffffff 0,#eef7fc 100%); }
.org { font: bold 20px 'DejaVu Sans'; color: #0277bd; letter-spacing: 1px; }
h1 { font: 34px 'DejaVu Serif'; margin: 12px 0 6px; }
.ev { font: bold 26px 'DejaVu Serif'; margin: 10px 0 4px; }
.w { font: 14px 'DejaVu Sans'; color: #555; }
.name { font: italic bold 36px 'DejaVu Serif'; margin: 14px 0 10px; }
table.t { margin: 8px auto; font: 15px 'DejaVu Sans'; }
table.t th { background: #0277bd; color: #fff; padding: 5px 20px; }
table.t td { border: 1px solid #0277bd; padding: 5px 20px; }
.st { font: 12px 'DejaVu Sans'; color: #444; margin-top: 8px; }
.sigs { margin-top: 8px; }
""",
        f"""
<div class="fr">
  <div class="org">GULF COAST SOCIETY OF MEDICAL ASSISTANTS</div>
  <h1>Certificate of Attendance</h1>
  <div class="ev">2024 Gulf Breeze Regional Conference</div>
  <div class="w">June 21–22, 2024 · Bayfront Hotel, Seacliff</div>
  <div class="name">Renée Fontaine</div>
  <table class="t"><tr><th>AAMA CEU Category</th><th>CEUs</th></tr>
  <tr><td>Administrative</td><td>2.0</td></tr><tr><td>Clinical</td><td>1.5</td></tr>
  <tr><td><b>Total</b></td><td><b>3.5</b></td></tr></table>
  <div class="st">This conference has been approved for 3.5 AAMA CEUs.</div>
  <div class="sigs">{sigblock(2301, 'Yvette Boudreaux, CMA (AAMA)', 'Conference Chair', 250)}</div>
</div>
""",
    ),
    dict(
        title="2024 Gulf Breeze Regional Conference",
        provider="Gulf Coast Society of Medical Assistants",
        completed_on="2024-06-22",
        amount="3.5",
        unit="aama_ceu",
        aama_approved=True,
        category=None,
        categories={"administrative": "2.0", "clinical": "1.5"},
        notes="phone photo; two-day range; admin/clinical split with total; venue",
    ),
    render=dict(mode="photo", seed=23, angle=-5.0, bg="dark"),
)

cert(
    "24-glenmoor-12-lead-ekg-photo.jpg",
    "image",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Serif'; color: #222; background: #fff; padding: 0.3in; }
.fr { height: 100%; border: 16px solid transparent; padding: 30px 70px; text-align: center; position: relative;
      border-image: repeating-linear-gradient(-45deg,#b71c1c 0 8px,#fff 8px 12px,#263238 12px 20px,#fff 20px 24px) 16; }
.org { font: bold 24px 'DejaVu Serif'; color: #b71c1c; }
h1 { font: 36px 'DejaVu Serif'; margin: 20px 0 10px; }
.c { font: italic 17px 'DejaVu Serif'; margin: 8px 0; }
.name { font: bold 38px 'DejaVu Sans'; margin: 6px 0; }
.title { font: bold 27px 'DejaVu Serif'; width: 640px; margin: 6px auto 10px; line-height: 1.3; }
.d { font: 16px 'DejaVu Sans'; }
.cr { font: bold 17px 'DejaVu Sans'; margin-top: 10px; color: #b71c1c; }
.bot { position: absolute; left: 40px; right: 40px; bottom: 20px; display: flex; justify-content: space-between; align-items: flex-end; font: 13px 'DejaVu Sans'; }
""",
        f"""
<div class="fr">
  <div class="org">Glenmoor Cardiology Education Center</div>
  <h1>Certificate of Achievement</h1>
  <div class="c">presented to</div>
  <div class="name">Oscar V. Lindgren</div>
  <div class="c">for successful completion of</div>
  <div class="title">12-Lead EKG Lead Placement and Artifact Troubleshooting</div>
  <div class="d">February 6, 2026</div>
  <div class="cr">2.0 AAMA CEUs (Clinical)</div>
  <div class="bot"><div>Issued 2026-02-10</div>{sigblock(2401, 'Dr. Miriam Achebe', 'Medical Director', 240)}</div>
</div>
""",
    ),
    dict(
        title="12-Lead EKG Lead Placement and Artifact Troubleshooting",
        provider="Glenmoor Cardiology Education Center",
        completed_on="2026-02-06",
        amount="2.0",
        unit="aama_ceu",
        aama_approved=True,
        category="clinical",
        notes="phone photo; striped border; 'for successful completion of'; title starts with a number; "
        "issued date",
    ),
    render=dict(mode="photo", seed=24, angle=3.0, bg="wood"),
)

cert(
    "25-clearview-difficult-calls-minutes-photo.jpg",
    "image",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Sans'; color: #2a2a2a; background: #fff; padding: 0.6in; }
.lg { font: bold 26px 'DejaVu Sans'; color: #6d4c41; }
.lg small { display: block; font: 14px 'DejaVu Sans'; color: #8d6e63; letter-spacing: 2px; margin-top: 2px; }
.series { margin-top: 70px; font-size: 17px; letter-spacing: 5px; color: #8d6e63; }
h1 { font: bold 34px 'DejaVu Serif'; margin: 10px 0 30px; }
.title { font: bold 32px 'DejaVu Sans'; line-height: 1.3; margin: 10px 0 40px; color: #4e342e; }
.p { font-size: 19px; line-height: 1.6; }
.no { margin-top: 40px; font-size: 15px; color: #666; line-height: 1.5; }
.sig { margin-top: 60px; }
""",
        f"""
<div class="lg">Clearview<small>PATIENT EXPERIENCE CONSULTANTS</small></div>
<div class="series">LUNCH &amp; LEARN SERIES</div>
<h1>Certificate of Attendance</h1>
<div class="title">Managing Difficult Phone Calls with Empathy</div>
<div class="p">Attendee: <b>Keith A. Romero</b><br>Date: Sept. 17, 2025<br>Session length: 45 minutes</div>
<div class="no">This session was not submitted for AAMA CEU approval and carries no CE credit.</div>
<div class="sig">{sigblock(2501, 'Janelle Pruitt', 'Facilitator', 240)}</div>
""",
    ),
    dict(
        title="Managing Difficult Phone Calls with Empathy",
        provider="Clearview Patient Experience Consultants",
        completed_on="2025-09-17",
        amount="45",
        unit="minutes",
        aama_approved=False,
        category=None,
        notes="phone photo; duration only; 'not submitted for AAMA'; series label above title; "
        "provider as two-line logo",
    ),
    render=dict(mode="photo", seed=25, angle=-2.5, bg="grey"),
)

# ---------------------------------------------- scans ----------------------------------------

cert(
    "26-westfork-transcript-excerpt-scan.pdf",
    "scan",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Sans Mono'; color: #000; background: #fff; padding: 0.6in; font-size: 13px; }
.hd { text-align: center; font-family: 'DejaVu Serif'; }
.hd .n { font: bold 24px 'DejaVu Serif'; }
.hd .o { font-size: 14px; margin-top: 2px; }
.hd .u { font: bold 16px 'DejaVu Sans'; margin-top: 14px; letter-spacing: 2px; }
.st { margin-top: 26px; line-height: 1.6; }
table.c { width: 100%; margin-top: 18px; }
table.c th { border-top: 1px solid #000; border-bottom: 1px solid #000; text-align: left; padding: 4px; }
table.c td { padding: 4px; }
.term { margin-top: 22px; font-weight: bold; }
.tot { margin-top: 10px; border-top: 1px dashed #000; padding-top: 6px; }
.foot { position: absolute; bottom: 0.6in; left: 0.6in; right: 0.6in; font-size: 11px; border-top: 1px solid #000; padding-top: 6px; }
""",
        """
<div class="hd"><div class="n">Westfork Valley College</div><div class="o">Office of the Registrar · 900 College Loop, Westfork, MT</div>
<div class="u">UNOFFICIAL TRANSCRIPT — EXCERPT</div></div>
<div class="st">Student: SALGADO, REYNA D.        Student ID: W00482117<br>
Program: Medical Assisting, A.A.S.      Printed: 06/02/2025</div>
<div class="term">Term: Spring 2025   (01/13/2025 – 05/09/2025)</div>
<table class="c"><tr><th>Course</th><th>Title</th><th>Credits</th><th>Grade</th><th>Quality Pts</th></tr>
<tr><td>MDA 214</td><td>Clinical Procedures II</td><td>4.00</td><td>A</td><td>16.00</td></tr></table>
<div class="tot">Term credits attempted 4.00   earned 4.00   Term GPA 4.00<br>
Excerpt prepared at student request for continuing-education records.</div>
<div class="foot">This is an unofficial document. Official transcripts bear the Registrar's seal and signature.</div>
""",
    ),
    dict(
        title="Clinical Procedures II",
        provider="Westfork Valley College",
        completed_on="2025-05-09",
        amount="4.00",
        unit="college_credit",
        aama_approved=False,
        category=None,
        notes="photocopy-grey scan, image-only PDF; transcript excerpt; course code left out of title; "
        "term end date is completion; printed date",
    ),
    render=dict(mode="copy", seed=26, dpi=150, angle=0.9, out="pdf", scanned=(2025, 6, 4, 10, 12)),
)

cert(
    "27-summitvalley-icd10-fax.pdf",
    "scan",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Sans'; color: #000; background: #fff; padding: 0.75in 0.7in; }
.fr { height: 100%; border: 3px solid #000; padding: 50px; text-align: center; }
.lg { font: bold 26px 'DejaVu Serif'; }
.lg small { display: block; font: 14px 'DejaVu Sans'; letter-spacing: 3px; margin-top: 4px; }
h1 { font: bold 30px 'DejaVu Serif'; margin: 60px 0 30px; }
.c { font-size: 17px; margin: 10px 0; }
.name { font: bold 38px 'DejaVu Serif'; margin: 16px 0; }
.title { font: bold 27px 'DejaVu Sans'; margin: 14px 0 34px; line-height: 1.3; }
.d { font-size: 18px; margin: 10px 0; }
.cr { margin-top: 30px; font: bold 19px 'DejaVu Sans'; border: 2px solid #000; display: inline-block; padding: 10px 24px; }
.sig { margin-top: 70px; }
""",
        f"""
<div class="fr">
  <div class="lg">Summit Valley<small>MEDICAL BILLING ACADEMY</small></div>
  <h1>Certificate of Completion</h1>
  <div class="c">This certifies that</div>
  <div class="name">Theresa A. McAllister</div>
  <div class="c">has completed</div>
  <div class="title">ICD-10-CM Coding Updates for Outpatient Clinics</div>
  <div class="d">Completed: March 6, 2025</div>
  <div class="cr">1.5 AAMA CEUs – Administrative</div>
  <div class="sig">{sigblock(2701, 'Carl Brightman, CPC', 'Academy Director', 260)}</div>
</div>
""",
    ),
    dict(
        title="ICD-10-CM Coding Updates for Outpatient Clinics",
        provider="Summit Valley Medical Billing Academy",
        completed_on="2025-03-06",
        amount="1.5",
        unit="aama_ceu",
        aama_approved=True,
        category="administrative",
        notes="fax (1-bit, standard resolution) image-only PDF; fax header dated 2025-03-10 with sender; "
        "provider split over two logo lines",
    ),
    render=dict(mode="fax", seed=27, dpi=200, angle=-0.6, out="pdf", scanned=(2025, 3, 10, 9, 15),
                header="MAR-10-2025 09:14   FROM: SUMMIT VALLEY MBA   (555) 018-4470   TO: 5550199   P.001/001"),
)

cert(
    "28-mercycrest-sepsis-inservice-scan.png",
    "scan",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Sans'; color: #000; background: #fff; padding: 0.5in; font-size: 13px; }
.hd { display: flex; justify-content: space-between; border-bottom: 2px solid #000; padding-bottom: 8px; }
.hd .n { font: bold 22px 'DejaVu Serif'; }
.hd .d { font-size: 13px; }
h1 { font: bold 20px 'DejaVu Sans'; margin: 14px 0 8px; }
table.i td { padding: 3px 16px 3px 0; font-size: 14px; }
table.s { width: 100%; margin-top: 12px; }
table.s th, table.s td { border: 1px solid #000; padding: 5px 6px; height: 28px; }
.cert { margin-top: 16px; border: 2px solid #000; padding: 10px 16px; font-size: 14px; }
""",
        f"""
<div class="hd"><div><div class="n">Mercy Crest Medical Center</div><div class="d">Nursing &amp; Clinical Education</div></div>
<div class="d" style="text-align:right">Form CE-07<br>Retain with education file</div></div>
<h1>IN-SERVICE SIGN-IN SHEET / CERTIFICATE OF ATTENDANCE</h1>
<table class="i"><tr><td>Topic:</td><td><b>Sepsis Early Recognition for Ambulatory Staff</b></td></tr>
<tr><td>Date:</td><td><b>2024-09-18</b></td><td style="padding-left:40px">Presenter:</td><td>Cheryl Dunmore, RN</td></tr>
<tr><td>Contact hours:</td><td><b>0.5</b></td><td style="padding-left:40px">Location:</td><td>Outpatient Pavilion, Rm 140</td></tr></table>
<table class="s"><tr><th style="width:26%">Printed name</th><th style="width:16%">Credential</th><th style="width:26%">Department</th><th>Signature</th></tr>
<tr><td>Devon Marsh</td><td>CCMA</td><td>Internal Medicine Clinic</td><td>{signature(2801, 150, 26)}</td></tr>
<tr><td>Alyssa Kerr</td><td>CMA</td><td>Pediatrics</td><td>{signature(2802, 150, 26)}</td></tr>
<tr><td>Tyrone Beaumont</td><td>RMA</td><td>Cardiology Clinic</td><td>{signature(2803, 150, 26)}</td></tr>
<tr><td>Priscilla Vang</td><td>LPN</td><td>Urgent Care</td><td>{signature(2804, 150, 26)}</td></tr></table>
<div class="cert"><b>Certificate of Attendance</b> issued to: <b>Devon Marsh, CCMA</b> — attended the in-service above and
earned 0.5 contact hours. &nbsp; Educator: {signature(2805, 120, 24)} Cheryl Dunmore, RN, Clinical Educator</div>
""",
    ),
    dict(
        title="Sepsis Early Recognition for Ambulatory Staff",
        provider="Mercy Crest Medical Center",
        completed_on="2024-09-18",
        amount="0.5",
        unit="contact_hours",
        aama_approved=False,
        category=None,
        notes="grey PNG scan; in-service sign-in sheet with four attendees plus a certificate line; "
        "'Topic:' label; department folded into medical center",
    ),
    render=dict(mode="copy", seed=28, dpi=150, angle=-1.2, out="png"),
)

cert(
    "29-ironwood-im-injection-nha-scan.jpg",
    "scan",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Serif'; color: #111; background: #fff; padding: 0.5in; }
.fr { height: 100%; border: 5px double #444; padding: 60px 50px; text-align: center; }
.lg { font: bold 30px 'DejaVu Serif'; letter-spacing: 2px; }
h1 { font: italic 30px 'DejaVu Serif'; margin: 60px 0 30px; }
.c { font-size: 18px; margin: 10px 0; }
.name { font: bold 40px 'DejaVu Serif'; margin: 16px 0; }
.title { font: bold 27px 'DejaVu Sans'; margin: 16px 0 40px; line-height: 1.3; }
.f { font: 18px 'DejaVu Sans'; line-height: 1.8; }
.sig { margin-top: 60px; }
""",
        f"""
<div class="fr">
  <div class="lg">IRONWOOD CAREER INSTITUTE</div>
  <h1>Continuing Education Certificate</h1>
  <div class="c">This is to certify that</div>
  <div class="name">Shawna R. Pettigrew</div>
  <div class="c">has successfully completed</div>
  <div class="title">Injection Safety and Site Selection for Intramuscular Injections</div>
  <div class="f">Date of completion: 1/30/2025<br>NHA Continuing Education Credit: 1.0</div>
  <div class="sig">{sigblock(2901, 'Malcolm Reddick', 'Director of Education', 260)}</div>
</div>
""",
    ),
    dict(
        title="Injection Safety and Site Selection for Intramuscular Injections",
        provider="Ironwood Career Institute",
        completed_on="2025-01-30",
        amount="1.0",
        unit="nha_credit",
        aama_approved=False,
        category=None,
        notes="grey JPEG scan at 200 dpi; provider in ALL CAPS; '1/30/2025'",
    ),
    render=dict(mode="copy", seed=29, dpi=200, angle=0.5, out="jpg"),
)

cert(
    "30-blueridge-fall-seminar-scan.pdf",
    "scan",
    page(
        "portrait",
        """
.page { font-family: 'DejaVu Serif'; color: #111; background: #fff; padding: 0.45in; }
.fr { height: 100%; border: 2px solid #222; outline: 6px solid #222; outline-offset: 6px; margin: 12px; padding: 44px 46px; text-align: center; }
.org { font: bold 22px 'DejaVu Serif'; }
h1 { font: 32px 'DejaVu Serif'; margin: 30px 0 10px; }
.ev { font: bold 26px 'DejaVu Sans'; margin: 16px 0 4px; }
.w { font-size: 15px; }
.name { font: bold 34px 'DejaVu Serif'; margin: 24px 0 16px; }
table.s { width: 100%; font: 14px 'DejaVu Sans'; margin-top: 10px; }
table.s th, table.s td { border: 1px solid #222; padding: 6px; }
.cr { margin-top: 18px; font: bold 16px 'DejaVu Sans'; }
.st { font: 12px 'DejaVu Sans'; margin-top: 10px; line-height: 1.5; }
.sig { margin-top: 40px; }
""",
        f"""
<div class="fr">
  <div class="org">Blue Ridge Society of Medical Assistants</div>
  <h1>Certificate of Attendance</h1>
  <div class="ev">2024 Fall Seminar</div>
  <div class="w">September 27–28, 2024 · Laurel Gap Lodge</div>
  <div class="name">Colleen F. Harrigan</div>
  <table class="s"><tr><th>Session</th><th>Category</th><th>CEUs</th></tr>
  <tr><td>Conflict Resolution on the Care Team</td><td>General</td><td>1.0</td></tr>
  <tr><td>Health Literacy and Plain Language</td><td>General</td><td>1.5</td></tr>
  <tr><td>Self-Care and Burnout Prevention</td><td>General</td><td>1.5</td></tr></table>
  <div class="cr">Total: 4.0 AAMA CEUs — General</div>
  <div class="st">This program has been granted prior approval by the American Association of Medical Assistants
  (AAMA) for 4.0 general continuing education units.</div>
  <div class="sig">{sigblock(3001, 'Beverly Stokes, CMA (AAMA)', 'Seminar Chair', 260)}</div>
</div>
""",
    ),
    dict(
        title="2024 Fall Seminar",
        provider="Blue Ridge Society of Medical Assistants",
        completed_on="2024-09-28",
        amount="4.0",
        unit="aama_ceu",
        aama_approved=True,
        category="general",
        notes="photocopy scan (image-only PDF); two-day seminar, three sessions all general; venue",
    ),
    render=dict(mode="copy", seed=30, dpi=170, angle=1.4, out="pdf", dark_edge=True, scanned=(2024, 10, 7, 14, 3)),
)

cert(
    "31-quillon-vitals-monitor-inservice-scan.pdf",
    "scan",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Sans'; color: #000; background: #fff; padding: 0.5in 0.6in; }
.hd { display: flex; justify-content: space-between; align-items: flex-start; }
.lg { font: bold 34px 'DejaVu Sans'; letter-spacing: 3px; }
.lg small { display: block; font: 13px 'DejaVu Sans'; letter-spacing: 4px; }
h1 { font: bold 30px 'DejaVu Serif'; margin: 40px 0 20px; text-align: center; }
.c { text-align: center; font-size: 17px; margin: 8px 0; }
.name { text-align: center; font: bold 34px 'DejaVu Serif'; margin: 10px 0; }
.title { text-align: center; font: bold 25px 'DejaVu Sans'; margin: 12px 0; }
.d { text-align: center; font-size: 17px; margin-top: 16px; }
.no { text-align: center; font-size: 14px; margin-top: 20px; }
.sig { position: absolute; bottom: 40px; right: 60px; }
""",
        f"""
<div class="hd"><div class="lg">QUILLON<small>MEDICAL DEVICES, LLC</small></div><div style="font-size:12px;text-align:right">Clinical Services<br>Doc QMD-CS-22</div></div>
<h1>Product In-Service Certificate</h1>
<div class="c">This acknowledges that</div>
<div class="name">Rafael Dominguez</div>
<div class="c">participated in the product in-service</div>
<div class="title">VitaSure Digital Vital Signs Monitor: Setup and Daily Checks</div>
<div class="d">Oct. 2, 2025 · Lakeview Internal Medicine</div>
<div class="no">No continuing education credit is awarded for this product in-service.</div>
<div class="sig">{sigblock(3101, 'Nina Castellucci', 'Clinical Specialist', 240)}</div>
""",
    ),
    dict(
        title="VitaSure Digital Vital Signs Monitor: Setup and Daily Checks",
        provider="Quillon Medical Devices, LLC",
        completed_on="2025-10-02",
        amount=None,
        unit=None,
        aama_approved=False,
        category=None,
        notes="fax-like 1-bit scan, image-only PDF; vendor in-service, no credit; 'Oct. 2, 2025'; "
        "customer site named",
    ),
    render=dict(mode="fax", seed=31, dpi=200, angle=0.4, out="pdf", header=None, scanned=(2025, 10, 6, 8, 41)),
)

cert(
    "32-willowmere-immunization-update-scan.jpg",
    "scan",
    page(
        "landscape",
        """
.page { font-family: 'DejaVu Serif'; color: #1a1a1a; background: #fff; padding: 0.35in; }
.fr { height: 100%; border: 10px ridge #9e9e9e; padding: 34px 64px; text-align: center; position: relative; }
.org { font: bold 24px 'DejaVu Serif'; }
h1 { font: 36px 'DejaVu Serif'; margin: 24px 0 10px; }
.c { font-size: 16px; margin: 6px 0; }
.name { font: bold 36px 'DejaVu Sans'; margin: 8px 0; }
.title { font: bold 27px 'DejaVu Serif'; margin: 10px 0; }
.d { font: 16px 'DejaVu Sans'; margin-top: 10px; }
.st { font: 13px 'DejaVu Sans'; margin-top: 14px; }
.seal { position: absolute; left: 50px; bottom: 30px; }
.sig { position: absolute; right: 50px; bottom: 30px; }
""",
        f"""
<div class="fr">
  <div class="org">Willowmere Pediatric Education Foundation</div>
  <h1>Certificate of Completion</h1>
  <div class="c">awarded to</div>
  <div class="name">Graciela Ybarra</div>
  <div class="c">for completing the webinar</div>
  <div class="title">Pediatric Immunization Schedule Update 2026</div>
  <div class="d">15 Jan 2026</div>
  <div class="st">This webinar is approved for 1.0 AAMA CEU (Clinical).</div>
  <div class="seal">{seal('WILLOWMERE', 'WPEF', '#555')}</div>
  <div class="sig">{sigblock(3201, 'Dr. Anika Sorensen', 'Foundation Chair', 240)}</div>
</div>
""",
    ),
    dict(
        title="Pediatric Immunization Schedule Update 2026",
        provider="Willowmere Pediatric Education Foundation",
        completed_on="2026-01-15",
        amount="1.0",
        unit="aama_ceu",
        aama_approved=True,
        category="clinical",
        notes="grey JPEG scan; '15 Jan 2026'; year inside title",
    ),
    render=dict(mode="copy", seed=32, dpi=160, angle=-0.8, out="jpg"),
)


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

DATE_RE = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}[^)]*\)")


def chromium_pdf(html: str, work: Path, stem: str) -> bytes:
    src = work / f"{stem}.html"
    out = work / f"{stem}.pdf"
    src.write_text(html, encoding="utf-8")
    env = dict(os.environ, TZ="UTC")
    cmd = [
        "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        f"--user-data-dir={work / 'profile'}", "--no-first-run", "--disable-extensions",
        f"--print-to-pdf={out}", src.as_uri(),
    ]
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return out.read_bytes()


def pin_dates(data: bytes, stamp: str) -> bytes:
    """Replaces Chromium's creation/mod dates by a fixed stamp of the same byte length."""

    def repl(m):
        old = m.group(0)
        new = b"/" + m.group(1) + b" (D:" + stamp.encode() + b"+00'00')"
        if len(new) > len(old):
            raise ValueError("date stamp longer than original")
        return new.ljust(len(old), b" ")

    fixed = DATE_RE.sub(repl, data)
    if len(fixed) != len(data):
        raise ValueError("length changed")
    return fixed


def rasterise(pdf: Path, dpi: int, gray: bool = False) -> Image.Image:
    prefix = pdf.with_suffix("")
    args = ["pdftoppm", "-r", str(dpi), "-singlefile"]
    args += ["-gray"] if gray else ["-png"]
    if gray:
        args += ["-png"]
    subprocess.run(args + [str(pdf), str(prefix)], check=True)
    im = Image.open(str(prefix) + ".png")
    im.load()
    return im


def solve(a, b):
    """Gaussian elimination for a small dense system a x = b."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] for i in range(n)]


def perspective_coeffs(dst, src):
    """Coefficients mapping output points dst[i] to input points src[i] for Image.transform."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return solve(a, b)


def noise_layer(rnd: random.Random, size, amp: int) -> Image.Image:
    w, h = size
    raw = Image.frombytes("L", (w, h), rnd.randbytes(w * h))
    return raw.point(lambda v: v * 2 * amp // 255)


def add_noise(im: Image.Image, rnd: random.Random, amp: int, mono: bool = False) -> Image.Image:
    if im.mode == "L" or mono:
        n = noise_layer(rnd, im.size, amp)
        if im.mode != "L":
            n = Image.merge("RGB", (n, n, n))
        return ImageChops.add(im, n, 1.0, -amp)
    bands = [ImageChops.add(b, noise_layer(rnd, im.size, amp), 1.0, -amp) for b in im.split()]
    return Image.merge(im.mode, bands)


def smooth_field(rnd: random.Random, size, lo: float, hi: float, grid=(4, 3)) -> Image.Image:
    gw, gh = grid
    small = Image.new("L", (gw, gh))
    small.putdata([int(255 * rnd.uniform(lo, hi)) for _ in range(gw * gh)])
    return small.resize(size, Image.BICUBIC).filter(ImageFilter.GaussianBlur(max(size) / 30))


def background(rnd: random.Random, size, kind: str) -> Image.Image:
    w, h = size
    if kind == "wood":
        base = (150, 104, 64)
    elif kind == "dark":
        base = (52, 56, 66)
    else:
        base = (168, 166, 160)
    bg = Image.new("RGB", size, base)
    d = ImageDraw.Draw(bg)
    if kind == "wood":
        y = 0
        while y < h:
            t = rnd.randint(2, 9)
            shade = rnd.randint(-28, 18)
            col = tuple(max(0, min(255, c + shade)) for c in base)
            d.rectangle([0, y, w, y + t], fill=col)
            y += t
        bg = bg.filter(ImageFilter.GaussianBlur(2))
    field = smooth_field(rnd, size, 0.75, 1.0, (3, 3))
    bg = ImageChops.multiply(bg, Image.merge("RGB", (field, field, field)))
    return add_noise(bg, rnd, 10)


def photo(page_img: Image.Image, spec: dict) -> Image.Image:
    rnd = random.Random(spec["seed"] * 7919)
    page_img = page_img.convert("RGB")
    W, H = page_img.size
    margin = int(0.10 * max(W, H))
    CW, CH = W + 2 * margin, H + 2 * margin
    canvas = background(rnd, (CW, CH), spec.get("bg", "grey"))
    # destination quad: rotate about centre, shrink a little, jitter corners (perspective)
    ang = math.radians(spec.get("angle", 0.0))
    cx, cy = CW / 2 + rnd.uniform(-0.02, 0.02) * CW, CH / 2 + rnd.uniform(-0.02, 0.02) * CH
    scale = rnd.uniform(0.90, 0.95)
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    dst = []
    # keystone: top edge narrower or wider than bottom
    key = rnd.uniform(-0.035, 0.035)
    for i, (x, y) in enumerate(src):
        px, py = (x - W / 2) * scale, (y - H / 2) * scale
        px *= 1 + (key if y == 0 else -key)
        px += rnd.uniform(-0.012, 0.012) * W
        py += rnd.uniform(-0.012, 0.012) * H
        rx = px * math.cos(ang) - py * math.sin(ang)
        ry = px * math.sin(ang) + py * math.cos(ang)
        dst.append((cx + rx, cy + ry))
    coeffs = perspective_coeffs(dst, src)
    warped = page_img.transform((CW, CH), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (W, H), 255).transform((CW, CH), Image.PERSPECTIVE, coeffs, Image.BILINEAR, fillcolor=0)
    # drop shadow
    shadow = mask.filter(ImageFilter.GaussianBlur(max(CW, CH) / 90))
    shadow = ImageChops.offset(shadow, int(CW * 0.006), int(CH * 0.01)).point(lambda v: 255 - v * 55 // 100)
    canvas = ImageChops.multiply(canvas, Image.merge("RGB", (shadow, shadow, shadow)))
    canvas.paste(warped, (0, 0), mask)
    # uneven lighting + warm tint + a hotspot
    light = smooth_field(rnd, (CW, CH), 0.62, 1.0, (4, 3))
    hot_layer = Image.new("L", (CW // 4, CH // 4), 0)
    hx, hy = rnd.randint(CW // 16, CW * 3 // 16), rnd.randint(CH // 16, CH * 3 // 16)
    hr = rnd.randint(CW // 24, CW // 12)
    ImageDraw.Draw(hot_layer).ellipse([hx - hr, hy - hr * 3 // 4, hx + hr, hy + hr * 3 // 4], fill=255)
    hot_layer = hot_layer.filter(ImageFilter.GaussianBlur(hr * 0.8)).resize((CW, CH), Image.BILINEAR)
    tint = (255, rnd.randint(236, 248), rnd.randint(205, 230))
    lr = light.point(lambda v, t=tint[0]: v * t // 255)
    lg = light.point(lambda v, t=tint[1]: v * t // 255)
    lb = light.point(lambda v, t=tint[2]: v * t // 255)
    canvas = ImageChops.multiply(canvas, Image.merge("RGB", (lr, lg, lb)))
    canvas = ImageChops.add(canvas, Image.merge("RGB", (hot_layer,) * 3).point(lambda v: v * 18 // 255))
    # lens blur, sensor noise, downscale
    canvas = canvas.filter(ImageFilter.GaussianBlur(rnd.uniform(0.9, 1.6)))
    canvas = add_noise(canvas, rnd, 9)
    long_side = 1600 if not spec.get("png") else 1250
    f = long_side / max(CW, CH)
    canvas = canvas.resize((round(CW * f), round(CH * f)), Image.LANCZOS)
    return canvas


def photocopy(page_img: Image.Image, spec: dict) -> Image.Image:
    rnd = random.Random(spec["seed"] * 104729)
    g = page_img.convert("L")
    # copier tone curve: grey paper, heavier blacks
    paper = rnd.randint(214, 232)
    g = g.point(lambda v: int(min(paper, max(0, (v - 40) * paper / 190))))
    # uneven toner
    field = smooth_field(rnd, g.size, 0.88, 1.0, (3, 4))
    g = ImageChops.screen(g, ImageChops.invert(field).point(lambda v: v // 2))
    # speckles
    d = ImageDraw.Draw(g)
    W, H = g.size
    for _ in range(int(W * H / 9000)):
        x, y = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((0, 0, 0, 1, 1, 2))
        d.ellipse([x, y, x + r, y + r], fill=rnd.randint(40, 140))
    if spec.get("dark_edge"):
        edge = int(W * 0.025)
        for i in range(edge):
            d.line([(W - edge + i, 0), (W - edge + i, H)], fill=int(120 - 100 * i / edge))
    g = g.rotate(spec.get("angle", 0.0), resample=Image.BICUBIC, expand=False, fillcolor=paper)
    g = g.filter(ImageFilter.GaussianBlur(0.55))
    g = add_noise(g, rnd, 7)
    return g


def fax(page_img: Image.Image, spec: dict) -> Image.Image:
    rnd = random.Random(spec["seed"] * 15485863)
    g = page_img.convert("L")
    W, H = g.size
    # standard-mode fax: half vertical resolution
    g = g.resize((W, H // 2), Image.BILINEAR)
    g = g.rotate(spec.get("angle", 0.0), resample=Image.BICUBIC, fillcolor=255)
    g = add_noise(g, rnd, 14)
    g = g.point(lambda v: 255 if v > 185 else (0 if v < 70 else v))
    bw = g.convert("1")  # Floyd-Steinberg dithering
    g = bw.convert("L").resize((W, H), Image.NEAREST)
    d = ImageDraw.Draw(g)
    header = spec.get("header")
    if header:
        font = ImageFont.truetype(f"{FONT_DIR}/DejaVuSansMono.ttf", int(H * 0.0105))
        d.rectangle([0, 0, W, int(H * 0.022)], fill=255)
        d.text((int(W * 0.03), int(H * 0.006)), header, fill=0, font=font)
    # transmission streaks and dropouts
    for _ in range(rnd.randint(3, 6)):
        y = rnd.randrange(int(H * 0.05), H)
        d.line([(0, y), (W, y)], fill=rnd.choice((0, 255)), width=rnd.choice((1, 2)))
    return g.convert("1")


def save_scan(img: Image.Image, dest: Path, spec: dict, dpi: int) -> None:
    out = spec.get("out", "pdf")
    y, mo, d, h, mi = spec.get("scanned", (2025, 1, 1, 0, 0))
    stamp = time.struct_time((y, mo, d, h, mi, 0, 0, 1, 0))
    if out == "pdf":
        if img.mode == "1":
            img.save(dest, "PDF", resolution=dpi, creationDate=stamp, modDate=stamp, producer="ScanGear 4.2")
        else:
            img.convert("L").save(dest, "PDF", resolution=dpi, quality=70, creationDate=stamp, modDate=stamp,
                                  producer="ScanGear 4.2")
    elif out == "png":
        img = img.convert("L").quantize(32, dither=Image.Dither.NONE).convert("L")
        img.save(dest, "PNG", optimize=True, dpi=(dpi, dpi))
    else:
        img.convert("L").save(dest, "JPEG", quality=78, dpi=(dpi, dpi))


def build() -> None:
    for old in HERE.iterdir():
        if old.suffix in (".pdf", ".jpg", ".png"):
            old.unlink()
    work = Path(tempfile.mkdtemp(prefix="heldout3-"))
    try:
        expected = {}
        for i, c in enumerate(CERTS):
            stem = f"c{i:02d}"
            pdf_bytes = chromium_pdf(c["html"], work, stem)
            dest = HERE / c["file"]
            r = c["render"]
            if c["kind"] == "pdf":
                dest.write_bytes(pin_dates(pdf_bytes, c["pdf_date"]))
            elif c["kind"] == "image":
                img = rasterise(work / f"{stem}.pdf", 140)
                out = photo(img, r)
                if r.get("png"):
                    out.save(dest, "PNG", optimize=True)
                else:
                    out.save(dest, "JPEG", quality=80)
            else:
                dpi = r.get("dpi", 200)
                img = rasterise(work / f"{stem}.pdf", dpi, gray=True)
                out = fax(img, r) if r["mode"] == "fax" else photocopy(img, r)
                save_scan(out, dest, r, dpi)
            expected[c["file"]] = c["expected"]
            print(f"{c['file']:55s} {dest.stat().st_size // 1024:5d} KB")
        (HERE / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    build()
