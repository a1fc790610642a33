"""A repeating reminder's series: how it is written ('3 months', 'yearly') and its
next date.

A repeating series keeps its day: ``recur_anchor`` is the first due date, and each
next occurrence is the first date of the series after the one just done, so a
monthly reminder on the 31st falls on 28 February and then on 31 March again (not
the 28th for ever), and one snoozed for a few days does not shift the series.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from smallcrm.domain.reminders.kinds import UNITS
from smallcrm.domain.values.dates import add_months
from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError
from smallcrm.store.models import Reminder


def parse_recurrence(value: object) -> dict[str, Any]:
    """'3 months', '1 years', 'yearly', '' -> recur_every/recur_unit."""
    text = str(value or "").strip().lower()
    if not text:
        return {"recur_every": 0, "recur_unit": ""}
    named = {"daily": "1 days", "weekly": "1 weeks", "monthly": "1 months", "yearly": "1 years"}
    text = named.get(text, text)
    parts = text.split()
    if len(parts) == 2 and parts[0].isdigit() and int(parts[0]) > 0:
        unit = parts[1] if parts[1].endswith("s") else parts[1] + "s"
        if unit in UNITS:
            return {"recur_every": int(parts[0]), "recur_unit": unit}
    raise ValidationError(
        "every", QT_TRANSLATE_NOOP("UserError", "{value} is not a repeat interval such as '2 weeks'."), value=value
    )


def next_due(r: Reminder) -> dt.date | None:
    """The series' first date after ``r.due_date``, counted from its anchor (the first
    due date), so the series keeps its day of the month and its rhythm; None when there
    is none: a one-off, or a next date past the calendar's end (the year 9999, or 'every
    99999999 years'), where marking the last one done crashed with OverflowError."""
    if not r.recur_every:
        return None
    try:
        return _next_in_series(r)
    except (OverflowError, ValueError):
        return None


def _next_in_series(r: Reminder) -> dt.date:
    anchor = r.recur_anchor or r.due_date
    if r.recur_unit in ("days", "weeks"):
        step = r.recur_every * (7 if r.recur_unit == "weeks" else 1)
        k = max(0, (r.due_date - anchor).days // step + 1)
        return anchor + dt.timedelta(days=k * step)
    step = r.recur_every * (12 if r.recur_unit == "years" else 1)
    months = (r.due_date.year - anchor.year) * 12 + r.due_date.month - anchor.month
    k = max(0, months // step)
    while add_months(anchor, k * step) <= r.due_date:
        k += 1
    return add_months(anchor, k * step)
