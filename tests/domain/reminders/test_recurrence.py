"""A repeating reminder keeps its day: the next occurrence of a monthly, yearly, weekly or
daily series, written in words, snoozed or edited (``reminders.recurrence``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.reminders.commands import (
    add_reminder,
    complete_reminder,
    edit_reminder,
    snooze_reminder,
)
from smallcrm.domain.reminders.recurrence import parse_recurrence
from smallcrm.errors import ValidationError

D = dt.date


@pytest.fixture
def cid(crm: Path) -> int:
    return create_customer({"name": "张三"}).id


def test_monthly_reminder_on_the_31st_next_falls_on_the_last_day_of_february(cid: int) -> None:
    r = add_reminder({"customer": cid, "due": "2026-01-31", "title": "月度回访", "every": "1 months"})
    _, follow = complete_reminder(r.id)
    assert follow is not None
    assert (follow.due_date, follow.status, follow.title) == (D(2026, 2, 28), "open", "月度回访")
    assert (follow.recur_every, follow.recur_unit, follow.customer_id) == (1, "months", cid)


def test_yearly_reminder_comes_back_next_year(crm: Path) -> None:
    r = add_reminder({"due": "2026-05-20", "title": "周年", "every": "yearly"})
    _, follow = complete_reminder(r.id)
    assert follow is not None and follow.due_date == D(2027, 5, 20)


def test_yearly_reminder_on_feb_29_falls_on_feb_28(crm: Path) -> None:
    r = add_reminder({"due": "2028-02-29", "title": "生日", "every": "1 years"})
    _, follow = complete_reminder(r.id)
    assert follow is not None and follow.due_date == D(2029, 2, 28)


def test_weekly_and_daily_reminders_move_by_days(crm: Path) -> None:
    weekly = add_reminder({"due": "2026-12-28", "title": "周报", "every": "2 weeks"})
    daily = add_reminder({"due": "2026-12-31", "title": "日结", "every": "daily"})
    _, next_week = complete_reminder(weekly.id)
    _, next_day = complete_reminder(daily.id)
    assert next_week is not None and next_week.due_date == D(2027, 1, 11)
    assert next_day is not None and next_day.due_date == D(2027, 1, 1)


@pytest.mark.parametrize(
    ("typed", "every", "unit"),
    [("3 months", 3, "months"), ("1 week", 1, "weeks"), ("Yearly", 1, "years"), ("", 0, ""), ("10 days", 10, "days")],
)
def test_recurrence_is_read_in_words(typed: str, every: int, unit: str) -> None:
    assert parse_recurrence(typed) == {"recur_every": every, "recur_unit": unit}


@pytest.mark.parametrize("typed", ["0 days", "-1 days", "2 decades", "every week", "months", "1.5 months", "3"])
def test_bad_recurrence_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_recurrence(typed)
    assert err.value.field == "every"


def _complete_n(reminder_id: int, n: int) -> list[D]:
    dues = []
    for _ in range(n):
        _, follow = complete_reminder(reminder_id)
        assert follow is not None
        dues.append(follow.due_date)
        reminder_id = follow.id
    return dues


def test_monthly_reminder_on_the_31st_returns_to_the_31st_after_february(crm: Path) -> None:
    r = add_reminder({"due": "2026-01-31", "title": "月结", "every": "1 months"})
    assert _complete_n(r.id, 3) == [D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30)]


def test_yearly_reminder_on_feb_29_returns_to_the_29th_in_leap_years(crm: Path) -> None:
    r = add_reminder({"due": "2028-02-29", "title": "闰日", "every": "yearly"})
    assert _complete_n(r.id, 4) == [D(2029, 2, 28), D(2030, 2, 28), D(2031, 2, 28), D(2032, 2, 29)]


def test_snoozing_one_occurrence_does_not_shift_the_series(crm: Path) -> None:
    r = add_reminder({"due": "2026-03-10", "title": "周会", "every": "1 weeks"})
    snooze_reminder(r.id, "2026-03-12")
    _, follow = complete_reminder(r.id)
    assert follow is not None and follow.due_date == D(2026, 3, 17)


def test_editing_the_due_date_starts_the_series_on_the_new_day(crm: Path) -> None:
    r = add_reminder({"due": "2026-01-31", "title": "月结", "every": "1 months"})
    edit_reminder(r.id, {"due": "2026-01-15"})
    assert _complete_n(r.id, 1) == [D(2026, 2, 15)]


@pytest.mark.parametrize(("due", "every"), [(dt.date(9999, 12, 31), "1 days"), (dt.date(2024, 1, 1), "99999999 years")])
def test_a_series_whose_next_date_is_past_the_calendar_ends_when_its_last_one_is_done(
    cid: int, due: dt.date, every: str
) -> None:
    r = add_reminder({"customer": cid, "due": due, "title": "回访", "every": every})
    done, follow = complete_reminder(r.id)
    assert done.status == "done" and follow is None
