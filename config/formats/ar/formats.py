"""Arabic date formats as Libyans write them: day first, the Arabic comma, a 24-hour clock.
Django's own Arabic locale leaves these to the US defaults (month first)."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
FIRST_DAY_OF_WEEK = 6  # Saturday
