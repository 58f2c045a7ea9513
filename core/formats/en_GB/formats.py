# Day first, as in most of the world: needed here because core.formats.en would otherwise
# apply to "en-gb" too (Django tries "en_GB", then "en", in each format path in turn).
DATE_FORMAT = "j M Y"  # 27 Nov 2026
DATETIME_FORMAT = "j M Y, H:i"  # 27 Nov 2026, 09:14
YEAR_MONTH_FORMAT = "M Y"  # Nov 2026
MONTH_DAY_FORMAT = "j M"  # 27 Nov
SHORT_DATE_FORMAT = "d/m/Y"  # 27/11/2026
