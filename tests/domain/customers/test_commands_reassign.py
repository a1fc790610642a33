"""Handing customers to another staff member loses nothing (DOMAIN.md, the dairy case):
their open reminders and follow-ups go with them, in the same transaction, unless the
owner keeps them where they are; the counts say what moved."""

from __future__ import annotations

import pytest

from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.commands import (
    Reassignment,
    create_customer,
    delete_customers,
    reassign,
    update_customer,
)
from smallcrm.domain.customers.lookup import InTrashError, get_customer
from smallcrm.domain.customers.profile import customer_dict
from smallcrm.domain.reminders.commands import add_follow_ups, add_reminder
from smallcrm.domain.reminders.queries import due_reminders
from smallcrm.errors import UserError
from tests.domain.customers.conftest import DUE, staff_of_reminder

pytestmark = pytest.mark.usefixtures("crm")


def test_the_open_reminders_and_follow_ups_go_with_the_customers(wang_leaves: dict[str, int]) -> None:
    ids = wang_leaves
    done = reassign([ids["a"], ids["b"]], "小张")
    assert done == Reassignment(customers=2, reminders_moved=3, reminders_kept=0, staff="小张")
    for key in ("birthday", "callback", "follow_up"):
        assert staff_of_reminder(ids[key]) == "小张", key
    assert staff_of_reminder(ids["done"]) == "老王"  # history stays as it was
    assert staff_of_reminder(ids["given"]) == "小李"  # given to someone else on purpose
    assert staff_of_reminder(ids["untouched"]) == "老王"  # a customer not reassigned


def test_the_new_staff_member_finds_them_in_the_reminders_area(wang_leaves: dict[str, int]) -> None:
    reassign([wang_leaves["a"], wang_leaves["b"]], "小张")
    theirs = due_reminders("all", staff="小张", today=DUE)
    assert sorted(r["title"] for r in theirs) == ["回访", "生日", "跟进"]


def test_the_owner_may_keep_the_reminders_with_the_previous_staff_member(wang_leaves: dict[str, int]) -> None:
    ids = wang_leaves
    done = reassign([ids["a"], ids["b"]], "小张", keep_reminders=True)
    assert done == Reassignment(customers=2, reminders_moved=0, reminders_kept=3, staff="小张")
    for key in ("birthday", "callback", "follow_up"):  # the follow-up had no staff: now pinned to 老王
        assert staff_of_reminder(ids[key]) == "老王", key
    assert customer_dict(get_customer(ids["a"]))["staff"] == "小张"


def test_a_customer_nobody_had_takes_the_reminders_along_even_when_kept() -> None:
    c = create_customer({"name": "张三"})
    r = add_reminder({"customer": c.id, "title": "回访", "due": DUE})
    assert reassign([c.id], "小张", keep_reminders=True).reminders_moved == 1
    assert staff_of_reminder(r.id) == "小张"


def test_customers_already_with_that_staff_member_change_nothing(wang_leaves: dict[str, int]) -> None:
    done = reassign([wang_leaves["a"]], "老王")
    assert (done.customers, done.reminders_moved) == (0, 0)


def test_an_unknown_customer_among_them_changes_nothing(wang_leaves: dict[str, int]) -> None:
    with pytest.raises(UserError, match="There is no customer with id 999"):
        reassign([wang_leaves["a"], 999], "小张")
    assert staff_of_reminder(wang_leaves["birthday"]) == "老王"
    assert customer_dict(get_customer(wang_leaves["a"]))["staff"] == "老王"


def test_a_customer_in_the_trash_is_refused_with_the_way_back(wang_leaves: dict[str, int]) -> None:
    delete_customers([wang_leaves["b"]])
    with pytest.raises(InTrashError, match="in the trash; restore it first"):
        reassign([wang_leaves["a"], wang_leaves["b"]], "小张")
    assert staff_of_reminder(wang_leaves["birthday"]) == "老王"


def test_changing_one_customers_staff_in_the_form_moves_their_reminders(wang_leaves: dict[str, int]) -> None:
    update_customer(wang_leaves["a"], {"staff": "小张"})
    assert staff_of_reminder(wang_leaves["birthday"]) == "小张"
    assert staff_of_reminder(wang_leaves["given"]) == "小李"


def test_many_customers_and_their_reminders_at_once() -> None:
    ids = insert_customers([{"name": f"客户{i}", "staff": "老王"} for i in range(3000)])
    add_follow_ups(ids, {"title": "回访", "due": DUE})
    done = reassign(ids, "小张")
    assert (done.customers, done.reminders_moved) == (3000, 3000)
    assert len(due_reminders("all", staff="小张", today=DUE)) == 3000
