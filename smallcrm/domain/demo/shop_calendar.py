"""The demo shop's three years of history, day by day: each day's season and how much
the shop sells on it (weekends, a growing shop, the Spring Festival and Mid-Autumn
rushes, the Dragon Boat festival, 11 November), and the festivals ahead."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from borax.calendars.lunardate import LunarDate

HISTORY_DAYS = 3 * 365  # purchases start this many days before today


class ShopCalendar:
    """The history window: one entry per day, with season and sales weight."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.first = today - dt.timedelta(days=HISTORY_DAYS)
        days = [self.first + dt.timedelta(days=i) for i in range(HISTORY_DAYS + 1)]
        # Rows carry date and datetime objects: the column's own conversion of an object is
        # cheap, where re-parsing an ISO string costs microseconds a value at a million rows.
        self.days = days
        self.midnight = [dt.datetime(d.year, d.month, d.day) for d in days]
        self.season = [0] * len(days)
        weight = [1.0] * len(days)
        for i, d in enumerate(days):
            weight[i] = (1.35 if d.weekday() >= 5 else 1.0) * (1.0 + 0.12 * i / 365)  # weekends; a growing shop
            if d.month == 11 and d.day <= 11:
                self.season[i] = 4
                weight[i] *= 3.0 if d.day == 11 else 1.7
        self.card_days: list[int] = []  # when the owner sends the Spring Festival cards
        for year in range(self.first.year - 1, today.year + 2):
            spring = self._lunar(year, 1, 1)
            if 0 <= (spring - self.first).days - 10 <= HISTORY_DAYS:
                self.card_days.append((spring - self.first).days - 10)
            autumn = self._lunar(year, 8, 15)
            dragon = self._lunar(year, 5, 5)
            self._mark(spring, -30, 0, 1, weight, lambda k: 1.5 + 3.0 * (30 + k) / 30)  # the New Year rush
            self._mark(spring, 0, 6, 0, weight, lambda k: 0.15)  # closed for the holiday
            self._mark(autumn, -30, 0, 2, weight, lambda k: 1.3 + 3.0 * (30 + k) / 30)  # mooncakes and gifts
            self._mark(dragon, -14, 0, 3, weight, lambda k: 1.6)
        self.cum = [0.0]
        for w in weight:
            self.cum.append(self.cum[-1] + w)

    @staticmethod
    def _lunar(year: int, month: int, day: int) -> dt.date:
        return LunarDate(year, month, day).to_solar_date()

    def _mark(
        self, centre: dt.date, lo: int, hi: int, season: int, weight: list[float], factor: Callable[[int], float]
    ) -> None:
        for k in range(lo, hi):
            i = (centre - self.first).days + k
            if 0 <= i < len(weight):
                weight[i] *= factor(k)
                if season:
                    self.season[i] = season

    def date(self, i: int) -> dt.date:
        return self.first + dt.timedelta(days=i)

    def next_festival(self, month: int, day: int, lunar: bool) -> dt.date:
        for year in (self.today.year, self.today.year + 1):
            when = self._lunar(year, month, day) if lunar else dt.date(year, month, day)
            if when >= self.today:
                return when
        raise AssertionError("a festival recurs within a year")  # pragma: no cover


def is_leap_year(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def this_year(today: dt.date, month: int, day: int) -> dt.date:
    """A solar birthday in ``today``'s year (29 February on the 28th in other years)."""
    if month == 2 and day == 29 and not is_leap_year(today.year):
        day = 28
    return dt.date(today.year, month, day)
