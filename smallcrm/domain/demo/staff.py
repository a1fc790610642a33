"""The demo shop's staff: the owner and three employees, each looking after customers."""

from __future__ import annotations

from smallcrm.domain.demo.phone_numbers import fresh_mobile
from smallcrm.domain.demo.run import Run
from smallcrm.store.models import Staff

STAFF = (
    ("王丽华", 35),
    ("陈静", 25),
    ("刘强", 20),
    ("赵敏", 12),
)  # the owner first; weights: customers each looks after


def make_staff(run: Run) -> tuple[list[int], int]:
    """The staff's ids, in the order of STAFF, and how many of them were new (a
    staff member of that name already in the shop is reused)."""
    ids = []
    created_count = 0
    for name, _ in STAFF:
        staff, created = Staff.get_or_create(name=name, defaults={"phone": fresh_mobile(run)[0]})
        ids.append(staff.id)
        created_count += int(created)
    return ids, created_count
