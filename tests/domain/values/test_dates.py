"""Dates and times as shop owners and spreadsheets write them, and the months that a
monthly reminder and an analysis window count in."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallcrm.domain.values import dates
from smallcrm.domain.values.dates import add_months, parse_date, parse_datetime, parse_time
from smallcrm.errors import ValidationError


@pytest.mark.parametrize(
    "typed", ["2024-03-01", "2024/3/1", "2024.03.01", "2024年3月1日", "20240301", " 2024-3-1 ", "２０２４－０３－０１"]
)
def test_every_usual_way_of_writing_a_date_is_read(typed: str) -> None:
    assert parse_date(typed) == dt.date(2024, 3, 1)


def test_a_date_time_from_a_spreadsheet_cell_is_its_day() -> None:
    assert parse_date(dt.datetime(2024, 3, 1, 14, 30)) == dt.date(2024, 3, 1)


@pytest.mark.parametrize("typed", ["2024-02-30", "2024-13-01", "yesterday", "01/03/2024", ""])
def test_a_text_that_is_no_date_is_refused_naming_the_field_and_the_form(typed: str) -> None:
    with pytest.raises(ValidationError, match="write it as 2024-03-01") as err:
        parse_date(typed, "birthday")
    assert err.value.field == "birthday"


@given(st.dates())
def test_a_date_written_as_iso_text_reads_back_as_itself(day: dt.date) -> None:
    if day.year >= 1000:  # four-digit years, as the shop's files write them
        assert parse_date(day.isoformat()) == day


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("2024-03-01 14:30", dt.datetime(2024, 3, 1, 14, 30)),
        ("2024-03-01T14:30:15", dt.datetime(2024, 3, 1, 14, 30, 15)),
        ("2024年3月1日 9：05", dt.datetime(2024, 3, 1, 9, 5)),
        ("2024-03-01", dt.datetime(2024, 3, 1)),
    ],
)
def test_a_moment_is_a_date_with_an_optional_time(typed: str, read: dt.datetime) -> None:
    assert parse_datetime(typed) == read


@pytest.mark.parametrize("typed", ["25:00", "14:61", "half past two", "1430"])
def test_a_text_that_is_no_time_of_day_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="write it as 14:30") as err:
        parse_time(typed, "at")
    assert err.value.field == "at"


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),  # a leap year's February
        (dt.date(2023, 1, 31), 1, dt.date(2023, 2, 28)),
        (dt.date(2024, 3, 31), -1, dt.date(2024, 2, 29)),
        (dt.date(2024, 11, 15), 3, dt.date(2025, 2, 15)),
        (dt.date(2024, 5, 31), -12, dt.date(2023, 5, 31)),
    ],
)
def test_a_month_later_is_the_same_day_or_the_months_last(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.integers(-240, 240))
def test_months_later_falls_in_the_month_counted_and_never_on_a_later_day(day: dt.date, months: int) -> None:
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day <= day.day


D = dt.date


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2028, 1, 31), 1, D(2028, 2, 29)),
        (D(2026, 3, 31), 1, D(2026, 4, 30)),
        (D(2026, 11, 15), 3, D(2027, 2, 15)),
        (D(2026, 12, 31), 12, D(2027, 12, 31)),
    ],
)
def test_add_months_keeps_the_day_clamped_to_the_month_end(start: D, months: int, expected: D) -> None:
    assert dates.add_months(start, months) == expected
