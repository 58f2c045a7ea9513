"""OCR's split words put back together with an English word list (credentials/reader/words.py)."""

import pytest

from credentials.reader.text_cleanup import _fix_ocr
from credentials.reader.words import accented, rejoined


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("2023 Fall C onference", "2023 Fall Conference"),
        ("Professionalism and Workplace C ommunication", "Professionalism and Workplace Communication"),
        ("SpiroLink S pirometer Calibration", "SpiroLink Spirometer Calibration"),
        ("WORKPLACE C OMMUNICATION", "WORKPLACE COMMUNICATION"),
        ("I nfection Control in the Clinic", "Infection Control in the Clinic"),
    ],
)
def test_a_word_split_after_its_first_letter_is_joined(read, meant):
    assert rejoined(read) == meant


@pytest.mark.parametrize(
    "read",
    [
        "Vitamin D levels in Older Adults",
        "Hepatitis B vaccine schedule",
        "A patient's rights",
        "Plan B options",
        "Type A personality",
        "Managing B CELL counts",
    ],
)
def test_a_letter_before_a_word_stays_apart(read):
    assert rejoined(read) == read


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Vacunacion Infantil: Esquema y Documentacion", "Vacunación Infantil: Esquema y Documentación"),
        ("FUNDACION EDUCATIVA PUENTE DE SALUD", "FUNDACIÓN EDUCATIVA PUENTE DE SALUD"),
        ("Vacunaciones de adultos", "Vacunaciones de adultos"),
        ("Infection Prevention in Action", "Infection Prevention in Action"),
    ],
)
def test_spanish_words_in_cion_read_without_their_accent_get_it_back(read, meant):
    assert accented(read) == meant


def test_a_decimal_point_read_as_a_comma_before_a_unit_is_a_point():
    assert _fix_ocr("Credit awarded: 1,0 contact hour. Hawthorne did not seek approval") == (
        "Credit awarded: 1.0 contact hour. Hawthorne did not seek approval"
    )
    assert _fix_ocr("Approved for 2,5 AAMA CEUs") == "Approved for 2.5 AAMA CEUs"
    assert _fix_ocr("Day 1, 6 contact hours") == "Day 1, 6 contact hours"  # a list, not a decimal
    assert _fix_ocr("Suite 1,200 Main Street, 3 hours") == "Suite 1,200 Main Street, 3 hours"


@pytest.mark.parametrize(
    "read, fixed",
    [
        ("Apnil 20, 2023 - Baraboo Hills Inn", "April 20, 2023 - Baraboo Hills Inn"),
        ("Novernber 3, 2024", "November 3, 2024"),
        ("AUGUSL 9 2024", "AUGUST 9 2024"),
        ("Match 5, 2024", "Match 5, 2024"),  # a word, not a misread month
        ("Apnil showers", "Apnil showers"),  # no day and year after it
    ],
)
def test_a_months_name_with_one_letter_misread_before_a_day_and_year(read, fixed):
    assert _fix_ocr(read) == fixed
