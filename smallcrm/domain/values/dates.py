"""Reading dates and times as shop owners and spreadsheets write them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError

_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TIME = re.compile(r"^(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$")


def parse_date(value: object, field: str = "date") -> dt.date:
    """'2024-03-01', '2024/3/1', '2024年3月1日', '20240301' or a date -> date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip()
    m = _DATE.match(text) or _COMPACT.match(text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    raise ValidationError(
        field,
        QT_TRANSLATE_NOOP("UserError", "{value} is not a valid date; write it as 2024-03-01."),
        value=value,
    )


def parse_datetime(value: object, field: str = "at") -> dt.datetime:
    """A date, optionally followed by a time ('2024-03-01 14:30'); midnight if no time."""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    text = unicodedata.normalize("NFKC", str(value)).strip().replace("T", " ")
    date_part, _, time_part = text.partition(" ")
    day = parse_date(date_part, field)
    if not time_part.strip():
        return dt.datetime.combine(day, dt.time())
    return dt.datetime.combine(day, parse_time(time_part.strip(), field))


def parse_time(value: object, field: str = "time") -> dt.time:
    m = _TIME.match(unicodedata.normalize("NFKC", str(value)).strip())
    if m:
        try:
            return dt.time(int(m[1]), int(m[2]), int(m[3] or 0))
        except ValueError:
            pass
    raise ValidationError(
        field, QT_TRANSLATE_NOOP("UserError", "{value} is not a valid time; write it as 14:30."), value=value
    )


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day of month, clamped to the month's end (31 January + 1 month = 28/29
    February; 31 March - 1 month likewise): a monthly reminder's next date, an
    analysis window's start."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))
