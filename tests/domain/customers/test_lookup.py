"""Finding customers (``customers.lookup``): by id, saying so when one is in the trash and
how to get them back; by a phone however it was typed; the next free customer number;
their tags; the short form lists show; the trash, newest first."""

from __future__ import annotations

import pytest

from smallcrm import settings
from smallcrm.domain.customers.commands import create_customer, delete_customers
from smallcrm.domain.customers.lookup import (
    InTrashError,
    find_matches,
    get_customer,
    likely_duplicates_of,
    next_customer_no,
    summary,
    tags_of,
    trashed_customers,
)
from smallcrm.errors import UserError

pytestmark = pytest.mark.usefixtures("crm")


def test_a_customer_in_the_trash_is_found_only_when_the_trash_is_wanted() -> None:
    c = create_customer({"name": "张三", "phone": "13812345678"})
    delete_customers([c.id])
    assert get_customer(c.id).name == "张三"
    with pytest.raises(InTrashError) as err:
        get_customer(c.id, include_deleted=False)
    assert "in the trash" in err.value.render()
    assert f"smallcrm customer restore {c.id}" in err.value.render()


@pytest.mark.parametrize("typed", [999, "999", "abc", None])
def test_an_unknown_id_is_one_sentence_naming_it(typed: object) -> None:
    with pytest.raises(UserError, match="There is no customer with id"):
        get_customer(typed)  # type: ignore[arg-type]  # what a command line may hand over


def test_a_phone_typed_another_way_finds_the_customer_in_either_slot() -> None:
    first = create_customer({"name": "张三", "phone": "13812345678"})
    second = create_customer({"name": "李四", "phone2": "+86 139 0000 1111"})
    assert [c.id for c in find_matches(["+8613812345678"])] == [first.id]
    assert [c.id for c in find_matches(["+8613900001111"])] == [second.id]
    assert find_matches(["+8613812345678"], exclude_id=first.id) == []


def test_the_trash_and_an_empty_number_match_nobody() -> None:
    c = create_customer({"name": "张三", "phone": "13812345678", "customer_no": "C9"})
    delete_customers([c.id])
    assert find_matches(["+8613812345678"], "C9") == []
    assert find_matches([""], "") == []


def test_likely_duplicates_include_same_name_and_street() -> None:
    first = create_customer({"name": "张三", "street": "人民南路 8 号"})
    found = likely_duplicates_of({"name": "张三", "street": "人民南路 8 号", "phone": "13900000000"})
    assert [c.id for c in found] == [first.id]


def test_the_next_number_continues_the_shops_sequence_and_skips_one_taken() -> None:
    settings.put("customer_no_prefix", "VIP")
    create_customer({"name": "张三", "customer_no": "VIP000007"})
    create_customer({"name": "李四", "customer_no": "VIP000008x"})  # not of the sequence's shape
    assert next_customer_no() == "VIP000008"


def test_tags_are_listed_by_name() -> None:
    c = create_customer({"name": "张三", "tags": "会员, VIP, 老客户"})
    assert tags_of(c.id) == sorted(["会员", "VIP", "老客户"])


def test_the_short_form_says_whether_the_customer_is_in_the_trash() -> None:
    c = create_customer({"name": "张三", "phone": "13812345678", "city": "成都市"})
    assert summary(c) == {
        "id": c.id,
        "customer_no": c.customer_no,
        "name": "张三",
        "phone": "13812345678",
        "city": "成都市",
        "district": "",
        "deleted": False,
    }
    delete_customers([c.id])
    assert summary(get_customer(c.id))["deleted"] is True


def test_the_trash_lists_the_most_recently_deleted_first() -> None:
    a = create_customer({"name": "张三"})
    b = create_customer({"name": "李四"})
    create_customer({"name": "王五"})
    delete_customers([a.id])
    delete_customers([b.id])
    trash = trashed_customers()
    assert [c.name for c in trash][:2] in (["李四", "张三"], ["张三", "李四"])  # same second: either
    assert {c.name for c in trash} == {"张三", "李四"}
