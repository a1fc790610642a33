"""Follow-ups for more customers than one statement may bind (tests/many_ids.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from smallcrm.domain.reminders.commands import add_follow_ups
from smallcrm.store.models import Reminder
from tests.many_ids import MANY, many_customers


def test_a_follow_up_for_every_customer(crm: Path) -> None:
    with many_customers() as everyone:
        assert len(add_follow_ups(everyone, {"title": "回访", "due_date": dt.date(2030, 1, 2)})) == MANY
    assert Reminder.select().count() == MANY
