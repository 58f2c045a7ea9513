"""The reader's layout signals: body size by letters, signatories, learner names, wordmarks, full names."""

import datetime as dt
from decimal import Decimal

import pytest

from credentials.reader.dates import _dates_in
from credentials.reader.found import _Line
from credentials.reader.layout import _HEADING, _body_size
from credentials.reader.names import _signatory
from credentials.reader.provider import _abbreviates, _brand_head, _extended
from credentials.reader.reading import _extract
from credentials.reader.title import _plainly_not_a_title


def lines(*rows):
    return [_Line(text, 1, size=size) for size, text in rows]


def test_body_size_is_weighted_by_letters_not_lines():
    page = lines(
        (34, "Certificate of Learning"),
        (38, "Winston Abernathy-Cole"),
        (15, "Medical Terminology Refresher"),
        (10, "This certificate is awarded for the completion of an online course of study."),
        (10, "Issued by the education office; keep it with your records for four years."),
    )
    assert _body_size(page) == 10


def test_a_name_printed_again_with_a_credential_or_over_a_role_is_a_signatory():
    page = lines(
        (15, "Loretta Simmons"),
        (9, "Loretta Simmons, CMA (AAMA)"),
        (15, "Marguerite Lee"),
        (8, "Executive Director"),
    )
    assert _signatory(page, 0)
    assert _signatory(page, 2)
    assert _signatory(lines((15, "Dr. Colette Ramirez")), 0)
    assert not _signatory(lines((15, "Wound Care Basics"), (11, "Date completed: 7 March 2024")), 0)


def test_title_smaller_than_the_learner_name_is_still_the_title():
    page = lines(
        (50, "CERTIFICATE"),
        (14, "of continuing education"),
        (40, "Tatiana Reyes-Holm"),
        (15, "Wound Care Basics: Dressings and Patient Teaching"),
        (11, "Date completed: 7 March 2024"),
        (9, "1 AAMA CEU (Clinical). Approved by the American Association of Medical Assistants."),
        (15, "Dr. Colette Ramirez"),
        (9, "Dr. Colette Ramirez, Coordinator"),
    )
    assert _extract(page, ocr=False)["title"].value == "Wound Care Basics: Dressings and Patient Teaching"


def test_learner_name_before_what_they_did_is_not_the_title():
    page = lines(
        (16, "Laurel Fork Chapter of Medical Assistants"),
        (30, "Certificate of Attendance"),
        (24, "Ashley Rae Gutierrez"),
        (11, "attended the"),
        (20, "Fall Clinical Skills Workshop"),
        (10, "October 18, 2025"),
        (9, "This program has been approved for 2.0 AAMA CEUs in the clinical category."),
    )
    assert _extract(page, ocr=False)["title"].value == "Fall Clinical Skills Workshop"


def test_wordmark_and_full_names():
    assert _brand_head(_Line("NORTHBEAM", 1, size=16), _Line("HEALTH LEARNING", 1, size=8))
    assert not _brand_head(_Line("MVHS", 1, size=26), _Line("Mountain View Health System", 1, size=10))
    assert _abbreviates("Tri-River SMA", "Tri-River Society of Medical Assistants")
    assert not _abbreviates("Tri-River", "Tri-River Society of Medical Assistants")
    # Initials in the middle of a wordmark, the company suffix left off.
    full = "Keystone Medical Assistant Learning Network, Inc."
    assert _abbreviates("KEYSTONE MA LEARNING NETWORK", full)
    assert not _abbreviates("MA LEARNING NETWORK", full)
    assert not _abbreviates("KEYSTONE MA NETWORK", full)
    text = "Northfield Professional Learning Institute is accredited by IACET."
    assert (
        _extended("Professional Learning Institute", text, None)
        == "Northfield Professional Learning Institute"
    )
    assert (
        _extended("Professional Learning Institute", "Approved by Professional Learning Institute", None)
        is None
    )


# ---- calibration: "sure" (confidence >= 0.9) only when independent signals agree ---------------------


def sure(found) -> bool:
    return found.value is not None and found.confidence >= 0.9


def test_a_labelled_completion_date_alone_is_sure():
    page = lines(
        (10, "Wound Care Basics"), (10, "Date of completion: March 7, 2024"), (10, "1.0 contact hour")
    )
    assert sure(_extract(page, ocr=False)["completed_on"])


def test_a_completion_date_beside_an_unlabelled_date_or_a_second_completion_is_not_sure():
    page = lines((10, "Date of completion: March 7, 2024"), (10, "March 2, 2024"))
    found = _extract(page, ocr=False)["completed_on"]
    assert found.value == dt.date(2024, 3, 7) and not sure(found)
    page = lines((10, "Course completed: March 7, 2024"), (10, "Module completed on March 9, 2024"))
    assert not sure(_extract(page, ocr=False)["completed_on"])
    # A date labelled as something else on its own line does not compete.
    page = lines((10, "Date of completion: March 7, 2024"), (10, "Certificate printed: March 9, 2024"))
    assert sure(_extract(page, ocr=False)["completed_on"])


def test_a_label_naming_another_role_is_not_a_sure_completion():
    page = lines((10, "Registration completed on March 1, 2024"))
    assert not sure(_extract(page, ocr=False)["completed_on"])


def test_a_date_in_numbers_either_way_round_is_not_sure_and_a_day_first_page_reads_day_first():
    found = _extract(lines((10, "Completion date: 05/06/2025")), ocr=False)["completed_on"]
    assert found.value == dt.date(2025, 5, 6) and not sure(found)
    page = lines((10, "Completion date: 05/06/2025"), (10, "Fecha de emisión: 22/06/2025"))
    assert _extract(page, ocr=False)["completed_on"].value == dt.date(2025, 6, 5)


def test_an_amount_beside_another_amount_earned_is_not_sure_but_its_restatement_is():
    page = lines((10, "Contact hours awarded: 1.5"), (10, "This activity offers 2.0 contact hours."))
    assert not sure(_extract(page, ocr=False)["amount"])
    page = lines((10, "1.0 IACET CEU (10 contact hours)"))
    assert sure(_extract(page, ocr=False)["amount"])
    page = lines((10, "Credit awarded: 1 CE hour"), (10, "Time: 12:00-1:00 p.m. ET"))
    assert sure(_extract(page, ocr=False)["amount"])


def test_a_provider_is_sure_only_from_a_text_layer_and_never_as_the_approving_body():
    page = [
        (14, "Harbor Point Health Academy"),
        (10, "Certificate of Completion"),
        (10, "Jane Roe"),
        (10, "completed the course Safe Injection Practices"),
        (10, "Harbor Point Health Academy is accredited by IACET to issue IACET CEUs."),
        (10, "Maria Lopez"),
        (9, "Program Director, Harbor Point Health Academy"),
    ]
    assert sure(_extract(lines(*page), ocr=False)["provider"])
    assert not sure(_extract(lines(*page), ocr=True)["provider"])
    vouched = [*page[:-1], (9, "This course is approved by Harbor Point Health Academy for 1 CEU.")]
    assert not sure(_extract(lines(*vouched), ocr=False)["provider"])


def test_a_wordmark_with_initials_is_the_company_named_in_full_in_the_footer():
    page = lines(
        (22, "KEYSTONE"),
        (9, "MA LEARNING NETWORK"),
        (30, "Certificate of Participation"),
        (24, "Tamsin Oyelaran"),
        (11, "participated in the live webinar"),
        (18, "Navigating Prior Authorizations"),
        (10, "Webinar date: March 12, 2025"),
        (7, "Keystone Medical Assistant Learning Network, Inc. · PO Box 4471 · Carlisle Ridge, PA 17013"),
    )
    assert _extract(page, ocr=False)["provider"].value == "Keystone Medical Assistant Learning Network, Inc."


def test_a_copyright_holder_ends_at_its_company_suffix():
    page = lines(
        (22, "Certificate of Training"),
        (24, "Renee Whitby"),
        (11, "has completed the manufacturer's operator training for"),
        (18, "SpiroLink 300 Office Spirometer: Operation and Calibration"),
        (10, "Training completed Apr 15, 2024"),
        (8, "© 2024 Veritrace Medical Devices, Inc. SpiroLink is a trademark of Veritrace Medical Devices."),
    )
    assert _extract(page, ocr=False)["provider"].value == "Veritrace Medical Devices, Inc."


@pytest.mark.parametrize(
    ("totals", "amount"),
    [
        ("TERM: ATT 3.00  ERN 3.00  GPA 3.67", "3.00"),
        ("Term totals: Attempted 3.0 Earned 3.0 GPA 3.30", "3.0"),
        ("TERM CREDITS ATTEMPTED: 4.0 EARNED: 3.0 TERM GPA: 2.00", "3.0"),
        ("TERM CR 3.0 TERM GPA 4.00 CUM CR 17.0", "3.0"),
    ],
)
def test_a_transcripts_term_totals_are_the_college_credit_earned(totals, amount):
    page = lines(
        (13, "NORTH FORK COMMUNITY COLLEGE"),
        (9, "OFFICE OF THE REGISTRAR - UNOFFICIAL TRANSCRIPT EXTRACT"),
        (9, "TERM: FALL 2024  08/26/2024 - 12/13/2024"),
        (9, "COURSE  TITLE  GRADE"),
        (9, "MA 140  PHARMACOLOGY FOR MEDICAL ASSISTANTS  A"),
        (9, totals),
    )
    fields = _extract(page, ocr=True)
    assert (str(fields["amount"].value), fields["unit"].value) == (amount, "college_credit")


def test_a_record_table_drawn_cell_by_cell_with_a_wrapped_title_keeps_its_columns():
    page = lines(
        (16, "Lakeshore Family Health"),
        (12, "COURSE COMPLETION RECORD"),
        (8.5, "Learner:"),
        (9.5, "Dana Whitfield"),
        (8.5, "Course ID"),
        (8.5, "Course Title"),
        (8.5, "Completed"),
        (8.5, "CE Hours"),
        (8.5, "Status"),
        (8.5, "LFH-CL-0412"),
        (8.5, "Safe Sharps Handling and Disposal in the"),
        (8.5, "Outpatient Clinic"),
        (8.5, "03/11/2025"),
        (8.5, "0.75"),
        (8.5, "Complete"),
        (8, "Report generated 03/14/2025 09:02."),
    )
    fields = _extract(page, ocr=False)
    assert fields["title"].value == "Safe Sharps Handling and Disposal in the Outpatient Clinic"
    assert (fields["completed_on"].value, str(fields["amount"].value)) == (dt.date(2025, 3, 11), "0.75")


def test_a_transcripts_one_course_row_is_the_title_not_its_column_headings():
    page = lines(
        (12, "NORTH FORK COMMUNITY COLLEGE  STUDENT ACADEMIC HISTORY"),
        (8, "Office of the Registrar  Printed: 06/02/2025"),
        (8, "TERM: SPRING 2025  01/13/2025 - 05/09/2025"),
        (8, "COURSE  TITLE  CR HRS  GRADE"),
        (8, "MED 214  Billing and Coding Essentials  :  3.00  A-"),
        (8, "TERM: ATT 3.00  ERN 3.00  GPA 3.67"),
    )
    assert _extract(page, ocr=True)["title"].value == "Billing and Coding Essentials"


@pytest.mark.parametrize(
    "printed",
    [
        "Course Title: MAST 214, Pharmacology for Medical Assistants",
        "Course Title: BCA-PH214 Pharmacology for Medical Assistants",
        "Course Title: BCA-PH214  Pharmacology for Medical Assistants",
    ],
)
def test_a_course_code_before_the_title_is_left_out(printed):
    page = lines(
        (14, "Brookhollow Coding Academy"),
        (22, "Certificate of Completion"),
        (12, "Participant: Ellen Sorensen"),
        (12, printed),
        (12, "Date Completed: 08-OCT-2024"),
    )
    assert _extract(page, ocr=False)["title"].value == "Pharmacology for Medical Assistants"
    kept = lines((22, "Certificate of Completion"), (12, "Course Title: VX-300 Vital Signs Monitor Use"))
    assert _extract(kept, ocr=False)["title"].value == "VX-300 Vital Signs Monitor Use"


def test_a_cards_provider_is_its_issuer_not_the_training_site_that_taught_it():
    page = lines(
        (12, "CARDIAC RESPONSE INSTITUTE"),
        (16, "Adult CPR & AED Provider"),
        (14, "Kevin Thibodeaux"),
        (9, "Course completed 05/06/2025"),
        (9, "Expiration  05/31/2027"),
        (10, "Training center  Bayou Health Training Center"),
        (9, "Instructor  L. Fontenot #22817"),
    )
    assert _extract(page, ocr=True)["provider"].value.upper() == "CARDIAC RESPONSE INSTITUTE"
    course = lines(
        (14, "Certificate of Completion"),
        (12, "Medical Terminology Refresher"),
        (10, "Training Center: Mercy Health Training Center"),
    )
    assert _extract(course, ocr=False)["provider"].value == "Mercy Health Training Center"


def test_of_two_unlabelled_dates_the_one_by_what_was_done_is_the_completion():
    page = lines(
        (15, "MERCY OAKS HOSPITAL"),
        (26, "Certificate of Participation"),
        (26, "Wendell Akinyemi"),
        (12, "for participating in the"),
        (22, "2025 Annual Competency Skills Fair"),
        (10, "June 10, 2025 · Stations completed: hand hygiene, glucometer QC, crash cart check"),
        (9, "Attendance only - no continuing education credit is awarded."),
        (9, "Lucinda Farraday, MSN, RN-BC"),
        (8.5, "Manager, Clinical Education"),
        (11, "2025-06-11"),
    )
    assert _extract(page, ocr=False)["completed_on"].value == dt.date(2025, 6, 10)


def test_a_society_printed_over_two_sizes_is_its_full_name():
    page = lines(
        (22, "SILVER LAKE STATE SOCIETY"),
        (14, "OF MEDICAL ASSISTANTS"),
        (34, "Certificate of Attendance"),
        (22, "Juniper A. Castellanos, CMA (AAMA)"),
        (13, "for attendance at the"),
        (21, "2025 Annual Convention"),
        (13, "Total AAMA CEUs awarded: 6.5"),
        (12, "Session record - Silver Lake State Society."),
    )
    assert (
        _extract(page, ocr=False)["provider"].value.lower()
        == "silver lake state society of medical assistants"
    )


def test_a_wordmark_over_its_kind_and_a_department_is_the_wordmark_and_its_kind():
    page = lines(
        (24, "TRELLIS"),
        (9.5, "RESPIRATORY SYSTEMS"),
        (9, "Customer Clinical Education"),
        (30, "Certificate of Training"),
        (20, "Bartholomew Ngata"),
        (11, "completed hands-on operator training for"),
        (15.5, "SpiroTrak 300 Spirometer: Calibration and Cleaning"),
    )
    assert _extract(page, ocr=False)["provider"].value.upper() == "TRELLIS RESPIRATORY SYSTEMS"


def test_a_logos_caption_over_the_next_field_is_no_provider():
    page = lines(
        (18, "MERIDIAN"),
        (10.5, "WORKFORCE INSTITUTE"),
        (28, "Certificate of Achievement"),
        (16, "Customer Service Excellence in the Medical Office"),
        (12, "IACET"),
        (6.5, "Accredited Provider"),
        (7.5, "Course ID MWI-CS-114  ·  Record #2024-04-0912"),
    )
    assert _extract(page, ocr=False)["provider"].value.upper() == "MERIDIAN WORKFORCE INSTITUTE"


@pytest.mark.parametrize(
    "sentence",
    [
        "This webinar has been approved for 1.5 administrative AAMA CEUs.",
        "Approved for 1.5 clinical AAMA CEU",
        "1.5 general AAMA continuing education units",
    ],
)
def test_a_category_before_aama_ceus_still_names_the_amount(sentence):
    page = lines(
        (22, "Certificate of Completion"),
        (16, "De-escalation at the Front Desk"),
        (10, "Completed on March 3, 2025"),
        (9, sentence),
    )
    fields = _extract(page, ocr=False)
    assert (str(fields["amount"].value), fields["unit"].value) == ("1.5", "aama_ceu")


def test_a_split_is_read_from_its_total_line_not_the_first_sessions_of_its_table():
    from credentials.reader.amounts import _category_split

    text = "\n".join(
        [
            "Session Category AAMA CEU",
            "Suture and Staple Removal Clinical 1.0",
            "Medical Records Release Requests Administrative 1.0",
            "Orthostatic Vital Signs Clinical 0.5",
            "Total: 2.5 AAMA CEUs  (1.5 clinical, 1.0 administrative)",
        ]
    )
    assert _category_split(text, Decimal("2.5")) == {
        "clinical": Decimal("1.5"),
        "administrative": Decimal("1.0"),
    }


def test_a_table_of_several_rows_gives_none_of_its_rows_values_to_the_certificate():
    page = lines(
        (24, "CERTIFICATE OF COMPLETION"),
        (17, "Pharmacology Update for Medical Assistants"),
        (10, "Date of completion: February 21, 2025"),
        (11, "Credit awarded: 1.2 IACET CEUs (12.0 contact hours)"),
        (16, "Learner Transcript"),
        (9.5, "Pharmacology Update for Medical Assistants  ·  Ezekiel Marchbanks-Toure"),
        *[(9, cell) for cell in ("Module", "Title", "Completed", "Contact Hours")],
        *[(9, cell) for cell in ("1", "Drug Classifications", "01/13/2025", "6.0")],
        *[(9, cell) for cell in ("2", "Dosage Calculation Review", "02/21/2025", "6.0")],
    )
    fields = _extract(page, ocr=False)
    assert (str(fields["amount"].value), fields["unit"].value) == ("1.2", "iacet_ceu")
    assert fields["title"].value == "Pharmacology Update for Medical Assistants"


@pytest.mark.parametrize(
    ("rows", "day"),
    [
        (
            ["September 25-27, 2025  ·  Harborview Conference Center", "Issued October 6, 2025"],
            dt.date(2025, 9, 27),
        ),
        (
            ["Date / Fecha  07/06/2025", "Dates are day/month/year - Las fechas se expresan dia/mes/anio"],
            dt.date(2025, 6, 7),
        ),
        (
            [
                "Presented by Loretta Quinby, LCSW  -  Harwick Family Services",
                "Tuesday, March 12, 2024  ·  Fenwick Grange Hall",
                "RSVP received 02/27/2024  ·  Certificate mailed 03/20/2024",
            ],
            dt.date(2024, 3, 12),
        ),
    ],
)
def test_the_course_days_beat_issue_mail_and_print_dates(rows, day):
    page = lines(
        (26, "Certificate of Attendance"),
        (20, "Theodora M. Quist, CMA (AAMA)"),
        (12, "attended the educational program"),
        (19, "Recognizing Elder Abuse and Neglect"),
        *[(11, row) for row in rows],
    )
    assert _extract(page, ocr=False)["completed_on"].value == day


def test_a_speaker_after_presented_by_is_not_the_provider_and_an_organisation_there_is():
    page = lines(
        (15, "BRAMBLE RIDGE CHAPTER OF MEDICAL ASSISTANTS"),
        (12, "Monthly Education Dinner Meeting"),
        (12, "This certifies that"),
        (20, "Wilhelmina Ostrander"),
        (12, "attended the educational program"),
        (19, "Caring for Patients After a Fall"),
        (11, "Presented by Delphine Marchetti, LCSW  -  Orchard Family Services"),
        (11, "Tuesday, April 8, 2025"),
    )
    provider = _extract(page, ocr=False)["provider"].value
    assert provider.lower() == "bramble ridge chapter of medical assistants"
    by_organisation = lines(
        (30, "Certificate of Attendance"),
        (24, "Ezekiel Thornbury"),
        (17, "Asthma Action Plans for Families"),
        (15, "presented by Larchmont Pediatrics"),
        (14, "Date: 05/21/2025"),
    )
    assert _extract(by_organisation, ocr=False)["provider"].value == "Larchmont Pediatrics"


@pytest.mark.parametrize(
    "department",
    [
        ("Office of Workforce & Continuing Education", "Director, Workforce & Continuing Ed."),
        ("Nursing Education & Professional Practice", "Director, Nursing Education & Professional Practice"),
    ],
)
def test_a_department_signing_is_not_the_provider_its_organisation_is(department):
    office, signed = department
    page = lines(
        (22, "GRANBY HOLLOW REGIONAL HOSPITAL"),
        (12, office),
        (30, "Certificate of Completion"),
        (13, "This is to certify that"),
        (24, "Octavia Lindqvist"),
        (13, "has successfully completed"),
        (18, "Safe Patient Handling for Clinic Staff"),
        (12, "a course of 2 contact hours held on March 3, 2025."),
        (9.5, "Rosalind Achterberg, MSN"),
        (9.5, signed),
    )
    assert _extract(page, ocr=False)["provider"].value.lower() == "granby hollow regional hospital"


def test_labels_heading_their_dates_are_not_read_as_captions_of_the_dates_above():
    page = lines(
        (15, "Quillmark CE"),
        (7.5, "REGISTERED"),
        (12, "04/21/2025"),
        (7.5, "COMPLETED ON"),
        (12, "05/06/2025"),
        (7.5, "CERTIFICATE GENERATED"),
        (12, "05/07/2025"),
        (28, "Certificate of Completion"),
        (17, "Adult Immunization Update"),
    )
    assert _extract(page, ocr=False)["completed_on"].value == dt.date(2025, 5, 6)


def test_a_sentence_naming_the_end_of_the_course_over_two_lines_beats_the_issue_date():
    page = lines(
        (17, "TAMWORTH VALLEY COMMUNITY COLLEGE"),
        (15, "Verification of Course Completion"),
        (11, "Date Issued: 01/06/2025"),
        (11, "The student named above earned 3 semester credits for it. The course ended on"),
        (11, "December 13, 2024, and final grades were posted December 18, 2024."),
    )
    assert _extract(page, ocr=False)["completed_on"].value == dt.date(2024, 12, 13)


def test_a_wordmark_takes_its_company_name_from_a_copyright_line_anywhere_on_it():
    page = lines(
        (20, "Brightmoor"),
        (8, "LEARNING"),
        (22, "CERTIFICATE OF PARTICIPATION"),
        (11, "Awarded to"),
        (26, "Philippa Oduya"),
        (11, "for participating in the live webinar"),
        (22, "Taming the Inbox: Triage of Patient Portal Messages"),
        (12, "Thursday, June 5, 2025"),
        (7.5, "© 2025 Brightmoor Learning, LLC  ·  Questions? help@brightmoor.example"),
    )
    assert _extract(page, ocr=False)["provider"].value == "Brightmoor Learning, LLC"


def test_by_an_unnamed_provider_or_a_cards_training_provider_is_not_the_provider():
    card = lines(
        (24, "American Red Cross"),
        (11, "CERTIFICATE OF COMPLETION"),
        (28, "Ingeborg Salcedo"),
        (11, "HAS SUCCESSFULLY COMPLETED REQUIREMENTS FOR"),
        (24, "Adult First Aid/CPR/AED"),
        (11, "Date completed: 07/09/2025"),
        (11, "Valid for 2 years"),
        (11, "Training Provider: Quarry Lane Safety Co."),
        (8, "Conducted by an authorized training provider using American Red Cross course materials."),
    )
    assert _extract(card, ocr=False)["provider"].value == "American Red Cross"


def test_an_exhibit_halls_sponsor_is_not_the_provider():
    page = lines(
        (20, "Cobalt Ridge State Society of Medical Assistants"),
        (33, "Spring Into Practice 2025"),
        (12, "Annual Educational Conference - March 3-5, 2025"),
        (12, "Certificate of Attendance for"),
        (28, "Rosamund Achebe, CMA (AAMA)"),
        (12, "7.0 CEUs approved by the American Association of Medical Assistants (AAMA)."),
        (9.6, "Exhibit hall sponsored by Tamarind Medical Staffing."),
    )
    provider = _extract(page, ocr=False)["provider"].value
    assert provider == "Cobalt Ridge State Society of Medical Assistants"


def test_a_header_behind_a_copiers_specks_is_the_provider():
    page = lines(
        (33, "_.WILLOWMERE MEDICAL CENTER"),
        (13, "Department of Nursing & Clinical Education"),
        (25, "CERTIFICATE OF ATTENDANCE"),
        (29, "Harriet Lindgren"),
        (15, "attended the competency class"),
        (30, "Autoclave Sterilization and Instrument Processing"),
        (19, "Date: 12/05/2024  2.0 contact hours"),
    )
    assert _extract(page, ocr=True)["provider"].value.lower() == "willowmere medical center"


def test_a_title_wrapped_before_at_the_runs_on():
    page = lines(
        (34, "HARTWELL"),
        (10, "Seminar Series 2025"),
        (28, "Certificate of Attendance"),
        (13, "Issued to  Cassius Vandermeer"),
        (24, "Managing Difficult Conversations"),
        (24, "at the Front Desk"),
        (11, "Seminar date:  Aug 7, 2025"),
        (12, "Credit:  1.0 contact hour"),
    )
    assert _extract(page, ocr=False)["title"].value == "Managing Difficult Conversations at the Front Desk"


def test_the_last_of_a_courses_class_meetings_is_its_completion():
    page = lines(
        (26, "ELMSTEAD COMMUNITY COLLEGE"),
        (30, "Certificate of Completion"),
        (12.5, "has satisfactorily completed the non-credit continuing education course"),
        (21, "Phlebotomy Refresher for Medical Assistants"),
        (10.5, "Class meetings: Saturday, February 1, 2025 and Saturday, February 8, 2025"),
        (16, "8.0 contact hours"),
        (8, "Date issued: February 12, 2025"),
    )
    assert _extract(page, ocr=False)["completed_on"].value == dt.date(2025, 2, 8)


def test_a_date_in_a_table_row_is_labelled_by_its_own_columns_heading():
    page = lines(
        (18, "Brookhurst Physicians Group"),
        (22, "Learning Completion Certificate"),
        (8.5, "Course Title  Course ID  Assigned  Due  Completed  CE Hours"),
        (9.5, "Telephone Triage Essentials  BPG-TT-101  03/01/2025  04/30/2025  04/03/2025  1.25"),
        (7.5, "Printed from the Learning Hub on 04/07/2025"),
    )
    assert _extract(page, ocr=False)["completed_on"].value == dt.date(2025, 4, 3)


def test_a_formal_certificate_in_words_approval_category_and_date():
    page = lines(
        (28, "St. Brendan Medical Center"),
        (24, "Medical Assistant Education Day 2024"),
        (13, "This certificate is presented to"),
        (28, "Cordelia Halvorsen"),
        (13, "in recognition of attendance on the ninth day of November, two thousand twenty-four,"),
        (13, "in the Brennan Auditorium."),
        (13, "The American Association of Medical Assistants (AAMA) has approved this program for two"),
        (13, "(2.0) continuing education units in the general category."),
    )
    fields = _extract(page, ocr=False)
    assert fields["completed_on"].value == dt.date(2024, 11, 9)
    assert fields["aama_approved"].value is True
    assert fields["category"].value == "general"


@pytest.mark.parametrize(
    "words, day",
    [
        ("this twenty first day of March 2025", dt.date(2025, 3, 21)),
        ("the first day of June, two thousand and twenty-five.", dt.date(2025, 6, 1)),
        ("the thirty-second day of May 2024", None),
    ],
)
def test_dates_written_in_words(words, day):
    assert [hit.date for hit in _dates_in(words)] == ([day] if day else [])


def test_a_spanish_category_after_its_label_on_the_next_line():
    page = lines(
        (24, "Instituto Latino de Asistentes Médicos"),
        (21, "Comunicación intercultural con pacientes"),
        (13, "impartido el 14 de mayo de 2025"),
        (12, "Aprobado por la American Association of Medical Assistants (AAMA) para 1.5 CEU - categoría:"),
        (12, "general."),
    )
    assert _extract(page, ocr=False)["category"].value == "general"


@pytest.mark.parametrize(
    "said", ["2.0 CEUs - Clinical - approved by the AAMA", "AAMA approved: 2.0 CEUs, Clinical"]
)
def test_a_category_after_the_ceus_and_a_dash_or_comma(said):
    page = lines(
        (22, "Larkmoor Chapter of Medical Assistants"),
        (27, "Venipuncture Technique Review"),
        (14, "March 8, 2025"),
        (16, said),
    )
    assert _extract(page, ocr=False)["category"].value == "clinical"


def test_a_heading_row_with_a_wide_gap_labels_each_column_apart():
    card = lines(
        (15, "American Heart Association"),
        (28, "BLS Provider"),
        (13, "Ignatius Oyelaran"),
        (8, "has successfully completed the cognitive and skills evaluations of the BLS Provider course."),
        (7, "Course Date  Renew By"),
        (9, "08/21/2024  08/2026"),
        (8, "Issue Date  08/23/2024"),
    )
    assert _extract(card, ocr=True)["completed_on"].value == dt.date(2024, 8, 21)


@pytest.mark.parametrize("heading", ["Course Completion Record", "Learner Completion Record"])
def test_a_records_heading_is_not_its_title(heading):
    page = lines(
        (15, "Ashcombe Regional Medical Center"),
        (9.5, "Learning & Organizational Development"),
        (20, heading),
        (10.5, "Learner: Ximena Halvorsen · Medical Assistant"),
        (10.5, "Course title: Workplace Violence Prevention for Front-Desk Staff"),
        (10.5, "Course code ARMC-SAF-031"),
        (10.5, "Enrolled 2024-09-03 09:12"),
        (10.5, "Completion 2024-09-30 14:05"),
        (10.5, "Duration 45 minutes"),
    )
    assert _extract(page, ocr=False)["title"].value == "Workplace Violence Prevention for Front-Desk Staff"


def test_a_logo_read_as_two_letters_over_the_name_is_not_part_of_it():
    page = lines(
        (40.8, "Ee"),
        (27.3, "Brackenfield Medical Assistants Society"),
        (31.5, "Certificate of Continuing Education"),
        (15.9, "This is to certify that"),
        (26.7, "Philippa Okoye"),
        (12.9, "attended the hands-on workshop"),
        (19.5, "Wound Care Basics for the Ambulatory Setting"),
        (20.4, "Saturday, Nov. 2, 2024"),
    )
    provider = _extract(page, ocr=True)["provider"].value
    assert provider == "Brackenfield Medical Assistants Society"


@pytest.mark.parametrize(
    "text, plainly",
    [
        ("CE Hours: 2", True),
        ("Location: Ridgeview Allergy & Asthma, Suite 4", True),
        ("Grd: Clinical Laboratory Procedures", True),
        ("My Learning › Transcript › Completion Record", True),
        ("course", True),
        ("Spirometry Coaching: Getting Reproducible Efforts", False),
        ("eLearning Essentials for the Front Desk", False),
        ("HIPAA Privacy & Security Annual Training 2025", False),
    ],
)
def test_a_field_a_breadcrumb_or_a_lower_case_phrase_is_never_a_title(text, plainly):
    assert _plainly_not_a_title(text) is plainly


def test_a_labelled_amount_is_not_taken_for_the_title():
    page = lines(
        (15, "Bayshore Practice Academy"),
        (26, "Certificate of Completion"),
        (20, "Anneliese Moreau"),
        (12, "completed the on-demand course"),
        (12, "CE Hours: 2"),
        (18, "Appointment Scheduling Templates That Reduce No-Shows"),
        (11, "Completed on March 4, 2025"),
    )
    title = _extract(page, ocr=False)["title"].value
    assert title == "Appointment Scheduling Templates That Reduce No-Shows"


def test_a_name_printed_a_word_a_line_in_a_sidebar_is_the_provider():
    page = lines(
        (13, "Larchfield"),
        (13, "Medical"),
        (13, "Assistant"),
        (13, "Education"),
        (13, "Network"),
        (8.5, "Regional education for CMAs (AAMA) since 2009"),
        (27, "Certificate of Participation"),
        (19, "Bronwyn Castellano"),
        (10, "participated in the evening seminar"),
        (17, "Managing Patient Portal Messages"),
        (10.5, "November 8, 2025"),
        (9, "This program has been approved for 1.0 administrative AAMA CEU by the"),
        (9, "American Association of Medical Assistants."),
    )
    provider = _extract(page, ocr=False)["provider"].value
    assert provider == "Larchfield Medical Assistant Education Network"


@pytest.mark.parametrize(
    "heading", ["Course Completion Record", "Competency Validation Record", "Learning Completion Certificate"]
)
def test_a_records_kind_is_a_heading(heading):
    assert _HEADING.match(heading)


@pytest.mark.parametrize("text", ["Immunization Education Form", "Medical Records Training"])
def test_a_course_about_records_or_forms_is_not_a_heading(text):
    assert not _HEADING.match(text)


# What an independent review of these rules found them doing to ordinary certificates; each was
# read right before the rules and is again.
def test_a_print_stamp_under_a_sentence_is_not_the_completion():
    page = lines(
        (20, "Course Completion"),
        (18, "Infection Control Basics"),
        (11, "Completion date: 04/03/2025"),
        (9, "Contact the education office to verify the credits earned"),
        (8, "05/07/2025  10:14 AM  Page 1 of 1"),
    )
    assert _extract(page, ocr=False)["completed_on"].value == dt.date(2025, 4, 3)


def test_caption_style_dates_under_a_title_with_a_label_word_keep_their_captions():
    page = lines(
        (18, "Hand Hygiene Based on CDC Guidance"),
        (12, "04/21/2025"),
        (7.5, "REGISTERED"),
        (12, "05/06/2025"),
        (7.5, "COMPLETED"),
        (12, "05/07/2025"),
        (7.5, "CERTIFICATE GENERATED"),
    )
    assert _extract(page, ocr=False)["completed_on"].value == dt.date(2025, 5, 6)


@pytest.mark.parametrize(
    "title",
    [
        "e-Prescribing Basics for Medical Assistants",
        "drchrono EHR Essentials for the Front Desk",
        "Blood Pressure > 140/90: Managing Hypertension",
        "Time: Your Most Valuable Resource in the Clinic",
    ],
)
def test_real_titles_are_never_plainly_not_titles(title):
    assert not _plainly_not_a_title(title)


@pytest.mark.parametrize(
    "top, want",
    [
        (["Mercy Clinic", "Springfield", "Illinois"], "mercy clinic"),
        (["Riverside", "Family Clinic", "Jane Doe"], "riverside family clinic"),
    ],
)
def test_short_lines_at_the_top_are_not_glued_into_one_name(top, want):
    page = lines(
        *[(14, text) for text in top], (26, "Certificate of Completion"), (18, "Sharps Safety Review")
    )
    assert (_extract(page, ocr=False)["provider"].value or "").lower() == want


@pytest.mark.parametrize("name", ["Community Medical Center", "Academic Medical Center"])
def test_an_organisation_named_community_or_academic_is_still_one(name):
    page = lines((16, name), (26, "Certificate of Completion"), (18, "Sharps Safety Review"))
    assert _extract(page, ocr=False)["provider"].value == name


@pytest.mark.parametrize("said", ["Presented by Kaiser Permanente", "Provided by Johns Hopkins"])
def test_an_organisation_of_two_words_after_by_is_the_provider(said):
    page = lines((26, "Certificate of Completion"), (18, "Sharps Safety Review"), (11, said))
    assert _extract(page, ocr=False)["provider"].value == said.split(" by ")[1]


def test_a_venue_in_the_titles_size_does_not_run_on_into_it():
    page = lines(
        (28, "Certificate of Attendance"),
        (13, "Issued to  Cassius Vandermeer"),
        (24, "Managing Difficult Conversations"),
        (24, "at the Hilton Garden Inn"),
        (11, "Seminar date:  Aug 7, 2025"),
    )
    assert _extract(page, ocr=False)["title"].value == "Managing Difficult Conversations"


def test_a_year_in_words_followed_by_a_place_is_still_read():
    hits = _dates_in("on the tenth day of May, two thousand twenty at Mercy Hospital")
    assert [hit.date for hit in hits] == [dt.date(2020, 5, 10)]


def test_a_category_word_inside_a_credentials_name_is_no_category():
    page = lines(
        (18, "Phlebotomy Review"),
        (11, "Approved by the NHA for 1.5 CEUs, Clinical Medical Assistant (CCMA)"),
    )
    assert _extract(page, ocr=False)["category"].value is None


def test_a_webinars_air_date_beats_its_issue_date():
    page = lines(
        (20, "Kestrelmoor CE Webinars"),
        (18, "Patient Education for Low Health Literacy"),
        (11.5, "Air date  05/21/2025  AAMA CEU  1.0"),
        (12.7, "Issued  05/23/2025  Category General"),
    )
    assert _extract(page, ocr=True)["completed_on"].value == dt.date(2025, 5, 21)


def test_the_courses_last_day_beats_the_date_it_was_awarded():
    page = lines(
        (14, "BRIARWOOD TECHNICAL COLLEGE"),
        (28, "Certificate of Completion"),
        (11.5, "has completed the non-credit course"),
        (20, "Phlebotomy Skills Update for Working Medical Assistants"),
        (10.5, "Eight Tuesday evenings, January 9 - February 27, 2024"),
        (12, "24 Contact Hours"),
        (11, "March 4, 2024"),
        (8, "Date awarded"),
    )
    assert _extract(page, ocr=False)["completed_on"].value == dt.date(2024, 2, 27)
    awarded_alone = lines(
        (28, "Certificate of Completion"), (18, "Sharps Safety"), (11, "Date awarded: March 4, 2024")
    )
    found = _extract(awarded_alone, ocr=False)["completed_on"]
    assert (found.value, found.confidence >= 0.85) == (dt.date(2024, 3, 4), True)


@pytest.mark.parametrize(
    "rows, day",
    [
        # the date awarded beats a later date of issue
        (
            ["Date awarded: 03/04/2024", "Certificate issued: 06/01/2025 (duplicate copy)"],
            dt.date(2024, 3, 4),
        ),
        # a period the approval covers is not the course's days
        (
            [
                "Date awarded: March 4, 2024",
                "Approved for 1.0 AAMA CEU for the period January 1 - December 31, 2024",
            ],
            dt.date(2024, 3, 4),
        ),
        # a recording's original air date is not the day it was watched
        (["Original air date: 05/21/2020", "Date issued: 05/23/2024"], dt.date(2024, 5, 23)),
    ],
)
def test_awarded_and_air_dates_against_the_other_dates_of_a_page(rows, day):
    page = lines((28, "Certificate"), (18, "Sharps Safety"), *[(11, row) for row in rows])
    assert _extract(page, ocr=False)["completed_on"].value == day
