"""Two customers who are one person merged field by field, and the merge undone
(``customers.merge``): nothing lost, nothing half done, everything put back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.domain.customers import merge
from smallcrm.domain.customers.commands import (
    create_customer,
    delete_customers,
    purge_customers,
    restore_customers,
    update_customer,
)
from smallcrm.domain.customers.duplicates import (
    evidence,
    find_duplicate_pairs,
)
from smallcrm.domain.customers.lookup import get_customer
from smallcrm.domain.customers.merge import (
    MERGE_FIELDS,
    UnrelatedCustomersError,
    compare,
    default_choices,
    last_merge_id,
    merge_customers,
    undo_merge,
)
from smallcrm.domain.customers.profile import customer_dict
from smallcrm.domain.customers.search import search
from smallcrm.domain.customers.search_text import store_search_text
from smallcrm.domain.records.purchases import add_purchase, totals
from smallcrm.errors import UserError
from smallcrm.store.models import MergeRecord
from tests.domain.customers.pair_history import reasons_for, rows_of, with_history


def make(**fields: Any) -> int:
    return create_customer(fields, allow_duplicate=True).id


def snapshot(customer_id: int) -> dict[str, Any]:
    """What the owner can see of a customer, apart from when it last changed."""
    data = customer_dict(get_customer(customer_id))
    data.pop("updated_at")
    return data


def state(*ids: int) -> list[Any]:
    return [(snapshot(i), rows_of(i)) for i in ids]


def test_merge_moves_purchases_interactions_reminders_and_tags_to_the_survivor(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678", tags=["VIP"])
    other = make(name="张三", phone="138 1234 5678", tags=["VIP", "老客户"])
    with_history(keep, "100")
    with_history(other, "50")
    before = rows_of(other)
    result = merge_customers(keep, other)
    moved = {"purchases": 1, "interactions": 1, "reminders": 1, "sales": 0, "uncounted_lines": 0, "tags": 1}
    assert result["moved"] == moved
    after = rows_of(keep)
    assert set(before["purchases"]) <= set(after["purchases"])
    assert set(before["interactions"]) <= set(after["interactions"])
    assert set(before["reminders"]) <= set(after["reminders"])
    assert after["tags"] == ["VIP", "老客户"]
    assert rows_of(other) == {"purchases": [], "interactions": [], "reminders": [], "tags": []}


def test_merged_purchase_totals_add_up(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone="13812345678")
    with_history(keep, "100")
    with_history(other, "50.50")
    merge_customers(keep, other)
    merged = totals(keep)
    assert merged["purchase_count"] == 2
    assert merged["revenue_cents"] == 15050
    assert merged["gross_profit_cents"] == 15050 - 2000
    # Both customers' service contacts are the survivor's now: profit takes off their cost.
    assert merged["profit_cents"] == merged["gross_profit_cents"] - merged["service_cost_cents"]
    assert merged["service_cost_cents"] == merged["service_contacts"] * 1000 > 0


def test_merged_customer_ends_in_the_trash(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone="13812345678")
    merge_customers(keep, other)
    assert get_customer(other).deleted_at is not None
    assert get_customer(keep).deleted_at is None
    assert find_duplicate_pairs() == []


def test_merge_uses_the_field_the_owner_picked(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678", city="成都市", birthday="1980-05-01")
    other = make(name="张叁", phone="13900001111", city="重庆市", birthday="农历八月十五")
    result = merge_customers(
        keep, other, {"name": "other", "birthday": "other", "city": "keep", "phone2": "keep"}, force=True
    )
    survivor = customer_dict(get_customer(keep))
    assert survivor["name"] == "张叁"
    assert survivor["birthday"]["text"] == "农历八月十五"
    assert survivor["city"] == "成都市"
    assert survivor["phone"] == "13812345678"
    assert result["fields_from_other"] == ["name", "birthday"]


def test_merge_fills_the_survivors_empty_fields_from_the_other(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone="13812345678", email="zs@example.com", staff="小王", birthday="1980-05-01")
    result = merge_customers(keep, other)
    survivor = customer_dict(get_customer(keep))
    assert (survivor["email"], survivor["staff"], survivor["birthday"]["text"]) == (
        "zs@example.com",
        "小王",
        "1980-05-01",
    )
    assert result["fields_from_other"] == ["email", "birthday", "staff"]


def test_merge_does_not_copy_consent_or_churn_into_the_survivor_by_default(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", mail_consent="yes", churn_status="churned", churn_reason="fault")
    merge_customers(keep, other, force=True)
    survivor = customer_dict(get_customer(keep))
    assert (survivor["mail_consent"], survivor["churn_status"], survivor["churn_reason"]) == (False, "active", "")


def test_merge_does_not_copy_a_number_the_survivor_already_has(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone2="138 1234 5678")
    merge_customers(keep, other)
    assert get_customer(keep).phone2 == ""


def test_survivors_empty_second_phone_takes_the_others_main_phone_by_default(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone="139 0000 1111", street="人民路1号")
    assert default_choices(keep, other)["phone2"] == "other_phone"
    result = merge_customers(keep, other, force=True)
    survivor = get_customer(keep)
    assert (survivor.phone, survivor.phone2, survivor.phone2_norm) == ("13812345678", "139 0000 1111", "+8613900001111")
    assert "phone2" in result["fields_from_other"]
    assert [hit["id"] for hit in search("13900001111").hits] == [keep]


def test_owner_can_put_the_others_main_phone_into_the_second_slot(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone="13900001111", phone2="13700002222")
    merge_customers(keep, other, {"phone2": "other_phone"}, force=True)
    assert get_customer(keep).phone2 == "13900001111"


def test_undo_takes_the_moved_phone_out_of_the_second_slot_again(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone="13900001111")
    before = state(keep, other)
    undo_merge(merge_customers(keep, other, {"phone2": "other_phone"}, force=True)["merge_id"])
    assert state(keep, other) == before


def test_a_name_cannot_take_the_other_slot(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone="13900001111")
    with pytest.raises(UserError):
        merge_customers(keep, other, {"name": "other_phone"})


def test_survivor_can_take_the_other_customers_number(crm: Path) -> None:
    keep = make(name="张三", customer_no="C000001")
    other = make(name="张三", customer_no="000123")
    merge_customers(keep, other, {"customer_no": "other"}, force=True)
    assert get_customer(keep).customer_no == "000123"
    assert get_customer(other).customer_no.startswith("000123-merged-")


def test_survivor_is_found_by_the_merged_customers_phone(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone2="13900001111", street="人民路1号")
    merge_customers(keep, other, {"phone2": "other"}, force=True)
    assert [hit["id"] for hit in search("13900001111").hits] == [keep]


def test_merged_customer_is_no_longer_found_by_search(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="李四", phone="13812345678")
    merge_customers(keep, other)
    assert [hit["id"] for hit in search("李四").hits] == []


def test_merge_with_itself_is_refused_and_changes_nothing(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    before = state(keep)
    with pytest.raises(UserError, match="itself"):
        merge_customers(keep, keep)
    assert state(keep) == before
    assert MergeRecord.select().count() == 0


def test_merge_with_an_unknown_customer_is_refused_and_changes_nothing(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    with_history(keep, "10")
    before = state(keep)
    with pytest.raises(UserError, match="no customer with id 999"):
        merge_customers(keep, 999)
    assert state(keep) == before
    assert MergeRecord.select().count() == 0


def test_merge_with_a_customer_in_the_trash_is_refused(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone="13812345678")
    delete_customers([other])
    with pytest.raises(UserError, match="in the trash"):
        merge_customers(keep, other)


def test_merge_with_a_choice_for_an_unknown_field_is_refused(crm: Path) -> None:
    keep = make(name="张三")
    other = make(name="张三")
    with pytest.raises(UserError, match="no customer field"):
        merge_customers(keep, other, {"shoe_size": "other"})


def test_merge_with_a_choice_other_than_keep_or_other_is_refused(crm: Path) -> None:
    keep = make(name="张三")
    other = make(name="张三")
    with pytest.raises(UserError, match="keep or other"):
        merge_customers(keep, other, {"name": "b"})


def test_merge_that_fails_midway_changes_nothing(crm: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keep = make(name="张三", phone="13812345678", customer_no="C1", tags=["VIP"])
    other = make(name="张叁", phone="13912345678", customer_no="C2", email="x@example.com", tags=["老客户"])
    with_history(keep, "100")
    with_history(other, "50")
    before = state(keep, other)
    real = store_search_text

    def broken(customer_id: int, fields: dict[str, Any]) -> str:
        if customer_id == keep:  # the survivor's tokens are written last, after every row has moved
            raise RuntimeError("disk unplugged")
        return real(customer_id, fields)

    monkeypatch.setattr(merge, "store_search_text", broken)
    with pytest.raises(RuntimeError):
        merge_customers(keep, other, {"customer_no": "other", "name": "other"}, force=True)
    assert state(keep, other) == before
    assert MergeRecord.select().count() == 0
    assert [hit["id"] for hit in search("13912345678").hits] == [other]


def test_undo_puts_both_customers_back_as_they_were(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678", customer_no="C1", tags=["VIP"])
    other = make(
        name="张叁",
        phone="139 0000 1111",
        phone2="13812345678",
        customer_no="C2",
        email="x@example.com",
        birthday="农历八月十五",
        staff="小王",
        tags=["VIP", "老客户"],
    )
    with_history(keep, "100")
    with_history(other, "50")
    before = state(keep, other)
    result = merge_customers(keep, other, {"customer_no": "other", "name": "other", "phone": "other"})
    undo_merge(result["merge_id"])
    assert state(keep, other) == before
    assert get_customer(other).deleted_at is None


def test_undone_merge_finds_each_customer_by_their_own_number_again(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678", customer_no="C1")
    other = make(name="李四", phone="13912345678", customer_no="C2")
    undo_merge(merge_customers(keep, other, {"customer_no": "other", "phone": "other"}, force=True)["merge_id"])
    assert [hit["id"] for hit in search("13912345678").hits] == [other]
    assert [hit["id"] for hit in search("13812345678").hits] == [keep]
    assert [hit["id"] for hit in search("C2").hits] == [other]


def test_undone_merge_brings_the_pair_back_to_the_list(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone="13812345678")
    undo_merge(merge_customers(keep, other)["merge_id"])
    assert reasons_for(keep, other) == ["phone"]


def test_undo_keeps_history_added_to_the_survivor_after_the_merge(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone="13812345678")
    with_history(other, "50")
    merge_id = merge_customers(keep, other)["merge_id"]
    later = add_purchase(keep, {"item": "新茶", "amount": "20"}).id
    undo_merge(merge_id)
    assert rows_of(keep)["purchases"] == [later]
    assert totals(other)["revenue_cents"] == 5000


def test_undoing_twice_is_refused(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone="13812345678")
    merge_id = merge_customers(keep, other)["merge_id"]
    undo_merge(merge_id)
    with pytest.raises(UserError, match="already been undone"):
        undo_merge(merge_id)


def test_undo_is_refused_when_the_survivor_went_to_the_trash_since(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone="13812345678")
    merge_id = merge_customers(keep, other)["merge_id"]
    delete_customers([keep])
    with pytest.raises(UserError, match="moved to the trash since the merge"):
        undo_merge(merge_id)


def test_undo_is_refused_until_a_later_merge_of_the_survivor_is_undone(crm: Path) -> None:
    a, b, c = (make(name="张三", phone="13812345678") for _ in range(3))
    first = merge_customers(b, c)["merge_id"]
    second = merge_customers(a, b)["merge_id"]
    with pytest.raises(UserError, match=f"merged into customer {a}; undo that merge first"):
        undo_merge(first)
    undo_merge(second)
    undo_merge(first)
    assert [get_customer(i).deleted_at for i in (a, b, c)] == [None, None, None]


def test_undo_is_refused_when_the_merged_customer_was_restored_by_hand(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone="13812345678")
    merge_id = merge_customers(keep, other)["merge_id"]
    restore_customers([other])
    with pytest.raises(UserError, match="restored from the trash since the merge"):
        undo_merge(merge_id)


def test_undo_is_refused_when_the_merged_customer_was_purged(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张三", phone="13812345678")
    merge_id = merge_customers(keep, other)["merge_id"]
    purge_customers([other])
    with pytest.raises(UserError, match="no merge with id"):
        undo_merge(merge_id)


def test_undo_is_refused_when_the_survivors_old_number_was_taken_since(crm: Path) -> None:
    keep = make(name="张三", customer_no="C1")
    other = make(name="张三", customer_no="C2")
    merge_id = merge_customers(keep, other, {"customer_no": "other"}, force=True)["merge_id"]
    make(name="新客户", customer_no="C1")
    with pytest.raises(UserError, match="C1 is now used"):
        undo_merge(merge_id)
    assert get_customer(keep).customer_no == "C2"


def test_undo_of_an_unknown_merge_is_refused(crm: Path) -> None:
    with pytest.raises(UserError, match="no merge with id 42"):
        undo_merge(42)


def test_last_merge_is_the_most_recent_not_undone(crm: Path) -> None:
    a, b, c = (make(name="张三", phone="13812345678") for _ in range(3))
    assert last_merge_id() is None
    first = merge_customers(a, b)["merge_id"]
    second = merge_customers(a, c)["merge_id"]
    assert last_merge_id() == second
    undo_merge(second)
    assert last_merge_id() == first


def test_side_by_side_shows_readable_values_and_what_differs(crm: Path) -> None:
    a = make(name="张三", phone="138-1234-5678", birthday="农历八月十五", staff="小王", tags=["VIP", "老客户"])
    b = make(name="张叁", phone="+86 13812345678")
    rows = {row["field"]: row for row in compare(a, b)}
    assert [row["field"] for row in compare(a, b)] == [*MERGE_FIELDS, "tags"]
    assert rows["birthday"] == {"field": "birthday", "a": "农历八月十五", "b": "", "same": False}
    assert rows["staff"] == {"field": "staff", "a": "小王", "b": "", "same": False}
    assert rows["tags"] == {"field": "tags", "a": "VIP, 老客户", "b": "", "same": False}
    assert rows["phone"]["same"] is True
    assert rows["name"]["same"] is False


def test_default_choices_show_what_a_merge_without_choices_would_take(crm: Path) -> None:
    keep = make(name="张三", phone="13812345678")
    other = make(name="张叁", email="x@example.com", mail_consent="yes")
    choices = default_choices(keep, other)
    assert choices["email"] == "other"
    assert choices["name"] == "keep"
    assert choices["mail_consent"] == "keep"


_PROFILE_A = {
    "name": "张三",
    "gender": "M",
    "birthday": "1980-05-01",
    "phone": "13812345678",
    "wechat": "zhangsan",
    "email": "zs@example.com",
    "city": "成都市",
    "street": "人民路1号",
    "occupation": "教师",
    "staff": "小王",
    "mail_consent": "yes",
    "notes": "喜欢绿茶",
    "tags": ["VIP"],
}


_PROFILE_B = {
    "name": "张叁",
    "gender": "F",
    "birthday": "农历八月十五",
    "phone": "13900001111",
    "phone2": "138 1234 5678",
    "email": "z3@example.com",
    "city": "重庆市",
    "street": "解放路2号",
    "staff": "小李",
    "churn_status": "churned",
    "churn_reason": "competitive",
    "churned_on": "2024-03-01",
    "tags": ["老客户", "VIP"],
}


_BLANKABLE = ("gender", "birthday", "phone2", "wechat", "email", "city", "street", "occupation", "staff", "notes")


def _profile(base: dict[str, Any], blanks: set[str]) -> dict[str, Any]:
    return {k: ("" if k in blanks else v) for k, v in base.items()}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    choices=st.dictionaries(st.sampled_from(MERGE_FIELDS), st.sampled_from(["keep", "other"])),
    blanks_a=st.sets(st.sampled_from(_BLANKABLE)),
    blanks_b=st.sets(st.sampled_from(_BLANKABLE)),
)
def test_merge_then_undo_returns_both_customers_to_how_they_were(
    crm: Path, choices: dict[str, str], blanks_a: set[str], blanks_b: set[str]
) -> None:
    keep = make(**_profile(_PROFILE_A, blanks_a))
    other = make(**_profile(_PROFILE_B, blanks_b))
    with_history(keep, "100")
    with_history(other, "50")
    before = state(keep, other)
    merge_id = merge_customers(keep, other, choices, force=True)["merge_id"]
    undo_merge(merge_id)
    assert state(keep, other) == before


def test_two_people_with_nothing_in_common_are_not_merged_without_force(crm: Path) -> None:
    a = make(name="张三", phone="13812345678", street="人民路1号")
    b = make(name="李四", phone="13900001111", street="解放路2号")
    with_history(b, "50")
    before = state(a, b)
    with pytest.raises(UnrelatedCustomersError, match=r"Customers 1 \(张三\) and 2 \(李四\) share no phone"):
        merge_customers(a, b)
    assert state(a, b) == before
    assert MergeRecord.select().count() == 0
    merge_customers(a, b, force=True)  # the owner knows better
    assert get_customer(b).deleted_at is not None


@pytest.mark.parametrize(
    ("a", "b", "reasons"),
    [
        ({"name": "张三", "phone": "138 1234 5678"}, {"name": "李四", "phone2": "+86 13812345678"}, ["phone"]),
        ({"name": "张三", "customer_no": "000123"}, {"name": "李四", "customer_no": "123"}, ["customer_no"]),
        (
            {"name": "张三", "street": "人民路 1号"},
            {"name": "张 三", "street": "人民路1号", "city": "成都市"},
            ["name_address"],
        ),
        ({"name": "张三", "birthday": "1980-05-01"}, {"name": "张三", "birthday": "05-01"}, ["name_birthday"]),
        ({"name": "张三"}, {"name": "张三"}, []),  # a common name alone is no evidence
        ({"name": "张三", "birthday": "1980-05-01"}, {"name": "张三", "birthday": "1981-05-01"}, []),
        ({"name": "张三", "birthday": "1980-05-01"}, {"name": "张三", "birthday": "农历五月初一"}, []),
        (
            {"name": "张三", "street": "人民路1号", "city": "成都市"},
            {"name": "张三", "street": "人民路1号", "city": "重庆市"},
            [],
        ),
    ],
)
def test_evidence_for_a_merge(crm: Path, a: dict[str, Any], b: dict[str, Any], reasons: list[str]) -> None:
    x, y = make(**a), make(**b)
    assert evidence(x, y) == reasons == (reasons_for(x, y) or [])


def test_every_pair_the_duplicates_list_offers_has_the_same_evidence_for_a_merge(crm: Path) -> None:
    from smallcrm.domain import demo

    demo.generate(600, seed=3)
    for i, (a, b) in enumerate([(7, 300), (12, 13), (40, 41)]):  # plus pairs made on purpose, one per reason
        kept = get_customer(a)
        fields = [
            {"phone2": kept.phone},
            {"name": kept.name, "street": kept.street, "city": kept.city, "district": kept.district},
            {"name": kept.name, "birthday": "1970-02-03"},
        ][i]
        update_customer(b, fields, allow_duplicate=True)
        if i == 2:
            update_customer(a, {"birthday": "1970-02-03"})
    pairs = find_duplicate_pairs()
    assert {r for p in pairs for r in p["reasons"]} >= {"phone", "name_address", "name_birthday"}
    for p in pairs:
        assert evidence(p["a"], p["b"]) == p["reasons"], p
