"""Days typed on the command line (``--today``, ``--as-of``): read as dates the
calendars can work with."""

from __future__ import annotations

import argparse
import datetime as dt

from smallcrm.domain.reminders.festivals import check_today
from smallcrm.domain.values.dates import parse_date


def day(text: str, field: str) -> dt.date:
    """A day typed for ``--today`` or ``--as-of``: a date the calendars can work with
    (9999-12-31 overflowed deep in the date arithmetic of reminders and analysis)."""
    return check_today(parse_date(text, field), field)


def today_of(args: argparse.Namespace) -> dt.date:
    """--today, or the real today."""
    return day(args.today, "--today") if getattr(args, "today", None) else dt.date.today()


def as_of(value: str | None) -> dt.date | None:
    """--as-of, or None for today."""
    return None if value is None else day(value, "as-of")
