"""Birthdays: solar or lunar (农历), with or without a year.

Stored as parts (calendar, year, month, day, leap) because '3月2日' has no year and a
lunar birthday is not a fixed solar date. Lunar arithmetic is borax's (a maintained,
pure-Python lunar calendar), never a hand-made table.

Rules for dates that do not exist every year, used by ``next_occurrence``:
- a solar birthday on 29 February falls on 28 February in other years;
- a lunar birthday on the 30th of a month that has only 29 days this year falls on
  its 29th (the month's last day);
- a birthday in a lunar leap month (闰月) falls in the leap month in years that have
  that leap month, otherwise in the ordinary month of the same number.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError

_LUNAR_MONTHS = {
    "正": 1,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "冬": 11,
    "十一": 11,
    "腊": 12,
    "十二": 12,
}
_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
LUNAR_MONTH_NAMES = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]


@dataclass(frozen=True)
class Birthday:
    month: int
    day: int
    year: int | None = None
    calendar: str = "solar"  # solar | lunar
    leap: bool = False  # lunar leap month

    @property
    def lunar(self) -> bool:
        return self.calendar == "lunar"

    def to_text(self) -> str:
        """The canonical text form, which :func:`parse_birthday` reads back."""
        if self.lunar:
            year = f"{self.year}年" if self.year else ""
            leap = "闰" if self.leap else ""
            return f"农历{year}{leap}{LUNAR_MONTH_NAMES[self.month - 1]}月{lunar_day_name(self.day)}"
        if self.year:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"--{self.month:02d}-{self.day:02d}"

    def form_text(self) -> str:
        """The text the customer form shows beside its Solar/Lunar choice: the canonical
        text without the 农历 marker that choice stands for ('1985年七月廿七'), or the '--'
        of a date without a year ('03-02'). ``parse_birthday(text, lunar=self.lunar)``
        reads it back."""
        return self.to_text().removeprefix("农历").removeprefix("--")

    def as_dict(self) -> dict[str, object]:
        return {
            "calendar": self.calendar,
            "year": self.year,
            "month": self.month,
            "day": self.day,
            "leap": self.leap,
            "text": self.to_text(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Birthday:
        """The birthday :meth:`as_dict` describes (a customer's JSON, the form's data)."""
        year = data.get("year")
        return cls(
            int(str(data["month"])),
            int(str(data["day"])),
            int(str(year)) if year else None,
            str(data.get("calendar") or "solar"),
            bool(data.get("leap")),
        )

    def next_occurrence(self, today: dt.date) -> dt.date:
        """The solar date of the next birthday on or after ``today``."""
        for year in (today.year - 1, today.year, today.year + 1, today.year + 2):
            when = self.in_year(year)
            if when >= today:
                return when
        raise AssertionError("a birthday recurs within two years")  # pragma: no cover

    def in_year(self, year: int) -> dt.date:
        """The solar date of the birthday in solar ``year`` (lunar: of lunar ``year``)."""
        if not self.lunar:
            day = self.day
            if self.month == 2 and day == 29 and not _is_leap_year(year):
                day = 28
            return dt.date(year, self.month, day)
        from borax.calendars.lunardate import LCalendars, LunarDate  # 10 ms a start (measured): lunar only

        leap = 1 if self.leap and LCalendars.leap_month(year) == self.month else 0
        day = min(self.day, LCalendars.ndays(year, self.month, leap))
        return LunarDate(year, self.month, day, leap).to_solar_date()

    def age_on(self, today: dt.date) -> int | None:
        """Completed years on ``today``; lunar birthdays count lunar years."""
        if not self.year:
            return None
        if not self.lunar:
            return today.year - self.year - (1 if today < self.in_year(today.year) else 0)
        from borax.calendars.lunardate import LunarDate  # 10 ms a start (measured): lunar only

        now = LunarDate.from_solar_date(today.year, today.month, today.day)
        return now.year - self.year - (1 if (now.month, now.day) < (self.month, self.day) else 0)


def _is_leap_year(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def lunar_day_name(day: int) -> str:
    if day == 10:
        return "初十"
    if day == 20:
        return "二十"
    if day == 30:
        return "三十"
    tens = ["初", "十", "廿", "三十"][day // 10]
    return tens + "一二三四五六七八九"[day % 10 - 1]


def _chinese_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    text = text.replace("廿", "二十").replace("卅", "三十")
    if text.startswith("初"):
        text = text[1:]
    if not text or any(ch not in _DIGITS for ch in text):
        return None
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)
    return _DIGITS[text] if len(text) == 1 else None


_SOLAR_PATTERNS = [
    re.compile(r"^(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?$"),
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$"),
    re.compile(r"^(?:--)?(?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?$"),
]
_LUNAR_RE = re.compile(
    r"^(?:农历|陰曆|阴历|lunar[:\s]*)(?:(?P<y>\d{4})[年\-/.]?)?(?P<leap>闰|L)?"
    r"(?P<m>\d{1,2}|正|冬|腊|十一|十二|[一二三四五六七八九十])[月\-/.]?(?P<d>.+?)日?$",
    re.IGNORECASE,
)


def _invalid(value: object, field: str) -> ValidationError:
    return ValidationError(field, QT_TRANSLATE_NOOP("UserError", "{value} is not a valid date."), value=value)


def parse_birthday(value: object, *, lunar: bool = False, field: str = "birthday") -> Birthday | None:
    """Read a birthday as people write it; None for an empty value (see _parse)."""
    try:
        return _parse_cached(value, lunar, field)
    except TypeError:  # an unhashable value: parse it uncached (and let _parse reject it)
        return _parse(value, lunar=lunar, field=field)


@lru_cache(maxsize=65536)  # birthdays repeat across customers; Birthday is immutable
def _parse_cached(value: object, lunar: bool, field: str) -> Birthday | None:
    return _parse(value, lunar=lunar, field=field)


def _parse(value: object, *, lunar: bool = False, field: str = "birthday") -> Birthday | None:
    """Read a birthday as people write it; None for an empty value.

    Accepts dates, '1985-03-02', '1985/3/2', '1985年3月2日', '19850302', '3月2日' and
    '--03-02' (no year), and lunar forms such as '农历八月十五', '农历1990年正月初八',
    '农历闰二月初一' or 'lunar 1990-01-08'. ``lunar=True`` reads any date as lunar
    (a column headed 农历生日, the form's Lunar choice), and lunar text without its
    农历 marker ('八月十五', '1985年七月廿七'), which is how the form shows a lunar
    birthday (:meth:`Birthday.form_text`). Raises ValidationError for impossible dates.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _checked(Birthday(value.month, value.day, value.year, "lunar" if lunar else "solar"), value, field)
    text = unicodedata.normalize("NFKC", str(value)).strip().replace(" ", "")
    if not text:
        return None
    m = _LUNAR_RE.match(text)
    if m is None and lunar and ("月" in text or not text[:1].isdigit()):
        # The calendar is known to be lunar, so the marker is implied. Numbers alone
        # ('1990-08-15', '0815') are left to the patterns below: read as a lunar month
        # and day, '12' would become 1/2.
        m = _LUNAR_RE.match("农历" + text)
    if m:
        month = _LUNAR_MONTHS.get(m["m"]) or (int(m["m"]) if m["m"].isdigit() else None)
        day = _chinese_number(m["d"])
        if month is None or day is None:
            raise _invalid(value, field)
        return _checked(Birthday(month, day, int(m["y"]) if m["y"] else None, "lunar", bool(m["leap"])), value, field)
    for pattern in _SOLAR_PATTERNS:
        m = pattern.match(text)
        if m:
            year = int(m["y"]) if "y" in pattern.groupindex else None
            return _checked(Birthday(int(m["m"]), int(m["d"]), year, "lunar" if lunar else "solar"), value, field)
    raise _invalid(value, field)


def _checked(b: Birthday, value: object, field: str) -> Birthday:
    """Refuse dates that never happen: 2月30日, lunar 31st, a leap month that year lacks."""
    today = dt.date.today()
    if b.year is not None and not 1900 <= b.year <= today.year:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("UserError", "{value} has an impossible year for a birthday."), value=value
        )
    if not 1 <= b.month <= 12:
        raise _invalid(value, field)
    if b.lunar:
        from borax.calendars.lunardate import LCalendars  # 10 ms a start (measured): lunar only

        if not 1 <= b.day <= 30:
            raise _invalid(value, field)
        if b.year is not None:
            if b.leap and LCalendars.leap_month(b.year) != b.month:
                raise _invalid(value, field)
            if b.day > LCalendars.ndays(b.year, b.month, 1 if b.leap else 0):
                raise _invalid(value, field)
        return b
    try:
        dt.date(b.year or 2000, b.month, b.day)  # 2000 is a leap year: 29 Feb allowed without a year
    except ValueError:
        raise _invalid(value, field) from None
    if b.year is not None and dt.date(b.year, b.month, b.day) > today:
        raise ValidationError(field, QT_TRANSLATE_NOOP("UserError", "{value} is in the future."), value=value)
    return b
