"""Every birthday the app can store, for property tests of the routes that read one
back (the form, the CLI's --set birthday=, the import): solar or lunar, with or
without a year, in a lunar leap month (闰月) where that year has one."""

from __future__ import annotations

import datetime as dt

from borax.calendars.lunardate import LCalendars
from hypothesis import strategies as st

from smallcrm.domain.values.birthdays import Birthday

LAST_YEAR = dt.date.today().year - 1  # a birthday may not lie in the future


@st.composite
def stored_birthdays(draw: st.DrawFn) -> Birthday:
    if draw(st.booleans()):  # solar
        day = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(LAST_YEAR, 12, 31)))
        return Birthday(day.month, day.day, day.year if draw(st.booleans()) else None)
    if draw(st.booleans()):  # lunar without a year: any month, leap or not, days 1-30
        return Birthday(draw(st.integers(1, 12)), draw(st.integers(1, 30)), None, "lunar", draw(st.booleans()))
    year = draw(st.integers(1900, LAST_YEAR))
    leap_month = LCalendars.leap_month(year)
    leap = bool(leap_month) and draw(st.booleans())
    month = leap_month if leap else draw(st.integers(1, 12))
    day = draw(st.integers(1, LCalendars.ndays(year, month, 1 if leap else 0)))
    return Birthday(month, day, year, "lunar", leap)


# One of each kind, for the tests that drive the window with real key events.
EACH_KIND = [
    Birthday(3, 12, 1985),  # solar with a year
    Birthday(2, 29),  # solar without a year
    Birthday(7, 27, 1985, "lunar"),  # the 7,246 demo customers: 1985年七月廿七
    Birthday(8, 15, None, "lunar"),  # lunar without a year
    Birthday(4, 1, 2020, "lunar", leap=True),  # a leap month with its year (2020 had a leap 4th month)
    Birthday(2, 1, None, "lunar", leap=True),  # a leap month without a year
    Birthday(12, 30, 1990, "lunar"),  # the 30th of a long 12th month (腊月三十)
]
