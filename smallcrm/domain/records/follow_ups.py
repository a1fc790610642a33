"""A complaint's follow-ups: the reminders the complaint rule (``reminders.rules``)
makes while a complaint stays open, closed in the same transaction when the complaint
is resolved (done) or deleted (dismissed), so nobody is told to chase a settled one.

Its own module below both: ``records.interactions`` closes them, and the reminder
commands log an interaction when a reminder is done.
"""

from __future__ import annotations

import datetime as dt

from smallcrm.domain.reminders.kinds import OPEN
from smallcrm.store.models import Reminder


def close_complaint_follow_ups(interaction_id: int, when: dt.datetime, *, status: str = "done") -> int:
    """Close the open follow-up reminders the complaint rule made for a complaint that
    is resolved (done) or deleted (dismissed); returns how many. Called inside the
    caller's transaction by ``domain.records.interactions``."""
    return int(
        Reminder.update(status=status, done_at=when)
        .where(
            (Reminder.origin == "rule:complaint")
            & Reminder.status.in_(OPEN)
            & Reminder.rule_key.startswith(f"complaint:{interaction_id}:")
        )
        .execute()
    )
