"""Customers: create, edit, trash, restore, purge, tags and staff, with errors that say
which field is wrong and changes that happen completely or not at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from smallcrm import settings
from smallcrm.domain.customers import commands
from smallcrm.domain.customers.commands import (
    DuplicateCustomerError,
    assign_staff,
    create_customer,
    delete_customers,
    purge_customers,
    restore_customers,
    set_mail_consent,
    tag_customers,
    update_customer,
)
from smallcrm.domain.customers.fields import birthday_of
from smallcrm.domain.customers.lookup import get_customer, likely_duplicates_of, tags_of, trashed_customers
from smallcrm.domain.customers.profile import customer_dict
from smallcrm.domain.customers.search import search
from smallcrm.domain.records.purchases import add_purchase
from smallcrm.errors import UserError, ValidationError
from smallcrm.store.models import Customer, Purchase, Staff

pytestmark = pytest.mark.usefixtures("crm")


def count() -> int:
    return Customer.select().count()


# --- create: validation -------------------------------------------------------


# --- customer numbers ---------------------------------------------------------


def test_customer_numbers_are_generated_in_sequence() -> None:
    first = create_customer({"name": "张三"})
    second = create_customer({"name": "李四"})
    assert (first.customer_no, second.customer_no) == ("C000001", "C000002")


def test_generated_number_continues_after_the_highest() -> None:
    create_customer({"name": "张三", "customer_no": "C000041"})
    assert create_customer({"name": "李四"}).customer_no == "C000042"


def test_customer_number_prefix_comes_from_settings() -> None:
    settings.put("customer_no_prefix", "VIP")
    assert create_customer({"name": "张三"}).customer_no == "VIP000001"


def test_duplicate_customer_number_is_refused() -> None:
    first = create_customer({"name": "张三", "customer_no": "A-7"})
    with pytest.raises(DuplicateCustomerError) as err:
        create_customer({"name": "李四", "customer_no": "A-7"})
    assert err.value.existing_ids == [first.id]
    assert count() == 1


def test_duplicate_customer_number_is_refused_even_with_allow_duplicate() -> None:
    create_customer({"name": "张三", "customer_no": "A-7"})
    with pytest.raises(DuplicateCustomerError):
        create_customer({"name": "李四", "customer_no": "A-7"}, allow_duplicate=True)


def test_changing_to_a_taken_customer_number_is_refused() -> None:
    create_customer({"name": "张三", "customer_no": "A-7"})
    other = create_customer({"name": "李四"})
    with pytest.raises(DuplicateCustomerError):
        update_customer(other.id, {"customer_no": "A-7"})
    assert get_customer(other.id).customer_no == "C000001"


def test_customer_number_cannot_be_emptied() -> None:
    c = create_customer({"name": "张三"})
    with pytest.raises(ValidationError) as err:
        update_customer(c.id, {"customer_no": " "})
    assert err.value.field == "customer_no"


# --- duplicates by phone ---------------------------------------------------------


def test_same_phone_typed_differently_is_a_duplicate() -> None:
    first = create_customer({"name": "张三", "phone": "13812345678"})
    with pytest.raises(DuplicateCustomerError) as err:
        create_customer({"name": "张三 (new)", "phone": "+86 138-1234-5678"})
    assert err.value.existing_ids == [first.id]
    assert "张三" in str(err.value)
    assert count() == 1


def test_duplicate_is_found_through_the_second_phone() -> None:
    first = create_customer({"name": "张三", "phone": "13900000000", "phone2": "13812345678"})
    with pytest.raises(DuplicateCustomerError) as err:
        create_customer({"name": "李四", "phone": "138 1234 5678"})
    assert err.value.existing_ids == [first.id]


def test_owner_may_keep_both_with_allow_duplicate() -> None:
    create_customer({"name": "张三", "phone": "13812345678"})
    create_customer({"name": "张三的太太", "phone": "138 1234 5678"}, allow_duplicate=True)
    assert count() == 2


def test_trashed_customer_does_not_block_the_same_phone() -> None:
    first = create_customer({"name": "张三", "phone": "13812345678"})
    delete_customers([first.id])
    create_customer({"name": "张三", "phone": "13812345678"})
    assert count() == 2


def test_changing_phone_to_another_customers_is_refused() -> None:
    first = create_customer({"name": "张三", "phone": "13812345678"})
    other = create_customer({"name": "李四", "phone": "13900000000"})
    with pytest.raises(DuplicateCustomerError) as err:
        update_customer(other.id, {"phone": "138 1234 5678"})
    assert err.value.existing_ids == [first.id]
    assert get_customer(other.id).phone_norm == "+8613900000000"


def test_likely_duplicates_include_same_name_and_street() -> None:
    first = create_customer({"name": "张三", "street": "人民南路 8 号"})
    found = likely_duplicates_of({"name": "张三", "street": "人民南路 8 号", "phone": "13900000000"})
    assert [c.id for c in found] == [first.id]


# --- update -------------------------------------------------------------------


def test_update_changes_the_fields_and_the_updated_time(monkeypatch: pytest.MonkeyPatch) -> None:
    c = create_customer({"name": "张三", "city": "成都"})
    later = c.updated_at + dt.timedelta(hours=1)
    monkeypatch.setattr(commands, "now", lambda: later)
    updated = update_customer(c.id, {"city": "重庆", "occupation": "教师"})
    assert (updated.city, updated.occupation, updated.name) == ("重庆", "教师", "张三")
    assert updated.updated_at == later
    assert updated.created_at == c.created_at


def test_update_normalises_the_new_phone() -> None:
    c = create_customer({"name": "张三", "phone": "13812345678"})
    updated = update_customer(c.id, {"phone": "+86 186-0000-9999"})
    assert updated.phone == "+86 186-0000-9999"
    assert updated.phone_norm == "+8618600009999"


def test_update_to_the_same_phone_typed_differently_is_not_a_duplicate_of_itself() -> None:
    c = create_customer({"name": "张三", "phone": "13812345678"})
    assert update_customer(c.id, {"phone": "138 1234 5678"}).phone == "138 1234 5678"


def test_update_that_would_leave_no_name_and_no_phone_is_refused() -> None:
    c = create_customer({"name": "张三"})
    with pytest.raises(ValidationError):
        update_customer(c.id, {"name": ""})
    assert get_customer(c.id).name == "张三"


def test_failed_update_changes_nothing() -> None:
    c = create_customer({"name": "张三", "city": "成都"})
    with pytest.raises(ValidationError) as err:
        update_customer(c.id, {"city": "重庆", "birthday": "1985-02-30"})
    assert err.value.field == "birthday"
    after = get_customer(c.id)
    assert (after.city, after.updated_at, after.birth_month) == ("成都", c.updated_at, None)


def test_clearing_the_birthday_removes_it() -> None:
    c = create_customer({"name": "张三", "birthday": "1985-03-02"})
    updated = update_customer(c.id, {"birthday": ""})
    assert birthday_of(updated) is None


# --- unknown ids --------------------------------------------------------------


@pytest.mark.parametrize(
    "action",
    [
        lambda: get_customer(999),
        lambda: get_customer("abc"),
        lambda: update_customer(999, {"name": "x"}),
        lambda: delete_customers([999]),
        lambda: restore_customers([999]),
        lambda: purge_customers([999]),
        lambda: tag_customers([999], "VIP"),
        lambda: assign_staff([999], "小王"),
    ],
    ids=["get", "get-text", "update", "delete", "restore", "purge", "tag", "assign"],
)
def test_unknown_customer_id_is_one_sentence_user_error(action: Callable[[], object]) -> None:
    with pytest.raises(UserError) as err:
        action()
    message = str(err.value)
    assert message.startswith("There is no customer with id ")
    assert message.endswith(".")
    assert message.count(".") == 1
    assert "\n" not in message


def test_unknown_id_among_known_ones_changes_nothing() -> None:
    c = create_customer({"name": "张三"})
    with pytest.raises(UserError):
        delete_customers([c.id, 999])
    assert get_customer(c.id).deleted_at is None


# --- trash, restore, purge --------------------------------------------------------


def test_deleted_customer_goes_to_the_trash_and_out_of_search() -> None:
    c = create_customer({"name": "张三", "phone": "13812345678"})
    assert delete_customers([c.id]) == [c.id]
    assert get_customer(c.id).deleted_at is not None
    assert search("张三").total == 0
    assert [t.id for t in trashed_customers()] == [c.id]


def test_deleted_customer_is_hidden_from_live_lookups() -> None:
    c = create_customer({"name": "张三"})
    delete_customers([c.id])
    with pytest.raises(UserError):
        get_customer(c.id, include_deleted=False)


def test_deleting_twice_reports_nothing_moved_the_second_time() -> None:
    c = create_customer({"name": "张三"})
    delete_customers([c.id])
    assert delete_customers([c.id]) == []


def test_restore_brings_the_customer_back_to_search() -> None:
    c = create_customer({"name": "张三"})
    delete_customers([c.id])
    assert restore_customers([c.id]) == [c.id]
    assert get_customer(c.id).deleted_at is None
    assert search("张三").total == 1


def test_restoring_a_live_customer_does_nothing() -> None:
    c = create_customer({"name": "张三"})
    assert restore_customers([c.id]) == []


def test_purge_of_a_live_customer_is_refused() -> None:
    c = create_customer({"name": "张三"})
    with pytest.raises(UserError, match="not in the trash"):
        purge_customers([c.id])
    assert count() == 1


def test_purge_refusal_for_one_live_customer_purges_none() -> None:
    a = create_customer({"name": "张三"})
    b = create_customer({"name": "李四"})
    delete_customers([a.id])
    with pytest.raises(UserError):
        purge_customers([a.id, b.id])
    assert count() == 2


def test_purge_from_the_trash_removes_the_customer_and_their_purchases() -> None:
    c = create_customer({"name": "张三"})
    keep = create_customer({"name": "李四"})
    add_purchase(c.id, {"amount": "100"})
    add_purchase(keep.id, {"amount": "50"})
    delete_customers([c.id])
    assert purge_customers([c.id]) == 1
    assert Customer.get_or_none(Customer.id == c.id) is None
    assert [p.customer_id for p in Purchase.select()] == [keep.id]


# --- tags and staff -------------------------------------------------------------


def test_tags_given_at_creation_are_set() -> None:
    c = create_customer({"name": "张三", "tags": "VIP, 老客户 ,VIP"})
    assert tags_of(c.id) == sorted(["VIP", "老客户"])


def test_set_tags_replaces_the_tags() -> None:
    c = create_customer({"name": "张三", "tags": ["VIP", "老客户"]})
    update_customer(c.id, {"tags": ["团购"]})
    assert tags_of(c.id) == ["团购"]


def test_update_without_tags_keeps_the_tags() -> None:
    c = create_customer({"name": "张三", "tags": ["VIP"]})
    update_customer(c.id, {"city": "成都"})
    assert tags_of(c.id) == ["VIP"]


def test_bulk_tag_counts_only_customers_that_changed() -> None:
    a = create_customer({"name": "张三", "tags": ["VIP"]})
    b = create_customer({"name": "李四"})
    assert tag_customers([a.id, b.id], "VIP") == 1
    assert tags_of(b.id) == ["VIP"]


def test_bulk_untag_removes_the_tag() -> None:
    a = create_customer({"name": "张三", "tags": ["VIP", "团购"]})
    b = create_customer({"name": "李四", "tags": ["VIP"]})
    assert tag_customers([a.id, b.id], "VIP", remove=True) == 2
    assert tags_of(a.id) == ["团购"]
    assert tags_of(b.id) == []


def test_empty_tag_name_is_refused() -> None:
    c = create_customer({"name": "张三"})
    with pytest.raises(ValidationError) as err:
        tag_customers([c.id], "  ")
    assert err.value.field == "tag"


def test_assign_staff_by_a_new_name_adds_the_staff_member() -> None:
    a = create_customer({"name": "张三"})
    b = create_customer({"name": "李四"})
    assert assign_staff([a.id, b.id], "小王") == 2
    staff = Staff.get(Staff.name == "小王")
    assert {c.staff_id for c in Customer.select()} == {staff.id}


def test_assign_staff_by_an_existing_name_reuses_them() -> None:
    c = create_customer({"name": "张三", "staff": "小王"})
    assign_staff([c.id], "小王")
    assert Staff.select().count() == 1


def test_bulk_mail_consent_grants_and_withdraws_and_each_change_is_in_the_history() -> None:
    from smallcrm.domain.customers.audit import history

    a = create_customer({"name": "张三"})
    b = create_customer({"name": "李四", "mail_consent": "yes"})

    assert set_mail_consent([a.id, b.id], True) == 1  # 李四 already could
    assert [c.mail_consent for c in Customer.select().order_by(Customer.id)] == [True, True]
    assert set_mail_consent([a.id, b.id], False) == 2
    assert [c.mail_consent for c in Customer.select().order_by(Customer.id)] == [False, False]
    edits = [(h["field"], h["old"], h["new"]) for h in history(a.id) if h["action"] == "edited"]
    assert edits == [("mail_consent", "yes", "no"), ("mail_consent", "no", "yes")]
    assert [(h["old"], h["new"]) for h in history(b.id) if h["action"] == "edited"] == [("yes", "no")]


def test_bulk_mail_consent_with_an_unknown_id_changes_nobody() -> None:
    a = create_customer({"name": "张三"})
    with pytest.raises(UserError, match="no customer with id 999"):
        set_mail_consent([a.id, 999], True)
    assert get_customer(a.id).mail_consent is False


def test_reassigning_staff_changes_nothing_else() -> None:
    c = create_customer({"name": "张三", "staff": "小王", "phone": "13812345678", "tags": ["VIP"]})
    add_purchase(c.id, {"amount": "88"})
    assign_staff([c.id], "小李")
    d = customer_dict(get_customer(c.id))
    assert (d["staff"], d["phone_norm"], d["tags"], d["revenue_cents"]) == ("小李", "+8613812345678", ["VIP"], 8800)


def test_unknown_staff_id_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        create_customer({"name": "张三", "staff": 42})
    assert err.value.field == "staff"


# --- customer_dict ----------------------------------------------------------------


# --- bulk insert ------------------------------------------------------------------


# --- long names (a pasted text, a name of polyphones) --------------------------------------


# --- the key the list sorts names by, kept on every write --------------------------------------
