"""The demo shop's counter: its recent purchases are sales with receipts, staff and
payment methods, beside walk-in sales, returns and voided sales, all of which read
back as the sale screen and the receipt read a sale."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

from peewee import fn

from smallcrm.domain.demo.counter import COUNTER_DAYS, cents_of
from smallcrm.domain.sales.reading import returned_quantities, sale_dict
from smallcrm.store.models import Product, Purchase, Sale, Staff, UncountedLine
from tests.domain.demo.conftest import TODAY

CUTOFF = TODAY - dt.timedelta(days=COUNTER_DAYS)


def test_purchases_of_the_last_months_are_counter_sales_and_older_ones_free_text(demo: dict[str, int]) -> None:
    counter = Purchase.select().where(Purchase.sale.is_null(False))
    assert counter.count() > 1000
    assert counter.where(Purchase.date < CUTOFF).count() == 0
    assert Purchase.select().where(Purchase.sale.is_null() & (Purchase.date < CUTOFF)).count() > 1.5 * counter.count()
    # Since the counter began, only a refund with nothing sold to bring back is a free-text line.
    typed = Purchase.select().where(Purchase.sale.is_null() & (Purchase.date >= CUTOFF))
    assert all(p.amount_cents < 0 for p in typed)
    assert not counter.where(Purchase.product.is_null()).exists()
    assert demo["sales"] == Sale.select().count() and demo["products"] == Product.select().count()


def test_every_sale_adds_up_and_every_line_is_its_unit_price_times_quantity_less_its_discount(
    demo: dict[str, int],
) -> None:
    sales = list(Sale.select().order_by(Sale.id))
    for sale in sales[:: max(1, len(sales) // 400)]:
        shown = sale_dict(sale.id)
        assert shown["total_cents"] == sale.total_cents == sum(line["amount_cents"] for line in shown["lines"])
        assert shown["lines"] and shown["lines_without_cost"] == 0
        for line in shown["lines"]:
            milli = int(line["quantity"] * 1000)
            gross = cents_of(line["unit_price_cents"], milli)
            if line["returns_line"] is None:
                assert line["amount_cents"] == gross - line["discount_cents"] >= 0
                assert line["discount_cents"] >= 0
            else:
                assert line["amount_cents"] < 0 and line["quantity"] > 0


def test_weighed_goods_are_sold_by_the_half_jin(demo: dict[str, int]) -> None:
    quantities = Counter(
        p.quantity
        for p in Purchase.select(Purchase.quantity)
        .join(Product, on=(Purchase.product == Product.id))
        .where(Product.unit == "斤")
    )
    assert quantities[Decimal("0.5")] > 0 and quantities[Decimal("1.5")] > 0
    assert all(q % Decimal("0.5") == 0 for q in quantities)


def test_services_and_snacks_are_rung_up_beside_the_tea(demo: dict[str, int]) -> None:
    categories = Counter(c for (c,) in Purchase.select(Purchase.category).where(Purchase.sale.is_null(False)).tuples())
    assert categories["服务"] > 10 and categories["零食"] > 10 and categories["茶叶"] > categories["服务"]
    several = (
        Purchase.select(Purchase.sale)
        .where(Purchase.sale.is_null(False))
        .group_by(Purchase.sale)
        .having(fn.COUNT(Purchase.id) > 1)
        .count()
    )
    assert several > 50


def test_payment_methods_come_in_a_chinese_counters_shares(demo: dict[str, int]) -> None:
    payments = Counter(p for (p,) in Sale.select(Sale.payment).where(Sale.returns_sale.is_null()).tuples())
    total = sum(payments.values())
    assert (payments["wechat"] + payments["alipay"]) > 0.6 * total
    assert payments["wechat"] > payments["alipay"] > payments["cash"] > 0
    assert 0.05 * total < payments["cash"] < 0.3 * total
    assert 0 < payments["card"] < 0.2 * total
    assert set(payments) <= {"wechat", "alipay", "cash", "card", "other"}


def test_every_sale_has_a_staff_member_of_the_shop_who_served_at_the_counter(demo: dict[str, int]) -> None:
    staff = Counter(s for (s,) in Sale.select(Sale.staff).tuples())
    assert None not in staff
    assert set(staff) == {s.id for s in Staff.select()}
    lines_staff = Purchase.select().where(Purchase.sale.is_null(False) & Purchase.staff.is_null()).count()
    assert lines_staff == 0


def test_walk_in_sales_are_kept_out_of_every_customers_purchases(demo: dict[str, int]) -> None:
    walk_ins = Sale.select().where(Sale.customer.is_null() & Sale.voided_at.is_null())
    assert walk_ins.count() > 0.1 * Sale.select().where(Sale.customer.is_null(False)).count()
    lines = UncountedLine.select().where(UncountedLine.reason == "walk_in")
    assert lines.count() >= walk_ins.count()
    assert not lines.where(UncountedLine.customer.is_null(False)).exists()
    assert not Purchase.select().join(Sale).where(Sale.customer.is_null()).exists()


def test_returns_bring_back_lines_of_the_sale_they_return_never_more_than_was_sold(demo: dict[str, int]) -> None:
    returns = list(Sale.select().where(Sale.returns_sale.is_null(False)))
    assert len(returns) > 10
    assert {r.reason for r in returns} >= {"已拆封，无法再售"} and len({r.reason for r in returns}) > 2
    for record in returns:
        original = Sale.get_by_id(record.returns_sale_id)
        assert original.voided_at is None and original.returns_sale_id is None
        assert record.sold_at > original.sold_at and record.customer_id == original.customer_id
        shown = sale_dict(original.id)
        assert record.id in [r["id"] for r in shown["returns"]]
        back = returned_quantities(original)
        for line in shown["lines"]:
            assert Decimal(0) <= back[line["id"]] <= line["quantity"]
        assert sale_dict(record.id)["total_cents"] < 0


def test_a_few_sales_were_voided_with_a_reason_and_count_nowhere(demo: dict[str, int]) -> None:
    voided = list(Sale.select().where(Sale.voided_at.is_null(False)))
    assert voided and all(v.void_reason for v in voided)
    assert any(v.customer_id is None for v in voided) and any(v.customer_id is not None for v in voided)
    for sale in voided:
        assert not Purchase.select().where(Purchase.sale == sale.id).exists()
        lines = UncountedLine.select().where(UncountedLine.sale == sale.id)
        assert lines.count() > 0 and all(line.reason == "voided" for line in lines)
        if sale.customer_id is not None:
            assert all(line.purchase_id for line in lines)  # set aside keeping the purchase ids they had
        assert sale.sold_at < sale.voided_at < sale.sold_at + dt.timedelta(hours=1)
        assert sale_dict(sale.id)["voided"]


def test_receipts_are_numbered_per_day_in_the_order_of_the_day(demo: dict[str, int]) -> None:
    by_day: dict[str, list[tuple[str, str]]] = {}
    for number, sold_at in Sale.select(Sale.number, Sale.sold_at).tuples():
        by_day.setdefault(number[:8], []).append((number, str(sold_at)))
    assert len(by_day) > COUNTER_DAYS * 0.8
    for day, sales in by_day.items():
        sales.sort()
        assert [n for n, _ in sales] == [f"{day}-{i:04d}" for i in range(1, len(sales) + 1)]
        assert [t for _, t in sales] == sorted(t for _, t in sales)
        assert all(t.replace("-", "").startswith(day) for _, t in sales)
    assert max(by_day) == TODAY.strftime("%Y%m%d") or max(by_day) >= (TODAY - dt.timedelta(days=3)).strftime("%Y%m%d")
