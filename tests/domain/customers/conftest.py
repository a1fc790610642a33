"""A staff member, 老王, who leaves: his customers and their reminders, for the tests of
handing customers over (``commands.reassign``, ``staff.hand_over``)."""

from __future__ import annotations

import datetime as dt

import pytest

from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.reminders.commands import add_follow_ups, add_reminder, complete_reminder
from smallcrm.store.models import Reminder, Staff

DUE = dt.date(2030, 5, 1)


def staff_of_reminder(reminder_id: int) -> str:
    """The reminder's staff member as the Reminders area shows it: its own, else its customer's."""
    r = Reminder.get_by_id(reminder_id)
    staff_id = r.staff_id if r.staff_id is not None else (r.customer.staff_id if r.customer else None)
    return Staff.get_by_id(staff_id).name if staff_id else ""


@pytest.fixture
def wang_leaves(crm: object) -> dict[str, int]:
    """老王's two customers: a birthday call and a callback given to him, a follow-up
    with no staff of its own, one done call; and a reminder the owner gave 小李."""
    a = create_customer({"name": "张三", "staff": "老王"})
    b = create_customer({"name": "李四", "staff": "老王"})
    other = create_customer({"name": "王五", "staff": "老王"})
    ids = {"a": a.id, "b": b.id, "other": other.id}
    ids["birthday"] = add_reminder({"customer": a.id, "title": "生日", "due": DUE, "staff": "老王"}).id
    ids["callback"] = add_reminder({"customer": b.id, "title": "回访", "due": DUE, "staff": "老王"}).id
    (follow_up,) = add_follow_ups([a.id], {"title": "跟进", "due": DUE})
    ids["follow_up"] = Reminder.get(Reminder.customer == follow_up).id
    done = add_reminder({"customer": b.id, "title": "上次的电话", "due": DUE, "staff": "老王"})
    complete_reminder(done.id, "买了茶叶")
    ids["done"] = done.id
    ids["given"] = add_reminder({"customer": a.id, "title": "送货", "due": DUE, "staff": "小李"}).id
    ids["untouched"] = add_reminder({"customer": other.id, "title": "回访", "due": DUE, "staff": "老王"}).id
    return ids
