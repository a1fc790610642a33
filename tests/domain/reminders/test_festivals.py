"""Festivals and lunar dates: the traditional festivals' solar dates, the owner's own
festivals, and the lunar date text a calendar shows.

Every expected date is typed in by hand from published holiday calendars (an
independent source), never taken from the lunar library's own output.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smallcrm.domain.reminders import festivals as fest
from smallcrm.errors import UserError, ValidationError

D = dt.date

# Published dates (Chinese public-holiday calendars), typed in by hand.
SPRING_FESTIVAL = {
    2020: D(2020, 1, 25),
    2021: D(2021, 2, 12),
    2022: D(2022, 2, 1),
    2023: D(2023, 1, 22),
    2024: D(2024, 2, 10),
    2025: D(2025, 1, 29),
    2026: D(2026, 2, 17),
    2027: D(2027, 2, 6),
}
MID_AUTUMN = {
    2022: D(2022, 9, 10),
    2023: D(2023, 9, 29),
    2024: D(2024, 9, 17),
    2025: D(2025, 10, 6),
    2026: D(2026, 9, 25),
}
DRAGON_BOAT = {
    2022: D(2022, 6, 3),
    2023: D(2023, 6, 22),
    2024: D(2024, 6, 10),
    2025: D(2025, 5, 31),
    2026: D(2026, 6, 19),
}
# New Year's Eve (除夕): the 30th of the 12th month in 2024, the 29th in 2025 and 2026,
# whose 12th months have 29 days (the widely reported "no 年三十" years).
NEW_YEARS_EVE = {2024: D(2024, 2, 9), 2025: D(2025, 1, 28), 2026: D(2026, 2, 16)}
QIXI = {2024: D(2024, 8, 10), 2025: D(2025, 8, 29)}  # 2025's comes late: after the leap 6th month


@pytest.mark.parametrize(("year", "expected"), sorted(SPRING_FESTIVAL.items()))
def test_spring_festival_falls_on_its_published_date(year: int, expected: D) -> None:
    assert fest.festival_date("spring_festival", year) == expected


@pytest.mark.parametrize(("year", "expected"), sorted(MID_AUTUMN.items()))
def test_mid_autumn_falls_on_its_published_date(year: int, expected: D) -> None:
    assert fest.festival_date("mid_autumn", year) == expected


@pytest.mark.parametrize(("year", "expected"), sorted(DRAGON_BOAT.items()))
def test_dragon_boat_falls_on_its_published_date(year: int, expected: D) -> None:
    assert fest.festival_date("dragon_boat", year) == expected


@pytest.mark.parametrize(("year", "expected"), sorted(NEW_YEARS_EVE.items()))
def test_a_festival_on_the_30th_of_the_12th_month_is_always_new_years_eve(year: int, expected: D) -> None:
    eve = fest.Festival("custom:1", "除夕", "lunar", 12, 30)
    assert eve.dates_in_year(year) == [expected]


@pytest.mark.parametrize(("year", "expected"), sorted(QIXI.items()))
def test_a_lunar_festival_after_a_leap_month_falls_on_its_published_date(year: int, expected: D) -> None:
    qixi = fest.Festival("custom:1", "七夕", "lunar", 7, 7)
    assert qixi.dates_in_year(year) == [expected]


def test_a_solar_festival_on_29_february_falls_on_the_28th_in_other_years() -> None:
    leap_day = fest.Festival("custom:1", "闰日", "solar", 2, 29)
    assert [leap_day.dates_in_year(y) for y in (2026, 2027, 2028)] == [
        [D(2026, 2, 28)],
        [D(2027, 2, 28)],
        [D(2028, 2, 29)],
    ]


def test_a_lunar_date_late_in_the_year_can_fall_twice_in_one_solar_year() -> None:
    late = fest.Festival("custom:1", "冬月二十", "lunar", 11, 20)
    days = late.dates_in_year(2024)
    assert len(days) == 2
    assert all(d.year == 2024 and fest.lunar_day(d).text == "冬月二十" for d in days)


def test_next_occurrence_of_a_festival_is_on_or_after_today() -> None:
    spring = fest.builtin("spring_festival")
    assert spring.next_occurrence(D(2025, 1, 29)) == D(2025, 1, 29)
    assert spring.next_occurrence(D(2025, 1, 30)) == D(2026, 2, 17)


def test_festivals_between_lists_each_date_in_order(crm: Path) -> None:
    found = fest.festivals_between(D(2026, 1, 1), D(2026, 12, 31))
    assert [(d, f.key) for d, f in found] == [
        (D(2026, 2, 17), "spring_festival"),
        (D(2026, 6, 19), "dragon_boat"),
        (D(2026, 9, 25), "mid_autumn"),
    ]


def test_festivals_on_a_day_name_the_festival(crm: Path) -> None:
    assert [f.key for f in fest.festivals_on(D(2025, 10, 6))] == ["mid_autumn"]
    assert fest.festivals_on(D(2025, 10, 7)) == []


def test_built_in_festival_names_are_shown_translated() -> None:
    spring = fest.builtin("spring_festival")
    assert spring.label(lambda ctx, text: {("Festival", "Spring Festival"): "春节"}[(ctx, text)]) == "春节"
    assert spring.label() == "Spring Festival"


def test_unknown_built_in_festival_is_refused() -> None:
    with pytest.raises(UserError, match="no festival called lantern"):
        fest.builtin("lantern")


# --- the owner's festivals -----------------------------------------------------------------


def test_owner_adds_a_lunar_festival_written_in_chinese(crm: Path) -> None:
    added = fest.add_festival("七夕", "农历七月初七")
    assert (added.calendar, added.month, added.day, added.active) == ("lunar", 7, 7, True)
    assert added.dates_in_year(2025) == [QIXI[2025]]
    assert [f.name for f in fest.custom_festivals()] == ["七夕"]


def test_owner_adds_a_solar_festival_and_it_is_listed_after_the_built_in_ones(crm: Path) -> None:
    fest.add_festival("双十一", "11-11")
    assert [f.key for f in fest.all_festivals()][:3] == list(fest.BUILTIN_KEYS)
    assert fest.all_festivals()[-1].dates_in_year(2026) == [D(2026, 11, 11)]


def test_lunar_flag_reads_a_plain_date_as_lunar(crm: Path) -> None:
    added = fest.add_festival("重阳", "9-9", lunar=True)
    assert (added.calendar, added.month, added.day) == ("lunar", 9, 9)


def test_a_year_given_with_a_festival_date_is_ignored(crm: Path) -> None:
    added = fest.add_festival("店庆", "2019-05-18")
    assert added.dates_in_year(2026) == [D(2026, 5, 18)]


@pytest.mark.parametrize(
    ("name", "on", "field"),
    [("", "11-11", "name"), ("店庆", "", "on"), ("店庆", "13-01", "on"), ("店庆", "农历闰二月初一", "on")],
)
def test_bad_festival_is_refused_naming_the_field(crm: Path, name: str, on: str, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        fest.add_festival(name, on)
    assert err.value.field == field
    assert fest.custom_festivals() == []


def test_switching_a_festival_off_stops_greetings_but_keeps_it(crm: Path) -> None:
    added = fest.add_festival("店庆", "05-18")
    fest.set_festival_active(added.id or 0, False)
    assert [f.key for f in fest.greeting_festivals(["spring_festival"])] == ["spring_festival"]
    assert [f.active for f in fest.custom_festivals()] == [False]


def test_removed_festival_is_gone(crm: Path) -> None:
    added = fest.add_festival("店庆", "05-18")
    fest.remove_festival(added.id or 0)
    assert fest.custom_festivals() == []
    with pytest.raises(UserError, match="no festival with id"):
        fest.remove_festival(added.id or 0)


def test_greeting_festivals_refuse_an_unknown_built_in_key(crm: Path) -> None:
    with pytest.raises(UserError, match="no festival called spring"):
        fest.greeting_festivals(["spring"])


# --- lunar dates for the calendar ---------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (D(2025, 1, 29), "正月初一"),
        (D(2025, 10, 6), "八月十五"),
        (D(2023, 3, 22), "闰二月初一"),  # 2023's leap 2nd month begins
        (D(2025, 7, 25), "闰六月初一"),  # 2025's leap 6th month begins
        (D(2025, 1, 28), "腊月廿九"),  # New Year's Eve of a year without a 30th
        (D(2024, 2, 9), "腊月三十"),
    ],
)
def test_lunar_text_of_a_solar_day(day: D, text: str) -> None:
    assert fest.lunar_text(day) == text


def test_calendar_cell_shows_a_solar_term_when_one_begins() -> None:
    assert fest.lunar_day(D(2025, 4, 4)).cell == "清明"


def test_calendar_cell_shows_the_month_on_its_first_day() -> None:
    assert fest.lunar_day(D(2025, 7, 25)).cell == "闰六月"


def test_calendar_cell_shows_the_day_otherwise() -> None:
    assert fest.lunar_day(D(2025, 10, 6)).cell == "十五"


@pytest.mark.parametrize("day", [D(1900, 6, 1), D(2101, 1, 1), D(2200, 1, 1)])
def test_days_outside_the_lunar_calendar_are_a_user_error(day: D) -> None:
    with pytest.raises(ValidationError, match="outside the years"):
        fest.lunar_day(day)


def test_a_today_whose_next_festival_may_lie_beyond_the_calendar_is_refused() -> None:
    with pytest.raises(ValidationError, match="outside the years"):
        fest.builtin("spring_festival").next_occurrence(D(2099, 1, 1))


def test_the_calendar_covers_the_last_days_of_2100() -> None:
    assert fest.lunar_day(D(2100, 12, 31)).year == 2100
