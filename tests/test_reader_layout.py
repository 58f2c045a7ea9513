"""The reader's layout signals: body size by letters, signatories, learner names, wordmarks, full names."""

from credentials.reader import (
    _abbreviates,
    _body_size,
    _brand_head,
    _extended,
    _extract,
    _Line,
    _signatory,
)


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
    text = "Northfield Professional Learning Institute is accredited by IACET."
    assert (
        _extended("Professional Learning Institute", text, None)
        == "Northfield Professional Learning Institute"
    )
    assert (
        _extended("Professional Learning Institute", "Approved by Professional Learning Institute", None)
        is None
    )
