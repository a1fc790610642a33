"""Days typed on the command line (cli/days): --today and --as-of."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest

from smallcrm.cli.days import as_of, day, today_of
from smallcrm.errors import UserError


@pytest.mark.parametrize("text", ["2026-01-31", "2026/1/31", "2026年1月31日", "20260131", "２０２６-０１-３１"])
def test_a_day_is_read_as_people_write_it(text: str) -> None:
    assert day(text, "--today") == dt.date(2026, 1, 31)


def test_a_day_the_calendars_cannot_work_with_names_the_option() -> None:
    with pytest.raises(UserError, match="--today"):
        day("9999-12-31", "--today")
    with pytest.raises(UserError, match="not a valid date"):
        day("2026-02-30", "--today")


def test_without_the_option_it_is_today_or_none() -> None:
    assert today_of(argparse.Namespace(today=None)) == dt.date.today()
    assert today_of(argparse.Namespace()) == dt.date.today()
    assert today_of(argparse.Namespace(today="2026-03-01")) == dt.date(2026, 3, 1)
    assert as_of(None) is None and as_of("2026-03-01") == dt.date(2026, 3, 1)
