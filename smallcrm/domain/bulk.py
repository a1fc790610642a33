"""Actions on many selected customers at once that have no single-customer command
of their own: one transaction, so a cancelled or failed action leaves nothing half done."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from smallcrm.domain.reminders import clean_reminder
from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError
from smallcrm.store.db import db
from smallcrm.store.models import Customer, Reminder

_CHUNK = 500


def add_follow_ups(customer_ids: Sequence[int], data: dict[str, Any]) -> list[int]:
    """A follow-up reminder (``data`` as for ``reminders.add_reminder``, without a
    customer) for each live customer among ``customer_ids``; returns the customers
    that got one."""
    fields = clean_reminder({k: v for k, v in data.items() if k != "customer"})
    if "due_date" not in fields:
        raise ValidationError("due", QT_TRANSLATE_NOOP("UserError", "A reminder needs a due date."))
    if "title" not in fields:
        raise ValidationError("title", QT_TRANSLATE_NOOP("UserError", "A reminder needs a title."))
    fields.setdefault("kind", "callback")
    unique = list(dict.fromkeys(customer_ids))
    done: list[int] = []
    with db.atomic():
        for start in range(0, len(unique), _CHUNK):
            part = unique[start : start + _CHUNK]
            live = Customer.select(Customer.id).where(Customer.id.in_(part) & Customer.deleted_at.is_null())
            ids = sorted(row[0] for row in cast("Iterable[tuple[int]]", live.tuples()))
            if ids:
                Reminder.insert_many([{**fields, "customer": cid} for cid in ids]).execute()
            done.extend(ids)
    return done
