"""The customer list's queries: which ids it shows in what order, and its rows a batch at a time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peewee import DatabaseError

from smallcrm.domain.customers import filters as cf
from smallcrm.domain.customers import list_queries as lq
from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.commands import assign_staff, create_customer, delete_customers, tag_customers
from smallcrm.domain.records.purchases import add_purchase
from smallcrm.errors import UserError
from smallcrm.store.models import Customer, Staff

pytestmark = pytest.mark.usefixtures("crm")


def names_of(ids: list[int]) -> list[str]:
    by_id = {c.id: c.name for c in Customer.select(Customer.id, Customer.name).where(Customer.id.in_(ids))}
    return [by_id[i] for i in ids]


@pytest.fixture
def shop(crm: Path) -> dict[str, int]:
    people = [
        {"name": "周松", "phone": "13900001111", "city": "北京市"},
        {"name": "张三", "phone": "13812345678", "city": "成都市"},
        {"name": "", "phone": "13600008000", "city": "成都市"},  # a number only: no name yet
        {"name": "李四", "phone": "13700002222", "city": "上海市", "postcode": "200080"},
        {"name": "王五", "phone": "13600003333", "city": "成都市"},
    ]
    return {p["name"]: create_customer(p).id for p in people}


def test_by_name_is_a_to_z_by_pinyin_with_the_unnamed_last_both_ways(shop: dict[str, int]) -> None:
    assert names_of(lq.query_ids("", "name", False)) == ["李四", "王五", "张三", "周松", ""]
    assert names_of(lq.query_ids("", "name", True)) == ["周松", "张三", "王五", "李四", ""]


def test_an_unknown_column_or_none_without_a_search_orders_by_name(shop: dict[str, int]) -> None:
    by_name = lq.query_ids("", "name", False)
    assert lq.query_ids("", None, False) == by_name
    assert lq.query_ids("", "no such column", False) == by_name


def test_a_city_sorts_its_customers_by_name(shop: dict[str, int]) -> None:
    by_city = [n for n in names_of(lq.query_ids("", "city", False)) if n]
    assert by_city == ["李四", "周松", "王五", "张三"]  # 上海, 北京, then 成都's by pinyin


def test_totals_sort_by_the_purchases_in_sql(shop: dict[str, int]) -> None:
    add_purchase(shop["张三"], {"date": "2026-01-05", "item": "茶叶", "amount": "300", "cost": "100"})
    add_purchase(shop["李四"], {"date": "2026-02-01", "item": "茶具", "amount": "80", "cost": "90"})
    add_purchase(shop["李四"], {"date": "2026-03-01", "item": "茶叶", "amount": "50"})
    revenue = names_of(lq.query_ids("", "revenue", True))
    assert revenue[:2] == ["张三", "李四"]  # 300 against 130; nobody else bought
    profit = names_of(lq.query_ids("", "profit", True))
    assert profit[:2] == ["张三", "李四"]  # 200, against 80 - 90 + 50 (no cost: counted as none)
    assert names_of(lq.query_ids("", "last_purchase", True))[:2] == ["李四", "张三"]
    assert names_of(lq.query_ids("", "purchase_count", True))[:2] == ["李四", "张三"]


def test_a_search_lists_its_best_hit_first_and_its_first_page_is_the_start_of_the_list(
    shop: dict[str, int],
) -> None:
    assert names_of(lq.query_ids("张三", None, False)) == ["张三"]
    everyone = lq.query_ids("zs", None, False)
    assert names_of(everyone) == ["周松", "张三"]  # both by their initials: in the order they came
    assert lq.first_page_ids("zs", limit=1) == everyone[:1]
    assert lq.first_page_ids("zs") == everyone


def test_filters_and_a_search_narrow_together(shop: dict[str, int]) -> None:
    staff = Staff.create(name="小王")
    assign_staff([shop["张三"], shop["王五"], shop["李四"]], staff.id)
    tag_customers([shop["张三"], shop["周松"]], "VIP")
    tag = cf.tag_choices()[0][0]
    mine = [cf.staff_is(staff.id)]
    assert names_of(lq.query_ids("", "name", False, mine)) == ["李四", "王五", "张三"]
    assert names_of(lq.query_ids("", "name", False, [*mine, cf.has_tag(tag)])) == ["张三"]
    assert names_of(lq.query_ids("zs", None, False, mine)) == ["张三"]
    assert names_of(lq.first_page_by_name(False, [cf.has_tag(tag)])) == ["张三", "周松"]


def test_the_trash_is_not_listed(shop: dict[str, int]) -> None:
    delete_customers([shop["张三"]])
    assert "张三" not in names_of(lq.query_ids("", "name", False))
    assert lq.query_ids("张三", None, False) == []
    assert lq.has_live_customers()
    delete_customers(list(shop.values()))
    assert not lq.has_live_customers()


def test_what_the_hits_matched_is_counted_by_kind(shop: dict[str, int]) -> None:
    assert lq.match_kinds("8000") == {"phone_tail": 1}
    assert lq.match_kinds("200080") == {"postcode": 1}
    assert lq.match_kinds("8000", [cf.churn_status_is("churned")]) == {}
    assert lq.count_kinds_up_to() >= 1000


def test_a_row_holds_what_the_list_shows_and_the_purchase_totals(shop: dict[str, int]) -> None:
    staff = Staff.create(name="小王")
    assign_staff([shop["张三"]], staff.id)
    tag_customers([shop["张三"]], "VIP")
    tag_customers([shop["张三"]], "老客户")
    add_purchase(shop["张三"], {"date": "2026-01-05", "item": "茶叶", "amount": "300", "cost": "100"})
    add_purchase(shop["张三"], {"date": "2026-02-07", "item": "茶具", "amount": "50.5"})
    rows = lq.read_rows([shop["张三"], shop["周松"]], 100)
    row, totals = rows[shop["张三"]]
    assert row is not None and totals is not None
    p = lq.POSITIONS
    assert (row[p["name"]], row[p["phone"]], row[p["city"]], row[p["staff"]]) == (
        "张三",
        "13812345678",
        "成都市",
        "小王",
    )
    assert sorted(row[p["tags"]].split(", ")) == ["VIP", "老客户"]
    t = lq.TOTALS
    assert (totals[t["last_purchase"]], totals[t["revenue"]], totals[t["profit"]], totals[t["purchase_count"]]) == (
        dt.date(2026, 2, 7).isoformat(),
        35050,
        25050,
        2,
    )
    assert rows[shop["周松"]][1] is None  # no purchases: no totals


def test_a_customer_purged_meanwhile_reads_as_no_row(shop: dict[str, int]) -> None:
    gone = shop["王五"]
    Customer.delete().where(Customer.id == gone).execute()
    assert lq.read_rows([gone, shop["李四"]], 100)[gone] == (None, None)


def test_every_batch_of_one_size_runs_one_statement_text(shop: dict[str, int]) -> None:
    ids = list(shop.values())
    assert lq.read_rows(ids[:2], 10).keys() == set(ids[:2])
    assert lq.read_rows(ids, 10).keys() == set(ids)
    assert lq._batch_sql.cache_info().currsize == 1


def test_a_damaged_file_is_said_in_the_owners_words() -> None:
    error = lq.failure(DatabaseError("database disk image is malformed"))
    assert isinstance(error, UserError)
    assert "damaged" in error.template


# Names that read alike (张三, 章三), differ only in case, are empty, or are one character.
NAMES = ["张三", "章三", "李四", "王五", "欧阳修", "Anna", "anna", "", "周松", "曾"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(
        st.sampled_from(["张三", "章三", "李四", "王五", "欧阳修", "Anna", "anna", "", "周松", "曾"]), max_size=12
    ),
    limit=st.integers(1, 6),
    descending=st.booleans(),
)
def test_the_first_page_by_name_is_the_start_of_the_whole_list(
    crm: Path, names: list[str], limit: int, descending: bool
) -> None:
    """The list's first page at start comes off the name index; the whole ordered list
    that follows must begin with exactly those rows, or the list would jump."""
    Customer.delete().execute()
    insert_customers([{"name": n, "phone": f"1390000{i:04d}"} for i, n in enumerate(names)])
    page = lq.first_page_by_name(descending, limit=limit)
    named = sum(1 for n in names if n)
    assert len(page) == min(limit, named)
    assert page == lq.query_ids("", "name", descending)[: len(page)]


def test_the_lists_profit_is_the_customer_pages_profit_service_cost_included(shop: dict[str, int]) -> None:
    from smallcrm.domain.records.interactions import add_interaction
    from smallcrm.domain.records.purchases import totals

    add_purchase(shop["张三"], {"date": "2026-01-05", "item": "茶叶", "amount": "300", "cost": "100"})
    add_purchase(shop["李四"], {"date": "2026-02-01", "item": "茶叶", "amount": "250", "cost": "100"})
    for _ in range(8):  # 8 visits at the default service cost of 10.00: 80.00
        add_interaction(shop["张三"], {"kind": "visit", "at": "2026-01-06 10:00"})
    add_interaction(shop["王五"], {"kind": "call", "at": "2026-01-06 10:00"})  # contacts, no purchase
    ids = lq.query_ids("", "profit", True)
    assert names_of(ids)[:2] == ["李四", "张三"]  # 150.00 against 200.00 - 80.00
    rows = lq.read_rows(ids, len(ids))
    for cid in ids:
        _row, sums = rows[cid]
        shown = sums[lq.TOTALS["profit"]] if sums else 0
        assert shown == totals(cid)["profit_cents"], cid
