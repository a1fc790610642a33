"""Birthdays: solar or lunar (农历), with or without a year, and when they next come round.

Lunar results are checked against festival dates published for those years (an
independent source), never against the lunar library's own output.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.domain.values.birthdays import Birthday, parse_birthday
from smallcrm.errors import ValidationError
from tests.birthday_forms import stored_birthdays

D = dt.date

# Published dates (Chinese public-holiday calendars), typed in by hand.
SPRING_FESTIVAL = {
    2023: D(2023, 1, 22),
    2024: D(2024, 2, 10),
    2025: D(2025, 1, 29),
    2026: D(2026, 2, 17),
    2027: D(2027, 2, 6),
}
MID_AUTUMN = {2023: D(2023, 9, 29), 2024: D(2024, 9, 17), 2025: D(2025, 10, 6), 2026: D(2026, 9, 25)}
DRAGON_BOAT = {2023: D(2023, 6, 22), 2024: D(2024, 6, 10), 2025: D(2025, 5, 31)}
QIXI = {2024: D(2024, 8, 10), 2025: D(2025, 8, 29)}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (D(1985, 3, 2), Birthday(3, 2, 1985)),
        (dt.datetime(1985, 3, 2, 10, 30), Birthday(3, 2, 1985)),
        ("1985-03-02", Birthday(3, 2, 1985)),
        ("1985/3/2", Birthday(3, 2, 1985)),
        ("1985.3.2", Birthday(3, 2, 1985)),
        ("1985年3月2日", Birthday(3, 2, 1985)),
        ("19850302", Birthday(3, 2, 1985)),
        ("3月2日", Birthday(3, 2)),
        ("--03-02", Birthday(3, 2)),
        ("１９８５年３月２日", Birthday(3, 2, 1985)),
        ("农历八月十五", Birthday(8, 15, None, "lunar")),
        ("农历八月十五日", Birthday(8, 15, None, "lunar")),
        ("农历1990年正月初八", Birthday(1, 8, 1990, "lunar")),
        ("农历闰二月初一", Birthday(2, 1, None, "lunar", leap=True)),
        ("lunar 1990-01-08", Birthday(1, 8, 1990, "lunar")),
        ("阴历冬月廿九", Birthday(11, 29, None, "lunar")),
        ("农历十一月初十", Birthday(11, 10, None, "lunar")),
        ("农历腊月三十", Birthday(12, 30, None, "lunar")),
        ("农历十二月二十", Birthday(12, 20, None, "lunar")),
        ("农历2023年闰二月初一", Birthday(2, 1, 2023, "lunar", leap=True)),
    ],
)
def test_birthday_written_any_usual_way_is_read(typed: object, expected: Birthday) -> None:
    assert parse_birthday(typed) == expected


def test_lunar_flag_reads_a_plain_date_as_lunar() -> None:
    assert parse_birthday("1990-01-08", lunar=True) == Birthday(1, 8, 1990, "lunar")
    assert parse_birthday(D(1990, 1, 8), lunar=True) == Birthday(1, 8, 1990, "lunar")


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_empty_birthday_is_none(empty: object) -> None:
    assert parse_birthday(empty) is None


@pytest.mark.parametrize(
    "typed",
    [
        "1985年2月30日",
        "1985-13-01",
        "1900-02-29",  # 1900 was not a leap year
        "2月30日",
        "农历正月三十一",
        "农历十三月初一",
        "农历1990年五月",
        "sometime in spring",
    ],
)
def test_impossible_date_is_rejected(typed: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_birthday(typed)
    assert err.value.field == "birthday"


def test_lunar_leap_month_that_year_lacks_is_rejected() -> None:
    # 2024 had no leap month; 2023 had a leap 2nd month, 2025 a leap 6th.
    with pytest.raises(ValidationError):
        parse_birthday("农历2024年闰二月初一")
    with pytest.raises(ValidationError):
        parse_birthday("农历2025年闰二月初一")


def test_lunar_leap_months_of_2023_and_2025_are_accepted() -> None:
    assert parse_birthday("农历2023年闰二月初一") == Birthday(2, 1, 2023, "lunar", leap=True)
    assert parse_birthday("农历2025年闰六月初一") == Birthday(6, 1, 2025, "lunar", leap=True)


def test_lunar_30th_of_a_29_day_month_in_a_known_year_is_rejected() -> None:
    # The 12th month of lunar 2024 had 29 days: Spring Festival 2025 had no 年三十.
    with pytest.raises(ValidationError):
        parse_birthday("农历2024年腊月三十")


def test_future_birthday_is_rejected() -> None:
    next_year = dt.date.today().year + 1
    with pytest.raises(ValidationError):
        parse_birthday(f"{next_year}-01-01")


def test_feb_29_without_a_year_is_accepted() -> None:
    assert parse_birthday("2月29日") == Birthday(2, 29)


@pytest.mark.parametrize(
    "b",
    [
        Birthday(3, 2, 1985),
        Birthday(3, 2),
        Birthday(2, 29, 2000),
        Birthday(8, 15, None, "lunar"),
        Birthday(1, 8, 1990, "lunar"),
        Birthday(2, 1, None, "lunar", leap=True),
        Birthday(2, 1, 2023, "lunar", leap=True),
        Birthday(11, 20, None, "lunar"),
        Birthday(12, 30, None, "lunar"),
    ],
)
def test_canonical_text_reads_back_as_the_same_birthday(b: Birthday) -> None:
    assert parse_birthday(b.to_text()) == b


def test_canonical_text_forms() -> None:
    assert Birthday(3, 2, 1985).to_text() == "1985-03-02"
    assert Birthday(3, 2).to_text() == "--03-02"
    assert Birthday(8, 15, None, "lunar").to_text() == "农历八月十五"
    assert Birthday(1, 8, 1990, "lunar").to_text() == "农历1990年正月初八"
    assert Birthday(2, 1, None, "lunar", leap=True).to_text() == "农历闰二月初一"
    assert Birthday(12, 30, None, "lunar").to_text() == "农历腊月三十"


@settings(deadline=None)  # first calls load lookup tables; timing is not the point
@given(
    st.builds(
        Birthday,
        month=st.integers(1, 12),
        day=st.integers(1, 30),
        year=st.none(),
        calendar=st.just("lunar"),
        leap=st.booleans(),
    )
)
def test_any_lunar_birthday_without_year_round_trips_through_text(b: Birthday) -> None:
    assert parse_birthday(b.to_text()) == b


@settings(deadline=None)
@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2020, 12, 31)), st.booleans())
def test_any_solar_birthday_round_trips_through_text(day: dt.date, with_year: bool) -> None:
    b = Birthday(day.month, day.day, day.year if with_year else None)
    assert parse_birthday(b.to_text()) == b


@settings(deadline=None)
@given(stored_birthdays())
def test_every_stored_birthday_reads_back_from_its_text_and_from_the_forms_text(b: Birthday) -> None:
    """The canonical text (export, JSON, customer show, the Changes tab) and the text the
    customer form shows beside its Solar/Lunar choice both read back as the same birthday."""
    assert parse_birthday(b.to_text()) == b
    assert parse_birthday(b.form_text(), lunar=b.lunar) == b


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("1985年七月廿七", Birthday(7, 27, 1985, "lunar")),
        ("1990年八月十五", Birthday(8, 15, 1990, "lunar")),
        ("2020年闰四月初一", Birthday(4, 1, 2020, "lunar", leap=True)),
        ("闰二月初一", Birthday(2, 1, None, "lunar", leap=True)),
        ("八月十五", Birthday(8, 15, None, "lunar")),
        ("1990-08-15", Birthday(8, 15, 1990, "lunar")),
        ("08-15", Birthday(8, 15, None, "lunar")),
    ],
)
def test_lunar_text_without_its_marker_is_read_when_the_calendar_is_lunar(shown: str, expected: Birthday) -> None:
    assert parse_birthday(shown, lunar=True) == expected


def test_the_forms_text_leaves_out_the_marker_the_calendar_choice_gives() -> None:
    assert Birthday(7, 27, 1985, "lunar").form_text() == "1985年七月廿七"
    assert Birthday(3, 2).form_text() == "03-02"
    assert Birthday(3, 2, 1985).form_text() == "1985-03-02"


# --- next occurrence ---------------------------------------------------------


def test_solar_birthday_later_this_year_is_this_year() -> None:
    assert Birthday(3, 2, 1985).next_occurrence(D(2025, 1, 1)) == D(2025, 3, 2)


def test_solar_birthday_already_passed_is_next_year() -> None:
    assert Birthday(3, 2, 1985).next_occurrence(D(2025, 3, 3)) == D(2026, 3, 2)


def test_birthday_today_is_today() -> None:
    assert Birthday(3, 2).next_occurrence(D(2025, 3, 2)) == D(2025, 3, 2)


def test_feb_29_birthday_falls_on_feb_28_in_a_common_year() -> None:
    assert Birthday(2, 29, 2000).next_occurrence(D(2025, 1, 1)) == D(2025, 2, 28)


def test_feb_29_birthday_falls_on_feb_29_in_a_leap_year() -> None:
    assert Birthday(2, 29, 2000).next_occurrence(D(2028, 1, 1)) == D(2028, 2, 29)


def test_feb_29_birthday_in_2100_falls_on_feb_28() -> None:
    assert Birthday(2, 29).in_year(2100) == D(2100, 2, 28)


@pytest.mark.parametrize("year", sorted(SPRING_FESTIVAL))
def test_lunar_new_year_birthday_falls_on_spring_festival(year: int) -> None:
    b = Birthday(1, 1, None, "lunar")
    assert b.in_year(year) == SPRING_FESTIVAL[year]
    assert b.next_occurrence(D(year, 1, 1)) == SPRING_FESTIVAL[year]


@pytest.mark.parametrize("year", sorted(MID_AUTUMN))
def test_lunar_8_15_birthday_falls_on_mid_autumn(year: int) -> None:
    assert Birthday(8, 15, None, "lunar").next_occurrence(D(year, 1, 1)) == MID_AUTUMN[year]


@pytest.mark.parametrize("year", sorted(DRAGON_BOAT))
def test_lunar_5_5_birthday_falls_on_dragon_boat_festival(year: int) -> None:
    assert Birthday(5, 5, None, "lunar").next_occurrence(D(year, 1, 1)) == DRAGON_BOAT[year]


@pytest.mark.parametrize("year", sorted(QIXI))
def test_lunar_7_7_birthday_falls_on_qixi(year: int) -> None:
    assert Birthday(7, 7, None, "lunar").next_occurrence(D(year, 1, 1)) == QIXI[year]


def test_lunar_birthday_after_this_years_date_moves_to_next_lunar_year() -> None:
    assert Birthday(8, 15, None, "lunar").next_occurrence(D(2024, 9, 18)) == MID_AUTUMN[2025]


def test_lunar_birthday_in_the_12th_month_falls_in_the_next_solar_year() -> None:
    # 腊八 (12th month, 8th day) of lunar 2024 was 2025-01-07.
    assert Birthday(12, 8, None, "lunar").next_occurrence(D(2024, 12, 1)) == D(2025, 1, 7)


def test_lunar_30th_falls_on_the_29th_when_the_month_is_short() -> None:
    # Lunar 2024's 12th month had 29 days: New Year's Eve was 腊月廿九, 2025-01-28.
    eve = SPRING_FESTIVAL[2025] - dt.timedelta(days=1)
    assert Birthday(12, 30, None, "lunar").next_occurrence(D(2025, 1, 1)) == eve


def test_lunar_30th_falls_on_the_30th_when_the_month_is_long() -> None:
    # The 8th month of lunar 2024 was long: its 30th is 15 days after Mid-Autumn (the 15th).
    assert Birthday(8, 30, None, "lunar").in_year(2024) == MID_AUTUMN[2024] + dt.timedelta(days=15)


def test_lunar_leap_month_birthday_falls_in_the_leap_month_when_the_year_has_it() -> None:
    # 2023: 闰二月初一 was 2023-03-22.
    assert Birthday(2, 1, None, "lunar", leap=True).next_occurrence(D(2023, 1, 1)) == D(2023, 3, 22)


def test_lunar_leap_6th_month_birthday_in_2025() -> None:
    # 2025: 闰六月初一 was 2025-07-25, 29 days before 七月初一 (Qixi 七月初七 minus 6 days).
    assert Birthday(6, 1, None, "lunar", leap=True).in_year(2025) == QIXI[2025] - dt.timedelta(days=6 + 29)


def test_lunar_leap_month_birthday_falls_in_the_ordinary_month_otherwise() -> None:
    # 2024 had no leap month: 二月初一 was 2024-03-10 (龙抬头, 二月初二, was 2024-03-11).
    assert Birthday(2, 1, None, "lunar", leap=True).next_occurrence(D(2024, 1, 1)) == D(2024, 3, 10)


def test_ordinary_month_birthday_ignores_the_leap_month_of_the_same_number() -> None:
    # 2023: the ordinary 二月初一 came a month before the leap one (2023-02-20).
    assert Birthday(2, 1, None, "lunar").in_year(2023) == D(2023, 2, 20)


@settings(deadline=None)
@given(
    st.builds(
        Birthday, month=st.integers(1, 12), day=st.integers(1, 30), calendar=st.just("lunar"), leap=st.booleans()
    ),
    st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)),
)
def test_next_lunar_occurrence_is_within_the_coming_year_and_a_bit(b: Birthday, today: dt.date) -> None:
    when = b.next_occurrence(today)
    assert today <= when <= today + dt.timedelta(days=390)


@settings(deadline=None)
@given(
    st.dates(min_value=D(1904, 1, 1), max_value=D(2000, 12, 31)),
    st.dates(min_value=D(2001, 1, 1), max_value=D(2099, 12, 31)),
)
def test_next_solar_occurrence_is_on_or_after_today_within_a_year(born: dt.date, today: dt.date) -> None:
    when = Birthday(born.month, born.day, born.year).next_occurrence(today)
    assert today <= when < today + dt.timedelta(days=366)
    assert (when.month, when.day) == (born.month, born.day) or (born.month, born.day, when.day) == (2, 29, 28)


# --- age ---------------------------------------------------------------------


def test_age_counts_completed_years() -> None:
    b = Birthday(3, 2, 1985)
    assert b.age_on(D(2025, 3, 1)) == 39
    assert b.age_on(D(2025, 3, 2)) == 40


def test_age_is_unknown_without_a_year() -> None:
    assert Birthday(3, 2).age_on(D(2025, 3, 2)) is None


def test_lunar_age_turns_on_the_lunar_birthday() -> None:
    b = Birthday(1, 1, 1990, "lunar")
    assert b.age_on(SPRING_FESTIVAL[2025] - dt.timedelta(days=1)) == 34
    assert b.age_on(SPRING_FESTIVAL[2025]) == 35
