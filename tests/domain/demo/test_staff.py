"""The demo shop's staff: made once, reused by a second run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from smallcrm.domain.customers.staff import add_staff
from smallcrm.domain.demo.run import Run
from smallcrm.domain.demo.staff import STAFF, make_staff
from smallcrm.store.models import Staff


def test_the_owner_and_three_employees_each_with_a_mobile(crm: Path) -> None:
    ids, created = make_staff(Run.start(1, dt.date(2025, 6, 15)))
    assert created == len(STAFF) == len(ids)
    assert [Staff.get_by_id(i).name for i in ids] == [name for name, _ in STAFF]
    assert all(len(Staff.get_by_id(i).phone) == 11 for i in ids)


def test_a_staff_member_already_in_the_shop_is_reused(crm: Path) -> None:
    owner = add_staff(STAFF[0][0], "13900000000")
    ids, created = make_staff(Run.start(1, dt.date(2025, 6, 15)))
    assert ids[0] == owner.id and created == len(STAFF) - 1
    assert Staff.get_by_id(owner.id).phone == "13900000000"
