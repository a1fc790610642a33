"""A staff member who leaves hands every customer over, with their open reminders
(DOMAIN.md, the dairy case: the customers must not leave with the deliverer)."""

from __future__ import annotations

import pytest

from smallcrm.domain.customers.commands import delete_customers
from smallcrm.domain.customers.staff import find_staff, hand_over
from smallcrm.errors import UserError
from smallcrm.store.models import Customer, Staff
from tests.domain.customers.conftest import staff_of_reminder

pytestmark = pytest.mark.usefixtures("crm")


def test_every_customer_of_a_staff_member_who_leaves(wang_leaves: dict[str, int]) -> None:
    delete_customers([wang_leaves["other"]])  # the trash is not handed over
    done = hand_over("老王", "小张")
    assert (done.customers, done.reminders_moved) == (2, 3)
    assert find_staff("老王").customers.where(Customer.deleted_at.is_null()).count() == 0
    assert staff_of_reminder(wang_leaves["untouched"]) == "老王"


def test_handing_over_from_someone_unknown_says_so() -> None:
    with pytest.raises(UserError, match="There is no staff member 老李"):
        hand_over("老李", "小张")
    assert Staff.select().count() == 0  # neither the unknown nor the new one was added
