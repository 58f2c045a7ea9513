"""The title's layout model (issue 23): the stored forest matches the features the reader computes, and
the signals it was added for (a wrapped title printed in two sizes, a Spanish certificate, a form's
label over its value, a join that runs into the issuer's name) read right."""

import datetime as dt
import json
import re
from decimal import Decimal

from credentials.reader import title_model
from credentials.reader.document import _Doc
from credentials.reader.found import _Line
from credentials.reader.reading import _extract
from credentials.reader.title import _rule_titles


def lines(*rows, conf=1.0):
    return [_Line(text, 1, conf=conf, size=size) for size, text in rows]


def test_the_stored_forest_reads_exactly_the_features_the_reader_computes():
    model = json.loads(title_model.MODEL_PATH.read_text())
    doc = _Doc(
        lines((30, "Certificate of Completion"), (20, "Wound Care Basics"), (10, "1.0 contact hour")), False
    )
    cands = title_model.candidates(doc, _rule_titles(doc, card=False))
    assert sorted(title_model.described(doc, cands)[0]) == model["features"]
    for feature, threshold, left, right, leaf in model["trees"]:
        assert len(feature) == len(threshold) == len(left) == len(right) == len(leaf)
        assert all(0.0 <= p <= 1.0 for p in leaf)


def test_score_walks_each_tree_to_a_leaf_and_averages():
    model = {
        "features": ["a", "b"],
        "trees": [
            [[0, -2, -2], [0.5, -2, -2], [1, -1, -1], [2, -1, -1], [0.0, 0.2, 0.8]],
            [[1, -2, -2], [1.5, -2, -2], [1, -1, -1], [2, -1, -1], [0.0, 0.4, 1.0]],
        ],
    }
    assert title_model.score({"a": 0.0, "b": 2.0}, model) == (0.2 + 1.0) / 2
    assert title_model.score({"a": 1.0, "b": 1.0}, model) == (0.8 + 0.4) / 2


def test_a_title_stopping_on_a_joining_word_runs_on_to_its_next_line_printed_smaller():
    # An OCR reading: the second line of the title measured 20 % smaller than the first, and the
    # sentence before it misread ("com pleted"), so no phrase leads into it.
    page = lines(
        (10, "Sunbury Allergy & Asthma Education Foundation"),
        (25, "Certificate of Completion"),
        (10, "This certifies that"),
        (38, "Evangeline Moorcroft"),
        (11, "successfully com pleted"),
        (23, "Anaphylaxis Recognition and"),
        (18, "Epinephrine Auto-Injector Use"),
        (9, "on May 14, 2025"),
        (10, "Approved for 1.0 AAMA CEU (Clinical)"),
        conf=0.9,
    )
    assert (
        _extract(page, ocr=True)["title"].value == "Anaphylaxis Recognition and Epinephrine Auto-Injector Use"
    )


def test_a_spanish_certificate_names_the_course_after_the_learner_not_the_heading():
    page = lines(
        (14, "Instituto de Salud Comunitaria Las Brisas"),
        (30, "Certificado de Finalización"),
        (12.5, "Se otorga a"),
        (30, "Guadalupe Ortega Villanueva"),
        (11.5, "por haber completado satisfactoriamente el curso"),
        (21, "Técnicas de Toma de Signos Vitales en Pediatría"),
        (10.5, "realizado el 12 de septiembre de 2025"),
        (12, "Horas de contacto: 2"),
        (9, "Dra. Marisela Quintero Baños"),
        (8.5, "Directora Académica"),
    )
    fields = _extract(page + lines((11, "15/09/2025"), (8, "Fecha de emisión")), ocr=False)
    assert fields["title"].value == "Técnicas de Toma de Signos Vitales en Pediatría"
    # "realizado el 12 de septiembre de 2025" is the course; the date of issue is not.
    assert fields["completed_on"].value == dt.date(2025, 9, 12)
    assert (fields["amount"].value, fields["unit"].value) == (Decimal("2"), "contact_hours")


def test_spanish_dates_and_ranges_are_read():
    from credentials.reader.dates import _dates_in

    assert [h.date for h in _dates_in("impartido el 8 de mayo de 2024")] == [dt.date(2024, 5, 8)]
    assert [h.date for h in _dates_in("del 10 al 12 de mayo de 2025")] == [dt.date(2025, 5, 12)]
    assert [h.date for h in _dates_in("el 3 de setiembre del 2025")] == [dt.date(2025, 9, 3)]


def test_a_month_read_back_by_ocr_with_a_gap_after_its_first_letter_is_still_a_month():
    from credentials.reader.dates import _dates_in

    assert [h.date for h in _dates_in("J anuary 18, 2025 - Pine Hollow Lodge")] == [dt.date(2025, 1, 18)]
    assert [h.date for h in _dates_in("S eptember 9, 2024")] == [dt.date(2024, 9, 9)]
    assert [h.date for h in _dates_in("Sept. 9, 2024 and jun 3 2025")] == [
        dt.date(2024, 9, 9),
        dt.date(2025, 6, 3),
    ]
    assert _dates_in("a J an 3 2025 note") == []  # only a month's full name, read with its gap


def test_an_in_service_form_label_printed_over_its_value_gives_the_title():
    page = lines(
        (15, "Saint Ottilie Regional Medical Center"),
        (13, "IN-SERVICE EDUCATION ATTENDANCE RECORD"),
        (7, "PROGRAM / TOPIC"),
        (10, "Fall Prevention and Safe Patient Handling in Outpatient Clinics"),
        (7, "DATE"),
        (10, "11/14/2023"),
        (7, "LOCATION"),
        (10, "Pavilion B, Conference Room 2"),
    )
    assert _extract(page, ocr=False)["title"].value == (
        "Fall Prevention and Safe Patient Handling in Outpatient Clinics"
    )


def test_a_title_in_capitals_wrapped_onto_a_line_starting_with_a_small_word_is_joined():
    page = lines(
        (21, "LearnLattice"),
        (22, "CERTIFICATE OF COMPLETION"),
        (11, "This certifies that"),
        (30, "Jordan A. Beckwith"),
        (11, "has completed the following online course"),
        (10.5, "Course Title: BLOODBORNE PATHOGENS EXPOSURE CONTROL"),
        (10.5, "FOR AMBULATORY CARE 2025"),
        (10.5, "Completed: 2025-01-09"),
    )
    assert _extract(page, ocr=False)["title"].value == (
        "BLOODBORNE PATHOGENS EXPOSURE CONTROL FOR AMBULATORY CARE 2025"
    )


def test_the_largest_line_stops_where_the_issuer_is_named_in_the_same_size():
    page = lines(
        (12, "Certificate of Attendance"),
        (10, "Awarded to"),
        (16, "Priya Natarajan"),
        (10, "for attending"),
        (14, "Allergy and Asthma Action Plans"),
        (14, "presented by Northgate Pediatrics"),
        (10, "March 3, 2025"),
    )
    assert _extract(page, ocr=False)["title"].value == "Allergy and Asthma Action Plans"


def test_a_title_is_sure_only_when_the_rules_and_the_model_agree():
    page = lines(
        (30, "Certificate of Completion"),
        (11, "This certifies that"),
        (28, "Dana Whitfield"),
        (11, "has completed the course"),
        (20, "Wound Care Basics for the Ambulatory Clinic"),
        (10, "Course Title: Wound Care Basics for the Ambulatory Clinic"),
        (10, "1.0 contact hour"),
    )
    title = _extract(page, ocr=False)["title"]
    assert title.value == "Wound Care Basics for the Ambulatory Clinic"
    assert title.confidence >= 0.9
    alone = lines(
        (30, "Certificate of Completion"),
        (28, "Dana Whitfield"),
        (20, "Wound Care Basics for the Ambulatory Clinic"),
        (10, "1.0 contact hour"),
    )
    assert _extract(alone, ocr=False)["title"].confidence < 0.9


# The provider: who gave the course, not the platform, the caterer, the speaker, a department or the venue.


def provider_of(*rows):
    return _extract(lines(*rows), ocr=False)["provider"].value


def test_the_platform_a_course_ran_on_is_not_its_provider_even_when_the_page_capitalises_it():
    assert (
        provider_of(
            (21, "LearnLattice"),
            (10, "Workforce Learning"),
            (22, "CERTIFICATE OF COMPLETION"),
            (30, "Jordan A. Beckwith"),
            (10.5, "Course Title: Bloodborne Pathogens Exposure Control"),
            (7, "Course content © 2025 Northwind Compliance Academy, LLC. All rights reserved."),
            (7, "Delivered on the LearnLattice platform · Powered by LearnLattice"),
        )
        == "Northwind Compliance Academy, LLC"
    )


def test_a_lunch_sponsor_a_speaker_and_a_venue_are_not_the_provider():
    assert (
        provider_of(
            (13, "Chesapeake Shore Chapter of Medical Assistants"),
            (26, "Certificate of Attendance"),
            (24, "Lorena Gustafsson-Baptiste"),
            (11.5, "attended the education session"),
            (17, "Understanding Anticoagulant Therapy"),
            (10.5, "presented by Dr. Adebayo Renshaw, PharmD, at the Fall Education Meeting"),
            (7, "Meeting held at Bayside Community Hospital, Education Wing"),
            (7, "Lunch sponsored by Plainsview Medical Supply."),
        )
        == "Chesapeake Shore Chapter of Medical Assistants"
    )


def test_a_department_named_in_generic_words_is_not_the_provider():
    assert (
        provider_of(
            (9, "Clinical Education Services"),
            (26, "Certificate of Participation"),
            (26, "Wendell Akinyemi"),
            (22, "2025 Annual Competency Skills Fair"),
            (9, "Mercy Oaks Hospital is an equal opportunity employer"),
        )
        != "Clinical Education Services"
    )


# Which date is the course's: a fax stamp, a range over months, "on <date>" after the title.


def date_of(*rows, ocr=False):
    return _extract(lines(*rows), ocr=ocr)["completed_on"].value


def test_a_fax_or_print_stamp_with_its_time_is_not_the_course_date():
    assert date_of(
        (8, "MAR-19-2024 11:36  CRESCENT HILL UC  P.1"),
        (14, "Crescent Hill Urgent Care"),
        (12, "Chest Pain Triage for Medical Assistants"),
        (10, "Compieted:  2024-03-11"),  # OCR's misreading of the label
        (10, "Expiration:  2025-03-11"),
    ) == dt.date(2024, 3, 11)


def test_a_course_over_months_ends_on_its_last_day_and_beats_the_letter_date():
    assert date_of(
        (10, "March 4, 2024"),
        (12, "Phlebotomy Update"),
        (10, "CEPH 0410 · Eight Tuesday evenings, January 9 - February 27, 2024"),
        (10, "Issued March 4, 2024"),
    ) == dt.date(2024, 2, 27)


def test_on_a_date_under_the_title_after_completing_beats_the_date_of_issue():
    assert date_of(
        (24, "Shauna Delacroix-Pike"),
        (11, "completing"),
        (18, "Infection Control in the Phlebotomy Area"),
        (11, "on December 2, 2024"),
        (7, "Certificate ID MCL-1202-5531 · Issued 12/03/2024"),
    ) == dt.date(2024, 12, 2)


def test_a_split_reads_the_totals_by_category_under_a_table_of_sessions():
    from credentials.reader.amounts import _category_split

    text = "\n".join(
        [
            "Opening Keynote", "General", "1.0", "Coding Modifiers", "Admin.", "1.0",
            "Wound Care Update", "Clinical", "1.5", "Vaccine Storage", "Clinical", "1.0",
            "Front Office Communication", "Admin.", "1.0", "POC Testing", "Clinical", "1.0",
            "Totals by category: Administrative 2.0 · Clinical 3.5 ·", "General 1.0", "TOTAL", "6.5",
        ]
    )  # fmt: skip
    assert _category_split(text, Decimal("1.0")) == {
        "administrative": Decimal("2.0"),
        "clinical": Decimal("3.5"),
        "general": Decimal("1.0"),
    }
    abbreviated = "AAMA CEUs awarded: 1.0 Admin. / 2.0 Clinical - Total 3.0"
    assert _category_split(abbreviated, Decimal("1.0")) == {
        "administrative": Decimal("1.0"),
        "clinical": Decimal("2.0"),
    }


def test_approval_said_to_be_pending_after_the_words_aama_ceu_is_not_approval():
    fields = _extract(
        lines(
            (20, "Motivational Interviewing Basics for the Medical Assistant"),
            (11, "held on 03/19/2025"),
            (11, "1.5 contact hours"),
            (9, "AAMA CEU approval pending at time of printing. Please retain this certificate; an"),
            (9, "updated certificate will be issued if approval is granted."),
        ),
        ocr=False,
    )
    assert fields["aama_approved"].value is False
    assert (fields["amount"].value, fields["unit"].value) == (Decimal("1.5"), "contact_hours")


def test_a_session_length_on_a_page_offering_no_credit_is_a_duration_in_minutes():
    fields = _extract(
        lines(
            (16, "Clarion Ambulatory EHR: Rooming Workflow"),
            (9, "Training date: 1/28/2026 · Session length: 2 hours · Virtual instructor-led"),
            (9, "No CE credit is associated with this training."),
        ),
        ocr=False,
    )
    assert (fields["amount"].value, fields["unit"].value) == (Decimal("120"), "minutes")
    credited = _extract(
        lines(
            (16, "Clarion Ambulatory EHR: Rooming Workflow"),
            (9, "Training date: 1/28/2026 · Session length: 2 hours · Virtual instructor-led"),
        ),
        ocr=False,
    )
    assert (credited["amount"].value, credited["unit"].value) == (Decimal("2"), "contact_hours")


def test_a_provider_ends_at_a_dot_separator_and_is_never_a_sentence():
    from credentials.reader.provider import _provider_value

    assert (
        _provider_value("Lone Cypress Healthcare Education · Beaumont Hollow, TX")
        == "Lone Cypress Healthcare Education"
    )
    assert _provider_value("has completed the course") is None


def test_contact_hours_restated_as_iacet_ceus_read_as_the_ceus_iacet_awards():
    fields = _extract(
        lines(
            (14, "Ironwood Continuing Education Institute"),
            (18, "ICD-10-CM Coding Updates for FY 2025"),
            (10, "Completed Oct 22, 2024"),
            (10, "3.0 contact hours = 0.3 CEUs"),
            (8, "Ironwood Continuing Education Institute is accredited by IACET."),
        ),
        ocr=False,
    )
    assert (fields["amount"].value, fields["unit"].value) == (Decimal("0.3"), "iacet_ceu")


def test_a_title_in_a_form_does_not_run_on_into_the_speaker_and_date_printed_in_its_size():
    page = lines(
        (20, "Prairie Hollow Chapter of Medical Assistants"),
        (15, "CEU Certificate - Quarterly Meeting"),
        (12, "Attendee"),
        (12, "Mariel Okafor, CMA (AAMA)"),
        (12, "Program"),
        (12, "Heat Illness in Outdoor Workers"),
        (12, "Speaker"),
        (12, "Tobias Lindqvist, MPH"),
        (12, "Date"),
        (12, "Thursday, May 15, 2025"),
        (9, "This program has been granted prior approval by the American Association of Medical Assistants"),
        (
            9,
            "(AAMA) for 1.0 clinical continuing education unit (CEU). Keep this certificate.",
        ),
        (9, "Ines Barroso, CMA (AAMA), Education Chair, Prairie Hollow Chapter of Medical Assistants"),
    )
    title, _ = _rule_titles(_Doc(page, False), card=False)["prominent"]
    assert title == "Heat Illness in Outdoor Workers"
    assert all(
        not c.text.endswith("Speaker") and "Tobias" not in c.text
        for c in title_model.candidates(_Doc(page, False), {})
        if c.text.startswith("Heat Illness")
    )


def test_a_course_code_after_the_label_is_not_followed_into_the_next_sentence():
    page = lines(
        (18, "Juniper Flats Health Academy"),
        (11, "This certificate is presented to"),
        (24, "Odalys Ferreira"),
        (11, "for completion of"),
        (22, "Holter Monitor Hookup Essentials"),
        (10, "NHA CE Credit: 1.0"),
        (10, "Course: JFHA-HLT-04"),
        (8, "Credits are accepted by the National Healthcareer Association (NHA) for CET and CCMA renewal."),
    )
    assert _extract(page, ocr=False)["title"].value == "Holter Monitor Hookup Essentials"


def test_a_bracketed_course_code_or_a_weekday_after_the_title_is_not_part_of_it():
    from credentials.reader.title import _tidy_title

    assert _tidy_title("Travel Vaccines for Adults (TV-ADL-311)") == "Travel Vaccines for Adults"
    assert _tidy_title("Spirometry Coaching (SPR-22)") == "Spirometry Coaching"
    assert _tidy_title("Coding with ICD-10-CM (2025 Edition)") == "Coding with ICD-10-CM (2025 Edition)"
    assert _tidy_title("Billing Basics (E/M)") == "Billing Basics (E/M)"
    assert _tidy_title("Motivational Interviewing on Saturday") == "Motivational Interviewing"


def test_a_wrapped_title_runs_on_when_the_model_scores_the_longer_reading_nearly_as_high():
    ranked = title_model.Ranked(
        "Specimen Collection for Urine",
        lines((20, "x"))[0],
        0.9,
        0.05,
        ("Specimen Collection for Urine", "Specimen Collection for Urine Drug Screens", "Specimen"),
        (0.9, 0.8, 0.1),
    )
    assert ranked.whole("Specimen Collection for Urine") == "Specimen Collection for Urine Drug Screens"
    far = title_model.Ranked(
        "Specimen Collection for Urine",
        lines((20, "x"))[0],
        0.9,
        0.5,
        ("Specimen Collection for Urine", "Specimen Collection for Urine Drug Screens Presented By"),
        (0.9, 0.4),
    )
    assert far.whole("Specimen Collection for Urine") == "Specimen Collection for Urine"


def test_a_provider_printed_letter_spaced_or_followed_by_a_sentence_reads_as_its_name():
    from credentials.reader.provider import _provider_value

    assert _provider_value("Sunbury Hills State Society of M edical Assistants") == (
        "Sunbury Hills State Society of Medical Assistants"
    )
    assert _provider_value("ESCUELA R EGIONAL DE S ALUD") == "ESCUELA REGIONAL DE SALUD"
    assert _provider_value("Vitamin D Council") == "Vitamin D Council"  # a real lone capital stays
    assert (
        _provider_value("Tamarind Safety Training, Inc. No CE credit is offered")
        == "Tamarind Safety Training, Inc."
    )
    assert _provider_value("No continuing education credit") is None


def test_the_organisation_a_sentence_names_is_the_provider_whole():
    assert (
        provider_of(
            (12, "MARROW & KILN"),
            (8, "Clinic Consulting, LLC"),
            (26, "Webinar Certificate"),
            (22, "Odette Brandt"),
            (18, "Scheduling Templates That Hold Up"),
            (10, "Live webinar: 2025-04-02 | AAMA CEU: 1.0 Administrative"),
            (
                9,
                "Marrow & Kiln Clinic Consulting, LLC has been granted prior approval by the American",
            ),
            (
                9,
                "Association of Medical Assistants (AAMA) for 1.0 administrative CEU.",
            ),
        )
        == "Marrow & Kiln Clinic Consulting, LLC"
    )
    assert (
        provider_of(
            (
                11,
                "You completed Wound Care Refresher, a non-credit course offered by Tolland",
            ),
            (11, "Community College. The course met on May 3 and May 10, 2025, for 6 contact hours."),
            (11, "Sincerely,"),
        )
        == "Tolland Community College"
    )


def test_the_approving_body_named_in_a_spanish_or_a_negated_sentence_is_not_the_provider():
    assert (
        provider_of(
            (14, "Colegio Fronterizo de"),
            (14, "Auxiliares de Salud"),
            (30, "Certificado de finalización"),
            (11, "Otorgado a"),
            (32, "Marisol Ortega Benítez"),
            (17, "Higiene de manos en la consulta"),
            (
                9,
                "Ha recibido la aprobación previa de la American Association of Medical Assistants.",
            ),
        )
        == "Colegio Fronterizo de Auxiliares de Salud"  # not the AAMA its approval sentence names
    )
    from credentials.reader.names import _known_body

    assert _known_body("la aprobación previa de la American Association of Medical Assistants") is None
    assert (
        provider_of(
            (18, "Dunmore CE"),
            (26, "CERTIFICATE OF COMPLETION"),
            (18, "Handling Patient Complaints"),
            (
                7.5,
                "Dunmore Online Learning, LLC is an independent provider of continuing education.",
            ),
            (
                7.5,
                "This activity has not been submitted to the American Association of Medical Assistants.",
            ),
        )
        == "Dunmore Online Learning, LLC"
    )


def test_spanish_approval_credits_and_durations_are_read():
    page = lines(
        (14, "Alianza Hispana de Asistentes Médicos"),
        (30, "Certificado de finalización"),
        (17, "Comunicación con pacientes con dominio limitado del inglés"),
        (11, "Fecha de finalización: 5 de agosto de 2025"),
        (
            9,
            "Ha recibido la aprobación previa de la American Association of Medical Assistants (AAMA)",
        ),
        (9, "por 1.0 unidad de educación continua (CEU) de categoría general."),
    )
    fields = _extract(page, ocr=False)
    assert (fields["aama_approved"].value, fields["amount"].value, fields["unit"].value) == (
        True,
        Decimal("1.0"),
        "aama_ceu",
    )
    talk = lines(
        (30, "Reconocimiento"),
        (27, "Toma de signos vitales en adultos mayores"),
        (19, "12 de junio de 2025 - Duración: 90 minutos"),
        (12, "Sin créditos de educación continua."),
    )
    fields = _extract(talk, ocr=False)
    assert (fields["amount"].value, fields["unit"].value) == (Decimal(90), "minutes")


def test_approval_not_requested_is_not_approval_and_a_tables_total_row_confirms_a_split():
    page = lines(
        (21, "Copperfield Online, Inc."),
        (25, "Certificate of Completion"),
        (15, "Course: Reading Lipid Panels"),
        (12, "Completion date: Oct 2, 2024"),
        (12, "Contact hours: 1.0"),
        (12, "AAMA CEU: approval not requested"),
    )
    assert _extract(page, ocr=False)["aama_approved"].value is False
    from credentials.reader.amounts import _category_split

    table = "\n".join(
        ["Session", "Category", "CEUs", "Coding Updates", "Administrative", "1.0", "Payer Rules",
         "Administrative", "1.0", "Wound Care", "Clinical", "1.0", "Total AAMA CEUs", "3.0",
         "Approved by the AAMA for 3.0 continuing education units: 2.0 administrative and 1.0 clinical."]
    )  # fmt: skip
    assert _category_split(table, Decimal("1.0")) == {
        "administrative": Decimal("2.0"),
        "clinical": Decimal("1.0"),
    }


def test_a_name_printed_beside_the_web_address_it_was_made_from_is_the_provider():
    assert (
        provider_of(
            (40, "Tomasz Wieczorek"),
            (11, "successfully completed the on-demand course"),
            (18, "Respectful Communication at the Front Desk"),
            (11, "on 10 Jul 2025"),
            (10, "AAMA CEU 1.0 (General)"),
            (9.7, "Lantern Cove Professional Development • lanterncove-pd.example"),
        )
        == "Lantern Cove Professional Development"
    )
    from credentials.reader.provider import _named_like

    assert _named_like("Tri-County Health Alliance", "tcha")
    assert not _named_like("Course content by Harborview", "learnpoint")


def test_a_wrapped_title_runs_on_and_a_labelled_title_stops_at_its_next_field():
    wrapped = lines(
        (12, "NORTHCOVE LABORATORY EDUCATION SERVICES"),
        (40, "Certificate"),
        (22, "Imani Castellanos, RMA (AMT)"),
        (20, "Point-of-Care Coagulation Testing"),
        (20, "for Family Practice Clinics"),
        (11, "Program date: 2/6/2025"),
        (
            9.5,
            "Approved by American Medical Technologists (AMT) for 1.5 CE hours. Not approved for AAMA CEUs.",
        ),
        (9, "Dr. Lionel Ashby, PhD, MLS"),
        (9, "Program Director"),
    )
    title, _ = _rule_titles(_Doc(wrapped, False), card=False)["prominent"]
    assert title == "Point-of-Care Coagulation Testing for Family Practice Clinics"
    labelled = lines(
        (20, "Training Completion Record"),
        (10, "Course: Lumina EHR 9: Charting Vital Signs for Medical Assistants"),
        (10, "Session date"),
        (10, "03/18/2025 (virtual, instructor-led)"),
    )
    assert _rule_titles(_Doc(labelled, False), card=False)["strong"][0] == (
        "Lumina EHR 9: Charting Vital Signs for Medical Assistants"
    )


def test_a_competency_label_gives_the_title_and_an_award_phrase_is_not_one():
    page = lines(
        (18, "Sycamore Ridge Health"),
        (24, "Skills Validation Record"),
        (12, "Competency: Annual Validation: Point-of-Care Hemoglobin Testing"),
        (11, "Validated on 04/02/2025 by Renata Kowalski, RN"),
    )
    assert _rule_titles(_Doc(page, False), card=False)["weak"][0] == (
        "Annual Validation: Point-of-Care Hemoglobin Testing"
    )
    from credentials.reader.layout import _TEMPLATE_WORDS

    assert _TEMPLATE_WORDS.search("otorgado a Julia Paredes Montoya")
    assert not _TEMPLATE_WORDS.search("Prevención de caídas en pacientes ambulatorios")


def test_a_footers_name_is_read_before_its_address_and_certified_by_names_no_provider():
    assert (
        provider_of(
            (22, "Yolanda Price, CMA (AAMA)"),
            (22, "Diabetes Care Essentials for the Medical Office"),
            (11, "Saturday workshop · June 21, 2025"),
            (
                9,
                "Westbrook Medical Assistant Education Collaborative - 77 Dorsey Ave - Lunch by GlucoTrue",
            ),
        )
        == "Westbrook Medical Assistant Education Collaborative"
    )
    from credentials.reader.provider import _provider_found

    page = (
        (18, "Pinefield Online Learning"),
        (26, "CERTIFICATE OF COMPLETION"),
        (18, "Managing Patient Portal Messages"),
        (7.5, "Medical assistants certified by American Medical"),
        (7.5, "Technologists (AMT) may report these contact hours toward recertification."),
    )
    assert provider_of(*page) == "Pinefield Online Learning"
    assert _provider_found(_Doc(lines(*page), False), title=None).value == "Pinefield Online Learning"


def test_a_name_before_a_spanish_sentence_of_what_the_person_did_is_the_learner():
    from credentials.reader.names import _learner_name

    page = lines(
        (18, "Asociación Regional de Promotores de Salud"),
        (44, "Reconocimiento"),
        (29, "Marta Inés Villalobos"),
        (17, "Por su asistencia a la capacitación"),
        (27, "Manejo seguro de objetos punzocortantes"),
    )
    assert _learner_name(page, 2)
    assert not _learner_name(page, 4)
    assert _extract(page, ocr=False)["title"].value != "Marta Inés Villalobos"


def test_a_spanish_page_is_read_again_with_tesseracts_spanish_model():
    from credentials.reader import ocr

    def words(text: str) -> list[tuple]:
        return [(word, 95, (1, 1, 1), 0.02) for word in re.split(" ", text)]

    spanish = words("Constancia otorgado a Ana por completar el curso de la")
    english = words("This certificate of completion is awarded for the course")

    class Tesseract:
        TesseractError = RuntimeError

        def __init__(self, languages):
            self.languages = languages

        def get_languages(self, config=""):
            return self.languages

    ocr._languages.cache_clear()
    assert ocr._page_language(spanish, Tesseract(["eng", "osd", "spa"])) == "spa+eng"
    assert ocr._page_language(english, Tesseract(["eng", "osd", "spa"])) == "eng"
    ocr._languages.cache_clear()
    assert ocr._page_language(spanish, Tesseract(["eng", "osd"])) == "eng"  # no Spanish model: as before
    ocr._languages.cache_clear()


def test_a_photographed_spanish_certificate_keeps_its_accents():
    """Through tesseract itself, with the Spanish model the test scripts install (scripts/system-deps.sh)."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    from credentials.reader import read_certificate

    image = Image.new("RGB", (1700, 1100), "white")
    draw = ImageDraw.Draw(image)
    font = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    rows = [
        (60, "Clínica Familiar Los Naranjos"),
        (90, "Constancia"),
        (44, "otorgada a Lucía Martínez Ortega"),
        (40, "por su participación en el curso"),
        (56, "Prevención de caídas en la consulta"),
        (40, "Fecha: 12 de junio de 2025 · 1.5 horas de contacto"),
    ]
    y = 80
    for size, text in rows:
        draw.text((90, y), text, fill="black", font=ImageFont.truetype(font, size))
        y += int(size * 1.9)
    out = io.BytesIO()
    image.save(out, "PNG")
    reading = read_certificate(out.getvalue(), filename="constancia.png")
    assert reading.fields["title"].value == "Prevención de caídas en la consulta"
    assert reading.fields["completed_on"].value == dt.date(2025, 6, 12)
