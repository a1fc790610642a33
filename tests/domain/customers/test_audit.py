"""A customer's history: every change recorded, in the command's own transaction,
with the values as the owner typed or saw them."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from smallcrm.domain.customers import audit
from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.commands import (
    DuplicateCustomerError,
    assign_staff,
    create_customer,
    delete_customers,
    purge_customers,
    restore_customers,
    tag_customers,
    update_customer,
)
from smallcrm.errors import ValidationError
from smallcrm.store.db import db
from smallcrm.store.models import CustomerChange

pytestmark = pytest.mark.usefixtures("crm")


@pytest.fixture(autouse=True)
def who() -> Any:
    audit.set_actor("店主")
    yield
    audit.set_actor(None)  # type: ignore[arg-type]  # back to asking the system, as before the test


def changes_of(cid: int) -> list[tuple[str, str, str, str]]:
    return [(h["action"], h["field"], h["old"], h["new"]) for h in reversed(audit.history(cid))]


def test_a_new_customer_is_recorded_as_added_with_who_and_when() -> None:
    c = create_customer({"name": "张三", "phone": "13812345678"})
    [entry] = audit.history(c.id)
    assert (entry["action"], entry["new"], entry["actor"]) == ("created", c.customer_no, "店主")
    assert entry["at"]


def test_an_edit_records_each_changed_field_with_the_phone_as_typed() -> None:
    c = create_customer({"name": "张三", "phone": "13812345678"})
    update_customer(c.id, {"phone": "+86 138-1234-5678", "city": "成都市", "name": "张三"})
    assert changes_of(c.id)[1:] == [
        ("edited", "phone", "13812345678", "+86 138-1234-5678"),
        ("edited", "city", "", "成都市"),
    ]


def test_a_lunar_birthday_is_recorded_as_written() -> None:
    c = create_customer({"name": "张三", "birthday": "1985-03-12"})
    update_customer(c.id, {"birthday": "农历八月十五"})
    assert changes_of(c.id)[-1] == ("edited", "birthday", "1985-03-12", "农历八月十五")


def test_staff_and_tags_are_recorded_by_name() -> None:
    c = create_customer({"name": "张三"})
    update_customer(c.id, {"staff": "小王", "tags": ["VIP", "老客户"]})
    assert changes_of(c.id)[1:] == [("edited", "staff", "", "小王"), ("edited", "tags", "", "VIP, 老客户")]


def test_saving_the_same_values_records_nothing() -> None:
    c = create_customer({"name": "张三", "phone": "13812345678", "tags": ["VIP"]})
    update_customer(c.id, {"name": "张三", "phone": "13812345678", "tags": ["VIP"]})
    assert len(audit.history(c.id)) == 1


def test_a_refused_edit_leaves_no_history() -> None:
    c = create_customer({"name": "张三", "phone": "13812345678"})
    create_customer({"name": "李四", "phone": "13700002222"})
    with pytest.raises(DuplicateCustomerError):
        update_customer(c.id, {"phone": "13700002222", "city": "成都市"})
    with pytest.raises(ValidationError):
        update_customer(c.id, {"birthday": "1985-02-30"})
    assert len(audit.history(c.id)) == 1


def test_trash_and_restore_are_recorded() -> None:
    c = create_customer({"name": "张三"})
    delete_customers([c.id])
    restore_customers([c.id])
    assert [a for a, *_ in changes_of(c.id)] == ["created", "trashed", "restored"]


def test_bulk_tagging_records_only_the_customers_that_changed() -> None:
    a = create_customer({"name": "张三", "tags": ["VIP"]})
    b = create_customer({"name": "李四"})
    tag_customers([a.id, b.id], "VIP")
    assert [x for x, *_ in changes_of(a.id)] == ["created"]
    assert changes_of(b.id)[-1] == ("tagged", "", "", "VIP")
    tag_customers([a.id, b.id], "VIP", remove=True)
    assert changes_of(a.id)[-1] == ("untagged", "", "", "VIP")


def test_reassigning_staff_records_who_had_them_before() -> None:
    a = create_customer({"name": "张三", "staff": "老李"})
    assign_staff([a.id], "小王")
    assert changes_of(a.id)[-1] == ("edited", "staff", "老李", "小王")


def test_a_merge_is_recorded_on_both_customers_and_so_is_its_undo() -> None:
    from smallcrm.domain.customers.merge import merge_customers, undo_merge

    a = create_customer({"name": "陈静", "phone": "13988887777"})
    b = create_customer({"name": "陈静", "phone": "139-8888-7777", "wechat": "cj88"}, allow_duplicate=True)
    result = merge_customers(a.id, b.id)
    assert ("merged", "", "", f"陈静 ({b.customer_no})") in changes_of(a.id)
    assert ("merged", "wechat", "", "cj88") in changes_of(a.id)
    assert changes_of(b.id)[-1] == ("merged_into", "", "", f"陈静 ({a.customer_no})")
    undo_merge(result["merge_id"])
    assert changes_of(a.id)[-1] == ("unmerged", "", "", f"陈静 ({b.customer_no})")


def test_history_goes_with_a_customer_deleted_for_good() -> None:
    c = create_customer({"name": "张三"})
    delete_customers([c.id])
    purge_customers([c.id])
    assert CustomerChange.select().where(CustomerChange.customer == c.id).count() == 0


def test_bulk_commands_take_more_ids_than_one_statement_may_name(request: pytest.FixtureRequest) -> None:
    ids = insert_customers([{"name": f"客户{i}"} for i in range(30)])
    connection = db.connection()
    before = connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 7)  # as if 7 were all SQLite takes at once
    request.addfinalizer(lambda: connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, before))
    assert assign_staff(ids, "小王") == 30
    assert delete_customers(ids) == ids
    assert restore_customers(ids) == ids
    assert tag_customers(ids, "VIP") == 30
