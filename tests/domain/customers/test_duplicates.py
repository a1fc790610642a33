"""Finding duplicate customers after the fact, merging them and undoing a merge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from smallcrm.domain.customers.commands import (
    create_customer,
    delete_customers,
    purge_customers,
)
from smallcrm.domain.customers.duplicates import (
    BIG_GROUP,
    dismissed_pairs,
    find_duplicate_pairs,
    forget_not_duplicates,
    mark_not_duplicates,
)
from smallcrm.domain.customers.lookup import get_customer
from smallcrm.domain.customers.profile import customer_dict
from smallcrm.errors import UserError
from tests.domain.customers.pair_history import reasons_for, rows_of


def make(**fields: Any) -> int:
    return create_customer(fields, allow_duplicate=True).id


def snapshot(customer_id: int) -> dict[str, Any]:
    """What the owner can see of a customer, apart from when it last changed."""
    data = customer_dict(get_customer(customer_id))
    data.pop("updated_at")
    return data


def state(*ids: int) -> list[Any]:
    return [(snapshot(i), rows_of(i)) for i in ids]


# --- finding pairs ----------------------------------------------------------------


def test_same_phone_typed_differently_is_listed_as_a_pair(crm: Path) -> None:
    a = make(name="张三", phone="138-1234-5678")
    b = make(name="张三丰", phone="+86 13812345678")
    assert reasons_for(a, b) == ["phone"]


def test_phone_matching_another_customers_second_phone_is_listed(crm: Path) -> None:
    a = make(name="李四", phone="13900001111", phone2="13812345678")
    b = make(name="李小四", phone="138 1234 5678")
    assert reasons_for(a, b) == ["phone"]


def test_same_number_in_both_slots_of_one_customer_is_not_a_pair(crm: Path) -> None:
    make(name="王五", phone="13812345678", phone2="13812345678")
    assert find_duplicate_pairs() == []


def test_same_name_and_street_is_listed(crm: Path) -> None:
    a = make(name="王芳", street="人民路1号", city="成都市")
    b = make(name="王 芳", street="人民路 1号")
    assert reasons_for(a, b) == ["name_address"]


def test_same_name_and_street_in_different_cities_is_not_listed(crm: Path) -> None:
    make(name="王芳", street="人民路1号", city="成都市")
    make(name="王芳", street="人民路1号", city="重庆市")
    assert find_duplicate_pairs() == []


def test_same_name_and_birthday_is_listed(crm: Path) -> None:
    a = make(name="赵六", birthday="1985-03-02")
    b = make(name="赵六", birthday="3月2日")
    assert reasons_for(a, b) == ["name_birthday"]


def test_same_name_and_birthday_in_different_years_is_not_listed(crm: Path) -> None:
    make(name="赵六", birthday="1985-03-02")
    make(name="赵六", birthday="1990-03-02")
    assert find_duplicate_pairs() == []


def test_same_name_alone_is_not_a_pair(crm: Path) -> None:
    make(name="张伟", phone="13800000001")
    make(name="张伟", phone="13800000002")
    assert find_duplicate_pairs() == []


def test_customer_number_that_lost_its_leading_zeros_is_listed(crm: Path) -> None:
    a = make(name="孙七", customer_no="000123")
    b = make(name="孙小七", customer_no="123")
    assert reasons_for(a, b) == ["customer_no"]


def test_prefixed_customer_numbers_differing_in_zeros_are_not_listed(crm: Path) -> None:
    make(name="孙七", customer_no="C000123")
    make(name="孙小七", customer_no="C123")
    assert find_duplicate_pairs() == []


def test_customers_in_the_trash_are_not_listed(crm: Path) -> None:
    a = make(name="张三", phone="13812345678")
    make(name="张三", phone="13812345678")
    delete_customers([a])
    assert find_duplicate_pairs() == []


def test_pair_shows_both_names_and_phones_lower_id_first(crm: Path) -> None:
    a = make(name="张三", phone="138-1234-5678")
    b = make(name="张三丰", phone="+86 13812345678")
    assert find_duplicate_pairs() == [
        {
            "a": a,
            "b": b,
            "reasons": ["phone"],
            "a_name": "张三",
            "b_name": "张三丰",
            "a_phone": "138-1234-5678",
            "b_phone": "+86 13812345678",
        }
    ]


def test_pair_with_more_evidence_comes_first(crm: Path) -> None:
    weak_a = make(name="周八", street="解放路2号")
    weak_b = make(name="周八", street="解放路2号")
    strong_a = make(name="吴九", phone="13812345678", birthday="1980-01-01")
    strong_b = make(name="吴九", phone="13812345678", birthday="1980-01-01")
    pairs = find_duplicate_pairs()
    assert [(p["a"], p["b"]) for p in pairs] == [(strong_a, strong_b), (weak_a, weak_b)]
    assert pairs[0]["reasons"] == ["phone", "name_birthday"]


def test_shared_phone_with_same_name_comes_before_shared_phone_with_another_name(crm: Path) -> None:
    family_a = make(name="郑爸爸", phone="028-8888-1234")
    family_b = make(name="郑妈妈", phone="02888881234")
    same_a = make(name="钱十", phone="13912345678")
    same_b = make(name="钱十", phone="139 1234 5678")
    assert [(p["a"], p["b"]) for p in find_duplicate_pairs()] == [(same_a, same_b), (family_a, family_b)]


def test_shared_address_ranks_above_shared_birthday_without_a_year(crm: Path) -> None:
    birthday_a = make(name="赵六", birthday="3月2日")
    birthday_b = make(name="赵六", birthday="1985-03-02")
    address_a = make(name="周八", street="解放路2号")
    address_b = make(name="周八", street="解放路2号")
    assert [(p["a"], p["b"]) for p in find_duplicate_pairs()] == [(address_a, address_b), (birthday_a, birthday_b)]


def test_birthday_with_the_same_year_ranks_above_one_without_a_year(crm: Path) -> None:
    partial_a = make(name="赵六", birthday="3月2日")
    partial_b = make(name="赵六", birthday="1985-03-02")
    full_a = make(name="钱七", birthday="1990-07-08")
    full_b = make(name="钱七", birthday="1990-07-08")
    assert [(p["a"], p["b"]) for p in find_duplicate_pairs()] == [(full_a, full_b), (partial_a, partial_b)]


def test_limit_keeps_only_the_strongest_pairs(crm: Path) -> None:
    make(name="周八", street="解放路2号")
    make(name="周八", street="解放路2号")
    a = make(name="吴九", phone="13812345678")
    b = make(name="吴九", phone="13812345678")
    assert [(p["a"], p["b"]) for p in find_duplicate_pairs(limit=1)] == [(a, b)]


def test_many_customers_with_one_placeholder_phone_are_paired_with_the_first_only(crm: Path) -> None:
    ids = [make(name=f"客户{i}", phone="13800000000") for i in range(BIG_GROUP + 5)]
    pairs = find_duplicate_pairs()
    assert sorted((p["a"], p["b"]) for p in pairs) == [(ids[0], other) for other in ids[1:]]


# --- merging ------------------------------------------------------------------------


# --- undo -------------------------------------------------------------------------


# --- side by side -----------------------------------------------------------------


# --- "not the same person" ---------------------------------------------------------


def test_a_pair_marked_as_different_people_is_not_listed_again(crm: Path) -> None:
    a = make(name="王芳", phone="028-8555-1234")  # a family's shared landline
    b = make(name="李强", phone="02885551234")
    c = make(name="李强", phone="02885551234", street="人民路1号")
    assert reasons_for(a, b) == ["phone"]
    assert mark_not_duplicates(b, a) == {"a": a, "b": b, "new": True}
    assert reasons_for(a, b) is None
    assert reasons_for(b, c) is not None and reasons_for(a, c) is not None


def test_marking_a_pair_twice_remembers_it_once(crm: Path) -> None:
    a = make(name="王芳", phone="13812345678")
    b = make(name="王芳", phone="13812345678")
    mark_not_duplicates(a, b)
    assert mark_not_duplicates(a, b)["new"] is False
    assert dismissed_pairs() == {(a, b)}


def test_a_forgotten_pair_is_listed_again(crm: Path) -> None:
    a = make(name="王芳", phone="13812345678")
    b = make(name="王芳", phone="13812345678")
    mark_not_duplicates(a, b)
    assert forget_not_duplicates(b, a)["forgotten"] is True
    assert reasons_for(a, b) == ["phone"]
    assert forget_not_duplicates(a, b)["forgotten"] is False


def test_marking_an_unknown_customer_or_itself_is_refused(crm: Path) -> None:
    a = make(name="王芳", phone="13812345678")
    with pytest.raises(UserError):
        mark_not_duplicates(a, a)
    with pytest.raises(UserError):
        mark_not_duplicates(a, a + 999)
    assert dismissed_pairs() == set()


def test_purging_a_customer_forgets_its_pairs(crm: Path) -> None:
    a = make(name="王芳", phone="13812345678")
    b = make(name="王芳", phone="13812345678")
    mark_not_duplicates(a, b)
    delete_customers([b])
    purge_customers([b])
    assert dismissed_pairs() == set()


# --- property: merge then undo is the identity ---------------------------------------


# --- the merge guard: no evidence, no merge unless forced ---------------------------
