"""Festivals and lunar dates: when to send greetings, and what a calendar shows.

Built in are the three festivals the articles' shops greet customers on: Spring
Festival (春节, lunar 1/1), Dragon Boat (端午, lunar 5/5) and Mid-Autumn (中秋, lunar
8/15). The owner adds others (七夕, 11 November, the shop's anniversary) as solar or
lunar dates; they live in the ``festival`` table so a backup carries them.

Solar dates come from borax, the same maintained lunar calendar as birthdays, never
from a hand-made table, and follow the birthday rules (``domain.values.birthdays``):

- a lunar festival falls in the ordinary month, never a leap month (中秋 in a year
  with a leap 8th month is in the first 8th month), as the festivals are kept;
- a lunar date on the 30th falls on the 29th in a year when that month has only 29
  days, so 除夕 entered as 腊月三十 is always New Year's Eve;
- a solar date on 29 February falls on 28 February in other years.

borax covers lunar years 1900-2100: days outside 1901-2100 are refused as a user
error rather than failing deep inside the calendar, and a "today" after 2098, whose
next occurrences could fall beyond the calendar, too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from smallcrm.domain.values.birthdays import LUNAR_MONTH_NAMES, Birthday, lunar_day_name, parse_birthday
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.store.db import db
from smallcrm.store.models import Festival as FestivalRow

Translate = Callable[[str, str], str]

FIRST_DAY = dt.date(1901, 1, 1)
LAST_DAY = dt.date(2100, 12, 31)
LAST_TODAY = dt.date(2098, 12, 31)  # next occurrences look up to two years ahead
CALENDARS = ("solar", "lunar")


@dataclass(frozen=True)
class Festival:
    """A festival: built in (``key`` names it) or the owner's (``key`` is 'custom:ID')."""

    key: str
    name: str  # built in: English source text, translated in context "Festival"; else as the owner typed it
    calendar: str  # solar | lunar
    month: int
    day: int
    builtin: bool = False
    active: bool = True
    id: int | None = None

    @property
    def lunar(self) -> bool:
        return self.calendar == "lunar"

    def _date(self, year: int) -> dt.date:
        """The festival in solar ``year`` (lunar: in lunar ``year``), by the birthday rules."""
        return Birthday(self.month, self.day, None, self.calendar).in_year(year)

    def dates_in_year(self, year: int) -> list[dt.date]:
        """Its solar dates within solar ``year``: one for a solar date and the three
        built-in festivals; a lunar date late in the 11th or 12th month can fall in
        January (of the previous lunar year) and December, or in neither."""
        if not FIRST_DAY.year <= year <= LAST_DAY.year:
            raise _outside("year", year, LAST_DAY)
        if not self.lunar:
            return [self._date(year)]
        return [d for d in (self._date(year - 1), self._date(year)) if d.year == year]

    def next_occurrence(self, today: dt.date) -> dt.date:
        """The first date on or after ``today``."""
        check_today(today)
        return Birthday(self.month, self.day, None, self.calendar).next_occurrence(today)

    def label(self, translate: Translate | None = None) -> str:
        """The name to show: a built-in festival's in the reader's language."""
        if self.builtin and translate is not None:
            return translate("Festival", self.name)
        return self.name

    def date_text(self) -> str:
        """How the date is written: '农历八月十五' or '11-11'."""
        if self.lunar:
            return Birthday(self.month, self.day, None, "lunar").to_text()
        return f"{self.month:02d}-{self.day:02d}"

    def as_dict(self, year: int | None = None, translate: Translate | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "key": self.key,
            "id": self.id,
            "name": self.label(translate),
            "calendar": self.calendar,
            "month": self.month,
            "day": self.day,
            "text": self.date_text(),
            "builtin": self.builtin,
            "active": self.active,
        }
        if year is not None:
            out["dates"] = [d.isoformat() for d in self.dates_in_year(year)]
        return out


BUILTIN: tuple[Festival, ...] = (
    Festival("spring_festival", QT_TRANSLATE_NOOP("Festival", "Spring Festival"), "lunar", 1, 1, builtin=True),
    Festival("dragon_boat", QT_TRANSLATE_NOOP("Festival", "Dragon Boat Festival"), "lunar", 5, 5, builtin=True),
    Festival("mid_autumn", QT_TRANSLATE_NOOP("Festival", "Mid-Autumn Festival"), "lunar", 8, 15, builtin=True),
)
BUILTIN_KEYS = tuple(f.key for f in BUILTIN)


def check_day(day: dt.date, field: str = "date", last: dt.date = LAST_DAY) -> dt.date:
    """Refuse a day the lunar calendar does not cover (a UserError, not a crash)."""
    if not FIRST_DAY <= day <= last:
        raise _outside(field, day.isoformat(), last)
    return day


def _outside(field: str, value: object, last: dt.date) -> ValidationError:
    return ValidationError(
        field,
        QT_TRANSLATE_NOOP("UserError", "{value} is outside the years the lunar calendar covers ({first}-{last})."),
        value=value,
        first=FIRST_DAY.year,
        last=last.year,
    )


def check_today(today: dt.date, field: str = "today") -> dt.date:
    """Refuse a "today" whose coming dates the calendar may not cover."""
    return check_day(today, field, LAST_TODAY)


def builtin(key: str) -> Festival:
    for f in BUILTIN:
        if f.key == key:
            return f
    raise UserError(
        QT_TRANSLATE_NOOP("UserError", "There is no festival called {key} (known: {known})."),
        key=key,
        known=", ".join(BUILTIN_KEYS),
    )


def _from_row(row: FestivalRow) -> Festival:
    return Festival(f"custom:{row.id}", row.name, row.calendar, row.month, row.day, False, bool(row.active), row.id)


def custom_festivals(*, active_only: bool = False) -> list[Festival]:
    query = FestivalRow.select().order_by(FestivalRow.month, FestivalRow.day, FestivalRow.id)
    if active_only:
        query = query.where(FestivalRow.active == True)  # noqa: E712 - peewee builds SQL from ==
    return [_from_row(r) for r in query]


def all_festivals() -> list[Festival]:
    """Built-in festivals first, then the owner's in calendar order."""
    return [*BUILTIN, *custom_festivals()]


def greeting_festivals(builtin_keys: Iterable[str]) -> list[Festival]:
    """The festivals customers are greeted on: the chosen built-in ones and every
    active one the owner added. Unknown keys are refused, so a typo in the setting
    does not silently stop the Spring Festival greetings."""
    chosen = [builtin(k) for k in builtin_keys]
    return [*chosen, *custom_festivals(active_only=True)]


def festivals_between(
    start: dt.date, end: dt.date, festivals: Iterable[Festival] | None = None
) -> list[tuple[dt.date, Festival]]:
    """Every (date, festival) with ``start`` <= date <= ``end``, in date order."""
    check_day(start, "from")
    check_day(end, "to")
    found: list[tuple[dt.date, Festival]] = []
    for f in all_festivals() if festivals is None else festivals:
        for year in range(start.year, end.year + 1):
            found.extend((d, f) for d in f.dates_in_year(year) if start <= d <= end)
    found.sort(key=lambda pair: (pair[0], not pair[1].builtin, pair[1].key))
    return found


def festivals_on(day: dt.date) -> list[Festival]:
    """The festivals on one day, for a calendar cell."""
    return [f for _, f in festivals_between(day, day)]


def festival_date(key: str, year: int) -> dt.date:
    """The solar date of a built-in festival in ``year`` (each falls once a year)."""
    (day,) = builtin(key).dates_in_year(year)
    return day


# --- owner-added festivals -------------------------------------------------------------


def add_festival(name: object, on: object, *, lunar: bool = False) -> Festival:
    """Add a festival from a name and a date as people write it: '11-11', '11月11日',
    '农历七月初七'; ``lunar=True`` reads '7-7' as lunar. A year, if given, is ignored:
    a festival comes back every year. A leap month is refused (festivals are kept
    in the ordinary month)."""
    text = str(name or "").strip()
    if not text:
        raise ValidationError("name", QT_TRANSLATE_NOOP("UserError", "A festival needs a name."))
    when = parse_birthday(on, lunar=lunar, field="on")
    if when is None:
        raise ValidationError("on", QT_TRANSLATE_NOOP("UserError", "A festival needs a date."))
    if when.leap:
        raise ValidationError(
            "on",
            QT_TRANSLATE_NOOP("UserError", "{value}: festivals fall in the ordinary month, not a leap month."),
            value=on,
        )
    with db.atomic():
        row = FestivalRow.create(name=text, calendar=when.calendar, month=when.month, day=when.day)
    return _from_row(row)


def get_festival(festival_id: int) -> Festival:
    row = FestivalRow.get_or_none(FestivalRow.id == festival_id)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no festival with id {id}."), id=festival_id)
    return _from_row(row)


def set_festival_active(festival_id: int, active: bool) -> Festival:
    """Greet customers on it (or stop), keeping the date."""
    get_festival(festival_id)
    with db.atomic():
        FestivalRow.update(active=active).where(FestivalRow.id == festival_id).execute()
    return get_festival(festival_id)


def remove_festival(festival_id: int) -> None:
    """Remove an owner-added festival; reminders already made for it stay."""
    get_festival(festival_id)
    with db.atomic():
        FestivalRow.delete().where(FestivalRow.id == festival_id).execute()


# --- lunar dates for a calendar or agenda ----------------------------------------------


@dataclass(frozen=True)
class LunarDay:
    """A solar day in the lunar calendar, with the texts a Chinese calendar prints."""

    year: int
    month: int
    day: int
    leap: bool
    month_name: str  # '八月', '闰六月', '腊月'
    day_name: str  # '初一', '十五', '三十'
    term: str  # the solar term (节气) starting that day, e.g. '清明', or ''

    @property
    def text(self) -> str:
        """'八月十五', '闰六月初一'."""
        return self.month_name + self.day_name

    @property
    def cell(self) -> str:
        """What a month calendar prints under the day number: the solar term if one
        starts, else the month's name on its first day, else the day's name."""
        if self.term:
            return self.term
        return self.month_name if self.day == 1 else self.day_name


@lru_cache(maxsize=1024)  # a calendar redraws the same months; conversions cost ~40 µs
def lunar_day(day: dt.date) -> LunarDay:
    from borax.calendars.lunardate import LunarDate  # 10 ms a start (measured): when a calendar is drawn

    check_day(day)
    ld = LunarDate.from_solar_date(day.year, day.month, day.day)
    month_name = ("闰" if ld.leap else "") + LUNAR_MONTH_NAMES[ld.month - 1] + "月"
    return LunarDay(ld.year, ld.month, ld.day, bool(ld.leap), month_name, lunar_day_name(ld.day), ld.term or "")


def lunar_text(day: dt.date) -> str:
    """The lunar date of a solar day: '八月十五', '闰六月初一'."""
    return lunar_day(day).text
