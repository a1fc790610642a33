"""The demo shop's calendar: three years of days, busier before the festivals."""

from __future__ import annotations

import datetime as dt

from smallcrm.domain.demo.shop_calendar import HISTORY_DAYS, ShopCalendar, is_leap_year, this_year

TODAY = dt.date(2025, 6, 15)


def _weight(cal: ShopCalendar, day: dt.date) -> float:
    i = (day - cal.first).days
    return cal.cum[i + 1] - cal.cum[i]


def test_the_history_runs_three_years_up_to_today() -> None:
    cal = ShopCalendar(TODAY)
    assert cal.days[0] == cal.first == TODAY - dt.timedelta(days=HISTORY_DAYS)
    assert cal.days[-1] == cal.date(HISTORY_DAYS) == TODAY
    assert cal.midnight[-1] == dt.datetime(2025, 6, 15)


def test_the_weeks_before_spring_festival_sell_most_and_the_holiday_least() -> None:
    cal = ShopCalendar(TODAY)
    spring = dt.date(2025, 1, 29)
    assert _weight(cal, spring - dt.timedelta(days=2)) > 3 * _weight(cal, dt.date(2025, 3, 12))
    assert _weight(cal, spring + dt.timedelta(days=2)) < 0.5 * _weight(cal, dt.date(2025, 3, 12))
    assert cal.season[(spring - dt.timedelta(days=2) - cal.first).days] == 1  # "spring"
    assert cal.season[(dt.date(2024, 11, 11) - cal.first).days] == 4  # "double11"


def test_the_spring_festival_cards_go_out_ten_days_before_the_festival() -> None:
    cal = ShopCalendar(TODAY)
    assert cal.date(cal.card_days[-1]) == dt.date(2025, 1, 19)


def test_the_next_festival_is_this_years_or_next_years() -> None:
    cal = ShopCalendar(TODAY)
    assert cal.next_festival(8, 15, lunar=True) == dt.date(2025, 10, 6)
    assert cal.next_festival(1, 1, lunar=True) == dt.date(2026, 2, 17)
    assert cal.next_festival(6, 15, lunar=False) == TODAY


def test_29_february_is_kept_on_the_28th_in_other_years() -> None:
    assert is_leap_year(2024) and not is_leap_year(2100) and is_leap_year(2000)
    assert this_year(dt.date(2025, 6, 1), 2, 29) == dt.date(2025, 2, 28)
    assert this_year(dt.date(2024, 6, 1), 2, 29) == dt.date(2024, 2, 29)
