"""The kinds and states of a reminder, and the units a repeating one counts in: the
words every part of the reminders room (and the customers' hand-over of reminders)
shares, below all of them."""

from __future__ import annotations

KINDS = ("callback", "birthday", "festival", "complaint", "new_customer", "reengage", "custom")


STATUSES = ("open", "done", "snoozed", "dismissed")


UNITS = ("days", "weeks", "months", "years")


OPEN = ("open", "snoozed")
