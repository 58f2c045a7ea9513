# Month first, as in the United States: one way of writing a date in every page, email and PDF
# (issue 15). Django's own "N j, Y" writes "Sept. 30, 2026"; the rules engine's sentences and the
# PDFs write "Sep 30, 2026", so this is the one style for "en-us".
DATE_FORMAT = "M j, Y"  # Nov 27, 2026
DATETIME_FORMAT = "M j, Y, g:i A"  # Nov 27, 2026, 9:14 AM
YEAR_MONTH_FORMAT = "M Y"  # Nov 2026
MONTH_DAY_FORMAT = "M j"  # Nov 27
SHORT_DATE_FORMAT = "m/d/Y"  # 11/27/2026
