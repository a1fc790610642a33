"""Staff results: each staff member's month at the counter as the owner judges it, and
the same figures as a plain computation over every sale, return and void."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm import settings as shop_settings
from smallcrm.domain.analysis.commission import save_rules
from smallcrm.domain.analysis.staff_results import (
    FIGURES,
    customers_behind,
    month_span,
    sales_behind,
    staff_results,
)
from smallcrm.domain.catalogue.products import add_product
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.customers.staff import add_staff, set_staff_active
from smallcrm.domain.records.purchases import add_purchase
from smallcrm.domain.sales.corrections import return_sale, void_sale
from smallcrm.domain.sales.lines import LineInput
from smallcrm.domain.sales.reading import sale_dict
from smallcrm.domain.sales.recording import record_sale
from smallcrm.errors import UserError, ValidationError
from smallcrm.store.models import Customer, Product, Purchase, Sale, Staff, UncountedLine

pytestmark = pytest.mark.usefixtures("crm")
NOV = dt.datetime(2026, 11, 10, 10, 0)


@pytest.fixture
def shop(crm: Path) -> dict[str, int]:
    return {
        "zhang": create_customer({"name": "张三", "phone": "13812345678"}).id,
        "li": create_customer({"name": "李四", "phone": "13912345678"}).id,
        "tea": add_product({"name": "铁观音", "price": "160", "cost": "72", "unit": "斤", "category": "茶叶"}).id,
        "seeds": add_product({"name": "瓜子", "price": "18", "cost": "10", "unit": "斤", "category": "零食"}).id,
        "chen": add_staff("陈静").id,
        "liu": add_staff("刘强").id,
    }


def row_of(results: dict[str, Any], name: str) -> dict[str, Any]:
    return next(r for r in results["staff"] if r["staff"] == name)


def line(product: int, quantity: str = "1") -> LineInput:
    return LineInput(product_id=product, quantity=Decimal(quantity))


def test_a_staff_members_month_sales_profit_receipts_customers_and_returns(shop: dict[str, int]) -> None:
    first = record_sale(shop["zhang"], [line(shop["tea"], "0.5"), line(shop["seeds"])], staff="陈静", sold_at=NOV)
    record_sale(shop["li"], [line(shop["tea"])], staff="陈静", sold_at=NOV + dt.timedelta(days=1))
    record_sale(None, [line(shop["seeds"], "2")], staff="陈静", sold_at=NOV + dt.timedelta(days=2))  # walk-in
    record_sale(shop["zhang"], [line(shop["seeds"])], staff="陈静", sold_at=NOV + dt.timedelta(days=3))
    return_sale(first["id"], {first["lines"][1]["id"]: None}, reason="受潮", returned_at=NOV + dt.timedelta(days=4))
    voided = record_sale(shop["li"], [line(shop["tea"], "3")], staff="陈静", sold_at=NOV + dt.timedelta(days=5))
    void_sale(voided["id"], "重复录入")
    chen = row_of(staff_results("2026-11"), "陈静")
    # 80 + 18 + 160 + 36 (walk-in) + 18 - 18 (returned)
    assert chen["sales_cents"] == 29400
    # costs 36 + 10 + 72 + 20 + 10 - 10
    assert chen["profit_cents"] == 29400 - 13800
    assert (chen["sales"], chen["walk_in_sales"], chen["customers"]) == (4, 1, 2)
    assert (chen["returns"], chen["returns_cents"]) == (1, 1800)
    assert chen["new_customers"] == 2  # both bought for the first time ever from 陈静 in November


def test_a_return_counts_in_the_month_the_goods_came_back_for_who_took_them_back(shop: dict[str, int]) -> None:
    sale = record_sale(shop["zhang"], [line(shop["tea"])], staff="陈静", sold_at=NOV)
    return_sale(sale["id"], reason="不要了", staff="刘强", returned_at=dt.datetime(2026, 12, 2, 9, 0))
    november, december = staff_results("2026-11"), staff_results("2026-12")
    assert row_of(november, "陈静")["sales_cents"] == 16000 and row_of(november, "刘强")["returns"] == 0
    liu = row_of(december, "刘强")
    assert (liu["sales_cents"], liu["sales"], liu["returns"], liu["returns_cents"]) == (-16000, 0, 1, 16000)


def test_a_customer_who_bought_before_is_no_new_customer(shop: dict[str, int]) -> None:
    add_purchase(shop["zhang"], {"date": "2025-03-01", "amount": "50", "item": "茶叶"})  # typed from the notebook
    record_sale(shop["zhang"], [line(shop["tea"])], staff="陈静", sold_at=NOV)
    record_sale(shop["li"], [line(shop["tea"])], staff="刘强", sold_at=NOV)
    record_sale(shop["li"], [line(shop["seeds"])], staff="陈静", sold_at=NOV + dt.timedelta(days=1))
    results = staff_results("2026-11")
    assert row_of(results, "陈静")["new_customers"] == 0
    assert row_of(results, "刘强")["new_customers"] == 1
    assert customers_behind("2026-11", shop["liu"], "new") == [shop["li"]]
    assert customers_behind("2026-11", shop["chen"], "served") == sorted([shop["zhang"], shop["li"]])
    assert results["totals"]["customers"] == 2 and results["totals"]["new_customers"] == 1


def test_a_voided_first_sale_leaves_the_next_one_the_first(shop: dict[str, int]) -> None:
    wrong = record_sale(shop["zhang"], [line(shop["tea"])], staff="陈静", sold_at=NOV)
    void_sale(wrong["id"], "选错了客户")
    record_sale(shop["zhang"], [line(shop["tea"])], staff="刘强", sold_at=NOV + dt.timedelta(days=1))
    results = staff_results("2026-11")
    assert row_of(results, "陈静")["new_customers"] == 0 and row_of(results, "陈静")["sales"] == 0
    assert row_of(results, "刘强")["new_customers"] == 1


def test_every_active_staff_member_is_listed_the_best_seller_first_and_sales_without_staff_apart(
    shop: dict[str, int],
) -> None:
    add_staff("赵敏")
    set_staff_active(add_staff("已离职").id, False)
    record_sale(shop["zhang"], [line(shop["seeds"])], staff="陈静", sold_at=NOV)
    record_sale(shop["li"], [line(shop["tea"])], staff="刘强", sold_at=NOV)
    record_sale(None, [line(shop["tea"])], sold_at=NOV)  # nobody named at the till
    results = staff_results("2026-11")
    assert [r["staff"] for r in results["staff"]] == ["刘强", "陈静", "赵敏", ""]
    assert results["staff"][-1]["staff_id"] is None and results["staff"][-1]["sales_cents"] == 16000
    assert results["totals"]["sales_cents"] == 16000 + 1800 + 16000
    assert (results["month"], results["from"], results["to"]) == ("2026-11", "2026-11-01", "2026-11-30")


def test_sales_behind_a_figure_are_listed_with_their_profit(shop: dict[str, int]) -> None:
    sale = record_sale(shop["zhang"], [line(shop["tea"])], staff="陈静", sold_at=NOV)
    record_sale(None, [line(shop["seeds"])], staff="陈静", sold_at=NOV + dt.timedelta(hours=1))
    back = return_sale(sale["id"], reason="不要了", returned_at=NOV + dt.timedelta(days=1))
    void_sale(record_sale(None, [line(shop["seeds"])], staff="陈静", sold_at=NOV)["id"], "按错了")
    listed = sales_behind("2026-11", shop["chen"])
    assert [s["number"] for s in listed] == [sale["number"], "20261110-0002"]
    assert listed[0]["profit_cents"] == 8800 and listed[0]["customer_name"] == "张三"
    assert listed[1]["walk_in"] and listed[1]["profit_cents"] == 800
    assert [s["id"] for s in sales_behind("2026-11", shop["chen"], "returns")] == [back["id"]]
    assert len(sales_behind("2026-11", shop["chen"], "all")) == 3


def test_a_month_with_no_sales_lists_the_staff_with_zeros(shop: dict[str, int]) -> None:
    results = staff_results(dt.date(2026, 2, 14))
    assert results["month"] == "2026-02" and results["to"] == "2026-02-28"
    assert all(r[k] == 0 for r in results["staff"] for k in FIGURES)


@pytest.mark.parametrize(
    ("typed", "month"),
    [("2026-11", "2026-11"), ("2026/3", "2026-03"), ("2026年11月", "2026-11"), (" 2024-02 ", "2024-02")],
)
def test_a_month_is_read_as_the_owner_writes_it(typed: str, month: str) -> None:
    assert month_span(typed)[0] == month


@given(st.text(max_size=12))
def test_any_text_is_a_month_or_one_clear_error(text: str) -> None:
    try:
        key, first, last = month_span(text)
    except ValidationError as exc:
        assert "is not a month" in str(exc)
    else:
        assert first.day == 1 and last.month == first.month and (last + dt.timedelta(days=1)).day == 1
        assert key == first.strftime("%Y-%m")


# -- the same figures, worked out plainly ----------------------------------------------------------

MONTHS = ((2026, 10), (2026, 11), (2026, 12))
QUANTITIES = ("0.5", "1", "1.5", "2", "3")

sale_op = st.tuples(
    st.just("sale"),
    st.one_of(st.none(), st.integers(0, 2)),  # customer (None: walk-in)
    st.one_of(st.none(), st.integers(0, 2)),  # staff (None: nobody)
    st.integers(0, 2),  # month
    st.integers(1, 28),  # day
    st.lists(st.tuples(st.integers(0, 2), st.sampled_from(QUANTITIES)), min_size=1, max_size=3),
)
return_op = st.tuples(st.just("return"), st.integers(0, 50), st.booleans(), st.integers(0, 20), st.integers(0, 3))
void_op = st.tuples(st.just("void"), st.integers(0, 50))
typed_op = st.tuples(st.just("typed"), st.integers(0, 2), st.integers(0, 2), st.integers(1, 28))
rule = st.fixed_dictionaries(
    {
        "staff": st.one_of(st.none(), st.integers(0, 2)),
        "category": st.sampled_from(["", "茶叶", "零食", "服务"]),
        "percent": st.sampled_from(["0", "2.5", "5", "12.35"]),
        "of": st.sampled_from(["sales", "profit"]),
    }
)


def _clear() -> None:
    """Each example starts from the same shop without sales (hypothesis reuses the test's database)."""
    UncountedLine.delete().execute()
    Purchase.delete().execute()
    Sale.delete().where(Sale.returns_sale.is_null(False)).execute()
    Sale.delete().execute()
    shop_settings.put("commission_rules", [])


def _plain(month: str, staff_ids: list[int], rules: list[dict[str, Any]]) -> dict[int | None, dict[str, int]]:
    """The figures from every sale as the receipt reads it, and every purchase line."""
    out: dict[int | None, dict[str, int]] = {s: dict.fromkeys(FIGURES, 0) for s in staff_ids}
    customers: dict[int | None, set[int]] = {}
    bases: dict[tuple[int | None, tuple[int | None, str]], int] = {}
    for sale_id in [s.id for s in Sale.select(Sale.id)]:
        sale = sale_dict(sale_id)
        if sale["voided"] or not sale["sold_at"].startswith(month):
            continue
        row = out.setdefault(sale["staff_id"], dict.fromkeys(FIGURES, 0))
        row["sales_cents"] += sale["total_cents"]
        row["profit_cents"] += sale["profit_cents"]
        row["lines_without_cost"] += sale["lines_without_cost"]
        if sale["returns_sale_id"] is not None:
            row["returns"] += 1
            row["returns_cents"] -= sale["total_cents"]
        else:
            row["sales"] += 1
            row["walk_in_sales"] += sale["walk_in"]
            if not sale["walk_in"]:
                customers.setdefault(sale["staff_id"], set()).add(sale["customer_id"])
        for item in sale["lines"]:
            chosen = _rule(rules, sale["staff_id"], item["category"])
            if chosen is not None:
                key = (sale["staff_id"], (chosen["staff_id"], chosen["category"]))
                base = item["amount_cents"] if chosen["of"] == "sales" else item["profit_cents"]
                bases[key] = bases.get(key, 0) + base
    for (staff_id, scope), base in bases.items():
        percent = Decimal(next(r["percent"] for r in rules if (r["staff_id"], r["category"]) == scope))
        share = (Decimal(base) * percent / 100).to_integral_value(rounding=ROUND_HALF_UP)
        out[staff_id]["commission_cents"] += int(share)
    for staff_id, served in customers.items():
        out[staff_id]["customers"] = len(served)
    for customer in Customer.select():
        lines = sorted(Purchase.select().where(Purchase.customer == customer.id), key=lambda p: (p.date, p.id))
        if (
            lines
            and lines[0].sale_id is not None
            and str(lines[0].date).startswith(month)
            and lines[0].returns_line is None
        ):
            out[lines[0].staff_id]["new_customers"] += 1
    return out


def _rule(rules: list[dict[str, Any]], staff_id: int | None, category: str) -> dict[str, Any] | None:
    if staff_id is None:
        return None
    for scope in ((staff_id, category), (staff_id, ""), (None, category), (None, "")):
        for r in rules:
            if (r["staff_id"], r["category"]) == scope:
                return r
    return None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    ops=st.lists(st.one_of(sale_op, sale_op, return_op, void_op, typed_op), max_size=14),
    rules=st.lists(rule, max_size=4, unique_by=lambda r: (r["staff"], r["category"])),
)
def test_staff_results_equal_a_plain_computation_over_sales_returns_and_voids(
    staff_shop: dict[str, list[int]], ops: list[tuple[Any, ...]], rules: list[dict[str, Any]]
) -> None:
    _clear()
    customers, products, staff = staff_shop["customers"], staff_shop["products"], staff_shop["staff"]
    stored = [
        {"staff_id": None if r["staff"] is None else staff[r["staff"]], "category": r["category"],
         "percent": r["percent"], "of": r["of"]}
        for r in rules
    ]  # fmt: skip
    save_rules(stored)
    sales: list[dict[str, Any]] = []
    for op in ops:
        try:
            if op[0] == "sale":
                _kind, who, seller, month, day, lines = op
                year, number = MONTHS[month]
                sales.append(
                    record_sale(
                        None if who is None else customers[who],
                        [line(products[p], q) for p, q in lines],
                        staff=None if seller is None else staff[seller],
                        sold_at=dt.datetime(year, number, day, 10, 0),
                    )
                )
            elif op[0] == "return" and sales:
                _kind, pick, whole, later, seller = op
                original = sales[pick % len(sales)]
                first = original["lines"][0]
                wanted = None if whole else {first["id"]: min(first["quantity"], Decimal("0.5"))}
                at = dt.datetime.fromisoformat(original["sold_at"]) + dt.timedelta(days=later, hours=1)
                sales.append(
                    return_sale(original["id"], wanted, reason="退货", staff=staff[seller] if seller < 3 else None,
                                returned_at=at)
                )  # fmt: skip
            elif op[0] == "void" and sales:
                void_sale(sales[op[1] % len(sales)]["id"], "作废")
            elif op[0] == "typed":
                _kind, who, month, day = op
                year, number = MONTHS[month]
                add_purchase(customers[who], {"date": dt.date(year, number, day).isoformat(), "amount": "20"})
        except UserError:
            continue  # a return of a voided sale, a void of a sale with returns: refused, nothing stored
    for year, number in MONTHS:
        month = f"{year}-{number:02d}"
        results = staff_results(month)
        got = {r["staff_id"]: {k: r[k] for k in FIGURES} for r in results["staff"]}
        expected = _plain(month, staff, results["rules"])
        assert got == {k: v for k, v in expected.items() if k is not None or any(v.values())}
        assert results["totals"]["sales_cents"] == sum(v["sales_cents"] for v in expected.values())


@pytest.fixture
def staff_shop(crm: Path) -> dict[str, list[int]]:
    return {
        "customers": [create_customer({"name": n, "phone": p}).id for n, p in
                      (("张三", "13812345678"), ("李四", "13912345678"), ("王五", "13712345678"))],
        "products": [
            add_product({"name": "铁观音", "price": "160", "cost": "72", "unit": "斤", "category": "茶叶"}).id,
            add_product({"name": "瓜子", "price": "18.5", "cost": "10.3", "unit": "斤", "category": "零食"}).id,
            add_product({"name": "礼盒包装", "price": "10", "kind": "service", "category": "服务"}).id,
        ],
        "staff": [add_staff(n).id for n in ("王丽华", "陈静", "刘强")],
    }  # fmt: skip


def test_the_helpers_shop_has_what_the_property_needs(staff_shop: dict[str, list[int]]) -> None:
    assert Product.get_by_id(staff_shop["products"][2]).cost_cents is None  # a line without a cost is counted
    assert Staff.select().count() == 3
